"""Attendance at the opening of the session, proxies, and counts that change during it.

Reads the labelled lists of the preamble ("Présents :", "Absents excusés :", "Pouvoirs :",
"Assistaient :"...), wherever the preamble puts them (before or after the agenda), skipping
running headers. A list runs from its label to the next label, a stop line (secretary, counts,
agenda, a sentence of prose) or a blank line. Its names may be separated by commas, " - ",
"–", "et", one per line or one per bullet; grouped civilities ("Mmes ZAMBON, GOMIS") carry
over; parentheses hold a substitute ("suppléant de M. Y") or a proxy ("pouvoir donné à Y").
Per-question counts ("Questions 11 à 17 : 31 présents 2 procurations 33 votants") become
attendance changes, never opening attendance. Attendance tables ("| Nom | Présent | Absent | Excusé |
Pouvoir à |", one member a row, a mark in the status's column) are read too.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass

import regex

from pipeline.french import (
    CIVILITY,
    fold,
    is_role_word,
    name_tokens,
    normalise_person,
    read_name,
    same_person,
    split_civility,
)
from pipeline.french import NAME_PARTICLES as PARTICLES
from pipeline.records import Attendance, AttendanceChange, Document, Extraction, Proxy, Segmentation

FALLBACK_REGION = 15000  # where no section was found, read the attendance in the first chars only

# Markdown marks, kept as blanks so that offsets stay those of the document:
# "#### Pouvoirs :", "**Présents :**"
_MARKUP = regex.compile(r"^\s*#{1,6}\s|\*\*|__")

_INCL = r"(?:e|\(e\))?(?:s|\(s\)|\(es\))?"  # inclusive endings: "Présent(e)s", "Excusé(e)s", "Absents"


def _unaccented(pattern: str) -> str:
    """Let a label's "é" match an unaccented "E", as capitals often print it: "PRESENTS", "ABSENTS EXCUSES"."""
    return pattern.replace("é", "[ée]")


_WERE = r"(?:(?:étaient|etaient|était|etait|sont|est)\s+)?"  # "Étaient absents excusés :"
# Who the list names, before its status: "Conseillers municipaux présents :", "Membres du conseil présents :",
# "Délégués communautaires absents :", "Délégués titulaires présents :", "Élus présents :"
_WHO = (r"(?:(?:membres|conseill(?:ers|ères)|élus|délégués)(?:\s+(?:municipaux|communautaires|syndicaux|titulaires"
        r"|du\s+(?:conseil|bureau|comité)(?:\s+(?:municipal|communautaire|syndical))?))?\s+)?")
_DASH = r"|[ \t]+[-–—][ \t]+"  # "Présents – M. X" (not for the invited: "Services – Rapport annuel" is a title)


def _dash(status: str) -> str:
    """The dash a label of this status may take in place of its colon."""
    return "" if status == "invited" else _DASH


_COUNT = r"[ \t]*(?:\(\s*\d+\s*\)|\[\s*\d+\s*\])?[ \t]*"  # a count after the label: "Présents (12) :"
# The label of a list, at the start of a line, then ":" or the end of the line:
# "Présent(e)s : M. Francis BARRY", "Étaient présents :", "Absents excusés :",
# "Absents non excusés : Mathieu FIGINI", "Pouvoirs :", "Procurations", "Représentés : X par Y",
# "Assistaient en tant qu'invités : Mme Victoria BRIELLE", "Absent :", "Membres présents (12) :",
# "Étaient présents Mesdames et Messieurs : ..." (words before the colon), never "Présentation : ...";
# a dash in place of the colon: "Présents – M. Jean DUPONT, Mme Anne MARTIN"
LABELS: tuple[tuple[str, regex.Pattern], ...] = tuple(
    (status, regex.compile(
        rf"^\s*(?:[-–•*]\s*)?(?P<label>{_unaccented(pattern)})(?![\p{{L}}])(?:(?:[ \t]+[^:\n\d]{{0,60}}?)?{_COUNT}:|{_COUNT}${_dash(status)})\s*", regex.I))
    for status, pattern in (
        # "Absents représentés : X par Y", "Absent excusé représenté : X par Y": excused, the list may omit the verb;
        # "Absents ayant donné pouvoir : M. X à M. Y", "Excusés ayant donné procuration : X à Y"
        ("represented", rf"{_WERE}{_WHO}absent{_INCL}\s+(?:excusé{_INCL}\s+(?:et\s+)?)?représenté{_INCL}"),
        # "Excusés et représentés : M. X par M. Y", "Excusés représentés :"
        ("represented", rf"{_WERE}{_WHO}excusé{_INCL}\s+(?:et\s+)?représenté{_INCL}"),
        ("represented", rf"{_WERE}{_WHO}(?:absent{_INCL}\s+)?(?:excusé{_INCL}\s+)?(?:et\s+)?ayant\s+donné\s+(?:un\s+)?(?:pouvoir|procuration)(?:\(?s\)?)?"),
        ("excused", rf"{_WERE}{_WHO}absent{_INCL}\s+excusé{_INCL}"),
        ("absent", rf"{_WERE}{_WHO}absent{_INCL}(?:\s+non\s+excusé{_INCL})?"),
        ("excused", rf"{_WERE}{_WHO}excusé{_INCL}"),
        ("present", rf"{_WERE}{_WHO}(?:titulaires\s+|suppléant{_INCL}\s+)?présent{_INCL}"),
        # "Suppléants : M. X (suppléant de M. Y)", "Délégués suppléants :" (a syndicat's substitutes sit as members)
        ("present", rf"(?:délégués\s+)?suppléant{_INCL}"),
        ("proxy", rf"pouvoir{_INCL}|procuration{_INCL}|(?:membres\s+)?représenté{_INCL}|(?:pouvoirs|procurations)\s+donné{_INCL}"),
        # "Participaient également : M. X, DGS", "En présence de : M. X"
        # "Assiste à la séance : M. X", "Assistaient également : M. X, DGS"
        ("invited", r"(?:assist|particip)(?:ai(?:en)?t|e(?:nt)?)(?:\s+également)?(?:\s+[^:\n]{0,40}?)?|en\s+présence\s+de|invités?|(?:étaient\s+)?également\s+présent" + _INCL
         + r"|(?:autres\s+)?personnes\s+présentes|(?:personnel|agents?|services?)(?:\s+présent" + _INCL + r")?"),
    )
)
# Per-question counts: "Questions 1 à 10 :", "Questions 18 à la fin :", "Points 3 à 5 :"
CHANGE_LABEL = regex.compile(
    r"^\s*(?:questions?|points?|délibérations?|dossiers?)\s*(?:n[°o]\s*)?(?P<from>\d+)\s*(?:à|au|-)\s*(?:(?P<to>\d+)|la\s+fin)\s*:?\s*",
    regex.I,
)
# Lines that end a list: "Secrétaire de séance : ...", "Ordre du jour", "Nombre de membres en exercice : 40",
# "Le quorum est atteint", "Quorum atteint avec 11 élus", "Pour : 17", "Public : 3 personnes", "________",
# "Formant la majorité des membres en exercice.", "Lesquels forment la majorité..."
STOP = regex.compile(
    r"^\s*(?:secr[ée]taire|(?:formant|lesquels\s+forment|formant\s+ainsi|soit)\s+la\s+majorit[ée]|la\s+majorit[ée]\s+absolue|ordre\s+du\s+jour|nombre\s+(?:de|d['’])|(?:le\s+|la\s+)?quorum|date\s+de\s+la\s+convocation"
    r"|(?:la\s+)?séance|(?:monsieur|madame)\s+le\s+(?:maire|président)|(?:le|la)\s+président|en\s+exercice|votants?\b"
    r"|pour\s*:|contre\s*:|abstentions?\s*:|suffrages|l['’]an\s|public\b|presse\b|[-_=*~. ]{3,}$"
    # the header lines and titles that follow the lists: "Date d'affichage : 15/01/2024", "Convocation du 10 janvier",
    # "Heure d'ouverture : 18h30", "Début de séance : 18h30", "Lieu : Salle du conseil", "Objet : Budget",
    # "Approbation du procès-verbal", "COMPTE RENDU DE LA SÉANCE", "DÉLIBÉRATIONS", "Publié le 20/01/2024"
    r"|date\b|convocation|heure\b|d[ée]but\b|ouverture\b|lieu\s*:|objet\s*:|approbation\b|compte[\s-]+rendu|proc[èe]s[\s-]+verbal"
    r"|d[ée]lib[ée]rations?\b|d[ée]cisions?\b|informations?\b|questions?\s+diverses|affaires\s+(?:diverses|g[ée]n[ée]rales)"
    r"|publi[ée]e?\b|affich[ée]e?\b|conseil\s+(?:municipal|communautaire|syndical)\b"
    # "M. le Maire ouvre la séance.", "Mme la Présidente ouvre la séance", "Sous la présidence de M. X",
    # a word then a number: "Le 12 janvier 2024", "Soit 15 présents et 2 pouvoirs", "Page 1 sur 12"
    r"|(?:m\.|mme|monsieur|madame)\s+(?:le|la)\s+(?:maire|pr[ée]sidente?)\s+\p{Ll}|sous\s+la\s+pr[ée]sidence|\p{L}+\s+\d)",
    regex.I,
)
# A member arriving or leaving, said at the start of a line: "M. Luc PETIT arrive à 20h45.", "Mme X quitte la séance"
ARRIVES = regex.compile(
    r"^\s*(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+[^.\n(]{2,60}?\s+(?:arrive|part|quitte|rejoint|s['’]absente|sort|entre)\b")
