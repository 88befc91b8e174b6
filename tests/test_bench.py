"""The benchmark measures for real: every figure it reports is checked against what the run
produced (the warehouses it wrote, the pages it read), so the test cannot pass on made-up
numbers. Its timings are not asserted: speed belongs to `make bench`, never to a unit test."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import duckdb
import pytest

from pipeline import bench
from tests.conftest import DEV_CORPUS, needs_shared, sample_path


def test_corpus_copies_are_distinct_and_reach_the_page_count(tmp_path):
    source = sample_path("pierrefonds_CR_2019-06-13.pdf")
    files, total = bench.build_corpus([source], 12, tmp_path / "c")
    assert total >= 12 and len(files) == 3
    assert len({hashlib.sha256(f.read_bytes()).hexdigest() for f in files}) == 3


def test_scans_are_told_from_text_layer_pdfs():
    assert bench.has_scanned_pages(sample_path("flaux_PV_2023-11-17_scan.pdf"))
    assert not bench.has_scanned_pages(sample_path("pierrefonds_CR_2019-06-13.pdf"))
    assert bench.scanned_pages(sample_path("flaux_PV_2023-11-17_scan.pdf")) == 10
    assert bench.scanned_pages(sample_path("couthenans_CR_conseil_municipal_28_10_2022.pdf")) == 1


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
    # processor time: 600 ms against PDFium's 100 ms is 1/6.0; 300 of them on 3 table pages: 100 ms a table page,
    # 100 PDFium pages of 1 ms, half of the pipeline's time; 1/3.0 without them
    cpu = bench.report({**result, "cpu": {"pages": 100, "pdfium": 0.1, "pipeline": 0.6, "tables": 0.3, "table_pages": 3}}, 2)
    assert "pipeline 600 ms, PDFium 100 ms, soit 1/6.0 ; sans les pages de tableau 1/3.0" in cpu
    assert "(pdfplumber, 3 pages) : 100 ms, soit 100 pages PDFium (1.0 ms la page) ; 50% du temps du pipeline" in cpu


@needs_shared()
def test_sources_take_the_shared_corpus_once_each():
    text, scans = bench.sources(DEV_CORPUS.parent.parent)
    names = [p.name for p in text]
    assert "pierrefonds_CR_2019-06-13.pdf" in names and "numerian_2024-09-30_grid.pdf" in names
    assert "flaux_PV_2023-11-17_scan.pdf" in [p.name for p in scans]
    digests = [hashlib.sha256(p.read_bytes()).hexdigest() for p in text + scans]
    assert len(digests) == len(set(digests))  # data/raw and corpus/dev may hold the same files: read once


def _number(text: str, before: str) -> float:
    return float(re.search(r"([\d.]+)\s*" + re.escape(before), text).group(1))


def test_a_real_run_and_its_report(tmp_path):
    """One round on a 5-page PDF (text layer) and a PDF with one scanned page: the report's
    figures are the run's."""
    text = sample_path("pierrefonds_CR_2019-06-13.pdf")
    scan = sample_path("couthenans_CR_conseil_municipal_28_10_2022.pdf")
    r = bench.bench(10, 1, tmp_path, naive="sample", repeat=1, scan_pages=1, corpus=([text], [scan]))
    assert (r["pages"], r["files"], r["naive_pages"], r["scan_pages"]) == (10, 2, 10, 1)
    con = duckdb.connect(str(tmp_path / "bench-10.duckdb"), read_only=True)
    assert con.execute("select count(*), sum(pages) from documents where status = 'ok'").fetchone() == (2, 10)
    con.close()
    con = duckdb.connect(str(tmp_path / "scans-0.duckdb"), read_only=True)  # the scan was OCRed from a cold cache
    assert con.execute("select count(*), count(ocr_confidence) from document_pages where ocr").fetchone() == (1, 1)
    con.close()
    assert "1 nouveau(x)" in r["scan_line"] and "2 nouveau(x)" in r["ingest_line"] and "2 inchangé(s)" in r["reingest_line"]
    for key in ("ingest_s", "reingest_s", "reingest_own_s", "pdfium_s", "naive_s", "scan_s"):
        assert r[key] > 0 and r["seconds"][key] == [r[key]]
    text_report = bench.report(r, 1)
    assert _number(text_report, "pages/s   [2 nouveau") == round(r["pages"] / r["ingest_s"], 1)
    assert _number(text_report, "s par page et par cœur") == round(bench.ocr_seconds_per_page_core(r, 1), 2)
    assert f"a/c = 1/{r['ingest_s'] / r['pdfium_s']:.1f}" in text_report
    assert f"a/b = {(r['pages'] / r['ingest_s']) / (r['naive_pages'] / r['naive_s']):.1f}x" in text_report
    # processor time of one copy of the source: its 5 pages, its 2 DM table pages read by pdfplumber inside the pipeline
    cpu = r["cpu"]
    assert (cpu["pages"], cpu["table_pages"]) == (5, 2) and 0 < cpu["tables"] < cpu["pipeline"] and cpu["pdfium"] > 0
    assert f"soit 1/{cpu['pipeline'] / cpu['pdfium']:.1f}" in text_report
    assert f"coût d'une page de tableau DM (pdfplumber, 2 pages) : {cpu['tables'] / 2 * 1000:.0f} ms" in text_report
    mixed = 1 / (0.85 * r["ingest_s"] / r["pages"] + 0.15 * r["scan_s"] / r["scan_pages"])
    assert _number(text_report, "pages/s\n  mémoire") == round(mixed, 1)


def test_a_module_that_does_not_compile_stops_the_bench(monkeypatch):
    """compileall reports a module it cannot compile by its return value only: the bench must not measure on."""
    import compileall

    from pipeline.bench import compile_bytecode

    def fails(path, quiet=0, **k):
        print(f"*** Error compiling '{path}/broken.py'...")
        return False

    monkeypatch.setattr(compileall, "compile_dir", fails)
    with pytest.raises(RuntimeError, match="broken.py"):
        compile_bytecode()


def test_the_bench_writes_the_bytecode_of_every_module_as_an_install_does():
    """Under PYTHONDONTWRITEBYTECODE every process would compile the sources again."""
    import importlib.util

    from pipeline.bench import ROOT, compile_bytecode

    compile_bytecode()
    assert compile_bytecode() == 0  # up to date: nothing written the second time
    sources = [p for package in ("pipeline", "extractors") for p in (ROOT / package).rglob("*.py")]
    assert sources and all(Path(importlib.util.cache_from_source(str(p))).exists() for p in sources)
