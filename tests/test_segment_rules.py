"""Segmentation's rule tables, each row with lines that must match and lines that must not, and
the body structures they find on snippets written as minutes are written."""

from __future__ import annotations

import pytest

from pipeline.read.common import RawLine, build_document, split_text_lines
from pipeline.segment import ANCHORS, anchor_kind, parse_numbered, segment, title_affinity

# kind -> (must match, must not match): real-looking French lines
ANCHOR_EXAMPLES = {
    "formula": (
        ["Le Conseil Municipal, après en avoir délibéré, à l'unanimité :", "Après délibération, le conseil syndical",
         "Le Conseil, ouï l'exposé de son Président et après en avoir délibéré,", "Entendu l'exposé de Madame le Maire,",
         "Le conseil communautaire délibère et, à l'unanimité, approuve"],
        ["Délibération n° 2024-12 : Budget primitif", "Le conseil municipal du 12 mars 2024", "Objet : délibérations du bureau"],
    ),
    "vote": (
        ["VOTE : UNANIMITE", "Vote : Pour à l'unanimité", "Adopté à l'unanimité", "ADOPTÉ", "par 15 voix pour, 2 contre",
         "Pour : 12", "Contre : 2 (M. X, Mme Y)", "Abstention(s) : 1", "12 votes pour", "Le conseil municipal prend acte du rapport.",
         "les membres du conseil prennent acte de la présentation", "DÉLIBÉRATION APPROUVÉE : Pour 86",
         "Appelé à se prononcer, le Conseil donne son accord et pouvoir à la Présidente", "Le conseil municipal donne un avis favorable",
         "Le conseil municipal émet un avis favorable", "le comité syndical se prononce favorablement",
         "Le compte rendu est adopté par 20 voix favorables et 2", "la proposition a été rejetée par 9 voix contre 6",
         "Accord à la majorité : 10 pour (8 + 2 procurations pour), 3 abstentions", "Approbation à la majorité : 10 pour"],
        ["Vote du budget primitif 2024", "Pour mémoire, le budget 2023", "Contrôle des comptes", "Adoption du procès-verbal",
         "Approbation du compte administratif 2023", "Délibération approuvant le règlement intérieur",
         "La commission donne un avis favorable", "Le conseil d'école donne son avis sur les rythmes",
         "Le budget est adopté par le conseil communautaire", "Le projet a été approuvé par 3 communes",
         "Adoption à la majorité qualifiée des statuts", "Accord de principe pour la vente"],
    ),
    "operative": (
        ["DÉCIDE de fixer les tarifs comme suit :", "- APPROUVE l'adhésion au CAUE 60 ;", "AUTORISE le Maire à signer la convention"],
        ["Décide de la suite à donner", "Approbation des tarifs", "AUTORISATION DE SIGNATURE"],
    ),
}


@pytest.mark.parametrize("kind", [kind for kind, _ in ANCHORS])
def test_every_anchor_row_has_examples(kind):
    assert kind in ANCHOR_EXAMPLES


@pytest.mark.parametrize(
    "kind, line, matches",
    [(kind, line, True) for kind, (must, _) in ANCHOR_EXAMPLES.items() for line in must]
    + [(kind, line, False) for kind, (_, must_not) in ANCHOR_EXAMPLES.items() for line in must_not],
)
def test_anchor_rows(kind, line, matches):
    pattern = dict(ANCHORS)[kind]
    assert bool(pattern.search(line)) is matches, line
    if matches:
        assert anchor_kind(line) is not None


@pytest.mark.parametrize(
    "agenda_title, body_title, alike",
    [
        ("Adhésion au CAUE 60", "Adhésion au Conseil d'Architecture d'Urbanisme et de l'Environnement de l'Oise", True),
        ("Décisions modificatives du budget 2021", "Décision modificative (DM) du budget 2021", True),
        ("Rapport annuel 2024 ADTO SAO", "Rapport annuel de la SPL ADTO SAO 2024", True),
        ("Convention d'adhésion au service de prévention des risques professionnels", "REPUBLIQUE FRANCAISE", False),
        ("Tarifs de la cantine scolaire", "Le conseil municipal après en avoir délibéré", False),
    ],
)
def test_title_affinity(agenda_title, body_title, alike):
    assert (title_affinity(agenda_title, body_title) >= 0.45) is alike


def _styled(rows: list[tuple[str, bool]]):
    """A PDF-like document: (text, bold) per line, at the same margin."""
    lines = [RawLine(text, 56.0, 100.0 + 14 * i, x1=400.0, bold=bold, underline=False, size=10.0) for i, (text, bold) in enumerate(rows)]
    return segment(build_document("2" * 64, "snippet.pdf", "pdf", [lines]))


def _plain(text: str):
    return segment(build_document("3" * 64, "snippet.txt", "text", [split_text_lines(text)]))


def _items(seg):
    return [(a.number, a.title, a.found_by) for a in seg.agenda]


def test_bold_titles_each_closed_by_a_vote_stand_for_the_agenda():
    seg = _styled([
        ("Compte rendu du conseil municipal du 12 mars 2024", False),
        ("Présents : M. Jean DUPONT, Mme Anne MARTIN", False),
        ("Budget primitif 2024", True),
        ("Monsieur le Maire présente le budget primitif de la commune.", False),
        ("Le conseil municipal, après en avoir délibéré, adopte le budget.", False),
        ("Vote : unanimité", False),
        ("Tarifs de la cantine scolaire", True),
        ("Les tarifs augmentent de 2 % à la rentrée.", False),
        ("Adopté à l'unanimité", False),
        ("Informations", True),  # no deliberation follows: not an item
        ("Le Maire informe le conseil des travaux de voirie.", False),
    ])
    assert _items(seg) == [("1", "Budget primitif 2024", "typography"), ("2", "Tarifs de la cantine scolaire", "typography")]
    assert [s.item_number for s in seg.sections] == ["1", "2"]


def test_parts_over_deliberation_numbers():
    seg = _plain(
        "Conseil communautaire du 13 mars 2025\n\n1. FINANCES\nDEL2025-02 : Vote du compte financier unique 2024\n"
        "Vu le code général des collectivités territoriales,\nAprès en avoir délibéré, le conseil approuve à l'unanimité.\n"
        "DEL2025-03 : Cession d'une remorque\nLe conseil, après en avoir délibéré, autorise la cession à l'unanimité.\n"
        "2. PERSONNEL\nDEL2025-04 : Adhésion à la convention de participation prévoyance\nAdopté à l'unanimité.\n"
    )
    assert [(a.number, a.found_by) for a in seg.agenda] == [
        ("1", "numbered-heading"), ("1.DEL2025-02", "deliberation-number"), ("1.DEL2025-03", "deliberation-number"),
        ("2", "numbered-heading"), ("2.DEL2025-04", "deliberation-number"),
    ]


def test_sub_headings_inside_a_deliberation_are_not_items():
    seg = _styled([
        ("DEL2025-02 : Vote du compte financier unique 2024", True),
        ("PRÉSENTATION GÉNÉRALE DU COMPTE FINANCIER UNIQUE", True),
        ("Investissement 5 081 400,00 € 9 664 164,93 €", True),
        ("DELIBERATION", True),
        ("Après en avoir délibéré, les membres du conseil ont, à l'unanimité, approuvé le CFU.", False),
        ("DEL2025-03 : Cession d'une remorque", True),
        ("Adopté à l'unanimité", False),
    ])
    assert [a.number for a in seg.agenda] == ["DEL2025-02", "DEL2025-03"]


def test_plain_titles_after_each_vote():
    """Minutes without any mark: the line after a vote that reads as a title opens the next deliberation."""
    seg = _plain(
        "Séance du conseil municipal du 4 juin 2021\n\nObjet : Subventions aux associations\nLe conseil vote les subventions.\n"
        "Vote : 14 pour, 0 contre\nTarification du cimetière\nLes tarifs sont dans la moyenne.\nVote : 14 pour, 0 contre\n"
        "Aucune observation n'est faite.\n"
    )
    assert _items(seg) == [("1", "Subventions aux associations", "object"), ("2", "Tarification du cimetière", "anchor")]


def test_plain_titles_after_a_vote_wrapped_over_two_lines():
    """The vote's sentence runs onto the next line (Hardouinais Mené): the title after it still opens the next item,
    and the text cut before its vote, its exposé begun, still has its item."""
    seg = _plain(
        "CONSEIL COMMUNAUTAIRE DU 11 DECEMBRE 2012\nPA de la Héronnière : approbation du projet d'aménagement\n"
        "Messieurs X et Y présentent le projet du futur parc d'activités et le dossier de consultation.\n"
        "Appelé à se prononcer, le Conseil donne son accord et pouvoir à la Présidente pour signer le permis et lancer la\n"
        "consultation des entreprises.\nMission d'architecte-conseil - proposition de l'Atelier du Canal\n"
        "Dans le cadre de l'instruction des permis de construire des porteurs de projets, il est préconisé de recourir\n"
    )
    assert [a.title for a in seg.agenda] == ["PA de la Héronnière : approbation du projet d'aménagement",
                                             "Mission d'architecte-conseil - proposition de l'Atelier du Canal"]


def test_a_plain_title_between_a_paragraph_and_the_exposé_it_heads():
    """Juigné-sur-Sarthe: after the header and a paragraph closed by its full stop, a plain line followed by the
    exposé's first words ("Monsieur le Maire rappelle") titles the item; the same line inside a paragraph does not."""
    header = ("Etaient présents : MM. Daniel MARTIN, Maire, Claude DURAND, Anne PETIT.\n"
              "M. Jean MALFROY est désigné secrétaire de séance.\n"
              "Monsieur le Maire propose d'informer chaque personne des récriminations exposées.\n")
    body = ("Monsieur le Maire rappelle au Conseil Municipal sa décision d'aménager une Maison d'Assistantes Maternelles "
            "dans l'ancienne école, les travaux devant commencer au printemps, le permis ayant été accordé le mois dernier "
            "par le service instructeur de la communauté de communes, et les entreprises ayant été consultées.\n")
    seg = _plain(header + "Projet d'aménagement d'une Maison d'Assistantes Maternelles\n" + body)
    assert [a.title for a in seg.agenda] == ["Projet d'aménagement d'une Maison d'Assistantes Maternelles"]
    seg = _plain(header[:-2] + " et de la\nProjet d'aménagement d'une Maison d'Assistantes Maternelles\n" + body)
    assert [a.title for a in seg.agenda] == []


def test_a_parts_title_printed_again_above_its_table_is_no_item_of_it():
    """SICTOM du Guiers: "2. DELIBERATION Compte Administratif de l'exercice 2014" / "COMPTE ADMINISTRATIF 2014" / the
    table and the vote: the capitals line repeats the item's title, it is no sub-item; a title of other words is."""
    text = ("Secrétaire de séance : Mme Isabelle MARTIN\n1. Procès verbal de la réunion du 25 novembre 2014\n"
            "A l'unanimité, l'assemblée approuve le procès-verbal.\n2. DELIBERATION Compte Administratif de l'exercice 2014\n"
            "{child}\nSection de fonctionnement 535 663,57 € 2 868 780,65 €\nA l'unanimité, l'assemblée approuve le compte.\n"
            "3. DELIBERATION Compte de Gestion de l'exercice 2014\nA l'unanimité, l'assemblée approuve le compte de gestion.\n")
    seg = _plain(text.format(child="COMPTE ADMINISTRATIF 2014"))
    assert [a.number for a in seg.agenda] == ["1", "2", "3"]
    seg = _plain(text.format(child="BUDGET ANNEXE DE L'EAU"))
    assert [a.number for a in seg.agenda] == ["1", "2", "2.1", "3"]


def test_a_point_added_at_the_opening_of_an_excerpt_cut_before_the_body():
    """Mios: "un point supplémentaire est porté à l'ordre du jour, nécessitant une délibération :" / its title, the
    text cut there: the point is an item even with no other item read."""
    seg = _plain(
        "Présents : MM. Cédric PAIN, Didier MARTIN, Mme Anne DURAND.\nSecrétaire de séance : Mme Magali PETIT.\n"
        "Avec l'accord des membres de l'assemblée, un point supplémentaire est porté à l'ordre du jour, nécessitant une "
        "délibération :\nDéclassement du domaine public de la passe communale – chevauchant d'une part, le\n"
    )
    assert [(a.title, a.source) for a in seg.agenda] == [
        ("Déclassement du domaine public de la passe communale – chevauchant d'une part, le", "added")]


def test_roman_parts_with_bulleted_items_after_a_delegation_line():
    seg = _plain(
        "Ordre du jour de la séance :\nDécisions prises par délégation du Conseil Municipal au maire\nI. Affaires générales\n"
        "- Adhésion au CAUE 60\n- Participation à une classe découverte 2026\nII. Finances\n- Décision budgétaire modificative n° 1\n"
        "V. Questions diverses\n- Aménagements urbains en centre-ville\n\n"
        "I. AFFAIRES GÉNÉRALES\nD2025-035 - Objet : Adhésion au Conseil d'Architecture, d'Urbanisme et de l'Environnement de l'Oise\n"
        "Le Conseil Municipal, après en avoir délibéré, à l'unanimité, approuve l'adhésion.\n"
        "D2025-036 - Objet : Participation de la commune à une classe découverte 2026\nAdopté à l'unanimité.\n"
        "II. FINANCES\nD2025-037 - Objet : Décision budgétaire modificative n° 1\nAdopté à l'unanimité.\nV. Questions diverses\n"
    )
    assert [(a.number, a.title) for a in seg.agenda] == [
        ("I", "Affaires générales"), ("I.1", "Adhésion au CAUE 60"), ("I.2", "Participation à une classe découverte 2026"),
        ("II", "Finances"), ("II.1", "Décision budgétaire modificative n° 1"), ("V", "Questions diverses"),
        ("V.1", "Aménagements urbains en centre-ville"),
    ]
    # "Adhésion au CAUE 60" is retitled in the body: found by its place between items I and I.2
    assert [s.item_number for s in seg.sections] == ["I", "I.1", "I.2", "II", "II.1", "V"]


@pytest.mark.parametrize("agenda, items", [
    # the text cut inside the agenda: no body takes the points up, the parts alone are items (Le Minervois)
    ("ORDRE DU JOUR\nI.\nRELEVE DE DECISIONS DU BUREAU\nII.\nOPERATION GRAND SITE\n- Intervention de la stagiaire\n"
     "- Convention d'occupation des locaux\nIII.\nSERVICE DES DECHETS :\n- Prix du badge supplémentaire\n- Prolongation demande de subv",
     [("I", "RELEVE DE DECISIONS DU BUREAU"), ("II", "OPERATION GRAND SITE"), ("III", "SERVICE DES DECHETS")]),
    ("Ordre du jour :\nI. Affaires générales\n- Adhésion au CAUE 60\n- Participation à une classe découverte 2026\n"
     "II. Finances\n- Décision budgétaire modificative n° 1\n- Tarifs 2026",
     [("I", "Affaires générales"), ("II", "Finances")]),
])
def test_bulleted_points_of_roman_parts_no_body_takes_up_are_the_parts_content(agenda, items):
    assert [(a.number, a.title) for a in _plain(agenda).agenda] == items


@pytest.mark.parametrize("bullet", ["-", "•", "\uf0a7"])
def test_several_bullets_under_an_item_are_its_content_one_is_its_title(bullet):
    seg = _plain(
        f"ORDRE DU JOUR\n1. Budget - Commune\n{bullet} Approbation du compte de gestion 2017\n{bullet} Affectation des résultats 2017\n"
        f"2. Festival des Petites Bouilles\n{bullet} Fixation des tarifs des insertions\n3. Repas des aînés 2018\n"
    )
    assert [a.title for a in seg.agenda] == [
        "Budget - Commune", "Festival des Petites Bouilles - Fixation des tarifs des insertions", "Repas des aînés 2018",
    ]


@pytest.mark.parametrize("mark", ["", ". "])
def test_lines_under_a_dashed_item_are_its_content_one_is_its_title(mark):
    # a dashed agenda printing an item's points under it, unbulleted (Olliergues) or with a dot (Saint-Vincent-de-Durfort)
    seg = _plain(
        f"ORDRE DU JOUR :\n- Approbation du compte rendu\n- Affectation des résultats 2013\n{mark}Budget principal.\n"
        f"{mark}Budget Assainissement.\n- Chemin de Narbonne\n{mark}Consultation à lancer\n- Questions diverses\n"
    )
    assert [a.title for a in seg.agenda] == [
        "Approbation du compte rendu", "Affectation des résultats 2013", "Chemin de Narbonne - Consultation à lancer", "Questions diverses",
    ]


