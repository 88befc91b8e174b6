"""Vote statements as French minutes print them: one declarative grammar, shared by the decisions
extractor and the checks that re-read votes (and, for the assembly's assent, the membership extractor and
the segmentation).

Each pattern below reads one kind of statement ("Pour : 12", "par 15 voix pour", "à
l'unanimité", "ADOPTÉ", "prend acte", "ne prend pas part au vote"...). `GRAMMAR` lists them with
the lines each must find and the lines it must not (real-looking French lines), which
tests/test_french_votes.py runs. What a statement means for a decision (which vote is the
item's, who votes, what is counted) is the decisions extractor's; the words are here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex
from rapidfuzz import fuzz

from pipeline.french.counts import TABLE_CELLS
from pipeline.french.dates import MONTHS
from pipeline.french.numbers import COUNT_WORDS
from pipeline.text import ODD_CASE, fold, lowered

# What may open a vote's line before its words: spaces and bullets, any number ("- Pour : 12", "• Adopté", "  - Vu le
# CGCT"): the vote lines, verdicts and labels here and the decisions extractor's references and verbs read it alike
BULLETS = r"[\s\-•*]*"
# (a digit group of an amount is no count: "pour 15 000 €", "contre 2 000 € l'an dernier")
_N = rf"(?P<n>(?<!\d[\s\u00a0\u202f./])\d{{1,3}}(?![\s\u00a0\u202f./]?\d)|n[ée]ant|aucune?|{COUNT_WORDS})"
_NOT_VOTING = r"ne\s+prenn?(?:d|ent)\s+pas\s+part(?:\s+au\s+vote)?|NPPV|non[-\s]participations?|refus\s+de\s+vote"
# ("Abstention(s) : 1" as Word templates print it)
_LABEL = rf"(?P<label>pour|contre|abstentions?|abst\.|{_NOT_VOTING})(?:\(s\))?"
# A count after its label: "Pour : 12", "- Contre : 2 (Mme DECKER et M. DUTILLOY)", "Abstention : 1, Monsieur TANGUY"
# "POUR ........ 15", "Contre … 2" (dot leaders); on the next line only alone there or before the next label ("Pour :\n15",
# a grid exported one cell per line), never a list's number after a sentence's "pour :" ("une nouvelle demande d'étude
# auprès du SDEHG pour :\n\n1 - le centre bourg", extra7 Montbrun-Bocage)
_COUNT_BELOW = r"\s*\n\s*(?=\S+[^\S\n]*(?:\n|$)|\S+[^\S\n]*[|,;/–-]?[^\S\n]*(?:pour|contre|abst))"
COUNT_AFTER = regex.compile(rf"(?<![\p{{L}}'’])(?:{_LABEL})\s*(?:[:=]|\.{{3,}}|…+)(?:[^\S\n]*|{_COUNT_BELOW}){_N}\b", regex.I)
# A count before its label: "par 15 voix pour", "0 contre, 0 abstention, 11 pour", "6 voix Contre", "10 votes pour. 2 Abstentions",
# the vote named by its sense after "voix": "adopté par 20 voix favorables et 2 abstentions", "3 voix défavorables"
# (a count of votes, never "2 avis favorables" nor "les 3 favorables")
COUNT_BEFORE = regex.compile(
    rf"(?<![\d,.])\b{_N}\s*(?:(?P<unit>voix|votes?|suffrages?|bulletins?|membres?|élus?|conseillers?)?\s*(?:{_LABEL})"
    r"|(?P<unit>voix|votes?|suffrages?)\s+(?P<label>(?:d[ée])?favorables?))(?![\p{L}]|-\p{L})",
    regex.I,
)
# A count after its label without a colon, trusted in a vote block or beside another: "VOTE : POUR 15 - CONTRE 2 - ABSTENTION 1",
# "Votants 18 | Pour 15 | Contre 2 | Abstention 1", "| Pour | 15 |"
COUNT_AFTER_BARE = regex.compile(rf"(?<![\p{{L}}'’])(?:{_LABEL})(?:\s*\|\s*|\s+){_N}\b(?!\s*(?:€|%|euros?|ans?|mois|jours?|m[²2]))", regex.I)
# A count for the proposal named after "Pour": "Pour le changement de prestataire : 13 votes",
# "Pour la proposition : 12 voix" (not "Pour : 12", read above, nor "Pour la commune : 12 logements")
COUNT_FOR_PROPOSAL = regex.compile(
    rf"^{BULLETS}pour\s+(?:l[ae]s?\b|l['’]|une?\b|ce\b|cette\b|cet\b)[^:\n]{{1,80}}:\s*{_N}\s*(?:votes?|voix|suffrages?)\b",
    regex.I | regex.M,
)
# The votes of the member elected, which carry the election: "- Anne-Marie : 11 votes, → Elue",
# "M. DUPONT : 15 voix, élu", "Mme MARTIN est élue avec 12 voix", "est proclamé élu par 15 suffrages"
ELECTED_COUNT = regex.compile(
    rf":\s*{_N}\s*(?:votes?|voix|suffrages?)\b[^\n\d]{{0,12}}?\b[ée]lue?s?\b"
    rf"|\b[ée]lue?s?\s+(?:avec|par)\s+{_N}\s+(?:votes?|voix|suffrages?)\b",
    regex.I,
)
# Names without a count: "Contre : M. DUPONT, Mme MARTIN" (the count is the number of names)
COUNT_BY_NAMES = regex.compile(rf"(?<![\p{{L}}'’])(?:{_LABEL})\s*:(?=\s*(?:M\.|MM\.|Mmes?|Monsieur|Madame)\s)", regex.I)
# A vote label opening a block: "Vote :", "Vote : pour à l'unanimité", "Résultat du vote :", "Vore : Unanimité" (OCR)
VOTE_LABEL = regex.compile(
    r"^" + BULLETS + r"(?:r[ée]sultats?\s+du\s+)?vo[tr]es?"
    r"(?:\s+(?:à\s+main\s+lev[ée]e|à\s+bulletins?\s+secrets?|au\s+scrutin\s+\w+|[ée]lectronique|des\s+membres|du\s+conseil))?\s*:",
    regex.I | regex.M,
)
# A vote line opened by its label: "- Pour : 12", "Abstentions 2"
VOTE_LINE_LABEL = regex.compile(r"^" + BULLETS + r"(?:pour|contre|abstentions?)\b\s*[:=]?\s*\d", regex.I)
# A line that opens on a vote, which no reference's sentence continues (a reference's next line in small letters or
# opening on a digit goes on citing: "Vu la délibération du 3 mars\n2019 relative ..."): a count before its label, in
# figures or words ("6 POUR / 0 CONTRE", "12 voix pour, 2 contre", "DOUZE voix POUR"), unanimity or a majority opening a
# clause ("à l'unanimité, approuve", "a l'unanimite, decide"), "par 14 voix pour" (the decisions extractor asks a verb in
# the present beside the unanimity or majority)
VOTE_OPENS_LINE = regex.compile(
    rf"^{BULLETS}(?:{_N}\s*(?:voix|votes?|suffrages?)?\s*(?:pour|contre|abstentions?)(?![\p{{L}}]|-\p{{L}})"
    r"|(?P<clause>(?:à|a)\s+l['’]\s*unanimit[ée]|(?:à|a)\s+la\s+majorit[ée]|par\s+\S+\s+(?:voix|votes|suffrages)\b))",
    regex.I,
)
# A vote grid's cell alone on its line: "Contre", "2", "Abstentions :"
LONE_CELL = regex.compile(r"^[\s|]*(?:pour|contre|abstentions?|votants|\d{1,3})[\s|:]*$", regex.I)
# A vote table's header row: "Votants | Pour | Contre | Abstention", "Présents Votants Pour Contre Abstentions" (a counts
# box's cells, pipeline.french.counts.TABLE_CELLS, then the vote's)
_TABLE_CELLS = "|".join((*TABLE_CELLS.values(), r"pour|contre|abstentions?|nppv"))
# (a header "Membres en exercice | Présents | Votants | Pour | Contre | Abstentions" too)
VOTE_TABLE_HEADER = re.compile(rf"^[\s|]*(?:(?:{_TABLE_CELLS})[\s|:]*){{2,}}$", re.I | re.M)
# A table header's cell
TABLE_CELL = re.compile(_TABLE_CELLS, re.I)
# Unanimity, unless a third party's: "à l'unanimité des membres présents", "ADOPTE A L'UNANIMITE", "Vote : Unanimité"
# (not "avis favorable à l'unanimité du conseil d'administration de l'association")
UNANIMITY = regex.compile(
    r"\bunanimit[ée]\b(?!\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?:conseil\s+d['’]administration|commission|bureau|association|comit[ée]|jury|membres\s+de\s+la\s+commission))"
    r"|\bunanimement\b"
    # "par un vote unanime", "donne un accord unanime" (not "l'avis unanime de la commission")
    r"|\bunanimes?\b(?!\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?:conseil\s+d['’]administration|commission|bureau|association|comit[ée]|jury))",
    regex.I,
)
# A majority without count: "adopté à la majorité", "à la majorité des suffrages exprimés" (not "majorité absolue")
# (and without its accent, as minutes typed without accents or in capitals print it: "ADOPTE A LA MAJORITE", "adopte a la
# majorite"; not "la liste A a la majorité", "il a la majorité", a verb's "a")
MAJORITY = regex.compile(
    r"(?:\bà|(?<!\b(?:il|elle|on|qui|liste\s+\w+|groupe\s+\w+|n['’])\s+)\ba)\s+la\s+majorit[ée]\b"
    r"(?!\s+(?:absolue|qualifi[ée]e|relative|des\s+deux\s+tiers)\b)", regex.I)
# A majority of a stated kind, as a verdict: "Adopté à la majorité absolue", "Le Conseil, à la majorité qualifiée des
# suffrages exprimés, approuve" (not "Majorité absolue : 7" nor "est élu à la majorité absolue", an election's)
# (after the operative verb in the present too, accents or not: "décide à la majorité absolue des suffrages exprimés
# d'approuver", "APPROUVE A LA MAJORITE QUALIFIEE", "rejette a la majorite absolue")
MAJORITY_QUALIFIED = re.compile(  # (re: four times faster than regex on these plain patterns)
    r"\b(?:(?:adopt|approuv|rejet|vot)[ée]e?s?|(?:d[ée]cide|approuve|adopte|accepte|valide|rejette)(?:nt)?)\s+[àa]\s+la\s+majorit[ée]"
    r"\s+(?:absolue|qualifi[ée]e|relative|des\s+deux\s+tiers)\b"
    r"|,\s*[àa]\s+la\s+majorit[ée]\s+(?:absolue|qualifi[ée]e|des\s+deux\s+tiers)\b",
    re.I,
)
# A verdict opening its line, capitalised: "Adopté.", "Rejeté.", "Approuvée à la majorité", "Rejetée par 10 voix contre"
# (not "Approuvé par arrêté préfectoral du 3 mars 2020, le PLU ...")
VERDICT_LINE = re.compile(
    r"^" + BULLETS + r"(?:Adopt|Approuv|Rejet|ADOPT|APPROUV|REJET)[ÉEée][Ee]?[Ss]?\b(?=[\s.:;,!()]*$|\s*[.:;(]|\s+[àaÀA]\s+[lL]|\s+par\s+(?:\d|\w+\s+voix))",
    re.M,
)
# Adoption printed as a verdict: "ADOPTE A L'UNANIMITE", "ADOPTÉ", "Adoption à 0 Contre, 0 abstention, 11 voix pour"
ADOPTED_VERDICT = regex.compile(r"\bADOPT[ÉE]E?S?\b|\bAPPROUV[ÉE]E?S?\b|\bAdoption\s+à\b")
# A verdict printed as a label's value: "Décision : adoptée", "DÉCISION : REJETÉE", "Résultat du vote : adopté", "Suite
# donnée : retirée", "Délibération : ajournée", "Décision du conseil : refusée" (not "Résultat reporté : 12 000 €", an
# accounting result, nor "Délibération : approuvant le règlement", nor "Décision modificative n° 1 : ...")
VERDICT_AFTER_LABEL = regex.compile(
    r"^" + BULLETS + r"(?:d[ée]cision(?:\s+du\s+(?:conseil|comit[ée]|bureau))?|r[ée]sultats?\s+du\s+vote|d[ée]lib[ée]ration"
    r"|suite\s+donn[ée]e)\s*:\s*(?P<verdict>adopt|approuv|accept|vot|rejet|refus|retir|ajourn|report)[ée]e?s?\b",
    regex.I | regex.M,
)
# A verdict used as a vote label, its counts after the colon: "Adopté : 15 pour", "APPROUVÉ : 12 pour"
VERDICT_LABEL = regex.compile(BULLETS + r"(?:Adopt|Approuv|Rejet|ADOPT|APPROUV|REJET)[ÉEée][Ee]?[Ss]?\s*:")
# The deliberation's formula: "après en avoir délibéré", "Apres en avoir delibere" (the document's kind, the segmentation's
# title run into its text, the decision after a reference and the assembly that deliberates read it alike)
DELIBERATED_WORDS = r"apr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée]"
# The assembly that deliberates, named above its operative verb: "Après en avoir délibéré, le Conseil Municipal,"
DELIBERATED = regex.compile(rf"\b{DELIBERATED_WORDS}\b", regex.I)
# The next vote's label in a list of names after a count, where the names end: "Contre : 2, M. DURAND, Mme PETIT.
# S'abstient : M. LEROY", "..., Mme PETIT, pour : 12"
NEXT_VOTE_LABEL = regex.compile(r"\b(?:pour|contre|abstentions?|s['’]\s*abst\w*)\b", regex.I)
# The assembly's act-approving verbs negated, one class ("n'approuve pas", "N'ADOPTE PAS", "ne valide pas", "ne retient pas",
# "n adopte pas" typed without its apostrophe, "n'entérine pas", "ne ratifient pas"), and its assent negated ("ne donne pas
# son accord", "ne se prononce pas favorablement", "n'émet pas un avis favorable"); not "ne vote pas" (a member's
# abstention), nor "n'autorise pas" (a rule's: "le PLU n'autorise pas les constructions")
REFUSAL = (r"\bn(?:['’]\s*|e\s+|\s+(?=[aeéiou]))(?:(?:approuve|adopte|accepte|valide|ent[ée]rine|ratifie)(?:nt)?|retien(?:t|nent))\s+(?:pas|point)\b"
           r"|\bne\s+donne\w*\s+pas\s+(?:son|leur)\s+accord\b|\bne\s+se\s+prononce\w*\s+pas\s+favorablement\b"
           r"|\bn['’]\s*[ée]met\w*\s+pas\s+(?:un\s+|d['’]\s*)avis\s+favorable\b")
# A rejection: "rejette", "REJETÉ", "la délibération est rejetée", "n'est pas adoptée", "non adopté"
REJECTED = regex.compile(
    r"(?<!\bde\s)\b(?:rejette|rejettent)\b|\bREJET[ÉE]E?S?\b|\b(?:est|sont|a\s+été|ont\s+été)\s+rejet[ée]e?s?\b"
    # "La proposition est repoussée par 10 voix contre 5" (not "la date est repoussée au 15 mars", a postponement)
    r"|\b(?:est|sont|a\s+été|ont\s+été)\s+repouss[ée]e?s?\s+(?=par\s+(?:\d|\w+\s+voix))"
    r"|\bn['’]\s*(?:est|a)\s+pas\s+(?:été\s+)?(?:adopt|approuv)[ée]e?s?\b|\bnon\s+adopt[ée]e?s?\b"
    # "Le Conseil municipal n'approuve pas le projet", "n'accepte pas la proposition", "ne valide pas"
    r"|" + REFUSAL +
    # "Le conseil municipal refuse la proposition", "la proposition n'est pas retenue" (not "refuse de prendre part au vote")
    r"|\brefusen?t?\b(?!\s+de\s+(?:prendre|voter|participer|se\s+prononcer))|\bn['’]\s*(?:est|a)\s+pas\s+(?:été\s+)?(?:retenue?s?|accept[ée]e?s?)\b",
    regex.I,
)
# A proposal rejected, said of the proposal, which states the decision when no vote is printed: "La motion est rejetée",
# "La délibération n'est pas adoptée", "la proposition n'est pas retenue" (not "la demande de subvention a été rejetée par
# l'État": another's decision on the commune's request)
PASSIVE_REJECTED = regex.compile(
    r"\b(?:proposition|motion|d[ée]lib[ée]ration|point|question)\b[^.;\n]{0,60}?"
    r"\b(?:(?:est|a\s+été)\s+rejet[ée]e?|n['’]\s*(?:est|a)\s+pas\s+(?:été\s+)?(?:adopt[ée]e?|approuv[ée]e?|accept[ée]e?|retenue?))\b"
    r"(?!\s+par\s+(?:les\b|le\b|la\b|l['’])\s*+(?!conseil|assembl|comit))",
    regex.I,
)
# An opinion given, by its verb, its sense after it: "émet un avis", "émettre un avis", "donnent un avis", "donne avis", "rend
# un avis", "formulent un avis"
OPINION_GIVEN = r"(?:[ée]met(?:tre|tent)?|donne\w*|rend(?:re|ent)?|formule(?:r|nt)?)\s+(?:un\s+)?avis"
# The assembly's assent in words, with its verb (the one spelling of the membership extractor's three, their union):
# "émet un avis favorable", "pour émettre un avis favorable", "donne avis favorable", "rend un avis favorable", "donne
# son accord", "donnent leur accord", "se prononce favorablement" (a pattern to build others with: membership reads it
# after the assembly, or after "décide de", "pour")
ASSENT_WORDS = rf"{OPINION_GIVEN}\s+favorable|donne\w*\s+(?:son|un|leur)\s+accord|se\s+prononce\w*\s+favorablement"
ASSENT = regex.compile(rf"\b(?:{ASSENT_WORDS})\b", regex.I)
# The assembly's assent printed as a noun, opening its statement: "Avis favorable du conseil municipal.", "Accord du
# Conseil." (not "l'avis favorable du conseil d'administration", nor "avec l'accord du conseil, le maire pourra")
ASSEMBLY_ASSENT = regex.compile(
    r"(?:^|[.:;]\s)" + BULLETS + r"(?:avis\s+favorable|accord)\s+(?:unanime\s+)?(?:du|de\s+l['’])\s*"
    r"(?:conseil(?!\s+d['’]|\s+de\s|\s+des\s|\s+d[ée]partemental|\s+r[ée]gional)|assembl[ée]e(?!\s+g[ée]n[ée]rale)|comit[ée]\s+syndical)\b",
    regex.I | regex.M,
)
# The assembly states its decision, on one line or over several: "le Conseil Syndical approuve :",
# "Le conseil municipal, après en avoir délibéré,\nDÉCIDE :", (not "le conseil d'administration de l'association approuve")
# "Le conseil municipal émet un avis favorable"
ASSEMBLY_DECIDES = regex.compile(
    # (not the assembly spoken to: "Monsieur le Maire informe le conseil municipal que la préfecture fixe le montant")
    r"(?<!\b(?:inform|rappel|indiqu|pr[ée]cis|expos|expliqu|pr[ée]sent|propos|demand|soumet|signal)\w*\s+(?:que\s+)?(?:au|le|la|à\s+l['’]|aux|les)\s+)"
    r"\b(?:conseil(?!\s+(?:d['’]administration|d['’][ée]cole|d[ée]partemental|r[ée]gional|de\s+d[ée]veloppement|des\s+sages|citoyen))"
    # (a civility's dot may stand between: "après en avoir délibéré, avec 2 abstentions (M. DUPONT, Mme MARTIN), approuve")
    r"|comit[ée]|assembl[ée]e|membres)\b(?:[^.;]|(?<=\b(?:M|MM|Mme|Mmes|Mlle))\.){0,160}?"
    r"\b(?:approuvent|approuve|adoptent|adopte|d[ée]cident|d[ée]cide|acceptent|accepte|valident|valide|autorisent|autorise"
    r"|" + ASSENT_WORDS + r"|" + OPINION_GIVEN + r"\s+d[ée]favorable"
    # "Le conseil municipal désigne M. DUPONT", "fixe les tarifs", "attribue une subvention", "donne son accord"
    r"|d[ée]signent|d[ée]signe|[ée]lit|fixent|fixe|arr[êe]tent|arr[êe]te|attribuent|attribue|sollicitent|sollicite|accordent|accorde"
    r"|se\s+prononcen?t?\s+(?:d[ée]favorablement|pour|contre)"
    # "Le conseil municipal rejette la proposition", "refuse la proposition", "n'accepte pas", "est d'accord pour"
    r"|rejettent|rejette|refusent(?!\s+de\s+(?:prendre|voter|participer))|refuse(?!\s+de\s+(?:prendre|voter|participer))"
    r"|" + REFUSAL.replace(r"\b", "") + r"|est\s+d['’]\s*accord"
    # "Le conseil municipal vote les taux", "retient l'offre de l'entreprise", "opte pour la solution B", "choisit le
    # prestataire", "se déclare favorable au projet"
    r"|(?<!\b(?:le|du|au|ni|un|son|leur|de|en|ce|par)\s)vote(?:nt)?(?=\s+(?:les?|la|l['’]|des|une?|à|pour|contre|favorablement)\b)"
    r"|retien(?:t|nent)|opte(?:nt)?\s+pour|choisi(?:t|ssent)|(?:est|se\s+d[ée]clarer?n?t?|se\s+montren?t?)\s+favorables?)\b",
    regex.I,
)
# The operative part of a deliberation opened by its verb alone on its line, after the recitals that follow the
# assembly's name: "Après en avoir délibéré, le Conseil Municipal,\n- Vu ...\n- Considérant ...\nDécide :", "DÉCIDE",
# "DECIDENT :" (not "Décide de reporter ce point", read by the other patterns; the extractor asks for the assembly above)
OPERATIVE_VERB = regex.compile(r"^[ \t\-•*]*(?:D[ée]cide(?:nt)?|D[ÉE]CIDE(?:NT)?)[ \t]*:?[ \t]*$", regex.M)
# A passive adoption: "le compte rendu est approuvé à l'unanimité", "la motion est adoptée"
PASSIVE_ADOPTED = regex.compile(r"\b(?:est|sont|a\s+été|ont\s+été)\s+(?:approuv|adopt|accept|valid)[ée]e?s?\b", regex.I)
# A member designated, printed in the passive: "Monsieur Didier CHARTIER est désigné secrétaire de séance", "Mme X est
# désignée comme secrétaire de séance", "M. X est désigné pour remplir les fonctions de secrétaire de séance", "Mme X est
# nommée déléguée titulaire", "M. X a été élu secrétaire de séance", "a été nommé(e) secrétaire de séance" (the secretary
# is always today's); not "M. X a été désigné délégué en 2020" (an earlier designation in the passé composé), nor "est
# désigné par le Préfet", "le représentant désigné par le conseil départemental", "est nommé délégué par arrêté préfectoral"
_FUNCTION = (r"(?:secr[ée]taires?|d[ée]l[ée]gu[ée]e?s?|repr[ée]sentante?s?|membres?|titulaires?|suppl[ée]ante?s?"
             r"|r[ée]f[ée]rente?s?|correspondante?s?|assesseure?s?)\b")
_AS = r"(?:comme\s+|en\s+qualit[ée]\s+de\s+|pour\s+(?:remplir|assurer|exercer|occuper)\s+(?:les\s+|la\s+)?fonctions?\s+de\s+)?"
PASSIVE_DESIGNATED = regex.compile(
    rf"\b(?:(?:est|sont)\s+(?:d[ée]sign|nomm)[ée](?:e|\(e\))?s?\s+{_AS}{_FUNCTION}"
    rf"|(?:a|ont)\s+[ée]t[ée]\s+(?:d[ée]sign[ée]|nomm[ée]|[ée]lu)(?:e|\(e\))?s?\s+{_AS}secr[ée]taires?\s+de\s+s[ée]ance\b)"
    r"(?![^.;\n]{0,80}?\bpar\s+(?:arr[êe]t[ée]|d[ée]cret|le\s+pr[ée]fet|la\s+pr[ée]fecture|l['’]\s*[ée]tat)\b)",
    regex.I,
)
# Taking note: "Le conseil municipal prend acte de la démission", "PREND ACTE", "a pris acte", "donne acte"
# "il en est pris acte", "Le Conseil municipal prend bonne note du rapport" (not "le Maire prend note des remarques")
NOTED = regex.compile(
    r"\b(?:pren(?:d|nent)|a\s+pris|ont\s+pris|donne|donnent|est\s+pris|est\s+donn[ée])\s+acte\b"
    # (not the note taken in the same statement that approves: "Prend acte et approuve le procès-verbal", "prend acte
    # du rapport et l'approuve", as NOTED_PROPOSED reads "de prendre acte du rapport et d'approuver le programme")
    r"(?![^.;:\n]{0,120}?\bet\s+(?:l['’]\s*|les?\s+|la\s+)?(?:approuve|adopte|valide|accepte)n?t?\b)"
    # the operative part of an extract: "décide de :\n- Prendre acte de l'information relative à ..."
    # or with its vote between: "Les membres du comité syndical décident à l'unanimité : - prendre acte du compte-rendu"
    r"|\bd[ée]cid(?:e|ent)\s+(?:,?\s*à\s+l['’]\s*unanimit[ée]\s*,?\s*)?(?:de\s*)?:?\s*(?:[-–•*]\s*)?(?:de\s+)?prendre\s+acte\b"
    r"|\b(?:conseil|assembl[ée]e|comit[ée])\b[^.;\n]{0,80}?\bpren(?:d|nent)\s+(?:bonne\s+)?note\b",
    regex.I,
)
# The assembly asked to take note, the vote that follows being that note: "Mme le maire demande aux membres du conseil
# municipal s'ils sont d'accord pour prendre acte de la communication du rapport", "Il est proposé au Conseil de
# prendre acte de la tenue du débat", "le conseil communautaire est invité à prendre acte du rapport" (not "de prendre
# acte du rapport et d'approuver le programme", which adopts; nor "il convient de prendre acte", no proposal)
NOTED_PROPOSED = regex.compile(
    r"\b(?:demande|propose|proposé|invite|invité|appelé|sollicite|soumet)\b[^.;:\n]{0,120}?"
    r"\b(?:d['’]accord\s+pour|de|à)\s+prendre\s+acte\b(?![^.;]{0,200}?\b(?:et|puis)\s+(?:d['’]|de\s+|à\s+)?"
    r"(?:approuver|adopter|valider|autoriser|accepter|d[ée]cider|voter|fixer|attribuer)\b)",
    regex.I,
)
# The decision closing a "Considérant ..." paragraph after a comma, its vote beside the verb: "CONSIDERANT qu'aucune
# remarque n'a été émise, décide à l'unanimité d'adopter le procès-verbal", "Considérant l'intérêt du projet,
# APPROUVE à la majorité", "..., DÉCIDE :" (not "considérant que le Département, en 2019, décide d'attribuer": no vote)
DECIDES_AFTER_REFERENCE = regex.compile(
    rf",\s*(?:(?:et\s+)?{DELIBERATED_WORDS}\s*,\s*)?"
    r"(?:(?i:d[ée]cide|approuve|adopte|accepte|valide|autorise|[ée]met)n?t?\s*,?\s*"
    r"(?=(?i:à|a)\s+(?i:l['’]\s*unanimit|la\s+majorit)|(?i:par)\s+(?:\d|\w+\s+voix))"
    r"|(?:D[ÉE]CIDE|APPROUVE|ADOPTE)(?:NT)?\s*(?=:|$))",
    regex.M,
)
# Withdrawn: "point retiré de l'ordre du jour", "Ce point est retiré", "le maire retire ce point" (not "retiré de leur ordre du jour")
WITHDRAWN = regex.compile(
    r"\b(?:retir|supprim)[ée]e?s?\s+(?:de|à)\s+l['’]\s*ordre\s+du\s+jour"
    # "Le point n° 5 est retiré", "Ce point est supprimé"
    r"|\b(?:point|question|dossier|sujet|d[ée]lib[ée]ration)\s+(?:n\s*°\s*\d+\s+)?(?:est\s+|a\s+été\s+)?(?:retir|supprim)[ée]e?s?\b"
    # "Le Maire propose de retirer ce point de l'ordre du jour"
    r"|\bretir\w*\s+(?:ce|le|la|cette)\s+(?:point|question|dossier|d[ée]lib[ée]ration)\s+(?:n\s*°\s*\d+\s+)?de\s+l['’]\s*ordre\s+du\s+jour"
    r"|\bretire\s+(?:ce|le)\s+point\b|\bretrait\s+(?:de\s+ce|du)\s+point\b|^\W*RETIR[ÉE]E?S?\W*$",
    regex.I | regex.M,
)
# To defer, "surseoir" as minutes print it: the infinitive and its common spelling "sursoir", the present "sursoit"
# and its common "surseoit", plurals, the participle
_SURSEOIR = r"sur(?:seoir|soir|soit|seoit|soient|seoient|sis)"
# Deferred: "Le point est ajourné", "reporté à une prochaine séance", "le Conseil décide de reporter ce point", "AJOURNÉ"
# (not "résultat reporté")
DEFERRED = regex.compile(
    r"\b(?:point|question|dossier|sujet|examen|vote|d[ée]lib[ée]ration|d[ée]cision)\b[^.\n]{0,60}?\b(?:ajourn|report|diff[ée]r)[ée]e?s?\b"
    r"|\b(?:ajourn|report|repouss)[ée]e?s?\s+(?:à\s+une?\s+|au\s+|lors\s+d['’]une?\s+|à\s+la\s+)?(?:prochaine?s?|ultérieure?s?|date\s+ultérieure|sine\s+die)\b"
    r"|\b(?:ajourn|report|diff[éeè]r)(?:e|ent|er)\s+(?:ce|le|la|l['’]|sa|leur)\s*(?:point|question|dossier|sujet|examen|[ée]tude|vote|d[ée]cision|d[ée]lib[ée]ration)"
    r"|^\W*(?:AJOURN|REPORT)[ÉE]E?S?\W*$"
    # "Le conseil municipal sursoit à statuer", "décide de surseoir à statuer sur ce dossier", "décide de sursoir à statuer"
    rf"|\b{_SURSEOIR}\s+à\s+statuer\b"
    # "décide de surseoir à cette délibération", "sursoir à la décision" (a common spelling), "surseoit au vote"
    rf"|\b{_SURSEOIR}\s+(?:à\s+(?:cette|la|sa|leur|ce|cet)\s+(?:d[ée]lib[ée]ration|d[ée]cision|point|question|dossier|projet)|au\s+vote|à\s+l['’]\s*examen)\b"
    # "Ce point sera examiné lors d'une prochaine séance", "la question sera réexaminée lors d'un prochain conseil"
    r"|\b(?:ce|le|cette|la)\s+(?:point|question|dossier|sujet)\s+sera\s+(?:ré)?(?:examin|étudi|présent|abord|soumis|inscrit|revu|rediscut|trait|vot|repris|débattu)\w*"
    r"\s+(?:lors\s+d['’]une?|à\s+une?|au|à\s+l['’]ordre\s+du\s+jour\s+d['’]une?)\s+(?:prochaine?|séance\s+ultérieure|date\s+ultérieure)",
    regex.I | regex.M,
)
# A withdrawal announced before the items: "demande ... de retirer à l'ordre du jour Convention d'adhésion au service
# de prévention" (an OCR noise line may split "ordre du / jour"), "le point n° 3 est retiré de l'ordre du jour"
WITHDRAW_ANNOUNCED = regex.compile(
    r"\bretir\w*\s+(?:de|à|a)\s+l['’]\s*ordre\s+du\s*(?:\n(?-i:[^\p{Ll}\n]){0,25})?\s*jour\s*[:,]?\s*(?:le\s+point\s*)?(?:n\s*°\s*(?P<num>\d+)\s*)?(?:[:,–-]\s*)?"
    r"|\bpoint\s+n\s*°\s*(?P<num>\d+)[^.\n]{0,40}?\bretir[ée]e?\b"
    # the points by number, their title in brackets or quotes between: "le point 8 est retiré", "les points 8 et 23 sont
    # retirés de l'ordre du jour", "le point 4 (vente de la parcelle AB 12) a été retiré"
    r"|\bpoints?\s+(?:n\s*°\s*)?(?P<nums>\d+(?:\s*(?:,|et)\s*(?:le\s+point\s+)?(?:n\s*°\s*)?\d+)*)\s*"
    r"(?:\([^()\n]{0,150}\)|\[[^\]\n]{0,150}\]|«[^»\n]{0,150}»|\x22[^\x22\n]{0,150}\x22)?\s*,?\s*(?:est|sont|a\s+été|ont\s+été)\s+retir[ée]e?s?\b"
    # "Le Maire propose de retirer le point 8 de l'ordre du jour", "retirer les points n° 4 et 5", "le retrait du point 8"
    r"|\b(?:retir(?:er|e|ons)\s+(?:le|les)|retrait\s+d(?:u|es))\s+points?\s+(?:n\s*°\s*)?(?P<nums>\d+(?:\s*(?:,|et)\s*(?:n\s*°\s*)?\d+)*)\b(?!\s*(?:€|%|h\b))"
    # the points counted, named after: "deux points sont retirés, le point 8 [avenant …] et le point 23 […]"
    r"|\b(?:deux|trois|quatre|cinq|\d+)\s+points\s+(?:sont|ont\s+été|seront)\s+retir[ée]s\b",
    regex.I,
)


def withdrawn_numbers(m: regex.Match) -> list[str]:
    """The numbers of the points a WITHDRAW_ANNOUNCED match names ([] where it names none: "retiré de l'ordre du jour",
    "deux points sont retirés").

    >>> withdrawn_numbers(WITHDRAW_ANNOUNCED.search("les points 8 et 23 sont retirés de l'ordre du jour"))
    ['8', '23']
    """
    return regex.findall(r"\d+", m["nums"]) if m["nums"] else [m["num"]] if m["num"] else []
# An election's result, when nothing else is printed: "La liste A a obtenu 33 voix.", "M. X est élu", a secret ballot
# between offers ("l'offre ALPHA obtient 12 voix")
ELECTION = regex.compile(
    r"\b(?:(?:a|ont)\s+(?:obtenu|recueilli)|obtien(?:t|nent)|recueill(?:e|ent))\s+(?P<n>\d{1,3})\s+voix\b"
    r"|\b(?:est|sont)\s+(?:proclam[ée]e?s?\s+)?[ée]lue?s?\b",
    regex.I,
)
# A vote before the item's own: on an amendment, a suspension of the session
# ("L'amendement présenté par M. DUPONT est rejeté par 5 voix pour et 13 voix contre"; not "décide à l'unanimité de ne
# pas voter à bulletin secret", which is often the item's only vote)
PRELIMINARY_VOTE = regex.compile(r"\bamendements?\b|\bsuspension\s+de\s+s[ée]ance\b|\bmotion\s+pr[ée]judicielle\b", regex.I)
# A month's name as printed (pipeline.french.dates), accented or not: "février", "fevrier", "AOÛT"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# An earlier deliberation cited with its vote: "Par délibération du 12 mars 2024 adoptée à l'unanimité"
CITED_VOTE = regex.compile(
    r"\bd[ée]lib[ée]rations?\b[^.;]{0,120}?\b(?:du|en\s+date\s+du|n\s*°)\s[^.;]{0,80}?(?<!\b(?:est|sont|été)\s+)\b(?:adopt|approuv|vot|pris|accept|valid|d[ée]cid)[ée]e?s?\s+(?:à|a)\s+l['’]\s*$"
    # (not "La délibération n° 2024-015 est adoptée à l'unanimité": this one's)
    # "Lors de sa séance du 12 mars, le conseil avait adopté à l'unanimité"
    r"|\bavai(?:t|ent)\s+(?:été\s+)?(?:adopt|approuv|vot|d[ée]cid|accept|valid)[ée]e?s?\s+(?:à|a)\s+l['’]\s*$"
    # a date between the act and its vote: "Le conseil communautaire a adopté le 5 mai 2021 à l'unanimité"
    r"|\b(?:adopt|approuv|vot|d[ée]cid|accept|valid)[ée]e?s?\s*,?\s+(?:le|en\s+date\s+du)\s+\d{1,2}(?:er)?\s+"
    rf"(?:{_MONTH})(?:\s+\d{{4}})?\s*,?\s*(?:à|a)\s+l['’]\s*$",
    regex.I,
)
# A vote recalled in the pluperfect, an earlier one (minutes narrate today's vote in the present or the passé composé):
# "En 2019, la délibération avait été adoptée par 12 voix pour et 3 contre", "le conseil avait approuvé à l'unanimité le
# principe", "les élus avaient voté contre" (not "le conseil municipal a approuvé à l'unanimité", today's)
RECALLED_VOTE = regex.compile(
    r"\bavai(?:t|ent)\s+(?:d[ée]j[àa]\s+)?(?:été\s+)?(?:adopt|approuv|vot|accept|valid|rejet|d[ée]cid|refus)[ée]e?s?\b", regex.I)
# An earlier deliberation cited by its date at the opening of a sentence, whose vote is recalled with it (as CITED_VOTE
# for unanimity, here for counts): "Par délibération n° 2019-12 du 12 mars 2019, le conseil municipal a approuvé par 12
# voix pour et 3 contre", "Par délibération en date du 3 mars 2020, adoptée par 15 voix pour", "Lors de sa séance du 5
# février, le conseil municipal a adopté par 14 voix pour" (not "La délibération n° 2024-015 est adoptée par 12 voix pour");
# its date is read (day, month, year when printed): a session "du 12 mars 2024" that is the meeting's own is today's vote
_CITED_OPENING = (r"(?:(?:Par|Suivant|Selon|Aux\s+termes\s+de)\s+(?:sa\s+|la\s+|une\s+)?d[ée]lib[ée]ration"
                  r"|Lors\s+d[eu]\s+(?:sa\s+|la\s+)?(?:s[ée]ance|conseil|r[ée]union))\b")
# (what may stand between a line's or a sentence's start and the opening words: blanks, a dash, a bullet)
_CITED_LEAD = " \t-•*"
CITED_DELIBERATION = regex.compile(
    r"(?:^|(?<=[.;]\s))[ \t\-•*]*" + _CITED_OPENING + r"[^.;\n]{0,60}?\b(?:du|en\s+date\s+du)\s+"
    rf"(?:(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{_MONTH})(?:\s+(?P<year>(?:19|20)\d{{2}})\b)?"
    r"|(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{2,4}))",
    regex.I | regex.M,
)
# The opening words alone, searched first by `cited_deliberations`: CITED_DELIBERATION tries its line or sentence start
# (a lookbehind) at every position of the text, about 50 ns a character; these words start with a letter of four
CITED_OPENING = regex.compile(_CITED_OPENING, regex.I | regex.M)


def cited_deliberations(text: str) -> list[regex.Match]:
    """`CITED_DELIBERATION.finditer(text)`, the same matches, faster: none where the text holds none of its opening words
    ("Par délibération", "Lors de sa séance"), else the scan starts where the first of them does, its blanks, dash or
    bullet before it included (a match starts there at the earliest: every match holds the opening words, preceded by
    those characters only; the pattern's line start and lookbehind see the text before the scan's start).

    >>> [m["day"] for m in cited_deliberations("Vu le code. Par délibération du 12 mars 2019, le conseil a décidé")]
    ['12']
    """
    first = CITED_OPENING.search(text)
    if first is None:
        return []
    start = first.start()
    while start and text[start - 1] in _CITED_LEAD:
        start -= 1
    return list(CITED_DELIBERATION.finditer(text, start))


# Another body's vote reported in the exposé, in the past, its unanimity following in the same sentence: "La CLECT,
# réunie le 12 septembre, a adopté son rapport à l'", "L'assemblée générale de l'association a approuvé à l'",
# "le conseil d'école a émis un avis favorable à l'" (not "le conseil municipal a approuvé à l'": a minutes' narrative
# of its own vote; nor "la commission est chargée du suivi. Adopté à l'")
OTHER_BODY_PAST = regex.compile(
    r"\b(?:commissions?|CLECT|CAO|CDCI|CCSPL|bureau|jury|CST|CHSCT|conseil\s+d['’](?:administration|[ée]cole|exploitation)"
    r"|conseil\s+de\s+(?:surveillance|quartier|d[ée]veloppement)|conseil\s+des\s+sages|assembl[ée]e\s+g[ée]n[ée]rale"
    r"|comit[ée]\s+(?:technique|social|de\s+pilotage))\b"
    r"[^.;\n]{0,150}?\b(?:a|ont|avait|avaient)\s+(?:été\s+)?(?:\w+[ée]e?s?|[ée]mis|rendu|pris)\b[^.;\n]{0,80}?(?:à|a)\s+l['’]\s*$",
    regex.I,
)
# A date after the vote, which was an earlier one: "adopté à l'unanimité lors de la séance du 12 mars 2024",
# "approuvée à l'unanimité en date du 3 mai"
CITED_AFTER = regex.compile(
    r"(?:\s+des\s+membres\s+pr[ée]sents)?\s*,?\s*(?:lors\s+d[eu]\s+(?:la\s+|sa\s+)?(?:s[ée]ance|conseil|r[ée]union)|en\s+date\s+du)", regex.I
)
# Another body's vote reported in the text: "la commission des finances", "le bureau syndical"
OTHER_BODY = regex.compile(r"\b(?:commission|bureau|conseil\s+d['’]administration|comit[ée]\s+(?:technique|social)|CST|jury)\b", regex.I)
# The assembly itself: "le conseil municipal", "le Conseil Syndical", "l'assemblée"
THIS_ASSEMBLY = regex.compile(r"\bconseil\s+(?:municipal|syndical|communautaire|m[ée]tropolitain)|\bassembl[ée]e\b|\bcomit[ée]\s+syndical", regex.I)
# A decision in the present tense, the body's own even when it is a bureau: "Le Bureau, à l'unanimité, approuve"
# (a commission's opinion is reported in the past: "la commission a émis un avis favorable")
DECIDES_NOW = regex.compile(r"\b(?:approuve|adopte|d[ée]cide|valide|autorise|accepte|rejette|prend\s+acte)(?:nt)?\b", regex.I)
# Members who do not vote, named: "M. TANGUY indique ne pas vouloir prendre part au vote",
# "Mme GIRARD, intéressée à l'affaire, quitte la salle et ne prend pas part au vote"
NOT_VOTING_NAMED = regex.compile(
    r"(?P<who>(?:M\.|Mme|Monsieur|Madame)\s*[^.\n]{1,80}?)\s+(?:\w+\s+)?ne\s+(?:pas\s+)?(?:vouloir\s+|souhaite\s+pas\s+)?pren(?:d|ant)\w*\s+(?:pas\s+)?part\s+au\s+vote",
)
# A member's past non-participation: "Mme LEROY, intéressée, n'a pas pris part au vote", "M. X ne participe pas au vote"
NOT_VOTING_PAST = regex.compile(
    r"(?P<who>(?:M\.|Mme|Monsieur|Madame)\s*[^.\n]{1,80}?)\s+(?:n['’]\s*(?:a|ont)\s+pas\s+pris\s+part|ne\s+participe(?:nt)?\s+pas)\s+(?:au\s+vote|à\s+la\s+d[ée]lib[ée]ration)"
    # "M. le Maire s'étant retiré au moment du vote", "Mme GIRARD se retire pour le vote"
    r"|(?P<who>(?:M\.|Mme|Monsieur|Madame)\s*[^.\n]{1,80}?)\s+(?:s['’]\s*[ée]tant\s+retir[ée]e?|se\s+retire)\s+(?:au\s+moment\s+du|pour\s+le|lors\s+du)\s+vote",
)
# An aside on who did not vote: "(M. DUPONT ne prenant pas part au vote)"
NOT_VOTING_ASIDE = regex.compile(r"\bne\s+pren\w*\s+pas\s+part|\bn['’]\s*(?:a|ont)\s+pas\s+pris\s+part|\bne\s+particip\w*\s+pas\b", regex.I)
# A count in brackets after its label: "POUR (20)", "Contre (2) : M. DURAND, Mme PETIT", "Abstentions (3)"
COUNT_IN_BRACKETS = regex.compile(rf"(?<![\p{{L}}'’])(?:{_LABEL})\s*\(\s*{_N}\s*\)", regex.I)
# Unanimity but for some: "à l'unanimité moins une voix" (one vote cast the other way: against), "unanimité moins
# deux abstentions" (abstentions are no votes cast: unanimity holds)
UNANIMITY_LESS = regex.compile(
    rf"\bunanimit[ée]\s+moins\s+{_N}\s*(?P<what>voix|votes?|suffrages?|abstentions?|contre)?(?![\p{{L}}])", regex.I)
# The voters of a unanimous vote in brackets: "à l'unanimité des votants (31 voix)", "à l'unanimité (28 voix pour)",
# "à l'unanimité des suffrages exprimés (25 votants)"
UNANIMOUS_VOTERS = regex.compile(
    r"\bunanimit[ée](?:\s+des\s+(?:votants|pr[ée]sents|suffrages\s+exprim[ée]s|membres\s+pr[ée]sents(?:\s+et\s+repr[ée]sent[ée]s)?))?"
    r"\s*\(\s*(?P<n>\d{1,3})\s+(?:voix|votants|votes|suffrages)(?:\s+pour)?\s*\)",
    regex.I,
)
# The winning side's votes against the losing side's: "adopté par 15 voix contre 3", "approuve à 12 voix contre 2"
# (for and against when adopted, against and for when rejected: "rejetée par 8 voix contre 6"; not "par 15 voix
# contre et 3 abstentions", nor "par 15 voix contre 3 abstentions", counts of their own labels)
COUNT_VERSUS = regex.compile(
    rf"\b(?:par|à)\s+{_N.replace('?P<n>', '?P<n1>')}\s+(?:voix|votes|suffrages)\s+contre\s+{_N.replace('?P<n>', '?P<n2>')}\b"
    r"(?!\s*(?:voix\s+|votes\s+)?(?:pour|contre|abst\w*|blancs?|nuls?)\b)",
    regex.I,
)
# Members named as abstaining or voting against in a sentence: "M. LEBLANC s'abstient", "Mme FABRE et M. GARNIER
# s'abstiennent", "M. DURAND et Mme PETIT votent contre", "Mme LEROY a voté contre"
# (the names, a civility's dot among them: "Mme MARTIN et M. DUPONT")
# (never across another clause's vote: "M. DURAND et Mme PETIT votent contre, M. LEROY s'abstient" names one abstainer)
_WHO = (r"(?P<who>(?:M\.|MM\.|Mmes?|Monsieur|Madame|Messieurs|Mesdames)\s*"
        r"(?:(?!\bvot(?:e|ent|ant|é)\b|\bs['’]\s*abst)[^.\n;:()]|(?<=\bMM?)\.){1,120}?)")
ABSTAINED_NAMED = regex.compile(
    _WHO + r"\s+"
    r"(?:s['’]\s*abstien(?:t|nent)|se\s+sont\s+abstenue?s|s['’]\s*est\s+abstenue?|s['’]\s*[ée]tant\s+abstenue?s?)\b",
)
AGAINST_NAMED = regex.compile(
    _WHO + r"\s+"
    r"(?:vote(?:nt)?|(?:a|ont)\s+vot[ée]|votant)\s+contre\b(?!\s+(?:le|la|les|l['’]|ce|cette|un|une)\b)",
)
# Abstentions counted in a sentence: "2 membres s'étant abstenus", "trois conseillers s'abstiennent"
ABSTAINED_COUNT = regex.compile(
    rf"(?<![\d,.])\b{_N}\s+(?:membres?|conseillers?|conseillères?|élus?|délégués?|personnes?)\s+"
    r"(?:s['’]\s*[ée]tant\s+abstenue?s|se\s+sont\s+abstenue?s|s['’]\s*abstien(?:t|nent)|s['’]\s*abstenant)\b",
    regex.I,
)
# The assembly's unfavourable opinion, which is the act it adopts: "Le conseil municipal émet un avis défavorable au
# projet de schéma", "se prononce défavorablement", "AVIS DÉFAVORABLE", "s'oppose au projet d'implantation"
UNFAVOURABLE_OPINION = regex.compile(
    rf"\b{OPINION_GIVEN}\s+d[ée]favorable"
    r"|\bse\s+prononcen?t?\s+d[ée]favorablement|\bs['’]\s*oppose(?:nt)?\s+(?:au|à\s+la|à\s+l['’]|aux)\s"
    r"|^\W*avis\s+d[ée]favorable\b",
    regex.I | regex.M,
)
# Members who do not take part, as a label ("Ne prend pas part au vote : 1", "NPPV")
NOT_VOTING = regex.compile(_NOT_VOTING, regex.I)
# Voters stated inside an item's section: "Nombre de votants : 18", "Votants : 18", "qui ont pris part à la délibération : 11";
# on a scan, OCR may read a 1 as I, l, i, Î or | ("délibération : Î1", "délibération : il"): after the colon
# a number is due, so two such letters are 11
SECTION_VOTERS = re.compile(
    r"\b(?:nombre\s+de\s+votants|votants|(?:qui\s+ont\s+)?pris\s+part\s+(?:a|à)\s+la\s+d[ée]lib[ée]ration)\s*:?\s*"
    r"(\d{1,3}|[IlÎ|]\d{1,2}|\d[IlÎ|]|[IlÎ|i][IlÎ|])(?![\w])", re.I)
# An election in the section: blank or spoiled ballots make votes differ from voters ("bulletins blancs : 1")
BALLOTS = re.compile(r"\b(?:bulletins?|blancs?|nuls?)\b.{0,20}:\s*\d|\bscrutin\s+secret\b", re.I)

# Where a decision statement starts, in folded text (lower case, no accents): "À l'unanimité ... approuve",
# "Le conseil municipal, après en avoir délibéré", "DÉCIDE"
DECISION_START = re.compile(
    r"^\W*(?:a\s+l['’]?\s*unanimite|apres\s+en\s+avoir\s+delibere|le\s+(?:conseil|comite)\b[^\n]{0,80}\b(?:approuve|adopte|decide|delibere)|"
    r"(?:approuve|adopte|decide|delibere)\b|vote\s*:)",
    re.M,
)

# --------------------------------------------------------------------------------------------
# Searching a vote pattern only near its key word (the decisions extractor's cost, issue 14)
# --------------------------------------------------------------------------------------------
#
# A vote statement holds a label ("pour", "contre", "abstention", "Vote", "majorité", "Adopté"), and
# between the statement's start and that word only a few kinds of characters stand (spaces and
# bullets before "Vote :" at a line's start, the count and its unit before "voix pour"). So instead
# of trying a pattern at every character of a long exposé, `anchored_finditer` tries it only at the
# places a key word allows: the same matches as `pattern.finditer(text)`, in the same order (each
# `Anchor` below states why no match can start elsewhere; tests/test_vote_anchors.py compares
# the two on the grammar's examples and on every document of the corpus).

@dataclass(frozen=True)
class Key:
    """The places a key word stands: `pattern` (a lookahead, so that it reports every place, none hiding
    inside another) defines them; `words` and `after` find the same places (or more) with `str.find` on
    the text in lower case, at a fraction of a regular expression's cost. `after`: a word whose key place
    is the start of a prefix printed before it ("pren" after "ne ")."""

    pattern: re.Pattern | regex.Pattern
    words: tuple[str, ...]
    after: tuple[tuple[str, regex.Pattern], ...] = ()
    exact_case: bool = False  # the words are looked for as printed (a case-sensitive pattern)

    def places(self, text: str) -> list[int]:
        if self.exact_case:
            hay = text
        else:
            hay = _lowered(text)
            if len(hay) != len(text) or ODD_CASE.search(text):  # lower() and the patterns' case folding may differ
                return [m.start() for m in self.pattern.finditer(text)]
        found = set()
        for word in self.words:
            p = hay.find(word)
            while p >= 0:
                found.add(p)
                p = hay.find(word, p + 1)
        for word, prefix in self.after:
            p = hay.find(word)
            while p >= 0:
                m = prefix.match(text, 0, p)
                if m is not None:
                    found.add(m.start())
                p = hay.find(word, p + 1)
        return sorted(found)


_lowered = lowered  # (pipeline.text: the text in lower case, once for the keys of every pattern tried on one section)


# (ODD_CASE, pipeline.text: letters `re`'s and `regex`'s case folding match with an ASCII letter whose lower() is not it)

# Where a vote label may start (every start of COUNT_*'s `_LABEL`: "pour", "contre", "abst", "ne prend",
# "NPPV", "non-participation", "refus de vote")
LABEL_KEY = Key(
    regex.compile(r"(?=pour|contre|abst|ne\s+pren|nppv|non[-\s]particip|refus\s+de\s+vote|(?:d[ée])?favorabl)", regex.I),
    ("pour", "contre", "abst", "nppv", "refus", "favorabl", "défavorabl", "defavorabl"),
    (("pren", regex.compile(r"(?r)ne\s+", regex.I)), ("particip", regex.compile(r"(?r)non[-\s]", regex.I))),
)
# A count's first character, after no word character (COUNT_BEFORE starts with `\b` then a digit, "néant",
# "aucun" or a number in words: zéro, un, deux, trois, quatre, cinq, six, ... vingt, onze, soixante)
_COUNT_START = regex.compile(r"(?<!\w)[\dnazudtqcshov]", regex.I)


@dataclass(frozen=True)
class Anchor:
    """Where a pattern can match: every match holds, at some q, a place of `key`, and starts at q or
    before it, over characters of `lead` only (None: at q itself). `starts`, when given, finds the
    only places a match may start."""

    key: Key
    lead: regex.Pattern | None = None  # a reverse (?r) pattern: the run of lead characters that ends at q
    starts: regex.Pattern | None = None


# Spaces and bullets at a line's start (a superset of `re`'s and `regex`'s \s: Python's str.isspace() adds \x1c-\x1f)
_LEAD_BULLETS = regex.compile(r"(?r)[\s\x1c-\x1f\-•*]*")
_LEAD_CELLS = regex.compile(r"(?r)[\s\x1c-\x1f|]*")
# A count in digits or words, its unit and the spaces between ("15 voix ", "quatre-vingt-dix ")
_LEAD_COUNT = regex.compile(r"(?r)[\p{L}\d\s-]*")
# "adoptée à la ", ", à la " before "majorité"
_LEAD_WORDS = regex.compile(r"(?r)[\w\s\x1c-\x1f,]*")

ANCHORS: dict[object, Anchor] = {
    COUNT_AFTER: Anchor(LABEL_KEY),  # starts with its label
    COUNT_IN_BRACKETS: Anchor(LABEL_KEY),
    COUNT_AFTER_BARE: Anchor(LABEL_KEY),
    COUNT_BEFORE: Anchor(LABEL_KEY, _LEAD_COUNT, _COUNT_START),
    COUNT_BY_NAMES: Anchor(LABEL_KEY),  # "Contre : M. DUPONT": starts with its label  # "15 voix pour": the count, its unit, then the label
    VOTE_LABEL: Anchor(Key(regex.compile(r"(?=r[ée]sultat|vo[tr])", regex.I), ("résultat", "resultat", "vot", "vor")), _LEAD_BULLETS),
    # a table's first cell after a line's start
    VOTE_TABLE_HEADER: Anchor(Key(
        re.compile(rf"(?=(?:{_TABLE_CELLS}))", re.I),
        ("nombre", "membres", "conseill", "délégués", "élus", "votants", "présent", "present", "représent", "represent",
         "procurations", "pouvoirs", "suffrages", "exprim", "pour", "contre", "abstention", "nppv"),
        (("exercice", regex.compile(r"(?r)en\s+", regex.I)), ("fonction", regex.compile(r"(?r)en\s+", regex.I))),
    ), _LEAD_CELLS),
    VERDICT_LINE: Anchor(Key(re.compile(r"(?=Adopt|Approuv|Rejet|ADOPT|APPROUV|REJET)"),
                             ("Adopt", "Approuv", "Rejet", "ADOPT", "APPROUV", "REJET"), exact_case=True), _LEAD_BULLETS),
    MAJORITY_QUALIFIED: Anchor(Key(re.compile(r"(?=majorit)", re.I), ("majorit",)), _LEAD_WORDS),
}


def key_places(anchor: Anchor, text: str) -> list[int]:
    """Where the anchor's key word stands in `text` (computed once, shared by the patterns of one key)."""
    return anchor.key.places(text)


