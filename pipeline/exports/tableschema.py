"""A small Table Schema validator for the SCDL exports: field order, types, required, patterns, enums.

Covers the parts of the Table Schema specification the embedded SCDL schemas use (types string,
date, year, integer, number; format uri; constraints required, pattern, enum, minLength,
maxLength; missingValues), so that exports are checked offline, without a validator service.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import regex

SCHEMAS = Path(__file__).resolve().parent
# "2024-09-30"
_DATE = regex.compile(r"\d{4}-\d{2}-\d{2}")
# "2024"
_YEAR = regex.compile(r"\d{4}")
# "17", "-3"
_INTEGER = regex.compile(r"[+-]?\d+")
# "-145600.00", "1600", "1.5E3"
_NUMBER = regex.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|NaN|INF|-INF")
# "https://data.maville.fr/deliberations/files/200417_1.pdf"
_URI = regex.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]+")


def load_schema(name: str) -> dict:
    """An embedded schema by name: "scdl_deliberations" or "scdl_budget"."""
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def field_names(schema: dict) -> list[str]:
    """The schema's field names, in order."""
    return [f["name"] for f in schema["fields"]]


@dataclass
class Report:
    """What a validation found: errors (wrong values, wrong header) and required fields left empty."""

    rows: int = 0
    errors: list[str] = field(default_factory=list)
    empty_required: Counter = field(default_factory=Counter)

    @property
    def valid(self) -> bool:
        """True when no value breaks the schema (required fields left empty are counted apart)."""
        return not self.errors

    @property
    def complete(self) -> bool:
        """True when, besides, every required field is filled."""
        return self.valid and not self.empty_required


def _type_error(value: str, spec: dict) -> str | None:
    kind = spec.get("type", "string")
    if kind == "date":
        if not _DATE.fullmatch(value):
            return "date attendue (AAAA-MM-JJ)"
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return "date impossible"
    elif kind == "year" and not _YEAR.fullmatch(value):
        return "année attendue (AAAA)"
    elif kind == "integer" and not _INTEGER.fullmatch(value):
        return "entier attendu"
    elif kind == "number" and not _NUMBER.fullmatch(value):
        return "nombre attendu (point décimal)"
    elif kind == "string" and spec.get("format") == "uri" and not _URI.fullmatch(value):
        return "URI attendue"
    return None


def value_errors(value: str, spec: dict) -> list[str]:
    """Why `value` breaks the field `spec` (empty list when it does not); empty values are not checked here."""
    problems = []
    error = _type_error(value, spec)
    if error:
        problems.append(error)
    constraints = spec.get("constraints", {})
    if "pattern" in constraints and not regex.fullmatch(constraints["pattern"], value):
        problems.append(f"ne suit pas le motif {constraints['pattern']}")
    if "enum" in constraints and value not in constraints["enum"]:
        problems.append(f"hors des valeurs permises {constraints['enum']}")
    if "minLength" in constraints and len(value) < constraints["minLength"]:
        problems.append(f"moins de {constraints['minLength']} caractères")
    if "maxLength" in constraints and len(value) > constraints["maxLength"]:
        problems.append(f"plus de {constraints['maxLength']} caractères")
    return problems


def validate_rows(header: list[str], rows: list[list[str]], schema: dict) -> Report:
    """Check a header and its rows against a schema."""
    report = Report(rows=len(rows))
    expected = field_names(schema)
    if header != expected:
        report.errors.append(f"en-tête {header} au lieu de {expected}")
        return report
    missing = set(schema.get("missingValues", [""]))
    for number, row in enumerate(rows, start=2):
        if len(row) != len(expected):
            report.errors.append(f"ligne {number} : {len(row)} valeurs au lieu de {len(expected)}")
            continue
        for spec, value in zip(schema["fields"], row, strict=True):
            if value in missing:
                if spec.get("constraints", {}).get("required"):
                    report.empty_required[spec["name"]] += 1
                continue
            for problem in value_errors(value, spec):
                report.errors.append(f"ligne {number}, {spec['name']} = {value!r} : {problem}")
    return report


def validate_csv(path: str | Path, schema: dict) -> Report:
    """Check a CSV file (UTF-8, comma-separated, header first) against a schema."""
    with open(path, newline="", encoding="utf-8") as handle:
        reader = list(csv.reader(handle))
    if not reader:
        return Report(errors=["fichier vide, sans en-tête"])
    return validate_rows(reader[0], reader[1:], schema)
