"""Decisions: what the assembly decided on each agenda item, with the printed vote.

One `Decision` per agenda item whose body section states a decision (adopted, rejected,
withdrawn, deferred) or that the assembly took note of ("prend acte"). An item without a body
section, a heading that only groups children, and an information item without any statement
give no decision. The vote is read from the first decision statement of the section ("Vote :"
block, counts, "à l'unanimité", "ADOPTÉ"...); later ballots in the same section (an election
after the vote) are ignored, unless the section holds nothing else.

Named voters ("Contre : 2 (Mme DECKER et M. DUTILLOY)") become `IndividualVote`s, kept apart from
the printed counts. Amounts the decision commits to ("600 € HT par an") become `DecisionAmount`s.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from pipeline.french import (
    COUNT_WORDS,
    fold,
    is_role,
    month_number,
    parse_amount,
    parse_count,
    split_civility,
)
from pipeline.french.names import PERSON_IN_CAPITALS, PERSON_WITH_CIVILITY, SENTENCE_END
from pipeline.french.votes import (  # the vote grammar, shared with the checks
    ABSTAINED_COUNT,
    ABSTAINED_NAMED,
    ADOPTED_VERDICT,
    AGAINST_NAMED,
    ANCHORS,
    ASSEMBLY_ASSENT,
    ASSEMBLY_DECIDES,
    BULLETS,
    CITED_AFTER,
    CITED_VOTE,
    COUNT_AFTER,
    COUNT_AFTER_BARE,
    COUNT_BEFORE,
    COUNT_BY_NAMES,
    COUNT_FOR_PROPOSAL,
    COUNT_IN_BRACKETS,
    COUNT_VERSUS,
    DECIDES_AFTER_REFERENCE,
    DECIDES_NOW,
    DEFERRED,
    DELIBERATED,
    DELIBERATED_WORDS,
    ELECTED_COUNT,
    ELECTION,
    LONE_CELL,
    MAJORITY,
    MAJORITY_QUALIFIED,
    NEXT_VOTE_LABEL,
    NOT_VOTING,
    NOT_VOTING_ASIDE,
    NOT_VOTING_NAMED,
    NOT_VOTING_PAST,
    NOTED,
    NOTED_PROPOSED,
    ODD_CASE,
    OPERATIVE_VERB,
    OTHER_BODY,
    OTHER_BODY_PAST,
    PASSIVE_ADOPTED,
    PASSIVE_DESIGNATED,
    PASSIVE_REJECTED,
    PRELIMINARY_VOTE,
    RECALLED_VOTE,
    REJECTED,
    TABLE_CELL,
    THIS_ASSEMBLY,
    UNANIMITY,
    UNANIMITY_LESS,
    UNANIMOUS_VOTERS,
    UNFAVOURABLE_OPINION,
    VERDICT_AFTER_LABEL,
    VERDICT_LABEL,
    VERDICT_LINE,
    VOTE_LABEL,
    VOTE_LINE_LABEL,
    VOTE_OPENS_LINE,
    VOTE_TABLE_HEADER,
    WITHDRAW_ANNOUNCED,
    WITHDRAWN,
    anchored_finditer,
    cited_deliberations,
    key_places,
    withdrawn_numbers,
)
from pipeline.records import (
    Decision,
    DecisionAmount,
    Document,
    Extraction,
    IndividualVote,
    Provenance,
    Segmentation,
)


@dataclass(frozen=True)
class Settings:
    """Reaches and sizes the decision reader works with (characters unless said)."""

    proposal_reach: int = 400  # before a vote, where the proposal it answers is looked for (the last sentence of those)
    verb_reach: int = 160  # after a reference's line, where its sentence's operative verb is looked for
    assembly_reach: int = 30  # after a reference, where the assembly is named when its verb opens the next line
    wrapped_lines: int = 3  # lines below its own a sentence may run on ("... avait été adoptée\npar 12 voix pour")
    names_reach: int = 400  # after a count, where the names it counts are read ("(Mme DECKER et M. DUTILLOY)")
    aside_reach: int = 60  # after the names beside a count, where "ne prenant pas part au vote" makes them not voting
    vote_line_chars: int = 200  # a longer line is no vote line, nor part of a vote's sentence above it
    zone_lines: int = 8  # lines of votes that may follow a decision's line
    zone_lines_above: int = 2  # lines above a decision's line its sentence may begin on
    cited_reach: int = 250  # before "à l'unanimité", where an earlier vote or another body's is looked for
    grid_reach: int = 400  # after a grid's first cell alone on its line, where its other cells are read (4 lines at most)
    grid_lines: int = 4  # lines a grid of cells one a line is read over
    number_lines: int = 4  # first lines of a section where its deliberation number is printed
    context_chars: int = 300  # characters of an amount's line kept as its context
    withdrawn_reach: int = 300  # after an announced withdrawal, where the withdrawn items' titles are read
    withdrawn_title: int = 200  # ... of which the first characters name one item
    withdrawn_share: float = 0.8  # share of an item's title words that name it there


SETTINGS = Settings()

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------


# A table's row of numbers: "| 18 | 15 | 2 | 1 |", "18 15 2 1"
_TABLE_NUMBERS = re.compile(r"^[\s|]*(?:\d{1,3}[\s|]*)+$")
# One number in that row
_TABLE_NUMBER = re.compile(r"\d{1,3}")
# A table's rule: "|---|---|"
_TABLE_RULE = re.compile(r"^[\s|:\-]*$")
# A count in words, as capitals print it: "ONZE"
_COUNT_WORD = regex.compile(COUNT_WORDS, regex.I)
# Someone not named but by office: "M. le Maire", "Monsieur le Président"
_BY_OFFICE = regex.compile(r"^(?:M\.|Mme|Monsieur|Madame)\s+l[ea]\s+(?:maire|pr[ée]sidente?|vice-pr[ée]sidente?|adjointe?)\b", regex.I)
# An item that informs rather than deliberates: "Questions diverses", "Informations", "Point divers", "Communications du Maire"
INFORMATION_TITLE = regex.compile(
    r"^\W*(?:questions?\s+diverses|informations?(?:\s+diverses|\s+du\s+maire|\s+du\s+pr[ée]sident)?|divers|points?\s+divers"
    r"|communications?(?:\s+du\s+maire|\s+du\s+pr[ée]sident)?|affaires\s+diverses|tour\s+de\s+table)\W*$",
    regex.I,
)
# An item that reports a commission's work: "Compte rendu de la commission des travaux", "Rapport des commissions",
# "Réunions des commissions", "Commission agricole : réunion au sujet des terrains communaux", "Commission voirie et
# travaux : compte rendu" (not "Commissions municipales : composition", "Commission communale des impôts directs",
# "Création d'une commission", where the assembly designates): what it says was accepted or retained is the
# commission's, unless the assembly votes or says so itself
COMMISSION_REPORT_TITLE = regex.compile(
    r"^\W*(?:(?:compte[-\s]rendus?|rapports?|bilans?|retours?|travaux|points?|r[ée]unions?)\s+"
    r"(?:de\s+la|des|du|de|d['’]une?|sur\s+la|sur\s+les)\s+(?:(?:r[ée]unions?|travaux|s[ée]ances?)\s+(?:de\s+la\s+|des\s+|du\s+|de\s+)?)?"
    r"commissions?\b"
    r"|commissions?\b[^:\n]{0,60}:\s*(?:compte[-\s]rendu|r[ée]union|point|bilan|rapport)\b)",
    regex.I,
)
# An item whose title names two acts, each its own decision: "Approbation du procès-verbal du 17 septembre 2015 et
# nomination d'un secrétaire de séance", "Désignation du secrétaire de séance et approbation du compte rendu" (not
# "Approbation des statuts du SMOA et transfert de la compétence", one act and its object, nor "Approbation du compte de
# gestion et du compte administratif", one act on two documents)
_ACT = r"(?:approbation|adoption|d[ée]signation|nomination|[ée]lection|vote|fixation|validation)"
TWO_ACTS_TITLE = regex.compile(
    rf"^\W*(?:\d+\W+)?{_ACT}\b[^\n]*?\bet\s+(?:de\s+la\s+|du\s+|de\s+l['’]\s*|des\s+|d['’]\s*une?\s+|d['’]\s*)?{_ACT}\b", regex.I)
# A reference that is not this item's decision: "Vu la délibération ...", "Considérant que ..."
REFERENCE_LINE = regex.compile("^" + BULLETS + r"(?:vu|considérant|considerant|attendu|entendu|rappelant)\b", regex.I)
# The assembly taking the word after a reference: "Vu le CGCT, le Conseil municipal ...", "..., après en avoir délibéré, le Conseil"
_AFTER_REFERENCE = regex.compile(
    rf",\s*(?=(?:et\s+)?(?:{DELIBERATED_WORDS}|le\s+conseil|l['’]assembl[ée]e|le\s+comit[ée]|les\s+membres)\b)", regex.I
)
# A deliberation number opening a line: "Délibération n° 2019-93", "N° D2025-035", "DCS2024_01", "DEL2025-02"
# (not "les délibérations n° DCS2024_01 et DCS2024_01BIS ... ont été soumises", which cites them)
DELIBERATION_NUMBER = regex.compile(
    r"^[\s\-•*#]*(?:(?:d[ée]lib[ée]ration|DCM|DEL)\s*)?n\s*[°o]\s*(?P<num>(?:[A-Z]{1,5}[ _-]?)?\d{2,4}[-_/.]\d{1,4}(?:[-_]?[A-Z0-9]+)?)\b"
    r"|^[\s\-•*#]*(?:d[ée]lib[ée]ration\s*)?(?P<code>(?:DCS|DCM|DEL|DELIB|DB|DC|D)[ _-]?\d{4}[-_]\d{1,4}\w*)\b",
    regex.I | regex.M,
)
# An amount with its currency and terms: "600 € HT par an", "12,20 €", "1 500 euros TTC", "10€/pièce"
AMOUNT_TERMS = regex.compile(
    r"(?<![\d,.+\-−–])(?P<num>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?)\s?(?P<cur>€|euros?\b|EUR\b)"
    r"(?P<tax>\s*(?:HT|TTC|H\.T\.|T\.T\.C\.))?(?P<per>\s*(?:par|/)\s*(?:an|année|mois|trimestre|jour|pièce|personne|habitant|heure|m[²2³3]|agent|repas|enfant|élève|nuit)(?![\p{L}\d]))?",
)


_LABEL_KIND = {"pour": "for", "contre": "against"}


def _kind(label: str) -> str:
    label = label.lower()
    if label in _LABEL_KIND:
        return _LABEL_KIND[label]
    if label.startswith("abst"):
        return "abstention"
    if label.startswith("favorable"):  # "20 voix favorables"
        return "for"
    if label.startswith(("défavorable", "defavorable")):  # "3 voix défavorables"
        return "against"
    return "not_voting"


# --------------------------------------------------------------------------------------------
# Reading one section
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NamedVote:
    """A member named beside a count, with their vote; span relative to the text read."""

    person: str
    vote: str
    start: int
    end: int


@dataclass(frozen=True)
class Reading:
    """The decision read from a section's text; spans are relative to that text."""

    outcome: str
    unanimous: bool | None
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    not_voting: int | None = None
    start: int = 0
    end: int = 0
    named: tuple[NamedVote, ...] = field(default=())


