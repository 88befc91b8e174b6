"""The checks on real minutes: the text and segmentation of data/raw, with the counts and
decisions that the gold files record (extractor rows stand-ins), loaded through pipeline.load."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pipeline import load
from pipeline.checks import CHECKS, run_checks
from pipeline.read import read_file, sha256_bytes
from pipeline.records import Decision, Extraction, Meeting, ProcessedDocument, Proxy
from pipeline.segment import segment
from tests.conftest import FIXTURES, sample_path

NUMERIAN = sample_path("numerian_2024-09-30.txt")


def _decisions(doc, seg, gold) -> tuple[Decision, ...]:
    sections = {s.item_number: s for s in seg.sections}
    out = []
    for d in gold["decisions"]:
        s = sections.get(d["item"])
        at = doc.text.find("approuve", s.start, s.end) if s else -1
        prov = doc.provenance(at, at + 8) if at >= 0 else doc.provenance(0, 1)
        out.append(Decision(d["item"], d["outcome"], d.get("unanimous"), d.get("votes_for"), d.get("votes_against"),
                            d.get("abstentions"), None, None, prov))
    return tuple(out)


@pytest.fixture(scope="module")
def numerian_findings(tmp_path_factory):
    doc = read_file(str(NUMERIAN))
    seg = segment(doc)
    gold = json.loads((FIXTURES / "numerian_2024-09-30.checks.json").read_text(encoding="utf-8"))
    g = gold["meeting"]
    meeting = Meeting(date=dt.date.fromisoformat(g["date"]), members_in_office=g["members_in_office"],
                      members_present=g["members_present"], votes_cast=g["votes_cast"])
    proxies = tuple(Proxy(p["giver"], p["holder"], doc.provenance(0, 1)) for p in gold["proxies"])
    extraction = Extraction(meeting=meeting, proxies=proxies, decisions=_decisions(doc, seg, gold))
    processed = ProcessedDocument(str(NUMERIAN), sha256_bytes(NUMERIAN.read_bytes()), NUMERIAN.stat().st_size, "ok", "ok",
                                  doc, seg, extraction)
    con = load.connect(tmp_path_factory.mktemp("wh") / "w.duckdb")
    load.write_document(con, processed)
    run_checks(con)
    rows = con.execute('select "check", item_number, evidence, page from findings').fetchall()
    con.close()
    return rows, gold


def test_numerian_expected_findings_are_all_reported(numerian_findings):
    rows, gold = numerian_findings
    for expected in gold["findings"]:
        assert any(r[0] == expected["check"] and r[1] == expected.get("item", r[1]) for r in rows), expected


def test_numerian_clean_checks_stay_silent(numerian_findings):
    rows, gold = numerian_findings
    assert not [r for r in rows if r[0] in gold["clean_checks"]]


def test_numerian_evidence_quotes_the_document(numerian_findings):
    rows, _ = numerian_findings
    placeholder = [r for r in rows if r[0] == "placeholder_text"]
    assert placeholder and "En cours de négociation" in placeholder[0][2]
    dates = {r[1]: r[2] for r in rows if r[0] == "date_inconsistency"}
    assert "Cette délibération du 24 septembre 2024" in dates["I.2.B.4"]
    assert "se tenant du 27 au 29 septembre 2024" in dates["I.2.A.1"]


def test_ingest_ends_by_running_the_checks(tmp_path):
    from pipeline.ingest import ingest

    db = tmp_path / "w.duckdb"
    summary = ingest([NUMERIAN], db, jobs=1, progress=False)
    assert summary.findings is not None and summary.findings["date_inconsistency"] >= 1
    con = load.connect(db, read_only=True)
    try:
        runs = con.execute('select count(*), count(distinct "check") from check_runs').fetchone()
        dated = con.execute("select item_number from findings where \"check\" = 'date_inconsistency'").fetchall()
        pages = con.execute("select count(*), sum(length(text)) from document_pages").fetchone()
    finally:
        con.close()
    assert runs == (len(CHECKS), len(CHECKS))
    assert ("I.2.B.4",) in dated
    assert pages[0] == 1 and pages[1] == len(read_file(str(NUMERIAN)).text)


def test_pipeline_version_has_the_checks_and_persons_in_its_derived_part():
    from pathlib import Path

    from pipeline.version import _derived, _recomputed, derived_version, extraction_version, pipeline_version

    assert _derived(Path("pipeline/checks/votes.py")) and _derived(Path("pipeline/persons.py"))
    assert _recomputed(Path("pipeline/report.py")) and not _derived(Path("pipeline/report.py"))
    assert not _recomputed(Path("pipeline/load.py")) and not _recomputed(Path("pipeline/french.py"))
    assert not _recomputed(Path("pipeline/schema.sql"))
    assert pipeline_version() == f"{extraction_version()}+{derived_version()}"
