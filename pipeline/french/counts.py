"""The counts minutes declare for their session: members in office, present, represented, votes cast.

Shared by the meeting extractor (the session's counts, the first declared) and the checks (every count of those
present a text prints: one per deliberation, or after arrivals). `RULES` lists lines each field must and must not
read, which tests/test_french.py runs.
"""

from __future__ import annotations

import regex

# Declared counts: "Nombre de membres en exercice : 40", "en exercice : 11", "Nombre de membres présents : 9",
# "32 présents", "1 procuration 33 votants", "Nombre de suffrages exprimés : 17", "Présents : 19 Votants : 21",
# "qui ont pris part à la délibération : 10" ("N présents" never takes the value of the label before it)
_WHO = r"(?:membres|conseillers|conseillères|délégués|élus)"
# What may stand before a number that is its own label's ("en exercice 19 présents 15"), not the next label's
# (but "1 procuration 33 votants": a proxy count is printed before its word)
_LABEL_BEFORE = r":|exercice|fonctions?|pr[ée]sents?"
# Between a label and its number: a colon, spaces, dot leaders ("EN EXERCICE……….. 15", "Présents ....... 9"), or the
# line break of a counts box whose number the text layer put on the next line alone ("En exercice\n29")
_SEP = r"(?:[ \t]*[.…_]{2,}[ \t]*|[ \t]*\n[ \t]*(?=\d{1,3}[ \t]*(?:\n|$)))"
# Those present over the members in office, after the label of either: "Membres (36/72) :", "Présents : 36 sur 72",
# "PRESENTS (12/15)", "Conseillers présents : 12 / 15", "présents: 9/11" (never a register number "n° 12/2024": three digits
# at most on each side, a word boundary after; never a fraction, "1/2", "2/3": no assembly counts fewer than 5 members)
_OVER = (rf"(?<!\p{{L}})(?:(?:{_WHO}(?:[ \t]+(?:municipaux|communautaires|syndicaux|titulaires))?[ \t]+)?pr[ée]sent(?:e|\(e\))?s?(?:\(s\))?|{_WHO})"
         r"[ \t]*(?::[ \t]*)?(?:\([ \t]*)?(?P<a>\d{1,3})[ \t]*(?:/|sur)[ \t]*(?P<b>[5-9]|[1-9]\d{1,2})\b(?![,.]\d|[ \t]*(?:€|%))")
