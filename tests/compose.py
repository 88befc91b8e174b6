"""Synthetic minutes composed from independent axes of real phrasings, with their gold by construction.

Rules learned from a few annotated excerpts fit those excerpts' phrasings; unseen minutes combine the
same familiar pieces differently (a known proxy phrasing after an unusual separator, a list label in
capitals with a count in brackets, an agenda numbered "1/"). This generator crosses the pieces: each
AXIS below is one table of how French minutes print one thing (the phrasings come from the pattern
tables' must-rows, tests/test_gen_*_variants.py, docs/ and other bodies' minutes); a document picks
one option per axis (seeded, so deterministic), and its gold (the scorer's format,
../shared/eval/README.md) follows from the choices. `compose(seed)` -> Doc(name, text, gold, choice).

Names and places are invented; only the short formulas are as printed.
"""

from __future__ import annotations

import datetime as _dt
import random
from dataclasses import dataclass, field

import regex

# --- invented people and places --------------------------------------------------------------------
GIVEN = [("Jean", "M"), ("Anne", "F"), ("Luc", "M"), ("Claire", "F"), ("Paul", "M"), ("Julie", "F"),
         ("Marc", "M"), ("Sophie", "F"), ("Pierre", "M"), ("Isabelle", "F"), ("Alain", "M"), ("Nathalie", "F"),
         ("Gérard", "M"), ("Sylvie", "F"), ("Thierry", "M"), ("Hélène", "F"), ("Olivier", "M"), ("Martine", "F"),
         ("Jean-Pierre", "M"), ("Marie-Claude", "F"), ("Rémi", "M"), ("Éliane", "F"), ("Bruno", "M"), ("Agnès", "F"),
         ("Didier", "M"), ("Valérie", "F"), ("Yves", "M"), ("Odile", "F"), ("Hervé", "M"), ("Brigitte", "F")]
SURNAMES = ["DUPONT", "MARTIN", "PETIT", "LEROY", "DURAND", "ROUX", "BLANC", "MOREAU", "FAURE", "GIRARD",
            "BONNET", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT", "MULLER", "LEFEVRE", "MERCIER", "GARNIER",
            "CHEVALIER", "FRANCOIS", "LEGRAND", "GAUTHIER", "PERRIN", "ROBIN", "CLEMENT", "MASSON", "MARCHAND",
            "DUMAS", "BRUN", "LE GALL", "BARRE", "COLIN", "RENAUD", "AUBERT", "BRETON", "HUET", "CARON",
            "PICARD", "ROGER", "GUILLOT", "NOEL", "MEUNIER", "BOYER", "JOLY", "LUCAS", "MAILLARD", "ARNAUD"]
