"""Open-data exports of the warehouse: SCDL Délibérations and Budget CSV, and every table as Parquet.

`export(db, out, mapping)` writes, under `out`:
- scdl_deliberations.csv: one row per adopted decision, in the SCDL "Délibérations" schema;
- scdl_budget.csv: one row per budget amendment line, in the SCDL "Budget" schema;
- beside each, a .provenance.csv giving for every data row the session, item, page and words;
- parquet/<table>.parquet for every table and view of the warehouse.
Fields the minutes do not hold (SIRET, ACTES subject codes, URLs) come from the user's mapping
or stay empty: nothing is invented. Each CSV is validated against the embedded schema.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from pipeline.exports import scdl
from pipeline.exports.mapping import Mapping, read_mapping
from pipeline.exports.tableschema import Report, load_schema, validate_csv


@dataclass
class ExportSummary:
    """What an export wrote: files with their row counts, and each CSV's validation report."""

    files: dict[str, int] = field(default_factory=dict)
    reports: dict[str, Report] = field(default_factory=dict)


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    """UTF-8, comma-separated, header first; None written as an empty cell."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([["" if v is None else v for v in row] for row in rows])


def _relations(con) -> list[str]:
    tables = [r[0] for r in con.execute(
        "select table_name from duckdb_tables() where schema_name = 'main' and not internal and not temporary order by 1"
    ).fetchall()]
    views = [r[0] for r in con.execute(
        "select view_name from duckdb_views() where schema_name = 'main' and not internal and not temporary order by 1"
    ).fetchall()]
    return tables + views


def export_parquet(con, out: Path) -> dict[str, int]:
    """Every table and view as out/<name>.parquet (DuckDB writes Parquet itself); rows per file."""
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name in _relations(con):
        target = out / f"{name}.parquet"
        con.execute(f"copy (select * from \"{name}\") to '{target.as_posix()}' (format parquet)")
        written[f"parquet/{target.name}"] = con.execute(f'select count(*) from "{name}"').fetchone()[0]
    return written


def export(db_path: str | Path, out: str | Path, mapping: Mapping | str | Path | None = None, parquet: bool = True) -> ExportSummary:
    """Write the SCDL CSVs (validated) and the Parquet files of the warehouse at `db_path` under `out`."""
    if not isinstance(mapping, Mapping):
        mapping = read_mapping(mapping)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    summary = ExportSummary()
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        for name, build in (("scdl_deliberations", scdl.deliberations), ("scdl_budget", scdl.budget)):
            schema = load_schema(name)
            header, rows, provenance = build(con, mapping)
            write_csv(out / f"{name}.csv", header, rows)
            write_csv(out / f"{name}.provenance.csv", scdl.PROVENANCE_HEADER, provenance)
            summary.files[f"{name}.csv"] = len(rows)
            summary.reports[f"{name}.csv"] = validate_csv(out / f"{name}.csv", schema)
        if parquet:
            summary.files |= export_parquet(con, out / "parquet")
    finally:
        con.close()
    return summary
