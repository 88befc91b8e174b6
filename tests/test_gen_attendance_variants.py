"""Generalisation: how other bodies' minutes print attendance and proxies (variants and negatives)."""

from __future__ import annotations

import pytest

from extractors import attendance
from pipeline.read import read_file
from pipeline.segment import segment


def run(text: str) -> dict:
    doc = read_file("minutes.txt", text.encode("utf-8"))
    return attendance.extract(doc, segment(doc))


def people(result: dict) -> list[tuple[str, str]]:
    return [(a.person, a.status) for a in result["attendance"]]


def proxies(result: dict) -> list[tuple[str, str]]:
    return [(p.giver, p.holder) for p in result["proxies"]]


P = "present"
ATTENDANCE = [
    # labels
    ("Étaient présents : M. Jean DUPONT, Mme Anne MARTIN\n", [("Jean DUPONT", P), ("Anne MARTIN", P)]),
    ("PRESENTS : M. Jean DUPONT, Mme Anne MARTIN\n", [("Jean DUPONT", P), ("Anne MARTIN", P)]),
    ("PRÉSENTS : DUPONT Jean, MARTIN Anne\n", [("DUPONT Jean", P), ("MARTIN Anne", P)]),
    ("Membres présents : M. Jean DUPONT, Mme Anne MARTIN\n", [("Jean DUPONT", P), ("Anne MARTIN", P)]),
    ("Présents: M. Jean DUPONT ; Mme Anne MARTIN ; M. Luc PETIT\n", [("Jean DUPONT", P), ("Anne MARTIN", P), ("Luc PETIT", P)]),
    ("Présents : Jean DUPONT - Anne MARTIN - Luc PETIT\n", [("Jean DUPONT", P), ("Anne MARTIN", P), ("Luc PETIT", P)]),
    ("Présents : M. Jean DUPONT, Mme Anne MARTIN et M. Luc PETIT.\n", [("Jean DUPONT", P), ("Anne MARTIN", P), ("Luc PETIT", P)]),
    ("Étaient présents :\nM. Jean DUPONT\nMme Anne MARTIN\nM. Luc PETIT\n\n", [("Jean DUPONT", P), ("Anne MARTIN", P), ("Luc PETIT", P)]),
    ("Présents :\n- M. Jean DUPONT\n- Mme Anne MARTIN\n• M. Luc PETIT\n\n", [("Jean DUPONT", P), ("Anne MARTIN", P), ("Luc PETIT", P)]),
    ("Présents :\n• Jean DUPONT\n• Anne MARTIN\n\n", [("Jean DUPONT", P), ("Anne MARTIN", P)]),
    # plural civilities
    ("Présents : Mmes et MM. ALBERT, BARON, CHEVALIER\n", [("ALBERT", P), ("BARON", P), ("CHEVALIER", P)]),
    ("Étaient présents : MM. DUPONT, PETIT, Mmes MARTIN, LEROY\n", [("DUPONT", P), ("PETIT", P), ("MARTIN", P), ("LEROY", P)]),
    ("Étaient présents : Mesdames et Messieurs ALBERT, BARON, CHEVALIER\n", [("ALBERT", P), ("BARON", P), ("CHEVALIER", P)]),
    # name shapes
    ("Présents : M. Jean-Pierre DUPONT, Mme Marie-Claude DE LA FONTAINE\n", [("Jean-Pierre DUPONT", P), ("Marie-Claude DE LA FONTAINE", P)]),
    ("Présents : M. Jean de La Fontaine, Mme Anne d'Aubigny\n", [("Jean de La Fontaine", P), ("Anne d'Aubigny", P)]),
    ("Présents : M. DUPONT Jean-Pierre, Mme LE GALL Anne\n", [("DUPONT Jean-Pierre", P), ("LE GALL Anne", P)]),
    # a list wrapped over two lines, then a sentence
    ("Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Luc\nPETIT, Mme Claire LEROY.\nMme Claire LEROY a été désignée secrétaire de séance.\n",
     [("Jean DUPONT", P), ("Anne MARTIN", P), ("Luc PETIT", P), ("Claire LEROY", P)]),
    ("Présents : M. Jean DUPONT, Mme Anne MARTIN,\nM. Luc PETIT, Mme Claire LEROY\nFormant la majorité des membres en exercice.\n",
     [("Jean DUPONT", P), ("Anne MARTIN", P), ("Luc PETIT", P), ("Claire LEROY", P)]),
    # absences
    ("Absents excusés : M. Paul DURAND, Mme Julie ROUX\n", [("Paul DURAND", "excused"), ("Julie ROUX", "excused")]),
    ("Excusés : M. Paul DURAND, Mme Julie ROUX\n", [("Paul DURAND", "excused"), ("Julie ROUX", "excused")]),
    ("Excusé(e)s : M. Paul DURAND\n", [("Paul DURAND", "excused")]),
    ("Absent(s) : M. Paul DURAND\n", [("Paul DURAND", "absent")]),
    ("Absente : Mme Julie ROUX\n", [("Julie ROUX", "absent")]),
    ("ABSENTS EXCUSES : M. Paul DURAND\n", [("Paul DURAND", "excused")]),
    ("Absents représentés : M. Paul DURAND par Mme Anne MARTIN\n", [("Paul DURAND", "excused"), ("Anne MARTIN", "present")]),
    # invited
    ("Assistaient également : M. Marc BLANC, DGS\n", [("Marc BLANC", "invited")]),
    ("Assistaient également à la séance : M. Marc BLANC, Directeur général des services\n", [("Marc BLANC", "invited")]),
    ("Également présents : M. Marc BLANC (DGS), Mme Sophie NOIR, secrétaire de mairie\n",
     [("Marc BLANC", "invited"), ("Sophie NOIR", "invited")]),
    # substitutes (syndicats)
    ("Suppléants : M. Marc BLANC (suppléant de M. Paul DURAND)\n", [("Marc BLANC", P)]),
    ("Délégués suppléants présents : M. Marc BLANC (suppléant de M. Paul DURAND)\n", [("Marc BLANC", P)]),
    # secretary and counts are not statuses
    ("Présents : M. Jean DUPONT, Mme Anne MARTIN\nSecrétaire de séance : Mme Anne MARTIN\n", [("Jean DUPONT", P), ("Anne MARTIN", P)]),
    ("Nombre de conseillers en exercice : 19\nPrésents : 15\nVotants : 17\n", []),
    ("Présents : 15 - Votants : 17\n", []),
    ("Présents : 15\nAbsents : 4\nPouvoirs : 2\n", []),
    ("Secrétaire de séance : Mme Anne MARTIN\n", []),
    ("Présents : Le Maire, Monsieur le Président\n", []),
    ("Présents : tous les conseillers en exercice\n", []),
    ("Absents : néant\nExcusés : /\n", []),
    ("Présents : Tous\n", []),
    ("Absents : 3 (M. Paul DURAND, Mme Julie ROUX, M. Luc PETIT)\n", [("Paul DURAND", "absent"), ("Julie ROUX", "absent"), ("Luc PETIT", "absent")]),
    ("Présents : M. Jean DUPONT, Mme Anne MARTIN (2)\n", [("Jean DUPONT", P), ("Anne MARTIN", P)]),
    ("Présents : L'ensemble des conseillers\n", []),
    ("Pouvoirs : Sans objet\n", []),
    ("Procurations : Voir liste annexée\n", []),
    ("Présents : Liste en annexe\n", []),
    ("Présents : Les membres du Bureau\n", []),
    ("Absents : Commune de Flaviac\n", []),
    ("Présents : 12 membres\n", []),
    ("Présents : Mesdames et Messieurs les Conseillers Municipaux\n", []),
    ("Présents : Monsieur le Maire, Mesdames et Messieurs les Adjoints\n", []),
    ("Conseillers présents : 12\nConseillers votants : 14\n", []),
    ("Présents : 15 conseillers\n", []),
    ("Présents : M. le Maire, M. Jean DUPONT\n", [("Jean DUPONT", P)]),
    ("Le Conseil municipal, régulièrement convoqué, s'est réuni sous la présidence de M. Jean DUPONT, Maire.\n", []),
    ("ORDRE DU JOUR\n1. Approbation du procès-verbal\n2. Budget primitif\n", []),
    # more labels and shapes
    ("Présents : M. le Maire (Jean DUPONT), Mme Anne MARTIN\n", [("Jean DUPONT", P), ("Anne MARTIN", P)]),
    ("Présents :\nDUPONT Jean\tChomérac\nMARTIN Anne\tFlaviac\n\n", [("DUPONT Jean", P), ("MARTIN Anne", P)]),
    ("Présents :\nM. Jean DUPONT\tMaire\nMme Anne MARTIN\tAdjointe\n\n", [("Jean DUPONT", P), ("Anne MARTIN", P)]),
    ("Présents : M. le Maire (absent), Mme Anne MARTIN\n", [("Anne MARTIN", P)]),
    ("Présents – M. Jean DUPONT, Mme Anne MARTIN\nAbsents - M. Paul DURAND\n", [("Jean DUPONT", P), ("Anne MARTIN", P), ("Paul DURAND", "absent")]),
    ("Présentation du projet - M. Jean DUPONT\n", []),
    ("Services – Rapport annuel\n", []),
    ("Conseillers municipaux présents : M. Jean DUPONT\n", [("Jean DUPONT", P)]),
    ("Membres du conseil présents : M. Jean DUPONT\n", [("Jean DUPONT", P)]),
    ("Délégués communautaires absents : M. Paul DURAND\n", [("Paul DURAND", "absent")]),
    ("Conseillers absents excusés : M. Paul DURAND\n", [("Paul DURAND", "excused")]),
    ("Excusés et représentés : M. Paul DURAND par M. Jean DUPONT\n", [("Paul DURAND", "excused"), ("Jean DUPONT", "present")]),
    ("En présence de : M. Marc BLANC, DGS\n", [("Marc BLANC", "invited")]),
    ("Participaient également : M. Marc BLANC, DGS\n", [("Marc BLANC", "invited")]),
    ("Assiste à la séance : M. Marc BLANC, DGS\n", [("Marc BLANC", "invited")]),
    ("PRÉSENTS\nM. Jean DUPONT\nMme Anne MARTIN\n\nABSENTS EXCUSÉS\nM. Paul DURAND\n\n",
     [("Jean DUPONT", P), ("Anne MARTIN", P), ("Paul DURAND", "excused")]),
    ("Présent(s) : M. Jean DUPONT\nAbsent(s) excusé(s) : M. Paul DURAND\n", [("Jean DUPONT", P), ("Paul DURAND", "excused")]),
    ("Présents :\nM. Jean DUPONT          Mme Anne MARTIN\nM. Luc PETIT            Mme Claire LEROY\n\n",
     [("Jean DUPONT", P), ("Anne MARTIN", P), ("Luc PETIT", P), ("Claire LEROY", P)]),
    ("Etaient présents : M. Jean DUPONT, Maire, Mmes Anne MARTIN, Julie ROUX, MM. Luc PETIT, Marc BLANC, Adjoints.\n",
     [("Jean DUPONT", P), ("Anne MARTIN", P), ("Julie ROUX", P), ("Luc PETIT", P), ("Marc BLANC", P)]),
    # a numbered list of names, one a line (Wattwiller's "1. SCHELLENBERGER Raphaël"; tests/compose.py): each number
    # opens an entry, as a bullet does
    ("Etaient présents :\n1. Mme Agnès LUCAS\n2. M. Hervé AUBERT\n3. M. Gérard BRETON\n\n",
     [("Agnès LUCAS", P), ("Hervé AUBERT", P), ("Gérard BRETON", P)]),
    ("Conseillers présents :\n1. LUCAS Agnès\n2. AUBERT Hervé\n\n", [("LUCAS Agnès", P), ("AUBERT Hervé", P)]),
    ("Présents :\n1) M. Jean DUPONT\n2) Mme Anne MARTIN\nAbsents excusés :\n1) M. Paul DURAND\n\n",
     [("Jean DUPONT", P), ("Anne MARTIN", P), ("Paul DURAND", "excused")]),
    # (an agenda's numbered items after a list are no names)
    ("Présents : M. Jean DUPONT, Mme Anne MARTIN\n1. Approbation du procès-verbal\n2. Budget primitif\n",
     [("Jean DUPONT", P), ("Anne MARTIN", P)]),
    ("Etaient absents :\nM. Paul DURAND a donné procuration à M. Jean DUPONT,\nMme Anne ROUX,\nSecrétaire de séance : M. Jean DUPONT\n",
     [("Paul DURAND", "absent"), ("Anne ROUX", "absent"), ("Jean DUPONT", "present")]),
    ("Etaient absents :\nM. Paul DURAND a donné procuration à M. Jean DUPONT\nMme Anne ROUX a donné procuration à M. Jean DUPONT\n"
     "Secrétaire de séance : M. Jean DUPONT\n", [("Paul DURAND", "absent"), ("Anne ROUX", "absent"), ("Jean DUPONT", "present")]),
    # one member a line, some with their function and its rank (tests/compose.py: functions='after the names')
    ("Etaient présents :\nMonsieur Rémi LE GALL, Maire\nMadame Julie RENAUD, 1re adjointe\nMonsieur Bruno MARTIN\n\n",
     [("Rémi LE GALL", P), ("Julie RENAUD", P), ("Bruno MARTIN", P)]),
    ("PRESENTS :\nMERCIER Valérie, Maire\nBLANC Claire, 2ème adjointe\nFRANCOIS Sylvie\n\n",
     [("MERCIER Valérie", P), ("BLANC Claire", P), ("FRANCOIS Sylvie", P)]),
    # the holder's side of a proxy: the giver is excused
    ("Présents : M. Jean DUPONT (pouvoir de M. Paul DURAND), Mme Anne MARTIN\n",
     [("Jean DUPONT", P), ("Anne MARTIN", P), ("Paul DURAND", "excused")]),
    # brackets with two remarks; "M" without its dot; a group named before the names; one commune a line
    ("Absents : Mme Julie ROUX (excusée, pouvoir à M. Jean DUPONT), M. Paul DURAND\n", [("Julie ROUX", "excused"), ("Paul DURAND", "absent"), ("Jean DUPONT", "present")]),
    ("Présents : MME Anne MARTIN, MR Jean DUPONT, M Paul DURAND\n", [("Anne MARTIN", P), ("Jean DUPONT", P), ("Paul DURAND", P)]),
    ("Présents : Mmes et MM. les délégués titulaires : Jean DUPONT, Anne MARTIN\n", [("Jean DUPONT", P), ("Anne MARTIN", P)]),
    ("Étaient présents les délégués suivants :\nPour la commune de Chomérac : M. Jean DUPONT, Mme Anne MARTIN\n"
     "Pour la commune de Flaviac : M. Luc PETIT\n\n", [("Jean DUPONT", P), ("Anne MARTIN", P), ("Luc PETIT", P)]),
    ("Présents :\nChomérac : Jean DUPONT, Anne MARTIN\nFlaviac : Luc PETIT (suppléant de Paul DURAND)\n\n",
     [("Jean DUPONT", P), ("Anne MARTIN", P), ("Luc PETIT", P)]),
    # a member keeps the status of the list that names him, a proxy given or not (the annotators' reading, and the
    # scorer's: excused is a member listed as excused or represented, or a giver listed nowhere else);
    # a giver named by surname is the member listed
    ("Absents : M. Paul DURAND (pouvoir à M. Jean DUPONT), Mme Julie ROUX\n", [("Paul DURAND", "absent"), ("Julie ROUX", "absent"), ("Jean DUPONT", "present")]),
    ("Présents : M. Jean DUPONT\nAbsents : M. Paul DURAND, Mme Julie ROUX\nPouvoirs : M. DURAND à M. DUPONT\n",
     [("Jean DUPONT", P), ("Paul DURAND", "absent"), ("Julie ROUX", "absent")]),
    ("Pouvoirs : M. Paul DURAND à M. Jean DUPONT\n", [("Paul DURAND", "excused"), ("Jean DUPONT", "present")]),
    ("Absents : M. Paul DURAND, Mme Julie ROUX (excusés)\n", [("Paul DURAND", "excused"), ("Julie ROUX", "excused")]),
    ("Absents : M. Paul DURAND (excusé), Mme Julie ROUX (excusée), M. Luc PETIT\n",
     [("Paul DURAND", "excused"), ("Julie ROUX", "excused"), ("Luc PETIT", "absent")]),
    # several labels on one line; a civility glued to the name
    ("Présents : M. Jean DUPONT, Mme Anne MARTIN. Absents : M. Paul DURAND. Pouvoirs : Mme Julie ROUX à M. Jean DUPONT.\n",
     [("Jean DUPONT", P), ("Anne MARTIN", P), ("Paul DURAND", "absent"), ("Julie ROUX", "excused")]),
    ("Présents : M. Jean DUPONT, Mme Anne MARTIN - Excusés : M. Paul DURAND\n", [("Jean DUPONT", P), ("Anne MARTIN", P), ("Paul DURAND", "excused")]),
    ("Présents: M.Jean DUPONT, Mme.Anne MARTIN\n", [("Jean DUPONT", P), ("Anne MARTIN", P)]),
    ("Sont présents : M. Jean DUPONT, Mme Anne MARTIN\nSont excusés : M. Paul DURAND\nEst absent : M. Luc PETIT\n",
     [("Jean DUPONT", P), ("Anne MARTIN", P), ("Paul DURAND", "excused"), ("Luc PETIT", "absent")]),
    # a sentence giving a proxy ends a list of people present
    ("Présents : M. Jean DUPONT, Mme Anne MARTIN\nM. Paul DURAND, absent excusé, a donné pouvoir à M. Jean DUPONT.\n",
     [("Jean DUPONT", P), ("Anne MARTIN", P), ("Paul DURAND", "excused")]),
    # the holder of a proxy is not its giver
    ("Mme Anne MARTIN porte le pouvoir de Mme Julie ROUX.\n", [("Julie ROUX", "excused"), ("Anne MARTIN", "present")]),
    ("Pouvoirs : M. Jean DUPONT porteur du pouvoir de M. Paul DURAND\n", [("Paul DURAND", "excused"), ("Jean DUPONT", "present")]),
    ("Conseillers en exercice : 23 Présents : 18 Votants : 21\n", []),
    ("Absents : 5 dont 3 représentés\n", []),
]


