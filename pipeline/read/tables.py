"""Tables, in the read stage: the PDF pages that may hold a DM table read with pdfplumber, and
the tables of DOCX and HTML files as their markup gives them.

PDF. PDFium reads every page's text (`pipeline.read.pdf`); tables need more layout (rulings,
cells, words with their boxes), so it is worked out only on the pages that may hold a DM table,
with pdfplumber's table finder, words and cell text. They run on the page's characters and
paths as PDFium gives them (`PdfiumPage`: the dictionaries pdfplumber builds from pdfminer, at
the same places), not on pdfminer's parse of the page, which cost 90 % of a table page (about
120 ms, 50 text pages; now about 35 ms: docs/perf.md); `engine="pdfminer"` keeps pdfplumber's
own parse, for comparison, and a rotated page still goes through it. The pages are found from
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

import functools
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


@functools.lru_cache(maxsize=8192)  # (a pure function of a word: a table page's words repeat from line to line)
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


@dataclass(frozen=True)
class _Chars:
    """The characters a pdfplumber `Table` reads its cells' text from (its `page`)."""

    chars: list


def _grid(table, lines: _PageLines, page: int) -> Table | None:
    """A pdfplumber table as a `Table`, each row with the document lines printed in it."""
    x0, top, x1, bottom = table.bbox
    # pdfplumber tests every character of the page against every row: only those in the table
    # can be in one (a row's box lies within the table's), in the same order, so the text is the same
    table.page = _Chars([c for c in table.page.chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1
                         and top <= (c["top"] + c["bottom"]) / 2 <= bottom])
    texts = table.extract(x_tolerance=3, y_tolerance=3)
    boxes = [row.cells for row in table.rows]
    if len(texts) < SETTINGS.min_rows or max((len(r) for r in texts), default=0) < SETTINGS.min_columns:
        return None
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


_MAYBE_GENERATED = frozenset(" \r\n\x02\ufffe")  # PDFium generates spaces, line breaks and hyphens
_HYPHENS = {"\x02": "-", "\ufffe": "-"}  # PDFium's mark of a hyphen at a line's end
_RIGHT_TO_LEFT = 1e-3  # points: a glyph's box reaching this close to the loose box's right edge overhangs its advance


def _compose(m, n):
    """The matrix of `m` then `n` (pdfminer's `mult_matrix(m, n)`)."""
    a1, b1, c1, d1, e1, f1 = m
    a0, b0, c0, d0, e0, f0 = n
    return (a0 * a1 + c0 * b1, b0 * a1 + d0 * b1, a0 * c1 + c0 * d1, b0 * c1 + d0 * d1,
            a0 * e1 + c0 * f1 + e0, b0 * e1 + d0 * f1 + f0)


@functools.cache
def _text_calls() -> dict:
    """PDFium's text-page calls bound with plain addresses for handles (as `pipeline.read.pdf`
    does): a table page makes a few of them per character."""
    import ctypes

    import pypdfium2.raw as c

    def bind(function, restype, *argtypes):
        return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value)

    void, integer, double_p = ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_double)
    return {
        "count": bind(c.FPDFText_CountChars, integer, void),
        "unicode": bind(c.FPDFText_GetUnicode, ctypes.c_uint, void, integer),
        "generated": bind(c.FPDFText_IsGenerated, integer, void, integer),
        "object": bind(c.FPDFText_GetTextObject, void, void, integer),
        "origin": bind(c.FPDFText_GetCharOrigin, integer, void, integer, double_p, double_p),
        "loose": bind(c.FPDFText_GetLooseCharBox, integer, void, integer, ctypes.POINTER(c.FS_RECTF)),
        "box": bind(c.FPDFText_GetCharBox, integer, void, integer, double_p, double_p, double_p, double_p),
        "matrix": bind(c.FPDFText_GetMatrix, integer, void, integer, ctypes.POINTER(c.FS_MATRIX)),
        "font_size": bind(c.FPDFTextObj_GetFontSize, integer, void, ctypes.POINTER(ctypes.c_float)),
        "font": bind(c.FPDFTextObj_GetFont, void, void),
        "descent": bind(c.FPDFFont_GetDescent, integer, void, ctypes.c_float, ctypes.POINTER(ctypes.c_float)),
        "rect": c.FS_RECTF,
        "matrix_type": c.FS_MATRIX,
    }


