"""Toponym resolution: surface forms in an article -> gazetteer entries -> ``Place`` records.

Each toponym's candidates (``dateline.places.readings``) are scored by a prior (population,
feature type) plus the article's context: the countries and states the other toponyms and the
dateline point to, cues in the text (``dateline.places.cues``: "Paris, Texas", "Alexandria,
La.", "Lamar County", "Washington state", possessives both ways: "Nairobi's Kibera" and
"Paris's Champs-Elysees" or "the Champs-Elysees in Paris", a state listed among states), a
country's name used as a town's or not (``dateline.places.town_use``: "a Lebanon woman", but
"Peru won the match in Chicago") and a great capital's name no votes for a namesake town the
text does not back ("flew from Houston to Paris": not Paris, Texas), co-location with some
reading of every other name ("Paris" beside "Henry County"; a county and its bare name count
as one name), nearness to the other
places resolved, and the publisher's place priors (``dateline.places.publisher``, weighed by
``dateline.places.homes``).
Two passes: the first votes with every candidate weighted by its prior, the second with the
first pass's choices. Confidence is the winner's share of the candidates' softmax, damped for
weak evidence.

A state after a town brings back the town's readings there that the state's own name drops
("Washington, Iowa"); an unknown town's qualifier weighs a state and a country of its name by
their people and the context ("Zorbleton, Georgia"); a county named without its state, holding
towns of the name in several states, places none of them ("Springfield, Washington County":
the town weighed alone). Never a confident far-away guess: a town qualified by an area none of its readings lies in
("Millbrook, Pennsylvania", the gazetteer knowing only other states') takes a point in that
area; a town reached only by an alternate name far from all the article's other towns stays
unresolved, and so does, in a local story (small towns side by side), a far smaller place with
no reading near the others, and a hamlet only ZIP codes name that the article gives no evidence
for (``dateline.places.minor.vouched``). A bare "Congo" is one country per article
(``dateline.places.cues.congo``).
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from dateline.gazetteer import COUNTRY_FEATURES, Entry, Gazetteer, key
from dateline.gazetteer.geo import colocation, distance_km
from dateline.model import Place
from dateline.places.cues import (
    COUNCIL_AFTER,
    congo,
    governing,
    listed,
    narrow,
    officials_in,
    officials_of,
    one_county,
    possessor,
    qualified_towns,
    qualifier,
    qualifying_areas,
)
from dateline.places.facilities import IN_TOWN, at_town, is_facility
from dateline.places.hazards import struck
from dateline.places.homes import home_readings, home_votes, homes_of
from dateline.places.mentions import Mention, family, largest, likeliest, softmax
from dateline.places.minor import vouched
from dateline.places.pairs import PART_WORDS
from dateline.places.publisher import Publisher
from dateline.places.readings import (
    UNKNOWN_POPULATION,
    Candidate,
    Weights,
    candidates,
    inside,
    is_curated,
    is_local,
    is_minor,
    prior,
    priors,
)
from dateline.places.town_use import (
    abroad,
    capital_namesake,
    capitals,
    great_capitals,
    lone_namesake,
    named_around,
    state_namesake,
    towns_by_use,
    us_states,
)

#: ``distance_km`` kept per pair of points: ``_score`` asks the same pairs on both passes and for
#: every mention of a repeated name
_pair_km = functools.lru_cache(maxsize=1 << 14)(distance_km)

_PAIR_CANDS = 60  # candidates per name compared (the likeliest by prior)


def _pairs(mentions: list[Mention], w: Weights) -> None:
    """Co-location support of each local candidate: for every *other* name in the article, its
    closeness to the nearest local candidate of that name ("Paris" and "Henry County" both have
    a Tennessee reading 15 km apart). Names are compared once; the sum is capped. Mentions of
    one name may hold different candidate lists (a cue after a name narrows it): support is
    computed per candidate entry, over the union of a name's likeliest readings."""
    readings: dict[str, dict[int, Entry]] = defaultdict(dict)
    for m in mentions:
        order = sorted(range(len(m.cands)), key=lambda i: -m.priors[i])[:_PAIR_CANDS]
        for i in order:
            if is_local(m.cands[i].entry):
                readings[family(m.key)].setdefault(id(m.cands[i].entry), m.cands[i].entry)
    support = colocation({k: [(e.lat, e.lon) for e in es.values()] for k, es in readings.items()},
                         w.pair_km, w.pair_cap)
    value = {(k, eid): v for k, es in readings.items() for eid, v in zip(es, support.get(k, ()), strict=False)}
    for m in mentions:
        if m.cands:
            m.pairs = [value.get((family(m.key), id(c.entry)), 0.0) for c in m.cands]


#: a city of ``_METRO`` people is named from anywhere ("moved to New York City", "a flight to
#: Chicago"): its vote for its state counts ``_METRO_STATE`` of a town's, so it does not draw a
#: small namesake of the story's town into that state (Springfield, New York)
_METRO = 1_000_000
_METRO_STATE = 0.3


