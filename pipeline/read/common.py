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

from pipeline.records import Document, Line, Page, Table, TextRepair


class UnreadableDocument(Exception):
    """A file that cannot be read; the message is meant for a person."""


@dataclass(frozen=True)
class RawLine:
    """A line as a reader sees it, before offsets are known: text, place on the page (PDF) and
    typography (None where the format cannot tell). `size` is in points here; `build_document`
    makes it relative to the document's body size."""

    text: str
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    size: float | None = None
    heading: int | None = None
    indent: float | None = None


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


def _body_size(pages: list[list[RawLine]]) -> float | None:
    """The font size most of the document's letters are set in (points), or None."""
    sizes: Counter = Counter()
    for raw_lines in pages:
        for raw in raw_lines:
            if raw.size:
                sizes[round(raw.size, 1)] += len(raw.text)
    return sizes.most_common(1)[0][0] if sizes else None


def _left_margin(pages: list[list[RawLine]]) -> float | None:
    """The left edge most lines start at (points), or None for formats without positions."""
    edges = Counter(round(raw.x0) for raw_lines in pages for raw in raw_lines if raw.x0 is not None and raw.text.strip())
    return float(edges.most_common(1)[0][0]) if edges else None


def _indent(raw: RawLine, text: str, margin: float | None) -> float | None:
    if raw.indent is not None:
        return raw.indent
    if raw.x0 is not None:
        return None if margin is None else round(raw.x0 - margin, 1)
    blanks = text[: len(text) - len(text.lstrip())]
    return float(len(blanks) + 3 * blanks.count("\t"))  # a tab for four blanks


def build_document(
    document_id: str,
    path: str,
    fmt: str,
    pages: list[list[RawLine]],
    ocr_pages: frozenset[int] = frozenset(),
    status: str = "ok",
    messages: tuple[str, ...] = (),
    tables: tuple[Table, ...] = (),
    page_sizes: list[tuple[float, float]] | None = None,
    ocr_confidence: dict[int, float | None] | None = None,
    line_repairs: tuple = (),
) -> Document:
    """Join the pages' lines into a `Document` with line and page spans; font sizes become
    relative to the body's, left edges an indentation beyond the usual margin. `line_repairs`
    (`mojibake.LineRepair`, by line index over all pages) become the document's `repairs`."""
    boilerplate = find_boilerplate(pages)
    body_size = _body_size(pages)
    margin = _left_margin(pages)
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
                    x1=raw.x1,
                    bold=raw.bold,
                    italic=raw.italic,
                    underline=raw.underline,
                    size=round(raw.size / body_size, 2) if raw.size and body_size else None,
                    heading=raw.heading,
                    indent=_indent(raw, text, margin),
                )
            )
            parts.append(text)
            offset += len(text) + 1
        width, height = page_sizes[page_index] if page_sizes and page_index < len(page_sizes) else (None, None)
        page_spans.append(Page(number, page_start, offset, ocr=number in ocr_pages, width=width, height=height,
                               ocr_confidence=(ocr_confidence or {}).get(number)))
    text = "\n".join(parts)
    repairs = []
    for fix in line_repairs:
        line = lines[fix.line]
        start, end = min(line.start + fix.start, line.end), min(line.start + fix.end, line.end)
        repairs.append(TextRepair(start, end, line.page, fix.original, fix.repaired, fix.encodings))
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
        repairs=tuple(repairs),
        _page_starts=tuple(p.start for p in page_spans),
    )


# Markdown's marks: "## Titre", "**gras**" or "__gras__", "*italique*" or "_italique_", "<u>souligné</u>"
_MD_HEADING = regex.compile(r"^\s{0,3}(?P<marks>#{1,6})\s+\S")
_MD_BOLD = regex.compile(r"\*\*(?=\S)(?P<inner>.+?)(?<=\S)\*\*|__(?=\S)(?P<inner>.+?)(?<=\S)__")
_MD_ITALIC = regex.compile(r"(?<![*\w\\])\*(?=[^\s*])(?P<inner>[^*]+?)(?<=[^\s*])\*(?![*\w])|(?<![_\w\\])_(?=[^\s_])(?P<inner>[^_]+?)(?<=[^\s_])_(?![_\w])")
_MD_UNDERLINE = regex.compile(r"<u>(?P<inner>.+?)</u>", regex.I)
MOSTLY = 0.6  # share of a line's letters inside marks that makes it bold (italic, underlined)


def _marked(text: str, pattern: regex.Pattern, letters: int) -> bool:
    inside = sum(sum(1 for c in m["inner"] if c.isalnum()) for m in pattern.finditer(text))
    return inside >= MOSTLY * letters


def markup_typography(text: str) -> dict:
    """Typography a plain or Markdown line gives itself with marks: a heading level ("## ..."),
    bold ("**...**"), italic ("*...*", "_..._"), underline ("<u>...</u>"); a "#" heading is bold.

    >>> markup_typography("## **1. Budget primitif**")
    {'bold': True, 'italic': False, 'underline': False, 'heading': 2}
    """
    letters = sum(1 for c in text if c.isalnum())
    heading = _MD_HEADING.match(text)
    if not letters:
        return {}
    return {
        "bold": bool(heading) or ("**" in text or "__" in text) and _marked(text, _MD_BOLD, letters),
        "italic": ("*" in text or "_" in text) and _marked(text, _MD_ITALIC, letters),
        "underline": "<u>" in text.lower() and _marked(text, _MD_UNDERLINE, letters),
        "heading": len(heading["marks"]) if heading else None,
    }


def split_text_lines(text: str) -> list[RawLine]:
    """Lines of a plain text, without positions, with the typography their marks give them."""
    return [RawLine(line, **markup_typography(line)) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
