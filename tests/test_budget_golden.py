"""Golden tests: the budget lines of every dev document against its gold file (scorer's matching)."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from functools import cache

import pytest

from extractors import budget
from pipeline.french import fold
from pipeline.read import ocr, read_file, tables
from pipeline.segment import segment
from tests.conftest import DEV_CORPUS, needs_shared, sample_path

DOCUMENTS = [
    "numerian_2024-09-30.txt",
    "numerian_2024-09-30_grid.pdf",
    "numerian_2024-09-30_word.pdf",
    "pierrefonds_CR_2019-06-13.pdf",
    "pierrefonds_CM_2022-12-13.pdf",
    "couthenans_CR_conseil_municipal_28_10_2022.pdf",
    "lannion_PV_2020-06-08.pdf",
]


@cache
def _extracted(name: str):
    doc = read_file(sample_path(name))
    return budget.extract(doc, segment(doc))


def _key(section, side, article, amount) -> tuple:
    return fold(section)[:5], fold(side)[:5], str(article), Decimal(str(amount))


def _gold(name: str) -> Counter:
    gold = json.loads((DEV_CORPUS / (name.rsplit(".", 1)[0] + ".gold.json")).read_text(encoding="utf-8"))
    return Counter(_key(g["section"], g["side"], g["article"], g["amount"]) for g in gold["budget_lines"])


def _predicted(name: str) -> Counter:
    return Counter(_key(b.section, b.side, b.article, b.amount) for b in _extracted(name)["budget_lines"])


@needs_shared()
@pytest.mark.corpus
@pytest.mark.slow
@pytest.mark.parametrize("name", DOCUMENTS)
def test_budget_lines_match_gold(name):
    assert _predicted(name) == _gold(name)


@needs_shared()
@pytest.mark.corpus
@pytest.mark.slow
@pytest.mark.skipif(not ocr.available(), reason="tesseract with French data is not installed")
def test_budget_lines_of_the_scan():
    """The OCR of the Flaux scan loses the "Chapitre 21 | Compte 212" row: two lines of three."""
    gold, predicted = _gold("flaux_PV_2023-11-17_scan.pdf"), _predicted("flaux_PV_2023-11-17_scan.pdf")
    assert sum((gold & predicted).values()) >= 2
    assert not predicted - gold


@pytest.mark.slow
def test_lines_carry_their_amendment_budget_and_provenance():
    lines = _extracted("pierrefonds_CR_2019-06-13.pdf")["budget_lines"]
    assert {(b.item_number, b.budget) for b in lines} == {("1", "Eau et Assainissement"), ("2", "principal")}
    assert all(b.amendment == "DM n°1" for b in lines)
    first = lines[0]
    assert first.provenance.page == 2 and "678" in first.provenance.text
    assert first.label == "Autres charges exceptionnelles" and first.chart_chapter == "67"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["numerian_2024-09-30_grid.pdf", "pierrefonds_CR_2019-06-13.pdf", "pierrefonds_CM_2022-12-13.pdf"])
def test_ruled_tables_read_the_same_without_their_rulings(name, monkeypatch):
    """Unruled reading on real layouts: cells centred vertically, amounts wrapped in their cell
    ("-145" over "600,00"), an amount column without a header."""
    expected = _predicted(name)
    monkeypatch.setattr(tables, "_visible", lambda obj: obj.get("object_type") == "char")  # no ruling at all
    doc = read_file(sample_path(name))
    assert doc.tables and all(t.strategy == "text" for t in doc.tables)
    lines = budget.extract(doc, segment(doc))["budget_lines"]
    assert Counter(_key(b.section, b.side, b.article, b.amount) for b in lines) == expected
