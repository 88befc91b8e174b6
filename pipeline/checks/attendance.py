"""attendance_count_mismatch and attendance_total_mismatch: counts vs the names listed.

- the declared numbers of members present and represented must match the names listed present
  and the proxies listed (CGCT L2121-15: the PV states the members present or represented), and
  a count a list prints in brackets ("Excusés : (2)") the names it lists;
- present + absent + excused must make up the members in office (a substitute replaces the
  member named in "suppléant de M. Y": the member replaced is not counted twice).
"""

from __future__ import annotations

from pipeline.checks.base import Check, Evidence, Finding, MeetingData, Outcome, ran, silent, unverifiable
from pipeline.checks.premises import (
    combined_count,
    givers_unlisted,
    implausible_count,
    implied_present,
    layout,
    list_counts,
    proxies_merged,
    proxy_doubts,
    several_present_counts,
)
from pipeline.french import name_tokens, normal_civility, same_person

MEMBER_STATUSES = ("present", "absent", "excused")


# The sex a civility gives: "M." a man, "Mme", "Mlle" a woman (plural and other civilities say nothing of one name)
_SEX = {"M.": "m", "Mme": "f", "Mlle": "f"}


def _sex(row: dict) -> str | None:
    return _SEX.get(normal_civility(row.get("civility")) or "")


def member_key(row: dict) -> str:
    """The words of a row's name, in order of the alphabet: two rows of one key are one person, unless their
    civilities are of the two sexes (see `distinct_members`)."""
    return " ".join(sorted(name_tokens(row.get("person_normalised") or row.get("person"))))


def distinct_members(rows: list[dict]) -> list[dict]:
    """The rows of distinct people: a name read twice is one person, but "M. NOEL, Mme. NOEL" in one list are two
    (a man and a woman of one surname: a couple, a father and daughter sit together on small councils)."""
    seen: dict[str, list[str | None]] = {}
    out = []
    for row in rows:
        key = member_key(row)
        if not key:
            continue
        sex, sexes = _sex(row), seen.setdefault(key, [])
        if sexes and (sex is None or None in sexes or sex in sexes):
            continue
        sexes.append(sex)
        out.append(row)
    return out


def _names(rows: list[dict], limit: int = 60) -> str:
    names = [r["person"] for r in rows]
    return ", ".join(names[:limit]) + (" …" if len(names) > limit else "")


def check_count(m: MeetingData) -> Outcome:
    """Declared present / represented counts, and counts printed on a list ("Excusés : (2)"), vs the
    names and proxies listed."""
    declared_present = m.meeting.get("members_present")
    declared_represented = m.meeting.get("members_represented")
    present = distinct_members([a for a in m.attendance if a.get("status") == "present"])
    printed = list_counts(m)
    if declared_present is None and declared_represented is None and not printed:
        return silent("aucun nombre de présents ou de représentés déclaré")
    if not present and not m.proxies and not printed:
        return silent("aucune liste nominative des présents")
    findings, doubts = [], []
    combined = [f for f in ("members_present", "members_represented") if combined_count(m, f)]
    if combined:
        # "présents ou représentés : 11": the sum of both, compared with the names and proxies read
        field = combined[0]
        declared = m.meeting.get(field)
        listed = len(present) + len(m.proxies)
        if declared is not None and declared not in (listed, listed + len(implied_present(m))):
            doubt = ([d for d in (implausible_count(m, declared, "présents ou représentés", field),) if d]
                     + proxy_doubts(m) + layout(m).doubts(("present", "absent", "excused")))
            if doubt or not present:
                doubts.append("présents ou représentés : " + "; ".join(dict.fromkeys(doubt or ["aucune liste des présents"])))
            else:
                findings.append(Finding(
                    f"{declared} membres présents ou représentés déclarés, mais {len(present)} noms listés présents "
                    f"+ {len(m.proxies)} procuration(s) = {listed}.", m.header_evidence(field)))
        declared_present = None if field == "members_present" else declared_present
        declared_represented = None if field == "members_represented" else declared_represented
    if declared_present is not None and present and declared_present not in (len(present), len(present) + len(implied_present(m))):
        doubt = ([d for d in (implausible_count(m, declared_present, "présents", "members_present"), several_present_counts(m)) if d]
                 + layout(m).doubts(("present",)))
        if doubt:
            doubts.append("liste des présents : " + "; ".join(doubt))
        else:
            findings.append(Finding(
                f"{declared_present} présents déclarés, mais {len(present)} noms listés présents : {_names(present)}.",
                m.header_evidence("members_present")))
    if declared_represented is not None and (m.proxies or present) and declared_represented != len(m.proxies):
        doubt = ([d for d in (implausible_count(m, declared_represented, "représentés", "members_represented"),) if d]
                 + proxy_doubts(m) + layout(m).doubts(("present", "absent", "excused")))
        if doubt:
            doubts.append("pouvoirs : " + "; ".join(dict.fromkeys(doubt)))
        else:
            givers = ", ".join(p["giver"] for p in m.proxies) or "aucune"
            findings.append(Finding(
                f"{declared_represented} membres représentés déclarés, mais {len(m.proxies)} procuration(s) listée(s) : {givers}.",
                m.header_evidence("members_represented")))
    for c in printed:
        if c.count == c.listed:
            continue
        heading = " ".join(m.text[c.block.heading.start:c.block.heading.end].split())
        what = "pouvoir(s) listé(s)" if c.block.heading.kind == "proxy" else "nom(s) listé(s)"
        names = ", ".join(r["person"] for r in c.block.rows) if c.block.heading.kind != "proxy" else ""
        findings.append(Finding(
            f"La liste « {heading.rstrip(' :')} » annonce {c.count} membre(s) entre parenthèses, mais {c.listed} {what}"
            + (f" : {names}." if names else "."),
            m.span(c.block.heading.start, max([c.end] + [r.get("char_end") or r["char_start"] for r in c.block.rows]))))
    if doubts and not findings:
        return unverifiable("; ".join(doubts))
    return ran(findings, ("non vérifiable pour " + "; ".join(doubts)) if doubts else None)


