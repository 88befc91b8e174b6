"""Attendance at the opening of the session, and the proxies given at the opening.

How it reads, in three steps:

1. **Blocks.** The session's opening (`Segmentation.opening_end`, decided once by
   pipeline.segment.opening_end; outside the agenda and running headers) is cut into *virtual lines*:
   its lines, cut again where a label opens in the middle of a line ("… Président. Etaient
   présents : … VITRAY EN BEAUCE Absents : … Secrétaire de séance : …", minutes printed as
   one paragraph) and where a sentence ends. A labelled list ("Présents :", "Absents excusés :",
   "Pouvoirs :", "Assistaient :") runs from its label to the next label, a stop line (secretary,
   counts, agenda, prose) or a blank line. A group sub-label ("Titulaires :", "Mesdames et
   Messieurs les Conseillers municipaux :") keeps the status of the list it sits in.
2. **Tokens, then classes.** A list's text is cut into pieces at its separators (commas,
   semicolons, dashes, slashes, "&", "et", bullets, line ends where the list is one name a line,
   a civility opening the next name, a group prefix "Commune de X :"), and each piece is
   classified: a person (civility, name, function, substitute, proxy, status remark), a fragment
   of the neighbouring name (a compound cut by a spaced dash: "BROCA - LANNAUD Marie - Thérèse"),
   or something said of the previous person (a function, a status, a commune). A list is written
   in one style: where most names carry their own civility, a piece without one and in another
   shape ("ALLUYES" after "Mr Pierre BENOIT,") is the previous delegate's commune, not a member.
3. **Reconcile.** A member keeps the status of the list that names him; a proxy giver listed
   nowhere else is excused; givers and holders take the form the list prints ("pouvoir à M. le
   Maire" is the member listed as Maire, else the president). Counts printed beside the lists are
   read by `printed_counts` (the meeting extractor keeps them); when they disagree with the names,
   the checks say so: the parse is not forced to agree.

The per-question blocks found among the lists ("Questions 11 à 17 : …") and the arrivals and
departures stated in the items go to `attendance_changes` (`extractors/movements.py`).
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass

import regex

from extractors.movements import CHANGE_LABEL, MOVEMENT_LINE, counts_block, movements
from pipeline.french import (
    CIVILITY,
    COUNT_ONLY,
    INITIALS,
    NARRATIVE_START,
    PROXY_GIVEN,
    PROXY_GIVES,
    PROXY_VERB,
    SENTENCE_END,
    clean_name,
    fold,
    function_named,
    is_organisation_word,
    is_role_word,
    is_whole_name,
    mend_glued_words,
    name_tokens,
    normalise_person,
    read_name,
    same_person,
)
from pipeline.french import NAME_PARTICLES as PARTICLES
from pipeline.french import is_person_name as _is_name
from pipeline.french import is_surname_word as _is_caps
from pipeline.french import person_parts as _person
from pipeline.french.counts import BOX_LABELS, BRACKETED_COUNT, IN_OFFICE_LABEL
from pipeline.french.names import CIVILITY_WORD, TITLE_WORDS
from pipeline.french.session import (
    CONDUCT_PAST,
    CONDUCT_PRESENT,
    LINE_BULLET,
    ROLL_CALL,
    SECRETARY_DESIGNATED,
)
from pipeline.records import Attendance, Document, Extraction, Proxy, Segmentation


@dataclass(frozen=True)
class Settings:
    """Thresholds of the attendance reader."""

    civility_style_share: float = 0.6  # share of a list's names printed with their own civility: a "civility" list
    civility_style_min: int = 3  # ... counted on at least this many names
    whole_style_min: int = 5  # a list of whole names (given name and SURNAME): at least this many ...
    whole_style_share: float = 0.6  # ... making this share of its names, where a SURNAME alone is no member
    line_mode_max_words: int = 8  # one name a line: no line longer than this (brackets and commune aside)
    prose_min_lower: int = 3  # a line of prose: at least this many lower-case words ...
    prose_lower_share: float = 0.45  # ... making more than this share of its words
    prose_region: int = 3000  # a preamble with no list: the sentences naming those present are looked for in its first chars
    list_with_proxies_min: int = 5  # a line of at least this many names, a few said represented, goes on with its list
    assisted_min: int = 3  # "sous la présidence de X, assisté de …": at least this many names (a bureau, never one clerk)
    function_reach: int = 60  # after a name, the characters where its function is read ("…, conseillère", "– Directrice Générale")
    secretary_name_lines: int = 2  # lines below a secretary's label, empty after its colon, where the name is looked for
    presidency_reach: int = 40  # before the name of the one presiding, the characters where "présidence" is looked for
    names_paragraph_min: int = 2  # a paragraph of names going on with the list before it: at least this many names


SETTINGS = Settings()

# Markdown marks, kept as blanks so that offsets stay those of the document: "#### Pouvoirs :", "**Présents :**"
_MARKUP = regex.compile(r"^\s*#{1,6}\s|\*\*|__")

_INCL = r"(?:e|\(e\))?(?:s|\(s\)|\(es\))?(?:\((?:e|es)\))?(?:\((?:e|s|es)(?:\s*/\s*(?:e|s|es))+\))?"  # inclusive endings: "Présent(e)s",
# "Excusé(e)s", "Absents", "présents(es)", "Absent(s/es) excusé(s/es)"


def _unaccented(pattern: str) -> str:
    """Let a label's "é" match an unaccented "E", as capitals often print it: "PRESENTS", "ABSENTS EXCUSES"."""
    return pattern.replace("é", "[ée]")


# "Étaient absents excusés :", "Les membres présents sont :" (the article of a sentence, its verb after the status)
_WERE = r"(?:(?:étaient|etaient|était|etait|sont|est|les)\s+(?:\((?:étaient|etaient|sont)\)\s+)?)?"  # ("Etait (étaient) absent(s)")
# Who the list names, before its status: "Conseillers municipaux présents :", "Membres du conseil présents :",
# "Délégués communautaires absents :", "Délégués titulaires présents :", "Élus présents :", "Membres titulaires absents"
_WHO = (r"(?:(?:membres?|conseill(?:ers?|ères?)|élus?|délégués?)(?:\s+(?:municipaux|communautaires|syndicaux|titulaires|suppléants"
        r"|du\s+(?:conseil|bureau|comité)(?:\s+(?:municipal|communautaire|syndical))?))?\s+)?")
# Between two status words: "Absents excusés", "ABSENTS - EXCUSES", "absents, excusés", "absents ou excusés", "Etaient absents
# et excusés" (a list of both where the minutes do not say who was excused: the annotators read the label's "excusés")
_THEN = r"(?:\s*[-–,/]\s*|\s+ou\s+|\s+et\s+|\s+)"
_DASH = r"|[ \t]+[-–—](?:[ \t]+|[ \t]*$)"  # "Présents – M. X", "Etaient présents –" alone on its line (not for the invited:
# "Services – Rapport annuel" is a title)
_COUNT = r"[ \t]*(?:\(\s*\d+(?:\s*/\s*\d+)?\s*\)|\[\s*\d+\s*\])?[ \t]*"  # a count after the label: "Présents (12) :", "Présents (12/15) :"
# a count of members closing the label's line, the names on the next lines: "Etaient présents, 6 conseillers sur 7",
# "Etait (étaient) absent(s), 1 conseiller(s) sur 7", "Présents : 12 membres"
_COUNTED_LINE = (r"[ \t]*[,:]?[ \t]*(?P<n>\d{1,3})[ \t]+(?:conseill|membre|délégué|élu)\p{L}*(?:\(e?s\))?"
                 r"(?:[ \t]+(?:sur|en\s+exercice\s+sur)[ \t]+(?P<of>\d{1,3}))?[ \t]*[.:]?[ \t]*$")

# The labels of the lists: (status, pattern). "group" keeps the status of the list it is printed in.
# "represented": excused members whose proxies the list gives; "proxy": a list of proxies.
LABEL_TABLE: tuple[tuple[str, str], ...] = (
    # "Absents représentés : X par Y", "Absent excusé représenté : X par Y"
    # "Est absente et représentée : X par Y"
    ("represented", rf"{_WERE}{_WHO}absent{_INCL}\s+(?:(?:et\s+)?excusé{_INCL}\s+)?(?:et\s+)?représenté{_INCL}(?:\s+par\s+(?:procuration|pouvoir)s?)?"),
    # "Excusés et représentés : M. X par M. Y", "Excusés représentés :"
    ("represented", rf"{_WERE}{_WHO}excusé{_INCL}\s+(?:et\s+)?représenté{_INCL}"),
    # "Absents ayant donné pouvoir : M. X à M. Y", "Excusés ayant donné procuration : X à Y", "Absents ayant donné procuration à :",
    # a sentence's verb in the past: "Avaient donné procuration : Mme X à Mme Y", "Ont donné pouvoir : X à Y", one proxy:
    # "Avait donné pouvoir : Madame X (Commune A) à Monsieur Y (Commune B)"
    ("represented", rf"{_WERE}{_WHO}(?:absent{_INCL}{_THEN})?(?:excusé{_INCL}\s+)?(?:et\s+)?(?:ayant|(?:qui\s+)?(?:ont|avaient|avait))\s+donné\s+(?:un\s+|leur\s+)?(?:pouvoir|procuration)(?:\(?s\)?)?"),
    # "Excusé(e)s avec pouvoir : X (à Y)", "EXCUSES AVEC POUVOIR : Mr X à Mme Y", "Absents avec procuration :"
    ("represented", rf"{_WERE}{_WHO}(?:absent{_INCL}{_THEN})?(?:excusé{_INCL}|absent{_INCL})\s+avec\s+(?:pouvoir|procuration)s?"),
    # "Absents excusés :", "ABSENTS - EXCUSES :", "Membres titulaires absents, excusés :"
    ("excused", rf"{_WERE}{_WHO}absent{_INCL}{_THEN}excusé{_INCL}"),
    # the other order: "Etaient excusés/absents :", "Excusés - absents :", "Excusés ou absents :"
    ("excused", rf"{_WERE}{_WHO}excusé{_INCL}(?:\s*[-–,/]\s*|\s+ou\s+|\s+et\s+)absent{_INCL}"),
    # "Absents :", "Absents non excusés :"; a list of both, "Absents et absent(s) excusé(s) :", does not say who was excused:
    # absent (but "Absents et excusés :" is read as "Absents excusés", see _THEN)
    # the noun: "Absence excusée :", "Absences excusées :"
    ("excused", r"absences?\s+excusées?"),
    ("absent", rf"{_WERE}{_WHO}absent{_INCL}(?:\s+non\s+excusé{_INCL}|\s+et\s+(?:absent{_INCL}\s+)?excusé{_INCL})?|absences?(?:\s+non\s+excusées?)?"),
    # "Non excusé : Mathieu (pas de pouvoir donné)", "Non excusés :"
    ("absent", rf"non\s+excusé{_INCL}"),
    ("excused", rf"{_WERE}{_WHO}excusé{_INCL}"),
    # "Présents avec voix délibérative :", "(48) présent(e)s avec droit de vote formant le quorum CAPV : X (Andilly)"
    ("present", rf"{_WERE}{_WHO}(?:titulaires\s+|suppléant{_INCL}\s+)?présent{_INCL}(?:\s+avec\s+(?:droit\s+de\s+vote|voix\s+délibérative))?"),
    # "Etaient suppléés : X par Y, Z par W", "Titulaires remplacés : X par Y", "Etaient représentés par leur suppléant : X par
    # Y": the members a substitute sat for (sydetom66; the list of "Délégués suppléés" in minutes of syndicates): X excused,
    # Y present for X (never a proxy)
    ("replaced", rf"{_WERE}{_WHO}(?:titulaires\s+)?(?:suppléé{_INCL}|remplacé{_INCL}|représenté{_INCL}(?=\s+par\s+(?:leurs?|son|sa)\s+suppléant))"
                 rf"(?:\s+par(?:\s+(?:leurs?|son|sa)\s+suppléant{_INCL})?)?"),
    # "Pouvoirs :", "Procuration(s) :", "Représentés :", "Délégués représentés par pouvoir :", "Pouvoirs donnés :"
    ("proxy", rf"pouvoir{_INCL}|procuration{_INCL}|{_WERE}{_WHO}représenté{_INCL}(?:\s+par\s+(?:pouvoir|procuration)s?)?|(?:pouvoirs|procurations)\s+donné{_INCL}"
              # "Mandats :", "Délégations de vote :", "Pouvoirs de vote :"
              # (never a contract's title: "Mandat de gestion :", "Mandat d'études :")
              rf"|mandat{_INCL}(?!\s+(?:de|du|des|d['’]))|délégations?\s+de\s+vote|(?:pouvoir|procuration)s?\s+de\s+vote"),
    # "Suppléants : M. X (suppléant de M. Y)", "Membres suppléants avec voix délibérative :": substitutes sit as members
    ("present", rf"{_WHO}suppléant{_INCL}"),
    # "Titulaires :", "Membres titulaires :", "Mesdames et Messieurs les Conseillers Municipaux :" (the status of the list around)
    ("group", rf"{_WHO}titulaires|(?:mesdames|messieurs|mmes|mm\.?)(?:\s+et\s+(?:mesdames|messieurs|mmes|mm\.?))?\s+les\s+(?:conseill|délégu|membres|élus)\p{{L}}*(?:\s+\p{{L}}+){{0,3}}"),
    # "Participaient également : M. X, DGS", "En présence de : M. X", "Assiste à la séance : M. X",
    # "Assistaient également à la réunion : …", "Invités :", "Personnel :", "Également présents :"
    ("invited", r"(?:assist|particip)(?:ai(?:en)?t|e(?:nt)?)(?:\s+également)?(?:\s+[^:\n]{0,40}?)?|en\s+présence\s+de|" + _WERE + r"invité(?:e)?s?(?:\s+permanente?s?)?|(?:(?:étaient|était|sont|est)\s+)?également\s+présent" + _INCL
     + r"|(?:autres\s+)?personnes\s+présentes|(?:personnel|agents?|services?)(?:\s+présent" + _INCL + r")?"
     # round eight b: "Présence hors membres du conseil :", "Hors conseil :", "Personnes extérieures :", "Ont également
     # assisté :", "A participé à la séance :", "Autres participants :", "Participants extérieurs :"
     + r"|(?:présences?\s+)?hors\s+(?:membres|conseil|assemblée)|personnes?\s+(?:extérieure|invitée)s?"
     + r"|(?:ont|a|avaient|avait)\s+(?:également\s+|aussi\s+)?(?:assisté|participé)|(?:autres\s+)?participants?(?:\s+extérieurs?)?"),
)
# A label at a line's start without its colon, followed by a civility and a capitalised name, or "Mesdames et Messieurs"
_BARE_START = (r"|[ \t]+(?=(?-i:(?:Mesdames|Messieurs|Mmes|MM\.?)(?:\s+et\s+(?:Mesdames|Messieurs|Mmes|MM\.?))?\s+\p{Lu}"
               r"|(?:M\.|Mme|Monsieur|Madame)\s+\p{Lu}[\p{Lu}\p{Ll}'’-]+))")
# At the start of a line: the label, then ":" or the end of the line (words may stand before the colon:
# "Étaient présents Mesdames et Messieurs :"; never "Présentation : ..."); a dash in place of the colon
LABELS: tuple[tuple[str, regex.Pattern], ...] = tuple(
    (status, regex.compile(
        rf"{LINE_BULLET}(?P<label>{_unaccented(pattern)})(?![\p{{L}}])(?:(?:[ \t]+[^:\n\d]{{0,60}}?)?(?:[ \t]*\([^():\n\d]{{0,90}}\))?{_COUNT}:|{_COUNT}$|{_COUNTED_LINE}"
        rf"{'' if status in ('invited', 'group') else _DASH}"
        # no colon, the names right after the label: "Étaient présents Mesdames et Messieurs Paul DURAND, …"
        rf"{'' if status in ('invited', 'group', 'replaced') else _BARE_START})\s*", regex.I))
    for status, pattern in LABEL_TABLE
)
# A label printed in the middle of a line, always with its colon: "… Président. Etaient présents : …",
# "… VITRAY EN BEAUCE Absents : Mme X", "ZAGO Jean-Pierre. ABSENTS - EXCUSES : …"
MID_LABELS: tuple[tuple[str, regex.Pattern], ...] = tuple(
    (status, regex.compile(rf"(?P<label>{_unaccented(pattern)})(?![\p{{L}}])(?:[ \t]+(?:(?!(?-i:M\.|Mme|Mr|MM|Monsieur|Madame)\b)[^:\n\d().;,]){{0,40}}?)?{_COUNT}:\s*", regex.I))
    for status, pattern in LABEL_TABLE
)
# A label without its colon in the middle of a line, written with a capital and followed by a name (minutes whose line
# ends were lost, the page run into one paragraph): "… 26 MARS 2013 Présents Jean-Paul DURAND, Maire ; …",
# "… Conseillers Municipaux. Absents représentés par procuration Alain ROUX à Paul DURAND …"; the name: a civility,
# Given SURNAME, or SURNAME Given
_NAME_AHEAD = (r"(?-i:(?:M\.|Mme|Mmes|MM\.|Mr|Monsieur|Madame|Messieurs|Mesdames|monsieur|madame|messieurs|mesdames)\s+\p{Lu}"
               r"|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}|\p{Lu}{2,}[\p{Lu}'’-]*\s+\p{Lu}\p{Ll}"
               # an initial and a surname, two in a row: "Excusé(e)s S. Cassagne, L. Bourbon", "Présent(e)s C. Montin, Président,"
               r"|\p{Lu}\.(?:-?\p{Lu}\.)?\s\p{Lu}\p{Ll}+,\s+(?:\p{Lu}\p{Ll}+,\s+)?\p{Lu}\.)")
BARE_MID_LABELS: tuple[tuple[str, regex.Pattern], ...] = tuple(
    (status, regex.compile(rf"(?-i:(?=\p{{Lu}}))(?P<label>{_unaccented(pattern)})[ \t]+(?={_NAME_AHEAD})", regex.I))
    for status, pattern in LABEL_TABLE if status in ("present", "absent", "excused", "represented", "proxy")
)
_BARE_HINT = regex.compile(r"(?<![\p{L}])(?:Pr[ée]sent|PR[ÉE]SENT|Absent|ABSENT|Excus|EXCUS|Pouvoir|POUVOIR|Procuration|PROCURATION|Repr[ée]sent|REPR[ÉE]SENT)")
# A stop label in the middle of a line: "… LEBALC'H. Secrétaire de séance : Mme X Date de la convocation : …",
# "Thérèse Ordre du jour : - Approbation", "Conseillers en exercice : 33 - Présents : 29"
MID_STOP = regex.compile(
    r"(?:(?:[ée]lection|d[ée]signation|nomination)\s+du\s+)?(?:secr[ée]taire|secr[ée]tariat)(?:\s+de\s+(?:la\s+)?s[ée]ance)?|ordre\s+du\s+jour|date\s+de\s+(?:la\s+)?convocation"
    rf"|{IN_OFFICE_LABEL}|votants|quorum|majorité\s+absolue"
    # the public: "Auditeurs présents : 63", "Public : 12 personnes"
    r"|(?:auditeurs|public)(?:\s+présents)?",
    regex.I,
)
# A heading run into the line after the lists, without its colon: "… BARMES Pierre Auditeurs présents : 63 Ordre du jour 1. 2."
# (capitalised: "l'ordre du jour" in a sentence is prose)
_MID_HEADING = regex.compile(r"(?-i:Ordre\s+du\s+jour|ORDRE\s+DU\s+JOUR)(?![\p{L}])")
_MID_COLON = regex.compile(r"[^:\n]{0,12}:")
# Words that may open a label in the middle of a line (a cheap test before the label patterns)
_MID_TRIGGER = regex.compile(
    r"(?<![\p{L}'’])(?:auditeurs|public|le\s+nombre|étaient|etaient|était|etait|sont|membres|conseill|élus|délégués|titulaires|présent|present|absent|excus|pouvoir"
    r"|procuration|représent|represent|assist|particip|invit|en\s+présence|également|suppléant|secr[ée]ta|ordre|date|nombre"
    r"|en\s+exercice|votants|quorum|majorit|mesdames|messieurs|personnel|[ée]lection\s+du|d[ée]signation\s+du|nomination\s+du)",
    regex.I,
)
# The subject of a sentence of the session's narrative: a civility or none, a name in capitals, a function between commas
_NARRATIVE_SUBJECT = (r"(?-i:(?:(?:Monsieur|Madame|M\.|Mme|Mr)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{Lu}'’-]{1,}"
                      r"(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?)(?:\s*,[^,\n]{1,60},)?")
# Finite verbs of the session's conduct (pipeline.french.session.SESSION_CONDUCT, never "présente", "donne", "remplace")
_CONDUCT_VERB = rf"(?-i:{CONDUCT_PRESENT})\b"
# ... the same in the past: "a procédé", "a constaté", "a ouvert la séance"
_CONDUCT_PAST = rf"(?-i:a\s+(?:{CONDUCT_PAST}))\b"
# Who conducts the session, named by a pronoun or a function, or a civility before a name in small letters: "Il procède",
# "Le Maire constate", "La présidente sortante accueille", "Le doyen d'âge a procédé", "Le plus âgé des membres présents
# procède", "Madame Anne Le Guen procède"
_CONDUCT_SUBJECT = (rf"(?:(?-i:Il|Elle)|(?:{CIVILITY_WORD}\s+)?(?:le|la)\s+(?:maire|pr[ée]sidente?(?:\s+sortante?)?"
                    r"|doyenn?e?(?:\s+d['’]\s*[âa]ge)?|secr[ée]taire(?:\s+de\s+s[ée]ance)?|plus\s+[âa]g[ée]e?(?:\s+des\s+membres(?:\s+présents)?)?"
                    rf"|plus\s+jeune)|(?-i:{CIVILITY_WORD}\s+\p{{Lu}}\p{{Ll}}+(?:[\s-]+\p{{Lu}}\p{{Ll}}*){{1,3}}))")
