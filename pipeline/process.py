"""Process one file: read, segment, extract. A pure function from a path to a result.

`process_file` does no warehouse I/O, so the same function can be mapped over worker
processes (see `pipeline.ingest` and `pipeline.isolate`) or, later, a cluster. Bad input is
data: a file that cannot be read gives a `ProcessedDocument` with status `failed` and a message
a person understands; a readable document that is not minutes at all (an invoice, a brochure)
is `skipped` (see `looks_like_minutes`). A list of deliberations is loaded as a session of kind
`liste`, an extract of the register as one of kind `extrait` (see `pipeline.kinds`).
"""

from __future__ import annotations

import time
import traceback
from dataclasses import replace
from pathlib import Path

import regex

from pipeline.read import UnreadableDocument, read_file, sha256_bytes
from pipeline.records import ProcessedDocument, Segmentation

# The vocabulary every set of minutes uses, in three families; minutes use at least two of them.
# "Séance du conseil municipal du 13 décembre 2022", "réunion du Comité syndical"
_SESSION = regex.compile(r"\b(?:s[ée]ances?|r[ée]union|session)\b", regex.I)
# "CONSEIL SYNDICAL", "l'assemblée délibérante", "Comité", "Bureau communautaire"; an excerpt
# that starts mid-session names its members instead: "Monsieur le Maire", "le Président",
# "les conseillers municipaux", "les délégués", "les élus"
_ASSEMBLY = regex.compile(
    r"\b(?:conseil|comit[ée]|assembl[ée]e|bureau\s+(?:syndical|communautaire|municipal)"
    r"|maire|pr[ée]sidente?|conseill(?:er|[èe]re)s?|d[ée]l[ée]gu[ée]e?s|[ée]lus|municipa(?:l|le|ux|les)|communautaire|syndical)\b",
    regex.I,
)
# "Après en avoir délibéré", "ordre du jour", "adopté à l'unanimité", "Votants : 25", "quorum";
# what a deliberation decides and how it is counted: "DÉCIDE", "approuve", "autorise le Maire",
# "Pour : 12 Contre : 0", "2 abstentions", "Présents : 14", "excusés", "pouvoir à", "procuration",
# "décision modificative n° 2", "virement de crédits"
_DELIBERATION = regex.compile(
    r"\b(?:d[ée]lib[ée]r\w*|ordre\s+du\s+jour|unanimit[ée]|vot(?:e|es|ants?|é|ée|és|ées)|quorum|proc[èe]s[- ]verbal|compte[- ]rendu|adopt[ée]e?s?"
    r"|d[ée]cide|approuve|autorise|(?:pour|contre)\s*:\s*\d+|\d+\s+abstentions?|abstentions?\s*:\s*\d+|pr[ée]sents?\s*:"
    r"|excus[ée]e?s|pouvoirs?\s+(?:donn[ée]s?\s+)?[àa]|procurations?|d[ée]cision\s+modificative|virements?\s+de\s+cr[ée]dits?)\b",
    regex.I,
)
VOCABULARY_FAMILIES = (_SESSION, _ASSEMBLY, _DELIBERATION)
# A text with deliberation words only is minutes when it uses at least this many different ones
MIN_DELIBERATION_TERMS_ALONE = 3


def looks_like_minutes(text: str) -> bool:
    """True when the text uses the vocabulary of at least two families: a session, an assembly,
    a deliberation. An invoice or a brochure mentioning "conseil" once uses only one.

    >>> looks_like_minutes("Séance du conseil municipal. Après en avoir délibéré, adopté.")
    True
    >>> looks_like_minutes("FACTURE n° 2023-114. Conseil en informatique. Total TTC : 1 200,00 €")
    False
    """
    if sum(1 for family in VOCABULARY_FAMILIES if family.search(text)) >= 2:
        return True
    # a page of a register of deliberations, cut from its header: deliberation words only, but
    # several different ones ("DÉLIBÉRATION n° 18/092", "décision modificative", "approuve")
    terms = {regex.sub(r"\s+", " ", m.group(0).casefold()) for m in _DELIBERATION.finditer(text)}
    return len(terms) >= MIN_DELIBERATION_TERMS_ALONE


