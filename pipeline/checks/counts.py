"""Counts a session declares, and the counts in force for one agenda item.

Minutes declare members in office, present, represented and voters at the opening, and may
restate them for a range of items ("Questions 11 à 17 : 31 présents, 2 procurations"); those
ranges (attendance_changes) take precedence for the items they cover.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.checks.base import Evidence, MeetingData
from pipeline.checks.premises import (
    implausible_count,
    implied_present,
    layout,
    movements,
    proxies_merged,
    represented_doubt,
)


@dataclass(frozen=True)
class Counts:
    """Present, represented and voters for an item (None: unknown), and where they were read."""

    present: int | None
    represented: int | None
    votes_cast: int | None
    present_evidence: Evidence | None
    represented_evidence: Evidence | None
    votes_cast_evidence: Evidence | None


def present_count(m: MeetingData) -> tuple[int | None, Evidence | None, bool]:
    """Members present at the opening: declared, else the names listed present (unless the list
    was read in doubt: cut, or its parse disagrees with its layout, see premises).

    Returns (count, evidence, declared). Read once per session (the checks ask for every decision, as
    premises.layout keeps the attendance layout).
    """
    found = m.__dict__.get("_present_count")
    if found is None:
        found = m.__dict__["_present_count"] = _present_count(m)
    return found


def _present_count(m: MeetingData) -> tuple[int | None, Evidence | None, bool]:
    declared = m.meeting.get("members_present")
    if implausible_count(m, declared, "présents", "members_present"):
        return None, None, False  # a misread figure: the count is unknown
    if declared is not None:
        return declared, m.header_evidence("members_present"), True
    present = [a for a in m.attendance if a.get("status") == "present"]
    if present and not layout(m).doubts(("present",)):
        first = Evidence.of(present[0])
        # the one presiding and the holders of proxies that no list names are present too
        implied = implied_present(m)
        text = (f"{len(present) + len(implied)} noms listés présents : " + ", ".join(a["person"] for a in present)
                + (f" (et, sans être listé(e)s, {', '.join(implied)})" if implied else ""))
        return len(present) + len(implied), Evidence(text, first.page if first else None, None, None), False
    return None, None, False


def represented_count(m: MeetingData) -> tuple[int | None, Evidence | None]:
    """Members represented by a proxy at the opening: declared, else the proxies listed.

    When the attendance was read whole and no proxy was listed, the count is 0 (lists read in doubt
    prove no absence of proxies: a list read outside its heading may hold them); with no attendance
    and no proxy at all it is unknown, and so it is when the minutes print proxies that were
    not read ("Pouvoir :" above a line the extraction missed), or when one proxy was read over
    several printed on one line.
    """
    declared = m.meeting.get("members_represented")
    if implausible_count(m, declared, "représentés", "members_represented"):
        return None, None  # a misread figure: the count is unknown
    if declared is not None:
        return declared, m.header_evidence("members_represented")
    if m.proxies:
        if proxies_merged(m):
            return None, None  # one proxy read over several printed: their number is unknown
        return len(m.proxies), Evidence.of(m.proxies[0])
    if m.attendance and not represented_doubt(m):  # (no proxy read: none of them merged)
        return 0, None
    return None, None  # no attendance read, proxies printed and not read, or lists read in doubt (proxies among them?)


def _position(m: MeetingData, number: str | None) -> float | None:
    if number is None:
        return None
    pos = m.positions.get(str(number))
    if pos is not None:
        return pos
    digits = str(number).strip().rstrip(".")
    return None if not digits.isdigit() or m.positions else float(digits)


def change_for_item(m: MeetingData, number: str | None) -> dict | None:
    """The attendance change whose range of items covers `number`, the latest one starting first."""
    pos = _position(m, number)
    if pos is None:
        return None
    best, best_start = None, None
    for change in m.attendance_changes:
        start = _position(m, change.get("from_item"))
        if start is None:
            continue
        end = _position(m, change.get("to_item")) if change.get("to_item") else float("inf")
        if end is None:
            continue
        if start <= pos <= end and (best_start is None or start >= best_start):
            best, best_start = change, start
    return best


def counts_for_item(m: MeetingData, number: str | None) -> Counts:
    """The counts in force for an item: its attendance change where given, else the opening's."""
    present, present_ev, _ = present_count(m)
    represented, represented_ev = represented_count(m)
    votes_cast = m.meeting.get("votes_cast")
    votes_ev = m.header_evidence("votes_cast") if votes_cast is not None else None
    change = change_for_item(m, number) if number is not None else None
    if change:
        ev = Evidence.of(change)
        if change.get("members_present") is not None:
            present, present_ev = change["members_present"], ev
        if change.get("proxies") is not None:
            represented, represented_ev = change["proxies"], ev
        if change.get("votes_cast") is not None:
            votes_cast, votes_ev = change["votes_cast"], ev
        elif change.get("members_present") is not None or change.get("proxies") is not None:
            votes_cast, votes_ev = None, None  # the opening's voters no longer hold for these items
    return Counts(present, represented, votes_cast, present_ev, represented_ev, votes_ev)


def _restated(change: dict | None) -> bool:
    return bool(change) and any(change.get(k) is not None for k in ("members_present", "proxies", "votes_cast"))


def movement_before(m: MeetingData, number: str | None, vote_at: int | None) -> str | None:
    """Why the opening's attendance may no longer hold at the vote on an item: a member arrived
    or left before it (an `attendance_changes` row that gives no count, or the words of the
    minutes), and no count is restated for the item. None when the opening's counts hold."""
    if _restated(change_for_item(m, number)):
        return None
    pos = _position(m, number)
    for c in m.attendance_changes:
        if _restated(c):
            continue
        start = _position(m, c.get("from_item"))
        at = c.get("char_start")
        if (start is not None and pos is not None and start <= pos) or (at is not None and vote_at is not None and at < vote_at):
            return f"« {' '.join((c.get('note') or c.get('source_text') or '').split())[:100]} »"
    for offset, words in movements(m):
        if vote_at is None or offset < vote_at:
            return f"« {words} » (p. {m.page_at(offset)})"
    return None
