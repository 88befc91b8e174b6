"""Record types shared by every stage: what a document is, and every fact drawn from it.

All records are frozen dataclasses. Each fact carries a `Provenance`: the document, the page,
the character span in the document's text and the source text itself, so that any number in
the warehouse leads back to the words it came from.

Data flows one way: read -> segment -> extract -> load -> check -> report. Extractors import
this module and `pipeline.french`; loading and checks never import extractors.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

# --------------------------------------------------------------------------------------------
# Documents as read
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Provenance:
    """Where a fact comes from: document, 1-based page, [char_start, char_end) in the text."""

    document_id: str
    page: int
    char_start: int
    char_end: int
    text: str


def written_in_capitals(text: str) -> bool:
    """Whether a text is written in capitals: four letters at least, none lower-case (`Line.capitals`)."""
    # a lower-case letter usually comes early: most lines are answered at once
    return not any(c.islower() for c in text) and sum(c.isalpha() for c in text) >= 4


@dataclass(frozen=True)
class Line:
    """One line of a document's text, with its place on the page and its typography: what a
    reader sees of it, so that no later stage needs to reopen the file.

    `x0`, `x1` and `top` are PDF points from the page's top-left corner (None for text formats);
    `start`/`end` index `Document.text`. Typography is None where the format cannot tell (plain
    text without marks, OCR): bold, italic and underline hold for most of the line's letters;
    `size` is the font size over the document's body size (1.0 for body text, 1.4 for a larger
    title); `heading` is the level a format declares (Markdown "##", HTML <h2>, DOCX "Titre 2");
    `indent` is the left edge beyond the document's usual left margin (points for PDF, blanks
    for text).
    """

    text: str
    start: int
    end: int
    page: int
    x0: float | None = None
    top: float | None = None
    boilerplate: bool = False  # running header/footer or margin stamp repeated on every page
    x1: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    size: float | None = None
    heading: int | None = None
    indent: float | None = None

    @property
    def capitals(self) -> bool:
        """Whether the line is written in capitals (four letters at least, none lower-case)."""
        return written_in_capitals(self.text)


@dataclass(frozen=True)
class Page:
    """A page of the document: its 1-based number, its span in `Document.text` and, for PDFs,
    its size in points (a line is centred when its middle is near `width / 2`)."""

    number: int
    start: int
    end: int
    ocr: bool = False  # text came from OCR, not from a text layer
    width: float | None = None
    height: float | None = None
    ocr_confidence: float | None = None  # OCR's confidence in the page's text, 0-100 (pipeline.read.ocr)


@dataclass(frozen=True)
class TableCell:
    """A cell of a table as the reader found it: its text (the lines of the cell joined by "\n")
    and, in a PDF, its box in points from the page's top-left corner (None elsewhere)."""

    text: str
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None


@dataclass(frozen=True)
class TableRow:
    """A row of a table: its cells left to right (None where a merged cell, to the left or
    above, covers the grid's place) and the document lines it is printed on (indexes into
    `Document.lines`, in text order; empty for a row without text)."""

    cells: tuple[TableCell | None, ...]
    lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class Table:
    """A table as a reader found it (see `pipeline.read.tables`).

    `strategy` says what rows and cells are:
    - "lines": a ruled PDF grid (pdfplumber's table finder on the page's visible rulings): one
      row per ruled row, one cell per column, a cell's wrapped lines joined by "\n";
    - "text": an unruled PDF table: one row per printed line, one cell per word with its box;
      the columns are the reader of the table's to find (from its header's words);
    - "docx", "html": the document's own table markup, one cell per grid column.
    """

    page: int
    strategy: str
    rows: tuple[TableRow, ...]
    bbox: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom (PDF points)


@dataclass(frozen=True)
class TextRepair:
    """A stretch of a document's text that the reader repaired (mojibake: UTF-8 read as a
    one-byte charset, `pipeline.read.mojibake`): [start, end) in the repaired text, on `page`,
    the characters as they were read and what they became, the charsets that explain it."""

    start: int
    end: int
    page: int
    original: str
    repaired: str
    encodings: tuple[str, ...]


