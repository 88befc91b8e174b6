"""Agenda and body-section variants of French minutes beyond the dev corpus: agenda headings,
numbering styles, body headings retitled or out of order, and lines that must not be items."""

from __future__ import annotations

import pytest

from pipeline.read.common import build_document, split_text_lines
from pipeline.segment import parse_numbered, segment


def _seg(text: str):
    return segment(build_document("0" * 64, "snippet.txt", "text", [split_text_lines(text)]))


def _agenda(text: str) -> list[tuple[str, str, str]]:
    return [(a.number, a.title, a.source) for a in _seg(text).agenda]


def _sections(text: str) -> list[str]:
    return [s.item_number for s in _seg(text).sections]


FLAT = """Conseil municipal du 12 mars 2024

{heading}
{n1}Approbation du procès-verbal de la séance précédente
{n2}Budget primitif 2024
{n3}Questions diverses

La séance est ouverte à 20h.

{n1}Approbation du procès-verbal de la séance précédente
Le procès-verbal est adopté à l'unanimité.

{n2}Budget primitif 2024
Le conseil approuve.

{n3}Questions diverses
Rien.
"""
FLAT_ITEMS = [
    ("1", "Approbation du procès-verbal de la séance précédente", "agenda"),
    ("2", "Budget primitif 2024", "agenda"),
    ("3", "Questions diverses", "agenda"),
]


@pytest.mark.parametrize(
    "heading",
    [
        "ORDRE DU JOUR :",
        "Ordre du jour de la séance :",
        "Points inscrits à l'ordre du jour :",
        "L'ordre du jour est le suivant :",
        "L'ordre du jour appelle les points suivants :",
        "ORDRE DU JOUR DU CONSEIL MUNICIPAL",
        "Rappel de l'ordre du jour",
        "Ordre du jour de la séance du lundi 1er juillet 2024 :",
        "ORDRE DU JOUR DU CONSEIL MUNICIPAL DU 12/03/2024",
    ],
)
def test_agenda_headings(heading):
    text = FLAT.format(heading=heading, n1="1. ", n2="2. ", n3="3. ")
    assert _agenda(text) == FLAT_ITEMS
    assert _sections(text) == ["1", "2", "3"]


@pytest.mark.parametrize(
    "marks",
    [
        ("1. ", "2. ", "3. "),
        ("1) ", "2) ", "3) "),
        ("1 - ", "2 - ", "3 - "),
        ("1° ", "2° ", "3° "),
        ("N°1 – ", "N°2 – ", "N°3 – "),
        ("Point n°1 : ", "Point n°2 : ", "Point n°3 : "),
    ],
)
def test_numbering_marks(marks):
    text = FLAT.format(heading="ORDRE DU JOUR", n1=marks[0], n2=marks[1], n3=marks[2])
    assert _agenda(text) == FLAT_ITEMS
    assert _sections(text) == ["1", "2", "3"]


def test_unnumbered_bulleted_agenda_with_title_in_capitals_in_body():
    text = """ORDRE DU JOUR :
- Approbation du procès-verbal de la séance précédente
- Budget primitif 2024
- Tarifs de la cantine scolaire
- Questions diverses

La séance est ouverte.

Approbation du procès-verbal de la séance précédente
Adopté.

Budget primitif 2024
Adopté.

TARIFS DE LA CANTINE SCOLAIRE
Adopté.

Questions diverses
Néant.
"""
    assert [a[1] for a in _agenda(text)] == [
        "Approbation du procès-verbal de la séance précédente", "Budget primitif 2024",
        "Tarifs de la cantine scolaire", "Questions diverses",
    ]
    assert _sections(text) == ["1", "2", "3", "4"]


def test_body_headings_with_title_only_in_capitals():
    text = """ORDRE DU JOUR
1. Budget primitif 2024
2. Tarifs de la cantine scolaire

BUDGET PRIMITIF 2024
Adopté.

TARIFS DE LA CANTINE SCOLAIRE
Adopté.
"""
    seg = _seg(text)
    assert [s.item_number for s in seg.sections] == ["1", "2"]
    assert seg.missing_in_body == ()


def test_items_with_a_rapporteur_line():
    text = """ORDRE DU JOUR
1. Budget primitif 2024
Rapporteur : M. Jean DUPONT
2. Tarifs de la cantine scolaire
Rapporteur : Mme Claire MARTIN
3. Questions diverses

1. Budget primitif 2024
Rapporteur : M. Jean DUPONT
Adopté.

2. Tarifs de la cantine scolaire
Adopté.

3. Questions diverses
"""
    assert [(n, t) for n, t, _ in _agenda(text)] == [
        ("1", "Budget primitif 2024"), ("2", "Tarifs de la cantine scolaire"), ("3", "Questions diverses"),
    ]
    assert _sections(text) == ["1", "2", "3"]


def test_item_treated_out_of_order():
    text = """ORDRE DU JOUR
1. Budget primitif 2024
2. Tarifs de la cantine scolaire
3. Rapport annuel sur l'eau

2. Tarifs de la cantine scolaire
Adopté.

1. Budget primitif 2024
Adopté.

3. Rapport annuel sur l'eau
Pris acte.
"""
    seg = _seg(text)
    assert [a.number for a in seg.agenda] == ["1", "2", "3"]  # the body's "2." is not a fourth item
    assert [s.item_number for s in seg.sections] == ["2", "1", "3"]
    assert seg.missing_in_body == ()


