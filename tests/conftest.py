"""Shared test helpers: where the repository's sample minutes and the shared corpus live."""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"


SEED_PREFIX = "numerian_2024-09-30"  # the project's own sample minutes: the only ones data/raw holds


def sample_path(name: str) -> Path:
    """Where a sample document lives: the seed's minutes in data/raw, any other (third-party minutes,
    never copied into the repository) in ../shared/corpus/dev; skips the test when that is absent."""
    if name.startswith(SEED_PREFIX):
        return RAW / name
    path = DEV_CORPUS / name
    if not path.exists():
        pytest.skip(f"{name} is read from ../shared/corpus/dev, which is absent (it ships with CI, not with the repository)")
    return path


def needs_shared():
    """Skip a test that needs ../shared (present in CI, absent on a user's clone)."""
    return pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="../shared/corpus/dev is absent (it ships with CI, not with the repository)")


REGENERATE = "MINUTIER_REGENERATE_GOLDEN"  # set to 1 to rewrite golden files from the current output
GOLDEN = Path(__file__).resolve().parent / "golden"
# The sample minutes with a text layer (the scan's OCR output depends on the tesseract version).
TEXT_LAYER_SAMPLES = (
    "couthenans_CR_conseil_municipal_28_10_2022.pdf",
    "lannion_PV_2020-06-08.pdf",
    "numerian_2024-09-30.txt",
    "numerian_2024-09-30_grid.pdf",
    "numerian_2024-09-30_word.pdf",
    "pierrefonds_CM_2022-12-13.pdf",
    "pierrefonds_CR_2019-06-13.pdf",
)
# Every sample document: the seed's minutes (data/raw) and the dev corpus (../shared), see sample_path
SAMPLES = tuple(sorted((*TEXT_LAYER_SAMPLES, "flaux_PV_2023-11-17_scan.pdf")))


@functools.cache
def read_sample(name: str):
    """A sample of data/raw read once per test session: (Document, Segmentation)."""
    from pipeline.read import read_file
    from pipeline.segment import segment

    doc = read_file(sample_path(name))
    return doc, segment(doc)


def check_golden(name: str, produced) -> None:
    """Compare `produced` (JSON-able) with tests/golden/<name>.json, or rewrite it when asked."""
    path = GOLDEN / f"{name}.json"
    text = json.dumps(produced, ensure_ascii=False, indent=1, sort_keys=True, default=str) + "\n"
    if os.environ.get(REGENERATE) == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    assert path.exists(), f"no golden file {path.name}: run with {REGENERATE}=1 and review it"
    assert json.loads(text) == json.loads(path.read_text(encoding="utf-8")), f"output differs from {path.name}"