@functools.cache
def _path_calls() -> dict:
    """PDFium's page-object and path calls, bound like `_text_calls`."""
    import ctypes

    import pypdfium2.raw as c

    def bind(function, restype, *argtypes):
        return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value)

    void, integer = ctypes.c_void_p, ctypes.c_int
    uint_p, float_p, int_p = ctypes.POINTER(ctypes.c_uint), ctypes.POINTER(ctypes.c_float), ctypes.POINTER(ctypes.c_int)
    return {
        "page_count": bind(c.FPDFPage_CountObjects, integer, void),
        "page_object": bind(c.FPDFPage_GetObject, void, void, integer),
        "form_count": bind(c.FPDFFormObj_CountObjects, integer, void),
        "form_object": bind(c.FPDFFormObj_GetObject, void, void, ctypes.c_ulong),
        "object_type": bind(c.FPDFPageObj_GetType, integer, void),
        "bounds": bind(c.FPDFPageObj_GetBounds, integer, void, float_p, float_p, float_p, float_p),
        "matrix": bind(c.FPDFPageObj_GetMatrix, integer, void, ctypes.POINTER(c.FS_MATRIX)),
        "draw_mode": bind(c.FPDFPath_GetDrawMode, integer, void, int_p, int_p),
        "segments": bind(c.FPDFPath_CountSegments, integer, void),
        "segment": bind(c.FPDFPath_GetPathSegment, void, void, integer),
        "type": bind(c.FPDFPathSegment_GetType, integer, void),
        "point": bind(c.FPDFPathSegment_GetPoint, integer, void, float_p, float_p),
        "close": bind(c.FPDFPathSegment_GetClose, integer, void),
        "stroke_colour": bind(c.FPDFPageObj_GetStrokeColor, integer, void, uint_p, uint_p, uint_p, uint_p),
        "fill_colour": bind(c.FPDFPageObj_GetFillColor, integer, void, uint_p, uint_p, uint_p, uint_p),
        "kinds": (c.FPDF_SEGMENT_LINETO, c.FPDF_SEGMENT_BEZIERTO, c.FPDF_SEGMENT_MOVETO),
        "path_type": c.FPDF_PAGEOBJ_PATH,
        "form_type": c.FPDF_PAGEOBJ_FORM,
        "matrix_type": c.FS_MATRIX,
    }