@dataclass(frozen=True)
class Document:
    """A document as read: its bytes' identity, its text and how that text maps to pages."""

    document_id: str  # SHA-256 of the file's bytes
    path: str
    format: str  # pdf, text, markdown, html, docx
    text: str
    pages: tuple[Page, ...]
    lines: tuple[Line, ...]
    status: str = "ok"  # ok, partial, needs_ocr (see pipeline.read)
    messages: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()  # the tables the reader found (PDF: only on pages that may hold a DM table)
    repairs: tuple[TextRepair, ...] = ()  # what the reader repaired in the text (mojibake), empty for most
    _page_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def page_at(self, offset: int) -> int:
        """The 1-based page holding character `offset`."""
        starts = self._page_starts or tuple(p.start for p in self.pages)
        if not starts:
            return 1
        return self.pages[max(0, bisect.bisect_right(starts, offset) - 1)].number

    def provenance(self, start: int, end: int) -> Provenance:
        """Provenance of the span [start, end) of this document's text."""
        start, end = max(0, start), min(len(self.text), end)
        return Provenance(self.document_id, self.page_at(start), start, end, self.text[start:end])


# --------------------------------------------------------------------------------------------
# Segmentation
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaItem:
    """An item of the agenda ("ordre du jour"), with its normalised number path.

    `number` is the path of printed numbers ("I.2.A.1"; "3" in a flat list; "" when unnumbered).
    `source` says where the item was announced: "agenda", "added" (added at the session, e.g.
    "Accord du conseil pour ajouter à l'ordre du jour...") or "body" (a section of the body that
    the agenda never announced). `found_by` says how it was found: "agenda", "sentence", "withdrawn",
    "numbered-heading", "deliberation-number", "object", "typography" or "anchor" (see the
    warehouse's comment on agenda_items.found_by).
    """

    number: str
    title: str
    level: int
    parent: str | None
    position: int  # order of the item in the agenda
    source: str
    provenance: Provenance
    found_by: str = "agenda"


@dataclass(frozen=True)
class Section:
    """The part of the body that treats one agenda item: heading line to the next heading."""

    item_number: str
    item_title: str
    heading: str  # the heading as printed in the body (it may retitle the item)
    start: int
    end: int
    provenance: Provenance  # of the heading line


@dataclass(frozen=True)
class Segmentation:
    """Agenda tree and body sections of a document, with what did not pair up."""

    agenda: tuple[AgendaItem, ...]
    sections: tuple[Section, ...]
    agenda_span: tuple[int, int] | None  # [start, end) of the agenda block in the text
    preamble_end: int  # offset where the treated items begin (header, attendance come before)
    missing_in_body: tuple[str, ...] = ()  # agenda numbers with no section in the body
    kind: str = "minutes"  # minutes, liste (a list of deliberations) or extrait (one deliberation): pipeline.kinds
    # offset where the session's opening ends (header, attendance, counts, secretary): the region the meeting and
    # attendance extractors read, decided by the segmentation (pipeline.segment.opening_end); None: the preamble's end
    opening_end: int | None = None

    def __post_init__(self) -> None:
        if self.opening_end is None:
            object.__setattr__(self, "opening_end", self.preamble_end)


# --------------------------------------------------------------------------------------------
# Extracted facts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Meeting:
    """The session: who met, when, where, and the counts the minutes declare."""

    body: str | None = None
    body_kind: str | None = None  # commune, communauté, syndicat, ccas
    assembly: str | None = None
    date: date | None = None
    start_time: str | None = None  # HH:MM
    end_time: str | None = None
    place: str | None = None
    convened_on: date | None = None
    president: str | None = None
    secretary: str | None = None
    members_in_office: int | None = None
    members_present: int | None = None
    members_represented: int | None = None
    votes_cast: int | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    next_meeting_date: date | None = None
    reconvened: bool = False  # "réunie à nouveau faute de quorum": quorum rule lifted
    document_kind: str = "minutes"  # what the document is: minutes, liste (of deliberations), extrait (pipeline.kinds)
    provenance: dict[str, Provenance] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Attendance:
    """A person's status at the opening of the session."""

    person: str  # as written
    person_normalised: str  # "Given names SURNAME", civility apart
    civility: str | None
    status: str  # present, absent, excused, invited
    substitute_for: str | None
    role: str | None  # "Maire", "Directeur Général des Services"... when printed
    provenance: Provenance


