"""The session's course as minutes print it: its closing ("La séance est levée à 21h30").

Shared by the segmentation (the last section ends where the session closes) and the meeting
extractor (the closing time).
"""

from __future__ import annotations

import regex

# The session closed: "La séance est levée à 10h41", "Séance levée au 19h45", "l'ordre du jour étant épuisé, Monsieur le
# Maire lève la séance", "clôt la séance", "Fin de séance : 21h", "Clôture de la séance à 21h30", "Levée de la séance à
# 21h15", "Fin de la réunion à 21h15", "Heure de fin : 21h15", "la séance est terminée" (not suspended: "la séance est
# suspendue"; not a session opened: "la séance est ouverte")
SESSION_CLOSED = regex.compile(
    r"\b(?:s[ée]ance|r[ée]union)\s+(?:est\s+|a\s+été\s+)?(?:lev[ée]e|close|cl[ôo]tur[ée]e|termin[ée]e)\b"
    r"|\b(?:l[èe]ve|cl[ôo]t|cl[ôo]ture)\s+la\s+s[ée]ance\b"
    r"|\b(?:fin|cl[ôo]ture|lev[ée]e)\s+de\s+(?:la\s+)?s[ée]ance\b|\bfin\s+de\s+(?:la\s+)?r[ée]union\b|\bheure\s+de\s+fin\b",
    regex.I,
)

# (name, pattern, must match, must not match): run by tests/test_french.py
RULES = (
    ("session_closed", SESSION_CLOSED,
     ("La séance est levée à 10h41", "Séance levée au 19h45", "l'ordre du jour étant épuisé, Monsieur le Maire lève la séance",
      "Le Président clôt la séance à 22 h", "Fin de séance : 21h", "Clôture de la séance à 21h30", "Levée de la séance à 21h15",
      "Fin de la réunion à 21h15", "Heure de fin : 21h15", "La séance est terminée à 20 h", "SEANCE LEVEE A 21H",
      "la séance a été levée à 23 h"),
     ("la séance est suspendue", "la séance est ouverte à 20 h", "Relevé de séance du 12 mars", "la séance du 12 mars")),
)
