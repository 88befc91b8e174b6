"""Meeting facts on real headers, preambles and closing lines."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors import meeting
from pipeline.french import find_times, read_name
from pipeline.read import read_file
from pipeline.segment import segment


def run(text: str):
    doc = read_file("minutes.txt", text.encode("utf-8"))
    return meeting.extract(doc, segment(doc))["meeting"]


PIERREFONDS = """Commune de Pierrefonds
Conseil Municipal du 13 décembre 2022
L’an deux mille vingt-deux, le 13 décembre à 19h, le Conseil Municipal de PIERREFONDS, dûment convoqué le
8 décembre 2022, s’est réuni dans la salle du conseil en mairie, sous la présidence de Madame Florence DEMOUY,
maire.
Présents : Madame Florence DEMOUY, Madame Karine DUTEIL
Secrétaire : Madame Karine DUTEIL
Le quorum est atteint.
Ordre du jour
1. Tarification 2023
1. Tarification 2023
Le conseil approuve à l'unanimité.
La séance est levée à 19h58.
"""

NUMERIAN = """CONSEIL SYNDICAL du Lundi 30 septembre 2024 / 09h30

ORDRE DU JOUR

1. Adhésion au RESAH

Les membres du Conseil Syndical se sont réunis le 30 septembre 2024 à 09h30 à Le Pouzin, siège du SYNDICAT MIXTE NUMÉRIAN, régulièrement convoqués par le Président M. Jérôme BERNARD en date du 24 septembre 2024.

Présent(e)s : M. Francis BARRY, M. Jérôme BERNARD.

Nombre de membres en exercice : 40
Nombre de membres présents : 9
Nombre de suffrages exprimés : 17

- Pour : 17
- Contre : 0
- Abstention : 0

Secrétaire de séance : M. Gilbert MOULIN.

1. Adhésion au RESAH

Le conseil approuve. Pour : 12, Contre : 5.

Le prochain Conseil Syndical est prévu le mardi 10 décembre à 09h30 avec une date de secours au 17 décembre à 09h30.

