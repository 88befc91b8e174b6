"""Tables, in the read stage: the PDF pages that may hold a DM table read with pdfplumber, and
the tables of DOCX and HTML files as their markup gives them.

PDF. PDFium reads every page's text (`pipeline.read.pdf`); tables need layout it does not give
cheaply (rulings, cells, words with their boxes), and pdfplumber's layout costs far more than
PDFium's text, so it is spent only on the pages that may hold a DM table. They are found from
the text already read: the document speaks of a budget amendment ("décision modificative",
"virement de crédits", "crédits à ouvrir"...) and the page has a line that reads as the header
of a budget table (two column names among "Chapitre", "Article", "Libellé", "Montant",
"Dépenses"..., wrapped words like "Chapitr" counted), or the page continues such a table (its
first lines open with an account or a total). On each such page, settings are chosen:

- "lines": the page's visible rulings (white strokes, shading and page backgrounds left out)
  are given to pdfplumber's table finder; every grid of two rows and two columns or more is
  kept, one cell per column (None under a merged cell), a cell's wrapped lines joined by "\\n";
- "text": the lines outside those grids, when a table header lies outside them, are given as
  rows of words with their boxes (pdfplumber's `extract_words`); the reader of the table finds
  its columns from its header, as pdfplumber's text strategy cannot on a Word export (it needs
  three aligned words per column and cuts cells across columns).

Characters set with a negligible skew (a matrix off by 1e-7) are taken as upright, as they
print, so that their words are not cut letter by letter ("C h a p itre").

Each row carries the document lines it is printed on (indexes into `Document.lines`), so that
every fact read from a table leads back to its words. A page pdfplumber cannot read is
recorded (the document becomes `partial`, with a message) and its lines stay text.

DOCX and HTML. The readers write a table row as one line, its cells separated by tabs; they
also give the table itself (`docx_table`, `mark_html_tables` / `html_tables`), with merged
cells as None, so that columns keep their place.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import regex

from pipeline.read.common import RawLine
from pipeline.records import Table, TableCell, TableRow
from pipeline.text import fold


@dataclass(frozen=True)
class TableSettings:
    """Thresholds of table reading, in PDF points unless said."""

    header_names: int = 2  # column names a header line needs
    header_max_words: int = 16  # a longer line is prose
    header_share: float = 0.4  # column names are at least this share of a header's words ("un montant de chapitre" is prose)
    continuation_lines: int = 8  # lines at the top of the next page that may continue a table
    ruling_thickness: float = 2.5  # a filled rect this thin is a ruling
    light: float = 0.85  # colour components above this are white or near-white: invisible rulings
    min_rows: int = 2
    min_columns: int = 2
    row_tolerance: float = 2.5  # words whose tops differ less are on one line
    line_match: float = 20.0  # a line of words takes the nearest document line, this close at most
    glyph_offset: float = 3.0  # a PDFium line's top sits above its glyphs: look this far below it for its row
    skew: float = 1e-4  # |b|, |c| of a character's matrix below this: upright


SETTINGS = TableSettings()

# The document speaks of a budget amendment: "Décision modificative n°1", "DM n°2", "décision
# budgétaire modificative", "virement de crédits", "crédits à ouvrir", "ouverture de crédits"
_AMENDMENT = regex.compile(
    r"d[ée]cisions?\s+(?:budg[ée]taires?\s+)?(?:de\s+)?modificati(?:ve|on)s?|\bDM\s*(?:n\s*[°ºo]|\d)|\bDBM\b"
    r"|virements?\s+de\s+cr[ée]dits?|cr[ée]dits?\s+[àa]\s+(?:ouvrir|r[ée]duire)|ouvertures?\s+de\s+cr[ée]dits?",
    regex.I,
)
# Names of the columns of a budget table (folded), whole or cut by a wrap ("chapitr", "designa")
_COLUMN_NAMES = (
    "chapitre", "chap", "art", "article", "articles", "compte", "comptes", "nature", "imputation", "libelle", "libelles",
    "designation", "intitule", "objet", "operation", "operations", "montant", "montants", "credits", "diminution",
    "augmentation", "fonction", "programme",
)
_SIDE_NAMES = ("depenses", "depense", "recettes", "recette", "section", "sens")
# A line that opens a table row with an account ("2315", "c/6068", "D-022", "021 - Virement"); a
# page whose table goes on only with its total row is left to its text (the total reads there)
_ROW_START = regex.compile(r"^\s*(?:[DR]\s*[-‑]\s*)?(?:c\s*/\s*)?\d{2,6}\b", regex.I)


# A quick look for a column name before reading a line word by word: most lines have none
_ANY_COLUMN = regex.compile(
    r"\b(?:chap|art\b|artic|compt|cpte|natur|imput|libel|d[ée]sig|intit|objet|op[ée]r|montan|cr[ée]dit|diminu|augmen|fonct|progr)",
    regex.I,
)
_LETTER = regex.compile(r"[a-z]")


def _name(token: str, names: tuple[str, ...]) -> str | None:
    token = token.strip(":.,;()[]|-–").rstrip("s") if len(token) > 3 else token.strip(":.,;()[]|-–")
    if not token:
        return None
    for name in names:
        if token == name.rstrip("s") or (len(token) >= 5 and name.startswith(token)):
            return name.rstrip("s")
    return None


def header_like(text: str) -> bool:
    """A line that reads as the header of a budget table: two column names or more, one at
    least naming an account, a label or an amount (not only "Dépenses Recettes").

    >>> header_like("Chapitre Article Libellé article Dépenses Recettes")
    True
    >>> header_like("Section de fonctionnement - Dépenses")
    False
    >>> header_like("Il convient d'effectuer un virement de chapitre pour un montant de 5 200€.")
    False
    """
    if not _ANY_COLUMN.search(text):
        return False
    words = [w for w in fold(text).split() if _LETTER.search(w)]
    if not words or len(words) > SETTINGS.header_max_words:
        return False
    columns = [n for n in (_name(w, _COLUMN_NAMES) for w in words) if n]
    sides = [n for n in (_name(w, _SIDE_NAMES) for w in words) if n]
    named = len(columns) + len(sides)
    return bool(columns) and len(set(columns) | set(sides)) >= SETTINGS.header_names and named >= SETTINGS.header_share * len(words)


def speaks_of_amendment(text: str) -> bool:
    """The text mentions a budget amendment (the only tables the pipeline reads)."""
    return _AMENDMENT.search(text) is not None


def table_pages(pages: list[list[RawLine]], skip: set[int] | frozenset[int] = frozenset()) -> list[int]:
    """Indexes of the pages that may hold a DM table: a header line, or the continuation of the
    previous candidate page's table (one of its first lines opens with an account). `skip`:
    pages without a text layer (scans)."""
    if not any(speaks_of_amendment(line.text) for lines in pages for line in lines):
        return []
    found: list[int] = []
    for index, lines in enumerate(pages):
        if index in skip:
            continue
        if any(header_like(line.text) for line in lines):
            found.append(index)
        elif found and found[-1] == index - 1:
            top = [line.text for line in lines if line.text.strip()][: SETTINGS.continuation_lines]
            if any(_ROW_START.match(text) for text in top):
                found.append(index)
    return found


# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------


def _light(color) -> bool:
    """White or near-white (all components above `light`); CMYK is never taken for light."""
    if color is None:
        return False
    values = color if isinstance(color, (tuple, list)) else (color,)
    try:
        return bool(values) and len(values) != 4 and all(float(v) > SETTINGS.light for v in values[:3])
    except (TypeError, ValueError):
        return False


def _visible(obj: dict) -> bool:
    """Keep characters and the strokes that print as rulings: lines, thin filled rects and paths
    (rules drawn as rectangles), stroked rects (cell borders) and stroked paths, none white."""
    kind = obj.get("object_type")
    if kind == "char":
        return True
    if kind == "line":
        return not _light(obj.get("stroking_color"))
    if kind == "rect":
        if min(obj["width"], obj["height"]) <= SETTINGS.ruling_thickness:
            return not _light(obj.get("non_stroking_color") if obj.get("fill") else obj.get("stroking_color"))
        return bool(obj.get("stroke")) and not _light(obj.get("stroking_color"))
    if kind == "curve":  # a rule drawn as a path: thin and filled, or stroked
        if min(obj["width"], obj["height"]) <= SETTINGS.ruling_thickness and obj.get("fill"):
            return not _light(obj.get("non_stroking_color"))
        return bool(obj.get("stroke")) and not _light(obj.get("stroking_color"))
    return False


def _straighten(page) -> None:
    """Characters whose matrix is skewed by a rounding error (1e-7) are upright: pdfplumber would
    take them for vertical text and cut their words letter by letter."""
    for char in page.chars:
        if not char.get("upright"):
            a, b, c, d, _, _ = char["matrix"]
            if a * d > 0 and abs(b) < SETTINGS.skew and abs(c) < SETTINGS.skew:
                char["upright"] = True


def _clean(text: str | None) -> str:
    return (text or "").replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ").strip()


@dataclass(frozen=True)
class _PageLines:
    """The document lines of one page: their global indexes and tops."""

    indexes: tuple[int, ...]
    tops: tuple[float | None, ...]


def _grid(table, lines: _PageLines, page: int) -> Table | None:
    """A pdfplumber table as a `Table`, each row with the document lines printed in it."""
    texts = table.extract(x_tolerance=3, y_tolerance=3)
    boxes = [row.cells for row in table.rows]
    if len(texts) < SETTINGS.min_rows or max((len(r) for r in texts), default=0) < SETTINGS.min_columns:
        return None
    x0, top, x1, bottom = table.bbox
    row_tops = [min((c[1] for c in cells if c), default=top) for cells in boxes]
    row_bottoms = [max((c[3] for c in cells if c), default=bottom) for cells in boxes]
    owned: list[list[int]] = [[] for _ in texts]
    for index, line_top in zip(lines.indexes, lines.tops, strict=True):
        if line_top is None or not (top - SETTINGS.glyph_offset <= line_top < bottom):
            continue
        y = line_top + SETTINGS.glyph_offset  # into the glyphs, below the loose box's top
        inside = [r for r in range(len(texts)) if row_tops[r] <= y < row_bottoms[r]]
        r = inside[0] if inside else min(range(len(texts)), key=lambda k: min(abs(y - row_tops[k]), abs(y - row_bottoms[k])))
        owned[r].append(index)
    rows = []
    for r, (cells_text, cells_box) in enumerate(zip(texts, boxes, strict=True)):
        cells = tuple(
            None if box is None else TableCell(_clean(text), box[0], box[1], box[2], box[3])
            for text, box in zip(cells_text, cells_box, strict=True)
        )
        rows.append(TableRow(cells, tuple(owned[r])))
    return Table(page, "lines", tuple(rows), (x0, top, x1, bottom))


def _word_rows(page_obj, lines: _PageLines, page: int, grids: list[Table]) -> Table | None:
    """The page's lines outside its grids as rows of words with their boxes (strategy "text")."""
    words = page_obj.extract_words(x_tolerance=3, y_tolerance=3, keep_blank_chars=False)
    outside = [w for w in words if not any(g.bbox[1] - 1 <= (w["top"] + w["bottom"]) / 2 <= g.bbox[3] + 1
                                            and g.bbox[0] - 1 <= (w["x0"] + w["x1"]) / 2 <= g.bbox[2] + 1 for g in grids)]
    if not outside:
        return None
    groups: list[list[dict]] = []
    for w in sorted(outside, key=lambda w: (round(w["top"], 1), w["x0"])):
        if groups and abs(groups[-1][0]["top"] - w["top"]) <= SETTINGS.row_tolerance:
            groups[-1].append(w)
        else:
            groups.append([w])
    rows = []
    for group in groups:
        g_top = min(w["top"] for w in group)
        near = [(abs(t - g_top), i) for i, t in zip(lines.indexes, lines.tops, strict=True) if t is not None]
        near = [n for n in near if n[0] <= SETTINGS.line_match]
        if not near:
            continue
        line = min(near)[1]
        cells = tuple(TableCell(_clean(w["text"]), w["x0"], w["top"], w["x1"], w["bottom"]) for w in sorted(group, key=lambda w: w["x0"]))
        rows.append(TableRow(cells, (line,)))
    if not rows:
        return None
    width, height = float(page_obj.width), float(page_obj.height)
    return Table(page, "text", tuple(rows), (0.0, 0.0, width, height))


