"""People at the session in the layouts of issue #15: one rule a row, with lines that must be read and
lines that must not. Names and communes are invented; the layouts are those of real minutes."""

from __future__ import annotations

import pytest

from extractors import attendance, movements, nlp
from pipeline.french import mend_hyphens, mend_split_words
from pipeline.read import read_file
from pipeline.segment import segment

P, A, E, INV = "present", "absent", "excused", "invited"


def run(text: str) -> dict:
    doc = read_file("minutes.txt", text.encode("utf-8"))
    return attendance.extract(doc, segment(doc))


def people(text: str) -> list[tuple[str, str]]:
    return [(a.person, a.status) for a in run(text)["attendance"]]


def proxies(text: str) -> list[tuple[str, str]]:
    return [(p.giver, p.holder) for p in run(text)["proxies"]]


ATTENDANCE = [
    # minutes printed as one paragraph: labels in the middle of the line, delegates followed by their commune
    ("COMMUNAUTE DE COMMUNES DU VAL ______ sous la présidence de Monsieur Marc ROBIN, Président. Etaient présents : "
     "Mr Paul DURAND, AVRAY Mr Marc ROBIN, AVRAY Mme Anne MARTIN, LE BOURG ST JEAN Mr Luc PETIT, VILLERS EN BOIS "
     "Absents : Mme Julie ROUX –AVRAY- (donne pouvoir à Mr ROBIN), Mr Eric NOEL -LE BOURG-. Secrétaire de séance : "
     "Mme Anne MARTIN Date de la convocation : 2 mars 2024\n",
     [("Paul DURAND", P), ("Marc ROBIN", P), ("Anne MARTIN", P), ("Luc PETIT", P), ("Julie ROUX", A), ("Eric NOEL", A)]),
    # one delegate a line under the commune's line (a table of communes and delegates, flattened)
    ("Etaient présents :\nAVRAY\nM. DURAND Paul\nLE BOURG\nM. PETIT Luc (suppléant de\nM. NOEL Eric)\nVILLERS SUR\nMARNE\n"
     "Mme MARTIN Anne\nFormant la majorité des membres en exercice.\n",
     [("DURAND Paul", P), ("PETIT Luc", P), ("MARTIN Anne", P)]),
    # spaced hyphens of a text layer, letters set apart, a glued bullet
    ("PRESENTS : Mmes DURAND Anne, BROCA - LANNAUD Marie - Thérèse, MM. ZAGO Jean - Pierre, GIACOSA Patric k, BRET P hilippe.\n",
     [("DURAND Anne", P), ("BROCA-LANNAUD Marie-Thérèse", P), ("ZAGO Jean-Pierre", P), ("GIACOSA Patrick", P), ("BRET Philippe", P)]),
    ("ABSENTS - EXCUSES : Mme AUGUSTE - MERCADIER Karine, M. DAUBRESSE Marc- Philippe.\n",
     [("AUGUSTE-MERCADIER Karine", E), ("DAUBRESSE Marc-Philippe", E)]),
    ("Etaient présents :\n- Josiane MARTIN,- Isabelle PETIT,\n- Lionel DURAND- Francis NOEL.\n\n",
     [("Josiane MARTIN", P), ("Isabelle PETIT", P), ("Lionel DURAND", P), ("Francis NOEL", P)]),
    # ... but names set apart by dashes stay apart
    ("Présents : DURAND - MARTIN - PETIT\n", [("DURAND", P), ("MARTIN", P), ("PETIT", P)]),
    ("Présents : Paul LE BIHAN - Eric ROBERT - Anne MARTIN\n", [("Paul LE BIHAN", P), ("Eric ROBERT", P), ("Anne MARTIN", P)]),
    # titulaires, suppléants with a vote, under one heading; a member replaced by a substitute
    ("Etaient présents : Membres titulaires : DURAND Paul, PETIT Luc. Membres suppléants avec voix délibérative : NOEL Eric. "
     "Membres titulaires absents, excusés : ROUX Julie.\n",
     [("DURAND Paul", P), ("PETIT Luc", P), ("NOEL Eric", P), ("ROUX Julie", E)]),
    ("Étaient présents :\nTitulaires : M. Paul DURAND, M. Luc PETIT\nSuppléants : M. Eric NOEL\n\n",
     [("Paul DURAND", P), ("Luc PETIT", P), ("Eric NOEL", P)]),
    ("PRESENTS : Mmes DURAND Anne remplacée par sa suppléante PETIT Claire, MARTIN Julie\n", [("PETIT Claire", P), ("MARTIN Julie", P)]),
    ("Présents : M. Paul DURAND remplacé par son suppléant, M. Luc PETIT\n", [("Paul DURAND", E), ("Luc PETIT", P)]),
    ("Excusés : MM DURAND Paul, PETIT Luc (Supplée par Mr NOEL Eric)\n", [("DURAND Paul", E), ("PETIT Luc", E)]),
    # a group heading between the label and the names, blank lines around it
    ("Etaient présents :\n\nMesdames et Messieurs les Conseillers Municipaux :\n\n- Anne MARTIN, - Luc PETIT.\n\n",
     [("Anne MARTIN", P), ("Luc PETIT", P)]),
    # first names only, slashes and "&", a status after a colon
    ("Présents : Jean-Pierre, Yves, David &\nAdeline (procuration à Mario)\nAbsent\nHélène\n",
     [("Jean-Pierre", P), ("Yves", P), ("David", P), ("Adeline", P), ("Hélène", A)]),
    ("Excusés : Anne-Marie (pouvoir donné à Yves) / Marc (pouvoir donné Patrick)\n/ Mathieu (pouvoir donné à Nelly)\n"
     "Maryline : absente non excusée\n",
     [("Anne-Marie", E), ("Marc", E), ("Mathieu", E), ("Maryline", A)]),
    # surnames only, per commune, the commune run into the list
    ("Etaient présents :\nCommune d’ : Messieurs Leynaud, Chabal Commune de : Monsieur Boyer Commune de Flaviac : Monsieur Martin\n",
     [("Leynaud", P), ("Chabal", P), ("Boyer", P), ("Martin", P)]),
    # staff and guests, with their service; organisations are not people
    ("Assistaient également à la réunion : Bureau d’Etudes Alpha : Vincent Chassard Technique : Messieurs Vergnaud, Chazot "
     "Administratif : Madame Noharet.\n",
     [("Vincent Chassard", INV), ("Vergnaud", INV), ("Chazot", INV), ("Noharet", INV)]),
    ("Présents : Pour la Commune de FLAVIAC, Monsieur Paul DURAND, Madame Anne MARTIN\n", [("Paul DURAND", P), ("Anne MARTIN", P)]),
    # a list of both absent and excused members does not say who was excused
    ("Absents et absent(s) excusé(s) :\nMme Anne MARTIN, M. Luc PETIT (2)\n", [("Anne MARTIN", A), ("Luc PETIT", A)]),
    ("Absents et excusés : M. Luc PETIT\n", [("Luc PETIT", A)]),
    # a bullet from a symbol font (private use area)
    ("Pouvoir :\n\uf0d8 Madame Anne MARTIN à Monsieur Luc PETIT\nAbsent :\n\uf0d8 Monsieur Eric NOEL\n", [("Eric NOEL", A), ("Anne MARTIN", E)]),
    # a delegate's commune after "de" is not part of the name
    ("Délégués absents excusés :\nM. DELORME Hubert de JOUARRE\nMme BUSCH Anne de LA FERTE\n\n", [("DELORME Hubert", E), ("BUSCH Anne", E)]),
    # a table of names flattened to rows of SURNAME and given names, blank lines between the rows
    ("Conseillers Communautaires présents\n\nFOND Paul MORIN Pierre LECLERC Grégory\n\nRUSTER Fleur HAUDRY Christophe\n\n"
     "DÉLIBÉRATION APPROUVÉE : Pour 86\n",
     [("FOND Paul", P), ("MORIN Pierre", P), ("LECLERC Grégory", P), ("RUSTER Fleur", P), ("HAUDRY Christophe", P)]),
    # ... but a blank line ends any other list
    ("Excusés : M. Paul DURAND, Mme Anne MARTIN\n\nMonsieur Luc PETIT Trésorier est excusé\n", [("Paul DURAND", E), ("Anne MARTIN", E)]),
    # not names
    ("Présents : Conseillers en exercice : 33 - Présents : 29 - Votants : 33\n", []),
    ("Présents : M. Jean de La Fontaine, Mme Marie DE LA TOUR\n", [("Jean de La Fontaine", P), ("Marie DE LA TOUR", P)]),
]


