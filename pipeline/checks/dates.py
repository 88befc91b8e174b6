"""date_inconsistency: the dates a PV prints must agree with the session's (CGCT L2121-15).

- the deliberation speaks of itself with another date: "Cette délibération du 24 septembre 2024"
  in the minutes of the 30th (a back-reference to a deliberation cited earlier with that date is fine);
- an event presented as upcoming though already past on the day of the session: "le prochain
  congrès ... se tenant du 27 au 29 septembre 2024" in the minutes of 30 September 2024;
- a running title or page margin naming the minutes of another session: "Compte rendu conseil
  municipal du 22 septembre 2023" in the minutes of 17 November 2023;
- a file named for one date or year that holds the minutes of another;
- a date after the session given as already established: "Le coût total prévisionnel des travaux
  TTC, établi au 11 octobre 2022" in the minutes of 6 October 2022;
- a date printed with another day of the week than its own: "SEANCE DU MERCREDI 15 SEPTEMBRE 2015"
  (15 September 2015 was a Tuesday).
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.checks.base import Check, Evidence, Finding, MeetingData, Outcome, ran, silent
from pipeline.french import find_dates, fold, fold_words, french_date, iso_date

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
# "daté du" as printed, accent and all: folded, it would be the noun of "à la date du 1er janvier" (a date to come)
DATED = re.compile(r"\bdatée?s?\s+du\s*$", re.I)
# The day of the week printed before a date: "SEANCE DU MERCREDI 15 SEPTEMBRE 2015" (a Tuesday)
WEEKDAY = re.compile(r"\b(?P<day>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*,?\s*$")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# A running title: "Compte rendu / conseil municipal du / 22 septembre 2023", "Procès-verbal de la séance du 17/11/2023"
RUNNING_TITLE = re.compile(r"^[\s#*_>|=-]*(?:compte[- ]?rendu|proc[eè]s[- ]verbal)\b", re.M | re.I)
# The line after a title that turns it into a sentence: "est approuvé à l'unanimité", "a été adopté"
CONTINUES = re.compile(r"^\s*(?:est|sont|a\s+ete|ont\s+ete|approuv|adopt|soumis|rectifi|n['’]appelle)")
EDGE_LINES = 4  # a running header or footer sits within the first or last lines of its page
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
        if d == day or not SELF_REFERENCE.search(fold_words(text[max(0, start - 60):start])):
            continue
        item = m.item_at(start)
        section_start = item["section_char_start"] if item else max(0, start - 3000)
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
        if not UPCOMING.search(fold_words(text[max(0, start - 80):start])):  # "se tenant du 27 au " + date
            continue
        sentence_start = _sentence(text, start, end)[0]
        item = m.item_at(start)
        out.append(Finding(
            f"Un événement du {french_date(d)} est présenté comme à venir dans le procès-verbal de la séance du "
            f"{french_date(day)}, où il est déjà passé.",
            m.span(sentence_start, end), item.get("number") if item else None))
    return out


SENTENCE_CHARS = 400  # a quoted sentence reaches back this far at most


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
        if line_start == 0 or not wrapped or start - line_start > SENTENCE_CHARS:
            begin = line_start
            break
        at = previous_end
    sentence_end = min(x for x in (text.find(".", end), text.find("\n", end), len(text)) if x >= 0)
    return begin, sentence_end


def _established_later(m: MeetingData, day: dt.date, text: str) -> list[Finding]:
    """A date after the session given as already established ("établi au 11 octobre 2022")."""
    out = []
    for d, start, end in m.dates:
        if d <= day or not (ESTABLISHED.search(fold_words(text[max(0, start - 40):start]))
                            or DATED.search(text[max(0, start - 20):start])):
            continue
        if STAMP.search(fold_words(text[max(0, start - 80):start])):
            continue  # "Certifié exécutoire, transmis en préfecture en date du …": written after the session
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
        window = fold(text[max(0, start - 14):start])  # one character for one: offsets kept
        named = WEEKDAY.search(window)
        if not named or any(s <= start < e for s, e in ocr):
            continue
        if WEEKDAYS.index(named["day"]) != d.weekday():
            begin = start - len(window) + named.start()
            item = m.item_at(start)
            out.append(Finding(
                f"Le {french_date(d)} était un {WEEKDAYS[d.weekday()]}, mais le texte le dit « {named['day']} ».",
                m.span(begin, end), item.get("number") if item else None))
    return out


def _in_agenda(m: MeetingData, start: int, end: int) -> bool:
    """True when [start, end) is an agenda line or a section heading (an item about earlier minutes)."""
    for a in m.agenda_items:
        spans = [(a.get("char_start"), a.get("char_end"))]
        if a.get("section_char_start") is not None:
            spans.append((a["section_char_start"], a["section_char_start"] + len(a.get("section_heading") or "") + 40))
        if any(s is not None and e is not None and s < end and start < e for s, e in spans):
            return True
    return False


def _at_page_edge(m: MeetingData, start: int, end: int) -> bool:
    for p in m.pages:
        if p["char_start"] <= start < p["char_end"]:
            text = m.text
            return (text.count("\n", p["char_start"], start) < EDGE_LINES
                    or text.count("\n", end, p["char_end"]) < EDGE_LINES)
    return False


def _running_titles(m: MeetingData, day: dt.date, text: str) -> list[Finding]:
    wrong: dict[dt.date, list[tuple[int, int]]] = {}
    for title in RUNNING_TITLE.finditer(text):
        window_end = title.start()
        for _ in range(3):
            nl = text.find("\n", window_end + 1)
            window_end = len(text) if nl < 0 else nl
        window = text[title.start():window_end]
        dates = find_dates(window)
        if not dates:
            continue
        d, s, e = dates[0]
        rest, _, following = window[e:].partition("\n")
        between = fold_words(window[title.end() - title.start():s])
        if (re.search(r"\w{3,}", rest) or NOT_A_TITLE.search(between) or len(between.split()) > 6
                or CONTINUES.match(fold_words(following))):
            continue  # a sentence, not a title standing alone
        if d != day and not _in_agenda(m, title.start(), title.start() + e):
            wrong.setdefault(d, []).append((title.start(), title.start() + e))
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


def _file_name(m: MeetingData, day: dt.date) -> list[Finding]:
    name = m.document.get("file_name") or ""
    named_date, named_year = file_date(name)
    if named_date and named_date != day and abs((named_date - day).days) > 1:
        return [Finding(f"Le fichier « {name} » porte la date du {french_date(named_date)}, mais la séance a lieu le "
                        f"{french_date(day)}.", m.header_evidence("date"))]
    if named_date is None and named_year and named_year != day.year:
        return [Finding(f"Le fichier « {name} » porte l'année {named_year}, mais la séance a lieu le {french_date(day)}.",
                        m.header_evidence("date"))]
    return []


def check(m: MeetingData) -> Outcome:
    """Dates printed in the minutes and the file's name vs the session's date."""
    day = iso_date(m.meeting.get("date"))
    if day is None:
        return silent("date de la séance inconnue")
    findings = _file_name(m, day)
    text = m.text
    if not text:
        return ran(findings, "texte du document non conservé : seul le nom du fichier est comparé")
    findings += (_self_references(m, day, text) + _upcoming(m, day, text) + _running_titles(m, day, text)
                 + _established_later(m, day, text) + _weekdays(m, text))
    return ran(findings)


CHECK = Check(
    "date_inconsistency", "Date contraire à celle de la séance", "CGCT L2121-15 (date de la séance au procès-verbal)",
    "warning", check,
    "Silencieux sans date de séance. Une date sans année, une délibération antérieure citée (« Vu la délibération "
    "du ... ») et l'approbation du procès-verbal d'une séance précédente ne sont pas signalées.",
    "Les dates du texte (jour, mois, année), la date de la séance et le nom du fichier. Un jour de la semaine n'est "
    "pas comparé sur une page lue par OCR (un chiffre mal lu ferait le même écart) ; les tampons postérieurs à la "
    "séance (« Reçu en préfecture le ») ne sont pas des documents cités.",
)
