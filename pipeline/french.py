"""The French grammar layer, shared by extractors, checks and persons: numbers in words, dates
(digits or words), times, amounts, civilities and person names.

Every parser returns None (never raises) on text it does not recognise.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

import regex

from pipeline.text import fold  # re-exported: the extractors fold text as every stage does

MONTHS = {
    "janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "décembre": 12,
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

_UNITS = {
    "zero": 0, "un": 1, "une": 1, "premier": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}


def words_to_number(text: str) -> int | None:
    """A number written in French words, up to the thousands.

    >>> words_to_number("deux mille vingt-quatre")
    2024
    >>> words_to_number("quatre-vingt-dix-neuf")
    99
    """
    words = [w for w in regex.split(r"[\s-]+", fold(text).replace("1er", "premier")) if w and w != "et"]
    if not words:
        return None
    total, current = 0, 0
    for word in words:
        if word in _UNITS:
            value = _UNITS[word]
            if value == 20 and current % 100 == 4:  # quatre-vingt(s)
                current = current - 4 + 80
            else:
                current += value
        elif word in ("cent", "cents"):
            current = (current or 1) * 100
        elif word in ("mille", "mil"):
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    return total + current


_NUMBER_WORD = r"(?:premier|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cent|cents|mille|mil|et)"
_WORDS_RUN = rf"{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD})*"

# "30 septembre 2024", "lundi 30 septembre 2024", "1er octobre 2024", "30 sept. 2024"
DATE_DIGITS = regex.compile(rf"\b(?P<day>\d{{1,2}})(?:er|e)?\s+(?P<month>{_MONTH_ALT})\.?\s+(?P<year>\d{{4}})\b", regex.I)
# "30/09/2024", "30.09.2024", "30-09-2024"
DATE_NUMERIC = regex.compile(r"\b(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})\b")
# "L'an deux mille vingt et un, le vendredi vingt-six mars"; "le huit juin"
DATE_WORDS = regex.compile(
    rf"(?:l['’]\s*an\s+(?P<year>{_WORDS_RUN})\s*,?\s*)?le\s+(?:(?:{'|'.join(WEEKDAYS)})\s+)?(?P<day>{_WORDS_RUN}|\d{{1,2}}(?:er)?)\s+(?P<month>{_MONTH_ALT})(?:\s+(?P<year2>{_WORDS_RUN}|\d{{4}}))?",
    regex.I,
)
# "L'an deux mille vingt-deux" alone, to give a year to "le 13 décembre"
YEAR_WORDS = regex.compile(rf"l['’]\s*an\s+(?P<year>{_WORDS_RUN})", regex.I)


def _safe_date(year: int | None, month: int | None, day: int | None) -> date | None:
    try:
        return date(year, month, day) if year and month and day else None
    except ValueError:
        return None


def _number(text: str | None) -> int | None:
    if not text:
        return None
    text = text.strip()
    if text.isdigit():
        return int(text)
    return words_to_number(text.replace("er", "") if text.endswith("1er") else text)


def find_dates(text: str, default_year: int | None = None) -> list[tuple[date, int, int]]:
    """Every date in the text, as (date, start, end), in order of appearance.

    >>> find_dates("réunis le 30 septembre 2024 à 09h30")[0][0]
    datetime.date(2024, 9, 30)
    """
    found: dict[int, tuple[date, int, int]] = {}
    for m in DATE_DIGITS.finditer(text):
        d = _safe_date(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"]))
        if d:
            found[m.start()] = (d, m.start(), m.end())
    for m in DATE_NUMERIC.finditer(text):
        d = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        if d:
            found[m.start()] = (d, m.start(), m.end())
    for m in DATE_WORDS.finditer(text):
        if any(start <= m.start() < end or m.start() <= start < m.end() for _, start, end in found.values()):
            continue
        year = _number(m["year"]) or _number(m["year2"]) or default_year
        d = _safe_date(year, MONTHS[m["month"].lower()], _number(m["day"]))
        if d and 1900 < d.year < 2200:
            found[m.start()] = (d, m.start(), m.end())
    return [found[k] for k in sorted(found)]


def parse_date(text: str, default_year: int | None = None) -> date | None:
    """The first date in the text, or None.

    >>> parse_date("L'an deux mille vingt et un, le vendredi vingt-six mars")
    datetime.date(2021, 3, 26)
    """
    dates = find_dates(text, default_year)
    return dates[0][0] if dates else None


# "09h30", "à 20 h 30", "19h", "18 H 00", "10:41", "20 heures 15" (not "Questions 1 à 10 :\n32 présents")
TIME = regex.compile(r"\b(?P<h>[01]?\d|2[0-3])(?:[ \t]*(?:h|H|heures?)[ \t]*(?P<m>[0-5]\d)?|:(?P<m>[0-5]\d))\b(?!\s*(?:€|%))")


def parse_time(text: str) -> str | None:
    """The first time of day in the text, as HH:MM.

    >>> parse_time("La séance est levée à 10h41.")
    '10:41'
    >>> parse_time("à 20 h 30")
    '20:30'
    """
    m = TIME.search(text)
    if not m:
        return None
    return f"{int(m['h']):02d}:{m['m'] or '00'}"


# "-145 600,00", "145.600,00 €", "1'697€", "+900 €", "(1 200,00)", "1507.50", "- 2 000 €"
AMOUNT = regex.compile(
    r"(?P<sign>[-+−–]\s?)?(?P<paren>\()?(?P<int>\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})+|\d+)(?:[,.](?P<dec>\d{1,2}))?(?(paren)\))\s?(?:€|euros?|EUR)?"
)


# Thousands separators: "1 200", "1.200", "1'200", "1 200" (no-break spaces)
_THOUSANDS = regex.compile(r"[ \u00a0\u202f.'’]")


def parse_amount(text: str) -> Decimal | None:
    """A French amount as a signed Decimal, or None.

    >>> parse_amount("-145 600,00")
    Decimal('-145600.00')
    >>> parse_amount("(1 200,00)")
    Decimal('-1200.00')
    >>> parse_amount("1'697€")
    Decimal('1697')
    """
    text = text.strip()
    m = AMOUNT.fullmatch(text) or AMOUNT.fullmatch(text.rstrip(" €"))
    if not m:
        return None
    digits = _THOUSANDS.sub("", m["int"])
    try:
        value = Decimal(digits + ("." + m["dec"] if m["dec"] else ""))
    except InvalidOperation:
        return None
    if m["dec"] and len(m["dec"]) == 1:
        value = value.quantize(Decimal("0.1"))
    negative = (m["sign"] and m["sign"].strip() in "-−–") or bool(m["paren"])
    return -value if negative else value


CIVILITIES = {
    "m": "M.", "m.": "M.", "mr": "M.", "mr.": "M.", "monsieur": "M.", "mme": "Mme", "mme.": "Mme", "madame": "Mme",
    "mlle": "Mlle", "mademoiselle": "Mlle", "mmes": "Mmes", "mesdames": "Mmes", "mm": "MM.", "mm.": "MM.",
    "messieurs": "MM.", "dr": "Dr", "docteur": "Dr",
}
# A civility before a name: "M. ", "Mme ", "Monsieur ", "Madame "
CIVILITY = regex.compile(r"^(?P<civ>Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Mmes|Mme|Mlle|MM\.?|Mr\.?|M\.|Dr\.?)\s+", regex.I)


def split_civility(name: str) -> tuple[str | None, str]:
    """("M.", "Jérôme BERNARD") from "M. Jérôme BERNARD"."""
    name = " ".join(name.split())
    m = CIVILITY.match(name)
    if not m:
        return None, name
    return CIVILITIES.get(m["civ"].lower().rstrip(".") if m["civ"].lower() != "m." else "m.", m["civ"]), name[m.end():]


def _is_surname_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def normalise_person(name: str) -> str:
    """Given names then SURNAME, civility apart.

    >>> normalise_person("BERNARD Jérôme")
    'Jérôme BERNARD'
    >>> normalise_person("M. Jérôme BERNARD")
    'Jérôme BERNARD'
    """
    _, rest = split_civility(name)
    words = rest.split()
    if len(words) < 2:
        return rest
    surname = [w for w in words if _is_surname_word(w)]
    given = [w for w in words if not _is_surname_word(w)]
    if surname and given:
        return " ".join(given + surname)
    return rest


_MINUTES_WORDS = {"et quart": 15, "et demie": 30, "et demi": 30, "moins le quart": -15}
# A time in words: "à dix-huit heures trente", "vingt heures et quart", "dix-neuf heures"
TIME_WORDS = regex.compile(
    rf"\b(?P<h>{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD}){{0,2}})\s+heures?(?:\s+(?P<q>et\s+quart|et\s+demie?|moins\s+le\s+quart)|\s+(?P<m>{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD}){{0,2}}))?\b",
    regex.I,
)


def find_times(text: str) -> list[tuple[str, int, int]]:
    """Every time of day in the text, in digits or words, as (HH:MM, start, end) in order.

    >>> find_times("le dix sept novembre à dix-huit heures trente")[0][0]
    '18:30'
    >>> find_times("La séance est levée à 20 h 15")[0][0]
    '20:15'
    """
    found: dict[int, tuple[str, int, int]] = {}
    for m in TIME.finditer(text):
        found[m.start()] = (f"{int(m['h']):02d}:{m['m'] or '00'}", m.start(), m.end())
    for m in TIME_WORDS.finditer(text):
        hours = words_to_number(m["h"])
        minutes = _MINUTES_WORDS.get(" ".join(fold(m["q"]).split()), 0) if m["q"] else (words_to_number(m["m"]) if m["m"] else 0)
        if hours is None or minutes is None or not 0 <= hours <= 23 or not -15 <= minutes <= 59:
            continue
        if minutes < 0:
            hours, minutes = hours - 1, 60 + minutes
        found[m.start()] = (f"{hours:02d}:{minutes:02d}", m.start(), m.end())
    return [found[k] for k in sorted(found)]


# Words that name a function, not a person: "Maire", "Directeur Général des Services", "chef de cabinet"
ROLE_WORDS = frozenset({
    "maire", "adjoint", "adjointe", "adjoints", "president", "presidente", "vice-president", "vice-presidente",
    "directeur", "directrice", "chef", "cheffe", "conseiller", "conseillere", "conseillers", "secretaire",
    "responsable", "dgs", "dga", "dst", "tresorier", "tresoriere", "receveur", "delegue", "deleguee", "charge",
    "chargee", "agent", "attache", "attachee", "technicien", "technicienne", "redacteur", "redactrice",
    "comptable", "assistant", "assistante", "premier", "premiere", "deuxieme", "troisieme", "quatrieme",
    "cinquieme", "1er", "1ere", "2eme", "3eme", "4eme", "5eme", "elu", "elue", "membre", "representant",
    "gestionnaire", "coordinateur", "coordinatrice", "juriste", "ingenieur", "collaborateur", "collaboratrice",
})
NAME_PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "le", "la", "van", "von", "da", "di", "del", "dos"})


def is_role_word(word: str) -> bool:
    """True for a word that names a function: "Maire", "Directrice", "DGS"."""
    return fold(word.strip(",;:()")).rstrip(".") in ROLE_WORDS


def read_name(text: str) -> tuple[str | None, str, int] | None:
    """The civility and person's name that open `text`, and where the name ends; None if none.

    Stops at a comma, a role word or a lower-case word. Without a civility, a SURNAME in capitals
    is required, so that "Conseil Municipal" is not read as a person.

    >>> read_name("Madame Florence DEMOUY, maire.")
    ('Mme', 'Florence DEMOUY', 22)
    >>> read_name("M. Jérôme BERNARD en date du 24 septembre 2024")
    ('M.', 'Jérôme BERNARD', 17)
    """
    m = CIVILITY.match(text.lstrip())
    lead = len(text) - len(text.lstrip())
    civility = split_civility(text.lstrip())[0] if m else None
    pos = lead + (m.end() if m else 0)
    words = list(regex.finditer(r"[^\s,;:()]+", text[pos:]))
    taken: list[regex.Match] = []
    for i, w in enumerate(words):
        word = w.group()
        gap = text[pos + (taken[-1].end() if taken else 0): pos + w.start()] if taken else ""
        if taken and (any(c in gap for c in ",;:()") or gap.count("\n") > 1):
            break
        if "\n" in gap and any(_is_surname_word(t.group()) for t in taken) and any(not _is_surname_word(t.group()) for t in taken):
            break  # "Pascal TRIBES\nORDRE DU JOUR": a full name does not run on to the next line
        if is_role_word(word):
            break
        nxt = words[i + 1].group() if i + 1 < len(words) else ""
        if word[:1].isupper() or regex.fullmatch(r"(?:\p{Lu}\.-?)+", word) or (word.lower() in NAME_PARTICLES and nxt[:1].isupper() and not is_role_word(nxt)):
            taken.append(w)
            continue
        break
    while taken and taken[-1].group().lower() in NAME_PARTICLES:
        taken.pop()
    if not taken:
        return None
    end = pos + taken[-1].end()
    name = " ".join(text[pos + taken[0].start(): end].split())
    if name.endswith(".") and not regex.search(r"(?:^|[\s.-])\p{Lu}\.$", name):
        name, end = name[:-1], end - 1
    letters = [w for w in name.split() if len(regex.sub(r"[^\p{L}]", "", w)) >= 2 and w.lower() not in NAME_PARTICLES]
    if not letters:
        return None
    if civility is None and not any(_is_surname_word(w) for w in name.split()):
        return None
    return civility, name, end
