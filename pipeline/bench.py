"""`make bench`: what users ingest, text-layer PDFs and scans, measured in one run.

Text layer. Builds a corpus of at least `--pages` pages from the text-layer PDFs of data/raw and,
when present, of the shared corpus (`--shared`: corpus/dev and corpus/real), each copy made
distinct by a PDF comment appended after its end (`% minutier bench copy N`), so that the
ingest's hashing sees new documents. Then, on the same files:

  (a) the full pipeline: `minutier ingest` into a fresh warehouse (a subprocess, `--jobs`);
  (b) the naive baseline: pdfplumber `extract_text` and `extract_tables` on every page;
  (c) raw PDFium: pypdfium2 text extraction of every page;

(b) and (c) run in a pool of `--jobs` processes, like (a). The baseline (b) reads about 3 pages
per second per core, so by default it runs on two copies of each source PDF (`--naive all` for
the whole corpus): its rate in pages per second is what is compared.

Scans. (d) a cold-cache ingest of the scanned PDFs (data/raw, the shared corpus and its
unannotated folder, for timing only), taken in turn until at least `--scan-pages` image-only
pages, each a fresh distinct copy and a fresh OCR cache, so that every page is OCRed: seconds
per scanned page per core, wall time x jobs / pages.

It prints pages/s for (a), (b), (c), the ratios a/b and a/c, OCR s/page/core for (d), the rate of
a catalogue where a third of the documents are scans (`--scan-share` of the pages, from the two
measured rates), the ingest's peak memory (proportional set size summed over the ingest process
and all its descendants, sampled from /proc every 50 ms) and the time of a second, unchanged
ingest. `--sizes 500,1000` repeats the whole for two corpus sizes.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing as mp
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def page_count(path: Path) -> int:
    """Pages of a PDF."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def has_scanned_pages(path: Path) -> bool:
    """True when a page of the PDF would go to OCR."""
    import pypdfium2 as pdfium

    from pipeline.read.pdf import _is_scanned

    pdf = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            scanned = _is_scanned(page, textpage.get_text_range())
            textpage.close()
            page.close()
            if scanned:
                return True
        return False
    finally:
        pdf.close()


def sources(shared: Path | None) -> tuple[list[Path], list[Path]]:
    """(text-layer PDFs, scanned PDFs) of data/raw and the shared corpus, each content once (data/raw
    and corpus/dev may hold the same files). Scans also come from corpus/unannotated, for timing only."""
    folders = [ROOT / "data" / "raw"]
    if shared is not None:
        folders += [shared / "corpus" / "dev", shared / "corpus" / "real"]
    seen: set[str] = set()
    text, scans = [], []
    for folder in folders:
        for path in sorted(folder.glob("*.pdf")) if folder.is_dir() else []:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest not in seen:
                seen.add(digest)
                (scans if has_scanned_pages(path) else text).append(path)
    unannotated = shared / "corpus" / "unannotated" if shared is not None else None
    if unannotated is not None and unannotated.is_dir():
        scans += [p for p in sorted(unannotated.glob("*.pdf")) if has_scanned_pages(p)]
    return text, scans


def scanned_pages(path: Path) -> int:
    """Pages of a PDF that would go to OCR."""
    import pypdfium2 as pdfium

    from pipeline.read.pdf import _is_scanned

    pdf = pdfium.PdfDocument(str(path))
    try:
        count = 0
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            count += _is_scanned(page, textpage.get_text_range())
            textpage.close()
            page.close()
        return count
    finally:
        pdf.close()


def build_corpus(sources: list[Path], pages: int, folder: Path) -> tuple[list[Path], int]:
    """Distinct copies of the sources, round after round, until at least `pages` pages."""
    folder.mkdir(parents=True, exist_ok=True)
    counts = {path: page_count(path) for path in sources}
    files, total, copy = [], 0, 0
    while total < pages:
        for path in sources:
            copy += 1
            target = folder / f"{path.stem}-copie-{copy:04d}.pdf"
            target.write_bytes(path.read_bytes() + f"\n% minutier bench copy {copy}\n".encode())
            files.append(target)
            total += counts[path]
    return files, total


def _naive(path: str) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
            page.close()
        return len(pdf.pages)


def _pdfium(path: str) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    count = len(pdf)
    pdf.close()
    return count


