"""The benchmark builds distinct copies and reports every measure (its figures are not asserted:
timing belongs to `make bench`, never to a unit test)."""

from __future__ import annotations

import hashlib

from pipeline import bench
from tests.conftest import sample_path


def test_corpus_copies_are_distinct_and_reach_the_page_count(tmp_path):
    source = sample_path("pierrefonds_CR_2019-06-13.pdf")
    files, total = bench.build_corpus([source], 12, tmp_path / "c")
    assert total >= 12 and len(files) == 3
    assert len({hashlib.sha256(f.read_bytes()).hexdigest() for f in files}) == 3


def test_the_scan_is_left_out_of_the_corpus():
    assert bench.has_scanned_pages(sample_path("flaux_PV_2023-11-17_scan.pdf"))
    assert not bench.has_scanned_pages(sample_path("pierrefonds_CR_2019-06-13.pdf"))


def test_an_ingest_run_and_its_report(tmp_path):
    source = sample_path("pierrefonds_CR_2019-06-13.pdf")
    files, total = bench.build_corpus([source], 5, tmp_path / "corpus")
    seconds, peak_kb, line = bench.run_ingest(tmp_path / "corpus", tmp_path / "b.duckdb", 1)
    assert " s → " in line and "1 nouveau(x)" in line and peak_kb > 0
    again, _, second_line = bench.run_ingest(tmp_path / "corpus", tmp_path / "b.duckdb", 1)
    assert "1 inchangé(s)" in second_line
    result = {
        "pages": total, "files": len(files), "sources": [source.name], "ingest_s": seconds, "peak_kb": peak_kb,
        "ingest_line": line, "reingest_s": again, "reingest_line": second_line, "reingest_own_s": 0.01,
        "pdfium_s": 0.1, "naive_pages": total, "naive_s": 1.0,
    }
    text = bench.report(result, 1)
    for measure in ("(a) pipeline complet", "(b) naïf", "(c) pypdfium2", "a/b =", "a/c =", "mémoire de pointe", "seconde ingestion"):
        assert measure in text
