"""What the checks rely on, and when that is doubtful: the premises of a finding.

A finding is only as sure as the extraction under it. A count of names means nothing when the
list was cut off at the end of an excerpt, when the page prints more names than were read, or
when a name was filed under the wrong heading; a proxy means nothing when its giver was half
read; "announced but never treated" means nothing when the body's sections were not found. Each
function here reads the rows of one session together with the document's own text and layout,
and says, in French, why the rows it looks at cannot be trusted (an empty list: they can). A
check whose premise fails stays silent and records why (`unverifiable`), rather than report a
misreading as an irregularity.

Every pattern carries the lines it is meant for; the tests run them (tests/test_premises.py).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import cached_property

from pipeline.checks.base import MeetingData
from pipeline.french import surnames_in
from pipeline.french.amounts import CREDIT_TAKEN
from pipeline.french.counts import BRACKETED_COUNT, declared_counts
from pipeline.text import fold as base_fold


@dataclass(frozen=True)
class Settings:
    """Reaches and shares the premises work with (characters unless said)."""

    region_before: int = 400  # before the listed names, where their headings are read
    region_after: int = 600  # after the listed names, where their headings are read
    label_before: int = 120  # before a heading's label, back to the last break, where what opens its line is read
    words_before_label: int = 5  # words before a label past which it sits inside a sentence (no heading)
    list_reach: int = 1500  # after the last name of the opening's lists, within which a proxy belongs to them
    most_unmatched: float = 0.5  # above this share of announced items without a section, the body was not segmented
    heading_words: int = 6  # first significant words of an item's title looked for in a line of the body
    heading_share: float = 0.6  # share of them a line must hold to be the item's heading
    heading_start: int = 3  # first words of the title a line that starts alike must share with it (and the fewest words
    # a title needs for either test)
    table_chars: int = 20_000  # a table's span past which an amount printed amid its lines is not judged
    side_reach: int = 400  # before a budget line, where the side heading it is printed under is read
    table_cut_margin: int = 40  # characters left after a table's last line read, below which the excerpt was cut amid it
    combined_reach: int = 60  # before a declared count, where its label is read


SETTINGS = Settings()

# ------------------------------------------------------------------------------------------
# Attendance lists
# ------------------------------------------------------------------------------------------

# The heading of a list, by what it lists (matched on folded text, lower case without accents):
# "Présents :", "Présent(e)s :", "Etaient présents :", "Conseillers communautaires présents",
# "Absents :", "Absent(e)s :", "Excusés :", "Absents excusés :", "Membres titulaires absents, excusés :",
# "Pouvoirs :", "Procurations :", "Absents représentés :", "Absents ayant donné procuration à :",
# "Assistaient également :", "Invités :", and what ends a list: "Secrétaire de séance :",
# "Nombre de membres en exercice : 40", "Ordre du jour", "Votants : 33", "Le quorum étant atteint"
_LABELS = (
    ("proxy", r"pouvoirs?|procurations?|(?:absent(?:\(e\)|[.·]e[.·]?|e)?s?\s+)?(?:ayant\s+donne\s+(?:pouvoir|procuration)|represente(?:\(e\)|[.·]e[.·]?|e)?s?)"),
    ("excused", r"(?:absent(?:\(e\)|[.·]e[.·]?|e)?s?[\s,]+)?excuse(?:\(e\)|[.·]e[.·]?|e)?s?"),
    ("absent", r"absent(?:\(e\)|[.·]e[.·]?|e)?s?"),
    ("invited", r"assistai(?:en)?t(?:\s+egalement)?|invite(?:\(e\)|[.·]e[.·]?|e)?s?|egalement\s+presents?"),
    ("present", r"(?:etaient\s+)?present(?:\(e\)|[.·]e[.·]?|e)?s?"),
    ("other", r"secretaire|nombre|ordre\s+du\s+jour|en\s+exercice|votants|quorum|majorite|suffrages"),
)
_LABEL = re.compile("|".join(f"(?P<{kind}>\\b(?:{pattern}))" for kind, pattern in _LABELS))
# What follows a heading's label: "(12)" then ":" or the end of the line ("Absent\nHélène"); or a few
# words then ":" ("Secrétaire de séance :", "Absents ayant donné procuration à :", "Nombre de membres en exercice :",
# "Absents et absent(s) excusé(s) :")
_AFTER_LABEL = re.compile(r"(?:[^\S\n]*(?:\(\s*\d{1,3}\s*\))?[^\S\n]*(?::|$|(?=\n))"
                          r"|(?:[^\S\n]+[^\s:;.,()]+(?:\([a-z]{1,2}\))*){1,5}[^\S\n]*(?:\(\s*\d{1,3}\s*\))?[^\S\n]*:)", re.M)
# Prose after a list: five lower-case words in a row ("a été élue secrétaire de séance", "Formant la
# majorité des membres en exercice", "constatant que le quorum est atteint") end the list
_PROSE = re.compile(r"(?:\b[a-zà-ÿ][a-zà-ÿ'’]*[^\S\n,;.:]+){4}[a-zà-ÿ][a-zà-ÿ'’]*\b")
# Names left out of a list as printed, quoted in part: "C. Montin, Président, E. Février, ..., Vice-Présidents", "… A. Rongier,
# etc." (an ellipsis or "etc." between commas or after the last name)
_ELIDED = re.compile(r"[,;][^\S\n]*(?:\.{3}|…|etc\b\.?)[^\S\n]*(?:[,;]|$|\n)|[,;][^\S\n]*(?:\.{3}|…)[^\S\n]*[A-Za-zÀ-ÿ]", re.M)
# Punctuation after which a heading may begin amid a line: "… Patrick PRIN. Absents : …", "…, PRESENTS :"
_BREAK = re.compile(r"[.;:,()\n]")
# A count right before a heading without its colon: "Votants 25 Excusé(e)s …", "… 24 septembre 2013 Présent(e)s …"
_COUNT_BEFORE = re.compile(r"\d{1,4}[^\S\n]*$")
# A count right after the heading: "Présents : 29" (a number, not a list)
_COUNT_AFTER = re.compile(r"[^\S\n]*\d{1,3}\b(?![.,]\d)")
# Civilities as printed before names; a plural one stands for two names at least:
# "M.", "Mme", "Monsieur", "Madame", "Mr", "Mlle" / "MM.", "Mmes", "Messieurs", "Mesdames"
_CIVILITY = re.compile(r"(?<![\w.])(?:(?P<one>M\.|Mr\.?|Mme\.?|Mlle\.?|Monsieur|Madame|Mademoiselle)"
                       r"|(?P<many>MM\.?|Mmes\.?|Messieurs|Mesdames))(?=\s+\w)")
# Names printed surname first or last: "RUSTERHOLTZ Fleur", "Fleur RUSTERHOLTZ", "LE PENRU Régis"
_NAME = re.compile(r"\b[A-ZÀ-Ý][A-ZÀ-Ý'’\-]{2,}(?:\s+[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\b"
                   r"|\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý][A-ZÀ-Ý'’\-]{2,}\b")
_PARENS = re.compile(r"\([^()\n]*\)")
# A given name and a surname in small letters ("Renaud Calvat", "Anne Gatard-Braconnier"), and such a name in a list's tail,
# between separators ("…, Ghislaine Toupain, Michel Combettes, …"); never a function's two words ("Conseillers Municipaux")
_TITLE_WORD = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
_TITLE_CASE_NAME = re.compile(rf"{_TITLE_WORD}(?:[^\S\n]+(?:de|du|le|la|van|di|da)?[^\S\n]*{_TITLE_WORD}){{1,2}}")
_TITLE_CASE_NAME_IN_LIST = re.compile(rf"(?:^|(?<=[,;\n]))[^\S\n]*(?!(?:Conseill|Adjoint|Maire|Membres?|Vice|Délégu|Président)){_TITLE_WORD}"
                                      rf"[^\S\n]+{_TITLE_WORD}[^\S\n]*(?=[,;.]|$)", re.M)


def _surname_alone(name: str | None) -> bool:
    """A name read as a surname alone, in capitals (pipeline.french's surnames_in): "ALLAIRE", "LE BOUFFANT" (not
    "Marie ALLAIRE", "ALLAIRE M.")."""
    words = (name or "").split()
    return bool(words) and all(surnames_in(w) == [w] or w in ("LE", "LA", "DE", "DU") for w in words)
_STATUS_GROUP = {"present": "present", "absent": "away", "excused": "away", "invited": "invited"}


@dataclass(frozen=True)
class Heading:
    kind: str  # present, absent, excused, proxy, invited, other
    start: int
    end: int  # where the list under it begins
    count_only: bool  # "Présents : 29": a count, no list


@dataclass(frozen=True)
class Block:
    heading: Heading
    start: int
    end: int
    rows: tuple[dict, ...]


def _flattened_heading(text: str, start: int, label: re.Match, after: re.Match) -> bool:
    """A heading amid a list flattened on one line, after a name without punctuation: "… - Mme Joëlle GROULT
    Pouvoirs : M. Didier FENESTRE donne pouvoir à …", "… B. Mazières Secrétaire de séance : …": the label printed
    with a capital, right before its colon (a label inside a sentence is neither)."""
    return text[start + label.start()].isupper() and after.group().strip() == ":"


# The first name of a list right after its heading, where a table's cells were flattened without the colon: "S. Cassagne",
# "M. DUPONT", "Mme Anne VERT", "DUPONT", "Anne DUPONT"
_NAME_START = re.compile(r"[^\S\n]+(?=[A-ZÀ-Ý]\.[\s-]|(?:M\.|Mme\.?|MM\.?|Mmes|Monsieur|Madame|Messieurs|Mesdames)\s"
                         r"|[A-ZÀ-Ý]{2,}[A-ZÀ-Ý'’-]*\b|[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý]{2,})")
_CELL_KINDS = ("present", "absent", "excused", "proxy")


def _cell_heading(text: str, label: re.Match) -> re.Match | None:
    """A heading without its colon, as a table's cell flattened into a line prints it: "… Votants 25 Excusé(e)s S. Cassagne,
    L. Bourbon … Présent(e)s C. Montin, Président, …": the label capitalised, in the plural or with its "(e)s", and the
    first name of the list right after it. The match of the blanks before that name, or None."""
    word = text[label.start():label.end()]
    if label.lastgroup not in _CELL_KINDS or not word[:1].isupper() or not re.search(r"s$|\(e\)s$", word, re.I):
        return None
    return _NAME_START.match(text, label.end())


def headings(text: str, start: int, end: int) -> list[Heading]:
    """The list headings of text[start:end], in order."""
    found = []
    own = text[start:end]
    folded = fold_keep_length(own)
    last_cell = None  # where the last heading without its colon was found
    for m in _LABEL.finditer(folded):
        after = _AFTER_LABEL.match(folded, m.end())
        cell = None if after else _cell_heading(own, m)
        if cell and _LABEL.match(folded, cell.end()):
            cell = None  # its "first name" is another label: a table's header row ("PRESENTS ABSENTS EXCUSES POUVOIRS")
        after = after or cell
        if not after:
            continue
        breaks = [b.end() for b in _BREAK.finditer(folded, max(0, m.start() - SETTINGS.label_before), m.start())]
        before = folded[breaks[-1] if breaks else max(0, m.start() - SETTINGS.label_before):m.start()]
        if before.strip() and not _LABEL.sub(" ", before).strip():
            continue  # the last of a header row's labels ("PRESENTS ABSENTS EXCUSES POUVOIRS"): the lists are its columns
        # a label inside a sentence ("… ont été présents à la réunion") is no heading: a heading
        # starts its line or follows punctuation, with a few words of its own at most
        if len(before.split()) > SETTINGS.words_before_label and not cell and not _flattened_heading(text, start, m, after):
            continue
        # a heading without its colon starts its line, follows a count ("Votants 25 Excusé(e)s …") or the list of another
        # such heading on its line; not "… ont discuté avec les Pouvoirs DUPONT"
        if cell and before.strip() and not _COUNT_BEFORE.search(before) and not (
                last_cell is not None and "\n" not in folded[last_cell:m.start()]):
            continue
        if cell:
            last_cell = m.start()
        kind = m.lastgroup
        count_only = bool(_COUNT_AFTER.match(folded, after.end())) and kind != "other"
        found.append(Heading(kind, start + m.start(), start + after.end(), count_only))
    return found


class _KeepLength(dict):
    """A `str.translate` table: a character to its folded form when that is one character, else
    to itself ("œ", "ﬁ", "…" stay), each worked out once per process."""

    def __missing__(self, code: int) -> str:
        folded = base_fold(chr(code))
        self[code] = value = folded if len(folded) == 1 else chr(code)
        return value


_KEEP_LENGTH = _KeepLength()


@functools.lru_cache(maxsize=32)
def fold_keep_length(text: str) -> str:
    """Lower case without accents, one character for one (offsets kept); a document's text is
    folded once for all the checks that read it."""
    out = base_fold(text)
    return out if len(out) == len(text) else text.translate(_KEEP_LENGTH)


_FR = {"present": "présent(e)", "absent": "absent(e)", "excused": "excusé(e)", "invited": "invité(e)"}


def _heading_text(text: str, h: Heading) -> str:
    return " ".join(text[h.start:h.end].split()).rstrip(" :")


def civilities(text: str) -> int:
    """The fewest names a stretch of a list prints, by its civilities ("MM." stands for two at
    least); civilities inside brackets ("(suppléant de M. X)") are not names of the list."""
    count = 0
    for m in _CIVILITY.finditer(_PARENS.sub(" ", text)):
        count += 2 if m.group("many") else 1
    return count


def layout(m: MeetingData) -> AttendanceLayout:
    """The session's attendance layout, read once for all the checks."""
    found = m.__dict__.get("_attendance_layout")
    if found is None:
        found = m.__dict__["_attendance_layout"] = AttendanceLayout(m)
    return found


