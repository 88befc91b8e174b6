"""Meeting facts: who met, when, where, who presided, and the counts the minutes declare.

The body, assembly, date, hour, place and convocation are read in the header (the text before
the agenda or the session's opening's end); president, secretary, declared counts and a session-wide
vote summary in the session's opening (`Segmentation.opening_end`, decided once by
pipeline.segment.opening_end, wherever the agenda sits), running headers left out; the closing hour and the next meeting anywhere, the last statement winning.
A margin box whose numbers OCR read apart from their labels is read by position on the page.
Each field's source words go to `Meeting.provenance`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import regex

from extractors import nlp
from extractors.attendance import printed_counts
from pipeline.french import (
    CIVILITIES,
    INITIALS_PATTERN,
    MONTHS,
    WEEKDAYS,
    find_dates,
    find_times,
    fold,
    is_organisation_word,
    is_role_word,
    is_surname_word,
    mend_hyphens,
    parse_date,
    printed_weekday,
    read_labelled_name,
    read_name,
    same_person,
)
from pipeline.french.counts import COUNTS, ROLL_CALL_PRESENT, declared_count
from pipeline.french.elisions import straighten_elisions
from pipeline.french.names import TITLE_WORDS
from pipeline.french.session import SESSION_CLOSED
from pipeline.records import Document, Extraction, Meeting, Provenance, Segmentation
from pipeline.text import keyed_finditer

# "CONSEIL SYNDICAL du Lundi 30 septembre 2024", "Conseil Municipal du 13 décembre 2022", "COMITÉ SYNDICAL",
# "Conseil de communauté du 5 mars 2024"
ASSEMBLY = regex.compile(
    r"\b(?P<kind>conseil|comit[ée]|bureau|assembl[ée]e)\s+(?P<qual>municipal|syndical|communautaire|m[ée]tropolitain|d['’]administration|g[ée]n[ée]rale|d[ée]partemental|r[ée]gional|territorial|de\s+communaut[ée])\b",
    regex.I,
)
# The assembly named by its body: "Conseil de la Communauté de Communes du Pays Fertois", "Comité du Syndicat des eaux"
ASSEMBLY_OF_BODY = regex.compile(
    r"\b(?P<kind>conseil|comit[ée])\s+(?:de\s+la|du)\s+(?P<body>communaut[ée]\s+(?:de\s+communes|d['’]agglom[ée]ration|urbaine)|syndicat)\b",
    regex.I,
)
# The assembly named by its members, where no "Conseil ..." is printed: "les conseillers communautaires de Bièvre Isère
# Communauté se sont réunis", "les conseillers municipaux se sont réunis", "les délégués du comité syndical se sont réunis"
ASSEMBLY_MEMBERS = regex.compile(
    r"\b(?:conseillers|conseillères|membres|délégués)\s+(?P<qual>municipaux|communautaires|syndicaux|métropolitains)\b[^.;\n]{0,80}?\bse\s+sont\s+réuni", regex.I)
# A meeting of the bureau, named without its body's qualifier: "Compte rendu de la réunion de bureau du 26 mai",
# "REUNION DU BUREAU", "Séance du Bureau du 3 mars", "BUREAU DU 17 NOVEMBRE 2014" (a title) (not "le bureau de vote", "bureau d'études", "bureau de poste")
ASSEMBLY_BUREAU = regex.compile(r"(?:\b(?:r[ée]union|s[ée]ance)\s+d[eu]\s+|(?m:^)[ \t#*]*(?=bureau\s+du\s+\d))(?P<kind>bureau)\b(?!\s+(?:de\s+vote|d['’]études|de\s+poste|d[eu]\s+(?:la\s+)?commission))", regex.I)
_MEMBERS_ASSEMBLY = {"municipaux": "Conseil Municipal", "communautaires": "Conseil Communautaire", "syndicaux": "Comité Syndical",
                     "métropolitains": "Conseil Métropolitain"}
# A communauté by its kind and name, in a header or the text: "Communauté de Communes du Grand Couronné", "Communauté
# d'agglomération de Valmont" (not the assembly's title on the next line: "Communauté de Communes\nCONSEIL COMMUNAUTAIRE";
# a name in quotes: "Communauté de communes « Médullienne »")
# ... two places joined by "et" in a name: "Syndicat Mixte Loire et Goulaine", "Communauté de communes Sèvre et Loire", "Pays
# Haut Languedoc et Vignobles", "Communauté de communes de la Vanne et du Pays d'Othe" (never "et" before a person or an assembly:
# "le Syndicat Mixte X et Monsieur Y", "Communauté de communes X et Conseil ...")
_AND_PLACE = (r"et(?:\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’]))?(?=[ \t]*\p{Lu})(?![ \t]*(?i:monsieur|madame|mademoiselle|messieurs|mesdames|mme|mlle|mr"
              r"|m\.|mm\.?|pr[ée]sident|maire|vice|conseil|comit|syndicat|commune|communaut|bureau|ville|d[ée]partement|r[ée]gion|[ée]tat)(?![\p{Ll}]))")
_COMMUNAUTE = (
    r"Communaut[ée]\s+(?i:de\s+communes|des\s+communes|d['’]agglom[ée]ration|urbaine)\s+(?!(?i:conseil|comit|bureau|assembl|compte|proc[èe]s|s[ée]ance|r[ée]union|extrait|registre|d[ée]lib)\p{L}*\b)"
    r"(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+|de\s+|«[ \t\u00a0]*)?\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:du|de|des|d['’]|" + _AND_PLACE + r")?[ \t]*\p{Lu}[\p{L}'’-]+)*"
)
# "Communauté de Communes Cœur de Savoie", "Syndicat Mixte Numérian", "Syndicat des eaux de la Région de Lunel", "Commune de Pierrefonds", "Ville de LANNION", "Communauté de communes du Pont du Gard"
# (not a letterhead whose name is an image, the next line's label taken for it: "Ville d’" / "Membres en exercice : 29")
BODY = regex.compile(
    r"\b(?P<body>(?<!H[ôo]tel\s+de\s+)(?<!(?i:\b(?:à|dans|en)\s+(?:la\s+)?|\b(?:salle|foyer|espace|maison)\b[^,.;:\n]{0,30}\s))(?:Commune|Ville|Mairie)\s+(?:d(?:e\s+|['’])|(?:du|des|DU|DES)\s+(?=\p{Lu}))\s*(?:la\s+|l['’]\s*)?(?!(?i:membres|nombre|date|séance|réunion|présents?|conseil|compte|procès|extrait|registre|département|république)\b)\p{Lu}[\p{L}'’-]+(?:[ \t-]+(?:(?:sur|sous|en|lès|les|le|la|du|de|des|d['’])[ \t]*)?(?!(?i:séance|compte|procès|réunion|conseil|extrait|registre|département|arrondissement|canton|république|date|présents?|ordre)\b)\p{Lu}[\p{L}'’-]+)*"
    r"|Syndicat\s+(?i:Mixte|Intercommunal|D[ée]partemental)?[ \t]*(?:d[eu'’][ \t]*[\p{L} \t'’-]{0,40}?)?\p{Lu}[\p{L}'’-]+"
    r"(?:[ \t]+(?:du|de\s+la|de|des|d['’]|" + _AND_PLACE + r")[ \t]*(?!(?i:syndicat|commune|communaut|conseil|comit))\p{Lu}[\p{L}'’-]+)*"
    r"|" + _COMMUNAUTE +
    # the communautés of Normandy named "Intercom": "l'Intercom Bernay Terres de Normandie", "Intercom de la Vire au Noireau"
    r"|(?-i:Intercom)\s+(?:de\s+la\s+|du\s+|de\s+l['’]|des\s+|de\s+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:du|de|des|au|aux|d['’]|de\s+la)[ \t]*)?(?!(?i:conseil|comit|bureau|séance)\p{L}*\b)\p{Lu}[\p{L}'’-]+)*)"
)
# A body whose letterhead opens its line with a word the prose also uses ("la Métropole", "le SIVOM"):
# "Métropole Rouen Normandie", "MÉTROPOLE NICE CÔTE D'AZUR", "SIVOM de la Vallée du Lot", "SIVU Enfance Jeunesse",
# "Centre communal d'action sociale de Pornic", "CCAS de Pornic"
BODY_LINE = regex.compile(
    r"(?m:^)[ \t#*]*(?P<body>(?:M[ée]tropole|M[ÉE]TROPOLE|SIVOM|SIVU|SIVOS|SMIVOM|SICTOM|SMICTOM|SIAEP|CCAS|CIAS"
    r"|(?i:Centre\s+(?:communal|intercommunal)\s+d['’]action\s+sociale))"
    r"(?:[ \t]+(?:(?i:du|de|des|de\s+la|de\s+l['’]|d['’])[ \t]*)?\p{Lu}[\p{L}'’-]+)+)[ \t]*(?m:$)"
)
# A body printed in capitals at the start of a line (a letterhead, not "I. VIE DU SYNDICAT MIXTE NUMÉRIAN"), or after
# the title of the minutes ("PROCES-VERBAL DU COMITE SYNDICAL DU SYNDICAT INTERCOMMUNAL … « ALLIANCE NORD OUEST »"):
# "COMMUNE DE SAINT-MARTIN-DE-VALGALGUES", "COMMUNAUTÉ DE COMMUNES DU PAYS D'UZÈS", "SYNDICAT MIXTE NUMÉRIAN"
# ... and a letterhead a transcription ran into one line with what surrounds it: "Arrondissement d'aix-en-provence MAIRIE DE
# TRETS Direction Générale des Services" (after a word in small letters), "REUNION COMMUNAUTE DE COMMUNES"
# Words of a title in capitals that end a name printed in capitals before them: "COMMUNE DE PERIGNY-SUR-YERRES COMPTE RENDU
# CONSEIL MUNICIPAL", "CONSEIL MUNICIPAL DE PEIPIN EN DATE DU 24 Février", "COMMUNE DE SAINT MAXIRE REUNION DU 14 AVRIL",
# "CONSEIL MUNICIPAL D AMFREVILLE JEUDI 30 OCTOBRE"
_CAPS_STOP = (r"(?:COMPTES?|RENDU|CONSEIL|S[ÉE]ANCE|R[ÉE]UNION|PROC[ÈE]S|EXTRAIT|REGISTRE|D[ÉE]LIB[ÉE]RATIONS?|ORDRE|DATE|EN\s+DATE"
              r"|CONVOCATION|SESSION|LUNDI|MARDI|MERCREDI|JEUDI|VENDREDI|SAMEDI|DIMANCHE|D[ÉE]PARTEMENT|ARRONDISSEMENT|CANTON"
              r"|R[ÉE]PUBLIQUE|PR[ÉE]SENTS?|ETAIENT|ÉTAIENT)(?![\p{L}])")
_CAPS_WORD = rf"(?!{_CAPS_STOP})\p{{Lu}}[\p{{Lu}}'’-]+"
BODY_CAPS = regex.compile(
    # (a page's number may open the first line of a text layer: "1 COMMUNE DE CIRES-LES-MELLO Département de l'Oise")
    r"(?:(?m:^)[ \t#*]*(?:\d{1,3}[ \t]+(?=\p{Lu}{4}))?|(?<=(?:SYNDICAL|COMMUNAUTAIRE|MUNICIPAL|VERBAL|RENDU|S[ÉE]ANCE|R[ÉE]UNION|D[ÉE]LIB[ÉE]RATIONS|REGISTRE)[ \t]+(?:DU|DE\s+LA|DE|DES)[ \t]+)"
    # (the lookahead first: the lookbehinds are read only where a body's name may start)
    r"|(?=(?:COMMUNE|VILLE|MAIRIE)\s+D)(?<=(?:\p{Ll}|(?m:^)[ \t]*D[ÉE]PARTEMENT\s+D[EU'’]\s*[\p{Lu}\s'’-]{2,40})[ \t]+)(?<!(?i:\b(?:de|à|dans|en)\s+la)[ \t]+)"
    r"|(?=COMMUNAUT)(?<=(?m:^)[ \t]*R[ÉE]UNION[ \t]+))"
    # "VILLE D ESSEY-LES-NANCY": a transcription lost the apostrophe
    rf"(?P<body>(?:COMMUNE|VILLE|MAIRIE)\s+D(?:E\s+|['’]|[ \t]+(?=[AEIOUYÉÈÊ]))\s*(?:LA\s+|L['’]\s*)?{_CAPS_WORD}(?:[ \t-]+{_CAPS_WORD})*"
    rf"|COMMUNAUT[ÉE]\s+(?:DE\s+COMMUNES|D['’]AGGLOM[ÉE]RATION|URBAINE)(?:(?:[ \t]+|[ \t]*\n[ \t]*(?=(?:DU|DES|DE|D['’])[ \t]*\p{{Lu}}{{2}}))(?!{_CAPS_STOP})\p{{Lu}}[\p{{Lu}}'’-]*)+"
    rf"|SYNDICAT(?:[ \t]+(?!{_CAPS_STOP})\p{{Lu}}[\p{{Lu}}'’-]*)+(?:[ \t]*«[^»\n]{{1,60}}»)?)(?![\p{{L}}])"
)
# "PROCES-VERBAL DU COMITE SYNDICAL DU SYNDICAT INTERCOMMUNAL A VOCATION MULTIPLE « ALLIANCE NORD OUEST »" above;
# bodies printed under their acronym: "SIAEP de CONDOM CAUSSENS", "SIVOM de la Vallée du Lot", "SMICTOM du Pays de Fougères"
_ACRONYMS = (r"SIAEPA?|SIVOM|SIVU|SIVOS|SMIVOM|SICTOM|SMICTOM|SIRTOM|SMIRTOM|SITOM|SITCOM|SIETOM|SMITOM|SYCTOM|SYDETOM|SIE|SIEA|SIA|SIAH|SIVM|SIRP|SMAEP|SMEA"
             r"|SDEE?|SIDEC|SYDEC|SMTC|SIGEAC|SIVA|CCAS|CIAS")
BODY_ACRONYM = regex.compile(
    rf"(?:(?m:^)[ \t#*]*|(?<=(?:SYNDICAL|VERBAL|RENDU|S[ÉE]ANCE|R[ÉE]UNION|D[ÉE]LIB[ÉE]RATIONS|REGISTRE)[ \t]+(?:DU|DE\s+LA|DE|DES)[ \t]+))(?P<body>(?:{_ACRONYMS})[ \t]+(?i:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*"
    r"(?:\p{Lu}[\p{Lu}'’-]+(?:[ \t]+(?:(?:DE|DU|DES|LA|LE|LES|SUR|EN)[ \t]+)?\p{Lu}[\p{Lu}'’-]+)*"
    r"|\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+(?:(?:de|du|des|la|le|les|sur|en)[ \t]+)?\p{Lu}\p{Ll}[\p{L}'’-]*)*))(?![\p{L}])"
)
# A syndicate named by its acronym in the sentence that says who met, where no letterhead names it: "les délégués des
# communes du SIRTOM de la\nRégion d'Artenay", "les membres du comité syndical du SICTOM du secteur de Cérilly",
# "les membres du Comité Syndical du SIVOM « SOLOGNE BOURBONNAISE »", "SITCOM REGION D'ARGENTAN" (the acronym alone)
_PROSE_PARTICLE = r"(?i:de\s+la|de\s+l['’]|du|des|de|d['’])"
BODY_ACRONYM_PROSE = regex.compile(
    # (at a line's start, or after the assembly or members it gathers, never "le retrait de la commune du SIVU")
    r"(?:(?m:^)[ \t#*]*|(?<=(?i:comit[ée](?:\s+syndical)?|délégués(?:\s+des\s+communes)?|membres|conseil(?:\s+syndical)?"
    r"|assembl[ée]e\s+g[ée]n[ée]rale|bureau|réunion|séance|au\s+sein)\s+(?i:du)\s+))"
    rf"(?P<body>(?:{_ACRONYMS})(?:[ \t]+\d{{2,3}}(?!\d))?"
    # ... its name in capitals right after the acronym, no particle: "au sein du SIVOS DIXMONT-LES BORDES" (Dixmont-Les Bordes)
    r"(?:[ \t]+(?=\p{Lu}{2})(?!(?-i:DE|DU|DES|LA|LE|LES|ET)\b)\p{Lu}[\p{Lu}'’-]+(?:[ \t-]+\p{Lu}[\p{Lu}'’-]+)*"
    rf"|[ \t]*«[^»\n]{{1,60}}»|\s+{_PROSE_PARTICLE}\s*(?:\p{{Ll}}+\s+{_PROSE_PARTICLE}\s*)?"
    r"\p{Lu}[\p{L}'’-]+(?:[ \t-]+(?:(?i:de|du|des|la|le|les|sur|en|lès)[ \t]+|(?i:d)['’][ \t]*)?\p{Lu}[\p{L}'’-]+)*)?)(?![\p{L}])"
)
# A syndicate named by its acronym in the minutes' text: "le SICTOM", "du SIVOM", "au SIAEP"
SELF_ACRONYM = regex.compile(rf"(?<![\p{{L}}'’])(?i:le|du|au)\s+(?P<body>{_ACRONYMS})(?![\p{{L}}\d])")
# A communauté named in the minutes' text, for a communauté's council whose header names none: "… informe les délégués
# communautaires que la Communauté de Communes du Grand Couronné disposait d'un contrat"
# (BODY's communauté, never the title of the assembly printed after it)
BODY_COMMUNAUTE = regex.compile(rf"\b(?P<body>{_COMMUNAUTE})")
# A communauté or métropole named before its kind: "Questembert Communauté", "Lannion-Trégor Communauté", "Rennes Métropole",
# "Vannes Agglo" (not "La Communauté", "Cette Métropole")
BODY_NAMED_FIRST = regex.compile(
    r"(?<![\p{L}'’])(?P<body>(?!(?:La|Le|Les|L|Cette|Une|Un|Notre|Votre|Leur|Des|De|Du|Dans|Par|Pour|Avec|Sa|Son|Ses|Et|En|Au|Aux|A|À|Toute)\b)"
    r"\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t-]+\p{Lu}\p{Ll}[\p{L}'’-]*){0,3}[ \t]+(?:Communauté|Agglo|Agglomération|Métropole))(?![\p{L}])"
)
# A letterhead printed with its letters apart: "V I L L E D E P O R N I C"
LETTER_SPACED = regex.compile(r"(?<![\p{L}])(?:\p{Lu} {1,3}){4,}\p{Lu}(?![\p{L}])")
_SPACED_BODY = regex.compile(r"^(?P<kind>COMMUNE|VILLE|MAIRIE)(?P<of>DE|D['’]|DU)(?P<name>\p{Lu}{2,}.*)$")
# The commune of the mayor who presides: "sous la présidence de Monsieur Yves GAUCHER, Maire de SACLAS"
MAYOR_OF = regex.compile(
    r"présidence\s+de\s+[^,.\n]{3,60},\s*(?i:maire)\s+de\s+(?:la\s+(?i:commune|mairie|ville)\s+de\s+)?"
    r"(?P<name>\p{Lu}[\p{Lu}'’-]+(?:[ -](?:(?:SUR|SOUS|EN|LES|LÈS|LE|LA|DU|DE|DES)[ -])?\p{Lu}[\p{Lu}'’-]+)*"
    r"|\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ -](?:(?:sur|sous|en|les|lès|le|la|du|de|des)[ -])?\p{Lu}\p{Ll}[\p{L}'’-]*)*)"
)
# The town of the mairie's postal address, in a letterhead or a footer beside its contact details: "Hôtel de ville – 12 quai
# Jean Jaurès – 29770 AUDIERNE" / "Courriel : accueil@…", "Mairie – 2 place de l'Église – 30700 FLAUX – Tél. 04 66 …"
# (a postal code and a town in capitals; the contact words within reach: Tél, Courriel, mairie, hôtel de ville, www, @)
POSTAL_TOWN = regex.compile(
    r"(?<![\d\p{L}])(?:[0-8]\d|9[0-5]|97)\s?\d{3}\s+(?P<town>\p{Lu}[\p{Lu}'’]+(?:[ -](?:(?:SUR|SOUS|EN|LES|LÈS|LE|LA|DU|DE|DES)[ -])?\p{Lu}[\p{Lu}'’]+)*)(?![\p{L}])")
ADDRESS_CONTACT = regex.compile(r"\bt[ée]l\b|t[ée]l[ée]phone|courriel|e-?mail|\bmairie\b|h[ôo]tel\s+de\s+ville|www\.|@|\bfax\b", regex.I)
# The commune the text speaks of as itself, where nothing else names the body: "La commune de Flaux confie au CDG 30 ...",
# "Considérant que la commune de FLAUX est située ..." (not a commune joining or leaving: "le retrait de la commune de X")
COMMUNE_IN_TEXT = regex.compile(
    r"(?<!(?:retrait|adhésion|sortie|intégration|rattachement|fusion|entrée|transfert|demande|communes?)\s+(?:de\s+)?)"
    r"\b[Ll]a\s+[Cc]ommune\s+(?:d(?:e\s+|['’])|(?P<du>du|des)\s+)(?P<name>\p{Lu}[\p{L}'’-]+(?:[ -](?:(?:sur|sous|en|les|lès|le|la|du|de|des|SUR|SOUS|EN|LES|LE|LA|DU|DE|DES)[ -])?\p{Lu}[\p{L}'’-]+)*)"
)
# The place of a municipal council that is a mairie named by its commune: "mairie de PLUGUFFAN", "la Mairie de LE BOIS",
# "Hôtel de Ville de Valmont" (not "Salle de la Mairie de Ribennes", "mairie annexe de X")
MAIRIE_PLACE = regex.compile(r"(?:l[ae]\s+|l['’]\s*)?(?i:mairie|h[ôo]tel\s+de\s+ville)\s+d(?:e\s+|['’]\s*)"
                             r"(?P<town>\p{Lu}[\p{L}'’-]+(?:[ \t-]+(?:(?:sur|sous|en|lès|les|le|la|du|de|des|SUR|SOUS|EN|LES|LE|LA|DU|DE|DES)[ \t-]+)?\p{Lu}[\p{L}'’-]+)*)[ \t]*$")
# A communauté or syndicate named right after its assembly, without its kind: "le conseil communautaire Baugeois Vallée",
# "le Comité syndical Loire et Goulaine" (never a date or a word of the sentence: "Conseil communautaire Le 22 avril",
# "Conseil communautaire Du 19 mars", "conseil communautaire Jeudi 18 Mai")
_NOT_A_NAME_WORD = (r"(?:Le|La|Les|L|Du|De|Des|D|En|Au|Aux|Réuni\w*|Séance|Session|Extraordinaire|Ordinaire|Compte|Procès|Lundi|Mardi|Mercredi|Jeudi"
                    r"|Vendredi|Samedi|Dimanche|" + "|".join(m.capitalize() for m in MONTHS) + r")(?![\p{L}])")
ASSEMBLY_NAMED = regex.compile(
    rf"(?i:conseil\s+communautaire|conseil\s+de\s+communaut[ée]|comit[ée]\s+syndical)[ \t]+(?!{_NOT_A_NAME_WORD})"
    rf"(?P<name>\p{{Lu}}\p{{Ll}}[\p{{L}}'’-]*(?:[ \t]+(?:(?:et|de|du|des|sur)[ \t]+)?(?!{_NOT_A_NAME_WORD})\p{{Lu}}\p{{Ll}}[\p{{L}}'’-]*){{0,3}})"
    r"(?![\p{L}])")
# A letterhead whose name the transcription lost, alone on its line: "COMMUNE D’", "Ville de" (a site stripped the place's name)
LOST_LETTERHEAD = regex.compile(r"(?m:^)[ \t#*]*(?:COMMUNE|VILLE|MAIRIE|Commune|Ville|Mairie)[ \t]+(?:DE|D['’]|de|d['’])[ \t]*(?m:$)")
_BODY_WORDS = {"MÉTROPOLE": "Métropole", "METROPOLE": "Métropole", "COMMUNE": "Commune", "VILLE": "Ville", "MAIRIE": "Mairie", "COMMUNAUTÉ": "Communauté", "COMMUNAUTE": "Communauté",
               "SYNDICAT": "Syndicat", "DE": "de", "DU": "du", "DES": "des", "D'": "d'", "COMMUNES": "communes", "MIXTE": "Mixte",
               "INTERCOMMUNAL": "intercommunal"}


# The centre communal d'action sociale named by the assembly that met, its conseil d'administration (the body said once,
# in any case): "SEANCE DU CONSEIL D'ADMINISTRATION DU CENTRE COMMUNAL D'ACTION SOCIALE", "Le Conseil d’administration du
# Centre communal d’action sociale de Pornic s'est réuni", "réunion du conseil d'administration du CCAS de Valmont" (never
# the centre named elsewhere: "la subvention versée au Centre communal d'action sociale")
BODY_CCAS = regex.compile(
    r"(?i:conseil\s+d['’ ]\s*administration\s+du\s+)(?P<body>(?i:centre\s+(?P<inter>inter)?communal\s+d['’ ]\s*action\s+sociale)|C\.?C\.?A\.?S\b\.?|CIAS\b)"
    r"(?:[ \t]+(?P<of>(?i:de\s+la|de\s+l['’]|de|du|des|d['’]))[ \t]*(?P<town>\p{Lu}[\p{L}'’-]+(?:[ \t-]+(?:(?:sur|sous|en|lès|les|le|la|du|de|des|SUR|SOUS|EN|LES|LE|LA|DU|DE|DES)[ \t-]+)?\p{Lu}[\p{L}'’-]+)*))?")


def _ccas_body(m: regex.Match) -> str:
    """"CENTRE COMMUNAL D'ACTION SOCIALE" -> "Centre Communal d'Action Sociale", "CCAS de Pornic" -> "Centre Communal
    d'Action Sociale de Pornic" (the kind in words, the town as printed)."""
    kind = ("Centre Intercommunal d'Action Sociale" if m["inter"] or m["body"].upper().startswith("CIAS")
            else "Centre Communal d'Action Sociale")
    return f"{kind} {m['of'].lower()} {m['town']}".replace("' ", "'").replace("’ ", "'") if m["town"] else kind


