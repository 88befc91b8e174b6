"""date_inconsistency: the dates a PV prints must agree with the session's (CGCT L2121-15).

- the deliberation speaks of itself with another date: "Cette délibération du 24 septembre 2024"
  in the minutes of the 30th (a back-reference to a deliberation cited earlier with that date is fine);
- an event presented as upcoming though already past on the day of the session: "le prochain
  congrès ... se tenant du 27 au 29 septembre 2024" in the minutes of 30 September 2024;
- a running title or page margin naming the minutes of another session: "Compte rendu conseil
  municipal du 22 septembre 2023" in the minutes of 17 November 2023;
- an item announcing the approval of the minutes of one session whose words approve another's
  ("Approbation du procès-verbal ... du 18 septembre 2019", then "approuve ... le procès-verbal du
  16 juillet 2019");
- a date after the session given as already established: "Le coût total prévisionnel des travaux
  TTC, établi au 11 octobre 2022" in the minutes of 6 October 2022;
- a date printed with another day of the week than its own: "SEANCE DU MERCREDI 15 SEPTEMBRE 2015"
  (15 September 2015 was a Tuesday).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from pipeline.checks.base import Check, Evidence, Finding, MeetingData, Outcome, ran, silent, unverifiable
from pipeline.french import WEEKDAYS, find_dates, fold, fold_words, french_date, iso_date, weekday_in


@dataclass(frozen=True)
class Settings:
    """Reaches the date checks work with (characters before or after a date unless said)."""

    self_reference: int = 60  # before a date, where "cette délibération du" names the deliberation itself
    section_back: int = 3000  # before a date outside any item, where an earlier mention of the same date is looked for
    upcoming: int = 80  # before a date, where "se tenant du 27 au" makes it a date to come
    sentence_chars: int = 400  # a quoted sentence reaches back this far at most
    established: int = 40  # before a date, where "établi au", "en date du" say it is established
    dated: int = 20  # before a date, where "daté du" is read as printed
    stamp: int = 80  # before a date, where a stamp written after the session ("transmis en préfecture") or a date to
    # come ("prendra effet en date du") is read
    weekday_window: int = 14  # before a date, where its day of the week is printed
    heading_tail: int = 40  # after a section's heading, still part of it
    title_lines: int = 3  # lines of a running title read for its date
    title_words: int = 6  # words between a running title and its date past which it is a sentence
    edge_lines: int = 4  # a running header or footer sits within the first or last lines of its page
    convocation: int = 40  # before a date, where a convocation's or a posting's words are read
    minutes_window: int = 120  # before a date, where "procès-verbal de la séance du" is read
    minutes_after: int = 160  # after it, where the approval's sentence goes on
    approval_title: int = 40  # before "procès-verbal", where "Approbation du" makes a title of it
    title_number: int = 20  # further back than minutes_window, where the title's item number is read
    approval_reach: int = 700  # after an item announcing the approval of a PV, within which its body approves one
    title_reach: int = 160  # before a date, where "Approbation du procès-verbal du" is read
    head_reach: int = 400  # between the heading's date and the opening's date at most
    other_session: int = 120  # before a date in the head, where another session's words (approval, quorum) are read


SETTINGS = Settings()

# The deliberation naming itself: "Cette délibération du", "La présente délibération en date du", "cette séance du"
SELF_REFERENCE = re.compile(
    r"\b(?:cette|la\s+presente|presente)\s+(?:deliberation|seance|reunion|decision)\s+(?:du|en\s+date\s+du|datee\s+du)\s*$"
)
# A future event: "se tenant du", "se tiendra le", "aura lieu le", "se déroulera du", "organisé prochainement le"
UPCOMING = re.compile(
    r"\b(?:se\s+tenant|se\s+tiendr(?:a|ont)|aur(?:a|ont)\s+lieu|se\s+deroul(?:era|eront|ant)|debutera|commencera|"
    r"(?:sera|seront)\s+organisee?s?)\b[^.;\n]{0,40}$"
)
# A date given as already established, though after the session: "Le coût total prévisionnel des travaux TTC,
# établi au 11 octobre 2022" (minutes of 6 October 2022), "le budget arrêté au", "le devis daté du", "courrier en
# date du"; not a stamp added after the session ("Envoyé en préfecture le", "Reçu le", "Publié le", "Signé le"),
# nor a date to come ("sera arrêté au", "à compter du", "applicable au")
ESTABLISHED = re.compile(r"(?<!sera\s)(?<!seront\s)(?<!devra\s)\b(?:etabli|arrete)(?:e|s|es)?\s+au\s*$|\ben\s+date\s+du\s*$")
# What is stamped on minutes after their session: "Transmis en préfecture en date du", "Affiché en date du",
# "Certifié exécutoire", "Reçu le", "Publié le", "Notifié le", "Signé le"
STAMP = re.compile(r"\b(?:prefecture|affich|publi|transmis|executoire|recu|envoye|notifi|signe|certifi|visa)")
# A date to come before "en date du", "arrêté au": "prendra effet en date du", "à compter de", "sera signé", "est prévue",
# "se réunira", "jusqu'au", "entrera en vigueur"
TO_COME = re.compile(r"\b(?:effet|compter|applicable|partir|entrer(?:a|ont)|vigueur|prendr(?:a|ont)|ser(?:a|ont)|jusqu|"
                     r"prevue?s?|programmee?s?|reunira|tiendra|convoquee?s?|devr(?:a|ont))\b")
# "daté du" as printed, accent and all: folded, it would be the noun of "à la date du 1er janvier" (a date to come)
DATED = re.compile(r"\bdatée?s?\s+du\s*$", re.I)
# The day of the week printed before a date: "SEANCE DU MERCREDI 15 SEPTEMBRE 2015" (a Tuesday)
WEEKDAY = re.compile(rf"\b(?P<day>{'|'.join(WEEKDAYS)})\s*,?\s*$")
# A running title: "Compte rendu / conseil municipal du / 22 septembre 2023", "Procès-verbal de la séance du 17/11/2023"
RUNNING_TITLE = re.compile(r"^[\s#*_>|=-]*(?:compte[- ]?rendu|proc[eè]s[- ]verbal|(?P<session>s[ée]ance|r[ée]union))\b",
                           re.M | re.I)
# The line after a title that turns it into a sentence: "est approuvé à l'unanimité", "a été adopté"
CONTINUES = re.compile(r"^\s*(?:est|sont|a\s+ete|ont\s+ete|approuv|adopt|soumis|rectifi|n['’]appelle)")
# A date in figures, whatever its year ("07/12/11", "7.12.2011")
NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}(?!\d)")
# Words that make a title line a sentence about other minutes: "approbation", "soumis", "adopté", "lecture"
NOT_A_TITLE = re.compile(r"\b(?:approb|approuv|soumi|adopt|lecture|precedent|dernier|rectifi|vu\b|est\b|sont\b|a\s+ete)")
# A file name's date: "PV_2023-11-17", "CR_28_10_2022", "cm-20240930"; or its year alone: "budget_2024"
FILE_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-_.]?(?P<m>[01]\d)[-_.]?(?P<d>[0-3]\d)(?!\d)")
FILE_FR = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)[-_.](?P<m>[01]?\d)[-_.](?P<y>(?:19|20)\d{2})(?!\d)")
FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def file_date(name: str) -> tuple[dt.date | None, int | None]:
    """The date a file name carries, else the single year it carries: (date, year)."""
    stem = name.rsplit(".", 1)[0]
    for pattern in (FILE_ISO, FILE_FR):
        m = pattern.search(stem)
        if m:
            d = _safe(int(m["y"]), int(m["m"]), int(m["d"]))
            if d:
                return d, d.year
    years = set(FILE_YEAR.findall(stem))
    return None, int(years.pop()) if len(years) == 1 else None


def _self_references(m: MeetingData, day: dt.date, text: str) -> list[Finding]:
    out = []
    for d, start, end in m.dates:
        if d == day or not SELF_REFERENCE.search(fold_words(text[max(0, start - SETTINGS.self_reference):start])):
            continue
        item = m.item_at(start)
        section_start = item["section_char_start"] if item else max(0, start - SETTINGS.section_back)
        earlier = [x for x, s, _ in m.dates if section_start <= s and s < start and x == d]
        if earlier:
            continue  # "La délibération du 23 septembre 2021 ... Cette délibération du 23 septembre 2021"
        sentence_start, sentence_end = _sentence(text, start, end)
        out.append(Finding(
            f"Le texte se date du {french_date(d)} alors que la séance a lieu le {french_date(day)}.",
            m.span(sentence_start, sentence_end), item.get("number") if item else None))
    return out


def _upcoming(m: MeetingData, day: dt.date, text: str) -> list[Finding]:
    out = []
    for d, start, end in m.dates:
        if d >= day:
            continue
        if not UPCOMING.search(fold_words(text[max(0, start - SETTINGS.upcoming):start])):  # "se tenant du 27 au " + date
            continue
        sentence_start = _sentence(text, start, end)[0]
        item = m.item_at(start)
        out.append(Finding(
            f"Un événement du {french_date(d)} est présenté comme à venir dans le procès-verbal de la séance du "
            f"{french_date(day)}, où il est déjà passé.",
            m.span(sentence_start, end), item.get("number") if item else None))
    return out


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): back to the previous period, across the line breaks of a
    wrapped sentence (a line that starts in lower case after one that ends without punctuation);
    forward to the next period or line break."""
    at = start
    while True:
        line_start = text.rfind("\n", 0, at) + 1
        period = max(text.rfind(". ", line_start, start), text.rfind("? ", line_start, start))
        if period >= line_start:
            begin = period + 2
            break
        previous_end = line_start - 1
        previous = text[text.rfind("\n", 0, max(previous_end, 0)) + 1:max(previous_end, 0)].rstrip()
        wrapped = text[line_start:start].lstrip()[:1].islower() and previous and previous[-1] not in ".:;!?"
        if line_start == 0 or not wrapped or start - line_start > SETTINGS.sentence_chars:
            begin = line_start
            break
        at = previous_end
    sentence_end = min(x for x in (text.find(".", end), text.find("\n", end), len(text)) if x >= 0)
    return begin, sentence_end


