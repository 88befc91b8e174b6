"""Civilities and person names as French minutes print them: "M. Jérôme BERNARD", "BERNARD
Jérôme", "Mme DECKER", "CAUQUIL R.", "M. le Maire".

One grammar for the extractors (reading names), the checks (comparing them) and persons
(resolving them across meetings).
"""

from __future__ import annotations

import functools

import regex

from pipeline.text import fold

# A civility, folded and without its dot, and how it is written: "monsieur" -> "M.", "mmes" -> "Mmes"
CIVILITIES = {
    "m": "M.", "mr": "M.", "monsieur": "M.", "mme": "Mme", "madame": "Mme", "mlle": "Mlle", "mademoiselle": "Mlle",
    "mmes": "Mmes", "mesdames": "Mmes", "mm": "MM.", "mrs": "MM.", "messieurs": "MM.", "dr": "Dr", "docteur": "Dr",
}
# A civility before a name: "M. ", "Mme ", "Mme. ", "Monsieur ", "Madame ", "Mmes ", "MM. "
CIVILITY = regex.compile(
    r"^(?P<civ>Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Mmes|Mme\.?|Mlle\.?|MM\.?|Mrs\.?|Mr\.?|M\.|Dr\.?|Docteur)\s+", regex.I)
# The four civilities one person is written with, as an alternation for patterns that only ask whether a name follows
# ("M. ", "Mme ", "Monsieur ", "Madame "): attendance's counts before the names, its conduct of the session, the mayor
# presiding
CIVILITY_WORD = r"(?:M\.|Mme|Monsieur|Madame)"
# Words that name a function, not a person: "Maire", "Directeur Général des Services", "chef de cabinet"
ROLE_WORDS = frozenset({
    "maire", "adjoint", "adjointe", "adjoints", "president", "presidente", "vice-president", "vice-presidente", "vice",
    "directeur", "directrice", "chef", "cheffe", "conseiller", "conseillere", "conseillers", "secretaire",
    "responsable", "dgs", "dga", "dst", "tresorier", "tresoriere", "receveur", "delegue", "deleguee", "charge",
    "chargee", "agent", "attache", "attachee", "technicien", "technicienne", "redacteur", "redactrice",
    "comptable", "assistant", "assistante", "premier", "premiere", "deuxieme", "troisieme", "quatrieme",
    "cinquieme", "1er", "1ere", "2eme", "3eme", "4eme", "5eme", "elu", "elue", "membre", "representant",
    "gestionnaire", "coordinateur", "coordinatrice", "juriste", "ingenieur", "collaborateur", "collaboratrice",
})
NAME_PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "le", "la", "van", "von", "da", "di", "del", "dos"})
# A member named with a civility: "Mme DECKER", "M. Gilles PAPIN", "Monsieur TANGUY", "M.GOSSOT", and with a surname
# written in small letters "M. Garnier", "Mme Marie Fabre" (not "M. le Maire": see is_role)
PERSON_WITH_CIVILITY = regex.compile(
    r"\b(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Mademoiselle)\s*"
    r"(?:(?:\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?\s+){0,3}\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+|\s+\p{Lu}\.)?"
    r"|\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?(?![\p{L}]))"
)
# A name without civility, surname in capitals: "DECKER Marie", "Jean DUTILLOY", "CAUQUIL R."
PERSON_IN_CAPITALS = regex.compile(
    r"(?<![\p{L}])(?:\p{Lu}[\p{Ll}'’-]+\s+)?\p{Lu}{2,}[\p{Lu}'’-]*(?:\s+\p{Lu}[\p{Ll}'’-]+|\s+\p{Lu}\.)?(?![\p{L}])"
)
# The words of a name, as name_tokens splits them (letters and digits, folded, upper case)
_NON_WORD = regex.compile(r"[^A-Z0-9]+")
_CIVILITY_TOKENS = frozenset(c.upper() for c in CIVILITIES)
# A function written with its article: "M. le Maire", "Madame la Vice-Présidente"
_ROLE_TOKENS = frozenset(_NON_WORD.split(" ".join(ROLE_WORDS).upper())) | {"LE", "LA", "L"}


def normal_civility(word: str | None) -> str | None:
    """How a civility is written: "Monsieur" -> "M.", "mme." -> "Mme"; None for another word."""
    if not word:
        return None
    return CIVILITIES.get(fold(word).strip().rstrip("."))


def split_civility(name: str) -> tuple[str | None, str]:
    """("M.", "Jérôme BERNARD") from "M. Jérôme BERNARD".

    >>> split_civility("Mme. DECKER")
    ('Mme', 'DECKER')
    """
    name = " ".join(name.split())
    m = CIVILITY.match(name)
    if not m:
        return None, name
    return normal_civility(m["civ"]) or m["civ"], name[m.end():]


