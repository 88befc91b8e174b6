"""Mojibake: UTF-8 text that was once decoded as a one-byte charset, repaired once, in the reader.

A web page or a text file saved as UTF-8 but read somewhere on its way as Windows-1252,
ISO-8859-1, ISO-8859-15 or ISO-8859-16 (or Windows-1250) shows each accented letter as two
characters: "é" (C3 A9) becomes "Ã©" (Windows-1252, Latin-1, Latin-9) or "Ă©" (Latin-10,
Windows-1250), "’" (E2 80 99) becomes "â€™", "à" (C3 A0) "Ã" + a no-break space. Often only
part of the page went through it ("Présents" clean, "DĂ©but de sĂ©ance" not).

The repair works on each such sequence on its own: a lead character whose byte in one of
`ENCODINGS` starts a UTF-8 sequence, followed by the characters whose bytes continue it; the
bytes decoded as UTF-8 must give a character French minutes are written with (`PLAUSIBLE`).
Fail-safe, so that correct French text is never touched:
- a *strong* sequence starts with a character no French word has ("Ã", "Ă", "Å", "Ć", "Ĺ"), or
  is "â" followed by "€" / a C1 control / "‚" (a three-byte punctuation mark): these are
  repaired wherever they are found;
- a *weak* sequence starts with "Â" (a French capital: "Â«", "Â°", "Â" + no-break space are
  mojibake of «, °, a no-break space), or is a lead followed by a plain space where the no-break
  space was lost ("Ã l'" for "à l'"): these are repaired only in a text where a strong sequence
  was found (the text is known to have gone through a wrong charset).
Where two charsets read a sequence differently ("Ãš": "è" in ISO-8859-15, "Ú" in Windows-1252),
the one that explains more of the document's sequences wins ("â€™" is Windows-1252's ’ only),
then the commoner French character.
A text read twice wrongly ("ÃƒÂ©") is repaired by running the repair again (`MAX_PASSES`), with
strong sequences only (a "Â" the first pass made may be a correct capital).

`repair_lines` returns the repaired lines and, for each change, a `LineRepair` (line, columns
in the repaired line, the original and the repaired characters, the charsets that explain it):
`build_document` makes them the document's `repairs` (`records.TextRepair`, in offsets of its text) so that an analyst sees what was changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

# charsets a French page is wrongly read as, likeliest first (a sequence two of them explain is
# credited to the first)
ENCODINGS = ("cp1252", "iso8859_15", "latin_1", "iso8859_16", "cp1250")
MAX_PASSES = 3  # a text read wrongly twice needs two passes; a third finds nothing left

# what the repaired character may be: the letters and signs French text is written with
PLAUSIBLE = frozenset(
    "àâäæçéèêëîïôöœùûüÿÀÂÄÆÇÉÈÊËÎÏÔÖŒÙÛÜŸ"  # French letters
    "áãåíìñóòõúøÁÃÅÍÌÑÓÒÕÚØßÐðÝýÞþ"  # other Latin-1 letters (names, a double repair's middle step)
    "\u00a0«»°§©®±²³µ·¹º¼½¾¿¡¢£¥ª¬¨´¯¸¤¦×÷"  # Latin-1 signs
    "\u2010\u2011\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026"  # French punctuation
    "\u202f\u2009\u20ac\u2122"  # thin spaces, €, ™ (™: the middle step of a twice-read ’)
)
# how common a repaired character is in French, to choose between two charsets' readings that
# the document's other sequences do not tell apart ("Ãš": è in ISO-8859-15, Ú in Windows-1252)
COMMON = frozenset("éèêëàâçôîïûùüœæ’«»–—…€°\u00a0")
CAPITALS = frozenset("ÉÈÊËÀÂÇÔÎÏÛÙÜŒÆŸÿ‘“”")
# UTF-8 lead bytes whose sequences can decode to a PLAUSIBLE character
LEADS = {0xC2: 1, 0xC3: 1, 0xC5: 1, 0xE2: 2}
WEAK_LEAD = "Â"  # a French capital: its sequences count only in a text known to be mojibake


def _byte_map(encoding: str) -> dict[str, int]:
    """Character -> byte of a one-byte charset (upper half), C1 controls standing for the bytes
    the charset leaves undefined (what a lenient decoder writes for them)."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        try:
            table[bytes([byte]).decode(encoding)] = byte
        except UnicodeDecodeError:
            table[chr(byte)] = byte
    return table


_MAPS = {encoding: _byte_map(encoding) for encoding in ENCODINGS}
_LEAD_CHARS = frozenset(ch for table in _MAPS.values() for ch, byte in table.items() if byte in LEADS)


@dataclass(frozen=True)
class LineRepair:
    """One repaired stretch of a line: `line` is the line's index in the document, `start`/`end`
    its columns in the repaired line, `original` the characters as they were read, `repaired`
    what they became, `encodings` the charsets that explain the line's repairs ("cp1252", ...)."""

    line: int
    start: int
    end: int
    original: str
    repaired: str
    encodings: tuple[str, ...]


