"""quorum_not_met: a majority of members in office must be present (CGCT L2121-17).

Proxies don't count. The COVID-19 temporary regimes (loi 2020-290 then 2020-1379, 2021-689,
2021-1465) set the quorum at one third of the members in office, present or represented; they
are date-gated below. A session reconvened for lack of quorum deliberates without one.
Counts restated for a range of items (attendance_changes) are checked too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.checks.attendance import distinct_members, member_key
from pipeline.checks.base import Check, Evidence, Finding, MeetingData, Outcome, ran, silent, unverifiable
from pipeline.checks.counts import present_count, represented_count
from pipeline.checks.premises import fold_keep_length, layout, represented_doubt
from pipeline.french import MONTHS, iso_date

CODE = "quorum_not_met"
# Periods when the quorum was one third of members present or represented (état d'urgence sanitaire).
TEMPORARY_REGIMES = (
    (dt.date(2020, 3, 24), dt.date(2020, 8, 30)),   # loi 2020-290 art. 10, prolongée par la loi 2020-856
    (dt.date(2020, 11, 15), dt.date(2021, 9, 30)),  # loi 2020-1379 art. 6, prolongée par la loi 2021-689
    (dt.date(2021, 11, 11), dt.date(2022, 7, 31)),  # loi 2021-1465 art. 10
)


# The minutes record that this session lacked its quorum and could not sit (folded text): "Faute de quorum, la réunion du
# Conseil Municipal n'a pas eu lieu", "Le quorum n'étant pas atteint, le conseil ne peut valablement délibérer", "Le quorum
# n'étant plus atteint, la séance a été levée à 21 heures", "En l'absence de quorum, la séance est reportée" — one sentence
# holding the lack and its consequence.
LACK = re.compile(r"\bfaute\s+de\s+quorum\b|\bquorum\s+n['’]\s*(?:etant|est|etait|a)\s+(?:pas|plus)\s+(?:ete\s+)?(?:atteint|reuni)\b"
                  r"|\ben\s+l['’]\s*absence\s+(?:de|du)\s+quorum\b|\bquorum\s+(?:n['’]\s*est\s+)?non\s+atteint\b")
NOT_HELD = re.compile(
    r"\bn['’]\s*a\s+(?:pas\s+)?(?:eu\s+lieu|pu\s+(?:avoir\s+lieu|se\s+tenir|se\s+derouler|(?:valablement\s+)?deliberer|etre\s+ouverte|sieger))"
    r"|\bne\s+(?:peut|pouvait|pouvant)\s+(?:pas\s+)?(?:valablement\s+)?(?:deliberer|se\s+tenir|sieger|etre\s+ouverte|avoir\s+lieu)"
    r"|\b(?:la\s+)?(?:seance|reunion)\s+(?:est|a\s+ete)\s+(?:levee|close|ajournee|reportee|annulee)\b"
    r"|\b(?:est|a\s+ete)\s+(?:reportee|ajournee|annulee)\b")
# ... but not the lack of an earlier session told by the reconvened one ("Lors de la réunion du 16 mai 2019 le quorum n'a
# été atteint", "s'était réuni le 23 mars, séance à laquelle le quorum n'était pas atteint"), nor a rule ("si le quorum
# n'est pas atteint, le conseil est à nouveau convoqué")
OTHER_SESSION = re.compile(rf"\b\d{{1,2}}(?:er)?\s+(?:{'|'.join(m for m in MONTHS if m.isascii())})\b"
                           r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\bprecedente?\b|\bpremiere\s+(?:seance|reunion|convocation)\b"
                           r"|\b(?:si|lorsque|lorsqu['’]|quand)\b|\bs['’]\s*etait\s+reuni")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n")
# ... nor a session put off for an hour and then opened ("Le quorum n'étant pas atteint, la séance est reportée à 21 h",
# then "Le quorum étant atteint, la séance est ouverte"): the quorum reached later in the minutes, or a delay of hours
REACHED_LATER = re.compile(r"\bquorum\s+(?:etant|est|etait|a\s+ete)\s+(?:desormais\s+|alors\s+|maintenant\s+|bien\s+)?(?:atteint|reuni)\b")
DELAYED = re.compile(r"\b(?:reportee|ajournee|suspendue|differee)\s+(?:a|de|d['’]\s*une?|jusqu['’]\s*a)\s+(?:\d{1,2}\s*h|une\s+heure|\d{1,2}\s+minutes?|quelques)")


@dataclass(frozen=True)
class Settings:
    """Reaches the quorum check works with (characters). The quorum's own fractions (a majority of the members in office,
    a third of them present or represented under the temporary regimes) are the law's, written in _failure."""

    later_reach: int = 1500  # after a stated lack, where the quorum reached later is read
    sentence_reach: int = 300  # around a stated lack, where its sentence's start and end are looked for