def processor_costs(paths: list[Path], rounds: int = 3) -> dict:
    """Processor time in this one process (no start-up, no writer, no other process's load), best
    of `rounds`, of the text-layer sources read by PDFium alone (c's work), through the whole
    worker side (`process_file`: read, segment, extract), and of pdfplumber on their DM table
    pages (`read_pdf_tables`, timed inside `process_file`): what a table page costs."""
    from pipeline.process import process_file
    from pipeline.read import tables

    data = [(path, path.read_bytes()) for path in paths]
    original = tables.read_pdf_tables
    spent = {"tables": 0.0, "table_pages": 0}

    def timed(data, pages, skip=frozenset()):
        spent["table_pages"] += len(tables.table_pages(pages, skip))
        started = time.process_time()
        try:
            return original(data, pages, skip)
        finally:
            spent["tables"] += time.process_time() - started

    best: dict[str, float] = {}
    tables.read_pdf_tables = timed
    try:
        for round_ in range(rounds + 1):  # the first warms up: imports, compiled patterns, spaCy if a document needs it
            spent.update(tables=0.0, table_pages=0)
            started = time.process_time()
            for path, _ in data:
                _pdfium(str(path))
            pdfium = time.process_time() - started
            started = time.process_time()
            for path, content in data:
                process_file(path, content)
            pipeline = time.process_time() - started
            if round_:
                for key, value in (("pdfium", pdfium), ("pipeline", pipeline), ("tables", spent["tables"])):
                    best[key] = min(best.get(key, value), value)
    finally:
        tables.read_pdf_tables = original
    return {**best, "pages": sum(page_count(path) for path in paths), "table_pages": spent["table_pages"]}


def timed_pool(function, files: list[Path], jobs: int) -> float:
    """Seconds to map `function` over the files in `jobs` processes."""
    started = time.perf_counter()
    with mp.get_context("forkserver").Pool(jobs) as pool:
        pool.map(function, [str(f) for f in files], chunksize=1)
    return time.perf_counter() - started


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(children.get(current, []))
    return out


def _memory_kb(pid: int) -> int:
    """Proportional set size (shared pages split between sharers), else RSS, of one process."""
    for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            with open(f"/proc/{pid}/{name}") as handle:
                for line in handle:
                    if line.startswith(key):
                        return int(line.split()[1])
        except OSError:
            continue
    return 0


def run_ingest(folder: Path, db: Path, jobs: int, cache: Path | None = None) -> tuple[float, int, str]:
    """(seconds, peak memory in kB summed over the process tree, last output line) of an ingest;
    `cache`: the OCR cache folder to use (a fresh one reads every scanned page again)."""
    command = [sys.executable, "-m", "pipeline", "ingest", str(folder), "--db", str(db), "--jobs", str(jobs), "--no-progress"]
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    if cache is not None:
        env["MINUTIER_CACHE"] = str(cache)
    peak = 0
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, sum(_memory_kb(pid) for pid in _descendants(process.pid)))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = process.communicate()[0]
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"ingest failed ({process.returncode}):\n{output}")
    lines = output.strip().splitlines()
    summary = next((line for line in reversed(lines) if " s → " in line), lines[-1])  # not the checks' line after it
    return elapsed, peak, summary


def _own_seconds(line: str) -> float:
    """The time the ingest reports for itself ("… — 0.1 s → db"), without Python's start-up."""
    return float(line.rsplit(" s → ", 1)[0].rsplit("— ", 1)[1])