COUNTS: dict[str, tuple[regex.Pattern, ...]] = {
    "members_in_office": (
        # ... "Le nombre de membres en exercice est de : 32"
        # ... a bracket before the colon: "En exercice (12 titulaires/ 4 suppléants) : 16"
        regex.compile(rf"(?:{_WHO}\s+)?en\s+(?:exercice|fonctions?)(?:[ \t]*\([^()\n]{{0,60}}\))?(?:[ \t]+est\s+de)?(?:[ \t]*(?::\s*|[ \t])|{_SEP})(?P<n>\d+)", regex.I),
        regex.compile(rf"(?<!:[ \t]*)\b(?P<n>\d{{1,3}})[ \t]+{_WHO}[ \t]+en\s+exercice", regex.I),
        # "Nombre de conseillers : 19 / Présents : 15": the number of members is the number in office
        regex.compile(rf"nombre\s+de\s+{_WHO}(?:\s+(?:municipaux|communautaires|syndicaux|titulaires))?[ \t]*:[ \t]*(?P<n>\d{{1,3}})\b", regex.I),
        # the CGCT's word for the number of seats, as a label: "Effectif légal du Comité syndical : 23 délégués" (never "30 %
        # de l'effectif légal du Conseil", "le tableau des effectifs")
        regex.compile(r"\beffectif\s+(?:l[ée]gal\s+)?(?:du|de\s+l['’]|de\s+la)\s*(?:conseil|comit[ée]|assembl[ée]e)"
                      r"(?:\s+(?:municipal|communautaire|syndical))?[ \t]*:[ \t]*(?P<n>\d{1,3})\b", regex.I),
        # a count of those present over the members in office: "Membres (36/72)", "Présents : 36 sur 72", "PRESENTS (12/15)",
        # "36 membres présents sur 72 en exercice" (the second number is the members in office)
        regex.compile(_OVER.replace("(?P<a>", "(?:").replace("(?P<b>", "(?P<n>"), regex.I),
        regex.compile(rf"\b\d{{1,3}}[ \t]+(?:{_WHO}[ \t]+)?pr[ée]sent(?:e|\(e\))?s[ \t]+sur[ \t]+(?P<n>\d{{1,3}})\b", regex.I),
        # "… qui procède à l'appel des 33 conseillers municipaux"
        regex.compile(rf"\bappel\s+(?:nominal\s+)?des\s+(?P<n>\d{{1,3}})\s+{_WHO}", regex.I),
        # a scan's box where OCR read the digits as letters, alone after the label's colon: "en exercice : il" (11),
        # "en exercice : lO" (10); never "en exercice : il y a"
        regex.compile(r"en\s+exercice[ \t]*:[ \t]*(?P<n>(?=[\dIil|Oo]*[Iil|Oo])[\dIil|Oo]{2,3})[ \t]*(?m:$)", regex.I),
    ),
    "members_present": (
        # "Membres (36/72)", "Présents : 36 sur 72", "Conseillers présents : 12 / 15" (those present over those in office)
        regex.compile(_OVER.replace("(?P<b>", "(?:").replace("(?P<a>", "(?P<n>"), regex.I),
        # "Membres en exercice 19 Présents 15 Votants 17": a label then its number, no colon
        regex.compile(rf"(?<!\p{{L}})pr[ée]sents(?:[ \t]+|{_SEP})(?P<n>\d{{1,3}})\b(?![ \t]*(?-i:\p{{Ll}}))", regex.I),
        # "79 conseillers en exercice : 67 pr[ée]sents 10 pouvoirs": the number in office printed before its label, the
        # number after the colon is the next label's
        regex.compile(rf"\b\d{{1,3}}[ \t]+{_WHO}[ \t]+en\s+exercice[ \t]*[:;,–-][ \t]*(?P<n>\d{{1,3}})[ \t]+pr[ée]sents", regex.I),
        regex.compile(rf"{_WHO}\s+pr[ée]sent(?:e|\(e\))?s?(?:\(s\))?[ \t]*(?::\s*|[ \t])(?P<n>\d+)\b", regex.I),
        # "Nombre de conseillers qui assistaient à la séance : 34", "Nombre de membres assistant à la séance : 12"
        regex.compile(rf"{_WHO}\s+(?:qui\s+)?assist(?:ent|aient|ant)\s+à\s+la\s+séance[ \t]*:[ \t]*(?P<n>\d{{1,3}})\b", regex.I),
        # the names, then their count and the verb: "Mme A, …, Mr H , soit 8 élus, se sont déplacés"
        regex.compile(rf"\bsoit\s+(?P<n>\d{{1,3}})[ \t]+{_WHO}\s*,?\s*(?:se\s+sont\s+déplacée?s|(?:étaient|sont)\s+présente?s)\b", regex.I),
        # "182 délégués étaient présents", "A l'ouverture de la séance, 15 conseillers sont présents", "17 membres du Conseil
        # étant présents, le conseil peut valablement délibérer" (not a quorum's threshold: "si au moins 12 membres sont présents")
        regex.compile(rf"(?<!(?:quorum|moins|moitié)[^.\n]{{0,40}})\b(?P<n>\d{{1,3}})[ \t]+{_WHO}"
                      r"(?:[ \t]+(?:du|de\s+la|de\s+l['’])[ \t]*(?:conseil|comité|assemblée)(?:[ \t]+(?:municipal|communautaire|syndical))?)?"
                      r"[ \t]+(?:étaient|sont|étant)[ \t]+présent(?:e|\(e\))?s\b", regex.I),
        # "Présents : 15 dont 2 arrivés en cours de séance"
        # ... "Nombre de pr[ée]sents : (48)"
        regex.compile(r"(?<!\p{L})pr[ée]sent(?:e|\(e\))?s?(?:\(s\))?[ \t]*(?::[ \t]*(?P<n>\d{1,3})\b(?![ \t]*(?!dont\b)(?-i:\p{Ll}))|(?::[ \t]*)?\((?P<n>\d{1,3})\))", regex.I),
        # not a quorum's threshold: "Le quorum est fixé à 10 membres pr[ée]sents", "au moins 10 membres pr[ée]sents"
        regex.compile(rf"(?<!(?:{_LABEL_BEFORE})[ \t.…_]*)(?<!(?:quorum|moins|moitié)[^.\n]{{0,40}})\b(?P<n>\d{{1,3}})[ \t]+(?:{_WHO}[ \t]+)?pr[ée]sent(?:e|\(e\))?s?", regex.I),
    ),
    "members_represented": (
        regex.compile(rf"(?:{_WHO}\s+)?représenté(?:e|\(e\))?s?(?:\(s\))?\s*:\s*(?P<n>\d+)\b", regex.I),
        # "Nombre de « pouvoirs » 14 Votants 86", "Nombre de procurations : 2"
        regex.compile(r"nombre\s+de\s+[«\"]?\s*(?:pouvoirs|procurations)\s*[»\"]?[ \t]*:?[ \t]*(?P<n>\d{1,3})\b", regex.I),
        regex.compile(r"(?<!\p{L})(?:pouvoirs|procurations)[ \t]*:[ \t]*(?P<n>\d{1,3})\b(?![ \t]*(?-i:\p{Ll}))", regex.I),
        regex.compile(r"(?<!:[ \t]*)\b(?P<n>\d{1,3})[ \t]+(?:procurations?|pouvoirs?)\b", regex.I),
    ),
    "votes_cast": (
        regex.compile(rf"(?:suffrages\s+exprimés|votants)(?:[ \t]*(?::\s*|[ \t])|{_SEP})(?P<n>\d+)\b", regex.I),
        # "1 procuration 33 votants", not "Nombre de « pouvoirs » 14 Votants 86" (14 is the label's before it)
        regex.compile(rf"(?<!(?:{_LABEL_BEFORE})[ \t.…_]*)(?<!(?<!\d[ \t]*)(?:pouvoirs?|procurations?)[ \t]*[»\"]?[ \t]*)\b(?P<n>\d{{1,3}})[ \t]+votants", regex.I),
        regex.compile(r"pris\s+part\s+(?:au\s+vote|à\s+la\s+délibération)\s*:\s*(?P<n>\d+)\b", regex.I),
    ),
}
# The roll call of the election's minutes (the CERFA form of the mayor's, the adjoints' and the senatorial electors'
# elections), in the first item rather than the preamble: "Le maire a procédé à l'appel nominal des membres du conseil, a
# dénombré 15 conseillers présents et a constaté que la condition de quorum ... était remplie"
ROLL_CALL_PRESENT = regex.compile(rf"\ba\s+dénombré\s+(?P<n>\d{{1,3}})\s+{_WHO}(?:\s+municipaux)?\s+présent(?:e|\(e\))?s\b", regex.I)

