"""The audit report: a self-contained HTML page in French, plus the findings as CSV and JSON.

The page opens with an overview of the corpus (documents, sessions, findings by check and
severity, coverage, what each check relies on), then gives each session its facts, its findings
with the quoted evidence, the page image it comes from (rendered from the source PDF, cropped
around the quoted words, highlighted: `pipeline.evidence`) and a link to the document at that
page, and which checks ran, which stayed silent for lack of data and which found their data
too doubtful to judge. The page is built from Jinja2 templates (`pipeline/templates/`) with
autoescaping: a document holding "<script>" shows those characters and runs nothing. It loads
nothing from outside (no script, no font; its images are data: URIs).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter, defaultdict
from pathlib import Path

import jinja2

from pipeline.checks import BY_CODE, CHECKS

SEVERITIES = ("error", "warning", "info")
SEVERITY_FR = {"error": "erreur", "warning": "avertissement", "info": "information"}
STATUS_FR = {"ok": "chargés", "partial": "chargés en partie", "failed": "en échec", "skipped": "ignorés",
             "needs_ocr": "à passer en OCR", "duplicate": "doublons"}
RUN_FR = {"ran": ("oui", "ok"), "no_data": ("non : données insuffisantes", "silent"),
          "unverifiable": ("non vérifiable : données douteuses", "doubt"), "error": ("non : erreur du contrôle", "broken")}
EVIDENCE_CHARS = 600
CSV_COLUMNS = ("meeting_id", "document", "date", "body", "assembly", "check", "check_title", "severity", "item_number",
               "message", "legal_basis", "evidence", "page", "char_start", "char_end")
TEMPLATES = Path(__file__).with_name("templates")
FACTS = (("date", "Date"), ("start_time", "Ouverture"), ("end_time", "Clôture"), ("place", "Lieu"),
         ("convened_on", "Convocation"), ("president", "Présidence"), ("secretary", "Secrétaire de séance"),
         ("members_in_office", "Membres en exercice"), ("members_present", "Présents"),
         ("members_represented", "Représentés"), ("votes_cast", "Votants"), ("votes_for", "Pour"),
         ("votes_against", "Contre"), ("abstentions", "Abstentions"), ("next_meeting_date", "Prochaine séance"))
COUNTS = (("attendance", "Personnes listées"), ("proxies", "Procurations"), ("agenda_items", "Points à l'ordre du jour"),
          ("decisions", "Décisions"), ("budget_lines", "Lignes budgétaires"), ("membership_changes", "Adhésions et retraits"))


def _rows(con, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _date_fr(value) -> str:
    if value is None:
        return "date inconnue"
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre"]
    d = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return f"{d.day} {months[d.month - 1]} {d.year}"


def _meeting_title(m: dict) -> str:
    parts = [m.get("body") or "Organe non identifié", m.get("assembly") or "assemblée", f"séance du {_date_fr(m.get('date'))}"]
    return " — ".join(parts)


def _anchor(meeting_id: str) -> str:
    return "seance-" + "".join(c if c.isalnum() or c == "-" else "_" for c in str(meeting_id))


def gather(con) -> dict:
    """Everything the report shows, read from the warehouse."""
    documents = _rows(con, "select * from documents order by path")
    meetings = _rows(con, "select * from meetings order by date nulls last, meeting_id")
    findings = _rows(con, 'select * from findings order by meeting_id, "check", item_number, char_start')
    runs = _rows(con, 'select * from check_runs order by meeting_id, "check"')
    counts = {}
    for table in ("attendance", "proxies", "agenda_items", "decisions", "budget_lines", "membership_changes"):
        counts[table] = dict(con.execute(f"select meeting_id, count(*) from {table} group by meeting_id").fetchall())
    return {"documents": documents, "meetings": meetings, "findings": findings, "runs": runs, "counts": counts}


def _originals(data: dict) -> dict[str, dict]:
    """document_id -> the documents row of its original (not a duplicate's)."""
    out: dict[str, dict] = {}
    for d in data["documents"]:
        if d.get("document_id") and d.get("status") != "duplicate":
            out.setdefault(d["document_id"], d)
    return out


def finding_records(data: dict) -> list[dict]:
    """The findings with their session's identity, as the CSV and JSON files hold them."""
    meetings = {m["meeting_id"]: m for m in data["meetings"]}
    paths = {did: d["path"] for did, d in _originals(data).items()}
    out = []
    for f in data["findings"]:
        m = meetings.get(f["meeting_id"], {})
        check = BY_CODE.get(f["check"])
        out.append({
            "meeting_id": f["meeting_id"], "document": paths.get(f["document_id"]), "date": str(m["date"]) if m.get("date") else None,
            "body": m.get("body"), "assembly": m.get("assembly"), "check": f["check"],
            "check_title": check.title if check else f["check"], "severity": f["severity"], "item_number": f["item_number"],
            "message": f["message"], "legal_basis": f["legal_basis"], "evidence": f["evidence"], "page": f["page"],
            "char_start": f["char_start"], "char_end": f["char_end"],
        })
    return out


def _finding_view(f: dict, shot) -> dict:
    check = BY_CODE.get(f["check"])
    evidence = (f.get("evidence") or "").strip()
    where = []
    if f.get("page") is not None:
        where.append(f"page {f['page']}")
    if f.get("char_start") is not None and f.get("char_end") is not None:
        where.append(f"caractères {f['char_start']}–{f['char_end']}")
    where.append(f["check"])
    if f.get("legal_basis"):
        where.append(f["legal_basis"])
    return {
        "severity": f["severity"] if f["severity"] in SEVERITIES else "info",
        "title": check.title if check else f["check"], "item_number": f.get("item_number"), "message": f["message"],
        "evidence": evidence if len(evidence) <= EVIDENCE_CHARS else evidence[:EVIDENCE_CHARS] + " […]",
        "page": f.get("page"), "where": where, "shot": shot,
    }


def context(data: dict, title: str = "Rapport d'audit des procès-verbaux", images: bool = True) -> dict:
    """What the template shows, computed from `gather`'s data (and the source PDFs, for the images)."""
    from pipeline.evidence import shots

    documents = _originals(data)
    shot_list = shots(documents, data["findings"]) if images else [None] * len(data["findings"])
    by_meeting: dict[str, list[dict]] = defaultdict(list)
    for f, shot in zip(data["findings"], shot_list, strict=True):
        by_meeting[f["meeting_id"]].append(_finding_view(f, shot))
    by_check: dict[str, dict] = {}
    for c in CHECKS:
        sev = Counter(f["severity"] for f in data["findings"] if f["check"] == c.code)
        by_check[c.code] = {**{s: sev.get(s, 0) for s in SEVERITIES}, "total": sum(sev.values())}
    runs_by_meeting: dict[str, dict[str, dict]] = defaultdict(dict)
    for r in data["runs"]:
        runs_by_meeting[r["meeting_id"]][r["check"]] = r
    meetings = []
    for m in data["meetings"]:
        doc = documents.get(m["document_id"], {})
        path = doc.get("path")
        href = Path(path).resolve().as_uri() if path and doc.get("format") == "pdf" and Path(path).exists() else None
        facts = [(label, _date_fr(m[key]) if key in ("date", "convened_on", "next_meeting_date") else m[key])
                 for key, label in FACTS if m.get(key) is not None]
        runs = []
        for c in CHECKS:
            r = runs_by_meeting[m["meeting_id"]].get(c.code)
            if r is None:
                runs.append({"title": c.title, "state": "non exécuté", "css": "silent",
                             "reason": "contrôles non lancés sur cette séance"})
                continue
            status = r.get("status") or ("ran" if r["ran"] else "no_data")
            state, css = RUN_FR.get(status, RUN_FR["no_data"])
            runs.append({"title": c.title, "state": state, "css": css, "reason": r.get("reason") or ""})
        meetings.append({
            "meeting_id": m["meeting_id"], "anchor": _anchor(m["meeting_id"]), "title": _meeting_title(m),
            "file": doc.get("file_name") or path or "", "path": path, "href": href, "facts": facts,
            "counts": [(label, data["counts"][table].get(m["meeting_id"], 0)) for table, label in COUNTS],
            "findings": by_meeting.get(m["meeting_id"], []), "runs": runs,
        })
    statuses = Counter(r.get("status") or ("ran" if r["ran"] else "no_data") for r in data["runs"])
    return {
        "title": title, "stamp": dt.datetime.now(dt.UTC).strftime("%d/%m/%Y %H:%M UTC"),
        "documents": data["documents"], "findings": data["findings"], "meetings": meetings,
        "by_status": sorted(Counter(d["status"] for d in data["documents"]).items()),
        "problems": [d for d in data["documents"] if d["status"] not in ("ok", "duplicate")],
        "checks": CHECKS, "severities": SEVERITIES, "severity_fr": SEVERITY_FR, "status_fr": STATUS_FR,
        "by_check": by_check, "statuses": statuses,
        "ran": Counter(r["check"] for r in data["runs"] if r["ran"]),
        "unverifiable": Counter(r["check"] for r in data["runs"] if r.get("status") == "unverifiable"),
    }


def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=False, lstrip_blocks=False)


def render_html(data: dict, title: str = "Rapport d'audit des procès-verbaux", images: bool = True) -> str:
    """The report as one HTML page (inline style, no script, everything escaped)."""
    return _environment().get_template("report.html.j2").render(context(data, title, images)) + "\n"


def write_report(con, out_dir: str | Path, images: bool = True) -> dict[str, Path]:
    """Write rapport.html, findings.csv and findings.json under `out_dir`; return their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = gather(con)
    records = finding_records(data)
    paths = {"html": out / "rapport.html", "csv": out / "findings.csv", "json": out / "findings.json"}
    paths["html"].write_text(render_html(data, images=images), encoding="utf-8")
    with paths["csv"].open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(records)
    paths["json"].write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    return paths
