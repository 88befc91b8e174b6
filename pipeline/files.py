"""The files of a batch and their identity, and what an ingest reports: no warehouse here, so
that a run with nothing to do can say so without loading DuckDB (see `pipeline.manifest`)."""

from __future__ import annotations

import hashlib
import os
import stat
from collections import Counter
from collections.abc import Iterable
from pathlib import Path


class Summary:
    """What an ingest did: counts per outcome, and the files not loaded with their reason.

    A plain class, not a dataclass: this module is on the path of an ingest with nothing to do,
    which answers in a tenth of a second, and importing `dataclasses` costs 15 ms of it."""

    def __init__(self) -> None:
        self.counts: Counter = Counter()
        self.failures: list[tuple[str, str]] = []
        self.findings: dict[str, int] | None = None  # findings per check, recomputed at the end of the ingest

    def __repr__(self) -> str:
        return f"Summary(counts={dict(self.counts)!r}, failures={self.failures!r}, findings={self.findings!r})"

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
    """Every file under the given paths, by its resolved path (absolute, symbolic links followed:
    a file is the same file whether it was named by a relative or an absolute path); hidden
    files skipped, folders walked in sorted order, each file once."""
    found: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw).resolve()
        if path.is_dir():
            found.update(
                (p.resolve(), None) for p in sorted(path.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found[path] = None
    return list(found)


def resolved(path: str) -> str:
    """A stored path as `discover` gives it: a relative one (stored by an older version, as typed)
    resolved against the current folder."""
    p = Path(path)
    return path if p.is_absolute() else str(p.resolve())


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


def needs_retry(status: str | None) -> bool:
    """Failed files are read again on every run; scans waiting for OCR once OCR is installed."""
    if status == "needs_ocr":
        from pipeline.read import ocr

        return ocr.available()
    return status == "failed"
