"""The ordre du jour as a tree, and the agenda of another session (issue #14, round eight): rules read as structures,
each with invented variants that must and must not read so (mark, glyph, indentation, numbering style, capitals)."""

from __future__ import annotations

import pytest

from extractors.decisions import extract as extract_decisions
from pipeline.french.session import SESSION_HELD, SESSION_TO_COME
from pipeline.read.common import build_document, split_text_lines
from pipeline.segment import (
    _CAPITALS_RUN_ON,
    _ITEM_KIND_LABEL,
    _SENDING_DATE,
    INSTALLATION_ITEM,
    _find_agenda_heading,
    _one_item_title,
    _preamble_label,
    _section_label,
    segment,
    title_words,
)


def _doc(text: str):
    return build_document("3" * 64, "snippet.txt", "text", [split_text_lines(text)])


def _titles(text: str) -> list[str]:
    return [a.title for a in segment(_doc(text)).agenda]


# --- unmarked (or otherwise marked) lines under a bulleted item are its children, never items -----------------------
# (agenda text, the items' titles): the list's own bullet comes back after the children, or a numbered sibling follows
CHILDREN = [
    # Roure (extra7 n10): check-mark bullets, unmarked children
    ("ORDRE DU JOUR :\n✓ Approbation du procès-verbal du 17 février 2018.\n✓ Vote des comptes administratifs 2017\nCommune\n"
     "Régie hôtelière\nCCAS\n✓ Vote des budgets primitifs 2018\nCommune\nCCAS\n✓ Questions diverses\n",
     ["Approbation du procès-verbal du 17 février 2018.", "Vote des comptes administratifs 2017", "Vote des budgets primitifs 2018",
      "Questions diverses"]),
    # Word's two levels as a text layer prints them: a round bullet, its children with the letter "o"
    ("Ordre du jour :\n• Budgets primitifs 2024\no Budget principal\no Budget annexe de l'eau\n• Tarifs de la cantine scolaire\n"
     "• Questions diverses\n",
     ["Budgets primitifs 2024", "Tarifs de la cantine scolaire", "Questions diverses"]),
    # an arrow bullet, its children dashed
    ("ORDRE DU JOUR\n➢ Comptes administratifs 2023\n- Budget principal\n- Budget assainissement\n➢ Affectation des résultats 2023\n"
     "➢ Questions diverses\n",
     ["Comptes administratifs 2023", "Affectation des résultats 2023", "Questions diverses"]),
    # a square bullet, its children in capitals, unmarked
    ("L'ordre du jour est le suivant :\n■ Vote des taux d'imposition 2022\nTAXE FONCIERE BATI\nTAXE FONCIERE NON BATI\n"
     "■ Subvention au comité des fêtes\n■ Questions diverses\n",
     ["Vote des taux d'imposition 2022", "Subvention au comité des fêtes", "Questions diverses"]),
]

# lines that are items of their own: no bullet at all, or the bullet never comes back after them
NOT_CHILDREN = [
    ("ORDRE DU JOUR :\nApprobation du compte rendu\nBudget primitif 2024\nTarifs de la cantine\n\nApprobation du compte rendu\n"
     "Le compte rendu est approuvé à l'unanimité.\n",
     ["Approbation du compte rendu", "Budget primitif 2024", "Tarifs de la cantine"]),
    ("ORDRE DU JOUR :\n✓ Budget primitif 2024\n✓ Tarifs de la cantine\nQuestions diverses\n\nBudget primitif 2024\n"
     "Le conseil municipal approuve le budget.\n",
     ["Budget primitif 2024", "Tarifs de la cantine", "Questions diverses"]),
    ("Ordre du jour :\n• Budget primitif 2024\n• Tarifs de la cantine\n• Questions diverses\n\nBudget primitif 2024\n"
     "Le conseil approuve.\n",
     ["Budget primitif 2024", "Tarifs de la cantine", "Questions diverses"]),
]


@pytest.mark.parametrize("text, titles", CHILDREN + NOT_CHILDREN)
def test_lines_under_a_bulleted_item_are_its_children(text, titles):
    assert _titles(text) == titles


# --- marks change between siblings: bulleted items, then numbered ones, one list ---------------------------------------
SIBLINGS = [
    ("ORDRE DU JOUR :\n✓ Approbation du procès-verbal\n✓ Vote des taux d'imposition 2018\nTH – Taxe d'habitation\nFB – Taxe foncière bâti\n"
     "1/ Délibération pour échange de parcelles\n2/ Point sur les projets en cours\n3/ Questions diverses.\n",
     ["Approbation du procès-verbal", "Vote des taux d'imposition 2018", "Délibération pour échange de parcelles",
      "Point sur les projets en cours", "Questions diverses."]),
    ("Ordre du jour :\n• Approbation du compte rendu\n• Budget primitif 2024\n1) Convention avec le SDE\n2) Tarifs communaux\n",
     ["Approbation du compte rendu", "Budget primitif 2024", "Convention avec le SDE", "Tarifs communaux"]),
    ("ORDRE DU JOUR\n- Désignation du secrétaire de séance\n- Approbation du procès-verbal\nI. Travaux de voirie\nII. Personnel communal\n",
     ["Désignation du secrétaire de séance", "Approbation du procès-verbal", "Travaux de voirie", "Personnel communal"]),
]