@pytest.mark.parametrize("text, expected", ATTENDANCE)
def test_attendance_layouts(text, expected):
    assert people(text) == expected


PROXIES = [
    ("Délégués représentés par pouvoir :\nM. DURAND Paul à M. PETIT Luc\nM. ROUX Eric par M. NOEL Marc\n",
     [("DURAND Paul", "PETIT Luc"), ("ROUX Eric", "NOEL Marc")]),
    ("Représentés :\nMme Anne ROUX : pouvoir à Mme MARTIN ; Mme Julie NOEL : pouvoir à M. PETIT\n",
     [("Anne ROUX", "MARTIN"), ("Julie NOEL", "PETIT")]),
    # the holder named by function: the member the list calls so
    ("Présents : M. Jean-Michel DUPONT, Maire, Mmes et MM. Claire HUGUES, Paul FILY. Pouvoirs : Mme Anne ROUX donne pouvoir "
     "à M. le Maire, Mme Julie NOEL donne pouvoir à Mme Claire HUGUES. Secrétaire de séance : Paul FILY\n",
     [("Anne ROUX", "Jean-Michel DUPONT"), ("Julie NOEL", "Claire HUGUES")]),
    ("Absents ayant donné procuration à :\nM. Paul DURAND donne procuration à M. Luc PETIT,\nMme Anne ROUX donne procuration à M. Eric NOEL (2)\n",
     [("Paul DURAND", "Luc PETIT"), ("Anne ROUX", "Eric NOEL")]),
    ("Présents : Yves, Patrick\nExcusés : Marc (pouvoir donné Patrick)\n", [("Marc", "Patrick")]),
    # not proxies
    ("Le Conseil donne son accord et pouvoir à la Présidente pour signer le permis.\n", []),
    ("Présents : M. Paul DURAND\nLe Conseil municipal donne pouvoir à Monsieur le Maire pour signer l'acte.\n", []),
]