def test_lines_after_a_dashed_list_are_no_points_of_its_last_item():
    # (the dash does not come back: the list has ended, the lines are its own items or the body's)
    seg = _plain(
        "ORDRE DU JOUR :\n- Budget primitif 2024\n- Tarifs de la cantine\nQuestions diverses\n\n"
        "Budget primitif 2024\nLe conseil municipal approuve le budget.\n"
    )
    assert "Tarifs de la cantine" in [a.title for a in seg.agenda]
    assert "Tarifs de la cantine - Questions diverses" not in [a.title for a in seg.agenda]


def test_an_agenda_whose_items_are_followed_by_their_votes_is_the_body():
    seg = _plain(
        "Ordre du jour\n1/ Délibération reversement taxe d'aménagement :\n10 votes pour. 2 Abstentions\n"
        "2/ Délibération pour le calcul de la longueur de la voie publique.\nUn nouveau comptage a été réalisé.\n12 votes pour\n"
        "3/ Changement de destination pour 2 parcelles de bois\n1 abstention 11 votes pour\n"
    )
    assert [(a.number, a.found_by) for a in seg.agenda] == [("1", "numbered-heading"), ("2", "numbered-heading"), ("3", "numbered-heading")]
    assert [s.item_number for s in seg.sections] == ["1", "2", "3"]


@pytest.mark.parametrize(
    "line, titles",
    [
        ("I Prix de l'eau et tarifs du service II DM n°3 III Personnel IV Travaux V Divers",
         ["Prix de l'eau et tarifs du service", "DM n°3", "Personnel", "Travaux", "Divers"]),
        ("1. Budget primitif 2024 2. Tarifs de la cantine 3. Questions diverses",
         ["Budget primitif 2024", "Tarifs de la cantine", "Questions diverses"]),
    ],
)
def test_an_agenda_printed_on_one_line(line, titles):
    seg = _plain(f"Ordre du jour\n\n{line}\n\nLe quorum est atteint.\n")
    assert [a.title for a in seg.agenda] == titles


@pytest.mark.parametrize(
    "agenda, titles",
    [
        # two or three items to a line, the list going on below (Mortagne-sur-Gironde's "1) ... 2) ...")
        ("1) Rapport annuel 2020 sur l'assainissement 2) Admission en non-valeur\n3) Convention SIVOM 4) Tableau des effectifs "
         "5) Subvention association\n6) Tarif camping municipal 2022 7) Règlement cimetière\n8) Questions diverses",
         ["Rapport annuel 2020 sur l'assainissement", "Admission en non-valeur", "Convention SIVOM", "Tableau des effectifs",
          "Subvention association", "Tarif camping municipal 2022", "Règlement cimetière", "Questions diverses"]),
        # the list's last line holds two items
        ("1. Budget primitif 2024\n2. Tarifs de la cantine 3. Questions diverses",
         ["Budget primitif 2024", "Tarifs de la cantine", "Questions diverses"]),
        # the dash and the degree sign as marks
        ("1 - Budget primitif\n2 - Tarifs de la cantine 3 - Subventions\n4 - Questions diverses",
         ["Budget primitif", "Tarifs de la cantine", "Subventions", "Questions diverses"]),
        ("1°) Budget primitif 2°) Tarifs de la cantine\n3°) Questions diverses",
         ["Budget primitif", "Tarifs de la cantine", "Questions diverses"]),
        # a number inside a title that is not the next item's, or another mark: no cut
        ("1) Budget primitif\n2) Avenant 3 au marché de voirie\n3) Questions diverses",
         ["Budget primitif", "Avenant 3 au marché de voirie", "Questions diverses"]),
        ("1) Budget primitif\n2) Tarifs 2024 3. Salle des fêtes\n3) Questions diverses",
         ["Budget primitif", "Tarifs 2024 3. Salle des fêtes", "Questions diverses"]),
    ],
)
def test_agenda_items_printed_several_to_a_line(agenda, titles):
    seg = _plain(f"Ordre du jour :\n\n{agenda}\n\nLe quorum est atteint.\n")
    assert [a.title for a in seg.agenda] == titles


@pytest.mark.parametrize("line", [
    "Le Maire rappelle les points I et II de la séance précédente puis III",  # no titles after the numbers
    "1. Budget primitif 2024",  # one item is no list on one line
])
def test_lines_that_are_not_an_agenda_on_one_line(line):
    from pipeline.records import Line
    from pipeline.segment import _inline_list

    assert _inline_list(Line(line, 0, len(line), 1)) == []


@pytest.mark.parametrize(
    "text, number, title",
    [
        ("Séance du 5 juin 2018\n- réf. : 2018/28\nObjet : Décision modificative n°1\nAprès en avoir délibéré, le conseil valide la DM.\n"
         "A l'unanimité (pour : 10 - contre : 0 - abstentions : 0)\n", "2018/28", "Décision modificative n°1"),
        ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE\nDÉLIBÉRATION : DEL 20-86 APPROBATION DES NOUVEAUX STATUTS\n"
         "NOMBRE DE CONSEILLERS : En exercice 91\nDÉLIBÉRATION APPROUVÉE : Pour 86\n", "DEL 20-86", "APPROBATION DES NOUVEAUX STATUTS"),
    ],
)
def test_an_extract_of_one_deliberation_is_one_item(text, number, title):
    seg = _plain(text)
    assert [(a.number, a.title, a.found_by) for a in seg.agenda] == [(number, title, "deliberation-number")]
    assert [s.item_number for s in seg.sections] == [number]


@pytest.mark.parametrize("text", [
    "Séance du 12/03/2024\nLe conseil municipal, après en avoir délibéré, approuve.\n",  # a date, not a reference
    "réf. : 2018/28\nLe conseil prend connaissance du courrier.\n",  # no deliberation
])
def test_no_extract_item_without_a_reference_and_a_deliberation(text):
    assert _plain(text).agenda == ()


@pytest.mark.parametrize(
    "text, numbers",
    [
        # deliberation codes under roman parts
        ("I. FINANCES\nDL-055-07-13 Budget primitif 2013\nAprès en avoir délibéré, le conseil adopte le budget.\n"
         "DL-056-07-13 Taux d'imposition 2013\nVote : unanimité\nII. URBANISME\nDL-057-07-13 Révision du PLU\nAdopté à l'unanimité.\n",
         ["I", "I.DL-055-07-13", "I.DL-056-07-13", "II", "II.DL-057-07-13"]),
        ("Délibération D2018-66 – Objet : Tarifs de la cantine scolaire\nAdopté à l'unanimité.\n"
         "Délibération D2018-67 – Objet : Subvention à l'association sportive\nAdopté à l'unanimité.\n", ["D2018-66", "D2018-67"]),
        ("2020-038 Budget primitif 2020\nAdopté à l'unanimité.\n2020-039 Tarifs communaux\nAdopté à l'unanimité.\n", ["2020-038", "2020-039"]),
        # the reference alone above a title in capitals
        ("N° 2020/11\nCOMMISSION COMMUNALE DES IMPOTS DIRECTS\nLe conseil, après en avoir délibéré, propose la liste.\n"
         "N° 2020/12\nINDEMNITES DES ELUS\nAdopté à l'unanimité.\n", ["2020/11", "2020/12"]),
        # the register's abbreviation and a rank over the year's two digits, alone above a title in capitals
        # (the text may end before the vote: a page, an excerpt)
        ("Dél. 486\nCESSION D'UN TERRAIN A LA COMMUNE\nVU l'acte administratif de cession,\n", ["486"]),
        ("028/18 :\nDISSOLUTION DU SYNDICAT INTERCOMMUNAL D'ELECTRIFICATION\nLe Conseil Municipal,\nVu le code,\n", ["028/18"]),
        ("Délib. n° 12 : Tarifs de la cantine\nAdopté à l'unanimité.\nDélib. n° 13 : Subvention au club\nAdopté à l'unanimité.\n",
         ["12", "13"]),
        # a number printed again inside its section is not a second item
        ("1/ Budget primitif 2024\nLe Maire présente le budget.\n1/ Budget primitif 2024 : délibération\nAdopté à l'unanimité.\n"
         "2/ Tarifs communaux\nAdopté à l'unanimité.\n", ["1", "2"]),
    ],
)
def test_numbered_bodies_without_agenda(text, numbers):
    seg = _plain("Compte rendu du conseil municipal du 3 avril 2013\n" + text)
    assert [a.number for a in seg.agenda] == numbers
    assert [s.item_number for s in seg.sections] == numbers


@pytest.mark.parametrize("line, number, title", [
    # a code of several groups before the year, a space put in it by the text layer (Périgord Vert Nontronnais)
    ("DELIBERATION N°CC-DEL- 2014-160 : DESIGNATION D'UN REPRESENTANT", "CC-DEL-2014-160", "DESIGNATION D'UN REPRESENTANT"),
    ("N° CC-DEL-2015-12 : Tarifs des déchèteries", "CC-DEL-2015-12", "Tarifs des déchèteries"),
    ("DEL-2020-045 Vente d'un terrain", "DEL-2020-045", "Vente d'un terrain"),
    # the year's dash spaced the same way, a rank after it (Mérenvielle: "2019-01 Adoption ..." then "2019- 02 ...")
    ("2019- 02 AUTORISATION D'OUVERTURE ANTICIPEE DE CREDITS", "2019-02", "AUTORISATION D'OUVERTURE ANTICIPEE DE CREDITS"),
    ("2019- 3 Tarifs de la cantine", "2019-3", "Tarifs de la cantine"),
])
def test_deliberation_codes_of_several_groups(line, number, title):
    from pipeline.segment import parse_numbered

    numbered = parse_numbered(line)
    assert (numbered.style, numbered.number, numbered.title) == ("delib", number, title)


@pytest.mark.parametrize("line", [
    "2019- 2020 Tarifs de la cantine",  # a season
    "2014- 15 heures de ménage par semaine",  # a quantity in prose
    "2019 - 02 Budget",  # a dash spaced on both sides: no reference
])
def test_no_spaced_year_reference(line):
    from pipeline.segment import parse_numbered

    numbered = parse_numbered(line)
    assert numbered is None or numbered.style != "delib", numbered


def test_a_deliberation_code_alone_on_its_line_is_joined_to_its_title():
    seg = _plain(
        "Secrétaire de séance : Mme Anne MARTIN\n\nDELIBERATION N°CC-DEL- 2014-160 :\n\n"
        "DESIGNATION D'UN REPRESENTANT AU CONSEIL DE SURVEILLANCE\n\nLe Président fait part au conseil de la loi.\n"
        "Après en avoir délibéré, le conseil désigne M. DUPONT à l'unanimité.\n"
    )
    assert [(a.number, a.title) for a in seg.agenda] == [("CC-DEL-2014-160", "DESIGNATION D'UN REPRESENTANT AU CONSEIL DE SURVEILLANCE")]


@pytest.mark.parametrize("line", ["Le 12-03-2024 le conseil s'est réuni", "DU 12/03/2024 Séance ordinaire", "du 2020-03 au 2021-04 Travaux",
                                  "12/03 : Réunion de la commission des finances", "Del. 12 mars",
                                  "N° 12/03/2024 Séance ordinaire", "Séance du 12/2019 Budget"])
def test_dates_are_not_deliberation_numbers(line):
    from pipeline.segment import parse_numbered

    numbered = parse_numbered(line)
    assert numbered is None or numbered.style != "delib"


@pytest.mark.parametrize(
    "line, title",
    [
        ("Budget primitif 2024", True), ("TARIFS DE LA CANTINE SCOLAIRE", True), ("Approbation du procès-verbal du 12 mars 2024", True),
        # must not: the document's heading, a letterhead, a label, a speaker, a recital, a vote
        ("CONSEIL MUNICIPAL DU 12 MARS 2024", False), ("Séance du 4 juin 2021", False), ("COMMUNE DE SAINT-TEST", False),
        ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS", False), ("COMPTE RENDU DE LA SÉANCE DU CONSEIL", False),
        ("REPUBLIQUE FRANCAISE", False), ("DELIBERATION", False), ("Étaient présents :", False), ("Monsieur le Maire expose :", False),
        ("Vu le code général des collectivités territoriales,", False), ("Vote : unanimité", False), ("DUPONT Jean", False),
        ("Étaient absents excusés :", False), ("Etaient excusés", False), ("ORDRE DU JOUR CONSEIL COMMUNAUTAIRE", False),
        # the session's heading wrapped, its second line (Juigné-sur-Sarthe: "PROCÈS-VERBAL DE LA SÉANCE" / "DU CONSEIL MUNICIPAL")
        ("DU CONSEIL MUNICIPAL", False), ("DE LA RÉUNION DU COMITÉ SYNDICAL", False), ("DU BUREAU COMMUNAUTAIRE", False),
        ("DUREE DU CONSEIL DE DEVELOPPEMENT", True),
        # a masthead of a department and its commune (Combrit), and the approval of the minutes printed as a heading with
        # its outcome (Périgord Vert Nontronnais)
        ("DEPARTEMENT DU FINISTERE COMMUNE DE COMBRIT", False), ("DÉPARTEMENT D'ILLE-ET-VILAINE", False),
        ("APPROBATION PV DE LA SEANCE DU 23 AVRIL 2014 à l'unanimité", True),
        ("APPROBATION DU COMPTE RENDU DU 12 MARS 2024 : adopté à l'unanimité", True),
        ("Le procès-verbal de la séance du 23 avril 2014 est approuvé à l'unanimité", False),
        ("BUDGET PRIMITIF 2024 adopté à l'unanimité", False),
    ],
)
def test_lines_set_apart_that_title_a_section(line, title):
    from pipeline.segment import _Emphasis, _title_at

    lines = [build_document("4" * 64, "a.pdf", "pdf", [[RawLine(line, 56.0, 100.0, bold=True, size=10.0)]]).lines[0]]
    found = _title_at(lines, 0, _Emphasis(bold=True, capitals=True))
    assert (found is not None) is title


def test_the_header_is_not_cut_by_a_title_read_in_it():
    """A section that holds the header's labels ("Présents :", "Secrétaire de séance") begins
    within the header: the preamble, where attendance and counts are read, goes on to the next."""
    seg = _plain(
        "Séance du 12 mars 2024\nObjet : Désignation du secrétaire de séance\nMme Anne MARTIN est désignée, adopté à l'unanimité.\n"
        "Présents : M. Jean DUPONT, Mme Anne MARTIN\nMembres en exercice : 15\n"
        "Objet : Budget primitif 2024\nAprès en avoir délibéré, le conseil adopte le budget à l'unanimité.\n"
    )
    assert [a.title for a in seg.agenda] == ["Désignation du secrétaire de séance", "Budget primitif 2024"]
    text = seg.sections[1].provenance.text
    assert "Budget primitif" in text and seg.preamble_end >= seg.sections[1].start


def test_an_extract_is_all_preamble():
    """One deliberation, its counts printed after its vote: the whole text is its preamble."""
    seg = _plain("- réf. : 2018/28\nObjet : Tarifs\nAdopté à l'unanimité.\nMembres en exercice : 15 - Votants : 14\n")
    assert [a.number for a in seg.agenda] == ["2018/28"] and seg.preamble_end >= len("- réf. : 2018/28\nObjet : Tarifs\nAdopté")


def test_an_extract_numbered_by_its_place_in_the_session():
    seg = _plain("COMMUNE DE SAINT-TEST\nSéance du conseil municipal du 12 mars 2024\n3. Décision modificative n°2 - budget principal\n"
                 "CREDITS A OUVRIR\nAprès en avoir délibéré, le conseil municipal adopte à l'unanimité.\n")
    assert [(a.number, a.title, a.found_by) for a in seg.agenda] == [("3", "Décision modificative n°2 - budget principal", "numbered-heading")]
    assert [s.item_number for s in seg.sections] == ["3"]


@pytest.mark.parametrize(
    "line, number",
    [("II PADD (Plan d'Aménagement et de Développement Durable).", "II"), ("IV Plan de sauvegarde communal.", "IV"),
     ("I Convention de mise à disposition de personnel.", "I")],
)
def test_bare_roman_numbers_where_bare_numbers_are_allowed(line, number):
    from pipeline.segment import parse_numbered

    assert parse_numbered(line, allow_bare=True).number == number
    assert parse_numbered(line) is None  # only where bare numbers are allowed (agenda lists, headings set apart)


@pytest.mark.parametrize("line", ["Il est décidé de reporter ce point", "VIVE la commune", "I'ordre du jour est lu", "X Y"])
def test_lines_that_are_no_bare_roman_item(line):
    from pipeline.segment import parse_numbered

    numbered = parse_numbered(line, allow_bare=True)
    assert numbered is None or numbered.style != "roman"


