"""budget_unbalanced and budget_total_mismatch: budget amendments must add up (CGCT L1612-4).

Each section of a décision modificative is voted in balance: its expenses equal its receipts,
and a transfer between chapters ("virement de chapitre à chapitre") that only has expense lines
nets to zero. A printed total must equal the sum of the lines it totals.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from pipeline.checks.base import Check, Evidence, Finding, MeetingData, Outcome, ran, silent, unverifiable
from pipeline.checks.premises import budget_doubts
from pipeline.french import fold_words
from pipeline.french.amounts import budget_section, budget_side, french_euros


def _amendment_key(row: dict) -> tuple:
    return (row.get("item_number"), fold_words(row.get("amendment")), fold_words(row.get("budget")))


def _label(key: tuple, rows: list[dict]) -> str:
    first = rows[0]
    parts = [first.get("amendment") or "DM"]
    if first.get("budget") and fold_words(first["budget"]) != "principal":
        parts.append(f"budget {first['budget']}")
    return " ".join(parts)


def _ocr_pages(m: MeetingData) -> set[int]:
    return {p["page"] for p in m.pages if p.get("ocr")}


OCR_REASON = "montants lus par OCR sur une page numérisée : une ligne perdue ou mal lue fausserait la somme"


def check_balance(m: MeetingData) -> Outcome:
    """Per amendment and section: expenses equal receipts (a transfer nets to zero).

    Tables read by OCR are left aside: a scanned table easily loses a line, and the sum with it.
    """
    if not m.budget_lines:
        return silent("aucune ligne de décision modificative")
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for line in m.budget_lines:
        groups[(*_amendment_key(line), budget_section(line.get("section")))].append(line)
    ocr = _ocr_pages(m)
    readable = {k: rows for k, rows in groups.items() if not any(r.get("page") in ocr for r in rows)}
    if not readable:
        return silent(OCR_REASON)
    findings, doubts = [], []
    for key, rows in readable.items():
        if key[-1] is None:
            continue
        doubt = budget_doubts(m, rows, [t for t in m.budget_totals if _amendment_key(t) == key[:3]])
        if doubt:
            doubts.append(f"{_label(key, rows)} section {key[-1]} : {doubt}")
            continue
        spent = sum((Decimal(r["amount"]) for r in rows if budget_side(r.get("side")) == "dépense"), Decimal(0))
        received = sum((Decimal(r["amount"]) for r in rows if budget_side(r.get("side")) == "recette"), Decimal(0))
        if spent != received:
            has_receipts = any(budget_side(r.get("side")) == "recette" for r in rows)
            what = (f"dépenses {french_euros(spent)} ≠ recettes {french_euros(received)}" if has_receipts
                    else f"virement sans recette dont les lignes ne s'annulent pas : solde {french_euros(spent)}")
            lines = "; ".join(f"{r.get('article') or ''} {r.get('label') or ''} {french_euros(Decimal(r['amount']))}".strip() for r in rows[:12])
            findings.append(Finding(
                f"{_label(key, rows)}, section {key[-1]} déséquilibrée : {what}. Lignes : {lines}.",
                Evidence.of(rows[0]), rows[0].get("item_number")))
    if doubts and not findings:
        return unverifiable("tableau lu en partie : " + "; ".join(doubts))
    return ran(findings, ("non vérifiable pour " + "; ".join(doubts)) if doubts else None)


def check_totals(m: MeetingData) -> Outcome:
    """Each printed total vs the sum of the lines of its amendment, section and side."""
    if not m.budget_totals:
        return silent("aucun total imprimé sous les tableaux de décision modificative")
    if not m.budget_lines:
        return silent("totaux imprimés, mais aucune ligne lue")
    findings, compared = [], 0
    ocr = _ocr_pages(m)
    for total in m.budget_totals:
        section, side = budget_section(total.get("section")), budget_side(total.get("side"))
        key = _amendment_key(total)
        rows = [r for r in m.budget_lines if _amendment_key(r) == key
                and (section is None or budget_section(r.get("section")) == section)
                and (side is None or budget_side(r.get("side")) == side)]
        if not rows or any(r.get("page") in ocr for r in [total, *rows]) or budget_doubts(m, rows, [total]):
            continue
        compared += 1
        amounts = [Decimal(r["amount"]) for r in rows]
        printed = Decimal(total["amount"])
        net = sum(amounts, Decimal(0))
        # tables with "diminution" / "augmentation" columns total each column apart
        plus = sum((a for a in amounts if a > 0), Decimal(0))
        minus = sum((a for a in amounts if a < 0), Decimal(0))
        if printed not in (net, plus, minus, -minus):
            scope = " ".join(x for x in (section, side) if x) or "toutes sections"
            findings.append(Finding(
                f"{total.get('amendment') or 'DM'} ({scope}) : total imprimé {french_euros(printed)}, mais la somme des "
                f"{len(rows)} lignes fait {french_euros(net)}.", Evidence.of(total), total.get("item_number")))
    if not compared:
        return silent("aucun total ne se rapporte à des lignes lues hors OCR")
    return ran(findings)


BALANCE = Check(
    "budget_unbalanced", "Décision modificative déséquilibrée", "CGCT L1612-4 (équilibre de chaque section)",
    "error", check_balance,
    "Silencieux sans ligne de décision modificative lue ; les tableaux lus par OCR sont laissés de côté.",
    "Les lignes de DM lues (section, sens, montant). Non vérifiable quand le tableau est lu en partie : une ligne "
    "rangée en recette sous l'intitulé « Dépenses » (ou l'inverse), ou un tableau lu par OCR.",
)
TOTALS = Check(
    "budget_total_mismatch", "Total imprimé différent de la somme des lignes", "CGCT L1612-4 (sincérité des écritures)",
    "error", check_totals,
    "Silencieux sans total imprimé, ou quand aucune ligne lue hors OCR ne se rapporte au total. Un total égal à la somme des "
    "seules augmentations ou des seules diminutions (colonnes séparées) est accepté.",
    "Les totaux imprimés et les lignes lues de la même DM, section et sens. Non vérifiable, comme l'équilibre, pour "
    "un tableau lu en partie ou par OCR.",
)
