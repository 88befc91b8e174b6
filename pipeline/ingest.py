"""Ingest a batch: find the files, skip the unchanged ones, process the others in isolated
worker processes, and write the results to the warehouse a batch of whole documents per transaction.

Processing is parallel and isolated (`pipeline.isolate`: a time and a memory limit per
document, a hostile file costs only itself); warehouse writes stay serial (DuckDB has one
writer) and go to a working copy that is published atomically (`pipeline.publish`), so that
analysts can read the warehouse during an ingest and a crash never leaves half a document.

Every file gets one row in `documents` with a status: ok, partial, failed, skipped, needs_ocr
or duplicate. Files already stored with the same bytes and pipeline version are left alone
(except failed ones, and scans waiting for OCR once it is installed, which are retried); the same bytes under a second name are `duplicate`.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline import load, persons
from pipeline.checks import CHECKS, run_checks
from pipeline.files import Summary, default_jobs, discover, file_identity, needs_retry, resolved  # noqa: F401 (re-exported)
from pipeline.isolate import Limits, run_isolated, warm_up
from pipeline.publish import Publisher, known_documents, stale_sessions
from pipeline.read import SUPPORTED_SUFFIXES
from pipeline.records import ProcessedDocument
from pipeline.version import same_extraction

LOADED = ("ok", "partial", "needs_ocr")


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="ingest", disable=not enabled, leave=False)


@dataclass(frozen=True)
class _Plan:
    """What to do with the files of a batch, decided before any is read."""

    todo: list[tuple[Path, str]]  # (path, document_id) to process
    direct: list[ProcessedDocument]  # results known without reading: skipped, duplicate, unreadable
    unchanged: Counter  # unchanged, skipped or duplicate as stored -> count
    recheck: list[tuple[str, str, str]] = ()  # (path, document_id, status): rows kept, derived state rebuilt


def plan(files: list[Path], known: dict, version: str) -> _Plan:
    """Sort the files into unchanged, to process, and known outright (duplicates, unreadable,
    unsupported formats). The first path with given bytes (in discovery order, or the one
    already stored) is the original; later ones are duplicates and are not read. A file stored
    by the same extraction code but other checks or persons code is not read again: its rows are
    kept and its derived state rebuilt (`recheck`)."""
    todo, direct, unchanged, recheck = [], [], Counter(), []
    originals: dict[str, str] = {}
    for path, (did, _version, status) in known.items():
        if did and status in LOADED + ("skipped",):
            originals.setdefault(did, path)
    for path in files:
        key = str(path)
        document_id, size, problem = file_identity(path)
        if problem:
            direct.append(ProcessedDocument(key, None, 0, "failed", problem))
            continue
        old_id, old_version, old_status = known.get(key, (None, None, None))
        if old_id == document_id and same_extraction(old_version, version) and not needs_retry(old_status):
            unchanged[old_status if old_status in ("skipped", "duplicate") else "unchanged"] += 1
            if old_version != version:
                recheck.append((key, document_id, old_status))
            continue
        if path.suffix and path.suffix.lower() not in SUPPORTED_SUFFIXES:
            direct.append(ProcessedDocument(key, document_id, size, "skipped", f"format non pris en charge ({path.suffix})"))
            continue
        original = originals.setdefault(document_id, key)
        if original != key:
            direct.append(ProcessedDocument(key, document_id, size, "duplicate",
                                            f"même contenu que {original} : non chargé une seconde fois"))
            continue
        todo.append((path, document_id))
    return _Plan(todo, direct, unchanged, recheck)


def ingest(paths: Iterable[str | Path], db_path: str | Path, jobs: int | None = None, progress: bool = True,
           limits: Limits | None = None, publish_every: float = 30.0, cluster: dict | None = None) -> Summary:
    """Ingest the files under `paths` into the warehouse at `db_path` (published atomically).

    Every publication, whenever it happens (every `publish_every` seconds, at the end, after an
    error), holds the checks and the persons of every session it holds (`_Derived`).
    `cluster`: the keyword arguments of `pipeline.cluster.run` (address, files, workers) to read
    the documents on a Dask cluster instead of local workers; this process still writes."""
    if cluster:
        jobs = 0  # no local workers to warm up
    summary = Summary()
    files = discover(paths)
    version = load.pipeline_version()
    derived = _Derived()
    with Publisher(db_path, publish_every, before_publish=derived.bring_up_to_date) as publisher:
        stored = known_documents(db_path)  # nothing when there is no warehouse yet
        known = {resolved(path): row for path, row in stored.items()}
        if jobs != 0 and any(known.get(str(path), (None, None))[1] != version for path in files):
            warm_up()  # a file to read for sure: the workers' imports overlap with the hashing below
        work = plan(files, known, version)
        # the local workers start reading now (`run_isolated` starts them at the call): creating and
        # publishing an empty warehouse, or copying the published one, and the repairs happen meanwhile
        results = _results([path for path, _ in work.todo], jobs, limits, cluster)
        try:
            if not Path(db_path).exists():
                publisher.connection()
                publisher.publish()  # an empty warehouse that readers can open at once
            summary.counts.update(work.unchanged)
            _repair(publisher, derived, stored, work, version, summary)
            identity = {str(path): did for path, did in work.todo}
            bar = _progress(len(work.todo), progress)
            batch = _Batch(publisher, derived, lambda result: _count(result, summary, known))
        except BaseException:
            getattr(results, "close", lambda: None)()  # the workers stop
            raise
        try:
            for result in work.direct:
                batch.add(result)
            # once every document left is in a worker's hands, each result is written (and checked) as
            # it comes, while the workers read on, rather than all of them after the last one
            readers = _readers(jobs, cluster)
            remaining = len(work.todo)
            for result in results:
                if result.document_id is None and identity.get(result.path):
                    result = replace(result, document_id=identity[result.path])
                batch.add(result)
                remaining -= 1
                if remaining < readers:
                    batch.flush()
                bar.update(1)
            batch.flush()
            if publisher.dirty:
                con = publisher.connection()
                derived.bring_up_to_date(con)  # what the last publication, on leaving, will hold
                summary.findings = _finding_counts(con)
        finally:
            getattr(results, "close", lambda: None)()  # the workers stop, even when the run is interrupted
            bar.close()
            batch.flush()  # what was read is kept, even when the run is interrupted
    return summary


def _repair(publisher: Publisher, derived: _Derived, stored: dict, work: _Plan, version: str, summary: Summary) -> None:
    """Before reading anything: store as resolved the paths an older version stored as typed;
    mark for rebuilding the derived state of files whose checks or persons code changed, and of
    sessions an older version left without their checks or persons."""
    relative = {path: resolved(path) for path in stored if resolved(path) != path and Path(resolved(path)).exists()}
    relative = {old: new for old, new in relative.items() if new not in stored}
    stale, no_persons = stale_sessions(publisher.path, [c.code for c in CHECKS])
    if not (relative or work.recheck or stale or no_persons):
        return
    con = publisher.connection()
    for old, new in relative.items():
        con.execute("update documents set path = ? where path = ?", [new, old])
    sessions = [load.meeting_id_for(did) for _, did, status in work.recheck if did and status in LOADED] + stale
    if work.recheck:
        con.execute("update documents set pipeline_version = ? where path in (select unnest(?::varchar[]))",
                    [version, [path for path, _, _ in work.recheck]])
        summary.counts["rechecked"] += len(work.recheck)
    if no_persons:
        sessions += [mid for (mid,) in con.execute("select meeting_id from meetings").fetchall()]
    derived.wrote(sessions)
    publisher.wrote()


def _finding_counts(con) -> dict[str, int]:
    """Findings per check code in the whole warehouse."""
    counts = {c.code: 0 for c in CHECKS}
    for code, n in con.execute('select "check", count(*) from findings group by 1').fetchall():
        if code in counts:
            counts[code] = n
    return counts


def _readers(jobs: int | None, cluster: dict | None) -> int:
    """How many documents are read at once: the cluster's workers, this process alone (jobs=0), or the local workers."""
    if cluster:
        return cluster.get("workers") or default_jobs()
    return 1 if jobs == 0 else jobs or default_jobs()


