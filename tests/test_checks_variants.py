"""The seed's minutes (data/raw/numerian_2024-09-30.txt) as variants: a clean one, every fault of
the original removed, on which no check may fire and every check must run; then one variant per
planted fault, on which the check for it, and only it, fires. Each variant goes the whole way:
read, segment, extract, load, check."""

from __future__ import annotations

import functools

import pytest

from pipeline import load
from pipeline.checks import CHECKS, run_checks
from pipeline.process import process_file
from tests.conftest import sample_path

# Twelve of the members excused in the original, present in the clean variant (21 present of 40)
MADE_PRESENT = ["M. Jean-Luc CHAUMONT", "M. Fabiano CHIARUCCI", "Mme Sylvette DAVID", "M. Khalid ESSAYAR", "M. Jean-Marie FOUTRY",
                "M. Patrick FRANCOIS", "M. Patrick GAUTHIER", "M. Jean-Michel LAMBERT", "M. Jérôme LEBRAT", "M. Christian MASSOLA",
                "M. Jean-Yvon MAUDUIT", "M. Driss NAJI"]
DELIBIA = ("Le Président propose de fixer le tarif de l'offre Délibia à 1 200 € HT par an pour les communes adhérentes, "
           "révisable chaque année selon l'évolution des coûts de développement et d'hébergement de la solution.")
CALENDAR = ("imposés par l'employeur.\n\n### À l'unanimité des membres présents, le Conseil Syndical approuve :")


@functools.cache
def clean() -> str:
    """The seed with its six faults removed: quorum (21 present of 40), voters (21 + 2 proxies = 23),
    the retitled item, the placeholder, the self-dated deliberation, the congress 'se tenant'."""
    text = sample_path("numerian_2024-09-30.txt").read_text(encoding="utf-8")
    for name in MADE_PRESENT:
        text = text.replace(f" {name},", "", 1)
    text = text.replace("M. Gilbert MOULIN.\n\nAbsent(e)s", "M. Gilbert MOULIN, " + ", ".join(MADE_PRESENT) + ".\n\nAbsent(e)s", 1)
    text = text.replace("Nombre de membres présents : 9", "Nombre de membres présents : 21")
    text = text.replace("Nombre de suffrages exprimés : 17", "Nombre de suffrages exprimés : 23").replace("- Pour : 17", "- Pour : 23")
    text = text.replace("##### 1. Information sur l'adhésion", "##### 1. Avis de principe sur l'adhésion")
    text = text.replace("*(En cours de négociation, à venir avant le 24 septembre 2024)*", DELIBIA)
    text = text.replace("Cette délibération du 24 septembre 2024", "Cette délibération du 30 septembre 2024")
    return text.replace("se tenant du 27 au 29 septembre 2024", "qui s'est tenu du 27 au 29 septembre 2024")


def _moved_to_excused(text: str, n: int) -> str:
    for name in MADE_PRESENT[:n]:
        text = text.replace(f", {name}", "", 1).replace("Excusé(e)s : ", f"Excusé(e)s : {name}, ", 1)
    return (text.replace("membres présents : 21", f"membres présents : {21 - n}")
            .replace("suffrages exprimés : 23", f"suffrages exprimés : {23 - n}").replace("- Pour : 23", f"- Pour : {23 - n}"))


def _without_section(text: str, heading: str, next_heading: str) -> str:
    start = text.index(heading)
    return text[:start] + text[text.index(next_heading, start):]


