"""The premises of the checks: when the extraction a check relies on is doubtful, the check stays
silent and says why (check_runs.status = 'unverifiable'). Each pattern is run on lines it must
match and lines it must not; each premise on a small session built from rows and page text."""

from __future__ import annotations

import pytest

from pipeline.checks import BY_CODE, load_meetings, run_checks
from pipeline.checks.premises import (
    budget_doubts,
    civilities,
    cut_after,
    fold_keep_length,
    giver_doubt,
    heading_in_body,
    headings,
    implausible_count,
    is_movement,
    layout,
    list_counts,
    proxies_unread,
    proxy_doubts,
    proxy_outside_lists,
    two_names_in_one,
)
from tests.warehouse_rows import page, warehouse


def session(text: str, people: list[tuple[str, str]] = (), proxies: list[tuple[str, str, str]] = (), **rows):
    """A session whose page holds `text`, with attendance rows for (name, status) found in it, in
    order, and proxies (giver, holder, source words)."""
    attendance, at = [], 0
    for name, status in people:
        at = text.index(name, at)
        attendance.append({"person": name, "person_normalised": name, "status": status, "page": 1,
                           "char_start": at, "char_end": at + len(name), "source_text": name})
        at += len(name)
    proxy_rows = []
    for giver, holder, source in proxies:
        start = text.index(source)
        proxy_rows.append({"giver": giver, "holder": holder, "page": 1, "char_start": start,
                           "char_end": start + len(source), "source_text": source})
    con = warehouse(document_pages=[page(text)], attendance=attendance, proxies=proxy_rows, **rows)
    [m] = load_meetings(con)
    return con, m


# ------------------------------------------------------------------------------ list headings
@pytest.mark.parametrize("line, kind, count_only", [
    ("Présents : M. Jean DUPONT, Mme Anne MARTIN", "present", False),
    ("Présent(e)s : M. Francis BARRY", "present", False),
    ("Etaient présent.e.s : Mesdames et Messieurs Fabienne JARRIAULT, Philippe GAFFET", "present", False),
    ("Étaient absent.e.s : néant", "absent", False),
    ("Etaient présents :\nM. RICHARD Bernard", "present", False),
    ("Conseillers Communautaires présents\nFOND Pierre MORANGE Pierre", "present", False),
    ("Absents excusés : Mme Patricia MARTINEZ", "excused", False),
    ("Membres titulaires absents, excusés : PLATTEAU Thierry", "excused", False),
    ("Absent\nHélène", "absent", False),
    ("Pouvoirs : Mme Brigitte DIERICX donne pouvoir à M. le Maire", "proxy", False),
    ("Absents ayant donné procuration à :\nM. Laurent BARGADA donne procuration à M. Jean PAUL", "proxy", False),
    ("Représentés : Mme Agnès PRUVOST : pouvoir à Mme ITIER", "proxy", False),
    ("Assistaient également à la réunion : Madame Noharet", "invited", False),
    ("Secrétaire de séance : Mme Valérie SALLE", "other", False),
    ("Nombre de membres en exercice : 40", "other", False),
    ("Conseillers en exercice : 33 - Présents : 29 - Votants : 33", "other", False),
])
def test_list_headings(line, kind, count_only):
    [first, *_] = headings(line, 0, len(line))
    assert (first.kind, first.count_only) == (kind, count_only)


# A list flattened on one line: the next heading follows the last name without punctuation (learn3 amfreville
# "… Mme Joëlle GROULT Pouvoirs : M. …"; learn2 trets); the label is capitalised and right before its colon
@pytest.mark.parametrize("line, kinds", [
    ("Etaient présents : M. Luc VON LENNEP - M. Hugues LANGLOIS - Mme Valérie CARLE - Mme Joëlle GROULT Pouvoirs : "
     "M. Didier FENESTRE donne pouvoir à M. CORDIER.", ["present", "proxy"]),
    ("Présents : M. Paul DURAND - M. Jean MARTIN - Mme Anne PETIT - M. Yves ROUX Absents excusés : M. Marc BLANC",
     ["present", "excused"]),
    # lower case, or no colon right after it: a word of the list, not a heading
    ("Présents : Paul DURAND - Jean MARTIN - Anne PETIT - Yves ROUX pouvoirs : Marc BLANC", ["present"]),
    ("Présents : M. Paul DURAND - M. Jean MARTIN - Mme Anne PETIT - M. Yves ROUX Pouvoirs de M. Marc BLANC",
     ["present"]),
])
def test_headings_of_a_list_flattened_on_one_line(line, kinds):
    assert [h.kind for h in headings(line, 0, len(line))] == kinds


@pytest.mark.parametrize("line", [
    "Les conseillers présents à la réunion ont approuvé le règlement.",
    "Monsieur DUPONT, absent lors du vote précédent, rejoint la salle.",
    "Le maire remercie les membres présents et les agents excusés de leur travail au service de la commune.",
])
def test_sentences_are_not_list_headings(line):
    assert headings(line, 0, len(line)) == []


def test_a_count_after_a_heading_is_no_list():
    line = "Conseillers en exercice : 33 - Présents : 29 - Votants : 33"
    present = [h for h in headings(line, 0, len(line)) if h.kind == "present"]
    assert present and present[0].count_only


@pytest.mark.parametrize("text, names", [
    ("M. Jean DUPONT, Mme Anne MARTIN, MM. PAUL et ROUX", 4),
    ("M. François FAURE (suppléant de M. Philippe BÉCHERAS), M. Gérard GRIFFE", 2),
    ("Mmes et MM. Claire HUGUES, Paul-Eric FILY", 4),
    ("FOND Pierre MORANGE Pierre LECLERC Grégory", 0),
])
def test_civilities_count_the_fewest_names_a_list_prints(text, names):
    assert civilities(text) == names


def test_folding_keeps_offsets():
    text = "Étaient présents : Mᵐᵉ ﬁlle"
    assert len(fold_keep_length(text)) == len(text) and fold_keep_length("Étaient") == "etaient"


# ------------------------------------------------------------------------------ attendance doubts
CLEAN = ("Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul ROUX.\nExcusés : Mme Lise VERT.\n"
         "Secrétaire de séance : Mme Anne MARTIN\nLe quorum étant atteint, la séance est ouverte.\n")
CLEAN_PEOPLE = [("Jean DUPONT", "present"), ("Anne MARTIN", "present"), ("Paul ROUX", "present"), ("Lise VERT", "excused")]


def test_a_list_read_as_printed_is_trusted():
    _, m = session(CLEAN, CLEAN_PEOPLE)
    assert layout(m).doubts() == [] and layout(m).substitutes_unplaced() is None


def test_a_list_printing_more_civilities_than_names_read():
    _, m = session(CLEAN, CLEAN_PEOPLE[1:])
    [doubt] = layout(m).doubts()
    assert "imprime 3 civilités" in doubt and "pour 2 nom(s)" in doubt


def test_a_name_read_under_the_heading_of_another_status():
    # Bonnevalais 2014: "Absents : Mme Marie-Christine NORMAND –BONNEVAL- (donne pouvoir à Mr BILLARD)" read as present
    _, m = session(CLEAN, CLEAN_PEOPLE[:3] + [("Lise VERT", "present")])
    assert any("« Lise VERT » est lu(e) présent(e) sous l'intitulé « Excusés »" in d for d in layout(m).doubts())


def test_a_list_cut_with_the_text():
    text = "Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul ROUX"
    _, m = session(text, CLEAN_PEOPLE[:3])
    assert layout(m).doubts() == ["la liste s'arrête avec le texte du document (extrait coupé)"]


