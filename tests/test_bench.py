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


def test_an_ingest_run_reports_its_own_time(tmp_path):
    source = sample_path("pierrefonds_CR_2019-06-13.pdf")
    bench.build_corpus([source], 5, tmp_path / "corpus")
    seconds, peak_kb, line = bench.run_ingest(tmp_path / "corpus", tmp_path / "b.duckdb", 1)
    assert " s → " in line and "1 nouveau(x)" in line and peak_kb > 0
    # the time the ingest prints for itself is part of the wall time the bench measured around it
    assert 0 < bench._own_seconds(line) <= seconds
    again, _, second_line = bench.run_ingest(tmp_path / "corpus", tmp_path / "b.duckdb", 1)
    assert "1 inchangé(s)" in second_line and again > 0


def test_the_report_computes_its_figures_from_the_measures():
    """Rates, ratios and memory are computed from the measures given, not copied: 100 pages in
    2 s is 50 pages/s; the naive 10 s for 100 pages, 10 pages/s, so a/b = 5.0x; and so on."""
    result = {
        "pages": 100, "files": 4, "sources": ["a.pdf"], "ingest_s": 2.0, "peak_kb": 512 * 1024,
        "ingest_line": "4 nouveau(x), 0 mis à jour, 0 inchangé(s), 0 en échec — 1.5 s → b.duckdb",
        "reingest_s": 0.04, "reingest_line": "4 inchangé(s)", "reingest_own_s": 0.01,
        "pdfium_s": 0.5, "naive_pages": 100, "naive_s": 10.0,
    }
    text = bench.report(result, 2)
    assert "100 pages, 4 fichiers" in text and "--jobs 2" in text
    assert "(a) pipeline complet (minutier ingest) :     2.0 s     50.0 pages/s" in text
    assert "(b) naïf pdfplumber text + tables      :    10.0 s     10.0 pages/s" in text
    assert "(c) pypdfium2, texte seul             :     0.5 s    200.0 pages/s" in text
    assert "a/b = 5.0x" in text and "a/c = 1/4.0" in text
    assert "mémoire de pointe de l'ingest (PSS, tous processus) : 512 Mo" in text
    assert "0.04 s, soit 50x plus rapide" in text and "0.01 s contre 1.5 s, 150x" in text
    slower = bench.report({**result, "ingest_s": 4.0}, 2)
    assert "25.0 pages/s" in slower and "a/b = 2.5x" in slower and "a/c = 1/8.0" in slower
    assert "a/b" not in bench.report({k: v for k, v in result.items() if k not in ("naive_s", "naive_pages")}, 2)