NOT_SIBLINGS = [
    # a blank line, then the body numbering the items: the list has ended
    ("ORDRE DU JOUR :\n- Budget primitif 2024\n- Tarifs de la cantine\n\n1. Budget primitif 2024\nLe conseil approuve à l'unanimité.\n"
     "2. Tarifs de la cantine\nLe conseil approuve à l'unanimité.\n",
     ["Budget primitif 2024", "Tarifs de la cantine"]),
    # the body's numbered headings right after the list repeat its titles: no sibling
    ("ORDRE DU JOUR :\n- Budget primitif 2024\n- Tarifs de la cantine\n1. Budget primitif 2024\n2. Tarifs de la cantine\n"
     "Le conseil approuve à l'unanimité.\n",
     ["Budget primitif 2024", "Tarifs de la cantine"]),
]


@pytest.mark.parametrize("text, titles", SIBLINGS + NOT_SIBLINGS)
def test_marks_change_between_siblings(text, titles):
    assert _titles(text)[:len(titles)] == titles
    if (text, titles) in NOT_SIBLINGS:
        assert len(_titles(text)) == len(titles)


def test_a_mixed_list_numbers_its_items_once():
    seg = segment(_doc(SIBLINGS[0][0]))
    numbers = [a.number for a in seg.agenda]
    assert len(set(numbers)) == len(numbers)  # (the bulleted items' ranks and the printed "1/" ... never collide)


# --- the agenda of another session on the same page ------------------------------------------------------------------
_HELD = ("L'an deux mille vingt, le dix-sept septembre, le Conseil Municipal, légalement convoqué, s'est réuni à la Mairie.\n"
         "Présents : MM. DURAND, MARTIN.\n\nSubvention : Après en avoir délibéré, le Conseil Municipal décide d'attribuer une subvention.\n\n"
         "Tarifs de la cantine : Après en avoir délibéré, à l'unanimité, le conseil municipal fixe les tarifs.\n")
OTHER_SESSION = [
    "Le Conseil Municipal se réunira à la Mairie le jeudi 22 octobre 2020 à 20 h 30.\n\nORDRE DU JOUR :\n\n- Lecture du précédent compte-rendu\n"
    "- Délibération pour les indemnités du Trésorier\n- Questions diverses\n\n" + _HELD,
    "Prochaine réunion du conseil municipal\nOrdre du jour :\n1. Budget supplémentaire\n2. Travaux de l'église\n\n" + _HELD,
    "LE CONSEIL MUNICIPAL SERA RÉUNI LE 5 NOVEMBRE 2020\nORDRE DU JOUR\n• Rentrée scolaire\n• Questions diverses\n\n" + _HELD,
    "Les conseillers sont convoqués pour le 12/11/2020 à 18h30.\nOrdre du jour :\n- Voirie communale\n- Éclairage public\n\n" + _HELD,
    # (round eight, second wave) a day certainly another once both are read: without its year, the sending date apart
    "Le conseil, convoqué le 17 septembre 2020, se réunira le jeudi 22 octobre.\nORDRE DU JOUR :\n- Voirie communale\n"
    "- Éclairage public\n\n" + _HELD,
]
THIS_SESSION = [
    # a convocation above the minutes of that same session
    "Le Conseil Municipal se réunira le jeudi 17 septembre 2020 à 21 h.\nORDRE DU JOUR :\n- Subvention\n- Tarifs de la cantine\n\n" + _HELD,
    # no date announced: the agenda stays this session's (fail-safe)
    "Le conseil se réunira en séance publique.\nORDRE DU JOUR :\n- Subvention\n- Tarifs de la cantine\n\n" + _HELD,
    # the minutes' own opening above the agenda
    _HELD.split("\n\n")[0] + "\nORDRE DU JOUR :\n- Subvention\n- Tarifs de la cantine\n\n" + _HELD.split("\n\n", 1)[1],
    # (round eight, second wave) the same day written two ways: in figures above, in words in the minutes' opening
    "Le Conseil Municipal se réunira le 17/09/2020 à 21 h.\nORDRE DU JOUR :\n- Subvention\n- Tarifs de la cantine\n\n" + _HELD,
    # without its year, with its weekday
    "Les conseillers sont convoqués pour le jeudi 17 septembre à 20 h 30.\nOrdre du jour :\n- Subvention\n- Tarifs de la cantine\n\n"
    + _HELD,
    # the sending date first: "convoqué le X, se réunira le Y"
    "Le Conseil Municipal, convoqué le 10 septembre 2020, se réunira le jeudi 17 septembre 2020.\nORDRE DU JOUR :\n- Subvention\n"
    "- Tarifs de la cantine\n\n" + _HELD,
    # the minutes' opening gives only its sending date ("Date de convocation"): no session day to compare
    "LE CONSEIL MUNICIPAL SE RÉUNIRA LE JEUDI 17 SEPTEMBRE 2020\nORDRE DU JOUR\n- Subvention\n- Tarifs de la cantine\n\n"
    "Le Conseil Municipal, légalement convoqué, s'est réuni à la Mairie en séance ordinaire.\nDate de convocation : 10/09/2020\n"
    + _HELD.split("\n", 1)[1],
    # an item of the ordre du jour names an earlier session's record (never the session held)
    "Le conseil se réunira le 17 septembre 2020 à la Mairie.\nORDRE DU JOUR :\n- Subvention\n- Tarifs de la cantine\n"
    "- Compte rendu de la séance du 2 juillet 2020\n\n" + _HELD,
    # the minutes' heading in figures, the convocation in words with its weekday
    "Le Conseil Municipal se réunira le jeudi dix-sept septembre deux mille vingt.\nORDRE DU JOUR :\n- Subvention\n"
    "- Tarifs de la cantine\n\nSéance du 17/09/2020\n" + _HELD,
]


