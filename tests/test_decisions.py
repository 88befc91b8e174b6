"""Decisions: outcome, unanimity, printed counts and named votes, on real phrasings."""

from __future__ import annotations

import pytest

from extractors.decisions import deliberation_number, read_amounts, read_decision

# (section text after its heading, outcome, unanimous, for, against, abstentions)
CASES = [
    # Numérian: the statement in bold, counts only in the session's header
    ("Le compte rendu du Conseil Syndical du 29 mai 2024 est soumis à approbation.\n"
     "**Sans observations, ni modifications, le compte rendu est approuvé à l'unanimité des membres présents.**",
     "adopted", True, None, None, None),
    ("À l'unanimité des membres présents, le Conseil Syndical approuve :\n- La délibération relative à la tarification Delibia.",
     "adopted", True, None, None, None),
    # Lannion
    ("Monsieur le Maire précise que cette délibération fait suite à la crise financière.\nADOPTE A L'UNANIMITE",
     "adopted", True, None, None, None),
    # Pierrefonds: a vote block, named voters, counts in any order
    ("Vote :\n- Contre : 2 (Mme DECKER et M. DUTILLOY)\n- Abstention : 3 (M. LEBLANC, Mme DEBUISSER et M. THUILLIER)\n- Pour : 12",
     "adopted", False, 12, 2, 3),
    ("Tarifs de la salle.\nVote : pour à l'unanimité", "adopted", True, None, None, None),
    ("Vote :\n- Pour : 13\n- Abstention : 1, Monsieur TANGUY", "adopted", False, 13, None, 1),
    # Couthenans: counts before their labels, one line
    ("taxe d'aménagement, augmentée à 45%.\n0 contre, 0 abstention, 11 pour", "adopted", False, 11, 0, 0),
    ("Adoption à 0 Contre, 0 abstention, 11 voix pour", "adopted", False, 11, 0, 0),
    ("Il est proposé par le maire d'adopter une réglementation.\n6 voix Contre, 0 Abstention, 5 pour", "rejected", False, 5, 6, 0),
    # Flaux (OCR): "Vote : Unanimité", "Vore" for "Vote"
    ("Le conseil municipal après en avoir délibéré à l'unanimité\nAdhère au service partenariat\nVore : Unanimité",
     "adopted", True, None, None, None),
    # Other forms of the same facts
    ("Le Conseil Municipal, après en avoir délibéré, par 15 voix pour, 2 contre et 1 abstention, APPROUVE le budget.",
     "adopted", False, 15, 2, 1),
    ("Résultat du vote : 14 pour / 0 contre / 0 abstention", "adopted", False, 14, 0, 0),
    ("Pour : 12 / Contre : 2 / Abstention : 3", "adopted", False, 12, 2, 3),
    ("La motion est adoptée : 10 votes pour. 2 Abstentions", "adopted", False, 10, None, 2),
    ("Le conseil municipal, par quinze voix pour et deux voix contre, décide d'acquérir la parcelle.", "adopted", False, 15, 2, None),
    ("Le projet est adopté à la majorité.", "adopted", False, None, None, None),
    ("Le Conseil Municipal émet un avis favorable au projet de schéma.", "adopted", None, None, None, None),
    ("Le conseil municipal rejette la proposition par 9 voix contre et 6 voix pour.", "rejected", False, 6, 9, None),
    ("Le conseil municipal prend acte de la démission de M. PAPIN.", "noted", None, None, None, None),
    ("Le Conseil prend acte, à l'unanimité, du rapport d'activité 2023.", "noted", True, None, None, None),
    ("Faute d'éléments, ce point est retiré de l'ordre du jour.", "withdrawn", None, None, None, None),
    ("Le dossier n'étant pas complet, le point est ajourné à une prochaine séance.", "deferred", None, None, None, None),
    ("Le vote est reporté à une séance ultérieure.", "deferred", None, None, None, None),
    ("VOTE : POUR 15 - CONTRE 2 - ABSTENTION 1", "adopted", False, 15, 2, 1),
    ("Votants : 19\nPour : 15\nContre : 4\nAbstention : 0", "adopted", False, 15, 4, 0),
    ("Le Conseil Municipal, par vingt-trois voix pour et une abstention, approuve le compte administratif.", "adopted", False, 23, None, 1),
    ("Proposition rejetée par 8 voix contre, 5 pour et 2 abstentions.", "rejected", False, 5, 8, 2),
    ("Après en avoir délibéré, le Conseil Communautaire, à la majorité absolue des suffrages exprimés (3 contre, 2 abstentions) APPROUVE",
     "adopted", False, None, 3, 2),
    ("Après discussion, le Conseil décide de reporter ce point à une prochaine séance.", "deferred", None, None, None, None),
    ("Vote à main levée : unanimité", "adopted", True, None, None, None),
    ("Le conseil municipal, après en avoir délibéré,\nDÉCIDE :\n- de fixer le tarif à 3 €", "adopted", None, None, None, None),
    # The decision closing the last "Considérant" after a comma, its vote beside the verb
    ("Le Conseil Municipal,\n\nCONSIDERANT que chaque conseiller a été destinataire du compte rendu,\n\n"
     "CONSIDERANT qu'aucune remarque n'a été émise, décide à l'unanimité d'adopter le procès-verbal de la séance du 21 septembre.",
     "adopted", True, None, None, None),
    ("Considérant l'intérêt du projet pour la commune, après en avoir délibéré, décide par 12 voix pour et 2 abstentions d'acquérir la parcelle.",
     "adopted", False, 12, None, 2),
    # The assembly asked to take note, then the vote: that note
    ("Mme le maire présente le rapport d'activités 2016 de la communauté de communes.\n"
     "Mme le maire demande aux membres du conseil municipal s'ils sont d'accord pour prendre acte de la\n"
     "communication du rapport d'activités 2016\nVote : Pour à l'unanimité", "noted", True, None, None, None),
    ("Il est proposé au conseil de prendre acte du rapport et d'approuver le programme de travaux.\nVote : Pour à l'unanimité",
     "adopted", True, None, None, None),
    # Another body's vote, or an earlier one, reported before today's: not this vote's unanimity
    ("La CLECT, réunie le 12 septembre, a adopté son rapport à l'unanimité.\n"
     "Le conseil municipal, après en avoir délibéré, par 8 voix pour et 3 abstentions, approuve le rapport.",
     "adopted", False, 8, None, 3),
    ("L'assemblée générale de l'association a adopté à l'unanimité ses nouveaux statuts.\n"
     "Le conseil municipal, par 10 voix pour et 3 contre, approuve l'adhésion.", "adopted", False, 10, 3, None),
    ("Le conseil communautaire a adopté le 5 mai 2021 à l'unanimité le schéma de mutualisation.\nVote : Pour 12, Contre 1",
     "adopted", False, 12, 1, None),
    ("Par délibération du 3 mars 2021, le comité syndical a accepté à l'unanimité l'adhésion de la commune.\n"
     "Le conseil municipal, par 10 voix pour et 1 contre, approuve.", "adopted", False, 10, 1, None),
    # Counts in words rather than labels: the winning side against the losing side, members named in a sentence
    ("Le budget primitif est adopté par 15 voix contre 3.", "adopted", False, 15, 3, None),
    ("La motion est rejetée par 8 voix contre 6.", "rejected", False, 6, 8, None),
    ("Le projet est adopté par 15 voix contre 3 et 1 abstention.", "adopted", False, 15, 3, 1),
    ("Monsieur LEBLANC s'abstient car il estime la convention incomplète.\nLe conseil municipal approuve à la majorité.",
     "adopted", False, None, None, 1),
    ("Mme MARTIN et M. DUPONT votent contre.\nLe conseil municipal approuve à la majorité.", "adopted", False, None, 2, None),
    ("Le conseil municipal, à l'unanimité des suffrages exprimés, 2 membres s'étant abstenus, approuve le règlement.",
     "adopted", True, None, None, 2),
    # A decision stated by another verb, no vote printed
    ("Le conseil municipal vote les taux d'imposition suivants : taxe foncière 15 %.", "adopted", None, None, None, None),
    ("Après consultation, le conseil municipal retient l'offre de l'entreprise MARTIN.", "adopted", None, None, None, None),
    # A rejection or an assent stated without a vote
    ("Après discussion, la motion est rejetée.", "rejected", None, None, None, None),
    ("Le conseil municipal refuse la proposition d'achat du terrain.", "rejected", None, None, None, None),
    ("La proposition n'est pas retenue par le conseil municipal.", "rejected", None, None, None, None),
    ("Le conseil municipal, à l'unanimité, n'accepte pas la proposition.", "rejected", True, None, None, None),
    ("Le devis de l'entreprise est présenté.\nAvis favorable du conseil municipal.", "adopted", None, None, None, None),
    ("Le conseil municipal est d'accord pour acheter le tracteur.", "adopted", None, None, None, None),
    # An election alone: the list's score
    ("La liste dénommée « A » soumise au vote à bulletins secrets est la suivante.\nLa liste A a obtenu 33 voix.",
     "adopted", False, 33, None, None),
    # The vote block opening after a blank line, its unanimity stated below it (learn5 hopital_le_grand; learn2 has the
    # verdict after the block too)
    ("\nVote : Pour : 15 Contre : 0 Abstention : 0\n\nLe PV du conseil municipal est approuvé à l'unanimité.\n\n(2)",
     "adopted", True, 15, 0, 0),
    # The operative verb alone on its line after the recitals (learn5 alaincourt; Lannion "DÉCIDE" / "D'APPROUVER")
    ("Après en avoir délibéré, le Conseil Municipal,\n\n  • Vu l'article L. 2122-22 du code général des collectivités territoriales,\n"
     "  • Considérant qu'il y a intérêt, en vue de faciliter la négociation du contrat de prêt, à donner à M. le Maire la "
     "délégation prévue à l'article L. 2122-22 du code général des collectivités territoriales, ainsi qu'à son premier adjoint,\n\n"
     "Décide :\n\nM. le Maire est chargé de prendre les décisions concernant la réalisation de l'emprunt.",
     "adopted", None, None, None, None),
    # Votes named by their sense: "voix favorables", "voix défavorables" (learn5 sadirac)
    ("Le compte rendu est adopté par 20 voix favorables et 2\nabstentions (Mmes NEUMANN et SIN qui\nétaient absentes).",
     "adopted", False, 20, None, 2),
    ("Le conseil municipal, par 12 voix favorables, 3 voix défavorables et 1 abstention, approuve le projet.",
     "adopted", False, 12, 3, 1),
    # Another body's vote a sentence of a paragraph printed on one line, the assembly's the next sentence
    ("La commission des finances a émis un avis favorable (5 voix pour, 1 abstention). Le conseil municipal approuve à l'unanimité.",
     "adopted", True, None, None, None),
    # Rejected by "repoussée" with its counts; deferred by "différer"
    ("La proposition est repoussée par 10 voix contre 5.", "rejected", False, 5, 10, None),
    ("Le conseil municipal décide de différer sa décision.", "deferred", None, None, None, None),
    # Named voters: each clause its own names ("votent contre, ... s'abstient"), a list cut at the next label
    ("Adopté à la majorité : M. DURAND et Mme PETIT votent contre, M. LEROY s'abstient.", "adopted", False, None, 2, 1),
    ("Le conseil municipal approuve par 12 voix pour. Votent contre : M. DURAND, Mme PETIT. S'abstient : M. LEROY.",
     "adopted", False, 12, 2, None),
    # A verdict used as a vote label; a civility's dot inside the statement
    ("Adopté : 15 pour", "adopted", False, 15, None, None),
    ("Le conseil municipal, après en avoir délibéré, avec 2 abstentions (M. DUPONT, Mme MARTIN), approuve le projet.",
     "adopted", False, None, None, 2),
    # A vote recalled in the pluperfect is an earlier one: today's follows
    ("En 2019, la délibération avait été adoptée par 12 voix pour et 3 contre. Il convient de la modifier.\n"
     "Le conseil municipal, à l'unanimité, approuve la modification.", "adopted", True, None, None, None),
    ("Le conseil, qui avait approuvé le principe en mars, approuve par 10 voix pour et 2 contre l'avant-projet.",
     "adopted", False, 10, 2, None),
    # An earlier deliberation cited by its date, its counts with it: not today's
    ("Par délibération n° 2019-12 du 12 mars 2019, le conseil municipal a approuvé par 12 voix pour et 3 contre le projet. "
     "Il convient d'en modifier le périmètre.\nLe conseil municipal, à l'unanimité, approuve la modification.", "adopted", True, None, None, None),
    ("Lors de sa séance du 5 février, le conseil municipal a adopté par 14 voix pour et 1 contre le budget primitif.\nVote : unanimité",
     "adopted", True, None, None, None),
    # A member designated in the passive, no vote printed (extra7 Crac'h, Mûrs-Érigné, Périgord Vert Nontronnais,
    # Saint-Maurice; Meylan and Urzy in the pages corpus)
    ("Mme Jocelyne COUGOULIC est désignée comme secrétaire de séance", "adopted", None, None, None, None),
    ("Le conseil municipal est invité à nommer un de ses membres pour remplir les fonctions de secrétaire, Monsieur Didier "
     "CHARTIER est désigné secrétaire de séance.", "adopted", None, None, None, None),
    ("M. DUPONT est désigné pour remplir les fonctions de secrétaire de séance à l'unanimité.", "adopted", True, None, None, None),
    # A recital and the assembly on one line ending on a comma, the operative verb opening the next one (extra7
    # Orschwiller; Cruscades' "Le Conseil Municipal, à l'unanimité Ouï l'exposé,\n\nAPPROUVE" in the pages corpus)
    ("Vu les articles L. 2541-6 et 2541-7 du Code Général des Collectivités Territoriales, le Conseil Municipal, après en avoir "
     "délibéré, à l'unanimité,\n\n- DESIGNE M. KOPP Jean-Luc, secrétaire de séance.", "adopted", True, None, None, None),
    # A deferral voted unanimously, "sursoir" (a common spelling of surseoir) (learn5 saou)
    ("Le Maire propose de sursoir à cette délibération.\nLe conseil décide à l'unanimité de sursoir à cette délibération.",
     "deferred", True, None, None, None),
]


