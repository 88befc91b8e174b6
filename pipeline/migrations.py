"""The warehouse's schema version, and the migrations that bring an older warehouse up to it.

`schema.sql` describes the current schema and creates what is missing (`CREATE TABLE IF NOT
EXISTS`); it cannot change a table that exists. So every change to an existing table is also a
migration here, numbered, applied once in a transaction when a warehouse is opened for writing,
and recorded in `schema_version`. A new column goes at the end of its table in `schema.sql`
(ALTER TABLE ADD COLUMN puts it there), so that a migrated warehouse and a fresh one have the
same columns in the same order (rows are inserted by position).

A warehouse written before versioning existed is version 1. A warehouse of a newer version than
this code knows is refused rather than written with an older layout.
"""

from __future__ import annotations

import contextlib
import datetime as dt

SCHEMA_VERSION = 6


@contextlib.contextmanager
def transaction(con):
    """The statements of the block in one transaction, all or none: committed at its end, rolled back on an error
    (raised again). Every writer of the warehouse uses it (load, migrations, persons, checks)."""
    con.execute("begin transaction")
    try:
        yield
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


# version -> (what changes, statements); each statement can run again without harm
MIGRATIONS: dict[int, tuple[str, tuple[str, ...]]] = {
    2: ("check_runs.status : exécuté, sans données, non vérifiable ou en erreur", (
        "ALTER TABLE check_runs ADD COLUMN IF NOT EXISTS status VARCHAR",
        "UPDATE check_runs SET status = CASE WHEN ran THEN 'ran' WHEN reason LIKE 'erreur interne%' THEN 'error' "
        "ELSE 'no_data' END WHERE status IS NULL",
    )),
    3: ("agenda_items.found_by : comment chaque point a été trouvé", (
        "ALTER TABLE agenda_items ADD COLUMN IF NOT EXISTS found_by VARCHAR",
    )),
    4: ("attendance_changes : la personne qui arrive, part, revient ou ne vote pas, et la procuration donnée ; "
        "meetings.body_kind : commune, communauté, syndicat", (
        "ALTER TABLE attendance_changes ADD COLUMN IF NOT EXISTS person VARCHAR",
        "ALTER TABLE attendance_changes ADD COLUMN IF NOT EXISTS event VARCHAR",
        "ALTER TABLE attendance_changes ADD COLUMN IF NOT EXISTS holder VARCHAR",
        "ALTER TABLE meetings ADD COLUMN IF NOT EXISTS body_kind VARCHAR",
    )),
    5: ("document_pages.ocr_confidence : la confiance de l'OCR dans chaque page numérisée", (
        "ALTER TABLE document_pages ADD COLUMN IF NOT EXISTS ocr_confidence DOUBLE",
    )),
    6: ("meetings.document_kind : procès-verbal, liste des délibérations ou extrait du registre", (
        "ALTER TABLE meetings ADD COLUMN IF NOT EXISTS document_kind VARCHAR",
        "UPDATE meetings SET document_kind = 'minutes' WHERE document_kind IS NULL",
    )),
}
VERSION_TABLE = """CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL,
    applied_at TIMESTAMP NOT NULL,
    description VARCHAR
)"""


class NewerWarehouse(Exception):
    """The warehouse was written by a newer minutier, with a schema this code does not know."""


def _tables(con) -> set[str]:
    return {name for (name,) in con.execute(
        "select table_name from information_schema.tables where table_schema = 'main'").fetchall()}


def current_version(con) -> int | None:
    """The warehouse's schema version: None for an empty database, 1 before versioning existed."""
    tables = _tables(con)
    if "schema_version" in tables:
        return con.execute("select max(version) from schema_version").fetchone()[0] or 1
    return 1 if "documents" in tables else None


def migrate(con, schema_sql: str) -> int:
    """Bring the warehouse to `SCHEMA_VERSION` (creating it when empty); return the version it had
    (0 when created). Nothing runs when it is up to date: opening a warehouse stays cheap."""
    found = current_version(con)
    if found == SCHEMA_VERSION:
        return found
    if found is not None and found > SCHEMA_VERSION:
        raise NewerWarehouse(
            f"l'entrepôt est au schéma v{found}, plus récent que celui de ce minutier (v{SCHEMA_VERSION}) : "
            "mettez minutier à jour")
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with transaction(con):
        con.execute(VERSION_TABLE)
        if found is None:
            con.execute(schema_sql)
            con.execute("insert into schema_version values (?, ?, ?)", [SCHEMA_VERSION, now, "schéma créé"])
        else:
            if "schema_version" not in _tables(con) or not con.execute("select count(*) from schema_version").fetchone()[0]:
                con.execute("insert into schema_version values (1, ?, ?)", [now, "schéma antérieur aux versions"])
            for version in range(found + 1, SCHEMA_VERSION + 1):
                description, statements = MIGRATIONS[version]
                for statement in statements:
                    con.execute(statement)
                con.execute("insert into schema_version values (?, ?, ?)", [version, now, description])
            con.execute(schema_sql)  # new tables, views and the columns' descriptions
    return found or 0
