"""Budget amendments ("décisions modificatives", DM): their lines and their printed totals.

For every agenda section that treats a DM, the section is cut into blocks, one per amendment
("Décision modificative n°1", "DM n°2"), each with its budget ("principal" or the annex's name)
and a default section read from its heading ("BUDGET ANNEXE D'INVESTISSEMENT"). Each block is
then read as:

1. tables: a header row ("Chapitre | Article | Libellé | Dépenses | Recettes", "Article (Chap.)
   - Opération | Montant" twice under "Dépenses | Recettes") gives columns and their roles.
   In a PDF with a text layer the pages holding the block are reopened with PDFium and
   read as words with their x positions and the page's rulings (only those pages, cropped to
   the block; words and rulings as pdfplumber would give them, at a fraction of its cost); ruled grids
   give rows and columns from their rulings (cells that wrap, amounts split over two lines
   "-5" / "200,00"), unruled tables (Word exports) from the header words, rows starting at a
   line that opens with an account. Text formats give cells by tabs or pipes.
   The side of an amount comes from the column it sits in (a "Dépenses" or "Recettes" column,
   or the left or right half of a side-by-side table); otherwise from the context.
2. lists and prose, when a block has no table: "Chapitre 041 : + 900 €, article 2188",
   "Diminution de crédits : C/022 -1507.50€", "virement de 5 200 € du compte 2051 au compte
   1641", and scanned tables whose OCR lines come out of order (paired by position).

Context lines set the section ("INVESTISSEMENT", "Section d'exploitation" = fonctionnement)
and the side ("Dépenses d'investissement :"). Totals ("Total Dépenses 0,00") go to
`budget_totals`, never among the lines. The chart of accounts (`extractors.chart`) gives each
article its chapter (`chart_chapter`); a line whose printed chapter disagrees is kept.
"""

from __future__ import annotations

import bisect
import ctypes
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from extractors import chart
from pipeline.french import fold, parse_amount
from pipeline.records import BudgetLine, BudgetTotal, Document, Extraction, Line, Segmentation

# ---------------------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------------------

# A numbered amendment: "Décision modificative n°1", "DÉCISION MODIFICATIVE N°2 –", "DM n° 3",
# "Décision modification n°2", "M57-— Décision Modificative n° 1"
DM_NUMBER = regex.compile(r"(?:d[ée]cision\s+(?:de\s+)?modificati(?:ve|on)|\bDM)\s*(?:n\s*[°ºo]\s*\.?|num[ée]ro|no\.?)\s*(?P<n>\d{1,2})\b", regex.I)
# Any mention of an amendment: "Décision Modificative de la Régie", "DM"
DM_MENTION = regex.compile(r"d[ée]cisions?\s+(?:de\s+)?modificati(?:ve|on)s?|\bDM\b", regex.I)
# The budget an amendment applies to: "BUDGET ANNEXE D'INVESTISSEMENT DE LA RÉGIE AUTONOME DE NUMÉRIAN",
# "Budget Eau et Assainissement", "budget de la commune", "Budget M57"
BUDGET_NAME = regex.compile(
    r"\bbudget\s+(?P<annex>annexe\s+)?(?:(?:d['’]\s*)?(?:investissement|fonctionnement|exploitation)\s+|de\s+(?:fonctionnement|l['’]\s*exercice)\s+)?"
    r"(?:(?:de\s+la|de\s+l['’]|du|des|de)\s*)?(?P<name>[\p{L}\d][^\n\t|:;,.()–—]*)",
    regex.I,
)
# Where a budget's name stops: "Eau et Assainissement - Décision modificative n°1", "... pour l'exercice 2024"
_BUDGET_NAME_END = regex.compile(r"\s+(?:-|pour|sur|au titre|de l['’]exercice|\d{4}).*$|\s*[-–—]\s*$", regex.I)
# The main budget, however named: "Budget Commune", "budget de la commune", "Budget M57", "budget principal"
_PRINCIPAL = regex.compile(r"^(?:principal|g[ée]n[ée]ral|commune|communal|ville|de la commune|m\s?14|m\s?57|primitif|supplémentaire)\b", regex.I)
# Section context: "INVESTISSEMENT", "Section d'exploitation", "Section de fonctionnement - Dépenses",
# "Dépenses d'investissement :", "#### INVESTISSEMENT"
SECTION_WORD = regex.compile(r"\b(investissement|fonctionnement|exploitation)\b", regex.I)
# A context line starts with its section or side: "Section de fonctionnement - Dépenses", "Recettes"
CONTEXT_START = regex.compile(r"^(?:section\s+(?:d['’]\s*|de\s+))?(?:investissement|fonctionnement|exploitation|d[ée]penses?|recettes?)\b", regex.I)
# A side: "Dépenses", "recette"
SIDE_WORD = regex.compile(r"\b(d[ée]penses?|recettes?)\b", regex.I)
# Sign context: "Diminution de crédits :", "Augmentation de crédits :", "Crédits à ouvrir", "Crédits à réduire"
SIGN_CONTEXT = regex.compile(r"\b(?P<minus>diminution|r[ée]duction|cr[ée]dits?\s+[àa]\s+r[ée]duire|annulation)|(?P<plus>augmentation|cr[ée]dits?\s+[àa]\s+ouvrir|ouverture)\b", regex.I)
# An account with its marker: "article 2188", "Compte 2315", "C/61523", "c/ 022", "Art. 6411", "nature 6232"
ACCOUNT_REF = regex.compile(r"(?:\b(?:comptes?|articles?|art\.?|cpte|nature|imputation)\s*(?:n\s*°\s*)?|\bc\s*/\s*)(?P<art>\d{3,6}[A-Z]?)\b", regex.I)
# A chapter with its marker: "Chapitre 041", "chap. 011", "Chapitre 23"
CHAPTER_REF = regex.compile(r"\bchap(?:itre|\.)?\s*(?:n\s*°\s*)?(?P<chap>\d{2,3})\b", regex.I)
# An amount as lines print it: "+ 1 600 €", "- 2 000 €", "-1507.50€", "145.600,00 €", "(1 200,00)", "+900 €"
AMOUNT_TEXT = regex.compile(
    r"(?<![\w,./])(?P<amt>[-+−–]?\s?\(?(?:\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})+|\d+)(?:[,.]\d{1,2})?\)?)(?![\d,.]*\d)\s?(?P<cur>€|euros?\b|EUR\b)?",
    regex.I,
)
# An amount closing a cell: "Fonds de péréquation + 1 600 €", "assimilés -5 200,00"
AMOUNT_AT_END = regex.compile(r"(?P<amt>[-+−–]?\s?\(?\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})*(?:,\d{1,2})?\)?)\s?(?:€|euros?)?\s*$", regex.I)
# A virement between accounts: "virement de 5 200 € du compte 2051 au compte 1641"
VIREMENT = regex.compile(
    r"virement\s+(?:de\s+cr[ée]dits?\s+)?(?:d['’]un\s+montant\s+)?de\s+(?P<amt>\d[\d \u00a0\u202f.'’]*(?:,\d{1,2})?)\s*(?:€|euros?)?\s+"
    r"(?:du|de\s+l['’])\s*(?:compte|article|c/)\s*(?P<src>\d{3,6})\s+(?:au|à\s+l['’]|vers\s+le)\s*(?:compte|article|c/)\s*(?P<dst>\d{3,6})",
    regex.I,
)
# A table line read as plain text: "67 678 Autres charges exceptionnelles + 200 000 €", "014 739223 Fonds ... + 1 600 €"
PLAIN_ROW = regex.compile(
    r"^(?:(?P<chap>\d{2,3})\s+)?(?P<art>\d{3,6}[A-Z]?)\s*[:–-]?\s+(?P<label>\D.*?)\s+(?P<amt>[-+−–]?\s?\(?\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})*(?:,\d{1,2})?\)?)\s*(?:€|euros?)?\s*$",
    regex.I,
)
# An account cell: "1641 (16) : Emprunts en euros", "2313 (23) - 101 : Travaux", "C/61523 Entretien", "6411",
# "D-2315-100 : Installations" (side, account and operation, as accounting software prints them)
ACCOUNT_CELL = regex.compile(
    r"^(?:(?P<dr>[DR])\s*[-‑]\s*)?(?:(?:compte|article|art\.?|c\s*/)\s*)?(?P<art>\d{2,6}[A-Z]?)\b\s*(?:\(\s*(?P<chap>\d{2,3})\s*\))?\s*(?:[-–]\s*(?P<op>\d{1,6}|OPFI|ONA)\b)?\s*[:–-]?\s*(?P<label>.*)$",
    regex.I,
)
# A side and account as accounting software prints them: "D-022", "R-1323-100"
DR_ACCOUNT = regex.compile(r"^[DR]\s*[-‑]\s*\d{2,6}")
# A chapter subtotal: "TOTAL D 022 : Dépenses imprévues", "Total chapitre 011", "Sous-total 21"
CHAPTER_TOTAL = regex.compile(r"^\W*(?:sous[\s-]?)?total\s+(?:[DR]\s+)?(?:chap(?:itre|\.)?\s*)?\d{2,3}\b", regex.I)
# A total: "Total Dépenses", "TOTAL", "Sous-total", "Total général"
TOTAL = regex.compile(r"^\W*(?:sous[\s-]?)?(?:total|totaux)\b", regex.I)
# Marks around a cell's text: "<b>Total Dépenses</b>", "**0,00**", "#### INVESTISSEMENT"
_HTML = regex.compile(r"</?\w+[^>]*>|\*\*|__|^#+\s*")
_HEADER_WORDS = {
    "article": "article", "articles": "article", "compte": "article", "comptes": "article", "nature": "article",
    "imputation": "article", "chapitre": "chapter", "chap": "chapter", "chap.": "chapter", "(chap.)": "chapter",
    "libelle": "label", "designation": "label", "intitule": "label", "objet": "label",
    "operation": "operation", "montant": "amount", "montants": "amount", "credits": "amount",
    "depenses": "dépense", "depense": "dépense", "recettes": "recette", "recette": "recette",
    "section": "section", "sens": "side", "proposition": "amount", "propositions": "amount", "propose": "amount",
    "proposes": "amount", "somme": "amount", "diminution": "minus", "diminutions": "minus", "reduction": "minus",
    "augmentation": "plus", "augmentations": "plus", "ouverture": "plus",
}
# What follows a table: "Vote :", "Le conseil municipal, après en avoir délibéré", "À l'unanimité", "- Pour : 13"
_PROSE_END = regex.compile(r"^\W*(?:vote|votes|le conseil|après en avoir|apres en avoir|à l['’]unanimité|a l['’]unanimite|adopt|délibère|pour\s*:)", regex.I)


