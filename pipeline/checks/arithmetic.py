"""arithmetic_mismatch: a computation printed in the minutes must hold (CGCT L2121-15, L2121-23).

Minutes print their arithmetic: "40 % d'une dépense HT de 16 722,50 euros soit 6 889 euros"
(40 % of 16 722,50 is 6 689), "12 570,00 € HT soit 15 084,00 € TTC" at a stated rate of VAT,
"TOTAL HT 345 000 € / TVA 69 000 € / TOTAL TTC 414 000 €", amounts listed line by line then
"Soit un total de 1 400 €", "A + B = C", a count in brackets over the list it counts ("les
communes suivantes (3) : …"). Each is recomputed from the printed figures; a computation that
does not hold is reported with the words that print it. Counts over lists of members present,
absent or excused are `attendance_count_mismatch`; named votes are `vote_total_mismatch`.

Premises: figures read by OCR are left aside (a digit misread makes the same mismatch), as are
approximations ("environ", "près de"); a sum whose total is far from its terms (a term printed
without its amount, a sub-total) is not reported: only a slip of the figures is.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from decimal import Decimal

import regex

from pipeline.checks.base import Check, Finding, MeetingData, Outcome, ran, silent
from pipeline.french import parse_amount
from pipeline.french.amounts import french_euros


@dataclass(frozen=True)
class Settings:
    """Reaches the arithmetic checks work with (characters unless said)."""

    sentence_reach: int = 400  # after a figure, where its sentence's end is looked for
    base_head: int = 90  # after a percentage, where "de", "d'un montant de" introduces its base
    result_gap: int = 40  # between a percentage's base and its result ("soit", "="), at most
    approximate_before: int = 40  # before a percentage, where "environ", "près de" make the computation approximate
    ttc_reach: int = 160  # after an amount HT, where its amount TTC is read
    vat_window: int = 120  # around HT ... TTC, where the VAT rate is read
    vat_label: int = 30  # before an amount between HT and TTC, where "TVA" names it
    inline_total: int = 30  # after "total", "soit", where the total of the amounts before it is read
    result_reach: int = 8  # lines above the overall result where the sections' results are read
    result_amount: int = 120  # after a result's words, where its amount is read
    label_before: int = 60  # before a count in brackets, where the label of what it counts is read
    list_chars: int = 200  # a longer rest of the line after a count in brackets is a sentence, not its list
    item_words: int = 12  # an item of such a list longer than this many words is prose


SETTINGS = Settings()

CODE = "arithmetic_mismatch"

# An amount with its unit: "16 722,50 euros", "6 889 €", "1'697€", "39,7 k€", "118 078.44 €", "3.812.635,00 €"
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f'’]\d{3})+(?:[,.]\d{1,2})?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:[,.]\d{1,2})?"
MONEY = regex.compile(rf"(?<![\d,.])(?P<sign>[-−–]\s?)?(?P<num>{_NUMBER})\s?(?P<unit>[kK]€|M€|€|euros?\b|EUR\b)"
                      r"(?:\s?(?P<tax>HT|H\.T\.?|TTC|T\.T\.C\.?)\b)?")
# A bare figure ("3889,40" in "90% de 3889,40 = 3500,46"): decimals or thousands, so never a year or a count
FIGURE = re.compile(r"(?<![\d,.])(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?|\d+,\d{1,2})(?![\d,])")
PERCENT = re.compile(r"(?<![\d,.])(?P<pct>\d{1,3}(?:[,.]\d{1,3})?)\s?%")
# "soit", "=", "représentant", "correspondant à", "ce qui fait", "ce qui représente"
RESULT_WORD = re.compile(r"^[\s,;:]*(?:soit\b|=|repr[ée]sentant\b|correspondant\s+[àa]\b|ce\s+qui\s+(?:fait|repr[ée]sente)\b)",
                         re.I)
# Words that make a figure approximate, or the result something else than the computation
APPROXIMATE = re.compile(r"\b(?:environ|approximativement|pr[èe]s\s+de|arrondi|de\s+l['’]ordre|plafonn|maximum|minimum)\b|≈|~",
                         re.I)
# A stated rate of VAT: "TVA à 20 %", "TVA 20%", "TVA (20 %)", "taux de TVA de 5,5 %", "TVA au taux de 10 %"
VAT_RATE = re.compile(r"\bT\.?V\.?A\.?\s*(?:\(\s*|[àa]\s+|de\s+|au\s+taux\s+(?:normal\s+)?de\s+)?(?P<rate>\d{1,2}(?:[,.]\d{1,2})?)\s?%"
                      r"|\btaux\s+de\s+T\.?V\.?A\.?\s+(?:de\s+)?(?P<rate2>\d{1,2}(?:[,.]\d{1,2})?)\s?%", re.I)
# A total: "Soit un total de 1 400 €", "Total : 65 800 €", "Montant total : …", "soit au total 1 250 €"
TOTAL_LINE = re.compile(r"^\W*(?:soit\s+)?(?:un\s+|au\s+|le\s+)?(?:sous-)?(?:montant\s+)?total\b", re.I)
INLINE_TOTAL = re.compile(r"\b(?:soit|pour)\s+(?:un\s+(?:montant\s+)?total\s+(?:de\s+)?|au\s+total\s+)", re.I)
# A count in brackets over the list that follows: "les communes suivantes (3) : A, B et C", "En totalité (1) : Pierrefonds",
# "quatre (4) groupes cibles :" above four bullets
BRACKET_COUNT = re.compile(r"\(\s*(?P<count>\d{1,2})\s*\)(?P<noun>[^\n:;.()]{0,40}?)\s*:[^\S\n]*(?P<rest>[^\n]*)")
LABEL_BEFORE = re.compile(r"[^\n:;.()]{3,60}$")
# Labels whose lists are counted by other checks: attendance (present, absent, excused, proxies) and votes
OTHER_CHECKS = re.compile(r"\b(?:pr[ée]sent|absent|excus|pouvoir|procuration|repr[ée]sent|votant|pour|contre|abstention|"
                          r"suffrage|membres?\b|conseillers?\b|d[ée]l[ée]gu[ée]s?\b|titulaires?\b|suppl[ée]ants?\b|invit|assistai)", re.I)
# "3 500,46 + 11 551,51 = 15 051,97", "1 200 € + 300 € = 1 500 €"
PLUS_SUM = re.compile(rf"(?<![\d,.])(?P<terms>(?:(?:{_NUMBER})\s?(?:€|euros?)?\s?\+\s?)+(?:{_NUMBER})\s?(?:€|euros?)?)"
                      rf"\s?=\s?(?P<total>{_NUMBER})(?:\s?(?:€|euros?))?")
# An operator right before the first term of "A + B = C": a sign ("−2 000 + 2 000 = 0", "- 500 + …"), a product or a
# quotient ("2 x 1 000 + 500 = 2 500"): the sum read from the first figure is not the one printed
OPERATOR_BEFORE = re.compile(r"(?:[-−–×*/]|(?<![^\W\d_])[xX])[^\S\n]?$")
BULLET = re.compile(r"^\s*(?:[-–•*▪◦]|\d{1,2}[).])\s+\S")
SLIP = (Decimal("0.75"), Decimal("1.34"))  # total / sum: outside, a term is missing or extra, not a slip of the figures


@dataclass(frozen=True)
class Amount:
    value: Decimal
    unit: str  # €, k€, M€ ("" for a bare figure)
    tax: str  # HT, TTC or ""
    start: int
    end: int


def _amount(m: re.Match) -> Amount | None:
    value = parse_amount(m["num"])
    if value is None:
        return None
    unit = (m.groupdict().get("unit") or "").lower().replace("euros", "€").replace("euro", "€").replace("eur", "€")
    if m.groupdict().get("sign"):
        value = -value
    tax = (m.groupdict().get("tax") or "").replace(".", "").upper()
    return Amount(value, unit, tax, m.start(), m.end())


@functools.lru_cache(maxsize=8)
def _all_amounts(text: str) -> tuple[list[Amount], list[int]]:
    """Every amount with its unit in the text, read once per text, and their starts (for bisect)."""
    found = [a for m in MONEY.finditer(text) if (a := _amount(m))]
    return found, [a.start for a in found]


def amounts(text: str, start: int = 0, end: int | None = None, bare: bool = False) -> list[Amount]:
    """The amounts of text[start:end] with their units, in order (bare figures too when asked)."""
    end = len(text) if end is None else end
    if start == 0 and end == len(text) or len(text) < 2000:
        found = [a for m in MONEY.finditer(text, start, end) if (a := _amount(m))]
    else:
        every, starts = _all_amounts(text)
        found = [a for a in every[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)] if a.end <= end]
    if bare:
        taken = [(a.start, a.end) for a in found]
        found += [a for m in FIGURE.finditer(text, start, end) if (a := _amount(m))
                  and not any(s <= a.start < e for s, e in taken)]
    return sorted(found, key=lambda a: a.start)


def euros(a: Amount) -> Decimal:
    return a.value * {"k€": 1000, "m€": 1_000_000}.get(a.unit, 1)


def _tolerance(printed: Amount) -> Decimal:
    """How far a printed result may be from the exact one: its rounding (a cent, or a euro, or the
    last digit of "39,7 k€")."""
    exponent = printed.value.as_tuple().exponent
    step = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    return step * {"k€": 1000, "m€": 1_000_000}.get(printed.unit, 1) * Decimal("0.999")  # rounded or truncated


def _fr(value: Decimal) -> str:
    """An amount for a message, its cents left out where nought: "1 400 €", "517 513,68 €"."""
    return french_euros(value, cents=False)


def _slip(expected: Decimal, printed: Decimal) -> bool:
    """A printed result of the same order as the computed one: a slip of the figures."""
    if expected == 0 or printed == 0:
        return expected != printed
    ratio = printed / expected
    return SLIP[0] <= ratio <= SLIP[1]


def _ocr_spans(m: MeetingData) -> list[tuple[int, int]]:
    return [(p["char_start"], p["char_end"]) for p in m.pages if p.get("ocr")]


def _sentence_end(text: str, at: int) -> int:
    """End of the sentence holding `at` (a period that is no decimal point, or a line end)."""
    for i in range(at, min(len(text), at + SETTINGS.sentence_reach)):
        if text[i] == "\n" or text[i] == "." and not (i + 1 < len(text) and text[i + 1].isdigit()):
            return i
    return min(len(text), at + SETTINGS.sentence_reach)


# ------------------------------------------------------------------------------------------
# The computations
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Computation:
    """A computation printed in the text that does not hold."""

    what: str  # in French
    start: int
    end: int


def percentages(text: str) -> list[Computation]:
    """"P % de BASE soit RESULT": "40 % d'une dépense HT de 16 722,50 euros soit 6 889 euros", "Maire : 90% de
    3889,40€ = 3500,46", "50% d'un montant de référence, lequel est de 30 €, soit 15 €"."""
    out = []
    for p in PERCENT.finditer(text):
        end = _sentence_end(text, p.end())
        # the base: the first amount after the percentage, introduced by "de" / "d'un(e) … de"
        head = text[p.end():min(end, p.end() + SETTINGS.base_head)]
        if not re.match(r"\s*(?:de|d['’]|du|des|sur)\b", head, re.I):
            continue
        figures = amounts(text, p.end(), end, bare=True)
        if len(figures) < 2:
            continue
        base, result = figures[0], figures[1]
        between = text[base.end:result.start]
        if not RESULT_WORD.match(between) or len(between) > SETTINGS.result_gap or PERCENT.search(text, p.end(), base.start):
            continue
        if APPROXIMATE.search(text, max(0, p.start() - SETTINGS.approximate_before), result.end):
            continue
        rate = parse_amount(p["pct"].replace(".", ","))
        if rate is None:
            continue
        expected = euros(base) * rate / 100 if base.unit else base.value * rate / 100
        printed = euros(result) if result.unit else result.value
        if abs(expected - printed) <= _tolerance(result):
            continue
        if expected and (printed / expected) == (printed / expected).to_integral_value() and printed / expected > 1:
            continue  # "9 adjoints : 33 % de 3889,40 = 11551,51": nine times the rate, the count printed before it
        if not _slip(expected, printed):
            continue
        out.append(Computation(
            f"{p['pct']} % de {_fr(euros(base) if base.unit else base.value)} font {_fr(expected)}, "
            f"mais le texte écrit {_fr(printed)}", p.start(), result.end))
    return out