@pytest.mark.parametrize("text, expected", PROXIES)
def test_proxy_layouts(text, expected):
    assert proxies(text) == expected


BODY = "Conseil Municipal du 8 juin 2020\nOrdre du jour :\n1. Budget\n2. Tarifs\n3. Divers\n" \
       "Étaient présents :\nM. Paul DURAND, Maire, Mme Anne MARTIN, M. Luc PETIT\n" \
       "1. Budget\nLe conseil approuve à l'unanimité.\n2. Tarifs\n{line}\n3. Divers\nRien.\n"

MOVEMENTS = [
    ("M. Luc PETIT, intéressé, quitte la séance.", [("2", None, "departure", "Luc PETIT")]),
    ("M. Luc PETIT et Mme Anne MARTIN quittent la salle.", [("2", None, "departure", "Luc PETIT"), ("2", None, "departure", "Anne MARTIN")]),
    ("Mme MARTIN ne prend pas part au vote.", [("2", "2", "not_voting", "Anne MARTIN")]),
    ("M. Luc PETIT quitte la salle et ne participe ni au débat ni au vote.", [("2", "2", "not_voting", "Luc PETIT")]),
    ("Après le vote, M. Luc PETIT quitte la séance.", [("3", None, "departure", "Luc PETIT")]),
    ("Le conseil approuve à l'unanimité. Mme Anne MARTIN quitte la séance.", [("3", None, "departure", "Anne MARTIN")]),
    ("M. Luc PETIT arrive au point 3.", [("3", None, "arrival", "Luc PETIT")]),
    ("Arrivée de M. Luc PETIT à 20h45.", [("2", None, "arrival", "Luc PETIT")]),
    ("Départ de M. Luc PETIT (procuration à Mme Anne MARTIN).", [("2", None, "departure", "Luc PETIT")]),
    ("Mme Anne MARTIN réintègre la séance.", [("2", None, "return", "Anne MARTIN")]),
    ("M. le Maire quitte la séance.", [("2", None, "departure", "Paul DURAND")]),
    ("Monsieur le Maire, Paul DURAND, se retire.", [("2", None, "departure", "Paul DURAND")]),
    # not a member of the session arriving or leaving
    ("Le contrat arrive à échéance le 31 décembre.", []),
    ("Le départ de la commune de Sauzet est acté.", []),
    ("Le public quitte la salle.", []),
    ("Un retour d'expérience sera présenté.", []),
    ("Le président doit se retirer au moment du vote du compte administratif.", []),
    ("La Présidente quitte la séance.", []),  # a function nobody listed holds
]


