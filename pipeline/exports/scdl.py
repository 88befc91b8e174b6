"""Rows of the SCDL "Délibérations" and "Budget" CSVs, read from the warehouse.

Only what the minutes state, or what the user's mapping supplies, is written; everything else
stays empty. Derivations, each documented in docs/analysts.md:
- DELIB_ID is the printed deliberation number, else the mapping's, else empty;
- DELIB_OBJET is the agenda item's title (else the heading of its section);
- BUDGET_ANNEE / BGT_ANNEE is the year of the session, for a decision with DM lines;
- VOTE_EFFECTIF is the declared members in office; VOTE_REEL the voters declared for the item
  ("Questions 11 à 17 : 31 présents, 2 procurations", attendance_changes), else for the session
  ("votants"), else members present plus represented when both are declared;
- BGT_OPBUDG is "ordre" for the order chapters of the M14/M57 charts (021, 023, 040, 041, 042,
  043), "réel" for any other printed chapter.
"""

from __future__ import annotations

from decimal import Decimal

from pipeline.exports.mapping import Mapping
from pipeline.exports.tableschema import field_names, load_schema
from pipeline.persons import fold

PROVENANCE_HEADER = ["row", "meeting_id", "document_id", "file", "item_number", "page", "char_start", "char_end", "source_text"]
ORDER_CHAPTERS = {"021", "023", "040", "041", "042", "043"}

_DELIBERATIONS_SQL = """
select d.meeting_id, d.document_id, d.item_number, d.votes_for, d.votes_against, d.abstentions, d.deliberation_number,
       d.page, d.char_start, d.char_end, d.source_text,
       m.body, m.date, m.members_in_office, m.members_present, m.members_represented, m.votes_cast,
       a.title, a.section_heading, a.position,
       (select min(path) from documents doc where doc.document_id = d.document_id) as file
from decisions d
join meetings m using (meeting_id)
left join (
    select meeting_id, number, any_value(title) as title, any_value(section_heading) as section_heading, min(position) as position
    from agenda_items group by meeting_id, number
) a on a.meeting_id = d.meeting_id and a.number = d.item_number
where d.outcome = 'adopted'
order by m.date nulls last, d.meeting_id, a.position nulls last, d.item_number, d.char_start
"""

_BUDGETS_SQL = """
select meeting_id, item_number, list(distinct budget order by budget) from budget_lines group by meeting_id, item_number
"""

_BUDGET_SQL = """
select b.meeting_id, b.document_id, b.item_number, b.amendment, b.budget, b.section, b.side, b.article, b.chapter,
       b.chart_chapter, b.operation, b.label, b.amount, b.page, b.char_start, b.char_end, b.source_text,
       m.body, m.date, (select min(path) from documents doc where doc.document_id = b.document_id) as file
from budget_lines b join meetings m using (meeting_id)
order by m.date nulls last, b.meeting_id, b.item_number, b.amendment, b.budget, b.char_start
"""


def budget_name(budget: str | None) -> str | None:
    """"principal" -> "Budget principal"; an annex's name as printed."""
    if not budget:
        return None
    return "Budget principal" if fold(budget) == "principal" else budget


_CHANGES_SQL = """
select c.meeting_id, c.from_item, c.to_item, c.members_present, c.proxies, c.votes_cast,
       f.position as from_position, t.position as to_position
from attendance_changes c
left join (select meeting_id, number, min(position) as position from agenda_items group by all) f
       on f.meeting_id = c.meeting_id and f.number = c.from_item
left join (select meeting_id, number, min(position) as position from agenda_items group by all) t
       on t.meeting_id = c.meeting_id and t.number = c.to_item
order by c.meeting_id, from_position nulls last
"""


def item_voters(changes: list[tuple], position: int | None) -> int | None:
    """Voters declared for the agenda item at `position` by the counts that change during the session.

    `changes` are (from_position, to_position, members_present, proxies, votes_cast) of one
    session; a range without a known start, or an item without a position, gives None.
    """
    if position is None:
        return None
    found = None
    for start, end, present, proxies, votes_cast in changes:
        if start is None or position < start or (end is not None and position > end):
            continue
        if votes_cast is not None:
            found = votes_cast
        elif present is not None:
            found = present + (proxies or 0)
    return found


def voters(members_in_office, members_present, members_represented, votes_cast) -> int | None:
    """The declared voters, else present + represented when both are declared."""
    if votes_cast is not None:
        return votes_cast
    if members_present is not None and members_represented is not None:
        return members_present + members_represented
    return None


