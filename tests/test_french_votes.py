"""The vote grammar (pipeline/french/votes.py): every pattern finds the lines it lists and none
of those it must not."""

from __future__ import annotations

import pytest

from pipeline.french.votes import GRAMMAR

MATCHES = [(rule.name, line) for rule in GRAMMAR for line in rule.matches]
REJECTS = [(rule.name, line) for rule in GRAMMAR for line in rule.rejects]
RULES = {rule.name: rule for rule in GRAMMAR}


def test_every_rule_has_examples_and_a_unique_name():
    assert len(RULES) == len(GRAMMAR)
    assert all(rule.matches for rule in GRAMMAR)


@pytest.mark.parametrize("name, line", MATCHES, ids=[f"{n}:{line[:40]}" for n, line in MATCHES])
def test_rule_finds(name, line):
    assert RULES[name].pattern.search(line), f"{name} should find {line!r}"


@pytest.mark.parametrize("name, line", REJECTS, ids=[f"{n}:{line[:40]}" for n, line in REJECTS])
def test_rule_does_not_find(name, line):
    m = RULES[name].pattern.search(line)
    assert m is None, f"{name} should not find {line!r} (found {m.group()!r})"


def test_cited_deliberations_are_the_patterns_matches():
    """`cited_deliberations` starts the scan at the first opening words: the same matches as a scan of the whole text,
    whatever stands before them (a dash, a bullet, blanks, a sentence's end, a line's start, words)."""
    from pipeline.french.votes import CITED_DELIBERATION, cited_deliberations

    lines = [*RULES["cited_deliberation"].matches, *RULES["cited_deliberation"].rejects]
    texts = [*lines, "\n".join(lines), ". ".join(lines), "Vu le code.  - Par délibération du 3 mars 2020, adoptée",
             "x\n\t• Lors de la séance du 5/02/2021; Par délibération du 1er juin 2020", "Par délibération n° 4 du 2 mai",
             "Le conseil. * Selon la délibération du 3 mai 2019", "sans rien de tel", ""]
    for text in texts:
        assert [m.span() for m in cited_deliberations(text)] == [m.span() for m in CITED_DELIBERATION.finditer(text)], text


def test_cited_deliberation_does_not_run_over_blank_lines():
    """Masked text keeps its line breaks: a run of blank lines must cost one pass, not a pass per line (the leading
    blanks of CITED_DELIBERATION once crossed lines: 2,000 blank lines took 21 s, these 5,000 would take minutes)."""
    from pipeline.french.votes import CITED_DELIBERATION

    blank = ("\n" + " " * 100) * 5000
    assert CITED_DELIBERATION.search(blank + "\nLe conseil approuve.") is None
    m = CITED_DELIBERATION.search(blank + "\nPar délibération du 12 mars 2019, le conseil a approuvé")
    assert m is not None and m.group().startswith("Par")
