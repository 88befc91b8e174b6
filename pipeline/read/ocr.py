"""OCR of scanned PDF pages with tesseract (French data), when it is installed.

Pages are rendered with pypdfium2 at `SETTINGS.dpi` (grey) and read by tesseract in French; its
TSV output keeps each line's left edge and top, converted to PDF points so that layout rules
work on scans as on text PDFs. What this module adds to a plain `tesseract page.png` call:

- **one thread per tesseract**: two workers each running a multi-threaded (OpenMP) tesseract
  thrash a 2-core machine (30 s for a page that takes 4.7 s alone). The engine is the tesseract
  API through tesserocr when it is installed (no PNG written and read back, one model load per
  worker, no OpenMP in its wheel), else the `tesseract` command with `OMP_THREAD_LIMIT=1` in
  its environment;
- **the pages of a long scan spread over the cores** that other workers leave idle
  (`pipeline.cores`): a worker reads one page at a time on its own core, and one more page in a
  thread for each core it can borrow;
- **tables read as tables**: ruled tables are found in the image (long horizontal rulings
  stacked close together), blanked out of the page pass, and read again on their own crop in a
  block mode (`table_psm`, 6: one uniform block), where the page mode (3) drops rows whose
  cells are not aligned on one baseline; with vertical rulings, each table row becomes one line,
  its cells joined left to right ("Chapitre 21 Compte 212 Aménagement de terrain + 5 500 €");
- **orientation**: a page that reads poorly is checked for a rotation (tesseract's OSD) and
  read again upright when that reads better;
- **a confidence per page** (tesseract's word confidences, averaged over the characters): the
  reader leaves out the text of a page below `min_page_confidence` and marks the document
  `partial`, instead of extracting facts from noise.

Results are cached per file (SHA-256), page and settings (`settings_key()`: the engine and its
version, the resolution, the modes, every threshold), so a re-extraction does not pay for OCR
again and a change of OCR settings never serves stale text.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import queue
import re
import shutil
import subprocess
import tempfile
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline.read.common import RawLine

CACHE_FORMAT = 2  # bumped when what a cache file holds changes


@dataclass(frozen=True)
class OcrSettings:
    """Every setting that changes what OCR reads (all part of the cache key)."""

    dpi: int = 300  # rendering resolution: 10 pt text is 28 pixels high, as tesseract likes it
    lang: str = "fra"
    page_psm: int = 3  # tesseract's automatic page segmentation (columns, blocks), no OSD
    table_psm: int = 6  # a table's crop read as one uniform block of text: rows are kept whole
    do_invert: bool = False  # tesseract 5 reads low-confidence lines again inverted (white on black): rare in minutes
    min_page_confidence: float = 50.0  # below: more characters likely wrong than right; the page's text is left out
    orientation_check_below: float = 70.0  # a page reading worse than this is checked for a rotation
    min_orientation_confidence: float = 2.0  # tesseract OSD's own threshold for a reliable orientation
    ink_level: int = 200  # grey level below which a pixel is ink, for finding rulings (thin rulings are grey)
    ruling_min_points: float = 72.0  # a horizontal ruling is at least one inch long
    ruling_max_gap_points: float = 100.0  # consecutive rulings of one table: a row up to ~6 lines of text
    table_min_rulings: int = 3  # a header row and one data row at least
    erase_horizontal_points: float = 24.0  # rulings erased from a table's crop: longer than any word's ink
    erase_vertical_points: float = 14.0  # and taller than any letter
    label_value_chars: int = 4  # a value ("11", "10") alone on its row joins the label ending in ":" to its left
    label_value_gap_points: float = 150.0  # at most this far from it
    timeout_seconds: float = 120.0  # per page, for the command-line engine


SETTINGS = OcrSettings()


# --------------------------------------------------------------------------------------------
# Engines: the tesseract API (tesserocr) or the command
# --------------------------------------------------------------------------------------------


def _tessdata_dir() -> str | None:
    """Where tesseract's language data is (TESSDATA_PREFIX, else what `tesseract --list-langs` says)."""
    if os.environ.get("TESSDATA_PREFIX"):
        return os.environ["TESSDATA_PREFIX"]
    out = _list_langs_output()
    match = re.search(r'"([^"]+)"', out.splitlines()[0]) if out else None
    return match.group(1) if match else None


