"""HTML: the visible text of a page, one line per block, table cells separated by tabs; the
tables themselves go with the document too (`tables` module: merged cells keep their place)."""

from __future__ import annotations

from pathlib import Path

from pipeline.read import tables
from pipeline.read.common import RawLine, build_document, split_text_lines
from pipeline.read.text import decode

BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header", "footer")


def html_to_text(markup: str, grids: list | None = None) -> str:
    """Visible text of an HTML page: scripts and styles dropped, blocks on their own lines.
    With `grids`, the tables' grids are appended to it and their rows marked in the text
    (`tables.html_tables` takes the marks out)."""
    from bs4 import BeautifulSoup

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
    lines = ["\t".join(" ".join(cell.split()) for cell in line.split("\t")).strip() for line in soup.get_text().split("\n")]
    out, blank = [], False
    for line in lines:
        if line or not blank:
            out.append(line)
        blank = not line
    return "\n".join(out).strip()


def read(path: Path, data: bytes, document_id: str):
    """Read an HTML file."""
    markup, _ = decode(data)
    grids: list = []
    text = html_to_text(markup, grids)
    lines, found = tables.html_tables([line.text for line in split_text_lines(text)], grids)
    return build_document(document_id, str(path), "html", [[RawLine(line) for line in lines]], tables=found)
