"""Documents that are not full minutes: a list of deliberations (kind `liste`) and an extract of the
register (kind `extrait`), recognised from their own words, loaded and checked as such.

The documents here are written for the tests, as such documents are laid out; no third-party text."""

from __future__ import annotations

import duckdb
import pytest

from extractors.listed import title_outcome
from pipeline.ingest import ingest
from pipeline.kinds import RULES, document_kind
from pipeline.liste import entry_title, segment_list
from pipeline.process import process_file
from pipeline.read.common import build_document, split_text_lines
from pipeline.segment import segment

LIST = """COMMUNE DE SARCEY
LISTE DES DÉLIBÉRATIONS
SÉANCE DU CONSEIL MUNICIPAL
DU 3 MARS 2025
Numéro Objet Approuvée/ Rejetée
2025_010 Approbation du procès-verbal de la séance du 27 janvier 2025 Approuvée
2025_011 Débat d'orientation budgétaire 2025 Actée
2025_012 Adhésion 2025 au Conseil d'Architecture, d'Urbanisme et de l'Environnement Approuvée
2025_013 Vente de la parcelle communale cadastrée AB 112 au profit de la société
Immobilière du Lac Rejetée
2025_014 Convention de mise à disposition de la salle des fêtes Approuvée à l'unanimité
Affichage : 4 mars 2025
Le Maire,
Jean DURAND
"""

BULLETED = """Liste des délibérations votées
Le 12 juin 2025
- Approbation du procès-verbal du 15 mai 2025
- Tarifs de la cantine scolaire pour l'année 2025-2026, applicables
au 1er septembre
- Subventions aux associations
"""

# one deliberation whose exposé numbers its own points ("1 —", "2 —"): they are no items
EXTRACT = """Membres en exercice : 19
Membres présents : 15
Membres votants : 17
Le 3 mars 2025 à vingt heures, le conseil municipal s'est réuni en séance ordinaire, en salle du Conseil Municipal, sous la présidence de Monsieur Jean DURAND, maire.
Etaient présents : M. Jean DURAND, Mme Marie PETIT
Secrétaire de séance : Mme Marie PETIT
Délibération n° 2025-021 : Modification n°1 du plan local d'urbanisme
Monsieur le Maire expose que la modification porte sur :
1 — Ouverture à l'urbanisation du secteur des Prés
Le secteur couvert par l'orientation d'aménagement n°4 est ouvert à l'urbanisation.
2 — Suppression de l'emplacement réservé n°7
L'emplacement réservé n°7 ne fait plus l'objet d'un projet.
Le conseil municipal, après en avoir délibéré, à l'unanimité, décide de :
- Prendre acte de l'information relative à la modification n°1 du plan local d'urbanisme
Ainsi délibéré lesdits jour, mois et an.
"""

MINUTES_WITH_A_LIST = """Commune de Sarcey
Procès-verbal de la séance du conseil municipal du 3 mars 2025
1. Budget primitif 2025
Le conseil municipal, après en avoir délibéré, à l'unanimité, adopte le budget primitif.
2. Tarifs de la cantine
Le conseil municipal, après en avoir délibéré, à l'unanimité, fixe les tarifs.
Liste des délibérations
"""


def _doc(text: str, name: str = "list.txt"):
    return build_document("0" * 64, name, "text", [split_text_lines(text)])


@pytest.mark.parametrize("kind, line, matches",
                         [(r.kind, line, True) for r in RULES for line in r.matches]
                         + [(r.kind, line, False) for r in RULES for line in r.rejects])
def test_kind_rows(kind, line, matches):
    rule = next(r for r in RULES if r.kind == kind)
    assert bool(rule.pattern.search(line)) is matches, line


@pytest.mark.parametrize("text, kind", [
    (LIST, "liste"), (BULLETED, "liste"), (EXTRACT, "extrait"), (MINUTES_WITH_A_LIST, "minutes"),
    ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nSéance du 3 mars 2025\nObjet : Tarifs\nAprès en avoir délibéré, adopte.", "extrait"),
    # a summary of the session titled as a list, that prints who attended and the votes: minutes
    ("Liste des délibérations\nSéance du 3 mars 2025\nPrésents : M. DURAND, Mme PETIT\n1. Budget\nPour : 12 Contre : 0", "minutes"),
    # the register's extract of a whole session: several deliberations, minutes
    ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nSéance du 3 mars 2025\n1. Budget\nAprès en avoir délibéré, adopte.\n"
     "2. Tarifs\nAprès en avoir délibéré, adopte.", "minutes"),
    # a deliberation cited in minutes is no extract's reference
    ("Séance du 3 mars 2025\nVu la délibération n°2024_17 du 4 avril 2024\nLe conseil, après en avoir délibéré, adopte.", "minutes"),
])
def test_the_kind_is_read_from_the_document(text, kind):
    assert document_kind(text) == kind


