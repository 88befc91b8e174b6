"""What every reader shares: assembling lines into a `Document`, and spotting running headers.

Readers produce, per page, a list of `RawLine` (text and, for PDFs, position). `build_document`
joins them into one text with one line per `\\n`, remembers each line's span and page, and marks
as boilerplate the lines repeated at the top or bottom of most pages (running headers, footers,
the prefecture's receipt stamp), so that segmentation and extraction can skip them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from pipeline.records import Document, Line, Page, Table


class UnreadableDocument(Exception):
    """A file that cannot be read; the message is meant for a person."""


@dataclass(frozen=True)
class RawLine:
    """A line as a reader sees it, before offsets are known."""

    text: str
    x0: float | None = None
    top: float | None = None


# Digits and page counters vary between repeated headers: "Ville de Lannion Conseil Municipal du 8 juin 2020 3"
_DIGITS = regex.compile(r"\d+")
EDGE_LINES = 4  # lines at the top and bottom of a page that may be running headers or footers


def _shape(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split())).lower()


def find_boilerplate(pages: list[list[RawLine]]) -> set[str]:
    """Shapes of lines repeated at the same edge (top or bottom) of most pages (at least 3)."""
    if len(pages) < 3:
        return set()
    top, bottom = Counter(), Counter()
    for lines in pages:
        top.update({_shape(line.text) for line in lines[:EDGE_LINES] if line.text.strip()})
        bottom.update({_shape(line.text) for line in lines[-EDGE_LINES:] if line.text.strip()})
    threshold = max(3, -(-len(pages) * 3 // 5))  # 60% of the pages, rounded up
    return {shape for counter in (top, bottom) for shape, count in counter.items() if count >= threshold and len(shape) > 3}


def clean_line(text: str) -> str:
    """Normalise a line's characters without changing its length-free meaning."""
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ").rstrip()


def build_document(
    document_id: str,
    path: str,
    fmt: str,
    pages: list[list[RawLine]],
    ocr_pages: frozenset[int] = frozenset(),
    status: str = "ok",
    messages: tuple[str, ...] = (),
    tables: tuple[Table, ...] = (),
    ocr_confidence: dict[int, float | None] | None = None,
) -> Document:
    """Join the pages' lines into a `Document` with line and page spans."""
    boilerplate = find_boilerplate(pages)
    parts: list[str] = []
    lines: list[Line] = []
    page_spans: list[Page] = []
    offset = 0
    for page_index, raw_lines in enumerate(pages):
        number = page_index + 1
        page_start = offset
        for line_index, raw in enumerate(raw_lines):
            text = clean_line(raw.text)
            is_edge = line_index < EDGE_LINES or line_index >= len(raw_lines) - EDGE_LINES
            lines.append(
                Line(
                    text=text,
                    start=offset,
                    end=offset + len(text),
                    page=number,
                    x0=raw.x0,
                    top=raw.top,
                    boilerplate=is_edge and _shape(text) in boilerplate,
                )
            )
            parts.append(text)
            offset += len(text) + 1
        page_spans.append(Page(number, page_start, offset, ocr=number in ocr_pages,
                               ocr_confidence=(ocr_confidence or {}).get(number)))
    text = "\n".join(parts)
    return Document(
        document_id=document_id,
        path=path,
        format=fmt,
        text=text,
        pages=tuple(page_spans),
        lines=tuple(lines),
        status=status,
        messages=messages,
        tables=tables,
        _page_starts=tuple(p.start for p in page_spans),
    )


def split_text_lines(text: str) -> list[RawLine]:
    """Lines of a plain text, without positions."""
    return [RawLine(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