def vat(text: str) -> list[Computation]:
    """"X € HT soit Y € TTC" at a stated rate ("TVA à 20 %"), and "HT X / TVA Y / TTC Z" printed together."""
    out = []
    for ht in _all_amounts(text)[0]:
        if ht.tax != "HT":
            continue
        end = _sentence_end(text, ht.end)
        after = [x for x in amounts(text, ht.end, min(len(text), ht.end + SETTINGS.ttc_reach))
                 if x.start < max(end, ht.end + SETTINGS.ttc_reach)]
        ttc = next((x for x in after if x.tax == "TTC"), None)
        if ttc is None or ttc.start - ht.end > SETTINGS.ttc_reach:
            continue
        window = text[max(0, ht.start - SETTINGS.vat_window):min(len(text), ttc.end + SETTINGS.vat_window)]
        if APPROXIMATE.search(text, ht.start, ttc.end):
            continue
        between = [x for x in after if x.start < ttc.start]
        tva = next((x for x in between if re.search(r"\bT\.?V\.?A\b", text[max(ht.end, x.start - SETTINGS.vat_label):x.start], re.I)), None)
        if tva is not None:  # HT + TVA = TTC, whatever the rate
            expected = euros(ht) + euros(tva)
            if abs(expected - euros(ttc)) > _tolerance(ttc) and _slip(expected, euros(ttc)):
                out.append(Computation(f"{_fr(euros(ht))} HT + {_fr(euros(tva))} de TVA font {_fr(expected)} TTC, "
                                       f"mais le texte écrit {_fr(euros(ttc))} TTC", ht.start, ttc.end))
            continue
        rate = VAT_RATE.search(window)
        if rate is None or len({r.group("rate") or r.group("rate2") for r in VAT_RATE.finditer(window)}) != 1:
            continue  # no rate stated, or several: the rate is not known
        value = parse_amount((rate.group("rate") or rate.group("rate2")).replace(".", ","))
        if value is None or between:
            continue  # other amounts between HT and TTC: not one price at one rate
        expected = euros(ht) * (100 + value) / 100
        if abs(expected - euros(ttc)) > _tolerance(ttc) and _slip(expected, euros(ttc)):
            out.append(Computation(f"{_fr(euros(ht))} HT avec une TVA à {rate.group('rate') or rate.group('rate2')} % "
                                   f"font {_fr(expected)} TTC, mais le texte écrit {_fr(euros(ttc))} TTC", ht.start, ttc.end))
    return out


