"""DOCX: paragraphs and tables in document order; table cells separated by tabs, and the tables
themselves given with the document (`tables.docx_table`: merged cells keep their place).

Each line keeps its typography from the run and paragraph styles, resolved as Word resolves
them (the run's own formatting, else its character style, else the paragraph's style and the
styles it is based on, else the document's defaults): bold, italic and underline when most of
its letters have them, the size most of its letters are set in, the heading level of a
"Heading 2" / "Titre 2" style or an outline level, and the left indentation in points.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import regex

from pipeline.read import tables
from pipeline.read.common import RawLine, UnreadableDocument, build_document

MOSTLY = 0.6  # share of a line's letters that makes it bold (italic, underlined)
DEFAULT_SIZE = 11.0  # points, when the document states no default size
# A heading style's name, as Word stores it in English or as a French template names it
_HEADING_STYLE = regex.compile(r"^(?:heading|titre)\s*(?P<level>[1-9])$", regex.I)
_TITLE_STYLE = regex.compile(r"^(?:title|titre)$", regex.I)


def _chain(style):
    """A style and the styles it is based on."""
    seen = 0
    while style is not None and seen < 20:
        yield style
        style, seen = style.base_style, seen + 1


def _resolved(run, paragraph_styles: list, attribute: str):
    """A run's font attribute (bold, italic, underline, size) as Word resolves it."""
    value = getattr(run.font, attribute)
    if value is not None:
        return value
    try:
        character_style = run.style
    except (KeyError, ValueError):
        character_style = None
    for style in [*_chain(character_style), *paragraph_styles]:
        value = getattr(style.font, attribute, None)
        if value is not None:
            return value
    return None


def _heading_level(paragraph_styles: list, paragraph) -> int | None:
    outline = paragraph._p.xpath("./w:pPr/w:outlineLvl/@w:val")
    for style in paragraph_styles:
        name = style.name or ""
        m = _HEADING_STYLE.match(name)
        if m:
            return int(m["level"])
        if _TITLE_STYLE.match(name):
            return 1
        outline = outline or style.element.xpath("./w:pPr/w:outlineLvl/@w:val")
    if outline and outline[0].isdigit() and int(outline[0]) < 9:
        return int(outline[0]) + 1
    return None


def _runs(paragraph):
    for item in paragraph.iter_inner_content():
        yield from getattr(item, "runs", [item])


def _typography(paragraphs: list, default_size: float) -> dict:
    """Typography of the line made of `paragraphs` (one, or the cells of a table row)."""
    letters = bold = italic = underline = 0
    sizes: Counter = Counter()
    heading = indent = None
    for paragraph in paragraphs:
        try:
            styles = list(_chain(paragraph.style))
        except (KeyError, ValueError):
            styles = []
        heading = heading or _heading_level(styles, paragraph)
        if indent is None:
            left = paragraph.paragraph_format.left_indent
            for style in styles:
                left = left if left is not None else style.paragraph_format.left_indent
            indent = round(left.pt, 1) if left is not None else 0.0
        for run in _runs(paragraph):
            count = sum(1 for c in run.text if c.isalnum())
            if not count:
                continue
            letters += count
            bold += count * bool(_resolved(run, styles, "bold"))
            italic += count * bool(_resolved(run, styles, "italic"))
            underline += count * bool(_resolved(run, styles, "underline"))
            size = _resolved(run, styles, "size")
            sizes[size.pt if size is not None else default_size] += count
    if not letters:
        return {"heading": heading, "indent": indent}
    return {
        "bold": bold >= MOSTLY * letters, "italic": italic >= MOSTLY * letters, "underline": underline >= MOSTLY * letters,
        "size": sizes.most_common(1)[0][0], "heading": heading, "indent": indent,
    }


def _default_size(document) -> float:
    """The document's default font size in points (w:docDefaults, in half-points)."""
    found = document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val")
    try:
        return int(found[0]) / 2 if found else DEFAULT_SIZE
    except ValueError:
        return DEFAULT_SIZE


def read(path: Path, data: bytes, document_id: str):
    """Read a Word (.docx) file; a renamed file is recognised by its bytes, not its name."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise UnreadableDocument(f"le fichier ressemble à une archive ZIP mais n'est pas un document Word lisible ({type(exc).__name__})") from exc
    default_size = _default_size(document)
    lines: list[RawLine] = []
    found = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            style = _typography([paragraph], default_size)
            lines.extend(RawLine(part, **style) for part in paragraph.text.split("\n"))
        elif tag == "tbl":
            table = Table(child, document)
            found.append(tables.docx_table(table, len(lines)))
            for row in table.rows:
                style = _typography([p for cell in row.cells for p in cell.paragraphs], default_size)
                lines.append(RawLine("\t".join(cell.text.replace("\n", " ") for cell in row.cells), **style))
    return build_document(document_id, str(path), "docx", [lines], tables=tuple(found))
