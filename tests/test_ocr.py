"""OCR: tables found in the image, lines assembled, confidence, cache key, cores lent between workers.

The image tests draw pages with PIL (no tesseract needed); the last test reads the dev corpus
scan with tesseract (slow, skipped without it)."""

from __future__ import annotations

import dataclasses

import pytest
from PIL import Image, ImageDraw

from pipeline import cores
from pipeline.read import ocr
from pipeline.read.common import RawLine

DPI = 300
PT = DPI / 72


def page(draw_on) -> Image.Image:
    """An A4 page at 300 dpi, white, with what `draw_on(draw)` draws."""
    image = Image.new("L", (2481, 3508), 255)
    draw_on(ImageDraw.Draw(image))
    return image


def ruled_table(draw, left=700, top=1800, widths=(300, 350, 650, 350), heights=(130, 100, 100, 150), skew=0):
    """A grid of rulings; `skew` pixels of drift along each horizontal ruling, as a scan gives."""
    right = left + sum(widths)
    y = top
    for height in (0, *heights):
        y += height
        draw.line((left, y, right, y + skew), fill=40, width=2)
    x = left
    for width in (0, *widths):
        x += width
        draw.line((x, top + heights[0], x, y), fill=40, width=2)  # the header row spans the columns
    draw.line((left, top, left, y), fill=40, width=2)
    draw.line((right, top, right, y), fill=40, width=2)


def test_a_ruled_table_is_found_with_its_columns():
    [table] = ocr.find_tables(page(lambda d: ruled_table(d, skew=6)), DPI)
    assert abs(table.left - 700) < 12 and abs(table.top - 1800) < 12
    assert len(table.rows) == 5
    assert [round((c - 700) / 10) * 10 for c in table.columns] == [300, 650, 1300]


def test_a_framed_box_is_found_without_columns():
    def stamp(draw):
        draw.rectangle((1640, 42, 2446, 268), outline=30, width=2)

    [box] = ocr.find_tables(page(stamp), DPI)
    assert box.columns == () and len(box.rows) == 2


@pytest.mark.parametrize("what", ["underlined lines", "a page frame", "one underline", "dense text"])
def test_what_is_not_a_table(what):
    def draw_on(draw):
        if what == "underlined lines":  # three underlined lines of a heading: rulings, but nothing crosses them
            for y in (1000, 1056, 1112):
                draw.line((700, y, 2200, y), fill=40, width=2)
                draw.text((700, y - 40), "Demande de retrait de la commune", fill=0)
        elif what == "a page frame":  # rulings a page apart
            draw.rectangle((90, 40, 2414, 3200), outline=30, width=3)
            draw.line((600, 40, 600, 3200), fill=30, width=3)
        elif what == "one underline":
            draw.line((700, 1400, 1500, 1400), fill=40, width=3)
        else:  # lines of heavy text make long runs of ink, but as high as letters
            for y in range(1000, 1200, 56):
                draw.rectangle((700, y, 2200, y + 20), fill=60)
    assert ocr.find_tables(page(draw_on), DPI) == []


def test_two_tables_one_above_the_other_are_two():
    def two(draw):
        ruled_table(draw, top=1000, heights=(66, 66, 66, 66))
        ruled_table(draw, top=1450, heights=(66, 66, 66, 66))

    assert len(ocr.find_tables(page(two), DPI)) == 2


def test_rulings_are_erased_and_letters_kept():
    import numpy as np

    def draw_on(draw):
        ruled_table(draw, left=100, top=100, widths=(300, 300), heights=(80, 80))
        draw.rectangle((150, 200, 160, 230), fill=0)  # a letter's stem: 30 pixels, under 14 points
    image = page(draw_on).crop((0, 0, 800, 400))
    erased = np.asarray(ocr.erase_rulings(image, DPI))
    assert erased[180, 200:350].min() == 255 and erased[150:250, 400].min() == 255  # rulings gone
    assert erased[200:231, 150:161].max() < 100  # the stem stays


def word(text, left, top, line, width=None, height=30, confidence=90.0):
    return ocr.Word(text, left, top, width or 20 * len(text), height, confidence, line)


def test_table_rows_become_lines_with_cells_left_to_right():
    """The DM table of a scan: the label wraps over two lines in its cell, the amount is
    top-aligned, the chapter bottom-aligned; the row is one line."""
    table = ocr.Table(700, 1800, 2350, 2320, (1800, 1950, 2055, 2160, 2320), (1050, 1400, 1870))
    words = [
        word("Chapitre", 720, 2100, (1, 1, 3)), word("21", 900, 2100, (1, 1, 3)),
        word("Compte", 1070, 2100, (1, 1, 3)), word("212", 1250, 2100, (1, 1, 3)),
        word("Aménagement", 1420, 2065, (1, 1, 2)), word("de", 1700, 2065, (1, 1, 2)),
        word("terrain", 1420, 2100, (1, 1, 3)),
        word("+", 1900, 2065, (1, 1, 2)), word("5500€", 2000, 2065, (1, 1, 2)),
        word("Dépenses", 1300, 1870, (1, 1, 1)),
    ]
    lines = [line.text for line in ocr.table_lines(table, words, 72 / DPI)]
    assert lines == ["Dépenses", "Chapitre 21 Compte 212 Aménagement de terrain + 5500€"]


@pytest.mark.parametrize("value, label, joined", [
    ("11", "délibération :", True),   # a margin box's count, put in another block by tesseract
    ("10", "en exercice :", True),
    ("11", "délibération", False),    # no colon: not a label
    ("Considérant", "délibération :", False),  # a word of the next column, not a value
])
def test_a_value_alone_on_its_row_joins_its_label(value, label, joined):
    words = [word(w, 160 + 120 * i, 870, (1, 1, 1)) for i, w in enumerate(label.split())]
    words.append(word(value, 640, 875, (5, 1, 1)))
    texts = [line.text for line in ocr.words_to_lines(words, 72 / DPI)]
    assert (texts == [f"{label} {value}"]) is joined


