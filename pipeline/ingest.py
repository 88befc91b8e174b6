"""Ingest a batch: find the files, skip the unchanged ones, process the others in isolated
worker processes, and write each result to the warehouse in its own transaction.

Processing is parallel and isolated (`pipeline.isolate`: a time and a memory limit per
document, a hostile file costs only itself); warehouse writes stay serial (DuckDB has one
writer) and go to a working copy that is published atomically (`pipeline.publish`), so that
analysts can read the warehouse during an ingest and a crash never leaves half a document.

Every file gets one row in `documents` with a status: ok, partial, failed, skipped, needs_ocr
or duplicate. Files already stored with the same bytes and pipeline version are left alone
(except failed ones, and scans waiting for OCR once it is installed, which are retried); the same bytes under a second name are `duplicate`.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline import load, persons
from pipeline.checks import run_checks
from pipeline.isolate import Limits, run_isolated
from pipeline.publish import Publisher, known_documents
from pipeline.read import SUPPORTED_SUFFIXES
from pipeline.records import ProcessedDocument

LOADED = ("ok", "partial", "needs_ocr")


@dataclass
class Summary:
    """What an ingest did: counts per outcome, and the files not loaded with their reason."""

    counts: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    findings: dict[str, int] | None = None  # findings per check, recomputed at the end of the ingest

    def line(self) -> str:
        c = self.counts
        return (
            f"{c['new']} nouveau(x), {c['updated']} mis à jour, {c['unchanged']} inchangé(s), "
            f"{c['failed']} en échec" + (f", {c['duplicate']} doublon(s)" if c["duplicate"] else "")
            + (f", {c['skipped']} écarté(s)" if c["skipped"] else "")
            + (f", {c['needs_ocr']} à passer en OCR" if c["needs_ocr"] else "")
        )

    @property
    def loaded(self) -> int:
        """Files whose rows are in the warehouse after this run (new, updated or unchanged)."""
        return self.counts["new"] + self.counts["updated"] + self.counts["unchanged"]


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Every file under the given paths; hidden files skipped, folders walked in sorted order."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    return found


def default_jobs() -> int:
    """One worker per core."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def file_identity(path: Path) -> tuple[str | None, int, str | None]:
    """(SHA-256 of the bytes, size, None) or (None, 0, why the file cannot be read), streaming."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return None, 0, "ce n'est pas un fichier ordinaire (dossier, tube ou périphérique)"
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest(), info.st_size, None
    except FileNotFoundError:
        return None, 0, "le fichier est introuvable"
    except PermissionError:
        return None, 0, "le fichier ne peut être lu : accès refusé (droits insuffisants)"
    except OSError as exc:
        return None, 0, f"le fichier ne peut être lu : {exc.strerror or exc}"


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="ingest", disable=not enabled, leave=False)


@dataclass(frozen=True)
class _Plan:
    """What to do with the files of a batch, decided before any is read."""

    todo: list[tuple[Path, str]]  # (path, document_id) to process
    direct: list[ProcessedDocument]  # results known without reading: skipped, duplicate, unreadable
    unchanged: Counter  # unchanged, skipped or duplicate as stored -> count


def _retry(status: str | None) -> bool:
    """Failed files are read again on every run; scans waiting for OCR once OCR is installed."""
    if status == "needs_ocr":
        from pipeline.read import ocr

        return ocr.available()
    return status == "failed"


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
        if old_id == document_id and old_version == version and not _retry(old_status):
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
        if not Path(db_path).exists():
            publisher.connection()
            publisher.publish()  # an empty warehouse that readers can open at once
        known = known_documents(db_path)
        work = plan(files, known, version)
        summary.counts.update(work.unchanged)
        identity = {str(path): did for path, did in work.todo}
        bar = _progress(len(work.todo), progress)
        try:
            for result in work.direct:
                _record(publisher, result, summary, known)
            for result in _results([path for path, _ in work.todo], jobs, limits):
                if result.document_id is None and identity.get(result.path):
                    result = replace(result, document_id=identity[result.path])
                _record(publisher, result, summary, known)
                bar.update(1)
            if publisher.dirty:  # derived tables, rebuilt from the stored rows before publishing
                con = publisher.connection()
                persons.rebuild(con)  # resolve name variants across meetings
                summary.findings = run_checks(con)
        finally:
            bar.close()
    return summary


def _results(paths: list[Path], jobs: int | None, limits: Limits | None):
    """Results in isolated workers; with jobs=0, in this process, without limits (for debugging)."""
    if jobs == 0:
        from pipeline.process import process_file

        return (process_file(path) for path in paths)
    return run_isolated(paths, jobs or default_jobs(), limits or Limits())


def _record(publisher: Publisher, result: ProcessedDocument, summary: Summary, known: dict) -> None:
    con = publisher.connection()
    load.write_document(con, result)
    publisher.wrote()
    if result.status in ("failed", "skipped", "duplicate"):
        summary.counts[result.status] += 1
        if result.status != "duplicate":
            summary.failures.append((result.path, result.message))
        return
    summary.counts["updated" if known.get(result.path, (None,))[0] else "new"] += 1
    if result.status == "needs_ocr":
        summary.counts["needs_ocr"] += 1
