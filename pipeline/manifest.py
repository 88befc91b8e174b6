"""A small JSON file beside the published warehouse listing what it holds, so that an ingest
with nothing to do says so at once, without loading DuckDB.

`<warehouse>.manifest.json` is written at each publication with the warehouse's size and
modification time; any other change to the warehouse makes it stale, and then it is ignored.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from pipeline.files import Summary, discover, file_identity, needs_retry
from pipeline.version import pipeline_version


def manifest_path(db_path: str | Path) -> Path:
    """Where the manifest of a warehouse lives."""
    return Path(str(db_path) + ".manifest.json")


def _stamp(db_path: str | Path) -> list[int] | None:
    try:
        info = os.stat(db_path)
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns]


def write(db_path: str | Path, documents: list[tuple]) -> None:
    """Record the published warehouse's documents: rows of (path, document_id, version, status)."""
    target = manifest_path(db_path)
    data = {"database": _stamp(db_path), "documents": {path: [did, version, status] for path, did, version, status in documents}}
    try:
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        target.unlink(missing_ok=True)  # no manifest: the next ingest simply reads the warehouse


def unchanged_summary(paths: Iterable[str | Path], db_path: str | Path) -> Summary | None:
    """The summary of an ingest of `paths` when every file is stored unchanged, else None."""
    try:
        data = json.loads(manifest_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("database") is None or data.get("database") != _stamp(db_path):
        return None
    stored, version, summary = data.get("documents", {}), pipeline_version(), Summary()
    for path in discover(paths):
        document_id, _, problem = file_identity(path)
        entry = stored.get(str(path))
        if problem or entry is None:
            return None
        old_id, old_version, old_status = entry
        if old_id != document_id or old_version != version or needs_retry(old_status):
            return None
        summary.counts[old_status if old_status in ("skipped", "duplicate") else "unchanged"] += 1
    return summary
