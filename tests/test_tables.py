"""Tables in the read stage: the PDF pages that may hold a DM table read with pdfplumber, DOCX and
HTML tables from their markup, and the budget extractor reading only what the reader gives."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import replace
from decimal import Decimal

import pytest

from extractors import budget
from pipeline.process import process_file
from pipeline.read import read_file, tables
from pipeline.read.common import RawLine
from pipeline.segment import segment
from tests.conftest import sample_path
from tests.pdfgen import table_pdf

HEADING = ["COMMUNE DE SAINT-TEST", "Séance du conseil municipal du 12 mars 2024",
           "3. Décision modificative n°2 - budget principal", "INVESTISSEMENT - DEPENSES"]
AFTER = ["Après en avoir délibéré, le conseil municipal adopte à l'unanimité."]
# "CREDITS A OUVRIR / CREDITS A REDUIRE", a header wrapped inside its cell, an operation
# column, the nature as the label, signed amounts with a dot for decimals, one without "€"
ROWS = [
    ["CREDITS A OUVRIR", "", "", "", ""],
    ["Chapitr\ne", "Article", "Opération", "Nature", "Montant"],
    ["23", "2315", "OSS/021", "Installations, matériel et\noutillage techniques", "+ 18 000.00"],
    ["CREDITS A REDUIRE", "", "", "", ""],
    ["21", "2128", "op. 161", "Autres agencements", "- 18 000.00"],
    ["65", "6574", "", "Subventions", "+ 150"],
]
WIDTHS = [50, 50, 60, 200, 80]
EXPECTED = [
    ("investissement", "dépense", "2315", "23", "OSS/021", Decimal("18000.00")),
    ("investissement", "dépense", "2128", "21", "op. 161", Decimal("-18000.00")),
    ("investissement", "dépense", "6574", "65", None, Decimal("150")),
]


def _lines(doc):
    out = budget.extract(doc, segment(doc))
    return [(b.section, b.side, b.article, b.chapter, b.operation, b.amount) for b in out["budget_lines"]]


def _pdf(tmp_path, data: bytes, name: str = "dm.pdf"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_file(path)


# ---------------------------------------------------------------------------------------------
# Which pages are read with pdfplumber
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Chapitre Article Libellé article Dépenses Recettes",
    "Article (Chap.) - Opération Montant Article (Chap.) - Montant",
    "Chapitr Article Opération Nature Montant",  # "Chapitre" wrapped in its cell
    "Section Article Objet Montant",
    "Désignation Diminution de crédits Augmentation de crédits",
    "Imputation Libellé Montant",
])
def test_header_like(text):
    assert tables.header_like(text)


@pytest.mark.parametrize("text", [
    "Section de fonctionnement - Dépenses",
    "Dépenses Recettes",
    "Il convient d'effectuer un virement de chapitre pour un montant de 5 200€.",
    "Le montant de l'opération est inscrit à l'article 2315 du budget.",
    "Présents : M. Jean DUPONT, Mme Anne MARTIN",
])
def test_not_header_like(text):
    assert not tables.header_like(text)


def test_pages_read_with_pdfplumber_only_where_a_dm_table_may_be():
    header = RawLine("Chapitre Article Libellé Montant")
    row = RawLine("2051 (20) : Concessions -5 200,00")
    prose = RawLine("Le conseil approuve le compte rendu de la séance précédente.")
    amendment = RawLine("Décision modificative n°1")
    # a page with a header, the page after it when it continues the table; not the others
    assert tables.table_pages([[amendment, header], [row, prose], [prose]]) == [0, 1]
    # no amendment in the document: no table page at all (a price list is not read)
    assert tables.table_pages([[RawLine("Tarifs 2024"), header], [row]]) == []
    # a scanned page has no text layer to give pdfplumber
    assert tables.table_pages([[amendment], [header]], skip={1}) == []


# ---------------------------------------------------------------------------------------------
# PDF tables
# ---------------------------------------------------------------------------------------------


def test_ruled_grid_read_with_the_table_finder(tmp_path):
    doc = _pdf(tmp_path, table_pdf(HEADING, ROWS, WIDTHS, AFTER))
    assert [t.strategy for t in doc.tables] == ["lines"]
    grid = doc.tables[0]
    assert grid.page == 1 and grid.bbox[0] == pytest.approx(56.0, abs=1)
    header = grid.rows[1]
    assert header.cells[0].text == "Chapitr\ne" and header.cells[0].x0 == pytest.approx(56.0, abs=1)
    # every row leads back to the document lines it is printed on
    row = grid.rows[2]
    assert [doc.lines[i].text for i in row.lines] == ["23 2315 OSS/021 Installations, matériel et + 18 000.00", "outillage techniques"]
    assert _lines(doc) == EXPECTED


def test_unruled_table_read_from_its_words(tmp_path):
    rows = [[c.replace("\n", "") for c in row] for row in ROWS]  # one line per row, as a Word export without borders
    doc = _pdf(tmp_path, table_pdf(HEADING, rows, WIDTHS, AFTER, ruled=False))
    assert [t.strategy for t in doc.tables] == ["text"]
    words = [row for row in doc.tables[0].rows if row.cells[0].text == "21"][0]
    assert [c.text for c in words.cells][:4] == ["21", "2128", "op.", "161"]
    assert _lines(doc) == EXPECTED


def test_characters_with_a_rounding_skew_are_upright():
    class Page:
        chars = [{"upright": False, "matrix": (1.00132, -1.2e-07, -3e-08, 1.0, 72.9, 733.0)},
                 {"upright": False, "matrix": (0.0, 1.0, -1.0, 0.0, 72.9, 733.0)}]  # really rotated

    page = Page()
    tables._straighten(page)
    assert [c["upright"] for c in page.chars] == [True, False]


@pytest.mark.parametrize("obj, visible", [
    ({"object_type": "line", "stroking_color": (0, 0, 0)}, True),
    ({"object_type": "line", "stroking_color": (0.88, 0.88, 0.88)}, False),  # a near-white separator
    ({"object_type": "rect", "width": 200, "height": 0.5, "fill": True, "non_stroking_color": (0,)}, True),  # a rule drawn as a rect
    ({"object_type": "rect", "width": 200, "height": 40, "fill": True, "stroke": False, "non_stroking_color": (0.9,)}, False),  # shading
    ({"object_type": "rect", "width": 595, "height": 842, "fill": True, "stroke": False, "non_stroking_color": (1,)}, False),  # page background
    ({"object_type": "rect", "width": 80, "height": 14, "stroke": True, "stroking_color": (0, 0, 0)}, True),  # a stroked cell
    ({"object_type": "curve", "width": 229, "height": 0.5, "fill": True, "non_stroking_color": (0.0,)}, True),  # a rule drawn as a path
])
def test_visible_rulings(obj, visible):
    assert tables._visible(obj) is visible


def test_a_table_page_that_cannot_be_read_is_recorded(tmp_path, monkeypatch):
    """The document becomes partial with a message; its lines stay, read as text."""

    class Broken:
        def __init__(self, *args, **kwargs):
            raise ValueError("damaged content stream")

    monkeypatch.setattr(tables, "PdfiumPage", Broken)
    doc = _pdf(tmp_path, table_pdf(HEADING, ROWS, WIDTHS, AFTER))
    assert doc.status == "partial"
    assert any("page 1 : tableau non lu" in m and "ValueError" in m for m in doc.messages)
    assert doc.tables == () and len(doc.lines) > 8


@pytest.mark.parametrize("engine, reader", [("pdfium", "PDFium"), ("pdfminer", "pdfplumber")])
def test_a_pdf_that_cannot_be_opened_is_recorded(engine, reader):
    pages = [[RawLine("Décision modificative n°1"), RawLine("Chapitre Article Libellé Montant")]]
    found, messages = tables.read_pdf_tables(b"%PDF-1.4 truncated", pages, engine=engine)
    assert found == () and messages[0].startswith(f"tableaux des pages 1 non lus : {reader} n'a pu ouvrir le PDF")


def _tables(found):
    return [(t.page, t.strategy, [round(v) for v in t.bbox or ()],
             [(r.lines, [None if c is None else (c.text, round(c.x0 or 0), round(c.top or 0)) for c in r.cells]) for r in t.rows])
            for t in found]


@pytest.mark.parametrize("ruled", [True, False])
def test_pdfium_objects_give_pdfplumbers_tables(tmp_path, ruled):
    """pdfplumber's table finder, words and cell text on the page's objects as PDFium gives them
    read the same tables as on pdfminer's parse of the page (four times the cost)."""
    rows = ROWS if ruled else [[c.replace("\n", "") for c in row] for row in ROWS]
    data = table_pdf(HEADING, rows, WIDTHS, AFTER, ruled=ruled)
    doc = _pdf(tmp_path, data)
    pages = [[RawLine(line.text, line.x0, line.top) for line in doc.lines if line.page == 1]]
    fast, fast_messages = tables.read_pdf_tables(data, pages)
    slow, slow_messages = tables.read_pdf_tables(data, pages, engine="pdfminer")
    assert fast and fast_messages == slow_messages == []
    assert _tables(fast) == _tables(slow)