# Every character but a line break (a masked line keeps its length)
_NOT_NEWLINE = regex.compile(r"[^\n]")
# A budget table row: "68 6817 Dotations aux provisions", "Total", "Sous-total"
_TABLE_ROW_START = regex.compile(r"^[\s\-•]*(?:\d{2,3}\s+\d{3,6}\b|total\b|sous[- ]total\b)", regex.I)
# A sign just before an amount: "... pour + 400 €"
_SIGN_BEFORE = regex.compile(r"[+\-−–]\s*$")


@functools.lru_cache(maxsize=4)  # (a section's text is masked for its decision, then for its amounts)
def mask_references(text: str) -> str:
    """The text with its "Vu ..." / "Considérant ..." paragraphs blanked (same length), since
    they cite earlier decisions, not this one."""
    out, masking, offset = [], False, 0
    for line in text.splitlines(keepends=True):
        offset += len(line)
        stripped = line.strip()
        if REFERENCE_LINE.match(line):
            masking = True
        elif masking and not (stripped[:1].islower() or stripped[:1].isdigit()):
            masking = False
        elif masking and _opens_on_a_vote(line):
            masking = False  # "Considérant l'intérêt du projet,\n6 POUR / 0 CONTRE", "...,\nà l'unanimité, approuve le projet"
        if masking:
            decision = _decision_after_reference(line, text[offset:offset + SETTINGS.verb_reach])
            if decision is not None:  # "Vu l'avis de la commission, le Conseil municipal, à l'unanimité, approuve"
                out.append(_NOT_NEWLINE.sub(" ", line[:decision]) + line[decision:])
                masking = False
                continue
        out.append(_NOT_NEWLINE.sub(" ", line) if masking else line)
    return "".join(out)




def mask_other_bodies(text: str) -> str:
    """The text with the lines blanked (same length) that report another body's vote ("La
    commission des finances a émis un avis favorable (5 voix pour, 1 abstention)")."""
    if not OTHER_BODY.search(text):
        return text
    out = []
    for line in text.splitlines(keepends=True):
        if _other_bodys_vote(line):
            line = _NOT_NEWLINE.sub(" ", line)
        elif OTHER_BODY.search(line) and SENTENCE_END.search(line):
            # a paragraph on one line, the other body's vote a sentence of it: "La commission des finances a émis un avis
            # favorable (5 voix pour, 1 abstention). Le conseil municipal approuve à l'unanimité." (not cut after "M.")
            line = "".join(_NOT_NEWLINE.sub(" ", part) if _other_bodys_vote(part) else part for part in _sentences(line))
        out.append(line)
    return "".join(out)