@pytest.mark.parametrize("text", OTHER_SESSION)
def test_the_agenda_of_another_session_is_not_this_one(text):
    assert _titles(text) == ["Subvention", "Tarifs de la cantine"]
    assert [a.source for a in segment(_doc(text)).agenda] == ["body", "body"]


@pytest.mark.parametrize("text", THIS_SESSION)
def test_the_agenda_of_this_session_stays(text):
    assert _titles(text)[:2] == ["Subvention", "Tarifs de la cantine"]
    assert {a.source for a in segment(_doc(text)).agenda} == {"agenda"}


@pytest.mark.parametrize("tail", [
    "Prochaine séance le 12 mars 2024.\nOrdre du jour :\n1. Budget primitif\n2. Travaux\n",
    "Le conseil municipal se réunira le lundi 4 mars 2024.\nORDRE DU JOUR\n- Budget primitif\n- Travaux\n",
    "PROCHAIN CONSEIL MUNICIPAL\nOrdre du jour :\n- Budget primitif\n",
])
def test_the_next_sessions_agenda_ends_the_last_section(tail):
    text = ("L'an deux mille vingt-quatre, le cinq février, le conseil municipal s'est réuni.\nORDRE DU JOUR :\n1. Subvention\n"
            "2. Tarifs de la cantine\n\n1. Subvention\nAdopté à l'unanimité.\n2. Tarifs de la cantine\nAdopté à l'unanimité.\n" + tail)
    doc = _doc(text)
    seg = segment(doc)
    assert [a.title for a in seg.agenda] == ["Subvention", "Tarifs de la cantine"]
    last = seg.sections[-1]
    section = doc.text[last.start:last.end]
    # (the last item's own text up to its vote, nothing of the announcement: not its heading, not the line announcing it)
    assert section.rstrip().endswith("Adopté à l'unanimité.") and tail.split("\n")[0] not in section
    assert "Ordre du jour" not in section and "ORDRE DU JOUR" not in section


# --- the title that opens its paragraph: the formula and the vote after it are the decision's ----------------------------
@pytest.mark.parametrize("paragraph", [
    "Subvention au club de football : Après en avoir délibéré, à l'unanimité, le Conseil Municipal décide d'attribuer 300 €.",
    "Tarifs de la cantine. Après en avoir délibéré, le conseil, à l'unanimité, fixe les tarifs.",
    "Travaux de voirie – le Conseil, après en avoir délibéré, à l'unanimité, décide de retenir l'entreprise.",
    "SUBVENTION AU COMITÉ DES FÊTES Le Conseil, après en avoir délibéré, à l'unanimité, attribue 500 €.",
])
def test_a_vote_on_the_titles_own_line_is_its_decision(paragraph):
    doc = _doc("Présents : MM. DURAND, MARTIN.\n\n" + paragraph + "\n\nLa séance est levée à 21 h.\n")
    seg = segment(doc)
    assert len(seg.agenda) == 1
    decisions = extract_decisions(doc, seg)["decisions"]
    assert [(d.outcome, d.unanimous) for d in decisions] == [("adopted", True)]


