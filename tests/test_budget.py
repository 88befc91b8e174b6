"""Budget amendments (DM): amounts, chart of accounts, and every table shape with real snippets."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors import budget, chart
from pipeline.french import parse_amount
from pipeline.read.common import RawLine, build_document, split_text_lines
from pipeline.records import Section, Segmentation

# ---------------------------------------------------------------------------------------------
# Amounts
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["2024-01", "12 h 30", "n°3", "1,234,567", "12.34.56", "€", "", "- ", "1 2345", "1.5.2", "(1 200,00"],
)
def test_parse_amount_refuses_what_is_not_an_amount(text):
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("-145 600,00", "-145600.00"),
        ("145.600,00 €", "145600.00"),
        ("1'697€", "1697"),
        ("1’697 €", "1697"),
        ("+900 €", "900"),
        ("+ 1 600 €", "1600"),
        ("- 2 000 €", "-2000"),
        ("(1 200,00)", "-1200.00"),
        ("-1507.50€", "-1507.50"),
        ("5\u202f200,00", "5200.00"),
        ("5\u00a0200,00 €", "5200.00"),
        ("−5 200,00", "-5200.00"),
        ("35 000,00", "35000.00"),
        ("+ 18 000.00", "18000.00"),
        ("- 18 000.00", "-18000.00"),
        ("+ 150", "150"),
        ("+20’000 €", "20000"),
        ("– 1’697€", "-1697"),
        ("600 € HT", "600"),
        ("1 200,00 euros TTC", "1200.00"),
        ("5 200,00 EUR", "5200.00"),
        ("-  150", "-150"),
    ],
)
def test_parse_amount_formats(text, expected):
    assert parse_amount(text) == Decimal(expected)


def _format(cents: int, grouping: str, decimal: str, sign: str, currency: str, show_cents: bool) -> str:
    units, rest = divmod(cents, 100)
    digits = f"{units:,}".replace(",", grouping)
    body = digits + (f"{decimal}{rest:02d}" if show_cents else "")
    if sign == "()":
        return f"({body}){currency}"
    return f"{sign}{body}{currency}"


@given(
    cents=st.integers(min_value=0, max_value=10**11),
    grouping=st.sampled_from([" ", "\u00a0", "\u202f", ".", "'", "’", ""]),
    decimal=st.sampled_from([",", "."]),
    sign=st.sampled_from(["", "-", "+", "- ", "+ ", "−", "– ", "+  ", "()"]),
    currency=st.sampled_from(["", " €", "€", " euros", "\u00a0€", " € HT", " € TTC", " euros TTC", " EUR"]),
    show_cents=st.booleans(),
)
def test_parse_amount_round_trips(cents, grouping, decimal, sign, currency, show_cents):
    if grouping == "." and decimal == ".":
        decimal = ","  # "1.234.56" is no French amount
    if not show_cents:
        cents -= cents % 100
    text = _format(cents, grouping, decimal, sign, currency, show_cents)
    value = Decimal(cents) / 100
    if sign.strip() in ("-", "−", "–", "()"):
        value = -value
    assert parse_amount(text) == value, text


# ---------------------------------------------------------------------------------------------
# Chart of accounts
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "article, side, chapter",
    [("6411", "dépense", "012"), ("607", "dépense", "011"), ("1641", "dépense", "16"), ("023", "dépense", "023"),
     ("021", "recette", "021"), ("778", "recette", "77"), ("739223", "dépense", "014"), ("2315", "dépense", "23")],
)
def test_chart_chapter(article, side, chapter):
    assert chart.account_chapter(article, side) == chapter


def test_chart_sections():
    assert chart.chapter_section("012") == "fonctionnement"
    assert chart.chapter_section("21") == "investissement"
    assert chart.chapter_section(None) is None


# ---------------------------------------------------------------------------------------------
# Headings and context
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("DÉCISION MODIFICATIVE N°1 – BUDGET ANNEXE D'INVESTISSEMENT DE LA RÉGIE AUTONOME DE NUMÉRIAN :", "RÉGIE AUTONOME DE NUMÉRIAN"),
        ("Budget Eau et Assainissement - Décision modificative n°1", "Eau et Assainissement"),
        ("Budget Commune : Décision modification n°2", "principal"),
        ("du jour une Décision Modificative Budget M57", "principal"),
        ("Monsieur le Maire expose les travaux", None),
    ],
)
def test_budget_name(text, name):
    assert budget.budget_name(text) == name


@pytest.mark.parametrize(
    "text, expected",
    [
        ("INVESTISSEMENT", ("investissement", None)),
        ("## FONCTIONNEMENT", ("fonctionnement", None)),
        ("Section d’exploitation", ("fonctionnement", None)),
        ("Section de fonctionnement - Dépenses", ("fonctionnement", "dépense")),
        ("Dépenses d'investissement :", ("investissement", "dépense")),
        ("Recettes", (None, "recette")),
        ("d’exploitation", None),  # the end of a wrapped label, not a context line
        ("Dépenses Recettes", None),
    ],
)
def test_context_lines(text, expected):
    assert budget._context(text) == expected


# ---------------------------------------------------------------------------------------------
# Shapes, from text
# ---------------------------------------------------------------------------------------------


def _text_doc(text: str):
    return build_document("0" * 64, "/nonexistent/minutes.txt", "text", [split_text_lines(text)])


def _lines(text: str, sections: tuple = ()) -> list[tuple]:
    doc = _text_doc(text)
    out = budget.extract(doc, Segmentation((), sections, None, 0))
    return [(b.amendment, b.section, b.side, b.article, b.chapter, str(b.amount)) for b in out["budget_lines"]]


NUMERIAN_TSV = """### 3. Décision Modificative de la Régie Autonome de Numérian

