"""Hostile and broken input: every file gets one `documents` row with a status and a French
message, the others load as if it were absent, and nothing hangs or exhausts memory.

Every file is built here, in tmp_path, at test time (see tests/pdfgen.py for the PDFs).
"""

from __future__ import annotations

import math
import os
import time

import duckdb
import pytest

from pipeline import cli
from pipeline.ingest import ingest
from pipeline.isolate import Limits
from pipeline.process import looks_like_minutes, process_file
from pipeline.read import ocr
from tests.pdfgen import (
    INVOICE_PAGE,
    MINUTES_PAGE,
    bomb_pdf,
    corrupt_xref,
    image_only_pdf,
    minutes_pdf,
    nested_pdf,
    text_pdf,
)

MINUTES_TEXT = "\n".join(MINUTES_PAGE) + "\nMontant voté : 1 200 € — « adopté »\n"


def _docx(path) -> None:
    import docx

    document = docx.Document()
    for line in MINUTES_PAGE:
        document.add_paragraph(line)
    document.save(path)


def _truncated() -> bytes:
    data = minutes_pdf(3)
    return data[: len(data) * 6 // 10]


# name -> (bytes or builder, expected status, words expected in the message)
CASES = {
    "vide.pdf": (b"", "failed", "vide"),
    "tronqué.pdf": (_truncated, "failed", "tronqué"),
    "xref cassée.pdf": (lambda: corrupt_xref(minutes_pdf(2)), "ok", ""),
    "chiffré sans mot de passe.pdf": (lambda: text_pdf([MINUTES_PAGE], user_password=""), "ok", ""),
    "chiffré avec mot de passe.pdf": (lambda: text_pdf([MINUTES_PAGE], user_password="secret"), "failed", "mot de passe"),
    "imbriqué.pdf": (nested_pdf, "ok", ""),
    "octets au hasard.pdf": (lambda: os.urandom(4096).replace(b"%PDF-", b"%PDX-"), "failed", "n'est pas un PDF"),
    "latin1.txt": (lambda: MINUTES_TEXT.replace("€", "EUR").replace("—", "-").replace("«", '"').replace("»", '"').encode("latin-1"), "ok", "encodage"),
    "windows1252.txt": (lambda: MINUTES_TEXT.replace("'", "\u2019").encode("cp1252"), "ok", "encodage"),
    "utf16.txt": (lambda: MINUTES_TEXT.encode("utf-16"), "ok", ""),
    "facture.pdf": (lambda: text_pdf([INVOICE_PAGE]), "skipped", "ne ressemble pas"),
    "séance du Conseil — été 2024.pdf": (lambda: minutes_pdf(2), "ok", ""),
}


def _build(folder, name, source) -> None:
    data = source() if callable(source) else source
    (folder / name).write_bytes(data)


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_bad_file_gives_a_status_and_a_message(tmp_path, name):
    source, status, words = CASES[name]
    _build(tmp_path, name, source)
    result = process_file(tmp_path / name)
    assert result.status == status, result.message
    assert words in result.message
    assert result.message  # never empty: "ok" at least
    if status == "ok":
        assert "conseil municipal" in result.document.text


def test_docx_named_pdf_is_read_as_docx(tmp_path):
    _docx(tmp_path / "déguisé.pdf")
    result = process_file(tmp_path / "déguisé.pdf")
    assert (result.status, result.document.format) == ("ok", "docx")


@pytest.mark.parametrize("encoding,marker", [("latin-1", "séance"), ("cp1252", "\u2019"), ("utf-16", "€")])
def test_text_encodings_are_decoded(tmp_path, encoding, marker):
    text = MINUTES_TEXT.replace("'", "\u2019") if encoding == "cp1252" else MINUTES_TEXT
    if encoding == "latin-1":
        text = text.replace("€", "EUR").replace("—", "-").replace("«", '"').replace("»", '"')
    (tmp_path / "pv.txt").write_bytes(text.encode(encoding))
    result = process_file(tmp_path / "pv.txt")
    assert marker in result.document.text and "délibéré" in result.document.text


def test_scan_without_tesseract_needs_ocr(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: False)
    (tmp_path / "scan.pdf").write_bytes(image_only_pdf())
    result = process_file(tmp_path / "scan.pdf")
    assert result.status == "needs_ocr"
    assert "tesseract" in result.message and "README" in result.message


@pytest.mark.slow
@pytest.mark.skipif(not ocr.available(), reason="tesseract with French data is not installed")
def test_scan_with_tesseract_is_read_by_ocr():
    from tests.conftest import sample_path

    result = process_file(sample_path("flaux_PV_2023-11-17_scan.pdf"))
    assert result.status == "ok"
    assert "OCR" in result.message
    assert "conseil" in result.document.text.lower()


def test_permission_denied_is_failed_with_a_reason(tmp_path, monkeypatch):
    """Tests run as root, whom chmod 000 does not stop: the refusal is simulated."""
    path = tmp_path / "interdit.pdf"
    path.write_bytes(minutes_pdf(1))

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(type(path), "read_bytes", refuse)
    result = process_file(path)
    assert result.status == "failed" and "accès refusé" in result.message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file anyway; see the simulated test above")
def test_permission_denied_for_real(tmp_path):
    path = tmp_path / "interdit.pdf"
    path.write_bytes(minutes_pdf(1))
    path.chmod(0)
    summary = ingest([tmp_path], tmp_path / "w.duckdb", jobs=1, progress=False)
    assert summary.counts["failed"] == 1 and "accès refusé" in summary.failures[0][1]


@pytest.mark.parametrize("text,expected", [
    ("Séance du conseil municipal du 12 mars 2024. Après en avoir délibéré, adopté.", True),
    ("COMPTE RENDU DU COMITÉ SYNDICAL. Votants : 25. Adopté à l'unanimité.", True),
    ("FACTURE N° 2024-0117. Conseil en informatique. Total TTC : 100,80 €", False),
    ("Menu de la cantine : lundi carottes râpées, mardi poisson.", False),
    # excerpts that start mid-session: no "séance", the members named instead of the assembly
    ("Monsieur le Maire propose la décision modificative n° 2 : virement de crédits du compte 022.", True),
    ("Le Président présente le rapport. Pour : 25 Contre : 0 Abstention : 1", True),
    ("Les délégués, après en avoir délibéré, approuvent le retrait de la commune.", True),
    ("Présents : Mmes X, Y. Excusés : M. Z (pouvoir à M. X). Monsieur le Maire ouvre la séance.", True),
    ("DÉLIBÉRATION N° 18/092 : décision modificative n° 1. Approuvé à l'unanimité.", True),
    # one family only: still not minutes
    ("Vote des parents d'élèves le 12 octobre au bureau de l'école.", False),
    ("Le maire vous souhaite de bonnes fêtes. Marché de Noël place de la mairie.", False),
    ("Contrat de maintenance : le prestataire approuve les conditions générales. Total HT : 300 €", False),
    ("Bulletin municipal : les élus vous présentent le programme du festival.", False),
])
def test_looks_like_minutes(text, expected):
    assert looks_like_minutes(text) is expected


# ---------------------------------------------------------------------------------------------
# A whole batch through the isolated workers
# ---------------------------------------------------------------------------------------------

BATCH_EXPECTED = {
    "a_bon.pdf": "ok",
    "b_bon copie.pdf": "duplicate",
    "bombe.pdf": "failed",
    "cinq cents pages.pdf": "ok",
    "lourd.pdf": "failed",  # 1,900 dense pages: about 27x the work of the 500 short pages, stopped by the watchdog
    "facture.pdf": "skipped",
    "notes.xlsx": "skipped",
    "vide.pdf": "failed",
    "tronqué.pdf": "failed",
    "z_été à Noël.txt": "ok",
}


# The watchdog's time limit, as a multiple of what the 500 short pages take alone on this machine:
# lourd.pdf needs about 27 times that (measured: 1.0 s and 27 s on the development machine), the
# other documents at most once that, or twice on a busy 2-core machine running two workers. A fixed
# limit in seconds made the test depend on the machine's speed: once reading got faster, lourd.pdf
# (then 1,500 pages, 9.4 s) finished within the 10 s limit on CI.
TIMEOUT_FACTOR = 6
MIN_TIMEOUT_S = 3


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch")
    good = minutes_pdf(2)
    (folder / "a_bon.pdf").write_bytes(good)
    (folder / "b_bon copie.pdf").write_bytes(good)
    (folder / "bombe.pdf").write_bytes(bomb_pdf(4096))
    (folder / "cinq cents pages.pdf").write_bytes(text_pdf([MINUTES_PAGE + [f"Page {n}"] for n in range(500)]))
    (folder / "lourd.pdf").write_bytes(text_pdf([MINUTES_PAGE * 12 + [f"Page {n}"] for n in range(1900)]))
    (folder / "facture.pdf").write_bytes(text_pdf([INVOICE_PAGE]))
    (folder / "notes.xlsx").write_bytes(b"PK\x03\x04 not really")
    (folder / "vide.pdf").write_bytes(b"")
    (folder / "tronqué.pdf").write_bytes(_truncated())
    (folder / "z_été à Noël.txt").write_bytes(MINUTES_TEXT.encode("utf-16"))
    db = folder.parent / f"{folder.name}.duckdb"
    started = time.perf_counter()
    assert process_file(folder / "cinq cents pages.pdf").status == "ok"
    timeout = max(MIN_TIMEOUT_S, math.ceil(TIMEOUT_FACTOR * (time.perf_counter() - started)))
    code = cli.main(["ingest", str(folder), "--db", str(db), "--jobs", "2", "--timeout", str(timeout),
                     "--max-memory", "1024", "--no-progress"])
    return folder, db, code, timeout


def _rows(db, sql, params=()):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def test_batch_has_one_row_per_file_with_status(batch):
    folder, db, code, timeout = batch
    rows = dict((name, (status, message)) for name, status, message in _rows(db, "select file_name, status, message from documents"))
    assert {name: status for name, (status, _) in rows.items()} == BATCH_EXPECTED
    assert all(message for _, message in rows.values())
    assert "mémoire" in rows["bombe.pdf"][1] or "délai" in rows["bombe.pdf"][1]  # whichever limit it hits first
    assert f"délai de {timeout} s" in rows["lourd.pdf"][1]
    assert _rows(db, "select pages from documents where file_name = 'cinq cents pages.pdf'") == [(500,)]
    assert "a_bon.pdf" in rows["b_bon copie.pdf"][1]
    assert code == 0  # some documents loaded: the bad ones do not fail the run


def test_good_documents_load_as_if_bad_ones_were_absent(batch, tmp_path):
    folder, db, *_ = batch
    alone = tmp_path / "alone"
    alone.mkdir()
    for name in ("a_bon.pdf", "cinq cents pages.pdf", "z_été à Noël.txt"):
        (alone / name).write_bytes((folder / name).read_bytes())
    ingest([alone], tmp_path / "alone.duckdb", jobs=1, progress=False)
    query = "select count(*), count(distinct document_id) from meetings"
    assert _rows(db, query) == _rows(tmp_path / "alone.duckdb", query) == [(3, 3)]
    facts = "select d.file_name, count(*) from documents d join meeting_facts f using (document_id) where d.status = 'ok' group by 1 order by 1"
    assert _rows(db, facts) == _rows(tmp_path / "alone.duckdb", facts)


def test_strict_and_nothing_loaded_exit_non_zero(batch, tmp_path):
    folder, db, *_ = batch
    assert cli.main(["ingest", str(folder / "a_bon.pdf"), str(folder / "vide.pdf"), "--db", str(tmp_path / "s.duckdb"), "--strict", "--no-progress"]) == 1
    assert cli.main(["ingest", str(folder / "vide.pdf"), str(folder / "tronqué.pdf"), "--db", str(tmp_path / "n.duckdb"), "--no-progress"]) == 1
    assert cli.main(["ingest", str(folder / "a_bon.pdf"), str(folder / "vide.pdf"), "--db", str(tmp_path / "o.duckdb"), "--no-progress"]) == 0


def test_changed_file_replaces_its_rows(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "pv.txt"
    path.write_text(MINUTES_TEXT, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    first = ingest([folder], db, jobs=1, progress=False)
    old_id = _rows(db, "select document_id from documents")[0][0]
    path.write_text(MINUTES_TEXT.replace("12 mars 2024", "14 mai 2024").replace("le douze mars", "le quatorze mai"), encoding="utf-8")
    second = ingest([folder], db, jobs=1, progress=False)
    assert (first.counts["new"], second.counts["updated"]) == (1, 1)
    assert _rows(db, "select count(*) from documents") == [(1,)]
    assert _rows(db, "select count(*) from meeting_facts where document_id = ?", [old_id]) == [(0,)]
    assert _rows(db, "select date from meetings")[0][0].isoformat() == "2024-05-14"
    third = ingest([folder], db, jobs=1, progress=False)
    assert third.counts["unchanged"] == 1 and third.counts["new"] == third.counts["updated"] == 0


def test_one_hostile_file_does_not_stop_the_others_with_tight_limits(tmp_path):
    """The bomb's worker dies or gives up on memory; the next document is read by a fresh worker."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1 bombe.pdf").write_bytes(bomb_pdf(4096))
    (folder / "2 bon.pdf").write_bytes(minutes_pdf(1))
    summary = ingest([folder], tmp_path / "w.duckdb", jobs=1, progress=False, limits=Limits(timeout=60, max_memory_mb=768))
    assert (summary.counts["failed"], summary.counts["new"]) == (1, 1)
    assert "mémoire" in summary.failures[0][1]


# ---------------------------------------------------------------------------------------------
# Crashes and concurrent readers
# ---------------------------------------------------------------------------------------------

BATCH_SIZE = 40


def _many_minutes(folder) -> None:
    folder.mkdir()
    for k in range(BATCH_SIZE):
        pages = [MINUTES_PAGE + [f"Dossier {k}, page {n + 1}"] for n in range(3)]
        (folder / f"pv {k:02d}.pdf").write_bytes(text_pdf(pages))


def _whole_documents(con) -> tuple[int, int]:
    """(documents loaded, documents loaded without their meeting row): the second must be 0."""
    loaded = con.execute("select count(*) from documents where status = 'ok'").fetchone()[0]
    broken = con.execute("""select count(*) from documents d where status = 'ok' and not exists
                            (select 1 from meetings m where m.document_id = d.document_id)""").fetchone()[0]
    orphans = con.execute("select count(*) from meeting_facts f where not exists (select 1 from documents d where d.document_id = f.document_id)").fetchone()[0]
    return loaded, broken + orphans


# The ingest of the SIGKILL test, driven to a known point instead of raced: batches of 3 documents, each
# published at once; once a batch is published, the next batch's rows are written in the working copy
# and the process says "ready" and waits there, mid-batch, for the SIGKILL.
KILLED_INGEST = """
import sys
from pathlib import Path
from pipeline import ingest as ingest_module, load, publish

publish.next_interval = lambda every, copy: 0.0
batch = ingest_module._Batch
ingest_module._Batch = lambda *a, **k: batch(*a, **k, size=3, seconds=float("inf"))
published = []
original_publish, original_write = publish.Publisher.publish, load.write_documents

def publish_and_count(self, *a, **k):
    original_publish(self, *a, **k)
    published.append(True)

def write_then_wait(con, results):
    original_write(con, results)
    if len(published) >= 2:  # the empty warehouse, then a first batch, are published
        print("ready", flush=True)
        sys.stdin.readline()

publish.Publisher.publish = publish_and_count
load.write_documents = write_then_wait
ingest_module.ingest([Path(sys.argv[1])], Path(sys.argv[2]), jobs=1, progress=False, publish_every=0)
print("finished", flush=True)
"""


def test_sigkill_mid_batch_leaves_whole_documents_and_a_rerun_completes(tmp_path):
    """An ingest killed while it writes a batch leaves the last published state: whole documents
    only; a rerun loads the rest. The kill point is driven, not raced: the ingest waits mid-batch,
    its first batch published, until it is killed."""
    import signal
    import subprocess
    import sys

    from tests.conftest import ROOT

    folder, db = tmp_path / "in", tmp_path / "w.duckdb"
    _many_minutes(folder)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-c", KILLED_INGEST, str(folder), str(db)], cwd=ROOT, env=env,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "ready", process.stderr.read()
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    con = duckdb.connect(str(db), read_only=True)
    loaded, broken = _whole_documents(con)
    con.close()
    assert loaded == 3 and broken == 0  # the first batch, published; the second, written and not published, is lost
    summary = ingest([folder], db, jobs=1, progress=False)
    assert summary.counts["new"] == BATCH_SIZE - loaded and summary.counts["unchanged"] == loaded
    con = duckdb.connect(str(db), read_only=True)
    assert _whole_documents(con) == (BATCH_SIZE, 0)
    con.close()


HELD_SESSION = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
count = "select count(*) from documents where status = 'ok'"
print(con.execute(count).fetchone()[0], flush=True)
sys.stdin.readline()
print(con.execute(count).fetchone()[0], flush=True)
"""


def test_readers_are_not_blocked_and_see_complete_states(tmp_path, monkeypatch):
    """Readers open the published file read-only while the ingest writes its working copy, and
    every state they see is complete: whole documents, each session with its checks and persons.

    The test drives the publications instead of racing them: the ingest runs here (--jobs 0), every
    batch is published (no minimum interval), and the reader looks right after each publication,
    while the writer holds its working copy. DuckDB caches one database instance per file and
    process, so the long-lived session runs in its own process, as an analyst's notebook would."""
    import subprocess
    import sys

    from pipeline import ingest as ingest_module
    from pipeline import publish
    from pipeline.checks import CHECKS

    folder, db = tmp_path / "in", tmp_path / "w.duckdb"
    _many_minutes(folder)
    monkeypatch.setattr(publish, "next_interval", lambda every, copy: 0.0)  # publish after every batch
    seen, held = [], []
    original = publish.Publisher.publish

    def publish_then_look(self, *a, **k):
        original(self, *a, **k)
        # the writer holds its working copy while the reader looks (but after the last publication, which renames it)
        assert self.con is not None or k.get("last")
        con = duckdb.connect(str(db), read_only=True)  # never raises: the writer holds another file
        try:
            complete = con.execute(
                f"""select count(*) from meetings m where (select count(distinct "check") from check_runs c
                    where c.meeting_id = m.meeting_id) < {len(CHECKS)} or exists (select 1 from attendance a
                    where a.meeting_id = m.meeting_id) and not exists (select 1 from person_mentions p
                    where p.meeting_id = m.meeting_id)""").fetchone()[0]
            seen.append((*_whole_documents(con), complete))
        finally:
            con.close()
        if not held and seen[-1][0]:
            session = subprocess.Popen([sys.executable, "-c", HELD_SESSION, str(db)], stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, text=True)
            held.append((session, int(session.stdout.readline())))

    monkeypatch.setattr(publish.Publisher, "publish", publish_then_look)
    batch = ingest_module._Batch  # batches of exactly 10 documents, none flushed early by the clock
    monkeypatch.setattr(ingest_module, "_Batch", lambda *a, **k: batch(*a, **k, size=10, seconds=float("inf")))
    summary = ingest([folder], db, jobs=0, progress=False, publish_every=0)
    assert summary.counts["new"] == BATCH_SIZE
    loaded = [n for n, _, _ in seen]
    assert loaded[0] == 0 and loaded[-1] == BATCH_SIZE  # the empty warehouse first, the whole batch last
    assert [n for n in loaded if n] == [10, 20, 30, 40]  # it saw the batch progress, one batch at a time
    assert all(broken == 0 and incomplete == 0 for _, broken, incomplete in seen)
    session, first = held[0]
    session.stdin.write("\n")
    session.stdin.flush()
    assert first == 10 and int(session.stdout.readline()) == first  # the open session keeps its snapshot
    session.wait()


def test_a_second_ingest_of_the_same_warehouse_is_refused(tmp_path):
    from pipeline.publish import Publisher, WarehouseBusy

    db = tmp_path / "w.duckdb"
    with Publisher(db):
        with pytest.raises(WarehouseBusy):
            ingest([tmp_path], db, jobs=1, progress=False)


def test_jobs_zero_reads_in_process(tmp_path, monkeypatch):
    """--jobs 0 runs in the ingest process (no limits): a debugger or a monkeypatch reaches the readers."""
    monkeypatch.setattr(ocr, "available", lambda: False)
    (tmp_path / "scan.pdf").write_bytes(image_only_pdf())
    summary = ingest([tmp_path / "scan.pdf"], tmp_path / "w.duckdb", jobs=0, progress=False)
    assert summary.counts["needs_ocr"] == 1
    assert _rows(tmp_path / "w.duckdb", "select status from documents") == [("needs_ocr",)]


HELD_WRITER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
"""


def test_a_warehouse_held_read_write_by_someone_else_gives_a_clear_error(tmp_path):
    import subprocess
    import sys

    (tmp_path / "pv.txt").write_text(MINUTES_TEXT, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    ingest([tmp_path / "pv.txt"], db, jobs=0, progress=False)
    holder = subprocess.Popen([sys.executable, "-c", HELD_WRITER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        # a changed file must be written (an ingest with nothing to do answers without opening the warehouse)
        (tmp_path / "pv.txt").write_text(MINUTES_TEXT + "La séance est levée à 21h.\n", encoding="utf-8")
        code = cli.main(["ingest", str(tmp_path / "pv.txt"), "--db", str(db), "--no-progress"])
        assert code == 2
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait()


def test_a_large_warehouse_is_published_less_often():
    """Publishing copies the whole warehouse: the interval grows so that copying stays under 5 %."""
    from pipeline.publish import next_interval

    assert next_interval(30.0, 0.2) == 30.0  # a small warehouse: as asked
    assert next_interval(30.0, 10.0) == 200.0  # a copy of 10 s: every 200 s
    assert next_interval(0.0, 0.01) == pytest.approx(0.2)  # "--publish-every 0": after each batch, but never copying all the time


def test_a_worker_failing_to_start_stops_the_ones_started_and_frees_the_cores(monkeypatch):
    """`run_isolated` starts its workers at the call: when the second fails to start, the first is stopped and the
    cores' token folder removed before the error reaches the caller."""
    from pathlib import Path
    from types import SimpleNamespace

    import pipeline.isolate as isolate
    from pipeline import cores as core_tokens

    started, stopped, folders = [], [], []
    real_make = core_tokens.make

    def make(*a, **k):
        folders.append(real_make(*a, **k))
        return folders[-1]

    def start(*a, **k):
        if started:
            raise OSError("no more processes")
        started.append(SimpleNamespace(path=None))
        return started[-1]

    monkeypatch.setattr(core_tokens, "make", make)
    monkeypatch.setattr(isolate, "_start", start)
    monkeypatch.setattr(isolate, "_stop", lambda slot, *a, **k: stopped.append(slot))
    with pytest.raises(OSError):
        isolate.run_isolated(["a.pdf", "b.pdf"], jobs=2)
    assert stopped == started and len(started) == 1
    assert folders and not Path(folders[0]).exists()


def test_the_last_publication_renames_the_working_copy_and_a_failed_one_keeps_the_previous(tmp_path):
    """`publish(last=True)` renames the working copy: no `.work` file is left, and the manifest describes the file
    published; when bringing the derived state up to date fails, the previous warehouse and its manifest stay."""
    import hashlib
    import json

    from pipeline import manifest
    from pipeline.publish import Publisher

    folder, db = tmp_path / "in", tmp_path / "w.duckdb"
    folder.mkdir()
    for k in range(2):
        (folder / f"pv {k}.pdf").write_bytes(text_pdf([MINUTES_PAGE + [f"Dossier {k}"]]))
    ingest([folder], db, jobs=0, progress=False)
    assert not db.with_name(db.name + ".work").exists() and not db.with_name(db.name + ".tmp").exists()
    con = duckdb.connect(str(db), read_only=True)
    try:
        stored = con.execute("select path, document_id, pipeline_version, status from documents").fetchall()
    finally:
        con.close()
    data = json.loads(manifest.manifest_path(db).read_text(encoding="utf-8"))
    assert data["documents"] == {p: [d, v, s] for p, d, v, s in stored} and len(stored) == 2
    assert data["database"] == manifest._stamp(db)
    assert manifest.unchanged_summary([folder], db) is not None  # a second ingest sees every file unchanged

    before = hashlib.sha256(db.read_bytes()).hexdigest()

    def fail(con):
        raise RuntimeError("derived state")

    with pytest.raises(RuntimeError):
        with Publisher(db, before_publish=fail) as publisher:
            publisher.connection().execute("delete from documents")
            publisher.dirty = True
            publisher.publish(last=True)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert manifest.unchanged_summary([folder], db) is not None