# --- the label of an item's kind: part of the title as printed, no word of what it names -------------------------------
KIND_LABEL = (
    ["Information : rapport annuel du délégataire", "- Pour information : bilan de la saison", "Point d'information : travaux",
     "INFORMATION - Rapport annuel sur l'eau", "Communication : décisions du Président", "Informations: rentrée scolaire"],
    ["Informations diverses", "Information sur Pronote Famille", "Communication de la commune : plan", "Pôle Communication",
     "Questions diverses", "Rapport d'information : budget"],
)


@pytest.mark.parametrize("text, matches", [(t, True) for t in KIND_LABEL[0]] + [(t, False) for t in KIND_LABEL[1]])
def test_kind_label_rows(text, matches):
    assert bool(_ITEM_KIND_LABEL.match(text)) is matches


def test_an_information_item_keeps_its_label_and_finds_its_section():
    text = ("ORDRE DU JOUR :\n- Information : rapport annuel du délégataire pour l'exercice 2018 ;\n- Tarifs de l'eau 2020 ;\n"
            "- Questions diverses.\n\nRapport annuel du délégataire pour l'exercice 2018\nLe comité prend acte du rapport.\n\n"
            "Tarifs de l'eau 2020\nAdopté à l'unanimité.\n")
    seg = segment(_doc(text))
    assert seg.agenda[0].title == "Information : rapport annuel du délégataire pour l'exercice 2018"
    assert title_words(seg.agenda[0].title) == title_words("Rapport annuel du délégataire pour l'exercice 2018")
    assert seg.sections[0].item_number == seg.agenda[0].number


# --- a title in capitals that opens its paragraph, its text run on after it ------------------------------------------
CAPITALS_RUN_ON = (
    [("COMMUNE / APPROBATION DU COMPTE ADMINISTRATIF 2016 Monsieur Henri STEPHAN, adjoint aux finances, présente le compte",
      "COMMUNE / APPROBATION DU COMPTE ADMINISTRATIF 2016"),
     ("SCHÉMA D’AMÉNAGEMENT DE L’EAU : PROJET DE PÉRIMÈTRE M. le Maire donne lecture d’un courrier de la Préfète",
      "SCHÉMA D’AMÉNAGEMENT DE L’EAU : PROJET DE PÉRIMÈTRE"),
     ("TARIFS 2024 – CANTINE SCOLAIRE La commission des affaires scolaires propose de maintenir les tarifs",
      "TARIFS 2024 – CANTINE SCOLAIRE"),
     ("ADHESION AU SDE 35 A la demande du syndicat, la commune doit se prononcer", "ADHESION AU SDE 35"),
     ("DÉSIGNATION D'UN DÉLÉGUÉ Mme la Présidente rappelle que", "DÉSIGNATION D'UN DÉLÉGUÉ")],
    ["Monsieur le Maire présente le compte administratif", "Le Conseil Municipal, après en avoir délibéré",
     "M. DURAND Jean, M. MARTIN Paul", "DUPONT Le Maire", "BUDGET PRIMITIF 2024", "SDE 35 Le syndicat"],
)


@pytest.mark.parametrize("text, title", CAPITALS_RUN_ON[0])
def test_capitals_run_on_rows(text, title):
    m = _CAPITALS_RUN_ON.match(text)
    assert m is not None and m["title"].rstrip(" :–-") == title


@pytest.mark.parametrize("text", CAPITALS_RUN_ON[1])
def test_capitals_run_on_must_not(text):
    assert _CAPITALS_RUN_ON.match(text) is None


def test_a_capitals_title_run_into_its_paragraph_is_an_item_even_cut_before_its_vote():
    exposé = "La Préfète consulte la commune sur le projet de périmètre du schéma. " * 5
    text = ("Présents : MM. DURAND, MARTIN.\n\nSYNDICAT MIXTE DES RIVIÈRES : DÉSIGNATION D'UN DÉLÉGUÉ M. le Maire informe l'assemblée "
            "qu'il convient de désigner un délégué. Après en avoir délibéré, à l'unanimité, le Conseil Municipal désigne M. DURAND.\n\n"
            f"SCHÉMA D'AMÉNAGEMENT DE L'EAU : PROJET DE PÉRIMÈTRE M. le Maire donne lecture d'un courrier. {exposé}\n")
    assert _titles(text) == ["SYNDICAT MIXTE DES RIVIÈRES : DÉSIGNATION D'UN DÉLÉGUÉ", "SCHÉMA D'AMÉNAGEMENT DE L'EAU : PROJET DE PÉRIMÈTRE"]
    # (a letterhead in capitals is no title: "COMMUNE DE PLOUGUERNEAU Le conseil ...")
    assert "COMMUNE DE PLOUGUERNEAU" not in _titles("COMMUNE DE PLOUGUERNEAU Le conseil municipal s'est réuni le 5 mars 2024 "
                                                      "en mairie, sous la présidence du Maire, en séance publique ordinaire.\n")


