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
