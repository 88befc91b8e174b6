"""arithmetic_mismatch: computations printed in the minutes, recomputed. Each rule on lines where it
must fire (the figures do not hold) and lines where it must not (they hold, or are not a computation)."""

from __future__ import annotations

import pytest

from pipeline.checks import BY_CODE, load_meetings
from pipeline.checks.arithmetic import (
    amounts,
    bracket_counts,
    percentages,
    section_results,
    sums,
    vat,
    vat_tables,
)
from tests.warehouse_rows import page, warehouse


def fired(text: str) -> list[str]:
    con = warehouse(document_pages=[page(text)])
    [m] = load_meetings(con)
    return [f.message for f in BY_CODE["arithmetic_mismatch"].function(m).findings]


@pytest.mark.parametrize("text, value, unit, tax", [
    ("16 722,50 euros", "16722.50", "€", ""), ("6 889 €", "6889", "€", ""), ("12 570,00 € HT", "12570.00", "€", "HT"),
    ("39,7 k€", "39.7", "k€", ""), ("118 078.44 €", "118078.44", "€", ""), ("3.812.635,00 €", "3812635.00", "€", ""),
    ("1'697€", "1697", "€", ""), ("15 084,00 € TTC", "15084.00", "€", "TTC"),
])
def test_amounts_are_read_with_their_unit(text, value, unit, tax):
    [a] = amounts(text)
    assert (str(a.value), a.unit, a.tax) == (value, unit, tax)


@pytest.mark.parametrize("text, fires", [
    ("La commune prend en charge 40 % d'une dépense HT de 16 722,50 euros soit 6 889 euros.", True),
    ("La commune prend en charge 40 % d'une dépense HT de 16 722,50 euros soit 6 689 euros.", False),
    ("Maire : 90% de 3889,40€ = 3500,46", False),
    ("Maire : 90% de 3889,40€ = 3600,46", True),
    ("9 adjoints : 33% de 3889,40 = 11551,51", False),  # nine times 33 %: the count printed before
    ("ne pourra être inférieure à 50% d'un montant de référence, lequel est de 30 €, soit 15 €.", False),
    ("ne pourra être inférieure à 20% d'un montant de référence qui est de 35 €, soit 8 €.", True),
    ("une subvention d'environ 30 % de 10 000 € soit 3 500 €.", False),  # an approximation
    ("CCLO : 50 % 172 500€ €", False),  # a table's column, no base
    ("La subvention de 80% devrait être octroyée.", False),
])
def test_percentages(text, fires):
    assert bool(percentages(text)) is fires
    assert bool(fired(text)) is fires


@pytest.mark.parametrize("text, fires", [
    ("pour un montant de 12 570,00 € HT soit 15 084,00 € TTC (TVA à 20 %).", False),
    ("pour un montant de 12 570,00 € HT soit 15 184,00 € TTC (TVA à 20 %).", True),
    ("pour un montant de 12 570,00 € HT soit 15 184,00 € TTC.", False),  # no rate stated
    ("travaux de 10 000 € HT, TVA au taux de 10 %, soit 11 000 € TTC.", False),
    ("travaux de 10 000 € HT, TVA au taux de 10 %, soit 12 000 € TTC.", True),
    ("TOTAL HT 345 000 € TOTAL HT 345 000 €\nTVA 69 000 € TVA 69 000 €\nTOTAL TTC 414 000 € TOTAL TTC 414 000 €", False),
    ("TOTAL HT 345 000 €\nTVA 69 000 €\nTOTAL TTC 441 000 €", True),
])
def test_vat(text, fires):
    assert bool(vat(text) + vat_tables(text)) is fires


COUTHENANS = ("Demande en cours :\nCyclo club (demande non précisée) : Proposition d'attribution 230€\n"
              "Banque alimentaire (demande 380€) : Proposition d'attribution 380€\n"
              "Coopérative scolaire : Proposition d'attribution 400€\nHandy-up : Proposition d'attribution 390€\n"
              "Soit un total de {total}€ à ce jour\n")


@pytest.mark.parametrize("text, fires", [
    (COUTHENANS.format(total="1400"), False),
    (COUTHENANS.format(total="1500"), True),
    ("1 DEVIS électrification cloche : 3400 €\n1 devis réfection du befroi : 12 924€\nTotal : 65800€\n", False),  # far: a term unprinted
    ("Études : 77 200 € HT\nTravaux : 744 800 € HT\nTotal : 822 000 € HT\n", False),
    ("Études : 77 200 € HT\nTravaux : 744 800 € HT\nTotal : 832 000 € HT\n", True),
    ("un loyer de 500 €, des charges de 50 €, soit un total de 550 €.", False),
    ("un loyer de 500 €, des charges de 50 €, soit un total de 560 €.", True),
    ("fontaine – 15 k€ ; bancs – 11 k€ ; pierres – 1,7 € ; divers : 1,5 k€ soit 39,7 k€", False),  # plain "soit", mixed units
    ("Maire : 3500,46 + 11551,51 = 15051,97", False),
    ("Maire : 3500,46 + 11551,51 = 15151,97", True),
    ("Item 21 : −2 000 + 2 000 = 0 (équilibré)", False),  # learn3 vendres' notes: a sign before the first term
    ("solde : - 500 + 1 500 = 1 000", False),
    ("2 x 1 000 + 500 = 2 500 €", False),                    # a product before the sum
    ("- 1 200 € + 300 € = 1 600 €", True),                   # a bullet, not a sign
    ("* 1 200 € + 300 € = 1 600 €", True),                   # bullets as BULLET knows them
    ("  • 1 200 € + 300 € = 1 600 €", True),
    ("* 1 200 € + 300 € = 1 500 €", False),
    ("Coût : 2 * 1 200 € + 300 € = 1 600 €", False),          # a product, not a bullet
    ("Total 270 000,00€ Total 270 000,00€ 100 %\n", False),
    ("- budget VILLE : 3.812.635,00 €\nTotal : 3.812.635,00 €\n", False),  # one term
])
def test_sums(text, fires):
    assert bool(sums(text, [])) is fires