@functools.cache
def _list_langs_output() -> str:
    exe = shutil.which("tesseract")
    if not exe:
        return ""
    try:
        result = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, env=_child_env())
    except (OSError, subprocess.SubprocessError):
        return ""
    return result.stdout + result.stderr


def _child_env() -> dict[str, str]:
    """The environment of a tesseract process: one OpenMP thread, whatever the caller's."""
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


class _CommandEngine:
    """The `tesseract` command, one process per call (PNG in, TSV out), one thread each."""

    def __init__(self):
        version = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, env=_child_env())
        self.name = "tesseract-cli-" + ((version.stdout or version.stderr).split() or ["?", "?"])[1]

    def _run(self, image, args: list[str]) -> str | None:
        with tempfile.TemporaryDirectory(prefix="minutier-ocr-") as tmp:
            png = Path(tmp) / "page.png"
            image.save(png)
            try:
                result = subprocess.run(["tesseract", str(png), "stdout", *args], capture_output=True, text=True,
                                        timeout=SETTINGS.timeout_seconds, env=_child_env())
            except subprocess.TimeoutExpired:
                return None
        return result.stdout if result.returncode == 0 else None

    def tsv(self, image, psm: int) -> str | None:
        return self._run(image, ["-l", SETTINGS.lang, "--psm", str(psm),
                                 "-c", f"tessedit_do_invert={int(SETTINGS.do_invert)}", "tsv"])

    def orientation(self, image) -> tuple[int, float] | None:
        out = self._run(image, ["--psm", "0"])
        if not out:
            return None
        degrees = re.search(r"Orientation in degrees: (\d+)", out)  # as the API's orient_deg ("Rotate:" is its opposite)
        confidence = re.search(r"Orientation confidence: ([\d.]+)", out)
        return (int(degrees.group(1)), float(confidence.group(1))) if degrees and confidence else None


class _ApiEngine:
    """The tesseract library through tesserocr: the image handed over in memory, the model loaded
    once per thread and kept for the worker's next pages."""

    def __init__(self, tesserocr, tessdata: str):
        self.tesserocr, self.tessdata = tesserocr, tessdata
        self.name = "tesserocr-" + tesserocr.tesseract_version().split()[1]
        self.idle: queue.SimpleQueue = queue.SimpleQueue()  # models ready for a thread to use
        self.osd = None
        self.osd_lock = threading.Lock()

    def _api(self):
        try:
            return self.idle.get_nowait()
        except queue.Empty:
            api = self.tesserocr.PyTessBaseAPI(path=self.tessdata, lang=SETTINGS.lang, init=True)
            api.SetVariable("tessedit_do_invert", str(int(SETTINGS.do_invert)))
            return api

    def tsv(self, image, psm: int) -> str | None:
        api = self._api()
        try:
            api.SetPageSegMode(psm)
            api.SetImage(image)
            return api.GetTSVText(0)
        finally:
            api.Clear()
            self.idle.put(api)

    def orientation(self, image) -> tuple[int, float] | None:
        with self.osd_lock:
            if self.osd is None:
                self.osd = self.tesserocr.PyTessBaseAPI(path=self.tessdata, lang="osd", psm=self.tesserocr.PSM.OSD_ONLY)
            self.osd.SetImage(image)
            found = self.osd.DetectOrientationScript()
            self.osd.Clear()
        return (int(found["orient_deg"]), float(found["orient_conf"])) if found else None


@functools.cache
def available() -> bool:
    """True when tesseract and its French data are installed."""
    return SETTINGS.lang in _list_langs_output().split()


_ENGINE_LOCK = threading.Lock()


@functools.cache
def engine():
    """The tesseract API when tesserocr is installed and finds the language data, else the command."""
    with _ENGINE_LOCK:
        if os.environ.get("MINUTIER_OCR_ENGINE") != "cli":
            os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # a tesserocr built against an OpenMP tesseract
            try:
                import tesserocr

                tessdata = _tessdata_dir()
                if tessdata and SETTINGS.lang in tesserocr.get_languages(tessdata)[1]:
                    return _ApiEngine(tesserocr, tessdata)
            except (ImportError, RuntimeError, OSError):
                pass
        return _CommandEngine()


