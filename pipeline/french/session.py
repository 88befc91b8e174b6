"""The session's course as minutes print it: its opening's labels ("Présents :", "Secrétaire de
séance") and its closing ("La séance est levée à 21h30").

Shared by the segmentation (where the opening ends and the items begin; the last section ends where
the session closes) and the meeting extractor (the closing time).
"""

from __future__ import annotations

import regex

from pipeline.french.counts import BOX_LABELS

# What may open a line before a label of the session's opening: spaces, then one bullet ("- Présents :", "• Secrétaire de
# séance :"): the attendance's labels and the lines that end or open its lists read it alike
LINE_BULLET = r"^\s*(?:[-–•*]\s*)?"

# A label of the session's opening: who is present, absent, excused or represented, the secretary, the counts
# ("Présents :", "Etaient présents", "Pouvoirs (2) :", "Secrétaire de séance : M. X", "Nombre de conseillers en exercice : 15",
# "Date de convocation : 01.02.2021"), at a line's start (searched, the secretary, the members in office and the quorum
# anywhere in it: a page run into one line, "… s est réuni en mairie. Secrétaire de séance : Paul DURAND.")
OPENING_LABEL = regex.compile(
    r"^.{0,40}\b(?:pr[ée]sents?|absents?|excus[ée]s?|pouvoirs?|procurations?|repr[ée]sent[ée]s?)\b\s*(?:\(\w{0,4}\)\w?)?\s*:"
    r"|^\W*(?:(?:[ée]taient|assistaient)\b|nombre\s+de\s+(?:conseillers|d[ée]l[ée]gu[ée]s)|date\s+de\s+(?:la\s+)?convocation|votants)"
    r"|\bsecr[ée]taire\s+de\s+s[ée]ance\b|\ben\s+exercice\b|\bquorum\b",
    regex.I,
)
# A count of the header, its label and its number: "Conseillers municipaux en exercice : 22", "Nombre de conseillers en
# exercice : 15/15", "Membres présents : 12", "Votants : 14" (never an item's title; not a roll call's names, an amount)
COUNT_LABEL = regex.compile(
    rf"^\W*(?:nombre\s+de\s+)?[\p{{L}}\s'’]{{0,40}}?\b(?:en\s+exercice|{BOX_LABELS})\s*(?:\(\w{{0,4}}\)\s*)?:\s*\d{{1,3}}\b"
    r"(?![,.]?\d|\s*(?:€|euros?\b|%))",
    regex.I,
)
# The label of those present, which opens a roll call: "Présents :", "Étaient présents", "Les membres présents sont :",
# "Conseillers présents (12) :" (not a count in a deliberation's block, "Votants : 15", nor "Absents :" alone)
PRESENT_LABEL = regex.compile(r"^\W*(?:[ée]taient\s+pr[ée]sents?\b|.{0,40}\bpr[ée]sents?\b[^:\n]{0,30}:)", regex.I)

# A roll call that opens the list of those present, the names after its colon ("nominal" or "nominatif", Lannion) (installation sessions: the oldest member,
# the outgoing president or the secretary calls each member elected): "La présidente fait l'appel nominal de chaque nouveau
# membre :", "Il est procédé à l'appel nominal des conseillers :", "Monsieur le Maire procède à l’appel des membres :",
# "APPEL NOMINAL :" (a heading). Either "nominal" or the members called must be printed ("l'appel des élus"), and the
# colon: a sentence closed by its full stop or run on ("a procédé à l'appel nominal des membres du conseil, a dénombré
# 15 conseillers présents") names nobody; never a vote called name by name ("l'appel des élus qui votent"), a call for
# candidates or for tenders.
_MEMBERS_CALLED = r"(?:nouveaux?\s+|nouvel(?:le)?s?\s+)?(?:membres?|conseill\p{L}*|délégués?|élu(?:e|s|es)?)\b"
ROLL_CALL = regex.compile(
    r"^\W*(?:[^:\n]{0,120}?(?<![\p{L}]))?(?:l['’]\s*)?appel\s+(?:nomina(?:l|tif)(?:\s+(?:des|de|du|d['’])\s*[^:\n]{0,80}?)?"
    rf"|(?:des|de\s+(?:chaque|tous\s+les|l['’]ensemble\s+des)|du)\s+(?:\d{{1,3}}\s+)?{_MEMBERS_CALLED}[^:\n]{{0,60}}?)"
    r"(?<!\bvot\p{L}*\b[^:\n]{0,60})\s*:",
    regex.I,
)

