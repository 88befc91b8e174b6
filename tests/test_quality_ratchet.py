"""Quality only ratchets up: the acceptance scorer's micro-F1 per family on the dev corpus must
stay at or above the floors in tests/quality_floor.json (needs ../shared, present in CI)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEV_CORPUS, SCORER, needs_shared

FLOORS = json.loads((Path(__file__).with_name("quality_floor.json")).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def dev_scores(tmp_path_factory):
    from pipeline.ingest import ingest

    db = tmp_path_factory.mktemp("dev") / "dev.duckdb"
    ingest([DEV_CORPUS], db, progress=False)
    out = db.with_suffix(".json")
    subprocess.run([sys.executable, str(SCORER), str(db), str(DEV_CORPUS), "--json", str(out)], check=True, capture_output=True)
    return json.loads(out.read_text(encoding="utf-8"))["micro_f1"]


@needs_shared()
@pytest.mark.parametrize("family", sorted(k for k in FLOORS if not k.startswith("_")))
def test_family_keeps_its_floor(dev_scores, family):
    assert dev_scores.get(family, 0.0) >= FLOORS[family], f"{family} micro-F1 {dev_scores.get(family)} fell below its floor {FLOORS[family]}"
