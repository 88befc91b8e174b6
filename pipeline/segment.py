"""Segment stage: find the agenda ("ordre du jour"), parse it into a tree of numbered items, and
find in the body the section that treats each item.

Numbering styles are told apart by their shape (roman "I.", compound "I.2", letter "A.",
arabic "1." / "1/" / "1 -", deliberation numbers "2019-93"); the level of a style is the order
in which it first appears under its parent, so "I. > I.1 > A. > 1." becomes the path "I.2.A.1"
whatever heading marks (Markdown `#`, bold) the document puts around it.

Body sections are matched to agenda items in order, on number and title, since minutes often
retitle an item in the body. Agenda items not found in the body, and numbered body sections the
agenda never announced, are recorded.

The agenda may be headed "ORDRE DU JOUR", "Points inscrits à l'ordre du jour", introduced by a
sentence ("donne lecture de l'ordre du jour :"), printed as a table (pipes, tabs, a rapporteur
column), bulleted or plain with blank lines between titles, and closed by an unnumbered
"Questions diverses". A procès-verbal's table of contents ("SOMMAIRE", its page column read apart or
after each title) stands for it where it lists more than the body's own headings. Points of a decision's operative part ("1. D'approuver ..."), vote counts
and cost lists reuse numbers in the body: they are never items.

The body's structure is read from the legal shape of a deliberation: a title, an exposé, a
formula ("Après en avoir délibéré", "Le conseil, ouï l'exposé"), an operative part ("DÉCIDE")
and a vote ("VOTE : UNANIMITE"). Titles are lines that look like one: numbered, a deliberation
number, "Objet :", set apart by typography (bold, underline, capitals, a larger size, a heading
style: the reader keeps it), or plain right after a vote; a title owns a deliberation when an
anchor follows it before the next title. Without an agenda these sections stand for it; with
one, the items the body retitles are found by their place between found items. Each item says
how it was found (`found_by`).

The session's opening (header, attendance, counts, secretary) is decided here once, as
`Segmentation.opening_end` (see `opening_end`): the preamble when it prints the opening's labels,
else, where an item read too early cut it short, up to the first deliberation after those labels.
The meeting and attendance extractors read that region and never look past it on their own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace

import regex

from pipeline.french.dates import find_dates
from pipeline.french.names import PROXY_VERB
from pipeline.french.session import (
    COUNT_LABEL,
    OPENING_LABEL,
    PRESENT_LABEL,
    SESSION_CLOSED,
    SESSION_HELD,
    SESSION_TO_COME,
)
from pipeline.french.votes import ASSENT_WORDS, DELIBERATED_WORDS, WITHDRAW_ANNOUNCED, withdrawn_numbers
from pipeline.records import AgendaItem, Document, Line, Section, Segmentation, written_in_capitals
from pipeline.text import fold

# ---------------------------------------------------------------------------------------------
# Line cleaning and item numbers
# ---------------------------------------------------------------------------------------------

# Markdown and bold marks around a heading: "###### **A. Direction Générale des Services**"
# (and a rule of underscores the text layer put before a title: "_______ II – DELEGATION DE POUVOIRS")
_MARKUP = regex.compile(r"^\s*#{1,6}\s*|^\s*_{3,}\s+(?=\S)|\*\*|__|<\/?b>")
# A separator line: "_________", "---", "* * *"
_SEPARATOR = regex.compile(r"^\s*[-_=*•~. ]{3,}\s*$")
# The agenda heading: "ORDRE DU JOUR", "Ordre du jour :", "L'ordre du jour est le suivant :",
# "Ordre du jour de la séance :", "Points inscrits à l'ordre du jour :", "Rappel de l'ordre du jour",
# "QUESTIONS INSCRITES A L'ORDRE DU JOUR", "Affaires portées à l'ordre du jour :", "Sujets à l'ordre du jour"
_AGENDA_HEADING = regex.compile(
    r"^\W*(?:(?:liste\s+des\s+)?(?:points|questions|affaires|sujets|dossiers)\s+(?:(?:inscrit|port[ée])e?s\s+)?[àa]\s+|rappel\s+de\s+)?"
    r"(?:l['’ ]\s*)?ordre\s+du\s+jour"
    # "Ordre du jour de la séance du conseil municipal", "ORDRE DU JOUR CONSEIL COMMUNAUTAIRE", "Ordre du jour du comité
    # syndical", "ORDRE DU JOUR - SEANCE DU 12 MARS 2024", "Ordre du jour du bureau"
    r"(?:\s*[-–]?\s*(?:(?:de\s+la|du)\s+)?(?:s[ée]ance|r[ée]union|conseil|comit[ée]|bureau|session)"
    r"(?:\s+(?:du\s+conseil|municipal|communautaire|syndical|ordinaire|extraordinaire|publique|d['’]administration))*"
    r"|\s+du\s+conseil(?:\s+\p{L}+)?|\s+prévisionnel)?"
    # "Ordre du jour de la séance du 12 mars 2024", "ORDRE DU JOUR DU CONSEIL MUNICIPAL DU 12/03/2024"
    r"(?:\s+du\s+(?:\p{L}+\s+)?(?:\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}))?"
    r"(?:\s+(?:(?:est|était|étant|sera)\s+(?:le\s+)?suivant|appelle(?:\s+les\s+points\s+suivants)?|:)?)?\W*$",
    regex.I,
)
# The table of contents of a procès-verbal, which lists its items (with their pages): "SOMMAIRE", "Sommaire :"
_SUMMARY_HEADING = regex.compile(r"^\W*sommaire\W*$", regex.I)
# A sentence that introduces the agenda, when no heading does: "Monsieur le Maire donne lecture de
# l'ordre du jour :", "Le conseil est appelé à délibérer sur l'ordre du jour suivant :"
# (a transcription may drop the apostrophe: "L ordre du jour étant le suivant :")
# and a longer sentence that ends on what follows: "donne lecture de l'ordre du jour qui comporte les points
# suivants :", "Les points inscrits à l'ordre du jour sont les suivants :"
_AGENDA_INTRO = regex.compile(
    r"\bl['’ ]\s*ordre\s+du\s+jour(?:\s+suivant|\s+ci-apr[èe]s|\s+(?:est|était|étant|sera)\s+(?:le\s+)?suivant"
    r"|\s[^.:;]{0,80}\b(?:suivante?s|ci-apr[èe]s))?\s*:\s*$", regex.I)
# A table header inside the agenda: "N° Objet"
# "Numéro Intitulé Rapporteur", "Point Objet"
_TABLE_HEADER = regex.compile(r"^\s*(?:n\s*[°o]\.?|num[ée]ro|point|rang)\s+(objet|intitulé|intitule|titre|libellé|libelle|désignation)\b", regex.I)
# Who presents an item, under its title: "Rapporteur : M. Jean DUPONT", "Présenté par Mme MARTIN"
_RAPPORTEUR_LINE = regex.compile(r"^\W*(?:rapporteu(?:r|se|re)s?|pr[ée]sent[ée]e?s?\s+par)\b", regex.I)
# A bullet: "- Décision modificative n°1", "• DM n°1", "➢ Questions diverses" (Word's arrow bullet, which OCR
# reads as ">"), "✓ Vote des taux", a symbol font's bullet in the private use area, and a symbol font's
# bullet as a PDF's text layer spells it with the letter of its code: Word's second-level bullet "o"
# (Courier New), its square "§" (Wingdings), its arrow "Ø" and its check "ü" (a letter, so a bullet only
# before a capital: "o Création d'un emploi fonctionnel")
_BULLET_GLYPHS = "-–•▪◦●*➢►>✓✔■□♦❖➤·\uf0a7\uf0b7\uf0d8\uf076\uf0fc\uf02d"
_LETTER_BULLETS = "oØ§ü"
_BULLET = regex.compile(
    rf"^\s*(?:[{_BULLET_GLYPHS}]\s*(?<=\s|[\uf000-\uf0ff])|[{_LETTER_BULLETS}]\s+(?=\p{{Lu}}))(?P<title>\S.*)$")
# A bullet printed alone on its line, its text on the next (a PDF whose list bullets sit in a column
# of their own): "o" / "Approbation du compte rendu du 23 avril 2014"
_LONE_BULLET = regex.compile(rf"^\s*[{_BULLET_GLYPHS}{_LETTER_BULLETS}]\s*$")
# A bullet hangs left of its text (Word's default: 0.63 cm): a bulleted item whose bullet OCR read,
# among items whose bullets it missed, starts that much left of them and is still one of them
BULLET_HANG = 18.0
# A dash typed against its word, as a list typed in a word processor prints it: "-Acquisition panneaux",
# "-Modification de la subvention à l'ADMR" (a bullet only among the lines of a list: see _list_bullet)
_TIGHT_DASH = regex.compile(r"^\s*[-–](?P<title>\p{Lu}.*)$")

_ROMAN = r"(?:X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}(?:IX|IV|V?I{0,3}))"  # I to XXXIX, "V" and "X" alone included
# Compound number: "I.1 APPROBATION DU COMPTE-RENDU", "I.2.A.1 Avis de principe", "2.1. Travaux"
# and the marks an arabic number takes: "7.1/ Modification des statuts", "2.3) Tarifs"
# (and "1.1- Budget", as "1- Budget")
_COMPOUND = regex.compile(rf"^(?P<num>(?:{_ROMAN}|\d{{1,2}})(?:\.(?:{_ROMAN}|\d{{1,2}}|[A-Z])){{1,3}})(?:\.|\s?[/)–-])?\s+(?:[–—-]\s+)?(?P<title>\S.*)$")
# Compound with a hyphen: "1-1 Proposition de modification des statuts", "1-2) Informations" (read as "1.1", "1.2";
# not a rank over a year, "17-2018", nor a date)
_HYPHEN_COMPOUND = regex.compile(r"^(?P<num>[1-9]\d?-[1-9]\d?)\s*\)?\s+(?:[–—-]\s+)?(?P<title>\p{Lu}.*)$")
# Roman: "I. VIE DU SYNDICAT MIXTE NUMÉRIAN", "II - POINT DIVERS", "III) Questions"
_ROMAN_ITEM = regex.compile(rf"^(?P<num>{_ROMAN})\s*[.)/–-]\s*(?P<title>\S.*)$")
# Letter: "A. Direction Générale des Services", "b) Le Secrétariat" (not "M. DUPONT": a civility)
# and lower-case with a dot or a bracket: "a) Budget principal", "b. Budget annexe de l'eau"
_LETTER_ITEM = regex.compile(r"^(?:(?P<num>[A-LN-Z])\s*[.)/–-]|(?P<num>[a-ln-z])\s*[.)])\s+(?P<title>\S.*)$")
# Arabic with a mark: "1. Mise à jour", "1/ respect des horaires", "1 - Création", "1) Budget", "1°) Vote"
# and "1°/ Budget", "1°- Budget", "1.- Budget", "1- Budget"
# and the dot OCR reads as a comma before a capital: "4, Observations et réclamations"
# (not a page's counter: "1/23 REPUBLIQUE FRANCAISE")
_ARABIC_ITEM = regex.compile(r"^(?P<num>\d{1,3})\s*(?:°\s*[)/.–-]?|(?:[.)]|/(?!\d))(?:\s*[–-](?=\s))?|\s?[–—-](?=\s)|,(?=\s*\p{Lu}\p{Ll}))\s*(?P<title>\S.*)$")
# A capital I that OCR reads as a lower-case l before a consonant: "lnstallation", "lmpôts locaux"
_OCR_CAPITAL_I = regex.compile(r"^l(?=[nmrtscdfgpbvz]\p{Ll})")
# Arabic without a mark, as agenda tables print it: "1 Création et composition des commissions"
# and a title that opens on an address's number: "11 1 Boulevard Mendès France - désaffectation ..." (not a
# thousands group: "12 500 Travaux")
_BARE_ARABIC_ITEM = regex.compile(r"^(?P<num>\d{1,3})\s+(?P<title>(?:(?!\d{3}\b)\d{1,4}(?:\s?(?:bis|ter)\b)?,?\s+)?\p{Lu}.*)$")
# Roman without a mark, as Word's list numbering followed by a tab comes out: "II PADD (Plan ...)",
# "IV Plan de sauvegarde communal" (only where bare numbers are allowed, like bare arabic ones)
_BARE_ROMAN_ITEM = regex.compile(rf"^(?P<num>{_ROMAN})\s+(?P<title>\p{{Lu}}.*)$")
# Deliberation number: "2019-93 Budget primitif", "DEL2025-02 : Tarifs", "N° 2019-93 - Vente",
# "Délibération n° 2023-45 : Tarifs", "Réf : 2021_057 - MODIFICATION DES STATUTS"
# and a code of capitals before shorter groups: "DL-055-07-13 Budget primitif", "DEL 20-86 Statuts" (not a date)
_DELIB_ITEM = regex.compile(
    r"^(?:(?:délibération|deliberation|dcm|dcc|dcs)\s+|d[ée]l(?:ib)?\.\s*|r[ée]f(?:[ée]rence)?\.?\s*:\s*)?(?:n\s*°\s*)?"
    # (a code of several groups before the year: "N°CC-DEL-2014-160", "N°CC-DEL- 2014-160", as a text layer spaces it)
    r"(?P<num>(?:(?-i:[A-Z]{1,5})(?:-\s|[ _-])?){0,3}(?!(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b)\d{4}[-_/]\d{1,4}(?:[-_/]\d+)?"
    # (the year's dash spaced by the text layer, as in a code: "2019- 02 AUTORISATION D'OUVERTURE ...")
    r"|(?:19|20)\d\d-\s(?=\d{1,3}\s+(?-i:\p{Lu}))\d{1,3}"
    r"|(?-i:[A-Z]{1,5})[ _-]?(?!\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b)\d{2,4}(?:[-_/]\d{1,4}){1,3}"
    # dotted after "N°": "N° 06.2019.01 – INTERCOMMUNALITE" (month, year, rank)
    # after "N°" even a reference shaped as a date: "Délibération N° 2018-03-02 Nomination du secrétaire de séance"
    r"|(?<=°\s*)(?:19|20)\d\d-\d{2}-\d{2}"
    r"|(?<=°\s*)\d{2}\.(?:19|20)\d\d\.\d{1,3}|(?<=°\s*)(?:19|20)\d\d\.\d{2}\.\d{1,3}"
    # after "N°", a rank over the year: "Délibération n° 29/2017 Recensement de la population" (not "12/03/2024", a date)
    r"|(?<=°\s*)\d{1,3}/(?:19|20)\d\d(?![/.]\d)"
    # a rank in the year: "17-2018 Vote des tarifs 2018"
    r"|\d{1,3}-(?:19|20)\d\d(?=\s*[:.–-]?\s+\p{Lu})"
    # after "N°", a rank, the month and the year: "DELIBERATION N° 37-06-14 : Création d'un poste"
    r"|(?<=°\s*)\d{1,3}-(?:0[1-9]|1[0-2])-\d{2}(?![-/.]?\d)"
    # a rank over the year's two digits, its colon after it: "028/18 : DISSOLUTION DU SYNDICAT" (not "12/03 :", a day)
    r"|(?:\d{3}/\d{2}|\d{2}/(?:1[3-9]|[2-9]\d))(?=\s*:\s*\p{Lu})"
    # the register's abbreviation before a plain number: "Dél. 486 CESSION D'UN TERRAIN", "Délib. n° 12 : Tarifs"
    r"|(?<=\bd[ée]l(?:ib)?\.\s*(?:n\s*°\s*)?)\d{1,4}(?![./]\d)(?!\s+(?:janv|f[ée]vr|mars|avril|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c))"
    # after "N°", any code of digit groups before a dash or a colon, even one shaped as a date: it is the
    # register's number, never a date nor a rank in the sequence: "N° 01-04-2014 – ELECTION DU PRÉSIDENT",
    # "N° 2014.04.01 : Indemnités", "N°12/2014/3 - Tarifs"
    r"|(?<=°\s*)\d{1,4}(?:\s?[-_/.]\s?\d{1,4}){1,3}(?=\s*[:–—-]\s)"
    # a register's rank of three or four digits before a dash or a colon and a title in capitals: "145 – COMMUNAUTÉ
    # DE COMMUNES ...", "N° 145 – RAPPORT ANNUEL", "0457 : CESSION" (not a year: "2016 – BUDGET")
    r"|(?!(?:19|20)\d\d\b)\d{3,4}(?!\d)(?:(?<=°\s*\d{3,4})(?=\s*[:–—-]\s)|(?=\s*[:–—-]\s+(?-i:\p{Lu}\p{Lu})))"
    # (issue #14, second wave) without "N°", a code that opens on the year and holds the register's rank, before a dash
    # or a colon: "2016.107 – Répartition des sièges", "2021.05 : Tarifs", "2019 – 054 – 03.12 – Indemnités", "2020 - 012 :
    # Budget" (a rank of three digits, or padded by a zero, where dashes part the groups: not a range of years "2024 –
    # 2026", not "2019 – 12 – Title"; not a date dotted "2019.12.03"), and the year and rank run together after the
    # register's letters: "D202455 – Décision modificative", "DCM2024012 : Tarifs"
    r"|(?:19|20)\d\d\.(?!(?:19|20)\d\d\b)\d{1,4}(?![.\d])(?=\s*[:–—-]\s)"
    r"|(?:19|20)\d\d\s?[–-]\s?(?:0\d{1,3}|(?!(?:19|20)\d\d\b)\d{3,4})(?!\d)(?:\s?[–-]\s?\d{1,4}(?:\.\d{1,4})?)?(?=\s*[:–—-]\s)"
    r"|(?-i:[A-Z]{1,4})(?:19|20)\d\d\d{2,3}(?!\d)(?=\s*[:–—-]\s))"
    r"\s*[:.–-]?\s+(?P<title>\p{L}.*)$",
    regex.I,
)
# A code's dash followed by a space the text layer put in it: "CC-DEL- 2014-160", "2019- 02"
_SPACED_CODE = regex.compile(r"(?<=[A-Z]|^(?:19|20)\d\d)-\s+(?=\d)")
# The spaces around a register number's separators: "N° 01 - 04 - 2014 – ELECTION"
_SPACED_GROUPS = regex.compile(r"(?<=\d)\s*([-_/.–])\s*(?=\d)")
# Spelled-out point: "Point 3 : Tarifs", "Question n°4 - Subvention", "Délibération n° 2 : Budget", "N°1 – Budget",
# the register's code before it: "DE N°1 Renouvellement du contrat", "DCM n° 12 : Tarifs"
# and ordinals: "1er point : Budget", "3ème point – Tarifs", or no mark: "POINT 3 Tarifs"
_POINT_ITEM = regex.compile(
    r"^(?:(?:(?:point|question|d[ée]lib[ée]ration|dossier|affaire)\s*(?:n\s*°|no)?|(?:(?-i:DE|DEL|DCM|DCC|DCS)\s*)?n\s*°)\s*(?P<num>\d{1,3})(?<!\d{3})(?!\.\d)"
    # (not a reference's first part: "Délibération n° 45-2019", "N° 37-06-14")
    r"(?![-/]\d)(?!\s?[-_/.]\s?\d{1,4}\s?[-_/.]\s?\d)"

    r"|(?P<num>\d{1,3})\s*(?:er|ère|re|e|ème|eme)\s+point)(?:\s*[:.–-]\s*|\s+(?=(?-i:\p{Lu})))(?P<title>\S.*)$",
    regex.I,
)

# A word of folded text: "deliberation", "2024" (in "Délibération n°2024-05")
_FOLDED_WORD = regex.compile(r"[a-z0-9]+")
# A word of three letters at least: "Budget" (not "n°", not "–")
_THREE_LETTERS = regex.compile(r"\p{L}{3,}")
# A title holds a word of two letters at least: "DÉLIBÉRATIONS" (not "–", not "2.")
_TWO_LETTERS = regex.compile(r"\p{L}{2,}")
# What follows a number that is a quantity, not an item number: "15 € par an", "2 jours", "10 % de"
_UNIT_AFTER_NUMBER = regex.compile(r"^(?:€|euros?|%|h\b|heures?|ans?\b|m²|m2|km|jours?|mois)", regex.I)
_MONTHS = ("janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
           "septembre", "octobre", "novembre", "décembre", "decembre")
MAX_TITLE_CHARS = 400
ORDER_AFFINITY = 0.45  # title affinity an item retitled in the body keeps with the section its place gives it
BEST_AFFINITY = 0.6  # title affinity of the closest section, where places do not pair items and sections one for one


@dataclass(frozen=True)
class Numbered:
    """A line read as a numbered item: its style, its own number and its title."""

    style: str  # roman, compound<k>, letter, arabic, delib, point
    number: str  # normalised: "I", "I.2", "A", "3", "2019-93"
    title: str
    marked: bool  # printed with a mark ("1." / "1 -"), not bare ("1 Création")


# A table cell naming who reports the item: "M. DUPONT", "Mme la Maire", "Le Président"
_RAPPORTEUR_CELL = regex.compile(r"^(?:m\.|mme|mmes|mm\.|monsieur|madame|(?:le|la)\s+(?:maire|pr[ée]sidente?|vice-pr[ée]sidente?|adjointe?))(?:\s|$)", regex.I)
# Between table cells: a tab (DOCX, HTML) or a pipe (Markdown): "1\tBudget", "| 1 | Budget |"
_CELL_SEPARATOR = regex.compile(r"\t|\s*\|\s*")
# A Markdown table's rule row cell: "---", ":--:"
_RULE_CELL = regex.compile(r"^:?-{2,}:?$")


def _table_row(text: str) -> str:
    """A table row as one line of its cells, without rule cells nor the rapporteur's cell.

    "| 1 | Budget primitif 2024 | M. DUPONT |" and "1\tBudget primitif 2024\tM. DUPONT" give
    "1 Budget primitif 2024".
    """
    cells = [c.strip() for c in _CELL_SEPARATOR.split(text)]
    cells = [c for c in cells if c and not _RULE_CELL.match(c)]
    if len(cells) >= 3 and _RAPPORTEUR_CELL.match(cells[-1]) and len(cells[-1]) <= 60:
        cells = cells[:-1]
    return " ".join(cells)


@functools.lru_cache(maxsize=16384)  # a line is stripped as an agenda candidate, a body candidate and a follower
def strip_markup(text: str) -> str:
    """A line without Markdown heading marks, bold marks and escapes, table cells joined.

    >>> strip_markup("###### **A. Direction Générale des Services**")
    'A. Direction Générale des Services'
    """
    text = _MARKUP.sub("", text).replace("\\_", "_").replace("\\", "")
    if "\t" in text or text.lstrip().startswith("|"):
        text = _table_row(text)
    return " ".join(text.split()).strip(" *")


# The act's label before an object, unnumbered: "DÉLIBÉRATION – Objet : Budget primitif", "Délibération. Objet : ...",
# "Extrait du registre - Objet : ..." (a numbered one is a deliberation number's line)
_ACT_BEFORE_OBJECT = r"(?:(?:d[ée]lib[ée]ration|extrait(?:\s+du\s+registre(?:\s+des\s+d[ée]lib[ée]rations)?)?|d[ée]cision)\s*[–—:.-]?\s*)?"
# An object label before a title: "2024-045 Objet : Budget primitif 2024", "Obj. : Tarifs"
_TITLE_OBJECT_LABEL = regex.compile(r"^(?:objet|obj\.)\s*:\s*(?=\S)", regex.I)


# Who reports, after a title: "Budget primitif 2024 (Rapporteur : M. DUPONT)", "Tarifs – Rapporteur : Mme MARTIN"
# or "Budget primitif 2024 Rapporteur : M. DUPONT"
_TITLE_RAPPORTEUR = regex.compile(
    r"(?:\s*(?:\(\s*|[–—-]\s+|,\s*)(?:rapporteu(?:r|se|re)s?|pr[ée]sent[ée]e?s?\s+par)\b|\s+rapporteu(?:r|se|re)s?\s*:)[^()]*\)?\s*$",
    regex.I,
)
# Who reports, in brackets after the title: "Travaux piscine (Mme ETORÉ)", "Avenant aux contrats (M. DELPERIER)"
_TITLE_SPEAKER = regex.compile(r"\s*\((?:M\.|MM\.|Mmes?|Monsieur|Madame)\s*[^()]{1,40}\)\s*$")
# A table of contents' leader and page: "Budget primitif 2024 ........ 3", "Tarifs …… p. 5"
_TITLE_LEADER = regex.compile(r"\s*(?:\.{3,}|…+)[\s.…]*(?:p\.?\s*)?\d*\s*$")
# and its page without a leader, marked: a range ("Sécurité routière P 9/10", "Agence postale p. 7-8") or the word
# itself ("p. 7", "Tarifs page 12"); not a plot's or a lot's letter and number ("Acquisition de la parcelle section
# P 123", "Vente du lot P 4")
_TITLE_PAGE = regex.compile(
    r"\s+(?:(?-i:P)\.?|(?-i:p)\.|pages?)\s?\d{1,3}\s?[/–-]\s?\d{1,3}\s*$|\s+(?:(?-i:p)\.|pages?)\s?\d{1,3}\s*$", regex.I)
# a single page after a column gap, read on an agenda's line before its spaces are collapsed: "Séance du conseil     P  3"
_TITLE_PAGE_AFTER_GAP = regex.compile(r"(?:[ ]{2,}|\t)(?:(?-i:P)\.?|(?-i:p)\.|pages?)\s*\d{1,3}(?:\s?[/–-]\s?\d{1,3})?[ \t]*$", regex.I)


def _without_page_column(text: str) -> str:
    """An agenda's line without the page column of a table of contents ("1       Séance du conseil       P  3")."""
    if text[-1:].isdigit() and ("  " in text or "\t" in text):
        return _TITLE_PAGE_AFTER_GAP.sub("", text)
    return text


# The stamp of the electronic transmission to the prefecture, that OCR runs into the line beside it:
# "Questions diverses . Envoyé en préfecture le 19/06/2023 Reçu en préfecture le 19/06/2023 Publié le ..."
_TITLE_STAMP = regex.compile(r"\s*[.|]?\s*(?:envoy[ée]|re[çc]u)\s+en\s+pr[ée]fecture\b.*$", regex.I)


def _clean_title(title: str) -> str:
    title = strip_markup(title)
    # the patterns run only where their words are: this is called on every line of the body
    if title[:3].lower() == "obj":
        title = _TITLE_OBJECT_LABEL.sub("", title)
    lowered = title.lower()
    if "rapporteu" in lowered or "par" in lowered:
        title = _TITLE_RAPPORTEUR.sub("", title)
    if title.endswith(")") and _TITLE_SPEAKER.search(title):
        title = _TITLE_SPEAKER.sub("", title)
    if "..." in title or "…" in title:
        title = _TITLE_LEADER.sub("", title)
    if title[-1:].isdigit() and _TITLE_PAGE.search(title):
        title = _TITLE_PAGE.sub("", title)
    if "fecture" in lowered and _TITLE_STAMP.search(title):
        title = title[:_TITLE_STAMP.search(title).start()]
    if title[:1] == ":":  # the mark after the number doubled: "1°) : ADHÉSION DE COMMUNE AU SMAHVSBE"
        title = title[1:]
    return title.rstrip(" :;,").strip()