def _established_later(m: MeetingData, day: dt.date, text: str) -> list[Finding]:
    """A date after the session given as already established ("établi au 11 octobre 2022")."""
    out = []
    for d, start, end in m.dates:
        if d <= day or not (ESTABLISHED.search(fold_words(text[max(0, start - SETTINGS.established):start]))
                            or DATED.search(text[max(0, start - SETTINGS.dated):start])):
            continue
        if STAMP.search(fold_words(text[max(0, start - SETTINGS.stamp):start])):
            continue  # "Certifié exécutoire, transmis en préfecture en date du …": written after the session
        if TO_COME.search(fold_words(text[max(0, start - SETTINGS.stamp):start])):
            continue  # "le contrat prendra effet en date du 1er février", "une réunion est prévue en date du …"
        item = m.item_at(start)
        s, e = _sentence(text, start, end)
        out.append(Finding(
            f"Le texte cite comme déjà établi un document du {french_date(d)}, postérieur à la séance du {french_date(day)}.",
            m.span(s, e), item.get("number") if item else None))
    return out


def _weekdays(m: MeetingData, text: str) -> list[Finding]:
    """A date whose printed day of the week is not its own ("mercredi 15 septembre 2015", a Tuesday).
    Pages read by OCR are left aside: a digit misread makes the same mismatch."""
    out = []
    ocr = [(p["char_start"], p["char_end"]) for p in m.pages if p.get("ocr")]
    for d, start, end in m.dates:
        window = fold(text[max(0, start - SETTINGS.weekday_window):start])  # one character for one: offsets kept
        before = WEEKDAY.search(window)
        # the day of the week printed before the date ("SEANCE DU MERCREDI 15 SEPTEMBRE 2015"), or inside the date read
        # whole from the opening sentence: "L'an deux mille quatorze, Le mercredi 14 janvier" (14 January 2014 was a
        # Tuesday: the year left from the last session's minutes), "l'an deux mil vingt, le mardi quatre février"
        named = (WEEKDAYS.index(before["day"]), start - len(window) + before.start()) if before else weekday_in(text[start:end])
        if not named or any(s <= start < e for s, e in ocr):
            continue
        day, begin = named[0], named[1] if before else start + named[1]
        if day != d.weekday():
            item = m.item_at(start)
            out.append(Finding(
                f"Le {french_date(d)} était un {WEEKDAYS[d.weekday()]}, mais le texte le dit « {WEEKDAYS[day]} ».",
                m.span(begin, end), item.get("number") if item else None))
    return out


