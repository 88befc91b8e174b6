"""PDF: text lines per page with their position (pypdfium2), OCR for image-only pages.

The text layer is read with PDFium (pypdfium2), several times faster than pdfminer: each page's
text comes in content order with PDFium's own line breaks, and each line gets the `x0` and `top`
(points from the top-left corner, as pdfplumber counts them) of its first character, which
segmentation uses to tell a wrapped agenda title (indented) from the prose after it. Pages whose
text layer is empty but that carry an image are scans: they are OCRed with tesseract when it is
installed (`ocr` module); otherwise the document is marked `needs_ocr`.

Each line also carries its typography, as a reader sees it: bold and italic (from the font of a
few of its letters: the font's name, else the embedded program's own style where the name is
anonymous, or a bold faked by stroking the letters), its font size, its right edge, and an
underline (a thin rule drawn just under its letters). This costs a handful of PDFium calls per
line, not per character: `make bench` keeps the text layer's rate within 1/4 of PDFium's own.

The pages that may hold a DM table are read again for their layout (`tables` module:
pdfplumber's table finder on the page's rulings, or its words with their boxes, both on the
characters and paths PDFium gives), so that layout work is spent where layout matters; the
tables go with the document, no later stage reopens the file.
"""

from __future__ import annotations

import functools
from pathlib import Path

import regex

from pipeline.read import ocr, tables
from pipeline.read.common import RawLine, UnreadableDocument, build_document

MIN_TEXT_CHARS = 200  # below this, a page with a large image is taken for a scan
MAX_PAGES = 2000  # a hostile file claiming more pages is refused
# PDFium marks a hyphen it found at a line's end (a word cut in two) with these characters
# a line of PDFium's text: "Conseil Municipal du 13 décembre 2022 \r\n" (CRLF between lines)
_LINE = regex.compile(r"[^\r\n]+")
# a hyphen (or PDFium's mark of one) followed by more text: "M. Antoine-Alexandre"
_HYPHEN = regex.compile(r"[-\u00ad\ufffe\x02](?=\S)")
ROW_TOLERANCE = 3.0  # points: segments whose tops differ less are on the same row (pdfplumber's y_tolerance)

PASSWORD_MESSAGE = ("le PDF est protégé par un mot de passe d'ouverture : il ne peut être lu sans lui "
                    "(demandez à l'émetteur une version non protégée)")


def broken_message(data: bytes, exc: Exception) -> str:
    """Why a PDF cannot be opened, for a person: truncated, not a PDF at all, or damaged."""
    detail = f"{type(exc).__name__}: {exc}".rstrip(": ")
    if not data.lstrip()[:1024].count(b"%PDF-"):
        return f"le fichier porte l'extension .pdf mais n'est pas un PDF (ni un autre format reconnu) ({detail})"
    if b"%%EOF" not in data[-2048:]:
        return f"le PDF est tronqué (sa fin manque : téléchargement ou copie incomplète ?) et n'a pu être lu ({detail})"
    return f"le PDF est endommagé et n'a pu être lu ({detail})"


def _is_scanned(page, text: str) -> bool:
    """A page with (almost) no text layer and an image covering most of it."""
    if len(text.strip()) >= MIN_TEXT_CHARS:
        return False
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    covered = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        covered += abs((right - left) * (top - bottom))
    return covered / ((width * height) or 1.0) > 0.5


# A font name that says its weight or slant: "Arial-BoldMT", "Calibri,Bold", "TimesNewRomanPS-BoldItalicMT"
_BOLD_NAME = regex.compile(r"bold|black|heavy|demi|,bd\b|-bd\b", regex.I)
_ITALIC_NAME = regex.compile(r"italic|oblique|kursiv|,it\b|-it\b", regex.I)
_FONT_WORD = regex.compile(r"\p{L}{4,}")  # "F1", "T3", "C0_0" name no family: the name tells nothing
_FORCE_BOLD, _ITALIC_FLAG = 1 << 18, 1 << 6  # font descriptor flags (ISO 32000-1, table 123)
SAMPLES_PER_LINE = 6  # letters of a line whose font is looked up: typography costs a few calls a line
MOSTLY = 0.6  # share of a line's sampled letters that makes the line bold (italic)
MAX_RULE_THICKNESS = 1.6  # points: a path this thin and wide is a rule (an underline, a table's ruling)
MIN_RULE_WIDTH = 4.0


