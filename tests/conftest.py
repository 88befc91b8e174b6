"""Shared test helpers: where the repository's sample minutes and the shared corpus live."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
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


# Words of a golden file that are the pipeline's own vocabulary, not a document's text
_VOCABULARY = {"present", "absent", "excused", "invited", "agenda", "added", "body", "adopted", "rejected", "withdrawn",
               "deferred", "noted", "M.", "Mme", "Mlle", "MM.", "Mmes",
               # agenda_items.found_by
               "sentence", "numbered-heading", "deliberation-number", "object", "typography", "anchor"}
# numbers, dates and times of a golden file: "I.2.A.1", "2019-93", "2020-06-08", "18:00"
_STRUCTURAL = re.compile(r"[0-9IVXLC]{1,8}(?:[./-][0-9A-Z]{1,8})*|\d{1,2}:\d{2}")


def fingerprint(value):
    """A golden value with a third-party document's words replaced by a digest of each string.

    The repository never holds text extracted from third-party minutes: their golden files keep
    the structure (numbers, statuses, pages, dates) and a 12-digit SHA-1 of every other string,
    so a change in any extracted word still fails the test. To see the words themselves, print
    the test's output locally (the documents are in ../shared).
    """
    if isinstance(value, str):
        if value in _VOCABULARY or _STRUCTURAL.fullmatch(value):
            return value
        return "#" + hashlib.sha1(value.encode("utf-8")).hexdigest()[:12]
    if isinstance(value, list | tuple):
        return [fingerprint(v) for v in value]
    if isinstance(value, dict):
        return {k: fingerprint(v) for k, v in value.items()}
    return value


def _dump(value: dict) -> str:
    """JSON with one row of each list per line, easy to review in a diff."""
    parts = []
    for key, item in value.items():
        if isinstance(item, list):
            rows = ",\n".join("  " + json.dumps(row, ensure_ascii=False, sort_keys=True, default=str) for row in item)
            parts.append(f' "{key}": [\n{rows}\n ]' if item else f' "{key}": []')
        else:
            parts.append(f' "{key}": ' + json.dumps(item, ensure_ascii=False, sort_keys=True, default=str))
    return "{\n" + ",\n".join(parts) + "\n}\n"


def check_golden(name: str, produced: dict, document: str) -> None:
    """Compare `produced` (a JSON-able dict) with tests/golden/<name>.json, or rewrite it when asked.

    `document` is the sample's file name: a third-party document's golden file holds fingerprints
    of its words (see `fingerprint`), the seed's holds the words.
    """
    path = GOLDEN / f"{name}.json"
    produced = json.loads(json.dumps(produced, ensure_ascii=False, default=str))
    if not document.startswith(SEED_PREFIX):
        produced = fingerprint(produced)
    if os.environ.get(REGENERATE) == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_dump(produced), encoding="utf-8")
        return
    assert path.exists(), f"no golden file {path.name}: run with {REGENERATE}=1 and review it"
    expected = json.loads(path.read_text(encoding="utf-8"))
    differing = sorted(k for k in expected.keys() | produced.keys() if expected.get(k) != produced.get(k))
    assert not differing, f"output differs from {path.name} in {differing}"
