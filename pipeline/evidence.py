"""The page image behind a finding: the PDF page rendered with PDFium, cropped around the quoted
words, the words highlighted, so that a reader sees in seconds whether a finding is true.

The report opens the source PDF by the path the warehouse stored, and only when the file's
SHA-256 is still the document's identity (`documents.document_id`): a file moved, changed or
replaced since the ingest would show other words than those the finding quotes. Without the
file, or for a document that is not a PDF, the report shows the quoted text alone and says why.
"""

from __future__ import annotations

import base64
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from pipeline.text import fold


@dataclass(frozen=True)
class Settings:
    scale: float = 1.6  # pixels per PDF point of the rendered page
    margin_y: float = 48.0  # points of page above and below the quoted words (the crop takes whole lines)
    max_quote: int = 400  # characters of the quote looked for on the page
    max_images: int = 300  # images in one report (each is a few tens of kilobytes)


SETTINGS = Settings()
HIGHLIGHT = (255, 214, 0, 110)  # translucent yellow over the words
OUTLINE = (200, 30, 30, 255)


@dataclass(frozen=True)
class Shot:
    """The evidence image of a finding, or why there is none."""

    data_uri: str | None
    note: str | None  # why there is no image, or what the image lacks
    page: int | None = None
    href: str | None = None  # the document, at its page