def test_compound_numbers_in_body_do_not_extend_the_agenda():
    text = """ORDRE DU JOUR
1. Finances
1.1 Budget primitif 2024
1.2 Tarifs de la cantine scolaire
2. Urbanisme
2.1 Révision du plan local d'urbanisme

1.1 Budget primitif 2024
Adopté.
1.2 Tarifs de la cantine scolaire
Adopté.
2.1 Révision du plan local d'urbanisme
Adopté.
"""
    seg = _seg(text)
    assert [a.number for a in seg.agenda] == ["1", "1.1", "1.2", "2", "2.1"]
    assert [s.item_number for s in seg.sections] == ["1.1", "1.2", "2.1"]


def test_roman_letter_arabic_tree():
    text = """ORDRE DU JOUR
I. Finances
A. Budget primitif 2024
1. Budget principal
2. Budget annexe de l'eau
B. Tarifs de la cantine scolaire
II. Urbanisme
A. Révision du plan local d'urbanisme

I. Finances
A. Budget primitif 2024
1. Budget principal
Adopté.
2. Budget annexe de l'eau
Adopté.
B. Tarifs de la cantine scolaire
Adopté.
II. Urbanisme
A. Révision du plan local d'urbanisme
Adopté.
"""
    paths = ["I", "I.A", "I.A.1", "I.A.2", "I.B", "II", "II.A"]
    assert [a.number for a in _seg(text).agenda] == paths
    assert _sections(text) == paths


def test_body_heading_cut_over_two_lines():
    text = """ORDRE DU JOUR
1. Demande de subvention au titre de la dotation d'équipement des territoires ruraux pour l'école
2. Tarifs de la cantine scolaire

1. Demande de subvention au titre de la dotation
d'équipement des territoires ruraux pour l'école
Adopté.

2. Tarifs de la cantine scolaire
Adopté.
"""
    assert _sections(text) == ["1", "2"]


def test_deliberation_numbers_with_dashes_and_underscores():
    text = """ORDRE DU JOUR
DEL_2023_12 Budget primitif 2024
DEL_2023_13 Tarifs de la cantine scolaire

DEL_2023_12 Budget primitif 2024
Adopté.

DEL_2023_13 Tarifs de la cantine scolaire
Adopté.
"""
    assert [(n, t) for n, t, _ in _agenda(text)] == [
        ("DEL_2023_12", "Budget primitif 2024"), ("DEL_2023_13", "Tarifs de la cantine scolaire"),
    ]
    assert _sections(text) == ["DEL_2023_12", "DEL_2023_13"]


def test_dates_and_amounts_in_a_section_are_not_items():
    text = """ORDRE DU JOUR
1. Budget primitif 2024
2. Tarifs de la cantine scolaire

1. Budget primitif 2024
Les crédits suivants :
15 000 € Travaux de voirie
30 septembre 2024 Date limite
Adopté.

2. Tarifs de la cantine scolaire
Adopté.
"""
    assert [a.number for a in _seg(text).agenda] == ["1", "2"]
    assert _sections(text) == ["1", "2"]


@pytest.mark.parametrize(
    "line",
    [
        "15 000 € Travaux de voirie",
        "30 septembre 2024 Date limite de dépôt",
        "2 500 euros pour l'association",
        "12 voix pour, 3 abstentions",
    ],
)
def test_lines_that_are_not_items(line):
    assert parse_numbered(line) is None


def test_operative_points_after_the_last_item_are_not_items():
    text = """ORDRE DU JOUR
1. Budget primitif 2024
2. Tarifs de la cantine scolaire

1. Budget primitif 2024
Adopté.

2. Tarifs de la cantine scolaire
Le conseil municipal, après en avoir délibéré, DÉCIDE :
1. De fixer les tarifs à 3 €.
2. Dit que les tarifs s'appliquent au 1er septembre.
3. De charger le maire de l'exécution.
4. AUTORISE le Maire à signer tout document.
"""
    assert [a.number for a in _seg(text).agenda] == ["1", "2"]


def test_unannounced_questions_diverses_is_still_found():
    text = """ORDRE DU JOUR
1. Budget primitif 2024
2. Tarifs de la cantine scolaire

1. Budget primitif 2024
Adopté.

2. Tarifs de la cantine scolaire
Adopté.

3. Questions diverses
Rien.
"""
    assert _agenda(text)[-1] == ("3", "Questions diverses", "body")


def test_operative_points_without_agenda_are_not_items():
    text = """Séance du conseil municipal du 3 avril 2023

Le conseil municipal, après en avoir délibéré, DÉCIDE :
1. De fixer les tarifs à 3 €.
2. Dit que les tarifs s'appliquent au 1er septembre.

1. Budget primitif 2024
Adopté.

2. Tarifs de la cantine scolaire
Adopté.
"""
    assert [(n, t) for n, t, _ in _agenda(text)] == [("1", "Budget primitif 2024"), ("2", "Tarifs de la cantine scolaire")]


def test_object_label_is_not_part_of_the_title():
    text = """ORDRE DU JOUR
2024-045 Objet : Budget primitif 2024
2024-046 Objet : Tarifs de la cantine scolaire

Délibération n° 2024-045 : Objet : Budget primitif 2024
Adopté.

Délibération n° 2024-046 : Objet : Tarifs de la cantine scolaire
Adopté.
"""
    assert [(n, t) for n, t, _ in _agenda(text)] == [
        ("2024-045", "Budget primitif 2024"), ("2024-046", "Tarifs de la cantine scolaire"),
    ]
    assert _sections(text) == ["2024-045", "2024-046"]


TABLE_BODY = """
Séance ouverte.

1. Budget primitif 2024
Adopté.

2. Tarifs de la cantine scolaire
Adopté.
"""


