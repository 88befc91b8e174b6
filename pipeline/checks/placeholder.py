"""placeholder_text: an adopted deliberation must have a text (CGCT L2121-15, L2121-23).

The deliberation's text is the section of the body that treats the item, from its heading to the
decision statement. It is a placeholder when, stripped of markup, it is only a few words that say
the text is still to come ("(En cours de négociation, à venir avant le 24 septembre 2024)",
"Texte à venir", "En cours de rédaction"), or when it holds a blank to fill anywhere ("XXX €",
"[à compléter]", "le xx/xx/2024").
"""

from __future__ import annotations

import re

import regex

from pipeline.checks.base import Check, Finding, MeetingData, Outcome, ran, silent
from pipeline.checks.premises import fold_keep_length
from pipeline.french import fold_words
from pipeline.french.votes import DECISION_START

# Words saying that the text is still to come: "à venir", "en cours de négociation", "en cours de rédaction",
# "sera communiqué ultérieurement", "texte non disponible", "à définir"
TO_COME = re.compile(
    r"\b(?:a\s+venir|en\s+cours\s+de\s+(?:negociation|redaction|finalisation|preparation|elaboration)|"
    r"(?:sera|seront)\s+(?:communique|transmis|precise|complete)e?s?\s+(?:ulterieurement|plus\s+tard|en\s+seance)|"
    r"texte\s+non\s+disponible|a\s+(?:definir|preciser|completer)|non\s+communique)\b"
)
# A blank to fill, anywhere in the text: "XXX €", "[à compléter]", "Tarifs actuels (à compléter)", "le xx/xx/2024", "TBD", "TODO".
# Each branch starts with a letter or "[" (the look-behind comes after the first x) so that the
# search skips ahead quickly: it runs over every adopted deliberation's section.
BLANK = regex.compile(
    r"(?i:x(?<![a-z]x)x{2,}(?![a-z])|[\[(]\s*(?:a|à)\s+(?:compl[ée]ter|renseigner)\s*[\])]|\bxx/xx\b|\btbd\b|\btodo\b)"
)
# A vote's label left blank: "Vote :" or "Résultat du vote :" alone on its line (folded text), when the next
# line gives no result either (no count, no "pour", "contre", "abstention", "unanimité", "adopté"...)
VOTE_LABEL = re.compile(r"^[^\S\n]*(?:vote|resultat\s+du\s+vote)[^\S\n]*:[^\S\n]*$", re.M)
VOTE_FILLED = re.compile(r"^[^\S\n]*(?:vote|resultat\s+du\s+vote)[^\S\n]*:[^\S\n]*\S", re.M)
RESULT_WORDS = re.compile(r"\d|\b(?:pour|contre|abstentions?|unanimite|adopte|rejete|approuve|votants?|suffrages|"
                          r"bulletins?|majorite|elue?s?|favorable|defavorable)\b")
# A date of the minutes' formalities left as a blank to fill (folded text): "Affiché le ……………..au siège de Bernay",
# "Date d'affichage : ........", "Transmis en préfecture le ____", "Publié le : …" — the label, then one ellipsis
# character or three dots, ellipses or underscores, and no figure after them on that line or at the start of the next
# (not the leaders of a table of contents: "Affiché le ........ 18/12/2013", "Affiché le ........" over "18/12/2013");
# a register's formalities line "… après dépôt en Sous-Préfecture le : 04/10/2021 et publication ou notification du :
# ------------------------" (a run of dashes for the date, on the label's line)
BLANK_DATE = re.compile(
    r"\b(?:(?:affiche|publie|transmis|recu|notifie|depose|rendu\s+executoire)e?s?(?:\s+(?:en|a\s+la)\s+prefecture|\s+au\s+controle\s+de\s+legalite)?"
    r"\s+le|date\s+d['’]\s*affichage|date\s+de\s+(?:la\s+)?(?:publication|transmission|mise\s+en\s+ligne|notification)"
    r"|(?:publication|notification|affichage)\s+ou\s+(?:publication|notification|affichage)\s+(?:du|le))"
    r"[^\S\n]*:?[^\S\n]*(?P<blank>…(?:[^\S\n]?[…._])*|[._](?:[^\S\n]?[…._]){2,}|-{3,})(?![^\S\n]*(?:\n[^\S\n]*)?[\d…._-])"
)
# The convocation's date left blank in the heading block (folded text): "Convocation du" alone on its line, the next line
# that holds anything opening the attendance's label ("Présents :") — the template's field never filled in (p08 Frison).
# Never a date printed on the next line ("Date de la convocation :" / "21 mars 2022", Flaux's scans).
BLANK_CONVOCATION = re.compile(
    r"^[^\S\n]*(?P<blank>(?:date\s+de\s+(?:la\s+)?convocation|convocation\s+(?:du|le|en\s+date\s+du))[^\S\n]*:?)[^\S\n]*\n(?:[^\S\n]*\n)*"
    r"[^\S\n]*(?=(?:presents?|absents?|excuses?|pouvoirs?|procurations?|etaient\s+presents|membres\s+presents|secretaire)\b)", re.M)
MAX_PLACEHOLDER_WORDS = 30
# Markdown, bold and bullet marks: "*(En cours...)*", "**Texte**", "- "
MARKUP = re.compile(r"[*_#>|`]+|^\s*[-•]\s+", re.M)