def test_pdfium_page_objects_as_pdfplumber_builds_them(tmp_path):
    """Characters at pdfminer's places (origin and advance; one font size from the descent,
    within half a point), the grid's rulings as the same edges."""
    import pdfplumber
    import pypdfium2

    data = table_pdf(HEADING, ROWS, WIDTHS, AFTER)
    with pdfplumber.open(io.BytesIO(data)) as plumber:
        page = plumber.pages[0]
        expected_chars = [(c["text"], round(c["x0"], 2), round(c["x1"], 2), round(c["top"], 2), round(c["bottom"], 2))
                          for c in page.chars if not c["text"].isspace()]
        expected_edges = sorted((e["orientation"], round(e["x0"], 2), round(e["top"], 2), round(e["x1"], 2), round(e["bottom"], 2))
                                for e in page.edges)
    pdf = pypdfium2.PdfDocument(data)
    try:
        pdfium_page = pdf[0]
        textpage = pdfium_page.get_textpage()
        mine = tables.PdfiumPage(pdfium_page, textpage, 1)
        chars = [(c["text"], round(c["x0"], 2), round(c["x1"], 2), round(c["top"], 2), round(c["bottom"], 2))
                 for c in mine.chars if not c["text"].isspace()]
        edges = sorted((e["orientation"], round(e["x0"], 2), round(e["top"], 2), round(e["x1"], 2), round(e["bottom"], 2))
                       for e in mine.edges)
        textpage.close()
        pdfium_page.close()
    finally:
        pdf.close()
    # a font's descent is PDFium's (here Helvetica's built-in metrics, pdfminer's AFM differ by 0.16 point)
    # (PDFium keeps positions in single precision: a hundredth of a point)
    assert [c[0] for c in chars] == [c[0] for c in expected_chars] and len(chars) > 300
    assert all(abs(a[1] - b[1]) <= 0.02 and abs(a[2] - b[2]) <= 0.02 and abs(a[3] - b[3]) < 0.5 and abs(a[4] - b[4]) < 0.5
               for a, b in zip(chars, expected_chars, strict=True))
    assert edges == expected_edges and edges


