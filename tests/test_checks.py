"""Each consistency check on warehouses built from real situations of the dev minutes: one that
violates the rule and one that does not; then the runner and the coverage table."""

from __future__ import annotations

from decimal import Decimal

import duckdb
import pytest

from pipeline.checks import BY_CODE, CHECKS, load_meetings, run_checks
from pipeline.checks.agenda import nature
from pipeline.checks.dates import file_date
from pipeline.checks.placeholder import blank_dates, placeholder_reason
from pipeline.french import find_dates, same_person
from tests.warehouse_rows import page, person, warehouse


def findings(con, code: str) -> list[dict]:
    """Run one check on the warehouse's only session and return its findings as dicts."""
    [m] = load_meetings(con)
    outcome = BY_CODE[code].function(m)
    return [{"message": f.message, "item": f.item_number, "evidence": f.evidence, "severity": f.severity} for f in outcome.findings]


def outcome(con, code: str):
    [m] = load_meetings(con)
    return BY_CODE[code].function(m)


# Numerian, 30 September 2024: 9 present, 2 proxies, "17 suffrages exprimés", 40 in office.
NUMERIAN = {"members_in_office": 40, "members_present": 9, "votes_cast": 17, "date": "2024-09-30"}
NUMERIAN_FACTS = [
    {"field": "votes_cast", "value": "17", "page": 1, "char_start": 900, "char_end": 925, "source_text": "Suffrages exprimés : 17"},
    {"field": "members_present", "value": "9", "page": 1, "char_start": 870, "char_end": 885, "source_text": "Présents : 9"},
]
NUMERIAN_PROXIES = [
    {"giver": "Alain DUPONT", "holder": "Jérôme BERNARD", "source_text": "M. Alain DUPONT donne pouvoir à M. Jérôme BERNARD", "page": 1},
    {"giver": "Anne VIDAL", "holder": "Gilbert MOULIN", "source_text": "Mme Anne VIDAL donne pouvoir à M. Gilbert MOULIN", "page": 1},
]
PRESENT9 = [person(n) for n in ("Jérôme BERNARD", "Gilbert MOULIN", "Paul ROUX", "Marie CLAIR", "Luc BLANC",
                                "Jean NOIR", "Eva ROSE", "Yves GRIS", "Lise VERT")]


# ------------------------------------------------------------------------------------- votes
def test_votes_cast_above_present_plus_proxies_is_an_error_with_its_evidence():
    con = warehouse(meetings=[NUMERIAN], meeting_facts=NUMERIAN_FACTS, attendance=PRESENT9, proxies=NUMERIAN_PROXIES)
    [f] = findings(con, "vote_total_mismatch")
    assert f["severity"] == "error" and "17 votants" in f["message"] and "= 11" in f["message"]
    assert f["evidence"].text == "Suffrages exprimés : 17" and f["evidence"].page == 1


BOX = "Convocation du 21 Novembre 2015 Membres en exercice : 38 Nombre de présents : 24 Nombre de votants : 22\n"


def box(text: str = BOX, present: int = 24, voters: int = 22) -> duckdb.DuckDBPyConnection:
    """A session whose box of counts prints those present and the voters (SM du bassin versant de la Chère 2015)."""
    facts = [{"field": f, "value": str(v), "page": 1, "char_start": text.index(label), "source_text": label,
              "char_end": text.index(label) + len(label)}
             for f, v, label in (("members_present", present, f"présents : {present}"),
                                 ("votes_cast", voters, next(w for w in (f"votants : {voters}", f"exprimés : {voters}")
                                                             if w in text)))]
    return warehouse(meetings=[{"members_in_office": 38, "members_present": present, "votes_cast": voters,
                                "date": "2015-12-09"}], meeting_facts=facts, document_pages=[page(text)])


def test_voters_below_those_present_in_one_box_of_counts():
    # every member present votes, and proxies add to them: 22 voters for 24 present is a contradiction of the box
    [f] = findings(box(), "vote_total_mismatch")
    assert "22 votants" in f["message"] and "24 membres présents" in f["message"] and f["severity"] == "warning"
    assert findings(box(BOX.replace("22", "26"), voters=26), "vote_total_mismatch") == []
    # votes expressed may be fewer than those present (abstentions): not voters
    assert findings(box(BOX.replace("votants", "suffrages exprimés")), "vote_total_mismatch") == []
    # counts of voters per deliberation, or a member who does not take part: the box is not the votes'
    per_item = BOX + "Délibération 2 : Nombre de votants : 24\n"
    assert findings(box(per_item), "vote_total_mismatch") == []
    aside = BOX + "M. DUPONT ne prend pas part au vote.\n"
    assert findings(box(aside), "vote_total_mismatch") == []
    # substitutes sitting beside their member are counted present without a vote
    assert findings(box(BOX + "M. DUPONT, suppléant de M. DURAND\n"), "vote_total_mismatch") == []
    # the two counts far apart: not one box
    far = "Nombre de présents : 24\n" + "Le conseil délibère. " * 20 + "\nNombre de votants : 22\n"
    assert findings(box(far), "vote_total_mismatch") == []


def test_votes_within_present_plus_proxies_are_clean():
    # Lannion, 8 June 2020: 32 present + 1 proxy = 33 votants; "adopté par 33 voix pour"
    con = warehouse(meetings=[{"members_present": 32, "votes_cast": 33, "date": "2020-06-08"}],
                    attendance=[person(f"Élu{i} NOM{i}") for i in range(32)],
                    proxies=[{"giver": "Trefina KERRAIN", "holder": "Paul LE BIHAN"}],
                    decisions=[{"item_number": "10", "outcome": "adopted", "votes_for": 33}])
    assert findings(con, "vote_total_mismatch") == []


@pytest.mark.parametrize("decision, expected", [
    # Pierrefonds 2022: 16 present + 2 proxies; 12 pour, 2 contre, 3 abstentions (one did not vote): clean
    ({"votes_for": 12, "votes_against": 2, "abstentions": 3}, None),
    ({"votes_for": 15, "votes_against": 3}, None),
    # one more ballot than members who could vote
    ({"votes_for": 17, "votes_against": 2}, "compte plus de voix"),
])
def test_a_vote_cannot_count_more_ballots_than_present_plus_proxies(decision, expected):
    con = warehouse(meetings=[{"date": "2022-12-13"}], attendance=[person(f"P{i} NOM") for i in range(16)],
                    proxies=[{"giver": "A X", "holder": "P1 NOM"}, {"giver": "B Y", "holder": "P2 NOM"}],
                    decisions=[{"item_number": "1", "outcome": "adopted", **decision}])
    got = findings(con, "vote_total_mismatch")
    assert (expected is None and got == []) or (got and expected in got[0]["message"] and got[0]["item"] == "1")


def test_counts_restated_for_an_item_replace_the_opening_ones():
    # Flaux, 17 November 2023: the margin of the deliberation on item 8 declares 11 taking part; 7 pour + 3 abstentions
    rows = dict(
        meetings=[{"members_in_office": 11, "votes_cast": 10, "date": "2023-11-17"}],
        attendance=[person(f"P{i} NOM") for i in range(10)] + [person("Valérie UPPHOFF", "absent")],
        agenda_items=[{"number": str(i), "position": i, "title": f"Point {i}", "source": "agenda"} for i in range(1, 12)],
        decisions=[{"item_number": "8", "outcome": "adopted", "votes_for": 7, "abstentions": 3, "unanimous": False},
                   {"item_number": "7", "outcome": "adopted", "votes_for": 10}],
    )
    assert findings(warehouse(**rows), "vote_total_mismatch") == []
    change = {"from_item": "8", "to_item": "8", "votes_cast": 11, "page": 8,
              "source_text": "qui ont pris part à la délibération : 11"}
    [f] = findings(warehouse(**rows, attendance_changes=[change]), "vote_total_mismatch")
    assert f["item"] == "8" and "11 votants" in f["message"] and "qui ont pris part à la délibération : 11" in f["message"]


@pytest.mark.parametrize("section, fires", [
    ("2. Election du nouvel adjoint\n- Contre : 3\n- Pour : 15\nNombre de votants : 18\n", False),   # Pierrefonds 2022
    ("2. Election du nouvel adjoint\n- Contre : 3\n- Pour : 15\nNombre de votants : 19\n", True),
    ("2. Election\nNombre de votants : 19\nBulletins blancs : 1\n- Pour : 15\n- Contre : 3\n", False),  # blank ballots
])
def test_voters_stated_inside_the_section(section, fires):
    text = "Préambule\n" + section
    rows = dict(meetings=[{"votes_cast": 18}], document_pages=[page(text)],
                agenda_items=[{**item("2", "Election du nouvel adjoint"), "section_char_start": 10, "section_char_end": len(text)}],
                decisions=[{"item_number": "2", "outcome": "adopted", "votes_for": 15, "votes_against": 3}])
    got = findings(warehouse(**rows), "vote_total_mismatch")
    assert bool(got) is fires
    if fires:
        assert "« Nombre de votants : 19 », p. 1" in got[0]["message"]


