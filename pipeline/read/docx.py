"""DOCX: paragraphs and tables in document order; table cells separated by tabs, and the tables
themselves given with the document (`tables.docx_table`: merged cells keep their place)."""

from __future__ import annotations

import io
from pathlib import Path

from pipeline.read import tables
from pipeline.read.common import RawLine, UnreadableDocument, build_document


def read(path: Path, data: bytes, document_id: str):
    """Read a Word (.docx) file; a renamed file is recognised by its bytes, not its name."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise UnreadableDocument(f"le fichier ressemble à une archive ZIP mais n'est pas un document Word lisible ({type(exc).__name__})") from exc
    lines: list[RawLine] = []
    found = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.extend(RawLine(part) for part in Paragraph(child, document).text.split("\n"))
        elif tag == "tbl":
            table = Table(child, document)
            found.append(tables.docx_table(table, len(lines)))
            for row in table.rows:
                lines.append(RawLine("\t".join(cell.text.replace("\n", " ") for cell in row.cells)))
    return build_document(document_id, str(path), "docx", [lines], tables=tuple(found))