# ---------------------------------------------------------------------------------------------
# Blocks: one per amendment
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """The part of a section that treats one amendment, with what its heading says."""

    item_number: str | None
    amendment: str
    budget: str
    section: str | None  # from the heading ("BUDGET ANNEXE DE FONCTIONNEMENT"), if it says
    lines: tuple[int, ...]  # indexes into doc.lines


def _clean(text: str) -> str:
    return " ".join(_HTML.sub("", text).replace("\\", "").split())


def normalise_section(word: str | None) -> str | None:
    """investissement or fonctionnement ("exploitation" of an annex budget is fonctionnement)."""
    if not word:
        return None
    word = fold(word)
    if word.startswith("invest"):
        return "investissement"
    if word.startswith(("fonct", "exploit")):
        return "fonctionnement"
    return None


def normalise_side(word: str | None) -> str | None:
    """dépense or recette."""
    if not word:
        return None
    word = fold(word)
    return "dépense" if word.startswith("depense") else "recette" if word.startswith("recette") else None


def budget_name(text: str) -> str | None:
    """The budget a heading names: "principal" or the annex's name, None when none is named.

    >>> budget_name("DÉCISION MODIFICATIVE N°1 – BUDGET ANNEXE D'INVESTISSEMENT DE LA RÉGIE AUTONOME DE NUMÉRIAN :")
    'RÉGIE AUTONOME DE NUMÉRIAN'
    >>> budget_name("Budget Commune : Décision modification n°2")
    'principal'
    """
    for m in BUDGET_NAME.finditer(text):
        name = _BUDGET_NAME_END.sub("", m["name"]).strip(" -–—'’")
        if not name or fold(name).startswith(("d'", "de ", "modificati", "primitif", "supplementaire")) and not m["annex"]:
            continue
        if _PRINCIPAL.match(fold(name)) and not m["annex"]:
            return "principal"
        return name
    return None


def _heading_section(text: str) -> str | None:
    m = regex.search(r"budget\s+(?:annexe\s+)?(?:d['’]\s*|de\s+)(investissement|fonctionnement|exploitation)", text, regex.I)
    return normalise_section(m[1]) if m else None


def _scopes(doc: Document, seg: Segmentation):
    """(item_number, heading, start, end) of each section, or the whole body when none was found."""
    if seg.sections:
        for s in seg.sections:
            yield s.item_number, s.heading, s.start, s.end
    else:
        yield None, "", 0, len(doc.text)


def find_blocks(doc: Document, seg: Segmentation) -> list[Block]:
    """The amendments the document treats, each with its lines."""
    blocks: list[Block] = []
    starts = [line.start for line in doc.lines]  # in text order
    for item_number, heading, start, end in _scopes(doc, seg):
        if not DM_MENTION.search(heading) and not DM_MENTION.search(doc.text[start:end]):
            continue
        indexes = [i for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))
                   if not doc.lines[i].boilerplate]
        if not indexes:
            continue
        heading_budget = budget_name(heading) if heading else None
        current: list[int] = []
        number: str | None = None
        header_text = heading
        pending: list[tuple[str | None, str, list[int]]] = []
        for i in indexes:
            line_text = _clean(doc.lines[i].text)
            numbers = DM_NUMBER.findall(line_text)
            if len(set(numbers)) == 1 and numbers[0] != number:
                if current and number is not None:
                    pending.append((number, header_text, current))
                    current = []
                elif item_number is None:
                    current = []  # no agenda section: what precedes the first amendment is not one
                number = numbers[0]
                following = doc.lines[i + 1].text if i + 1 < len(doc.lines) else ""
                wrapped = not line_text.rstrip().endswith(":") and "\t" not in following and following.count("|") < 2
                header_text = line_text + (" " + _clean(following) if wrapped else "")
            current.append(i)
        pending.append((number, header_text, current))
        if number is None:
            if not DM_MENTION.search(heading):
                continue  # "ajustés par décision modificative" in passing: no amendment here
            m = DM_NUMBER.search(heading or "")
            pending = [(m["n"] if m else None, heading, current)]
        for n, head, lines in pending:
            head = head.split(":")[0] if ":" in head else head
            budget = budget_name(head) or heading_budget or _first_budget(doc, lines) or "principal"
            amendment = f"DM n°{n}" if n else "DM"
            blocks.append(Block(item_number, amendment, budget, _heading_section(head), tuple(lines)))
    return blocks