def test_named_voters_must_match_the_count():
    rows = dict(attendance=[person("Anne DECKER"), person("Marc DUTILLOY"), person("Jean PAUL")],
                decisions=[{"item_number": "2", "outcome": "adopted", "votes_for": 1, "votes_against": 2}])
    named = [{"item_number": "2", "person": "Mme DECKER", "vote": "against"},
             {"item_number": "2", "person": "M. DUTILLOY", "vote": "against"}]
    assert findings(warehouse(**rows, individual_votes=named), "vote_total_mismatch") == []
    three = named + [{"item_number": "2", "person": "M. PAUL", "vote": "against"}]
    [f] = findings(warehouse(**rows, individual_votes=three), "vote_total_mismatch")
    assert "2 voix « contre »" in f["message"] and "3 membre(s)" in f["message"]


def test_votes_check_is_silent_without_any_count():
    con = warehouse(decisions=[{"item_number": "1", "outcome": "noted"}])
    o = outcome(con, "vote_total_mismatch")
    assert not o.ran and o.reason


# ------------------------------------------------------------------------------------ quorum
@pytest.mark.parametrize("meeting, represented, fires", [
    ({"members_in_office": 40, "members_present": 9, "date": "2024-09-30"}, 2, True),      # Numérian
    ({"members_in_office": 19, "members_present": 11, "date": "2019-06-13"}, 3, False),    # Pierrefonds 2019
    ({"members_in_office": 20, "members_present": 10, "date": "2023-05-02"}, 0, True),     # exactly half: not a majority
    ({"members_in_office": 33, "members_present": 9, "date": "2021-03-15"}, 2, False),     # temporary regime: 11 >= 33/3
    ({"members_in_office": 33, "members_present": 8, "date": "2021-03-15"}, 2, True),      # 10 < 11
    ({"members_in_office": 33, "members_present": 9, "date": "2022-09-01"}, 2, True),      # regime ended 31 July 2022
])
def test_quorum_is_a_majority_present_or_a_third_in_2020_2022(meeting, represented, fires):
    proxies = [{"giver": f"G{i} X", "holder": "H Y"} for i in range(represented)]
    con = warehouse(meetings=[meeting], proxies=proxies, attendance=[person("H Y")])
    assert bool(findings(con, "quorum_not_met")) is fires


def test_quorum_is_silent_when_reconvened_or_without_members_in_office():
    o = outcome(warehouse(meetings=[{"members_in_office": 40, "members_present": 9, "reconvened": True}]), "quorum_not_met")
    assert not o.ran and "reconvoquée" in o.reason
    o = outcome(warehouse(meetings=[{"members_present": 9}]), "quorum_not_met")
    assert not o.ran and "en exercice" in o.reason


def test_quorum_counts_members_in_office_on_full_lists():
    # Couthenans 2022: 7 present, 4 excused (with proxies), 2 absent: 13 in office, 7 > 6.5
    rows = [person(f"P{i} NOM") for i in range(7)] + [person(f"E{i} EXC", "excused") for i in range(4)] + [
        person("Mathieu FIGINI", "absent"), person("Marc SAUGET", "absent")]
    assert findings(warehouse(meetings=[{"date": "2022-10-28"}], attendance=rows), "quorum_not_met") == []
    short = rows[1:] + [person("P0 NOM", "absent")]
    [f] = findings(warehouse(meetings=[{"date": "2022-10-28", "members_present": 6}], attendance=short), "quorum_not_met")
    assert "6 membres présents sur 13" in f["message"] and "comptés sur les listes" in f["message"]
    # neither count printed: a lack of quorum resting on two countings of lists is not asserted
    o = outcome(warehouse(meetings=[{"date": "2022-10-28"}], attendance=short), "quorum_not_met")
    assert o.state == "unverifiable" and "comptés sur les listes seulement" in o.reason


# Tracy-le-Mont 2007 (learn5): "Faute de quorum, la réunion du Conseil Municipal n'a pas eu lieu. Le Conseil municipal
# a été de nouveau convoqué, pour une réunion sans quorum" — the session that lacked its quorum, announcing the next one
LACKED = ("Mme DURAND, Mme PETIT, M. ROUX, soit 3 élus, se sont déplacés.\n\nUn minimum de 4 élus est nécessaire pour que "
          "le Conseil Municipal puisse valablement délibérer.\n\nFaute de quorum, la réunion du Conseil Municipal n'a pas eu "
          "lieu.\n\nLe Conseil municipal a été de nouveau convoqué, pour une réunion sans quorum,\n\nLe mercredi 16 mai 2007\n")
# the reconvened session tells the lack of the earlier one (learn2 conservatoire de l'Ardèche, learn3 Inforoutes)
RECONVENED = ("Lors de la réunion du comité syndical du 16 mai 2019 le quorum n'a été atteint. Par conséquent, un nouveau "
              "comité syndical a été organisé.\nLe comité syndical s'était réuni le 23 mars, séance à laquelle le quorum "
              "n'était pas atteint pour pouvoir délibérer.\nLe comité syndical peut donc délibérer sans condition de quorum.\n")


@pytest.mark.parametrize("sentence, lacked", [
    ("Faute de quorum, la réunion du Conseil Municipal n'a pas eu lieu.", True),
    ("Le quorum n'étant pas atteint, le conseil municipal ne peut valablement délibérer.", True),
    ("Le quorum n'étant plus atteint, la séance a été levée à 21 heures.", True),
    ("En l'absence de quorum, la séance est reportée.", True),
    ("Le quorum n'étant pas atteint, le conseil n'a pas pu délibérer valablement.", True),
    ("Le quorum étant atteint, la séance est ouverte.", False),
    ("Si le quorum n'est pas atteint, le conseil est à nouveau convoqué et délibère sans condition de quorum.", False),
    ("La séance du 12 mars n'a pas pu se tenir faute de quorum.", False),
    ("Faute de quorum lors de la précédente réunion, le conseil a été de nouveau convoqué.", False),
    ("Le quorum n'étant pas atteint, la séance est reportée à 21 h.", False),  # a delay, then the session
    ("Le quorum n'étant pas atteint, la séance est ajournée.\n\nA 20 h 45, le quorum étant atteint, la séance est "
     "ouverte.", False),
])
def test_the_minutes_stating_their_quorum_lacked(sentence, lacked):
    con = warehouse(meetings=[{"reconvened": True}], document_pages=[page("Conseil municipal.\n\n" + sentence + "\n")])
    assert bool(findings(con, "quorum_not_met")) is lacked


def test_a_session_that_lacked_its_quorum_is_reported_though_it_announces_a_reconvened_one():
    con = warehouse(meetings=[{"reconvened": True, "date": "2007-05-11"}], document_pages=[page(LACKED)])
    [f] = findings(con, "quorum_not_met")
    assert "Faute de quorum, la réunion du Conseil Municipal n'a pas eu lieu." in f["message"]
    assert LACKED[f["evidence"].char_start:f["evidence"].char_end].startswith("Faute de quorum")
    # the reconvened session itself deliberates without quorum: silent
    o = outcome(warehouse(meetings=[{"reconvened": True}], document_pages=[page(RECONVENED)]), "quorum_not_met")
    assert not o.ran and "reconvoquée" in o.reason


# -------------------------------------------------------------------------------- attendance


# Breteuil 2020 (learn5): "M. NOEL, Mme. NOEL" in one list of those present: two members of one surname
def test_a_man_and_a_woman_of_one_surname_are_two_members():
    rows = [person("NOEL", civility="M."), person("NOEL", civility="Mme"), person("ROUX", civility="M."),
            person("VERT", "excused", civility="Mme")]
    meeting = {"members_present": 3, "members_in_office": 4}
    assert findings(warehouse(meetings=[meeting], attendance=rows), "attendance_count_mismatch") == []
    assert findings(warehouse(meetings=[meeting], attendance=rows), "attendance_total_mismatch") == []
    # one name read twice with one civility (or none) is one member: 2 listed against 3 declared is reported
    twice = [rows[0], person("NOEL", civility="M."), rows[2], rows[3]]
    [f] = findings(warehouse(meetings=[meeting], attendance=twice), "attendance_count_mismatch")
    assert "2 noms listés présents" in f["message"]
    unsexed = [rows[0], person("NOEL"), rows[2], rows[3]]
    assert findings(warehouse(meetings=[meeting], attendance=unsexed), "attendance_count_mismatch")


def test_declared_present_count_vs_names_listed():
    clean = warehouse(meetings=[{"members_present": 9}], attendance=PRESENT9)
    assert findings(clean, "attendance_count_mismatch") == []
    wrong = warehouse(meetings=[{"members_present": 10}], attendance=PRESENT9,
                      meeting_facts=[{"field": "members_present", "value": "10", "source_text": "Présents : 10", "page": 1}])
    [f] = findings(wrong, "attendance_count_mismatch")
    assert "10 présents déclarés" in f["message"] and "9 noms" in f["message"] and f["evidence"].text == "Présents : 10"


