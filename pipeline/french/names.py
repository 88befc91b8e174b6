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
    "mmes": "Mmes", "mesdames": "Mmes", "mm": "MM.", "messieurs": "MM.", "dr": "Dr", "docteur": "Dr",
}
# A civility before a name: "M. ", "Mme ", "Mme. ", "Monsieur ", "Madame ", "Mmes ", "MM. "
CIVILITY = regex.compile(
    r"^(?P<civ>Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Mmes|Mme\.?|Mlle\.?|MM\.?|Mr\.?|M\.|Dr\.?|Docteur)\s+", regex.I)
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


def is_surname_word(word: str) -> bool:
    """A word in capitals, as minutes print a surname: "BERNARD", "LE-BIHAN" (not "R.", "Jean")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


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


def is_role_word(word: str) -> bool:
    """True for a word that names a function: "Maire", "Directrice", "DGS"."""
    return fold(word.strip(",;:()")).rstrip(".") in ROLE_WORDS


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
    for t in small:
        if len(t) == 1:
            if not any(w.startswith(t) for w in big):
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
    words = list(regex.finditer(r"[^\s,;:()]+", text[pos:]))
    taken: list[regex.Match] = []
    for i, w in enumerate(words):
        word = w.group()
        gap = text[pos + (taken[-1].end() if taken else 0): pos + w.start()] if taken else ""
        if taken and (any(c in gap for c in ",;:()") or gap.count("\n") > 1):
            break
        if "\n" in gap and any(is_surname_word(t.group()) for t in taken) and any(not is_surname_word(t.group()) for t in taken):
            break  # "Pascal TRIBES\nORDRE DU JOUR": a full name does not run on to the next line
        if is_role_word(word):
            break
        nxt = words[i + 1].group() if i + 1 < len(words) else ""
        if word[:1].isupper() or regex.fullmatch(r"(?:\p{Lu}\.-?)+", word) or (word.lower() in NAME_PARTICLES and nxt[:1].isupper() and not is_role_word(nxt)):
            taken.append(w)
            continue
        break
    while taken and taken[-1].group().lower() in NAME_PARTICLES:
        taken.pop()
    if not taken:
        return None
    end = pos + taken[-1].end()
    name = " ".join(text[pos + taken[0].start(): end].split())
    if name.endswith(".") and not regex.search(r"(?:^|[\s.-])\p{Lu}\.$", name):
        name, end = name[:-1], end - 1
    letters = [w for w in name.split() if len(regex.sub(r"[^\p{L}]", "", w)) >= 2 and w.lower() not in NAME_PARTICLES]
    if not letters:
        return None
    if civility is None and not any(is_surname_word(w) for w in name.split()):
        return None
    return civility, name, end