class PdfiumPage:
    """A page's characters and paths from PDFium, as the dictionaries pdfplumber builds from
    pdfminer's layout (same keys, same coordinates: points from the top of the media box), so that
    pdfplumber's own table finder, words and cell text run on them without pdfminer parsing the
    page again (issue #16's cost of a table page: the parse was 90 % of it).

    Characters: those of the content stream (PDFium's generated spaces and line breaks left out),
    each at its origin with the advance of its glyph, from the font's descent to one font size
    above (pdfminer's box); paths: each subpath as pdfminer classes it (a line, a rectangle, or a
    curve through its points), with its fill, stroke and colours (RGB).

    Where PDFium's text page differs from pdfminer's characters: text drawn twice at the same
    place (a faked bold) is kept once; a ligature is two letters ("f", "i") in one box; a text
    object's trailing space, which PDFium replaces by a generated one, is kept as a blank; a
    font's descent is PDFium's (from the font program where the descriptor says 0, so such a
    font's boxes sit 2 points lower than pdfminer's: text and cells unchanged); colours are RGB
    (a CMYK white is light here). On the annotated corpus's 9 table pages the tables' text is the
    same as through pdfminer; read as if every text page of the corpora's 29 PDFs were a table
    page (241 pages), 10 documents have a few lines whose words are cut or joined differently
    ("4." "Frais" for "4.Frais", "Rappel" for "Rappe" "l") or a sign read as "−" for "-"."""

    def __init__(self, page, textpage, page_number: int, objects: dict | None = None) -> None:
        left, bottom, right, top = page.get_mediabox()
        # pdfplumber's media box: pdfminer moves the page's origin to the box's corner, pdfplumber
        # counts from the top of a box whose top is -bottom: a point's top is (top - bottom) - y
        self.bbox = (left, -bottom, right, top - 2 * bottom)
        self.flip = top - bottom
        self.width, self.height = right - left, top - bottom
        self.page_number = page_number
        self._page, self._textpage = page, textpage
        self.objects = objects if objects is not None else self._read()

    # pdfplumber's Container: chars, rects, lines, curves and their edges
    @property
    def chars(self) -> list[dict]:
        return self.objects["char"]

    @property
    def edges(self) -> list[dict]:
        from pdfplumber import utils

        out = [utils.line_to_edge(o) for o in self.objects["line"]]
        for rect in self.objects["rect"]:
            out += utils.rect_to_edges(rect)
        for curve in self.objects["curve"]:
            out += utils.curve_to_edges(curve)
        return out

    def filter(self, keep) -> PdfiumPage:
        return PdfiumPage(self._page, self._textpage, self.page_number,
                          {kind: [o for o in objs if keep(o)] for kind, objs in self.objects.items()})

    def find_tables(self, settings: dict):
        from pdfplumber.table import TableFinder
        from pdfplumber.table import TableSettings as PlumberSettings

        return TableFinder(self, PlumberSettings.resolve(settings)).tables

    def extract_words(self, **settings) -> list[dict]:
        from pdfplumber import utils

        return utils.extract_words(self.chars, **settings)

    def _read(self) -> dict:
        import ctypes

        calls = _text_calls()
        generated, text_object = calls["generated"], calls["object"]
        get_origin, get_loose = calls["origin"], calls["loose"]
        flip = self.flip  # pdfplumber's top = flip - y
        raw = ctypes.cast(self._textpage.raw, ctypes.c_void_p).value
        ox, oy = ctypes.c_double(), ctypes.c_double()
        loose = calls["rect"]()
        origin_refs, loose_ref = (ctypes.byref(ox), ctypes.byref(oy)), ctypes.byref(loose)
        per_object: dict = {}
        chars: list[dict] = []
        owners: list[int | None] = []  # the text object of each character
        indexes: list[int] = []  # its index in PDFium's text page
        count = calls["count"](raw)
        text = self._textpage.get_text_range()  # character i of the text is character i of the page
        if len(text) != count:  # a character beyond the BMP takes two places in the text: one call each
            text = "".join(chr(calls["unicode"](raw, i)) for i in range(count))
        for i, letter in enumerate(text):
            if letter in _MAYBE_GENERATED and generated(raw, i) != 0:
                # PDFium drops a text object's trailing space and generates one in its place: a
                # blank between two text objects of a line is kept (it ends a word, as in pdfminer)
                if letter == " " and chars and i + 1 < count and generated(raw, i + 1) == 0 and text_object(raw, i + 1) != owners[-1]:
                    get_loose(raw, i, loose_ref)
                    chars.append({**chars[-1], "text": " ", "x0": loose.left, "x1": loose.left})
                    owners.append(None)
                    indexes.append(i)
                continue
            obj = text_object(raw, i)
            info = per_object.get(obj)
            if info is None:
                info = per_object[obj] = self._object_info(calls, raw, i, obj)
            tf, descent, (a, b, cc, d), upright = info
            get_origin(raw, i, *origin_refs)
            get_loose(raw, i, loose_ref)
            x, y = ox.value, oy.value
            if b == 0 and cc == 0 and a > 0 and tf:
                low, high = y + d * descent * tf, y + d * (descent + 1) * tf
                x0, x1, y0, y1 = x, loose.right, min(low, high), max(low, high)
            else:
                x0, x1, y0, y1 = loose.left, loose.right, loose.bottom, loose.top
            top = flip - y1
            chars.append({"object_type": "char", "text": _HYPHENS.get(letter, letter), "x0": x0, "x1": x1,
                          "top": top, "bottom": flip - y0, "doctop": top, "upright": upright,
                          "matrix": (a, b, cc, d, x, y), "size": (y1 - y0) if upright else (x1 - x0)})
            owners.append(obj)
            indexes.append(i)
        self._advances(calls, raw, chars, owners, indexes)
        return {"char": chars, **self._paths(flip)}

    @staticmethod
    def _object_info(calls, raw, index: int, obj):
        """(font size, descent in font units / 1000, matrix a b c d, upright) of a text object."""
        import ctypes

        size, descent_out, matrix = ctypes.c_float(), ctypes.c_float(), calls["matrix_type"]()
        tf = descent = 0.0
        if obj and calls["font_size"](obj, ctypes.byref(size)):
            tf = size.value
            font = calls["font"](obj)
            if font and calls["descent"](font, 1000.0, ctypes.byref(descent_out)):
                descent = descent_out.value / 1000.0
        calls["matrix"](raw, index, ctypes.byref(matrix))
        a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
        return tf, descent, (a, b, c, d), a * d > 0 and b * c <= 0

    @staticmethod
    def _advances(calls, raw, chars: list[dict], owners: list, indexes: list[int]) -> None:
        """PDFium's loose box reaches out to a glyph that overhangs its advance ("f", "j", an
        italic): where the next character of the same text object starts inside it, on the same
        baseline, and the glyph's own box reaches the loose box's edge, the advance ends there."""
        import ctypes

        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        refs = [ctypes.byref(v) for v in (left, right, bottom, top)]
        for k in range(len(chars) - 1):
            char, after = chars[k], chars[k + 1]
            if (owners[k] is not None and owners[k + 1] == owners[k] and char["x0"] < after["x0"] < char["x1"]
                    and abs(after["bottom"] - char["bottom"]) < 0.01):
                if calls["box"](raw, indexes[k], *refs) and right.value >= char["x1"] - _RIGHT_TO_LEFT:
                    char["x1"] = after["x0"]
                    if not char["upright"]:
                        char["size"] = char["x1"] - char["x0"]

    def _paths(self, flip: float) -> dict:
        import ctypes

        calls = _path_calls()
        out: dict[str, list[dict]] = {"rect": [], "line": [], "curve": []}
        fx, fy = ctypes.c_float(), ctypes.c_float()
        point_refs = (ctypes.byref(fx), ctypes.byref(fy))
        rgba = [ctypes.c_uint() for _ in range(4)]
        rgba_refs = [ctypes.byref(v) for v in rgba]
        fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
        mode_refs = (ctypes.byref(fill_mode), ctypes.byref(stroke))
        fm = calls["matrix_type"]()
        fm_ref = ctypes.byref(fm)
        segment_at, segment_type, segment_point, segment_close = (calls[k] for k in ("segment", "type", "point", "close"))
        line_to, bezier_to, move_to = calls["kinds"]

        def colour(getter, obj):
            return tuple(v.value / 255 for v in rgba[:3]) if getter(obj, *rgba_refs) else None

        def path(obj, outer) -> None:
            if not calls["draw_mode"](obj, *mode_refs):
                return
            fill, stroked = fill_mode.value != 0, bool(stroke.value)
            if not fill and not stroked:
                return
            calls["matrix"](obj, fm_ref)
            a, b, cc, d, e, f = _compose((fm.a, fm.b, fm.c, fm.d, fm.e, fm.f), outer)
            ops: list[tuple[str, tuple[float, float] | None]] = []
            count, s = calls["segments"](obj), 0
            while s < count:
                segment = segment_at(obj, s)
                kind = segment_type(segment)
                if kind == bezier_to:  # two control points and the end: pdfminer keeps the end
                    segment = segment_at(obj, min(s + 2, count - 1))
                    op, s = "c", s + 3
                else:
                    op, s = ("m" if kind == move_to else "l"), s + 1
                segment_point(segment, *point_refs)
                px, py = fx.value, fy.value
                ops.append((op, (a * px + cc * py + e, b * px + d * py + f)))
                if segment_close(segment):
                    ops.append(("h", None))
            scol, ncol = colour(calls["stroke_colour"], obj), colour(calls["fill_colour"], obj)
            starts = [k for k, (op, _) in enumerate(ops) if op == "m"]
            for begin, end in zip(starts, starts[1:] + [len(ops)], strict=True):
                self._subpath(ops[begin:end], fill, stroked, scol, ncol, flip, out)

        def walk(parent, count, get, outer, depth) -> None:
            for k in range(count):
                obj = get(parent, k)
                kind = calls["object_type"](obj)
                if kind == calls["path_type"]:
                    path(obj, outer)
                elif kind == calls["form_type"] and depth < 8:
                    calls["matrix"](obj, fm_ref)
                    inner = _compose((fm.a, fm.b, fm.c, fm.d, fm.e, fm.f), outer)
                    walk(obj, calls["form_count"](obj), calls["form_object"], inner, depth + 1)

        raw = ctypes.cast(self._page.raw, ctypes.c_void_p).value
        walk(raw, calls["page_count"](raw), calls["page_object"], (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), 0)
        return out

    def _subpath(self, ops, fill, stroked, scol, ncol, flip, out) -> None:
        """One subpath as pdfminer's `paint_path` classes it: a line, a rectangle or a curve."""
        shape = "".join(op for op, _ in ops)
        pts = [p if p is not None else ops[0][1] for _, p in ops]
        if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:  # a redundant "l" before "h"
            shape, pts = shape[:-2] + "h", pts[:-1]
        kind = "curve"
        if shape in ("mlh", "ml"):
            kind, pts = "line", pts[:2]
        elif shape in ("mlllh", "mllll"):
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
            if pts[0] == pts[4] and ((x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0)
                                     or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)):
                kind = "rect"
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        top = flip - y1
        out[kind].append({"object_type": kind, "page_number": self.page_number, "x0": x0, "x1": x1, "y0": y0, "y1": y1,
                          "top": top, "bottom": flip - y0, "doctop": top, "width": x1 - x0, "height": y1 - y0,
                          "fill": fill, "stroke": stroked, "stroking_color": scol, "non_stroking_color": ncol,
                          "pts": [(px, flip - py) for px, py in pts]})


