"""Ingest into the warehouse: one row per file, unchanged files skipped, changed files replaced,
nothing duplicated, bad files recorded without stopping the batch."""

from __future__ import annotations

import duckdb
import pytest

from pipeline.cli import build_parser, main
from pipeline.ingest import ingest

MINUTES = """Commune de Pierrefonds
Conseil Municipal du 13 décembre 2022
Ordre du jour
1. Budget Commune : Décision modification n°2
2. Tarification 2023
_________
1. Budget Commune : Décision modification n°2
Vote : pour à l'unanimité
2. Tarification 2023
Vote : pour à l'unanimité
"""


def count(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def folder(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "cm.txt").write_text(MINUTES, encoding="utf-8")
    return raw


def test_first_ingest_loads_meeting_and_agenda(folder, tmp_path):
    db = tmp_path / "w.duckdb"
    summary = ingest([folder], db, jobs=1, progress=False)
    assert summary.counts["new"] == 1
    assert count(db, "select body, assembly, date::varchar from meetings") == [("Commune de Pierrefonds", "Conseil Municipal", "2022-12-13")]
    assert count(db, "select number, title from agenda_items order by position") == [
        ("1", "Budget Commune : Décision modification n°2"), ("2", "Tarification 2023")]
    assert count(db, "select status from documents") == [("ok",)]


def test_unchanged_file_is_skipped_and_nothing_is_duplicated(folder, tmp_path):
    db = tmp_path / "w.duckdb"
    ingest([folder], db, jobs=1, progress=False)
    again = ingest([folder], db, jobs=1, progress=False)
    assert again.counts["unchanged"] == 1 and again.counts["new"] == 0
    assert count(db, "select count(*) from agenda_items") == [(2,)]
    assert count(db, "select count(*) from documents") == [(1,)]


def test_changed_file_replaces_its_rows(folder, tmp_path):
    db = tmp_path / "w.duckdb"
    ingest([folder], db, jobs=1, progress=False)
    (folder / "cm.txt").write_text(MINUTES.replace("2. Tarification 2023", "2. Tarifs de la cantine 2023"), encoding="utf-8")
    summary = ingest([folder], db, jobs=1, progress=False)
    assert summary.counts["updated"] == 1
    assert count(db, "select title from agenda_items where number = '2'") == [("Tarifs de la cantine 2023",)]
    assert count(db, "select count(*) from meetings") == [(1,)]


def test_bad_file_is_recorded_and_the_batch_goes_on(folder, tmp_path):
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage that is no PDF")
    db = tmp_path / "w.duckdb"
    summary = ingest([folder], db, jobs=1, progress=False)
    assert summary.counts["new"] == 1 and summary.counts["failed"] == 1
    rows = dict(count(db, "select file_name, status from documents"))
    assert rows == {"cm.txt": "ok", "broken.pdf": "failed"}
    message = count(db, "select message from documents where status = 'failed'")[0][0]
    assert "PDF" in message


def test_every_row_carries_its_provenance(folder, tmp_path):
    db = tmp_path / "w.duckdb"
    ingest([folder], db, jobs=1, progress=False)
    rows = count(db, "select page, char_start, char_end, source_text from agenda_items order by position")
    assert rows[0] == (1, MINUTES.index("1. Budget"), MINUTES.index("1. Budget") + len("1. Budget Commune : Décision modification n°2"),
                       "1. Budget Commune : Décision modification n°2")
    facts = dict(count(db, "select field, source_text from meeting_facts"))
    assert facts["date"] == "13 décembre 2022"


def test_cli_ingest_prints_a_summary(folder, tmp_path, capsys):
    db = tmp_path / "w.duckdb"
    assert main(["ingest", str(folder), "--db", str(db), "--jobs", "1", "--no-progress"]) == 0
    assert "1 nouveau(x)" in capsys.readouterr().out
    assert main(["ingest", str(folder), "--db", str(db), "--no-progress"]) == 0
    assert "1 inchangé(s)" in capsys.readouterr().out


def test_cli_fails_when_nothing_could_be_loaded(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    assert main(["ingest", str(bad), "--db", str(tmp_path / "w.duckdb"), "--no-progress"]) == 1


def test_every_subcommand_and_option_has_help():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, sub in subparsers.choices.items():
        assert sub.description, f"{name} has no description"
        for action in sub._actions:
            if action.dest != "help":
                assert action.help, f"{name} {action.dest} has no help"


def test_schema_documents_every_column():
    con = duckdb.connect()
    from pipeline.load import SCHEMA_FILE

    con.execute(SCHEMA_FILE.read_text(encoding="utf-8"))
    undocumented = con.execute(
        "select table_name, column_name from duckdb_columns() where schema_name = 'main' and not internal and table_name in (select table_name from duckdb_tables()) and (comment is null or comment = '')"
    ).fetchall()
    assert undocumented == []
    assert con.execute("select count(*) from duckdb_tables() where comment is null or comment = ''").fetchone() == (0,)


def test_an_ingest_with_nothing_to_do_is_answered_from_the_manifest(folder, tmp_path):
    from pipeline.manifest import manifest_path, unchanged_summary

    db = tmp_path / "w.duckdb"
    assert unchanged_summary([folder], db) is None  # nothing published yet
    ingest([folder], db, jobs=1, progress=False)
    assert manifest_path(db).is_file()
    assert unchanged_summary([folder], db).counts["unchanged"] == 1
    (folder / "cm.txt").write_text(MINUTES + "\nLa séance est levée à 21h.\n", encoding="utf-8")
    assert unchanged_summary([folder], db) is None  # a changed file: the full ingest runs
    (folder / "new.txt").write_text(MINUTES, encoding="utf-8")
    assert unchanged_summary([folder], db) is None


def test_a_manifest_goes_stale_when_the_warehouse_changes(folder, tmp_path):
    from pipeline.manifest import unchanged_summary

    db = tmp_path / "w.duckdb"
    ingest([folder], db, jobs=1, progress=False)
    con = duckdb.connect(str(db))
    con.execute("delete from agenda_items")
    con.close()
    assert unchanged_summary([folder], db) is None


def test_an_ingest_checks_again_only_the_sessions_it_wrote(folder, tmp_path):
    from tests.conftest import sample_path

    db = tmp_path / "w.duckdb"
    numerian = tmp_path / "numerian.txt"
    numerian.write_bytes((sample_path("numerian_2024-09-30.txt")).read_bytes())
    ingest([numerian], db, jobs=1, progress=False)
    before = count(db, 'select "check", count(*) from findings group by 1 order by 1')
    assert dict(before)["quorum_not_met"] == 1
    summary = ingest([folder], db, jobs=1, progress=False)  # another session: Numérian's findings stay
    assert count(db, 'select "check", count(*) from findings group by 1 order by 1') == before
    assert summary.findings["quorum_not_met"] == 1  # the summary counts the whole warehouse
    numerian.write_text(numerian.read_text(encoding="utf-8").replace("membres présents : 9", "membres présents : 30"), encoding="utf-8")
    ingest([numerian], db, jobs=1, progress=False)  # replaced: its old findings and coverage go with it
    assert count(db, "select count(*) from findings where \"check\" = 'quorum_not_met'") == [(0,)]
    assert count(db, "select count(*) from check_runs where meeting_id not in (select meeting_id from meetings)") == [(0,)]
    assert count(db, "select count(distinct meeting_id) from check_runs") == [(2,)]


def test_documents_are_written_a_batch_per_transaction(folder, tmp_path, monkeypatch):
    from pipeline import load

    for n in range(3):
        (folder / f"cm{n}.txt").write_text(MINUTES.replace("13 décembre", f"{n + 1} décembre"), encoding="utf-8")
    batches = []
    write = load.write_documents
    monkeypatch.setattr(load, "write_documents", lambda con, batch: (batches.append(len(batch)), write(con, batch)))
    db = tmp_path / "w.duckdb"
    ingest([folder], db, jobs=0, progress=False)
    assert batches == [4]
    assert count(db, "select count(*) from meetings") == [(4,)]


def test_a_document_that_cannot_be_written_costs_only_itself(folder, tmp_path, monkeypatch):
    """The batch is rolled back and written again one document at a time: the documents before
    the faulty one are kept and published, and the error is raised, as for a single write."""
    from pipeline import load

    for n in range(3):
        (folder / f"cm{n}.txt").write_text(MINUTES.replace("13 décembre", f"{n + 1} décembre"), encoding="utf-8")
    rows = load._fact_rows

    def faulty(processed):
        if processed.path.endswith("cm1.txt"):
            raise RuntimeError("disque plein")
        return rows(processed)

    monkeypatch.setattr(load, "_fact_rows", faulty)
    db = tmp_path / "w.duckdb"
    with pytest.raises(RuntimeError, match="disque plein"):
        ingest([folder], db, jobs=0, progress=False)
    stored = {path.rsplit("/", 1)[1] for (path,) in count(db, "select path from documents")}
    assert stored == {"cm.txt", "cm0.txt"}  # discovery order: cm.txt, cm0.txt, then cm1.txt fails
    assert count(db, "select count(*) from meetings") == [(2,)]