class AttendanceLayout:
    """The attendance rows of a session set against the headings and names printed around them."""

    def __init__(self, m: MeetingData):
        self.m = m
        self.rows = [a for a in m.attendance if a.get("char_start") is not None]
        self.proxies = [p for p in m.proxies if p.get("char_start") is not None]

    @cached_property
    def region(self) -> tuple[int, int] | None:
        spans = [(r["char_start"], r.get("char_end") or r["char_start"]) for r in self.rows + self.proxies]
        if not spans or not self.m.text:
            return None
        return (max(0, min(s for s, _ in spans) - SETTINGS.region_before),
                min(len(self.m.text), max(e for _, e in spans) + SETTINGS.region_after))

    @cached_property
    def blocks(self) -> list[Block]:
        if self.region is None:
            return []
        text = self.m.text
        heads = headings(text, *self.region)
        out = []
        for i, h in enumerate(heads):
            end = heads[i + 1].start if i + 1 < len(heads) else self.region[1]
            # the list ends at the prose that follows it (brackets aside: "(suppléante de M. X)")
            prose = _PROSE.search(_PARENS.sub(lambda x: " " * len(x.group()), text[h.end:end]))
            if prose:
                end = h.end + prose.start()
            rows = tuple(r for r in self.rows if h.end <= r["char_start"] < end)
            out.append(Block(h, h.end, end, rows))
        return out

    def _after_other_heading(self, row: dict) -> bool:
        """True when a row lies in no list and the last heading before it lists nobody ("Quorum :", "Présents : 29")."""
        if any(b.heading.start <= row["char_start"] < b.end for b in self.blocks):
            return False
        before = [b for b in self.blocks if b.heading.start <= row["char_start"]]
        return bool(before) and (before[-1].heading.kind == "other" or before[-1].heading.count_only)

    def doubts(self, statuses: tuple[str, ...] = ("present", "absent", "excused")) -> list[str]:
        """Why the lists of these statuses cannot be trusted as read."""
        if self.region is None:
            return []
        text, out = self.m.text, []
        rows = [r for r in self.rows if r.get("status") in statuses]
        if not rows:
            return []
        kinds = set(statuses) | ({"absent", "excused"} if set(statuses) & {"absent", "excused"} else set())
        last = max(r.get("char_end") or r["char_start"] for r in self.rows + self.proxies)
        if cut_after(text, last):
            out.append("la liste s'arrête avec le texte du document (extrait coupé)")
        first_heading = min((b.heading.start for b in self.blocks), default=None)
        # a name before any heading, or in no list after the prose that closed a heading of no list ("Quorum : 133
        # délégués A l'ouverture de la séance, 182 délégués étaient présents … BARREAU BOURNAND …")
        stray = [r for r in rows if first_heading is None or r["char_start"] < first_heading
                 or self._after_other_heading(r)]
        for b in self.blocks:
            h = b.heading
            listed = [r for r in b.rows if r.get("status") in statuses]
            if h.kind == "other" or h.count_only:
                stray += listed
                continue
            if h.kind == "proxy":
                # "Etaient représentés : Philippe X a donné procuration à Christian Y": a giver read as
                # present from the very line that says he gave a proxy (the list before ran into it)
                gave = [r for r in listed if r.get("status") == "present" and self._inside_proxy(r)]
                if gave:
                    out.append(f"« {gave[0]['person']} » est lu(e) présent(e) sous l'intitulé « {_heading_text(text, h)} »")
                continue
            group = _STATUS_GROUP.get(h.kind)
            wrong = [r for r in listed if _STATUS_GROUP.get(r.get("status")) != group]
            if wrong:
                out.append(f"« {wrong[0]['person']} » est lu(e) {_FR.get(wrong[0]['status'], wrong[0]['status'])} "
                           f"sous l'intitulé « {_heading_text(text, h)} »")
            if h.kind not in kinds:
                continue
            if b.rows and _ELIDED.search(text[b.start:b.end]):
                out.append(f"la liste « {_heading_text(text, h)} » est abrégée (« … » parmi les noms)")
                continue
            printed = civilities(text[b.start:b.end])
            if printed > len(b.rows) and printed >= 2:
                out.append(f"la liste « {_heading_text(text, h)} » imprime {printed} civilités (M., Mme…) "
                           f"pour {len(b.rows)} nom(s) lu(s)")
            elif b.rows:
                tail_end = b.end
                tail = text[max(r.get('char_end') or r['char_start'] for r in b.rows):tail_end]
                tail = _list_tail(tail)
                more = len(_NAME.findall(tail))
                if more < 2 and all(_surname_alone(r.get("person")) for r in b.rows):
                    # a list of surnames alone goes on with surnames alone: "Mmes ALLAIRE, RIBOUILLEAULT, MM ABRAHAM,
                    # … TOURNADRE. Délégués de la Communauté de Communes du Sud Sarthe : Mmes GEORGET, LEGER, …"
                    more = _surnames_after(tail)
                if more < 2 and all(_TITLE_CASE_NAME.fullmatch(r.get("person") or "") for r in b.rows):
                    # a list of names in small letters goes on with such names past a function closing a group:
                    # "Renaud Calvat, Maire, / Magali Nazet-Marson, …, André Miral, Adjoints / Ghislaine Toupain, …,
                    # Conseillers Municipaux." (n06 Jacou)
                    more = len(_TITLE_CASE_NAME_IN_LIST.findall(tail))
                if more >= 2 or (more == 1 and _GOES_ON.match(tail)):
                    out.append(f"la liste « {_heading_text(text, h)} » continue après le dernier nom lu "
                               f"({more} noms de plus)")
        if stray:
            out.append(f"« {stray[0]['person']} » est lu(e) hors de toute liste de présence")
        joined = next((r for r in rows if two_names_in_one(r.get("person"))), None)
        if joined:
            out.append(f"« {joined['person']} » : deux noms lus d'un seul tenant (une civilité au milieu du nom)")
        pieces = name_read_in_pieces(self.m.attendance)
        if pieces:
            out.append(pieces)
        return list(dict.fromkeys(out))

    def _inside_proxy(self, row: dict) -> bool:
        """True when the row's words are the giver's words of a proxy read there."""
        return any(p["char_start"] <= row["char_start"] < (p.get("char_end") or p["char_start"] + 1) for p in self.proxies)

    def substitutes_unplaced(self) -> str | None:
        """Substitutes sit in place of members the list does not name ("Membres suppléants avec voix
        délibérative : …", "remplacée par sa suppléante …"): present + absent + excused then counts
        a seat twice, and cannot be compared with the members in office."""
        if self.region is None:
            return None
        mentions = sum(len(_SUBSTITUTE.findall(fold_keep_length(self.m.text[b.start:b.end])))
                       for b in self.blocks if b.heading.kind == "present")
        placed = sum(1 for r in self.rows if r.get("status") == "present" and r.get("substitute_for"))
        if mentions > placed:
            return "des suppléants siègent sans que la liste dise quels membres ils remplacent"
        return None