def deliberations(con, mapping: Mapping) -> tuple[list[str], list[list], list[list]]:
    """(header, rows, provenance rows) of the SCDL Délibérations CSV: one row per adopted decision."""
    header = field_names(load_schema("scdl_deliberations"))
    budgets = {(mid, item): names for mid, item, names in con.execute(_BUDGETS_SQL).fetchall()}
    changes: dict[str, list[tuple]] = {}
    for mid, _from, _to, present, proxies, votes_cast, start, end in con.execute(_CHANGES_SQL).fetchall():
        changes.setdefault(mid, []).append((start, end, present, proxies, votes_cast))
    rows, provenance = [], []
    for (meeting_id, document_id, item, votes_for, votes_against, abstentions, number, page, char_start, char_end,
         source_text, body, date, in_office, present, represented, votes_cast, title, heading, position,
         file) in con.execute(_DELIBERATIONS_SQL).fetchall():
        given_body, given = mapping.body(body), mapping.deliberation(body, date, item)
        names = budgets.get((meeting_id, item))
        reel = item_voters(changes.get(meeting_id, []), position)
        record = {
            "COLL_NOM": given_body.get("nom") or body,
            "COLL_SIRET": given_body.get("siret"),
            "DELIB_ID": number or given.get("delib_id"),
            "DELIB_DATE": date.isoformat() if date else None,
            "DELIB_MATIERE_CODE": given.get("matiere_code"),
            "DELIB_MATIERE_NOM": given.get("matiere_nom"),
            "DELIB_OBJET": " ".join((title or heading or "").split()) or None,
            "BUDGET_ANNEE": str(date.year) if names and date else None,
            "BUDGET_NOM": " ; ".join(filter(None, (budget_name(n) for n in names))) if names else None,
            "PREF_ID": given_body.get("pref_id"),
            "PREF_DATE": given.get("pref_date"),
            "VOTE_EFFECTIF": in_office,
            "VOTE_REEL": reel if reel is not None else voters(in_office, present, represented, votes_cast),
            "VOTE_POUR": votes_for,
            "VOTE_CONTRE": votes_against,
            "VOTE_ABSTENTION": abstentions,
            "DELIB_URL": given.get("url"),
        }
        rows.append([record[name] for name in header])
        provenance.append([len(rows), meeting_id, document_id, file, item, page, char_start, char_end, source_text])
    return header, rows, provenance


def decision_kind(amendment: str | None) -> str:
    """BGT_NATDEC of an amendment: "budget supplémentaire" for a BS, else "décision modificative"."""
    folded = fold(amendment or "")
    if "supplementaire" in folded or folded.split()[:1] == ["bs"]:
        return "budget supplémentaire"
    return "décision modificative"


def section(value: str | None) -> str | None:
    """investissement or fonctionnement (exploitation is the operating section of annex budgets)."""
    folded = fold(value or "")
    if "invest" in folded:
        return "investissement"
    if "fonct" in folded or "exploit" in folded:
        return "fonctionnement"
    return None


def side(value: str | None) -> str | None:
    """dépense or recette."""
    folded = fold(value or "")
    if folded.startswith("dep"):
        return "dépense"
    if folded.startswith("rec"):
        return "recette"
    return None


def operation_kind(chapter: str | None) -> str | None:
    """"ordre" for the order chapters of the chart of accounts, "réel" for another chapter, None unknown."""
    if not chapter or not chapter.strip():
        return None
    return "ordre" if chapter.strip() in ORDER_CHAPTERS else "réel"


def _amount(value) -> str | None:
    if value is None:
        return None
    return format(Decimal(value).quantize(Decimal("0.01")), "f")


def budget(con, mapping: Mapping) -> tuple[list[str], list[list], list[list]]:
    """(header, rows, provenance rows) of the SCDL Budget CSV: one row per DM line."""
    header = field_names(load_schema("scdl_budget"))
    rows, provenance = [], []
    for (meeting_id, document_id, item, amendment, budget_label, section_label, side_label, article, chapter, chart_chapter,
         operation, label, amount, page, char_start, char_end, source_text, body, date,
         file) in con.execute(_BUDGET_SQL).fetchall():
        given_body = mapping.body(body)
        nature = (chapter or chart_chapter or "").strip() or None
        record = {
            "BGT_NATDEC": decision_kind(amendment),
            "BGT_ANNEE": str(date.year) if date else None,
            "BGT_SIRET": mapping.budget_siret(body, budget_label),
            "BGT_NOM": given_body.get("nom") or body,
            "BGT_CONTNAT": (article or "").strip() or None,
            "BGT_CONTNAT_LABEL": " ".join((label or "").split()) or None,
            "BGT_NATURE": nature,
            "BGT_NATURE_LABEL": None,
            "BGT_FONCTION": None,
            "BGT_FONCTION_LABEL": None,
            "BGT_OPERATION": operation,
            "BGT_SECTION": section(section_label),
            "BGT_OPBUDG": operation_kind(nature),
            "BGT_CODRD": side(side_label),
            "BGT_MTREAL": None,
            "BGT_MTBUDGPREC": None,
            "BGT_MTRARPREC": None,
            "BGT_MTPROPNOUV": _amount(amount),
            "BGT_MTPREV": None,
            "BGT_CREDOUV": None,
            "BGT_MTRAR3112": None,
            "BGT_ARTSPE": None,
        }
        rows.append([record[name] for name in header])
        provenance.append([len(rows), meeting_id, document_id, file, item, page, char_start, char_end, source_text])
    return header, rows, provenance
