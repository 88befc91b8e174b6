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
        ("INVESTISSEMENT", ("investissement", None, None)),
        ("## FONCTIONNEMENT", ("fonctionnement", None, None)),
        ("Section d’exploitation", ("fonctionnement", None, None)),
        ("Section de fonctionnement - Dépenses", ("fonctionnement", "dépense", None)),
        ("Dépenses d'investissement :", ("investissement", "dépense", None)),
        ("Recettes", (None, "recette", None)),
        ("CREDITS A REDUIRE", (None, None, -1)),
        ("Crédits à ouvrir :", (None, None, 1)),
        ("INVESTISSEMENT - CREDITS A OUVRIR", ("investissement", None, 1)),
        ("Diminution de crédits :", (None, None, -1)),
        ("d’exploitation", None),  # the end of a wrapped label, not a context line
        ("Dépenses Recettes", None),
        ("Crédits à ouvrir au chapitre 21", None),
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
        ("DM n°3", "fonctionnement", "dépense", "022", "022", "-1507.50"),  # chapters from the chart: none printed
        ("DM n°3", "fonctionnement", "dépense", "61523", "011", "1507.50"),
    ]


def test_prose_unsigned_amounts_take_the_sign_of_their_context():
    text = "DM n°1\nDiminution de crédits : compte 022 : 1 000 €\nAugmentation de crédits : compte 6232 : 1 000 €\n"
    assert [line[3:] for line in _lines(text)] == [("022", "022", "-1000"), ("6232", "011", "1000")]


