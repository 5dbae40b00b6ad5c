"""Place context: is a name where a place is expected ("near Sinjar", "the town of X")?"""

from __future__ import annotations

from spacy.tokens import Span

from dateline.actors.lexicon import lexicon

#: prepositions after which a town's name is the town ("near Sinjar"), whatever the model thought
LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "into", "from", "towards", "toward", "across"})

#: verbs whose object is where one goes or what one attacks ("troops left Kherson", "shelled Bakhmut")
MOVES = frozenset({"visit", "leave", "enter", "reach", "tour", "flee", "evacuate", "shell", "bomb", "besiege",
                   "encircle", "liberate", "capture", "storm", "recapture", "retake", "overrun", "abandon"})


def place_context(ent: Span) -> bool:
    """Is a one-word name where a place is expected: after "in", "near" ... or the object of
    "left", "shelled", "captured"?"""
    root = ent.root
    return after_locative(ent) or root.dep_ == "dobj" and root.head.lemma_.lower() in MOVES


#: "the town of X", "the province of X": what follows "of" is a place, never a person
PLACE_OF_NOUNS = frozenset({"town", "city", "village", "region", "province", "district", "capital", "port",
                            "suburb", "county", "governorate", "island", "hamlet", "municipality", "oblast"})


def named_place(ent: Span) -> bool:
    """'the town of X', and the end of 'Rostov-on-Don', 'Stratford-upon-Avon'."""
    doc, i = ent.doc, ent.start
    if i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in PLACE_OF_NOUNS:
        return True
    return i > 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("on", "upon", "am", "sur") \
        and doc[i - 3].text == "-" and not doc[i - 3].whitespace_


#: last words of the names of natural features no person bears, our own list ("Sabina Shoal",
#: "Mischief Reef", "the Spratly Islands"; not "Strait" or "Bay", also surnames: George Strait)
FEATURE_HEADS = frozenset({"Shoal", "Shoals", "Reef", "Reefs", "Atoll", "Atolls", "Islands", "Archipelago",
                           "Peninsula", "Lagoon", "Glacier"})


def feature_name(ent: Span) -> bool:
    """'near Sabina Shoal', 'Mischief Reef': two or more words whose last is a natural feature's
    (``FEATURE_HEADS``), a place (the caller checks for a person cue: "Jennifer Reef said she")."""
    return len(ent) > 1 and ent[-1].text in FEATURE_HEADS


def after_locative(ent: Span) -> bool:
    """'near Baiji', 'in Raqqa', not 'shares in Toyota' or 'a stake in Nokia'."""
    doc, i = ent.doc, ent.start
    return i > 0 and doc[i - 1].lower_ in LOCATIVE and not (i > 1 and doc[i - 2].lower_ in lexicon().holding_words)


__all__ = ["FEATURE_HEADS", "LOCATIVE", "MOVES", "PLACE_OF_NOUNS", "after_locative", "feature_name", "named_place",
           "place_context"]
