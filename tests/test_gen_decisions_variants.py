"""Decisions: how other bodies' minutes print votes (generalisation variants and negatives)."""

from __future__ import annotations

import pytest

from extractors.decisions import read_decision

# (section text after its heading, outcome, unanimous, for, against, abstentions)
VARIANTS = [
    ("Adopté à l'unanimité.", "adopted", True, None, None, None),
    ("ADOPTE A L'UNANIMITE DES MEMBRES PRESENTS ET REPRESENTES", "adopted", True, None, None, None),
    ("Le Conseil municipal, à l'unanimité, approuve le règlement intérieur.", "adopted", True, None, None, None),
    ("Le Conseil municipal, après en avoir délibéré, à l'unanimité des suffrages exprimés (2 abstentions), approuve la convention.",
     "adopted", True, None, None, 2),
    ("Le Conseil municipal, par 15 voix pour, 2 voix contre et 1 abstention, approuve le budget.", "adopted", False, 15, 2, 1),
    ("Pour : 15 – Contre : 2 – Abstentions : 1", "adopted", False, 15, 2, 1),
    ("Votants 18 | Pour 15 | Contre 2 | Abstention 1", "adopted", False, 15, 2, 1),
    ("| Votants | Pour | Contre | Abstention |\n|---|---|---|---|\n| 18 | 15 | 2 | 1 |", "adopted", False, 15, 2, 1),
    ("Le conseil municipal, par dix-huit voix pour, approuve le projet.", "adopted", False, 18, None, None),
    ("Le conseil municipal, par dix-sept voix pour et une voix contre, approuve.", "adopted", False, 17, 1, None),
    ("Adopté à la majorité (3 contre : M. DURAND, Mme PETIT, M. MOREAU).", "adopted", False, None, 3, None),
    ("Le Conseil municipal, à la majorité (3 voix contre : M. DURAND, Mme PETIT, M. MOREAU), approuve.",
     "adopted", False, None, 3, None),
    ("Adopté à la majorité absolue.", "adopted", False, None, None, None),
    ("Rejeté.", "rejected", None, None, None, None),
    ("Après en avoir délibéré, la délibération n'est pas adoptée (Pour : 5, Contre : 10).", "rejected", False, 5, 10, None),
    ("Le point est retiré de l'ordre du jour.", "withdrawn", None, None, None, None),
    ("Ce point est ajourné.", "deferred", None, None, None, None),
    ("Le point est reporté à une séance ultérieure.", "deferred", None, None, None, None),
    ("Le conseil prend acte de la présentation du rapport annuel.", "noted", None, None, None, None),
    ("Le Conseil municipal donne acte au Maire de la présentation du rapport.", "noted", None, None, None, None),
    ("Le Conseil municipal, après en avoir délibéré,\npar 14 voix pour et 3 abstentions,\nDÉCIDE :\n"
     "- d'attribuer une subvention de 15 000 € à l'association ;\n- d'autoriser le Maire à signer la convention.",
     "adopted", False, 14, None, 3),
    ("Après en avoir délibéré, le Conseil municipal, à l'unanimité,\nDÉCIDE :\n- de fixer le tarif à 15 € ;\n"
     "- de dire que ce tarif s'applique à compter du 1er janvier 2025.", "adopted", True, None, None, None),
    ("Vu la délibération du 12 mars 2024 adoptée à l'unanimité,\nConsidérant la nécessité de réviser les tarifs,\n"
     "Le Conseil municipal, par 12 voix pour et 3 voix contre, approuve les nouveaux tarifs.", "adopted", False, 12, 3, None),
    ("Pour : 15\nContre : 0\nAbstention : néant", "adopted", False, 15, 0, 0),
    ("Pour : 15 - Contre : 0 - Abstentions : 0", "adopted", False, 15, 0, 0),
    ("M. le Maire ne prend pas part au vote.\nLe Conseil municipal, à l'unanimité des votants, approuve le compte administratif.",
     "adopted", True, None, None, None),
    ("Mme LEROY, intéressée, n'a pas pris part au vote.\nAdopté à l'unanimité.", "adopted", True, None, None, None),
    ("Le Conseil Municipal, après en avoir délibéré, à l'unanimité (1 abstention : M. DUPONT), approuve.",
     "adopted", True, None, None, 1),
    ("Votants : 18 – Pour : 18", "adopted", False, 18, None, None),
    ("Le Conseil, à la majorité des voix (15 pour, 2 contre, 1 abstention), décide d'adopter le règlement.",
     "adopted", False, 15, 2, 1),
    ("Le conseil municipal, par 10 voix contre et 8 voix pour, rejette la proposition.", "rejected", False, 8, 10, None),
    ("Ouï l'exposé du Maire et après en avoir délibéré, le conseil municipal DÉCIDE, à l'unanimité, d'approuver.",
     "adopted", True, None, None, None),
    ("Abstention : néant\nContre : néant\nPour : 16", "adopted", False, 16, 0, 0),
    ("Votants : 18 Exprimés : 17 Pour : 15 Contre : 2 Abstention : 1", "adopted", False, 15, 2, 1),
    ("Adopté par 12 voix pour, 3 voix contre (M. ARNAUD, Mme BLANC, M. CHEVALIER) et 2 abstentions (M. DAVID, Mme ETIENNE).",
     "adopted", False, 12, 3, 2),
    ("Le conseil municipal, par quatorze voix pour, deux voix contre et trois abstentions, approuve.", "adopted", False, 14, 2, 3),
    ("Le conseil municipal, par vingt et une voix pour, approuve.", "adopted", False, 21, None, None),
    ("Votes pour : 15 ; votes contre : 2 ; abstentions : 1", "adopted", False, 15, 2, 1),
    ("Pour = 15 / Contre = 2 / Abstention = 1", "adopted", False, 15, 2, 1),
    ("En exercice : 19 - Présents : 15 - Votants : 18 - Pour : 18 - Contre : 0 - Abstention : 0", "adopted", False, 18, 0, 0),
    ("La délibération est rejetée par 10 voix contre, 8 pour.", "rejected", False, 8, 10, None),
    ("Ce point sera examiné lors d'une prochaine séance.", "deferred", None, None, None, None),
    ("Le conseil municipal sursoit à statuer.", "deferred", None, None, None, None),
    ("Le conseil municipal décide de surseoir à statuer sur ce dossier.", "deferred", None, None, None, None),
    ("Par délibération du 12 mars 2024 adoptée à l'unanimité, le conseil a fixé les tarifs.\nIl est proposé de les réviser.\n"
     "Le Conseil municipal, par 12 voix pour et 3 voix contre, approuve les nouveaux tarifs.", "adopted", False, 12, 3, None),
    ("Résultat du vote : adopté à l'unanimité", "adopted", True, None, None, None),
    ("Délibération adoptée : Pour 15 Contre 2 Abstention 1", "adopted", False, 15, 2, 1),
    ("15 POUR 2 CONTRE 1 ABSTENTION", "adopted", False, 15, 2, 1),
    ("Le Maire propose de retirer ce point de l'ordre du jour.", "withdrawn", None, None, None, None),
    ("Le point n° 5 est retiré.", "withdrawn", None, None, None, None),
    # an earlier vote, then this item's
    ("Lors de sa séance du 12 mars, le conseil avait adopté à l'unanimité le principe.\n"
     "Le Conseil municipal, par 12 voix pour et 3 voix contre, approuve le projet.", "adopted", False, 12, 3, None),
    ("Le principe a été adopté à l'unanimité lors de la séance du 12 mars 2024.\n"
     "Le Conseil municipal, par 12 voix pour et 3 voix contre, approuve le projet.", "adopted", False, 12, 3, None),
    ("Le Conseil municipal, vu la délibération du 12 mars 2024 adoptée à l'unanimité, approuve par 12 voix pour et 3 contre.",
     "adopted", False, 12, 3, None),
    # a commission's opinion on its own line
    ("Avis de la commission des finances du 3 mars :\nFavorable à l'unanimité.\n"
     "Le Conseil municipal, par 12 voix pour et 3 voix contre, approuve le projet.", "adopted", False, 12, 3, None),
    ("Nombre de membres en exercice : 19\nPrésents : 15\nVotants : 18\nPour : 12\nContre : 6\nAbstention : 0",
     "adopted", False, 12, 6, 0),
    # a vote on an amendment before the item's own
    ("L'amendement présenté par M. DUPONT est rejeté par 5 voix pour et 13 voix contre.\n"
     "Le Conseil municipal, par 13 voix pour et 5 voix contre, approuve le budget primitif 2025.", "adopted", False, 13, 5, None),
    ("L'amendement est adopté à l'unanimité.", "adopted", True, None, None, None),
    ("Le conseil approuve l'amendement n° 2 au contrat à l'unanimité.\nLe conseil autorise le Maire à signer l'avenant.",
     "adopted", True, None, None, None),
    # wrapped lines, grids as text exports print them
    ("Le Conseil Municipal, après en avoir délibéré, par 15 voix\npour, 2 voix contre et 1 abstention, approuve le projet.",
     "adopted", False, 15, 2, 1),
    ("POUR CONTRE ABSTENTION\n15 2 1", "adopted", False, 15, 2, 1),
    ("Pour\n15\nContre\n2\nAbstention\n1", "adopted", False, 15, 2, 1),
    ("| Membres en exercice | Présents | Votants | Pour | Contre | Abstentions |\n|---|---|---|---|---|---|\n"
     "| 19 | 15 | 18 | 16 | 2 | 0 |", "adopted", False, 16, 2, 0),
    ("En exercice Présents Votants Pour Contre Abstention\n19 15 18 18 0 0", "adopted", False, 18, 0, 0),
    ("Nombre de votants : 18 – Suffrages exprimés : 17 – Pour : 17 – Contre : 0 – Abstention : 1", "adopted", False, 17, 0, 1),
    ("Le conseil municipal, par douze voix pour et six contre, approuve.", "adopted", False, 12, 6, None),
    ("Pour : 15 voix – Contre : néant – Abstention : néant", "adopted", False, 15, 0, 0),
    # a deferral of something else is an adopted decision
    ("Le conseil municipal, à l'unanimité des membres présents et représentés, décide de reporter à 2026 la révision des tarifs.",
     "adopted", True, None, None, None),
    ("Le Conseil Municipal décide de reporter les crédits non consommés.", "adopted", None, None, None, None),
    ("Le conseil municipal décide de retirer la délibération n° 2023-45 du 12 mars 2023.", "adopted", None, None, None, None),
    ("Le point 4 est reporté au prochain conseil municipal.", "deferred", None, None, None, None),
    # a reference and the decision in one paragraph
    ("Entendu l'exposé du Maire, le Conseil municipal, à l'unanimité, approuve la convention.", "adopted", True, None, None, None),
    ("Vu l'avis favorable de la commission, le Conseil municipal, après en avoir délibéré, par 15 voix pour et 3 contre, "
     "approuve le projet.", "adopted", False, 15, 3, None),
    ("Considérant l'intérêt du projet, après en avoir délibéré, le Conseil municipal décide à l'unanimité d'adhérer.",
     "adopted", True, None, None, None),
    # (the formula without its accents, as one pattern reads it everywhere: pipeline.french.votes.DELIBERATED_WORDS)
    ("Considérant l'intérêt du projet, apres en avoir delibere, le Conseil municipal décide à l'unanimité d'adhérer.",
     "adopted", True, None, None, None),
    ("Vu l'avis de la commission, le Conseil municipal, APRES EN AVOIR DELIBERE, par 15 voix pour et 3 contre, approuve le projet.",
     "adopted", False, 15, 3, None),
    ("Vu la délibération n° 2023-14 adoptée à l'unanimité, le Conseil municipal, par 12 voix pour et 2 contre, approuve l'avenant.",
     "adopted", False, 12, 2, None),
    ("La proposition est rejetée à l'unanimité.", "rejected", True, None, None, None),
    ("Le Conseil municipal n'approuve pas le projet.", "rejected", None, None, None, None),
    ("La délibération est adoptée (7 voix pour, 7 voix contre, voix prépondérante du Maire).", "adopted", False, 7, 7, None),
    ("Vote : 7 pour, 8 contre.", "rejected", False, 7, 8, None),
    ("A L'UNANIMITE, le Conseil Syndical approuve le rapport.", "adopted", True, None, None, None),
    ("Le Conseil Communautaire, après en avoir délibéré, à la majorité (48 pour, 3 contre, 5 abstentions), approuve.",
     "adopted", False, 48, 3, 5),
    ("Il en est pris acte.", "noted", None, None, None, None),
    ("Le Conseil municipal prend bonne note du rapport d'activité.", "noted", None, None, None, None),
    ("Monsieur le Maire prend note des remarques. Le Conseil municipal, à l'unanimité, approuve.", "adopted", True, None, None, None),
    ("Ce point est supprimé de l'ordre du jour.", "withdrawn", None, None, None, None),
    ("Le vote est différé.", "deferred", None, None, None, None),
    ("Le conseil municipal approuve la suppression du poste d'adjoint technique.", "adopted", None, None, None, None),
    ("Le conseil municipal approuve le paiement différé.", "adopted", None, None, None, None),
    # another body's vote, then the assembly's
    ("La commission des finances a émis un avis favorable (5 voix pour, 1 abstention).\n"
     "Le Conseil municipal, par 15 voix pour et 3 voix contre, approuve.", "adopted", False, 15, 3, None),
    ("Avis de la commission : 5 pour, 1 contre.\nAprès en avoir délibéré, le Conseil municipal, à l'unanimité, approuve.",
     "adopted", True, None, None, None),
    ("Le bureau communautaire, à la majorité, a proposé ce projet.\n"
     "Le Conseil communautaire, par 40 voix pour et 2 abstentions, approuve.", "adopted", False, 40, None, 2),
    ("Pour : 15 Contre : 0 Abstention(s) : 1", "adopted", False, 15, 0, 1),
    ("POUR ........ 15\nCONTRE ....... 2\nABSTENTION ... 1", "adopted", False, 15, 2, 1),
    ("Pour\u202f: 15 – Contre\u202f: 2 – Abstention\u202f: 1", "adopted", False, 15, 2, 1),
    ("ADOPTÉ À L’UNANIMITÉ", "adopted", True, None, None, None),
    # the vote not to ballot in secret is the item's
    ("Le conseil municipal décide, à l'unanimité, de ne pas procéder au vote à bulletin secret.\nM. DUPONT a obtenu 18 voix.\n"
     "M. DUPONT est élu délégué.", "adopted", True, None, None, None),
    ("La délibération n° 2024-015 est adoptée à l'unanimité.", "adopted", True, None, None, None),
    ("La délibération du 14 mars 2025 portant tarifs est adoptée à l'unanimité.", "adopted", True, None, None, None),
    ("Approuvé par arrêté préfectoral du 3 mars 2020, le PLU doit être révisé.\n"
     "Le Conseil municipal, par 12 voix pour et 3 contre, approuve.", "adopted", False, 12, 3, None),
    ("Rejetée par 10 voix contre et 8 pour.", "rejected", False, 8, 10, None),
    # a bureau's own minutes
    ("Le Bureau, par 5 voix pour et 1 contre, approuve la convention.", "adopted", False, 5, 1, None),
    ("Le Bureau, à l'unanimité, approuve la convention.", "adopted", True, None, None, None),
    # a decision without a printed vote
    ("Le conseil municipal désigne M. DUPONT délégué titulaire.", "adopted", None, None, None, None),
    ("Le Conseil municipal fixe les tarifs comme suit.", "adopted", None, None, None, None),
    ("Le Conseil Municipal émet un avis défavorable au projet.", "adopted", None, None, None, None),
    ("Le Conseil Municipal donne un avis favorable au projet.", "adopted", None, None, None, None),
    ("Le Conseil municipal donne son accord pour la vente.", "adopted", None, None, None, None),
    # (round eight, tests/compose.py's vote_position and vote_case axes) a vote run on after its recitals: the line below a
    # reference that opens on counts or on a vote clause, or a new sentence of the reference's own line, is the vote
    ("Vu le CGCT,\nConsidérant l'intérêt du projet,\n12 POUR / 2 CONTRE / 1 ABSTENTION", "adopted", False, 12, 2, 1),
    ("Vu le CGCT,\nConsidérant l'intérêt du projet,\nDOUZE voix POUR – DEUX voix CONTRE", "adopted", False, 12, 2, None),
    ("Considérant l'avis du bureau,\n14 voix pour, 1 contre", "adopted", False, 14, 1, None),
    ("Vu le CGCT,\nConsidérant l'intérêt du projet,\nà l'unanimité, approuve le projet.", "adopted", True, None, None, None),
    ("Considérant l'intérêt du projet,\na la majorite (2 voix contre), decide d'approuver le projet.",
     "adopted", False, None, 2, None),
    ("Vu le CGCT,\nConsidérant l'intérêt du projet. Le Conseil municipal, à l'unanimité, décide d'approuver le projet.",
     "adopted", True, None, None, None),
    ("Considérant l'intérêt du projet. POUR : 12 CONTRE : 2 ABSTENTION : 1", "adopted", False, 12, 2, 1),
    ("Considérant l'intérêt du projet. 12 POUR\n2 CONTRE\n1 ABSTENTION", "adopted", False, 12, 2, 1),
    ("CONSIDERANT L'INTERET DU PROJET. LA DELIBERATION EST REJETEE A LA MAJORITE.", "rejected", False, None, None, None),
    ("Considérant l'intérêt du projet. Le Conseil prend acte de cette communication.", "noted", None, None, None, None),
    ("Considérant l'intérêt du projet. Le Maire retire ce point de l'ordre du jour.", "withdrawn", None, None, None, None),
    # a majority without its accent, in capitals or not
    ("ADOPTE A LA MAJORITE.", "adopted", False, None, None, None),
    ("Mise aux voix, la deliberation est rejetee a la majorite.", "rejected", False, None, None, None),
    ("Le Conseil, a la majorite (1 voix contre), approuve le projet.", "adopted", False, None, 1, None),
    # the act-approving verbs negated, one class (votes.REFUSAL), any case, the apostrophe typed or not
    ("Le Conseil municipal ne valide pas la proposition.", "rejected", None, None, None, None),
    ("LE CONSEIL MUNICIPAL N'ADOPTE PAS LA MOTION.", "rejected", None, None, None, None),
    ("le conseil municipal n adopte pas la motion", "rejected", None, None, None, None),
    ("Le conseil municipal ne retient pas cette proposition (Pour : 3, Contre : 10).", "rejected", False, 3, 10, None),
    ("Le conseil municipal ne donne pas son accord à ce projet.", "rejected", None, None, None, None),
    ("Le conseil municipal ne se prononce pas favorablement sur ce projet.", "rejected", None, None, None, None),
    ("Le PLU n'autorise pas les constructions nouvelles.\nLe conseil approuve à l'unanimité.", "adopted", True, None, None, None),
    # a majority of a stated kind after the operative verb
    ("Le Conseil municipal décide à la majorité absolue des suffrages exprimés d'approuver le projet.",
     "adopted", False, None, None, None),
    ("APPROUVE A LA MAJORITE QUALIFIEE LE PROJET", "adopted", False, None, None, None),
    ("Le comité rejette a la majorite absolue la proposition.", "rejected", False, None, None, None),
    # a verdict printed as a label's value (votes.VERDICT_AFTER_LABEL)
    ("Décision : adoptée", "adopted", None, None, None, None),
    ("DÉCISION : REJETÉE", "rejected", None, None, None, None),
    ("Décision : refusée (Pour : 4, Contre : 9)", "rejected", False, 4, 9, None),
    ("Suite donnée : retirée", "withdrawn", None, None, None, None),
    ("Délibération : ajournée", "deferred", None, None, None, None),
    ("Résultat du vote : adopté (12 pour, 2 contre, 1 abstention)", "adopted", False, 12, 2, 1),
]