@pytest.mark.parametrize("text, outcome, unanimous, votes_for, against, abstentions", CASES)
def test_read_decision(text, outcome, unanimous, votes_for, against, abstentions):
    reading = read_decision(text)
    assert reading is not None
    assert (reading.outcome, reading.unanimous) == (outcome, unanimous)
    assert (reading.votes_for, reading.votes_against, reading.abstentions) == (votes_for, against, abstentions)


NO_DECISION = [
    # Numérian I.3 "INFORMATIONS": prose, no statement
    "Le Syndicat Mixte Numérian ayant conclu un contrat de R&D avec l'éditeur Index Education, une tarification est en discussions.",
    # a grouping heading's empty body
    "",
    # a third party's decisions are not the assembly's
    "Le Président de l'AMRF a informé Numérian de l'avis favorable à l'unanimité du conseil d'administration de l'association.",
    "Par conséquent, ce point sera retiré de leur ordre du jour.",
    # references to earlier deliberations
    "Vu la délibération n° 2021_47 du 22 septembre 2021 approuvée à l'unanimité,\nConsidérant que le budget a été adopté le 12 avril,",
    "Le résultat de fonctionnement est reporté au compte 002.",
    "Le conseil d'administration de l'association approuve le projet.",
    # the assembly spoken of, not deciding
    "Monsieur le Maire rappelle que le conseil municipal vote le budget chaque année avant le 15 avril.",
    "Le conseil municipal, après le vote du budget, a été informé des subventions obtenues.",
    # another's decision on the commune's request
    "La demande de subvention DETR a été rejetée par l'État.",
    # a decision of the maire reported to the assembly, its recitals citing the council (the operative verb alone on
    # its line is the assembly's only when the assembly is named just above the recitals)
    "Monsieur le Maire rend compte au conseil municipal des décisions prises par délégation.\nDécision n° 2024-05\n"
    "Le Maire de la commune,\nVu la délibération du conseil municipal du 3 juin 2020 lui donnant délégation,\n"
    "DÉCIDE :\nde signer le contrat de maintenance avec la société X.",
]


