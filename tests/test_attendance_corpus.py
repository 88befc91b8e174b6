"""Attendance, proxies and meeting facts on each sample document.

Two checks per sample document (the seed's in data/raw, the dev corpus in ../shared):
- golden: the output equals tests/golden/attendance/<name>.json, generated from our own output
  and reviewed by hand (regenerate with MINUTIER_REGENERATE_GOLDEN=1, review the diff, commit;
  a third-party document's golden file holds fingerprints of its words, see conftest.fingerprint);
- gold: against the hand-made gold of ../shared/corpus/dev, with the acceptance scorer's own
  matching rules, attendance and proxies F1 >= 0.97 and meeting accuracy >= 0.9 per document.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
import json

import pytest

from extractors import attendance, meeting
from pipeline.read import ocr, read_file
from pipeline.records import Extraction
from pipeline.segment import segment
from tests.conftest import DEV_CORPUS, SAMPLES, SCORER, check_golden, needs_shared, sample_path

DOCUMENTS = SAMPLES
SCANNED = {"flaux_PV_2023-11-17_scan.pdf"}


@functools.cache
def extracted(name: str) -> tuple[dict, dict]:
    if name in SCANNED and not ocr.available():
        pytest.skip("tesseract with French data is needed to read the scan")
    doc = read_file(sample_path(name))
    seg = segment(doc)
    m = meeting.extract(doc, seg)
    return m, attendance.extract(doc, seg, Extraction(meeting=m["meeting"]))  # as the extract stage runs them


def _value(v):
    return v.isoformat() if hasattr(v, "isoformat") else v


def snapshot(name: str) -> dict:
    """What the golden file holds: facts and where they were read, not offsets."""
    m, a = extracted(name)
    facts = {k: _value(v) for k, v in dataclasses.asdict(m["meeting"]).items() if k != "provenance" and v is not None and v is not False}
    return {
        "meeting": facts,
        "meeting_sources": {k: [p.page, p.text] for k, p in m["meeting"].provenance.items()},
        "attendance": [[x.person, x.person_normalised, x.civility, x.status, x.substitute_for, x.role, x.provenance.page] for x in a["attendance"]],
        "proxies": [[p.giver, p.holder, p.provenance.page, p.provenance.text] for p in a["proxies"]],
        "attendance_changes": [[c.from_item, c.to_item, c.members_present, c.proxies, c.votes_cast, c.absent, c.note, c.event, c.person, c.holder]
                               for c in a["attendance_changes"]],
    }


@pytest.mark.parametrize("name", DOCUMENTS)
def test_golden(name):
    check_golden(f"attendance/{name.rsplit('.', 1)[0]}", snapshot(name), name)


@functools.cache
def scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def f1(tp: int, n_gold: int, n_pred: int) -> float:
    return scorer().f1(tp, n_gold, n_pred)


@needs_shared()
@pytest.mark.parametrize("name", DOCUMENTS)
def test_against_gold(name):
    gold = json.loads((DEV_CORPUS / (name.rsplit(".", 1)[0] + ".gold.json")).read_text(encoding="utf-8"))
    s = scorer()
    m, a = extracted(name)
    people = [{"person": x.person, "status": x.status} for x in a["attendance"]]
    tp = s.match(gold["attendance"], people, lambda g, p: s.fold(g["status"]) == s.fold(p["status"]) and s.same_person(g["name"], p["person"]))
    assert f1(tp, len(gold["attendance"]), len(people)) >= 0.97
    proxies = [{"giver": p.giver, "holder": p.holder} for p in a["proxies"]]
    tp = s.match(gold["proxies"], proxies, lambda g, p: s.same_person(g["giver"], p["giver"]) and s.same_person(g["holder"], p["holder"]))
    assert f1(tp, len(gold["proxies"]), len(proxies)) >= 0.97
    facts = dataclasses.asdict(m["meeting"])
    wrong = {k: (v, facts.get(k)) for k, v in gold["meeting"].items() if not s.eq_value(k, v, facts.get(k))}
    assert len(wrong) <= 0.1 * len(gold["meeting"]), wrong