def test_prose_virement():
    text = "DM n°2\nIl est proposé un virement de 5 200 € du compte 2051 au compte 1641.\n"
    assert _lines(text) == [
        ("DM n°2", "investissement", "dépense", "2051", "20", "-5200"),
        ("DM n°2", "investissement", "dépense", "1641", "16", "5200"),
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


@pytest.mark.parametrize("article, side, chapter", [
    ("61523", "dépense", "011"), ("022", "dépense", "022"), ("2315", "dépense", "23"), ("1323", "recette", "13"),
    ("7381", "recette", "73"), ("6574", "dépense", "65"),
])
def test_chapter_from_the_chart_when_only_the_article_is_printed(article, side, chapter):
    text = f"DM n°1\n{'Dépenses' if side == 'dépense' else 'Recettes'} :\nArticle {article} : + 100 €\n"
    line = budget.extract(_text_doc(text), Segmentation((), (), None, 0))["budget_lines"][0]
    assert (line.article, line.chapter, line.chart_chapter) == (article, chapter, chapter)


def test_chart_chapter_recorded_beside_printed_chapter():
    # a chapter printed without its leading zero is the chart's ("22" is 022); one that disagrees is kept as printed
    text = "DM n°2\nSection de fonctionnement - Dépenses\nChapitre\tArticle\tLibellé article\tMontant\n22\t022\tDépenses imprévues\t- 2 000 €\n"
    line = budget.extract(_text_doc(text), Segmentation((), (), None, 0))["budget_lines"][0]
    assert (line.chapter, line.chart_chapter, line.amount) == ("022", "022", Decimal("-2000"))
    line = budget.extract(_text_doc(text.replace("22\t022", "65\t6232")), Segmentation((), (), None, 0))["budget_lines"][0]
    assert (line.chapter, line.chart_chapter) == ("65", "011")


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
    found, _ = budget._read_tables(lines, block)
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


# ---------------------------------------------------------------------------------------------
# More shapes: each a short phrase of the kind minutes print, with what must not be read
# ---------------------------------------------------------------------------------------------


def test_credits_to_open_and_to_reduce_with_nature_and_operation_columns():
    text = ("Décision modificative n°3\nINVESTISSEMENT - DEPENSES\nCREDITS A OUVRIR\n"
            "Chapitre\tArticle\tOpération\tNature\tMontant\n23\t2315\tOSS/021\tInstallations\t+ 18 000.00\n"
            "CREDITS A REDUIRE\nChapitre\tArticle\tOpération\tNature\tMontant\n21\t2128\top. 161\tAgencements\t18 000.00\n")
    out = budget.extract(_text_doc(text), Segmentation((), (), None, 0))
    assert [(b.section, b.side, b.article, b.chapter, b.operation, str(b.amount), b.label) for b in out["budget_lines"]] == [
        ("investissement", "dépense", "2315", "23", "OSS/021", "18000.00", "Installations"),
        ("investissement", "dépense", "2128", "21", "op. 161", "-18000.00", "Agencements"),  # unsigned under "à réduire"
    ]


def test_section_repeated_per_row_expenses_then_receipts_and_an_annex_budget():
    text = """Décision modificative n°1 - Budget principal
DEPENSES
Section\tArticle\tObjet\tMontant
Investissement\t2313\tTravaux salle des fêtes\t5 000,00
Fonctionnement\t6232\tFêtes et cérémonies\t-1 000,00
RECETTES
Section\tArticle\tObjet\tMontant
Investissement\t1341\tDETR\t5 000,00
Fonctionnement\t7381\tTaxe additionnelle\t-1 000,00
Décision modificative n°1 - Budget annexe assainissement
Section\tArticle\tObjet\tMontant
Exploitation\t6061\tÉlectricité station\t+ 150
Exploitation\t022\tDépenses imprévues\t- 150
"""
    out = budget.extract(_text_doc(text), Segmentation((), (), None, 0))
    assert [(b.amendment, b.budget, b.section, b.side, b.article, str(b.amount)) for b in out["budget_lines"]] == [
        ("DM n°1", "principal", "investissement", "dépense", "2313", "5000.00"),
        ("DM n°1", "principal", "fonctionnement", "dépense", "6232", "-1000.00"),
        ("DM n°1", "principal", "investissement", "recette", "1341", "5000.00"),
        ("DM n°1", "principal", "fonctionnement", "recette", "7381", "-1000.00"),
        ("DM n°1", "assainissement", "fonctionnement", "dépense", "6061", "150"),
        ("DM n°1", "assainissement", "fonctionnement", "dépense", "022", "-150"),
    ]


def test_chapter_rows_give_their_articles_their_chapter_and_are_no_lines():
    """A chapter on a row of its own, its articles below it with the chapter cell empty, is
    their subtotal; a chapter row without articles that is its own account (a result carried
    over, "002") is a line; another (an article missing) is none, and the totals of its side,
    which count it, are not kept."""
    text = ("Décision budgétaire modificative n° 2025-01\nFONCTIONNEMENT\nDÉPENSES\n"
            "Chapitre\tArticle\tDésignation\tMontant\n011\tCharges à caractère général\t\t13 800,23\n"
            "\t60612\tEnergie - électricité\t7 800,23\n\t615231\tEntretien des voiries\t6 000,00\n"
            "TOTAL\t\t\t13 800,23\nRECETTES\nChapitre\tArticle\tDésignation\tMontant\n"
            "002\tRésultat d'exploitation reporté\t\t- 1 989,77\n74\tDotations et participations\t\t15 789,99\n"
            "\t74111\tDotation forfaitaire\t15 789,99\nTOTAL\t\t\t13 800,23\n")
    out = budget.extract(_text_doc(text), Segmentation((), (), None, 0))
    assert [(b.amendment, b.side, b.article, b.chapter, str(b.amount)) for b in out["budget_lines"]] == [
        ("DM n°2025-01", "dépense", "60612", "011", "7800.23"),
        ("DM n°2025-01", "dépense", "615231", "011", "6000.00"),
        ("DM n°2025-01", "recette", "002", "002", "-1989.77"),
        ("DM n°2025-01", "recette", "74111", "74", "15789.99"),
    ]
    assert [(t.side, str(t.amount)) for t in out["budget_totals"]] == [("dépense", "13800.23"), ("recette", "13800.23")]
    missing = text.replace("002\tRésultat", "65\tAutres")  # a chapter row whose articles are not printed
    out = budget.extract(_text_doc(missing), Segmentation((), (), None, 0))
    assert "65" not in [b.article for b in out["budget_lines"]]
    assert [(t.side, str(t.amount)) for t in out["budget_totals"]] == [("dépense", "13800.23")]


@pytest.mark.parametrize("text, expected", [
    # a credit moved between accounts: the amount leaves one and goes to the other
    ("DM n°2 : virement de crédits de l'article 2128 vers l'article 2315 pour un montant de 3 000 €.",
     [("2128", "-3000"), ("2315", "3000")]),
    ("DM n°2 : transfert de 1 200 € du compte 6232 au compte 6574.", [("6232", "-1200"), ("6574", "1200")]),
    # a negative movement is the first account's own change, as printed
    ("DM n°1\nCRPA Investissement Recettes :\n• Mouvement de -8’355,59€ du 28.156 AU 28.13", [("28156", "-8355.59")]),
    # an account written with a dot, after the amount
    ("DM n°1\nCRPP Investissement Charges : +20’000 € au 21.32, vu les prix du bois", [("2132", "20000")]),
    # no account: nothing, whatever the amount
    ("DM n°1\nCRPP Fonctionnement Recettes : Ajustement des dotations forfaitaires, soit – 1’697€", []),
    # a movement between chapters names no account
    ("DM n°1\nVirement de 2 000 € du chapitre 022 au chapitre 011.", []),
])
def test_prose_movements(text, expected):
    assert [(line[3], line[5]) for line in _lines(text)] == expected


def test_prose_context_before_a_colon_sets_section_and_side():
    lines = _lines("DM n°1\nCRPP Investissement Charges : +20’000 € au 21.32\nCRPA Investissement Recettes :\n"
                   "• Mouvement de -22'973,41€ du 10.222 au 10.68\n")
    assert [line[1:4] for line in lines] == [("investissement", "dépense", "2132"), ("investissement", "recette", "10222")]


def test_list_with_amount_and_account_on_two_lines():
    text = ("Décision modificative n°1 :\nSection d’investissement\nDépenses d’investissement\n"
            "Chapitre 041 - Opérations patrimoniales + 900 €\nArticle 2188 - Autres immobilisations corporelles\n"
            "Recettes d'investissement\nChapitre 041 - Opérations patrimoniales + 900 €\nArticle 2031 - Frais d’études\n")
    assert _lines(text) == [
        ("DM n°1", "investissement", "dépense", "2188", "041", "900"),
        ("DM n°1", "investissement", "recette", "2031", "041", "900"),
    ]


def test_bullets_are_not_labels_nor_signs():
    lines = budget.extract(_text_doc("DM n°1\n  • Diminution de crédits : C/022 -1507.50€\n  • Augmentation de crédits : C/61523 +1507.50€\n"),
                           Segmentation((), (), None, 0))["budget_lines"]
    assert [(b.article, str(b.amount), b.label) for b in lines] == [("022", "-1507.50", ""), ("61523", "1507.50", "")]
    assert _lines("DM n°1\nDépenses d'investissement :\nCompte 2315\n- 10 200 €\n")[0][5] == "-10200"


@pytest.mark.parametrize("text, note", [
    ("Décision modificative n°1 : le détail des crédits figure dans le tableau joint en annexe.\nAdopté à l'unanimité.\n",
     "DM n°1 : tableau en annexe, absent du document : aucune ligne lue"),
    ("DM n°2 (tableau ci-annexé)\nDiminution de crédits : C/022 -1507.50€ / Augmentation de crédits : C/61523 +1507.50€\n",
     "DM n°2 : tableau en annexe, absent du document : 2 ligne(s) lue(s) dans le texte"),
])
def test_amendment_whose_table_is_in_an_annex(text, note):
    assert budget.extract(_text_doc(text), Segmentation((), (), None, 0))["notes"] == [note]


def test_an_annex_mentioned_beside_a_printed_table_leaves_no_note():
    text = "Décision modificative n°4 (voir annexe)\nChapitre\tArticle\tLibellé\tMontant\n011\t6068\tAutres matières\t-1 000,00\n"
    assert budget.extract(_text_doc(text), Segmentation((), (), None, 0))["notes"] == []


@pytest.mark.parametrize("text, number", [
    ("Décision budgétaire modificative n° 2025-01", "2025-01"),
    ("DM1 pour budget communal", "1"),
    ("C'est une décision modificative (DM) numéro 1 du budget principal", "1"),
    ("DÉCISION MODIFICATIVE N°2 – BUDGET ANNEXE", "2"),
    ("DBM n°3", "3"),
    ("Délibération modificative n° 3", "3"),
    # the degree sign a transcription lost
    ("1 DECISION MODIFICATIVE N 2 Monsieur le Maire expose", "2"),
])
def test_amendment_numbers(text, number):
    assert budget._dm_numbers(text) == {number}


@pytest.mark.parametrize("text", ["décision modificative 2024", "la DM sera votée en 2025", "DM n°1,5 %"])
def test_no_amendment_number(text):
    assert budget._dm_numbers(text) == set()


@pytest.mark.parametrize("text, name", [
    ("Décision modificative n°2 – budget annexe assainissement Section d'investissement", "assainissement"),
    ("Décision modificative de crédits : Budget Assainissement DM n°1", "Assainissement"),
    ("DM n°1 du budget annexe \"Lotissement Les Prés\"", "Lotissement Les Prés"),
    ("suivante au budget de l’exercice 2025 :", None),
])
def test_budget_name_stops_where_the_name_does(text, name):
    assert budget.budget_name(text) == name


# Shapes of amendments written as lists, flattened tables and sentences: each must give exactly its lines
# (article, side, amount), and each "must not" example must give none.
SHAPES = [
    # a flattened table with the software's side (and section) letter before the account
    ("Décision modificative n°1\nSection d'investissement\nD 2313 : Constructions 5 000,00\nD 2184 : Mobilier -5 000,00\n",
     [("2313", "dépense", "5000.00"), ("2184", "dépense", "-5000.00")]),
    ("Décision modificative n°1\nDF 6232 Fêtes et cérémonies -500,00\nRF 7478 Autres organismes 500,00\n",
     [("6232", "dépense", "-500.00"), ("7478", "recette", "500.00")]),
    # an operation after the account; unsigned amounts under "crédits à réduire" / "crédits à ouvrir"
    ("DM n°5\nINVESTISSEMENT DEPENSES\n2313-101 Travaux église 10 000,00\n2151 Réseaux de voirie -10 000,00\n",
     [("2313", "dépense", "10000.00"), ("2151", "dépense", "-10000.00")]),
    ("DM n°2\nCREDITS A REDUIRE\n2313 Constructions 3 000,00\nCREDITS A OUVRIR\n2188 Autres immobilisations 3 000,00\n",
     [("2313", "dépense", "-3000.00"), ("2188", "dépense", "3000.00")]),
    # a chapter that is its own account
    ("DM n°1\nSection de fonctionnement\nDépenses\nChapitre 011 - article 60632 Fournitures : + 800,00 €\n"
     "Chapitre 022 - Dépenses imprévues : - 800,00 €\n", [("60632", "dépense", "800.00"), ("022", "dépense", "-800.00")]),
    # sentences: a verb and a side per clause, the amount of the clause or the amendment's only amount
    ("Décision modificative n°4\nLe conseil décide d'inscrire en dépenses d'investissement au compte 2183 la somme de 1 200 € "
     "et de diminuer le compte 2313 de 1 200 €.\n", [("2183", "dépense", "1200"), ("2313", "dépense", "-1200")]),
    ("4- Budget – Décision modificative\nLe transfert dans le budget communal du déficit de 699.92€.\n"
     "Cette ligne sera inscrite dans la partie dépense n°002 (déficit antérieur reporté).\n"
     "Sa compensation sera inscrite dans la partie recette n°7022.\n5- Questions diverses\nL'article 6232 sera revu.\n",
     [("002", "dépense", "699.92"), ("7022", "recette", "699.92")]),
    ("Décision modificative n°1 - Budget assainissement\nIl est nécessaire d'ouvrir des crédits au compte 6811 pour 2 500 € "
     "et en recette au compte 777 pour 2 500 €.\n", [("6811", "dépense", "2500"), ("777", "recette", "2500")]),
    ("Décision modificative n°4\nVirement de crédits : Article 022 (dépenses imprévues) : - 1 000 € ; "
     "Article 6541 (créances admises en non-valeur) : + 1 000 €\n", [("022", "dépense", "-1000"), ("6541", "dépense", "1000")]),
    # a Section | Sens | Article table flattened to words
    ("DM n°3\nFonctionnement Dépenses 6232 Fêtes et cérémonies 500,00\nFonctionnement Recettes 7478 Autres organismes 500,00\n",
     [("6232", "dépense", "500.00"), ("7478", "recette", "500.00")]),
    # a credit taken from one account for another in one sentence
    ("Décision modificative n°2\nLe maire propose de prélever la somme de 1 500 € sur le compte 022 (dépenses imprévues) "
     "pour l'affecter au compte 6558.\n", [("022", "dépense", "-1500"), ("6558", "dépense", "1500")]),
    ("Décision modificative n°2\nIl convient d'abonder le compte 6541 de 300 € par prélèvement sur le compte 022.\n",
     [("022", "dépense", "-300"), ("6541", "dépense", "300")]),
    # an amendment named otherwise: "Délibération modificative", "Virement de crédits", "Vote de crédits supplémentaires"
    ("Délibération modificative n° 3\nDépenses de fonctionnement : article 6811 : + 2 000 €\n"
     "Recettes d'investissement : article 28188 : + 2 000 €\n", [("6811", "dépense", "2000"), ("28188", "recette", "2000")]),
    ("3. Virement de crédits\nLe conseil décide de prélever la somme de 800 € sur le compte 022 pour l'affecter au compte 6541.\n"
     "4. Questions diverses\n", [("022", "dépense", "-800"), ("6541", "dépense", "800")]),
    ("2. Vote de crédits supplémentaires\nArticle 6156 Maintenance : + 1 000 €\nArticle 7788 Produits exceptionnels : + 1 000 €\n",
     [("6156", "dépense", "1000"), ("7788", "recette", "1000")]),
    ("5. Subventions\nLe conseil vote une subvention de 500 € à l'association. Les crédits sont inscrits à l'article 6574.\n", []),
    # must not: two accounts with nothing saying which gives; the law's articles, an amendment's total, a reminder, a DM mentioned in a sentence without sections
    ("Décision modificative n°3\nLe conseil municipal, conformément à l'article L.1612-11 du CGCT, vote la décision "
     "modificative pour un montant de 12 000 €.\n", []),
    ("Décision modificative n°2\nVu l'article 2121-29 du code, le maire présente la DM pour 4 000 €.\n", []),
    ("Décision modificative n°2\nLes crédits du compte 6232 et du compte 6574 s'élèvent à 4 000 € au total.\n", []),
    ("DM n°1\nLe maire rappelle que la DM n°1 votée en mars portait sur 5 000 € au compte 2313.\n", []),
    ("Informations\nUne décision modificative a été prise pour payer les 8.024€ dus au compte 2315.\n", []),
]


@pytest.mark.parametrize("text, expected", SHAPES)
def test_lists_flattened_tables_and_sentences(text, expected):
    assert [(line[3], line[2], line[5]) for line in _lines(text)] == expected


@pytest.mark.parametrize("text, matches", [
    ("4- Budget – Décision modificative", True), ("Décision modificative.", True), ("III. DECISION MODIFICATIVE", True),
    ("Une décision modificative a été prise pour payer les 8.024€", False), ("Décision modificative n°2 : le conseil décide", False),
])
def test_unnumbered_amendment_heading(text, matches):
    assert (budget._DM_TITLE.match(text) is not None and len(text.split()) <= 8) is matches


def test_html_table_with_the_software_side_letter_in_the_account_cell(tmp_path):
    from pipeline.read import read_file

    path = tmp_path / "dm.html"
    path.write_text(
        "<html><body><p>Décision modificative n°1</p><table>"
        "<tr><th>Imputation</th><th>Désignation</th><th>Dépenses</th><th>Recettes</th></tr>"
        "<tr><td>D 2313</td><td>Constructions</td><td>5 000,00</td><td></td></tr>"
        "<tr><td>DI 2184</td><td>Mobilier</td><td>-5 000,00</td><td></td></tr>"
        "<tr><td>R 7788</td><td>Produits exceptionnels</td><td></td><td>1 200,00</td></tr>"
        "<tr><td>D 6232</td><td>Fêtes et cérémonies</td><td>1 200,00</td><td></td></tr>"
        "</table><p>Adopté à l'unanimité.</p></body></html>", encoding="utf-8")
    lines = budget.extract(read_file(path), Segmentation((), (), None, 0))["budget_lines"]
    assert [(b.article, b.side, str(b.amount)) for b in lines] == [
        ("2313", "dépense", "5000.00"), ("2184", "dépense", "-5000.00"), ("7788", "recette", "1200.00"),
        ("6232", "dépense", "1200.00")]


@pytest.mark.parametrize("text, side", [("D 2313", "dépense"), ("RF 7788", "recette"), ("D-2315-100 : Installations", "dépense"),
                                        ("2313 Constructions", None), ("Dotation 7411", None)])
def test_account_cell_side_letter(text, side):
    assert budget._split_account(text)[4] == side


@pytest.mark.parametrize("text", [
    "Décision modificative n° 2", "DECISION MODIFICATIVE N°1", "Délibération budgétaire modificative", "DM n°3", "DBM1",
    "Virement de crédits", "Vote de crédits supplémentaires", "Transfert de crédits", "Réajustement des crédits",
    "ajustements budgétaires", "Modification budgétaire", "MODİFİCATİVE", "ſupplémentaires", "Budget : DM1 approuvée",
    "Administration générale", "admis à l'unanimité", "Budget primitif 2024", "crédits ouverts", "", "dm", "ADM 2",
])
def test_mentions_dm_is_the_patterns_answer(text):
    """mentions_dm looks for the pattern's words before running it: the same answer on every text."""
    from extractors.budget import DM_MENTION, mentions_dm

    assert mentions_dm(text) == (DM_MENTION.search(text) is not None)
    assert mentions_dm(f"Le conseil.\n{text}\nSuite") == (DM_MENTION.search(f"Le conseil.\n{text}\nSuite") is not None)


@given(st.lists(st.sampled_from(["D", "d", "B", "M", "m", "é", "É", " ", "\n", "x", "1", "İ", "\u0307", "modificati", "ve",
                                 "cision", "virement", "crédits", "suppl", "émentaires", "transfert", "ajustement", "budgétaire",
                                 " de ", "s", "A"]), max_size=12).map("".join))
def test_mentions_dm_is_the_patterns_answer_on_any_text(text):
    assert budget.mentions_dm(text) == (budget.DM_MENTION.search(text) is not None)