def _first_budget(doc: Document, lines: list[int]) -> str | None:
    for i in lines[:12]:
        name = budget_name(_clean(doc.lines[i].text))
        if name:
            return name
    return None


# ---------------------------------------------------------------------------------------------
# Visual lines: words with positions (PDF) or cells (text)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """A word and its box; for text formats x is the cell index times 1000 plus the offset."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class VLine:
    """A line as seen on the page: its words, page and the doc lines it stands for."""

    words: list[Word]
    page: int
    top: float
    bottom: float
    line_indexes: list[int]
    cells: bool = False  # text with tab or pipe cells

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass
class PageRulings:
    """Horizontal rulings (y, x0, x1) and vertical rulings (x, top, bottom) of a page."""

    horizontal: list[tuple[float, float, float]] = field(default_factory=list)
    vertical: list[tuple[float, float, float]] = field(default_factory=list)


# A number of two digits or more (a header line has none): "2024", "21"
_TWO_DIGITS = regex.compile(r"\d{2,}")
# Any digit (a context line has none): "Dépenses d'investissement" has none, "Chapitre 21" has one
_DIGIT = regex.compile(r"\d")
# An account code alone in an article or chapter cell: "2158", "c/6068", "21", "2313A"
_ACCOUNT_WORD = regex.compile(r"^(?:c/)?\d{2,6}[A-Z]?$", regex.I)
# The separator row of a Markdown table: "|---|:---|"
_MARKDOWN_RULE = regex.compile(r"^\s*\|?\s*:?-{3,}")


def _text_vlines(doc: Document, indexes: tuple[int, ...]) -> list[VLine]:
    out = []
    for i in indexes:
        raw = doc.lines[i].text
        if _MARKDOWN_RULE.match(raw):  # "|---|---|" separator of a Markdown table
            continue
        cells_mode = "\t" in raw or raw.count("|") >= 2
        parts = raw.strip().strip("|").split("|") if "\t" not in raw and cells_mode else raw.split("\t")
        words = []
        for c, cell in enumerate(parts):
            offset = 0
            for token in _clean(cell).split():
                words.append(Word(token, c * 1000 + offset, c * 1000 + offset + len(token), i, i + 0.8))
                offset += len(token) + 1
        if words:
            out.append(VLine(words, doc.lines[i].page, float(i), i + 0.8, [i], cells_mode))
    return out


def _is_light(color) -> bool:
    if color is None:
        return False
    values = color if isinstance(color, (tuple, list)) else (color,)
    try:
        return bool(values) and all(float(v) > 0.85 for v in values[:3]) and len(values) != 4
    except (TypeError, ValueError):
        return False


def _page_rulings(page) -> PageRulings:
    """Rulings from lines and line-like rectangles; invisible (white) strokes and shading left out."""
    rulings = PageRulings()
    shapes = [(s, s.get("stroking_color")) for s in page.lines]
    for r in page.rects:
        thin = min(r["width"], r["height"]) <= 2.5
        if thin and not _is_light(r.get("non_stroking_color") if r.get("fill") else r.get("stroking_color")):
            shapes.append((r, None))
        elif r.get("stroke") and not _is_light(r.get("stroking_color")):  # a stroked cell: its four edges
            x0, x1, top, bottom = r["x0"], r["x1"], r["top"], r["bottom"]
            rulings.horizontal += [(top, x0, x1), (bottom, x0, x1)]
            rulings.vertical += [(x0, top, bottom), (x1, top, bottom)]
    for s, color in shapes:
        if _is_light(color):
            continue
        if s["height"] <= 2.5 and s["width"] >= 8:
            rulings.horizontal.append(((s["top"] + s["bottom"]) / 2, s["x0"], s["x1"]))
        elif s["width"] <= 2.5 and s["height"] >= 6:
            rulings.vertical.append(((s["x0"] + s["x1"]) / 2, s["top"], s["bottom"]))
    return rulings