def build_scans(scans: list[Path], pages: int, folder: Path, round_: int) -> tuple[list[Path], int]:
    """Fresh distinct copies of the scans, taken in turn until at least `pages` scanned pages."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.pdf"):
        stale.unlink()
    files, total = [], 0
    for path in scans:
        if total >= pages:
            break
        target = folder / f"{path.stem}-ocr-{round_:02d}.pdf"
        target.write_bytes(path.read_bytes() + f"\n% minutier bench scan {round_}\n".encode())
        files.append(target)
        total += scanned_pages(path)
    return files, total


def bench(pages: int, jobs: int, workdir: Path, naive: str = "sample", repeat: int = 1, shared: Path | None = None,
          scan_pages: int = 16, corpus: tuple[list[Path], list[Path]] | None = None) -> dict:
    """Measure (a), (b), (c), (d) and the unchanged re-ingest on a corpus of at least `pages` pages.

    With `repeat` > 1 the measures are taken in rounds, (a) then (c) then (b) then (d) in each,
    and the best time of each is kept: a shared machine only ever adds time, and interleaving
    gives them the same chances. Peak memory is the highest of the rounds. `corpus`: (text-layer
    PDFs, scanned PDFs) instead of `sources(shared)`."""
    text_sources, scan_sources = corpus or sources(shared)
    folder = workdir / f"corpus-{pages}"
    files, total = build_corpus(text_sources, pages, folder)
    db = workdir / f"bench-{pages}.duckdb"
    result = {"pages": total, "files": len(files), "sources": [s.name for s in text_sources], "repeat": repeat,
              "seconds": {}}
    sample = files if naive == "all" else files[: 2 * len(text_sources)]  # two copies each: both workers kept busy
    from pipeline.ingest import ingest

    def best(key: str, seconds: float) -> None:
        result["seconds"].setdefault(key, []).append(seconds)
        result[key] = min(result.get(key, seconds), seconds)

    result["cpu"] = processor_costs(text_sources, rounds=max(3, repeat))
    for round_ in range(repeat):
        for stale in workdir.glob(f"bench-{pages}.duckdb*"):
            stale.unlink()
        seconds, peak, line = run_ingest(folder, db, jobs)
        if seconds <= result.get("ingest_s", seconds):
            result["ingest_line"] = line
        best("ingest_s", seconds)
        result["peak_kb"] = max(result.get("peak_kb", 0), peak)
        seconds, _, result["reingest_line"] = run_ingest(folder, db, jobs)
        best("reingest_s", seconds)
        started = time.perf_counter()
        ingest([folder], db, jobs=jobs, progress=False)  # once more, in this process: the ingest's own time, precisely
        best("reingest_own_s", time.perf_counter() - started)
        best("pdfium_s", timed_pool(_pdfium, files, jobs))
        if naive != "none":
            result["naive_pages"] = sum(page_count(f) for f in sample)
            best("naive_s", timed_pool(_naive, sample, jobs))
        if scan_sources and scan_pages > 0:
            scans, result["scan_pages"] = build_scans(scan_sources, scan_pages, workdir / "scans", round_)
            result["scan_sources"] = [s.name.rsplit("-ocr-", 1)[0] for s in scans]
            cache = workdir / f"ocr-cache-{round_}"
            scan_db = workdir / f"scans-{round_}.duckdb"
            seconds, peak, result["scan_line"] = run_ingest(workdir / "scans", scan_db, jobs, cache=cache)
            best("scan_s", seconds)
            result["scan_peak_kb"] = max(result.get("scan_peak_kb", 0), peak)
            shutil.rmtree(cache, ignore_errors=True)
    return result


def ocr_seconds_per_page_core(r: dict, jobs: int) -> float:
    """OCR's cost: wall time of the cold scan ingest x cores (jobs) / scanned pages."""
    return r["scan_s"] * jobs / r["scan_pages"]


def mixed_rate(r: dict, jobs: int, scan_share: float) -> float:
    """Pages per second of a catalogue where `scan_share` of the pages are scans, from (a) and (d)."""
    per_page = (1 - scan_share) / (r["pages"] / r["ingest_s"]) + scan_share * r["scan_s"] / r["scan_pages"]
    return 1 / per_page


def _spread(r: dict, key: str) -> str:
    times = r.get("seconds", {}).get(key, [])
    return f" (tours : {', '.join(f'{t:.1f}' for t in times)} s)" if len(times) > 1 else ""


