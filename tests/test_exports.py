"""Open-data exports: SCDL CSVs valid against the embedded schemas, the mapping, Parquet files."""

from __future__ import annotations

import csv
import json

import duckdb
import pytest

from pipeline import load
from pipeline.cli import main
from pipeline.exports import export
from pipeline.exports.mapping import MappingError, read_mapping
from pipeline.exports.scdl import decision_kind, item_voters, operation_kind, section, side
from pipeline.exports.tableschema import field_names, load_schema, validate_rows
from tests.analysts_factory import build_warehouse

# The field order published by schema.data.gouv.fr (scdl/deliberations 2.1.5, scdl/budget 0.8.3)
DELIBERATION_FIELDS = [
    "COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET",
    "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE",
    "VOTE_ABSTENTION", "DELIB_URL",
]
BUDGET_FIELDS = [
    "BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE", "BGT_NATURE_LABEL",
    "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION", "BGT_OPBUDG", "BGT_CODRD", "BGT_MTREAL",
    "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV", "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE",
]
ABSENT_FROM_MINUTES = {"COLL_SIRET", "DELIB_ID", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "BGT_SIRET", "BGT_NATURE_LABEL"}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    return build_warehouse(tmp_path_factory.mktemp("w") / "w.duckdb")


def _read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_embedded_schemas_keep_the_published_field_order():
    assert field_names(load_schema("scdl_deliberations")) == DELIBERATION_FIELDS
    assert field_names(load_schema("scdl_budget")) == BUDGET_FIELDS
    for name in ("scdl_deliberations", "scdl_budget"):
        schema = load_schema(name)
        assert "etalab-2.0" in json.dumps(schema["licenses"]) and "schema.data.gouv.fr" in schema["path"]


@pytest.mark.parametrize(
    ("schema", "field", "value", "problem"),
    [
        ("scdl_deliberations", "DELIB_DATE", "13/12/2022", "date attendue"),
        ("scdl_deliberations", "DELIB_DATE", "2022-02-30", "date impossible"),
        ("scdl_deliberations", "COLL_SIRET", "216004910", "motif"),
        ("scdl_deliberations", "DELIB_MATIERE_CODE", "7", "motif"),
        ("scdl_deliberations", "BUDGET_ANNEE", "22", "motif"),
        ("scdl_deliberations", "VOTE_POUR", "douze", "entier"),
        ("scdl_deliberations", "DELIB_URL", "www.pierrefonds.fr/pv.pdf", "URI"),
        ("scdl_budget", "BGT_CODRD", "dépenses", "valeurs permises"),
        ("scdl_budget", "BGT_MTPROPNOUV", "-145 600,00", "nombre"),
        ("scdl_budget", "BGT_CONTNAT", "6411234567", "plus de 9"),
        ("scdl_budget", "BGT_ANNEE", "2024-09-30", "année"),
    ],
)
def test_validator_flags_values_outside_the_schema(schema, field, value, problem):
    spec = load_schema(schema)
    header = field_names(spec)
    row = [""] * len(header)
    row[header.index(field)] = value
    report = validate_rows(header, [row], spec)
    assert len(report.errors) == 1 and problem in report.errors[0]


def test_validator_flags_a_wrong_header():
    spec = load_schema("scdl_budget")
    header = field_names(spec)
    assert not validate_rows(header[::-1], [], spec).valid


def test_export_is_valid_and_leaves_unknown_fields_empty(warehouse, tmp_path):
    summary = export(warehouse, tmp_path)
    for name in ("scdl_deliberations.csv", "scdl_budget.csv"):
        report = summary.reports[name]
        assert report.valid, report.errors
        assert set(report.empty_required) <= ABSENT_FROM_MINUTES  # never invented, never lost
    rows = _read(tmp_path / "scdl_deliberations.csv")
    assert not any(r["COLL_SIRET"] or r["DELIB_MATIERE_CODE"] or r["DELIB_URL"] or r["PREF_ID"] for r in rows)
    # one row per adopted decision: the rejected one of Couthenans is left out
    assert len(rows) == 44
    assert not [r for r in rows if r["COLL_NOM"] == "Commune de Sauvaigne" and r["VOTE_POUR"] == "5"]