# A bullet opening an entry: "- Monsieur Jean-Jacques CARRETERO à ...", "• M. Pierre MAISONNAT donne pouvoir"
BULLET = regex.compile(r"^\s*[-–•▪◦●*]\s+")
# Separators between names: "M. Jérôme BERNARD, Mme Danielle RAMERINI", "Paul LE BIHAN - Eric ROBERT",
# "KERGOAT – Gaël CORNEC", "Mme Victoria BRIELLE et Mme Samantha CORVIONE", "A ; B", "A (pouvoir à C) / B"
# "M. Jean DUPONT Mme Anne MARTIN" (a civility after a capitalised word opens the next name)
SEPARATOR = regex.compile(
    r"\s*[,;]\s*|\s+[-–—]+(?:\s+[-–—]+)*\s+|\s+et\s+(?=\p{Lu})|\s+/\s+|(?:^|\n)\s*/\s+"
    r"|(?<=(?-i:\p{Lu})[\p{L}'’.-]*)(?<!(?:^|\s)(?:De|Du|Des|Par|Pour))\s+(?=(?:M\.|Mme|Mlle|MM\.|Mmes|Monsieur|Madame|Mademoiselle)\s+\p{Lu})"
)  # ... but not after a word opening a proxy: "De M. Paul DURAND à M. Jean DUPONT"
# A proxy written out: "M. Pierre MAISONNAT donne pouvoir à M. Jérôme BERNARD",
# "X a donné procuration à Y", "X ayant donné pouvoir à Y", "X pouvoir à Y", "X (procuration à Y)",
# "pouvoir donné à Adeline Texeira", "X représenté par Y", "X (pouvoir de vote à Y)"
PROXY_WORDS = regex.compile(
    r"\s*[(,:]?\s*(?:qui\s+)?(?:(?:a|ayant|avait)\s+donné|donne|donnant)?\s*(?:son\s+|un\s+)?"
    r"(?:pouvoir|procuration|délégation|mandat)(?:\s+de\s+vote)?\s+(?:donnée?\s+(?:(?:à|a)\s+)?(?=\p{Lu})|(?:à|a)\s+)"
    r"|\s*[(,]?\s*(?:a\s+donné|donne|ayant\s+donné)\s+(?:son\s+)?(?:pouvoir|procuration)\s+(?:de\s+vote\s+)?(?:à|a)\s+"
    r"|\s*[(,]?\s*représentée?\s+par\s+",
    regex.I,
)
# A proxy named from its holder's side, at the end of the holder's entry: "M. Jean DUPONT (pouvoir de M. Paul DURAND)",
# "Mme Anne MARTIN (procuration de Mme Julie ROUX)", "M. Jean DUPONT porteur du pouvoir de M. Paul DURAND"
# (never "pouvoir de vote à ...": that one names the holder)
RECEIVED_PROXY = regex.compile(
    r"\s*\(\s*(?:a\s+reçu\s+|ayant\s+reçu\s+)?(?:le\s+|un\s+)?(?:pouvoir|procuration|mandat)\s+(?:de\s+|d['’]\s*)(?!vote\b)(?=\S)"
    r"|\s*,?\s+(?:porteur|porteuse|détenteur|détentrice)\s+d[eu]s?\s+(?:pouvoir|procuration|mandat)s?\s+(?:de\s+|d['’]\s*)(?=\S)"
    r"|\s*,?\s+(?:ayant\s+reçu|a\s+reçu|qui\s+a\s+reçu|porte|détient)\s+(?:le\s+|un\s+)?(?:pouvoir|procuration)\s+(?:de\s+|d['’]\s*)(?=\S)",
    regex.I,
)  # "Mme Anne MARTIN porte le pouvoir de Mme Julie ROUX."
# In a "Pouvoirs :" list, the holder alone between brackets: "M. Paul DURAND (à M. Jean DUPONT)"
_BRACKETED_HOLDER = regex.compile(r"\(\s*(?:à|a|=>|->|→)\s+([^()]+)\)?")
# In a "Pouvoirs :" list the verb is often left out: "Madame Florence DEMOUY à Monsieur Michel LEBLANC",
# "Représentés : M. X par M. Y"
PROXY_BARE = regex.compile(r"\s+(?:à|a|par|=>|->|→)\s+(?=(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|\p{Lu}))")
# A substitute: "(suppléant de M. Philippe BÉCHERAS)", "(remplace ROQUE J.)", "suppléante de Mme X"
SUBSTITUTE = regex.compile(r"^\s*(?:suppl[ée]ant(?:e)?|rempla[çc]ant(?:e)?|repr[ée]sentant(?:e)?)\s+(?:de\s+|d['’]\s*)?|^\s*remplace\s+", regex.I)
# A prefix naming the member's commune: "Commune de Chomérac : Monsieur Martin", "Flaviac : M. X"
COMMUNE_PREFIX = regex.compile(r"^(?:(?:commune|ville|mairie|délégués?\s+de)\s+(?:de\s+|d['’]\s*)?)?[\p{L}'’ -]{2,50}:\s*(?=\S)", regex.I)
# A proxy named by its giver first: "Pouvoir de M. X à M. Y", "Procuration de Mme Z à M. W"
# or with the label before the colon: "Procuration : de M. X à M. Y"
LEADING_PROXY = regex.compile(
    r"^\s*(?:pouvoirs?|procurations?)\s+(?:de\s+|d['’]\s*)|^\s*(?:de\s+|d['’]\s*)(?=(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s)",
    regex.I)