def test_declared_represented_count_vs_proxies_listed():
    con = warehouse(meetings=[{"members_represented": 3}], attendance=PRESENT9, proxies=NUMERIAN_PROXIES)
    [f] = findings(con, "attendance_count_mismatch")
    assert "3 membres représentés" in f["message"]


def test_present_absent_excused_make_up_members_in_office():
    # Numérian: 9 present + 8 absent + 23 excused = 40
    rows = PRESENT9 + [person(f"Absent{i} A", "absent") for i in range(8)] + [person(f"Excusé{i} E", "excused") for i in range(23)]
    assert findings(warehouse(meetings=[{"members_in_office": 40}], attendance=rows), "attendance_total_mismatch") == []
    [f] = findings(warehouse(meetings=[{"members_in_office": 41}], attendance=rows), "attendance_total_mismatch")
    assert "= 40 membres listés" in f["message"] and "41" in f["message"]


def test_a_substitute_and_the_member_replaced_count_once():
    rows = [person("Pierre SUPPLE", substitute_for="Jean TITULAIRE"), person("Jean TITULAIRE", "excused"), person("Marie X"),
            person("Luc Y", "absent")]
    assert findings(warehouse(meetings=[{"members_in_office": 3}], attendance=rows), "attendance_total_mismatch") == []


def test_total_is_silent_when_only_the_present_are_listed():
    o = outcome(warehouse(meetings=[{"members_in_office": 15}], attendance=PRESENT9), "attendance_total_mismatch")
    assert not o.ran


# ------------------------------------------------------------------------------------ proxies
def test_valid_proxies_are_clean():
    # Couthenans 2022: four proxies to members present
    present = [person(n) for n in ("Jean-Marc DUPONT", "Claire MARTIN", "Paul HENRY", "Sophie BLANC")]
    proxies = [{"giver": f"Giver{i} X", "holder": h} for i, h in enumerate(("DUPONT Jean-Marc", "MARTIN C.", "Paul HENRY", "M. le Maire"))]
    givers = [person(f"Giver{i} X", "excused") for i in range(4)]
    con = warehouse(meetings=[{"date": "2022-10-28"}], attendance=present + givers, proxies=proxies)
    assert findings(con, "proxy_invalid") == []


@pytest.mark.parametrize("proxies, extra, date, expected", [
    ([{"giver": "Anne ABSENTE", "holder": "Luc PARTI"}], [person("Luc PARTI", "absent")], "2023-01-10", "non présent"),
    ([{"giver": "Paul ROUX", "holder": "Jérôme BERNARD"}], [], "2023-01-10", "listé(e) présent(e)"),
    ([{"giver": "Anne A", "holder": "Jérôme BERNARD"}, {"giver": "Bob B", "holder": "M. BERNARD"}], [], "2023-01-10", "2 procurations"),
    ([{"giver": "Anne A", "holder": "Claude DGS"}], [person("Claude DGS", "invited", role="Directeur Général des Services")],
     "2023-01-10", "pas membre"),
])
def test_invalid_proxies(proxies, extra, date, expected):
    con = warehouse(meetings=[{"date": date}], attendance=PRESENT9 + extra, proxies=proxies)
    got = findings(con, "proxy_invalid")
    assert any(expected in f["message"] for f in got), got


def test_a_proxy_to_the_president_needs_no_listing():
    con = warehouse(meetings=[{"date": "2023-01-10", "president": "Florence DEMOUY"}], attendance=PRESENT9,
                    proxies=[{"giver": "Anne A", "holder": "Mme DEMOUY"}])
    assert findings(con, "proxy_invalid") == []


def test_two_proxies_per_holder_allowed_in_2020_2022():
    proxies = [{"giver": "Anne A", "holder": "Jérôme BERNARD"}, {"giver": "Bob B", "holder": "Jérôme BERNARD"}]
    assert findings(warehouse(meetings=[{"date": "2021-02-01"}], attendance=PRESENT9, proxies=proxies), "proxy_invalid") == []


# ------------------------------------------------------------------------------------- budget
def line(article, amount, section="fonctionnement", side="dépense", amendment="DM n°2", item="I.2.B.3"):
    return {"article": article, "amount": Decimal(amount), "section": section, "side": side, "amendment": amendment,
            "budget": "principal", "item_number": item, "label": f"compte {article}", "source_text": f"{article} {amount}", "page": 9}


NUMERIAN_DM2 = [line("607", "-145600.00"), line("6411", "110000.00"), line("66111", "600.00"), line("673", "35000.00")]
PIERREFONDS_DM1 = [  # 2019, item 2: each section balanced between expenses and receipts
    line("778", "200000", "fonctionnement", "recette", "DM n°1", "2"), line("023", "200000", "fonctionnement", "dépense", "DM n°1", "2"),
    line("2158", "200000", "investissement", "dépense", "DM n°1", "2"), line("2158", "300000", "investissement", "dépenses", "DM n°1", "2"),
    line("1068", "300000", "investissement", "Recettes", "DM n°1", "2"), line("021", "200000", "investissement", "recette", "DM n°1", "2"),
]


@pytest.mark.parametrize("lines", [NUMERIAN_DM2, PIERREFONDS_DM1])
def test_balanced_amendments_are_clean(lines):
    assert findings(warehouse(budget_lines=lines), "budget_unbalanced") == []


def test_a_transfer_that_does_not_net_to_zero_is_unbalanced():
    lines = NUMERIAN_DM2[:-1] + [line("673", "35100.00")]
    [f] = findings(warehouse(budget_lines=lines), "budget_unbalanced")
    assert "fonctionnement" in f["message"] and "100,00 €" in f["message"] and f["item"] == "I.2.B.3"


def test_a_section_whose_expenses_differ_from_its_receipts_is_unbalanced():
    lines = PIERREFONDS_DM1[:-1] + [line("021", "150000", "investissement", "recette", "DM n°1", "2")]
    [f] = findings(warehouse(budget_lines=lines), "budget_unbalanced")
    assert "investissement" in f["message"] and "500 000,00 €" in f["message"] and "450 000,00 €" in f["message"]


def test_tables_read_by_ocr_are_left_aside():
    # Flaux 2023 (scan): OCR lost the 5 500,00 line of a transfer -10 200 / +5 500 / +4 700
    lines = [line("2315", "-10200", "investissement"), line("2181", "4700", "investissement")]
    assert findings(warehouse(budget_lines=lines, document_pages=[page("x" * 20)]), "budget_unbalanced")
    scanned = {**page("x" * 20, number=9), "ocr": True}
    o = outcome(warehouse(budget_lines=lines, document_pages=[scanned]), "budget_unbalanced")
    assert not o.ran and "OCR" in o.reason


def test_printed_totals_vs_the_sum_of_lines():
    total = {"amendment": "DM n°2", "budget": "principal", "item_number": "I.2.B.3", "section": "fonctionnement",
             "side": "dépense", "amount": Decimal("0.00"), "source_text": "Total Dépenses 0,00", "page": 9}
    assert findings(warehouse(budget_lines=NUMERIAN_DM2, budget_totals=[total]), "budget_total_mismatch") == []
    # a table with "diminution" / "augmentation" columns totals the increases: 145 600,00
    plus = {**total, "amount": Decimal("145600.00")}
    assert findings(warehouse(budget_lines=NUMERIAN_DM2, budget_totals=[plus]), "budget_total_mismatch") == []
    wrong = {**total, "amount": Decimal("600.00")}
    [f] = findings(warehouse(budget_lines=NUMERIAN_DM2, budget_totals=[wrong]), "budget_total_mismatch")
    assert "600,00 €" in f["message"] and f["evidence"].text == "Total Dépenses 0,00"


def test_a_total_read_twice_is_reported_once():
    wrong = {"amendment": "DM n°2", "budget": "principal", "item_number": "I.2.B.3", "section": "fonctionnement",
             "side": "dépense", "amount": Decimal("600.00"), "source_text": "Total Dépenses 600,00", "page": 9}
    con = warehouse(budget_lines=NUMERIAN_DM2, budget_totals=[wrong, {**wrong, "source_text": "600,00"}])
    assert run_checks(con)["budget_total_mismatch"] == 1


def test_budget_checks_are_silent_without_lines():
    assert not outcome(warehouse(), "budget_unbalanced").ran
    assert not outcome(warehouse(), "budget_total_mismatch").ran


# ------------------------------------------------------------------------------------- agenda
def item(number, title, heading=None, source="agenda", found=True, parent=None, position=0):
    return {"number": number, "title": title, "section_heading": heading if heading is not None else title, "source": source,
            "section_found": found, "parent_number": parent, "position": position, "source_text": title, "page": 1,
            "section_char_start": 100 * position if found else None, "section_char_end": 100 * position + 90 if found else None}