@pytest.mark.parametrize("text, expected", ATTENDANCE)
def test_attendance_variants(text, expected):
    assert people(run(text)) == expected


PROXIES = [
    ("Pouvoirs : M. Paul DURAND à Mme Anne MARTIN, Mme Julie ROUX à M. Jean DUPONT\n",
     [("Paul DURAND", "Anne MARTIN"), ("Julie ROUX", "Jean DUPONT")]),
    ("Procurations : M. Paul DURAND à Mme Anne MARTIN\n", [("Paul DURAND", "Anne MARTIN")]),
    ("Procuration(s) : M. Paul DURAND à Mme Anne MARTIN\n", [("Paul DURAND", "Anne MARTIN")]),
    ("Présents : M. Jean DUPONT, Mme Anne MARTIN\nM. Paul DURAND a donné pouvoir à Mme Anne MARTIN.\n", [("Paul DURAND", "Anne MARTIN")]),
    ("Absents excusés : M. Paul DURAND (pouvoir à Mme Anne MARTIN), Mme Julie ROUX\n", [("Paul DURAND", "Anne MARTIN")]),
    ("Absents : M. Paul DURAND donne procuration à M. Jean DUPONT\n", [("Paul DURAND", "Jean DUPONT")]),
    ("Excusés : Mme Julie ROUX représentée par M. Jean DUPONT\n", [("Julie ROUX", "Jean DUPONT")]),
    ("Absents représentés : M. Paul DURAND par Mme Anne MARTIN\n", [("Paul DURAND", "Anne MARTIN")]),
    ("Pouvoirs :\n- M. Paul DURAND à Mme Anne MARTIN\n- Mme Julie ROUX à M. Jean DUPONT\n\n",
     [("Paul DURAND", "Anne MARTIN"), ("Julie ROUX", "Jean DUPONT")]),
    ("Pouvoirs : M. Paul DURAND donne pouvoir à Mme Anne MARTIN ; Mme Julie ROUX donne pouvoir à M. Jean DUPONT\n",
     [("Paul DURAND", "Anne MARTIN"), ("Julie ROUX", "Jean DUPONT")]),
    ("Absents ayant donné pouvoir : M. Paul DURAND à Mme Anne MARTIN\n", [("Paul DURAND", "Anne MARTIN")]),
    ("Excusés et représentés : M. Paul DURAND par M. Jean DUPONT\n", [("Paul DURAND", "Jean DUPONT")]),
    ("Procuration : de M. Paul DURAND à M. Jean DUPONT\n", [("Paul DURAND", "Jean DUPONT")]),
    ("Pouvoir(s) : M. Paul DURAND à M. Jean DUPONT\n", [("Paul DURAND", "Jean DUPONT")]),
    ("Présents : M. Jean DUPONT (pouvoir de M. Paul DURAND), Mme Anne MARTIN\n", [("Paul DURAND", "Jean DUPONT")]),
    ("Présents : M. Jean DUPONT, Mme Anne MARTIN (procuration de Mme Julie ROUX)\n", [("Julie ROUX", "Anne MARTIN")]),
    ("Présents : M. Jean DUPONT porteur du pouvoir de M. Paul DURAND, Mme Anne MARTIN\n", [("Paul DURAND", "Jean DUPONT")]),
    ("Présents : M. Jean DUPONT, Mme Anne MARTIN\nPouvoirs : M. Paul DURAND à M. DUPONT\n", [("Paul DURAND", "Jean DUPONT")]),
    ("Absents : Mme Julie ROUX (excusée - pouvoir à M. Jean DUPONT)\n", [("Julie ROUX", "Jean DUPONT")]),
    ("Présents : M. Jean DUPONT, Mme Anne MARTIN\n\nLe quorum étant atteint, M. le Maire ouvre la séance. "
     "M. Paul DURAND a donné pouvoir à M. Jean DUPONT.\n", [("Paul DURAND", "Jean DUPONT")]),
    ("Présents : M. Jean DUPONT, Mme Anne MARTIN\nM. Paul DURAND et Mme Julie ROUX, absents excusés, ont donné respectivement "
     "pouvoir à M. Jean DUPONT et à Mme Anne MARTIN.\n", [("Paul DURAND", "Jean DUPONT"), ("Julie ROUX", "Anne MARTIN")]),
    ("Présents : M. Jean DUPONT, Mme Anne MARTIN. Absents : M. Paul DURAND. Pouvoirs : Mme Julie ROUX à M. Jean DUPONT.\n",
     [("Julie ROUX", "Jean DUPONT")]),
    ("M. Paul DURAND et Mme Julie ROUX ont donné pouvoir à M. Jean DUPONT.\n", [("Paul DURAND", "Jean DUPONT"), ("Julie ROUX", "Jean DUPONT")]),
    ("Pouvoirs : M. Paul DURAND (à M. Jean DUPONT)\n", [("Paul DURAND", "Jean DUPONT")]),
    ("Procurations : M. DURAND (à M. DUPONT), Mme ROUX (à Mme MARTIN)\n", [("DURAND", "DUPONT"), ("ROUX", "MARTIN")]),
    ("Procurations :\nDe M. Paul DURAND à M. Jean DUPONT\nDe Mme Julie ROUX à Mme Anne MARTIN\n\n",
     [("Paul DURAND", "Jean DUPONT"), ("Julie ROUX", "Anne MARTIN")]),
    ("Mme Anne MARTIN porte le pouvoir de Mme Julie ROUX.\n", [("Julie ROUX", "Anne MARTIN")]),
    ("Présents : M. Jean DUPONT\n\nMme Anne MARTIN a reçu pouvoir de Mme Julie ROUX.\n", [("Julie ROUX", "Anne MARTIN")]),
    ("Pouvoirs : 2 (M. DURAND à M. DUPONT, Mme ROUX à Mme MARTIN)\n", [("DURAND", "DUPONT"), ("ROUX", "MARTIN")]),
    ("Présents : M. Jean DUPONT\n\nM. Paul DURAND a donné pouvoir à M. Jean DUPONT, Mme Julie ROUX a donné pouvoir à Mme Anne MARTIN.\n",
     [("Paul DURAND", "Jean DUPONT"), ("Julie ROUX", "Anne MARTIN")]),
    # given names only, entries apart by slashes, a holder without "à"
    ("Excusés : Julie (pouvoir donné à Jean) / Paul (pouvoir donné à Anne) / Luc (pouvoir donné Anne)\n/ Marc (pouvoir donné à Sophie)\n",
     [("Julie", "Jean"), ("Paul", "Anne"), ("Luc", "Anne"), ("Marc", "Sophie")]),
    # no proxy
    ("M. Paul DURAND, Mme Julie ROUX et M. Luc PETIT ont donné respectivement pouvoir à M. Jean DUPONT et Mme Anne MARTIN.\n", []),
    ("Le Conseil municipal donne pouvoir à Monsieur le Maire pour signer la convention.\n", []),
    ("Après en avoir délibéré, le conseil donne pouvoir à M. le Maire. M. le Maire remercie l'assemblée.\n", []),
    ("Présents : M. Jean DUPONT (pouvoir de vote à M. Luc PETIT)\n", [("Jean DUPONT", "Luc PETIT")]),
    ("Présents : M. Jean DUPONT (procuration de vote)\n", []),
    ("Pouvoirs : 2\n", []),
    ("Pouvoirs : néant\n", []),
    ("Le Conseil municipal donne pouvoir au Maire pour signer la convention.\n", []),
    ("Le Maire a donné pouvoir à la commission des finances pour examiner le dossier.\n", []),
    # a proxy sentence after a list of those excused that its full stop closed (tests/compose.py: excused list + "X a
    # donné pouvoir à Y." + names SURNAME first): the sentence is no continuation of the list's last name
    ("Présents : PETIT Luc, BLANC Anne\nExcusés : ROUX Marc et FAURE Alain.\nDURAND Paul a donné pouvoir à PETIT Luc.\n"
     "NOEL Rémi a donné pouvoir à BLANC Anne.\n", [("DURAND Paul", "PETIT Luc"), ("NOEL Rémi", "BLANC Anne")]),
    ("Présents : M. Luc PETIT, Mme Anne BLANC\nAbsents : M. Marc ROUX.\nM. Paul DURAND donne procuration à M. Luc PETIT.\n",
     [("Paul DURAND", "Luc PETIT")]),
    ("Présents :\n1. M. Jean DUPONT\n2. Mme Anne MARTIN\nProcurations :\n1. M. Paul DURAND à M. Jean DUPONT\n\n",
     [("Paul DURAND", "Jean DUPONT")]),
    # a proxy sentence after a list of those excused that no full stop closed, names in small letters (tests/compose.py):
    # a sentence of its own, read where its holder is listed present; never the list's last name going on
    ("Présents : Luc Blanc, Anne Roux\nExcusés : Marc Noir ; Léa Petit\nJean Bonnet a donné pouvoir à Anne Roux.\n",
     [("Jean Bonnet", "Anne Roux")]),
    ("Présents : Luc Blanc, Anne Roux, Paul Durand\nMarie-Claude Muller donne procuration à Paul Durand.\n",
     [("Marie-Claude Muller", "Paul Durand")]),
    ("Présents : Luc Blanc, Anne Roux\nJean Bonnet donne procuration à Marc Noir.\n", []),  # (a holder listed nowhere)
    ("Présents : Luc Blanc, Anne Roux\nLe Conseil Municipal donne pouvoir à Luc Blanc pour signer la convention.\n", []),
    ("Présents : Luc Blanc, Anne Roux\nSaint Martin Vésubie donne procuration à Luc Blanc.\n", []),
    ("Présents : Luc Blanc, Anne Roux\nExcusés : Marc Noir ; Léa Petit\nLe Conseil Municipal donne pouvoir à Luc Blanc.\n", []),
    # (a list whose proxy line ends with a comma goes on; a name cut across lines before its verb is one name)
    ("Etaient absents :\nM. Paul DURAND a donné procuration à M. Jean DUPONT,\nMme Anne ROUX,\nSecrétaire de séance : M. Jean DUPONT\n",
     [("Paul DURAND", "Jean DUPONT")]),
    ("Etaient absents :\nM. Luc PETIT donne procuration à M. Jean DUPONT, M. Michel\nDURAND donne procuration à Mme Anne ROUX.\n",
     [("Luc PETIT", "Jean DUPONT"), ("Michel DURAND", "Anne ROUX")]),
    # a list wrapped at a page's width inside an entry (tests/compose.py: list_wrap='wrapped at 60'): the holder goes on
    # on the next line, never a person of his own
    ("Présents : Mme Marie-Claude RENAUD, M. Yves LEROY\nAbsents représentés : Mme Sophie COLIN par Mme Marie-Claude\nRENAUD\n"
     "Secrétaire de séance : M. Yves LEROY\n", [("Sophie COLIN", "Marie-Claude RENAUD")]),
    ("Présents : M. Yves LEROY\nABSENTS AYANT DONNÉ POUVOIR : M. Jean-Pierre DUPONT à M.\nYves LEROY\n\n",
     [("Jean-Pierre DUPONT", "Yves LEROY")]),
    ("Présents : Mme A. VINCENT\nAbsents représentés : Mme I. ARNAUD représentée par Mme A.\nVINCENT\n\n",
     [("I. ARNAUD", "A. VINCENT")]),
    ("Excusés :\nMonsieur Bruno MARTIN\nMadame Sylvie ROGER a donné pouvoir à Monsieur Luc COLIN.\n"
     "Monsieur Thierry CHEVALIER a donné pouvoir à Monsieur\nThierry LEROY.\nMadame Isabelle FONTAINE a donné pouvoir à Monsieur Paul\n"
     "GARNIER.\nAbsent non représenté :\nMonsieur Jean LAMBERT\n",
     [("Sylvie ROGER", "Luc COLIN"), ("Thierry CHEVALIER", "Thierry LEROY"), ("Isabelle FONTAINE", "Paul GARNIER")]),
    ("Présents : M ROUSSEAU Luc, Mme ROUX Anne\nAbsents représentés : M PETIT Bruno représenté par M\nROUSSEAU Luc\n\n",
     [("PETIT Bruno", "ROUSSEAU Luc")]),
    ("Présents : DUMAS Olivier - ROUX Anne\nAbsents représentés : MAILLARD Rémi représenté par DUMAS\nOlivier\n"
     "M ROUX a été élue secrétaire de séance.\n", [("MAILLARD Rémi", "DUMAS Olivier")]),
    # a proxy sentence SURNAME first after "M" without its dot, after a list no full stop closed
    ("Présents : PETIT Luc, BLANC Anne\nExcusés : ROUX Marc ; FAURE Alain\nM DURAND Paul a donné pouvoir à PETIT Luc.\n",
     [("DURAND Paul", "PETIT Luc")]),
    # (an initial's full stop closes no list: the line goes on with the name)
    ("Excusés : M. Marc ROUX, M. Paul DURAND a donné pouvoir à M. Luc PETIT\n", [("Paul DURAND", "Luc PETIT")]),
]


