"""The budget extractor reads table pages with PDFium: the same words and rulings pdfplumber gives."""

from __future__ import annotations

import pdfplumber
import pypdfium2 as pdfium
import pytest

from extractors.budget import _page_rulings, _pdfium_rulings, _pdfium_words
from tests.conftest import sample_path


def _rounded(rulings):
    return (sorted((round(a), round(b), round(c)) for a, b, c in rulings.horizontal),
            sorted((round(a), round(b), round(c)) for a, b, c in rulings.vertical))


# (file, page, band top, band bottom): pages holding a DM table, the band the extractor crops
@pytest.mark.parametrize(("name", "number", "top", "bottom"), [
    ("numerian_2024-09-30_grid.pdf", 9, 300.0, 842.0),  # a ruled grid: thin filled rects
    ("numerian_2024-09-30_grid.pdf", 10, 0.0, 500.0),
    ("numerian_2024-09-30_word.pdf", 10, 200.0, 842.0),  # an unruled Word table
    ("pierrefonds_CR_2019-06-13.pdf", 2, 100.0, 800.0),  # stroked cells of an office suite's table
])
def test_pdfium_words_and_rulings_match_pdfplumber(name, number, top, bottom):
    path = sample_path(name)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[number - 1]
        bottom = min(bottom, float(page.height))
        cropped = page.crop((0, top, float(page.width), bottom))
        expected_words = sorted(w["text"] for w in cropped.extract_words(keep_blank_chars=False, use_text_flow=False))
        expected_rulings = _rounded(_page_rulings(cropped))
        expected_x = sorted(round(w["x0"]) for w in cropped.extract_words())
    doc = pdfium.PdfDocument(str(path))
    try:
        page = doc[number - 1]
        words = _pdfium_words(page, top, bottom)
        rulings = _pdfium_rulings(page, top, bottom)
        page.close()
    finally:
        doc.close()
    texts = sorted(w.text for w in words)
    # a real space PDFium marks as generated may join two words ("transfert des"): allow one
    assert len(set(expected_words) ^ set(texts)) <= 3
    got_x = sorted(round(w.x0) for w in words)
    # as many words, give or take the joined ones, and each word of pdfplumber at a left edge PDFium gives too
    assert abs(len(got_x) - len(expected_x)) <= 3
    assert sum(1 for x in expected_x if not any(abs(x - y) <= 1 for y in got_x)) <= 6
    assert _rounded(rulings) == expected_rulings