# One more name right after the last one read, after a list's separator: "… LAMOOT Julie -STAHL Arlette", "…, Anne VERT"
_GOES_ON = re.compile(r"[^\S\n]*(?:[,;–—-]|\bet\b)[^\S\n]*(?:(?:M\.|Mme\.?|Mlle\.?|Monsieur|Madame)[^\S\n]+)?"
                      r"(?:[A-ZÀ-Ý][A-ZÀ-Ý'’\-]{2,}|[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?[^\S\n]+[A-ZÀ-Ý]{2,})")
# A civility inside a name, after its first word: two names of a list read as one where a separator is missing
# ("M. BEAUFORT : pouvoir à M. SANTOT M. COIFFARD : pouvoir à …" read as "SANTOT M. COIFFARD")
_INNER_CIVILITY = re.compile(r"\S[^\S\n]+(?:M\.|Mme\.?|Mlle\.?|MM\.|Mmes\.?|Mr\.|Monsieur|Madame|Messieurs|Mesdames)"
                             r"(?=[^\S\n]*[A-ZÀ-Ý])")


# What an excerpt cut amid a list ends with after the last name read: nothing, or the start of one more name (", M.",
# ", Mme Jea", " et M", "- DUP")
_CUT_TAIL = re.compile(r"[\s.,;)]*(?:(?:[,;–-]|\bet\b)[^\S\n]*(?:(?:M\.?|Mme\.?|MM\.?|Mmes|Monsieur|Madame|Mr\.?)[^\S\n]*)?"
                       r"(?:[A-ZÀ-Ý][\wÀ-ÿ'’-]*(?:[^\S\n]+[\wÀ-ÿ'’-]*)?)?[\s.]*)?")