@pytest.mark.parametrize("after, cut", [
    ("", True),
    (".", True),
    (", M.", True),          # an excerpt cut on the next name's civility
    (", Mme Jea", True),
    (" et M", True),
    (" - DUP", True),
    (".\nLe conseil, après en avoir délibéré", False),
    (", Maire.\n\nAbsents : Paul VERT", False),
    (".\n\n1. Budget primitif", False),
])
def test_a_list_cut_amid_a_name_with_the_text(after, cut):
    text = "Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul ROUX"
    assert cut_after(text + after, len(text)) is cut
    _, m = session(text + after, CLEAN_PEOPLE[:3])
    assert ("la liste s'arrête avec le texte du document (extrait coupé)" in layout(m).doubts()) is cut


def test_a_list_that_goes_on_after_the_last_name_read():
    # an excerpt of a communauté's register: names surname first, in paragraphs, the first one only read
    text = ("Conseillers Communautaires présents\n\nFOND Pierre MORANGE Pierre LECLERC Grégory\n\n"
            "RUSTERHOLTZ Fleur HAUDRECHY Christophe BILLET Aline\n\nLe conseil, après en avoir délibéré, approuve.\n")
    _, m = session(text, [("FOND Pierre", "present"), ("MORANGE Pierre", "present"), ("LECLERC Grégory", "present")])
    [doubt] = layout(m).doubts()
    assert "continue après le dernier nom lu (3 noms de plus)" in doubt


@pytest.mark.parametrize("after, doubtful", [
    # Orschwiller 2015 (extra7): "… - Mmes BIEBER Yolande - LAMOOT Julie -STAHL Arlette": the last name, after a dash
    # without its blank, not read; one name after the list's separator is the list going on
    (" -STAHL Arlette\n\nAbsent(s) excuse(s) : /\n", True),
    (", Mme Anne VERT.\nExcusés : néant\n", True),
    (" et Paul ROUX.\nExcusés : néant\n", True),
    (" - Maire\n\nAbsent(s) excuse(s) : /\n", False),  # a function, not a name
    (".\nSTAHL Arlette a été désignée secrétaire.\n", False),  # no separator: a sentence
])
def test_one_more_name_after_the_list_s_separator(after, doubtful):
    text = "Membres présents : Mrs. AUBRY Richard - KOPP Jean-Luc - Mmes BIEBER Yolande - LAMOOT Julie" + after
    people = [(n, "present") for n in ("AUBRY Richard", "KOPP Jean-Luc", "BIEBER Yolande", "LAMOOT Julie")]
    _, m = session(text, people)
    doubts = layout(m).doubts(("present",))
    assert any("continue après le dernier nom lu (1 noms de plus)" in d for d in doubts) is doubtful


@pytest.mark.parametrize("name, joined", [
    ("SANTOT M. COIFFARD", True),  # Mûrs-Érigné 2014 (extra7): "M. SANTOT M. COIFFARD : pouvoir à …", a comma missing
    ("Jean DUPONT Mme Anne VERT", True),
    ("M. Jean DUPONT", False),
    ("Marie-Madeleine ROUX", False),
    ("Anne MADAME", False),
    ("LE SOLLIEC", False),
])
def test_two_names_read_as_one(name, joined):
    assert two_names_in_one(name) is joined


def test_two_names_read_as_one_leave_the_lists_and_the_proxy_unjudged():
    # Mûrs-Érigné 2014: "M. BEAUFORT : pouvoir à M. SANTOT M. COIFFARD : pouvoir à Mme SAUVAGEOT" read as a proxy of
    # "SANTOT M. COIFFARD" (a name the lists also hold, present and excused): neither the total nor the proxy is judged
    text = ("Conseillers en exercice : 5\nEtaient présents : M. SANTOT, Mme SAUVAGEOT.\nEtaient représentés : "
            "M. BEAUFORT : pouvoir à M. SANTOT M. COIFFARD : pouvoir à Mme SAUVAGEOT.\nEtaient absents, excusés : "
            "Mme VERDIER.\nLe conseil délibère.\n")
    people = [("SANTOT", "present"), ("SAUVAGEOT", "present"), ("BEAUFORT", "excused"), ("COIFFARD", "excused"),
              ("VERDIER", "excused")]
    proxies = [("BEAUFORT", "SANTOT", "M. BEAUFORT : pouvoir à M. SANTOT"),
               ("SANTOT M. COIFFARD", "SAUVAGEOT", "M. COIFFARD : pouvoir à Mme SAUVAGEOT")]
    _, m = session(text, people, proxies, meetings=[{"members_in_office": 5}])
    out = BY_CODE["proxy_invalid"].function(m)
    assert out.status == "unverifiable" and not out.findings and "deux noms lus d'un seul tenant" in out.reason
    assert giver_doubt(m.proxies[1]) and not giver_doubt(m.proxies[0])
    # the giver read whole: the proxies are judged, and none is irregular
    _, m = session(text, people, [proxies[0], ("COIFFARD", "SAUVAGEOT", proxies[1][2])], meetings=[{"members_in_office": 5}])
    out = BY_CODE["proxy_invalid"].function(m)
    assert out.status == "ran" and not out.findings and not out.reason


def test_a_name_read_outside_any_list():
    # Pornic 2021: "Présents : 29 - Votants : 33 - Majorité absolue : 11 I - ADMINISTRATION GENERALE" read as names
    text = CLEAN + "Conseillers en exercice : 33 - Présents : 29 - Majorité absolue : 11 I - ADMINISTRATION GENERALE\nLe conseil délibère.\n"
    _, m = session(text, CLEAN_PEOPLE + [("ADMINISTRATION GENERALE", "present")])
    assert layout(m).doubts() == ["« ADMINISTRATION GENERALE » est lu(e) hors de toute liste de présence"]


def test_names_read_after_the_prose_that_closes_a_heading_of_no_list():
    # a syndicate's counts in prose, then a list of "COMMUNE : Prénom NOM" the extraction read in part, communes as
    # names (learn3 energies_vienne: a quorum counted on 12 of them)
    text = ("Membres en exercice : 265 Quorum : 133 délégués A l'ouverture de la séance, 182 délégués étaient présents ; "
            "2 avaient donné pouvoir écrit. ANGLIERS : Isabelle BARREAU BOURNAND : Francis FAGES\nLe comité délibère.\n")
    _, m = session(text, [("Isabelle BARREAU BOURNAND", "present"), ("Francis FAGES", "present")])
    assert layout(m).doubts() == ["« Isabelle BARREAU BOURNAND » est lu(e) hors de toute liste de présence"]
    # the same names after prose inside a list of absentees ("qui avait donné pouvoir à …") stay in that list
    text = ("Étaient présents : M. Jean DUPONT, Mme Anne MARTIN.\nAbsents : Madame Frédérique POSTEL qui avait donné "
            "pouvoir à Monsieur Jean DUPONT, Monsieur Joël BOURGEOIS, non excusé.\nLe conseil délibère.\n")
    _, m = session(text, [("Jean DUPONT", "present"), ("Anne MARTIN", "present"), ("Frédérique POSTEL", "absent"),
                          ("Joël BOURGEOIS", "absent")])
    assert not [d for d in layout(m).doubts() if "hors de toute liste" in d]