# ---------------------------------------------------------------------------------------------
# The extractor never reopens the file
# ---------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_budget_lines_do_not_depend_on_the_documents_path(monkeypatch):
    """The same document under an unreachable path gives the same six balanced lines (it used
    to give 4 lines totalling 5,160 €, a false budget_unbalanced finding, and status ok)."""
    path = sample_path("numerian_2024-09-30_grid.pdf")
    data = path.read_bytes()
    doc = read_file(path, data)
    expected = _lines(doc)
    assert len(expected) == 6
    moved = replace(doc, path="/unreachable/volume/numerian_2024-09-30_grid.pdf")
    opened = []
    import pypdfium2

    monkeypatch.setattr(pypdfium2, "PdfDocument", lambda *a, **k: opened.append(a) or (_ for _ in ()).throw(OSError("reopened")))
    assert _lines(moved) == expected
    assert not opened
    # through the whole worker function, from bytes under a path that does not exist
    monkeypatch.undo()
    result = process_file("/unreachable/volume/numerian_2024-09-30_grid.pdf", data)
    assert result.status == "ok"
    lines = result.extraction.budget_lines
    assert len(lines) == 6
    for amendment in {b.amendment for b in lines}:  # each DM is a virement between chapters: it nets to zero
        assert sum(b.amount for b in lines if b.amendment == amendment) == 0


def test_extractor_reads_no_file():
    """No PDF library in the extractor: layout comes from the reader."""
    source = (budget.__file__ and open(budget.__file__, encoding="utf-8").read())
    assert "pypdfium2" not in source and "pdfplumber" not in source and "doc.path" not in source


# ---------------------------------------------------------------------------------------------
# DOCX and HTML tables
# ---------------------------------------------------------------------------------------------