def _pdfium_words(page, top: float, bottom: float) -> list[Word]:
    """Words of a PDFium page between `top` and `bottom` (points from the page's top), split as
    pdfplumber's `extract_words` splits them: at blanks, at a gap over 3 points, at a step back.

    A character's box is pdfminer's: from its origin to its advance, the font size tall,
    its bottom where PDFium's loose box puts it (the baseline plus the font's descent)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    height = page.get_size()[1]
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        chars = []
        raw = textpage.raw
        box, x, y = pdfium_c.FS_RECTF(), ctypes.c_double(), ctypes.c_double()
        box_ref, x_ref, y_ref = ctypes.byref(box), ctypes.byref(x), ctypes.byref(y)
        count = min(len(text), pdfium_c.FPDFText_CountChars(raw))
        # PDFium's calls bound once: this loop runs for every character of a table's band
        loose_box, generated = pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FPDFText_IsGenerated
        font_size, origin = pdfium_c.FPDFText_GetFontSize, pdfium_c.FPDFText_GetCharOrigin
        lowest_top = bottom + 50
        for i in _chars_near_band(raw, text, count, height, top, bottom):
            if not loose_box(raw, i, box_ref):
                continue
            c_bottom = height - box.bottom
            if c_bottom < top or height - box.top > lowest_top:  # outside the band
                continue
            if text[i].isspace() and generated(raw, i) == 1:  # PDFium generates blanks and line breaks only
                continue
            c_top = c_bottom - font_size(raw, i)
            if c_top > bottom:
                continue
            left = x.value if origin(raw, i, x_ref, y_ref) else box.left
            chars.append((text[i], left, box.right, c_top, c_bottom))
    finally:
        textpage.close()
    # rows as pdfplumber clusters them: tops chained within 3 points
    rows: list[list[tuple]] = []
    last_top = None
    for ch in sorted(chars, key=lambda c: c[3]):
        if last_top is None or ch[3] - last_top > 3:
            rows.append([])
        rows[-1].append(ch)
        last_top = ch[3]
    words: list[Word] = []
    for row in rows:
        current: list[tuple] = []
        for ch in sorted(row, key=lambda c: c[1]):
            if ch[0].isspace():
                words += _merge_chars(current)
                current = []
                continue
            if current and (ch[1] < current[-1][1] or ch[1] > current[-1][2] + 3 or abs(ch[3] - current[-1][3]) > 3):
                words += _merge_chars(current)
                current = []
            current.append(ch)
        words += _merge_chars(current)
    return words


BAND_MARGIN = 20.0  # points: a PDFium line whose ends both lie this far outside the band has no character in it


def _chars_near_band(raw, text: str, count: int, height: float, top: float, bottom: float):
    """Indexes of the characters that may lie in the band [top, bottom + 50]: those of every
    PDFium line (CRLF-separated, one baseline each) except the lines whose first and last
    characters both lie `BAND_MARGIN` points beyond the same side of it. A table takes a
    third of a page: this spares the per-character calls on the rest."""
    import pypdfium2.raw as pdfium_c

    box = pdfium_c.FS_RECTF()
    box_ref = ctypes.byref(box)

    def side(i: int) -> int:
        """-1 above the band, 1 below it, 0 near it or unknown."""
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, i, box_ref):
            return 0
        if height - box.bottom < top - BAND_MARGIN:
            return -1
        if height - box.top > bottom + 50 + BAND_MARGIN:
            return 1
        return 0

    begin = 0
    while begin < count:
        end = text.find("\n", begin, count)
        end = count if end < 0 else end + 1  # the line with its line break
        first, last = begin, end - 1
        while first < last and text[first] in "\r\n":
            first += 1
        while last > first and text[last] in "\r\n":
            last -= 1
        where = side(first)
        if where == 0 or side(last) != where:
            yield from range(begin, end)
        begin = end


def _merge_chars(chars: list[tuple]) -> list[Word]:
    if not chars:
        return []
    return [Word("".join(c[0] for c in chars), min(c[1] for c in chars), max(c[2] for c in chars),
                 min(c[3] for c in chars), max(c[4] for c in chars))]


def _apply(m: tuple, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _compose(inner: tuple, outer: tuple) -> tuple:
    """The matrix applying `inner` then `outer`."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _path_shapes(obj, matrix: tuple) -> list[tuple[str, list[tuple[float, float]]]]:
    """A path object's subpaths as pdfminer sees them: ("ml", points), ("mlllh", points), in page space."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    shapes: list[tuple[str, list[tuple[float, float]]]] = []
    shape, points = "", []
    for k in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        x, y = ctypes.c_float(), ctypes.c_float()
        pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            if shape:
                shapes.append((shape, points))
            shape, points = "m", [_apply(matrix, x.value, y.value)]
        else:
            shape += "l" if kind == pdfium_c.FPDF_SEGMENT_LINETO else "c"
            points.append(_apply(matrix, x.value, y.value))
        if pdfium_c.FPDFPathSegment_GetClose(segment) and points:
            shape += "h"
            points.append(points[0])
    if shape:
        shapes.append((shape, points))
    out = []
    for shape, points in shapes:
        if len(shape) > 3 and shape[-2:] == "lh" and points[-2] == points[0]:  # a redundant "l" before "h"
            shape, points = shape[:-2] + "h", points[:-2] + points[-1:]
        out.append((shape, points))
    return out


def _pdfium_rulings(page, top: float, bottom: float) -> PageRulings:
    """The page's rulings between `top` and `bottom`, read with PDFium as `_page_rulings` reads
    pdfplumber's lines and rects of the page cropped there (objects clipped to the band)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    lines: list[dict] = []
    rects: list[dict] = []

    def colour(getter, obj):
        r, g, b, a = (ctypes.c_uint() for _ in range(4))
        if not getter(obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)):
            return None
        return (r.value / 255, g.value / 255, b.value / 255)

    def box(points) -> dict | None:
        xs = [p[0] for p in points]
        tops = [height - p[1] for p in points]
        x0, x1, t, b = max(min(xs), 0.0), min(max(xs), width), max(min(tops), top), min(max(tops), bottom)
        if x1 - x0 < 0 or b - t < 0 or (x1 - x0) + (b - t) <= 0:  # outside the band (pdfplumber's crop)
            return None
        return {"x0": x0, "x1": x1, "top": t, "bottom": b, "width": x1 - x0, "height": b - t}

    def walk(parent, form: bool, matrix: tuple) -> None:
        count = pdfium_c.FPDFFormObj_CountObjects(parent) if form else pdfium_c.FPDFPage_CountObjects(parent)
        for k in range(count):
            obj = pdfium_c.FPDFFormObj_GetObject(parent, k) if form else pdfium_c.FPDFPage_GetObject(parent, k)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            m = pdfium_c.FS_MATRIX()
            own = (m.a, m.b, m.c, m.d, m.e, m.f) if pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)) else (1, 0, 0, 1, 0, 0)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                walk(obj, True, _compose(own, matrix))
                continue
            if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
                continue
            fillmode, stroke = ctypes.c_int(), ctypes.c_int()
            pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fillmode), ctypes.byref(stroke))
            attrs = {"fill": fillmode.value != 0, "stroke": bool(stroke.value),
                     "stroking_color": colour(pdfium_c.FPDFPageObj_GetStrokeColor, obj),
                     "non_stroking_color": colour(pdfium_c.FPDFPageObj_GetFillColor, obj)}
            for shape, points in _path_shapes(obj, _compose(own, matrix)):
                if shape in ("ml", "mlh"):
                    target, points = lines, points[:2]
                elif shape in ("mlllh", "mllll") and points[0] == points[4] and (
                        (points[0][0] == points[1][0] and points[1][1] == points[2][1] and points[2][0] == points[3][0] and points[3][1] == points[0][1])
                        or (points[0][1] == points[1][1] and points[1][0] == points[2][0] and points[2][1] == points[3][1] and points[3][0] == points[0][0])):
                    target = rects
                else:
                    continue
                b = box(points)
                if b is not None:
                    target.append({**b, **attrs})

    walk(page.raw, False, (1, 0, 0, 1, 0, 0))
    return _page_rulings(_Shapes(lines, rects))


@dataclass(frozen=True)
class _Shapes:
    """Lines and rects in pdfplumber's form, for `_page_rulings`."""

    lines: list[dict]
    rects: list[dict]


class _PdfPages:
    """The document's PDF, opened again on first need and once for all its amendment blocks, with
    each page loaded once (a page of two DM tables is read for both)."""

    def __init__(self, path: str):
        self.path = path
        self.pdf = None
        self.pages: dict[int, object] = {}

    def open(self) -> None:
        """Open the PDF if not done yet; raises when it cannot be opened again."""
        if self.pdf is None:
            import pypdfium2 as pdfium

            self.pdf = pdfium.PdfDocument(self.path)

    def page(self, number: int):
        """Page `number` (1-based)."""
        self.open()
        if number not in self.pages:
            self.pages[number] = self.pdf[number - 1]
        return self.pages[number]

    def close(self) -> None:
        for page in self.pages.values():
            page.close()
        if self.pdf is not None:
            self.pdf.close()
        self.pages, self.pdf = {}, None