# A status after a name: "Mme Anne MARTIN, excusée", "M. Paul DURAND, absent"
STATUS_WORD = regex.compile(r"(?:excusée?s?|absente?s?)", regex.I)
# Nobody in the list: "Absents : néant", "Excusés : aucun", "Pouvoirs : /"
NOBODY = regex.compile(r"^\W*(?:n[ée]ant|aucune?|personne|sans\s+objet|ras|nul)\W*$", regex.I)
# A count between brackets after a list: "(18)", "[3]", "soit 16 présents"
COUNT_ONLY = regex.compile(r"^\W*(?:soit\s+)?\d+\W*(?:\w+\W*)?$")
# A member arriving or leaving during the session, at the start of a line of the body:
# "Départ de Eric ROBERT (procuration à Bernadette CORVISIER)", "Arrivée de Mme Anne MARTIN à 20h15"
MOVEMENT = regex.compile(r"(?m)^[ \t\-–•*]*(?:arrivée|départ|sortie|retour)\s+de\s+(?=\S)", regex.I)
# ... or said with a verb: "M. Paul DURAND quitte la séance", "Mme Anne MARTIN rejoint la séance à 20h"
MOVEMENT_VERB = regex.compile(
    r"(?m)^[ \t]*(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+[^.\n]{2,60}?\s+(?:quitte|rejoint|regagne|réintègre)\s+(?:la\s+)?(?:séance|salle)",
)
# Counts in a per-question block: "32 présents", "1 procuration", "33 votants", "0 absent"
CHANGE_COUNTS = {
    "members_present": regex.compile(r"(\d+)\s+(?:membres\s+)?présent", regex.I),
    "proxies": regex.compile(r"(\d+)\s+(?:procuration|pouvoir)", regex.I),
    "votes_cast": regex.compile(r"(\d+)\s+votant", regex.I),
    "absent": regex.compile(r"(\d+)\s+absent", regex.I),
}

PLURAL_CIVILITIES = {"Mmes", "MM."}
_ALLOWED_LOWER = {"pouvoir", "donné", "donnée", "donne", "procuration", "suppléant", "suppléante", "remplace",
                  "représenté", "représentée", "représentant", "ayant", "par", "qui", "son", "tant", "qu'invités",
                  "invités", "jusqu'à", "arrivée", "départ"}


@dataclass(frozen=True)
class _Span:
    """A piece of cleaned text and where each of its lines starts in the document."""

    text: str
    starts: tuple[int, ...]  # offsets in `text` where a line begins
    doc_starts: tuple[int, ...]  # the document offset of each such line start

    def doc_offset(self, i: int) -> int:
        k = max(0, bisect.bisect_right(self.starts, i) - 1)
        return self.doc_starts[k] + (i - self.starts[k])


@dataclass(frozen=True)
class _Entry:
    """One name read from a list, before it becomes an `Attendance`."""

    person: str
    civility: str | None
    status: str
    substitute_for: str | None
    role: str | None
    holder: str | None  # the proxy this person gave, if the list says so
    start: int
    end: int
    statement: tuple[int, int]  # span of the whole entry (for the proxy's provenance)
    received: tuple[str, str | None, int, int] | None = None  # (giver, civility, start, end) of a proxy this person holds


# --------------------------------------------------------------------------------------------
# Lines of the preamble
# --------------------------------------------------------------------------------------------


def _region_end(doc: Document, seg: Segmentation) -> int:
    if seg.sections:
        return seg.preamble_end
    return min(len(doc.text), FALLBACK_REGION)


def _lines(doc: Document, seg: Segmentation) -> list[tuple[str, int]]:
    """The preamble's lines as (cleaned text, document offset), outside running headers and the agenda."""
    end = _region_end(doc, seg)
    span = seg.agenda_span
    out = []
    for line in doc.lines:
        if line.start >= end:
            break
        if line.boilerplate or (span and span[0] <= line.start < span[1]):
            continue
        text = _MARKUP.sub(lambda m: " " * len(m.group()), line.text)
        out.append((text, line.start))
    return out


def _label(text: str) -> tuple[str, int] | None:
    for status, pattern in LABELS:
        m = pattern.match(text)
        if m:
            return status, m.end()
    return None


# What is in brackets: "(excusé)", "(pouvoir à M. X)"; the closing bracket may be lost at a line's end
_BRACKETED = regex.compile(r"\(([^()]*)\)?")
_BRACKETS = regex.compile(r"\([^()]*\)")
# Where the brackets of an entry open: "M. Y (suppléant de M. X)"
_OPEN_BRACKET = regex.compile(r"\s*\(")
# A group named before its names: "Mmes et MM. les délégués titulaires : Jean DUPONT",
# "Mesdames et Messieurs les conseillers municipaux : X"
_PREFACE = regex.compile(r"^(?:(?:Mmes|MM\.?|Mesdames|Messieurs|Mme|M\.)\s*(?:et\s+)?)+les\s+[^:()\n]{0,60}:\s*")
# Remarks side by side in one pair of brackets: "(excusée, pouvoir à M. DUPONT)", "(excusé - pouvoir à M. X)"
_REMARK_SEPARATOR = regex.compile(r"\s*[,;]\s*|\s+[-–]\s+")
# "M Paul DURAND", "M DUPONT": "M." without its dot, before a capitalised word
_BARE_M = regex.compile(r"^M\s+(?=\p{Lu}\p{L}*(?:[\s-]|$))")
# A civility glued to the given name: "M.Jean DUPONT", "Mme.Anne MARTIN" (never initials: "M.J. DUPONT")
# or with a stray dot: "Mme. Anne MARTIN"
_GLUED_CIVILITY = regex.compile(r"^(M\.|Mme|Mlle)\.?\s*(?=\p{Lu}\p{Ll})")
# A plural remark closing a list: "M. Paul DURAND, Mme Julie ROUX (excusés)"
_ALL_EXCUSED = regex.compile(r"\(\s*excus[ée]e?s\s*\)\W*$", regex.I)
# "(excusé)", "(excusée)"
_EXCUSED = regex.compile(r"\s*excusée?\s*", regex.I)
# An entry that says who it replaces: "suppléant de M. X", "remplaçant Mme Y"
_SUBSTITUTE_START = regex.compile(r"^\s*(?:suppl|rempla)", regex.I)
# The separator "et" between two plural civilities: "Mmes et MM."
_AND = regex.compile(r"\s*et\s*")
# Anything but a letter: "O'NEILL" -> "ONEILL"
_NOT_LETTER = regex.compile(r"[^\p{L}]")
# Initials: "R.", "M.J.", "J.-P."
_INITIALS = regex.compile(r"(?:\p{Lu}\.-?)+")
_VOWEL = regex.compile(r"[aeiouy]")


