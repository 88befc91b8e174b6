"""Membership changes read from item titles, both directions, and what is not one."""

from __future__ import annotations

import pytest

from extractors.membership import expand_acronym, read_changes

# (title, [(member, organisation, change)]); None stands for the deliberating body
CASES = [
    ("Adhésion au Syndicat Mixte Numérian du Syndicat Mixte de Gestion Forestière",
     [("Syndicat Mixte de Gestion Forestière", "Syndicat Mixte Numérian", "join")]),
    ("Adhésion au Syndicat Mixte Numérian de la commune de Saint Quentin sur Sauxillanges",
     [("commune de Saint Quentin sur Sauxillanges", "Syndicat Mixte Numérian", "join")]),
    ("Retrait d'adhésion de la Commune de Sauzet", [("Commune de Sauzet", None, "leave")]),
    ("Adhésion à la CANUT", [(None, "CANUT", "join")]),
    ("Adhésion 2026 au CAUE60", [(None, "CAUE60", "join")]),  # a yearly membership, the year after the keyword
    ("Adhésion pour l'année 2025 à l'association des maires ruraux", [(None, "association des maires ruraux", "join")]),
    ("Adhésion au RESAH", [(None, "RESAH", "join")]),
    ("Avis de principe sur l'adhésion de l'AMRF à Numérian", [("AMRF", "Numérian", "join")]),
    ("Demande de retrait de la commune de Castillon du Gard de la Communauté de Communes du Pont du Gard et "
     "d'adhésion à la Communauté de Communes Pays d’Uzès selon la procédure dérogatoire",
     [("commune de Castillon du Gard", "Communauté de Communes du Pont du Gard", "leave"),
      ("commune de Castillon du Gard", "Communauté de Communes Pays d'Uzès", "join")]),
    ("Le conseil approuve l'adhésion de la commune de Vals-les-Bains au syndicat",
     [("commune de Vals-les-Bains", "syndicat", "join")]),
    ("Adhésion des communes de Lalouvesc, Pailharès et Satillieu au Syndicat Mixte Numérian",
     [("Commune de Lalouvesc", "Syndicat Mixte Numérian", "join"), ("Commune de Pailharès", "Syndicat Mixte Numérian", "join"),
      ("Commune de Satillieu", "Syndicat Mixte Numérian", "join")]),
    ("Retrait des communes de Vals et Vesseaux du SIVU des Inforoutes",
     [("Commune de Vals", "SIVU des Inforoutes", "leave"), ("Commune de Vesseaux", "SIVU des Inforoutes", "leave")]),
    ("Adhésion à l'association des maires de France", [(None, "association des maires de France", "join")]),
    ("Adhésion à l'Agence Technique Départementale de l'Ardèche", [(None, "Agence Technique Départementale de l'Ardèche", "join")]),
    # a groupement de commandes is joined as any organisation
    ("Adhésion au groupement de commandes pour l’achat d’électricité coordonné par le SE60",
     [(None, "groupement de commandes", "join")]),
    ("le conseil décide à l’unanimité d’adhérer au groupement de commandes et d’autoriser le maire à signer la convention",
     [(None, "groupement de commandes", "join")]),
    ("Adhésion au groupement de commandes de transport pour les sorties scolaires porté par la CARO",
     [(None, "groupement de commandes de transport", "join")]),
    # an association, named or not after its head word, its fee left out
    ("Le conseil décide d’adhérer à l’Aérospace Valley", [(None, "Aérospace Valley", "join")]),
    ("Adhésion à l’association verger vivant= 30€/an.", [(None, "association verger vivant", "join")]),
    # a syndicat's statutes changed by a member joining or leaving: the syndicat is the organisation
    ("Modification des statuts du Syndicat Intercommunal des Eaux suite à l’adhésion de la commune de Saint-Martin",
     [("commune de Saint-Martin", "Syndicat Intercommunal des Eaux", "join")]),
    ("SIVOM de la Vallée : modification des statuts suite au retrait de la commune de Vernoux",
     [("commune de Vernoux", "SIVOM de la Vallée", "leave")]),
    ("Approbation de l’adhésion de la commune de Vals au SIVOM et de la modification de ses statuts",
     [("commune de Vals", "SIVOM", "join")]),
    ("Approbation de la modification des statuts du SDE 07 – adhésion des communes de Lalouvesc et Satillieu",
     [("Commune de Lalouvesc", "SDE 07", "join"), ("Commune de Satillieu", "SDE 07", "join")]),
    ("Adhésion au Syndicat intercommunal d’eau et d’assainissement", [(None, "Syndicat intercommunal d'eau et d'assainissement", "join")]),
    # a year between the keyword and what is joined
    ("Adhésion 2026 au CAUE60", [(None, "CAUE60", "join")]),
    ("Adhésion pour l'année 2025 à l'Association des maires ruraux", [(None, "Association des maires ruraux", "join")]),
    # a date between the keyword and what is joined, or after it
    ("Le conseil municipal décide d'adhérer à compter du 1er janvier 2025 au Syndicat départemental d'énergie",
     [(None, "Syndicat départemental d'énergie", "join")]),
    ("approuve l'adhésion de la commune, à compter du 1er janvier 2024, au SIVU des écoles", [("commune", "SIVU des écoles", "join")]),
    ("Adhésion au SIVU au 1er janvier 2024", [(None, "SIVU", "join")]),
    # a member admitted, "au sein du" what it joins; statutes changed by an admission
    ("Admission de la commune de Saint-Jean au sein du Syndicat des Eaux", [("commune de Saint-Jean", "Syndicat des Eaux", "join")]),
    ("Modification des statuts du SIVOM suite à l'admission de la commune de Vals", [("commune de Vals", "SIVOM", "join")]),
    # the body leaving: "se retirer du X" names the organisation
    ("Le conseil municipal décide de se retirer du SIVU de la piscine", [(None, "SIVU de la piscine", "leave")]),
    ("Le conseil municipal accepte le retrait de la commune de Montfort du SIVOM du Val",
     [("commune de Montfort", "SIVOM du Val", "leave")]),
]


