"""Segment stage for a list of deliberations (`pipeline.kinds`: kind `liste`).

A list of deliberations (CGCT L2121-25) prints a title ("LISTE DES DÉLIBÉRATIONS", "Liste des
délibérations votées"), the session ("Séance du conseil municipal du 27 janvier 2026"), then one
entry per deliberation: a bullet or a number ("2026_001", "DEL-2025-12", "3."), its title, often
wrapped over several lines, and often its outcome as the last word ("Approuvée", "Actée"). It
closes on the posting and the signature ("Affichage : 28/01/2026", "Le maire,").

Each entry is an agenda item (`found_by` "list") and its own section (its lines), so that the
decisions and membership extractors read it as they read any item; the text before the first
entry is the header the meeting extractor reads.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from pipeline.french import find_dates
from pipeline.french.votes import read_listed_outcome
from pipeline.records import AgendaItem, Document, Line, Section, Segmentation
from pipeline.segment import UNSTRUCTURED_PREAMBLE


@dataclass(frozen=True)
class ListSettings:
    max_entries: int = 200  # a list longer than this is not read as one (the rest would be noise)


SETTINGS = ListSettings()

# A bullet: "-", "–", "•", "▪", "*", and the private-use glyphs of Word's Symbol and Wingdings bullets (U+F0xx)
BULLET = regex.compile(r"^\s*(?P<mark>[-–—•▪●◦○■□➢►✓*\uf000-\uf0ff])\s*(?P<title>\S.*)$")
# A number opening an entry: "2026_001", "2026 001", "2026_ 006", "DEL-2025-12", "D2018-66", "N° 12", "3.", "12 -"
NUMBER = regex.compile(
    r"^\s*(?:n\s*°\s*)?(?P<num>(?:[A-Z]{1,5}[ _-]?)?\d{2,4}\s?[-_/.]\s?\d{1,4}(?:[-_/.]\d{1,4})?|\d{4}\s\d{3}|\d{1,3}(?=\s*[.)°/–-]))"
    r"\s*[.)°/–-]?\s+(?P<title>\S.*)$",
    regex.I,
)
# The table's column heads: "Numéro OBJET Approuvée/ Rejetée", "N° | Objet | Décision"
COLUMN_HEADS = regex.compile(r"^\W*(?:num[ée]ro|n\s*°)\W+(?:objet|intitul[ée]|titre)\b|\bapprouv[ée]e?s?\s*/\s*rejet", regex.I)
# What closes the list: the posting, the place and date of signing, the signatory
CLOSING = regex.compile(
    r"^\W*(?:affich[ée]e?|affichage|publi[ée]e?|publication|mis\s+en\s+ligne|fait\s+[àa]\b|certifi[ée]|vu\s+pour"
    r"|l[ea]\s+(?:maire|pr[ée]sidente?|secr[ée]taire)\b|pour\s+(?:le\s+maire|la\s+maire|le\s+pr[ée]sident))",
    regex.I,
)
# An entry's number the OCR misread, trusted where the entry before closed on its outcome ("2026 0Û2 Débat sur ...")
_MISREAD_NUMBER = regex.compile(r"^\s*(?P<num>\d{2,4}[ _]?\s?\w{1,4})\s+(?P<title>\p{Lu}.*)$")
# Noise an OCR leaves between the number and the title ("2026 009 026,0 Autorisation", "2026 011 = Création")
_LEADING_NOISE = regex.compile(r"^(?:[^\p{L}\s]+\s+|[\p{L}\d]*\d[\p{L}\d,.]*\s+)+(?=\p{Lu})")


def _marker(line: str) -> tuple[str, str, str] | None:
    """(style, number, title) of an entry's first line: style "bullet" or "number"."""
    if find_dates(line[:30]) and find_dates(line[:30])[0][1] <= 3:
        return None  # "DU 27 JANVIER 2026", "16/05/2025": the session's date
    b = BULLET.match(line)
    if b:
        return "bullet", "", b["title"]
    n = NUMBER.match(line)
    if n:
        return "number", regex.sub(r"\s*([-_/.])\s*", r"\1", " ".join(n["num"].split())), n["title"]
    return None