@pytest.mark.parametrize("text, expected", PROXIES)
def test_proxy_variants(text, expected):
    assert proxies(run(text)) == expected


# Lines that follow a list without a blank line: none of them is a name, none lengthens the last name
TAILS = [
    "Date d'affichage : 15/01/2024", "Date de convocation : 10/01/2024", "Convocation du 10 janvier 2024",
    "Conseillers en exercice : 19", "Présents : 15", "Votants : 17", "Secrétaire : Mme Anne MARTIN", "ORDRE DU JOUR :",
    "Approbation du procès-verbal de la séance précédente", "Monsieur le Maire ouvre la séance à 20h30",
    "Mme Anne MARTIN est désignée secrétaire de séance.", "DÉLIBÉRATIONS", "COMPTE RENDU DE LA SÉANCE",
    "Début de séance : 18h30", "Heure d'ouverture : 18h30", "Lieu : Salle du conseil", "Publié le 20/01/2024",
    "1 - Approbation du compte rendu", "Objet : Budget primitif 2024", "Nombre de votants : 17",
    "Mme Claire LEROY quitte la séance à 21h.", "Formant la majorité des membres en exercice.", "Pouvoirs : 0",
    "M. le Maire ouvre la séance.", "Mme la Présidente ouvre la séance à 18h.", "Soit 15 présents et 2 pouvoirs.",
    "Page 1 sur 12", "Le 12 janvier 2024, à 20h30", "Sous la présidence de M. Jean DUPONT", "M. Luc PETIT arrive à 20h45.",
    "Représentant la majorité des membres en exercice", "Après appel nominal, le quorum est atteint.",
]