def _in_agenda(m: MeetingData, start: int, end: int) -> bool:
    """True when [start, end) is an agenda line or a section heading (an item about earlier minutes)."""
    for a in m.agenda_items:
        spans = [(a.get("char_start"), a.get("char_end"))]
        if a.get("section_char_start") is not None:
            spans.append((a["section_char_start"], a["section_char_start"] + len(a.get("section_heading") or "") + SETTINGS.heading_tail))
        if any(s is not None and e is not None and s < end and start < e for s, e in spans):
            return True
    return False


def _at_page_edge(m: MeetingData, start: int, end: int) -> bool:
    for p in m.pages:
        if p["char_start"] <= start < p["char_end"]:
            text = m.text
            return (text.count("\n", p["char_start"], start) < SETTINGS.edge_lines
                    or text.count("\n", end, p["char_end"]) < SETTINGS.edge_lines)
    return False


def _running_titles(m: MeetingData, day: dt.date, text: str) -> list[Finding]:
    wrong: dict[dt.date, list[tuple[int, int]]] = {}
    session_titles: set[dt.date] = set()
    for title in RUNNING_TITLE.finditer(text):
        window_end = title.start()
        for _ in range(SETTINGS.title_lines):
            nl = text.find("\n", window_end + 1)
            window_end = len(text) if nl < 0 else nl
        window = text[title.start():window_end]
        dates = find_dates(window)
        if not dates:
            continue
        d, s, e = dates[0]
        rest, _, following = window[e:].partition("\n")
        between = fold_words(window[title.end() - title.start():s])
        if NUMERIC_DATE.search(window[title.end() - title.start():s]):
            continue  # the title's own date, which the grammar did not read ("DU 07/12/11"): the next date is not its
        if (re.search(r"\w{3,}", rest) or NOT_A_TITLE.search(between) or len(between.split()) > SETTINGS.title_words
                or CONTINUES.match(fold_words(following))):
            continue  # a sentence, not a title standing alone
        if d != day and not _in_agenda(m, title.start(), title.start() + e):
            wrong.setdefault(d, []).append((title.start(), title.start() + e))
            if title["session"]:
                session_titles.add(d)
    # A title "Séance du comité syndical du 4 Février 2008" is also how the minutes of another session begin (a
    # document holding two sessions): that date must be printed nowhere but in such titles
    for d in session_titles:
        spans = wrong[d]
        if any(x == d and not any(s <= start < e for s, e in spans) for x, start, _ in m.dates):
            del wrong[d]
    out = []
    for d, spans in wrong.items():
        pages = sorted({m.page_at(s) for s, _ in spans if m.page_at(s) is not None})
        if len(pages) < 2 and not any(_at_page_edge(m, s, e) for s, e in spans):
            continue  # once, amid a page: more likely a sentence about other minutes than a running title
        where = ", ".join(f"p. {p}" for p in pages)
        start, end = spans[0]
        out.append(Finding(
            f"Titre ou marge datés du {french_date(d)} ({where}) dans le procès-verbal de la séance du {french_date(day)}.",
            Evidence(" ".join(text[start:end].split()), m.page_at(start), start, end)))
    return out


