"""The audit report: what a reader sees in a real headless Chromium, escaping, CSV and JSON, CLI."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess

import pytest

from pipeline.checks import run_checks
from pipeline.cli import main
from pipeline.report import render_html, write_report
from tests.warehouse_rows import person, warehouse

HOSTILE = "<script>document.write('EXECUTED' + 'MARK')</script><img src=x onerror=\"document.title='PWN'+'ED'\">"


def numerian_like():
    """Numérian's counts (9 present of 40, 17 voters, 2 proxies) and a body name holding markup."""
    return warehouse(
        meetings=[{"body": "Syndicat Mixte Numérian " + HOSTILE, "assembly": "Conseil Syndical", "date": "2024-09-30",
                   "members_in_office": 40, "members_present": 9, "votes_cast": 17}],
        meeting_facts=[{"field": "votes_cast", "value": "17", "page": 2, "char_start": 900, "char_end": 940,
                        "source_text": "Suffrages exprimés : 17 " + HOSTILE}],
        documents=[{"path": "/corpus/numerian_2024-09-30.pdf", "document_id": "d1", "file_name": "numerian_2024-09-30.pdf",
                    "status": "ok"},
                   {"path": "/corpus/scan.pdf", "document_id": "d2", "file_name": "scan.pdf", "status": "needs_ocr",
                    "message": "pages numérisées : OCR indisponible"}],
        attendance=[person(f"Élu{i} NOM") for i in range(9)],
        proxies=[{"giver": "A X", "holder": "Élu1 NOM"}, {"giver": "B Y", "holder": "Élu2 NOM"}],
    )


def test_html_escapes_document_text():
    con = numerian_like()
    run_checks(con)
    from pipeline.report import gather

    html = render_html(gather(con))
    assert "<script>" not in html and "onerror=\"" not in html
    assert "&lt;script&gt;" in html and "Suffrages exprimés : 17" in html
    assert "Content-Security-Policy" in html and "http" not in html.split("<body>")[0].replace("http-equiv", "")


def test_csv_and_json_hold_every_finding(tmp_path):
    con = numerian_like()
    counts = run_checks(con)
    paths = write_report(con, tmp_path)
    with paths["csv"].open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    records = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert len(rows) == len(records) == sum(counts.values()) >= 2
    vote = next(r for r in records if r["check"] == "vote_total_mismatch")
    assert vote["page"] == 2 and vote["document"] == "/corpus/numerian_2024-09-30.pdf" and vote["date"] == "2024-09-30"
    assert vote["legal_basis"].startswith("CGCT") and "17" in vote["message"]
    assert {r["check"] for r in rows} >= {"vote_total_mismatch", "quorum_not_met"}


def test_audit_command_writes_the_report(tmp_path, capsys):
    db = tmp_path / "w.duckdb"
    con = numerian_like()
    con.execute(f"attach '{db}' as disk")
    for (table,) in con.execute("select table_name from information_schema.tables where table_catalog = 'memory' and table_type = 'BASE TABLE'").fetchall():
        con.execute(f"create table disk.{table} as select * from memory.{table}")
    con.close()
    assert main(["audit", "--db", str(db), "--out", str(tmp_path / "out")]) == 0
    said = capsys.readouterr().out
    assert "constat(s)" in said and (tmp_path / "out" / "rapport.html").is_file()
    assert main(["audit", "--db", str(tmp_path / "absent.duckdb"), "--out", str(tmp_path / "o2")]) == 1


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package `chromium`; .ci/run installs it)")
def chromium_dom(html, profile) -> str:
    """The page as a headless Chromium builds it (no script runs: the page has none, and its
    Content-Security-Policy forbids any)."""
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--dump-dom", html.resolve().as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout


def test_a_reader_sees_the_findings_in_chromium(tmp_path):
    con = numerian_like()
    run_checks(con)
    paths = write_report(con, tmp_path / "out")
    dom = chromium_dom(paths["html"], tmp_path / "profile")
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(dom, "html.parser")
    text = soup.get_text(" ", strip=True)
    assert soup.find("h1").get_text() == "Rapport d'audit des procès-verbaux"
    assert "Vue d'ensemble" in text and "2 document(s), 1 séance(s)" in text
    assert "Décompte des votes incohérent" in text and "Quorum non atteint" in text
    assert "17 votants déclarés, mais seulement 9 membres présents" in text
    assert "page 2" in text and "Suffrages exprimés : 17" in text
    assert "à passer en OCR" in text and "pages numérisées : OCR indisponible" in text
    assert "non : données insuffisantes" in text and "aucune ligne de décision modificative" in text
    # the document's markup is shown as text, and nothing of it ran
    assert "<script>document.write('EXECUTED' + 'MARK')</script>" in text
    assert "EXECUTEDMARK" not in dom and "PWNED" not in dom
    assert not soup.find("script") and all(img["src"].startswith("data:image/png;base64,") for img in soup.find_all("img"))
    assert not any(img.get("onerror") for img in soup.find_all("img"))