def _other_bodys_vote(text: str) -> bool:
    """A line or sentence that reports another body's vote, not the assembly's."""
    return bool(OTHER_BODY.search(text) and not THIS_ASSEMBLY.search(text) and not DECIDES_NOW.search(text)
                and (COUNT_AFTER.search(text) or COUNT_BEFORE.search(text) or MAJORITY.search(text) or UNANIMITY.search(text)))


def _cites_this_meeting(m: regex.Match, meeting_date: dt.date | None) -> bool:
    """A CITED_DELIBERATION match (`cited_deliberations`) whose date is the meeting's own ("Lors de sa séance du 12 mars 2024, le conseil
    municipal a adopté par 14 voix pour", read in the minutes of 12 March 2024): today's vote in the passé composé."""
    if meeting_date is None:
        return False
    month = int(m["month"]) if m["month"].isdigit() else month_number(m["month"])
    year = m["year"]
    if year is not None:
        year = int(year) + (2000 if len(year) == 2 else 0)
    return (int(m["day"]), month) == (meeting_date.day, meeting_date.month) and year in (None, meeting_date.year)


def mask_recalled_votes(text: str, meeting_date: dt.date | None = None) -> str:
    """The text with the sentences blanked (same length) that recall an earlier vote: in the pluperfect ("En 2019, la
    délibération avait été adoptée par 12 voix pour et 3 contre"), or an earlier deliberation cited by its date ("Par
    délibération du 12 mars 2019, le conseil municipal a approuvé par 12 voix pour et 3 contre"), unless the sentence
    also states today's decision in the present ("Le conseil, qui avait approuvé le principe, approuve à l'unanimité"),
    or the date cited is the meeting's (`meeting_date`, when known)."""
    found = list(RECALLED_VOTE.finditer(text)) + [
        m for m in cited_deliberations(text) if not _cites_this_meeting(m, meeting_date)]
    if not found:
        return text
    out = text
    for m in found:
        anchor = m.start()
        while anchor < m.end() - 1 and text[anchor].isspace():
            anchor += 1  # a match opening on a blank line above anchors at its own line (as _zone does)
        start, end = _sentence_span(text, anchor, m.end(), wrapped=True)
        if DECIDES_NOW.search(text, start, end):
            continue
        out = out[:start] + _NOT_NEWLINE.sub(" ", out[start:end]) + out[end:]
    return out


# A vote on the agenda itself, not on an item: "accepter l'ajout de ces questions", "accepte d'ajouter
# un point à l'ordre du jour", "3 points soient ajoutés à l'ordre du jour, ils sont acceptés à l'unanimité", "approuve la modification de l'ordre du jour", "le retrait de ce point de l'ordre du jour"
AGENDA_CHANGE_VOTE = regex.compile(
    r"\b(?:r?ajout(?:er|ée?s?)?|inscri(?:re|ption|te?s?))\b[^.\n]{0,80}\b(?:ordre\s+du\s+jour|ces\s+(?:questions|points)|ce\s+point)\b"
    r"|\b(?:modification|compl[ée]ment)\s+(?:de\s+|à\s+)?l['’]\s*ordre\s+du\s+jour\b",
    regex.I,
)


# A vote that opens a sentence of a run-on paragraph (a page flattened into one line), after its
# "Considérant ..." recitals: "... au Budget Primitif 2018. Vote pour à l'unanimité", "... à l'article
# 1311 Vote pour à l'unanimité", "... de la commune. Adopté à l'unanimité" (a capital after a word)
_VOTE_SENTENCE = regex.compile(
    r"(?:(?<=[.;!]\s{0,3})|(?<=\p{L}\s+|\d\s+))(?-i:Votes?|VOTES?|Adopt[ée]e?s?|ADOPT[ÉE]E?S?|Approuv[ée]e?s?)"
    r"(?=\s*:|\s+(?:pour|contre)\b|\s+(?:à|a|par)\s+(?:l['’]\s*unanimit|la\s+majorit|\d))",
    regex.I,
)


def _votes_on_the_agenda(text: str, pos: int) -> bool:
    """The sentence of the vote at `pos` is about the agenda itself (items added to it)."""
    start, end = _sentence_span(text, pos)
    return bool(AGENDA_CHANGE_VOTE.search(text, start, end))


def _blank_agenda_votes(text: str) -> str:
    """The text with its sentences about the agenda itself blanked (same length)."""
    out = text
    for m in AGENDA_CHANGE_VOTE.finditer(text):
        start, end = _sentence_span(text, m.start(), m.end())
        out = out[:start] + _NOT_NEWLINE.sub(" ", out[start:end]) + out[end:]
    return out


# The operative verb opening a line, after the line naming the assembly ends on a comma: "- DESIGNE M. KOPP", "APPROUVE"
_VERB_OPENS = regex.compile("^" + BULLETS + r"(?:D[ÉE]SIGNE|APPROUVE|ADOPTE|D[ÉE]CIDE|ACCEPTE|VALIDE|AUTORISE|FIXE|[ÉE]MET|PREND\s+ACTE"
                            r"|D[ée]signe|Approuve|Adopte|D[ée]cide|Accepte|Valide|Autorise|Fixe|[ÉE]met|Prend\s+acte)(?:NT|nt)?\b")


def _decision_after_reference(line: str, following: str = "") -> int | None:
    """Where the assembly's own decision begins after a reference in the same paragraph
    ("Entendu l'exposé du Maire, le Conseil municipal, à l'unanimité, approuve"), or None. The sentence may go on below
    its line, the operative verb opening the next one ("Vu les articles L. 2541-6 et 2541-7 du CGCT, le Conseil Municipal,
    après en avoir délibéré, à l'unanimité,\n\n- DESIGNE M. KOPP Jean-Luc, secrétaire de séance": `following`, the text
    after the line)."""
    for m in _AFTER_REFERENCE.finditer(line):
        if ASSEMBLY_DECIDES.search(line, m.end()):
            return m.end()
        if following and line.rstrip().endswith(",") and _VERB_OPENS.match(following.lstrip("\n")) and THIS_ASSEMBLY.search(line, m.end(), m.end() + SETTINGS.assembly_reach):
            return m.end()
    m = DECIDES_AFTER_REFERENCE.search(line)  # "CONSIDERANT qu'aucune remarque n'a été émise, décide à l'unanimité d'adopter"
    if m:
        return m.start() + 1
    m = _VOTE_SENTENCE.search(line)
    if m:
        return m.start()
    return _decision_sentence_after(line, following)


def _opens_on_a_vote(line: str) -> bool:
    """A line below a reference that opens on the assembly's vote rather than going on citing: counts before their label
    ("6 POUR / 0 CONTRE / 0 ABSTENTION", "DOUZE voix POUR"), or unanimity, a majority or "par N voix" with a verb in the
    present ("à l'unanimité, approuve le projet"; not "à l'unanimité le 3 mars 2019", a citation's)."""
    m = VOTE_OPENS_LINE.match(line)
    return m is not None and (m["clause"] is None or bool(DECIDES_NOW.search(line, m.end()) or ASSEMBLY_DECIDES.search(line)))


