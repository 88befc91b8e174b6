"""Process one file: read, segment, extract. A pure function from a path to a result.

`process_file` does no warehouse I/O, so the same function can be mapped over worker
processes (see `pipeline.ingest`) or, later, a cluster. Bad input is data: a file that cannot
be read gives a `ProcessedDocument` with status `failed` and a message a person understands.
"""

from __future__ import annotations

import time
from pathlib import Path

from pipeline.read import UnreadableDocument, read_file, sha256_bytes
from pipeline.records import ProcessedDocument


def process_file(path: str | Path, data: bytes | None = None) -> ProcessedDocument:
    """Read, segment and extract one file; never raises for a bad file."""
    from pipeline.extract import extract
    from pipeline.segment import segment

    started = time.perf_counter()
    path = str(path)
    try:
        if data is None:
            data = Path(path).read_bytes()
    except OSError as exc:
        reason = "accès refusé" if isinstance(exc, PermissionError) else exc.strerror or str(exc)
        return ProcessedDocument(path, None, 0, "failed", f"le fichier ne peut être lu : {reason}")
    document_id = sha256_bytes(data) if data else None
    try:
        doc = read_file(path, data)
    except UnreadableDocument as exc:
        return ProcessedDocument(path, document_id, len(data), "failed", str(exc), seconds=time.perf_counter() - started)
    except Exception as exc:  # a reader bug on a hostile file: record it, keep the batch going
        message = f"lecture impossible ({type(exc).__name__}: {exc})"
        return ProcessedDocument(path, document_id, len(data), "failed", message, seconds=time.perf_counter() - started)
    seg = segment(doc)
    extraction = extract(doc, seg)
    messages = list(doc.messages) + list(extraction.errors)
    status = doc.status
    if extraction.errors and status == "ok":
        status = "partial"
    if not doc.text.strip():
        status = "needs_ocr" if status == "needs_ocr" else "failed"
        messages.append("aucun texte n'a pu être lu dans le document")
    return ProcessedDocument(
        path, document_id, len(data), status, "; ".join(messages) or "ok", doc, seg, extraction,
        seconds=time.perf_counter() - started,
    )