def process_file(path: str | Path, data: bytes | None = None) -> ProcessedDocument:
    """Read, segment and extract one file; never raises for a bad file (except `MemoryError`,
    which the worker that runs it turns into a `failed` result before starting afresh)."""
    from pipeline.extract import extract
    from pipeline.kinds import document_kind
    from pipeline.liste import segment_list
    from pipeline.segment import UNSTRUCTURED_PREAMBLE, segment

    started = time.perf_counter()
    path = str(path)
    try:
        if data is None:
            data = Path(path).read_bytes()
    except OSError as exc:
        reason = "accès refusé (droits insuffisants)" if isinstance(exc, PermissionError) else exc.strerror or str(exc)
        return ProcessedDocument(path, None, 0, "failed", f"le fichier ne peut être lu : {reason}")
    document_id = sha256_bytes(data) if data else None
    try:
        doc = read_file(path, data, document_id)
    except UnreadableDocument as exc:
        return ProcessedDocument(path, document_id, len(data), "failed", str(exc), seconds=time.perf_counter() - started)
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # a reader bug on a hostile file: record it, keep the batch going
        message = f"lecture impossible ({type(exc).__name__}: {exc})"
        return ProcessedDocument(path, document_id, len(data), "failed", message, seconds=time.perf_counter() - started)
    messages = list(doc.messages)
    if not doc.text.strip():
        status = "needs_ocr" if doc.status == "needs_ocr" else "failed"
        messages.append("aucun texte n'a pu être lu dans le document")
        return ProcessedDocument(path, document_id, len(data), status, "; ".join(messages), doc,
                                 seconds=time.perf_counter() - started)
    kind = document_kind(doc.text)
    if kind != "liste" and not looks_like_minutes(doc.text):  # (a list's title says what it is)
        messages.append("ce document ne ressemble pas à un procès-verbal ou compte rendu de séance "
                        "(trop peu du vocabulaire des séances, des assemblées et des délibérations) : non chargé")
        return ProcessedDocument(path, document_id, len(data), "skipped", "; ".join(messages), doc,
                                 seconds=time.perf_counter() - started)
    errors = []
    try:
        seg = segment_list(doc) if kind == "liste" else segment(doc, kind)
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # a segmentation bug costs the agenda and its sections, not the document
        errors.append(f"découpage en points de l'ordre du jour en échec : {internal_error(exc)}")
        seg = Segmentation((), (), None, len(doc.text), kind=kind, opening_end=min(len(doc.text), UNSTRUCTURED_PREAMBLE))
    extraction = extract(doc, seg)
    errors += list(extraction.errors)
    messages += errors + list(extraction.notes)  # notes say what was not read, status unchanged
    status = doc.status
    if errors and status == "ok":
        status = "partial"
    return ProcessedDocument(
        path, document_id, len(data), status, "; ".join(messages) or "ok", doc, seg, extraction,
        seconds=time.perf_counter() - started,
    )


def internal_error(exc: BaseException) -> str:
    """A program error, said where it happened: "KeyError: 'x' (segment.py:412)"."""
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    at = f" ({where.filename.rsplit('/', 1)[-1]}:{where.lineno})" if where else ""
    return f"{type(exc).__name__}: {exc}{at}"


def process_safely(path: str | Path, data: bytes | None = None) -> ProcessedDocument:
    """`process_file`, with any program error (a bug, not a bad file) turned into a `failed` result
    that says so: a worker, or the ingest process itself with --jobs 0, never dies of it. `data`:
    the file's bytes when they were read elsewhere (shipped to a cluster's worker)."""
    try:
        return process_file(path) if data is None else process_file(path, data)
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:
        return ProcessedDocument(str(path), None, 0, "failed", f"erreur interne du programme : {internal_error(exc)}")


def for_the_writer(result: ProcessedDocument) -> ProcessedDocument:
    """The result as the warehouse writer needs it, to send from a worker: without the document's
    lines (every line with its position, most of a result's bytes), which the writer never reads:
    it stores the text and the pages, and every fact carries its own provenance."""
    if result.document is None or not result.document.lines:
        return result
    return replace(result, document=replace(result.document, lines=()))