@pytest.mark.parametrize("text", NO_DECISION)
def test_no_decision(text):
    assert read_decision(text) is None


def test_first_vote_wins_over_later_ballot():
    # Pierrefonds CM item 2: the vote on keeping four deputies, then the election's ballot
    text = ("Vote :\n- Contre : 3 (M. LEBLANC, Mme DEBUISSER et M. THUILLIER)\n- Pour : 15\n"
            "Les membres du conseil municipal procèdent à l'élection du 4éme adjoint au scrutin secret.\n"
            "Nombre de votants : 18\nMajorité absolue : 7\nM. Romain RIBEIRO a obtenu 13 voix.")
    reading = read_decision(text)
    assert (reading.votes_for, reading.votes_against, reading.unanimous) == (15, 3, False)
    assert [(n.person, n.vote) for n in reading.named] == [("LEBLANC", "against"), ("DEBUISSER", "against"), ("THUILLIER", "against")]


def test_named_votes_and_not_voting():
    text = ("Vote :\n- Contre : 2 (Mme DECKER et M. DUTILLOY)\n"
            "- Abstention : 3 (M. LEBLANC, Mme DEBUISSER et M. THUILLIER. M. LEBLANC indique\n"
            "qu'ils n'ont pas les éléments nécessaires pour pouvoir voter).\n- Pour : 12\n"
            "M. TANGUY indique ne pas vouloir prendre part au vote.")
    reading = read_decision(text)
    assert [(n.person, n.vote) for n in reading.named] == [
        ("DECKER", "against"), ("DUTILLOY", "against"), ("LEBLANC", "abstention"), ("DEBUISSER", "abstention"),
        ("THUILLIER", "abstention"), ("TANGUY", "not_voting"),
    ]
    assert reading.not_voting == 1
    assert text[reading.named[0].start:reading.named[0].end] == "Mme DECKER"