def test_substitutes_who_replace_no_one_named():
    text = ("Etaient présents : Membres titulaires : DELEBARRE Jean, BEADES Miguel. Membres suppléants avec voix "
            "délibératives : LUCOT Lise.\nMembres titulaires absents, excusés : PLATTEAU Thierry.\n"
            "Le quorum étant atteint, la séance est ouverte.\n")
    people = [("DELEBARRE Jean", "present"), ("BEADES Miguel", "present"), ("LUCOT Lise", "present"),
              ("PLATTEAU Thierry", "excused")]
    _, m = session(text, people)
    assert layout(m).doubts() == [] and "suppléants" in layout(m).substitutes_unplaced()


# ------------------------------------------------------------------------------ proxies
@pytest.mark.parametrize("giver, source, doubtful", [
    ("David", "David &\nAdeline (procuration à Mario)", True),  # Couthenans 2021: Adeline gave it
    ("Pierre MAISONNAT", "M. Pierre MAISONNAT donne pouvoir à M. Jérôme BERNARD.", False),
    ("Marie-Annick BURBAN", "Mme Marie-Annick BURBAN à M. Patrice LE PENHUIZIC", False),
    ("Amblard", "Monsieur Amblard a donné pouvoir à Monsieur Martin", False),
    ("Patrice KERVAON", "Patrice KERVAON (procuration à Paul LE BIHAN)", False),
    ("Jean", "M. Paul JEAN, M. Marc DURAND (pouvoir à M. Luc BLANC)", True),
])
def test_a_giver_half_read(giver, source, doubtful):
    assert (giver_doubt({"giver": giver, "source_text": source}) is not None) is doubtful


def test_proxies_printed_and_not_read():
    # Pierrefonds 2018: "Pouvoir :" above a line the extraction missed
    text = ("Présents : Madame Michèle BOURBIER, Monsieur Bernard ROBERT.\nPouvoir :\n Madame Dolorès HUDO à "
            "Monsieur Jean-Marc GOSSOT\nAbsent :\n Monsieur Antonio MENDES\nSecrétaire : Monsieur Bernard ROBERT\n")
    people = [("Michèle BOURBIER", "present"), ("Bernard ROBERT", "present"), ("Antonio MENDES", "absent")]
    _, m = session(text, people)
    assert "aucun n'a été lu" in proxies_unread(m)
    none = text.replace(" Madame Dolorès HUDO à Monsieur Jean-Marc GOSSOT", "Néant")
    _, m = session(none, people)
    assert proxies_unread(m) is None


def test_a_list_of_proxies_read_in_part():
    text = ("Présents : M. Jean DUPONT, Mme Anne MARTIN.\nProcurations :\nMme Lise VERT à M. Jean DUPONT\n"
            "M. Paul ROUX à Mme Anne MARTIN\nSecrétaire de séance : M. Jean DUPONT\n")
    _, m = session(text, [("Jean DUPONT", "present"), ("Anne MARTIN", "present")],
                   [("Lise VERT", "Jean DUPONT", "Mme Lise VERT à M. Jean DUPONT")])
    assert proxy_doubts(m) == ["la liste « Procurations » imprime 2 pouvoirs pour 1 lu(s)"]


# ------------------------------------------------------------------------------ members arriving or leaving
@pytest.mark.parametrize("line", [
    "Madame le maire quitte la séance.",
    "M. DUPONT a quitté la salle avant le vote.",
    "Monsieur ROBERT sort de la salle.",
    "Le Président se retire et ne prend pas part au vote.",
    "Madame le maire réintègre la séance et remercie ceux qui lui ont accordé leur confiance.",
    "M. Paul ROUX rejoint la séance.",
    "Mme Anne MARTIN arrive en séance à 20h15.",
    "Départ de Monsieur Eric ROBERT (procuration à Bernadette CORVISIER)",
    "Arrivée de Mme LEBLANC au point 4.",
    "Annie LEPAGE (Absente à l'ouverture de la séance, arrivée à 20 heures 50)",
    "Monsieur ROBERT va s'absenter de la présente séance.",
])
def test_a_member_arriving_or_leaving(line):
    assert is_movement(line)


@pytest.mark.parametrize("line", [
    "Les élèves quittant l'école et allant en 6ème recevront un dictionnaire.",
    "Le contrat arrive à échéance au 31 décembre 2025.",
    "La commune demande à se retirer d'une communauté de communes.",
    "Le départ de Castillon du Gard ne remet pas en cause l'existence légale de la communauté.",
    "Les arrivées d'eau seront refaites.",
])
def test_not_a_member_arriving_or_leaving(line):
    assert not is_movement(line)


def test_a_vote_after_a_member_left_is_not_compared_with_the_opening():
    # Pierrefonds 2018: the mayor leaves for the vote on the accounts; 17 present at the opening
    text = ("Présents : " + ", ".join(f"M. Élu{i} NOM" for i in range(16)) + ".\nPouvoirs : néant\n"
            "1. Compte administratif\nMadame le maire quitte la séance.\nVote : Pour : 15 ; Abstentions : 3\n")
    people = [(f"Élu{i} NOM", "present") for i in range(16)]
    vote = text.index("Vote")
    decision = {"item_number": "1", "outcome": "adopted", "votes_for": 15, "abstentions": 3, "char_start": vote}
    item = {"number": "1", "title": "Compte administratif", "position": 1, "source": "agenda",
            "section_found": True, "section_char_start": text.index("1. Compte"), "section_char_end": len(text)}
    con, m = session(text, people, decisions=[decision], agenda_items=[item])
    outcome = BY_CODE["vote_total_mismatch"].function(m)
    assert outcome.state == "unverifiable" and "quitte la séance" in outcome.reason
    con, m = session(text.replace("Madame le maire quitte la séance.\n", ""), people, decisions=[
        {**decision, "char_start": vote - len("Madame le maire quitte la séance.\n")}], agenda_items=[item])
    [f] = BY_CODE["vote_total_mismatch"].function(m).findings
    assert "compte plus de voix" in f.message


# ------------------------------------------------------------------------------ agenda and budget
def test_a_heading_of_the_body_like_the_items():
    text = "ORDRE DU JOUR\n1. Budget - Commune\n2. Tarifs\n\n1. Budget – Commune\nApprobation du compte de gestion\n"
    _, m = session(text)
    item = {"number": "1", "title": "Budget - Commune Approbation du compte de gestion 2017 Affectation des résultats"}
    assert heading_in_body(m, item, text.index("2. Tarifs") + 9) == (text.index("1. Budget –"), "1. Budget – Commune")
    assert heading_in_body(m, {"number": "3", "title": "Cimetière communal"}, text.index("2. Tarifs") + 9) is None


def test_most_items_unmatched_means_the_body_was_not_segmented():
    items = [{"number": str(i), "title": f"Délibération {i}", "position": i, "source": "agenda",
              "section_found": i == 1, "section_char_start": 0 if i == 1 else None, "section_char_end": 10 if i == 1 else None}
             for i in range(1, 6)]
    con = warehouse(agenda_items=items)
    run_checks(con)
    status, reason = con.execute("select status, reason from check_runs where \"check\" = 'agenda_body_mismatch'").fetchone()
    assert status == "unverifiable" and "4 des 5 points annoncés" in reason
    assert con.execute("select count(*) from findings").fetchone() == (0,)


# What follows a table in minutes not cut: the vote on it
AFTER_TABLE = "\nLe conseil municipal, après en avoir délibéré, approuve la décision modificative.\n"


