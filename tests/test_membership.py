"""Membership changes read from item titles, both directions, and what is not one."""

from __future__ import annotations

import unicodedata

import pytest
import regex

from extractors.membership import expand_acronym, read_changes

# (title or clause, [(member, organisation, change)]): the one table of what read_changes reads and what it must not
# ([]); None stands for the deliberating body; compared as ../shared/eval/score.py compares (member and organisation on
# their significant words)
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
    # not a membership change: a convention or a service joined, a delegation or a decision withdrawn, a refusal
    ("Délibération à la suite du retrait de délégation d’un adjoint", []),
    ("Retrait de la Décision Modificative n°6 du Syndicat Mixte Numérian", []),
    ("Convention d'adhésion au service Médecine préventive", []),
    ("Convention d'adhésion au service de prévention des risques professionnels", []),
    ("Adhésion au service Partenariat CNRACL et Invalidité", []),
    ("AVENANT 1 certificat adhésion pour les agents de la CNRACL WTW", []),
    ("Contribution d'adhésion pour l'année 2024", []),
    ("Retrait de Monsieur DUPONT de la commission des finances", []),
    ("Adhésion au réseau de chaleur", []),
    ("Retrait de la Compétence voirie", []),
    ("Convention d’adhésion au service de médecine préventive du centre de gestion", []),
    ("Retrait de délégation de fonction à un adjoint", []),
    ("Adhésion au contrat d’assurance des risques statutaires du CDG 60", []),
    ("Adhésion à la convention de participation pour la protection sociale complémentaire", []),
    ("Adhésion au service commun d’instruction des autorisations d’urbanisme", []),
    ("Adhésion au dispositif Petites Villes de Demain", []),
    ("Approbation de la modification des statuts du SIVOM de la Vallée", []),
    ("Admission en non-valeur de créances irrécouvrables", []),
    ("Le conseil municipal décide de ne pas adhérer au groupement de commandes", []),
    ("Le conseil refuse l'adhésion de la commune de Vals au syndicat", []),
    ("Adhésion 2026 au contrat groupe d'assurance statutaire", []),
    ("Le conseil autorise le maire à signer la convention d'adhésion au service de médecine préventive du CDG", []),
    # phrasings real minutes use ("pages:": a web page of the search tool's pages corpus showed it)
    # pages: a council asking for its own commune's withdrawal, the SIVU named with slashes
    ("le conseil délibère à l'unanimité pour demander le retrait de la commune de La Gripperie Saint Symphorien du SIVU "
     "scolaire La Gripperie St Symphorien / Nieulle s/Seudre / Saint-Sornin pour le 06/03/2020",
     [("commune de La Gripperie Saint Symphorien", "SIVU scolaire La Gripperie St Symphorien", "leave")]),
    # pages: "Délibération demande de retrait du SIVU de Production d'Eau Rhône Eyrieux" (the body leaving, read as the member
    # named; the extractor turns it round for a commune's minutes)
    ("Délibération demande de retrait du SIVU de Production d'Eau Rhône Eyrieux",
     [("SIVU de Production d'Eau Rhône Eyrieux", None, "leave")]),
    ("Le conseil municipal accepte l'adhésion de la commune de Saint-Agrève au SIVU des Boutières",
     [("commune de Saint-Agrève", "SIVU des Boutières", "join")]),
    ("émet un avis favorable à l'adhésion de la Communauté de communes du Val d'Ay au Syndicat Départemental d'Énergies "
     "de l'Ardèche (SDE 07)", [("Communauté de communes du Val d'Ay", "Syndicat Départemental d'Énergies de l'Ardèche", "join")]),
    ("approuve le retrait de la commune de Lyas du Syndicat Intercommunal des Eaux de la Basse Vallée",
     [("commune de Lyas", "Syndicat Intercommunal des Eaux de la Basse Vallée", "leave")]),
    ("Le conseil municipal accepte l'adhésion des communes de Saint-Jeure-d'Ay, Préaux et Vaudevant au SIVU de la Daronne",
     [("Commune de Saint-Jeure-d'Ay", "SIVU de la Daronne", "join"), ("Commune de Préaux", "SIVU de la Daronne", "join"),
      ("Commune de Vaudevant", "SIVU de la Daronne", "join")]),
    ("approuve l'adhésion de la Communauté d'agglomération Privas Centre Ardèche au Syndicat Mixte Ardèche Verte",
     [("Communauté d'agglomération Privas Centre Ardèche", "Syndicat Mixte Ardèche Verte", "join")]),
    # the organisation before the member: "retrait du SIVOM de la commune de X"
    ("Le comité accepte le retrait du SIVOM du Haut-Vivarais de la commune de Vernoux-en-Vivarais",
     [("commune de Vernoux-en-Vivarais", "SIVOM du Haut-Vivarais", "leave")]),
    ("Modification des statuts du SIVU des Inforoutes : retrait des communes de Vals-les-Bains et d'Ucel",
     [("Commune de Vals-les-Bains", "SIVU des Inforoutes", "leave"), ("Commune d'Ucel", "SIVU des Inforoutes", "leave")]),
    ("Le conseil syndical accepte l'adhésion de la commune de Mauves à compter du 1er janvier 2025.",
     [("commune de Mauves", None, "join")]),
    ("décide d'adhérer au Syndicat Intercommunal d'Energies du département de la Loire (SIEL) pour la compétence éclairage public",
     [(None, "Syndicat Intercommunal d'Energies du département de la Loire", "join")]),
    ("sollicite son adhésion au Syndicat Mixte des Inforoutes de l'Ardèche", [(None, "Syndicat Mixte des Inforoutes de l'Ardèche", "join")]),
    ("Adhésion au CNAS (Comité National d'Action Sociale) pour le personnel communal", [(None, "CNAS", "join")]),
    ("Retrait de la commune de Saint-Sornin du SIVU scolaire", [("commune de Saint-Sornin", "SIVU scolaire", "leave")]),
    ("Avis sur la demande d'adhésion de la commune de Lafarre au Syndicat des Eaux de la Haute-Ardèche",
     [("commune de Lafarre", "Syndicat des Eaux de la Haute-Ardèche", "join")]),
    ("Le Conseil Municipal se prononce favorablement sur le retrait de la commune de Boucieu-le-Roi du SIVOM du Haut-Vivarais",
     [("commune de Boucieu-le-Roi", "SIVOM du Haut-Vivarais", "leave")]),
    ("accepte la sortie de la commune de Colombier-le-Vieux du Syndicat des Eaux", [("commune de Colombier-le-Vieux", "Syndicat des Eaux", "leave")]),
    ("Extension du périmètre du SDE 07 : adhésion de la commune d'Annonay", [("commune d'Annonay", "SDE 07", "join")]),
    ("l'adhésion des communes suivantes au SIVU de la Dunière : Mars, Borée et Chanéac",
     [("Commune de Mars", "SIVU de la Dunière", "join"), ("Commune de Borée", "SIVU de la Dunière", "join"),
      ("Commune de Chanéac", "SIVU de la Dunière", "join")]),
    # pages: a web page's title, the commune leaving ("la commune": the deliberating body)
    ("pages: Retrait de la commune du SIVU scolaire Nieulle la Gripperie / Saint Sornin",
     [("commune", "SIVU scolaire Nieulle la Gripperie / Saint Sornin", "leave")]),
    # other words for joining and leaving: "rejoindre", "intégrer", "intégration", "quitter", a perimeter extended
    ("Le conseil municipal décide de rejoindre le Syndicat Intercommunal d'Énergies de la Loire",
     [(None, "Syndicat Intercommunal d'Énergies de la Loire", "join")]),
    ("Intégration de la commune de Saint-Romain au SIVOM de la Vallée", [("commune de Saint-Romain", "SIVOM de la Vallée", "join")]),
    ("Le conseil municipal décide de quitter le SIVU des écoles au 31 décembre 2025", [(None, "SIVU des écoles", "leave")]),
    ("approuve l'extension du périmètre du Syndicat des Eaux de la Veyre à la commune de Chanonat",
     [("commune de Chanonat", "Syndicat des Eaux de la Veyre", "join")]),
    # names printed in capitals, in a title in capitals or in a sentence (a commune's name, a syndicate's after its
    # acronym): the small words and the item's words are no names, the acronyms of intercommunal bodies stay
    ("ADHESION DE LA COMMUNE DE SAINT-JEAN-DE-MUZOLS AU SIVOM DU VAL D'AY",
     [("Commune de Saint-Jean-de-Muzols", "SIVOM du Val d'Ay", "join")]),
    ("DEMANDE DE RETRAIT DE LA COMMUNE DE LEMPS DU SYNDICAT DES EAUX", [("Commune de Lemps", "Syndicat des Eaux", "leave")]),
    ("ADHÉSION AU SYNDICAT DÉPARTEMENTAL D'ÉNERGIES", [(None, "Syndicat Départemental d'Énergies", "join")]),
    ("ADHESION AU CNAS", [(None, "CNAS", "join")]),
    ("RETRAIT DE LA COMMUNE DE VION DU SIVU SCOLAIRE ET ADHESION A LA COMMUNAUTE DE COMMUNES DU VAL D'AY",
     [("Commune de Vion", "SIVU scolaire", "leave"), ("Commune de Vion", "Communauté de communes du Val d'Ay", "join")]),
    ("MODIFICATION DES STATUTS DU SIVOM SUITE A L'ADHESION DE LA COMMUNE DE VION", [("Commune de Vion", "SIVOM", "join")]),
    ("ADHESION DES COMMUNES DE VION, LEMPS ET ARRAS AU SIVU DE LA DARONNE",
     [("Commune de Vion", "SIVU de la Daronne", "join"), ("Commune de Lemps", "SIVU de la Daronne", "join"),
      ("Commune d'Arras", "SIVU de la Daronne", "join")]),
    ("Le conseil municipal accepte l'adhésion de la commune de VION au SIVU des écoles", [("commune de Vion", "SIVU des écoles", "join")]),
    ("accepte le retrait de la commune de SAINT-JEAN-DE-MUZOLS du SIVOM", [("commune de Saint-Jean-de-Muzols", "SIVOM", "leave")]),
    ("approuve l'adhésion de la Communauté de Communes du PAYS DE LAMASTRE au SDE 07",
     [("Communauté de Communes du Pays de Lamastre", "SDE 07", "join")]),
    ("Adhésion de la commune de Vion au SIVU DES ECOLES", [("commune de Vion", "SIVU des écoles", "join")]),
    ("adhésion des communes de VION, LEMPS et ARRAS au SIVU",
     [("Commune de Vion", "SIVU", "join"), ("Commune de Lemps", "SIVU", "join"), ("Commune d'Arras", "SIVU", "join")]),
    # a title opening with what the item does before a colon names no organisation there
    ("Modification des statuts : adhésion de la commune de Vion", [("commune de Vion", None, "join")]),
    # the body leaving, in the present: "se retire du SIVU"
    ("Le conseil municipal se retire du SIVU des écoles", [(None, "SIVU des écoles", "leave")]),
    # communes listed with "de" repeated: "des communes de A et de B"
    ("Le conseil municipal accepte l'adhésion des communes de Trémeur et de Broons au syndicat d'eau",
     [("Commune de Trémeur", "syndicat d'eau", "join"), ("Commune de Broons", "syndicat d'eau", "join")]),
    ("émet un avis favorable aux retraits des communes de Plumaudan et de Plumaugat du SIVOM",
     [("Commune de Plumaudan", "SIVOM", "leave"), ("Commune de Plumaugat", "SIVOM", "leave")]),
    # one organisation for a join and a leave: "l'adhésion de la commune de A et le retrait de la commune de B du SIVU"
    ("approuve l'adhésion de la commune de Trévé et le retrait de la commune de Plémet du SIVU de la Vallée",
     [("commune de Trévé", "SIVU de la Vallée", "join"), ("commune de Plémet", "SIVU de la Vallée", "leave")]),
    ("approuve l'adhésion des communes de Lantic et de Trégomeur et le retrait de la commune de Plourhan du SIVU des Trois Rivières",
     [("Commune de Lantic", "SIVU des Trois Rivières", "join"), ("Commune de Trégomeur", "SIVU des Trois Rivières", "join"),
      ("Commune de Plourhan", "SIVU des Trois Rivières", "leave")]),
    # a membership ended is a leaving: "résilier son adhésion", "Résiliation de l'adhésion", "ne plus adhérer", "ne pas
    # renouveler son adhésion"
    ("Le conseil municipal décide de résilier son adhésion au CNAS à compter du 1er janvier 2025", [(None, "CNAS", "leave")]),
    ("Résiliation de l'adhésion au Comité National d'Action Sociale", [(None, "Comité National d'Action Sociale", "leave")]),
    ("Le conseil municipal décide de ne plus adhérer à l'association des communes forestières",
     [(None, "association des communes forestières", "leave")]),
    ("Le conseil municipal décide de ne pas renouveler son adhésion à la Fondation du Patrimoine",
     [(None, "Fondation du Patrimoine", "leave")]),
    # apostrophes a transcription lost: "à l Agence", "d adhérer à l association"
    ("Adhésion de la commune à l Agence Technique Départementale", [("commune", "Agence Technique Départementale", "join")]),
    ("Le conseil municipal décide d adhérer à l association des maires ruraux", [(None, "association des maires ruraux", "join")]),
    # an affiliation to a centre de gestion is a joining (the affiliated communes are consulted, as members of a syndicat
    # are), a disaffiliation a leaving
    ("Le conseil municipal émet un avis favorable à la demande d'affiliation volontaire du SIVU de la Rance au Centre de Gestion "
     "des Côtes d'Armor", [("SIVU de la Rance", "Centre de Gestion des Côtes d'Armor", "join")]),
    ("Affiliation volontaire de la commune de Saint-Malo au CDG 35", [("commune de Saint-Malo", "CDG 35", "join")]),
    ("Demande de désaffiliation de Rennes Métropole du Centre de Gestion", [("Rennes Métropole", "Centre de Gestion", "leave")]),
    # other words: "l'entrée de la commune de X au SIVU", "devenir membre du X", "sortir du X"
    ("Le conseil syndical approuve l'entrée de la commune de Plouasne au SIVU de la Rance",
     [("commune de Plouasne", "SIVU de la Rance", "join")]),
    ("Le conseil municipal décide de devenir membre du Syndicat Mixte Mégalis Bretagne", [(None, "Syndicat Mixte Mégalis Bretagne", "join")]),
    ("Le conseil municipal décide de sortir du SIVU scolaire au 31 août 2025", [(None, "SIVU scolaire", "leave")]),
    # must not: the entrance of a town, an item taken off the agenda, a share in a company's capital
    ("Aménagement de l'entrée de la ville de Dinan", []),
    ("Le conseil décide de sortir de l'ordre du jour le point 5", []),
    ("Le conseil municipal approuve l'entrée de la commune au capital de la SPL Eau du Ponant", []),
    # must not: a membership renewed or kept is no change
    ("Le conseil municipal renouvelle son adhésion à la Fondation du Patrimoine pour l'année 2025", []),
    ("Renouvellement de l'adhésion au CAUE", []),
    ("Le conseil municipal décide le maintien de l'adhésion de la commune au SIVU scolaire", []),
    # must not: a service of the centre de gestion ("mission" other than a mission locale); in capitals too
    ("Adhésion à la Mission d'assistance RGPD du CDG 07", []),
    ("CONVENTION D'ADHESION AU SERVICE DE MEDECINE PREVENTIVE", []),
    ("Adhésion à la Mission Locale du Haut-Vivarais", [(None, "Mission Locale du Haut-Vivarais", "join")]),
    # must not: a council voting against, a convention, a member already in, a count of members, a service
    ("Le conseil municipal se prononce contre le retrait de la commune de Vernosc du syndicat", []),
    ("émet un avis défavorable au retrait de la commune de Talencieux du SIVOM", []),
    ("Le conseil municipal s'oppose à l'adhésion de la commune de Lemps au Syndicat des Eaux", []),
    ("Le conseil marque son opposition à l'adhésion de la commune de Lemps au SIVU", []),
    ("pages: Participation obligatoire pour adhérer à la convention de participation du CDG54", []),
    ("pages: la commune est adhérente au Syndicat Départemental d'Electricité et d'Energies de Lot-et-Garonne", []),
    ("Le conseil communautaire, constitué des délégués des 42 communes adhérentes, approuve le renouvellement du contrat", []),
    ("Adhésion au service de paie du Centre de gestion", []),
    ("Intégration des résultats de l'exercice 2024 au budget", []),
    ("Intégration de la voirie du lotissement dans le domaine public communal", []),
    ("Entrée en vigueur des nouveaux statuts du SIVU au 1er janvier 2025", []),
    ("Aménagement de l'entrée de la ville de Montélimar", []),
    ("Le conseil décide de rejoindre la position de la commission des finances", []),
    ("Retrait de la délibération n° 2024-15 du 12 mars 2024", []),
    ("pages: le Siéml doit se prononcer, par délibération de son comité syndical, sur cette demande de première adhésion", []),
    ("pages: Opposition au transfert du PLUI pour 2017", []),
]


_STOP = {"DE", "DU", "LA", "LE", "LES", "DES", "D", "L", "ET", "SUR", "COMMUNE", "SYNDICAT", "MIXTE"}


def _words(s: str | None) -> set[str]:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).upper()
    return {w for w in regex.split(r"[^A-Z0-9]+", s) if w}


def _same_org(a: str | None, b: str | None) -> bool:
    """As the scorer: one's significant words contained in the other's (None: the deliberating body)."""
    if a is None or b is None:
        return a is b
    ta, tb = _words(a), _words(b)
    if not ta or not tb:
        return False
    ca, cb = ta - _STOP or ta, tb - _STOP or tb
    return ca <= tb or cb <= ta


@pytest.mark.parametrize("title, expected", CASES)
def test_read_changes(title, expected):
    """Compared as the scorer compares: the direction, and member and organisation on their significant words."""
    got = [(c.member, c.organisation, c.change) for c in read_changes(title.removeprefix("pages: "))]
    assert len(got) == len(expected), got
    for (gm, go, gc), (em, eo, ec) in zip(got, expected, strict=True):
        assert gc == ec and _same_org(gm, em) and _same_org(go, eo), got


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