# --- the installation of members: an item of the opening, no deliberation ---------------------------------------------
INSTALLATION = (
    ["Installation d'Alain Mussillon en remplacement de Marie Pierre Bouis-Delhomelle", "INSTALLATION DU CONSEIL MUNICIPAL",
     "Installation des conseillers municipaux", "Installation de M. Luc PETIT, conseiller municipal",
     "Installation d’une nouvelle conseillère municipale", "Installation des nouveaux délégués", "Installation de Jean-Marc DUPONT"],
    ["Installation d'une borne de recharge", "Installation classée pour la protection de l'environnement",
     "Installation de la fibre optique", "Installation de panneaux photovoltaïques", "Installation du Wifi à la salle",
     "Le conseil procède à l'installation de M. DUPONT"],
)


@pytest.mark.parametrize("text, matches", [(t, True) for t in INSTALLATION[0]] + [(t, False) for t in INSTALLATION[1]])
def test_installation_rows(text, matches):
    assert bool(INSTALLATION_ITEM.match(text)) is matches


@pytest.mark.parametrize("line", ["Installation d'Alain Mussillon en remplacement de Marie Pierre Bouis-Delhomelle",
                                  "INSTALLATION D'UN NOUVEAU CONSEILLER MUNICIPAL", "Installation de Mme Claire ROUX"])
def test_an_installation_before_the_numbered_deliberations_is_an_item(line):
    text = ("Présents : MM. DURAND, MARTIN.\nLe compte rendu du dernier conseil municipal est approuvé à l'unanimité\n\n"
            f"{line}\n\n145 – RAPPORT ANNUEL 2015 SUR LE PRIX ET LA QUALITÉ DU SERVICE\nLe conseil prend acte du rapport.\n\n"
            "146 – TARIFS DE LA CANTINE\nAdopté à l'unanimité.\n")
    assert _titles(text)[0] == line and len(_titles(text)) == 3


def test_session_patterns_are_distinct():
    assert not SESSION_HELD.search("le conseil se réunira le 22 octobre") and not SESSION_TO_COME.search("s'est réuni le 17 septembre")


# --- a sending date is not the session's day (round eight, second wave) -------------------------------------------------
SENDING_DATE = (
    ["Le conseil, convoqué le ", "Date de convocation : ", "sur la convocation du ", "Convocation en date du ",
     "convocation envoyée le ", "convoqués par lettre du ", "affichée le "],
    ["Les conseillers sont convoqués pour le ", "se réunira le ", "Séance du ", "convoqué au ", "L'an deux mille vingt, "],
)


@pytest.mark.parametrize("text, matches", [(t, True) for t in SENDING_DATE[0]] + [(t, False) for t in SENDING_DATE[1]])
def test_sending_date_rows(text, matches):
    assert bool(_SENDING_DATE.search(text)) is matches


# --- the ordre du jour announced at the end of a long sentence of the opening (round eight, second wave, A_ODJ_LABEL) ---
@pytest.mark.parametrize("intro", [
    "Après avoir accueilli les participants et constaté que le quorum était atteint, le Président de séance propose de "
    "procéder à l’examen de l’ordre du jour suivant :",
    "Le quorum étant atteint, Madame la Maire ouvre la séance, remercie les conseillers de leur présence, rappelle les "
    "règles de la séance publique et donne lecture de l'ordre du jour :",
    "Monsieur le Maire constate que le quorum est atteint, déclare la séance ouverte, présente les excuses des absents et "
    "invite le conseil municipal à délibérer sur l'ordre du jour suivant:",
    "APRES AVOIR CONSTATÉ QUE LE QUORUM ÉTAIT ATTEINT ET DÉSIGNÉ LE SECRÉTAIRE DE SÉANCE, LE MAIRE PROPOSE AU CONSEIL "
    "D'EXAMINER LES POINTS INSCRITS A L ORDRE DU JOUR CI-APRES :",
])
def test_a_long_opening_sentence_announces_the_agenda(intro):
    text = (f"Présents : MM. DURAND, MARTIN, PETIT.\n{intro}\n- Subvention au club de football\n- Tarifs de la cantine\n"
            "- Travaux de voirie\n\nSubvention au club de football\nAdopté à l'unanimité.\n\nTarifs de la cantine\n"
            "Adopté à l'unanimité.\n\nTravaux de voirie\nAdopté à l'unanimité.\n")
    seg = segment(_doc(text))
    assert [(a.title, a.source) for a in seg.agenda] == [("Subvention au club de football", "agenda"),
                                                         ("Tarifs de la cantine", "agenda"), ("Travaux de voirie", "agenda")]


