"""Decisions and membership changes on the OCR text of the scanned Flaux minutes.

Segmentation does not yet find this document's unnumbered agenda, so the body sections are
placed here by their printed headings: the test checks that, once sections exist, the OCR
phrasings ("Vore : Unanimité", "Vote : 3 ABSTENTIONS / 7 POUR", a withdrawal split by a noise
line) give the gold decisions.
"""

from __future__ import annotations

from functools import cache

from extractors import decisions, membership
from pipeline.read import read_file
from pipeline.records import AgendaItem, Section, Segmentation
from tests.conftest import FIXTURES

AGENDA = [
    ("1", "Approbation du procès-verbal du 22 septembre 2023"),
    ("2", "Convention d'adhésion au service Médecine préventive"),
    ("3", "Convention d'adhésion au service de prévention des risques professionnels"),
    ("4", "Adhésion au service Partenariat CNRACL et Invalidité"),
    ("5", "AVENANT 1 certificat adhésion pour les agents de la CNRACL WTW Contrat groupe assurance statutaire"),
    ("6", "Conditions de facturation eau et assainissement 2024"),
    ("7", "Demande de retrait de la commune de Castillon du Gard de la Communauté de Communes du Pont du Gard et "
          "d'adhésion à la Communauté de Communes Pays d'Uzès selon la procédure dérogatoire"),
    ("8", "Carrière de VERS PONT DU GARD"),
    ("9", "Zones d'accélération pour l'implantation d'installations terrestres de production d'énergies renouvelables"),
    ("10", "Questions diverses"),
    ("11", "M57 – Décision Modificative n° 1"),
]
# The headings as the OCR printed them in the body
HEADINGS = {
    "1": "Approbation du procès-verbal du Conseil M", "2": "Convention d'adhésion au service Médecine préventive\nVU",
    "4": "Adhésion au service Partenariat CNRACL e\n", "5": "AVENANT 1 certificat adhésion pour les ag\n",
    "6": "Conditions de facturation eau et assainissement 2024\nMonsieur",
    "7": "Demande de retrait de la commune de Castillon du Gard de la Communauté\nde Communes du Pont du Gard et d’adhésion",
    "8": "Enquête publique relative", "9": "Objet : Zones d’accélération", "11": "M57-— Décision", "10": "Questions diverses\nAchats",
}


@cache
def flaux():
    doc = read_file(str(FIXTURES / "flaux_PV_2023-11-17_ocr.txt"))
    text = doc.text
    starts = sorted((text.index(heading), number) for number, heading in HEADINGS.items())
    prov = doc.provenance(0, 1)
    agenda = tuple(AgendaItem(n, t, 1, None, i, "agenda", prov) for i, (n, t) in enumerate(AGENDA))
    sections = tuple(
        Section(n, "", text[p:text.index("\n", p)], p, starts[i + 1][0] if i + 1 < len(starts) else len(text), doc.provenance(p, p + 10))
        for i, (p, n) in enumerate(starts)
    )
    return doc, Segmentation(agenda, sections, None, starts[0][0])


def test_flaux_decisions():
    doc, seg = flaux()
    found = {d.item_number: (d.outcome, d.unanimous, d.votes_for, d.votes_against, d.abstentions)
             for d in decisions.extract(doc, seg)["decisions"]}
    unanimous = ("adopted", True, None, None, None)
    assert found == {
        "1": unanimous, "2": unanimous, "3": ("withdrawn", None, None, None, None), "4": unanimous, "5": unanimous,
        "6": unanimous, "7": unanimous, "8": ("adopted", False, 7, None, 3), "9": unanimous, "11": unanimous,
    }


def test_flaux_membership():
    doc, seg = flaux()
    changes = membership.extract(doc, seg)["membership_changes"]
    # items 2 to 5 are service subscriptions ("Convention d'adhésion au service ..."), not memberships
    assert [(c.item_number, c.member, c.organisation, c.change) for c in changes] == [
        ("7", "Commune de Castillon du Gard", "Communauté de Communes du Pont du Gard", "leave"),
        ("7", "Commune de Castillon du Gard", "Communauté de Communes Pays d'Uzès", "join"),
    ]