_MARKED_STYLES = (
    ("point", _POINT_ITEM),
    ("delib", _DELIB_ITEM),
    ("compound", _COMPOUND),
    ("hyphen", _HYPHEN_COMPOUND),
    ("roman", _ROMAN_ITEM),
    ("letter", _LETTER_ITEM),
    ("arabic", _ARABIC_ITEM),
)


# What each style's pattern needs, a cheap pre-check that skips the patterns a line cannot match (most
# lines are prose): every number but a roman one holds a digit; an arabic one opens on it, a roman
# one on I, V or X, a compound on either
_DIGIT = regex.compile(r"\d")
_NEEDS = {"point": "digit", "delib": "digit", "compound": "first or roman", "hyphen": "first", "roman": "roman", "letter": "", "arabic": "first"}
_STYLES_FOR = {
    (digit, first, roman): tuple(
        (style, pattern) for style, pattern in _MARKED_STYLES
        if {"digit": digit, "first": first, "roman": roman, "first or roman": first or roman, "": True}[_NEEDS[style]]
    )
    for digit in (False, True) for first in (False, True) for roman in (False, True)
}


def _first_match(line: str) -> tuple[str, regex.Match | None, bool]:
    digit = _DIGIT.search(line) is not None
    for style, pattern in _STYLES_FOR[digit, digit and _DIGIT.match(line) is not None, line[:1] in ("I", "V", "X")]:
        m = pattern.match(line)
        if m:
            return style, m, True
    return "", None, True


@functools.lru_cache(maxsize=16384)  # a pure function of the line (Numbered is frozen), asked of most lines twice
def parse_numbered(text: str, allow_bare: bool = False) -> Numbered | None:
    """Read a line as a numbered item, or None.

    >>> parse_numbered("I.2 DÉLIBÉRATIONS").number
    'I.2'
    >>> parse_numbered("1/ respect des horaires des travaux le dimanche").title
    'respect des horaires des travaux le dimanche'
    """
    line = strip_markup(text)
    if not line or len(line) > MAX_TITLE_CHARS + 20:
        return None
    style, m, marked = _first_match(line)
    if m is None and allow_bare:
        style, m, marked = "arabic", _BARE_ARABIC_ITEM.match(line), False
        if m is None:
            style, m = "roman", _BARE_ROMAN_ITEM.match(line)
    if m is None:
        return None
    number, title = m.group("num"), _clean_title(m.group("title"))
    if not marked and (_SESSION_HEADING.match(title) or _MINUTES_HEADING.match(title) or _MASTHEAD.match(title)
                       or (_LETTERHEAD.match(title) and ":" not in title)):  # not "COMMUNE DE VILLERS : ADHESION"
        # a page's number before the document's own heading: "1 SEANCE DU CONSEIL MUNICIPAL DU 26 MARS 2013",
        # "1 COMMUNE DE CIRES-LES-MELLO Département de l Oise ...", "1 Conseil Municipal de Salaise sur Sanne Relevé
        # de décisions" (a page transcribed as one paragraph)
        return None
    if title[:1] == "l":
        title = _OCR_CAPITAL_I.sub("I", title)
    if not _TWO_LETTERS.search(title):
        return None
    first_word = title.split()[0].lower().strip(",.")
    if style in ("arabic", "roman", "point") and first_word in _MONTHS:
        return None  # a date: "30 septembre 2024 ..."
    if style == "arabic":
        if (int(number) == 0 and not (m.group().startswith("0.") or m.group().startswith("0 -"))) or int(number) > 150:
            # ("0. Approbation du procès-verbal": the point before the first, as some minutes number it)
            return None
        number = str(int(number))
        if _UNIT_AFTER_NUMBER.match(title):
            return None  # an amount or a duration: "15 € par an", "2 jours"
    if style == "hyphen":
        style, number = "compound", number.replace("-", ".")
    if style == "compound":
        style = f"compound{number.count('.') + 1}"
    if style == "letter" and title[:1].islower() and len(title.split()) < 2:
        return None
    if style == "delib":
        number = _SPACED_CODE.sub("-", number)  # "CC-DEL- 2014-160", as a text layer spaces it, reads "CC-DEL-2014-160"
        number = _SPACED_GROUPS.sub(r"\1", number).replace("–", "-")  # "01 - 04 - 2014", "2019 – 054" read "01-04-2014", "2019-054"
    return Numbered(style, number.upper() if style != "delib" else number, title, marked)


# ---------------------------------------------------------------------------------------------
# Title similarity
# ---------------------------------------------------------------------------------------------

_STOP = {
    "le", "la", "les", "de", "du", "des", "d", "l", "et", "a", "au", "aux", "en", "pour", "sur", "un", "une",
    "par", "dans", "avec", "n", "no", "o", "ou", "son", "sa", "ses",
}


@functools.lru_cache(maxsize=8192)  # the same titles are compared with every candidate heading
def title_words(text: str) -> frozenset[str]:
    """The significant words of a title, folded; not the label of its kind ("Information : rapport annuel du
    délégataire", a title as printed, is the body's "Rapport annuel du délégataire")."""
    return frozenset(w for w in _FOLDED_WORD.findall(fold(_ITEM_KIND_LABEL.sub("", text))) if w not in _STOP)


def title_affinity(a: str, b: str) -> float:
    """How alike two titles are when the body retitles an item (0..1): rapidfuzz's token-set
    ratio over their significant words, which forgives a word inflected or misread by OCR and
    words the body adds ("Adhésion au CAUE 60" / "Adhésion au Conseil d'Architecture ...").

    >>> title_affinity("Décisions modificatives du budget 2021", "Décision modificative (DM) du budget 2021") > 0.8
    True
    """
    from rapidfuzz import fuzz

    wa, wb = title_words(a), title_words(b)
    if not wa or not wb:
        return 0.0
    return fuzz.token_set_ratio(" ".join(sorted(wa)), " ".join(sorted(wb))) / 100


def title_similarity(a: str, b: str) -> float:
    """Share of significant words in common, over the longer title (0..1)."""
    wa, wb = title_words(a), title_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / max(len(wa), len(wb))


# ---------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------


@dataclass
class _Draft:
    numbered: Numbered
    path: str
    level: int
    parent: str | None
    title: str
    line: Line
    last_line: Line
    source: str
    found_by: str = "agenda"
    part_point: bool = False  # a bulleted line under a roman part of the agenda, ranked under it ("I.1")


# A column's header printed alone on its line, as a table of contents or an agenda table flattened by
# the text layer comes out: "OBJET" / "I." / "PAGES" / "Désignation des délégués ..." (never a title)
_COLUMN_HEADER = regex.compile(r"^\W*(?:pages?|objets?|intitul[ée]s?|rapporteurs?|n\s*°)\W*$", regex.I)


# A cell of a table of contents' page column, read apart from its titles: "4-6", "11 – 12", "21"
_PAGE_CELL = regex.compile(r"^(?:p\.\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?$", regex.I)


def _content_lines(doc: Document) -> list[Line]:
    lines = [line for line in doc.lines if not line.boilerplate and not _COLUMN_HEADER.match(strip_markup(line.text))]
    if any(len(line.text) > RUN_ON_CHARS for line in lines):
        lines = [piece for line in lines for piece in reflow(line)]
    if any(_TRAILING_REFERENCE_TAIL.search(line.text) and _TRAILING_REFERENCE.search(line.text) for line in lines):
        lines = [piece for line in lines for piece in _reference_first(line)]
    return _join_lone_numbers(_join_lone_bullets(lines))


def _join_lone_bullets(lines: list[Line]) -> list[Line]:
    """Each bullet printed alone on its line joined to the text on the next line of its page, where
    that text opens on a capital ("o" / "Création d'un emploi fonctionnel" reads "o Création d'un
    emploi fonctionnel"); a bullet before anything else stays as it is."""
    if not any(len(line.text) <= 3 and _LONE_BULLET.match(line.text) for line in lines):
        return lines
    out: list[Line] = []
    skip = False
    for position, line in enumerate(lines):
        if skip:
            skip = False
            continue
        nxt = lines[position + 1] if position + 1 < len(lines) else None
        if (len(line.text) <= 3 and _LONE_BULLET.match(line.text) and nxt is not None and nxt.page == line.page
                and nxt.text.strip()[:1].isupper() and not _LONE_BULLET.match(nxt.text)):
            glyph = line.text.strip()
            out.append(replace(nxt, text=f"{glyph} {nxt.text.strip()}", start=line.start, x0=line.x0 if line.x0 is not None else nxt.x0))
            skip = True
            continue
        out.append(line)
    return out


# A deliberation's reference printed after its title, as a municipal software prints its list of
# deliberations ("Vote des tarifs 2018 - 17-2018", several on a line) and the body's titles ("Vote des
# tarifs 2018 réf : 17-2018"): read as "17-2018 Vote des tarifs 2018", a reference before its title
_REFERENCE = r"(?:\d{1,3}-(?:19|20)\d\d|(?:19|20)\d\d-\d{1,4})"
_TRAILING_REFERENCE = regex.compile(rf"(?P<title>\p{{Lu}}[^\n]*?\p{{L}}[^\n]*?)\s+(?:-|–|r[ée]f\.?\s*:)\s+(?P<num>{_REFERENCE})(?=\s+\p{{Lu}}|\s*$)")
# (its tail alone, a cheap pre-check: a line without it cannot match, and most lines have none)
_TRAILING_REFERENCE_TAIL = regex.compile(rf"\s(?:-|–|r[ée]f\.?\s*:)\s+{_REFERENCE}(?=\s+\p{{Lu}}|\s*$)")


def _reference_first(line: Line) -> list[Line]:
    """A line of titles each followed by its reference, one line per title, its reference first."""
    pieces = []
    position = 0
    for m in _TRAILING_REFERENCE.finditer(line.text):
        if line.text[position:m.start()].strip():
            return [line]  # prose before a title: not a list
        pieces.append(replace(line, text=f"{m['num']} {m['title'].strip()}", start=line.start + m.start(), end=line.start + m.end()))
        position = m.end()
    if not pieces or line.text[position:].strip():
        return [line]
    return pieces


# ---------------------------------------------------------------------------------------------
# Run-on text: a page transcribed as one paragraph
# ---------------------------------------------------------------------------------------------

# A line longer than this is no printed line but a page run together by a transcription (the text
# copies of minutes on document-sharing sites, a PDF's text layer pasted without its breaks): its
# agenda, headings, exposés and votes follow one another inline. It is cut where a reader sees a
# new line begin; each row is (name, pattern of the cut's position), with examples that must and
# must not cut in tests/test_segment_rules.py.
RUN_ON_CHARS = 600
_ITEM_START = (
    # "1. Budget", "2- Compte", "3) Tarifs", "1/ Demande", "1°) Vote", "1 – Tarifs", "10.Tarifs", "1)Approbation"
    r"\d{1,2}\s?(?:°\s?[).]?|[.)/]|\s?[–-](?=\s))\s*\p{Lu}"
    # a compound number closed by its dot: "1.1. Dérogation au règlement", "2.3. Tarifs" (a list of sub-items run together)
    r"|\d{1,2}\.\d{1,2}\.\s+\p{Lu}"
    # a bare number before a title in capitals: "1 SECRETAIRE DE SEANCE", "2 APPROBATION DU COMPTE RENDU"
    r"|\d{1,2}\s\p{Lu}{2,}[\s'’]+\p{Lu}{2,}"
    # a roman number: "II – AFFAIRES FINANCIERES", "IV. Questions diverses"
    r"|(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})\s?(?:[.)/]\s*\p{Lu}{2}|[–-]\s*\p{Lu})"
    # a deliberation's reference: "N° 06.2019.01 – INTERCOMMUNALITE", "Délibération n° 2019-45"
    r"|(?:[Dd]élibération\s+)?[Nn]\s?°\s?\d{1,4}(?:[./-]\d{1,4}){1,3}\s?[–:-]"
    # the word itself before its reference and title: "Délibération n° 29/2017 Recensement de la population"
    r"|(?:[Dd][ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)\s+[Nn]\s?°\s?\d{1,4}(?:[./-]\d{1,4}){1,3}\s+\p{Lu}"
)
# The words that open an exposé or a deliberation's text, after its title: the speaker ("Monsieur
# le Maire rappelle", "M. le Président expose"), a recital ("Vu le code", "Considérant que"), the
# formula ("Après en avoir délibéré"), the assembly ("Le Conseil municipal, ...")
_OPENER = (
    r"(?:Monsieur|Madame|M\.|Mme)\s+(?:le|la)\s+(?:Maire|Pr[ée]sidente?|Vice-pr[ée]sidente?|[Rr]apporteu(?:r|se)|1er\s+[Aa]djoint|[Aa]djointe?)\b"
    r"|(?:Le|La)\s+(?:Maire|Pr[ée]sidente?)\s+(?:\p{Ll}+)\b"
    r"|Vu\s+(?:le|la|les|l['’ ])|Considérant\s|Après\s+(?:en\s+avoir\s+)?d[ée]lib[ée]r|Après\s+(?:lecture|avoir\s+entendu|examen)"
    r"|(?:Le|Les\s+membres\s+du)\s+[Cc]onseil\s+(?:[Mm]unicipal|[Cc]ommunautaire|[Ss]yndical|de\s+[Cc]ommunauté)?\s*,"
    # the exposé's first words: "Suite à l'installation de ...", "Par délibération du ...", "Dans le cadre de ...",
    # "Il est proposé ...", "Afin de ...", "Conformément à l'article L 2121-15 ..."
    r"|Suite\s+(?:à|au|aux)\s|Par\s+d[ée]lib[ée]ration\s|Dans\s+le\s+cadre\s|Il\s+est\s+(?:propos|rappel|expos|demand)[ée]\s|Afin\s+de\s"
    r"|Conform[ée]ment\s+(?:à|au|aux)\s"
)
# a line that opens an exposé or a deliberation's text: no list goes on with it
_OPENS_EXPOSE = regex.compile(rf"^(?:{_OPENER})")
# A register's reference: "2021_057", "2019-45", "DEL-2020-12" (a year and a rank, a code before them)
_REGISTER_REFERENCE = r"(?:[A-Z]{1,5}[ _-]?)?(?:19|20)\d\d[-_/]\d{1,4}"
_PREPOSITION = r"(?:de|du|des|à|au|aux|le|la|les|par|sur|soit|et|ou|en|est|sont|pour|contre|sous|avec|dont|n°)"
RUN_ON_CUTS = (
    # a sentence ends ("... est approuvé à l'unanimité. 2- Compte-rendu ..."), not an abbreviation ("M. DUPONT")
    ("sentence", regex.compile(
        r"(?<=(?:\p{Ll}{2}|\p{Lu}{3}|\d|[»)])[.!?])(?<!\b(?:art|cf|ex|réf|av|bd|env|etc)\.)"
        r"(?<!(?:^|[\s,;:(])(?:\d{1,2}|[IVX]{1,4})\.)(?<!(?:^|\s)\d{1,2}\.\d{1,2}\.)\s+(?=[\p{Lu}\d«])")),
    # (not an item's number: "2. Budget", "1.1. Dérogation")
    # a numbered item or heading after punctuation or a closing word: ", 2. Approbation", ": 1) Budget",
    # "secrétaire de séance : Anne MARTIN 1/ Demande d'adhésion"
    # (not a count after its preposition: "la somme de 15. Le reste", "soit 3. Les"; not a reference after the word
    # it belongs to: "- Délibération n°2019-09 : désignation du secrétaire")
    ("item", regex.compile(
        rf"(?<=[.,;:!?»)]|\p{{L}}{{2}}|\b\d{{1,4}})(?<!\b{_PREPOSITION})(?<!\b(?i:d[ée]lib[ée]ration))\s+(?=(?:{_ITEM_START}))")),
    # the approval of earlier minutes run in between two sentences, its date closing it: "... présents et représentés.
    # Adoption du Procès Verbal de la séance de Conseil Municipal du 20 Octobre 2016 Monsieur René Gibault demande ..."
    ("minutes", regex.compile(
        r"(?<=(?:^|[.!?»]\s+)(?i:adoption|approbation|validation)\s+(?i:du|des)\s+(?i:proc[èe]s[\s-]+verba(?:l|ux)|comptes?[\s-]+rendus?)"
        r"\b[^.:;]{0,80}?\b(?:19|20)\d\d)\s+(?=\p{Lu}\p{Ll})")),
    # the heading of a list: "Ordre du jour :", "L'ordre du jour étant le suivant :", "les points suivants :"
    ("list", regex.compile(r"(?<=\b(?:ordre\s+du\s+jour|suivante?s?|ci-apr[èe]s)\s?:)\s+(?=\S)", regex.I)),
    # the agenda's heading after the header's last label: "SECRETAIRE DE SEANCE : M. DUFOUR Philippe Ordre du jour :"
    ("agenda", regex.compile(r"(?<=\p{L}{2}|[.;,])\s+(?=(?:Ordre\s+du\s+jour|ORDRE\s+DU\s+JOUR)\s*:)")),
    # a bullet after a list's heading or after the previous bullet: ": - Approbation", ", - Mise en vente",
    # "« entente scolaire » - Subventions", "(SDEHG) - Mise en place" (a title closing on a quote or a bracket)
    # (not the mark after an item's number: "1 - Composition des commissions")
    # (nor the mark between a reference and its title: "Réf : 2021_057 - MODIFICATION DES STATUTS")
    ("bullet", regex.compile(r"(?<=[:,;»)]|\p{L}{2}|\d)(?<!(?:^|[\s.,;:])(?:\d{1,2}|[IVX]{1,4}))(?<!\b[Rr][ée]f\.?\s?:\s?[\w/-]+)"
                             r"\s+(?=[-•]\s+\p{Lu})")),
    # a deliberation's reference announced by "Réf :" before its title, as a register's software lists
    # them: "SOMMAIRE Réf : 2021_057 - PROPOSITION DE MODIFICATION ... Réf : 2021_058 - ..."
    ("reference", regex.compile(rf"(?<=\S)\s+(?=[Rr][ée]f\.?\s?:\s?{_REGISTER_REFERENCE}\s?[-–:]\s+\p{{Lu}})")),
    # a rule of dashes or equals signs between two parts of the page, and what follows it:
    # "... notification du : ------------------------ Le procès verbal ... ------------------------ SOMMAIRE"
    # (not underscores, which underline the masthead above them: "COMMUNAUTE DE COMMUNES DU X ______ COMPTE RENDU")
    ("separator", regex.compile(r"(?<=\S)\s+(?=[-=]{6,}(?:\s|$))|(?<=(?:^|\s)[-=]{6,})\s+(?=\S)")),
    # the exposé after a title: "« Crussol-Pays de Vernoux » Monsieur le Maire rappelle", "2017 : M. le Maire
    # donne lecture", "mandat 2020-2026 Vu le Code général"
    ("opener", regex.compile(rf"(?<=\S)\s+(?:[:–-]\s+)?(?=(?:{_OPENER}))")),
    # a title in capitals (three words at least) and the sentence after it: "APPROBATION DU COMPTE-RENDU DU
    # 22 NOVEMBRE 2012 Le compte-rendu de la réunion ... est adopté"
    ("capitals", regex.compile(r"(?<=(?:^|[.:;]\s+|\p{Ll}{2}\s+)(?:[\p{Lu}\d][\p{Lu}\d'’°-]*\s+){2,}[\p{Lu}\d][\p{Lu}\d'’°-]*)\s+(?=\p{Lu}\p{Ll}+\s)")),
    # ... and the text before it: "au budget principal BUDGET DECISION MODIFICATIVE Budget principal"
    ("capitals-start", regex.compile(
        r"(?<=\p{Ll}{2})\s+(?=(?:[\p{Lu}\d][\p{Lu}\d'’°-]*\s+){2,}[\p{Lu}\d][\p{Lu}\d'’°-]*\s+\p{Lu}\p{Ll}+\s)")),
    # after a title in capitals, a colon and what follows it: "SECRETAIRE DE SEANCE : Monsieur Paul MARTIN se porte",
    # "… de la réunion du 17 Décembre 2014: Le conseil municipal adopte" (a year, the colon glued to it)
    ("colon", regex.compile(r"(?<=\p{Lu}{2,}|\d{4})\s+:\s+(?=(?:Monsieur|Madame|M\.|Mme|Mlle|Le|La|Les|Il|Elle|Après|Vu|Considérant)\s)"
                           r"|(?<=\d{4}):\s+(?=(?:Monsieur|Madame|M\.|Mme|Mlle|Le|La|Les|Il|Elle|Après|Vu|Considérant)\s)")),
)


# The register's reference printed after a title, in its abbreviated form, and what follows it: "Approbation du
# compte de gestion 2017 Dél.2018.05.15/01 1 Monsieur X présente ...", "... du 12 mars 2018 réf : 10-2018" (the
# title ends before it; not a title that names a deliberation: "Retrait de la délib. 2019-12", "Délibération n° 12")
_TITLE_THEN_REFERENCE = regex.compile(
    r"(?<!\b(?i:la|le|de|du|des|sa|cette|une|par|et|sur))\s+[:–-]?\s*(?=(?:(?-i:D)[ée]l(?:ib)?\.|[Rr][ée]f(?:[ée]rence)?\.?\s*:)\s*"
    r"(?:n\s*°\s*)?(?:[A-Z]{1,5}[ _-]?)?\d[\d./_-]*\d\b)")


# A numbered title run on into the text it heads, on a line of its own shorter than a run-on page
# (a PDF's paragraph flattened): "DELIBERATION N°2018/35 : PRESENTATION DES RAPPORTS ... EAUX USEES
# A la demande de Mme le Maire, ...", "DE N°2 Création de la Commission ... Directs Vu le code général"
_TITLE_RUN_ON = (
    dict(RUN_ON_CUTS)["opener"],
    dict(RUN_ON_CUTS)["capitals"],
    # (the assembly's or the speaker's sentence after the title's colon: "... du 17 Décembre 2014: Le conseil municipal adopte")
    regex.compile(rf"\s*:\s+(?=(?:Le|La)\s+(?:[Cc]onseil|[Cc]omit[ée]|[Bb]ureau|[Mm]aire|[Pp]r[ée]sidente?)\b|(?:{_OPENER}))"),
    # (a sentence opening on "A la" / "À l'" after a title in capitals)
    regex.compile(r"(?<=(?:^|\s)(?:[\p{Lu}\d][\p{Lu}\d'’°-]*\s+){2,}[\p{Lu}\d][\p{Lu}\d'’°-]*)\s+(?=[AÀ]\s+(?:la|le|les|l['’])\s*\p{Ll})"),
    _TITLE_THEN_REFERENCE,
)
MIN_RUN_ON_TITLE = 12  # characters of a title before the text it runs on into


# The label of a deliberation between the number and the title: "2. DELIBERATION Compte Administratif de l'exercice 2014"
_DELIBERATION_LABEL = regex.compile(r"^(?:D[ÉE]LIB[ÉE]RATION|Délibération)\s+(?=\p{Lu}\p{Ll})")
# A sentence after a title that ends on a year, the line closed by its full stop: "Procès verbal de la réunion du
# 25 novembre 2014 Chaque délégué a reçu un exemplaire du document." (a transcription that joins a title and its text)
_SENTENCE_AFTER_YEAR = regex.compile(r"(?<=\b(?:19|20)\d\d)\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll}+\s+\p{Ll}[^.]*\s\p{Ll}.*\.$)")


def cut_run_on_title(title: str) -> str:
    """A numbered title without the text it runs on into, or the title as it is."""
    title = _DELIBERATION_LABEL.sub("", title)
    cuts = [m.start() for pattern in _TITLE_RUN_ON for m in pattern.finditer(title) if m.start() >= MIN_RUN_ON_TITLE]
    if title.endswith("."):
        cuts += [m.start() for m in _SENTENCE_AFTER_YEAR.finditer(title) if m.start() >= MIN_RUN_ON_TITLE]
    return title[:min(cuts)].rstrip(" :–-") if cuts else title


# A column of numbers run together before the column of its titles, as a transcription flattens a
# two-column table: "Ordre du jour 1. 2. 3. 4. 5. Installation des conseillers ... Formation du bureau ..."
_NUMBER_RUN = regex.compile(r"(?<![\p{L}\d.])(?:\d{1,2}\.\s+){3,}(?=\p{Lu})")
_WORD = regex.compile(r"\S+")
MAX_COLUMN_TITLE = 150  # characters of a title read from a flattened column


def _flattened_column(line: Line) -> list[Line] | None:
    """Where a run-on line holds a column of numbers 1. 2. ... n. run together before its titles,
    the line before it, each title as "k. title" (its span the title's) and the line after; else
    None. A title ends before a word opening on a capital that does not follow a word a title cannot
    end on ("Election du Maire" is one title); the reading holds only where the titles are exactly
    as many as the numbers and each is a title's length."""
    text = line.text
    for m in _NUMBER_RUN.finditer(text):
        numbers = [int(n) for n in regex.findall(r"\d+", m.group())]
        if numbers != list(range(1, len(numbers) + 1)):
            continue
        words = list(_WORD.finditer(text, m.end()))
        starts = [m.end()]
        for previous, word in zip(words, words[1:], strict=False):
            token, before = word.group(), previous.group()
            if (token[:1].isupper() and token[:1].isalpha() and not _ends_with_link_word(" " + before)
                    and not before.endswith(("'", "’", ","))):
                starts.append(word.start())
                if len(starts) == len(numbers) + 1:
                    break
        if len(starts) == len(numbers):
            starts.append(len(text))  # the text ends with the last title
        if len(starts) != len(numbers) + 1:
            continue
        titles = []
        for number, begin, finish in zip(numbers, starts, starts[1:], strict=False):
            title = text[begin:finish].strip()
            if len(title) > MAX_COLUMN_TITLE or not _THREE_LETTERS.search(title) or _looks_like_prose(title):
                titles = []
                break
            titles.append(replace(line, text=f"{number}. {title}", start=line.start + begin, end=line.start + begin + len(title)))
        if not titles:
            continue
        head = replace(line, text=text[:m.start()].rstrip(), end=line.start + len(text[:m.start()].rstrip()))
        tail = replace(line, text=text[starts[-1]:], start=line.start + starts[-1])
        return [head, *titles, tail]
    return None


def reflow(line: Line) -> list[Line]:
    """A run-on line cut into the lines a reader sees (each with its own span of the text); any
    other line as it is."""
    if len(line.text) <= RUN_ON_CHARS:
        return [line]
    column = _flattened_column(line)
    if column is not None:
        head, *titles, tail = column
        return (reflow(head) if head.text else []) + titles + (reflow(tail) if tail.text.strip() else [])
    text = line.text
    cuts = sorted({m.end() for _, pattern in RUN_ON_CUTS for m in pattern.finditer(text)} - {0, len(text)})
    pieces, previous = [], 0
    for cut in [*cuts, len(text)]:
        piece = text[previous:cut]
        stripped = piece.strip()
        if stripped:
            offset = previous + (len(piece) - len(piece.lstrip()))
            pieces.append(replace(line, text=stripped, start=line.start + offset, end=line.start + offset + len(stripped)))
        previous = cut
    return pieces or [line]


