"""Quality only ratchets up: the acceptance scorer's micro-F1 per family on every annotated
corpus (dev, real, the project's own gold) and in total must stay at or above the floors in
tests/quality_floor.json (needs ../shared, present in CI).

And the first-sight ledger covers every annotated document outside dev: each has its counts in
corpus/first_sight.json (measured before any rule was written for it) and a row in docs/quality.md.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import quality
from tests.conftest import ROOT, SHARED, needs_shared

FLOORS = json.loads((Path(__file__).with_name("quality_floor.json")).read_text(encoding="utf-8"))
CASES = [(corpus, family) for corpus, floors in FLOORS.items() if not corpus.startswith("_") for family in sorted(floors)]


@pytest.fixture(scope="session")
def scores(tmp_path_factory):
    return quality.measure(tmp_path_factory.mktemp("quality") / "all.duckdb", SHARED)


@needs_shared()
@pytest.mark.slow
@pytest.mark.parametrize(("corpus", "family"), CASES, ids=[f"{c}-{f}" for c, f in CASES])
def test_family_keeps_its_floor(scores, corpus, family):
    got = (scores["all"] if corpus == "all" else scores["corpora"][corpus])["micro_f1"].get(family, 0.0)
    assert got >= FLOORS[corpus][family], f"{corpus} {family} micro-F1 {got} fell below its floor {FLOORS[corpus][family]}"


def _gold_names(folder: Path) -> set[str]:
    return {p.name[: -len(".gold.json")] for p in folder.glob("*.gold.json")}


def test_project_gold_annotates_documents_of_the_unannotated_corpus():
    names = _gold_names(quality.PROJECT_GOLD)
    assert len(names) >= 12
    for name in names:
        gold = json.loads((quality.PROJECT_GOLD / f"{name}.gold.json").read_text(encoding="utf-8"))
        assert set(gold) <= {*quality.FAMILIES, "clean_checks"}, name
        assert not {f["check"] for f in gold.get("findings", [])} & set(gold.get("clean_checks", [])), name
        assert (quality.PROJECT_GOLD / f"{name}.notes.md").is_file(), f"{name}: its annotation notes are missing"
    unannotated = SHARED / "corpus" / "unannotated"
    if unannotated.is_dir():
        documents = {p.stem for p in unannotated.iterdir()}
        assert names <= documents, f"gold without a document: {sorted(names - documents)}"


def test_every_annotated_document_outside_dev_has_its_first_sight_and_a_ledger_row():
    first = json.loads(quality.FIRST_SIGHT.read_text(encoding="utf-8"))
    ledger = (ROOT / "docs" / "quality.md").read_text(encoding="utf-8")
    expected = {"project": _gold_names(quality.PROJECT_GOLD)}
    if (SHARED / "corpus" / "real").is_dir():
        expected["real"] = _gold_names(SHARED / "corpus" / "real")
    for corpus, names in expected.items():
        assert names <= set(first[corpus]), f"{corpus}: no first-sight counts for {sorted(names - set(first[corpus]))}"
        missing = [n for n in names if f"| {n} |" not in ledger]
        assert not missing, f"docs/quality.md has no row for {missing}: python -m pipeline.quality --ledger docs/quality.md"
