"""PDF: text lines per page with their position (pdfplumber), OCR for image-only pages.

Each page gives its lines with `x0` and `top` (points), which segmentation uses to tell a
wrapped agenda title (indented) from the prose after it. Pages whose text layer is empty but
that carry an image are scans: they are OCRed with tesseract when it is installed (`ocr`
module); otherwise the document is marked `needs_ocr`.

Tables are not read here: the budget extractor reopens only the pages that hold a DM table,
so that pdfplumber's costly layout work is spent where layout matters.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from pipeline.read import ocr
from pipeline.read.common import RawLine, UnreadableDocument, build_document

logging.getLogger("pdfminer").setLevel(logging.ERROR)

MIN_TEXT_CHARS = 200  # below this, a page with a large image is taken for a scan
MAX_PAGES = 2000  # a hostile file claiming more pages is refused


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


def _reraise_fatal(exc: Exception) -> None:
    """pdfplumber wraps pdfminer's errors: let memory and recursion exhaustion reach the worker."""
    cause = exc.args[0] if exc.args else None
    if isinstance(cause, (MemoryError, RecursionError)):
        raise cause


def _is_scanned(page, text: str) -> bool:
    """A page with (almost) no text layer and an image covering most of it."""
    if len(text.strip()) >= MIN_TEXT_CHARS:
        return False
    area = float(page.width * page.height) or 1.0
    covered = sum(abs((img["x1"] - img["x0"]) * (img["bottom"] - img["top"])) for img in page.images)
    return covered / area > 0.5


def _page_lines(page) -> list[RawLine]:
    return [RawLine(line["text"], round(line["x0"], 1), round(line["top"], 1)) for line in page.extract_text_lines()]


def read(path: Path, data: bytes, document_id: str):
    """Read a PDF into a `Document`; scanned pages go through OCR when available."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # pdfminer raises many kinds on broken files; pdfplumber wraps them
        _reraise_fatal(exc)
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise UnreadableDocument(PASSWORD_MESSAGE) from exc
        raise UnreadableDocument(broken_message(data, cause)) from exc
    pages: list[list[RawLine]] = []
    scanned: list[int] = []
    messages: list[str] = []
    with pdf:
        try:
            page_count = len(pdf.pages)
        except Exception as exc:
            raise UnreadableDocument(f"le PDF est endommagé : ses pages ne peuvent être lues ({exc})") from exc
        if page_count == 0:
            raise UnreadableDocument("le PDF ne contient aucune page")
        if page_count > MAX_PAGES:
            raise UnreadableDocument(f"le PDF annonce {page_count} pages, au-delà de la limite de {MAX_PAGES}")
        for index, page in enumerate(pdf.pages):
            try:
                lines = _page_lines(page)
                if _is_scanned(page, "".join(line.text for line in lines)):
                    scanned.append(index)
            except (MemoryError, RecursionError):
                raise
            except Exception as exc:
                _reraise_fatal(exc)
                lines = []
                messages.append(f"page {index + 1} illisible ({type(exc).__name__})")
            finally:
                page.close()
            pages.append(lines)
    ocr_done: set[int] = set()
    status = "partial" if messages else "ok"
    if scanned:
        if ocr.available():
            for index, lines in ocr.ocr_pages(data, scanned).items():
                pages[index] = pages[index] + lines
                ocr_done.add(index + 1)
            messages.append(f"{len(ocr_done)} page(s) numérisée(s) lue(s) par OCR (tesseract)")
        else:
            status = "needs_ocr"
            messages.append(
                f"{len(scanned)} page(s) sont des images sans texte : installez tesseract-ocr et "
                "tesseract-ocr-fra pour les lire (voir le README)"
            )
    return build_document(document_id, str(path), "pdf", pages, frozenset(ocr_done), status, tuple(messages))
