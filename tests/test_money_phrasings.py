"""Budget lines and membership changes in the phrasings and layouts real minutes use.

Each case is a short snippet in the shape a council's minutes print it (web pages and PDF text
flatten tables into lines); where the search tool's `pages` corpus showed the phrasing, the
case says so ("pages:"). The expected extraction is what the scorer compares: for a budget
line its section, side, article and signed amount (and the chapter the M14 chart gives the
article); for a membership change its direction, member and organisation (organisations
compared on their significant words, as `../shared/eval/score.py` does). Cases that must give
nothing guard against false positives: amounts in prose, prices, totals, an "adhésion" that is
a contract or a fee, a council voting against a change.
"""

from __future__ import annotations

import pytest

from extractors import budget
from extractors.membership import _decided
from pipeline.read.common import build_document, split_text_lines
from pipeline.records import Segmentation
from tests.test_membership import _same_org

F, INV = "fonctionnement", "investissement"
D, R = "dépense", "recette"


def _lines(text: str) -> list[tuple]:
    doc = build_document("0" * 64, "/nonexistent/minutes.txt", "text", [split_text_lines(text)])
    found = budget.extract(doc, Segmentation((), (), None, 0))["budget_lines"]
    return [(b.section, b.side, b.article, _norm(str(b.amount))) for b in found]


def _norm(amount: str) -> str:
    from decimal import Decimal

    value = Decimal(amount)
    return format(value.normalize(), "f") if value == value.to_integral() else str(value)


