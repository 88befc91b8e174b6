"""The meeting reader's rule tables, each rule with phrasings that must match and phrasings that must not
(short phrasings as French minutes print them, names made up), and the facts they give on snippets
written as minutes are written."""

from __future__ import annotations

from datetime import date

import pytest

from extractors import meeting
from pipeline.french import read_labelled_name
from pipeline.read import read_file
from pipeline.segment import segment

# rule -> (must match, must not match)
RULE_EXAMPLES = {
    "SECRETARY_LABEL": (
        ["Le Comité Syndical a choisi pour secrétaire : Monsieur Paul DURAND", "Secrétaire de séance : M. Paul DURAND", "le secrétaire de séance sera Monsieur Paul DURAND",
         "La secrétaire de séance est Mme Anne MARTIN", "Le secrétariat de séance est assuré par Paul DURAND",
         "A été nommé(e) secrétaire : M. DURAND Paul", "a été élue secrétaire de séance : Mme Anne MARTIN",
         "Absents :Mme ROUX (pouvoir à M. DURAND) Secrétaire : M. MARTIN", "Procurations : M. A à M. B. Secrétaire : Mme C",
         # a note of the vote between the label and the name (p08), the sentence inverted (o07, "Est désignée ..." of the spaCy rows)
         "Secrétaire de séance : (élu à l’unanimité) : Paul DURAND", "Est nommé secrétaire, Mr DURAND",
         "Est désignée secrétaire de séance : Mme Anne MARTIN"],
        ["La secrétaire de mairie, Mme Anne MARTIN", "le poste de secrétaire comptable", "Le secrétaire général : M. X",
         "informe que la secrétaire : Mme X", "Secrétaire générale : Mme Anne MARTIN", "l'agent qui est nommé secrétaire, M. X",
         "Est nommée secrétaire générale, Mme X"],
    ),
    "SECRETARY_PROSE": (
        ["M SEGUIN a été élu secrétaire de séance.", "Mme Anne MARTIN a été désignée secrétaire de séance.",
         "M. Paul DURAND est nommé secrétaire.", "M. J.-P. DURAND a été désigné en qualité de secrétaire",
         "M. DURAND Paul a été nommé Secrétaire de séance.", "Monsieur ROUX Marc a été nommé(e) secrétaire de séance.",
         "décide à l'unanimité des membres présents que Madame\nAnne MARTIN sera Secrétaire de séance.",
         "sous la présidence de Monsieur Paul DURAND, doyen d'âge, Madame Anne MARTIN étant secrétaire de séance.",
         # the CGCT's formula with its comma dropped, its subject repeated, a verb a line break cut (extra8a s03, t04)
         "M. Paul DURAND ayant obtenu la majorité des suffrages a été dési- gnée pour remplir ces fonctions",
         "Monsieur DURAND- MARTIN ayant obtenu la majorité des suffrages, il a été désigné pour remplir ces fonctions",
         "Mme Anne MARTIN ayant obtenu la majorité des suffrages, elle a été désignée pour remplir ces fonctions",
         "M. Paul DURAND, ayant obtenu l'unanimité des voix a été nommé secrétaire de séance",
         "Madame Anne MARTIN ayant obtenu la majorité absolue est désignée secrétaire",
         # a surname a line-end hyphen cut over two lines
         "Mme Anne PETIT-\nMARTIN est désignée secrétaire de séance.", "M. Paul DURAND-\nLEROY a été élu secrétaire de séance.",
         "Monsieur LE ROUX-\n  DUVAL ayant obtenu la majorité des suffrages, a été désigné pour remplir ces fonctions"],
        ["Mme Anne MARTIN, secrétaire de mairie, assiste à la séance", "Monsieur le Maire ouvre la séance.",
         "Mme Anne MARTIN est secrétaire de mairie", "Mme Anne MARTIN sera Secrétaire générale",
         "M. Paul DURAND ayant obtenu la majorité des suffrages, il a été élu maire",
         "Mme Anne MARTIN ayant obtenu la majorité. Il a été désigné pour remplir ces fonctions",
         "Mme Anne PETIT-\n2. MARTIN est désignée secrétaire de séance"],
    ),
    "SECRETARY_LINE": (
        ["Secrétaire de séance : (élu à l’unanimité) : Paul DURAND", "• Secrétaire de séance : Mme Anne MARTIN"],
        ["Désignation du secrétaire de séance : M. X", "1. Secrétaire de séance", "le secrétaire de séance : M. X"],
    ),
    "SPEAKER": (
        [" : je vous propose la candidature de Madame Anne MARTIN", " : Je propose M. X"],
        [" : Mme Anne MARTIN", " : (élu à l'unanimité)", ", je vous propose"],
    ),
    "_SECRETARY_ROLE": (
        [", conseiller, en qualité de secrétaire de séance", " en qualité de secrétaire", ", conseillère municipale, comme secrétaire"],
        [", conseiller, présente le rapport", ", maire, en qualité de président"],
    ),
    "CONVOCATION_SENT": (
        ["convocation est adressée individuellement à chaque conseiller", "la convocation a été envoyée aux conseillers",
         "convocations ont été adressées"],
        ["convocation du conseil municipal", "la convocation adressée le 4 juillet", "date de convocation : 28 mars"],
    ),
    "NAME_THEN_FUNCTION": (
        ["René Gibault Maire.", "Loïc MORIN Maire.", "Anne Martin Présidente, assistée"],
        ["René Gibault, Maire", "Anne Martin Maire adjointe", "Conseil Municipal"],
    ),
    "PLACE_AFTER_DATE": (
        [" à 20h30\nSALLE DES TOURELLES", " • 18H30\n\n   HOTEL D'AGGLOMERATION", " SALLE DES COLOMBES 18 h 00-",
         " à 20 h 30 Maison des Services de Pays", " à 20 h 30\n\nSalle de la Mairie de Ribennes"],
        [" à 20h30\nPrésents : M. Paul DURAND", "\nSalle des fêtes : tarifs 2024", " à 20h30, le Conseil Municipal"],
    ),
    "SECRETARY_NAMED": (
        ["- DESIGNE M. DURAND Paul, secrétaire de séance.", "DÉSIGNE Mme Anne MARTIN comme secrétaire", "a désigné Mme Anne MARTIN",
         "Le Conseil Municipal désigne, à l'unanimité, Mme Anne MARTIN secrétaire de séance",
         "désigne, à l’unanimité des membres présents, M. Paul DURAND comme secrétaire"],
        ["DECIDE de désigner", "- APPROUVE le procès-verbal"],
    ),
    "ROLL_CALL_PRESENT": (
        ["Le maire a procédé à l'appel nominal des membres du conseil, a dénombré\n15 conseillers présents et a constaté",
         "a dénombré 11 conseillers municipaux présents"],
        ["a dénombré 3 bulletins blancs", "11 conseillers présents"],
    ),
    "PLACE_AFTER_TIME": (
        ["s'est réuni le 5 mars 2024 à 20h30 à Valmont, sous la présidence"],
        ["s’est réuni le lundi 20 juillet 2020 à 19h00 en séance ordinaire sous la Présidence",
         "se sont réunis le 5 mars à 20 h en session extraordinaire"],
    ),
    "PLACE_LABEL_INLINE": (
        ["le compte de gestion 2014. Lieu : Salle des fêtes de Valmont COMPTE RENDU Réunion du Conseil syndical",
         "Heure : 18 h 30\nLieu : Mairie - Salle du Conseil Membres du conseil municipal :"],
        ["le lieu : salle des fêtes", "Milieu : la salle"],
    ),
    "PLACE_BARE": (
        ["se sont réunis en séance ordinaire, salle de la mairie, sous la présidence",
         "dans le lieu habituel de ses séances ,Salle du conseil municipal sous la présidence de",
         "s'est réuni au nombre prescrit par la loi, salle communale de Valmont, sous la présidence",
         "s'est réuni Salle du Conseil, 1 place de la Mairie à Valmont"],
        ["se sont réunis en séance ordinaire, sous la présidence de", "réunis, à la mairie,",
         "s'est réuni au nombre prescrit par la loi, sous la présidence de", "se sont réunis salle comble"],
    ),
    "PLACE_ROOM": (
        ["Compte rendu 30 septembre 2015 – 20 heures 30 A la salle des fêtes de VALMONT", "réuni à la mairie",
         "s’est réuni en session ordinaire au club du 3ème âge de Valmont, en séance publique"],
        ["A la demande du maire", "LA SALLE DES FÊTES"],
    ),
    "SECRETARY_LATER": (
        ["Le Maire propose le secrétariat de séance à Anne MARTIN qui l'accepte",
         "procède à la nomination d'un secrétaire de séance, à savoir Anne MARTIN"],
        ["le secrétariat de séance est tenu", "propose le secrétariat de mairie à"],
    ),
    "ASSEMBLY_BUREAU": (
        ["Compte rendu de la réunion de bureau du 26 mai", "REUNION DU BUREAU", "Séance du Bureau du 3 mars 2020"],
        ["réunion du bureau de vote", "le bureau d'études", "Bureau de poste"],
    ),
    "BODY_ACRONYM_PROSE": (
        ["se sont réunis les délégués des communes du SIRTOM de la\nRégion d'Artenay",
         "les membres du comité syndical du SICTOM du secteur de Valmont", "les membres du Comité Syndical du SIVOM « VAL VERT »",
         "SITCOM REGION DE VALMONT", "PROCES-VERBAL DE LA REUNION DU COMITE SYNDICAL DU SIAEP DE LA REGION DE VALMONT",
         # round eight: the name in capitals right after the acronym, "au sein du" (Dixmont-Les Bordes; the others invented)
         "ont nommé 4 membres chacun au sein du SIVOS DIXMONT-LES BORDES.", "les membres du SIVU ECOLES DU PLATEAU",
         "au sein du SICTOM de la Vallée de l'Orne", "les délégués du SIAEP VAL D'ARRY se sont réunis"],
        ["le retrait de la commune du SIVU scolaire", "l'adhésion au SIVOM de la Vallée", "le SIRET de la commune",
         "la représentation au sein du conseil municipal", "le budget du SIVOS"],
    ),
    "PLACE_MET_AT": (
        ["s'est réuni, à Agel, en séance ordinaire", "s’est réuni à TRIZAY LES BONNEVAL, sous la présidence",
         # the session's kind before the place (extra8a s01)
         "dûment convoqué s’est réuni en session ordinaire, à Solaure-en-Diois, sous la Présidence",
         "s'est réuni en session extraordinaire à Valmont", "se sont réunis en séance publique, au Foyer rural"],
        ["s'est réuni, sous la présidence de", "s'est réuni le 5 mars 2024", "s'est réuni en session ordinaire, le 5 mars"],
    ),
    "ASSEMBLY_MEMBERS": (
        ["les conseillers communautaires de Bièvre Isère Communauté se sont réunis",
         "Les conseillers municipaux se sont réunis en mairie"],
        ["les conseillers municipaux sont invités à se prononcer", "Les conseillers communautaires ont approuvé"],
    ),
    "YEARLESS_SESSION": (
        ["Le 11 juillet suivant la convocation", "Séance ouverte. Le mardi 4 février, les délégués"],
        ["Le 11 juillet 2017, le Conseil", "Vu la délibération du 4 avril", "Approuvé le 11 juillet"],
    ),
    "SEATS": (
        ["Afférents au Conseil municipal : 15", "Nombre de conseillers afférents au conseil municipal : 19"],
        ["membres afférents", "Nombre de membres en exercice : 15"],
    ),
    "BODY": (
        ["Commune de Pierrefonds", "le Conseil Municipal de la Commune de CHARCHIGNE", "Communauté de communes du Pont du Gard",
         # the town's article joined to "de" (a commune "Le Trait", "Les Riceys")
         "Commune du Trait", "le Conseil Municipal de la Commune du TOUR DU PARC", "Commune des Riceys", "Ville du Mans"],
        ["à la Mairie de Poix-de-Picardie", "à la salle des fêtes de la Commune de Monceaux au Perche",
         "dans la Mairie de Flaux", "Communauté de Communes\nCONSEIL COMMUNAUTAIRE", "Commune du département",
         "la Commune des communes voisines"],
    ),
    "COUNCIL_OF": (
        ["le Conseil Municipal de PIERREFONDS", "Le Conseil Municipal de la commune du Trait, dûment convoqué",
         "le conseil municipal de la commune du TOUR DU PARC s'est réuni", "le Conseil municipal de la ville des Andelys"],
        ["le conseil municipal du 12 mars", "le Conseil Municipal de la commune du département"],
    ),
    "COMMUNE_IN_TEXT": (
        ["La commune de Flaux confie au CDG 30", "Considérant que la commune du Trait est située",
         "la commune des Riceys adhère", "la Commune du TOUR DU PARC"],
        ["le retrait de la commune du Trait", "la commune du département", "la commune des environs"],
    ),
    "MAIRIE_PLACE": (
        ["mairie de PLUGUFFAN", "la Mairie de LE BOIS", "Hôtel de Ville de Saint-Martin-sur-Oust"],
        ["Salle de la Mairie de Ribennes", "salle du Conseil Municipal de la Mairie de Valmont", "mairie", "mairie annexe de Valmont"],
    ),
    "ASSEMBLY_NAMED": (
        ["Séance du Conseil communautaire Baugeois Vallée Jeudi 18 Mai 2017", "le Comité syndical Loire et Goulaine à 18h30"],
        ["Conseil communautaire Le 22 avril 2008", "Conseil communautaire Du 19 mars 2019", "Conseil Communautaire en date du 27 mai",
         "CONSEIL COMMUNAUTAIRE DU 11 DECEMBRE", "le conseil communautaire Jeudi 18 Mai"],
    ),
    "BODY_COMMUNAUTE": (
        ["informe les délégués que la Communauté de Communes du Grand Couronné disposait d'un contrat",
         "Communauté d'agglomération de Valmont", "Communauté de communes « Val Vert »",
         # the article pluralised (extra8a s01)
         "le Bureau Communautaire de la Communauté des Communes du Dois (Drôme)", "la Communauté des Communes Cœur de Savoie",
         "la Communauté des communes de la Vallée"],
        ["Communauté de Communes\nCONSEIL COMMUNAUTAIRE", "la Communauté de communes Compte rendu de la séance",
         "la communauté de communes du Val", "Communauté des Communes\nCONSEIL COMMUNAUTAIRE"],
    ),
    "BODY_CCAS": (
        ["COMPTE-RENDU DE LA SEANCE DU CONSEIL D'ADMINISTRATION DU CENTRE COMMUNAL D'ACTION SOCIALE",
         "Le Conseil d’administration du Centre communal d’action sociale de Pornic s'est réuni",
         "réunion du conseil d'administration du CCAS de Valmont", "CONSEIL D ADMINISTRATION DU C.C.A.S. DE SAINT-MARTIN",
         "le Conseil d'Administration du Centre Intercommunal d'Action Sociale du Val"],
        ["la subvention versée au Centre communal d'action sociale", "le conseil d'administration du collège",
         "Désignation des membres du CCAS", "les représentants au conseil d'administration de l'EHPAD"],
    ),
    "OPENING": (
        ["La séance est ouverte à 20 h", "Monsieur le Maire ouvre la séance à 19h",
         # the president named inside the frame (extra8a t01)
         "La séance présidée par Monsieur Paul DURAND, Président, est ouverte à dix-neuf heures.",
         "La séance, présidée par Mme Anne MARTIN, Maire, est ouverte à 20h30",
         "la séance, placée sous la présidence de M. DURAND, est ouverte à 18 h"],
        ["La séance présidée par M. DURAND. Le conseil est ouvert", "la séance du 12 mars présidée par M. X a été levée"],
    ),
    "BODY_CAPS": (
        ["COMMUNE DE MACHAULT\n", "Arrondissement d'aix-en-provence MAIRIE DE TRETS Direction Générale",
         "DEPARTEMENT DES LANDES MAIRIE DE SOUPROSSE. COMPTE RENDU", "REUNION COMMUNAUTE DE COMMUNES\nDU PAYS DE LONGNY"],
        ["réunis dans la salle de la MAIRIE DE TRETS", "la délibération DE LA COMMUNE DE TRETS"],
    ),
    "PRESIDENT_FRAME": (
        # "présidence" + de / d' / du + a civility or none + the name (p10 Dixmont "sous la présidence d’Anne-Marie BERTOUX";
        # the other variants invented: elision without apostrophe space, contraction before the function, no civility)
        ["sous la présidence d’Anne-Marie BERTOUX, présidente sortante", "sous la présidence d'Yves DURAND, Maire",
         "sous la présidence d' Hélène ROUX", "sous la présidence de Anne MARTIN", "sous la Présidence de Mme Anne MARTIN",
         "sous la présidence du Maire, M. Paul DURAND", "Présidence d'Anne MARTIN, Maire",
         "sous la présidence de : - Christian TEYSSEDRE, Président"],
        ["la présidence de séance est cédée à Claude HAUER", "sous la présidence du Maire.", "sous la présidence d'un doyen",
         "prend la présidence.", "sous la présidence du conseil"],
    ),
    "MAYOR_OF": (
        ["sous la présidence de Monsieur Christian Martin, maire de la mairie de Saint-Fortunat-sur-Eyrieux",
         "sous la présidence de Monsieur Yves GAUCHER, Maire de SACLAS"],
        ["sous la présidence de Monsieur Yves GAUCHER, Maire adjoint", "le maire de SACLAS"],
    ),
}