@pytest.mark.parametrize("text, outcome, unanimous, votes_for, against, abstentions", VARIANTS)
def test_variant(text, outcome, unanimous, votes_for, against, abstentions):
    reading = read_decision(text)
    assert reading is not None
    assert (reading.outcome, reading.unanimous) == (outcome, unanimous)
    assert (reading.votes_for, reading.votes_against, reading.abstentions) == (votes_for, against, abstentions)


def test_several_decisions_first_is_the_items():
    text = ("Le conseil municipal, par 12 voix pour et 2 contre, approuve la convention.\n"
            "Dans un second temps, le conseil désigne M. X comme représentant à l'unanimité.")
    reading = read_decision(text)
    assert (reading.votes_for, reading.votes_against) == (12, 2)


def test_not_voting_counted():
    reading = read_decision("M. le Maire ne prend pas part au vote.\n"
                            "Le Conseil municipal, à l'unanimité des votants, approuve le compte administratif.")
    assert reading.not_voting == 1


def test_withdrawn_from_the_room_not_voting():
    reading = read_decision("Le compte administratif 2023 est adopté par 16 voix pour, 0 contre et 0 abstention, "
                            "M. le Maire s'étant retiré au moment du vote.")
    assert (reading.votes_for, reading.not_voting) == (16, 1)