def test_not_voting_named_in_prose():
    reading = read_decision("Mme GIRARD, intéressée à l'affaire, quitte la salle et ne prend pas part au vote.\n"
                            "Le conseil, à l'unanimité des votants, approuve.")
    assert (reading.unanimous, reading.not_voting) == (True, 1)
    assert [(n.person, n.vote) for n in reading.named] == [("GIRARD", "not_voting")]


def test_not_voting_count():
    reading = read_decision("Pour : 14 / Contre : 0 / Abstention : 0 / Ne prend pas part au vote : 1")
    assert (reading.votes_for, reading.not_voting) == (14, 1)


@pytest.mark.parametrize("text, number", [
    ("Délibération n° 2019-93 : Budget primitif\nVote : unanimité", "2019-93"),
    ("DCS2024_01 Décision modificative n°6\nADOPTÉ", "DCS2024_01"),
    ("N° D2025-035 - Tarifs\nADOPTÉ", "D2025-035"),
    ("Vu la délibération n° 2021_47 du 22 septembre 2021,\nVote : unanimité", None),
    ("Lors du Conseil Syndical du 26 janvier 2024, les délibérations n° DCS2024_01 et DCS2024_01BIS, concernant", None),
])
def test_deliberation_number(text, number):
    assert deliberation_number(text) == number


def test_amounts_with_terms():
    text = "Le montant de l'adhésion au RESAH correspond à une cotisation annuelle de 600 € HT par an.\nVote : unanimité"
    [(amount, unit, context, start, end)] = read_amounts(text)
    assert (str(amount), unit) == ("600", "€ HT par an")
    assert "cotisation annuelle" in context and text[start:end].startswith("600")


def test_amounts_skip_budget_rows_and_totals():
    text = "68 6817 Dotations aux provisions pour + 400 €\nTotal 652 500 € Total 652 500 € 100%\nsubvention de 12,20 €"
    assert [(str(a), u) for a, u, *_ in read_amounts(text)] == [("12.20", "€")]


def test_numerian_text_end_to_end():
    """The Numérian minutes (data/raw): 17 deliberations adopted unanimously; headings that group
    items and the I.3 information items give no decision."""
    from extractors import decisions
    from pipeline.read import read_file
    from pipeline.segment import segment
    from tests.conftest import sample_path

    doc = read_file(str(sample_path("numerian_2024-09-30.txt")))
    found = decisions.extract(doc, segment(doc))["decisions"]
    assert [d.item_number for d in found] == [
        "I.1", "I.2.A.1", "I.2.A.2", "I.2.A.3", "I.2.A.4", "I.2.A.5", "I.2.A.6", "I.2.A.7", "I.2.B.1", "I.2.B.2",
        "I.2.B.3", "I.2.B.4", "I.2.B.5", "I.2.C.1", "I.2.C.2", "I.2.C.3", "I.2.D.1",
    ]
    assert {(d.outcome, d.unanimous) for d in found} == {("adopted", True)}
    assert all("unanimité" in d.provenance.text for d in found)


def test_withdrawn_in_preamble():
    """Flaux: the mayor withdraws an agenda item before the items are treated; it has no section."""
    from extractors.decisions import withdrawn_in_preamble
    from pipeline.records import AgendaItem, Document, Page, Provenance, Section, Segmentation

    text = ("Ordre du jour\nApprobation du procès-verbal du 22 septembre 2023\n"
            "Convention d'adhésion au service de prévention des risques professionnels\n"
            "Monsieur le Maire demande aux Membres du Conseil Municipal de retirer à l’ordre du\n"
            ", . 1 , D . . Ê .\njour Convention d'adhésion au service de prévention des risques professionnels\n"
            "Vote : unanimité\nApprobation du procès-verbal du Conseil\nVote : Unanimité\n")
    doc = Document("d", "x.txt", "text", text, (Page(1, 0, len(text)),), ())
    prov = Provenance("d", 1, 0, 1, "")
    agenda = (AgendaItem("1", "Approbation du procès-verbal du 22 septembre 2023", 1, None, 0, "agenda", prov),
              AgendaItem("2", "Convention d'adhésion au service de prévention des risques professionnels", 1, None, 1, "agenda", prov))
    start = text.index("Approbation du procès-verbal du Conseil")
    seg = Segmentation(agenda, (Section("1", agenda[0].title, "Approbation", start, len(text), prov),), None, start)
    assert [(d.item_number, d.outcome) for d in withdrawn_in_preamble(doc, seg)] == [("2", "withdrawn")]


