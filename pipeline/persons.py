"""Persons across meetings: resolve the name variants of one member of one body.

Minutes write the same member as "M. Jérôme BERNARD", "BERNARD Jérôme", "Jérôme Bernard",
"BERNARD J." or just "M. BERNARD". `rebuild` reads every name stored in the warehouse
(attendance, substitutes, proxies, named votes, president, secretary), groups the variants of
one person within one body, and rewrites the `persons` and `person_mentions` tables. It is
derived data: `pipeline.ingest` calls it at the end of each run for the bodies the run
touched, so it never lags behind the rows.

Rules, most certain first, all within one body ("Commune de Pierrefonds"; a meeting whose
body is unknown is its own scope):
1. full names whose words agree after folding case, accents and hyphens are one person,
   whatever the order ("BERNARD Jérôme" = "Jérôme BERNARD" = "Jérôme Bernard");
2. a surname with initials ("CAUQUIL R.") joins the one full name of that surname whose given
   names have those initials (same meeting first, then the body); never when two could match;
3. a surname alone ("M. DUTILLOY") joins the one person of that surname named in the same
   meeting; otherwise it stays a person of its own, limited to that meeting. Two people are
   never merged on a surname alone, and a civility of the other sex blocks any match.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from pipeline.french import CIVILITY, NAME_PARTICLES, is_surname_word, normal_civility
from pipeline.text import fold as base_fold

_SEX = {"M.": "m", "Mme": "f", "Mlle": "f"}
# Initials after or before a surname: "R.", "M.J.", "J-P.", "J.-P.", "R"
_INITIALS = regex.compile(r"^(?:\p{Lu}\.?-?){1,3}$")
# "(suppléant de M. Y)", "(arrivée à 19h)": asides that are not part of the name
_ASIDE = regex.compile(r"\s*\([^)]*\)?")
# "Jérôme BERNARD, Président", "M. DAVID – Maire": a function printed after the name
_AFTER_NAME = regex.compile(r"\s*(?:,|;|\s[-–—]\s).*$")


def fold(text: str) -> str:
    """Lower case, no accents, typographic apostrophes made plain: "Lüder" -> "luder"."""
    return base_fold(text.replace("’", "'"))


@lru_cache(maxsize=65536)
def _key_words(text: str) -> tuple[str, ...]:
    """Folded words of a name part, hyphens as spaces: "Marie-Alice" -> ("marie", "alice")."""
    return tuple(w for w in regex.split(r"[\s\-]+", fold(text)) if w and w != ".")


@dataclass(frozen=True)
class ParsedName:
    """A name as written, split into its parts; `ordered` when case tells surname from given names."""

    written: str
    civility: str | None
    surname: str  # as printed ("LE BIHAN"); the whole name when the order is unknown
    given: str  # as printed ("Marie-Alice"); "" when absent
    initials: str  # "R", "MJ"; "" when absent
    ordered: bool

    @property
    def kind(self) -> str:
        """full, unordered (full name, order unknown), initials or surname."""
        if self.given:
            return "full" if self.ordered else "unordered"
        if self.initials:
            return "initials"
        return "surname"

    @property
    def sex(self) -> str | None:
        return _SEX.get(self.civility or "")


def parse_name(written: str, civility: str | None = None) -> ParsedName | None:
    """Split a written name into civility, surname, given names and initials; None if no name.

    >>> parse_name("BERNARD Jérôme").given
    'Jérôme'
    >>> parse_name("CAUQUIL R.").initials
    'R'
    """
    text = _AFTER_NAME.sub("", _ASIDE.sub(" ", written or "").strip(" ,;"))
    text = " ".join(text.replace("\u00a0", " ").split()).strip(" ,;:")
    m = CIVILITY.match(text)
    if m and len(text) > m.end():
        civility = civility or normal_civility(m["civ"]) or m["civ"]
        text = text[m.end():]
    if civility:
        civility = normal_civility(civility) or civility
    words = [w for w in text.split() if w.strip(".-")]
    if not words or not any(c.isalpha() for c in text):
        return None
    initials = [w for w in words if len(words) > 1 and _INITIALS.match(w) and ("." in w or sum(c.isalpha() for c in w) == 1)]
    rest = [w for w in words if w not in initials]
    upper = [w for w in rest if is_surname_word(w)]
    lower = [w for w in rest if not is_surname_word(w)]
    letters = "".join(c for w in initials for c in w if c.isalpha())
    if upper and lower:
        # particles written in lower case before the surname belong to it ("de LA FONTAINE")
        given = [w for w in lower if fold(w) not in NAME_PARTICLES]
        surname = [w for w in rest if w not in given]
        if given:
            return ParsedName(written, civility, " ".join(surname), " ".join(given), letters, True)
        return ParsedName(written, civility, " ".join(surname), "", letters, True)
    if initials and rest:
        return ParsedName(written, civility, " ".join(rest), "", letters, True)
    if len(rest) == 1:
        return ParsedName(written, civility, rest[0], "", letters, True)
    if fold(rest[0]) in NAME_PARTICLES:  # "LE BIHAN", "de la Fontaine": a surname alone
        return ParsedName(written, civility, " ".join(rest), "", letters, True)
    # "Jérôme Bernard", "JÉRÔME BERNARD": words only, order unknown
    return ParsedName(written, civility, " ".join(rest), " ".join(rest), letters, False)


_GIVEN_SEPARATORS = regex.compile(r"[\s\-]+")


def _given_initials(given: str) -> str:
    """Initials of given names: "Jean-Pierre" -> "JP", "Marie Christine" -> "MC"."""
    return "".join(w[0].upper() for w in _GIVEN_SEPARATORS.split(given) if w and w[0].isalpha())


def scope_of(body: str | None, document_id: str) -> str:
    """The scope persons are resolved in: the body, folded ("Ville de LANNION" = "Commune de Lannion")."""
    if not body or not body.strip():
        return f"document:{document_id}"
    words = _key_words(body)
    if len(words) > 2 and words[0] in ("commune", "ville", "mairie") and words[1] == "de":
        words = words[2:]
    return "body:" + " ".join(words)


@dataclass
class Mention:
    """One name in one stored row, waiting for its person."""

    scope: str
    body: str | None
    meeting_id: str
    document_id: str
    date: object
    source_table: str
    role: str
    name: ParsedName
    status: str | None = None
    vote: str | None = None
    item_number: str | None = None
    page: int | None = None
    char_start: int | None = None
    char_end: int | None = None
    source_text: str | None = None
    person_key: str | None = None
    link: str | None = None


@dataclass
class _Cluster:
    """The mentions gathered for one person so far, with what matching needs kept up to date."""

    key: str
    mentions: list[Mention] = field(default_factory=list)
    meetings: set[str] = field(default_factory=set)
    sexes: set[str] = field(default_factory=set)
    surnames: set[tuple[str, ...]] = field(default_factory=set)
    initials: set[str] = field(default_factory=set)
    words: set[tuple[str, ...]] = field(default_factory=set)

    def add(self, mention: Mention) -> None:
        name = mention.name
        self.mentions.append(mention)
        self.meetings.add(mention.meeting_id)
        if name.sex:
            self.sexes.add(name.sex)
        if name.kind in ("full", "initials"):
            self.surnames.add(_key_words(name.surname))
        if name.kind == "full":
            self.initials.add(_given_initials(name.given))
            self.words.add(tuple(sorted(_key_words(name.surname) + _key_words(name.given))))

    def sex(self) -> str | None:
        return next(iter(self.sexes)) if len(self.sexes) == 1 else None


def _compatible(cluster: _Cluster, name: ParsedName) -> bool:
    sex = cluster.sex()
    return not (sex and name.sex and sex != name.sex)


def _pick(candidates: list[_Cluster], meeting_id: str, body_wide: bool) -> _Cluster | None:
    """The one candidate named in the same meeting, else (when allowed) the one in the body."""
    same = [c for c in candidates if meeting_id in c.meetings]
    if len(same) == 1:
        return same[0]
    if not same and body_wide and len(candidates) == 1:
        return candidates[0]
    return None


def resolve(mentions: list[Mention]) -> list[Mention]:
    """Give each mention a `person_key` and a `link` (how it was matched); mentions of one scope."""
    clusters: dict[str, _Cluster] = {}
    by_surname: dict[tuple[str, ...], dict[str, _Cluster]] = defaultdict(dict)
    by_words: dict[tuple[str, ...], dict[str, _Cluster]] = defaultdict(dict)

    def join(key: str, mention: Mention, link: str) -> None:
        mention.person_key, mention.link = key, link
        cluster = clusters.setdefault(key, _Cluster(key))
        cluster.add(mention)
        for surname in cluster.surnames:
            by_surname[surname][key] = cluster
        for words in cluster.words:
            by_words[words][key] = cluster

    def full_only(found: dict[str, _Cluster]) -> list[_Cluster]:
        return [c for k, c in found.items() if k.startswith("full:")]

    by_kind: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_kind[m.name.kind].append(m)
    # 1. full names: same words in the same roles
    for m in by_kind["full"]:
        join("full:" + " ".join(_key_words(m.name.surname)) + "|" + " ".join(_key_words(m.name.given)), m, "full_name")
    # 1b. full names of unknown order: the same words as exactly one full name
    for m in by_kind["unordered"]:
        words = tuple(sorted(_key_words(m.name.given)))
        matches = [c for c in full_only(by_words.get(words, {})) if _compatible(c, m.name)]
        if len(matches) == 1:
            join(matches[0].key, m, "same_words")
            continue
        surname_match = [c for c in full_only(by_surname.get(_key_words(m.name.surname), {})) if _compatible(c, m.name)]
        picked = _pick(surname_match, m.meeting_id, body_wide=False) if not matches else None
        if picked:  # "Le Bihan" alone, in a vote of the meeting where Paul LE BIHAN sits
            join(picked.key, m, "surname_in_meeting")
        else:
            join("words:" + " ".join(words), m, "same_words")
    # 2. surname and initials
    for m in by_kind["initials"]:
        surname = _key_words(m.name.surname)
        same_surname = full_only(by_surname.get(surname, {}))
        candidates = [
            c for c in same_surname
            if _compatible(c, m.name) and any(i.startswith(m.name.initials.upper()) for i in c.initials)
        ]
        picked = _pick(candidates, m.meeting_id, body_wide=True)
        if picked and not (len(same_surname) > 1 and m.meeting_id not in picked.meetings):
            join(picked.key, m, "initials")
        elif len(candidates) > 1 or len(same_surname) > 1:  # ambiguous: keep it to its own meeting
            join(f"ambiguous:{m.meeting_id}:" + " ".join(surname) + "|" + m.name.initials.upper(), m, "ambiguous")
        else:
            join("initials:" + " ".join(surname) + "|" + m.name.initials.upper(), m, "initials")
    # 3. surname alone: only within its own meeting
    for m in by_kind["surname"]:
        surname = _key_words(m.name.surname)
        candidates = [
            c for k, c in by_surname.get(surname, {}).items()
            if k.startswith(("full:", "initials:")) and _compatible(c, m.name)
        ]
        picked = _pick(candidates, m.meeting_id, body_wide=False)
        if picked:
            join(picked.key, m, "surname_in_meeting")
        else:
            join(f"surname:{m.meeting_id}:" + " ".join(surname), m, "surname_only")
    return mentions


def person_id(scope: str, key: str) -> str:
    """A stable identifier: the same person keeps it across rebuilds."""
    return "P" + hashlib.sha1(f"{scope}|{key}".encode()).hexdigest()[:12]


def _most_common(values) -> str | None:
    values = [v for v in values if v]
    if not values:
        return None
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], len(v), v))


def person_row(scope: str, key: str, mentions: list[Mention]) -> list:
    """The persons row of one resolved person."""
    names = [m.name for m in mentions]
    full = [n for n in names if n.kind == "full"]
    if full:
        given = _most_common(n.given for n in full)
        surname = _most_common(n.surname for n in full)
        display, resolution = f"{given} {surname}", "full_name"
    elif key.startswith("words:"):
        given, surname = None, None
        display, resolution = _most_common(n.surname for n in names), "full_name"
    elif key.startswith(("initials:", "ambiguous:")):
        given, surname = None, _most_common(n.surname for n in names)
        display = f"{_most_common(n.initials for n in names)}. {surname}"
        resolution = "initials" if key.startswith("initials:") else "ambiguous_initials"
    else:
        given, surname = None, _most_common(n.surname for n in names)
        display, resolution = surname, "surname_only"
    initials = _given_initials(given) if given else _most_common(n.initials for n in names)
    dates = sorted(m.date for m in mentions if m.date)
    return [
        person_id(scope, key), scope, _most_common(m.body for m in mentions), display, surname, given, initials or None,
        _most_common(n.civility for n in names), resolution, sorted({n.written for n in names}),
        len({m.date or m.meeting_id for m in mentions}), len(mentions), dates[0] if dates else None, dates[-1] if dates else None,
    ]


_MENTIONS_SQL = """
select m.body, m.meeting_id, m.document_id, m.date, x.* from (
    select meeting_id, 'attendance' as source_table, 'attendee' as role, person as name, civility, status, null as vote,
           null as item_number, page, char_start, char_end, source_text from attendance
    union all
    select meeting_id, 'attendance', 'substituted', substitute_for, null, null, null, null, page, char_start, char_end, source_text
    from attendance where substitute_for is not null and trim(substitute_for) <> ''
    union all
    select meeting_id, 'proxies', 'proxy_giver', giver, null, null, null, null, page, char_start, char_end, source_text from proxies
    union all
    select meeting_id, 'proxies', 'proxy_holder', holder, null, null, null, null, page, char_start, char_end, source_text from proxies
    union all
    select meeting_id, 'individual_votes', 'voter', person, null, null, vote, item_number, page, char_start, char_end, source_text
    from individual_votes
    union all
    select g.meeting_id, 'meetings', g.field, case g.field when 'president' then mt.president else mt.secretary end,
           null, null, null, null, coalesce(f.page, mt.page), f.char_start, f.char_end, f.source_text
    from (select meeting_id, unnest(['president', 'secretary']) as field from meetings) g
    join meetings mt using (meeting_id)
    left join meeting_facts f on f.meeting_id = g.meeting_id and f.field = g.field
) x join meetings m using (meeting_id)
{where}
order by m.date nulls last, m.meeting_id, x.source_table, x.char_start nulls last, x.role, x.name
"""


def collect(con, meeting_ids: list[str] | None = None) -> list[Mention]:
    """Every name stored in the warehouse (or in the sessions named), parsed, with where it was read."""
    if meeting_ids is None:
        sql, params = _MENTIONS_SQL.format(where=""), []
    else:
        sql, params = _MENTIONS_SQL.format(where="where m.meeting_id in (select unnest(?::varchar[]))"), [meeting_ids]
    mentions = []
    for (body, meeting_id, document_id, date, _mid, source_table, role, name, civility, status, vote, item_number,
         page, char_start, char_end, source_text) in con.execute(sql, params).fetchall():
        parsed = parse_name(name, civility) if name else None
        if parsed is None:
            continue
        mentions.append(Mention(
            scope_of(body, document_id), body, meeting_id, document_id, date, source_table, role, parsed, status, vote,
            item_number, page, char_start, char_end, source_text,
        ))
    return mentions


def scopes_to_resolve(con, meeting_ids: list[str]) -> set[str]:
    """The scopes whose persons change when these sessions were written: theirs now, theirs
    before (a new version of the pipeline may read another body), and those of sessions
    removed since the persons were last resolved (a replaced or deleted document)."""
    scopes = {scope_of(body, did) for did, body in con.execute(
        "select document_id, body from meetings where meeting_id in (select unnest(?::varchar[]))", [meeting_ids]).fetchall()}
    scopes |= {scope for (scope,) in con.execute(
        "select distinct p.scope from person_mentions pm join persons p using (person_id) "
        "where pm.meeting_id in (select unnest(?::varchar[])) or pm.meeting_id not in (select meeting_id from meetings)",
        [meeting_ids]).fetchall()}
    return scopes


def rebuild(con, meeting_ids: list[str] | None = None) -> int:
    """Rewrite `persons` and `person_mentions` from the stored rows, in one transaction; persons found.

    With `meeting_ids` (the sessions an ingest wrote), only the scopes those sessions touch are
    resolved again (`scopes_to_resolve`): names are resolved within one body, so the others'
    persons cannot change, and an ingest of a few documents into a warehouse of thousands reads
    the history of their bodies only, not every name ever stored."""
    scopes = None if meeting_ids is None else scopes_to_resolve(con, meeting_ids)
    if scopes is not None and not scopes:
        return 0
    sessions = None
    if scopes is not None:
        sessions = [mid for mid, did, body in con.execute("select meeting_id, document_id, body from meetings").fetchall()
                    if scope_of(body, did) in scopes]
    by_scope: dict[str, list[Mention]] = defaultdict(list)
    for m in collect(con, sessions):
        by_scope[m.scope].append(m)
    person_rows, mention_rows = [], []
    for scope, mentions in by_scope.items():
        grouped: dict[str, list[Mention]] = defaultdict(list)
        for m in resolve(mentions):
            grouped[m.person_key].append(m)
        for key, members in grouped.items():
            person_rows.append(person_row(scope, key, members))
            pid = person_id(scope, key)
            mention_rows.extend(
                [pid, m.meeting_id, m.document_id, m.source_table, m.role, m.name.written, m.link, m.status, m.vote,
                 m.item_number, m.page, m.char_start, m.char_end, m.source_text]
                for m in members
            )
    from pipeline.load import insert_rows
    from pipeline.migrations import transaction

    with transaction(con):
        if scopes is None:
            con.execute("delete from person_mentions")
            con.execute("delete from persons")
        else:
            con.execute("delete from person_mentions where person_id in "
                        "(select person_id from persons where scope in (select unnest(?::varchar[])))", [sorted(scopes)])
            con.execute("delete from persons where scope in (select unnest(?::varchar[]))", [sorted(scopes)])
        insert_rows(con, "persons", person_rows)
        insert_rows(con, "person_mentions", mention_rows)
    return len(person_rows)