# The verbs of the session's conduct, in the present and in the past (after "a"), one pair a verb: "procède" / "a procédé",
# "ouvre" / "a ouvert la séance", "prend la parole" / "a pris la parole" (the attendance's lists end on a sentence with one;
# never "présente", an adjective in a list, nor "donne", "remplace", "représente": a proxy or a substitute)
SESSION_CONDUCT = (
    ("procède", "procédé"), ("accueille", "accueilli"), ("ouvre", "ouvert"), ("déclare", "déclaré"), ("constate", "constaté"),
    ("rappelle", "rappelé"), ("remercie", "remercié"), ("souhaite", "souhaité"), ("salue", "salué"), ("invite", "invité"),
    ("expose", "exposé"), ("informe", "informé"), ("propose", "proposé"), ("demande", "demandé"),
    (r"prend\s+la\s+parole", r"pris\s+la\s+parole"), (r"fait\s+(?:l['’]appel|lecture|procéder)", r"fait\s+(?:l['’]appel|lecture|procéder)"),
    (r"donne\s+lecture", r"donné\s+lecture"),
)
CONDUCT_PRESENT = "|".join(present for present, _ in SESSION_CONDUCT)
CONDUCT_PAST = "|".join(past for _, past in SESSION_CONDUCT)

# The secretary designated, the verb first, past its auxiliary: "Est nommé secrétaire, Mr X", "a été désignée comme
# secrétaire", "sont élus en qualité de secrétaires" (a fragment: the attendance's lists end where it opens, the verb
# capitalised in a line run together, in any case after the lists)
SECRETARY_DESIGNATED = r"\s+(?:nommée?s?|désignée?s?|élue?s?)\s+(?:comme\s+|en\s+qualité\s+de\s+)?"

# The session closed: "La séance est levée à 10h41", "Séance levée au 19h45", "l'ordre du jour étant épuisé, Monsieur le
# Maire lève la séance", "clôt la séance", "Fin de séance : 21h", "Clôture de la séance à 21h30", "Levée de la séance à
# 21h15", "Fin de la réunion à 21h15", "Heure de fin : 21h15", "la séance est terminée" (not suspended: "la séance est
# suspendue"; not a session opened: "la séance est ouverte")
_HOUR_NEXT = r"(?=[ \t]*(?:[:,–-][ \t]*)?(?:(?:à|a|au|vers)[ \t]+)?\d{1,2}[ \t]*(?:h|H|heures?|:\d))"
SESSION_CLOSED = regex.compile(
    r"\b(?:s[ée]ance|r[ée]union)\s+(?:est\s+|a\s+été\s+)?(?:lev[ée]e|close|cl[ôo]tur[ée]e|termin[ée]e)\b"
    r"|\b(?:l[èe]ve|cl[ôo]t|cl[ôo]ture)\s+la\s+s[ée]ance\b"
    r"|\b(?:fin|cl[ôo]ture|lev[ée]e)\s+de\s+(?:la\s+)?s[ée]ance\b|\bfin\s+de\s+(?:la\s+)?r[ée]union\b|\bheure\s+de\s+fin\b"
    # ... the assembly named in the frame's place of "séance": "Fin du Conseil Municipal : 17 h 10", "FIN DU CONSEIL A 21H",
    # "Clôture du comité syndical à 19 h", "fin de l'assemblée à 22h", "le conseil est levé à 21 h 30" (its hour read
    # after it by the caller; never "fin du conseil d'école" nor "à la fin du conseil de mars": no hour follows those)
    rf"|\b(?:fin|cl[ôo]ture|lev[ée]e)\s+d(?:u|e\s+l['’‘`]\s*)\s*(?:conseil|comit[ée]|bureau|assembl[ée]e)(?:\s+(?:municipal|communautaire|syndical|d['’]administration))?{_HOUR_NEXT}"
    rf"|\b(?:conseil|comit[ée]|bureau)\s+(?:municipal\s+|communautaire\s+|syndical\s+)?(?:est\s+|a\s+été\s+)(?:lev[ée]|clos|cl[ôo]tur[ée]|termin[ée])\b{_HOUR_NEXT}",
    regex.I,
)

