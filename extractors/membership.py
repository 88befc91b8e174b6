"""Membership changes: a commune or body joins ("adhésion") or leaves ("retrait") an organisation.

Read from the title of each adopted agenda item (the agenda's wording, then the body's heading,
then the decision statement), in both directions:

- a member joins or leaves the deliberating body: "Adhésion au Syndicat Mixte Numérian de la
  commune de Saint Quentin sur Sauxillanges", "Retrait d'adhésion de la Commune de Sauzet";
- the deliberating body joins another organisation: "Adhésion à la CANUT" (member = the body,
  whose name is read from the document's header);
- a commune moves from one organisation to another: "retrait de la commune de Castillon du Gard
  de la Communauté de Communes du Pont du Gard et d'adhésion à la Communauté de Communes Pays
  d'Uzès" (leave + join).

Acronyms are expanded from the text when it defines them ("La Centrale d'Achat du Numérique et
des Télécoms (CANUT)" -> "Centrale d'Achat du Numérique et des Télécoms (CANUT)"). A service
subscription ("Convention d'adhésion au service Médecine préventive"), the withdrawal of an act
("Retrait de la Décision Modificative n°6") or of a delegation are not membership changes.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace

import regex

from pipeline.french import fold
from pipeline.french.elisions import restore_elisions
from pipeline.french.votes import ASSENT_WORDS
from pipeline.records import Decision, Document, Extraction, Meeting, MembershipChange, Section, Segmentation
from pipeline.text import may_hold

# Words that open an organisation's name: "commune de Sauzet", "Syndicat Mixte de Gestion Forestière",
# "Communauté de Communes du Pont du Gard", "Association des maires ruraux de France"
_HEADS = (
    r"communaut[ée]\s+(?:de\s+communes|d['’]\s*agglom[ée]ration|urbaine)|commune|ville|syndicat|communaut[ée]|association|[ée]tablissement\s+public|epci|ccas|centre\s+communal|m[ée]tropole"
    r"|d[ée]partement|r[ée]gion|agglom[ée]ration|groupement\s+d['’]int[ée]r[êe]t\s+public|soci[ée]t[ée]\s+publique\s+locale"
    r"|office|parc\s+naturel|p[ôo]le\s+d['’][ée]quilibre|agence|f[ée]d[ée]ration|union|entente|institution|centrale\s+d['’]achats?"
    r"|r[ée]seau|conf[ée]rence|collectivit[ée]|groupements?\s+de\s+commandes?|groupements?\s+d['’]achats?|mission\s+locale|fondation"
    r"|centre\s+de\s+gestion"
)
# An acronym standing for an organisation: "CANUT", "RESAH", "AMRF", "SDE07" (not "DM", "PV", "HT")
_ACRONYM = r"(?-i:(?!(?:DM|PV|CR|HT|TTC|BP|CA|RGPD|TVA|ETP)\b)\p{Lu}{2,8}\d{0,3}\b)"
# Words that make the object a service, an act or a contract, not an organisation
_NOT_ORG = regex.compile(
    r"(?:service|convention|contrat|d[ée]cision|d[ée]lib[ée]ration|d[ée]l[ée]gation|arr[êe]t[ée]|acte|subvention|march[ée]|offre"
    r"|assurance|dispositif|programme|charte|plate-?forme|prestation|garantie|point|motion|permis"
    r"|monsieur|madame|mme|m\.|maire|pr[ée]sident|adjoint|conseill[eè]re?|budget|compte|proc[èe]s|ordre|article|annexe|projet"
    r"|comp[ée]tence|parcelle|terrain|bien|candidature|demande|agr[ée]ment|autorisation|lot|v[ée]hicule|logement|emprunt|avenant"
    r"|mission(?!\s+locale)|modification|approbation|extension|avis|rapport|renouvellement|r[ée]vision|dissolution|fusion"
    r"|transfert|cr[ée]ation|[ée]lection|d[ée]signation)(?![\p{L}])",
    regex.I,
)
# Heads that name an organisation even in lower case: "de la commune de Sauzet", "à l'association des maires"
_LOWER_HEADS = regex.compile(
    r"commune|ville|syndicat|communaut|association|agence|centrale|[ée]tablissement|epci|m[ée]tropole|f[ée]d[ée]ration|union|entente"
    r"|groupement|mission\s+locale|fondation|centre\s+de\s+gestion",
    regex.I,
)
# Communes joining or leaving together: "adhésion des communes de Lalouvesc, Pailharès et Satillieu au syndicat"
PLURAL_COMMUNES = regex.compile(
    r"\s+(?:des|les)\s+communes\s+(?:de\s+|d['’]\s*)(?P<list>(?-i:\p{Lu})[^()]*?)"
    r"(?=\s+(?:au|à|aux|du|de\s+la|de\s+l['’])\s|\s+et\s+(?:de\s+|le\s+|la\s+|l['’]\s*|d['’]\s*)?(?:retrait|sortie|adh[ée]sion|admission)\b"
    r"|\s*[;:(–]|\s*$)",
    regex.I,
)
# A connector before a name: "de la", "du", "de l'", "des", "d'" (who) / "à la", "au", "à l'", "aux", "à" (what)
_FROM = r"(?:de\s+la|de\s+l['’]|du\b|des\b|de\b|d['’])"
_TO = r"(?:au\s+sein\s+(?:du\b|de\s+la|de\s+l['’]|des\b)|à\s+la|à\s+l['’]|au\b|aux\b|à\b)"
# Where a name ends: the next connector introducing another organisation, or a clause
_STOP = regex.compile(
    rf"\s+(?:{_FROM}|{_TO}|et)\s*(?=(?:la\s+|l['’])?(?:{_HEADS})\b|{_ACRONYM})"
    rf"|\s+{_TO}\s*(?-i:(?=\p{{Lu}}))"
    r"|\s+et\s+d['’]\s*adh|\s+et\s+(?:de\s+|le\s+|la\s+|l['’]\s*|d['’]\s*)?(?:retrait|sortie|adh[ée]sion|admission)|\s+(?:selon|pour|dans|afin|suite|en\s+vue|conform[ée]ment|sous|par|avec|au\s+titre)\b"
    r"|\s+et\s+(?:d['’]\s*|de\s+)?(?:la\s+|l['’]\s*|le\s+|les\s+)?(?-i:\p{Ll})\p{L}*(?:er|ir|re|ion|ions)\b"  # "et d'autoriser le maire", "et de la modification de ses statuts"
    r"|\s*=|\s+(?:porté|coordonné|piloté)e?s?\b|\s+[-+]?\d[\d \u00a0.,]*\s*(?:€|euros?\b)"  # "verger vivant= 30€/an", "... porté par la CARO"
    r"|\s+(?:à\s+compter|à\s+partir|dès\s+le|au\s+\d)"  # "au SIVU au 1er janvier 2024"
    r"|\s+et\s+(?:autorise|charge|donne|approuve|d[ée]cide|dit|pr[ée]cise|d[ée]signe|sollicite|prend|mandate|s['’]engage)\b"
    r"|\s*[,;:(\[–—]|\s+-\s+|\.\s|\.$|\n\n",
    regex.I,
)
# Communes listed after a colon: "des communes suivantes (au SIVU) : Mars, Borée et Chanéac"
_FOLLOWING_COMMUNES = regex.compile(r"\s+(?:des|les)\s+communes\s+(?:suivantes|ci-apr[èe]s|list[ée]es\s+ci-dessous)\b", regex.I)
_LISTED_COMMUNES = regex.compile(
    r"\s*:\s*(?P<list>(?-i:\p{Lu})[\p{L}'’ -]*(?:\s*(?:,|;|\s+et\s+)\s*(?-i:\p{Lu})[\p{L}'’ -]*)*)", regex.I)
# The keywords: "adhésion", "adhérer", "retrait", "se retirer", "sortie"
# "admission" (a member admitted, as statutes changed by it say), "se retirer" (the body leaving what follows)
# "affiliation (volontaire)" to a centre de gestion is a joining, "désaffiliation" a leaving
# "entrée de la commune de X au SIVU" (not "l'entrée de la ville"), "devenir membre du SIVU" (the body joining what follows),
# "sortir du SIVU" (the body leaving it)
KEYWORD = regex.compile(r"\b(?P<join>adh[ée]sions?|adh[ée]rer|admissions?|int[ée]gration|affiliations?(?:\s+volontaires?)?"
                     r"|entr[ée]e(?=\s+(?:de\s+la\s+commune|des\s+communes|de\s+la\s+communaut[ée]|du\s+syndicat)\b)(?![^.;]{0,60}\bau\s+capital\b)"
                     r"|(?P<self>devenir\s+membre|devient\s+membre|deviennent\s+membres)"
                     r"|(?P<direct>int[ée]grer|rejoindre))\b"
                     r"|\b(?P<leave>retraits?|(?P<self>se\s+retir(?:er|e|ent)|sortir)|(?P<direct>quitter)|sortie|d[ée]saffiliations?)\b",
                        regex.I)
# What makes an "adhésion" a fee or a contract: "Convention d'adhésion", "Contribution d'adhésion", "certificat adhésion"
_NOT_MEMBERSHIP_BEFORE = regex.compile(
    r"(?:convention|contribution|cotisation|certificat|avenant|frais|tarifs?|montant|bulletin|formulaire|contrat|charte)\s*(?:d['’]\s*)?$",
    regex.I,
)
# The possessive or article before "adhésion": "son", "leur", "l'", "cette" (_POSSESSIVE), or one member's ("son", "sa",
# "leur", "l'", "la": _POSSESSIVE_ONE)
_POSSESSIVE = r"(?:son|sa|leur|leurs|notre|l['’]\s*|la|les|cette)"
_POSSESSIVE_ONE = r"(?:son|sa|leur|l['’]\s*|la)"
# A membership kept, not changed: "renouvelle son adhésion", "Renouvellement de l'adhésion à", "maintien de l'adhésion"
_KEPT_BEFORE = regex.compile(
    r"\b(?:renouvel\w*|maint(?:ien|enir|ient|iennent))\s+(?:de\s+)?" + _POSSESSIVE + r"?\s*$", regex.I)
# A membership ended, which is a leaving: "résilier son adhésion au CNAS", "Résiliation de l'adhésion à", "mettre fin à
# l'adhésion", "dénoncer son adhésion", "décide de ne plus adhérer à", "ne pas renouveler son adhésion"
_ENDED_BEFORE = regex.compile(
    r"\b(?:r[ée]sili\w*|d[ée]nonc\w*|d[ée]nonciation|(?:mettre|met|mettent|mis)\s+fin|fin|arr[êe]t|arr[êe]ter)\s+(?:de\s+|à\s+)?"
    + _POSSESSIVE + r"?\s*$"
    r"|\bne\s+plus\s+(?:[êe]tre\s+)?$|\bne\s+pas\s+renouveler\s+" + _POSSESSIVE_ONE + r"?\s*$",
    regex.I)
_RENEWED = regex.compile(r"\brenouvel\w*\s+(?:de\s+)?" + _POSSESSIVE_ONE + r"?\s*adh[ée]sion", regex.I)
_ENDED = regex.compile(r"\bne\s+plus\s+(?=(?:[êe]tre\s+)?adh[ée]r)|\bne\s+pas\s+(?=renouveler\s+" + _POSSESSIVE_ONE + r"?\s*adh[ée]sion)",
                       regex.I)

# "Avis de principe", "accord de principe", "décision de principe", "sur le principe"
IN_PRINCIPLE = regex.compile(r"\b(?:avis|accord|d[ée]cision|approbation|d[ée]lib[ée]ration)\s+de\s+principe\b|\bsur\s+le\s+principe\b", regex.I)
# A name opened by a head word, an acronym or (after "à") a proper noun: "à Numérian"
_NAME_START = regex.compile(rf"(?:la\s+|le\s+|l['’]\s*|les\s+)?(?P<name>(?:{_HEADS})\b|{_ACRONYM}|(?-i:\p{{Lu}})[\p{{L}}'’-]+)", regex.I)
# A generic name for the body itself: "au syndicat", "notre syndicat", "la communauté"
_GENERIC = regex.compile(r"^(?:notre\s+|le\s+|la\s+)?(?:syndicat(?:\s+mixte)?|communaut[ée]|comit[ée]|commune|ville|collectivit[ée])$", regex.I)
# The body in a header: "Commune de Pierrefonds", "le Conseil Municipal de la commune de Flaux", "SYNDICAT MIXTE NUMÉRIAN",
# "Communauté de communes du Pont du Gard"
# What follows a commune's name in a sentence, not part of it: "la commune de La Gripperie Saint Symphorien du SIVU scolaire"
_ORG_AFTER_COMMUNE = r"(?:SIVU|SIVOM|SIVOS|SIRP|SIAEP|SICTOM|SMICTOM|Syndicat|SYNDICAT|Communaut[ée]|COMMUNAUT[ÉE])"
HEADER_BODY = regex.compile(
    r"(?i:\b(?:commune|ville|mairie)\s+(?:de\s+|d['’]\s*)(?:la\s+|l['’]\s*)?)\p{Lu}[\p{L}'’-]+"
    r"(?:[ \t-]+(?:(?:sur|sous|en|lès|les|le|la|du|de|des|d['’])[ \t]*)?(?!" + _ORG_AFTER_COMMUNE + r"\b)\p{Lu}[\p{L}'’-]+)*"
    r"|(?i:\bsyndicat\s+(?:mixte|intercommunal|d[ée]partemental)\b)(?:[ \t]+(?:de[ \t]+|d['’]|des[ \t]+|du[ \t]+)?\p{Lu}[\p{L}'’-]+)+"
    r"|(?i:\bcommunaut[ée]\s+(?:de\s+communes|d['’]agglom[ée]ration|urbaine)\s+)(?:(?:du|de\s+la|de\s+l['’]|des|de|d['’])[ \t]*)?"
    r"\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:du|de|des|d['’])[ \t]*)?\p{Lu}[\p{L}'’-]+)*"
)
_STOPWORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "sur", "en", "a", "au", "aux"}


# A year between the keyword and what is joined: "Adhésion 2026 au CAUE60", "adhésion pour l'année 2025 à l'AMF"
# and a date: "décide d'adhérer à compter du 1er janvier 2025 au SDE", "l'adhésion de la commune, à compter du 1er
# janvier 2024, au SIVU"
_YEAR_AFTER = regex.compile(
    r"\s*,?\s+(?:(?:à\s+compter\s+du|à\s+partir\s+du|dès\s+le|au)\s+\d{1,2}(?:er)?\s+\p{L}+\s+(?:19|20)\d\d\b(?:\s*,)?"
    r"|(?:pour\s+)?(?:l['’]\s*ann[ée]e\s+)?(?:19|20)\d\d\b(?=\s+(?:au|à|aux)\b))",
    regex.I,
)


@dataclass(frozen=True)
class Change:
    """A change read from a title; None for member or organisation means the deliberating body."""

    member: str | None
    organisation: str | None
    change: str  # join, leave
    start: int
    end: int
    unnamed: bool = False  # the member a kind without an article, not a name: "Adhésion de commune au SMAHVSBE"


def _name_at(text: str, pos: int, after_to: bool) -> tuple[str, int, int] | None:
    """The organisation's name starting at `pos`, with its span, or None."""
    m = _NAME_START.match(text, pos)
    if not m:
        return None
    head = m["name"]
    is_head = regex.match(rf"(?:{_HEADS})\b", head, regex.I) is not None
    is_acronym = regex.fullmatch(_ACRONYM, head) is not None
    if not (is_head or is_acronym or head[:1].isupper()):
        return None
    if is_head and not is_acronym and head[:1].islower() and not _LOWER_HEADS.match(head):
        return None  # "de l'association" is fine capitalised or not; "au réseau de chaleur" is prose
    if _NOT_ORG.match(text, m.start("name")):
        return None
    stop = _STOP.search(text, m.end("name"))
    end = stop.start() if stop else len(text)
    name = " ".join(text[m.start("name"):end].split()).strip(" .")
    return (name, m.start("name"), end) if name else None