def cut_after(text: str, last: int) -> bool:
    """True when the text ends right after character `last` (the end of a list's last name read), or with the start of
    one more name only (", M.", ", Mme Jea"): the excerpt was cut amid the list, and its names went on."""
    return bool(_CUT_TAIL.fullmatch(text[last:]))


def two_names_in_one(name: str | None) -> bool:
    """True when a name read holds a civility after its first word: "SANTOT M. COIFFARD", "Jean DUPONT Mme Anne VERT"
    (two names run together), not "M. Jean DUPONT" nor "Marie-Madeleine ROUX"."""
    return bool(_INNER_CIVILITY.search(name or ""))


def name_read_in_pieces(rows: list[dict]) -> str | None:
    """A name read twice, once whole and once in part ("Philippe ROUVIER-COROUGE", then "Philippe
    ROUVIER" and "COROUGE" where a line break cut it): the lists hold a person who is not there, and
    any count of names is off by one."""
    from pipeline.french import name_tokens

    names = {}
    for r in rows:
        if r.get("status") in ("present", "absent", "excused"):
            tokens = frozenset(t for t in name_tokens(r.get("person")) if len(t) > 1)
            if tokens:
                names.setdefault(tokens, r["person"])
    for part, short in names.items():
        for whole, long in names.items():
            if part < whole:
                return f"« {short} » et « {long} » : un même nom lu deux fois, dont une fois en partie"
    return None


IMPLAUSIBLE = "{what} déclarés : {value}, plus que les {in_office} membres en exercice (un chiffre mal lu)"


COUNT_FIELDS = ("members_in_office", "members_present", "members_represented", "votes_cast")
SHARED = "{what} déclarés : {value}, lu sur le chiffre même d'un autre nombre déclaré (« {other} »)"


def implausible_count(m: MeetingData, value: int | None, what: str, field: str | None = None) -> str | None:
    """Why a declared count cannot be right: it exceeds the members in office ("202 Procurations"
    read from a scan for "2 Procurations"), or it was read on the figure of another count ("PRESENTS……. 10
    Pouvoirs : de …" read as 10 present and 10 represented: a column of counts beside the lists). None when it
    may be."""
    if value is None:
        return None
    in_office = m.meeting.get("members_in_office")
    if in_office is not None and value > in_office:
        return IMPLAUSIBLE.format(what=what, value=value, in_office=in_office)
    spans = {f.get("field"): f for f in m.facts if f.get("field") in COUNT_FIELDS and f.get("char_start") is not None}
    own = spans.get(field)
    if own is not None:
        for other, row in spans.items():
            # the figure is the count's whose label comes first: the other one, starting later, borrowed it
            if other != field and row["char_start"] < own["char_start"] < (row.get("char_end") or row["char_start"]):
                return SHARED.format(what=what, value=value, other=" ".join((row.get("source_text") or "").split()))
    return None




def proxy_outside_lists(m: MeetingData, p: dict) -> str | None:
    """Why a proxy read far after the opening's lists is not one of the session's opening proxies
    (a proxy quoted in an annexe, the minutes of another body, a proxy given during the session)."""
    listed = [a for a in m.attendance if a.get("status") == "present" and a.get("char_start") is not None]
    start = p.get("char_start")
    if not listed or start is None:
        return None
    last = max(a.get("char_end") or a["char_start"] for a in listed)
    if start > last + SETTINGS.list_reach:
        return (f"le pouvoir « {' '.join((p.get('source_text') or '').split())[:80]} » est lu p. {p.get('page')}, loin des "
                f"listes de présence de l'ouverture")
    return None