def test_a_table_cut_with_the_text():
    # an excerpt cut amid a decision modificative: the lines after the cut are not read, its balance is unknown
    table = ("Décision modificative n°2\nDépenses de fonctionnement\n6232 Fêtes et cérémonies + 3 000 €\n"
             "Recettes de fonctionnement\n7381 Taxe additionnelle + 1 000 €\n")
    lines = [{"side": side, "char_start": table.index(x), "char_end": table.index(x) + len(x)}
             for side, x in (("dépense", "6232 Fêtes et cérémonies + 3 000 €"), ("recette", "7381 Taxe additionnelle + 1 000 €"))]
    _, m = session(table)
    assert "extrait coupé" in budget_doubts(m, lines)
    _, m = session(table + AFTER_TABLE)
    assert budget_doubts(m, lines) is None


def test_a_budget_line_read_on_the_other_side_than_its_heading():
    # Pierrefonds 2022: "Dépenses d'investissement / Chapitre 041 … + 900 €" read as a receipt
    text = ("Décision modificative n°1 :\nSection d'investissement\nDépenses d'investissement\n"
            "Chapitre 041 - Opérations patrimoniales + 900 €\nArticle 2188 - Autres immobilisations corporelles\n"
            "Recettes d'investissement\nChapitre 041 - Opérations patrimoniales + 900 €\nArticle 2031 - Frais d'études\n"
            + AFTER_TABLE)
    first, second = text.index("Chapitre 041"), text.rindex("Chapitre 041")
    rows = [{"side": "recette", "char_start": first, "source_text": "Chapitre 041 - Opérations patrimoniales + 900 €"},
            {"side": "recette", "char_start": second, "source_text": "Chapitre 041 - Opérations patrimoniales + 900 €"}]
    _, m = session(text)
    assert "est lue en recette mais figure sous l'intitulé « Dépenses" in budget_doubts(m, rows)
    assert budget_doubts(m, [{**rows[0], "side": "dépense"}, rows[1]]) is None
    # a table whose header names both sides says nothing of its lines
    table = "Chapitre Article Libellé Dépenses Recettes\n67 678 Autres charges + 200 000 €\n" + AFTER_TABLE
    _, m = session(table)
    assert budget_doubts(m, [{"side": "recette", "char_start": table.index("67 678")}]) is None


# ------------------------------------------------------------------------------ counts printed with a list
@pytest.mark.parametrize("text, count, listed", [
    ("Excusés : (2) M. Jean DUPONT, Mme Anne MARTIN, M. Paul ROUX.\nSecrétaire : M. Luc BLANC\n", 2, 3),
    ("Excusés (3) : M. Jean DUPONT, Mme Anne MARTIN, M. Paul ROUX.\nSecrétaire : M. Luc BLANC\n", 3, 3),
    ("Excusés :\nM. Jean DUPONT, Mme Anne MARTIN, M. Paul ROUX (3)\nSecrétaire : M. Luc BLANC\n", 3, 3),
    # square brackets, spaces inside (pipeline.french.counts.BRACKETED_COUNT, the extractor's printed counts read them too)
    ("Excusés [3] : M. Jean DUPONT, Mme Anne MARTIN, M. Paul ROUX.\nSecrétaire : M. Luc BLANC\n", 3, 3),
    ("Excusés : ( 2 ) M. Jean DUPONT, Mme Anne MARTIN, M. Paul ROUX.\nSecrétaire : M. Luc BLANC\n", 2, 3),
])
def test_counts_printed_with_a_list(text, count, listed):
    people = [(n, "excused") for n in ("Jean DUPONT", "Anne MARTIN", "Paul ROUX")]
    _, m = session(text, people)
    [c] = list_counts(m)
    assert (c.count, c.listed) == (count, listed)


def test_a_count_over_a_list_read_in_part_is_not_compared():
    text = "Excusés : (2) M. Jean DUPONT, Mme Anne MARTIN, M. Paul ROUX.\nSecrétaire : M. Luc BLANC\n"
    _, m = session(text, [("Jean DUPONT", "excused"), ("Anne MARTIN", "excused")])
    assert list_counts(m) == []


def test_an_amount_amid_the_lines_that_no_line_was_read_from():
    table = ("Chapitre Article Libellé Dépenses Recettes\n67 678 Autres charges exceptionnelles + 200 000 €\n"
             "65 6541 Créances admises en non-valeur + 1 500 €\n023 023 Virement à la section d'investissement - 200 000 €\n"
             + AFTER_TABLE)
    lines = [{"side": "dépense", "char_start": table.index(x), "char_end": table.index(x) + len(x)}
             for x in ("67 678 Autres charges exceptionnelles + 200 000 €", "023 023 Virement à la section d'investissement - 200 000 €")]
    _, m = session(table)
    assert "« + 1 500 € »" in budget_doubts(m, lines) and "n'a été lu ni comme ligne ni comme total" in budget_doubts(m, lines)
    middle = "65 6541 Créances admises en non-valeur + 1 500 €"
    read = lines + [{"side": "dépense", "char_start": table.index(middle), "char_end": table.index(middle) + len(middle)}]
    assert budget_doubts(m, read) is None


# ------------------------------------------------------------------------------ names, counts and proxies read in doubt
def test_a_name_read_whole_and_in_pieces_makes_the_lists_doubtful():
    # a compound surname cut by a line break, read once whole and again as two names
    text = ("Présents : Jean DUPONT - Anne MARTIN\nExcusés : Paul ROUX-LEGRAND\nProcurations : Paul ROUX -\n"
            "LEGRAND donne procuration à Jean DUPONT\nOrdre du jour\n")
    people = [("Jean DUPONT", "present"), ("Anne MARTIN", "present"), ("Paul ROUX-LEGRAND", "excused")]
    _, m = session(text, people)
    assert layout(m).doubts() == []
    second = text.rindex("LEGRAND")
    pieces = people + [("Paul ROUX", "excused")]
    _, m = session(text.replace("Procurations : Paul ROUX -", "Procurations : Paul ROUX -", 1), pieces)
    m.attendance.append({"person": "LEGRAND", "person_normalised": "LEGRAND", "status": "excused", "page": 1,
                         "char_start": second, "char_end": second + 7, "source_text": "LEGRAND"})
    m.__dict__.pop("_attendance_layout", None)
    assert any("un même nom lu deux fois" in d for d in layout(m).doubts())


def test_a_count_read_on_the_figure_of_another_count_is_a_misreading():
    # a column of counts beside the lists, flattened: "PRESENTS……. 10 Pouvoirs : de …" read as 10 present and 10
    # represented (learn2 le_verger); the figure is the count's whose label comes first
    text = "Etaient présents : Jean DUPONT, Anne MARTIN. PRESENTS……. 10 Pouvoirs : de Paul ROUX à Jean DUPONT\n"
    at = text.index("PRESENTS")
    facts = [{"field": "members_present", "value": "10", "page": 1, "char_start": at, "char_end": at + 17,
              "source_text": text[at:at + 17]},
             {"field": "members_represented", "value": "10", "page": 1, "char_start": at + 15, "char_end": at + 26,
              "source_text": text[at + 15:at + 26]}]
    _, m = session(text, [("Jean DUPONT", "present"), ("Anne MARTIN", "present")],
                   meetings=[{"members_present": 10, "members_represented": 10}], meeting_facts=facts)
    assert "lu sur le chiffre même" in implausible_count(m, 10, "représentés", "members_represented")
    assert implausible_count(m, 10, "présents", "members_present") is None