def _body_name(text: str) -> str:
    """"COMMUNE DE SAINT-MARTIN" -> "Commune de SAINT-MARTIN": the kind of body in words, its name as printed."""
    words = text.split()
    if not all(w.isupper() or not any(c.isalpha() for c in w) for w in words):
        return " ".join(words)
    head = []
    for i, word in enumerate(words):
        if word[:2] in ("D'", "D’") and word[2:3].isalpha() and i and words[i - 1] in ("COMMUNE", "VILLE", "MAIRIE"):
            return " ".join(head + ["d'" + word[2:]] + words[i + 1:])  # "COMMUNE D'ARCACHON"
        if word == "D" and i + 1 < len(words) and i and words[i - 1] in ("COMMUNE", "VILLE", "MAIRIE"):
            return " ".join(head + ["d'" + words[i + 1]] + words[i + 2:])  # "VILLE D ESSEY-LES-NANCY": the apostrophe lost
        if word not in _BODY_WORDS:
            return " ".join(head + words[i:])
        head.append(_BODY_WORDS[word])
    return " ".join(head)


HEADER_CHARS = 3000


@dataclass(frozen=True)
class Settings:
    """Sizes the meeting reader works with."""

    nlp_header: int = 400  # characters of the header the spaCy layer reads for an organisation, where no rule found the body
    address_reach: int = 120  # characters around a postal code where a letterhead's contact words are looked for
    convocation_words_reach: int = 40  # characters past the window a date may run on in ("... deux mil seize")
    # how far from the session a date of the other year must be to confirm a slipped year (a convocation, a title)
    year_slip_days: int = 62
    title_repeats: int = 2  # times a title's date of the next year must be printed to outweigh the "L'an ..." words' year
    heading_chars: int = 300  # characters of the header where a heading's yearless date is looked for


