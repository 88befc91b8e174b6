"""Load stage: write processed documents into the warehouse, a batch per transaction, all or none.

Re-ingesting an unchanged file (same bytes, same path, same pipeline version) changes nothing;
a changed file replaces its rows; nothing is duplicated. The warehouse schema lives in
`schema.sql`, the one place where tables and their comments are defined.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import duckdb

from pipeline.migrations import migrate, transaction
from pipeline.records import Extraction, ProcessedDocument, Provenance
from pipeline.version import _recomputed, pipeline_version, same_extraction  # noqa: F401 (re-exported)

SCHEMA_FILE = Path(__file__).with_name("schema.sql")
FACT_TABLES = (
    "meetings", "meeting_facts", "attendance", "proxies", "attendance_changes", "agenda_items", "decisions",
    "individual_votes", "decision_amounts", "budget_lines", "budget_totals", "membership_changes", "findings",
    "document_pages",
)


def connect(db_path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, creating its folder and tables when needed, migrating an older one."""
    if not read_only:
        Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(db_path), read_only=read_only)
    if not read_only:
        try:
            migrate(con, SCHEMA_FILE.read_text(encoding="utf-8"))  # creates it, or brings it to the current schema
        except Exception:
            con.close()
            raise
    return con


def meeting_id_for(document_id: str) -> str:
    """The session's identifier: one meeting per document."""
    return f"{document_id[:16]}-1"


def known_document(con, path: str) -> tuple[str | None, str | None, str | None]:
    """(document_id, pipeline_version, status) stored for a path, or Nones."""
    row = con.execute("select document_id, pipeline_version, status from documents where path = ?", [path]).fetchone()
    return row if row else (None, None, None)


def _prov(p: Provenance | None) -> list:
    return [p.page, p.char_start, p.char_end, p.text] if p else [None, None, None, None]


_COLUMN_TYPES: dict[str, list[str]] = {}


def _column_types(con, table: str) -> list[str]:
    """The SQL types of a table's columns, in order (cached: `schema.sql` is the one definition)."""
    if table not in _COLUMN_TYPES:  # every table's at once: information_schema costs a few ms a query
        for name, kinds in con.execute(
                "select table_name, list(data_type order by ordinal_position) from information_schema.columns "
                "where table_schema = 'main' group by table_name").fetchall():
            _COLUMN_TYPES.setdefault(name, list(kinds))
    return _COLUMN_TYPES[table]


def insert_rows(con, table: str, rows: list[list], batch: int = 20_000) -> None:
    """Rows inserted column-wise, one list parameter per column and one statement per batch:
    `insert into t select unnest($1::VARCHAR[]), unnest($2::INTEGER[]), ...`.

    Binding one parameter per value (`values (?, ?), (?, ?)`) costs DuckDB about 20 µs a value,
    and its executemany runs one statement per row; a list per column is about three times
    cheaper than the first. Decimals travel as text and are cast exactly (`'12.50'` →
    DECIMAL(18, 2)), so that amounts of different scales never meet in one inferred list type."""
    if not rows:
        return
    types = _column_types(con, table)
    if len(types) != len(rows[0]):
        raise ValueError(f"{table} : {len(rows[0])} valeurs par ligne pour {len(types)} colonnes")
    select = ", ".join(f"unnest(${i + 1}::{kind}[])" for i, kind in enumerate(types))
    decimal = [kind.startswith("DECIMAL") for kind in types]
    for begin in range(0, len(rows), batch):
        columns = [list(values) for values in zip(*rows[begin:begin + batch], strict=True)]
        for index, is_decimal in enumerate(decimal):
            if is_decimal:
                columns[index] = [None if v is None else str(v) for v in columns[index]]
        con.execute(f"insert into {table} select {select}", columns)


def _delete_document(con, document_id: str) -> None:
    for table in FACT_TABLES:
        con.execute(f"delete from {table} where document_id = ?", [document_id])


def _meeting_rows(meeting_id: str, document_id: str, extraction: Extraction, header: Provenance | None) -> tuple[list, list]:
    m = extraction.meeting
    row = [
        meeting_id, document_id, m.body, m.assembly, m.date, m.start_time, m.end_time, m.place, m.convened_on,
        m.president, m.secretary, m.members_in_office, m.members_present, m.members_represented, m.votes_cast,
        m.votes_for, m.votes_against, m.abstentions, m.next_meeting_date, m.reconvened, *_prov(header), m.body_kind,
        m.document_kind,
    ]
    facts = []
    for name, prov in m.provenance.items():
        value = getattr(m, name, None)
        facts.append([meeting_id, document_id, name, None if value is None else str(value), *_prov(prov)])
    return [row], facts


def write_document(con, processed: ProcessedDocument) -> None:
    """Replace everything stored for this path with the processed result, in one transaction."""
    write_documents(con, [processed])


def write_documents(con, batch: Sequence[ProcessedDocument]) -> None:
    """Write processed documents in one transaction, all or none: each replaces what was stored
    for its path. The rows of every document go to each table in one statement, so a batch
    costs about as many statements as one document (an ingest writes a few at a time). The
    documents of a batch have distinct paths and distinct contents (`ingest.plan` sees to it)."""
    rows: dict[str, list[list]] = defaultdict(list)
    with transaction(con):
        known = _any_stored(con, batch)  # a first ingest stores none: no two queries a document
        for processed in batch:
            if known:
                _forget_previous(con, processed)
            rows["documents"].append(_document_row(processed))
            if processed.document is not None and processed.extraction is not None and processed.status not in ("duplicate", "failed"):
                for table, table_rows in _fact_rows(processed).items():
                    rows[table].extend(table_rows)
        for table in ("documents", *FACT_TABLES):
            insert_rows(con, table, rows[table])