# "suppléant de M. X", "suppléante", "Membres suppléants avec voix délibérative", "remplacé par sa suppléante"
_SUBSTITUTE = re.compile(r"\bsuppl[ea]ante?s?\b|\bremplace(?:e|s|es)?\s+par\b")


def substitutes_mentioned(text: str) -> bool:
    """True when the text mentions substitutes ("suppléant de M. X", "remplacé par sa suppléante")."""
    return bool(_SUBSTITUTE.search(fold_keep_length(text or "")))


# ------------------------------------------------------------------------------------------
# Proxies
# ------------------------------------------------------------------------------------------

# Where a proxy's giver ends: "donne pouvoir à", "a donné procuration à", "pouvoir à", "(procuration à",
# "représenté(e) par", and the bare "à" of "Mme Marie-Annick BURBAN à M. Patrice LE PENHUIZIC"
_PROXY_MARK = re.compile(r"\b(?:(?:a\s+)?donn[ée]e?\s+(?:pouvoir|procuration)|pouvoir|procuration|repr[ée]sent[ée]e?\s+par)\b"
                         r"|\s[àa]\s+(?=(?:M\.|Mme|Monsieur|Madame|Mr|Mlle)?\s*[A-ZÀ-Ý])", re.I)
# A name word: capitalised or in capitals ("Adeline", "NORMAND"), not a civility
_NAME_WORD = re.compile(r"\b[A-ZÀ-Ý][\wÀ-ÿ'’\-]+")
def _list_tail(tail: str) -> str:
    """The text after a list's last name read, brackets blanked, up to the next label ("SECRETAIRE DE SEANCE", "ORDRE DU
    JOUR") or prose: where more names of the list would be printed."""
    tail = _PARENS.sub(lambda x: " " * len(x.group()), tail)
    stops = [x.start() for x in (_LABEL.search(fold_keep_length(tail)), _PROSE.search(tail)) if x]
    return tail[:min(stops)] if stops else tail


def _surnames_after(tail: str) -> int:
    """Words in capitals in a list's tail; the words of headings and of the body's name ("COMMUNE", "CONSEIL MUNICIPAL")
    are no surnames."""
    return len([w for w in surnames_in(tail)
                if w.strip(".") not in _CIVILITY_WORDS and base_fold(w).upper() not in _HEADING_WORDS])


# Words in capitals that headings and a body's name print, never surnames
_HEADING_WORDS = {"COMMUNE", "COMMUNES", "CONSEIL", "MUNICIPAL", "COMMUNAUTAIRE", "SYNDICAL", "COMITE", "BUREAU", "SEANCE",
                  "SESSION", "REUNION", "ORDRE", "JOUR", "SECRETAIRE", "DELIBERATION", "DELIBERATIONS", "COMPTE", "RENDU",
                  "PROCES", "VERBAL", "PROCES-VERBAL", "MAIRIE", "MAIRE", "PRESIDENT", "PRESIDENTE", "COMMUNAUTE", "SYNDICAT",
                  "DEPARTEMENT", "REPUBLIQUE", "FRANCAISE", "EXTRAIT", "REGISTRE"}
_CIVILITY_WORDS = {"M", "MR", "MME", "MLLE", "MM", "MMES", "MONSIEUR", "MADAME", "MADEMOISELLE", "MESSIEURS", "MESDAMES"}
# A proxy printed in a list: "donne pouvoir à", "procuration à", "pouvoir à", "représenté par"
_PROXY_PHRASE = re.compile(r"\b(?:pouvoir|procuration)\s+(?:a|au|aupres\s+de)\b|\brepresente(?:e|s|es)?\s+par\b")


def several_in_one(p: dict) -> str | None:
    """Why one proxy read stands for several printed: its words hold two proxy phrases ("B. VAGNEUR a donné pouvoir à
    G. GRIGNARD C. GANEAU a donné pouvoir à S. MOSS", two proxies run on one line without a separator, read as one
    whose holder is "G. GRIGNARD C. GANEAU"): the proxies are more than those read, and their givers after the first
    were read as no one."""
    source = p.get("source_text") or ""
    marks = [x for x in _PROXY_MARK.finditer(source) if x.group().strip().lower() not in ("à", "a")]
    if len(marks) > 1:
        return f"le pouvoir lu « {' '.join(source.split())[:90]} » en imprime plusieurs : il a été lu d'un seul tenant"
    return None


def proxies_merged(m: MeetingData) -> str | None:
    """Why the proxies read are fewer than those printed: one of them was read over several (`several_in_one`)."""
    return next((why for why in map(several_in_one, m.proxies) if why), None)


def proxies_uncounted(m: MeetingData) -> str | None:
    """Why the number of proxies is not the number read: printed and none read, or read several in one."""
    return proxies_unread(m) or proxies_merged(m)


def represented_doubt(m: MeetingData) -> str | None:
    """Why the number of members represented cannot be counted from what was read: the proxies' own doubt (printed and
    none read, several read as one), else the first doubt on the attendance lists."""
    return proxies_uncounted(m) or next(iter(layout(m).doubts()), None)


def giver_doubt(p: dict) -> str | None:
    """Why a proxy's giver may be half read: the words just before "donne pouvoir à" (or its
    kin) are not the giver's ("David & Adeline (procuration à Mario)" read as David's proxy)."""
    source, giver = p.get("source_text") or "", p.get("giver") or ""
    words = [w for w in re.findall(r"[\wÀ-ÿ'’\-]+", giver) if len(w) > 1]
    if not source or not words:
        return None
    several = several_in_one(p)
    if several:
        return several
    joined = next((n for n in (giver, p.get("holder")) if two_names_in_one(n)), None)
    if joined:
        return f"le pouvoir « {' '.join(source.split())[:90]} » est lu avec « {joined} » : deux noms lus d'un seul tenant"
    mark = _PROXY_MARK.search(source)
    if mark is None:
        return None
    before = source[:mark.start()]
    ends = [m.end() for w in words for m in re.finditer(re.escape(w), before)]
    if not ends:
        return f"le mandant « {giver} » ne figure pas avant la mention du pouvoir « {source.strip()[:80]} »"
    between = _PARENS.sub(" ", before[max(ends):])
    others = [w for w in _NAME_WORD.findall(between) if base_fold(w).upper().strip(".") not in _CIVILITY_WORDS]
    if others:
        return (f"le pouvoir « {' '.join(source.split())[:90]} » nomme « {others[-1]} » juste avant la mention du "
                f"pouvoir : le mandant lu, « {giver} », est douteux")
    return None