def test_a_declared_count_above_the_members_in_office_is_a_misreading():
    # "2 Procurations" read "202 Procurations" from a scan
    text = ("Présents : Jean DUPONT - Anne MARTIN\nProcurations : Paul ROUX donne procuration à Jean DUPONT\n"
            "Ordre du jour\n1. Budget\n")
    proxy = ("Paul ROUX", "Jean DUPONT", "Paul ROUX donne procuration à Jean DUPONT")
    people = [("Jean DUPONT", "present"), ("Anne MARTIN", "present")]
    con, m = session(text, people, [proxy], meetings=[{"members_in_office": 11, "members_represented": 202}])
    assert implausible_count(m, 202, "représentés").startswith("représentés déclarés : 202")
    got = BY_CODE["attendance_count_mismatch"].function(m)
    assert got.state == "unverifiable" and "mal lu" in got.reason and not got.findings
    con, m = session(text, people, [proxy], meetings=[{"members_in_office": 11, "members_represented": 3}])
    [f] = BY_CODE["attendance_count_mismatch"].function(m).findings
    assert "3 membres représentés déclarés" in f.message


def test_a_proxy_read_far_from_the_opening_lists_is_not_judged():
    lists = "Présents : Jean DUPONT - Anne MARTIN\nProcurations : néant\n"
    annexe = "Compte rendu de l'assemblée générale de l'association : Mme Lise VERT représentée par Madame Zoé BLEU\n"
    text = lists + "x " * 1000 + "\n" + annexe
    people = [("Jean DUPONT", "present"), ("Anne MARTIN", "present")]
    proxy = ("Lise VERT", "Zoé BLEU", "Lise VERT représentée par Madame Zoé BLEU")
    _, m = session(text, people, [proxy])
    assert "loin des listes" in proxy_outside_lists(m, m.proxies[0])
    assert BY_CODE["proxy_invalid"].function(m).state == "unverifiable"
    # the same proxy printed with the lists is judged: its holder is not among those present
    near = ("Présents : Jean DUPONT - Anne MARTIN\nProcurations : Lise VERT représentée par Madame Zoé BLEU\n"
            "Ordre du jour\n1. Budget\n")
    _, m = session(near, people, [proxy])
    assert proxy_outside_lists(m, m.proxies[0]) is None
    [f] = BY_CODE["proxy_invalid"].function(m).findings
    assert "Zoé BLEU" in f.message


def test_an_empty_proxy_heading_above_a_present_member_is_no_unread_proxy():
    # "Procuration :" left empty, the next line naming the secretary, a member read present
    text = ("Présents : Jean DUPONT - Anne MARTIN - Paul ROUX\nAbsent : Luc BLANC\nProcuration :\n"
            "Anne MARTIN a été nommée secrétaire de séance\nOrdre du jour\n")
    people = [("Jean DUPONT", "present"), ("Anne MARTIN", "present"), ("Paul ROUX", "present"), ("Luc BLANC", "absent")]
    _, m = session(text, people)
    assert proxies_unread(m) is None
    unread = text.replace("Anne MARTIN a été", "Luc BLANC à Jean DUPONT\nAnne MARTIN a été")
    _, m = session(unread, people)
    assert "aucun n'a été lu" in proxies_unread(m)


def test_a_voted_body_item_whose_line_the_agenda_prints_is_not_reported():
    # the agenda list read up to item 1 only: item 2's line was missed, not its announcement
    text = ("Ordre du jour :\n1 Tarifs de la cantine scolaire\n2 Subvention au club de football local\n\n"
            "1 - Tarifs de la cantine scolaire\nAdopté à l'unanimité\n2 - Subvention au club de football local\n"
            "Adopté à l'unanimité\n")
    s1, s2 = text.index("1 - Tarifs"), text.index("2 - Subvention")
    items = [{"number": "1", "title": "Tarifs de la cantine scolaire", "source": "agenda", "position": 0,
              "char_start": text.index("1 Tarifs"), "char_end": text.index("2 Subvention"), "section_found": True,
              "section_char_start": s1, "section_char_end": s2},
             {"number": "2", "title": "Subvention au club de football local", "source": "body", "position": 1,
              "section_found": True, "section_char_start": s2, "section_char_end": len(text)}]
    decisions = [{"item_number": n, "outcome": "adopted", "unanimous": True} for n in ("1", "2")]
    _, m = session(text, agenda_items=items, decisions=decisions)
    got = BY_CODE["agenda_body_mismatch"].function(m)
    assert got.state == "unverifiable" and "l'ordre du jour porte « 2 Subvention" in got.reason
    unannounced = text.replace("2 Subvention au club de football local\n\n", "\n")
    s1, s2 = unannounced.index("1 - Tarifs"), unannounced.index("2 - Subvention")
    items[0].update(char_end=s1 - 1, section_char_start=s1, section_char_end=s2)
    items[1].update(section_char_start=s2, section_char_end=len(unannounced))
    _, m = session(unannounced, agenda_items=items, decisions=decisions)
    [f] = BY_CODE["agenda_body_mismatch"].function(m).findings
    assert f.item_number == "2" and "sans avoir été annoncé" in f.message


def test_a_body_heading_starting_with_the_title_s_first_words():
    # a scan misread the heading's first word and cut its end: "ONF" read "ONE", "forestier" lost
    text = "Ordre du jour\n\nONE Distraction et application du régime fc\nde parcelles\n"
    _, m = session(text)
    item = {"number": "15", "title": "ONF Distraction et application du régime forestier dans le cadre d'un échange"}
    assert heading_in_body(m, item, text.index("\n\n"))[1] == "ONE Distraction et application du régime fc"
    assert heading_in_body(m, {"number": "16", "title": "Distraction des parcelles communales"}, text.index("\n\n")) is None


# ------------------------------------------------------------------------------ round three: what the extraction itself made up
REPRESENTED = ("Nombre de conseillers en exercice : 15 Nombre de conseillers présents ou représentés : 11 "
               "Etaient présents : Anne ALLIBERT, Paul LAFOSSE, Laurent VIGNE Etaient représentés : Philippe DEBOUCHAUD a "
               "donné procuration à Christian FEROUSSIER – Blandine VIAZAC a donné procuration à Anne ALLIBERT "
               "Secrétaire de séance : Anne ALLIBERT\nLe conseil municipal, après en avoir délibéré, approuve.\n")
REPRESENTED_PROXIES = [("Philippe DEBOUCHAUD", "Christian FEROUSSIER", "Philippe DEBOUCHAUD a donné procuration à Christian FEROUSSIER"),
                       ("Blandine VIAZAC", "Anne ALLIBERT", "Blandine VIAZAC a donné procuration à Anne ALLIBERT")]


def _facts(text: str, field: str, source: str, value: int) -> dict:
    at = text.index(source)
    return {"field": field, "value": str(value), "page": 1, "char_start": at, "char_end": at + len(source), "source_text": source}


def test_a_giver_read_present_from_its_own_proxy_line_is_no_present_member():
    # Saint-Fortunat 2019: the list of the present ran into "Etaient représentés : X a donné procuration à Y"
    people = [("Anne ALLIBERT", "present"), ("Paul LAFOSSE", "present"), ("Philippe DEBOUCHAUD", "present"),
              ("Blandine VIAZAC", "present")]
    con, m = session(REPRESENTED, people, REPRESENTED_PROXIES)
    assert any("« Philippe DEBOUCHAUD » est lu(e) présent(e) sous l'intitulé « représentés »" in d
               for d in layout(m).doubts(("present", "absent", "excused", "invited")))
    assert BY_CODE["proxy_invalid"].function(m).findings == ()