def test_an_empty_warehouse_gives_an_empty_report(tmp_path):
    con = warehouse(meetings=[], documents=[])
    run_checks(con)
    paths = write_report(con, tmp_path)
    html = paths["html"].read_text(encoding="utf-8")
    assert "<strong>0</strong> document(s), <strong>0</strong> séance(s), <strong>0</strong> constat(s)" in html
    assert json.loads(paths["json"].read_text(encoding="utf-8")) == []


EVIDENCE_PAGES = [
    ["COMMUNE DE SAINT-TEST", "Procès-verbal de la séance du conseil municipal du 12 mars 2024",
     "Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul DURAND", "Secrétaire de séance : Mme Anne MARTIN",
     "1. Fonds de concours pour l'éclairage public"],
    ["La commune prend en charge 40 % d'une dépense HT de 16 722,50 euros soit 6 889 euros.",
     "Après en avoir délibéré, le conseil municipal adopte à l'unanimité.", "La séance est levée à 21h."],
]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package `chromium`; .ci/run installs it)")
def test_a_finding_on_a_pdf_shows_its_page_with_the_words_highlighted_in_chromium(tmp_path):
    """The report renders the source PDF's page (PDFium), cropped around the quoted words and
    highlighted, with its page number and a link to the document at that page; when the file has
    changed since the ingest, or is gone, it shows the quote alone and says why."""
    import base64
    import io

    from bs4 import BeautifulSoup
    from PIL import Image

    from pipeline.ingest import ingest
    from tests.pdfgen import text_pdf

    folder = tmp_path / "in"
    folder.mkdir()
    pdf = folder / "pv.pdf"
    pdf.write_bytes(text_pdf(EVIDENCE_PAGES))
    db = tmp_path / "w.duckdb"
    ingest([folder], db, jobs=0, progress=False)
    assert main(["audit", "--db", str(db), "--out", str(tmp_path / "out")]) == 0
    soup = BeautifulSoup(chromium_dom(tmp_path / "out" / "rapport.html", tmp_path / "profile"), "html.parser")
    [finding] = [d for d in soup.select("div.finding") if "Calcul imprimé faux" in d.get_text()]
    assert "40 % de 16 722,50 € font 6 689 €, mais le texte écrit 6 889 €" in finding.get_text()
    [img] = finding.find_all("img")
    caption = finding.find("figcaption")
    assert "Page 2" in caption.get_text() and caption.find("a")["href"] == pdf.resolve().as_uri() + "#page=2"
    image = Image.open(io.BytesIO(base64.b64decode(img["src"].split(",", 1)[1]))).convert("RGB")
    width, height = image.size
    assert width > 600 and 60 < height < 400  # the quoted line and its surroundings, not the whole page
    highlighted = sum(n for n, (r, g, b) in image.getcolors(width * height) if r > 220 and 170 < g < 235 and b < 170)
    assert highlighted > 500  # the quoted words under the yellow marker

    pdf.write_bytes(pdf.read_bytes() + b"\n% changed after the ingest\n")
    assert main(["audit", "--db", str(db), "--out", str(tmp_path / "changed")]) == 0
    html = (tmp_path / "changed" / "rapport.html").read_text(encoding="utf-8")
    assert "le fichier source a changé depuis l&#39;ingestion" in html and "data:image/png" not in html
    assert "40 % d&#39;une dépense HT de 16 722,50 euros soit 6 889 euros" in html  # the quote stays
    pdf.unlink()
    assert main(["audit", "--db", str(db), "--out", str(tmp_path / "gone")]) == 0
    assert "fichier source introuvable" in (tmp_path / "gone" / "rapport.html").read_text(encoding="utf-8")


def test_the_audit_goes_through_the_publisher(tmp_path):
    """minutier audit never opens the published warehouse for writing: a reader holding it open
    read-only is not in its way (a direct write would fail to lock it), and a running ingest's
    lock makes it wait its turn (exit 2)."""
    import sys

    from pipeline.publish import Publisher

    db = tmp_path / "w.duckdb"
    con = numerian_like()
    con.execute(f"attach '{db}' as disk")
    for (table,) in con.execute("select table_name from information_schema.tables where table_catalog = 'memory' and table_type = 'BASE TABLE'").fetchall():
        con.execute(f"create table disk.{table} as select * from memory.{table}")
    con.close()
    reader = subprocess.Popen([sys.executable, "-c", "import sys, duckdb; c = duckdb.connect(sys.argv[1], read_only=True); "
                               "print(c.execute('select count(*) from meetings').fetchone()[0], flush=True); sys.stdin.readline()",
                               str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "1"
        assert main(["audit", "--db", str(db), "--out", str(tmp_path / "out")]) == 0
    finally:
        reader.stdin.write("\n")
        reader.stdin.flush()
        reader.wait()
    import duckdb

    published = duckdb.connect(str(db), read_only=True)
    assert published.execute("select count(*) from findings").fetchone()[0] >= 2  # the audit's findings were published
    published.close()
    with Publisher(db):
        assert main(["audit", "--db", str(db), "--out", str(tmp_path / "o2")]) == 2