def _lines_at(text: str) -> list[tuple[int, str]]:
    """The text's lines with their ends kept, each with its offset in the text."""
    lines, offset = [], 0
    for line in text.splitlines(keepends=True):
        lines.append((offset, line))
        offset += len(line)
    return lines


def sums(text: str, budget_spans: list[tuple[int, int]]) -> list[Computation]:
    """Amounts listed one a line then a total ("… 390€ / Soit un total de 1400€"), amounts listed in
    a sentence then "soit un total de", and "A + B = C"."""
    out = []
    lines = _lines_at(text)
    for i, (at, line) in enumerate(lines):
        if not TOTAL_LINE.match(line):
            continue
        totals = amounts(text, at, at + len(line))
        if len({euros(t) for t in totals}) != 1 or APPROXIMATE.search(line):
            continue  # a total line prints one total (a two-column table prints it twice)
        terms = []
        for start, above in reversed(lines[:i]):
            # the amount of a line, brackets aside: "Banque alimentaire (demande 380€) : attribution 380€"
            found = [a for a in amounts(text, start, start + len(above)) if not _in_brackets(text, start, a.start)]
            if len(found) != 1 or re.match(r"\W*dont\b", above, re.I) or TOTAL_LINE.match(above):
                break
            terms.insert(0, found[0])
        if len(terms) < 2 or {t.unit for t in terms} | {totals[0].unit} != {totals[0].unit}:
            continue
        if any(s <= terms[0].start < e for s, e in budget_spans):
            continue  # a DM table: its totals are budget_total_mismatch's
        out += _sum(terms, totals[0])
    for m in INLINE_TOTAL.finditer(text):
        start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
        terms = amounts(text, start, m.start())
        total = next(iter(amounts(text, m.end(), min(len(text), m.end() + SETTINGS.inline_total))), None)
        if total and len(terms) >= 2 and {t.unit for t in terms} == {total.unit} and not APPROXIMATE.search(text, start, total.end):
            out += _sum(terms, total)
    plus_lines = [(at, line) for at, line in lines if "+" in line and "=" in line]
    for m in (x for at, line in plus_lines for x in PLUS_SUM.finditer(text, at, at + len(line))):
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        bullet = not before.strip() or BULLET.fullmatch(before + text[m.start()])  # "- ", "* ", "• ": a bullet is no sign
        if not bullet and OPERATOR_BEFORE.search(before[-3:]):
            continue  # "−2 000 + 2 000 = 0", "2 x 1 000 + 500 = 2 500": the first term is not the figure read
        values = [parse_amount(x) for x in re.findall(_NUMBER, m["terms"])]
        total = parse_amount(m["total"])
        if total is None or None in values or len(values) < 2:
            continue
        unit = "€" if "€" in m.group() or "euro" in m.group() else ""
        terms = [Amount(v, unit, "", m.start(), m.end()) for v in values]
        out += _sum(terms, Amount(total, unit, "", m.start("total"), m.end()), m.start(), m.end())
    return out