SETTINGS = Settings()


def stated_lack(m: MeetingData) -> tuple[str, int, int] | None:
    """The sentence in which the minutes record that the session lacked its quorum and could not sit or go on, as
    (words, start, end); None when they do not."""
    text = m.text
    if not text:
        return None
    folded = fold_keep_length(text)
    for lack in LACK.finditer(folded):
        ends = [x.end() for x in _SENTENCE_END.finditer(folded, max(0, lack.start() - SETTINGS.sentence_reach), lack.start())]
        start = ends[-1] if ends else max(0, lack.start() - SETTINGS.sentence_reach)
        close = _SENTENCE_END.search(folded, lack.end())
        end = close.start() + 1 if close else min(len(text), lack.end() + SETTINGS.sentence_reach)
        sentence = folded[start:end]
        if NOT_HELD.search(sentence) and not OTHER_SESSION.search(sentence) and not DELAYED.search(sentence) \
                and not REACHED_LATER.search(folded, end, end + SETTINGS.later_reach):
            while start < end and text[start].isspace():
                start += 1
            return " ".join(text[start:end].split()), start, end
    return None


def temporary_regime(day: dt.date | None) -> bool:
    """True when the session's date falls in a period of the one-third quorum."""
    return day is not None and any(start <= day <= end for start, end in TEMPORARY_REGIMES)


