"""Plain text and Markdown: decode the bytes (UTF-8, UTF-16 with BOM, Latin-1 / Windows-1252).

A form feed (\\f) starts a new page, as `pdftotext` writes it; otherwise the text is one page.
Mojibake (UTF-8 once read as Windows-1252, ISO-8859-1/15/16: "Ã©", "Ă©", "â€™") is repaired
here, once (`mojibake`), and each repair recorded on the document.
Typography comes from Markdown's marks ("## titre", "**gras**", "_italique_"), which stay in the
text; a plain text without any mark has unknown typography (None), not "not bold".
"""

from __future__ import annotations

import codecs
from pathlib import Path

from pipeline.read.common import RawLine, UnreadableDocument, build_document, split_text_lines
from pipeline.read.mojibake import repair_pages


def decode(data: bytes) -> tuple[str, str]:
    """The text of `data` and the encoding it was read with.

    UTF-8 (with or without BOM) and UTF-16 with BOM are taken as they come; anything else is
    guessed by charset-normalizer among the encodings French text is found in, Windows-1252
    first (it is Latin-1 plus the curly quotes and the euro sign Word puts in).
    """
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise UnreadableDocument("le fichier contient des octets binaires : ce n'est pas un texte lisible")
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman"]).best()
    encoding = best.encoding if best else "cp1252"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def read(path: Path, data: bytes, document_id: str, fmt: str = "text"):
    """Read a text or Markdown file."""
    text, encoding = decode(data)
    if sum(ch.isprintable() or ch in "\n\r\t\f" for ch in text[:4096]) < 0.9 * min(len(text), 4096):
        raise UnreadableDocument("le fichier n'est pas du texte lisible (caractères de contrôle)")
    pages = [split_text_lines(page) for page in text.split("\f")]
    if fmt == "text" and not any(line.bold or line.italic or line.underline for page in pages for line in page):
        # a plain text without a mark says nothing of its typography (Markdown's unmarked lines are plain)
        pages = [[RawLine(line.text) for line in page] for page in pages]
    pages, repairs, repaired = repair_pages(pages)  # UTF-8 once read as cp1252 & co, repaired here once
    messages = (() if encoding.startswith("utf") else (f"encodage détecté : {encoding}",)) + repaired
    return build_document(document_id, str(path), fmt, pages, messages=messages, line_repairs=repairs)
