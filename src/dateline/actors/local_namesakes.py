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
    "pharmacist", "plumber", "postman", "shopkeeper", "vet", "veterinarian", "singer", "rapper", "musician",
    "teacher", "student"})
_POSSESSIVE = ("'s", "’s")


def local_apposition(doc: Doc, end: int) -> bool:
    """A noun phrase in apposition after the name ending before token ``end`` gives a local
    occupation: "<name>, a local pastor,", "<name>, the city's health officer."; or a trade of
    ``TRADES`` (``trade_apposition``). Not one that says "former", nor a local one that goes on past
    its noun ("a local celebrity since his visit")."""
    if trade_apposition(doc, end):
        return True
    phrase = appositive(doc, end, 9)
    if phrase is None or phrase[-1].pos_ != "NOUN":
        return False
    words = [t.lower_ for t in phrase]
    if "former" in words or words[-1] not in OCCUPATIONS or any(t.pos_ not in ("ADJ", "NOUN", "PART") for t in phrase):
        return False
    return "local" in words[:-1] or any(
        w in LOCAL_OWNERS and words[i + 1] in _POSSESSIVE for i, w in enumerate(words[:-2]))


def trade_apposition(doc: Doc, end: int) -> bool:
    """'<name>, a nurse,', '<name>, a nurse at the county hospital', '<name>, a farmer from Kent
    who ...': after the name ending before token ``end``, a comma, "a"/"an", words that describe
    (not "former") and a trade of ``TRADES`` that closes the phrase or goes on with a place or a
    clause; not "a nurse turned senator", "a nurse's aide", "a carpenter's son"."""
    if end + 3 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an"):
        return False
    j = end + 2
    while j < len(doc) - 1 and j - end < 6 and doc[j].lower_ not in TRADES:
        if doc[j].pos_ not in ("ADJ", "NOUN") or doc[j].lower_ == "former":
            return False
        j += 1
    after = doc[j + 1] if j + 1 < len(doc) else None
    return doc[j].lower_ in TRADES and doc[j].pos_ == "NOUN" and after is not None and (
        after.text in (",", ".", ";", "—") or after.pos_ == "ADP" or after.lower_ in ("who", "whose"))