# A number printed alone on its line, its title on the next (a PDF with the number in its own
# column): "1.", "II -", "A)", "Point n°3 :" (not a bare "3": a page number)
_LONE_NUMBER = regex.compile(
    rf"^(?:(?:\d{{1,3}}|{_ROMAN}|[A-Z])\s*(?:°\s*[)/.]?|[.)/–-])|(?:point|question|d[ée]lib[ée]ration)\s*(?:n\s*°)?\s*\d{{1,3}}\s*[:.–-]?"
    rf"|n\s*°\s*\d{{1,3}}\s*[:.–-]?"
    # a deliberation's reference above its title: "N° 2020/11", "N° DL-055-07-13", "DELIBERATION N° 37-06-14",
    # "DELIBERATION N°CC-DEL- 2014-160 :"
    rf"|(?:d[ée]lib[ée]ration\s+)?n\s*°\s*(?:(?-i:[A-Z]{{1,5}})(?:-\s|[ _-])?){{0,3}}\d{{1,4}}(?:[-_/]\d{{1,4}}){{1,3}}\s*[:.–-]?"
    # the register's abbreviation, "Dél. 486", and a rank over the year, its colon after it: "028/18 :"
    rf"|(?:d[ée]l|d[ée]lib)\.\s*(?:n\s*°\s*)?\d{{1,4}}\s*[:.–-]?|(?:\d{{3}}/\d{{2}}|\d{{2}}/(?:1[3-9]|[2-9]\d))\s*:)$",
    regex.I,
)


MAX_LONE_NUMBER = 40  # characters of a line that holds a number alone, marks included


def _is_lone_number(line: Line) -> bool:
    return len(line.text) <= MAX_LONE_NUMBER and bool(_LONE_NUMBER.match(strip_markup(line.text)))


MIN_NUMBER_COLUMN = 3  # lone numbers in a row that are a column of numbers, their titles in the column after


def _join_number_column(lines: list[Line]) -> list[Line]:
    """A column of numbers read before the column of its titles ("1." / "2." / "3." / then
    "Approbation du compte rendu" / "Eolien : ..." / ...): each number joined to the title of its rank."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        run = index
        while run < len(lines) and _is_lone_number(lines[run]) and lines[run].page == lines[index].page:
            run += 1
        numbers = lines[index:run]
        if len(numbers) >= MIN_NUMBER_COLUMN and all(
                (parse_numbered(f"{strip_markup(n.text)} Titre") or Numbered("", "", "", False)).number == str(k + 1)
                for k, n in enumerate(numbers)):
            titles = []
            for line in lines[run:run + len(numbers)]:
                text = strip_markup(line.text)
                if not text[:1].isupper() or len(text) > MAX_TITLE_CHARS or parse_numbered(text) or _looks_like_prose(text) or line.page != numbers[0].page:
                    break
                titles.append(line)
            if len(titles) >= MIN_NUMBER_COLUMN - 1:
                for number, title in zip(numbers, titles, strict=False):
                    out.append(replace(title, text=f"{strip_markup(number.text)} {strip_markup(title.text)}"))
                index = run + len(titles)  # (numbers left without a title, the text cut, say nothing)
                continue
        out.append(lines[index])
        index += 1
    return out


def _join_lone_numbers(lines: list[Line]) -> list[Line]:
    """Lines with each number printed alone joined to the title on the next line of its page."""
    if not any(_is_lone_number(line) for line in lines):
        return lines
    lines = _join_number_column(lines)
    out: list[Line] = []
    skip = 0
    for position, line in enumerate(lines):
        if skip:
            skip -= 1
            continue
        text = strip_markup(line.text)
        # the title on the next line, or after one blank line (a transcription that sets every line apart)
        step = 2 if position + 2 < len(lines) and not lines[position + 1].text.strip() and line.x0 is None else 1
        nxt = lines[position + step] if position + step < len(lines) else None
        if len(line.text) <= MAX_LONE_NUMBER and _LONE_NUMBER.match(text) and nxt is not None and nxt.page == line.page:
            title = strip_markup(nxt.text)
            # (not the exposé's first words: "Délibération n° 2024-12" / "Le Maire expose ...", its title above it)
            if (title[:1].isupper() and len(title) <= MAX_TITLE_CHARS and parse_numbered(title) is None
                    and not _OPENS_EXPOSE.match(title) and not anchor_kind(title)):
                joined = parse_numbered(f"{text} {title}")
                if joined is not None:
                    out.append(replace(nxt, text=f"{text} {title}", start=line.start, x0=line.x0, top=line.top))  # set as its title is
                    skip = step
                    continue
        out.append(line)
    return out


# The agenda heading with its first item on the same line: "ORDRE DU JOUR : 1. Budget primitif 2024"
_INLINE_AGENDA = regex.compile(
    r"^(?P<head>\W*(?:l['’]\s*)?ordre\s+du\s+jour(?:\s+de\s+la\s+(?:s[ée]ance|r[ée]union))?\s*:\s*)(?P<rest>\S.*)$", regex.I)


# What the label "Ordre du jour :" may be followed by that is no item: "néant", "voir la convocation", "cf. annexe",
# "épuisé", "idem", "inchangé", "modifié comme suit", "adopté à l'unanimité"
_NO_ITEM_AFTER_LABEL = regex.compile(
    r"^\W*(?:n[ée]ant|voir|cf\b|[ée]puis[ée]|idem|inchang[ée]|modifi[ée]|compl[ée]t[ée]|adopt[ée]|approuv[ée]|sans\s+objet"
    r"|ci-dessous|ci-apr[èe]s|suivant|le\s+suivant|les\s+points\s+suivants)\b", regex.I)


def _one_item_title(text: str) -> bool:
    """The label's one item on its own line: "Ordre du jour : Budget primitif 2024", "ORDRE DU JOUR : Lecture et
    approbation du compte rendu de la réunion du 16 septembre 2019" (a title opening on a capital, two words of three
    letters at least, no sentence; not "Ordre du jour : néant", "voir la convocation", "adopté à l'unanimité")."""
    text = text.strip()
    return (bool(text) and text[:1].isupper() and len(_THREE_LETTERS.findall(text)) >= 2 and not _looks_like_prose(text)
            and len(text) <= MAX_SEPARATED_TITLE and not _NO_ITEM_AFTER_LABEL.match(text) and not _states_vote(text))


def _split_inline_agenda(lines: list[Line]) -> tuple[list[Line], int | None]:
    """Where the agenda heading holds its first numbered item, the lines with that line cut in
    two, and the heading's index; else the lines unchanged and None."""
    for index, line in enumerate(lines):
        m = _INLINE_AGENDA.match(line.text)
        if m and (parse_numbered(m["rest"]) is not None or _separated_list(replace(line, text=m["rest"]))
                  or _one_item_title(m["rest"])):
            cut = line.start + m.start("rest")
            head = replace(line, text=m["head"].rstrip(), end=cut)
            rest = replace(line, text=m["rest"], start=cut)
            return lines[:index] + [head, rest] + lines[index + 1:], index
    return lines, None


# A sentence that changes the agenda rather than reads it: "propose d'ajouter à l'ordre du jour :",
# "propose de modifier l'ordre du jour :", "retirer de l'ordre du jour :" (not the points it lists: "Les points
# inscrits à l'ordre du jour sont les suivants :")
_AGENDA_CHANGE = regex.compile(r"ajout|rajout|ajouter|supplémentaire|complément|inscri(?!te?s\b)|modifi|retir|report", regex.I)


# Characters of a paragraph that announces the ordre du jour in its last clause: a sentence of the opening, however long
# ("Après avoir accueilli les participants et constaté que le quorum était atteint, le Président de séance propose de
# procéder à l'examen de l'ordre du jour suivant :"); the clause itself is gated by its shape (_AGENDA_INTRO ends the line)
MAX_INTRO_CHARS = 600


def _find_agenda_heading(lines: list[Line]) -> int | None:
    loose = None
    for index, line in enumerate(lines):
        text = strip_markup(line.text)
        if len(text) <= AGENDA_HEADING_CHARS and (_AGENDA_HEADING.match(text) or _SUMMARY_HEADING.match(text)):
            if _of_another_session(lines, index):
                continue
            return index
        if loose is None and len(text) <= MAX_INTRO_CHARS and _AGENDA_INTRO.search(text) and not _AGENDA_CHANGE.search(text):
            if not _of_another_session(lines, index):
                loose = index
    return loose


ANNOUNCEMENT_LINES = 3  # lines with text above an agenda's heading where the session it belongs to is announced
AGENDA_HEADING_CHARS = 60  # characters of a line that heads an ordre du jour ("ORDRE DU JOUR :", "Ordre du jour du prochain conseil")


def _of_another_session(lines: list[Line], heading: int) -> bool:
    """Whether the agenda heading at `heading` opens the ordre du jour of another session than the one the minutes
    record, as a page holding two sessions prints it (a blog's next convocation above the minutes, a bulletin's
    "Prochaine réunion" after them): the heading, or one of the few lines above it, announces a session to come
    ("le Conseil Municipal se réunira à la Mairie le jeudi 22 octobre 2020" / "ORDRE DU JOUR :", "Ordre du jour du
    prochain conseil"), and the text positively says it is another: "prochain(e)", or the day announced and the day of
    the session held (a later "s'est réuni", "L'an deux mille ...", else an earlier one) are both read, by the one date
    grammar, and are certainly different days. Fail-safe (issue #14, a convocation printed above the minutes of its own
    session): no date announced, no date read at the session held, a sending date ("convoqué le 21 juillet pour le 28
    juillet", "Date de convocation : ..."), a date of an approved record ("procès-verbal de la séance du ..."), or the
    same day and month written two ways (in words, "28/07/2020", without its year, with its weekday): this session's."""
    above: list[int] = []
    for index in range(heading, -1, -1):
        if strip_markup(lines[index].text):
            above.append(index)
            if len(above) > ANNOUNCEMENT_LINES:
                break
    for index in above:
        text = strip_markup(lines[index].text)
        if SESSION_HELD.search(text):
            return False  # the minutes' own opening stands between: the agenda is this session's
        announced = SESSION_TO_COME.search(text)
        if announced is None:
            continue
        if announced["next"] is not None:  # "Prochaine réunion du conseil", "Ordre du jour du prochain conseil"
            return True
        # the session held: its opening after the agenda (a convocation above the minutes), else before it (the next
        # session's announced after them); never one of the agenda's own items ("- Compte rendu de la séance du ...")
        for other in [*range(heading + 1, len(lines)), *range(min(above), -1, -1)]:
            held = strip_markup(lines[other].text)
            if other in above or not SESSION_HELD.search(held) or _LISTED.match(held) or _RECORD_APPROVED.search(held):
                continue
            around = " ".join(strip_markup(line.text) for line in lines[max(0, other - 1):other + 2])
            year = next((d.year for d, _, _ in find_dates(around + " " + text)), None)
            # (the day announced follows the announcing words: "se réunira le ...", "convoqués pour le ...")
            days = _session_days(text[announced.start():], year)
            own = _session_days(around, year)
            return bool(days) and bool(own) and not (days & own)
        return False
    return False


def _another_sessions_announcement(lines: list[Line], index: int) -> int | None:
    """Where the line at `index` heads another session's ordre du jour (_of_another_session), the index of the line
    that announces that session (the heading's own, or one of the ANNOUNCEMENT_LINES above it); else None."""
    text = strip_markup(lines[index].text)
    if not (len(text) <= AGENDA_HEADING_CHARS and _AGENDA_HEADING.match(text) and _of_another_session(lines, index)):
        return None
    return next((i for i in range(index, max(-1, index - ANNOUNCEMENT_LINES - 1), -1)
                 if SESSION_TO_COME.search(strip_markup(lines[i].text))), index)


# A list's item mark at a line's start: "- ", "• ", "1. ", "2) ", "a) " (an agenda's item, never a minutes' opening)
_LISTED = regex.compile(rf"^\s*(?:[{_BULLET_GLYPHS}]|\d{{1,3}}\s*[.)°/-]\s|\p{{L}}\s*\)\s)")
# An earlier session's record approved ("Approbation du procès-verbal de la séance du 16 septembre 2019"): its date is
# not this session's
_RECORD_APPROVED = regex.compile(r"\b(?:approbation|adoption|lecture|approuv|adopt)\w*\b[^.\n]{0,40}"
                                 r"\b(?:proc[èe]s[\s-]+verbal|compte[\s-]+rendu|pv|cr)\b", regex.I)
# A sending date, not the session's: "convoqué le 21 juillet 2020", "Date de convocation : 21/07/2020", "sur la convocation
# du trois juillet", "convocation en date du 03/07/2020", "envoyée le ...", "affichée le ..."
_SENDING_DATE = regex.compile(r"(?:convoc\w*|convoqu\w*|envoy\w*|affich\w*|adress\w*|transmis\w*)\W+(?:(?!pour\b|au\b|à\b)\w+\W+){0,3}?"
                              r"(?:le|du|en\s+date\s+du|:)\s*(?:\p{L}+\s+)?$", regex.I)


def _session_days(text: str, year: int | None) -> set[tuple[int, int]]:
    """The (month, day) of every date in the text read by the one date grammar (a date without its year takes
    `year`), sending dates left out: compared on the day, as two ways of writing a date differ on a year left out."""
    days = set()
    for d, start, _ in find_dates(text, year):
        if _SENDING_DATE.search(text[max(0, start - 60):start]):
            continue
        days.add((d.month, d.day))
    return days


def _other_sessions(doc: Document, lines: list[Line]) -> list[tuple[int, int]]:
    """The spans of the text (announcement to the list's end) that hold another session's ordre du jour."""
    spans = []
    for index, line in enumerate(lines):
        announced = _another_sessions_announcement(lines, index)
        if announced is not None:
            drafts, _ = parse_agenda(doc, lines, index + 1)
            end = max((d.last_line.end for d in drafts), default=line.end)
            spans.append((lines[announced].start, end))
    return spans


def _successor(number: str, style: str) -> str | None:
    if style == "arabic" or style == "point":
        return str(int(number) + 1)
    if style == "letter" and len(number) == 1 and number < "Z":
        return chr(ord(number) + 1)
    if style == "roman":
        values = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
        return values[values.index(number) + 1] if number in values[:-1] else None
    if style.startswith("compound"):
        head, _, last = number.rpartition(".")
        return f"{head}.{int(last) + 1}" if last.isdigit() else None
    return None


class _Numberer:
    """Turns a sequence of printed numbers into paths, the level of a style being set by its
    first appearance under its parent ("I." > "I.1" > "A." > "1." gives "I.2.A.1")."""

    def __init__(self) -> None:
        self.styles: list[str] = []
        self.path: list[str] = []

    def place(self, numbered: Numbered) -> tuple[str, int, str | None]:
        style = numbered.style
        if style.startswith("compound"):
            parts = numbered.number.split(".")
            depth = len(parts) - 1
            # the compound gives its own ancestors: keep the styles above it
            self.styles = self.styles[:depth] + [style]
            while len(self.styles) < depth + 1:
                self.styles.insert(0, "?")
            self.path = parts
        elif style in self.styles:
            depth = self.styles.index(style)
            self.styles = self.styles[: depth + 1]
            self.path = self.path[:depth] + [numbered.number]
        else:
            depth = len(self.path)
            self.styles = self.styles[:depth] + [style]
            self.path = self.path[:depth] + [numbered.number]
        parent = ".".join(self.path[:-1]) or None
        return ".".join(self.path), len(self.path), parent

    def expected_next(self) -> set[str]:
        """Numbers that would continue the list at any open level."""
        out = set()
        for depth, style in enumerate(self.styles):
            if depth < len(self.path):
                # (a compound's successor is the whole number's: "1.2" after "1.1")
                successor = _successor(".".join(self.path[:depth + 1]) if style.startswith("compound") else self.path[depth], style)
                if successor:
                    out.add(successor)
        return out


def _is_continuation(line: Line, draft: _Draft) -> bool:
    """A wrapped title: indented under its item (PDF), or a lower-case run-on (text)."""
    text = strip_markup(line.text)
    if not text or len(draft.title) + len(text) > MAX_TITLE_CHARS or _RAPPORTEUR_LINE.match(text):
        return False
    if draft.title.endswith(".") and not draft.title.endswith("..") and text[:1].isupper() and len(draft.title) > 3:
        return False  # a title closed by its full stop: "V Questions diverses." / "Informations."
    if line.x0 is not None and draft.line.x0 is not None:
        same_page = line.page == draft.last_line.page
        close = not same_page or line.top is None or line.top - draft.last_line.top < 30
        # under the title, or back at the number's margin after a word that cannot end a title
        wrapped = line.x0 > draft.line.x0 + 4 or (line.x0 >= draft.line.x0 - 2 and _ends_with_link_word(draft.title))
        return wrapped and close
    if draft.title.endswith((".", ":", ";")):
        return False
    return text[:1].islower() or _ends_with_link_word(draft.title)


# A title cut after a word that cannot end it: "Demande de subvention au titre de la" / "DETR ..."
_ENDS_WITH_LINK_WORD = regex.compile(r"(?:^|\s)(?:de|du|des|la|le|les|à|au|aux|pour|et|en|sur|par|avec|l['’]|d['’])$", regex.I)
LINK_WORD_TAIL = 8  # characters of a text's end that hold any match of _ENDS_WITH_LINK_WORD (at most 6: " avec" and a newline)


def _ends_with_link_word(text: str) -> bool:
    """Whether `text` ends on a link word (_ENDS_WITH_LINK_WORD), searched in its last characters only: a search of
    the whole text tries the pattern at each of its characters (a match's "^" needs a text of 5 characters at most,
    which its tail then is)."""
    return _ENDS_WITH_LINK_WORD.search(text[-LINK_WORD_TAIL:]) is not None

_ADDED = regex.compile(r"ajout|rajout|ajouter|supplémentaire|complément|inscri", regex.I)
# A sentence after the agenda that adds the points listed under it: "propose d'ajouter les points suivants :",
# "d'examiner en plus de l'ordre du jour communiqué, les points suivants :"
_ADDS_POINTS = regex.compile(
    r"(?:ajout|rajout|inscri|suppl[ée]mentaire|en\s+plus\s+de\s+l['’ ]\s*ordre\s+du\s+jour)[^:]{0,160}:\s*$", regex.I)
MAX_GAP_LINES = 4
# An agenda line marked as added at the session: "(ajouté en séance)", "[point ajouté]", "(point supplémentaire)",
# "[question supplémentaire]", "(rajouté à l'ordre du jour)", "(sur table)"
_ADDED_MARK = regex.compile(
    r"\s*[(\[]\s*(?:(?:point|question|sujet|délibération)\s+)?(?:(?:r?ajout[ée]e?|inscrite?)(?:\s+(?:en\s+s[ée]ance|à\s+l['’]\s*ordre\s+du\s+jour"
    r"|le\s+jour\s+même|sur\s+table))?|suppl[ée]mentaire|sur\s+table|ajout(?:\s+en\s+s[ée]ance)?)\s*[)\]]\s*", regex.I)


# A line between the agenda heading and its first item: "Le Conseil Municipal est appelé à
# délibérer sur les questions suivantes :", "Séance du 12 mars 2024" (not "Finances :", a group)
_AGENDA_PREAMBLE = regex.compile(
    r"^(?:\S+(?:\s+\S+){3,}\s*:|(?:s[ée]ance|r[ée]union|conseil|le|du|lundi|mardi|mercredi|jeudi|vendredi|samedi)\b.{0,60}\b(?:19|20)\d{2}\W*)$",
    regex.I,
)


def _first_content(lines: list[Line], start: int) -> int | None:
    for index in range(start, min(len(lines), start + MAX_GAP_LINES + 1)):
        text = strip_markup(lines[index].text)
        if (text and not _SEPARATOR.match(lines[index].text) and not _TABLE_HEADER.match(text)
                and not (_AGENDA_PREAMBLE.match(text) and not parse_numbered(text))):
            return index
    return None


def _looks_like_prose(text: str) -> bool:
    """A sentence rather than an agenda title: long, or ending with a full stop after many words."""
    return len(text) > 250 or (text.endswith(".") and len(text.split()) > 14)


def _list_bullet(text: str) -> regex.Match | None:
    """The bullet of a line of a bulleted list, its dash typed against the word included ("-Subventions 2022");
    only for a line among a list's items (a dash against a word elsewhere is no bullet)."""
    return _BULLET.match(text) or _TIGHT_DASH.match(text)


def _bullet_goes_on(lines: list[Line], index: int, last: _Draft) -> bool:
    """Whether a bulleted list goes on after the blank line at `index` (Word exports put a blank
    line between "- Budget primitif 2024" and "- Tarifs de la cantine", or "-Acquisition panneaux")."""
    if not _list_bullet(strip_markup(last.line.text)):
        return False
    following = next((strip_markup(line.text) for line in lines[index + 1:index + 3] if strip_markup(line.text)), "")
    return bool(_list_bullet(following))


# A label that opens a line of the preamble: "Présents : ...", "Secrétaire de séance : ..."
_LABEL = regex.compile(r"^[\p{L}'’ ]{2,30}\s*:\s")


def _plain_list_goes_on(lines: list[Line], index: int, drafts: list[_Draft]) -> bool:
    """Whether a plain list of titles goes on after the blank line at `index`: the next line is
    a short title, not the repeat of an item (the body beginning), and the body repeats it.

    "Approbation du procès-verbal" / "" / "Budget primitif 2024" / "" / ... / "Budget primitif 2024".
    """
    if _list_bullet(strip_markup(drafts[-1].line.text)):
        return False
    position = next((i for i in range(index + 1, min(len(lines), index + 3)) if strip_markup(lines[i].text)), None)
    if position is None:
        return False
    text = strip_markup(lines[position].text)
    if (len(text) > 120 or not text[:1].isupper() or text.endswith((".", ";", ",", ":")) or _LABEL.match(text)
            or _NOT_A_TITLE.match(text) or parse_numbered(text)):
        return False
    if any(title_similarity(text, d.title) >= 0.75 for d in drafts):
        return False  # the body begins with the first item again
    return any(title_similarity(text, strip_markup(line.text)) >= 0.75 for line in lines[position + 1:])


def _dash_list_around(lines: list[Line], index: int, drafts: list[_Draft]) -> bool:
    """Whether the line at `index`, a dash against its word, sits in a dashed list: the item above it or
    the next line with text opens on a dash too."""
    if drafts and strip_markup(drafts[-1].line.text).lstrip()[:1] in "-–":
        return True
    following = next((strip_markup(line.text) for line in lines[index + 1:index + 4] if strip_markup(line.text)), "")
    return bool(_list_bullet(following)) and following.lstrip()[:1] in "-–"


# The mark of a sub-point under a dashed item, where the list's own bullet is the dash: ". Compte-rendu des échanges"
_SUB_POINT_MARK = regex.compile(r"^[.·∙]\s+")
INDENT_TOLERANCE = 2  # points a line of a list may stand right of the item above and still be at its level, not under it
MIN_SIBLING_ITEMS = 2  # numbered items after a bulleted list that make its siblings (a numbered list of its own)
MAX_SUB_POINTS = 6  # lines under a bulleted item, before the list's bullet (or a numbered sibling) comes back, read as its sub-points


def _glyph(text: str) -> str | None:
    """The bullet that opens a line of a list ("-" for every dash), or None."""
    if not _list_bullet(text):
        return None
    glyph = text.lstrip()[:1]
    return "-" if glyph in "-–" else glyph


def _opens_numbering(numbered: Numbered | None) -> bool:
    """A numbered line that opens a list of its own: "1/ Délibération ...", "I. Finances", "A) Personnel"."""
    return numbered is not None and numbered.style not in ("delib", "point") and numbered.number in ("1", "I", "A")


def _sub_points_under(lines: list[Line], index: int, drafts: list[_Draft]) -> bool:
    """Whether the line at `index`, without the list's bullet (unmarked, or another bullet), details the item above it:
    every item so far opens on the same bullet, and that bullet comes back within a few lines of titles (no blank line,
    no sentence), or a numbered list opens there, its siblings with another mark; as an agenda prints the points of an
    item under it, the ordre du jour a tree ("- Personnel" / "Compte épargne temps" / "- Délégués ...", "✓ Vote des
    comptes administratifs 2017" / "Commune" / "CCAS" / "✓ Vote des budgets primitifs", "• Budgets" / "o Commune" /
    "• Tarifs", "✓ Vote des taux" / "TH" / "FB" / "1/ Délibération ...")."""
    glyphs = {_glyph(strip_markup(d.line.text)) for d in drafts}
    if len(glyphs) != 1 or None in glyphs:
        return False
    own = _glyph(strip_markup(lines[index].text))
    if own in glyphs:
        return False
    for position, following in enumerate(lines[index:index + MAX_SUB_POINTS + 1]):
        text = strip_markup(following.text)
        if not text or _looks_like_prose(text) or _OPENS_EXPOSE.match(text) or _LABEL.match(text):
            return False
        numbered = parse_numbered(text)
        if numbered is not None:
            return position > 0 and _opens_numbering(numbered)
        if _glyph(text) in glyphs:
            return True
    return False


def parse_unnumbered_agenda(lines: list[Line], start: int) -> tuple[list[_Draft], int]:
    """An agenda printed as a plain or bulleted list, one title per line.

    Items get their rank as number ("1", "2", ...), as the minutes print none. A wrapped title
    is indented under its item (PDF) or starts in lower case (text); the list ends at a blank
    line, at a line back at the left margin, or at prose.
    """
    drafts: list[_Draft] = []
    index = start
    while index < len(lines):
        line = lines[index]
        text = strip_markup(line.text)
        if not text:
            if drafts and line.x0 is None and not (_bullet_goes_on(lines, index, drafts[-1]) or _plain_list_goes_on(lines, index, drafts)):
                break
            index += 1
            continue
        if _SEPARATOR.match(line.text) or _looks_like_prose(text) or parse_numbered(text) or _OPENS_EXPOSE.match(text):
            break
        if _RAPPORTEUR_LINE.match(text) and drafts:
            drafts[-1].last_line = line  # "Rapporteur : M. DUPONT" under an unnumbered item
            index += 1
            continue
        bullet = _BULLET.match(text)
        if bullet is None and _TIGHT_DASH.match(text) and _dash_list_around(lines, index, drafts):
            bullet = _TIGHT_DASH.match(text)  # "- Nouveau plan de financement" / "-Acquisition panneaux"
        title = _clean_title(bullet.group("title") if bullet else text)
        if drafts:
            first, last = drafts[0].line, drafts[-1]
            if line.x0 is not None and first.x0 is not None:
                if line.x0 + (BULLET_HANG if bullet else 0) < first.x0 - 5:
                    break
                if (line.x0 > last.line.x0 + INDENT_TOLERANCE or text[:1].islower()) and not bullet and line.page == last.last_line.page:
                    # (indented under its item, or at its margin in lower case: "... dans le cadre d'un" / "échange de parcelles";
                    # not the next page's stamp, set further right: "Envoyé en préfecture le 19/06/2023")
                    last.title = _clean_title(f"{last.title} {title}")
                    last.numbered = replace(last.numbered, title=last.title)
                    last.last_line = line
                    index += 1
                    continue
            elif (text[:1].islower() or _caps_run_on(last.title, text)) and not bullet:
                last.title = _clean_title(f"{last.title} {title}")
                last.numbered = replace(last.numbered, title=last.title)  # (its title as printed, wrapped: children may follow)
                last.last_line = line
                index += 1
                continue
        if drafts and bullet is None and _MISC_ITEM.match(title) and all(_glyph(strip_markup(d.line.text)) for d in drafts):
            # the closing item printed without the list's bullet, its bullets coming back after it ("- Déplacement du
            # monument" / "Questions diverses" / "- APPROBATION DU PROCÈS-VERBAL ..."): the list's last item, no detail of
            # the item above; what follows is the body
            rank = str(len(drafts) + 1)
            drafts.append(_Draft(Numbered("rank", rank, title, False), rank, 1, None, title, line, line, "agenda"))
            index += 1
            break
        if drafts and (bullet is None or not (line.x0 is not None and line.x0 <= drafts[-1].line.x0 + INDENT_TOLERANCE)) and _sub_points_under(lines, index, drafts):
            # a detail of the dashed item above it, the list's bullet coming back after it: "- Chemin de Narbonne" /
            # "Consultation à lancer" / "- Autres dossiers", "- Transfert compétence eau" / ". Compte-rendu des échanges"
            # / ". Délibération demande de retrait du SIVU" / "- Motion ...": no item of its own; as under a numbered
            # item, one such line completes the title, several list what the item holds (its title as printed)
            last = drafts[-1]
            if last.last_line is last.line:
                last.title = f"{last.title} - {_clean_title(_SUB_POINT_MARK.sub('', text))}"
            else:
                last.title = last.numbered.title
            last.last_line = line
            index += 1
            continue
        if not _THREE_LETTERS.search(title):
            break
        if any(title_similarity(title, d.title) >= REPEATED_TITLE for d in drafts):
            break  # an item's title again: the body begins ("- Budget primitif 2024" / ... / "Budget primitif 2024")
        restart = _body_restart(title, drafts)
        if restart is not None:
            # a page run together: "- Questions diverses Approbation du compte rendu Le compte rendu est approuvé"
            title = restart
            rank = str(len(drafts) + 1)
            drafts.append(_Draft(Numbered("rank", rank, title, False), rank, 1, None, title, line, line, "agenda"))
            index += 1
            break
        rank = str(len(drafts) + 1)
        numbered = Numbered("rank", rank, title, False)
        referenced = parse_numbered(title) if bullet else None
        if referenced is not None and referenced.style in ("delib", "point") and not any(d.path == referenced.number for d in drafts):
            # a bullet before the deliberation's own number: "- Délibération n°2019-10 : décision modificative"
            numbered, rank, title = referenced, referenced.number, _clean_title(referenced.title)
        drafts.append(_Draft(numbered, rank, 1, None, title, line, line, "agenda"))
        index += 1
    return drafts, index


