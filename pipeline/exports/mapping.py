"""The user-supplied mapping: what the minutes do not hold (SIRET, ACTES subject codes, URLs).

Never guessed: a field missing from both the minutes and the mapping stays empty. A mapping is
a JSON or CSV file.

JSON::

    {"bodies": {"Commune de Pierrefonds": {"siret": "21600491000013", "nom": "Commune de Pierrefonds",
                                           "pref_id": "PREF060", "budgets": {"Eau": "21600491000021"}}},
     "deliberations": [{"body": "Commune de Pierrefonds", "date": "2022-12-13", "item": "4",
                        "delib_id": "2022-64", "matiere_code": "7.1",
                        "matiere_nom": "finances locales/décisions budgétaires",
                        "url": "https://...", "pref_date": "2022-12-15"}]}

CSV: one row per body (columns body, siret, nom, pref_id) or per deliberation (body, date,
item and any of delib_id, matiere_code, matiere_nom, url, pref_date); unused cells empty.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.persons import fold

BODY_KEYS = ("siret", "nom", "pref_id")
DELIBERATION_KEYS = ("delib_id", "matiere_code", "matiere_nom", "url", "pref_date")


def body_key(name: str | None) -> str:
    """A body's name folded for matching: "Ville de LANNION" -> "ville de lannion"."""
    return " ".join(fold(name or "").replace("-", " ").split())


def item_key(number: str | None) -> str:
    """An item number folded for matching: "I.2.B.3" -> "i2b3"."""
    return "".join(c for c in fold(number or "") if c.isalnum())


class MappingError(ValueError):
    """A mapping file that cannot be read, with a message for a person."""


@dataclass
class Mapping:
    """Per body and per deliberation values supplied by the user."""

    bodies: dict[str, dict] = field(default_factory=dict)
    deliberations: dict[tuple[str, str, str], dict] = field(default_factory=dict)

    def body(self, name: str | None) -> dict:
        """The values given for a body ({} when none)."""
        return self.bodies.get(body_key(name), {})

    def deliberation(self, body: str | None, date, item: str | None) -> dict:
        """The values given for one deliberation ({} when none)."""
        return self.deliberations.get((body_key(body), str(date or ""), item_key(item)), {})

    def budget_siret(self, body: str | None, budget: str | None) -> str | None:
        """SIRET of an annex budget when given, else of the body."""
        entry = self.body(body)
        budgets = {body_key(k): v for k, v in (entry.get("budgets") or {}).items()}
        return budgets.get(body_key(budget)) or entry.get("siret")


def _clean(row: dict, keys: tuple[str, ...]) -> dict:
    return {k: str(row[k]).strip() for k in keys if row.get(k) not in (None, "")}


def _add_deliberation(mapping: Mapping, row: dict) -> None:
    if not row.get("body") or not row.get("date") or not row.get("item"):
        raise MappingError(f"ligne de délibération incomplète (body, date et item requis) : {row}")
    mapping.deliberations[(body_key(row["body"]), str(row["date"]).strip(), item_key(str(row["item"])))] = _clean(row, DELIBERATION_KEYS)


def read_mapping(path: str | Path | None) -> Mapping:
    """Read a JSON or CSV mapping; an empty Mapping when `path` is None."""
    mapping = Mapping()
    if path is None:
        return mapping
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise MappingError(f"fichier de correspondance illisible : {path} ({exc.strerror or exc})") from exc
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise MappingError(f"JSON invalide dans {path} : {exc}") from exc
        for name, values in (data.get("bodies") or {}).items():
            entry = _clean(values, BODY_KEYS)
            if values.get("budgets"):
                entry["budgets"] = dict(values["budgets"])
            mapping.bodies[body_key(name)] = entry
        for row in data.get("deliberations") or []:
            _add_deliberation(mapping, row)
        return mapping
    rows = list(csv.DictReader(text.splitlines()))
    if rows and "body" not in rows[0]:
        raise MappingError(f"{path} : colonne « body » absente (colonnes : {', '.join(rows[0])})")
    for row in rows:
        if row.get("date") or row.get("item"):
            _add_deliberation(mapping, row)
        elif row.get("body"):
            mapping.bodies.setdefault(body_key(row["body"]), {}).update(_clean(row, BODY_KEYS))
    return mapping