@pytest.mark.parametrize("intro", [
    # (must not: a long sentence that changes the agenda, or ends elsewhere)
    "Monsieur le Maire, après avoir constaté que le quorum était atteint, propose au conseil d'ajouter à l'ordre du jour :",
    "Après avoir constaté que le quorum était atteint, le Maire rappelle que l'ordre du jour suivant a été envoyé aux "
    "conseillers le 2 mars et qu'il n'appelle aucune observation.",
])
def test_a_long_sentence_that_does_not_announce_the_agenda(intro):
    assert _find_agenda_heading(list(_doc(intro).lines)) is None


# --- the closing item printed without the list's bullet: the list's last item, the body after it ------------------------
@pytest.mark.parametrize("closing", ["Questions diverses", "Informations diverses", "QUESTIONS DIVERSES", "Divers",
                                     "Affaires diverses."])
def test_an_unbulleted_closing_item_ends_a_bulleted_list(closing):
    text = (f"Présents : MM. DURAND, MARTIN, PETIT.\nORDRE DU JOUR :\n- Approbation du PV de la séance précédente\n"
            f"- Tarifs de la cantine\n- Travaux de voirie\n{closing}\n- APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE PRÉCÉDENTE\n"
            "Le procès-verbal est approuvé à l'unanimité.\n- TARIFS DE LA CANTINE\nAdopté à l'unanimité.\n")
    seg = segment(_doc(text))
    agenda = [a.title for a in seg.agenda if a.source == "agenda"]
    assert agenda == ["Approbation du PV de la séance précédente", "Tarifs de la cantine", "Travaux de voirie",
                      closing]


def test_an_unbulleted_detail_under_a_bulleted_item_stays_its_detail():
    text = ("ORDRE DU JOUR :\n- Personnel\nCompte épargne temps\n- Délégués au syndicat\n- Questions diverses\n\n"
            "Présents : MM. DURAND, MARTIN.\n")
    assert [a.title for a in segment(_doc(text)).agenda][:2] == ["Personnel - Compte épargne temps", "Délégués au syndicat"]


# --- the label's one item on its own line: "Ordre du jour : Budget primitif 2024" (A_ODJ_LABEL) ------------------------
ONE_ITEM = (
    ["Budget primitif 2024", "Lecture et approbation du compte rendu de la réunion du 16 septembre 2019",
     "Élection du maire et des adjoints", "DÉSIGNATION DES DÉLÉGUÉS AU SYNDICAT", "Vote des taux d’imposition 2021"],
    ["néant", "Néant", "Voir la convocation jointe", "cf. annexe", "adopté à l'unanimité", "Adopté à l'unanimité",
     "épuisé", "le suivant", "ci-dessous", "X",
     "Monsieur le Maire rappelle aux membres du conseil que la séance a été convoquée en urgence pour délibérer sur un seul point."],
)


@pytest.mark.parametrize("text, matches", [(t, True) for t in ONE_ITEM[0]] + [(t, False) for t in ONE_ITEM[1]])
def test_one_item_title_rows(text, matches):
    assert _one_item_title(text) is matches


@pytest.mark.parametrize("label", ["Ordre du jour : ", "ORDRE DU JOUR : ", "L'ordre du jour : ", "Ordre du jour de la séance :"])
def test_the_labels_one_item_on_its_own_line(label):
    text = (f"Présents : MM. DURAND, MARTIN, PETIT.\n\n{label}Budget primitif 2024\n\nLe Maire présente le budget primitif. "
            "Après en avoir délibéré, le conseil municipal, à l'unanimité, adopte le budget primitif.\n")
    assert [(a.title, a.source) for a in segment(_doc(text)).agenda] == [("Budget primitif 2024", "agenda")]


# --- section labels in capitals over the numbered items they group (round eight, second wave, A_TREE) -------------------
SECTION_LABELS = [
    # (the agenda's lines under "Ordre du jour :"): labels unnumbered, items numbered without a mark, with one, or dotted
    "ADMINISTRATION GENERALE\n1 Approbation du compte rendu\n2 Modification des statuts\nFINANCES\n3 Adoption des restes à réaliser\n"
    "DIVERS\n4 Questions diverses\n",
    "FINANCES\n1. Approbation du compte rendu\n2. Modification des statuts\nURBANISME – TRAVAUX\n3. Adoption des restes à réaliser\n"
    "4. Questions diverses\n",
    "AFFAIRES GÉNÉRALES\n1 - Approbation du compte rendu\n2 - Modification des statuts\nRESSOURCES HUMAINES\n"
    "3 - Adoption des restes à réaliser\nQUESTIONS DIVERSES\n4 - Questions diverses\n",
    "  ADMINISTRATION GÉNÉRALE  \n1 Approbation du compte rendu\n\n2 Modification des statuts\n\nFINANCES\n\n"
    "3 Adoption des restes à réaliser\n4 Questions diverses\n",
]


