"""Consistency checks over the warehouse: one named unit per rule, and the runner.

Each check (see `CHECKS`) declares its code, the legal basis it rests on (CGCT article) and its
severity, and returns the violations it finds in one session with the quoted evidence (source
text, page, character span). `run_checks(con)` recomputes every finding and the coverage table
(`check_runs`: which checks ran on each session, and why one stayed silent) in one transaction.
Checks read the warehouse only; they never import the extractors.
"""

from __future__ import annotations

from collections import defaultdict

from pipeline.checks import agenda, arithmetic, attendance, budget, dates, placeholder, proxies, quorum, votes
from pipeline.checks.base import Check, Evidence, Finding, MeetingData, Outcome, unverifiable
from pipeline.load import insert_rows
from pipeline.migrations import transaction

CHECKS: tuple[Check, ...] = (
    votes.CHECK,
    quorum.CHECK,
    attendance.COUNT,
    attendance.TOTAL,
    proxies.CHECK,
    budget.BALANCE,
    budget.TOTALS,
    agenda.CHECK,
    placeholder.CHECK,
    dates.CHECK,
    arithmetic.CHECK,
)
BY_CODE = {c.code: c for c in CHECKS}
# The checks a kind of document gives no ground for (meetings.document_kind): a list of deliberations prints
# neither attendance, quorum, proxies nor votes, and its entries are the agenda and the body at once
NOT_APPLICABLE: dict[str, tuple[tuple[str, ...], str]] = {
    "liste": (
        (votes.CHECK.code, quorum.CHECK.code, attendance.COUNT.code, attendance.TOTAL.code, proxies.CHECK.code, agenda.CHECK.code),
        "sans objet pour une liste des délibérations (ni présences, ni quorum, ni pouvoirs, ni votes, ni débats)",
    ),
}
_TABLES = ("meeting_facts", "attendance", "proxies", "attendance_changes", "agenda_items", "decisions",
           "individual_votes", "budget_lines", "budget_totals")

__all__ = ["CHECKS", "BY_CODE", "Check", "Evidence", "Finding", "MeetingData", "Outcome", "load_meetings",
           "evaluate", "run_checks", "unverifiable"]


def _rows(con, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def load_meetings(con, meeting_ids: list[str] | None = None) -> list[MeetingData]:
    """Every session of the warehouse (or those named) with its rows, ready for the checks."""
    only, params = ("", []) if meeting_ids is None else (" where meeting_id in (select unnest(?::varchar[]))", [list(meeting_ids)])
    meetings = _rows(con, f"select * from meetings{only} order by meeting_id", params)
    grouped: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for table in _TABLES:
        # rows of one span (a list's names share its block's provenance) in the order they were extracted (rowid):
        # a check that names the first doubtful row names the same one on every run
        order = "position" if table == "agenda_items" else "coalesce(char_start, 0), rowid"
        for row in _rows(con, f"select * from {table}{only} order by meeting_id, {order}", params):
            grouped[row["meeting_id"]][table].append(row)
    wanted_documents = [m["document_id"] for m in meetings]
    documents = {}
    for d in _rows(con, "select * from documents where status not in ('duplicate', 'failed') "
                        "and document_id in (select unnest(?::varchar[])) order by path", [wanted_documents]):
        documents.setdefault(d["document_id"], d)
    pages: dict[str, list[dict]] = defaultdict(list)
    for p in _rows(con, "select * from document_pages where document_id in (select unnest(?::varchar[])) order by document_id, page",
                   [wanted_documents]):
        pages[p["document_id"]].append(p)
    out = []
    for m in meetings:
        g = grouped[m["meeting_id"]]
        out.append(MeetingData(
            meeting=m, document=documents.get(m["document_id"], {}), facts=g["meeting_facts"],
            attendance=g["attendance"], proxies=g["proxies"], attendance_changes=g["attendance_changes"],
            agenda_items=g["agenda_items"], decisions=g["decisions"], individual_votes=g["individual_votes"],
            budget_lines=g["budget_lines"], budget_totals=g["budget_totals"], pages=pages[m["document_id"]],
        ))
    return out


def evaluate(m: MeetingData, checks: tuple[Check, ...] = CHECKS) -> list[tuple[Check, Outcome]]:
    """Run the checks on one session; a check that crashes is recorded as not run, with the error."""
    results = []
    skipped, why = NOT_APPLICABLE.get(m.meeting.get("document_kind") or "minutes", ((), ""))
    for c in checks:
        if c.code in skipped:
            results.append((c, unverifiable(why)))
            continue
        try:
            outcome = c.function(m)
        except Exception as exc:  # a check bug must not hide the other checks' findings
            outcome = Outcome(False, f"erreur interne du contrôle : {type(exc).__name__}: {exc}", status="error")
        results.append((c, outcome))
    return results


def _finding_row(m: MeetingData, c: Check, f: Finding) -> list:
    ev = f.evidence or Evidence(None)
    return [m.meeting_id, m.meeting.get("document_id"), c.code, f.severity or c.severity, f.message, f.item_number,
            c.legal_basis, ev.text, ev.page, ev.char_start, ev.char_end]


def run_checks(con, checks: tuple[Check, ...] = CHECKS, meeting_ids: list[str] | None = None) -> dict[str, int]:
    """(Re)compute the findings and the coverage of every session, or of the sessions named (an
    ingest rechecks only the documents it wrote), in one transaction.

    Returns the number of findings per check code in the whole warehouse.
    """
    meetings = load_meetings(con, meeting_ids)
    findings, runs = [], []
    for m in meetings:
        for c, outcome in evaluate(m, checks):
            runs.append([m.meeting_id, c.code, outcome.ran, outcome.reason, outcome.state])
            seen = set()
            for f in outcome.findings:
                if (f.item_number, f.message) in seen:
                    continue  # the same violation read twice (a total printed twice)
                seen.add((f.item_number, f.message))
                findings.append(_finding_row(m, c, f))
    with transaction(con):
        if meeting_ids is None:
            con.execute("delete from findings")
            con.execute("delete from check_runs")
        else:
            for table in ("findings", "check_runs"):
                con.execute(f"delete from {table} where meeting_id in (select unnest(?::varchar[])) "
                            "or meeting_id not in (select meeting_id from meetings)", [list(meeting_ids)])
        insert_rows(con, "findings", findings)
        insert_rows(con, "check_runs", runs)
    counts: dict[str, int] = {c.code: 0 for c in checks}
    for code, n in con.execute('select "check", count(*) from findings group by 1').fetchall():
        if code in counts:
            counts[code] = n
    return counts