SETTINGS = Settings()
# The commune named after its council, when the header prints no "Commune de X":
# "le Conseil Municipal de PIERREFONDS", "Le Conseil Municipal de la commune de LANNION"
COUNCIL_OF = regex.compile(
    r"conseil\s+municipal\s+(?:de\s+(?:la\s+(?:commune|ville)\s+(?:de\s+|(?P<du>du|des)\s+)|l['’]\s*)?|d['’]\s*|(?-i:D)\s+(?=[AEIOUYÉÈÊ]))"
    rf"(?P<name>(?-i:{_CAPS_WORD}(?:[ -](?:(?:SUR|SOUS|EN|LES|LÈS|LE|LA|DU|DE|DES)[ -])?{_CAPS_WORD})*"
    r"|(?!(?:Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Séance|Céans)\b)"
    r"\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ -](?:(?:sur|sous|en|les|lès|le|la|du|de|des)[ -])?\p{Lu}\p{Ll}[\p{L}'’-]*)*))\b",
    regex.I,
)

# A date that is not the session's: "Envoyé en préfecture le 21/12/2023", "Convocation ... du 29 mai 2020"
OTHER_DATE_LINE = regex.compile(r"convoc|convoqu|préfecture|publié|publication|affich|reçu|envoy|transmis|précédent", regex.I)
# A date the header cites, read in its line before the date: "Vu la loi n° 2015-991 du 7 août 2015",
# "Vu la délibération du 12 janvier 2024", "Approbation du procès-verbal de la séance du 12 janvier 2024",
# "Adoption du compte rendu du 12 janvier", "Le procès-verbal de la séance du 12 janvier 2024 est adopté", "décret du 5 mai 2020", "arrêté préfectoral du 3 juin 2021"
CITED_DATE = regex.compile(
    r"^[ \t*#-]*vu\b|\b(?:loi|décret|ordonnance|arrêté|circulaire)\b"
    r"|\bdélibération\s+(?:n\s*°|no\b|en\s+date)|\b(?:approbation|adoption|approuve|adopte)\b"
    r"|\b(?:le|du)\s+(?:procès-verbal|compte[- ]rendu|PV)\b",
    regex.I,
)
# The session's own date, named by what precedes it: "s'est réuni le 5 mars 2024" (on a line that also gives the
# convocation's date), "se sont réunis en séance publique le 5 mars", "la séance s'est tenue le 5 mars 2024"
SESSION_BEFORE = regex.compile(r"(?:réuni[es]*|s['’]est\s+tenue?)\b[^,.;:\n]{0,30}$", regex.I)
# The session's sentence right before its date: "s'est réuni le", "se sont réunis en séance publique le lundi", "la séance
# s'est tenue le" (not "s'était réuni le 23 mars", "s'est réuni le conseil d'école")
MET_ON = regex.compile(r"(?:s['’]est|se\s+sont)\s+(?:réuni[es]*|tenue?)(?:\s+en\s+(?:séance|session)\s+\w+)?\s*,?\s+le\s+"
                       rf"(?:(?:{'|'.join(WEEKDAYS)})\s+)?$", regex.I)
# The opening, when the header gives no hour: "La séance est ouverte à 18h35", "ouvre la séance à 20 h",
# "Ouverture de la séance à 19h"
# ... the president named between the slot and its verb: "La séance présidée par Monsieur Yves REHN, Président, est ouverte à
# dix-neuf heures", "la séance, placée sous la présidence de Mme X, est ouverte à 20 h"
OPENING = regex.compile(r"séance\s*,?\s+(?:présidée\s+par|placée\s+sous\s+la\s+présidence\s+de)\s(?:[^.;\n]|(?<=\b(?:M|Mr|\p{Lu}))\.){2,100}?,?\s+est\s+ouverte|séance\s+(?:est\s+)?ouverte|ouvre\s+la\s+séance|(?:début|ouverture)\s+de\s+(?:la\s+)?séance", regex.I)
# The closing: "La séance est levée à 10h41", "Séance levée au 19h45", "lève la séance à 22 h", "Fin de séance : 21h",
# "Clôture de la séance à 21h30", "Levée de la séance à 21h15", "Fin de la réunion à 21h15", "Heure de fin : 21h15"
CLOSING = SESSION_CLOSED  # (pipeline.french.session, shared with the segmentation's end of the last section)
# The words every match of CLOSING starts with, case aside (its five alternatives: "séance"/"réunion" levée, "lève la
# séance", "fin de séance", "fin de réunion", "heure de fin"): the pattern is tried only where one stands
CLOSING_KEYS = ("séance", "seance", "réunion", "reunion", "lève", "leve", "lev", "clôt", "clot", "fin", "heure", "conseil", "comit", "bureau")
# "Ordre du jour épuisé à 20 h 35", "L'ordre du jour étant épuisé à 21h" (looked for where "épuisé" is printed)
AGENDA_DONE = regex.compile(r"ordre\s+du\s+jour\s+(?:étant\s+)?épuisé", regex.I)
# The convocation: "dûment convoqué le 8 décembre 2022", "convoqués ... en date du 24 septembre 2024",
# "Date de la convocation : 13 novembre 2023", "Convocation dématérialisée du Conseil Municipal du 29 mai 2020"
CONVOCATION = regex.compile(r"\bconvoc\w*|\bconvoqu\w*", regex.I)
# The convocation as the subject of a sentence its date opens: "Le mercredi neuf novembre deux mil seize, convocation est
# adressée individuellement à chaque conseiller", "Le 9 novembre 2016, la convocation a été envoyée aux conseillers"
CONVOCATION_SENT = regex.compile(r"convocations?\s+(?:est|a\s+été|sont|ont\s+été)\s+(?:adressée|envoyée|expédiée|remise|transmise|faite)s?\b", regex.I)
# The place: "dans la salle du conseil en mairie", "à la salle des Ursulines", "dans la\nsalle de réunion de la mairie",
# "au foyer rural", "au siège de la communauté de communes"
# (never the rest of the sentence: "salle des fêtes de la Commune de Monceaux au Perche sous la présidence de ...")
_PLACE_CHAR = r"(?:(?!\s+(?:sous\s+la\s+présidence|en\s+séance|en\s+session|légalement|dûment|régulièrement)\b)[^,.;:\n])"
PLACE_ROOM = regex.compile(
    # ("A la salle des fêtes": a capital À printed without its accent)
    # ... "à la médiathèque", "à l'Hôtel communautaire", "au théâtre municipal"
    # (never where the minutes are posted: "Affiché le ……au siège de Bernay")
    rf"(?<!affich\p{{L}}*[^\n]{{0,40}})\b(?:dans|à|(?-i:A)|en)\s+(?P<place>(?:la\s+|le\s+|l['’]\s*)?(?:salle|mairie|hôtel\s+(?:de\s+ville|communautaire|d['’]\s*agglomération)"
    rf"|maison|espace|centre|foyer|siège|médiathèque|bibliothèque)\b{_PLACE_CHAR}{{0,60}})"
    # ... "au club du 3ème âge de Valmont", "au club house"
    rf"|(?<!affich\p{{L}}*[^\n]{{0,40}})\bau\s+(?P<place>(?:foyer|siège|centre|complexe|pôle|gymnase|château|théâtre|cinéma|préau|club)\b{_PLACE_CHAR}{{0,60}})",
    regex.I,
)
# The place on its label: "Lieu : salle du conseil", "Lieu de la séance : Espace culturel Jean Moulin"
PLACE_LABEL = regex.compile(r"(?m:^)[ \t*#-]*lieu(?:\s+de\s+(?:la\s+)?(?:séance|réunion))?[ \t]*:[ \t]*(?P<place>[^\n,;:]{2,60}?)[ \t.]*(?m:$)", regex.I)
# ... the same label inside a line a transcription ran together: "… le compte de gestion 2014. Lieu : Salle des fêtes de
# Valmont COMPTE RENDU Réunion du Conseil syndical", "Heure : 18 h 30 Lieu : Mairie - Salle du Conseil Membres du conseil
# municipal :" (up to the next label, or a title in capitals after the place's small letters: PLACE_INLINE_END)
PLACE_LABEL_INLINE = regex.compile(r"(?:(?<=[\p{L}\d.;)][ \t]+)|(?m:^)[ \t*#-]*)(?-i:Lieu)[ \t]*:[ \t]*(?P<place>\p{Lu}[^\n,;:]{1,80})")
PLACE_INLINE_END = regex.compile(
    r"(?<=\p{Ll}[^\n]*)[ \t]+\p{Lu}{2,}[\p{Lu}'’-]*[ \t]+\p{Lu}{2,}.*$"  # "… de Valmont COMPTE RENDU Réunion du …"
    r"|[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+(?:\p{Ll}[\p{Ll}'’]*|d['’]\p{Ll}+))*[ \t]*$",  # "… Membres du conseil municipal" (before ":")
    regex.S)
# The place after the hour: "se sont réunis le 30 septembre 2024 à 09h30 à Le Pouzin, siège du SYNDICAT"
# The seat named after "à son siège": "s'est réuni à son siège, l'Hôtel de Ville de Saint-André-Lez-Lille"
PLACE_SEAT = regex.compile(r"\b(?:à|au)\s+(?:son|leur)\s+siège\s*,\s*(?P<place>(?:l['’]\s*|la\s+|le\s+)?\p{Lu}[^,.;:\n]{1,70})", regex.I)
# The place right after the council met: "s'est réuni à TRIZAY LES BONNEVAL, sous la présidence de ...",
# "s’est réuni en séance ordinaire,\nà l’Inscription Maritime, sous la présidence"
# "s'est réuni, à Agel, en séance ordinaire"
# ... "…, dûment convoqués le 15 septembre, réunis en séance ordinaire publique à AZAY-LE-RIDEAU, sous la Présidence"
PLACE_MET_AT = regex.compile(r"(?:(?:s['’‘`]\s*est|se\s+sont)\s+réuni[es]*|,\s*réuni(?:e|s|es))\s*,?\s+(?:en\s+(?:séance|session)(?:\s+\w+){1,2}\s*,?\s+)?(?:à|au)\s+(?P<place>(?-i:(?:l['’]\s*)?\p{Lu})[^,.;:\n\d]{1,60})", regex.I)
# A room on a header line of its own, under the date: "+ Salle polyvalente de COUTHENANS.", "Salle du Conseil municipal",
# "- Salle des fêtes" (not a numbered agenda item: "3. Salle des fêtes", nor a line with a label: "Salle des fêtes : tarifs")
PLACE_LINE = regex.compile(
    r"(?m:^)[ \t+*•-]*(?P<place>Salle\s+(?:polyvalente|des\s+f[êe]tes|du\s+[Cc]onseil|communale|municipale|de\s+(?:la\s+)?(?:r[ée]union|mairie)"
    r"|des\s+(?:associations|d[ée]lib[ée]rations|mariages))(?:[ \t]+[^\n,;:()]{1,40}?)?)[ \t.]*(?m:$)")
# A session held at a distance: "réuni en visioconférence", "par visio-conférence", "à distance"
PLACE_REMOTE = regex.compile(r"\b(?:en|par)\s+(?P<place>visio[- ]?conférence|visio\b|audio[- ]?conférence|téléconférence|vidéo[- ]?conférence)", regex.I)
# The room named after the session's date and hour, on the same line or the next: "SEANCE DU 29 FEVRIER 2016 à 20h30" /
# "SALLE DES TOURELLES", "JEUDI 19 DECEMBRE 2019 • 18H30" / "HOTEL D'AGGLOMERATION", "Du 25 juin 2015 SALLE DES COLOMBES 18 h 00",
# "Conseil communautaire Le 22 avril 2008 à 20 h 30 Maison des Services de Pays" (matched at the end of the date)
PLACE_AFTER_DATE = regex.compile(
    r"[ \t]*(?:(?:à|-|–|•|/|,)[ \t]*)?(?:\d{1,2}[ \t]*(?:h|H|heures?|:)[ \t]*(?:\d{2})?(?:[ \t]*minutes?)?[ \t]*[-–•,]?)?"
    r"(?:[ \t]*\n){0,3}[ \t]*(?P<place>(?i:salle|h[ôo]tel|espace|maison|centre|foyer|salon|auditorium)\b(?:[ \t]+[^\n,;:()\d]{1,50})?)"
    r"(?![^\n:]{0,30}:)")  # not a title with its label: "Salle des fêtes : tarifs 2024"
# The room between commas after the council met, without a preposition: "se sont réunis en séance ordinaire, salle de la
# mairie, sous la présidence", "dans le lieu habituel de ses séances, Salle du conseil municipal sous la présidence de"
# ... "s'est réuni au nombre prescrit par la loi, salle communale de X, sous la présidence", "s'est réuni Salle du Conseil, 1 Place"
PLACE_BARE = regex.compile(
    r"(?:réuni[es]*(?:\s+en\s+(?:séance|session)\s+\w+|\s+au\s+nombre\s+prescrit\s+par\s+la\s+loi)*|lieu\s+habituel\s+de\s+ses\s+séances)"
    # ... "s'est réuni salle de la Mairie sous la présidence de M. X"
    r"(?:\s*,\s*(?P<place>(?i:salle)\b[^,.;:\n]{1,60})|[ \t]+(?P<place>(?-i:Salle)\b[^,.;:\n]{1,60})"
    r"|(?<=r[ée]uni[es]*)[ \t]+(?P<place>(?-i:salle)\s+(?:de|du|des|d['’])\s[^,.;:\n]{1,60}))", regex.I)
# Where a place read in prose runs on into the rest of the sentence: "la Mairie de LE VERGER en séance publique sous la présidence"
# ... or into its postal address: "Espace Charles Aznavour - Avenue Paul Vaillant Couturier 95400 ARNOUVILLE"
PLACE_END = regex.compile(r"\s+(?:en\s+(?:séance|session)|sous\s+la\s+présidence|légalement|dûment|régulièrement|le\s+\d|à\s+\d|[-–]\s)(?!\p{L}).*$"
                          # ... "à la mairie sur convocation adressée le …", "sur la convocation qui leur a été adressée"
                          r"|\s+(?:en\s+(?:séance|session)|sous\s+la\s+présidence|légalement|dûment|régulièrement|sur\s+(?:la\s+)?convocation)\b.*$",
                          regex.I | regex.S)