# A title in capitals wrapped onto a line in capitals that opens with a word that cannot open a title, or after one that
# cannot end it: "ADHÉSION AU GROUPEMENT DE COMMANDES POUR L'ACHAT" / "D'ÉLECTRICITÉ COORDONNÉ PAR LE SYNDICAT"
_OPENS_WITH_LINK_WORD = regex.compile(r"^(?:d['’]\s*|l['’]\s*|(?:de|du|des|et|aux?)\s)", regex.I)


def _caps_run_on(title: str, text: str) -> bool:
    """A line of capitals that goes on with the title in capitals above it (see _OPENS_WITH_LINK_WORD)."""
    if not (title.isupper() and text.isupper()):
        return False
    return bool(_OPENS_WITH_LINK_WORD.match(text) or _ends_with_link_word(title))


REPEATED_TITLE = 0.9  # title similarity of a line to an item listed above it that makes it the body's heading


def _body_restart(title: str, drafts: list[_Draft]) -> str | None:
    """The closing item of a list run together with the body it opens ("Questions diverses
    Approbation du compte rendu ..." where "Approbation du compte rendu" is the first item): the
    closing item's words, or None."""
    if not drafts:
        return None
    first = drafts[0].title.rstrip(" .;:")
    at = title.find(first, 1)
    if at <= 0 or len(first) < MIN_RUN_ON_TITLE:
        return None
    head = title[:at].strip(" -–;,.")
    return head if _MISC_ITEM.match(head) else None


# What kind of item an agenda line is, before its title, in lists that mix deliberations and information: "- Information :
# rapport annuel du délégataire", "- Pour information : ...", "- Communication : ...", "Point d'information : ...",
# "INFORMATION - Rapport ..." (part of the title as printed, as the gold keeps it: no word of what the title names, so
# title_words leaves it out where an item is matched with its body heading)
_ITEM_KIND_LABEL = regex.compile(
    r"^\W*(?:pour\s+)?(?:point\s+d['’]\s*)?(?:informations?|communications?)\s*(?::|\s[–-])\s*(?=\p{L})", regex.I)


# An unnumbered closing item of a numbered agenda: "Questions diverses", "- Informations diverses",
# "Questions orales", "Informations du Maire", "Divers"
_MISC_ITEM = regex.compile(
    r"^(?:(?:questions?|informations?|affaires?|points?|communications?)\s+(?:diverses?|divers|orales?)"
    r"|(?:informations?|communications?)\s+(?:du|de\s+la)\s+(?:maire|pr[ée]sidente?)|divers)\W*$",
    regex.I,
)


# In a numbered agenda list, an unnumbered last line "Informations" / "Communications" is an item
# of its own (in a body, the same bold word over no deliberation is a sub-heading)
_AGENDA_CLOSING = regex.compile(r"^(?:informations|communications)\W*$", regex.I)


# A section's label in capitals over numbered items: "ADMINISTRATION GENERALE", "FINANCES", "MARCHES PUBLICS", "DIVERS",
# "URBANISME – TRAVAUX" (no number, no sentence, no label of the preamble: "PRESENTS :", no name: "M. DURAND")
MAX_SECTION_LABEL = 60


def _section_label(text: str) -> bool:
    return (len(text) <= MAX_SECTION_LABEL and written_in_capitals(text) and not any(c.isdigit() or c in ".:" for c in text)
            and bool(_THREE_LETTERS.search(text)))  # (no civility's dot: "M. DURAND")


def _labels_next(lines: list[Line], index: int, numberer: _Numberer) -> bool:
    """Whether the line at `index` is a section's label in capitals, the next numbered item of the list right under it
    ("DIVERS" / "10 Questions diverses"): a label, no closing item of its own."""
    if not _section_label(strip_markup(lines[index].text)):
        return False
    following = _first_content(lines, index + 1)
    numbered = parse_numbered(strip_markup(lines[following].text), allow_bare=True) if following is not None else None
    return numbered is not None and numbered.number in numberer.expected_next()


def _misc_item(text: str, drafts: list[_Draft]) -> Numbered | None:
    """An unnumbered "Questions diverses" closing a numbered agenda, numbered after the last
    top-level item ("3" after "2. Tarifs"), or None."""
    bullet = _BULLET.match(text)
    title = _clean_title(bullet.group("title") if bullet else text)
    if not _MISC_ITEM.match(title) and not _AGENDA_CLOSING.match(title):
        return None
    top = [d for d in drafts if d.level == 1]
    if not top:
        return None
    last = top[-1].numbered
    style = last.style if last.style != "delib" else "arabic"
    number = _successor(last.number, last.style) if last.style != "delib" else str(len(top) + 1)
    if number is None or any(d.path == number for d in drafts):
        return None
    return Numbered(style, number, title, False)


# A table header with a rapporteur column: "N° Objet Rapporteur", "N° Intitulé Élu référent"
_RAPPORTEUR_COLUMN = regex.compile(r"\b(?:rapporteu(?:r|se|re)s?|pr[ée]sent[ée]\s+par|[ée]lu\s+r[ée]f[ée]rent)\b", regex.I)
# Who reports, printed at the end of a table row: "1 Budget primitif 2024 M. DUPONT", "... Mme la Maire"
_TRAILING_RAPPORTEUR = regex.compile(
    r"\s+(?:m\.|mme|mmes|mm\.|monsieur|madame|(?:le|la)\s+(?:maire|pr[ée]sidente?|vice-pr[ée]sidente?))(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}$",
    regex.I,
)


def _drop_rapporteur_column(block: list[Line], drafts: list[_Draft]) -> None:
    """In an agenda table with a rapporteur column read as one line a row, cut the name that
    ends each title ("Budget primitif 2024 M. DUPONT")."""
    if not any(_TABLE_HEADER.match(strip_markup(line.text)) and _RAPPORTEUR_COLUMN.search(line.text) for line in block):
        return
    for draft in drafts:
        title = _TRAILING_RAPPORTEUR.sub("", draft.title)
        if title != draft.title and _TWO_LETTERS.search(title):
            draft.title = title


def _cut_body_restart(lines: list[Line], start: int, drafts: list[_Draft], end: int) -> tuple[list[_Draft], int]:
    """The body restarting the items in another numbering style after a blank line ("III.
    Questions diverses", "", "1. Vote du budget primitif" for "I. Budget primitif 2024") is
    not a sub-list of the last item: the agenda ends before it."""
    position = {id(line): i for i, line in enumerate(lines[start:end], start)}
    for k in range(1, len(drafts)):
        draft, before = drafts[k], drafts[k - 1]
        if (draft.level == 1 or draft.parent != before.path or draft.line.x0 is not None
                or title_similarity(draft.title, drafts[0].title) < 0.5):
            continue
        at, after = position.get(id(draft.line)), position.get(id(before.last_line))
        if at is not None and after is not None and any(not strip_markup(lines[i].text) for i in range(after + 1, at)):
            return drafts[:k], at
    return drafts, end


VOTED_SHARE = 0.5  # share of the agenda's items followed by a vote that makes the list the body
MIN_INLINE_ITEMS = 3  # numbers in a row on one line that make it a list: "I Tarifs II DM n°3 III Personnel"
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _inline_list(line: Line) -> list[_Draft]:
    """An agenda printed on one line, its items one after the other with their numbers: "I Prix
    de l'eau II DM n°3 III Personnel IV Travaux V Divers", "1. Budget 2. Tarifs 3. Divers"."""
    text = line.text
    for numbers, mark in ((_ROMANS, r"(?:\s*[.)/–-])?"), (tuple(str(n) for n in range(1, 31)), r"\s*[.)/]")):
        cuts, at = [], 0
        for number in numbers:
            m = regex.compile(rf"(?:^|(?<=\s)){number}{mark}\s+(?=\p{{Lu}})").search(text, at)
            if m is None:
                break
            cuts.append((m.start(), m.end(), number))
            at = m.end()
        if len(cuts) < MIN_INLINE_ITEMS or cuts[0][0] > 3:
            continue
        drafts = []
        for (begin, title_at, number), following in zip(cuts, [*cuts[1:], None], strict=False):
            finish = following[0] if following else len(text)
            title = _clean_title(text[title_at:finish])
            if not _TWO_LETTERS.search(title):
                return []
            piece = replace(line, text=text[begin:finish].strip(), start=line.start + begin, end=line.start + begin + len(text[begin:finish].rstrip()))
            style = "roman" if number in _ROMANS else "arabic"
            drafts.append(_Draft(Numbered(style, number, title, True), number, 1, None, title, piece, piece, "agenda"))
        return drafts
    return []


# An agenda printed on one line, its titles separated by semicolons or by dashes before a capital:
# "approbation du compte rendu ; budget primitif 2024 ; questions diverses.", "- Approbation du procès-verbal
# - Budget primitif 2024 - Questions diverses" (a dash inside a title comes before a lower-case word: "compte - rendu")
_SEPARATORS = (regex.compile(r"\s*;\s*(?:[-–•]\s+)?"), regex.compile(r"\s+[-•]\s+(?=\p{Lu})"))
_LEADING_BULLET = regex.compile(r"^\s*[-–•]\s+")
MIN_SEPARATED_ITEMS = 3  # titles on one line, each after its separator, that make it a list
MAX_SEPARATED_TITLE = 200  # characters of a title in such a list


def _preamble_label(title: str) -> bool:
    """A label of the preamble opening a piece ("Présents : ...", "Secrétaire de séance : ...", "Excusés : ..."), where an
    item's title may open on its domain ("CCHSAM : modification des statuts", "Enfance : convention IDA", "Salle des
    fêtes : travaux"): a label followed by a lower-case word, or by one of the preamble's labels, is the preamble's only
    when it names one (OPENING_LABEL); else a domain before its title."""
    label = _LABEL.match(title)
    if label is None:
        return False
    rest = title[label.end():].lstrip()
    return bool(OPENING_LABEL.match(title)) or not rest[:1].islower()


def _separated_list(line: Line) -> list[_Draft]:
    """The items of an agenda printed on one line with separators, unnumbered (ranked), or none."""
    text = line.text
    lead = _LEADING_BULLET.match(text)
    at = lead.end() if lead else 0
    for separator in _SEPARATORS:
        cuts = [m for m in separator.finditer(text, at) if m.end() < len(text.rstrip(" .;"))]
        if len(cuts) < MIN_SEPARATED_ITEMS - 1:
            continue
        bounds = [(at, cuts[0].start())] + [(a.end(), b.start()) for a, b in zip(cuts, [*cuts[1:]], strict=False)]
        bounds.append((cuts[-1].end(), len(text)))
        drafts = []
        for begin, finish in bounds:
            piece = text[begin:finish].strip()
            title = _clean_title(piece)
            if (not _THREE_LETTERS.search(title) or len(title) > MAX_SEPARATED_TITLE or _looks_like_prose(title)
                    or anchor_kind(title) or _MEMBERS.match(title) or _PERSON.match(title) or _preamble_label(title)):
                return []  # names, counts, a sentence: no list of titles
            rank = str(len(drafts) + 1)
            start = line.start + begin + (len(text[begin:finish]) - len(text[begin:finish].lstrip()))
            cut = replace(line, text=piece, start=start, end=start + len(piece))
            drafts.append(_Draft(Numbered("rank", rank, title, False), rank, 1, None, title, cut, cut, "agenda"))
        return drafts
    return []


def _separated_list_alone(lines: list[Line], index: int) -> list[_Draft]:
    """The items of the line at `index` read as a list on one line, where it is no numbered item and
    no list goes on below it ("- Comptes : commune ; eau ; assainissement" / "- Tarifs" is a bulleted list)."""
    text = strip_markup(lines[index].text)
    if parse_numbered(text, allow_bare=True) is not None:
        return []
    following = _first_content(lines, index + 1)
    if following is not None:
        after = strip_markup(lines[following].text)
        if _BULLET.match(after) or _BULLET.match(lines[following].text.strip()) or (
                parse_numbered(after) is not None and not _looks_like_prose(after)):
            # (a list goes on below; not the body's first heading run into its prose, as a flattened transcription
            # prints it: "ORDRE DU JOUR : - Approbation ... - Affaires diverses." / "I – Le procès-verbal ... est approuvé.")
            return []
    return _separated_list(lines[index])


# A cell of the header's side column (its counts) that the text layer put between the agenda's heading
# and its first item: "Votants" / "25", "Présents : 24"
_SIDE_CELL = regex.compile(
    r"^(?:votants|pr[ée]sents?|pouvoirs?|procurations?|absents?|excus[ée]s?|en\s+exercice|\d{1,3})\s*(?::\s*)?\d{0,3}$", regex.I)


# A label of the roll call, unnumbered, with its colon: "Etaient EXCUSES :", "Absents représentés :", "Pouvoirs (2) :" (the
# agenda printed before the lists ends there; never a numbered item, "2. Délégation de pouvoirs : …", read before it)
_ROLL_LABEL = regex.compile(r"^\W*(?:(?:[ée]taient|sont)\s+)?(?:membres\s+|conseillers\s+)?(?:pr[ée]sents?|absents?|excus[ée]s?|pouvoirs|procurations|"
                            r"absents?\s+(?:excus[ée]s?|repr[ée]sent[ée]s?))(?:\s*\(\w{0,4}\))?\s*:", regex.I)


def parse_agenda(doc: Document, lines: list[Line], start: int) -> tuple[list[_Draft], int]:
    """Parse the agenda block from `lines[start]` (the line after the heading).

    Returns the items and the index of the first line after the block.
    """
    first = _first_content(lines, start)
    while first is not None and _SIDE_CELL.match(strip_markup(lines[first].text)):
        first = start = _first_content(lines, first + 1)  # the header's side column read into the heading's place
        if first is None:
            return [], start or len(lines)
    inline = (_inline_list(lines[first]) or _separated_list_alone(lines, first)) if first is not None else []
    if inline:
        return inline, first + 1
    if first is not None and parse_numbered(strip_markup(lines[first].text), allow_bare=True) is None:
        following = _first_content(lines, first + 1)
        opening = parse_numbered(strip_markup(lines[following].text)) if following is not None else None
        if opening is None and following is not None and _section_label(strip_markup(lines[first].text)):
            # a section's label in capitals over the items it groups, numbered without a mark ("ADMINISTRATION GENERALE"
            # / "1 Approbation du compte rendu" / "2 Modification des statuts" / "FINANCES" / "3 ..."): no item
            opening = parse_numbered(strip_markup(lines[following].text), allow_bare=True)
        if opening is None or opening.number not in ("1", "I", "A"):
            return _then_numbered(doc, lines, *parse_unnumbered_agenda(lines, first))
        # "Décisions prises par délégation du Conseil Municipal au maire" above "I. Affaires générales": not an item
    drafts: list[_Draft] = []
    group: _Draft | None = None  # a roman part whose bulleted lines are its items
    voted_before: set[int] = set()  # items after a gap that holds a vote: the agenda is the body itself
    numberer = _Numberer()
    gap: list[Line] = []
    first_style: str | None = None
    adding = False  # bullets that a sentence adds to the list
    index = start
    while index < len(lines):
        line = lines[index]
        text = strip_markup(_without_page_column(line.text))
        if not text or _SEPARATOR.match(line.text) or _TABLE_HEADER.match(text) or (drafts and _PAGE_CELL.match(text)):
            if drafts and _SEPARATOR.match(line.text) and text and not gap:
                # "________" after a list closes the agenda unless numbering goes on right after it
                gap.append(line)
            index += 1
            continue
        numbered = parse_numbered(text, allow_bare=True)
        if numbered and drafts and numbered.style == first_style and numbered.number == drafts[0].numbered.number:
            break  # the body restarts the numbering: "I. VIE DU SYNDICAT" again
        if numbered and (not gap or numbered.number in numberer.expected_next()):
            source = "added" if gap and any(_ADDED.search(g.text) for g in gap) else "agenda"
            if drafts and drafts[-1].source == "added" and numbered.number in numberer.expected_next():
                source = "added"  # the items added at the session follow one another
            path, level, parent = numberer.place(numbered)
            if any(d.path == path for d in drafts):
                break  # a number the agenda already gave: the body begins ("2. Tarifs" taken first)
            title = numbered.title
            mark = _ADDED_MARK.search(title)
            if mark and _THREE_LETTERS.search(title[:mark.start()] + title[mark.end():]):
                # "8. Motion de soutien (ajouté en séance)", "[Point supplémentaire] Avenant n° 2": added at the session
                title, source = _clean_title(title[:mark.start()] + " " + title[mark.end():]), "added"
            drafts.append(_Draft(numbered, path, level, parent, title, line, line, source))
            first_style = first_style or numbered.style
            group = drafts[-1] if numbered.style == "roman" else None
            if any(_states_vote(strip_markup(g.text)) for g in gap):
                voted_before.add(id(drafts[-1]))
            gap = []
            index += 1
            continue
        if drafts and (PRESENT_LABEL.match(text) or _ROLL_LABEL.match(text)):
            break  # the roll call after the agenda ("Etaient PRESENTS :" / "1. M. Olivier MASSON, Maire"): no item
        misc = _misc_item(text, drafts) if drafts and len(gap) <= 1 and not _labels_next(lines, index, numberer) else None
        if misc is not None:
            # after deliberation numbers ("2024-46") it takes its rank, at the top level
            path, level, parent = (misc.number, 1, None) if first_style == "delib" else numberer.place(misc)
            drafts.append(_Draft(misc, path, level, parent, misc.title, line, line, "agenda"))
            gap = []
            index += 1
            continue
        bullet = _BULLET.match(text) if drafts else None
        if bullet and (adding or (gap and _ADDS_POINTS.search(strip_markup(gap[-1].text)))):
            # "M. le Maire propose d'examiner en plus de l'ordre du jour les points suivants :" / "- Mise en vente herbage"
            title = _clean_title(bullet.group("title"))
            top = [d for d in drafts if d.level == 1]
            number = str(int(top[-1].numbered.number) + 1) if top and top[-1].numbered.number.isdigit() else str(len(top) + 1)
            drafts.append(_Draft(Numbered("rank", number, title, False), number, 1, None, title, line, line, "added"))
            adding, gap = True, []
            index += 1
            continue
        if drafts and not gap:
            bullet = _BULLET.match(text)
            draft = drafts[-1]
            if bullet and group is not None:
                # "I. Affaires générales" / "- Adhésion au CAUE 60": the part's items, ranked under it
                rank = str(sum(1 for d in drafts if d.parent == group.path) + 1)
                title = _clean_title(bullet.group("title"))
                drafts.append(_Draft(Numbered("rank", rank, title, False), f"{group.path}.{rank}", group.level + 1, group.path,
                                     title, line, line, group.source, part_point=True))
                index += 1
                continue
            if bullet and (line.x0 is None or draft.line.x0 is None or line.x0 > draft.line.x0 + 4 or not draft.title.endswith(":")):
                if not draft.title.endswith(":") and not draft.line.text.rstrip().endswith(":"):
                    if draft.last_line is draft.line:
                        draft.title = f"{draft.title} - {_clean_title(bullet.group('title'))}"
                    else:  # a second bullet: the lines list what the item holds, its title is as printed
                        draft.title = draft.numbered.title
                draft.last_line = line
                index += 1
                continue
            if not bullet and _is_continuation(line, draft):
                joiner = "" if draft.title.endswith("-") else " "
                draft.title = _clean_title(draft.title + joiner + text)
                draft.last_line = line
                index += 1
                continue
        if not drafts:
            if index - start > MAX_GAP_LINES:
                break
            index += 1
            continue
        adding = False
        gap.append(line)
        if len(gap) > MAX_GAP_LINES:
            break
        index += 1
    # blank lines inside the gap are not in it: the block ends at the gap's first line
    end = next(i for i in range(start, index) if lines[i] is gap[0]) if gap else index
    drafts, end = _cut_body_restart(lines, start, drafts, end)
    voted = sum(id(d) in voted_before for d in drafts)
    if voted and voted >= VOTED_SHARE * (len(drafts) - 1):
        # items followed by their vote ("1/ Délibération ..." / "10 votes pour. 2 Abstentions"): the
        # list is the body, each of its lines heads its own section
        for draft in drafts:
            draft.source, draft.found_by = "body", "numbered-heading"
        return drafts, next(i for i in range(start, index) if lines[i] is drafts[0].line)
    _drop_rapporteur_column(lines[start:end], drafts)
    return _split_run_together(drafts), end


def _then_numbered(doc: Document, lines: list[Line], drafts: list[_Draft], end: int) -> tuple[list[_Draft], int]:
    """A bulleted list that goes on as a numbered one, its siblings with another mark ("✓ Vote des budgets primitifs
    2018" / "✓ Vote des taux d'imposition 2018" / "1/ Délibération pour échange de parcelles" / "2/ ..."): one agenda,
    the numbered items after the bulleted ones. Their printed numbers are kept where the bulleted items' ranks do not
    take them; else every item takes its rank in the whole list (its printed number no path of its own)."""
    if not drafts or len({_glyph(strip_markup(d.line.text)) for d in drafts} - {None}) != 1 or any(
            _glyph(strip_markup(d.line.text)) is None for d in drafts):
        return drafts, end
    if end >= len(lines) or not _opens_numbering(parse_numbered(strip_markup(lines[end].text))):
        return drafts, end  # (the next line with text right after the list: a blank line ends it)
    numbered, after = parse_agenda(doc, lines, end)
    if len(numbered) < MIN_SIBLING_ITEMS or any(d.source == "body" for d in numbered):
        return drafts, end
    if any(title_similarity(n.title, d.title) >= REPEATED_TITLE for n in numbered for d in drafts):
        return drafts, end  # a bulleted item's title again, numbered: the body begins ("- Budget" / "1. Budget")
    top = [d for d in numbered if d.level == 1]
    if any(d.path in {t.path for t in top} for d in drafts):
        owns = [(draft, [d for d in numbered if d.path == draft.path or d.path.startswith(draft.path + ".")]) for draft in top]
        for rank, (draft, own) in enumerate(owns, len(drafts) + 1):
            for d in own:
                d.path = str(rank) + d.path[len(draft.path):]
                d.parent = None if d.parent is None else str(rank) + d.parent[len(draft.path):]
            draft.numbered = Numbered("rank", str(rank), draft.title, False)
    return drafts + numbered, after


def _split_run_together(drafts: list[_Draft]) -> list[_Draft]:
    """Items of the list run together on one line, as a text layer joins two lines ("2. Enfance -
    jeunesse / Convention 3. Finances / Tarifs municipaux 2020") or as an agenda is printed two or
    three to a line ("3) Convention SIVOM 4) Tableau des effectifs 5) Subvention association",
    "6) Tarif camping municipal 2022 7) Règlement cimetière"): cut where each missing number is
    printed, in order, with the item's own mark, before a capital; only where the list skips those
    numbers (3, then 6) or where the line is the list's last."""
    out: list[_Draft] = []
    for position, draft in enumerate(drafts):
        out.append(draft)
        after = drafts[position + 1] if position + 1 < len(drafts) else None
        line = draft.line
        if draft.numbered.style != "arabic" or draft.last_line is not line:
            continue
        if after is not None and (after.numbered.style != "arabic" or after.level != draft.level):
            continue
        own = parse_numbered(strip_markup(line.text), allow_bare=True)
        mark = regex.match(rf"^\W*{draft.numbered.number}\s*(?P<mark>°\s*[)/.–-]?|[.)/–-])\s", strip_markup(line.text))
        if own is None or own.number != draft.numbered.number or mark is None:
            continue
        last = int(after.numbered.number) - 1 if after is not None else None
        cuts, at, number = [], 0, int(draft.numbered.number) + 1
        while last is None or number <= last:
            printed = r"\s*".join(regex.escape(c) for c in mark["mark"].replace(" ", ""))  # "°)", "° )", "-", "."
            cut = regex.compile(rf"(?<=[\p{{L}}\d]\W?)\s+(?P<mark>{number}\s*{printed}\s+)(?=\p{{Lu}})").search(line.text, at)
            if cut is None:
                break
            cuts.append((cut, str(number)))
            at, number = cut.end(), number + 1
        if not cuts or (last is not None and number <= last):
            continue  # (the line holds only some of the numbers the list skips: no reading)
        pieces = []
        for (cut, missing), following in zip(cuts, [*cuts[1:], None], strict=False):
            finish = following[0].start() if following else len(line.text)
            numbered = parse_numbered(strip_markup(line.text[cut.start("mark"):finish]))
            if numbered is None or numbered.number != missing or not _THREE_LETTERS.search(numbered.title):
                pieces = []
                break
            pieces.append((cut, finish, numbered))
        if not pieces:
            continue
        head = line.text[:cuts[0][0].start()]
        draft.title = parse_numbered(strip_markup(head), allow_bare=True).title
        draft.line = draft.last_line = replace(line, text=head, end=line.start + len(head))
        for cut, finish, numbered in pieces:
            tail = replace(line, text=line.text[cut.start("mark"):finish].rstrip(), start=line.start + cut.start("mark"),
                           end=line.start + len(line.text[:finish].rstrip()))
            path = ".".join([*draft.path.split(".")[:-1], numbered.number])
            out.append(_Draft(numbered, path, draft.level, draft.parent, numbered.title, tail, tail, draft.source))
    return out