def test_a_giver_listed_present_with_the_proxy_in_brackets_is_a_fault():
    # Couthenans 2021: "Présents : … David & Adeline (procuration à Mario) …": she is listed present and gives a proxy
    text = ("Présents : Mario ROSSI, Paul DURAND, Adeline MARTIN (procuration à Mario ROSSI), Jean PETIT.\n"
            "Absents : Luc BLANC.\nLe conseil municipal, après en avoir délibéré, approuve.\n")
    people = [("Mario ROSSI", "present"), ("Paul DURAND", "present"), ("Adeline MARTIN", "present"), ("Jean PETIT", "present"),
              ("Luc BLANC", "absent")]
    _, m = session(text, people, [("Adeline MARTIN", "Mario ROSSI", "Adeline MARTIN (procuration à Mario ROSSI)")])
    [f] = BY_CODE["proxy_invalid"].function(m).findings
    assert "Adeline MARTIN donne procuration à Mario ROSSI mais est listé(e) présent(e)" in f.message


def test_present_or_represented_is_compared_as_a_sum():
    # "présents ou représentés : 11" is neither the present nor the represented: 8 listed + 1 presiding + 2 proxies
    names = ["Anne ALLIBERT", "Patricia DONY", "Marga EIJKHOUT", "Paul LAFOSSE", "Cendrine MARTIN", "Florent PALIX",
             "Romain VIALLE", "Laurent VIGNE"]
    text = ("Nombre de conseillers présents ou représentés : 11 sous la présidence de Christian FEROUSSIER. Etaient présents : "
            + ", ".join(names) + ".\nProcurations : Philippe DEBOUCHAUD a donné procuration à Christian FEROUSSIER, Blandine "
            "VIAZAC a donné procuration à Anne ALLIBERT.\nLe conseil municipal, après en avoir délibéré, approuve.\n")
    proxies = [(g, h, f"{g} a donné procuration à {h}") for g, h, _ in REPRESENTED_PROXIES]
    for declared, fires in ((11, False), (10, False), (13, True)):
        con, m = session(text, [(n, "present") for n in names], proxies,
                         meetings=[{"members_represented": declared, "president": "Christian FEROUSSIER"}],
                         meeting_facts=[_facts(text, "members_represented", "représentés : 11", declared)])
        found = BY_CODE["attendance_count_mismatch"].function(m).findings
        assert bool(found) is fires, (declared, found)
        assert not fires or "présents ou représentés" in found[0].message


def test_the_one_presiding_and_unlisted_counts_present_in_the_total():
    # Chevincourt 2018: "sous la présidence de Madame GENERMONT Annie, Maire", 10 present listed, 1 represented (by her),
    # 1 excused, 13 in office
    names = [f"Élu{i} NOM{i}" for i in range(10)]
    text = ("Présents : " + ", ".join(names) + ",\nAbsents représentés : Jean-Pierre RIBEAUX représenté par Annie GENERMONT\n"
            "Absent non représenté : Claudine MAQUIN (excusée)\nSecrétaire de séance : Élu1 NOM1\nLe conseil délibère.\n")
    people = [(n, "present") for n in names] + [("Jean-Pierre RIBEAUX", "excused"), ("Claudine MAQUIN", "excused")]
    proxies = [("Jean-Pierre RIBEAUX", "Annie GENERMONT", "Jean-Pierre RIBEAUX représenté par Annie GENERMONT")]
    for in_office, fires in ((13, False), (12, False), (15, True)):
        _, m = session(text, people, proxies, meetings=[{"members_in_office": in_office, "president": "GENERMONT Annie"}])
        assert bool(BY_CODE["attendance_total_mismatch"].function(m).findings) is fires, in_office


def test_a_holder_named_like_a_present_member_is_not_judged():
    # Vic-Montaner 2015: "M. Jean ABADIE a donné procuration à Mme Denis CHARTRAIN", present "Denise NOGUES-CHARTRAIN"
    text = ("Présents : Denise NOGUES-CHARTRAIN, Marc FRATTA.\nProcurations :\nM. Jean ABADIE a donné procuration à Mme Denis "
            "CHARTRAIN\nLe conseil délibère.\n")
    people = [("Denise NOGUES-CHARTRAIN", "present"), ("Marc FRATTA", "present")]
    _, m = session(text, people, [("Jean ABADIE", "Denis CHARTRAIN", "M. Jean ABADIE a donné procuration à Mme Denis CHARTRAIN")])
    o = BY_CODE["proxy_invalid"].function(m)
    assert o.findings == () and "NOGUES-CHARTRAIN" in o.reason
    _, m = session(text.replace("Mme Denis CHARTRAIN", "Mme Lise VERT"), people,
                   [("Jean ABADIE", "Lise VERT", "M. Jean ABADIE a donné procuration à Mme Lise VERT")])
    [f] = BY_CODE["proxy_invalid"].function(m).findings
    assert "Lise VERT, qui n'est pas listé(e) parmi les présents" in f.message


def test_a_proxy_read_over_several_proxies_is_half_read():
    # Trets 2015: "Martine BIZZARI (pouvoir à MC MUSSO) André ISIRDI (pouvoir à A FERRARO) …" read as one proxy
    source = "Martine BIZZARI (pouvoir à MC MUSSO) André ISIRDI (pouvoir à A FERRARO) JABET Valérie (pouvoir à E. BERRENI)"
    assert "plusieurs" in giver_doubt({"giver": "Martine BIZZARI", "source_text": source})
    assert giver_doubt({"giver": "Martine BIZZARI", "source_text": "Martine BIZZARI (pouvoir à MC MUSSO)"}) is None


def test_a_transfer_between_articles_read_as_one_line_is_half_read():
    # Couthenans 2021: "Mouvement de -8'355,59€ du 28.156 AU 28.13": the line of 28156 was read, not that of 2813
    source = "Mouvement de -8'355,59€ du 28.156 AU 28.13 et"
    rows = [{"article": "28156", "side": "recette", "amount": "-8355.59", "source_text": source}]
    _, m = session("DM n°1 : " + source + "\n")
    assert "28.13" in budget_doubts(m, rows)
    both = rows + [{"article": "2813", "side": "recette", "amount": "8355.59", "source_text": "au 28.13"}]
    assert budget_doubts(m, both) is None


def test_a_total_over_lists_missing_a_proxy_giver_is_not_judged():
    # a proxy list printed and not read, whose giver no list names: the members listed are not all the members
    text = ("Nombre de membres en exercice : 6\nEtaient présents : Jean ARIS, Guy CALVET, Roger FERRER.\n"
            "Etaient absents non excusés : Daniel BARBARO.\nAvaient donné pouvoir : Pierre BATAILLE à Roger FERRER\n"
            "Secrétaire de séance : Guy CALVET\nLe comité délibère.\n")
    people = [("Jean ARIS", "present"), ("Guy CALVET", "present"), ("Roger FERRER", "present"), ("Daniel BARBARO", "absent")]
    _, m = session(text, people, meetings=[{"members_in_office": 6}])
    out = BY_CODE["attendance_total_mismatch"].function(m)
    assert out.status == "unverifiable" and "BATAILLE" in out.reason and not out.findings
    # the giver named in a list (read excused): the total is judged, and 5 listed against 6 in office is reported
    people.append(("Pierre BATAILLE", "excused"))
    _, m = session(text, people, meetings=[{"members_in_office": 6}])
    assert BY_CODE["attendance_total_mismatch"].function(m).findings
    _, m = session(text, people, meetings=[{"members_in_office": 5}])
    out = BY_CODE["attendance_total_mismatch"].function(m)
    assert out.status == "ran" and not out.findings