@pytest.mark.parametrize("title, expected", CASES)
def test_read_changes(title, expected):
    assert [(c.member, c.organisation, c.change) for c in read_changes(title)] == expected


@pytest.mark.parametrize("title", [
    "Délibération à la suite du retrait de délégation d’un adjoint",
    "Retrait de la Décision Modificative n°6 du Syndicat Mixte Numérian",
    "Convention d'adhésion au service Médecine préventive",
    "Convention d'adhésion au service de prévention des risques professionnels",
    "Adhésion au service Partenariat CNRACL et Invalidité",
    "AVENANT 1 certificat adhésion pour les agents de la CNRACL WTW",
    "Contribution d'adhésion pour l'année 2024",
    "Retrait de Monsieur DUPONT de la commission des finances",
    "Adhésion au réseau de chaleur",
    "Retrait de la Compétence voirie",
    "Convention d’adhésion au service de médecine préventive du centre de gestion",
    "Retrait de délégation de fonction à un adjoint",
    "Adhésion au contrat d’assurance des risques statutaires du CDG 60",
    "Adhésion à la convention de participation pour la protection sociale complémentaire",
    "Adhésion au service commun d’instruction des autorisations d’urbanisme",
    "Adhésion au dispositif Petites Villes de Demain",
    "Approbation de la modification des statuts du SIVOM de la Vallée",
    "Admission en non-valeur de créances irrécouvrables",
    "Le conseil municipal décide de ne pas adhérer au groupement de commandes",
    "Le conseil refuse l'adhésion de la commune de Vals au syndicat",
    "Adhésion 2026 au contrat groupe d'assurance statutaire",
    "Le conseil autorise le maire à signer la convention d'adhésion au service de médecine préventive du CDG",
])
def test_not_a_membership_change(title):
    assert read_changes(title) == []