# A section's result in a compte administratif: "D'où un excédent de fonctionnement de fin d'exercice de 480 813.60€",
# "Résultat d'investissement : - 12 000 €", "un déficit de la section d'investissement de …"; the overall result: "Soit un
# excédent global de fin d'exercice de 517 513.78€", "Résultat global : …", "résultat total de clôture"
SECTION_RESULT = re.compile(r"\b(?P<kind>exc[ée]dent|d[ée]ficit|r[ée]sultat)s?\s+(?:de\s+(?:la\s+)?section\s+)?"
                            r"d(?:e\s+|['’]\s*)(?P<section>fonctionnement|investissement)\b", re.I)
GLOBAL_RESULT = re.compile(r"\b(?P<kind>exc[ée]dent|d[ée]ficit|r[ée]sultat)\s+(?:global|total|d['’]ensemble)\b", re.I)
# A result carried over or still to come changes the sum: "reporté", "antérieur", "restes à réaliser", "affecté", "cumulé"
OTHER_RESULT = re.compile(r"\b(?:report|ant[ée]rieur|reste|r\.a\.r|affect|cumul|n\s?-\s?1|pr[ée]c[ée]dent|clôture\s+\d{4})", re.I)


def _result(text: str, kind: str, end: int, line_end: int) -> Amount | None:
    """The amount of a result: the one amount after its words on its line (a deficit counts negative)."""
    found = amounts(text, end, min(line_end, end + SETTINGS.result_amount))
    if len(found) != 1 or found[0].unit != "€":
        return None
    a = found[0]
    deficit = kind.lower().startswith("d") or re.search(r"\bd[ée]ficit", text[end:a.start], re.I)
    return Amount(-abs(a.value), a.unit, a.tax, a.start, a.end) if deficit else a


