"""Mojibake repair in the reader (`pipeline.read.mojibake`): UTF-8 text once read as
Windows-1252, ISO-8859-1, ISO-8859-15 or ISO-8859-16 (or Windows-1250) is repaired once and the
repair recorded; correct French text is never touched."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipeline.read import read_file
from pipeline.read.mojibake import ENCODINGS, repair_lines, repair_text


def wrongly_read(text: str, encoding: str) -> str:
    """`text` saved as UTF-8 and read as `encoding`, bytes the charset leaves undefined becoming
    the C1 control of the same number (what a lenient decoder writes)."""
    return "".join(bytes([b]).decode(encoding, errors="ignore") or chr(b) for b in text.encode("utf-8"))


# (read, repaired): must be repaired so; rows with read == repaired must be left alone
ROWS = [
    # Windows-1252 / Latin-1 / Latin-9: the usual shapes
    ("DÃ©but de sÃ©ance : 19h00", "Début de séance : 19h00"),
    ("lâ€™ordre du jour", "l’ordre du jour"),
    ("ProcÃ¨s-verbal", "Procès-verbal"),
    ("Ã‰TAT DES PRÃ‰SENTS", "ÉTAT DES PRÉSENTS"),
    ("Å“uvre et Å’UVRE", "œuvre et ŒUVRE"),
    ("adoptÃ©e Ã\u00a0 lâ€™unanimitÃ©", "adoptée à l’unanimité"),
    ("Â« Salle des fÃªtes Â»", "« Salle des fêtes »"),
    ("1 600 â‚¬ â€“ 12 Â°C", "1 600 € – 12 °C"),
    ("â€œvotesâ€\u009d", "“votes”"),  # ” = E2 80 9D: 9D is undefined in cp1252, read as a C1 control
    ("NoÃ«l, ouÃ¯, cÅ“ur", "Noël, ouï, cœur"),
    # ISO-8859-16 / Windows-1250: "Ă" for C3
    ("DĂ©but de sĂ©ance", "Début de séance"),
    ("procĂšs, fĂȘtes, OuĂŻ", "procès, fêtes, Ouï"),
    ("Claire MIRAS Ă\u00a0 M. Michel", "Claire MIRAS à M. Michel"),
    ("Ă¨ Ă© ĂŞ", "è é ê"),  # Windows-1250's è and ê
    # the no-break space of "à" lost (a plain space): repaired only beside a strong sequence
    ("sĂ©ance Ă  l’approbation", "séance à l’approbation"),
    ("dÃ©jÃ  vu", "déjà vu"),
    ("dÃ©jÃ vu", "déjà vu"),  # the two spaces made one
    ("Â« fÃªte Â»", "« fête »"),
    ("fÃªte Â »", "fête \u00a0»"),
    ("Ã  l’approbation", "Ã  l’approbation"),  # no other evidence: left alone
    # two charsets read it differently: the document's other sequences decide, else the commoner letter
    ("aprÃšs", "après"),  # ISO-8859-15's è (Windows-1252 would read Ú)
    ("ÃšRE lâ€™", "ÚRE l’"),  # "â€™" is Windows-1252's only: its reading wins
    ("lâ\u0080\u0099aprÃšs", "l’après"),  # C1 controls: not Windows-1252
    # read wrongly twice
    ("sÃƒÂ©ance", "séance"),
    # mixed: part of the text clean, part not (invented)
    ("Présents : Mme Renée FAUQUE ; SecrĂ©taire : M. André", "Présents : Mme Renée FAUQUE ; Secrétaire : M. André"),
    ("L’assemblée, réunie Ã  la mairie, dÃ©libÃ¨re", "L’assemblée, réunie à la mairie, délibère"),
    ("« Château » vendu 1 200 € ; lâ€™acquÃ©reur", "« Château » vendu 1 200 € ; l’acquéreur"),
    # correct French: never touched
    ("CHÂTEAU-THIERRY, « Âge d’or »", "CHÂTEAU-THIERRY, « Âge d’or »"),
    ("Â« alone", "Â« alone"),  # a weak shape without any strong one
    ("São Paulo, Ångström, Ćiro", "São Paulo, Ångström, Ćiro"),
    ("L’ÂME\u00a0; PÂ\u00a0« x »", "L’ÂME\u00a0; PÂ\u00a0« x »"),
    ("Ã", "Ã"),
]


@pytest.mark.parametrize(("read", "repaired"), ROWS)
def test_repair_table(read, repaired):
    assert repair_text(read) == repaired


FRENCH_LETTERS = "abcdefghijklmnopqrstuvwxyzéèêëàâäîïôöùûüçœæÿÉÈÊËÀÂÄÎÏÔÖÙÛÜÇŒÆŸ"
FRENCH_SIGNS = " ’'«»\u00a0\u202f–—…€°,;:.!?()-/0123456789\n"
french = st.text(alphabet=FRENCH_LETTERS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + FRENCH_SIGNS, max_size=200)


@settings(max_examples=400, deadline=None)
@given(french)
def test_correct_french_is_left_alone(text):
    assume("â€" not in text)  # "â" then "€" is no French: it is the mojibake of “ ” – — …
    assert repair_text(text) == text


@pytest.mark.parametrize("encoding", ENCODINGS)
@settings(max_examples=150, deadline=None)
@given(text=french, accent=st.sampled_from("éèêàçôœÉÀ’"))
def test_every_charset_round_trips(encoding, text, accent):
    # one accented letter at least (a text of ASCII and no-break spaces has no evidence) and an
    # apostrophe, as French text has: the sign that tells Windows-1252 from ISO-8859-15 where the
    # two read a letter differently ("ÃŽ": Î or ô)
    text = accent + text + " l’"
    assert repair_text(wrongly_read(text, encoding)) == text


def test_repairs_are_recorded_where_they_are(tmp_path):
    path = tmp_path / "cr.txt"
    path.write_text("Présents : Mme Renée\nDĂ©but de sĂ©ance Ă\u00a0 19h\n", encoding="utf-8")
    doc = read_file(path)
    assert doc.text.split("\n")[1] == "Début de séance à 19h"
    assert [(doc.text[r.start:r.end], r.original, r.encodings) for r in doc.repairs] == [
        ("é", "Ă©", ("iso8859_16",)), ("é", "Ă©", ("iso8859_16",)), ("à", "Ă\u00a0", ("iso8859_16",))]
    assert all(r.page == 1 for r in doc.repairs)
    assert any("texte réparé" in m and "iso8859_16" in m for m in doc.messages)


def test_html_entities_and_lost_no_break_spaces(tmp_path):
    path = tmp_path / "cr.html"
    path.write_bytes("<html><body><p>D&Atilde;&copy;but de s&Atilde;&copy;ance</p><p>Ã&nbsp; lâ€™unanimitÃ©</p></body></html>".encode())
    doc = read_file(path)
    assert doc.text.split("\n") == ["Début de séance", "", "à l’unanimité"]
    assert doc.repairs and all(doc.text[r.start:r.end] == r.repaired for r in doc.repairs)


def test_a_clean_document_has_no_repairs(tmp_path):
    path = tmp_path / "cr.md"
    path.write_text("## Séance du 3 décembre\n\nPrésents : Mme Renée CHÂTEAU\n", encoding="utf-8")
    doc = read_file(path)
    assert doc.repairs == () and not any("réparé" in m for m in doc.messages)


def test_repair_lines_reports_columns_in_the_repaired_line():
    lines, repairs = repair_lines(["ok", "lâ€™Ã©tÃ©"])
    assert lines == ["ok", "l’été"]
    assert [(r.line, lines[r.line][r.start:r.end]) for r in repairs] == [(1, "’é"), (1, "é")] or all(
        lines[r.line][r.start:r.end] == r.repaired for r in repairs)
