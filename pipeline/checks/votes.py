"""vote_total_mismatch: the printed votes must add up (CGCT L2121-20, L2121-21).

- voters declared for the session cannot exceed members present + proxies;
- for + against + abstentions must equal the voters stated for that vote (the "suffrages
  exprimés", for + against, and members not taking part are accepted explanations);
- a vote can never count more ballots than members present + proxies for that item;
- counts must agree with the members named ("Contre : 2 (Mme DECKER et M. DUTILLOY)") and with
  "à l'unanimité".
Counts restated for a range of items (attendance_changes) replace the opening's for those items.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from pipeline.checks.base import Check, Evidence, Finding, MeetingData, Outcome, ran, silent, unverifiable
from pipeline.checks.counts import (
    change_for_item,
    counts_for_item,
    movement_before,
    present_count,
    represented_count,
)
from pipeline.checks.premises import (
    combined_count,
    implausible_count,
    layout,
    proxies_uncounted,
    represented_doubt,
    several_present_counts,
    substitutes_mentioned,
)
from pipeline.french import fold, same_person
from pipeline.french.votes import BALLOTS, NOT_VOTING, NOT_VOTING_ASIDE, SECTION_VOTERS


@dataclass(frozen=True)
class Settings:
    """Reaches the vote checks work with (characters)."""

    box_reach: int = 200  # between the counts of those present and of voters printed in one box of counts


SETTINGS = Settings()

CODE = "vote_total_mismatch"
KIND_FIELD = {"for": "votes_for", "against": "votes_against", "abstention": "abstentions", "not_voting": "not_voting"}
KIND_FR = {"for": "pour", "against": "contre", "abstention": "abstention(s)", "not_voting": "ne prenant pas part au vote"}


# (SECTION_VOTERS: "Votants : 18", "qui ont pris part à la délibération : Î1" on a scan, where OCR reads a 1 as I, l, i, Î or |;
# BALLOTS: an election, whose blank or spoiled ballots make votes differ from voters)
_OCR_ONE = str.maketrans({"I": "1", "l": "1", "Î": "1", "|": "1", "i": "1"})


def section_voters(m: MeetingData, number: str | None) -> tuple[int, Evidence] | None:
    """The voters stated once inside an item's section (not an election with blank ballots), if any."""
    item = next((a for a in m.agenda_items if a.get("number") == number), None)
    if not item or item.get("section_char_start") is None or item.get("section_char_end") is None or not m.text:
        return None
    start, end = item["section_char_start"], item["section_char_end"]
    section = m.text[start:end]
    if BALLOTS.search(section):
        return None
    found = [(int(x.group(1).translate(_OCR_ONE)), x) for x in SECTION_VOTERS.finditer(section)]
    if not found or len({v for v, _ in found}) != 1:
        return None
    value, match = found[0]
    return value, m.span(start + match.start(), start + match.end())


def page_voters(m: MeetingData, at: int | None) -> tuple[int, Evidence] | None:
    """The voters a page states in its margin for the deliberations it holds ("Nombre de membres en
    exercice : 11 / qui ont pris part à la délibération : 11", repeated on each page of a register),
    when the page holding character `at` states one value only."""
    if at is None or not m.text:
        return None
    page = next((p for p in sorted(m.pages, key=lambda p: p["char_start"], reverse=True) if p["char_start"] <= at), None)
    if page is None:
        return None
    start = page["char_start"]
    text = m.text[start:start + len(page.get("text") or "")]
    found = [(int(x.group(1).translate(_OCR_ONE)), x) for x in SECTION_VOTERS.finditer(text)]
    if not found or len({v for v, _ in found}) != 1:
        return None
    value, match = found[0]
    return value, m.span(start + match.start(), start + match.end())


def _stated_above_possible(m: MeetingData, d: dict, c, stated: tuple[int, Evidence]) -> Finding | None:
    """Voters stated for a vote (its section, else its page's margin) above the members present +
    represented who could vote on it."""
    if c.present is None or c.represented is None or stated[0] <= c.present + c.represented:
        return None
    declared = c.present_evidence is not None and c.present_evidence.char_start is not None
    where = stated[1]
    return Finding(
        f"{stated[0]} membres déclarés ayant pris part au vote (« {' '.join((where.text or '').split())[:80]} », "
        f"p. {where.page}), mais seulement {c.present} présents + {c.represented} procuration(s) = "
        f"{c.present + c.represented} pouvaient voter.",
        where, d.get("item_number"), severity="error" if declared else "warning")


def _counted(d: dict) -> bool:
    return any(d.get(k) is not None for k in ("votes_for", "votes_against", "abstentions"))


def _total(d: dict) -> int:
    return sum(d.get(k) or 0 for k in ("votes_for", "votes_against", "abstentions"))


def _vote_text(d: dict) -> str:
    parts = [f"{d[k]} {label}" for k, label in (("votes_for", "pour"), ("votes_against", "contre"), ("abstentions", "abstention(s)"))
             if d.get(k) is not None]
    return ", ".join(parts)