# A session to come, announced before its ordre du jour (a page, a blog or a bulletin holding two sessions: the next
# one's convocation above or below the minutes of this one): "le Conseil Municipal se réunira à la Mairie le jeudi 22
# octobre 2020", "Prochaine réunion du conseil : le 12 mars", "La prochaine séance aura lieu le 4 juin", "Le conseil
# communautaire sera réuni le 3 février", "Ordre du jour du prochain conseil", "se tiendra le", "est convoqué pour le"
# (not a session held: "s'est réuni", "se sont réunis", "a été convoqué"; nor an item put off "à une prochaine séance",
# which names no date and opens no ordre du jour: the segmentation asks of the lines just above an agenda's heading;
# group "next": the session announced as the next one, which needs no date to be another)
SESSION_TO_COME = regex.compile(
    r"\bse\s+r[ée]uni(?:ra|ront)\b|\bsera\s+r[ée]unie?\b|\bse\s+tiendra\b|\baura\s+lieu\b"
    r"|\b(?:est|sont|sera|seront)\s+convoqu[ée]e?s?\s+(?:pour|à|au|en)\b"
    r"|(?P<next>\bprochaine?\s+(?:s[ée]ance|r[ée]union|conseil|comit[ée]|assembl[ée]e|session)\b)",
    regex.I,
)
# A session held, as minutes open on it: "le Conseil Municipal s'est réuni", "se sont réunis", "s'est tenue", "L'an deux
# mille vingt, le dix sept septembre", and the minutes' heading with its date: "Séance du 12 mars 2024", "PROCÈS-VERBAL DU
# CONSEIL MUNICIPAL DU 5 FÉVRIER 2021", "Réunion du Conseil Municipal du lundi 4 mars 2024 à 20h00" (its date is this
# meeting's)
SESSION_HELD = regex.compile(
    r"\bs['’ ]\s*est\s+(?:r[ée]unie?|tenue?|assembl[ée]e?)\b|\bse\s+sont\s+r[ée]uni(?:e|s|es)?\b|\bl['’ ]\s*an\s+(?:deux\s+mil|mil|(?:19|20)\d\d)"
    r"|^\W*(?:s[ée]ance|r[ée]union|proc[èe]s[\s-]+verbal|compte[\s-]+rendu)\b[^.\n]{0,60}?\bdu\s+(?:\p{L}+\s+)?\d{1,2}(?:er)?[\s/.]"
    r"[^\n]{0,20}?\b(?:19|20)\d\d\b",
    regex.I,
)

