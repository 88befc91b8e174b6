"""Budget amendments ("décisions modificatives", DM): their lines and their printed totals.

A pure function of what the reader gives: the document's lines and the tables the reader
found (`Document.tables`, see `pipeline.read.tables`); the file is never opened again.

For every agenda section that treats a DM, the section is cut into blocks, one per amendment
("Décision modificative n°1", "DM n°2", "Décision budgétaire modificative n° 2025-01") and per
budget ("DM n°1 – Budget annexe assainissement" after the main budget's), each with its budget
("principal" or the annex's name) and a default section read from its heading ("BUDGET ANNEXE
D'INVESTISSEMENT"). Each block is then read as:

1. tables: a header row ("Chapitre | Article | Libellé | Dépenses | Recettes", "Article (Chap.)
   - Opération | Montant" twice under "Dépenses | Recettes", "Chapitre | Article | Opération |
   Nature | Montant", "Section | Article | Objet | Montant") gives columns and their roles. A
   ruled PDF grid, a DOCX or an HTML table comes as rows of cells (a cell's wrapped lines
   joined, "Chapitr" / "e" made whole again, a merged cell as None); an unruled PDF table as
   lines of words with their boxes, columns found from the header's words, a row starting at
   a line that opens with an account; tab or pipe separated text as cells. The side of an
   amount comes from the column it sits in (a "Dépenses" or "Recettes" column, or the left or
   right half of a side-by-side table); otherwise from the context. A chapter printed on a row
   of its own ("011 | Charges à caractère général | 13 800,23") is its articles' chapter.
2. lists and prose, when a block has no table: "Chapitre 041 : + 900 €, article 2188",
   "Diminution de crédits : C/022 -1507.50€", "virement de 5 200 € du compte 2051 au compte
   1641", "virement de l'article 2128 vers l'article 2315", "CRPP Investissement Charges :
   +20'000 € au 21.32", an amount and its account on two lines of a list, and scanned tables
   whose OCR lines come out of order (paired by position).

Context lines set the section ("INVESTISSEMENT", "Section d'exploitation" = fonctionnement),
the side ("Dépenses d'investissement :") and the sign of unsigned amounts ("CREDITS A
REDUIRE"). Totals ("Total Dépenses 0,00") go to `budget_totals`, never among the lines. The
chart of accounts (`extractors.chart`) gives each article its chapter (`chart_chapter`); a line
whose printed chapter disagrees is kept; a line without a printed chapter takes the chart's.
An amendment whose table is "en annexe" and not in
the file leaves a note saying what was read of it (lines from its text, or none).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from decimal import Decimal

import regex

from extractors import chart
from pipeline.french import fold, parse_amount
from pipeline.french.amounts import CREDIT_TAKEN, budget_section, budget_side
from pipeline.french.elisions import restore_elisions
from pipeline.records import BudgetLine, BudgetTotal, Document, Extraction, Segmentation, TableRow
from pipeline.records import Table as ReadTable

# ---------------------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------------------

# A numbered amendment: "Décision modificative n°1", "DÉCISION MODIFICATIVE N°2 –", "DM n° 3",
# "Décision modification n°2", "M57-— Décision Modificative n° 1"
# "Décision budgétaire modificative n° 2025-01", "DM1", "décision modificative (DM) numéro 1", "DBM n°3",
# "Délibération modificative n° 3"
DM_NUMBER = regex.compile(
    r"(?:(?:d[ée]cision|d[ée]lib[ée]ration)\s+(?:budg[ée]taire\s+)?(?:de\s+)?modificati(?:ve|on)(?:\s*\(\s*DB?M\s*\))?|\bDB?M)"
    r"\s*(?:n\s*[°ºo]\s*\.?|n\s+(?=\d)|num[ée]ro|no\.)?\s*(?P<n>\d{4}\s*[-/]\s*\d{1,3}|\d{1,2})\b(?![,.]\d)",
    regex.I,
)
# Any mention of an amendment: "Décision Modificative de la Régie", "DM"
# "Délibération modificative n°3" (as some minutes name it), "Virement de crédits", "Vote de crédits supplémentaires",
# "Virement de crédit n°5" (the singular, as the CGCT's "décision ... portant virement de crédit" and web pages write it)
DM_MENTION = regex.compile(
    r"(?:d[ée]cisions?|d[ée]lib[ée]rations?)\s+(?:budg[ée]taires?\s+)?(?:de\s+)?modificati(?:ve|on)s?|\bDB?M(?:\b|\d)"
    r"|\bvirements?\s+de\s+cr[ée]dits?\b|\bcr[ée]dits\s+suppl[ée]mentaires\b"
    r"|\btransferts?\s+de\s+cr[ée]dits\b|\b(?:r[ée])?ajustements?\s+(?:de\s+|des\s+)?cr[ée]dits\b|\b(?:r[ée])?ajustements?\s+budg[ée]taires?\b"
    r"|\bmodifications?\s+budg[ée]taires?\b",
    regex.I,
)
# Words one of which every DM_MENTION match holds, case aside: searched first in the folded text (a plain substring
# search, where the pattern is tried at every position: most sections name no amendment); "DM" and "DBM" open a word
_DM_WORDS = ("modificati", "virement", "suppl", "transfert", "ajustement")
_DM_ABBREVIATION = regex.compile(r"\bDB?M", regex.I)


def mentions_dm(text: str) -> bool:
    """Whether the text mentions an amendment (DM_MENTION finds one): the same answer, the pattern run only on a text
    that holds one of its words.

    >>> mentions_dm("Budget principal : décision modificative n° 2"), mentions_dm("DM n°1"), mentions_dm("administration")
    (True, True, False)
    """
    # (casefold matches what the pattern's case-insensitivity matches: "İ" folds to "i" and a combining dot, dropped)
    folded = text.casefold().replace("\u0307", "")
    if any(word in folded for word in _DM_WORDS) or (("dm" in folded or "dbm" in folded) and _DM_ABBREVIATION.search(text)):
        return DM_MENTION.search(text) is not None
    return False


# A heading naming a budget: "BUDGET ANNEXE ASSAINISSEMENT", "- Budget principal :", "Budget de l'eau"
_BUDGET_HEADING = regex.compile(r"^\W*budget\s+(?!primitif|suppl[ée]mentaire|\d)\S+(?:\s+\S+){0,6}\s*:?\s*$", regex.I)
# The budget an amendment applies to: "BUDGET ANNEXE D'INVESTISSEMENT DE LA RÉGIE AUTONOME DE NUMÉRIAN",
# "Budget Eau et Assainissement", "budget de la commune", "Budget M57"
BUDGET_NAME = regex.compile(
    r"\bbudget\s+(?P<annex>annexe\s+)?(?:(?:d['’]\s*)?(?:investissement|fonctionnement|exploitation)\s+|de\s+(?:fonctionnement|l['’]\s*exercice)\s+)?"
    r"(?:(?:de\s+la|de\s+l['’]|du|des|de)\s*)?[«\"“]?\s*(?P<name>[\p{L}\d][^\n\t|:;,.()–—«»\"“”]*)",
    regex.I,
)
# Where a budget's name stops: "Eau et Assainissement - Décision modificative n°1", "... pour l'exercice 2024"
# "assainissement Section d'investissement", "Assainissement DM n°1", "assainissement approuvé"
_BUDGET_NAME_END = regex.compile(
    r"\s+(?:-|pour|sur|au titre|de l['’]exercice|\d{4}|section|investissement|fonctionnement|exploitation|DM\b|d[ée]cision"
    r"|n\s*°|approuv|adopt|vot[ée]|est\b|sont\b|a\s+[ée]t[ée]).*$|\s*[-–—]\s*$",
    regex.I,
)
# The main budget, however named: "Budget Commune", "budget de la commune", "Budget M57", "budget principal"
_PRINCIPAL = regex.compile(r"^(?:principal|g[ée]n[ée]ral|commune|communal|ville|de la commune|m\s?14|m\s?57|primitif|supplémentaire)\b", regex.I)
# Section context: "INVESTISSEMENT", "Section d'exploitation", "Section de fonctionnement - Dépenses",
# "Dépenses d'investissement :", "#### INVESTISSEMENT"
SECTION_WORD = regex.compile(r"\b(investissement|fonctionnement|exploitation)\b", regex.I)
# A context line starts with its section or side: "Section de fonctionnement - Dépenses", "Recettes"
CONTEXT_START = regex.compile(r"^(?:section\s+(?:d['’]\s*|de\s+))?(?:investissement|fonctionnement|exploitation|d[ée]penses?|recettes?)\b", regex.I)
# A side: "Dépenses", "recette"
SIDE_WORD = regex.compile(r"\b(d[ée]penses?|recettes?)\b", regex.I)
# Sign context: "Diminution de crédits :", "Augmentation de crédits :", "Crédits à ouvrir", "Crédits à réduire"
SIGN_CONTEXT = regex.compile(
    r"\b(?P<minus>diminution|r[ée]duction|cr[ée]dits?\s+[àa]\s+(?:r[ée]duire|annuler|supprimer|retirer|diminuer)|annulation)"
    r"|(?P<plus>augmentation|cr[ée]dits?\s+[àa]\s+(?:ouvrir|ajouter|inscrire|augmenter)|ouverture)\b", regex.I)
# A sign in words right before an amount ("Article 022 : moins 1 500 €", "Compte 022 en moins : 1 500 €") or right after
# it ("Article 022 : 1 500 € en moins"); not "au moins 500 €", "plus ou moins 500 €", nor "200 € en moins" later in the line
_MINUS_BEFORE = regex.compile(r"(?<!\b(?:au|ou)\s+)\b(?:en\s+)?moins\s*:?\s*$", regex.I)
_MINUS_AFTER = regex.compile(r"^\s*(?:en\s+moins|de\s+moins)\b", regex.I)
# An account with its marker: "article 2188", "Compte 2315", "C/61523", "c/ 022", "Art. 6411", "nature 6232",
# "compte 21.32" (2132 with a dot); a dotted account after "au"/"du": "+20'000 € au 21.32", "du 28.156"; not a law's
# article ("l'article 2121-29 du code")
ACCOUNT_REF = regex.compile(
    r"(?:\b(?:comptes?|articles?|art\.?|cpte|nature|imputation)\s*(?:n\s*°\s*)?|\bc\s*/\s*)(?P<art>\d{2}\.\d{1,4}(?![.,]?\d)|\d{3,8}[A-Z]?)\b(?![-‑]\d{1,3}\s+du\b)"
    r"|\b(?:au|du|sur\s+le)\s+(?P<art>\d{2}\.\d{1,4})(?![.,]?\d)(?!\s*(?:€|euros?\b|%))",
    regex.I,
)
# An operation: "op. 161", "opération n°12", "OSS/021"
OPERATION_REF = regex.compile(r"\bop(?:[ée]ration)?\.?\s*(?:n\s*°\s*)?(?P<op>\d{1,6}\b|[A-Z]{2,5}\s*/\s*\d{1,4}\b)|\b(?-i:(?P<op>[A-Z]{2,5}\s*/\s*\d{2,4}))\b", regex.I)
# A chapter with its marker: "Chapitre 041", "chap. 011", "Chapitre 23"
CHAPTER_REF = regex.compile(r"\bchap(?:itre|\.)?\s*(?:n\s*°\s*)?(?P<chap>\d{2,3})\b", regex.I)
# An amount as lines print it: "+ 1 600 €", "- 2 000 €", "-1507.50€", "145.600,00 €", "(1 200,00)", "+900 €"
AMOUNT_TEXT = regex.compile(
    r"(?<![\w,./])(?P<amt>[-+−–]?\s?\(?(?:\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})+|\d+)(?:[,.]\d{1,2})?\)?)(?![\d,.]*\d)\s?(?P<cur>€|euros?\b|EUR\b)?",
    regex.I,
)
# An amount closing a cell: "Fonds de péréquation + 1 600 €", "assimilés -5 200,00"
AMOUNT_AT_END = regex.compile(r"(?P<amt>[-+−–]?\s*\(?\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})*(?:[,.]\d{1,2})?\)?)\s?(?:€|euros?)?\s*$", regex.I)
# A virement between accounts: "virement de 5 200 € du compte 2051 au compte 1641"
# A credit moved between accounts: "virement de 5 200 € du compte 2051 au compte 1641", "virement de
# l'article 2128 vers l'article 2315 pour 3 000 €", "Mouvement de -8'355,59€ du 28.156 AU 28.13"
# The sentence ends at a full stop before a capital: "Dépenses imprévues-. à l'article 6574" goes on
_MOVE_WORD = r"\b(?:virements?|mouvements?|transferts?|vir(?:er|ons|ée?s?)|transf[ée]r(?:er|ons|ée?s?))\b"
MOVEMENT = regex.compile(_MOVE_WORD + r"(?P<body>[^;]*?)(?=\.\s+(?!\p{Ll})|;|$)", regex.I)
_MOVE_KEYWORD = regex.compile(_MOVE_WORD, regex.I)
_MOVE_FROM = regex.compile(
    r"(?:\bdu|\bdes|\bde\s+l['’]|\bdepuis\s+(?:le|l['’]))\s*(?:comptes?|articles?|art\.?|c\s*/|(?P<chap>chap(?:itre|\.)?))?\s*(?P<art>\d{2}\.\d{1,4}(?![.,]?\d)|\d{3,8}[A-Z]?)\b(?!\s*(?:€|euros?\b))",
    regex.I,
)
_MOVE_TO = regex.compile(
    r"(?:\bau|\baux|\bà\s+l['’]|\bvers\s+(?:le|l['’])|\bsur\s+(?:le|l['’]))\s*"
    r"(?:chap(?:itre|\.)?\s*\d{2,3}\s*[,(–-]?\s*(?:(?:à\s+)?l['’]\s*)?(?=art|compte|c\s*/))?(?:comptes?|articles?|art\.?|c\s*/)?\s*(?P<art>\d{2}\.\d{1,4}(?![.,]?\d)|\d{3,8}[A-Z]?)\b(?!\s*(?:€|euros?\b))",
    regex.I,
)
# An unsigned amount a movement names: "de 5 200 €", "pour un montant de 3 000", "d'un montant de 1 200,00"
_MOVE_AMOUNT = regex.compile(r"(?:montant|somme)\s+de\s+(?P<amt>\d[\d \u00a0\u202f.'’]*(?:,\d{1,2})?)", regex.I)
# A bullet opening a list item: "•", "", "- Article", "o", "►" (not the sign of "- 10 200 €")
_BULLET = regex.compile(
    r"^\s*(?:[\p{Co}•·◦▪►➢✓*]+|[-–](?=\s+[^\d\s(+−–-])|[-–](?=\s+\d{3,8}\s*[:–-]?\s+(?!euros?\b|EUR\b)\p{L})|o(?=\s))\s*", regex.I)
# A context before a colon: "CRPP Investissement Charges :", "Dépenses d'investissement :", "Diminution de crédits :"
_INLINE_CONTEXT = regex.compile(r"^(?P<ctx>[^:\d]{3,70}?)\s*:\s*(?P<rest>.*)$")
# Sides as an account's statement words them: "Charges" (expenses), "Produits" (revenue)
_SIDE_ALIAS = regex.compile(r"\b(?P<d>d[ée]penses?|charges)\b|\b(?P<r>recettes?|produits)\b", regex.I)
# A table line read as plain text: "67 678 Autres charges exceptionnelles + 200 000 €", "014 739223 Fonds ... + 1 600 €",
# a side (and section) letter before the account as accounting software prints it: "D 2313 : Constructions 5 000,00",
# "RI 1641 Emprunts 3 000,00", "DF 6232 Fêtes et cérémonies -500,00", or its words ("Fonctionnement Dépenses 6232 Fêtes
# 500,00", a Section | Sens | Article table flattened); an operation after the account: "2313-101 Travaux"
PLAIN_ROW = regex.compile(
    r"^(?:(?-i:(?P<dr>[DR])(?P<si>[IF])?)(?:\s*[-:]?\s+|[-‑](?=\d)))?"
    r"(?:(?P<secw>investissement|fonctionnement|exploitation)\s+(?:(?P<sdw>d[ée]penses?|recettes?)\s+)?"
    r"|(?P<sdw>d[ée]penses?|recettes?)\s+(?:(?P<secw>investissement|fonctionnement|exploitation)\s+)?)?(?:(?P<chap>\d{2,3})\s+)?(?P<art>\d{3,8}[A-Z]?)(?:\s*[-/]\s*(?P<op>\d{1,4})(?=\s)|\s+(?P<op>\d{2,4})(?=\s+\p{L}{2}))?"
    r"(?:\s*[:–-]?\s+|[-–](?=\p{L}))(?:(?P<label>[^\d\s+−–-].*?)\s+)?(?P<amt>[-+−–]?\s*\(?(?:\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})+|\d+)(?:[,.]\d{1,2})?\)?)\s*(?:€|euros?)?\s*$",
    regex.I,
)
# The account in brackets after its label: "Fêtes et cérémonies (6232) : + 1 500 €", "Dépenses imprévues (c/022) - 800,00"
PAREN_ROW = regex.compile(
    r"^(?P<label>[^\d()]{3,80}?)\s*\(\s*(?:c\s*/\s*|compte\s+|article\s+|art\.?\s*)?(?P<art>\d{3,8})\s*\)\s*[:=–-]?\s*"
    r"(?P<amt>[-+−–]?\s*\(?(?:\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})+|\d+)(?:[,.]\d{1,2})?\)?)\s*(?:€|euros?|EUR)?\s*$",
    regex.I,
)
# An account cell: "1641 (16) : Emprunts en euros", "2313 (23) - 101 : Travaux", "C/61523 Entretien", "6411",
# "D-2315-100 : Installations", "D 2313", "RF 7788" (side, account and operation, as accounting software prints them)
ACCOUNT_CELL = regex.compile(
    r"^(?:(?-i:(?P<dr>[DR])[IF]?)\s*[-‑]?\s*(?=\d))?(?:(?:compte|article|art\.?|c\s*/)\s*)?(?P<art>\d{2}\.\d{1,4}(?![.,]?\d)|\d{2,8}[A-Z]?)\b\s*(?:\(\s*(?P<chap>\d{2,3})\s*\))?"
    r"\s*(?:(?:[-–/]\s*|(?=op))(?:op(?:[ée]ration)?\.?\s*(?:n\s*°\s*)?)?(?P<op>\d{1,6}|[A-Z]{2,5}\s*/\s*\d{1,4}|OPFI|ONA)\b)?\s*[:–-]?\s*(?P<label>.*)$",
    regex.I,
)
# A side and account as accounting software prints them: "D-022", "R-1323-100", "D 2313", "RI 1641"
DR_ACCOUNT = regex.compile(r"^[DR][IF]?\s*[-‑]?\s*\d{2,8}\b")
# A chapter subtotal: "TOTAL D 022 : Dépenses imprévues", "Total chapitre 011", "Sous-total 21" (not "TOTAL 14 410,23")
CHAPTER_TOTAL = regex.compile(r"^\W*(?:sous[\s-]?)?total\s+(?:[DR]\s+)?(?:chap(?:itre|\.)?\s*)?\d{2,3}\b(?![\s\u00a0\u202f.]?\d{3}\b|[,.]\d)", regex.I)
# A total: "Total Dépenses", "TOTAL", "Sous-total", "Total général"
TOTAL = regex.compile(r"^\W*(?:sous[\s-]?)?(?:total|totaux)\b", regex.I)
# Marks around a cell's text: "<b>Total Dépenses</b>", "**0,00**", "#### INVESTISSEMENT"
_HTML = regex.compile(r"</?\w+[^>]*>|\*\*|__|^#+\s*")
_HEADER_WORDS = {
    "article": "article", "articles": "article", "art": "article", "compte": "article", "comptes": "article", "cpte": "article",
    "nature": "article", "imputation": "article", "imputations": "article",
    "chap/art": "article", "chap./art": "article", "chap/art.": "article", "chap./art.": "article",  # the official maquette's column
    "chapitre": "chapter", "chapitres": "chapter", "chap": "chapter", "chap.": "chapter", "(chap.)": "chapter",
    "libelle": "label", "libelles": "label", "designation": "label", "intitule": "label", "intitules": "label", "objet": "label",
    "operation": "operation", "operations": "operation", "ope": "operation", "op": "operation", "programme": "operation",
    "montant": "amount", "montants": "amount", "credits": "amount",
    "depenses": "dépense", "depense": "dépense", "recettes": "recette", "recette": "recette",
    "section": "section", "sens": "side", "d/r": "side", "proposition": "amount", "propositions": "amount", "propose": "amount",
    "proposes": "amount", "somme": "amount", "diminution": "minus", "diminutions": "minus", "reduction": "minus",
    "reductions": "minus", "reduire": "minus", "annuler": "minus", "annulation": "minus", "annulations": "minus",
    "augmentation": "plus", "augmentations": "plus", "ouverture": "plus", "ouvertures": "plus", "ouvrir": "plus",
    "fonction": "function", "fonct": "function", "service": "function", "gestionnaire": "function", "antenne": "function",
    # a table printing the budget before and after the amendment: "BP 2024 | DM n°1 | Total", "Crédits votés |
    # Modification | Nouveaux crédits": only the amendment's column holds its lines
    "dm": "change", "dbm": "change", "modification": "change", "modifications": "change", "modificative": "change",
    "mouvement": "change", "mouvements": "change", "variation": "change", "variations": "change", "ajustement": "change",
    "ajustements": "change",
    "bp": "before", "primitif": "before", "memoire": "before", "votes": "before", "ouverts": "before", "anterieurs": "before",
    "initiaux": "before", "initial": "before", "initiale": "before", "initiales": "before", "prevus": "before",
    "realise": "before", "realises": "before", "actuels": "before", "existants": "before",
    "total": "after", "totaux": "after", "nouveaux": "after", "nouveau": "after", "apres": "after", "definitifs": "after",
    "cumules": "after",
}
# What follows a table: "Vote :", "Le conseil municipal, après en avoir délibéré", "À l'unanimité", "- Pour : 13"
_PROSE_END = regex.compile(r"^\W*(?:vote|votes|le conseil|après en avoir|apres en avoir|à l['’]unanimité|a l['’]unanimite|adopt|délibère|pour\s*:)", regex.I)


# ---------------------------------------------------------------------------------------------
# Blocks: one per amendment
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """The part of a section that treats one amendment, with what its heading says."""

    item_number: str | None
    amendment: str
    budget: str
    section: str | None  # from the heading ("BUDGET ANNEXE DE FONCTIONNEMENT"), if it says
    lines: tuple[int, ...]  # indexes into doc.lines
    span: tuple[int, int] | None = None  # the section's characters, where a line runs on across sections


def _line_text(doc: Document, i: int, span: tuple[int, int] | None) -> str:
    """A line's text, cut to the section's characters when the line runs on across sections (a web page
    printing "... Vote pour à l'unanimité 22. Budget Principal : ..." as one paragraph)."""
    line = doc.lines[i]
    if span is None or (line.start >= span[0] and line.end <= span[1]):
        return line.text
    return doc.text[max(line.start, span[0]):min(line.end, span[1])]


def _clean(text: str) -> str:
    """A line without markup, its blanks collapsed, the apostrophes a transcription lost put back ("d investissement",
    "de l article 022")."""
    return " ".join(restore_elisions(_HTML.sub("", text).replace("\\", "")).split())


def budget_name(text: str) -> str | None:
    """The budget a heading names: "principal" or the annex's name, None when none is named.

    >>> budget_name("DÉCISION MODIFICATIVE N°1 – BUDGET ANNEXE D'INVESTISSEMENT DE LA RÉGIE AUTONOME DE NUMÉRIAN :")
    'RÉGIE AUTONOME DE NUMÉRIAN'
    >>> budget_name("Budget Commune : Décision modification n°2")
    'principal'
    """
    for m in BUDGET_NAME.finditer(text):
        name = _BUDGET_NAME_END.sub("", m["name"]).strip(" -–—'’")
        if not name or name.isdigit() or fold(name).startswith(("d'", "de ", "modificati", "primitif", "supplementaire")) and not m["annex"]:
            continue
        if _PRINCIPAL.match(fold(name)) and not m["annex"]:
            return "principal"
        return name
    return None


def _heading_section(text: str) -> str | None:
    m = regex.search(r"budget\s+(?:annexe\s+)?(?:d['’]\s*|de\s+)(investissement|fonctionnement|exploitation)", text, regex.I)
    return budget_section(m[1]) if m else None


def _scopes(doc: Document, seg: Segmentation):
    """(item_number, heading, start, end) of each section, or the whole body when none was found."""
    if seg.sections:
        sections = list(seg.sections)
        k = 0
        while k < len(sections):
            s = sections[k]
            end = s.end
            if s.item_number and mentions_dm(s.heading or ""):
                # its sub-sections that name no amendment of their own ("1.1 FONCTIONNEMENT - DEPENSES", a heading inside
                # the amendment's table read as a sub-item) are its lines
                while (k + 1 < len(sections) and (sections[k + 1].item_number or "").startswith(s.item_number + ".")
                       and sections[k + 1].start >= end - 1
                       and not mentions_dm(sections[k + 1].heading or "")
                       and not mentions_dm(doc.text[sections[k + 1].start:sections[k + 1].end])):
                    k += 1
                    end = max(end, sections[k].end)
            yield s.item_number, s.heading, s.start, end
            k += 1
    else:
        yield None, "", 0, len(doc.text)


def _dm_numbers(text: str) -> set[str]:
    return {" ".join(m["n"].split()).replace(" ", "") for m in DM_NUMBER.finditer(text)}


def find_blocks(doc: Document, seg: Segmentation) -> list[Block]:
    """The amendments the document treats, each with its lines.

    A block starts at a line that numbers a new amendment ("Décision modificative n°2"), or at
    a heading that names another budget for the same amendment ("DM n°1 – Budget annexe
    assainissement" after the main budget's, "BUDGET ANNEXE ASSAINISSEMENT")."""
    blocks: list[Block] = []
    starts = [line.start for line in doc.lines]  # in text order
    for item_number, heading, start, end in _scopes(doc, seg):
        if not mentions_dm(heading) and not mentions_dm(doc.text[start:end]):
            continue
        first = bisect.bisect_left(starts, start)
        if first > 0 and doc.lines[first - 1].end > start and doc.lines[first - 1].text[start - doc.lines[first - 1].start:].strip():
            first -= 1  # the section starts inside a line that runs on ("... à l'unanimité 22. Budget Principal : ...")
        indexes = [i for i in range(first, bisect.bisect_left(starts, end)) if not doc.lines[i].boilerplate]
        span = (start, end) if any(doc.lines[i].start < start or doc.lines[i].end > end for i in indexes) else None
        if not indexes:
            continue
        heading_budget = budget_name(heading) if heading else None
        current: list[int] = []
        number: str | None = None
        header_text = heading
        current_budget = heading_budget
        pending: list[tuple[str | None, str, list[int]]] = []
        for i in indexes:
            line_text = _clean(_line_text(doc, i, span))
            numbers = _dm_numbers(line_text)
            heading_like = len(numbers) == 1 or bool(_BUDGET_HEADING.match(line_text))
            line_budget = budget_name(line_text.split(":")[0] if ":" in line_text else line_text) if heading_like else None
            other_budget = (line_budget is not None and current_budget is not None and fold(line_budget) != fold(current_budget)
                            and (numbers <= ({number} if number else set())) and bool(current))
            if (len(numbers) == 1 and next(iter(numbers)) != number) or other_budget:
                if current and (number is not None or other_budget):
                    pending.append((number, header_text, current))
                    current = []
                elif item_number is None:
                    current = []  # no agenda section: what precedes the first amendment is not one
                number = next(iter(numbers)) if numbers else number
                following = _line_text(doc, i + 1, span) if i + 1 < len(doc.lines) else ""
                wrapped = not line_text.rstrip().endswith(":") and "\t" not in following and following.count("|") < 2
                header_text = line_text + (" " + _clean(following) if wrapped else "")
                current_budget = line_budget or budget_name(header_text) or current_budget
            elif line_budget and current_budget is None:
                current_budget = line_budget
            current.append(i)
        pending.append((number, header_text, current))
        if number is None and len(pending) == 1:
            if not mentions_dm(heading):
                titled = _titled_amendment(doc, current, span) if item_number is None else None
                if titled is None:
                    continue  # "ajustés par décision modificative" in passing: no amendment here
                # no sections found: a heading of its own ("4- Budget – Décision modificative") opens one
                heading, current, item_number = titled
                blocks.append(Block(item_number, "DM", budget_name(heading) or _first_budget(doc, current, span) or "principal",
                                    _heading_section(heading), tuple(current), span))
                item_number = None
                continue
            found = _dm_numbers(heading or "")
            pending = [(next(iter(found)) if len(found) == 1 else None, heading, current)]
        for n, head, lines in pending:
            head = head.split(":")[0] if ":" in head else head
            budget = budget_name(head) or heading_budget or _first_budget(doc, lines, span) or "principal"
            amendment = f"DM n°{n}" if n else "DM"
            blocks.append(Block(item_number, amendment, budget, _heading_section(head), tuple(lines), span))
    return blocks


# An unnumbered amendment as a heading line of its own: "4- Budget – Décision modificative", "Décision modificative.",
# "III. DECISION MODIFICATIVE BUDGET COMMUNAL" (not a sentence mentioning one)
_DM_TITLE = regex.compile(
    r"^\W*(?:(?P<n>\d{1,2}|[IVX]{1,5})(?:\s*[-.)–°]|\s)\s*)?(?:budget\s+\S+\s*[-–:]?\s*|budget\s*[-–:]\s*)?"
    r"(?:d[ée]cision\s+(?:budg[ée]taire\s+)?modificative|(?:virements?|transferts?)\s+de\s+cr[ée]dits?|vote\s+de\s+cr[ée]dits\s+suppl[ée]mentaires"
    r"|(?:r[ée])?ajustements?\s+(?:de\s+|des\s+)?cr[ée]dits|(?:r[ée])?ajustements?\s+budg[ée]taires?|modifications?\s+budg[ée]taires?)\b"
    r"[^.:;]{0,40}[.:]?\s*$",
    regex.I,
)


def _titled_amendment(doc: Document, lines: list[int], span: tuple[int, int] | None = None) -> tuple[str, list[int], str | None] | None:
    """Where a body without sections treats an unnumbered amendment under a heading of its own:
    (heading, the lines from the heading on, the heading's number), or None."""
    for k, i in enumerate(lines):
        text = _clean(_line_text(doc, i, span))
        m = _DM_TITLE.match(text)
        if m and len(text.split()) <= 8:
            rest = lines[k + 1:]
            end = next((j for j, r in enumerate(rest) if _NEXT_HEADING.match(_clean(_line_text(doc, r, span)))), len(rest))
            return text, lines[k:k + 1 + end], m["n"]
    return None


# The heading of the next numbered point: "5- Questions diverses", "IV. Personnel"
_NEXT_HEADING = regex.compile(r"^\s*(?:\d{1,2}|[IVX]{1,5})\s*[-.)–]\s*(?-i:\p{Lu})")


def _first_budget(doc: Document, lines: list[int], span: tuple[int, int] | None = None) -> str | None:
    for i in lines[:12]:
        name = budget_name(_clean(_line_text(doc, i, span)))
        if name:
            return name
    return None


# ---------------------------------------------------------------------------------------------
# Visual lines: words with positions (PDF) or cells (text)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """A word and its box. In a PDF table without rulings x is in points; in a table of cells
    (a ruled grid, a DOCX or HTML table, tab or pipe separated text) x is the cell's column
    times 1000 plus the word's offset in the cell; on other lines it is the offset in the line."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class VLine:
    """A line as seen on the page: its words, page and the doc lines it stands for."""

    words: list[Word]
    page: int
    top: float
    bottom: float
    line_indexes: list[int]
    cells: bool = False  # words placed by cell (x = column * 1000 + offset)
    row: bool = False  # a whole row of a ruled grid or of a DOCX/HTML table: a row on its own
    merged: frozenset[int] = frozenset()  # columns a merged cell covers (to the left or above)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


# A number of two digits or more (a header line has none): "2024", "21"
_TWO_DIGITS = regex.compile(r"\d{2,}")
# Any digit (a context line has none): "Dépenses d'investissement" has none, "Chapitre 21" has one
_DIGIT = regex.compile(r"\d")
# An account code alone in an article or chapter cell: "2158", "c/6068", "21", "2313A", "21.32"
_ACCOUNT_WORD = regex.compile(r"^(?:c/)?(?:\d{2,6}[A-Z]?|\d{2}\.\d{1,4})$", regex.I)
# The separator row of a Markdown table: "|---|:---|"
_MARKDOWN_RULE = regex.compile(r"^\s*\|?\s*:?-{3,}")
COLUMN = 1000.0  # the x width of a cell's column in a table of cells


def _text_vlines(doc: Document, indexes: tuple[int, ...], span: tuple[int, int] | None = None) -> list[VLine]:
    out = []
    for i in indexes:
        raw = _line_text(doc, i, span)
        if _MARKDOWN_RULE.match(raw):  # "|---|---|" separator of a Markdown table
            continue
        cells_mode = "\t" in raw or raw.count("|") >= 2
        parts = raw.strip().strip("|").split("|") if "\t" not in raw and cells_mode else raw.split("\t")
        words = []
        for c, cell in enumerate(parts):
            offset = 0
            for token in _clean(cell).split():
                words.append(Word(token, c * COLUMN + offset, c * COLUMN + offset + len(token), i, i + 0.8))
                offset += len(token) + 1
        if words:
            out.append(VLine(words, doc.lines[i].page, float(i), i + 0.8, [i], cells_mode))
    return out


# A cell of a web page's table as its text copy prints it: its text, then " |" closing it; a line of "|" alone closes the row
_CELL_END = regex.compile(r"\s\|\s*$|^\|\s*$")
MIN_PIPE_CELLS = 4  # cells closed by " |" on lines of their own before a block is read as such a table


def _pipe_cell_rows(doc: Document, indexes: list[int], span: tuple[int, int] | None) -> tuple[list[tuple[int, VLine]], set[int]]:
    """A table whose text copy prints one cell a line, each closed by " |", a cell's text wrapping over several lines
    ("Fêtes et" / "cérémonies |", "1" / "500,00 |"), a row closed by a line holding "|" alone: each row as a line of cells
    (first line, VLine). Nothing unless the block has such cells and rows; lines of several pipes are other tables."""
    texts = [(i, _line_text(doc, i, span).strip()) for i in indexes]
    closed = [i for i, t in texts if t != "|" and _CELL_END.search(t) and t.count("|") == 1]
    if len(closed) < MIN_PIPE_CELLS or not any(t == "|" for _, t in texts):
        return [], set()
    found: list[tuple[list[str], list[int]]] = []
    cells: list[str] = []
    pending: list[str] = []
    lines: list[int] = []
    started = False  # a cell closed or a row closed: lines before are the text above the table
    bars: list[int] = []  # the lines of "|" alone

    def close_row() -> None:
        if cells:
            found.append((list(cells), list(lines)))

    for i, text in texts:
        if text.count("|") > 1:
            return [], set()
        if text == "|":
            close_row()
            cells, pending, lines, started = [], [], [], True
            bars.append(i)
            continue
        if not text and not pending:
            continue
        if not started and not _CELL_END.search(text):
            continue  # "Décision modificative n°1" above the table
        started = True
        lines.append(i)
        if _CELL_END.search(text):
            pending.append(text.rstrip(" |"))
            cells.append("\n".join(pending))
            pending = []
        else:
            pending.append(text)
    if pending:
        cells.append("\n".join(pending))
    close_row()
    rows: list[tuple[int, VLine]] = []
    for row_cells, row_lines in _aligned_cells(found):
        words = []
        for c, cell in enumerate(row_cells):
            offset = 0
            for token in _cell_tokens(cell):
                words.append(Word(token, c * COLUMN + offset, c * COLUMN + offset + len(token), row_lines[0], row_lines[0] + 0.8))
                offset += len(token) + 1
        if words:
            rows.append((row_lines[0], VLine(words, doc.lines[row_lines[0]].page, float(row_lines[0]), row_lines[-1] + 0.8,
                                             list(row_lines), True, row=True)))
    return rows, set(bars)  # the "|" lines are the table's, no text of their own


def _aligned_cells(rows: list[tuple[list[str], list[int]]]) -> list[tuple[list[str], list[int]]]:
    """The cells of a table whose copy lost its merged cells, put back under their columns: a header row of amount
    columns only, shorter than the rows of figures, sits under their right-hand columns (the first column's header spans
    both header rows: "Diminution de crédits | Augmentation de crédits | ..." under "Désignation"); a row of a label and
    side words over them ("Désignation | Dépenses (1) | Recettes (1)") spreads each side over as many columns."""
    width = max((len(c) for c, _ in rows if any(_DIGIT.search(x) for x in c[1:])), default=0)
    out = []
    for cells, lines in rows:
        if width and len(cells) < width and not any(_DIGIT.search(_HEADER_NUMBERS.sub(" ", c)) for c in cells):
            roles = [_role(_clean(c.replace("\n", " "))) for c in cells]
            if all(r in ("minus", "plus", "amount", "before", "after") for r in roles):
                cells = [""] * (width - len(cells)) + cells
            elif len(cells) > 2 and all(r in ("dépense", "recette") for r in roles[1:]) and (width - 1) % (len(cells) - 1) == 0:
                step = (width - 1) // (len(cells) - 1)
                cells = [cells[0]] + [x for c in cells[1:] for x in [c] + [""] * (step - 1)]
        out.append((cells, lines))
    return out


def _cell_tokens(text: str) -> list[str]:
    """A cell's words, its wrapped lines joined; a word cut by the wrap is made whole again
    when the cut is a hyphen ("Opéra-" / "tion") or when it gives a column name ("Chapitr" / "e")."""
    parts = [_clean(part) for part in text.split("\n")]
    tokens: list[str] = []
    for part in parts:
        words = part.split()
        if not words:
            continue
        if tokens and (tokens[-1].endswith("-") and tokens[-1][:-1][-1:].isalpha() and words[0][:1].islower()
                       or fold(tokens[-1] + words[0]).strip(":.,") in _HEADER_WORDS and fold(tokens[-1]).strip(":.,") not in _HEADER_WORDS):
            tokens[-1] = tokens[-1].rstrip("-") + words[0]
            words = words[1:]
        tokens += words
    return tokens


def _grid_vline(table: ReadTable, row: TableRow, position: int) -> VLine:
    """A row of a ruled grid or of a DOCX/HTML table as a line of cells."""
    words = []
    for c, cell in enumerate(row.cells):
        if cell is None:
            continue
        offset = 0
        for token in _cell_tokens(cell.text):
            words.append(Word(token, c * COLUMN + offset, c * COLUMN + offset + len(token), position, position + 0.8))
            offset += len(token) + 1
    tops = [cell.top for cell in row.cells if cell is not None and cell.top is not None]
    bottoms = [cell.bottom for cell in row.cells if cell is not None and cell.bottom is not None]
    top = min(tops) if tops else float(position)
    bottom = max(bottoms) if bottoms else position + 0.8
    merged = frozenset(c for c, cell in enumerate(row.cells) if cell is None)
    return VLine(words, table.page, top, bottom, list(row.lines), cells=True, row=True, merged=merged)


def _word_vline(table: ReadTable, row: TableRow) -> VLine | None:
    """A printed line of an unruled PDF table: its words with their boxes, in points."""
    words = [Word(c.text, c.x0, c.x1, c.top, c.bottom) for c in row.cells
             if c is not None and c.text and c.x0 is not None and c.top is not None]
    if not words:
        return None
    return VLine(sorted(words, key=lambda w: w.x0), table.page, min(w.top for w in words), max(w.bottom for w in words),
                 list(row.lines))


def _block_vlines(doc: Document, block: Block) -> list[VLine]:
    """The block's lines as the reader laid them out: the rows of its tables (a grid's rows
    one after the other, where it starts), words with their boxes on the lines of an unruled
    PDF table, and the other lines as text (cells by tabs or pipes)."""
    in_block = set(block.lines)
    items: list[tuple[tuple[int, float, float], list[VLine]]] = []
    covered: set[int] = set()
    for table in doc.tables:
        if table.strategy == "text":
            continue
        rows = [row for row in table.rows if row.lines and row.lines[0] in in_block]
        if not rows:
            continue
        vlines = [_grid_vline(table, row, row.lines[0]) for row in rows]
        x0 = table.bbox[0] if table.bbox else 0.0
        items.append(((rows[0].lines[0], 0.0, x0), [v for v in vlines if v.words]))
        covered.update(i for row in rows for i in row.lines)
    for table in doc.tables:
        if table.strategy != "text":
            continue
        for row in table.rows:
            line = row.lines[0] if row.lines else None
            if line is None or line not in in_block or line in covered or doc.lines[line].boilerplate:
                continue
            vline = _word_vline(table, row)
            if vline is not None:
                items.append(((line, 1.0, vline.top), [vline]))
    worded = {key[0] for key, _ in items if key[1] == 1.0}
    piped, bars = _pipe_cell_rows(doc, [i for i in block.lines if i not in covered and i not in worded], block.span)
    for first, vline in piped:
        items.append(((first, 2.0, 0.0), [vline]))
    in_piped = {i for _, vline in piped for i in vline.line_indexes} | bars
    for i in block.lines:
        if i not in covered and i not in worded and i not in in_piped:
            items.append(((i, 2.0, 0.0), _text_vlines(doc, (i,), block.span)))
    items.sort(key=lambda item: item[0])
    return [v for _, vlines in items for v in vlines]


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------


def _text_is_header(text: str) -> bool:
    words = _clean(text).split()
    return _is_header(VLine([Word(w, 0, 0, 0, 0) for w in words], 0, 0, 0, []))


def _keywords(vline: VLine) -> list[str]:
    return [_HEADER_WORDS[k] for k in (fold(w.text).strip(":.,") for w in vline.words) if k in _HEADER_WORDS]


# Numbers a header may print: a year ("BP 2024"), the amendment's number ("DM n°1", "DM1"), a note mark ("Libellé (1)")
_HEADER_NUMBERS = regex.compile(r"\b(?:19|20)\d\d\b|\bn\s*[°º]\s*\d{1,2}\b|\bDB?M\s*\d{1,2}\b|\(\d\)")


def _is_header(vline: VLine, loose: bool = False) -> bool:
    text = vline.text
    # a line of at most 12 words, or a row of cells of at most 12 cells ("Pour mémoire budget primitif précédent (2)" is one)
    size = len({int(w.x0 // COLUMN) for w in vline.words}) if vline.row else len(vline.words)
    if TOTAL.match(text) or _TWO_DIGITS.search(_HEADER_NUMBERS.sub(" ", text)) or size > 12:
        return False
    kinds = set(_keywords(vline)) - {"section", "side"}  # "Section de fonctionnement - Dépenses" is context
    if loose:
        return bool(kinds) and len(vline.words) <= 14
    # a header names a column of accounts or labels: "CREDITS A REDUIRE" or "Dépenses Recettes" alone is not one
    return len(kinds) >= 2 and bool(kinds & {"article", "chapter", "label", "operation"})


def _side_only(vline: VLine) -> bool:
    kinds = set(_keywords(vline))
    return bool(kinds) and kinds <= {"dépense", "recette"}


@dataclass
class Column:
    """A column of a table: its x range and role (article, chapter, label, operation, amount,
    dépense, recette, minus, plus, section, side, function, or '' when its header says nothing)."""

    x0: float
    x1: float
    role: str = ""
    side: str | None = None  # the "Dépenses" / "Recettes" header above it


@dataclass
class Table:
    """A table being read: its columns and zones (column indexes and the side of each half)."""

    columns: list[Column]
    zones: list[tuple[list[int], str | None]]
    cells: bool  # columns are cells (x = column * COLUMN); else x ranges in points from the header's words
    header_words: list[str]


EXTRA_COLUMNS = 8  # cells right of a header's last named cell: an amount column without a header


def _group_columns(words: list[Word], gap: float) -> list[list[Word]]:
    groups: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.x0):
        if groups and w.x0 - max(x.x1 for x in groups[-1]) <= gap:
            groups[-1].append(w)
        else:
            groups.append([w])
    return groups


def _role(text: str) -> str:
    kinds = [_HEADER_WORDS[k] for k in (fold(t).strip(":.,-()") for t in text.split()) if k in _HEADER_WORDS]
    for role in ("label", "article", "chapter", "operation", "minus", "plus", "change", "before", "after", "dépense", "recette",
                 "amount", "section", "side", "function"):  # "Libellé article" is a label
        if role in kinds:
            return "amount" if role == "change" else role
    return ""


def _column_index(columns: list[Column], word: Word, cells: bool) -> int | None:
    if cells:
        c = int(word.x0 // COLUMN)
        return c if 0 <= c < len(columns) else None
    for i, c in enumerate(columns):
        if c.x0 - 1 <= word.x0 < c.x1 + 1:
            return i
    return None


def _column_of(table: Table, word: Word) -> int | None:
    return _column_index(table.columns, word, table.cells)


def _build_table(header: list[VLine]) -> Table | None:
    """Columns and zones from the header lines.

    The main line is the one naming the most columns other than sides; "Dépenses" and
    "Recettes" printed on another line span the columns below them. In a table of cells each
    cell is a column; otherwise columns are the groups of the header's words.
    """
    def naming(v: VLine) -> tuple[int, int]:
        kinds = set(_keywords(v))
        return len(kinds - {"dépense", "recette", "section", "side"}), len(kinds)

    main = max(header, key=naming)
    spans = [w for v in header if v is not main for w in v.words if budget_side(w.text)]
    cells = main.cells
    if cells:
        last = max(int(w.x0 // COLUMN) for v in header for w in v.words)
        columns = [Column(c * COLUMN, (c + 1) * COLUMN) for c in range(last + 1 + EXTRA_COLUMNS)]
        anchors = [c.x0 for c in columns]
    else:
        words = list(main.words) + [w for v in header if v is not main for w in v.words if not budget_side(w.text)]
        groups = _group_columns(words, gap=8)
        if len(groups) < 2:
            return None
        starts = [min(w.x0 for w in g) for g in groups]
        ends = [max(w.x1 for w in g) for g in groups]
        bounds = [-1e9] + [(ends[i] + starts[i + 1]) / 2 for i in range(len(groups) - 1)] + [1e9]
        columns = [Column(bounds[i], bounds[i + 1]) for i in range(len(groups))]
        anchors = starts
    texts: list[list[str]] = [[] for _ in columns]
    for vline in header:
        for w in vline.words:
            c = _column_index(columns, w, cells)
            if c is not None and not any(w is x for x in spans):
                texts[c].append(w.text)
    for column, words_in in zip(columns, texts, strict=True):
        column.role = _role(" ".join(words_in))
    # the official maquette's "Propositions nouvelles | Vote": the vote repeats the proposals, one column holds the lines
    proposals = any(any(fold(t).strip(":.,()") in ("proposition", "propositions") for t in words_in) for words_in in texts)
    for column, words_in in zip(columns, texts, strict=True):
        if proposals and words_in and all(regex.fullmatch(r"vot[ée]e?s?|\(\d\)", fold(t).strip(":.,")) for t in words_in):
            column.role = "after"
    # "Article | Nature | Montant": the nature is the line's label, the account is the article
    natures = [i for i, words_in in enumerate(texts) if any(fold(t).strip(":.,") == "nature" for t in words_in)]
    if natures and any(c.role == "article" for i, c in enumerate(columns) if i not in natures):
        for i in natures:
            columns[i].role = "label"
    for column in columns:
        if column.role in ("dépense", "recette"):
            column.side = column.role
    roles = [c.role for c in columns]
    side_words = [((w.x0 + w.x1) / 2, budget_side(w.text)) for w in spans]
    if roles.count("article") >= 2:  # side by side: the halves under "Dépenses" and "Recettes"
        first = next(i for i, r in enumerate(roles) if r)
        second = next((i for i in range(first + 1, len(roles)) if roles[i] == roles[first]), None)
        if second is None:
            second = [i for i, r in enumerate(roles) if r == "article"][1]
        sides = [s for _, s in sorted(side_words)] or ["dépense", "recette"]
        sides = [s for k, s in enumerate(sides) if k == 0 or s != sides[k - 1]]  # merged cells repeat their text
        left = sides[0]
        right = sides[1] if len(sides) > 1 else ("recette" if left == "dépense" else "dépense")
        zones = [(list(range(second)), left), (list(range(second, len(columns))), right)]
    else:
        _assign_spans(columns, anchors, spans)
        zones = [(list(range(len(columns))), None)]
    if not any(r in ("article", "chapter", "label") for r in roles):
        return None
    return Table(columns, zones, cells, [w.text for v in header for w in v.words])


def _assign_spans(columns: list[Column], anchors: list[float], spans: list[Word]) -> None:
    """Give amount columns the side printed above them ("Dépenses" over "Diminution | Augmentation").

    Spanning headers are either left-aligned on their first column or centred over their columns.
    """
    spans = sorted(spans, key=lambda w: w.x0)
    amount_cols = [i for i, c in enumerate(columns) if c.side is None and c.role in ("minus", "plus", "amount", "")]
    if not spans or not amount_cols:
        return
    left_aligned = abs(spans[0].x0 - anchors[amount_cols[0]]) < 6 or abs(spans[0].x0 - columns[amount_cols[0]].x0) < 6
    centres = [(w.x0 + w.x1) / 2 for w in spans]
    bounds = [spans[k].x0 - 1 if left_aligned else (centres[k - 1] + centres[k]) / 2 for k in range(1, len(spans))]
    for i in amount_cols:
        k = sum(1 for b in bounds if b <= anchors[i])
        columns[i].side = budget_side(spans[k].text)


def _starts_with_account(vline: VLine, table: Table) -> bool:
    """The line opens a row: the first word of its article (or chapter) column is an account."""
    seen: set[int] = set()
    for k, w in enumerate(vline.words):
        c = _column_of(table, w)
        if c is None or c in seen:
            continue
        seen.add(c)
        role = table.columns[c].role
        if role in ("article", "chapter") and _ACCOUNT_WORD.match(w.text):
            return True
        text = w.text
        if _SIDE_LETTER.match(text) and k + 1 < len(vline.words) and _column_of(table, vline.words[k + 1]) == c:
            text += " " + vline.words[k + 1].text  # "D 6232", the side letter a word of its own
        if role in ("article", "label") and DR_ACCOUNT.match(text):
            return True
    return False


_SIDE_LETTER = regex.compile(r"^(?-i:[DR][IF]?)[-‑]?$")


def _bands(vlines: list[VLine], table: Table) -> list[list[VLine]]:
    """Rows of a table: a grid's rows as they are; otherwise a row starts at a line that opens
    with an account (with the lines above it that belong to it), a total, or a subtotal."""
    rows: list[list[VLine]] = []
    for vline in vlines:
        if vline.row:
            rows.append([vline])
        elif _starts_with_account(vline, table) and rows and not rows[-1][-1].row:
            rows.append(_pull_leading_lines(rows[-1], vline, table) + [vline])
            if not rows[-2]:
                del rows[-2]
        elif _starts_with_account(vline, table) or TOTAL.match(vline.text) or not rows or rows[-1][-1].row or _new_amount_row(vline, rows[-1], table):
            rows.append([vline])
        else:
            rows[-1].append(vline)
    return rows


def _pull_leading_lines(previous: list[VLine], anchor: VLine, table: Table) -> list[VLine]:
    """Lines at the end of the previous row that belong to the row the anchor line opens.

    Cells centred vertically print part of a row above its account line ("-145" above
    "607 (011) : Achats de marchandises"): a line closer to the next account line than to the
    line before it belongs to the next row. Top-aligned cells keep their lines.
    """
    moved: list[VLine] = []
    while previous:
        last = previous[-1]
        if last.page != anchor.page or _starts_with_account(last, table) or TOTAL.match(last.text):
            break
        before = previous[-2].top if len(previous) >= 2 and previous[-2].page == last.page else None
        gap_after = anchor.top - last.top
        if before is not None and gap_after >= last.top - before:
            break
        if before is None and gap_after > 2 * max(last.bottom - last.top, 1.0):
            break
        moved.insert(0, previous.pop())
    return moved


def _new_amount_row(vline: VLine, row: list[VLine], table: Table) -> bool:
    """A line of amounts alone under a row that already has its amount: a subtotal.

    It continues the row when the row has no amount in that column yet (an amount centred in
    a tall cell) or when it ends an amount wrapped in its cell ("-145" then "600,00").
    """
    tokens = [w.text for w in vline.words]
    if not tokens or not all(regex.fullmatch(r"[-+−–(]?[\d.,'’)]+|€", t) for t in tokens):
        return False
    column = _column_of(table, vline.words[0])
    above = [[w for w in line.words if _column_of(table, w) == column] for line in row]
    above = [words for words in above if words]
    if not above:
        return False
    last = above[-1][-1].text
    wraps = bool(regex.fullmatch(r"[-+−–(]?\d{1,3}", last)) and bool(regex.fullmatch(r"\d{3}(?:[,.]\d{1,2})?\)?", tokens[0]))
    return not wraps


def _cell_text(words: list[tuple[float, float, str]]) -> str:
    return " ".join(t for _, _, t in sorted(words))


def _amount_in(text: str) -> Decimal | None:
    """An amount read by the shared parser (`pipeline.french.parse_amount`); OCR's underscores
    and an em dash for a minus taken out first ("- _10200€", "—5 200")."""
    return parse_amount(text.replace("_", "").replace("—", "-"))


def _split_account(text: str) -> tuple[str | None, str | None, str | None, str, str | None]:
    """(article, chapter, operation, label, side) of an account cell."""
    m = ACCOUNT_CELL.match(text)
    if not m:
        return None, None, None, text, None
    side = {"d": "dépense", "r": "recette"}.get((m["dr"] or "").lower())
    return _account(m["art"]), m["chap"], m["op"], m["label"].strip(" :-–"), side


@dataclass(frozen=True)
class Found:
    """A line or total read from a block, before it becomes a record."""

    kind: str  # line, total
    section: str | None
    side: str | None
    article: str | None
    chapter: str | None
    operation: str | None
    label: str
    amount: Decimal
    line_indexes: tuple[int, ...]


def _read_row(row: list[VLine], table: Table, section: str | None, side: str | None, sign: int | None = None,
              carry: dict | None = None) -> list[Found]:
    """The lines (or totals) one table row holds, one per zone.

    `sign`: -1 under "Crédits à réduire" (an unsigned amount is a reduction). `carry`: the
    chapter of each zone printed on a row of its own ("011 | Charges à caractère général |
    13 800,23") for the article rows under it that leave their chapter cell empty."""
    indexes = tuple(sorted({i for v in row for i in v.line_indexes}))
    found: list[Found] = []
    carry = {} if carry is None else carry
    for zone, (columns, zone_side) in enumerate(table.zones):
        cells: dict[int, list[tuple[float, float, str]]] = {c: [] for c in columns}
        for vline in row:
            for w in vline.words:
                c = _column_of(table, w)
                if c in cells:
                    cells[c].append((vline.top, w.x0, w.text))
        texts = {c: _cell_text(ws) for c, ws in cells.items() if ws}
        if not texts:
            continue
        all_text = " ".join(texts[c] for c in sorted(texts))
        article = chapter = operation = account_side = None
        row_section, row_side = section, side
        # a chapter, section or side cell merged with the row above (rowspan) says what it said
        merged = frozenset().union(*(v.merged for v in row))
        for c in columns:
            role = table.columns[c].role
            if c in merged and c not in texts and role in ("chapter", "section", "side") and carry.get((zone, role)):
                if role == "chapter":
                    chapter = carry[(zone, role)]
                elif role == "section":
                    row_section = carry[(zone, role)]
                else:
                    row_side = carry[(zone, role)]
        label = ""
        amounts: list[tuple[Decimal, str | None]] = []
        for c, text in texts.items():
            role = table.columns[c].role
            if role == "article" or (role == "label" and DR_ACCOUNT.match(text)):
                art, chap, op, rest, prefix_side = _split_account(text)
                if art and not prefix_side and (len(art) == 2 or len(art) == 3 and art[0] == "0" and not chart.is_account(art)):
                    art, chap = None, art  # "011 | Charges à caractère général" in a "Chap/art" column: the chapter's own row
                article, chapter, operation = art, chapter or chap, op
                label = label or rest
                row_side = prefix_side or row_side
                if prefix_side:
                    account_side = prefix_side
            elif role == "chapter":
                m = regex.search(r"\d{2,3}", text)
                chapter = m[0] if m else chapter
            elif role == "label":
                label = text
            elif role == "operation":
                operation = text or None
            elif role == "section":
                row_section = budget_section(text) or {"f": "fonctionnement", "i": "investissement"}.get(fold(text)[:1], row_section)
            elif role == "side":
                row_side = budget_side(text) or {"d": "dépense", "r": "recette"}.get(fold(text)[:1]) or row_side
            elif role in ("function", "before", "after"):
                continue  # "BP 2024", "Total" beside the amendment's own column
            elif role in ("dépense", "recette", "amount", "minus", "plus", ""):
                value = _amount_in(text)
                if value is None and role:  # a long label spilling into the amount column
                    tail = AMOUNT_AT_END.search(text)
                    if tail and _amount_in(tail["amt"]) is not None:
                        value = _amount_in(tail["amt"])
                        label = label or text[: tail.start()].strip()
                if value is not None:
                    unsigned = text.strip()[:1] not in "-+−–("
                    value = -abs(value) if role == "minus" or (sign == -1 and unsigned) else abs(value) if role == "plus" else value
                    amounts.append((value, table.columns[c].side))
                elif role == "" and not label:
                    label = text
        if not amounts and label:  # no amount column in the header: "Dépenses imprévues - 2 000 €" in the label
            money = [m for m in AMOUNT_TEXT.finditer(label) if m["amt"].strip()[:1] in "-+−–(" or m["cur"]]
            value = _amount_in(money[-1]["amt"]) if money else None
            if value is not None:
                amounts.append((value, None))
                label = " ".join((label[: money[-1].start()] + " " + label[money[-1].end():]).split())
        is_total = bool(TOTAL.match(all_text)) or (article is None and not label and amounts)
        if is_total and not amounts and not any(v.cells for v in row):
            amounts = _text_totals(all_text)  # a total row read as plain text: "Total Dépenses 0,00 Total Recettes"
        if is_total:
            carry[zone] = None
            found += _totals(all_text, amounts, account_side or zone_side or row_side, row_section, indexes)
            continue
        if article is None and chapter:  # a chapter's own row: its articles follow
            carry[zone] = chapter
            for value, column_side in amounts[:1]:
                found.append(Found("chapter", row_section, account_side or column_side or zone_side or row_side, None, chapter,
                                   None, label, value, indexes))
            continue
        chapter = chapter or carry.get(zone)
        for role, value in (("chapter", chapter), ("section", row_section), ("side", row_side)):
            carry[(zone, role)] = value
        for value, column_side in amounts:
            if article:
                line_side = account_side or column_side or zone_side or row_side
                found.append(Found("line", row_section, line_side, article, chapter, operation, label, value, indexes))
    return found


# A total and its amount in a line of text: "Total Dépenses 0,00", "TOTAL RECETTES 5 200,00"
_TEXT_TOTAL = regex.compile(r"\btotal\s+(?P<what>[^\d+−–-]{0,40}?)\s*(?P<amt>[-+−–]?\s*\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})*(?:[,.]\d{1,2})?)(?!\d)", regex.I)


def _text_totals(text: str) -> list[tuple[Decimal, str | None]]:
    """The totals a line of text prints, each with the side its words name."""
    out = []
    for m in _TEXT_TOTAL.finditer(text):
        value = _amount_in(m["amt"])
        if value is not None:
            sides = {budget_side(w) for w in SIDE_WORD.findall(m["what"])}
            out.append((value, sides.pop() if len(sides) == 1 else None))
    return out


def _totals(text: str, amounts: list[tuple[Decimal, str | None]], side: str | None, section: str | None,
            indexes: tuple[int, ...]) -> list[Found]:
    """One total per side of a total row, comparable with the sum of that side's lines.

    "Total FONCTIONNEMENT" names its section, "Total général" none; a row's diminution and
    augmentation add up to its net change; chapter subtotals ("TOTAL D 022 : ...") are left out.
    """
    if CHAPTER_TOTAL.match(text):
        return []
    named = SECTION_WORD.search(text)
    total_section = budget_section(named[1]) if named else None if "general" in fold(text) else section
    sums: dict[str | None, Decimal] = {}
    for value, column_side in amounts:
        key = column_side or side
        sums[key] = sums.get(key, Decimal(0)) + value
    return [Found("total", total_section, key, None, None, None, text, value, indexes) for key, value in sums.items()]


# ---------------------------------------------------------------------------------------------
# Reading a block
# ---------------------------------------------------------------------------------------------


def _context(text: str) -> tuple[str | None, str | None, int | None] | None:
    """(section, side, sign) a short context line sets: "INVESTISSEMENT", "Dépenses
    d'investissement :", "CREDITS A REDUIRE" (sign -1), "Fonctionnement - Crédits à ouvrir"."""
    clean = _clean(text).strip(" :•-–")
    if not clean or len(clean.split()) > 8 or _DIGIT.search(clean) or TOTAL.match(clean):
        return None
    sign = None
    m = SIGN_CONTEXT.search(clean)
    if m:
        sign = -1 if m["minus"] else 1
        clean = " ".join((clean[: m.start()] + " " + regex.sub(r"(?i)^\s*(?:de\s+)?cr[ée]dits?\b", "", clean[m.end():])).split()).strip(" :/•-–")
        if not clean:
            return None, None, sign
    if not CONTEXT_START.match(clean):
        return None
    section = SECTION_WORD.search(clean)
    sides = {budget_side(m) for m in SIDE_WORD.findall(clean)}
    side = sides.pop() if len(sides) == 1 else None
    if not section and not side:
        return None
    if not section and len(clean.split()) > 2:
        return None
    return budget_section(section[1]) if section else None, side, sign


def _read_tables(vlines: list[VLine], block: Block) -> tuple[list[Found], set[int]]:
    """Every table of a block: (what they hold, doc line indexes they used)."""
    found: list[Found] = []
    used: set[int] = set()
    section, side, sign = block.section, None, None
    i = 0
    while i < len(vlines):
        vline = vlines[i]
        ctx = _context(vline.text)
        if ctx and not _is_header(vline):
            section, side, sign = _apply_context(ctx, section, side, sign)
            i += 1
            continue
        if not _is_header(vline):
            i += 1
            continue
        start = i
        while start > 0 and _side_only(vlines[start - 1]) and _is_header(vlines[start - 1], loose=True):
            start -= 1
        end = i + 1
        while end < len(vlines) and _is_header(vlines[end], loose=True) and not _context(vlines[end].text):
            end += 1
        table = _build_table(vlines[start:end])
        if table is None:
            i += 1
            continue
        segments: list[tuple[str | None, str | None, int | None, list[VLine]]] = [(section, side, sign, [])]
        j = end
        after_total = False
        last_page = vlines[end - 1].page
        while j < len(vlines):
            v = vlines[j]
            if _is_header(v, loose=True) and not _context(v.text) and v.page != last_page:
                j += 1  # a header repeated after a page break
                continue
            if _is_header(v):
                break  # the next table
            ctx = _context(v.text)
            if ctx:  # "FONCTIONNEMENT", "Crédits à réduire" inside a table: what follows is in that section
                section, side, sign = _apply_context(ctx, section, side, sign)
                segments.append((section, side, sign, []))
                after_total = False
                j += 1
                continue
            if _ends_table(v, table, after_total):
                break
            after_total = after_total or bool(TOTAL.match(v.text))
            segments[-1][3].append(v)
            last_page = v.page
            j += 1
        carry: dict = {}
        read: list[Found] = []
        for seg_section, seg_side, seg_sign, body in segments:
            for row in _bands(body, table):
                read += _read_row(row, table, seg_section, seg_side, seg_sign, carry)
        found += _without_chapter_rows(read)
        for v in vlines[start:j]:
            used.update(v.line_indexes)
        i = j
    return found, used


def _without_chapter_rows(read: list[Found]) -> list[Found]:
    """The lines and totals of a table, its chapter rows read.

    A chapter row followed by its articles is their subtotal: left out. A chapter row standing
    alone is a line of its own when the chapter is its own account in the chart ("002 |
    Résultat d'exploitation reporté | -1 989,77", "001", "022", "023": chapters without
    articles); any other (an article missing) moves credits no line holds, so the totals of
    its section and side, which count them, are not kept (the budget_total_mismatch check
    could only be wrong)."""
    orphans: set[tuple[str | None, str | None]] = set()
    out: list[Found] = []
    for k, f in enumerate(read):
        if f.kind != "chapter":
            out.append(f)
            continue
        following = next((g for g in read[k + 1:] if g.kind != "total" and (g.section, g.side) == (f.section, f.side)), None)
        if following is not None and following.kind == "line" and following.chapter == f.chapter:
            continue  # a subtotal
        if _own_account(f.chapter, f.side):
            out.append(Found("line", f.section, f.side, f.chapter, f.chapter, None, f.label, f.amount, f.line_indexes))
        else:
            orphans.add((f.section, f.side))
    return [f for f in out if f.kind == "line" or (f.kind == "total" and (f.section, f.side) not in orphans
                                                    and not any(o[0] == f.section and f.side is None for o in orphans))]


def _own_account(chapter: str | None, side: str | None) -> bool:
    """A chapter that is its own account: "001", "002" (results carried over), "021", "022", "023"."""
    return bool(chapter) and len(chapter) == 3 and chapter.startswith("0") and \
        chart.account_chapter(chapter, side or "dépense") == chapter


def _apply_context(ctx: tuple[str | None, str | None, int | None], section: str | None, side: str | None,
                   sign: int | None) -> tuple[str | None, str | None, int | None]:
    """The section, side and sign after a context line: a new section resets the side unless
    the line names one; a sign ("Crédits à ouvrir") keeps the section and side."""
    new_section, new_side, new_sign = ctx
    if new_sign is not None and new_section is None and new_side is None:
        return section, side, new_sign
    return new_section or section, new_side if new_side else (None if new_section else side), new_sign if new_sign is not None else sign


def _ends_table(v: VLine, table: Table, after_total: bool) -> bool:
    text = v.text
    if DM_NUMBER.search(text) or _PROSE_END.match(text):
        return True
    if table.cells and not v.cells:  # a table of cells: a line without cells ends it
        return True
    if after_total and not TOTAL.match(text) and not _starts_with_account(v, table):
        return True
    return len(v.words) >= 9 and not _starts_with_account(v, table) and not TOTAL.match(text) and not v.row


def _account(text: str) -> str:
    """An account as the chart numbers it: "21.32" is 2132."""
    return text.replace(".", "")


@dataclass(frozen=True)
class _Loose:
    """Part of a list item with an account or an amount but not both, and its context."""

    index: int
    text: str
    section: str | None
    side: str | None
    account: str | None
    chapter: str | None
    amount: Decimal | None
    label: str


# A side and section opening a line before a comma or a dash: "Recettes d'investissement, chapitre 040, article
# 28041582 : + 1 245 €", "Dépenses de fonctionnement - article 6811 : + 1 245 €"
_LEADING_CONTEXT = regex.compile(
    r"^(?P<ctx>(?:d[ée]penses?|recettes?)\s+(?:r[ée]elles\s+|d['’]ordre\s+)?(?:d['’]\s*|de\s+)(?:investissement|fonctionnement|exploitation)"
    r"|(?:section\s+(?:d['’]\s*|de\s+))?(?:investissement|fonctionnement|exploitation)\s*[-–/]?\s*(?:d[ée]penses?|recettes?))"
    r"\s*[,–-]\s*(?P<rest>.*\d.*)$",
    regex.I,
)


def _inline_context(text: str) -> tuple[tuple[str | None, str | None, int | None], str] | None:
    """The context a line opens with before a colon, and the rest: "CRPP Investissement Charges
    : +20'000 € au 21.32" is (investissement, dépense) then "+20'000 € au 21.32"; "Recettes
    d'investissement, chapitre 040, article 28041582 : + 1 245 €" is (investissement, recette) then
    the rest."""
    lead = _LEADING_CONTEXT.match(text)
    if lead:
        section = SECTION_WORD.search(lead["ctx"])
        side = SIDE_WORD.search(lead["ctx"])
        return (budget_section(section[1]), budget_side(side[1]), None), lead["rest"]
    m = _INLINE_CONTEXT.match(text)
    if not m or len(m["ctx"].split()) > 6:
        return None
    ctx = m["ctx"]
    section = SECTION_WORD.search(ctx)
    sides = {"dépense" if s["d"] else "recette" for s in _SIDE_ALIAS.finditer(ctx)}
    sign = SIGN_CONTEXT.search(ctx)
    if not section and len(sides) != 1 and not sign:
        return None
    if not section and not sign and len(ctx.split()) > 3:
        return None
    side = sides.pop() if len(sides) == 1 else None
    return (budget_section(section[1]) if section else None, side, (-1 if sign["minus"] else 1) if sign else None), m["rest"]


# Where a sentence starts: after a full stop (not a decimal one), a semicolon or a colon
_SENTENCE_START = regex.compile(r"(?<!\d)[.;:](?!\d)\s*")


def _movements(text: str, i: int, section: str | None, side: str | None) -> list[Found] | None:
    """Lines of a credit moved from one account to another, None when the text moves none.

    An unsigned amount leaves the first account and goes to the second (two lines); a negative
    amount is the first account's own change, as printed ("Mouvement de -8'355,59€ du 28.156
    au 28.13": one line)."""
    found: list[Found] = []
    for m in MOVEMENT.finditer(text):
        body = m["body"]
        source = _MOVE_FROM.search(body)
        if source and source["chap"] and not _own_account(source["art"], side):
            continue  # "du chapitre 012 au chapitre 011": chapters whose articles are not named hold no line
        target = _MOVE_TO.search(body, source.end()) if source else None
        if not source or not target:
            continue
        masked = body[: source.start()] + " " * (source.end() - source.start()) + body[source.end(): target.start()] + \
            " " * (target.end() - target.start()) + body[target.end():]
        # the amount the nearest "virement" before the source names: a title's "Virement de crédit n°6" then
        # "Considérant ... 53 401,60 € ... Proposition ... virement de crédit d'un montant de 53 402,00 € de l'article 020"
        nearest = [k.end() for k in _MOVE_KEYWORD.finditer(body, 0, source.start())]
        value = _signed_amount(masked[nearest[-1]:]) if nearest else None
        if value is None:
            value = _clause_amount(masked)
        if value is None:
            # the amount named before the movement in its sentence: "la somme de 3 000 € est transférée du compte 2313 au
            # compte 2184", "un crédit de 950 € est viré de l'article 022 à l'article 6232"
            value = _clause_amount(_SENTENCE_START.split(text[:m.start()])[-1])
        if value is None:
            continue
        label = ""
        if value < 0 and regex.search(r"[-−–]\s?\d", masked):
            found.append(Found("line", section, side, _account(source["art"]), None, None, label, value, (i,)))
        else:
            found.append(Found("line", section, side, _account(source["art"]), None, None, label, -abs(value), (i,)))
            found.append(Found("line", section, side, _account(target["art"]), None, None, label, abs(value), (i,)))
    return found or None


# A word (numbers, signs and currency are not): a long line of words is an explanation, a long line of numbers a row
_WORD = regex.compile(r"(?<!\S)(?=\S*\p{L})(?!(?:€|euros?|EUR)(?!\S))\S+", regex.I)


_YEAR = regex.compile(r"(?:19|20)\d\d")
# Items of one line: "... / ...", "... ; ...", "Compte 2111 : + 15 000 € – Compte 2313 : - 15 000 €", "+ 15 000 € au compte 2111,
# - 15 000 € au compte 2313"
_PARTS = regex.compile(
    r"\s+/\s+|\s*;\s*|\s+[–—-]\s+(?=(?:comptes?\b|articles?\b|art\.|c\s*/|chap))|,\s+(?=[-+−–]\s?\d)"
    # a run-on line: "... : + 1 500 € Article 022 ...", "DI 2313 + 5 000 €, RI 1641 + 5 000 €"
    r"|(?<=\d\s?(?:€|euros?\b|EUR\b))\s+(?=(?:comptes?|articles?|art\.|c\s*/)\s*\d)|,\s+(?=(?-i:[DR][IF]?)\s*[-‑]?\s*\d{3,8}\b)"
    # the sentence after the last row: "... - 1 500 € Après en avoir délibéré, le Conseil ..."
    r"|(?<=\d\s?(?:€|euros?\b|EUR\b))\.?\s+(?=(?-i:Après|Apr[eè]s|Le|La|Les|Vote|Adopt[ée]e?|Accord|Ces|Cette|Il|Monsieur|Madame|Mme|M\.)\s)",
    regex.I)
# A row closing a long run-on part, after the sentence that introduces it: "Monsieur le Maire expose ... Section de
# fonctionnement Dépenses : Article 6232 Fêtes et cérémonies : + 1 500 €"
_TAIL_ROW = regex.compile(
    r"(?:^|\s)(?P<row>(?:articles?|comptes?|art\.|c\s*/)\s*\d{3,8}[A-Z]?\b[^:€\d]{0,80}:?\s*[-+−–]\s?\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:,\d{1,2})?"
    r"\s*(?:€|euros?|EUR)?)\s*\.?$",
    regex.I)
# An amendment's heading opening the line of its items: "DM n°1 : DI 2313 + 5 000 €"
_DM_LEAD = regex.compile(r"^\s*(?:d[ée]cision\s+(?:budg[ée]taire\s+)?modificative|DB?M)\s*(?:n\s*[°ºo]?\s*\d{1,2})?[^:\d]{0,40}:\s*(?=.*\d)", regex.I)
# A row of text opening with an account, and a wide gap before another one: side-by-side tables flattened to text
_ROW_START = regex.compile(r"^\s*(?:(?-i:[DR][IF]?)(?:\s*[-:]?\s+|[-‑](?=\d)))?\d{3,8}(?:\b|(?=[-–]\p{L}))")
_WIDE_GAP = regex.compile(r"(?<=\d[,.]\d\d|€)(?:[ \t]{3,}|[ ]*\t[ \t]*)(?=(?-i:[DR][IF]?\s*[-:]?\s+)?\d{3,8}\s+\D)")


# A line holding an amount alone, as money ("+ 500,00", "- 1 500,00 €", "(200,00)", "500 €"), not a bare account ("6232")
_AMOUNT_ALONE = regex.compile(
    r"^\s*(?:[-+−–]\s?\(?\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})*(?:[,.]\d{1,2})?\)?\s*(?:€|euros?|EUR)?"
    r"|\(?\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})*(?:,\d{1,2}|\.\d{2})\)?\s*(?:€|euros?|EUR)?"
    r"|\(?\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})*\)?\s*(?:€|euros?|EUR))\s*$",
    regex.I)
# A line opening a row with its account, no amount after it: "6232", "6232 Fêtes et cérémonies", "D 6232 Fêtes", "022 -
# Dépenses imprévues"
_ACCOUNT_OPENS = regex.compile(
    r"^\s*(?:(?-i:[DR][IF]?)\s*[-:]?\s+)?(?:compte\s+|article\s+|art\.\s*|c\s*/\s*)?(?!(?:19\d\d|20[0-2]\d)\b)\d{3,8}[A-Z]?\b(?!\s*[,.]\d)",
    regex.I)
MAX_ROW_LINES = 4  # lines a row's cells may run over when a table is flattened one cell a line


def _joined_rows(doc: Document, block: Block, skip: set[int]) -> dict[int, str]:
    """A table flattened one cell a line ("6232" / "Fêtes et cérémonies" / "+ 500,00") or its amount column pushed to the
    next line ("6232 Fêtes et cérémonies" / "+ 500,00 €"), joined into rows: each row's text by its first line, the
    lines it took in given as empty. Context lines ("FONCTIONNEMENT", "Dépense") stay as they are. Empty when no row
    joins."""
    out: dict[int, str] = {}
    row: list[int] = []
    joined = False
    for i in block.lines:
        if i in skip:
            continue
        text = _clean(_line_text(doc, i, block.span)).strip()
        if row and _AMOUNT_ALONE.match(text):
            row.append(i)
            out[row[0]] = " ".join(_clean(_line_text(doc, k, block.span)).strip() for k in row)
            for k in row[1:]:
                out[k] = ""
            joined, row = True, []
            continue
        if _ACCOUNT_OPENS.match(text) and not _AMOUNT_ALONE.match(text) and AMOUNT_TEXT.search(text[_ACCOUNT_OPENS.match(text).end():]) is None:
            row = [i]
            continue
        if row and text and not _DIGIT.search(text) and (len(row) == 1 or _context(text) is None) and len(row) < MAX_ROW_LINES:
            row.append(i)  # the row's label on a line of its own
            continue
        row = []
    return out if joined else {}


# What tells the budget before the amendment, not its lines: "Le budget primitif prévoyait 12 000 € à l'article 6232",
# "crédits ouverts au budget", "initialement prévus", "BP 2024 : 2 000 €"
_BEFORE_AMENDMENT = regex.compile(
    r"\bbudget\s+primitif\b|\bBP\s*(?:19|20)\d\d\b|\bpr[ée]vu(?:e|s|es)?\s+au\s+budget\b|\bpr[ée]voyai(?:t|ent)\b|\binitialement\b"
    r"|\bd[ée]j[àa]\s+(?:inscrit|pr[ée]vu|ouvert|vot[ée])\w*|\bcr[ée]dits?\s+(?:ouverts|vot[ée]s|inscrits)\s+au\s+budget\b",
    regex.I)
# A table's two amount columns named on one flattened line, no cell left: "DESIGNATION DIMINUTION DE CREDITS AUGMENTATION
# DE CREDITS", "Crédits à réduire Crédits à ouvrir": which column an amount under it sat in is lost
_BOTH_COLUMNS = regex.compile(
    r"^(?=[^\d\t|]*\b(?:diminutions?|r[ée]ductions?|[àa]\s+r[ée]duire|annulations?)\b)(?=[^\d\t|]*\b(?:augmentations?|ouvertures?|[àa]\s+ouvrir)\b)[^\d\t|]*$",
    regex.I)


def _read_plain(doc: Document, block: Block, skip: set[int], joined: dict[int, str] | None = None) -> list[Found]:
    """Lines of a block without a table: lists, prose, plain table lines, scans out of order."""
    cleaned = [_clean(_line_text(doc, i, block.span)).strip() for i in block.lines if i not in skip]
    if any(_BOTH_COLUMNS.match(text) for text in cleaned):
        # a table whose amount columns are flattened away: a sign read would be a guess, unless every row prints all its
        # cells (the empty ones as 0,00), which gives back each amount's column
        return _read_every_cell(doc, block, skip)
    if any(_DIMINUTION_CELL.match(text) for text in cleaned) and any(_AUGMENTATION_CELL.match(text) for text in cleaned):
        every = _read_every_cell(doc, block, skip)  # the same table one cell a line; else headings over lists, read below
        if every:
            return every
    found: list[Found] = []
    section, side, sign = block.section, None, None
    loose: list[_Loose] = []
    moved_lines: set[int] = set()  # lines read as a credit moved between accounts
    for i in block.lines:
        if i in skip:
            continue
        raw = joined[i] if joined and i in joined else _line_text(doc, i, block.span)
        if not raw.strip():
            continue
        if _ROW_START.match(raw):
            raw = _WIDE_GAP.sub(" / ", raw)  # "6232 Fêtes 1 500,00      7788 Produits 1 500,00": two tables side by side
        text = _BULLET.sub("", _clean(raw).replace("_", "").replace("—", "-"))
        ctx = _context(text)
        if ctx:
            section, side, sign = _apply_context(ctx, section, side, sign)
            continue
        inline = _inline_context(text)
        if inline:
            section, side, sign = _apply_context(inline[0], section, side, sign)
            text = inline[1]
            if not text.strip():
                continue
        moved = _movements(text, i, section, side)
        if moved:
            found += moved
            moved_lines.add(i)
            continue
        for part in _PARTS.split(_DM_LEAD.sub("", text)):
            if len(part.split()) > 14 and len(_WORD.findall(part)) > 6 and not SIGN_CONTEXT.search(part):
                tail = _TAIL_ROW.search(part)
                if not tail or len(ACCOUNT_REF.findall(part)) != 1:
                    continue  # prose explaining the amendment ("au compte 739211. Il est donc nécessaire...")
                head = part[:tail.start("row")]
                sections, sides = SECTION_WORD.findall(head), SIDE_WORD.findall(head)
                section = budget_section(sections[-1]) if sections else section
                side = budget_side(sides[-1]) if sides else side
                part = tail["row"]
            if _BEFORE_AMENDMENT.search(part) and len(_WORD.findall(part)) > 3:
                continue  # the budget before the amendment ("Le budget primitif prévoyait 12 000 € à l'article 6232")
            if len(ACCOUNT_REF.findall(part)) >= 2 and len(_WORD.findall(part)) > 6:
                continue  # a sentence naming two accounts ("augmentation ... à l'article 2158 et diminution à l'article 2315"): prose
            s = SIGN_CONTEXT.search(part)
            if s:
                sign = -1 if s["minus"] else 1
            paren = PAREN_ROW.match(part)
            if paren and chart.is_account(paren["art"]):
                value = _amount_in(paren["amt"])
                if value is not None:
                    if sign == -1 and value > 0 and "+" not in paren["amt"]:
                        value = -value
                    found.append(Found("line", section, side, paren["art"], None, None, paren["label"].strip(" -–"), value, (i,)))
                    continue
            m = PLAIN_ROW.match(part)
            if m and len(m["art"]) > 6 and not chart.is_account(m["art"]):
                m = None  # "20240315 ...": seven or eight digits are an account only where the chart lists one
            if m and not m["label"] and (_YEAR.fullmatch(m["art"]) or not any(chart.is_account(m["art"][:n]) for n in (4, 3, 2))):
                m = None  # "2024 : 12 500 €": an unlabelled row's account must be the chart's
            if m and regex.match(r"[-–]\p{L}", part[m.end("art"):]) and not chart.is_account(m["art"]):
                m = None  # "2188-Autres immobilisations": an account glued to its label must be the chart's ("2024-Voirie" is not)
            if m and not ACCOUNT_REF.search(part):
                value = _amount_in(m["amt"])
                if value is not None:
                    if sign == -1 and value > 0 and "+" not in m["amt"]:
                        value = -value  # "CREDITS A REDUIRE" above unsigned lines
                    row_side = ("dépense" if m["dr"] == "D" else "recette") if m["dr"] else budget_side(m["sdw"]) or side
                    row_section = ("investissement" if m["si"] == "I" else "fonctionnement") if m["si"] else (
                        budget_section(m["secw"]) or section)
                    found.append(Found("line", row_section, row_side, m["art"], m["chap"], m["op"], m["label"] or "", value, (i,)))
                continue
            acc = ACCOUNT_REF.search(part)
            chap = CHAPTER_REF.search(part)
            op = OPERATION_REF.search(part)
            rest = part
            for span_m in (acc, chap, op):
                if span_m:
                    rest = rest.replace(span_m[0], " ")
            amount = _signed_amount(rest)
            if acc and amount is not None:
                value = -abs(amount) if sign == -1 and amount > 0 and not regex.search(r"[+]", rest) else amount
                if value > 0 and _minus_in_words(rest):
                    value = -value  # "Article 022 : moins 1 500 €"
                if value > 0 and _taken_from(part, acc):
                    value = -value  # "par prélèvement sur l'article 022": the account the credit is taken from
                label = _label_of(rest)
                found.append(Found("line", section, side, _account(acc["art"]), chap["chap"] if chap else None,
                                   op["op"] if op else None, label, value, (i,)))
            elif chap and amount is not None and _own_account(chap["chap"], side) and len(CHAPTER_REF.findall(part)) == 1:
                # "Chapitre 022 - Dépenses imprévues : - 800,00 €": a chapter that is its own account
                value = -abs(amount) if sign == -1 and amount > 0 and not regex.search(r"[+]", rest) else amount
                found.append(Found("line", section, side, chap["chap"], chap["chap"], op["op"] if op else None,
                                   _label_of(rest), value, (i,)))
            elif acc or chap or amount is not None:
                if amount is not None and sign == -1 and amount > 0 and not regex.search(r"[+]", rest):
                    amount = -amount
                loose.append(_Loose(i, part, section, side, _account(acc["art"]) if acc else None, chap["chap"] if chap else None,
                                    amount, _label_of(rest)))
    if not found and loose:
        scanned = {p.number for p in doc.pages if p.ocr}
        if any(doc.lines[item.index].page in scanned for item in loose):
            found = _pair_by_position(doc, [(item.index, item.text) for item in loose], section, side)
        else:
            found = _pair_in_order(loose)
    if not found and joined is None:
        rows = _joined_rows(doc, block, skip)
        if rows:
            found = _read_plain(doc, block, skip, rows)
    if not found:
        found = _read_prose(doc, block, skip)
    elif not loose and all(set(f.line_indexes) <= moved_lines for f in found):
        # an amendment written in sentences of several forms ("alimenter l'article 6156 ... en prenant sur l'article
        # 022", then "la somme de 4 500 € est transférée du compte 2313 au compte 2183"): the other sentences' lines
        # too, never an account already read
        read = {f.article for f in found}
        found += [f for f in _read_prose(doc, block, skip | moved_lines) if f.article not in read]
    return found


# A row of the accounting software's amendment table flattened to text, every cell printed: "D-6232 : Fêtes et cérémonies
# 0,00 € 1 500,00 € 0,00 € 0,00 €" (Dépenses: diminution, augmentation; Recettes: diminution, augmentation)
_EVERY_CELL_ROW = regex.compile(
    r"^(?-i:(?P<dr>[DR])[IF]?)\s*[-‑]?\s*(?P<art>\d{3,8}[A-Z]?)\b(?:\s*[-/]\s*(?P<op>\d{1,4})\b)?\s*[:–-]?\s*(?P<label>.*?)"
    r"(?P<cells>(?:\s+[-+−–]?\d{1,3}(?:[ \u00a0\u202f.]\d{3})*[,.]\d{2}\s?(?:€|EUR)?){2,4})\s*$")
_CELL_AMOUNT = regex.compile(r"[-+−–]?\d{1,3}(?:[ \u00a0\u202f.]\d{3})*[,.]\d{2}(?!\d)")


# The two amount columns' headers, one cell a line: "Diminution de crédits", "Augmentation de crédits"
_DIMINUTION_CELL = regex.compile(r"^(?:diminutions?|r[ée]ductions?)(?:\s+(?:de|des|sur)\s+cr[ée]dits?(?:\s+ouverts)?)?$", regex.I)
_AUGMENTATION_CELL = regex.compile(r"^(?:augmentations?)(?:\s+(?:de|des|sur)\s+cr[ée]dits?(?:\s+ouverts)?)?$", regex.I)


def _cells_joined(texts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A row flattened one cell a line ("D-022 : Dépenses imprévues" / "1 500,00 €" / "0,00 €"): its amount lines joined to
    the line that opens it."""
    out: list[tuple[int, str]] = []
    for i, text in texts:
        if out and _AMOUNT_ALONE.match(text) and (_DR_ROW_START.match(out[-1][1]) or TOTAL.match(out[-1][1])):
            out[-1] = (out[-1][0], out[-1][1] + " " + text)
        else:
            out.append((i, text))
    return out


def _read_every_cell(doc: Document, block: Block, skip: set[int]) -> list[Found]:
    """Rows of a table whose diminution and augmentation columns are flattened onto one text line, read where each row
    prints every cell: four amounts (expenses' diminution and augmentation, then receipts'), or two (the row's own side's
    diminution and augmentation). The cells holding 0,00 are no lines; a total is none. Nothing as soon as a row prints
    another count of amounts: which column an amount sat in would be a guess."""
    found: list[Found] = []
    section = block.section
    texts = _cells_joined([(i, _clean(_line_text(doc, i, block.span)).strip()) for i in block.lines if i not in skip])
    for i, text in texts:
        if not text or _BOTH_COLUMNS.match(text) or TOTAL.match(text) or CHAPTER_TOTAL.match(text):
            continue
        ctx = _context(text)
        if ctx:
            section = ctx[0] or section
            continue
        m = _EVERY_CELL_ROW.match(text)
        if not m:
            if _DR_ROW_START.match(text):
                return []  # a row whose cells are not all printed
            continue
        cells = [_amount_in(c) for c in _CELL_AMOUNT.findall(m["cells"])]
        if any(c is None for c in cells) or len(cells) not in (2, 4):
            return []
        sides = ["dépense", "dépense", "recette", "recette"] if len(cells) == 4 else [budget_side("dépenses" if m["dr"] == "D" else "recettes")] * 2
        for k, value in enumerate(cells):
            if value == 0:
                continue  # not only the zero-line rule (applied to every table in `extract`): the other side's 0,00 cells
                # must not fail the column check below, and a table of 0,00 only reads as none (the next reader tries it)
            if len(cells) == 4 and sides[k] != ("dépense" if m["dr"] == "D" else "recette"):
                return []  # an expense's amount in a receipts' column: not this layout
            # a diminution column's amount is a reduction (a printed minus only confirms it); an augmentation column keeps
            # its printed sign ("0,00 € 0,00 € 0,00 € -800,00 €" is -800)
            signed = -abs(value) if k % 2 == 0 else value
            found.append(Found("line", section, sides[k], m["art"], None, m["op"], m["label"].strip(" :-–"), signed, (i,)))
    return found


_DR_ROW_START = regex.compile(r"^(?-i:[DR][IF]?)\s*[-‑]?\s*\d{3,8}\b")


# An account in a sentence: "au compte 2183", "l'article 6232", "C/61523", or its side and number: "la partie dépense
# n°002", "en recette n° 7022"
PROSE_ACCOUNT = regex.compile(
    r"(?:\b(?:comptes?|articles?|art\.|imputation)\s*(?:n\s*°\s*)?|\bc\s*/\s*|\b(?P<side>d[ée]penses?|recettes?)\s+(?:n\s*[°º]|no\.?)\s*)"
    r"(?P<art>\d{3,8}[A-Z]?)\b(?![.,]\d|-\d|\s+(?:du\s+(?:code|CGCT)|nonies|bis|ter)\b)",
    regex.I,
)
# What a clause does to an account's credits: "diminuer le compte 2313", "réduire", "prélever" (minus); "inscrire",
# "ouvrir", "augmenter", "abonder" (plus)
PROSE_VERB = regex.compile(
    r"\b(?P<minus>diminu\w*|r[ée]dui\w*|pr[ée]lev\w*|retir\w*|annul\w*)|\b(?P<plus>inscri\w*|ouvr\w*|augment\w*|abond\w*|ajout\w*|vot(?:e|er|ons)\b"
    r"|aliment\w*|compl[ée]t\w*|r[ée]abond\w*)",
    regex.I,
)
# Clauses of a sentence: "... au compte 2183 la somme de 1 200 € et de diminuer le compte 2313 de 1 200 €"
_CLAUSE = regex.compile(
    r"[.;]\s+|\s+et\s+(?=d['’]|de\s|à\s|au\s|en\s|(?:une?\s+|la\s+|l['’]\s*)?(?:diminution|augmentation|r[ée]duction|ouverture|inscription)\b)|\n"
    # "inscrire 4 000 € en dépenses au compte 2188 et 4 000 € en recettes au compte 1323": the second amount opens a clause
    r"|\s+et\s+(?=[-+−–]?\s?\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:,\d{1,2})?\s?(?:€|euros?\b))",
    regex.I)


# Where a credit is taken from: "prélever 1 500 € sur le compte 022", "par prélèvement sur le compte 022", "en
# diminuant le compte 2313"
_TAKEN_FROM = regex.compile(r"(?:\bsur\s+(?:le\s+|l['’]\s*)|\b(?:diminu|r[ée]dui[st]|r[ée]duction)\w*\s+(?:d['’]\s*autant\s+)?(?:le\s+|l['’]\s*|du\s+|de\s+l['’]\s*)|\bdepuis\s+(?:le\s+|l['’]\s*))$", regex.I)


def _taken_from(clause: str, account) -> bool:
    """Whether the clause takes a credit from this account ("par prélèvement sur l'article 022", "en diminuant le
    compte 2313"): a taking verb in the clause, the account right after "sur", "diminuant", "depuis"."""
    return bool(CREDIT_TAKEN.search(clause)) and _TAKEN_FROM.search(clause[max(0, account.start() - 40):account.start()]) is not None


def _prose_move(clause: str, accounts: list, section: str | None, side: str | None, single: Decimal | None,
                line: int) -> list[Found]:
    """A credit taken from one account for another in one clause: "prélever la somme de 1 500 € sur le compte 022
    pour l'affecter au compte 6558", "abonder le compte 6541 de 300 € par prélèvement sur le compte 022"."""
    if not CREDIT_TAKEN.search(clause):
        return []
    sources = [a for a in accounts if _taken_from(clause, a)]
    if len(sources) != 1:
        return []
    source = sources[0]
    target = accounts[1] if source is accounts[0] else accounts[0]
    masked = clause
    for a in sorted(accounts, key=lambda a: -a.start()):
        masked = masked[:a.start()] + " " + masked[a.end():]
    value = _clause_amount(masked, single)
    if value is None:
        return []
    value = abs(value)
    return [Found("line", section, side, _account(source["art"]), None, None, "", -value, (line,)),
            Found("line", section, side, _account(target["art"]), None, None, "", value, (line,))]


def _read_prose(doc: Document, block: Block, skip: set[int]) -> list[Found]:
    """Lines of an amendment written as sentences: each clause naming an account ("inscrire en dépenses
    d'investissement au compte 2183 la somme de 1 200 €", "diminuer le compte 2313 de 1 200 €"), its side
    from the clause ("la partie dépense n°002", "en recette") and its amount from the clause, or, when the
    amendment states a single amount ("le déficit de 699,92 €" then "dépense n°002" and "sa compensation
    ... recette n°7022"), that amount for every account. Nothing when an account has no amount."""
    text = "\n".join(_clean(_line_text(doc, i, block.span)) for i in block.lines if i not in skip)
    amounts = {abs(v) for m in AMOUNT_TEXT.finditer(text)
               if m["cur"] and (v := _amount_in(m["amt"].strip())) is not None and v != 0}
    single = next(iter(amounts)) if len(amounts) == 1 else None
    found: list[Found] = []
    section, side = block.section, None
    first = block.lines[0] if block.lines else 0
    previous: Decimal | None = None  # the last clause's amount, for "du même montant"
    for clause in _CLAUSE.split(text):
        named = SECTION_WORD.search(clause)
        section = budget_section(named[1]) if named else section
        if _BEFORE_AMENDMENT.search(clause):
            continue  # the budget before the amendment, not its lines
        sides = {budget_side(m) for m in SIDE_WORD.findall(clause)}
        if len(sides) == 1:
            side = next(iter(sides))
        accounts = list(PROSE_ACCOUNT.finditer(clause))
        if len(accounts) == 2:
            found += _prose_move(clause, accounts, section, side, single, first)
            continue
        if len(accounts) != 1:
            continue
        acc = accounts[0]
        verb = PROSE_VERB.search(clause)
        if not verb and not acc["side"] and not sides and not regex.search(r"[-+−–]\s?\d", clause[acc.end():]):
            continue  # "une notification de versement de 16 542 € au compte 739211": an explanation, not a line
        masked = clause[:acc.start()] + " " + clause[acc.end():]
        value = _amount_after(masked, acc.start())
        if value is None:
            value = _clause_amount(masked, single)
        if value is None and previous is not None and _SAME_AMOUNT.search(clause[acc.end():]):
            value = abs(previous)  # "et de diminuer l'article 022 du même montant"
        if value is None:
            continue
        previous = value
        if verb and verb["minus"] and value > 0:
            value = -value
        elif value > 0 and _taken_from(clause, acc):
            value = -value  # "d'y ajouter 3 000 € par prélèvement sur l'article 022": the account the credit is taken from
        own_side = budget_side(acc["side"]) if acc["side"] else side
        found.append(Found("line", section, own_side, _account(acc["art"]), None, None, "", value, (first,)))
    return found


# The amount of the clause before: "augmenter l'article 61521 de 2 400 € et diminuer l'article 022 du même montant"
_SAME_AMOUNT = regex.compile(r"\b(?:du\s+m[êe]me\s+montant|de\s+la\s+m[êe]me\s+somme|d['’]\s*autant(?=\s*(?:[.,;:)]|$))"
                             r"|[àa]\s+due\s+concurrence)\b", regex.I)  # "d'autant" closing its clause, not "d'autant plus/que"


def _amount_after(clause: str, at: int) -> Decimal | None:
    """Where a clause holds several amounts as money ("Afin de régler la facture de 2 340 €, il convient d'augmenter
    l'article 61521 de 2 400 €", "ouvrir 1 500 € à l'article 6232 pour régler la facture de 1 480 €"), the one nearest
    the account; None when it holds one or none (read as before)."""
    money = [m for m in AMOUNT_TEXT.finditer(clause)
             if (m["cur"] or m["amt"].strip()[:1] in "-+−–") and _amount_in(m["amt"].strip()) is not None]
    if len(money) < 2:
        return None
    nearest = min(money, key=lambda m: at - m.end() if m.end() <= at else m.start() - at)
    return _amount_in(nearest["amt"].strip())


def _pair_in_order(loose: list[_Loose]) -> list[Found]:
    """A list whose items print the amount and the account on two lines ("Chapitre 041 -
    Opérations patrimoniales + 900 €" then "Article 2188 - Autres immobilisations"): each
    account takes the amount next to it, before or after, under the same context."""
    out: list[Found] = []
    taken: set[int] = set()
    for k, item in enumerate(loose):
        if item.account is None or item.amount is not None:
            continue
        for j in (k - 1, k + 1):
            if not 0 <= j < len(loose) or j in taken:
                continue
            other = loose[j]
            if other.account is not None or other.amount is None or (other.section, other.side) != (item.section, item.side):
                continue
            taken.add(j)
            out.append(Found("line", item.section, item.side, item.account, item.chapter or other.chapter, None,
                             item.label or other.label, other.amount, tuple(sorted({item.index, other.index}))))
            break
    return out


def _clause_amount(text: str, fallback: Decimal | None = None) -> Decimal | None:
    """The amount of a clause: one that reads as money (`_signed_amount`), else the one it names ("d'un montant de
    1 200", "la somme de 1 200"), else `fallback` (the amendment's single amount)."""
    value = _signed_amount(text)
    if value is None:
        named = _MOVE_AMOUNT.search(text)
        value = _amount_in(named["amt"]) if named else fallback
    return value


def _signed_amount(text: str) -> Decimal | None:
    """An amount that reads as money: signed ("+ 5500€", "-1507.50") or with its currency."""
    for m in AMOUNT_TEXT.finditer(text):
        raw = m["amt"].strip()
        if raw[:1] in "-+−–(" or m["cur"]:
            value = _amount_in(raw)
            if value is not None:
                return value
    return None


def _minus_in_words(text: str) -> bool:
    """The amount `_signed_amount` reads is negative in words: "moins" right before it or "en moins" right after it,
    its printed sign kept ("+ 500 € (soit 200 € en moins qu'au BP)" stays +500)."""
    for m in AMOUNT_TEXT.finditer(text):
        raw = m["amt"].strip()
        if (raw[:1] in "-+−–(" or m["cur"]) and _amount_in(raw) is not None:
            if raw[:1] in "-+−–(":
                return False  # a printed sign is never overridden
            return bool(_MINUS_BEFORE.search(text[:m.start("amt")]) or _MINUS_AFTER.search(text[m.end():]))
    return False


def _label_of(text: str) -> str:
    text = AMOUNT_TEXT.sub(" ", _BULLET.sub("", text))
    text = regex.sub(r"(?i)\b(?:augmentation|diminution)\s+de\s+cr[ée]dits?\b|[€:,]", " ", text)
    return " ".join(text.split()).strip(" -–+")


def _pair_by_position(doc: Document, loose: list[tuple[int, str]], section: str | None, side: str | None) -> list[Found]:
    """Scanned tables whose OCR lines come out of order: each account takes the nearest amount."""
    accounts, amounts, chapters = [], [], []
    for i, text in loose:
        line = doc.lines[i]
        y = line.top if line.top is not None else float(i)
        for m in ACCOUNT_REF.finditer(text):
            after = text[m.end():]
            accounts.append((y, i, _account(m["art"]), _label_of(after)))
        for m in CHAPTER_REF.finditer(text):
            chapters.append((y, line.x0 or 0.0, m["chap"]))
        value = _signed_amount(regex.sub(ACCOUNT_REF, " ", regex.sub(CHAPTER_REF, " ", text)))
        if value is not None:
            amounts.append((y, i, value, _label_of(regex.sub(ACCOUNT_REF, " ", text))))
    pairs = sorted(((abs(a[0] - m[0]), ai, mi) for ai, a in enumerate(accounts) for mi, m in enumerate(amounts)))
    taken_a, taken_m, out = set(), set(), []
    for distance, ai, mi in pairs:
        if ai in taken_a or mi in taken_m or distance > 40:
            continue
        taken_a.add(ai)
        taken_m.add(mi)
        y, i, art, label = accounts[ai]
        my, mi_line, value, amount_label = amounts[mi]
        near = [c for c in chapters if abs(c[0] - y) <= 6]
        chapter = near[0][2] if near else None
        out.append(Found("line", section, side, art, chapter, None, label or amount_label, value, tuple(sorted({i, mi_line}))))
    return sorted(out, key=lambda f: f.line_indexes)


def _account_section(article: str, chapter: str | None, side: str | None) -> str | None:
    return chart.chapter_section(chapter) or chart.chapter_section(chart.account_chapter(article, side)) or (
        "fonctionnement" if article[:1] in "67" else "investissement" if article[:1] in "12345" else None
    )


def _account_side(article: str) -> str:
    if article.startswith("7") or article in ("021", "002", "001"):
        return "recette"
    return "dépense"


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


def read_block(doc: Document, block: Block) -> list[Found]:
    """Everything one amendment block holds, tables first, then lists and prose."""
    found, used = _read_tables(_block_vlines(doc, block), block)
    if not any(f.kind == "line" for f in found):
        found += _read_plain(doc, block, used)
    return found


def extract(doc: Document, seg: Segmentation, facts: Extraction | None = None) -> dict:
    """Budget lines and totals of every amendment the document treats. It reads no earlier extractor's facts."""
    lines: list[BudgetLine] = []
    totals: list[BudgetTotal] = []
    found = [(block, read_block(doc, block)) for block in find_blocks(doc, seg)]
    notes = [note for block, block_found in found if (note := _annex_note(doc, block, block_found))]
    for block, block_found in found:
        for f in block_found:
            indexes = [i for i in f.line_indexes if 0 <= i < len(doc.lines)]
            start = min(doc.lines[i].start for i in indexes) if indexes else 0
            end = max(doc.lines[i].end for i in indexes) if indexes else 0
            if block.span is not None:  # a line running on across sections: the section's part of it
                start, end = max(start, block.span[0]), min(end, block.span[1])
            provenance = doc.provenance(start, end)
            if f.kind == "total":
                totals.append(BudgetTotal(block.item_number, block.amendment, block.budget, f.section, f.side, f.amount, provenance))
                continue
            if f.amount == 0:
                continue  # the rule for every layout (docs/budget.md): a line of 0 (a cell printed 0,00, a column the line does not move) is none
            side = f.side or _account_side(f.article)
            section = f.section or _account_section(f.article, f.chapter, side)
            label = " ".join(f.label.split())
            charted = chart.account_chapter(f.article, side, f.chapter)
            chapter = f.chapter or chart.account_chapter(f.article, side)
            if chapter and charted and chapter != charted and chapter.zfill(3) == charted:
                chapter = charted  # "22" printed for the chart's "022", "13" for "013": the same chapter, its zero dropped
            lines.append(BudgetLine(
                item_number=block.item_number, amendment=block.amendment, budget=block.budget,
                section=section or "", side=side, article=f.article, chapter=chapter,
                operation=f.operation, label=label, amount=f.amount, chart_chapter=charted,
                provenance=provenance,
            ))
    return {"budget_lines": lines, "budget_totals": totals, "notes": notes}


# The amendment's table is in an annex: "tableau joint en annexe", "ci-annexé", "voir annexe", "détaillée en annexe"
_ANNEX = regex.compile(r"\b(?:en\s+annexe|ci-?\s?annex[ée]e?s?|annex[ée]e?s?\s+(?:à|a)\s+la\s+pr[ée]sente|voir\s+(?:l['’]\s*)?annexe)\b", regex.I)


def _annex_note(doc: Document, block: Block, found: list[Found]) -> str | None:
    """What the minutes give of an amendment whose table is in an annex that is not in the file:
    the lines its text states, or none. None when the block has its table."""
    if any(f.kind == "total" for f in found) or not any(_ANNEX.search(_line_text(doc, i, block.span)) for i in block.lines):
        return None
    if any(_text_is_header(_line_text(doc, i, block.span)) for i in block.lines) or any(
            t.strategy != "text" and any(r.lines and r.lines[0] in set(block.lines) for r in t.rows) for t in doc.tables):
        return None  # a table is printed: the annex is another document
    where = f" (point {block.item_number})" if block.item_number else ""
    count = sum(1 for f in found if f.kind == "line")
    read = f"{count} ligne(s) lue(s) dans le texte" if count else "aucune ligne lue"
    return f"{block.amendment}{where} : tableau en annexe, absent du document : {read}"