def anchored_finditer(pattern, text: str, stop: int | None = None, keys: list[int] | None = None):
    """`pattern.finditer(text)`, tried only where its anchor allows a match to start; the matches
    starting before `stop` (all when None). `keys`: the key places, when already known."""
    anchor = ANCHORS[pattern]
    if keys is None:
        keys = key_places(anchor, text)
    pos = tried = 0  # pos: where the next match may start (after the last one); tried: every place below failed
    for q in keys:
        if stop is not None and q >= stop and anchor.lead is None:
            return
        if q < max(pos, tried):
            continue
        lo = q if anchor.lead is None else anchor.lead.match(text, 0, q).start()
        lo = max(lo, pos, tried)
        if stop is not None and lo >= stop:
            return
        if anchor.starts is not None:
            places = [s.start() for s in anchor.starts.finditer(text, lo, q)] + [q]
        else:
            places = range(lo, q + 1)
        for place in places:
            if place < pos:
                continue
            if stop is not None and place >= stop:
                return
            m = pattern.match(text, place)
            if m is not None:
                yield m
                pos = m.end()
        tried = max(tried, q + 1)


# The outcome a list of deliberations prints after each title (CGCT L2121-25), the line's last word:
# "Subvention Parking Sabatier II   Approuvée", "Débat sur le PADD | Actée", "Tarifs 2025 : ADOPTÉE"
LISTED_OUTCOME = regex.compile(
    r"(?:^|[\s|:–-])(?P<word>approuv[ée]e?s?|adopt[ée]e?s?|vot[ée]e?s?|act[ée]e?s?|rejet[ée]e?s?|retir[ée]e?s?"
    r"|ajourn[ée]e?s?|report[ée]e?s?|prise?\s+d['’]\s*acte)"
    # "Approuvée à l'unanimité", "Adoptée (unanimité)", "Approuvée à la majorité"
    r"(?:\s*\(?\s*(?:[àa]\s+l['’]\s*unanimit[ée]|[àa]\s+la\s+majorit[ée]|unanimit[ée])\s*\)?)?\W*$",
    regex.I,
)
# each word's outcome (the first letters, accents folded, name it)
LISTED_OUTCOME_WORDS: tuple[tuple[str, str], ...] = (
    ("approuv", "adopted"), ("adopt", "adopted"), ("vot", "adopted"), ("act", "noted"), ("prise", "noted"),
    ("rejet", "rejected"), ("retir", "withdrawn"), ("ajourn", "deferred"), ("report", "deferred"),
)
LISTED_OUTCOME_FUZZY = 75  # rapidfuzz ratio of a misread last word to "approuvée", "rejetée"... ("Anprourée": 78)
_LAST_WORD = regex.compile(r"(?P<word>\p{L}{5,})\W*$")