def section_results(text: str) -> list[Computation]:
    """The results of the two sections of a compte administratif vs the overall result printed right after them:
    "excédent de fonctionnement … 480 813.60€ / excédent d'investissement … 36 700.08€ / Soit un excédent global …
    517 513.78€" (they add to 517 513.68 €). Not when a result carried over or still to come is in the sum."""
    out = []
    if not GLOBAL_RESULT.search(text):  # (a line's match is one of the whole text: its bounds are word boundaries there too)
        return out
    lines = _lines_at(text)
    for i, (at, line) in enumerate(lines):
        total_words = GLOBAL_RESULT.search(line)
        if not total_words or OTHER_RESULT.search(line) or APPROXIMATE.search(line):
            continue
        total = _result(text, total_words["kind"], at + total_words.end(), at + len(line))
        if total is None:
            continue
        printed = euros(total)
        sections: dict[str, list[tuple[Decimal, int]]] = {}
        for start, above in lines[max(0, i - SETTINGS.result_reach):i]:
            if OTHER_RESULT.search(above) or APPROXIMATE.search(above):
                sections = {}
                break  # a result carried over: the sum is another one
            for r in SECTION_RESULT.finditer(above):
                value = _result(text, r["kind"], start + r.end(), start + len(above))
                if value is not None:
                    sections.setdefault(r["section"].lower(), []).append((euros(value), start + r.start()))
        if set(sections) != {"fonctionnement", "investissement"} or any(len(v) != 1 for v in sections.values()):
            continue
        (f, f_at), (inv, _) = sections["fonctionnement"][0], sections["investissement"][0]
        expected = f + inv
        if abs(expected - printed) <= _tolerance(total) * 2 or not _slip(expected, printed):
            continue
        out.append(Computation(f"Les résultats des sections, {_fr(f)} (fonctionnement) et {_fr(inv)} (investissement), "
                               f"font {_fr(expected)}, mais le résultat global imprimé est {_fr(printed)}",
                               f_at, total.end))
    return out


