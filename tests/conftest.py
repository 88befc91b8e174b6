"""Shared test helpers: where the repository's sample minutes and the shared corpus live."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"


def needs_shared():
    """Skip a test that needs ../shared (present in CI, absent on a user's clone)."""
    return pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="../shared/corpus/dev is absent (it ships with CI, not with the repository)")
