"""The kind of document, from its own words: full minutes, a list of deliberations, or an extract.

A commune publishes three kinds of documents about a session:

- `minutes` (procès-verbal, compte rendu): the session told from its opening to its close;
- `liste`: the list of the deliberations examined (CGCT L2121-25: posted within a week of the
  session), one line per deliberation with its title and often its outcome ("Approuvée",
  "Actée"). It states facts of a session but prints no attendance, no vote and no debate;
- `extrait`: an extract of the register of deliberations, one deliberation with its header
  (members in office, present, voting) and its vote. (The same title may head the minutes of a
  whole session, "extraits" of the register: with more than one deliberation formula, they are
  minutes.)

The kind is read from the title a document prints in its first lines, never from its file name.
A list is told apart from minutes that print a list of their deliberations (a closing summary,
"la liste des délibérations sera affichée") by where the title stands (the head of the document)
and by what minutes have and a list lacks: the formula of a deliberation ("après en avoir
délibéré", "ouï l'exposé"), who attended, the counts of a vote.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from pipeline.french.votes import DELIBERATED_WORDS

KINDS = ("minutes", "liste", "extrait")


@dataclass(frozen=True)
class KindSettings:
    head_lines: int = 12  # a kind's title stands among the document's first lines (letterhead, stamps, title)
    title_chars: int = 90  # a title line is short: "LISTE DES DÉLIBÉRATIONS", "Relevé des décisions du conseil du 3 mai"


SETTINGS = KindSettings()


@dataclass(frozen=True)
class KindRule:
    """A title that names the document's kind, with lines it must match and lines it must not."""

    kind: str
    pattern: regex.Pattern
    matches: tuple[str, ...]
    rejects: tuple[str, ...] = ()


_DELIBERATIONS = r"d[ée]lib[ée]rations?"
# "Liste des délibérations", "LISTE DES DÉLIBÉRATIONS VOTÉES", "Relevé des délibérations du conseil municipal",
# "Délibérations examinées en séance du ...", "Tableau des délibérations adoptées", "Liste des actes et délibérations"
LIST_TITLE = regex.compile(
    rf"^\W{{0,3}}(?:(?:liste|relev[ée]|tableau|r[ée]capitulatif|[ée]tat)\s+(?:r[ée]capitulati(?:f|ve)\s+)?"
    rf"(?:des|de\s+la)\s+(?:actes\s+et\s+)?{_DELIBERATIONS}\b"
    rf"|{_DELIBERATIONS}\s+(?:examin[ée]es|vot[ée]es|adopt[ée]es|prises|approuv[ée]es|soumises)\b)",
    regex.I,
)
# "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS", "Extrait du registre", "EXTRAIT DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
# "Extrait de délibération", "EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS"
EXTRACT_TITLE = regex.compile(
    rf"^\W{{0,3}}extrait\s+(?:du\s+registre\b|(?:des|de\s+la|de)\s+{_DELIBERATIONS}\b|du\s+proc[èe]s[- ]verbal\s+des\s+{_DELIBERATIONS}\b)",
    regex.I,
)
# What only minutes (or an extract) print: the formula before a deliberation's operative part
DELIBERATION_FORMULA = regex.compile(
    rf"\b{DELIBERATED_WORDS}|\bapr[èe]s\s+d[ée]lib[ée]ration\b|\bou[ïi]\s+l['’]\s*expos[ée]",
    regex.I,
)

# What a list lacks and minutes print: who attended, the counts of a vote ("Présents : 12", "Etaient présents",
# "Votants : 14", "Pour : 12"); a "liste des délibérations" that prints them is a summary of minutes, read as minutes
ATTENDANCE_OR_COUNTS = regex.compile(
    r"\b(?:pr[ée]sents?|votants?|pour|contre)\s*:\s*\S|\b(?:[ée]taient|sont)\s+pr[ée]sents?\b", regex.I)

RULES: tuple[KindRule, ...] = (
    KindRule("liste", LIST_TITLE,
             ("Liste des délibérations votées", "LISTE DES DÉLIBÉRATIONS", "Relevé des délibérations du conseil municipal",
              "Délibérations examinées lors de la séance du 3 mars 2025", "TABLEAU RÉCAPITULATIF DES DÉLIBÉRATIONS",
              "- Liste des actes et délibérations", "Délibérations adoptées par le conseil communautaire"),
             ("La liste des délibérations sera affichée en mairie", "Registre des délibérations",
              "Délibération n° 2024-12 : Budget primitif", "Vu la délibération adoptée le 3 mars")),
    KindRule("extrait", EXTRACT_TITLE,
             ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS", "Extrait du registre", "EXTRAIT DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
              "Extrait de délibération", "EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS"),
             ("Pour extrait conforme", "un extrait de la délibération est transmis", "Extrait Kbis de la société")),
)


# A deliberation's reference opening its title: "Délibération n° 2022-141 : Prescription de ...", "DÉLIBÉRATION N°2024/12"
DELIBERATION_REFERENCE = regex.compile(
    r"(?m)^\W{0,3}d[ée]lib[ée]ration\s+n\s*[°o]\s*:?\s*(?:[A-Z]{1,5}[ _-]?)?\d{2,4}\s*[-/_.]\s*\d{1,4}\b"
    r"(?!\s*(?:du|en\s+date|portant|relative|qui)\b)", regex.I)  # (not a deliberation cited: "délibération n°2017_17 du 4 avril")


def _head(text: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[:SETTINGS.head_lines]


def document_kind(text: str) -> str:
    """`liste`, `extrait` or `minutes`: the kind the document's title names in its first lines.

    >>> document_kind("Commune de Sarcey\\nLISTE DES DÉLIBÉRATIONS\\nSéance du 3 mars 2025\\n1. Budget  Approuvée")
    'liste'
    >>> document_kind("Séance du 3 mars 2025\\nLe conseil, après en avoir délibéré, adopte.\\nListe des délibérations")
    'minutes'
    >>> document_kind("Membres en exercice : 15\\nDélibération n° 2024-12 : Tarifs\\nAprès en avoir délibéré, approuve.")
    'extrait'
    """
    head = [line for line in _head(text) if len(line) <= SETTINGS.title_chars]
    formulas = len(DELIBERATION_FORMULA.findall(text))
    for rule in RULES:
        if any(rule.pattern.search(line) for line in head):
            if rule.kind == "liste" and (formulas or ATTENDANCE_OR_COUNTS.search(text)):
                continue  # minutes (or an extract) that open on the list of what they decided
            if rule.kind == "extrait" and formulas > 1:
                continue  # "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS" heading the minutes of a whole session
            return rule.kind
    # one deliberation, no title naming the extract: one reference heads it, one formula leads to its vote (the
    # formulas first: counted already, where the references are a scan of every line of the text)
    if formulas == 1 and len(DELIBERATION_REFERENCE.findall(text)) == 1:
        return "extrait"
    return "minutes"