_OCR_DIGITS = str.maketrans("Iil|Oo", "111100")


def ocr_int(text: str) -> int:
    """A count as printed, with the letters OCR reads for digits put back: "il" -> 11, "lO" -> 10.

    >>> ocr_int("lO")
    10
    """
    return int(text.translate(_OCR_DIGITS))


# A count printed with a list, in brackets, on its heading or after its last name: "Étaient présents (28) :", "Excusés :
# (2)", "… Mme Sylvie VALENTE-LE HIR (25)", "Pouvoirs [3]" (the attendance extractor's printed counts and the checks'
# premises on the lists read it alike)
BRACKETED_COUNT = r"[(\[]\s*(?P<n>\d{1,3})\s*[)\]]"
# The label of the members in office as a counts box prints it: "en exercice", "Nombre de conseillers en exercice", "Nbre de
# membres titulaires en exercice", "le nombre de délégués communautaires en exercice" (the attendance's lists end on it,
# and blank it where it interrupts a line of proxies)
IN_OFFICE_LABEL = r"(?:(?:le\s+)?(?:nbre|nombre)\s+de\s+)?(?:conseillers|membres|délégués)(?:\s+\p{L}+){0,2}\s+en\s+exercice|en\s+exercice"
# The labels of a counts box's other lines, before their number ("Présents : 17", "Votants…… 15", "Suffrages exprimés :
# 24", "Quorum : 8"): the segmentation's header counts (pipeline.french.session.COUNT_LABEL) and the attendance's counts
# run into a line of names read the same words
BOX_LABELS = (r"pr[ée]sents?|votants|pouvoirs?|procurations?|absents?|excus[ée]s?|repr[ée]sent[ée]s?|suffrages(?:\s+exprim[ée]s)?"
              r"|aff[ée]rents|quorum")