# Lines that end a list: "Secrétaire de séance : ...", "Ordre du jour", "Nombre de membres en exercice : 40",
# "Le quorum est atteint", "Quorum atteint avec 11 élus", "Pour : 17", "Public : 3 personnes", "________",
# "Formant la majorité des membres en exercice.", "Lesquels forment la majorité...", "Nota : …"
STOP = regex.compile(
    r"^\s*(?:(?:(?:[ée]lection|d[ée]signation|nomination)\s+du\s+)?secr[ée]taire|secr[ée]tariat|(?:formant|lesquels\s+forment|formant\s+ainsi|soit)\s+la\s+majorit[ée]|la\s+majorit[ée]\s+absolue|ordre\s+du\s+jour|nombre\s+(?:de|d['’])|(?:le\s+|la\s+)?quorum|date\s+de\s+la\s+convocation"
    r"|(?:la\s+)?séance|(?:monsieur|madame)\s+le\s+(?:maire|président)|(?:le|la)\s+président|en\s+exercice|votants?\b"
    r"|pour\s*:|contre\s*:|abstentions?\s*:|suffrages|l['’]an\s|public\b|auditeurs\b|presse\b|nota\b|n\.\s?b\.|[-_=*~. ]{3,}$"
    # the header lines and titles that follow the lists: "Date d'affichage : 15/01/2024", "Convocation du 10 janvier",
    # "Heure d'ouverture : 18h30", "Début de séance : 18h30", "Lieu : Salle du conseil", "Objet : Budget",
    # "Approbation du procès-verbal", "COMPTE RENDU DE LA SÉANCE", "DÉLIBÉRATIONS", "Publié le 20/01/2024"
    r"|date\b|convocation|heure\b|d[ée]but\b|ouverture\b|lieu\s*:|objet\s*:|approbation\b|compte[\s-]+rendu|proc[èe]s[\s-]+verbal"
    r"|d[ée]lib[ée]rations?\b|d[ée]cisions?\b|informations?\b|questions?\s+diverses|affaires\s+(?:diverses|g[ée]n[ée]rales)"
    # a deliberation's number, a recital: "Dél. 486", "Dél. n° 2009-12", "VU" / "Vu le code"
    r"|d[ée]l\.\s*(?:n\s*°\s*)?\d|vu\s*$|vu\s+(?:le|la|les|l['’])\s"
    r"|publi[ée]e?\b|affich[ée]e?\b|conseil\s+(?:municipal|communautaire|syndical)\b"
    # "M. le Maire ouvre la séance.", "Mme la Présidente ouvre la séance", "Sous la présidence de M. X",
    # a word then a number: "Le 12 janvier 2024", "Soit 15 présents et 2 pouvoirs", "Page 1 sur 12"
    r"|(?:m\.|mme|monsieur|madame)\s+(?:le|la)\s+(?:maire|pr[ée]sidente?)\s+\p{Ll}|sous\s+la\s+pr[ée]sidence|\p{L}+\s+\d"
    # "Ainsi que : M. X (Commune)": others at the session after a list of proxies, never the proxies' givers
    r"|ainsi\s+que\s*:"
    # the one presiding and the members counted, labels of a header: "Président de séance : Paul X, Maire", "Effectif valable :
    # 10 + 5 procurations /15"
    r"|pr[ée]sidente?\s+de\s+(?:la\s+)?s[ée]ance\b|effectifs?\b"
    # the secretary's designation as a sentence, the lists before it: "M. LEPAGE Michel a été nommé Secrétaire de séance.",
    # "Mme Anne ROUX est désignée comme secrétaire", "Le conseil a désigné Madame X comme secrétaire de séance"
    r"|[^\n:]{0,80}?(?:\s(?:a\s+été|est|ont\s+été|sont)\s+(?:nommée?s?|désignée?s?|élue?s?)|\sa\s+(?:nommé|désigné|élu))\s[^\n:]{0,60}?secr[ée]taire"
    # ... the verb first: "Est nommé secrétaire, Mr X" (_SECRETARY_RUN_IN)
    rf"|(?:est|a\s+été|sont|ont\s+été){SECRETARY_DESIGNATED}secr[ée]taire"
    # the session's narrative, a person then a finite verb of its conduct (o10 Bertranges "Madame Loren JAOUEN procède à l’appel
    # des membres.", "Monsieur Henri VALES, Président sortant, accueille les membres"): after it, no list goes on
    rf"|{_NARRATIVE_SUBJECT}\s+{_CONDUCT_VERB}"
    # ... any subject, a pronoun or a function, the verb in the present or the past (round eight: a line with a finite verb of
    # the session's conduct ends any list, "Il procède à l'installation", "Le doyen d'âge a procédé à l'appel.")
    rf"|{_CONDUCT_SUBJECT}(?:\s*,[^,\n]{{1,60}},)?\s+(?:{_CONDUCT_VERB}|{_CONDUCT_PAST})"
    rf"|{_NARRATIVE_SUBJECT}\s+{_CONDUCT_PAST})",
    regex.I,
)
# A name, then its status after a colon: "Maryline : absente non excusée", "M. Paul DURAND : excusé"
STATUS_AFTER = regex.compile(
    r"^\s*(?P<names>\p{Lu}[^:()\n]{0,80}?)\s*:\s*(?P<status>(?:absente?s?|excusée?s?|présente?s?)(?:\s+(?:et\s+)?(?:non\s+)?(?:excusée?s?|représentée?s?))?)\s*[.;]?\s*$",
    regex.I,
)
# One member said excused in a sentence of his own, a proxy maybe after it: "M. Luc X, absent excusé avec procuration à M.
# Paul Y.", "Mme Léa Z absente excusée avec procuration", "M. X est absent excusé et donne pouvoir à M. Y", "Mme W, excusée,
# pouvoir à M. Y" (it outweighs a list of those present naming him: one says so of a member who did not sit)
SAID_EXCUSED = regex.compile(
    r"^\s*(?P<who>(?-i:(?:(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Mr)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}))"
    r"\s*,?\s+(?:est\s+|était\s+|etait\s+)?(?:absente?\s+(?:et\s+)?)?excusée?(?![\p{L}])"
    r"(?P<rest>\s*[.;]?\s*$|\s*,?\s*(?:avec|ayant\s+donné|et\s+donne|qui\s+donne|et\s+a\s+donné|donne|a\s+donné)?\s*(?:son\s+|un\s+)?"
    r"(?:pouvoir|procuration)[^\n]*$)",
    regex.I,
)
# A bullet opening an entry: "- Monsieur Jean-Jacques CARRETERO à ...", "• M. Pierre MAISONNAT", " Madame Dolorès HUDO"
# (a symbol font's bullet, in the private use area); a list's number before a name: "1. Mme Agnès LUCAS", "2) DURAND Paul"
BULLET = regex.compile(r"^\s*(?:[-–•▪◦●*]\s+|[\p{Co}➢➤►▸✓✔■□]\s*|\d{1,3}[.)]\s+(?=\p{Lu}))")
# Separators between names: "M. Jérôme BERNARD, Mme Danielle RAMERINI", "Paul LE BIHAN - Eric ROBERT",
# "KERGOAT – Gaël CORNEC", "Mme Victoria BRIELLE et Mme Samantha CORVIONE", "A ; B", "Anne-Marie (…) / Marielle",
# "David & Adeline", "TOUSSAINT/ M Hervé VAXELAIRE", "DURAND /Mme PETIT" (a slash glued to one name; glued to both it
# joins a married name's two SURNAMES: "Mme HAMEL/BRUN"),
# "- Lionel DEBELLE- Francis BORDERIEUX" (a bullet glued to the name before it),
# (but "Jean- Claude COULON": a given name cut after its hyphen, a given name after it, is one name; nor "MA- RANGONI",
# "MAGNIN- LAMBERT": a run of capitals cut at a line's end, see french.mend_line_breaks)
# "Denis JUVIN « Muriel NIGGEL" (OCR reads a dash or a bullet as an opening guillemet that nothing closes);
# "M. Jean DUPONT Mme Anne MARTIN", "ALLUYES Mr Pierre BENOIT" (a civility after a capitalised word opens the next name),
# but not after a word opening a proxy: "De M. Paul DURAND à M. Jean DUPONT"
# (written out, a civility may be in small letters: "monsieur Stéphane LOTTIN à madame Béatrice BASQUIN madame Brigitte BROGLIE")
_CIVILITY_AHEAD = r"(?:M\.|Mme\.?|Mlle\.?|MM\.|Mmes|Mrs\.?|Mr\.?|MR\.?|MME|Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|MONSIEUR|MADAME|monsieur|madame|mademoiselle)\s+\p{Lu}"
SEPARATOR = regex.compile(
    r"\s*[,;]\s*(?:et\s+(?=\p{Lu}))?|\s+[-–—]+(?:\s+[-–—]+)*\s+|(?<=\p{L})\s+«\s+(?=\p{Lu}[^»\n]*(?:\n|$))|(?<=\p{L}|(?:^|\s)\p{Lu}\.)(?<!(?:^|[^\p{L}])\p{Lu}\p{Ll}+(?=[-–]\s+\p{Lu}\p{Ll}))(?<!(?:^|[^\p{L}'’-])\p{Lu}[\p{Lu}'’]*(?=[-–][ \t]+\p{Lu}[\p{Lu}'’]+(?![\p{Ll}'’-])))[-–]\s+(?=\p{Lu})|\s+/\s+|(?:^|\n)\s*/\s+|(?<=\p{L}\.?)/[ \t]+(?=\p{Lu})|(?<=\p{L}\.?)[ \t]+/(?=\p{Lu})|\s*&\s*|\s+et\s+(?=\p{Lu}|de\s+\p{Lu}|d['’]\s*\p{Lu}|(?:messieurs|mesdames|monsieur|madame)\s+\p{Lu})"
    rf"|(?<=(?-i:\p{{Lu}})[\p{{L}}'’.-]*)(?<!(?:^|\s)(?:De|Du|Des|Par|Pour))\s+(?={_CIVILITY_AHEAD})"
    # a group prefix in the run of a list: "… Chabal Commune de : Monsieur Boyer", "… Chassard Technique : Messieurs Vergnaud",
    # in small letters as running text prints it: "… madame Anne ROUX pour la commune de BOURG : monsieur Paul DURAND"
    r"|\s+(?=(?:Pour\s+la\s+)?(?:Commune|Ville|Mairie)\s+d(?:e\b|['’])[^:,;()\n]{0,40}:\s*\S|pour\s+la\s+commune\s+d(?:e\b|['’])[^:,;()\n]{0,40}:\s*\S)"
    r"|(?<!(?:^|\s)(?i:de|d['’]|du|des|la|le|les|pour))(?<!\p{Lu}{2}(?:\s+\p{Lu}\p{Ll}+){1,3})\s+(?=\p{Lu}\p{Ll}+\s*:\s*\S)"
    # ... a commune of several words after a SURNAME: "… Jean Pierre VOUTERS Civry la Forêt : Pascal HAYE – …",
    # "Roland FONTAINE Flins Neuve Eglise : Richard GAUDIER"
    r"|(?<=\p{Lu}{2})\s+(?=\p{Lu}\p{Ll}+(?:(?:\s+|-)(?:\p{Lu}\p{Ll}+|la|le|les|de|du|des|sur|sous|en|aux?|lès|l['’]\p{Lu}\p{Ll}+|d['’]\p{Lu}\p{Ll}+)){1,4}\s*:\s*\S)"
    # a bracket closing one entry, the next name after it with no separator (a page that lost its line ends):
    # "Martine DURAND (pouvoir à MC PETIT) André NOEL (pouvoir à A MARTIN)", "Cécile DUBOIS (Ecouen). CARPF : Tony FIDAN"
    r"|(?<=\)\.?)\s+(?=\p{Lu})"
    # "Et" opening a sentence that adds a name to the list: "… à C et D. Et Marcel LORTHIOIR (arrivé au point 3)"
    r"|\s+(?:Et|ET)\s+(?=(?:M\.|Mme|Monsieur|Madame)?\s*\p{Lu}\p{Ll}+\s+\p{Lu}{2,})"
    # "ET" in capitals between two names of a list printed in capitals: "DUPONT Jean ET MARTIN Anne", "M. DURAND ET Mme PETIT"
    r"|(?<=\p{L}\.?)\s+ET\s+(?=(?:M\.|Mme|Monsieur|Madame|MM\.?|Mmes)?\s*\p{Lu}[\p{L}'’-]*(?:\s|$|[,;.]))"
    # a full stop after each SURNAME, a list of surnames written as sentences: "MM.BLANC. CHRISTOL. Mme VERNANT.
    # MM. STOFKOOPER.GOASGUEN.PADERI." (never after an initial, "PESENTI P.", nor a civility, "MM.", "MME.")
    # (never before the SURNAME's own initial, the dot between them: "BARRABES.M – MALDONADO A.", see mend_glued_words)
    r"|(?<=\p{Lu}{3})(?<!(?:^|[^\p{L}])(?:MME|MRS|MLLE))\.[ \t]*(?=\p{Lu})(?!\p{Lu}(?:[ \t]*[-–—,;]|[ \t]*$))"
    # a full stop after a given name, a civility without its dot opening the next entry: "… à M PERRIN Gérard. M BARRE
    # Gérard a donné pouvoir à …" (sentences of proxies run into a list by the text layer)
    r"|(?<=\p{Lu}\p{Ll}{2,})\.[ \t]+(?=(?:M|Mme|Mr|MM|Mlle)\.?[ \t]+\p{Lu})"
    # an initial glued to the next SURNAME: "EKEL C.PEREZ" (not the civility of a proxy's holder: "pouvoir à M.ROUILLON")
    r"|(?<=\s\p{Lu}\.)(?<!(?:^|\s)(?:à|a|par)\s\p{Lu}\.)(?=\p{Lu}{3})"
    # the numbers of a numbered list run into one line: "1. DURAND Paul 2. ROUX Anne", a table's column of numbers
    # flattened apart from its names ("10. KORB Sylvie 11. 12. 13. BUSCHE Maurice …")
    r"|(?:^|\s+)(?:\d{1,3}\.(?:\s+|$))+(?=\p{Lu}|$)"
    # the commune a group of delegates sits for, in capitals after "pour", the next group's civility after it: "MM HENRION,
    # BRETON et Mme FLACELIERE pour AZAY LE RIDEAU  MM DURAND et P. ALLARD pour BREHEMONT  M. …", a bullet between the
    # groups (the commune is dropped)
    rf"|\s+pour\s+\p{{Lu}}[\p{{Lu}}'’ -]*?\p{{Lu}}(?:\s{{2,}}|\s*[.;]?\s*$|\s+(?:[\p{{Co}}•▪◦●►➢➤]\s+)?(?=(?:MM\.?|Mmes?|M\.|Mr|Monsieur|Madame|Messieurs|Mesdames)\s+\p{{Lu}}))"
    # a dash glued to the civility of the next name: "Mme ROUX –Mr GREFFOZ", or to the next whole name: "LAMOOT Julie -STAHL
    # Arlette", "Anne ROUX -Paul DURAND" (a SURNAME's second half alone, "BROCA -LANNAUD Marie", is mended with the fragments)
    rf"|\s+[-–—](?={_CIVILITY_AHEAD}|\p{{Lu}}{{2,}}[\p{{Lu}}'’]*\s+\p{{Lu}}\p{{Ll}}|\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}}{{2,}})"
    # a star glued to each entry, a bullet the text layer moved behind the name: "M. DUCRET* Mme ROBERT* M. GYSEL*"
    r"|(?<=\p{L}|\.)\*+(?:\s+|$)"
)
_DASHES = regex.compile(r"\s*[-–—]")
# A proxy written out: "M. Pierre MAISONNAT donne pouvoir à M. Jérôme BERNARD",
# "X a donné procuration à Y", "X ayant donné pouvoir à Y", "X pouvoir à Y", "X (procuration à Y)",
# "pouvoir donné à Adeline Texeira", "pouvoir donné Patrick" (the "à" left out), "X représenté par Y", "X (pouvoir de vote à Y)"
PROXY_WORDS = regex.compile(
    rf"\s*[(,:]?\s*(?:qui\s+)?{PROXY_GIVES}?\s*(?:son\s+|un\s+)?"
    # "pouvoir de voter en son nom à Y", "procuration remise à Y", "pouvoir : Y" (between brackets: "X (pouvoir : Y)")
    r"(?:pouvoir|procuration|délégation|mandat)(?:\s+écrit)?(?:\s+de\s+vote|\s+de\s+voter\s+en\s+son\s+nom)?(?:\s*:\s*(?=(?:M\.|Mme|Monsieur|Madame)?\s*\p{Lu}\p{L}*\s+\p{Lu})|\s+(?:(?:donnée?\s+|remise?\s+|confiée?\s+)?(?:à|a)\s+|donnée?\s+(?=(?:M\.|Mme|Monsieur|Madame|\p{Lu}))"
    # the "à" left out before a civility or an initial: "Mme Anne MARTIN, pouvoir F. DUPONT", "(procuration M. PETIT)"
    r"|(?=(?:M\.|Mme|Monsieur|Madame|\p{Lu}\.)\s*\p{Lu}|(?-i:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}))))"
    r"|\s*[(,]?\s*représentée?\s+par\s+(?!(?:son|sa|leur)\s+(?:suppl|rempla))"
    # a verb of handing over with its own object: "ayant délégué son vote à Y", "a remis sa voix à Y"
    rf"|\s*[(,]?\s*(?:qui\s+)?{PROXY_GIVES}\s+(?:son\s+vote|sa\s+voix)\s+(?:à|a)\s+"
    # the holder named as the giver's "mandataire": "X mandataire M. Y", "X, mandataire : Y", "X (mandataire : Y)", "X ayant
    # pour mandataire M. Y"
    r"|\s*[(,]?\s*(?:(?:ayant|a)\s+pour\s+|son\s+|sa\s+)?mandataire\s*:?\s+(?=(?:M\.|Mme|Mlle|Mr\.?|Monsieur|Madame)?\s*\p{Lu})",
    regex.I,
)
# A proxy named from its holder's side, at the end of the holder's entry: "M. Jean DUPONT (pouvoir de M. Paul DURAND)",
# "Mme Anne MARTIN (procuration de Mme Julie ROUX)", "M. Jean DUPONT porteur du pouvoir de M. Paul DURAND",
# "Mme Anne MARTIN porte le pouvoir de Mme Julie ROUX." (never "pouvoir de vote à ...": that one names the holder)
RECEIVED_PROXY = regex.compile(
    r"\s*\(\s*(?:a\s+reçu\s+|ayant\s+reçu\s+)?(?:le\s+|un\s+)?(?:pouvoir|procuration|mandat)\s+(?:de\s+|d['’]\s*)(?!vote\b)(?=\S)"
    r"|\s*,?\s+(?:porteur|porteuse|détenteur|détentrice)\s+d[eu]s?\s+(?:pouvoir|procuration|mandat)s?\s+(?:de\s+|d['’]\s*)(?=\S)"
    r"|\s*,?\s+(?:ayant\s+reçu|a\s+reçu|qui\s+a\s+reçu|porte|détient|a\s+le)\s+(?:le\s+|un\s+)?(?:pouvoir|procuration)\s+(?:de\s+|d['’]\s*)(?=\S)",
    regex.I,
)
# In a "Pouvoirs :" list, the holder alone between brackets: "M. Paul DURAND (à M. Jean DUPONT)"
_BRACKETED_HOLDER = regex.compile(r"\(\s*(?:donnée?\s+)?(?:à|a|=>|->|→)\s+([^()]+)\)?")  # ... "(donné à M. Jean DUPONT)"
# ... or with no "à": "Pouvoirs : Jean NOEL (Paul DURAND), Léa BLANC (Anne ROUX)" (a whole name, nothing else)
_BRACKETED_NAME = regex.compile(r"\(\s*(?P<who>(?:(?:M\.|Mme|Monsieur|Madame)\s+)?\p{Lu}[\p{L}'’ .-]{2,60}?)\s*\)")
# A given name and a surname in small letters: "Patrick Hérault", "Jean-Louis Ledeux", "Christine Baulouet-Chaintré"
_TITLE_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?")
# Words of a place's name, never of a person's: "(Saint Martin)", "(Civry sur Loir)", "(Montigny-lès-Metz)"
_PLACE_WORD = regex.compile(r"\b(?:Saint|Sainte|St|Ste|sur|sous|lès|lez|en|les|le|la)\b|-(?:sur|sous|lès|en|le|la)-")
# In a "Pouvoirs :" list the verb is often left out: "Madame Florence DEMOUY à Monsieur Michel LEBLANC",
# "Représentés : M. X par M. Y"
PROXY_BARE = regex.compile(r"\s+(?:à|a|par|=>|->|→)\s+(?=(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|\p{Lu}|(?:monsieur|madame|mademoiselle)\s+\p{Lu}))")
# In a list of the excused or absent, "à" then a civility and a name gives the proxy, the label not saying so:
# "EXCUSES AVEC POUVOIR : Mr Nicolas X à Mme Roselyne Y", "Absents excusés : M. X à Mme Y" (never "à Paris", "à 20 h")
# ... or an arrow, whatever follows it: "Absents excusés : Léa PETIT → Paul DURAND"
PROXY_TO_CIVILITY = regex.compile(r"\s+(?:à|a)\s+(?=(?:M\.|Mme|Mlle|Mr\.?|MM\.|Monsieur|Madame|Mademoiselle|monsieur|madame)\s*\p{Lu})"
                                  r"|\s*(?:=>|->|→)\s*(?=\p{Lu}|(?:monsieur|madame)\s+\p{Lu})")