def test_a_retitle_that_turns_a_deliberation_into_information_while_voted():
    items = [item("I.2.A.1", "Avis de principe sur l'adhésion de l'AMRF à Numérian", "Information sur l'adhésion de l'AMRF à Numérian")]
    voted = [{"item_number": "I.2.A.1", "outcome": "adopted", "unanimous": True}]
    [f] = findings(warehouse(agenda_items=items, decisions=voted), "agenda_body_mismatch")
    assert f["item"] == "I.2.A.1" and "Information sur" in f["evidence"].text
    # the same retitle without a vote, or a retitle that keeps the nature, is not reported
    assert findings(warehouse(agenda_items=items, decisions=[]), "agenda_body_mismatch") == []
    same = [item("I.2.B.5", "Calendrier 2025 (ponts, etc.)", "Calendrier 2025 (pont, etc.)")]
    assert findings(warehouse(agenda_items=same, decisions=[{**voted[0], "item_number": "I.2.B.5"}]), "agenda_body_mismatch") == []


def test_an_agenda_item_missing_from_the_body():
    items = [item("1", "Budget", position=0), item("2", "Tarifs de la cantine", found=False, position=1)]
    [f] = findings(warehouse(agenda_items=items), "agenda_body_mismatch")
    assert f["item"] == "2" and "n'est traité nulle part" in f["message"]


def test_an_agenda_item_withdrawn_at_the_opening_is_not_missing_from_the_body():
    items = [item("1", "Budget", position=0), item("2", "Tarifs de la cantine", found=False, position=1)]
    withdrawn = [{"item_number": "2", "outcome": "withdrawn"}]
    assert findings(warehouse(agenda_items=items, decisions=withdrawn), "agenda_body_mismatch") == []
    deferred = [{"item_number": "2", "outcome": "deferred"}]  # put off, not withdrawn: still to be treated here
    assert len(findings(warehouse(agenda_items=items, decisions=deferred), "agenda_body_mismatch")) == 1


def test_group_headings_added_items_and_unvoted_body_items_stay_silent():
    # Couthenans 2022: items 5 and 6 added at the session and voted, "Questions diverses" only in the body
    items = [item("I", "DÉLIBÉRATIONS", found=False, position=0), item("I.1", "Budget", parent="I", position=1),
             item("5", "Vente des anciennes tables de l'école", source="added", position=2),
             item("7", "Questions diverses", source="body", position=3)]
    decisions = [{"item_number": "5", "outcome": "adopted", "votes_for": 11}]
    assert findings(warehouse(agenda_items=items, decisions=decisions), "agenda_body_mismatch") == []
    voted_body = decisions + [{"item_number": "7", "outcome": "adopted"}]
    [f] = findings(warehouse(agenda_items=items, decisions=voted_body), "agenda_body_mismatch")
    assert f["item"] == "7" and "sans avoir été annoncé" in f["message"]


def test_a_body_item_is_not_unannounced_where_only_the_items_added_at_the_session_are_printed():
    # "Monsieur le Maire demande au conseil l'autorisation d'ajouter quatre questions à l'ordre du jour : …" and no
    # agenda of the convocation (learn3 mortagne; real saclas 2011 adds a point the same way)
    items = [item("2", "Lycée : demande de subvention", source="added", position=0),
             item("1", "Adhésion de commune au syndicat", source="body", position=1)]
    decisions = [{"item_number": "1", "outcome": "adopted"}, {"item_number": "2", "outcome": "adopted"}]
    con = warehouse(agenda_items=items, decisions=decisions)
    assert findings(con, "agenda_body_mismatch") == []
    assert outcome(con, "agenda_body_mismatch").status == "unverifiable"


@pytest.mark.parametrize("title, kind", [
    ("Information sur Pronote Famille", "information"), ("Retour sur le déplacement à Ruralitic", "information"),
    ("1. Point d'information : travaux", "information"), ("Avis de principe sur l'adhésion", "deliberation"),
    ("Approbation du compte-rendu du conseil syndical précédent", "deliberation"),
])
def test_nature_of_a_title(title, kind):
    assert nature(title) == kind


# -------------------------------------------------------------------------------- placeholder
SECTION_DELIBIA = ("### 1. Tarification « Délibia »\n\n*(En cours de négociation, à venir avant le 24 septembre 2024)*\n\n"
                   "### À l'unanimité des membres présents, le Conseil Syndical approuve :\n\n"
                   "- **La délibération relative à la tarification Delibia.**\n\n")
SECTION_REAL = ("### 4. Adhésion au RESAH\n\nLe RESAH est une centrale d'achat publique. Les travaux de la piscine couverte "
                "à venir pourront s'appuyer sur ses marchés, pour un coût d'adhésion de 600 € HT par an, sans engagement "
                "de commande et avec un accès à l'ensemble des marchés mutualisés du réseau.\n\n"
                "À l'unanimité des membres présents, le Conseil Syndical approuve l'adhésion.\n")


@pytest.mark.parametrize("section, quoted", [
    (SECTION_DELIBIA, "*(En cours de négociation, à venir avant le 24 septembre 2024)*"),
    ("2. Convention\nLa redevance est fixée à XXX € par an.\nLe conseil approuve.\n", "La redevance est fixée à XXX € par an."),
    ("3. Avenant\nTexte à venir.\nAprès en avoir délibéré, le conseil municipal approuve l'avenant.\n", "Texte à venir."),
    (SECTION_REAL, None),
    ("I.2 Convention XXXe congrès des maires\nLe congrès se tiendra à Paris ; le conseil approuve la convention.\n", None),
])
def test_placeholder_reason(section, quoted):
    got = placeholder_reason(section)
    assert (got is None) if quoted is None else (got and got[0] == quoted and section[got[1]:got[2]].strip() == quoted)


def test_placeholder_check_quotes_the_section_of_an_adopted_deliberation():
    text = "x" * 100 + SECTION_DELIBIA + SECTION_REAL
    second = 100 + len(SECTION_DELIBIA)
    items = [{**item("I.2.C.1", "Tarification « Délibia »"), "section_char_start": 100, "section_char_end": second},
             {**item("I.2.A.4", "Adhésion au RESAH"), "section_char_start": second, "section_char_end": len(text)}]
    decisions = [{"item_number": n, "outcome": "adopted", "unanimous": True} for n in ("I.2.C.1", "I.2.A.4")]
    [f] = findings(warehouse(agenda_items=items, decisions=decisions, document_pages=[page(text)]), "placeholder_text")
    assert f["item"] == "I.2.C.1" and text[f["evidence"].char_start:f["evidence"].char_end] == f["evidence"].text
    assert "En cours de négociation" in f["evidence"].text
    # the same placeholder on an item merely noted is not an adopted deliberation
    noted = [{**d, "outcome": "noted"} for d in decisions]
    assert not outcome(warehouse(agenda_items=items, decisions=noted, document_pages=[page(text)]), "placeholder_text").ran


# Intercom Bernay 2019 (learn5): "Affiché le ……………..au siège de Bernay": the posting date never filled in
@pytest.mark.parametrize("line, blank", [
    ("En application de l'article L2121-25 du CGCT Affiché le ……………..au siège de Bernay", True),
    ("Date d'affichage : ........", True),
    ("Transmis en préfecture le ____", True),
    ("Publié le : …………", True),
    ("Affichée le : 18/12/2013", False),
    ("Affiché le ............ 18/12/2013", False),        # the leaders of a table, then the date
    ("Publié le : …", True),                             # one ellipsis character
    ("Affiché le ……\nLe Maire,", True),
    ("Affiché le ........\n18/12/2013", False),          # the date on the next line
    ("Affiché le ..", False),                             # two dots: no blank to fill
    ("MEMBRES EN EXERCICE……….. 15", False),
    ("Le compte rendu sera affiché le lendemain...", False),
    # Larchant 2021 (extra7): a register's formalities line, the publication's date left as a run of dashes
    ("Actes rendus exécutoires après dépôt en Sous-Préfecture le : 04/10/2021 et publication ou notification du : "
     "------------------------ Le procès verbal", True),
    ("et publication ou notification du : 04/10/2021", False),
    ("et publication ou notification du : ---- 12/10/2021", False),  # dashes before the date: a leader
    ("Date de notification : ……", True),
    ("Publication du rapport annuel ------", False),                  # no formality's label
    ("COMPTE RENDU\n----------------\n", False),                      # a rule under a title
    # p08 (extra7 learn2): the heading block's convocation date never filled in, the attendance's label next
    ("COMPTE RENDU DU CONSEIL MUNICIPAL DU 05/11/2019 à 18h30\n\nConvocation du\n\nPrésents :Paul DURAND, Anne MARTIN", True),
    ("Date de convocation :\nEtaient présents : M. DURAND", True),
    ("Date de la convocation :\n21 mars 2022\nPrésents : M. DURAND", False),     # Flaux's scans: the date on the next line
    ("Convocation du 28 mars 2022\nPrésents : M. DURAND", False),
    ("Convocation du\nconseil municipal le 5 mars\nPrésents : M. X", False),     # a title run over two lines
    ("la convocation du\nPrésents", False),                                      # not alone on its line
])
def test_a_formality_date_left_blank(line, blank):
    assert bool(blank_dates(line)) is blank


