"""OCR of scanned PDF pages with the `tesseract` command (French data), when it is installed.

Pages are rendered with pypdfium2 (a pdfplumber dependency) at 300 dpi and read by tesseract
in French; its TSV output keeps each line's left edge and top, converted to PDF points so that
layout rules work on scans as on text PDFs.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from pipeline.read.common import RawLine

DPI = 300
TIMEOUT_SECONDS = 120  # per page


def cache_dir() -> Path:
    """Where OCR results are kept between runs ($MINUTIER_CACHE, else ~/.cache/minutier)."""
    return Path(os.environ.get("MINUTIER_CACHE") or Path.home() / ".cache" / "minutier") / "ocr"


def _cache_file(data_hash: str, index: int) -> Path:
    return cache_dir() / f"{data_hash}-{index}-{DPI}.json"


def _cached(data_hash: str, index: int) -> list[RawLine] | None:
    try:
        rows = json.loads(_cache_file(data_hash, index).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return [RawLine(text, x0, top) for text, x0, top in rows]


def _store(data_hash: str, index: int, lines: list[RawLine]) -> None:
    try:
        path = _cache_file(data_hash, index)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps([[line.text, line.x0, line.top] for line in lines], ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a read-only home: OCR again next time


@functools.cache
def available() -> bool:
    """True when tesseract and its French data are installed."""
    exe = shutil.which("tesseract")
    if not exe:
        return False
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "fra" in langs.split()


def _tsv_lines(tsv: str, scale: float) -> list[RawLine]:
    """Group tesseract's TSV words into lines (block, paragraph, line), in reading order."""
    groups: dict[tuple[int, int, int], list[tuple[float, float, str]]] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        key = (int(cols[2]), int(cols[3]), int(cols[4]))
        groups.setdefault(key, []).append((float(cols[6]), float(cols[7]), cols[11]))
    lines = []
    for words in groups.values():
        words.sort()
        lines.append(RawLine(" ".join(w[2] for w in words), round(words[0][0] * scale, 1), round(min(w[1] for w in words) * scale, 1)))
    return lines


def ocr_pages(data: bytes, page_indexes: list[int]) -> dict[int, list[RawLine]]:
    """OCR the given 0-based pages of a PDF; returns their lines (PDF points).

    Results are cached by the file's SHA-256 and page, so a re-extraction (a new pipeline
    version) does not pay for OCR again.
    """
    import pypdfium2 as pdfium

    data_hash = hashlib.sha256(data).hexdigest()
    out: dict[int, list[RawLine]] = {}
    todo = []
    for index in page_indexes:
        cached = _cached(data_hash, index)
        if cached is None:
            todo.append(index)
        else:
            out[index] = cached
    if not todo:
        return out
    pdf = pdfium.PdfDocument(data)
    scale = 72.0 / DPI
    with tempfile.TemporaryDirectory(prefix="minutier-ocr-") as tmp:
        for index in todo:
            image = pdf[index].render(scale=DPI / 72).to_pil().convert("L")
            png = Path(tmp) / f"p{index}.png"
            image.save(png)
            try:
                result = subprocess.run(
                    ["tesseract", str(png), "stdout", "-l", "fra", "--psm", "3", "tsv"],
                    capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
                )
            except subprocess.TimeoutExpired:
                continue
            out[index] = _tsv_lines(result.stdout, scale)
            if result.returncode == 0:
                _store(data_hash, index, out[index])
    pdf.close()
    return out