def test_a_total_over_proxies_printed_in_a_box_of_counts_is_not_judged():
    # Combrit 2017 (extra7): "Absents ayant donné procuration :" over a box of counts flattened into the proxies
    # ("Nbre de conseillers en exercice : 27 Présents : 17 Adélaïde AMELOT à … Procurations : 7 …"): no proxy read,
    # no giver readable under the heading; the lists miss the givers, and the total is not judged
    text = ("Etaient présents : Jean ARIS, Guy CALVET, Roger FERRER\n\nAbsents ayant donné procuration : Nbre de "
            "conseillers en exercice : 5 Présents : 3 Pierre BATAILLE à Roger FERRER Procurations : 1\n\n"
            "Absents : Daniel BARBARO\n\nLe conseil délibère.\n")
    people = [("Jean ARIS", "present"), ("Guy CALVET", "present"), ("Roger FERRER", "present"), ("Daniel BARBARO", "absent")]
    _, m = session(text, people, meetings=[{"members_in_office": 5}])
    out = BY_CODE["attendance_total_mismatch"].function(m)
    assert out.status == "unverifiable" and "mandants" in out.reason and not out.findings
    # the proxies printed as a list, their giver read among the absent: the total is judged, and holds
    plain = text.replace("Nbre de conseillers en exercice : 5 Présents : 3 ", "").replace(" Procurations : 1", "")
    plain = plain.replace("Absents : Daniel BARBARO", "Absents : Daniel BARBARO, Pierre BATAILLE")
    _, m = session(plain, people[:3] + [("Pierre BATAILLE", "excused"), ("Daniel BARBARO", "absent"),
                                        ("Pierre BATAILLE", "absent")], meetings=[{"members_in_office": 5}])
    out = BY_CODE["attendance_total_mismatch"].function(m)
    assert out.status == "ran" and not out.findings


def test_a_present_count_printed_per_deliberation_is_not_the_openings():
    # counts printed per deliberation, members arriving: the count read (the first) is not compared with the lists
    names = ["Gérard ARIES", "Michel BAYLAC", "Serge CETTOLO", "Christian DAIGNAN"]
    head = "Présents : " + ", ".join(names) + ".\n"
    per_item = "D1\nNombre de présents : 3\nNombre de votants : 3\nD2\nNombre de présents : 4\nNombre de votants : 4\n"
    _, m = session(head + per_item, [(n, "present") for n in names], meetings=[{"members_present": 3}])
    out = BY_CODE["attendance_count_mismatch"].function(m)
    assert out.status == "unverifiable" and "plusieurs nombres de présents" in out.reason and not out.findings
    # one count printed, and it differs from the names: reported
    _, m = session(head + "Nombre de présents : 3\n", [(n, "present") for n in names], meetings=[{"members_present": 3}])
    assert BY_CODE["attendance_count_mismatch"].function(m).findings


def test_a_credit_taken_for_an_account_whose_line_was_not_read_leaves_the_balance_unjudged():
    text = "Décision modificative n°1\nIl est proposé d'y ajouter 3 000 € par prélèvement sur l'article 022.\n" + AFTER_TABLE
    src = "Il est proposé d'y ajouter 3 000 € par prélèvement sur l'article 022."
    row = {"amount": -3000, "article": "022", "source_text": src, "char_start": text.index(src), "char_end": text.index(src) + len(src)}
    _, m = session(text)
    assert "prend un montant" in budget_doubts(m, [row])
    # its counterpart read: judged
    other = {**row, "amount": 3000, "article": "6232", "source_text": "6232 : + 3 000 €"}
    assert budget_doubts(m, [row, other]) is None


# ------------------------------------------------------------------------------ round six: learn5's false alarms
# Saint-Sulpice-la-Forêt 2019: "B. VAGNEUR a donné pouvoir à G. GRIGNARD C. GANEAU a donné pouvoir à S. MOSS", two
# proxies run on one line, read as one (holder "G. GRIGNARD C. GANEAU"): 3 proxies read for 5 printed
RUN_ON = ("MEMBRES EN EXERCICE : 6\nMEMBRES PRESENTS : 4\nMEMBRES VOTANTS : 6\n"
          "Étaient présents : A. DURAND, B. MARTIN, C. PETIT, D. ROUX formant la majorité des membres en exercice.\n"
          "Etaient absents excusés : E. LEROY a donné pouvoir à A. DURAND F. MOREAU a donné pouvoir à B. MARTIN\n"
          "Secrétaire de séance : C. PETIT\n")
RUN_ON_PEOPLE = [("A. DURAND", "present"), ("B. MARTIN", "present"), ("C. PETIT", "present"), ("D. ROUX", "present"),
                 ("E. LEROY", "excused")]
RUN_ON_COUNTS = {"members_in_office": 6, "members_present": 4, "votes_cast": 6}


def test_proxies_run_on_one_line_read_as_one_leave_their_number_unknown():
    merged = [("E. LEROY", "A. DURAND F. MOREAU", "E. LEROY a donné pouvoir à A. DURAND F. MOREAU a donné pouvoir à B. MARTIN")]
    _, m = session(RUN_ON, RUN_ON_PEOPLE, merged, meetings=[RUN_ON_COUNTS])
    for code in ("vote_total_mismatch", "attendance_total_mismatch"):
        out = BY_CODE[code].function(m)
        assert out.status == "unverifiable" and "en imprime plusieurs" in out.reason and not out.findings, code
    assert any("en imprime plusieurs" in d for d in proxy_doubts(m))
    # read one by one, the same minutes add up (4 + 2 = 6 voters, 4 + 2 = 6 in office) ...
    apart = [("E. LEROY", "A. DURAND", "E. LEROY a donné pouvoir à A. DURAND"),
             ("F. MOREAU", "B. MARTIN", "F. MOREAU a donné pouvoir à B. MARTIN")]
    people = RUN_ON_PEOPLE + [("F. MOREAU", "excused")]
    _, m = session(RUN_ON, people, apart, meetings=[RUN_ON_COUNTS])
    for code in ("vote_total_mismatch", "attendance_total_mismatch"):
        out = BY_CODE[code].function(m)
        assert out.status == "ran" and not out.findings, code
    # ... and a declared count they contradict is reported
    _, m = session(RUN_ON, people, apart, meetings=[{**RUN_ON_COUNTS, "votes_cast": 7}])
    assert BY_CODE["vote_total_mismatch"].function(m).findings


# Syndicat mixte du Val de Loir 2020: surnames alone, grouped by member body ("Délégués de la Communauté de Communes de
# … : Mmes ALLAIRE, RIBOUILLEAULT, MM ABRAHAM, …"), only the first group read
GROUPS = ("Etaient présents :\n\nDélégués de la Communauté de Communes du Nord : Mmes ALBERT, BRUN, MM CARON, DUBOIS, "
          "ETIENNE, FAURE, GARNIER, HUBERT.\n\n"
          "Délégués de la Communauté de Communes du Sud : Mmes FABRE, GIRARD et MM HENRY, JOLY, LE BOUFFANT.\n\n"
          "Etaient excusés/absents : MM MERCIER, NOEL.\n\nLe Comité Syndical a choisi pour secrétaire : Monsieur CARON\n")
NORTH = [(n, "present") for n in ("ALBERT", "BRUN", "CARON", "DUBOIS", "ETIENNE", "FAURE", "GARNIER", "HUBERT")]
SOUTH = [(n, "present") for n in ("FABRE", "GIRARD", "HENRY", "JOLY", "LE BOUFFANT")]
AWAY = [("MERCIER", "excused"), ("NOEL", "excused")]