def _is_prose(text: str) -> bool:
    """A sentence rather than a list of names: mostly lower-case words."""
    inner = _BRACKETS.sub(" ", text)
    words = [w.strip(".,;:()«»\"") for w in inner.split()]
    words = [w for w in words if w]
    lower = [w for w in words if w[0].islower() and len(w) > 2 and w not in _ALLOWED_LOWER and w not in PARTICLES]
    return len(lower) >= 3 and len(lower) > 0.45 * len(words)


# --------------------------------------------------------------------------------------------
# Splitting a list into names
# --------------------------------------------------------------------------------------------


# A word cut by a hyphen at a line's end: "Antoine-"
_CUT_WORD_END = regex.compile(r"\p{L}-$")


def _join(lines: list[tuple[str, int]], newline: bool) -> _Span:
    """Join a list's lines, mending words cut by a hyphen ("Antoine-\\nAlexandre")."""
    text, starts, doc_starts = "", [], []
    for line, offset in lines:
        stripped = line.rstrip()
        if text:
            if not newline and _CUT_WORD_END.search(text):
                pass
            else:
                text += "\n" if newline else " "
        starts.append(len(text))
        doc_starts.append(offset)
        text += stripped
    return _Span(text, tuple(starts), tuple(doc_starts))


def _split_top(text: str, pattern: regex.Pattern) -> list[tuple[int, int]]:
    """Spans of `text` between matches of `pattern` outside parentheses."""
    depth_at, depth = [], 0
    for ch in text:
        depth_at.append(depth)
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
    pieces, last = [], 0
    for m in pattern.finditer(text):
        if m.start() < len(depth_at) and depth_at[m.start()] > 0:
            continue
        pieces.append((last, m.start()))
        last = m.end()
    pieces.append((last, len(text)))
    return [(a, b) for a, b in pieces if text[a:b].strip(" .-–—:")]


def _bare(line: str) -> str:
    """A line without its brackets and commune prefix, to count its words."""
    line = regex.sub(r"\([^()]*\)?", " ", line)
    m = COMMUNE_PREFIX.match(line.strip())
    return line.strip()[m.end():] if m else line


def _name_then_role(line: str) -> bool:
    """A line holding one name, then maybe its function: "Jean DUPONT, Maire"."""
    pieces = _split_top(line, SEPARATOR)
    if not line.strip()[:1].isupper() or len(pieces) > 2:
        return False
    return len(pieces) == 1 or is_role_word(line[pieces[1][0]:pieces[1][1]].split()[0])


def _mode(lines: list[tuple[str, int]]) -> str:
    """How a list separates its names: by bullet, one per line, or inline separators."""
    if any(BULLET.match(t) for t, _ in lines):
        return "bullet"
    if len(lines) >= 2 and not any(_split_top(t, SEPARATOR)[1:] for t, _ in lines) and all(len(_bare(t).split()) <= 8 for t, _ in lines):
        return "line"
    # one commune a line: "Chomérac : Jean DUPONT, Anne MARTIN" / "Pour la commune de Flaviac : Luc PETIT"
    if len(lines) >= 2 and all(COMMUNE_PREFIX.match(t.strip()) for t, _ in lines):
        return "line+"
    # one member a line, with a function: "Jean DUPONT, Maire" / "Paul DURAND, Adjoint" (a wrapped
    # list has several names on a line, or lines ending with a separator)
    if len(lines) >= 2 and all(_name_then_role(t) for t, _ in lines) and not any(regex.search(r"[,;–—-]\s*$", t) for t, _ in lines[:-1]):
        return "line+"
    return "inline"


def _pieces(lines: list[tuple[str, int]]) -> tuple[_Span, list[tuple[int, int]]]:
    """The list's text and the span of each piece that may hold one name."""
    mode = _mode(lines)
    if mode == "bullet":
        groups: list[list[tuple[str, int]]] = []
        for text, offset in lines:
            m = BULLET.match(text)
            if m or not groups:
                groups.append([])
                if m:
                    text, offset = text[m.end():], offset + m.end()
            groups[-1].append((text, offset))
        joined = [_join(g, False) for g in groups]
        text = "\n".join(j.text for j in joined)
        starts, doc_starts, base = [], [], 0
        for j in joined:
            starts += [base + s for s in j.starts]
            doc_starts += list(j.doc_starts)
            base += len(j.text) + 1
        span = _Span(text, tuple(starts), tuple(doc_starts))
        pattern = regex.compile(r"\n|" + SEPARATOR.pattern)
    elif mode == "line":
        span = _join(lines, True)
        pattern = regex.compile(r"\n")
    elif mode == "line+":
        span = _join(lines, True)
        pattern = regex.compile(r"\n|" + SEPARATOR.pattern)
    else:
        span = _join(lines, False)
        pattern = SEPARATOR
    return span, _split_top(span.text, pattern)


def _name_and_role(text: str) -> tuple[str, str]:
    """Split "DIVERRES Directeur des Services Techniques" into the name and the role."""
    words = text.split()
    name: list[str] = []
    for i, word in enumerate(words):
        bare = word.strip(",;:")
        if is_role_word(bare):
            return " ".join(name), " ".join(words[i:]).strip(" ,;:-–")
        if bare[:1].isupper() or regex.fullmatch(r"(?:\p{Lu}\.-?)+", bare) or (
            bare.lower() in PARTICLES and i + 1 < len(words) and words[i + 1][:1].isupper()
        ) or (bare[:2].lower() in ("d'", "d’") and bare[2:3].isupper()):
            name.append(bare)
            continue
        return " ".join(name), " ".join(words[i:]).strip(" ,;:-–")
    return " ".join(name), ""


def _clean_name(name: str) -> str:
    name = name.strip(" ,;:-–—*•")
    # keep the dot of an initial ("CAUQUIL R."), drop a sentence's full stop ("M. Gilbert MOULIN.")
    if name.endswith(".") and not regex.search(r"(?:^|[\s.-])\p{Lu}\.$", name):
        name = name[:-1]
    return name.strip()


# Words of counts and labels, never a person: "Présents : 15 - Votants : 17", "Pouvoirs : 2"
# ... and words that open a remark in place of names: "Présents : Tous", "L'ensemble des conseillers",
# "Pouvoirs : Sans objet", "Voir liste annexée", "Liste en annexe", "Les membres du Bureau", "Commune de Flaviac"
_COUNT_WORDS = frozenset({"votants", "votant", "presents", "present", "absents", "absent", "excuses", "excuse", "pouvoirs",
                          "procurations", "exprimes", "suffrages", "quorum", "membres", "conseillers", "total", "nombre",
                          "tous", "toutes", "l'ensemble", "l’ensemble", "ensemble", "les", "sans", "voir", "liste", "cf",
                          "commune", "communes", "ville", "mairie", "services", "idem"})