# fault -> (the change, the check that must fire)
PLANTED = {
    "votes above present + proxies": (lambda t: t.replace("exprimés : 23", "exprimés : 30").replace("- Pour : 23", "- Pour : 30"),
                                      "vote_total_mismatch"),
    "a 'Pour' count changed": (lambda t: t.replace("- Pour : 23", "- Pour : 20"), "vote_total_mismatch"),
    "'Contre : 3' naming two members": (lambda t: t.replace(CALENDAR, "imposés par l'employeur.\n\nVote : Pour : 20 - Contre : 3 "
                                                            "(M. Claude BRUN et M. Gérard GRIFFE) - Abstention : 0\n\n"
                                                            "### Le Conseil Syndical approuve :"), "vote_total_mismatch"),
    "a proxy to an absent member": (lambda t: t.replace("TOURVIELHE donne pouvoir à M. Francis BARRY",
                                                        "TOURVIELHE donne pouvoir à Mme Solange BERGERON"), "proxy_invalid"),
    "a giver listed present": (lambda t: t.replace("M. Pierre MAISONNAT donne pouvoir", "M. Claude BRUN donne pouvoir"), "proxy_invalid"),
    "two proxies to one holder": (lambda t: t.replace("TOURVIELHE donne pouvoir à M. Francis BARRY",
                                                      "TOURVIELHE donne pouvoir à M. Jérôme BERNARD"), "proxy_invalid"),
    "present members moved to the excused": (lambda t: _moved_to_excused(t, 6), "quorum_not_met"),
    "an absent member dropped from the lists": (lambda t: t.replace(" M. Clément CHAPEL,", ""), "attendance_total_mismatch"),
    "a DM line changed (balance)": (lambda t: t.replace("comm\t110 000,00", "comm\t120 000,00"), "budget_unbalanced"),
    "a DM line changed (printed total)": (lambda t: t.replace("comm\t110 000,00", "comm\t120 000,00"), "budget_total_mismatch"),
    "a printed total changed": (lambda t: t.replace("\t0,00\t\t\n<b>Total Dépenses</b>\t<b>0,00</b>",
                                                    "\t1 000,00\t\t\n<b>Total Dépenses</b>\t<b>1 000,00</b>", 1), "budget_total_mismatch"),
    "an agenda item's section removed": (lambda t: _without_section(t, "#### 5. Calendrier 2025", "\n## **C. Pôle Métiers"),
                                         "agenda_body_mismatch"),
    "'XXX €' in a deliberation": (lambda t: t.replace("à 1 200 € HT par an", "à XXX € HT par an"), "placeholder_text"),
    "'Cette délibération du …' with another date": (lambda t: t.replace("Cette délibération du 30 septembre",
                                                                          "Cette délibération du 24 septembre"), "date_inconsistency"),
    "a count in brackets over the excused": (lambda t: t.replace("Excusé(e)s :", "Excusé(e)s (10) :"), "attendance_count_mismatch"),
    "a percentage that does not hold": (lambda t: t.replace("révisable chaque année", "soit 40 % d'une dépense HT de 16 722,50 euros "
                                                            "soit 6 889 euros, révisable chaque année"), "arithmetic_mismatch"),
}


def checked(text: str, tmp_path, name: str = "numerian_2024-09-30.txt") -> tuple[list[tuple], dict[str, str]]:
    """(findings as (check, item, message), status of each check) of the text ingested as `name`."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    con = load.connect(tmp_path / "w.duckdb")
    try:
        load.write_document(con, process_file(path))
        run_checks(con)
        rows = con.execute('select "check", item_number, message from findings').fetchall()
        status = dict(con.execute('select "check", status from check_runs').fetchall())
    finally:
        con.close()
    return rows, status


def test_the_clean_variant_raises_nothing_and_every_check_runs(tmp_path):
    rows, status = checked(clean(), tmp_path)
    assert rows == []
    assert status == {c.code: "ran" for c in CHECKS}


@pytest.mark.parametrize("fault", sorted(PLANTED))
def test_every_planted_fault_is_found_and_nothing_else(fault, tmp_path):
    change, code = PLANTED[fault]
    text = change(clean())
    assert text != clean(), f"the variant '{fault}' changed nothing"
    rows, _ = checked(text, tmp_path)
    assert any(r[0] == code for r in rows), (fault, rows)
    expected = {code} | ({"budget_unbalanced", "budget_total_mismatch"} if code.startswith("budget") else set())
    assert {r[0] for r in rows} <= expected, (fault, rows)


def test_a_file_named_for_another_date(tmp_path):
    rows, _ = checked(clean(), tmp_path, "numerian_2023-09-30.txt")
    assert [r[0] for r in rows] == ["date_inconsistency"] and "30 septembre 2023" in rows[0][2]
