"""Text normalisation shared by every stage: one definition of "folded" text."""

from __future__ import annotations

import functools
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