@pytest.mark.parametrize("text, against, abstentions, names", [
    ("Vote :\nPour : 12\nContre : M. DUPONT, Mme MARTIN\nAbstention : néant", 2, 0, ["DUPONT", "MARTIN"]),
    ("Adopté par 15 voix pour, aucune abstention", None, 0, []),
])
def test_counts_from_names_and_words(text, against, abstentions, names):
    reading = read_decision(text)
    assert (reading.votes_against, reading.abstentions) == (against, abstentions)
    assert [n.person for n in reading.named] == names


def test_questions_diverses_without_vote_is_no_decision():
    from extractors.decisions import extract
    from pipeline.records import Document, Page, Provenance, Section, Segmentation

    for said in ("Le principe d'un repas des aînés est approuvé.", "La proposition de M. DUPONT n'est pas retenue."):
        text = f"7. Questions diverses\n{said}\n"
        doc = Document("d", "x.txt", "text", text, (Page(1, 0, len(text)),), ())
        prov = Provenance("d", 1, 0, 1, "")
        seg = Segmentation((), (Section("7", "Questions diverses", "7. Questions diverses", 0, len(text), prov),), None, 0)
        assert list(extract(doc, seg)["decisions"]) == []


@pytest.mark.parametrize("title, matches", [
    ("Compte rendu de la commission des travaux", True), ("Compte-rendu des commissions", True),
    ("Rapport des commissions communales", True), ("Réunion de la commission voirie", True),
    ("Commission agricole : réunion au sujet des terrains agricoles communaux", True),
    ("Commission voirie et travaux : compte rendu", True), ("Compte rendu des réunions de commissions", True),
    ("Commissions municipales : composition", False), ("COMMISSION COMMUNALE IMPOTS DIRECTS", False),
    ("Création d'une commission extra-municipale", False), ("Compte rendu de la séance du 12 mars", False),
    ("Approbation du compte rendu de la commission", False),
])
def test_commission_report_title(title, matches):
    from extractors.decisions import COMMISSION_REPORT_TITLE

    assert bool(COMMISSION_REPORT_TITLE.match(title)) is matches


@pytest.mark.parametrize("said, kept", [
    ("Porte d'entrée de la mairie\nLe devis le moins-disant a été accepté, à savoir celui de la société X.", False),
    ("La commission a retenu le devis de l'entreprise MARTIN.\nLe conseil municipal valide ce choix.", True),
    ("Le devis de l'entreprise MARTIN est accepté à l'unanimité.", True),
])
def test_a_commission_report_is_the_commissions_unless_the_assembly_says_so(said, kept):
    """extra7 Crac'h "Compte rendu de la commission des travaux" (Mouthoumet's "Commission agricole : réunion ...",
    Neville's "Commission voirie et travaux" in the pages corpus): what the commission accepted is no decision of the
    assembly; the assembly's own statement, or a printed vote, is."""
    from extractors.decisions import extract
    from pipeline.records import Document, Page, Provenance, Section, Segmentation

    text = f"3. Compte rendu de la commission des travaux\n{said}\n"
    doc = Document("d", "x.txt", "text", text, (Page(1, 0, len(text)),), ())
    prov = Provenance("d", 1, 0, 1, "")
    seg = Segmentation((), (Section("3", "Compte rendu de la commission des travaux", text.split("\n")[0], 0, len(text), prov),), None, 0)
    assert bool(list(extract(doc, seg)["decisions"])) is kept


@pytest.mark.parametrize("title, matches", [
    ("Approbation du procès-verbal du 17 septembre 2015 et nomination d'un secrétaire de séance", True),
    ("Désignation du secrétaire de séance et approbation du compte rendu", True),
    ("1. Approbation du compte rendu de la séance précédente et désignation d'un secrétaire de séance", True),
    ("Fixation du nombre d'adjoints et élection des adjoints", True),
    ("Approbation des statuts du SMOA et transfert de la compétence GEMA", False),
    ("M 14 - approbation du compte de gestion et administratif", False),
    ("Approbation du compte de gestion et du compte administratif", False),
    ("Création et composition des commissions municipales", False),
    ("Election des membres de la Commission d'appel d'offres et de la commission de délégation des services publics", False),
])
def test_two_acts_title(title, matches):
    from extractors.decisions import TWO_ACTS_TITLE

    assert bool(TWO_ACTS_TITLE.match(title)) is matches


