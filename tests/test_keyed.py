"""Patterns looked for through their key words first (pipeline/text.py, `keyed_finditer` and `may_hold`, issue #17):
the same matches as `finditer`, in the same order, and never a text that `may_hold` turns away where the pattern
matches; on the rules' examples, texts built from them, texts whose case folding lower() cannot follow, and every
text document of the shared corpus."""

from __future__ import annotations

import itertools

import pytest

from extractors import meeting, membership
from pipeline.french import session
from pipeline.text import keyed_finditer, may_hold

from .conftest import SHARED, needs_shared

# (name, pattern, its key words, the lead before them)
KEYED = [
    ("closing", meeting.CLOSING, meeting.CLOSING_KEYS, None),
    ("next_meeting", meeting.NEXT_MEETING, meeting.NEXT_MEETING_KEYS, meeting.NEXT_MEETING_LEAD),
]
# (name, pattern, words one of which every match holds)
GATED = [
    ("membership_deciding", membership._DECIDING, membership._CHANGE_WORDS),
    ("membership_statutes_member", membership._STATUTES_MEMBER, membership._CHANGE_WORDS),
    ("membership_request", membership._REQUEST, membership._REQUEST_WORDS),
]

EXAMPLES = [line for rule in session.RULES for line in (*rule[2], *rule[3])] + [
    "La séance est levée à 22 h 15.", "Le Maire lève la séance à 21h", "Fin de séance : 20 h 40", "FIN DE LA REUNION",
    "Heure de fin : 19h30", "La réunion est close", "clôture de la séance à 23 heures", "SEANCE LEVEE A 21 H",
    "La prochaine séance aura lieu le 12 mars 2024.", "Prochaine réunion du conseil : mardi 4 juin",
    "Le Conseil municipal a été de nouveau convoqué, pour une réunion sans quorum, le mercredi 16 mai 2007 à 20h30",
    "le conseil est à nouveau convoqué le 3 avril", "L'ouest de nouveau convoqué", "prochaines commissions le 5 mai",
    "Le conseil décide d'adhérer au SIVU", "accepte le retrait de la commune de Lemps", "approuve l'ADHÉSION de la commune",
    "valide la sortie du syndicat", "la commune de Lemps a sollicité son adhésion au SIVU ; le conseil accepte cette adhésion",
    "la commune de Lemps demande son retrait du SIVU", "les communes de Lemps et Arras souhaitent adhérer au syndicat",
    "suite à l'adhésion de la commune de Marcilly", "décide d'intégrer le groupement", "émet un avis favorable à l'entrée de X",
    # letters lower() and case folding read differently: the pattern itself decides
    "La ſéance eſt levée", "İl a été de nouveau convoqué", "le \u212aelvin décide l'adhéſion", "ADHÉSİON de la commune",
]
TEXTS = (
    EXAMPLES
    + ["\n".join(EXAMPLES), " ".join(EXAMPLES), "; ".join(reversed(EXAMPLES))]
    + [f"{a}\n{b}" for a, b in itertools.pairwise(EXAMPLES)]
)


def _spans(matches):
    return [(m.start(), m.end(), m.group()) for m in matches]


def _check(texts):
    for text in texts:
        for name, pattern, words, lead in KEYED:
            assert _spans(keyed_finditer(pattern, text, words, lead)) == _spans(pattern.finditer(text)), (name, text[:80])
        for name, pattern, words in GATED:
            assert may_hold(text, words) or pattern.search(text) is None, (name, text[:80])


@pytest.mark.parametrize("text", TEXTS[:len(EXAMPLES)])
def test_keyed_search_finds_what_finditer_finds(text):
    _check([text])


def test_keyed_search_on_texts_built_from_the_examples():
    _check(TEXTS)


def test_every_example_set_matches_somewhere():
    """The examples exercise each pattern (a key list that missed a spelling would show on them)."""
    for name, pattern, _, _ in KEYED:
        assert any(pattern.search(text) for text in EXAMPLES), name
    for name, pattern, _ in GATED:
        assert any(pattern.search(text) for text in EXAMPLES), name


@pytest.mark.slow
@needs_shared()
def test_keyed_search_on_the_corpus():
    """Every text document of ../shared/corpus (their whole text: a superset of any section's)."""
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((SHARED / "corpus").rglob("*.txt"))]
    assert texts
    _check(texts)