def _pdf_vlines(doc: Document, block: Block, pdf: _PdfPages) -> tuple[list[VLine], dict[int, PageRulings]] | None:
    """Words of the block's pages (cropped to the block) with the page rulings; None on failure."""

    by_page: dict[int, list[Line]] = {}
    for i in block.lines:
        line = doc.lines[i]
        if line.top is not None:
            by_page.setdefault(line.page, []).append(line)
    ocr_pages = {p.number for p in doc.pages if p.ocr}
    if not by_page or set(by_page) & ocr_pages:
        return None
    # only the pages that hold a table header, and the page after it (a table over a page break)
    headed = {n for n, lines in by_page.items() if any(_text_is_header(line.text) for line in lines)}
    table_pages = {n for n in by_page if n in headed or n - 1 in headed}
    if not table_pages:
        return None
    vlines: list[VLine] = []
    rulings: dict[int, PageRulings] = {}
    try:
        pdf.open()
    except Exception:
        return None
    index_of = {id(doc.lines[i]): i for i in block.lines}
    for number in sorted(by_page):
        lines = by_page[number]
        if number not in table_pages:
            vlines += _text_vlines(doc, tuple(index_of[id(line)] for line in lines))
            continue
        try:
            page = pdf.page(number)
            width, height = page.get_size()
            # the text layer's tops (PDFium's loose boxes) sit up to 4 points off the words' tops: crop with room
            top = max(0.0, min(line.top for line in lines) - 6)
            bottom = min(float(height), max(line.top for line in lines) + 60)  # the grid's last ruling
            words = _pdfium_words(page, top, bottom)
            rulings[number] = _pdfium_rulings(page, top, bottom)
        except (MemoryError, RecursionError):
            raise
        except Exception:  # a page PDFium cannot lay out again: read its lines as text
            vlines += _text_vlines(doc, tuple(index_of[id(line)] for line in lines))
            continue
        groups: list[list[Word]] = []
        for w in sorted(words, key=lambda w: (round(w.top, 1), w.x0)):
            if groups and abs(groups[-1][0].top - w.top) <= 2.5:
                groups[-1].append(w)
            else:
                groups.append([w])
        last_top = max(line.top for line in lines)
        for group in groups:
            g_top = min(w.top for w in group)
            if g_top > last_top + 3:  # below the block's last line: the next block's words
                continue
            near = min(lines, key=lambda line: abs(line.top - g_top))
            if near.boilerplate:
                continue
            ws = sorted(group, key=lambda w: w.x0)
            vlines.append(VLine(ws, number, g_top, max(w.bottom for w in group), [index_of[id(near)]]))
    return vlines, rulings


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------


def _text_is_header(text: str) -> bool:
    words = _clean(text).split()
    return _is_header(VLine([Word(w, 0, 0, 0, 0) for w in words], 0, 0, 0, []))


def _keywords(vline: VLine) -> list[str]:
    return [_HEADER_WORDS[k] for k in (fold(w.text).strip(":.,") for w in vline.words) if k in _HEADER_WORDS]


def _is_header(vline: VLine, loose: bool = False) -> bool:
    text = vline.text
    if TOTAL.match(text) or _TWO_DIGITS.search(text) or len(vline.words) > 12:
        return False
    kinds = set(_keywords(vline)) - {"section", "side"}  # "Section de fonctionnement - Dépenses" is context
    if loose:
        return bool(kinds) and len(vline.words) <= 14
    return len(kinds) >= 2


def _side_only(vline: VLine) -> bool:
    kinds = set(_keywords(vline))
    return bool(kinds) and kinds <= {"dépense", "recette"}


@dataclass
class Column:
    """A column of a table: its x range and role (article, chapter, label, operation, amount,
    dépense, recette or '' when its header says nothing)."""

    x0: float
    x1: float
    role: str = ""
    side: str | None = None  # the "Dépenses" / "Recettes" header above it


@dataclass
class Table:
    """A table being read: its columns and zones (column indexes and the side of each half)."""

    columns: list[Column]
    zones: list[tuple[list[int], str | None]]
    ruled: bool
    header_words: list[str]


def _group_columns(words: list[Word], gap: float) -> list[list[Word]]:
    groups: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.x0):
        if groups and w.x0 - max(x.x1 for x in groups[-1]) <= gap:
            groups[-1].append(w)
        else:
            groups.append([w])
    return groups


def _role(text: str) -> str:
    kinds = [_HEADER_WORDS[k] for k in (fold(t).strip(":.,-") for t in text.split()) if k in _HEADER_WORDS]
    for role in ("label", "article", "chapter", "operation", "minus", "plus", "dépense", "recette", "amount", "section", "side"):  # "Libellé article" is a label
        if role in kinds:
            return role
    return ""


def _build_table(header: list[VLine], rulings: dict[int, PageRulings]) -> Table | None:
    """Columns and zones from the header lines (and the page's vertical rulings, if any).

    The main line is the one naming the most columns other than sides; "Dépenses" and
    "Recettes" printed on another line span the columns below them.
    """
    def naming(v: VLine) -> tuple[int, int]:
        kinds = set(_keywords(v))
        return len(kinds - {"dépense", "recette", "section", "side"}), len(kinds)

    main = max(header, key=naming)
    spans = [w for v in header if v is not main for w in v.words if normalise_side(w.text)]
    page_rulings = rulings.get(main.page)
    verticals = []
    if page_rulings and not main.cells:
        verticals = sorted({round(x, 0) for x, top, bottom in page_rulings.vertical if top - 2 <= main.top and bottom + 2 >= main.bottom})
        merged: list[float] = []
        for x in verticals:
            if not merged or x - merged[-1] > 3:
                merged.append(x)
        verticals = merged
    ruled = len(verticals) >= 3
    if ruled:
        columns = [Column(a, b) for a, b in zip(verticals, verticals[1:], strict=False)]
        anchors = [(a + b) / 2 for a, b in zip(verticals, verticals[1:], strict=False)]
    else:
        words = list(main.words) + [w for v in header if v is not main for w in v.words if not normalise_side(w.text)]
        groups = _group_columns(words, gap=8 if not main.cells else 500)
        if len(groups) < 2:
            return None
        starts = [min(w.x0 for w in g) for g in groups]
        ends = [max(w.x1 for w in g) for g in groups]
        bounds = [-1e9] + [(ends[i] + starts[i + 1]) / 2 for i in range(len(groups) - 1)] + [1e9]
        columns = [Column(bounds[i], bounds[i + 1]) for i in range(len(groups))]
        anchors = starts
    texts = [[] for _ in columns]
    for vline in header:
        for w in vline.words:
            c = _column_of(columns, w, ruled)
            if c is not None and not any(w is x for x in spans):
                texts[c].append(w.text)
    for column, words_in in zip(columns, texts, strict=True):
        column.role = _role(" ".join(words_in))
        if column.role in ("dépense", "recette"):
            column.side = column.role
    roles = [c.role for c in columns]
    side_words = [((w.x0 + w.x1) / 2, normalise_side(w.text)) for w in spans]
    if roles.count("article") >= 2:  # side by side: the halves under "Dépenses" and "Recettes"
        second = [i for i, r in enumerate(roles) if r == "article"][1]
        sides = [s for _, s in sorted(side_words)] or ["dépense", "recette"]
        sides = [s for k, s in enumerate(sides) if k == 0 or s != sides[k - 1]]  # merged cells repeat their text
        left = sides[0]
        right = sides[1] if len(sides) > 1 else ("recette" if left == "dépense" else "dépense")
        zones = [(list(range(second)), left), (list(range(second, len(columns))), right)]
    else:
        _assign_spans(columns, anchors, spans)
        zones = [(list(range(len(columns))), None)]
    if not any(r in ("article", "chapter", "label") for r in roles):
        return None
    return Table(columns, zones, ruled, [w.text for v in header for w in v.words])