# Words in capitals that stay so: the acronyms of intercommunal bodies and of what communes join ("SIVU", "SDE 07")
_KEPT_ACRONYMS = frozenset(
    "SIVU SIVOM SIVOS SIRP SIAEP SIEA SIE SIA SICTOM SMICTOM SITCOM SIRTOM SMIRTOM SDE SDEA SDEE SIEL SIEML SYDEC SDIS CCAS CIAS "
    "CDG CNAS EPCI EPF EPFL PNR SCOT SMO SMA SMAEP GIP SPL SEM CAUE AMF AMRF ADN UGAP CANUT RESAH ATD ADIL SIG SMEP".split())
# The small words of a name in capitals, written small: "COMMUNE DE SAINT-JEAN-DE-MUZOLS AU SIVOM DU VAL D'AY"
_SMALL_WORDS = frozenset(
    "de du des d la le les l au aux à a et ou en sur sous pour par dans avec suite selon afin vers entre ses son sa leur leurs "
    "un une".split())
# Words of the item itself in a title in capitals, written small so that the grammar of titles reads them as such
_TITLE_WORDS = regex.compile(
    r"(?:adh[ée]\w*|admission\w*|int[ée]gr\w*|rejoindre|retraits?|retirer|se|sortie|quitter|demandes?|modifications?|approbation"
    r"|avis|accord|principe|statuts|extension|p[ée]rim[èe]tre|nouvelles?|nouveaux?|d[ée]lib[ée]ration|d[ée]cision|\w+tions?|\w+sions?)$",
    regex.I)