def test_an_item_of_two_acts_has_two_decisions():
    """extra7 Orschwiller item 1 "Approbation du procès-verbal ... et nomination d'un secrétaire de séance": the minutes
    approved (no vote printed) and the secretary designated "à l'unanimité" are two decisions, in the order printed; an
    item of one act keeps one decision, the first vote."""
    from extractors.decisions import extract
    from pipeline.records import Document, Page, Provenance, Section, Segmentation

    body = ("Le procès-verbal de la séance du 17 septembre 2015 a été transmis aux conseillers. Aucune observation n'a été formulée.\n\n"
            "Le Conseil Municipal approuve le procès-verbal de la séance du 17 septembre 2015 et les membres présents signent le registre.\n\n"
            "Vu les articles L. 2541-6 et 2541-7 du Code Général des Collectivités Territoriales portant sur la nomination d'un "
            "secrétaire, le Conseil Municipal, après en avoir délibéré, à l'unanimité,\n\n- DESIGNE M. KOPP Jean-Luc, secrétaire de séance.\n")
    for title, expected in (
        ("Approbation du procès-verbal du 17 septembre 2015 et nomination d'un secrétaire de séance", [("adopted", False), ("adopted", True)]),
        ("Approbation du procès-verbal du 17 septembre 2015", [("adopted", True)]),
    ):
        text = f"1. {title}\n{body}"
        doc = Document("d", "x.txt", "text", text, (Page(1, 0, len(text)),), ())
        prov = Provenance("d", 1, 0, 1, "")
        seg = Segmentation((), (Section("1", title, text.split("\n")[0], 0, len(text), prov),), None, 0)
        found = extract(doc, seg)["decisions"]
        assert [(d.outcome, d.unanimous) for d in found] == expected
        assert all(d.item_number == "1" for d in found)


VOTE_WORDS = ["Vote :", "Pour", "Contre", ":", "12", "deux", "abstention", "à l'unanimité", "ADOPTÉ", "(", ")", "M.", "Mme",
              "DUPONT", "le conseil", "approuve", "prend acte", "retiré", "\n", ",", ".", "Vu", "voix", "ne prend pas part au vote"]


def test_never_raises_and_spans_stay_inside():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None, derandomize=True, database=None)
    @given(st.lists(st.sampled_from(VOTE_WORDS) | st.text(max_size=6), max_size=40))
    def check(words):
        text = " ".join(words)
        reading = read_decision(text)
        if reading is not None:
            assert 0 <= reading.start <= reading.end <= len(text)
            assert all(0 <= n.start < n.end <= len(text) for n in reading.named)
            assert reading.outcome in ("adopted", "rejected", "withdrawn", "deferred", "noted")

    check()


@pytest.mark.parametrize("text, outcome, unanimous", [
    ("Après en avoir délibéré, le Conseil Municipal approuve la convention.", "adopted", False),  # no vote printed
    ("Vote : Pour : 11 – Contre : 0 – Abstention : 0", "adopted", False),  # counts, unanimity not said
    ("Le conseil, à l'unanimité, approuve la convention.", "adopted", True),
    ("Le point est retiré de l'ordre du jour.", "withdrawn", None),  # no vote took place
])
def test_a_stored_decision_says_unanimous_only_when_the_minutes_do(text, outcome, unanimous):
    """decisions.unanimous: true when the minutes say unanimously, false when they do not say
    so, NULL only where no vote took place (the warehouse's convention, as the gold's)."""
    from extractors import decisions
    from pipeline.records import Document, Page, Section, Segmentation

    full = "1. Convention\n" + text + "\n"
    doc = Document("d", "x.txt", "text", full, (Page(1, 0, len(full)),), ())
    section = Section("1", "Convention", "1. Convention", 0, len(full), doc.provenance(0, 13))
    found = decisions.extract(doc, Segmentation((), (section,), None, 0))["decisions"]
    assert [(d.outcome, d.unanimous) for d in found] == [(outcome, unanimous)]


# Issue #14's phrasings of a decision, and unanimity with its exceptions
# (section text, outcome, unanimous, for, against, abstentions, not voting, named (person, vote))
PHRASINGS = [
    ("Après en avoir délibéré,\nVOTE : UNANIMITE", "adopted", True, None, None, None, None, []),
    ("Après en avoir délibéré, les membres du conseil adoptent, à l'unanimité, la présente délibération.",
     "adopted", True, None, None, None, None, []),
    ("Les membres du conseil municipal prennent acte du rapport d'activité 2023.", "noted", None, None, None, None, None, []),
    # counts in words, in capitals: "ONZE" is no member's name
    ("Le conseil municipal, après en avoir délibéré, par DEUX voix POUR – ONZE voix CONTRE et 1 ABSTENTION, rejette la proposition.",
     "rejected", False, 2, 11, 1, None, []),
    # abstentions are no votes cast: unanimity of the voters holds, whose number is in brackets
    ("Le Conseil communautaire, à l'unanimité des votants (31 voix), 8 abstentions, approuve le rapport.",
     "adopted", True, 31, None, 8, None, []),
    ("Le Conseil Municipal, après en avoir délibéré, à l'unanimité :\n- APPROUVE la convention\nAbstention : M. Garnier",
     "adopted", True, None, None, 1, None, [("Garnier", "abstention")]),
    ("Le Conseil municipal, après en avoir délibéré, à l'unanimité :\n- AUTORISE le Maire\n"
     "Abstentions : Mme Fabre, M. Garnier", "adopted", True, None, None, 2, None, [("Fabre", "abstention"), ("Garnier", "abstention")]),
    ("Adopté à l'unanimité moins 2 abstentions.", "adopted", True, None, None, 2, None, []),
    # a vote the other way is: "unanimité moins une voix" is one vote against
    ("Le conseil municipal approuve à l'unanimité moins une voix le règlement intérieur.", "adopted", False, None, 1, None, None, []),
    ("Adopté à l'unanimité moins deux voix contre.", "adopted", False, None, 2, None, None, []),
    # POUR / CONTRE / ABSTENTION blocks, names in brackets or after the count in brackets
    ("POUR : 20\nCONTRE : 2 (M. DURAND, Mme PETIT)\nABSTENTION : 1 (M. MOREAU)", "adopted", False, 20, 2, 1, None,
     [("DURAND", "against"), ("PETIT", "against"), ("MOREAU", "abstention")]),
    ("POUR (20)\nCONTRE (2) : M. DURAND, Mme PETIT\nABSTENTION (1) : M. MOREAU", "adopted", False, 20, 2, 1, None,
     [("DURAND", "against"), ("PETIT", "against"), ("MOREAU", "abstention")]),
    # a secret ballot between offers, then the award
    ("Après un vote à bulletins secrets, l'offre de l'entreprise ALPHA obtient 12 voix, l'offre BETA 5 voix.\n"
     "Le conseil attribue le marché à l'entreprise ALPHA.", "adopted", None, None, None, None, None, []),
    ("M. DUPONT, intéressé, ne prend pas part au vote.\nLe Conseil municipal, à l'unanimité des votants, approuve la vente.",
     "adopted", True, None, None, None, 1, [("DUPONT", "not_voting")]),
    # an unfavourable opinion is the act adopted, even when it "rejects" the project
    ("Le Conseil municipal, après en avoir délibéré, émet un avis défavorable au projet de schéma.",
     "adopted", None, None, None, None, None, []),
    ("Le conseil municipal, à l'unanimité, émet un avis défavorable au projet et rejette le périmètre proposé.",
     "adopted", True, None, None, None, None, []),
    ("AVIS DÉFAVORABLE à l'unanimité", "adopted", True, None, None, None, None, []),
    # unanimity as an adjective, an accord given
    ("Le conseil municipal donne un accord unanime au projet.", "adopted", True, None, None, None, None, []),
    ("Après délibération, le Conseil Municipal, par un vote unanime, approuve le projet.", "adopted", True, None, None, None, None, []),
    ("La commission a émis un avis unanime favorable.\nLe conseil municipal approuve par 10 voix pour et 2 contre.",
     "adopted", False, 10, 2, None, None, []),
    # members not taking part, listed before the vote
    ("Ne prennent pas part au vote : M. DURAND, Mme PETIT\nLe conseil, à l'unanimité des votants, approuve la cession.",
     "adopted", True, None, None, None, 2, [("DURAND", "not_voting"), ("PETIT", "not_voting")]),
]