def _decision_sentence_after(line: str, following: str = "") -> int | None:
    """Where a new sentence of a reference's line states the decision, a paragraph run on after its recitals ("Considérant
    l'intérêt du projet. Le Conseil municipal, à l'unanimité, décide d'approuver", "... du projet. POUR : 12 CONTRE : 0",
    "... du projet. La délibération est rejetée à la majorité"), or None (`following`: the lines below, where its vote may go on: "... du projet. 12 POUR\n2 CONTRE"). The sentence opens with a capital or a figure
    after a full stop (never an abbreviation's: "art. L. 2121-29", "M. DUPONT"), is no reference itself, and holds a vote
    or the assembly's verdict; a vote recalled in it is blanked later, as anywhere ("avait été adoptée")."""
    for m in SENTENCE_END.finditer(line):
        tail = line[m.end():]
        if not REFERENCE_LINE.match(tail) and _states_decision(tail):
            return m.end()
    for m in _STOP_BEFORE_FIGURE.finditer(line):  # "... du projet. 12 POUR 2 CONTRE" (not "art. 3 des statuts adoptés à l'unanimité")
        if _opens_on_a_vote(line[m.end():]) and _states_decision(line[m.end():] + following):
            return m.end()
    return None


# A full stop after a word, a figure next: where a sentence that opens on a count may begin
_STOP_BEFORE_FIGURE = regex.compile(r"(?<=\p{L}{2}|\))\.\s+(?=\d)")


def _states_decision(sentence: str) -> bool:
    """A sentence that prints a vote or the assembly's verdict (the anchors `_read_masked` starts a statement from)."""
    return bool(_strong_anchor(sentence) is not None or any(
        p.search(sentence) for p in (ASSEMBLY_DECIDES, PASSIVE_ADOPTED, PASSIVE_REJECTED, ASSEMBLY_ASSENT, NOTED, WITHDRAWN, DEFERRED)))