def _votes(mentions: list[Mention], soft: bool, extra: list[tuple[Entry, float]]
           ) -> tuple[list[dict[str, float]], list[dict[tuple[str, str | None], float]]]:
    """Per mention, the country and state votes of the mentions with *another* surface form
    (a name repeated does not vouch for itself), plus ``extra`` (the dateline place): one pair
    of dicts per name, shared by its mentions (read them, never write them). A mention votes
    with the weight of its evidence: weak names of small places count less, and a metropolis's
    state vote less (``_METRO_STATE``)."""
    by_key_c: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    by_key_s: dict[str, dict[tuple[str, str | None], float]] = defaultdict(lambda: defaultdict(float))
    for m in mentions:
        if not m.cands:
            continue
        if soft or m.probs is None or m.choice < 0:
            weights = softmax(m.priors)
        else:
            weights = [1.0 if i == m.choice else 0.0 for i in range(len(m.cands))]
        strength = min(1.0, max(max(m.priors) - 2.0, 0.0) / 4.0)
        for cand, p in zip(m.cands, weights, strict=True):
            e = cand.entry
            if e.country:
                by_key_c[family(m.key)][e.country] += p * strength
                if e.admin1:
                    by_key_s[family(m.key)][(e.country, e.admin1)] += p * strength * (
                        _METRO_STATE if e.feature.startswith("PPL") and e.population >= _METRO else 1.0)
    total_c: dict[str, float] = defaultdict(float)
    total_s: dict[tuple[str, str | None], float] = defaultdict(float)
    for votes in by_key_c.values():
        for k, v in votes.items():
            total_c[k] += v
    for svotes in by_key_s.values():
        for k2, v in svotes.items():
            total_s[k2] += v
    for e, weight in extra:
        if e.country:
            total_c[e.country] += weight
            if e.admin1:
                total_s[(e.country, e.admin1)] += weight
    out_c, out_s = [], []
    done: dict[tuple[str, str], tuple[dict[str, float], dict[tuple[str, str | None], float]]] = {}
    for m in mentions:  # one pair of dicts per name and name left out, shared by its mentions
        fam, unvoted = family(m.key), m.unvoted or ""
        if (fam, unvoted) not in done:
            own_c, own_s = by_key_c.get(fam, {}), by_key_s.get(fam, {})
            off_c, off_s = by_key_c.get(unvoted, {}), by_key_s.get(unvoted, {})
            done[fam, unvoted] = ({k: v - own_c.get(k, 0.0) - off_c.get(k, 0.0) for k, v in total_c.items()},
                                  {k: v - own_s.get(k, 0.0) - off_s.get(k, 0.0) for k, v in total_s.items()})
        c_votes, s_votes = done[fam, unvoted]
        out_c.append(c_votes)
        out_s.append(s_votes)
    return out_c, out_s


#: a great capital's namesake this big is a city of its own (Tripoli, Lebanon) where the other
#: names' votes for its country reach ``_HOME_VOTES`` and none go to the capital's country
_HOME_CITY = 100_000
_HOME_VOTES = 3.0
#: a namesake holding this share of its country's people is one of its first cities (Tripoli:
#: 3% of Lebanon's; Athens, Georgia and London, Ontario hold under 1.2% of theirs), which
#: any vote for its country claims ("Lebanese officials said strikes hit Tripoli")
_FIRST_CITY_SHARE = 0.02
#: the text calls the name a capital ("Tripoli, the Libyan capital", "the Libyan capital of
#: Tripoli"), a flight's end ("flew to Tripoli": no flights link a country's first cities
#: but in great lands) or a seat of government ("its embassy in Tripoli", "his counterpart in
#: Tripoli", "the government in Tripoli": a country keeps these abroad): its first cities claim nothing
_CAPITAL_AFTER = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s)?\s+)?capital\b")
_CAPITAL_BEFORE = re.compile(r"(?:\bcapital(?:\s+city)?(?:\s+of)?|\bfl(?:ew|own|ights?|ying)\s+(?:in)?to"
                             r"|\b(?:embass(?:y|ies)|ambassadors?|counterparts?|government)\s+(?:in|to)),?\s+$")


def _first_cities(gaz: Gazetteer, text: str, mentions: list[Mention]) -> None:
    """Set ``Mention.first`` of each name reading as a capital by its own name: the countries
    of which it also reads, by its own name, as a city of ``_HOME_CITY`` people holding
    ``_FIRST_CITY_SHARE`` of the country's people (Tripoli: Lebanon); none where the text
    calls it a capital or flies to it (``_CAPITAL_AFTER``, ``_CAPITAL_BEFORE``)."""
    for m in mentions:
        if not any(c.entry.feature == "PPLC" and c.via == "name" for c in m.cands) or _CAPITAL_AFTER.match(
                text, m.end) or _CAPITAL_BEFORE.search(text, max(0, m.start - 40), m.start):
            continue
        towns = [c.entry for c in m.cands if c.via == "name" and c.entry.feature.startswith("PPL")
                 and c.entry.feature != "PPLC" and c.entry.population >= _HOME_CITY]
        m.first = frozenset(e.country for e in towns if (land := gaz.country(e.country)) is not None
                            and e.population >= _FIRST_CITY_SHARE * land.population)


def _city_at_home(m: Mention, e: Entry, vc: dict[str, float]) -> bool:
    """"Lebanon ... Beirut ... Nabatieh ... the northern city of Tripoli", Libya never named:
    the article's country holds the city, not the capital abroad ("flew from Ottawa to London"
    is two names too few to say so). The capitals abroad are the great ones the name reads as
    (``great_capitals``, which made ``capital_namesake`` ask)."""
    if e.population < _HOME_CITY or not e.country:
        return False
    here = vc.get(e.country, 0.0)
    enough = 0.0 if e.country in m.first else _HOME_VOTES  # one of its first cities (``_first_cities``)
    return here > enough and here * 2 >= sum(vc.values()) and not any(
        vc.get(cc or "", 0.0) > 0.0 for cc in great_capitals(m))


#: a town this many times smaller than the largest town of its name, a city of ``_GREAT_CITY``
#: people or more, takes half its country's votes where other countries have as many
#: ("Nicaragua and Panama ... San José": no Panamanian village of 4,000; "Police in Panama said
#: ... San José" keeps it): one country named among others is too little to say it
_DWARFED = 50
_GREAT_CITY = 100_000


