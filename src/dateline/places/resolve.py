"""Toponym resolution: surface forms in an article -> gazetteer entries -> ``Place`` records.

Each toponym's candidates are scored by a prior (population, feature type) plus the article's
context: the countries and states the other toponyms and the dateline point to, qualifiers
("Paris, Texas", "Alexandria, La."), co-location with some reading of every other name ("Paris"
beside "Henry County"), nearness to the other places resolved, and cues in the text ("Lamar
County", "Washington state", a state listed among states). Two passes: the first votes with every
candidate weighted by its prior, the second with the first pass's choices. Confidence is the
winner's share of the candidates' softmax, damped for weak evidence. A town reached only by an
alternate name far from all the article's other towns stays unresolved.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from dateline.model import Place
from dateline.places.gazetteer import AREA_FEATURES, COUNTRY_FEATURES, Entry, Gazetteer, key
from dateline.places.geo import colocation, distance_km
from dateline.places.publisher import Publisher

_DIRECTION = re.compile(
    r"^(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|upstate|downstate|downtown|"
    r"greater|metro|occupied|rural|coastal)\s+",
    re.IGNORECASE,
)
_SUFFIX = re.compile(r"\s+(?:city|province|governorate|region|district|oblast|state|prefecture|"
                     r"county|municipality|territory)$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_QUALIFIER = re.compile(r"\s*[,(]\s*((?:[A-Z][\w.'’-]*\.?)(?:\s+[A-Z][\w.'’-]*\.?){0,2})")
_FILLER = frozenset({"st", "st.", "saint", "the", "new", "north", "south", "east", "west", "great",
                     "grand", "royal", "national", "international", "central", "university"})
_FACILITY = frozenset({
    "airport", "hospital", "university", "college", "school", "museum", "gallery", "church",
    "cathedral", "mosque", "temple", "synagogue", "stadium", "arena", "square", "station", "center",
    "centre", "hotel", "mall", "market", "prison", "jail", "courthouse", "palace", "zoo", "port",
    "harbour", "harbor", "base", "camp", "area", "metro", "downtown", "city", "valley"})
_GENERIC = _FACILITY | _FILLER | {"river", "lake", "creek", "mountain", "mountains", "forest",
                                  "park", "island", "bay", "beach", "falls", "springs", "hill"}
_COUNTY_AFTER = re.compile(r"\s+(?:County|Parish|[Cc]ounties|[Pp]arishes)\b|(?:\s*(?:,|and|&|or)\s*[A-Z][\w.'’-]*"
                           r"(?:\s[A-Z][\w.'’-]*)?)+\s+(?:[Cc]ounties|[Pp]arishes)\b")
_COUNTY_NAME = re.compile(r"^County\s|\s(?:County|Parish)$")
_STATE_AFTER = re.compile(r"\s+state\b")  # lower case: "Washington State" may be a university
_STATE_BEFORE = re.compile(r"\b(?:[Ss]tate|[Pp]rovince)\s+of\s+$")
_US_CODE = re.compile(r"^[A-Z]{2}$")
_NOT_STATES = frozenset({"LA"})  # "LA" is Los Angeles more often than Louisiana


@dataclass(frozen=True)
class Weights:
    """Scoring weights, tuned on the dev halves of LGL, TR-News and GeoVirus."""

    country: float = 5.0  # x share of the article's votes for the candidate's country
    state: float = 5.0  # x share of votes for the candidate's admin-1 area
    qualifier: float = 6.0  # the toponym is qualified by an area that contains the candidate
    near: float = 1.0  # x closeness to the other resolved (non-area) places
    near_km: float = 150.0
    smoothing: float = 0.5  # added to the vote totals: one weak vote is not a consensus
    country_name: float = 3.0  # feature bonuses on top of log10(population)
    area: float = 2.0
    state_name: float = 0.0
    county: float = 0.0
    capital: float = 1.0
    alias: float = 1.0  # a curated alias or demonym
    alternate: float = 1.5  # penalty: reached by an alternate name only ("Berea" -> Aleppo)
    pair: float = 1.0  # x closeness to some candidate of each other name ("Paris" ~ "Henry County")
    pair_km: float = 30.0
    pair_cap: float = 1.5  # at most this many names' worth of pair support
    pair_alternate: float = 0.5  # x pair support of a candidate reached by an alternate name
    stray_km: float = 1000.0  # an alternate-name town this far from all others stays unresolved
    publisher_country: float = 2.0  # votes for the country of the publisher's domain (.ca, .co.uk)
    home_vote: float = 1.0  # votes of a home place named by the publisher, shared by its readings
    home_same: float = 3.0  # a home town's local readings, for the same name in the text


class Candidate(NamedTuple):
    entry: Entry
    via: str  # name|alias|demonym|alternate|partial


def candidates(gaz: Gazetteer, surface: str) -> list[Candidate]:
    """Gazetteer entries a surface form may name, trying a few normal variants in order."""
    text = surface.strip()
    state = gaz.abbreviation(text)
    if state is None and _US_CODE.match(text) and text not in _NOT_STATES:
        state = gaz.state("US", text)  # a postal code as a whole toponym: "NY", "GA"
    if state is not None:
        return [Candidate(state, "alias")]
    for v in (text, _POSSESSIVE.sub("", text)):
        found = [Candidate(e, "demonym") for e in gaz.demonym(v)]
        k = key(v)
        found += [Candidate(e, _via(e, k, k in gaz.aliases)) for e in gaz.lookup(v)]
        if found:
            return _unique(_states_over_namesakes(found))
    stripped = _DIRECTION.sub("", text)
    if stripped != text:  # "southern Lebanon", "northern Gaza": the area itself, never a town
        return [c for c in candidates(gaz, stripped) if _is_area(c.entry)]
    m = _SUFFIX.search(text)
    if m:
        return candidates(gaz, text[: m.start()])
    if "-" in text.strip("-"):  # "U.S.-led", "Israeli-Palestinian": the first area named
        for part in text.split("-"):
            found = [c for c in candidates(gaz, part) if _is_area(c.entry)] if part[:1].isupper() else []
            if found:
                return found
    return _partial(gaz, text)


def _states_over_namesakes(cands: list[Candidate]) -> list[Candidate]:
    """A bare name of a state or country is not its namesake county ("Ohio" is not Ohio County)
    nor a village of that country a hundred times smaller ("Wales" in England, "Kansas")."""
    states = {c.entry.country: c.entry.population for c in cands if c.via != "alternate" and (
        c.entry.feature == "ADM1" or c.entry.feature in COUNTRY_FEATURES)}
    return [c for c in cands if c.entry.country not in states or not (
        (c.via == "alternate" and c.entry.feature == "ADM2")
        or (c.entry.feature.startswith("PPL") and c.entry.population * 100 < states[c.entry.country]))]


def _partial(gaz: Gazetteer, text: str) -> list[Candidate]:
    """A known place named inside an unknown one ("Vancouver Art Gallery", "Montreal-Pierre
    Elliott Trudeau International Airport"): the longest run of words that is a town of some
    size or an area by its own name."""
    words = text.replace("-", " ").split()
    if not any(w.lower().strip(".,'’s") in _FACILITY for w in words):
        return []
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            part = " ".join(words[i:i + n])
            if not part[0].isupper() or part.lower() in _FILLER or all(
                    w.lower() in _GENERIC for w in part.split()):  # "River Valley"
                continue
            k = key(part)
            found = [Candidate(e, "partial") for e in gaz.lookup(part)
                     if key(e.name) == k and (_is_area(e) or e.population >= 10_000)]
            if found:
                return _unique(found)
    return []


def _via(e: Entry, k: str, curated: bool = False) -> str:
    """How a key reached an entry: its own name, a curated alias (or any alias of an area), or
    an alternate name."""
    if key(e.name) == k:
        return "name"
    if curated and e.feature.startswith("PPL"):
        return "alias"
    if e.feature == "ADM2":  # "Lamar County" is a name; a bare "Lamar" may be a town's
        return "name" if len(k) > len(key(e.name)) else "alternate"
    return "alias" if _is_area(e) else "alternate"


def _unique(cands: list[Candidate]) -> list[Candidate]:
    seen: set[tuple[int | None, str, float]] = set()
    out = []
    for c in cands:
        k = (c.entry.geonames_id, c.entry.name, c.entry.lat)
        if k not in seen:
            seen.add(k)
            out.append(c)
    return out


def _is_area(e: Entry) -> bool:
    return e.feature in COUNTRY_FEATURES or e.feature in AREA_FEATURES or e.feature.startswith("ADM")


def _local(e: Entry) -> bool:
    """A place with a point that other places lie near: a town or a county, not a wide area."""
    return not _is_area(e) or e.feature == "ADM2"


def prior(c: Candidate, w: Weights) -> float:
    """Context-free plausibility: log population plus a bonus for the kind of feature."""
    e = c.entry
    score = math.log10(max(e.population, 1))
    if e.feature in COUNTRY_FEATURES:
        score += w.country_name
    elif e.feature in AREA_FEATURES:
        score += w.area
    elif e.feature == "ADM1":
        score += w.state_name
    elif e.feature == "ADM2":
        score += w.county
    elif e.feature == "PPLC":
        score += w.capital
    if c.via in ("alias", "demonym"):
        score += w.alias
    elif c.via in ("alternate", "partial"):
        score -= w.alternate
    return score


def _softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [x / total for x in exps]


def _qualifier(gaz: Gazetteer, text: str, end: int) -> list[Entry]:
    """Areas named right after a toponym: "Paris, Texas", "Alexandria, La.", "Reno, NV"."""
    m = _QUALIFIER.match(text, end)
    if not m:
        return []
    words = m.group(1)
    out: list[Entry] = []
    for n in range(len(words.split()), 0, -1):
        part = " ".join(words.split()[:n]).rstrip(",")
        if _US_CODE.match(part):
            st = gaz.state("US", part)
            out += [st] if st else []
        out += [c.entry for c in candidates(gaz, part) if _is_area(c.entry)]
        if out:
            break
    return out


def _listed(text: str, start: int, spans: Sequence[tuple[int, int]]) -> bool:
    """The toponym follows another after a comma: an item of a list ("Turkey, Iraq, Iran"), where
    the name after it may be the next item rather than its qualifier."""
    before = text[:start].rstrip()
    if not before.endswith(","):
        return False
    comma = len(before) - 1
    return any(text[e:comma].strip() == "" and e <= comma for _, e in spans if e <= start)


def _inside(e: Entry, area: Entry) -> bool:
    if e is area or e.country is None:
        return False
    if area.feature in COUNTRY_FEATURES:
        return e.country == area.country and e.feature not in COUNTRY_FEATURES
    if area.feature == "ADM1":
        return (e.country, e.admin1) == (area.country, area.admin1) and e.feature != "ADM1"
    return distance_km(e.lat, e.lon, area.lat, area.lon) < 100


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    cands: list[Candidate]
    priors: list[float]
    quals: list[Entry]
    key: str = ""
    choice: int = -1
    probs: list[float] | None = None
    pairs: list[float] | None = None


_PAIR_CANDS = 60  # candidates per name compared (the likeliest by prior)


def _pairs(mentions: list[_Mention], w: Weights) -> None:
    """Co-location support of each local candidate: for every *other* name in the article, its
    closeness to the nearest local candidate of that name ("Paris" and "Henry County" both have
    a Tennessee reading 15 km apart). Names are compared once; the sum is capped. Mentions of
    one name may hold different candidate lists (a cue after a name narrows it): support is
    computed per candidate entry, over the union of a name's likeliest readings."""
    readings: dict[str, dict[int, Entry]] = defaultdict(dict)
    for m in mentions:
        order = sorted(range(len(m.cands)), key=lambda i: -m.priors[i])[:_PAIR_CANDS]
        for i in order:
            if _local(m.cands[i].entry):
                readings[m.key].setdefault(id(m.cands[i].entry), m.cands[i].entry)
    support = colocation({k: [(e.lat, e.lon) for e in es.values()] for k, es in readings.items()},
                         w.pair_km, w.pair_cap)
    value = {(k, eid): v for k, es in readings.items() for eid, v in zip(es, support.get(k, ()), strict=False)}
    for m in mentions:
        if m.cands:
            m.pairs = [value.get((m.key, id(c.entry)), 0.0) for c in m.cands]


_HOME = "@home:"  # key prefix of a publisher's home town (co-location with the text's names)
_NORTH_AMERICA = frozenset({"US", "CA"})


def _homes(gaz: Gazetteer, pub: Publisher, w: Weights) -> list[_Mention]:
    """A mention per home place the publisher names, over that name's own readings: a country
    named ("japantimes", "jamaicaobserver.com") is a national paper's; else the readings in the
    domain's country if it has one, those in North America for a generic domain (.com), if any."""
    out = []
    for i, name in enumerate(pub.names):
        cands = [c for c in candidates(gaz, name) if c.via in ("name", "alias")]
        countries = [c for c in cands if c.entry.feature in COUNTRY_FEATURES]
        if countries:
            cands = countries
        if pub.country:
            cands = [c for c in cands if c.entry.country == pub.country]
        elif pub.generic:
            cands = [c for c in cands if c.entry.country in _NORTH_AMERICA] or cands
        if cands:
            out.append(_Mention(-1 - i, -1 - i, name, cands, [prior(c, w) for c in cands], [],
                                _HOME + key(name)))
    return out


def _home_votes(gaz: Gazetteer, homes: list[_Mention], w: Weights) -> list[tuple[Entry, float]]:
    """What the home places vote for, as weighted country (and state) entries: each reading
    by its prior's share. A town's state is not voted for (the largest "Gainesville" is not the
    paper's); a state named by the domain is ("masslive.com")."""
    out: list[tuple[Entry, float]] = []
    for h in homes:
        for c, p in zip(h.cands, _softmax(h.priors), strict=True):
            e = c.entry
            target = e if e.feature == "ADM1" else gaz.country(e.country)
            if target is not None:
                out.append((target, p * w.home_vote))
    return out


def _home_readings(mentions: list[_Mention], homes: list[_Mention], w: Weights) -> None:
    """A paper named after its town means that town by the bare name: the text's mentions of a
    home name favour the home's local readings (towns, counties) by ``home_same``."""
    by_key = {h.key[len(_HOME):]: {c.entry for c in h.cands if _local(c.entry)} for h in homes}
    for m in mentions:
        local = by_key.get(m.key)
        if not local or not any(c.entry in local for c in m.cands):
            continue
        m.priors = [p + (w.home_same if c.entry in local else 0.0)
                    for c, p in zip(m.cands, m.priors, strict=True)]


def _votes(mentions: list[_Mention], soft: bool, extra: list[tuple[Entry, float]]
           ) -> tuple[list[dict[str, float]], list[dict[tuple[str, str | None], float]]]:
    """Per mention, the country and state votes of the mentions with *another* surface form
    (a name repeated does not vouch for itself), plus ``extra`` (the dateline place). A
    mention votes with the weight of its evidence: weak names of small places count less."""
    by_key_c: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    by_key_s: dict[str, dict[tuple[str, str | None], float]] = defaultdict(lambda: defaultdict(float))
    for m in mentions:
        if not m.cands:
            continue
        if soft or m.probs is None or m.choice < 0:
            weights = _softmax(m.priors)
        else:
            weights = [1.0 if i == m.choice else 0.0 for i in range(len(m.cands))]
        strength = min(1.0, max(max(m.priors) - 2.0, 0.0) / 4.0)
        for cand, p in zip(m.cands, weights, strict=True):
            e = cand.entry
            if e.country:
                by_key_c[m.key][e.country] += p * strength
                if e.admin1:
                    by_key_s[m.key][(e.country, e.admin1)] += p * strength
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
    for m in mentions:
        own_c, own_s = by_key_c.get(m.key, {}), by_key_s.get(m.key, {})
        out_c.append({k: v - own_c.get(k, 0.0) for k, v in total_c.items()})
        out_s.append({k: v - own_s.get(k, 0.0) for k, v in total_s.items()})
    return out_c, out_s


def _score(m: _Mention, i: int, vc: dict[str, float], vs: dict[tuple[str, str | None], float],
           anchors: list[tuple[int, Entry]], w: Weights) -> float:
    e = m.cands[i].entry
    score = m.priors[i]
    total_c = sum(vc.values()) + w.smoothing
    if e.country:
        score += w.country * vc.get(e.country, 0.0) / total_c
    total_s = sum(vs.values()) + w.smoothing
    if e.country:  # a country holds all of its states' votes
        if e.feature in COUNTRY_FEATURES:
            inside = sum(v for (cc, _), v in vs.items() if cc == e.country)
        else:
            inside = vs.get((e.country, e.admin1), 0.0) if e.admin1 else 0.0
        score += w.state * inside / total_s
    if m.quals and any(_inside(e, q) for q in m.quals):
        score += w.qualifier
    if m.pairs is not None:
        via = m.cands[i].via
        score += w.pair * m.pairs[i] * (w.pair_alternate if via in ("alternate", "partial") else 1.0)
    others = [a for pos, a in anchors if pos != m.start]
    if others and _local(e):
        near = min(distance_km(e.lat, e.lon, a.lat, a.lon) for a in others)
        score += w.near * math.exp(-near / w.near_km)
    elif others and e.feature == "ADM1" and any(_inside(a, e) for a in others):
        score += w.near
    return score


class Resolution(NamedTuple):
    """A resolved toponym: the record, the gazetteer entry chosen, and how its name matched."""

    place: Place
    entry: Entry | None
    via: str | None  # name|alias|demonym|alternate|partial, "context" for a fallback


def resolve_spans(text: str, spans: Sequence[tuple[int, int]], gaz: Gazetteer, *,
                  focus: str | None = None, weights: Weights | None = None,
                  fallback: bool = False, publisher: Publisher | None = None) -> list[Place]:
    """Resolve toponyms given as (start, end) offsets into ``text``, in the context of each other
    and of ``focus`` (the dateline place, if any). One ``Place`` per span, in order; a toponym
    the gazetteer does not know comes back with ``lat``/``lon`` None and confidence 0."""
    return [r.place for r in resolve(text, spans, gaz, focus=focus, weights=weights,
                                     fallback=fallback, publisher=publisher)]


def resolve(text: str, spans: Sequence[tuple[int, int]], gaz: Gazetteer, *,
            focus: str | None = None, weights: Weights | None = None,
            fallback: bool = False, publisher: Publisher | None = None) -> list[Resolution]:
    """As ``resolve_spans``, keeping the chosen entries (for callers that filter on them).
    ``fallback``: a toponym the gazetteer lacks takes the point of the nearest town resolved
    in the text, with confidence ``FALLBACK_CONFIDENCE`` and no GeoNames id (a local school or
    road is usually near the article's town); otherwise it stays unresolved. ``publisher``:
    place priors from the article's domain or outlet (``dateline.places.publisher``): its
    country votes like the dateline place, and each home town named is resolved with the text
    (voting, and drawing the same name in the text to its reading), never reported."""
    w = weights or Weights()
    mentions = []
    for start, end in spans:
        surface = text[start:end]
        cands = candidates(gaz, surface)
        if _COUNTY_AFTER.match(text, end) or _COUNTY_NAME.search(surface):  # "Lamar County"
            # tagged "Lamar"; "Otoe and Washington counties"; "Mayo County" itself
            counties = [c for c in cands if c.entry.feature == "ADM2"] or [
                c for c in candidates(gaz, f"{surface} County") if c.entry.feature == "ADM2"]
            cands = counties or cands  # (a bare state name lost its namesake counties)
        elif _STATE_AFTER.match(text, end) or _STATE_BEFORE.search(text, max(0, start - 20), start):
            states = [c for c in cands if c.entry.feature == "ADM1"]  # "Washington state",
            cands = states or cands  # "the state of Washington"
        quals = _qualifier(gaz, text, end)
        if quals and cands and _listed(text, start, spans):  # "Iraq, Iran": Iran is the next item
            top = max(cands, key=lambda c: prior(c, w)).entry
            quals = quals if any(_inside(top, q) for q in quals) else []
        mentions.append(_Mention(start, end, surface, cands, [prior(c, w) for c in cands],
                                 quals, key(surface)))
    _states_in_lists(text, mentions)
    extra: list[tuple[Entry, float]] = []
    if focus:
        fc = candidates(gaz, focus.split(",")[0])
        if fc:
            extra.append((max(fc, key=lambda c: prior(c, w)).entry, 2.0))
    homes: list[_Mention] = []
    if publisher is not None:
        country = gaz.country(publisher.country)
        if country is not None:
            extra.append((country, w.publisher_country))
        homes = _homes(gaz, publisher, w)
        _home_readings(mentions, homes, w)
        extra += _home_votes(gaz, homes, w)
    _pairs(mentions + homes, w)
    anchors: list[tuple[int, Entry]] = []
    for soft in (True, False):
        vc, vs = _votes(mentions, soft, extra)
        by_key: dict[tuple[str, int], list[list[float]]] = defaultdict(list)
        for m, c_votes, s_votes in zip(mentions, vc, vs, strict=True):
            if m.cands:
                by_key[_sense(m)].append([_score(m, i, c_votes, s_votes, anchors, w)
                                          for i in range(len(m.cands))])
        for m in mentions:  # one sense per article: a name qualified once ("Paris, Texas") stays so
            if m.cands:
                rows = by_key[_sense(m)]
                scores = [sum(col) / len(rows) for col in zip(*rows, strict=True)]
                m.probs = _softmax(scores)
                m.choice = max(range(len(scores)), key=scores.__getitem__)
        anchors = [(m.start, m.cands[m.choice].entry) for m in mentions
                   if m.cands and _local(m.cands[m.choice].entry)]
    for m in mentions:
        if _stray(m, anchors, w):
            m.probs = None  # left unresolved: the fallback, if asked, places it
    out = [_resolution(m, mentions, gaz) for m in mentions]
    return [_fallback(r, out) if fallback and r.entry is None else r for r in out]


_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or|&)\s*$")


