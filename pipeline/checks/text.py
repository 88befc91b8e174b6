"""French text helpers for the checks: folding, person names, dates as minutes print them.

Checks never import the extractors, so the few parsing rules they need live here.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import regex

from pipeline.text import fold as base_fold

CIVILITIES = {"M", "MR", "MME", "MLLE", "MMES", "MM", "MONSIEUR", "MADAME", "MADEMOISELLE", "MESSIEURS",
              "MESDAMES", "DR"}
ROLE_WORDS = {"LE", "LA", "MAIRE", "PRESIDENT", "PRESIDENTE", "ADJOINT", "ADJOINTE", "VICE", "CONSEILLER",
              "CONSEILLERE", "DELEGUE", "DELEGUEE"}
MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}


def fold(text: str | None) -> str:
    """Lower case without accents, spaces collapsed: "Délibération  du" -> "deliberation du"."""
    return " ".join(base_fold(str(text or "")).split())


@functools.lru_cache(maxsize=16384)  # every check compares every name of a session with every other
def name_tokens(name: str | None) -> tuple[str, ...]:
    """Words of a person's name, folded, without a leading civility: "Mme Danielle RAMERINI"."""
    words = [w for w in re.split(r"[^A-Z0-9]+", fold(name).upper()) if w]
    while words and words[0] in CIVILITIES:
        words.pop(0)
    return tuple(words)


def is_role(name: str | None) -> bool:
    """True for a function rather than a name: "M. le Maire", "Madame la Présidente"."""
    words = name_tokens(name)
    return bool(words) and all(w in ROLE_WORDS for w in words)


def same_person(a: str | None, b: str | None) -> bool:
    """Two spellings of one person: same words, a surname alone, or initials for given names.

    "CAUQUIL R." = "René CAUQUIL"; "BERNARD" = "Jérôme BERNARD"; "Jean MARTIN" != "Paul MARTIN".
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if set(ta) == set(tb):
        return True
    for one, other in ((ta, tb), (tb, ta)):
        if len(one) == 1 and len(one[0]) > 1 and one[0] in other:
            return True
    longs_a = {t for t in ta if len(t) > 1}
    longs_b = {t for t in tb if len(t) > 1}
    if not longs_a & longs_b:
        return False
    small, big = (ta, tb) if len(longs_a) <= len(longs_b) else (tb, ta)
    for t in small:
        if len(t) == 1:
            if not any(w.startswith(t) for w in big):
                return False
        elif t not in big:
            return False
    return True


_MONTH = r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)"
# "30 septembre 2024", "1er octobre 2023", "lundi 6 juillet 2020", "13:novembre 2023" (OCR)
# (the `regex` module: it scans a whole document's text about four times faster than `re` here)
DATE_WORDS = regex.compile(rf"(?<!\d)(?P<day>\d{{1,2}})(?:er)?[\s:.]+(?P<month>{_MONTH})\.?\s+(?P<year>(?:19|20)\d{{2}})(?!\d)", regex.I)
# "30/09/2024", "30.09.2024", "30-09-2024"
DATE_NUMERIC = regex.compile(r"(?<!\d)(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>(?:19|20)\d{2})(?!\d)")


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> tuple[tuple[dt.date, int, int], ...]:
    """Every full date (day, month, year) in the text, with its span, in order."""
    found = []
    for m in DATE_WORDS.finditer(text):
        d = _date(int(m["year"]), MONTHS[fold(m["month"])], int(m["day"]))
        if d:
            found.append((d, m.start(), m.end()))
    for m in DATE_NUMERIC.finditer(text):
        d = _date(int(m["year"]), int(m["month"]), int(m["day"]))
        if d:
            found.append((d, m.start(), m.end()))
    return tuple(sorted(found, key=lambda x: x[1]))


def iso_date(value) -> dt.date | None:
    """A DATE column's value as a date (DuckDB gives dates; text is parsed as ISO)."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def french_date(d: dt.date) -> str:
    """30 septembre 2024."""
    names = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
    return f"{d.day} {names[d.month - 1]} {d.year}"