def report(r: dict, jobs: int, scan_share: float = 0.15) -> str:
    """The figures of one corpus size, for a person."""
    rate = lambda seconds: r["pages"] / seconds  # noqa: E731
    best = f", meilleur temps de {r['repeat']} tours alternés" if r.get("repeat", 1) > 1 else ""
    lines = [
        f"corpus : {r['pages']} pages, {r['files']} fichiers (copies distinctes de {len(r['sources'])} PDF à couche texte : "
        f"{', '.join(r['sources'])}), --jobs {jobs}{best}",
        f"  (a) pipeline complet (minutier ingest) : {r['ingest_s']:7.1f} s  {rate(r['ingest_s']):7.1f} pages/s   [{r['ingest_line']}]"
        f"{_spread(r, 'ingest_s')}",
    ]
    if "naive_s" in r:
        naive_rate = r["naive_pages"] / r["naive_s"]
        lines.append(f"  (b) naïf pdfplumber text + tables      : {r['naive_s']:7.1f} s  {naive_rate:7.1f} pages/s"
                     f"   [sur {r['naive_pages']} pages]")
    lines.append(f"  (c) pypdfium2, texte seul             : {r['pdfium_s']:7.1f} s  {rate(r['pdfium_s']):7.1f} pages/s"
                 f"{_spread(r, 'pdfium_s')}")
    if "naive_s" in r:
        lines.append(f"  a/b = {rate(r['ingest_s']) / naive_rate:.1f}x (objectif >= 8)")
    lines.append(f"  a/c = 1/{r['ingest_s'] / r['pdfium_s']:.1f} (objectif >= 1/4)")
    if "cpu" in r:
        c = r["cpu"]
        per_page = c["pdfium"] / c["pages"]
        lines.append(f"  temps processeur, un processus, une copie de chaque source ({c['pages']} pages) : pipeline "
                     f"{c['pipeline'] * 1000:.0f} ms, PDFium {c['pdfium'] * 1000:.0f} ms, soit 1/{c['pipeline'] / c['pdfium']:.1f}"
                     f" ; sans les pages de tableau 1/{(c['pipeline'] - c['tables']) / c['pdfium']:.1f}")
        if c["table_pages"]:
            table = c["tables"] / c["table_pages"]
            lines.append(f"  coût d'une page de tableau DM (pdfplumber, {c['table_pages']} pages) : {table * 1000:.0f} ms, "
                         f"soit {table / per_page:.0f} pages PDFium ({per_page * 1000:.1f} ms la page) ; "
                         f"{c['tables'] / c['pipeline']:.0%} du temps du pipeline")
    if "scan_s" in r:
        lines.append(f"  (d) numérisés, OCR à froid : {r['scan_pages']} pages image ({', '.join(r['scan_sources'])}) en "
                     f"{r['scan_s']:.1f} s, soit {ocr_seconds_per_page_core(r, jobs):.2f} s par page et par cœur "
                     f"(objectif <= 2.5){_spread(r, 'scan_s')}   [{r['scan_line']}]")
        lines.append(f"  catalogue où un tiers des documents sont numérisés ({scan_share:.0%} des pages) : "
                     f"{mixed_rate(r, jobs, scan_share):.1f} pages/s")
    else:
        lines.append("  (d) numérisés : aucun PDF numérisé trouvé (data/raw, --shared) : OCR non mesurée")
    lines.append(f"  mémoire de pointe de l'ingest (PSS, tous processus) : {r['peak_kb'] / 1024:.0f} Mo (objectif <= 1024 Mo)")
    own_first, own_second = _own_seconds(r["ingest_line"]), r["reingest_own_s"]
    lines.append(f"  seconde ingestion, rien de changé : {r['reingest_s']:.2f} s, soit {r['ingest_s'] / r['reingest_s']:.0f}x plus rapide "
                 f"(objectif >= 50x) ; sans le démarrage de Python : {own_second:.2f} s contre {own_first:.1f} s, "
                 f"{own_first / own_second:.0f}x")
    return "\n".join(lines)