# What dates a convocation or a posting, not the session: "Date de la convocation 24 septembre 2013", "convoqué le",
# "Date d'affichage", "affiché le"
CONVOCATION = re.compile(r"\b(?:convocation|convoque\w*|affichage|affichee?s?)\b[^.;\n]{0,20}$")


def _only_as_convocation(m: MeetingData, day: dt.date) -> bool:
    """True when every date of the text equal to the session's as read dates a convocation or a posting."""
    at = [start for d, start, _ in m.dates if d == day]
    return bool(at) and all(CONVOCATION.search(fold_words(m.text[max(0, s - SETTINGS.convocation):s])) for s in at)


def _file_name(m: MeetingData, day) -> list[Finding]:
    """The date or year a file's name carries vs the session's date: the minutes as published
    contradict their own name (a PV of 30 September 2024 saved as "numerian_2023-09-30.txt", the
    seed's planted fault; a PV of 15 December 2023 published as "PV_2024-12-15"). The minutes' own
    dates stay authoritative for the session's date. Nothing is said when the name's date is printed
    in the text: the session's date as read is then the doubtful one (a convocation's or a report's
    date read in its place), not the name."""
    name = m.document.get("file_name") or ""
    named_date, named_year = file_date(name)
    if named_date and named_date != day and abs((named_date - day).days) > 1:
        if any(d == named_date for d, _, _ in m.dates):
            return []
        return [Finding(f"Le fichier « {name} » porte la date du {french_date(named_date)}, mais la séance a lieu le "
                        f"{french_date(day)}.", m.header_evidence("date"))]
    if named_date is None and named_year and named_year != day.year:
        return [Finding(f"Le fichier « {name} » porte l'année {named_year}, mais la séance a lieu le {french_date(day)}.",
                        m.header_evidence("date"))]
    return []