@functools.lru_cache(maxsize=16384)
def is_surname_word(word: str) -> bool:
    """A word in capitals, as minutes print a surname: "BERNARD", "LE-BIHAN" (not "R.", "Jean")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# A word standing alone, of letters with its apostrophes and hyphens: "GEORGET", "HELLEGOUARC’H", "LE-BIHAN", "Jean" (not
# "1ER", nor a piece of "Jean-PIERRE" or "McDONALD")
_LETTER_WORD = regex.compile(r"(?<![\w'’\-])\p{L}[\p{L}'’\-]*(?![\w'’\-])")


def surnames_in(text: str, shortest: int = 3) -> list[str]:
    """The words in capitals a text prints (is_surname_word), as surnames alone are in a list, of `shortest` characters
    at least.

    >>> surnames_in("GEORGET, LE BOUFFANT, M. Jean HELLEGOUARC’H, 1ER ADJOINT, Jean-PIERRE")
    ['GEORGET', 'BOUFFANT', 'HELLEGOUARC’H', 'ADJOINT']
    """
    return [w for w in _LETTER_WORD.findall(text) if len(w) >= shortest and is_surname_word(w)]


# Letters a text layer set apart from their word: "GIACOSA Patric k" (a lone lower-case letter ends the word before it),
# "BRET P hilippe" (a lone capital, without its dot, opens the lower-case word after it), "Sébastien W ACRENIER" (a lone
# capital between a given name and a SURNAME opening on a vowel opens that SURNAME; never an initial before a consonant,
# "Jean P DURAND", nor without a given name before it, "G LUVERA")
_SPLIT_LETTER = regex.compile(r"(?<=(?:^|\s)\p{Lu}\p{Ll}+) (?=[^\P{Ll}aày](?:\s|$|[,;.)]))|(?<=(?:^|\s)[^\P{Lu}AÀ]) (?=\p{Ll}{4,}\b)"
                           r"|(?<=(?:^|\s)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s[^\P{Lu}AÀEÉY]) (?=[AEIOUYÉÈ]\p{Lu}{3,}(?:\s|$|[,;.)]))")
# A hyphen the text layer printed with spaces around it, inside one person's name: "BROCA - LANNAUD Marie - Thérèse"
_SPACED_HYPHEN = regex.compile(r"(?<=\p{L}) ?- (?=\p{L})|(?<=\p{L}) -(?=\p{L})")


def mend_split_words(text: str) -> str:
    """A name with its letters put back together: "GIACOSA Patric k" -> "GIACOSA Patrick", "BRET P hilippe" -> "BRET Philippe".

    >>> mend_split_words("BRET P hilippe")
    'BRET Philippe'
    >>> mend_split_words("M. Jean DUPONT")
    'M. Jean DUPONT'
    """
    return _SPLIT_LETTER.sub("", text) if " " in text else text


# Words a page glued together where its source lost a line break or a space (pages saved without their line ends):
# a civility written out glued to the name ("MadameETORÉ Jeanne", "MonsieurRICARD"), a SURNAME in capitals glued to the
# given name after it ("PARÉSylvain", "LASSERREClaude"); never a name of mixed case ("McDONALD", "DeBOIS", "LeBRETON")
_GLUED_WORDS = regex.compile(
    r"(?<=\b(?:Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|MONSIEUR|MADAME))(?=\p{Lu}{2})"
    r"|(?<=(?:^|[\s,;:(])\p{Lu}[\p{Lu}'’-]*\p{Lu})(?=\p{Lu}\p{Ll}{3,}(?:[\s,;.)]|$))"
)


# A SURNAME's initial glued after it by its dot, the entry's end: "BARRABES.M" (a list of "SURNAME I." entries: "OLMOS M. -
# BARRABES.M – MALDONADO A."); never a civility ("MM.BLANC"), nor a SURNAME before the next ("STOFKOOPER.GOASGUEN")
_GLUED_INITIAL = regex.compile(r"(?<=(?:^|\s)\p{Lu}[\p{Lu}'’-]{2,})\.(\p{Lu})(?=\s*$)")


def mend_glued_words(text: str) -> str:
    """A name with the space its source lost put back: "MadameETORÉ Jeanne" -> "Madame ETORÉ Jeanne",
    "PARÉSylvain" -> "PARÉ Sylvain", "BARRABES.M" -> "BARRABES M.".

    >>> mend_glued_words("Monsieur LASSERREClaude"), mend_glued_words("M. Paul McDONALD")
    ('Monsieur LASSERRE Claude', 'M. Paul McDONALD')
    """
    return _GLUED_INITIAL.sub(r" \1.", _GLUED_WORDS.sub(" ", text))


def mend_hyphens(name: str) -> str:
    """One person's name with its spaced hyphens closed: "BROCA - LANNAUD Marie - Thérèse" -> "BROCA-LANNAUD Marie-Thérèse".

    Only for a span known to hold one name (a secretary, a president): in a list, " - " separates names.

    >>> mend_hyphens("BROCA - LANNAUD Marie - Thérèse")
    'BROCA-LANNAUD Marie-Thérèse'
    """
    return _SPACED_HYPHEN.sub(_hyphen, mend_line_breaks(name))  # (a word a line's end cut first: "MA- RANGONI")


def _hyphen(m: regex.Match) -> str:
    """A spaced hyphen between two words of one kind (both SURNAMES, or both given names) is one; else it stays."""
    text = m.string
    before = regex.search(r"[\p{L}'’]+$", text[:m.start()])
    after = regex.match(r"[\p{L}'’]+", text[m.end():])
    if before and after and is_surname_word(before.group()) == is_surname_word(after.group()) and not is_role_word(after.group()):
        return "-"
    return m.group()


def normalise_person(name: str) -> str:
    """Given names then SURNAME, civility apart.

    >>> normalise_person("BERNARD Jérôme")
    'Jérôme BERNARD'
    >>> normalise_person("M. Jérôme BERNARD")
    'Jérôme BERNARD'
    """
    _, rest = split_civility(name)
    words = rest.split()
    if len(words) < 2:
        return rest
    surname = [w for w in words if is_surname_word(w)]
    given = [w for w in words if not is_surname_word(w)]
    if surname and given:
        return " ".join(given + surname)
    return rest


# Words that open the name of an organisation, never a person's: "Bureau d'Etudes Naldéo", "Cabinet Dupont",
# "Trésorerie de Privas", "Société SAUR", "Agence de l'eau"
ORGANISATION_WORDS = frozenset({
    "bureau", "bureaux", "cabinet", "societe", "agence", "service", "services", "tresorerie", "direction", "association",
    "syndicat", "commune", "communaute", "departement", "prefecture", "sous-prefecture", "office", "entreprise", "groupe",
    "centre", "etablissement", "banque", "caisse", "chambre", "region", "mairie", "ville", "sarl", "sas", "eurl",
    "federation", "institut", "laboratoire", "compagnie", "cooperative", "fondation", "gendarmerie", "brigade",
})


def is_organisation_word(word: str) -> bool:
    """True for a word that opens an organisation's name: "Bureau", "Cabinet", "Trésorerie"."""
    return fold(word.strip(",;:()")).rstrip(".") in ORGANISATION_WORDS


