"""Extract stage: run the extractors, in their declared order, over a segmented document.

An extractor is a pure function `extract(doc, seg, facts) -> dict`: `doc` and `seg` are what the
read and segment stages produced, `facts` is the frozen `Extraction` holding what the extractors
declared before it produced (the later ones' fields are still empty). It returns fields of
`Extraction` (meeting, attendance, proxies, decisions, ...). Data flows one way: an extractor
reads only the facts of the extractors it `needs`, which run before it (`STAGES` is checked at
import), and never reruns one of them.

One extractor failing costs its own facts, never the document: the error is recorded, the
document's status becomes `partial`, and the extractors after it see that extractor's fields
at their defaults (no meeting facts, no decisions), so what they derive from it is missing too.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass, replace

from extractors import attendance, budget, decisions, listed, meeting, membership
from pipeline.kinds import KINDS
from pipeline.records import Document, Extraction, Meeting, Segmentation

NOT_A_LIST = tuple(kind for kind in KINDS if kind != "liste")  # a list of deliberations prints no attendance nor vote

ExtractorFunction = Callable[[Document, Segmentation, Extraction], dict]


@dataclass(frozen=True)
class Extractor:
    """One extractor: its name, its function, and the extractors whose facts it reads."""

    name: str
    function: ExtractorFunction
    needs: tuple[str, ...] = ()
    kinds: tuple[str, ...] = KINDS  # the kinds of document it reads (pipeline.kinds); it is skipped on the others


# In the order they run; an extractor comes after every one it needs.
STAGES: tuple[Extractor, ...] = (
    Extractor("meeting", meeting.extract),
    # "pouvoir à M. le Maire", "M. le Maire quitte la séance": the president the meeting's facts name
    Extractor("attendance", attendance.extract, needs=("meeting",), kinds=NOT_A_LIST),
    # a session cited by the meeting's own date is today's ("Lors de sa séance du 12 mars 2024, le conseil a adopté")
    Extractor("decisions", decisions.extract, needs=("meeting",), kinds=NOT_A_LIST),
    # a list of deliberations: one decision per entry, its outcome the word printed beside it
    Extractor("listed", listed.extract, kinds=("liste",)),
    # membership changes are those of adopted decisions; the deliberating body is the meeting's
    Extractor("membership", membership.extract, needs=("meeting", "decisions")),
    Extractor("budget", budget.extract),
)


def check_order(stages: tuple[Extractor, ...]) -> None:
    """Raise ValueError unless names are unique and every extractor follows those it needs."""
    seen: set[str] = set()
    for stage in stages:
        if stage.name in seen:
            raise ValueError(f"extractor {stage.name!r} registered twice")
        missing = [n for n in stage.needs if n not in seen]
        if missing:
            raise ValueError(f"extractor {stage.name!r} needs {missing} to run before it")
        seen.add(stage.name)


check_order(STAGES)


def extract(doc: Document, seg: Segmentation, stages: tuple[Extractor, ...] | None = None) -> Extraction:
    """Run the extractors in order and gather their facts into one `Extraction`."""
    stages = STAGES if stages is None else stages
    check_order(stages)
    facts = Extraction(meeting=Meeting())
    errors: list[str] = []
    for stage in stages:
        if seg.kind not in stage.kinds:
            continue
        try:
            produced = stage.function(doc, seg, facts)
        except Exception as exc:  # an extractor bug must not lose the document
            last = traceback.extract_tb(exc.__traceback__)[-1]
            errors.append(f"extracteur {stage.name} en échec : {type(exc).__name__}: {exc} ({last.filename.rsplit('/', 1)[-1]}:{last.lineno})")
            continue
        fields = {key: tuple(value) if isinstance(value, list) else value for key, value in produced.items()}
        if "notes" in fields:  # every extractor may leave notes: they add up
            fields["notes"] = facts.notes + fields["notes"]
        facts = replace(facts, **fields)
    return replace(facts, errors=tuple(errors))
