"""The pipeline's version: a hash of the code that extracts facts (no warehouse import here, so
that a run with nothing to do can tell so without loading DuckDB)."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path


def _recomputed(relative: Path) -> bool:
    """Checks and the report are recomputed from the warehouse at every run: editing them re-extracts nothing."""
    return relative.parts[:2] == ("pipeline", "checks") or relative.as_posix() == "pipeline/report.py"


@cache
def pipeline_version() -> str:
    """Hash of the pipeline's own code: a new version re-extracts files whose bytes did not change."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for folder in ("pipeline", "extractors"):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in (".py", ".sql") and "__pycache__" not in path.parts and not _recomputed(path.relative_to(root)):
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