def _in_brackets(text: str, line_start: int, at: int) -> bool:
    before = text[line_start:at]
    return before.count("(") > before.count(")")


def vat_tables(text: str) -> list[Computation]:
    """"TOTAL HT 345 000 € / TVA 69 000 € / TOTAL TTC 414 000 €" printed on three lines in a row (a
    two-column table prints each twice): HT + TVA = TTC."""
    out = []
    lines = _lines_at(text)
    for i in range(len(lines) - 2):
        if "HT" not in lines[i][1]:
            continue
        rows = []
        for (start, line), label in zip(lines[i:i + 3], ("HT", "TVA", "TTC"), strict=True):
            found = amounts(text, start, start + len(line))
            if not re.search(rf"\b{label}\b", line) or not found or len({euros(a) for a in found}) != 1:
                break
            rows.append(found[0])
        if len(rows) != 3:
            continue
        ht, tva, ttc = (euros(a) for a in rows)
        if abs(ht + tva - ttc) > _tolerance(rows[2]) and _slip(ht + tva, ttc):
            out.append(Computation(f"{_fr(ht)} HT + {_fr(tva)} de TVA font {_fr(ht + tva)} TTC, mais le texte écrit "
                                   f"{_fr(ttc)} TTC", lines[i][0], rows[2].end))
    return out


def _sum(terms: list[Amount], total: Amount, start: int | None = None, end: int | None = None) -> list[Computation]:
    expected = sum((euros(t) for t in terms), Decimal(0))
    printed = euros(total)
    if abs(expected - printed) <= _tolerance(total) * len(terms) or not _slip(expected, printed):
        return []
    shown = " + ".join(_fr(euros(t)) for t in terms)
    return [Computation(f"{shown} font {_fr(expected)}, mais le total imprimé est {_fr(printed)}",
                        terms[0].start if start is None else start, total.end if end is None else end)]


