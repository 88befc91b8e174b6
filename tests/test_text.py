"""Folding (`pipeline.text.fold`) and the warehouse's column-wise insert (`load.insert_rows`)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

import duckdb
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import load
from pipeline.text import fold


def folded_by_definition(text: str) -> str:
    """The definition: decompose the whole text, drop the combining marks, lower."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def test_fold_on_minutes_words():
    assert fold("Délibération n°2024-05 : Élection du Maire") == "deliberation n°2024-05 : election du maire"
    assert fold("Œuvres, « garçon », ﬁnances") == "œuvres, « garcon », finances"
    assert fold("ADOPTÉ À L’UNANIMITÉ") == "adopte a l’unanimite"


@settings(max_examples=2000, deadline=None)
@given(st.text())
def test_fold_is_the_definition(text):
    assert fold(text) == folded_by_definition(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(categories=("L", "M", "Zs", "P"))))
def test_fold_of_letters_and_marks_is_the_definition(text):
    """Combining marks in any order after a letter (the case canonical reordering touches)."""
    assert fold(text) == folded_by_definition(text)


def test_insert_rows_keeps_every_type_exactly():
    con = duckdb.connect()
    con.execute("create table t (a VARCHAR, b INTEGER, c DECIMAL(18, 2), d DATE, e BOOLEAN, f VARCHAR[])")
    load._COLUMN_TYPES.pop("t", None)
    rows = [
        ["l'été", 1, Decimal("1234.5"), dt.date(2024, 9, 30), True, ["a", "b"]],
        [None, None, Decimal("-0.01"), None, None, None],
        ["x", 2_000_000_000, Decimal("99999999.99"), dt.date(1999, 1, 1), False, []],
    ]
    load.insert_rows(con, "t", rows, batch=2)  # two statements
    assert con.execute("select * from t").fetchall() == [
        ("l'été", 1, Decimal("1234.50"), dt.date(2024, 9, 30), True, ["a", "b"]),
        (None, None, Decimal("-0.01"), None, None, None),
        ("x", 2_000_000_000, Decimal("99999999.99"), dt.date(1999, 1, 1), False, []),
    ]
    load._COLUMN_TYPES.pop("t", None)


def test_insert_rows_refuses_a_row_of_the_wrong_width():
    con = duckdb.connect()
    con.execute("create table u (a VARCHAR, b INTEGER)")
    load._COLUMN_TYPES.pop("u", None)
    try:
        load.insert_rows(con, "u", [["a"]])
    except ValueError as exc:
        assert "2 colonnes" in str(exc)
    else:
        raise AssertionError("a row of one value went into a table of two columns")
    finally:
        load._COLUMN_TYPES.pop("u", None)
