"""Persons across meetings: name parsing, resolution rules, the attendance views."""

from __future__ import annotations

import duckdb
import pytest

from pipeline import load, persons
from pipeline.persons import parse_name
from tests.analysts_factory import build_warehouse


@pytest.mark.parametrize(
    ("written", "civility", "surname", "given", "initials", "kind"),
    [
        ("M. Jérôme BERNARD", "M.", "BERNARD", "Jérôme", "", "full"),
        ("BERNARD Jérôme", None, "BERNARD", "Jérôme", "", "full"),
        ("Mme Marie-Alice DEBUISSER", "Mme", "DEBUISSER", "Marie-Alice", "", "full"),
        ("Paul LE BIHAN", None, "LE BIHAN", "Paul", "", "full"),
        ("Philippe ROUVIER-COROUGE", None, "ROUVIER-COROUGE", "Philippe", "", "full"),
        ("Marie Christine BARAC'H", None, "BARAC'H", "Marie Christine", "", "full"),
        ("CAUQUIL R.", None, "CAUQUIL", "", "R", "initials"),
        ("FOUQUET M.J. (remplace ROQUE J.)", None, "FOUQUET", "", "MJ", "initials"),
        ("Monsieur DUTILLOY", "M.", "DUTILLOY", "", "", "surname"),
        ("GALLEN", None, "GALLEN", "", "", "surname"),
        ("LE HIR", None, "LE HIR", "", "", "surname"),
        ("Jean de LA FONTAINE", None, "de LA FONTAINE", "Jean", "", "full"),
        ("Ronan Tanguy", None, "Ronan Tanguy", "Ronan Tanguy", "", "unordered"),
        ("Jérôme BERNARD, Président", None, "BERNARD", "Jérôme", "", "full"),
        ("M. Christian DAVID – Maire", "M.", "DAVID", "Christian", "", "full"),
        ("Madame Laëtitia BOURJAT (pouvoir à M. BRUN)", "Mme", "BOURJAT", "Laëtitia", "", "full"),
    ],
)
def test_parse_name(written, civility, surname, given, initials, kind):
    name = parse_name(written)
    assert (name.civility, name.surname, name.given, name.initials, name.kind) == (civility, surname, given, initials, kind)


@pytest.mark.parametrize("written", ["", "  ", "-", "(excusé)"])
def test_parse_name_without_a_name(written):
    assert parse_name(written) is None


def _meeting(key, date, attendance=(), votes=(), proxies=(), body="Commune de Pierrefonds", **meeting):
    return {
        "key": key,
        "meeting": {"body": body, "assembly": "Conseil Municipal", "date": date, **meeting},
        "attendance": [{"person": p, "civility": c, "status": s, **({"substitute_for": sub} if sub else {})}
                       for p, c, s, sub in ((*a, None)[:4] for a in attendance)],
        "individual_votes": [{"item_number": "1", "person": p, "vote": v} for p, v in votes],
        "proxies": [{"giver": g, "holder": h} for g, h in proxies],
    }


def _persons(tmp_path, *meetings):
    db = build_warehouse(tmp_path / "w.duckdb", spec={"meetings": list(meetings)})
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("select name, resolution, variants, meetings from persons order by name").fetchall()
    links = dict(con.execute("select name, link from person_mentions").fetchall())
    con.close()
    return {r[0]: r for r in rows}, links


def test_name_variants_of_one_member_across_meetings(tmp_path):
    found, _ = _persons(
        tmp_path,
        _meeting("a", "2019-06-13", [("DEMOUY Florence", "Mme", "excused"), ("BERNARD Jérôme", "M.", "present")]),
        _meeting("b", "2022-12-13", [("Florence DEMOUY", "Mme", "present"), ("Jerome Bernard", None, "present")]),
    )
    assert set(found) == {"Florence DEMOUY", "Jérôme BERNARD"}
    assert found["Florence DEMOUY"][3] == 2
    assert found["Jérôme BERNARD"][2] == ["BERNARD Jérôme", "Jerome Bernard"]


def test_initials_join_the_one_full_name_they_fit(tmp_path):
    found, links = _persons(
        tmp_path,
        _meeting("a", "2022-01-10", [("René CAUQUIL", "M.", "present")]),
        _meeting("b", "2022-03-10", [("CAUQUIL R.", None, "present")]),
    )
    assert list(found) == ["René CAUQUIL"] and found["René CAUQUIL"][3] == 2
    assert links["CAUQUIL R."] == "initials"


