"""Elisions as transcriptions print them: the apostrophe a web page's or an OCR's text lost ("l adhésion",
"d investissement", "qu il"), put back so that the extractors' patterns, written for "l'adhésion", read them."""

from __future__ import annotations

import regex

# An elided word whose apostrophe a transcription lost ("l adhésion", "d investissement", "à l Agence", "qu il"): a lone
# small l, d, n, s, j, c or qu before a word opening with a vowel or an h
_LOST_APOSTROPHE = regex.compile(r"(?<![\p{L}\d'’.])(l|d|n|s|j|c|qu|jusqu|lorsqu|puisqu)[ \u00a0](?=[aeiouyhéèêëàâîïôûœAEIOUYHÉÈÊÀÂÎÔÛŒ])")


def restore_elisions(text: str) -> str:
    """The apostrophes a transcription lost, put back in place of the blank (the same length, spans keep their place).

    >>> restore_elisions("décide d adhérer à l Agence technique et l article 6232")
    "décide d'adhérer à l'Agence technique et l'article 6232"
    >>> restore_elisions("l'article 6232 et la commune")
    "l'article 6232 et la commune"
    """
    return _LOST_APOSTROPHE.sub(r"\1'", text)


# An elision printed with another mark than the apostrophe (a word processor's opening quote, a keyboard's backtick or
# accent, the modifier letter): "s‘est réuni", "à l`Espace culturel", "d´investissement", "lʼécole", "qu‘il" (never a
# quote opening a name after a blank: "la salle ‘Jean Moulin’", nor the mark between two words' letters: "rock`n")
_ODD_APOSTROPHE = regex.compile(r"(?<=(?<![\p{L}])(?:[lLdDnNsSjJcCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu))[‘`´ʼ](?=\p{L})")


def straighten_elisions(text: str) -> str:
    """An elision's odd mark replaced by the apostrophe (one character for one: spans keep their place).

    >>> straighten_elisions("le conseil s‘est réuni à l`Espace culturel")
    'le conseil s’est réuni à l’Espace culturel'
    >>> straighten_elisions("d´investissement, lʼécole, qu‘il, L`ASSEMBLÉE")
    'd’investissement, l’école, qu’il, L’ASSEMBLÉE'
    >>> straighten_elisions("la salle ‘Jean Moulin’ et rock`n roll")
    'la salle ‘Jean Moulin’ et rock`n roll'
    """
    return _ODD_APOSTROPHE.sub("’", text)