@pytest.mark.parametrize("acronym, text, expected", [
    ("CANUT", "Une nouvelle centrale d’achat a été créée à destination des collectivités territoriales : "
              "La Centrale d’Achat du Numérique et des Télécoms\n(CANUT).",
     "Centrale d'Achat du Numérique et des Télécoms (CANUT)"),
    ("RESAH", "Le RESAH (Réseau des Acheteurs Hospitaliers) est un groupement d'intérêt public",
     "Réseau des Acheteurs Hospitaliers (RESAH)"),
    ("AMRF", "le Conseil Syndical doit délibérer sur la décision de principe de l'adhésion de l'Association des maires "
             "ruraux de France (AMRF) au Syndicat Mixte Numérian",
     "Association des maires ruraux de France (AMRF)"),
    ("SDE07", "Adhésion au SDE07.", None),
])
def test_expand_acronym(acronym, text, expected):
    assert expand_acronym(acronym, text) == expected


def test_numerian_text_end_to_end():
    """The Numérian minutes (data/raw): six changes, both directions, body read from the header."""
    from pipeline.extract import extract
    from pipeline.read import read_file
    from pipeline.segment import segment
    from tests.conftest import sample_path

    doc = read_file(str(sample_path("numerian_2024-09-30.txt")))
    changes = extract(doc, segment(doc)).membership_changes
    assert [(c.item_number, c.member, c.organisation, c.change, c.in_principle) for c in changes] == [
        ("I.2.A.1", "Association des maires ruraux de France (AMRF)", "Syndicat Mixte Numérian", "join", True),
        ("I.2.A.3", "Syndicat Mixte Numérian", "Centrale d'Achat du Numérique et des Télécoms (CANUT)", "join", False),
        ("I.2.A.4", "Syndicat Mixte Numérian", "Réseau des Acheteurs Hospitaliers (RESAH)", "join", False),
        ("I.2.A.5", "Syndicat Mixte de Gestion Forestière", "Syndicat Mixte Numérian", "join", False),
        ("I.2.A.6", "Commune de Saint Quentin sur Sauxillanges", "Syndicat Mixte Numérian", "join", False),
        ("I.2.A.7", "Commune de Sauzet", "Syndicat Mixte Numérian", "leave", False),
    ]
    assert all(c.provenance.text for c in changes)


def test_never_raises():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    words = ["Adhésion", "retrait", "de la", "commune", "de", "Sauzet", "au", "Syndicat", "à la", "CANUT", "des communes",
             "et", "d'adhésion", "(", ")", ",", "Convention", "du", "l'", "Mixte", "\n"]

    @settings(max_examples=300, deadline=None, derandomize=True, database=None)
    @given(st.lists(st.sampled_from(words) | st.text(max_size=5), max_size=30))
    def check(parts):
        for change in read_changes(" ".join(parts)):
            assert change.change in ("join", "leave")
            assert change.member or change.organisation

    check()


@pytest.mark.parametrize("header, body", [
    ("L’an deux mille vingt-trois, le Conseil Municipal de la commune de Flaux, régulièrement convoqué", "Commune de Flaux"),
    ("SYNDICAT MIXTE NUMÉRIAN\nCompte rendu du Conseil Syndical", "SYNDICAT MIXTE NUMÉRIAN"),
    ("Communauté de communes du Pont du Gard\nSéance du 3 mai", "Communauté de communes du Pont du Gard"),
])
def test_body_from_header_when_meeting_has_none(header, body):
    from extractors import membership
    from pipeline.records import Document, Meeting, Page

    doc = Document("d", "x.txt", "text", header, (Page(1, 0, len(header)),), ())
    assert membership.body_name(doc, Meeting()) == body