# The approval of earlier minutes (folded text before a date): "Approbation du procès-verbal de la réunion du
# conseil municipal du", "Approbation du PV de la réunion du conseil du", "approuve ... le procès-verbal du conseil
# municipal du", "Approbation du compte rendu du", "procès-verbal de la séance en date du"
MINUTES_OF = re.compile(
    r"\b(?:proces[\s-]*verbal|p\.?\s?v\.?|compte[\s-]*rendu)"
    r"(?:\s+(?:de\s+la|du|de\s+l['’]?)\s*(?:seance|reunion|assemblee|conseil|comite|bureau)"
    r"(?:\s+(?:du|de\s+la|de\s+l['’]?)?\s*(?:conseil|comite|bureau|assemblee))?"
    r"(?:\s+(?:municipal|communautaire|syndical|d['’]?\s*administration))?)?"
    r"\s+(?:du|en\s+date\s+du)\s*$")
APPROVING = re.compile(r"\b(?:approbation|approuv\w*|adopt\w*)\b")
LATER = re.compile(r"\b(?:sera|seront|prochaine?s?|ulterieure?ment)\b")
TITLE_NUMBER = re.compile(r"(?:^|\n|[,;:.]\s)\s*(?P<n>\d{1,3})\s*[.)°/-]?\s*(?:\n\s*)*$")


