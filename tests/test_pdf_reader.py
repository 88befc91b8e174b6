"""The PDFium reader gives the lines pdfplumber gives, with the same left edges and tops:
segmentation's layout rules (a hanging indent is x0 > item x0 + 4) depend on them."""

from __future__ import annotations

import difflib

import pytest

from pipeline.read import read_file
from tests.conftest import sample_path


@pytest.mark.slow
@pytest.mark.parametrize("name", ["pierrefonds_CR_2019-06-13.pdf", "couthenans_CR_conseil_municipal_28_10_2022.pdf", "numerian_2024-09-30_word.pdf"])
def test_lines_match_pdfplumber(name):
    import pdfplumber

    expected = []
    with pdfplumber.open(sample_path(name)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            expected += [(number, " ".join(line["text"].split()), line["x0"], line["top"]) for line in page.extract_text_lines()]
    doc = read_file(sample_path(name))
    got = [(line.page, " ".join(line.text.split()), line.x0, line.top) for line in doc.lines if line.text and not doc.pages[line.page - 1].ocr]
    expected = [row for row in expected if row[0] in {line[0] for line in got}]
    matcher = difflib.SequenceMatcher(None, [r[:2] for r in expected], [r[:2] for r in got], autojunk=False)
    assert matcher.ratio() >= 0.95
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            (_, _, x0, top), (_, _, x0b, topb) = expected[block.a + k], got[block.b + k]
            assert abs(x0 - x0b) <= 1.5 and abs(top - topb) < 8.0  # PDFium's loose box vs the font box: a few points


def test_hyphenated_break_stays_two_lines():
    """PDFium joins "M. Antoine-" and "Alexandre CAVROY" across a line break; the reader cuts them apart."""
    doc = read_file(sample_path("numerian_2024-09-30_word.pdf"))
    texts = [line.text for line in doc.lines]
    assert any(text.endswith("M. Antoine-") for text in texts)
    assert any(text.startswith("Alexandre CAVROY") for text in texts)
