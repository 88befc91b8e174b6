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
    """The batch is rolled back and written again one document at a time: the document at fault is
    stored as failed, saying why; the others, before and after it, load with their checks and
    persons, and the run goes on."""
    from pipeline import load

    for n in range(3):
        (folder / f"cm{n}.txt").write_text(MINUTES.replace("13 décembre 2022", f"{n + 1} décembre 2022\nPrésents : M. Jean DUPONT"),
                                           encoding="utf-8")
    rows = load._fact_rows

    def faulty(processed):
        if processed.path.endswith("cm1.txt"):
            raise RuntimeError("disque plein")
        return rows(processed)

    monkeypatch.setattr(load, "_fact_rows", faulty)
    db = tmp_path / "w.duckdb"
    summary = ingest([folder], db, jobs=0, progress=False)
    assert (summary.counts["new"], summary.counts["failed"]) == (3, 1)
    assert [path.rsplit("/", 1)[1] for path, _ in summary.failures] == ["cm1.txt"]
    stored = dict((path.rsplit("/", 1)[1], (status, message)) for path, status, message in
                  count(db, "select path, status, message from documents"))
    assert {name: status for name, (status, _) in stored.items()} == {
        "cm.txt": "ok", "cm0.txt": "ok", "cm1.txt": "failed", "cm2.txt": "ok"}
    assert "écriture dans l'entrepôt impossible" in stored["cm1.txt"][1] and "disque plein" in stored["cm1.txt"][1]
    assert count(db, "select count(*) from meetings") == [(3,)]
    # every published session has its checks and its persons
    from pipeline.checks import CHECKS

    assert count(db, 'select count(distinct meeting_id), count(*) from check_runs') == [(3, 3 * len(CHECKS))]
    assert count(db, "select name, meetings from persons") == [("Jean DUPONT", 2)]  # cm0 and cm2 (cm.txt names no one)


# ---------------------------------------------------------------------------------------------
# Derived state always complete, identity by resolved path, schema migrations
# ---------------------------------------------------------------------------------------------


def _sessions_without_derived_state(db) -> tuple[int, int]:
    """(sessions lacking a check in check_runs, sessions naming someone but linked to no person)."""
    from pipeline.checks import CHECKS

    unchecked = count(db, 'select count(*) from meetings m where (select count(distinct "check") from check_runs c '
                          f'where c.meeting_id = m.meeting_id) < {len(CHECKS)}')[0][0]
    unnamed = count(db, "select count(*) from meetings m where exists (select 1 from attendance a where a.meeting_id = m.meeting_id) "
                        "and not exists (select 1 from person_mentions p where p.meeting_id = m.meeting_id)")[0][0]
    return unchecked, unnamed


def _named_minutes(folder, n: int) -> None:
    for k in range(n):
        (folder / f"pv{k}.txt").write_text(
            MINUTES.replace("13 décembre 2022", f"{k + 1} décembre 2022\nPrésents : M. Jean DUPONT, Mme Anne MARTIN"),
            encoding="utf-8")


def test_publish_every_zero_leaves_persons_and_checks_complete(folder, tmp_path):
    """Every publication derives the checks and persons of what it holds, whatever the timing:
    with --publish-every 0 each batch is published as soon as written (an earlier version then
    skipped the persons and the final checks of the last batch)."""
    _named_minutes(folder, 3)
    db = tmp_path / "w.duckdb"
    assert main(["ingest", str(folder), "--db", str(db), "--jobs", "0", "--publish-every", "0", "--no-progress"]) == 0
    assert count(db, "select count(*) from meetings") == [(4,)]
    assert _sessions_without_derived_state(db) == (0, 0)
    assert count(db, "select name, meetings from persons order by name") == [("Anne MARTIN", 3), ("Jean DUPONT", 3)]