def test_a_list_of_surnames_alone_that_goes_on_after_the_last_one_read():
    # as many civilities printed (Mmes, MM: two each) as names read: only the names after the last one read tell
    _, m = session(GROUPS, NORTH + AWAY, meetings=[{"members_in_office": 30, "votes_cast": 15}])
    assert any("continue après le dernier nom lu (5 noms de plus)" in d for d in layout(m).doubts(("present",)))
    quorum = BY_CODE["quorum_not_met"].function(m)
    assert quorum.status == "unverifiable" and not quorum.findings
    votes = BY_CODE["vote_total_mismatch"].function(m)
    assert votes.status == "unverifiable" and "liste des présents douteuse" in votes.reason
    # every group read: the list is trusted, and 13 present of 30 in office lack the quorum
    _, m = session(GROUPS, NORTH + SOUTH + AWAY, meetings=[{"members_in_office": 30, "date": "2019-03-01"}])
    assert layout(m).doubts(("present",)) == []
    assert BY_CODE["quorum_not_met"].function(m).findings


# Saint-Mamet 2013 (learn3): a box of counts and lists flattened into one line, its headings without their colon:
# "… Votants 25 Excusé(e)s S. Cassagne, L. Bourbon … Date de la convocation … Présent(e)s C. Montin, Président, …"
@pytest.mark.parametrize("line, kinds", [
    ("En exercice 31 Présents 25 Votants 25 Excusé(e)s S. Cassagne, L. Bourbon Date de la convocation 24 septembre 2013 "
     "Présent(e)s C. Montin, Président, E. Février", ["excused", "present"]),
    ("Présents Jean-Paul FRANC, Maire ; Alain DUPONT", ["present"]),
    ("Absents M. DURAND, Mme VERT", ["absent"]),
    ("En exercice 31 Présents 25 Votants 25", []),                  # counts, no list
    ("Les conseillers présents approuvent le compte rendu.", []),  # a sentence
    ("Présent M. DURAND", []),                                     # singular: a word of prose as often as a heading
    # must not: a capitalised plural inside a sentence; a table's header row (its lists are the columns below)
    ("Les élus ont discuté avec les Pouvoirs DUPONT et MARTIN.", []),
    ("Il a salué les Présents DUPONT", []),
    ("PRESENTS ABSENTS EXCUSES POUVOIRS", []),
    ("PRESENTS ABSENTS EXCUSES POUVOIRS\nM. DUPONT M. MARTIN", []),
])
def test_headings_of_a_flattened_table_without_colons(line, kinds):
    assert [h.kind for h in headings(line, 0, len(line)) if h.kind != "other"] == kinds


def test_a_list_quoted_in_part_is_doubtful():
    text = "Présents : C. Montin, Président, E. Février, ..., Vice-Présidents ; A. Rongier, ...\nLe conseil délibère.\n"
    _, m = session(text, [("C. Montin", "present"), ("E. Février", "present"), ("A. Rongier", "present")])
    assert layout(m).doubts(("present",)) == ["la liste « Présents » est abrégée (« … » parmi les noms)"]
    whole = text.replace(", ...,", ",").replace(", ...", ".")
    _, m = session(whole, [("C. Montin", "present"), ("E. Février", "present"), ("A. Rongier", "present")])
    assert layout(m).doubts(("present",)) == []


def test_no_proxy_read_on_lists_read_in_doubt_is_no_proof_of_none():
    # "Votants : 6" over 4 present: with lists read whole and no proxy printed, 6 > 4 + 0 is reported; with a name read
    # outside any list, the proxies may be among what was not read: the voters are not compared, and the reason says so
    text = ("Présents : 4 - Votants : 6\nPrésents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul ROUX, Mme Lise VERT.\n"
            "Le conseil délibère.\n")
    people = [("Jean DUPONT", "present"), ("Anne MARTIN", "present"), ("Paul ROUX", "present"), ("Lise VERT", "present")]
    counts = [{"members_present": 4, "votes_cast": 6}]
    _, m = session(text, people, meetings=counts)
    [f] = BY_CODE["vote_total_mismatch"].function(m).findings
    assert "6 votants déclarés" in f.message and "+ 0 procuration(s)" in f.message
    _, m = session(text, [("Présents", "present")] + people[1:], meetings=counts)
    out = BY_CODE["vote_total_mismatch"].function(m)
    assert out.status == "unverifiable" and "nombre de représentés inconnu" in out.reason and not out.findings


def test_proxies_in_brackets_inside_an_excused_list_are_not_zero_proxies():
    # Breteuil 2020 (learn5): "Excusés : … Mme COMPAGNON (pouvoir à M. VANDEWALLE), … M. DERYCKE (pouvoir à Mme BONNARD)":
    # none read, the voters are not compared with present + 0; read, 4 + 2 = 6 voters add up
    text = ("Présents : 4 Votants : 6\nEtaient présents : M. DUPONT, Mme MARTIN, M. ROUX, Mme VERT.\nExcusés : Mme COMPAGNON "
            "(pouvoir à M. DUPONT), M. DERYCKE (pouvoir à Mme MARTIN), Mme LEFORT.\nSecrétaire de séance : Mme VERT\n")
    people = [("DUPONT", "present"), ("MARTIN", "present"), ("ROUX", "present"), ("VERT", "present"),
              ("COMPAGNON", "excused"), ("DERYCKE", "excused"), ("LEFORT", "excused")]
    counts = [{"members_present": 4, "votes_cast": 6, "members_in_office": 7}]
    _, m = session(text, people, meetings=counts)
    out = BY_CODE["vote_total_mismatch"].function(m)
    assert out.status == "unverifiable" and "aucun n'a été lu" in out.reason and not out.findings
    read = [("COMPAGNON", "DUPONT", "Mme COMPAGNON (pouvoir à M. DUPONT)"), ("DERYCKE", "MARTIN", "M. DERYCKE (pouvoir à Mme MARTIN)")]
    _, m = session(text, people, read, meetings=counts)
    out = BY_CODE["vote_total_mismatch"].function(m)
    assert out.status == "ran" and not out.findings
    _, m = session(text, people, read, meetings=[{**counts[0], "votes_cast": 7}])
    assert BY_CODE["vote_total_mismatch"].function(m).findings


# must not: after a list of surnames alone, the words in capitals of the lines that follow it are not more names: a label
# ("SECRETAIRE DE SEANCE", "ORDRE DU JOUR") or prose ends the list; a body's name ("COMMUNE DE …") is no surname
@pytest.mark.parametrize("after", [
    "SECRETAIRE DE SEANCE DESIGNE\nMonsieur BRUN\n",
    "ORDRE DU JOUR APPROUVE PAR TOUS\nAPPROBATION DU BUDGET\n",
    "COMMUNE CONSEIL MUNICIPAL\n",
])
def test_capitals_after_a_list_of_surnames_that_are_no_names(after):
    text = f"Etaient présents : MM ALBERT, BRUN, CARON, DUBOIS.\n{after}Le conseil délibère.\n"
    _, m = session(text, [(n, "present") for n in ("ALBERT", "BRUN", "CARON", "DUBOIS")])
    assert not any("continue après" in d for d in layout(m).doubts(("present",)))
    # names in capitals after the last one read still are
    text = "Etaient présents : MM ALBERT, BRUN, CARON, DUBOIS, FABRE, GIRARD.\nLe conseil délibère.\n"
    _, m = session(text, [(n, "present") for n in ("ALBERT", "BRUN", "CARON", "DUBOIS")])
    assert any("continue après" in d for d in layout(m).doubts(("present",)))