def test_an_agenda_of_bare_roman_numbers_each_line_closed_by_its_full_stop():
    seg = _plain(
        "Compte rendu du conseil municipal du 29 janvier 2021\nOrdre du jour :\nI Convention de mise à disposition de personnel.\n"
        "II Adhésion aux associations.\nIII Questions diverses.\nInformations.\n\n"
        "I Convention de mise à disposition de personnel.\nC'est une convention avec le centre de gestion.\nADOPTÉ à l'unanimité.\n"
        "II Adhésion aux associations.\nADOPTÉ 9 voix pour, 5 abstentions.\nIII Questions diverses.\nDevis toiture.\n"
    )
    assert [(a.number, a.title) for a in seg.agenda][:4] == [
        ("I", "Convention de mise à disposition de personnel."), ("II", "Adhésion aux associations."),
        ("III", "Questions diverses."), ("IV", "Informations.")]
    assert [s.item_number for s in seg.sections][:3] == ["I", "II", "III"]


def test_an_agenda_heading_set_over_the_body_itself():
    """"Ordre du jour" heads the items as they are treated: the list read under it stops at the
    first exposé, the body's numbered headings are the items."""
    seg = _styled([
        ("CR DU CONSEIL MUNICIPAL 26 NOVEMBRE 2021", True),
        ("Présents : Jean-Pierre, Yves, Jacques.", False),
        ("Ordre du jour", True),
        ("1- Election du 3ème adjoint", True),
        ("Pour remplacer Marielle, avec son accord, le maire a proposé Anne-Marie au poste.", False),
        ("Elle a accepté de reprendre les délégations de la voirie et des bâtiments communaux.", False),
        ("Les conseillers ont été invités à se prononcer à bulletin secret.", False),
        ("Le dépouillement a été fait par les deux plus jeunes conseillers.", False),
        ("Agnès a aussi été candidate à ce poste.", False),
        ("Résultat du vote :", False),
        ("- Anne-Marie : 11 votes, élue", False),
        ("2- Déneigement", True),
        ("Le prestataire actuel nous a fait savoir qu'il n'était plus en mesure d'assurer le déneigement.", False),
        ("Résultat du vote :", False),
        ("Pour le changement de prestataire : 13 votes", False),
        ("3- Questions diverses", True),
        ("Réseaux sociaux, demandes diverses des habitants.", False),
    ])
    assert [(a.number, a.title) for a in seg.agenda] == [
        ("1", "Election du 3ème adjoint"), ("2", "Déneigement"), ("3", "Questions diverses")]
    assert seg.agenda_span is None


def test_a_true_agenda_is_not_taken_for_the_body():
    seg = _plain(
        "Séance du 12 mars 2024\nOrdre du jour :\n1. Budget primitif 2024\n2. Tarifs communaux\n\n"
        "Le maire ouvre la séance et rappelle les règles de la séance publique du conseil.\n"
        "1. Budget primitif 2024\nAdopté à l'unanimité.\n2. Tarifs communaux\nAdopté à l'unanimité.\n"
    )
    assert [a.number for a in seg.agenda] == ["1", "2"] and seg.agenda_span is not None


def _marked(rows: list[tuple[str, bool, bool]]):
    """A PDF-like document: (text, bold, underlined) per line."""
    lines = [RawLine(text, 56.0, 100.0 + 14 * i, x1=400.0, bold=bold, underline=underline, size=10.0)
             for i, (text, bold, underline) in enumerate(rows)]
    return segment(build_document("5" * 64, "snippet.pdf", "pdf", [lines]))


def test_the_house_heading_style_heads_items_without_a_vote():
    """Bold and underlined titles each closed by a vote set the document's heading style: a title
    set the same way heads an item even without a vote, a part over its items included; a title
    closed by who reports it ("(M. DUPONT)") does not run on into the next one."""
    seg = _marked([
        ("Compte rendu du conseil municipal du 4 avril 2003", False, False),
        ("Comptes administratifs 2002.", True, True),
        ("Compte administratif de la commune.", True, True),
        ("Le compte est présenté par le maire.", False, False),
        ("Il est adopté à l'unanimité.", False, False),
        ("Compte administratif de l'eau.", True, True),
        ("Le conseil l'approuve à l'unanimité.", False, False),
        ("Avenant aux contrats de travaux (M. DUPONT)", True, True),
        ("Travaux supplémentaires à l'église.", True, True),
        ("Le Conseil donne son accord à l'unanimité.", False, False),
        ("Travaux piscine (Mme MARTIN)", True, True),
        ("Le devis de l'entreprise est discuté, la décision viendra plus tard.", False, False),
        ("Section de fonctionnement", True, False),
        ("Les dépenses sont en baisse.", False, False),
    ])
    assert [a.title for a in seg.agenda] == [
        "Comptes administratifs 2002.", "Compte administratif de la commune.", "Compte administratif de l'eau.",
        "Avenant aux contrats de travaux", "Travaux supplémentaires à l'église.", "Travaux piscine"]


def test_no_house_style_from_titles_set_in_different_ways():
    seg = _marked([
        ("Compte rendu du conseil municipal du 4 avril 2003", False, False),
        ("Compte administratif de la commune.", True, True),
        ("Il est adopté à l'unanimité.", False, False),
        ("Compte administratif de l'eau.", True, False),
        ("Le conseil l'approuve à l'unanimité.", False, False),
        ("Tarifs de la cantine.", True, True),
        ("Le conseil l'approuve à l'unanimité.", False, False),
        ("Travaux piscine", True, True),
        ("Le devis de l'entreprise est discuté, la décision viendra plus tard.", False, False),
    ])
    assert "Travaux piscine" not in [a.title for a in seg.agenda]


@pytest.mark.parametrize(
    "line, number, title",
    [
        ("4, Observations et réclamations", "4", "Observations et réclamations"),  # OCR's comma for the dot
        ("1. lnstallation des conseillers municipaux", "1", "Installation des conseillers municipaux"),  # OCR's l for I
        ("2. lmpôts locaux", "2", "Impôts locaux"),
        ("3. lotissement du Parc", "3", "lotissement du Parc"),  # a true lower-case l stays
    ],
)
def test_numbers_and_titles_as_ocr_reads_them(line, number, title):
    from pipeline.segment import parse_numbered

    numbered = parse_numbered(line)
    assert (numbered.number, numbered.title) == (number, title)


@pytest.mark.parametrize("line", ["1, 2 et 3 rue des Lilas", "15, rue de la Mairie", "2,5 millions d'euros"])
def test_a_comma_after_a_number_is_no_mark_in_prose(line):
    from pipeline.segment import parse_numbered

    assert parse_numbered(line) is None


def test_a_title_does_not_run_on_into_ocr_noise_or_a_recital():
    seg = _plain(
        "Procès-verbal de l'installation du conseil municipal\n"
        "1. Installation des conseillers municipaux\nLe maire a déclaré les membres installés dans leurs fonctions.\n"
        "2. Élection du maire\nsous la présidence oe v OÀ.Q/yrÈ.... .*D.E.M.O.U{ ......\nMme DUPONT est proclamée élue.\n"
    )
    assert [a.title for a in seg.agenda] == ["Installation des conseillers municipaux", "Élection du maire"]


def test_an_item_does_not_take_the_next_items_own_heading():
    """Two items whose titles share most words: the second's heading, printed whole, is its own
    even where the first's heading is unreadable (OCR) and only resembles it."""
    seg = _plain(
        "Séance du 15 décembre 2023\nOrdre du jour :\n"
        "1. Zones d'accélération des énergies renouvelables - Bilan de la concertation\n"
        "2. Zones d'accélération des énergies renouvelables - Approbation du zonage\n\n"
        "La séance est ouverte.\n"
        "Zones d'accél ... ir\nLe maire présente le bilan.\nVote : unanimité\n"
        "Zones d'accélération des énergies renouvelables - Approbation du zonage\nVu le code de l'énergie ;\nVote : unanimité\n"
    )
    assert [s.item_number for s in seg.sections] == ["2"]


# Run-on text (a page transcribed as one paragraph): each cut row -> (texts it must cut, with the
# piece expected to start a line; texts it must not cut)
RUN_ON_EXAMPLES = {
    "minutes": (
        [("présents et représentés. Adoption du Procès Verbal de la séance de Conseil Municipal du 20 Octobre 2016 Monsieur "
          "René Gibault demande", "Monsieur René Gibault demande"),
         ("à Mr Eric BOULLAND. Adoption du procès-verbal de la séance du 14 octobre 2011 Le quorum étant atteint",
          "Le quorum étant atteint")],
        ["Adoption du procès-verbal de la séance du 14 octobre 2011 à l'unanimité", "le compte rendu du 3 mai 2019 Le maire",
         "Adoption du procès-verbal du 14 octobre 2011 : Le conseil"],
    ),
    "sentence": (
        [("est approuvé à l'unanimité. 2- Compte-rendu des décisions", "2- Compte-rendu des décisions"),
         ("assuré par Pascal DURAND. L ordre du jour étant le suivant :", "L ordre du jour étant le suivant :")],
        ["pouvoir à M. DUPONT", "l'art. L2121-10 du code", "(pouvoir à E. MARTIN)", "INSTITUTIONNEL 1.1. Dérogation au règlement"],
    ),
    "item": (
        [("du 04/03/2016, 2. Approbation des comptes", "2. Approbation des comptes"),
         ("Anne MARTIN 1/ Demande d'adhésion au syndicat", "1/ Demande d'adhésion au syndicat"),
         ("l ordre du jour. 1 SECRETAIRE DE SEANCE", "1 SECRETAIRE DE SEANCE"),
         ("du 17 décembre 2019 1- Approbation du procès-verbal", "1- Approbation du procès-verbal"),
         ("FONCTIONNEMENT INSTITUTIONNEL 1.1. Dérogation au règlement", "1.1. Dérogation au règlement"),
         ("Villiers les Hauts 1.2. Précision portant sur", "1.2. Précision portant sur"),
         ("des membres présents. 1)Approbation des comptes", "1)Approbation des comptes"),
         ("Opposition : 0 Approbation : 30 3- Délibération relative à l'entrée", "3- Délibération relative"),
         ("d'aide auxiliaire de puériculture) Délibération n° 29/2017 Recensement de la population",
          "Délibération n° 29/2017 Recensement")],
        ["le 12 mars 2024 à 20 heures", "Présents : 9 Votants : 12", "la somme de 15. Le reste", "réunis au nombre de 2 Conseillers",
         "- Délibération n°2019-09 : désignation du secrétaire"],
    ),
    "list": (
        [("L'ordre du jour est le suivant : 1. Budget", "1. Budget"), ("examiner les points suivants : - Mise en vente", "- Mise en vente")],
        ["l'ordre du jour appelle le vote"],
    ),
    "agenda": (
        [("SECRETAIRE DE SEANCE : M. DUFOUR Philippe Ordre du jour : - Approbation", "Ordre du jour :")],
        ["propose d'ajouter à l'ordre du jour : - Motion"],
    ),
    "bullet": (
        [("de la réunion du 18 septembre 2020 - Création d'un emploi", "- Création d'un emploi"),
         ("les points suivants : - Evolution du périmètre, - Mise en vente", "- Mise en vente"),
         ("Modification de la convention « entente scolaire » - Subventions aux", "- Subventions aux"),
         ("existants en état (SDEHG) - Entretien de la caserne", "- Entretien de la caserne")],
        ["Service eau potable – Tarifs", "le projet -qui a été voté", "Saint-Martin-de-Ré", "GENERALE 1 - Composition des commissions",
         "Dastarat (SDEHG)- pour information", "« entente scolaire » - pour information",
         "SOMMAIRE Réf : 2021_057 - MODIFICATION DES STATUTS"],
    ),
    "reference": (
        [("SOMMAIRE Réf : 2021_057 - MODIFICATION DES STATUTS Réf : 2021_058 - FUSION DES BUDGETS", "Réf : 2021_058 - FUSION"),
         ("SOMMAIRE Réf : 2021_057 - MODIFICATION DES STATUTS", "Réf : 2021_057 - MODIFICATION")],
        ["la délibération (réf : 2019-45) du conseil", "Réf : 2021_057 modifiée le 3 mars", "Réf : 12 - Tarifs"],
    ),
    "separator": (
        [("publication ou notification du : ------------------------ Le procès verbal", "------------------------"),
         ("approuvé à l'unanimité ------------------------ SOMMAIRE Réf", "SOMMAIRE Réf")],
        ["Saint-Martin-de-Ré", "le compte - rendu", "montant : ---- €", "pages 12 -- 14",
         "COMMUNAUTE DE COMMUNES DU BONNEVALAIS ______ COMPTE RENDU"],
    ),
    "opener": (
        [("« Crussol-Pays de Vernoux » Monsieur le Maire rappelle le transfert", "Monsieur le Maire rappelle le transfert"),
         ("pour le prochain mandat 2020-2026 Vu le Code général", "Vu le Code général"),
         ("du 7 mars 2017 : M. le Maire donne lecture", "M. le Maire donne lecture"),
         ("1. Nomination d un secrétaire de séance Conformément à l article L du Code", "Conformément à l article")],
        ["sur proposition du Maire", "Monsieur DUPONT, conseiller municipal"],
    ),
    "capitals": (
        [("Secrétaire : Mme MARTIN. APPROBATION DU COMPTE-RENDU DU 22 NOVEMBRE 2012 Le compte-rendu de la réunion",
          "Le compte-rendu de la réunion")],
        ["Présents : Mme Anne MARTIN, M. Paul DURAND", "la commune de SAINT MARTIN DE RE Madame"],
    ),
    "capitals-start": (
        [("au budget principal BUDGET DECISION MODIFICATIVE Budget principal", "BUDGET DECISION MODIFICATIVE")],
        ["représenté par Mme Stéphanie VIEUX. Mme le Maire", "la SAUR donne lecture"],
    ),
    "colon": (
        [("1 SECRETAIRE DE SEANCE : Monsieur Paul MARTIN se porte volontaire", "Monsieur Paul MARTIN se porte volontaire"),
         ("1/ Approbation du compte-rendu de la réunion du 17 Décembre 2014: Le conseil municipal adopte", "Le conseil municipal adopte")],
        ["Approbation des comptes de gestion 2014 : Commune, services annexes", "Tarifs : Monsieur"],
    ),
}


