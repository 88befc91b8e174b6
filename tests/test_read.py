"""Readers: every format gives text whose offsets lead back to the page, identified by its bytes."""

from __future__ import annotations

import hashlib

import pytest

from pipeline.read import UnreadableDocument, read_file, sniff_format
from pipeline.read.common import RawLine, build_document, find_boilerplate
from tests.conftest import sample_path

PROSE = "Le Conseil Municipal de Pierrefonds, dûment convoqué le 8 décembre 2022, s’est réuni — 1 600 €."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_text_in_every_common_encoding(tmp_path, encoding):
    text = PROSE if encoding not in ("latin-1",) else PROSE.replace("’", "'").replace("—", "-").replace("€", "euros")
    path = tmp_path / "cr.txt"
    path.write_bytes(text.encode(encoding))
    doc = read_file(path)
    assert doc.text.strip() == text
    assert doc.document_id == hashlib.sha256(path.read_bytes()).hexdigest()


def test_markdown_keeps_its_lines_and_format(tmp_path):
    path = tmp_path / "cr.md"
    path.write_text("## ORDRE DU JOUR\n\n1. Budget\n", encoding="utf-8")
    doc = read_file(path)
    assert doc.format == "markdown"
    assert [line.text for line in doc.lines] == ["## ORDRE DU JOUR", "", "1. Budget", ""]


def test_html_visible_text_only(tmp_path):
    path = tmp_path / "cr.html"
    path.write_text(
        "<html><head><title>x</title><script>alert('x')</script></head><body><h1>Ordre du jour</h1>"
        "<ol><li>1. Budget</li></ol><table><tr><td>6411</td><td>1 600,00</td></tr></table></body></html>",
        encoding="utf-8",
    )
    doc = read_file(path)
    assert "alert" not in doc.text
    assert "Ordre du jour" in doc.text and "1. Budget" in doc.text
    assert "6411\t1 600,00" in doc.text


def test_docx_paragraphs_and_tables(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Ordre du jour")
    document.add_paragraph("1. Décision modificative n°1")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "6411", "110 000,00"
    path = tmp_path / "cr.docx"
    document.save(path)
    doc = read_file(path)
    assert doc.format == "docx"
    assert [line.text for line in doc.lines] == ["Ordre du jour", "1. Décision modificative n°1", "6411\t110 000,00"]


def test_a_word_file_named_pdf_is_read_as_word(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Compte rendu")
    path = tmp_path / "cr.pdf"
    document.save(path)
    assert read_file(path).format == "docx"


def test_sniffing_trusts_the_bytes():
    from pathlib import Path

    assert sniff_format(Path("a.txt"), b"%PDF-1.4\n") == "pdf"
    assert sniff_format(Path("a.pdf"), b"PK\x03\x04") == "docx"
    assert sniff_format(Path("a.txt"), b"<!DOCTYPE html><html>") == "html"


def test_empty_file_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "vide.pdf"
    path.write_bytes(b"")
    with pytest.raises(UnreadableDocument, match="vide"):
        read_file(path)


def test_garbage_named_pdf_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "faux.pdf"
    path.write_bytes(b"\x00\x01garbage" * 100)
    with pytest.raises(UnreadableDocument, match="PDF"):
        read_file(path)


def test_pdf_lines_lead_back_to_their_page():
    doc = read_file(sample_path("pierrefonds_CM_2022-12-13.pdf"))
    assert len(doc.pages) == 6
    offset = doc.text.index("La séance est levée à 19h58")
    assert doc.page_at(offset) == 6
    prov = doc.provenance(offset, offset + 27)
    assert (prov.page, prov.text) == (6, "La séance est levée à 19h58")
    line = next(line for line in doc.lines if line.text.startswith("Présents :"))
    assert line.page == 1 and line.x0 is not None and doc.text[line.start:line.end] == line.text


def test_running_footers_are_marked_boilerplate():
    words = "budget eau tarifs voirie cantine école vote conseil maire adjoint".split()
    pages = [
        [RawLine(f"{words[(i + j) % 10]} et {words[(i * j) % 10]} {words[j % 10]}") for j in range(10)]
        + [RawLine(f"Ville de Lannion Conseil Municipal du 8 juin 2020 {i}")]
        for i in range(1, 6)
    ]
    assert find_boilerplate(pages) == {"ville de lannion conseil municipal du # juin # #"}
    doc = build_document("x" * 64, "a.pdf", "pdf", pages)
    assert [line.text for line in doc.lines if line.boilerplate][:1] == ["Ville de Lannion Conseil Municipal du 8 juin 2020 1"]
    assert sum(line.boilerplate for line in doc.lines) == 5