def _candidates(text: str, i: int, weak: bool) -> list[tuple[int, str, str, bool]]:
    """The readings of a mojibake sequence starting at `text[i]`, one per charset that explains
    it: (length, repaired character, charset, strong)."""
    lead = text[i]
    found = []
    for encoding in ENCODINGS:
        table = _MAPS[encoding]
        first = table.get(lead)
        if first not in LEADS:
            continue
        need = LEADS[first]
        tail = text[i + 1 : i + 1 + need]
        if len(tail) < need:
            continue
        if weak and need == 1 and first in (0xC2, 0xC3) and tail == " ":
            data = bytes([first, 0xA0])  # the no-break space became a plain space
        else:
            tail_bytes = [table.get(ch) for ch in tail]
            if any(b is None or not 0x80 <= b <= 0xBF for b in tail_bytes):
                continue
            data = bytes([first, *tail_bytes])
        try:
            char = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        strong = lead != WEAK_LEAD and tail != " "
        length = 1 + need
        if tail == " " and first == 0xC3 and not text[i + 2 : i + 3].isspace() and i + 2 < len(text):
            length = 1  # "Ã l'": the space that stood for the no-break one also parted the words; keep it
        if char in PLAUSIBLE and (strong or weak):
            found.append((length, char, encoding, strong))
    return found


def _tier(char: str) -> int:
    return 0 if char in COMMON else 1 if char in CAPITALS else 2


def _sequence(text: str, i: int, weak: bool, votes: dict[str, int]) -> tuple[int, str, str, bool] | None:
    """The best reading of the sequence at `text[i]`: the charset that explains most of the
    document's sequences, then the commoner French character, then `ENCODINGS`' order."""
    found = _candidates(text, i, weak)
    if not found:
        return None
    return min(found, key=lambda c: (-votes.get(c[2], 0), _tier(c[1]), ENCODINGS.index(c[2])))


def _votes(lines: list[str]) -> dict[str, int]:
    """For each charset, how many of the text's strong sequences it explains."""
    votes = dict.fromkeys(ENCODINGS, 0)
    for line in lines:
        for i, ch in enumerate(line):
            if ch in _LEAD_CHARS:
                for _, _, encoding, _ in _candidates(line, i, False):
                    votes[encoding] += 1
    return votes


def _repair(text: str, weak: bool, votes: dict[str, int]) -> tuple[str, set[str]]:
    """`text` with its mojibake sequences repaired, and the charsets used."""
    out: list[str] = []
    used: set[str] = set()
    i = 0
    while i < len(text):
        hit = _sequence(text, i, weak, votes) if text[i] in _LEAD_CHARS else None
        if hit is None:
            out.append(text[i])
            i += 1
            continue
        length, char, encoding, _ = hit
        out.append(char)
        used.add(encoding)
        i += length
    return "".join(out), used


def has_mojibake(text: str) -> bool:
    """Whether `text` holds a strong mojibake sequence (the evidence weak ones need)."""
    return any(_candidates(text, i, False) for i, ch in enumerate(text) if ch in _LEAD_CHARS)


def repair_text(text: str) -> str:
    """`text` repaired (a single string; see `repair_lines` for the record of what changed).

    >>> repair_text("DĂ©but de sĂ©ance, lâ€™ordre du jour")
    'Début de séance, l’ordre du jour'
    >>> repair_text("Présents : Mme Renée CHÂTEAU, « Âge »")
    'Présents : Mme Renée CHÂTEAU, « Âge »'
    """
    lines, _ = repair_lines(text.split("\n"))
    return "\n".join(lines)


def repair_lines(lines: list[str]) -> tuple[list[str], list[LineRepair]]:
    """The lines with their mojibake repaired, and a `LineRepair` for each changed stretch.

    Nothing changes in a text without a strong sequence; where there is one, weak sequences
    are repaired too, in every line."""
    if not any(has_mojibake(line) for line in lines):
        return list(lines), []
    votes = _votes(lines)
    repaired: list[str] = []
    repairs: list[LineRepair] = []
    for index, line in enumerate(lines):
        current, used = line, set()
        for n in range(MAX_PASSES):
            fixed, encodings = _repair(current, n == 0, votes if n == 0 else _votes([current]))  # later passes: strong only
            if fixed == current:
                break
            current, used = fixed, used | encodings
        repaired.append(current)
        if current == line:
            continue
        charsets = tuple(e for e in ENCODINGS if e in used)
        matcher = SequenceMatcher(None, line, current, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                repairs.append(LineRepair(index, j1, j2, line[i1:i2], current[j1:j2], charsets))
    return repaired, repairs


def describe(repairs: list[LineRepair]) -> str:
    """The document's message for its repairs (empty without any)."""
    if not repairs:
        return ""
    charsets = sorted({e for r in repairs for e in r.encodings}, key=ENCODINGS.index)
    lines = len({r.line for r in repairs})
    example = repairs[0]
    return (f"texte réparé : {len(repairs)} passage(s) sur {lines} ligne(s) avaient été décodés en "
            f"{' ou '.join(charsets)} au lieu d'UTF-8 (p. ex. « {example.original} » → « {example.repaired} »)")


def repair_pages(pages: list[list]) -> tuple[list[list], tuple[LineRepair, ...], tuple[str, ...]]:
    """A reader's pages of `RawLine`s with their text repaired, the repairs (line index over all
    pages) and the document's message about them (none when nothing was repaired)."""
    from dataclasses import replace

    flat = [line.text for page in pages for line in page]
    fixed, repairs = repair_lines(flat)
    if not repairs:
        return pages, (), ()
    texts = iter(fixed)
    pages = [[replace(line, text=text) if (text := next(texts)) != line.text else line for line in page] for page in pages]
    return pages, tuple(repairs), (describe(repairs),)