def check_total(m: MeetingData) -> Outcome:
    """Present + absent + excused vs the members in office."""
    in_office = m.meeting.get("members_in_office")
    if in_office is None:
        return silent("nombre de membres en exercice non déclaré")
    members = distinct_members([a for a in m.attendance if a.get("status") in MEMBER_STATUSES])
    present = [a for a in members if a["status"] == "present"]
    if not present:
        return silent("aucune liste nominative des présents")
    lay = layout(m)
    doubts = lay.doubts() + [d for d in (lay.substitutes_unplaced(), givers_unlisted(m), proxies_merged(m)) if d]
    if doubts:
        return unverifiable("; ".join(doubts))
    replaced = [a.get("substitute_for") for a in present if a.get("substitute_for")]
    counted = [a for a in members
               if a["status"] == "present" or not any(same_person(a["person"], r) for r in replaced)]
    by_status = {s: [a for a in counted if a["status"] == s] for s in MEMBER_STATUSES}
    total = len(counted)
    implied = implied_present(m)
    if in_office in (total, total + len(implied)):
        return ran(note=(f"compté(s) présent(s) sans être listé(s) : {', '.join(implied)}" if total != in_office else None))
    if total < in_office and not by_status["absent"] and not by_status["excused"]:
        return silent("seuls les présents sont listés : les absents ne sont pas nommés")
    detail = f"{len(by_status['present'])} présents + {len(by_status['absent'])} absents + {len(by_status['excused'])} excusés"
    return ran([Finding(
        f"{detail} = {total} membres listés, mais {in_office} membres en exercice déclarés.",
        m.header_evidence("members_in_office") or Evidence.of(present[0]))])


COUNT = Check(
    "attendance_count_mismatch", "Nombre de présents ou représentés contraire à la liste", "CGCT L2121-15 (contenu du procès-verbal)",
    "warning", check_count,
    "Silencieux sans nombre déclaré de présents ou de représentés, ou sans liste nominative.",
    "Les nombres déclarés (présents, représentés) et ceux imprimés entre parenthèses sur une liste (« Excusés : (2) ») ; "
    "les noms et pouvoirs lus. Non vérifiable quand la liste est coupée, imprime plus de civilités que de noms lus, "
    "range un nom sous l'intitulé d'un autre statut, ou quand des pouvoirs imprimés n'ont pas été lus.",
)
TOTAL = Check(
    "attendance_total_mismatch", "Présents, absents et excusés ne font pas le nombre de membres en exercice",
    "CGCT L2121-15 (contenu du procès-verbal), L2121-17 (membres en exercice)", "warning", check_total,
    "Silencieux sans membres en exercice déclarés, sans liste des présents, ou quand seuls les présents sont nommés "
    "et que le total reste inférieur (les absents ne sont pas listés).",
    "Le nombre déclaré de membres en exercice ; les listes nominatives des présents, absents et excusés. Non "
    "vérifiable quand une liste est coupée ou contredit sa mise en page, quand des suppléants siègent sans que la "
    "liste dise qui ils remplacent, quand un pouvoir imprimé et non lu vient d'un membre qu'aucune liste ne nomme, ou "
    "quand deux pouvoirs imprimés sur une ligne ont été lus comme un seul.",
)