def test_a_blank_date_is_reported_without_any_adopted_deliberation():
    text = "Compte-rendu Conseil Communautaire Séance du Jeudi 28 Mars 2019\nAffiché le ……………..au siège\nMembres en exercice : 126\n"
    [f] = findings(warehouse(document_pages=[page(text)]), "placeholder_text")
    assert "Affiché le ……………" in f["message"] and text[f["evidence"].char_start:f["evidence"].char_end].startswith("Affiché le")
    filled = text.replace("……………..", " 4 avril 2019 ")
    assert not outcome(warehouse(document_pages=[page(filled)]), "placeholder_text").ran
    # on a scanned page, the date may be written by hand on the dots: not in the text, not a blank
    assert not outcome(warehouse(document_pages=[{**page(text), "ocr": True}]), "placeholder_text").ran


# -------------------------------------------------------------------------------------- dates
B4 = ("4. Frais de déplacement des élus\nLa délibération n°DCS2021092332 du 23 septembre 2021 traitant des frais de "
      "déplacement des élus était incomplète. Cette délibération du 24 septembre 2024 met à jour les plafonds.\n")
A1 = ("1. Information sur l'adhésion de l'AMRF\nNous pourrions communiquer lors du prochain congrès de l'AMRF se tenant "
      "du 27 au 29 septembre 2024 à Saint-Julien.\nLe prochain Conseil Syndical aura lieu le 10 décembre 2024.\n")


def dated(text, day="2024-09-30", items=(), file_name="pv_seance.txt"):
    return warehouse(meetings=[{"date": day}], document_pages=[page(text)], agenda_items=list(items),
                     documents=[{"path": "/c/" + file_name, "file_name": file_name, "status": "ok"}])


def test_a_deliberation_dated_otherwise_than_its_session():
    items = [{**item("I.2.B.4", "Frais de déplacement des élus"), "section_char_start": 0, "section_char_end": len(B4)}]
    [f] = findings(dated(B4, items=items), "date_inconsistency")
    assert f["item"] == "I.2.B.4" and "24 septembre 2024" in f["evidence"].text and "23 septembre 2021" not in f["evidence"].text
    assert findings(dated(B4.replace("24 septembre 2024", "30 septembre 2024"), items=items), "date_inconsistency") == []


def test_a_back_reference_to_an_earlier_deliberation_is_not_reported():
    text = "La délibération du 12 mars 2021 fixe les tarifs. Cette délibération du 12 mars 2021 est abrogée.\n"
    assert findings(dated(text), "date_inconsistency") == []


def test_an_event_presented_as_upcoming_though_past():
    items = [{**item("I.2.A.1", "Avis de principe"), "section_char_start": 0, "section_char_end": len(A1)}]
    [f] = findings(dated(A1, items=items), "date_inconsistency")
    assert f["item"] == "I.2.A.1" and "se tenant du 27 au 29 septembre 2024" in f["evidence"].text
    assert findings(dated(A1, day="2024-09-26", items=items, file_name="cs.txt"), "date_inconsistency") == []


FLAUX_MARGIN = ("Nombre de membres\nen exercice : 11\nDate de la convocation :\n13 novembre 2023\nCompte rendu\n"
                "conseil municipal du\n{day}\n5/8\nLe conseil municipal après en avoir délibéré\n")


def test_margins_naming_another_session():
    text = "Approbation du procès-verbal du 22 septembre 2023\n" + FLAUX_MARGIN.format(day="17 novembre 2023")
    assert findings(dated(text, day="2023-11-17", file_name="flaux_PV_2023-11-17_scan.pdf"), "date_inconsistency") == []
    text += FLAUX_MARGIN.format(day="22 septembre 2023")
    [f] = findings(dated(text, day="2023-11-17", file_name="flaux_PV_2023-11-17_scan.pdf"), "date_inconsistency")
    assert "22 septembre 2023" in f["message"] and f["item"] is None


@pytest.mark.parametrize("text", [
    "Le compte rendu du Conseil Syndical du 29 mai 2024 est soumis à approbation.\n",
    "Monsieur le Maire soumet à l'assemblée le procès-verbal de la séance du conseil municipal du 7 février 2020.\n",
    "x\n" * 9 + "Procès-verbal de la séance du 22 juillet 2024\nest approuvé à l'unanimité.\n" + "x\n" * 9,
    "x\n" * 9 + "Compte rendu du conseil syndical du 22 juillet 2024\n" + "x\n" * 9,  # once, amid a page
])
def test_sentences_about_earlier_minutes_are_not_margins(text):
    assert findings(dated(text), "date_inconsistency") == []


def test_a_header_naming_another_session():
    text = "Compte rendu du Conseil Syndical\ndu 29 septembre 2024\n" + "Le conseil se réunit.\n" * 20
    [f] = findings(dated(text, file_name="cs.txt"), "date_inconsistency")
    assert "29 septembre 2024" in f["message"]


@pytest.mark.parametrize("name, day, fires", [
    ("flaux_PV_2023-11-17_scan.pdf", "2023-11-17", False),
    ("couthenans_CR_conseil_municipal_28_10_2022.pdf", "2022-10-28", False),
    ("couthenans_CR_conseil_municipal_28_10_2022.pdf", "2023-10-28", True),
    ("budget_2021.pdf", "2022-03-01", True),
    ("PV_conseil.pdf", "2022-03-01", False),
])
def test_a_file_named_for_another_date(name, day, fires):
    # the minutes as published contradict their own name (the seed's planted fault: numerian_2023-09-30.txt)
    con = dated("Séance.\n", day=day, file_name=name)
    assert bool(findings(con, "date_inconsistency")) is fires


def test_a_file_name_whose_date_the_text_prints_leaves_the_session_date_in_doubt():
    # a report of 4 February 2020 reproducing the minutes of 17 December 2019, saved under the latter's date: the
    # session's date as read may be the report's, not the minutes': the name is not held against it
    text = "Rapport du 4 février 2020.\nProcès-verbal de la séance du 17 décembre 2019.\n"
    got = findings(dated(text, day="2020-02-04", file_name="sieml_CS_2019-12-17.txt"), "date_inconsistency")
    assert not [f for f in got if "fichier" in f["message"]]
    [f] = findings(dated("Rapport du 4 février 2020.\n", day="2020-02-04", file_name="sieml_CS_2019-12-17.txt"), "date_inconsistency")
    assert "17 décembre 2019" in f["message"]


@pytest.mark.parametrize("head, fires", [
    # a heading left from an older session's minutes above the opening of this one (either date may be the one read)
    ("Séance du comité syndical du 4 Février 2008\nCompte rendu de la réunion du Comité syndical du 30 mars 2009 à "
     "18 heures\nLes membres se sont réunis le lundi 30 mars 2009 à 18h00.\n", True),
    ("COMPTE RENDU\n\nde la réunion du 19 juin 2019\n\nL’an deux mille vingt deux et le deux mars à dix-huit heures "
     "trente, le Comité Syndical s’est réuni.\n", True),
    # the same date twice; another session's minutes approved; a session that lacked its quorum; a convocation
    ("SEANCE DU 1 ER OCTOBRE 2013 L an deux mil treize et le premier octobre à 20 heures 30, le Conseil s est réuni.\n",
     False),
    ("Séance du 30 mars 2009\nApprobation du compte rendu de la séance du 2 mars 2009 : adopté.\n", False),
    ("Séance du 30 mars 2009\nLa réunion du 23 mars 2009 n'a pas atteint le quorum.\n", False),
    ("Séance du 30 mars 2009\nDate de convocation : 23 mars 2009\n", False),
])
def test_a_heading_dating_the_session_otherwise_than_its_opening(head, fires):
    for day in ("2009-03-30", "2008-02-04", "2022-03-02", "2019-06-19", "2013-10-01"):
        if day[:4] in head:
            got = findings(dated(head + "Le conseil délibère.\n" * 5, day=day, file_name="cs.txt"), "date_inconsistency")
            assert bool([f for f in got if "en-tête" in f["message"]]) is fires, day


def test_a_session_date_read_from_the_convocation_leaves_the_dates_unjudged():
    # "1 ER OCTOBRE" once escaped the grammar: the session's date was read from "Date de la convocation"
    text = "Nombre de conseillers En exercice 31 Date de la convocation 24 septembre 2013 Date d affichage 2 octobre 2013\n"
    con = dated(text, day="2013-09-24", file_name="cc_2013-10-01.txt")
    assert findings(con, "date_inconsistency") == []
    assert outcome(con, "date_inconsistency").status == "unverifiable"