def test_a_list_gives_one_item_per_entry_its_number_and_title():
    seg = segment_list(_doc(LIST))
    assert seg.kind == "liste"
    assert [(a.number, a.title) for a in seg.agenda] == [
        ("2025_010", "Approbation du procès-verbal de la séance du 27 janvier 2025"),
        ("2025_011", "Débat d'orientation budgétaire 2025"),
        ("2025_012", "Adhésion 2025 au Conseil d'Architecture, d'Urbanisme et de l'Environnement"),
        ("2025_013", "Vente de la parcelle communale cadastrée AB 112 au profit de la société Immobilière du Lac"),
        ("2025_014", "Convention de mise à disposition de la salle des fêtes"),
    ]
    assert all(a.found_by == "list" for a in seg.agenda)
    assert LIST[:seg.preamble_end].rstrip().endswith("Approuvée/ Rejetée")


def test_a_bulleted_list_numbers_its_entries_by_rank_and_joins_wrapped_titles():
    seg = segment_list(_doc(BULLETED))
    assert [(a.number, a.title) for a in seg.agenda] == [
        ("1", "Approbation du procès-verbal du 15 mai 2025"),
        ("2", "Tarifs de la cantine scolaire pour l'année 2025-2026, applicables au 1er septembre"),
        ("3", "Subventions aux associations"),
    ]


def test_a_plain_list_gives_one_entry_a_line():
    seg = segment_list(_doc("Relevé des délibérations\nSéance du conseil municipal du 12 juin 2025\n"
                            "Approbation du procès-verbal du 15 mai 2025\nTarifs de la cantine scolaire\npour 2025-2026\n"
                            "Subventions aux associations\nFait à Sarcey, le 13 juin 2025\n"))
    assert [(a.number, a.title) for a in seg.agenda] == [
        ("1", "Approbation du procès-verbal du 15 mai 2025"), ("2", "Tarifs de la cantine scolaire pour 2025-2026"),
        ("3", "Subventions aux associations")]


@pytest.mark.parametrize("line, title", [
    ("Adhésion 2026 au CAUE60 Approuvée", "Adhésion 2026 au CAUE60"),
    ("Création d'un emploi non permanent Anprouvée", "Création d'un emploi non permanent"),  # an OCR's misreading
    ("Débat sur le PADD | Actée", "Débat sur le PADD"),
    ("Subventions aux associations", "Subventions aux associations"),
    ("Tarifs de la cantine Approuvée à l'unanimité", "Tarifs de la cantine"),
])
def test_an_entry_title_without_its_outcome(line, title):
    assert entry_title(line) == title


def test_a_title_saying_votées_adopts_every_entry():
    assert title_outcome(BULLETED) == "adopted"
    assert title_outcome(LIST) is None


def test_a_list_is_loaded_as_a_session_of_kind_liste_and_the_checks_it_gives_no_ground_for_stay_silent(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "liste.txt").write_text(LIST, encoding="utf-8")
    (raw / "bulleted.txt").write_text(BULLETED, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    ingest([raw], db, jobs=1, progress=False)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("select status from documents order by path").fetchall() == [("ok",), ("ok",)]
        meetings = dict(con.execute("select source_text is not null, document_kind from meetings").fetchall())
        assert set(meetings.values()) == {"liste"}
        sarcey = con.execute("select meeting_id, body, date::varchar from meetings where body is not null").fetchall()
        assert [(b, d) for _, b, d in sarcey] == [("Commune de SARCEY", "2025-03-03")]
        mid = sarcey[0][0]
        assert con.execute("select item_number, outcome, unanimous from decisions where meeting_id = ? order by item_number",
                           [mid]).fetchall() == [
            ("2025_010", "adopted", False), ("2025_011", "noted", False), ("2025_012", "adopted", False),
            ("2025_013", "rejected", False), ("2025_014", "adopted", True)]
        assert con.execute("select count(*) from attendance").fetchone() == (0,)
        assert con.execute("select item_number, change from membership_changes where meeting_id = ?", [mid]).fetchall() == [
            ("2025_012", "join")]
        runs = dict(con.execute('select "check", status from check_runs where meeting_id = ?', [mid]).fetchall())
        for code in ("vote_total_mismatch", "quorum_not_met", "attendance_count_mismatch", "attendance_total_mismatch",
                     "proxy_invalid", "agenda_body_mismatch"):
            assert runs[code] == "unverifiable", code
        assert con.execute("select count(*) from findings").fetchone() == (0,)
        bulleted = con.execute("select count(*) from decisions d join meetings m using (meeting_id) "
                               "where m.body is null and d.outcome = 'adopted'").fetchone()
        assert bulleted == (3,)
    finally:
        con.close()


def test_an_extract_has_one_item_its_deliberation_whatever_its_exposé_numbers(tmp_path):
    seg = segment(_doc(EXTRACT, "extract.txt"), "extrait")
    assert [a.number for a in seg.agenda] == ["2025-021"]
    path = tmp_path / "extract.txt"
    path.write_text(EXTRACT, encoding="utf-8")
    result = process_file(path)
    assert result.extraction.meeting.document_kind == "extrait"
    assert [(d.item_number, d.outcome, d.unanimous) for d in result.extraction.decisions] == [("2025-021", "noted", True)]
    assert (result.extraction.meeting.members_in_office, result.extraction.meeting.members_present,
            result.extraction.meeting.votes_cast) == (19, 15, 17)


def test_minutes_are_of_kind_minutes(tmp_path):
    path = tmp_path / "pv.txt"
    path.write_text(MINUTES_WITH_A_LIST, encoding="utf-8")
    assert process_file(path).extraction.meeting.document_kind == "minutes"