@pytest.mark.parametrize("agenda", SECTION_LABELS)
def test_section_labels_over_numbered_items_are_no_items(agenda):
    text = f"Présents : MM. DURAND, MARTIN, PETIT.\nOrdre du jour :\n{agenda}\n\nLe Maire ouvre la séance.\n"
    seg = segment(_doc(text))
    assert [(a.number, a.title) for a in seg.agenda] == [
        ("1", "Approbation du compte rendu"), ("2", "Modification des statuts"), ("3", "Adoption des restes à réaliser"),
        ("4", "Questions diverses")]


@pytest.mark.parametrize("text, matches", [
    ("ADMINISTRATION GENERALE", True), ("MARCHES PUBLICS", True), ("URBANISME – TRAVAUX", True), ("DIVERS", True),
    ("PRESENTS :", False), ("BUDGET 2024", False), ("Finances", False), ("M. DURAND", False), ("LE CONSEIL APPROUVE.", False),
])
def test_section_label_rows(text, matches):
    assert _section_label(text) is matches


def test_a_capitals_item_of_a_plain_list_stays_an_item():
    # (no numbered item under it: a plain list of titles in capitals, each an item)
    text = "Ordre du jour :\nBUDGET PRIMITIF\nTARIFS DE LA CANTINE\nQUESTIONS DIVERSES\n\nPrésents : MM. DURAND, MARTIN.\n"
    assert [a.title for a in segment(_doc(text)).agenda] == ["BUDGET PRIMITIF", "TARIFS DE LA CANTINE", "QUESTIONS DIVERSES"]


# --- a flattened transcription: the ordre du jour on the label's line, dash-separated, the body's first heading run into
# its prose right under it (round eight, second wave, A_FLAT) -------------------------------------------------------------
@pytest.mark.parametrize("agenda, body", [
    ("ORDRE DU JOUR : - Approbation du procès-verbal du 11 octobre 2018 - CCHSAM : modification des statuts communautaires "
     "- Salle culturelle : demande de subvention - Affaires diverses.",
     "I – Le procès-verbal de la réunion du 11 octobre 2018 est approuvé, à l’unanimité, par les membres du Conseil municipal."),
    ("Ordre du jour : - Approbation du compte rendu - Enfance : convention avec la CAF - Voirie : programme 2024 - Questions diverses",
     "1. Le compte rendu de la séance précédente est adopté à l'unanimité des membres présents et représentés du conseil."),
    ("ORDRE DU JOUR : Approbation du compte rendu ; Personnel : création d'un poste ; Finances : décision modificative ; Divers",
     "1 – Le compte rendu de la dernière séance est approuvé à l'unanimité par les membres du conseil municipal présents."),
])
def test_a_flattened_agenda_above_a_heading_run_into_its_prose(agenda, body):
    text = f"Présents : MM. DURAND, MARTIN, PETIT.\n\n{agenda}\n\n{body}\n"
    assert len([a for a in segment(_doc(text)).agenda if a.source == "agenda"]) == 4


@pytest.mark.parametrize("title, label", [
    ("CCHSAM : modification des statuts", False), ("Enfance : convention IDA", False), ("Présents : M. DURAND", True),
    ("Secrétaire de séance : Mme ROUX", True), ("Excusés : M. PETIT", True), ("Objet : Budget primitif", True),
    ("Pouvoirs : néant", True),
])
def test_preamble_label_rows(title, label):
    assert _preamble_label(title) is label


# --- headline paragraphs: a bulleted title over its paragraph, the vote further down (round eight, second wave,
# A_HEADLINE): gated on the paragraph's shape, never on the vote's distance -----------------------------------------------
_EXPOSE = ("Monsieur le Maire présente au conseil municipal le régime applicable et rappelle le contexte de ce dossier, "
           "les montants en jeu et le calendrier prévu par les services de l'État. ")


@pytest.mark.parametrize("mark", ["-  ", "- ", "• ", "➢ ", "– "])
def test_bulleted_headlines_with_their_vote_far_below(mark):
    text = (f"Présents : MM. DURAND, MARTIN, PETIT.\n\n{mark}Nomination d'un secrétaire de séance\n\n"
            "M. Paul DURAND a été nommé secrétaire de séance.\n\n"
            f"{mark}Indemnité de fonction du maire et des adjoints\n\n{_EXPOSE * 3}\n\n{_EXPOSE}\n\n"
            "Le conseil municipal, à l'unanimité, décide :\n\n        - de fixer l'indemnité du maire à 100 % du barème\n\n"
            f"{mark}Tarifs de la cantine scolaire\n\n{_EXPOSE * 2}\n\nAprès en avoir délibéré, le conseil municipal, à "
            "l'unanimité, fixe les tarifs.\n")
    seg = segment(_doc(text))
    titles = [a.title for a in seg.agenda]
    assert titles[-2:] == ["Indemnité de fonction du maire et des adjoints", "Tarifs de la cantine scolaire"]
    decisions = extract_decisions(_doc(text), seg)["decisions"]
    assert [d.outcome for d in decisions][-2:] == ["adopted", "adopted"]