_VILLAGE_AFTER = re.compile(r"\s+(?:village|hamlet)\b")
_VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet|town)\s+of\s+$")


def _dwarfed(m: Mention, e: Entry) -> bool:
    """Town ``e`` is ``_DWARFED`` times smaller than the largest town ``m`` reads as by its own
    name, a city of ``_GREAT_CITY`` people (``mentions.largest``; none where the text calls the
    name a village)."""
    return e.feature.startswith("PPL") and (big := largest(m)) >= _GREAT_CITY and big >= _DWARFED * max(
        e.population, UNKNOWN_POPULATION)


#: a capital of a country whose point lies this near the point of a country the text names
#: takes ``_NEAR_SHARE`` of that country's votes where its own country has none ("Ministers from
#: Nicaragua and Panama met in San José": Costa Rica's capital, not San Jose, California, nor a
#: Panamanian village of 4,000; the country points are GeoNames', ``countries.tsv``)
_NEAR_KM = 800.0
_NEAR_SHARE = 0.5


def _near_capitals(gaz: Gazetteer, mentions: list[Mention], by_demonym: set[str | None]) -> None:
    """Set ``Mention.near`` of each name reading as a capital by its own name: the countries
    the text names by their own names or demonyms (``_demonym_countries``; not the capital's
    own) whose points lie within ``_NEAR_KM`` of the capital's country's point."""
    named = by_demonym | {c.entry.country for m in mentions for c in m.cands
                          if c.entry.feature in COUNTRY_FEATURES and c.via == "name"}
    if not named:
        return
    for m in mentions:
        own = {c.entry.country for c in m.cands if c.entry.feature == "PPLC" and c.via == "name"}
        points = [p for cc in own - named if (p := gaz.country(cc)) is not None]
        m.near = frozenset(cc for cc in named if (e := gaz.country(cc)) is not None and any(
            _pair_km(e.lat, e.lon, p.lat, p.lon) <= _NEAR_KM for p in points))


#: a demonym heading a country's own officials ("Belizean officials", "the Costa Rican foreign
#: minister", "Costa Rican President Rodrigo Chaves", "Honduran border police"), at most two of
#: an office's own words between; not its people ("Mexican migrants", "British tourists told
#: police"), who travel, nor its troops or envoys abroad ("American troops", "a Chinese delegation"),
#: nor officials the text puts in a place ("American officials in Birmingham": ``cues.officials_of``'s
#: cue) or who meet there ("American officials met in Birmingham"), who travel to talks
_OWN_STATE = re.compile(
    r"\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+) (?i:(?:foreign|prime|interior|defen[cs]e|justice|finance|"
    r"health|state|local|provincial|regional|federal|border|military|senior|top|security|deputy|"
    r"vice|national|city|election|immigration|trade|caretaker|interim|government|police) ){0,2}"
    r"(?i:officials|authorities|government|ministers?|president|lawmakers|police|prosecutors|leaders)\b"
    r"(?! (?:in|met|meet|meeting)\b)")


def _demonym_countries(gaz: Gazetteer, text: str, mentions: list[Mention]) -> list[Entry]:
    """The countries whose officials the text names by their demonym (``_OWN_STATE``:
    "Belizean officials met in San José": Belize), each voting for it with ``Weights.demonym``
    (San Jose, Belize, as after "Officials from Belize"; "Mexican officials met in San Antonio"
    keeps Texas's city); not a country a name already votes for, nor any where a name reads as
    another country's capital by its own name, where officials go for talks ("American officials
    in Athens": Greece's, not Georgia's; "Belizean officials met in San José" then keeps base),
    unless the name reads as one of the country's first cities too (``_first_cities``: "Lebanese
    officials said strikes hit Tripoli")."""
    out: dict[str, Entry] = {}
    for run in set(_OWN_STATE.findall(text)):
        first, _, last = run.partition(" ")  # "The Belizean", "Belizean Foreign (Minister)"
        found = gaz.demonym(run) or gaz.demonym(last) or gaz.demonym(first)
        for e in found:
            if e.feature in COUNTRY_FEATURES and e.country:
                out[e.country] = e
    named = {c.entry.country for m in mentions for c in m.cands if c.entry.feature in COUNTRY_FEATURES}
    capitals = {(c.entry.country, m.first) for m in mentions for c in m.cands
                if c.entry.feature == "PPLC" and c.via == "name"}
    return [e for cc, e in out.items() if cc not in named and all(
        land == cc or cc in first for land, first in capitals)]


def _others(m: Mention, anchors: list[tuple[int, str, Entry]]) -> list[Entry]:
    """The other mentions' towns; a name repeated keeps its reading, but "DeKalb" is no anchor
    for "DeKalb County" (one name, see ``family``)."""
    return [a for pos, k, a in anchors
            if pos != m.start and (k == m.key or family(k) != family(m.key))]


class _Tally(NamedTuple):
    """A name's votes and their sums, worked out once for all its mentions' readings: the total
    of the country and of the state votes (plus smoothing) and each country's share of the state
    votes (the sums ``_score`` takes, added in the same order)."""

    vc: dict[str, float]
    vs: dict[tuple[str, str | None], float]
    total_c: float
    total_s: float
    held: dict[str | None, float]


def _tally(vc: dict[str, float], vs: dict[tuple[str, str | None], float], w: Weights) -> _Tally:
    held: dict[str | None, float] = {}
    for (cc, _), v in vs.items():
        held[cc] = held.get(cc, 0) + v
    return _Tally(vc, vs, sum(vc.values()) + w.smoothing, sum(vs.values()) + w.smoothing, held)


