"""Readers keep each line's typography: bold, italic, underline, relative size, heading level,
indentation, capitals; None where a format cannot tell (plain text without marks, OCR)."""

from __future__ import annotations

import struct

import pytest

from pipeline.read import read_file
from pipeline.read.common import RawLine, build_document, markup_typography
from pipeline.read.pdf import _sfnt_style
from pipeline.records import Line
from tests.conftest import sample_path
from tests.pdfgen import styled_pdf

# (text, font, size, underlined) -> (bold, italic, underline, relative size)
PDF_ROWS = [
    (("Conseil municipal du 12 mars 2024", "R", 10, False), (False, False, False, 1.0)),
    (("1. Budget primitif 2024", "B", 10, False), (True, False, False, 1.0)),
    (("Objet : tarifs de la cantine scolaire", "R", 10, True), (False, False, True, 1.0)),
    (("ORDRE DU JOUR", "R", 14, False), (False, False, False, 1.4)),
    (("Le conseil municipal, après en avoir délibéré, approuve le budget.", "R", 10, False), (False, False, False, 1.0)),
    (("Questions diverses", "I", 10, False), (False, True, False, 1.0)),
    (("DÉLIBÉRATION N° 2024-12", "B", 12, True), (True, False, True, 1.2)),
    (("Titre en gras simulé par le trait", "R", 10, False), (True, False, False, 1.0)),  # drawn with fill and stroke
    (("6411 Dépenses de personnel 1 600", "R", 10, False), (False, False, False, 1.0)),  # a ruled table cell
    (("Vote : unanimité", "R", 10, False), (False, False, False, 1.0)),
]


@pytest.fixture(scope="module")
def styled(tmp_path_factory):
    path = tmp_path_factory.mktemp("typo") / "styled.pdf"
    path.write_bytes(styled_pdf([row for row, _ in PDF_ROWS], stroked=(7,), grid=(8,)))
    return read_file(path)


@pytest.mark.parametrize("index", range(len(PDF_ROWS)), ids=[row[0][0][:30] for row in PDF_ROWS])
def test_pdf_lines_carry_their_typography(styled, index):
    (text, _, _, _), expected = PDF_ROWS[index]
    line = styled.lines[index]
    assert line.text == text
    assert (line.bold, line.italic, line.underline, line.size) == expected


def test_pdf_lines_carry_their_place_on_the_page(styled):
    line = styled.lines[0]
    assert line.x0 == 56.0 and line.x1 > line.x0 + 100 and line.indent == 0.0
    assert (styled.pages[0].width, styled.pages[0].height) == (595.0, 842.0)


def _sfnt(head_mac_style: int | None = None, os2_weight: int | None = None) -> bytes:
    """A TrueType program reduced to its table directory and the tables read for the style."""
    tables = {}
    if head_mac_style is not None:
        tables[b"head"] = bytes(44) + struct.pack(">H", head_mac_style) + bytes(8)
    if os2_weight is not None:
        tables[b"OS/2"] = bytes(4) + struct.pack(">H", os2_weight) + bytes(58)
    out = bytearray(b"\x00\x01\x00\x00" + struct.pack(">HHHH", len(tables), 0, 0, 0))
    offset = 12 + 16 * len(tables)
    body = b""
    for tag, data in tables.items():
        out += tag + struct.pack(">III", 0, offset + len(body), len(data))
        body += data
    return bytes(out + body)


@pytest.mark.parametrize(
    "data, expected",
    [
        (_sfnt(head_mac_style=1), (True, False)),  # "CIDFont+F1" of Microsoft's PDF printer: bold by its own header
        (_sfnt(head_mac_style=2), (False, True)),
        (_sfnt(head_mac_style=0, os2_weight=700), (True, False)),
        (_sfnt(head_mac_style=0, os2_weight=400), (False, False)),
        (b"%!PS-AdobeFont-1.0: Helvetica", None),  # a Type 1 program: the name and flags decide
        (b"\x00\x01\x00\x00\x00\x05", None),  # truncated
    ],
)
def test_an_anonymous_font_tells_its_style_by_its_program(data, expected):
    assert _sfnt_style(data) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("## ORDRE DU JOUR", {"bold": True, "heading": 2}),
        ("**1. Budget primitif 2024**", {"bold": True, "heading": None}),
        ("1. **Budget primitif 2024**", {"bold": True}),
        ("__Objet : tarifs de la cantine__", {"bold": True}),
        ("_Questions diverses_", {"italic": True, "bold": False}),
        ("*Questions diverses*", {"italic": True}),
        ("<u>Objet : tarifs</u>", {"underline": True}),
        # must not: a word in bold inside a sentence, a bullet, underscores inside a word, escapes
        ("Le conseil **approuve** le budget primitif 2024 et les tarifs.", {"bold": False}),
        ("* Budget primitif 2024", {"italic": False, "bold": False}),
        ("Compte 6411_personnel_titulaire", {"italic": False}),
        ("M. \\_DUPONT\\_", {"italic": False}),
        ("#2024-12 Tarifs", {"heading": None, "bold": False}),
    ],
)
def test_markdown_marks_give_typography(line, expected):
    got = markup_typography(line)
    assert {key: got.get(key) for key in expected} == expected