# ---------------------------------------------------------------------------------------------
# Body sections
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Heading:
    index: int
    line: Line
    numbered: Numbered | None
    text: str
    wrapped: str  # the line joined with the next short lines, for titles wrapped in the body


def _is_heading_like(text: str, title: str) -> bool:
    return len(text) <= max(len(title) * 1.6 + 15, 40) and not text.endswith((",", ";"))


def _folded_words(text: str) -> list[str]:
    return list(_folded_tuple(text))


@functools.lru_cache(maxsize=8192)  # each body line is matched against every agenda item
def _folded_tuple(text: str) -> tuple[str, ...]:
    return tuple(_FOLDED_WORD.findall(fold(text)))


def _truncated_match(title: str, text: str) -> bool:
    """A heading cut short by a margin stamp: it is the start of the title, its last word
    truncated, over 4 words at least; or it shares the title's first five words.

    "AVENANT 1 certificat adhésion pour les ag" starts
    "AVENANT 1 certificat adhésion pour les agents de la CNRACL WTW ...".
    """
    title_words_, text_words = _folded_words(title), _folded_words(text)
    if len(text_words) < 5 or len(text_words) >= len(title_words_):
        return False
    head = text_words[:-1]
    if title_words_[: len(head)] == head and title_words_[len(head)].startswith(text_words[-1]):
        return True
    # "Approbation du procès-verbal du Conseil M" for "Approbation du procès-verbal du 22 septembre 2023"
    common = next((i for i, (a, b) in enumerate(zip(title_words_, text_words, strict=False)) if a != b), len(text_words))
    return common >= 5 and title_similarity(title, text) >= 0.4


def _same_first_word(a: str, b: str) -> bool:
    wa, wb = _folded_words(a), _folded_words(b)
    return bool(wa and wb) and wa[0] == wb[0]


# The approval of earlier minutes, folded: "Approbation du procès-verbal de la séance du 12 février",
# "APPROBATION DU COMPTE-RENDU", "Adoption des procès-verbaux des séances précédentes"
# (the article may be left out before the abbreviation: "APPROBATION PV DE LA SEANCE DU 23 AVRIL 2014")
_MINUTES_APPROVAL = regex.compile(r"^(?:approbation|adoption|validation)\s+(?:(?:du|des)\s+(?:proces\s+verba(?:l|ux)|comptes?\s+rendus?|pv|cr)|pv|cr)\b")


def _approves_minutes(title: str) -> bool:
    """Whether a title is the approval of earlier minutes."""
    return bool(_MINUTES_APPROVAL.match(" ".join(_folded_tuple(title))))


_ROMAN_VALUES = {r: i for i, r in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
                                              "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"), 1)}


def _same_number(printed: str, own: str, path: str) -> bool:
    """Whether a body heading's number is an item's, a roman and an arabic numeral of the same
    value being the same ("III. Tarifs" in the agenda, "3. Tarifs" in the body)."""
    if printed in (own, path):
        return True
    values = {str(_ROMAN_VALUES[n]) if n in _ROMAN_VALUES else n for n in (printed, own)}
    return len(values) == 1 and printed.isdigit() != own.isdigit()


def _match_score(item: _Draft, heading: _Heading) -> float:
    """How well a body line matches an agenda item (0 = not at all)."""
    text = heading.text
    numbered = heading.numbered
    similarity = title_similarity(item.title, numbered.title if numbered else text)
    own_number = item.path.rsplit(".", 1)[-1]
    if numbered and numbered.style != "rank" and _same_number(numbered.number, own_number, item.path):
        if _is_operative_point(numbered.title) and not _is_operative_point(item.title):
            return 0.0  # "2. D'approuver les tarifs ..." in the DÉCIDE of item 1
        if similarity >= 0.3 or (similarity >= 0.15 and _is_heading_like(text, item.title)):
            return 1.0 + similarity
        return 0.0
    if not _is_heading_like(numbered.title if numbered else text, item.title):
        return 0.0  # "Délibération n° 2024-12 : Objet : Budget primitif 2024" is as long as its title
    if similarity >= 0.75:
        return similarity
    if heading.wrapped != text and _same_first_word(item.title, text) and similarity >= 0.3:
        wrapped_similarity = title_similarity(item.title, heading.wrapped)
        if wrapped_similarity >= 0.75 and _is_heading_like(heading.wrapped, item.title):
            return wrapped_similarity
    if _truncated_match(item.title, text):
        return 0.7
    if _approves_minutes(item.title) and _approves_minutes(numbered.title if numbered else text):
        return 0.75  # "Approbation du procès-verbal de la séance précédente" / "... du 12 février 2024"
    return 0.0


# A heading introduced as an object: "Objet : Zones d'accélération pour l'implantation...", after the act's label too
# ("DÉLIBÉRATION – Objet : Tarifs", "Délibération : objet : ...", "EXTRAIT – OBJET : ...": `_ACT_BEFORE_OBJECT`)
_OBJECT_PREFIX = regex.compile(rf"^{_ACT_BEFORE_OBJECT}(?:objet|obj\.)\s*:\s*", regex.I)


def _body_candidates(lines: list[Line], start: int) -> list[_Heading]:
    out = []
    stripped = [strip_markup(line.text) for line in lines[start:]]  # each line is also the next ones' follower
    for offset, plain in enumerate(stripped):
        text = _OBJECT_PREFIX.sub("", plain)
        if not text or len(text) > MAX_TITLE_CHARS + 20:
            continue
        # (and a bullet's title with its outcome after a semicolon: "• Adoption du procès-verbal ... ; ... adopté")
        formula_titled = _title_then_formula(lines, start + offset, text) if text[:1].isupper() or _BULLET.match(text) else None
        if formula_titled is None and text[:1].isupper() and len(text) > MIN_RUN_ON_TEXT:
            formula_titled = _capitals_run_on(lines, start + offset, text)
        if formula_titled is not None:  # "Subvention : Après en avoir délibéré, ...", "TARIFS 2024 La commission ...": its title
            text = formula_titled.title
        wrapped = text
        broken = _broken_words(stripped[offset + 1:offset + 2 + MAX_WORD_LINES]) if _text_in_capitals(text) else 0
        if broken:  # a title in capitals broken one word a line: "1- DESIGNATION" / "DES" / "MEMBRES" / ...
            wrapped = " ".join([text, *stripped[offset + 1:offset + 1 + broken]])
        for follow_text in stripped[offset + 1:offset + 3] if not broken else ():
            if (not follow_text or len(follow_text) > 100 or follow_text.endswith((".", ";", ","))
                    or _RECITAL.match(follow_text) or _NOT_A_TITLE.match(follow_text)):
                break  # a title wraps over lines of a title, never into "Vu la loi ..." under it
            wrapped = f"{wrapped} {follow_text}"
        index = start + offset
        numbered = parse_numbered(text, allow_bare=True)
        if numbered is not None:  # (its title without the text it runs on into, as the body's titles read it)
            numbered = replace(numbered, title=cut_run_on_title(numbered.title))
            if broken:
                numbered = replace(numbered, title=_clean_title(" ".join([numbered.title, *stripped[offset + 1:offset + 1 + broken]])))
        out.append(_Heading(index, lines[index], numbered, text, wrapped))
    return out


def _extend_heading(lines: list[Line], heading: _Heading, title: str) -> str:
    """A body heading may wrap over two lines; join the next line when it continues the title."""
    text = heading.numbered.title if heading.numbered else heading.text
    nxt = heading.index + 1
    if nxt < len(lines):
        follow = strip_markup(lines[nxt].text)
        if follow and title_similarity(title, text + " " + follow) > title_similarity(title, text) and len(follow) < 80:
            text = f"{text} {follow}"
    return text


def _match_in_order(items: list[_Draft], candidates: list[_Heading]) -> tuple[list[tuple[_Heading, _Draft]], list[_Draft]]:
    """Each item's first matching heading after the previous item's; the items not found."""
    matched: list[tuple[_Heading, _Draft]] = []
    missing: list[_Draft] = []
    cursor = 0
    for rank, item in enumerate(items):
        following = items[rank + 1] if rank + 1 < len(items) else None
        best = None
        for position in range(cursor, len(candidates)):
            score = _match_score(item, candidates[position])
            if score <= 0:
                continue
            if following is not None and score < 1.0 and _match_score(following, candidates[position]) > score:
                # the next item's own heading, which this one's words only resemble ("Zones d'accélération ...
                # – Bilan de concertation" / "... – Approbation du zonage"): not this item's
                continue
            best = position
            break
        if best is None:
            missing.append(item)
            continue
        matched.append((candidates[best], item))
        cursor = best + 1
    return matched, missing


def _recap_end(lines: list[Line], matched: list[tuple[_Heading, _Draft]]) -> int | None:
    """The line index of the last heading of a run, from the first matched one, of headings
    with nothing but blank lines between them (the agenda read out again: "Le Maire rappelle
    l'ordre du jour :" and its list), when the run holds two items at least; else None."""
    run, siblings = 0, False
    for (heading, item), (following, next_item) in zip(matched, matched[1:], strict=False):
        if any(strip_markup(lines[i].text) for i in range(heading.index + 1, following.index)):
            break
        run += 1
        siblings = siblings or next_item.parent != item.path  # not only a part and its first item
    return matched[run][0].index if run >= 1 and siblings else None


# A deliberation's number alone on the line above its object: "DÉLIBÉRATION N° 2024-045", "DCM n°12"
_DELIB_LABEL = regex.compile(r"^(?:délibération|deliberation|dcm|dcc|dcs|del)\s*(?:n\s*°|no)?\s*[\w/-]*\d[\w/-]*\W*$", regex.I)


def _section_start(lines: list[Line], heading: _Heading) -> int:
    """Where a section begins: its heading, or the deliberation number printed alone above it."""
    above = lines[heading.index - 1] if heading.index > 0 else None
    if above is not None and heading.numbered is None and _DELIB_LABEL.match(strip_markup(above.text)):
        return above.start
    return heading.line.start


def _points_without_sections(drafts: list[_Draft], sections: list[Section], missing: list[str]) -> tuple[list[_Draft], list[str]]:
    """The bulleted lines under the roman parts of an agenda are the parts' items only where the body takes them up:
    where none of them heads a section (the text cut before the body: "V. SERVICE DES DECHETS :" / "- Prix du badge
    supplémentaire" / "- Prolongation demande de subvention"), they list what each part holds and the parts alone are
    the items, as the agenda numbers them (fail-safe: no item the body does not show)."""
    points = {d.path for d in drafts if d.part_point}
    if not points or any(s.item_number in points for s in sections):
        return drafts, missing
    return [d for d in drafts if not d.part_point], [m for m in missing if m not in points]


def find_sections(doc: Document, lines: list[Line], items: list[_Draft], body_start: int) -> tuple[list[Section], list[_Draft], list[str]]:
    """Match agenda items to body headings in order; find body-only items after the last one."""
    candidates = _body_candidates(lines, body_start)
    matched, missing = _match_in_order(items, candidates)
    recap_end = _recap_end(lines, matched)
    if recap_end is not None:
        # the agenda read out again before the body: match the items after it
        later = [heading for heading in candidates if heading.index > recap_end]
        again, missing_again = _match_in_order(items, later)
        if len(again) >= len(matched):
            candidates, matched, missing = later, again, missing_again
    matched += _out_of_order(candidates, matched, missing)
    matched += _fill_by_order(items, matched, missing, body_titles(lines, body_start, _tabled(doc)), lines)
    found = {id(item) for _, item in matched}
    missing = [item.path or item.title for item in missing if id(item) not in found]
    matched.sort(key=lambda pair: pair[0].index)
    body_only = _unannounced_sections(candidates, matched)
    headings = sorted(matched + body_only, key=lambda pair: pair[0].index)
    sections = []
    starts = [_section_start(lines, heading) for heading, _ in headings]
    for position, (heading, item) in enumerate(headings):
        end_line = starts[position + 1] if position + 1 < len(headings) else _session_end(lines, starts[position], len(doc.text))
        sections.append(
            Section(
                item_number=item.path,
                item_title=item.title,
                heading=_extend_heading(lines, heading, item.title),
                start=starts[position],
                end=end_line,
                provenance=doc.provenance(heading.line.start, _heading_end(heading)),
            )
        )
    return sections, [item for _, item in body_only], missing


# The session closed (pipeline.french.session, shared with the meeting's closing time): "Séance levée à 19h45", "l'ordre
# du jour étant épuisé, Monsieur le Maire lève la séance", "Fin de séance : 21h" (not suspended: "la séance est suspendue")
_SESSION_CLOSED = SESSION_CLOSED


def _session_end(lines: list[Line], start: int, end: int) -> int:
    """Where the last section ends: the end of the line that closes the session, or the text's end (what
    follows the closing, a page printed out of order or an annex, is no part of the last item)."""
    for index, line in enumerate(lines):
        if not start < line.start < end:
            continue
        if _SESSION_CLOSED.search(line.text):
            return line.end
        announced = _another_sessions_announcement(lines, index)
        if announced is not None:
            # the next session's ordre du jour after the minutes ("Prochain conseil le 12 mars" / "Ordre du jour :"): the
            # last section ends before its announcement
            return max(start + 1, lines[announced].start)
    return end


def _heading_end(heading: _Heading) -> int:
    """Where a heading ends: its line's end, or its title's where the title runs on into its text (or its outcome)."""
    line = heading.line
    if heading.numbered is not None and heading.numbered.title:
        at = line.text.find(heading.numbered.title)
        if at >= 0 and at + len(heading.numbered.title) < len(line.text.rstrip()):
            rest = line.text[at + len(heading.numbered.title):]
            if len(rest.strip()) > MIN_RUN_ON_TITLE:  # (not a closing mark: "Budget primitif 2024 :")
                return line.start + at + len(heading.numbered.title)
    voted = _APPROVAL_THEN_VOTE.match(line.text) if heading.numbered is None else None
    run_on = None
    if heading.numbered is None:
        text = strip_markup(line.text)
        run_on = _TITLE_THEN_FORMULA.match(text) or (_CAPITALS_RUN_ON.match(text) if len(text) <= RUN_ON_CHARS else None)
    if run_on is not None and line.text.startswith(run_on["title"]):
        # "Subvention : Après en avoir délibéré, le Conseil Municipal décide ...", "SUBVENTION AU CLUB M. le Maire expose
        # ... à l'unanimité": the exposé, the formula and the vote are the section's
        return line.start + run_on.end()
    if voted is not None and _approves_minutes(voted["title"]):  # "APPROBATION PV DE LA SEANCE DU 23 AVRIL 2014 à l'unanimité": the outcome is the section's text
        return line.start + voted.end("title")
    if heading.numbered is None and run_on is None:
        # a headline paragraph of another shape (_headline_paragraph): "• Adoption du procès-verbal ... ; Le procès-verbal
        # ... est adopté à l'unanimité", "ONF (Coupe de bois) : Monsieur le Maire fait part ...": the outcome or the exposé
        # after the title is the section's
        bullet = _BULLET.match(line.text)
        body = bullet.group("title") if bullet else line.text
        m = (_TITLE_THEN_OUTCOME.match(body) if bullet else None) or _TITLE_THEN_EXPOSE.match(body)
        at = line.text.find(body)
        if m is not None and at >= 0 and _clean_title(m["title"].strip().rstrip(".")) == heading.text:
            return line.start + at + m.end()  # (only where the body read this line's title so: heading.text)
    return line.end


def _same_number_and_title(item: _Draft, heading: _Heading) -> bool:
    """A numbered body heading that repeats an item's number and most of its title."""
    numbered = heading.numbered
    if numbered is None or numbered.style == "rank" or not _same_number(numbered.number, item.path.rsplit(".", 1)[-1], item.path):
        return False
    if _is_operative_point(numbered.title) and not _is_operative_point(item.title):
        return False  # "2. Les tarifs ... sont fixés ;" in a DÉCIDE block
    return title_similarity(item.title, numbered.title) >= 0.5 and _is_heading_like(heading.text, item.title)


def _out_of_order(candidates: list[_Heading], matched: list[tuple[_Heading, _Draft]], missing: list[_Draft]) -> list[tuple[_Heading, _Draft]]:
    """Items treated out of the agenda's order (an item added at the session, taken before
    "Questions diverses"): a clear title match anywhere in the body not already taken."""
    taken = {heading.index for heading, _ in matched}
    body_start = min(taken, default=len(candidates) and candidates[-1].index + 1)
    out = []
    for item in missing:
        for heading in candidates:
            if heading.index in taken:
                continue
            if _same_number_and_title(item, heading):
                # "2. Tarifs de la cantine" treated before "1. Budget primitif"
                out.append((heading, item))
                taken.add(heading.index)
                break
            # before the first matched section only the title itself: "Tarifs de la cantine" taken first
            wanted = 0.75 if heading.index >= body_start else 0.9
            if heading.numbered is None and title_similarity(item.title, heading.text) >= wanted and _is_heading_like(heading.text, item.title):
                out.append((heading, item))
                taken.add(heading.index)
                break
    return out


# A point of a decision's operative part, not an item: "3. De charger le maire de l'exécution",
# "2. Dit que les tarifs s'appliquent au 1er septembre", "3. AUTORISE le Maire à signer"
_OPERATIVE_POINT = regex.compile(
    r"^(?:d['’]|de\b|du\b|des\b|que\b|dit\b|d[ée]cide\b|autorise\b|approuve\b|charge\b|pr[ée]cise\b|donne\b|"
    r"fixe\b|accepte\b|adopte\b|sollicite\b|prend\b|d[ée]signe\b|valide\b|refuse\b|mandate\b|habilite\b|"
    r"confirme\b|abroge\b|rappelle\b|indique\b|demande\b(?!\s+(?:de|d['’])\s*(?!bien\b)\p{L})|inscrit\b|[ée]met\b|s['’]engage\b|retient\b|opte\b|"
    r"attribue\b|d[ée]l[èe]gue\b|modifie\b|arr[êe]te\b|cr[ée]e\b|sollicite\b|approuver\b|autoriser\b|"
    # the points of a compte administratif's deliberation: "1°) Lui donne acte de la présentation faite du compte
    # administratif", "2°) Constate ...", "3°) Reconnaît la sincérité des restes à réaliser", "Déclare que ..."
    r"lui\s+donne\b|constate\b|reconna[iî]t\b|d[ée]clare\b|"
    # (not the noun of a title: "1/ Demande d'adhésion au syndicat", "3. Demande de subvention")
    # a count of votes or members, or a speaker: "3 - Contre : 2", "4. Pour : 15", "3. Monsieur le Maire remercie"
    r"pour\s*:|contre\b|abstentions?\b|votants?\b|exprim[ée]s\b|pr[ée]sents?\s*:|absents?\b|excus[ée]s?\b|"
    r"pouvoirs?\s*:|procurations?\s*:|monsieur\b|madame\b|mme\b|m\.\s)",
    regex.I,
)


# A recital or a vote line, never an item: "Vu le code général ...", "Considérant que ...", "Vote : unanimité"
# (not "Vote du budget primitif", a title)
_RECITAL = regex.compile(r"^\W*(?:(?:vu|considérant|attendu|le\s+conseil|la\s+séance)\b|votes?\s*:)", regex.I)


def _is_operative_point(title: str) -> bool:
    """Whether a numbered body line is a point of a decision ("2. Dit que ...") or prose."""
    return (title[:1].islower() or bool(_OPERATIVE_POINT.match(title) or _RECITAL.match(title))
            or title.endswith((";", ",")) or _looks_like_prose(title) or _gives_proxy(title))


# The words before a proxy's verb: a giver's name ("FIOT", "Paul DURAND", "LE GALL Anne")
_GIVER_WORDS = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*")


def _gives_proxy(title: str) -> bool:
    """A proxy sentence whose giver's initial was read as a letter numbering an item: "A. FIOT donne pouvoir à F. PETIT"
    (not "Délégation : le conseil donne pouvoir au Maire", a title)."""
    m = PROXY_VERB.search(title) if "onn" in title else None
    return bool(m) and bool(_GIVER_WORDS.fullmatch(title[: m.start()].strip()))


# A label and its amount, a line of a list of costs rather than an item: "3. Travaux de voirie : 15 000 €"
# (not "6. Subvention pour l'ASL 500€", an item)
_AMOUNT_IN_TITLE = regex.compile(r":\s*[-+]?\d[\d\s .,]*\s*(?:€|euros?\b|EUR\b)\s*(?:HT|TTC)?\W*$", regex.I)


def _unannounced_sections(candidates: list[_Heading], matched: list[tuple[_Heading, _Draft]]) -> list[tuple[_Heading, _Draft]]:
    """Numbered body headings that continue the numbering after the last matched item of their
    style, and that the agenda never announced ("7. Questions diverses" after item 6)."""
    if not matched:
        return []
    last_heading, last_item = matched[-1]
    numbered = last_heading.numbered
    if numbered is None or not numbered.marked:
        return []
    if _MISC_ITEM.match(last_item.title):
        return []  # "6. Question de M. X" inside "5. Questions diverses"
    out = []
    expected = _successor(numbered.number, numbered.style)
    parent = last_item.parent
    taken = {item.path for _, item in matched}
    for heading in candidates:
        if heading.index <= last_heading.index or heading.numbered is None or expected is None:
            continue
        n = heading.numbered
        if (n.style == numbered.style and n.marked and n.number == expected and _is_heading_like(heading.text, n.title)
                and not _is_operative_point(n.title) and not _AMOUNT_IN_TITLE.search(n.title)):
            path = f"{parent}.{n.number}" if parent else n.number
            if path in taken:
                break
            draft = _Draft(n, path, last_item.level, parent, n.title, heading.line, heading.line, "body", "numbered-heading")
            out.append((heading, draft))
            expected = _successor(n.number, n.style)
    return out


# ---------------------------------------------------------------------------------------------
# Body structure: the legal shape of a deliberation, and the lines that head one
# ---------------------------------------------------------------------------------------------

# A deliberation is a title, an exposé, a formula, an operative part and a vote. The lines that
# anchor it, whatever the layout: each row is (kind, pattern), a line taking the first kind it
# matches (tests/test_segment_rules.py holds must / must-not examples of every row).
ANCHORS = (
    # the formula that opens the decision: "Après en avoir délibéré", "Le Conseil, ouï l'exposé",
    # "Entendu l'exposé de M. X", "Le conseil municipal délibère et, à l'unanimité, ..."
    ("formula", regex.compile(
        r"apr[èe]s\s+(?:en\s+avoir\s+)?d[ée]lib[ée]r(?:[ée]|ation)|\bou[iï]e?\s+l['’]\s*expos[ée]|\bentendu\s+l['’]\s*expos[ée]"
        r"|^\W*(?:le|la)\s+(?:conseil|comit[ée]|bureau|assembl[ée]e)\b[^.;]{0,60}\bd[ée]lib[èe]re\b", regex.I)),
    # the vote: "VOTE : UNANIMITE", "à l'unanimité", "par 15 voix pour", "Pour : 12", "Contre : 2",
    # "Abstention(s) : 1", "12 votes pour", "Adopté à l'unanimité", "ADOPTÉ", "le conseil prend acte"
    ("vote", regex.compile(
        r"^\W*votes?\s*:|\bunanimit[ée]\b|\bvoix\s+(?:pour|contre)\b|\b\d+\s+votes?\s+(?:pour|contre)\b"
        r"|^\W*(?:pour|contre)\s*:\s*\d|^\W*abstentions?\s*(?:\(s\))?\s*:"
        r"|^\W*(?:adopt[ée]e?s?|approuv[ée]e?s?|rejet[ée]e?s?)(?:\s+(?:à|par)\b|\W*$)|\bpren(?:d|nent)\s+acte\b"
        r"|\b(?:d[ée]lib[ée]ration|proposition|motion)\s+(?:adopt[ée]e|approuv[ée]e|rejet[ée]e)\b"
        # a count of votes in a sentence: "Le compte rendu est adopté par 20 voix favorables et 2 abstentions",
        # "la proposition a été rejetée par 9 voix"
        r"|\b(?:est|sont|été)\s+(?:adopt[ée]e?s?|approuv[ée]e?s?|rejet[ée]e?s?)\s+par\s+\d{1,3}\s+voix\b"
        # the outcome by majority, its counts after it: "Accord à la majorité : 10 pour (8 + 2 procurations pour), 3 abstentions"
        r"|^\W*(?:accord|approbation|adoption|avis\s+favorable)\s+à\s+la\s+majorit[ée]\b(?!\s+(?:qualifi|des\s+deux|absolue))"
        # the assembly's assent in prose: "Appelé à se prononcer, le Conseil donne son accord", "le conseil municipal donne un avis favorable"
        r"|\b(?:conseil|comit[ée]|assembl[ée]e)\b[^.;]{0,40}\b(?:" + ASSENT_WORDS + r")\b", regex.I)),
    # the operative part, in capitals as minutes print it: "DÉCIDE", "- APPROUVE le ...", "AUTORISE"
    ("operative", regex.compile(
        r"^\W*(?:D[ÉE]CIDE|APPROUVE|ADOPTE|AUTORISE|ACCEPTE|D[ÉE]SIGNE|FIXE|SOLLICITE|EMET|ÉMET|PREND\s+ACTE|DONNE|VALIDE|REFUSE)\b")),
)


ANCHOR_MAX_CHARS = 600  # a longer line is a paragraph of prose: it anchors no part of a deliberation


@functools.lru_cache(maxsize=16384)
def anchor_kind(text: str) -> str | None:
    """The part of a deliberation a line anchors (formula, vote, operative), or None.

    >>> anchor_kind("Le Conseil Municipal, après en avoir délibéré, à l'unanimité :")
    'formula'
    """
    if len(text) > ANCHOR_MAX_CHARS:
        return None
    for kind, pattern in ANCHORS:
        if pattern.search(text):
            return kind
    return None


_VOTE = dict(ANCHORS)["vote"]


def _states_vote(text: str) -> bool:
    """Whether a line states a vote, even after the formula: "Après en avoir délibéré, le conseil
    municipal, à l'unanimité, approuve" (a formula's line, and a vote's)."""
    kind = anchor_kind(text)  # (cached: most lines are asked for their anchor already)
    return kind == "vote" or (kind is not None and _VOTE.search(text) is not None)