def sha256_file(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _normalised(chars: str) -> tuple[str, list[int]]:
    """The page's text folded, each run of spaces or line breaks one space, and for each character
    of it the index of the PDFium character it comes from."""
    out, index = [], []
    for i, c in enumerate(chars):
        if c.isspace() or c in "\x00\ufffe\u00ad":
            if out and out[-1] != " ":
                out.append(" ")
                index.append(i)
            continue
        folded = fold(c.replace("’", "'").replace("‘", "'")) or c
        for f in folded:
            out.append(f)
            index.append(i)
    return "".join(out), index


def _fold_line(text: str) -> str:
    return " ".join(fold(text.replace("’", "'").replace("‘", "'")).split())


def _spans(normal: str, quote: str) -> list[tuple[int, int]]:
    """Where the quote is in the page's folded text: whole, else line by line (a line wrapped or
    hyphenated otherwise on the page than in the text read), else its first words."""
    whole = _fold_line(quote)[:SETTINGS.max_quote]
    if len(whole) >= 4 and (at := normal.find(whole)) >= 0:
        return [(at, at + len(whole))]
    found, after = [], 0
    for line in quote.splitlines()[:24]:
        needle = _fold_line(line)
        if len(needle) < 6:
            continue
        at = normal.find(needle, after)
        if at < 0:
            at = normal.find(needle)
        if at >= 0:
            found.append((at, at + len(needle)))
            after = at + len(needle)
    if found:
        return found
    head = whole[:40]
    return [(at, at + len(head))] if len(head) >= 8 and (at := normal.find(head)) >= 0 else []


def locate(textpage, quote: str) -> list[tuple[float, float, float, float]]:
    """Boxes (left, bottom, right, top, in PDF points) of the quoted words on the page, one per
    line of text they cover; [] when the words are not on it."""
    chars = textpage.get_text_range()
    normal, index = _normalised(chars)
    boxes: list[tuple[float, float, float, float]] = []
    for start, end in _spans(normal, quote):
        for i in sorted({index[k] for k in range(start, end)}):
            left, bottom, right, top = textpage.get_charbox(i)
            if right - left <= 0 or chars[i].isspace():
                continue
            line = next((n for n, b in enumerate(boxes) if _same_line(b, bottom, top)), None)
            if line is None:
                boxes.append((left, bottom, right, top))
            else:
                b = boxes[line]
                boxes[line] = (min(b[0], left), min(b[1], bottom), max(b[2], right), max(b[3], top))
    return boxes


def _same_line(box: tuple[float, float, float, float], bottom: float, top: float) -> bool:
    """A character on the line of `box`: their heights overlap by half the smaller one."""
    overlap = min(box[3], top) - max(box[1], bottom)
    return overlap > 0.5 * min(box[3] - box[1], top - bottom, 1e9) if top > bottom else box[1] <= bottom <= box[3]


def render(pdf, page_number: int, quote: str, settings: Settings = SETTINGS) -> tuple[str | None, str | None]:
    """(PNG data URI, note) for the quote on the page: cropped around the words and highlighted; the
    whole page, smaller, when the words cannot be placed on it (a scanned page has no text layer)."""
    from PIL import Image, ImageDraw

    if not 1 <= page_number <= len(pdf):
        return None, f"la page {page_number} n'existe pas dans le fichier"
    page = pdf[page_number - 1]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            boxes = locate(textpage, quote) if quote else []
        finally:
            textpage.close()
        scale = settings.scale if boxes else settings.scale / 2
        image = page.render(scale=scale).to_pil().convert("RGB")
    finally:
        page.close()
    note = None
    if boxes:
        overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        for left, bottom, right, top in boxes:
            rect = [left * scale - 2, (height - top) * scale - 2, right * scale + 2, (height - bottom) * scale + 2]
            draw.rectangle(rect, fill=HIGHLIGHT, outline=OUTLINE, width=2)
        image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
        left, right = 0.0, width  # whole lines: the words with what surrounds them
        top = height - max(b[3] for b in boxes) - settings.margin_y
        bottom = height - min(b[1] for b in boxes) + settings.margin_y
        crop = [max(0.0, left), max(0.0, top), min(width, right), min(height, bottom)]
        image = image.crop(tuple(round(v * scale) for v in crop))
    else:
        note = "mots cités non retrouvés sur l'image de la page (page numérisée ou texte recomposé) : page entière"
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii"), note


def shots(documents: dict[str, dict], findings: list[dict], settings: Settings = SETTINGS) -> list[Shot]:
    """The evidence image of each finding, in order (`documents`: document_id -> documents row)."""
    import pypdfium2 as pdfium

    out: list[Shot] = []
    opened: dict[str, object] = {}
    refused: dict[str, str] = {}
    made = 0
    try:
        for f in findings:
            doc = documents.get(f.get("document_id") or "", {})
            path, page = doc.get("path"), f.get("page")
            href = Path(path).resolve().as_uri() + (f"#page={page}" if page else "") if path else None
            reason = _unavailable(doc, f, refused, settings, made)
            if reason:
                out.append(Shot(None, reason, page, href if doc.get("format") == "pdf" and path and Path(path).exists() else None))
                continue
            did = doc["document_id"]
            if did not in opened:
                opened[did] = pdfium.PdfDocument(path)
            try:
                uri, note = render(opened[did], page, f.get("evidence") or "", settings)
            except Exception as exc:  # a page PDFium cannot render: the text evidence stays
                uri, note = None, f"la page n'a pu être rendue ({type(exc).__name__})"
            made += uri is not None
            out.append(Shot(uri, note, page, href))
    finally:
        for pdf in opened.values():
            pdf.close()
    return out


def _unavailable(doc: dict, finding: dict, refused: dict[str, str], settings: Settings, made: int) -> str | None:
    """Why a finding gets no page image, or None."""
    if not doc:
        return "document inconnu de l'entrepôt"
    if doc.get("format") != "pdf":
        return "document non PDF : la citation tient lieu d'image"
    if finding.get("page") is None:
        return "constat sans page : aucune image"
    did = doc["document_id"]
    if did not in refused:
        path = Path(doc.get("path") or "")
        if not path.is_file():
            refused[did] = f"fichier source introuvable à son chemin ({path}) : seule la citation est montrée"
        elif sha256_file(path) != did:
            refused[did] = ("le fichier source a changé depuis l'ingestion (empreinte SHA-256 différente) : "
                            "seule la citation est montrée")
        else:
            refused[did] = ""
    if refused[did]:
        return refused[did]
    if made >= settings.max_images:
        return f"plus de {settings.max_images} images : les suivantes ne sont pas rendues"
    return None
