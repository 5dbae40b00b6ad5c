"""Facilities named for what they are ("Nasser Hospital", "Kamal Adwan Hospital", "the Great
Omari Mosque"): a name ending in a capitalised facility head of the actors lexicon
(``facility_heads``: Hospital, School, Mosque, Church ...). Such a name is no town: a town inside
it is where it stands when the name is the town's plus generic words ("Kabul International
Airport", "Haifa Port") or when a large town opens it ("Odesa Sea Port", ``readings._partial``),
not when a small one runs on into a person's name ("Kamal Adwan Hospital" is no Kamal, Indonesia). A facility the gazetteer does not know takes the point of the town it is said
to be in ("Nasser Hospital in Khan Younis"), under its own name and at a lower confidence
(``at_town``); otherwise it has no point.
"""

from __future__ import annotations

import re

from dateline.actors.lexicon import lexicon
from dateline.model import Place

#: a facility placed at the town it is said to be in keeps this share of the town's confidence
TOWN_SHARE = 0.5
#: "<facility> in <town>": the words between the two names
IN_TOWN = re.compile(r"\s+in\s+(?:the\s+(?:town|city|village)\s+of\s+)?")


def is_facility(text: str) -> bool:
    """``text`` ends in a capitalised facility head ("Nasser Hospital", "Al-Aqsa Martyrs
    Hospital"; not "Port Sudan", "Gaza City")."""
    last = text.rsplit(None, 1)[-1] if " " in text.strip() else ""
    return last[:1].isupper() and last.lower() in lexicon().facility_heads


def opens_name(words: list[str], hyphens: list[bool], i: int) -> bool:
    """Word ``i`` of a facility's name (``hyphens[k]``: word ``k`` joins the one before by a
    hyphen) opens it, or a hyphen's part of it: no "Kennedy" of "John F. Kennedy Airport"."""
    return not i or hyphens[i] or words[i - 1].lower() == "the"


def town_named(words: list[str], hyphens: list[bool], i: int, n: int, generic: frozenset[str]) -> bool:
    """Words ``i``..``i+n`` of a facility's name are the town it stands in: they open the name
    and only generic words follow them to the head ("Kabul International Airport",
    "Montreal-Pierre Elliott Trudeau International Airport"), not "Kamal" of "Kamal Adwan
    Hospital" (other words follow: only a large town is then the facility's, ``readings``)."""
    if not opens_name(words, hyphens, i):
        return False
    end = i + n
    if end < len(words) and hyphens[end]:
        return True
    return all(w.lower().strip(".,'’") in generic for w in words[end:])


def at_town(place: Place, town: Place) -> Place:
    """``place`` (a facility the gazetteer lacks) at the point of ``town``, the resolved town it
    is said to be in, under its own name, with no GeoNames id or feature of its own."""
    return Place(place.start, place.end, place.text, place.text, town.country, town.lat, town.lon, None,
                 round(town.confidence * TOWN_SHARE, 3), None, place.offsets_in)


__all__ = ["IN_TOWN", "TOWN_SHARE", "at_town", "is_facility", "opens_name", "town_named"]