# A word in capitals (hyphens and an elided article inside): "SAINT-JEAN-DE-MUZOLS", "D'AY", "VION"
_CAPS_WORD = regex.compile(r"(?<![\p{L}\d])(?:\p{Lu}['’])?\p{Lu}[\p{Lu}'’-]*\p{Lu}(?![\p{L}\d])")
# A name in capitals after a commune or a body's head: "la commune de VION", "des communes de VION, LEMPS et SATILLIEU",
# "Communauté de Communes du PAYS DE LAMASTRE", "au SIVU DES ECOLES"
_CAPS_RUN = regex.compile(
    r"(?:(?<=\b(?:communes?|ville|Communes?|Ville|COMMUNES?|VILLE)\s+(?:de|d['’]|du|des|DE|D['’]|DU|DES)\s*)"
    r"|(?<=\b(?:communaut[ée]|Communaut[ée])\s+(?:de\s+communes|d['’]agglom[ée]ration)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*))"
    r"(?P<run>\p{Lu}[\p{Lu}'’-]*(?:(?:\s+|\s*,\s*|\s+et\s+)(?:\p{Lu}['’])?\p{Lu}[\p{Lu}'’-]*)*)(?![\p{L}\d])"
    r"|(?P<acr>\b\p{Lu}{2,8}\d{0,3}\b)(?P<tail>(?:\s+(?:DE|DU|DES|D['’]|LA|LE|LES|L['’]|SUR|EN|ET)?\s*\p{Lu}[\p{Lu}'’-]*(?![\p{L}\d]))+)"
)


def _capitalised(word: str, small: bool = True) -> str:
    """A word in capitals written as a name: "SAINT-JEAN-DE-MUZOLS" -> "Saint-Jean-de-Muzols", "D'AY" -> "d'Ay", a small
    word small ("DU" -> "du"), an acronym kept ("SIVU")."""
    if word in _KEPT_ACRONYMS:
        return word
    parts = regex.split(r"(['’-])", word)
    out = []
    for part in parts:
        if part in ("'", "’", "-") or not part:
            out.append(part)
        elif small and part.lower() in _SMALL_WORDS:
            out.append(part.lower())
        else:
            out.append(part[:1] + part[1:].lower())
    text = "".join(out)
    return text[:1].upper() + text[1:] if parts and parts[0].lower() not in _SMALL_WORDS else text


def normalise_case(text: str) -> str:
    """A title or clause whose names are printed in capitals, written as names are in lower case, so that the grammar
    of titles finds where each name begins and ends; the same length, so spans keep their place.

    - a title in capitals: "ADHESION DE LA COMMUNE DE SAINT-JEAN AU SIVOM DU VAL D'AY" -> "adhesion de la commune de
      Saint-Jean au SIVOM du Val d'Ay" (the item's words and the small words small, names capitalised, the acronyms of
      intercommunal bodies kept);
    - a name in capitals in a sentence: "la commune de VION au SIVU DES ECOLES" -> "la commune de Vion au SIVU des
      Ecoles" (after a commune's head, or after an acronym).

    >>> normalise_case("Adhésion de la commune de VION au SIVU DES ECOLES")
    'Adhésion de la commune de Vion au SIVU des Ecoles'
    """
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        def word(m: regex.Match) -> str:
            w = m.group()
            if w in _KEPT_ACRONYMS or regex.fullmatch(r"\p{Lu}{2,8}", w) and regex.match(r"\s*\d", text[m.end():]):
                return w  # "SIVU", "SDE 07"
            elided = regex.match(r"(?:\p{Lu}['’])?", w).end()  # "L'ADHESION"
            if w.lower() in _SMALL_WORDS or _TITLE_WORDS.match(w[elided:]):
                return w.lower()
            return _capitalised(w)
        text = regex.sub(r"(?<![\p{L}\d'’])A(?=\s)", "à", text)  # "ADHESION A LA COMMUNAUTE": the accent capitals drop
        return _CAPS_WORD.sub(word, text)

    def run(m: regex.Match) -> str:
        if m["run"] is not None:
            return regex.sub(r"(?:\p{Lu}['’])?\p{Lu}[\p{Lu}'’-]*", lambda w: _capitalised(w.group()), m["run"])
        tail = regex.sub(r"(?:\p{Lu}['’])?\p{Lu}[\p{Lu}'’-]*", lambda w: _capitalised(w.group()), m["tail"])
        return m["acr"] + tail
    return _CAPS_RUN.sub(run, text)


