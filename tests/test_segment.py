"""Segmentation on real snippets of minutes: agenda numbering styles, wrapped titles, body
sections retitled or never announced."""

from __future__ import annotations

import pytest

from pipeline.read.common import RawLine, build_document, split_text_lines
from pipeline.segment import parse_numbered, segment, strip_markup, title_similarity


def doc_from_text(text: str):
    return build_document("0" * 64, "snippet.txt", "text", [split_text_lines(text)])


def doc_from_positioned(rows: list[tuple[float, str]]):
    lines = [RawLine(text, x0, 100 + 14 * i) for i, (x0, text) in enumerate(rows)]
    return build_document("1" * 64, "snippet.pdf", "pdf", [lines])


@pytest.mark.parametrize(
    ("line", "style", "number", "title"),
    [
        ("#### I. VIE DU SYNDICAT MIXTE NUMÉRIAN", "roman", "I", "VIE DU SYNDICAT MIXTE NUMÉRIAN"),
        ("##### I.1 APPROBATION DU COMPTE-RENDU", "compound2", "I.1", "APPROBATION DU COMPTE-RENDU"),
        ("###### **A. Direction Générale des Services**", "letter", "A", "Direction Générale des Services"),
        ("1. Mise à jour du plan communal de sauvegarde", "arabic", "1", "Mise à jour du plan communal de sauvegarde"),
        ("1 / respect des horaires des travaux le dimanche", "arabic", "1", "respect des horaires des travaux le dimanche"),
        ("2/ Stérilisation des chats", "arabic", "2", "Stérilisation des chats"),
        ("1 - Création et composition des commissions municipales", "arabic", "1", "Création et composition des commissions municipales"),
        ("2019-93 Budget primitif 2019 du service de l'eau", "delib", "2019-93", "Budget primitif 2019 du service de l'eau"),
        ("Point 3 : Tarifs de la cantine", "point", "3", "Tarifs de la cantine"),
        ("N°1 – Budget primitif 2024", "point", "1", "Budget primitif 2024"),
        ("Délibération n° 2023-45 : Tarifs de l'eau", "delib", "2023-45", "Tarifs de l'eau"),
        ("1°) Approbation du procès-verbal", "arabic", "1", "Approbation du procès-verbal"),
        ("1°- Vote du budget primitif", "arabic", "1", "Vote du budget primitif"),
        ("III) Questions diverses", "roman", "III", "Questions diverses"),
    ],
)
def test_numbered_lines(line, style, number, title):
    numbered = parse_numbered(line)
    assert (numbered.style, numbered.number, numbered.title) == (style, number, title)


@pytest.mark.parametrize(
    "line",
    [
        "M. Jérôme BERNARD donne pouvoir à M. Francis BARRY.",  # a civility, not item "M"
        "30 septembre 2024 : réunion du bureau",  # a date
        "15 € par an et par foyer",  # an amount
        "2 chats ont été capturés et emmenés jeudi matin",  # bare number in prose (bare not allowed)
        "Vote : Pour à l'unanimité",
    ],
)
def test_lines_that_are_not_items(line):
    assert parse_numbered(line) is None


@pytest.mark.parametrize(
    "line, number, title",
    [("11 1 Boulevard Mendès France - désaffectation du site", "11", "1 Boulevard Mendès France - désaffectation du site"),
     ("3 12 bis Rue Jean Jaurès - acquisition", "3", "12 bis Rue Jean Jaurès - acquisition")],
)
def test_a_bare_number_before_a_title_that_opens_on_an_address(line, number, title):
    numbered = parse_numbered(line, allow_bare=True)
    assert (numbered.number, numbered.title) == (number, title)


@pytest.mark.parametrize("line", ["12 500 Travaux de voirie", "2 15 juin 2024"])
def test_bare_numbers_before_an_amount_or_a_date_are_no_items(line):
    numbered = parse_numbered(line, allow_bare=True)
    assert numbered is None or numbered.number != line.split()[0]