def _sfnt_style(data: bytes) -> tuple[bool, bool] | None:
    """(bold, italic) from an embedded TrueType/OpenType program: 'head' macStyle, 'OS/2' weight
    class; None when it is not one (Type 1, CFF) or is truncated."""
    import struct

    if data[:4] not in (b"\x00\x01\x00\x00", b"true", b"OTTO") or len(data) < 12:
        return None
    tables = {}
    for index in range(min(struct.unpack(">H", data[4:6])[0], 64)):
        entry = data[12 + 16 * index: 28 + 16 * index]
        if len(entry) < 16:
            return None
        tag, _, offset, _ = struct.unpack(">4sIII", entry)
        tables[tag] = offset
    bold = italic = False
    head = tables.get(b"head")
    if head is not None and len(data) >= head + 46:
        mac_style = struct.unpack(">H", data[head + 44: head + 46])[0]
        bold, italic = bool(mac_style & 1), bool(mac_style & 2)
    os2 = tables.get(b"OS/2")
    if os2 is not None and len(data) >= os2 + 64:
        weight, selection = struct.unpack(">H", data[os2 + 4: os2 + 6])[0], struct.unpack(">H", data[os2 + 62: os2 + 64])[0]
        bold = bold or weight >= 600 or bool(selection & 32)
        italic = italic or bool(selection & 1)
    return bold, italic