def _session(m: MeetingData, skipped: list[str]) -> list[Finding]:
    out = []
    meeting = m.meeting
    votes_cast = meeting.get("votes_cast")
    present, present_ev, declared = present_count(m)
    represented, _ = represented_count(m)
    if votes_cast is not None and present is None and any(a.get("status") == "present" for a in m.attendance):
        doubts = layout(m).doubts(("present",))
        if doubts:  # no count of those present printed, and the list read is doubtful
            skipped.append(f"votants de la séance : nombre de présents non déclaré et liste des présents douteuse : {doubts[0]}")
    if votes_cast is not None and present is not None and represented is None and votes_cast > present:
        uncounted = represented_doubt(m)
        if uncounted:
            skipped.append(f"votants de la séance : nombre de représentés inconnu : {uncounted}")
    if votes_cast is not None and present is not None and represented is not None and votes_cast > present + represented:
        moved = movement_before(m, None, None)
        if moved:  # a member who arrived after the opening votes too
            skipped.append(f"votants de la séance : un membre arrive ou part en cours de séance, {moved}")
        else:
            source = "déclarés" if declared else "listés"
            out.append(Finding(
                f"{votes_cast} votants déclarés, mais seulement {present} membres présents ({source}) + {represented} "
                f"procuration(s) = {present + represented} pouvaient voter.",
                m.header_evidence("votes_cast"), severity="error" if declared else "warning"))
    below = _voters_below_present(m)
    if below:
        out.append(below)
    summary = [meeting.get(k) for k in ("votes_for", "votes_against", "abstentions")]
    if votes_cast is not None and summary[0] is not None:
        total = sum(v or 0 for v in summary)
        if total != votes_cast and summary[0] + (summary[1] or 0) != votes_cast:
            out.append(Finding(
                f"Le récapitulatif des votes ({summary[0]} pour, {summary[1] or 0} contre, {summary[2] or 0} abstention(s)"
                f" = {total}) ne correspond pas aux {votes_cast} votants déclarés.",
                m.header_evidence("votes_for", "votes_cast")))
    return out


def _voters_below_present(m: MeetingData) -> Finding | None:
    """Voters declared for the session below the members declared present in the same box of counts ("Nombre de
    présents : 24 / Nombre de votants : 22"): every member present votes, and proxies add to them. Not judged when
    the voters printed are the votes expressed, when the two counts are not printed together, when the text prints
    several counts of voters or of those present (one per deliberation), when a member is said not to take part, or
    when substitutes sit (counted present beside the member they stand for, without a vote)."""
    votes_cast, present = m.meeting.get("votes_cast"), m.meeting.get("members_present")
    if votes_cast is None or present is None or votes_cast >= present:
        return None
    voters, seen = m.fact("votes_cast"), m.fact("members_present")
    if voters is None or seen is None or voters.char_start is None or seen.char_start is None:
        return None
    words = fold(voters.text or "")
    if "votant" not in words or "exprim" in words or abs(voters.char_start - seen.char_start) > SETTINGS.box_reach:
        return None
    if combined_count(m, "members_present") or several_present_counts(m) or implausible_count(m, present, "présents", "members_present"):
        return None
    text = m.text or ""
    if len(set(SECTION_VOTERS.findall(text))) > 1 or NOT_VOTING.search(text) or NOT_VOTING_ASIDE.search(text):
        return None
    if substitutes_mentioned(text):
        return None  # substitutes sitting beside their member are counted present and do not vote
    return Finding(f"{votes_cast} votants déclarés pour {present} membres présents déclarés : chaque membre présent "
                   "vote, et les procurations s'y ajoutent.", m.span(min(voters.char_start, seen.char_start),
                                                                      max(voters.char_end or 0, seen.char_end or 0)),
                   severity="warning")