@pytest.mark.parametrize("line, expected", MOVEMENTS)
def test_movements_in_items(line, expected, monkeypatch):
    monkeypatch.setenv("MINUTIER_SPACY", "0")  # the rules alone
    changes = run(BODY.format(line=line))["attendance_changes"]
    assert [(c.from_item, c.to_item, c.event, c.person) for c in changes] == expected


def test_movement_gives_a_proxy():
    change = run(BODY.format(line="Départ de M. Luc PETIT (procuration à Mme MARTIN)."))["attendance_changes"][0]
    assert (change.person, change.holder) == ("Luc PETIT", "Anne MARTIN")


def test_movement_line_ends_a_list():
    assert people("Présents : M. Jean DUPONT, Mme Anne MARTIN\nM. Luc PETIT arrive à 20h45.\n") == [("Jean DUPONT", P), ("Anne MARTIN", P)]
    assert movements.MOVEMENT_LINE.match("Mme Claire LEROY quitte la séance à 21h")
    assert not movements.MOVEMENT_LINE.match("Mme Claire LEROY, Maire")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Présents : M. Paul DURAND, Mme Anne MARTIN (2)\n", {"members_present": 2}),
        ("ETAIENT PRESENTS (28) :\nM. Paul DURAND\n\nPOUVOIRS (3) :\nMme Anne MARTIN à M. Paul DURAND\n",
         {"members_present": 28, "members_represented": 3}),
        ("Présents : M. Paul DURAND, Mme Anne MARTIN\n", {}),
    ],
)
def test_counts_printed_with_the_lists(text, expected):
    doc = read_file("minutes.txt", text.encode("utf-8"))
    assert {k: v[0] for k, v in attendance.printed_counts(doc, segment(doc)).items()} == expected


@pytest.mark.parametrize(
    "text, expected",
    [("GIACOSA Patric k", "GIACOSA Patrick"), ("BRET P hilippe", "BRET Philippe"), ("M. Jean DUPONT a donné", "M. Jean DUPONT a donné"),
     ("A la séance", "A la séance"), ("Jean Dupont y", "Jean Dupont y")],
)
def test_mend_split_words(text, expected):
    assert mend_split_words(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("BROCA - LANNAUD Marie - Thérèse", "BROCA-LANNAUD Marie-Thérèse"), ("Marc- Philippe", "Marc-Philippe"),
     ("Denis JUVIN - Maire", "Denis JUVIN - Maire"), ("Paul DURAND - Anne", "Paul DURAND - Anne")],
)
def test_mend_hyphens(text, expected):
    assert mend_hyphens(text) == expected


# The spaCy layer: only where the rules read no name; off with MINUTIER_SPACY=0

PROSE = [
    ("Après avoir présenté le dossier, Jean-Paul Martin quitte la salle.", [("2", None, "departure", "Jean-Paul Martin")]),
    ("Arrivée de Sophie Durand au point 3.", [("3", None, "arrival", "Sophie Durand")]),
    ("Sophie Durand, intéressée à l'affaire, ne prend pas part au vote.", [("2", "2", "not_voting", "Sophie Durand")]),
    ("Le public quitte la salle.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("line, expected", PROSE)
def test_spacy_names_the_person_the_rules_cannot(line, expected, monkeypatch):
    monkeypatch.setenv("MINUTIER_SPACY", "1")
    changes = run(BODY.format(line=line))["attendance_changes"]
    assert [(c.from_item, c.to_item, c.event, c.person) for c in changes] == expected
    monkeypatch.setenv("MINUTIER_SPACY", "0")
    assert all(c.person != (expected[0][3] if expected else None) for c in run(BODY.format(line=line))["attendance_changes"])


def test_spacy_is_not_loaded_where_the_rules_read_every_name(monkeypatch):
    monkeypatch.setenv("MINUTIER_SPACY", "1")
    before = nlp._STATS["parse"]
    run(BODY.format(line="M. Luc PETIT, intéressé, quitte la séance. Le contrat arrive à échéance. Le public quitte la salle."))
    assert nlp._STATS["parse"] == before