def test_not_voting_past_tense_named():
    reading = read_decision("Mme LEROY, intéressée, n'a pas pris part au vote.\nAdopté à l'unanimité.")
    assert reading.not_voting == 1
    assert [(n.person, n.vote) for n in reading.named] == [("LEROY", "not_voting")]


@pytest.mark.parametrize("text", [
    "Le conseil municipal, par 17 voix pour (M. DUPONT ne prenant pas part au vote), approuve.",
    "Le Conseil Municipal, après en avoir délibéré,\nDÉCIDE à l'unanimité (M. DUPONT, intéressé, ne prenant pas part au vote) :\n"
    "- d'approuver la vente.",
])
def test_not_voting_aside(text):
    reading = read_decision(text)
    assert reading.not_voting == 1
    assert [(n.person, n.vote) for n in reading.named] == [("DUPONT", "not_voting")]


def test_named_against_in_majority():
    reading = read_decision("Adopté à la majorité (3 contre : M. DURAND, Mme PETIT, M. MOREAU).")
    assert [(n.person, n.vote) for n in reading.named] == [("DURAND", "against"), ("PETIT", "against"), ("MOREAU", "against")]


NO_VOTE_COUNTS = [
    # an amount is no count
    ("Le Conseil municipal approuve la subvention de 15 000 € pour l'association.", "adopted", None),
    ("Le Conseil municipal décide d'allouer 2 000 euros pour les travaux.", "adopted", None),
    # a date is no count
    ("Le Conseil municipal approuve, pour 2025, les tarifs suivants.", "adopted", None),
    ("Le conseil municipal décide de voter contre le 15 mars le projet.", "adopted", None),
    ("Le Conseil municipal approuve la subvention pour 15 000 € ; contre 2 000 € l'an dernier.", "adopted", None),
    ("Le conseil prévoit 2 contre-propositions et approuve le projet.", "adopted", None),
    # a later announcement is not this item's deferral
    ("Le Conseil approuve le projet. Le bilan sera présenté lors d'une prochaine séance.", "adopted", None),
]


