"""Text normalisation shared by every stage: one definition of "folded" text."""

from __future__ import annotations

import functools
import re
import unicodedata


class _Folding(dict):
    """A `str.translate` table from a character to its folded form, filled lazily (each character
    is decomposed once per process): "é" -> "e", "ﬁ" -> "fi", "«" -> "«"."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        value = "".join(c for c in decomposed if not unicodedata.combining(c))
        self[code] = value
        return value


_FOLDING = _Folding()


def fold(text: str) -> str:
    """Lower case without accents: "Décision" -> "decision".

    The same as decomposing the whole text (NFKD), dropping every combining mark, then lowering:
    decomposition works character by character, and the canonical reordering that follows only
    moves combining marks, which are dropped. Folding runs on every line in every stage (the
    checks alone fold a document tens of thousands of times), hence the table and the fast path
    for ASCII, which decomposes to itself."""
    if text.isascii():
        return text.lower()
    if len(text) >= LONG_TEXT:
        return _fold_long(text)
    return text.translate(_FOLDING).lower()


LONG_TEXT = 2000  # characters: a text this long (a whole document, a section) is folded once per process, then remembered


@functools.lru_cache(maxsize=32)
def _fold_long(text: str) -> str:
    """A long text folded: the checks fold the same document for each of their rules."""
    return text.translate(_FOLDING).lower()


# ---------------------------------------------------------------------------------------------
# A pattern's key words looked for before the pattern itself (issue #17: whole-text scans)
# ---------------------------------------------------------------------------------------------
#
# A case-insensitive pattern tried at every character of a section or a document costs about 40 ns a character,
# whatever it looks for; `str.lower()` and `str.find` cost about one. Where every match of a pattern holds one of a
# few words, those words are looked for first: `may_hold` says whether the pattern can match at all, `keyed_finditer`
# tries it only where its match would start with one of them. Each use names its words beside its pattern, and
# tests/test_keyed.py compares the two ways on the grammar's examples and on every document of the open corpora.

# Letters that `re`'s and `regex`'s case folding match with a letter whose lower() is not that letter ("İ" for i, "ſ"
# for s; "ı" and the Kelvin sign kept for safety): where the text holds one, the pattern itself decides
ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


@functools.lru_cache(maxsize=8)
def lowered(text: str) -> str:
    """`text.lower()`, kept for the few texts (a document, its sections) whose key words several patterns look for."""
    return text.lower()


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when none of `words` (in lower case) stands in `text`, case aside, as a case-insensitive pattern
    would read it: a pattern whose every match holds one of them cannot match then."""
    if ODD_CASE.search(text):
        return True
    hay = lowered(text)
    return any(word in hay for word in words)


def keyed_finditer(pattern, text: str, words: tuple[str, ...], lead=None):
    """`pattern.finditer(text)` for a pattern whose every match starts with one of `words` (in lower case, case
    aside), or, with `lead` (a reverse `(?r)` pattern), starts within the run of `lead` characters that ends where one
    of them stands: the pattern is tried only there, the same matches in the same order."""
    if ODD_CASE.search(text):
        yield from pattern.finditer(text)
        return
    hay = lowered(text)
    places = set()
    for word in words:
        p = hay.find(word)
        while p >= 0:
            places.add(p)
            p = hay.find(word, p + 1)
    end = 0  # where the last match ended: the next one starts there or after (finditer's matches do not overlap)
    tried = 0  # every place before it was tried
    for q in sorted(places):
        lo = q if lead is None else lead.match(text, 0, q).start()
        for p in range(max(lo, end, tried), q + 1):
            if p < end:
                continue  # (inside the match just found)
            m = pattern.match(text, p)
            if m is not None:
                yield m
                end = max(m.end(), p + 1)
        tried = max(tried, q + 1)