def test_deliberation_row_holds_what_the_minutes_print(warehouse, tmp_path):
    export(warehouse, tmp_path, parquet=False)
    rows = _read(tmp_path / "scdl_deliberations.csv")
    row = next(r for r in rows if r["DELIB_ID"] == "2022-61")
    assert row == {
        "COLL_NOM": "Commune de Belcourt", "COLL_SIRET": "", "DELIB_ID": "2022-61", "DELIB_DATE": "2022-12-13",
        "DELIB_MATIERE_CODE": "", "DELIB_MATIERE_NOM": "", "DELIB_OBJET": "Délibération à la suite du retrait de délégation d’un adjoint",
        "BUDGET_ANNEE": "", "BUDGET_NOM": "", "PREF_ID": "", "PREF_DATE": "", "VOTE_EFFECTIF": "19", "VOTE_REEL": "18",
        "VOTE_POUR": "12", "VOTE_CONTRE": "2", "VOTE_ABSTENTION": "3", "DELIB_URL": "",
    }
    dm = next(r for r in rows if r["DELIB_ID"] == "2022-64")
    assert (dm["BUDGET_ANNEE"], dm["BUDGET_NOM"]) == ("2022", "Budget principal")
    regie = next(r for r in rows if r["DELIB_ID"] == "DCS2024_11")
    assert regie["BUDGET_NOM"] == "Régie Autonome de Numérian"
    # unanimity without printed counts stays without counts
    assert next(r for r in rows if r["DELIB_ID"] == "2022-63")["VOTE_POUR"] == ""
    provenance = _read(tmp_path / "scdl_deliberations.provenance.csv")
    assert len(provenance) == len(rows)
    assert all(p["page"] and p["source_text"] and p["file"] for p in provenance)


def test_budget_rows(warehouse, tmp_path):
    export(warehouse, tmp_path, parquet=False)
    rows = _read(tmp_path / "scdl_budget.csv")
    assert len(rows) == 24
    salaries = next(r for r in rows if r["BGT_CONTNAT"] == "6411")
    assert (salaries["BGT_NATDEC"], salaries["BGT_ANNEE"], salaries["BGT_NOM"], salaries["BGT_NATURE"], salaries["BGT_SECTION"],
            salaries["BGT_OPBUDG"], salaries["BGT_CODRD"], salaries["BGT_MTPROPNOUV"]) == (
        "décision modificative", "2024", "Syndicat Mixte Numérian", "012", "fonctionnement", "réel", "dépense", "110000.00")
    transfer = next(r for r in rows if r["BGT_CONTNAT"] == "023")
    assert (transfer["BGT_OPBUDG"], transfer["BGT_MTPROPNOUV"]) == ("ordre", "-200000.00")


@pytest.mark.parametrize(
    ("function", "value", "expected"),
    [
        (decision_kind, "DM n°2", "décision modificative"),
        (decision_kind, "Budget supplémentaire", "budget supplémentaire"),
        (section, "Section d'exploitation", "fonctionnement"),
        (section, "dépenses", None),
        (section, "exploitation", "fonctionnement"),
        (section, "Investissement", "investissement"),
        (side, "dépenses", "dépense"),
        (side, "Recettes", "recette"),
        (operation_kind, "042", "ordre"),
        (operation_kind, "012", "réel"),
        (operation_kind, None, None),
    ],
)
def test_budget_codes(function, value, expected):
    assert function(value) == expected


MAPPING = {
    "bodies": {
        "COMMUNE DE BELCOURT": {"siret": "21600491000013", "pref_id": "SPREF0602"},
        "Syndicat Mixte Numérian": {"siret": "20005521500019", "budgets": {"Régie Autonome de Numérian": "20005521500027"}},
    },
    "deliberations": [
        {"body": "Commune de Belcourt", "date": "2022-12-13", "item": "4", "matiere_code": "7.1",
         "matiere_nom": "finances locales/décisions budgétaires", "url": "https://www.belcourt.example/dm2.pdf"},
    ],
}


def test_mapping_fills_what_the_minutes_lack(warehouse, tmp_path):
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps(MAPPING, ensure_ascii=False), encoding="utf-8")
    summary = export(warehouse, tmp_path / "out", mapping, parquet=False)
    assert all(r.valid for r in summary.reports.values())
    rows = _read(tmp_path / "out" / "scdl_deliberations.csv")
    dm = next(r for r in rows if r["DELIB_ID"] == "2022-64")
    assert (dm["COLL_SIRET"], dm["PREF_ID"], dm["DELIB_MATIERE_CODE"], dm["DELIB_URL"]) == (
        "21600491000013", "SPREF0602", "7.1", "https://www.belcourt.example/dm2.pdf")
    assert next(r for r in rows if r["DELIB_ID"] == "2022-61")["DELIB_MATIERE_CODE"] == ""
    budget = _read(tmp_path / "out" / "scdl_budget.csv")
    assert {r["BGT_SIRET"] for r in budget if r["BGT_NOM"] == "Syndicat Mixte Numérian"} == {"20005521500027"}
    assert not [r for r in budget if r["BGT_NOM"] == "Commune de Castelbrune" and r["BGT_SIRET"]]


