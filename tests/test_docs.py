"""Documentation that cannot rot: docs/schema.md matches the schema, docs/queries.sql runs."""

from __future__ import annotations

import duckdb
import pytest
import regex

from pipeline import load
from pipeline.schema_doc import schema_page
from tests.analysts_factory import build_warehouse
from tests.conftest import ROOT

QUERIES = ROOT / "docs" / "queries.sql"


def test_schema_doc_matches_the_schema():
    current = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert current == schema_page(), "docs/schema.md is out of date with pipeline/schema.sql: run `make docs`"


def test_every_table_and_column_is_commented():
    con = load.connect(":memory:")
    bare = con.execute(
        "select table_name, column_name from duckdb_columns() where schema_name = 'main' and not internal and (comment is null or comment = '')"
    ).fetchall()
    bare += con.execute("select table_name, '' from duckdb_tables() where schema_name = 'main' and comment is null").fetchall()
    bare += con.execute("select view_name, '' from duckdb_views() where schema_name = 'main' and not internal and comment is null").fetchall()
    assert bare == []


def example_queries() -> list[tuple[str, str]]:
    """(name, sql) of each block of docs/queries.sql."""
    blocks = regex.split(r"^-- name: *", QUERIES.read_text(encoding="utf-8"), flags=regex.M)[1:]
    return [(block.split("\n", 1)[0].strip(), block.split("\n", 1)[1]) for block in blocks]


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    return duckdb.connect(str(build_warehouse(tmp_path_factory.mktemp("q") / "w.duckdb")), read_only=True)


@pytest.fixture(scope="module")
def empty(tmp_path_factory):
    path = tmp_path_factory.mktemp("e") / "e.duckdb"
    load.connect(path).close()
    return duckdb.connect(str(path), read_only=True)


def test_there_are_example_queries():
    names = [name for name, _ in example_queries()]
    assert len(names) >= 6 and len(set(names)) == len(names)


@pytest.mark.parametrize(("name", "sql"), example_queries(), ids=[n for n, _ in example_queries()])
def test_example_query_runs(name, sql, filled, empty):
    assert filled.execute(sql).fetchall(), f"{name} returns nothing on the filled warehouse"
    assert empty.execute(sql).fetchall() == []


def test_query_answers(filled):
    queries = dict(example_queries())
    pairs = filled.execute(queries["proxy_pairs"]).fetchall()
    assert ("Commune de Belcourt", "Faustine MORBOR", "Marius TINPELLOM", 1) in [row[:4] for row in pairs]
    votes = {row[2]: row[8] for row in filled.execute(queries["non_unanimous_votes"]).fetchall() if row[0] == "Commune de Belcourt" and str(row[1]) == "2022-12-13"}
    assert votes["1"] == (
        "Marius TINPELLOM (abstention), Pervenche TOUBER (abstention), Rosalie COUGOT (abstention), "
        "Diane GUEPEL (against), Séraphine BORDOUMOR (against)"
    )
    history = filled.execute(queries["person_history"]).fetchall()
    assert all(row[-1] and row[-2] for row in history)  # page and words, always
