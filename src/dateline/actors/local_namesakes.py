"""A famous name's local namesake: "Mr. Macron, a local pastor," "Dr. Austin, the city's health
officer," and "Ms. Harris, a nurse at the county hospital," name someone the article describes as
a local figure or by a trade, which the dictionary's person of that surname (a head of state, a
defence secretary) is not. The one-word name makes a new person,
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
#: those of them no office holder is known by, which name a local person even without "local"
#: ("Ms. Harris, a nurse at the county hospital,"; not "a lawyer", "a prosecutor", "a journalist")
TRADES = frozenset({
    "baker", "barber", "builder", "butcher", "carpenter", "dentist", "electrician", "farmer",
    "firefighter", "fisherman", "grocer", "librarian", "mechanic", "midwife", "nurse", "paramedic",
    "pharmacist", "plumber", "postman", "shopkeeper", "vet", "veterinarian"})
_POSSESSIVE = ("'s", "’s")


def local_apposition(doc: Doc, end: int) -> bool:
    """A noun phrase in apposition after the name ending before token ``end`` gives a local
    occupation: "<name>, a local pastor,", "<name>, the city's health officer."; or a trade of
    ``TRADES`` after "a"/"an", with or without a place after it: "<name>, a nurse at the county
    hospital,", "<name>, a farmer from Kent,". Not one that says "former", nor a local one that goes
    on past its noun ("a local celebrity since his visit")."""
    phrase = appositive(doc, end, 9)
    if phrase is None:
        return False
    words = [t.lower_ for t in phrase]
    k = next((i for i, t in enumerate(phrase) if t.pos_ == "ADP" and i), len(words))
    if "former" in words or phrase[k - 1].pos_ != "NOUN" or words[k - 1] not in OCCUPATIONS \
            or any(t.pos_ not in ("ADJ", "NOUN", "PART") for t in phrase[:k]):
        return False
    if doc[end + 1].lower_ in ("a", "an") and words[k - 1] in TRADES:
        return True
    return k == len(words) and ("local" in words[:-1] or any(
        w in LOCAL_OWNERS and words[i + 1] in _POSSESSIVE for i, w in enumerate(words[:-2])))