def settings_key() -> str:
    """What the cache key holds besides the file and page: the engine and its version, every
    setting, and this module's code (how tables are found and lines assembled)."""
    return _settings_key(engine().name, json.dumps(asdict(SETTINGS), sort_keys=True))


@functools.cache
def _settings_key(engine_name: str, settings: str) -> str:
    digest = hashlib.sha256(json.dumps([CACHE_FORMAT, engine_name, settings]).encode())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:12]


# --------------------------------------------------------------------------------------------
# Cache
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageOcr:
    """What OCR read on one page: its lines (PDF points), the confidence (0-100, averaged over
    the characters of its words; None when no word was read) and the rotation applied (degrees)."""

    lines: tuple[RawLine, ...]
    confidence: float | None
    rotation: int = 0

    @property
    def trusted(self) -> bool:
        """Whether the page reads well enough for facts to be drawn from it."""
        return self.confidence is None or self.confidence >= SETTINGS.min_page_confidence


def cache_dir() -> Path:
    """Where OCR results are kept between runs ($MINUTIER_CACHE, else ~/.cache/minutier)."""
    return Path(os.environ.get("MINUTIER_CACHE") or Path.home() / ".cache" / "minutier") / "ocr"


def _cache_file(data_hash: str, index: int) -> Path:
    return cache_dir() / f"{data_hash}-{index}-{settings_key()}.json"


