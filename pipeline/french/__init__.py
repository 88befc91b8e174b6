"""The French grammar layer, shared by extractors, checks and persons: one module per kind of
words minutes print.

- `numbers`: numbers in words ("vingt et un", via text2num) and counts ("néant");
- `counts`: the counts minutes declare ("Nombre de membres en exercice : 15", "32 présents"), for the meeting
  and the checks;
- `dates`: dates in digits or words, times of day, month names;
- `amounts`: amounts in euros ("-145 600,00") and a credit taken from an account ("par prélèvement sur");
- `names`: civilities, person names (read in a list or a sentence: `person_parts`, `is_person_name`,
  `read_name`), functions, and when two spellings are one person;
- `elisions`: apostrophes a transcription lost, put back ("l adhésion" → "l'adhésion");
- `votes`: the one vote grammar (outcomes, counts, named voters, votes recalled or of another body);
- `session`: the labels of the session's opening ("Présents :", "Secrétaire de séance": where the opening ends)
  and the line closing it ("La séance est levée à 22 h"), for segmentation and the meeting.

Every parser returns None (never raises) on text it does not recognise. Checks import this
layer, never the extractors.
"""

from __future__ import annotations

from pipeline.french.amounts import AMOUNT, parse_amount
from pipeline.french.dates import (
    DATE_DIGITS,
    DATE_NUMERIC,
    DATE_WORDS,
    MONTHS,
    TIME,
    TIME_WORDS,
    WEEKDAYS,
    YEAR_WORDS,
    find_dates,
    find_times,
    french_date,
    iso_date,
    month_number,
    parse_date,
    parse_time,
    printed_weekday,
    weekday_in,
)
from pipeline.french.names import (
    CIVILITIES,
    CIVILITY,
    COUNT_ONLY,
    FUNCTION,
    INITIALS,
    INITIALS_PATTERN,
    NAME_PARTICLES,
    NARRATIVE_START,
    ORGANISATION_WORDS,
    PROXY_GIVEN,
    PROXY_GIVES,
    PROXY_VERB,
    ROLE_WORDS,
    SENTENCE_END,
    clean_name,
    function_named,
    is_organisation_word,
    is_person_name,
    is_role,
    is_role_word,
    is_surname_word,
    is_whole_name,
    mend_glued_words,
    mend_hyphens,
    mend_line_breaks,
    mend_split_words,
    name_and_role,
    name_tokens,
    normal_civility,
    normalise_person,
    person_parts,
    read_labelled_name,
    read_name,
    same_person,
    split_civility,
    surnames_in,
)
from pipeline.french.numbers import COUNT_WORDS, NUMBER_WORD, NUMBER_WORDS, parse_count, words_to_number
from pipeline.text import fold


def fold_words(text: str | None) -> str:
    """Folded (lower case, no accents) with its spaces collapsed: "Délibération  du" -> "deliberation du"."""
    return " ".join(fold(str(text or "")).split())


__all__ = [
    "AMOUNT", "CIVILITIES", "COUNT_ONLY", "COUNT_WORDS", "CIVILITY", "DATE_DIGITS", "DATE_NUMERIC", "DATE_WORDS", "FUNCTION",
    "INITIALS", "INITIALS_PATTERN", "MONTHS", "NAME_PARTICLES",
    "NARRATIVE_START", "ORGANISATION_WORDS", "PROXY_GIVEN", "PROXY_GIVES", "PROXY_VERB", "SENTENCE_END", "clean_name", "function_named",
    "is_organisation_word", "is_person_name", "is_whole_name", "mend_glued_words", "mend_hyphens", "mend_line_breaks", "mend_split_words", "name_and_role",
    "person_parts",
    "NUMBER_WORD", "NUMBER_WORDS", "ROLE_WORDS", "TIME", "TIME_WORDS", "WEEKDAYS", "YEAR_WORDS", "find_dates", "printed_weekday", "weekday_in",
    "find_times", "fold", "fold_words", "french_date", "is_role", "is_role_word", "is_surname_word", "iso_date",
    "month_number", "name_tokens", "normal_civility", "normalise_person", "parse_amount", "parse_count",
    "parse_date", "parse_time", "read_labelled_name", "read_name", "same_person", "split_civility", "surnames_in", "words_to_number",
]