def test_a_rerun_repairs_derived_state_an_older_version_left_incomplete(folder, tmp_path):
    _named_minutes(folder, 2)
    db = tmp_path / "w.duckdb"
    ingest([folder], db, jobs=0, progress=False)
    con = duckdb.connect(str(db))
    con.execute("delete from persons")
    con.execute("delete from person_mentions")
    con.execute("delete from check_runs where \"check\" = 'quorum_not_met'")
    con.close()
    assert _sessions_without_derived_state(db) == (3, 2)
    summary = ingest([folder], db, jobs=0, progress=False)
    assert summary.counts["unchanged"] == 3 and summary.counts["new"] == summary.counts["updated"] == 0
    assert _sessions_without_derived_state(db) == (0, 0)
    assert count(db, "select count(*) from persons") == [(2,)]


def test_new_check_rules_rebuild_findings_without_reading_files_again(folder, tmp_path, monkeypatch):
    """The checks' code is part of pipeline_version (its second part): when only it changes, the
    files are not read again, but every session's findings and coverage are recomputed."""
    from pipeline import version

    db = tmp_path / "w.duckdb"
    ingest([folder], db, jobs=0, progress=False)
    extraction, derived = version.pipeline_version().split("+")
    con = duckdb.connect(str(db))
    con.execute("update documents set pipeline_version = ?", [f"{extraction}+0000000000000000"])
    con.execute("insert into findings (meeting_id, \"check\", severity, message) select meeting_id, 'old_rule', 'warning', 'x' from meetings")
    con.close()
    read = []
    monkeypatch.setattr("pipeline.process.process_file", lambda path: read.append(path))
    summary = ingest([folder], db, jobs=0, progress=False)
    assert read == [] and summary.counts["unchanged"] == 1 and summary.counts["rechecked"] == 1
    assert count(db, "select count(*) from findings where \"check\" = 'old_rule'") == [(0,)]
    assert count(db, "select distinct pipeline_version from documents") == [(version.pipeline_version(),)]
    assert version.same_extraction(f"{extraction}+0000000000000000") and not version.same_extraction(f"0+{derived}")


def test_a_folder_ingested_by_relative_then_absolute_path_is_unchanged(folder, tmp_path, monkeypatch, capsys):
    _named_minutes(folder, 2)
    db = tmp_path / "w.duckdb"
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", "raw", "--db", str(db), "--jobs", "0", "--no-progress"]) == 0
    assert "3 nouveau(x)" in capsys.readouterr().out
    assert main(["ingest", str(folder), "--db", str(db), "--jobs", "0", "--no-progress"]) == 0
    out = capsys.readouterr()
    assert "3 inchangé(s)" in out.out and "doublon" not in out.out + out.err
    assert main(["ingest", "./raw/../raw", "--db", str(db), "--jobs", "0", "--no-progress"]) == 0
    assert "3 inchangé(s)" in capsys.readouterr().out
    assert all(path.startswith(str(folder)) for (path,) in count(db, "select path from documents"))


def test_paths_stored_as_typed_by_an_older_version_are_resolved(folder, tmp_path, monkeypatch):
    db = tmp_path / "w.duckdb"
    monkeypatch.chdir(tmp_path)
    ingest([folder], db, jobs=0, progress=False)
    con = duckdb.connect(str(db))
    con.execute("update documents set path = 'raw/cm.txt'")  # as an older version stored "minutier ingest raw"
    con.close()
    summary = ingest([folder], db, jobs=0, progress=False)
    assert summary.counts["unchanged"] == 1 and not summary.counts["duplicate"]
    assert count(db, "select path from documents") == [(str(folder / "cm.txt"),)]