@pytest.mark.parametrize(
    "rule, text, matches",
    [(rule, text, True) for rule, (must, _) in RULE_EXAMPLES.items() for text in must]
    + [(rule, text, False) for rule, (_, must_not) in RULE_EXAMPLES.items() for text in must_not],
)
def test_meeting_rules(rule, text, matches):
    if rule == "PRESIDENT_FRAME":  # the frame read whole: a person named after it
        assert bool(meeting._person_after(text, meeting.PRESIDENT[0]) or meeting._person_after(text, meeting.PRESIDENT[4])) is matches, text
        return
    pattern = getattr(meeting, rule)
    found = (pattern.match(text) if rule in ("PLACE_AFTER_DATE", "SPEAKER", "_SECRETARY_ROLE", "MAIRIE_PLACE", "NAME_THEN_FUNCTION")
             else pattern.search(text))  # read at the date's / name's end
    assert bool(found) is matches, text


@pytest.mark.parametrize("text, name", [
    ("Anne-Marie Allibert 1/ Demande d'adhésion", "Anne-Marie Allibert"),
    ("M Guy Debureaux, L'ordre du jour", "Guy Debureaux"),
    ("Michel COTTEN\nETAT DES PRESENCES\nPRESENTS", "Michel COTTEN"),
    ("Pascal METTEY. L ordre du jour", "Pascal METTEY"),
    ("Monsieur le Maire", None), ("Conseil Municipal du 12 mars", None), ("Commune de Flaux", None),
])
def test_read_labelled_name(text, name):
    found = read_labelled_name(text)
    assert (found[1] if found else None) == name