@pytest.mark.parametrize("text, outcome, unanimous", NO_VOTE_COUNTS)
def test_no_vote_counts(text, outcome, unanimous):
    reading = read_decision(text)
    assert reading is not None
    assert (reading.outcome, reading.unanimous) == (outcome, unanimous)
    assert (reading.votes_for, reading.votes_against, reading.abstentions) == (None, None, None)


NO_DECISION = [
    "Vu la délibération n° 2023-14 du 12 mars 2023 adoptée à l'unanimité,",
    "Vu la délibération du conseil municipal en date du 5 juin 2024 approuvant le PLU,\nConsidérant l'avis de la commission,",
    "Monsieur le Maire présente le rapport d'activité du syndicat. Aucune observation n'est formulée.",
    "La commission des finances a émis un avis favorable à l'unanimité.",
    "Pour : 15 000 € ; contre : 2 000 €",
    "Pour : 12/03/2024",
    "| Présents | Votants |\n| 15 | 18 |",
    "Le conseil municipal sera sollicité lors d'une prochaine séance.",
    "Monsieur le Maire rappelle que le conseil municipal avait fixé les tarifs en 2020.",
    "Vu la délibération du 12 mars 2024, le conseil municipal ayant approuvé à l'unanimité le projet,",
    # the assembly spoken to, another party deciding
    "Monsieur le Maire informe le conseil municipal que la préfecture fixe le montant de la dotation.",
    "Monsieur le Maire rappelle au conseil que l'Etat attribue une dotation.",
    "Le Maire indique aux membres que le département accorde une aide.",
    # a reference's own line or next line that goes on citing, with an earlier vote (not a new sentence, nor counts)
    "Vu les statuts,\nConsidérant la délibération du 3 mars 2019,\nà l'unanimité le 3 mars 2019 relative au syndicat,",
    "Vu l'art. 3 des statuts adoptés à l'unanimité le 3 mars 2019,",
    "Vu la délibération n° 12. 2 contre-propositions ont été reçues,",
    "Considérant que la liste A a la majorité des sièges,",
    "M. DUPONT ne vote pas.",
]


@pytest.mark.parametrize("text", NO_DECISION)
def test_no_decision(text):
    assert read_decision(text) is None
