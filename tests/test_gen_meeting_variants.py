"""Meeting facts on variants of how French minutes print them (other bodies than the dev corpus)."""

from __future__ import annotations

from datetime import date

import pytest

from extractors import meeting
from pipeline.read import read_file
from pipeline.segment import segment


def run(text: str):
    doc = read_file("minutes.txt", text.encode("utf-8"))
    return meeting.extract(doc, segment(doc))["meeting"]


H = "Commune de Pornic\nConseil municipal du 5 mars 2024\n"

CASES = [
    # --- body ---
    ("COMMUNE DE SAINT-JEAN-DE-LUZ\nConseil municipal du 6 juillet 2020\n", "body", "Commune de SAINT-JEAN-DE-LUZ"),
    ("Ville de Pornic\nCompte rendu du Conseil municipal du 6 juillet 2020\n", "body", "Ville de Pornic"),
    ("Mairie de Saint-Paul-lès-Dax\nProcès-verbal du Conseil municipal\nSéance du lundi 6 juillet 2020\n", "body", "Mairie de Saint-Paul-lès-Dax"),
    ("Communauté de communes du Pays de Lunel\nConseil communautaire du 5 mars 2024\n", "body", "Communauté de communes du Pays de Lunel"),
    ("COMMUNAUTÉ DE COMMUNES DU PAYS DE LUNEL\nCONSEIL COMMUNAUTAIRE\nSéance du 5 mars 2024\n", "body", "Communauté de communes du PAYS DE LUNEL"),
    ("Communauté d'agglomération Pau Béarn Pyrénées\nConseil communautaire du 5 mars 2024\n", "body", "Communauté d'agglomération Pau Béarn Pyrénées"),
    ("Syndicat intercommunal d'électricité de la Loire\nComité syndical du 5 mars 2024\n", "body", "Syndicat intercommunal d'électricité de la Loire"),
    ("SIVOM de la Vallée du Lot\nComité syndical du 5 mars 2024\n", "body", "SIVOM de la Vallée du Lot"),
    ("SIVU Enfance Jeunesse\nComité syndical du 5 mars 2024\n", "body", "SIVU Enfance Jeunesse"),
    ("Métropole Rouen Normandie\nConseil métropolitain du 5 mars 2024\n", "body", "Métropole Rouen Normandie"),
    ("MÉTROPOLE NICE CÔTE D'AZUR\nCONSEIL MÉTROPOLITAIN\nSéance du 5 mars 2024\n", "body", "Métropole NICE CÔTE D'AZUR"),
    ("Département de la Gironde\nArrondissement de Bordeaux\nCommune de Cestas\nConseil municipal du 5 mars 2024\n", "body", "Commune de Cestas"),
    ("DÉPARTEMENT DU GARD\nARRONDISSEMENT DE NÎMES\nCOMMUNE DE SAINT-GILLES\nCONSEIL MUNICIPAL\nSéance du 5 mars 2024\n", "body", "Commune de SAINT-GILLES"),
    ("Centre communal d'action sociale de Pornic\nConseil d'administration du 5 mars 2024\n", "body", "Centre communal d'action sociale de Pornic"),
    # --- assembly ---
    ("Commune de Pornic\nConseil municipal du 6 juillet 2020\n", "assembly", "Conseil Municipal"),
    ("Communauté de communes du Pays de Lunel\nConseil communautaire du 5 mars 2024\n", "assembly", "Conseil Communautaire"),
    ("SIVOM de la Vallée du Lot\nCOMITÉ SYNDICAL\nSéance du 5 mars 2024\n", "assembly", "Comité Syndical"),
    ("Communauté de communes du Pays de Lunel\nBureau communautaire du 5 mars 2024\n", "assembly", "Bureau Communautaire"),
    ("CCAS de Pornic\nConseil d'administration du 5 mars 2024\n", "assembly", "Conseil D'administration"),
    # --- date ---
    ("Commune de Pornic\nConseil municipal\nSéance du lundi 6 juillet 2020\n", "date", date(2020, 7, 6)),
    ("Commune de Pornic\nL'an deux mille vingt-trois, le dix-sept novembre à dix-huit heures trente, le Conseil municipal s'est réuni.\n", "date", date(2023, 11, 17)),
    ("Commune de Pornic\nConseil municipal du 1er octobre 2024\n", "date", date(2024, 10, 1)),
    ("Commune de Pornic\nConseil municipal du 13/12/2022\n", "date", date(2022, 12, 13)),
    ("Commune de Pornic\nRéunion du 5 mars 2024 à 18h30\n", "date", date(2024, 3, 5)),
    ("Commune de Pornic\nConseil municipal\nVu la loi n° 2015-991 du 7 août 2015,\nSéance du 5 mars 2024\n", "date", date(2024, 3, 5)),
    ("Commune de Pornic\nConseil municipal\nVu la délibération du 12 janvier 2024,\nSéance du 5 mars 2024\n", "date", date(2024, 3, 5)),
    ("Commune de Pornic\nConseil municipal\nApprobation du procès-verbal de la séance du 12 janvier 2024\nSéance du 5 mars 2024\n", "date", date(2024, 3, 5)),
    ("Commune de Pornic\nDate de convocation : 28 février 2024\nConseil municipal du 5 mars 2024\n", "date", date(2024, 3, 5)),
    # --- start time ---
    ("Commune de Pornic\nConseil municipal du 5 mars 2024 à 18h30\n", "start_time", "18:30"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024 à 18 h 30\n", "start_time", "18:30"),
    ("Commune de Pornic\nL'an deux mille vingt-trois, le dix-sept novembre à dix-huit heures trente, le Conseil municipal s'est réuni.\n", "start_time", "18:30"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024 - 20H\n", "start_time", "20:00"),
    # --- end time ---
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\n1. Budget\nAdopté.\nLa séance est levée à 21h15.\n", "end_time", "21:15"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\n1. Budget\nAdopté.\nFin de séance : 22h\n", "end_time", "22:00"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\n1. Budget\nAdopté.\nPlus rien n'étant à l'ordre du jour, la séance est close à 21 heures.\n", "end_time", "21:00"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\n1. Budget\nAdopté.\nL'ordre du jour étant épuisé, la séance est levée à vingt-deux heures dix.\n", "end_time", "22:10"),
    # --- place ---
    ("Commune de Pornic\nLe Conseil municipal s'est réuni le 5 mars 2024 à 18h30 dans la salle du conseil de la mairie, sous la présidence de M. Jean DUPONT, Maire.\n", "place", "salle du conseil de la mairie"),
    ("Commune de Pornic\nLe Conseil municipal s'est réuni le 5 mars 2024 en mairie, sous la présidence de M. Jean DUPONT, Maire.\n", "place", "mairie"),
    ("Commune de Pornic\nLe Conseil municipal s'est réuni le 5 mars 2024 à la salle polyvalente, sous la présidence de M. Jean DUPONT.\n", "place", "salle polyvalente"),
    # --- convocation ---
    ("Commune de Pornic\nConseil municipal du 10 juillet 2020\nDate de convocation : 7 juillet 2020\n", "convened_on", date(2020, 7, 7)),
    ("Commune de Pornic\nL'an deux mille vingt, le dix juin, le Conseil municipal, convoqué le 2 juin 2020, s'est réuni.\n", "convened_on", date(2020, 6, 2)),
    ("Commune de Pornic\nConseil municipal du 10 juillet 2020\nDate de convocation : 07/07/2020\n", "convened_on", date(2020, 7, 7)),
    # --- president ---
    ("Commune de Pornic\nLe Conseil municipal s'est réuni le 5 mars 2024 sous la présidence de M. Jean DUPONT, Maire.\n", "president", "Jean DUPONT"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nPrésident de séance : M. Jean DUPONT\n", "president", "Jean DUPONT"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nPrésidence : Mme Claire MARTIN, Maire\n", "president", "Claire MARTIN"),
    # --- secretary ---
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nSecrétaire de séance : Mme Claire MARTIN\n", "secretary", "Claire MARTIN"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nMme Claire MARTIN a été élue secrétaire de séance.\n", "secretary", "Claire MARTIN"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nM. Paul DURAND est désigné secrétaire de séance.\n", "secretary", "Paul DURAND"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nLe conseil désigne Mme Claire MARTIN comme secrétaire de séance.\n", "secretary", "Claire MARTIN"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nMme Claire MARTIN est nommée secrétaire de séance.\n", "secretary", "Claire MARTIN"),
    # the surname alone, the list naming the person with initials only (tests/compose.py; Urzy's "M SEGUIN a été élu
    # secrétaire de séance"): the initials are kept, never a civility ("M. CARON") nor one of two namesakes
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nPrésents : M. H. CARON, Mme A. ROUX\nM CARON a été élu secrétaire de séance.\n",
     "secretary", "H. CARON"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nPrésents : M. J.-P. MULLER, Mme A. ROUX\nSecrétaire de séance : M. MULLER\n",
     "secretary", "J.-P. MULLER"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nPrésents : M. CARON, Mme ROUX\nSecrétaire de séance : M. CARON\n",
     "secretary", "CARON"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nPrésents : M. H. CARON, M. P. CARON\nSecrétaire de séance : M. CARON\n",
     "secretary", "CARON"),
    # the list prints a civility spelled out before SURNAME Given (Chevincourt's "Madame GENERMONT Annie", Charchigné's
    # "Mme BAHIER Marie-Laure"), or the names in small letters (tests/compose.py)
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nPrésents : Mme LEROY Hélène, Mme BRETON Brigitte\n"
     "Mme BRETON a été élue secrétaire de séance.\n", "secretary", "BRETON Brigitte"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nSous la présidence de Madame GENERMONT, Maire.\n"
     "Présents : Madame GENERMONT Annie, Monsieur JOLY Bernard\n", "president", "GENERMONT Annie"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nPrésents : Hervé Dumas, Anne Roux\nM DUMAS a été élu secrétaire de séance.\n",
     "secretary", "Hervé Dumas"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nPrésents : Hervé DUMAS, Anne ROUX\nLe Petit Prince\n"
     "M PETIT a été élu secrétaire de séance.\n", "secretary", "PETIT"),
    # a SURNAME of two words; a list wrapped between a SURNAME and its given name (tests/compose.py)
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nPrésents : LE GALL Éliane - BOYER Didier\n"
     "Mme LE GALL a été élue secrétaire de séance.\n", "secretary", "LE GALL Éliane"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nPrésents : ROUX Didier - GARNIER\nSophie - BOYER Didier\n"
     "Mme GARNIER a été élue secrétaire de séance.\n", "secretary", "GARNIER Sophie"),
    ("Communauté de communes du Pays de Lunel\nConseil communautaire du 5 mars 2024\nLa séance est ouverte à 18h30 par M. Paul "
     "PERRIN, Président.\nPRESENTS :\nM. le Président\nMonsieur Olivier AUBERT\n", "president", "Paul PERRIN"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nPrésents : M. D. ROBIN ; Mme H.\nPETIT ; M. P. DURAND\n"
     "Mme PETIT a été élue secrétaire de séance.\n", "secretary", "H. PETIT"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nPrésents : Anne Roux - Thierry\nChevalier - Luc Noel\n"
     "M CHEVALIER a été élu secrétaire de séance.\n", "secretary", "Thierry Chevalier"),
    # the president named with the function twice, in two spellings of one name (tests/compose.py: a communauté whose
    # minutes open "La séance est ouverte … par Mme X, Présidente" and list "Mme I. X, Présidente")
    ("Communauté de communes du Pays de Lunel\nConseil communautaire du 5 mars 2024\n"
     "La séance est ouverte à 18h30 par Mme Isabelle FRANCOIS, Présidente.\nPrésents : Mme I. FRANCOIS, Présidente, M. P. ROUX\n",
     "president", "Isabelle FRANCOIS"),
    # --- counts ---
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nNombre de conseillers en exercice : 19 – Présents : 15 – Votants : 17\n", "members_in_office", 19),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nNombre de conseillers en exercice : 19 – Présents : 15 – Votants : 17\n", "members_present", 15),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nNombre de conseillers en exercice : 19 – Présents : 15 – Votants : 17\n", "votes_cast", 17),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nConseillers en exercice : 27, présents : 20, pouvoirs : 3\n", "members_in_office", 27),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nConseillers en exercice : 27, présents : 20, pouvoirs : 3\n", "members_present", 20),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nEn exercice : 23\nPrésents : 18\nVotants : 21\n", "members_in_office", 23),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nEn exercice : 23\nPrésents : 18\nVotants : 21\n", "votes_cast", 21),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nNombre de membres\nen exercice : 23\nprésents : 18\nvotants : 21\n", "members_present", 18),
    # --- next meeting ---
    ("Commune de Pornic\nConseil municipal du 17 novembre 2023\n1. Budget\nAdopté.\nProchaine séance le 15 décembre 2023.\n", "next_meeting_date", date(2023, 12, 15)),
    ("Commune de Pornic\nConseil municipal du 17 novembre 2023\n1. Budget\nAdopté.\nLa prochaine réunion du conseil aura lieu le vendredi 15 décembre 2023 à 19h.\n", "next_meeting_date", date(2023, 12, 15)),
    # --- more ways of printing the same facts ---
    ("Commune de Pornic\nCompte rendu de la séance ordinaire du conseil municipal du mardi 5 mars 2024\n", "date", date(2024, 3, 5)),
    ("Commune de Pornic\nLe cinq mars deux mille vingt-quatre, à 18h30, le conseil municipal s'est réuni.\n", "date", date(2024, 3, 5)),
    ("Commune de Pornic\nLe 5 mars 2024 à 18h30, le Conseil municipal légalement convoqué s'est réuni.\n", "start_time", "18:30"),
    ("Commune de Pornic\nConseil municipal\nSéance du 5 mars 2024\nLa séance est ouverte à 18 h 35.\n", "start_time", "18:35"),
    ("Commune de Pornic\nConseil municipal\nSéance du 5 mars 2024\nOuverture de la séance : 18h35\n", "start_time", "18:35"),
    ("Commune de Pornic\nConseil municipal\nSéance du 5 mars 2024\nMonsieur le Maire ouvre la séance à 20h05.\n", "start_time", "20:05"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\n1. Budget\nAdopté.\nLa séance est levée à 21 h 15.\n", "end_time", "21:15"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\n1. Budget\nAdopté.\nLevée de la séance à 21h15.\n", "end_time", "21:15"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\n1. Budget\nAdopté.\nL'ordre du jour étant épuisé, Monsieur le Maire lève la séance à 22 heures 30.\n", "end_time", "22:30"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\n1. Budget\nAdopté.\nSéance levée à 21H15\n", "end_time", "21:15"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\n1. Budget\nAdopté.\nClôture de la séance : 21h15\n", "end_time", "21:15"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\n1. Budget\nAdopté.\nLa séance est levée à 23h.\n", "end_time", "23:00"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nMembres en exercice 19 Présents 15 Votants 17\n", "members_present", 15),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nMembres en exercice 19 Présents 15 Votants 17\n", "votes_cast", 17),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nNombre de présents : 15\nNombre de votants : 17\n", "members_present", 15),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nNombre de présents : 15\nNombre de votants : 17\n", "votes_cast", 17),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nConseillers en exercice : 27, présents : 20, pouvoirs : 3\n", "members_represented", 3),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nNombre de conseillers en exercice : 19 – Présents : 15 – Représentés : 2 – Votants : 17\n", "votes_cast", 17),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nEn exercice : 19 / Présents : 15 / Absents : 4 / Pouvoirs : 2 / Votants : 17\n", "members_present", 15),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nPrésents : 15 dont 2 arrivés en cours de séance\n", "members_present", 15),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nÉtaient présents : M. Jean DUPONT, Mme Claire MARTIN\nSecrétaire de séance : M. Paul DURAND\n", "secretary", "Paul DURAND"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nSecrétaire de séance : Claire MARTIN\n", "secretary", "Claire MARTIN"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nSecrétaire de séance : MARTIN Claire\n", "secretary", "MARTIN Claire"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nMme Claire MARTIN a été désignée en qualité de secrétaire de séance.\n", "secretary", "Claire MARTIN"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nLe Conseil municipal a désigné Mme Claire MARTIN secrétaire de séance.\n", "secretary", "Claire MARTIN"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nMadame Claire MARTIN est élue secrétaire de séance à l'unanimité.\n", "secretary", "Claire MARTIN"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nPrésident de séance : M. Jean DUPONT, Maire\n", "president", "Jean DUPONT"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nLa séance est présidée par Mme Claire MARTIN, Maire.\n", "president", "Claire MARTIN"),
    ("Commune de Pornic\nLe conseil s'est réuni sous la présidence de Monsieur Jean DUPONT, Maire, le 5 mars 2024.\n", "president", "Jean DUPONT"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nDate de convocation : 28/02/2024\n", "convened_on", date(2024, 2, 28)),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nDate d'envoi de la convocation : 28 février 2024\n", "convened_on", date(2024, 2, 28)),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nConvocation du 28 février 2024\n", "convened_on", date(2024, 2, 28)),
    ("Commune de Pornic\nL'an deux mille vingt-quatre, le cinq mars, le conseil municipal, dûment convoqué le vingt-huit février, s'est réuni.\n", "convened_on", date(2024, 2, 28)),
    ("Commune de Pornic\nDate de convocation : 28 février 2024\nDate d'affichage : 28 février 2024\nConseil municipal du 5 mars 2024\n", "date", date(2024, 3, 5)),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nL'an deux mille vingt-quatre, le cinq mars à dix-huit heures, le conseil s'est réuni à la salle des fêtes.\n", "place", "salle des fêtes"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nLe conseil s'est réuni au lieu habituel de ses séances, à la mairie.\n", "place", "mairie"),
    ("Commune de Pornic\nLe conseil s'est réuni à l'Hôtel de Ville, sous la présidence de M. Jean DUPONT.\nSéance du 5 mars 2024\n", "place", "Hôtel de Ville"),
    ("Commune de Pornic\nConseil municipal du 17 novembre 2023\n1. Budget\nAdopté.\nLe prochain conseil municipal se tiendra le 15 décembre 2023.\n", "next_meeting_date", date(2023, 12, 15)),
    ("Commune de Pornic\nConseil municipal du 17 novembre 2023\n1. Budget\nAdopté.\nDate du prochain conseil : 15/12/2023\n", "next_meeting_date", date(2023, 12, 15)),
    ("Commune de Pornic\nConseil municipal du 17 novembre 2023\n1. Budget\nAdopté.\nProchain conseil municipal : vendredi 15 décembre à 19h\n", "next_meeting_date", date(2023, 12, 15)),
    ("Communauté de communes du Pays de Lunel\nCompte rendu du bureau communautaire\nSéance du 5 mars 2024\n", "assembly", "Bureau Communautaire"),
    ("Syndicat des eaux de la Région de Lunel\nComité syndical du 5 mars 2024\n", "body", "Syndicat des eaux de la Région de Lunel"),
    ("SYNDICAT INTERCOMMUNAL D'ÉLECTRICITÉ DE LA LOIRE\nCOMITÉ SYNDICAL\nSéance du 5 mars 2024\n", "body", "Syndicat intercommunal D'ÉLECTRICITÉ DE LA LOIRE"),
    ("Commune de Pornic\nVille de Pornic\nConseil municipal du 5 mars 2024\n", "body", "Commune de Pornic"),
    ("Département de Loire-Atlantique\nCommune de Pornic\nConseil municipal du 5 mars 2024\n", "body", "Commune de Pornic"),
    ("République Française\nDépartement de Loire-Atlantique\nMairie de Pornic\nConseil municipal du 5 mars 2024\n", "body", "Mairie de Pornic"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nAffiché le 12 mars 2024\n", "date", date(2024, 3, 5)),
    ("Commune de Pornic\nProcès-verbal\nDe la séance du Conseil municipal\nDu 5 mars 2024\n", "date", date(2024, 3, 5)),
    ("Commune de Pornic\nConseil municipal\nSÉANCE DU 5 MARS 2024\n", "date", date(2024, 3, 5)),
    ("Commune de Pornic\nConseil municipal\nSéance du 05.03.2024\n", "date", date(2024, 3, 5)),
    ("Commune de Pornic\nConseil municipal\nSéance du 5 mars 2024 à 18 heures\n", "start_time", "18:00"),
    ("Commune de Pornic\nConseil municipal\nSéance du 5 mars 2024 à 18h00\n", "start_time", "18:00"),
    # --- labels, roles before names, and what must read nothing (None) ---
    (H + "Le quorum est fixé à 10 membres présents.\n", "members_present", None),
    (H + "La moitié des membres en exercice (10) étant présents, le conseil peut délibérer.\n", "members_present", None),
    (H + "1. Budget\nAdopté.\nLe Maire suspend la séance à 20h10.\nLa séance reprend à 20h20.\n", "end_time", None),
    (H + "1. Budget\nLa séance est suspendue à 20h10.\nAdopté.\nLa séance est levée à 21h15.\n", "end_time", "21:15"),
    (H + "1. Budget\nAdopté.\nCe point sera revu lors de la prochaine séance.\n", "next_meeting_date", None),
    (H + "1. Budget\nAdopté.\nLa prochaine réunion de la commission aura lieu le 20 mars 2024.\n", "next_meeting_date", None),
    ("Communauté de communes du Pays de Lunel\nConseil de communauté du 5 mars 2024\n", "assembly", "Conseil de Communauté"),
    (H + "sous la présidence de Monsieur le Maire, Jean DUPONT.\n", "president", "Jean DUPONT"),
    (H + "sous la présidence de M. DUPONT Jean, Maire.\n", "president", "DUPONT Jean"),
    (H + "Présidente de séance : Mme Claire MARTIN\n", "president", "Claire MARTIN"),
    (H + "La séance est présidée par Madame la Maire, Claire MARTIN.\n", "president", "Claire MARTIN"),
    (H + "Secrétaire de séance : Madame Claire MARTIN (élue à l'unanimité)\n", "secretary", "Claire MARTIN"),
    (H + "Secrétaire élue : Mme Claire MARTIN\n", "secretary", "Claire MARTIN"),
    (H + "Il a été procédé à la nomination d'un secrétaire pris au sein du conseil : M. Paul DURAND a été désigné pour remplir ces fonctions.\n", "secretary", "Paul DURAND"),
    (H + "Désignation du secrétaire de séance : M. Paul DURAND\n", "secretary", "Paul DURAND"),
    (H + "Secrétaire de séance : M. Paul DURAND\nAssistait également : Mme Anne LEROY, secrétaire de mairie\n", "secretary", "Paul DURAND"),
    (H + "Assistait également : Mme Anne LEROY, secrétaire de mairie\n", "secretary", None),
    (H + "Mme Anne LEROY, secrétaire générale, assiste à la séance.\n", "secretary", None),
    ("Commune de Pornic\nConseil municipal\nLe cinq mars deux mille vingt-quatre\n", "date", date(2024, 3, 5)),
    ("Commune de Pornic\nConseil municipal du lundi 5 mars 2024 à 18 h.\n", "start_time", "18:00"),
    ("Commune de Pornic\nConseil municipal\nSéance du 5 mars 2024\nDébut de la séance : 18h35\n", "start_time", "18:35"),
    ("Commune de Pornic\nConseil municipal\nDate : 5 mars 2024\nHeure : 18h30\nLieu : salle du conseil\n", "start_time", "18:30"),
    ("Commune de Pornic\nConseil municipal\nDate : 5 mars 2024\nHeure : 18h30\nLieu : salle du conseil\n", "place", "salle du conseil"),
    ("Commune de Pornic\nConseil municipal\nDate : 5 mars 2024\nHeure : 18h30\nLieu : Espace culturel Jean Moulin\n", "place", "Espace culturel Jean Moulin"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nL'an deux mille vingt-quatre, le cinq mars à dix-huit heures, le conseil municipal s'est réuni en séance publique à la mairie.\n", "place", "mairie"),
    (H + "Nombre de conseillers : En exercice : 15 Présents : 12 Votants : 14\n", "members_in_office", 15),
    (H + "Nombre de conseillers : En exercice : 15 Présents : 12 Votants : 14\n", "members_present", 12),
    (H + "Nombre de conseillers en exercice : 15\nNombre de conseillers présents : 12\nNombre de pouvoirs : 2\nNombre de votants : 14\n", "votes_cast", 14),
    (H + "Nombre de conseillers en exercice : 15\nNombre de conseillers présents : 12\nNombre de pouvoirs : 2\nNombre de votants : 14\n", "members_represented", 2),
    (H + "Membres en exercice : 15\nMembres présents : 12\nMembres votants : 14\n", "votes_cast", 14),
    (H + "Conseillers en exercice : 15 – Conseillers présents : 12 – Conseillers votants : 14\n", "votes_cast", 14),
    (H + "Nombre de délégués en exercice : 48\nNombre de délégués présents : 30\nNombre de délégués votants : 35\n", "members_present", 30),
    (H + "Le 1er adjoint, M. Paul DURAND, est désigné secrétaire de séance.\n", "secretary", "Paul DURAND"),
    ("COMMUNE DE SAINT-JEAN-DE-LUZ\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 6 juillet 2020\n", "assembly", "Conseil Municipal"),
    ("COMMUNE DE SAINT-JEAN-DE-LUZ\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 6 juillet 2020\n", "date", date(2020, 7, 6)),
    ("Mairie de Pornic\n1 place de l'Hôtel de Ville\n44210 Pornic\nConseil municipal\nSéance du 6 juillet 2020\n", "body", "Mairie de Pornic"),
    # --- a convocation and the session on one line, capitalised kinds, closings without an hour ---
    ("Commune de Pornic\nLe conseil municipal, convoqué le 28 février 2024, s'est réuni le 5 mars 2024 à 18h30 en mairie.\n", "date", date(2024, 3, 5)),
    ("Commune de Pornic\nLe conseil municipal, convoqué le 28 février 2024, s'est réuni le 5 mars 2024 à 18h30 en mairie.\n", "start_time", "18:30"),
    ("Commune de Pornic\nLe conseil municipal, convoqué le 28 février 2024, s'est réuni le 5 mars 2024 à 18h30 en mairie.\n", "convened_on", date(2024, 2, 28)),
    ("Communauté de Communes Cœur de Savoie\nConseil communautaire du 5 mars 2024\n", "body", "Communauté de Communes Cœur de Savoie"),
    ("Communauté d'Agglomération du Grand Cahors\nConseil communautaire du 5 mars 2024\n", "body", "Communauté d'Agglomération du Grand Cahors"),
    ("Communauté Urbaine de Dunkerque\nConseil communautaire du 5 mars 2024\n", "body", "Communauté Urbaine de Dunkerque"),
    ("COMMUNE D'ARCACHON\nCONSEIL MUNICIPAL\nSéance du 5 mars 2024\n", "body", "Commune d'ARCACHON"),
    ("Commune de L'Isle-Adam\nConseil municipal du 5 mars 2024\n", "body", "Commune de L'Isle-Adam"),
    ("Commune de Saint Jean de Luz\nConseil municipal du 5 mars 2024\n", "body", "Commune de Saint Jean de Luz"),
    ("Commune de Pornic (Loire-Atlantique)\nConseil municipal du 5 mars 2024\n", "body", "Commune de Pornic"),
    ("VILLE DE SAINT-MAUR-DES-FOSSÉS\nCONSEIL MUNICIPAL\nSéance du 5 mars 2024\n", "body", "Ville de SAINT-MAUR-DES-FOSSÉS"),
    ("Syndicat Mixte du Bassin de la Vilaine\nComité syndical du 5 mars 2024\n", "body", "Syndicat Mixte du Bassin de la Vilaine"),
    ("SYNDICAT MIXTE DU BASSIN DE LA VILAINE\nCOMITÉ SYNDICAL\nSéance du 5 mars 2024\n", "body", "Syndicat Mixte du BASSIN DE LA VILAINE"),
    ("Commune de Pornic\nConseil municipal\nSéance ordinaire du 5 mars 2024\nNombre de membres afférents au conseil : 19\nEn exercice : 19\nQui ont pris part à la délibération : 17\n", "votes_cast", 17),
    ("Commune de Pornic\nConseil municipal\nSéance ordinaire du 5 mars 2024\nNombre de membres afférents au conseil : 19\nEn exercice : 19\nQui ont pris part à la délibération : 17\n", "members_in_office", 19),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nPrésents : 15 - Absents : 4 - Pouvoirs : 2\n1. Budget\nPour : 17 Contre : 0 Abstention : 0\nAdopté.\n", "votes_for", None),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nÉtaient présents : Mmes MARTIN, LEROY, MM. DUPONT, DURAND\n", "members_present", None),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024 à 20 h 30\n1. Budget\nAdopté.\nLa séance est levée à 22 h 45.\n", "end_time", "22:45"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024 à 20 h 30\n1. Budget\nAdopté.\nLa séance est levée à vingt-deux heures quarante-cinq.\n", "end_time", "22:45"),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\n1. Budget\nAdopté.\nPlus rien n'étant à l'ordre du jour, la séance est levée.\nFait à Pornic, le 12 mars 2024\n", "end_time", None),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\n1. Budget\nAdopté.\nLa séance est levée.\nProchaine séance : le 2 avril 2024 à 18h30.\n", "next_meeting_date", date(2024, 4, 2)),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\n1. Budget\nAdopté.\nLa séance est levée.\nProchaine séance : le 2 avril 2024 à 18h30.\n", "end_time", None),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\n1. Budget\nAdopté.\nLa séance est levée à 21h15.\nProchaine séance : le 2 avril 2024 à 18h30.\n", "end_time", "21:15"),
    ("Commune de Pornic\nConseil municipal\nLe procès-verbal de la séance du 12 janvier 2024 est adopté.\nSéance du 5 mars 2024\n", "date", date(2024, 3, 5)),
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nLe procès-verbal de la séance du 12 janvier 2024 est adopté à l'unanimité.\n", "date", date(2024, 3, 5)),
    ("Commune de Pornic\nProcès-verbal de la séance du conseil municipal du 5 mars 2024\n", "date", date(2024, 3, 5)),
    ("Commune de Pornic\nConseil municipal\nLa séance s'est tenue le 5 mars 2024 à la salle polyvalente.\n", "date", date(2024, 3, 5)),
    # --- hours on labels, places after "au", a next meeting with no day ---
    (H + "1. Budget\nAdopté.\nFin de la réunion à 21h15.\n", "end_time", "21:15"),
    (H + "1. Budget\nAdopté.\nHeure de fin : 21h15\n", "end_time", "21:15"),
    (H + "1. Budget\nAdopté.\nHeure de clôture de la séance : 21h15\n", "end_time", "21:15"),
    (H + "Heure d'ouverture : 18h35\n", "start_time", "18:35"),
    (H + "Heure de début : 18h35\n", "start_time", "18:35"),
    ("Commune de Pornic\nLe conseil municipal s'est réuni le 5 mars 2024 au foyer rural, sous la présidence de M. Jean DUPONT.\n", "place", "foyer rural"),
    ("Communauté de communes du Pays de Lunel\nLe conseil communautaire s'est réuni le 5 mars 2024 au siège de la communauté de communes.\n", "place", "siège de la communauté de communes"),
    ("Commune de Pornic\nLe conseil municipal s'est réuni le 5 mars 2024 en la salle du conseil municipal.\n", "place", "salle du conseil municipal"),
    ("Commune de Pornic\nLe conseil municipal s'est réuni le 5 mars 2024 au lieu habituel de ses séances.\n", "place", None),
    (H + "Monsieur DURAND est désigné secrétaire de séance.\n", "secretary", "DURAND"),
    (H + "Membres en exercice : 19 ; Membres présents : 15 ; Membres ayant pris part au vote : 17\n", "votes_cast", 17),
    (H + "En exercice : 19 Présents : 15 Absents excusés : 2 Procurations : 2 Votants : 17\n", "members_represented", 2),
    (H + "Votants : 17 dont 2 pouvoirs\n", "votes_cast", 17),
    ("Commune de Pornic\nConseil municipal du 17 novembre 2023\n1. Budget\nAdopté.\nLa date du prochain conseil est fixée au 15 décembre 2023.\n", "next_meeting_date", date(2023, 12, 15)),
    ("Commune de Pornic\nConseil municipal du 17 novembre 2023\n1. Budget\nAdopté.\nProchain conseil communautaire le jeudi 14 décembre.\n", "next_meeting_date", date(2023, 12, 14)),
    ("Commune de Pornic\nConseil municipal du 17 novembre 2023\n1. Budget\nAdopté.\nLe prochain conseil aura lieu en janvier 2024.\n", "next_meeting_date", None),
    # --- the convocation is before the session; a secretary of the town hall is not the session's ---
    (H + "Convocation du conseil municipal du 5 mars 2024 envoyée le 28 février 2024\n", "convened_on", date(2024, 2, 28)),
    (H + "Secrétaire de mairie : Mme Anne LEROY\n", "secretary", None),
    (H + "Convocation adressée le 28/02/2024\n", "convened_on", date(2024, 2, 28)),
    (H + "Convocation envoyée le vingt-huit février deux mille vingt-quatre\n", "convened_on", date(2024, 2, 28)),
]