# Two places joined by "et" in a body's name; never "et" before a person or an assembly (names made up but for the forms)
@pytest.mark.parametrize("text, body", [
    ("le Comité du Syndicat Mixte Loire et Goulaine (SMLG) dûment convoqué", "Syndicat Mixte Loire et Goulaine"),
    ("COMMUNAUTE\nCommunauté de communes de la Vanne et du Pays d’Othe", "Communauté de communes de la Vanne et du Pays d’Othe"),
    ("le Syndicat Mixte Numérian et Monsieur DUPONT", "Syndicat Mixte Numérian"),
    ("entre le Syndicat Mixte Numérian et M. DUPONT", "Syndicat Mixte Numérian"),
    ("la Communauté de communes Val Vert et Conseil départemental", "Communauté de communes Val Vert"),
    ("la Communauté de communes Val Vert et la Région", "Communauté de communes Val Vert"),
])
def test_body_names_two_places_joined_by_et(text, body):
    assert meeting.BODY.search(text)["body"] == body


def run(text: str):
    doc = read_file("minutes.txt", text.encode("utf-8"))
    return meeting.extract(doc, segment(doc))["meeting"]


# snippet -> facts it must give (names and places made up, phrasings as minutes print them)
CASES = [
    ("Le 11 juillet suivant la convocation adressée le 04 juillet 2017, les conseillers communautaires de Val Vert Communauté "
     "se sont réunis à l'Hôtel communautaire sous la présidence de Monsieur Jean NOVEL.\n"
     "79 conseillers en exercice : 67 présents 10 pouvoirs 2 excusés\n1. Budget\n",
     {"assembly": "Conseil Communautaire", "date": date(2017, 7, 11), "convened_on": date(2017, 7, 4), "members_in_office": 79,
      "members_present": 67, "body": "Val Vert Communauté"}),
    ("VILLE D'ESTRAL\nCONSEIL MUNICIPAL\nSEANCE DU 29 FEVRIER 2016 à 20h30\nSALLE DES TILLEULS\n"
     "L'an deux mille seize, le 29 février à 20h30, les membres du Conseil Municipal se sont réunis sous la présidence\n"
     "de Madame Anne ROUX, Maire.\nNOMBRE DE\nCONSEILLERS :\nEn exercice\n29\nPrésents\n24\nVotants\n25\n"
     "Secrétaire de séance : Lydie MARCHAL\nORDRE DU JOUR\n1. Budget\n",
     {"place": "SALLE DES TILLEULS", "members_in_office": 29, "members_present": 24, "votes_cast": 25, "secretary": "Lydie MARCHAL",
      "start_time": "20:30"}),
    ("CONSEIL MUNICIPAL de LE BOIS Séance du 20 juin 2019\nL'an deux mil dix-neuf, le 20 juin à 20h30, le Conseil Municipal, "
     "légalement convoqué, s'est réuni à la Mairie de LE BOIS en séance publique sous la présidence de Madame Marie GAL, Maire.\n"
     "EN EXERCICE……….. 15 PRESENTS……………. 10 VOTANTS……………. 15\n1. Budget\n",
     {"place": "Mairie de LE BOIS", "members_in_office": 15, "members_present": 10, "votes_cast": 15, "president": "Marie GAL"}),
    ("COMMUNE DE MARVAL\nSéance du 12 Avril 2018\nL' an 2018 et le 12 Avril à 18 heures 30 minutes , le Conseil Municipal de cette "
     "Commune, régulièrement convoqué , s' est réuni au nombre prescrit par la loi , dans le lieu habituel de ses séances ,Salle du "
     "conseil municipal sous la présidence de\n\nPOTIN Christian Maire\n\nNombre de membres\n Afférents au Conseil municipal : 15\n"
     " Présents : 8\nA été nommé(e) secrétaire : M. GODIN Bernard Objet(s) des délibérations\n1. Budget\n",
     {"start_time": "18:30", "place": "Salle du conseil municipal", "members_in_office": 15, "secretary": "GODIN Bernard"}),
    ("SEANCE DU CONSEIL MUNICIPAL DU 26 MARS 2013 Présents Jean-Paul FRANCE, Maire ; Alain DUPUY, Aude LEMAIRE Adjoints, "
     "Jean VIAL, Conseillers Municipaux. Monsieur le Maire ouvre la séance à 20 heures.\n1. Budget\n",
     {"president": "Jean-Paul FRANCE", "start_time": "20:00"}),
    ("Procès-verbal de la réunion du Conseil Municipal du 10 avril 2017 Le Conseil Municipal de Trémolat s'est réuni le 10 avril "
     "2017 sous la présidence de Grégoire GIL, maire de Trémolat, suite à convocation régulière en date du 4 avril Etaient présents : "
     "Grégoire GIL, Pascal METTE. La séance est ouverte à 20h00. Le secrétariat de séance est assuré par Pascal METTE.\n1. Budget\n",
     {"convened_on": date(2017, 4, 4), "secretary": "Pascal METTE", "start_time": "20:00"}),
    ("Mairie Le Mas 07360 St Fortin Tél : 04.75.00.00.00 Extrait du registre des délibérations SEANCE CONSEIL MUNICIPAL Du 26 juin 2019 "
     "Le vingt-six juin deux mil dix-neuf à 20 h 30, se sont réunis les membres du Conseil Municipal sous la présidence de Monsieur "
     "Christian Ferrand, maire de la mairie de Saint-Fortin-sur-Loire. Secrétaire de séance : Anne-Marie Allard 1/ Demande d'adhésion "
     "au Syndicat Intercommunal d'Eau potable du Val\n",
     {"body": "Commune de Saint-Fortin-sur-Loire", "secretary": "Anne-Marie Allard"}),
    ("REUNION COMMUNAUTE DE COMMUNES\nDU PAYS DE LONGVAL\nDU 18 juin 2015\nL'an deux mille quinze, le dix-huit juin à vingt heures, "
     "le Conseil de Communauté, dûment convoqué s'est réuni en session ordinaire, à la salle des fêtes de la\nCommune de Monval "
     "sous la présidence de Monsieur André GRUET.\n1. Budget\n",
     {"body": "Communauté de communes du PAYS DE LONGVAL", "place": "salle des fêtes de la Commune de Monval"}),
    ("Compte rendu du Conseil Communautaire du 28 Septembre 2007\nLe Conseil Communautaire s'est réuni le vendredi 28 septembre à 19h00 "
     "à la Mairie de Poix-dePicardie, sous la Présidence de Pierre BERNIER.\nSecrétaire de séance : M Guy Debreux\n1. Budget\n",
     {"body": None, "place": "Mairie de Poix-de-Picardie", "secretary": "Guy Debreux"}),
    ("Syndicat intercommunal d'énergies de Loire | Comité syndical | Rapport\nObjet : Procès-verbal du comité syndical\n"
     "M. Jean-Luc DAVID, président, informe que le compte rendu est adopté. M. Jean ROUX, vice-président, rappelle ...\n",
     {"president": "Jean-Luc DAVID"}),
    # the register's year kept from the year before: the weekday and the convocation say 2015
    ("CONSEIL MUNICIPAL\nDate de convocation du conseil municipal :\n08.01.2015\nL’an deux mille quatorze,\nLe mercredi 14 janvier "
     "à 19 heures,\nLe conseil municipal de la commune de Valmont, dûment convoqué,\ns’est réuni en session ordinaire au club du "
     "3ème âge de Valmont, en séance publique,\nsous la présidence de Monsieur Paul DURAND, Maire.\n1. Budget\n",
     {"date": date(2015, 1, 14), "convened_on": date(2015, 1, 8), "place": "club du 3ème âge de Valmont"}),
    # ... never without a date of the other year near it, nor where the weekday is the date's own
    ("CONSEIL MUNICIPAL\nL’an deux mille quatorze, le mercredi 14 janvier à 19 heures, le conseil municipal s’est réuni.\n1. Budget\n",
     {"date": date(2014, 1, 14)}),
    ("CONSEIL MUNICIPAL\nConvocation du 8 janvier 2015\nL’an deux mille quatorze, le mardi 14 janvier à 19 heures, le conseil "
     "municipal s’est réuni.\n1. Budget\n", {"date": date(2014, 1, 14)}),
    ("CONSEIL MUNICIPAL DU 14 JANVIER 2014\nConvocation du 8 janvier 2015\nL’an deux mille quatorze, le mercredi 14 janvier à 19 heures, "
     "le conseil municipal s’est réuni.\n1. Budget\n", {"date": date(2014, 1, 14)}),
    ("CONSEIL MUNICIPAL SEANCE DU 20 JUILLET 2020\nLe Conseil Municipal s’est réuni le lundi 20 juillet 2020 à 19h00 en séance "
     "ordinaire sous la Présidence de Monsieur Paul DURAND, Maire.\n17 membres du Conseil étant présents, le conseil peut "
     "valablement délibérer.\nSecrétaire de séance :\nMme ROUX Anne – Directrice Générale des Services\n1. Budget\n",
     {"place": None, "members_present": 17, "secretary": "ROUX Anne"}),
    ("SEANCE ORDINAIRE DU CONSEIL MUNICIPAL\nDU LUNDI 20 JUILLET 2020 A 19H00 A LA SALLE DES FETES, DES ARTS ET DES SPORTS\n"
     "Le Conseil Municipal s’est réuni le lundi 20 juillet 2020 à 19h00 en séance ordinaire.\n1. Budget\n",
     {"place": "SALLE DES FETES", "start_time": "19:00"}),
    ("CONSEIL MUNICIPAL SEANCE DU 20 JUILLET 2020\nLe Conseil Municipal désigne, à l'unanimité, Mme Anne ROUX secrétaire de séance.\n"
     "1. Budget\n", {"secretary": "Anne ROUX"}),
    # a letterhead whose name was lost: the one commune the text names, even once (never where it names two)
    ("Département du Haut-Rhin\n\nCOMMUNE D’\n\nExtrait du Procès-Verbal de la délibération du Conseil Municipal\n"
     "Séance ordinaire du 10 novembre 2015\n1. Elaboration du Plan Local d'Urbanisme de la Commune d'Ostheim\nLe conseil approuve.\n",
     {"body": "Commune d'Ostheim"}),
    ("Département du Haut-Rhin\n\nCOMMUNE D’\n\nExtrait du Procès-Verbal de la délibération du Conseil Municipal\n"
     "Séance ordinaire du 10 novembre 2015\n1. Convention entre la commune de Valmont et la commune d'Ostheim\nLe conseil approuve.\n",
     {"body": None}),
    ("COMMUNE DE VALMONT\nCONSEIL MUNICIPAL\nSéance du 10 novembre 2015\n1. Convention avec la commune d'Ostheim\nLe conseil approuve.\n",
     {"body": "Commune de VALMONT"}),
    # the secretary beside the president in the opening sentence, never the staff "en présence de" whom it names
    ("SYNDICAT DE VALMONT\nCOMITE SYNDICAL\nLe 9 décembre 2014, le Comité s’est réuni à 14h00, sous la Présidence de Mme Anne ROUX, "
     "Présidente, et en présence de Mme Claire DUVAL, Secrétaire. Membres en exercice : 26\n1. Budget\n", {"secretary": "Claire DUVAL"}),
    ("COMMUNE DE VALMONT\nsous la présidence de M. Paul DURAND, assisté de Mme Claire DUVAL, secrétaire de séance.\n1. Budget\n",
     {"secretary": "Claire DUVAL"}),
    ("COMMUNE DE VALMONT\nsous la présidence de M. Paul DURAND, en présence de Mme Claire DUVAL, secrétaire de mairie.\n1. Budget\n",
     {"secretary": None}),
    ("COMMUNE DE VALMONT\nsous la présidence de M. Paul DURAND, en présence de Mme Claire DUVAL, Secrétaire générale.\n1. Budget\n",
     {"secretary": None}),
]


