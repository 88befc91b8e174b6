"""Decisions and membership changes on the scanned Flaux minutes (dev corpus), read through OCR.

The scan is read from ../shared/corpus/dev (never copied into the repository) and OCRed with
tesseract; the test skips without either. Its OCR phrasings ("Vore : Unanimité", "Vote : 3
ABSTENTIONS / 7 POUR", a withdrawal split by a noise line) must give the gold decisions, and
"Convention d'adhésion au service ..." (a service subscription) no membership change.
"""

from __future__ import annotations

import json
from functools import cache

import pytest

from pipeline.process import process_file
from pipeline.read import ocr
from tests.conftest import DEV_CORPUS, needs_shared, sample_path

SCAN = "flaux_PV_2023-11-17_scan.pdf"

pytestmark = [needs_shared(), pytest.mark.slow]


@cache
def flaux():
    if not ocr.available():
        pytest.skip("tesseract with French data is needed to read the scan")
    result = process_file(sample_path(SCAN))
    gold = json.loads((DEV_CORPUS / SCAN.replace(".pdf", ".gold.json")).read_text(encoding="utf-8"))
    return result.extraction, gold


def test_flaux_decisions_are_the_gold():
    extraction, gold = flaux()
    found = {d.item_number: (d.outcome, bool(d.unanimous), d.votes_for, d.votes_against, d.abstentions)
             for d in extraction.decisions}
    expected = {g["item"]: (g["outcome"], bool(g.get("unanimous")), g.get("votes_for"), g.get("votes_against"), g.get("abstentions"))
                for g in gold["decisions"]}
    assert found == expected


def test_flaux_membership_is_a_change_of_intercommunality_only():
    extraction, gold = flaux()
    changes = {(c.item_number, c.change) for c in extraction.membership_changes}
    # items 2 to 5 are service subscriptions ("Convention d'adhésion au service ..."), not memberships
    assert changes == {(g["item"], g["change"]) for g in gold["membership_changes"]} == {("7", "leave"), ("7", "join")}