def _minutes_mentions(m: MeetingData, day: dt.date, text: str) -> list[tuple[dt.date, int, int, bool, str | None]]:
    """Each date of earlier minutes named with them: (date, start, end, is a title "Approbation du PV du …",
    the item number printed just before that title)."""
    out = []
    for d, start, end in m.dates:
        if d >= day:
            continue
        window = text[max(0, start - SETTINGS.minutes_window):start]
        folded = fold_words(window)
        pv = MINUTES_OF.search(folded)
        if not pv or re.search(r"proces[\s-]*verbaux|comptes[\s-]*rendus|commission", folded[pv.start():]):
            continue
        line_start = max(window.rfind("\n", 0, len(window) - 1), window.rfind(". ", 0, len(window) - 1))
        sentence = fold_words(window[line_start + 1:]) + " " + fold_words(text[end:end + SETTINGS.minutes_after].split(".")[0])
        title = bool(re.search(r"\bapprobation\s+d[ue]s?\s*$", fold_words(folded[:pv.start()])[-SETTINGS.approval_title:]))
        if not APPROVING.search(sentence) or (not title and LATER.search(sentence)):
            continue  # not an approval, or one put off ("sera approuvé lors de la prochaine séance")
        number = None
        if title:
            head = text[max(0, start - SETTINGS.minutes_window - SETTINGS.title_number):start]
            cuts = [x.start() for x in re.finditer(r"(?i)approbation", head)]
            found = TITLE_NUMBER.search(head[:cuts[-1]]) if cuts else None
            number = found["n"] if found else None
        out.append((d, start, end, title, number))
    return out


def _approved_minutes(m: MeetingData, day: dt.date, text: str) -> list[Finding]:
    """An item approving the minutes of one session whose own words approve another's: "Approbation du
    procès-verbal de la réunion du conseil municipal du 18 septembre 2019" then "le conseil municipal APPROUVE
    … le procès-verbal du conseil municipal du 16 juillet 2019"; or the agenda's "1. Approbation du PV … du
    04/03/2016" and the body's "1. Approbation du procès-verbal … du 7 mars 2017". Items approving two
    sessions' minutes ("procès-verbaux") are not compared, nor two titles of different numbers."""
    mentions = _minutes_mentions(m, day, text)
    out = []
    for i, (d, start, end, title, number) in enumerate(mentions):
        if not title:
            continue
        # the approval it announces: the next mention within reach, before any other title of another number
        for d2, s2, e2, title2, number2 in mentions[i + 1:]:
            if s2 - end > SETTINGS.approval_reach:
                break
            if title2 and (number is None or number2 is None or number2 != number):
                break  # another item approving other minutes
            if d2 != d:
                item = m.item_at(s2) or m.item_at(start)
                s, e = _sentence(text, s2, e2)
                out.append(Finding(
                    f"Le point annonce l'approbation du procès-verbal du {french_date(d)}, mais approuve celui du "
                    f"{french_date(d2)}.", m.span(s, e), item.get("number") if item else number))
            break
    return out


# The heading of the minutes reproduced right after the title approving them: "… APPROBATION DU PROCES-VERBAL DU
# 28 JANVIER 2021 Réunion du 21 janvier 2021 Sous la présidence de …", "Séance ordinaire du"
REPRODUCED = re.compile(r"^[\s\-–—:.]{0,6}(?:r[ée]union|s[ée]ance)(?:\s+(?:ordinaire|extraordinaire|publique))?\s+du\s*$", re.I)


def _reproduced_minutes(m: MeetingData, text: str) -> list[Finding]:
    """A title approving the minutes of one date, followed at once by minutes headed with another: "APPROBATION DU
    PROCES-VERBAL DU 28 JANVIER 2021 Réunion du 21 janvier 2021"."""
    out = []
    for (d1, s1, e1), (d2, s2, e2) in itertools.pairwise(m.dates):
        if d1 == d2 or not REPRODUCED.match(text[e1:s2]):
            continue
        before = fold_words(text[max(0, s1 - SETTINGS.title_reach):s1])
        pv = MINUTES_OF.search(before)
        if pv and re.search(r"\bapprobation\s+d[ue]s?\s*$", before[:pv.start()]):
            start = max(0, s1 - SETTINGS.title_reach) + text[max(0, s1 - SETTINGS.title_reach):s1].lower().rfind("approbation")
            out.append(Finding(
                f"Le titre approuve le procès-verbal du {french_date(d1)}, mais le procès-verbal qui suit est celui de la "
                f"séance du {french_date(d2)}.", m.span(start, e2)))
    return out