CASES += [
    # counts: "est de :", "qui assistaient à la séance :", "N délégués étaient présents"
    ("COMITE SYNDICAL\nProcès verbal de la séance du 7 juin 2011 Le nombre de membres en exercice est de : 32 "
     "Le nombre de délégués titulaires et suppléants présents est de : 17\n1. Budget\n", {"members_in_office": 32}),
    ("COMPTE-RENDU DU COMITE SYNDICAL SEANCE DU 07 juillet 2014 Nombre de membres en exercice : 42 Nombre de conseillers qui "
     "assistaient à la séance : 34 Etaient présents : Jean ROUX\n1. Budget\n", {"members_in_office": 42, "members_present": 34}),
    ("Procès-verbal du Comité du 9 décembre 2014 Membres en exercice : 265 Quorum : 133 délégués A l'ouverture de la séance, "
     "182 délégués étaient présents ; 2 avaient donné pouvoir\n1. Budget\n", {"members_in_office": 265, "members_present": 182}),
    # the president after a colon and a dash; the secretary's sentence after another's name; a name cut before a civility
    ("CONSEIL COMMUNAUTAIRE DU 25 JUIN 2019 L'an deux mille dix-neuf, le 25 Juin à 18 heures 30, le Conseil de la Communauté "
     "d'agglomération, convoqué le 19 Juin 2019, s'est réuni Salle du Conseil, 1 Place de la Gare à Valmont, sous la présidence "
     "de : - Jean ROUX, Président\n1. Budget\n", {"president": "Jean ROUX", "place": "Salle du Conseil", "convened_on": date(2019, 6, 19)}),
    ("CONSEIL MUNICIPAL DU 25 MARS 2013 Absents : Mme Claire VIAL. Mme Anne MARTIN a été désignée en qualité de secrétaire "
     "par le conseil municipal.\n1. Budget\n", {"secretary": "Anne MARTIN"}),
    ("CONSEIL MUNICIPAL DU 3 JUILLET 2019 Secrétaire de séance : Madame Anne Martin. Mme le maire demande l'accord du conseil."
     "\n1. Budget\n", {"secretary": "Anne Martin"}),
    # the bureau; a syndicate by its acronym where the header says who met
    ("Compte rendu de la réunion de bureau du 26 mai\nSITCOM REGION DE VALMONT\nMERCREDI 26 MAI 2010\nLes membres présents sont : "
     "M. Jean ROUX\n1. Budget\n", {"assembly": "Bureau", "body": "SITCOM REGION DE VALMONT", "date": date(2010, 5, 26)}),
    ("ASSEMBLEE GENERALE DU 3 JUILLET 2014\nL'an deux mille quatorze, le 3 juillet, à 9h30 se sont réunis les délégués des communes "
     "du SIRTOM de la\nRégion de Valmont, en Assemblée Générale.\n1. Budget\n", {"body": "SIRTOM de la Région de Valmont", "start_time": "09:30"}),
    # a letterhead's kind over the assembly's title; a date alone under the convocation's label
    ("Valvert\nCommunauté de Communes\nCONSEIL COMMUNAUTAIRE\nCOMPTE-RENDU\nRéunion du 3 JUIN 2014\nEtaient également présents :\n"
     "- Anne VIAL, DGS de la Communauté de communes « Valvert »\n1. Budget\n", {"body": "Communauté de communes Valvert"}),
    ("COMMUNAUTE DE COMMUNES DU VAL\nDate de la convocation\n27/11/2009\nSéance du 8 décembre 2009\n1. Budget\n",
     {"date": date(2009, 12, 8), "convened_on": date(2009, 11, 27)}),
    # a communauté's council whose header names no body: the communauté its items' text names
    ("Conseil communautaire – 25 février 2021 – VALMONT\nORDRE DU JOUR CONSEIL COMMUNAUTAIRE\n1. Renouvellement du contrat\n"
     "Paul ROUX, vice-président, informe les délégués communautaires que la Communauté de Communes du Val Vert disposait d'un "
     "contrat.\n2. Création de la commission\n", {"body": "Communauté de Communes du Val Vert"}),
    # the assembly named by its body in the first item's sentence
    ("COMMUNAUTE DE COMMUNES DU PAYS DE VALVERT\nSéance du lundi 04 avril 2016\nSecrétaire de séance : Paul ROUX\n"
     "1/ COMPTES ADMINISTRATIFS\nLe Conseil de la Communauté de Communes du Pays de Valvert, réuni sous la présidence de "
     "Monsieur Jean VIAL délibérant sur les comptes\n", {"assembly": "Conseil Communautaire"}),
    # a president named by surname, in full where the text prints one given name with it; not where two people share it
    ("CONSEIL MUNICIPAL DU 26 MARS 2021 Le Conseil Municipal s'est réuni sous la Présidence de M. BRAVAL, Maire. Présents : "
     "M. Jean-Marc BRAVAL, Maire, Mmes et MM. Claire HUGO, Paul FILON.\n1. Budget\n", {"president": "Jean-Marc BRAVAL"}),
    ("CONSEIL MUNICIPAL DU 26 MARS 2021 sous la Présidence de M. GAUCHY, Maire. Présents : Yves GAUCHY, Alain GAUCHY, "
     "Paul FILON.\n1. Budget\n", {"president": "GAUCHY"}),
    # ... never a label's word after it taken for a given name
    ("COMITE SYNDICAL DU 9 FEVRIER 2016 Secrétaire de séance : M. SUSSEL Date de la convocation : 3 février 2016\n1. Budget\n",
     {"secretary": "SUSSEL"}),
    # a syndicate's kind, then what it does, its acronym in brackets
    ("COMPTE-RENDU DE LA RÉUNION DU COMITE SYNDICAL du 12 octobre 2015\nL'An deux mil quinze le lundi 12 octobre, le Comité "
     "Syndical du Syndicat Mixte pour le traitement des ordures ménagères de la Région de Valmont (SITOVAL), dûment convoqué le "
     "30 septembre 2015, s'est réuni\n1. Budget\n",
     {"body": "Syndicat Mixte pour le traitement des ordures ménagères de la Région de Valmont (SITOVAL)"}),
    # the register's printed form "le ... du mois de ..."; a secretary named by the council's verb without a civility
    ("Compte-rendu du Conseil Municipal\nL'an deux mille trois et le quatre du mois d'avril à 20 h 30, le Conseil municipal, dûment "
     "convoqué, s'est réuni. Le conseil municipal désigne Anne MARTIN secrétaire de séance.\n1. Budget\n",
     {"date": date(2003, 4, 4), "start_time": "20:30", "secretary": "Anne MARTIN"}),
    # a syndicate's committee whose header names no body: the acronym its text calls itself by, twice
    ("COMITÉ SYNDICAL DU 27 JUIN 2017\nOuverture de la séance : 19H00\nORDRE DU JOUR\n1. Collaboration entre VALCO et le SICTOM\n"
     "2. Modification des statuts du SICTOM\nMme Anne VIAL, Présidente du SICTOM, expose\n", {"body": "SICTOM", "start_time": "19:00"}),
    # ... not an acronym named once (another body the committee deals with)
    ("COMITÉ SYNDICAL DU 27 JUIN 2017\nORDRE DU JOUR\n1. Convention avec le SIVOM\n2. Budget\n", {"body": None}),
    # the body's name never runs on into the title after it
    ("Commune de SENVAL Séance du lundi 8 septembre 2014 A 20 h 30, Monsieur Gérard CHAT, Maire, déclare la séance ouverte.\n1. Budget\n",
     {"body": "Commune de SENVAL", "start_time": "20:30", "president": "Gérard CHAT"}),
    ("Commune de Réunion du Conseil Municipal du 11 juillet 2019\nLe onze juillet deux mille dix-neuf, à 20h30, le Conseil Municipal "
     "s'est réuni sous la présidence de M. Jean RIVAL, Maire.\n1. Budget\n", {"body": None, "president": "Jean RIVAL"}),
    # a president named by function: the one person the text names with it, between brackets or after a dash too
    ("CONSEIL MUNICIPAL DU 2 MARS 2020\nLe Conseil Municipal s'est réuni sous la présidence de Monsieur le Maire.\n"
     "Présents : M. Jean DUVAL (Maire), Mme Anne MARTIN, M. Paul ROUX.\n1. Budget\n", {"president": "Jean DUVAL"}),
    ("CONSEIL MUNICIPAL DU 2 MARS 2020\nPrésidence : Monsieur le Maire\nPrésents : Jean DUVAL – Maire, Anne MARTIN, Paul ROUX\n"
     "1. Budget\n", {"president": "Jean DUVAL"}),
    ("CONSEIL MUNICIPAL DU 2 MARS 2020\nPrésidence : Monsieur le Maire\nPrésents : Jean DUVAL – Maire adjoint, Anne MARTIN\n"
     "1. Budget\n", {"president": None}),
    # the date of the sentence saying who met over a page title's; the head who convened presides where no presidency is
    # stated; a convocation's date in its own sentence only (not the earlier session's)
    ("Séance du comité syndical du 4 Février 2008\nCompte rendu de la réunion du Comité syndical du 30 mars 2009 à 18 heures\n"
     "Les membres du comité syndical se sont réunis le lundi 30 mars 2009 à 18h00 à Valmont, régulièrement convoqués par le "
     "Président, Monsieur Jean VIAL. Le Comité Syndical s'était réuni le 23 mars, séance sans quorum.\n1. Budget\n",
     {"date": date(2009, 3, 30), "president": "Jean VIAL", "convened_on": None}),
    ("Les membres du Conseil Syndical se sont réunis le 30 septembre 2024 à 09h30, régulièrement convoqués par le Président "
     "M. Jean VIAL en date du 24 septembre 2024.\n1. Budget\n", {"convened_on": date(2024, 9, 24)}),
    # "Mr" as a civility before a president named with the function, resolved to the full name the list prints
    ("ASSEMBLEE GENERALE DU 3 JUILLET 2014\nEtaient présents\nValmont M. VIAL Paul, Mme ROUX Anne ; Bréval M. RICHET Jean-Luc\n"
     "Présents : 3\nLe quorum étant atteint, Mr RICHET, président sortant ouvre la séance à 9h40.\n1. Budget\n",
     {"president": "RICHET Jean-Luc"}),
    # the secretary proposed with the candidate's function between name and role (m08); the name after the label a speaker's,
    # who proposes the secretary (n06)
    ("CONSEIL MUNICIPAL\nSéance du 10 mars 2021\nLe maire propose la candidature de Monsieur Paul DURAND, conseiller, en qualité "
     "de secrétaire de séance, qui est acceptée à l'unanimité.\n1. Budget\n", {"secretary": "Paul DURAND"}),
    ("CONSEIL MUNICIPAL\nSéance du 10 mars 2021\nPrésents : Jean ROUX, Anne MARTIN\n\nSecrétaire de séance : Jean ROUX : je vous "
     "propose la candidature de Madame Anne MARTIN. Vote à l’unanimité.\n\n1 – Budget\n", {"secretary": "Anne MARTIN"}),
    ("CONSEIL MUNICIPAL\nSéance du 10 mars 2021\nPrésents : Jean ROUX, Anne MARTIN\n\nSecrétaire de séance : Jean ROUX : je vous "
     "propose de voter à main levée. Vote à l’unanimité.\n\n1 – Budget\n", {"secretary": None}),
    # a municipal council's place that is its mairie names the commune, where nothing else does (m08); a communauté named
    # after its assembly twice (o08)
    ("CONSEIL MUNICIPAL SEANCE DU 18 NOVEMBRE 2011\nLe conseil municipal, légalement convoqué, s'est assemblé en session "
     "ordinaire, en mairie de VALMONT, le vendredi 18 novembre 2011, à 20 heures 30, sous la présidence de monsieur Paul DURAND, "
     "maire.\n1. Budget\n", {"body": "Commune de VALMONT"}),
    ("Procès-verbal\nSéance du Conseil communautaire Val Vert Jeudi 18 Mai 2017\nL’an deux mille dix sept, le Jeudi 18 Mai, à 20 "
     "heures, le conseil communautaire Val Vert, dûment convoqué par le Président le 12/05/2017, s’est réuni.\n1. Budget\n",
     {"body": "Val Vert"}),
    # the convocation's date opening the sentence it is the subject of; the session's date after it, in words, read whole
    # (was: "... prévue le mercredi 16 novembre deux mil" cut at the window's end, a convocation of the year 2000) (p07);
    # the president named with the function after, no comma
    ("PROCÈS VERBAL DU CONSEIL MUNICIPAL SÉANCE DU MERCREDI 16 NOVEMBRE 2016\nLe mercredi neuf novembre deux mil seize, "
     "convocation est adressée individuellement à chaque conseiller municipal pour une réunion ordinaire prévue le mercredi 16 "
     "novembre deux mil seize à 20h30. Le mercredi 16 novembre deux mil seize, à 20h30, se sont réunis les membres du Conseil "
     "Municipal sous la Présidence de Paul Durand Maire.\n1. Budget\n",
     {"convened_on": date(2016, 11, 9), "president": "Paul Durand"}),
    ("CONSEIL MUNICIPAL SÉANCE DU 16 NOVEMBRE 2016\nConvocation adressée individuellement à chaque conseiller municipal pour "
     "une réunion ordinaire prévue le mercredi 16 novembre deux mil seize à 20h30.\n1. Budget\n", {"convened_on": None}),
    # the closing hour is never the opening one
    ("CONSEIL MUNICIPAL\nSéance du 10 mars 2021\nSous la présidence de M. Jean ROUX\nLa séance est levée à 22h15.\n1. Budget\n",
     {"start_time": None, "end_time": "22:15"}),
]