# A line break inside a sentence, between words in small letters ("en la salle du\nfoyer rural de Saint Lézer")
_WRAPPED = regex.compile(r"(?<=\p{Ll})[ \t]*\n(?=[ \t]*\p{Ll})|(?<=[ \t](?:de|du|des|la|le|les))[ \t]*\n(?=[ \t]*\p{L})")
# A particle a line-end hyphen lost its hyphen after: "Poix-dePicardie" -> "Poix-de-Picardie"
_GLUED_PARTICLE = regex.compile(r"(?<=\p{L}-)(de|du|des|la|le|les|sur|sous|en|lès)(?=\p{Lu}\p{Ll})")
# The place after the hour: "s'est réuni le 5 mars à 20h30 à Valmont" (not the kind of session: "à 19h00 en séance ordinaire")
PLACE_AFTER_TIME = regex.compile(r"réuni[es]*\b[^.]{0,80}?\d{1,2}\s*h\s*\d{0,2}\s+(?:à|au|en)\s+(?!(?:séance|session)\b)(?P<place>\p{Lu}[^,.;:\n]{1,60})", regex.I)
# The preposition of a presidency, one frame: "de" (a colon and a dash may follow), "d'" elided before a given name, "du"
# before the function that names the person next ("du Maire, M. Jean DUPONT")
_PRESIDENCY_OF = (r"(?:de(?:\s*:\s*[-–•]?)?\s+|d['’]\s*(?=(?-i:\p{Lu}))"
                  r"|du\s+(?:(?-i:Maire|Président)\s*,\s*)(?=(?:M\.|Mme|Monsieur|Madame|(?-i:\p{Lu}))))")
# The president: "sous la présidence de Madame Florence DEMOUY", "présidée par M. X", "Président de séance : M. X",
# "le Président M. Jérôme BERNARD"
PRESIDENT = (
    # ... "sous la présidence de : - Christian TEYSSEDRE, Président"; the preposition elided or contracted, a civility or
    # not ("sous la présidence d'Anne-Marie BERTOUX", p10 Dixmont; "d’Yves", "du Maire, M. X" invented after it)
    regex.compile(rf"sous\s+la\s+pr[ée]sidence\s+{_PRESIDENCY_OF}", regex.I),
    regex.compile(r"pr[ée]sidée?\s+par\s+", regex.I),
    regex.compile(r"pr[ée]sidente?\s+de\s+(?:la\s+)?séance\s*:\s*", regex.I),
    # "Présidence : Mme Claire MARTIN, Maire", "PRÉSIDENCE : M. Jean DUPONT"
    regex.compile(r"(?m:^)[ \t*#-]*pr[ée]sidence\s*:\s*", regex.I),
    # "Présidence de Monsieur Jean DUPONT, Maire" at the head of its line ("Présidence d'Anne MARTIN")
    regex.compile(rf"(?m:^)[ \t*#-]*pr[ée]sidence\s+{_PRESIDENCY_OF}(?=(?:M\.|Mme|Monsieur|Madame|\p{{Lu}}))", regex.I),
    # (on its line, unless a colon: "M. le Président" / "Monsieur Olivier AUBERT", a list one name a line, is two members)
    regex.compile(r"\b(?:[Pp]résident(?:e)?|PR[ÉE]SIDENTE?)(?:\s*:\s*|[ \t]+)(?=(?:M\.|Mme|Monsieur|Madame|\p{Lu}{2}))"),
)
# The head who convened the session, named: "régulièrement convoqués par le Président, Monsieur Maurice QUINKAL",
# "convoqué par son Président, M. X", "convoqué par Madame la Maire, Anne MARTIN"
CONVENED_BY = regex.compile(r"\bconvoqu\w*\s+par\s+(?:le|la|son|sa|leur)\s+(?:Présidente?|Maire)\s*,\s*(?=(?:Monsieur|Madame|M\.|Mme)\s)"
                            r"|\bconvoqu\w*\s+par\s+(?=(?:Monsieur|Madame|M\.|Mme)\s+l[ea]\s+(?:Présidente?|Maire)\s*,)", regex.I)
# A president named by function only: "sous la présidence de Monsieur le Maire", "présidée par Mme la Présidente"
PRESIDED_BY_FUNCTION = regex.compile(
    r"(?:sous\s+la\s+pr[ée]sidence\s+de|pr[ée]sidée?\s+par|(?m:^)[ \t*#-]*pr[ée]sidence\s*:)\s*(?:Monsieur|Madame|M\.|Mme)\s+l[ea]\s+(?P<role>Maire|Présidente?)\b"
    # ... contracted, without civility: "sous la présidence du Maire", "présidée par le Président"
    r"|(?:sous\s+la\s+pr[ée]sidence\s+du|pr[ée]sidée?\s+par\s+l[ea])\s+(?P<role>Maire|Présidente?)\b(?!\s*,\s*(?:M\.|Mme|Monsieur|Madame|\p{Lu}))", regex.I)
# A function named before the person: "sous la présidence de Monsieur le Maire, Jean DUPONT", "Madame la Maire, Claire MARTIN"
ROLE_BEFORE_NAME = regex.compile(r"(?:Monsieur|Madame|M\.|Mme)\s+l[ea]\s+(?:Maire|Présidente?|Vice-[Pp]résidente?)\s*,\s*")
# The secretary: "Secrétaire de séance : M. Gilbert MOULIN", "Secrétaire : Madame Karine DUTEIL",
# "Secrétaire de séance élu : M. X", "Secrétaire élue : Mme Claire MARTIN"
# ... "SECRETAIRE DE SEANCE : Mme X", "Secrétariat de séance : Monsieur Alain GAUCHER", "Secrétaires de séance : M. X et Mme Y",
# "Désignation d'un secrétaire de séance (article L.2121-15 du CGCT). : Mme Anne-Marie DEFRANCE a été désignée"
# ... "le secrétaire de séance sera Monsieur Bruno LEDUC", "La secrétaire de séance est Mme X", "Le secrétariat de séance
# est assuré par Pascal METTEY", "A été nommé(e) secrétaire : M. GOGOT Bernard", "a été élu secrétaire de séance : M. X"
SECRETARY_LABEL = regex.compile(
    r"secr[ée]ta(?:ires?|riat)\s+de\s+(?:la\s+)?s[ée]ance\s*(?::\s*(?=\())?(?:\([^()]{0,200}\)[\s.]*)?(?:(?:est|sera|a\s+été)\s+(?=(?:assurée?\s+par\s+)?(?:M\.?|Mme|Mlle|Mr|Monsieur|Madame|\p{Lu})))?"
    r"(?:(?:élue?s?|désignée?s?|nommée?s?|assurée?\s+par)\s*)?:?\s*"
    r"|(?m:^)\s*secr[ée]ta(?:ires?|riat)(?:\s+(?:élu|désigné|nommé)(?:e|\(e\))?)?\s*:\s*"
    # ... the same label inside a line a transcription ran together, after the lists: "(pouvoir à M. DAUNOU) Secrétaire : M. X"
    # (its capital, never "la secrétaire : ..." in a sentence)
    r"|(?<=[.;:,)][ \t]*|\p{L}[ \t]+)(?-i:Secr[ée]taire|SECR[ÉE]TAIRE)[ \t]*:[ \t]*"
    r"|\b(?:a|ont)\s+été\s+(?:élu|désigné|nommé)(?:e|\(e\))?s?\s+secr[ée]taires?(?:\s+de\s+(?:la\s+)?s[ée]ance)?\s*:\s*"
    # ... the sentence inverted, the name after it: "Est nommé secrétaire, Mr MARCHAIS", "Est désignée secrétaire de séance :
    # Mme X" (its capital opens the sentence: never "qui est nommé secrétaire, ...")
    r"|(?<![\p{L}])(?-i:Est|EST)\s+(?:élu|désigné|nommé)(?:e|\(e\))?\s+secr[ée]taire(?:\s+de\s+(?:la\s+)?s[ée]ance)?\s*[:,]\s*"
    # the register's formula: "Le conseil a choisi pour secrétaire : Monsieur X", "a choisi pour secrétaire de séance Mme X"
    r"|\ba\s+choisi\s+pour\s+secr[ée]taire(?:\s+de\s+(?:la\s+)?s[ée]ance)?\s*:?\s*"
    # "Le secrétariat a été assuré par : Monsieur X", "Secrétariat assuré par Mme Y"
    r"|\bsecr[ée]tariat\s+(?:(?:a\s+été|est|sera)\s+)?assuré\s+par\s*:?\s*", regex.I)
# ... the label that opens its line, read in the opening's first characters wherever the opening ends
SECRETARY_LINE = regex.compile(r"(?m:^)[ \t*•-]*secr[ée]taires?\s+de\s+(?:la\s+)?s[ée]ance\s*(?::\s*(?=\())?(?:\([^()]{0,60}\)\s*)?:\s*", regex.I)
# The secretary named further in the sentence: "Il procède à la nomination d'un secrétaire de séance, le conseiller
# municipal le plus jeune, à savoir Anne LE GUEN", "… secrétaire de séance en la personne de M. X"
# ... "Le Maire propose le secrétariat de séance à Anne LE GUEN qui l'accepte", "confie le secrétariat de séance à M. X"
SECRETARY_LATER = regex.compile(
    r"secr[ée]taire\s+de\s+s[ée]ance\b[^.;:]{0,120}?\b(?:à\s+savoir|en\s+la\s+personne\s+de|soit)\s+"
    r"|\b(?:propose|confie)\s+le\s+secr[ée]tariat\s+de\s+(?:la\s+)?s[ée]ance\s+à\s+", regex.I)
# A sentence naming the secretary, for the spaCy layer where no rule reads the name: "Sophie Durand a été désignée
# secrétaire de séance", "Est désignée secrétaire de séance : Sophie Durand"
SECRETARY_SENTENCE = regex.compile(r"\bsecr[ée]taire\b", regex.I)
_DESIGNATED = regex.compile(r"\b(?:désign|élu|élit|nomm|candidat)", regex.I)
# Two secretaries: "Secrétaires de séance : M. Paul DURAND et Mme Anne MARTIN"
_SECOND_NAME = regex.compile(r"\s*(?:et|,)\s+(?=(?:M\.|Mme|Monsieur|Madame|\p{Lu}))")
# The secretary in prose, name first: "Mme Trefina KERRAIN, ayant obtenu la majorité des suffrages, a été désignée
# pour remplir ces fonctions" (the subject taken up again: "Monsieur X ayant obtenu la majorité des suffrages, il a été
# désigné pour remplir ces fonctions", Mont-Valérien), "candidature de Mme MICHOT Patricia\nen qualité de secrétaire"
SECRETARY_PROSE = regex.compile(
    r"(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle|Mr|\bM(?=\s+\p{Lu}))\s+(?P<name>\p{Lu}(?:[^,.\n()]|(?<=(?<!\p{L})\p{Lu})\.|(?<=\p{Lu}-[ \t]*)\n){1,50}?)\s*,?\s+"
    r"(?:(?:ayant\s+obtenu[^,.]{0,60}?,?\s*(?:(?:il|elle)\s+)?)?(?:a\s+été|est|sera)\s+(?:élue?|dési(?:-\s*)?gnée?|nommée?)\b[^.]{0,60}?(?:(?i:secr[ée]taire)|remplir\s+ces\s+fonctions)"
    r"|(?:est\s+)?(?:désignée?\s+)?(?:en\s+qualité\s+de|comme)\s+(?i:secr[ée]taire)"
    # "décide à l'unanimité que Madame Anne MARTIN sera Secrétaire de séance" (the function itself, of the session only)
    r"|(?:est|sera)\s+(?i:secr[ée]taire\s+de\s+(?:la\s+)?s[ée]ance)\b"
    # ... in the opening sentence's participle: "sous la présidence de M. X, Madame Anne MARTIN étant secrétaire de séance"
    r"|étant\s+(?i:secr[ée]taire)\b)",
)
# The secretary named by the council's verb: "Le Conseil municipal a désigné Mme Claire MARTIN secrétaire de séance",
# "le conseil élit M. Paul DURAND en qualité de secrétaire"
# ... without a civility: "Le conseil désigne Anne MARTIN secrétaire de séance" (the name read must hold a SURNAME in capitals)
# ... the register's verb in capitals, opening its line: "- DESIGNE M. KOPP Paul, secrétaire de séance", "DÉSIGNE Mme X comme secrétaire"
# ... the vote between the verb and the name: "Le Conseil Municipal désigne, à l'unanimité, Mme Anne MARTIN secrétaire de séance"
SECRETARY_NAMED = regex.compile(r"\b(?:a\s+)?(?:d[ée]sign|élu|élit|nomm|D[ÉE]SIGN|NOMM|ÉLI?[TU])\w*"
                                r"(?:\s*,?\s*(?:à\s+l['’]unanimité|à\s+la\s+majorité(?:\s+absolue)?|par\s+\d{1,3}\s+voix\s+pour)(?:\s+des\s+(?:membres\s+)?présents)?\s*,)?"
                                r"\s+(?=(?:Monsieur|Madame|M\.|Mme|Mr)\s|\p{Lu})")
# The secretary proposed, with or without civility: "propose la candidature de Patricia MICHOT en qualité de secrétaire pour
# la présente séance", "la candidature de Mr VINCON en qualité de secrétaire", "candidature de MICHOT Patricia comme
# secrétaire de séance" (a scan's margin may print a number between the words: "en qualité de\n197 | secrétaire")
SECRETARY_CANDIDATE = regex.compile(r"\bcandidature\s+de\s+", regex.I)
_SECRETARY_ROLE = regex.compile(
    r"(?:[ \t]*,[ \t]*(?:conseill|adjoint|délégué|benjamin|doyen)[^,.;:\n()]{0,40},)?"  # "..., conseiller, en qualité de secrétaire"
    r"[ \t,]*(?:comme|en\s+qualité\s+de|pour\s+remplir\s+les\s+fonctions\s+de|au\s+poste\s+de)[\s\d|]{0,12}secr[ée]taire", regex.I)
# ... "décide de désigner M. X, déléguée d'AZAY, qui remplira les fonctions de secrétaire" (the CGCT's formula, L.2121-15)
_SECRETARY_AFTER = regex.compile(r"[ \t,]*(?:comme|en\s+qualité\s+de|pour\s+remplir\s+les\s+fonctions\s+de)?[ \t]*secr[ée]taire"
                                 r"|(?:\s*,[^,.;:\n]{0,60},)?\s*(?:qui\s+remplira|pour\s+remplir)\s+(?:les\s+)?fonctions\s+de\s+secr[ée]taire", regex.I)