def writer_rate(documents: int, workdir: Path, shared: Path | None = None) -> dict:
    """The warehouse writer's own rate, in documents per second: the text-layer sources are read
    once, then `documents` distinct copies are ingested with their results handed over at once
    (no reading), as a cluster faster than the writer would hand them: hashing, planning,
    writing, checks and persons, all on the writer's side."""
    from dataclasses import replace

    from pipeline import ingest as ingest_module
    from pipeline.process import for_the_writer, process_file

    text_sources, _ = sources(shared)
    read = {path.name: for_the_writer(process_file(path)) for path in text_sources}
    folder = workdir / f"writer-{documents}"
    folder.mkdir(parents=True, exist_ok=True)
    origin: dict[str, str] = {}
    for copy in range(documents):
        path = text_sources[copy % len(text_sources)]
        target = folder / f"{path.stem}-w{copy:06d}.pdf"
        target.write_bytes(path.read_bytes() + f"\n% minutier writer copy {copy}\n".encode())
        origin[str(target)] = path.name

    def handed_over(paths, jobs, limits, cluster=None):
        for target in paths:
            result = read[origin[str(target)]]
            did = hashlib.sha256(Path(target).read_bytes()).hexdigest()
            yield replace(result, path=str(target), document_id=did,
                          document=replace(result.document, document_id=did, path=str(target)))

    db = workdir / f"writer-{documents}.duckdb"
    saved = ingest_module._results
    ingest_module._results = handed_over
    try:
        started, cpu = time.perf_counter(), time.process_time()
        summary = ingest_module.ingest([folder], db, jobs=0, progress=False)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        ingest_module._results = saved
    return {"documents": documents, "seconds": seconds, "cpu": cpu, "loaded": summary.loaded,
            "pages": sum(r.document.pages[-1].number for r in read.values()) * documents // len(read)}


def compile_bytecode() -> int:
    """Write the bytecode of the project's modules (`__pycache__`, as installing a wheel does),
    even under PYTHONDONTWRITEBYTECODE: without it every process of an ingest (the ingest process,
    the forkserver every worker waits for) compiles the sources of `pipeline` and `extractors`
    again, 0.14 s of processor time for the forkserver's imports alone (docs/perf.md). Returns
    how many modules were compiled (0 when their bytecode was up to date). Raises RuntimeError when
    a module does not compile (`compile_dir` returns a false value): the measures would time a
    process compiling it again, or failing."""
    import compileall
    import io
    from contextlib import redirect_stdout

    out = io.StringIO()
    with redirect_stdout(out):  # compileall prints "Compiling ..." for each module it writes, and its errors
        failed = [package for package in ("pipeline", "extractors") if not compileall.compile_dir(str(ROOT / package), quiet=0)]
    if failed:
        raise RuntimeError(f"bytecode non écrit pour {', '.join(failed)} : {out.getvalue().strip()[-2000:]}")
    return out.getvalue().count("Compiling")


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m pipeline.bench`."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", default="1000", help="corpus size in pages; several sizes separated by commas (default: 1000)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for each measure (default: 2)")
    parser.add_argument("--naive", choices=("sample", "all", "none"), default="sample",
                        help="the slow pdfplumber baseline (b): on one copy of each source PDF (sample, default: its rate "
                             "in pages/s is the same), on the whole corpus (all), or not at all (none)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds of the three measures, interleaved; the best time of each is kept (default: 3)")
    parser.add_argument("--workdir", default=None, help="where to build the corpus (default: a temporary folder, removed)")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"),
                        help="the shared folder whose corpus/dev, corpus/real (and, for scans, corpus/unannotated) "
                             "add sources when present (default: ../shared)")
    parser.add_argument("--scan-pages", type=int, default=16,
                        help="scanned pages OCRed from a cold cache in each round (default: 16; 0: no OCR measure)")
    parser.add_argument("--scan-share", type=float, default=0.15,
                        help="share of scanned pages in the catalogue whose rate is estimated (default: 0.15, a third "
                             "of the documents: scans are shorter)")
    parser.add_argument("--writer", type=int, default=0, metavar="DOCUMENTS",
                        help="measure only the warehouse writer's rate (documents/s) on this many documents whose "
                             "results are handed over at once, as by a cluster faster than the writer (docs/scale.md)")
    args = parser.parse_args(argv)
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="minutier-bench-"))
    shared = Path(args.shared) if args.shared and Path(args.shared).is_dir() else None
    compiled = compile_bytecode()  # what an installed package has: the measures time the code, not its compilation
    if compiled:
        print(f"bytecode écrit pour {compiled} module(s) de pipeline/ et extractors/ (comme à l'installation)", flush=True)
    try:
        if args.writer:
            w = writer_rate(args.writer, workdir, shared)
            print(f"écrivain seul : {w['loaded']} documents ({w['pages']} pages) écrits en {w['seconds']:.1f} s, "
                  f"soit {w['documents'] / w['seconds']:.1f} documents/s ; temps processeur {w['cpu']:.1f} s, soit "
                  f"{w['documents'] / w['cpu']:.1f} documents/s sur un cœur libre", flush=True)
            return 0
        for size in (int(s) for s in args.pages.split(",")):
            result = bench(size, args.jobs, workdir, naive=args.naive, repeat=max(1, args.repeat), shared=shared,
                           scan_pages=args.scan_pages)
            print(report(result, args.jobs, args.scan_share), flush=True)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