def _decision(m: MeetingData, d: dict, skipped: list[str]) -> list[Finding]:
    out = []
    item = d.get("item_number")
    ev = Evidence.of(d)
    if d.get("unanimous") and (d.get("votes_against") or 0) > 0:
        out.append(Finding(f"Vote déclaré « à l'unanimité » mais {d['votes_against']} voix contre.", ev, item))
    c = counts_for_item(m, item)
    stated = section_voters(m, item)
    change = change_for_item(m, item)
    if not (change and change.get("votes_cast") is not None) and d.get("outcome") in ("adopted", "rejected"):
        on_page = stated or page_voters(m, d.get("char_start"))
        if on_page and not movement_before(m, item, d.get("char_start")):
            above = _stated_above_possible(m, d, c, on_page)
            if above:
                out.append(above)
                return out
    if not _counted(d):
        return out
    if stated and not (change and change.get("votes_cast") is not None):
        c = replace(c, votes_cast=stated[0], votes_cast_evidence=stated[1])  # stated for this vote: more specific
    total = _total(d)
    moved = movement_before(m, item, d.get("char_start"))
    if moved and not stated:
        # the attendance at the vote is not the opening's, and the minutes restate no count for it
        skipped.append(f"point {item} : un membre arrive ou part avant le vote, {moved}")
        return out
    if c.present is not None and c.represented is None and total > c.present:
        unread = proxies_uncounted(m)
        if unread:
            skipped.append(f"point {item} : {unread}")
            return out
    if c.present is not None and c.represented is not None and total > c.present + c.represented:
        declared = c.present_evidence is not None and c.present_evidence.char_start is not None
        out.append(Finding(
            f"Le vote ({_vote_text(d)} = {total}) compte plus de voix que les {c.present} présents + "
            f"{c.represented} procuration(s) = {c.present + c.represented} pour ce point.",
            ev, item, severity="error" if declared else "warning"))
    elif c.votes_cast is not None and d.get("votes_for") is not None:
        if c.votes_cast not in _accepted(d, _expressed(c.votes_cast_evidence)):
            where = c.votes_cast_evidence
            where_text = f" (« {where.text.strip()[:160]} », p. {where.page})" if where and where.text else ""
            out.append(Finding(
                f"Le vote ({_vote_text(d)} = {total}) ne correspond pas aux {c.votes_cast} votants déclarés pour ce point{where_text}.",
                ev, item))
    return out


def _expressed(where: Evidence | None) -> bool:
    """Whether the voters stated are the votes expressed ("Suffrages exprimés : 23"), or may be (a count
    whose words were not kept); "Votants 86" and "qui ont pris part à la délibération" count every ballot."""
    words = fold((where.text if where else "") or "")
    return not words or "exprim" in words or not re.search(r"votants|pris\s+part", words)


def _accepted(d: dict, expressed_count: bool = True) -> set[int]:
    """The voters a vote's counts account for: all ballots, or all ballots and the members who did not
    take part; and the votes expressed (for + against) where the count stated is of votes expressed
    (abstentions are not expressed), not of voters ("Votants 86" over "Pour 86, Contre 0, Abstentions 5")."""
    total = _total(d)
    expressed = (d.get("votes_for") or 0) + (d.get("votes_against") or 0)
    return {total, total + (d.get("not_voting") or 0)} | ({expressed} if expressed_count else set())


def _named(m: MeetingData) -> list[Finding]:
    out = []
    by_item_kind: dict[tuple, list[dict]] = defaultdict(list)
    for v in m.individual_votes:
        by_item_kind[(v.get("item_number"), v.get("vote"))].append(v)
    for (item, kind), voters in by_item_kind.items():
        field = KIND_FIELD.get(kind)
        for d in m.decisions_for(item):
            count = d.get(field) if field else None
            names = {v["person"] for v in voters}
            if count is None:
                if kind == "against" and d.get("unanimous"):
                    out.append(Finding(f"Vote déclaré « à l'unanimité » mais {len(names)} membre(s) nommé(s) contre : "
                                       + ", ".join(sorted(names)) + ".", Evidence.of(voters[0]), item))
                continue
            proxies_held = sum(1 for p in m.proxies if any(same_person(p.get("holder"), n) for n in names))
            if len(names) > count or len(names) + proxies_held < count:
                out.append(Finding(
                    f"{count} voix « {KIND_FR.get(kind, kind)} » déclarées, mais {len(names)} membre(s) nommé(s) : "
                    + ", ".join(sorted(names)) + ".", Evidence.of(voters[0]), item))
    return out


def check(m: MeetingData) -> Outcome:
    """Votes cast vs members who could vote, and each vote's counts vs its voters."""
    counted = [d for d in m.decisions if _counted(d) or d.get("unanimous")]
    if m.meeting.get("votes_cast") is None and not counted and not m.individual_votes:
        return silent("ni votants déclarés ni décompte de voix")
    skipped: list[str] = []
    findings = _session(m, skipped)
    for d in m.decisions:
        findings.extend(_decision(m, d, skipped))
    findings.extend(_named(m))
    if skipped and not findings:
        return unverifiable("; ".join(dict.fromkeys(skipped)))
    return ran(findings, ("non vérifiable pour " + "; ".join(dict.fromkeys(skipped))) if skipped else None)


CHECK = Check(
    CODE, "Décompte des votes incohérent", "CGCT L2121-20 et L2121-21 (votes, procurations)", "warning", check,
    "Silencieux sans votants déclarés ni décompte de voix ; un point sans décompte imprimé n'est pas comparé ; "
    "les membres qui ne prennent pas part au vote et les suffrages exprimés (pour + contre) expliquent un écart.",
    "Les nombres déclarés (présents, représentés, votants), sinon les listes nominatives lues ; les décomptes de "
    "chaque vote. Non vérifiable quand la liste des présents est coupée ou contredit sa mise en page, quand des "
    "pouvoirs sont imprimés sans avoir été lus ou que plusieurs ont été lus comme un seul, ou quand un membre arrive ou part avant un vote sans que le "
    "nombre de présents soit redonné pour ce point.",
)