# A line that cannot title a section: a recital, the formula, a vote, a speaker, a label of the preamble
_NOT_A_TITLE = regex.compile(
    r"^\W*(?:vu|considérant|attendu|le\s+conseil|la\s+séance|la\s+s[ée]ance|votes?\b|pour\s*:|contre\s*:|abstentions?\b"
    r"|apr[èe]s\b|monsieur\b|madame\b|m\.\s|mme\b|le\s+maire\b|la\s+maire\b|le\s+pr[ée]sident|la\s+pr[ée]sidente"
    r"|(?:[ée]taient\s+)?(?:pr[ée]sents?|absents?|excus[ée]s?|pouvoirs?|procurations?|secr[ée]taire|votants|rapporteu(?:r|se)"
    r"|titulaires|suppl[ée]ants|le\s+vote|r[ée]publique\s+fran[çc]aise|d[ée]partement\s+d(?:e|u|es|['’])?)\b"
    # the document's own heading: "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS", "COMPTE RENDU DE LA SÉANCE DU ...",
    # "CONSEIL MUNICIPAL DU 12 MARS 2024", "Séance du 4 juin 2021", a letterhead: "COMMUNE DE ...", "MAIRIE DE ..."
    r"|extrait\s+du\s+registre|registre\s+des\s+d[ée]lib|(?:l['’ ]\s*)?ordre\s+du\s+jour\b|(?:commune|ville|mairie|canton)\s+d[e'’]|arrondissement\b"
    r"|(?:conseil\s+(?:municipal|communautaire|syndical)|comit[ée]\s+syndical|s[ée]ance|r[ée]union)\b[^.]{0,40}\b(?:19|20)\d\d\b"
    # its date without the year, as a page's title cuts it: "CONSEIL MUNICIPAL SEANCE DU 18 NOVEMBRE"
    rf"|(?:conseil\s+(?:municipal|communautaire|syndical)|comit[ée]\s+syndical|s[ée]ance|r[ée]union)\b[^.]{{0,40}}\b\d{{1,2}}(?:er)?\s+(?:{'|'.join(_MONTHS)})\W*$"
    r"|(?:compte[\s-]+rendu|proc[èe]s[\s-]+verbal)(?!\s+(?:des\s+d[ée]cisions|d['’]\s*activit|annuel))"
    # the session's heading wrapped over lines, its second line: "PROCÈS-VERBAL DE LA SÉANCE" / "DU CONSEIL MUNICIPAL" /
    # "DU 12 OCTOBRE 2012", "DE LA RÉUNION DU COMITÉ SYNDICAL"
    r"|(?:du|de\s+la)\s+(?:conseil|comit[ée]|s[ée]ance|r[ée]union|bureau|assembl[ée]e)\b"
    r"|(?:conseil\s+(?:municipal|communautaire|syndical|d['’]administration)|comit[ée]\s+syndical|s[ée]ance\s+(?:ordinaire|extraordinaire|publique))\W*$"
    # the session's opening formula: "L'an deux mille quinze et le vingt-trois février", "L'an 2019, le 5 mars"
    r"|l['’ ]\s*an\s+(?:deux\s+mil(?:le)?|mil(?:le)?\s+neuf|(?:19|20)\d\d)\b"
    # a label of a deliberation's parts, alone on its line: "DELIBERATION", "Rapport", "Exposé", "Décision"
    r"|(?:d[ée]lib[ée]ration|rapport|expos[ée](?:\s+des\s+motifs)?|d[ée]cision|pr[ée]sentation|discussion|d[ée]bat)\W*$)",
    regex.I,
)
# The document's own heading, never an item, even after a page's number: "1 SEANCE DU CONSEIL MUNICIPAL DU 26 MARS 2013"
# The masthead a document opens with, in capitals as printed: "COMMUNE DE X", "MAIRIE DE X", "VILLE D'X", "REPUBLIQUE
# FRANCAISE", "DEPARTEMENT DU NORD" (never an item: an item on a commune names what is decided, "Commune de X : convention")
_MASTHEAD = regex.compile(
    r"^\W*(?:(?:COMMUNE|MAIRIE|VILLE|D[ÉE]PARTEMENT)\s+(?:DE\s+LA|DE|DES|DU|D['’ ])\s*\p{Lu}[\p{Lu}\s'’-]*(?:\s|$)(?![^:]*:)"
    r"|R[ÉE]PUBLIQUE\s+FRAN[ÇC]AISE\b"
    # the session's heading in capitals, its date on the next line: "1 REUNION DU CONSEIL MUNICIPAL" / "DU 9 FEVRIER 2021"
    r"|(?:R[ÉE]UNION|S[ÉE]ANCE|SESSION)\s+(?:(?:ORDINAIRE|EXTRAORDINAIRE|PUBLIQUE)\s+)?DU\s+(?:CONSEIL|COMIT[ÉE]|BUREAU)\b[\p{Lu}\s'’-]*$)")
_SESSION_HEADING = regex.compile(
    r"^\W*(?:extrait\s+du\s+registre|(?:conseil\s+(?:municipal|communautaire|syndical)|comit[ée]\s+syndical|s[ée]ance|r[ée]union)"
    r"\b[^.]{0,40}\b(?:19|20)\d\d\b|(?:compte[\s-]+rendu|proc[èe]s[\s-]+verbal)\s+(?:de\s+la\s+)?(?:s[ée]ance|r[ée]union))", regex.I)
# The minutes' own heading, naming the assembly, its date after it or not, that a page's number before it does not make
# an item: "1 PROCES VERBAL DU CONSEIL COMMUNAUTAIRE Vendredi 10 Juillet 2020", "2 Compte rendu du Comité syndical" (not
# "3 Compte rendu du conseil d'école", an item)
_MINUTES_HEADING = regex.compile(
    r"^\W*(?:compte[\s-]+rendu|proc[èe]s[\s-]+verbal)\s+(?:sommaire\s+)?du\s+(?:conseil\s+(?:municipal|communautaire|syndical)"
    r"|comit[ée]\s+syndical|bureau\s+(?:communautaire|syndical))\b", regex.I)
# A letterhead: "COMMUNE DE ...", "MAIRIE DE ...", "Conseil Municipal de Salaise", "DÉPARTEMENT DE L'OISE"
_LETTERHEAD = regex.compile(
    r"^\W*(?:commune|ville|mairie|d[ée]partement|r[ée]publique\s+fran[çc]aise|(?:conseil|comit[ée])\s+(?:municipal|communautaire|syndical)\s+d[e'’u])\b",
    regex.I)
# A person's name, surname first as numbered lists of members print them: "DUPONT Jean",
# "LE BRIS Anne-Marie (pouvoir à M. MARTIN)" (not "Tarifs SPANC", a title)
_PERSON = regex.compile(r"^\p{Lu}{2,}(?:[-' ]\p{Lu}{2,})*\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s*[(,].*)?$")
# A section opened by its object, as deliberation extracts print them: "Objet : Budget primitif 2024"
# (not the letter's own: "Objet : Convocation au conseil municipal")
_OBJECT_HEADING = regex.compile(rf"^{_ACT_BEFORE_OBJECT}(?:objet|obj\.)\s*:\s*(?P<title>(?!convocation)\p{{L}}.*)$", regex.I)
MAX_STYLED_TITLE = 200  # characters of an unnumbered title set apart by typography
UNSTRUCTURED_PREAMBLE = 15000  # characters of preamble where no number nor agenda says where the header ends
# what an unnumbered agenda none of whose titles heads the body gives way to: numbers and objects, not typography
NUMBERED_EVIDENCE = ("numbered-heading", "deliberation-number", "object")
# An amount, as tables print them: two in a line set apart make it a table's row, not a title
_AMOUNT = regex.compile(r"\d[\d\s.,]*\s*(?:€|euros?\b)", regex.I)
MIN_CAPITAL_WORDS = 2  # a line in capitals heads a section when it has this many words at least
TITLE_SIZE = 1.15  # font size over the body's from which a line stands out


# What a title in capitals still prints in lower case: an ordinal's ending and the number sign
# ("ADOPTION DU PROCES-VERBAL DU 1er DECEMBRE 2016", "AVENANT N°2 AU 2ème LOT", "DM n°3")
_LOWER_IN_CAPITALS = regex.compile(r"(?<=\d)(?:er|ère|re|e|ème|eme|nd|nde|bis|ter)\b|\bn(?=\s?°)")


def _in_capitals(line: Line) -> bool:
    """Whether a line is written in capitals, an ordinal's ending or a number sign aside."""
    return _text_in_capitals(line.text)


IN_CAPITALS_CACHE = 4096  # lines' texts whose answer is kept: body_titles asks twice of every line (its emphasis, its title)


@functools.lru_cache(maxsize=IN_CAPITALS_CACHE)
def _text_in_capitals(text: str) -> bool:
    """_in_capitals of a line's text (the line's capitals and the rest depend on its text alone)."""
    if written_in_capitals(text):
        return True
    first = next((i for i, c in enumerate(text) if c.islower()), 0)  # most lines are answered at their first lower-case letter
    if not (first and (text[first - 1].isdigit() or text[first:first + 2] in ("n°", "n "))):
        return False
    rest = _LOWER_IN_CAPITALS.sub("", text)
    return not any(c.islower() for c in rest) and sum(c.isalpha() for c in rest) >= 4


@dataclass(frozen=True)
class _Emphasis:
    """What sets a line apart in this document: bold means nothing where most text is bold."""

    bold: bool
    capitals: bool

    @classmethod
    def of(cls, lines: list[Line]) -> _Emphasis:
        known = [line for line in lines if line.bold is not None and line.text.strip()]
        bold = sum(len(line.text) for line in known if line.bold)
        letters = sum(len(line.text) for line in lines if line.text.strip())
        capitals = sum(len(line.text) for line in lines if _in_capitals(line))
        return cls(bold=bool(known) and bold < 0.4 * sum(len(line.text) for line in known), capitals=capitals < 0.3 * max(1, letters))

    def sets_apart(self, line: Line) -> bool:
        """Whether a line's typography sets it apart from the body: a declared heading, bold,
        underline, a larger size, or capitals over two words at least."""
        if line.heading or line.underline or (line.bold and self.bold) or (line.size or 1.0) >= TITLE_SIZE:
            return True
        return self.capitals and _in_capitals(line) and len(_THREE_LETTERS.findall(line.text)) >= MIN_CAPITAL_WORDS


@dataclass
class _Title:
    """A body line that may head a section: its kind of evidence, its title, its last line."""

    index: int
    last: int
    line: Line
    numbered: Numbered | None
    title: str
    found_by: str  # numbered-heading, deliberation-number, object, typography, anchor
    owns: bool = False  # a deliberation's anchor follows before the next title
    context: str = ""  # a plain title and the lines after it, which name what it is about
    inline_formula: bool = False  # the deliberation's formula on the title's own line: "Subvention : Après en avoir délibéré"

    def about(self) -> str:
        return self.context or self.title


def _title_like(text: str) -> bool:
    return (bool(text) and text[:1].isupper() and not text.endswith((",", ";")) and not _looks_like_prose(text)
            and not _NOT_A_TITLE.match(text) and not _PERSON.match(text) and bool(_THREE_LETTERS.search(text))
            and not COUNT_LABEL.match(text)  # "Conseillers municipaux en exercice : 22": the header's count
            and not _gives_proxy(text))  # "A. FIOT donne pouvoir à F. PASQUALI-BARTHELEMY": a proxy


# A title in capitals that opens its paragraph, the text run on after it (a web page or a transcription that sets no
# heading apart): "COMMUNE / APPROBATION DU COMPTE ADMINISTRATIF 2016 Monsieur Henri STEPHAN, adjoint aux finances,
# présente ...", "SCHÉMA D'AMÉNAGEMENT ... : PROJET DE PÉRIMÈTRE M. le Maire donne lecture ...", "TARIFS 2024 – CANTINE
# La commission propose ...": three words in capitals at least (separated by spaces, "/", ":" or a dash), then a word
# in lower case after its capital, or a civility
_CAPITALS_RUN_ON = regex.compile(
    r"^(?P<title>(?:[\p{Lu}\d][\p{Lu}\d'’°.-]*(?:\s*[/:–—-]\s*|\s+)){2,}[\p{Lu}\d][\p{Lu}\d'’°-]*)"
    r"\s+(?=(?:M\.|MM\.|Mme|Mmes)\s|\p{Lu}\p{Ll}+[\s,’']|[AÀ]\s+(?:la|le|les|l['’])\s*\p{Ll})")
MAX_TITLE_DIGITS = 0.25  # share of a title's characters that may be digits ("2024", "n° 12"): more, a row of figures


def _digit_heavy(title: str) -> bool:
    """A title whose characters are more than MAX_TITLE_DIGITS digits (a table's row, a date line): no title run on into
    its paragraph (_capitals_run_on, _formula_titled)."""
    return sum(c.isdigit() for c in title) > MAX_TITLE_DIGITS * len(title)


_TITLE_PARTS = regex.compile(r"\s[/:–—-]\s")  # a separator between a title's parts: "COMMUNE / APPROBATION DU COMPTE ..."
MIN_RUN_ON_TEXT = 80  # characters of text after a capitals title on its line, that make the line a paragraph


def _capitals_run_on(lines: list[Line], index: int, text: str) -> _Title | None:
    """A paragraph (a line under RUN_ON_CHARS, which reflow leaves whole) that opens on its title in capitals: the title."""
    m = _CAPITALS_RUN_ON.match(text)
    if m is None or len(text) - m.end() < MIN_RUN_ON_TEXT or len(text) > RUN_ON_CHARS:
        return None
    title = _clean_title(m["title"].rstrip(" :–—-/"))
    if (len(_THREE_LETTERS.findall(title)) < MIN_CAPITAL_WORDS or not _title_like(title) or _MASTHEAD.match(title)
            or _SESSION_HEADING.match(title) or _MINUTES_HEADING.match(title) or (_LETTERHEAD.match(title) and not _TITLE_PARTS.search(title))
            or anchor_kind(title) or parse_numbered(title)
            or _OPENING_LABEL_LIKE.match(title) or _digit_heavy(title)):
        return None
    # (the formula or the vote on its own line, after it: the paragraph's deliberation is the title's)
    return _Title(index, index, lines[index], None, title, "typography", inline_formula=anchor_kind(text[m.end():]) is not None)


def _title_at(lines: list[Line], index: int, emphasis: _Emphasis) -> _Title | None:
    """The line at `index` read as a section's title, or None."""
    line = lines[index]
    text = strip_markup(line.text)
    if not text or _SEPARATOR.match(line.text) or "\t" in line.text:
        return None
    if len(text) > MAX_TITLE_CHARS + 20:
        return _capitals_run_on(lines, index, text)
    styled = emphasis.sets_apart(line)
    m = _OBJECT_HEADING.match(text)
    if m and len(m["title"]) <= MAX_STYLED_TITLE and not _looks_like_prose(m["title"]):
        return _Title(index, index, line, None, _clean_title(m["title"]), "object")
    numbered = parse_numbered(text, allow_bare=styled)
    if numbered is not None:
        title = cut_run_on_title(numbered.title)
        numbered = replace(numbered, title=title) if title != numbered.title else numbered
        if (len(title) > MAX_STYLED_TITLE or _is_operative_point(title) or _AMOUNT_IN_TITLE.search(title)
                or _PERSON.match(title) or not _is_heading_like(title, title) or anchor_kind(title)
                or _gives_proxy(text)):  # the giver's initial before a proxy: "A. FIOT donne pouvoir à F. PASQUALI"
            return None
        return _Title(index, index, line, numbered, title, "deliberation-number" if numbered.style == "delib" else "numbered-heading")
    voted = _APPROVAL_THEN_VOTE.match(text)
    if voted and _approves_minutes(voted["title"]) and _title_like(voted["title"]):
        # the approval of the minutes printed as a heading, its outcome after it: "APPROBATION PV DE LA SEANCE DU
        # 23 AVRIL 2014 à l'unanimité" (a sentence "Le procès-verbal ... est approuvé" is no heading)
        return _Title(index, index, line, None, _clean_title(voted["title"]), "typography")
    if (styled and len(text) <= MAX_STYLED_TITLE and _title_like(text) and not anchor_kind(text) and not _LABEL.match(text)
            and len(_AMOUNT.findall(text)) < 2 and sum(c.isdigit() for c in text) <= 0.25 * len(text)):
        return _Title(index, index, line, None, _clean_title(text), "typography")
    if len(text) <= MAX_ANCHORED_TITLE and not text.endswith(".") and _approves_minutes(text) and _title_like(text):
        # "Approbation du compte rendu de la dernière réunion :" in plain text: the item every session opens with
        return _Title(index, index, line, None, _clean_title(text), "anchor")
    if len(text) <= MAX_ANCHORED_TITLE and not text.endswith(".") and INSTALLATION_ITEM.match(text) and _title_like(text):
        # "Installation d'Alain Mussillon en remplacement de ...", a line of its own: an item that is no deliberation
        return _Title(index, index, line, None, _clean_title(text), "anchor")
    return _capitals_run_on(lines, index, text)


# A title in capitals and its outcome on the same line: "APPROBATION PV DE LA SEANCE DU 23 AVRIL 2014 à l'unanimité",
# "APPROBATION DU COMPTE RENDU DU 12 MARS 2024 : adopté à l'unanimité"
_APPROVAL_THEN_VOTE = regex.compile(
    r"^(?P<title>(?:[\p{Lu}\d][\p{Lu}\d'’°/.-]*\s+){2,}[\p{Lu}\d][\p{Lu}\d'’°/.-]*)\s*[:–-]?\s+"
    r"(?:(?:adopt|approuv)[ée]e?s?\s+)?(?:à\s+l['’ ]\s*unanimit[ée]|par\s+\d{1,3}\s+voix)\b[^.]{0,40}\.?$")
_MEMBERS = regex.compile(r"^\W*(?:messieurs|mesdames|mm\.?|mmes|mme|mlle|m\.)\s", regex.I)
MAX_ANCHORED_TITLE = 150  # characters of a plain line taken for a title because a vote ends the text above it
CONTEXT_LINES = 7  # a plain title and the lines after it name most of the item's words


# A sentence that announces the points the session dealt with, the first of them on the next line, where no
# agenda lists them: "M. le Président expose les problèmes suivants :", "les membres du comité syndical ont
# délibéré sur les points suivants"
_POINTS_ANNOUNCED = regex.compile(
    r"\b(?:d[ée]lib[ée]r[ée]\s+sur|expos[ée]e?|examin[ée]e?|trait[ée]e?|abord[ée]e?)s?\s+(?:les\s+)?"
    r"(?:points|questions|probl[èe]mes|affaires|dossiers|sujets)\s+suivante?s\s*:?\s*$", regex.I)


def _after_vote(lines: list[Line], index: int, text: str, opening: bool = False, announced: bool = False) -> _Title | None:
    """A plain line right after a vote, short and set like a title (a capital, no full stop):
    where minutes print their titles without any mark, the next deliberation's title. Right after
    the header (`opening`), a title may read like a label: "PA de la Héronnière : approbation du projet";
    right after a sentence that announces the points (`announced`), it may close on a colon:
    "Comptes administratif et de gestion 2012 :"."""
    if announced and text.endswith(":") and not text.endswith("::"):
        text = text[:-1].rstrip()
    if len(text) > MAX_ANCHORED_TITLE or text.endswith((".", ":")) or not _title_like(text) or anchor_kind(text):
        return None
    if _LABEL.match(text) and not (opening and not OPENING_LABEL.match(text)):
        return None
    if opening and (text.count(",") >= 2 or _MEMBERS.match(text)):
        return None  # the header's list of members run on: "Messieurs DELPERIER, DRIEUX, LASSERRE"
    context = " ".join(strip_markup(line.text) for line in lines[index:index + CONTEXT_LINES])
    return _Title(index, index, lines[index], None, _clean_title(text), "anchor", context=context)


MIN_LETTER_SHARE = 0.8  # letters among the printed characters of a line of words (not OCR noise: "oe v OÀ.Q/yrÈ.... .*")


def _wordlike(text: str) -> bool:
    printed = [c for c in text if not c.isspace()]
    return bool(printed) and sum(c.isalpha() or c in "'’-" for c in printed) >= MIN_LETTER_SHARE * len(printed)


WRAPPED_CAPITALS = 50  # characters of a line in capitals from which a title set in capitals may wrap onto the next


_CAPITAL_WORD = regex.compile(r"^[\p{Lu}][\p{Lu}'’-]*$")
MAX_WORD_LINES = 30  # lines of one word each a title in capitals may be broken into


def _broken_words(texts: list[str]) -> int:
    """How many of the lines after a title in capitals (`texts`, stripped) hold its words one a line: "DES" / "MEMBRES" /
    "DES" / ... / "SUPPLEANTS- COMMISSION COMMUNALE DES IMPOTS DIRECTS" (the first line that is not one word in capitals
    counted where it is in capitals: the title's end); 0 unless a word that cannot end a title stands alone among them
    ("DES", "ET"): a table's header in capitals ("LIBELLES" / "INVESTISSEMENT" / "FONCTIONNEMENT") holds none."""
    words = 0
    while words < min(len(texts), MAX_WORD_LINES) and _CAPITAL_WORD.match(texts[words]):
        words += 1
    if words < 2 or not any(_ends_with_link_word(word) for word in texts[:words]):
        return 0
    last = texts[words] if words < len(texts) else ""
    if last and _text_in_capitals(last) and len(last) <= WRAPPED_CAPITALS * 2 and not parse_numbered(last):
        words += 1
    return words


def _word_per_line(lines: list[Line], title: _Title) -> None:
    """A title in capitals that the text layer broke one word a line: "1- DESIGNATION" / "DES" / "MEMBRES" / ...: the
    words go on the title (see _broken_words)."""
    if not _in_capitals(title.line):
        return
    following = [strip_markup(line.text) for line in lines[title.index + 1:title.index + 2 + MAX_WORD_LINES]]
    words = _broken_words(following)
    if words:
        title.title = _clean_title(" ".join([title.title, *following[:words]]))
        title.last = title.index + words


def _wrap(lines: list[Line], title: _Title, emphasis: _Emphasis) -> None:
    """A title wrapped over the next lines, set like it (bold, underlined) or, without
    typography, run on in lower case or after a word that cannot end a title."""
    first = title.line
    if title.numbered is not None:
        _word_per_line(lines, title)
        if title.last != title.index:
            return
    for index in range(title.index + 1, min(len(lines), title.index + 3)):
        line = lines[index]
        text = strip_markup(line.text)
        if (not text or line.page != first.page or len(text) > 120 or anchor_kind(text) or parse_numbered(text)
                or _OBJECT_HEADING.match(text) or _NOT_A_TITLE.match(text) or title.title.endswith((".", ":"))
                or _TITLE_SPEAKER.search(strip_markup(lines[index - 1].text))):
            return  # a title closed by its full stop or by who reports it: "Avenant aux contrats (M. DELPERIER)"
        if first.bold is not None and (first.bold or first.underline):
            same = line.bold == first.bold and line.underline == first.underline and emphasis.sets_apart(line)
        else:
            same = (text[:1].islower() or _ends_with_link_word(title.title)) and _wordlike(text)
            # a long title in capitals goes on in capitals on the next line: "DCM 2016-061 OBJET : DECISIONS DU
            # MAIRE PRISES EN VERTU DES DELEGATIONS" / "ACCORDEES PAR LE CONSEIL MUNICIPAL" (a short one is a part's)
            same = same or (len(strip_markup(first.text)) >= WRAPPED_CAPITALS and _in_capitals(first) and _in_capitals(line)
                            and index == title.index + 1 and _wordlike(text) and not title.title.endswith((")", ";", ",")))
        if not same or len(title.title) + len(text) > MAX_TITLE_CHARS:
            return
        title.title = _clean_title(f"{title.title} {text}")
        title.last = index


def _tabled(doc: Document) -> frozenset[int]:
    """Where the lines printed in a table the reader found begin: a cell is never a title."""
    return frozenset(doc.lines[i].start for table in getattr(doc, "tables", ()) for row in table.rows for i in row.lines
                     if i < len(doc.lines))


# Who leaves the vote, between a title and its vote: "Le Maire ne prend pas part au vote.", "M. X quitte la salle"
_LEAVES_THE_VOTE = regex.compile(r"\bne\s+pren(?:d|nent)\s+pas\s+part\s+(?:au\s+vote|à\s+la\s+d[ée]lib[ée]ration)|\bquitte(?:nt)?\s+la\s+(?:salle|s[ée]ance)", regex.I)
MIN_VOTED_BULLETS = 2  # bulleted titles each followed by its vote that make a body of them


def _voted_bullets(lines: list[Line], start: int) -> frozenset[int]:
    """The bulleted lines of the body that title a deliberation, its vote on the next line (after who leaves the vote):
    "• Approbation du Compte de Gestion 2021" / "Accord à la majorité : 10 pour (8 + 2 procurations pour), ...", where a
    body prints its deliberations so, twice at least (a bullet before a vote once is a list's point, not a body)."""
    found, headed = [], []
    for index in range(start, len(lines)):
        bullet = _BULLET.match(strip_markup(lines[index].text))
        if bullet is None:
            continue
        title = _clean_title(bullet.group("title"))
        if (len(title) > MAX_ANCHORED_TITLE or title.endswith((".", ":", ",", ";")) or not _title_like(title) or anchor_kind(title)
                or _LABEL.match(title) or _AMOUNT.search(title)):
            continue
        following = [strip_markup(line.text) for line in lines[index + 1:index + 4] if strip_markup(line.text)][:2]
        if following and _LEAVES_THE_VOTE.search(following[0]) and not _states_vote(following[0]):
            following = following[1:]
        if following and _states_vote(following[0]) and not _BULLET.match(following[0]):
            found.append(index)
        elif (following and not _BULLET.match(following[0]) and (following[0].endswith((".", ":")) or not _title_like(following[0]))
              and len(_THREE_LETTERS.findall(title)) >= 2 and not _ends_with_link_word(title)):
            # (a whole title: not "- Publiée", not "- Notifie cette délibération à Monsieur le" wrapped onto the next line)
            headed.append(index)  # a headline over its paragraph: its vote may come further (see below)
    if len(found) < MIN_VOTED_BULLETS:
        # (round eight, second wave) the headline paragraph's shape, not the vote's distance: a bulleted title over a
        # paragraph of prose ("-  Indemnité de fonction du maire" / "Monsieur le Maire présente ..." / ... / "Le conseil
        # municipal, à l'unanimité, décide :"), its vote anywhere before the next such headline; where two at least are
        # voted so, every headline of that shape in their run heads its deliberation, voted or not ("-  Nomination d'un
        # secrétaire de séance" / "M. ROULLET a été nommé secrétaire de séance.")
        heads = sorted(set(found) | set(headed))
        voted = [i for n, i in enumerate(heads)
                 if any(_states_vote(strip_markup(line.text)) for line in lines[i + 1:heads[n + 1] if n + 1 < len(heads) else len(lines)])]
        if len(voted) >= MIN_VOTED_BULLETS:
            first, last = voted[0], voted[-1]
            glyphs = {_glyph(strip_markup(lines[i].text)) for i in voted}
            return frozenset(i for i in heads if (first <= i <= last or i in voted or _next_head_voted(i, heads, voted))
                             and _glyph(strip_markup(lines[i].text)) in glyphs)
    return frozenset(found) if len(found) >= MIN_VOTED_BULLETS else frozenset()


def _next_head_voted(index: int, heads: list[int], voted: list[int]) -> bool:
    """Whether the headline after the one at `index` is voted: a run of headlines goes on to its voted ones."""
    after = [i for i in heads if i > index]
    return bool(after) and after[0] in voted


