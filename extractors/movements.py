"""Changes during the session: who arrives, leaves, comes back or does not take part in the vote, and
the counts restated for a range of items; the rows of `attendance_changes`.

Two sources:

- **per-question blocks** of the preamble ("Questions 11 à 17 : Départ de Monsieur Eric ROBERT
  (procuration à Bernadette CORVISIER) 31 présents 2 procurations 33 votants"): `CHANGE_LABEL` opens
  one, `counts_block` reads its counts and the movement its notes state; the attendance extractor
  finds the blocks (`extractors/attendance.py`), since they sit among its lists;
- **statements in the treated items**, one sentence at a time (`movements`): an event verb
  ("quitte la séance", "se retire", "arrive", "rejoint", "réintègre", "ne prend pas part au vote",
  "Départ de", "Arrivée de", "Retour de") and the person who does it, read by rules (a name with
  its civility or a SURNAME in capitals before the verb, a function such as "M. le Maire" kept to be
  resolved); where the rules read no name but a capitalised word stands where the subject should,
  the spaCy layer names the person (`extractors/nlp.py`).

Which item a statement applies from: the item it is printed in; the item it names ("arrive au point
3"); for an arrival, a departure or a return printed after the item's last vote ("Après le vote,
M. X quitte la séance"), the next item. Not voting applies to its item only (from_item = to_item).
The checks read these rows for the attendance of each vote (docs/attendance.md).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import regex

from extractors import nlp
from pipeline.french import FUNCTION, NAME_PARTICLES, SENTENCE_END, function_named, read_name
from pipeline.french import is_person_name as _is_name
from pipeline.french import is_whole_name as _whole_name
from pipeline.french import person_parts as _person
from pipeline.records import AttendanceChange, Document, Segmentation


@dataclass(frozen=True)
class Settings:
    """How far the reader looks."""

    window: int = 160  # characters before an event verb where its person is looked for
    longest_sentence: int = 400  # a longer "sentence" is a table or a title run together: not a statement


SETTINGS = Settings()
PARTICLES = NAME_PARTICLES

# Per-question counts: "Questions 1 à 10 :", "Questions 18 à la fin :", "Points 3 à 5 :"
CHANGE_LABEL = regex.compile(
    r"^\s*(?:questions?|points?|délibérations?|dossiers?)\s*(?:n[°o]\s*)?(?P<from>\d+)\s*(?:à|au|-)\s*(?:(?P<to>\d+)|la\s+fin)\s*:?\s*",
    regex.I,
)
# The holder of a proxy a leaving member gives: "Départ de M. X (procuration à Mme Y)", "… et donne pouvoir à M. Z"
HOLDER = regex.compile(r"\b(?:procuration|pouvoir|délégation)\s+(?:de\s+vote\s+)?(?:donnée?\s+)?(?:à|a)\s+|représentée?\s+par\s+", regex.I)

# A name next: a civility or a capital ("Départ de M. X", "Retour de Eric ROBERT"; not "retour d'expérience")
_NAMED_NEXT = r"(?=(?-i:\p{Lu}))"
# What a person does during the session, anywhere in a sentence of the body (the event, then the words):
# "M. X, intéressé, ne prend pas part au vote", "ne participe ni au débat ni au vote", "Mme Z ne participe pas au vote",
# "M. Luc PETIT arrive à 20h45", "arrivée de Mme X au point 3", "Mme Y quitte la séance avant le vote",
# "M. X se retire", "sort de la salle", "rejoint l'assemblée", "M. X revient en séance"
# (not voting first: "quitte la salle et ne prend pas part au vote" is said of that vote)
EVENTS: tuple[tuple[str, regex.Pattern], ...] = (
    ("not_voting", regex.compile(r"\bne\s+(?:prend|prennent|participe|participent)\s+(?:pas|ni)\b[^.\n]{0,40}?\bvote"
                                 r"|\bn['’]\s*(?:a|ont)\s+pas\s+(?:pris\s+part|participé)\s+au\s+vote|\bne\s+votent?\s+pas"
                                 r"|\bs['’]abstien(?:t|nent)\s+de\s+(?:prendre\s+part\s+au\s+|participer\s+au\s+)?vote", regex.I)),
    ("return", regex.compile(r"\b(?:revient|reviennent|regagne|regagnent|réintègre|réintègrent|est\s+de\s+retour)\b"
                             rf"|\bretour\s+(?:de\s+|d['’]\s*){_NAMED_NEXT}", regex.I)),
    ("arrival", regex.compile(r"\b(?:arrive|arrivent|est\s+arrivée?|sont\s+arrivée?s|rejoint|rejoignent|entre\s+en\s+séance|prend\s+place)\b"
                              r"(?!\s+(?:à\s+(?:son\s+)?(?:échéance|terme|expiration)|en\s+fin|au\s+terme))"
                              rf"|(?<![Ll]['’])\barrivée\s+(?:de\s+|d['’]\s*){_NAMED_NEXT}", regex.I)),
    ("departure", regex.compile(r"\b(?:quitte|quittent|se\s+retire|se\s+retirent|sort|sortent|s['’]absente|s['’]absentent|va\s+s['’]absenter)\b"
                                rf"|\b(?:départ|sortie)\s+(?:de\s+|d['’]\s*){_NAMED_NEXT}", regex.I)),
)
_ANY_EVENT = regex.compile("|".join(f"(?:{p.pattern})" for _, p in EVENTS), regex.I)


# A line of the preamble that states a movement, not a name of a list: "M. Luc PETIT arrive à 20h45.",
# "Mme Claire LEROY quitte la séance à 21h", "Départ de M. X"
MOVEMENT_LINE = regex.compile(
    rf"^[ \t\-–•*]*(?:(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+[^.\n(]{{2,60}}?\s+)?(?:{_ANY_EVENT.pattern})", regex.I)
# Words that make an event statement about the session ("quitte la séance", "la salle"), not a commune
# leaving the syndicat ("le départ de la commune de Sauzet"), a departure in retirement, a loan leaving
_SESSION_WORDS = regex.compile(r"séance|salle|assemblée|conseil|réunion|vote|débat|point|dossier|question|délibération|procuration|pouvoir"
                               r"|\d{1,2}\s*h", regex.I)
# A verb that says the session by itself: "M. X se retire.", "Mme Y sort et ne vote pas"
_LEAVES = regex.compile(r"\G(?:se\s+retire(?:nt)?|sort(?:ent)?|s['’]absente(?:nt)?)\s*(?:[.;,)]|et\b|$)", regex.I)
# A capitalised word that may open a name, for the spaCy layer to look at (not the words that open sentences)
_MAYBE_NAME = regex.compile(
    r"(?<![\p{L}'’])(?!(?:Le|La|Les|L|Il|Elle|Ils|Elles|Après|Avant|Lors|Puis|Ensuite|Au|Aux|En|A|À|Ce|Cette|Un|Une|Des|Du|De|Monsieur|"
    r"Madame|Mme|M|Conseil|Président|Présidente|Maire|Adjoint|Adjointe|Vote|Pour|Contre|Point|Séance)\b)\p{Lu}\p{Ll}+")
_NOT_A_MEMBER = regex.compile(r"\b(?:commune|syndicat|communauté|retraite|agent|enfant|élève|bus|camion|véhicule|train|départ\s+en)\b", regex.I)
# The item a statement names: "arrive au point 3", "à partir du point n° 4", "pendant la question 5", "avant le vote du point 2"
_ITEM_NAMED = regex.compile(r"\b(?:point|question|dossier|délibération|affaire)s?\s*(?:n[°o]\s*)?(?P<n>\d+(?:[.\-]\d+)*)", regex.I)
# Said to apply from the next item: "après le vote", "à l'issue du vote", "à la fin de ce point"
_AFTER_VOTE = regex.compile(r"après\s+(?:le\s+)?vote|à\s+l['’]issue\s+(?:du\s+)?(?:vote|de\s+ce\s+point)|à\s+la\s+fin\s+(?:de\s+ce|du)\s+point", regex.I)
# Where a vote is stated in an item ("à l'unanimité", "adopté", "Pour : 17"), to tell a departure printed after it
_VOTE_STATED = regex.compile(r"unanimit|\badopt|\bapprouv|\bvote\s*:|\bpour\s*:|\bvoix\b|suffrages\s+exprimés|\bproclamée?s?\b", regex.I)
# Counts in a per-question block: "32 présents", "1 procuration", "33 votants", "0 absent"
CHANGE_COUNTS = {
    "members_present": regex.compile(r"(\d+)\s+(?:membres\s+)?présent", regex.I),
    "proxies": regex.compile(r"(\d+)\s+(?:procuration|pouvoir)", regex.I),
    "votes_cast": regex.compile(r"(\d+)\s+votant", regex.I),
    "absent": regex.compile(r"(\d+)\s+absent", regex.I),
}
# Where a sentence of the body ends: its full stop (not a civility's or an initial's), or a line end after a closing
# mark, or before a bullet, a number or a line opening a statement ("M. X …", "Départ de …"): a line wrapped in a
# sentence ("… M. Eric\nROBERT va s'absenter") does not end it
_LINE_BREAK = regex.compile(r"(?<=[.;:!?)»])[ \t]*\n|\n(?=[ \t]*[-–•*\d])|\n(?=[ \t]*(?:M\.|Mme|Monsieur|Madame|Départ|Arrivée|Retour|Sortie)\s)")


def counts_block(doc: Document, match: regex.Match, lines: list[tuple[str, int]]) -> AttendanceChange:
    """A per-question block of the preamble (CHANGE_LABEL and its lines): its counts, and who arrives or leaves."""
    text = " ".join(t.strip() for t, _ in lines if t.strip())
    counts = {k: (int(m.group(1)) if (m := p.search(text)) else None) for k, p in CHANGE_COUNTS.items()}
    notes = [t.strip() for t, _ in lines if t.strip() and not regex.match(r"^\s*\d+\s+\p{L}", t)]
    end = max((o + len(t.rstrip()) for t, o in lines if t.strip()), default=match.end())
    start = lines[0][1] - match.end() if lines else match.start()
    person = event = holder = None
    for note in notes:
        found = _event_in(note)
        if found:
            event, person, holder = found[0], found[1], found[2]
            break
    return AttendanceChange(match["from"], match["to"], counts["members_present"], counts["proxies"], counts["votes_cast"],
                            counts["absent"], "; ".join(notes), doc.provenance(start, end), person=person, event=event, holder=holder)


def _event_in(sentence: str) -> tuple[str, str, str | None] | None:
    """(event, person, proxy holder) said by a sentence: "Départ de Monsieur Eric ROBERT (procuration à Bernadette CORVISIER)"."""
    for event, pattern in EVENTS:
        m = pattern.search(sentence)
        if not m:
            continue
        people = _actors(sentence, m)
        if people:
            person = people[0]
            holder = None
            pm = HOLDER.search(sentence, m.end())
            if pm:
                holder = _person(sentence[pm.end():].split(")")[0])[1] or None
            return event, person, holder
    return None


_APPOSITION = regex.compile(r"\s*(?:,[^,.;]{0,50},)?\s*")
# A function right before the verb: "M. le Maire quitte la séance", "Madame la Présidente se retire"
FUNCTION_AT_END = regex.compile(r"(?:(?:M\.|Mme|Monsieur|Madame)\s+)?l[ea]\s+(?:maire|présidente?)\s*$", regex.I)
_JOINED = regex.compile(r"\s*(?:,|et|,\s*et)\s*")


def _actors(sentence: str, m: regex.Match, subject_end: int | None = None) -> list[str]:
    """Who does what the event says: the name just after "Départ de"/"Arrivée de", else the names before the verb
    ("M. Paul DURAND, intéressé, quitte la séance", "M. X et Mme Y quittent la salle", "Paul DURAND quitte la séance");
    empty where the rules read no name (a function, "M. le Maire", is nobody here)."""
    if regex.search(r"(?:de|d['’])\s*$", m.group(), regex.I):
        found = read_name(sentence[m.end():m.end() + 80])
        return [found[1]] if found and _is_name(found[1]) else []
    end = m.start() if subject_end is None else min(subject_end, m.start())  # the subject stands before the first verb
    before = sentence[max(0, end - SETTINGS.window):end]
    # the civilities before the verb open the names: "M. Paul DURAND et Mme Anne MARTIN quittent la salle"
    civil = list(regex.finditer(r"(?:^|(?<=[\s(,]))(?=(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+\p{Lu})", before))
    names: list[str] = []
    limit = len(before)
    for at in reversed([c.start() for c in civil]):
        f = FUNCTION.match(before[at:])
        if f:
            if not names and _APPOSITION.fullmatch(before[at + f.end():limit]):
                return [function_named(before[at:])]  # "M. le Maire quitte la séance": the member resolved later
            break
        found = read_name(before[at:limit])
        if not found or not _is_name(found[1]):
            break
        gap = before[at + found[2]:limit]
        # right before the verb (an apposition between commas allowed), or joined to the next name by "et" or a comma
        if not (_APPOSITION if not names else _JOINED).fullmatch(gap):
            break
        names.insert(0, found[1])
        limit = at
    if names:
        return names
    # an apposition between commas may be the name ("Monsieur le Maire, Paul DURAND, quitte") or say something of it
    # ("Paul DURAND, intéressé, quitte"); then the words before: a function, or a whole name written without civility
    apposition = regex.search(r",([^,.;]{1,50}),\s*$", before)
    clauses = [apposition.group(1), before[:apposition.start()]] if apposition else [before]
    for clause in clauses:
        tail_text = regex.split(r"[,;:.()]", clause)[-1]
        f = FUNCTION_AT_END.search(tail_text)
        if f:
            return [function_named(f.group())]
        words = regex.findall(r"[\p{L}'’-]+", tail_text)
        tail: list[str] = []
        for word in reversed(words):
            if word[:1].isupper() or (word.lower() in PARTICLES and tail):
                tail.insert(0, word)
                continue
            break
        while tail and tail[0].lower() in PARTICLES:
            tail.pop(0)
        name = " ".join(tail)
        if _whole_name(tail) and _is_name(name):
            return [name]
    return []


# Lower-case stems one of the event verbs holds: looked for with str.find, far cheaper than the patterns over a whole
# item; the patterns then run on the sentences around them only
_STEMS = ("quitt", "retir", "arriv", "rejoi", "réintèg", "revien", "regagn", "sort", "absent", "départ", "retour",
          "ne prend", "ne particip", "ne vot", "pas pris part", "pas particip", "abstien", "entre en séance", "prend place")


def _hits(low: str) -> list[int]:
    """Where the stems of event verbs stand in a lower-cased text."""
    out = []
    for stem in _STEMS:
        at = low.find(stem)
        while at >= 0:
            out.append(at)
            at = low.find(stem, at + 1)
    return sorted(out)


def _sentence_at(body: str, at: int) -> tuple[int, int]:
    """The span of the sentence of `body` around offset `at` (see SENTENCE_END, _LINE_BREAK)."""
    lo = max(0, at - SETTINGS.longest_sentence)
    hi = min(len(body), at + SETTINGS.longest_sentence)
    window = body[lo:hi]
    cuts = sorted({m.end() for m in SENTENCE_END.finditer(window)} | {m.end() for m in _LINE_BREAK.finditer(window)})
    start = max((c for c in cuts if c <= at - lo), default=0) + lo
    end = min((c for c in cuts if c > at - lo), default=hi - lo) + lo
    return start, end


def movements(doc: Document, seg: Segmentation) -> list[AttendanceChange]:
    """Who arrives, leaves, comes back or does not vote, in the treated items, tied to the item it applies to.

    An arrival naming its item ("arrive au point 3") applies from that item; an arrival, departure or return printed
    after the item's last vote ("Après le vote, M. X quitte la séance", "Mme X réintègre la séance" after the vote of
    the compte administratif) from the next item; not voting, to its item only.
    The person is read by rules; where they read none (a name in prose, without civility or capitals), the
    spaCy layer looks for the subject of the verb (`extractors.nlp`).
    """
    changes = []
    text = doc.text
    sections = list(seg.sections)
    for index, section in enumerate(sections):
        heading_end = text.find("\n", section.start, section.end)  # the heading line states nothing
        first = section.start if heading_end < 0 else heading_end + 1
        body = text[first:section.end]
        hits = _hits(body.lower())
        if not hits:
            continue
        vote_at = None
        done = -1
        for hit in hits:
            if hit < done:
                continue
            x, y = _sentence_at(body, hit)
            done = y
            sentence = body[x:y]
            if len(sentence) > SETTINGS.longest_sentence or not _ANY_EVENT.search(sentence):
                continue
            for change in _movement(doc, section, sentence, first + x):
                if vote_at is None:
                    vote_at = [m.start() for m in _VOTE_STATED.finditer(body)]
                if change.event != "not_voting" and change.from_item == section.item_number and (
                        _AFTER_VOTE.search(sentence) or (vote_at and x > vote_at[-1])):
                    if index + 1 >= len(sections):
                        continue  # leaving or coming back after the last vote changes no vote
                    change = dataclasses.replace(change, from_item=sections[index + 1].item_number)
                changes.append(change)
    return changes


def _movement(doc: Document, section, sentence: str, at: int) -> list[AttendanceChange]:
    """The changes one sentence of an item states, one a person (see _movements)."""
    for event, pattern in EVENTS:
        m = pattern.search(sentence)
        if not m or _NOT_A_MEMBER.search(sentence[max(0, m.start() - 30):m.end() + 40]):
            continue
        named_after = bool(regex.search(r"(?:de|d['’])\s*$", m.group(), regex.I))
        session = event == "not_voting" or bool(_SESSION_WORDS.search(sentence)) or bool(_LEAVES.search(sentence, m.start()))
        if not named_after and not session:
            continue  # "le projet part en consultation", "le contrat arrive à échéance": not a member
        first = _ANY_EVENT.search(sentence).start()
        people = _actors(sentence, m, first)
        if not people and session and nlp.enabled():
            # where the rules read no name but a capitalised word may be one: the spaCy layer's persons
            verb = (m.start(), m.end()) if named_after else (first, first + 1)
            if named_after:
                near = regex.match(r"\s*(\S+)", sentence[verb[1]:])  # the word after "Arrivée de"
            else:  # the word right before the verb, past an apposition: "Jean-Paul Martin, rapporteur, quitte"
                near = regex.search(r"(\S+)\s*(?:,[^,.;]{0,50},)?\s*$", sentence[max(0, verb[0] - SETTINGS.window):verb[0]])
            if near and _MAYBE_NAME.fullmatch(near.group(1).strip(",;:")):
                people = nlp.subjects(sentence, *verb, after=named_after)
        if not people:
            continue
        holder = None
        pm = HOLDER.search(sentence, m.end())
        if pm:
            holder = _person(sentence[pm.end():].split(")")[0])[1] or None
        item = section.item_number
        named = _ITEM_NAMED.search(sentence, m.end())
        if named and event in ("arrival", "return"):
            item = named["n"]
        note = sentence.strip(" \t\n-–•*")
        counts = {k: (int(c.group(1)) if (c := p.search(note)) else None) for k, p in CHANGE_COUNTS.items()}
        start = at + len(sentence) - len(sentence.lstrip(" \t\n-–•*"))
        return [AttendanceChange(item, item if event == "not_voting" else None, counts["members_present"], counts["proxies"],
                                 counts["votes_cast"], counts["absent"], note, doc.provenance(start, start + len(note)),
                                 person=person, event=event, holder=holder) for person in people]
    return []
