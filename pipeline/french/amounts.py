"""Amounts as French minutes print them: "-145 600,00", "145.600,00 €", "1'697€", "(1 200,00)".

parse_amount returns None (never raises) on text it does not recognise.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import regex

from pipeline.text import fold

# "-145 600,00", "145.600,00 €", "1'697€", "+900 €", "(1 200,00)", "1507.50", "- 2 000 €", "600 € HT", "1 200,00 euros TTC"
AMOUNT = regex.compile(
    r"(?P<sign>[-+−–‑]\s*)?(?P<paren>\()?(?P<int>\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})+|\d+)(?:[,.](?P<dec>\d{1,2}))?(?(paren)\))"
    r"\s*(?:€|euros?|EUR)?(?:\s*(?:HT|H\.T\.?|TTC|T\.T\.C\.?|hors\s+taxes?|toutes\s+taxes\s+comprises))?",
    regex.I,
)

# A credit taken from one account for another, in a sentence (accents or not: the budget extractor reads the text as
# printed, the budget check folded): "prélever 1 500 € sur le compte 022", "par prélèvement sur l'article 022", "en
# prenant sur", "pris sur le chapitre 022", "puisés sur", "par une ponction sur", "en diminuant d'autant", "réduit le
# compte 2313", "réduction du compte", "depuis le compte 022" (the one spelling of the budget extractor's and the check's)
CREDIT_TAKEN = regex.compile(
    r"\bpr[ée]l[eè]v\w*|\bdiminu\w*|\br[ée]dui[st]\w*|\br[ée]duction\b|\bdepuis\b|\b(?:pren\w*|pris\w*|puis\w*|ponction\w*)\s+sur\b",
    regex.I)


def budget_section(word: str | None) -> str | None:
    """The section of a budget a word names: investissement or fonctionnement ("exploitation", the operating section of
    an annex budget, is fonctionnement); the budget extractor and the budget check read it alike.

    >>> budget_section(" INVESTISSEMENT"), budget_section("Total")
    ('investissement', None)
    >>> budget_section("Exploitation")
    'fonctionnement'
    """
    word = fold(word or "").lstrip()
    if word.startswith("invest"):
        return "investissement"
    if word.startswith(("fonct", "exploit")):
        return "fonctionnement"
    return None


def budget_side(word: str | None) -> str | None:
    """The side a word names: dépense or recette, whatever the spelling ("Dépenses", "RECETTES", "depense"); never a
    word that only begins alike ("Dépendances").

    >>> budget_side("Dépenses"), budget_side(" RECETTES"), budget_side("Dépendances")
    ('dépense', 'recette', None)
    """
    word = fold(word or "").lstrip()
    return "dépense" if word.startswith("depense") else "recette" if word.startswith("recette") else None


# (name, pattern, must match, must not match): run by tests/test_french.py
RULES = (
    ("credit_taken", CREDIT_TAKEN,
     ("prélever la somme de 1 500 € sur le compte 022", "par prélèvement sur l'article 022", "par prelevement sur le 022",
      "en prenant sur les dépenses imprévues", "pris sur le chapitre 022", "par une ponction sur l'article 615221",
      "en diminuant d'autant le compte 2313", "en réduisant le compte 6232", "réduction du compte 022",
      "virement depuis le compte 022", "PRÉLÈVEMENT SUR LE 022"),
     ("abonder le compte 6541 de 300 €", "pour l'affecter au compte 6558", "Dépenses imprévues : 1 500 €",
      "le conseil prend acte du rapport", "surprenant", "compris dans le budget")),
)

# Thousands separators: "1 200", "1.200", "1'200", "1 200" (no-break spaces)
_THOUSANDS = regex.compile(r"[ \u00a0\u202f.'’]")


def parse_amount(text: str) -> Decimal | None:
    """A French amount as a signed Decimal, or None: the one parser of amounts.

    Thousands grouped by spaces (no-break or narrow too), dots or apostrophes; decimals after a
    comma or a dot (one or two digits); a sign with or without blanks ("+ 1 600", "−5 200",
    "–1'697"), or parentheses for a negative amount; "€", "euros", "EUR" and "HT" / "TTC" after it.

    >>> parse_amount("-145 600,00")
    Decimal('-145600.00')
    >>> parse_amount("(1 200,00)")
    Decimal('-1200.00')
    >>> parse_amount("1'697€")
    Decimal('1697')
    >>> parse_amount("+ 18 000.00")
    Decimal('18000.00')
    >>> parse_amount("600 € HT")
    Decimal('600')
    """
    text = text.strip()
    m = AMOUNT.fullmatch(text) or AMOUNT.fullmatch(text.rstrip(" €"))
    if not m:
        return None
    digits = _THOUSANDS.sub("", m["int"])
    try:
        value = Decimal(digits + ("." + m["dec"] if m["dec"] else ""))
    except InvalidOperation:
        return None
    if m["dec"] and len(m["dec"]) == 1:
        value = value.quantize(Decimal("0.1"))
    negative = (m["sign"] and m["sign"].strip() in "-−–‑") or bool(m["paren"])
    return -value if negative else value


def french_euros(value: Decimal, cents: bool = True) -> str:
    """An amount written as French minutes print it, for a message: digits grouped by three, a decimal comma, the
    euro sign; without its cents where they are nought and `cents` is False.

    >>> french_euros(Decimal("-145600"))
    '-145 600,00 €'
    >>> french_euros(Decimal("1400.00"), cents=False), french_euros(Decimal("1400.5"), cents=False)
    ('1 400 €', '1 400,50 €')
    """
    sign = "-" if value < 0 else ""
    whole, decimals = f"{abs(value):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    written = f"{sign}{' '.join(groups)},{decimals}"
    return (written if cents else written.replace(",00", "")) + " €"