@functools.cache
def _calls():
    """PDFium's font calls with plain addresses for handles: the page's text object under a
    character and its font are dictionary keys, and casting pypdfium2's pointers costs as much
    as the calls themselves."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    def bind(function, restype, *argtypes):
        return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value)

    void, integer, size = ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t
    return {
        "object": bind(pdfium_c.FPDFText_GetTextObject, void, void, integer),
        "size": bind(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, void, integer),
        "font": bind(pdfium_c.FPDFTextObj_GetFont, void, void),
        "mode": bind(pdfium_c.FPDFTextObj_GetTextRenderMode, integer, void),
        "name": bind(pdfium_c.FPDFFont_GetBaseFontName, size, void, ctypes.c_char_p, size),
        "flags": bind(pdfium_c.FPDFFont_GetFlags, integer, void),
        "data": bind(pdfium_c.FPDFFont_GetFontData, ctypes.c_bool, void, void, size, ctypes.POINTER(size)),
        "fill_stroke": pdfium_c.FPDF_TEXTRENDERMODE_FILL_STROKE,
    }


class _Fonts:
    """Bold, italic and size of the text objects of a document, the style of each font worked
    out once: from its name ("Arial-BoldMT"), else, where the name is anonymous ("CIDFont+F1", as
    Microsoft's PDF printer writes them), from the embedded program's own style, else from the
    descriptor's flags; a text object drawn with fill and stroke is a bold the printer faked."""

    def __init__(self) -> None:
        import ctypes

        self.calls = _calls()
        self.fonts: dict[int, tuple[bool, bool]] = {}
        self.objects: dict[int, tuple[bool, bool, float]] = {}  # of the current page
        self.name = ctypes.create_string_buffer(256)

    def new_page(self) -> None:
        self.objects = {}  # text objects die with their page; fonts live with the document

    def of_char(self, raw_page, index: int) -> tuple[bool, bool, float] | None:
        """(bold, italic, size in points) of the character at `index`, None for a generated one."""
        obj = self.calls["object"](raw_page, index)
        if not obj:
            return None
        known = self.objects.get(obj)
        if known is None:
            bold, italic = self.font_style(self.calls["font"](obj))
            bold = bold or self.calls["mode"](obj) == self.calls["fill_stroke"]
            known = self.objects[obj] = (bold, italic, round(self.calls["size"](raw_page, index), 1))
        return known

    def font_style(self, font: int | None) -> tuple[bool, bool]:
        import ctypes

        if not font:
            return False, False
        known = self.fonts.get(font)
        if known is not None:
            return known
        length = self.calls["name"](font, self.name, len(self.name))
        name = self.name.raw[: max(0, min(length, len(self.name)) - 1)].decode("latin-1").rsplit("+", 1)[-1]
        flags = self.calls["flags"](font)
        bold, italic = bool(_BOLD_NAME.search(name)), bool(_ITALIC_NAME.search(name))
        if not _FONT_WORD.search(name):
            size = ctypes.c_size_t()
            if self.calls["data"](font, None, 0, ctypes.byref(size)) and 0 < size.value <= 50_000_000:
                data = ctypes.create_string_buffer(size.value)
                if self.calls["data"](font, data, size.value, ctypes.byref(size)):
                    bold, italic = _sfnt_style(data.raw) or (bold, italic)
        style = (bold or bool(flags & _FORCE_BOLD), italic or bool(flags & _ITALIC_FLAG))
        self.fonts[font] = style
        return style


# A segment of a row: (bottom, top, x0, text, x1, bold share, italic share, size), in points from
# the page's top; the shares are of the sampled letters, None where no letter was sampled
Segment = tuple[float, float, float, str, float, float | None, float | None, float | None]


def _segments(textpage, text: str, height: float, fonts: _Fonts | None = None) -> list[Segment]:
    """PDFium's lines as segments in points from the page's top, with a line it joined across
    a hyphenated break ("M. Antoine-" / "Alexandre CAVROY") cut back in two where the character
    after the hyphen sits on another baseline. The typography of a few letters of each segment
    is read from the text object that draws them (its font, its size, a fill-and-stroke render
    mode for a bold the printer faked)."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    fonts = fonts or _Fonts()
    fonts.new_page()
    # the text page as a plain address: pypdfium2's pointer costs a conversion at every call
    raw_page, box = ctypes.cast(textpage.raw, ctypes.c_void_p).value, pdfium_c.FS_RECTF()
    box_ref, get_loose_box = ctypes.byref(box), tables._text_calls()["loose"]

    def loose_box(index: int) -> tuple[float, float, float, float]:
        """(left, bottom, top, right) of a character's loose box, as `PdfTextPage.get_charbox(loose=True)`."""
        if not get_loose_box(raw_page, index, box_ref):
            raise pdfium.PdfiumError(f"Failed to get charbox {index}.")
        return box.left, box.bottom, box.top, box.right

    text_object, styles_of = fonts.calls["object"], fonts.objects  # `of_char` with its lookup inlined: six calls a line

    def typography(begin: int, finish: int) -> tuple[float | None, float | None, float | None]:
        # up to SAMPLES_PER_LINE letters or digits spread over text[begin:finish], their styles summed as they are read
        step = max(1, (finish - begin) // SAMPLES_PER_LINE)
        bold = italic = sampled = 0
        sizes = []
        for index in range(begin, finish, step):
            if not text[index].isalnum():  # most often the letter at the step itself
                for k in range(index + 1, min(finish, index + step)):
                    if text[k].isalnum():
                        index = k
                        break
                else:
                    continue
            sampled += 1
            obj = text_object(raw_page, index)
            if obj:  # not a character PDFium generated
                style = styles_of.get(obj)
                if style is None:
                    style = fonts.of_char(raw_page, index)
                bold += style[0]
                italic += style[1]
                sizes.append(style[2])
            if sampled == SAMPLES_PER_LINE:  # the steps go on up to twice as far: their letters would be cut off
                break
        if not sizes:
            return None, None, None
        sizes.sort()
        return bold / len(sizes), italic / len(sizes), sizes[len(sizes) // 2]

    # one character for one: offsets are kept (str.replace, not str.translate: a page in a pass each, ten times faster)
    text_out = text.replace("\ufffe", "-").replace("\x02", "-").replace("\u00ad", "-")
    out = []
    for match in _LINE.finditer(text):
        raw = match.group()
        if not raw.strip():
            continue
        cuts = [match.start() + len(raw) - len(raw.lstrip())]
        for hyphen in _HYPHEN.finditer(raw):
            after = match.start() + hyphen.end()
            if abs(loose_box(after)[1] - loose_box(after - 1)[1]) > ROW_TOLERANCE:
                cuts.append(after)
        for begin, finish in zip(cuts, cuts[1:] + [match.end()], strict=True):
            left, bottom, top, _ = loose_box(begin)
            piece = text_out[begin:finish].strip()
            if piece:
                last = begin + len(text_out[begin:finish].rstrip()) - 1
                right = loose_box(last)[3] if last > begin else box.right
                bold, italic, size = typography(begin, finish)
                out.append((round(height - bottom, 1), round(height - top, 1), round(left, 1), piece,
                            round(right, 1), bold, italic, size))
    return out


class _Rules:
    """The thin rules a page draws, in points from the page's top: horizontal ones as (y, left,
    right) (underlines, and table rulings), vertical ones as (x, top, bottom) (table rulings)."""

    def __init__(self, page, height: float) -> None:
        import ctypes

        calls = tables._path_calls()  # plain addresses for handles: a page has hundreds of objects
        get_object, object_type, bounds, path = calls["page_object"], calls["object_type"], calls["bounds"], calls["path_type"]
        raw = ctypes.cast(page.raw, ctypes.c_void_p).value
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        refs = [ctypes.byref(v) for v in (left, bottom, right, top)]
        self.across: list[tuple[float, float, float]] = []
        self.down: list[tuple[float, float, float]] = []
        for index in range(calls["page_count"](raw)):
            obj = get_object(raw, index)
            if object_type(obj) != path or not bounds(obj, *refs):
                continue
            width, tall = right.value - left.value, top.value - bottom.value
            if tall <= MAX_RULE_THICKNESS and width >= MIN_RULE_WIDTH:
                self.across.append((height - (top.value + bottom.value) / 2, left.value, right.value))
            elif width <= MAX_RULE_THICKNESS and tall >= MIN_RULE_WIDTH:
                self.down.append(((left.value + right.value) / 2, height - top.value, height - bottom.value))

    def underlined(self, row: list[Segment], top: float, bottom: float) -> bool:
        """Whether rules drawn just under a row's letters (between the middle of its box and a
        little under its descenders), each within the extent of one of its segments, cover half
        of its width at least; never in a table (a vertical ruling crosses the row): a cell's
        bottom border is not an underline."""
        if not self.across:
            return False
        middle, start, end = (top + bottom) / 2, row[0][2] - 2, max(s[4] for s in row) + 2
        if any(x_top < middle < x_bottom and start < x < end for x, x_top, x_bottom in self.down):
            return False
        covered, low, high = 0.0, top + 0.55 * (bottom - top), bottom + 2.5
        for y, left, right in self.across:
            if low <= y <= high:
                for segment in row:
                    if left >= segment[2] - 2 and right <= segment[4] + 2:
                        covered += min(right, segment[4]) - max(left, segment[2])
                        break
        width = sum(s[4] - s[2] for s in row)
        return width > 0 and covered >= 0.5 * width


def _rows(segments: list[Segment], tolerance: float = ROW_TOLERANCE, rules: _Rules | None = None) -> list[RawLine]:
    """Segments on the same visual row (baselines within `tolerance` of the previous one) joined
    left to right, rows top to bottom: a table row ("21 2158 Immobilisations corporelles"
    and "- 200 000 €") is one line, as pdfplumber's `extract_text_lines` gives it."""
    lines: list[RawLine] = []
    row: list[Segment] = []
    for segment in sorted(segments, key=lambda s: s[:4]):
        if row and segment[0] - row[-1][0] > tolerance:
            lines.append(_join(row, rules))
            row = []
        row.append(segment)
    if row:
        lines.append(_join(row, rules))
    return lines


def _share(row: list[Segment], field: int) -> bool | None:
    """Whether most of a row's letters have a style, by its segments' sampled shares."""
    weighed = [(s[field], len(s[3])) for s in row if s[field] is not None]
    if not weighed:
        return None
    return sum(share * weight for share, weight in weighed) >= MOSTLY * sum(weight for _, weight in weighed)


def _join(row: list[Segment], rules: _Rules | None = None) -> RawLine:
    if len(row) == 1:  # most rows: one segment, its own shares
        (bottom, top, x0, text, x1, bold, italic, size), = row
        width = len(text)
        return RawLine(text, x0, top, x1=x1, bold=None if bold is None else bold * width >= MOSTLY * width,
                       italic=None if italic is None else italic * width >= MOSTLY * width, size=size,
                       underline=rules.underlined(row, top, bottom) if rules is not None else None)
    ordered = sorted(row, key=lambda s: s[2])
    sizes = [s[7] for s in ordered if s[7] is not None]
    top = min(s[1] for s in row)
    underline = rules.underlined(ordered, top, max(s[0] for s in row)) if rules is not None else None
    return RawLine(" ".join(s[3] for s in ordered), ordered[0][2], top, x1=max(s[4] for s in row),
                   bold=_share(row, 5), italic=_share(row, 6), size=max(sizes) if sizes else None, underline=underline)


def page_lines(page, fonts: _Fonts | None = None) -> list[RawLine]:
    """A page's text lines, top to bottom, each with the position of its first character.

    PDFium separates lines with CRLF; character i of the text is character i of the page, so
    one call per line gives its box (loose: the font's ascent, as pdfplumber's `top`)."""
    textpage = page.get_textpage()
    height = page.get_size()[1]
    try:
        return _rows(_segments(textpage, textpage.get_text_range(), height, fonts), rules=_Rules(page, height))
    finally:
        textpage.close()


def read(path: Path, data: bytes, document_id: str):
    """Read a PDF into a `Document`; scanned pages go through OCR when available."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise UnreadableDocument(PASSWORD_MESSAGE) from exc
        raise UnreadableDocument(broken_message(data, exc)) from exc
    pages: list[list[RawLine]] = []
    sizes: list[tuple[float, float]] = []
    scanned: list[int] = []
    messages: list[str] = []
    fonts = _Fonts()  # a document's fonts are looked at once each
    try:
        page_count = len(pdf)
        if page_count == 0:
            raise UnreadableDocument("le PDF ne contient aucune page")
        if page_count > MAX_PAGES:
            raise UnreadableDocument(f"le PDF annonce {page_count} pages, au-delà de la limite de {MAX_PAGES}")
        for index in range(page_count):
            page = None
            try:
                page = pdf[index]
                lines = page_lines(page, fonts)
                if _is_scanned(page, "".join(line.text for line in lines)):
                    scanned.append(index)
            except (MemoryError, RecursionError):
                raise
            except Exception as exc:
                lines = []
                messages.append(f"page {index + 1} illisible ({type(exc).__name__})")
            finally:
                if page is not None:
                    sizes.append(tuple(round(v, 1) for v in page.get_size()))
                    page.close()
                else:
                    sizes.append((0.0, 0.0))
            pages.append(lines)
    finally:
        pdf.close()
    ocr_done: dict[int, float | None] = {}  # page number -> OCR confidence
    status = "partial" if messages else "ok"
    if scanned:
        if ocr.available():
            poor, turned = [], []
            results = ocr.ocr_pages(data, scanned)
            for index, read in sorted(results.items()):
                ocr_done[index + 1] = read.confidence
                if read.rotation:
                    turned.append(f"{index + 1} ({read.rotation}°)")
                if read.trusted:
                    pages[index] = pages[index] + list(read.lines)
                else:
                    poor.append(f"{index + 1} ({read.confidence:.0f} %)")
            messages.append(f"{len(ocr_done)} page(s) numérisée(s) lue(s) par OCR (tesseract)")
            if turned:
                messages.append(f"page(s) tournée(s) avant lecture : {', '.join(turned)}")
            if poor:
                status = "partial"
                messages.append(f"page(s) dont la lecture OCR est trop incertaine pour en tirer des faits, texte écarté "
                                f"(confiance sous {ocr.SETTINGS.min_page_confidence:.0f} %) : {', '.join(poor)}")
            missed = [str(index + 1) for index in scanned if index not in results]
            if missed:
                status = "partial"
                messages.append(f"page(s) numérisée(s) que tesseract n'a pu lire : {', '.join(missed)}")
        else:
            status = "needs_ocr"
            messages.append(
                f"{len(scanned)} page(s) sont des images sans texte : installez tesseract-ocr et "
                "tesseract-ocr-fra pour les lire (voir le README)"
            )
    # DM tables: pdfplumber on the pages that may hold one (pipeline.read.tables)
    found, unread = tables.read_pdf_tables(data, pages, {i for i in scanned} | {n - 1 for n in ocr_done})
    if unread:
        messages += unread
        status = "partial" if status == "ok" else status
    return build_document(document_id, str(path), "pdf", pages, frozenset(ocr_done), status, tuple(messages), found,
                          page_sizes=sizes, ocr_confidence=ocr_done)