@pytest.mark.parametrize("header, body", [
    ("Conseil municipal du 4 juin 2021\nPrésents : Jean-Pierre, Yves", "Commune"),
    ("Compte rendu du comité syndical du 3 mars 2021", "Syndicat"),
    ("Procès-verbal du conseil communautaire du 9 juillet 2020", "Communauté"),
    ("Réunion du 12 mars", None),
])
def test_body_unnamed_by_its_minutes(header, body):
    """Minutes that never name their commune ("Conseil municipal du 4 juin 2021"): the member
    is "the commune", as the minutes say, not a name made up."""
    from extractors import membership
    from pipeline.records import Document, Meeting, Page

    doc = Document("d", "x.txt", "text", header, (Page(1, 0, len(header)),), ())
    assert membership.body_name(doc, Meeting()) == body


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # the scanned Flaux agenda garbles the last word; the item's text spells it right
        ("Communauté de Communes Pays d'Uzëés", "à la Communauté de Communes Pays d'Uzès selon la procédure",
         "Communauté de Communes Pays d'Uzès"),
        ("Communauté de Communes du Pont du Gard", "de la Communauté de Communes du Pont du Gard", "Communauté de Communes du Pont du Gard"),
        # a different name, not a misspelling, is left as the title gives it
        ("Communauté de Communes Pays d'Uzès", "la Communauté de Communes Pays de Sommières", "Communauté de Communes Pays d'Uzès"),
    ],
)
def test_names_follow_the_text_when_the_title_is_garbled(name, text, expected):
    from extractors.membership import as_spelled_in

    assert as_spelled_in(name, text) == expected


def _minutes(title: str, statement: str):
    from pipeline.records import AgendaItem, Document, Page, Section, Segmentation

    header = "COMMUNE DE SAINT-ANDRÉ\nSéance du conseil municipal du 3 mai 2024\n"
    heading = f"1. {title}\n"
    text = header + heading + statement + "\n"
    doc = Document("d", "x.txt", "text", text, (Page(1, 0, len(text)),), ())
    prov = doc.provenance(len(header), len(header) + len(heading) - 1)
    section = Section("1", title, heading.strip(), len(header), len(text), prov)
    return doc, Segmentation((AgendaItem("1", title, 1, None, 0, "agenda", prov),), (section,), None, len(header))


def test_membership_reads_the_decisions_and_meeting_facts_it_is_given():
    """membership reruns neither the meeting nor the decisions extractor: an item is adopted when
    `facts.decisions` says so, and the deliberating body is `facts.meeting.body`."""
    from dataclasses import replace

    from extractors import decisions, membership
    from pipeline.records import Extraction, Meeting

    doc, seg = _minutes("Adhésion à la CANUT", "Le conseil municipal approuve l'adhésion à l'unanimité.")
    facts = Extraction(Meeting(body="Commune de Saint-André"))
    assert membership.extract(doc, seg, facts)["membership_changes"] == []  # no decision given: nothing adopted
    facts = replace(facts, decisions=tuple(decisions.extract(doc, seg, facts)["decisions"]))
    (change,) = membership.extract(doc, seg, facts)["membership_changes"]
    assert (change.member, change.organisation, change.change) == ("Commune de Saint-André", "CANUT", "join")
    rejected = replace(facts, decisions=tuple(replace(d, outcome="rejected") for d in facts.decisions))
    assert membership.extract(doc, seg, rejected)["membership_changes"] == []


@pytest.mark.parametrize("text, expected", [
    # each name opening a line, with its own vote; put off or without a vote, no change
    ("SHAARL (Société d’Histoire de Lure) sollicite une cotisation de 20€/an.\nADOPTÉ à l’unanimité.\n"
     "ACCDM (Association de Citoyens Contre les Déserts Médicaux)\nIl reste possible d’y adhérer une année.\n"
     "ADOPTÉ 9 voix pour, 5 abstentions.\nSVP (Sauvegarde du Vivant).\nLe choix de l’adhésion a donc été reporté.\n"
     "CEP :\nIl s’agit de la convention avec le SIED. Pas de vote.\n", ["SHAARL", "ACCDM"]),
    ("Association Les Amis de l'orgue : cotisation de 30 €. Approuvé à l'unanimité.\n"
     "Association Patrimoine vivant : refusé.\n", ["Association Les Amis de l'orgue"]),
    # an outcome in capitals is no name
    ("ADOPTÉ à l'unanimité.\n", []),
])
def test_listed_joins(text, expected):
    from extractors.membership import listed_joins

    assert [name for name, _, _ in listed_joins(text)] == expected


