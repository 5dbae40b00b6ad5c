"""A famous name's local namesake: "Mr. Macron, a local pastor," and "Dr. Austin, the city's health
officer," name someone the article describes as a local figure, which the dictionary's person of
that surname (a head of state, a defence secretary) is not. The one-word name makes a new person,
and the article's later bare "Macron" is that person, until the article names the famous one in
full ("President Emmanuel Macron"). Not "Mr. Macron, the French president,",
"Macron, a former banker," (a past life), "Austin, the defence secretary,", nor a famous person's
local standing, "Mr. Trump, the local favourite,", "the town's favourite son" (the head noun is
none of ``OCCUPATIONS``)."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.actors.appositions import appositive

#: a possessive owner that makes an office a locality's ("the city's health officer")
LOCAL_OWNERS = frozenset({"borough", "city", "community", "county", "district", "neighborhood",
                          "neighbourhood", "parish", "school", "town", "township", "village"})
#: occupations of local news, our own list
OCCUPATIONS = frozenset({
    "accountant", "activist", "alderman", "baker", "barber", "bishop", "builder", "butcher",
    "carpenter", "chaplain", "cleric", "clerk", "coach", "commissioner", "contractor", "councillor",
    "councilman", "councilor", "councilwoman", "deacon", "dentist", "director", "doctor", "driver",
    "electrician", "farmer", "firefighter", "fisherman", "grocer", "headmaster", "headteacher",
    "imam", "journalist", "judge", "lawyer", "librarian", "manager", "mayor", "mechanic", "midwife",
    "nurse", "officer", "official", "paramedic", "pastor", "pharmacist", "plumber", "policeman",
    "postman", "preacher", "priest", "principal", "professor", "prosecutor", "rabbi", "reporter",
    "restaurateur", "sheriff", "shopkeeper", "surgeon", "teacher", "trustee", "vet", "veterinarian",
    "vicar"})
_POSSESSIVE = ("'s", "’s")


def local_apposition(doc: Doc, end: int) -> bool:
    """A noun phrase in apposition after the name ending before token ``end`` gives a local
    occupation: "<name>, a local pastor,", "<name>, the city's health officer."; not one that says
    "former", nor one that goes on past its noun ("a local celebrity since his visit")."""
    phrase = appositive(doc, end, 9)
    if phrase is None or phrase[-1].pos_ != "NOUN":
        return False
    words = [t.lower_ for t in phrase]
    if "former" in words or words[-1] not in OCCUPATIONS or any(t.pos_ not in ("ADJ", "NOUN", "PART") for t in phrase):
        return False
    return "local" in words[:-1] or any(
        w in LOCAL_OWNERS and words[i + 1] in _POSSESSIVE for i, w in enumerate(words[:-2]))