@dataclass(frozen=True)
class Proxy:
    """A proxy given at the opening: `giver` votes through `holder`."""

    giver: str
    holder: str
    provenance: Provenance


@dataclass(frozen=True)
class AttendanceChange:
    """Counts or presence that change during the session ("Questions 11 à 17 : 31 présents"), or a member who
    arrives, leaves, returns or does not take part in the vote, from `from_item` (to `to_item`, None: to the end)."""

    from_item: str | None
    to_item: str | None  # None: to the end
    members_present: int | None
    proxies: int | None
    votes_cast: int | None
    absent: int | None
    note: str  # "Départ de Monsieur Eric ROBERT (procuration à Bernadette CORVISIER)"
    provenance: Provenance
    person: str | None = None  # who arrives, leaves, returns or does not vote, when the statement names a person
    event: str | None = None  # arrival, departure, return, not_voting (None: counts only)
    holder: str | None = None  # the proxy a member leaving gives: "(procuration à Bernadette CORVISIER)"


@dataclass(frozen=True)
class Decision:
    """What the assembly decided on an agenda item, with the printed vote."""

    item_number: str
    outcome: str  # adopted, rejected, withdrawn, deferred, noted
    unanimous: bool | None
    votes_for: int | None
    votes_against: int | None
    abstentions: int | None
    not_voting: int | None  # members who do not take part in the vote
    deliberation_number: str | None
    provenance: Provenance


@dataclass(frozen=True)
class IndividualVote:
    """A named member's vote on an item, as printed ("Contre : 2 (Mme DECKER et M. DUTILLOY)")."""

    item_number: str
    person: str
    vote: str  # for, against, abstention, not_voting
    provenance: Provenance


@dataclass(frozen=True)
class DecisionAmount:
    """An amount a decision commits to ("600 € HT par an"), with its context."""

    item_number: str
    amount: Decimal
    unit: str  # "€", "€ HT", "€ TTC"
    context: str
    provenance: Provenance


@dataclass(frozen=True)
class BudgetLine:
    """One line of a décision modificative (DM)."""

    item_number: str | None
    amendment: str  # "DM n°1"
    budget: str  # "principal", or the annex's name
    section: str  # investissement, fonctionnement
    side: str  # dépense, recette
    article: str
    chapter: str | None
    operation: str | None
    label: str
    amount: Decimal
    chart_chapter: str | None  # the chapter the chart of accounts gives the article, if known
    provenance: Provenance


@dataclass(frozen=True)
class BudgetTotal:
    """A total printed under a DM table, kept apart from its lines."""

    item_number: str | None
    amendment: str
    budget: str
    section: str | None
    side: str | None
    amount: Decimal
    provenance: Provenance


@dataclass(frozen=True)
class MembershipChange:
    """A body joins or leaves an organisation."""

    item_number: str
    member: str  # who joins or leaves
    organisation: str  # what is joined or left
    change: str  # join, leave
    in_principle: bool  # "avis de principe"
    provenance: Provenance


@dataclass(frozen=True)
class Extraction:
    """Everything drawn from one document."""

    meeting: Meeting
    attendance: tuple[Attendance, ...] = ()
    proxies: tuple[Proxy, ...] = ()
    attendance_changes: tuple[AttendanceChange, ...] = ()
    decisions: tuple[Decision, ...] = ()
    individual_votes: tuple[IndividualVote, ...] = ()
    decision_amounts: tuple[DecisionAmount, ...] = ()
    budget_lines: tuple[BudgetLine, ...] = ()
    budget_totals: tuple[BudgetTotal, ...] = ()
    membership_changes: tuple[MembershipChange, ...] = ()
    errors: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # what an extractor could not read and why, status unchanged ("DM n°1 : tableau en annexe, absent")


@dataclass(frozen=True)
class ProcessedDocument:
    """The result of processing one file: a pure value, written to the warehouse apart."""

    path: str
    document_id: str | None
    size: int
    status: str  # ok, partial, failed, skipped, needs_ocr, duplicate
    message: str
    document: Document | None = None
    segmentation: Segmentation | None = None
    extraction: Extraction | None = None
    seconds: float = 0.0