@pytest.mark.parametrize("text, fires", [
    ("la Communauté compte les communes suivantes (3) : Privas, Alissas et Gourdon.", False),
    ("la Communauté compte les communes suivantes (3) : Privas, Alissas, Gourdon et Flaviac.", True),
    ("• En totalité (1) : Pierrefonds\n• En partie (0) :\n", False),
    ("sur quatre (4) groupes cibles :\n- 3 communes ;\n- 2 établissements publics ;\n- Le Département ;\n- Des établissements spécialisés.\n", False),
    ("sur quatre (4) groupes cibles :\n- 3 communes ;\n- 2 établissements publics ;\n- Le Département.\n", True),
    ("sur quatre (4) groupes cibles :\n• 3 communes : Privas ;\n• 2 établissements publics de coopération : la\n"
     "communauté d'agglomération ;\n• Le Département ;\n• Des établissements spécialisés.\nLes collectivités citées…\n", False),
    ("Excusés (2) : M. Jean DUPONT, Mme Anne MARTIN, M. Paul ROUX", False),  # attendance_count_mismatch's
    ("Contre (2) : M. DUPONT, Mme MARTIN, M. ROUX", False),  # vote_total_mismatch's
    ("Le projet (1) : il est approuvé par la commission.", False),  # a sentence, not a list
])
def test_counts_in_brackets(text, fires):
    assert bool(bracket_counts(text)) is fires


CA = ("Fonctionnement\nDépenses = 2 033 729.68\nRecettes = 2 514 543.28\nD'où un excédent de fonctionnement de fin "
      "d'exercice de 480 813.60€\nInvestissement\nDépenses = 1 029 297.32\nRecettes = 1 065 997.40\nD'où un excédent "
      "d'investissement de fin d'exercice de 36 700.08€\nSoit un excédent global de fin d'exercice de {total}€.\n")


@pytest.mark.parametrize("text, fires", [
    # a compte administratif's two section results vs its overall result (learn3 barneville: 0,10 € off)
    (CA.format(total="517 513.78"), True),
    (CA.format(total="517 513.68"), False),
    ("Résultat de fonctionnement : 120 000,00 €\nRésultat d'investissement : déficit de 20 000,00 €\n"
     "Résultat global : 100 000,00 €\n", False),
    ("Résultat de fonctionnement : 120 000,00 €\nRésultat d'investissement : déficit de 20 000,00 €\n"
     "Résultat global : 100 100,00 €\n", True),
    # a result carried over or still to come is in the overall one: another sum
    ("Excédent de fonctionnement : 120 000,00 €\nDéficit d'investissement : 20 000,00 €\nRestes à réaliser : 5 000,00 €\n"
     "Résultat global : 95 000,00 €\n", False),
    ("Excédent de fonctionnement reporté : 120 000,00 €\nDéficit d'investissement : 20 000,00 €\n"
     "Résultat global : 95 000,00 €\n", False),
    # one section only: nothing to add
    ("Excédent de fonctionnement : 120 000,00 €\nRésultat global : 95 000,00 €\n", False),
])
def test_section_results_add_to_the_overall_result(text, fires):
    assert bool(section_results(text)) is fires


def test_a_finding_quotes_the_computation_and_its_item():
    text = "Préambule\n3. Fonds de concours\nLa commune prend en charge 40 % d'une dépense HT de 16 722,50 euros soit 6 889 euros.\n"
    item = {"number": "3", "title": "Fonds de concours", "position": 1, "source": "agenda", "section_found": True,
            "section_char_start": 10, "section_char_end": len(text)}
    con = warehouse(document_pages=[page(text)], agenda_items=[item])
    [m] = load_meetings(con)
    [f] = BY_CODE["arithmetic_mismatch"].function(m).findings
    assert f.item_number == "3" and f.evidence.text == "40 % d'une dépense HT de 16 722,50 euros soit 6 889 euros"
    assert "font 6 689 €, mais le texte écrit 6 889 €" in f.message and f.evidence.page == 1


def test_computations_on_pages_read_by_ocr_are_left_aside():
    text = "40 % d'une dépense HT de 16 722,50 euros soit 6 889 euros.\n"
    con = warehouse(document_pages=[{**page(text), "ocr": True}])
    [m] = load_meetings(con)
    outcome = BY_CODE["arithmetic_mismatch"].function(m)
    assert outcome.findings == () and "OCR" in outcome.reason
