"""`minutier ingest --cluster`: documents read on a Dask cluster, the warehouse written here.

The cluster tests start a `LocalCluster` (two worker processes, a few seconds) and are marked
slow; they need the `cluster` extra (part of `dev`)."""

from __future__ import annotations

import duckdb
import pytest

from pipeline import cli, cluster
from tests.conftest import DEV_CORPUS, needs_shared
from tests.pdfgen import bomb_pdf, minutes_pdf, text_pdf
from tests.test_robust import MINUTES_PAGE

VOLATILE = {"ingested_at", "seconds", "applied_at"}  # when and how long: not what was read


def warehouse_rows(db) -> dict[str, list[str]]:
    """Every table's rows (sorted, volatile columns left out), to compare two warehouses."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        tables = [t for (t,) in con.execute(
            "select table_name from information_schema.tables where table_schema = 'main' order by 1").fetchall()]
        for table in tables:
            columns = [c for (c,) in con.execute(
                "select column_name from information_schema.columns where table_name = ? order by ordinal_position",
                [table]).fetchall() if c not in VOLATILE]
            rows = con.execute(f"select {', '.join(f'{chr(34)}{c}{chr(34)}' for c in columns)} from {table}").fetchall()
            out[table] = sorted(repr(row) for row in rows)
        return out
    finally:
        con.close()


def test_without_dask_cluster_says_how_to_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cluster, "available", lambda: False)
    (tmp_path / "pv.pdf").write_bytes(minutes_pdf(1))
    code = cli.main(["ingest", str(tmp_path / "pv.pdf"), "--db", str(tmp_path / "w.duckdb"), "--cluster", "local"])
    assert code == 2
    assert "pip install 'minutier[cluster]'" in capsys.readouterr().err
    assert not (tmp_path / "w.duckdb").exists()


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path, capsys, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 2)
    (tmp_path / "pv.pdf").write_bytes(minutes_pdf(1))
    code = cli.main(["ingest", str(tmp_path / "pv.pdf"), "--db", str(tmp_path / "w.duckdb"), "--cluster",
                     "tcp://127.0.0.1:9", "--no-progress"])
    assert code == 2 and "injoignable" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.corpus
@needs_shared()
def test_the_dev_corpus_on_a_local_cluster_gives_the_same_warehouse(tmp_path, monkeypatch):
    """Same rows in every table as the ingest with local workers; files shipped as bytes."""
    pytest.importorskip("distributed")
    monkeypatch.setenv("MINUTIER_CACHE", str(tmp_path / "cache"))  # the local run OCRs the scan, the cluster's reuses it
    # no publish during the batch: on main, a periodic publish right after the last batch leaves the
    # derived tables (persons) unbuilt, which an ingest slower than --publish-every (OCR on a busy
    # machine) would show here as a difference between the two runs
    once = ["--no-progress", "--publish-every", "3600"]
    assert cli.main(["ingest", str(DEV_CORPUS), "--db", str(tmp_path / "local.duckdb"), *once]) == 0
    assert cli.main(["ingest", str(DEV_CORPUS), "--db", str(tmp_path / "cluster.duckdb"), *once,
                     "--cluster", "local", "--jobs", "2", "--cluster-files", "bytes"]) == 0
    local, remote = warehouse_rows(tmp_path / "local.duckdb"), warehouse_rows(tmp_path / "cluster.duckdb")
    assert set(local) == set(remote)
    for table in local:
        assert local[table] == remote[table], table
    assert len(local["meetings"]) == 8 and len(local["persons"]) > 100


@pytest.mark.slow
def test_the_limits_apply_on_the_cluster_workers(tmp_path):
    """A decompression bomb and a document past the time limit fail there as they do locally;
    the good document loads."""
    pytest.importorskip("distributed")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bon.pdf").write_bytes(minutes_pdf(1))
    (folder / "bombe.pdf").write_bytes(bomb_pdf(4096))
    (folder / "lourd.pdf").write_bytes(text_pdf([MINUTES_PAGE * 12 + [f"Page {n}"] for n in range(1900)]))
    db = tmp_path / "w.duckdb"
    code = cli.main(["ingest", str(folder), "--db", str(db), "--cluster", "local", "--jobs", "2", "--timeout", "3",
                     "--max-memory", "768", "--no-progress"])
    assert code == 0
    con = duckdb.connect(str(db), read_only=True)
    rows = dict((name, (status, message)) for name, status, message in
                con.execute("select file_name, status, message from documents").fetchall())
    con.close()
    assert rows["bon.pdf"][0] == "ok"
    assert rows["lourd.pdf"][0] == "failed" and "délai de 3 s" in rows["lourd.pdf"][1]
    assert rows["bombe.pdf"][0] == "failed" and ("mémoire" in rows["bombe.pdf"][1] or "délai" in rows["bombe.pdf"][1])
