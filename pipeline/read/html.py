"""HTML: the visible text of a page, one line per block, table cells separated by tabs; the
tables themselves go with the document too (`tables` module: merged cells keep their place).

Each line keeps the typography its tags and inline styles give it: bold (<b>, <strong>, a
heading, `font-weight: bold`), italic (<i>, <em>), underline (<u>, `text-decoration:
underline`) when most of its letters have them, the heading level of <h1>-<h6>, and a size
from <font size>, a CSS `font-size` or the heading's default. Mojibake in the visible text
("Ã©" for "é") is repaired once, as in the text reader (`mojibake`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import regex

from pipeline.read import tables
from pipeline.read.common import RawLine, build_document
from pipeline.read.mojibake import repair_pages
from pipeline.read.text import decode

BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header", "footer")
MOSTLY = 0.6  # share of a line's letters that makes it bold (italic, underlined)
BODY_SIZE = 12.0  # points: a browser's default
HEADING_SIZES = {1: 24.0, 2: 18.0, 3: 14.0, 4: 12.0, 5: 10.0, 6: 8.0}
FONT_SIZES = {1: 7.5, 2: 10.0, 3: 12.0, 4: 13.5, 5: 18.0, 6: 24.0, 7: 36.0}  # <font size="N">
_BOLD_CSS = regex.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", regex.I)
_ITALIC_CSS = regex.compile(r"font-style\s*:\s*(?:italic|oblique)", regex.I)
_UNDERLINE_CSS = regex.compile(r"text-decoration(?:-line)?\s*:[^;]*underline", regex.I)
_SIZE_CSS = regex.compile(r"font-size\s*:\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>pt|px|em|rem)", regex.I)

# (bold, italic, underline, heading level, size in points) of a text node
Style = tuple[bool, bool, bool, int | None, float]


def _own_style(tag, inherited: Style) -> Style:
    bold, italic, underline, heading, size = inherited
    name = tag.name or ""
    css = tag.get("style") or ""
    if name in ("b", "strong", "th") or _BOLD_CSS.search(css):
        bold = True
    if name in ("i", "em", "cite") or _ITALIC_CSS.search(css):
        italic = True
    if name in ("u", "ins") or _UNDERLINE_CSS.search(css):
        underline = True
    if len(name) == 2 and name[0] == "h" and name[1] in "123456":
        heading, bold, size = int(name[1]), True, HEADING_SIZES[int(name[1])]
    if name == "font" and str(tag.get("size") or "").strip().isdigit():
        size = FONT_SIZES.get(min(7, max(1, int(str(tag.get("size")).strip()))), size)
    m = _SIZE_CSS.search(css)
    if m:
        n, unit = float(m["n"]), m["unit"].lower()
        size = n if unit == "pt" else n * 0.75 if unit == "px" else n * size
    return bold, italic, underline, heading, size


def html_lines(markup: str, grids: list | None = None) -> list[RawLine]:
    """Visible lines of an HTML page with their typography: scripts and styles dropped, blocks
    on their own lines, table cells separated by tabs, runs of blank lines made one. With
    `grids`, the tables' grids are appended to it and their rows marked in the text
    (`tables.html_tables` takes the marks out)."""
    from bs4 import BeautifulSoup, CData, NavigableString

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    if grids is not None:
        grids.extend(tables.mark_html_tables(soup))
    for cell in soup.find_all(["td", "th"]):
        cell.append("\t")
    for tag in soup.find_all(BLOCKS):
        tag.insert_before("\n")
        tag.append("\n")
    styles: dict[int, Style] = {}

    def style_of(tag) -> Style:
        """A tag's style, its ancestors' worked out first (iteratively: pages nest deep)."""
        unknown = []
        while tag is not None and id(tag) not in styles:
            unknown.append(tag)
            tag = tag.parent
        style = styles[id(tag)] if tag is not None else (False, False, False, None, BODY_SIZE)
        for ancestor in reversed(unknown):
            style = styles[id(ancestor)] = _own_style(ancestor, style)
        return style

    rows: list[list[tuple[str, Style]]] = [[]]
    for node in soup.descendants:
        if type(node) not in (NavigableString, CData):
            continue
        style = style_of(node.parent)
        pieces = str(node).split("\n")
        for k, piece in enumerate(pieces):
            if k:
                rows.append([])
            if piece:
                rows[-1].append((piece, style))
    out: list[RawLine] = []
    for row in rows:
        text = "".join(piece for piece, _ in row)
        text = "\t".join(" ".join(cell.split()) for cell in text.split("\t")).strip()
        if not text and (not out or not out[-1].text):
            continue  # one blank line between blocks, none at the start
        out.append(RawLine(text, **_typography(row)) if text else RawLine(""))
    while out and not out[-1].text:
        out.pop()
    return out


def _typography(row: list[tuple[str, Style]]) -> dict:
    letters = bold = italic = underline = 0
    sizes: Counter = Counter()
    heading = None
    for piece, (is_bold, is_italic, is_underline, level, size) in row:
        count = sum(1 for c in piece if c.isalnum())
        letters += count
        bold += count * is_bold
        italic += count * is_italic
        underline += count * is_underline
        sizes[size] += count
        heading = heading or (level if count else None)
    if not letters:
        return {}
    return {"bold": bold >= MOSTLY * letters, "italic": italic >= MOSTLY * letters, "underline": underline >= MOSTLY * letters,
            "heading": heading, "size": sizes.most_common(1)[0][0]}


def html_to_text(markup: str, grids: list | None = None) -> str:
    """Visible text of an HTML page: scripts and styles dropped, blocks on their own lines."""
    return "\n".join(line.text for line in html_lines(markup, grids))


def read(path: Path, data: bytes, document_id: str):
    """Read an HTML file."""
    markup, _ = decode(data)
    grids: list = []
    raw = html_lines(markup, grids)
    clean, found = tables.html_tables([line.text for line in raw], grids)
    lines = [replace(line, text=text) if text != line.text else line for line, text in zip(raw, clean, strict=True)]
    pages, repairs, messages = repair_pages([lines])  # UTF-8 once read as cp1252 & co, repaired here once
    return build_document(document_id, str(path), "html", pages, tables=found, messages=messages, line_repairs=repairs)