# A counts box printed as a table: a header row of count labels alone ("| En exercice | Présents | Votants |",
# "En exercice   Présents   Votants"), then (past a rule "|---|---|") a row of as many numbers, in the same order. A row
# naming anything else (a vote's "Pour | Contre") is no counts box. The cells are a vote table's too (pipeline.french.votes:
# "Membres en exercice | Présents | Votants | Pour | Contre | Abstentions").
TABLE_CELLS = {
    "members_in_office": rf"(?:(?:nombre\s+de\s+)?{_WHO}\s+)?en\s+(?:exercice|fonctions?)",
    "members_present": rf"(?:{_WHO}\s+)?pr[ée]sent(?:e|\(e\))?s?(?:\(s\))?",
    "members_represented": r"repr[ée]sent[ée]s|pouvoirs|procurations",
    "votes_cast": r"votants|(?:suffrages\s+)?exprim[ée]s",
}
_TABLE_CELL = regex.compile("|".join(f"(?P<{field}>{cell})" for field, cell in TABLE_CELLS.items()), regex.I)
_TABLE_HEADER = regex.compile(rf"(?m)^[ \t|]*(?:{_TABLE_CELL.pattern})(?:[ \t]*[|:]?[ \t]*(?:{_TABLE_CELL.pattern}))+[ \t|:]*$",
                              regex.I)
_TABLE_RULE = regex.compile(r"[ \t|:\-]*\|[ \t|:\-]*-[ \t|:\-]*")
_TABLE_ROW = regex.compile(r"[ \t|]*\d{1,3}(?:[ \t|]+\d{1,3})*[ \t|]*")
_TABLE_NUMBER = regex.compile(r"\d{1,3}")


def table_counts(text: str, start: int = 0) -> dict[str, tuple[int, int, int]]:
    """The counts of the first counts box printed as a table in text[start:] (see _TABLE_HEADER), by field, each as
    (value, start, end) of its number; {} without one.

    >>> table_counts("| En exercice | Présents | Votants |\\n|---|---|---|\\n| 15 | 12 | 14 |")["members_present"]
    (12, 58, 60)
    """
    for m in _TABLE_HEADER.finditer(text, start):
        fields = [cell.lastgroup for cell in _TABLE_CELL.finditer(m.group())]
        pos = m.end() + 1
        lines = text[pos:].split("\n", 2)
        if lines and _TABLE_RULE.fullmatch(lines[0]):
            pos += len(lines[0]) + 1
            lines = lines[1:]
        if not lines or not _TABLE_ROW.fullmatch(lines[0]):
            continue
        numbers = list(_TABLE_NUMBER.finditer(lines[0]))
        if len(numbers) != len(fields) or len(set(fields)) != len(fields):
            continue
        return {f: (int(n.group()), pos + n.start(), pos + n.end()) for f, n in zip(fields, numbers, strict=True)}
    return {}


def declared_count(text: str, field: str, start: int = 0) -> tuple[int, int, int] | None:
    """The first count of `field` declared in text[start:], as (value, start, end): the earliest any pattern reads, or
    a counts box printed as a table reads (table_counts).

    >>> declared_count("Membres en exercice : 15 Présents : 12 Votants : 14", "members_present")
    (12, 25, 38)
    """
    best = None
    for pattern in COUNTS[field]:
        m = pattern.search(text, start)
        if m and (best is None or m.start() < best[1]):
            best = (ocr_int(m["n"]), m.start(), m.end())
    if "\n" in text and (boxed := table_counts(text, start).get(field)) and (best is None or boxed[1] < best[1]):
        best = boxed
    return best


