"""Meeting facts: the deliberating body, the assembly and the date of the session.

Reads the document's header (the text before the agenda or the first treated item).
"""

from __future__ import annotations

import regex

from extractors.french import find_dates
from pipeline.records import Document, Meeting, Provenance, Segmentation

# "CONSEIL SYNDICAL du Lundi 30 septembre 2024", "Conseil Municipal du 13 décembre 2022", "COMITÉ SYNDICAL"
ASSEMBLY = regex.compile(
    r"\b(?P<kind>conseil|comit[ée]|bureau|assembl[ée]e)\s+(?P<qual>municipal|syndical|communautaire|m[ée]tropolitain|d['’]administration|g[ée]n[ée]rale|d[ée]partemental|r[ée]gional|territorial)\b",
    regex.I,
)
# "Syndicat Mixte Numérian", "Commune de Pierrefonds", "Ville de LANNION", "Communauté de communes du Pont du Gard"
BODY = regex.compile(
    r"\b(?P<body>(?:Commune|Ville|Mairie)\s+d(?:e\s+|['’])\s*(?:la\s+|l['’]\s*)?\p{Lu}[\p{L}'’-]+(?:[ \t-]+(?:(?:sur|sous|en|lès|les|le|la|du|de|des|d['’])[ \t]*)?\p{Lu}[\p{L}'’-]+)*"
    r"|Syndicat\s+(?:Mixte|Intercommunal|D[ée]partemental)?\s*(?:d[eu']\s*[\p{L}\s'’-]{0,40}?)?\p{Lu}[\p{L}'’-]+"
    r"|Communaut[ée]\s+(?:de\s+communes|d['’]agglom[ée]ration|urbaine)\s+(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+|de\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:du|de|des|d['’])?\s*\p{Lu}[\p{L}'’-]+)*)"
)
HEADER_CHARS = 3000


def _title_case(kind: str, qual: str) -> str:
    return f"{kind.capitalize()} {qual.capitalize()}".replace("Comite ", "Comité ")


def extract(doc: Document, seg: Segmentation) -> dict:
    """The meeting's body, assembly and date from the header."""
    end = min(seg.agenda_span[0] if seg.agenda_span else seg.preamble_end, HEADER_CHARS) or HEADER_CHARS
    header = doc.text[:end] if end > 200 else doc.text[:HEADER_CHARS]
    provenance: dict[str, Provenance] = {}
    assembly = body = meeting_date = None
    m = ASSEMBLY.search(header)
    if m:
        assembly = _title_case(m["kind"], m["qual"])
        provenance["assembly"] = doc.provenance(m.start(), m.end())
    b = BODY.search(header)
    if b:
        body = " ".join(b["body"].split())
        provenance["body"] = doc.provenance(b.start(), b.end())
    dates = find_dates(header)
    if dates:
        meeting_date, start, stop = dates[0]
        provenance["date"] = doc.provenance(start, stop)
    return {"meeting": Meeting(body=body, assembly=assembly, date=meeting_date, provenance=provenance)}