def _states_in_lists(text: str, mentions: list[_Mention]) -> None:
    """A name listed between states of a country is that country's state ("Utah, Virginia,
    Washington, West Virginia and Wyoming"): its other readings are dropped."""
    def state_of(m: _Mention) -> str | None:
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


def _stray(m: _Mention, anchors: list[tuple[int, Entry]], w: Weights) -> bool:
    """A town reached only by an alternate name (often a former or foreign name: "Berea" is
    Aleppo's ancient one) lying far from every other town the article names."""
    if not m.cands or m.choice < 0 or m.cands[m.choice].via not in ("alternate", "partial"):
        return False
    e = m.cands[m.choice].entry
    others = [a for pos, a in anchors if pos != m.start and a is not e]
    return bool(others) and _local(e) and min(
        distance_km(e.lat, e.lon, a.lat, a.lon) for a in others) > w.stray_km


FALLBACK_CONFIDENCE = 0.05


def _sense(m: _Mention) -> tuple[str, int]:
    """Mentions that share a sense: same key and the same candidate list."""
    return m.key, hash(tuple(c.entry for c in m.cands))


def _fallback(res: Resolution, all_res: list[Resolution]) -> Resolution:
    towns = [r for r in all_res if r.entry is not None and r.entry.feature.startswith("PPL")]
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


def _resolution(m: _Mention, mentions: list[_Mention], gaz: Gazetteer) -> Resolution:
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