# (name, pattern, must match, must not match): run by tests/test_french.py
RULES = (
    ("opening_label", OPENING_LABEL,
     ("Présents : Mme ROUX Anne, M. MARTIN Henri", "Etaient présents : M. DURAND", "Pouvoirs (2) : M. X à M. Y",
      "Absents excusés : MM. Luc NOEL.", "Secrétaire de séance : M. MARTIN Henri.", "Date de convocation : 01.02.2021",
      "Nombre de conseillers en exercice : 15",
      "le conseil municipal, dûment convoqué, s est réuni en mairie. Secrétaire de séance : Paul DURAND."),
     ("1 REUNION DU CONSEIL MUNICIPAL", "Installation de M. Luc PETIT, Conseiller municipal", "Le conseil prend acte.",
      "2 Budget primitif", "Le conseil adopte le budget à l'unanimité des présents.")),
    ("count_label", COUNT_LABEL,
     ("Conseillers municipaux en exercice : 22", "Nombre de conseillers en exercice : 15/15", "Membres présents : 12",
      "Votants : 14", "Nombre de conseillers présents : 10 : ARNAL René", "Conseillers en exercice : 33 - Présents : 29",
      "Quorum : 8", "Suffrages exprimés : 24", "Nombre de membres afférents : 15", "Représentés : 1"),
     ("Présents : Mme ROUX Anne", "Conseillers en exercice", "Budget primitif 2024", "Subvention aux associations : 1 500 €",
      "Indemnités des élus en exercice", "Pouvoirs : E. RICHARD donne pouvoir à N. MAUREL", "Absents : 2,5 %",
      "Suffrages exprimés", "Votants : 12 €")),
    ("present_label", PRESENT_LABEL,
     ("Présents : Mme ROUX Anne", "Étaient présents : M. DURAND", "Les membres présents sont : M. Paul DURAND",
      "Conseillers présents (12) : M. X", "ETAIENT PRESENTS"),
     ("Absents excusés : MM. Luc NOEL.", "Votants : 15", "Secrétaire de séance : M. MARTIN Henri.",
      "Titulaires : M. DURAND ; Suppléants : Mme ROUX", "Le conseil adopte à l'unanimité des présents.")),
    ("roll_call", ROLL_CALL,
     ("La présidente faire l’appel nominal de chaque nouveau membre :", "Il est procédé à l'appel nominal :",
      "Monsieur le Maire procède à l'appel des conseillers municipaux :", "APPEL NOMINAL :", "Appel nominal des membres :",
      "M. Jean DUPONT, doyen d'âge, a procédé à l'appel nominal des membres du conseil : M. Paul DURAND – présent",
      "Madame Anne ROUX procède à l’appel des 33 conseillers municipaux :", "Le secrétaire fait l'appel des nouveaux élus :",
      "il est procédé à l'appel nominal des délégués titulaires:", "Mme Anne ROUX procède à l'appel nominatif des conseillers :"),
     ("Le maire a procédé à l’appel nominal des membres du conseil, a dénombré 15 conseillers présents",
      "a été désignée pour remplir ces fonctions et procède à l'appel nominatif des conseillers.",
      "Madame Loren JAOUEN procède à l’appel des membres.", "Madame Danielle MAREC lance l'appel à candidature :",
      "Chaque élu est amené à voter à l’appel de son nom :", "Madame Anne ROUX procède à l'appel des élus qui votent :",
      "Appel d'offres : lot 2", "Rappel des membres du bureau :", "Appel à projets : 3 dossiers")),
    ("session_closed", SESSION_CLOSED,
     ("La séance est levée à 10h41", "Séance levée au 19h45", "l'ordre du jour étant épuisé, Monsieur le Maire lève la séance",
      "Le Président clôt la séance à 22 h", "Fin de séance : 21h", "Clôture de la séance à 21h30", "Levée de la séance à 21h15",
      "Fin de la réunion à 21h15", "Heure de fin : 21h15", "La séance est terminée à 20 h", "SEANCE LEVEE A 21H",
      "la séance a été levée à 23 h", "Fin du Conseil Municipal : 17 h 10", "FIN DU CONSEIL A 21H", "Clôture du comité syndical à 19 h",
      "fin de l'assemblée à 22h", "Fin de l’assemblée : 22 h", "Levée du conseil communautaire 21h45", "le conseil est levé à 21 h 30",
      "Le Comité Syndical est clos à 20h", "levée de séance 22h", "la séance est clôturée à 21 h", "fin du bureau : 18h30"),
     ("la séance est suspendue", "la séance est ouverte à 20 h", "Relevé de séance du 12 mars", "la séance du 12 mars",
      "la fin du conseil d'école", "à la fin du conseil de mars", "Fin du conseil des jeunes", "le conseil est convoqué à 20 h",
      "le conseil est réuni", "Conseil Municipal du 12 mars")),
    ("session_to_come", SESSION_TO_COME,
     ("Le Maire informe ses administrés que le Conseil Municipal se réunira à la Mairie le Jeudi 22 octobre 2020",
      "Prochaine réunion du conseil municipal : le 12 mars 2024", "La prochaine séance aura lieu le 4 juin à 20 h",
      "le conseil communautaire sera réuni le 3 février", "ORDRE DU JOUR DU PROCHAIN CONSEIL",
      "Les membres du comité syndical sont convoqués pour le mardi 5 avril", "le conseil se tiendra le 12/03/2024 à 18h30",
      "LE CONSEIL MUNICIPAL SE REUNIRA LE LUNDI 7 MARS", "les conseillers se réuniront en séance publique le 9 mai"),
     ("le Conseil Municipal s'est réuni à la Mairie le 17 septembre", "se sont réunis en séance publique",
      "le conseil municipal a été convoqué le 9 septembre 2020", "Date de convocation : 9 septembre 2020",
      "la séance est levée à 22 h", "Approbation du compte rendu de la séance précédente")),
    ("session_held", SESSION_HELD,
     ("le Conseil Municipal, légalement convoqué, s'est réuni à la Mairie", "s’est réunie en séance ordinaire",
      "les membres se sont réunis à 20 h", "L'an deux mille vingt, le dix sept septembre", "L’an 2019, le 5 mars",
      "la séance s'est tenue à la salle des fêtes", "L AN DEUX MILLE QUINZE", "Séance du 12 mars 2024",
      "PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 5 FÉVRIER 2021", "Réunion du Conseil Municipal du lundi 4 mars 2024 à 20h00",
      "Séance du 04/03/2024", "COMPTE RENDU DE LA SEANCE DU 1er JUILLET 2019"),
     ("le Conseil Municipal se réunira le 22 octobre", "sera réuni le 3 février", "la prochaine séance aura lieu le 4 juin",
      "un an de travaux", "le conseil est réuni", "Approbation du procès-verbal du 12 mars 2024",
      "la séance du conseil est ouverte", "Réunion de Conseil")),
)
