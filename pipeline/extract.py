"""Extract stage: run every registered extractor over a segmented document.

An extractor is a pure function `extract(doc, seg) -> dict` whose keys are fields of
`records.Extraction` (meeting, attendance, proxies, decisions, ...). They are registered below
in the order they run. One extractor failing costs its own facts, never the document: the
error is recorded and the document's status becomes `partial`.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable

from extractors import attendance, budget, decisions, meeting, membership
from pipeline.records import Document, Extraction, Meeting, Segmentation

Extractor = Callable[[Document, Segmentation], dict]

EXTRACTORS: dict[str, Extractor] = {
    "meeting": meeting.extract,
    "attendance": attendance.extract,
    "decisions": decisions.extract,
    "membership": membership.extract,
    "budget": budget.extract,
}


def extract(doc: Document, seg: Segmentation, extractors: dict[str, Extractor] | None = None) -> Extraction:
    """Run the extractors and gather their facts into one `Extraction`."""
    fields: dict = {"meeting": Meeting()}
    errors: list[str] = []
    for name, function in (extractors or EXTRACTORS).items():
        try:
            produced = function(doc, seg)
        except Exception as exc:  # an extractor bug must not lose the document
            last = traceback.extract_tb(exc.__traceback__)[-1]
            errors.append(f"extracteur {name} en échec : {type(exc).__name__}: {exc} ({last.filename.rsplit('/', 1)[-1]}:{last.lineno})")
            continue
        for key, value in produced.items():
            fields[key] = tuple(value) if isinstance(value, list) else value
    return Extraction(**fields, errors=tuple(errors))