# The secretary beside the president in the opening sentence: "sous la Présidence de Mme X, Présidente, et en présence de
# Mme Y, Secrétaire", "sous la présidence de M. X, assisté de Mme Y, secrétaire de séance" (the session's secretary, or the
# Secrétaire of a syndicate's bureau with its capital; never "en présence de Mme Y, secrétaire de mairie", staff)
SECRETARY_ASSISTED = regex.compile(r"\b(?:assistée?s?\s+(?:de|par)|en\s+présence\s+de)\s+(?=(?:Monsieur|Madame|M\.|Mme|Mr)\s)", regex.I)
_SECRETARY_FUNCTION = regex.compile(r"\s*,\s*(?:(?i:secr[ée]taire\s+de\s+(?:la\s+)?s[ée]ance)"
                                    r"|(?:Secr[ée]taire|SECR[ÉE]TAIRE)(?![ \t]+(?i:de\s+mairie|g[ée]n[ée]ral|administrati|comptable|d['’]|du\s)))\b")
# The labels of a margin box, whose numbers OCR may put on lines of their own:
# "en exercice :" ... "11"; "qui ont pris part à la" / "délibération :" ... "10"; "dont procurations"
BOX_LABELS = {
    "members_in_office": regex.compile(r"en\s+exercice\s*:?\s*$", regex.I),
    "votes_cast": regex.compile(r"^\s*(?:délibération|au\s+vote)\s*:?\s*$", regex.I),
    "members_represented": regex.compile(r"dont\s+(?:procurations|pouvoirs)\s*:?\s*$", regex.I),
}
# A word each label's line holds, case aside (a substring search of the folded line, before the label's pattern, which
# is tried at every position of every line of the document: "en exercice" at a line's end)
_BOX_LABEL_WORDS = {"members_in_office": "exerc", "members_represented": "dont"}
# A number alone on its line, level with a margin-box label: " 11 "
_BARE_COUNT = regex.compile(r"\s*\d{1,3}\s*")
# A vote summary stated once for the session, under the counts: "Pour : 17", "Contre : 0", "Abstention : 0"
SUMMARY = {
    "votes_for": regex.compile(r"\bpour\s*:\s*(?P<n>\d+)", regex.I),
    "votes_against": regex.compile(r"\bcontre\s*:\s*(?P<n>\d+)", regex.I),
    "abstentions": regex.compile(r"\babstentions?\s*:\s*(?P<n>\d+)", regex.I),
}
# The next meeting: "Le prochain Conseil Syndical est prévu le mardi 10 décembre", "Prochain conseil le 15 décembre 2023",
# "la prochaine séance du conseil municipal aura lieu le lundi 6 juillet"
# (not "la prochaine réunion de la commission", "du groupe de travail", "du comité de pilotage")
NEXT_MEETING = regex.compile(
    r"(?:prochaine?s?\s+(?:séance|réunion|conseil|comité|assemblée|bureau)s?\b"
    r"(?!\s+(?:de\s+la\s+|du\s+|des\s+|d['’]\s*)?(?:commissions?|groupes?|comité\s+de\s+pilotage|copil|atelier)\b)"
    # a session not held for lack of quorum, convened again (CGCT L.2121-17): "Le Conseil municipal a été de nouveau
    # convoqué, pour une réunion sans quorum, le mercredi 16 mai 2007 à 20h30" (a later date only, see _next_meeting)
    r"|(?:a\s+été|est|sera)\s+(?:de\s+nouveau|à\s+nouveau)\s+convoquée?s?\b)[^.]{0,150}",
    regex.I,
)
# A day and month alone: "des 8 juin et 6 juillet"
DAY_MONTH = regex.compile(rf"\b(?P<day>\d{{1,2}})(?:er)?\s+(?:{'|'.join(MONTHS)})\b(?!\s+\d{{4}})", regex.I)
# A weekday's date without "le": "Prochain conseil municipal : vendredi 15 décembre à 19h"
WEEKDAY_DATE = regex.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\s+(?P<day>\d{{1,2}})(?:er)?\s+(?:{'|'.join(MONTHS)})\b", regex.I)
# Reconvened for lack of quorum: "réuni à nouveau faute de quorum", "deuxième convocation", "sans condition de quorum"
RECONVENED = regex.compile(
    r"faute\s+de\s+quorum|quorum\s+n['’]\s*(?:ayant|a)\s+pas\s+été\s+atteint|(?:réunie?s?|convoquée?s?)\s+(?:à|de)\s+nouveau"
    r"|(?:deuxième|seconde|nouvelle)\s+convocation|sans\s+(?:condition\s+de\s+)?quorum",
    regex.I,
)


def _title_case(kind: str, qual: str) -> str:
    qual = " ".join(qual.split()).lower()
    qual = f"de {qual[3:].capitalize()}" if qual.startswith("de ") else qual.capitalize()
    return f"{kind.capitalize()} {qual}".replace("Comite ", "Comité ")


def _masked(doc: Document) -> str:
    """The document's text with running headers blanked out, offsets unchanged."""
    parts, position = [], 0
    for line in doc.lines:  # in text order, one after the other
        if line.boilerplate:
            parts += [doc.text[position:line.start], " " * (line.end - line.start)]
            position = line.end
    parts.append(doc.text[position:])
    # ... and an elision's odd mark read as the apostrophe every pattern knows ("s‘est réuni à l`Espace culturel")
    return straighten_elisions("".join(parts))


def _header(text: str, seg: Segmentation) -> str:
    """The header: the masked text before the agenda (or the session's opening's end), 3,000 characters at most."""
    end = min(seg.agenda_span[0] if seg.agenda_span else seg.opening_end, HEADER_CHARS) or HEADER_CHARS
    return text[:end] if end > 200 else text[:HEADER_CHARS]


def _line_at(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start: end if end >= 0 else len(text)]


def _under_other_label(text: str, start: int, end: int) -> bool:
    """True for a date alone on its line under a label of another date, a box's label and value on lines of their own:
    "Date de la convocation" / "27/11/2009" (the session's date printed further down)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if text[line_start:start].strip() or text[end:line_end if line_end >= 0 else len(text)].strip(" \t."):
        return False
    label = _line_at(text, line_start - 1) if line_start else ""
    return bool(OTHER_DATE_LINE.search(label)) and not regex.search(r"\d", label)


def _cited(text: str, offset: int) -> bool:
    """True when the date at `offset` is cited by its line (a law, an earlier deliberation, a PV approved)."""
    start = max(text.rfind("\n", 0, offset) + 1, offset - 80, text.rfind(". ", 0, offset) + 1, text.rfind(";", 0, offset) + 1)
    return CITED_DATE.search(text[start:offset]) is not None


# A day and month without a year opening the session's sentence: "Le 11 juillet suivant la convocation ...",
# "L'an deux mille dix-sept, le 11 juillet à 20 h" is read by find_dates; this is for when no year is printed there
YEARLESS_SESSION = regex.compile(
    rf"(?:(?m:^)|[.;]\s+)[ \t]*[Ll]e\s+(?P<date>(?:(?:{'|'.join(WEEKDAYS)})\s+)?\d{{1,2}}(?:er)?\s+(?:{'|'.join(MONTHS)}))\b(?!\s+\d{{4}})", regex.I)


# The minutes' heading printing the session's day and month without a year: "COMPTE RENDU CONSEIL MUNICIPAL VENDREDI 24
# JUILLET 17 h 00", "Séance du mardi 4 février", "PROCÈS-VERBAL DE LA RÉUNION DU 12 MARS" (its line opened by the minutes'
# words; never a line holding a year, nor "Vu la délibération du 4 avril")
YEARLESS_HEADING = regex.compile(
    rf"(?m:^)[ \t#*]*(?:compte[\s-]+rendu|proc[èe]s[\s-]+verbal|s[ée]ance|r[ée]union|conseil\s+(?:municipal|communautaire|syndical)|comit[ée]\s+syndical)\b"
    rf"(?![^\n]*\b(?:19|20)\d\d\b)[^\n]{{0,80}}?\b(?P<date>(?:(?:{'|'.join(WEEKDAYS)})\s+)?\d{{1,2}}(?:er)?\s+(?:{'|'.join(MONTHS)}))\b", regex.I)


def _yearless_heading(header: str, dates: list):
    """The heading's yearless date, its year taken from the header's full dates only where that is unambiguous: the one
    year they all print, or, with a weekday printed, the one year among theirs where the day falls on it."""
    m = YEARLESS_HEADING.search(header, 0, SETTINGS.heading_chars)
    if m is None or not dates:
        return None
    years = sorted({d[0].year for d in dates})
    day = printed_weekday(m["date"])
    fits = []
    for year in years:
        found = parse_date("le " + m["date"], year)
        if found and (day is None or found.weekday() == day):
            fits.append(found)
    if len(fits) != 1 or (day is None and len(years) != 1):
        return None  # (two years possible, or the weekday fitting none: nothing rather than a guess)
    return fits[0], m.start("date"), m.end("date")


def _meeting_date(header: str):
    """(date, start, end) of the session: the "L'an deux mille..." date, else the first date not
    on a line about the convocation or the prefecture."""
    every = find_dates(header)
    dates = [d for d in every if not _cited(header, d[1])]
    for found in dates:
        if header[found[1]:found[1] + 6].lower().startswith(("l'an", "l’an")):
            return _year_slip(header, found, every)
    for found in dates:
        # the date the session's sentence gives: "Les membres du comité syndical se sont réunis le lundi 30 mars 2009", over a
        # page title's date above it (not "s'était réuni le 23 mars", an earlier session)
        before = header[max(0, found[1] - 45):found[1]]
        if MET_ON.search(before) and not OTHER_DATE_LINE.search(before):
            # where the title printed the same date first, the title's words are its source
            return next((d for d in dates if d[0] == found[0] and not OTHER_DATE_LINE.search(_line_at(header, d[1]))), found)
    heading = _yearless_heading(header, dates)
    for found in dates:
        if not OTHER_DATE_LINE.search(_line_at(header, found[1])) and not _under_other_label(header, found[1], found[2]):
            # a heading above it printing the session's day without its year: the heading's date, in the year the
            # document's dates give ("VENDREDI 24 JUILLET" over a letter "en date du 1 juillet 2015")
            return heading if heading and heading[1] < found[1] else found
    if heading:  # every full date on a line about the convocation or the prefecture: the heading's
        return heading
    for found in dates:  # every date on a line about the convocation: the one the council met on
        if SESSION_BEFORE.search(header, max(0, found[1] - 45), found[1]):
            return found
    if dates:
        # the session's day printed without its year beside the convocation's full date: "Le 11 juillet suivant la
        # convocation adressée le 04 juillet 2017, les conseillers ... se sont réunis"
        for m in YEARLESS_SESSION.finditer(header):
            d = parse_date("le " + m["date"], dates[0][0].year)
            if d and d >= dates[0][0] and not OTHER_DATE_LINE.search(header[max(0, m.start() - 40):m.start()]):
                return d, m.start("date"), m.end("date")
    return dates[0] if dates else None


def _year_slip(header: str, found: tuple, dates: list) -> tuple:
    """The "L'an ..." date with the year the register's form kept from the year before: "L'an deux mille quatorze, le
    mercredi 14 janvier" under a title and a convocation of January 2015 (14 January 2014 was a Tuesday). Taken only where
    the printed weekday falls in the next (or previous) year and another date of the header, that year's, lies near it,
    and nothing else in the header prints the date as read."""
    day = printed_weekday(header[found[1]:found[2]])
    if any(d[0] == found[0] and d[1] != found[1] for d in dates):
        return found  # (the title printing the same date backs the year)
    if day is None:
        # no weekday to decide: the minutes' own title printing the same day and month in the next (or previous) year
        # at least twice (a page's title and the heading, a running header), the "L'an ..." words once: "Procès-verbal du
        # Conseil Municipal du 5 mars 2020" over each page, "L'an deux mil dix-neuf, Le 5 mars" (the form's year left)
        titles = {d[0] for d in dates if d[1] != found[1] and (d[0].month, d[0].day) == (found[0].month, found[0].day)
                  and abs(d[0].year - found[0].year) == 1 and not _cited(header, d[1]) and not OTHER_DATE_LINE.search(_line_at(header, d[1]))}
        count = sum(1 for d in dates if d[0] in titles and d[1] != found[1])
        return (next(iter(titles)), found[1], found[2]) if len(titles) == 1 and count >= SETTINGS.title_repeats else found
    if day == found[0].weekday():
        return found
    for shift in (1, -1):
        try:
            other = found[0].replace(year=found[0].year + shift)
        except ValueError:
            continue
        if other.weekday() == day and any(d[1] != found[1] and abs((d[0] - other).days) <= SETTINGS.year_slip_days for d in dates):
            return other, found[1], found[2]
    return found


def _start_time(header: str, date_span: tuple[int, int] | None):
    # never the closing hour: "Plus rien n'étant à l'ordre du jour, la séance est levée à 22h15", "Fin de la séance : 22 h 15"
    times = [t for t in find_times(header) if not _closing_before(header, t[1])]
    if date_span:
        near = [t for t in times if date_span[0] <= t[1] <= date_span[1] + 250]
        if near:
            return near[0]
    for t in times:
        # not an hour of the convocation or the prefecture's stamp: "Envoyé en préfecture le 21/12/2023 à 10h"
        # (but "L'an 2018 et le 12 Avril à 18 heures 30, le Conseil Municipal ... régulièrement convoqué" is the session's)
        before = header[max(header.rfind("\n", 0, t[1]) + 1, t[1] - 60):t[1]]
        if regex.search(r"séance|réuni|heure|ouvert|\bà\s", header[max(0, t[1] - 80):t[1]], regex.I) and not OTHER_DATE_LINE.search(before):
            return t
    return None


def _closing_before(text: str, offset: int) -> bool:
    """True for an hour the closing statement gives, in its sentence before the hour."""
    start = max(text.rfind("\n", 0, offset) + 1, text.rfind(". ", 0, offset) + 1, offset - 60)
    before = text[start:offset]
    return bool(CLOSING.search(before) or AGENDA_DONE.search(before))


# A name whole on its line: a SURNAME in capitals and a given name, either order ("EFFANTIN Jean", "Jean-Luc MARTIN")
_WHOLE_NAME = regex.compile(r"(?:(?:M\.|Mme|Monsieur|Madame|Mr)\s+)?(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}(?:[- ]\p{Lu}{2,})?"
                            r"|\p{Lu}{2,}(?:[- ]\p{Lu}{2,})?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)")


_LABEL_LINE = regex.compile(r"[ \t*•-]*")
_MORE_ON_LINE = regex.compile(r"[ \t]*[^\s.,;]")


def _person_after(text: str, pattern: regex.Pattern, several: bool = False) -> tuple[str, int, int] | None:
    """The person named right after a match of `pattern` (past "Monsieur le Maire,"), with where it runs.

    A name whose hyphens the text layer spaced out is mended ("Mme BROCA - LANNAUD Marie - Thérèse"); with
    `several`, a second name joined by "et" is kept too ("M. Paul DURAND et Mme Anne MARTIN")."""
    for m in pattern.finditer(text):
        at = m.end()
        role = ROLE_BEFORE_NAME.match(text, at)
        if role:
            at = role.end()
        window = text[at:at + 120]
        mended = mend_hyphens(window)
        found = read_labelled_name(mended)
        line = mended.split("\n", 1)[0]
        if (found and found[2] > len(line) and _LABEL_LINE.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())
                and _MORE_ON_LINE.match(mended, found[2]) and (alone := read_labelled_name(line)) and _WHOLE_NAME.fullmatch(alone[1])):
            # a label opening its line, read on into the next one ("Secrétaire de séance : EFFANTIN Jean" / "ONF (Coupe de
            # bois) : ..."): the line's own name, where it is whole (a SURNAME and a given name) and the next line goes on
            # past the words taken from it (never a name the line break cut: "Madame Marie-Claude COSTA" / "RIBEIRO GOMES.")
            found = alone
        if found:
            end = at + found[2] + (len(window) - len(mended) if mended != window else 0)
            name = found[1]
            second = _SECOND_NAME.match(mended, found[2]) if several else None
            if second and (other := read_name(mended[second.end():])):
                name, end = f"{name} et {other[1]}", at + second.end() + other[2]
            return name, m.start(), end
    return None


# What may follow "X, Président" that makes it another presidency: "Président de la commission des finances",
# "Président de l'association", "Maire adjoint", "Maire délégué", "Maire honoraire"
_OTHER_FUNCTION = r"(?!\s*(?:-?\s*adjointe?|délégué|honoraire|d['’]honneur|de\s+(?:la\s+)?(?:commission|l['’]association|association|séance\s+pour)))"


# Between a name and its function: "Jean DUPONT, Maire", "Jean DUPONT (Maire)", "Jean DUPONT – Maire"
_ROLE_SEP = r"(?:\s*,\s*|\s*\(\s*|\s+[–-]\s+|\s*–\s*)"


def _named_function(text: str, role: str) -> tuple[str, int, int] | None:
    """The person a document names with a function ("Maire", "Président"): "M. Jean DUPONT, Maire",
    "Présents : Jean-Paul FRANC, Maire ; ..." (first in the list of those present), "Le Maire, Jean DUPONT" (a
    signature), the only one so named; with where it was first named."""
    names: dict[str, tuple[int, int]] = {}
    for m in regex.finditer(rf"(?:Monsieur|Madame|M\.|Mme|Mr\.?)\s+(?P<name>[^,\n()]{{3,50}}?){_ROLE_SEP}(?i:{role})\b{_OTHER_FUNCTION}", text):
        found = read_name(m["name"])
        if found and found[2] >= len(m["name"].rstrip()) - 1:
            names.setdefault(found[1], (m.start(), m.end()))
    # without civility, at the head of a list or a line: "Présents Jean-Paul FRANC, Maire ;", "PRESENTS : Jean-Louis CURRET, Président ;"
    for m in regex.finditer(rf"(?:(?m:^)|[:;]|(?i:présents?)\b)[ \t]*(?P<name>\p{{Lu}}[^,\n();:]{{2,50}}?){_ROLE_SEP}(?i:{role})\b{_OTHER_FUNCTION}", text):
        found = read_name(m["name"])
        if found and found[2] >= len(m["name"].rstrip()) - 1 and not found[1].lower().startswith(("monsieur", "madame")):
            names.setdefault(found[1], (m.start("name"), m.end()))
    for m in regex.finditer(rf"(?m:^)[ \t]*(?i:l[ea]\s+{role})\s*,?\s*\n?[ \t]*(?P<name>(?:Monsieur|Madame|M\.|Mme)?\s*\p{{Lu}}[^\n]{{2,50}})", text):
        found = read_name(m["name"])
        if found:
            names.setdefault(found[1], (m.start(), m.end()))
    distinct = {fold(n).upper(): n for n in names}  # "FRANC" printed twice is one person
    if not names or (len(distinct) != 1 and not all(same_person(n, other) for n in names for other in names)):
        return None  # (one person in two spellings, "Mme Isabelle FRANCOIS, Présidente" and "FRANCOIS Isabelle, Présidente",
        # is one; two people named so are none)
    name = next(iter(names))
    return name, *names[name]


# The seats of the council, where no number in office is printed: "Nombre de membres afférents au Conseil municipal : 15"
# (the members in office are the seats unless one is vacant, which the minutes would then say)
SEATS = regex.compile(r"afférents\s+au\s+conseil(?:\s+(?:municipal|communautaire|syndical))?[ \t]*:?[ \t]*(?P<n>\d{1,3})\b", regex.I)


def _count(text: str, field: str, start: int = 0) -> tuple[int, int, int] | None:
    """The first declared count for `field` in text[start:], as (value, start, end)."""
    best = declared_count(text, field, start)
    if best is None and field == "members_in_office" and (m := SEATS.search(text, start)):
        best = (int(m["n"]), m.start(), m.end())
    return best


def _box_counts(doc: Document, end: int) -> dict[str, tuple[int, int, int]]:
    """Counts of a margin box whose numbers stand on lines of their own, level with their labels."""
    out: dict[str, tuple[int, int, int]] = {}
    lines = [ln for ln in doc.lines if ln.start < end and ln.top is not None and not ln.boilerplate]
    for line in lines:
        folded = line.text.casefold()
        for field, label in BOX_LABELS.items():
            if field in out or _BOX_LABEL_WORDS.get(field, "") not in folded or not label.search(line.text):
                continue
            for other in lines:
                if (other.page == line.page and other.x0 > line.x0 + 20 and abs(other.top - line.top) < 5
                        and _BARE_COUNT.fullmatch(other.text)):
                    out[field] = (int(other.text), min(line.start, other.start), max(line.end, other.end))
                    break
    return out


# A date with a year of two digits: "Date de la convocation : 22/03/19" (read only where the year is the session's or the one
# before: never a number "12/05/87")
SHORT_YEAR_DATE = regex.compile(r"(?<![\d/.])(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>\d{2})(?![\d/.]|[.]\d)")


def _dates_in(text: str, year: int | None) -> list:
    """find_dates, plus a day and month without "le": "vendredi 15 décembre", "les prochaines séances des 8 juin et 6 juillet";
    a year of two digits where it is the session's or the one before ("22/03/19")."""
    found = find_dates(text, year)
    if year:
        for m in SHORT_YEAR_DATE.finditer(text):
            full = 2000 + int(m["y"]) if year >= 2000 else 1900 + int(m["y"])
            if full not in (year, year - 1) or any(start <= m.start() < stop for _, start, stop in found):
                continue
            try:
                found.append((datetime.date(full, int(m["m"]), int(m["d"])), m.start(), m.end()))
            except ValueError:
                continue
        for m in [*WEEKDAY_DATE.finditer(text), *DAY_MONTH.finditer(text)]:
            d = parse_date("le " + m.group(), year)
            if d and not any(start <= m.start("day") < stop for _, start, stop in found):
                found.append((d, m.start(), m.end()))
    return sorted(found, key=lambda f: f[1])