def read_pdf_tables(data: bytes, pages: list[list[RawLine]], skip: set[int] | frozenset[int] = frozenset()) -> tuple[tuple[Table, ...], list[str]]:
    """The tables of the pages that may hold a DM table, with what could not be read.

    `pages`: the lines of every page as the document will hold them (their order gives each
    line its index in `Document.lines`); `skip`: indexes of pages without a text layer."""
    candidates = table_pages(pages, skip)
    if not candidates:
        return (), []
    starts = [0]
    for lines in pages:
        starts.append(starts[-1] + len(lines))
    try:
        import pdfplumber

        pdf = pdfplumber.open(io.BytesIO(data))
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:
        numbers = ", ".join(str(i + 1) for i in candidates)
        return (), [f"tableaux des pages {numbers} non lus : pdfplumber n'a pu ouvrir le PDF ({type(exc).__name__})"]
    tables: list[Table] = []
    messages: list[str] = []
    try:
        for index in candidates:
            raw = pages[index]
            lines = _PageLines(tuple(range(starts[index], starts[index] + len(raw))), tuple(line.top for line in raw))
            page = None
            try:
                page = pdf.pages[index]
                _straighten(page)
                visible = page.filter(_visible)
                grids: list[Table] = []
                if any(o for kind in ("line", "rect", "curve") for o in visible.objects.get(kind, ())):
                    for found in visible.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"}):
                        grid = _grid(found, lines, index + 1)
                        if grid is not None:
                            grids.append(grid)
                covered = {i for g in grids for row in g.rows for i in row.lines}
                loose = [line.text for i, line in zip(lines.indexes, raw, strict=True) if i not in covered]
                # words only where a table has no grid: a header outside the grids, or a
                # continuation page without any
                wanted = any(header_like(text) for text in loose) or (not grids and not any(header_like(line.text) for line in raw))
                words = _word_rows(visible, lines, index + 1, grids) if wanted else None
                tables += grids + ([words] if words else [])
            except (MemoryError, RecursionError):
                raise
            except Exception as exc:
                messages.append(f"page {index + 1} : tableau non lu, lu comme texte (pdfplumber : {type(exc).__name__})")
            finally:
                if page is not None:
                    page.close()
    finally:
        pdf.close()
    return tuple(tables), messages