@pytest.mark.parametrize("text, outcome, unanimous, votes_for, against, abstentions, not_voting, named", PHRASINGS)
def test_read_decision_phrasings(text, outcome, unanimous, votes_for, against, abstentions, not_voting, named):
    reading = read_decision(text)
    assert reading is not None
    assert (reading.outcome, reading.unanimous) == (outcome, unanimous)
    assert (reading.votes_for, reading.votes_against, reading.abstentions, reading.not_voting) == (
        votes_for, against, abstentions, not_voting)
    assert [(n.person, n.vote) for n in reading.named] == named


@pytest.mark.parametrize(
    "text, outcome",
    [
        ("Ce dernier est adopté à l'unanimité.\nMonsieur le Maire décide d'ajourner le vote des budgets 2003.\n", "adopted"),
        ("Après en avoir délibéré, le conseil décide à l'unanimité d'ajourner le vote de ce point.\n", "deferred"),
        ("Le point est ajourné.\nVote : unanimité\n", "deferred"),
    ],
)
def test_a_deferral_after_an_adoption_is_another_matter(text, outcome):
    assert read_decision(text).outcome == outcome


def test_a_number_before_pour_in_prose_is_no_vote():
    text = ("M. DUPONT répond que le diagnostic est prévu\npour 5 écoles (et non sept pour raisons budgétaires).\n"
            "Le programme est sur deux ans.\nADOPTÉ À L'UNANIMITÉ\n")
    reading = read_decision(text)
    assert (reading.outcome, reading.unanimous) == ("adopted", True)


@pytest.mark.parametrize("text, unanimous", [
    # a run-on paragraph (a page flattened into one line): the vote opens a sentence after the recitals
    ("Considérant la demande de l'association, proposition d'effectuer un virement de crédit. Vote pour à l'unanimité", True),
    ("Considérant que l'article 1311 devra être approvisionné, proposition d'un virement à l'article 1311 Vote pour à l'unanimité", True),
    ("Vu le code général des collectivités territoriales. Adopté à l'unanimité", True),
])
def test_a_vote_after_the_recitals_of_a_run_on_paragraph(text, unanimous):
    reading = read_decision(text)
    assert reading is not None and reading.outcome == "adopted" and reading.unanimous is unanimous


def test_a_cited_earlier_vote_in_a_recital_stays_masked():
    # (a past vote cited in lower case inside a "Vu" recital is not this assembly's decision)
    assert read_decision("Vu la délibération du 12 mars 2024 adoptée à l'unanimité portant création du service") is None


@pytest.mark.parametrize("section, expected", [
    # the vote that accepts items added to the agenda is the session's, not the last added item's
    ("Subvention S.I.D.E.G.A.V.\nAccord à l'unanimité des membres présents pour accepter l'ajout de ces questions.\n", []),
    ("Tarifs cantine\nLe conseil accepte à l'unanimité d'ajouter ce point à l'ordre du jour.\n"
     "Après en avoir délibéré, le conseil, par 12 voix pour et 2 contre, fixe les tarifs.\n", [("adopted", False)]),
    ("Subvention au club\nMonsieur le Maire demande à ce que 3 points soient ajoutés à l'ordre du jour, ils sont acceptés à l'unanimité :\n", []),
    ("Ajout de mobilier urbain\nLe conseil municipal, à l'unanimité, approuve l'achat de bancs.\n", [("adopted", True)]),
])
def test_a_vote_on_the_agenda_is_not_the_items(section, expected):
    from extractors.decisions import extract
    from pipeline.records import Document, Page, Provenance, Section, Segmentation

    doc = Document("d", "x.txt", "text", section, (Page(1, 0, len(section)),), ())
    prov = Provenance("d", 1, 0, section.index("\n"), "")
    seg = Segmentation((), (Section("5", "x", section.split("\n")[0], 0, len(section), prov),), None, 0)
    assert [(d.outcome, d.unanimous) for d in extract(doc, seg)["decisions"]] == expected