@pytest.mark.parametrize(
    "table",
    [
        "| N° | Objet | Rapporteur |\n|---|---|---|\n| 1 | Budget primitif 2024 | M. DUPONT |\n| 2 | Tarifs de la cantine scolaire | Mme MARTIN |\n",
        "N°\tObjet\tRapporteur\n1\tBudget primitif 2024\tM. DUPONT\n2\tTarifs de la cantine scolaire\tLe Maire\n",
        "Numéro\tIntitulé\n1\tBudget primitif 2024\n2\tTarifs de la cantine scolaire\n",
    ],
)
def test_agenda_in_a_table(table):
    text = "ORDRE DU JOUR\n" + table + TABLE_BODY
    assert [(n, t) for n, t, _ in _agenda(text)] == [("1", "Budget primitif 2024"), ("2", "Tarifs de la cantine scolaire")]
    assert _sections(text) == ["1", "2"]


def test_rapporteur_line_under_an_unnumbered_item_is_not_an_item():
    text = """ORDRE DU JOUR
Budget primitif 2024
Rapporteur : M. Jean DUPONT
Tarifs de la cantine scolaire
Rapporteur : Mme Claire MARTIN

Budget primitif 2024
Adopté.

Tarifs de la cantine scolaire
Adopté.
"""
    assert [t for _, t, _ in _agenda(text)] == ["Budget primitif 2024", "Tarifs de la cantine scolaire"]


def test_indented_rapporteur_line_is_not_part_of_the_title():
    from pipeline.read.common import RawLine

    rows = [(50, "ORDRE DU JOUR"), (50, "1. Budget primitif 2024"), (70, "Rapporteur : M. Jean DUPONT"),
            (50, "2. Tarifs de la cantine scolaire"), (70, "Rapporteur : Mme MARTIN"), (50, ""),
            (50, "1. Budget primitif 2024"), (50, "Adopté."), (50, "2. Tarifs de la cantine scolaire"), (50, "Adopté.")]
    doc = build_document("1" * 64, "snippet.pdf", "pdf", [[RawLine(t, x, 100 + 14 * i) for i, (x, t) in enumerate(rows)]])
    seg = segment(doc)
    assert [(a.number, a.title) for a in seg.agenda] == [("1", "Budget primitif 2024"), ("2", "Tarifs de la cantine scolaire")]
    assert [s.item_number for s in seg.sections] == ["1", "2"]


ADDED = """ORDRE DU JOUR
1. Budget primitif 2024
2. Tarifs de la cantine scolaire
3. Questions diverses

{sentence}
Le conseil accepte à l'unanimité l'ajout de ce point.

1. Budget primitif 2024
Adopté.

2. Tarifs de la cantine scolaire
Adopté.

4. Motion de soutien aux agriculteurs
Adoptée.

3. Questions diverses
Rien.
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Ajout d'un point à l'ordre du jour : Motion de soutien aux agriculteurs",
        "Monsieur le Maire propose d'ajouter à l'ordre du jour le point suivant : Motion de soutien aux agriculteurs.",
    ],
)
def test_item_added_in_session_to_a_numbered_agenda(sentence):
    seg = _seg(ADDED.format(sentence=sentence))
    assert [(a.number, a.title, a.source) for a in seg.agenda][-1] == ("4", "Motion de soutien aux agriculteurs", "added")
    assert [s.item_number for s in seg.sections] == ["1", "2", "4", "3"]


def test_item_postponed_to_next_meeting_is_not_added():
    text = ADDED.format(sentence="Le point 2 sera inscrit à l'ordre du jour du prochain conseil.").replace(
        "4. Motion de soutien aux agriculteurs\nAdoptée.\n\n", "")
    assert [a.number for a in _seg(text).agenda] == ["1", "2", "3"]


TWO = """ORDRE DU JOUR
1. Budget primitif 2024{r1}
2. Tarifs de la cantine scolaire{r2}
{extra}
La séance est ouverte.

{h1}
Adopté.

{h2}
Adopté.
{tail}"""
TWO_TITLES = [("1", "Budget primitif 2024"), ("2", "Tarifs de la cantine scolaire")]


@pytest.mark.parametrize(
    ("h1", "h2"),
    [
        ("Délibération n° 2024-12 : Objet : Budget primitif 2024", "Délibération n° 2024-13 : Objet : Tarifs de la cantine scolaire"),
        ("Point n°1 : Budget primitif 2024", "Point n°2 : Tarifs de la cantine scolaire"),
        ("1 - BUDGET PRIMITIF 2024", "2 – TARIFS DE LA CANTINE SCOLAIRE"),
        ("DCM 2024-12 Vote du budget primitif 2024", "DCM 2024-13 Fixation des tarifs de la cantine scolaire"),
    ],
)
def test_body_headings_in_another_style(h1, h2):
    text = TWO.format(r1="", r2="", extra="", h1=h1, h2=h2, tail="")
    assert [(n, t) for n, t, _ in _agenda(text)] == TWO_TITLES
    assert _sections(text) == ["1", "2"]


@pytest.mark.parametrize(
    ("r1", "r2"),
    [
        (" (Rapporteur : M. DUPONT)", " – Rapporteur : Mme MARTIN"),
        (" ........................ 3", " …… p. 5"),
    ],
)
def test_rapporteur_and_page_leaders_after_a_title(r1, r2):
    text = TWO.format(r1=r1, r2=r2, extra="", h1="1. Budget primitif 2024", h2="2. Tarifs de la cantine scolaire", tail="")
    assert [(n, t) for n, t, _ in _agenda(text)] == TWO_TITLES


@pytest.mark.parametrize("extra", ["Questions diverses", "- Informations diverses", "QUESTIONS DIVERSES :"])
def test_unnumbered_closing_item_of_a_numbered_agenda(extra):
    text = TWO.format(r1="", r2="", extra=extra + "\n", h1="1. Budget primitif 2024", h2="2. Tarifs de la cantine scolaire",
                      tail="\nQuestions diverses\nRien.\n")
    agenda = _agenda(text)
    assert [(n, t) for n, t, _ in agenda][:2] == TWO_TITLES
    assert agenda[2][0] == "3" and agenda[2][1].lower().endswith("diverses")
    assert len(agenda) == 3


def test_closing_item_after_deliberation_numbers_and_roman_parts():
    text = """ORDRE DU JOUR
