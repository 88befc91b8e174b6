"""proxy_invalid: a proxy must go from an absent member to a present one (CGCT L2121-20).

One proxy at most per holder, except during the temporary regimes of 2020-2022 (two). The
holder must be a member present at the session (a guest or staff member cannot vote); the giver
must not be listed present.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pipeline.checks.base import Check, Evidence, Finding, MeetingData, Outcome, ran, silent, unverifiable
from pipeline.checks.premises import giver_doubt, layout, proxy_outside_lists
from pipeline.checks.quorum import temporary_regime
from pipeline.french import is_role, iso_date, name_tokens, same_person


def _status(m: MeetingData, name: str, proxy: dict | None = None) -> list[str]:
    """The statuses under which `name` is listed in the attendance; a row read from the words of
    `proxy` itself ("Philippe X a donné procuration à Y" read as a present member) is no listing."""
    def own(a: dict) -> bool:
        s, e = (proxy or {}).get("char_start"), (proxy or {}).get("char_end")
        if s is None or e is None or a.get("char_start") is None or not s <= a["char_start"] < e:
            return False
        # under "Présents :" the name is listed present, its proxy in brackets or not ("Adeline (procuration à Mario)")
        return not any(b.heading.kind == "present" and b.start <= a["char_start"] < b.end for b in layout(m).blocks)
    return sorted({a["status"] for a in m.attendance
                   if (same_person(name, a.get("person")) or same_person(name, a.get("person_normalised"))) and not own(a)})


NAME_WORD_MIN = 4  # letters of a surname word shared with a present member that make a holder's name a variant of it


def _variant_of_present(m: MeetingData, name: str) -> str | None:
    """A present member whose name shares a surname word with `name`, the rest differing ("Mme Denis
    CHARTRAIN" for "Denise NOGUES-CHARTRAIN"): a misprint or a short form, not someone else."""
    capitals = [w for w in re.findall(r"[\wÀ-ÿ'’]+", name or "") if w.isupper() and len(w) >= NAME_WORD_MIN]
    words = {w for c in (capitals or (name or "").split()[-1:]) for w in name_tokens(c) if len(w) >= NAME_WORD_MIN}
    for a in m.attendance:
        if a.get("status") != "present":
            continue
        theirs = {w for t in name_tokens(a.get("person")) for w in [t, *t.split("-")] if len(w) >= NAME_WORD_MIN}
        if words & theirs:
            return a["person"]
    return None


def _holder_key(m: MeetingData, name: str) -> str:
    """One key per person: the attendance row the name resolves to ("M. BERNARD" = "Jérôme BERNARD")."""
    for a in m.attendance:
        if a.get("status") == "present" and same_person(name, a.get("person")):
            return " ".join(sorted(name_tokens(a["person"])))
    return " ".join(sorted(name_tokens(name)))


def check(m: MeetingData) -> Outcome:
    """Each proxy's holder present, its giver not present; one proxy per holder (two in 2020-2022)."""
    if not m.proxies:
        return silent("aucune procuration listée")
    if not any(a.get("status") == "present" for a in m.attendance):
        return silent("procurations listées, mais pas la liste des présents")
    doubts = layout(m).doubts(("present", "absent", "excused", "invited"))
    if doubts:
        return unverifiable("listes de présence douteuses : " + "; ".join(doubts))
    findings, skipped = [], []
    temporary = temporary_regime(iso_date(m.meeting.get("date")))
    for p in m.proxies:
        giver, holder, ev = p.get("giver") or "", p.get("holder") or "", Evidence.of(p)
        doubt = giver_doubt(p) or proxy_outside_lists(m, p)
        if doubt:
            skipped.append(doubt)
            continue
        giver_status = _status(m, giver, p)
        if giver_status == ["present"]:
            findings.append(Finding(f"{giver} donne procuration à {holder} mais est listé(e) présent(e).", ev, severity="error"))
        if is_role(holder) or same_person(holder, m.meeting.get("president")):
            continue  # "pouvoir à M. le Maire", or to the one who chairs: present by definition
        holder_status = _status(m, holder)
        if "present" in holder_status:
            continue
        if "invited" in holder_status:
            findings.append(Finding(f"Procuration de {giver} donnée à {holder}, qui n'est pas membre de l'assemblée "
                                    f"(listé(e) parmi les invités ou le personnel).", ev, severity="error"))
        elif holder_status:
            listed = {"absent": "absent(e)", "excused": "excusé(e)"}
            where = " et ".join(listed.get(s, s) for s in holder_status)
            findings.append(Finding(f"Procuration de {giver} donnée à {holder}, listé(e) {where} et non présent(e).",
                                    ev, severity="error"))
        elif _variant_of_present(m, holder):
            skipped.append(f"le mandataire « {holder} » n'est listé nulle part, mais son nom est proche de celui de "
                           f"« {_variant_of_present(m, holder)} », présent(e)")
        else:
            findings.append(Finding(f"Procuration de {giver} donnée à {holder}, qui n'est pas listé(e) parmi les présents.", ev))
    held: dict[str, list[dict]] = defaultdict(list)
    for p in m.proxies:
        if p.get("holder") and not is_role(p["holder"]) and not proxy_outside_lists(m, p):
            held[_holder_key(m, p["holder"])].append(p)
    allowed = 2 if temporary else 1
    for rows in held.values():
        if len(rows) > allowed:
            givers = ", ".join(r["giver"] for r in rows)
            rule = "deux au plus sont admises (régime temporaire 2020-2022)" if temporary else "une seule est admise"
            findings.append(Finding(f"{rows[0]['holder']} détient {len(rows)} procurations ({givers}) : {rule}.",
                                    Evidence.of(rows[1] if len(rows) > 1 else rows[0]), severity="error"))
    if skipped and not findings:
        return unverifiable("; ".join(skipped))
    return ran(findings, ("non vérifiable pour " + "; ".join(skipped)) if skipped else None)


CHECK = Check(
    "proxy_invalid", "Procuration irrégulière", "CGCT L2121-20 (régime temporaire : loi 2020-290 art. 10, loi 2021-1465 art. 10)",
    "warning", check,
    "Silencieux sans procuration listée ou sans liste des présents. Une procuration à « M. le Maire » (une fonction) "
    "n'est pas vérifiée nominativement ; deux procurations par mandataire sont admises en 2020-2022.",
    "Les pouvoirs lus (mandant, mandataire) et les listes nominatives des présents, absents, excusés et invités. Non "
    "vérifiable quand ces listes sont coupées ou contredisent leur mise en page ; un pouvoir dont le mandant est lu à "
    "moitié (un autre nom imprimé juste avant « pouvoir à ») n'est pas jugé.",
)
