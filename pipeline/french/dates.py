"""Dates and times as French minutes print them: "30 septembre 2024", "30/09/2024", "L'an deux
mille vingt et un, le vendredi vingt-six mars", "09h30", "dix-huit heures trente".

Every parser returns None (never raises) on text it does not recognise.
"""

from __future__ import annotations

import datetime as dt

import regex

from pipeline.french.numbers import NUMBER_WORDS, words_to_number
from pipeline.text import fold

# Month names as printed, with and without accents (looked up folded)
MONTHS = {
    "janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "décembre": 12,
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# The years minutes speak of (a four-digit number outside them is an amount, a count or an account)
_YEAR = r"(?:19|20)\d{2}"
# A day in words: "premier", "vingt-six", "trente et un"
_DAY_WORDS = rf"(?:premier|{NUMBER_WORDS})"

# "30 septembre 2024", "lundi 30 septembre 2024", "1er octobre 2024", "13:novembre 2023" (OCR reads a
# space as a colon or a dot); "1 ER OCTOBRE 2013", "1 er juillet 1901" (a superscript "er" set apart by the
# text extraction)
DATE_DIGITS = regex.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})(?:\s?(?:er|re)\b|e)?[\s:.]+(?P<month>{_MONTH_ALT})\.?\s+(?P<year>{_YEAR})(?!\d)", regex.I)
# "30/09/2024", "30.09.2024", "30-09-2024"
DATE_NUMERIC = regex.compile(rf"(?<!\d)(?P<day>\d{{1,2}})[/.-](?P<month>\d{{1,2}})[/.-](?P<year>{_YEAR})(?!\d)")
# "L'an deux mille vingt et un, le vendredi vingt-six mars"; "L'an deux mille vingt deux et le deux mars", "L an deux
# mil treize et le premier octobre" (an apostrophe lost by the transcription); "le huit juin" (a year from elsewhere);
# "L'an deux mille trois et le quatre du mois d'avril" (the register's printed form: "le ... du mois de ...")
DATE_WORDS = regex.compile(
    rf"(?:\bl(?:['’]\s*|\s+)an\s+(?P<year>{NUMBER_WORDS})\s*,?\s*(?:et\s+)?)?\ble\s+(?:(?:{'|'.join(WEEKDAYS)})\s+)?(?P<day>{_DAY_WORDS}|\d{{1,2}}(?:\s?er\b)?)"
    rf"\s+(?:du\s+mois\s+d(?:e\s+|['’]\s*))?(?P<month>{_MONTH_ALT})(?:\s+(?P<year2>{NUMBER_WORDS}|{_YEAR}(?!\d)))?",
    regex.I,
)
# "L'an deux mille vingt-deux" alone, to give a year to "le 13 décembre"
YEAR_WORDS = regex.compile(rf"l['’]\s*an\s+(?P<year>{NUMBER_WORDS})", regex.I)