def _results(paths: list[Path], jobs: int | None, limits: Limits | None, cluster: dict | None = None):
    """Results in isolated workers; on a Dask cluster (`pipeline.cluster`); with jobs=0, in this
    process, without limits (for debugging)."""
    if cluster:
        from pipeline import cluster as dask_cluster

        return dask_cluster.run(paths, limits=limits or Limits(), **cluster)
    if jobs == 0:
        from pipeline.process import process_safely

        return (process_safely(path) for path in paths)
    return run_isolated(paths, _readers(jobs, None), limits or Limits())


class _Derived:
    """Sessions written whose derived state is not yet rebuilt: their persons (name variants across
    meetings) and their checks. The publisher calls `bring_up_to_date` before each publication,
    so that no published state holds rows without their findings, coverage and persons."""

    def __init__(self) -> None:
        self.persons: set[str] = set()
        self.checks: set[str] = set()
        self.pending = False

    def wrote(self, sessions: list[str]) -> None:
        """Rows were written (sessions added, replaced or removed): rebuild before publishing."""
        self.persons.update(sessions)
        self.checks.update(sessions)
        self.pending = True

    def checked(self, sessions: list[str]) -> None:
        self.checks.difference_update(sessions)

    def bring_up_to_date(self, con) -> None:
        if not self.pending:
            return
        persons.rebuild(con, meeting_ids=sorted(self.persons))  # also the bodies of sessions removed
        run_checks(con, meeting_ids=sorted(self.checks))  # also drops the findings of sessions removed
        self.persons.clear()
        self.checks.clear()
        self.pending = False