def test_points_withdrawn_by_number_in_preamble():
    """The preamble withdraws points by number, without "n°", several at once: each has its decision."""
    from extractors.decisions import withdrawn_in_preamble
    from pipeline.records import AgendaItem, Document, Page, Provenance, Section, Segmentation

    text = ("Ordre du jour\n1. Procès-verbal\n2. Vente de la parcelle AB 12\n3. Tarifs\n4. Avenant au marché\n"
            "Monsieur le Maire indique que les points 2 et 4 sont retirés de l'ordre du jour.\n"
            "1. Procès-verbal\nAdopté à l'unanimité.\n3. Tarifs\nAdopté à l'unanimité.\n")
    doc = Document("d", "x.txt", "text", text, (Page(1, 0, len(text)),), ())
    prov = Provenance("d", 1, 0, 1, "")
    titles = ("Procès-verbal", "Vente de la parcelle AB 12", "Tarifs", "Avenant au marché")
    agenda = tuple(AgendaItem(str(i + 1), t, 1, None, i, "agenda", prov) for i, t in enumerate(titles))
    one, three = text.index("1. Procès-verbal\nAdopté"), text.index("3. Tarifs\nAdopté")
    seg = Segmentation(agenda, (Section("1", titles[0], "1. Procès-verbal", one, three, prov),
                                Section("3", titles[2], "3. Tarifs", three, len(text), prov)), None, one)
    assert sorted((d.item_number, d.outcome) for d in withdrawn_in_preamble(doc, seg)) == [("2", "withdrawn"), ("4", "withdrawn")]


def test_points_withdrawn_in_brackets_get_their_decision():
    """An item the segmenter read from the sentence withdrawing it (found_by "withdrawn": "deux points sont retirés,
    le point 8 [Avenant à la convention] ...") has its "withdrawn" decision, even where no decision pattern reads the sentence."""
    from extractors.decisions import withdrawn_in_preamble
    from pipeline.records import AgendaItem, Document, Page, Provenance, Segmentation

    text = "Le Maire indique que deux points sont retirés, le point 8 [Avenant à la convention] et le point 23 [Marché du pont].\n"
    doc = Document("d", "x.txt", "text", text, (Page(1, 0, len(text)),), ())
    prov = Provenance("d", 1, 0, 1, "")
    agenda = (AgendaItem("8", "Avenant à la convention", 1, None, 0, "agenda", prov, "withdrawn"),
              AgendaItem("23", "Marché du pont", 1, None, 1, "agenda", prov, "withdrawn"),
              AgendaItem("24", "Tarifs", 1, None, 2, "agenda", prov, "agenda"))
    seg = Segmentation(agenda, (), None, len(text))
    assert sorted((d.item_number, d.outcome) for d in withdrawn_in_preamble(doc, seg)) == [("23", "withdrawn"), ("8", "withdrawn")]


@pytest.mark.parametrize("text", [
    # a recalled vote's sentence wrapped over two lines: its counts are the earlier vote's too
    "En 2019, la délibération avait été adoptée\npar 12 voix pour et 3 contre.\nLe conseil municipal approuve le projet.",
    # a cited deliberation after a blank line
    "Il convient de modifier le projet.\n\nPar délibération du 12 mars 2019, le conseil municipal a approuvé par 12 voix pour "
    "et 3 contre le projet.\nLe conseil municipal approuve la modification.",
    # a civility's dot is no sentence end: the committee's counts stay the committee's
    "La commission des finances présidée par M. DUPONT a émis un avis favorable (5 voix pour, 1 abstention). "
    "Le conseil municipal approuve le projet.",
])
def test_earlier_or_other_votes_masked_to_their_sentence_end(text):
    reading = read_decision(text)
    assert (reading.outcome, reading.votes_for, reading.votes_against, reading.abstentions) == ("adopted", None, None, None)


def test_a_session_cited_by_the_meetings_own_date_is_todays_vote():
    """'Lors de sa séance du 12 mars 2024, le conseil municipal a adopté par 14 voix pour': in the minutes of 12 March
    2024 it is today's vote in the passé composé; in later minutes (or with no meeting date known), an earlier one."""
    import datetime as dt

    text = "Lors de sa séance du 12 mars 2024, le conseil municipal a adopté par 14 voix pour et 1 contre le budget primitif."
    today = read_decision(text, dt.date(2024, 3, 12))
    assert (today.outcome, today.votes_for, today.votes_against) == ("adopted", 14, 1)
    assert read_decision(text, dt.date(2024, 6, 4)) is None  # an earlier session's vote: nothing decided now
    assert read_decision(text) is None
    # the year left out, the day and month the meeting's; a numeric date the meeting's
    assert read_decision(text.replace(" 2024", ""), dt.date(2024, 3, 12)).votes_for == 14
    assert read_decision(text.replace("12 mars 2024", "12/03/2024"), dt.date(2024, 3, 12)).votes_for == 14
    # the same day and month a year before: an earlier session
    assert read_decision(text, dt.date(2025, 3, 12)) is None