TOWNS = ["Saint-Martin-du-Bois", "Beaulieu-sur-Loire", "Montreuil-Bellay", "Villeneuve-la-Rivière", "Ornans",
         "Sainte-Croix-aux-Mines", "Castelnau", "Plouvien", "Lussac", "Aubeterre"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
         "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
TENS = {20: "vingt", 30: "trente"}
TITLES = ["Approbation du procès-verbal de la séance précédente", "Budget primitif de la commune",
          "Tarifs de la cantine scolaire", "Subvention à l'association sportive",
          "Travaux de voirie : demande de subvention au Département", "Création d'un poste d'adjoint technique",
          "Convention de mise à disposition de la salle des fêtes", "Indemnités de fonction des élus",
          "Acquisition d'une parcelle de terrain", "Modification des statuts du syndicat d'énergie",
          "Renouvellement du contrat d'assurance", "Rapport sur le prix et la qualité du service de l'eau",
          "Demande de subvention au titre de la dotation d'équipement des territoires ruraux pour la rénovation de l'école",
          "Adhésion au groupement de commandes pour l'achat d'électricité coordonné par le syndicat départemental"]


def words(n: int, feminine: bool = False) -> str:
    """A number in words, as minutes write dates and votes ("vingt et un", "dix-sept")."""
    if n == 1 and feminine:
        return "une"
    if n < 20:
        return UNITS[n]
    tens, unit = divmod(n, 10)
    head = TENS[tens * 10]
    if unit == 0:
        return head
    if unit == 1:
        return f"{head} et {'une' if feminine else 'un'}"
    return f"{head}-{UNITS[unit]}"


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    sex: str

    @property
    def gold(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def civ(self) -> str:
        return "M." if self.sex == "M" else "Mme"


@dataclass
class Ctx:
    """What one document is about: its people, counts, date and items."""

    rng: random.Random
    town: str
    day: int
    month: int
    year: int
    weekday: str
    present: list[Person]
    excused: list[Person]          # excused, no proxy
    givers: list[tuple[Person, Person]]  # (giver, holder): givers are excused
    absent: list[Person]
    president: Person
    secretary: Person
    items: list[str]
    org: str = ""       # the body: "Commune de X", "Communauté de communes du Pays de X"
    assembly: str = ""  # as printed: "Conseil municipal", "Comité syndical"
    function: str = ""  # the president's: "Maire", "Président"
    gold: dict = field(default_factory=dict)

    @property
    def in_office(self) -> int:
        return len(self.present) + len(self.excused) + len(self.givers) + len(self.absent)

    @property
    def voters(self) -> int:
        return len(self.present) + len(self.givers)


def _initials(given: str) -> str:
    return "-".join(part[0] + "." for part in given.split("-"))


# --- AXIS: how a person is printed in a list (the gold is always "Given SURNAME") ------------------
NAME_ORDER = {
    "civ_given_SURNAME": lambda p: f"{p.civ} {p.given} {p.surname}",
    "SURNAME_given": lambda p: f"{p.surname} {p.given}",
    # (a given name whose initial is "M" stays whole: the scorer reads "Mme M. DUPONT" as two civilities; "J.-P." for
    # "Jean-Pierre")
    "civ_initial_SURNAME": lambda p: f"{p.civ} {_initials(p.given) if p.given[0] != 'M' else p.given} {p.surname}",
    "given_Surname": lambda p: f"{p.given} {p.surname.title()}",
    # initials with no civility, the dots placed otherwise ("J.P.", "J-P.", invented after m10 Verfeil's "JP. CULOS"): one
    # grammar of initials reads them all (the run "JP." itself is a unit row only: the scorer matches "JP." to no given name)
    "I.N.I.T.I.A.L.S._SURNAME": lambda p: f"{''.join(w[0] + '.' for w in p.given.split('-')) if p.given[0] != 'M' else p.given} {p.surname}",
    "I-N-I_SURNAME": lambda p: f"{'-'.join(w[0] for w in p.given.split('-')) + '.' if p.given[0] != 'M' else p.given} {p.surname}",
    "Madame_given_SURNAME": lambda p: f"{'Monsieur' if p.sex == 'M' else 'Madame'} {p.given} {p.surname}",
    "M_SURNAME_given": lambda p: f"{'M' if p.sex == 'M' else 'Mme'} {p.surname} {p.given}",  # "M" without its dot
    # the SURNAME alone after the civility: the gold names them so too, as the document does
    "civ_SURNAME": lambda p: f"{p.civ} {p.surname}",
}
SURNAME_ONLY = {"civ_SURNAME"}


# --- AXIS: how a list of names is separated --------------------------------------------------------
def _join(sep: str):
    def join(names: list[str]) -> str:
        if sep == "lines":
            return "\n" + "\n".join(names) + "\n"
        if sep == "numbered":
            return "\n" + "\n".join(f"{i}. {n}" for i, n in enumerate(names, 1)) + "\n"
        if sep == "dashes":
            return "\n" + "\n".join(f"- {n}" for n in names) + "\n"
        if sep == "et" and len(names) > 1:
            return ", ".join(names[:-1]) + " et " + names[-1] + ".\n"
        return sep.join(names) + "\n"
    return join


SEPARATOR = {"comma": _join(", "), "dash": _join(" - "), "semicolon": _join(" ; "), "et": _join("et"),
             "lines": _join("lines"), "dashes": _join("dashes"), "numbered lines": _join("numbered"),
             # round eight b: a slash glued to the name before it or after it (Saulxures: "TOUSSAINT/ M Hervé")
             "slash glued before": _join("/ "), "slash glued after": _join(" /")}


# --- AXIS: how a long line of names is printed: on one line, or wrapped at a page's width (a PDF's text layer: the
# break falls between any two words, inside a name too: "M. Michel" / "DURAND") --------------------------------------
def _wrap_at(width: int):
    def wrap(text: str) -> str:
        out = []
        for line in text.split("\n"):
            while len(line) > width:
                cut = line.rfind(" ", 0, width)
                if cut <= 0:
                    break
                out.append(line[:cut])
                line = line[cut + 1:]
            out.append(line)
        return "\n".join(out)
    return wrap


def _hyphenated(cut: int):
    """A text layer that joined a page's lines and kept the hyphens cutting words at their ends: every other SURNAME of six
    letters or more cut after `cut` letters ("MA- RANGONI", "DUR- AND"), as Condillac, Saulxures and Mont-Valérien print."""
    def hyphenate(text: str) -> str:
        seen = [0]

        def one(m):
            word = m.group()
            seen[0] += 1
            return f"{word[:cut]}- {word[cut:]}" if seen[0] % 2 else word
        head, sep, names = text.partition(" : ")  # (the names only, never the label)
        return head + sep + regex.sub(r"(?<![\p{L}'’-])\p{Lu}{6,}(?![\p{L}'’-])", one, names) if sep else text
    return hyphenate


def _paragraphs(text: str) -> str:
    """A list the page cut into two paragraphs, the first ending without its comma (the CCAS of round eight's t01: "…,
    Vice-Présidente" / blank / "M. Michel X, …")."""
    head, sep, rest = text.partition(" : ")
    body = rest.rstrip("\n")  # (the separator ends a list with its line break)
    names = body.split(", ")
    if not sep or len(names) < 4 or "\n" in body:
        return text
    half = len(names) // 2
    return f"{head}{sep}{', '.join(names[:half])}\n\n{', '.join(names[half:])}{rest[len(body):]}"


LIST_WRAP = {"one line": lambda text: text, "wrapped at 90": _wrap_at(90), "wrapped at 60": _wrap_at(60),
             # round eight b: words cut at a line's end, the lines joined ("MA- RANGONI", "PIER- RON"); a list in two
             # paragraphs, no comma closing the first
             "hyphenated after 2": _hyphenated(2), "hyphenated after 3": _hyphenated(3), "two paragraphs": _paragraphs}


# --- AXIS: the name's function after it, in the list of those present (the president's, an adjoint's) ----------------
FUNCTIONS = {"none": False, "after the names": True}


# --- AXIS: the president in the list of those present: by name, or by function ("M. le Maire", "Mme la Présidente") ---
PRESIDENT_IN_LIST = {"by name": False, "by function": True}


def _by_function(p: Person, function: str) -> str:
    article = "M. le" if p.sex == "M" else "Mme la"
    return f"{article} {function}"


# --- AXIS: where the lists stand: before the agenda, or after it (as some bodies print the agenda first) ---------------
ORDER = {"lists, then agenda": "lists first", "agenda, then lists": "agenda first"}


# --- AXIS: the label of those present (n = their count) --------------------------------------------
PRESENT_LABEL = {
    "Présents": lambda n: "Présents : ",
    "Etaient présents": lambda n: "Etaient présents : ",
    "ÉTAIENT PRÉSENTS": lambda n: "ÉTAIENT PRÉSENTS : ",
    "PRESENTS": lambda n: "PRESENTS : ",
    "Membres présents": lambda n: "Membres présents : ",
    "PRESENTS (n)": lambda n: f"PRESENTS ({n}) : ",
    "Présents (n)": lambda n: f"Présents ({n}) : ",
    "Conseillers présents": lambda n: "Conseillers municipaux présents : ",
    "Etaient PRESENTS": lambda n: "Etaient PRESENTS : ",
    "Présent(e)s": lambda n: "Présent(e)s : ",
    "Sont présents": lambda n: "Sont présents : ",
    "Étaient présents Mesdames et Messieurs": lambda n: "Étaient présents Mesdames et Messieurs : ",
    # round eight: an installation's roll call opens the list (Dixmont-Les Bordes' "La présidente faire l'appel nominal de
    # chaque nouveau membre :"; the variants invented: passive, the members called, a heading in capitals)
    "roll call (passive)": lambda n: "Il est procédé à l'appel nominal des conseillers : ",
    "roll call (the members)": lambda n: f"Le doyen d'âge procède à l’appel des {n} membres : ",
    "roll call (heading)": lambda n: "APPEL NOMINAL : ",
}

# --- AXIS: the label of those excused (without proxy) and absent -----------------------------------
ABSENT_LABELS = {
    "Absents excusés / Absents": ("Absents excusés : ", "Absents : "),
    "Excusés / Absents": ("Excusés : ", "Absents : "),
    "ABSENTS EXCUSES / ABSENTS": ("ABSENTS EXCUSES : ", "ABSENTS : "),
    "Absent(s) excusé(s) / Absent(s)": ("Absent(s) excusé(s) : ", "Absent(s) : "),
    "Etaient excusés / absents": ("Etaient excusés : ", "Etaient absents : "),
    "Etaient EXCUSES / ABSENTS": ("Etaient EXCUSES : ", "Etaient ABSENTS : "),
    "Excusé(e)s / Absent non représenté": ("Excusé(e)s : ", "Absent non représenté : "),
}


# --- AXIS: how proxies are printed. Each returns (text of the excused/represented part) -------------
def _proxy_label(ctx: Ctx, fmt, sep) -> str:
    """'Procurations :' then 'X à Y' entries."""
    if not ctx.givers:
        return ""
    return "Procurations : " + sep([f"{fmt(g)} à {fmt(h)}" for g, h in ctx.givers])


def _pouvoirs_label(ctx: Ctx, fmt, sep) -> str:
    if not ctx.givers:
        return ""
    return "Pouvoirs : " + sep([f"{fmt(g)} donne pouvoir à {fmt(h)}" for g, h in ctx.givers])


def _sentences(verb: str):
    def text(ctx: Ctx, fmt, sep) -> str:
        return "".join(f"{fmt(g)} {verb} {fmt(h)}.\n" for g, h in ctx.givers)
    return text


def _sentences_of(template: str):
    def text(ctx: Ctx, fmt, sep) -> str:
        return "".join(template.format(g=fmt(g), h=fmt(h)) + "\n" for g, h in ctx.givers)
    return text


def _represented(ctx: Ctx, fmt, sep) -> str:
    if not ctx.givers:
        return ""
    return "Absents représentés : " + sep([f"{fmt(g)} par {fmt(h)}" for g, h in ctx.givers])


def _inline(ctx: Ctx, fmt, sep) -> str:
    """Inside the excused list: 'X (pouvoir à Y)'; returned empty, the excused list prints them."""
    return ""


def _represente_par(ctx: Ctx, fmt, sep) -> str:
    return ""


PROXY = {
    "Procurations: X à Y": _proxy_label,
    "Pouvoirs: X donne pouvoir à Y": _pouvoirs_label,
    "X a donné pouvoir à Y.": _sentences("a donné pouvoir à"),
    "X donne procuration à Y.": _sentences("donne procuration à"),
    "Absents représentés: X par Y": _represented,
    "excused list: X (pouvoir à Y)": _inline,
    "excused list: X représenté(e) par Y": _represente_par,
    # the givers named among those excused, then again under the proxies' label
    "excused list + Procurations: X à Y": _proxy_label,
    "Absents représentés: X représenté(e) par Y": lambda ctx, fmt, sep: "" if not ctx.givers else (
        "Absents représentés : " + sep([INLINE_PROXY["excused list: X représenté(e) par Y"](g, h, fmt) for g, h in ctx.givers])),
    "ABSENTS AYANT DONNÉ POUVOIR: X à Y": lambda ctx, fmt, sep: "" if not ctx.givers else (
        "ABSENTS AYANT DONNÉ POUVOIR : " + sep([f"{fmt(g)} à {fmt(h)}" for g, h in ctx.givers])),
    "Pouvoir de X à Y.": _sentences_of("Pouvoir de {g} à {h}."),
    "excused list: X, pouvoir à Y": _inline,
    "excused list: X (procuration à Y)": _inline,
    # round eight b: verbs of handing over other than "donner", the holder as "mandataire" (t01's CCAS, invented variants)
    "X ayant remis un pouvoir à Y.": _sentences("ayant remis un pouvoir à"),
    "X a délégué son vote à Y.": _sentences("a délégué son vote à"),
    "X a confié sa procuration à Y.": _sentences("a confié sa procuration à"),
    "excused list: X mandataire Y": _inline,
    "excused list: X (mandataire : Y)": _inline,
    "excused list: X, pouvoir remis à Y": _inline,
}
GIVERS_LISTED = {"excused list + Procurations: X à Y"}
INLINE_PROXY = {
    "excused list: X (pouvoir à Y)": lambda g, h, fmt: f"{fmt(g)} (pouvoir à {fmt(h)})",
    "excused list: X représenté(e) par Y": lambda g, h, fmt: f"{fmt(g)} {'représenté' if g.sex == 'M' else 'représentée'} par {fmt(h)}",
    "excused list: X, pouvoir à Y": lambda g, h, fmt: f"{fmt(g)}, pouvoir à {fmt(h)}",
    "excused list: X (procuration à Y)": lambda g, h, fmt: f"{fmt(g)} (procuration à {fmt(h)})",
    "excused list: X mandataire Y": lambda g, h, fmt: f"{fmt(g)} mandataire {fmt(h)}",
    "excused list: X (mandataire : Y)": lambda g, h, fmt: f"{fmt(g)} (mandataire : {fmt(h)})",
    "excused list: X, pouvoir remis à Y": lambda g, h, fmt: f"{fmt(g)}, pouvoir remis à {fmt(h)}",
}



# --- AXIS: the counts box ----------------------------------------------------------------------------
COUNTS = {
    "none": lambda o, p, v: "",
    "one line": lambda o, p, v: f"Nombre de membres en exercice : {o} - Présents : {p} - Votants : {v}\n",
    "lines": lambda o, p, v: f"Nombre de conseillers en exercice : {o}\nNombre de conseillers présents : {p}\nNombre de votants : {v}\n",
    "short line": lambda o, p, v: f"En exercice : {o} Présents : {p} Votants : {v}\n",
    "box": lambda o, p, v: f"| En exercice | Présents | Votants |\n|---|---|---|\n| {o} | {p} | {v} |\n",
    "box without rules": lambda o, p, v: f"En exercice   Présents   Votants\n{o}   {p}   {v}\n",
    "Nombre de conseillers : En exercice :": lambda o, p, v: (
        f"Nombre de conseillers : En exercice : {o} Présents : {p} Votants : {v}\n"),
    "Nombre de membres : Présents En exercice Votants": lambda o, p, v: (
        f"Nombre de membres : Présents : {p} En exercice : {o} Votants : {v}.\n"),
    "sentence": lambda o, p, v: f"Membres en exercice : {o} ; présents : {p} ; votants : {v}.\n",
    # round eight: those present over those in office (Euron Mortagne's "Membres (36/72)"; the variants invented)
    "Membres (p/o)": lambda o, p, v: f"Membres ({p}/{o})\n",
    "Présents : p sur o": lambda o, p, v: f"Présents : {p} sur {o}\n",
    "p membres présents sur o en exercice": lambda o, p, v: f"{p} membres présents sur {o} en exercice.\n",
}


# --- AXIS: the body (its name, its assembly as printed and as the gold names it, its president's function) -------
BODY = {
    "commune": (lambda t: f"Commune de {t}", "Conseil municipal", "Conseil Municipal", "Maire"),
    "communauté de communes": (lambda t: f"Communauté de communes du Pays de {t}", "Conseil communautaire",
                               "Conseil Communautaire", "Président"),
    "syndicat": (lambda t: f"Syndicat intercommunal des eaux de {t}", "Comité syndical", "Comité Syndical", "Président"),
}


# --- AXIS: the header (body, assembly, date); returns text, fills the meeting gold -------------------
def _date_words(ctx: Ctx) -> str:
    day = "premier" if ctx.day == 1 else words(ctx.day)
    return f"L'an deux mille {words(ctx.year - 2000)}, le {day} {MONTHS[ctx.month - 1]}, à dix-huit heures trente"


HEADER = {
    "COMMUNE / Séance du": lambda c: (f"{c.org.upper()}\n{c.assembly.upper()}\n"
                                      f"Séance du {c.weekday} {c.day} {MONTHS[c.month - 1]} {c.year}\n\n"),
    "Procès-verbal du Conseil municipal du": lambda c: (f"{c.org}\nProcès-verbal du {c.assembly} du "
                                                         f"{c.day} {MONTHS[c.month - 1]} {c.year}\n\n"),
    "L'an deux mille": lambda c: (f"{c.org.upper()}\nCOMPTE RENDU DU {c.assembly.upper()}\n\n{_date_words(c)}, "
                                  f"le {c.assembly}, dûment convoqué, s'est réuni en "
                                  f"session ordinaire, à la mairie.\n"),
    "Réunion du Conseil Municipal du lundi ... à 20h00": lambda c: (
        f"{c.org.upper()}\nRéunion du {c.assembly} du {c.weekday} {c.day} {MONTHS[c.month - 1]} {c.year} "
        "à 20h00\n\n"),
    "SEANCE ORDINAIRE DU (capitals)": lambda c: (
        f"{c.org}\n{c.assembly.upper()}\nSEANCE ORDINAIRE DU {c.day} {MONTHS[c.month - 1].upper()} {c.year}\n\n"),
    "Séance du dd/mm/yyyy": lambda c: (f"{c.org}\n{c.assembly}\nSéance du {c.day:02d}/{c.month:02d}/{c.year}\n\n"),
    # the heading without its year, the year printed once further (extra8a t02 "COMPTE RENDU CONSEIL MUNICIPAL VENDREDI 24
    # JUILLET 17 h 00" over a letter "en date du 1 juillet 2015")
    "yearless heading, weekday": lambda c: (
        f"{c.org}\nCOMPTE RENDU {c.assembly.upper()} {c.weekday.upper()} {c.day} {MONTHS[c.month - 1].upper()} 20 h 00\n"
        f"Le Président rappelle le courrier de la préfecture en date du 1er {MONTHS[c.month - 1]} {c.year}.\n\n"),
    "yearless Séance du, convocation dated": lambda c: (
        f"{c.org}\n{c.assembly}\nSéance du {c.weekday} {c.day} {MONTHS[c.month - 1]}\n"
        f"Date de convocation : 1er {MONTHS[c.month - 1]} {c.year}\n\n"),
}

# --- AXIS: the president sentence ---------------------------------------------------------------------
PRESIDENT = {
    "sous la présidence de": lambda p, fn: f"L'assemblée s'est réunie sous la présidence de {p.civ} {p.given} {p.surname}, {fn}.\n",
    "Président de séance :": lambda p, fn: f"Président de séance : {p.civ} {p.given} {p.surname}\n",
    "Présidence :": lambda p, fn: f"Présidence : {p.civ} {p.given} {p.surname}, {fn}\n",
    "séance ouverte par": lambda p, fn: f"La séance est ouverte à 18h30 par {p.civ} {p.given} {p.surname}, {fn}.\n",
    "présidée par": lambda p, fn: f"Séance présidée par {p.civ} {p.given} {p.surname}, {fn}.\n",
    # the preposition elided before a vowel, no civility (p10 Dixmont "sous la présidence d’Anne-Marie BERTOUX")
    "sous la présidence d'Given SURNAME": lambda p, fn: (
        f"L'assemblée s'est réunie sous la présidence "
        f"{'d’' if p.given[0] in 'AEIOUYÉÈ' else 'de '}{p.given} {p.surname}, {fn}.\n"),
    "sous la présidence de Monsieur SURNAME Given": lambda p, fn: (
        f"L'assemblée s'est réunie sous la présidence de {'Monsieur' if p.sex == 'M' else 'Madame'} "
        f"{p.surname} {p.given}, {fn}.\n"),
}

# --- AXIS: the secretary sentence ---------------------------------------------------------------------
SECRETARY = {
    "Secrétaire de séance :": lambda p: f"Secrétaire de séance : {p.civ} {p.given} {p.surname}\n",
    "a été désigné(e) secrétaire": lambda p: (f"{p.civ} {p.given} {p.surname} a été "
                                               f"{'désigné' if p.sex == 'M' else 'désignée'} secrétaire de séance.\n"),
    "SECRETAIRE DE SEANCE :": lambda p: f"SECRETAIRE DE SEANCE : {p.civ} {p.surname} {p.given}\n",
    "est nommé(e) secrétaire": lambda p: (f"{p.civ} {p.given} {p.surname} est {'nommé' if p.sex == 'M' else 'nommée'} "
                                           "secrétaire de séance.\n"),
    # the surname alone, the list naming the person in full: "M X a été élu secrétaire de séance."
    "M SURNAME a été élu(e) secrétaire": lambda p: (f"{'M' if p.sex == 'M' else 'Mme'} {p.surname} a été "
                                                     f"{'élu' if p.sex == 'M' else 'élue'} secrétaire de séance.\n"),
    # the CGCT's formula, its comma dropped or its subject repeated, the verb cut by a line-end hyphen (extra8a s03, t04)
    "ayant obtenu la majorité des suffrages a été dési- gné(e)": lambda p: (
        f"{p.civ} {p.given} {p.surname} ayant obtenu la majorité des suffrages a été dési- "
        f"{'gné' if p.sex == 'M' else 'gnée'} pour remplir ces fonctions.\n"),
    "ayant obtenu ..., il/elle a été désigné(e)": lambda p: (
        f"{p.civ} {p.given} {p.surname} ayant obtenu la majorité des suffrages, {'il' if p.sex == 'M' else 'elle'} a été "
        f"{'désigné' if p.sex == 'M' else 'désignée'} pour remplir ces fonctions.\n"),
    # the label's line run into the next one's heading (extra8a t02 "Secrétaire de séance : EFFANTIN Jean" / "ONF (Coupe ...")
    "Secrétaire de séance : SURNAME Given, then a heading": lambda p: (
        f"Secrétaire de séance : {p.surname} {p.given}\nCCAS (rapport annuel) : le Président présente le rapport.\n"),
}
SURNAME_ONLY_SECRETARY = {"M SURNAME a été élu(e) secrétaire"}


# --- AXIS: agenda numbering (printed number of item i, its gold number) --------------------------------
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
AGENDA = {
    "1.": (lambda i, t: f"{i}. {t}", lambda i: str(i)),
    "1)": (lambda i, t: f"{i}) {t}", lambda i: str(i)),
    "1/": (lambda i, t: f"{i}/ {t}", lambda i: str(i)),
    "1 -": (lambda i, t: f"{i} - {t}", lambda i: str(i)),
    "I.": (lambda i, t: f"{ROMAN[i - 1]}. {t}", lambda i: ROMAN[i - 1]),
    "Point 1 :": (lambda i, t: f"Point {i} : {t}", lambda i: str(i)),
    "n°1": (lambda i, t: f"Délibération n°{i} : {t}", lambda i: str(i)),
    "POINT 1 -": (lambda i, t: f"POINT {i} - {t}", lambda i: str(i)),
    "1°)": (lambda i, t: f"{i}°) {t}", lambda i: str(i)),
    "01 -": (lambda i, t: f"{i:02d} - {t}", lambda i: str(i)),
    "Point n°1 :": (lambda i, t: f"Point n°{i} : {t}", lambda i: str(i)),
    "unnumbered capitals": (lambda i, t: t.upper(), lambda i: ""),
    # register numbers (issue #14): a code of any shape, even a date's, before a dash or a colon; never a rank checked
    # against the sequence ("N° 01-04-2014 – ELECTION DU PRÉSIDENT", "145 – COMMUNAUTÉ DE COMMUNES ...")
    "N° 0i-04-2014 –": (lambda i, t: f"N° {i:02d}-04-2014 – {t}", lambda i: f"{i:02d}-04-2014"),
    "N°2014.04.0i :": (lambda i, t: f"N°2014.04.{i:02d} : {t}", lambda i: f"2014.04.{i:02d}"),
    "DEL-2019-i :": (lambda i, t: f"DEL-2019-{i} : {t}", lambda i: f"DEL-2019-{i}"),
    "2020_04i -": (lambda i, t: f"2020_04{i} - {t}", lambda i: f"2020_04{i}"),
    # (round eight, second wave) without "N°": the year and the rank dotted, spaced dashes between groups, the register's
    # letter run into the year and rank
    "2016.10i –": (lambda i, t: f"2016.10{i} – {t}", lambda i: f"2016.10{i}"),
    "2019 – 05i – 03.12 –": (lambda i, t: f"2019 – 05{i} – 03.12 – {t}", lambda i: f"2019-05{i}-03.12"),
    "D20245i –": (lambda i, t: f"D20245{i} – {t}", lambda i: f"D20245{i}"),
    # bulleted lists (issue #14, round eight): no printed number, the item is matched by its title
    "✓ bullets": (lambda i, t: f"✓ {t}", lambda i: ""),
    "• bullets": (lambda i, t: f"• {t}", lambda i: ""),
    "➢ bullets": (lambda i, t: f"➢ {t}", lambda i: ""),
}

# --- AXIS: the ordre du jour as a tree (issue #14, round eight): lines under a bulleted item are its children, never
# items (only where the agenda is bulleted: under a numbered item an unmarked line wraps its title) ---------------------
CHILDREN = {
    "none": None,
    "unmarked lines": lambda: ["Budget principal", "Budget annexe de l'eau"],
    "o sub-bullets": lambda: ["o Budget principal", "o Budget annexe de l'eau", "o CCAS"],
    "dashed sub-lines": lambda: ["- Commune", "- Assainissement"],
}

# --- AXIS: another session's ordre du jour on the same page (issue #14, round eight): above the minutes (a blog's
# next convocation) or announced before the closing; never this meeting's agenda, never part of its last item --------
OTHER_SESSION = {
    "none": None,
    "prochaine réunion, above": lambda ctx: ("above", "Prochaine réunion du conseil\nOrdre du jour :\n1. Rentrée scolaire\n"
                                                      "2. Éclairage public\n3. Questions diverses\n\n\n"),
    "se réunira le, before the closing": lambda ctx: (
        "closing", f"Le Conseil Municipal se réunira à la Mairie le {(ctx.day % 27) + 1} {MONTHS[ctx.month % 12]} "
                   f"{ctx.year + (ctx.month == 12)} à 20 h 30.\nORDRE DU JOUR :\n- Lecture du précédent compte-rendu\n"
                   "- Délibération pour les indemnités du Trésorier\n- Questions diverses\n\n"),
    "prochaine séance, before the closing": lambda ctx: (
        "closing", f"Prochaine séance le {(ctx.day % 27) + 1}/{ctx.month % 12 + 1:02d}/{ctx.year + (ctx.month == 12)}.\n"
                   "Ordre du jour :\n1. Budget supplémentaire\n2. Adoption à l'unanimité du rapport de la commission\n\n"),
    # (issue #14, round eight, second wave) this session's own convocation printed just above its ordre du jour, its date
    # written another way than the minutes' heading: the agenda stays this session's (fail-safe)
    "this session's convocation, in figures": lambda ctx: (
        "this", f"Le Conseil Municipal se réunira le {ctx.day:02d}/{ctx.month:02d}/{ctx.year} à 20 h 30.\n"),
    "this session's convocation, weekday, no year": lambda ctx: (
        "this", f"Les membres sont convoqués pour le {ctx.weekday} {ctx.day} {MONTHS[ctx.month - 1]} à 18 h.\n"),
    "convoqué le X pour le Y": lambda ctx: (
        "this", f"Le conseil, convoqué le {(ctx.day + 13) % 28 + 1} {MONTHS[(ctx.month - 2) % 12]} {ctx.year}, se réunira le "
                f"{ctx.day} {MONTHS[ctx.month - 1]} {ctx.year}.\n"),
}

# --- AXIS: how the body heads each item: as the agenda prints it, its title alone in capitals, or the number with the
# title in capitals ------------------------------------------------------------------------------------------------
BODY_HEADING = {
    "as the agenda": lambda printed, i, t: printed(i, t),
    "title in capitals": lambda printed, i, t: t.upper(),
    "number, title in capitals": lambda printed, i, t: printed(i, t.upper()),
    # (issue #14) the paragraph opens on its title, the formula within a few words: "Subvention : Après en avoir délibéré"
    # (the formula's own line is read with the vote: a report is noted there, never "decided")
    "title : formula": lambda printed, i, t: f"{t} : Après en avoir délibéré, le Conseil {_formula_verb(t)}.",
    "title - formula": lambda printed, i, t: f"{t} – le Conseil, après en avoir délibéré, {_formula_verb(t)}.",
    "title. formula": lambda printed, i, t: f"{t}. Après en avoir délibéré, le Conseil {_formula_verb(t)}.",
    # (round eight) the title in capitals run into its exposé, no formula on its line
    "capitals run into the exposé": lambda printed, i, t: (f"{t.upper()} Le rapporteur présente le dossier aux membres de "
                                                           "l'assemblée et rappelle le contexte de ce projet."),
    # (round eight) the item named without its number above its vote: the decision is tied to its item by the title
    "title alone, no number": lambda printed, i, t: t,
    "Objet : title": lambda printed, i, t: f"Objet : {t}",
    "DELIBERATION - Objet : title": lambda printed, i, t: f"DÉLIBÉRATION – Objet : {t}",
}


def _formula_verb(title: str) -> str:
    return "prend acte de la présentation du rapport" if title.startswith("Rapport") else "décide de donner suite au projet"


# --- AXIS: the vote formula (voters, against, abstentions, count separator -> text, gold decision fields, the outcome
# among them when not "adopted") ----------------------------------------------------------------------------------------
# Issue #14 (round eight): the outcome and the vote as French deliberations write them, beyond the phrasings the rules
# were learned from: the operative verb with its vote beside it or after it, in capitals; counts in any label order,
# after or before their label, in words, with any separator; a majority with its minority in brackets; a verdict said of
# the deliberation; the outcomes other than adoption (a rejection and its negated verbs, a note taken, an opinion, a
# deferral, a withdrawal). Each option states its gold: unanimous only where the minutes say so.
def _counts(f: int, a: int, b: int) -> dict:
    return {"unanimous": False, "votes_for": f, "votes_against": a, "abstentions": b}


def _plural(n: int, word: str) -> str:
    return f"{word}s" if n > 1 else word


def _rejected(v: int) -> tuple[int, int]:
    """(for, against) of a proposal the assembly turns down."""
    f = max(1, v // 3)
    return f, v - f


VOTE = {
    "à l'unanimité": lambda v, a, b, s: ("Après en avoir délibéré, le Conseil, à l'unanimité, approuve.",
                                         {"unanimous": True}),
    "Adopté à l'unanimité": lambda v, a, b, s: ("Adopté à l'unanimité.", {"unanimous": True}),
    "Pour : n Contre : n Abstention : n": lambda v, a, b, s: (
        f"Pour : {v - a - b} Contre : {a} Abstention : {b}", _counts(v - a - b, a, b)),
    "par n voix pour (words)": lambda v, a, b, s: (
        f"Le Conseil, par {words(v - a - b, True)} voix pour, {words(a, True)} voix contre et "
        f"{words(b, True)} abstention{'s' if b > 1 else ''}, approuve.", _counts(v - a - b, a, b)),
    "adopté à la majorité": lambda v, a, b, s: ("Adopté à la majorité.", {"unanimous": False}),
    "VOTE : UNANIMITE": lambda v, a, b, s: ("VOTE : UNANIMITE", {"unanimous": True}),
    "unanimité des membres présents et représentés": lambda v, a, b, s: (
        "Adoptée à l'unanimité des membres présents et représentés.", {"unanimous": True}),
    "Résultat du vote : Pour ; Contre ; Abstentions": lambda v, a, b, s: (
        f"Résultat du vote : Pour : {v - a - b} ; Contre : {a} ; Abstentions : {b}", _counts(v - a - b, a, b)),
    "POUR CONTRE ABSTENTION in capitals": lambda v, a, b, s: (
        f"POUR : {v - a - b} CONTRE : {a} ABSTENTION : {b}", _counts(v - a - b, a, b)),
    "Vote : unanimité": lambda v, a, b, s: ("Vote : unanimité", {"unanimous": True}),
    "Votants/Pour/Contre lines": lambda v, a, b, s: (
        f"Votants : {v}\nPour : {v - a - b}\nContre : {a}\nAbstentions : {b}", _counts(v - a - b, a, b)),
    # -- unanimity, the operative verb beside it, after it, in capitals
    "Le conseil municipal, à l'unanimité, décide": lambda v, a, b, s: (
        "Le Conseil municipal, à l'unanimité, décide d'approuver le projet présenté.", {"unanimous": True}),
    "APPROUVE à l'unanimité": lambda v, a, b, s: (
        "Le Conseil, après en avoir délibéré,\nAPPROUVE à l'unanimité le projet présenté.", {"unanimous": True}),
    "décide à l'unanimité des membres présents et représentés d'": lambda v, a, b, s: (
        "Après en avoir délibéré, l'assemblée décide à l'unanimité des membres présents et représentés d'adopter le projet.",
        {"unanimous": True}),
    "la délibération est adoptée à l'unanimité": lambda v, a, b, s: (
        "Mise aux voix, la délibération est adoptée à l'unanimité.", {"unanimous": True}),
    "DÉCISION : adoptée à l'unanimité": lambda v, a, b, s: ("Décision : adoptée à l'unanimité", {"unanimous": True}),
    "Unanimité alone after the verb": lambda v, a, b, s: (
        "Le Conseil, après en avoir délibéré, approuve le projet présenté.\nUnanimité.", {"unanimous": True}),
    "votée à l'unanimité": lambda v, a, b, s: ("Proposition votée à l'unanimité.", {"unanimous": True}),
    "accepte à l'unanimité": lambda v, a, b, s: (
        "Les membres du Conseil acceptent à l'unanimité la proposition.", {"unanimous": True}),
    "émet un avis favorable à l'unanimité": lambda v, a, b, s: (
        "Le Conseil, à l'unanimité, émet un avis favorable au projet.", {"unanimous": True}),
    "donne un avis favorable (no vote)": lambda v, a, b, s: ("Le Conseil donne un avis favorable à ce projet.", {}),
    "la délibération est adoptée (no vote)": lambda v, a, b, s: ("La délibération est adoptée.", {}),
    # -- counts, in any label order, after or before their label, with any separator
    "par n voix POUR": lambda v, a, b, s: (
        f"Le Conseil municipal, par {v} voix POUR, approuve le projet.", _counts(v, 0, 0) | {"votes_against": None,
                                                                                           "abstentions": None}),
    "Pour : n{s}Contre : n{s}Abstention : n": lambda v, a, b, s: (
        f"Pour : {v - a - b}{s}Contre : {a}{s}Abstention : {b}", _counts(v - a - b, a, b)),
    "Contre{s}Abstention{s}Pour (label order)": lambda v, a, b, s: (
        f"Contre : {a}{s}Abstention : {b}{s}Pour : {v - a - b}", _counts(v - a - b, a, b)),
    "VOTE : n pour, n contre, n abstention": lambda v, a, b, s: (
        f"VOTE : {v - a - b} pour, {a} contre, {b} {_plural(b, 'abstention')}", _counts(v - a - b, a, b)),
    "n POUR{s}n CONTRE{s}n ABSTENTION": lambda v, a, b, s: (
        f"{v - a - b} POUR{s}{a} CONTRE{s}{b} ABSTENTION", _counts(v - a - b, a, b)),
    "Adopté par n voix pour et n abstentions": lambda v, a, b, s: (
        f"Adopté par {v - max(b, 1)} voix pour et {max(b, 1)} {_plural(max(b, 1), 'abstention')}.",
        _counts(v - max(b, 1), 0, max(b, 1)) | {"votes_against": None}),
    "à la majorité (n voix contre)": lambda v, a, b, s: (
        f"Le Conseil, à la majorité ({max(a, 1)} voix contre), approuve le projet.",
        {"unanimous": False, "votes_against": max(a, 1)}),
    "Votants : n Pour : n": lambda v, a, b, s: (f"Votants : {v} Pour : {v}", _counts(v, 0, 0) | {
        "votes_against": None, "abstentions": None}),
    "DÉCIDE, par n voix pour et n contre (M. X)": lambda v, a, b, s: (
        f"DÉCIDE, par {v - max(a, 1)} voix pour et {max(a, 1)} contre (M. DUPONT{', Mme MARTIN' if max(a, 1) > 1 else ''}),\n"
        "- d'approuver le projet présenté.", _counts(v - max(a, 1), max(a, 1), 0) | {"abstentions": None}),
    "Pour : n{s}Contre : n{s}Abstention : n, then approuve": lambda v, a, b, s: (
        f"Le Conseil municipal approuve le projet présenté.\nPour : {v - a - b}{s}Contre : {a}{s}Abstention : {b}",
        _counts(v - a - b, a, b)),
    "Pour : n ... before the verb": lambda v, a, b, s: (
        f"Pour : {v - a - b}{s}Contre : {a}{s}Abstention : {b}\nLe Conseil municipal approuve le projet présenté.",
        _counts(v - a - b, a, b)),
    "counts in words, capitals": lambda v, a, b, s: (
        f"{words(v - a - b, True).upper()} voix POUR{s}{words(a, True).upper()} voix CONTRE{s}"
        f"{words(b, True).upper()} {_plural(b, 'ABSTENTION')}", _counts(v - a - b, a, b)),
    "Votes pour : n Votes contre : n": lambda v, a, b, s: (
        f"Votes pour : {v - a - b}{s}Votes contre : {a}{s}Abstentions : {b}", _counts(v - a - b, a, b)),
    "Exprimés : n ; Pour : n ; Contre : n": lambda v, a, b, s: (
        f"Votants : {v}{s}Exprimés : {v - b}{s}Pour : {v - a - b}{s}Contre : {a}", _counts(v - a - b, a, None)),
    "à la majorité des suffrages exprimés (n pour, n contre)": lambda v, a, b, s: (
        f"Le Conseil approuve, à la majorité des suffrages exprimés ({v - max(a, 1)} pour, {max(a, 1)} contre), le projet.",
        _counts(v - max(a, 1), max(a, 1), None)),
    "Pour=n Contre=n Abst.=n": lambda v, a, b, s: (
        f"Pour = {v - a - b}{s}Contre = {a}{s}Abst. = {b}", _counts(v - a - b, a, b)),
    "Décision : adoptée, its counts below": lambda v, a, b, s: (
        f"Décision : adoptée\nPour : {v - a - b}{s}Contre : {a}{s}Abstention : {b}", _counts(v - a - b, a, b)),
    # -- the outcomes other than adoption
    "Décision : rejetée (Pour : n, Contre : n)": lambda v, a, b, s: (
        f"Décision : rejetée (Pour : {_rejected(v)[0]}{s}Contre : {_rejected(v)[1]})",
        {"outcome": "rejected", **_counts(_rejected(v)[0], _rejected(v)[1], None)}),
    "Décision : ajournée": lambda v, a, b, s: ("Décision : ajournée", {"outcome": "deferred"}),
    "rejette, par n voix contre et n pour": lambda v, a, b, s: (
        f"Le Conseil municipal, par {_rejected(v)[1]} voix contre et {_rejected(v)[0]} pour, rejette la proposition.",
        {"outcome": "rejected", **_counts(_rejected(v)[0], _rejected(v)[1], None)}),
    "n'adopte pas (Pour : n, Contre : n)": lambda v, a, b, s: (
        f"Le Conseil municipal n'adopte pas la proposition.\nPour : {_rejected(v)[0]}{s}Contre : {_rejected(v)[1]}",
        {"outcome": "rejected", **_counts(_rejected(v)[0], _rejected(v)[1], None)}),
    "la délibération est rejetée à la majorité": lambda v, a, b, s: (
        "Mise aux voix, la délibération est rejetée à la majorité.", {"outcome": "rejected", "unanimous": False}),
    "REJETÉ par n voix contre n": lambda v, a, b, s: (
        f"Rejeté par {_rejected(v)[1]} voix contre {_rejected(v)[0]}.",
        {"outcome": "rejected", **_counts(_rejected(v)[0], _rejected(v)[1], None)}),
    "n'approuve pas, à l'unanimité": lambda v, a, b, s: (
        "Le Conseil municipal, à l'unanimité, n'approuve pas ce projet.", {"outcome": "rejected", "unanimous": True}),
    "le conseil prend acte": lambda v, a, b, s: ("Le Conseil prend acte de cette communication.", {"outcome": "noted"}),
    "PREND ACTE alone": lambda v, a, b, s: (
        "Le Conseil, après en avoir entendu l'exposé,\nPREND ACTE de cette information.", {"outcome": "noted"}),
    "ajourne ce point": lambda v, a, b, s: (
        "Après discussion, le Conseil décide d'ajourner ce point.", {"outcome": "deferred"}),
    "reporte à une prochaine séance": lambda v, a, b, s: (
        "Faute d'éléments, ce dossier est reporté à une prochaine séance.", {"outcome": "deferred"}),
    "retiré de l'ordre du jour": lambda v, a, b, s: (
        "Le Maire retire ce point de l'ordre du jour.", {"outcome": "withdrawn"}),
}
OUTCOMES_WITHOUT_VOTE = {"noted", "deferred", "withdrawn"}

# --- AXIS: the separator between a vote's counts ("Pour : 12 – Contre : 0 – Abstention : 1") ------------------------
COUNT_SEPARATOR = {"space": " ", "en dash": " – ", "hyphen": " - ", "slash": " / ", "semicolon": " ; ", "comma": ", ",
                   "line break": "\n", "wide spaces": "    ", "no space": "-"}


# --- AXIS: where the vote statement stands in its section -----------------------------------------------------------
def _fold_accents(text: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


VOTE_POSITION = {
    "own line after the exposé": lambda expose, vote: f"{expose}\n{vote}",
    "after a blank line": lambda expose, vote: f"{expose}\n\n{vote}",
    "run into the exposé": lambda expose, vote: f"{expose.rstrip(',')}. {vote}",
    "then a closing formula": lambda expose, vote: (
        f"{expose}\n{vote}\nAinsi fait et délibéré les jour, mois et an susdits.\nPour extrait conforme."),
}

# --- AXIS: how the vote statement's letters are printed ----------------------------------------------------------------
VOTE_CASE = {"as printed": lambda t: t, "capitals": lambda t: t.upper(), "no accents": _fold_accents,
             "capitals, no accents": lambda t: _fold_accents(t.upper())}

# --- AXIS: how the agenda's list prints a long title: on one line, or wrapped (its next line indented or not) --------
def _wrap(indent: str):
    def wrap(line: str) -> str:
        if len(line) <= 60:
            return line
        cut = line.rfind(" ", 0, 50)
        return line[:cut] + "\n" + indent + line[cut + 1:]
    return wrap


TITLE_WRAP = {"one line": lambda line: line, "wrapped": _wrap(""), "wrapped, indented": _wrap("   ")}

# --- AXIS: the closing line, its hour the end_time (a slot word, the assembly or the session, then the hour) --------
CLOSING = {
    "La séance est levée à": lambda assembly: "La séance est levée à 20h15.\n",
    "Fin du Conseil : h": lambda assembly: f"Fin du {assembly} : 20 h 15\n",
    "FIN DE SEANCE (capitals)": lambda assembly: "FIN DE SEANCE : 20H15\n",
    "Levée de séance": lambda assembly: "Levée de séance 20h15\n",
    "clôturée à, in words": lambda assembly: "L'ordre du jour étant épuisé, la séance est clôturée à vingt heures quinze.\n",
    "le Conseil est levé à": lambda assembly: f"Le {assembly} est levé à 20 h 15.\n",
}

AXES = {"body": BODY, "order": ORDER, "list_wrap": LIST_WRAP, "functions": FUNCTIONS, "president_in_list": PRESIDENT_IN_LIST, "header": HEADER, "president": PRESIDENT, "secretary": SECRETARY, "present_label": PRESENT_LABEL,
        "separator": SEPARATOR, "name_order": NAME_ORDER, "absent_labels": ABSENT_LABELS, "proxy": PROXY,
        "counts": COUNTS, "agenda": AGENDA, "title_wrap": TITLE_WRAP, "body_heading": BODY_HEADING, "vote": VOTE,
        "children": CHILDREN, "other_session": OTHER_SESSION,
        "count_separator": COUNT_SEPARATOR, "vote_position": VOTE_POSITION, "vote_case": VOTE_CASE, "closing": CLOSING}


@dataclass(frozen=True)
class Doc:
    name: str
    text: str
    gold: dict
    choice: dict


def _people(rng: random.Random, n: int) -> list[Person]:
    surnames = rng.sample(SURNAMES, n)
    out = []
    for s in surnames:
        given, sex = rng.choice(GIVEN)
        out.append(Person(given, s, sex))
    return out


def compose(seed: int, choice: dict | None = None) -> Doc:
    """One document: seeded choices of one option per axis (overridable by `choice`), text and gold."""
    rng = random.Random(seed)
    pick = {axis: rng.choice(sorted(options)) for axis, options in AXES.items()}
    pick.update(choice or {})
    n = rng.randint(5, 25)
    people = _people(rng, n)
    n_giv = rng.randint(0, min(3, n // 4))
    n_exc = rng.randint(0, min(2, n // 5))
    n_abs = rng.randint(0, min(2, n // 5))
    n_pres = n - n_giv - n_exc - n_abs
    present, rest = people[:n_pres], people[n_pres:]
    givers_p, rest = rest[:n_giv], rest[n_giv:]
    excused, absent = rest[:n_exc], rest[n_exc:]
    holders = rng.sample(present, len(givers_p))
    year, month, day = rng.choice([2021, 2022, 2023, 2024]), rng.randint(1, 12), rng.randint(1, 28)
    weekday = WEEKDAYS[_dt.date(year, month, day).weekday()]
    president = present[0]
    secretary = present[-1] if len(present) > 1 else present[0]
    items = rng.sample(TITLES, rng.randint(2, 6))
    ctx = Ctx(rng, rng.choice(TOWNS), day, month, year, weekday, present, excused, list(zip(givers_p, holders, strict=True)),
              absent, president, secretary, items)

    org, ctx.assembly, assembly_gold, ctx.function = BODY[pick["body"]]
    if president.sex == "F" and ctx.function == "Président":
        ctx.function = "Présidente"
    ctx.org = org(ctx.town)
    fmt = NAME_ORDER[pick["name_order"]]
    sep = SEPARATOR[pick["separator"]]
    out = [HEADER[pick["header"]](ctx), PRESIDENT[pick["president"]](president, ctx.function)]
    other = OTHER_SESSION[pick["other_session"]](ctx) if OTHER_SESSION[pick["other_session"]] is not None else (None, "")
    if other[0] == "above":
        out.insert(0, other[1])
    out.append(COUNTS[pick["counts"]](ctx.in_office, len(present), ctx.voters))
    lwrap = LIST_WRAP[pick["list_wrap"]]
    named = [fmt(p) for p in present]
    if PRESIDENT_IN_LIST[pick["president_in_list"]]:
        named[0] = _by_function(president, ctx.function)
    if FUNCTIONS[pick["functions"]] and not PRESIDENT_IN_LIST[pick["president_in_list"]]:
        named[0] += f", {ctx.function}"
        if len(named) > 2:
            named[1] += ", 1er adjoint" if present[1].sex == "M" else ", 1re adjointe"
    lists = [lwrap(PRESENT_LABEL[pick["present_label"]](len(present)) + sep(named))]
    exc_label, abs_label = ABSENT_LABELS[pick["absent_labels"]]
    excused_entries = [fmt(p) for p in excused]
    if pick["proxy"] in GIVERS_LISTED:
        excused_entries += [fmt(g) for g, _ in ctx.givers]
    if pick["proxy"] in INLINE_PROXY:  # (their PROXY entry prints nothing apart)
        excused_entries += [INLINE_PROXY[pick["proxy"]](g, h, fmt) for g, h in ctx.givers]
    if excused_entries:
        lists.append(lwrap(exc_label + sep(excused_entries)))
    lists.append(lwrap(PROXY[pick["proxy"]](ctx, fmt, sep)))
    if absent:
        lists.append(lwrap(abs_label + sep([fmt(p) for p in absent])))
    lists.append(SECRETARY[pick["secretary"]](secretary))
    printed, gold_number = AGENDA[pick["agenda"]]
    wrap = TITLE_WRAP[pick["title_wrap"]]
    agenda_lines = [wrap(printed(i, t)) for i, t in enumerate(items, 1)]
    if CHILDREN[pick["children"]] is not None and printed(1, "X")[:1] in "✓•➢" and len(agenda_lines) >= 2:
        agenda_lines[0] += "\n" + "\n".join(CHILDREN[pick["children"]]())  # (the list's bullet comes back after them)
    agenda = "\nORDRE DU JOUR\n" + "".join(line + "\n" for line in agenda_lines) + "\n"
    if other[0] == "this":
        agenda = "\n" + other[1] + agenda.lstrip("\n")
    if ORDER[pick["order"]] == "lists first":
        out += [*lists, agenda]
    else:
        out += [agenda, *lists, "\n"]
    decisions = []
    for i, title in enumerate(items, 1):
        against = rng.choice([0, 0, 1, 2]) if ctx.voters > 6 else 0
        abst = rng.choice([0, 0, 1]) if ctx.voters > 6 else 0
        if VOTE[pick["vote"]](9, 0, 0, " ")[1].get("unanimous"):
            against = abst = 0
        if pick["vote"] == "adopté à la majorité" and against + abst == 0:
            against = 1
        text, fields = VOTE[pick["vote"]](ctx.voters, against, abst, COUNT_SEPARATOR[pick["count_separator"]])
        fields = {k: v for k, v in fields.items() if v is not None}
        outcome = fields.pop("outcome", "adopted")
        if title.startswith("Rapport"):  # a report is noted, not voted
            text, fields, outcome = "Le Conseil prend acte de la présentation du rapport.", {}, "noted"
        text = VOTE_CASE[pick["vote_case"]](text)
        section = VOTE_POSITION[pick["vote_position"]](_exposé(rng), text)
        heading = BODY_HEADING[pick["body_heading"]](printed, i, title)
        if outcome != "adopted":  # (a heading run into its formula states no adoption before a rejection or a note)
            heading = heading.replace("décide de donner suite au projet", "se prononce comme suit")
        out.append(f"{heading}\n{section}\n\n")
        d = {"item": gold_number(i), "outcome": outcome, **fields}
        if not d["item"]:
            d["item_title"] = title
        decisions.append(d)
    if other[0] == "closing":
        out.append(other[1])
    out.append(CLOSING[pick["closing"]](assembly_gold))

    date = f"{year}-{month:02d}-{day:02d}"
    gold = {
        "meeting": {"body": ctx.org, "assembly": assembly_gold, "date": date,
                    "president": president.gold, "secretary": secretary.gold, "end_time": "20:15"},
        "attendance": ([{"name": p.gold, "status": "present"} for p in present]
                       + [{"name": p.gold, "status": "excused"} for p in excused + givers_p]
                       + [{"name": p.gold, "status": "absent"} for p in absent]),
        "proxies": [{"giver": g.gold, "holder": h.gold} for g, h in ctx.givers],
        "agenda": [{"number": gold_number(i), "title": t} for i, t in enumerate(items, 1)],
        "decisions": decisions,
    }
    if pick["name_order"] in SURNAME_ONLY:
        surname = {p.gold: p.surname for p in people}
        gold["attendance"] = [{**a, "name": surname[a["name"]]} for a in gold["attendance"]]
        gold["proxies"] = [{"giver": surname[x["giver"]], "holder": surname[x["holder"]]} for x in gold["proxies"]]
        if pick["secretary"] in SURNAME_ONLY_SECRETARY and secretary is not president:
            gold["meeting"]["secretary"] = secretary.surname  # the document never prints the given name
    if pick["counts"] != "none":
        gold["meeting"].update(members_in_office=ctx.in_office, members_present=len(present))
    return Doc(f"compose_{seed:04d}", "".join(out), gold, pick)


EXPOSES = ["Le rapporteur présente le dossier aux membres de l'assemblée.",
           "Le Président de séance expose le projet et répond aux questions des élus.",
           "Vu le code général des collectivités territoriales,\nConsidérant l'intérêt du projet,",
           "L'adjoint chargé des finances rappelle le contexte de ce dossier."]


def _exposé(rng: random.Random) -> str:
    return rng.choice(EXPOSES)


# --- scoring ---------------------------------------------------------------------------------------------
FAMILIES = ("meeting", "attendance", "proxies", "agenda", "decisions")


def _scorer():
    """The acceptance scorer (../shared/eval/score.py) as a module, or None where it is absent."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"  # ../shared beside the checkout
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("minutier_compose_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate(docs: list[Doc], workdir) -> dict[str, dict[str, tuple[int, int, int]]]:
    """Ingest the documents (the text reader) into a warehouse under `workdir` and score each with the
    scorer's own matching rules: {name: {family: (tp, gold, predicted)}}."""
    from pathlib import Path

    import duckdb

    from pipeline.ingest import ingest

    workdir = Path(workdir)
    folder = workdir / "docs"
    folder.mkdir(parents=True, exist_ok=True)
    for d in docs:
        (folder / f"{d.name}.txt").write_text(d.text, encoding="utf-8")
    db = workdir / "compose.duckdb"
    ingest([folder], db, jobs=1, progress=False)
    scorer = _scorer()
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {d.name: scorer.score_doc(con, d.name, d.gold)[0] for d in docs}
    finally:
        con.close()


def f1(tp: int, ng: int, np_: int) -> float:
    p = tp / np_ if np_ else (1.0 if ng == 0 else 0.0)
    r = tp / ng if ng else 1.0
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def micro(scores: dict) -> dict[str, float]:
    total = {f: [0, 0, 0] for f in FAMILIES}
    for fams in scores.values():
        for f, triple in fams.items():
            for i, v in enumerate(triple):
                total[f][i] += v
    return {f: round(f1(*c), 4) for f, c in total.items()}


def report(docs: list[Doc], scores: dict, worst: int = 12) -> str:
    """Per family F1, then the axis options, and pairs of options, whose documents fail most."""
    lines = ["family F1: " + "  ".join(f"{f} {v:.3f}" for f, v in micro(scores).items())]
    by_option: dict[tuple, list[float]] = {}
    by_pair: dict[tuple, list[float]] = {}
    for d in docs:
        for fam, triple in scores[d.name].items():
            value = f1(*triple)
            items = sorted(d.choice.items())
            for a, o in items:
                by_option.setdefault((fam, a, o), []).append(value)
            for i, (a, o) in enumerate(items):
                for b, p in items[i + 1:]:
                    by_pair.setdefault((fam, a, o, b, p), []).append(value)
    def mean(xs):
        return sum(xs) / len(xs)

    lines.append("worst options (family, axis=option, mean doc F1, n):")
    for key, xs in sorted(((k, xs) for k, xs in by_option.items() if mean(xs) < 1), key=lambda kv: mean(kv[1]))[:worst]:
        lines.append(f"  {key[0]:<10} {key[1]}={key[2]!r}: {mean(xs):.3f} (n={len(xs)})")
    lines.append("worst combinations (n>=3):")
    pairs = [(k, xs) for k, xs in by_pair.items() if len(xs) >= 3 and mean(xs) < 1]
    for key, xs in sorted(pairs, key=lambda kv: mean(kv[1]))[:worst]:
        lines.append(f"  {key[0]:<10} {key[1]}={key[2]!r} + {key[3]}={key[4]!r}: {mean(xs):.3f} (n={len(xs)})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse
    import tempfile

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=0, help="print the text and misses of the N worst documents")
    args = ap.parse_args(argv)
    docs = [compose(args.seed + i) for i in range(args.n)]
    with tempfile.TemporaryDirectory() as tmp:
        scores = evaluate(docs, tmp)
    print(report(docs, scores))
    if args.show:
        ranked = sorted(docs, key=lambda d: sum(f1(*t) for t in scores[d.name].values()))
        for d in ranked[: args.show]:
            print("=" * 80, d.name, d.choice, {f: scores[d.name][f] for f in scores[d.name]}, "\n" + d.text[:3000])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