def test_docx_table_with_merged_cells(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Décision modificative n°2 – budget annexe assainissement")
    document.add_paragraph("Section d'investissement")
    table = document.add_table(rows=3, cols=4)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Dépenses"
    table.cell(0, 2).merge(table.cell(0, 3)).text = "Recettes"
    for c, text in enumerate(["Article", "Montant", "Article", "Montant"]):
        table.cell(1, c).text = text
    for c, text in enumerate(["2315 Installations", "+ 5 000,00", "1323 Subvention\ndu département", "5 000,00"]):
        table.cell(2, c).text = text
    document.add_paragraph("Vote : unanimité")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "dm.docx"
    path.write_bytes(buffer.getvalue())
    doc = read_file(path)
    assert [t.strategy for t in doc.tables] == ["docx"]
    first = doc.tables[0].rows[0]
    assert [c.text if c else None for c in first.cells] == ["Dépenses", None, "Recettes", None]
    assert doc.lines[first.lines[0]].text == "Dépenses\tDépenses\tRecettes\tRecettes"
    out = budget.extract(doc, segment(doc))
    assert [(b.budget, b.section, b.side, b.article, b.amount) for b in out["budget_lines"]] == [
        ("assainissement", "investissement", "dépense", "2315", Decimal("5000.00")),
        ("assainissement", "investissement", "recette", "1323", Decimal("5000.00")),
    ]


HTML = """<html><body><p>Décision modificative n°1</p><p>FONCTIONNEMENT</p>
<table><tr><th>Chapitre</th><th>Article</th><th>Libellé</th><th colspan=2>Montant</th></tr>
<tr><td>011</td><td>6068</td><td>Autres matières<br>et fournitures</td><td>Dépenses</td><td>- 1 000,00</td></tr>
<tr><td rowspan=2>70</td><td>7067</td><td>Redevances</td><td>Recettes</td><td>2 500,00</td></tr>
<tr><td>7066</td><td>Autres redevances</td><td>Recettes</td><td>- 1 500,00</td></tr>
</table><p>Adopté à l'unanimité</p></body></html>"""


def test_html_table_with_spans_and_wrapped_cells(tmp_path):
    path = tmp_path / "dm.html"
    path.write_text(HTML, encoding="utf-8")
    doc = read_file(path)
    assert "\u2063" not in doc.text  # the row marks are taken out of the text
    grid = doc.tables[0]
    assert [c.text if c else None for c in grid.rows[0].cells] == ["Chapitre", "Article", "Libellé", "Montant", None]
    assert [c.text if c else None for c in grid.rows[3].cells][:2] == [None, "7066"]  # under the rowspan
    assert len(grid.rows[1].lines) == 2  # "<br>" wraps the row over two lines of text
    out = budget.extract(doc, segment(doc))
    assert [(b.section, b.article, b.chapter, b.amount, b.label) for b in out["budget_lines"]] == [
        ("fonctionnement", "6068", "011", Decimal("-1000.00"), "Autres matières et fournitures"),
        ("fonctionnement", "7067", "70", Decimal("2500.00"), "Redevances"),
        ("fonctionnement", "7066", "70", Decimal("-1500.00"), "Autres redevances"),  # the chapter spans both rows
    ]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["numerian_2024-09-30_grid.pdf", "numerian_2024-09-30_word.pdf"])
def test_seed_tables(name):
    """The seed's two renderings: a ruled grid (pdfplumber's table finder) and a Word export
    without borders (words with their boxes), and the same budget lines from both."""
    doc = read_file(sample_path(name))
    strategies = Counter(t.strategy for t in doc.tables)
    # a table header on pages 9 and 10 (grid), 10 and 11 (word; its second table's total row, alone on page 12, reads as text)
    assert strategies == (Counter({"lines": 2}) if "grid" in name else Counter({"text": 2}))
    assert {t.page for t in doc.tables} == ({9, 10} if "grid" in name else {10, 11})
    assert Counter((b[2], b[5]) for b in _lines(doc)) == Counter({
        ("1641", Decimal("5200.00")): 1, ("2051", Decimal("-5200.00")): 1, ("607", Decimal("-145600.00")): 1,
        ("6411", Decimal("110000.00")): 1, ("66111", Decimal("600.00")): 1, ("673", Decimal("35000.00")): 1})