def _acronyms_back(name: str | None, printed: str) -> str | None:
    """An acronym that `normalise_case` wrote as a name, in capitals again: a name of one word printed in capitals
    ("AU SMAHVSBE": "SMAHVSBE", whose long form the text may define), or a word of few vowels ("SMAHVSBE")."""
    if not name:
        return name
    words = name.split(" ")
    def back(word: str) -> str:
        upper = word.upper()
        if not regex.search(rf"(?<![\p{{L}}]){regex.escape(upper)}(?![\p{{L}}])", printed):
            return word
        vowels = sum(c in "AEIOUYÉÈÊÀÂÎÔÛ" for c in upper)
        return upper if len(words) == 1 or (len(upper) >= 4 and vowels / len(upper) < 0.3) else word
    return " ".join(back(w) for w in words)


def _commune_names(listed: str) -> list[str]:
    """The communes of a list: "Trémeur, Broons et Yvignac", "Trémeur et de Broons", "Vals-les-Bains et d'Ucel" (each
    name without the connector that repeats "de")."""
    names = [n.strip() for n in regex.split(r",|;|\s+et\s+", listed) if n.strip()]
    return [regex.sub(r"^(?:de\s+(?=\p{Lu})|d['’]\s*(?=\p{Lu}))", "", n) for n in names]


def read_changes(title: str) -> list[Change]:
    """The membership changes a title states.

    >>> [(c.member, c.organisation, c.change) for c in read_changes("Retrait d'adhésion de la Commune de Sauzet")]
    [('Commune de Sauzet', None, 'leave')]
    """
    printed = " ".join(restore_elisions(title).replace("’", "'").split())
    text = normalise_case(printed)
    changes: list[Change] = []
    last_member: str | None = None
    consumed = 0
    for k in KEYWORD.finditer(text):
        before = text[max(0, k.start() - 40):k.start()]
        ended = k["join"] is not None and _ENDED_BEFORE.search(before) is not None  # "résilier son adhésion au CNAS"
        if k.start() < consumed or _NOT_MEMBERSHIP_BEFORE.search(text[:k.start()]) or (not ended and _KEPT_BEFORE.search(before)) or (
                not ended and _REFUSED.search(text[max(0, k.start() - 30):k.start()])):
            continue  # "Convention d'adhésion", "décide de ne pas adhérer", "refuse l'adhésion", "renouvelle son adhésion"
        change = "join" if k["join"] and not ended else "leave"
        itself = bool(k["self"]) or ended  # the body leaving what follows: "se retirer du SIVU", "résilier son adhésion au"
        pos = k.end()
        # "Retrait d'adhésion de la Commune de Sauzet"
        skip = regex.match(r"\s+d['’]\s*adh[ée]sion\b", text[pos:], regex.I)
        if skip:
            pos += skip.end()
        year = _YEAR_AFTER.match(text, pos)  # "Adhésion 2026 au CAUE60", "adhésion pour l'année 2025 à ..."
        if year:
            pos = year.end()
        consumed = pos
        member = organisation = None
        unnamed = False
        end = pos
        following = _FOLLOWING_COMMUNES.match(text, pos)
        if following:
            # "l'adhésion des communes suivantes au SIVU de la Dunière : Mars, Borée et Chanéac"
            organisation, after = None, following.end()
            conn = regex.match(rf"\s+(?:{_TO}|{_FROM})\s*", text[after:], regex.I)
            found = _name_at(text, after + conn.end(), True) if conn else None
            if found:
                organisation, after = found[0], found[2]
            listed = _LISTED_COMMUNES.match(text, after)
            if listed:
                names = _commune_names(listed["list"])
                organisation = organisation or _named_elsewhere(text, k.start(), listed.end())
                for name in names:
                    changes.append(Change(f"Commune de {name}", organisation, change, k.start(), listed.end()))
                consumed = listed.end()
                continue
        if k["direct"]:
            # "décide de rejoindre le SIVU", "demande à intégrer le Syndicat des Eaux", "décide de quitter le SIVOM"
            article = regex.match(r"\s+(?=(?:le|la|les|l['’])\s*\S)", text[pos:], regex.I)
            found = _name_at(text, pos + article.end(), True) if article else None
            if found:
                changes.append(Change(None, found[0], change, k.start(), found[2]))
                consumed = found[2]
            continue
        plural = PLURAL_COMMUNES.match(text, pos)
        if plural:
            names = _commune_names(plural["list"])
            conn = regex.match(rf"\s+(?:{_TO}|{_FROM})\s*", text[plural.end():], regex.I)
            found = _name_at(text, plural.end() + conn.end(), True) if conn else None
            organisation = found[0] if found else _named_elsewhere(text, k.start(), plural.end())
            for name in names:
                changes.append(Change(f"Commune de {name}", organisation, change, k.start(), found[2] if found else plural.end()))
            consumed = found[2] if found else plural.end()
            continue
        for _ in range(2):
            dated = _YEAR_AFTER.match(text, end)
            if dated:
                end = dated.end()
            conn = regex.match(rf"\s+(?:(?P<to>{_TO})|(?P<from>{_FROM}))\s*", text[end:], regex.I)
            if not conn:
                break
            found = _name_at(text, end + conn.end(), bool(conn["to"]))
            if not found:
                break
            name, _, stop = found
            if conn["to"]:
                if organisation is not None:
                    break
                organisation = name
            elif k["self"] and organisation is None:
                organisation = name  # "se retirer du SIVU": the body leaves the SIVU
            elif (organisation is not None and member is None and change == "join" and _COORDINATED.match(organisation)
                  and not _MEMBER_KIND.match(name)):
                break  # "au groupement de commandes du SDE": the body coordinating it, not who joins
            elif member is None and (change == "join" or organisation is None):
                member = name
                # "ADHÉSION DE COMMUNE AU SMAHVSBE", "adhésion de communes": some commune, which the body names; "de la
                # commune" is the deliberating one
                unnamed = found[1] == end + conn.end() and _BARE_KIND.match(name) is not None
            elif change == "leave" and organisation is None:
                organisation = name
            else:
                break
            end = stop
        consumed = end
        if (change == "leave" and member and organisation and _COMMUNE.match(organisation) and not _COMMUNE.match(member)
                and not itself):
            member, organisation = organisation, member  # "retrait du SIVOM du Haut-Vivarais de la commune de Vernoux"
        if member is None and organisation is None:
            continue
        if member is None and last_member and change == "join" and changes:
            member = last_member  # "retrait de la commune de X de ... et d'adhésion à ..."
        if member is not None and organisation is None:
            organisation = _named_elsewhere(text, k.start(), end)
        if change == "leave" and member is None and not itself:
            continue
        last_member = member or last_member
        changes.append(Change(member, organisation, change, k.start(), end, unnamed and member is not None))
    for m in _EXTENSION.finditer(text):
        if any(c.start <= m.start() < c.end for c in changes):
            continue
        organisation = _name_at(text, m.end(), False)
        if not organisation:
            continue
        to = regex.match(r"\s+(?:à|aux)\s+", text[organisation[2]:], regex.I)
        member = _name_at(text, organisation[2] + to.end(), True) if to else None
        if member and _COMMUNE.match(member[0]):
            changes.append(Change(member[0], organisation[0], "join", m.start(), member[2]))
    # "l'adhésion de la commune de A et le retrait de la commune de B du SIVU": one organisation for both
    for i in reversed(range(len(changes) - 1)):
        a, b = changes[i], changes[i + 1]
        if (a.member is not None and a.organisation is None and b.organisation is not None and b.member is not None
                and regex.fullmatch(r"\s+et\s+(?:de\s+|le\s+|la\s+|l['’]\s*|d['’]\s*)?", text[a.end:KEYWORD.search(text, a.end).start()])):
            changes[i] = replace(a, organisation=b.organisation)
    if text != printed:
        changes = [replace(c, member=_acronyms_back(c.member, printed), organisation=_acronyms_back(c.organisation, printed))
                   for c in changes]
    return changes