def _score(m: Mention, i: int, vc: dict[str, float], vs: dict[tuple[str, str | None], float],
           others: list[Entry], w: Weights, home: str | None = None,
           tally: _Tally | None = None) -> float:
    """Reading ``i`` of ``m`` given the votes and ``others`` (``_others``: one list per mention);
    ``home``: the country of the publisher's domain; ``tally``: ``_tally(vc, vs, w)``, once per
    mention."""
    e = m.cands[i].entry
    score = m.priors[i]
    # a town reached by an alternate name only (a former or foreign name, a near spelling)
    # takes a share of its state's votes and of the co-location support ("Pittsburgh" beside
    # "San Diego" is no Pittsburg, California)
    weak = w.pair_alternate if m.cands[i].via in ("alternate", "partial") else 1.0
    if capital_namesake(m, i, home) and not _city_at_home(m, e, vc) or state_namesake(m, i):
        vc, vs = {}, {}  # "flew from Houston to Paris": no vote for Paris, Texas
        tally = None
    if tally is None:
        tally = _tally(vc, vs, w)
    total_c = tally.total_c
    if e.country and (votes := vc.get(e.country, 0.0)):
        score += w.country * votes / total_c * (0.5 if 2 * votes <= tally.total_c - w.smoothing and _dwarfed(
            m, e) else 1.0)
    elif m.near and e.feature == "PPLC":  # a capital next to the countries named (``_near_capitals``)
        score += w.country * _NEAR_SHARE * sum(vc.get(cc or "", 0.0) for cc in m.near) / total_c
    total_s = tally.total_s
    if e.country:  # a country holds all of its states' votes
        if e.feature in COUNTRY_FEATURES:
            held = tally.held.get(e.country, 0)
        elif lone_namesake(m, i):  # "Peru won in Chicago": no Illinois vote for Peru, Ill.
            held = 0.0
        else:
            held = vs.get((e.country, e.admin1), 0.0) if e.admin1 else 0.0
        score += w.state * held / total_s * (weak if e.feature.startswith("PPL") else 1.0)
    if m.quals and any(inside(e, q) for q in m.quals):
        score += w.qualifier
    if m.pairs is not None:
        score += w.pair * m.pairs[i] * weak
    if others and is_local(e):
        near = min(_pair_km(e.lat, e.lon, a.lat, a.lon) for a in others)
        score += w.near * math.exp(-near / w.near_km)
    elif others and e.feature == "ADM1" and any(inside(a, e) for a in others):
        score += w.near
    return score


def _mentions(text: str, spans: Sequence[tuple[int, int]], gaz: Gazetteer, w: Weights
              ) -> tuple[list[Mention], set[str], dict[str, list[Candidate]]]:
    """A mention per span with its readings narrowed by the cues around it, the keys of names
    qualified by an area none of their readings lies in, and the towns a qualifier brought
    back per name (``_one_sense``)."""
    mentions: list[Mention] = []
    outside: set[str] = set()  # names known, but not in the area that qualifies them
    restored: dict[str, list[Candidate]] = defaultdict(list)  # towns a qualifier brought back
    unplaced = False  # the mention before named a county of several states after it
    for start, end in spans:
        surface = text[start:end]
        cands = congo(gaz, text, surface, narrow(gaz, text, start, end, candidates(gaz, surface)))
        named = qualifier(gaz, text, end, cands)
        quals = one_county(named, cands)  # "Springfield, Washington County": no county of them
        unplacing = len(quals) < len(named)  # the name after it casts no votes for it
        if quals and cands and listed(text, start, spans):  # "Iraq, Iran": Iran is the next item
            top = max(cands, key=lambda c: prior(c, w)).entry
            quals = quals if any(inside(top, q) for q in quals) else []
        towns = qualified_towns(gaz, text, surface, end, quals, cands)  # "Washington, Iowa"
        cands += towns
        restored[key(surface)] += towns
        prev = mentions[-1] if mentions else None
        owner = possessor(gaz, text, start, prev.end if prev else None,
                          prev.cands if prev else [], prev.priors if prev else [])
        quals += owner
        areas = qualifying_areas(gaz, text, end, cands)
        area = areas[0] if areas else None
        if area is None and owner and is_local(owner[0]) and all(
                is_local(c.entry) for c in cands) and not any(
                inside(c.entry, o) for c in cands for o in owner):
            area = owner[0]  # "Nairobi's Kibera", no Kibera known near Nairobi
        if area is not None and cands:  # "Millbrook, Pennsylvania", no Millbrook there we know
            cands = []  # of: not another state's Millbrook, but a point in Pennsylvania
            outside.add(key(surface))
        if prev is not None and owner and start - prev.end <= _POSSESSIVE_GAP and all(
                o in {c.entry for c in prev.cands} for o in owner):
            _owns(prev, cands)
        own = officials_of(gaz, text, start)
        people = {cc: e.population for cc in own if (e := gaz.country(cc)) is not None}
        mentions.append(Mention(start, end, surface, cands, priors(cands, w, own, people),
                                 quals, key(surface), area=area, areas=tuple(areas) if area else ()))
        if _VILLAGE_AFTER.match(text, end) or _VILLAGE_BEFORE.search(text, max(0, start - 20), start):
            mentions[-1].largest_town = 0  # "San Jose village": no great city's name (``_dwarfed``)
        if prev is not None and unplaced and _COMMA.match(text[prev.end:start]):
            prev.unvoted = family(key(surface))  # the town weighed alone, by no county's votes
        unplaced = unplacing
        if prev is not None and prev.area is not None and _COMMA.match(text[prev.end:start]):
            _as_area(mentions[-1], prev)  # "Springfield, Washington": the state, not D.C.
        if prev is not None and _IN.match(text[prev.end:start]):  # "the Champs-Elysees in Paris"
            _owns(mentions[-1], prev.cands)
        elif prev is not None and prev.cands and _PART_OF.fullmatch(text, prev.end, start):
            _part_of(prev, mentions[-1])
    _councils(text, mentions)
    for m in mentions:  # one sense per article: "Millbrook, Pennsylvania" ... "Millbrook"
        if m.key in outside and m.cands and m.area is None:
            m.area = next(o.area for o in mentions if o.key == m.key and o.area is not None)
            m.cands, m.priors = [], []
    return mentions, outside, restored