def test_an_operative_parts_dashes_are_no_headlines():
    # (a decision's own dashes, in lower case, under a vote: no headline of their own)
    text = ("Présents : MM. DURAND, MARTIN, PETIT.\n\n- Indemnité de fonction du maire\n\n" + _EXPOSE * 2 + "\n\n"
            "Le conseil municipal, à l'unanimité, décide :\n- de fixer l'indemnité du maire\n- d'inscrire les crédits au budget\n\n"
            "- Tarifs de la cantine\n\n" + _EXPOSE + "\n\nAprès en avoir délibéré, à l'unanimité, le conseil fixe les tarifs.\n")
    assert [a.title for a in segment(_doc(text)).agenda] == ["Indemnité de fonction du maire", "Tarifs de la cantine"]


def test_a_bulleted_ordre_du_jour_stays_the_agenda_above_headlines():
    text = ("ORDRE DU JOUR :\n- Indemnité de fonction du maire\n- Tarifs de la cantine\n\n- Indemnité de fonction du maire\n\n"
            + _EXPOSE * 2 + "\n\nLe conseil municipal, à l'unanimité, décide de fixer l'indemnité.\n\n- Tarifs de la cantine\n\n"
            + _EXPOSE + "\n\nAprès en avoir délibéré, à l'unanimité, le conseil fixe les tarifs.\n")
    seg = segment(_doc(text))
    assert [(a.title, a.source) for a in seg.agenda] == [("Indemnité de fonction du maire", "agenda"), ("Tarifs de la cantine", "agenda")]


# --- headline paragraphs of other shapes: "Title : <the exposé's opener>" with the vote lines below, and a bullet's title
# with its outcome after a semicolon (round eight, second wave, A_HEADLINE) ----------------------------------------------
@pytest.mark.parametrize("paragraph, title", [
    ("ONF (Coupe de bois) : Monsieur le Maire fait part au Conseil Municipal de la lettre de l'Office National des Forêts :\n"
     "- parcelle n°6 d'une surface de 0,26 ha\n" + _EXPOSE * 2 + "\nLe Conseil Municipal, après en avoir délibéré par 8 voix "
     "POUR, décide de mettre les coupes en vente.", "ONF (Coupe de bois)"),
    ("Travaux de voirie : Madame la Maire rappelle le programme de l'année.\n" + _EXPOSE * 2 + "\n" + _EXPOSE + "\nAprès en avoir "
     "délibéré, à l'unanimité, le conseil décide de retenir l'entreprise.", "Travaux de voirie"),
    ("SUBVENTION AU COMITÉ DES FÊTES : Vu la demande de l'association, " + _EXPOSE + "\nLe conseil, à l'unanimité, attribue 500 €.",
     "SUBVENTION AU COMITÉ DES FÊTES"),
    ("• Adoption du procès-verbal de la séance du 5 mars 2020 ; Le procès-verbal de la séance est adopté à l'unanimité des votants.",
     "Adoption du procès-verbal de la séance du 5 mars 2020"),
    ("- Tarifs de la cantine ; les tarifs sont approuvés à l'unanimité.", "Tarifs de la cantine"),
])
def test_headline_paragraphs_of_other_shapes(paragraph, title):
    doc = _doc("Présents : MM. DURAND, MARTIN, PETIT.\n\n" + paragraph + "\n\nLa séance est levée à 21 h.\n")
    seg = segment(doc)
    assert [a.title for a in seg.agenda] == [title]
    assert [d.outcome for d in extract_decisions(doc, seg)["decisions"]] == ["adopted"]


@pytest.mark.parametrize("paragraph", [
    # (no vote before the end: an information, fail-safe)
    "Informations diverses : Monsieur le Maire informe le conseil de la date du repas des aînés. " + _EXPOSE,
    # (a label of the preamble)
    "Présents : Monsieur le Maire, M. DURAND, M. MARTIN.",
    # (a semicolon without an outcome)
    "• Budget primitif ; tarifs ; subventions",
])
def test_no_headline_paragraph(paragraph):
    doc = _doc("Secrétaire de séance : M. DURAND.\n\n" + paragraph + "\n\nLa séance est levée à 21 h.\n")
    assert not [d for d in extract_decisions(doc, segment(doc))["decisions"] if d.outcome == "adopted"]