@pytest.mark.parametrize("tail", TAILS)
def test_line_after_a_list(tail):
    assert people(run("Présents : M. Jean DUPONT, Mme Anne MARTIN\n" + tail + "\n")) == [("Jean DUPONT", P), ("Anne MARTIN", P)]
    assert proxies(run("Présents : M. Jean DUPONT, Mme Anne MARTIN\n" + tail + "\n")) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Suppléants : M. Marc BLANC (suppléant de M. Paul DURAND)\n", [("Marc BLANC", "Paul DURAND")]),
        ("Présents : M. Marc BLANC suppléant de M. Luc PETIT, Mme Anne MARTIN\n", [("Marc BLANC", "Luc PETIT"), ("Anne MARTIN", None)]),
        ("Présents : M. Jean DUPONT, M. Marc BLANC, suppléant de M. Luc PETIT\n", [("Jean DUPONT", None), ("Marc BLANC", "Luc PETIT")]),
        ("Présents :\nFlaviac : Luc PETIT (suppléant de Paul DURAND)\nChomérac : Jean DUPONT\n\n", [("Luc PETIT", "Paul DURAND"), ("Jean DUPONT", None)]),
    ],
)
def test_substitutes(text, expected):
    assert [(a.person, a.substitute_for) for a in run(text)["attendance"]] == expected