**La séance est levée à 10h41.**
"""


def test_pierrefonds_header():
    m = run(PIERREFONDS)
    assert (m.body, m.assembly, m.date, m.start_time, m.end_time) == ("Commune de Pierrefonds", "Conseil Municipal", date(2022, 12, 13), "19:00", "19:58")
    assert (m.place, m.convened_on, m.president, m.secretary) == ("salle du conseil en mairie", date(2022, 12, 8), "Florence DEMOUY", "Karine DUTEIL")
    assert m.provenance["president"].text == "sous la présidence de Madame Florence DEMOUY"


def test_numerian_counts_summary_and_next_meeting():
    m = run(NUMERIAN)
    assert (m.start_time, m.place, m.convened_on, m.president, m.secretary) == ("09:30", "Le Pouzin", date(2024, 9, 24), "Jérôme BERNARD", "Gilbert MOULIN")
    assert (m.members_in_office, m.members_present, m.votes_cast) == (40, 9, 17)
    # the summary printed under the counts, not a vote of the body
    assert (m.votes_for, m.votes_against, m.abstentions) == (17, 0, 0)
    assert (m.next_meeting_date, m.end_time) == (date(2024, 12, 10), "10:41")
    assert m.provenance["members_in_office"].text == "membres en exercice : 40"


def test_lannion_dates_secretary_in_prose_and_per_question_counts():
    m = run(
        "Ville de LANNION (Côtes d'Armor)\n"
        "Convocation dématérialisée du Conseil Municipal du 29 mai 2020, accompagnée des rapports de\n"
        "présentation, adressée individuellement à chaque conseiller pour la séance qui s'ouvrira le :\n"
        "lundi 08 juin 2020\nà 18 H 00\nà la salle des Ursulines\nL'an deux mille vingt, le huit juin,\n"
        "Mme Trefina KERRAIN, ayant obtenu la majorité des suffrages, a été désignée pour remplir ces\nfonctions.\n"
        "Questions 1 à 10 :\n32 présents\n1 procuration 33 votants\n0 absent\n"
        "Monsieur le Maire indique que la prochaine séance du conseil municipal aura lieu le lundi 6 juillet au\nsoir.\n"
        "La séance est levée à 20 h 15\n"
    )
    assert (m.date, m.convened_on, m.start_time, m.place) == (date(2020, 6, 8), date(2020, 5, 29), "18:00", "salle des Ursulines")
    assert (m.secretary, m.members_present, m.votes_cast) == ("Trefina KERRAIN", 32, 33)
    assert (m.next_meeting_date, m.end_time) == (date(2020, 7, 6), "20:15")


def test_time_in_words_and_secretary_by_candidature():
    m = run(
        "Date de la convocation :\n13 novembre 2023\n"
        "L’an deux mille vingt-trois le dix sept novembre à dix-huit heures trente, le Conseil Municipal\n"
        "de la commune, régulièrement convoqué, s’est réuni au nombre prescrit par la loi, dans la\n"
        "salle de réunion de la mairie, sous la présidence de Monsieur Denis JUVIN - Maire\n"
        "Monsieur le Maire propose la candidature de Mme MICHOT Patricia\nen qualité de secrétaire pour la présente séance\n"
        "Prochain conseil le 15 décembre 2023\nSéance levée au 19h45\n"
    )
    assert (m.date, m.start_time, m.convened_on, m.place) == (date(2023, 11, 17), "18:30", date(2023, 11, 13), "salle de réunion de la mairie")
    assert (m.president, m.secretary, m.next_meeting_date, m.end_time) == ("Denis JUVIN", "MICHOT Patricia", date(2023, 12, 15), "19:45")


@pytest.mark.parametrize(
    "text, body",
    [
        ("COMMUNE DE SAINT-MARTIN-DE-VALGALGUES\nPROCES-VERBAL DU CONSEIL MUNICIPAL\nSéance du 12 avril 2023\n", "Commune de SAINT-MARTIN-DE-VALGALGUES"),
        ("COMMUNAUTÉ DE COMMUNES DU PAYS D'UZÈS\nCONSEIL COMMUNAUTAIRE du 7 mars 2023\nPrésents :\nCommune d'Aigaliers : M. Jean BOYER\n",
         "Communauté de communes du PAYS D'UZÈS"),
        ("Le Conseil Municipal de la commune de LANNION s'étant assemblé le 8 juin 2020\n", "Commune de LANNION"),
    ],
)
def test_body(text, body):
    assert run(text).body == body


def test_secretary_name_stops_at_the_line_end():
    assert run("Conseil Municipal du 3 mars 2023\nSecrétaire de séance : Monsieur Pascal TRIBES\nORDRE DU JOUR\n").secretary == "Pascal TRIBES"


def test_reconvened():
    m = run("Conseil Municipal du 3 mars 2023\nLe conseil, réuni à nouveau faute de quorum le 27 février, peut délibérer.\n")
    assert m.reconvened is True
    assert run(PIERREFONDS).reconvened is False


@pytest.mark.parametrize(
    "text, expected",
    [("à 20 h 30", "20:30"), ("09h30", "09:30"), ("à dix-huit heures trente", "18:30"), ("vingt heures et quart", "20:15"), ("19h", "19:00"),
     ("A 20.15 HEURES", "20:15"), ("à 20.15 heures", "20:15"), ("le 10.12.2020 à 18 h", "18:00")],
)
def test_find_times(text, expected):
    assert find_times(text)[0][0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Madame Florence DEMOUY, maire.", ("Mme", "Florence DEMOUY")),
        ("Monsieur Paul LE BIHAN,\nMaire", ("M.", "Paul LE BIHAN")),
        ("Monsieur Denis JUVIN - Maire", ("M.", "Denis JUVIN")),
        ("M. Gilbert MOULIN.", ("M.", "Gilbert MOULIN")),
        ("Conseil Municipal", None),
        ("Monsieur le Maire", None),
    ],
)
def test_read_name(text, expected):
    found = read_name(text)
    assert (found[:2] if found else None) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Nombre de membres : En exercice : 23 Présents : 19 Votants : 21", (23, 19, None, 21)),
        ("Conseillers en exercice : 19\nPrésents (15) :\nPouvoirs : 2", (19, 15, 2, None)),
        ("Présents : 2 conseillers municipaux", (None, None, None, None)),
        ("Nombre de conseillers : 19 / Présents : 15 / Pouvoirs : 2 / Votants : 17", (19, 15, 2, 17)),
        ("Questions 1 à 10 :\n32 présents\n1 procuration 33 votants", (None, 32, 1, 33)),
    ],
)
def test_declared_counts(line, expected):
    m = run(f"Conseil Municipal du 3 mars 2023\n{line}\n")
    assert (m.members_in_office, m.members_present, m.members_represented, m.votes_cast) == expected


def test_president_and_secretary_labels_and_opening_hour():
    m = run(
        "Conseil Municipal du 3 mars 2023\nPrésident de séance : M. Jean DUPONT\n"
        "Secrétaire de séance élue : Mme Anne MARTIN\nLa séance est ouverte à 18h35.\n"
    )
    assert (m.president, m.secretary, m.start_time) == ("Jean DUPONT", "Anne MARTIN", "18:35")


def test_session_date_is_not_the_prefecture_stamp():
    m = run("Envoyé en préfecture le 21/12/2023\nDate d'affichage : 22/12/2023\nSéance du conseil municipal du 17 novembre 2023\n")
    assert m.date == date(2023, 11, 17)


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(["{h}h{m:02d}", "{h} h {m:02d}", "{h:02d}:{m:02d}", "à {h} H {m:02d}"]))
def test_find_times_round_trip(hour, minute, pattern):
    assert find_times(pattern.format(h=hour, m=minute))[0][0] == f"{hour:02d}:{minute:02d}"


# round eight b: the secretary's subject taken up again by "il"/"elle", and a SURNAME a line's end cut (Mont-Valérien's
# "Monsieur MAGNIN- LAMBERT ayant obtenu la majorité des suffrages, il a été désigné pour remplir ces fonctions")
@pytest.mark.parametrize("sentence, secretary", [
    ("Monsieur MAGNIN- LAMBERT ayant obtenu la majorité des suffrages, il a été désigné pour remplir ces fonctions.",
     "MAGNIN-LAMBERT"),
    ("Madame Anne MA- RTIN ayant obtenu la majorité des voix, elle a été désignée secrétaire de séance.", "Anne MARTIN"),
    ("M. Paul DURAND, ayant obtenu la majorité des suffrages, a été désigné pour remplir ces fonctions.", "Paul DURAND"),
    ("Mme Léa PER- RIN ayant obtenu l'unanimité, elle a été élue secrétaire.", "Léa PERRIN"),
])
def test_secretary_taken_up_again(sentence, secretary):
    text = f"Conseil Municipal du 3 mars 2023\nPrésents : M. Jean NOEL, Mme Claire ROUX.\n{sentence}\nORDRE DU JOUR\n"
    assert run(text).secretary == secretary
