"""Schema documentation generated from the warehouse's own comments (COMMENT ON)."""

from __future__ import annotations

from pipeline import load


def schema_markdown(db_path: str = ":memory:") -> str:
    """Markdown describing every table and column of the warehouse, from its comments."""
    con = load.connect(db_path) if db_path == ":memory:" else load.connect(db_path, read_only=True)
    tables = con.execute(
        "select table_name, comment from duckdb_tables() where schema_name = 'main' order by table_name"
    ).fetchall()
    views = con.execute(
        "select view_name, comment from duckdb_views() where schema_name = 'main' and not internal order by view_name"
    ).fetchall()
    out = []
    for table, comment, kind in [(t, c, "") for t, c in tables] + [(v, c, " (view)") for v, c in views]:
        out.append(f"### `{table}`{kind}\n\n{comment or ''}\n\n| column | type | description |\n|---|---|---|")
        for name, dtype, col_comment in con.execute(
            "select column_name, data_type, comment from duckdb_columns() where table_name = ? and schema_name = 'main' order by column_index",
            [table],
        ).fetchall():
            out.append(f"| `{name}` | {dtype} | {(col_comment or '').replace('|', '/')} |")
        out.append("")
    con.close()
    return "\n".join(out).rstrip() + "\n"


PAGE_HEADER = """# The warehouse's schema

Generated from the comments of pipeline/schema.sql by `make docs`
(`python -m pipeline.schema_doc docs/schema.md`): do not edit by hand. A test fails when this
page and the schema drift apart. How to query it: docs/analysts.md.

"""


def schema_page() -> str:
    """The page docs/schema.md: a header, then every table and view of a fresh warehouse."""
    return PAGE_HEADER + schema_markdown()


if __name__ == "__main__":
    import sys
    from pathlib import Path

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/schema.md")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(schema_page(), encoding="utf-8")
    print(f"→ {target}")