def test_a_value_far_from_the_label_stays_apart():
    words = [word("délibération", 160, 870, (1, 1, 1)), word(":", 420, 870, (1, 1, 1)), word("11", 2000, 870, (5, 1, 1))]
    assert len(ocr.words_to_lines(words, 72 / DPI)) == 2


def test_confidence_is_averaged_over_characters():
    words = [word("Considérant", 0, 0, (1, 1, 1), confidence=90), word("a", 0, 0, (1, 1, 1), confidence=10),
             word("", 0, 0, (1, 1, 1), confidence=-1)]
    assert ocr.confidence(words) == pytest.approx((11 * 90 + 10) / 12, abs=0.1)
    assert ocr.confidence([]) is None


def test_a_page_below_the_threshold_is_not_trusted():
    assert not ocr.PageOcr((RawLine("x"),), ocr.SETTINGS.min_page_confidence - 1).trusted
    assert ocr.PageOcr((RawLine("x"),), ocr.SETTINGS.min_page_confidence).trusted


def test_the_cache_key_changes_with_the_settings(monkeypatch):
    monkeypatch.setattr(ocr, "engine", lambda: type("E", (), {"name": "tesserocr-5.5.4"})())
    before = ocr.settings_key()
    monkeypatch.setattr(ocr, "SETTINGS", dataclasses.replace(ocr.SETTINGS, table_psm=11))
    assert ocr.settings_key() != before
    monkeypatch.setattr(ocr, "engine", lambda: type("E", (), {"name": "tesseract-cli-5.3.0"})())
    assert len({before, ocr.settings_key()}) == 2


def test_a_poor_page_leaves_its_text_out_and_the_document_partial(monkeypatch):
    from pipeline.read import pdf
    from tests.pdfgen import image_only_pdf

    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "ocr_pages", lambda data, pages: {0: ocr.PageOcr((RawLine("bruit illisible", 40.0, 60.0),), 31.0)})
    doc = pdf.read("scan.pdf", image_only_pdf(), "d")
    assert doc.status == "partial" and "bruit" not in doc.text
    assert "1 (31 %)" in " ".join(doc.messages) and doc.pages[0].ocr and doc.pages[0].ocr_confidence == 31.0


def test_a_good_page_keeps_its_text_and_confidence(monkeypatch):
    from pipeline.read import pdf
    from tests.pdfgen import image_only_pdf

    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "ocr_pages", lambda data, pages: {0: ocr.PageOcr((RawLine("Séance du conseil", 40.0, 60.0),), 91.5, 90)})
    doc = pdf.read("scan.pdf", image_only_pdf(), "d")
    assert doc.status == "ok" and "Séance du conseil" in doc.text and doc.pages[0].ocr_confidence == 91.5
    assert any("90°" in m for m in doc.messages)


def test_cores_idle_workers_lend_theirs(monkeypatch, tmp_path):
    folder = cores.make(3)
    try:
        monkeypatch.setattr(cores, "_folder", None)
        assert cores.borrow() is None and cores.count() == 1  # not installed: nothing to borrow
        cores.install(folder, 3, 0)
        cores.hold()
        first, second = cores.borrow(), cores.borrow()
        assert first is not None and second is not None and cores.borrow() is None  # own core excluded
        cores.give_back(first)
        third = cores.borrow()
        assert third is not None
        cores.give_back(second)
        cores.give_back(third)
        cores.release()
    finally:
        monkeypatch.setattr(cores, "_folder", None)
        monkeypatch.setattr(cores, "_own", None)
        cores.remove(folder)


@pytest.mark.slow
@pytest.mark.skipif(not ocr.available(), reason="tesseract with French data is not installed")
def test_the_scan_dm_table_keeps_every_row(tmp_path, monkeypatch):
    """The DM table on the last page of the dev corpus scan: the row "Chapitre 21 | Compte 212"
    that tesseract's page mode drops is read on the table's crop."""
    from tests.conftest import sample_path

    monkeypatch.setenv("MINUTIER_CACHE", str(tmp_path))
    data = sample_path("flaux_PV_2023-11-17_scan.pdf").read_bytes()
    [(index, read)] = ocr.ocr_pages(data, [9]).items()
    rows = [line.text for line in read.lines if line.text.startswith("Chapitre")]
    assert [r.split()[:4] for r in rows] == [["Chapitre", "23", "Compte", "2315"], ["Chapitre", "21", "Compte", "212"],
                                             ["Chapitre", "21", "Compte", "2181"]]
    assert read.trusted and read.confidence > 80
    assert ocr.ocr_pages(data, [9])[9] == read  # from the cache


def test_the_command_engine_reads_the_orientation_as_the_api_does(monkeypatch):
    engine = object.__new__(ocr._CommandEngine)
    out = "Page number: 0\nOrientation in degrees: 270\nRotate: 90\nOrientation confidence: 14.79\nScript: Latin\n"
    monkeypatch.setattr(engine, "_run", lambda image, args: out)
    assert engine.orientation(None) == (270, 14.79)


@pytest.mark.slow
@pytest.mark.skipif(not ocr.available(), reason="tesseract with French data is not installed")
def test_a_page_scanned_sideways_is_turned_and_read():
    from tests.conftest import sample_path

    image = ocr._render(sample_path("flaux_PV_2023-11-17_scan.pdf").read_bytes(), 1).rotate(90, expand=True)
    read = ocr.ocr_image(image)
    assert read.rotation == 270 and read.confidence > 80
    assert any("Convention" in line.text for line in read.lines)