def deliberation_text(section: str, decision_offset: int | None) -> str:
    """The section's text without its heading line and from the decision statement on."""
    body = section.split("\n", 1)[1] if "\n" in section else ""
    cut = len(body)
    if decision_offset is not None and 0 <= decision_offset - (len(section) - len(body)) < len(body):
        cut = decision_offset - (len(section) - len(body))
    start = MARKUP.sub(" ", fold_words(body[:cut]))
    m = DECISION_START.search(start)
    if m:
        start = start[: m.start()]
    return start.strip()


def placeholder_reason(section: str, decision_offset: int | None = None) -> tuple[str, int, int] | None:
    """(quoted placeholder, start, end within the section) when the section's text is a placeholder."""
    blank = BLANK.search(section)
    if blank:
        line_start = section.rfind("\n", 0, blank.start()) + 1
        line_end = section.find("\n", blank.end())
        line_end = len(section) if line_end < 0 else line_end
        return section[line_start:line_end].strip(), line_start, line_end
    text = deliberation_text(section, decision_offset)
    words = re.findall(r"\w+", text)
    if not words or len(words) > MAX_PLACEHOLDER_WORDS or not TO_COME.search(text):
        return None
    first_line_end = section.find("\n") + 1 if "\n" in section else 0
    for line in section[first_line_end:].splitlines(keepends=True):
        if TO_COME.search(fold_words(line)):
            start = section.find(line, first_line_end)
            return line.strip(), start, start + len(line.rstrip())
    return text, first_line_end, len(section)


def blank_votes(text: str) -> list[tuple[int, int]]:
    """Spans of vote labels left blank ("Vote :" then the next heading, no result), in a document
    whose other vote labels carry their result on the same line ("Vote : à l'unanimité"): the
    template's field was not filled in."""
    folded = fold_keep_length(text)
    if not VOTE_FILLED.search(folded):
        return []
    out = []
    for label in VOTE_LABEL.finditer(folded):
        following = folded[label.end():].lstrip("\n").split("\n", 1)[0]
        if following.strip() and not RESULT_WORDS.search(following):
            out.append((label.start() + len(label.group()) - len(label.group().lstrip()), label.end()))
    return out


def blank_dates(text: str) -> list[tuple[int, int]]:
    """Spans of the formalities' dates left blank ("Affiché le ……………..", "Date d'affichage : ........"): the
    minutes were published from a template whose field was never filled in."""
    folded = fold_keep_length(text)
    return sorted([(x.start(), x.end()) for x in BLANK_DATE.finditer(folded)]
                  + [(x.start("blank"), x.end("blank")) for x in BLANK_CONVOCATION.finditer(folded)])


def check(m: MeetingData) -> Outcome:
    """Each adopted deliberation's section vs a placeholder text; vote labels and formalities' dates left blank."""
    adopted = [d for d in m.decisions if d.get("outcome") == "adopted"]
    # not on a page read by OCR: a date written by hand on the printed dots is not in the text
    ocr = [(p["char_start"], p["char_end"]) for p in m.pages if p.get("ocr")]
    blanks = [(s, e) for s, e in (blank_dates(m.text) if m.text else []) if not any(a <= s < b for a, b in ocr)]
    if not adopted and not blanks:
        return silent("aucune délibération adoptée")
    if not m.text:
        return silent("texte du document non conservé dans l'entrepôt")
    items = {a.get("number"): a for a in m.agenda_items}
    findings, looked = [], 0
    for start, end in blanks:
        words = " ".join(m.text[start:end].split())
        findings.append(Finding(f"Une date du procès-verbal est laissée en blanc : « {words[:80]} ».", m.span(start, end)))
    for number in dict.fromkeys(d.get("item_number") for d in adopted):
        item = items.get(number)
        if not item or item.get("section_char_start") is None or item.get("section_char_end") is None:
            continue
        start, end = item["section_char_start"], item["section_char_end"]
        looked += 1
        decision = m.decisions_for(number)[0]
        offset = decision.get("char_start") - start if decision.get("char_start") is not None else None
        found = placeholder_reason(m.text[start:end], offset)
        if found:
            quoted, s, e = found
            what = ("contient un blanc à remplir" if BLANK.search(quoted) else "n'a pour texte qu'un espace réservé")
            findings.append(Finding(
                f"La délibération adoptée au point {number} « {item.get('title')} » {what} : « {quoted} ».",
                m.span(start + s, start + e), number))
    for start, end in blank_votes(m.text):
        item = m.item_at(start)
        number = item.get("number") if item else None
        where = f" au point {number} « {item.get('title')} »" if item else ""
        following = m.text[end:].lstrip("\n").split("\n", 1)[0].strip()
        findings.append(Finding(
            f"Le résultat du vote{where} n'est pas renseigné : « {m.text[start:end].strip()} » est suivi de "
            f"« {following[:60]} », alors que les autres votes du document portent leur résultat.",
            m.span(start, end), number))
    if not looked and not findings:
        return silent("aucune délibération adoptée rattachée à une section du corps")
    return ran(findings)


CHECK = Check(
    "placeholder_text", "Délibération adoptée sans texte (espace réservé)", "CGCT L2121-15 (procès-verbal), L2121-23 (registre des délibérations)",
    "warning", check,
    "Silencieux sans délibération adoptée rattachée à une section du corps, ou quand le texte des pages n'est pas "
    "conservé. « À venir » dans un texte développé n'est pas un espace réservé.",
    "Les délibérations adoptées, la section du corps qui traite chaque point et le texte des pages (une date d'affichage, "
    "de publication ou de transmission laissée en pointillés y est aussi relevée). Le texte est lu "
    "tel quel : seul un point sans section est laissé de côté.",
)