def proxies_unread(m: MeetingData) -> str | None:
    """Why the number of proxies is unknown although none was read: the minutes print proxies
    (a "Pouvoirs :" list, "donne pouvoir à") that the extraction did not read."""
    if m.proxies:
        return None
    lay = layout(m)
    if lay.region is None:
        return None
    for b in lay.blocks:
        if b.heading.kind == "proxy" and not b.heading.count_only:
            listed = " ".join(m.text[b.start:b.end].split())
            if re.search(r"[A-ZÀ-Ý]", listed) and not re.match(r"(?i)\W*n[ée]ant\b", listed) and not _only_present(m, listed):
                return f"les pouvoirs sont imprimés (« {_heading_text(m.text, b.heading)} : {listed[:60]} ») mais aucun n'a été lu"
    start, end = lay.region
    if _PROXY_PHRASE.search(fold_keep_length(m.text[start:end])):
        return "un pouvoir est mentionné dans la liste de présence mais aucun n'a été lu"
    return None


def several_present_counts(m: MeetingData) -> str | None:
    """Why the declared count of those present may not be the opening's: the minutes print several different counts
    (per deliberation, members arriving: "2019_C13 ... Nombre de présents : 18", "2019_C14 ... Nombre de présents :
    20"), of which the session's was read as one."""
    values = list(dict.fromkeys(declared_counts(m.text or "", "members_present")))
    if len(values) < 2:
        return None
    return f"le texte imprime plusieurs nombres de présents ({', '.join(map(str, values[:6]))}) : un par délibération ou après des arrivées"


# One proxy of a printed list: its giver before "à", "donne pouvoir à", "représenté(e) par"
_GIVER_OF = re.compile(r"^\W*(?P<giver>.+?)\s+(?:donn\w*\s+(?:pouvoir|procuration)\s+)?(?:[àa]|repr[ée]sent[ée]e?s?\s+par)\s+\S")
# A surname as printed in capitals: "BATAILLE", "CHOUIDEN"
_SURNAME = re.compile(r"\b[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,}\b")


def givers_unlisted(m: MeetingData) -> str | None:
    """Why the members named in the lists may not be all the members: a proxy list printed and not read whose givers
    (members, absent and represented) no attendance list names ("Avaient donné pouvoir : Pierre BATAILLE à Fernand
    ROIG" with no row for BATAILLE): a total counted on the lists would miss them."""
    if not proxies_unread(m):
        return None
    lay = layout(m)
    listed = " ".join(base_fold(a.get("person") or "") for a in m.attendance)
    read, lists = 0, 0
    for b in lay.blocks:
        if b.heading.kind != "proxy" or b.heading.count_only:
            continue
        lists += 1
        for entry in re.split(r"[,;\n]|\s[–-]\s", _PARENS.sub(" ", m.text[b.start:b.end])):
            g = _GIVER_OF.match(entry.strip())
            if not g:
                continue
            read += 1
            surnames = _SURNAME.findall(g["giver"])
            if surnames and not any(base_fold(n) in listed for n in surnames):
                return f"« {' '.join(g['giver'].split())} » donne pouvoir mais n'est lu(e) dans aucune liste"
    if lists and not read:
        # the list under the heading is not "X à Y" (a box of counts flattened into it: "Absents ayant donné procuration :
        # Nbre de conseillers en exercice : 27 Présents : 17 Adélaïde AMELOT à …"): its givers cannot be looked for
        return "les pouvoirs imprimés n'ont pas été lus et leurs mandants ne se lisent pas sous leur intitulé"
    return None


def _only_present(m: MeetingData, listed: str) -> bool:
    """The words under an empty "Procuration :" heading are the start of the next line, naming a
    member read present ("Procuration : / Patricia MICHOT a été nommée secrétaire"), not a proxy."""
    from pipeline.french import same_person

    if _PROXY_PHRASE.search(fold_keep_length(listed)) or _HOLDER.search(" " + listed):
        return False
    words = _NAME.findall(_PARENS.sub(" ", listed))
    present = [a.get("person") for a in m.attendance if a.get("status") == "present"]
    return bool(words) and all(any(same_person(w, name) for name in present) for w in words)


# ------------------------------------------------------------------------------------------
# Members arriving or leaving during the session
# ------------------------------------------------------------------------------------------

# A member arriving or leaving (folded text): "Madame le maire quitte la séance", "a quitté la salle",
# "sort de la salle", "se retire de la séance", "réintègre la séance", "rejoint la séance", "arrive en
# séance", "entre en séance", "s'absente de la séance", "Départ de Monsieur Eric ROBERT", "Arrivée de
# Mme X", "arrivée à 20 heures 50", "absente à l'ouverture de la séance"
MOVEMENT = re.compile(
    r"\b(?:quitt(?:e|ent)|a\s+quitte|ont\s+quitte)\s+(?:momentanement\s+)?(?:la\s+|l['’]\s*)?(?:seance|salle|reunion|assemblee)\b"
    r"|\bsort(?:ent)?\s+(?:momentanement\s+)?de\s+la\s+(?:salle|seance)\b"
    r"|\bse\s+retir(?:e|ent)\s+(?:de\s+la\s+(?:salle|seance)|et\s+ne\s+prend|pour\s+(?:le|ce)\s+vote)"
    r"|\breintegr(?:e|ent)\s+(?:la\s+|le\s+|l['’]\s*)?(?:seance|salle|conseil|assemblee)\b"
    r"|\brejoin(?:t|nent)\s+(?:la\s+|l['’]\s*)?(?:seance|salle|assemblee)\b"
    r"|\b(?:arrive(?:nt)?|entre(?:nt)?)\s+en\s+(?:cours\s+de\s+)?seance\b"
    r"|\bs['’]\s*absente(?:nt|r)?\s+de\s+la\s+(?:presente\s+)?seance\b"
    r"|\barrivee?s?\s+a\s+\d{1,2}\s*(?:h|heures)\b|\babsente?s?\s+a\s+l['’]\s*ouverture\b"
)
# The same as printed, where case tells a person from a place: "Départ de Monsieur Eric ROBERT", "Arrivée de
# Mme LEBLANC", "Départ de Eric ROBERT" (not "le départ de Castillon du Gard")
MOVEMENT_NAMED = re.compile(r"\b(?:D[ée]part|DEPART|Arriv[ée]e|ARRIVEE)\s+de\s+(?:M\.|Mme|Mlle|Monsieur|Madame|Mr\b|"
                            r"[A-ZÀ-Ý][\wÀ-ÿ\-]+\s+[A-ZÀ-Ý]{2,}\b)")