# The heading of the minutes, on its own lines: "COMPTE RENDU / de la réunion du", "Séance du comité syndical du",
# "Compte rendu de la réunion du Comité syndical du" (folded text from the line's start to the date)
HEADING = re.compile(r"^[\s#*_>|=\d-]*(?:(?:de\s+la|du)\s+)?(?:compte[\s-]*rendu|proces[\s-]*verbal|seance|reunion)\b[^.;:]{0,80}\b(?:du|le)\s*"
                     rf"(?:(?:{'|'.join(WEEKDAYS)})\s*)?$")
# The opening sentence dating the session: "L'an deux mille vingt deux et le deux mars", "se sont réunis le lundi 30
# mars 2009", "le Conseil s'est réuni le"
OPENING = re.compile(r"\b(?:se\s+sont\s+reunis|s\s?est\s+reuni\w*)\b[^.;]{0,80}\ble\s*"
                     rf"(?:(?:{'|'.join(WEEKDAYS)})\s*)?$")
# What makes a date in the head another session's: an approval, a session that lacked its quorum, a convocation
OTHER_SESSION = re.compile(r"\b(?:approb|approuv|adopt|precedent|dernier|prochain|quorum|convo|report|ajourn|reuni\w*\s+le\s*$)")
TIME_AFTER = re.compile(r"^\s*(?:,?\s*(?:a|de)\s+\d{1,2}\s*(?:h|heures?)\b.*)?$")


def _session_dates(m: MeetingData, text: str) -> list[tuple[dt.date, int, int, str]]:
    """The dates the minutes give their own session in their head: (date, start, end, how) with how "heading" (a
    title standing alone on its lines) or "opening" (the sentence opening the session)."""
    ocr = [(p["char_start"], p["char_end"]) for p in m.pages if p.get("ocr")]
    out = []
    for d, start, end in m.dates:
        if any(s <= start < e for s, e in ocr):
            continue  # a digit misread would make the same disagreement
        line_start = text.rfind("\n", 0, start) + 1
        previous = text.rfind("\n", 0, max(line_start - 1, 0)) + 1  # a heading set on two lines
        while 0 < previous and not text[previous:line_start].strip():  # ... or blank lines apart
            previous = text.rfind("\n", 0, previous - 1) + 1
        ahead = fold_words(text[max(0, start - SETTINGS.other_session):start])  # (folded once for both patterns that read it)
        if OTHER_SESSION.search(ahead):
            continue
        words = fold_words(text[start:end])
        if re.match(r"l\W?\s*an\b", words) or OPENING.search(ahead):
            out.append((d, start, end, "opening"))
        elif (HEADING.search(fold_words(text[line_start:start]))
              or HEADING.search(fold_words(text[previous if text[previous:line_start].strip() else line_start:start]))):
            after = fold_words(text[end:text.find("\n", end) if text.find("\n", end) >= 0 else len(text)])
            if TIME_AFTER.match(after) or not re.search(r"\w{3,}", after):
                out.append((d, start, end, "heading"))
    return out