@pytest.mark.parametrize("text, facts", CASES, ids=[str(i) for i in range(len(CASES))])
def test_meeting_facts_in_more_layouts(text, facts):
    m = run(text)
    assert {k: getattr(m, k) for k in facts} == facts


@pytest.mark.parametrize("title, body", [
    # a title in capitals run into one line with the letterhead: the name stops at the title's words
    ("COMMUNE DE PERIGNY-SUR-YERRES COMPTE RENDU CONSEIL MUNICIPAL SEANCE DU 13 DECEMBRE 2010", "Commune de PERIGNY-SUR-YERRES"),
    ("COMMUNE DE SAINT MAXIRE REUNION DU 14 AVRIL 2015", "Commune de SAINT MAXIRE"),
    ("PROCÈS VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DE PEIPIN EN DATE DU 24 Février 2015", "Commune de PEIPIN"),
    ("COMPTE RENDU DE LA REUNION DU CONSEIL MUNICIPAL DE MONTBETON SÉANCE DU 14 OCTOBRE 2010", "Commune de MONTBETON"),
    # an apostrophe a transcription lost
    ("VILLE D ESSEY-LES-NANCY REUNION DU CONSEIL MUNICIPAL DU 3 MARS 2015", "Ville d'ESSEY-LES-NANCY"),
    ("REUNION DU CONSEIL MUNICIPAL D AMFREVILLE JEUDI 30 OCTOBRE 2010", "Commune d'AMFREVILLE"),
    # the letterhead after the department's and district's names
    ("DEPARTEMENT DU BAS-RHIN ARRONDISSEMENT DE SAVERNE COMMUNE DE HURTIGHEIM\nSéance du 3 mars 2015", "Commune de HURTIGHEIM"),
    ("DEPARTEMENT DES LANDES MAIRIE DE SOUPROSSE. COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL du 28 Mars 2011", "Mairie de SOUPROSSE"),
    # a page title cut the name short that the letterhead prints whole
    ("Voir la publication - Communauté de Communes Vic\nCommunauté de Communes Vic-Montaner\nCONSEIL COMMUNAUTAIRE 23 octobre 2015",
     "Communauté de Communes Vic-Montaner"),
])
def test_body_in_title_lines(title, body):
    assert run(title + "\nPrésents : M. Paul DURAND\n1. Budget\n").body == body


