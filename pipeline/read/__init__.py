"""Read stage: one backend per file format, each turning a file into a `Document`.

`read_file(path)` sniffs the bytes (not only the extension: a Word file renamed `.pdf` is read
as Word) and dispatches to `pdf`, `text`, `html` or `docx`. A file that cannot be read raises
`UnreadableDocument` with a message a person understands; the caller records it and goes on.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.read.common import UnreadableDocument

SUPPORTED_SUFFIXES = {".pdf", ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx"}

__all__ = ["UnreadableDocument", "read_file", "sniff_format", "sha256_bytes", "SUPPORTED_SUFFIXES"]


def sha256_bytes(data: bytes) -> str:
    """The document identity: SHA-256 of its bytes, as hex."""
    return hashlib.sha256(data).hexdigest()


def sniff_format(path: Path, head: bytes) -> str:
    """The format of a file from its first bytes, falling back on its extension.

    >>> sniff_format(Path("x.pdf"), b"%PDF-1.7")
    'pdf'
    """
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    lowered = head[:512].lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or path.suffix.lower() in (".html", ".htm"):
        return "html"
    if path.suffix.lower() in (".md", ".markdown"):
        return "markdown"
    if path.suffix.lower() == ".pdf":
        return "pdf"  # claims to be a PDF but has no header: the PDF reader says why it fails
    return "text"


def read_file(path: str | Path, data: bytes | None = None, document_id: str | None = None):
    """Read one file into a `Document`; raises `UnreadableDocument` when it cannot be read.
    `document_id`: the bytes' SHA-256 when the caller has it already (not hashed twice)."""
    path = Path(path)
    if data is None:
        data = path.read_bytes()
    if not data:
        raise UnreadableDocument("le fichier est vide (0 octet)")
    document_id = document_id or sha256_bytes(data)
    fmt = sniff_format(path, data[:2048])
    if fmt == "pdf":
        from pipeline.read import pdf

        return pdf.read(path, data, document_id)
    if fmt == "docx":
        from pipeline.read import docx

        return docx.read(path, data, document_id)
    if fmt == "html":
        from pipeline.read import html

        return html.read(path, data, document_id)
    from pipeline.read import text

    return text.read(path, data, document_id, fmt)