def bracket_counts(text: str) -> list[Computation]:
    """A count in brackets over the list that follows it, other than lists of members or votes:
    "les communes suivantes (3) : A, B et C", a list of bullets under "quatre (4) groupes cibles :"."""
    out = []
    for m in BRACKET_COUNT.finditer(text):
        before = LABEL_BEFORE.search(text, max(0, m.start() - SETTINGS.label_before), m.start())
        if before is None:
            continue
        label_start = before.start() + len(before.group()) - len(before.group().lstrip())
        label = (before.group().strip() + (" (…)" + m["noun"] if m["noun"].strip() else "")).strip()
        if OTHER_CHECKS.search(label) or not re.search(r"[a-zà-ÿ]{3}", label):
            continue
        count, rest = int(m["count"]), m["rest"].strip()
        if rest:
            if len(rest) > SETTINGS.list_chars or re.search(r"\b(?:est|sont|a|ont|sera|seront)\b", rest):
                continue  # a sentence follows, not a list
            items = [x for x in re.split(r"\s*(?:[,;]|\bet\b)\s*", rest.rstrip(" .;")) if x.strip()]
            end = m.end()
        else:
            items, end = [], m.end()
            following = text[m.end():].lstrip("\n").splitlines(keepends=True)
            skipped = len(text[m.end():]) - len(text[m.end():].lstrip("\n"))
            end += skipped
            for line in following:
                if BULLET.match(line):
                    items.append(line.strip())
                elif not items or not line.strip() or items[-1].rstrip().endswith("."):
                    break  # the list ends at a blank line, or after its last item's period
                else:
                    items[-1] += " " + line.strip()  # a bullet's text wrapped onto the next line
                end += len(line)
        if not items and count:
            continue  # nothing follows on the line, and no bullets: no list to count
        if any(len(x.split()) > SETTINGS.item_words for x in items):
            continue
        if len(items) != count:
            shown = label.replace("(…)", f"({count})") if "(…)" in label else f"{label} ({count})"
            out.append(Computation(f"« {shown} » annonce {count} élément(s), mais la liste en donne "
                                   f"{len(items)} : {', '.join(items)[:200]}", label_start, end))
    return out


def check(m: MeetingData) -> Outcome:
    """Every computation printed in the text, recomputed."""
    text = m.text
    if not text:
        return silent("texte du document non conservé dans l'entrepôt")
    budget = [(b["char_start"], b.get("char_end") or b["char_start"]) for b in m.budget_lines + m.budget_totals
              if b.get("char_start") is not None]
    ocr = _ocr_spans(m)
    found, left_aside = [], 0
    computations = (percentages(text) + vat(text) + vat_tables(text) + sums(text, budget) + bracket_counts(text)
                    + section_results(text))
    for c in computations:
        if any(s <= c.start < e for s, e in ocr):
            left_aside += 1
            continue
        item = m.item_at(c.start)
        found.append(Finding(c.what + ".", m.span(c.start, c.end), item.get("number") if item else None))
    note = (f"{left_aside} calcul(s) sur des pages lues par OCR laissé(s) de côté (un chiffre mal lu ferait le même écart)"
            if left_aside else None)
    return ran(found, note)


CHECK = Check(
    CODE, "Calcul imprimé faux", "CGCT L2121-15 (procès-verbal), L2121-23 (registre des délibérations)", "warning", check,
    "Silencieux sans texte conservé. Une approximation (« environ », « près de ») et un total très éloigné de ses termes "
    "(un terme imprimé sans montant) ne sont pas signalés ; un taux de TVA n'est appliqué que s'il est imprimé.",
    "Les chiffres imprimés dans le texte, relus avec leur unité (€, k€, HT, TTC, %). Non vérifiable sur une page lue "
    "par OCR (un chiffre mal lu ferait le même écart) ; les listes de membres et les votes nominatifs sont comptés "
    "par attendance_count_mismatch et vote_total_mismatch.",
)