class _Batch:
    """Results waiting to be written: a few documents per transaction (`load.write_documents`),
    flushed every `size` documents or `seconds` after the first waiting one, so that a slow
    document (a long scan) never holds back the ones read before it. The sessions of a batch
    are checked as soon as it is written (checks read one session's rows, nothing else): the
    workers keep reading meanwhile, instead of waiting for the checks of every session at the end.
    `counted` is told each result as it is stored (a document that cannot be written is stored
    as failed, and counted so)."""

    def __init__(self, publisher: Publisher, derived: _Derived, counted, size: int = 16, seconds: float = 2.0):
        self.publisher, self.derived, self.counted, self.size, self.seconds = publisher, derived, counted, size, seconds
        self.waiting: list[ProcessedDocument] = []
        self.since = 0.0

    def add(self, result: ProcessedDocument) -> None:
        if not self.waiting:
            self.since = time.monotonic()
        self.waiting.append(result)
        if len(self.waiting) >= self.size or time.monotonic() - self.since >= self.seconds:
            self.flush()

    def flush(self) -> None:
        """Write the waiting results; when the batch fails, write them one by one, so that only
        the document at fault is lost: it is stored as failed, saying why, and the batch goes on.
        (A warehouse that cannot take even that row raises: nothing more can be written.)"""
        if not self.waiting:
            return
        waiting, self.waiting = self.waiting, []
        con = self.publisher.connection()
        try:
            load.write_documents(con, waiting)
            stored = waiting
        except Exception:
            stored = []
            for result in waiting:
                try:
                    load.write_document(con, result)
                except Exception as exc:
                    from pipeline.process import internal_error

                    result = ProcessedDocument(result.path, result.document_id, result.size, "failed",
                                               f"écriture dans l'entrepôt impossible : {internal_error(exc)}",
                                               seconds=result.seconds)
                    load.write_document(con, result)
                stored.append(result)
        written = _sessions(stored)
        self.derived.wrote(written)
        run_checks(con, meeting_ids=written)
        self.derived.checked(written)
        for result in stored:
            self.counted(result)
        self.publisher.wrote()


def _sessions(results: list[ProcessedDocument]) -> list[str]:
    """The sessions whose rows these results wrote."""
    return [load.meeting_id_for(r.document_id) for r in results
            if r.document_id and r.extraction is not None and r.status in LOADED]


def _count(result: ProcessedDocument, summary: Summary, known: dict) -> None:
    if result.status in ("failed", "skipped", "duplicate"):
        summary.counts[result.status] += 1
        if result.status != "duplicate":
            summary.failures.append((result.path, result.message))
        return
    summary.counts["updated" if known.get(result.path, (None,))[0] else "new"] += 1
    if result.status == "needs_ocr":
        summary.counts["needs_ocr"] += 1
