"""What every check shares: its declaration, the findings it returns, and a session's rows.

A check is a pure function `MeetingData -> Outcome`. It reads only the warehouse's rows for one
session (never the extractors), returns the violations it found with the quoted words that show
them, or says why it could not run: a check that lacks the data it needs stays silent and never
guesses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from pipeline.french import find_dates


@dataclass(frozen=True)
class Evidence:
    """Quoted words and where they are: page and [char_start, char_end) in the document's text."""

    text: str | None
    page: int | None = None
    char_start: int | None = None
    char_end: int | None = None

    @staticmethod
    def of(row: dict | None) -> Evidence | None:
        """The evidence of a warehouse row that carries provenance (source_text, page, span)."""
        if not row:
            return None
        return Evidence(row.get("source_text"), row.get("page"), row.get("char_start"), row.get("char_end"))


@dataclass(frozen=True)
class Finding:
    """One violation: what is wrong, in French, the agenda item if any, and the evidence."""

    message: str
    evidence: Evidence | None = None
    item_number: str | None = None
    severity: str | None = None  # None: the check's own severity


STATES = ("ran", "no_data", "unverifiable", "error")
UNVERIFIABLE = "non vérifiable : "


@dataclass(frozen=True)
class Outcome:
    """What a check did on one session: whether it ran, why not, and what it found.

    `status` is one of STATES: ran; no_data (the minutes lack what it needs); unverifiable (what
    it relies on was read in doubt, and a finding would rest on a misreading); error (a bug)."""

    ran: bool
    reason: str | None = None
    findings: tuple[Finding, ...] = ()
    status: str = ""

    @property
    def state(self) -> str:
        return self.status or ("ran" if self.ran else "no_data")


def silent(reason: str) -> Outcome:
    """The outcome of a check that lacked the data it needs."""
    return Outcome(False, reason, status="no_data")


def unverifiable(reason: str) -> Outcome:
    """The outcome of a check whose premise does not hold: the extraction it relies on is doubtful
    (a list cut, a parse that disagrees with the page's layout, sections not found...)."""
    return Outcome(False, UNVERIFIABLE + reason, status="unverifiable")


def ran(findings: list[Finding] | tuple[Finding, ...] = (), note: str | None = None) -> Outcome:
    """The outcome of a check that ran (`note` says what it could not look at, if anything)."""
    return Outcome(True, note, tuple(findings), "ran")


@dataclass(frozen=True)
class Check:
    """A named consistency rule: its code, the law it rests on, its severity, and its function."""

    code: str
    title: str  # in French, for the report
    legal_basis: str
    severity: str  # error, warning or info
    function: Callable[[MeetingData], Outcome]
    silenced_by: str = ""  # what keeps it quiet (documentation)
    relies_on: str = ""  # the extraction it trusts, and when it holds that extraction for doubtful (documentation)


@dataclass
class MeetingData:
    """Every warehouse row of one session, grouped by table (rows are plain dicts)."""

    meeting: dict
    document: dict = field(default_factory=dict)
    facts: list[dict] = field(default_factory=list)
    attendance: list[dict] = field(default_factory=list)
    proxies: list[dict] = field(default_factory=list)
    attendance_changes: list[dict] = field(default_factory=list)
    agenda_items: list[dict] = field(default_factory=list)
    decisions: list[dict] = field(default_factory=list)
    individual_votes: list[dict] = field(default_factory=list)
    budget_lines: list[dict] = field(default_factory=list)
    budget_totals: list[dict] = field(default_factory=list)
    pages: list[dict] = field(default_factory=list)

    @property
    def meeting_id(self) -> str:
        return self.meeting["meeting_id"]

    def fact(self, name: str) -> Evidence | None:
        """Where the meeting's field `name` was read (meeting_facts), if recorded."""
        for row in self.facts:
            if row.get("field") == name:
                return Evidence.of(row)
        return None

    def header_evidence(self, *names: str) -> Evidence | None:
        """The first recorded provenance among `names`, else the meeting's header."""
        for name in names:
            found = self.fact(name)
            if found is not None:
                return found
        return Evidence.of(self.meeting)

    @cached_property
    def text(self) -> str:
        """The document's text, rebuilt from its pages (offsets as in the warehouse)."""
        parts, pos = [], 0
        for p in sorted(self.pages, key=lambda p: p["char_start"]):
            start, page_text = p["char_start"], p.get("text") or ""
            if start > pos:
                parts.append("\n" * (start - pos))  # what lies between pages (separators) was not kept
                pos = start
            parts.append(page_text[pos - start:])
            pos = max(pos, start + len(page_text))
        return "".join(parts)

    @cached_property
    def dates(self) -> tuple:
        """Every full date in the document's text, with its span: (date, start, end), in order."""
        return tuple(find_dates(self.text))

    def page_at(self, offset: int) -> int | None:
        """The page holding character `offset`."""
        for p in sorted(self.pages, key=lambda p: p["char_start"], reverse=True):
            if p["char_start"] <= offset:
                return p["page"]
        return None

    def span(self, start: int, end: int) -> Evidence:
        """Evidence for the span [start, end) of the document's text."""
        return Evidence(self.text[start:end], self.page_at(start), start, end)

    @cached_property
    def positions(self) -> dict[str, int]:
        """Agenda order of each item number."""
        return {str(a["number"]): a["position"] for a in self.agenda_items
                if a.get("number") is not None and a.get("position") is not None}

    def item_at(self, offset: int) -> dict | None:
        """The innermost agenda item whose body section holds character `offset`."""
        best = None
        for a in self.agenda_items:
            start, end = a.get("section_char_start"), a.get("section_char_end")
            if start is not None and end is not None and start <= offset < end:
                if best is None or end - start < best["section_char_end"] - best["section_char_start"]:
                    best = a
        return best

    def decisions_for(self, number: str | None) -> list[dict]:
        """Decisions recorded for an agenda item."""
        return [d for d in self.decisions if d.get("item_number") == number]
