"""The audit report: a self-contained HTML page in French, plus the findings as CSV and JSON.

The page opens with an overview of the corpus (documents, sessions, findings by check and
severity, coverage), then gives each session its facts, its findings with the quoted evidence
and its page, and which checks ran or why they stayed silent. Every piece of document text is
escaped: a document holding "<script>" shows those characters and runs nothing. The page loads
nothing from outside (no script, no font, no image).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter, defaultdict
from html import escape
from pathlib import Path

from pipeline.checks import BY_CODE, CHECKS

SEVERITIES = ("error", "warning", "info")
SEVERITY_FR = {"error": "erreur", "warning": "avertissement", "info": "information"}
STATUS_FR = {"ok": "chargés", "partial": "chargés en partie", "failed": "en échec", "skipped": "ignorés",
             "needs_ocr": "à passer en OCR", "duplicate": "doublons"}
EVIDENCE_CHARS = 600
CSV_COLUMNS = ("meeting_id", "document", "date", "body", "assembly", "check", "check_title", "severity", "item_number",
               "message", "legal_basis", "evidence", "page", "char_start", "char_end")
STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:70rem;padding:1rem 2rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem;border-bottom:3px solid #000091;padding-bottom:.3rem}h2{margin-top:2.5rem;font-size:1.3rem;color:#000091}
h3{font-size:1.05rem;margin-top:1.4rem}table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.92rem}
th,td{border:1px solid #ccc;padding:.25rem .55rem;text-align:left;vertical-align:top}th{background:#f0f0f7}
td.n{text-align:right;font-variant-numeric:tabular-nums}.sev{display:inline-block;padding:0 .45rem;border-radius:.3rem;font-size:.8rem;font-weight:600}
.sev-error{background:#ffe9e9;color:#b00020}.sev-warning{background:#fff4e0;color:#8a5300}.sev-info{background:#e8f0ff;color:#1f4aa8}
blockquote{margin:.35rem 0 .35rem 0;padding:.35rem .7rem;border-left:4px solid #bbb;background:#fafafa;white-space:pre-wrap;font-size:.9rem}
.finding{margin:.9rem 0;padding-bottom:.4rem;border-bottom:1px dotted #ddd}.meta{color:#555;font-size:.85rem}
.silent{color:#777}.ok{color:#17653b}section.meeting{border-top:1px solid #ddd}
"""