I. Finances
1. Budget primitif 2024
II. Urbanisme
1. Révision du PLU
Questions diverses

I. Finances
1. Budget primitif 2024
Adopté.
II. Urbanisme
1. Révision du PLU
Adopté.
Questions diverses
Néant.
"""
    assert [a.number for a in _seg(text).agenda] == ["I", "I.1", "II", "II.1", "III"]
    assert _sections(text) == ["I", "I.1", "II", "II.1", "III"]


def test_titles_that_mention_a_rapporteur_are_kept():
    text = TWO.format(r1="", r2="", extra="", h1="1. Budget primitif 2024", h2="2. Tarifs de la cantine scolaire", tail="")
    text = text.replace("Budget primitif 2024", "Désignation d'un rapporteur")
    assert _agenda(text)[0][1] == "Désignation d'un rapporteur"


def test_bulleted_agenda_with_blank_lines_between_items():
    text = """ORDRE DU JOUR :

- Approbation du procès-verbal de la séance précédente

- Budget primitif 2024

- Tarifs de la cantine scolaire

La séance est ouverte à 20 heures sous la présidence de M. le Maire.

Approbation du procès-verbal de la séance précédente
Adopté.

Budget primitif 2024
Adopté.

Tarifs de la cantine scolaire
Adopté.
"""
    assert [t for _, t, _ in _agenda(text)] == [
        "Approbation du procès-verbal de la séance précédente", "Budget primitif 2024", "Tarifs de la cantine scolaire",
    ]
    assert _sections(text) == ["1", "2", "3"]


def test_plain_unnumbered_list_still_ends_at_a_blank_line():
    text = """ORDRE DU JOUR :
Budget primitif 2024

La séance est ouverte à 20 heures sous la présidence de M. le Maire.
Le quorum est atteint.

Budget primitif 2024
Adopté.
"""
    assert [t for _, t, _ in _agenda(text)] == ["Budget primitif 2024"]


def test_operative_point_reusing_the_next_item_number_is_not_its_heading():
    text = """ORDRE DU JOUR
1. Budget primitif 2024
2. Tarifs de la cantine scolaire
3. Rapport annuel sur l'eau

1. Budget primitif 2024
Le conseil municipal DÉCIDE :
1. D'adopter le budget primitif 2024 ;
2. D'approuver les tarifs de la cantine scolaire annexés ;
Adopté.

2. Tarifs de la cantine scolaire
Adopté.

3. Rapport annuel sur l'eau
Pris acte.
"""
    seg = _seg(text)
    assert [s.heading for s in seg.sections] == ["Budget primitif 2024", "Tarifs de la cantine scolaire", "Rapport annuel sur l'eau"]


@pytest.mark.parametrize(
    ("line", "style", "number", "title"),
    [
        ("a) Budget principal", "letter", "A", "Budget principal"),
        ("b. Budget annexe de l'eau", "letter", "B", "Budget annexe de l'eau"),
        ("1°/ Budget primitif 2024", "arabic", "1", "Budget primitif 2024"),
        ("1.- Budget primitif 2024", "arabic", "1", "Budget primitif 2024"),
        ("1- Budget primitif 2024", "arabic", "1", "Budget primitif 2024"),
        ("1er point : Approbation du procès-verbal", "point", "1", "Approbation du procès-verbal"),
        ("3ème point – Tarifs de la cantine", "point", "3", "Tarifs de la cantine"),
        ("2024-045 Objet : Budget primitif 2024", "delib", "2024-045", "Budget primitif 2024"),
        ("1. Budget primitif 2024 (Rapporteur : M. DUPONT)", "arabic", "1", "Budget primitif 2024"),
        ("1. Budget primitif 2024 Rapporteur : M. DUPONT", "arabic", "1", "Budget primitif 2024"),
        ("1. Rapport du rapporteur sur le budget", "arabic", "1", "Rapport du rapporteur sur le budget"),
    ],
)
def test_more_numbering_marks(line, style, number, title):
    numbered = parse_numbered(line)
    assert (numbered.style, numbered.number, numbered.title) == (style, number, title)


@pytest.mark.parametrize("line", ["a) d'approuver", "m. dupont", "1-Budget", "2-3 personnes", "17-20"])
def test_more_lines_that_are_not_items(line):
    assert parse_numbered(line) is None


def test_a_compound_number_with_a_hyphen_is_no_arabic_item_but_a_sub_item():
    # ("1-1 Budget" is never item 1 titled "1 Budget": it is the first sub-item of item 1, as "1.1")
    numbered = parse_numbered("1-1 Budget")
    assert (numbered.style, numbered.number, numbered.title) == ("compound2", "1.1", "Budget")


def test_lower_case_letters_under_arabic_items():
    text = """ORDRE DU JOUR
1. Budget primitif 2024
a) Budget principal
b) Budget annexe de l'eau
2. Tarifs de la cantine scolaire

1. Budget primitif 2024
a) Budget principal
Adopté.
b) Budget annexe de l'eau
Adopté.
2. Tarifs de la cantine scolaire
Adopté.
"""
    assert [a.number for a in _seg(text).agenda] == ["1", "1.A", "1.B", "2"]
    assert _sections(text) == ["1", "1.A", "1.B", "2"]


def test_minutes_approval_retitled_with_a_date_in_the_body():
    text = """ORDRE DU JOUR :