# A word every match of NEXT_MEETING holds, case aside ("prochaine séance", "a été de nouveau convoqué", "est à nouveau
# convoqué"), and what may stand between a match's start and it: letters and spaces ("a été de ")
NEXT_MEETING_KEYS = ("prochain", "nouveau")
NEXT_MEETING_LEAD = regex.compile(r"(?r)[\s\p{L}]*")


def _next_meeting(text: str, meeting_date):
    found = None
    for m in keyed_finditer(NEXT_MEETING, text, NEXT_MEETING_KEYS, NEXT_MEETING_LEAD):
        for d, start, stop in _dates_in(m.group(), meeting_date.year if meeting_date else None):
            if meeting_date and d <= meeting_date and not regex.search(r"\d{4}", m.group()[start:stop]):
                try:
                    d = d.replace(year=d.year + 1)
                except ValueError:
                    continue
            if meeting_date is None or d > meeting_date:
                found = (d, m.start() + start, m.start() + stop)
                break
    return found


_PARTICLE = {"de", "du", "des", "d'", "d’"}


def _person_only(name: str) -> str | None:
    """A person's name read up to where the next thing begins: "Stéphanie Vieux. Mme le maire" -> "Stéphanie Vieux" (a
    civility opens the next sentence), "C. KLEIN COMMUNAUTE DE COMMUNES" -> "C. KLEIN" (the letterhead under the label)."""
    words = name.split()
    for i, word in enumerate(words[1:], 1):
        folded = fold(word).lower().rstrip(".")
        nxt = fold(words[i + 1]).lower() if i + 1 < len(words) else ""
        if words[i - 1] == "et":
            continue  # two people named together: "Paul DURAND et Mme Anne MARTIN"
        if (len(folded) > 1 and folded in CIVILITIES) or (is_organisation_word(word) and (nxt in _PARTICLE or nxt.startswith(("d'", "d’")))):
            words = words[:i]
            break
    kept = " ".join(words)
    kept = regex.sub(r"(?<=\p{L}{2})[.,;:]+$", "", kept)  # "Vieux." (not an initial: "KLEIN C.")
    return kept or None


class _Facts:
    """The facts found so far and their provenance; the first value found for a field wins."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.values: dict = {}
        self.provenance: dict[str, Provenance] = {}

    def keep(self, field: str, value, start: int, stop: int) -> None:
        if field in ("president", "secretary") and isinstance(value, str):
            value = _person_only(value)
        if value is not None and field not in self.values:
            self.values[field] = value
            self.provenance[field] = self.doc.provenance(start, stop)


def _read_header(facts: _Facts, header: str) -> None:
    """Assembly, body, date, start hour and place, from the header."""
    m = ASSEMBLY.search(header)
    if m:
        facts.keep("assembly", _title_case(m["kind"], m["qual"]), m.start(), m.end())
    m = ASSEMBLY_OF_BODY.search(header)
    if m:  # "Conseil de la Communauté de Communes du Pays Fertois"
        qual = "syndical" if fold(m["body"]).lower().startswith("syndicat") else "communautaire"
        facts.keep("assembly", _title_case(m["kind"], qual), m.start(), m.end())
    m = ASSEMBLY_MEMBERS.search(header)
    if m:
        facts.keep("assembly", _MEMBERS_ASSEMBLY[m["qual"].lower()], m.start(), m.end())
    m = ASSEMBLY_BUREAU.search(header)
    if m:
        facts.keep("assembly", "Bureau", m.start("kind"), m.end("kind"))
    _read_body(facts, header)
    found = _meeting_date(header)
    if found:
        facts.keep("date", found[0], found[1], found[2])
    t = _start_time(header, found[1:] if found else None)
    if t:
        facts.keep("start_time", t[0], t[1], t[2])
    flat = _WRAPPED.sub(lambda m: " " * len(m.group()), header)  # same offsets
    place = (PLACE_LABEL.search(header) or _place_label_inline(header) or PLACE_AFTER_TIME.search(flat) or PLACE_SEAT.search(flat) or PLACE_ROOM.search(flat)
             or PLACE_MET_AT.search(flat) or PLACE_BARE.search(flat) or _place_after_date(header, found[0] if found else None)
             or PLACE_REMOTE.search(header) or PLACE_LINE.search(header))
    if place:
        raw = place["place"]
        cut = PLACE_END.search(raw)
        raw = raw[:cut.start()] if cut else raw.rstrip()
        name = regex.sub(r"^(?:(?:[Ll]a|[Ll]e)\s*(?=\p{Ll})|[Ll]['’]\s*|(?:la|le)\s+(?=(?i:mairie|salle|maison|espace|foyer|centre|h[ôo]tel)\b)"
                         r"|(?:LA|LE)\s+(?=(?:MAIRIE|SALLE|MAISON|ESPACE|FOYER|CENTRE|H[ÔO]TEL)\b))", "",
                         " ".join(raw.split()).strip(" -–"))
        name = regex.sub(r"(?<=\p{L})- (?=\p{Lu})", "-", name)  # "Saint- André-Lez-Lille"
        name = _GLUED_PARTICLE.sub(r"\1-", name)
        if name:
            facts.keep("place", name, place.start("place"), place.start("place") + len(raw))


class _Place:
    """A place read by a rule that trims what it matched: the place's words and where they start."""

    def __init__(self, place: str, start: int) -> None:
        self.text, self.at = place, start

    def __getitem__(self, key: str) -> str:
        return self.text

    def start(self, key: str) -> int:
        return self.at


def _place_label_inline(header: str) -> _Place | None:
    """"Lieu : X" inside a run-on line: the place up to the next label or a title in capitals."""
    m = PLACE_LABEL_INLINE.search(header)
    if not m:
        return None
    place = m["place"]
    if m.end() < len(header) and header[m.end()] == ":":  # the next label's words, read up to its colon
        cut = PLACE_INLINE_END.search(place)
        if not cut:
            return None
        place = place[:cut.start()]
    else:
        cut = PLACE_INLINE_END.search(place)
        place = place[:cut.start()] if cut and cut.start() > 0 and not place[cut.start():].strip()[:1].islower() else place
    return _Place(place, m.start("place")) if len(place.strip()) > 2 else None


def _place_after_date(header: str, meeting_date) -> regex.Match | None:
    """The room printed right after the session's date (and hour), where the header prints one."""
    if meeting_date is None:
        return None
    for d, _, stop in find_dates(header):
        if d == meeting_date:
            m = PLACE_AFTER_DATE.match(header, stop)
            if m:
                return m
    return None


_CUT_SHORT = regex.compile(r"\s(?:le|la|les|de|du|des|d['’]|l['’])$", regex.I)