TABLE = (
    "Présences\n\n| Nom | Présent | Absent | Excusé | Pouvoir à |\n|---|---|---|---|---|\n| DUPONT Jean | X | | | |\n"
    "| MARTIN Anne | X | | | |\n| DURAND Paul | | | X | DUPONT Jean |\n| PETIT Luc | | X | | |\n\n"
)


@pytest.mark.parametrize(
    "text, expected, expected_proxies",
    [
        (TABLE, [("DUPONT Jean", P), ("MARTIN Anne", P), ("DURAND Paul", "excused"), ("PETIT Luc", "absent")],
         [("DURAND Paul", "DUPONT Jean")]),
        ("| Nom | Prénom | Présent | Excusé | Absent | Procuration à |\n| --- | --- | --- | --- | --- | --- |\n"
         "| DUPONT | Jean | x | | | |\n| DURAND | Paul | | x | | M. DUPONT |\n",
         [("DUPONT Jean", P), ("DURAND Paul", "excused")], [("DURAND Paul", "DUPONT Jean")]),
        ("Conseiller\tPrésent\tAbsent\tPouvoir à\nM. Jean DUPONT\tX\t\t\nMme Julie ROUX\t\tX\tM. Jean DUPONT\n\n",
         [("Jean DUPONT", P), ("Julie ROUX", "absent")], [("Julie ROUX", "Jean DUPONT")]),
        # not an attendance table
        ("| Budget | Prévu | Réalisé |\n|---|---|---|\n| Voirie | 100 | 90 |\n", [], []),
        ("| Commune | Présents | Absents |\n|---|---|---|\n| Chomérac | 3 | 1 |\n", [], []),
    ],
)
def test_attendance_tables(text, expected, expected_proxies):
    result = run(text)
    assert people(result) == expected
    assert proxies(result) == expected_proxies


