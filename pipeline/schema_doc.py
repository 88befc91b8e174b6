"""Schema documentation generated from the warehouse's own comments (COMMENT ON)."""

from __future__ import annotations

from pipeline import load


def schema_markdown(db_path: str = ":memory:") -> str:
    """Markdown describing every table and column of the warehouse, from its comments."""
    con = load.connect(db_path) if db_path == ":memory:" else load.connect(db_path, read_only=True)
    tables = con.execute(
        "select table_name, comment from duckdb_tables() where schema_name = 'main' order by table_name"
    ).fetchall()
    out = []
    for table, comment in tables:
        out.append(f"### `{table}`\n\n{comment or ''}\n\n| column | type | description |\n|---|---|---|")
        for name, dtype, col_comment in con.execute(
            "select column_name, data_type, comment from duckdb_columns() where table_name = ? and schema_name = 'main' order by column_index",
            [table],
        ).fetchall():
            out.append(f"| `{name}` | {dtype} | {(col_comment or '').replace('|', '/')} |")
        out.append("")
    con.close()
    return "\n".join(out).rstrip() + "\n"