def test_never_merged_on_a_surname_alone(tmp_path):
    found, links = _persons(
        tmp_path,
        _meeting("a", "2022-01-10", [("Jean DUPONT", "M.", "present")]),
        _meeting("b", "2022-03-10", [("Anne MARTIN", "Mme", "present")], votes=[("M. DUPONT", "against")]),
    )
    assert found["DUPONT"][1] == "surname_only" and found["Jean DUPONT"][3] == 1
    assert links["M. DUPONT"] == "surname_only"


def test_a_surname_alone_joins_the_one_person_of_its_meeting(tmp_path):
    found, links = _persons(
        tmp_path,
        _meeting("a", "2022-12-13", [("Delphine DECKER", "Mme", "present"), ("Stéphane DUTILLOY", "M.", "present")],
                 votes=[("Mme DECKER", "against"), ("M. DUTILLOY", "against")]),
    )
    assert set(found) == {"Delphine DECKER", "Stéphane DUTILLOY"}
    assert links["Mme DECKER"] == links["M. DUTILLOY"] == "surname_in_meeting"


def test_two_members_sharing_a_surname_stay_apart(tmp_path):
    found, links = _persons(
        tmp_path,
        _meeting("a", "2022-10-28", [("SAUGET Marielle", "Mme", "excused"), ("SAUGET Marc", "M.", "absent")],
                 votes=[("SAUGET M.", "against"), ("M. SAUGET", "for"), ("Mme SAUGET", "for")]),
    )
    assert {"Marielle SAUGET", "Marc SAUGET"} <= set(found)
    assert links["SAUGET M."] == "ambiguous"  # both given names start with M
    assert links["M. SAUGET"] == links["Mme SAUGET"] == "surname_in_meeting"  # the civility tells them apart
    assert found["Marc SAUGET"][2] == ["M. SAUGET", "SAUGET Marc"]


def test_different_given_names_or_bodies_are_different_people(tmp_path):
    found, _ = _persons(
        tmp_path,
        _meeting("a", "2019-06-13", [("Marie-Alice DEBUISSER", "Mme", "present"), ("Bernard ROBERT", "M.", "present")]),
        _meeting("b", "2022-12-13", [("Marie DEBUISSER", "Mme", "present")]),
        _meeting("c", "2020-06-08", [("Bernard ROBERT", "M.", "present")], body="Ville de LANNION"),
    )
    assert {"Marie-Alice DEBUISSER", "Marie DEBUISSER"} <= set(found)
    con_rows = [r for r in found.values() if r[0] == "Bernard ROBERT"]
    assert len(con_rows) == 1  # names are unique per body in the dict; check the table itself below
    db = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    assert db.execute("select count(*) from persons where name = 'Bernard ROBERT'").fetchone()[0] == 2


def test_substitutes_proxies_and_officers_are_linked(tmp_path):
    meeting = _meeting(
        "a", "2024-09-30", [("Jérôme BERNARD", "M.", "present"), ("Pierre MAISONNAT", "M.", "excused"),
                            ("Gilbert MOULIN", "M.", "present", "Claude BRUN")],
        proxies=[("M. Pierre MAISONNAT", "BERNARD Jérôme")], body="Syndicat Mixte Numérian",
        president="Jérôme BERNARD", secretary="MOULIN Gilbert",
    )
    db = build_warehouse(tmp_path / "w.duckdb", spec={"meetings": [meeting]})
    con = duckdb.connect(str(db), read_only=True)
    roles = con.execute(
        "select p.name, list(distinct pm.role order by pm.role) from person_mentions pm join persons p using (person_id) group by 1"
    ).fetchall()
    assert dict(roles) == {
        "Jérôme BERNARD": ["attendee", "president", "proxy_holder"],
        "Pierre MAISONNAT": ["attendee", "proxy_giver"],
        "Gilbert MOULIN": ["attendee", "secretary"],
        "Claude BRUN": ["substituted"],
    }
    # every mention keeps the words it came from
    assert con.execute("select count(*) from person_mentions where source_text is null or page is null").fetchone()[0] == 0


def test_rebuild_is_stable_and_idempotent(tmp_path):
    db = build_warehouse(tmp_path / "w.duckdb", keys=["belcourt-2019", "belcourt-2022"])
    con = duckdb.connect(str(db))
    before = con.execute("select * from persons order by person_id").fetchall()
    assert persons.rebuild(con) == len(before)
    assert con.execute("select * from persons order by person_id").fetchall() == before
    assert con.execute("select count(*) from person_mentions where person_id not in (select person_id from persons)").fetchone()[0] == 0


def test_empty_warehouse_has_empty_persons_and_views(tmp_path):
    con = load.connect(tmp_path / "empty.duckdb")
    assert persons.rebuild(con) == 0
    for view in ("attendance_by_member", "attendance_by_meeting"):
        assert con.execute(f"select count(*) from {view}").fetchone()[0] == 0