def test_bare_numbers_only_when_allowed():
    assert parse_numbered("1 Création et composition des commissions municipales") is None
    assert parse_numbered("1 Création et composition des commissions municipales", allow_bare=True).number == "1"


def test_strip_markup():
    assert strip_markup("### **1. Service de refonte d'identité visuelle**") == "1. Service de refonte d'identité visuelle"


def test_title_similarity_tolerates_retitling():
    agenda = "Avis de principe sur l'adhésion de l'AMRF à Numérian"
    body = "Information sur l'adhésion de l'AMRF à Numérian"
    assert title_similarity(agenda, body) >= 0.5
    assert title_similarity(agenda, "Tarification pour la configuration Démat") == 0


NESTED = """CONSEIL SYNDICAL du Lundi 30 septembre 2024 / 09h30

### ORDRE DU JOUR

#### I. VIE DU SYNDICAT MIXTE

##### I.1 APPROBATION DU COMPTE-RENDU

##### I.2 DÉLIBÉRATIONS

###### **A. Direction Générale des Services**

1. Avis de principe sur l'adhésion de l'AMRF
2. Adhésion à la CANUT

###### **B. Pôle Administration Générale**

1. Décision Modificative de la Régie :
  - DM n°1
  - DM n°2

#### II. POINT DIVERS

Présent(e)s : M. Francis BARRY.

## I. VIE DU SYNDICAT MIXTE

### I.1 APPROBATION DU COMPTE-RENDU

Le compte rendu est approuvé.

### I.2 DÉLIBÉRATIONS

#### **A. Direction Générale des services**

##### 1. Information sur l'adhésion de l'AMRF

Texte.

1. **Cohésion et solidarité territoriale** : permettre à toutes les collectivités locales de bénéficier du numérique, quels que soient leurs capacités.
2. **Éthique du numérique** : développer une approche proactive en matière d'éthique de la donnée et sensibiliser les parties prenantes.

## 2. Adhésion à la CANUT

## **B. Pôle Administration Générale**

### 1. Décision Modificative de la Régie

## **II. POINT DIVERS**

La séance est levée à 10h41.
"""


def test_nested_agenda_gets_paths_whatever_the_heading_marks():
    seg = segment(doc_from_text(NESTED))
    assert [(a.number, a.title) for a in seg.agenda] == [
        ("I", "VIE DU SYNDICAT MIXTE"),
        ("I.1", "APPROBATION DU COMPTE-RENDU"),
        ("I.2", "DÉLIBÉRATIONS"),
        ("I.2.A", "Direction Générale des Services"),
        ("I.2.A.1", "Avis de principe sur l'adhésion de l'AMRF"),
        ("I.2.A.2", "Adhésion à la CANUT"),
        ("I.2.B", "Pôle Administration Générale"),
        ("I.2.B.1", "Décision Modificative de la Régie"),  # the DM bullets are sub-points, not items
        ("II", "POINT DIVERS"),
    ]
    assert [a.parent for a in seg.agenda][:5] == [None, "I", "I", "I.2", "I.2.A"]


def test_nested_body_sections_are_found_in_order_despite_retitling():
    doc = doc_from_text(NESTED)
    seg = segment(doc)
    assert seg.missing_in_body == ()
    by_number = {s.item_number: s for s in seg.sections}
    assert by_number["I.2.A.1"].heading == "Information sur l'adhésion de l'AMRF"
    # the numbered list inside item I.2.A.1 does not open a section of its own
    assert "Éthique" in doc.text[by_number["I.2.A.1"].start:by_number["I.2.A.1"].end]
    assert by_number["I.2.A.2"].heading == "Adhésion à la CANUT"
    assert doc.text[by_number["II"].start:].startswith("## **II. POINT DIVERS**")


