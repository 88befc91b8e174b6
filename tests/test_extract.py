"""The extract stage: extractors run in their declared order, each reading only earlier facts."""

from __future__ import annotations

import pytest

from pipeline.extract import STAGES, Extractor, check_order, extract
from pipeline.records import Document, Meeting, Page, Segmentation

TEXT = "Séance du conseil municipal du 3 mai 2024\n"
DOC = Document("d", "x.txt", "text", TEXT, (Page(1, 0, len(TEXT)),), ())
SEG = Segmentation((), (), None, len(TEXT))


def test_every_extractor_follows_those_it_needs():
    check_order(STAGES)
    names = [s.name for s in STAGES]
    assert names.index("membership") > max(names.index("meeting"), names.index("decisions"))


@pytest.mark.parametrize("stages, message", [
    ((Extractor("b", lambda d, s, f: {}, needs=("a",)), Extractor("a", lambda d, s, f: {})), "needs"),
    ((Extractor("a", lambda d, s, f: {}), Extractor("a", lambda d, s, f: {})), "twice"),
])
def test_an_order_against_the_graph_is_refused(stages, message):
    with pytest.raises(ValueError, match=message):
        check_order(stages)


def test_an_extractor_sees_the_facts_of_those_before_it_only():
    seen = {}

    def first(doc, seg, facts):
        seen["first"] = facts.meeting
        return {"meeting": Meeting(body="Commune de Saint-André")}

    def second(doc, seg, facts):
        seen["second"] = facts.meeting
        return {"decisions": []}

    out = extract(DOC, SEG, (Extractor("meeting", first), Extractor("decisions", second, needs=("meeting",))))
    assert seen["first"] == Meeting()
    assert seen["second"].body == "Commune de Saint-André"
    assert out.meeting.body == "Commune de Saint-André" and out.decisions == () and out.errors == ()


def test_a_failing_extractor_costs_its_own_facts():
    def broken(doc, seg, facts):
        raise KeyError("boom")

    def after(doc, seg, facts):
        assert facts.meeting == Meeting()  # the failed extractor's field stays at its default
        return {"decisions": []}

    out = extract(DOC, SEG, (Extractor("meeting", broken), Extractor("decisions", after, needs=("meeting",))))
    assert out.meeting == Meeting() and out.decisions == ()
    (error,) = out.errors
    assert error.startswith("extracteur meeting en échec : KeyError")


def test_the_registered_extractors_run_on_a_tiny_document():
    out = extract(DOC, SEG)
    assert out.errors == ()