def test_president_named_by_function_must_be_the_only_one():
    # two people named as "Maire" (the mayor and a visiting mayor): no guess
    m = run("CONSEIL MUNICIPAL DU 2 MARS 2020\nPrésents : Paul DURAND, Maire ; Anne MARTIN, Maire ; Jean VIAL.\n1. Budget\n")
    assert m.president is None
    # a deputy mayor or a commission's president is not the body's head
    m = run("CONSEIL MUNICIPAL DU 2 MARS 2020\nPrésents : Paul DURAND, Maire adjoint ; Jean VIAL.\n1. Budget\n")
    assert m.president is None


@pytest.mark.parametrize("text, time", [
    ("à vingt heures et trente minutes", "20:30"), ("à 20 heures trente", "20:30"), ("à 18 heures 30 minutes", "18:30"),
    ("à dix-huit heures quinze", "18:15"), ("à vingt heures et quart", "20:15"),
    # an article after the hour is no minute; a comma ends the time
    ("à vingt heures un conseiller demande", "20:00"), ("à 20 heures, le conseil", "20:00"), ("à 20 heures un conseiller", "20:00"),
])
def test_times_with_minutes_in_words(text, time):
    from pipeline.french import find_times

    assert find_times(text)[0][0] == time


def test_counts_printed_with_the_first_deliberation():
    # no count in the preamble: the block under the first deliberation gives the members at the first vote
    m = run("COMITÉ SYNDICAL DU 17 DÉCEMBRE 2019\nRapporteur : M. Jean ROUX\n1- Approbation du procès-verbal\n"
            "Le procès-verbal est adopté à l'unanimité.\nNombre de délégués en exercice : 54 Nombre de présents : 28 "
            "Nombre de votants : 30 Abstention : 0\n2- Budget\nNombre de délégués en exercice : 54 Nombre de présents : 29\n")
    assert (m.members_in_office, m.members_present, m.votes_cast) == (54, 28, 30)
    # counts in the preamble win over those of a deliberation
    m = run("CONSEIL MUNICIPAL DU 2 MARS 2020\nMembres en exercice : 15 Présents : 12\n1. Budget\nLe conseil approuve.\n"
            "Nombre de membres en exercice : 15 Nombre de présents : 11\n")
    assert (m.members_in_office, m.members_present) == (15, 12)


