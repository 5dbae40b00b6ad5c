"""Names the actors hold, which are no places: a dictionary actor's ("attacked Hamas" is no
Hamm), a person's by the mention alone (per:cheney), and ships' names ("USS New York",
"HMS Prince of Wales", "carrier the Liaoning"). Pure functions over the Doc the actors
component filled (``doc._.actors``, ``doc._.mentions``) and its text; and the one way back
(``released``): a person by the mention alone whose name the places read as a town
("settlers rampaged in Huwara", PERSON) is no actor, and a country's name they read as another
country's state ("Zorbleton, Georgia": the US state) no mention of the country.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from dateline import gazetteer
from dateline.actors.lexicon import lexicon as actors_lexicon
from dateline.actors.ships import AMBIGUOUS_PREFIXES
from dateline.actors.state_names import POSSESSIVE_AFTER, other_states
from dateline.model import Actor, Mention, Place
from dateline.places.readings import is_table_town

#: a navy's ship prefix and the ship's name after it ("HMS Prince of Wales")
_SHIP_AFTER = re.compile(r"\b([A-Z]{2,4})\s+([A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})")
#: a warship's noun before its name ("the frigate Admiral Grigorovich", "carrier the Liaoning")
#: or its carrier group after it ("the Shandong carrier group"); not an airline ("carrier Qatar Airways")
_SHIP_NOUN = re.compile(r"\b(?:(?:aircraft\s+carrier|destroyer|frigate|warship|cruiser|corvette)\s+(?:the\s+)?"
                        r"|carrier\s+the\s+)([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
                        r"|\b[Tt]he\s+([A-Z][\w'’-]*)\s+(?:aircraft\s+carrier|carrier\s+(?:strike\s+)?group)\b")

#: what an actor id turns into "-" (per:bill-clinton of "Bill Clinton")
_SLUG = re.compile(r"[^a-z0-9]+")


def actor_claims(doc: Doc) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Spans the actors claim for good (a dictionary actor: one with a country or a sector,
    org:hamas, med:irna, grp:gbr-navy; any group, body or outlet; a person known by a fuller
    name) and spans they read as a person's (per:, by the mention alone: per:cheney)."""
    actors = {a.id: a for a in getattr(doc._, "actors", None) or ()}
    held: set[tuple[int, int]] = set()
    persons: set[tuple[int, int]] = set()
    for m in getattr(doc._, "mentions", None) or ():
        actor, aid = actors.get(str(m.actor)), str(m.actor)
        own = _SLUG.sub("-", m.text.lower()).strip("-")
        if actor is not None and (actor.country or actor.sector) or not aid.startswith(("per:", "org:")) \
                or aid.startswith("per:") and len(aid[4:].split("-")) > len(own.split("-")):
            held.add((m.start, m.end))
        elif aid.startswith("per:"):
            persons.add((m.start, m.end))
    return held, persons


def people_countries(doc: Doc) -> frozenset[str]:
    """The countries (ISO2) of all the persons the actors know by their country ("Macron":
    France; "Zelensky": Ukraine), at home or abroad. The resolver reads each as a sign for its
    own country's capital ("Officials in Paris said Macron would visit" after a tornado in
    Paris, Texas: France's officials; ``resolve._at_home``)."""
    import pycountry

    out = set()
    for a in getattr(doc._, "actors", None) or ():
        if a.id.startswith("per:") and a.country:
            found = pycountry.countries.get(alpha_3=a.country)
            if found is not None:
                out.add(found.alpha_2)
    return frozenset(out)


