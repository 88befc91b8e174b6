"""Ingest a batch: find the files, skip the unchanged ones, process the others in parallel
worker processes, and write each result to the warehouse in its own transaction.

Processing is parallel; warehouse writes stay serial (DuckDB has one writer).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import load, persons
from pipeline.checks import run_checks
from pipeline.read import SUPPORTED_SUFFIXES, sha256_bytes
from pipeline.records import ProcessedDocument


@dataclass
class Summary:
    """What an ingest did: counts per outcome, and the failed files with their reason."""

    counts: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    findings: dict[str, int] | None = None  # findings per check, recomputed at the end of the ingest

    def line(self) -> str:
        c = self.counts
        return (
            f"{c['new']} nouveau(x), {c['updated']} mis à jour, {c['unchanged']} inchangé(s), "
            f"{c['failed']} en échec" + (f", {c['duplicate']} doublon(s)" if c["duplicate"] else "")
            + (f", {c['needs_ocr']} à passer en OCR" if c["needs_ocr"] else "")
        )


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


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="ingest", disable=not enabled, leave=False)


def ingest(paths: Iterable[str | Path], db_path: str | Path, jobs: int | None = None, progress: bool = True) -> Summary:
    """Ingest the files under `paths` into the warehouse at `db_path`."""
    summary = Summary()
    files = discover(paths)
    con = load.connect(db_path)
    version = load.pipeline_version()
    todo: list[tuple[Path, str | None]] = []
    seen_ids: dict[str, str] = {}
    for path in files:
        if path.suffix.lower() not in SUPPORTED_SUFFIXES and path.suffix:
            summary.counts["skipped"] += 1
            load.write_document(con, ProcessedDocument(str(path), None, path.stat().st_size, "skipped",
                                                       f"format non pris en charge ({path.suffix})"))
            continue
        try:
            document_id = sha256_bytes(path.read_bytes())
        except OSError:
            document_id = None  # process_file records why
        old_id, old_version, _ = load.known_document(con, str(path))
        if document_id and old_id == document_id and old_version == version:
            summary.counts["unchanged"] += 1
            seen_ids.setdefault(document_id, str(path))
            continue
        todo.append((path, document_id))
    jobs = jobs or default_jobs()
    bar = _progress(len(todo), progress)
    try:
        for result in _run(todo, jobs):
            _record(con, result, summary, seen_ids)
            bar.update(1)
        persons.rebuild(con)  # derived from the stored rows: resolve name variants across meetings
        summary.findings = run_checks(con)
    finally:
        bar.close()
        con.close()
    return summary


def _run(todo: list[tuple[Path, str | None]], jobs: int):
    from pipeline.process import process_file

    if jobs <= 1 or len(todo) <= 1:
        for path, _ in todo:
            yield process_file(path)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(process_file, str(path)): path for path, _ in todo}
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as exc:  # a worker died (memory, signal): the file fails, the batch goes on
                path = futures[future]
                yield ProcessedDocument(str(path), None, 0, "failed", f"le traitement a échoué ({type(exc).__name__}: {exc})")


def _record(con, result: ProcessedDocument, summary: Summary, seen_ids: dict[str, str]) -> None:
    if result.document_id and result.status not in ("failed",) and result.document_id in seen_ids and seen_ids[result.document_id] != result.path:
        original = seen_ids[result.document_id]
        result = ProcessedDocument(result.path, result.document_id, result.size, "duplicate",
                                   f"même contenu que {original} : non chargé une seconde fois")
    old_id, _, _ = load.known_document(con, result.path)
    load.write_document(con, result)
    if result.document_id and result.status not in ("failed", "duplicate"):
        seen_ids.setdefault(result.document_id, result.path)
    if result.status == "failed":
        summary.counts["failed"] += 1
        summary.failures.append((result.path, result.message))
    elif result.status == "duplicate":
        summary.counts["duplicate"] += 1
    else:
        summary.counts["updated" if old_id else "new"] += 1
        if result.status == "needs_ocr":
            summary.counts["needs_ocr"] += 1
