"""Numbers written in French words: "quinze", "vingt et un", "quatre-vingt-dix-neuf", "deux mille
vingt-quatre", "mil neuf cent quatre-vingt-dix".

The conversion is text2num's (pinned in pyproject.toml): it knows the grammar of French numbers
(tens and units, "et un", "quatre-vingts", "mil", the 1990 reform's hyphens) and refuses a run of
words that is no number ("deux trois"), where the hand-written table it replaced added them up.
"""

from __future__ import annotations

import regex
from text_to_num import text2num

from pipeline.text import fold

# One word of a French number (cardinal): "zéro", "une", "dix", "vingts", "cent", "mille", "mil"
NUMBER_WORD = (
    r"(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    r"|vingts?|trente|quarante|cinquante|soixante|cents?|mille|mil)"
)
# A number in words, as a pattern to find one in text: "quinze", "vingt et un", "trente-et-une",
# "quatre-vingt-dix-neuf", "deux mille vingt-quatre" (whole words: "sixième" and "Centre" are none)
NUMBER_WORDS = rf"(?<![\p{{L}}-]){NUMBER_WORD}(?:(?:[\s-]+et)?[\s-]+{NUMBER_WORD})*(?![\p{{L}}])"
# A count of members in words, below a hundred: "DEUX", "quinze", "vingt et un", "quatre-vingt-dix-neuf"
# (not "cent", so that "pour cent" is no count of votes for)
_UNIT = r"(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?)"
COUNT_WORDS = (
    r"(?<![\p{L}-])(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    rf"|vingts?|trente|quarante|cinquante|soixante)(?:(?:[\s-]+et)?[\s-]+{_UNIT})*(?![\p{{L}}])"
)
_FIRST = regex.compile(r"^(?:premi[eè]re?|1\s*(?:er|re|ère))$")
_ZERO = regex.compile(r"\bzero\b")


def words_to_number(text: str) -> int | None:
    """A number written in French words, or None when the words are no French number.

    >>> words_to_number("deux mille vingt-quatre")
    2024
    >>> words_to_number("quatre-vingt-dix-neuf")
    99
    >>> words_to_number("ONZE")
    11
    >>> words_to_number("deux trois") is None
    True
    """
    words = " ".join(fold(text).split())
    if not words:
        return None
    if _FIRST.match(words):  # "le premier mars", "1er"
        return 1
    try:
        return text2num(_ZERO.sub("zéro", words), "fr")
    except ValueError:
        return None


def parse_count(text: str | None) -> int | None:
    """A count as minutes print it: digits, words, or "néant" / "aucun(e)" for none.

    >>> parse_count("DEUX"), parse_count("12"), parse_count("néant")
    (2, 12, 0)
    """
    if text is None:
        return None
    text = text.strip()
    if text.isdigit():
        return int(text)
    if fold(text) in ("neant", "aucun", "aucune", "nul", "nulle"):
        return 0
    return words_to_number(text)
