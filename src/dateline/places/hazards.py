"""The place a natural hazard hits ("Flooding hit Sussex", "Storms battered Cornwall", "An
earthquake struck Hokkaido", "Storm Ciara battered Wales"), read on the text: the tagger often
leaves such an object untagged or takes it for a person. A hazard's noun as subject (or a named
storm: "Storm Ciara", "Hurricane Milton", "Tropical Storm Harvey", its name the subject's; not
a team's or a group's word: "The Storm Team", "Seattle Storm Coach", "Storm Chasers"), a verb
of striking, and a name the gazetteer holds as a country, state or county by its own name, or as
a town of ``standing.STAND_POPULATION`` people, and the names listed after it
(``standing.LISTED``); not a town the tagger took for an organisation ("A flu outbreak hit
Chelsea": the club), though a county or state by its own name is the place whatever its label
("Storms lashed Sussex", Sussex tagged ORG), nor a name the text or the actors make a person's
("Bill Clinton ... The storm hit Clinton hard": ``standing.known_person``).

A county's bare name may be a side's (English county cricket clubs, US college teams: "Durham
beat Sussex"), which this rule never reads without a hazard; with one, weather that "hit Sussex"
fell where it struck, read as the county (a choice: "Rain hit Sussex again" in a cricket report
may mean the side, wherever it played). A hazard that hits a side's match ("Rain hit Sussex's
match against Kent") names no place: its object is the match, whose ground goes unsaid, and a
possessive closes no name here."""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc

from dateline import gazetteer
from dateline.gazetteer import COUNTRY_FEATURES, Gazetteer
from dateline.places.standing import LIST_JOIN, LISTED, STAND_POPULATION, known_person

_HAZARD = (r"(?:[Ff]lood(?:s|ing|waters)?|[Ss]torms?|[Rr]ains?|[Rr]ainfall|[Ss]now(?:fall|storms?)?|"
           r"[Ee]arthquakes?|[Qq]uakes?|[Hh]urricanes?|[Tt]yphoons?|[Cc]yclones?|[Tt]ornado(?:e?s)?|"
           r"[Ww]ildfires?|[Bb]ushfires?|[Dd]rought|[Hh]eat\s?waves?|[Gg]ales|[Bb]lizzards?|[Ll]andslides?|"
           r"[Ee]pidemics?|[Oo]utbreaks?)")
#: a named storm's name after its word ("Storm Ciara", "Hurricane Milton"), no plural of an
#: agent's noun ("Storm Chasers", "Hurricane Hunters"): part of the subject, never the place hit
_STORM_NAME = r"(?P<storm>(?:(?<=Storm)|(?<=Hurricane)|(?<=Typhoon)|(?<=Cyclone))\s+[A-Z][a-z]+(?<!ers))"
#: a capitalised word right before a named storm's word makes it a name's part ("The Storm
#: Team", "Seattle Storm Coach"), but "Tropical" ("Tropical Storm Harvey") or a conjunction
#: opening the sentence ("As Storm Ciara hit Kent", "After Storm Dennis battered Wales")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:Tropical|As|When|After|Before|Since|Until|While|Once|"
                          r"And|But|Then|If)\b)[A-Z][\w'’-]*[ \t]+$")
_STRIKE = (r"(?:hit|hits|hitting|struck|strikes|battered|batters|lashed|lashes|ravaged|ravages|"
           r"pounded|pounds|swept(?:\s+(?:through|across|over))?|sweeps(?:\s+(?:through|across|over))?|"
           r"engulfed|inundated|devastated|paralysed|paralyzed)")
_NAME = rf"(?P<name>{LISTED})(?!\s*[A-Z])(?![\w'’-])"
#: a hazard and its tense before the verb ("Flooding has again", "Storm Ciara")
_ACTS = rf"\b{_HAZARD}(?:{_STORM_NAME})?\s+(?:(?:has|have|had)\s+)?(?:again\s+)?"
#: "Flooding hit Sussex", "heavy rains have lashed Kerala", "Storm Ciara battered Wales"; the name
#: closed by no capitalised word
_HIT = re.compile(rf"{_ACTS}{_STRIKE}\s+{_NAME}")
#: a hazard striking the name right after it ("A tornado tore through Paris, Texas"): the
#: place the story is about
_STRUCK = re.compile(rf"{_ACTS}(?:{_STRIKE}|tore\s+through|ripped\s+through)\s+$")
#: the next name of a list after the first ("battered Cornwall and Devon", "hit Kent, Sussex and Essex")
_NEXT = re.compile(rf"{LIST_JOIN}{_NAME}")


def _admin(gaz: Gazetteer, name: str) -> bool:
    """``name`` is a state's, province's or county's own name ("Sussex", "Kerala")."""
    k = gazetteer.key(name)
    return any(e.feature in ("ADM1", "ADM2") and gazetteer.key(e.name) == k for e in gaz.lookup(name))


def _placed(gaz: Gazetteer, name: str) -> bool:
    k = gazetteer.key(name)
    return any(e.feature in COUNTRY_FEATURES or gazetteer.key(e.name) == k and (
        e.feature in ("ADM1", "ADM2") or e.feature.startswith("PPL") and e.geonames_id is not None
        and e.population >= STAND_POPULATION) for e in gaz.lookup(name))


def _person_or_org(doc: Doc, gaz: Gazetteer, text: str, start: int, end: int, surnames: Collection[str],
                   claimed: Collection[tuple[int, int]]) -> bool:
    """The name at [start, end) is tagged an organisation (or anything but a person or a place)
    and is no county's or state's own name (``_admin``), ``claimed``, or a known person's
    (``standing.known_person``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or any(t.ent_type_ not in ("", "PERSON", "GPE", "LOC") for t in span) and not _admin(
        gaz, text[start:end]) or any(
        s < end and start < e for s, e in claimed) or known_person(text, start, end, surnames)


def hazard_places(doc: Doc, gaz: Gazetteer, text: str, surnames: Collection[str] = (),
                  claimed: Collection[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The spans of the names a hazard hits in ``text`` (``doc``'s body), and of the names listed
    after the first (see the module docstring), none ``claimed`` by an actor for good
    (``claims.actor_claims``' held: "Clinton" of "Bill Clinton") nor in ``surnames``; a list
    stops at its first name that is no such place."""
    out: list[tuple[int, int]] = []
    for hit in _HIT.finditer(text):
        if hit.group("storm") and _NAME_BEFORE.search(text, max(0, hit.start() - 40), hit.start()):
            continue
        m: re.Match[str] | None = hit
        while m is not None and _placed(gaz, m.group("name")) and not _person_or_org(
                doc, gaz, text, *m.span("name"), surnames, claimed):
            out.append(m.span("name"))
            m = _NEXT.match(text, m.end())
    return out


def struck(text: str, start: int) -> bool:
    """A hazard strikes the name at ``start`` (``_STRUCK``: "Flooding hit", "A tornado tore through")."""
    return _STRUCK.search(text, max(0, start - 60), start) is not None


__all__ = ["hazard_places", "struck"]