def declared_counts(text: str, field: str) -> list[int]:
    """Every count of `field` the text declares, in its order, each read as declared_count reads the first.

    >>> declared_counts("D1\\nNombre de présents : 18\\nD2\\n20 conseillers sont présents\\nQuestions 1 à 10 :\\n32 présents\\n1 procuration", "members_present")
    [18, 20, 32]
    """
    out, start = [], 0
    while (found := declared_count(text, field, start)) is not None:
        out.append(found[0])
        start = max(found[2], found[1] + 1)
    return out


# (field, lines where a count of it must be read, lines where none must): run by tests/test_french.py
RULES = (
    ("members_in_office",
     ("Nombre de membres en exercice : 40", "en exercice : 11", "Le nombre de membres en exercice est de : 32",
      "En exercice (12 titulaires/ 4 suppléants) : 16", "EN EXERCICE……….. 15", "En exercice\n29", "19 conseillers en exercice",
      "Nombre de conseillers : 19", "qui procède à l'appel des 33 conseillers municipaux", "en exercice : il",
      "| En exercice | Présents | Votants |\n|---|---|---|\n| 15 | 12 | 14 |", "Membres en exercice   Présents   Votants\n19   15   17",
      "Effectif légal du Comité syndical : 23 délégués", "Effectif du conseil municipal : 15",
      "Étaient présents : Membres (36/72) : Martial X", "Présents : 36 sur 72", "36 membres présents sur 72 en exercice",
      "PRESENTS (12/15) :", "Conseillers présents : 12 / 15"),
     ("les conseillers en exercice", "en exercice : il y a lieu", "ne puisse dépasser 30% de l’effectif légal du Conseil, arrondi",
      "Mise à jour du tableau des effectifs : 3 postes", "Effectif valable : 10 + 5 procurations /15")),
    ("members_present",
     ("Nombre de membres présents : 9", "Présents : 19 Votants : 21", "32 présents", "Présents ....... 9",
      "Membres en exercice 19 Présents 15 Votants 17", "79 conseillers en exercice : 67 présents 10 pouvoirs",
      "Nombre de conseillers qui assistaient à la séance : 34", "soit 8 élus, se sont déplacés",
      "A l'ouverture de la séance, 15 conseillers sont présents", "Présents : 15 dont 2 arrivés en cours de séance",
      "Nombre de présents : (48)", "Nombre de présents : 18", "membres présents .... 21",
      "17 membres du Conseil étant présents, le conseil peut valablement délibérer", "182 délégués étaient présents",
      "12 membres du comité syndical étant présents", "| En exercice | Présents | Votants |\n|---|---|---|\n| 15 | 12 | 14 |",
      "En exercice | Présents | Pouvoirs | Votants\n15 | 12 | 2 | 14",
      "Étaient présents : Membres (36/72) : Martial X", "Présents : 36 sur 72", "PRESENTS (12/15) :",
      "Conseillers présents : 12 / 15", "présents: 9/11"),
     ("Le quorum est fixé à 10 membres présents", "au moins 10 membres présents", "Présents : 12 habitants",
      "les membres présents", "si au moins 12 membres sont présents", "le quorum de 10 conseillers étant présents",
      # (a vote's table is no counts box; nor a header row without its row of numbers)
      "| Présents | Pour | Contre | Abstention |\n|---|---|---|---|\n| 15 | 12 | 2 | 1 |",
      "| En exercice | Présents | Votants |\n|---|---|---|\n| 15 | 12 |", "En exercice Présents Votants\nVu le code",
      "Délibération des membres n° 12/2024", "la majorité des 2/3 des membres présents", "membres : 1/2 part")),
    ("members_represented",
     ("Représentés : 2", "Nombre de « pouvoirs » 14 Votants 86", "Nombre de procurations : 2", "1 procuration 33 votants"),
     ("les pouvoirs du maire", "Pouvoirs : M. DUPONT à Mme MARTIN")),
    ("votes_cast",
     ("Nombre de suffrages exprimés : 17", "Votants : 21", "1 procuration 33 votants", "qui ont pris part à la délibération : 10",
      "VOTANTS……. 14"),
     ("Nombre de « pouvoirs » 14 Votants", "les votants")),
)