def _one_sense(text: str, gaz: Gazetteer, mentions: list[Mention], restored: dict[str, list[Candidate]],
               w: Weights, people: frozenset[str]) -> None:
    """One sense per article for a capital's name, one step after the town uses are known
    (``towns_by_use``), with one government's cue (``governing``) read per mention: a
    name the text qualifies as a town elsewhere ("Paris, Texas", "Washington, Iowa") takes back
    the town's reading that ``restored`` holds ("Washington police"), unless its own qualifier
    follows ("Washington, D.C.") or a government's cue goes with it ("Officials in Paris said",
    "Washington lawmakers", "Senators flew to Washington"): then it keeps its capital's reading
    alone, if it has one. Officials going to it ("Federal officials flew to Paris": the town,
    likely) are no such cue, nor officials in it (``officials_in``) where a hazard struck the
    town so qualified and nothing in the text lies outside its country (``_at_home``: "A tornado tore through
    Paris, Texas ... Officials in Paris said the shelters were full": the town's own). The
    other names then read as the capital where the article names its country
    (``town_use.capitals``: "exiles from Cuba ... Havana"), unless qualified or used as a town."""
    qualified = {m.key: q.country for m in mentions for q in m.quals if q.feature in ("ADM1", "ADM2")}
    struck_towns = {m.key for m in mentions if m.key in qualified and m.quals and struck(text, m.start)}
    for i, m in enumerate(mentions):
        if m.area is not None:
            continue
        own = i + 1 < len(mentions) and _COMMA.match(text[m.end:mentions[i + 1].start])
        more = [] if own else [c for c in restored.get(m.key, ()) if c not in m.cands]
        town = m.key in qualified and not m.quals
        if not (more or town):
            continue
        if not governing(text, m.start, m.end) or town and m.key in struck_towns and officials_in(
                text, m.start, m.end) and _at_home(gaz, text, mentions, m.key, qualified[m.key], people):
            m.cands, m.priors = m.cands + more, m.priors + [prior(c, w) for c in more]
        elif town and (keep := [j for j, c in enumerate(m.cands) if c.entry.feature == "PPLC"]):
            m.cands, m.priors = [m.cands[j] for j in keep], [m.priors[j] for j in keep]
    capitals(mentions)


def _councils(text: str, mentions: list[Mention]) -> None:
    """"<name> County Council" where the bare name is also an administrative county's
    (``council_counties``: England's or Ireland's, "Suffolk County Council closed a road in
    Ipswich") is that county's council, unless another name's likeliest reading lies in the state
    of a US county so named ("Police in Grand Rapids said Kent County Council would meet":
    Michigan's Kent, to be weighed as before)."""
    for m in mentions:
        if not (m.text.endswith(" County") and COUNCIL_AFTER.match(text, m.end)):
            continue
        bare = key(m.text.removesuffix(" County"))
        own = [i for i, c in enumerate(m.cands) if c.entry.feature == "ADM2" and c.entry.admin1
               and key(c.entry.name) == bare]  # placed in a nation: our historic Sussex governs nothing
        states = {(c.entry.country, c.entry.admin1) for c in m.cands if key(c.entry.name) != bare}
        if not own or any((e.country, e.admin1) in states for o in mentions
                          if o.cands and family(o.key) != family(m.key) for e in [likeliest(o)]):
            continue
        m.cands, m.priors = [m.cands[i] for i in own], [m.priors[i] for i in own]


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")  # a word that may be a demonym ("French")


def _at_home(gaz: Gazetteer, text: str, mentions: list[Mention], k: str, country: str | None,
             people: frozenset[str]) -> bool:
    """Every other name's likeliest reading and every demonym lie in ``country`` (the text
    names nothing abroad: not "the French foreign minister" beside "Paris, Texas"), and no known
    person (``people``) is of the capital's own country ("Macron"; "Zelensky" or "Putin", only
    named, says nothing of who the officials in Paris or Moscow are)."""
    capitals = {e.country for e in gaz.lookup(k) if e.feature == "PPLC"}
    return not people & capitals and all(likeliest(o).country == country for o in mentions
               if o.cands and family(o.key) != family(k)) and all(
        e.country == country for word in set(_CAPITALISED.findall(text)) for e in gaz.demonym(word))


class Resolution(NamedTuple):
    """A resolved toponym: the record, the gazetteer entry chosen, and how its name matched."""

    place: Place
    entry: Entry | None
    via: str | None  # name|alias|demonym|alternate|partial, "context" for a fallback, "town" for a facility's town