- Approbation du procès-verbal de la séance précédente
- Budget primitif 2024

La séance est ouverte.

APPROBATION DU PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 12 FÉVRIER 2024
Adopté.

Budget primitif 2024
Adopté.
"""
    assert _sections(text) == ["1", "2"]


def test_minutes_approval_sentence_is_not_a_heading_for_another_item():
    text = """ORDRE DU JOUR :
- Budget primitif 2024
- Tarifs de la cantine scolaire

Le conseil municipal approuve le procès-verbal de la séance précédente.

Budget primitif 2024
Adopté.

Tarifs de la cantine scolaire
Adopté.
"""
    assert _sections(text) == ["1", "2"]


def test_agenda_introduced_by_a_sentence():
    text = """Le Conseil Municipal s'est réuni le 12 mars 2024 sous la présidence de M. le Maire.
Monsieur le Maire donne lecture de l'ordre du jour :
- Budget primitif 2024
- Tarifs de la cantine scolaire

Budget primitif 2024
Adopté.

Tarifs de la cantine scolaire
Adopté.
"""
    assert [(t, src) for _, t, src in _agenda(text)] == [("Budget primitif 2024", "agenda"), ("Tarifs de la cantine scolaire", "agenda")]
    assert _sections(text) == ["1", "2"]


def test_sentence_adding_a_point_adds_it_and_is_not_the_agenda():
    # The sentence is no agenda (the numbered body items keep their numbers), and the point it adds, printed
    # unbulleted on the next line, is one more item numbered after them (the convention of items added at the
    # opening: learn6 landelles, learn2 chevincourt).
    text = """Le Conseil Municipal s'est réuni le 12 mars 2024.
Le Maire propose d'ajouter un point à l'ordre du jour :
Motion de soutien.

1. Budget primitif 2024
Adopté.

2. Tarifs de la cantine scolaire
Adopté.
"""
    assert sorted((n, t) for n, t, _ in _agenda(text)) == [
        ("1", "Budget primitif 2024"), ("2", "Tarifs de la cantine scolaire"), ("3", "Motion de soutien"),
    ]


def test_agenda_heading_holding_its_first_item():
    text = """Conseil municipal du 12 mars 2024
ORDRE DU JOUR : 1. Budget primitif 2024
2. Tarifs de la cantine scolaire

1. Budget primitif 2024
Adopté.

2. Tarifs de la cantine scolaire
Adopté.
"""
    seg = _seg(text)
    assert [(a.number, a.title, a.source) for a in seg.agenda] == [
        ("1", "Budget primitif 2024", "agenda"), ("2", "Tarifs de la cantine scolaire", "agenda"),
    ]
    first = seg.agenda[0].provenance
    assert first.text == "1. Budget primitif 2024"
    assert [s.item_number for s in seg.sections] == ["1", "2"]


def test_agenda_title_wrapped_after_a_link_word_and_unnumbered_body_heading_cut_in_two():
    text = """ORDRE DU JOUR
1. Demande de subvention au titre de la
DETR pour la rénovation de l'école
2. Tarifs de la cantine scolaire

Demande de subvention au titre de la DETR
pour la rénovation de l'école
Adopté.

2. Tarifs de la cantine scolaire
Adopté.
"""
    assert [(n, t) for n, t, _ in _agenda(text)] == [
        ("1", "Demande de subvention au titre de la DETR pour la rénovation de l'école"),
        ("2", "Tarifs de la cantine scolaire"),
    ]
    assert _sections(text) == ["1", "2"]


def test_capitalised_line_after_a_complete_title_is_not_glued_to_it():
    text = """ORDRE DU JOUR
1. Budget primitif 2024
2. Tarifs de la cantine scolaire
Présents : M. DUPONT, Mme MARTIN

1. Budget primitif 2024
Adopté.

2. Tarifs de la cantine scolaire
Adopté.
"""
    assert [t for _, t, _ in _agenda(text)] == ["Budget primitif 2024", "Tarifs de la cantine scolaire"]


def test_numbered_vote_counts_and_speakers_after_the_last_item_are_not_items():
    text = """ORDRE DU JOUR
1. Budget primitif 2024
2. Tarifs de la cantine scolaire

1. Budget primitif 2024
Adopté.

2. Tarifs de la cantine scolaire
Résultat du vote :
3 - Contre : M. X
4 - Pour : 15
5. Abstention : 1
3. Présents : 12
3. Monsieur le Maire remercie les élus.
3. Questions diverses
"""
    assert [(n, t, src) for n, t, src in _agenda(text)][2:] == [("3", "Questions diverses", "body")]


def test_rapporteur_column_read_as_one_line_a_row():
    text = """ORDRE DU JOUR
N° Objet Rapporteur
1 Budget primitif 2024 M. DUPONT
2 Tarifs de la cantine scolaire Mme Claire MARTIN
3 Subvention à l'association des parents d'élèves Le Maire

1. Budget primitif 2024
Adopté.
"""
    assert [t for _, t, _ in _agenda(text)] == [
        "Budget primitif 2024", "Tarifs de la cantine scolaire", "Subvention à l'association des parents d'élèves",
    ]


def test_a_name_in_a_title_stays_without_a_rapporteur_column():
    text = """ORDRE DU JOUR
1. Hommage à M. DUPONT
2. Tarifs de la cantine scolaire

1. Hommage à M. DUPONT
2. Tarifs de la cantine scolaire
"""
    assert _agenda(text)[0][1] == "Hommage à M. DUPONT"


def test_plain_agenda_with_blank_lines_between_titles():
    text = """ORDRE DU JOUR

Approbation du procès-verbal de la séance précédente

