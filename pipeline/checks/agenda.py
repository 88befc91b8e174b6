"""agenda_body_mismatch: the body must treat the agenda the members were convened on (CGCT L2121-10,
L2121-15).

- an agenda item that no body section treats (a group heading whose sub-items are treated is fine,
  and so is a point of an information part, "Questions diverses", that the part's section treats);
- an item retitled in the body so that its nature changes, between information and deliberation,
  while a vote is recorded ("Avis de principe sur l'adhésion..." announced, "Information sur
  l'adhésion..." in the body, and a vote);
- a deliberation voted on a body section the agenda never announced (source = 'body'). A body
  section without a vote ("Questions diverses") and items added at the session with the
  assembly's agreement (source = 'added', "ajout à l'ordre du jour") stay silent.
"""

from __future__ import annotations

import re

from pipeline.checks.base import Check, Evidence, Finding, MeetingData, Outcome, ran, silent, unverifiable
from pipeline.checks.premises import SETTINGS as PREMISES
from pipeline.checks.premises import heading_in_body
from pipeline.french import fold_words

VOTED = ("adopted", "rejected")
# Titles of information items: "Information sur Pronote", "Point d'information", "Retour sur le déplacement",
# "Communication du Président", "Compte rendu des décisions", "Présentation du rapport d'activité"
INFORMATION = re.compile(
    r"^(?:(?:point|note)\s+d\W?\s*information|informations?|communications?|compte[- ]rendu|presentation|retour\s+sur|"
    r"bilan|rapport\s+d\W?\s*activite|point\s+sur|questions?\s+diverses|divers|debat)\b"
)
# Miscellaneous questions: "Questions diverses", "Divers", "Informations diverses" (announced, with nothing raised)
MISCELLANEOUS = re.compile(r"^(?:questions?\s+diverses|divers\b|informations?\s+diverses|affaires?\s+diverses)")
# Leading numbering and markup of a heading: "### 1. ", "I.2.A.1 ", "a) ", "**"
NUMBERING = re.compile(r"^[\s#*_\-–•]*(?:(?:[ivxlc]+|\d{1,3}|[a-z])(?:[.)/°-]\s*|\s+(?:-\s*)?))*")


def nature(title: str | None) -> str:
    """information or deliberation, from how a title starts."""
    text = NUMBERING.sub("", fold_words(title)).strip(" *_:")
    return "information" if INFORMATION.match(text) else "deliberation"


def _voted(m: MeetingData, number: str | None) -> list[dict]:
    return [d for d in m.decisions_for(number) if d.get("outcome") in VOTED]


def _withdrawn(m: MeetingData, item: dict) -> bool:
    """An item the session withdrew from its agenda ("le point 8 est retiré de l'ordre du jour")."""
    return any(d.get("outcome") == "withdrawn" for d in m.decisions_for(item.get("number")))


def _treated_otherwise(m: MeetingData, item: dict) -> bool:
    """An announced item without a section of its own that is not missing: a group whose sub-items are treated, or
    a point withdrawn at the opening (treated nowhere, rightly)."""
    return _group_treated(m, item) or _withdrawn(m, item)