# A substitute: "(suppléant de M. Philippe BÉCHERAS)", "(remplace ROQUE J.)", "suppléante de Mme X"
SUBSTITUTE = regex.compile(r"^\s*(?:suppl[ée]ant(?:e)?|rempla[çc]ant(?:e)?|repr[ée]sentant(?:e)?)\s+(?:de\s+|d['’]\s*)?|^\s*remplace\s+", regex.I)
# A member replaced by a substitute: "ALLAER Véronique remplacée par sa suppléante CASTAING Christelle",
# "M. Paul DURAND, représenté par son suppléant M. Luc PETIT", "ROQUE J. (remplacée par FOUQUET M.J.)",
# "ISOARD Françoise (Supplée par Mr BAYLE Roland)",
# "M. Jean DUPONT remplacé par son suppléant"
REPLACED = regex.compile(
    r"\s*[,(]?\s*(?:(?:remplacée?|suppl[ée]{1,2}e?)\s+par\s+(?:(?:son|sa|leur)\s+)?|représentée?\s+par\s+(?:son|sa|leur)\s+(?=(?:délégué|suppl|rempla)))"
    r"(?:(?:délégué(?:e)?\s+)?(?:suppl[ée]ante?|rempla[çc]ante?)s?\b\s*)?",
    regex.I)
# A substitute's member named after the substitute's name and brackets: "… (Dampierre) suppléant de M. Marc MOREL",
# "… en remplacement de Léa PETIT"
_SUBSTITUTE_AFTER = regex.compile(r"(?<=\s)(?:suppl[ée]ante?|rempla[çc]ante?|en\s+remplacement)\s+(?:de\s+|d['’]\s*)(?=\S)", regex.I)
# In a list of the members replaced ("Etaient suppléés :"), the substitute after "par": "Bernard AZEMA par Daniel ARMISEN"
_REPLACED_BY = regex.compile(r"\s+(?:par|=>|->|→)\s+(?=(?:M\.|Mme|Mr|Monsieur|Madame)?\s*\p{Lu})")
# A prefix naming the member's commune or group: "Commune de Chomérac : Monsieur Martin", "Flaviac : M. X",
# "Bureau d'Etudes Naldéo : Vincent Chassard", "Technique : Messieurs Vergnaud"
COMMUNE_PREFIX = regex.compile(r"^(?:(?:commune|ville|mairie|délégués?\s+de)\s+(?:de\s+|d['’]\s*)?)?[\p{L}'’ -]{2,50}:\s*(?=\S)", regex.I)
# Groups' headings in capitals one after the other, the first with no names: all but the last
_EMPTY_GROUPS = regex.compile(r"^(?:\p{Lu}[\p{Lu}'’ -]{2,50}:\s*)+(?=\p{Lu}[\p{Lu}'’ -]{2,50}:)")
# The minutes count no proxy ("Nombre de procurations : 0", "Pouvoirs : 0"), and never some
_NO_PROXY_COUNT = regex.compile(r"\b(?:procurations?|pouvoirs?)\s*:\s*0(?!\d)", regex.I)
_SOME_PROXY_COUNT = regex.compile(r"\b(?:procurations?|pouvoirs?)\s*:\s*(?:0*[1-9]\d?)(?!\d)", regex.I)
_REPRESENTED_BY = regex.compile(r"représentée?s?\s+par", regex.I)
_PROXY_NOUN = regex.compile(r"pouvoir|procuration|mandat", regex.I)
_LEADER_TO = regex.compile(r"(?<=\p{L})\s*(?:\.{4,}|…+\.*)\s*(?=(?:à|a)\s)")
# A proxy named by its giver first: "Pouvoir de M. X à M. Y", "Procuration de Mme Z à M. W"
# or with the label before the colon: "Procuration : de M. X à M. Y"
LEADING_PROXY = regex.compile(
    r"^\s*(?:pouvoirs?|procurations?)\s+(?:de\s+|d['’]\s*)|^\s*(?:de\s+|d['’]\s*)(?=(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s)",
    regex.I)
# In a list of proxies, the giver after "de" without a civility: "de Anne MARTIN à Luc PETIT" (a particle of a name
# elsewhere: "de MARNHAC Xavier" in a list of members keeps its "de")
_LEADING_DE = regex.compile(r"^\s*(?:et\s+)?(?:de\s+|d['’]\s*)(?=\p{Lu})")  # ... "…, et de PILON Caroline à JACQUES Pierre" (the last)
# A status after a name: "Mme Anne MARTIN, excusée", "M. Paul DURAND, absent"
STATUS_WORD = regex.compile(r"(?:excusée?s?|absente?s?)", regex.I)

PLURAL_CIVILITIES = {"Mmes", "MM."}
_ALLOWED_LOWER = {"pouvoir", "donné", "donnée", "donne", "procuration", "suppléant", "suppléante", "remplace",
                  "représenté", "représentée", "représentant", "ayant", "par", "qui", "son", "tant", "qu'invités",
                  "invités", "jusqu'à", "arrivée", "départ", "remplacée", "remplacé", "sur"}


@dataclass(frozen=True)
class _Span:
    """A piece of cleaned text and where each of its lines starts in the document."""

    text: str
    starts: tuple[int, ...]  # offsets in `text` where a line begins
    doc_starts: tuple[int, ...]  # the document offset of each such line start

    def doc_offset(self, i: int) -> int:
        k = max(0, bisect.bisect_right(self.starts, i) - 1)
        return self.doc_starts[k] + (i - self.starts[k])


@dataclass(frozen=True)
class _Entry:
    """One name read from a list, before it becomes an `Attendance`."""

    person: str
    civility: str | None
    status: str
    substitute_for: str | None
    role: str | None
    holder: str | None  # the proxy this person gave, if the list says so
    start: int
    end: int
    statement: tuple[int, int]  # span of the whole entry (for the proxy's provenance)
    received: tuple[str, str | None, int, int] | None = None  # (giver, civility, start, end) of a proxy this person holds
    holder_listed: bool = False  # a proxy only where the lists name its holder


# --------------------------------------------------------------------------------------------
# Virtual lines of the preamble
# --------------------------------------------------------------------------------------------


def _physical_lines(doc: Document, seg: Segmentation) -> list[tuple[str, int]]:
    """The lines of the session's opening (as the segmentation decided it: pipeline.segment.opening_end) as (cleaned
    text, document offset), outside running headers and the agenda.

    A list never runs across the agenda: where the agenda is skipped, an empty line stands for it.
    """
    end = seg.opening_end
    span = seg.agenda_span
    out: list[tuple[str, int]] = []
    in_agenda = False
    for line in doc.lines:
        if line.start >= end:
            break
        if span and span[0] <= line.start < span[1]:
            if not in_agenda:
                out.append(("", line.start))
            in_agenda = True
            continue
        in_agenda = False
        if line.boilerplate:
            continue
        text = _MARKUP.sub(lambda m: " " * len(m.group()), line.text)
        out.append((_blank_leader_counts(text), line.start))
    return out




# A count of a margin box the text layer ran into a line of names, with its dotted leader: "Sarah THOMAS, EN EXERCICE……….. 15
# Florence TOQUÉ", "de Florence VOTANTS……………. 15 TOQUÉ à …" (blanked inside a line; a line that opens with it is a count)
_LEADER_COUNT = regex.compile(
    rf"(?<![\p{{L}}])(?:en\s+exercice|{BOX_LABELS})"
    r"\s*(?:\.{3,}|…+\.*)[.…]*\s*\d{1,3}\b", regex.I)


# ... or with colons, a counts box interleaved line by line with a list of proxies and the text layer running both into
# one line: "Absents ayant donné procuration : Nbre de conseillers en exercice : 27 Présents : 17 Anne ROUX à Paul DURAND
# Procurations : 7 Léa PETIT à Luc NOEL Suffrages exprimés : 24 …" (never a count that opens the line, nor one alone: "Présents :
# 12 Absents : 2" stays a line of counts, read as such)
_BOX_COUNT = regex.compile(rf"(?<![\p{{L}}])(?:{IN_OFFICE_LABEL}|{BOX_LABELS})" r"\s*:\s*\d{1,3}(?![\d/.,:h])", regex.I)
# a proxy in the line: "Anne ROUX à Paul DURAND" (Given SURNAME, "à", Given)
_BOX_PROXY = regex.compile(r"(?-i:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*\s+\p{Lu}{2,}[\p{Lu}'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’-]*)*\s+à\s+\p{Lu}\p{Ll}+)")


def _blank_leader_counts(text: str) -> str:
    """A line with the counts of a margin box blanked where they interrupt it (offsets kept; see _LEADER_COUNT, _BOX_COUNT)."""
    if ":" in text and len(boxed := [m for m in _BOX_COUNT.finditer(text) if text[: m.start()].strip()]) >= 2 \
            and len(_BOX_PROXY.findall(text)) >= 2 and (label := _label(text)) and label[0] in ("proxy", "represented"):
        for m in boxed:
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    if "…" not in text and "..." not in text:
        return text
    return _LEADER_COUNT.sub(lambda m: m.group() if not m.string[: m.start()].strip() else " " * len(m.group()), text)


_ENTRY_SEPARATOR = regex.compile(r"\s[-–—]\s|[,;]\s")


def _depths(text: str) -> list[int]:
    """The bracket depth at each character. Brackets do not nest in a list: a bracket opened inside another that a
    separator went before was left unclosed, and closes at the last separator before it ("Martine X (pouvoir à Anne Y -
    Clément Z (pouvoir à Jacques W)", Saint-Maximin: two entries, the first bracket never closed)."""
    out, depth, opened = [], 0, -1
    for i, ch in enumerate(text):
        if ch == "(" and depth == 1 and opened >= 0:
            cuts = list(_ENTRY_SEPARATOR.finditer(text, opened, i))
            if cuts:
                cut = cuts[-1].start()
                out[cut:] = [0] * (len(out) - cut)
                depth = 0
        out.append(depth)
        if ch == "(":
            depth += 1
            opened = i
        elif ch == ")":
            depth = max(0, depth - 1)
    return out


# The secretary's designation run into the line after the lists, a sentence with no full stop before it: "… Mr MERLET, Mr
# PINEAU Est nommé secrétaire, Mr MARCHAIS AFFAIRES GENERALES …" (its verb capitalised, as a sentence opens)
_SECRETARY_RUN_IN = regex.compile(rf"(?<=\s)(?:Est|A\s+été|Sont|Ont\s+été){SECRETARY_DESIGNATED}(?i:secr[ée]taire)")


def _mid_cuts(text: str) -> list[int]:
    """Where a label (or a stop label) opens in the middle of a line, and where a sentence ends."""
    cuts: set[int] = {m.end() for m in SENTENCE_END.finditer(text)}
    if "secr" in text or "SECR" in text or "Secr" in text:
        cuts |= {m.start() for m in _SECRETARY_RUN_IN.finditer(text)}
    if ":" in text or _BARE_HINT.search(text):
        depth = None
        start = _label(text)
        covered = start[1] if start else 0  # the end of the last label found: its words open no other ("absents, excusés :")
        for m in _MID_TRIGGER.finditer(text):
            p = m.start()
            if p < covered or p == 0 or not (text[p - 1].isspace() or (text[p - 1] in "-–" and p > 1 and text[p - 2].isspace())):
                continue  # (a dash glued to the label: "Mr Rachid X -Absente: Mme Carole Y")
            before = text[:p].rstrip()
            if not before or not (before[-1] in ".;,:)]»\"!?–-" or text[p].isupper()):
                continue
            depth = depth or _depths(text)
            if depth[p]:
                continue
            label = _mid_label(text, p)
            stop = None if label else MID_STOP.match(text, p)
            if label or (stop and _MID_COLON.match(text, stop.end())) or _MID_HEADING.match(text, p):
                cuts.add(p)
                covered = label[1] if label else stop.end()
    return sorted(c for c in cuts if 0 < c < len(text))


_ETAIENT = regex.compile(r"(?i:[ée]taient)\s")  # (compiled once: `regex.match` with a string pays its cache's flags each call)


def _mid_label(text: str, p: int) -> tuple[str, int] | None:
    for status, pattern in MID_LABELS:
        m = pattern.match(text, p)
        if m:
            return status, m.end()
    if _BARE_HINT.match(text, p) or _ETAIENT.match(text[p:p + 9]):
        for status, pattern in BARE_MID_LABELS:
            m = pattern.match(text, p)
            if m:
                return status, m.end()
    return None