# Words of the titles and labels that follow a name on the same line, never part of it:
# "Mme Valérie SALLE Date de la convocation", "M. Pascal TRIBES ORDRE DU JOUR"
TITLE_WORDS = frozenset({
    "ordre", "date", "nombre", "compte", "rendu", "proces", "verbal", "seance", "conseil", "deliberation", "deliberations",
    "presents", "absents", "excuses", "pouvoirs", "procurations", "approbation", "objet", "reunion", "republique",
    "departement", "arrondissement", "questions", "informations", "decisions", "etaient", "secretaire", "convocation",
    "affichage", "publication", "votants", "quorum", "conseillers", "membres", "lieu", "heure", "vote",
    # "Secrétaire de séance : Michel COTTEN" / "ETAT DES PRESENCES", "Liste d'émargement": the heading under a name
    "etat", "presences", "emargement",
    # a section's heading run into the line after the secretary's name: "Est nommé secrétaire, Mr MARCHAIS AFFAIRES GENERALES"
    "affaires", "generales",
})


def _is_title_word(word: str) -> bool:
    return fold(word.strip(",;:().")).lower() in TITLE_WORDS


def is_role_word(word: str) -> bool:
    """True for a word that names a function: "Maire", "Directrice", "DGS"."""
    word = fold(word.strip(",;:()")).rstrip(".").replace("(e)", "").replace("(s)", "s")
    # plurals after a group of names: "Christine CONSTANT Adjoints", "Paul LAGRAVE Vice-Présidents", "Conseillères municipales";
    # "vice" glued to the function, the hyphen a line's end cut lost: "Viceprésidents", "VICEPRESIDENTE" (never "Vicente")
    for w in (word, word[:-1] if word.endswith("s") else ""):
        if w in ROLE_WORDS or (w.startswith("vice") and w[4:].lstrip("-") in _VICE_ROLES):
            return True
    return False


_VICE_ROLES = frozenset({"president", "presidente", "presidents", "presidentes"})


@functools.lru_cache(maxsize=16384)  # the checks compare every name of a session with every other
def name_tokens(name: str | None) -> tuple[str, ...]:
    """Words of a person's name, folded, upper case, without a leading civility.

    >>> name_tokens("Mme Danielle RAMERINI")
    ('DANIELLE', 'RAMERINI')
    """
    words = [w for w in _NON_WORD.split(fold(str(name or "")).upper()) if w]
    while words and words[0] in _CIVILITY_TOKENS:
        words.pop(0)
    return tuple(words)


def is_role(name: str | None) -> bool:
    """True for a function rather than a name: "M. le Maire", "Madame la Vice-Présidente"."""
    words = name_tokens(name)
    return bool(words) and all(w in _ROLE_TOKENS for w in words)