def _run_on(text: str) -> list[str]:
    """The pieces reflow cuts a run-on line into (the text padded past the run-on length)."""
    from pipeline.records import Line
    from pipeline.segment import RUN_ON_CHARS, reflow
    padding = " fin" * (RUN_ON_CHARS // 4 + 1)
    line = Line(text + padding, 0, len(text + padding), 1)
    return [piece.text for piece in reflow(line)]


def test_every_run_on_row_has_examples():
    from pipeline.segment import RUN_ON_CUTS
    assert {name for name, _ in RUN_ON_CUTS} == set(RUN_ON_EXAMPLES)


@pytest.mark.parametrize(
    "name, text, piece",
    [(name, text, piece) for name, (must, _) in RUN_ON_EXAMPLES.items() for text, piece in must],
)
def test_run_on_cuts(name, text, piece):
    from pipeline.segment import RUN_ON_CUTS
    pattern = dict(RUN_ON_CUTS)[name]
    assert pattern.search(text), (name, text)
    assert any(p.startswith(piece) for p in _run_on(text)), _run_on(text)


@pytest.mark.parametrize("name, text", [(name, text) for name, (_, must_not) in RUN_ON_EXAMPLES.items() for text in must_not])
def test_run_on_does_not_cut(name, text):
    from pipeline.segment import RUN_ON_CUTS
    assert not dict(RUN_ON_CUTS)[name].search(text), (name, text)


def test_short_lines_are_never_reflowed():
    from pipeline.records import Line
    from pipeline.segment import reflow
    line = Line("Adopté à l'unanimité. 2. Budget primitif", 0, 41, 1)
    assert reflow(line) == [line]


def test_a_run_on_page_yields_its_agenda_items_and_decisions():
    header = ("Procès-verbal de la réunion du Conseil Municipal du 10 avril 2017 Le Conseil Municipal s est réuni le 10 avril 2017 "
              "sous la présidence de Paul MARTIN, maire. Etaient présents : Paul MARTIN, Anne DURAND, Marc PETIT, Luc ROUX, "
              "Julie BLANC. La séance est ouverte à 20h00. Le secrétariat de séance est assuré par Anne DURAND. ")
    agenda = ("L ordre du jour étant le suivant : 1. Approbation du procès-verbal de la réunion du 4 mars 2017, "
              "2. Vote des taux d imposition, 3. Questions diverses. M. le Maire propose au Conseil, qui l accepte, "
              "d examiner en plus de l ordre du jour communiqué, les points suivants : - Mise en vente herbage, "
              "- Délégations du Maire. ")
    body = ("1. Approbation du procès-verbal de la réunion du 4 mars 2017 : M. le Maire donne lecture du procès-verbal. "
            "Celui-ci n appelant pas de remarques, il est mis aux voix, et il est ainsi approuvé à l unanimité. "
            "2. Vote des taux d imposition : M. le Maire présente les taux. Après en avoir délibéré, le conseil "
            "municipal, par 4 voix pour et 1 contre, décide de maintenir les taux.")
    seg = _plain(header + agenda + body)
    assert [(a.number, a.title) for a in seg.agenda][:3] == [
        ("1", "Approbation du procès-verbal de la réunion du 4 mars 2017"), ("2", "Vote des taux d imposition"),
        ("3", "Questions diverses.")]
    assert [a.title.rstrip(".") for a in seg.agenda[3:]] == ["Mise en vente herbage", "Délégations du Maire"]
    assert [s.item_number for s in seg.sections][:2] == ["1", "2"]


def test_minutes_approved_in_a_sentence_of_the_preamble_are_their_item():
    text = ("COMMUNE DE SAINT-EXEMPLE\nCompte-rendu de la réunion du Conseil Municipal du 16 septembre 2019\n"
            "Ordre du jour :\n   - Approbation du compte-rendu du conseil municipal du 1er juillet\n"
            "   - Point sur les logements communaux\n   - Divers\n\n"
            "Présents : Anne MARTIN, Paul DURAND, Luc PETIT\nSecrétaire de séance : Anne MARTIN\n\n"
            "     Le compte-rendu de la réunion du Conseil Municipal du 1er juillet 2019, après lecture faite,\n"
            "                 est approuvé à l'unanimité\n\n"
            "Point sur les logements communaux\nLa rénovation de l'appartement a abouti.\n")
    seg = _plain(text)
    assert [s.item_number for s in seg.sections][:2] == ["1", "2"]
    assert seg.sections[0].heading == "" and "approuvé à l'unanimité" in text[seg.sections[0].start:seg.sections[0].end]


def test_a_minutes_approval_in_plain_text_heads_its_section():
    text = ("REUNION COMMUNAUTE DE COMMUNES\nDU PAYS D'EXEMPLE\nDU 18 juin 2015\n"
            "Présents : Mesdames et Messieurs MARTIN, DURAND, PETIT.\n"
            "Monsieur le Président ouvre la séance.\n"
            "Approbation du compte rendu de la dernière réunion du Conseil intercommunal :\n"
            "Monsieur le Président propose de l'approuver.\n"
            "La présente délibération a été approuvée à l'unanimité.\n")
    seg = _plain(text)
    assert [a.title for a in seg.agenda] == ["Approbation du compte rendu de la dernière réunion du Conseil intercommunal"]


@pytest.mark.parametrize("text, items", [
    # a municipal software's list of deliberations, each reference after its title
    ("SOMMAIRE\n\nApprobation du compte-rendu du 12 mars 2018 - 10-2018 Compte de gestion 2017 - 11-2018\n"
     "Vote du budget primitif 2018 - 12-2018\n\nApprobation du compte-rendu du 12 mars 2018 réf : 10-2018\n"
     "Après en avoir délibéré, le conseil municipal approuve, à l'unanimité, le compte rendu.\n",
     ["10-2018", "11-2018", "12-2018"]),
    # a column of numbers read before the column of its titles
    ("L'ordre du jour était le suivant :\n1.\n2.\n3.\nApprobation du compte rendu du 14 juin 2007\n"
     "Eolien : présentation du schéma éolien\nVoirie : définition de l'intérêt communautaire\n", ["1", "2", "3"]),
])
def test_references_after_titles_and_number_columns(text, items):
    assert sorted(a.number for a in _plain(text).agenda) == items


@pytest.mark.parametrize("line, number, title", [
    ("N° 06.2019.01 – INTERCOMMUNALITE – Composition du Conseil", "06.2019.01", "INTERCOMMUNALITE – Composition du Conseil"),
    ("Délibération N° 2018-03-02 Nomination secrétaire de séance", "2018-03-02", "Nomination secrétaire de séance"),
    ("17-2018 Vote des tarifs 2018", "17-2018", "Vote des tarifs 2018"),
    ("1/ Demande d'adhésion au Syndicat Intercommunal d'Eau potable", "1", "Demande d'adhésion au Syndicat Intercommunal d'Eau potable"),
    ("0. Approbation du procès-verbal de la réunion du 18 septembre 2019", "0", "Approbation du procès-verbal de la réunion du 18 septembre 2019"),
    ("3.1 – Débat d'Orientation Budgétaire 2016", "3.1", "Débat d'Orientation Budgétaire 2016"),
    ("N°3 - Budget", "3", "Budget"),
    # a register's reference announced by "Réf :" (Larchant's summary)
    ("Réf : 2021_059 - MODIFICATION DES STATUTS DU SDESM", "2021_059", "MODIFICATION DES STATUTS DU SDESM"),
    ("Réf. : 2019-45 : Tarifs de la cantine", "2019-45", "Tarifs de la cantine"),
    ("Référence : 2020/12 – Vente d'un terrain", "2020/12", "Vente d'un terrain"),
    # not items: a page's counter, a page's number before the document's heading, a date, a count
    ("1/23 REPUBLIQUE FRANCAISE DEPARTEMENT DU NORD", None, None),
    ("1 SEANCE DU CONSEIL MUNICIPAL DU 26 MARS 2013", None, None),
    # (round eight) the page's number before the minutes' own heading, with or without the date (Les Bertranges)
    ("1 PROCES VERBAL DU CONSEIL COMMUNAUTAIRE Vendredi 10 Juillet 2020 à 18 h 30", None, None),
    ("2 Procès-verbal du Conseil municipal du 4 mars 2024", None, None),
    ("1 COMPTE RENDU SOMMAIRE DU CONSEIL MUNICIPAL", None, None),
    ("1 Compte-rendu du Comité syndical", None, None),
    # but an item reporting another body's meeting is one
    ("3 Compte rendu du conseil d'école", "3", "Compte rendu du conseil d'école"),
    ("4 Compte rendu de la commission des finances", "4", "Compte rendu de la commission des finances"),
    ("1 COMMUNE DE CIRES-LES-MELLO Département de l Oise", None, None),
    ("1 MAIRIE DE SAINT-JEAN", None, None),
    # but an item on a commune names what is decided
    ("1 COMMUNE DE VILLERS : ADHESION AU SIVOM", "1", "COMMUNE DE VILLERS : ADHESION AU SIVOM"),
    ("2018-03-02 Réunion de la commission", None, None),
    ("0 contre", None, None),
])
def test_item_numbers(line, number, title):
    from pipeline.segment import parse_numbered
    parsed = parse_numbered(line, allow_bare=True)
    assert (parsed.number, parsed.title) == (number, title) if number else parsed is None, parsed


@pytest.mark.parametrize("title, cut", [
    ("PRESENTATION DES RAPPORTS D'ACTIVITES DE CONCESSION A la demande de Mme le Maire, M. X donne lecture",
     "PRESENTATION DES RAPPORTS D'ACTIVITES DE CONCESSION"),
    ("Création de la Commission Intercommunale des Impôts Directs Vu le code général des impôts",
     "Création de la Commission Intercommunale des Impôts Directs"),
    ("APPROBATION DU COMPTE RENDU Le compte rendu est adopté à l'unanimité", "APPROBATION DU COMPTE RENDU"),
    # the exposé citing the law it applies (Mûrs-Érigné)
    ("Nomination d un secrétaire de séance Conformément à l article L 2121-15 du Code général",
     "Nomination d un secrétaire de séance"),
    ("Désignation des délégués au SIVOM Conformément aux statuts du syndicat", "Désignation des délégués au SIVOM"),
    # a transcription joining a title that ends on a year and the sentence after it (SICTOM du Guiers), the label
    # "DELIBERATION" between the number and the title
    ("Procès verbal de la réunion du 25 novembre 2014 Chaque délégué a reçu un exemplaire du document.",
     "Procès verbal de la réunion du 25 novembre 2014"),
    ("DELIBERATION Compte de Gestion de l'exercice 2014 Le compte de gestion a été dressé par le trésorier.",
     "Compte de Gestion de l'exercice 2014"),
    ("DELIBERATION Compte Administratif de l'exercice 2014", "Compte Administratif de l'exercice 2014"),
    # the register's reference printed after the title, abbreviated (Syndicat mixte de la Manse; Machault prints
    # "réf : 10-2018", Lachamp-Ribennes ": 2019-93" after its titles)
    ("Approbation du compte de gestion 2017 Dél.2018.05.15/01 1 Monsieur X présente le compte de gestion 2017.",
     "Approbation du compte de gestion 2017"),
    ("Approbation du dernier compte-rendu du 12 mars 2018 réf : 10-2018", "Approbation du dernier compte-rendu du 12 mars 2018"),
    # must not cut: a title naming a deliberation it amends or withdraws
    ("Retrait de la Dél. 2019-12 relative aux tarifs", "Retrait de la Dél. 2019-12 relative aux tarifs"),
    ("Modification de la délib. du 12 mars 2019", "Modification de la délib. du 12 mars 2019"),
    ("Délibération n° 1906201901 du 19 juin 2019 : reformulation", "Délibération n° 1906201901 du 19 juin 2019 : reformulation"),
    # must not cut: a title in capitals, a title in lower case, a title going on after its year, a title in one sentence
    ("Budget 2014 Commune de Saint-Martin.", "Budget 2014 Commune de Saint-Martin."),
    ("Tarifs 2015 Salle des fêtes", "Tarifs 2015 Salle des fêtes"),
    ("Délibération modificative du budget 2014", "Délibération modificative du budget 2014"),
    ("Travaux conformément au marché", "Travaux conformément au marché"),
    ("TARIFS A LA CANTINE SCOLAIRE", "TARIFS A LA CANTINE SCOLAIRE"), ("Vente du terrain à la SCI Le Clos", "Vente du terrain à la SCI Le Clos"),
])
def test_a_numbered_title_run_on_into_its_text(title, cut):
    from pipeline.segment import cut_run_on_title

    assert cut_run_on_title(title) == cut


@pytest.mark.parametrize("text, title", [
    # a plain title as the text's first line, or right after the session's heading, then its exposé and its vote
    ("Retrait de la commune du SIVU scolaire\n\nM. le maire explique que le SIVU sera dissous.\n\n"
     "A cette écoute, le conseil délibère à l'unanimité pour demander le retrait.\n", "Retrait de la commune du SIVU scolaire"),
    ("CONSEIL COMMUNAUTAIRE DU 11 DECEMBRE 2012\nPA de la Héronnière : approbation du projet d'aménagement\n"
     "Le bureau d'études présente le projet.\nAppelé à se prononcer, le Conseil donne son accord.\n",
     "PA de la Héronnière : approbation du projet d'aménagement"),
])
def test_a_plain_title_opens_the_body_after_the_header(text, title):
    seg = _plain(text)
    assert [a.title for a in seg.agenda] == [title]


def test_no_plain_title_after_the_header_without_a_vote_after_it():
    seg = _plain("CONSEIL MUNICIPAL DU 3 AVRIL 2013\nTravaux de voirie du bourg\nLe maire informe le conseil des travaux.\n")
    assert list(seg.agenda) == []


@pytest.mark.parametrize("line", ["1 COMMUNE DE CIRES-LES-MELLO", "1 Conseil Municipal de Salaise sur Sanne Relevé de décisions", "2 MAIRIE DE LANDAS"])
def test_a_page_number_before_a_letterhead_is_no_item(line):
    from pipeline.segment import parse_numbered

    assert parse_numbered(line, allow_bare=True) is None


def test_a_numbered_title_run_on_into_its_vote_keeps_the_vote_in_its_section():
    from extractors.decisions import extract as decisions

    text = ("Compte rendu du conseil municipal du 11 février 2015\nSecrétaire de séance : Mme X.\n"
            "1/ Approbation du compte-rendu de la réunion du 17 Décembre 2014: Le conseil municipal adopte le procès-verbal.\n")
    doc = build_document("3" * 64, "snippet.txt", "text", [split_text_lines(text)])
    seg = segment(doc)
    assert [a.title for a in seg.agenda] == ["Approbation du compte-rendu de la réunion du 17 Décembre 2014"]
    assert [d.outcome for d in decisions(doc, seg)["decisions"]] == ["adopted"]


def test_a_text_that_ends_before_its_vote_still_has_its_item():
    header = ("COMPTE RENDU CONSEIL MUNICIPAL DU 27 MARS 2003\nPrésents :\nMonsieur DUPONT, Maire, Madame LEJARD.\n"
              "Le Procès verbal de la précédente séance est adopté à l'unanimité, sans observation.\n")
    body = "COMPTES ADMINISTRATIFS 2002 :\nCommune :\n" + "Section de Fonctionnement :\nDépenses = 2 033 729.68\nRecettes = 2 514 543.28\n" * 4
    assert [a.title for a in _plain(header + body).agenda] == ["COMPTES ADMINISTRATIFS 2002"]
    # (no item where the title has little text under it, nor before the header is over)
    assert list(_plain(header + "COMPTES ADMINISTRATIFS 2002 :\nCommune :\n").agenda) == []


@pytest.mark.parametrize("line, number, title", [
    ("Délibération n° 29/2017 Recensement de la population 2018", "29/2017", "Recensement de la population 2018"),
    ("N° 3/2020 : Vente d'un terrain", "3/2020", "Vente d'un terrain"),
    ("DE N°1 Renouvellement du contrat carte bancaire", "1", "Renouvellement du contrat carte bancaire"),
    ("DCM n° 12 : Tarifs de la cantine", "12", "Tarifs de la cantine"),
])
def test_the_registers_code_before_a_number(line, number, title):
    from pipeline.segment import parse_numbered

    numbered = parse_numbered(line)
    assert (numbered.number, numbered.title) == (number, title)


def test_the_headers_list_of_members_is_no_plain_title():
    seg = _plain("CONSEIL MUNICIPAL DU 4 AVRIL 2003\nPrésents :\nMessieurs DELPERIER, DRIEUX, LASSERRE, LAURET\n"
                 "Le compte rendu de la séance précédente est adopté à l'unanimité.\n")
    assert all("DELPERIER" not in a.title for a in seg.agenda)


def test_a_doubled_mark_after_the_number_is_not_in_the_title():
    from pipeline.segment import parse_numbered

    assert parse_numbered("1°) : ADHÉSION DE COMMUNE AU SYNDICAT :").title == "ADHÉSION DE COMMUNE AU SYNDICAT"


# Bullets as a PDF's text layer spells a symbol font's glyphs, and other bullets Word offers
BULLET_EXAMPLES = (
    ["o Création d'un emploi fonctionnel", "§ Vote des taux 2018", "Ø Approbation du procès-verbal", "ü Questions diverses",
     "✓ Vote des budgets primitifs 2018", "■ Tarifs de la cantine", "- Budget primitif"],
    ["o la la", "§ 2 du règlement intérieur", "Ø", "ordre du jour", "Ü Budget", "-2 000 €"],
)


@pytest.mark.parametrize("line, matches", [(line, True) for line in BULLET_EXAMPLES[0]] + [(line, False) for line in BULLET_EXAMPLES[1]])
def test_bullets(line, matches):
    from pipeline.segment import _BULLET

    assert bool(_BULLET.match(line)) is matches


@pytest.mark.parametrize("line, announces", [
    ("La séance est ouverte, M. le Président expose les problèmes suivants :", True),
    ("Réunis le 4 avril les membres du comité syndical ont délibéré sur les points suivants", True),
    ("Le conseil municipal a examiné les questions suivantes :", True),
    ("Le Maire propose d'ajouter les points suivants :", False),  # points added to an agenda: not the body's first
    ("Les tarifs suivants :", False),
    ("les points suivants ont été abordés en commission", False),
])
def test_sentences_that_announce_the_points(line, announces):
    from pipeline.segment import _POINTS_ANNOUNCED

    assert bool(_POINTS_ANNOUNCED.search(line)) is announces


def test_the_line_after_a_sentence_announcing_the_points_is_the_first_title():
    seg = _plain(
        "Etaient présents : Jacqueline PURSON, Cécile CHOQUET\nA été élu secrétaire de séance : Dominique ROHART\n"
        "La séance est ouverte, M. le Président expose les problèmes suivants :\n"
        "Adhésion au groupement de commandes pour l'achat d'énergie\n"
        "Monsieur le Maire expose que le marché de l'énergie est ouvert à la concurrence.\n"
        "Après en avoir délibéré, le Conseil Municipal, à l'unanimité, décide d'adhérer au groupement.\n"
    )
    assert [a.title for a in seg.agenda] == ["Adhésion au groupement de commandes pour l'achat d'énergie"]


@pytest.mark.parametrize("first", ["- ", "-"])
def test_a_dashed_agenda_typed_against_its_words(first):
    # a list typed in a word processor: "-Acquisition panneaux", a blank line between the items
    seg = _plain(
        f"Secrétaire de séance : Laure MARTIN.\n\nOrdre du jour\n\n{first}Nouveau plan de financement travaux restaurant scolaire\n\n"
        "-Acquisition panneaux\n\n-Subventions 2022\n\n-Renouvellement convention SPA\n\n \n\nLe quorum est atteint.\n"
    )
    assert [a.title for a in seg.agenda] == [
        "Nouveau plan de financement travaux restaurant scolaire", "Acquisition panneaux", "Subventions 2022", "Renouvellement convention SPA"]


def test_a_dash_against_a_word_alone_is_no_bullet():
    from pipeline.records import Line
    from pipeline.segment import _TIGHT_DASH, _dash_list_around

    lines = [Line(t, 0, len(t), 1) for t in ("Ordre du jour", "Budget primitif 2024", "-Vote des taux", "Tarifs de la cantine")]
    assert _TIGHT_DASH.match("-Vote des taux") and not _TIGHT_DASH.match("-2 000 €") and not _TIGHT_DASH.match("-qui a été voté")
    assert not _dash_list_around(lines, 2, [])


@pytest.mark.parametrize("glyph", ["o", "§", "•", "\uf0a7"])
def test_bullets_printed_alone_on_their_lines(glyph):
    seg = _plain(
        f"Secrétaire de séance : Martial ZANINETTI\nA l'ordre du jour :\n{glyph}\nApprobation du compte rendu du 23 avril 2014\n"
        f"{glyph}\nCréation d'un emploi fonctionnel\n{glyph}\nQuestions diverses\n"
    )
    assert [a.title for a in seg.agenda] == ["Approbation du compte rendu du 23 avril 2014", "Création d'un emploi fonctionnel", "Questions diverses"]


def test_a_bulleted_agenda_of_deliberations_and_information():
    seg = _plain(
        "Objets des délibérations portées à l'ordre du jour :\n- Délibération n°2019-09 : désignation d'un secrétaire de séance ;\n"
        "- Information : rapport annuel du délégataire pour l'exercice 2018 ;\n- Délibération n°2019-10 : décision modificative n°1 ;\n"
        "- Questions diverses.\n"
    )
    assert [(a.number, a.title) for a in seg.agenda] == [
        ("2019-09", "désignation d'un secrétaire de séance"), ("2", "Information : rapport annuel du délégataire pour l'exercice 2018"),
        ("2019-10", "décision modificative n°1"), ("4", "Questions diverses."),
    ]


def test_a_run_on_agenda_keeps_each_deliberation_with_its_number():
    text = ("COMPTE-RENDU DU COMITE SYNDICAL " + "Le comité syndical, régulièrement convoqué, s'est réuni. " * 10
            + "Objets des délibérations portées à l'ordre du jour : - Délibération n°2019-09 : désignation d'un secrétaire de séance ; "
            "- Délibération n°2019-10 : décision budgétaire modificative ; - Questions diverses.")
    assert [(a.number, a.title) for a in _plain(text).agenda][:2] == [
        ("2019-09", "désignation d'un secrétaire de séance"), ("2019-10", "décision budgétaire modificative")]


@pytest.mark.parametrize("text, capitals", [
    ("ADOPTION DU PROCES-VERBAL DU 1er DECEMBRE 2016", True),
    ("AVENANT N°2 AU MARCHE DU 2ème LOT", True),
    ("DECISION MODIFICATIVE n°3", True),
    ("Adoption du procès-verbal du 1er décembre", False),
    ("1er", False),
])
def test_titles_in_capitals_with_an_ordinal_or_a_number_sign(text, capitals):
    from pipeline.records import Line
    from pipeline.segment import _in_capitals

    assert _in_capitals(Line(text, 0, len(text), 1)) is capitals


def test_bare_roman_headings_in_capitals_whose_first_names_a_date():
    seg = _plain(
        "CONSEIL MUNICIPAL DU 30 JANVIER 2017\n\nSecrétaire de séance : M. Jean DUPONT\n\n"
        "I ADOPTION DU PROCES-VERBAL DU 1er DECEMBRE 2016\n\nLe procès-verbal est adopté à l'unanimité.\n\n"
        "II ATTRIBUTION DE COMPENSATION INVESTISSEMENT\n\nMadame le Maire expose :\n\n"
        + "L'attribution de compensation est à l'origine un reversement de fiscalité aux communes membres.\n" * 3
        + "Adopté à l'unanimité.\n"
    )
    assert [a.number for a in seg.agenda] == ["I", "II"]


def test_an_agenda_whose_text_stops_on_one_word_of_its_last_item():
    seg = _plain("L'ordre du jour était le suivant :\n1. Approbation du compte rendu\n2. Eolien : présentation du schéma\n3. Compétence")
    assert [a.number for a in seg.agenda] == ["1", "2"]
    # (a whole item closes it: "Divers", or a one-word title followed by more text)
    assert [a.number for a in _plain("Ordre du jour :\n1. Approbation du compte rendu\n2. Divers").agenda] == ["1", "2"]
    assert [a.number for a in _plain("Ordre du jour :\n1. Approbation du compte rendu\n2. Personnel\n\nLe quorum est atteint.").agenda] == ["1", "2"]


def test_an_unnumbered_approval_of_the_minutes_before_the_numbered_items():
    prose = "Le syndicat a été créé par arrêté préfectoral et regroupe les communes du canton.\n" * 3
    seg = _plain(
        "PROCES VERBAL DE LA SEANCE ORDINAIRE DU CONSEIL MUNICIPAL DU 24 juin 2021\n\n\n"
        "APPROBATION DU COMPTE RENDU DE LA SEANCE DU CONSEIL DU 23 AVRIL 2021\n"
        "Le compte rendu de la séance du 23 avril 2021 est approuvé à l'unanimité des membres présents.\n\n\n"
        "01 - DESIGNATION D'UN REPRESENTANT AU GROUPEMENT D'INTERET PUBLIC\n" + prose + "Adopté à l'unanimité.\n"
        "02 - TARIFS DE LA CANTINE\n" + prose + "Adopté à l'unanimité.\n"
    )
    assert [(a.number, a.title[:20]) for a in seg.agenda] == [
        ("3", "APPROBATION DU COMPT"), ("1", "DESIGNATION D'UN REP"), ("2", "TARIFS DE LA CANTINE")]
    # (a title in capitals before the numbered items that is not the session's opening stays out)
    seg = _plain(
        "PROCES VERBAL DE LA SEANCE ORDINAIRE DU CONSEIL MUNICIPAL DU 24 juin 2021\n\n\nMINUTE DE SILENCE\n"
        "Une minute de silence est observée, à l'unanimité des membres.\n\n\n"
        "01 - DESIGNATION D'UN REPRESENTANT AU GROUPEMENT D'INTERET PUBLIC\n" + prose + "Adopté à l'unanimité.\n"
        "02 - TARIFS DE LA CANTINE\n" + prose + "Adopté à l'unanimité.\n"
    )
    assert [a.number for a in seg.agenda] == ["1", "2"]


def test_a_long_title_in_capitals_wrapped_onto_the_next_line():
    prose = "Monsieur le Maire fait part des décisions prises dans le cadre des délégations accordées.\n" * 3
    seg = _plain(
        "SÉANCE DU CONSEIL MUNICIPAL DU 14 SEPTEMBRE 2016\nLe quorum étant atteint, le Conseil Municipal peut délibérer.\n"
        "DCM 2016-061 OBJET : DECISIONS DU MAIRE PRISES EN VERTU DES DELEGATIONS\nACCORDEES PAR LE CONSEIL MUNICIPAL\n"
        + prose + "Le conseil municipal prend acte de ces décisions.\n"
        "DCM 2016-062 OBJET : TARIFS DE LA CANTINE\nBUDGET ANNEXE\n" + prose + "Adopté à l'unanimité.\n"
    )
    assert [a.title for a in seg.agenda] == [
        "DECISIONS DU MAIRE PRISES EN VERTU DES DELEGATIONS ACCORDEES PAR LE CONSEIL MUNICIPAL", "TARIFS DE LA CANTINE"]


@pytest.mark.parametrize("line, titles", [
    ("Ordre du jour : approbation du compte rendu ; budget primitif 2024 ; questions diverses.",
     ["approbation du compte rendu", "budget primitif 2024", "questions diverses."]),
    ("Ordre du jour : - Approbation du procès-verbal - Budget primitif 2024 - Compte - rendu des décisions - Divers",
     ["Approbation du procès-verbal", "Budget primitif 2024", "Compte - rendu des décisions", "Divers"]),
    ("Ordre du jour de la séance : 1) Approbation du compte rendu 2) Budget primitif 2024 3) Questions diverses",
     ["Approbation du compte rendu", "Budget primitif 2024", "Questions diverses"]),
])
def test_an_agenda_run_on_its_headings_line(line, titles):
    seg = _plain(f"CONSEIL MUNICIPAL DU 12 MARS 2024\nSecrétaire de séance : M. DUPONT\n{line}\nLe quorum est atteint.\n")
    assert [a.title for a in seg.agenda] == titles


@pytest.mark.parametrize("line", [
    "Présents : M. DUPONT ; Mme MARTIN ; M. DURAND",  # names
    "Mme MARTIN ; M. DURAND ; M. PETIT",
    "Budget primitif 2024 ; tarifs",  # two titles are no list on one line
    "Le budget est voté ; les tarifs sont adoptés à l'unanimité ; la séance est levée",  # votes
])
def test_lines_that_are_no_separated_agenda(line):
    from pipeline.records import Line
    from pipeline.segment import _separated_list

    assert _separated_list(Line(line, 0, len(line), 1)) == []


@pytest.mark.parametrize("heading", ["QUESTIONS INSCRITES A L'ORDRE DU JOUR", "Sujets inscrits à l'ordre du jour :", "Affaires portées à l'ordre du jour"])
def test_agenda_headings_that_name_what_the_agenda_lists(heading):
    seg = _plain(f"CONSEIL MUNICIPAL DU 12 MARS 2024\n{heading}\n- Approbation du compte rendu\n- Budget primitif 2024\n- Questions diverses\n\n"
                 "Le quorum est atteint.\n")
    assert [a.title for a in seg.agenda] == ["Approbation du compte rendu", "Budget primitif 2024", "Questions diverses"]


def test_a_bulleted_or_numbered_item_with_semicolons_is_no_list_on_one_line():
    seg = _plain("ORDRE DU JOUR\n- Approbation des comptes : commune ; eau ; assainissement\n- Tarifs de la cantine\n- Questions diverses\n\n"
                 "Le quorum est atteint.\n")
    assert [a.title for a in seg.agenda] == ["Approbation des comptes : commune ; eau ; assainissement", "Tarifs de la cantine", "Questions diverses"]
    seg = _plain("ORDRE DU JOUR\n1. Comptes administratifs : commune ; eau ; assainissement\n2. Tarifs de la cantine\n\nLe quorum est atteint.\n")
    assert [a.number for a in seg.agenda] == ["1", "2"]


def test_plain_titles_after_a_formula_that_states_the_vote():
    exposé = "Monsieur le Maire expose au conseil le projet et rappelle le contexte de la demande.\n"
    vote = "Après en avoir délibéré, le conseil municipal, à l'unanimité, approuve.\n\n"
    seg = _plain("Compte rendu du conseil municipal du 3 avril 2013\nLe compte rendu de la séance précédente est approuvé à l'unanimité.\n\n"
                 "Budget primitif 2024\n" + exposé + vote + "Tarifs de la cantine\n" + exposé + vote)
    assert [a.title for a in seg.agenda] == ["Budget primitif 2024", "Tarifs de la cantine"]


def test_arabic_items_under_roman_parts_without_agenda():
    exposé = "Monsieur le Maire expose au conseil le projet et rappelle le contexte de la demande.\nAdopté à l'unanimité.\n"
    seg = _plain("Compte rendu du conseil municipal du 3 avril 2013\nI – FINANCES\n\n1. Budget primitif 2024\n" + exposé
                 + "2. Tarifs de la cantine\n" + exposé + "II – PERSONNEL\n\n1. Création d'un poste\n" + exposé)
    assert [a.number for a in seg.agenda] == ["I", "I.1", "I.2", "II", "II.1"]
    # (a list inside an exposé is no level: its "1." follows text, not a part's heading)
    seg = _plain("Compte rendu du conseil municipal du 3 avril 2013\nI – FINANCES\n\nMonsieur le Maire présente les comptes :\n"
                 "1. Le fonctionnement de la commune\n2. Les investissements de la commune\nAdopté à l'unanimité.\n"
                 "II – PERSONNEL\n\n" + exposé)
    assert [a.number for a in seg.agenda] == ["I", "II"]


@pytest.mark.parametrize("line, number, title", [
    ("DELIBERATION N° 37-06-14 : Création d'un emploi fonctionnel", "37-06-14", "Création d'un emploi fonctionnel"),
    ("Délibération n° 45-2019 : Budget primitif", "45-2019", "Budget primitif"),
    ("DELIBERATION N°12 – Tarifs de la cantine", "12", "Tarifs de la cantine"),
])
def test_register_references_after_the_word_deliberation(line, number, title):
    from pipeline.segment import parse_numbered

    numbered = parse_numbered(line)
    assert (numbered.number, numbered.title) == (number, title)


# Register numbers as a token class (issue #14): "N°" optional, a code of digit groups (any of "-", "_", "/", "." between
# them, spaced or not) before a dash or a colon is the register's number, never a date nor a rank in the sequence
# (SIVOS Dixmont-Les Bordes "N° 01-04-2014 – ELECTION DU PRÉSIDENT", Saint-Maximin "145 – COMMUNAUTÉ DE COMMUNES ...")
@pytest.mark.parametrize("line, number, title", [
    ("N° 01-04-2014 – ELECTION DU PRÉSIDENT", "01-04-2014", "ELECTION DU PRÉSIDENT"),
    ("DELIBERATION N° 02-04-2014 – ELECTION DU VICE PRÉSIDENT", "02-04-2014", "ELECTION DU VICE PRÉSIDENT"),
    ("N°03-04-2014 : Indemnités des élus", "03-04-2014", "Indemnités des élus"),
    ("N° 01 - 04 - 2014 – ELECTION DU PRÉSIDENT", "01-04-2014", "ELECTION DU PRÉSIDENT"),
    ("N° 2014.04.01 : Indemnités des élus", "2014.04.01", "Indemnités des élus"),
    ("N° 12/2014/3 - Tarifs de la cantine", "12/2014/3", "Tarifs de la cantine"),
    ("Délibération n° 01_04_2014 : Tarifs", "01_04_2014", "Tarifs"),
    ("145 – COMMUNAUTÉ DE COMMUNES SAINTE BAUME / RAPPORT ANNUEL", "145", "COMMUNAUTÉ DE COMMUNES SAINTE BAUME / RAPPORT ANNUEL"),
    ("N° 145 – RAPPORT ANNUEL SUR LE PRIX DE L'EAU", "145", "RAPPORT ANNUEL SUR LE PRIX DE L'EAU"),
    ("Délibération n° 145 : Tarifs de l'eau", "145", "Tarifs de l'eau"),
    ("0457 : CESSION D'UN TERRAIN", "0457", "CESSION D'UN TERRAIN"),
    ("DEL-2019-12 : Tarifs de la cantine", "DEL-2019-12", "Tarifs de la cantine"),
    ("2020_045 - Vente d'un terrain", "2020_045", "Vente d'un terrain"),
    # (round eight, second wave) without "N°": the year opens the code, the rank after it (Fougères "2016.107 –", Haut-Bocage
    # "2019 – 054 – 03.12 –", Bielle "D202455 –"), with their invented variants
    ("2016.107 – Répartition des sièges", "2016.107", "Répartition des sièges"),
    ("2021.05 : Tarifs de la cantine", "2021.05", "Tarifs de la cantine"),
    ("2016.12 - PROJET DE STATUTS", "2016.12", "PROJET DE STATUTS"),
    ("2019 – 054 – 03.12 – Indemnités de conseil", "2019-054-03.12", "Indemnités de conseil"),
    ("2020 - 012 : Budget primitif", "2020-012", "Budget primitif"),
    ("2023-054-03.12 – Indemnités", "2023-054-03.12", "Indemnités"),
    ("2018 – 107 : Vente d'un terrain", "2018-107", "Vente d'un terrain"),
    ("D202455 – Décision modificative", "D202455", "Décision modificative"),
    ("Délibération D202455 – Décision modificative", "D202455", "Décision modificative"),
    ("DCM2024012 : Tarifs de l'eau", "DCM2024012", "Tarifs de l'eau"),
    ("DEL-2021-05 : Tarifs", "DEL-2021-05", "Tarifs"),
])
def test_register_numbers_of_any_shape(line, number, title):
    numbered = parse_numbered(line)
    assert (numbered.style, numbered.number, numbered.title) == ("delib", number, title)


@pytest.mark.parametrize("line, style, number", [
    ("2016 – BUDGET PRIMITIF DE LA COMMUNE", None, None),  # a year, not a register number
    ("12-03-2024 – Réunion du bureau", None, None),  # a date without "N°": a date
    ("145 – Rapport annuel", "arabic", "145"),  # three digits before a title in lower case: not a register's rank
    ("250 : xx de la commune", None, None),
    ("N° 3 - Tarifs de la cantine", "point", "3"),  # a rank: still checked against the sequence
    ("N°1 - 2 agents recrutés", "point", "1"),
    ("N° 12 : Budget primitif", "point", "12"),
    ("2024 – 2026 : Programme de voirie", None, None),  # a range of years
    ("2019 – 12 – Tarifs de la cantine", None, None),  # a year and a short number apart: no register's rank
    ("2019.12.03 – Réunion du bureau", None, None),  # a date, dotted from the year
    ("2024.2025 – Saison culturelle", None, None),
    ("1500.50 – Total des dépenses", None, None),
    ("D2024 – Décision", None, None),  # a letter and a year alone: no rank
])
def test_lines_that_are_no_register_numbers(line, style, number):
    numbered = parse_numbered(line)
    assert (numbered and numbered.style, numbered and numbered.number) == (style, number)


def test_date_shaped_register_numbers_head_the_items_of_a_body():
    seg = _plain("Compte rendu du comité syndical du 2 avril 2014\nN° 01-04-2014 – ELECTION DU PRÉSIDENT\n"
                 "Le comité, après en avoir délibéré, élit Mme X présidente.\nN° 02-04-2014 – ELECTION DU VICE PRÉSIDENT\n"
                 "Adopté à l'unanimité.\nN° 03-04-2014 – INDEMNITÉS DES ÉLUS\nAdopté à l'unanimité.\n")
    assert [(a.number, a.title) for a in seg.agenda] == [
        ("01-04-2014", "ELECTION DU PRÉSIDENT"), ("02-04-2014", "ELECTION DU VICE PRÉSIDENT"), ("03-04-2014", "INDEMNITÉS DES ÉLUS")]


def test_a_deliberations_reference_alone_above_its_title():
    seg = _plain("Compte rendu du conseil communautaire du 3 juin 2014\nDELIBERATION N° 37-06-14\nCréation d'un emploi fonctionnel\n"
                 "Le conseil, après en avoir délibéré, à l'unanimité, approuve.\nDELIBERATION N° 38-06-14\nDésignation des membres de la CIID\n"
                 "Adopté à l'unanimité.\n")
    assert [(a.number, a.title) for a in seg.agenda] == [
        ("37-06-14", "Création d'un emploi fonctionnel"), ("38-06-14", "Désignation des membres de la CIID")]


def test_an_unnumbered_agenda_run_together_with_the_body_it_opens():
    header = ("COMPTE RENDU DU CONSEIL MUNICIPAL DU 12 MARS 2024 L'an deux mille vingt-quatre, le douze mars, le conseil municipal "
              "de la commune, régulièrement convoqué, s'est réuni en séance publique sous la présidence de M. Jean DUPONT, Maire. "
              "Présents : M. DUPONT, Mme MARTIN, M. DURAND, Mme PETIT. Secrétaire de séance : Mme MARTIN. ")
    seg = _plain(header + "Ordre du jour : - Approbation du compte rendu - Budget primitif 2024 - Questions diverses Approbation du "
                 "compte rendu Le compte rendu est approuvé à l'unanimité. Budget primitif 2024 Monsieur le Maire expose le projet. "
                 "Après en avoir délibéré, le conseil municipal, à l'unanimité, approuve.")
    assert [a.title for a in seg.agenda] == ["Approbation du compte rendu", "Budget primitif 2024", "Questions diverses"]
    # (an item's title listed again is the body's heading, not a fourth item)
    seg = _plain("Ordre du jour :\n- Approbation du compte rendu\n- Budget primitif 2024\nApprobation du compte rendu\n"
                 "Le compte rendu est approuvé à l'unanimité.\n")
    assert [a.title for a in seg.agenda] == ["Approbation du compte rendu", "Budget primitif 2024"]


@pytest.mark.parametrize("sentence", [
    "Monsieur le Président donne lecture de l'ordre du jour qui comporte les points suivants :",
    "Les points inscrits à l'ordre du jour sont les suivants :",
])
def test_a_sentence_that_introduces_the_agenda(sentence):
    seg = _plain(f"CONSEIL MUNICIPAL DU 12 MARS 2024\nLe quorum est atteint.\n{sentence}\n- Approbation du compte rendu\n"
                 "- Budget primitif 2024\n- Questions diverses\n\nLe compte rendu est approuvé.\n")
    assert [a.title for a in seg.agenda] == ["Approbation du compte rendu", "Budget primitif 2024", "Questions diverses"]
    # (a sentence that adds points to the agenda does not introduce it)
    assert not _plain("Le Maire propose d'inscrire à l'ordre du jour les points suivants :\n- Motion\n- Subvention\n").agenda_span


def test_a_column_of_numbers_run_together_before_its_titles():
    from pipeline.records import Line
    from pipeline.segment import reflow

    text = ("Le conseil municipal s'est réuni à la mairie sur la convocation qui leur a été adressée par le Maire. " * 5
            + "Ordre du jour 1. 2. 3. 4. Installation des conseillers élus le 23 mars 2014 Formation du bureau Election du Maire "
            "Election des adjoints POINT 1 - Installation des conseillers La séance est ouverte sous la présidence du Maire.")
    pieces = [p.text for p in reflow(Line(text, 0, len(text), 1))]
    assert pieces[pieces.index("1. Installation des conseillers élus le 23 mars 2014"):][:4] == [
        "1. Installation des conseillers élus le 23 mars 2014", "2. Formation du bureau", "3. Election du Maire", "4. Election des adjoints"]
    # (numbers that do not run from 1, or titles that are not as many as the numbers, are left as they are)
    for column in ("11. 12. 13. BUSCHE Maurice FONTAINE Monique SIEFFERT Raymond", "1. 2. 3. Installation des conseillers"):
        other = text.replace(text[text.index("Ordre du jour"):], column)
        assert not any(p.text.startswith("1. ") for p in reflow(Line(other, 0, len(other), 1)))


@pytest.mark.parametrize("mark", ["-", "."])
def test_sub_items_numbered_under_their_parts_without_agenda(mark):
    exposé = "Monsieur le Maire rappelle aux conseillers la rédaction des statuts.\nAdopté à l'unanimité.\n"
    seg = _plain(f"Compte rendu du conseil municipal du 2 novembre 2016\n1. Mayenne Communauté\n\n1{mark}1 Proposition de modification "
                 f"des statuts\n\n{exposé}1{mark}2 Transfert de compétence\n{exposé}2. Finances\n\n2{mark}1 Décision modificative\n{exposé}")
    assert [a.number for a in seg.agenda] == ["1", "1.1", "1.2", "2", "2.1"]


# Items the opening adds or withdraws, titled in brackets, with no agenda printed (#14): must / must not
OPENING_CHANGE_EXAMPLES = {
    "added": (
        [("les membres conviennent à l'unanimité d'ajouter 2 délibérations à l'ordre du jour (Création d'un poste d'animateur "
          "- Création d'un poste d'agent)", ["Création d'un poste d'animateur", "Création d'un poste d'agent"]),
         ("Ajout d'un point à l'ordre du jour [Motion de soutien aux agriculteurs]", ["Motion de soutien aux agriculteurs"]),
         ("Le conseil accepte d'inscrire à l'ordre du jour (Tarifs de la cantine ; Subvention au club de football)",
          ["Tarifs de la cantine", "Subvention au club de football"])],
        ["L'ordre du jour (approuvé à l'unanimité) appelle les points suivants", "ajouter à l'ordre du jour. (Voir annexe)",
         "Ajout d'un point à l'ordre du jour : Motion de soutien", "Les questions inscrites à l'ordre du jour (voir la convocation jointe)",
         "ajouter à l'ordre du jour (cf. annexe 2)"],
    ),
    "withdrawn": (
        [("Le point n° 8 (Vente de la parcelle AB 12) est retiré de l'ordre du jour.", [("8", "Vente de la parcelle AB 12")]),
         ("Deux points sont retirés, c'est le point 8 [avenant à la convention d'occupation] et le point 23 [avenant n° 1 "
          "au marché de travaux].", [("8", "avenant à la convention d'occupation"), ("23", "avenant n° 1 au marché de travaux")]),
         ("Monsieur le Maire propose de retirer le point 4 (Acquisition du terrain Durand).", [("4", "Acquisition du terrain Durand")])],
        ["Le point 8 (Vente de la parcelle AB 12) est adopté à l'unanimité.", "Le point 8 est retiré de l'ordre du jour.",
         "Le point 3 est retiré. Le point 5 (Voirie) est présenté par M. DUPONT.",
         "Au point 3 (Intercommunalité), la commune s'est retirée du syndicat.",
         # a withdrawal in the sentence that names another point
         "Le point 8 (Vente de la parcelle AB 12) est adopté, le point 9 est retiré."],
    ),
}


def _opening_items(text: str):
    from pipeline.segment import opening_changes_in_brackets

    doc = build_document("6" * 64, "snippet.txt", "text", [split_text_lines(text)])
    lines = list(doc.lines)
    return opening_changes_in_brackets(doc, lines, [])


@pytest.mark.parametrize("text,titles", OPENING_CHANGE_EXAMPLES["added"][0])
def test_items_added_in_brackets(text, titles):
    drafts = _opening_items(text)
    assert [(d.title, d.source, d.found_by) for d in drafts] == [(t, "added", "sentence") for t in titles]


@pytest.mark.parametrize("text,items", OPENING_CHANGE_EXAMPLES["withdrawn"][0])
def test_points_withdrawn_in_brackets(text, items):
    drafts = _opening_items(text)
    assert [(d.path, d.title, d.found_by) for d in drafts] == [(n, t, "withdrawn") for n, t in items]


@pytest.mark.parametrize("text", OPENING_CHANGE_EXAMPLES["added"][1] + OPENING_CHANGE_EXAMPLES["withdrawn"][1])
def test_no_opening_change_without_a_title_in_brackets(text):
    assert _opening_items(text) == []


def test_withdrawn_points_in_brackets_are_items_of_a_document_without_agenda():
    seg = _plain("Séance du 7 décembre 2011\nPrésents : M. DUPONT, Mme MARTIN\n"
                 "Le Maire indique que deux points sont retirés, le point 8 [Avenant à la convention] et le point 23 "
                 "[Marché de travaux du pont].\n\n1. Tarifs de la cantine\nAdopté à l'unanimité.\n")
    assert [(a.number, a.found_by) for a in seg.agenda if a.found_by == "withdrawn"] == [("8", "withdrawn"), ("23", "withdrawn")]
    assert {s.item_number for s in seg.sections} == {"1"}


def test_an_added_item_is_not_its_own_section():
    """The sentence that adds an item is not the item's section (the body treats it, or nothing does)."""
    seg = _plain("Séance du 7 juin 2017\nLes membres conviennent d'ajouter 2 délibérations à l'ordre du jour "
                 "(Création d'un poste d'animateur - Création d'un poste d'agent)\n\n"
                 "Délibération n° 29/2017 Recensement de la population\nAdopté à l'unanimité.\n")
    assert [a.title for a in seg.agenda if a.source == "added"] == ["Création d'un poste d'animateur", "Création d'un poste d'agent"]
    assert [s.item_number for s in seg.sections] == ["29/2017"]


def test_an_item_added_with_a_star_bullet_and_its_second_line():
    seg = _plain("PROCES VERBAL DE LA SEANCE DU 24 JUIN 2021\n\nMadame le Maire demande que soit fait un rajout à l'ordre du jour :\n"
                 "* Décision modificative n° 3\nAmortissement des travaux terminés\nApprobation à l'unanimité des membres présents\n\n"
                 "01 - DESIGNATION D'UN REPRESENTANT AU SYNDICAT\nLe conseil municipal, à l'unanimité, désigne M. DUPONT.\n"
                 "02 - TARIFS DE LA CANTINE\nLe conseil municipal, à l'unanimité, fixe les tarifs.\n")
    assert [a.title for a in seg.agenda if a.source == "added"] == ["Décision modificative n° 3 Amortissement des travaux terminés"]


ADDED_MARK_EXAMPLES = (
    ["Motion de soutien (ajouté en séance)", "[Point supplémentaire] Avenant n° 2", "Avenant au marché (point ajouté)",
     "Tarifs de la cantine (sur table)", "Subvention au club [rajoutée à l'ordre du jour]", "Budget annexe (ajout)"],
    ["Travaux (tranche supplémentaire n°2)", "Subvention (complément)", "Budget annexe (eau)", "Avenant (ajout de prestations)",
     "Crédits supplémentaires", "Effectifs (poste ajouté au tableau)"],
)


@pytest.mark.parametrize("title,marked", [(t, True) for t in ADDED_MARK_EXAMPLES[0]] + [(t, False) for t in ADDED_MARK_EXAMPLES[1]])
def test_added_mark(title, marked):
    from pipeline.segment import _ADDED_MARK

    assert bool(_ADDED_MARK.search(title)) is marked


def test_an_agenda_line_marked_as_added_is_an_added_item_without_its_mark():
    seg = _plain("ORDRE DU JOUR\n1. Budget primitif 2024\n2. Tarifs de la cantine\n3. Motion de soutien aux agriculteurs (ajouté en séance)\n\n"
                 "1. Budget primitif 2024\nAdopté à l'unanimité.\n2. Tarifs de la cantine\nAdopté à l'unanimité.\n"
                 "3. Motion de soutien aux agriculteurs\nAdopté à l'unanimité.\n")
    assert [(a.number, a.title, a.source) for a in seg.agenda] == [
        ("1", "Budget primitif 2024", "agenda"), ("2", "Tarifs de la cantine", "agenda"), ("3", "Motion de soutien aux agriculteurs", "added")]


def test_items_added_in_brackets_after_a_printed_agenda():
    seg = _plain("ORDRE DU JOUR\n1. Budget primitif 2024\n2. Tarifs de la cantine\n"
                 "Le conseil accepte à l'unanimité d'ajouter à l'ordre du jour (Motion de soutien aux agriculteurs - "
                 "Subvention au club de football).\n1. Budget primitif 2024\nAdopté à l'unanimité.\n2. Tarifs de la cantine\nAdopté à l'unanimité.\n")
    assert [(a.number, a.title, a.source) for a in seg.agenda if a.source == "added"] == [
        ("3", "Motion de soutien aux agriculteurs", "added"), ("4", "Subvention au club de football", "added")]


def test_a_summary_with_its_page_column_read_apart_is_the_agenda():
    # a procès-verbal's table of contents: "SOMMAIRE", the column headers "OBJET" / "PAGES" each on a line,
    # roman parts with "1.1" sub-items, and the page column extracted as a block of its own
    seg = _plain("PROCES-VERBAL DES DELIBERATIONS DU CONSEIL MUNICIPAL\nSOMMAIRE\nOBJET\nI.\nPAGES\n"
                 "Désignation des délégués au sein des syndicats\nintercommunaux :\n1.1 Syndicat des eaux\n1.2 Syndicat d'électricité\n"
                 "II.\nCentre Communal d'action sociale\n4-6\n6–8\n9\n10 – 11\nIII. Commission d'appel d'offres\nIV. Divers\n")
    assert [(a.number, a.title) for a in seg.agenda] == [
        ("I", "Désignation des délégués au sein des syndicats intercommunaux"), ("1.1", "Syndicat des eaux"),
        ("1.2", "Syndicat d'électricité"), ("II", "Centre Communal d'action sociale"), ("III", "Commission d'appel d'offres"),
        ("IV", "Divers")]


def test_a_summary_that_lists_less_than_the_body_leaves_the_body_items():
    # "Sommaire :" over one title, the body numbering two deliberations: the body's items stay
    seg = _plain("Séance du 5 juin 2018\nSommaire :\n\nDécision modificative n°1\n\n"
                 "1. Décision modificative n°1\nLe conseil municipal, après en avoir délibéré, adopte.\nVote : unanimité\n"
                 "2. Tarifs de la cantine\nLe conseil municipal, après en avoir délibéré, fixe les tarifs.\nVote : unanimité\n")
    assert [a.number for a in seg.agenda] == ["1", "2"]


@pytest.mark.parametrize(
    "line, number, title",
    [
        ("7.1/ Modification des statuts", "7.1", "Modification des statuts"),  # a compound with the marks of an arabic number
        ("2.3) Tarifs de la cantine", "2.3", "Tarifs de la cantine"),
        ("1.1- Budget principal", "1.1", "Budget principal"),  # as "1- Budget"
        ("I.2 DÉLIBÉRATIONS", "I.2", "DÉLIBÉRATIONS"),
        ("6       Sécurité routière                       P 9/10", "6", "Sécurité routière"),  # a table of contents' page
        ("3 Agence postale : nouvelle convention p. 7-8", "3", "Agence postale : nouvelle convention"),
        ("4. Tarifs municipaux page 12", "4", "Tarifs municipaux"),
        ("5. Budget primitif 2024 ........ 3", "5", "Budget primitif 2024"),
        ("2. Acquisition de la parcelle AP 12", "2", "Acquisition de la parcelle AP 12"),  # a plot, no page
        ("8. Logement communal type T 3", "8", "Logement communal type T 3"),
        ("1. Travaux sur la RD 12", "1", "Travaux sur la RD 12"),
        ("2. Acquisition de la parcelle section P 123", "2", "Acquisition de la parcelle section P 123"),  # a plot's section
        ("3. Vente du lot P 4", "3", "Vente du lot P 4"),
    ],
)
def test_table_of_contents_numbers_and_pages(line, number, title):
    from pipeline.segment import parse_numbered

    numbered = parse_numbered(line, allow_bare=True)
    assert (numbered.number, numbered.title) == (number, title)


def test_an_agenda_laid_out_as_a_table_of_contents_with_sub_items_and_subject_lines():
    seg = _plain("SEANCE DU 18 NOVEMBRE 2005\n\nORDRE DU JOUR\n\n1       Séance du conseil municipal          P  3\n\n"
                 "Approbation du compte rendu du 14 octobre\n\n2       Sécurité routière                    P 9/10\n\n"
                 "Désignation d'un référent\n\n3       Syndicat mixte\n\n3.1/ Modification des statuts           P  10/11\n\n"
                 "        3.2/ Programme assainissement         P  11/12\n\n4       Personnel communal      P  13/14\n\n"
                 "Ajustements de temps de travail\n")
    assert [(a.number, a.title) for a in seg.agenda] == [
        ("1", "Séance du conseil municipal"), ("2", "Sécurité routière"), ("3", "Syndicat mixte"),
        ("3.1", "Modification des statuts"), ("3.2", "Programme assainissement"), ("4", "Personnel communal")]


OPERATIVE_POINT_EXAMPLES = (
    ["Lui donne acte de la présentation faite du compte administratif lequel peut se résumer ainsi :",
     "lui donne acte de la présentation faite des comptes administratifs", "Constate, aussi bien pour la comptabilité principale",
     "Reconnaît la sincérité des restes à réaliser", "Arrête les résultats définitifs tels que résumés ci-dessus",
     "Déclare que le compte de gestion dressé par le receveur n'appelle ni observation ni réserve", "Décide de fixer les tarifs",
     # a proxy sentence whose giver's initial was read as a letter numbering an item ("A. BLANC donne pouvoir à F. ROUX")
     "BLANC donne pouvoir à F. ROUX", "Paul DURAND a donné procuration à Anne ROUX"],
    ["Compte administratif du budget général 2012", "Constat de carence", "Déclaration d'intention d'aliéner",
     "Reconnaissance de l'état de catastrophe naturelle", "Demande de subvention au titre de la DETR", "Budget primitif 2024",
     "Délégation : le conseil donne pouvoir au Maire", "Pouvoir donné au Maire pour ester en justice"],
)


@pytest.mark.parametrize("title,operative", [(t, True) for t in OPERATIVE_POINT_EXAMPLES[0]] + [(t, False) for t in OPERATIVE_POINT_EXAMPLES[1]])
def test_operative_point(title, operative):
    from pipeline.segment import _is_operative_point

    assert _is_operative_point(title) is operative


def test_a_compte_administratif_s_numbered_points_are_not_items():
    seg = _plain("Séance du jeudi 4 avril 2013\n\nPrésents : Mmes CAULE – QUENET – Mrs PLANTIER – HIGON\n\n"
                 "2013-19 : Compte administratif du budget général 2012\nLe conseil municipal, réuni sous la présidence de M. PLANTIER, "
                 "délibérant sur le compte administratif de l'exercice 2012 dressé par M. BORD, Maire,\n\n"
                 "1°) Lui donne acte de la présentation faite du compte administratif lequel peut se résumer ainsi :\n\n"
                 "2°) Constate, aussi bien pour la comptabilité principale que pour les annexes, les identités de valeurs\n\n"
                 "3°) Reconnaît la sincérité des restes à réaliser\n\n4°) Arrête les résultats définitifs tels que résumés ci-dessus\n")
    assert [(a.number, a.title) for a in seg.agenda] == [("2013-19", "Compte administratif du budget général 2012")]


def test_two_agenda_items_run_together_on_one_line_are_cut_where_the_list_skips_a_number():
    seg = _plain("ORDRE DU JOUR\n\n1. Projet de schéma départemental / Délibération\n\n"
                 "2. Enfance - jeunesse / Contrat caf / Convention 3. Finances / Tarifs municipaux 2020 / Délibération\n\n"
                 "4. Finances / Autorisations spéciales de crédits\n\n5. Questions diverses\n")
    assert [(a.number, a.title) for a in seg.agenda] == [
        ("1", "Projet de schéma départemental / Délibération"), ("2", "Enfance - jeunesse / Contrat caf / Convention"),
        ("3", "Finances / Tarifs municipaux 2020 / Délibération"), ("4", "Finances / Autorisations spéciales de crédits"),
        ("5", "Questions diverses")]


def test_a_number_inside_a_title_is_no_item_where_the_list_skips_none():
    seg = _plain("ORDRE DU JOUR\n\n1. Budget primitif 2024\n\n2. Travaux de la tranche 3. Voirie communale\n\n3. Questions diverses\n")
    assert [a.number for a in seg.agenda] == ["1", "2", "3"]


@pytest.mark.parametrize("title, cleaned", [
    ("Questions diverses . Envoyé en préfecture le 19/06/2023", "Questions diverses"),
    ("Budget primitif 2023 | Reçu en préfecture le 02/05/2022", "Budget primitif 2023"),
    ("Convention avec la préfecture de l'Oise", "Convention avec la préfecture de l'Oise"),
    ("Subvention envoyée à la préfecture", "Subvention envoyée à la préfecture"),
])
def test_the_prefecture_stamp_run_into_a_title_is_cut(title, cleaned):
    from pipeline.segment import _clean_title

    assert _clean_title(title) == cleaned


def test_an_unnumbered_pdf_agenda_title_wrapped_at_its_margin_in_lower_case_and_the_next_page_s_stamp():
    rows = [("ORDRE DU JOUR", 56.0, 1), ("Convention fourniture de gaz", 210.0, 1),
            ("ONF Distraction et application du régime forestier dans le cadre d'un", 210.0, 1),
            ("échange de parcelles forestières", 210.0, 1), ("Questions diverses", 210.0, 1),
            ("Envoyé en préfecture le 19/06/2023", 392.0, 2), ("REPUBLIQUE FRANCAISE", 40.0, 2)]
    pages = [[RawLine(text, x0, 100.0 + 14 * i, x1=500.0, bold=False, underline=False, size=10.0)
              for i, (text, x0, page) in enumerate(rows) if page == p] for p in (1, 2)]
    seg = segment(build_document("4" * 64, "snippet.pdf", "pdf", pages))
    assert [a.title for a in seg.agenda][:3] == [
        "Convention fourniture de gaz", "ONF Distraction et application du régime forestier dans le cadre d'un échange de parcelles forestières",
        "Questions diverses"]


@pytest.mark.parametrize("line", ["1 REUNION DU CONSEIL MUNICIPAL", "2 SEANCE ORDINAIRE DU CONSEIL COMMUNAUTAIRE", "1 SESSION DU COMITE SYNDICAL"])
def test_a_page_number_before_the_session_heading_in_capitals_is_no_item(line):
    from pipeline.segment import parse_numbered

    assert parse_numbered(line, allow_bare=True) is None


@pytest.mark.parametrize("line, title", [("1       Séance du conseil Municipal.", "Séance du conseil Municipal."),
                                         ("1. REUNION DU CONSEIL MUNICIPAL", "REUNION DU CONSEIL MUNICIPAL")])
def test_a_session_item_mixed_case_or_marked_stays_an_item(line, title):
    from pipeline.segment import parse_numbered

    assert parse_numbered(line, allow_bare=True).title == title


AGENDA_HEADING_EXAMPLES = (
    ["ORDRE DU JOUR", "Ordre du jour :", "L'ordre du jour est le suivant :", "Points inscrits à l'ordre du jour :",
     "ORDRE DU JOUR DU CONSEIL MUNICIPAL DU 12 MARS 2024", "ORDRE DU JOUR CONSEIL COMMUNAUTAIRE",
     "Ordre du jour de la séance du conseil municipal", "Ordre du jour du comité syndical", "ORDRE DU JOUR DU BUREAU",
     "ORDRE DU JOUR - SEANCE DU 12 MARS 2024", "Ordre du jour de la séance ordinaire du conseil municipal du 3 mars 2024"],
    ["Ordre du jour du conseil est modifié", "Ordre du jour de la commission des finances", "ordre du jour de la séance est adopté",
     "Le Maire propose d'ajouter un point à l'ordre du jour", "Approbation de l'ordre du jour"],
)


@pytest.mark.parametrize("line,heading", [(t, True) for t in AGENDA_HEADING_EXAMPLES[0]] + [(t, False) for t in AGENDA_HEADING_EXAMPLES[1]])
def test_agenda_heading(line, heading):
    from pipeline.segment import _AGENDA_HEADING

    assert bool(_AGENDA_HEADING.match(line)) is heading


def test_an_excerpt_cut_before_its_last_item_s_vote_keeps_the_items_before_it():
    seg = _plain("COMPTE-RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DU 28 AVRIL 2011\nPrésents : M. DUPONT, Mme MARTIN\n"
                 "Monsieur Patrick GOMEZ est désigné secrétaire de séance.\n"
                 "Approbation du compte rendu de la séance du 28 février\n"
                 "Le compte rendu est adopté par 20 voix favorables et 2 abstentions.\n"
                 "Discours de Monsieur le Maire\nMonsieur le Maire fait un discours d'introduction au vote des documents budgétaires.\n"
                 + "Je tiens à remercier le trésorier de sa présence parmi nous ce soir, qui témoigne de son intérêt pour la commune.\n" * 4)
    assert [(a.number, a.title) for a in seg.agenda] == [
        ("1", "Approbation du compte rendu de la séance du 28 février"), ("2", "Discours de Monsieur le Maire")]


@pytest.mark.parametrize("closing", ["Séance levée à 19h45", "La séance est levée à 23 h 10.",
                                     "L'ordre du jour étant épuisé, Monsieur le Maire lève la séance à 22h30."])
def test_the_last_section_ends_where_the_session_is_closed(closing):
    text = ("SEANCE DU 12 MARS 2024\n\nORDRE DU JOUR\n1. Budget primitif 2024\n2. Questions diverses\n\n"
            "1. Budget primitif 2024\nAprès en avoir délibéré, le conseil adopte le budget.\nVote : unanimité\n"
            f"2. Questions diverses\nAucune question.\n{closing}\nREPUBLIQUE FRANCAISE\nVote : à l'unanimité\n")
    seg = _plain(text)
    last = seg.sections[-1]
    assert last.item_number == "2" and text[last.start:last.end].rstrip().endswith(closing)


def test_a_suspended_session_does_not_end_the_last_section():
    text = ("SEANCE DU 12 MARS 2024\n\nORDRE DU JOUR\n1. Budget primitif 2024\n\n1. Budget primitif 2024\n"
            "La séance est suspendue à 21h.\nAprès en avoir délibéré, le conseil adopte le budget.\nVote : unanimité\n")
    seg = _plain(text)
    assert seg.sections[-1].end == len(text)


def test_an_extract_s_reference_alone_on_its_line_is_not_joined_to_the_expose():
    from pipeline.kinds import document_kind

    text = ("EXTRAIT DU REGISTRE DES DELIBERATIONS\nSéance du 12 mars 2024\nPrésents : M. DUPONT, Mme MARTIN\n"
            "Objet : Adhésion au groupement de commandes\nDélibération n° 2024-12\nLe Maire expose.\n"
            "Le conseil municipal, après en avoir délibéré, DECIDE d'adhérer.\nVote : unanimité\n")
    doc = build_document("6" * 64, "snippet.txt", "text", [split_text_lines(text)])
    seg = segment(doc, document_kind(doc.text))
    assert [(a.number, a.title) for a in seg.agenda] == [("2024-12", "Adhésion au groupement de commandes")]


@pytest.mark.parametrize("line, title", [
    ("L’an deux mille quinze et le vingt-trois février à dix-sept heures, le Conseil", False),
    ("L'an 2019, le 5 mars à 20 heures, le conseil municipal", False),
    ("L'an mil neuf cent quatre-vingt-dix-huit, le douze mars", False),
    ("L'année scolaire 2024-2025 : tarifs de la cantine", True),
    ("Dépenses d'investissement avant vote du Budget Primitif 2015", True),
    ("A. BLANC donne pouvoir à F. ROUX", False),
    ("Délégation au Maire : le conseil donne pouvoir à Monsieur le Maire", True),
    # the header's counts and the session's heading without its year (Pluguffan 2011, Viens 2022, Pornic 2021)
    ("Conseillers municipaux en exercice : 22", False),
    ("Nombre de conseillers en exercice : 15/15", False),
    ("CONSEIL MUNICIPAL SEANCE DU 18 NOVEMBRE", False),
    ("Séance du 1er juillet", False),
    ("Réunion publique du 12 mars sur le PLU", True),
    ("Indemnités des élus en exercice", True),
    ("Conseil d'école du 12 mars : compte rendu", True),
])
def test_the_session_opening_formula_is_no_title(line, title):
    from pipeline.segment import _title_like

    assert _title_like(line) is title


def test_the_opening_formula_after_the_header_labels_is_no_item():
    # an excerpt cut before any vote: the sentence after "Secrétaire de séance" is the session's formula, no title
    seg = _plain(
        "Séance du 23 février 2015\nPrésents : Thierry VERGES, Joëlle CORDELETTE\nSecrétaire de séance : Michel GARCIA\n"
        "L’an deux mille quinze et le vingt-trois février à dix-sept heures, le Conseil de la Communauté de Communes\n"
        "s’est réuni à la Maison du Capcir sous la Présidence de M. Jean-Louis DEMELIN.\n"
        "Le Président rappelle à l’Assemblée que préalablement au vote du budget primitif 2015, la collectivité\n"
    )
    assert [a.title for a in seg.agenda] == []


def test_one_point_added_unbulleted_on_the_line_after_the_sentence():
    seg = _plain(
        "Présents : Anne MARTIN, Paul DURAND\nSecrétaire de séance : Anne MARTIN\n"
        "Le Maire informe les Conseillers de l’ajout d’un ordre du jour :\n"
        "Travaux d’Eclairage Public : Versement d’un fond de concours à la Communauté de Communes.\n"
        "1. VOTE DES COMPTES DE GESTION 2017\nLe conseil municipal, après en avoir délibéré, à l’unanimité, approuve le compte de gestion.\n"
        "2. VOTE DU COMPTE ADMINISTRATIF 2017\nLe conseil municipal, après en avoir délibéré, à l’unanimité, approuve le compte administratif.\n"
    )
    assert [(a.title, a.source) for a in seg.agenda][0] == (
        "Travaux d’Eclairage Public : Versement d’un fond de concours à la Communauté de Communes", "added")
    assert len(seg.agenda) == 3


def test_a_sentence_opening_the_exposé_after_an_added_point_is_no_item():
    seg = _plain(
        "Présents : Anne MARTIN, Paul DURAND\nLe Maire propose de rajouter un point à l’ordre du jour :\n"
        "Monsieur le Maire rappelle que la commune doit se prononcer sur le rapport.\n"
        "1. VOTE DES COMPTES DE GESTION 2017\nLe conseil municipal, après en avoir délibéré, à l’unanimité, approuve le compte de gestion.\n"
    )
    assert [a.source for a in seg.agenda] == ["body"]


# The session's opening (header, attendance, counts, secretary): one region, decided by the segmentation, that the meeting
# and attendance extractors read (#14/#15). A preamble that prints no label of the opening was cut short by an item read
# too early; the opening then runs on to where the first deliberation begins after its labels.
_MEMBERS = ", ".join(f"M. {surname} {given}" for surname, given in (
    ("ROUX", "Paul"), ("DURAND", "Anne"), ("MARTIN", "Luc"), ("PETIT", "Jean"), ("NOEL", "Marc"), ("BLANC", "Léa"),
    ("FAURE", "Jules"), ("GARNIER", "Rose"), ("LEROY", "Hugo"), ("MOREL", "Inès")))
# a page's number, then the session's heading read as item 1, the page run into one line (as a copy from a web site prints it)
_RUN_ON_OPENING = (
    "16\n1 PROCES VERBAL DU CONSEIL COMMUNAUTAIRE Vendredi 10 Juillet 2020 à 18 h 30 L’an deux mille vingt, le dix Juillet "
    "à dix-huit heures trente, les conseillers des Communes membres de la Communauté de Communes de la Vallée se sont réunis. "
    "La séance est ouverte sous la présidence de Monsieur Paul ROUX, conseiller communautaire et doyen de l’assemblée. "
    f"Présents titulaires : {_MEMBERS}, Pouvoirs : M. BLANC Eric a donné pouvoir à M. ROUX Paul. "
    "Monsieur Luc MARTIN, Président sortant, accueille les membres du conseil communautaire.\n")
OPENING_REGIONS = {
    # (text, where the opening ends: the first words after it, "" for the text's end)
    "cut short": [
        # (round eight: the session's heading after the page's number is no item any more, see the test below)
        # an agenda printed before the lists, read as the first items: the lists in the third one's head
        ("REUNION DU BUREAU DU 26 MAI 2010\n1. Etude des leviers d'optimisation,\n2. Procédure quai de transfert,\n"
         "3. Décision modificative investissement.\nLes membres présents sont : M. Paul DURAND, Mme Anne ROUX.\n"
         "Absents excusés : MM. Luc NOEL.\nCOMPTE RENDU DE LA SEANCE\nLe Bureau approuve le compte rendu.\n", ""),
    ],
    "the preamble": [
        # the preamble prints the opening's labels: it is the opening (an item's "Présents : 12 agents" is not)
        ("Conseil municipal du 5 mars 2024\nPrésents : M. Paul DURAND, Mme Anne ROUX.\nSecrétaire de séance : M. Paul DURAND.\n"
         "1. Budget primitif\nLe conseil adopte le budget à l'unanimité.\n2. Tarifs\nLe conseil approuve les tarifs à "
         "l'unanimité.\n3. Personnel\nPrésents : 12 agents au 1er janvier.\nLe conseil approuve à l'unanimité.\n",
         "1. Budget primitif"),
        # a short preamble that is one: the first item's vote is no summary of the session
        ("Présents : 15 - Absents : 4\n1. Budget primitif\nLe conseil adopte le budget.\nPour : 17\n2. Tarifs\n"
         "Le conseil approuve les tarifs.\n", "1. Budget primitif"),
        # no label before the items, and past the first one only a label of those present says the lists are there
        ("REUNION DU BUREAU DU 26 MAI 2010\n1. Etude des leviers d'optimisation\nLe bureau approuve à l'unanimité.\n"
         "2. Personnel\nAbsents : 2 agents en congé.\nLe bureau approuve à l'unanimité.\n", "1. Etude"),
    ],
}


@pytest.mark.parametrize("text,after", OPENING_REGIONS["cut short"] + OPENING_REGIONS["the preamble"])
def test_the_opening_region_is_decided_once(text, after):
    seg = _plain(text)
    assert seg.sections, "the item read too early is a section"
    assert text[seg.opening_end:].startswith(after) and (after or seg.opening_end == len(text))


def test_a_page_number_before_the_sessions_heading_reads_no_item_and_the_opening_is_the_text():
    # "1 PROCES VERBAL DU CONSEIL COMMUNAUTAIRE Vendredi 10 Juillet 2020" (Les Bertranges): the minutes' own heading,
    # its page's number before it, was read as item 1 until round eight
    seg = _plain(_RUN_ON_OPENING)
    assert not seg.agenda and not seg.sections and seg.opening_end == len(_RUN_ON_OPENING)
    # the first deliberation after it is the first item; its section read from a plain title and its vote alone, the
    # opening keeps the extent it has without any section (the unstructured preamble), as for any such text
    text = (_RUN_ON_OPENING + "\nÉlection du Président\nLe conseil communautaire, après en avoir délibéré, élit M. Paul ROUX "
            "à l'unanimité.\n")
    seg = _plain(text)
    assert [a.title for a in seg.agenda] == ["Élection du Président"] and seg.opening_end == len(text)


@pytest.mark.parametrize("text,after", OPENING_REGIONS["the preamble"])
def test_a_preamble_with_the_opening_labels_is_the_opening(text, after):
    seg = _plain(text)
    assert seg.opening_end == seg.preamble_end


def test_without_sections_the_opening_is_the_first_chars():
    from pipeline.segment import UNSTRUCTURED_PREAMBLE

    short = "Conseil municipal du 5 mars 2024\nPrésents : M. Paul DURAND.\n"
    assert _plain(short).opening_end == len(short)
    long = short + ("Le conseil municipal échange sur la vie de la commune et ses projets à venir.\n" * 300)
    assert _plain(long).opening_end == UNSTRUCTURED_PREAMBLE


def test_meeting_and_attendance_read_the_one_opening():
    """Both extractors read the region the segmentation decided, past the item read too early: the president who opens the
    session ("sous la présidence de"), not the outgoing one the prose names; the members and the proxy of the same lines."""
    from extractors import attendance, meeting

    doc = build_document("3" * 64, "snippet.txt", "text", [split_text_lines(_RUN_ON_OPENING)])
    seg = segment(doc)
    # (round eight: the heading after the page's number is no item: no section, the opening is the text)
    assert not seg.sections and seg.opening_end == len(_RUN_ON_OPENING)
    assert meeting.extract(doc, seg)["meeting"].president == "Paul ROUX"
    out = attendance.extract(doc, seg)
    assert len(out["attendance"]) == 11 and [(p.giver, p.holder) for p in out["proxies"]] == [("BLANC Eric", "ROUX Paul")]


@pytest.mark.parametrize("proxy", [
    "A. FIOT donne pouvoir à F. PASQUALI-BARTHELEMY",  # the giver's initial read as a letter's number (Frison 2019)
    "B. MARTIN a donné procuration à J. DURAND",
])
def test_a_proxy_after_its_giver_s_initial_is_no_item(proxy):
    seg = _plain(
        "COMPTE RENDU DU CONSEIL MUNICIPAL DU 05/11/2019\nPrésents : Michel FRISON, Paul BASSA, Gilbert AVERSA.\n"
        f"Pouvoirs : E. RICHARD donne pouvoir à N. MAUREL\n{proxy}\n"
        "Secrétaire de séance : (élu à l'unanimité) : Gilbert AVERSA\n"
    )
    assert [a.number for a in seg.agenda] == []


def test_bulleted_titles_each_followed_by_its_vote_are_the_body_s_items():
    # Viens 2022: "Délibérations" / "• title" / "Accord à la majorité : ..." (who leaves the vote may come between)
    seg = _plain(
        "Séance du lundi 5 avril 2022 à 18h00.\nSecrétaire de séance : PERRONE Danièle.\n\nDélibérations\n\n"
        "  • Approbation du Compte de Gestion 2021 du Receveur municipal\n"
        "    Accord à la majorité : 10 pour (8 + 2 procurations pour), 3 abstentions et 2 contre\n"
        "  • Approbation du Compte administratif 2021 du Maire\n    Le Maire ne prend pas part au vote.\n"
        "    Accord à la majorité : 9 pour, 3 abstentions et 2 contre\n"
        "  • Affectation du résultat de l’exercice 2021\n    Accord à l'unanimité\n"
    )
    assert [a.title for a in seg.agenda] == [
        "Approbation du Compte de Gestion 2021 du Receveur municipal", "Approbation du Compte administratif 2021 du Maire",
        "Affectation du résultat de l’exercice 2021"]


@pytest.mark.parametrize("text", [
    # one bullet before a vote: a list's point (Saclas 2011: a point added, its vote under it)
    "Monsieur le Maire propose d'ajouter un point :\n- Modification de la subvention à l'ADMR\nVOTE : Unanimité\n",
    # budget lines before their vote (Braslou 2018)
    "DM n°1 :\n• Augmentation de crédits : C/61523 +1507.50€\nA l'unanimité (pour : 10)\n"
    "• Diminution de crédits : C/022 -1507.50€\nA l'unanimité (pour : 10)\n",
])
def test_bullets_that_are_no_voted_titles(text):
    from pipeline.read.common import split_text_lines as lines_of
    from pipeline.segment import _content_lines, _voted_bullets

    doc = build_document("4" * 64, "snippet.txt", "text", [lines_of(text)])
    assert _voted_bullets(_content_lines(doc), 0) == frozenset()


@pytest.mark.parametrize("heading, title", [
    # a title in capitals broken one word a line (Meslan 2014)
    ("1- DESIGNATION\nDES\nMEMBRES\nDES\nCOMMISSAIRES\nTITULAIRES\nET\nSUPPLEANTS- COMMISSION COMMUNALE DES IMPOTS DIRECTS\n",
     "DESIGNATION DES MEMBRES DES COMMISSAIRES TITULAIRES ET SUPPLEANTS- COMMISSION COMMUNALE DES IMPOTS DIRECTS"),
    # a table's header in capitals under a title: no word that cannot end a title, not joined
    ("1- BUDGET PRIMITIF 2014\nLIBELLES\nINVESTISSEMENT\nFONCTIONNEMENT\nENSEMBLE\n", "BUDGET PRIMITIF 2014"),
])
def test_a_title_in_capitals_broken_one_word_a_line(heading, title):
    seg = _plain(
        "COMPTE-RENDU DE LA REUNION DU CONSEIL MUNICIPAL EN DATE DU 24 JUIN 2014\nSECRETAIRE DE SEANCE : Chantal PICARDA\n"
        f"{heading}Monsieur Le Maire informe le Conseil Municipal que les listes doivent être modifiées.\n"
        "Le conseil municipal, après en avoir délibéré, à l'unanimité, approuve les listes.\n"
    )
    assert [a.title for a in seg.agenda] == [title]
    assert [s.item_number for s in seg.sections] == ["1"]  # its section found: the header ends before it


# A paragraph that opens on its item's title, the deliberation's formula within a few words after it (issue #14; Ménerval
# n09 "Subvention : Après en avoir délibéré, le Conseil Municipal décide ..."; the flat style of small communes' web pages)
@pytest.mark.parametrize("text, title", [
    ("Subvention : Après en avoir délibéré, le Conseil Municipal décide d'attribuer une subvention", "Subvention"),
    ("Délibération portant sur la modification du temps de travail : Après en avoir délibéré, à l'unanimité le conseil "
     "municipal décide :", "Délibération portant sur la modification du temps de travail"),
    ("Subvention: après en avoir délibéré, le conseil décide", "Subvention"),  # no space before the colon, lower case
    ("Travaux de voirie – le Conseil, à l'unanimité, décide de retenir l'entreprise", "Travaux de voirie"),
    ("Tarifs de la cantine. Après en avoir délibéré, le conseil fixe les tarifs", "Tarifs de la cantine"),
    ("Tarifs de la cantine Après en avoir délibéré, le conseil fixe les tarifs", "Tarifs de la cantine"),  # no separator
    ("Travaux de voirie : demande de subvention : Après en avoir délibéré, le Conseil décide", "Travaux de voirie : demande de subvention"),
    ("SUBVENTION AU COMITÉ DES FÊTES Le Conseil, après en avoir délibéré, décide d'attribuer 300 €", "SUBVENTION AU COMITÉ DES FÊTES"),
    ("Vente d'un terrain : le Conseil municipal, à l'unanimité, autorise le Maire à signer l'acte", "Vente d'un terrain"),
])
def test_a_title_that_opens_its_deliberations_paragraph(text, title):
    from pipeline.segment import _title_then_formula

    found = _title_then_formula([None], 0, text)
    assert found is not None and found.title == title


@pytest.mark.parametrize("text", [
    "Le Conseil Municipal, après en avoir délibéré, décide d'approuver",
    "Le Conseil Municipal : après en avoir délibéré, approuve",
    "Il est proposé au conseil : après en avoir délibéré, le conseil décide",
    "Vote : à l'unanimité",
    "Résultat du vote : à l'unanimité, le conseil décide",
    "Monsieur le Maire expose : le conseil décide",
    "Sur proposition du Maire et après en avoir délibéré, le conseil approuve",
    "En conséquence : le conseil décide de fixer les tarifs",
    "Présents : à l'unanimité",
    "Subvention : le Maire présente la demande de l'association sportive",  # no formula
    # a vote's label as OCR misreads "Vote" (Flaux, 25 March 2022), and a vote after a label
    "Voie : à l'unanimité", "Vate : à l'unanimité", "Délibération : adoptée à l'unanimité", "Décision : Pour : 12, à l'unanimité",
])
def test_lines_that_are_no_title_before_a_formula(text):
    from pipeline.segment import _title_then_formula

    assert _title_then_formula([None], 0, text) is None


def test_paragraphs_headed_by_their_title_are_the_items_where_no_heading_is_printed():
    header = ("Séance du conseil municipal du 17 septembre 2020\nLe Conseil Municipal s'est réuni sous la présidence de "
              "Monsieur DUPONT Alain, Maire.\nEtaient présents : MM. DUPONT, MARTIN, PETIT.\nSecrétaire de séance : M. MARTIN\n\n")
    seg = _plain(header + "Subvention : Après en avoir délibéré, le Conseil Municipal décide d'attribuer une subvention de 1500 €.\n"
                 "Les crédits sont prévus au budget.\n\nDélibération portant sur le temps de travail du poste d'adjoint technique : "
                 "Après en avoir délibéré, à l'unanimité le conseil municipal décide :\n1) De fixer la durée à 20 heures.\n")
    assert [a.title for a in seg.agenda] == ["Subvention", "Délibération portant sur le temps de travail du poste d'adjoint technique"]
    # where a heading is numbered, it alone heads the items (fail-safe: the paragraphs are its text)
    seg = _plain(header + "1. Subventions 2020\nSubvention : Après en avoir délibéré, le Conseil Municipal décide d'attribuer 1500 €.\n"
                 "2. Personnel\nAdjoint technique : Après en avoir délibéré, le conseil décide de fixer la durée à 20 heures.\n")
    assert [a.title for a in seg.agenda] == ["Subventions 2020", "Personnel"]


# An object heading, after its act's label too (round eight, tests/compose.py body_heading="DELIBERATION - Objet : title"):
# (line, the title read, or None where it is no object heading)
OBJECT_HEADINGS = [
    ("Objet : Budget primitif 2025", "Budget primitif 2025"),
    ("DÉLIBÉRATION – Objet : Tarifs de la cantine", "Tarifs de la cantine"),
    ("Délibération : objet : Indemnités des élus", "Indemnités des élus"),
    ("DELIBERATION - OBJET : CREATION D'UN POSTE", "CREATION D'UN POSTE"),
    ("Délibération. Objet : Vente d'une parcelle", "Vente d'une parcelle"),
    ("Extrait du registre des délibérations – Objet : Adhésion au SDE", "Adhésion au SDE"),
    ("Objet : Convocation au conseil municipal", None),
    ("Délibération approuvant l'objet du marché", None),
    ("Délibérations du bureau", None),
    ("L'objet : de la réunion", None),
]


@pytest.mark.parametrize("line, title", OBJECT_HEADINGS)
def test_object_heading(line, title):
    from pipeline.segment import _OBJECT_HEADING, _OBJECT_PREFIX

    m = _OBJECT_HEADING.match(line)
    assert (m["title"] if m else None) == title
    if title is not None:
        assert _OBJECT_PREFIX.sub("", line) == title
