"""PDF: text lines per page with their position (pypdfium2), OCR for image-only pages.

The text layer is read with PDFium (pypdfium2), several times faster than pdfminer: each page's
text comes in content order with PDFium's own line breaks, and each line gets the `x0` and `top`
(points from the top-left corner, as pdfplumber counts them) of its first character, which
segmentation uses to tell a wrapped agenda title (indented) from the prose after it. Pages whose
text layer is empty but that carry an image are scans: they are OCRed with tesseract when it is
installed (`ocr` module); otherwise the document is marked `needs_ocr`.

The pages that may hold a DM table are read again with pdfplumber (`tables` module: its table
finder on the page's rulings, or words with their boxes), so that layout work is spent where
layout matters; the tables go with the document, no later stage reopens the file.
"""

from __future__ import annotations

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
_SOFT_HYPHENS = str.maketrans({"\ufffe": "-", "\x02": "-", "\u00ad": "-"})

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


def _segments(textpage, text: str, height: float) -> list[tuple[float, float, float, str]]:
    """PDFium's lines as (baseline, top, x0, text) in points from the page's top, with a line it
    joined across a hyphenated break ("M. Antoine-" / "Alexandre CAVROY") cut back in two where
    the character after the hyphen sits on another baseline."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    raw_page, box = textpage.raw, pdfium_c.FS_RECTF()
    box_ref = ctypes.byref(box)

    def loose_box(index: int) -> tuple[float, float, float]:
        """(left, bottom, top) of a character's loose box, as `PdfTextPage.get_charbox(loose=True)`."""
        if not pdfium_c.FPDFText_GetLooseCharBox(raw_page, index, box_ref):
            raise pdfium.PdfiumError(f"Failed to get charbox {index}.")
        return box.left, box.bottom, box.top

    text_out = text.translate(_SOFT_HYPHENS)  # one character for one: offsets are kept
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
            left, bottom, top = loose_box(begin)
            piece = text_out[begin:finish].strip()
            if piece:
                out.append((round(height - bottom, 1), round(height - top, 1), round(left, 1), piece))
    return out


def _rows(segments: list[tuple[float, float, float, str]], tolerance: float = ROW_TOLERANCE) -> list[RawLine]:
    """Segments on the same visual row (baselines within `tolerance` of the previous one) joined
    left to right, rows top to bottom: a table row ("21 2158 Immobilisations corporelles"
    and "- 200 000 €") is one line, as pdfplumber's `extract_text_lines` gives it."""
    lines: list[RawLine] = []
    row: list[tuple[float, float, float, str]] = []
    for segment in sorted(segments):
        if row and segment[0] - row[-1][0] > tolerance:
            lines.append(_join(row))
            row = []
        row.append(segment)
    if row:
        lines.append(_join(row))
    return lines


def _join(row: list[tuple[float, float, float, str]]) -> RawLine:
    ordered = sorted(row, key=lambda s: s[2])
    return RawLine(" ".join(s[3] for s in ordered), ordered[0][2], min(s[1] for s in row))


def page_lines(page) -> list[RawLine]:
    """A page's text lines, top to bottom, each with the position of its first character.

    PDFium separates lines with CRLF; character i of the text is character i of the page, so
    one call per line gives its box (loose: the font's ascent, as pdfplumber's `top`)."""
    textpage = page.get_textpage()
    try:
        return _rows(_segments(textpage, textpage.get_text_range(), page.get_size()[1]))
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
    scanned: list[int] = []
    messages: list[str] = []
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
                lines = page_lines(page)
                if _is_scanned(page, "".join(line.text for line in lines)):
                    scanned.append(index)
            except (MemoryError, RecursionError):
                raise
            except Exception as exc:
                lines = []
                messages.append(f"page {index + 1} illisible ({type(exc).__name__})")
            finally:
                if page is not None:
                    page.close()
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
                          ocr_confidence=ocr_done)
