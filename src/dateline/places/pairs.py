"""A town and the county, state or region that qualifies it after a comma ("Hastings, Sussex",
"Media, Delaware County", "Victoria, Texas"), read on the text whatever the tagger made of them
(the small model misses the town or takes the county for a person): both are places where the
second is an area of the gazetteer by its own name and the first a town of it lying there."""

from __future__ import annotations

import re

from dateline import gazetteer
from dateline.gazetteer import Entry, Gazetteer
from dateline.nlp.titles import title_before
from dateline.places.readings import inside

#: a run of capitalised words, a comma, and an area's one to three words closed by punctuation
#: or the text's end ("Hastings, Sussex, was flooded"; not "Hastings, Sussex County Council")
_PAIR = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}),\s"
                   r"([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})(?=\s*(?:[,.;:!?)]|$))")
#: a word opening a sentence before a town ("In Hastings, Sussex, ..."): no part of its name
_OPENERS = frozenset({"In", "At", "From", "Near", "Outside", "Inside", "Around", "Across", "To"})
#: a capitalised word or an initial before a town ("Tom Hastings", "T. Hastings"); a word
#: closing a sentence ("on Monday. Hastings") is none
_CAPITALISED_BEFORE = re.compile(r"(?:\b[A-Z]\.|[A-Z][\w'’-]*)\s+$")
#: ... nor a title's short form with its stop (``titles``: "Dr. Hastings"), nor "St." ("St. Albans")
_TITLE_BEFORE = title_before(("St",), stop=True)


def _areas(gaz: Gazetteer, name: str) -> list[Entry]:
    """States, provinces and counties named ``name`` by their own (whole) name."""
    k = gazetteer.key(name)
    return [e for e in gaz.lookup(name) if e.feature in ("ADM1", "ADM2") and gazetteer.key(e.name) == k]


def _towns(gaz: Gazetteer, name: str) -> list[Entry]:
    """Towns of GeoNames named ``name`` by their own (whole) name."""
    k = gazetteer.key(name)
    return [e for e in gaz.lookup(name) if e.feature.startswith("PPL") and e.geonames_id is not None
            and gazetteer.key(e.name) == k]


def _town_in(gaz: Gazetteer, name: str, areas: list[Entry]) -> bool:
    """``name`` is a town of the gazetteer, by its own name, lying in one of ``areas``."""
    return any(inside(e, a) for e in _towns(gaz, name) for a in areas)


def town_area_pairs(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The spans of each town and of the area qualifying it ("Hastings, Sussex": both), where
    the town stands alone (no capitalised word before it but a sentence's opening preposition:
    "In Hastings, Sussex"; not "Mayor Tom Hastings, Sussex")."""
    out: list[tuple[int, int]] = []
    for m in _PAIR.finditer(text):
        start, town = m.start(1), m.group(1)
        first, _, rest = town.partition(" ")
        if first in _OPENERS and rest:
            start, town = start + len(first) + 1, rest
        elif _CAPITALISED_BEFORE.search(text, max(0, start - 40), start) or _TITLE_BEFORE.search(
                text, max(0, start - 40), start):
            continue
        areas = _areas(gaz, m.group(2))
        if areas and _town_in(gaz, town, areas):
            out += [(start, start + len(town)), m.span(2)]
    return out


#: the words for a part of a town between two names ("the Detroit suburb of Waterford", "the
#: Kensington borough of London"), one list for the pairs here and the resolver's qualifier
PART_WORDS = r"(?:suburbs?|exurbs?|neighbou?rhoods?|districts?|boroughs?|townships?)"
#: "the Detroit suburb of Waterford": a town, a word for a part of it, and the part's name
_PART = re.compile(r"\b[Tt]he\s+([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\s+" + PART_WORDS + r"\s+of\s+"
                   r"([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})(?![\w'’-])(?!\s+[A-Z])")


def town_part_pairs(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The spans of a town and of its suburb or neighbourhood named after it ("the Detroit
    suburb of Waterford": both), where the part is a town of the gazetteer by its own name
    lying near one of the town's readings (``readings.inside``: 100 km), whatever the tagger
    made of it (Waterford taken for an organisation)."""
    out: list[tuple[int, int]] = []
    for m in _PART.finditer(text):
        towns = _towns(gaz, m.group(1))
        if towns and any(inside(p, t) for p in _towns(gaz, m.group(2)) for t in towns):
            out += [m.span(1), m.span(2)]
    return out


__all__ = ["PART_WORDS", "town_area_pairs", "town_part_pairs"]