# "extension du périmètre du SDE 07 à la commune d'Annonay"
_EXTENSION = regex.compile(r"\bextension\s+du\s+p[ée]rim[èe]tre\s+(?:du\b|de\s+la\b|de\s+l['’]|des\b)\s*", regex.I)


# The organisation whose statutes change: "Modification des statuts du Syndicat des Eaux (suite à l'adhésion de ...)"
_STATUTES = regex.compile(r"\b(?:statuts|p[ée]rim[èe]tre)\s+(?:du|de\s+la|de\s+l['’]|des|de)\s*", regex.I)


def _named_elsewhere(text: str, start: int, end: int) -> str | None:
    """The organisation a title names outside the change it states: the one whose statutes
    change, or the one the title opens with before a colon ("Syndicat des Eaux : adhésion de
    la commune de Sarras")."""
    for m in _STATUTES.finditer(text):
        if start <= m.start() < end:
            continue
        found = _name_at(text, m.end(), False)
        if found:
            return found[0]
    colon = next((m.start() for m in regex.finditer(r":|\s[–—-]\s", text)), -1)  # "SIVU scolaire : ..." or "SIVU scolaire – ..."
    if 0 < colon < start:
        found = _name_at(text, 0, False)
        if found and found[2] <= colon:
            return found[0]
    return None


def expand_acronym(acronym: str, text: str) -> str | None:
    """"Long Name (ACR)" when the text defines the acronym, either way round.

    >>> expand_acronym("RESAH", "Le RESAH (Réseau des Acheteurs Hospitaliers) est un groupement")
    'Réseau des Acheteurs Hospitaliers (RESAH)'
    """
    flat = " ".join(text.replace("’", "'").split())
    # "RESAH (Réseau des Acheteurs Hospitaliers)"
    m = regex.search(rf"\b{regex.escape(acronym)}\s*\((?P<long>[^()]{{5,120}})\)", flat)
    if m and fold(m["long"])[:1] == fold(acronym)[:1] and len(m["long"].split()) >= 2:
        return f"{m['long'].strip()} ({acronym})"
    # "La Centrale d'Achat du Numérique et des Télécoms (CANUT)"
    for m in regex.finditer(rf"\(\s*{regex.escape(acronym)}\s*\)", flat):
        clause = regex.split(r"[.:;,()]", flat[max(0, m.start() - 200):m.start()])[-1]
        words = clause.split()
        for i in range(len(words) - 1, -1, -1):
            word = regex.sub(r"^(?:l|d)'", "", words[i])
            if word[:1].isupper() and fold(word)[:1] == fold(acronym)[:1] and len(words) - i >= 2:
                return " ".join([word] + words[i + 1:]).strip() + f" ({acronym})"
    return None


# What separates words: "Pays d'Uzès" -> pays, d, uzes
_NOT_WORD = regex.compile(r"[^\p{L}\d]+")


def _significant(name: str) -> set[str]:
    return {w for w in _NOT_WORD.split(fold(name)) if w and w not in _STOPWORDS} - {"syndicat", "mixte", "commune"}


def _resolve(name: str | None, body: str | None, text: str) -> str | None:
    """A name as the analyst wants it: the body's full name for the body, acronyms expanded."""
    if name is None or _GENERIC.match(name):
        return body
    if body and _significant(name) and _significant(name) <= _significant(body):
        return body
    if regex.fullmatch(_ACRONYM, name):
        return expand_acronym(name, text) or name
    name = as_spelled_in(name, text)
    return name[:1].upper() + name[1:]


def as_spelled_in(name: str, text: str) -> str:
    """The name as the item's text spells it when the title's spelling differs in its last
    word only, as OCR garbles a title ("Pays d'Uzëés" in the agenda, "Pays d'Uzès" in the text)."""
    words = name.split()
    if len(words) < 2 or " ".join(fold(name).split()) in " ".join(fold(text).split()):
        return name
    head = r"\s+".join(regex.escape(word) for word in words[:-1])
    for m in regex.finditer(rf"\b{head}\s+(?P<last>[\p{{L}}'’-]+)", text, regex.I):
        if m["last"] != words[-1] and difflib.SequenceMatcher(None, fold(m["last"]), fold(words[-1])).ratio() >= 0.8:
            return " ".join(words[:-1] + [m["last"]])
    return name


def body_name(doc: Document, meeting: Meeting) -> str | None:
    """The deliberating body: the meeting extractor's reading of the header (without the
    assembly), else the first "Commune de X" / "Syndicat ..." / "Communauté de communes ..." of
    the header."""
    if meeting.body:
        return regex.sub(r"\s+(?:Conseil|Comit[ée]|Bureau|Assembl[ée]e)\b.*$", "", meeting.body, flags=regex.I) or meeting.body
    m = HEADER_BODY.search(doc.text[:6000])
    if not m:
        return _kind_of_body(doc.text[:3000])
    name = " ".join(m.group().split())
    return name[:1].upper() + name[1:]


# The kind of body an assembly belongs to, for minutes that never name it ("Conseil municipal du 4 juin 2021")
_ASSEMBLY_KIND = (
    (regex.compile(r"\bconseil\s+municipal\b", regex.I), "Commune"),
    (regex.compile(r"\b(?:comit[ée]|conseil)\s+syndical\b", regex.I), "Syndicat"),
    (regex.compile(r"\bconseil\s+communautaire\b", regex.I), "Communauté"),
)


def _kind_of_body(header: str) -> str | None:
    """"Commune" for a municipal council that does not name its commune, "Syndicat",
    "Communauté": what the minutes say of the member when they say no more."""
    for pattern, kind in _ASSEMBLY_KIND:
        if pattern.search(header):
            return kind
    return None


def _has_decision(section: Section, decisions: tuple[Decision, ...]) -> bool:
    """Whether the decisions extractor read a decision, whatever its outcome, in this section."""
    return any(d.item_number == section.item_number and section.start <= d.provenance.char_start < section.end for d in decisions)


# The council deciding, in the indicative, in a sentence of its own: "Le conseil municipal, après en avoir délibéré, à
# l'unanimité, accepte l'adhésion", "Le comité syndical approuve le retrait", "Le conseil émet un avis favorable à"
_COUNCIL_VERB = regex.compile(
    r"\b(?:conseil|comit[ée]|assembl[ée]e|bureau)\b[^.;]{0,160}?\b(?:d[ée]cide|approuve|accepte|valide|" + ASSENT_WORDS +
    r"|autorise\s+l['’]\s*adh[ée]sion|sollicite)\b[^.;\n]*",
    regex.I)