def test_a_session_heading_of_another_date_is_a_running_title_only_where_that_date_opens_nothing():
    top = "Séance du comité syndical du 4 Février 2008\n\n"
    body = "Le comité syndical délibère.\n" * 12
    [f] = findings(dated(top + body, day="2009-03-30", file_name="cs.txt"), "date_inconsistency")
    assert "4 février 2008" in f["message"]
    # a document holding the minutes of two sessions: the other's heading opens its own minutes
    other = top + "L'an deux mille huit, le quatre février, le comité s'est réuni.\n" + body
    assert findings(dated(other, day="2009-03-30", file_name="cs.txt"), "date_inconsistency") == []


APPROVAL = ("0.\n\nApprobation du procès-verbal de la réunion du conseil municipal du 18 septembre 2019\n\nLe conseil "
            "municipal APPROUVE à l'unanimité le procès-verbal du conseil municipal du {day}\n\n1.\n\nSubvention\n")
AGENDA_AND_BODY = ("L'ordre du jour étant le suivant : 1. Approbation du PV de la réunion du conseil du 04/03/2017, 2. Vote "
                   "des taux. La séance est ouverte. 1. Approbation du procès-verbal de la réunion du Conseil du {day} : "
                   "il est approuvé à l'unanimité. 2. Vote des taux : adopté.")


@pytest.mark.parametrize("text, item", [
    (APPROVAL.format(day="16 juillet 2019"), "0"),  # the item's title and its decision name two sessions
    (AGENDA_AND_BODY.format(day="7 mars 2017"), "1"),  # the agenda's item 1 and the body's item 1
])
def test_an_item_approving_other_minutes_than_it_announces(text, item):
    [f] = findings(dated(text, day="2019-10-28"), "date_inconsistency")
    assert f["item"] == item and "procès-verbal du" in f["message"]


@pytest.mark.parametrize("text", [
    APPROVAL.format(day="18 septembre 2019"),
    AGENDA_AND_BODY.format(day="4 mars 2017"),
    # two items, each approving its own minutes
    "1. Approbation du procès-verbal du 12 mai 2019\nLe procès-verbal de la séance du 12 mai 2019 est approuvé.\n"
    "2. Approbation du procès-verbal du 3 juin 2019\nLe procès-verbal du 3 juin 2019 est adopté.\n",
    # one item approving two sessions' minutes
    "Approbation des procès-verbaux des séances du 12 mai 2019 et du 3 juin 2019\nLe procès-verbal du 3 juin 2019 est adopté.\n",
    # minutes of a commission, and an approval put off
    "Approbation du compte rendu du 12 mai 2019\nIl est approuvé. Le compte rendu de la commission du 3 juin 2019 est adopté.\n",
    "Approbation du procès-verbal du 12 mai 2019\nAdopté. Le procès-verbal de la séance du 3 juin 2019 sera approuvé lors de "
    "la prochaine séance.\n",
])
def test_approvals_of_the_minutes_announced_are_not_reported(text):
    assert findings(dated(text, day="2019-10-28"), "date_inconsistency") == []


def test_file_date():
    assert str(file_date("lannion_PV_2020-06-08.pdf")[0]) == "2020-06-08"
    assert file_date("cm_2024.pdf") == (None, 2024)


def test_find_dates_reads_words_digits_and_ocr_noise():
    assert [str(d) for d, _, _ in find_dates("le 1er octobre 2023, le 30/09/2024 et 13:novembre 2023")] == [
        "2023-10-01", "2024-09-30", "2023-11-13"]


@pytest.mark.parametrize("a, b, same", [
    ("CAUQUIL R.", "René CAUQUIL", True), ("BERNARD", "M. Jérôme BERNARD", True), ("Jean MARTIN", "Paul MARTIN", False),
    ("DUPONT Jean-Marc", "Jean-Marc DUPONT", True), ("Mme Anne VIDAL", "Anne VIDAL", True),
])
def test_same_person(a, b, same):
    assert same_person(a, b) is same


def test_text_is_rebuilt_from_pages_at_their_offsets():
    con = warehouse(document_pages=[page("Page deux", 2, 12), page("Page un", 1, 0)])
    [m] = load_meetings(con)
    assert m.text == "Page un\n\n\n\n\nPage deux" and m.text[12:21] == "Page deux" and m.page_at(13) == 2


# ------------------------------------------------------------------------------------- runner
def test_run_checks_records_findings_and_coverage_and_is_idempotent():
    con = warehouse(meetings=[NUMERIAN], meeting_facts=NUMERIAN_FACTS, attendance=PRESENT9, proxies=NUMERIAN_PROXIES)
    counts = run_checks(con)
    assert counts["vote_total_mismatch"] == 1 and counts["quorum_not_met"] == 1
    run_checks(con)
    assert con.execute("select count(*) from findings").fetchone()[0] == sum(counts.values())
    runs = dict(con.execute('select "check", ran from check_runs').fetchall())
    assert set(runs) == {c.code for c in CHECKS}
    assert runs["quorum_not_met"] is True and runs["budget_unbalanced"] is False
    reason = con.execute("select reason from check_runs where \"check\" = 'budget_unbalanced'").fetchone()[0]
    assert reason == "aucune ligne de décision modificative"
    row = con.execute("select legal_basis, evidence, page from findings where \"check\" = 'vote_total_mismatch'").fetchone()
    assert row == ("CGCT L2121-20 et L2121-21 (votes, procurations)", "Suffrages exprimés : 17", 1)


def test_a_crashing_check_is_recorded_not_raised(monkeypatch):
    from pipeline.checks import Check

    def boom(m):
        raise ValueError("bad row")
    con = warehouse()
    run_checks(con, (Check("boom", "t", "b", "info", boom),))
    assert con.execute("select ran, reason from check_runs").fetchone() == (False, "erreur interne du contrôle : ValueError: bad row")


def test_every_check_declares_code_basis_and_severity():
    assert len({c.code for c in CHECKS}) == len(CHECKS) == 11
    for c in CHECKS:
        assert c.legal_basis.startswith("CGCT") and c.severity in ("error", "warning", "info") and c.silenced_by


def test_rows_with_every_optional_field_missing_never_crash_a_check():
    con = warehouse(
        meetings=[{"members_in_office": 10, "members_present": 3, "votes_cast": 20, "date": "2024-01-01"}],
        attendance=[{"person": "X", "status": "present"}, {"person": "Y", "status": "excused"}],
        proxies=[{"giver": "Y", "holder": "Z"}],
        attendance_changes=[{"from_item": "9", "members_present": 2}, {}],
        agenda_items=[{"number": None, "title": None}, {"number": "1", "source": "body", "section_found": True}],
        decisions=[{"item_number": None, "outcome": "adopted", "votes_for": 30}, {"item_number": "1", "outcome": "adopted"}],
        individual_votes=[{"item_number": None, "person": "X", "vote": "against"}],
        budget_lines=[{"amount": Decimal("1")}], budget_totals=[{"amount": Decimal("2")}],
        document_pages=[page("Cette délibération du 2 janvier 2023.\n")],
        documents=[{"path": "p", "status": "ok"}],
    )
    run_checks(con)
    errors = con.execute("select \"check\", reason from check_runs where reason like 'erreur interne%'").fetchall()
    assert errors == []


def test_voters_read_on_a_scan_where_ocr_took_a_one_for_a_letter():
    from pipeline.checks.votes import _OCR_ONE, SECTION_VOTERS

    # the Flaux scan's margin box, as tesseract reads it
    m = SECTION_VOTERS.search("qui ont pris part à la\ndélibération : Î1 | Considérant que la commune")
    assert int(m.group(1).translate(_OCR_ONE)) == 11
    assert SECTION_VOTERS.search("Nombre de votants : 18").group(1) == "18"
    assert SECTION_VOTERS.search("votants : 1er tour") is None


# --------------------------------------------------------------------------- premises and new rules
def test_a_count_printed_in_brackets_over_an_attendance_list():
    text = "Présents : M. Jean DUPONT, Mme Anne MARTIN.\nExcusés : (2) M. Paul ROUX, Mme Lise VERT, M. Luc BLANC.\nLe quorum est atteint.\n"
    rows = []
    for name, status in (("Jean DUPONT", "present"), ("Anne MARTIN", "present"), ("Paul ROUX", "excused"),
                         ("Lise VERT", "excused"), ("Luc BLANC", "excused")):
        at = text.index(name)
        rows.append(person(name, status, char_start=at, char_end=at + len(name)))
    [f] = findings(warehouse(document_pages=[page(text)], attendance=rows), "attendance_count_mismatch")
    assert "annonce 2 membre(s)" in f["message"] and "3 nom(s) listé(s) : Paul ROUX, Lise VERT, Luc BLANC" in f["message"]
    assert f["evidence"].text.startswith("Excusés : (2) M. Paul ROUX") and f["evidence"].page == 1
    clean = text.replace("(2)", "(3)")
    assert findings(warehouse(document_pages=[page(clean)], attendance=rows), "attendance_count_mismatch") == []