def check(m: MeetingData) -> Outcome:
    """Agenda items untreated, body items never announced yet voted, retitles that change nature."""
    if not m.agenda_items:
        return silent("aucun ordre du jour lu")
    announced = [a for a in m.agenda_items if a.get("source") in ("agenda", "added")]
    if not announced:
        return silent("aucun point annoncé à l'ordre du jour")
    if not any(a.get("section_found") for a in m.agenda_items):
        return silent("aucune section du corps rattachée à l'ordre du jour")
    untreated = [a for a in announced if not a.get("section_found") and not _treated_otherwise(m, a)]
    if len(announced) >= 2 and len(untreated) > PREMISES.most_unmatched * len(announced):
        return unverifiable(f"{len(untreated)} des {len(announced)} points annoncés n'ont pas été retrouvés dans le corps : "
                            "c'est le découpage du corps qui a échoué, pas le procès-verbal")
    cut = _cut_before(m, announced, untreated)
    if cut:
        return unverifiable(cut)
    body_start = max((a.get("char_end") or 0 for a in announced), default=0)
    sections = [a["section_char_start"] for a in m.agenda_items if a.get("section_char_start") is not None]
    agenda_start = min((a["char_start"] for a in announced if a.get("char_start") is not None), default=None)
    agenda_end = min(sections, default=None)
    findings, skipped = [], []
    for a in m.agenda_items:
        number, title = a.get("number"), a.get("title") or ""
        label = f"{number} « {title} »" if number else f"« {title} »"
        if a.get("source") in ("agenda", "added") and not a.get("section_found"):
            if _treated_otherwise(m, a):
                continue
            similar = heading_in_body(m, a, body_start)
            if similar:  # a line of the body reads like its heading: the section was missed, not the item
                skipped.append(f"point {number} : le corps porte « {similar[1][:80]} » (p. {m.page_at(similar[0])})")
                continue
            parent = next((p for p in m.agenda_items if p.get("number") == a.get("parent_number") and a.get("parent_number")), None)
            if parent and parent.get("section_found") and nature(parent.get("title")) == "information":
                continue  # a point of "V. Questions diverses" spoken of in its part's section, without a heading of its own
            if MISCELLANEOUS.match(NUMBERING.sub("", fold_words(title)).strip(" *_:")):
                continue  # "Questions diverses" announced, and none raised: nothing to deliberate
            findings.append(Finding(f"Le point {label} de l'ordre du jour n'est traité nulle part dans le corps du procès-verbal.",
                                    Evidence.of(a), number))
            continue
        voted = _voted(m, number)
        if a.get("source") == "body" and voted and agenda_start is not None and agenda_end is not None:
            announced_line = heading_in_body(m, a, agenda_start, agenda_end)
            if announced_line:  # the agenda prints it: its line was not read as an item
                skipped.append(f"point {number} : l'ordre du jour porte « {announced_line[1][:80]} » "
                               f"(p. {m.page_at(announced_line[0])})")
                continue
        if a.get("source") == "body" and voted and not any(x.get("source") == "agenda" for x in announced):
            # only the items added at the session were read ("ajouter quatre questions à l'ordre du jour : …"): the
            # agenda as convened is not printed, so what it announced is unknown
            skipped.append(f"point {number} : l'ordre du jour de la convocation n'est pas imprimé, seuls les points "
                           "ajoutés en séance le sont")
            continue
        if a.get("source") == "body" and voted:
            findings.append(Finding(
                f"Le point {label} est délibéré et voté sans avoir été annoncé à l'ordre du jour.",
                Evidence.of(voted[0]) or Evidence(a.get("section_heading"), a.get("section_page"),
                                                  a.get("section_char_start"), a.get("section_char_start")), number))
            continue
        heading = a.get("section_heading")
        if a.get("source") != "body" and heading and voted and nature(title) != nature(heading):
            start = a.get("section_char_start")
            ev = Evidence(heading, a.get("section_page"), start, start + len(heading) if start is not None else None)
            kinds = {"information": "une information", "deliberation": "une délibération"}
            findings.append(Finding(
                f"L'ordre du jour annonce {kinds[nature(title)]} (« {title} ») mais le corps titre le point "
                f"« {heading.strip()} », {kinds[nature(heading)]}, et un vote est enregistré.", ev, number))
    if skipped and not findings:
        return unverifiable("; ".join(skipped))
    return ran(findings, ("non vérifiable pour " + "; ".join(skipped)) if skipped else None)


# How minutes close: "La séance est levée à 22 h", "Séance levée à 19h30", "clôt la séance", "L'ordre du jour étant
# épuisé", "Fin de la séance", "plus rien n'étant à l'ordre du jour"
CLOSING = re.compile(r"\bseance\s+(?:est\s+)?levee|\bleve\s+la\s+seance|\bclot\s+la\s+seance|\bcloture\s+(?:de\s+)?la\s+seance"
                     r"|\bordre\s+du\s+jour\s+(?:etant\s+)?epuise|\bfin\s+de\s+(?:la\s+)?seance|\bplus\s+rien\s+n\W?\s*etant")


def _cut_before(m: MeetingData, announced: list[dict], untreated: list[dict]) -> str | None:
    """Why the untreated items may simply lie beyond the text: they are the last ones announced, after
    every item treated, and the text never closes the session (an excerpt, a document cut short)."""
    if not untreated or not m.text:
        return None
    treated = [a for a in announced if a not in untreated]
    last_treated = max((a.get("position") or 0 for a in treated), default=-1)
    if any((a.get("position") or 0) < last_treated for a in untreated):
        return None
    if CLOSING.search(fold_words(m.text[-3000:])):
        return None
    return (f"les {len(untreated)} derniers points annoncés n'ont pas de section et le texte s'arrête sans clore la "
            "séance (document coupé ?)")


def _group_treated(m: MeetingData, a: dict) -> bool:
    """A group heading whose sub-items are treated ("I. DÉLIBÉRATIONS" above "I.1", "I.2")."""
    number = a.get("number")
    return bool(number) and any(c.get("section_found") for c in m.agenda_items if c.get("parent_number") == number)


CHECK = Check(
    "agenda_body_mismatch", "Ordre du jour et corps du procès-verbal divergent",
    "CGCT L2121-10 (ordre du jour de la convocation), L2121-15 (contenu du procès-verbal)", "warning", check,
    "Silencieux sans ordre du jour lu ou sans section rattachée. Un point ajouté en séance (source 'added') et un "
    "point du corps sans vote (questions diverses) ne sont pas signalés ; un simple changement de libellé non plus.",
    "Les points de l'ordre du jour et les sections du corps qui les traitent, tels que le découpage les a trouvés. Non "
    "vérifiable quand plus de la moitié des points annoncés n'ont pas de section (le découpage a échoué) ; un point "
    "sans section dont le titre figure pourtant sur une ligne du corps n'est pas signalé.",
)