# The one presiding listed present by function ("M. le Maire", "Mme la Présidente"; tests/compose.py:
# president_in_list='by function'): the president the meeting's facts name, once; never one listed absent by function,
# nor another body's mayor
@pytest.mark.parametrize("lists, expected", [
    ("Etaient présents : M. le Maire, M. Gérard HUET, Mme Anne ROUX\n\n",
     [("Gérard HUET", P), ("Anne ROUX", P), ("Gérard BRUN", P)]),
    ("PRESENTS :\nM. le Maire\nMonsieur Gérard HUET\n\n", [("Gérard HUET", P), ("Gérard BRUN", P)]),
    ("Présents : M. le Maire (absent), Mme Anne ROUX\n\n", [("Anne ROUX", P)]),
    ("Présents : M. le Maire de Flaviac, Mme Anne ROUX\n\n", [("Anne ROUX", P)]),
])
def test_the_president_listed_by_function(lists, expected):
    from pipeline.extract import extract

    text = "Commune de Pornic\nConseil municipal du 5 mars 2024\nSéance présidée par M. Gérard BRUN, Maire.\n" + lists
    doc = read_file("minutes.txt", text.encode("utf-8"))
    facts = extract(doc, segment(doc))
    assert [(a.person, a.status) for a in facts.attendance] == expected
