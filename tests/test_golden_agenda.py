"""Golden agenda and body sections for each sample document (third-party ones as fingerprints).

Regenerate after an intended change with MINUTIER_REGENERATE_GOLDEN=1, then review the diff.
"""

from __future__ import annotations

import os

import pytest

from tests.conftest import REGENERATE, TEXT_LAYER_SAMPLES, check_golden, read_sample


@pytest.mark.parametrize("name", TEXT_LAYER_SAMPLES)
def test_agenda_and_sections_match_golden(name):
    doc, seg = read_sample(name)
    produced = {
        "agenda": [[a.number, a.title, a.source, a.found_by, a.provenance.page] for a in seg.agenda],
        "sections": [[s.item_number, s.heading, s.provenance.page] for s in seg.sections],
        "missing_in_body": list(seg.missing_in_body),
    }
    check_golden(f"agenda/{name}", produced, name)


def test_golden_regeneration_is_off_in_ci():
    if os.environ.get("CI"):
        assert os.environ.get(REGENERATE) != "1", f"{REGENERATE} must not be set in CI: it would make golden tests pass by rewriting them"