def _is_name(name: str) -> bool:
    """A person's name, not a count, a remark, a function or OCR noise."""
    if NOBODY.match(name) or not name.split():
        return False
    if fold(name.split()[0]).lower().strip(".:()") in _COUNT_WORDS:
        return False
    words = [w for w in name.split() if w.lower() not in PARTICLES]
    if not words or not any(len(_NOT_LETTER.sub("", w)) >= 2 and w[0].isupper() for w in words):
        return False
    if not all(_pronounceable(w) for w in words):
        return False  # OCR noise from check boxes: "NV VV ONNNYN"
    return not COUNT_ONLY.match(name) and not is_role_word(words[0])


def _pronounceable(word: str) -> bool:
    """An initial ("R.", "M.J.") or a word with a vowel, as names have ("VV" is OCR noise)."""
    if _INITIALS.fullmatch(word):
        return True
    return bool(_VOWEL.search(fold(word)))


def _person(raw: str) -> tuple[str | None, str, str]:
    """(civility, name, role) of a piece such as "M. GALLEN, Directeur Général des Services"."""
    text = raw.strip(" ,;:-–—*•")
    alone = CIVILITY.match(text + " ")
    if alone and alone.end() >= len(text):
        return split_civility(text + " x")[0], "", ""  # a civility alone: "Mmes et MM. ALBERT, BARON"
    civility, rest = split_civility(_GLUED_CIVILITY.sub(r"\1 ", _BARE_M.sub("M. ", text, count=1), count=1))
    name, role = _name_and_role(rest)
    return civility, _clean_name(name), role


def _brackets(raw: str) -> tuple[str | None, str | None, bool, str | None]:
    """What the brackets of an entry say: (substitute_for, proxy holder, excused, role).

    "(suppléant de M. Philippe BÉCHERAS)", "(pouvoir donné à Adeline Texeira)", "(excusé)", "(Maire)";
    a count ("(18)") or a remark says nothing.
    """
    substitute = holder = role = None
    excused = False
    remarks = [part for p in _BRACKETED.finditer(raw) for part in _REMARK_SEPARATOR.split(p.group(1))]
    for inner in remarks:
        sub = SUBSTITUTE.match(inner)
        prox = PROXY_WORDS.match(" " + inner)
        if _EXCUSED.fullmatch(inner):
            excused = True
        elif inner.split() and is_role_word(inner.split()[0]) and not role:
            role = inner.strip()
        elif sub:
            substitute = _person(inner[sub.end():])[1] or None
        elif prox:
            holder = _person(inner[prox.end() - 1:])[1] or None
    return substitute, holder, excused, role


# A count, then the names between brackets: "Pouvoirs : 2 (M. DURAND à M. DUPONT, Mme ROUX à Mme MARTIN)",
# "Absents : 3 (M. X, Mme Y, M. Z)"
_COUNT_OPEN = regex.compile(r"^\s*\d+\s*[:–-]?\s*\(")
_CLOSE = regex.compile(r"\)\s*\.?\s*$")