def resolve_spans(text: str, spans: Sequence[tuple[int, int]], gaz: Gazetteer, *,
                  focus: str | None = None, weights: Weights | None = None,
                  fallback: bool = False, publisher: Publisher | None = None,
                  people: frozenset[str] = frozenset()) -> list[Place]:
    """Resolve toponyms given as (start, end) offsets into ``text``, in the context of each other
    and of ``focus`` (the dateline place, if any). One ``Place`` per span, in order; a toponym
    the gazetteer does not know comes back with ``lat``/``lon`` None and confidence 0."""
    return [r.place for r in resolve(text, spans, gaz, focus=focus, weights=weights,
                                     fallback=fallback, publisher=publisher, people=people)]


def resolve(text: str, spans: Sequence[tuple[int, int]], gaz: Gazetteer, *,
            focus: str | None = None, weights: Weights | None = None,
            fallback: bool = False, publisher: Publisher | None = None,
            people: frozenset[str] = frozenset()) -> list[Resolution]:
    """As ``resolve_spans``, keeping the chosen entries (for callers that filter on them).
    ``fallback``: a toponym the gazetteer lacks takes the point of the nearest town resolved
    in the text (else county, else state), with confidence ``FALLBACK_CONFIDENCE`` and no GeoNames id (a local school or
    road is usually near the article's town); otherwise it stays unresolved. ``publisher``:
    place priors from the article's domain or outlet (``dateline.places.publisher``): its
    country votes like the dateline place, and each home town named is resolved with the text
    (voting, and drawing the same name in the text to its reading), never reported.
    ``people``: the countries of the persons the text names (``claims.people_countries``: "Macron",
    France), each a sign for its own capital (``_at_home``).
    Spans may come in any order (a gold file's); the cues read them in text order."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], spans[i][1]))
    if order != list(range(len(spans))):
        done = _resolve([spans[i] for i in order], text, gaz, focus, weights, fallback, publisher, people)
        out: list[Resolution | None] = [None] * len(spans)
        for i, r in zip(order, done, strict=True):
            out[i] = r
        return [r for r in out if r is not None]
    return _resolve(spans, text, gaz, focus, weights, fallback, publisher, people)


def _resolve(spans: Sequence[tuple[int, int]], text: str, gaz: Gazetteer, focus: str | None,
             weights: Weights | None, fallback: bool, publisher: Publisher | None,
             people: frozenset[str]) -> list[Resolution]:
    w = weights or Weights()
    mentions, outside, restored = _mentions(text, spans, gaz, w)
    _states_in_lists(text, mentions)
    us_states(gaz, text, mentions)
    extra: list[tuple[Entry, float]] = []
    if focus:
        fc = candidates(gaz, focus.split(",")[0])
        if fc:
            extra.append((max(fc, key=lambda c: prior(c, w)).entry, 2.0))
    homes: list[Mention] = []
    home = publisher.country if publisher is not None else None
    if publisher is not None:
        country = gaz.country(publisher.country)
        if country is not None:
            extra.append((country, w.publisher_country))
        homes = homes_of(gaz, publisher, w)
    towns_by_use(text, mentions, homes, [e for e, _ in extra])
    abroad(text, mentions)
    _one_sense(text, gaz, mentions, restored, w, people)
    named_around(text, mentions)
    if publisher is not None:
        home_readings(mentions, homes, w)
        extra += home_votes(gaz, homes, w)
    _pairs(mentions + homes, w)
    _first_cities(gaz, text, mentions)
    by_demonym = _demonym_countries(gaz, text, mentions)
    extra += [(e, w.demonym) for e in by_demonym]
    _near_capitals(gaz, mentions, {e.country for e in by_demonym})
    anchors: list[tuple[int, str, Entry]] = []  # (start, name, reading) of the towns chosen
    for soft in (True, False):
        vc, vs = _votes(mentions, soft, extra)
        by_key: dict[tuple[str, int], list[list[float]]] = defaultdict(list)
        tallies: dict[int, _Tally] = {}  # ``_votes`` shares one dict among a name's mentions
        for m, c_votes, s_votes in zip(mentions, vc, vs, strict=True):
            if m.cands:
                others = _others(m, anchors)
                tally = tallies.get(id(c_votes))
                if tally is None or tally.vs is not s_votes:
                    tally = tallies[id(c_votes)] = _tally(c_votes, s_votes, w)
                by_key[_sense(m)].append([_score(m, i, c_votes, s_votes, others, w, home, tally)
                                          for i in range(len(m.cands))])
        for m in mentions:  # one sense per article: a name qualified once ("Paris, Texas") stays so
            if m.cands:
                rows = by_key[_sense(m)]
                scores = [sum(col) / len(rows) for col in zip(*rows, strict=True)]
                m.probs = softmax(scores)
                m.choice = max(range(len(scores)), key=scores.__getitem__)
        anchors = [(m.start, m.key, m.cands[m.choice].entry) for m in mentions
                   if m.cands and is_local(m.cands[m.choice].entry)]
    _follow(mentions)
    cluster = _cluster(mentions, w)
    for m in mentions:
        if _stray(m, anchors, w) or _outlier(m, cluster, w) or _unvouched(m, mentions, extra):
            m.probs = None  # left unresolved: the fallback, if asked, places it
    out = [_resolution(m, mentions, gaz) for m in mentions]
    out = [_in_area(r, m, out) if m.area is not None and (fallback or m.key in outside) else r
           for r, m in zip(out, mentions, strict=True)]
    out = _at_towns(text, out)
    return [_fallback(r, out) if fallback and r.entry is None and r.via is None else r
            for r in out]


_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or|&)\s*$")


_COMMA = re.compile(r"^\s*,\s*$")


def _as_area(m: Mention, town: Mention) -> None:
    """The name that qualifies the town before it reads as one of the areas the town may lie in
    (``cues.qualifying_areas``: "Springfield, Washington" in the state, not D.C.), its other
    readings dropped, where one of them is a state; a country and a state of the name
    ("Zorbleton, Georgia") are weighed by their people alone, as areas holding a town (no bonus
    for a country's name), and the article's context chooses; the town follows (``_follow``)."""
    if not any(a.feature == "ADM1" for a in town.areas):
        return
    keep = [i for i, c in enumerate(m.cands) if c.entry in town.areas]
    if not keep:
        return
    m.cands = [m.cands[i] for i in keep]
    m.priors = [math.log10(max(c.entry.population, 1)) for c in m.cands]
    m.qualifies = town


def _follow(mentions: list[Mention]) -> None:
    """A town placed by its qualifier lies in the area the qualifier's mention was resolved to
    ("Zorbleton, Georgia" beside Atlanta: the state; beside Tbilisi: the country), and so do its
    other mentions placed so."""
    for q in mentions:
        t = q.qualifies
        if t is None or not q.cands or q.choice < 0 or t.area is None:
            continue
        area, chosen = t.area, q.cands[q.choice].entry
        for o in mentions:
            if o.key == t.key and o.area == area:
                o.area = chosen


_POSSESSIVE_GAP = 4  # "Paris' ", "Cairo's ": the possessor's end lies this near the name
_IN = re.compile(r"^\s+in\s+$")
#: between a town and a part of it it names, in either order ("the Detroit suburb of Waterford",
#: "the Kensington borough of London")
_PART_OF = re.compile(r"\s+" + PART_WORDS + r"\s+of\s+")
_OWNED = 3  # a possessed name with at most this many readings by name places its possessor


def _part_of(prev: Mention, cur: Mention) -> None:
    """Two names around a word for a part of a town: the first qualifies the second ("the Detroit
    suburb of Waterford": a Waterford near Detroit), and the second the first where its likeliest
    reading is the larger town ("the Kensington borough of London": the Kensington in London,
    not Liverpool's)."""
    first = likeliest(prev)
    cur.quals = [*cur.quals, first]
    if cur.cands and (second := likeliest(cur)).population > first.population:
        prev.quals = [*prev.quals, second]


def _owns(owner: Mention, cands: list[Candidate]) -> None:
    """The place a possessive names places the possessor too ("Paris' Champs-Elysees": the
    Paris the avenue lies in, not Paris, Kentucky), and so does a place named "in" it ("the
    Champs-Elysees in Paris"): the possessed or contained name's readings by its own name,
    when it has few (``_OWNED``), count as qualifiers of the possessor or container."""
    named = [c.entry for c in cands if c.via in ("name", "alias")]
    if 0 < len(named) <= _OWNED:
        owner.quals = owner.quals + [e for e in named if e not in owner.quals]


def _states_in_lists(text: str, mentions: list[Mention]) -> None:
    """A name listed between states of a country is that country's state ("Utah, Virginia,
    Washington, West Virginia and Wyoming"): its other readings are dropped."""
    def state_of(m: Mention) -> str | None:
        if not m.cands:
            return None
        top = max(range(len(m.cands)), key=m.priors.__getitem__)
        e = m.cands[top].entry
        return e.country if e.feature == "ADM1" else None

    for i, m in enumerate(mentions):
        near = [mentions[j] for j in (i - 1, i + 1) if 0 <= j < len(mentions)
                and _LIST_GAP.match(text[min(mentions[j].end, m.end):max(mentions[j].start, m.start)])]
        countries = {state_of(n) for n in near}
        if len(near) == 2 and len(countries) == 1 and None not in countries:
            states = [c for c in m.cands if c.entry.feature == "ADM1" and c.entry.country in countries]
            if states and len(states) < len(m.cands):
                m.cands, m.priors = states, [p for c, p in zip(m.cands, m.priors, strict=True)
                                             if c in states]


def _stray(m: Mention, anchors: list[tuple[int, str, Entry]], w: Weights) -> bool:
    """A town reached only by an alternate name (often a former or foreign name: "Berea" is
    Aleppo's ancient one) lying far from every other town the article names, or a town of our
    own tables (``readings.is_curated``: "Zeitoun" beside New Orleans, a book's title), a
    hamlet of them even nearer ("Reim" beside Cairo, a given name)."""
    if not m.cands or m.choice < 0:
        return False
    e = m.cands[m.choice].entry
    hamlet = is_curated(e) and 0 < e.population < w.hamlet_population
    if m.cands[m.choice].via not in ("alternate", "partial") and not is_curated(e):
        return False
    others = [a for pos, _, a in anchors if pos != m.start and a is not e]
    return bool(others) and is_local(e) and min(
        distance_km(e.lat, e.lon, a.lat, a.lon) for a in others) > (w.hamlet_km if hamlet else w.stray_km)


def _unvouched(m: Mention, mentions: list[Mention], extra: list[tuple[Entry, float]]) -> bool:
    """A reading of the ZIP-code tier (``dateline.gazetteer.minor``) the article gives no evidence
    for: no qualifier, no mention of its state, no other town of the article near it."""
    if not m.cands or m.choice < 0 or not is_minor(e := m.cands[m.choice].entry):
        return False
    chosen = [(o.key, o.cands[o.choice].entry) for o in mentions
              if o is not m and o.cands and o.choice >= 0 and o.probs is not None]
    states = {(s.country, s.admin1) for s in [t for _, t in chosen] + [x for x, _ in extra]
              if s.feature == "ADM1" and s.country and s.admin1}
    towns = [t for k, t in chosen if k != m.key and is_local(t) and not is_minor(t)]
    return not vouched(e, m.text, m.quals, states, towns)


def _cluster(mentions: list[Mention], w: Weights) -> tuple[float, float] | None:
    """The middle of the article's local towns when at least ``cluster_names`` names resolve to
    small towns within ``cluster_km`` of it (a local story), else None."""
    towns: dict[str, Entry] = {}
    for m in mentions:
        if m.cands and m.choice >= 0:
            e = m.cands[m.choice].entry
            if e.feature.startswith("PPL") and e.population < w.cluster_town:
                towns.setdefault(m.key, e)
    if len(towns) < w.cluster_names:
        return None
    pts = list(towns.values())
    lat = sorted(e.lat for e in pts)[len(pts) // 2]
    lon = sorted(e.lon for e in pts)[len(pts) // 2]
    near = [e for e in pts if distance_km(e.lat, e.lon, lat, lon) <= w.cluster_km]
    return (lat, lon) if len(near) >= w.cluster_names else None


def _outlier(m: Mention, cluster: tuple[float, float] | None, w: Weights) -> bool:
    """In a local story, a name whose chosen reading lies far away, with no reading of it near
    any other name, and that no qualifier vouches for."""
    if cluster is None or not m.cands or m.choice < 0 or m.quals or m.pairs is None:
        return False
    e = m.cands[m.choice].entry
    return (is_local(e) and m.pairs[m.choice] < 0.05 and e.population < w.outlier_population
            and distance_km(e.lat, e.lon, *cluster) > w.outlier_km)


FALLBACK_CONFIDENCE = 0.05
AREA_CONFIDENCE = 0.1
def _in_area(res: Resolution, m: Mention, all_res: list[Resolution]) -> Resolution:
    """A toponym qualified by an area none of its readings lies in: the nearest town (in the
    text) resolved in that area, else the area's own point, with low confidence."""
    area = m.area
    assert area is not None
    towns = [r for r in all_res if r.entry is not None and r.entry.feature.startswith("PPL")
             and inside(r.entry, area)]
    p = res.place
    if towns:
        near = min(towns, key=lambda r: abs(r.place.start - p.start)).place
        lat, lon = near.lat, near.lon
    else:
        lat, lon = round(area.lat, 5), round(area.lon, 5)
    return Resolution(Place(p.start, p.end, p.text, p.text, area.country, lat, lon, None,
                            AREA_CONFIDENCE, None), None, "qualifier")


def _at_towns(text: str, out: list[Resolution]) -> list[Resolution]:
    """A facility the gazetteer lacks said to be in the town named next ("Nasser Hospital in
    Khan Younis"): the town's point under the facility's name (``facilities.at_town``)."""
    for k, (res, town) in enumerate(zip(out, out[1:], strict=False)):
        if res.entry is None and res.via is None and town.entry is not None \
                and town.entry.feature.startswith("PPL") and is_facility(res.place.text) \
                and IN_TOWN.fullmatch(text, res.place.end, town.place.start):
            out[k] = Resolution(at_town(res.place, town.place), None, "town")
    return out


def _sense(m: Mention) -> tuple[str, int]:
    """Mentions that share a sense: same key and the same candidate list."""
    return m.key, hash(tuple(c.entry for c in m.cands))


def _fallback(res: Resolution, all_res: list[Resolution]) -> Resolution:
    """An unknown toponym at the nearest town resolved in the text by its own name, else by an
    alternate name (a weaker reading), else the nearest county, else the nearest state (a local
    road or school lies in the article's area)."""
    towns = [r for r in all_res if r.entry is not None and r.entry.feature.startswith("PPL")
             and r.via in ("name", "alias")] \
        or [r for r in all_res if r.entry is not None and r.entry.feature.startswith("PPL")] \
        or [r for r in all_res if r.entry is not None and r.entry.feature == "ADM2"] \
        or [r for r in all_res if r.entry is not None and r.entry.feature == "ADM1"]
    if not towns:
        return res
    p = res.place
    near = min(towns, key=lambda r: abs(r.place.start - p.start)).place
    return Resolution(Place(p.start, p.end, p.text, p.text, near.country, near.lat, near.lon,
                            None, FALLBACK_CONFIDENCE, None), None, "context")


def _unplaced(e: Entry, gaz: Gazetteer) -> bool:
    """A county without a point of its own, sitting at its state's centre."""
    state = gaz.state(e.country, e.admin1) if e.feature == "ADM2" else None
    return state is not None and (state.lat, state.lon) == (e.lat, e.lon)


def _resolution(m: Mention, mentions: list[Mention], gaz: Gazetteer) -> Resolution:
    if not m.cands or m.probs is None:
        return Resolution(Place(m.start, m.end, m.text, m.text), None, None)
    e, via = m.cands[m.choice]
    conf = m.probs[m.choice] * min(1.0, max(m.priors[m.choice], 0.5) / 5.0)
    lat, lon = e.lat, e.lon
    if _unplaced(e, gaz):  # a county at its state's centre: move to the local places
        local = [(abs(o.start - m.start), o.cands[o.choice].entry) for o in mentions
                 if o.cands and o.cands[o.choice].entry.feature.startswith("PPL")
                 and (o.cands[o.choice].entry.country, o.cands[o.choice].entry.admin1)
                 == (e.country, e.admin1)]
        if local:
            near = min(local, key=lambda t: t[0])[1]
            lat, lon = near.lat, near.lon
        else:
            conf *= 0.5
    place = Place(m.start, m.end, m.text, e.name, e.country, round(lat, 5), round(lon, 5),
                  e.geonames_id, round(conf, 3), e.feature)
    return Resolution(place, e, via)


__all__ = ["Candidate", "Resolution", "Weights", "candidates", "distance_km", "prior", "resolve",
           "resolve_spans"]