def _line_span(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end




def _sentence_span(text: str, start: int, end: int | None = None, *, wrapped: bool = False) -> tuple[int, int]:
    """The sentence holding text[start:end]: from the sentence end before it on its line to the one after it, the
    period included (sentences end as `SENTENCE_END` says: never after "M." or "Mme."). It ends with its line, unless
    `wrapped`: then it runs on over the lines below that continue it (no period at the line's end, the next line in
    lower case), up to `SETTINGS.wrapped_lines`."""
    end = start if end is None else end
    line_start, line_end = _line_span(text, start)
    begin = line_start
    for m in SENTENCE_END.finditer(text, line_start, line_end):
        if m.start() < start:
            begin = m.start() + 1
    limit = max(_line_span(text, end)[1], line_end) if end > line_end else line_end
    for _ in range(SETTINGS.wrapped_lines if wrapped else 0):
        if SENTENCE_END.search(text, end, limit) or limit >= len(text) or text[begin:limit].rstrip().endswith((".", ";", "!", "?")):
            break
        nxt_start, nxt_end = _line_span(text, limit + 1)
        if not _starts_lower(text[nxt_start:nxt_end]):
            break
        limit = nxt_end
    stop = SENTENCE_END.search(text, end, limit)
    return begin, limit if stop is None else stop.start() + 1


def _sentences(line: str) -> list[str]:
    """A line cut into its sentences, each with the space after its period (they join back into the line)."""
    cuts = [m.end() for m in SENTENCE_END.finditer(line)]
    return [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]


def _names(chunk: str, offset: int, limit: int | None, vote: str) -> list[NamedVote]:
    found: list[NamedVote] = []
    for m in PERSON_WITH_CIVILITY.finditer(chunk):
        person = " ".join(split_civility(m.group())[1].split())
        if any(n.person == person for n in found) or is_role(m.group()):
            continue  # "Madame Le Maire" is no name
        found.append(NamedVote(person, vote, offset + m.start(), offset + m.end()))
        if limit is not None and len(found) >= limit:
            break
    if not found:  # "(DECKER Marie, DUTILLOY Jean)": names without civility
        for m in PERSON_IN_CAPITALS.finditer(chunk):
            if _COUNT_WORD.fullmatch(m.group()):
                continue  # "DEUX voix POUR – ONZE voix CONTRE": a count in capitals, not a name
            found.append(NamedVote(" ".join(m.group().split()), vote, offset + m.start(), offset + m.end()))
            if limit is not None and len(found) >= limit:
                break
    return found


def _names_after(text: str, pos: int, limit: int | None, vote: str) -> list[NamedVote]:
    """Names printed right after a count: "(Mme DECKER et M. DUTILLOY)" or ", Monsieur TANGUY"."""
    rest = text[pos:pos + SETTINGS.names_reach]
    m = regex.match(r"\s*(?:\(|,|:|–|-)\s*", rest)
    if not m:
        return []
    if "(" in m.group():
        close = rest.find(")", m.end())
        chunk = rest[m.end(): close if close >= 0 else len(rest)]
    else:
        eol = rest.find("\n", m.end())
        chunk = rest[m.end(): eol if eol >= 0 else len(rest)]
        label = NEXT_VOTE_LABEL.search(chunk)  # ("..., Mme PETIT. S'abstient : M. LEROY")
        chunk = chunk[: label.start()] if label else chunk
    return _names(chunk, pos + m.end(), limit, vote)


def vote_table(text: str, start: int = 0, end: int | None = None) -> tuple[dict[str, int], int] | None:
    """Counts from a vote table whose header row lies in text[start:end] and whose row of
    numbers follows it ("Votants | Pour | Contre | Abstention" / "| 18 | 15 | 2 | 1 |"), with
    the end of that row; None without such a table."""
    for m in VOTE_TABLE_HEADER.finditer(text, start, len(text) if end is None else end):
        cells = [fold(c) for c in TABLE_CELL.findall(m.group())]
        pos = m.end()
        for _ in range(2):
            line_start, line_end = _line_span(text, min(len(text), pos + 1))
            if line_start <= pos:
                break
            line = text[line_start:line_end]
            if _TABLE_RULE.match(line) and line.strip():
                pos = line_end
                continue
            numbers = _TABLE_NUMBER.findall(line) if _TABLE_NUMBERS.match(line) and line.strip() else []
            if len(numbers) != len(cells):
                break
            counts: dict[str, int] = {}
            for cell, number in zip(cells, numbers, strict=True):
                if cell in ("pour", "contre", "nppv") or cell.startswith("abstention"):
                    counts.setdefault(_kind(cell), int(number))
            if counts:
                return counts, line_end
            break
    return None


def _count_patterns(zone: str) -> tuple[regex.Pattern, ...]:
    """The count patterns in order of trust: a label before its number first when the zone
    opens that way with two kinds ("Pour 15 Contre 2 Abstention 1", not "15 Contre" and "2 Abstention")."""
    bare = list(COUNT_AFTER_BARE.finditer(zone))
    before = COUNT_BEFORE.search(zone)
    if len({_kind(m["label"]) for m in bare}) >= 2 and (before is None or bare[0].start() < before.start()):
        return (COUNT_IN_BRACKETS, COUNT_AFTER, COUNT_AFTER_BARE, COUNT_BEFORE)
    return (COUNT_IN_BRACKETS, COUNT_AFTER, COUNT_BEFORE, COUNT_AFTER_BARE)


def read_counts(text: str, start: int, end: int) -> tuple[dict[str, int], list[NamedVote]]:
    """Printed counts by kind (for, against, abstention, not_voting) in text[start:end], with
    the members named beside them."""
    counts: dict[str, int] = {}
    named: list[NamedVote] = []
    zone = text[start:end]
    matches = []
    for pattern in _count_patterns(zone):
        for m in pattern.finditer(zone):
            if any(m.start() < e and s < m.end() for s, e, _ in matches):
                continue
            matches.append((m.start(), m.end(), m))
    labelled = len({_kind(m["label"]) for _, _, m in matches})
    bare = [t for t in matches if t[2].re is COUNT_AFTER_BARE]
    if bare and not VOTE_LABEL.search(zone) and len({_kind(m["label"]) for _, _, m in bare}) < 2:
        matches = [t for t in matches if t[2].re is not COUNT_AFTER_BARE]
    for _, e, m in sorted(matches, key=lambda t: t[0]):
        before = m.re is COUNT_BEFORE
        if (before and not m["unit"] and labelled < 2 and not VOTE_LABEL.search(zone) and not VERDICT_LABEL.match(zone)
                and _kind(m["label"]) == "for"):
            continue  # "les 3 pour les ..." is no vote; "moins 2 abstentions" is one; "Adopté : 15 pour" is one
        kind, n = _kind(m["label"]), parse_count(m["n"])
        if n is None or kind in counts:
            continue
        counts[kind] = n
        if n:
            beside = _names_after(text, start + e, n, kind)
            if beside and NOT_VOTING_ASIDE.search(text, start + e, min(len(text), beside[-1].end + SETTINGS.aside_reach)):
                beside = []  # "par 17 voix pour (M. DUPONT ne prenant pas part au vote)": read as not voting below
            named.extend(beside)
    table = vote_table(text, start, end)
    for kind, n in (table[0] if table else {}).items():
        counts.setdefault(kind, n)
    if "for" not in counts:  # "Pour le changement de prestataire : 13 votes", "Anne-Marie : 11 votes → Elue"
        m = COUNT_FOR_PROPOSAL.search(zone) or ELECTED_COUNT.search(zone)
        n = parse_count(m["n"]) if m else None
        if n is not None:
            counts["for"] = n
    for m in COUNT_BY_NAMES.finditer(zone):
        kind = _kind(m["label"])
        if kind not in counts:
            found = _names_after(text, start + m.end() - 1, None, kind)
            if found:
                counts[kind] = len(found)
                named.extend(found)
    return counts, named


def _starts_lower(line: str) -> bool:
    """A line that continues a sentence: "l'unanimité des membres présents.", "approuve :"."""
    stripped = line.lstrip(" \t*#_-•")
    return stripped[:1].islower()


def _is_vote_line(line: str) -> bool:
    """A line that carries a count, unanimity or a vote label ("- Pour : 12", "3 ABSTENTIONS / 7 POUR"), or a
    grid's cell alone ("Contre", "2")."""
    if len(line) > SETTINGS.vote_line_chars:
        return False
    return bool(
        LONE_CELL.match(line) or
        COUNT_AFTER.search(line) or COUNT_IN_BRACKETS.search(line) or COUNT_BY_NAMES.search(line) or VOTE_LABEL.match(line) or UNANIMITY.search(line)
        or VOTE_LINE_LABEL.match(line) or NOT_VOTING.search(line)
        or any(m["unit"] or m["label"].lower() != "pour" for m in COUNT_BEFORE.finditer(line))
    )


def _zone(text: str, anchor: int) -> tuple[int, int]:
    """The decision statement around an anchor: its line, and the vote lines that follow (one
    stray line between two vote lines is taken with them)."""
    while anchor < len(text) - 1 and text[anchor].isspace():
        anchor += 1  # a pattern that may open with line breaks ("^\s*Vote :" matching from a blank line above) anchors at its line
    start, end = _line_span(text, anchor)
    following = 0
    while end < len(text) and following < SETTINGS.zone_lines:
        nxt_start, nxt_end = _line_span(text, end + 1)
        line = text[nxt_start:nxt_end]
        if not line.strip() and following == 0:
            end = nxt_end
            continue
        label = VOTE_LABEL.match(text, start)
        bare_label = label is not None and not text[label.end():_line_span(text, start)[1]].strip()
        so_far = text[start:end].rstrip()
        continues = so_far.endswith(":") or (not so_far.endswith((".", ";", "!", "?")) and _starts_lower(line))
        if _is_vote_line(line) or (following < 2 and line.strip() and (bare_label or continues)):
            end, following = nxt_end, following + 1
            continue
        if nxt_end < len(text):
            after_start, after_end = _line_span(text, nxt_end + 1)
            if line.strip() and _is_vote_line(text[after_start:after_end]):
                end, following = after_end, following + 2
                continue
        break
    while end > start and text[end - 1].isspace():
        end -= 1
    # the sentence may begin on the lines above: "le compte rendu est approuvé à / l'unanimité des membres présents."
    for _ in range(SETTINGS.zone_lines_above):
        if start == 0:
            break
        prev_start, prev_end = _line_span(text, start - 1)
        previous = text[prev_start:prev_end].rstrip()
        if not _starts_lower(text[start:end]) or not previous or previous.endswith((".", ":", ";", "!", "?")) or len(previous) > SETTINGS.vote_line_chars:
            break
        start = prev_start
    return start, end


def _first(pattern: regex.Pattern, text: str, start: int = 0) -> regex.Match | None:
    return pattern.search(text, start)


def _assembly_unanimity(text: str, start: int = 0, end: int | None = None) -> regex.Match | None:
    """The first unanimity that is the assembly's, not a commission's heard in the report
    ("La commission des finances a émis un avis favorable à l'unanimité")."""
    for m in UNANIMITY.finditer(text, start, len(text) if end is None else end):
        line_start, line_end = _line_span(text, m.start())
        line = text[line_start:line_end]
        if OTHER_BODY.search(line) and not THIS_ASSEMBLY.search(line) and not DECIDES_NOW.search(line):
            continue
        if CITED_VOTE.search(text[max(0, m.start() - SETTINGS.cited_reach):m.start()]) or CITED_AFTER.match(text, m.end()):
            continue  # "Par délibération du 12 mars 2024 adoptée à l'unanimité": an earlier vote
        if OTHER_BODY_PAST.search(text, max(line_start, m.start() - SETTINGS.cited_reach), m.start()):
            continue  # "La CLECT, réunie le 12 septembre, a adopté son rapport à l'unanimité": another body's
        if line_start and not THIS_ASSEMBLY.search(line):
            previous = text[_line_span(text, line_start - 1)[0]:line_start]
            if OTHER_BODY.search(previous) and previous.rstrip().endswith(":"):
                continue  # "Avis de la commission des finances :\nFavorable à l'unanimité."
        return m
    return None


def _strong_anchor(text: str) -> int | None:
    """Where the first printed vote or verdict stands.

    The earliest of several patterns' first matches: the cheap ones first, then each other pattern is
    tried only before the earliest found so far and only near its key word (`anchored_finditer`: the
    same matches as `finditer`, at a fraction of the cost on a long exposé)."""
    best: int | None = None
    for pattern in (MAJORITY, ADOPTED_VERDICT):
        m = _first(pattern, text)
        if m and (best is None or m.start() < best):
            best = m.start()
    m = _assembly_unanimity(text)
    if m and (best is None or m.start() < best):
        best = m.start()
    for pattern in (VOTE_LABEL, MAJORITY_QUALIFIED, VERDICT_LINE):
        m = next(anchored_finditer(pattern, text, best), None)
        if m:
            best = m.start()
    m = next(anchored_finditer(VOTE_TABLE_HEADER, text, best), None)
    if m and vote_table(text, m.start(), m.end()):
        best = m.start()
    labels = key_places(ANCHORS[COUNT_AFTER], text)  # "pour", "contre", "abstention"...: shared by the count patterns
    for m in anchored_finditer(COUNT_AFTER_BARE, text, best, labels):  # "Votants 18 | Pour 15 | Contre 2 | Abstention 1", or a grid's cells one per line
        line_start, line_end = _line_span(text, m.start())
        if "\n" in m.group():
            lines = SETTINGS.grid_lines
            line_end = m.end() + sum(len(part) + 1 for part in text[m.end():m.end() + SETTINGS.grid_reach].split("\n", lines)[:lines])
        if len({_kind(b["label"]) for b in COUNT_AFTER_BARE.finditer(text, line_start, min(len(text), line_end))}) >= 2:
            best = m.start()
            break
    for pattern in (COUNT_AFTER, COUNT_IN_BRACKETS, COUNT_BEFORE):
        for m in anchored_finditer(pattern, text, best, labels):
            line_start, line_end = _line_span(text, m.start())
            line = text[line_start:line_end]
            # (a count without its unit anchors where two kinds of vote are printed together: "15 pour, 2 contre",
            # not "(et non sept pour raisons budgétaires)" on a line that says "pour" twice)
            if m.re is not COUNT_BEFORE or m["unit"] or len({w.lower().rstrip("s") for w in _VOTE_WORD.findall(line)}) >= 2:
                best = m.start()
                break
    return best


# The words of a vote line: "15 pour, 2 contre, 1 abstention"
_VOTE_WORD = regex.compile(r"\b(?:pour|contre|abstentions?)\b", regex.I)


def read_decision(text: str, meeting_date: dt.date | None = None) -> Reading | None:
    """The decision a section's text states, or None (information item, grouping heading). `meeting_date` (when
    known) tells today's session from an earlier one cited by its date.

    >>> read_decision("Vote :\\n- Contre : 2 (Mme DECKER et M. DUTILLOY)\\n- Pour : 12").votes_for
    12
    """
    masked = mask_recalled_votes(mask_other_bodies(mask_references(text)), meeting_date)
    reading = _read_masked(masked)
    first_line_end = _line_span(masked, reading.start)[1] if reading is not None else 0
    if reading is not None and first_line_end < len(masked) and PRELIMINARY_VOTE.search(masked, reading.start, first_line_end):
        # "L'amendement de M. X est rejeté (5 pour, 13 contre).\nLe Conseil, par 13 voix pour..., approuve": the item's own vote follows
        later = _read_masked(_NOT_NEWLINE.sub(" ", masked[:first_line_end]) + masked[first_line_end:])
        if later is not None and (later.unanimous is not None or later.outcome != "adopted"):
            return later  # (not "Le conseil autorise le Maire à signer", which states no vote)
    return reading


def _unanimity_but(zone: str, counts: dict[str, int], unanimous: bool) -> bool:
    """Unanimity with its exceptions, counts completed in place: "à l'unanimité moins une voix" is a
    vote against, so not unanimous; "moins deux abstentions" are no votes cast, and unanimity holds
    (as with "à l'unanimité" followed by "Abstention : M. X"); "à l'unanimité des votants (31
    voix)" gives the votes for."""
    less = UNANIMITY_LESS.search(zone)
    if unanimous and less and parse_count(less["n"]):
        if fold(less["what"] or "").startswith("abst"):
            counts.setdefault("abstention", parse_count(less["n"]))
        else:
            counts.setdefault("against", parse_count(less["n"]))
            unanimous = False
    voters = UNANIMOUS_VOTERS.search(zone)
    if unanimous and voters:
        counts.setdefault("for", int(voters["n"]))
    return unanimous


def _adopted_in(zone: str) -> bool:
    """A vote statement that says the act is adopted: "Ce dernier est adopté à l'unanimité", "ADOPTÉ"."""
    return bool(PASSIVE_ADOPTED.search(zone) or ADOPTED_VERDICT.search(zone))


def _rejected_in(zone: str) -> bool:
    """A vote statement that says the act is rejected ("La motion est rejetée"), never an unfavourable opinion that
    "rejette le projet" (the act adopted)."""
    return bool(REJECTED.search(zone)) and not UNFAVOURABLE_OPINION.search(zone)


def _counts_in_prose(text: str, zone: str, start: int, end: int, counts: dict[str, int], named: list[NamedVote],
                     unanimous: bool) -> None:
    """Counts the statement prints in words rather than labels, completed in place: "adopté par 15 voix contre 3" (for
    and against, the other way round when rejected), "M. LEBLANC s'abstient", "M. DURAND et Mme PETIT votent contre"
    in the statement or the sentences just before it (a count printed with its label wins), "2 membres s'étant
    abstenus"."""
    versus = COUNT_VERSUS.search(zone) if "contre" in zone.lower() or ODD_CASE.search(zone) else None
    won, lost = (parse_count(versus["n1"]), parse_count(versus["n2"])) if versus else (None, None)
    if won is not None and lost is not None:
        rejected = _rejected_in(zone)
        counts["against" if rejected else "for"], counts["for" if rejected else "against"] = won, lost
    near = max(0, start - SETTINGS.proposal_reach)
    region = text[near:end]
    for pattern, kind, word in ((ABSTAINED_NAMED, "abstention", "abst"), (AGAINST_NAMED, "against", "contre")):
        if (kind == "against" and unanimous) or kind in counts or word not in region:  # (each pattern's verb holds its word)
            continue  # (a unanimity and a member against: the printed unanimity stands, the check compares)
        found: list[NamedVote] = []
        for m in pattern.finditer(text, near, end):
            found.extend(n for n in _names(m["who"], m.start("who"), None, kind) if all(n.person != o.person for o in found))
        if found:
            counts[kind] = len(found)
            named.extend(n for n in found if all(n.person != o.person for o in named))
    m = ABSTAINED_COUNT.search(text, near, end) if "abst" in region.lower() or ODD_CASE.search(region) else None
    if m and "abstention" not in counts and parse_count(m["n"]) is not None:
        counts["abstention"] = parse_count(m["n"])


def _note_proposed(text: str, start: int) -> bool:
    """The sentence just before a vote asks the assembly to take note ("demande ... s'ils sont d'accord pour
    prendre acte de la communication du rapport"): the vote is that note."""
    before = text[max(0, start - SETTINGS.proposal_reach):start]
    return bool(NOTED_PROPOSED.search(before, before.rfind(".") + 1))


def _operative_verb(masked: str) -> int | None:
    """Where the operative part opens with its verb alone on its line ("Décide :"), the assembly named on the line
    just above it, the recitals between blanked ("Après en avoir délibéré, le Conseil Municipal," / "Vu ..." /
    "Considérant ..." / "Décide :"), or None: the last resort of a section that prints no vote. (Not "Le Maire, / Vu
    la délibération du conseil municipal ... / DÉCIDE :", a decision of the maire reported to the assembly.)"""
    for m in OPERATIVE_VERB.finditer(masked):
        above = [line for line in masked[:m.start()].splitlines() if line.strip()]
        if above and (THIS_ASSEMBLY.search(above[-1]) or DELIBERATED.search(above[-1])):
            return m.start()
    return None


def _read_masked(masked: str) -> Reading | None:
    """read_decision on a text whose references are already blanked."""
    anchor = _strong_anchor(masked)
    if anchor is None:
        for pattern in (ASSEMBLY_DECIDES, PASSIVE_ADOPTED, PASSIVE_REJECTED, ASSEMBLY_ASSENT, PASSIVE_DESIGNATED, VERDICT_AFTER_LABEL):
            m = pattern.search(masked)
            if m and (anchor is None or m.start() < anchor):
                anchor = m.start()
    if anchor is None:
        anchor = _operative_verb(masked)
    if anchor is not None:
        start, end = _zone(masked, anchor)
        table = vote_table(masked, start, end)
        end = max(end, table[1]) if table else end
        statement_start = _line_span(masked, max(0, start - 1))[0] if start else start
        around = masked[statement_start:min(len(masked), _line_span(masked, end + 1)[1] if end < len(masked) else end)]
        counts, named = read_counts(masked, start, end)
        zone = masked[start:end]
        verdict = VERDICT_AFTER_LABEL.search(zone)  # "Décision : retirée", "Décision : refusée"
        verdict = fold(verdict["verdict"]) if verdict else ""
        if WITHDRAWN.search(around) or verdict == "retir":
            return Reading("withdrawn", None, start=start, end=end)
        deferral = DEFERRED.search(around)
        if verdict in ("ajourn", "report"):
            return Reading("deferred", True if _assembly_unanimity(masked, start, end) is not None else None, start=start, end=end)
        if deferral and (statement_start + deferral.start() < end or not _adopted_in(zone)):
            # (a deferral printed after an adoption is another matter's: "Ce dernier est adopté à
            # l'unanimité. / ... il décide d'ajourner le vote des budgets"); a deferral voted "à l'unanimité" says so
            unanimous_deferral = True if _assembly_unanimity(masked, start, end) is not None else None
            return Reading("deferred", unanimous_deferral, start=start, end=end)
        unanimous = _assembly_unanimity(masked, start, end) is not None
        unanimous = _unanimity_but(zone, counts, unanimous)
        _counts_in_prose(masked, zone, statement_start, statement_start + len(around), counts, named, unanimous)
        outcome = "adopted"
        outvoted = counts.get("for") is not None and counts.get("against") is not None and counts["against"] > counts["for"]
        if outvoted or _rejected_in(zone) or verdict in ("rejet", "refus"):
            outcome = "rejected"
        elif NOTED.search(around) and not ADOPTED_VERDICT.search(zone):
            outcome = "noted"
        elif _note_proposed(masked, start) and not (_adopted_in(zone) or ASSEMBLY_DECIDES.search(zone)):
            outcome = "noted"  # "Mme le maire demande ... s'ils sont d'accord pour prendre acte du rapport\nVote : Pour à l'unanimité"
        if not unanimous and not counts and not MAJORITY.search(zone) and not VOTE_LABEL.search(zone) and not MAJORITY_QUALIFIED.search(zone):
            unanimous_value: bool | None = None
        else:
            unanimous_value = unanimous
        named = list(named)
        not_voting = counts.get("not_voting")
        by_office = 0
        for pattern in (NOT_VOTING_NAMED, NOT_VOTING_PAST):
            for m in pattern.finditer(masked):
                found = _names(m["who"], m.start("who"), 1, "not_voting")
                by_office += not found and bool(_BY_OFFICE.match(m.group()))  # "M. le Maire ne prend pas part au vote"
                named.extend(n for n in found if all(n.person != o.person for o in named))
        for m in anchored_finditer(COUNT_BY_NAMES, masked):  # "Ne prennent pas part au vote : M. DURAND, Mme PETIT" before the vote
            if _kind(m["label"]) == "not_voting" and not start <= m.start() < end:
                found = _names_after(masked, m.end() - 1, None, "not_voting")
                named.extend(n for n in found if all(n.person != o.person for o in named))
        listed_not_voting = sum(1 for n in named if n.vote == "not_voting") + by_office
        if not_voting is None and listed_not_voting:
            not_voting = listed_not_voting
        return Reading(
            outcome, unanimous_value, counts.get("for"), counts.get("against"), counts.get("abstention"), not_voting,
            start, end, tuple(named),
        )
    for outcome, pattern in (("withdrawn", WITHDRAWN), ("deferred", DEFERRED), ("noted", NOTED)):
        m = pattern.search(masked)
        if m:
            start, end = _line_span(masked, m.start())
            return Reading(outcome, None, start=start, end=end)
    m = ELECTION.search(masked)
    if m:
        start, end = _line_span(masked, m.start())
        elected = ELECTED_COUNT.search(masked)
        n = m["n"] or (elected["n"] if elected else None)
        return Reading("adopted", bool(UNANIMITY.search(masked[start:end])), parse_count(n) if n else None, start=start, end=end)
    return None


def deliberation_number(text: str) -> str | None:
    """The deliberation number printed in the first lines of a section ("DCS2024_01", "2019-93")."""
    # (a line is masked by what it and the lines above it say, so the first lines are masked alone; a masked
    # line's break other than "\n" becomes a space, so enough lines are taken for four after masking)
    lines = text.splitlines(keepends=True)
    taken = 2 * SETTINGS.number_lines
    while True:
        parts = mask_references("".join(lines[:taken])).splitlines()
        if len(parts) > SETTINGS.number_lines or taken >= len(lines):
            break
        taken *= 2
    head = "\n".join(parts[:SETTINGS.number_lines])
    m = DELIBERATION_NUMBER.search(head)
    if not m:
        return None
    return (m["num"] or m["code"]).replace(" ", "")


def read_amounts(text: str) -> list[tuple[Decimal, str, str, int, int]]:
    """Amounts with currency in the section's prose: (amount, unit, context, start, end).

    Budget table rows (signed amounts, account codes) are left to the budget extractor.
    """
    masked = mask_references(text)
    found = []
    for m in AMOUNT_TERMS.finditer(masked):
        line_start, line_end = _line_span(masked, m.start())
        line = masked[line_start:line_end].strip()
        if _TABLE_ROW_START.match(line) or _SIGN_BEFORE.search(masked[line_start:m.start()]):
            continue  # "68 6817 Dotations aux provisions pour + 400 €": a DM line
        amount = parse_amount(m["num"])
        if amount is None:
            continue
        unit = "€" + (" " + m["tax"].strip().replace(".", "") if m["tax"] else "")
        if m["per"]:
            unit += " " + " ".join(m["per"].split())
        found.append((amount, unit, " ".join(line.split())[:SETTINGS.context_chars], m.start(), m.end()))
    return found


# --------------------------------------------------------------------------------------------
# The extractor
# --------------------------------------------------------------------------------------------


def _name_provenance(doc: Document, start: int, end: int) -> Provenance:
    """The name's span, with the whole vote line as its text ("- Contre : 2 (Mme DECKER et M. DUTILLOY)")."""
    line_start, line_end = _line_span(doc.text, start)
    return Provenance(doc.document_id, doc.page_at(start), start, end, doc.text[line_start:line_end].strip())


def _title_words(title: str) -> set[str]:
    return {w for w in regex.split(r"[^\p{L}\d]+", fold(title)) if len(w) > 2}


def _other_act(text: str, reading: Reading, body_start: int, meeting_date: dt.date | None) -> list[tuple[Reading, int]]:
    """The second act of an item whose title names two ("Approbation du procès-verbal du 17 septembre 2015 et nomination
    d'un secrétaire de séance"): the statement printed before the first vote or verdict (a weaker one, no vote printed,
    that the vote outranks), else the one after it, with the offset of the text it was read in; none when the section
    states one act."""
    before = read_decision(text[:reading.start], meeting_date) if reading.start else None
    if before is not None and before.outcome in ("adopted", "rejected", "noted"):
        return [(before, body_start)]
    after = read_decision(text[reading.end:], meeting_date)
    if after is not None and after.outcome in ("adopted", "rejected", "noted"):
        return [(after, body_start + reading.end)]
    return []


def withdrawn_in_preamble(doc: Document, seg: Segmentation) -> list[Decision]:
    """Items the preamble withdraws ("demande ... de retirer à l'ordre du jour Convention
    d'adhésion au service de prévention"), when the body has no section for them."""
    treated = {s.item_number for s in seg.sections}
    items = [a for a in seg.agenda if a.number not in treated]
    found: list[Decision] = []
    if not items:
        return found
    for item in items:
        if item.found_by == "withdrawn":  # read from the sentence that withdraws it ("le point 8 [...] est retiré")
            found.append(Decision(item.number, "withdrawn", None, None, None, None, None, None, item.provenance))
    preamble = doc.text[:seg.preamble_end]
    for m in WITHDRAW_ANNOUNCED.finditer(preamble):
        following = " ".join(preamble[m.end():m.end() + SETTINGS.withdrawn_reach].split())
        words = _title_words(following[:SETTINGS.withdrawn_title])
        numbers = withdrawn_numbers(m)
        for item in items:
            title = _title_words(item.title)
            by_number = item.number in numbers
            if by_number or (title and len(title & words) >= SETTINGS.withdrawn_share * len(title)):
                if all(d.item_number != item.number for d in found):
                    found.append(Decision(item.number, "withdrawn", None, None, None, None, None, None,
                                          doc.provenance(m.start(), min(len(preamble), m.end() + len(item.title) + 5))))
                if len(numbers) < 2:  # ("les points 8 et 23 sont retirés": both)
                    break
    return found


def extract(doc: Document, seg: Segmentation, facts: Extraction | None = None) -> dict:
    """Decisions, named votes and committed amounts, one section at a time. Of the earlier extractors' facts it reads
    only the meeting's date (a session cited by that date is today's)."""
    meeting_date = facts.meeting.date if facts is not None and facts.meeting is not None else None
    decisions: list[Decision] = withdrawn_in_preamble(doc, seg)
    titles = {a.number: a.title for a in seg.agenda}
    votes: list[IndividualVote] = []
    amounts: list[DecisionAmount] = []
    for section in seg.sections:
        first_line_end = doc.text.find("\n", section.start, section.end)
        body_start = section.end if first_line_end < 0 else first_line_end + 1
        heading_end = section.provenance.char_end
        if section.start < heading_end < min(body_start, section.end):
            body_start = heading_end  # a run-on text (one paragraph a page): the heading ends inside its line
        if not section.heading:
            body_start = section.start  # an item treated in a sentence, without a heading (the minutes approved in the preamble)
        text = doc.text[body_start:section.end]
        reading = read_decision(text, meeting_date)
        if reading is not None and reading.outcome == "adopted" and _votes_on_the_agenda(text, reading.start):
            # the vote that adds items to the agenda ("Accord à l'unanimité pour accepter l'ajout de ces
            # questions") is the session's, not the item's: the item's own vote may follow it
            reading = read_decision(_blank_agenda_votes(text), meeting_date)
        if reading is None:
            continue
        if (INFORMATION_TITLE.match(titles.get(section.item_number) or section.item_title or section.heading)
                and reading.outcome in ("adopted", "rejected") and reading.unanimous is None):
            continue  # "Questions diverses": something "approuvé" or "pas retenu" in passing is no deliberation
        if (COMMISSION_REPORT_TITLE.match(titles.get(section.item_number) or section.item_title or section.heading)
                and reading.outcome in ("adopted", "rejected") and reading.unanimous is None
                and not (THIS_ASSEMBLY.search(text, reading.start, reading.end) or ASSEMBLY_DECIDES.search(text, reading.start, reading.end))):
            continue  # "Compte rendu de la commission des travaux": "Le devis le moins-disant a été accepté" is the commission's
        item = section.item_number
        number = deliberation_number(doc.text[section.start:section.end])
        readings = [(reading, body_start)]
        if TWO_ACTS_TITLE.match(titles.get(section.item_number) or section.item_title or section.heading):
            readings = sorted(readings + _other_act(text, reading, body_start, meeting_date), key=lambda r: r[0].start + r[1])
        for one, offset in readings:
            # unanimous says what the minutes say: true for "à l'unanimité", false when they do not say so
            # (counts, a majority, or no vote printed); None only where no vote took place
            unanimous = one.unanimous if one.outcome in ("withdrawn", "deferred") else bool(one.unanimous)
            decisions.append(Decision(
                item, one.outcome, unanimous, one.votes_for, one.votes_against, one.abstentions, one.not_voting, number,
                doc.provenance(offset + one.start, offset + one.end),
            ))
            for named in one.named:
                votes.append(IndividualVote(item, named.person, named.vote, _name_provenance(doc, offset + named.start, offset + named.end)))
        if reading.outcome == "adopted":
            for amount, unit, context, start, end in read_amounts(text):
                amounts.append(DecisionAmount(item, amount, unit, context, doc.provenance(body_start + start, body_start + end)))
    return {"decisions": decisions, "individual_votes": votes, "decision_amounts": amounts}