def released(doc: Doc, places: Sequence[Place]) -> tuple[list[Actor], list[Mention]] | None:
    """The actors and mentions of ``doc`` less what the places read otherwise: the persons by
    the mention alone (``actor_claims``' persons: per:huwara) whose mention a place of the body
    ends with ("rampaged in Huwara", "the siege of Avdiivka" tagged PERSON; "Jarrah" of "in
    Sheikh Jarrah"), with all their mentions (their pronouns too), and a country's mention that
    a place reads as another country's state (``_state_mentions``), and a person's mention it reads
    as an Irish county (``_county_mentions``). None when there is none
    (the common case). The places component is the one that decides (``standing``, after the
    actors ran): the actors mint the reading and this takes it back, nobody asks twice."""
    mentions = getattr(doc._, "mentions", None)
    if not mentions or not places:
        return None
    gone = _persons(doc, places, mentions)
    states = _state_mentions(places, mentions) | _county_mentions(places, mentions)
    if not gone and not states:
        return None
    kept = [m for m in mentions if m.actor not in gone and m not in states]
    gone |= {m.actor for m in states} - {m.actor for m in kept}  # a country named nowhere else
    actors = getattr(doc._, "actors", None) or []
    return [a for a in actors if a.id not in gone], kept


def _persons(doc: Doc, places: Sequence[Place], mentions: Sequence[Mention]) -> set[str]:
    """The person actors ``released`` takes back (decided by one set test per place)."""
    ends = {p.end: p for p in places if p.offsets_in is None}  # "Jarrah" of "Sheikh Jarrah"
    hit = [m for m in mentions if m.end in ends and m.actor.startswith(("per:", "org:"))
           and (ends[m.end].start <= m.start or _office_of(doc, m, ends[m.end]))]
    if not hit:
        return set()
    persons = actor_claims(doc)[1]
    return {m.actor for m in hit if (m.start, m.end) in persons or _own_town_org(doc, m, ends[m.end])
            or m.start < ends[m.end].start}  # "mayor of Kherson": per:kherson, a role's sector only


def _state_mentions(places: Sequence[Place], mentions: Sequence[Mention]) -> set[Mention]:
    """A country actor's mentions that a place of the body reads as a US state by that name
    ("Zorbleton, Georgia ... firefighters from Macon": cty:GEO's "Georgia" is the US state), not
    as the country (``state_names.other_states``). Only US states: they alone are named without
    their country, as the actors read them; another country's state by a country's name
    ("Niger's governor", Niger State) leaves the country's later mentions ("Niger's junta") to it."""
    states = {(p.start, p.end): p.country for p in places
              if p.offsets_in is None and p.feature == "ADM1" and p.country == "US"}
    if not states:
        return set()
    return {m for m in mentions if m.actor.startswith("cty:") and (m.start, m.end) in states
            and states[m.start, m.end] in other_states(POSSESSIVE_AFTER.sub("", m.text), m.actor[4:].upper())}


def _county_mentions(places: Sequence[Place], mentions: Sequence[Mention]) -> set[Mention]:
    """A person's mention that a place of the body reads as an Irish county (``irish``: "Gardaí
    in Kerry", per:john-kerry): that mention alone, the person's others kept."""
    counties = {(p.start, p.end) for p in places
                if p.offsets_in is None and p.country == "IE" and p.feature == "ADM2"}
    return {m for m in mentions if m.actor.startswith("per:") and (m.start, m.end) in counties} \
        if counties else set()


def _office_of(doc: Doc, m: Mention, place: Place) -> bool:
    """A person's mention that is an office of the place, named for the place ("the mayor of
    Kherson said", PERSON "Kherson": per:kherson over "mayor of Kherson"): the name is the town's."""
    return m.actor[4:] == _SLUG.sub("-", place.text.lower()).strip("-") and m.actor.startswith("per:") \
        and _OF_TAIL.search(doc.text, m.start, place.start) is not None


#: the "of" right before a place that ends a person's mention ("mayor of Kherson")
_OF_TAIL = re.compile(r"\bof\s+$")


def _own_town_org(doc: Doc, m: Mention, place: Place) -> bool:
    """An organisation by the mention alone (org:tulkarm, no country or sector) whose name the
    places read as a town of our conflict tables ("settlers attacked Tulkarm", ORG): the town.
    Only our tables' towns: a club or firm named for its GeoNames town keeps its actor."""
    if not m.actor.startswith("org:") or m.actor[4:] != _SLUG.sub("-", m.text.lower()).strip("-") \
            or not (place.feature or "").startswith("PPL") or not any(
                is_table_town(e) and e.geonames_id == place.geonames_id for e in gazetteer.load().lookup(place.name)):
        return False
    actor = next((a for a in getattr(doc._, "actors", None) or () if a.id == m.actor), None)
    return actor is not None and not actor.country and not actor.sector