def test_an_existing_warehouse_of_the_previous_schema_is_migrated(folder, tmp_path):
    """A warehouse written before check_runs had its status column (schema v1, kept in
    tests/fixtures/schema_v1.sql as main had it) takes the next ingest without a crash."""
    from pipeline.migrations import SCHEMA_VERSION
    from tests.conftest import FIXTURES

    db = tmp_path / "w.duckdb"
    con = duckdb.connect(str(db))
    con.execute((FIXTURES / "schema_v1.sql").read_text(encoding="utf-8"))
    con.execute("insert into documents (path, document_id, status, pipeline_version) values ('/old/pv.txt', 'abc', 'failed', 'v0')")
    con.execute("insert into meetings (meeting_id, document_id) values ('old-1', 'abc')")
    con.execute("insert into check_runs values ('old-1', 'quorum_not_met', false, 'nombre de membres en exercice non déclaré')")
    con.close()
    summary = ingest([folder], db, jobs=0, progress=False)
    assert summary.counts["new"] == 1
    assert count(db, "select max(version) from schema_version") == [(SCHEMA_VERSION,)]
    assert count(db, "select status from check_runs where meeting_id = 'old-1' and \"check\" = 'quorum_not_met'") == [("no_data",)]
    assert count(db, "select count(*) from check_runs where status is null") == [(0,)]
    # a migrated warehouse and a fresh one have the same columns, in the same order
    fresh = tmp_path / "fresh.duckdb"
    ingest([folder], fresh, jobs=0, progress=False)
    layout = "select table_name, column_name, data_type from information_schema.columns order by table_name, ordinal_position"
    assert count(db, layout) == count(fresh, layout)


def test_a_warehouse_of_a_newer_schema_is_refused(tmp_path):
    from pipeline.load import connect
    from pipeline.migrations import SCHEMA_VERSION, NewerWarehouse

    db = tmp_path / "w.duckdb"
    connect(db).close()
    con = duckdb.connect(str(db))
    con.execute("insert into schema_version values (?, now(), 'future')", [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(NewerWarehouse, match="plus récent"):
        connect(db)


def test_a_segmentation_bug_is_an_error_recorded_for_its_document(folder, tmp_path, monkeypatch):
    """segment() is guarded like the extractors: its bug costs the agenda, and says so, never the
    batch (with --jobs 0 it runs in the ingest process itself)."""
    import pipeline.segment

    def broken(doc, kind="minutes"):
        raise KeyError("bogue")

    monkeypatch.setattr(pipeline.segment, "segment", broken)
    db = tmp_path / "w.duckdb"
    summary = ingest([folder], db, jobs=0, progress=False)
    assert summary.counts["new"] == 1
    [(status, message)] = count(db, "select status, message from documents")
    assert status == "partial" and "découpage en points de l'ordre du jour en échec : KeyError: 'bogue'" in message
    assert count(db, "select body from meetings") == [("Commune de Pierrefonds",)]  # the other extractors ran


def test_a_program_error_in_a_worker_is_reported_as_such(tmp_path, monkeypatch):
    """What a worker runs: a program error (not a bad file) is a failed document saying so, not a
    crash of the worker reported as a memory limit."""
    from pipeline import process

    monkeypatch.setattr(process, "process_file", lambda path: 1 / 0)
    result = process.process_safely(tmp_path / "x.pdf")
    assert result.status == "failed" and result.message.startswith("erreur interne du programme : ZeroDivisionError")


def test_a_batch_knows_whether_anything_of_it_is_stored(tmp_path):
    from pipeline import load
    from pipeline.records import ProcessedDocument

    con = load.connect(tmp_path / "w.duckdb")
    stored = ProcessedDocument(str(tmp_path / "a.pdf"), "a" * 64, 10, "failed", "illisible")
    load.write_documents(con, [stored])
    new = ProcessedDocument(str(tmp_path / "b.pdf"), "b" * 64, 10, "failed", "illisible")
    assert not load._any_stored(con, [new])
    assert load._any_stored(con, [new, ProcessedDocument(stored.path, "c" * 64, 10, "failed", "autre")])  # same path
    assert load._any_stored(con, [ProcessedDocument(str(tmp_path / "c.pdf"), "a" * 64, 10, "failed", "x")])  # same bytes
    con.close()