def test_attendance_checks_are_unverifiable_on_a_list_cut_with_the_excerpt():
    # Questembert 2019: "Procurations : 7" declared, the excerpt ends after the fourth proxy
    text = ("Nombre de conseillers présents : 2\nProcurations : 3\nEtaient présents :\nM. Jean DUPONT, Mme Anne MARTIN.\n"
            "Procurations :\nMme Lise VERT à M. Jean DUPONT\nM. André SERAZIN à M. Cyril")
    rows = [person(n, "present", char_start=text.index(n), char_end=text.index(n) + len(n)) for n in ("Jean DUPONT", "Anne MARTIN")]
    proxies = [{"giver": g, "holder": h, "char_start": text.index(s), "char_end": text.index(s) + len(s), "source_text": s}
               for g, h, s in (("Lise VERT", "Jean DUPONT", "Mme Lise VERT à M. Jean DUPONT"),
                               ("André SERAZIN", "Cyril", "M. André SERAZIN à M. Cyril"))]
    con = warehouse(meetings=[{"members_present": 2, "members_represented": 3}], document_pages=[page(text)],
                    attendance=rows, proxies=proxies)
    o = outcome(con, "attendance_count_mismatch")
    assert o.state == "unverifiable" and "extrait coupé" in o.reason and not o.findings
    assert outcome(con, "proxy_invalid").state == "unverifiable"


def test_a_proxy_whose_giver_is_half_read_is_not_judged():
    # Couthenans 2021: "David & Adeline (procuration à Mario)" read as David's proxy, David being present
    text = "Présents :\nMario, David &\nAdeline (procuration à Mario)\nOrdre du jour :\n1. Budget\n"
    rows = [person(n, "present", char_start=text.index(n), char_end=text.index(n) + len(n)) for n in ("Mario", "David")]
    source = "David &\nAdeline (procuration à Mario)"
    proxies = [{"giver": "David", "holder": "Mario", "char_start": text.index(source), "source_text": source}]
    o = outcome(warehouse(document_pages=[page(text)], attendance=rows, proxies=proxies), "proxy_invalid")
    assert o.state == "unverifiable" and "« Adeline » juste avant" in o.reason and not o.findings


@pytest.mark.parametrize("text, fires", [
    ("CONSEIL COMMUNAUTAIRE\nSEANCE DU MERCREDI 15 SEPTEMBRE 2015\n", True),  # a Tuesday
    ("CONSEIL COMMUNAUTAIRE\nSEANCE DU MARDI 15 SEPTEMBRE 2015\n", False),
    ("Réunion du Mercredi 28 Février 2007 à 19 h 30\n", False),
    ("Balade urbaine – Samedi 22 mars 2025 à 10h00\n", False),
])
def test_a_date_printed_with_another_day_of_the_week(text, fires):
    day = "2015-09-15" if "2015" in text else "2007-02-28" if "2007" in text else "2025-03-13"
    got = findings(dated(text, day=day, file_name="cc.txt"), "date_inconsistency")
    assert bool(got) is fires
    if fires:
        assert "était un mardi" in got[0]["message"] and got[0]["evidence"].text == "MERCREDI 15 SEPTEMBRE 2015"


@pytest.mark.parametrize("text, day, fires", [
    # Mios 2015 (extra7): the opening sentence's year left from the last session's minutes, its weekday the right year's
    ("CONSEIL MUNICIPAL\n\nL’an deux mille quatorze,\n\nLe mercredi 14 janvier à 19 heures,\nle conseil municipal\n",
     "2014-01-14", True),
    ("CONSEIL MUNICIPAL\n\nL’an deux mille quinze,\n\nLe mercredi 14 janvier à 19 heures,\nle conseil municipal\n",
     "2015-01-14", False),
    ("L'an deux mil vingt, le mardi quatre février, à vingt heures, le conseil\n", "2020-02-04", False),
    ("L'an deux mil vingt, le lundi quatre février, à vingt heures, le conseil\n", "2020-02-04", True),
    ("L'an deux mille vingt, le quatre février, le conseil s'est réuni\n", "2020-02-04", False),  # no weekday printed
    # the weekday read inside any date written in words (pipeline.french.dates.weekday_in, the meeting's year slip reads it
    # too), with or without "L'an" before it, in capitals, before "premier"
    ("Le mercredi quinze septembre deux mille quinze, le conseil s'est réuni\n", "2015-09-15", True),
    ("Le mardi quinze septembre deux mille quinze, le conseil s'est réuni\n", "2015-09-15", False),
    ("L'an deux mille quinze, le MERCREDI 15 septembre, le conseil\n", "2015-09-15", True),
    ("L'an deux mille quinze et le mercredi premier septembre\n", "2015-09-01", True),
])
def test_the_weekday_inside_an_opening_sentence(text, day, fires):
    got = findings(dated(text, day=day, file_name="cm.txt"), "date_inconsistency")
    assert bool(got) is fires
    if fires:
        assert "le texte le dit" in got[0]["message"]


@pytest.mark.parametrize("sentence, fires", [
    ("Le coût total prévisionnel des travaux TTC, établi au 11 octobre 2022, s'élève à 165 879,30 €.", True),
    ("Vu le courrier du Préfet en date du 12 octobre 2022, le conseil approuve.", True),
    ("La nouvelle tarification sera applicable à compter du 1er janvier 2023.", False),
    ("Les comptes seront arrêtés au 31 décembre 2022.", False),
    ("Envoyé en préfecture le 21/12/2022 Reçu en préfecture le 21/12/2022", False),
    ("Certifié exécutoire, transmis en préfecture en date du 12 octobre 2022.", False),
    ("Affiché en date du 10 octobre 2022.", False),
    ("Le coût des travaux, établi au 30 septembre 2022, s'élève à 12 000 €.", False),
    ("à la date du 1er janvier 2023, les tarifs sont révisés.", False),
    ("Le nouveau bail prendra effet en date du 1er novembre 2022.", False),
    ("Une réunion publique est prévue en date du 20 octobre 2022.", False),
])
def test_a_date_after_the_session_given_as_established(sentence, fires):
    got = findings(dated(sentence + "\n", day="2022-10-06", file_name="cm.txt"), "date_inconsistency")
    assert bool(got) is fires
    if fires:
        assert "postérieur à la séance du 6 octobre 2022" in got[0]["message"] and got[0]["evidence"].text in sentence


def test_a_heading_with_a_blank_in_parentheses_is_a_placeholder():
    # Couthenans 2021: "3 Tarification cimetière / Tarifs actuels (à compléter) / Concession trentenaire …"
    assert placeholder_reason("3 Tarification cimetière\nTarifs actuels (à compléter)\nConcession trentenaire\n")[0] == \
        "Tarifs actuels (à compléter)"
    assert placeholder_reason("3 Tarification\nLes tarifs (voir annexe) sont complétés chaque année.\n") is None


def test_every_check_says_what_it_relies_on():
    for c in CHECKS:
        assert len(c.relies_on) > 40, c.code


def test_voters_read_on_a_scan_where_ocr_took_both_ones_for_letters():
    from pipeline.checks.votes import _OCR_ONE, SECTION_VOTERS

    m = SECTION_VOTERS.search("qui ont pris part à la\ndélibération : il\ndont procurations")
    assert int(m.group(1).translate(_OCR_ONE)) == 11
    assert SECTION_VOTERS.search("qui ont pris part à la délibération : ils sont") is None


@pytest.mark.parametrize("margin, fires", [
    ("qui ont pris part à la délibération : 11", True),   # 10 present, no proxy: 11 cannot have voted
    ("qui ont pris part à la délibération : il", True),   # the same read from a scan
    ("qui ont pris part à la délibération : 10", False),
    ("qui ont pris part à la délibération :", False),     # the figure lost: nothing to compare
])
def test_voters_a_page_margin_states_for_its_deliberations(margin, fires):
    # a register whose every page repeats "Nombre de membres en exercice / qui ont pris part à la délibération"
    first = ("Nombre de membres en exercice : 11\nqui ont pris part à la délibération : 10\n"
             "Présents : " + " - ".join(f"Élu{i} NOM" for i in range(10)) + "\nAbsent : Luc BLANC\nProcuration : néant\n")
    second = f"Nombre de membres en exercice : 11\n{margin}\nTarifs de la cantine\nVote : à l'unanimité\n"
    text = first + second
    people = [person(f"Élu{i} NOM", char_start=first.index(f"Élu{i} NOM"), char_end=first.index(f"Élu{i} NOM") + 8)
              for i in range(10)] + [person("Luc BLANC", "absent", char_start=first.index("Luc BLANC"))]
    rows = dict(meetings=[{"members_in_office": 11, "votes_cast": 10}],
                document_pages=[page(first), page(second, 2, len(first))], attendance=people,
                agenda_items=[{**item("2", "Tarifs de la cantine"), "section_char_start": text.index("Tarifs"),
                               "section_char_end": len(text)}],  # the margin lies above the section, on its page
                decisions=[{"item_number": "2", "outcome": "adopted", "unanimous": True, "char_start": text.index("Vote :")}])
    got = findings(warehouse(**rows), "vote_total_mismatch")
    assert bool(got) is fires, got
    if fires:
        assert got[0]["item"] == "2" and "10 présents + 0 procuration(s) = 10" in got[0]["message"]
        assert got[0]["evidence"].page == 2 and got[0]["severity"] == "warning"


