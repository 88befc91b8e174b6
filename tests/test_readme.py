"""The README's commands and queries are the ones the code has: its SQL runs on a warehouse
built from a sample, and every Make target it names exists."""

from __future__ import annotations

import re

import duckdb
import pytest

from pipeline.ingest import ingest
from tests.conftest import ROOT, sample_path

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    db = tmp_path_factory.mktemp("readme") / "w.duckdb"
    ingest([sample_path("numerian_2024-09-30.txt")], db, jobs=1, progress=False)
    return db


def sql_statements() -> list[str]:
    blocks = re.findall(r"```sql\n(.*?)```", README, flags=re.S)
    text = "\n".join(re.sub(r"--[^\n]*", "", block) for block in blocks)
    return [s.strip() for s in text.split(";") if s.strip()]


def test_readme_has_queries():
    assert len(sql_statements()) >= 5


@pytest.mark.parametrize("statement", sql_statements(), ids=lambda s: " ".join(s.split())[:40])
def test_readme_query_runs(warehouse, statement):
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        con.execute(statement).fetchall()
    finally:
        con.close()


def test_readme_python_example_runs(warehouse, capsys):
    code = re.search(r"```python\n(.*?)```", README, flags=re.S).group(1)
    exec(code.replace("data/warehouse/minutes.duckdb", str(warehouse)), {})
    assert "Syndicat Mixte" in capsys.readouterr().out


def test_every_make_target_named_in_the_readme_exists():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z]+):", makefile, flags=re.M))
    named = set(re.findall(r"`make ([a-z]+)", README))
    assert named and named <= targets, named - targets