def _assign_spans(columns: list[Column], anchors: list[float], spans: list[Word]) -> None:
    """Give amount columns the side printed above them ("Dépenses" over "Diminution | Augmentation").

    Spanning headers are either left-aligned on their first column or centred over their columns.
    """
    spans = sorted(spans, key=lambda w: w.x0)
    amount_cols = [i for i, c in enumerate(columns) if c.side is None and c.role in ("minus", "plus", "amount", "")]
    if not spans or not amount_cols:
        return
    left_aligned = abs(spans[0].x0 - anchors[amount_cols[0]]) < 6 or abs(spans[0].x0 - columns[amount_cols[0]].x0) < 6
    centres = [(w.x0 + w.x1) / 2 for w in spans]
    bounds = [spans[k].x0 - 1 if left_aligned else (centres[k - 1] + centres[k]) / 2 for k in range(1, len(spans))]
    for i in amount_cols:
        k = sum(1 for b in bounds if b <= anchors[i])
        columns[i].side = normalise_side(spans[k].text)


def _column_of(columns: list[Column], word: Word, ruled: bool) -> int | None:
    x = (word.x0 + word.x1) / 2 if ruled else word.x0
    for i, c in enumerate(columns):
        if c.x0 - 1 <= x < c.x1 + 1:
            return i
    return None


def _starts_with_account(vline: VLine, table: Table) -> bool:
    """The line opens a row: the first word of its article (or chapter) column is an account."""
    seen: set[int] = set()
    for w in vline.words:
        c = _column_of(table.columns, w, table.ruled)
        if c is None or c in seen:
            continue
        seen.add(c)
        role = table.columns[c].role
        if role in ("article", "chapter") and _ACCOUNT_WORD.match(w.text):
            return True
        if role in ("article", "label") and DR_ACCOUNT.match(w.text):
            return True
    return False


def _bands(vlines: list[VLine], rulings: dict[int, PageRulings], table: Table) -> list[list[VLine]]:
    """Rows of a table: between horizontal rulings when the page has them, else from account lines."""
    rows: list[list[VLine]] = []
    current_key = None
    for vline in vlines:
        ys = sorted({round(y, 0) for y, _, _ in rulings.get(vline.page, PageRulings()).horizontal}) if table.ruled else []
        if len(ys) >= 2:
            middle = (vline.top + vline.bottom) / 2
            key = (vline.page, sum(1 for y in ys if y < middle))
            if rows and key == current_key:
                rows[-1].append(vline)
            else:
                rows.append([vline])
                current_key = key
        else:
            if _starts_with_account(vline, table) and rows:
                rows.append(_pull_leading_lines(rows[-1], vline, table) + [vline])
                if not rows[-2]:
                    del rows[-2]
            elif _starts_with_account(vline, table) or TOTAL.match(vline.text) or not rows or _new_amount_row(vline, rows[-1], table):
                rows.append([vline])
            else:
                rows[-1].append(vline)
            current_key = None
    return rows


def _pull_leading_lines(previous: list[VLine], anchor: VLine, table: Table) -> list[VLine]:
    """Lines at the end of the previous row that belong to the row the anchor line opens.

    Cells centred vertically print part of a row above its account line ("-145" above
    "607 (011) : Achats de marchandises"): a line closer to the next account line than to the
    line before it belongs to the next row. Top-aligned cells keep their lines.
    """
    moved: list[VLine] = []
    while previous:
        last = previous[-1]
        if last.page != anchor.page or _starts_with_account(last, table) or TOTAL.match(last.text):
            break
        before = previous[-2].top if len(previous) >= 2 and previous[-2].page == last.page else None
        gap_after = anchor.top - last.top
        if before is not None and gap_after >= last.top - before:
            break
        if before is None and gap_after > 2 * max(last.bottom - last.top, 1.0):
            break
        moved.insert(0, previous.pop())
    return moved


def _new_amount_row(vline: VLine, row: list[VLine], table: Table) -> bool:
    """A line of amounts alone under a row that already has its amount: a subtotal.

    It continues the row when the row has no amount in that column yet (an amount centred in
    a tall cell) or when it ends an amount wrapped in its cell ("-145" then "600,00").
    """
    tokens = [w.text for w in vline.words]
    if not tokens or not all(regex.fullmatch(r"[-+−–(]?[\d.,'’)]+|€", t) for t in tokens):
        return False
    column = _column_of(table.columns, vline.words[0], table.ruled)
    above = [[w for w in line.words if _column_of(table.columns, w, table.ruled) == column] for line in row]
    above = [words for words in above if words]
    if not above:
        return False
    last = above[-1][-1].text
    wraps = bool(regex.fullmatch(r"[-+−–(]?\d{1,3}", last)) and bool(regex.fullmatch(r"\d{3}(?:[,.]\d{1,2})?\)?", tokens[0]))
    return not wraps


def _cell_text(words: list[tuple[float, float, str]]) -> str:
    return " ".join(t for _, _, t in sorted(words))


def _amount_in(text: str) -> Decimal | None:
    text = text.replace("_", "").replace("—", "-").strip()
    value = parse_amount(text)
    if value is None:
        compact = regex.sub(r"(?<=[-+−–])\s+", "", text)
        value = parse_amount(compact)
    return value


def _split_account(text: str) -> tuple[str | None, str | None, str | None, str, str | None]:
    """(article, chapter, operation, label, side) of an account cell."""
    m = ACCOUNT_CELL.match(text)
    if not m:
        return None, None, None, text, None
    side = {"d": "dépense", "r": "recette"}.get((m["dr"] or "").lower())
    return m["art"], m["chap"], m["op"], m["label"].strip(" :-–"), side


@dataclass(frozen=True)
class Found:
    """A line or total read from a block, before it becomes a record."""

    kind: str  # line, total
    section: str | None
    side: str | None
    article: str | None
    chapter: str | None
    operation: str | None
    label: str
    amount: Decimal
    line_indexes: tuple[int, ...]