def test_plain_text_without_marks_has_unknown_typography(tmp_path):
    path = tmp_path / "cr.txt"
    path.write_text("ORDRE DU JOUR\n1. Budget primitif 2024\n", encoding="utf-8")
    line = read_file(path).lines[0]
    assert (line.bold, line.italic, line.underline, line.size) == (None, None, None, None)
    assert line.capitals


def test_markdown_unmarked_lines_are_plain(tmp_path):
    path = tmp_path / "cr.md"
    path.write_text("# Conseil municipal\n\n**1. Budget primitif 2024**\n    Le conseil approuve.\n", encoding="utf-8")
    lines = read_file(path).lines
    assert (lines[0].heading, lines[0].bold) == (1, True)
    assert lines[2].bold is True
    assert (lines[3].bold, lines[3].indent) == (False, 4.0)


def test_docx_runs_and_styles(tmp_path):
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.add_heading("Compte rendu du conseil municipal", level=1)
    document.add_paragraph().add_run("1. Budget primitif 2024").bold = True
    document.add_paragraph().add_run("Objet : tarifs de la cantine").underline = True
    document.add_paragraph("Le conseil municipal, après en avoir délibéré, approuve.")
    document.add_paragraph().add_run("ORDRE DU JOUR").font.size = Pt(16)
    document.add_paragraph("Budget annexe de l'eau", style="List Paragraph")
    document.add_paragraph().add_run("Questions diverses").italic = True
    path = tmp_path / "cr.docx"
    document.save(path)
    got = [(line.bold, line.italic, line.underline, line.size, line.heading, line.indent) for line in read_file(path).lines]
    assert got == [
        (True, False, False, 1.27, 1, 0.0),  # "Heading 1": bold, 14 points over the default 11
        (True, False, False, 1.0, None, 0.0),
        (False, False, True, 1.0, None, 0.0),
        (False, False, False, 1.0, None, 0.0),
        (False, False, False, 1.45, None, 0.0),
        (False, False, False, 1.0, None, 36.0),  # "List Paragraph" is indented by its style
        (False, True, False, 1.0, None, 0.0),
    ]


def test_html_tags_and_inline_styles(tmp_path):
    path = tmp_path / "cr.html"
    path.write_text(
        "<html><body><h2>Ordre du jour</h2><p><b>1. Budget primitif</b></p><p>Le conseil <u>approuve</u> le budget.</p>"
        "<p><span style='text-decoration: underline; font-weight: bold'>Objet : tarifs</span></p>"
        "<p><font size=5>GRAND TITRE</font></p><p><em>Questions diverses</em></p></body></html>",
        encoding="utf-8",
    )
    lines = [line for line in read_file(path).lines if line.text]
    got = [(line.text, line.bold, line.italic, line.underline, line.heading, line.size) for line in lines]
    assert got == [
        ("Ordre du jour", True, False, False, 2, 1.5),
        ("1. Budget primitif", True, False, False, None, 1.0),
        ("Le conseil approuve le budget.", False, False, False, None, 1.0),
        ("Objet : tarifs", True, False, True, None, 1.0),
        ("GRAND TITRE", False, False, False, None, 1.5),
        ("Questions diverses", False, True, False, None, 1.0),
    ]


def test_sizes_are_relative_to_the_body_and_indents_to_the_margin():
    rows = [RawLine("TITRE", 56.0, 100.0, size=16.0)] + [RawLine(f"Le conseil délibère {i}.", 56.0, 120.0 + 14 * i, size=10.0) for i in range(5)]
    rows.append(RawLine("- retrait", 74.0, 200.0, size=10.0))
    doc = build_document("0" * 64, "a.pdf", "pdf", [rows])
    assert [line.size for line in doc.lines] == [1.6, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
    assert doc.lines[-1].indent == 18.0


@pytest.mark.parametrize("text, capitals", [("ORDRE DU JOUR", True), ("I. AFFAIRES GÉNÉRALES", True), ("Ordre du jour", False),
                                            ("DM 1", False), ("2024-12", False)])
def test_capitals(text, capitals):
    assert Line(text, 0, len(text), 1).capitals is capitals


def test_anonymous_fonts_of_a_printed_pdf():
    """Microsoft's PDF printer names its fonts "CIDFont+F1": their embedded programs say which is bold."""
    doc = read_file(sample_path("pierrefonds_CR_2019-06-13.pdf"))
    by_text = {line.text.strip(): line for line in doc.lines}
    assert by_text["Ordre du jour"].bold and by_text["Ordre du jour"].underline
    prose = next(line for line in doc.lines if line.text.startswith("Madame BOURBIER fait tourner"))
    assert prose.bold is False and prose.underline is False