# An item put off or rejected in words: "ajourné", "reporté", "rejeté", "refusé" (searched in the deciding clause)
_FATE = r"ajourn[ée]e?s?|report[ée]e?s?|rejet[ée]e?s?|refus[ée]e?s?"
_NOT_ADOPTED = regex.compile(rf"\b(?:{_FATE}|retir[ée]e?\s+de\s+l['’]\s*ordre)\b", regex.I)
# The item's own fate in a sentence of the item: "Le point est ajourné", "Le choix de l'adhésion a été reporté", "La
# proposition est rejetée", or the word alone on its line ("AJOURNÉ"); not a participle of something else ("les crédits
# reportés de 2023")
_ITEM_NOT_ADOPTED = regex.compile(
    r"\b(?:point|question|dossier|sujet|affaire|d[ée]lib[ée]ration|projet|proposition|demande|vote|d[ée]cision|choix|adh[ée]sion"
    r"|retrait)\b[^.;\n]{0,60}?\b(?:est|sont|a\s+[ée]t[ée]|ont\s+[ée]t[ée]|sera|seront)\s+(?:" + _FATE + r"|retir[ée]e?\s+de\s+l['’]\s*ordre)\b"
    r"|^\W*(?:" + _FATE + r")\W*$",
    regex.I | regex.M)


def _council_decides(text: str) -> tuple[str, int, int] | None:
    """The council's sentence deciding a membership change where no decision was read: (clause, start, end), or None
    when none, when it is denied or refused, or when the item says it was put off or rejected."""
    if _ITEM_NOT_ADOPTED.search(text):
        return None
    for m in _COUNCIL_VERB.finditer(text):
        clause = m.group()
        if not KEYWORD.search(clause) or _REFUSED.search(_ENDED.sub("", clause)) or _NOT_ADOPTED.search(clause):
            continue
        if read_changes(clause):
            return clause, m.start(), m.end()
    return None


def _adopted(section: Section, decisions: tuple[Decision, ...]) -> Decision | None:
    """The adopted decision the decisions extractor read in this section, if any."""
    for decision in decisions:
        p = decision.provenance
        if decision.item_number == section.item_number and section.start <= p.char_start < section.end:
            return decision if decision.outcome == "adopted" else None
    return None


# A title joining several organisations it does not name: "Adhésion aux associations", "Adhésions à diverses
# associations", "Adhésion aux organismes suivants"
GENERIC_JOINS = regex.compile(
    r"\badh[ée]sions?\s+(?:aux|à\s+(?:des|diverses|plusieurs))\s+(?:diff[ée]rentes\s+)?(?:associations|organismes|structures)\b",
    regex.I,
)
# A line opening with the name of one of them: "SHAARL (Société d'Histoire ...) sollicite ...", "ACCDM (Association ...)",
# "Association Les Amis du Patrimoine :"
_LISTED_NAME = regex.compile(
    rf"^\W*(?:(?P<name>{_ACRONYM})\s*(?=\(|:|\.?$|\s+(?-i:\p{{Ll}}))|(?P<name>(?-i:Association)\s+[^.:;()\n]{{3,80}}?)\s*(?=\(|:|\.?$))",
    regex.I,
)
# Words in capitals that are outcomes, not names: "ADOPTÉ à l'unanimité"
_OUTCOME_WORDS = {"ADOPTE", "ADOPTEE", "ADOPTES", "APPROUVE", "APPROUVEE", "VOTE", "REPORTE", "REJETE", "REFUSE", "POUR",
                  "CONTRE", "UNANIMITE", "ACCORD", "AVIS"}
# What became of one of them: adopted ("ADOPTÉ", "approuvé", "accord"), or put off or refused
_LISTED_ADOPTED = regex.compile(r"\badopt[ée]e?s?\b|\bapprouv[ée]e?s?\b|\bavis\s+favorable\b|\baccord\b", regex.I)
_LISTED_NOT = regex.compile(r"\breport[ée]e?s?\b|\bajourn[ée]e?s?\b|\brejet[ée]e?s?\b|\brefus[ée]e?s?\b|\bpas\s+de\s+vote\b", regex.I)


def listed_joins(text: str) -> list[tuple[str, int, int]]:
    r"""The organisations an item joining several lists one after the other, each with its own vote: (name, start,
    end) of those adopted. A name opens a line; what follows it up to the next name holds its outcome.

    >>> [n for n, _, _ in listed_joins("SHAARL (Société d'Histoire) sollicite 20€/an.\nADOPTÉ à l'unanimité.\nSVP.\nReporté.")]
    ['SHAARL']
    """
    starts: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        m = _LISTED_NAME.match(line)
        if m and fold(m["name"]).upper() not in _OUTCOME_WORDS:
            starts.append((offset, " ".join(m["name"].split())))
        offset += len(line) + 1
    out = []
    for k, (start, name) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        part = text[start:end]
        if _LISTED_ADOPTED.search(part) and not _LISTED_NOT.search(part):
            out.append((name, start, end))
    return out


# What the council decides, in the body: "- DÉCIDE d'adhérer au groupement de commandes ;", "approuve l'adhésion de la
# commune à l'Agence ...", "accepte le retrait de la commune de X", "émet un avis favorable à l'adhésion de ...", and the
# infinitive after "pour" or "de": "Accord à l'unanimité pour émettre un avis favorable à l'adhésion de la Commune de
# Masny", "le conseil délibère à l'unanimité pour demander le retrait de la commune de X du SIVU"
_DECIDING = regex.compile(
    r"\b(?:d[ée]cider?|approuver?|accepter?|valider?|solliciter?|demander?|autoriser?|" + ASSENT_WORDS + r")\b[^.;\n]*?"
    r"\b(?:adh[ée]rer|adh[ée]sion|admission|retrait|se\s+retirer|sortie|rejoindre|int[ée]grer|int[ée]gration|quitter"
    r"|affiliation|d[ée]saffiliation|entr[ée]e|devenir\s+membre|sortir)\b[^;\n]*",
    regex.I,
)
# In an item on a syndicat's statutes, the member whose joining or leaving changes them: "suite à l'adhésion de la
# commune de Marcilly", "le comité a accepté le retrait de la commune de Vernoux"
_STATUTES_MEMBER = regex.compile(
    r"\b(?:adh[ée]sion|admission|retrait)\s+(?:de\s+la\s+commune|des\s+communes|de\s+la\s+communaut[ée])\b[^.;\n]*", regex.I)
_STATUTES_TITLE = regex.compile(r"\bstatuts\b", regex.I)
# A decision not to: "décide de ne pas adhérer", "refuse l'adhésion", "n'approuve pas"
_REFUSED = regex.compile(
    r"\bne\s+(?:pas|plus)\b|\bn['’]\s*\p{L}+\s+pas\b|\brefus|\bcontre\s+(?:le|la|l['’]|les)\b|\bd[ée]favorable\b|\bs['’]\s*oppos|\boppos(?:ition|[ée]e?s?)\s+(?:à|au|aux)\b",
    regex.I)


# The assembly's opinion on a change its title names: against ("émet un avis défavorable", "s'oppose", "se prononce contre",
# "refuse"), for ("avis favorable", "accepte", "approuve")
_OPINION_AGAINST = regex.compile(
    r"\bavis\s+d[ée]favorable\b|\bs['’]\s*oppose\w*|\bse\s+prononce\w*\s+contre\b|\brefuse\w*\b|\bn['’]\s*(?:accepte|approuve)\w*\s+pas\b",
    regex.I)
_OPINION_FOR = regex.compile(r"\bavis\s+favorable\b|\b(?:accepte|approuve|valide)\w*\b(?!\s+pas\b)", regex.I)


# An infinitive denied before it: "pour ne pas demander le retrait"
_NOT_BEFORE = regex.compile(r"\bne\s+(?:pas|plus|point|jamais)\s+$", regex.I)