def _cached(data_hash: str, index: int) -> PageOcr | None:
    try:
        stored = json.loads(_cache_file(data_hash, index).read_text(encoding="utf-8"))
        return PageOcr(tuple(RawLine(t, x, y) for t, x, y in stored["lines"]), stored["confidence"], stored["rotation"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _store(data_hash: str, index: int, page: PageOcr) -> None:
    try:
        path = _cache_file(data_hash, index)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        stored = {"lines": [[line.text, line.x0, line.top] for line in page.lines], "confidence": page.confidence,
                  "rotation": page.rotation}
        tmp.write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a read-only home: OCR again next time


# --------------------------------------------------------------------------------------------
# TSV to lines
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """A word of tesseract's TSV, in pixels of the image it read."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float
    line: tuple[int, int, int]  # (block, paragraph, line)


def tsv_words(tsv: str, dx: int = 0, dy: int = 0) -> list[Word]:
    """The words of tesseract's TSV (level 5 rows with text), shifted by (dx, dy) pixels."""
    words = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        words.append(Word(cols[11], int(cols[6]) + dx, int(cols[7]) + dy, int(cols[8]), int(cols[9]), float(cols[10]),
                          (int(cols[2]), int(cols[3]), int(cols[4]))))
    return words


def _tsv_lines(tsv: str, scale: float) -> list[RawLine]:
    """Group tesseract's TSV words into lines (block, paragraph, line), in reading order."""
    return words_to_lines(tsv_words(tsv), scale)


def words_to_lines(words: list[Word], scale: float) -> list[RawLine]:
    """Words grouped into lines by tesseract's (block, paragraph, line), in its reading order; a
    value standing alone to the right of a label on its row joins it ("délibération :" and "11"
    of a margin box, which tesseract may put in two blocks), as a text layer's row would."""
    groups: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        groups.setdefault(word.line, []).append(word)
    ordered = [sorted(group, key=lambda w: w.left) for group in groups.values()]
    for value in [g for g in ordered if len(g) == 1 and len(g[0].text) <= SETTINGS.label_value_chars]:
        word = value[0]
        labels = [g for g in ordered if g and g is not value and g[-1].text.endswith(":")
                  and g[-1].left + g[-1].width <= word.left
                  and word.left - (g[-1].left + g[-1].width) <= SETTINGS.label_value_gap_points / scale
                  and abs((g[-1].top + g[-1].height / 2) - (word.top + word.height / 2)) <= word.height / 2]
        if labels:
            max(labels, key=lambda g: g[-1].left).append(word)
            value.clear()
    lines = []
    for group in ordered:
        if group:
            lines.append(RawLine(" ".join(w.text for w in group), round(group[0].left * scale, 1),
                                 round(min(w.top for w in group) * scale, 1)))
    return lines


def confidence(words: list[Word]) -> float | None:
    """Tesseract's word confidences averaged over the characters (a long word weighs more)."""
    weights = [(len(w.text.strip()), w.confidence) for w in words if w.confidence >= 0 and w.text.strip()]
    total = sum(n for n, _ in weights)
    return round(sum(n * c for n, c in weights) / total, 1) if total else None


# --------------------------------------------------------------------------------------------
# Tables in the image
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """A ruled table found in a page image (pixels): its box, its horizontal rulings' rows and
    its vertical rulings' columns (inside the box)."""

    left: int
    top: int
    right: int
    bottom: int
    rows: tuple[int, ...]
    columns: tuple[int, ...]


def _runs(mask, length: int, axis: int):
    """Where a run of at least `length` ink pixels starts, along `axis` (1: rows, 0: columns);
    a pixel in 50 may be missing (a scanned ruling has holes)."""
    import numpy as np

    sums = np.cumsum(mask, axis=axis, dtype=np.int32)
    need = length - length // 50
    if axis == 1:
        sums = np.pad(sums, ((0, 0), (1, 0)))
        return (sums[:, length:] - sums[:, :-length]) >= need
    sums = np.pad(sums, ((1, 0), (0, 0)))
    return (sums[length:, :] - sums[:-length, :]) >= need


def _bands(indexes) -> list[tuple[int, int]]:
    """Consecutive integers grouped into (first, last) bands."""
    bands: list[tuple[int, int]] = []
    for i in indexes:
        i = int(i)
        if bands and i - bands[-1][1] <= 1:
            bands[-1] = (bands[-1][0], i)
        else:
            bands.append((i, i))
    return bands


def _rulings(ink, thick, length: int, thickest: int, merge: int) -> list[tuple[int, int, int]]:
    """Horizontal rulings (y, x0, x1) of an ink mask: bands of rows of `thick` (the mask
    thickened) holding a run of `length`, thin in every column of `ink` (a line of dense text
    makes runs too, but it is as high as its letters); bands less than `merge` apart are one
    ruling (a skewed line steps down a row or two along its length; a double rule is one)."""
    import numpy as np

    starts = _runs(thick, length, 1)
    found: list[list[int]] = []
    for first, last in _bands(np.flatnonzero(starts.any(axis=1))):
        if last - first + 1 > thickest:  # a filled box, a photograph: not a ruling
            continue
        xs = np.flatnonzero(starts[first:last + 1].any(axis=0))
        x0, x1 = int(xs.min()), int(xs.max()) + length
        if np.median(ink[max(0, first - 1):last + 2, x0:x1].sum(axis=0)) > max(2, thickest // 4):
            continue  # as high as a line of letters: text, not a ruling
        if found and first - found[-1][1] <= merge and min(x1, found[-1][3]) - max(x0, found[-1][2]) > 0:
            found[-1] = [found[-1][0], last, min(x0, found[-1][2]), max(x1, found[-1][3])]
        else:
            found.append([first, last, x0, x1])
    return [((first + last) // 2, x0, x1) for first, last, x0, x1 in found]


def find_tables(image, dpi: int | None = None) -> list[Table]:
    """Ruled tables of a grey page image: at least `table_min_rulings` horizontal rulings, each at
    least `ruling_min_points` long, of about the same extent (a table's rulings span its width),
    less than `ruling_max_gap_points` apart. A page frame (rulings a page apart) or an
    underlined heading (one short ruling) is not a table. Works on the image halved (a ruling of
    one pixel survives: a 2x2 block with ink is ink)."""
    import numpy as np

    dpi = dpi or SETTINGS.dpi
    gray = np.asarray(image)
    height, width = (gray.shape[0] // 2) * 2, (gray.shape[1] // 2) * 2
    ink = gray[:height, :width] < SETTINGS.ink_level
    ink = ink[0::2, 0::2] | ink[1::2, 0::2] | ink[0::2, 1::2] | ink[1::2, 1::2]
    half = dpi / 72.0 / 2  # pixels of the halved image per point
    thick = ink.copy()  # a slightly skewed ruling drifts by a pixel along its length
    thick[1:] |= ink[:-1]
    rulings = _rulings(ink, thick, max(8, int(SETTINGS.ruling_min_points * half)), max(4, int(6 * half)),
                       max(2, int(6 * half)))
    groups: list[list[tuple[int, int, int]]] = []
    gap = SETTINGS.ruling_max_gap_points * half
    for ruling in rulings:  # each joins the group of rulings just above with the same extent (side by side boxes are apart)
        for group in reversed(groups):
            last = group[-1]
            overlap = min(last[2], ruling[2]) - max(last[1], ruling[1])
            if ruling[0] - last[0] <= gap and overlap >= 0.8 * max(last[2] - last[1], ruling[2] - ruling[1]):
                group.append(ruling)
                break
        else:
            groups.append([ruling])
    out = []
    for group in (part for g in groups for part in _split(g)):
        if len(group) < 2:
            continue
        left, right = min(r[1] for r in group), max(r[2] for r in group)
        top, bottom = group[0][0], group[-1][0]
        box = ink[top:bottom + 1, left:right]
        columns = _columns(box, max(2, int(3 * half)))
        if len(group) >= SETTINGS.table_min_rulings and columns:
            out.append(Table(left * 2, top * 2, right * 2, bottom * 2, tuple(r[0] * 2 for r in group),
                             tuple((left + c) * 2 for c in columns)))
        elif _framed(ink, group):  # a framed box (the prefecture's receipt stamp, an inset): read on its own
            out.append(Table(left * 2, top * 2, right * 2, bottom * 2, tuple(r[0] * 2 for r in group), ()))
        # else: underlined lines of text are stacked rulings too, but nothing crosses them
    return out


def _framed(ink, group: list[tuple[int, int, int]]) -> bool:
    """Whether the box between rulings (halved image) is closed by vertical rulings at both ends
    (looked for around the rulings' ends, which a scan's noise may shorten or lengthen)."""
    top, bottom = group[0][0], group[-1][0]
    height = bottom - top + 1
    lefts, rights = [r[1] for r in group], [r[2] for r in group]
    if height < 4 or min(rights) - max(lefts) < 8:
        return False
    edge = max(3, (min(rights) - max(lefts)) // 50)
    band = ink[top:bottom + 1]
    sides = band[:, max(0, min(lefts) - edge):max(lefts) + edge], band[:, max(0, min(rights) - edge):max(rights) + edge]
    return all(side.shape[1] and side.sum(axis=0).max() >= 0.7 * height for side in sides)


def _split(group: list[tuple[int, int, int]]) -> list[list[tuple[int, int, int]]]:
    """Two tables one above the other (a heading between them): split where the gap between
    rulings exceeds twice the group's median gap."""
    if len(group) < 3:
        return [group]
    gaps = sorted(b[0] - a[0] for a, b in zip(group, group[1:], strict=False))
    limit = 2 * gaps[len(gaps) // 2]
    parts = [[group[0]]]
    for previous, ruling in zip(group, group[1:], strict=False):
        if ruling[0] - previous[0] > limit:
            parts.append([])
        parts[-1].append(ruling)
    return parts


def _columns(ink, widest: int) -> list[int]:
    """x of the vertical rulings inside a table's box (halved image), its left and right edges
    aside: thin bands of columns inked over at least 70 % of the table's height (a header row
    may span the columns; a letter's stem is far shorter)."""
    import numpy as np

    if ink.shape[0] < 4 or ink.shape[1] < 4:
        return []
    thick = ink.copy()
    thick[:, 1:] |= ink[:, :-1]
    covered = thick.sum(axis=0) >= 0.7 * ink.shape[0]
    columns = [(a + b) // 2 for a, b in _bands(np.flatnonzero(covered)) if b - a + 1 <= widest]
    edge = max(3, ink.shape[1] // 100)
    return [c for c in columns if edge < c < ink.shape[1] - edge]


def _spread(starts, length: int, axis: int, size: int):
    """Every pixel covered by a run that starts in `starts` (as `_runs` gives them) and is `length` long."""
    import numpy as np

    pad = [(0, 0), (0, 0)]
    pad[axis] = (0, size - starts.shape[axis])
    sums = np.cumsum(np.pad(starts, pad), axis=axis, dtype=np.int32)
    pad[axis] = (1, 0)
    sums = np.pad(sums, pad)
    high, low = np.arange(1, size + 1), np.maximum(0, np.arange(size) - length + 1)
    return (np.take(sums, high, axis=axis) - np.take(sums, low, axis=axis)) > 0


def erase_rulings(image, dpi: int | None = None):
    """The image with its rulings painted white: tesseract reads nothing in a crop boxed by
    lines (block mode), and the letters without them. Horizontal runs of ink at least
    `erase_horizontal_points` long, vertical ones at least `erase_vertical_points` (taller than
    any letter's stem), and the pixel around them (anti-aliased edges)."""
    import numpy as np
    from PIL import Image

    scale = (dpi or SETTINGS.dpi) / 72.0
    gray = np.array(image)
    ink = gray < SETTINGS.ink_level
    horizontal, vertical = int(SETTINGS.erase_horizontal_points * scale), int(SETTINGS.erase_vertical_points * scale)
    mask = np.zeros_like(ink)
    if ink.shape[1] > horizontal:
        mask |= _spread(_runs(ink, horizontal, 1), horizontal, 1, ink.shape[1])
    if ink.shape[0] > vertical:
        mask |= _spread(_runs(ink, vertical, 0), vertical, 0, ink.shape[0])
    grown = mask.copy()
    grown[1:] |= mask[:-1]
    grown[:-1] |= mask[1:]
    grown[:, 1:] |= mask[:, :-1]
    grown[:, :-1] |= mask[:, 1:]
    gray[grown] = 255
    return Image.fromarray(gray)


def table_lines(table: Table, words: list[Word], scale: float) -> list[RawLine]:
    """The lines of a table read on its crop: with vertical rulings, one line per row (between two
    horizontal rulings), its cells left to right, each cell's words in reading order; without,
    the lines as tesseract read them."""
    if not table.columns:
        return words_to_lines(words, scale)
    bounds = [table.left, *table.columns, table.right]
    rows: dict[int, dict[int, list[Word]]] = {}
    for word in words:
        middle_y, middle_x = word.top + word.height / 2, word.left + word.width / 2
        row = sum(1 for y in table.rows if y <= middle_y)
        column = sum(1 for x in bounds[1:-1] if x <= middle_x)
        rows.setdefault(row, {}).setdefault(column, []).append(word)
    lines = []
    for row in sorted(rows):
        cells = rows[row]
        texts = []
        for column in sorted(cells):
            cell = sorted(cells[column], key=lambda w: (w.line, w.left))
            texts.append(" ".join(w.text for w in cell))
        every = [w for cell in cells.values() for w in cell]
        lines.append(RawLine(" ".join(texts), round(min(w.left for w in every) * scale, 1),
                             round(min(w.top for w in every) * scale, 1)))
    return lines


# --------------------------------------------------------------------------------------------
# A page
# --------------------------------------------------------------------------------------------


def _read(image, scale: float) -> tuple[list[RawLine], list[Word]] | None:
    """Lines of one upright page image: tables blanked out of the page pass and read on their crop."""
    from PIL import ImageDraw

    ocr = engine()
    tables = find_tables(image)
    page_image = image
    if tables:
        page_image = image.copy()
        draw = ImageDraw.Draw(page_image)
        for t in tables:
            draw.rectangle((t.left, t.top, t.right, t.bottom), fill=255)
    tsv = ocr.tsv(page_image, SETTINGS.page_psm)
    if tsv is None:
        return None
    words = tsv_words(tsv)
    lines = words_to_lines(words, scale)
    pad = 4
    for t in tables:
        crop = image.crop((max(0, t.left - pad), max(0, t.top - pad), t.right + pad, t.bottom + pad))
        crop_tsv = ocr.tsv(erase_rulings(crop), SETTINGS.table_psm)
        if crop_tsv is None:
            continue
        crop_words = tsv_words(crop_tsv, max(0, t.left - pad), max(0, t.top - pad))
        words += crop_words
        lines = _insert(lines, table_lines(t, crop_words, scale), t, scale)
    return lines, words


def _insert(lines: list[RawLine], table: list[RawLine], t: Table, scale: float) -> list[RawLine]:
    """The table's lines placed after the last line above it in its column (tesseract's reading
    order goes column by column), else by their position on the page."""
    if not table:
        return lines
    top, left, right = t.top * scale, t.left * scale, t.right * scale
    after = -1
    for index, line in enumerate(lines):
        if line.top is not None and line.top < top and line.x0 is not None and left - 20 <= line.x0 <= right:
            after = index
    if after < 0:
        after = sum(1 for line in lines if line.top is not None and line.top < top) - 1
    return lines[:after + 1] + table + lines[after + 1:]


def ocr_image(image) -> PageOcr | None:
    """OCR one rendered page (grey PIL image at `SETTINGS.dpi`); None when tesseract failed."""
    scale = 72.0 / SETTINGS.dpi
    read = _read(image, scale)
    if read is None:
        return None
    lines, words = read
    page = PageOcr(tuple(lines), confidence(words))
    if page.confidence is None or page.confidence < SETTINGS.orientation_check_below:
        found = engine().orientation(image)
        if found and found[0] % 360 and found[1] >= SETTINGS.min_orientation_confidence:
            upright = image.rotate(found[0], expand=True)
            again = _read(upright, scale)
            if again is not None:
                turned = PageOcr(tuple(again[0]), confidence(again[1]), found[0] % 360)
                if (turned.confidence or 0) > (page.confidence or 0):
                    page = turned
    return page


def _render(data: bytes, index: int):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[index]
        try:
            return page.render(scale=SETTINGS.dpi / 72, grayscale=True).to_pil().convert("L")
        finally:
            page.close()
    finally:
        pdf.close()


def _ocr_page(data: bytes, data_hash: str, index: int) -> PageOcr | None:
    page = ocr_image(_render(data, index))
    if page is not None:
        _store(data_hash, index, page)
    return page


def ocr_pages(data: bytes, page_indexes: list[int]) -> dict[int, PageOcr]:
    """OCR the given 0-based pages of a PDF; returns what each read (pages tesseract failed on are absent).

    Results are cached by the file's SHA-256, page and `settings_key()`. Pages are read one at a
    time on this process's core, plus one more at a time for each core another worker leaves
    idle (`pipeline.cores.borrow`), so a long scan read while the other workers wait uses them.
    """
    from pipeline import cores

    data_hash = hashlib.sha256(data).hexdigest()
    out: dict[int, PageOcr] = {}
    todo = []
    for index in page_indexes:
        cached = _cached(data_hash, index)
        if cached is None:
            todo.append(index)
        else:
            out[index] = cached
    if not todo:
        return out
    todo.reverse()  # popped from the end: first pages first
    running: dict[Future, tuple[int, object]] = {}
    own_core_free = True
    with ThreadPoolExecutor(max_workers=max(1, cores.count()), thread_name_prefix="ocr") as pool:
        try:
            while todo or running:
                while todo:
                    if own_core_free:
                        token, own_core_free = None, False
                    else:
                        token = cores.borrow()
                        if token is None:
                            break
                    index = todo.pop()
                    running[pool.submit(_ocr_page, data, data_hash, index)] = (index, token)
                # with pages waiting, look again for an idle core now and then
                done, _ = wait(running, timeout=0.25 if todo else None, return_when=FIRST_COMPLETED)
                for future in done:
                    index, token = running.pop(future)
                    if token is None:
                        own_core_free = True
                    else:
                        cores.give_back(token)
                    page = future.result()
                    if page is not None:
                        out[index] = page
        finally:
            for future, (_, token) in running.items():
                future.cancel()
                if token is not None:
                    cores.give_back(token)
    return out