def _safe_date(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    try:
        return dt.date(year, month, day) if year and month and day else None
    except ValueError:
        return None


def _number(text: str | None) -> int | None:
    if not text:
        return None
    text = text.strip()
    if text.isdigit():
        return int(text)
    return words_to_number(text)


def month_number(name: str) -> int | None:
    """1 for "janvier", 12 for "DÉCEMBRE"."""
    return MONTHS.get(fold(name))


def find_dates(text: str, default_year: int | None = None) -> list[tuple[dt.date, int, int]]:
    """Every date in the text, as (date, start, end), in order of appearance; a date in words
    without its year takes `default_year` (none without it).

    >>> find_dates("réunis le 30 septembre 2024 à 09h30")[0][0]
    datetime.date(2024, 9, 30)
    >>> find_dates("le 13:novembre 2023")[0][0]
    datetime.date(2023, 11, 13)
    """
    found: dict[int, tuple[dt.date, int, int]] = {}
    for m in DATE_DIGITS.finditer(text):
        d = _safe_date(int(m["year"]), month_number(m["month"]), int(m["day"]))
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
        d = _safe_date(year, month_number(m["month"]), _number(m["day"]))
        if d and 1900 < d.year < 2200:
            found[m.start()] = (d, m.start(), m.end())
    return [found[k] for k in sorted(found)]


_WEEKDAY_WORD = regex.compile(rf"(?<!\p{{L}})(?P<day>{'|'.join(WEEKDAYS)})(?!\p{{L}})", regex.I)


def weekday_in(text: str) -> tuple[int, int] | None:
    """The day of the week a date's words name (Monday 0) and the offset of its word, or None: the meeting extractor's
    year slip and the checks' weekday that is not the date's own read it alike.

    >>> weekday_in("L'an deux mil vingt, le mardi quatre février")
    (1, 24)
    """
    m = _WEEKDAY_WORD.search(text)
    return (WEEKDAYS.index(m["day"].lower()), m.start()) if m else None


def printed_weekday(text: str) -> int | None:
    """The day of the week a date's words name (Monday 0), or None: "le mercredi 14 janvier" -> 2.

    >>> printed_weekday("L'an deux mille quatorze, Le mercredi 14 janvier")
    2
    >>> printed_weekday("le 14 janvier") is None
    True
    """
    found = weekday_in(text)
    return found[0] if found else None


def parse_date(text: str, default_year: int | None = None) -> dt.date | None:
    """The first date in the text, or None.

    >>> parse_date("L'an deux mille vingt et un, le vendredi vingt-six mars")
    datetime.date(2021, 3, 26)
    """
    dates = find_dates(text, default_year)
    return dates[0][0] if dates else None


def iso_date(value) -> dt.date | None:
    """A DATE column's value as a date (DuckDB gives dates; text is parsed as ISO)."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def french_date(d: dt.date) -> str:
    """The date as a sentence prints it: "30 septembre 2024"."""
    return f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}"


# "09h30", "à 20 h 30", "19h", "18 H 00", "10:41", "20 heures 15" (not "Questions 1 à 10 :\n32 présents"), "A 20.15 HEURES"
# (never the minutes of that one read as an hour: "15 HEURES")
TIME = regex.compile(r"\b(?<!\d[.,])(?P<h>[01]?\d|2[0-3])(?:[ \t]*(?:h|H|heures?|HEURES?)[ \t]*(?P<m>[0-5]\d)?|:(?P<m>[0-5]\d)"
                     r"|\.(?P<m>[0-5]\d)[ \t]*(?=(?:h|H|heures?|HEURES?)\b))\b(?!\s*(?:€|%))")


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


_MINUTES_WORDS = {"et quart": 15, "et demie": 30, "et demi": 30, "moins le quart": -15}
# A time in words: "à dix-huit heures trente", "vingt heures et quart", "dix-neuf heures", "vingt heures et trente minutes",
# and an hour in digits with its minutes in words: "20 heures trente"
TIME_WORDS = regex.compile(
    rf"(?P<h>{NUMBER_WORDS}|\b\d{{1,2}})\s+heures?(?:\s+(?P<q>et\s+quart|et\s+demie?|moins\s+le\s+quart)"
    rf"|(?:\s+et)?\s+(?P<m>{NUMBER_WORDS})(?P<unit>\s+minutes?)?)?\b",
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
        if m["h"].isdigit() and not (m["m"] or m["q"]):
            continue  # "20 heures": TIME read it
        hours = int(m["h"]) if m["h"].isdigit() else words_to_number(m["h"])
        minutes = _MINUTES_WORDS.get(" ".join(fold(m["q"]).split()), 0) if m["q"] else (words_to_number(m["m"]) if m["m"] else 0)
        if m["m"] and minutes == 1 and not m["unit"]:
            minutes = 0  # "à vingt heures un conseiller ...": an article, not a minute
        if hours is None or minutes is None or not 0 <= hours <= 23 or not -15 <= minutes <= 59:
            continue
        if minutes < 0:
            hours, minutes = hours - 1, 60 + minutes
        found[m.start()] = (f"{hours:02d}:{minutes:02d}", m.start(), m.end())
    return [found[k] for k in sorted(found)]