def _read_row(row: list[VLine], table: Table, section: str | None, side: str | None) -> list[Found]:
    """The lines (or totals) one table row holds, one per zone."""
    indexes = tuple(sorted({i for v in row for i in v.line_indexes}))
    found: list[Found] = []
    for columns, zone_side in table.zones:
        cells: dict[int, list[tuple[float, float, str]]] = {c: [] for c in columns}
        for vline in row:
            for w in vline.words:
                c = _column_of(table.columns, w, table.ruled)
                if c in cells:
                    cells[c].append((vline.top, w.x0, w.text))
        texts = {c: _cell_text(ws) for c, ws in cells.items() if ws}
        if not texts:
            continue
        all_text = " ".join(texts[c] for c in sorted(texts))
        article = chapter = operation = account_side = None
        row_section, row_side = section, side
        label = ""
        amounts: list[tuple[Decimal, str | None]] = []
        for c, text in texts.items():
            role = table.columns[c].role
            if role == "article" or (role == "label" and DR_ACCOUNT.match(text)):
                art, chap, op, rest, prefix_side = _split_account(text)
                article, chapter, operation = art, chapter or chap, op
                label = label or rest
                row_side = prefix_side or row_side
                if prefix_side:
                    account_side = prefix_side
            elif role == "chapter":
                m = regex.search(r"\d{2,3}", text)
                chapter = m[0] if m else chapter
            elif role == "label":
                label = text
            elif role == "operation":
                operation = text or None
            elif role == "section":
                row_section = normalise_section(text) or {"f": "fonctionnement", "i": "investissement"}.get(fold(text)[:1], row_section)
            elif role == "side":
                row_side = normalise_side(text) or {"d": "dépense", "r": "recette"}.get(fold(text)[:1]) or row_side
            elif role in ("dépense", "recette", "amount", "minus", "plus", ""):
                value = _amount_in(text)
                if value is None and role:  # a long label spilling into the amount column
                    tail = AMOUNT_AT_END.search(text)
                    if tail and _amount_in(tail["amt"]) is not None:
                        value = _amount_in(tail["amt"])
                        label = label or text[: tail.start()].strip()
                if value is not None:
                    value = -abs(value) if role == "minus" else abs(value) if role == "plus" else value
                    amounts.append((value, table.columns[c].side))
                elif role == "" and not label:
                    label = text
        if not amounts and label:  # no amount column in the header: "Dépenses imprévues - 2 000 €" in the label
            money = [m for m in AMOUNT_TEXT.finditer(label) if m["amt"].strip()[:1] in "-+−–(" or m["cur"]]
            value = _amount_in(money[-1]["amt"]) if money else None
            if value is not None:
                amounts.append((value, None))
                label = " ".join((label[: money[-1].start()] + " " + label[money[-1].end():]).split())
        is_total = bool(TOTAL.match(all_text)) or (article is None and not label and amounts)
        if is_total:
            found += _totals(all_text, amounts, account_side or zone_side or row_side, row_section, indexes)
            continue
        for value, column_side in amounts:
            if article:
                line_side = account_side or column_side or zone_side or row_side
                found.append(Found("line", row_section, line_side, article, chapter, operation, label, value, indexes))
    return found


def _totals(text: str, amounts: list[tuple[Decimal, str | None]], side: str | None, section: str | None,
            indexes: tuple[int, ...]) -> list[Found]:
    """One total per side of a total row, comparable with the sum of that side's lines.

    "Total FONCTIONNEMENT" names its section, "Total général" none; a row's diminution and
    augmentation add up to its net change; chapter subtotals ("TOTAL D 022 : ...") are left out.
    """
    if CHAPTER_TOTAL.match(text):
        return []
    named = SECTION_WORD.search(text)
    total_section = normalise_section(named[1]) if named else None if "general" in fold(text) else section
    sums: dict[str | None, Decimal] = {}
    for value, column_side in amounts:
        key = column_side or side
        sums[key] = sums.get(key, Decimal(0)) + value
    return [Found("total", total_section, key, None, None, None, text, value, indexes) for key, value in sums.items()]


# ---------------------------------------------------------------------------------------------
# Reading a block
# ---------------------------------------------------------------------------------------------


def _context(text: str) -> tuple[str | None, str | None] | None:
    """(section, side) a short context line sets: "INVESTISSEMENT", "Dépenses d'investissement :"."""
    clean = _clean(text).strip(" :•-–")
    if not clean or len(clean.split()) > 8 or _DIGIT.search(clean) or TOTAL.match(clean):
        return None
    if not CONTEXT_START.match(clean):
        return None
    section = SECTION_WORD.search(clean)
    sides = {normalise_side(m) for m in SIDE_WORD.findall(clean)}
    side = sides.pop() if len(sides) == 1 else None
    if not section and not side:
        return None
    if not section and len(clean.split()) > 2:
        return None
    return normalise_section(section[1]) if section else None, side


def _read_tables(vlines: list[VLine], rulings: dict[int, PageRulings], block: Block) -> tuple[list[Found], set[int]]:
    """Every table of a block: (what they hold, doc line indexes they used)."""
    found: list[Found] = []
    used: set[int] = set()
    section, side = block.section, None
    i = 0
    while i < len(vlines):
        vline = vlines[i]
        ctx = _context(vline.text)
        if ctx and not _is_header(vline):
            section = ctx[0] or section
            side = ctx[1] if ctx[1] else (None if ctx[0] else side)
            i += 1
            continue
        if not _is_header(vline):
            i += 1
            continue
        start = i
        while start > 0 and _side_only(vlines[start - 1]) and _is_header(vlines[start - 1], loose=True):
            start -= 1
        end = i + 1
        while end < len(vlines) and _is_header(vlines[end], loose=True) and not _context(vlines[end].text):
            end += 1
        table = _build_table(vlines[start:end], rulings)
        if table is None:
            i += 1
            continue
        segments: list[tuple[str | None, str | None, list[VLine]]] = [(section, side, [])]
        j = end
        after_total = False
        last_page = vlines[end - 1].page
        while j < len(vlines):
            v = vlines[j]
            if _is_header(v, loose=True) and not _context(v.text) and v.page != last_page:
                j += 1  # a header repeated after a page break
                continue
            if _is_header(v):
                break  # the next table
            ctx = _context(v.text)
            if ctx:  # "FONCTIONNEMENT" inside a table: what follows is in that section
                section = ctx[0] or section
                side = ctx[1] if ctx[1] else (None if ctx[0] else side)
                segments.append((section, side, []))
                after_total = False
                j += 1
                continue
            if _ends_table(v, table, rulings, after_total):
                break
            after_total = after_total or bool(TOTAL.match(v.text))
            segments[-1][2].append(v)
            last_page = v.page
            j += 1
        for seg_section, seg_side, body in segments:
            for row in _bands(body, rulings, table):
                found += _read_row(row, table, seg_section, seg_side)
        for v in vlines[start:j]:
            used.update(v.line_indexes)
        i = j
    return found, used


def _ends_table(v: VLine, table: Table, rulings: dict[int, PageRulings], after_total: bool) -> bool:
    text = v.text
    if DM_NUMBER.search(text) or _PROSE_END.match(text):
        return True
    if table.ruled:
        ys = [y for y, _, _ in rulings.get(v.page, PageRulings()).horizontal]
        if ys and (v.top > max(ys) + 1 or v.bottom < min(ys) - 1):
            return True
    if v.words and v.words[0].x0 >= 0 and table.columns and min(w.x0 for w in v.words) < 0:
        return True
    if not v.cells and any(c.x0 >= 1000 for c in table.columns):  # a text table: a line without cells ends it
        return True
    if after_total and not TOTAL.match(text) and not _starts_with_account(v, table):
        return True
    return len(v.words) >= 9 and not _starts_with_account(v, table) and not TOTAL.match(text)