def test_csv_mapping_and_bad_values_are_caught(warehouse, tmp_path):
    mapping = tmp_path / "mapping.csv"
    mapping.write_text(
        "body,siret,nom,date,item,matiere_code\n"
        "Commune de Castelbrune,2130,Commune de Castelbrune (Gard),,,\n"
        "Commune de Castelbrune,,,2023-11-17,1,5.2\n",
        encoding="utf-8",
    )
    assert read_mapping(mapping).body("commune de castelbrune") == {"siret": "2130", "nom": "Commune de Castelbrune (Gard)"}
    summary = export(warehouse, tmp_path / "out", mapping, parquet=False)
    report = summary.reports["scdl_deliberations.csv"]
    assert report.errors and all("COLL_SIRET" in e for e in report.errors)  # a bad SIRET is reported, not hidden
    rows = _read(tmp_path / "out" / "scdl_deliberations.csv")
    assert {r["COLL_NOM"] for r in rows if r["DELIB_DATE"] == "2023-11-17"} == {"Commune de Castelbrune (Gard)"}


def test_unreadable_mapping(tmp_path):
    bad = tmp_path / "m.csv"
    bad.write_text("collectivite,siret\nX,1\n", encoding="utf-8")
    with pytest.raises(MappingError):
        read_mapping(bad)
    with pytest.raises(MappingError):
        read_mapping(tmp_path / "missing.json")


def test_parquet_holds_every_table_and_view(warehouse, tmp_path):
    summary = export(warehouse, tmp_path)
    con = duckdb.connect(str(warehouse), read_only=True)
    for name in ("meetings", "decisions", "budget_lines", "persons", "person_mentions", "attendance_by_member"):
        path = tmp_path / "parquet" / f"{name}.parquet"
        assert summary.files[f"parquet/{name}.parquet"] == con.execute(f"select count(*) from {name}").fetchone()[0]
        assert con.execute(f"select count(*) from '{path}'").fetchone()[0] == summary.files[f"parquet/{name}.parquet"]
    total = con.execute(f"select sum(amount) from '{tmp_path / 'parquet' / 'budget_lines.parquet'}'").fetchone()[0]
    assert total == con.execute("select sum(amount) from budget_lines").fetchone()[0]  # exact to the cent


def test_empty_warehouse_exports_headers_only(tmp_path):
    db = tmp_path / "empty.duckdb"
    load.connect(db).close()
    summary = export(db, tmp_path / "out")
    assert summary.files["scdl_deliberations.csv"] == summary.files["scdl_budget.csv"] == 0
    assert all(r.complete for r in summary.reports.values())
    assert (tmp_path / "out" / "scdl_budget.csv").read_text(encoding="utf-8").strip() == ",".join(BUDGET_FIELDS)
    assert (tmp_path / "out" / "parquet" / "persons.parquet").is_file()


def test_cli_export(warehouse, tmp_path, capsys):
    assert main(["export", "--db", str(warehouse), "--out", str(tmp_path / "o"), "--no-parquet"]) == 0
    out = capsys.readouterr().out
    assert "scdl_deliberations.csv : 44 ligne(s)" in out and "COLL_SIRET (44)" in out
    assert main(["export", "--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "o")]) == 1
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["export", "--db", str(warehouse), "--out", str(tmp_path / "o"), "--mapping", str(bad)]) == 1


@pytest.mark.parametrize(
    ("position", "expected"),
    [(0, None), (2, 33), (5, 33), (6, 31), (9, 31), (None, None)],
)
def test_item_voters_follow_the_counts_that_change(position, expected):
    # "Questions 3 à 6 : 33 votants", then "Questions 7 à la fin : 29 présents, 2 procurations"
    changes = [(2, 5, None, None, 33), (6, None, 29, 2, None)]
    assert item_voters(changes, position) == expected


def test_vote_reel_uses_the_counts_declared_for_the_item(tmp_path):
    spec = {"meetings": [{
        "key": "lannion", "meeting": {"body": "Ville de LANNION", "date": "2020-06-08", "members_in_office": 33, "votes_cast": 33},
        "agenda": [{"number": str(n), "title": f"Point {n}"} for n in range(1, 5)],
        "decisions": [{"item_number": str(n), "outcome": "adopted", "unanimous": True, "deliberation_number": f"2020-{n}"}
                      for n in range(1, 5)],
        "attendance_changes": [{"from_item": "3", "to_item": None, "members_present": 31, "proxies": 1,
                                "note": "Départ de Monsieur Eric ROBERT (procuration à Bernadette CORVISIER)"}],
    }]}
    db = build_warehouse(tmp_path / "w.duckdb", spec=spec)
    export(db, tmp_path / "out", parquet=False)
    rows = {r["DELIB_ID"]: r["VOTE_REEL"] for r in _read(tmp_path / "out" / "scdl_deliberations.csv")}
    assert rows == {"2020-1": "33", "2020-2": "33", "2020-3": "32", "2020-4": "32"}