def read_listed_outcome(line: str) -> tuple[str, int] | None:
    """The outcome a list of deliberations prints at the end of an entry, and where its word starts;
    a word the OCR misread is recognised when close to one of the list's words.

    >>> read_listed_outcome("2026 005 Adhésion 2026 au CAUE60 Approuvée")
    ('adopted', 33)
    >>> read_listed_outcome("Création d'un emploi non permanent Anprouvée")
    ('adopted', 35)
    >>> read_listed_outcome("Convention sur la gestion des hydrants") is None
    True
    """
    m = LISTED_OUTCOME.search(line)
    word = m["word"] if m else None
    if m is None:
        last = _LAST_WORD.search(line)
        if last:
            lowered = fold(last["word"]).lower()
            close = [w for w in ("approuvee", "adoptee", "rejetee", "ajournee", "reportee", "retiree")
                     if fuzz.ratio(lowered, w) >= LISTED_OUTCOME_FUZZY]
            if close:
                m, word = last, close[0]
    if m is None:
        return None
    folded = fold(word).lower()
    outcome = next(outcome for prefix, outcome in LISTED_OUTCOME_WORDS if folded.startswith(prefix))
    return outcome, m.start("word")


@dataclass(frozen=True)
class Rule:
    """A vote-statement pattern with lines it must find and lines it must not."""

    name: str
    pattern: re.Pattern | regex.Pattern
    matches: tuple[str, ...]
    rejects: tuple[str, ...] = ()