def _clean(title: str) -> str:
    title = _LEADING_NOISE.sub("", title.strip())
    return regex.sub(r"\s+", " ", title.replace("|", " ")).strip(" .;")


def entry_title(text: str) -> str:
    """An entry's title without its outcome word: "Adhésion 2026 au CAUE60 Approuvée" -> "Adhésion 2026 au CAUE60"."""
    found = read_listed_outcome(text)
    return _clean(text[:found[1]] if found and found[1] > 0 else text)


# A line of the list's header, not an entry: "Séance du conseil municipal", "du 3 mars 2025", "Conseil communautaire"
SESSION_LINE = regex.compile(r"^\W*(?:s[ée]ance|r[ée]union|conseil|comit[ée]|bureau|du\s+\d|le\s+\d|en\s+date)\b", regex.I)


def _plain_entries(lines: list[Line]) -> list[list[Line]]:
    """Entries neither bulleted nor numbered: one a line after the title and the session's lines,
    a line opening in lower case continuing the one before."""
    from pipeline.kinds import LIST_TITLE

    title = next((i for i, line in enumerate(lines) if LIST_TITLE.search(line.text.strip())), None)
    if title is None:
        return []
    entries: list[list[Line]] = []
    for line in lines[title + 1:]:
        text = line.text.strip()
        if not entries and (SESSION_LINE.match(text) or COLUMN_HEADS.search(text) or (find_dates(text) and len(text) < 40)):
            continue
        if entries and CLOSING.match(text):
            break
        if entries and text[:1].islower():
            entries[-1].append(line)
        else:
            entries.append([line])
    return entries[:SETTINGS.max_entries]


def segment_list(doc: Document, title_end: int = 0) -> Segmentation:
    """The entries of a list of deliberations, each an agenda item with its own section."""
    lines: list[Line] = [line for line in doc.lines if not line.boilerplate and line.text.strip()]
    entries: list[list[Line]] = []
    style = None
    for line in lines:
        text = line.text.strip()
        if line.end <= title_end or COLUMN_HEADS.search(text):
            continue
        if entries and CLOSING.match(text):
            break
        marker = _marker(text)
        if not marker and style == "number" and read_listed_outcome(entries[-1][-1].text):
            marker = ("number", "", text)  # the entry before closed on its outcome: this line opens the next
        if marker and (style is None or marker[0] == style):
            style = marker[0]
            entries.append([line])
        elif entries:
            entries[-1].append(line)  # a title wrapped over the next line
        if len(entries) > SETTINGS.max_entries:
            break
    if not entries:
        entries = _plain_entries(lines)
    agenda, sections = [], []
    for position, entry in enumerate(entries):
        first, last = entry[0], entry[-1]
        _, number, first_title = _marker(first.text.strip()) or ("", "", first.text)
        misread = _MISREAD_NUMBER.match(first_title) if not number and style == "number" else None
        if misread:
            number, first_title = " ".join(misread["num"].split()), misread["title"]
        number = number or str(position + 1)  # a bulleted entry gets its rank, as an unnumbered agenda's items do
        title = entry_title(" ".join([first_title] + [line.text.strip() for line in entry[1:]]))
        provenance = doc.provenance(first.start, last.end)
        agenda.append(AgendaItem(number, title, 1, None, position, "agenda", provenance, "list"))
        sections.append(Section(number, title, provenance.text, first.start, last.end, provenance))
    preamble_end = entries[0][0].start if entries else len(doc.text)
    # the session's opening is the list's header (its title and session), or its first chars where no entry was read
    opening = preamble_end if entries else min(len(doc.text), UNSTRUCTURED_PREAMBLE)
    return Segmentation(tuple(agenda), tuple(sections), None, preamble_end, (), "liste", opening)