def _virtual_lines(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Lines cut where a label opens or a sentence ends inside them, as (text, document offset)."""
    out = []
    for text, offset in lines:
        cuts = _mid_cuts(text) if len(text) > 20 else []
        bounds = [0, *cuts, len(text)]
        for x, y in zip(bounds, bounds[1:], strict=False):
            out.append((text[x:y], offset + x))
    return out


# A one-word label with a letter OCR misread, at a line's start and with its colon: "Procutations :", "Pr€sents :",
# "Absenls :" (one substitution in a word of six letters or more; never a name: names carry no colon after one word)
MISREAD_LABELS: tuple[tuple[str, regex.Pattern], ...] = tuple(
    (status, regex.compile(rf"{LINE_BULLET}(?i:(?:{word}){{s<=1}})[ \t]*:\s*", regex.BESTMATCH))
    for status, word in (("proxy", "procurations?"), ("proxy", "pouvoirs"), ("present", "présents|presents"),
                         ("absent", "absents"), ("excused", "excusés|excuses"))
)


# A label as a sentence, the names after its colon at the line's end: "Etaient présent(e)s, sur convocation qui leur a été
# adressée conformément aux articles L 5211-1 et L 2121-10 du CGCT, les membres du Syndicat Mixte … :" (its verb first)
LONG_LABEL = regex.compile(
    r"^\s*(?:étaient|etaient|sont)\s+(?P<word>présent|present|absent|excusé|excuse)(?:e|s|es|\(e\)s?|\(e\)\(s\)|\(s\))?\s*,"
    r"[^:\n]{10,400}:\s*$", regex.I)
_LONG_STATUS = {"present": "present", "absent": "absent", "excuse": "excused"}


# A name next, its civility before it or not ("M. Paul X", "Paul X", "DURAND Paul")
_NAME_NEXT = rf"(?={CIVILITY_WORD}?\s*\p{{Lu}})"
# A count of members then the names after a second colon: "Nombre de conseillers présents : 10 : ARNAL René, CARRIE
# Catherine, …" (the count's label is the list's: present, excused, absent); "Présents : 10 : X, Y" (the count skipped)
_COUNTED_LABEL = regex.compile(
    LINE_BULLET + r"(?:nombre|nbre)\s+de\s+(?:conseillers|membres|délégués|élus)(?:\s+(?:municipaux|communautaires|syndicaux))?\s+"
    r"(?P<word>présent|present|excusé|excuse|absent)\p{L}*(?:\(e?s\))?\s*:\s*\d{1,3}\s*:\s*" + _NAME_NEXT, regex.I)
# ... the count over the members in office, in brackets or not, after the members' word or alone: "Étaient présents :
# Membres (36/72) : Martial X" (Euron Mortagne), "Présents : 12/15 : X", "Présents : (12 sur 15) : X"
_COUNT_THEN_COLON = regex.compile(r"(?:(?i:membres|conseillers|délégués|élus)\s*)?(?:\(\s*)?\d{1,3}(?:\s*(?:/|sur)\s*\d{1,3})?(?:\s*\))?"
                                  r"\s*:\s*" + _NAME_NEXT)


# Guests named in a sentence, no colon, the names right after its verb (Si4RPB: "Ont également assisté à cette réunion
# Messieurs A, B et C, représentant les communes de …"; invented: "Assistaient également à la séance Mme X", "A participé aux
# débats M. Y", "Étaient invités Mme Z et M. W")
GUEST_SENTENCE = regex.compile(
    r"^\s*(?:(?:ont|a|avaient|avait)\s+(?:également\s+|aussi\s+)?(?:assisté|participé)|(?:assist|particip)ai(?:en)?t(?:\s+également)?"
    r"|(?:étaient|etaient|sont|était|etait|est)\s+(?:également\s+)?invitée?s?)"
    r"(?:\s+(?:à|a)\s+(?:cette|la)\s+(?:réunion|séance)|\s+aux\s+débats|\s+à\s+la\s+réunion)?\s*,?\s+"
    r"(?=(?-i:Mesdames|Messieurs|Mmes|MM\.?|M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+\p{Lu})", regex.I)


# The verb of a sentence that ends a list, an open class: any word in small letters (or capitalised, a sentence opening on
# it) followed by a determiner and a noun in small letters, a verb and its object: "… Stéphanie Formant la majorité des
# membres", "…, représentant les communes de X, Y.", "M. Claude X, doyen d'âge, prend la présidence de la séance",
# "… déclare la séance ouverte", "constate le quorum", "ouvre l'assemblée"; never a preposition before its noun ("pour la
# commune de", "chargée de la communication", "délégué à la voirie": no determiner right after the word), nor a proxy's
# object ("a donné son pouvoir", "délègue sa voix"), nor inside brackets; and only where no civility follows it on the
# line (a clause inside the list, "M. X, présidant la séance, Mme Y", leaves the list going on)
_SENTENCE_VERB = regex.compile(
    r"(?<![\p{L}'’.-])(?P<verb>(?-i:\p{Lu}\p{Ll}{2,}|\p{Ll}{3,}))(?<!\b(?i:pour|dans|sur|sous|avec|par|vers|chez|entre|après|avant|selon|contre"
    r"|depuis|pendant|sans|hors|et|ou|mais|dont|que|qui|pouvoir|procuration|excusée?s?|absente?s?|présente?s?|sauf|outre))"
    r"\s+(?:(?-i:la|le|les|un|une|son|sa|ses|leurs?|ce|cet|cette|ces)\s+|(?-i:l)['’]\s*)"
    r"(?!(?i:pouvoir|procuration|vote|voix|mandat|délégation|suppléante?|remplaçante?)\b)(?-i:\p{Ll}{2,})")
_SUBJECT_LINE = regex.compile(rf"\s*{_NARRATIVE_SUBJECT}\s*,?\s*")
_CIVILITY_AFTER = regex.compile(rf"(?<![\p{{L}}]){_CIVILITY_AHEAD}")


def _sentence_start(text: str, continued: bool) -> int | None:
    """Where the sentence that ends a list begins in a line of that list (None: no such sentence). On a line that goes on
    with a list, a name (and its apposition between commas) opening the line before the verb is that sentence's subject:
    the whole line is the sentence ("Monsieur Claude X, doyen d'âge, prend la présidence …")."""
    if not _may_end(text):
        return None
    flat = _BRACKETS.sub(lambda b: " " * len(b.group()), text)
    for m in _SENTENCE_VERB.finditer(flat):
        if _CIVILITY_AFTER.search(flat, m.end()):
            continue
        head = flat[: m.start("verb")]
        if continued and _SUBJECT_LINE.fullmatch(head):
            return 0
        return m.start("verb")
    return None


def _may_end(text: str) -> bool:
    """A cheap test: a determiner the verb's object opens with."""
    return any(w in text for w in (" la ", " le ", " les ", " l'", " l’", " un ", " une ", " son ", " sa ", " ses ", " leur", " ce"))


def _label(text: str) -> tuple[str, int] | None:
    if (m := GUEST_SENTENCE.match(text)):
        return "invited", m.end()
    if (m := _COUNTED_LABEL.match(text)):
        return _LONG_STATUS[fold(m["word"]).lower()[:7]], m.end()
    for status, pattern in LABELS:
        m = pattern.match(text)
        if m:
            after = _COUNT_THEN_COLON.match(text, m.end()) if status in ("present", "excused", "absent") else None
            return status, after.end() if after else m.end()
    if (m := LONG_LABEL.match(text)):
        return _LONG_STATUS[fold(m["word"]).lower()], m.end()
    if (m := ROLL_CALL.match(text)):
        return "roll_call", m.end()  # "La présidente fait l'appel nominal de chaque nouveau membre :" (those called: present)
    for status, pattern in MISREAD_LABELS:
        m = pattern.match(text)
        if m:
            return status, m.end()
    return _spaced_label(text)


# A heading printed letter-spaced, alone on its line: "P R E S E N T S", "A B S E N T S E X C U S E S AYA N T D O N N E
# P O U V O I R" (the text layer keeps a space between the letters, and none between the words)
_SPACED = regex.compile(r"^\s*(?P<run>\p{Lu}(?:\s\p{Lu}{1,3}){4,})\s*:?\s*$")


def _spaced_label(text: str) -> tuple[str, int] | None:
    """The status of a letter-spaced heading (see _SPACED): its letters read together, the words of the labels in them."""
    m = _SPACED.match(text) if "  " not in text.strip() else None
    if not m or sum(len(w) == 1 for w in m["run"].split()) < 0.6 * len(m["run"].split()):
        return None
    word = fold(m["run"].replace(" ", "")).upper()
    absent, excused, proxy = "ABSENT" in word, "EXCUS" in word, "POUVOIR" in word or "PROCURATION" in word
    if "PRESENT" in word and not absent:
        return "present", m.end()
    if proxy:
        return ("represented" if absent or excused else "proxy"), m.end()
    if excused:
        return "excused", m.end()
    return ("absent", m.end()) if absent else None


# --------------------------------------------------------------------------------------------
# Pieces of a list
# --------------------------------------------------------------------------------------------


# What is in brackets: "(excusé)", "(pouvoir à M. X)"; the closing bracket may be lost at a line's end
_BRACKETED = regex.compile(r"\(([^()]*)\)?")
_BRACKETS = regex.compile(r"\([^()]*\)")
# Where the brackets of an entry open: "M. Y (suppléant de M. X)"
_OPEN_BRACKET = regex.compile(r"\s*\(")
# A group named before its names: "Mmes et MM. les délégués titulaires : Jean DUPONT",
# "Mesdames et Messieurs les conseillers municipaux : X"
_PREFACE = regex.compile(r"^(?:(?:Mmes|MM\.?|Mesdames|Messieurs|Mme|M\.)\s*(?:et\s+)?)+les\s+[^:()\n]{0,60}:\s*")
# A list's last name after a sentence's end: "… à C et D. Et Marcel LORTHIOIR (arrivé au point 3)"
_LEADING_AND = regex.compile(r"^(?:Et|ET)\s+(?=(?:M\.|Mme|Monsieur|Madame)?\s*\p{Lu})")
# Everybody present but the names after it, or but the lists that follow: "PRESENTS : Tous les membres en exercice sauf :",
# "Etaient présents : Tous les membres en exercice, à l'exception de : Mesdames C X, D Y" (the names: absent)
ALL_BUT = regex.compile(
    # (the one presiding and the adjoints named first: "Présents : le Maire, les adjoints et l'ensemble des conseillers
    # municipaux à l'exception de Mme X, excusée")
    r"\s*(?:(?:le|la|monsieur\s+le|madame\s+la|m\.\s+le|mme\s+la)\s+(?:maire|président|présidente)\s*,?\s*(?:(?:les|ses)\s+(?:adjoints|vice-présidents)\s*,?\s*)?(?:et\s+)?)?"
    r"(?:tous\s+les|l['’]ensemble\s+des)\s+(?:membres|conseillers|délégués|élus)(?:\s+(?!sauf|excepté)\p{L}+){0,3}?\s*,?\s*"
    r"(?:sauf|excepté|à\s+l['’]\s*exception\s+d(?:e|u|es|['’]))\s*:?\s*", regex.I)
# The one presiding listed present by function: "Présents : M. le Maire, M. Jean DUPONT, …", "Mme la Présidente, …" (not
# "M. le Maire (absent)", nor another body's "M. le Maire de Flaviac")
_FUNCTION_LISTED = regex.compile(r"(?:(?m:^)|[,;:–-]|\bet|\b\d{1,3}[.)])\s*(?:M\.|Monsieur|Mme|Madame)\s+l[ea]\s+(?:Maire|Présidente?)\b"
                                 r"(?!\s*\((?:absente?|excusée?)|\s+(?:de|du|des|d['’])\s)", regex.I)
# ... said as a sentence, without the label's colon: "Etaient présents tous les conseillers en exercice, à l'exception de
# Messieurs X et Y, absents excusés." (Pluguffan), "Sont présents l'ensemble des membres sauf Mme Z"
_ALL_BUT_VERB = regex.compile(r"^\s*(?:étaient|etaient|sont)\s+présent(?:e)?s\s*,?\s*(?=tous|l['’]ensemble)", regex.I)
# A plural status closing an enumeration of the absent: "…, à l'exception de Messieurs X et Y, absents excusés."
_ALL_EXCUSED_AFTER = regex.compile(r",\s*(?:absent(?:e)?s\s+)?excusé(?:e)?s\s*\.?\s*$", regex.I)


def _all_but_sentence(text: str) -> tuple[str, int] | None:
    """The label of a list by exception said as a sentence (see _ALL_BUT_VERB): the names after it were not present."""
    m = _ALL_BUT_VERB.match(text)
    return ("present", m.end()) if m and ALL_BUT.match(text, m.end()) else None


# Remarks side by side in one pair of brackets: "(excusée, pouvoir à M. DUPONT)", "(excusé - pouvoir à M. X)"
_REMARK_SEPARATOR = regex.compile(r"\s*[,;]\s*|\s+[-–]\s+")
# A plural remark closing a list: "M. Paul DURAND, Mme Julie ROUX (excusés)"
_ALL_EXCUSED = regex.compile(r"\(\s*excus[ée]e?s\s*\)\W*$", regex.I)
# "(excusé)", "(excusée)"
_EXCUSED = regex.compile(r"\s*excusée?\s*", regex.I)
# ... a status before a proxy in one remark: "absente excusée avec procuration à Y", "excusé, pouvoir à Y", "absent excusé"
_EXCUSED_WITH = regex.compile(r"\s*(?:absente?\s+(?:et\s+)?)?excusée?(?![\p{L}])\s*,?\s*(?:avec\s+|ayant\s+donné\s+|et\s+donne\s+)?"
                              r"(?=(?:son\s+|un\s+)?(?:pouvoir|procuration)|$)", regex.I)
# An entry that says who it replaces: "suppléant de M. X", "remplaçant Mme Y"
_SUBSTITUTE_START = regex.compile(r"^\s*(?:suppl|rempla)", regex.I)
# The separator "et" between two plural civilities: "Mmes et MM."
_AND = regex.compile(r"\s*et\s*")


def _is_prose(text: str) -> bool:
    """A sentence rather than a list of names: mostly lower-case words."""
    inner = _BRACKETS.sub(" ", text)
    words = [w.strip(".,;:()«»\"") for w in inner.split()]
    words = [w for w in words if w]
    lower = [w for w in words if w[0].islower() and len(w) > 2 and w not in _ALLOWED_LOWER and w not in PARTICLES]
    return len(lower) >= SETTINGS.prose_min_lower and len(lower) > SETTINGS.prose_lower_share * len(words)


# A word cut by a hyphen at a line's end: "Antoine-"
_CUT_WORD_END = regex.compile(r"\p{L}-$")


def _join(lines: list[tuple[str, int]], newline: bool) -> _Span:
    """Join a list's lines, mending words cut by a hyphen ("Antoine-\\nAlexandre")."""
    text, starts, doc_starts = "", [], []
    for line, offset in lines:
        stripped = line.rstrip()
        if text:
            if not newline and _CUT_WORD_END.search(text):
                pass
            else:
                text += "\n" if newline else " "
        starts.append(len(text))
        doc_starts.append(offset)
        text += stripped
    return _Span(text, tuple(starts), tuple(doc_starts))


def _split_top(text: str, pattern: regex.Pattern) -> list[tuple[int, int]]:
    """Spans of `text` between matches of `pattern` outside parentheses."""
    depth_at = _depths(text)
    pieces, last = [], 0
    for m in pattern.finditer(text):
        if m.start() < len(depth_at) and depth_at[m.start()] > 0:
            continue
        pieces.append((last, m.start()))
        last = m.end()
    pieces.append((last, len(text)))
    return [(a, b) for a, b in pieces if text[a:b].strip(" .-–—:/&")]


def _bare(line: str) -> str:
    """A line without its brackets and commune prefix, to count its words."""
    line = regex.sub(r"\([^()]*\)?", " ", line)
    m = COMMUNE_PREFIX.match(line.strip())
    return line.strip()[m.end():] if m else line


def _name_then_role(line: str) -> bool:
    """A line holding one name, then maybe its function: "Jean DUPONT, Maire"."""
    pieces = _split_top(line, SEPARATOR)
    if not line.strip()[:1].isupper() or len(pieces) > 2:
        return False
    words = line[pieces[1][0]:pieces[1][1]].split() if len(pieces) == 2 else []
    if words and _ORDINAL.fullmatch(words[0]):
        words = words[1:]  # "Anne MARTIN, 1re adjointe", "Paul PETIT, 2ème adjoint"
    return len(pieces) == 1 or (bool(words) and is_role_word(words[0]))


# The rank before a function: "1re adjointe", "1er adjoint", "2ème", "3e", "premier", "deuxième"
_ORDINAL = regex.compile(r"\d{1,2}\s*(?:er|re|ère|e|è|ème|eme|°)|premi(?:er|ère)|deuxième|troisième|quatrième|cinquième|sixième",
                         regex.I)


# A line that ends inside an entry, the page's width cutting it: on a civility, on the word before a proxy's holder, or on
# the holder's given name or its initials ("… par Mme Marie-Claude" / "RENAUD", "… pouvoir à M." / "Yves LEROY", "… par
# Mme A." / "VINCENT")
_OPEN_ENTRY_END = regex.compile(
    r"(?:(?<!\p{L})(?:M\.?|MM\.?|Mmes?|Mlle|Mr|Monsieur|Madame|Mademoiselle|par|à)"
    r"|(?<!\p{L})(?:par|à)\s+(?:(?:M\.|Mme|Mlle|Monsieur|Madame)\s+)?(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\.(?:-?\p{Lu}\.)?))\s*$")
# ... or on a holder's SURNAME whose given name opens the next line alone ("… représenté par DUMAS" / "Olivier")
_HOLDER_SURNAME_END = regex.compile(r"(?<!\p{L})(?:par|à)\s+\p{Lu}{2,}[\p{Lu}'’-]*\s*$")
_GIVEN_ALONE = regex.compile(r"^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*(?:[,;.]|\s[-–]\s|$)")
# A line opening with "à" and a name: the holder of the proxy whose giver ends the line before
_HOLDER_LINE = regex.compile(r"^\s*à\s+(?:(?:M\.|Mme|Mlle|Monsieur|Madame)\s+)?\p{Lu}\p{L}+(?:[\s-]+\p{Lu}\p{L}*)*\s*[,;.]?\s*$")


def _mode(lines: list[tuple[str, int]]) -> str:
    """How a list separates its names: by bullet, one per line, or inline separators."""
    if any(BULLET.match(t) for t, _ in lines):
        return "bullet"
    if any(_HOLDER_LINE.match(t) for t, _ in lines[1:]):
        return "inline"  # a proxy's holder on the line after its giver: "Léa PETIT" / "à Paul DURAND" (one text, cut by proxy)
    if any(_OPEN_ENTRY_END.search(a) or (_HOLDER_SURNAME_END.search(a) and _GIVEN_ALONE.match(b))
           for (a, _), (b, _) in zip(lines, lines[1:], strict=False)):
        return "inline"  # a line cut inside an entry: "… par Mme Marie-Claude" / "RENAUD", "… à M." / "Yves LEROY",
        # "… représenté par DUMAS" / "Olivier"
    if len(lines) >= 2 and not any(_split_top(t, SEPARATOR)[1:] for t, _ in lines) and all(
            len(_bare(t).split()) <= SETTINGS.line_mode_max_words for t, _ in lines):
        return "line"
    # one commune a line: "Chomérac : Jean DUPONT, Anne MARTIN" / "Pour la commune de Flaviac : Luc PETIT"
    if len(lines) >= 2 and all(COMMUNE_PREFIX.match(t.strip()) for t, _ in lines):
        return "line+"
    # one member a line, with a function: "Jean DUPONT, Maire" / "Paul DURAND, Adjoint" (a wrapped
    # list has several names on a line, or lines ending with a separator)
    if len(lines) >= 2 and all(_name_then_role(t) for t, _ in lines) and not any(regex.search(r"[,;–—-]\s*$", t) for t, _ in lines[:-1]):
        return "line+"
    return "inline"


def _pieces(lines: list[tuple[str, int]]) -> tuple[_Span, list[tuple[int, int]]]:
    """The list's text and the span of each piece that may hold one name."""
    mode = _mode(lines)
    if mode == "bullet":
        groups: list[list[tuple[str, int]]] = []
        for text, offset in lines:
            m = BULLET.match(text)
            if m or not groups:
                groups.append([])
                if m:
                    text, offset = text[m.end():], offset + m.end()
            groups[-1].append((text, offset))
        joined = [_join(g, False) for g in groups]
        text = "\n".join(j.text for j in joined)
        starts, doc_starts, base = [], [], 0
        for j in joined:
            starts += [base + s for s in j.starts]
            doc_starts += list(j.doc_starts)
            base += len(j.text) + 1
        span = _Span(text, tuple(starts), tuple(doc_starts))
        pattern = _NEWLINE_OR_SEPARATOR
    elif mode == "line":
        span = _join(lines, True)
        pattern = _NEWLINE
    elif mode == "line+":
        span = _join(lines, True)
        pattern = _NEWLINE_OR_SEPARATOR
    else:
        span = _join(lines, False)
        pattern = SEPARATOR
    return span, _split_top(span.text, pattern)


_NEWLINE = regex.compile(r"\n")
_NEWLINE_OR_SEPARATOR = regex.compile(r"\n|" + SEPARATOR.pattern)


def _bracketed_substitute(raw: str) -> str | None:
    """A member's substitute named in brackets (_BRACKETS) after REPLACED's words: "(remplacée par son suppléant Marc
    MOREL)", "(remplacé par ROQUERE P.)", "(Supplée par Mr BAYLE Roland)" give the words after them."""
    for m in _BRACKETS.finditer(raw):
        inside = m.group()[1:-1]
        r = REPLACED.match(inside)
        if r and inside[r.end():].strip():
            return inside[r.end():].strip()
    return None


def _brackets(raw: str) -> tuple[str | None, str | None, bool, str | None]:
    """What the brackets of an entry say: (substitute_for, proxy holder, excused, role).

    "(suppléant de M. Philippe BÉCHERAS)", "(pouvoir donné à Adeline Texeira)", "(excusé)", "(Maire)";
    a count ("(18)") or a remark says nothing.
    """
    substitute = holder = role = None
    excused = False
    remarks = [part for p in _BRACKETED.finditer(raw) for part in _REMARK_SEPARATOR.split(p.group(1))]
    for inner in remarks:
        if (said := _EXCUSED_WITH.match(inner)) and inner[said.end():].strip():
            excused, inner = True, inner[said.end():]  # "(absente excusée avec procuration à Mme Y)": excused, and the proxy
        sub = SUBSTITUTE.match(inner)
        prox = PROXY_WORDS.match(" " + inner)
        if _EXCUSED.fullmatch(inner) or (said and not inner[said.end():].strip()):
            excused = True
        elif inner.split() and is_role_word(inner.split()[0]) and not role:
            role = inner.strip()
        elif sub:
            substitute = _person(inner[sub.end():])[1] or None
        elif prox:
            holder = function_named(inner[prox.end() - 1:])  # "(pouvoir à M. le Maire)": the function, resolved later
    return substitute, holder, excused, role


# A count, then the names between brackets: "Pouvoirs : 2 (M. DURAND à M. DUPONT, Mme ROUX à Mme MARTIN)",
# "Absents : 3 (M. X, Mme Y, M. Z)"
_COUNT_OPEN = regex.compile(r"^\s*\d+\s*[:–-]?\s*\(")
_CLOSE = regex.compile(r"\)\s*\.?\s*$")


def _unwrap_count(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The lines of a list printed as "N (names)" with the count and brackets blanked (offsets kept)."""
    if not lines or not (m := _COUNT_OPEN.match(lines[0][0])) or not (c := _CLOSE.search(lines[-1][0])):
        return lines
    if len(lines) == 1 and c.start() < m.end():
        return lines
    out = [(" " * m.end() + lines[0][0][m.end():], lines[0][1]), *lines[1:]]
    last, offset = out[-1]
    out[-1] = (last[: c.start()] + " " * (len(last) - c.start()), offset)
    return out


@dataclass
class _Piece:
    """One piece of a list, classified: a person, or words about the person before it."""

    a: int  # span in the list's text
    b: int
    separator: str  # the separator printed before the piece
    raw: str
    head: str  # the piece without brackets, prefixes and proxy words
    civility: str | None
    own_civility: bool  # the piece's own: printed on it, or given by a plural civility before it ("Mmes ZAMBON, GOMIS")
    printed_civility: bool  # printed on the piece itself
    name: str
    role: str
    substitute: str | None
    holder: str | None
    excused: bool
    bracket_role: str | None
    received: tuple | None
    replaced: str | None = None  # "X remplacé(e) par son suppléant Y": the member X that this piece's person replaces
    group: bool = False  # preceded by a group prefix ("Commune de X :", "Technique :")
    holder_listed: bool = False  # the holder a proxy only if the lists name him (a bare name in brackets)


def _read_piece(text: str, a: int, b: int, separator: str, status: str) -> _Piece:
    """Classify one piece of a list (see the module docstring)."""
    raw = text[a:b]
    lead = len(raw) - len(raw.lstrip())
    a += lead
    raw = raw.strip()
    group = False
    # a commune or group before the name: "Commune de Chomérac : Monsieur Martin", "Technique : Messieurs Vergnaud"
    empty = _EMPTY_GROUPS.match(raw)  # "CDC DE X : CDC DU Y : AIME Michel (T)": a group with nobody, then the next
    if empty:
        a, raw = a + empty.end(), raw[empty.end():]
    m = COMMUNE_PREFIX.match(raw)
    if m and _is_name(_person(raw[m.end():])[1]):
        a, raw, group = a + m.end(), raw[m.end():], True
    received = _received(raw, a)
    if received:
        raw = raw[: received[4]]
        received = received[:4]
    m = _PREFACE.match(raw) or _LEADING_AND.match(raw)
    if m and m.end() < len(raw):
        a, raw = a + m.end(), raw[m.end():]
    substitute, holder, excused, bracket_role = _brackets(raw)
    head = _OPEN_BRACKET.split(raw, maxsplit=1)[0]
    head = LEADING_PROXY.sub("", head)  # "Pouvoir de M. X à M. Y"
    if status in ("proxy", "represented") and (lead := _LEADING_DE.match(head)) and PROXY_BARE.search(head):
        head = head[lead.end():]  # "Pouvoirs : de Anne MARTIN à Luc PETIT, de Paul DURAND à Eric NOEL"
    if holder is None and status == "proxy" and "\t" in head:
        # "Pouvoirs :" / "Jean NOEL<TAB>Paul DURAND": the giver's column, then the holder's
        first, rest = head.split("\t", 1)
        if _whole(first.strip()) and _whole(rest.strip()) and not _LOWER_WORD.search(" " + rest.strip()):
            head, holder = first, _person(rest.strip())[1]
    head = _before_tab(head)
    replaced = None
    r = REPLACED.search(head) or (_REPLACED_BY.search(head) if status == "replaced" else None)
    if r and r.start() > 0 and _is_name(_person(head[: r.start()])[1]):
        if head[r.end():].strip():
            # "ALLAER Véronique remplacée par sa suppléante CASTAING Christelle": the substitute sits, for the member
            replaced, head = _person(head[: r.start()])[1], head[r.end():]
        else:
            # "M. Jean DUPONT remplacé par son suppléant": the member is excused, the substitute unnamed
            head, excused = head[: r.start()], True
    elif (who := _bracketed_substitute(raw)) and _is_name(_person(head)[1]) and _is_name(_person(who)[1]):
        # "Julie BON (remplacée par son suppléant Marc MOREL)", "ROQUE J. (remplacée par FOUQUET M.J.)": the substitute sits
        replaced, head = _person(head)[1], who
    # a proxy written in the piece: "M. Pierre MAISONNAT donne pouvoir à M. Jérôme BERNARD"
    if holder is None and status in ("proxy", "represented") and (bm := _BRACKETED_HOLDER.search(raw)):
        holder = _person(bm.group(1))[1] or None
    holder_listed = False
    if holder is None and status == "proxy" and (bm := _BRACKETED_NAME.search(raw)) and _whole(bm["who"]):
        holder = _person(bm["who"])[1] or None  # "Pouvoirs : Jean NOEL (Paul DURAND), …": the holder alone in brackets
    elif (holder is None and status == "represented" and (bm := _BRACKETED_NAME.search(raw)) and _TITLE_NAME.fullmatch(bm["who"])
          and not _PLACE_WORD.search(bm["who"])):
        # ... so in a list of the members represented, names in small letters: "Absents représentés : Mmes Catherine Marot
        # (Patrick Hérault), Christine Palomba (Christine Baulouet-Chaintré)": a proxy only where the holder is a member the
        # lists name (never a delegate's commune, "(Pont Audemer)")
        holder, holder_listed = _person(bm["who"])[1] or None, True
    if holder is None:
        pm = (PROXY_WORDS.search(head) or (PROXY_BARE.search(head) if status in ("proxy", "represented") else None)
              or (PROXY_TO_CIVILITY.search(head) if status in ("excused", "absent") else None))
        if pm:
            holder = function_named(head[pm.end():])
            head = head[: pm.start()]
        elif head != raw and (pm := PROXY_VERB.search(flat := _BRACKETS.sub(" ", raw))) and not _BRACKETS.search(head):
            # the delegate's commune between brackets before the verb: "M. Luc PETIT (Commune C) donne pouvoir à M. Paul
            # DURAND (Commune A)"
            holder = function_named(flat[pm.end():])
        elif (head != raw and status in ("proxy", "represented") and not _BRACKETS.search(head)
              and (pm := PROXY_BARE.search(flat := _BRACKETS.sub(" ", raw)))):
            # ... or before the bare "à" of a list of proxies: "Avait donné pouvoir : Madame Léa PETIT (Civry) à Monsieur
            # Paul DURAND (Avray)"
            holder = function_named(flat[pm.end():])
    civility, name, role = _person(head)
    if role and not substitute and (sub := SUBSTITUTE.match(role)):
        # "M. Marc BLANC suppléant de M. Luc PETIT": the substitute said without brackets
        substitute, role = _person(role[sub.end():])[1] or None, ""
    if not substitute and name and (sub := _SUBSTITUTE_AFTER.search(raw)):
        # "M. Eric BLANC (Dampierre) suppléant de M. Marc MOREL", "Luc NOEL (Cernay) en remplacement de Léa PETIT"
        substitute = _person(_BRACKETS.sub(" ", raw[sub.end():]))[1] or None
        if substitute and role and _SUBSTITUTE_AFTER.search(" " + role):
            role = ""
    if replaced:
        substitute = substitute or replaced
    return _Piece(a, a + len(raw), separator, raw, head, civility, civility is not None, civility is not None, name, role, substitute,
                  clean_name(holder) if holder else None, excused, bracket_role, received, replaced, group, holder_listed)


# Proxies run together without separators (a page that lost its line ends): "Alain ROUX à Paul DURAND René NOEL à Anne
# PETIT": a new giver, Given SURNAME then "à", opens after a SURNAME
# ... or a giver whose verb is written out, initials or given names: "B. VAGNEUR a donné pouvoir à G. GRIGNARD C. GANEAU a
# donné pouvoir à S. MOSS", "Jean ROUX donne pouvoir à Paul DURAND Anne NOEL donne procuration à …"
# (after a SURNAME, or after words of a counts box run into the list: "… à Paul DURAND Vote des comptes administratifs Léa
# PETIT à Luc NOEL", "… En l'absence du Maire Léa PETIT à …", never after a word that makes the name part of the proxy:
# "de Anne ROUX à", "de Jean Pierre ROUX à", "par", "et")
PROXY_RUN = regex.compile(r"(?<=\p{Lu}{2,}|(?<![\p{L}'’])(?!(?:de|à|a|par|et|pour|donne|donné|pouvoir|procuration)\s)\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)?)\s+(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*\s+(?:\p{Lu}{2,}[\p{Lu}'’-]*\s+)+(?:à|a)\s)")
# ... the names written SURNAME first: "PETIT Léa à DURAND Paul BLANC Eric à ROUX Anne" (a new giver after the holder's given name)
PROXY_RUN_SURNAME_FIRST = regex.compile(r"(?<=\s\p{Lu}{2,}[\p{Lu}'’-]*\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)\s+"
                                        r"(?=\p{Lu}{2,}[\p{Lu}'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’-]*)*\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*\s+(?:à|a)\s)")
# (in any list: "Etaient absents excusés : B. VAGNEUR a donné pouvoir à G. GRIGNARD C. GANEAU a donné pouvoir à S. MOSS")
# ... the names SURNAME first: "DURY Léa donne pouvoir à MARCHAND Jean-Louis BLANC Eric donne pouvoir à ROUX Anne" (a new giver
# after the holder's given name)
PROXY_VERB_RUN = regex.compile(r"(?<=\p{Lu}{2,})\s+(?=(?:\p{Lu}\.(?:-?\p{Lu}\.?)?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)\s*(?:\p{Lu}{2,}[\p{Lu}'’-]*\s+)+"
                          rf"{PROXY_GIVES}\s+{PROXY_GIVEN}\s)"
                          r"|(?<=\s\p{Lu}{2,}[\p{Lu}'’-]*\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)\s+(?=\p{Lu}{2,}[\p{Lu}'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’-]*)*"
                          rf"\s+\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)*\s+{PROXY_GIVES}\s+{PROXY_GIVEN}\s)")

# ... the names in small letters, the verb written out or left out: "Etienne Gaïor pouvoir à Renaud Calvat Claudine Goulon
# pouvoir à Alexandra Di Frenna-Paty" (Jacou), "Paul Durand donne pouvoir à Anne Roux Léa Petit donne pouvoir à …": only
# where the holder is one given name and one surname right after "à" and the next giver the same before the proxy's words
# (a given name of two words, "Jean Pierre Roux", is not cut)
_TITLE_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
_TITLE_PAIR = rf"{_TITLE_WORD}\s+(?:(?:de|du|di|da|le|la|van|von|De|Du|Di|Da|Le|La|Van|Von)\s+)?{_TITLE_WORD}"
PROXY_RUN_TITLE = regex.compile(
    rf"(?<=\s(?:à|a)\s+(?:(?:M\.|Mme|Monsieur|Madame)\s+)?{_TITLE_PAIR})\s+(?=(?:(?:M\.|Mme|Monsieur|Madame)\s+)?{_TITLE_PAIR}\s+"
    rf"(?:{PROXY_GIVES}\s+)?{PROXY_GIVEN}\s+(?:à|a)\s)")


def _after_function(span: _Span, a: int, b: int) -> list[tuple[int, int]]:
    """A piece cut where a line opens with a name after a line that ends on the function of the names before it:
    "…, Nadine SEMPE, Conseillers suppléants" / "Dominique AYMARD, …" (the group's function, then the next group)."""
    text = span.text
    for q in span.starts:
        if a < q < b:
            left, right = text[a:q].split(), text[q:b]
            # (a whole name, never the rest of the function: "Directeur" / "Ressources Humaines")
            # (or, after a group's function in the plural, a given name and a surname in small letters: "Adjoints" /
            # "Ghislaine Toupain, …"; never "Directeur" / "Ressources Humaines")
            if left and is_role_word(left[0]) and not _person(text[a:q])[1] and (
                    _whole(_person(right)[1]) or (left[-1].rstrip(".,;").endswith("s") and _TITLE_NAME.fullmatch(right.strip(" ,;."))
                                                  and _is_name(right.strip(" ,;.")))):
                return [(a, q), (q, b)]
    return [(a, b)]


def _proxy_run(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A piece of a list of proxies cut where another proxy opens in it (see PROXY_RUN)."""
    cuts = sorted({m.start() for m in PROXY_RUN.finditer(text, a, b)} | {m.start() for m in PROXY_VERB_RUN.finditer(text, a, b)}
                  | {m.start() for m in PROXY_RUN_SURNAME_FIRST.finditer(text, a, b)}
                  | {m.start() for m in PROXY_RUN_TITLE.finditer(text, a, b)})
    bounds = [a, *cuts, b]
    return [(x, y) for x, y in zip(bounds, bounds[1:], strict=False) if text[x:y].strip()]


def _verb_run(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A piece of any list cut where a proxy whose verb is written out opens in it (see PROXY_VERB_RUN)."""
    bounds = [a, *(m.start() for m in PROXY_VERB_RUN.finditer(text, a, b)), b]
    return [(x, y) for x, y in zip(bounds, bounds[1:], strict=False) if text[x:y].strip()]


def _shape(name: str) -> str:
    """The shape of a name, words as kinds: "C" a SURNAME in capitals, "c" a capitalised word, "i" an initial.

    "Pierre BENOIT" -> "cC", "BENOIT Pierre" -> "Cc", "Martin" -> "c", "LE GAULT ST DENIS" -> "C".
    """
    kinds = []
    for word in name.split():
        if word.lower() in PARTICLES:
            continue
        kind = "i" if INITIALS.fullmatch(word) else "C" if _is_caps(word) else "c"
        if not kinds or kinds[-1] != kind:
            kinds.append(kind)
    return "".join(kinds)


def _parse_list(status: str, lines: list[tuple[str, int]]) -> list[_Entry]:
    """The names of one labelled list: pieces, classified, then read together (see the module docstring)."""
    if status in ("proxy", "represented"):
        # a dotted leader between the giver and "à": "Brigitte X ..........à Michel Y" (blanked, offsets kept)
        lines = [(_LEADER_TO.sub(lambda m: " " * len(m.group()), t), o) for t, o in lines]
    span, spans = _pieces(_unwrap_count(lines))
    text = span.text
    if status in ("proxy", "represented"):
        spans = [piece for a, b in spans for piece in _proxy_run(text, a, b)]
    else:
        spans = [piece for a, b in spans for piece in _verb_run(text, a, b)]
    spans = [piece for a, b in spans for piece in _after_function(span, a, b)]
    pieces = [_read_piece(text, a, b, text[spans[i - 1][1]:a] if i else "", status) for i, (a, b) in enumerate(spans)]
    # the narrative run into the list where the page lost its line ends ends it: "… MALFONDET Michel (VAUBAN) Après un mot
    # de présentation de Philippe X, Maire d'A, le Président, Pierre Y souhaite …" (see NARRATIVE_START)
    pieces = next((pieces[:i] for i, piece in enumerate(pieces) if i and NARRATIVE_START.match(piece.raw)), pieces)
    _carry_civilities(pieces)
    pieces = _merge_fragments(pieces)
    _off_style(pieces)
    entries: list[_Entry] = []
    for piece in pieces:
        name, head, raw, a = piece.name, piece.head, piece.raw, piece.a
        if entries and (SUBSTITUTE.match(head) or _SUBSTITUTE_START.match(head)):
            sub = SUBSTITUTE.match(head)
            entries[-1] = _replace(entries[-1], substitute_for=_person(head[sub.end():] if sub else head)[1])
            continue
        if not _is_name(name) and (named := _named_in_brackets(head, raw)):
            name = named  # "M. le Maire (Jean DUPONT)": the function first, the name between brackets
        if not _is_name(name) or name is None:
            _said_of_previous(entries, piece)
            continue
        start = a + raw.find(name) if name in raw else a
        # (a civility carried from a plural one, "Mrs A, B", says nothing of where a name ends)
        names = [name] if piece.printed_civility or piece.holder or piece.substitute else _pairs(name)
        if len(names) > 1:  # "DUPONT Jean MARTIN Anne": names set side by side without separators
            cursor = start
            for part in names:
                at = text.find(part, cursor)
                at = cursor if at < 0 else at
                entries.append(_Entry(part, None, status, None, None, None, at, at + len(part), (at, at + len(part))))
                cursor = at + len(part)
            continue
        own = "excused" if status in ("proxy", "represented") or piece.excused else status
        if status == "replaced" and not piece.replaced:
            continue  # a list of replaced members names who sat for each: a piece without it says nothing sure
        if piece.replaced and status in ("excused", "absent", "replaced"):
            # "Excusés : ALLAER Véronique remplacée par sa suppléante CASTAING Christelle": the member keeps the list's
            # status (excused in a list of replaced members), the substitute sits for the member
            at = a + raw.find(piece.replaced) if piece.replaced in raw else a
            member_status = "excused" if status == "replaced" else status
            entries.append(_Entry(piece.replaced, None, member_status, None, None, None, at, at + len(piece.replaced),
                                  (a, a + len(raw))))
            own = "present"
        if status == "present" and piece.holder and _REPRESENTED_BY.search(raw):
            # "Présents : Mesdames DURAND, ROUX représentée par M PETIT, BLANC": the member represented did not sit. A
            # holder listed elsewhere in the list is a member present who holds her proxy; one named only there sits for her
            own = "excused"
            surname = piece.holder.split()[-1]
            elsewhere = text[:a].count(surname) + text[a + len(raw):].count(surname)
            if not elsewhere:
                entries.append(_Entry(name, piece.civility, own, None, None, None, start, start + len(name), (a, a + len(raw))))
                at = a + raw.rfind(piece.holder) if piece.holder in raw else a
                entries.append(_Entry(piece.holder, None, "present", name, None, None, at, at + len(piece.holder), (a, a + len(raw))))
                continue
        entries.append(_Entry(name, piece.civility, own, piece.substitute, _role(piece.role) or piece.bracket_role, piece.holder,
                              start, start + len(name), (a, a + len(raw)), None if piece.holder else piece.received,
                              piece.holder_listed))
    if status == "absent" and len(entries) > 1 and (_ALL_EXCUSED.search(text) or _ALL_EXCUSED_AFTER.search(text)):
        # "Absents : M. Paul DURAND, Mme Julie ROUX (excusés)": the plural speaks for the whole list
        entries = [_replace(e, status="excused") for e in entries]
    return [_to_doc(e, span) for e in entries]


# Functions of staff and of the State's accountant, never of a member (folded, lower case): "trésorière principale",
# "Trésorier Principal", "receveur municipal", "secrétaire de mairie", "Directeur Général des Services", "DGS"
STAFF_FUNCTION = regex.compile(
    r"(?:tresorier|tresoriere)\s+(?:principal|principale|municipal|municipale|payeur)|receveur|comptable\s+(?:public|assignataire)"
    r"|secretaire\s+(?:de\s+mairie|general|generale)|(?:directeur|directrice)\s+general|dgs\b|dga\b|dst\b")


def _role(words: str) -> str | None:
    """A function printed after a name ("Maire", "Directeur général des services"), not a place."""
    words = words.strip(" ,;:-–—.")
    return words if words and (is_role_word(words.split()[0]) or words[:1].islower()) else None


def _said_of_previous(entries: list[_Entry], piece: _Piece) -> None:
    """A piece that names nobody says something of the person before it: a status, a proxy, a function."""
    head = piece.head
    if not entries:
        return
    if STATUS_WORD.fullmatch(head.strip(" .")):
        # "Mme X, excusée", "M. Y, absent"
        word = fold(head.strip(" .")).lower()
        entries[-1] = _replace(entries[-1], status="excused" if word.startswith("excus") else "absent")
    elif piece.holder and not entries[-1].holder:
        # "Absents excusés : M. X, pouvoir à M. Y", "M. X, communauté de communes du Y donne procuration à M. Z" (the
        # delegate's body between the name and the proxy)
        entries[-1] = _replace(entries[-1], holder=piece.holder, statement=(entries[-1].statement[0], piece.a + len(piece.raw)))
    elif head.strip() and not COUNT_ONLY.match(head) and not piece.holder and entries[-1].role is None:
        # a function after a comma: "M. GALLEN, Directeur Général des Services"; a commune says nothing
        role = _role(head)
        if role:
            entries[-1] = _replace(entries[-1], role=role)


def _carry_civilities(pieces: list[_Piece]) -> None:
    """A plural civility ("Mmes ZAMBON, GOMIS, MM. DAVID") applies to the names after it, as "Mme" or "M."."""
    carried: str | None = None
    carried_alone = False  # the last piece was a plural civility with no name ("Mmes et MM.")
    for piece in pieces:
        civility = piece.civility
        if civility in PLURAL_CIVILITIES:
            # "Mmes et MM. ALBERT, BARON": a mixed group says nothing of each member
            mixed = carried_alone and _AND.fullmatch(piece.separator)
            carried = None if mixed else ("Mme" if civility == "Mmes" else "M.")
            piece.civility = carried
            carried_alone = not piece.name and not mixed
            if piece.name:
                piece.own_civility = True
        elif civility:
            carried, carried_alone = None, False
        elif carried:
            piece.civility = carried
            piece.own_civility = True  # the plural civility speaks for it


def _is_fragment(piece: _Piece, civility_ok: bool = False, holder_ok: bool = False) -> bool:
    """One word, no civility (unless it opens the name: "Mme AUGUSTE - MERCADIER Karine"), nothing else (but the
    proxy the name gives, where the caller allows it: "ROUVIER - COROUGE donne procuration à Y"): a piece that
    cannot be a whole name here."""
    return ((civility_ok or not piece.printed_civility) and len(piece.name.split()) == 1
            and _person(piece.head)[1] == piece.name and (holder_ok or not piece.holder) and not piece.substitute
            and not piece.group)


def _merge_fragments(pieces: list[_Piece]) -> list[_Piece]:
    """Mend compound names cut by a spaced dash: "BROCA - LANNAUD Marie - Thérèse" -> "BROCA-LANNAUD Marie-Thérèse",
    "Philippe ROUVIER - COROUGE" -> "Philippe ROUVIER-COROUGE", "DAUBRESSE Marc- Philippe" -> "DAUBRESSE Marc-Philippe".

    Only in a list whose names are at least half whole (two words or more), only across a dash, and only where
    the fragment matches the word it joins (a SURNAME with a SURNAME, a given name with a given name).
    """
    names = [p for p in pieces if _is_name(p.name)]
    if not names or sum(len(p.name.split()) >= 2 for p in names) < len(names) / 2:
        return pieces
    out: list[_Piece] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if (_is_fragment(piece, holder_ok=True) and out and _DASHES.match(piece.separator) and not out[-1].holder
                and _joins(out[-1].name.split()[-1:], piece.name)):
            prev = out[-1]
            out[-1] = dataclasses.replace(prev, name=f"{prev.name}-{piece.name}", head=f"{prev.head.rstrip()}-{piece.name}",
                                          raw=f"{prev.raw}-{piece.name}", b=piece.b, holder=piece.holder)
            i += 1
            continue
        if (_is_fragment(piece, civility_ok=True) and nxt is not None and _DASHES.match(nxt.separator) and _is_caps(piece.name)
                and not nxt.printed_civility and nxt.name and _is_caps(nxt.name.split()[0])):
            out.append(dataclasses.replace(nxt, name=f"{piece.name}-{nxt.name}", head=f"{piece.name}-{nxt.head.lstrip()}",
                                           raw=f"{piece.name}-{nxt.raw}", a=piece.a, separator=piece.separator,
                                           civility=piece.civility or nxt.civility, own_civility=piece.own_civility or nxt.own_civility,
                                           printed_civility=piece.printed_civility))
            i += 2
            continue
        if (piece.printed_civility and len(piece.name.split()) == 1 and not _is_caps(piece.name) and nxt is not None
                and _is_fragment(nxt) and _is_caps(nxt.name) and nxt.separator.strip() == ","):
            # "Mme Nathalie, COLIN": a comma slipped between a given name and its SURNAME
            out.append(dataclasses.replace(piece, name=f"{piece.name} {nxt.name}", head=f"{piece.head.rstrip()} {nxt.name}",
                                           raw=text_between(piece, nxt), b=nxt.b))
            i += 2
            continue
        out.append(piece)
        i += 1
    return out


def text_between(first: _Piece, second: _Piece) -> str:
    """The raw text of two pieces read as one, their separator included."""
    return f"{first.raw}{second.separator}{second.raw}"


def _joins(last: list[str], fragment: str) -> bool:
    """The fragment continues the word before it: both in capitals, or both capitalised given names."""
    if not last:
        return False
    return _is_caps(last[0]) == _is_caps(fragment) and last[0][:1].isupper()


def _off_style(pieces: list[_Piece]) -> None:
    """In a list where names carry their own civility, a piece without one and in another shape is not a
    member: "Mr Pierre BENOIT, ALLUYES Mr Joël BILLARD" (ALLUYES is a commune), "BASSEVELLE / M. RICHARD Bernard"."""
    names = [p for p in pieces if _is_name(p.name)]
    whole = [p for p in names if _shape(p.name) in ("cC", "Cc")]
    if len(whole) >= SETTINGS.whole_style_min and len(whole) >= SETTINGS.whole_style_share * len(names):
        # a list of given names and SURNAMES: a piece in capitals alone, with nothing said of it, is a commune or a heading
        # of a table flattened one cell a line ("Etaient présents :" / "AVENSAN" / "LE PORGE" / … / "Patrick BAUDIN")
        for p in names:
            if (not p.own_civility and not p.holder and not p.substitute and not p.received and _shape(p.name) == "C"
                    and all(len(w) > 2 for w in p.name.split() if w.lower() not in PARTICLES)):  # ("JP WISSOCQ": initials)
                p.name = ""
    civil = [p for p in names if p.own_civility]
    shapes = {_shape(p.name) for p in civil}
    alike = [p for p in names if _shape(p.name) in shapes]  # the names written as the list writes names
    if len(civil) < SETTINGS.civility_style_min or len(civil) < SETTINGS.civility_style_share * len(alike):
        return
    for p in names:
        # an initial before a SURNAME names a person, never a commune: "P. BANIEL, M. BAQUÉ, O. BELLEC" (there "M." is an initial)
        if not p.own_civility and not p.holder and not p.substitute and _shape(p.name) not in shapes and not _shape(p.name).startswith("i"):
            p.name = ""


def _received(raw: str, a: int) -> tuple[str, str | None, int, int, int] | None:
    """The giver of a proxy that this entry holds: "M. Jean DUPONT (pouvoir de M. Paul DURAND)".

    Returns (giver, civility, start, end, where the holder's own text ends), offsets as `a` counts them.
    """
    m = RECEIVED_PROXY.search(raw)
    if not m:
        return None
    civility, name, _ = _person(raw[m.end():].split(")")[0])
    name = clean_name(name)
    if not _is_name(name):
        return None
    at = raw.find(name, m.end())
    return name, civility, a + at, a + at + len(name), m.start()


def _before_tab(head: str) -> str:
    """A name cut from the column after it: "DUPONT Jean<TAB>Chomérac" -> "DUPONT Jean" (a function stays: "<TAB>Maire")."""
    if "\t" not in head:
        return head
    first, rest = head.split("\t", 1)
    after = rest.split()
    if not after or is_role_word(after[0]) or not _is_name(_person(first)[1]) or PROXY_WORDS.match(" " + rest.strip()):
        return head  # (a proxy in the next column stays: "PETIT Léa<TAB>pouvoir à DURAND Paul")
    return first


def _named_in_brackets(head: str, raw: str) -> str | None:
    """The name between brackets after a function: "M. le Maire (Jean DUPONT)", "Le Président (M. Jean DUPONT)"."""
    words = [w for w in head.split() if w.lower() not in PARTICLES and not CIVILITY.match(w + " ")]
    if not words or not is_role_word(words[0]):
        return None
    for p in _BRACKETED.finditer(raw):
        name = _person(p.group(1))[1]
        if _is_name(name) and not SUBSTITUTE.match(p.group(1)) and not PROXY_WORDS.match(" " + p.group(1)):
            return name
    return None


def _pairs(name: str) -> list[str]:
    """Split names set side by side, SURNAME and given names alternating: "DUPONT Jean MARTIN Anne".

    A single name ("Marie Christine BARAC'H", "Paul LE BIHAN") comes back whole.
    """
    groups: list[list[str]] = []
    for word in name.split():
        caps = _is_caps(word)
        if groups and _is_caps(groups[-1][-1]) == caps:
            groups[-1].append(word)
        else:
            groups.append([word])
    if len(groups) < 4 or len(groups) % 2:
        return [name]
    return [" ".join(groups[i] + groups[i + 1]) for i in range(0, len(groups), 2)]


def _replace(entry: _Entry, **changes) -> _Entry:
    return _Entry(**{**entry.__dict__, **changes})


def _to_doc(entry: _Entry, span: _Span) -> _Entry:
    if entry.received:
        giver, civility, start, end = entry.received
        entry = _replace(entry, received=(giver, civility, span.doc_offset(start), span.doc_offset(max(start, end - 1)) + 1))
    return _replace(entry, start=span.doc_offset(entry.start), end=span.doc_offset(max(entry.start, entry.end - 1)) + 1,
                    statement=(span.doc_offset(entry.statement[0]), span.doc_offset(max(entry.statement[0], entry.statement[1] - 1)) + 1))


# --------------------------------------------------------------------------------------------
# Blocks of the preamble
# --------------------------------------------------------------------------------------------


# Proxies given side by side: "M. Paul DURAND et Mme Julie ROUX, absents excusés, ont donné respectivement
# pouvoir à M. Jean DUPONT et à Mme Anne MARTIN.", in a list of the excused: "ABSENTS EXCUSES : A, B et C qui avaient
# respectivement donné procuration à D, E et F. Et G" (the givers after the label, the holders up to the sentence's end)
RESPECTIVE_VERB = regex.compile(
    r"\s+(?:qui\s+)?(?:ont|avaient)\s+(?:respectivement\s+)?donné\s+(?:respectivement\s+)?(?:leur\s+|un\s+)?(?:pouvoirs?|procurations?)"
    r"\s+(?:respectivement\s+)?(?:à|a)\s+"
    # "Léa PETIT, Eric BLANC, représentés respectivement par Paul DURAND et Anne ROUX"
    r"|\s*,?\s+(?:qui\s+(?:sont|étaient)\s+)?représenté(?:e)?s\s+respectivement\s+par\s+",
    regex.I,
)


def respective_parts(text: str) -> tuple[int, int, int, int] | None:
    """(givers start, givers end, holders start, holders end) of a sentence giving proxies side by side, or None.
    The givers open the line or follow its label's colon; the holders end where the sentence does."""
    m = RESPECTIVE_VERB.search(text) if (" ont " in text or " avaient " in text or "respectivement" in text) else None
    if not m or not text[: m.start()].strip():
        return None
    colon = text.rfind(":", 0, m.start())
    start = colon + 1 if colon >= 0 else 0
    start += len(text[start:]) - len(text[start:].lstrip())
    end = SENTENCE_END.search(text, m.end())
    return start, m.start(), m.end(), end.start() if end else len(text.rstrip())


# Between the names of such a sentence: ", ", " et ", " et à ", ", à "
_NAMES_SEPARATOR = regex.compile(r"\s*,\s*(?:à\s+)?|\s+et\s+(?:à\s+)?", regex.I)


def _named(text: str, base: int) -> list[tuple[str, str | None, int, int]]:
    """The names of a plain enumeration ("M. X et Mme Y, absents excusés"): (name, civility, start, end)."""
    out = []
    for a, b in _split_top(text, _NAMES_SEPARATOR):
        civility, name, _ = _person(text[a:b])
        if _is_name(name) and (civility or read_name(name)):
            at = text.find(name, a)
            out.append((name, civility, base + at, base + at + len(name)))
    return out


def _respective(text: str, offset: int) -> list[_Entry]:
    """Proxies given side by side in one sentence, paired in order (see RESPECTIVE_VERB), or all to one holder;
    none if the counts differ."""
    parts = respective_parts(text)
    if not parts:
        return []
    g0, g1, h0, h1 = parts
    givers, holders = _named(text[g0:g1], offset + g0), _named(text[h0:h1], offset + h0)
    if len(holders) == 1:
        holders = holders * len(givers)  # "M. X et Mme Y ont donné pouvoir à M. Z": the audit flags the holder of two
    if len(givers) < 2 or len(givers) != len(holders):
        return []
    span = (offset + g0, offset + h1)
    return [_Entry(g[0], g[1], "excused", None, None, h[0], g[2], g[3], span) for g, h in zip(givers, holders, strict=True)]


def _loose_proxies(text: str, offset: int) -> list[tuple[str, int]]:
    """Sentences of a line outside any list that give a proxy: "M. X donne pouvoir à M. Y." (text, offset)."""
    if not _may_give_proxy(text) or respective_parts(text.strip()):
        return []  # nothing about a proxy, or read by _respective
    if not PROXY_WORDS.search(text) and not RECEIVED_PROXY.search(text):
        return []
    out, start = [], 0
    for end in [m.start() + 1 for m in SENTENCE_END.finditer(text)] + [len(text)]:
        sentence = text[start:end]
        given = PROXY_WORDS.search(sentence) or RECEIVED_PROXY.search(sentence)
        if given and not _is_prose(sentence[: given.start()]):
            lead = len(sentence) - len(sentence.lstrip())
            out.append((sentence.strip(), offset + start + lead))
        start = end
    return out


def _gives_proxy(status: str, text: str, before: str = "", listed: str = "") -> bool:
    """A sentence giving a proxy after a list of people present: it ends that list
    ("M. Paul DURAND a donné pouvoir à M. Jean DUPONT." after "Présents : ..."); after a list of those excused or absent
    that its full stop closed ("Excusés : M. X et Mme Y." / "DURAND Paul a donné pouvoir à PETIT Luc.")."""
    # (a list whose lines end with a separator goes on: "Etaient absents :" / "M. X a donné procuration à M. Y," / "Mme Z,")
    # (nor a list whose entries are such sentences, one a line: "Etaient absents :" / "M. X a donné procuration à M. Y" /
    # "Mme Z a donné procuration à Mme W": they stay absent; a sentence cut across lines goes on, "… à Monsieur" / "Thierry
    # LEROY." / "Madame …")
    closed = status in ("excused", "absent") and not PROXY_WORDS.search(listed or before) and (bool(_LIST_CLOSED.search(before)) or (
        bool(_PROXY_SENTENCE.match(text)) and bool(before.strip()) and not _OPEN_END.search(before)
        and not _OPEN_END.search(text)))
    return ((status in ("present", "invited", "persons") or closed) and _may_give_proxy(text)
            and bool(PROXY_WORDS.search(_BRACKETS.sub(" ", text))))


# A line that is a sentence of its own giving a proxy, its giver's name opening it as no separator of the list above cuts
# it: in small letters, SURNAME first, or after "M" without its dot ("Sylvie Roger donne procuration à Olivier Petit.",
# "DURAND Paul a donné pouvoir à PETIT Luc", "M MULLER Jean a donné pouvoir à …" after "Excusés : Anne Roux ; Luc Blanc":
# a new sentence, not the list's last name going on). Two words of a name at least ("M. Michel" / "ANSQUER donne
# procuration à …" is one name cut across lines); never after a civility the list's separators cut ("M.", "Mme", "Madame")
_PROXY_SENTENCE = regex.compile(r"^\s*(?!(?:Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Mmes?|Mlle|Mr|MM)\b)(?:M\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}\s+"
                                rf"{PROXY_GIVES}\s+{PROXY_GIVEN}\s+(?:de\s+vote\s+)?à\s")
# A line that ends on a separator or a label's colon: the list goes on
_OPEN_END = regex.compile(r"[,;:]\s*$")
# A line that ends a list with its full stop: "… et Mme Anne MARTIN." (never an initial's: "… Mme J.")
_LIST_CLOSED = regex.compile(r"(?<![\s.(-]\p{Lu})\.\s*$")


def _may_give_proxy(text: str) -> bool:
    """A cheap test before the proxy patterns: one of their words is in the text."""
    low = text.lower()
    return any(word in low for word in _PROXY_NOUNS)


def _list_with_proxies(text: str) -> bool:
    """A run of names of which one or two are said represented, never a sentence that ends the list: "Mesdames DURAND,
    ROUX représentée par M PETIT, BLANC, NOEL." (at least this many pieces, most of them a name alone)."""
    pieces = _split_top(text, SEPARATOR)
    if len(pieces) < SETTINGS.list_with_proxies_min:
        return False
    proxied = sum(bool(PROXY_WORDS.search(_BRACKETS.sub(" ", text[a:b]))) for a, b in pieces)
    return proxied * 2 < len(pieces)


_PROXY_NOUNS = ("pouvoir", "procuration", "délégation", "mandat", "représenté", "son vote", "sa voix")


def _blocks(lines: list[tuple[str, int]]) -> tuple[list, list]:
    """Labelled lists (status, lines) and per-question blocks (label match, lines), from the virtual lines."""
    lists: list[tuple[str, list[tuple[str, int]]]] = []
    changes: list[tuple[regex.Match, list[tuple[str, int]]]] = []
    current: list[tuple[str, int]] | None = None
    held: list[tuple[str, int]] | None = None  # a list a blank line ended, that a table's next row may go on with
    status_now: str | None = None  # the status of the list a group sub-label sits in
    for text, offset in lines:
        change = CHANGE_LABEL.match(text)
        label = None if change else (_label(text) or _mid_label(text, 0) or _all_but_sentence(text))
        if change:
            current = [(text[change.end():], offset + change.end())]
            changes.append((change, current))
            status_now = None
            continue
        if (parts := respective_parts(text)) and (label or current is not None):
            # "ABSENTS EXCUSES : A, B qui avaient respectivement donné procuration à C, D. Et E": the holders are read by
            # _respective, never names of the list (blanked, offsets kept)
            text = text[: parts[1]] + " " * (parts[3] - parts[1]) + text[parts[3]:]
            text = regex.sub(r"(?<=^\s*\.?\s*)Et(?=\s)|(?<=\.\s+)Et(?=\s+\p{Lu})", "  ", text)
        if label:
            status, end = label
            if status == "roll_call":
                # a roll call opens the list of those present, and the one presiding, who has it called, was there
                status = "present"
                lists.append(("presided", []))
            if status != "group" and _LEFT_DURING.search(text, 0, end):
                status = "left"  # "Absents (départs en cours de séance) : M. X, à compter de 21h49": not the opening's status
            if status == "group":
                status = status_now or "present"
            else:
                if status == "invited" and _PERSONS_PRESENT.match(text, 0, end):
                    status = "persons"  # "Personnes présentes :": the members, where no other list names those present
                status_now = status
            if status == "present" and (every := ALL_BUT.match(text, end)):
                # "Présents : tous les membres sauf :": everybody else was present (their names are not printed); the
                # names after it were not
                lists.append(("all_present", []))
                status, end = "absent", every.end()
            # (a footnote's number glued to the colon is no name: "Etaient présents(es) :1")
            rest = text[end:]
            closing = _sentence_start(rest, False)
            if closing is not None:
                rest = rest[:closing]  # "Absent : GAUGAIN Stéphanie Formant la majorité des membres en exercice."
            current = [(rest, offset + end)] if rest.strip() and not _FOOTNOTE.fullmatch(rest) else []
            lists.append((status, current))
            if _ALL_BUT_VERB.match(text) or closing is not None:
                current = None  # a sentence: its list ends with it ("… à l'exception de X et Y, absents excusés. Mr X a donné …")
            continue
        said = SAID_EXCUSED.match(text)
        # (after a list of those present only: the member it names, said excused afterwards)
        in_present = (any(st == "present" and bl for st, bl in lists)
                      and (current is None or (current is lists[-1][1] and lists[-1][0] == "present")))
        if (in_present and said and _is_name((who := _person(said["who"]))[1]) and not who[2] and not _is_prose(said["who"])
                and not any(is_role_word(w) for w in said["who"].split())):
            # (never a function named with it, "Monsieur Paul X Trésorier est excusé": the body's accountant, no member)
            # "M. Luc X, absent excusé avec procuration à M. Paul Y.": one member's status, said of him alone
            current, status_now = None, None
            lists.append(("said_excused", [(text, offset)]))
            continue
        after = STATUS_AFTER.match(text)
        if after and _is_name(_person(after["names"])[1]):
            # "Maryline : absente non excusée"
            lists.append((_status_of(after["status"]), [(after["names"], offset + after.start("names"))]))
            continue
        if _PROXY_LINE.match(text):
            # "Procuration de M. X à M. Y." on its own line: a proxy, never a name of that list
            current, status_now = None, None
            lists.append(("proxy", [(text, offset)]))
            continue
        if current is None and held and text.strip():
            if _pair_run(held[-1][0]) and _pair_run(text):
                current = held  # "FOND Pierre MORANGE Pierre …" / blank / "RUSTERHOLTZ Fleur HAUDRECHY Christophe …"
            elif _name_line(held[-1][0]) and sum(map(_name_line, (t for t, _ in held))) >= 0.6 * len(held) and _name_line(text):
                current = held  # one name a line, the paragraphs cut by blank lines (columns of a table flattened):
                # "Alain DUPONT" / "Christine MORIN" / blank / "Daniel BREAU" / "Andrée ROUX"
            elif all(map(_bullet_name, (t for t, _ in held))) and _bullet_name(text):
                current = held  # one bullet a paragraph, each a name (a roll call's dashes, a page that keeps a blank line
                # after each bullet): "– BOTIN Marc (Dixmont)" / blank / "– CLERC Stéphanie (Dixmont)"
            elif _function_close(held[-1][0]) and _function_close(text) and not _is_prose(text):
                current = held  # the members by function, a paragraph each closed by it: "Membres présents :" / "Renaud X,
                # Maire," / blank / "Magali Y, Bernard Z, Adjoints" / blank / "Ghislaine W, …, Conseillers Municipaux."
            elif len(held) == 1 and _PRESIDING_LINE.match(held[0][0]) and _CIVILITY_LIST.match(text) and not _is_prose(text):
                current = held  # the one presiding on a line of his own, the list in the next paragraph: "Etaient présents :" /
                # "M. Hervé DURAND, Président" / blank / "Mme Anne MARTIN ; M. Luc PETIT ; …" (a trailing comma: _OPEN_END)
            elif (_PLURAL_GROUP.match(text) or _OPEN_END.search(held[-1][0]) or _GROUP_HEAD.match(text)
                  or (_ENTRY_PARAGRAPH.match(text) and not _LOWER_WORD.search(text) and all(_ENTRY_PARAGRAPH.match(t) for t, _ in held))):
                # "Présents : Mesdames A, B." / blank / "Messieurs C, D": one list by gender, a paragraph each;
                # "Présents : M. Paul DURAND, Maire ;" / blank / "Mme Anne MARTIN, M." / blank / "Luc PETIT": a list
                # whose paragraph ends on a separator or a civility goes on in the next one
                current = held
            elif _names_paragraph(held[-1][0]) and _names_paragraph(text):
                current = held  # a paragraph of names after a paragraph of names, the first ended without its comma: "M. Yves
                # X, Président, Mme Anne Y, Vice-Présidente" / blank / "M. Michel Z, Mme Léa W, …" (a list wrapped by the page)
            held = None
        if current is None:
            lists += [("loose", [sentence]) for sentence in _loose_proxies(text, offset)]
            continue
        blank = not text.strip()
        in_change = bool(changes) and current is changes[-1][1]
        if blank:
            if any(t.strip() for t, _ in current):
                held, current, status_now = current, None, None  # the list ends, unless a flattened table goes on
            continue
        if not in_change and MOVEMENT_LINE.match(text):
            current, status_now = None, None  # "Mme Claire LEROY quitte la séance à 21h": a change during the session, not a name
            continue
        if not any(t.strip() for t, _ in current) and (box := _BOX_PREFIX.match(text)):
            # a counts box the text layer ran into the list's first line: "Etaient présents :" / "Nombre de conseillers en
            # exercice : 27 MM Pascal DURAND, …" (the box alone on its lines: _BOX_LINE)
            text, offset = text[box.end():], offset + box.end()
        if not any(t.strip() for t, _ in current) and _BOX_LINE.match(text):
            continue  # a counts box the text layer set between a label and its names ("Etaient présents :" / "NOMBRE DE" /
            # "CONSEILLERS :" / "En exercice" / "29" / "Françoise DURAND, ...")
        ends_list = (lists and current is lists[-1][1] and not _list_with_proxies(text)
                     and _gives_proxy(lists[-1][0], text, current[-1][0] if current else "", " ".join(t for t, _ in current)))
        # (a stop line behind a bullet too, the header printed as a bulleted list: "• Effectif valable : …", "• Président de
        # séance : …", "• Secrétaire de séance : …")
        if STOP.match(text) or STOP.match(BULLET.sub("", text, count=1)) or (not in_change and _is_prose(text)) or ends_list:
            current, status_now = None, None
            lists += [("loose", [sentence]) for sentence in _loose_proxies(text, offset)]
            continue
        if not in_change and (closing := _sentence_start(text, True)) is not None:
            if text[:closing].strip():
                current.append((text[:closing], offset))  # the names before the sentence's verb
            current, status_now = None, None
            lists += [("loose", [sentence]) for sentence in _loose_proxies(text, offset)]
            continue
        current.append((text, offset))
    members = any(s in ("present", "all_present") and any(t.strip() for t, _ in ls) for s, ls in lists)
    return [("invited" if s == "persons" and members else "present" if s == "persons" else s, [x for x in ls if x[0].strip()])
            for s, ls in lists], changes


_NAME_WORD = regex.compile(r"\p{Lu}[\p{Lu}'’-]+|\p{L}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)*|\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}+)+")
_CIVILITY_WORD = {"M.", "MM", "MM.", "Mme", "Mmes", "Mlle", "Mr", "Monsieur", "Madame", "Mademoiselle"}


def _function_close(text: str) -> bool:
    """A paragraph of names closed by their function after a comma: "Magali X, Bernard Y, Adjoints", "…, Conseillers
    Municipaux." (a name before it; never a sentence: "Le Maire remercie les Adjoints")."""
    parts = text.strip().rstrip(" .;,").rsplit(",", 1)
    if len(parts) != 2 or not parts[0].strip():
        return False
    words = parts[1].split()
    return (1 <= len(words) <= 3 and is_role_word(words[0]) and not _person(parts[1])[1]
            and _is_name(_person(parts[0].rsplit(",", 1)[-1])[1]))


def _name_line(text: str) -> bool:
    """A line that is one person's name and nothing else: a civility maybe, a given name, a SURNAME ("Alain DUPONT",
    "MM Alain KELYOR", "Laetitia MAES-MIERSMAN", "Bernard LE MEUR"); never a heading ("ORDRE DU JOUR") nor a sentence."""
    words = BULLET.sub("", text).split()
    if words and words[0] in _CIVILITY_WORD:
        words = words[1:]
    if not 2 <= len(words) <= 5 or not all(_NAME_WORD.fullmatch(w) or w.lower() in PARTICLES for w in words):
        return False
    caps = [w for w in words if _is_caps(w) and len(w) > 1]
    given = [w for w in words if not _is_caps(w) and w.lower() not in PARTICLES]
    return bool(caps) and 1 <= len(given) <= 2 and fold(" ".join(words)).lower() not in ("ordre du jour",)


def _names_paragraph(text: str) -> bool:
    """A paragraph that is a list of names and nothing else: two pieces at least, each a person's name (a function after
    its name, "Président", "Vice-Présidente", says who he is), at least one name with its civility; never a sentence
    ("Monsieur le Maire remercie M. X, Mme Y"), a heading or a label."""
    if _is_prose(text) or _label(text) or STOP.match(text) or ":" in text:
        return False
    words = [w.strip(".,;()«»\"") for w in _BRACKETS.sub(" ", text).split()]
    if any(w[:1].islower() and len(w) > 2 and w not in _ALLOWED_LOWER and w.lower() not in PARTICLES and not is_role_word(w)
           for w in words if w):
        return False  # a word of a sentence: "Il est précisé que Messieurs X et Y sont annoncés avec un peu de retard."
    pieces = [_person(text[a:b]) for a, b in _split_top(text.strip().rstrip(" ,;."), SEPARATOR)]
    names = [p for p in pieces if p[1] and _is_name(p[1])]
    others = [p for p in pieces if not (p[1] and _is_name(p[1])) and not (p[2] or is_role_word((p[1] or "x").split()[0]))]
    return len(names) >= SETTINGS.names_paragraph_min and not others and any(p[0] for p in names)


def _bullet_name(text: str) -> bool:
    """A bullet, then one person's name and nothing else but what brackets say of him ("– BOTIN Marc (Dixmont)", "• Mme
    Anne ROUX", "- Paul DURAND, (titulaire)"); never an agenda's bullet ("– Approbation du procès-verbal")."""
    return bool(BULLET.match(text)) and _name_line(_BRACKETS.sub(" ", text).rstrip(" ,;."))


# "Personnes présentes :" (not "Autres personnes présentes"), "Assistaient à la séance :", "Participaient à la réunion :" (not
# "Assistaient également"): the guests where another list names the members present, the members themselves where none
# does ("Personnes présentes :" / "- Daniel GILLES" … / "Pouvoirs :" / "Excusé :")
# ("Etaient également présents :", "Sont également présents", "Également présent(e)s :" likewise: "également" says
# "besides the one presiding" where no list of members comes before it, Yport's "sous la présidence de M. X, Maire." /
# "Etaient également présents : M. A, M. B, …, formant la majorité des membres en exercice")
_PERSONS_PRESENT = regex.compile(LINE_BULLET + r"(?:personnes\s+présente|(?:assist|particip)(?:ai(?:en)?t|e(?:nt)?)\s+à\s+la\s+(?:séance|réunion)"
                                 r"[ \t]*:|(?:(?:étaient|etaient|était|etait|sont|est)\s+)?(?:é|e)galement\s+présent)", regex.I)
_FOOTNOTE = regex.compile(r"\s*\d\s*")
# A line giving a proxy, its giver first: "Procuration de M. Paul DURAND à M. Jean DUPONT", "Pouvoir de Mme X à M. Y"
_PROXY_LINE = regex.compile(r"^\s*(?:pouvoirs?|procurations?)\s+(?:de\s+|d['’]\s*)(?=\p{Lu}|(?:M\.|Mme)\s)[^\n]{2,80}?\s(?:à|a)\s+\S", regex.I)
# A line of a counts box: "NOMBRE DE", "CONSEILLERS :", "En exercice", "29", "Présents 24", "Votants : 25" (its own words,
# not pipeline.french.counts.BOX_LABELS: the number may be missing here, and "Absents", "Excusés", "Représentés" alone on a
# line head a list of names)
_BOX_LINE = regex.compile(
    r"^\s*(?:(?:nombre\s+de|nbre\s+de)(?:\s+(?:conseillers|membres|délégués))?|(?:conseillers|membres|délégués)(?:\s+municipaux)?"
    r"|en\s+exercice|présents|votants|pouvoirs?|afférents)?\s*:?\s*\d{0,3}\s*$", regex.I)
# A counts box run into the names that follow it: "Nombre de conseillers en exercice : 27 MM Pascal DURAND, …"
_BOX_PREFIX = regex.compile(
    r"^\s*(?:(?:(?:nombre|nbre)\s+de\s+(?:conseillers|membres|délégués)(?:\s+(?:municipaux|communautaires|syndicaux))?\s+)?en\s+exercice"
    r"\s*:?\s*\d{1,3}|(?:nombre|nbre)\s+de\s+(?:conseillers|membres|délégués))\s+(?=(?-i:M\.|Mme|MM\.?|Mmes|Monsieur|Madame|Messieurs|Mesdames)\s+\p{Lu})", regex.I)
# A list's group of one gender, by its plural civility: "Mesdames CHOTARD, ETORÉ", "Messieurs DELPERIER, DRIEUX", "MM. X, Y"
_PLURAL_GROUP = regex.compile(r"^\s*(?:Mesdames|Messieurs|Mmes|MM\.?|Mrs\.?|MESDAMES|MESSIEURS)\s*(?::\s*)?\p{Lu}")
# A paragraph of delegates under the member body that sent them, in capitals, after a blank line: "CDC DU REOLAIS EN
# SUD-GIRONDE : BUZOS Jacky (T), …", "COMMUNE DE X :" (a group of the list, as its paragraphs go on)
# (or the council's groups: "Pour l'opposition : Mme X –Mr Y" / blank / "Pour la Majorité : Mme Z", "Groupe Agir ensemble :")
_GROUP_HEAD = regex.compile(
    r"^\s*(?:\p{Lu}[\p{Lu}\d'’ -]{2,60}|(?:Commune|Ville|Communauté)\s+d[eu'’][^:\n]{2,50}"
    r"|(?i:pour\s+)?(?i:l['’]\s*|la\s+|le\s+)?(?i:opposition|majorit[ée]|minorit[ée])(?:\s+[^:\n]{0,40})?|(?:Groupe|Liste)\s+[^:\n]{2,50}"
    # the delegates of one member body of a syndicate: "Délégués de la Communauté de Communes du Sud Sarthe :",
    # "Représentants de la commune de X :", "Délégués titulaires de Y :"
    r"|(?:Délégué|Représentant)e?s?(?:\s+(?:titulaires|suppléants))?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[^:\n]{2,80})"
    r"\s*:\s*(?:\p{Lu}|$)")
# A list printed one entry a paragraph, each opening with a civility and a SURNAME: "Monsieur SANCHEZ qui a donné pouvoir
# à Monsieur LACOMBE" / blank / "Madame GIL" / blank / "Messieurs IDIART, LEPLUS, PAUL" (the next paragraph goes on with it)
_ENTRY_PARAGRAPH = regex.compile(r"^\s*(?:M\.|Mme|Mlle|Mr|Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|MM\.)\s*(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}{2,}[^\n]{0,80}$")
_LOWER_WORD = regex.compile(r"\s(?!(?:et|de|du|des|la|le)\b)\p{Ll}{2,}")  # ("Monsieur Luc PETIT Trésorier est excusé": a sentence)
# A paragraph of a list that does not end there: on a comma, a semicolon, a colon (a group's heading), a dash, "et", or a
# civility without its name
_OPEN_END = regex.compile(r"(?:[,;:–-]|\bet|(?<![\p{L}.])(?:M\.|Mme|MM\.|Mmes|Mr|Monsieur|Madame))\s*$")


# A list of members who left during the session, under an opening label: "Absents (départs en cours de séance) :"
# the one presiding alone on a line of his own, with his function: "M. Hervé DURAND, Président", "Monsieur Paul MARTIN, Maire"
_PRESIDING_LINE = regex.compile(r"^\s*(?:M\.|Mme|Monsieur|Madame)\s+[^,;:()\n]{3,50},\s*(?:Président|Présidente|Maire|PRESIDENT|PRÉSIDENT|MAIRE)\s*[.;]?\s*$")
# a list of names each with its civility: "Mme Claude ALLAIRE ; M. Sylvain BIDIER ; …"
_CIVILITY_LIST = regex.compile(r"^\s*(?:M\.|Mme|Monsieur|Madame|MM\.?|Mmes|Messieurs|Mesdames)\s+\p{Lu}[^\n]*?[,;]\s*(?:M\.|Mme|Monsieur|Madame|MM\.?|Mmes)\s+\p{Lu}")
# A remark that a member listed present came after the opening: "X (arrivé à 19 h 49)", "Y (arrivée au point 2)"
_ARRIVED = regex.compile(r"\(\s*arriv[ée]e?s?\b", regex.I)


def _gives_in_sentence(said: str) -> bool:
    """The entry's own words give its proxy with a verb ("X donne procuration à Y", "X a donné pouvoir à Y"), and say
    nothing of an arrival or departure (never "X, présent jusqu'au point 3, a donné pouvoir à Y", "X (pouvoir à Y)")."""
    return bool(PROXY_VERB.search(" " + said)) and not (_ARRIVED.search(said) or _LEFT_DURING.search(said) or _PART_TIME.search(said))


# Present for a part of the session: "présent jusqu'au point 3", "à partir de la délibération n° 4", "quitte la séance"
_PART_TIME = regex.compile(r"(?<!\p{L})(?:jusqu['’]\p{L}*|à\s+partir|quitt\p{L}*|parti[es]?|arriv\p{L}*|pour\s+(?:le|les)\s+(?:point|délibération|vote))(?!\p{L})", regex.I)
_LEFT_DURING = regex.compile(r"\bd[ée]parts?\b|en\s+cours\s+de\s+s[ée]ance", regex.I)


# A name written in small letters, a given name then a surname: "Jean Bonnet", "Marie-Claude Muller"
_TITLE_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}")


def _named_as_listed(entry: _Entry, roll: _Roll) -> bool:
    """A proxy in prose between names in small letters ("Jean Bonnet donne procuration à Luc Blanc."), read only where
    its holder is a member a list names present and its giver is written as a given name and a surname."""
    row = roll.find(entry.holder) if entry.holder else None
    words = entry.person.split()
    return bool(row and row.status == "present" and _TITLE_NAME.fullmatch(entry.person.strip()) and _is_name(entry.person)
                and fold(words[0]).lower() not in _NOT_GIVEN
                and not any(is_role_word(w) or is_organisation_word(w) or fold(w).lower() in TITLE_WORDS for w in words))


# Words that open a phrase in small letters, never a given name: "Le Conseil Municipal donne pouvoir à …", "Saint Martin …"
_NOT_GIVEN = frozenset({"le", "la", "les", "l", "un", "une", "ce", "cette", "saint", "sainte", "st", "ste", "monsieur",
                        "madame", "mademoiselle", "messieurs", "mesdames"})


def _whole(name: str) -> bool:
    """A name read with a civility or as given name and SURNAME: "Paul DURAND", "DURAND Paul" (not "ZUMBA")."""
    found = read_name(name)
    words = found[1].split() if found else []
    # ... or initials and SURNAME: "M-T. JAMET (Pouvoir à M. X)"
    return bool(found) and (is_whole_name(words) or (len(words) >= 2 and bool(INITIALS.fullmatch(words[0])) and _is_caps(words[-1])))


def _pair_run(text: str) -> bool:
    """A row of a flattened table of names: two SURNAME-then-given-name pairs at least, no separator
    ("FOND Pierre MORANGE Pierre LECLERC Grégory")."""
    text = text.strip()
    return bool(text) and not regex.search(r"[,;:()]", text) and len(_pairs(text)) >= 2


def _status_of(words: str) -> str:
    """"absente non excusée" -> absent, "excusé" -> excused, "présent" -> present."""
    folded = fold(words).lower()
    if "non" in folded.split() or not ("excus" in folded or "represent" in folded):
        return "present" if folded.startswith("present") else "absent"
    return "excused"


def _tokens(name: str) -> tuple[str, ...]:
    return name_tokens(name)


def _same(a: str, b: str) -> bool:
    """Same person: same words, or the same number of words with initials for given names."""
    return same_person(a, b, surname_alone=False)


class _Roll:
    """The members listed so far, indexed by the words of their names: a name is compared only with those
    sharing a word with it (two names of one person always share their surname)."""

    def __init__(self) -> None:
        self.rows: list[Attendance] = []
        self._by_word: dict[str, list[int]] = {}

    def add(self, row: Attendance) -> None:
        for word in {w for w in _tokens(row.person) if len(w) > 1}:
            self._by_word.setdefault(word, []).append(len(self.rows))
        self.rows.append(row)

    def candidates(self, name: str) -> list[Attendance]:
        found = {i for w in _tokens(name) if len(w) > 1 for i in self._by_word.get(w, ())}
        return [self.rows[i] for i in sorted(found)]

    def find(self, name: str) -> Attendance | None:
        return next((row for row in self.candidates(name) if _same(name, row.person)), None)


# A guest the one presiding thanks for coming or welcomes, in the preamble: "Monsieur le Maire remercie Monsieur Gilles X
# pour sa présence", "… ainsi que Monsieur X, Trésorier Principal d'Uzès pour sa présence à cette séance", "C. Montin
# souhaite la bienvenue à Monsieur D. Fraile, directeur des Bains" (never a member: one listed is left as listed)
_THANKED = regex.compile(r"\b(?:remerci|salu)\p{L}*\s(?P<who>[^.;]{0,300}?)\b(?:pour|de)\s+sa\s+présence\b", regex.I)
_WELCOMED = regex.compile(r"\b(?:souhaite|souhaitent|adresse)\s+la\s+bienvenue\s+à\s+(?=(?:Monsieur|Madame|M\.|Mme)\s)", regex.I)
# (a new member welcomed; a departmental or regional councillor thanked is a guest)
_MEMBER_WORDS = regex.compile(r"conseill\p{L}*\s+(?:municipa|communautaire|syndica)|élu|install|délégu|nouve(?:au|lle)\s", regex.I)


def _guests(lines: list[tuple[str, int]]) -> list[tuple[str, str | None, int, int]]:
    """The guests of the preamble (see _THANKED): (name, civility, start, end) in the document."""
    out = []
    for text, offset in lines:
        at = []
        for m in _THANKED.finditer(text):
            # the one thanked: the last civility between the verb and "pour sa présence" (never the one who thanks)
            civilities = list(_CIVILITY_IN_TEXT.finditer(text, m.start("who"), m.end("who")))
            if civilities:
                at.append(civilities[-1].start())
        at += [m.end() for m in _WELCOMED.finditer(text)]
        for a in at:
            found = read_name(text[a:])
            if not found or not found[0]:
                continue
            name = clean_name(found[1])
            rest = text[a + found[2]: a + found[2] + SETTINGS.function_reach]
            if not _is_name(name) or regex.match(r"l[ea]\s", name, regex.I) or _MEMBER_WORDS.search(rest):
                continue  # "Monsieur le Maire", "Mme X, nouvelle conseillère municipale"
            start = offset + a + text[a:].find(found[1])
            out.append((name, found[0], start, start + len(found[1])))
    return out


# The staff who keep the minutes beside the secretary of the session: "Secrétaire auxiliaire :" / "Madame Sylvie X"
# (Pronleroy), "Secrétaire de mairie : Mme Y", or the secretary named with a staff function,
# "Secrétaire de séance :" / "Mme LARGER Delphine – Directrice Générale des Services" (Rosenau: in Alsace-Moselle an agent
# may keep them): staff attend, they are no members (invited)
_AUXILIARY_SECRETARY = regex.compile(LINE_BULLET + r"secr[ée]taires?\s+(?:auxiliaires?|administrati(?:f|ve)s?|de\s+mairie)\s*:\s*", regex.I)
_SECRETARY_COLON = regex.compile(LINE_BULLET + r"secr[ée]taires?(?:\s+de\s+(?:la\s+)?s[ée]ance)?\s*:\s*", regex.I)


def _staff_secretaries(lines: list[tuple[str, int]]) -> list[tuple[str, str | None, int, int]]:
    """The staff keeping the minutes (see _AUXILIARY_SECRETARY): (name, civility, start, end) in the document."""
    out = []
    for i, (text, offset) in enumerate(lines):
        auxiliary = _AUXILIARY_SECRETARY.match(text)
        label = auxiliary or _SECRETARY_COLON.match(text)
        if not label:
            continue
        at, line, base = label.end(), text, offset
        if not text[at:].strip():  # the name on the next line that holds one
            following = next(((t, o) for t, o in lines[i + 1:i + 1 + SETTINGS.secretary_name_lines] if t.strip()), None)
            if following is None:
                continue
            (line, base), at = following, 0
        found = read_name(line[at:])
        if not found or not found[0] and not auxiliary:
            continue
        name = clean_name(found[1])
        rest = fold(line[at + found[2]: at + found[2] + SETTINGS.function_reach]).lower()
        if not _is_name(name) or (not auxiliary and not STAFF_FUNCTION.search(rest)):
            continue  # a member designated secretary ("Secrétaire de séance : Mme Anne X", "…, conseillère municipale")
        start = base + at + line[at:].find(found[1])
        out.append((name, found[0], start, start + len(found[1])))
    return out


def _listed_by_surname(name: str, roll: _Roll) -> bool:
    """A member a list of surnames names ("EXCUSES : MM. TIEBOT. FABROL.") whom a proxy names in full ("M. FABROL Frédéric
    … donne procuration à …"): the one row of the name's SURNAME alone."""
    surnames = [w for w in name.split() if _is_caps(w) and w.lower() not in PARTICLES]
    if len(surnames) != 1 or len(name.split()) < 2:
        return False
    rows = [row for row in roll.candidates(surnames[0]) if _tokens(row.person) == _tokens(surnames[0])]
    return len(rows) == 1


# The function printed right after the name of the one presiding: "sous la présidence de Monsieur Patrick X, Maire.",
# "de René X, Maire", "de Mme Anne Y, Maire de Civry", "de M. Paul Z (Maire)", "de Jean W maire" (not "Président": a
# syndicate's or a communauté's lists name their president among the delegates, and two of the shared corpus's golds leave
# an unlisted one out)
_MAYOR_AFTER = regex.compile(rf"\s*(?:,|\(|–|-)?\s*(?:{CIVILITY_WORD}\s+l[ea]\s+)?(?:maire|MAIRE|Maire)\b")


_PRESIDENCY = regex.compile(r"pr[ée]siden|PR[ÉE]SIDEN")  # "sous la présidence de", "PRÉSIDENT :"
_MAYOR_ENDS = regex.compile(r",\s*(?i:maire)\s*$")  # the president's name as read, its function after it: "Paul X, Maire"


def _presiding_mayor(text: str, where) -> bool:
    """Whether the sentence naming the one presiding gives him the mayor's function right after his name."""
    if where is None or not _PRESIDENCY.search(text[max(0, where.char_start - SETTINGS.presidency_reach):where.char_end]):
        return False
    return bool(_MAYOR_AFTER.match(text, where.char_end)) or bool(_MAYOR_ENDS.search(where.text))


def _listed(name: str, roll: _Roll) -> bool:
    """A member the roll lists, maybe under another form ("MC MUSSO", "MUSSO Marie-Claude"): one sharing the name's
    SURNAME in capitals (a given name shared says nothing: "Jean-Michel RIDON" is not "Jean-Paul FRANCKE")."""
    surnames = {t for w in name.split() if w.isupper() and len(w) > 2 for t in _tokens(w) if len(t) > 1}
    found = roll.candidates(name)
    if not surnames and len(words := name.split()) >= 2 and all(w[:1].isupper() and not w.isupper() for w in words):
        # names in small letters, "Alain Decanis" beside "Alain Kambele": the last word is the surname
        surnames = {t for t in _tokens(words[-1]) if len(t) > 1}
    if not surnames:
        return bool(found)
    return any(surnames & set(_tokens(row.person)) for row in found)


def _resolve(name: str, roll: _Roll, president: str | None = None) -> str:
    """The form the attendance list gives a proxy's party, when it lists that person.

    "le Maire", "le Président": the member listed with that function, else the president of the session.
    """
    if name in ("le Maire", "le Président"):
        role = fold(name[3:]).lower()[:8]
        holders = [p.person for p in roll.rows if p.role and fold(p.role).lower().startswith(role)]
        if len(holders) == 1:
            return holders[0]
        return _resolve(president, roll) if president else name
    found = roll.find(name)
    if found:
        return found.person
    # "pouvoir à M. MARTIN": the only member listed with that surname
    words = [w for w in _tokens(name) if len(w) > 1]
    if len(words) == 1:
        # (an initial printed is the given name's: "E. RICHARD" is not "Jean Robert RICHARD")
        initials = {w for w in _tokens(name) if len(w) == 1}
        matches = {p.person for p in roll.candidates(name) if initials <= {t[0] for t in _tokens(p.person)}}
        if len(matches) == 1:
            return matches.pop()
    return name


# A person named with a civility anywhere in the preamble: "sous la Présidence de Monsieur Max DELPERIER",
# "procuration à MadameETORÉ Jeanne" (glued words are mended before reading)
_CIVILITY_IN_TEXT = regex.compile(r"(?<![\p{L}.])(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle|Mr)(?=\s*\p{Lu})")
_GENDER = {"M.": "m", "MM.": "m", "Mme": "f", "Mmes": "f", "Mlle": "f"}


def _full_names(roll: _Roll, lines: list[tuple[str, int]]) -> _Roll:
    """A member listed by SURNAME alone ("Présents : Mesdames CHOTARD, ETORÉ … Messieurs LASSERRE, PARÉ") takes the
    full name the preamble prints elsewhere for the one person of that surname and civility ("procuration à Madame
    ETORÉ Jeanne", "sous la présidence de Monsieur Max DELPERIER"); two candidates, or another member listed under
    the full name, leave it as printed."""
    alone = [row for row in roll.rows if len(_tokens(row.person)) == 1]
    if not alone:
        return roll
    full: dict[str, set[tuple[str | None, str]]] = {}
    for text, _ in lines:
        text = mend_glued_words(text)
        for m in _CIVILITY_IN_TEXT.finditer(text):
            found = read_name(text[m.start():])  # stops at a comma: "Madame ETORÉ, Messieurs LASSERRE, RICARD"
            name = clean_name(found[1]) if found else ""
            words = name.split()
            if found and found[0] and _is_name(name) and is_whole_name(words) and len(words) <= 4:
                for word in words:
                    if _is_caps(word) and word.lower() not in PARTICLES:
                        for token in _tokens(word):
                            full.setdefault(token, set()).add((_GENDER.get(found[0]), name))
    out = _Roll()
    for row in roll.rows:
        words = _tokens(row.person)
        if len(words) == 1 and row in alone:
            gender = _GENDER.get(row.civility or "")
            names = {name for g, name in full.get(words[0], ()) if gender is None or g is None or g == gender}
            names = {n for n in names if not any(other is not row and _same(n, other.person) for other in roll.rows)}
            if len({tuple(sorted(_tokens(n))) for n in names}) == 1:
                name = min(names, key=len)
                row = dataclasses.replace(row, person=name, person_normalised=normalise_person(name))
        out.add(row)
    return out


# --------------------------------------------------------------------------------------------
# Attendance tables: one member a row, one column per status
# --------------------------------------------------------------------------------------------

# The cells of a table row, between pipes or tabs: "| DURAND Paul | | X | DUPONT Jean |", "DUPONT Jean\tX\t\t"
_CELL = regex.compile(r"[ \t]*\|[ \t]*|\t")
# A column header that names a status: "Présent", "Présent(e)", "Absent", "Excusé(e)", "Pouvoir à", "Procuration donnée à"
_COLUMN = (
    ("represented", regex.compile(r"^(?:pouvoirs?|procurations?|mandataire|représentée?\s+par)(?:\s+(?:donnée?\s+)?(?:à|a))?$", regex.I)),
    ("excused", regex.compile(rf"^(?:absent{_INCL}\s+)?excus[ée]{_INCL}$", regex.I)),
    ("absent", regex.compile(rf"^absent{_INCL}(?:\s+non\s+excus[ée]{_INCL})?$", regex.I)),
    ("present", regex.compile(rf"^pr[ée]sent{_INCL}$", regex.I)),
)
# A mark in a status column: "X", "x", "✓", "oui" (a number is a count: "| Chomérac | 3 | 1 |" counts, names nobody)
_MARK = regex.compile(r"^(?:x|✓|✔|☒|■|●|oui|p|a|e)$", regex.I)
_NUMBER = regex.compile(r"^\d+$")
# A separator row of a Markdown table: "|---|:---:|"
_RULE = regex.compile(r"^[\s|:+-]*-{3,}[\s|:+-]*$")


def _cells(text: str) -> list[tuple[str, int]]:
    """The cells of a row as (text, offset in the row), outer pipes dropped."""
    out, last = [], 0
    for m in [*_CELL.finditer(text), None]:
        end = m.start() if m else len(text)
        out.append((text[last:end].strip(), last + len(text[last:end]) - len(text[last:end].lstrip())))
        last = m.end() if m else last
    if text.lstrip().startswith("|"):
        out = out[1:]
    if text.rstrip().endswith("|"):
        out = out[:-1]
    return out


def _header(cells: list[tuple[str, int]]) -> dict[int, str] | None:
    """The status of each status column of a header row, if it has two of them at least."""
    columns = {i: status for i, (cell, _) in enumerate(cells) for status, p in _COLUMN if p.match(cell)}
    return columns if len(columns) >= 2 and min(columns) >= 1 else None


def _tables(lines: list[tuple[str, int]]) -> list[_Entry]:
    """Members read from attendance tables: "| Nom | Présent | Absent | Excusé | Pouvoir à |" then a row a member."""
    entries: list[_Entry] = []
    columns: dict[int, str] | None = None
    for text, offset in lines:
        if "|" not in text and "\t" not in text:
            columns = None
            continue
        cells = _cells(text)
        header = _header(cells)
        if header:
            columns = header
            continue
        if columns is None or _RULE.match(text):
            continue
        entry = _table_row(cells, columns, offset)
        if entry:
            entries.append(entry)
    return entries


def _table_row(cells: list[tuple[str, int]], columns: dict[int, str], offset: int) -> _Entry | None:
    """One member of an attendance table, with the status its row marks (see _tables)."""
    first = min(columns)
    if len(cells) <= first:
        return None
    names = [c for c, _ in cells[:first] if c]
    civility, name, _ = _person(" ".join(names))
    if not _is_name(name):
        return None
    if any(_NUMBER.match(cells[i][0]) for i in columns if i < len(cells)):
        return None
    status = holder = None
    for i, kind in sorted(columns.items()):
        cell = cells[i][0] if i < len(cells) else ""
        if not cell:
            continue
        if kind == "represented" and not _MARK.match(cell):
            holder = _person(cell)[1] or None
            status = status or "excused"
        elif _MARK.match(cell) and status is None:
            status = "excused" if kind == "represented" else kind
    if status is None:
        return None
    row_start = offset + cells[0][1]
    at = next((o for c, o in cells[:first] if c), cells[0][1])
    start = offset + at
    end = offset + cells[first - 1][1] + len(cells[first - 1][0])
    return _Entry(name, civility, status, None, None, holder, start, max(end, start + 1), (row_start, offset + cells[-1][1] + len(cells[-1][0])))


# --------------------------------------------------------------------------------------------
# Counts printed with the lists
# --------------------------------------------------------------------------------------------

# A count closing a list, or in its heading: "… Mme Sylvie VALENTE-LE HIR (25)", "ETAIENT PRESENTS (28)", "POUVOIRS (3)"
_CLOSING_COUNT = regex.compile(rf"{BRACKETED_COUNT}\W*$")
_HEADING_COUNT = regex.compile(BRACKETED_COUNT)
_COUNTED_TAIL = regex.compile(_unaccented(_COUNTED_LINE), regex.I)  # (see _COUNTED_LINE)
_COUNTED = {"present": "members_present", "proxy": "members_represented", "represented": "members_represented",
            "absent": "members_absent", "excused": "members_excused"}


def _preamble(doc: Document, seg: Segmentation) -> tuple[list, list, list, list]:
    """(physical lines, virtual lines, lists, per-question blocks) of the session's opening, read once per document
    for both extractors that need them (attendance, and meeting through printed_counts)."""
    key = (doc.document_id, seg.opening_end, seg.agenda_span, len(doc.text))
    if _PREAMBLES.get("key") != key:
        physical = _physical_lines(doc, seg)
        lines = _virtual_lines(physical)
        lists, changes = _blocks(lines)
        _PREAMBLES.clear()
        _PREAMBLES.update(key=key, value=(physical, lines, lists, changes))
    physical, lines, lists, changes = _PREAMBLES["value"]
    return physical, lines, list(lists), list(changes)


# A proxy that runs from a later time or item: "(à partir de 11 heures)", "à compter du point 5", "(à partir de la délibération
# n° 12)": given during the session by a member present at the opening
_GIVEN_LATER = regex.compile(r"(?:à\s+partir|à\s+compter)\s+(?:de\s+|du\s+|d['’]\s*)(?:la\s+|l['’]\s*)?(?:\d|point|question|délibération|dossier|item|sujet|affaire|rapport)", regex.I)


_PERSON_LISTS = ("present", "absent", "excused", "represented", "proxy", "replaced")  # the lists that name members at the opening
_PREAMBLES: dict = {}  # the last document's preamble, as _preamble reads it


def printed_counts(doc: Document, seg: Segmentation) -> dict[str, tuple[int, int, int]]:
    """Counts printed with the lists, as {field: (value, start, end)}: "Étaient présents (28) :", a count in brackets
    closing a list ("… VALENTE-LE HIR (25)"). The meeting extractor keeps them where the text declares no count."""
    out: dict[str, tuple[int, int, int]] = {}
    _, lines, lists, _ = _preamble(doc, seg)
    for text, offset in lines:
        label = _label(text) or _mid_label(text, 0)
        if label and label[0] in _COUNTED:
            m = _HEADING_COUNT.search(text, 0, label[1]) or _COUNTED_TAIL.search(text, 0, label[1])
            if m:
                out.setdefault(_COUNTED[label[0]], (int(m["n"]), offset + m.start("n"), offset + m.end("n")))
            if m and m.re is _COUNTED_TAIL and m["of"]:  # "Etaient présents, 6 conseillers sur 7": 7 in office
                out.setdefault("members_in_office", (int(m["of"]), offset + m.start("of"), offset + m.end("of")))
    for status, block in lists:
        if status in _COUNTED and block:
            last, offset = block[-1]
            m = _CLOSING_COUNT.search(last)
            if m and (len(block) > 1 or m.start() > 0):
                out.setdefault(_COUNTED[status], (int(m["n"]), offset + m.start(), offset + m.end()))
    return out


# --------------------------------------------------------------------------------------------
# Minutes that name those present in sentences, with no list
# --------------------------------------------------------------------------------------------

_CIV = r"(?:Messieurs|Mesdames|Monsieur|Madame|Mademoiselle|MM\.?|Mmes|Mme|Mlle|Mrs?\.?|M\.)"
# "…, sous la présidence de Monsieur Louis X, …, assisté de Messieurs A, B et C, Vice-Présidents, D, E, Secrétaires, …,
# Membres du Bureau." (the bureau around the one presiding, named in the opening sentence)
_ASSISTED = regex.compile(rf"\bassisté(?:e|s|es)?\s+(?:de\s+|d['’]\s*)(?={_CIV}\s+\p{{Lu}})")
# "Mme A, Mme B, Mr C et Mr D, soit 8 élus, se sont déplacés." / "M. A, Mme B et M. C étaient présents." (the names first,
# then the verb that says they were there)
# ... or "Paul DURAND, Anne ROUX et Luc PETIT étaient présents. Jean NOEL était excusé." (a whole name, no civility)
_THERE = regex.compile(
    rf"(?:^|(?<=[.:;!?]\s{{0,3}})|(?<=\n))\s*(?P<names>(?:{_CIV}\s+\p{{Lu}}|(?-i:\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?\s+\p{{Lu}}{{2}}))"
    r"(?:[^.;:!?\n]|(?<=(?<![\p{L}])(?:M|MM|Mr|\p{Lu}))\.){0,600}?)\s*"  # (the full stop of "M." or of an initial goes on)
    r"(?:,\s*soit\s+\d{1,3}\s+(?:élus|conseillers|conseillères|membres|délégués)\s*,?\s*)?"
    r"(?:(?P<present>se\s+sont\s+déplacée?s|(?:étaient|sont)\s+présente?s|assistaient\s+à\s+la\s+(?:séance|réunion))"
    r"|(?P<excused>(?:était|étaient|est|sont)\s+excusée?s?)|(?P<absent>(?:était|étaient|est|sont)\s+absente?s?(?!\s+excus)))\b")
# "Mr X s'est fait représenter", "M. X, Président empêché" / "en l'absence de Monsieur X" (the one who would have presided)
_NOT_THERE = regex.compile(
    rf"(?P<civ>{_CIV})\s+(?P<name>\p{{Lu}}[\p{{L}}'’ -]{{1,60}}?)\s+s['’](?:est|était)\s+fait(?:e)?\s+représenter"
    rf"|\ben\s+l['’]absence\s+de\s+(?P<civ2>{_CIV})\s+(?P<name2>\p{{Lu}}[\p{{L}}'’ -]{{1,60}}?)\s*,\s*\p{{L}}[^,.;]{{0,40}}empêchée?\b")
# the end of the sentence that lists the bureau: a full stop after a word (never after an initial or "M.")
_SENTENCE_STOP = regex.compile(r"(?<=\p{Ll}{2}|\p{Lu}{2})\.(?=\s|$)")


def _prose_lists(text: str, offset: int) -> list[tuple[str, list[tuple[str, int]]]]:
    """The lists of minutes that name those present in their opening sentences (see _ASSISTED, _THERE, _NOT_THERE), as
    (status, [(text, document offset)]): read only where no labelled list names anybody present."""
    out: list[tuple[str, list[tuple[str, int]]]] = []
    flat = text.replace("\n", " ")
    for m in _ASSISTED.finditer(flat):
        stop = _SENTENCE_STOP.search(flat, m.end())
        end = stop.start() if stop else min(len(flat), m.end() + 800)
        names = flat[m.end():end]
        if len(_parse_list("present", [(names, 0)])) >= SETTINGS.assisted_min:
            out += [("present", [(names, offset + m.end())]), ("presided", [])]  # (and the one they assist was there)
    for m in _THERE.finditer(text):
        names = m["names"].replace("\n", " ")
        status = "present" if m["present"] else "excused" if m["excused"] else "absent"
        if len(_parse_list(status, [(names, 0)])) >= (2 if status == "present" else 1):
            out.append((status, [(names, offset + m.start("names"))]))
    for m in _NOT_THERE.finditer(flat):
        civ, name = ("civ", "name") if m["name"] else ("civ2", "name2")
        out.append(("excused", [(flat[m.start(civ):m.end(name)], offset + m.start(civ))]))
    return out


# --------------------------------------------------------------------------------------------
# The extractor
# --------------------------------------------------------------------------------------------


def extract(doc: Document, seg: Segmentation, facts: Extraction | None = None) -> dict:
    """Attendance at the opening, proxies given at the opening, and the changes during the session. It reads the
    meeting's facts (its president, for "pouvoir à M. le Maire") when given them."""
    physical, lines, lists, change_blocks = _preamble(doc, seg)
    if physical and not any(status == "all_present" or (status in _PERSON_LISTS and block) for status, block in lists):
        # fail-safe: no list names anybody; the sentences that do, in the preamble's first chars
        start = physical[0][1]
        end = min(len(doc.text), start + SETTINGS.prose_region, max(seg.opening_end, start + 1))
        lists += _prose_lists(doc.text[start:end], start)
    roll = _Roll()
    arrived_later: set[str] = set()  # members listed present with a remark that they came after the opening
    proxies: list[tuple[_Entry, str]] = []
    givers: list[_Entry] = [entry for text, offset in lines for entry in _respective(text, offset)]
    proxies += [(entry, entry.holder) for entry in givers]
    lists.append(("table", physical))
    for status, block in lists:
        if not block or status == "left":
            continue  # members who left during the session: attendance_changes (movements), not the opening
        listed_as = {"loose": "proxy", "said_excused": "excused"}.get(status, status)
        for entry in (_tables(block) if status == "table" else _parse_list(listed_as, block)):
            if status == "loose" and not ((entry.holder or entry.received) and (entry.civility or _whole(entry.person)
                                                                               or _named_as_listed(entry, roll))):
                continue  # a proxy in prose needs a name on each side, the giver's with a civility or whole ("ZUMBA
                # représentée par Mme X" in an item names an association)
            if entry.holder:
                proxies.append((entry, entry.holder))
            if entry.received:
                # "M. Jean DUPONT (pouvoir de M. Paul DURAND)": the giver gave his proxy to this entry's person
                giver, civility, start, end = entry.received
                given = _Entry(giver, civility, "excused", None, None, entry.person, start, end, entry.statement)
                proxies.append((given, entry.person))
                givers.append(given)
            if status in ("proxy", "loose"):
                if entry.holder or not entry.received:  # the holder of a proxy ("X porte le pouvoir de Y") gave none
                    givers.append(entry)
                continue
            if (row := roll.find(entry.person)):
                if row.status == "present" and entry.status in ("absent", "excused") and (fold(row.person) in arrived_later
                                                                                     or status == "said_excused"):
                    # "Présents : …, X (arrivé à 19 h 49)" / "Absents excusés : X (arrivé à 19 h 49)": listed in both, the
                    # member came after the opening: the status at the opening is the other list's
                    roll.rows[roll.rows.index(row)] = dataclasses.replace(row, status=entry.status)
                continue
            if entry.status == "present" and entry.holder and _gives_in_sentence(doc.text[entry.statement[0]:entry.statement[1]]):
                # reconciled: a giver read in the list of those present whose own sentence gives the proxy, its verb
                # written ("… TISSERAND Florence M. ORMONT Florent donne procuration à M. X", m09 Aubiet, no full stop
                # before it), was not there: one gives a proxy for a session one misses
                entry = _replace(entry, status="excused")
            if entry.status == "present" and _ARRIVED.search(doc.text, entry.statement[0], entry.statement[1]):
                arrived_later.add(fold(entry.person))
            if entry.status == "present" and entry.role and STAFF_FUNCTION.match(fold(entry.role).lower()):
                # "Mme Lydie X, trésorière principale." printed after the members present: the State's accountant or the
                # body's staff attend, they are no members
                entry = _replace(entry, status="invited")
            # a member keeps the status of the list that names him, a proxy given or not ("Absents : M. X (pouvoir à M. Y)")
            roll.add(Attendance(entry.person, normalise_person(entry.person), entry.civility, entry.status,
                                         entry.substitute_for, entry.role, doc.provenance(entry.start, entry.end)))
    # a proxy giver listed nowhere else was excused
    for entry in givers:
        name = _resolve(entry.person, roll)  # "Pouvoirs : M. DURAND à M. DUPONT" after "Absents : M. Paul DURAND"
        if not roll.find(name) and not _listed_by_surname(name, roll):
            roll.add(Attendance(entry.person, normalise_person(entry.person), entry.civility, "excused",
                                         entry.substitute_for, entry.role, doc.provenance(entry.start, entry.end)))
    if any(row.status in ("present", "absent", "excused") for row in roll.rows):
        for name, civility, start, end in _guests(lines) + _staff_secretaries(lines):
            if not roll.find(name):
                roll.add(Attendance(name, normalise_person(name), civility, "invited", None, None, doc.provenance(start, end)))
    roll = _full_names(roll, lines)
    president = facts.meeting.president if facts is not None else None  # "pouvoir à M. le Maire"
    if _NO_PROXY_COUNT.search(doc.text) and not _SOME_PROXY_COUNT.search(doc.text):
        # "Représentés : X représenté par Y" where the minutes count no proxy ("Nombre de procurations : 0"): Y is the
        # substitute who sits for X (a delegate's suppléant), not the holder of a proxy
        kept = []
        for entry, holder in proxies:
            said = doc.text[entry.statement[0]:entry.statement[1]]
            if _REPRESENTED_BY.search(said) and not _PROXY_NOUN.search(said):
                name = _resolve(holder, roll)
                if _is_name(name) and not roll.find(name):
                    roll.add(Attendance(name, normalise_person(name), None, "present", _resolve(entry.person, roll), None,
                                        doc.provenance(*entry.statement)))
                continue
            kept.append((entry, holder))
        proxies = kept
    all_present = any(status == "all_present" for status, _ in lists)  # "Présents : tous les membres sauf : …"
    # the count of members present printed in the header is one more than the names listed present, the one presiding
    # listed nowhere: he is the one missing ("Membres présents : 15 Sous la présidence de M. X – Maire" over 14 names)
    declared = facts.meeting.members_present if facts is not None else None
    one_short = declared is not None and declared == sum(row.status == "present" for row in roll.rows) + 1
    by_function = any(status == "present" and _FUNCTION_LISTED.search("\n".join(t for t, _ in block)) for status, block in lists)
    # the mayor presiding, the lists of those present leaving him out ("sous la présidence de Monsieur Patrick X, Maire." /
    # "Etaient présents : …" without him, Verfeil, Roure): the one presiding is present (docs/attendance.md, "Conventions")
    # (never where the header's count of those present is that of the names listed: he did not sit, or is one of them)
    listed_present = sum(row.status == "present" for row in roll.rows)
    mayor = (president is not None and facts is not None and listed_present > 0 and declared != listed_present
             and _presiding_mayor(doc.text, facts.meeting.provenance.get("president")))
    if (all_present or one_short or by_function or mayor or any(status == "presided" for status, _ in lists)) and president \
            and _is_name(president) and not _listed(president, roll):
        # (a given name shared says nothing: "Dominique X" presides, "Dominique Y" is excused)
        # the one presiding was there, where the lists name only who was not
        where = facts.meeting.provenance.get("president") or doc.provenance(0, min(len(doc.text), 1))
        roll.add(Attendance(president, normalise_person(president), None, "present", None, None, where))
    secretary = facts.meeting.secretary if facts is not None else None
    if all_present and secretary and _is_name(secretary) and not _listed(secretary, roll) and " et " not in secretary:
        # attendance by exception names only who was not there: the member designated secretary of the session was
        # ("… à l'exception de Messieurs X et Y, absents excusés. … la candidature de Monsieur Philippe Z, conseiller, en
        # qualité de secrétaire de séance", Pluguffan; 58 of the 60 secretaries of the open golds are present members, the
        # others staff (invited, read before) and a misspelt surname)
        where = facts.meeting.provenance.get("secretary") or doc.provenance(0, min(len(doc.text), 1))
        roll.add(Attendance(secretary, normalise_person(secretary), None, "present", None, None, where))
    if all_present or any(row.status == "present" for row in roll.rows) or proxies:  # a holder the lists name nowhere
        # (also where no list of those present is printed, only the absent and their proxies: Saint-Maximin's "Absents
        # représentés : X (pouvoir à Y) - …": every holder of every annotated document is present)
        for entry, holder in proxies:
            # the holder of a proxy votes at the session: present, where the lists name him nowhere (often the president,
            # left out of the list he presides: "Absents représentés : M. X représenté par Mme Y, Maire")
            holder = _resolve(holder, roll, president)
            words = [w for w in _tokens(holder) if len(w) > 1]
            # an initial and a SURNAME name a person too: "pouvoir à G LAMOTTE"
            initial = len(words) == 1 and len(_tokens(holder)) == 2 and holder.split()[-1].isupper() and len(words[0]) >= 3
            if entry.holder_listed or holder.startswith("le ") or not _is_name(holder) or (len(words) < 2 and not initial) or _listed(holder, roll):
                continue  # a function nobody listed, a first name alone ("Mario"), or a member listed under another form
                # ("MC MUSSO", "MUSSO Marie-Claude")
            roll.add(Attendance(holder, normalise_person(holder), None, "present", None, None, doc.provenance(*entry.statement)))
    out_proxies, seen = [], set()
    for entry, holder in proxies:
        giver, holder = _resolve(entry.person, roll), _resolve(holder, roll, president)
        if holder.startswith("le ") or (entry.holder_listed and not roll.find(holder)):
            continue  # a function nobody listed holds; a bare name in brackets nobody lists
        if _GIVEN_LATER.search(doc.text, entry.statement[0], entry.statement[1])  and (row := roll.find(giver)) and row.status == "present":
            continue  # "Jean VILA à Roger FERRER (à partir de 11 heures)", the giver listed present: a proxy given during the
            # session, when its giver left (an attendance change, not the opening's)
        key = (fold(giver), fold(holder))
        if key in seen:
            continue
        seen.add(key)
        out_proxies.append(Proxy(giver, holder, doc.provenance(*entry.statement)))
    changes = [counts_block(doc, m, block) for m, block in change_blocks] + movements(doc, seg)
    changes = [dataclasses.replace(c, person=_resolve(c.person, roll, president), holder=c.holder and _resolve(c.holder, roll))
               if c.person else c for c in changes]
    out_changes, stated = [], set()
    for c in changes:
        key = (c.event, c.person and fold(c.person), c.from_item)
        if c.person in ("le Maire", "le Président") or (c.person and key in stated):
            continue  # a function nobody listed holds; a movement stated twice ("Questions 11 à 17 : Départ de M. X", then in item 11)
        stated.add(key)
        out_changes.append(c)
    return {"attendance": roll.rows, "proxies": out_proxies, "attendance_changes": out_changes}