def _any_stored(con, batch: Sequence[ProcessedDocument]) -> bool:
    """Whether the warehouse holds a row for any path or content of the batch: else
    `_forget_previous` has nothing to forget for any of its documents."""
    paths = [p.path for p in batch]
    ids = [p.document_id for p in batch if p.document_id]
    return con.execute("select exists (select 1 from documents where path in (select unnest(?::varchar[])) "
                       "or document_id in (select unnest(?::varchar[])))", [paths, ids]).fetchone()[0]


def _forget_previous(con, processed: ProcessedDocument) -> None:
    """Delete what the path held before (unless another path shares it), and any facts of the
    same content stored under another path: facts are written with their documents row."""
    old_id, _, old_status = known_document(con, processed.path)
    if old_id and old_status not in ("duplicate",):
        shared = con.execute(
            "select count(*) from documents where document_id = ? and path <> ? and status not in ('duplicate', 'failed')",
            [old_id, processed.path],
        ).fetchone()[0]
        if not shared:
            _delete_document(con, old_id)
    stored = processed.document_id and con.execute(
        "select 1 from documents where document_id = ? limit 1", [processed.document_id]).fetchone()
    if stored and processed.status not in ("duplicate", "failed"):
        _delete_document(con, processed.document_id)
    if old_id is not None or old_status is not None:
        con.execute("delete from documents where path = ?", [processed.path])


def _document_row(processed: ProcessedDocument) -> list:
    doc = processed.document
    return [
        processed.path, processed.document_id, Path(processed.path).name, doc.format if doc else None,
        processed.size, len(doc.pages) if doc else None, processed.status, processed.message,
        pipeline_version(), dt.datetime.now(dt.UTC).replace(tzinfo=None), round(processed.seconds, 3),
    ]


def _fact_rows(processed: ProcessedDocument) -> dict[str, list[list]]:
    """The rows of every fact table for one processed document."""
    doc, seg, ex = processed.document, processed.segmentation, processed.extraction
    did = doc.document_id
    mid = meeting_id_for(did)
    header_end = seg.agenda_span[0] if seg and seg.agenda_span else (seg.preamble_end if seg else len(doc.text))
    header = doc.provenance(0, min(header_end, 2000)) if doc.text else None
    meeting_rows, facts = _meeting_rows(mid, did, ex, header)
    sections = {s.item_number: s for s in seg.sections} if seg else {}
    agenda_rows = []
    for item in seg.agenda if seg else ():
        section = sections.get(item.number)
        agenda_rows.append([
            mid, did, item.number, item.title, item.level, item.parent, item.position, item.source,
            section is not None, section.heading if section else None, section.provenance.page if section else None,
            section.start if section else None, section.end if section else None, *_prov(item.provenance), item.found_by,
        ])
    return {
        "meetings": meeting_rows,
        "meeting_facts": facts,
        "agenda_items": agenda_rows,
        "attendance": [[mid, did, a.person, a.person_normalised, a.civility, a.status, a.substitute_for, a.role, *_prov(a.provenance)]
                       for a in ex.attendance],
        "proxies": [[mid, did, p.giver, p.holder, *_prov(p.provenance)] for p in ex.proxies],
        "attendance_changes": [
            [mid, did, c.from_item, c.to_item, c.members_present, c.proxies, c.votes_cast, c.absent, c.note, *_prov(c.provenance),
             c.person, c.event, c.holder]
            for c in ex.attendance_changes
        ],
        "decisions": [
            [mid, did, d.item_number, d.outcome, d.unanimous, d.votes_for, d.votes_against, d.abstentions, d.not_voting,
             d.deliberation_number, *_prov(d.provenance)]
            for d in ex.decisions
        ],
        "individual_votes": [[mid, did, v.item_number, v.person, v.vote, *_prov(v.provenance)] for v in ex.individual_votes],
        "decision_amounts": [
            [mid, did, a.item_number, a.amount, a.unit, a.context, *_prov(a.provenance)] for a in ex.decision_amounts
        ],
        "budget_lines": [
            [mid, did, b.item_number, b.amendment, b.budget, b.section, b.side, b.article, b.chapter, b.operation, b.label,
             b.amount, b.chart_chapter, *_prov(b.provenance)]
            for b in ex.budget_lines
        ],
        "budget_totals": [
            [mid, did, t.item_number, t.amendment, t.budget, t.section, t.side, t.amount, *_prov(t.provenance)]
            for t in ex.budget_totals
        ],
        "membership_changes": [
            [mid, did, c.item_number, c.member, c.organisation, c.change, c.in_principle, *_prov(c.provenance)]
            for c in ex.membership_changes
        ],
        "document_pages": [[did, p.number, p.start, p.end, p.ocr, doc.text[p.start:p.end], p.ocr_confidence]
                           for p in doc.pages],
    }


def as_row(record) -> dict:
    """A record as a plain dict (Decimals and dates kept), for reports and tests."""
    out = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        out[f.name] = value if isinstance(value, (str, int, float, bool, Decimal, dt.date, type(None))) else str(value)
    return out