# (snippet, [(section, side, article, amount)])
BUDGET = [
    # pages: a web page's bullets, the chapter named in the sentence above them
    ("Décision modificative de crédits : Budget Assainissement DM n°1\n"
     "VALIDE la décision modificative afin de réduire le chapitre 022 selon l'articulation suivante :\n"
     "  • Diminution de crédits : C/022 -1507.50€\n  • Augmentation de crédits : C/61523 +1507.50€\n",
     [(F, D, "022", "-1507.50"), (F, D, "61523", "1507.50")]),
    # "Article 6232 : + 1 500 €" one account a line
    ("DM n°2\nArticle 6232 : + 1 500 €\nArticle 022 : - 1 500 €\n", [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    # "Chapitre 011 ... -2 000,00": chapter and article on the line, the amount at its end
    ("Décision modificative n°1\nSection de fonctionnement\nChapitre 011 Article 615221 Entretien de bâtiments publics + 2 000,00\n"
     "Chapitre 022 Dépenses imprévues - 2 000,00\n", [(F, D, "615221", "2000"), (F, D, "022", "-2000")]),
    # the software's side letters, the two transfers between sections ("D 023 / R 021")
    ("Décision modificative n°2\nD 023 Virement à la section d'investissement + 5 000,00 €\n"
     "R 021 Virement de la section de fonctionnement + 5 000,00 €\nD 2313 Constructions + 5 000,00 €\n"
     "D 6156 Maintenance - 5 000,00 €\n",
     [(F, D, "023", "5000"), (INV, R, "021", "5000"), (INV, D, "2313", "5000"), (F, D, "6156", "-5000")]),
    # "compte 022 dépenses imprévues" in a sentence: a credit moved with "virer"
    ("Décision modificative n°3\nLe conseil municipal décide de virer 3 000 € du compte 022 « dépenses imprévues » "
     "au compte 6413 « personnel non titulaire ».\n", [(F, D, "022", "-3000"), (F, D, "6413", "3000")]),
    # "crédits à ouvrir / à réduire" as the opening words of each line
    ("DM n°1\nCrédits à ouvrir : article 2184 mobilier : 1 200 €\nCrédits à réduire : article 2313 constructions : 1 200 €\n",
     [(INV, D, "2184", "1200"), (INV, D, "2313", "-1200")]),
    # the two transfers named by their labels, side and section before a colon
    ("DM n°4\nRecettes d'investissement : 021 Virement de la section de fonctionnement : 10 000 €\n"
     "Dépenses de fonctionnement : 023 Virement à la section d'investissement : 10 000 €\n",
     [(INV, R, "021", "10000"), (F, D, "023", "10000")]),
    # "Section d'investissement - Dépenses" then rows with amounts in "euros"
    ("Décision modificative n°2\nSection d'investissement - Dépenses\n2188 Autres immobilisations corporelles 4 500 euros\n"
     "2315 Installations, matériel et outillage techniques -4 500 euros\n",
     [(INV, D, "2188", "4500"), (INV, D, "2315", "-4500")]),
    # thousands by dots, side before a colon under a section line
    ("DM n°1\nINVESTISSEMENT\nDépenses : article 2152 installations de voirie : + 12.500,00 €\n"
     "Recettes : article 1323 subvention du département : + 12.500,00 €\n",
     [(INV, D, "2152", "12500"), (INV, R, "1323", "12500")]),
    # a web table flattened with pipes, the chapter in its own column
    ("Décision modificative n°3\nChapitre | Article | Libellé | Montant\n011 | 60632 | Fournitures de petit équipement | 800,00\n"
     "65 | 6574 | Subventions aux associations | -800,00\n", [(F, D, "60632", "800"), (F, D, "6574", "-800")]),
    # a tab table with the side and section words on every row
    ("DM n°2\nDépenses\tFonctionnement\t011\t6068\tAutres matières et fournitures\t+ 600,00\n"
     "Dépenses\tFonctionnement\t67\t673\tTitres annulés\t- 600,00\n", [(F, D, "6068", "600"), (F, D, "673", "-600")]),
    # a subsidy explains the amendment: the subsidy's sentence is no line
    ("Décision modificative n°2\nAfin de verser la subvention de 1 500 € au comité des fêtes, il convient d'ouvrir les "
     "crédits suivants :\nArticle 6574 : + 1 500 €\nArticle 022 : - 1 500 €\n", [(F, D, "6574", "1500"), (F, D, "022", "-1500")]),
    # chapter headings above the articles
    ("DM n°2\nChapitre 012 - Charges de personnel\nArticle 6411 : + 8 000 €\nChapitre 022 - Dépenses imprévues\n"
     "Article 022 : - 8 000 €\n", [(F, D, "6411", "8000"), (F, D, "022", "-8000")]),
    # "c/615231 : + 3 000 € ; c/022 : - 3 000 €" on one line
    ("DM n°1 : c/615231 : + 3 000 € ; c/022 : - 3 000 €\n", [(F, D, "615231", "3000"), (F, D, "022", "-3000")]),
    # "du compte A vers le compte B : montant"
    ("Décision modificative n°4\nVirement de crédits du compte 2313 vers le compte 2183 : 950 €\n",
     [(INV, D, "2313", "-950"), (INV, D, "2183", "950")]),
    # operations before the article, under "Section d'investissement – dépenses"
    ("DM n°3\nSection d'investissement – dépenses\nOp. 12 Mairie – article 2313 : - 5 000 €\nOp. 15 Ecole – article 2184 : + 5 000 €\n",
     [(INV, D, "2313", "-5000"), (INV, D, "2184", "5000")]),
    # the same account on both sides, under side headings in capitals
    ("Décision modificative n°1\nRECETTES D'INVESTISSEMENT\n10226 Taxe d'aménagement 2 340,00\nDEPENSES D'INVESTISSEMENT\n"
     "10226 Taxe d'aménagement (remboursement) 2 340,00\n", [(INV, R, "10226", "2340"), (INV, D, "10226", "2340")]),
    # a sentence: "inscrire ... au compte A, en diminuant d'autant le compte B" (the account given from first)
    ("Décision modificative n°5\nLe conseil municipal décide d'inscrire la somme de 2 500 euros au compte 2031 frais d'études, "
     "en diminuant d'autant le compte 2315.\n", [(INV, D, "2315", "-2500"), (INV, D, "2031", "2500")]),
    # pages ("Délibération modificative n° 3 / Amortissement des travaux terminés"): order chapters 042 / 040
    ("Délibération modificative n° 3 : amortissement des travaux terminés\n"
     "Dépenses de fonctionnement, chapitre 042, article 6811 : + 1 245 €\n"
     "Recettes d'investissement, chapitre 040, article 28041582 : + 1 245 €\n",
     [(F, D, "6811", "1245"), (INV, R, "28041582", "1245")]),
    # pages ("Vote de crédits supplémentaires" on an agenda): section and side words on every row
    ("Vote de crédits supplémentaires\nFONCTIONNEMENT DEPENSES 6541 Créances admises en non-valeur 320,00\n"
     "FONCTIONNEMENT DEPENSES 022 Dépenses imprévues -320,00\n", [(F, D, "6541", "320"), (F, D, "022", "-320")]),
    # two tables side by side flattened to one line of text, a wide gap between them
    ("Décision modificative n°1\nDÉPENSES                                RECETTES\n"
     "6232 Fêtes et cérémonies 1 500,00       7788 Produits exceptionnels 1 500,00\n", [(F, D, "6232", "1500"), (F, R, "7788", "1500")]),
    # an operation column after a wide gap is no second table
    ("DM n°5\nINVESTISSEMENT DEPENSES\n2313      101 Travaux église 10 000,00\n2151      102 Réseaux de voirie -10 000,00\n",
     [(INV, D, "2313", "10000"), (INV, D, "2151", "-10000")]),
    # "Diminution de crédits :" / "Augmentation de crédits :" as headings over dashed items
    ("DM n°2\nDiminution de crédits :\n- 2315 Installations techniques : 6 000 €\nAugmentation de crédits :\n"
     "- 2152 Installations de voirie : 6 000 €\n", [(INV, D, "2315", "-6000"), (INV, D, "2152", "6000")]),
    # amounts with no-break spaces and "EUR"
    ("DM n°1\nArticle 60612 Energie - électricité : +\u00a04\u00a0200,00 EUR\nArticle 7381 Taxe additionnelle : +\u00a04\u00a0200,00 EUR\n",
     [(F, D, "60612", "4200"), (F, R, "7381", "4200")]),
    # "Compte 6232 Fêtes et cérémonies ...... 1 000 €" with leader dots
    ("Décision modificative n°1\nFonctionnement - dépenses\nCompte 6232 Fêtes et cérémonies ........ + 1 000 €\n"
     "Compte 6257 Réceptions ........ - 1 000 €\n", [(F, D, "6232", "1000"), (F, D, "6257", "-1000")]),
    # the software's side letters and no label, two on one line ("D 2313 / R 021")
    ("DM n°1\nD 2313 : + 5 000 € / R 021 : + 5 000 €\n", [(INV, D, "2313", "5000"), (INV, R, "021", "5000")]),
    ("Décision modificative n°1\nDF 022 : - 2 500,00 €\nDF 6554 : + 2 500,00 €\n", [(F, D, "022", "-2500"), (F, D, "6554", "2500")]),
    ("DM n°1\nSection d'investissement\n2313 : + 5 000 €\n2184 : - 5 000 €\n", [(INV, D, "2313", "5000"), (INV, D, "2184", "-5000")]),
    # the account in brackets after its label
    ("DM n°1\nFêtes et cérémonies (6232) : + 1 500 €\nDépenses imprévues (022) : - 1 500 €\n",
     [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    # one sentence, two clauses: "augmentation ... et diminution ..."
    ("Décision modificative n°2\nAugmentation des crédits en dépenses d'investissement à l'article 2158 pour 3 500 € et "
     "diminution à l'article 2315 pour 3 500 €.\n", [(INV, D, "2158", "3500"), (INV, D, "2315", "-3500")]),
    # several items on one line: after a dash before an account word, after a comma before a signed amount
    ("DM n°2 : Compte 2111 (terrains nus) : + 15 000 € – Compte 2313 (constructions) : - 15 000 €\n",
     [(INV, D, "2111", "15000"), (INV, D, "2313", "-15000")]),
    ("Décision modificative n°2\nDépenses d'investissement : + 15 000 € au compte 2111, - 15 000 € au compte 2313\n",
     [(INV, D, "2111", "15000"), (INV, D, "2313", "-15000")]),
    # an amount without thousands separator or blank before the euro sign
    ("Décision modificative n°2\nD 6413 : +3000€\nD 022 : -3000€\n", [(F, D, "6413", "3000"), (F, D, "022", "-3000")]),
    # "vote les crédits suivants : compte A : montant ; compte B : - montant"
    ("Décision modificative n°2\nLe conseil municipal vote les crédits suivants : compte 6574 subventions : 500 € ; compte 022 : - 500 €.\n",
     [(F, D, "6574", "500"), (F, D, "022", "-500")]),
    # an annex budget's exploitation section (stored as fonctionnement), four lines
    ("Décision modificative n°1 (budget assainissement)\nSection d'exploitation\nDépenses : 6811 Dotations aux amortissements : + 4 200 €\n"
     "Recettes : 777 Quote-part des subventions : + 4 200 €\nSection d'investissement\nDépenses : 13911 Subventions d'équipement : + 4 200 €\n"
     "Recettes : 28158 Autres : + 4 200 €\n",
     [(F, D, "6811", "4200"), (F, R, "777", "4200"), (INV, D, "13911", "4200"), (INV, R, "28158", "4200")]),
    # other names of an amendment: "Transfert de crédits", "Ajustement des crédits", "Modification budgétaire"
    ("5. Transfert de crédits\nLe conseil décide de prélever 800 € sur le compte 022 pour l'affecter au compte 6541.\n"
     "6. Questions diverses\n", [(F, D, "022", "-800"), (F, D, "6541", "800")]),
    ("3 - Ajustement des crédits budgétaires\nArticle 6232 : + 1 500 €\nArticle 022 : - 1 500 €\n4 - Divers\n",
     [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    ("Modification budgétaire n°1\nArticle 6232 : + 1 500 €\nArticle 022 : - 1 500 €\n", [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    ("Budget communal : réajustement de crédits\nArticle 6232 : + 1 500 €\nArticle 022 : - 1 500 €\n",
     [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    ("Ajustements budgétaires\nArticle 6232 : + 1 500 €\nArticle 022 : - 1 500 €\n", [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    # the singular "Virement de crédit n°2" (as the CGCT's "décision ... portant virement de crédit"); the amount the
    # nearest "virement" names, not the quote explained before it; a full stop before a small letter goes on
    ("Virement de crédit n°2 – Article 6232\nConsidérant le devis de 1 480,50 € reçu pour la fête, proposition de faire "
     "un virement de crédit d'un montant de 1 500,00 € de l'article 022 à l'article 6232.\n",
     [(F, D, "022", "-1500"), (F, D, "6232", "1500")]),
    ("Virement de crédit\nProposition d'effectuer un virement de crédit de 700,00 € (sept cents euros) de l'article 022 - "
     "Dépenses imprévues -. à l'article 6574 - Subventions aux associations.\n", [(F, D, "022", "-700"), (F, D, "6574", "700")]),
    # the amount named before the movement, the verb in the passive: "la somme de ... est transférée du compte A au compte B"
    ("Décision modificative n°2\nLa somme de 3 000 € est transférée du compte 2313 au compte 2184.\n",
     [(INV, D, "2313", "-3000"), (INV, D, "2184", "3000")]),
    ("Décision modificative n°3\nConsidérant le devis reçu ; un crédit de 950 € est viré de l'article 022 à l'article 6232.\n",
     [(F, D, "022", "-950"), (F, D, "6232", "950")]),
    # "alimenter" an account "en prenant sur" another
    ("Décision modificative n°1\nIl convient d'alimenter l'article 6541 à hauteur de 450 € en prenant sur l'article 022.\n",
     [(F, D, "022", "-450"), (F, D, "6541", "450")]),
    ("Décision modificative n°1\nIl est proposé de compléter le compte 6411 de 2 000 € par une ponction sur le compte 022.\n",
     [(F, D, "022", "-2000"), (F, D, "6411", "2000")]),
    # the credit opened on one account "financée par une diminution du compte" another
    ("DM n°2 : ouverture de crédits au compte 2184 pour 3 500 € financée par une diminution du compte 2313 du même montant.\n",
     [(INV, D, "2313", "-3500"), (INV, D, "2184", "3500")]),
    # sentences of two forms in one amendment: each one's lines
    ("Décision modificative n°1\nIl convient d'alimenter l'article 6156 à hauteur de 1 200 € en prenant sur l'article 022.\n"
     "Par ailleurs, la somme de 4 500 € est transférée du compte 2313 au compte 2183.\n",
     [(INV, D, "2313", "-4500"), (INV, D, "2183", "4500"), (F, D, "022", "-1200"), (F, D, "6156", "1200")]),
    # a table flattened one cell a line (web pages' transcriptions), its amount column pushed to the next line, or its
    # section and side columns on lines of their own
    ("Décision modificative n°1\nArticle\nLibellé\nMontant\n6232\nFêtes et cérémonies\n+ 500,00\n022\nDépenses imprévues\n"
     "- 500,00\n", [(F, D, "6232", "500"), (F, D, "022", "-500")]),
    ("Décision modificative n°1\nFONCTIONNEMENT - DEPENSES\n6232 Fêtes et cérémonies\n+ 500,00 €\n022 Dépenses imprévues\n"
     "- 500,00 €\n", [(F, D, "6232", "500"), (F, D, "022", "-500")]),
    ("Décision modificative n°1\nSection\nSens\nArticle\nMontant\nInvestissement\nDépense\n2183\n1 500,00\nInvestissement\n"
     "Recette\n1641\n1 500,00\n", [(INV, D, "2183", "1500"), (INV, R, "1641", "1500")]),
    # an account glued to its label by a hyphen ("2188-Autres immobilisations"), the software's side letter glued to the
    # account, with a function code after it ("D-6068-020 : Autres matières ...")
    ("Décision modificative n°1\nDépenses d'investissement\n2188-Autres immobilisations corporelles\t+3 500,00 €\n"
     "2313-Constructions\t-3 500,00 €\n", [(INV, D, "2188", "3500"), (INV, D, "2313", "-3500")]),
    ("Décision modificative n°2\nD-6068-020 : Autres matières et fournitures : 700,00 €\nD-022-01 : Dépenses imprévues : -700,00 €\n",
     [(F, D, "6068", "700"), (F, D, "022", "-700")]),
    ("DM n°1\nD-2313 : Constructions : 5 000,00 €\nR-1641 : Emprunts : 5 000,00 €\n", [(INV, D, "2313", "5000"), (INV, R, "1641", "5000")]),
    # apostrophes a transcription lost ("d investissement", "de l article 022 à l article 6531")
    ("DM n°1\nVirement de crédits de 500 € de l article 022 à l article 6531.\n", [(F, D, "022", "-500"), (F, D, "6531", "500")]),
    ("Décision modificative n°1\nIl convient d augmenter l article 61521 de 2 400 € et de diminuer l article 022 du même montant.\n",
     [(F, D, "61521", "2400"), (F, D, "022", "-2400")]),
    # a run-on paragraph (web transcriptions): the sentence introducing the rows, each "Article ..." after the amount before
    # it, the sentence after the last; a heading numbered without a dot ("5 DECISION MODIFICATIVE N 2")
    ("5 DECISION MODIFICATIVE N 2\nMonsieur le Maire expose qu il convient de prévoir les crédits suivants : Section de "
     "fonctionnement Dépenses : Article 6232 Fêtes et cérémonies : + 1 500 € Article 022 Dépenses imprévues : - 1 500 € Après en "
     "avoir délibéré, le Conseil Municipal adopte la décision modificative n 2.\n6 QUESTIONS DIVERSES\n",
     [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    # the amendment's heading opening the line of its rows, a comma between rows of the software's side letters
    ("DM n°1 : DI 2313 + 5 000 €, RI 1641 + 5 000 €\n", [(INV, D, "2313", "5000"), (INV, R, "1641", "5000")]),
    # a sign in words ("moins 1 500 €", "en moins"); "Crédits à annuler" / "Crédits à ajouter" over unsigned lines
    ("Décision modificative n°1\nArticle 6232 : plus 1 500 €\nArticle 022 : moins 1 500 €\n", [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    ("Décision modificative n°1\nFonctionnement dépenses\nCompte 6232 en plus : 1 500 €\nCompte 022 en moins : 1 500 €\n",
     [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    ("Décision modificative n°1\nArticle 6232 : 1 500 € en plus\nArticle 022 : 1 500 € en moins\n",
     [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    # must not: "en moins" about another amount later in the line, "au moins", "plus ou moins": the printed or unsigned amount
    # stays positive
    ("Décision modificative n°1\nArticle 6232 : + 500 € (soit 200 € en moins qu'au BP)\n", [(F, D, "6232", "500")]),
    ("Décision modificative n°1\nArticle 6232 : 500 € au moins\nArticle 6068 : au moins 300 €\nArticle 6156 : plus ou moins 200 €\n",
     [(F, D, "6232", "500"), (F, D, "6068", "300"), (F, D, "6156", "200")]),
    ("Décision modificative n°1\nCrédits à annuler :\nArticle 022 : 1 500 €\nCrédits à ajouter :\nArticle 6232 : 1 500 €\n",
     [(F, D, "022", "-1500"), (F, D, "6232", "1500")]),
    # two clauses joined by "et" before the second amount, each with its side
    ("Décision modificative n°2\nLe conseil municipal décide d'inscrire 4 000 € en dépenses au compte 2188 et 4 000 € en recettes "
     "au compte 1323.\n", [(INV, D, "2188", "4000"), (INV, R, "1323", "4000")]),
    # must not: a year glued to a label is no account
    ("Décision modificative n°1\n2024-Travaux de voirie 15 000 €\n2023-Ecole -15 000 €\n", []),
    # a clause with two amounts: the one nearest its account; "du même montant" the clause before's
    ("Décision modificative n°1\nAfin de régler la facture de 2 340 € de l'entreprise, il convient d'augmenter l'article 61521 "
     "de 2 400 € et de diminuer l'article 022 du même montant.\n", [(F, D, "61521", "2400"), (F, D, "022", "-2400")]),
    ("Décision modificative n°1\nIl convient d'ouvrir 1 500 € à l'article 6232 pour régler la facture de 1 480 €, et de diminuer "
     "l'article 022 du même montant.\n", [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    ("Décision modificative n°1\nAfin de régler la facture de 2 340 €, il convient d'augmenter l'article 61521 de 2 400 € et de "
     "diminuer l'article 022 d'autant.\n",
     [(F, D, "61521", "2400"), (F, D, "022", "-2400")]),
    # must not: "d'autant plus", "d'autant que" give no amount
    ("Décision modificative n°1\nAfin de régler la facture de 2 340 €, il convient d'augmenter l'article 61521 de 2 400 € et de "
     "diminuer l'article 022 d'autant plus que la dépense est certaine.\n", [(F, D, "61521", "2400")]),
    # a movement from the chapter of unforeseen expenses to an article of a chapter
    ("Décision modificative n°4\nVirement de crédits : 500 € du chapitre 022 au chapitre 65, article 6531 (indemnités des élus).\n",
     [(F, D, "022", "-500"), (F, D, "6531", "500")]),
    ("Décision modificative n°4\nLe conseil décide un virement de 2 000 € du chapitre 020 « dépenses imprévues » à l'article 2183.\n",
     [(INV, D, "020", "-2000"), (INV, D, "2183", "2000")]),
    # must not: chapters moved without their articles hold no line
    ("Décision modificative n°4\nVirement de crédits de 500 € du chapitre 012 au chapitre 011.\n", []),
    # two tables side by side, a tab between them
    ("Décision modificative n°1\nFONCTIONNEMENT\nDEPENSES\tRECETTES\n6232 Fêtes et cérémonies\t+ 1 500,00\t7788 Produits "
     "exceptionnels\t+ 1 500,00\n", [(F, D, "6232", "1500"), (F, R, "7788", "1500")]),
    # must not: a year and a count of inhabitants are no accounts, whatever the lines after them
    ("Décision modificative n°1\n2024\nBudget de l'exercice\n12 000 €\n", []),
    # must not: a table whose two amount columns (diminution, augmentation) are flattened onto one line: the sign is lost
    ("Décision modificative n°1\nDESIGNATION DIMINUTION DE CREDITS AUGMENTATION DE CREDITS\nD 022 : Dépenses imprévues 500,00 €\n"
     "D 6232 : Fêtes et cérémonies 500,00 €\n", []),
    # the same table where every cell is printed (0,00 where the line does not move): each amount's column comes back,
    # four cells (expenses' diminution and augmentation, receipts' diminution and augmentation) or two; totals are none
    ("Décision modificative n°1\nDésignation Dépenses Recettes\nDiminution de crédits Augmentation de crédits Diminution de "
     "crédits Augmentation de crédits\nFONCTIONNEMENT\nD-6232 : Fêtes et cérémonies 0,00 € 1 500,00 € 0,00 € 0,00 €\n"
     "TOTAL D 011 : Charges à caractère général 0,00 € 1 500,00 € 0,00 € 0,00 €\nD-022 : Dépenses imprévues 1 500,00 € 0,00 € "
     "0,00 € 0,00 €\nR-7788 : Produits exceptionnels 0,00 € 0,00 € 0,00 € 800,00 €\nD-6068 : Autres fournitures 0,00 € 800,00 € "
     "0,00 € 0,00 €\nTotal FONCTIONNEMENT 1 500,00 € 2 300,00 € 0,00 € 800,00 €\n",
     [(F, D, "6232", "1500"), (F, D, "022", "-1500"), (F, R, "7788", "800"), (F, D, "6068", "800")]),
    ("Décision modificative n°1\nDESIGNATION DIMINUTION DE CREDITS AUGMENTATION DE CREDITS\nINVESTISSEMENT\n"
     "D-2313-101 : Travaux mairie 0,00 € 5 000,00 €\nD-2315-102 : Voirie 5 000,00 € 0,00 €\n"
     "TOTAL D 23 : Immobilisations en cours 5 000,00 € 5 000,00 €\n", [(INV, D, "2313", "5000"), (INV, D, "2315", "-5000")]),
    # the same table one cell a line; and headings of those words over a list, read as before
    ("Décision modificative n°1\nDésignation\nDiminution de crédits\nAugmentation de crédits\nD-022 : Dépenses imprévues\n"
     "1 500,00 €\n0,00 €\nD-6232 : Fêtes et cérémonies\n0,00 €\n1 500,00 €\n", [(F, D, "022", "-1500"), (F, D, "6232", "1500")]),
    ("DM n°2\nDiminution de crédits\n2315 Installations techniques : 6 000 €\nAugmentation de crédits\n2152 Installations de voirie : "
     "6 000 €\n", [(INV, D, "2315", "-6000"), (INV, D, "2152", "6000")]),
    # a printed minus in an augmentation column is kept
    ("Décision modificative n°1\nDésignation Dépenses Recettes\nDiminution de crédits Augmentation de crédits Diminution de "
     "crédits Augmentation de crédits\nFONCTIONNEMENT\nD-6232 : Fêtes et cérémonies 0,00 € 800,00 € 0,00 € 0,00 €\n"
     "R-7788 : Produits exceptionnels 0,00 € 0,00 € 0,00 € -800,00 €\n", [(F, D, "6232", "800"), (F, R, "7788", "-800")]),
    # must not: one row printing one amount only (its column lost) leaves the whole table unread
    ("Décision modificative n°1\nDESIGNATION DIMINUTION DE CREDITS AUGMENTATION DE CREDITS\nD-2313 : Travaux 0,00 € 5 000,00 €\n"
     "D-2315 : Voirie 5 000,00 €\n", []),
    # must not: the budget before the amendment; the account a credit is taken from is a reduction
    ("Décision modificative n°1\nLe budget primitif prévoyait 12 000 € à l'article 6232 ; il est proposé d'y ajouter 3 000 € "
     "par prélèvement sur l'article 022.\n", [(F, D, "022", "-3000")]),
    # must not: adjustments mentioned in passing
    ("2. Subventions\nLe conseil vote 500 € à l'article 6574 ; les crédits feront l'objet d'ajustements.\n", []),
    # must not: an agenda line naming an account without an amount (pages: "Décisions modificatives : Fonds gallo, compte 67")
    ("Décisions modificatives : Fonds gallo, compte 67 (remboursement contrat aidé de 2012)\n", []),
    # must not: a price with TTC in an amendment's explanation
    ("Décision modificative n°1\nLe devis de l'entreprise s'élève à 4 800 € TTC pour les travaux prévus à l'article 2313.\n", []),
    # must not: the budget's balance
    ("Décision modificative n°2\nLe budget s'équilibre en section de fonctionnement à 845 000 € et en section d'investissement "
     "à 312 000 €.\n", []),
    # must not: the amendment's totals
    ("DM n°1\nTotal dépenses de fonctionnement : 0,00 €\nTotal recettes d'investissement : 0,00 €\n", []),
]


# Tables as the readers give them (cells by tabs): a budget before and after the amendment, side letters in the account
# cell, the side columns of accounting software
TABLES = [
    # "BP | DM | Total": only the amendment's column
    ("Décision modificative n°1\nArticle\tLibellé\tBP 2024\tDM n°1\tTotal\n6232\tFêtes et cérémonies\t2 000,00\t1 500,00\t3 500,00\n"
     "022\tDépenses imprévues\t5 000,00\t-1 500,00\t3 500,00\n", [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    ("Décision modificative n°1\nCompte\tIntitulé\tCrédits votés\tModification\tNouveaux crédits\n"
     "6232\tFêtes et cérémonies\t2 000,00\t+ 1 500,00\t3 500,00\n022\tDépenses imprévues\t5 000,00\t- 1 500,00\t3 500,00\n",
     [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    ("Décision modificative n°1\nChap/art\tLibellé\tPour mémoire budget primitif\tPropositions nouvelles\tVote\n"
     "6232\tFêtes et cérémonies\t2 000,00\t1 500,00\t1 500,00\n022\tDépenses imprévues\t5 000,00\t-1 500,00\t-1 500,00\n",
     [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    ("Décision modificative n°1\nSection\tSens\tArticle\tLibellé\tMontant\nF\tD\t6232\tFêtes\t1 500,00\nF\tD\t022\tImprévues\t-1 500,00\n",
     [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    # "Chap/art" (the official maquette's column) holding a chapter's own row above its articles: a subtotal, no line
    ("Décision modificative n°1\nChap/art\tLibellé\tDM n°1\n011\tCharges à caractère général\t1 500,00\n6232\tFêtes et "
     "cérémonies\t1 500,00\n022\tDépenses imprévues\t-1 500,00\n", [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    # the side letter a word of its own in the account cell opens the row
    # every cell printed, the empty ones as 0,00: no line of 0
    ("Décision modificative n°1\nDésignation\tDépenses\t\tRecettes\t\n\tDiminution de crédits\tAugmentation de crédits\t"
     "Diminution de crédits\tAugmentation de crédits\nD-6232 : Fêtes et cérémonies\t0,00 €\t1 500,00 €\t0,00 €\t0,00 €\n"
     "D-022 : Dépenses imprévues\t1 500,00 €\t0,00 €\t0,00 €\t0,00 €\nR-7788 : Produits exceptionnels\t0,00 €\t0,00 €\t0,00 €\t800,00 €\n",
     [(F, D, "6232", "1500"), (F, D, "022", "-1500"), (F, R, "7788", "800")]),
    ("Décision modificative n°1\nImputation\tLibellé\tDépenses\tRecettes\nD 6232\tFêtes\t1 500,00\t\n"
     "R 7788\tProduits exceptionnels\t\t1 500,00\n", [(F, D, "6232", "1500"), (F, R, "7788", "1500")]),
    ("Décision modificative n°1\nINVESTISSEMENT\nDépenses\t\tRecettes\t\nArticle\tMontant\tArticle\tMontant\n2313\t5 000,00\t1341\t5 000,00\n",
     [(INV, D, "2313", "5000"), (INV, R, "1341", "5000")]),
    ("Décision modificative n°1\nDésignation\tDiminution de crédits\tAugmentation de crédits\n"
     "D 022 : Dépenses imprévues\t1 500,00\t\nD 6232 : Fêtes et cérémonies\t\t1 500,00\n", [(F, D, "022", "-1500"), (F, D, "6232", "1500")]),
]


# A web page's table as the text copy prints it: one cell a line closed by " |", a cell's text wrapping over lines (an
# amount too: "1" / "500,00 |"), a line of "|" alone closing each row
PIPE_CELLS = [
    # the software's amendment table, its merged cells lost: "Désignation" spanning both header rows (the amount
    # columns' row sits under the right-hand columns), "Dépenses (1)" and "Recettes (1)" spanning two columns each
    ("Décision modificative n°1\n|\nDésignation |\nDépenses (1) |\nRecettes (1) |\n|\nDiminution de crédits |\nAugmentation de "
     "crédits |\nDiminution de crédits |\nAugmentation de crédits |\n|\nINVESTISSEMENT |\n|\nD-2313-101 : Travaux mairie |\n0,00 € |\n"
     "5 000,00 € |\n0,00 € |\n0,00 € |\n|\nD-2315-102 : Voirie |\n5 000,00 € |\n0,00 € |\n0,00 € |\n0,00 € |\n|\nR-1641 : Emprunts |\n"
     "0,00 € |\n0,00 € |\n0,00 € |\n800,00 € |\n|\nTOTAL INVESTISSEMENT |\n5 000,00 € |\n5 000,00 € |\n0,00 € |\n800,00 € |\n|\n",
     [(INV, D, "2313", "5000"), (INV, D, "2315", "-5000"), (INV, R, "1641", "800")]),
    ("Décision modificative n°1\nArticle |\nLibellé |\nMontant |\n|\n6232 |\nFêtes et cérémonies |\n1 500,00 |\n|\n022 |\n"
     "Dépenses imprévues |\n-1 500,00 |\n", [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    ("Décision modificative n°1\n|\nChap/art |\nLibellé |\nDM n°1 |\n|\n6232 |\nFêtes et\ncérémonies |\n1\n500,00 |\n|\n022 |\n"
     "Dépenses imprévues |\n-1\n500,00 |\n", [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
    # the maquette's header (notes in brackets, the budget before, the proposals and the vote repeating them)
    ("Décision modificative n°1\n|\nChap/art\n(1) |\nLibellé (1) |\nPour mémoire\nbudget primitif précédent(2) |\nPropositions\n"
     "nouvelles (3) |\nVote (4) |\n|\n011 |\nCharges à caractère\ngénéral |\n43\n300,00 |\n1\n500,00 |\n1 500,00 |\n|\n6232 |\n"
     "Fêtes et cérémonies |\n1 000,00 |\n1\n500,00 |\n1 500,00 |\n|\n022 |\nDépenses imprévues |\n5 000,00 |\n-1\n500,00 |\n"
     "-1 500,00 |\n|\n", [(F, D, "6232", "1500"), (F, D, "022", "-1500")]),
]


@pytest.mark.parametrize("text, expected", BUDGET + TABLES + PIPE_CELLS)
def test_budget_phrasings(text, expected):
    assert _lines(text) == [(s, side, a, _norm(amount)) for s, side, a, amount in expected]


def test_sections_on_one_run_on_line():
    """A web page printing its items as one paragraph ("... Vote pour à l'unanimité 4. Régularisation ..."): each
    amendment reads its section's part of the line only, the next item's accounting entries are not its lines."""
    from pipeline.records import Provenance, Section

    text = ("3. Virement de crédit n°1 – Proposition de virer 800 € du compte 022 au compte 6574. Vote pour à l'unanimité "
            "4. Régularisation – Virement de crédit n°2 : débiter le compte 1068 de 5 000,00 € et créditer le compte 28041 "
            "de 5 000,00 €. Vote pour à l'unanimité")
    doc = build_document("0" * 64, "/nonexistent/minutes.txt", "text", [split_text_lines(text)])
    cut = text.index("4. Régul")
    prov = Provenance("0" * 64, 1, 0, 1, "")
    seg = Segmentation((), (Section("3", "", "Virement de crédit n°1", 0, cut, prov),
                            Section("4", "", "Régularisation", cut, len(text), prov)), None, 0)
    found = budget.extract(doc, seg)["budget_lines"]
    assert [(b.item_number, b.article, str(b.amount)) for b in found if b.item_number == "3"] == [("3", "022", "-800"), ("3", "6574", "800")]
    assert all(b.provenance.char_end <= cut for b in found if b.item_number == "3")


@pytest.mark.parametrize("text, article, chapter", [
    ("DM n°2\nArticle 6411 : + 8 000 €\nArticle 022 : - 8 000 €\n", "6411", "012"),
    ("DM n°1\nArticle 6232 : + 1 500 €\nArticle 022 : - 1 500 €\n", "6232", "011"),
    ("DM n°1\nSection d'investissement - Dépenses\n2188 Autres immobilisations corporelles 4 500 €\n"
     "2315 Installations -4 500 €\n", "2188", "21"),
    ("DM n°1\nRecettes d'investissement : article 1323 : + 800 €\nDépenses d'investissement : article 2152 : + 800 €\n",
     "1323", "13"),
    # a chapter printed without its leading zero is the chart's
    ("DM n°1\nRecettes de fonctionnement\nChapitre 13 article 6419 : + 2 000 €\nDépenses de fonctionnement\nChapitre 12 article 6411 : + 2 000 €\n",
     "6419", "013"),
    ("DM n°1\nChapitre 22 article 022 : - 800 €\nChapitre 11 article 6232 : + 800 €\n", "022", "022"),
])
def test_chapter_from_the_chart(text, article, chapter):
    doc = build_document("0" * 64, "/nonexistent/minutes.txt", "text", [split_text_lines(text)])
    lines = budget.extract(doc, Segmentation((), (), None, 0))["budget_lines"]
    assert [b.chapter for b in lines if b.article == article] == [chapter]


# ---------------------------------------------------------------------------------------------
# Memberships (the changes read from a title or a clause are in tests/test_membership.py's one table; here the
# clauses that decide, and whole items)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("body, decided", [
    ("Après en avoir délibéré, le conseil municipal accepte l'adhésion de la commune de Mauves au SIVU.", True),
    ("Le conseil municipal se prononce contre le retrait de la commune de Vernosc du syndicat.", False),
    ("Le conseil municipal émet un avis défavorable à l'adhésion de la commune de Lemps au SIVU.", False),
    ("Le conseil municipal s'oppose au retrait de la commune de Lemps du SIVU.", False),
    ("Le conseil municipal marque son opposition à l'adhésion de la commune de Lemps au SIVU.", False),
    ("Le conseil municipal approuve l'adhésion de la commune de Lemps au SIVU, sans opposition.", True),
    ("Le conseil municipal donne un avis favorable à l'adhésion de la commune de Lemps au SIVU.", True),
    ("Après en avoir délibéré, le conseil municipal décide de rejoindre le Syndicat des Eaux de la Veyre.", True),
    ("Le conseil municipal décide de quitter le SIVU des écoles au 31 décembre.", True),
    # the infinitive after "pour": "Accord à l'unanimité pour émettre un avis favorable", "délibère pour demander le retrait"
    ("Accord à l'unanimité des membres présents pour émettre un avis favorable à l'adhésion de la commune de Lemps au SIVU.", True),
    ("Le conseil délibère à l'unanimité pour demander le retrait de la commune de Lemps du SIVU.", True),
    ("Le conseil délibère à l'unanimité pour ne pas demander le retrait de la commune de Lemps du SIVU.", False),
    # a membership ended is decided, not refused
    ("Après en avoir délibéré, le conseil municipal décide de ne plus adhérer au CNAS.", True),
    ("Le conseil municipal décide de ne pas renouveler son adhésion au CNAS.", True),
])
def test_decisive_clauses(body, decided):
    assert (_decided(body, "Syndicat des Eaux") is not None) is decided


@pytest.mark.parametrize("title, statement, expected", [
    # pages: a web page's title and its decision, the commune leaving a SIVU
    ("Retrait de la commune du SIVU scolaire Nieulle la Gripperie / Saint Sornin",
     "A cette écoute, le conseil délibère à l'unanimité pour demander le retrait de la commune du SIVU scolaire.",
     [("Commune de Saint-André", "SIVU scolaire Nieulle la Gripperie / Saint Sornin", "leave")]),
    ("SIVU des écoles", "Le conseil municipal, après en avoir délibéré, décide de quitter le SIVU des écoles au 31 décembre 2025. "
     "Adopté à l'unanimité.", [("Commune de Saint-André", "SIVU des écoles", "leave")]),
    ("Syndicat des Eaux de la Veyre : adhésion de nouvelles communes",
     "Le conseil municipal émet un avis favorable à l'adhésion de la commune de Chanonat au Syndicat des Eaux de la Veyre. "
     "Adopté à l'unanimité.", [("Commune de Chanonat", "Syndicat des Eaux de la Veyre", "join")]),
    # a title naming a kind, not a member ("ADHÉSION DE COMMUNE AU SMAHVSBE"): the body names which commune, the
    # title the organisation the body names by its kind only
    ("ADHÉSION DE COMMUNE AU SIAEP", "Accord à l'unanimité pour émettre un avis favorable à l'adhésion de la Commune de Lemps "
     "au Syndicat Mixte pour l'Eau Potable.", [("Commune de Lemps", "SIAEP", "join")]),
    # "de la commune" is the deliberating one
    ("Adhésion de la commune au SIAEP", "Le conseil municipal approuve l'adhésion de la commune au SIAEP. Adopté à l'unanimité.",
     [("Commune de Saint-André", "SIAEP", "join")]),
    # a member's request granted by name: "la commune de X a demandé son retrait du SIVU ... accepte ce retrait"
    ("SIVU des écoles", "Par délibération du 4 mars, la commune de Lemps a demandé son retrait du SIVU des écoles.\n"
     "Le conseil municipal accepte ce retrait.\nAdopté à l'unanimité.", [("Commune de Lemps", "SIVU des écoles", "leave")]),
    ("Demande d'adhésion", "Vu la délibération de la commune de Lemps sollicitant son adhésion au SIVU des écoles,\n"
     "Le conseil municipal APPROUVE cette adhésion.\nAdopté à l'unanimité.", [("Commune de Lemps", "SIVU des écoles", "join")]),
    ("Adhésion de nouvelles communes", "Les communes de Lemps et Arras ont sollicité leur adhésion au SIVU des écoles.\n"
     "Le conseil municipal accepte ces adhésions.\nAdopté à l'unanimité.",
     [("Commune de Lemps", "SIVU des écoles", "join"), ("Commune d'Arras", "SIVU des écoles", "join")]),
    # the request as a verb ("souhaite adhérer", "a demandé à se retirer"); a favourable opinion with no object grants the
    # item's request
    ("SIVU des écoles", "La commune de Lemps souhaite adhérer au SIVU des écoles à compter du 1er janvier 2025.\n"
     "Le conseil municipal accepte cette adhésion.\nAdopté à l'unanimité.", [("Commune de Lemps", "SIVU des écoles", "join")]),
    ("Demande de retrait", "Par délibération du 3 mars, la commune de Lemps a demandé à se retirer du SIVU des écoles.\n"
     "Le conseil municipal émet un avis favorable.\nAdopté à l'unanimité.", [("Commune de Lemps", "SIVU des écoles", "leave")]),
    ("Demande de retrait", "Par délibération du 3 mars, la commune de Lemps a sollicité son retrait du SIVU des écoles.\n"
     "Le conseil municipal émet un avis favorable.\nAdopté à l'unanimité.", [("Commune de Lemps", "SIVU des écoles", "leave")]),
    # a membership ended with its member named ("résilier l'adhésion de la commune au CNAS"); a groupement de commandes
    # "du SDE": the SDE coordinates it, it does not join
    ("CNAS", "Le conseil municipal décide de résilier l'adhésion de la commune au CNAS au 31 décembre 2024. Adopté à l'unanimité.",
     [("Commune de Saint-André", "CNAS", "leave")]),
    ("Adhésion au groupement de commandes du SDE pour l'achat d'énergie", "Le conseil municipal décide d'adhérer au groupement "
     "de commandes et autorise le maire à signer l'acte constitutif. Adopté à l'unanimité.",
     [("Commune de Saint-André", "Groupement de commandes", "join")]),
    # a commune named without its head leaves, not the deliberating commune; the organisation before a dash
    ("SIVU scolaire – retrait de Lemps", "Le conseil municipal accepte le retrait de la commune de Lemps du SIVU scolaire. "
     "Adopté à l'unanimité.", [("Commune de Lemps", "SIVU scolaire", "leave")]),
    # must not: a title naming the change, the council's opinion against it (the decision adopted is that opinion)
    ("Adhésion de la commune de Lemps au SIVU des écoles", "Le conseil municipal, après en avoir délibéré, émet un avis "
     "défavorable.\nAdopté à l'unanimité.", []),
    # must not: a membership renewed
    ("Adhésion CAUE 2025", "Le conseil municipal décide de renouveler l'adhésion au CAUE pour l'année 2025. Adopté à l'unanimité.", []),
    ("Adhésion au CAUE", "Le conseil municipal décide de renouveler l'adhésion au CAUE pour l'année 2025. Adopté à l'unanimité.", []),
    # must not: a request the council does not grant by name, or refuses
    ("SIVU des écoles", "La commune de Lemps a demandé son retrait du SIVU des écoles. Le conseil municipal prend acte du "
     "rapport d'activité.\nAdopté à l'unanimité.", []),
    ("SIVU des écoles", "La commune de Lemps a demandé son retrait du SIVU des écoles. Le conseil municipal n'accepte pas ce "
     "retrait.\nAdopté à l'unanimité.", []),
    # must not: the council votes against the change
    ("SIVOM du Haut-Vivarais", "Le conseil municipal se prononce contre le retrait de la commune de Vernosc du SIVOM du "
     "Haut-Vivarais. Adopté à l'unanimité.", []),
])
def test_membership_end_to_end(title, statement, expected):
    from tests.test_membership import _changes_of

    got = _changes_of(title, statement)
    assert len(got) == len(expected), got
    for (gm, go, gc), (em, eo, ec) in zip(got, expected, strict=True):
        assert gc == ec and _same_org(gm, em) and _same_org(go, eo), got


@pytest.mark.parametrize("text, expected", [
    # pages: a web page giving one deliberation as prose, no heading read, no decision read
    ("Retrait de la commune du SIVU scolaire\n\nM. le maire explique qu'il suffit que les communes membres délibèrent pour "
     "leur retrait.\n\nA cette écoute, le conseil délibère à l'unanimité pour demander le retrait de la commune de Lemps du SIVU "
     "scolaire des Trois Vallées.", [("Commune de Lemps", "SIVU scolaire des Trois Vallées", "leave")]),
    # must not: an explanation, a refusal, a request by another body
    ("Retrait de la commune du SIVU scolaire\n\nM. le maire explique qu'il suffit que les communes membres délibèrent pour "
     "leur retrait.", []),
    ("A cette écoute, le conseil décide de ne pas demander le retrait de la commune de Lemps du SIVU scolaire.", []),
    ("La commune de Mars a demandé le retrait du SIVU scolaire ; le maire en donne lecture.", []),
    # an extract of one deliberation: the council's words on a line, what it decides on the next ones
    ("EXTRAIT DU REGISTRE DES DELIBERATIONS\nObjet : Adhésion de la commune de Lemps au SIVU des écoles\nLe maire expose la "
     "demande.\nLe Conseil Municipal, après en avoir délibéré, à l'unanimité,\n- ACCEPTE l'adhésion de la commune de Lemps au SIVU "
     "des écoles,\n- AUTORISE le Maire à signer toutes les pièces.\n", [("Commune de Lemps", "SIVU des écoles", "join")]),
    ("Objet : Retrait du SIVU scolaire\nLe Conseil Municipal, après en avoir délibéré,\nDÉCIDE de demander le retrait de la commune "
     "du SIVU scolaire des Trois Vallées.\n", [("Commune de Saint-André", "SIVU scolaire des Trois Vallées", "leave")]),
])
def test_membership_without_sections(text, expected):
    """No item found and no decision read: the changes a sentence naming the council or its vote decides."""
    from extractors import membership
    from pipeline.records import Extraction, Meeting

    doc = build_document("0" * 64, "/nonexistent/minutes.txt", "text", [split_text_lines(text)])
    facts = Extraction(Meeting(body="Commune de Saint-André"))
    got = [(c.member, c.organisation, c.change) for c in
           membership.extract(doc, Segmentation((), (), None, len(text)), facts)["membership_changes"]]
    assert len(got) == len(expected), got
    for (gm, go, gc), (em, eo, ec) in zip(got, expected, strict=True):
        assert gc == ec and _same_org(gm, em) and _same_org(go, eo), got


def test_a_heading_inside_an_amendment_read_as_its_sub_item():
    """"FONCTIONNEMENT - DEPENSES" under "1. Décision modificative n°1", segmented as a sub-item 1.1: its lines are the
    amendment's; a sub-item naming an amendment of its own stays one."""
    from pipeline.records import Provenance, Section

    text = ("1. Décision modificative n°1\nFONCTIONNEMENT - DEPENSES\n6232 Fêtes et cérémonies\n+ 500,00 €\n"
            "022 Dépenses imprévues\n- 500,00 €\n2. Questions diverses\n")
    doc = build_document("0" * 64, "/nonexistent/minutes.txt", "text", [split_text_lines(text)])
    a, b, c = text.index("FONCTIONNEMENT"), text.index("2. Questions"), len(text)
    prov = Provenance("0" * 64, 1, 0, 1, "")
    seg = Segmentation((), (Section("1", "", "Décision modificative n°1", 0, a, prov),
                            Section("1.1", "", "FONCTIONNEMENT - DEPENSES", a, b, prov),
                            Section("2", "", "Questions diverses", b, c, prov)), None, 0)
    found = budget.extract(doc, seg)["budget_lines"]
    assert [(f.item_number, f.article, str(f.amount)) for f in found] == [("1", "6232", "500.00"), ("1", "022", "-500.00")]


@pytest.mark.parametrize("title, statement, expected", [
    # no decision read in the item: the council's own sentence deciding the change is its decision
    ("Adhésion de la commune de Lemps au SIVU", "Le maire expose la demande.\nLe conseil municipal, après en avoir délibéré, "
     "accepte l'adhésion de la commune de Lemps au SIVU des écoles.", [("Commune de Lemps", "SIVU", "join")]),
    ("SIVU des écoles", "Le conseil municipal, à l'unanimité, décide d'adhérer au SIVU des écoles.",
     [("Commune de Vion", "SIVU des écoles", "join")]),
    # the council's words opening a list of what it decides, each on a line of its own
    ("SIVU des écoles", "Le maire expose.\nLe Conseil Municipal, après en avoir délibéré, à l'unanimité,\n- ACCEPTE l'adhésion de la "
     "commune de Lemps au SIVU des écoles,\n- AUTORISE le Maire à signer.\n", [("Commune de Lemps", "SIVU des écoles", "join")]),
    # must not: a proposal, an item put off, a refusal, a decision to come
    ("SIVU des écoles", "Il est proposé au conseil d'accepter l'adhésion de la commune de Lemps au SIVU.", []),
    ("SIVU des écoles", "Le conseil municipal accepte l'adhésion de la commune de Lemps au SIVU. Le point est ajourné.", []),
    ("SIVU des écoles", "Le conseil municipal refuse l'adhésion de la commune de Lemps au SIVU.", []),
    ("SIVU des écoles", "Le conseil municipal accepte l'adhésion de la commune de Lemps au SIVU.\nAJOURNÉ\n", []),
    ("SIVU des écoles", "La proposition d'adhésion est rejetée. Le conseil municipal accepte l'adhésion de la commune de Lemps "
     "au SIVU.", []),
    # a word of the item's fate about something else ("les crédits reportés") leaves the deciding sentence read
    ("SIVU des écoles", "Le maire rappelle les crédits reportés de 2023.\nLe conseil municipal, après en avoir délibéré, accepte "
     "l'adhésion de la commune de Lemps au SIVU des écoles.", [("Commune de Lemps", "SIVU des écoles", "join")]),
    ("Adhésion au CNAS", "Le maire présente le CNAS. Le conseil municipal prendra sa décision lors d'une prochaine séance.", []),
])
def test_membership_without_a_decision_read(title, statement, expected):
    """The decisions extractor read no decision in the item (no vote printed, or a vote it cannot read)."""
    from extractors import membership
    from pipeline.records import Extraction, Meeting
    from tests.test_membership import _minutes

    doc, seg = _minutes(title, statement)
    got = [(c.member, c.organisation, c.change)
           for c in membership.extract(doc, seg, Extraction(Meeting(body="Commune de Vion")))["membership_changes"]]
    assert len(got) == len(expected), got
    for (gm, go, gc), (em, eo, ec) in zip(got, expected, strict=True):
        assert gc == ec and _same_org(gm, em) and _same_org(go, eo), got