Budget primitif 2024

Tarifs de la cantine scolaire

La séance est ouverte à 20h

Secrétaire de séance : M. DUPONT

Approbation du procès-verbal de la séance précédente
Adopté.

Budget primitif 2024
Adopté.

Tarifs de la cantine scolaire
Adopté.
"""
    assert [t for _, t, _ in _agenda(text)] == [
        "Approbation du procès-verbal de la séance précédente", "Budget primitif 2024", "Tarifs de la cantine scolaire",
    ]
    assert _sections(text) == ["1", "2", "3"]


def test_numbers_printed_alone_above_their_titles():
    text = """ORDRE DU JOUR
1.
Budget primitif 2024
2.
Tarifs de la cantine scolaire

3
Budget primitif 2024
Adopté.

Point n°2 :
Tarifs de la cantine scolaire
Adopté.
"""
    seg = _seg(text)
    assert [(a.number, a.title) for a in seg.agenda] == [("1", "Budget primitif 2024"), ("2", "Tarifs de la cantine scolaire")]
    assert [s.item_number for s in seg.sections] == ["1", "2"]
    assert seg.agenda[0].provenance.text == "1.\nBudget primitif 2024"


def test_unnumbered_item_treated_before_the_first_one():
    text = """ORDRE DU JOUR :
- Budget primitif 2024
- Tarifs de la cantine scolaire
- Rapport annuel sur l'eau

La séance est ouverte.

Tarifs de la cantine scolaire
Adopté.

Budget primitif 2024
Adopté.

Rapport annuel sur l'eau
Pris acte.
"""
    seg = _seg(text)
    assert [s.item_number for s in seg.sections] == ["2", "1", "3"]
    assert seg.missing_in_body == ()


def test_pdf_title_wrapped_back_to_the_margin_after_a_link_word():
    from pipeline.read.common import RawLine

    rows = [(50, "ORDRE DU JOUR"), (50, "1. Demande de subvention au titre de la"), (50, "DETR pour la rénovation de l'école"),
            (50, "2. Tarifs de la cantine scolaire"), (50, "Présents : M. DUPONT"), (50, ""),
            (50, "1. Demande de subvention au titre de la DETR pour la rénovation de l'école"), (50, "Adopté."),
            (50, "2. Tarifs de la cantine scolaire"), (50, "Adopté.")]
    doc = build_document("1" * 64, "snippet.pdf", "pdf", [[RawLine(t, x, 100 + 14 * i) for i, (x, t) in enumerate(rows)]])
    seg = segment(doc)
    assert [(a.number, a.title) for a in seg.agenda] == [
        ("1", "Demande de subvention au titre de la DETR pour la rénovation de l'école"), ("2", "Tarifs de la cantine scolaire"),
    ]
    assert [s.item_number for s in seg.sections] == ["1", "2"]


def test_point_numbers_without_a_mark_printed_above_their_titles():
    text = """ORDRE DU JOUR
POINT 1
Budget primitif 2024
POINT 2
Tarifs de la cantine scolaire

POINT 1
Budget primitif 2024
Adopté.
POINT 2
Tarifs de la cantine scolaire
Adopté.
"""
    assert [(n, t) for n, t, _ in _agenda(text)] == [("1", "Budget primitif 2024"), ("2", "Tarifs de la cantine scolaire")]
    assert _sections(text) == ["1", "2"]


@pytest.mark.parametrize("line", ["Question 2 posée par M. X", "Point 12 juillet 2024", "Point 3 : juillet 2024"])
def test_point_lines_that_are_not_items(line):
    assert parse_numbered(line) is None


def test_without_agenda_deliberation_numbers_head_the_sections():
    text = """Séance du conseil municipal du 12 mars 2024
Présents : M. DUPONT, Mme MARTIN.
Vu la délibération n° 2023-45 du 12 mars 2023,

Délibération n° 2024-12 : Budget primitif 2024
Le conseil municipal DÉCIDE :
1. D'adopter le budget.
Délibération n° 2023-45 du 12 mars 2023 portant tarifs
Adopté.

Délibération n° 2024-13 : Tarifs de la cantine scolaire
Adopté.
"""
    seg = _seg(text)
    assert [(a.number, a.title) for a in seg.agenda] == [("2024-12", "Budget primitif 2024"), ("2024-13", "Tarifs de la cantine scolaire")]
    assert [s.item_number for s in seg.sections] == ["2024-12", "2024-13"]


def test_without_agenda_nor_numbers_object_lines_head_the_sections():
    text = """Objet : Convocation au conseil municipal
Séance du conseil municipal du 12 mars 2024
Présents : M. DUPONT, Mme MARTIN.

Objet : Budget primitif 2024
Le conseil municipal adopte le budget.

Objet : Tarifs de la cantine scolaire
Adopté.
"""
    seg = _seg(text)
    assert [(a.number, a.title) for a in seg.agenda] == [("1", "Budget primitif 2024"), ("2", "Tarifs de la cantine scolaire")]
    assert [s.item_number for s in seg.sections] == ["1", "2"]


def test_a_single_object_line_is_not_an_agenda():
    text = """Séance du conseil municipal du 12 mars 2024
Objet : Budget primitif 2024
Le conseil municipal adopte le budget.
"""
    assert _agenda(text) == []


def test_numbered_questions_inside_questions_diverses_are_not_items():
    text = """ORDRE DU JOUR
1. Budget primitif 2024
2. Questions diverses

1. Budget primitif 2024
Adopté.

2. Questions diverses
3. Question de M. X sur la voirie communale
4. Information sur le repas des aînés
"""
    assert [a.number for a in _seg(text).agenda] == ["1", "2"]


def test_numbered_costs_after_the_last_item_are_not_items():
    text = """ORDRE DU JOUR