def test_an_announced_miscellaneous_item_without_a_section_is_not_reported():
    items = [item("1", "Budget", position=0), item("2", "Questions diverses", found=False, position=1)]
    assert findings(warehouse(agenda_items=items), "agenda_body_mismatch") == []
    items[1] = item("2", "Tarifs de la cantine", found=False, position=1)
    [f] = findings(warehouse(agenda_items=items), "agenda_body_mismatch")
    assert f["item"] == "2"


def test_a_vote_label_left_blank_in_minutes_whose_other_votes_carry_their_result():
    text = ("Le maire propose de modifier l'ordre du jour.\nVote :\nOuverture de la séance\n"
            "Tarifs de la cantine\nVote : à l'unanimité\nSubvention au club\nVote :\n- Pour : 12\n- Contre : 1\n")
    rows = dict(document_pages=[page(text)], agenda_items=[item("1", "Tarifs de la cantine")],
                decisions=[{"item_number": "1", "outcome": "adopted", "unanimous": True}])
    [f] = findings(warehouse(**rows), "placeholder_text")
    assert "n'est pas renseigné" in f["message"] and f["evidence"].text == "Vote :"
    assert f["evidence"].char_start == text.index("Vote :")
    filled = text.replace("jour.\nVote :\n", "jour.\nVote : à l'unanimité\n")
    assert findings(warehouse(**{**rows, "document_pages": [page(filled)]}), "placeholder_text") == []
    # minutes that never print a result beside "Vote :" set it on the next lines: nothing is left blank
    below = text.replace("Vote : à l'unanimité", "Vote :\nà l'unanimité")
    assert findings(warehouse(**{**rows, "document_pages": [page(below)]}), "placeholder_text") == []


def test_minutes_reproduced_under_another_date_than_their_approval_title():
    # SIAEP de Condom Caussens: "APPROBATION DU PROCES-VERBAL DU 28 JANVIER 2021 Réunion du 21 janvier 2021 Sous la présidence"
    text = "Réunion du 3 mars 2021 EXPOSE N°1 APPROBATION DU PROCES-VERBAL DU {d} Réunion du 21 janvier 2021 Sous la présidence"
    [f] = findings(dated(text.format(d="28 JANVIER 2021"), day="2021-03-03"), "date_inconsistency")
    assert "28 janvier 2021" in f["message"] and "21 janvier 2021" in f["message"]
    assert findings(dated(text.format(d="21 JANVIER 2021"), day="2021-03-03"), "date_inconsistency") == []


@pytest.mark.parametrize("label, fires", [("Votants 86", True), ("Suffrages exprimés : 86", False)])
def test_abstentions_count_among_voters_not_among_votes_expressed(label, fires):
    # Saint-Germain Boucles de Seine 2020: "Votants 86" over "Pour 86 Contre 0 Abstentions 5" (77 present + 14 proxies)
    con = warehouse(meetings=[{"members_present": 77, "members_represented": 14, "votes_cast": 86, "date": "2020-07-09"}],
                    meeting_facts=[{"field": "votes_cast", "value": "86", "page": 1, "char_start": 10, "char_end": 20,
                                    "source_text": label}],
                    attendance=[person(f"Élu{i} NOM{i}") for i in range(77)],
                    decisions=[{"item_number": "DEL 20-86", "outcome": "adopted", "votes_for": 86, "votes_against": 0,
                                "abstentions": 5}])
    got = findings(con, "vote_total_mismatch")
    assert bool(got) is fires and (not fires or "86 votants déclarés" in got[0]["message"])


@pytest.mark.parametrize("ending, fires", [
    ("Le conseil approuve la convention avec la commune voisine et autorise le Maire à la signer", False),  # cut
    ("Le conseil approuve.\nL'ordre du jour étant épuisé, la séance est levée à 22 h.", True),
])
def test_last_items_untreated_in_a_text_that_stops_without_closing_the_session(ending, fires):
    # an excerpt stops inside item 3: items 4 and 5 lie beyond it, not missing from the minutes
    items = [item("1", "Budget", position=1), item("2", "Tarifs", position=2), item("3", "Convention", position=3),
             item("4", "Personnel", found=False, position=4), item("5", "Voirie", found=False, position=5)]
    con = warehouse(agenda_items=items, document_pages=[page("x" * 400 + "\n" + ending)])
    assert bool(findings(con, "agenda_body_mismatch")) is fires
    if not fires:
        assert "document coupé" in outcome(con, "agenda_body_mismatch").reason


def test_the_one_presiding_unlisted_can_vote():
    # "sous la présidence de Madame GENERMONT Annie, Maire", "Présents : " the ten others, one proxy to her: 12 can vote
    rows = [person(f"Élu{i} NOM{i}") for i in range(10)]
    proxies = [{"giver": "Jean-Pierre RIBEAUX", "holder": "Annie GENERMONT"}]
    vote = [{"item_number": "1", "outcome": "adopted", "votes_for": 12}]
    con = warehouse(meetings=[{"president": "GENERMONT Annie"}], attendance=rows, proxies=proxies, decisions=vote)
    assert findings(con, "vote_total_mismatch") == []
    con = warehouse(meetings=[{"president": "GENERMONT Annie"}], attendance=rows, proxies=proxies,
                    decisions=[{**vote[0], "votes_for": 13}])
    [f] = findings(con, "vote_total_mismatch")
    assert "11 présents + 1 procuration(s) = 12" in f["message"]


def test_a_session_date_read_off_the_heading_leaves_the_dates_unjudged():
    # a web page's date line above minutes whose heading dates the session (blank lines inside the heading): the date
    # read is the page's, and the heading is no running title of another session
    head = "COMPTE RENDU DU CONSEIL MUNICIPAL DU 07/12/11\nmercredi 11 janvier 2012\n\nCOMPTE RENDU DU CONSEIL MUNICIPAL\n\nDU 07 Décembre 2011\n\n"
    con = dated(head + "Le conseil délibère.\n" * 12, day="2012-01-11", file_name="cm.txt")
    assert findings(con, "date_inconsistency") == []
    assert outcome(con, "date_inconsistency").status == "unverifiable"
    # read from the heading, the same minutes are judged (and clean)
    con = dated(head + "Le conseil délibère.\n" * 12, day="2011-12-07", file_name="cm.txt")
    assert outcome(con, "date_inconsistency").status == "ran" and findings(con, "date_inconsistency") == []
    # the heading of another session above minutes whose own date is printed nowhere is still reported
    [f] = findings(dated("Séance du comité syndical du 4 Février 2008\n\n" + "Le comité délibère.\n" * 12,
                         day="2009-03-30", file_name="cs.txt"), "date_inconsistency")
    assert "4 février 2008" in f["message"]


def test_a_list_of_names_in_small_letters_that_goes_on_past_a_function_is_not_judged():
    # n06 Jacou (extra7 learn2): the présents grouped by function, the names in small letters, the list read to "Adjoints"
    # only: 27 declared against the 8 read is no mismatch but a list read in part
    head = "Présents : 5\nMembres présents :\n\nJean Roux, Maire,\n\nAnne Vert, Paul Blanc, Adjoints\n\n"
    text = head + "Lise Noir, Marc Brun, Eve Gris, Conseillers Municipaux.\n\nMembres absents : /\n"
    rows = [person(n, "present", char_start=text.index(n), char_end=text.index(n) + len(n))
            for n in ("Jean Roux", "Anne Vert", "Paul Blanc")]
    con = warehouse(meetings=[{"members_present": 5}], document_pages=[page(text)], attendance=rows)
    o = outcome(con, "attendance_count_mismatch")
    assert o.state == "unverifiable" and "continue après le dernier nom lu" in o.reason and not o.findings
    # ... the same list read whole and its count wrong is a mismatch
    rows += [person(n, "present", char_start=text.index(n), char_end=text.index(n) + len(n))
             for n in ("Lise Noir", "Marc Brun", "Eve Gris")]
    con = warehouse(meetings=[{"members_present": 5}], document_pages=[page(text)], attendance=rows)
    assert findings(con, "attendance_count_mismatch")


@pytest.mark.parametrize("tail, names", [
    (", Adjoints\n\nLise Noir, Marc Brun, Eve Gris, Conseillers Municipaux.", 3),
    ("\n\nMembres représentés : Etienne Gaïor pouvoir à Jean Roux", 0),
    (", Conseillers Municipaux.", 0),
    (". Le Maire ouvre la séance", 0),
])
def test_names_in_small_letters_in_a_lists_tail(tail, names):
    from pipeline.checks.premises import _TITLE_CASE_NAME_IN_LIST
    assert len(_TITLE_CASE_NAME_IN_LIST.findall(tail)) == names