# A word every match of _DECIDING and of _STATUTES_MEMBER holds, case aside (what changes: "adhérer", "adhésion",
# "admission", "retrait", "se retirer", "sortie", "rejoindre", "intégrer", "quitter", "affiliation", "entrée", "devenir
# membre", "sortir"): most items name none, and the patterns are not tried there
_CHANGE_WORDS = ("adhér", "adher", "adhés", "adhes", "admission", "retrait", "retirer", "sorti", "rejoindre", "intégr",
                 "integr", "quitter", "affiliation", "entrée", "entree", "devenir")


def _decided(text: str, title: str) -> tuple[str, int, int] | None:
    """The body's clauses that decide a membership change (joined by " ; "), with their span, or None. In an
    item on a syndicat's statutes, the clauses naming the member that joins or leaves count too."""
    if not may_hold(text, _CHANGE_WORDS):
        return None
    spans = [(m.start(), m.end()) for m in _DECIDING.finditer(text)
             if not _REFUSED.search(_ENDED.sub("", m.group())) and not _NOT_BEFORE.search(text, 0, m.start())]
    if _STATUTES_TITLE.search(title):
        spans += [(m.start(), m.end()) for m in _STATUTES_MEMBER.finditer(text)]
    if not spans:
        return None
    spans.sort()
    return " ; ".join(text[a:b] for a, b in spans), spans[0][0], max(b for _, b in spans)


# A member asking to join or leave, in the item's account: "la commune de Lemps a sollicité son adhésion au SIVU",
# "les communes de Lemps et Arras ont demandé leur adhésion au syndicat", "Vu la délibération de la commune de Lemps
# sollicitant son adhésion", "la commune de Lemps demande son retrait du SIVU"
_REQUEST = regex.compile(
    r"\b(?P<who>(?P<many>les\s+communes|la\s+commune|la\s+ville|la\s+communaut[ée]\s+(?:de\s+communes|d['’]\s*agglom[ée]ration)"
    r"|le\s+syndicat)\s+[^,.;:\n]{2,80}?)\s*,?\s+"
    r"(?:(?:a|ont|avait|avaient)\s+(?:sollicit[ée]e?|demand[ée]e?|exprim[ée]e?|formul[ée]e?|manifest[ée]e?)|sollicitant|demandant"
    r"|sollicitent|sollicite|demandent|demande)\s+(?:son|sa|leur|leurs)\s+(?:souhait\s+d['’]\s*|demande\s+d['’]\s*)?"
    r"(?P<kw>adh[ée]sions?|retraits?|sortie)\b(?P<rest>[^.;\n]*)"
    # the verb: "la commune de Lemps souhaite adhérer au SIVU", "a demandé à se retirer du syndicat", "a décidé d'adhérer"
    r"|\b(?P<who>(?P<many>les\s+communes|la\s+commune|la\s+ville|la\s+communaut[ée]\s+(?:de\s+communes|d['’]\s*agglom[ée]ration))"
    r"\s+[^,.;:\n]{2,80}?)\s*,?\s+(?:souhait\w*|(?:a|ont|avait|avaient)\s+(?:souhait[ée]|d[ée]cid[ée]|demand[ée]|d[ée]lib[ée]r[ée]\s+pour)"
    r"|d[ée]sire\w*|demande\w*)\s+(?:de\s+|d['’]\s*|à\s+|pour\s+)?(?P<verb>adh[ée]rer|se\s+retirer)\b(?P<rest>[^.;\n]*)",
    regex.I)
# Agreeing in words: "émet un avis favorable", "donne son accord", "se prononce favorablement", or "avis favorable" alone
_AGREES = ASSENT_WORDS + r"|avis\s+favorable"
# The assembly granting what was asked, named back: "Le conseil accepte ces adhésions", "APPROUVE cette adhésion", "émet
# un avis favorable à ce retrait", "donne son accord à la demande de la commune"
_GRANTED = regex.compile(
    r"\b(?:accept\w*|approuv\w*|valid\w*|" + _AGREES + r")\b"
    r"[^.;\n]{0,40}?\b(?:cette|ces|ce|cet|sa|leur|leurs|lesdites|ladite|ledit|la|les|le)\s+(?:demandes?\s+(?:d['’]\s*)?)?"
    r"(?:adh[ée]sions?|retraits?|sorties?|demandes?)\b"
    # a favourable opinion with no object, the request being the item's: "Le conseil municipal émet un avis favorable."
    r"|\b(?:" + _AGREES + r")(?=\s*(?:[.;\n]|$))",
    regex.I)


_REQUEST_WORDS = ("adhés", "adhes", "retrait", "sortie", "adhér", "adher", "retirer")


def _requested(text: str) -> tuple[str, int, int] | None:
    """A member's request the assembly grants, written as the title it would have ("retrait de la commune de Lemps du
    SIVU"): the request ("la commune de Lemps a demandé son retrait du SIVU") and a clause granting it by name ("accepte ce
    retrait"), none refused. None otherwise: a request alone is an account of what another body asked."""
    if not may_hold(text, _REQUEST_WORDS):
        return None  # (no request: _REQUEST's every match names an "adhésion", a "retrait", a "sortie", "adhérer" or "se retirer")
    granted = [m for m in _GRANTED.finditer(text)
               if not _REFUSED.search(text, max(0, m.start() - 4), m.end()) and not regex.search(r"\bpas\b", m.group())
               and not _NOT_BEFORE.search(text, 0, m.start())]
    if not granted:
        return None
    titles, start, end = [], None, None
    for m in _REQUEST.finditer(text):
        if m.start() > granted[-1].start():
            break
        who = m["who"]
        connector = "des" if m["many"].lower().startswith("les") else "de"
        who = regex.sub(r"^(?:les|la|le)\s+", "", who, flags=regex.I)
        kw = m["kw"] or ("adhésion" if m["verb"].lower().startswith("adh") else "retrait")
        titles.append(f"{kw} {connector} {'la ' if connector == 'de' and not who.lower().startswith('syndicat') else 'le ' if connector == 'de' else ''}{who}{m['rest']}")
        start = m.start() if start is None else start
        end = m.end()
    if not titles:
        return None
    return " ; ".join(titles), start, max(end, granted[-1].end())


# What a body coordinates for its members: "groupement de commandes du SDE", "centrale d'achat du CDG"
_COORDINATED = regex.compile(r"^(?:le\s+|la\s+|l['’]\s*)?(?:groupements?|centrales?)\b", regex.I)
# Who joins, named after what is joined: "l'adhésion au SIVU de la commune de Guitté", "... de la communauté de communes X"
_MEMBER_KIND = regex.compile(r"^(?:la\s+|le\s+|l['’]\s*)?(?:communes?|ville|communaut[ée]|m[ée]tropole|epci)\b", regex.I)
# A kind of member without its name: "commune", "COMMUNES", "collectivité"
_BARE_KIND = regex.compile(r"^(?:communes?|villes?|collectivit[ée]s?|syndicats?|communaut[ée]s?)$", regex.I)
# A commune as a member: "commune de Sauzet", "Ville de Lens", "communes de ..."
_COMMUNE = regex.compile(r"^(?:la\s+)?(?:communes?|ville)\b", regex.I)


def _named_in_body(change: Change, unnamed: list[Change]) -> Change:
    """A change the body states, with the organisation a title named where the body names it only by its kind
    ("ADHÉSION DE COMMUNE AU SMAHVSBE" then "l'adhésion de la Commune de Masny au Syndicat Mixte pour ...")."""
    for title in unnamed:
        if title.change == change.change and title.organisation and (
                change.organisation is None or _GENERIC.match(change.organisation)):
            return Change(change.member, title.organisation, change.change, change.start, change.end)
    return change