def _read_plain(doc: Document, block: Block, skip: set[int]) -> list[Found]:
    """Lines of a block without a table: lists, prose, plain table lines, scans out of order."""
    found: list[Found] = []
    section, side, sign = block.section, None, None
    loose: list[tuple[int, str]] = []
    for i in block.lines:
        if i in skip:
            continue
        text = _clean(doc.lines[i].text).replace("_", "").replace("—", "-")
        ctx = _context(text)
        if ctx:
            section = ctx[0] or section
            side = ctx[1] if ctx[1] else (None if ctx[0] else side)
            continue
        for m in VIREMENT.finditer(text):
            value = _amount_in(m["amt"])
            if value is not None:
                found.append(Found("line", section, side, m["src"], None, None, "", -abs(value), (i,)))
                found.append(Found("line", section, side, m["dst"], None, None, "", abs(value), (i,)))
        if VIREMENT.search(text):
            continue
        if len(text.split()) > 14 and not SIGN_CONTEXT.search(text):
            continue  # prose explaining the amendment ("au compte 739211. Il est donc nécessaire...")
        for part in regex.split(r"\s+/\s+|\s*;\s*", text):
            s = SIGN_CONTEXT.search(part)
            if s:
                sign = -1 if s["minus"] else 1
            m = PLAIN_ROW.match(part)
            if m and not ACCOUNT_REF.search(part):
                value = _amount_in(m["amt"])
                if value is not None:
                    found.append(Found("line", section, side, m["art"], m["chap"], None, m["label"], value, (i,)))
                continue
            acc = ACCOUNT_REF.search(part)
            chap = CHAPTER_REF.search(part)
            rest = part
            for span_m in (acc, chap):
                if span_m:
                    rest = rest.replace(span_m[0], " ")
            amount = _signed_amount(rest)
            if acc and amount is not None:
                value = -abs(amount) if sign == -1 and amount > 0 and not regex.search(r"[+]", rest) else amount
                label = _label_of(rest)
                found.append(Found("line", section, side, acc["art"], chap["chap"] if chap else None, None, label, value, (i,)))
            elif acc or chap or amount is not None:
                loose.append((i, part))
    if not found and loose:
        found = _pair_by_position(doc, loose, section, side)
    return found


def _signed_amount(text: str) -> Decimal | None:
    """An amount that reads as money: signed ("+ 5500€", "-1507.50") or with its currency."""
    for m in AMOUNT_TEXT.finditer(text):
        raw = m["amt"].strip()
        if raw[:1] in "-+−–(" or m["cur"]:
            value = _amount_in(raw)
            if value is not None:
                return value
    return None


def _label_of(text: str) -> str:
    text = AMOUNT_TEXT.sub(" ", text)
    text = regex.sub(r"(?i)\b(?:augmentation|diminution)\s+de\s+cr[ée]dits?\b|[€:,]", " ", text)
    return " ".join(text.split()).strip(" -–+")


def _pair_by_position(doc: Document, loose: list[tuple[int, str]], section: str | None, side: str | None) -> list[Found]:
    """Scanned tables whose OCR lines come out of order: each account takes the nearest amount."""
    accounts, amounts, chapters = [], [], []
    for i, text in loose:
        line = doc.lines[i]
        y = line.top if line.top is not None else float(i)
        for m in ACCOUNT_REF.finditer(text):
            after = text[m.end():]
            accounts.append((y, i, m["art"], _label_of(after)))
        for m in CHAPTER_REF.finditer(text):
            chapters.append((y, line.x0 or 0.0, m["chap"]))
        value = _signed_amount(regex.sub(ACCOUNT_REF, " ", regex.sub(CHAPTER_REF, " ", text)))
        if value is not None:
            amounts.append((y, i, value, _label_of(regex.sub(ACCOUNT_REF, " ", text))))
    pairs = sorted(((abs(a[0] - m[0]), ai, mi) for ai, a in enumerate(accounts) for mi, m in enumerate(amounts)))
    taken_a, taken_m, out = set(), set(), []
    for distance, ai, mi in pairs:
        if ai in taken_a or mi in taken_m or distance > 40:
            continue
        taken_a.add(ai)
        taken_m.add(mi)
        y, i, art, label = accounts[ai]
        my, mi_line, value, amount_label = amounts[mi]
        near = [c for c in chapters if abs(c[0] - y) <= 6]
        chapter = near[0][2] if near else None
        out.append(Found("line", section, side, art, chapter, None, label or amount_label, value, tuple(sorted({i, mi_line}))))
    return sorted(out, key=lambda f: f.line_indexes)


def _account_section(article: str, chapter: str | None, side: str | None) -> str | None:
    return chart.chapter_section(chapter) or chart.chapter_section(chart.account_chapter(article, side)) or (
        "fonctionnement" if article[:1] in "67" else "investissement" if article[:1] in "12345" else None
    )


def _account_side(article: str) -> str:
    if article.startswith("7") or article in ("021", "002", "001"):
        return "recette"
    return "dépense"


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


def read_block(doc: Document, block: Block, pdf: _PdfPages | None = None) -> list[Found]:
    """Everything one amendment block holds, tables first, then lists and prose (`pdf`: the
    document's pages, shared by its blocks)."""
    found: list[Found] = []
    used: set[int] = set()
    layout = None
    if doc.format == "pdf":
        own = pdf is None
        pdf = pdf or _PdfPages(doc.path)
        try:
            layout = _pdf_vlines(doc, block, pdf)
        finally:
            if own:
                pdf.close()
    if layout is not None:
        vlines, rulings = layout
    else:
        vlines, rulings = _text_vlines(doc, block.lines), {}
    found, used = _read_tables(vlines, rulings, block)
    if not any(f.kind == "line" for f in found):
        found += _read_plain(doc, block, used)
    return found


def extract(doc: Document, seg: Segmentation, facts: Extraction | None = None) -> dict:
    """Budget lines and totals of every amendment the document treats. It reads no earlier extractor's facts."""
    lines: list[BudgetLine] = []
    totals: list[BudgetTotal] = []
    pdf = _PdfPages(doc.path)
    try:
        found = [(block, read_block(doc, block, pdf)) for block in find_blocks(doc, seg)]
    finally:
        pdf.close()
    for block, block_found in found:
        for f in block_found:
            indexes = [i for i in f.line_indexes if 0 <= i < len(doc.lines)]
            start = min(doc.lines[i].start for i in indexes) if indexes else 0
            end = max(doc.lines[i].end for i in indexes) if indexes else 0
            provenance = doc.provenance(start, end)
            if f.kind == "total":
                totals.append(BudgetTotal(block.item_number, block.amendment, block.budget, f.section, f.side, f.amount, provenance))
                continue
            side = f.side or _account_side(f.article)
            section = f.section or _account_section(f.article, f.chapter, side)
            label = " ".join(f.label.split())
            lines.append(BudgetLine(
                item_number=block.item_number, amendment=block.amendment, budget=block.budget,
                section=section or "", side=side, article=f.article, chapter=f.chapter, operation=f.operation,
                label=label, amount=f.amount, chart_chapter=chart.account_chapter(f.article, side, f.chapter), provenance=provenance,
            ))
    return {"budget_lines": lines, "budget_totals": totals}