1. Budget primitif 2024
2. Travaux de l'école

1. Budget primitif 2024
Adopté.

2. Travaux de l'école
Le coût se décompose ainsi :
1. Maîtrise d'œuvre : 5 000 €
2. Gros œuvre : 45 000 €
3. Travaux de voirie : 15 000 €
Adopté.
"""
    assert [a.number for a in _seg(text).agenda] == ["1", "2"]


def test_without_agenda_a_numbered_cost_list_does_not_open_the_items():
    text = """Séance du conseil municipal du 12 mars 2024
Le coût prévisionnel se décompose ainsi :
1. Maîtrise d'œuvre : 5 000 €
2. Gros œuvre : 45 000 €

1. Budget primitif 2024
Adopté.

2. Tarifs de la cantine scolaire
Adopté.
"""
    assert [(n, t) for n, t, _ in _agenda(text)] == [("1", "Budget primitif 2024"), ("2", "Tarifs de la cantine scolaire")]


def test_roman_agenda_and_arabic_body():
    text = """ORDRE DU JOUR
I. Budget primitif 2024
II. Tarifs
III. Questions diverses

1. Vote du budget primitif
Adopté.

2. Tarifs de la cantine et de la garderie
Adopté.

3. Questions diverses
"""
    seg = _seg(text)
    assert [a.number for a in seg.agenda] == ["I", "II", "III"]
    assert [s.item_number for s in seg.sections] == ["I", "II", "III"]


def test_roman_parts_with_arabic_items_stay_nested():
    text = """ORDRE DU JOUR
I. Finances
1. Budget primitif 2024
2. Tarifs de la cantine
II. Urbanisme
1. Révision du PLU

I. Finances
1. Budget primitif 2024
Adopté.
"""
    assert [a.number for a in _seg(text).agenda] == ["I", "I.1", "I.2", "II", "II.1"]


def test_unannounced_item_with_an_amount_in_its_title_is_kept():
    text = """ORDRE DU JOUR
1. Budget primitif 2024
2. Tarifs de la cantine scolaire

1. Budget primitif 2024
Adopté.

2. Tarifs de la cantine scolaire
Adopté.

3. Subvention pour l'ASL (Association Sport & Loisirs) 500€
Adopté.
"""
    assert _agenda(text)[-1] == ("3", "Subvention pour l'ASL (Association Sport & Loisirs) 500€", "body")


def test_added_point_announced_on_its_own_line_and_treated_in_capitals():
    text = """ORDRE DU JOUR
1. Budget primitif 2024
2. Tarifs de la cantine scolaire

Présents : M. DUPONT, Mme MARTIN
Ajout d'un point à l'ordre du jour :
Motion de soutien aux agriculteurs
Accepté à l'unanimité.

1. Budget primitif 2024
Adopté.

2. Tarifs de la cantine scolaire
Adopté.

MOTION DE SOUTIEN AUX AGRICULTEURS
Adoptée.
"""
    seg = _seg(text)
    assert [(a.number, a.title, a.source) for a in seg.agenda][-1] == ("3", "Motion de soutien aux agriculteurs", "added")
    assert [s.item_number for s in seg.sections] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("intro", "items"),
    [
        ("Le Conseil Municipal est appelé à délibérer sur les questions suivantes :",
         "1. Budget primitif 2024\n2. Tarifs de la cantine scolaire"),
        ("Séance du 12 mars 2024", "- Budget primitif 2024\n- Tarifs de la cantine scolaire"),
    ],
)
def test_line_between_agenda_heading_and_first_item_is_not_an_item(intro, items):
    text = f"""ORDRE DU JOUR
{intro}
{items}

Budget primitif 2024
Adopté.

Tarifs de la cantine scolaire
Adopté.
"""
    assert [(n, t) for n, t, _ in _agenda(text)] == [("1", "Budget primitif 2024"), ("2", "Tarifs de la cantine scolaire")]
    assert _sections(text) == ["1", "2"]


def test_without_agenda_a_numbered_list_of_members_does_not_open_the_items():
    text = """Séance du conseil municipal du 12 mars 2024
Présents :
1. DUPONT Jean
2. MARTIN Claire
3. LE BRIS Anne-Marie (pouvoir à M. DUPONT)

1. Budget primitif 2024
Adopté.

2. Tarifs SPANC
Adopté.
"""
    assert [(n, t) for n, t, _ in _agenda(text)] == [("1", "Budget primitif 2024"), ("2", "Tarifs SPANC")]


def test_agenda_read_out_again_before_the_body_does_not_hold_the_sections():
    text = """ORDRE DU JOUR
1. Budget primitif 2024
2. Tarifs de la cantine scolaire
3. Rapport annuel sur l'eau

Présents : M. DUPONT.
Le Maire rappelle l'ordre du jour :
1. Budget primitif 2024
2. Tarifs de la cantine scolaire
3. Rapport annuel sur l'eau

1. Budget primitif 2024
Le budget est adopté.

2. Tarifs de la cantine scolaire
Adopté.

3. Rapport annuel sur l'eau
Pris acte.
"""
    seg = _seg(text)
    assert [a.number for a in seg.agenda] == ["1", "2", "3"]
    bodies = [text[s.start:s.end] for s in seg.sections]
    assert [s.item_number for s in seg.sections] == ["1", "2", "3"]
    assert "Le budget est adopté." in bodies[0] and "Le budget" not in bodies[2]


def test_operative_point_does_not_stand_for_a_retitled_item():
    text = """ORDRE DU JOUR
1. Budget primitif 2024
2. Tarifs de la cantine scolaire