def _leaves_what_it_names(change: Change, body: str | None) -> bool:
    """A commune's minutes naming only what is left ("Retrait du SIVU de la piscine"): the commune is the
    member and the SIVU the organisation, where a syndicat's minutes name the member who leaves it."""
    return (change.change == "leave" and change.organisation is None and change.member is not None and body is not None
            and _COMMUNE.match(body) is not None and _COMMUNE.match(change.member) is None
            and _ORGANISATION_NAMED.match(change.member) is not None)  # "retrait de Lemps": a commune leaves, not the body


# A name that says it is an organisation: a head word ("Syndicat des Eaux") or an acronym ("SIVU de la piscine")
_ORGANISATION_NAMED = regex.compile(rf"(?:la\s+|le\s+|l['’]\s*)?(?:(?:{_HEADS})\b|{_ACRONYM})", regex.I)


def extract(doc: Document, seg: Segmentation, facts: Extraction) -> dict:
    """Membership changes of every adopted agenda item: the decisions are `facts.decisions`, the
    deliberating body `facts.meeting.body` (the extractors that ran before this one)."""
    titles = {item.number: item.title for item in seg.agenda}
    body = body_name(doc, facts.meeting)
    changes: list[MembershipChange] = []
    for section in seg.sections:
        first_line_end = doc.text.find("\n", section.start, section.end)
        body_start = section.end if first_line_end < 0 else first_line_end + 1
        text = doc.text[body_start:section.end]
        if GENERIC_JOINS.search(titles.get(section.item_number, "") or "") or GENERIC_JOINS.search(section.heading or ""):
            # "Adhésion aux associations": each one listed with its own vote, whatever the item's first decision
            for name, start, end in listed_joins(text):
                organisation = _resolve(name, body, text)
                if body and organisation and fold(organisation) != fold(body):
                    provenance = doc.provenance(body_start + start, body_start + end)
                    changes.append(MembershipChange(section.item_number, body, organisation, "join", False, provenance))
            continue
        decision = _adopted(section, facts.decisions)
        if decision is not None:
            statement, statement_provenance = doc.text[decision.provenance.char_start:decision.provenance.char_end], decision.provenance
        else:
            # no decision read in the item (the decisions extractor finds no vote): the council's own sentence deciding the
            # change is its decision ("Le conseil municipal, à l'unanimité, accepte l'adhésion de ..."); an item whose
            # decision was read and is not adopted (rejected, put off) gives none
            council = None if _has_decision(section, facts.decisions) else _council_decides(text)
            if council is None:
                continue
            statement, start, end = council
            statement_provenance = doc.provenance(body_start + start, body_start + end)
        candidates = [(titles.get(section.item_number, ""), section.provenance), (section.heading, section.provenance),
                      (statement, statement_provenance)]
        title_text = " : ".join(t for t in (titles.get(section.item_number, ""), section.heading) if t)
        decided = _decided(text, title_text)
        if decided is None and _OPINION_AGAINST.search(text) and not _OPINION_FOR.search(text):
            continue  # "Adhésion de la commune de X au SIVU" then "le conseil émet un avis défavorable": adopted, against the change
        if decided and not read_changes(decided[0]) and _RENEWED.search(decided[0]):
            continue  # "Adhésion au CAUE" then "décide de renouveler l'adhésion au CAUE pour 2025": a membership kept
        if decided:
            clauses, start, end = decided
            candidates.append((clauses, doc.provenance(body_start + start, body_start + end)))
        requested = _requested(text)
        if requested:
            clauses, start, end = requested
            candidates.append((clauses, doc.provenance(body_start + start, body_start + end)))
        unnamed: list[Change] = []
        for k, (title, provenance) in enumerate(candidates):
            found = read_changes(title or "")
            if not found:
                continue
            if all(c.unnamed for c in found) and any(not c.unnamed for t, _ in candidates[k + 1:] for c in read_changes(t or "")):
                unnamed = unnamed or found  # "Adhésion de commune au SMAHVSBE": the body names which one
                continue
            found = [_named_in_body(c, unnamed) for c in found]
            principle = any(IN_PRINCIPLE.search(t or "") for t, _ in candidates)
            for change in found:
                if change.member is not None and change.organisation is None and title is not candidates[0][0]:
                    # a member named in the body, the organisation in the title ("Syndicat X : modification des statuts")
                    elsewhere = _named_elsewhere(title_text, len(title_text), len(title_text))
                    change = Change(change.member, elsewhere, change.change, change.start, change.end)
                parties = _parties(change, body, text)
                if parties:
                    changes.append(MembershipChange(section.item_number, *parties, change.change, principle, provenance))
            break
    if not seg.sections:
        changes += _unsectioned(doc, seg, body)
    return {"membership_changes": changes}


def _parties(change: Change, body: str | None, text: str) -> tuple[str, str] | None:
    """The member and the organisation of a change, as full names: the body holding the session stands for the side a
    clause leaves unnamed ("demande son retrait du SIVU"). None when a side stays unknown or both are the same."""
    if _leaves_what_it_names(change, body):
        change = Change(None, change.member, change.change, change.start, change.end)
    member = _resolve(change.member, body, text) if change.member else body
    organisation = _resolve(change.organisation, body, text) if change.organisation else body
    if not member or not organisation or fold(member) == fold(organisation):
        return None
    return member, organisation


COUNCIL_LIST_REACH = 400  # characters from the council's words ("Le Conseil Municipal, ... ,") to a decision listed under them

# The council as the subject of a decision, or the vote, in the sentence of a deciding clause: "le conseil délibère à
# l'unanimité pour demander le retrait ...", "A l'unanimité, les membres du conseil décident ..."
_COUNCIL_DECIDES = regex.compile(r"\b(?:conseil|comit[ée]|assembl[ée]e|bureau)\b|\bunanimit[ée]\b", regex.I)


def _unsectioned(doc: Document, seg: Segmentation, body: str | None) -> list[MembershipChange]:
    """Where no item was found (a web page or an extract giving one deliberation as prose, read with no heading and no
    decision): the changes the council decides in a sentence of its own, which names the council or its vote ("le
    conseil délibère à l'unanimité pour demander le retrait de la commune de X du SIVU scolaire")."""
    start = seg.preamble_end if seg.preamble_end < len(doc.text) else 0  # (no item found: all of it is "preamble")
    text = doc.text[start:]
    changes: list[MembershipChange] = []
    for m in _DECIDING.finditer(text):
        if _REFUSED.search(_ENDED.sub("", m.group())) or _NOT_BEFORE.search(text, 0, m.start()):
            continue
        # the sentence, or the lines of a list the council's words open ("Le Conseil Municipal, après en avoir délibéré,"
        # then "- ACCEPTE l'adhésion ...")
        sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        opening = text.rfind("\n", 0, max(0, sentence_start - 1)) + 1
        if regex.search(r"[,:]\s*$", text[opening:sentence_start]) and m.start() - opening < COUNCIL_LIST_REACH:
            sentence_start = opening
        if not _COUNCIL_DECIDES.search(text[sentence_start:m.end()]):
            continue
        for change in read_changes(m.group()):
            parties = _parties(change, body, text)
            if parties:
                changes.append(MembershipChange("", *parties, change.change, bool(IN_PRINCIPLE.search(m.group())),
                                                doc.provenance(start + m.start(), start + m.end())))
    return changes