@pytest.mark.parametrize(("text", "field", "expected"), CASES)
def test_variant(text, field, expected):
    assert getattr(run(text), field) == expected


NEGATIVES = [
    # a list one name a line, the president by function first: "M. le Président" / "Monsieur Olivier AUBERT" names two
    # members, not a president (tests/compose.py)
    ("Communauté de communes du Pays de Lunel\nConseil communautaire du 5 mars 2024\nPRESENTS :\nM. le Président\n"
     "Monsieur Olivier AUBERT\nMonsieur Paul ROUX\n", "president", "Olivier AUBERT"),
    # two people named with the function are none of them
    ("Communauté de communes du Pays de Lunel\nConseil communautaire du 5 mars 2024\nLa séance est ouverte à 18h30 par "
     "Mme Isabelle FRANCOIS, Présidente.\nPrésents : M. Paul ROUX, Président de la commission\nM. Luc NOEL, Président\n",
     "president", "Luc NOEL"),
    # a header line naming the département or the arrondissement is not the body
    ("DÉPARTEMENT DE LA GIRONDE\nCONSEIL MUNICIPAL\nSéance du 5 mars 2024\n", "body", "Département de la Gironde"),
    # a law's or an earlier deliberation's date is not the meeting's
    ("Commune de Pornic\nConseil municipal\nVu la loi du 7 août 2015 portant nouvelle organisation territoriale,\n", "date", date(2015, 8, 7)),
    ("Commune de Pornic\nConseil municipal\nApprobation du procès-verbal de la séance du 12 janvier 2024\n", "date", date(2024, 1, 12)),
    ("Commune de Pornic\nConseil municipal\nVu la délibération n° 2023-45 du 12 décembre 2023,\n", "date", date(2023, 12, 12)),
    # the date of the previous PV is not the convocation date
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nApprobation du procès-verbal de la séance du 12 janvier 2024\n", "convened_on", date(2024, 1, 12)),
    # a closing hour of an earlier session cited in the text
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\n1. Budget\nAdopté.\nLa séance est levée à 21h15.\n", "next_meeting_date", date(2024, 3, 5)),
    # an agenda line naming another body is not the letterhead
    ("Le Conseil Municipal de PORNIC s'est réuni le 5 mars 2024.\nMétropole Rouen Normandie : convention de partenariat\n3. SIVOM de la Vallée du Lot\n",
     "body", "Métropole Rouen Normandie"),
    ("Le Conseil Municipal de PORNIC s'est réuni le 5 mars 2024.\n3. SIVOM de la Vallée du Lot\n", "body", "SIVOM de la Vallée du Lot"),
    # a president of another body, not the session's
    ("Commune de Pornic\nConseil municipal du 5 mars 2024\nLe Président du Département, M. Jean DUPONT, a écrit.\n", "president", "Jean DUPONT"),
]


@pytest.mark.parametrize(("text", "field", "wrong"), NEGATIVES)
def test_not_read(text, field, wrong):
    assert getattr(run(text), field) != wrong
