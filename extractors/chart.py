"""The chart of accounts (M14 communes of 3,500 inhabitants and more, 2018): the chapter each
nature account belongs to, and the section of each chapter.

The data ships with the package as `extractors/reference/chart_m14.csv`, generated from the
finance ministry's `planDeCompte.xml` (LGPL-2.1-or-later, see `reference/README.md`), so that
it works offline. Regenerate it with:

    python -m extractors.chart path/to/M14_COM_SUP3500_2018_planDeCompte.xml

Most bodies moved to M57 in 2024; M57 keeps the account numbers and chapters of the common
cases, so the M14 chart serves both for the chapter check.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from functools import cache
from pathlib import Path

CSV_FILE = Path(__file__).with_name("reference") / "chart_m14.csv"
FIELDS = ("kind", "code", "expense_chapter", "receipt_chapter", "order_chapters", "section", "label")


@cache
def _rows() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    accounts: dict[str, dict[str, str]] = {}
    chapters: dict[str, dict[str, str]] = {}
    try:
        with CSV_FILE.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                (accounts if row["kind"] == "account" else chapters)[row["code"]] = row
    except OSError:
        pass  # no chart: chart_chapter stays unknown
    return accounts, chapters


def account_chapter(article: str, side: str | None = None, printed: str | None = None) -> str | None:
    """The chapter the chart gives an account, for expenses or receipts ("6411" -> "012").

    An account absent from the chart takes the chapter of its nearest listed parent
    ("61523" -> "011" through "615" when only the parent is listed). When the minutes print
    one of the account's order chapters ("2188" in 041, operations between or within
    sections), that chapter is the chart's answer.
    """
    accounts, _ = _rows()
    code = article
    while code:
        row = accounts.get(code)
        if row:
            if printed and printed in row.get("order_chapters", "").split():
                return printed
            first, second = ("receipt_chapter", "expense_chapter") if side == "recette" else ("expense_chapter", "receipt_chapter")
            return row[first] or row[second] or None
        code = code[:-1]
    return None


def is_account(code: str) -> bool:
    """Whether the chart lists this account ("28041582" yes, "20240315" no)."""
    return code in _rows()[0]


def chapter_section(chapter: str | None) -> str | None:
    """investissement or fonctionnement for a chapter ("012" -> fonctionnement), if known."""
    if not chapter:
        return None
    _, chapters = _rows()
    row = chapters.get(chapter) or chapters.get(chapter.zfill(3))
    return {"F": "fonctionnement", "I": "investissement"}.get(row["section"]) if row else None


def _descendant_chapter(code: str, field: str, raw: dict[str, dict[str, str]]) -> str:
    found = Counter(r[field] for c, r in raw.items() if c != code and c.startswith(code) and r[field])
    return found.most_common(1)[0][0] if found else ""


def build_rows(xml_path: str | Path) -> list[dict[str, str]]:
    """Rows of the compact CSV from the ministry's XML (declared ISO-8859-1, often UTF-8)."""
    import re
    import xml.etree.ElementTree as ET

    data = Path(xml_path).read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("iso-8859-1")
    text = re.sub(r"^<\?xml[^>]*\?>", "", text.lstrip("\ufeff"))
    root = ET.fromstring(text)
    rows: list[dict[str, str]] = []
    for chapter in root.iter("Chapitre"):
        rows.append({"kind": "chapter", "code": chapter.get("Code", ""), "expense_chapter": "", "receipt_chapter": "",
                     "order_chapters": "", "section": chapter.get("Section", ""), "label": chapter.get("Libelle", "")})
    raw: dict[str, dict[str, str]] = {}
    for account in root.iter("Compte"):
        code = account.get("Code", "")
        # DR/RR: real expense/receipt chapter; DOES/ROES: order operations between sections (023, 021)
        raw[code] = {
            "expense": account.get("DR") or "", "receipt": account.get("RR") or "",
            "expense_order": account.get("DOES") or "", "receipt_order": account.get("ROES") or "",
            "orders": " ".join(sorted({account.get(k) for k in ("DOES", "DOIS", "ROES", "ROIS") if account.get(k)})),
            "label": account.get("Libelle", ""),
        }
    for code, r in raw.items():
        expense = r["expense"] or _descendant_chapter(code, "expense", raw) or r["expense_order"]
        receipt = r["receipt"] or _descendant_chapter(code, "receipt", raw) or r["receipt_order"]
        rows.append({"kind": "account", "code": code, "expense_chapter": expense, "receipt_chapter": receipt,
                     "order_chapters": r["orders"], "section": "", "label": r["label"]})
    return rows


def main(argv: list[str] | None = None) -> None:
    """Write the compact CSV from the XML given on the command line."""
    argv = sys.argv[1:] if argv is None else argv
    rows = build_rows(argv[0])
    CSV_FILE.parent.mkdir(parents=True, exist_ok=True)
    with CSV_FILE.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} rows written to {CSV_FILE}")


if __name__ == "__main__":
    main()
