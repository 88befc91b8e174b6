"""The pipeline's version: a hash of the code that produced a document's rows (no warehouse
import here, so that a run with nothing to do can tell so without loading DuckDB).

It has two parts, `<extraction>+<derived>`. The first hashes the code that reads and extracts
(readers, segmentation, extractors, the loader, the schema): when it changes, every file is read
again. The second hashes the code of the derived state, the consistency checks and the persons:
when only it changes, the files are not read again, but the findings, the coverage and the
persons of every session are rebuilt, so that findings of old and new rules never coexist.
The report (`pipeline/report.py`) stores nothing: it is in neither part.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _derived(relative: Path) -> bool:
    """Code of the derived state: the checks and the persons, rebuilt from the stored rows."""
    return relative.parts[:2] == ("pipeline", "checks") or relative.as_posix() == "pipeline/persons.py"


def _ignored(relative: Path) -> bool:
    """The report (its module, its page images, its templates) is written from the warehouse on
    demand and stores nothing."""
    return relative.as_posix() in ("pipeline/report.py", "pipeline/evidence.py") or relative.parts[:2] == ("pipeline", "templates")


def _recomputed(relative: Path) -> bool:
    """True for code whose change re-extracts nothing (derived state, or the report)."""
    return _derived(relative) or _ignored(relative)


def _hash(keep) -> str:
    digest = hashlib.sha256()
    for folder in ("pipeline", "extractors"):
        for path in sorted((ROOT / folder).rglob("*")):
            relative = path.relative_to(ROOT)
            if path.suffix in (".py", ".sql") and "__pycache__" not in path.parts and keep(relative):
                digest.update(relative.as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@cache
def extraction_version() -> str:
    """Hash of the code that reads and extracts: a new one reads unchanged files again."""
    return _hash(lambda r: not _recomputed(r))


@cache
def derived_version() -> str:
    """Hash of the checks' and the persons' code: a new one rebuilds the derived state only."""
    return _hash(_derived)


@cache
def pipeline_version() -> str:
    """`<extraction>+<derived>`, stored with each document."""
    return f"{extraction_version()}+{derived_version()}"


def same_extraction(stored: str | None, current: str | None = None) -> bool:
    """True when a stored version was extracted by the current extraction code (derived part aside)."""
    current = current or pipeline_version()
    return bool(stored) and stored.split("+", 1)[0] == current.split("+", 1)[0]