@pytest.mark.parametrize("title, matches", [
    ("Adhésion aux associations", True), ("Adhésions à diverses associations", True), ("Adhésion aux organismes suivants", True),
    ("Adhésion à l'association des maires", False), ("Subventions aux associations", False),
])
def test_generic_joins_title(title, matches):
    from extractors.membership import GENERIC_JOINS

    assert (GENERIC_JOINS.search(title) is not None) is matches


def test_items_joining_several_associations_each_with_its_vote():
    from dataclasses import replace

    from extractors import decisions, membership
    from pipeline.records import Extraction, Meeting

    doc, seg = _minutes("Adhésion aux associations", "SHAARL (Société d'Histoire de Lure) sollicite 20€/an.\n"
                        "ADOPTÉ à l'unanimité.\nSVP (Sauvegarde du Vivant).\nLe choix de l'adhésion a été reporté.")
    facts = Extraction(Meeting(body="Commune de Saint-André"))
    facts = replace(facts, decisions=tuple(decisions.extract(doc, seg, facts)["decisions"]))
    changes = membership.extract(doc, seg, facts)["membership_changes"]
    assert [(c.member, c.organisation, c.change) for c in changes] == [
        ("Commune de Saint-André", "Société d'Histoire de Lure (SHAARL)", "join")]


def test_a_commune_leaving_what_its_title_names():
    from dataclasses import replace

    from extractors import decisions, membership
    from pipeline.records import Extraction, Meeting

    doc, seg = _minutes("Retrait du SIVU de la piscine", "Le conseil municipal approuve à l'unanimité.")
    facts = Extraction(Meeting(body="Commune de Saint-André"))
    facts = replace(facts, decisions=tuple(decisions.extract(doc, seg, facts)["decisions"]))
    (change,) = membership.extract(doc, seg, facts)["membership_changes"]
    assert (change.member, change.organisation, change.change) == ("Commune de Saint-André", "SIVU de la piscine", "leave")


def _changes_of(title: str, statement: str) -> list[tuple]:
    from dataclasses import replace

    from extractors import decisions, membership
    from pipeline.records import Extraction, Meeting

    doc, seg = _minutes(title, statement)
    facts = Extraction(Meeting(body="Commune de Saint-André"))
    facts = replace(facts, decisions=tuple(decisions.extract(doc, seg, facts)["decisions"]))
    return [(c.member, c.organisation, c.change) for c in membership.extract(doc, seg, facts)["membership_changes"]]


@pytest.mark.parametrize("title, statement, expected", [
    # what the council decides, in the body, when the title names no change
    ("Groupement de commandes pour l'achat d'électricité",
     "Le conseil municipal, après en avoir délibéré :\n- DÉCIDE d'adhérer au groupement de commandes coordonné par le SIEGE ;\n"
     "- AUTORISE le maire à signer la convention constitutive.\nVote : unanimité.",
     [("Commune de Saint-André", "Groupement de commandes", "join")]),
    ("Agence technique départementale",
     "Le conseil municipal, à l'unanimité, approuve l'adhésion de la commune à l'Agence technique départementale de l'Oise "
     "et autorise le maire à signer les documents.",
     [("Commune de Saint-André", "Agence technique départementale de l'Oise", "join")]),
    # statutes changed by a member joining: the member in the body, the syndicat in the title
    ("Syndicat d'énergie : modification des statuts",
     "Le comité syndical a accepté l'adhésion de la commune de Marcilly.\nLe conseil municipal, à l'unanimité, approuve la "
     "modification des statuts.", [("Commune de Marcilly", "Syndicat d'énergie", "join")]),
    # must not: a decision not to join, a service subscription, a mention without a decision of the council
    ("Groupement de commandes", "Le conseil municipal décide de ne pas adhérer au groupement de commandes. Adopté à l'unanimité.", []),
    ("Médecine préventive", "Le conseil autorise le maire à signer la convention d'adhésion au service de médecine préventive "
     "du CDG. Adopté à l'unanimité.", []),
    ("Rapport d'activité du SIVU", "Le maire rappelle que la commune a adhéré au SIVU en 2010. Le conseil approuve le rapport.", []),
])
def test_changes_decided_in_the_body(title, statement, expected):
    assert _changes_of(title, statement) == expected
