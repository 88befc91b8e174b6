"""Vote patterns searched near their key word (pipeline/french/votes.py, `anchored_finditer`): the
same matches as `finditer`, in the same order, on the grammar's examples, on texts built from them,
on texts whose case folding lower() cannot follow, and on every text document of the shared corpus."""

from __future__ import annotations

import itertools

import pytest

from pipeline.french.votes import ANCHORS, GRAMMAR, anchored_finditer, key_places

from .conftest import SHARED, needs_shared

NAMES = {pattern: rule.name for rule in GRAMMAR for pattern in (rule.pattern,) if pattern in ANCHORS}
EXAMPLES = [line for rule in GRAMMAR for line in (*rule.matches, *rule.rejects)]
# the examples run together, as a section prints them: on one line, line after line, after bullets and prose
TEXTS = (
    EXAMPLES
    + ["\n".join(EXAMPLES), " ".join(EXAMPLES), "\n- ".join(EXAMPLES), "; ".join(reversed(EXAMPLES))]
    + [f"{a}\n{b}" for a, b in itertools.pairwise(EXAMPLES)]
    + [
        "Le conseil, après en avoir délibéré, par quinze voix pour, deux contre et une abstention, approuve.",
        "Votants | Pour | Contre | Abstention\n| 18 | 15 | 2 | 1 |",
        "  \n|  Présents | Votants | Pour | Contre\n 12 12 10 2",
        "adoptée à la majorité absolue des suffrages exprimés, ADOPTÉ à la majorité qualifiée",
        "POUR\n15\nCONTRE\n2\nABSTENTIONS\n1",
        "quatre-vingt-dix-neuf voix pour et vingt et une voix contre",
        "Ne prend pas part au vote : 1 ; NE  PRENNENT PAS PART AU VOTE : 2 ; non-participation : 1 ; refus de vote : 3",
        "une prend part ; il ne  prend pas part au vote",
        # letters lower() and case folding read differently: the key's own pattern is used
        "İl y a 12 voix pour", "15 voix Pour, 2 ContRe, 1 abſtention", "\u212a 3 pour 2 contre",
    ]
)


def _spans(matches):
    return [(m.start(), m.end(), m.group()) for m in matches]


def test_every_anchored_pattern_is_in_the_grammar():
    assert set(NAMES) == set(ANCHORS)


@pytest.mark.parametrize("pattern", list(ANCHORS), ids=[NAMES[p] for p in ANCHORS])
def test_anchored_search_finds_what_finditer_finds(pattern):
    for text in TEXTS:
        assert _spans(anchored_finditer(pattern, text)) == _spans(pattern.finditer(text)), text


@pytest.mark.parametrize("pattern", list(ANCHORS), ids=[NAMES[p] for p in ANCHORS])
def test_the_key_words_hold_every_place_of_the_key_pattern(pattern):
    key = ANCHORS[pattern].key
    for text in TEXTS:
        assert set(key_places(ANCHORS[pattern], text)) >= {m.start() for m in key.pattern.finditer(text)}


@pytest.mark.parametrize("pattern", list(ANCHORS), ids=[NAMES[p] for p in ANCHORS])
def test_stop_keeps_the_matches_that_start_before_it(pattern):
    text = "\n".join(EXAMPLES)
    every = _spans(pattern.finditer(text))
    for stop in (0, 1, len(text) // 3, len(text) // 2, len(text)):
        assert _spans(anchored_finditer(pattern, text, stop)) == [s for s in every if s[0] < stop]


@pytest.mark.slow
@needs_shared()
def test_anchored_search_on_the_corpus():
    """Every text document of ../shared/corpus (their whole text: a superset of any section's)."""
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((SHARED / "corpus").rglob("*.txt"))]
    assert texts
    for text in texts:
        for pattern in ANCHORS:
            assert _spans(anchored_finditer(pattern, text)) == _spans(pattern.finditer(text)), NAMES[pattern]