def _two_session_dates(m: MeetingData, dates: list[tuple[dt.date, int, int, str]]) -> list[Finding]:
    """The minutes' heading dates the session otherwise than the heading or opening sentence right after it: "Séance
    du comité syndical du 4 Février 2008" above "Compte rendu de la réunion du Comité syndical du 30 mars 2009";
    "COMPTE RENDU de la réunion du 19 juin 2019" above "L'an deux mille vingt deux et le deux mars" (a heading
    left from an older session's minutes). Whichever the session's date was read from, the minutes contradict
    themselves. `dates`: `_session_dates`."""
    for (d1, s1, e1, how1), (d2, s2, e2, _) in itertools.pairwise(dates):
        if how1 == "heading" and d1 != d2 and abs((d1 - d2).days) > 1 and s2 - e1 <= SETTINGS.head_reach:
            return [Finding(f"L'en-tête date la séance du {french_date(d1)}, le texte qui suit du {french_date(d2)}.",
                            m.span(s1, e2))]
    return []


def _head_dates_otherwise(m: MeetingData, day: dt.date, session: list[tuple[dt.date, int, int, str]]) -> list[dt.date]:
    """The dates the minutes' head gives their session ("COMPTE RENDU DU CONSEIL MUNICIPAL DU 07/12/11", "L'an deux
    mille ... le sept décembre") when none of them is the session's date as read: the date was then read elsewhere (a
    web page's publication date "mercredi 11 janvier 2012" above the minutes, a convocation), and every finding
    measured against it would report the misreading, not the minutes. Empty when the head dates nothing, or dates the
    session as read (two headings disagreeing with each other are `_two_session_dates`' finding), or when the date read
    is printed nowhere in the text. `session`: `_session_dates`."""
    if not any(d == day for d, _, _ in m.dates):
        return []  # the date read is printed nowhere: nothing says where it came from
    heads = sorted({d for d, _, _, _ in session})
    if not heads or any(abs((d - day).days) <= 1 for d in heads):
        return []
    return heads


def check(m: MeetingData) -> Outcome:
    """Dates printed in the minutes vs the session's date, and vs each other."""
    day = iso_date(m.meeting.get("date"))
    if day is None:
        return silent("date de la séance inconnue")
    text = m.text
    if not text:
        return silent("texte du document non conservé")
    if _only_as_convocation(m, day):
        return unverifiable(f"la date de séance lue ({french_date(day)}) n'est imprimée que comme "
                            "date de convocation ou d'affichage")
    session = _session_dates(m, text)
    heads = _head_dates_otherwise(m, day, session)
    if heads:
        return unverifiable(f"la date de séance lue ({french_date(day)}) n'est pas celle que l'en-tête des minutes "
                            f"imprime ({', '.join(french_date(d) for d in heads)}) : la date lue est douteuse")
    findings = (_self_references(m, day, text) + _upcoming(m, day, text) + _running_titles(m, day, text)
                + _established_later(m, day, text) + _weekdays(m, text) + _approved_minutes(m, day, text)
                + _reproduced_minutes(m, text) + _two_session_dates(m, session))
    if not findings:
        findings = _file_name(m, day)  # the same disagreement, seen from the file's name, is not reported twice
    return ran(findings)


CHECK = Check(
    "date_inconsistency", "Date contraire à celle de la séance", "CGCT L2121-15 (date de la séance au procès-verbal)",
    "warning", check,
    "Silencieux sans date de séance. Une date sans année, une délibération antérieure citée (« Vu la délibération "
    "du ... ») et l'approbation du procès-verbal d'une séance précédente ne sont pas signalées, sauf quand le point "
    "annonce l'approbation d'un procès-verbal et en approuve un autre. Le nom du fichier n'est pas comparé "
    "quand sa date est imprimée dans le texte (la date de séance lue est alors douteuse), ni quand une autre date "
    "est déjà signalée. Non vérifiable quand la date de séance lue n'est imprimée que comme date de convocation ou "
    "d'affichage.",
    "Les dates du texte (jour, mois, année) et du nom du fichier, et la date de la séance. Un jour de la semaine n'est "
    "pas comparé sur une page lue par OCR (un chiffre mal lu ferait le même écart) ; les tampons postérieurs à la "
    "séance (« Reçu en préfecture le ») ne sont pas des documents cités.",
)