GRAMMAR: tuple[Rule, ...] = (
    Rule("count_after", COUNT_AFTER,
         ("Pour : 12", "- Contre : 2 (Mme DECKER et M. DUTILLOY)", "Abstention : 1, Monsieur TANGUY", "POUR ........ 15",
          "Contre … 2", "Abstention(s) : 1", "Ne prend pas part au vote : 1", "Pour : DEUX", "Contre : néant", "Pour :\n15\nContre :\n2",
          "Pour :\n15 Contre : 2"),
         ("Pour : 12/03/2024", "pour : 15 000 €", "Contre : M. DUPONT",
          "une nouvelle demande d'étude auprès du SDEHG pour :\n\n1 - le centre bourg : pose d'ampoules LED")),
    Rule("count_before", COUNT_BEFORE,
         ("par 15 voix pour", "0 contre, 0 abstention, 11 pour", "6 voix Contre", "10 votes pour. 2 Abstentions",
          "DEUX voix POUR – ONZE voix CONTRE et 1 ABSTENTION", "par quinze voix pour", "une abstention",
          "Le compte rendu est adopté par 20 voix favorables", "3 voix défavorables", "par douze voix favorables"),
         ("2 contre-propositions", "le 15 000 pour la voirie", "5 pour-cent", "2 avis favorables", "les 3 favorables au projet",
          "12 voix favorablement")),
    Rule("count_after_bare", COUNT_AFTER_BARE,
         ("VOTE : POUR 15 - CONTRE 2 - ABSTENTION 1", "Votants 18 | Pour 15 | Contre 2 | Abstention 1", "| Pour | 15 |"),
         ("pour 15 000 €", "pour 3 ans", "contre 20 % l'an dernier")),
    Rule("count_for_proposal", COUNT_FOR_PROPOSAL,
         ("Pour le changement de prestataire : 13 votes", "- Pour la proposition : 12 voix", "Pour cette solution : onze voix"),
         ("Pour : 12", "Pour la commune : 12 logements", "Pour mémoire, le budget : 12 votes")),
    Rule("elected_count", ELECTED_COUNT,
         ("- Anne-Marie : 11 votes, \uf0e0 Elue", "M. DUPONT : 15 voix, élu", "Mme MARTIN est élue avec 12 voix",
          "est proclamé élu par 15 suffrages"),
         ("- Agnès : 1 vote", "M. DUPONT, élu en 2020, a obtenu 3 voix", "les élus : 12 votes")),
    Rule("count_by_names", COUNT_BY_NAMES,
         ("Contre : M. DUPONT, Mme MARTIN", "Abstentions : Mme Fabre, M. Garnier", "Abstention : Monsieur TANGUY"),
         ("Contre : 2", "Pour : le projet")),
    Rule("count_in_brackets", COUNT_IN_BRACKETS,
         ("POUR (20)", "Contre (2) : M. DURAND, Mme PETIT", "Abstentions (3)", "ABSTENTION ( 1 )"),
         ("Pour (M. DUPONT)", "pour (2024)")),
    Rule("vote_label", VOTE_LABEL,
         ("Vote :", "VOTE : UNANIMITE", "Vote : pour à l'unanimité", "Résultat du vote :", "Vore : Unanimité",
          "- Vote à main levée :", "Vote à bulletins secrets :"),
         ("Vote du budget primitif", "Le vote : il a eu lieu", "Devote : 2")),
    Rule("vote_line_label", VOTE_LINE_LABEL, ("- Pour : 12", "Abstentions 2", "CONTRE = 3"), ("Pour la commune, 12 logements",)),
    Rule("lone_cell", LONE_CELL, ("Contre", "2", "Abstentions :", "| Votants |"), ("Contre-projet", "2024")),
    Rule("vote_table_header", VOTE_TABLE_HEADER,
         ("Votants | Pour | Contre | Abstention", "Présents Votants Pour Contre Abstentions",
          "| Membres en exercice | Présents | Votants | Pour | Contre | Abstentions |", "POUR CONTRE ABSTENTION",
          # the counts box's cells (pipeline.french.counts.TABLE_CELLS) before the vote's
          "Conseillers en fonction | Présent(e)s | Votants | Pour | Contre",
          "Nombre de membres en exercice   Présents   Votants   Pour   Contre   Abstentions",
          "| Élus présents | Procurations | Pour | Contre |", "DÉLÉGUÉS EN EXERCICE | SUFFRAGES EXPRIMÉS | POUR | CONTRE | NPPV"),
         ("Pour le Conseil", "Contre toute attente, les votants")),
    Rule("unanimity", UNANIMITY,
         ("à l'unanimité des membres présents", "ADOPTE A L'UNANIMITE", "Vote : Unanimité", "VOTE : UNANIMITE",
          "les membres du conseil adoptent, à l'unanimité, la présente délibération", "approuve unanimement", "par un vote unanime", "donne un accord unanime"),
         ("avis favorable à l'unanimité du conseil d'administration de l'association",
          "à l'unanimité de la commission des finances", "unanimités", "l'avis unanime de la commission")),
    Rule("unanimity_less", UNANIMITY_LESS,
         ("à l'unanimité moins une voix", "adopté à l'unanimité moins deux voix (M. X et Mme Y)",
          "à l'unanimité moins 2 abstentions", "à l'unanimité moins une voix contre"),
         ("à l'unanimité des membres présents", "à l'unanimité, moins les crédits")),
    Rule("unanimous_voters", UNANIMOUS_VOTERS,
         ("à l'unanimité des votants (31 voix), 8 abstentions", "à l'unanimité (28 voix pour)",
          "à l'unanimité des suffrages exprimés (25 votants)"),
         ("à l'unanimité (M. DUPONT ne prenant pas part au vote)", "à l'unanimité des votants, 8 abstentions")),
    Rule("majority", MAJORITY,
         ("adopté à la majorité", "à la majorité des suffrages exprimés", "Le Conseil municipal, après en avoir délibéré, à la majorité :",
          "ADOPTE A LA MAJORITE", "adopte a la majorite.", "Le Conseil, a la majorite (2 voix contre), approuve",
          "REJETEE A LA MAJORITE DES SUFFRAGES EXPRIMES"),
         ("élu à la majorité absolue", "à la majorité qualifiée", "la majorité municipale", "la liste A a la majorité des sièges",
          "il a la majorité", "ADOPTE A LA MAJORITE ABSOLUE", "qui a la majorité au conseil")),
    Rule("majority_qualified", MAJORITY_QUALIFIED,
         ("Adopté à la majorité absolue", "Le Conseil, à la majorité qualifiée des suffrages exprimés, approuve",
          "Le Conseil municipal décide à la majorité absolue des suffrages exprimés d'approuver", "APPROUVE A LA MAJORITE QUALIFIEE",
          "le comite rejette a la majorite absolue", "ADOPTE A LA MAJORITE ABSOLUE"),
         ("Majorité absolue : 7", "est élu à la majorité absolue", "est elu a la majorite absolue",
          "le candidat qui obtient la majorité absolue")),
    Rule("verdict_line", VERDICT_LINE,
         ("Adopté.", "Rejeté.", "ADOPTÉ", "Approuvée à la majorité", "Rejetée par 10 voix contre", "- ADOPTE A L'UNANIMITE"),
         ("Approuvé par arrêté préfectoral du 3 mars 2020, le PLU", "Le budget adopté en mars")),
    Rule("adopted_verdict", ADOPTED_VERDICT,
         ("ADOPTE A L'UNANIMITE", "ADOPTÉ", "APPROUVÉE", "Adoption à 0 Contre, 0 abstention, 11 voix pour"),
         ("le budget adopté en mars", "Adoption du compte rendu")),
    Rule("verdict_after_label", VERDICT_AFTER_LABEL,
         ("Décision : adoptée", "DÉCISION : REJETÉE", "Résultat du vote : adopté à l'unanimité", "Suite donnée : retirée",
          "Délibération : ajournée", "Décision du conseil : refusée", "- decision : approuvee (12 pour, 2 contre)"),
         ("Résultat reporté : 12 000 €", "Délibération : approuvant le règlement", "Décision modificative n° 1 : adoptée",
          "Résultat : reporté en section de fonctionnement", "la décision : adoptée par le bureau le 3 mai est rappelée")),
    Rule("verdict_label", VERDICT_LABEL,
         ("Adopté : 15 pour", "APPROUVÉ : 12 pour", "- Rejetée : 10 contre", "ADOPTES :"),
         ("Adopté à l'unanimité", "Adoption : 12 pour", "le budget adopté en mars")),
    Rule("deliberated", DELIBERATED,
         ("Après en avoir délibéré, le Conseil Municipal,", "le conseil, apres en avoir delibere, décide",
          "APRÈS EN AVOIR DÉLIBÉRÉ,", "après  en avoir\ndélibéré"),
         ("avant d'en délibérer", "après avoir entendu l'exposé")),
    Rule("next_vote_label", NEXT_VOTE_LABEL,
         ("M. DURAND, Mme PETIT. S'abstient : M. LEROY", "Mme PETIT, pour : 12", "M. DUPONT, abstention", "M. X s’abstient"),
         ("M. DURAND, Mme PETIT", "M. POURCEL, Mme CONTREAU")),
    Rule("rejected", REJECTED,
         ("Le conseil municipal rejette la proposition", "REJETÉ", "la délibération est rejetée", "n'est pas adoptée",
          "non adopté", "Le Conseil municipal n'approuve pas le projet", "Le conseil municipal refuse la proposition",
          "n'accepte pas la proposition", "la proposition n'est pas retenue", "La proposition est repoussée par 10 voix contre 5",
          "Le Conseil municipal ne valide pas la proposition", "LE CONSEIL MUNICIPAL N'ADOPTE PAS LA MOTION",
          "le conseil municipal n adopte pas la motion", "le comité ne retient pas cette offre", "les élus n'entérinent pas le projet",
          "Le conseil ne donne pas son accord", "le conseil ne se prononce pas favorablement", "n'émet pas un avis favorable"),
         ("le rejet de la demande", "le taux de rejet des eaux", "un avis défavorable", "M. DUPONT refuse de prendre part au vote",
          "la date est repoussée au 15 mars", "la réunion est repoussée", "M. DUPONT ne vote pas",
          "le PLU n'autorise pas les constructions", "il n'est pas d'accord")),
    Rule("assembly_decides", ASSEMBLY_DECIDES,
         ("le Conseil Syndical approuve :", "Le conseil municipal, après en avoir délibéré,\nDÉCIDE :",
          "Le conseil municipal émet un avis favorable", "Le Conseil municipal, après en avoir délibéré, émet un avis défavorable",
          "les membres du conseil adoptent, à l'unanimité, la présente délibération", "Le conseil municipal désigne M. DUPONT",
          "le comité syndical fixe les tarifs", "Le conseil communautaire donne son accord", "le conseil municipal donne un accord unanime",
          "Le conseil municipal se prononce contre le projet", "Le conseil municipal vote les taux d'imposition",
          "Le conseil municipal retient l'offre de l'entreprise MARTIN", "le comité syndical opte pour la solution B",
          "Le conseil municipal se déclare favorable au projet", "Le conseil municipal rend un avis favorable",
          "les membres du conseil formulent un avis défavorable", "Le conseil municipal se prononce favorablement",
          "Le Conseil municipal, après en avoir délibéré, avec 2 abstentions (M. DUPONT, Mme MARTIN), approuve le projet"),
         ("le conseil d'administration de l'association approuve",
          "Monsieur le Maire informe le conseil municipal que la préfecture fixe le montant",
          "Le conseil municipal votera lors de la prochaine séance", "le conseil municipal, après le vote du budget",
          "Monsieur le Maire rappelle que le conseil municipal vote le budget chaque année",
          "Les membres de la commission sont favorables au projet",
          "Le conseil municipal procède à l'élection sans panachage ni vote préférentiel")),
    Rule("passive_rejected", PASSIVE_REJECTED,
         ("La motion est rejetée.", "La délibération n'est pas adoptée", "la proposition n'est pas retenue",
          "Le point n'a pas été approuvé", "La proposition n'est pas retenue par le conseil municipal"),
         ("la demande de subvention a été rejetée par l'État", "le dossier est rejeté par la préfecture",
          "La proposition est rejetée par la préfecture")),
    Rule("assent", ASSENT,
         ("Le conseil municipal émet un avis favorable à l'adhésion", "pour émettre un avis favorable à l'adhésion",
          "le comité donne avis favorable", "décide de rendre un avis favorable", "Le conseil donne son accord",
          "les membres donnent leur accord", "le conseil donne un accord unanime", "Le conseil se prononce favorablement"),
         ("le conseil émet un avis défavorable", "sur l'avis favorable de la commission", "se prononce défavorablement",
          "donne son avis", "l'accord de la commune", "se prononce contre le retrait")),
    Rule("assembly_assent", ASSEMBLY_ASSENT,
         ("Avis favorable du conseil municipal.", "Accord du Conseil.", "- Accord unanime du conseil municipal",
          "Après discussion : avis favorable du conseil"),
         ("l'avis favorable du conseil d'administration", "avec l'accord du conseil, le maire pourra signer",
          "Avis favorable du conseil départemental")),
    Rule("vote_opens_line", VOTE_OPENS_LINE,
         ("6 POUR / 0 CONTRE / 0 ABSTENTION", "12 voix pour, 2 contre", "DOUZE voix POUR – DEUX voix CONTRE",
          "1 abstention, 14 pour", "- 14 votes pour", "à l'unanimité, approuve le projet", "a l'unanimite, decide",
          "A LA MAJORITE, APPROUVE", "par 14 voix pour et 1 contre, décide", "PAR DOUZE VOIX POUR"),
         ("2019 relative à la création du syndicat", "12 mars 2019, adoptée à l'unanimité", "15 000 € pour les travaux",
          "pour l'année 2024", "3 contre-propositions ont été reçues", "au vu de l'unanimité des avis")),
    Rule("operative_verb", OPERATIVE_VERB,
         ("Décide :", "DÉCIDE", "  DECIDE :", "- Décident :"),
         ("Décide de reporter ce point", "Le Maire décide :", "DÉCIDE D'APPROUVER la convention", "Décidé")),
    Rule("passive_adopted", PASSIVE_ADOPTED,
         ("le compte rendu est approuvé à l'unanimité", "la motion est adoptée", "Les statuts ont été validés"),
         ("le projet approuvé par la préfecture", "est approuvable")),
    Rule("passive_designated", PASSIVE_DESIGNATED,
         ("Monsieur Didier CHARTIER est désigné secrétaire de séance.", "Mme Jocelyne COUGOULIC est désignée comme secrétaire de séance",
          "Madame Mauricette BELLY est désignée Secrétaire de séance.",
          "Monsieur Pascal DURAY est désigné pour remplir les fonctions de secrétaire de séance.",
          "M SEGUIN a été élu secrétaire de séance.", "Monsieur FERNANDEZ Franck a été nommé(e) secrétaire de séance.",
          "Madame Mercedes RAMIA est désignée secrétaire de séance.",
          "Mme MARTIN est nommée déléguée titulaire", "MM. DUPONT et DURAND sont désignés délégués suppléants"),
         ("M. X a été désigné délégué en 2020", "M. X est désigné par le Préfet", "le représentant désigné par le conseil départemental",
          "Mme X est nommée déléguée par arrêté préfectoral", "le terrain est désigné sous le nom de",
          "Il est procédé à la désignation du secrétaire de séance")),
    Rule("noted", NOTED,
         ("Le conseil municipal prend acte de la démission", "PREND ACTE", "a pris acte", "donne acte au Maire",
          "Les membres du conseil municipal prennent acte du rapport", "il en est pris acte",
          "Le Conseil municipal prend bonne note du rapport", "à l'unanimité, décide de :\n- Prendre acte de l'information",
          "décide de prendre acte du rapport", "Les membres du comité syndical décident à l'unanimité : - prendre acte du compte-rendu"),
         ("le Maire prend note des remarques", "acte de vente", "décide de :\n- Approuver l'acte de vente",
          "il convient de prendre acte", "Prend acte et approuve le procès-verbal de la séance",
          "prend acte du rapport et l'approuve")),
    Rule("noted_proposed", NOTED_PROPOSED,
         ("Mme le maire demande aux membres du conseil municipal s'ils sont d'accord pour prendre acte de la communication du rapport",
          "Il est proposé au Conseil de prendre acte de la tenue du débat d'orientation budgétaire",
          "le conseil communautaire est invité à prendre acte du rapport annuel"),
         ("Il est proposé de prendre acte du rapport et d'approuver le programme de travaux", "il convient de prendre acte de ce rapport",
          "Le Maire propose de voter les taux. Le conseil prend acte")),
    Rule("decides_after_reference", DECIDES_AFTER_REFERENCE,
         ("CONSIDERANT qu'aucune remarque n'a été émise à l'encontre de ce rapport, décide à l'unanimité d'adopter le procès-verbal",
          "Considérant l'intérêt du projet, APPROUVE à la majorité le plan", "Considérant l'exposé du Maire, DÉCIDE :",
          "Considérant ce qui précède, après en avoir délibéré, décide par 12 voix pour et 2 abstentions"),
         ("considérant que le Département, en 2019, décide d'attribuer une aide", "Considérant que la commune, qui approuve le projet,",
          "Considérant que le Président, dans son arrêté, décide :")),
    Rule("withdrawn", WITHDRAWN,
         ("point retiré de l'ordre du jour", "Ce point est retiré", "le maire retire ce point", "Le point n° 5 est retiré",
          "Le Maire propose de retirer ce point de l'ordre du jour", "RETIRÉ"),
         ("retiré de leur ordre du jour", "le retrait de la commune de Sauzet")),
    Rule("deferred", DEFERRED,
         ("Le point est ajourné", "reporté à une prochaine séance", "le Conseil décide de reporter ce point", "AJOURNÉ",
          "Le conseil municipal sursoit à statuer", "Ce point sera examiné lors d'une prochaine séance",
          "Le conseil municipal décide de différer sa décision", "Le conseil diffère le vote",
          "Le vote est repoussé à une prochaine séance",
          "Ce point sera revu lors d'un prochain conseil", "la question sera rediscutée lors d'une prochaine réunion",
          "Le conseil décide à l'unanimité de sursoir à cette délibération", "décide de surseoir à sa décision",
          "le comité sursoit au vote", "Le conseil municipal surseoit au vote", "décide de sursoir à statuer sur ce dossier",
          "décide de surseoir à statuer sur ce dossier", "Le conseil surseoit à statuer", "sursoir à la décision"),
         ("résultat reporté", "le report de crédits", "la surface de la parcelle", "sursoir à toute dépense",
          "surseoir à toute dépense", "un sursis à exécution")),
    Rule("withdraw_announced", WITHDRAW_ANNOUNCED,
         ("demande de retirer à l'ordre du jour Convention d'adhésion au service de prévention",
          "le point n° 3 est retiré de l'ordre du jour", "le point 8 est retiré", "Les points 8 et 23 sont retirés de l'ordre du jour",
          "le point 4 (vente de la parcelle AB 12) a été retiré", "Le Maire propose de retirer le point 8 de l'ordre du jour",
          "retirer les points n° 4 et 5", "le conseil accepte le retrait du point 8",
          "Deux points sont retirés, c'est le point 8 [avenant à la convention d'occupation]"),
         ("le point n° 3 est adopté", "Au point 3, la commune de Sauzet s'est retirée du syndicat",
          "le point 8 concerne le retrait de la commune", "Au point 3 (Intercommunalité), la commune s'est retirée du syndicat",
          "deux points sont présentés", "le retrait de la commune du syndicat")),
    Rule("election", ELECTION,
         ("La liste A a obtenu 33 voix.", "M. X est élu", "Mme DUPONT est proclamée élue", "l'offre ALPHA obtient 12 voix",
          "la liste B recueille 5 voix"),
         ("les élus du conseil", "obtenu la subvention")),
    Rule("preliminary_vote", PRELIMINARY_VOTE,
         ("L'amendement présenté par M. DUPONT est rejeté", "une suspension de séance est votée"), ("le conseil approuve",)),
    Rule("cited_vote", CITED_VOTE,
         ("Par délibération du 12 mars 2024 adoptée à l'", "Lors de sa séance du 12 mars, le conseil avait adopté à l'",
          "Par délibération du 3 mars 2021, le comité syndical a accepté à l'",
          "Le conseil communautaire a adopté le 5 mai 2021 à l'"),
         ("La délibération n° 2024-015 est adoptée à l'", "Le conseil municipal fixe à l'", "Le compte rendu de la séance du 12 mars est approuvé à l'")),
    Rule("recalled_vote", RECALLED_VOTE,
         ("En 2019, la délibération avait été adoptée par 12 voix pour et 3 contre", "le conseil avait approuvé à l'unanimité le principe",
          "les élus avaient voté contre ce projet", "le conseil avait déjà décidé de vendre"),
         ("le conseil municipal a approuvé à l'unanimité", "le budget adopté en mars", "la délibération est adoptée", "il avait été question")),
    Rule("cited_deliberation", CITED_DELIBERATION,
         ("Par délibération n° 2019-12 du 12 mars 2019, le conseil municipal a approuvé par 12 voix pour",
          "Par délibération en date du 3 mars 2020, adoptée par 15 voix pour", "Lors de sa séance du 5 février, le conseil a adopté",
          "Il convient de modifier le projet. Par délibération du 12/03/2019, le conseil a décidé"),
         ("La délibération n° 2024-015 est adoptée par 12 voix pour", "Le conseil municipal modifie la délibération du 12 mars 2019",
          "Lors de la séance, le conseil a adopté")),
    Rule("other_body_past", OTHER_BODY_PAST,
         ("La CLECT, réunie le 12 septembre, a adopté son rapport à l'", "L'assemblée générale de l'association a approuvé à l'",
          "le conseil d'école a émis un avis favorable à l'", "La commission des finances a donné un avis favorable à l'"),
         ("le conseil municipal a approuvé à l'", "la commission est chargée du suivi. Adopté à l'",
          "Après avis de la commission, le conseil approuve à l'")),
    Rule("cited_after", CITED_AFTER, (" lors de la séance du 12 mars 2024", " en date du 3 mai"), (" des membres présents.",)),
    Rule("other_body", OTHER_BODY,
         ("La commission des finances a émis un avis favorable", "le bureau syndical", "le conseil d'administration", "le jury"),
         ("le conseil municipal",)),
    Rule("this_assembly", THIS_ASSEMBLY, ("le conseil municipal", "le Conseil Syndical", "l'assemblée", "le comité syndical"),
         ("la commission",)),
    Rule("decides_now", DECIDES_NOW, ("Le Bureau, à l'unanimité, approuve", "décident", "prend acte"), ("a approuvé",)),
    Rule("count_versus", COUNT_VERSUS,
         ("Le projet est adopté par 15 voix contre 3.", "Le conseil municipal approuve à 12 voix contre 2",
          "la motion est rejetée par huit voix contre six", "adopté par 15 voix contre 3 et 1 abstention"),
         ("par 15 voix contre et 3 abstentions", "par 15 voix contre 3 abstentions", "par 15 voix pour, 3 contre")),
    Rule("abstained_named", ABSTAINED_NAMED,
         ("Monsieur LEBLANC s'abstient car il estime que", "Mme FABRE et M. GARNIER s'abstiennent.",
          "M. DURAND et Mme PETIT votent contre, M. LEROY s'abstient",
          "M. DUPONT s'étant abstenu", "Mmes MARTIN et PETIT se sont abstenues"),
         ("Le conseil municipal s'abstient de tout commentaire", "les membres s'abstiennent")),
    Rule("against_named", AGAINST_NAMED,
         ("M. DURAND et Mme PETIT votent contre.", "Mme LEROY a voté contre", "Adopté, M. DURAND votant contre",
          "Mme MARTIN et M. DUPONT votent contre."),
         ("M. DURAND vote contre le principe de", "les élus votent contre")),
    Rule("abstained_count", ABSTAINED_COUNT,
         ("à l'unanimité des suffrages exprimés, 2 membres s'étant abstenus", "trois conseillers s'abstiennent"),
         ("les conseillers s'abstiennent", "2 membres sont absents")),
    Rule("unfavourable_opinion", UNFAVOURABLE_OPINION,
         ("Le conseil municipal émet un avis défavorable au projet de schéma", "le conseil se prononce défavorablement",
          "AVIS DÉFAVORABLE", "Le Conseil communautaire s'oppose au projet d'implantation", "les élus rendent un avis défavorable",
          "le conseil décide de donner avis défavorable", "le comité formule un avis défavorable"),
         ("la commission avait émis un avis favorable", "le conseil émet un avis favorable", "un avis défavorable de l'architecte des bâtiments de France a été rendu")),
    Rule("not_voting", NOT_VOTING,
         ("Ne prend pas part au vote : 1", "NPPV : 2", "non-participation : 1", "ne prennent pas part"), ("prend part au vote",)),
    Rule("not_voting_named", NOT_VOTING_NAMED,
         ("M. TANGUY indique ne pas vouloir prendre part au vote",
          "Mme GIRARD, intéressée à l'affaire, quitte la salle et ne prend pas part au vote",
          "M. le Maire ne prend pas part au vote"),
         ("Les membres ne prennent pas part au vote",)),
    Rule("not_voting_past", NOT_VOTING_PAST,
         ("Mme LEROY, intéressée, n'a pas pris part au vote", "M. X ne participe pas au vote",
          "M. le Maire s'étant retiré au moment du vote", "Mme GIRARD se retire pour le vote"),
         ("M. X a pris part au vote",)),
    Rule("not_voting_aside", NOT_VOTING_ASIDE,
         ("(M. DUPONT ne prenant pas part au vote)", "n'ont pas pris part", "ne participe pas"), ("participe au vote",)),
    Rule("section_voters", SECTION_VOTERS,
         ("Nombre de votants : 18", "Votants : 18", "qui ont pris part à la délibération : 11", "pris part à la délibération : Î1",
          "pris part à la délibération : il"),
         ("Votants : dix-huit", "votants : 18000", "pris part à la délibération : ils")),
    Rule("decision_start", DECISION_START,
         ("a l'unanimite, approuve", "le conseil municipal, apres en avoir delibere, approuve", "decide :", "vote : unanimite"),
         ("la decision du maire", "le conseil s'est reuni")),
    Rule("ballots", BALLOTS, ("bulletins blancs : 1", "Nuls : 2", "au scrutin secret"), ("les bulletins municipaux",)),
    Rule("listed_outcome", LISTED_OUTCOME,
         ("Subvention Parking Sabatier II Approuvée", "Débat sur le PADD de la CCLO | Actée", "Tarifs 2025 : ADOPTÉE",
          "Modification du règlement intérieur   Rejetée", "Vente de la parcelle AB 12 - Retirée", "Rapport d'activité 2024 Prise d'acte",
          "Tarifs de la cantine Approuvée à l'unanimité", "Budget primitif 2025 Adoptée (unanimité)"),
         ("Approbation du procès-verbal du 04 avril 2025", "Approuvée par délibération du 3 mars", "Modification de l'acte de vente")),
)