def _page_tables(page, raw: list[RawLine], lines: _PageLines, number: int) -> list[Table]:
    """The tables of one candidate page, from its objects (pdfplumber's page or a `PdfiumPage`)."""
    _straighten(page)
    visible = page.filter(_visible)
    grids: list[Table] = []
    if any(o for kind in ("line", "rect", "curve") for o in visible.objects.get(kind, ())):
        for found in visible.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"}):
            grid = _grid(found, lines, number)
            if grid is not None:
                grids.append(grid)
    covered = {i for g in grids for row in g.rows for i in row.lines}
    loose = [line.text for i, line in zip(lines.indexes, raw, strict=True) if i not in covered]
    # words only where a table has no grid: a header outside the grids, or a continuation page
    # without any
    wanted = any(header_like(text) for text in loose) or (not grids and not any(header_like(line.text) for line in raw))
    words = _word_rows(visible, lines, number, grids) if wanted else None
    return grids + ([words] if words else [])


def read_pdf_tables(data: bytes, pages: list[list[RawLine]], skip: set[int] | frozenset[int] = frozenset(),
                    engine: str = "pdfium") -> tuple[tuple[Table, ...], list[str]]:
    """The tables of the pages that may hold a DM table, with what could not be read.

    `pages`: the lines of every page as the document will hold them (their order gives each
    line its index in `Document.lines`); `skip`: indexes of pages without a text layer.
    `engine`: "pdfium", pdfplumber's table finder, words and cell text on the page's objects as
    PDFium gives them (`PdfiumPage`; a rotated page is left to pdfminer), or "pdfminer",
    pdfplumber's own parse of the page (four times the cost)."""
    candidates = table_pages(pages, skip)
    if not candidates:
        return (), []
    starts = [0]
    for lines in pages:
        starts.append(starts[-1] + len(lines))
    pdf = plumber = None
    try:
        if engine == "pdfium":
            import pypdfium2 as pdfium

            pdf = pdfium.PdfDocument(data)
        else:
            plumber = _open_plumber(data)
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:
        numbers = ", ".join(str(i + 1) for i in candidates)
        reader = "PDFium" if engine == "pdfium" else "pdfplumber"
        return (), [f"tableaux des pages {numbers} non lus : {reader} n'a pu ouvrir le PDF ({type(exc).__name__})"]
    tables: list[Table] = []
    messages: list[str] = []
    try:
        for index in candidates:
            raw = pages[index]
            lines = _PageLines(tuple(range(starts[index], starts[index] + len(raw))), tuple(line.top for line in raw))
            page = textpage = None
            try:
                if pdf is not None:
                    page = pdf[index]
                    if page.get_rotation() % 360:
                        plumber = plumber or _open_plumber(data)
                        tables += _plumber_page_tables(plumber, index, raw, lines)
                        continue
                    textpage = page.get_textpage()
                    tables += _page_tables(PdfiumPage(page, textpage, index + 1), raw, lines, index + 1)
                else:
                    tables += _plumber_page_tables(plumber, index, raw, lines)
            except (MemoryError, RecursionError):
                raise
            except Exception as exc:
                messages.append(f"page {index + 1} : tableau non lu, lu comme texte (pdfplumber : {type(exc).__name__})")
            finally:
                if textpage is not None:
                    textpage.close()
                if page is not None:
                    page.close()
    finally:
        if pdf is not None:
            pdf.close()
        if plumber is not None:
            plumber.close()
    return tuple(tables), messages


def _open_plumber(data: bytes):
    import pdfplumber

    return pdfplumber.open(io.BytesIO(data))


def _plumber_page_tables(plumber, index: int, raw: list[RawLine], lines: _PageLines) -> list[Table]:
    page = plumber.pages[index]
    try:
        return _page_tables(page, raw, lines, index + 1)
    finally:
        page.close()


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