def movements(m: MeetingData) -> list[tuple[int, str]]:
    """Where the minutes say a member arrived or left during the session: (offset, words); read
    once per session for all its votes."""
    found = m.__dict__.get("_movements")
    if found is None:
        found = m.__dict__["_movements"] = _movements(m.text)
    return found


def _movements(text: str) -> list[tuple[int, str]]:
    if not text:
        return []
    found = [(x.start(), x.end()) for x in MOVEMENT.finditer(fold_keep_length(text))]
    found += [(x.start(), x.end()) for x in MOVEMENT_NAMED.finditer(text)]
    return [(s, " ".join(text[s:e].split())) for s, e in sorted(found)]


def is_movement(line: str) -> bool:
    """True when the line says a member arrives or leaves."""
    return bool(MOVEMENT.search(fold_keep_length(line)) or MOVEMENT_NAMED.search(line))


# ------------------------------------------------------------------------------------------
# Agenda and body
# ------------------------------------------------------------------------------------------

_TITLE_WORD = re.compile(r"[a-z0-9]{4,}")


def title_words(title: str | None) -> list[str]:
    """The significant words of a title, folded, in order."""
    return _TITLE_WORD.findall(base_fold(title or ""))


def heading_in_body(m: MeetingData, item: dict, body_start: int, end: int | None = None) -> tuple[int, str] | None:
    """A line of the body that looks like the heading of `item` ("1. Budget – Commune" for the item
    "1. Budget - Commune / Approbation du compte de gestion…"): its number, then its first
    significant words; or most of its title's first words; or a line starting with its first three
    significant words (a heading cut short, or whose first word a scan misread: "ONF Distraction et
    application du régime fc"). (offset, line) or None. The search runs from `body_start` to `end`."""
    words = title_words(item.get("title"))
    if not words or not m.text:
        return None
    number = str(item.get("number") or "").rstrip(".").rsplit(".", 1)[-1]
    first = words[:2]
    head = words[:SETTINGS.heading_words]
    offset = body_start
    for line in m.text[body_start:end].splitlines(keepends=True):
        folded = base_fold(line)
        line_words = _TITLE_WORD.findall(folded)
        starts = number and re.match(rf"\W*{re.escape(base_fold(number))}\b", folded)
        if starts and line_words[:len(first)] == first or (
                len(head) >= SETTINGS.heading_start and sum(1 for w in head if w in line_words) >= SETTINGS.heading_share * len(head)) or (
                len(head) >= SETTINGS.heading_start and line_words[:SETTINGS.heading_start] == head[:SETTINGS.heading_start]):
            return offset, line.strip()
        offset += len(line)
    return None


# ------------------------------------------------------------------------------------------
# Budget tables
# ------------------------------------------------------------------------------------------

# A line naming one side alone, as a heading above its lines: "Dépenses d'investissement", "RECETTES :"
# (a header naming both, "Dépenses  Recettes", is a table's columns and says nothing of a line)
_SIDE_LINE = re.compile(r"^\W*(?P<side>depenses?|recettes?)\b(?![^\n]*\b(?:depenses?|recettes?)\b)", re.M)


# An amount as DM tables print it: "-145 600,00", "+ 200 000 €", "5 200,00"
_TABLE_AMOUNT = re.compile(r"(?<![\d,.])[-+−–]?\s?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d{2}(?!\d)|\s?€)")




def _amount(value):
    try:
        return None if value is None else round(float(value), 2)
    except (TypeError, ValueError):
        return None


# A transfer between two articles written as a sentence: "Mouvement de -8'355,59€ du 28.156 AU 28.13", "virement de
# 500 € du compte 6063 au compte 6068", "du c/ 2313 vers le c/ 2315": one amount, two lines (one out, one in)
_TRANSFER = re.compile(r"(?i)\bdu\s+(?:compte\s+|article\s+|c\s*/\s*)?(?P<from>\d[\d.]{1,8})\s+(?:au|vers\s+le)\s+"
                       r"(?:compte\s+|article\s+|c\s*/\s*)?(?P<to>\d[\d.]{1,8})")


def _digits(value) -> str:
    return re.sub(r"\D", "", str(value or ""))




def budget_doubts(m: MeetingData, rows: list[dict], totals: list[dict] = ()) -> str | None:
    """Why the lines of one amendment section may be read in part: a line filed under the other
    side than the heading printed above it ("Dépenses d'investissement" then a line read as a
    receipt), or an amount printed amid the lines that no line nor total was read from."""
    for r in rows:
        move = _TRANSFER.search(r.get("source_text") or "")
        if move and not any(_digits(x.get("article")) == _digits(move["to"]) for x in rows):
            return (f"la ligne « {' '.join((r.get('source_text') or '').split())[:80]} » déplace un montant d'un article à "
                    f"un autre ({move['to']}) dont la ligne n'a pas été lue")
        taken = CREDIT_TAKEN.search(base_fold(r.get("source_text") or ""))
        amount = _amount(r.get("amount"))
        if taken and amount is not None and not any(_amount(x.get("amount")) == -amount for x in rows if x is not r):
            return (f"la ligne « {' '.join((r.get('source_text') or '').split())[:80]} » prend un montant pour un autre "
                    "article dont la ligne n'a pas été lue")
    text = m.text
    if not text:
        return None
    spans = sorted((r["char_start"], r.get("char_end") or r["char_start"] + len(r.get("source_text") or ""))
                   for r in [*rows, *totals] if r.get("char_start") is not None)
    if spans:
        first, last = spans[0][0], max(e for _, e in spans)
        for x in _TABLE_AMOUNT.finditer(text, first, last):
            if not any(s <= x.start() < e for s, e in spans) and len(text[first:last]) < SETTINGS.table_chars:
                return (f"le montant « {x.group().strip()} » (p. {m.page_at(x.start())}), imprimé parmi les lignes, "
                        "n'a été lu ni comme ligne ni comme total")
    for r in rows:
        start = r.get("char_start")
        if start is None:
            continue
        window = base_fold(text[max(0, start - SETTINGS.side_reach):start])
        sides = list(_SIDE_LINE.finditer(window))
        if not sides:
            continue
        printed = "dépense" if sides[-1]["side"].startswith("dep") else "recette"
        read = "dépense" if base_fold(r.get("side") or "").startswith("dep") else "recette"
        if printed != read:
            return (f"la ligne « {' '.join((r.get('source_text') or '').split())[:80]} » est lue en {read} mais "
                    f"figure sous l'intitulé « {' '.join(text[max(0, start - SETTINGS.side_reach) + sides[-1].start():][:40].split()[:3])} »")
    if spans and len(text[max(e for _, e in spans):].strip()) < SETTINGS.table_cut_margin:
        return "le tableau s'arrête avec le texte du document (extrait coupé) : ses autres lignes ne sont pas lues"
    return None