def same_person(a: str | None, b: str | None, *, surname_alone: bool = True) -> bool:
    """Two spellings of one person: the same words in any order, or initials for given names
    ("CAUQUIL R." = "René CAUQUIL"), always sharing a whole word; with `surname_alone`, a
    surname alone stands for the full name ("BERNARD" = "Jérôme BERNARD").
    "Jean MARTIN" != "Paul MARTIN".

    >>> same_person("CAUQUIL R.", "René CAUQUIL"), same_person("M. BERNARD", "Jérôme BERNARD", surname_alone=False)
    (True, False)
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if set(ta) == set(tb):
        return True
    if not surname_alone and len(ta) != len(tb):
        return False
    if surname_alone:
        for one, other in ((ta, tb), (tb, ta)):
            if len(one) == 1 and len(one[0]) > 1 and one[0] in other:
                return True
    longs_a = {t for t in ta if len(t) > 1}
    longs_b = {t for t in tb if len(t) > 1}
    if not longs_a & longs_b:
        return False
    small, big = (ta, tb) if len(longs_a) <= len(longs_b) else (tb, ta)
    rest = [w for w in big if w not in small]  # an initial stands for a word the other names besides: "GUIRAUD G." != "GUIRAUD M."
    for t in small:
        if len(t) == 1:
            if not any(w.startswith(t) for w in rest):
                return False
        elif t not in big:
            return False
    return True


def read_name(text: str) -> tuple[str | None, str, int] | None:
    """The civility and person's name that open `text`, and where the name ends; None if none.

    Stops at a comma, a role word or a lower-case word. Without a civility, a SURNAME in capitals
    is required, so that "Conseil Municipal" is not read as a person.

    >>> read_name("Madame Florence DEMOUY, maire.")
    ('Mme', 'Florence DEMOUY', 22)
    >>> read_name("M. Jérôme BERNARD en date du 24 septembre 2024")
    ('M.', 'Jérôme BERNARD', 17)
    """
    m = CIVILITY.match(text.lstrip())
    lead = len(text) - len(text.lstrip())
    civility = split_civility(text.lstrip())[0] if m else None
    pos = lead + (m.end() if m else 0)
    words = list(regex.finditer(r"[^\s,;:()*]+", text[pos:]))  # (a star ends a name: "M. RODA* Mme VIOLLET*")
    taken: list[regex.Match] = []
    for i, w in enumerate(words):
        word = w.group()
        gap = text[pos + (taken[-1].end() if taken else 0): pos + w.start()] if taken else ""
        if taken and (any(c in gap for c in ",;:()*") or gap.count("\n") > 1):
            break
        whole = any(is_surname_word(t.group()) for t in taken) and any(not is_surname_word(t.group()) for t in taken)
        if "\n" in gap and whole and not (is_surname_word(word) and not _is_title_word(word)):
            break  # "Pascal TRIBES\nORDRE DU JOUR": a full name runs on to the next line only in capitals ("COSTA\nRIBEIRO GOMES")
        if is_role_word(word) or _is_title_word(word):
            break  # "Mme Valérie SALLE Date de la convocation", "Mme X Ordre du jour"
        if taken and word != "M." and CIVILITY.match(word + " "):
            break  # the next name's civility: "Mr GUERRIER- Mme LESENEY" (not "M.", an initial: "LANET M.")
        if whole and not is_surname_word(taken[0].group()) and word[:1].isupper() and not is_surname_word(word):
            break  # given names then SURNAME: a capitalised word after them opens something else
        nxt = words[i + 1].group() if i + 1 < len(words) else ""
        if word[:1].isupper() or INITIALS.fullmatch(word) or (word.lower() in NAME_PARTICLES and nxt[:1].isupper() and not is_role_word(nxt)):
            taken.append(w)
            continue
        break
    while taken and taken[-1].group().lower() in NAME_PARTICLES:
        taken.pop()
    if not taken:
        return None
    end = pos + taken[-1].end()
    name = " ".join(text[pos + taken[0].start(): end].split())
    if name.endswith(".") and not _SENTENCE_DOT.search(name):
        name, end = name[:-1], end - 1
    letters = [w for w in name.split() if len(regex.sub(r"[^\p{L}]", "", w)) >= 2 and w.lower() not in NAME_PARTICLES]
    if not letters:
        return None
    if civility is None and not any(is_surname_word(w) for w in name.split()):
        return None
    return civility, name, end
# A name in small letters right after a label that announces one person ("Secrétaire de séance : Anne-Marie Allibert",
# "Secrétaire de séance : M Guy Debureaux"): a civility (with or without its dot), then a given name and a surname,
# each capitalised, ending where the label's line or sentence does (a number, a comma, a word in small letters)
_LABELLED_NAME = regex.compile(
    r"(?:(?P<civ>Monsieur|Madame|Mademoiselle|Mme|Mlle|Mr|M)\.?\s+)?"
    r"(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \t]+(?:(?:de|du|le|la|van|von|da|di|d['’])[ \t]*)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})"
    r"(?=[ \t]*(?:$|\n|[,.;:()/–-]|\d|[ \t]\p{Ll}|[ \t]\p{Lu}{2,}\b))")


def read_labelled_name(text: str) -> tuple[str | None, str, int] | None:
    """Like `read_name`, for the text right after a label that names one person, where a name written in small
    letters is accepted too ("Anne-Marie Allibert 1/ Demande ..." -> (None, "Anne-Marie Allibert", 19));
    never a function, a title or an organisation ("Monsieur le Maire", "Conseil Municipal", "Commune de Flaux").

    >>> read_labelled_name("M Guy Debureaux, L'ordre du jour")
    ('M.', 'Guy Debureaux', 15)
    """
    found = read_name(text)
    if found:
        return found
    lead = len(text) - len(text.lstrip())
    m = _LABELLED_NAME.match(text, lead)
    if not m:
        return None
    words = m["name"].split()
    if any(is_role_word(w) or _is_title_word(w) or is_organisation_word(w) for w in words):
        return None
    if fold(words[0]).lower() in CIVILITIES:
        return None
    civility = normal_civility(m["civ"]) if m["civ"] else None
    return civility, " ".join(words), m.end("name")


# --------------------------------------------------------------------------------------------
# A person named in a list or a statement: civility, name, function
# --------------------------------------------------------------------------------------------

# Nobody named: "Absents : néant", "Excusés : aucun", "Pouvoirs : /"
NOBODY = regex.compile(r"^\W*(?:n[ée]ant|aucune?|personne|sans\s+objet|ras|nul)\W*$", regex.I)
# A count in place of names: "(18)", "[3]", "soit 16 présents"
COUNT_ONLY = regex.compile(r"^\W*(?:soit\s+)?\d+\W*(?:\w+\W*)?$")
# "M Paul DURAND", "M DUPONT": "M." without its dot, before a capitalised word
_BARE_M = regex.compile(r"^M\s+(?=\p{Lu}\p{L}*(?:[\s-]|$))")
# A civility glued to the given name: "M.Jean DUPONT", "Mme.Anne MARTIN" (never initials: "M.J. DUPONT")
# or with a stray dot: "Mme. Anne MARTIN"
# or to a SURNAME: "MM.BLANC", "M.GOSSOT"
_GLUED_CIVILITY = regex.compile(r"^(MM\.|M\.|Mme|Mlle)\.?\s*(?=\p{Lu}\p{Ll}|\p{Lu}{3})")
# A given name in lower case between a civility and a SURNAME in capitals, as OCR reads a capital it takes for a small
# letter: "Mme joëlle MOALIC-VERECCHIA" (never "M. le MAIRE": a particle or article stays)
_LOWER_GIVEN = regex.compile(r"^(\p{Ll}[\p{Ll}'’-]{2,})\s+(?=\p{Lu}[\p{Lu}'’-]+(?:[\s,;.)]|$))")
_NOT_LETTER = regex.compile(r"[^\p{L}]")  # "O'NEILL" -> "ONEILL"
# A given name's initials, one grammar: 1 to 3 capitals with dots or hyphens in any placement, at least one mark
# ("R.", "M.J.", "J.-P.", "J-M.", "J.F", "JP.", "MJ.", "J-P", "JPM."; m10 Verfeil "JP. CULOS, MJ. SCHIFANO, RM. MARTINEZ
# FUENTE"); two capitals with no mark are _BARE_INITIALS (an acronym as well), "MM." is the civility of Messieurs
# (a run of capitals with its dot only at the end only when no vowel follows the first: "AM.", never "ROY.", "LE.", a
# SURNAME at a sentence's end)
INITIALS_PATTERN = (r"(?!MM\.)(?:\p{Lu}(?:\.-?|-)\p{Lu}(?:(?:\.-?|-)?\p{Lu})?\.?"  # "J.P.", "J-P", "J.-P.", "J.F", "J.P.M."
                    r"|\p{Lu}(?:(?![AEIOUYÉÈ])\p{Lu}){1,2}\."  # "JP.", "MJ.", "RM.", "JPM."
                    r"|\p{Lu}\.)")  # "R."
INITIALS = regex.compile(INITIALS_PATTERN)
_VOWEL = regex.compile(r"[aeiouy]")
_LONE_INITIAL = regex.compile(r"\p{Lu}")  # an initial printed without its dot: "CHABBERT R", "G LUVERA"
_BARE_INITIALS = regex.compile(r"\p{Lu}{2}")  # two initials without their dots, before a SURNAME: "JF LALY"
_SENTENCE_DOT = regex.compile(rf"(?:^|\s){INITIALS_PATTERN}$")  # the dot of initials ends a name: "CAUQUIL R.", "CULOS JP."
# Words of counts and labels, never a person: "Présents : 15 - Votants : 17", "Pouvoirs : 2"
# ... and words that open a remark in place of names: "Présents : Tous", "L'ensemble des conseillers",
# "Pouvoirs : Sans objet", "Voir liste annexée", "Liste en annexe", "Les membres du Bureau", "Commune de Flaviac"
NOT_A_NAME = frozenset({"votants", "votant", "presents", "present", "absents", "absent", "excuses", "excuse", "pouvoirs",
                        "procurations", "exprimes", "suffrages", "quorum", "membres", "conseillers", "total", "nombre",
                        "tous", "toutes", "l'ensemble", "l’ensemble", "ensemble", "les", "sans", "voir", "liste", "cf",
                        # a table's header run into a list: "TITULAIRES : Nom Prénom Date de Naissance Collectivité",
                        # "NOM et Prénom"
                        "nom", "noms", "prenom", "prenoms",
                        "commune", "communes", "ville", "mairie", "services", "idem", "nota", "approbation", "pour",
                        # the header's words ("Arrondissement de", "Département du Bas-Rhin", "Canton de X")
                        "arrondissement", "departement", "canton", "republique", "region", "prefecture"})


def is_whole_name(words: list[str]) -> bool:
    """A SURNAME in capitals and a given name in lower case: ["DELAERE", "Hubert"], ["Paul", "LE", "BIHAN"]."""
    return (any(is_surname_word(w) and w.lower() not in NAME_PARTICLES for w in words)
            and any(w[:1].isupper() and not is_surname_word(w) and len(w) > 1 for w in words))


_CIVILITY_WORDS = frozenset({"Monsieur", "Madame", "Mademoiselle", "Messieurs", "Mesdames"})  # as written before a name
# Words that open a sentence, capitalised, never a part of a name: after a whole name and before a word in small letters they
# open the prose run on after it ("… à Henri STEPHAN En l'absence du Maire", a counts box's line run into a list of proxies;
# "Paul DURAND Pour le vote du budget")
SENTENCE_OPENERS = frozenset({"En", "Au", "Aux", "Dans", "Pour", "Par", "Sur", "Avec", "Sans", "Lors", "Après", "Avant", "Puis",
                              "Il", "Elle", "Ils", "Elles", "Ce", "Cette", "Un", "Une", "Et", "Ou", "Qui", "Vote", "Vu"})
# A proxy's verb written out: "donne pouvoir à", "a donné procuration à", "donnant pouvoir à" (attendance reads the proxy; the
# segmentation never reads "A. FIOT donne pouvoir à F. PETIT", an initial before the giver's SURNAME, as item A)
# Its pieces, one alternation each, shared by every pattern that reads a proxy's verb (extractors/attendance.py's lists,
# runs and sentences): the verb "a donné", "ayant donné", "avait donné", "donne", "donnant", or another verb of handing
# over ("ayant remis un pouvoir à", "a délégué son vote à", "a confié sa procuration à", "transmet son pouvoir à"); its
# object "pouvoir", "son pouvoir", "un pouvoir", "procuration", "délégation", "mandat", "son vote", "sa voix"
PROXY_GIVES = (r"(?:(?:a|ayant|avait|qui\s+a)\s+(?:donné|remis|confié|délégué|transmis)|donne|donnant|remet|remettant|confie|confiant"
               r"|délègue|déléguant|transmet|transmettant)")
PROXY_GIVEN = r"(?:(?:son\s+|sa\s+|un\s+|une\s+)?(?:pouvoir|procuration|délégation|mandat)|son\s+vote|sa\s+voix)"
PROXY_VERB = regex.compile(rf"\s{PROXY_GIVES}\s+{PROXY_GIVEN}(?:\s+de\s+vote)?\s+(?:à|a)\s+(?=\S)", regex.I)
# The narrative that follows the lists, run into the last one where the page lost its line ends: a sentence opened by one
# of these words and a word in small letters ("… MALFONDET Michel (VAUBAN) Après un mot de présentation de …", "… Il
# présente ses félicitations à M. X", "Lors de sa séance …"); never "Pour la Commune de X, Monsieur Y", a delegate's group
NARRATIVE_START = regex.compile(r"^\s*(?-i:Après|Avant|Puis|Ensuite|Il|Elle|Ils|Elles|Ce|Cette|Lors)\s+(?-i:\p{Ll}[\p{Ll}'’]*)(?:\s|$)")


def _capital_after_particles(words: list[str], i: int) -> bool:
    """The words from i on are particles, then a capitalised word: "de la PERRAUDIERE" (a particle of two words)."""
    while i < len(words) and words[i].lower() in NAME_PARTICLES:
        i += 1
    return i < len(words) and words[i][:1].isupper()


@functools.lru_cache(maxsize=8192)
def name_and_role(text: str) -> tuple[str, str]:
    """Split "DIVERRES Directeur des Services Techniques" into the name and the role.

    A particle after a whole name (a SURNAME and a given name) opens a place, not the name:
    "DELAERE Hubert de JOUARRE" -> "DELAERE Hubert".

    >>> name_and_role("DIVERRES Directeur des Services Techniques")
    ('DIVERRES', 'Directeur des Services Techniques')
    >>> name_and_role("Henri STEPHAN En l’absence du Maire")
    ('Henri STEPHAN', 'En l’absence du Maire')
    """
    words = text.split()
    name: list[str] = []
    for i, word in enumerate(words):
        bare = word.strip(",;:")
        if bare in SENTENCE_OPENERS and i + 1 < len(words) and words[i + 1][:1].islower() and is_whole_name(name):
            return " ".join(name), " ".join(words[i:]).strip(" ,;:-–")
        if is_role_word(bare) or (name and bare in _CIVILITY_WORDS):
            # a function, or the civility of the next person ("… Nathalie SALELLE Monsieur le Maire fait l'appel")
            return " ".join(name), " ".join(words[i:]).strip(" ,;:-–")
        if len(name) >= 2 and not bare.isupper() and _is_title_word(bare):
            # the header's next label run on after the last name: "R. Condamine Date de la convocation 24 septembre"
            return " ".join(name), " ".join(words[i:]).strip(" ,;:-–")
        particle = bare in NAME_PARTICLES or (bare[:2] in ("d'", "d’") and bare[2:3].isupper())
        if particle and is_whole_name(name):
            return " ".join(name), " ".join(words[i:]).strip(" ,;:-–")
        if bare[:1].isupper() or INITIALS.fullmatch(bare) or (
            bare.lower() in NAME_PARTICLES and _capital_after_particles(words, i + 1)
        ) or (bare[:2].lower() in ("d'", "d’") and bare[2:3].isupper()):
            name.append(bare)
            continue
        return " ".join(name), " ".join(words[i:]).strip(" ,;:-–")
    return " ".join(name), ""


def clean_name(name: str) -> str:
    """A name without the punctuation around it, the dot of an initial kept ("CAUQUIL R."), a full stop dropped."""
    name = name.strip(" ,;:-–—*•")
    if name.endswith(".") and (not _SENTENCE_DOT.search(name) or _SURNAME_AT_END.search(name)):
        name = name[:-1]
    return name.strip()


# A short SURNAME in capitals without a vowel after a given name, the sentence's full stop after it: "Léa VLC." (never
# initials: initials come before a SURNAME or after one, "CAUQUIL R.", "CULOS JP.", never after a given name alone)
_SURNAME_AT_END = regex.compile(r"(?:^|\s)(?:(?:M\.|Mme|Mlle|Monsieur|Madame)\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{3}\.$")
# A word of capitals without a vowel is a SURNAME ("VLC", "NGO" has one) beside a given name or a dotted initial, never OCR
# noise of check boxes ("NV VV ONNNYN": no word of a name there)
_GIVEN_WORD = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*|\p{Lu}\.(?:-?\p{Lu}\.)?")
_VOWELLESS_SURNAME = regex.compile(r"\p{Lu}{3}")  # (one such word a name, of three capitals: "NV VV" stays noise)


@functools.lru_cache(maxsize=8192)
def is_person_name(name: str) -> bool:
    """A person's name, not a count, a remark, a function, an organisation or OCR noise.

    >>> is_person_name("Jean DUPONT"), is_person_name("Néant"), is_person_name("Bureau d'Etudes"), is_person_name("NV VV")
    (True, False, False, False)
    """
    if NOBODY.match(name) or not name.split():
        return False
    if fold(name.split()[0]).lower().strip(".:()") in NOT_A_NAME:
        return False
    words = [w for w in name.split() if w.lower() not in NAME_PARTICLES]
    if not words or not any(len(_NOT_LETTER.sub("", w)) >= 2 and w[0].isupper() for w in words):
        return False
    # two given names' initials without dots before a SURNAME: "JF LALY", "JP WISSOCQ" (as "AM CAILLE")
    # ... or a SURNAME of two words: "RM MARTINEZ FUENTE"
    bare_initials = (len(words) in (2, 3) and _BARE_INITIALS.fullmatch(words[0])
                     and all(_VOWEL.search(fold(w)) and len(w) >= 3 for w in words[1:]))
    beside_given = (len(words) >= 2 and any(_GIVEN_WORD.fullmatch(w) and _VOWEL.search(fold(w)) or INITIALS.fullmatch(w) for w in words)
                    and sum(not _VOWEL.search(fold(w)) and not INITIALS.fullmatch(w) for w in words) == 1)
    if not bare_initials and not all(INITIALS.fullmatch(w) or _LONE_INITIAL.fullmatch(w) or _VOWEL.search(fold(w))
                                     or (beside_given and _VOWELLESS_SURNAME.fullmatch(w)) for w in words):
        return False  # OCR noise from check boxes: "NV VV ONNNYN" (an initial without its dot stays: "CHABBERT R", "G LUVERA")
    if len(words) == 1 and len(_NOT_LETTER.sub("", words[0])) <= 4 and regex.search(r"\p{Ll}\p{Lu}", words[0]):
        return False  # OCR noise of a handwritten form: "LqÊ" (a short word whose case turns back up; never "McDONALD")
    if any(not is_surname_word(w) and is_organisation_word(w) for w in words):
        return False  # "Bureau d'Etudes Naldéo", "Pour la Commune de FAVIERES" (a SURNAME in capitals may be "BUREAU")
    return not COUNT_ONLY.match(name) and not is_role_word(words[0])


# A compound given name the text layer cut after its hyphen: "Jean- Claude COULON" -> "Jean-Claude COULON"
_CUT_GIVEN = regex.compile(r"(?<=(?:^|\s)\p{Lu}\p{Ll}+)-\s+(?=\p{Lu}\p{Ll})")

# A word the page's width cut at a syllable, its hyphen then a space or a line break: in small letters after it ("M Fa-
# brice ABEL", "Gé-\nrard") it is one word; inside a run of capitals ("MA- RANGONI", "DI- DIERLAURENT", "PIER- RON",
# "PER-\nRIN") one word too, unless both halves are name parts of a compound ("MAGNIN- LAMBERT", "BEJEAN- LEBUISSON":
# each half `compound_part_min` letters at least, the hyphen kept). A given name after its SURNAME is no half
# ("DEBELLE- Francis": a separator, see attendance.SEPARATOR).
_BREAK_LOWER = regex.compile(r"(?<=(?:^|[\s(])\p{Lu}\p{Ll}*)-[ \t]*\n?[ \t]*(?=\p{Ll}{2,})")
_BREAK_CAPS = regex.compile(r"(?<![\p{L}'’-])(?P<left>\p{Lu}[\p{Lu}'’]*)-(?:[ \t]+|[ \t]*\n[ \t]*)(?P<right>\p{Lu}[\p{Lu}'’]+)(?![\p{Ll}'’-])")
COMPOUND_PART_MIN = 4


def _letters(word: str) -> int:
    return sum(c.isalpha() for c in word)


def _break_caps(m: regex.Match) -> str:
    compound = min(_letters(m["left"]), _letters(m["right"])) >= COMPOUND_PART_MIN
    return f"{m['left']}-{m['right']}" if compound else m["left"] + m["right"]


def mend_line_breaks(text: str) -> str:
    r"""A name with the words a line's end cut put back: "MA- RANGONI Roberto" -> "MARANGONI Roberto", "M Fa- brice ABEL"
    -> "M Fabrice ABEL", "MAGNIN- LAMBERT" -> "MAGNIN-LAMBERT" (two name parts: the compound's hyphen).

    >>> mend_line_breaks("MA- RANGONI Roberto"), mend_line_breaks("Daniel PIER-\nRON"), mend_line_breaks("MAGNIN- LAMBERT")
    ('MARANGONI Roberto', 'Daniel PIERRON', 'MAGNIN-LAMBERT')
    >>> mend_line_breaks("DEBELLE- Francis"), mend_line_breaks("Jean- Claude"), mend_line_breaks("Fa- brice")
    ('DEBELLE- Francis', 'Jean- Claude', 'Fabrice')
    """
    if "-" not in text:
        return text
    return _BREAK_CAPS.sub(_break_caps, _BREAK_LOWER.sub("", text))


@functools.lru_cache(maxsize=8192)
def person_parts(raw: str) -> tuple[str | None, str, str]:
    """(civility, name, role) of a piece of a list: "M. GALLEN, Directeur Général des Services" ->
    ("M.", "GALLEN", "Directeur Général des Services"); "M.Jean DUPONT", "M Paul DURAND" read too.

    >>> person_parts("M Paul DURAND")
    ('M.', 'Paul DURAND', '')
    """
    text = _CUT_GIVEN.sub("-", mend_line_breaks(mend_glued_words(mend_split_words(raw.strip(" ,;:-–—*•/&")))))
    alone = CIVILITY.match(text + " ")
    if alone and alone.end() >= len(text):
        return split_civility(text + " x")[0], "", ""  # a civility alone: "Mmes et MM. ALBERT, BARON"
    civility, rest = split_civility(_GLUED_CIVILITY.sub(r"\1 ", _BARE_M.sub("M. ", text, count=1), count=1))
    if civility and (low := _LOWER_GIVEN.match(rest)) and low[1].lower() not in NAME_PARTICLES:
        rest = rest[:1].upper() + rest[1:]  # "Mme joëlle MOALIC-VERECCHIA": OCR lowered the given name's capital
    name, role = name_and_role(rest)
    return civility, clean_name(name), role


# A function named in place of a person: "M. le Maire", "Monsieur le Président", "Mme la Présidente"
FUNCTION = regex.compile(r"^\s*(?:(?:M\.|Mme|Monsieur|Madame)\s+)?l[ea]\s+(?P<role>maire|présidente?|president)\b", regex.I)
# The end of a sentence, not the dot of a civility or an initial ("M. Jean", "J. DUPONT", "S.I.V.O.M. Alliance"):
# "Le quorum étant atteint, la séance est ouverte. M. Paul DURAND a donné pouvoir à M. Jean DUPONT."
# (nor after initials written as a run of capitals before a SURNAME: "à RM. MARTINEZ FUENTE", m10 Verfeil; nor after an
# initial glued to a slash, "GARNIER /É. NOEL")
SENTENCE_END = regex.compile(r"(?<!(?:^|[\s.(/-])\p{Lu})(?<!\bMM|\bMme|\bMlle|\bMr|\bMMe|\bMmes|\bSt|\bSte)\."
                             r"(?!(?<=(?:^|[\s(-])\p{Lu}(?:(?![AEIOUYÉÈ])\p{Lu}){1,2}\.)\s+\p{Lu}{2})\s+(?=\p{Lu})")


def function_named(text: str) -> str | None:
    """The person a text opens with: a name ("M. Jean DUPONT" -> "Jean DUPONT"), or a function kept as
    "le Maire" / "le Président" ("M. le Maire", "Mme la Présidente") for the caller to resolve; None if neither.

    >>> function_named("M. le Maire pour signer"), function_named("Mme Anne MARTIN")
    ('le Maire', 'Anne MARTIN')
    """
    f = FUNCTION.match(text)
    if f and not is_person_name(person_parts(text)[1]):
        return "le " + ("Maire" if fold(f["role"]).lower() == "maire" else "Président")
    return person_parts(text)[1] or None