def test_attendance_views_on_realistic_rows(tmp_path):
    db = build_warehouse(tmp_path / "w.duckdb")
    con = duckdb.connect(str(db), read_only=True)
    demouy = con.execute(
        "select meetings_listed, present, excused, proxies_given, attendance_rate, present_or_represented_rate, body_meetings "
        "from attendance_by_member where name = 'Faustine MORBOR'"
    ).fetchone()
    assert demouy == (2, 1, 1, 1, 0.5, 1.0, 2)
    numerian = con.execute(
        "select members_in_office, present_listed, excused_listed, absent_listed, invited_listed, proxies, quorum_majority, "
        "quorum_majority_met from attendance_by_meeting where body = 'Syndicat Mixte Numérian'"
    ).fetchone()
    assert numerian == (40, 9, 23, 8, 2, 2, 21, False)
    # guests are not members: no attendance rate for them
    assert con.execute("select count(*) from attendance_by_member where name = 'Victoria BRIELLE'").fetchone()[0] == 0


def test_ingest_rebuilds_persons(tmp_path):
    from pipeline.ingest import ingest
    from tests.conftest import sample_path

    summary = ingest([sample_path("numerian_2024-09-30.txt")], tmp_path / "i.duckdb", jobs=1, progress=False)
    assert summary.counts["new"] == 1
    con = duckdb.connect(str(tmp_path / "i.duckdb"), read_only=True)
    mentions = con.execute("select count(*) from person_mentions").fetchone()[0]
    stored = con.execute(
        "select (select count(*) from attendance) + 2 * (select count(*) from proxies) + (select count(*) from individual_votes)"
    ).fetchone()[0]
    assert mentions >= stored  # every stored name is linked (president and secretary too)


def test_two_documents_of_one_session_count_once(tmp_path):
    pv = _meeting("pv", "2022-12-13", [("Florence DEMOUY", "Mme", "present"), ("Gilles PAPIN", "M.", "absent")])
    cr = _meeting("cr", "2022-12-13", [("DEMOUY Florence", "Mme", "present"), ("PAPIN Gilles", "M.", "absent")])
    cr["meeting"]["place"] = "salle du conseil"  # another document of the same session
    db = build_warehouse(tmp_path / "w.duckdb", spec={"meetings": [pv, cr]})
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select meetings from persons where name = 'Florence DEMOUY'").fetchone()[0] == 1
    rows = con.execute("select name, body_meetings, meetings_listed, present, absent from attendance_by_member order by name").fetchall()
    assert rows == [("Florence DEMOUY", 1, 1, 1, 0), ("Gilles PAPIN", 1, 1, 0, 1)]


def test_an_ingest_resolves_again_only_the_bodies_it_touched(tmp_path):
    """An ingest rebuilds the persons of the bodies it wrote (and of sessions it replaced); the
    result is what a full rebuild gives, and the other bodies' rows are not rewritten."""
    import shutil

    from pipeline.ingest import ingest
    from tests.conftest import sample_path

    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("numerian_2024-09-30.txt", "pierrefonds_CR_2019-06-13.pdf"):
        shutil.copy(sample_path(name), raw / name)
    db = tmp_path / "w.duckdb"
    ingest([raw], db, jobs=0, progress=False)
    # the Numérian minutes change (a name corrected): only the syndicate's persons are resolved again
    text = (raw / "numerian_2024-09-30.txt").read_text(encoding="utf-8")
    assert "MAISONNAT" in text
    (raw / "numerian_2024-09-30.txt").write_text(text.replace("MAISONNAT", "MAISONNAS"), encoding="utf-8")
    con = duckdb.connect(str(db))
    assert persons.scopes_to_resolve(con, []) == set()
    con.close()
    calls = []
    rebuild = persons.rebuild

    def spy(con, meeting_ids=None):
        calls.append(persons.scopes_to_resolve(con, meeting_ids) if meeting_ids is not None else None)
        return rebuild(con, meeting_ids)

    persons.rebuild, before = spy, persons.rebuild
    try:
        ingest([raw], db, jobs=0, progress=False)
    finally:
        persons.rebuild = before
    assert calls == [{"body:syndicat mixte numerian"}]
    con = duckdb.connect(str(db))
    scoped = (con.execute("select * from persons order by person_id").fetchall(),
              con.execute("select * from person_mentions order by all").fetchall())
    assert any("MAISONNAS" in row[3] for row in scoped[0]) and not any("MAISONNAT" in row[3] for row in scoped[0])
    persons.rebuild(con)  # everything, from scratch
    assert (con.execute("select * from persons order by person_id").fetchall(),
            con.execute("select * from person_mentions order by all").fetchall()) == scoped