def ship_prefixes() -> dict[str, str]:
    """The navies' ship prefixes of the actors lexicon ("HMS" -> "GBR")."""
    return actors_lexicon().ship_prefixes or {}


def ship_names(doc: Doc, body: str) -> list[tuple[int, int]]:
    """Spans of ships' names ("USS New York", "HMS Prince of Wales", "INS Mumbai"): mentions the
    actors linked to a navy or armed force that open with a navy's ship prefix (actors lexicon
    ``ship_prefixes``), the capitalised words after an unambiguous prefix, and a warship's name
    by its noun ("carrier the Liaoning", ``_SHIP_NOUN``)."""
    prefixes = ship_prefixes()
    out: list[tuple[int, int]] = []
    for m in getattr(doc._, "mentions", None) or ():
        first = m.text.split(" ", 1)[0]
        if first in prefixes and " " in m.text:
            out.append((m.start + len(first) + 1, m.end))
    for m in _SHIP_NOUN.finditer(body):
        out.append(m.span(1) if m.group(1) else m.span(2))
    gate = _prefix_gate(prefixes)
    if gate is not None and gate.search(body):  # most texts name no ship: "US President" is none
        for m in _SHIP_AFTER.finditer(body):
            if m.group(1) in prefixes and m.group(1) not in AMBIGUOUS_PREFIXES:
                out.append(m.span(2))
    return out


class _GateMemo:
    """The last prefix table and the regex of its unambiguous prefixes as words."""

    last: tuple[dict[str, str], re.Pattern[str] | None] | None = None


def _prefix_gate(prefixes: dict[str, str]) -> re.Pattern[str] | None:
    """One regex for an unambiguous ship prefix followed by a space, as ``_SHIP_AFTER``'s first
    group needs it (None when there is none): no match, no ``_SHIP_AFTER`` match worth reading."""
    last = _GateMemo.last
    if last is None or last[0] is not prefixes:
        words = sorted(p for p in prefixes if p not in AMBIGUOUS_PREFIXES)
        gate = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\s") if words else None
        last = _GateMemo.last = (prefixes, gate)
    return last[1]


class _MaskMemo:
    """Character masks of the last few span collections ``overlaps`` was asked about, by
    identity (the component asks about the same held/person/ship spans for every entity)."""

    masks: dict[int, tuple[Iterable[tuple[int, int]], int, bytearray | None]] = {}


def overlaps(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    """Some span of ``spans`` overlaps ``span``. A set or list of spans is read once into a
    character mask, kept while it is among the last few asked about (it must not change
    meanwhile: the component builds its spans once per Doc); an empty span in either falls
    back to the plain test, which the mask cannot express."""
    if not isinstance(spans, (set, frozenset, list, tuple)) or span[0] >= span[1]:
        return any(s < span[1] and span[0] < e for s, e in spans)
    memo = _MaskMemo.masks.get(id(spans))
    if memo is None or memo[0] is not spans or memo[1] != len(spans):
        exact = all(0 <= s < e for s, e in spans)
        mask = bytearray(max((e for _, e in spans), default=0)) if exact else None
        if mask is not None:
            for s, e in spans:
                mask[s:e] = b"\x01" * (e - s)
        if len(_MaskMemo.masks) >= 8:
            _MaskMemo.masks = {}
        memo = _MaskMemo.masks[id(spans)] = (spans, len(spans), mask)
    mask = memo[2]
    if mask is None:
        return any(s < span[1] and span[0] < e for s, e in spans)
    return mask.find(1, max(0, span[0]), span[1]) >= 0


__all__ = ["actor_claims", "overlaps", "people_countries", "released", "ship_names", "ship_prefixes"]