ADDED_AND_UNANNOUNCED = """Présents : David TRIPOGNEY, Nelly WIDMER.
Ordre du jour
1. Mise à jour du plan communal de sauvegarde
2. Motion sur les finances locales
Préambule
Accord du conseil pour ajouter à l'ordre du jour les deux points suivants :
3. Vente des anciennes tables de l'école (proposition 10€/pièce)
4. Subvention pour l'ASL (Association Sport & Loisirs) 500€
Quorum atteint avec 11 élus représentés (minimum 7 élus représentés).
1. Mise à jour du plan communal de sauvegarde
Texte.
2. Motion sur les finances locales
Adoption à 0 Contre, 0 abstention, 11 voix pour
3. Vente des anciennes tables de l'école
Adoption à 0 Contre, 0 abstention, 11 voix pour
4. Subvention pour l'ASL (Association Sport & Loisirs)
L'ASL a fait une demande de subvention de 500€
5. Questions diverses
1 / respect des horaires des travaux le dimanche
2/ Stérilisation des chats
"""


def test_items_added_at_the_session_and_body_items_never_announced():
    seg = segment(doc_from_text(ADDED_AND_UNANNOUNCED))
    assert [(a.number, a.source) for a in seg.agenda] == [
        ("1", "agenda"), ("2", "agenda"), ("3", "added"), ("4", "added"), ("5", "body"),
    ]
    assert seg.agenda[-1].title == "Questions diverses"
    assert len(seg.sections) == 5  # the numbered questions inside item 5 are not items


def test_wrapped_titles_in_an_agenda_table_use_the_hanging_indent():
    doc = doc_from_positioned([
        (263, "Ordre du jour :"),
        (65, "N° Objet"),
        (68, "1 Création et composition des commissions municipales"),
        (68, "2 Délégations du conseil municipal au maire en vertu de l'article L2122-22 du code général des"),
        (88, "collectivités territoriales"),
        (65, "3 Indemnités de fonction du Maire, des adjoints, des conseillers municipaux délégués et des"),
        (88, "conseillers municipaux"),
        (57, "Monsieur le Maire soumet à l'assemblée le procès-verbal de la séance du conseil municipal du 7 février"),
        (57, "2020. Il n'appelle pas d'observation particulière : il est donc approuvé."),
        (109, "1 - Création et composition des commissions municipales"),
        (57, "ADOPTE A L'UNANIMITE"),
    ])
    seg = segment(doc)
    assert [a.title for a in seg.agenda] == [
        "Création et composition des commissions municipales",
        "Délégations du conseil municipal au maire en vertu de l'article L2122-22 du code général des collectivités territoriales",
        "Indemnités de fonction du Maire, des adjoints, des conseillers municipaux délégués et des conseillers municipaux",
    ]
    assert seg.missing_in_body == ("2", "3")
    assert seg.sections[0].item_number == "1"


def test_sub_lines_with_a_dash_complete_the_title():
    doc = doc_from_positioned([
        (71, "Ordre du jour"),
        (71, "1. Budget Eau et Assainissement"),
        (89, "- Décision modificative n°1"),
        (71, "2. Travaux sur la structure du bâtiment maternel du groupe scolaire"),
        (89, "- Autorisation à donner à Madame le maire pour la signature du marché"),
        (275, "________"),
        (71, "1. Budget Eau et Assainissement"),
    ])
    seg = segment(doc)
    assert [a.title for a in seg.agenda] == [
        "Budget Eau et Assainissement - Décision modificative n°1",
        "Travaux sur la structure du bâtiment maternel du groupe scolaire - Autorisation à donner à Madame le maire pour la signature du marché",
    ]


def test_without_an_agenda_the_body_headings_stand_for_it():
    seg = segment(doc_from_text("Compte rendu\n1. Budget primitif\nVote : unanimité\n2. Tarifs de l'eau\nVote : unanimité\n"))
    assert [(a.number, a.title, a.source) for a in seg.agenda] == [("1", "Budget primitif", "body"), ("2", "Tarifs de l'eau", "body")]


