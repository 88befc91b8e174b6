"""`make bench`: pages per second of the pipeline against a naive baseline and raw PDFium.

Builds a corpus of at least `--pages` pages from the repository's PDFs (data/raw), each copy made
distinct by a PDF comment appended after its end (`% minutier bench copy N`), so that the
ingest's hashing sees new documents. PDFs with scanned pages are left out: their OCR would
dominate and measure tesseract, not the pipeline. Then, on the same files:

  (a) the full pipeline: `minutier ingest` into a fresh warehouse (a subprocess, `--jobs`);
  (b) the naive baseline: pdfplumber `extract_text` and `extract_tables` on every page;
  (c) raw PDFium: pypdfium2 text extraction of every page;

(b) and (c) run in a pool of `--jobs` processes, like (a). The baseline (b) reads about 3 pages
per second per core, so by default it runs on two copies of each source PDF (`--naive all` for
the whole corpus): its rate in pages per second is what is compared. It prints pages/s for each, the
ratios a/b and a/c, the ingest's peak memory (proportional set size summed over the ingest
process and all its descendants, sampled from /proc every 50 ms) and the time of a second,
unchanged ingest. `--sizes 500,1000` repeats the whole for two corpus sizes, to show that the
peak memory does not grow with the corpus.
"""

from __future__ import annotations

import argparse
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


def run_ingest(folder: Path, db: Path, jobs: int) -> tuple[float, int, str]:
    """(seconds, peak memory in kB summed over the process tree, last output line) of an ingest."""
    command = [sys.executable, "-m", "pipeline", "ingest", str(folder), "--db", str(db), "--jobs", str(jobs), "--no-progress"]
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
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


def bench(pages: int, jobs: int, workdir: Path, naive: str = "sample", repeat: int = 1) -> dict:
    """Measure (a), (b), (c) and the unchanged re-ingest on a corpus of at least `pages` pages.

    With `repeat` > 1 the measures are taken in rounds, (a) then (c) then (b) in each, and the
    best time of each is kept: a shared machine only ever adds time, and interleaving gives the
    three the same chances. Peak memory is the highest of the rounds."""
    sources = sorted(p for p in (ROOT / "data" / "raw").glob("*.pdf") if not has_scanned_pages(p))
    folder = workdir / f"corpus-{pages}"
    files, total = build_corpus(sources, pages, folder)
    db = workdir / f"bench-{pages}.duckdb"
    result = {"pages": total, "files": len(files), "sources": [s.name for s in sources], "repeat": repeat}
    sample = files if naive == "all" else files[: 2 * len(sources)]  # two copies each: both workers kept busy
    from pipeline.ingest import ingest

    def best(key: str, seconds: float) -> None:
        result[key] = min(result.get(key, seconds), seconds)

    for _ in range(repeat):
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
    return result


def report(r: dict, jobs: int) -> str:
    """The figures of one corpus size, for a person."""
    rate = lambda seconds: r["pages"] / seconds  # noqa: E731
    best = f", meilleur temps de {r['repeat']} tours alternés" if r.get("repeat", 1) > 1 else ""
    lines = [
        f"corpus : {r['pages']} pages, {r['files']} fichiers (copies distinctes de {', '.join(r['sources'])}), --jobs {jobs}{best}",
        f"  (a) pipeline complet (minutier ingest) : {r['ingest_s']:7.1f} s  {rate(r['ingest_s']):7.1f} pages/s   [{r['ingest_line']}]",
    ]
    if "naive_s" in r:
        naive_rate = r["naive_pages"] / r["naive_s"]
        lines.append(f"  (b) naïf pdfplumber text + tables      : {r['naive_s']:7.1f} s  {naive_rate:7.1f} pages/s"
                     f"   [sur {r['naive_pages']} pages]")
    lines.append(f"  (c) pypdfium2, texte seul             : {r['pdfium_s']:7.1f} s  {rate(r['pdfium_s']):7.1f} pages/s")
    if "naive_s" in r:
        lines.append(f"  a/b = {rate(r['ingest_s']) / naive_rate:.1f}x (objectif >= 8)")
    lines.append(f"  a/c = 1/{r['ingest_s'] / r['pdfium_s']:.1f} (objectif >= 1/8)")
    lines.append(f"  mémoire de pointe de l'ingest (PSS, tous processus) : {r['peak_kb'] / 1024:.0f} Mo (objectif <= 1024 Mo)")
    own_first, own_second = _own_seconds(r["ingest_line"]), r["reingest_own_s"]
    lines.append(f"  seconde ingestion, rien de changé : {r['reingest_s']:.2f} s, soit {r['ingest_s'] / r['reingest_s']:.0f}x plus rapide "
                 f"(objectif >= 50x) ; sans le démarrage de Python : {own_second:.2f} s contre {own_first:.1f} s, "
                 f"{own_first / own_second:.0f}x")
    return "\n".join(lines)


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
    args = parser.parse_args(argv)
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="minutier-bench-"))
    try:
        for size in (int(s) for s in args.pages.split(",")):
            print(report(bench(size, args.jobs, workdir, naive=args.naive, repeat=max(1, args.repeat)), args.jobs), flush=True)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
