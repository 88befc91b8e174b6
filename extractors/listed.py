"""Decisions of a list of deliberations (`pipeline.kinds`: kind `liste`; entries from `pipeline.liste`).

Each entry of the list is a deliberation of the session. Its outcome is the word the list prints
after its title ("Approuvée" → adopted, "Actée" → noted, "Rejetée" → rejected); where the list
prints none, the outcome its title gives every entry ("Liste des délibérations votées",
"délibérations adoptées"); where neither says, no decision is recorded for the entry (a note says
so). A list prints no vote: `unanimous` is False unless the entry says "à l'unanimité", no counts.
"""

from __future__ import annotations

import regex

from pipeline.french.votes import UNANIMITY, read_listed_outcome
from pipeline.kinds import LIST_TITLE
from pipeline.records import Decision, Document, Extraction, Segmentation

# The outcome a list's title gives every entry: "Liste des délibérations votées", "Délibérations adoptées"
TITLE_OUTCOME = regex.compile(r"\bd[ée]lib[ée]rations?\s+(?:vot[ée]es|adopt[ée]es|approuv[ée]es|prises)\b", regex.I)


def title_outcome(header: str) -> str | None:
    """adopted when the list's title says its deliberations were adopted, else None.

    >>> title_outcome("Liste des délibérations votées\\nLe 16 MAI 2025")
    'adopted'
    >>> title_outcome("LISTE DES DÉLIBÉRATIONS\\nSÉANCE DU 27 JANVIER 2026") is None
    True
    """
    for line in header.splitlines():
        if LIST_TITLE.search(line.strip()) and TITLE_OUTCOME.search(line):
            return "adopted"
    return None


def extract(doc: Document, seg: Segmentation, facts: Extraction | None = None) -> dict:
    """One decision per entry of the list. It reads no earlier extractor's facts."""
    default = title_outcome(doc.text[:seg.preamble_end])
    decisions, unread = [], []
    for section in seg.sections:
        text = doc.text[section.start:section.end]
        found = read_listed_outcome(text)
        outcome = found[0] if found else default
        if outcome is None:
            unread.append(section.item_number)
            continue
        start = section.start + found[1] if found else section.start
        number = None if section.item_number.isdigit() else section.item_number  # (a bullet's rank is no reference)
        unanimous = bool(UNANIMITY.search(text))  # "Approuvée à l'unanimité"; else not printed
        decisions.append(Decision(section.item_number, outcome, unanimous, None, None, None, None, number,
                                  doc.provenance(start, section.end)))
    notes = [f"liste des délibérations : issue illisible pour {', '.join(unread)}"] if unread else []
    return {"decisions": decisions, "notes": notes}