# A paragraph that opens on its item's title, the deliberation's formula within a few words after it (issue #14), where
# small communes' web pages print no heading: "Subvention : Après en avoir délibéré, le Conseil Municipal décide ...",
# "Délibération portant sur ... : Après en avoir délibéré, à l'unanimité le conseil municipal décide :", "Travaux de
# voirie – le Conseil, à l'unanimité, décide", "Tarifs de la cantine. Après en avoir délibéré, ...", and the title in
# capitals run into its text: "SUBVENTION AU COMITÉ DES FÊTES Après en avoir délibéré, ..."
# (the formula's words a separator looks ahead to: "après en avoir délibéré", "décide", "à l'unanimité")
_FORMULA_AHEAD = rf"{DELIBERATED_WORDS}|\bd[ée]cide\b|[àa]\s+l['’ ]\s*unanimit[ée]"
_TITLE_THEN_FORMULA = regex.compile(
    # (the title up to the last separator before the formula: "Travaux de voirie : demande de subvention : Après ...")
    r"^(?P<title>(?-i:\p{Lu})(?:(?!apr[èe]s\s+en\s+avoir|\bd[ée]cide\b|[àa]\s+l['’ ]\s*unanimit)[^;!?\n]){2,150})(?:\s*(?::|\s[–—-])\s+(?=[^\n]{0,200}?(?:"
    rf"{_FORMULA_AHEAD}))|(?<![,;]|\b(?-i:\p{{Lu}}))\.?\s+(?={DELIBERATED_WORDS}\b)"
    rf"|(?<=(?-i:\p{{Lu}}{{3}}))\s+(?=(?-i:\p{{Lu}}\p{{Ll}})[^\n]{{0,200}}?(?:{_FORMULA_AHEAD})))",
    regex.I,
)
# What opens a sentence, not a title: a pronoun, an article before the actor, a link word ("Il est proposé : ...",
# "Le Conseil : ...", "En conséquence : ...", "Résultat du vote : à l'unanimité")
_NOT_A_FORMULA_TITLE = regex.compile(
    r"^(?:il|elle|ils|elles|on|nous|ce|cela|le|la|les|l['’]|en|ainsi|donc|puis|enfin|de\s+plus|par\s+ailleurs|suite|conform[ée]ment|sur|apr[èe]s|dont|qui|que"
    r"|r[ée]sultat|d[ée]cision|objet|rapporteur|expos[ée]|vote|pour|contre|abstention|unanimit[ée]|majorit[ée])\b",
    regex.I,
)


# What every match of _TITLE_THEN_FORMULA holds (each of its separators looks ahead to one of the formula's words): a
# cheap search first, same flags, so that the costly match (a title of up to 150 characters, each of its ends followed
# by a look ahead of up to 200) runs only on the few lines that hold one
_FORMULA_WORD = regex.compile(r"avoir|d[ée]cide|unanimit", regex.I)


# (round eight, second wave) a headline paragraph's other shapes, gated on the shape and never on a distance: the title,
# its colon and the exposé's first words ("ONF (Coupe de bois) : Monsieur le Maire fait part au Conseil ...", the vote
# lines below), and a bullet's title, a semicolon and its outcome ("• Adoption du procès-verbal de la séance du 5 mars
# 2020 ; Le procès-verbal ... est adopté à l'unanimité des votants.")
_TITLE_THEN_EXPOSE = regex.compile(rf"^(?P<title>(?-i:\p{{Lu}})[^:;!?\n]{{2,150}}?)\s+:\s+(?=(?:{_OPENER}))")
_TITLE_THEN_OUTCOME = regex.compile(r"^(?P<title>(?-i:\p{Lu})[^:;!?\n]{2,150}?)\s*;\s+(?=\S)")


def _headline_paragraph(lines: list[Line], index: int, text: str) -> tuple[str, bool] | None:
    """The title of a headline paragraph of another shape than _TITLE_THEN_FORMULA's, and whether its vote is on its own
    line: a bulleted title with its outcome after a semicolon (voted on the line), or a title before its colon and the
    exposé's opener, voted before the next paragraph of that shape or numbered heading (else None: fail-safe)."""
    bullet = _BULLET.match(text)
    body = bullet.group("title") if bullet else text
    m = _TITLE_THEN_OUTCOME.match(body) if bullet and ";" in body else None
    if m is not None and _states_vote(body[m.end():]):
        return m["title"], True
    m = _TITLE_THEN_EXPOSE.match(body) if ":" in body else None
    if m is None:
        return None
    if _states_vote(body[m.end():]):
        return m["title"], True
    for following in lines[index + 1:]:
        after = strip_markup(following.text)
        if _TITLE_THEN_EXPOSE.match(after) or parse_numbered(after) is not None or _TITLE_THEN_FORMULA.match(after):
            return None
        if _states_vote(after):
            return m["title"], False
    return None


def _title_then_formula(lines: list[Line], index: int, text: str) -> _Title | None:
    """A paragraph that opens on its title and goes on with the deliberation's formula within ~200 characters:
    its title (an item heading where the document prints no other heading); or a headline paragraph of another
    shape (_headline_paragraph)."""
    m = _TITLE_THEN_FORMULA.match(text) if _FORMULA_WORD.search(text) else None
    inline = True
    if m is None:
        headline = _headline_paragraph(lines, index, text)
        if headline is None:
            return None
        title, inline = headline[0].strip().rstrip("."), headline[1]
    else:
        title = m["title"].strip().rstrip(".")
        if _VOTE_FIRST.match(text, m.end()):
            return None  # a vote's label, as OCR misreads "Vote": "Vate : à l'unanimité" (a title's paragraph goes on otherwise)
    if (not _title_like(title) or _NOT_A_TITLE.match(title) or _NOT_A_FORMULA_TITLE.match(title) or anchor_kind(title)
            or _ends_with_link_word(title)
            or _OPENING_LABEL_LIKE.match(title) or _digit_heavy(title)):
        return None
    return _Title(index, index, lines[index], None, _clean_title(title), "anchor", owns=True, context=text[:MAX_TITLE_CHARS],
                  inline_formula=inline)


# A vote's result right after the separator: "à l'unanimité", "adopté ...", "Pour : 12", "unanimité"
_VOTE_FIRST = regex.compile(r"\W*(?:[àa]\s+l['’ ]\s*unanimit|adopt|approuv|pour\b|unanimit|rejet)", regex.I)
# A preamble label before what it lists: "Date de convocation", "Nombre de conseillers"
_OPENING_LABEL_LIKE = regex.compile(r"^(?:date|nombre|membres?|conseillers?|pr[ée]sents?|absents?|excus[ée]s?)\b", regex.I)


def body_titles(lines: list[Line], start: int, tabled: frozenset[int] = frozenset()) -> list[_Title]:
    """The lines of the body from `start` that may head a section, each marked when a
    deliberation's anchor (formula, vote, operative part) follows it before the next one;
    never a line printed in a table (`tabled`: where such lines begin)."""
    emphasis = _Emphasis.of(lines[start:])
    voted_bullets = _voted_bullets(lines, start)
    titles: list[_Title] = []
    # a plain title also opens the body right after the header: the text's first line, the session's
    # heading ("CONSEIL COMMUNAUTAIRE DU 11 DECEMBRE 2012"), the header's last label ("Pouvoirs : 1")
    index, voted, opening, announced, closed, goes_on = start, False, True, False, False, False
    numbered_seen, formula_titled = False, []  # (a paragraph's title before its formula only where no title is numbered)
    while index < len(lines):
        title = _title_at(lines, index, emphasis) if lines[index].start not in tabled else None
        text = strip_markup(lines[index].text)
        if title is None and (voted or opening or announced) and text and lines[index].start not in tabled:
            title = _after_vote(lines, index, text, opening=(opening or announced) and not voted, announced=announced)
        if title is None and text and closed and lines[index].start not in tabled and _expose_follows(lines, index):
            title = _after_vote(lines, index, text)  # between a paragraph's end and the exposé's first words
        if title is None and text and lines[index].start not in tabled and not numbered_seen:
            title = _title_then_formula(lines, index, text)
            if title is not None:
                formula_titled.append(title)
        if title is None and index in voted_bullets:
            bullet_title = _clean_title(_BULLET.match(text).group("title"))
            title = _Title(index, index, lines[index], None, bullet_title, "anchor", context=bullet_title)
        if title is None:
            if text:
                # (a vote's sentence wrapped onto the next line: "... donne son accord et pouvoir à la" / "consultation
                # des entreprises." still ends a deliberation)
                voted = _states_vote(text) or (voted and text[:1].islower() and goes_on)
                closed = text.endswith((".", "!", "»"))
                goes_on = text.endswith(",") or _ends_with_link_word(text)
                # (not a label whose list follows it: "Présents :" / "Messieurs DELPERIER, DRIEUX, ...")
                opening = (bool(_SESSION_HEADING.match(text) or OPENING_LABEL.match(text)) and not anchor_kind(text)
                           and not text.rstrip().endswith(":"))
                announced = bool(_POINTS_ANNOUNCED.search(text)) and not _AGENDA_CHANGE.search(text)
            index += 1
            continue
        voted = opening = announced = closed = goes_on = False
        if title.numbered is not None:
            numbered_seen = True
        if title not in formula_titled:
            _wrap(lines, title, emphasis)
        titles.append(title)
        index = title.last + 1
    if numbered_seen and formula_titled:
        titles = [t for t in titles if t not in formula_titled]
    return _mark_owners(lines, titles)


def _expose_follows(lines: list[Line], index: int) -> bool:
    """Whether the next line of text after `index` opens an exposé ("Monsieur le Maire rappelle ...", "Dans le
    cadre de ..."): a plain line between the end of a paragraph and those words is the title of what follows
    ("... de voisinage." / "Projet d'aménagement d'une Maison d'Assistantes Maternelles" / "Monsieur le Maire rappelle")."""
    following = _first_content(lines, index + 1)
    return following is not None and bool(_OPENS_EXPOSE.match(strip_markup(lines[following].text)))


def _cut_mid_sentence(lines: list[Line]) -> bool:
    """Whether the text stops inside a sentence (an excerpt cut short: "... il est préconisé de recourir à une
    mission d'architecte-conseil afin de veiller à ce que chaque projet respecte bien les précon")."""
    last = next((strip_markup(line.text) for line in reversed(lines) if strip_markup(line.text)), "")
    return bool(last) and not last.endswith((".", "!", "?", ":", ";", "»", ")"))


def _draft(title: _Title, path: str, level: int, parent: str | None, numbered: Numbered) -> _Draft:
    line = title.line
    return _Draft(numbered, path, level, parent, title.title, line, line, "body", found_by=title.found_by)


def _mark_owners(lines: list[Line], titles: list[_Title]) -> list[_Title]:
    """Mark each title that a deliberation's anchor follows before the next title of `titles`."""
    for title, following in zip(titles, [*titles[1:], None], strict=False):
        end = following.index if following else len(lines)
        title.owns = title.inline_formula or any(anchor_kind(strip_markup(lines[i].text)) for i in range(title.last + 1, end))
    return titles


def _opens_a_level(numbered: Numbered, numberer: _Numberer) -> bool:
    """Whether a numbered heading opens a level under the part before it, in a style no level above
    uses: "1. Budget primitif 2024" under "I – FINANCES", "A) Tarifs" under "2. Finances", "1.1 Statuts"
    under "1. Intercommunalité"."""
    if numbered.style.startswith("compound"):  # "1.1 Proposition de modification des statuts" under "1. Mayenne Communauté"
        return numbered.number == ".".join([*numberer.path, "1"]) and numbered.style not in numberer.styles
    return (numbered.number in ("1", "A") and numbered.style in ("arabic", "letter", "point")
            and numbered.style not in numberer.styles and numberer.styles[-1:] != ["?"])


def _right_under(lines: list[Line], in_sequence: list[_Title], title: _Title) -> bool:
    """Whether a heading follows the last numbered heading with no text between them (a part's first
    item: "I – FINANCES" / "1. Budget primitif 2024"; not a list inside an exposé)."""
    if not in_sequence:
        return False
    return all(not strip_markup(lines[i].text) for i in range(in_sequence[-1].last + 1, title.index))


def _skeleton(lines: list[Line], titles: list[_Title]) -> list[_Title]:
    """The numbered titles that structure the body: headings numbered in sequence (1, 2, 3; I,
    II under which A, B...) and deliberation numbers; a number printed twice keeps the title that
    a deliberation follows."""
    numberer, in_sequence = _Numberer(), []
    paths: dict[int, str] = {}  # a numbered heading's path: "1" under "I" and "1" under "II" are two items
    for title in titles:
        n = title.numbered
        if n is None:
            continue
        if n.style == "delib":
            in_sequence.append(title)
        elif ((n.number in numberer.expected_next() or (_opens_a_level(n, numberer) and _right_under(lines, in_sequence, title)))
              if numberer.path else n.number in ("0", "1", "I", "A")):
            paths[id(title)] = numberer.place(n)[0]
            in_sequence.append(title)
    delibs = [t for t in in_sequence if t.numbered.style == "delib"]
    if len(delibs) < 2 and len(delibs) < len(in_sequence):
        in_sequence = [t for t in in_sequence if t.numbered.style != "delib"]  # a lone reference among numbered headings
    _mark_owners(lines, in_sequence)
    by_number: dict[str, _Title] = {}
    for title in in_sequence:
        key = f"{title.numbered.style}:{paths.get(id(title), title.numbered.number)}"
        if key not in by_number or (title.owns and not by_number[key].owns):
            by_number[key] = title
    kept = {id(t) for t in by_number.values()}
    return [t for t in in_sequence if id(t) in kept]


def _style(line: Line) -> tuple:
    return (bool(line.bold), bool(line.underline), bool(line.heading), round(line.size or 1.0, 2), _in_capitals(line))


MIN_HOUSE_TITLES = 3  # titles owning a deliberation, all set alike, that make a document's heading style


def _house_style(title: _Title, titles: list[_Title]) -> bool:
    """A title set exactly as every title that owns a deliberation, where those are several and
    set apart by two marks at least (bold and underlined, a heading style): the document's heading
    style, which also heads its items without a vote ("Travaux piscine", a part over its items)."""
    if title.found_by != "typography":
        return False
    owning = {_style(t.line) for t in titles if t.owns and t.found_by == "typography"}
    count = sum(1 for t in titles if t.owns and t.found_by == "typography")
    if len(owning) != 1 or count < MIN_HOUSE_TITLES:
        return False
    style = next(iter(owning))
    marks = style[0] + style[1] + style[2] + (style[3] >= TITLE_SIZE)
    return marks >= 2 and _style(title.line) == style


def _is_group(lines: list[Line], title: _Title, titles: list[_Title]) -> bool:
    """A numbered heading directly followed by another title: a part of the body ("1. FINANCES"
    over "DEL2025-02 : Vote du compte ...", "I. FINANCES" over a bold "Budget primitif")."""
    following = next((i for i in range(title.last + 1, min(len(lines), title.last + 3)) if strip_markup(lines[i].text)), None)
    return following is not None and any(t.index == following for t in titles)


def structure_items(lines: list[Line], titles: list[_Title]) -> list[_Draft]:
    """Without an agenda, the body's sections stand for it. Numbered headings that follow one
    another and deliberation numbers make the skeleton; a numbered heading directly followed by
    another title is a group, whose sections are the titles inside it that a deliberation
    (formula, operative part, vote) follows: deliberation numbers, "Objet :" lines, unnumbered
    lines set apart by typography ("I. FINANCES" > a bold "Budget primitif 2024" closed by its
    vote). Without numbered headings, the unnumbered titles a deliberation follows stand alone."""
    skeleton = _skeleton(lines, titles)
    groups = [t for t in skeleton if t.numbered.style != "delib" and _is_group(lines, t, titles)]
    if skeleton:
        bounds = [(g.index, next((t.index for t in skeleton if t.index > g.index and t.numbered.style == g.numbered.style), len(lines)))
                  for g in groups]
        # deliberation numbers, where a part holds them, are its sections: its other titles are sub-headings
        bounds = [(low, high) for low, high in bounds if not any(low < t.index < high and t.numbered.style == "delib" for t in skeleton)]
        # (not the part's own title printed again under it, above its table: "2. Compte Administratif de l'exercice
        # 2014" / "COMPTE ADMINISTRATIF 2014", every word of it in the part's title)
        heads = {t.index: title_words(t.title) for t in skeleton}
        inside = [t for t in titles if t.numbered is None and any(low < t.index < high for low, high in bounds)
                  and not any(low < t.index < high and title_words(t.title) <= heads[low] for low, high in bounds)]
        ordered = sorted(skeleton + inside, key=lambda t: t.index)
        children = {id(t) for t in _mark_owners(lines, ordered) if t.numbered is None and t.owns}
        _mark_owners(lines, skeleton)
        kept = [t for t in ordered if t.numbered is not None or id(t) in children]
    else:
        unnumbered = _mark_owners(lines, [t for t in titles if t.numbered is None])
        objects = sum(1 for t in unnumbered if t.found_by == "object")
        kept = [t for t in unnumbered if t.owns or (t.found_by == "object" and objects >= 2) or _MISC_ITEM.match(t.title)
                or _house_style(t, unnumbered)]
    drafts: list[_Draft] = []
    numberer = _Numberer()
    group: _Draft | None = None
    ranks: dict[str | None, int] = {}
    for title in kept:
        if title.numbered is not None:
            path, level, parent = numberer.place(title.numbered)
            if any(d.path == path for d in drafts):
                continue
            draft = _draft(title, path, level, parent, title.numbered)
            drafts.append(draft)
            if title.numbered.style != "delib":
                group = draft if title in groups else None
            continue
        parent = group.path if group is not None else None
        ranks[parent] = ranks.get(parent, 0) + 1
        rank = str(ranks[parent])
        path = f"{parent}.{rank}" if parent else rank
        if any(d.path == path for d in drafts):
            continue
        numbered = Numbered("rank", rank, title.title, False)
        drafts.append(_draft(title, path, group.level + 1 if group else 1, parent, numbered))
    return drafts


def _unnumbered_openers(titles: list[_Title], drafts: list[_Draft]) -> list[_Draft]:
    """Before the first numbered heading, the session's opening items the minutes leave unnumbered,
    set apart as headings (capitals, bold) and closed by their vote: "APPROBATION DU COMPTE RENDU DE LA SEANCE DU 23 AVRIL 2021" / "... est
    approuvé à l'unanimité" / "01 - DESIGNATION D'UN REPRESENTANT"; numbered after the last top-level
    number, as they print none."""
    numbered = [d.line.start for d in drafts if d.numbered.style != "rank"]
    if not numbered or any(d.numbered.style == "rank" and d.source != "added" for d in drafts):
        return []  # (where unnumbered titles already stand for items, they are read as such)
    first = min(d.line.start for d in drafts if d.source != "added")  # (items added at the opening come before them)
    # (set apart as a heading: a plain sentence "Approbation du compte rendu ... :" is the session's business, no item)
    openers = [t for t in titles if t.line.start < first and t.numbered is None and (
        (t.owns and t.found_by == "typography" and (_approves_minutes(t.title) or _SECRETARY_ITEM.search(t.title)))
        # (an installation, noted and never voted, set on a line of its own before the first numbered heading)
        or (t.found_by in ("typography", "anchor") and INSTALLATION_ITEM.match(t.title)))]
    top = max((int(d.path) for d in drafts if d.path.isdigit()), default=0)
    out = []
    for title in openers:
        top += 1
        out.append(_draft(title, str(top), 1, None, Numbered("rank", str(top), title.title, False)))
    return out


def _fill_by_order(items: list[_Draft], matched: list[tuple[_Heading, _Draft]], missing: list[_Draft],
                   titles: list[_Title], lines: list[Line]) -> list[tuple[_Heading, _Draft]]:
    """Agenda items the body retitles, found by order: between the sections of the items before
    and after them, the titles a deliberation follows and that no item took are theirs, one for
    one when they are as many, else by the closest title."""
    found = {id(item): heading.index for heading, item in matched}
    taken = set(found.values())
    out = []
    position = 0
    while position < len(items):
        if id(items[position]) in found or items[position] not in missing:
            position += 1
            continue
        run_end = position
        while run_end < len(items) and id(items[run_end]) not in found and items[run_end] in missing:
            run_end += 1
        run = [item for item in items[position:run_end] if not any(d.parent == item.path for d in items)]  # not a group
        low = found.get(id(items[position - 1]), -1) if position > 0 else -1
        high = found.get(id(items[run_end]), len(lines)) if run_end < len(items) else len(lines)
        if low < 0:  # before the first item found, the body's titles may still be the session's header
            position = run_end
            continue
        free = [t for t in titles if low < t.index < high and t.owns and t.index not in taken]
        if len(free) == len(run) and all(title_affinity(i.title, t.about()) >= ORDER_AFFINITY for t, i in zip(free, run, strict=True)):
            pairs = list(zip(free, run, strict=True))
        else:
            pairs = []
            for item in run:
                best = max(free, key=lambda t: title_affinity(item.title, t.about()), default=None)
                if best is not None and title_affinity(item.title, best.about()) >= BEST_AFFINITY:
                    pairs.append((best, item))
                    free = [t for t in free if t.index > best.index]
        for title, item in pairs:
            heading = _Heading(title.index, title.line, title.numbered, strip_markup(title.line.text), title.title)
            out.append((heading, item))
            taken.add(title.index)
            found[id(item)] = title.index
        position = run_end
    return out


# The reference of a deliberation printed in its extract: "- réf. : 2018/28", "DÉLIBÉRATION : DEL 20-86
# APPROBATION ...", "Délibération n° 2024-045", "N° DCM-2024-12" (not a date: "12/03/2024")
_EXTRACT_NUMBER = regex.compile(
    r"^\W*(?:r[ée]f(?:[ée]rence)?\.?|d[ée]lib[ée]ration|n\s*°)\s*(?:n\s*°\s*)?:?\s*"
    r"(?P<num>(?:[A-Z]{1,5}[ _-]?)?\d{2,4}[-/_]\d{1,4}(?:[-/_]\d{1,4})?)(?![/.-]?\d)\b\W*(?P<title>.*)$",
    regex.I,
)


def _single_deliberation(lines: list[Line]) -> list[_Draft]:
    """An extract of the register ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS"): one deliberation,
    without a title of its own among the titles the body's structure reads. Its anchors say it
    is one; its item is numbered by the reference printed above the first of them, when there
    is one, and titled by its object."""
    first_anchor = next((i for i, line in enumerate(lines) if anchor_kind(strip_markup(line.text)) in ("formula", "vote")), None)
    if first_anchor is None:
        return []
    for index in range(first_anchor):
        text = strip_markup(lines[index].text)
        m = _EXTRACT_NUMBER.match(text)
        if m and not _MONTHS_AFTER.match(m["title"]):
            number, line = " ".join(m["num"].split()), lines[index]
            title = _clean_title(m["title"]) if _TWO_LETTERS.search(m["title"]) else ""
            if not title:
                title = next((_clean_title(o["title"]) for o in (_OBJECT_HEADING.match(strip_markup(ln.text)) for ln in lines[:first_anchor]) if o), "")
            if not title:  # the title printed above the reference: "Décision modificative ... DM n°1" / "Séance du ..." / "- réf. : 2018/28"
                above = [k for k in range(max(0, index - EXTRACT_TITLE_LINES), index) if _title_like(strip_markup(lines[k].text))
                         and not strip_markup(lines[k].text).endswith((".", ":")) and not anchor_kind(strip_markup(lines[k].text))]
                if above:
                    line, title = lines[above[-1]], _clean_title(strip_markup(lines[above[-1]].text))
            return [_Draft(Numbered("delib", number, title, True), number, 1, None, title, line, line, "body", "deliberation-number")]
    for index in range(first_anchor):  # the item's number in its session: "3. Décision modificative n°2"
        numbered = parse_numbered(lines[index].text)
        if (numbered is not None and numbered.style != "delib" and not _is_operative_point(numbered.title)
                and not _gives_proxy(lines[index].text)):  # not a giver's initial: "A. FIOT donne pouvoir à ..."
            line = lines[index]
            return [_Draft(numbered, numbered.number, 1, None, numbered.title, line, line, "body", "numbered-heading")]
    return []


EXTRACT_TITLE_LINES = 6  # lines above an extract's reference where its title may be printed


_MONTHS_AFTER = regex.compile(rf"^(?:{'|'.join(_MONTHS)})\b", regex.I)  # "n° 12/03 mars": a date, not a reference


MIN_CUT_SHORT_BODY = 300  # characters of text under the last title of a text that ends before its vote


def _cut_short(lines: list[Line], titles: list[_Title], drafts: list[_Draft] | None = None) -> list[_Draft]:
    """A text that ends before its item's vote (a page, an excerpt): the last title, that owns no deliberation yet (its
    vote is beyond the cut), with text enough under it, heads one more item. Without `drafts`, where no title owns a
    deliberation, it must come after the session's header ("Présents : ...", "Secrétaire de séance : ...") and heads
    the one item the text treats; after unnumbered items the body gives (`drafts`, set as it is), it comes after them
    (one more item, never one instead of them)."""
    if not titles:
        return []
    if drafts:
        if any(d.numbered.style != "rank" or d.level != 1 for d in drafts):
            return []
    else:
        labels = [i for i, line in enumerate(lines) if OPENING_LABEL.match(strip_markup(line.text))]
        if not labels:
            return []
    last = titles[-1]
    # (the text under it, and after it on its own line where the title runs into its paragraph: "SCHÉMA D'AMÉNAGEMENT
    # ... : PROJET DE PÉRIMÈTRE M. le Maire donne lecture d'un courrier ...")
    under = sum(len(line.text) for line in lines[last.index:]) - len(last.title)
    if last.owns or last.numbered is not None or last.found_by not in ("typography", "anchor"):
        return []
    if under < MIN_CUT_SHORT_BODY and not (_expose_follows(lines, last.last) and _cut_mid_sentence(lines)):
        return []  # (a shorter text, cut inside a sentence, is still its exposé where it opens as one: "Dans le cadre de ...")
    if (last.line.start <= max(d.line.start for d in drafts)) if drafts else last.index <= labels[-1]:
        return []
    rank = str(len(drafts or ()) + 1)
    return [_draft(last, rank, 1, None, Numbered("rank", rank, last.title, False))]


def _after_header(lines: list[Line], preamble_end: int, section_starts: list[int]) -> int:
    """Where the treated items begin, never before the session's header is over: a first
    section that holds the labels of the header ("Présents :", "Pouvoirs :", "Secrétaire de
    séance") begins within it; the items begin at the next section."""
    later = [start for start in section_starts if start > preamble_end]
    limit = later[0] if later else (lines[-1].end + 1 if lines else 0)
    labels = [line for line in lines if preamble_end <= line.start < limit and OPENING_LABEL.match(strip_markup(line.text))]
    if not labels:
        return preamble_end
    return min((start for start in section_starts if start > labels[-1].start), default=preamble_end)


# ---------------------------------------------------------------------------------------------
# The session's opening: the one region the meeting and attendance extractors read
# ---------------------------------------------------------------------------------------------

OPENING_SECTIONS = 6  # an opening cut short is looked for in the heads of this many first sections


def _opening_labels(lines: list[Line], start: int, end: int, label: Callable[[str], object],
                    skip: tuple[int, int] | None) -> list[Line]:
    """The lines in [start, end) (outside the `skip` span, the agenda) where `label` (a pattern's search) finds a label
    of the opening."""
    return [line for line in lines if start <= line.start < end and not (skip and skip[0] <= line.start < skip[1])
            and label(strip_markup(line.text))]


def _any_opening_label(text: str) -> regex.Match | None:
    return OPENING_LABEL.search(text) or PRESENT_LABEL.search(text)