@pytest.mark.parametrize("field, line", [
    ("members_in_office", "Membres en exercice :"), ("members_in_office", "CONSEILLERS EN EXERCICE"),
    ("members_in_office", "Nombre de membres en  Exercice"), ("members_represented", "dont procurations :"),
    ("members_represented", "DONT POUVOIRS"), ("votes_cast", "Délibération :"), ("votes_cast", "au vote"),
])
def test_box_label_lines_hold_the_labels_word(field, line):
    """_box_counts looks for a label's word in the folded line before its pattern: every line the label finds holds it."""
    assert meeting.BOX_LABELS[field].search(line)
    assert meeting._BOX_LABEL_WORDS.get(field, "") in line.casefold()


@pytest.mark.parametrize("opening, president", [
    # the presidency's frame: de / d' / du, a civility or none (p10 Dixmont; the others invented)
    ("s’est réuni en séance ordinaire sous la présidence d’Anne-Marie BERTOUX, présidente sortante.", "Anne-Marie BERTOUX"),
    ("s'est réuni sous la présidence d'Yves DURAND, Maire.", "Yves DURAND"),
    ("s'est réuni sous la présidence de Anne MARTIN, Maire.", "Anne MARTIN"),
    ("s'est réuni sous la présidence du Maire, Monsieur Paul DURAND.", "Paul DURAND"),
    ("s'est réuni sous la présidence de M. Paul DURAND, Maire.", "Paul DURAND"),
])
def test_president_frame(opening, president):
    m = run(f"Conseil Municipal du 3 mars 2023\nL'an deux mil vingt-trois, le trois mars, le conseil municipal {opening}\n"
            "Présents : Paul DURAND, Anne MARTIN, Yves DURAND\n1. Budget\n")
    assert m.president == president