# A proxy's holder introduced: "… à M. Jean DUPONT", "… à Mme ITIER", "… à M. le Maire", "représenté par X"
_HOLDER = re.compile(r"\s(?:[àa]|par)\s+(?:(?:M\.|Mme\.?|Monsieur|Madame|Mr\.?|Mlle\.?)\s+)?(?:[A-ZÀ-Ý]|l[ea]\s+(?:maire|pr[ée]sident))")


def proxy_doubts(m: MeetingData) -> list[str]:
    """Why the proxies as read may not be all the proxies printed: a list of proxies printed with
    more holders than proxies read, or proxies printed and none read."""
    unread = proxies_unread(m)
    if unread:
        return [unread]
    lay = layout(m)
    merged = proxies_merged(m)
    out = [merged] if merged else []
    for b in lay.blocks:
        if b.heading.kind != "proxy" or b.heading.count_only:
            continue
        printed = len(_HOLDER.findall(_PARENS.sub(" ", m.text[b.start:b.end])))
        read = sum(1 for p in m.proxies if p.get("char_start") is not None and b.start <= p["char_start"] < b.end)
        if printed > read:
            out.append(f"la liste « {_heading_text(m.text, b.heading)} » imprime {printed} pouvoirs pour {read} lu(s)")
    if m.proxies and lay.region is not None:
        last = max(p.get("char_end") or p["char_start"] for p in lay.proxies) if lay.proxies else None
        if last is not None and cut_after(m.text, last):
            out.append("la liste des pouvoirs s'arrête avec le texte du document (extrait coupé)")
    return out


# A count printed with a list: "Excusés : (2)", "Excusés (2) :", "… Mme Sylvie VALENTE-LE HIR (25)"
_BRACKET = re.compile(BRACKETED_COUNT)


@dataclass(frozen=True)
class PrintedCount:
    """A count printed on a list's heading or after its last name, and the names read under it."""

    block: Block
    count: int
    start: int
    end: int
    listed: int  # names (or proxies) read in the list


def list_counts(m: MeetingData) -> list[PrintedCount]:
    """The lists that print their own count in brackets, with what was read under them; lists
    whose parse disagrees with their layout (more civilities than names, a name of another
    status) are left out: their count of names is not to be trusted.

    The extractor reads the same counts (extractors.attendance.printed_counts, the same BRACKETED_COUNT) to fill the
    meeting's counts; this premise reads them again, on the warehouse's text and this module's layout of the lists,
    because it judges that extraction: a count read by the extractor's own list boundaries would agree with them by
    construction. The two stay apart on purpose."""
    lay, out = layout(m), []
    text = m.text
    for b in lay.blocks:
        h = b.heading
        if h.kind == "other" or h.count_only:
            continue
        # "Excusés (2) :", "Excusés : (2)", or after the last name: "… Mme Sylvie VALENTE-LE HIR (25)"
        count = _BRACKET.search(text, h.start, h.end) or _BRACKET.match(text, _skip_blanks(text, h.end))
        if count is None and b.rows:
            count = _BRACKET.match(text, _skip_blanks(text, max(r.get("char_end") or r["char_start"] for r in b.rows)))
        if count is None:
            continue
        if h.kind == "proxy":
            listed = sum(1 for p in m.proxies if p.get("char_start") is not None and b.start <= p["char_start"] < b.end)
            printed_names = len(_HOLDER.findall(_PARENS.sub(" ", text[b.start:b.end])))
        else:
            group = _STATUS_GROUP.get(h.kind)
            if any(_STATUS_GROUP.get(r.get("status")) != group for r in b.rows):
                continue
            listed = len(b.rows)
            printed_names = civilities(text[b.start:b.end])
        if printed_names > listed:
            continue  # names printed that were not read: the count of names read proves nothing
        out.append(PrintedCount(b, int(count.group(1)), count.start(), count.end(), listed))
    return out


def _skip_blanks(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


# ------------------------------------------------------------------------------------------
# Declared counts
# ------------------------------------------------------------------------------------------

# A count of two kinds at once, read as one of them: "Nombre de conseillers présents ou représentés : 11",
# "présents et représentés : 13", "présents ou ayant donné pouvoir : 12" (folded text before the figure)
COMBINED = re.compile(r"\bpresent(?:\(e\)|e)?s?\s+(?:ou|et|\+|/)\s+(?:representes?|ayant\s+donne\s+(?:pouvoir|procuration))\s*:?\s*$"
                      r"|\bpresent(?:\(e\)|e)?s?\s+(?:ou|et|\+|/)\s+$")


def combined_count(m: MeetingData, field: str) -> bool:
    """True when the count read for `field` is printed as present and represented together
    ("présents ou représentés : 11"): it is their sum, not the one or the other."""
    for row in m.facts:
        if row.get("field") != field or row.get("char_start") is None or not m.text:
            continue
        start = row["char_start"]
        before = fold_keep_length(m.text[max(0, start - SETTINGS.combined_reach):start])
        source = fold_keep_length(row.get("source_text") or "")
        label = re.split(r"\d", source, maxsplit=1)[0]
        if COMBINED.search(" ".join((before + label).split())):
            return True
    return False


def implied_present(m: MeetingData) -> list[str]:
    """Members present that no list names: the one who presides ("sous la présidence de Madame
    GENERMONT Annie, Maire", while "Présents :" names the others) and the holders of proxies (a
    holder must be present to hold one). A count may include them or not: both are read as right."""
    from pipeline.french import is_role, same_person

    listed = [a.get("person") for a in m.attendance if a.get("status") in ("present", "absent", "excused", "invited")]
    if not any(a.get("status") == "present" for a in m.attendance):
        return []
    out: list[str] = []
    for name in [m.meeting.get("president")] + [p.get("holder") for p in m.proxies]:
        if not name or is_role(name) or len(name.split()) < 2:
            continue
        if any(same_person(name, x) or same_person(x, name) for x in listed + out):
            continue
        out.append(name)
    return out