def _unwrap_count(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The lines of a list printed as "N (names)" with the count and brackets blanked (offsets kept)."""
    if not lines or not (m := _COUNT_OPEN.match(lines[0][0])) or not (c := _CLOSE.search(lines[-1][0])):
        return lines
    if len(lines) == 1 and c.start() < m.end():
        return lines
    out = [(" " * m.end() + lines[0][0][m.end():], lines[0][1]), *lines[1:]]
    last, offset = out[-1]
    out[-1] = (last[: c.start()] + " " * (len(last) - c.start()), offset)
    return out


def _parse_list(status: str, lines: list[tuple[str, int]]) -> list[_Entry]:
    """The names of one labelled list."""
    span, pieces = _pieces(_unwrap_count(lines))
    text = span.text
    entries: list[_Entry] = []
    carried: str | None = None  # a plural civility ("Mmes ZAMBON, GOMIS") applying to the next names
    carried_alone = False  # the last piece was a plural civility with no name ("Mmes et MM.")
    given_style = None
    for index, (a, b) in enumerate(pieces):
        separator = text[pieces[index - 1][1]:a] if index else ""
        raw = text[a:b]
        lead = len(raw) - len(raw.lstrip())
        a += lead
        raw = raw.strip()
        # a commune before the name: "Commune de Chomérac : Monsieur Martin"
        m = COMMUNE_PREFIX.match(raw)
        if m and _is_name(_person(raw[m.end():])[1]):
            a, raw = a + m.end(), raw[m.end():]
        received = _received(raw, a)
        if received:
            raw = raw[: received[4]]
            received = received[:4]
        m = _PREFACE.match(raw)
        if m and m.end() < len(raw):
            a, raw = a + m.end(), raw[m.end():]
        substitute, holder, excused, role_in_brackets = _brackets(raw)
        head = _OPEN_BRACKET.split(raw, maxsplit=1)[0]
        head = LEADING_PROXY.sub("", head)  # "Pouvoir de M. X à M. Y"
        head = _before_tab(head)
        # a proxy written in the piece: "M. Pierre MAISONNAT donne pouvoir à M. Jérôme BERNARD"
        if holder is None and status in ("proxy", "represented") and (bm := _BRACKETED_HOLDER.search(raw)):
            holder = _person(bm.group(1))[1] or None
        if holder is None:
            pm = PROXY_WORDS.search(head) or (PROXY_BARE.search(head) if status in ("proxy", "represented") else None)
            if pm:
                holder = _person(head[pm.end():])[1] or None
                head = head[: pm.start()]
        if entries and (SUBSTITUTE.match(head) or _SUBSTITUTE_START.match(head)):
            prev = entries[-1]
            sub = SUBSTITUTE.match(head)
            entries[-1] = _replace(prev, substitute_for=_person(head[sub.end():] if sub else head)[1])
            continue
        civility, name, role = _person(head)
        if role and not substitute and (sub := SUBSTITUTE.match(role)):
            # "M. Marc BLANC suppléant de M. Luc PETIT": the substitute said without brackets
            substitute, role = _person(role[sub.end():])[1] or None, ""
        if civility in PLURAL_CIVILITIES:
            # "Mmes et MM. ALBERT, BARON": a mixed group says nothing of each member
            mixed = carried_alone and _AND.fullmatch(separator)
            carried = None if mixed else ("Mme" if civility == "Mmes" else "M.")
            civility = carried
            carried_alone = not name
            if mixed:
                carried_alone = False
        elif civility:
            carried = None
            carried_alone = False
        elif carried:
            civility = carried
        if not _is_name(name) and (named := _named_in_brackets(head, raw)):
            name = named  # "M. le Maire (Jean DUPONT)": the function first, the name between brackets
        if not _is_name(name):
            if entries and STATUS_WORD.fullmatch(head.strip(" .")):
                # "Mme X, excusée", "M. Y, absent"
                word = fold(head.strip(" .")).lower()
                entries[-1] = _replace(entries[-1], status="excused" if word.startswith("excus") else "absent")
                continue
            if entries and holder and not head.strip() and not entries[-1].holder:
                # "Absents excusés : M. X, pouvoir à M. Y"
                entries[-1] = _replace(entries[-1], holder=_clean_name(holder), statement=(entries[-1].statement[0], a + len(raw)))
                continue
            # a role after a comma: "M. GALLEN, Directeur Général des Services"
            if entries and head.strip() and not COUNT_ONLY.match(head) and not holder:
                prev = entries[-1]
                if prev.role is None:
                    entries[-1] = _replace(prev, role=head.strip(" ,;:-–—."))
            continue
        start = a + raw.find(name) if name in raw else a
        # "Philippe ROUVIER - COROUGE": a lone surname word after a full name is the rest of a compound surname
        if given_style is None:
            given_style = sum(1 for x, y in pieces if len(text[x:y].split()) >= 2) > len(pieces) / 2
        if entries and given_style and ("-" in separator or "–" in separator) and not civility and len(name.split()) == 1 and name.isupper() and entries[-1].person.split()[-1].isupper() and not entries[-1].holder:
            prev = entries[-1]
            entries[-1] = _replace(prev, person=f"{prev.person}-{name}", end=start + len(name))
            continue
        if holder:
            holder = _clean_name(holder)
        names = [name] if civility or holder or substitute else _pairs(name)
        if len(names) > 1:  # "DUPONT Jean MARTIN Anne": names set side by side without separators
            cursor = start
            for part in names:
                at = text.find(part, cursor)
                at = cursor if at < 0 else at
                entries.append(_Entry(part, None, status, None, None, None, at, at + len(part), (at, at + len(part))))
                cursor = at + len(part)
            continue
        entries.append(_Entry(name, civility, "excused" if status in ("proxy", "represented") or excused else status, substitute,
                              role or role_in_brackets or None, holder, start, start + len(name), (a, a + len(raw)),
                              None if holder else received))
    if status == "absent" and len(entries) > 1 and _ALL_EXCUSED.search(text):
        # "Absents : M. Paul DURAND, Mme Julie ROUX (excusés)": the plural speaks for the whole list
        entries = [_replace(e, status="excused") for e in entries]
    return [_to_doc(e, span) for e in entries]


def _received(raw: str, a: int) -> tuple[str, str | None, int, int, int] | None:
    """The giver of a proxy that this entry holds: "M. Jean DUPONT (pouvoir de M. Paul DURAND)".

    Returns (giver, civility, start, end, where the holder's own text ends), offsets as `a` counts them.
    """
    m = RECEIVED_PROXY.search(raw)
    if not m:
        return None
    civility, name, _ = _person(raw[m.end():].split(")")[0])
    name = _clean_name(name)
    if not _is_name(name):
        return None
    at = raw.find(name, m.end())
    return name, civility, a + at, a + at + len(name), m.start()


def _before_tab(head: str) -> str:
    """A name cut from the column after it: "DUPONT Jean<TAB>Chomérac" -> "DUPONT Jean" (a function stays: "<TAB>Maire")."""
    if "\t" not in head:
        return head
    first, rest = head.split("\t", 1)
    after = rest.split()
    if not after or is_role_word(after[0]) or not _is_name(_person(first)[1]):
        return head
    return first


def _named_in_brackets(head: str, raw: str) -> str | None:
    """The name between brackets after a function: "M. le Maire (Jean DUPONT)", "Le Président (M. Jean DUPONT)"."""
    words = [w for w in head.split() if w.lower() not in PARTICLES and not CIVILITY.match(w + " ")]
    if not words or not is_role_word(words[0]):
        return None
    for p in _BRACKETED.finditer(raw):
        name = _person(p.group(1))[1]
        if _is_name(name) and not SUBSTITUTE.match(p.group(1)) and not PROXY_WORDS.match(" " + p.group(1)):
            return name
    return None


def _pairs(name: str) -> list[str]:
    """Split names set side by side, SURNAME and given names alternating: "DUPONT Jean MARTIN Anne".

    A single name ("Marie Christine BARAC'H", "Paul LE BIHAN") comes back whole.
    """
    groups: list[list[str]] = []
    for word in name.split():
        caps = _is_caps(word)
        if groups and _is_caps(groups[-1][-1]) == caps:
            groups[-1].append(word)
        else:
            groups.append([word])
    if len(groups) < 4 or len(groups) % 2:
        return [name]
    return [" ".join(groups[i] + groups[i + 1]) for i in range(0, len(groups), 2)]


def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _replace(entry: _Entry, **changes) -> _Entry:
    return _Entry(**{**entry.__dict__, **changes})


def _to_doc(entry: _Entry, span: _Span) -> _Entry:
    if entry.received:
        giver, civility, start, end = entry.received
        entry = _replace(entry, received=(giver, civility, span.doc_offset(start), span.doc_offset(max(start, end - 1)) + 1))
    return _replace(entry, start=span.doc_offset(entry.start), end=span.doc_offset(max(entry.start, entry.end - 1)) + 1,
                    statement=(span.doc_offset(entry.statement[0]), span.doc_offset(max(entry.statement[0], entry.statement[1] - 1)) + 1))


# --------------------------------------------------------------------------------------------
# Blocks of the preamble
# --------------------------------------------------------------------------------------------


# The end of a sentence, not the dot of a civility or an initial ("M. Jean", "J. DUPONT"):
# "Le quorum étant atteint, la séance est ouverte. M. Paul DURAND a donné pouvoir à M. Jean DUPONT."
_SENTENCE_END = regex.compile(r"(?<!(?:^|[\s.(-])\p{Lu})(?<!\bMM|\bMme|\bMlle)\.\s+(?=\p{Lu})")


# Proxies given side by side: "M. Paul DURAND et Mme Julie ROUX, absents excusés, ont donné respectivement
# pouvoir à M. Jean DUPONT et à Mme Anne MARTIN."
RESPECTIVE = regex.compile(
    r"^(?P<givers>.+?)\s+ont\s+(?:respectivement\s+)?donné\s+(?:respectivement\s+)?(?:leur\s+|un\s+)?(?:pouvoirs?|procurations?)"
    r"\s+(?:respectivement\s+)?(?:à|a)\s+(?P<holders>.+)$",
    regex.I,
)
# Between the names of such a sentence: ", ", " et ", " et à ", ", à "
_NAMES_SEPARATOR = regex.compile(r"\s*,\s*(?:à\s+)?|\s+et\s+(?:à\s+)?", regex.I)


def _named(text: str, base: int) -> list[tuple[str, str | None, int, int]]:
    """The names of a plain enumeration ("M. X et Mme Y, absents excusés"): (name, civility, start, end)."""
    out = []
    for a, b in _split_top(text, _NAMES_SEPARATOR):
        civility, name, _ = _person(text[a:b])
        if _is_name(name) and (civility or read_name(name)):
            at = text.find(name, a)
            out.append((name, civility, base + at, base + at + len(name)))
    return out


def _respective(text: str, offset: int) -> list[_Entry]:
    """Proxies given side by side in one sentence, paired in order (see RESPECTIVE), or all to one holder;
    none if the counts differ."""
    m = RESPECTIVE.match(text) if " ont " in text else None
    if not m:
        return []
    givers, holders = _named(m["givers"], offset + m.start("givers")), _named(m["holders"], offset + m.start("holders"))
    if len(holders) == 1:
        holders = holders * len(givers)  # "M. X et Mme Y ont donné pouvoir à M. Z": the audit flags the holder of two
    if len(givers) < 2 or len(givers) != len(holders):
        return []
    span = (offset, offset + len(text.rstrip()))
    return [_Entry(g[0], g[1], "excused", None, None, h[0], g[2], g[3], span) for g, h in zip(givers, holders, strict=True)]


def _loose_proxies(text: str, offset: int) -> list[tuple[str, int]]:
    """Sentences of a line outside any list that give a proxy: "M. X donne pouvoir à M. Y." (text, offset)."""
    if RESPECTIVE.match(text.strip()):
        return []  # read by _respective
    if not PROXY_WORDS.search(text) and not RECEIVED_PROXY.search(text):
        return []
    out, start = [], 0
    for end in [m.start() + 1 for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        sentence = text[start:end]
        given = PROXY_WORDS.search(sentence) or RECEIVED_PROXY.search(sentence)
        if given and not _is_prose(sentence[: given.start()]):
            lead = len(sentence) - len(sentence.lstrip())
            out.append((sentence.strip(), offset + start + lead))
        start = end
    return out


# Where a second label opens on the same line: "Présents : A, B. Absents : C. Pouvoirs : D à B.",
# "Présents : M. X, Mme Y - Excusés : M. Z"
_INLINE_LABEL = regex.compile(
    r"(?:(?<=\p{L}[.;,])|(?<=\s[-–—]))\s+(?=(?:(?:étaient|etaient|était|sont|est)\s+)?(?:membres\s+)?"
    r"(?:présent|present|absent|excusé|excuse|pouvoir|procuration|représenté|represente|assistai|invité)[\p{L}()]*(?:\s+\p{L}+){0,3}\s*:)",
    regex.I,
)


def _split_labels(text: str, offset: int) -> list[tuple[str, int]]:
    """A line cut where each further label begins, as (text, offset) pieces."""
    if text.count(":") < 2:
        return [(text, offset)]  # one label at most
    cuts = [m.end() for m in _INLINE_LABEL.finditer(text) if _label(text[m.end():])]
    if not cuts:
        return [(text, offset)]
    bounds = [0, *cuts, len(text)]
    return [(text[x:y], offset + x) for x, y in zip(bounds, bounds[1:], strict=False)]


def _gives_proxy(status: str, text: str) -> bool:
    """A sentence giving a proxy after a list of people present: it ends that list
    ("M. Paul DURAND a donné pouvoir à M. Jean DUPONT." after "Présents : ...")."""
    return status in ("present", "invited") and bool(PROXY_WORDS.search(_BRACKETS.sub(" ", text)))


def _blocks(lines: list[tuple[str, int]]) -> tuple[list, list]:
    """Labelled lists (status, lines) and per-question blocks (label match, lines)."""
    lists: list[tuple[str, list[tuple[str, int]]]] = []
    changes: list[tuple[regex.Match, list[tuple[str, int]]]] = []
    current: list[tuple[str, int]] | None = None
    for text, offset in (part for line in lines for part in _split_labels(*line)):
        change = CHANGE_LABEL.match(text)
        label = None if change else _label(text)
        if change:
            current = [(text[change.end():], offset + change.end())]
            changes.append((change, current))
            continue
        if label:
            status, end = label
            current = [(text[end:], offset + end)] if text[end:].strip() else []
            lists.append((status, current))
            continue
        if current is None:
            lists += [("loose", [sentence]) for sentence in _loose_proxies(text, offset)]
            continue
        blank = not text.strip()
        in_change = bool(changes) and current is changes[-1][1]
        if blank:
            if any(t.strip() for t, _ in current):
                current = None
            continue
        if not in_change and (MOVEMENT.match(text) or MOVEMENT_VERB.match(text) or ARRIVES.match(text)):
            current = None  # "Mme Claire LEROY quitte la séance à 21h": a change during the session, not a name
            continue
        if STOP.match(text) or (not in_change and _is_prose(text)) or (lists and current is lists[-1][1] and _gives_proxy(lists[-1][0], text)):
            current = None
            lists += [("loose", [sentence]) for sentence in _loose_proxies(text, offset)]
            continue
        current.append((text, offset))
    return [(s, [x for x in ls if x[0].strip()]) for s, ls in lists], changes


def _same(a: str, b: str) -> bool:
    """Same person: same words, or the same number of words with initials for given names."""
    return same_person(a, b, surname_alone=False)


def _resolve(name: str, known: list[Attendance]) -> str:
    """The form the attendance list gives a proxy's party, when it lists that person."""
    for person in known:
        if _same(name, person.person):
            return person.person
    # "pouvoir à M. MARTIN": the only member listed with that surname
    words = [w for w in name_tokens(name) if len(w) > 1]
    if len(words) == 1:
        matches = [p.person for p in known if words[0] in name_tokens(p.person)]
        if len(set(matches)) == 1:
            return matches[0]
    return name


def _change(doc: Document, match: regex.Match, lines: list[tuple[str, int]]) -> AttendanceChange:
    text = " ".join(t.strip() for t, _ in lines if t.strip())
    counts = {k: (int(m.group(1)) if (m := p.search(text)) else None) for k, p in CHANGE_COUNTS.items()}
    notes = [t.strip() for t, _ in lines if t.strip() and not regex.match(r"^\s*\d+\s+\p{L}", t)]
    end = max((o + len(t.rstrip()) for t, o in lines if t.strip()), default=match.end())
    start = lines[0][1] - match.end() if lines else match.start()
    return AttendanceChange(match["from"], match["to"], counts["members_present"], counts["proxies"], counts["votes_cast"],
                            counts["absent"], "; ".join(notes), doc.provenance(start, end))


def _movements(doc: Document, seg: Segmentation) -> list[AttendanceChange]:
    """Arrivals and departures printed inside the treated items, tied to the item they precede."""
    changes = []
    text = doc.text
    for section in seg.sections:
        body = text[section.start:section.end]
        found = sorted([(m.start(), m.end()) for m in MOVEMENT.finditer(body)] + [(m.start(), m.start()) for m in MOVEMENT_VERB.finditer(body)])
        for start, name_at in found:
            end = body.find("\n", start)
            end = len(body) if end < 0 else end
            line = body[start:end].strip(" \t-–•*")
            if name_at != start and not read_name(body[name_at:end]):
                continue  # "Départ de la commune de Sauzet": not a member
            counts = {k: (int(m.group(1)) if (m := p.search(line)) else None) for k, p in CHANGE_COUNTS.items()}
            changes.append(AttendanceChange(section.item_number, None, counts["members_present"], counts["proxies"],
                                            counts["votes_cast"], counts["absent"], line,
                                            doc.provenance(section.start + start, section.start + end)))
    return changes


# --------------------------------------------------------------------------------------------
# Attendance tables: one member a row, one column per status
# --------------------------------------------------------------------------------------------

# The cells of a table row, between pipes or tabs: "| DURAND Paul | | X | DUPONT Jean |", "DUPONT Jean\tX\t\t"
_CELL = regex.compile(r"[ \t]*\|[ \t]*|\t")
# A column header that names a status: "Présent", "Présent(e)", "Absent", "Excusé(e)", "Pouvoir à", "Procuration donnée à"
_COLUMN = (
    ("represented", regex.compile(r"^(?:pouvoirs?|procurations?|mandataire|représentée?\s+par)(?:\s+(?:donnée?\s+)?(?:à|a))?$", regex.I)),
    ("excused", regex.compile(rf"^(?:absent{_INCL}\s+)?excus[ée]{_INCL}$", regex.I)),
    ("absent", regex.compile(rf"^absent{_INCL}(?:\s+non\s+excus[ée]{_INCL})?$", regex.I)),
    ("present", regex.compile(rf"^pr[ée]sent{_INCL}$", regex.I)),
)
# A mark in a status column: "X", "x", "✓", "oui" (a number is a count: "| Chomérac | 3 | 1 |" counts, names nobody)
_MARK = regex.compile(r"^(?:x|✓|✔|☒|■|●|oui|p|a|e)$", regex.I)
_NUMBER = regex.compile(r"^\d+$")
# A separator row of a Markdown table: "|---|:---:|"
_RULE = regex.compile(r"^[\s|:+-]*-{3,}[\s|:+-]*$")


def _cells(text: str) -> list[tuple[str, int]]:
    """The cells of a row as (text, offset in the row), outer pipes dropped."""
    out, last = [], 0
    for m in [*_CELL.finditer(text), None]:
        end = m.start() if m else len(text)
        out.append((text[last:end].strip(), last + len(text[last:end]) - len(text[last:end].lstrip())))
        last = m.end() if m else last
    if text.lstrip().startswith("|"):
        out = out[1:]
    if text.rstrip().endswith("|"):
        out = out[:-1]
    return out


def _header(cells: list[tuple[str, int]]) -> dict[int, str] | None:
    """The status of each status column of a header row, if it has two of them at least."""
    columns = {i: status for i, (cell, _) in enumerate(cells) for status, p in _COLUMN if p.match(cell)}
    return columns if len(columns) >= 2 and min(columns) >= 1 else None


def _tables(lines: list[tuple[str, int]]) -> list[_Entry]:
    """Members read from attendance tables: "| Nom | Présent | Absent | Excusé | Pouvoir à |" then a row a member."""
    entries: list[_Entry] = []
    columns: dict[int, str] | None = None
    for text, offset in lines:
        if "|" not in text and "\t" not in text:
            columns = None
            continue
        cells = _cells(text)
        header = _header(cells)
        if header:
            columns = header
            continue
        if columns is None or _RULE.match(text):
            continue
        entry = _table_row(cells, columns, offset)
        if entry:
            entries.append(entry)
    return entries


def _table_row(cells: list[tuple[str, int]], columns: dict[int, str], offset: int) -> _Entry | None:
    """One member of an attendance table, with the status its row marks (see _tables)."""
    first = min(columns)
    if len(cells) <= first:
        return None
    names = [c for c, _ in cells[:first] if c]
    civility, name, _ = _person(" ".join(names))
    if not _is_name(name):
        return None
    if any(_NUMBER.match(cells[i][0]) for i in columns if i < len(cells)):
        return None
    status = holder = None
    for i, kind in sorted(columns.items()):
        cell = cells[i][0] if i < len(cells) else ""
        if not cell:
            continue
        if kind == "represented" and not _MARK.match(cell):
            holder = _person(cell)[1] or None
            status = status or "excused"
        elif _MARK.match(cell) and status is None:
            status = "excused" if kind == "represented" else kind
    if status is None:
        return None
    row_start = offset + cells[0][1]
    at = next((o for c, o in cells[:first] if c), cells[0][1])
    start = offset + at
    end = offset + cells[first - 1][1] + len(cells[first - 1][0])
    return _Entry(name, civility, status, None, None, holder, start, max(end, start + 1), (row_start, offset + cells[-1][1] + len(cells[-1][0])))


def extract(doc: Document, seg: Segmentation, facts: Extraction | None = None) -> dict:
    """Attendance at the opening, proxies given at the opening, and per-question attendance changes. It reads no earlier extractor's facts."""
    lines = _lines(doc, seg)
    lists, change_blocks = _blocks(lines)
    attendance: list[Attendance] = []
    proxies: list[tuple[_Entry, str]] = []
    givers: list[_Entry] = [entry for text, offset in lines for entry in _respective(text, offset)]
    proxies += [(entry, entry.holder) for entry in givers]
    lists.append(("table", lines))
    for status, lines in lists:
        if not lines:
            continue
        for entry in (_tables(lines) if status == "table" else _parse_list("proxy" if status == "loose" else status, lines)):
            if status == "loose" and not ((entry.holder or entry.received) and (entry.civility or read_name(entry.person))):
                continue  # a proxy in prose needs a name on each side
            if entry.holder:
                proxies.append((entry, entry.holder))
            if entry.received:
                # "M. Jean DUPONT (pouvoir de M. Paul DURAND)": the giver gave his proxy to this entry's person
                giver, civility, start, end = entry.received
                given = _Entry(giver, civility, "excused", None, None, entry.person, start, end, entry.statement)
                proxies.append((given, entry.person))
                givers.append(given)
            if status in ("proxy", "loose"):
                if entry.holder or not entry.received:  # the holder of a proxy ("X porte le pouvoir de Y") gave none
                    givers.append(entry)
                continue
            if any(_same(entry.person, a.person) for a in attendance):
                continue
            # an absent member who gave a proxy is represented: "Absents : M. X (pouvoir à M. Y)" -> excused
            status = "excused" if entry.holder and entry.status == "absent" else entry.status
            attendance.append(Attendance(entry.person, normalise_person(entry.person), entry.civility, status,
                                         entry.substitute_for, entry.role, doc.provenance(entry.start, entry.end)))
    # a proxy giver listed nowhere else was excused; one listed absent was represented, so excused too
    for entry in givers:
        name = _resolve(entry.person, attendance)  # "Pouvoirs : M. DURAND à M. DUPONT" after "Absents : M. Paul DURAND"
        listed = [i for i, a in enumerate(attendance) if _same(name, a.person)]
        for i in listed:
            if attendance[i].status == "absent":
                attendance[i] = dataclasses.replace(attendance[i], status="excused")
        if not listed:
            attendance.append(Attendance(entry.person, normalise_person(entry.person), entry.civility, "excused",
                                         entry.substitute_for, entry.role, doc.provenance(entry.start, entry.end)))
    out_proxies, seen = [], set()
    for entry, holder in proxies:
        giver, holder = _resolve(entry.person, attendance), _resolve(holder, attendance)
        key = (fold(giver), fold(holder))
        if key in seen:
            continue
        seen.add(key)
        out_proxies.append(Proxy(giver, holder, doc.provenance(*entry.statement)))
    changes = [_change(doc, m, lines) for m, lines in change_blocks] + _movements(doc, seg)
    return {"attendance": attendance, "proxies": out_proxies, "attendance_changes": changes}