def test_provenance_of_an_agenda_item_points_at_its_line():
    doc = doc_from_text(ADDED_AND_UNANNOUNCED)
    item = segment(doc).agenda[1]
    assert item.provenance.text == "2. Motion sur les finances locales"
    assert doc.text[item.provenance.char_start:item.provenance.char_end] == item.provenance.text


def test_unnumbered_agenda_sentence_added_item_and_truncated_headings():
    # the scanned Flaux minutes, as OCR reads them: an unnumbered agenda, a wrapped title
    # indented by 3 points, an item added in a sentence, body headings cut by a margin stamp
    doc = doc_from_positioned([
        (173, "Ordre du jour"),
        (208.6, "Approbation du procès-verbal du 22 septembre 2023"),
        (208.8, "Convention d'adhésion au service Médecine préventive"),
        (208.3, "AVENANT 1 certificat adhésion pour les agents de la CNRACL WTW"),
        (211.7, "Contrat groupe assurance statutaire"),
        (208.3, "Questions diverses"),
        (172.1, "Monsieur le Maire demande aux Membres du Conseil Municipal de rajouter à l’ordre"),
        (172.6, "du jour une Décision Modificative Budget M57"),
        (173.3, "Approbation du procès-verbal du Conseil M"),
        (175.0, "Vote : Unanimité"),
        (173.3, "Convention d'adhésion au service Médecine préventive"),
        (172.3, "Vote : Unanimité"),
        (173.5, "AVENANT 1 certificat adhésion pour les ag"),
        (173.3, "Vote : Unanimité"),
        (172.3, "M57-— Décision Modificative n° 1"),
        (171.8, "Vote : Unanimité"),
        (169.9, "Questions diverses"),
        (169.0, "Prochain conseil le 15 décembre 2023"),
    ])
    seg = segment(doc)
    assert [(a.number, a.title, a.source) for a in seg.agenda] == [
        ("1", "Approbation du procès-verbal du 22 septembre 2023", "agenda"),
        ("2", "Convention d'adhésion au service Médecine préventive", "agenda"),
        ("3", "AVENANT 1 certificat adhésion pour les agents de la CNRACL WTW Contrat groupe assurance statutaire", "agenda"),
        ("4", "Questions diverses", "agenda"),
        ("5", "Décision Modificative Budget M57", "added"),
    ]
    assert seg.missing_in_body == ()
    # treated before "Questions diverses" though added after it
    assert [s.item_number for s in seg.sections] == ["1", "2", "3", "5", "4"]


@pytest.mark.parametrize("text, title", [
    ("➢ Questions diverses", "Questions diverses"),  # Word's arrow bullet
    ("> Questions diverses", "Questions diverses"),  # the same bullet as OCR reads it
    ("• DM n°1", "DM n°1"),
    ("- Décision modificative n°1", "Décision modificative n°1"),
])
def test_bullets(text, title):
    from pipeline.segment import _BULLET

    assert _BULLET.match(text).group("title") == title


@pytest.mark.parametrize("text", [">5 votes pour", "Questions diverses", "->", "2023 > 2022"])
def test_not_bullets(text):
    from pipeline.segment import _BULLET

    assert _BULLET.match(text) is None


def test_a_bulleted_item_hangs_left_of_items_whose_bullets_ocr_missed():
    """A scan's agenda: OCR read the arrow bullet of the last item only, which starts it 15 points
    left of the other titles; it is still an item of the list."""
    lines = [RawLine("ORDRE DU JOUR", 200.0, 100.0), RawLine("Carrière de la Combe Haute", 208.6, 454.1),
             RawLine("Zones d'accélération pour l'implantation d'installations terrestres", 208.3, 468.0),
             RawLine("> Questions diverses", 193.9, 495.6),
             RawLine("Monsieur le Maire demande aux membres du conseil de rajouter un point.", 172.1, 536.2)]
    doc = build_document("d", "scan.pdf", "pdf", [lines])
    titles = [a.title for a in segment(doc).agenda]
    assert titles[-1] == "Questions diverses" and len(titles) == 3