# ---------------------------------------------------------------------------------------------
# DOCX and HTML
# ---------------------------------------------------------------------------------------------


def docx_table(table, first_line: int) -> Table:
    """A python-docx table whose rows the reader wrote as lines `first_line`, `first_line + 1`...;
    a cell merged across columns or rows (python-docx gives it again) is None where repeated."""
    rows = []
    above: list = []
    for r, row in enumerate(table.rows):
        cells: list[TableCell | None] = []
        seen: list = []
        for c, cell in enumerate(row.cells):
            tc = cell._tc
            if any(tc is s for s in seen) or (c < len(above) and above[c] is tc):
                cells.append(None)
            else:
                cells.append(TableCell(_clean(cell.text)))
            seen.append(tc)
        above = seen
        rows.append(TableRow(tuple(cells), (first_line + r,)))
    return Table(1, "docx", tuple(rows))


# A row's marker in the HTML text: invisible separators around the table's and the row's numbers
_MARK = "\u2063"
_MARKER = regex.compile(rf"{_MARK}T(\d+)R(\d+){_MARK}")


def mark_html_tables(soup) -> list[list[list[TableCell | None]]]:
    """Mark the start of every table row in the soup (a marker `html_tables` finds in the
    text) and return each table's grid, colspans and rowspans expanded as None."""
    grids: list[list[list[TableCell | None]]] = []
    for t, table in enumerate(soup.find_all("table")):
        rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
        grid: list[list[TableCell | None]] = []
        pending: dict[int, int] = {}  # column -> rows still covered by a rowspan above
        for r, tr in enumerate(rows):
            line: list[TableCell | None] = []
            column = 0
            for td in tr.find_all(["td", "th"]):
                if td.find_parent("tr") is not tr:
                    continue
                while pending.get(column, 0) > 0:
                    line.append(None)
                    pending[column] -= 1
                    column += 1
                line.append(TableCell(" ".join(td.get_text(" ").split())))
                span, down = _span(td.get("colspan")), _span(td.get("rowspan"))
                for k in range(span):
                    if down > 1:
                        pending[column + k] = down - 1
                    if k:
                        line.append(None)
                column += span
            while pending.get(column, 0) > 0:
                line.append(None)
                pending[column] -= 1
                column += 1
            grid.append(line)
            tr.insert(0, f"{_MARK}T{t}R{r}{_MARK}")
        grids.append(grid)
    return grids


def _span(value) -> int:
    try:
        return max(1, min(int(str(value).strip()), 100))
    except (TypeError, ValueError):
        return 1


def html_tables(lines: list[str], grids: list[list[list[TableCell | None]]]) -> tuple[list[str], tuple[Table, ...]]:
    """The text lines without the row markers, and the tables with the lines of each row (a row
    runs from its marker's line to the line before the next row's, within the table)."""
    clean: list[str] = []
    starts: dict[tuple[int, int], int] = {}
    for i, line in enumerate(lines):
        for m in _MARKER.finditer(line):
            starts.setdefault((int(m[1]), int(m[2])), i)
        clean.append(_MARKER.sub("", line).replace(_MARK, ""))
    tables: list[Table] = []
    for t, grid in enumerate(grids):
        rows = []
        for r, cells in enumerate(grid):
            if (t, r) not in starts:
                continue
            first = starts[(t, r)]
            last = starts.get((t, r + 1), first + 1) - 1 if (t, r + 1) in starts else first
            rows.append(TableRow(tuple(cells), tuple(i for i in range(first, max(first, last) + 1) if clean[i].strip())))
        if rows:
            tables.append(Table(1, "html", tuple(rows)))
    return clean, tuple(tables)
