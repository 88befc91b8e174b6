"""Helpers shared by the notebooks: open the warehouse read-only, run the documented queries.

The warehouse is data/warehouse/minutes.duckdb (found from the notebook's folder or above), or
the file named by the environment variable MINUTIER_DB.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
QUERIES = ROOT / "docs" / "queries.sql"


def warehouse_path() -> Path:
    """MINUTIER_DB if set, else data/warehouse/minutes.duckdb of this repository."""
    env = os.environ.get("MINUTIER_DB")
    return Path(env) if env else ROOT / "data" / "warehouse" / "minutes.duckdb"


def connect() -> duckdb.DuckDBPyConnection:
    """A read-only connection to the warehouse, with a clear message when there is none."""
    path = warehouse_path()
    if not path.is_file():
        raise FileNotFoundError(f"Pas d'entrepôt à {path} : lancer `make ingest`, ou donner son chemin dans MINUTIER_DB.")
    return duckdb.connect(str(path), read_only=True)


def has(con, relation: str) -> bool:
    """Whether the warehouse has this table or view (an older warehouse may lack persons: re-run ingest)."""
    found = con.execute(
        "select count(*) from (select table_name as n from duckdb_tables() union all select view_name from duckdb_views()) where n = ?",
        [relation],
    ).fetchall()[0][0]
    if not found:
        print(f"« {relation} » absent de l'entrepôt : relancer `make ingest` avec cette version du pipeline.")
    return bool(found)


def queries() -> dict[str, str]:
    """The named queries of docs/queries.sql."""
    blocks = re.split(r"^-- name: *", QUERIES.read_text(encoding="utf-8"), flags=re.M)[1:]
    return {block.split("\n", 1)[0].strip(): block.split("\n", 1)[1] for block in blocks}


def empty(frame, what: str) -> bool:
    """True, after saying so, when a result has no rows (nothing to plot)."""
    if frame is None or frame.empty:
        print(f"Aucune donnée : {what}.")
        return True
    return False