def _rows(con, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _e(value) -> str:
    """Escaped text for HTML (None as an empty string)."""
    return "" if value is None else escape(str(value), quote=True)


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


def finding_records(data: dict) -> list[dict]:
    """The findings with their session's identity, as the CSV and JSON files hold them."""
    meetings = {m["meeting_id"]: m for m in data["meetings"]}
    paths = {}
    for d in data["documents"]:
        if d.get("document_id") and d.get("status") != "duplicate":
            paths.setdefault(d["document_id"], d["path"])
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


def _overview(data: dict) -> list[str]:
    docs, meetings, findings, runs = data["documents"], data["meetings"], data["findings"], data["runs"]
    status = Counter(d["status"] for d in docs)
    by_check = defaultdict(Counter)
    for f in findings:
        by_check[f["check"]][f["severity"]] += 1
    ran = Counter(r["check"] for r in runs if r["ran"])
    out = ["<h2 id=\"vue-ensemble\">Vue d'ensemble</h2>",
           f"<p><strong>{len(docs)}</strong> document(s), <strong>{len(meetings)}</strong> séance(s), "
           f"<strong>{len(findings)}</strong> constat(s).</p>",
           "<table><caption>Documents par statut</caption><tr><th>Statut</th><th>Documents</th></tr>"]
    out += [f"<tr><td>{_e(STATUS_FR.get(s, s))}</td><td class=\"n\">{n}</td></tr>" for s, n in sorted(status.items())]
    out.append("</table>")
    out.append("<table><caption>Constats par contrôle et gravité</caption><tr><th>Contrôle</th><th>Fondement</th>"
               + "".join(f"<th>{SEVERITY_FR[s]}</th>" for s in SEVERITIES)
               + "<th>Total</th><th>Séances contrôlées</th></tr>")
    for c in CHECKS:
        sev = by_check.get(c.code, Counter())
        out.append(f"<tr><td>{_e(c.title)}<br><code>{_e(c.code)}</code></td><td>{_e(c.legal_basis)}</td>"
                   + "".join(f"<td class=\"n\">{sev.get(s, 0)}</td>" for s in SEVERITIES)
                   + f"<td class=\"n\">{sum(sev.values())}</td><td class=\"n\">{ran.get(c.code, 0)} / {len(meetings)}</td></tr>")
    out.append("</table>")
    problems = [d for d in docs if d["status"] not in ("ok", "duplicate")]
    if problems:
        out.append("<h3>Documents non chargés ou incomplets</h3><table><tr><th>Fichier</th><th>Statut</th><th>Motif</th></tr>")
        out += [f"<tr><td>{_e(d['path'])}</td><td>{_e(STATUS_FR.get(d['status'], d['status']))}</td><td>{_e(d['message'])}</td></tr>"
                for d in problems]
        out.append("</table>")
    if meetings:
        per = Counter(f["meeting_id"] for f in findings)
        out.append("<nav><h3>Séances</h3><ul>")
        files = {}
        for d in docs:
            if d.get("document_id") and d["status"] != "duplicate":
                files.setdefault(d["document_id"], d.get("file_name") or d["path"])
        out += [f"<li><a href=\"#{_anchor(m['meeting_id'])}\">{_e(_meeting_title(m))}</a> — {_e(files.get(m['document_id'], ''))} "
                f"({per.get(m['meeting_id'], 0)} constat(s))</li>" for m in meetings]
        out.append("</ul></nav>")
    return out


FACTS = (("date", "Date"), ("start_time", "Ouverture"), ("end_time", "Clôture"), ("place", "Lieu"),
         ("convened_on", "Convocation"), ("president", "Présidence"), ("secretary", "Secrétaire de séance"),
         ("members_in_office", "Membres en exercice"), ("members_present", "Présents"),
         ("members_represented", "Représentés"), ("votes_cast", "Votants"), ("votes_for", "Pour"),
         ("votes_against", "Contre"), ("abstentions", "Abstentions"), ("next_meeting_date", "Prochaine séance"))
COUNTS = (("attendance", "Personnes listées"), ("proxies", "Procurations"), ("agenda_items", "Points à l'ordre du jour"),
          ("decisions", "Décisions"), ("budget_lines", "Lignes budgétaires"), ("membership_changes", "Adhésions et retraits"))


def _finding_html(f: dict) -> str:
    sev = f["severity"] if f["severity"] in SEVERITIES else "info"
    check = BY_CODE.get(f["check"])
    item = f" — point {_e(f['item_number'])}" if f.get("item_number") else ""
    parts = [f"<div class=\"finding\"><span class=\"sev sev-{sev}\">{SEVERITY_FR[sev]}</span> "
             f"<strong>{_e(check.title if check else f['check'])}</strong>{item}",
             f"<p>{_e(f['message'])}</p>"]
    evidence = (f.get("evidence") or "").strip()
    if evidence:
        shown = evidence if len(evidence) <= EVIDENCE_CHARS else evidence[:EVIDENCE_CHARS] + " […]"
        parts.append(f"<blockquote>{_e(shown)}</blockquote>")
    where = []
    if f.get("page") is not None:
        where.append(f"page {f['page']}")
    if f.get("char_start") is not None and f.get("char_end") is not None:
        where.append(f"caractères {f['char_start']}–{f['char_end']}")
    where.append(f"<code>{_e(f['check'])}</code>")
    if f.get("legal_basis"):
        where.append(_e(f["legal_basis"]))
    parts.append(f"<div class=\"meta\">{' · '.join(where)}</div></div>")
    return "\n".join(parts)


def _meeting(data: dict, m: dict, documents: dict) -> list[str]:
    mid = m["meeting_id"]
    doc = documents.get(m["document_id"], {})
    out = [f"<section class=\"meeting\" id=\"{_anchor(mid)}\"><h2>{_e(_meeting_title(m))}</h2>",
           f"<p class=\"meta\">Document : {_e(doc.get('path'))} · séance <code>{_e(mid)}</code></p>",
           "<h3>Faits</h3><table>"]
    for key, label in FACTS:
        value = m.get(key)
        if value is not None:
            shown = _date_fr(value) if key in ("date", "convened_on", "next_meeting_date") else value
            out.append(f"<tr><th>{label}</th><td>{_e(shown)}</td></tr>")
    for table, label in COUNTS:
        out.append(f"<tr><th>{label}</th><td class=\"n\">{data['counts'][table].get(mid, 0)}</td></tr>")
    out.append("</table>")
    findings = [f for f in data["findings"] if f["meeting_id"] == mid]
    out.append(f"<h3>Constats ({len(findings)})</h3>")
    out += [_finding_html(f) for f in findings] or ["<p class=\"ok\">Aucun constat.</p>"]
    runs = {r["check"]: r for r in data["runs"] if r["meeting_id"] == mid}
    out.append("<h3>Contrôles effectués</h3><table><tr><th>Contrôle</th><th>Exécuté</th><th>Remarque</th></tr>")
    for c in CHECKS:
        r = runs.get(c.code)
        if r is None:
            state, note = "<span class=\"silent\">non exécuté</span>", "contrôles non lancés sur cette séance"
        elif r["ran"]:
            state, note = "<span class=\"ok\">oui</span>", _e(r["reason"])
        else:
            state, note = "<span class=\"silent\">non : données insuffisantes</span>", _e(r["reason"])
        out.append(f"<tr><td>{_e(c.title)}</td><td>{state}</td><td>{note}</td></tr>")
    out.append("</table></section>")
    return out


def render_html(data: dict, title: str = "Rapport d'audit des procès-verbaux") -> str:
    """The report as one HTML page (inline style, no script, everything escaped)."""
    documents = {}
    for d in data["documents"]:
        if d.get("document_id"):
            documents.setdefault(d["document_id"], d)
    stamp = dt.datetime.now(dt.UTC).strftime("%d/%m/%Y %H:%M UTC")
    body = [f"<h1>{_e(title)}</h1>",
            f"<p class=\"meta\">Généré le {stamp}. Chaque constat cite les mots du document et leur page ; "
            "un contrôle sans les données nécessaires reste silencieux et le dit.</p>"]
    body += _overview(data)
    for m in data["meetings"]:
        body += _meeting(data, m, documents)
    return ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{_e(title)}</title>"
            f"<style>{STYLE}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def write_report(con, out_dir: str | Path) -> dict[str, Path]:
    """Write rapport.html, findings.csv and findings.json under `out_dir`; return their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = gather(con)
    records = finding_records(data)
    paths = {"html": out / "rapport.html", "csv": out / "findings.csv", "json": out / "findings.json"}
    paths["html"].write_text(render_html(data), encoding="utf-8")
    with paths["csv"].open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(records)
    paths["json"].write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    return paths