def _read_body(facts: _Facts, header: str) -> None:
    """The body, from its letterhead or title first (the earliest wins), else the council or mayor it names.

    A body of another kind than the assembly's is another organisation the header speaks of, not the one that met
    ("1/ Demande d'adhésion au Syndicat Intercommunal d'Eau" in a municipal council's extract, "à la Mairie de X" where
    a conseil communautaire met): where the assembly is known, only a body of its kind is taken."""
    found = sorted((m for pattern in (BODY, BODY_CAPS, BODY_LINE, BODY_ACRONYM, BODY_NAMED_FIRST) for m in pattern.finditer(header)),
                   key=lambda m: m.start())
    spaced = _letter_spaced_body(header)
    candidates = ([spaced] if spaced else []) + [(_plain_body(_body_name(m["body"])), m.start("body"), m.end("body")) for m in found]
    # not a name a title cut short: "Compte rendu 24 septembre - Communauté de communes Le"
    candidates = sorted((c for c in candidates if not _CUT_SHORT.search(c[0])), key=lambda c: c[1])
    wanted = body_kind(None, facts.values.get("assembly"))
    if wanted:
        candidates = [c for c in candidates if body_kind(c[0], None) in (wanted, None)]
    ccas = BODY_CCAS.search(header)
    if ccas and (not candidates or candidates[0][1] > ccas.start()):
        candidates.insert(0, (_ccas_body(ccas), ccas.start("body"), ccas.end()))
    if candidates:
        # a page title cut the name short that the letterhead prints whole: "Voir la publication - Communauté de Communes Vic"
        # then "Communauté de Communes Vic-Montaner"
        first = fold(candidates[0][0]).lower()
        whole = [c for c in candidates[1:] if fold(c[0]).lower().startswith(first) and len(c[0]) > len(candidates[0][0])]
        facts.keep("body", *_named_in_full(header, *(whole[0] if whole else candidates[0])))
    c = COUNCIL_OF.search(header) or MAYOR_OF.search(header)
    if c and wanted in ("commune", None):
        of = f"{c.groupdict().get('du').lower()} " if c.groupdict().get("du") else "d'" if fold(c["name"])[:1].lower() in "aeiouy" else "de "
        facts.keep("body", f"Commune {of}{c['name']}", c.start("name"), c.end("name"))
    if wanted in ("syndicat", None):
        a = BODY_ACRONYM_PROSE.search(header)
        if a:
            facts.keep("body", _plain_body(a["body"]), a.start("body"), a.end("body"))


# A syndicate's kind followed by what it does, its name the acronym in brackets: "le Comité Syndical du Syndicat Mixte pour
# l'enlèvement et le traitement des ordures ménagères de la Région de Tournan-en-Brie (SIETOM), dûment convoqué"
_KIND_ONLY = {"syndicat mixte", "syndicat intercommunal", "syndicat departemental", "syndicat"}
_ACRONYM_AFTER = regex.compile(r"[^.;:\n()]{1,200}?\((?P<acronym>\p{Lu}[\p{Lu}\d.]{2,12}(?:[ \t]\d{2,3})?)\)")


def _named_in_full(header: str, name: str, start: int, end: int) -> tuple[str, int, int]:
    """"Syndicat Mixte" alone names no body: where an acronym in brackets closes its sentence's name, the name up to it."""
    if fold(name).lower() not in _KIND_ONLY:
        return name, start, end
    m = _ACRONYM_AFTER.match(header, end)
    if not m:
        return name, start, end
    return " ".join(header[start:m.end()].split()), start, m.end()


def _plain_body(name: str) -> str:
    """A body's name on one line, as printed, an opening quote the name was read without its closing one dropped:
    "Communauté de communes « Médullienne" -> "Communauté de communes Médullienne" (but "SIVOM « VAL VERT »" kept)."""
    if name.count("«") > name.count("»"):
        name = name.replace("«", " ")
    return " ".join(name.split())


def _letter_spaced_body(header: str) -> tuple[str, int, int] | None:
    """"V I L L E D E P O R N I C" -> ("Ville de PORNIC", start, end)."""
    for m in LETTER_SPACED.finditer(header):
        words = regex.split(r" {2,}", m.group())
        joined = " ".join(w.replace(" ", "") for w in words)
        if len(words) == 1:
            b = _SPACED_BODY.match(joined)
            if b:
                joined = f"{b['kind']} {b['of']} {b['name']}"
        b = BODY_CAPS.match(joined)
        if b and b.end() == len(joined):
            return _body_name(joined), m.start(), m.end()
    return None


def _body_elsewhere(facts: _Facts, text: str, header: str) -> None:
    """Where the header's letterhead and title name no body: the commune the text speaks of, else the spaCy layer's
    organisation where the header names a kind of body in lower case
    ("… du conseil de la communauté de communes du pays de Gex": no rule finds where the name ends)."""
    _body_in_text(facts, text)
    if "body" not in facts.values and nlp.enabled() and _KIND_LOWER.search(header[:SETTINGS.nlp_header]):
        found = nlp.organisation(header[:SETTINGS.nlp_header], _KIND_LOWER)
        if found:
            facts.keep("body", found[0][:1].upper() + found[0][1:], found[1], found[2])
    if "body" not in facts.values and body_kind(None, facts.values.get("assembly")) == "syndicat":
        # a syndicate's committee whose header names it nowhere: the acronym its text calls itself by, twice at least
        # ("les statuts du SICTOM", "la collaboration entre X et le SICTOM", "Présidente du SICTOM")
        named = {}
        for m in SELF_ACRONYM.finditer(text):
            named.setdefault(m["body"], []).append(m)
        if named:
            best = max(named.values(), key=len)
            if len(best) >= 2 and sum(len(v) >= len(best) for v in named.values()) == 1:
                facts.keep("body", best[0]["body"], best[0].start("body"), best[0].end("body"))
    if "body" not in facts.values and body_kind(None, facts.values.get("assembly")) == "communauté":
        # a communauté's council whose header names it nowhere: the communauté its text names most often (the first of
        # equal counts), wherever the text names it (an item's exposé)
        named: dict[str, list] = {}
        for m in BODY_COMMUNAUTE.finditer(text):
            named.setdefault(fold(_plain_body(m["body"])).lower(), []).append(m)
        if named:
            m = max(named.values(), key=len)[0]
            facts.keep("body", _plain_body(m["body"]), m.start("body"), m.end("body"))
    if "body" not in facts.values and body_kind(None, facts.values.get("assembly")) in ("communauté", "syndicat"):
        # ... else the name the minutes give right after the assembly, the same twice at least ("Séance du Conseil
        # communautaire Baugeois Vallée Jeudi 18 Mai 2017" ... "le conseil communautaire Baugeois Vallée, dûment convoqué")
        named = {}
        for m in ASSEMBLY_NAMED.finditer(text, 0, HEADER_CHARS):
            named.setdefault(m["name"], []).append(m)
        best = max(named.values(), key=len) if named else []
        if len(best) >= 2 and sum(len(v) >= len(best) for v in named.values()) == 1:
            facts.keep("body", best[0]["name"], best[0].start("name"), best[0].end("name"))


def _body_in_text(facts: _Facts, text: str) -> None:
    """Where the header names no body, the commune the minutes speak of as themselves, named most often; else, for a
    municipal council, the town of the mairie's address in a letterhead or footer."""
    if "body" in facts.values or "syndic" in fold(facts.values.get("assembly") or "").lower():
        return
    counts: dict[str, list] = {}
    for m in COMMUNE_IN_TEXT.finditer(text):
        counts.setdefault(fold(m["name"]).lower(), []).append(m)
    if counts:
        best = max(counts.values(), key=len)  # max keeps the first named of equal counts
        # ... named once, where the letterhead says a commune whose name was lost and the text names no other commune
        # ("COMMUNE D’" / … "Elaboration du Plan Local d'Urbanisme de la Commune d'Orschwiller")
        if len(best) >= 2 or (len(counts) == 1 and LOST_LETTERHEAD.search(text, 0, HEADER_CHARS)):
            m = best[0]
            of = f"{m['du']} " if m["du"] else "d'" if fold(m["name"])[:1].lower() in "aeiouy" else "de "
            facts.keep("body", f"Commune {of}{m['name']}", m.start("name"), m.end("name"))
            return
    if "municipal" not in fold(facts.values.get("assembly") or "").lower():
        return
    towns: dict[str, list] = {}
    for m in POSTAL_TOWN.finditer(text):
        line_start = text.rfind("\n", 0, max(0, m.start() - SETTINGS.address_reach)) + 1
        around = text[line_start:m.end() + SETTINGS.address_reach]
        if ADDRESS_CONTACT.search(around):
            towns.setdefault(fold(m["town"]), []).append(m)
    if towns:
        m = max(towns.values(), key=len)[0]
        town = _town_name(m["town"])
        of = "d'" if fold(town)[:1] in "aeiouy" else "de "
        facts.keep("body", f"Commune {of}{town}", m.start("town"), m.end("town"))
        return
    # ... else the commune whose mairie the council met in, the place itself ("le conseil municipal ... s'est assemblé en
    # mairie de PLUGUFFAN", "s'est réuni à la Mairie de LE BOIS"): a council sits in its own mairie (CGCT L.2121-7); never a
    # room of a mairie ("Salle de la Mairie de Ribennes", a delegated commune's), nor another assembly's place
    place = facts.values.get("place")
    m = MAIRIE_PLACE.match(place) if isinstance(place, str) else None
    if m:
        where = facts.provenance["place"]
        town = m["town"]
        of = "d'" if fold(town)[:1].lower() in "aeiouy" else "de "
        facts.keep("body", f"Commune {of}{town}", where.char_start, where.char_end)


def _town_name(town: str) -> str:
    """"AUDIERNE" -> "Audierne", "SAINT-ANDRÉ-LEZ-LILLE" -> "Saint-André-Lez-Lille" (as the body is written elsewhere)."""
    return regex.sub(r"\p{L}+", lambda w: w.group().lower() if w.group().lower() in {"de", "du", "des", "la", "le", "les", "sur",
                                                                              "sous", "en", "lès", "d", "l"} and w.start()
                     else w.group().capitalize(), town)


def _read_preamble(facts: _Facts, preamble: str, prose: str) -> None:
    """Opening hour, convocation, president and secretary, from the preamble."""
    for m in OPENING.finditer(preamble):
        times = find_times(preamble[m.end():m.end() + 40])
        if times:
            facts.keep("start_time", times[0][0], m.start(), m.end() + times[0][2])
            break
    meeting_date = facts.values.get("date")
    for m in CONVOCATION.finditer(preamble):
        # the date that opens the sentence whose subject is the convocation sent: "Le mercredi neuf novembre deux mil
        # seize, convocation est adressée individuellement à chaque conseiller municipal pour une réunion ... prévue le
        # mercredi 16 novembre deux mil seize" (the date after it is the session's)
        if CONVOCATION_SENT.match(preamble, m.start()):
            start = max(preamble.rfind(".", 0, m.start()), preamble.rfind("\n", 0, m.start()), m.start() - 120) + 1
            before = [d for d in _dates_in(preamble[start:m.start()], meeting_date.year if meeting_date else None)
                      if regex.fullmatch(r"\s*,?\s*", preamble[start + d[2]:m.start()])]
            if before and (meeting_date is None or before[-1][0] < meeting_date):
                facts.keep("convened_on", before[-1][0], start + before[-1][1], m.end())
                break
        # (a date in words read whole, never cut at the window's end: "... le mercredi 16 novembre deux mil" is no year 2000)
        window = preamble[m.end():m.end() + 130 + SETTINGS.convocation_words_reach]
        end = regex.search(r"(?<=\p{L}{2}|\d)\.\s+(?=\p{Lu})", window)  # in its sentence: not "… convoqués par le Président. Le Comité s'était réuni le 23 mars"
        dates = _dates_in(window[:end.start()] if end else window, meeting_date.year if meeting_date else None)
        dates = [d for d in dates if d[1] < 130 and (meeting_date is None or d[0] < meeting_date)]  # not the session named in the line
        if dates:
            facts.keep("convened_on", dates[0][0], m.start(), m.end() + dates[0][2])
            break
    for pattern in PRESIDENT:
        who = _person_after(preamble, pattern) or _named_before_function(preamble, pattern)
        if who:
            facts.keep("president", *who)
            break
    else:
        # "sous la présidence de Monsieur le Maire": the person the document names so
        role = PRESIDED_BY_FUNCTION.search(preamble)
        found = _named_function(prose, "Maire" if "maire" in role["role"].lower() else "Présidente?") if role else None
        if found:
            facts.keep("president", found[0], role.start(), role.end())
        elif role is None:
            # no presidency stated: the mayor presides the municipal council (CGCT L.2121-14), the president the
            # council or committee of a communauté or a syndicat; the one person the preamble names with that function
            # ("Présents Jean-Paul FRANC, Maire ; ...", "M. Jean-Luc DAVY, président, informe que ...")
            municipal = body_kind(facts.values.get("body"), facts.values.get("assembly")) == "commune"
            found = _named_function(prose, "Maire" if municipal else "Présidente?")
            if found:
                facts.keep("president", *found)
    if "president" not in facts.values:
        # no presidency stated: the head who convened the session ("régulièrement convoqués par le Président, Monsieur
        # Maurice QUINKAL"), who presides it (CGCT L.2121-14, L.5211-1)
        who = _person_after(preamble, CONVENED_BY)
        if who:
            facts.keep("president", *who)
    who = _person_after(preamble, SECRETARY_LABEL, several=True)
    if who is None:
        # ... the label opening its line past where the segmentation ended the opening (a proxy line read as an item: "A. FIOT
        # donne pouvoir à ...", then "Secrétaire de séance : (élu à l'unanimité) : Gilbert AVERSA")
        who = _person_after(prose, SECRETARY_LINE)
        text = prose
    else:
        text = preamble
    if who and SPEAKER.match(text, who[2]):
        who = _proposed_by_speaker(text, who) or ()  # the speaker is not the secretary: nobody, unless he names a candidate
    if who is None:
        who = _person_after(prose, SECRETARY_LATER)
    if who:
        facts.keep("secretary", *who)
        return
    for m in SECRETARY_ASSISTED.finditer(preamble):
        found = read_name(preamble[m.end():m.end() + 120])
        if found and _SECRETARY_FUNCTION.match(preamble, m.end() + found[2]):
            facts.keep("secretary", found[1], m.start(), m.end() + found[2])
            return
    for m in SECRETARY_CANDIDATE.finditer(prose):
        found = read_name(prose[m.end():m.end() + 120])
        if found and _SECRETARY_ROLE.match(prose, m.end() + found[2], m.end() + found[2] + 80):
            facts.keep("secretary", found[1], m.start(), m.end() + found[2])
            return
    for m in SECRETARY_NAMED.finditer(prose):
        found = read_name(prose[m.end():m.end() + 120])
        if found and _SECRETARY_AFTER.match(prose, m.end() + found[2], m.end() + found[2] + 130):
            facts.keep("secretary", found[1], m.start(), m.end() + found[2])
            return
    s = SECRETARY_PROSE.search(prose)
    if s:
        # "M SEGUIN a été élu secrétaire de séance"; a surname a line-end hyphen cut: "Mme Anne PETIT-" / "MARTIN est désignée"
        name = read_name(regex.sub(r"(?<=\p{Lu}-)[ \t]*\n[ \t]*(?=\p{Lu})", "", regex.sub(r"^M\s+(?=\p{Lu})", "M. ", s.group())))
        # a surname a line-end hyphen spaced out: "Monsieur MAGNIN- LAMBERT ayant obtenu ..." -> "MAGNIN-LAMBERT"
        facts.keep("secretary", mend_hyphens(name[1] if name else s["name"].strip()), s.start(), s.end())
        return
    if nlp.enabled():
        # "Sophie Durand a été désignée secrétaire de séance": a name without civility nor capitals, the model's person
        for m in SECRETARY_SENTENCE.finditer(prose):
            start = max(prose.rfind(".", 0, m.start()), prose.rfind("\n", 0, m.start())) + 1
            stops = [i for i in (prose.find(".", m.end()), prose.find("\n", m.end())) if i >= 0]
            end = min(stops) if stops else len(prose)
            sentence = prose[start:end]
            if not _DESIGNATED.search(sentence):
                continue
            found = nlp.persons(sentence)
            if len(found) == 1:
                facts.keep("secretary", found[0][0], start + found[0][1], start + found[0][2])
                return