def opening_end(doc: Document, lines: list[Line], sections: list[Section], preamble_end: int,
                agenda_span: tuple[int, int] | None, titles: Callable[[], list[_Title]]) -> int:
    """Where the session's opening ends: its header, roll call, counts and secretary. Decided here once; the meeting and
    attendance extractors read that region and nothing past it.

    The opening is the preamble when the preamble prints one of its labels ("Présents :", "Les membres présents sont :",
    "Secrétaire de séance", "Date de convocation", pipeline.french.session). A preamble that prints none was cut short
    by an item read too early: a page's number before the masthead ("1 COMMUNE DE X" read as item 1), or an agenda
    printed before the lists and read as the first items ("1. Etude …" / "3. Décision modificative." / "Les membres
    présents sont : …"). The opening then runs on through the first of the first OPENING_SECTIONS sections whose head
    prints its labels (past the first section, the label of those present only: an item's "Absents : 2" or "Titulaires :"
    is no roll call), and ends where that section's first deliberation begins after them (_first_deliberation: its
    title, `titles()` giving the body's), or at the section's end. Without any section: the first UNSTRUCTURED_PREAMBLE
    characters."""
    if not sections:
        return min(len(doc.text), UNSTRUCTURED_PREAMBLE)
    if preamble_end > 0 and _opening_labels(lines, 0, preamble_end, _any_opening_label, agenda_span):
        return preamble_end
    for rank, section in enumerate(sorted(sections, key=lambda s: s.start)[:OPENING_SECTIONS]):
        if section.start >= UNSTRUCTURED_PREAMBLE:
            break
        labels = _opening_labels(lines, section.start, section.end, _any_opening_label if rank == 0 else PRESENT_LABEL.search,
                                 agenda_span)
        if not labels:
            continue
        begins = _first_deliberation(lines, labels[-1].end, section.end, titles)
        return max(preamble_end, min(begins, len(doc.text), UNSTRUCTURED_PREAMBLE))
    return preamble_end


def _first_deliberation(lines: list[Line], start: int, end: int, titles: Callable[[], list[_Title]]) -> int:
    """Where the first deliberation in [start, end) begins: the first body title that owns an anchor; else, before the
    first anchor ("Le conseil, après en avoir délibéré, élit M. X"), the nearest line that reads as a title ("Élection du
    Président", a plain line typography does not set apart), or the anchor's own line; else `end`."""
    owned = next((t.line.start for t in titles() if t.owns and start <= t.line.start < end), None)
    if owned is not None:
        return owned
    inside = [line for line in lines if start <= line.start < end]
    anchor = next((i for i, line in enumerate(inside) if anchor_kind(strip_markup(line.text))), None)
    if anchor is None:
        return end
    title = next((line for line in reversed(inside[:anchor]) if _title_like(strip_markup(line.text))), None)
    return (title or inside[anchor]).start


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


# "demande ... de rajouter à l'ordre du jour une Décision Modificative Budget M57",
# "Ajout d'un point à l'ordre du jour : Motion de soutien aux agriculteurs"
_ADDED_SENTENCE = regex.compile(
    r"(?:r?ajout\w*|inscri\w*)(?:\s+(?:d['’]\s*un|de\s+deux|des|du)\s+points?(?:\s+suppl[ée]mentaires?)?)?"
    r"\s+(?:à|a|dans)\s+l['’]\s*ordre\s+du\s+jour\s*(?:[,:]\s*)?"
    r"(?:(?:de\s+)?(?:un|le|les?)\s+points?\s+(?:suivants?\s*:?\s*|relatifs?\s+à\s+|concernant\s+|:\s*)?|une?\s+|la\s+|l['’]\s*)?"
    r"(?P<title>[^.\n]{4,160})",
    regex.I,
)


# What follows "inscrit à l'ordre du jour" that is not a title: "du prochain conseil", "suivant :"
_NOT_AN_ADDED_TITLE = regex.compile(
    r"^(?:suivants?|les\s+points|d['’]une?\s+prochaine?|du\s+prochain|de\s+la\s+prochaine|de\s+la\s+s[ée]ance|"
    r"du\s+(?:conseil|bureau|comit[ée])|de\s+ce\s+(?:jour|soir)|ce\s+point|de\s+ce\s+point|est\b|a\s+[ée]t[ée])",
    regex.I,
)


def items_added_by_sentence(doc: Document, start: int, end: int, rank: int) -> list[_Draft]:
    """Items the minutes say were added to the agenda in a sentence rather than a list."""
    drafts = []
    for m in _ADDED_SENTENCE.finditer(doc.text, start, end):
        bracket = _BRACKETED_TITLES.match(doc.text, m.start("title"))  # (the whole bracket, even past the title's reach)
        # "d'ajouter à l'ordre du jour (Motion de soutien - Subvention au club)": one item a title
        spans = _bracket_parts(doc.text, bracket) if bracket else [(m.start("title"), m.end("title"))]
        for title_start, title_end in spans:
            title = _clean_title(doc.text[title_start:title_end])
            if not _THREE_LETTERS.search(title) or _NOT_AN_ADDED_TITLE.match(title) or (bracket and _NOT_A_BRACKETED_TITLE.match(title)):
                continue
            rank += 1
            line = next(line for line in doc.lines if line.start <= title_start <= line.end)
            line = replace(line, text=title, start=title_start, end=title_end)
            drafts.append(_Draft(Numbered("rank", str(rank), title, False), str(rank), 1, None, title, line, line, "added", "sentence"))
    return drafts


# the titles an adding sentence puts in brackets: "(Motion de soutien - Subvention au club)"
_BRACKETED_TITLES = regex.compile(r"\s*[(\[](?P<titles>[^()\[\]\n]{4,400})[)\]]")
# titles in one bracket set apart by a dash or a semicolon
_BRACKET_SEPARATOR = regex.compile(r"\s+[-–]\s+|\s*;\s*")


def _bracket_parts(text: str, bracket: regex.Match) -> list[tuple[int, int]]:
    """The spans in `text` of the titles a bracket's `titles` group sets apart (_BRACKET_SEPARATOR), in order:
    "(Motion de soutien - Subvention au club)" gives "Motion de soutien" and "Subvention au club"."""
    spans, at = [], bracket.start("titles")
    for part in _BRACKET_SEPARATOR.split(bracket["titles"]):
        at = text.find(part, at, bracket.end("titles"))
        spans.append((at, at + len(part)))
        at += len(part)
    return spans


def _added_to_numbered_agenda(doc: Document, lines: list[Line], drafts: list[_Draft], body_start: int) -> list[_Draft]:
    """Items a sentence adds to a numbered agenda ("Ajout d'un point à l'ordre du jour : Motion
    ..."), before the first item is treated: numbered as the body prints them ("4. Motion ...")
    or else after the agenda's last top-level arabic number."""
    top = [d for d in drafts if d.level == 1]
    if not top or top[-1].numbered.style not in ("arabic", "point"):
        return []
    if not _ADDED_SENTENCE.search(doc.text, lines[body_start].start):
        return []  # most minutes add nothing: spare the search for the first section
    first_body = next((line.start for line in lines[body_start:] if _match_any(drafts, line)), None)
    if first_body is None:
        return []
    added = items_added_by_sentence(doc, lines[body_start].start, first_body, int(top[-1].numbered.number))
    out = []
    for draft in added:
        if any(title_similarity(draft.title, d.title) >= 0.5 for d in drafts + out):
            continue  # already listed in the agenda
        printed = next((n for n in (parse_numbered(line.text) for line in lines[body_start:])
                        if n and n.style in ("arabic", "point") and title_similarity(draft.title, n.title) >= 0.75), None)
        number = printed.number if printed else str(int(top[-1].numbered.number) + 1 + len(out))
        if any(d.path == number for d in drafts + out):
            continue
        numbered = Numbered("arabic", number, draft.title, False)
        out.append(_Draft(numbered, number, 1, None, draft.title, draft.line, draft.last_line, "added", "sentence"))
    return out


def _match_any(drafts: list[_Draft], line: Line) -> bool:
    text = strip_markup(line.text)
    run_on = _TITLE_THEN_FORMULA.match(text)
    if run_on is not None:  # "Indemnités de fonction des élus – le Conseil, après en avoir délibéré, ...": its title
        text = run_on["title"].strip().rstrip(".")
    heading = _Heading(0, line, None, text, text)
    return any(_match_score(d, heading) > 0 for d in drafts)


def _agenda_heads_the_body(doc: Document, lines: list[Line], heading: int, drafts: list[_Draft]) -> list[_Draft]:
    """"Ordre du jour" set as the heading of the body itself: the items are treated one after the
    other under it ("1- Election du 3ème adjoint" / its exposé and vote / "2- Déneigement" ...),
    and the list read under the heading stops at the first exposé. Then the body's numbered
    headings, from the first item on, are the items; else nothing."""
    numbered = [d for d in drafts if d.numbered.style != "rank"]
    if not numbered or len(numbered) != len(drafts):
        return []
    after = next((i for i, line in enumerate(lines) if line.start > drafts[-1].last_line.start), len(lines))
    if any(_match_any(drafts, line) for line in lines[after:]):
        return []  # the items are treated again below their list: a true agenda
    body = structure_items(lines, body_titles(lines, heading + 1, _tabled(doc)))
    starts = [d.line.start for d in body]
    if (len(body) <= len(drafts) or starts[:len(drafts)] != [d.line.start for d in drafts]
            or any(d.level != 1 or d.numbered.style != drafts[0].numbered.style for d in body)
            or body[len(drafts)].numbered.number != _successor(drafts[-1].numbered.number, drafts[-1].numbered.style)):
        return []  # the body's headings must go on with the list's own numbering, in its style
    return body


# The previous minutes approved in a sentence of the preamble, without a heading: "Le compte-rendu de
# la réunion du 1er juillet, après lecture faite, est approuvé à l'unanimité"
_MINUTES_APPROVED = regex.compile(
    r"\b(?:compte[- ]rendu|proc[èe]s[- ]verba(?:l|ux)|pv)\b[^.]{0,160}?\b(?:est|sont|a\s+été|ont\s+été)\s+(?:approuv|adopt|valid)[ée]",
    regex.I)


_SECRETARY_ITEM = regex.compile(r"secr[ée]taire\s+de\s+s[ée]ance", regex.I)
# The installation of members, an item of the opening that is no deliberation (noted, never voted): "Installation d'Alain
# Mussillon en remplacement de ...", "INSTALLATION DU CONSEIL MUNICIPAL", "Installation des conseillers municipaux",
# "Installation de M. Luc PETIT, conseiller municipal", "Installation d'un nouveau conseiller", "Installation des
# nouveaux délégués" (not "Installation d'une borne de recharge", "Installation classée", things installed)
INSTALLATION_ITEM = regex.compile(
    r"^\W*installation\s+(?:d['’]\s*|de\s+|du\s+|des\s+)(?:(?:M\.|MM\.|Mme|Mmes|Monsieur|Madame)\s|(?-i:\p{Lu})\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+)?\s+(?-i:\p{Lu})"
    r"|(?:(?:un|une)\s+)?(?:nouve(?:au|lle|aux|lles)\s+)?(?:conseill|d[ée]l[ée]gu|[ée]lu|membres?\b|adjoint|maire\b|pr[ée]sident|assembl[ée]e|bureau\b|comit[ée]\b))",
    regex.I)


def _approved_in_a_sentence(doc: Document, lines: list[Line], drafts: list[_Draft], sections: list[Section],
                            missing: list[str]) -> tuple[list[Section], list[str]]:
    """The agenda's approval of the previous minutes, which no heading treats, found in the sentence
    that approves them before the first section: its section, with no heading (`heading` ""), runs
    from that sentence to the first section."""
    items = [d for d in drafts if (d.path in missing or d.title in missing) and _approves_minutes(d.title)]
    if len(items) != 1 or not lines:
        return sections, missing
    item, first = items[0], min((s.start for s in sections), default=len(doc.text))
    m = _MINUTES_APPROVED.search(doc.text, lines[0].start, first)
    if m is None:
        return sections, missing
    line = next(line for line in lines if line.start <= m.start() <= line.end)
    section = Section(item.path, item.title, "", line.start, first, doc.provenance(line.start, line.end))
    return sorted([*sections, section], key=lambda s: s.start), [x for x in missing if x not in (item.path, item.title)]


_INLINE_BULLET = regex.compile(r"\s+[-–•]\s+(?=\S)")


# A star bullet ("* Délibération modificative n° 3"), not emphasis ("*Pour mémoire*")
_STAR_BULLET = regex.compile(r"^\s*\*\s+(?=\S)(?!.*\*\s*$)")
MAX_WRAPPED_LINE = 150  # characters of the second line of an added item's title


def _wraps_added_title(lines: list[Line], index: int) -> bool:
    """The second line of an item added under the sentence that adds it ("* Délibération modificative n° 3"
    / "Amortissement des travaux terminés demandé par le Comptable Public" / "Approbation à l'unanimité"):
    no sentence and no vote, right under the item's only line, and followed by the vote on the
    addition or by a blank line."""
    text = strip_markup(lines[index].text)
    if len(text) > MAX_WRAPPED_LINE or text.endswith((".", ":", ";")) or _states_vote(text) or parse_numbered(text):
        return False
    following = strip_markup(lines[index + 1].text) if index + 1 < len(lines) else ""
    return not following or _states_vote(following)


def _added_in_the_preamble(lines: list[Line], drafts: list[_Draft]) -> list[_Draft]:
    """Without a printed agenda, the points a sentence of the preamble adds, bulleted under it
    ("Monsieur le Maire demande à ce que 3 points soient ajoutés à l'ordre du jour :" / "- DM n°3
    - facture EDF - validation de l'AD'AP", one line or one a line): items before the body's,
    numbered after its last top-level number."""
    # (without any item of the body, an excerpt cut before it: the whole text)
    first = next((i for i, line in enumerate(lines) if line is drafts[0].line), None) if drafts else len(lines)
    sentence = next((i for i in range(first or 0) if _ADDS_POINTS.search(strip_markup(lines[i].text))), None)
    if sentence is None:
        return []
    numbers = [int(d.path) for d in drafts if d.path.isdigit()]
    rank = max(numbers, default=0)
    out: list[_Draft] = []
    bullet_index, one_on_line = -1, False  # the line of the last bulleted item, and whether it held one item only
    for index in range(sentence + 1, first or 0):
        line = lines[index]
        text = strip_markup(line.text)
        if not text:
            continue
        if _STAR_BULLET.match(line.text) and not _BULLET.match(text):
            text = f"* {text}"  # "* Délibération modificative n° 3": a star bullet, which strip_markup takes for emphasis
        if not _BULLET.match(text):
            if out and one_on_line and bullet_index == index - 1 and _wraps_added_title(lines, index):
                out[-1].title = _clean_title(f"{out[-1].title} {text}")
                out[-1].last_line = line
                continue
            plain = _clean_title(text.rstrip(". "))
            if (not out and bullet_index < 0 and len(plain) <= MAX_ANCHORED_TITLE and _title_like(plain)
                    and parse_numbered(text) is None and not anchor_kind(text) and not _OPENS_EXPOSE.match(text)):
                # one point added, its title unbulleted on the next line: "Le Maire informe les Conseillers de l'ajout
                # d'un ordre du jour :" / "Travaux d'Eclairage Public : Versement d'un fond de concours."
                rank += 1
                piece = replace(line, text=plain)
                out.append(_Draft(Numbered("rank", str(rank), plain, False), str(rank), 1, None, plain, piece, piece, "added", "sentence"))
            break
        parts = [p for p in _INLINE_BULLET.split(" " + text) if _THREE_LETTERS.search(_clean_title(p.lstrip("-–•* ")))]
        bullet_index, one_on_line = index, len(parts) == 1
        for part in parts:
            title = _clean_title(part.lstrip("-–•* "))
            rank += 1
            piece = replace(line, text=title)
            out.append(_Draft(Numbered("rank", str(rank), title, False), str(rank), 1, None, title, piece, piece, "added", "sentence"))
    return out


# Items the opening names in brackets as it adds or withdraws them, with no agenda printed: "les membres
# conviennent d'ajouter 2 délibérations à l'ordre du jour (Création d'un poste ... - Création d'un poste ...)",
# "Ajout d'un point à l'ordre du jour [Motion de soutien]"; "le point n° 8 (Vente de la parcelle AB 12) est retiré
# de l'ordre du jour", "deux points sont retirés, le point 8 [avenant ...] et le point 23 [...]". Only a title the
# text states makes an item (never "le point 8 est retiré" alone: no title, no item).
_ADDED_IN_BRACKETS = regex.compile(
    r"\b(?:r?ajout\w*|inscri\w*)\b[^.()\[\]\n]{0,80}?\bordre\s+du\s+jour" + _BRACKETED_TITLES.pattern, regex.I)
_POINT_IN_BRACKETS = regex.compile(r"\bpoint\s+(?:n\s*[°o]\s*)?(?P<num>\d{1,3})\s*[(\[](?P<title>[^()\[\]\n]{4,150})[)\]]", regex.I)
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)")
WITHDRAW_REACH = 200  # characters of the sentence around a point in brackets where its withdrawal is looked for


# a bracket that refers rather than titles: "(voir la convocation jointe)", "(cf. annexe)", "(ci-joint)", "(art. L2121-10)"
_NOT_A_BRACKETED_TITLE = regex.compile(r"^(?:voir|cf\b|ci[- ]joint|annexe|art(?:icle)?\b|pi[èe]ce\s+jointe|p\.\s*\d|page)", regex.I)


def _withdrawn_here(text: str, start: int, end: int, number: str) -> bool:
    """A withdrawal (WITHDRAW_ANNOUNCED) stated in the sentence that names the point, from the sentence's start to its
    end, that names this point's number or no number ("deux points sont retirés, le point 8 [...] et ...")."""
    before = text[max(0, start - WITHDRAW_REACH):start]
    cuts = list(_SENTENCE_END.finditer(before))
    before = before[cuts[-1].end():] if cuts else before
    after = text[end:end + WITHDRAW_REACH]
    cut = _SENTENCE_END.search(after)
    after = after[:cut.start()] if cut else after
    sentence = before + text[start:end] + after
    return any(not withdrawn_numbers(m) or number in withdrawn_numbers(m) for m in WITHDRAW_ANNOUNCED.finditer(sentence))


def opening_changes_in_brackets(doc: Document, lines: list[Line], drafts: list[_Draft]) -> list[_Draft]:
    """Without a printed agenda, the items the text before the first item adds or withdraws, each
    titled in brackets: added items ("added"), numbered after the last top-level number; withdrawn
    points with their printed number (found_by "withdrawn": their decision is "withdrawn"). Fail-safe:
    an item already found (same number, or a like title) is not added again."""
    end = drafts[0].line.start if drafts else len(doc.text)
    if "(" not in doc.text[:end] and "[" not in doc.text[:end]:
        return []
    out: list[_Draft] = []
    known = list(drafts)
    rank = max((int(d.path) for d in drafts if d.path.isdigit()), default=0)

    def fresh(title: str, path: str | None) -> bool:
        return (_THREE_LETTERS.search(title) is not None and not _NOT_A_BRACKETED_TITLE.match(title) and all(title_similarity(title, d.title) < 0.5 for d in known)
                and all(d.title != title for d in out) and (path is None or all(d.path != path for d in known + out)))

    def line_at(start: int, stop: int, title: str) -> Line:
        line = next((line for line in doc.lines if line.start <= start <= line.end), None) or lines[0]
        return replace(line, text=title, start=start, end=stop)

    found: list[tuple[int, _Draft]] = []
    for m in _ADDED_IN_BRACKETS.finditer(doc.text, 0, end):
        for at, stop in _bracket_parts(doc.text, m):
            title = _clean_title(doc.text[at:stop])
            if not fresh(title, None):
                continue
            rank += 1
            piece = line_at(at, stop, title)
            draft = _Draft(Numbered("rank", str(rank), title, False), str(rank), 1, None, title, piece, piece, "added", "sentence")
            out.append(draft)
            found.append((piece.start, draft))
    for m in _POINT_IN_BRACKETS.finditer(doc.text, 0, end):
        title, number = _clean_title(m["title"]), str(int(m["num"]))
        if not _withdrawn_here(doc.text, m.start(), m.end(), number) or not fresh(title, number):
            continue
        piece = line_at(m.start("title"), m.end("title"), title)
        draft = _Draft(Numbered("arabic", number, title, False), number, 1, None, title, piece, piece, "agenda", "withdrawn")
        out.append(draft)
        found.append((piece.start, draft))
    return [draft for _, draft in sorted(found, key=lambda pair: pair[0])]


def _without_cut_stub(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    """The agenda without its last item where the text stops inside it, on one word (a copy of the
    minutes cut short: "4. Voirie : définition de l'intérêt communautaire" / "5. Compétence" / the end):
    a word left of a title is no item."""
    if len(drafts) < 2:
        return drafts
    last = drafts[-1]
    if doc.text[last.last_line.end:].strip() or len(last.title.split()) > 1 or last.title.endswith((".", ")")):
        return drafts
    if _MISC_ITEM.match(last.title) or _AGENDA_CLOSING.match(last.title):
        return drafts  # "Divers", "Informations": a whole item
    return drafts[:-1]


def segment(doc: Document, kind: str = "minutes") -> Segmentation:
    """Find the agenda and the body section of each item. `kind` is the document's (pipeline.kinds):
    an extract's one deliberation is its item, whatever numbered headings its exposé prints."""
    lines = _content_lines(doc)
    heading = _find_agenda_heading(lines)
    if heading is None:
        lines, heading = _split_inline_agenda(lines)
    read: list[tuple[list[_Title], list[_Draft]]] = []

    def body_items() -> tuple[list[_Title], list[_Draft]]:
        """The body's own titles and the items they give, read once (asked up to three times below)."""
        if not read:
            # (never the titles of another session's ordre du jour: "Prochaine réunion" / "Ordre du jour :" / "1. Budget")
            other = _other_sessions(doc, lines)
            shown = [replace(line, text="") if any(start <= line.start < end for start, end in other) else line for line in lines]
            titles = body_titles(shown, 0, _tabled(doc))
            read.append((titles, structure_items(shown, titles)))
        return read[0][0], list(read[0][1])

    agenda_span = None
    if heading is not None:
        drafts, end = parse_agenda(doc, lines, heading + 1)
        body_start = end
        if len(drafts) < 2 and not _AGENDA_HEADING.match(strip_markup(lines[heading].text)):
            drafts, body_start = [], 0  # a sentence about the agenda, not its list
        if drafts:
            agenda_span = (lines[heading].start, drafts[-1].last_line.end)
        heads = _agenda_heads_the_body(doc, lines, heading, drafts)
        if heads:
            drafts, body_start, agenda_span = heads, heading + 1, None
        elif drafts and _SUMMARY_HEADING.match(strip_markup(lines[heading].text)):
            # a table of contents read as the agenda only where it lists more than the body's own headings
            # show (fail-safe: a summary that lists less must not erase the items the body gives)
            own = body_items()[1]
            if len(own) >= len(drafts):
                drafts, body_start, agenda_span = [], 0, None
    else:
        drafts, body_start = [], 0
    if drafts and all(d.numbered.style == "rank" for d in drafts) and body_start < len(lines):
        first_body = next((line.start for line in lines[body_start:] if _match_any(drafts, line)), None)
        fallback = body_items()[1] if first_body is None else []
        if (len(fallback) >= 2 and all(d.found_by in NUMBERED_EVIDENCE for d in fallback)
                and not any(agenda_span[0] <= d.line.start < agenda_span[1] for d in fallback if agenda_span)):
            # (not the agenda's own numbered lines, read again as the body's headings)
            # "ORDRE DU JOUR" / "Voir la convocation jointe": no title of it heads the body, numbered headings do
            drafts, body_start, agenda_span = fallback, 0, None
        else:
            drafts += items_added_by_sentence(doc, lines[body_start].start, first_body or len(doc.text), len(drafts))
    elif drafts and body_start < len(lines):
        drafts += _added_to_numbered_agenda(doc, lines, drafts, body_start)
    extract: list[_Draft] = []
    if not drafts:
        titles, drafts = body_items()
        drafts = drafts + _cut_short(lines, titles, drafts)
        single = kind == "extrait" or (len(drafts) <= 1 and all(d.numbered.style == "rank" for d in drafts))
        extract = _single_deliberation(lines) if single else []
        drafts = extract or drafts  # an extract's reference (or its number in its session) numbers its one item
        body_start = 0
        if drafts:
            drafts = _added_in_the_preamble(lines, drafts) + drafts
            drafts = _unnumbered_openers(titles, drafts) + drafts
        elif not extract:
            drafts = _added_in_the_preamble(lines, [])  # a point added at the opening, the text cut before the body
        if not extract:
            drafts = opening_changes_in_brackets(doc, lines, drafts) + drafts
    sections, body_only, missing = find_sections(doc, lines, drafts, body_start)
    drafts, missing = _points_without_sections(drafts, sections, missing)
    mentions = {d.path: d.last_line.end for d in drafts if d.found_by in ("sentence", "withdrawn")}
    own = [s for s in sections if s.item_number in mentions and s.start < mentions[s.item_number]]
    if own:  # an item read from the sentence that adds or withdraws it: that sentence is no section of it
        sections = [s for s in sections if s not in own]
        missing = [*missing, *(s.item_number for s in own)]
    if missing and agenda_span is not None:
        sections, missing = _approved_in_a_sentence(doc, lines[body_start:], drafts, sections, missing)
    preamble_end = min((s.start for s in sections), default=len(doc.text))
    opening = next((s for s in sections if s.start == preamble_end), None)
    if opening is not None and _SECRETARY_ITEM.search(opening.item_title or opening.heading):
        preamble_end = opening.end  # the secretary's designation, numbered as the first item, still opens the session
    if extract and not body_only:
        # an extract of one deliberation: its header (date, members present, counts) may follow its
        # title ("Objet : ..." / "Présents : ...") and even its vote: the whole text is its preamble
        draft = drafts[0]
        if not sections:  # its section runs from its title (or reference) to the end
            provenance = doc.provenance(draft.line.start, draft.line.end)
            sections, missing = [Section(draft.path, draft.title, provenance.text, draft.line.start, len(doc.text), provenance)], []
        preamble_end = len(doc.text)  # and its counts ("Membres en exercice : 15 - Votants : 14") may close it
    preamble_end = _after_header(lines, preamble_end, [section.start for section in sections])
    if agenda_span is None and drafts and all(d.found_by in ("typography", "anchor", "object") for d in drafts):
        # sections read from typography or the votes alone: where the header ends is not known from them,
        # the preamble keeps the extent it has without any section (the attendance and meeting readers' own)
        preamble_end = max(preamble_end, min(len(doc.text), UNSTRUCTURED_PREAMBLE))
    all_items = _without_cut_stub(doc, drafts + body_only)
    if len(all_items) < len(drafts + body_only):
        stub = (drafts + body_only)[-1]
        sections = [s for s in sections if s.item_number != stub.path]
        missing = [m for m in missing if m not in (stub.path, stub.title)]
    agenda = tuple(
        AgendaItem(
            number=draft.path,
            title=draft.title,
            level=draft.level,
            parent=draft.parent,
            position=position,
            source=draft.source,
            provenance=doc.provenance(draft.line.start, draft.last_line.end),
            found_by=draft.found_by,
        )
        for position, draft in enumerate(all_items)
    )
    # the session's opening (header, attendance, counts, secretary): the one region the meeting and attendance read
    opening_region = opening_end(doc, lines, sections, preamble_end, agenda_span, lambda: body_items()[0])
    return Segmentation(agenda, tuple(sections), agenda_span, preamble_end, tuple(missing), kind, opening_region)