def _failure(in_office: int, present: int, represented: int | None, temporary: bool) -> str | None:
    """Why the quorum is not met, or None when it is."""
    if temporary:
        if represented is None:
            return None
        if 3 * (present + represented) < in_office:
            need = -(-in_office // 3)
            return (f"{present} présents + {represented} représentés = {present + represented} sur {in_office} membres "
                    f"en exercice : le tiers requis ({need}) n'est pas atteint (régime temporaire 2020-2022).")
        return None
    if 2 * present <= in_office:
        return (f"{present} membres présents sur {in_office} en exercice : la majorité ({in_office // 2 + 1}) n'est pas "
                f"atteinte (les procurations ne comptent pas).")
    return None


def members_in_office(m: MeetingData) -> tuple[int | None, bool]:
    """Members in office: declared, else present + absent + excused when the minutes name all three kinds.

    Returns (count, derived). Without a list of absent or excused members the count stays unknown.
    """
    declared = m.meeting.get("members_in_office")
    if declared is not None:
        return declared, False
    members = distinct_members([a for a in m.attendance if a.get("status") in ("present", "absent", "excused")])
    statuses = {a["status"] for a in members}
    replaced = {member_key({"person": a["substitute_for"]}) for a in m.attendance if a.get("substitute_for")}
    lay = layout(m)
    if "present" in statuses and statuses & {"absent", "excused"} and not lay.doubts() and not lay.substitutes_unplaced():
        return len([a for a in members if a["status"] == "present" or member_key(a) not in replaced]), True
    return None, False


def check(m: MeetingData) -> Outcome:
    """Members present vs half the members in office, date-gated, per range of items."""
    lack = stated_lack(m)
    if lack:
        # the minutes say so themselves (a session that could not sit, or was closed when members left): whatever was
        # read of the counts, and though they may announce the next, reconvened session ("de nouveau convoqué")
        words, start, end = lack
        present, _, _ = present_count(m)
        counted = f" ({present} présents)" if present is not None else ""
        return ran([Finding(f"Le procès-verbal constate que le quorum n'est pas atteint{counted} : « {words[:200]} »",
                            m.span(start, end))])
    if m.meeting.get("reconvened"):
        return silent("assemblée reconvoquée faute de quorum : elle délibère sans condition de quorum")
    in_office, derived = members_in_office(m)
    if in_office is None:
        doubts = layout(m).doubts() if m.meeting.get("members_in_office") is None else []
        if doubts:
            return unverifiable("membres en exercice non déclarés, et les listes qui permettraient de les compter sont "
                                "douteuses : " + "; ".join(doubts))
        return silent("nombre de membres en exercice non déclaré, et pas de liste des absents ou excusés pour le compter")
    day = iso_date(m.meeting.get("date"))
    temporary = temporary_regime(day)
    present, present_ev, declared = present_count(m)
    represented, _ = represented_count(m)
    if present is None:
        doubts = layout(m).doubts(("present",))
        if doubts:
            return unverifiable("nombre de présents non déclaré et liste des présents douteuse : " + "; ".join(doubts))
        return silent("nombre de présents inconnu")
    if temporary and represented is None:
        reason = represented_doubt(m)
        if reason:
            return unverifiable(f"régime temporaire 2020-2022 et nombre de représentés inconnu : {reason}")
        return silent("régime temporaire 2020-2022 et nombre de représentés inconnu")
    if derived and not declared and _failure(in_office, present, represented, temporary):
        # neither count is printed: both counted on lists, whose members in office may hold suppléants or
        # a name read twice; a lack of quorum resting on two countings is not asserted
        return unverifiable(f"ni membres en exercice ni présents déclarés : {present} présents et {in_office} membres "
                            "en exercice comptés sur les listes seulement")
    findings = []
    why = _failure(in_office, present, represented, temporary)
    if why:
        notes = [n for n, on in (("présents comptés sur la liste", not declared),
                                 ("membres en exercice comptés sur les listes de présence", derived)) if on]
        findings.append(Finding(why + (f" ({' ; '.join(notes)})" if notes else ""), present_ev or m.header_evidence(),
                                severity="info" if notes else None))  # counted on lists: less sure than printed counts
    for change in m.attendance_changes:
        if change.get("members_present") is None:
            continue
        why = _failure(in_office, change["members_present"], change.get("proxies"), temporary)
        if why:
            span = f"points {change.get('from_item')} à {change.get('to_item') or 'la fin'}"
            findings.append(Finding(f"Pour les {span} : {why}", Evidence.of(change), change.get("from_item")))
    notes = [n for n, on in (("régime temporaire 2020-2022 : tiers des membres présents ou représentés", temporary),
                             (f"{in_office} membres en exercice comptés sur les listes de présence", derived)) if on]
    return ran(findings, " ; ".join(notes) or None)


CHECK = Check(
    CODE, "Quorum non atteint", "CGCT L2121-17 (régime temporaire : loi 2020-290 art. 10, loi 2021-1465 art. 10)",
    "warning", check,
    "Silencieux sans membres en exercice (déclarés, ou comptés sur des listes nommant présents et absents ou excusés), sans nombre de présents (déclaré ou liste), ou quand la séance "
    "est reconvoquée faute de quorum (sauf si le procès-verbal constate lui-même que la séance n'a pu se tenir faute de quorum). Entre 2020 et le 31 juillet 2022, le tiers des membres présents ou représentés suffit.",
    "Les nombres déclarés de membres en exercice et de présents, sinon les listes nominatives (présents, absents, "
    "excusés). Non vérifiable quand ces listes sont coupées, contredisent leur mise en page (plus de civilités "
    "imprimées que de noms lus, un nom sous l'intitulé d'un autre statut) ou comptent des suppléants sans dire qui "
    "ils remplacent. Gravité « information » quand les nombres sont comptés sur les listes.",
)