# A name the secretary's label reads that is a speaker's, his words after a colon, as minutes transcribing the debate print
# them: "Secrétaire de séance : Renaud Calvat : je vous propose la candidature de Madame X. Vote à l'unanimité."
SPEAKER = regex.compile(r"[ \t]*:[ \t]*(?=\p{Ll}|(?:Je|Nous|Il|Elle|Vous|Mes|Chers?)\b)")
SPEECH_END = regex.compile(r"[.!?](?=\s|$)|\n")


def _proposed_by_speaker(text: str, who: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """The candidate the speaker proposes in the same sentence ("je vous propose la candidature de Madame X"), the
    secretary; nobody where the speaker proposes no one by name (the speaker is never read as the secretary)."""
    end = SPEECH_END.search(text, who[2], who[2] + 240)
    sentence = text[who[2]:end.start() if end else who[2] + 240]
    m = SECRETARY_CANDIDATE.search(sentence)
    found = read_name(sentence[m.end():]) if m else None
    return (found[1], who[1], who[2] + m.end() + found[2]) if found else None


# The president named with the function after, without its comma: "sous la Présidence de René Gibault Maire.", "sous la
# présidence de Loïc MORIN Maire." (a given name and a surname, then the function that ends the clause)
NAME_THEN_FUNCTION = regex.compile(
    r"(?:(?:Monsieur|Madame|M\.|Mme)\s+)?(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{2,}(?:-\p{Lu}{2,})?))"
    r"[ \t]+(?:Maire|MAIRE|maire|Présidente?|président(?:e)?)(?=[ \t]*(?:[.,;\n]|$))")


def _named_before_function(text: str, pattern: regex.Pattern) -> tuple[str, int, int] | None:
    """The person a presidency clause names right before the function, no comma between ("René Gibault Maire.")."""
    for m in pattern.finditer(text):
        found = NAME_THEN_FUNCTION.match(text, m.end())
        if found:
            return found["name"], m.start(), found.end("name")
    return None


# A given name beside a SURNAME: "Jean-Michel BRARD", "BRARD Jean-Michel"
_GIVEN = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"


def _full_name(name: str, text: str) -> str:
    """A person the preamble names by SURNAME alone ("sous la Présidence de M. BRARD, Maire"), named in full where the
    text prints that surname with one given name only ("Présents : M. Jean-Michel BRARD, Maire"); the surname alone
    where none or several do (two councillors GAUCHER, Yves and Alain)."""
    words = name.split()
    # (a SURNAME of several words too: "LE GALL"; the text may wrap a list's line between it and its given name)
    if not 1 <= len(words) <= 3 or not all(is_surname_word(w) for w in words) or len(words[-1]) < 3:
        return name
    surname = _SPACE.join(regex.escape(w) for w in words)
    # (after its given name, as lists in small letters print it: "Présents : Hervé Dumas" / "M DUMAS a été élu secrétaire";
    # never before a capitalised word, "Petit Prince")
    titled = _SPACE.join(regex.escape(w.title()) for w in words)
    either = f"(?:{surname}|{titled})"
    found = {}
    # (overlapped: a civility spelled out before the SURNAME, "Mme BRETON Brigitte", is no given name but must not hide the
    # one after it)
    for m in regex.finditer(rf"(?<![\p{{L}}-])(?:(?P<before>{_GIVEN}){_BREAK}{either}|{surname}{_BREAK}(?P<after>{_GIVEN}))"
                            rf"(?![\p{{L}}-])", text,
                            overlapped=True):
        given = m["before"] or m["after"]
        folded = fold(given).lower()
        if is_role_word(given) or is_organisation_word(given) or folded in CIVILITIES or folded in _NOT_GIVEN or folded in TITLE_WORDS:
            continue
        found.setdefault(fold(given).lower(), " ".join(m.group().split()))
    if not found:
        # ... or with the initials of its given name only ("Présents : M. H. CARON, …" / "M CARON a été élu secrétaire")
        for m in regex.finditer(rf"(?<![\p{{L}}.-])(?P<initials>{_INITIALS})(?:[ \t]*|{_BREAK}){surname}(?![\p{{L}}-])", text):
            if m["initials"] != "M.":  # (the civility: "M. CARON")
                found.setdefault(m["initials"], " ".join(m.group().split()))
    return next(iter(found.values())) if len(found) == 1 else name


_SPACE = r"[ \t]+"
# Between the words of a name: spaces, or the line break of a list wrapped at a page's width
_BREAK = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# A given name's initials: "H.", "J.-P.", "J-P.", "JP." (the grammar of pipeline.french)
_INITIALS = INITIALS_PATTERN


# Capitalised words beside a surname that are no given names: "Monsieur le Maire DUPONT", "DUPONT Présents"
_NOT_GIVEN = {"le", "la", "les", "present", "presente", "presents", "absent", "absente", "absents", "excuse", "excusee", "excuses",
              "pouvoir", "procuration", "secretaire", "conseiller", "conseillere", "commune", "mairie", "ville", "monsieur", "madame",
              "pour", "contre", "adopte", "approuve", "ordre", "objet", "vu", "considerant"}


def _read_counts(facts: _Facts, doc: Document, seg: Segmentation, preamble: str) -> None:
    """Declared counts (in the text, or in a margin box), then a vote summary printed under them."""
    last_count = None
    for field in COUNTS:
        c = _count(preamble, field)
        if c:
            facts.keep(field, c[0], c[1], c[2])
            last_count = max(last_count or 0, c[2])
    for field, c in printed_counts(doc, seg).items():  # "Étaient présents (28) :", "… VALENTE-LE HIR (25)"
        if field in COUNTS:
            facts.keep(field, c[0], c[1], c[2])
    for field, c in _box_counts(doc, len(doc.text)).items():  # the box repeats on every page: the first one read wins
        facts.keep(field, c[0], c[1], c[2])
    if not any(field in facts.values for field in COUNTS) and seg.kind != "liste":
        _counts_with_first_item(facts, _masked(doc), len(preamble))
    if "members_present" not in facts.values and (m := ROLL_CALL_PRESENT.search(doc.text)):
        facts.keep("members_present", int(m["n"]), m.start(), m.end())
    if last_count is None:
        return
    window = preamble[last_count:last_count + 250]
    summary = {f: p.search(window) for f, p in SUMMARY.items()}
    if summary["votes_for"]:
        for field, m in summary.items():
            if m:
                facts.keep(field, int(m["n"]), last_count + m.start(), last_count + m.end())


# How far after the number in office the counts of the same block are read
COUNTS_BLOCK = 300


def _counts_with_first_item(facts: _Facts, text: str, start: int) -> None:
    """Where the preamble declares no count, the counts block the first deliberation prints ("Nombre de délégués en
    exercice : 54 Nombre de présents : 28 Nombre de votants : 30", as registers print under each deliberation): the
    members at the first vote, read from the block that gives the number in office."""
    c = _count(text, "members_in_office", start)
    if c is None:
        return
    block = text[:c[2] + COUNTS_BLOCK]
    facts.keep("members_in_office", c[0], c[1], c[2])
    for field in ("members_present", "members_represented", "votes_cast"):
        found = _count(block, field, max(start, c[1] - COUNTS_BLOCK // 2))
        if found:
            facts.keep(field, found[0], found[1], found[2])


def _read_closing(facts: _Facts, text: str) -> None:
    """Closing hour and next meeting: the last statement of the document wins."""
    closings = list(keyed_finditer(CLOSING, text, CLOSING_KEYS)) + (list(AGENDA_DONE.finditer(text)) if "épuisé" in text else [])
    for m in sorted(closings, key=lambda m: m.start(), reverse=True):
        times = find_times(text[m.end():m.end() + 40])
        if times:
            facts.keep("end_time", times[0][0], m.start(), m.end() + times[0][2])
            break
    nxt = _next_meeting(text, facts.values.get("date"))
    if nxt:
        facts.keep("next_meeting_date", nxt[0], nxt[1], nxt[2])


def extract(doc: Document, seg: Segmentation, facts: Extraction | None = None) -> dict:
    """The meeting's facts from the header, the preamble and the closing lines. It reads no earlier extractor's facts."""
    text = _masked(doc)
    # a list of deliberations: its header is its title and session, before the first entry (whose titles name other bodies)
    header = text[:seg.preamble_end] if seg.kind == "liste" else _header(text, seg)
    pre_end = seg.opening_end  # the session's opening, as the segmentation decided it (pipeline.segment.opening_end)
    preamble = text[:pre_end]
    facts = _Facts(doc)
    _read_header(facts, header)
    if "assembly" not in facts.values and len(header) < HEADER_CHARS:
        # the header names no assembly: the agenda's titles may ("Règlement intérieur du comité syndical")
        m = ASSEMBLY.search(text, len(header), HEADER_CHARS)
        if m:
            facts.keep("assembly", _title_case(m["kind"], m["qual"]), m.start(), m.end())
        # ... or the first item's sentence, by its body: "Le Conseil de la Communauté de Communes du Pays de X, réuni sous"
        m = ASSEMBLY_OF_BODY.search(text, len(header), HEADER_CHARS)
        if m:
            qual = "syndical" if fold(m["body"]).lower().startswith("syndicat") else "communautaire"
            facts.keep("assembly", _title_case(m["kind"], qual), m.start(), m.end())
    _read_preamble(facts, preamble, text[:max(pre_end, HEADER_CHARS)])
    for field in ("president", "secretary"):
        if field in facts.values:
            facts.values[field] = _full_name(facts.values[field], text[:max(pre_end, HEADER_CHARS)])
    _read_counts(facts, doc, seg, preamble)
    _read_closing(facts, text)
    _body_elsewhere(facts, text, header)
    kind = body_kind(facts.values.get("body"), facts.values.get("assembly"))
    if kind:
        where = facts.provenance.get("body") or facts.provenance.get("assembly")
        facts.keep("body_kind", kind, where.char_start, where.char_end)
    r = RECONVENED.search(preamble)
    if r:
        facts.keep("reconvened", True, r.start(), r.end())
    return {"meeting": Meeting(**facts.values, document_kind=seg.kind, provenance=facts.provenance)}


# The kind of body, from its name: "Commune de X", "Communauté de communes X", "Syndicat mixte X", "SIVOM de X"
_KINDS = (
    ("commune", regex.compile(r"^(?:commune|ville|mairie)\b", regex.I)),
    ("ccas", regex.compile(r"\b(?:ccas|cias|centre\s+(?:inter)?communal\s+d['’]action\s+sociale)\b", regex.I)),
    ("communauté", regex.compile(r"\b(?:communaut[ée]|agglo(?:m[ée]ration)?|m[ée]tropole|intercom)\b", regex.I)),
    ("syndicat", regex.compile(rf"\b(?:syndicat|{_ACRONYMS})\b", regex.I)),
)
# A body's kind in the words of a sentence, where the rules find no capitalised name after it
_KIND_LOWER = regex.compile(r"\b(?:communaut[ée]\s+(?:de\s+communes|d['’]agglom[ée]ration|urbaine)|syndicat\s+(?:mixte|intercommunal|d[eu'’]))", regex.I)
_KIND_WORD = regex.compile(rf"\b(?:commune|ville|mairie|communaut[ée]|agglo\w*|m[ée]tropole|syndicat|{_ACRONYMS})\b", regex.I)
# ... else from the assembly: "Conseil municipal" is a commune's, "Conseil communautaire" a communauté's
_ASSEMBLY_KINDS = (("municipal", "commune"), ("communaut", "communauté"), ("metropolitain", "communauté"), ("syndical", "syndicat"))


def body_kind(body: str | None, assembly: str | None) -> str | None:
    """commune, communauté (of communes, d'agglomération, urbaine, métropole), syndicat or ccas, from the body's
    name, else from the assembly; None when neither says.

    >>> body_kind("Questembert Communauté", None)
    'communauté'
    >>> body_kind(None, "Conseil Municipal")
    'commune'
    """
    for kind, pattern in _KINDS:
        if body and pattern.search(body):
            return kind
    folded = fold(assembly or "").lower()
    return next((kind for word, kind in _ASSEMBLY_KINDS if word in folded), None)