1. Budget primitif 2024
Le conseil municipal DÉCIDE :
1. D'adopter le budget primitif 2024 ;
2. Vu les tarifs de la cantine scolaire ;
Adopté.

Restauration : prix des repas
Adopté.
"""
    seg = _seg(text)
    assert [s.item_number for s in seg.sections] == ["1"]
    assert seg.missing_in_body == ("2",)


def test_sentence_changing_the_agenda_does_not_hide_the_numbered_body():
    text = """Séance du conseil municipal du 12 mars 2024
Le Maire propose de modifier l'ordre du jour :
le point 3 est retiré.

1. Budget primitif 2024
Adopté.

2. Tarifs de la cantine scolaire
Adopté.
"""
    assert [(n, t) for n, t, _ in _agenda(text)] == [("1", "Budget primitif 2024"), ("2", "Tarifs de la cantine scolaire")]


def test_agenda_sentence_followed_by_a_single_line_is_not_an_agenda():
    text = """Séance du conseil municipal du 12 mars 2024
Monsieur le Maire donne lecture de l'ordre du jour :
Aucune observation n'est formulée

1. Budget primitif 2024
Adopté.

2. Tarifs de la cantine scolaire
Adopté.
"""
    assert [(n, t) for n, t, _ in _agenda(text)] == [("1", "Budget primitif 2024"), ("2", "Tarifs de la cantine scolaire")]


def test_agenda_heading_without_a_list_gives_way_to_numbered_headings():
    text = """ORDRE DU JOUR
Voir la convocation jointe

1. Budget primitif 2024
Adopté.

2. Tarifs de la cantine scolaire
Adopté.
"""
    assert [(n, t, src) for n, t, src in _agenda(text)] == [
        ("1", "Budget primitif 2024", "body"), ("2", "Tarifs de la cantine scolaire", "body"),
    ]


def test_section_begins_at_the_deliberation_number_above_its_object():
    text = """ORDRE DU JOUR
1. Approbation du procès-verbal de la séance du 6 février 2024
2. Budget primitif 2024 – Budget principal

DÉLIBÉRATION N° 2024-045
OBJET : APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE DU 6 FÉVRIER 2024
Le conseil communautaire approuve le procès-verbal.

DÉLIBÉRATION N° 2024-046
OBJET : BUDGET PRIMITIF 2024 – BUDGET PRINCIPAL
Adopté à l'unanimité.
"""
    seg = _seg(text)
    bodies = [text[s.start:s.end] for s in seg.sections]
    assert [s.item_number for s in seg.sections] == ["1", "2"]
    assert bodies[0].startswith("DÉLIBÉRATION N° 2024-045\n") and "2024-046" not in bodies[0]
    assert bodies[1].startswith("DÉLIBÉRATION N° 2024-046\n")


# An unnumbered agenda of titles in capitals, a long title wrapped (tests/compose.py: agenda='unnumbered capitals' x
# title_wrap='wrapped'): the next line in capitals goes on with it when it opens with a word that cannot open a title, or
# the title ends with one that cannot end it; a line in capitals that opens otherwise is the next item
@pytest.mark.parametrize("agenda, titles", [
    ("ADHÉSION AU GROUPEMENT DE COMMANDES POUR L'ACHAT\nD'ÉLECTRICITÉ COORDONNÉ PAR LE SYNDICAT\nTARIFS DE LA CANTINE SCOLAIRE",
     ["ADHÉSION AU GROUPEMENT DE COMMANDES POUR L'ACHAT D'ÉLECTRICITÉ COORDONNÉ PAR LE SYNDICAT", "TARIFS DE LA CANTINE SCOLAIRE"]),
    ("DEMANDE DE SUBVENTION AU TITRE DE LA\nDOTATION D'ÉQUIPEMENT DES TERRITOIRES RURAUX\nTARIFS DE LA CANTINE SCOLAIRE",
     ["DEMANDE DE SUBVENTION AU TITRE DE LA DOTATION D'ÉQUIPEMENT DES TERRITOIRES RURAUX", "TARIFS DE LA CANTINE SCOLAIRE"]),
    ("BUDGET PRIMITIF DE LA COMMUNE\nTARIFS DE LA CANTINE SCOLAIRE\nDÉCISION MODIFICATIVE N°1",
     ["BUDGET PRIMITIF DE LA COMMUNE", "TARIFS DE LA CANTINE SCOLAIRE", "DÉCISION MODIFICATIVE N°1"]),
])
def test_unnumbered_titles_in_capitals_wrapped(agenda, titles):
    text = f"Conseil municipal du 12 mars 2024\n\nORDRE DU JOUR\n{agenda}\n\nLa séance est ouverte à 20h.\n"
    assert [t for _, t, _ in _agenda(text)] == titles


def test_the_roll_call_after_the_agenda_ends_it():
    """The lists printed after the agenda, names numbered (tests/compose.py: order='agenda, then lists' x
    separator='numbered lines'): their label ends the agenda, the numbered names are no sub-items."""
    text = ("Conseil municipal du 12 mars 2024\n\nORDRE DU JOUR\nPOINT 1 - Budget primitif 2024\nPOINT 2 - Tarifs de la cantine\n\n"
            "Etaient PRESENTS :\n1. M. Olivier MASSON, Maire\n2. Mme Nathalie PETIT\n3. M. Marc BRUN\n4. Mme Anne ROUX\nEtaient EXCUSES :\n"
            "1. Mme Sylvie NOEL\n\nPOINT 1 - Budget primitif 2024\nAdopté.\n\nPOINT 2 - Tarifs de la cantine\nAdopté.\n")
    assert [(n, t) for n, t, _ in _agenda(text)] == [("1", "Budget primitif 2024"), ("2", "Tarifs de la cantine")]
