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
from pipeline.checks import run_checks
from pipeline.files import Summary, default_jobs, discover, file_identity, needs_retry  # noqa: F401 (re-exported)
from pipeline.isolate import Limits, run_isolated, warm_up
from pipeline.publish import Publisher, known_documents
from pipeline.read import SUPPORTED_SUFFIXES
from pipeline.records import ProcessedDocument

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


def plan(files: list[Path], known: dict, version: str) -> _Plan:
    """Sort the files into unchanged, to process, and known outright (duplicates, unreadable,
    unsupported formats). The first path with given bytes (in discovery order, or the one
    already stored) is the original; later ones are duplicates and are not read."""
    todo, direct, unchanged = [], [], Counter()
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
        if old_id == document_id and old_version == version and not needs_retry(old_status):
            unchanged[old_status if old_status in ("skipped", "duplicate") else "unchanged"] += 1
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
    return _Plan(todo, direct, unchanged)


def ingest(paths: Iterable[str | Path], db_path: str | Path, jobs: int | None = None, progress: bool = True,
           limits: Limits | None = None, publish_every: float = 30.0) -> Summary:
    """Ingest the files under `paths` into the warehouse at `db_path` (published atomically)."""
    summary = Summary()
    files = discover(paths)
    version = load.pipeline_version()
    with Publisher(db_path, publish_every) as publisher:
        known = known_documents(db_path)  # nothing when there is no warehouse yet
        if jobs != 0 and any(known.get(str(path), (None, None))[1] != version for path in files):
            warm_up()  # a file to read for sure: the workers' imports overlap with the hashing below
        if not Path(db_path).exists():
            publisher.connection()
            publisher.publish()  # an empty warehouse that readers can open at once
        work = plan(files, known, version)
        if jobs != 0 and work.todo:
            warm_up()  # files whose bytes changed (found by hashing): start the workers' imports now
        summary.counts.update(work.unchanged)
        identity = {str(path): did for path, did in work.todo}
        bar = _progress(len(work.todo), progress)
        batch = _Batch(publisher)
        try:
            for result in work.direct:
                batch.add(result)
                _count(result, summary, known)
            for result in _results([path for path, _ in work.todo], jobs, limits):
                if result.document_id is None and identity.get(result.path):
                    result = replace(result, document_id=identity[result.path])
                batch.add(result)
                _count(result, summary, known)
                bar.update(1)
            batch.flush()
            if publisher.dirty:  # derived tables, rebuilt from the stored rows before publishing
                con = publisher.connection()
                persons.rebuild(con, meeting_ids=batch.sessions)  # name variants across meetings, for the bodies written
                # the sessions written were checked batch by batch; this drops the findings of
                # sessions replaced or removed, and counts the warehouse's findings
                summary.findings = run_checks(con, meeting_ids=[])
        finally:
            bar.close()
            batch.flush()  # what was read is kept, even when the run is interrupted
    return summary


def _results(paths: list[Path], jobs: int | None, limits: Limits | None):
    """Results in isolated workers; with jobs=0, in this process, without limits (for debugging)."""
    if jobs == 0:
        from pipeline.process import process_file

        return (process_file(path) for path in paths)
    return run_isolated(paths, jobs or default_jobs(), limits or Limits())


class _Batch:
    """Results waiting to be written: a few documents per transaction (`load.write_documents`),
    flushed every `size` documents or `seconds` after the first waiting one, so that a slow
    document (a long scan) never holds back the ones read before it. The sessions of a batch
    are checked as soon as it is written (checks read one session's rows, nothing else): the
    workers keep reading meanwhile, instead of waiting for the checks of every session at the end."""

    def __init__(self, publisher: Publisher, size: int = 16, seconds: float = 2.0):
        self.publisher, self.size, self.seconds = publisher, size, seconds
        self.waiting: list[ProcessedDocument] = []
        self.since = 0.0
        self.sessions: list[str] = []  # the sessions written so far

    def add(self, result: ProcessedDocument) -> None:
        if not self.waiting:
            self.since = time.monotonic()
        self.waiting.append(result)
        if len(self.waiting) >= self.size or time.monotonic() - self.since >= self.seconds:
            self.flush()

    def flush(self) -> None:
        """Write the waiting results; when the batch fails, write them one by one, so that only
        the document at fault is lost (its error is raised, as for a single write)."""
        if not self.waiting:
            return
        waiting, self.waiting = self.waiting, []
        written = _sessions(waiting)
        con = self.publisher.connection()
        try:
            load.write_documents(con, waiting)
            self.sessions += written
        except Exception:
            if len(waiting) == 1:
                raise
            for result in waiting:
                load.write_document(con, result)  # raises at the document at fault
                self.sessions += _sessions([result])
                self.publisher.wrote()
        run_checks(con, meeting_ids=written)
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