- DÉCISION MODIFICATIVE N°1 – BUDGET ANNEXE D'INVESTISSEMENT DE LA RÉGIE AUTONOME DE NUMÉRIAN :

Il convient d'effectuer un virement de chapitre pour un montant de 5 200€.

#### INVESTISSEMENT

Dépenses\t\tRecettes
Article (Chap.) - Opération\tMontant\tArticle (Chap.) - Opération\tMontant
1641 (16) : Emprunts en euros\t5 200,00
2051 (20) : Concessions et droits assimilés\t-5 200,00
\t<b>0,00</b>
<b>Total Dépenses</b>\t<b>0,00</b>\t<b>Total Recettes</b>

- DÉCISION MODIFICATIVE N°2 – BUDGET ANNEXE DE FONCTIONNEMENT DE LA RÉGIE AUTONOME DE NUMÉRIAN :

Il existe 3 facteurs principaux de l'évolution du chapitre 012 :

## FONCTIONNEMENT

Dépenses\t\tRecettes
Article (Chap.) - Opération\tMontant\tArticle (Chap.) - Opération\tMontant
607 (011) : Achats de marchandises\t-145 600,00
6411 (012) : Salaires, appointements, comm\t110 000,00
66111 (66) : Intérêts réglés à l'échéance\t600,00
673 (67) : Titres annulés (sur exercices ant\t35 000,00
\t0,00
<b>Total Dépenses</b>\t<b>0,00</b>\t<b>Total Recettes</b>
"""


def test_tab_separated_side_by_side_table():
    doc = _text_doc(NUMERIAN_TSV)
    section = Section("I.2.B.3", "Décision Modificative de la Régie Autonome de Numérian",
                      "3. Décision Modificative de la Régie Autonome de Numérian", 0, len(doc.text), doc.provenance(0, 10))
    out = budget.extract(doc, Segmentation((), (section,), None, 0))
    got = [(b.item_number, b.amendment, b.section, b.side, b.article, b.chapter, str(b.amount)) for b in out["budget_lines"]]
    assert got == [
        ("I.2.B.3", "DM n°1", "investissement", "dépense", "1641", "16", "5200.00"),
        ("I.2.B.3", "DM n°1", "investissement", "dépense", "2051", "20", "-5200.00"),
        ("I.2.B.3", "DM n°2", "fonctionnement", "dépense", "607", "011", "-145600.00"),
        ("I.2.B.3", "DM n°2", "fonctionnement", "dépense", "6411", "012", "110000.00"),
        ("I.2.B.3", "DM n°2", "fonctionnement", "dépense", "66111", "66", "600.00"),
        ("I.2.B.3", "DM n°2", "fonctionnement", "dépense", "673", "67", "35000.00"),
    ]
    assert {b.budget for b in out["budget_lines"]} == {"RÉGIE AUTONOME DE NUMÉRIAN"}
    assert out["budget_lines"][3].label == "Salaires, appointements, comm"
    assert out["budget_lines"][0].provenance.text == "1641 (16) : Emprunts en euros\t5 200,00"
    # totals are kept apart, never among the lines
    assert [str(t.amount) for t in out["budget_totals"]] == ["0.00"] * 4
    assert all(t.side == "dépense" for t in out["budget_totals"])


def test_side_columns_in_a_tab_table():
    text = ("Décision modificative n°4\nFONCTIONNEMENT\nChapitre\tArticle\tLibellé\tDépenses\tRecettes\n"
            "011\t6068\tAutres matières\t-1 000,00\t\n70\t7067\tRedevances\t\t2 500,00\n\tTotal\t\t-1 000,00\t2 500,00\n")
    assert _lines(text) == [
        ("DM n°4", "fonctionnement", "dépense", "6068", "011", "-1000.00"),
        ("DM n°4", "fonctionnement", "recette", "7067", "70", "2500.00"),
    ]


def test_markdown_table_with_section_and_side_columns():
    text = """Décision modificative n°1 du budget annexe Eau et assainissement
| Section | Sens | Chapitre | Article | Libellé | Montant |
|---|---|---|---|---|---|
| Fonctionnement | Dépenses | 011 | 61523 | Entretien réseaux | 145.600,00 € |
| Fonctionnement | Dépenses | 022 | 022 | Dépenses imprévues | (1 200,00) |
| Investissement | Recettes | 13 | 1321 | Subvention État | 1'697€ |
"""
    doc = _text_doc(text)
    out = budget.extract(doc, Segmentation((), (), None, 0))
    assert [(b.section, b.side, b.article, str(b.amount)) for b in out["budget_lines"]] == [
        ("fonctionnement", "dépense", "61523", "145600.00"),
        ("fonctionnement", "dépense", "022", "-1200.00"),
        ("investissement", "recette", "1321", "1697"),
    ]
    assert out["budget_lines"][0].budget == "Eau et assainissement"


def test_indented_list():
    text = """Décision modificative n°1 – budget principal
Section d'investissement
    Dépenses
        Chapitre 041 : + 900 €, article 2188
    Recettes
        Chapitre 041 : + 900 €, article 1328
"""
    assert _lines(text) == [
        ("DM n°1", "investissement", "dépense", "2188", "041", "900"),
        ("DM n°1", "investissement", "recette", "1328", "041", "900"),
    ]


def test_prose_credits_moved():
    text = ("Le conseil adopte la décision modificative n°3 suivante :\n"
            "Diminution de crédits : C/022 -1507.50€ / Augmentation de crédits : C/61523 +1507.50€\n")
    assert _lines(text) == [
        ("DM n°3", "fonctionnement", "dépense", "022", None, "-1507.50"),
        ("DM n°3", "fonctionnement", "dépense", "61523", None, "1507.50"),
    ]


def test_prose_unsigned_amounts_take_the_sign_of_their_context():
    text = "DM n°1\nDiminution de crédits : compte 022 : 1 000 €\nAugmentation de crédits : compte 6232 : 1 000 €\n"
    assert [line[3:] for line in _lines(text)] == [("022", None, "-1000"), ("6232", None, "1000")]


def test_prose_virement():
    text = "DM n°2\nIl est proposé un virement de 5 200 € du compte 2051 au compte 1641.\n"
    assert _lines(text) == [
        ("DM n°2", "investissement", "dépense", "2051", None, "-5200"),
        ("DM n°2", "investissement", "dépense", "1641", None, "5200"),
    ]


def test_plain_table_lines_without_columns():
    text = ("Décision modificative n°1 :\nSection d’exploitation\n"
            "67 678 Autres charges exceptionnelles + 200 000 €\n023 023 Virement à la section d’investissement - 200 000 €\n")
    assert _lines(text) == [
        ("DM n°1", "fonctionnement", "dépense", "678", "67", "200000"),
        ("DM n°1", "fonctionnement", "dépense", "023", "023", "-200000"),
    ]


def test_explanations_are_not_lines():
    text = ("4. Budget Commune : Décision modification n°2\n"
            "La commune a reçu une notification de versement de 16 542 € pour 2022 au compte 739211. Il est donc "
            "nécessaire de provisionner 1 600 € supplémentaires au chapitre 014.\n")
    assert _lines(text) == []


def test_no_amendment_no_lines():
    assert _lines("15 - Avance de trésorerie au budget annexe Revitalisation centre-ville\nimputation 27638 : 50.000 €\n") == []


def test_scanned_table_out_of_order_pairs_by_position():
    """OCR lines of the Flaux scan (page 10), in tesseract's order, with their positions."""
    raw = [
        RawLine("M57-— Décision Modificative n° 1", 172.3, 334.8),
        RawLine("Dépenses d'investissement :", 171.6, 364.1),
        RawLine("Manque de crédit budgétaire pour régler des factures d'investissement :", 171.4, 391.2),
        RawLine("Dépenses d'investissement", 285.1, 452.2),
        RawLine("- _10200€", 468.0, 471.4),
        RawLine("Chapitre 23", 186.7, 480.2),
        RawLine("Chapitre 21 Compte 2181", 186.2, 530.6),
        RawLine("Compte 2315 Installations, matériel", 257.8, 481.2),
        RawLine("Aménagement de +  5500€", 341.8, 493.7),
        RawLine("terrain", 341.3, 507.1),
        RawLine("Installation et + 4700€", 341.3, 519.8),
        RawLine("Vote : Unanimité", 171.8, 576.0),
    ]
    doc = build_document("0" * 64, "/nonexistent/scan.pdf", "pdf", [raw], frozenset({1}))
    out = budget.extract(doc, Segmentation((), (), None, 0))
    got = [(b.section, b.side, b.article, b.chapter, str(b.amount)) for b in out["budget_lines"]]
    assert ("investissement", "dépense", "2315", "23", "-10200") in got
    assert ("investissement", "dépense", "2181", "21", "4700") in got
    assert len(got) == 2  # the "Compte 212" row is lost by the OCR itself


def test_chart_chapter_recorded_beside_printed_chapter():
    text = "DM n°2\nSection de fonctionnement - Dépenses\nChapitre\tArticle\tLibellé article\tMontant\n22\t022\tDépenses imprévues\t- 2 000 €\n"
    line = budget.extract(_text_doc(text), Segmentation((), (), None, 0))["budget_lines"][0]
    assert (line.chapter, line.chart_chapter, line.amount) == ("22", "022", Decimal("-2000"))


def test_diminution_augmentation_columns_under_spanning_sides():
    """The form accounting software prints: "D-022 : ..." under Dépenses | Recettes, each split
    into "Diminution de crédits | Augmentation de crédits"."""
    text = (
        "Décision modificative n°2\n"
        "Désignation\tDépenses\t\tRecettes\t\n"
        "\tDiminution de crédits\tAugmentation de crédits\tDiminution de crédits\tAugmentation de crédits\n"
        "FONCTIONNEMENT\n"
        "D-022 : Dépenses imprévues\t1 507,50 €\t\t\t\n"
        "TOTAL D 022 : Dépenses imprévues\t1 507,50 €\t\t\t\n"
        "D-61523 : Entretien voies et réseaux\t\t1 507,50 €\t\t\n"
        "Total FONCTIONNEMENT\t1 507,50 €\t1 507,50 €\t\t\n"
        "INVESTISSEMENT\n"
        "R-1323-100 : Départements\t\t\t\t5 000,00 €\n"
        "D-2315-100 : Installations\t\t5 000,00 €\t\t\n"
        "Total Général\t1 507,50 €\t6 507,50 €\t\t5 000,00 €\n"
    )
    out = budget.extract(_text_doc(text), Segmentation((), (), None, 0))
    assert [(b.section, b.side, b.article, b.operation, str(b.amount)) for b in out["budget_lines"]] == [
        ("fonctionnement", "dépense", "022", None, "-1507.50"),
        ("fonctionnement", "dépense", "61523", None, "1507.50"),
        ("investissement", "recette", "1323", "100", "5000.00"),
        ("investissement", "dépense", "2315", "100", "5000.00"),
    ]
    # one net total per side, comparable with the lines; chapter subtotals ("TOTAL D 022") left out
    assert [(t.section, t.side, str(t.amount)) for t in out["budget_totals"]] == [
        ("fonctionnement", "dépense", "0.00"),
        (None, "dépense", "5000.00"),
        (None, "recette", "5000.00"),
    ]
    assert not any("TOTAL" in b.provenance.text for b in out["budget_lines"])


def test_word_merged_cells_repeat_the_side_headers():
    """python-docx repeats a merged cell's text in every column it spans."""
    text = (
        "DM n°1\nINVESTISSEMENT\n"
        "Dépenses\tDépenses\tRecettes\tRecettes\n"
        "Article (Chap.) - Opération\tMontant\tArticle (Chap.) - Opération\tMontant\n"
        "2051 (20) : Concessions\t-5 200,00\t1641 (16) : Emprunts en euros\t5 200,00\n"
    )
    assert _lines(text) == [
        ("DM n°1", "investissement", "dépense", "2051", "20", "-5200.00"),
        ("DM n°1", "investissement", "recette", "1641", "16", "5200.00"),
    ]


def test_section_and_side_columns_abbreviated():
    text = "DM n°3\nSection\tSens\tArticle\tMontant\nF\tD\t6232\t-300,00\nI\tR\t1323\t300,00\n"
    assert [line[1:4] + line[5:] for line in _lines(text)] == [
        ("fonctionnement", "dépense", "6232", "-300.00"),
        ("investissement", "recette", "1323", "300.00"),
    ]


def test_unruled_pdf_table_read_from_word_positions():
    """Words as pdfplumber gives them for a Word export without rulings (Numérian, page 11)."""
    def vline(top, *words):
        return budget.VLine([budget.Word(t, x, x + 6 * len(t), top, top + 10) for x, t in words], 11, top, top + 10, [int(top)])

    lines = [
        vline(449.3, (72.1, "Dépenses"), (306.1, "Recettes")),
        vline(467.6, (72.1, "Article"), (116.6, "(Chap.)"), (165.4, "-"), (189.1, "Montant"), (306.1, "Article"),
              (350.6, "(Chap.)"), (399.4, "-"), (423.1, "Montant")),
        vline(481.6, (72.1, "Opération"), (306.1, "Opération")),
        vline(499.2, (72.1, "607"), (92.0, "(011)"), (125.0, ":"), (189.1, "-145"), (214.0, "600,00")),
        vline(513.2, (72.1, "Achats"), (110.0, "de")),
        vline(527.2, (72.1, "marchandises")),
        vline(544.8, (72.1, "6411"), (100.0, "(012)"), (133.0, ":"), (189.1, "110"), (210.0, "000,00")),
        vline(558.8, (72.1, "Salaires,")),
        vline(604.4, (306.1, "7788"), (335.0, "(77)"), (362.0, ":"), (423.1, "35"), (440.0, "000,00")),
        vline(618.4, (306.1, "Produits"), (360.0, "divers")),
    ]
    block = budget.Block("I.2.B.3", "DM n°2", "principal", "fonctionnement", ())
    found, _ = budget._read_tables(lines, {}, block)
    assert [(f.side, f.article, f.chapter, f.label, str(f.amount)) for f in found] == [
        ("dépense", "607", "011", "Achats de marchandises", "-145600.00"),
        ("dépense", "6411", "012", "Salaires,", "110000.00"),
        ("recette", "7788", "77", "Produits divers", "35000.00"),
    ]


def test_amendment_mentioned_in_passing_is_not_read():
    text = ("5. Budget primitif 2024\nLes crédits pourront être ajustés par décision modificative en cours d'année.\n"
            "Chapitre\tArticle\tLibellé\tMontant\n011\t60632\tFournitures\t12 000,00\n")
    doc = _text_doc(text)
    section = Section("5", "Budget primitif 2024", "5. Budget primitif 2024", 0, len(doc.text), doc.provenance(0, 10))
    assert budget.extract(doc, Segmentation((), (section,), None, 0))["budget_lines"] == []


def test_without_sections_only_what_follows_an_amendment_is_read():
    text = ("Tarifs 2024\nChapitre\tArticle\tLibellé\tMontant\n70\t7067\tCantine\t3,50\n"
            "Décision modificative n°1\nChapitre\tArticle\tLibellé\tMontant\n011\t60632\tFournitures\t-500,00\n")
    assert _lines(text) == [("DM n°1", "fonctionnement", "dépense", "60632", "011", "-500.00")]


def test_order_chapter_agrees_with_the_chart():
    assert chart.account_chapter("2188", "dépense", "041") == "041"
    assert chart.account_chapter("2188", "dépense", "20") == "21"
