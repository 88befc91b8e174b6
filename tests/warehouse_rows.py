"""Build small warehouses from rows, for the checks' tests: `warehouse(meetings=[...], ...)`.

Columns left out are NULL; meeting_id and document_id default to the one session "m1" of "d1".
"""

from __future__ import annotations

import duckdb

from pipeline.load import SCHEMA_FILE

DEFAULTS = {"meeting_id": "m1", "document_id": "d1"}


def warehouse(**tables: list[dict]) -> duckdb.DuckDBPyConnection:
    """An in-memory warehouse holding the given rows (one meeting "m1" unless `meetings` says otherwise)."""
    con = duckdb.connect(":memory:")
    con.execute(SCHEMA_FILE.read_text(encoding="utf-8"))
    tables.setdefault("meetings", [{}])
    tables.setdefault("documents", [{"path": "/corpus/pv.pdf", "file_name": "pv.pdf", "status": "ok"}])
    for table, rows in tables.items():
        columns = [r[0] for r in con.execute(
            "select column_name from information_schema.columns where table_name = ? order by ordinal_position", [table]).fetchall()]
        for row in rows:
            values = {**{k: v for k, v in DEFAULTS.items() if k in columns}, **row}
            unknown = set(values) - set(columns)
            assert not unknown, f"{table} has no column {unknown}"
            con.execute(f"insert into {table} ({', '.join(chr(34) + c + chr(34) for c in values)}) values "
                        f"({', '.join('?' * len(values))})", list(values.values()))
    return con


def page(text: str, number: int = 1, start: int = 0) -> dict:
    """A document_pages row holding `text`."""
    return {"page": number, "char_start": start, "char_end": start + len(text), "ocr": False, "text": text}


def person(name: str, status: str = "present", **extra) -> dict:
    """An attendance row."""
    return {"person": name, "person_normalised": name, "status": status, "source_text": name, "page": 1, **extra}