@pytest.mark.parametrize("header, expected", [
    # the heading's date without its year, the year from the document's one other year (extra8a t02)
    ("COMPTE RENDU CONSEIL MUNICIPAL VENDREDI 24 JUILLET 17 h 00\nPrésents : A\nla lettre en date du 1 juillet 2015", date(2015, 7, 24)),
    ("Séance du mardi 4 février\nDate de convocation : 28 janvier 2025", date(2025, 2, 4)),
    ("PROCÈS-VERBAL DE LA RÉUNION DU 12 MARS\nLe conseil, convoqué le 2 mars 2024, s'est réuni", date(2024, 3, 12)),
    ("Conseil Municipal du jeudi 1er octobre\nla délibération du 3 septembre 2020", date(2020, 10, 1)),
    # two years printed, no weekday to choose: nothing but the full date the rules read before
    ("Séance du 4 février\nle courrier en date du 12 janvier 2025 et la visite du 3 mars 2024", date(2025, 1, 12)),
    # the weekday fitting neither year: no heading date
    ("COMPTE RENDU DU LUNDI 24 JUILLET\nla lettre du 1 juillet 2015", date(2015, 7, 1)),
])
def test_yearless_heading(header, expected):
    found = meeting._meeting_date(header)
    assert found and found[0] == expected, found


@pytest.mark.parametrize("text, name", [
    # a label's line read on into the next line's heading (extra8a t02): the line's own whole name
    ("Secrétaire de séance : EFFANTIN Jean\nONF (Coupe de bois) : Monsieur le Maire", "EFFANTIN Jean"),
    ("Secrétaire de séance : Jean-Luc MARTIN\nPOINT 1 : budget primitif", "Jean-Luc MARTIN"),
    ("• Secrétaire de séance : MARTIN Anne\nSIVOM : adhésion de la commune", "MARTIN Anne"),
    ("Secrétaire : Paul DURAND\nCCAS (rapport) : le Président", "Paul DURAND"),
    # a name the line break cut stays whole: a given name alone, a surname of several words ending its sentence
    ("Secrétaire de séance : M. Jean\nDUPONT, conseiller", "Jean DUPONT"),
    ("Secrétaire de séance : Marie-Claude COSTA\nRIBEIRO GOMES.\nPrésents", "Marie-Claude COSTA RIBEIRO GOMES"),
])
def test_secretary_line_not_run_into_the_next(text, name):
    assert meeting._person_after(text, meeting.SECRETARY_LABEL)[0] == name


@pytest.mark.parametrize("header, expected", [
    # the form's year left in the "L'an ..." words, the minutes' title printed twice with the next year (extra8a r01)
    ("Procès-verbal Conseil Municipal du 5 mars 2020\nProcès-verbal du Conseil Municipal du 5 mars 2020 1\n"
     "L'an deux mil dix-neuf, Le 5 mars à 20 heures,\nLe Conseil Municipal s'est réuni", date(2020, 3, 5)),
    ("COMPTE RENDU DU CONSEIL DU 12/01/2024\nSéance du 12 janvier 2024\nL’an deux mille vingt-trois, le douze janvier, le conseil",
     date(2024, 1, 12)),
    ("Séance du 3 février 2021\n\nL'an 2020, le 3 février, le Comité syndical\n\nPage 2 - Séance du 3 février 2021", date(2021, 2, 3)),
    # the title once: nothing outweighs the words' year
    ("Procès-verbal du Conseil Municipal du 5 mars 2020\nL'an deux mil dix-neuf, Le 5 mars à 20 heures", date(2019, 3, 5)),
    # the other year's dates an approval or a convocation: not a title
    ("L'an deux mil vingt, le 5 mars\nApprobation du procès-verbal du 5 mars 2019\nVu la délibération du 5 mars 2019", date(2020, 3, 5)),
])
def test_year_left_in_the_words(header, expected):
    assert meeting._meeting_date(header)[0] == expected
