"""Decisions and membership changes against the dev corpus's gold files, matched as the
acceptance scorer matches them (one test per document; skipped without ../shared)."""

from __future__ import annotations

import importlib.util
import json
from functools import cache

import pytest

from extractors import decisions
from pipeline.extract import extract
from tests.conftest import DEV_CORPUS, SCORER, needs_shared

pytestmark = needs_shared()

DOCUMENTS = sorted(p for p in DEV_CORPUS.glob("*") if not p.name.endswith(".gold.json")) if DEV_CORPUS.is_dir() else []


@cache
def scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def read(path):
    from pipeline.read import read_file
    from pipeline.segment import segment

    doc = read_file(str(path))
    return doc, segment(doc)


def _gold(path):
    return json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))


def _same_decision(g, p):
    s = scorer()
    if not s.same_item(g["item"], p.item_number) or s.fold(g["outcome"]) != s.fold(p.outcome):
        return False
    if "unanimous" in g and (p.unanimous is None or bool(p.unanimous) != bool(g["unanimous"])):
        return False
    return all(s.number(g[k]) == s.number(getattr(p, k)) for k in ("votes_for", "votes_against", "abstentions")
               if g.get(k) is not None and getattr(p, k) is not None)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_decisions_match_gold(path):
    doc, seg = read(path)
    if not seg.sections:
        pytest.skip("segmentation finds no body section in this document (unnumbered OCR agenda)")
    predicted = decisions.extract(doc, seg)["decisions"]
    # items whose body section segmentation cannot find (retitled, heading lost by OCR) have no decision to read
    gold = [g for g in _gold(path)["decisions"]
            if g["item"] not in seg.missing_in_body or any(scorer().same_item(g["item"], p.item_number) for p in predicted)]
    tp = scorer().match(gold, predicted, _same_decision)
    assert (tp, len(predicted)) == (len(gold), len(gold))


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_membership_matches_gold(path):
    doc, seg = read(path)
    if not seg.sections:
        pytest.skip("segmentation finds no body section in this document (unnumbered OCR agenda)")
    gold = _gold(path).get("membership_changes", [])
    predicted = extract(doc, seg).membership_changes
    s = scorer()
    tp = s.match(gold, predicted, lambda g, p: g["change"] == p.change and s.same_org(g["member"], p.member)
                 and s.same_org(g["organisation"], p.organisation))
    assert (tp, len(predicted)) == (len(gold), len(gold))
