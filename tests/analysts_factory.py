"""Build small warehouses filled with realistic rows, through the real loader.

The rows come from tests/fixtures/analysts_warehouse.json (shaped on the dev corpus gold
annotations, every person, commune and place replaced by a fictional one, name spellings varied
on purpose). Each meeting becomes a synthetic text
document whose lines are the facts' source words, so every row keeps a true provenance.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import Decimal
from pathlib import Path

from pipeline import load, persons
from pipeline.french import normalise_person
from pipeline.records import (
    AgendaItem,
    Attendance,
    AttendanceChange,
    BudgetLine,
    Decision,
    Document,
    Extraction,
    IndividualVote,
    Line,
    Meeting,
    Page,
    ProcessedDocument,
    Proxy,
    Segmentation,
)

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "analysts_warehouse.json"
_DATES = ("date", "convened_on", "next_meeting_date")


def load_spec() -> dict:
    """The fixture's meetings, as a dict."""
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


class _Text:
    """Accumulates lines of a synthetic document and remembers each line's span."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, int, int]] = []
        self.size = 0

    def add(self, text: str) -> int:
        start = self.size
        self.lines.append((text, start, start + len(text)))
        self.size += len(text) + 1
        return len(self.lines) - 1


def processed(spec: dict) -> ProcessedDocument:
    """One fixture meeting as the ProcessedDocument `pipeline.process` would produce."""
    t = _Text()
    meeting = dict(spec["meeting"])
    for key in _DATES:
        if meeting.get(key):
            meeting[key] = dt.date.fromisoformat(meeting[key])
    header = t.add(f"{meeting.get('assembly') or 'Conseil'} de {meeting.get('body') or '?'} du {meeting.get('date')}")
    heads = {f: t.add(f"{f} : {meeting[f]}") for f in ("president", "secretary") if meeting.get(f)}
    agenda = [(a, t.add(f"{a['number']}. {a['title']}")) for a in spec.get("agenda", [])]
    att = [(a, t.add(f"{a.get('civility') or ''} {a['person']} ({a['status']})".strip())) for a in spec.get("attendance", [])]
    prox = [(p, t.add(f"{p['giver']} donne pouvoir à {p['holder']}")) for p in spec.get("proxies", [])]
    decs = [(d, t.add(f"Point {d['item_number']} : {d['outcome']}")) for d in spec.get("decisions", [])]
    votes = [(v, t.add(f"Point {v['item_number']} : {v['vote']} : {v['person']}")) for v in spec.get("individual_votes", [])]
    changes = [(c, t.add(c.get("note") or f"Questions {c['from_item']} à {c.get('to_item')}")) for c in spec.get("attendance_changes", [])]
    budget = [(b, t.add(f"{b['chapter']} {b['article']} {b['label']} {b['amount']}")) for b in spec.get("budget_lines", [])]
    text = "\n".join(line for line, _, _ in t.lines)
    document_id = hashlib.sha256(text.encode()).hexdigest()
    per_page = 40
    pages = []
    for number, first in enumerate(range(0, len(t.lines), per_page), start=1):
        chunk = t.lines[first:first + per_page]
        pages.append(Page(number, chunk[0][1], chunk[-1][2]))
    doc_lines = tuple(Line(line, s, e, 1 + i // per_page) for i, (line, s, e) in enumerate(t.lines))
    doc = Document(document_id, f"fixtures/{spec['key']}.txt", "text", text, tuple(pages), doc_lines)

    def prov(index: int):
        _, start, end = t.lines[index]
        return doc.provenance(start, end)

    provenance = {"body": prov(header), "date": prov(header)} | {f: prov(i) for f, i in heads.items()}
    extraction = Extraction(
        meeting=Meeting(**meeting, provenance=provenance),
        attendance=tuple(
            Attendance(a["person"], normalise_person(a["person"]), a.get("civility"), a["status"], a.get("substitute_for"),
                       a.get("role"), prov(i)) for a, i in att
        ),
        proxies=tuple(Proxy(p["giver"], p["holder"], prov(i)) for p, i in prox),
        decisions=tuple(
            Decision(d["item_number"], d["outcome"], d.get("unanimous"), d.get("votes_for"), d.get("votes_against"),
                     d.get("abstentions"), d.get("not_voting"), d.get("deliberation_number"), prov(i)) for d, i in decs
        ),
        attendance_changes=tuple(
            AttendanceChange(c.get("from_item"), c.get("to_item"), c.get("members_present"), c.get("proxies"), c.get("votes_cast"),
                             c.get("absent"), c.get("note") or "", prov(i), c.get("person"), c.get("event"), c.get("holder"))
            for c, i in changes
        ),
        individual_votes=tuple(IndividualVote(v["item_number"], v["person"], v["vote"], prov(i)) for v, i in votes),
        budget_lines=tuple(
            BudgetLine(b.get("item_number"), b["amendment"], b.get("budget") or "principal", b["section"], b["side"],
                       b["article"], b.get("chapter"), b.get("operation"), b["label"], Decimal(b["amount"]), b.get("chapter"),
                       prov(i)) for b, i in budget
        ),
    )
    items = tuple(
        AgendaItem(a["number"], a["title"], a["number"].count(".") + 1, a["number"].rsplit(".", 1)[0] if "." in a["number"] else None,
                   position, "agenda", prov(i))
        for position, (a, i) in enumerate(agenda)
    )
    seg = Segmentation(items, (), None, 0)
    return ProcessedDocument(doc.path, document_id, len(text.encode()), "ok", "ok", doc, seg, extraction)


def _findings(con, spec: dict, result: ProcessedDocument) -> None:
    meeting_id = load.meeting_id_for(result.document_id)
    for f in spec.get("findings", []):
        con.execute(
            "insert into findings values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [meeting_id, result.document_id, f["check"], f["severity"], f["message"], f.get("item_number"),
             f.get("legal_basis"), f.get("evidence"), None, None, None],
        )


def build_warehouse(path: str | Path, keys: list[str] | None = None, spec: dict | None = None) -> Path:
    """A warehouse at `path` holding the fixture meetings (all, or those named in `keys`), persons resolved."""
    spec = spec or load_spec()
    con = load.connect(path)
    try:
        for meeting in spec["meetings"]:
            if keys is None or meeting["key"] in keys:
                result = processed(meeting)
                load.write_document(con, result)
                _findings(con, meeting, result)
        persons.rebuild(con)
    finally:
        con.close()
    return Path(path)
