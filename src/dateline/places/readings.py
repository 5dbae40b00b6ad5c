"""Readings of a toponym: the gazetteer entries a surface form may name, and their priors.

``candidates`` tries a few normal variants of a name (possessive, "southern Lebanon", "Gaza
governorate", "U.S.-led", a known place inside a facility's name); ``prior`` scores a reading
without context (log population plus a bonus for the kind of feature). ``Weights`` holds every
weight of the resolver, tuned on the dev halves of LGL, TR-News and GeoVirus.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from dateline.gazetteer import (
    AREA_FEATURES,
    COUNTRY_FEATURES,
    Entry,
    Gazetteer,
    data_rows,
    key,
)
from dateline.gazetteer.geo import distance_km
from dateline.places.facilities import is_facility, opens_name, town_named
from dateline.places.particles import (
    article_joined,
    article_variants,
    bare_key,
    is_particle,
    leading_article,
)

#: compass words before a name ("North and South Korea", "southern Lebanon"); ``cues`` uses them too
DIRECTIONS = ("north", "south", "east", "west", "central", "northern", "southern", "eastern", "western")
#: a part of an area named as an adjective before it ("central Gaza", "north-eastern Syria",
#: "northeastern Syria": no word boundary before "eastern" there)
PART_ADJECTIVE = r"(?:central|northern|southern|eastern|western|(?:north|south)-?(?:eastern|western))"
_DIRECTION = re.compile(
    rf"^(?:the\s+)?(?:{'|'.join(DIRECTIONS)}|(?:north|south)-?(?:eastern|western)|upstate|downstate|downtown|"
    r"greater|metro|occupied|rural|coastal)\s+",
    re.IGNORECASE,
)
#: the words after a name that make it the province or region itself ("the Donetsk region",
#: "Kherson oblast", "Gaza governorate", "Kherson province"), never its capital city, where the
#: gazetteer has the area by that name (``own_areas``; "Masvingo province", whose GeoVirus gold
#: is near the town, lies within 161 km of both); ``finders`` finds untagged names before these
#: and before "state" and "district" too (``finders.AREA_NOUNS``)
AREA_WORDS = ("region", "oblast", "governorate", "province")
#: the wide areas a direction word carves ("central Gaza": the Strip; "northern Israel"): no
#: province, so "eastern Aleppo" stays the city's east (``part_of``)
#: a town reached by an alternate name names the province it lies in ("Hasakah province") when
#: this big (``own_areas``)
AREA_TOWN_POPULATION = 50_000
WIDE_FEATURES = frozenset({"PCLI", "PCLS", "PCLD", "PCLIX", "PCLF", "TERR", "RGN", "CONT"})
_SUFFIX = re.compile(r"\s+(?:city|province|governorate|region|district|oblast|state|prefecture|"
                     r"county|municipality|territory)$", re.IGNORECASE)
#: a county named by its word first, Ireland's and Britain's way ("County Sligo", "Co. Mayo",
#: "Co Carlow"), read as the county of the name after it where the whole is no name of its own
_COUNTY_FIRST = re.compile(r"(?:County|Co\.?)\s+(?=[A-Z])")
COUNTY_FIRST_NATIONS = frozenset({"GB", "IE"})  # "County Cavan", "Co. Durham": the word before the name
#: an "'s" inside a name ("St. George's", "King's Lynn")
_OWN_S = re.compile(r"['’]s\b")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
#: initials written with their stops ("U.N.", "U.K."): a short form, never a town's own name
INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_FILLER = frozenset({"st", "st.", "saint", "the", "new", "north", "south", "east", "west", "great",
                     "grand", "royal", "national", "international", "central", "university"})
_FACILITY = frozenset({
    "airport", "hospital", "university", "college", "school", "museum", "gallery", "church",
    "cathedral", "mosque", "temple", "synagogue", "stadium", "arena", "square", "station", "center",
    "centre", "hotel", "mall", "market", "prison", "jail", "courthouse", "palace", "zoo", "port",
    "harbour", "harbor", "base", "camp", "area", "metro", "downtown", "city", "valley", "crossing",
    "checkpoint", "bridge"})
_GENERIC = _FACILITY | _FILLER | {"river", "lake", "creek", "mountain", "mountains", "forest",
                                  "park", "island", "bay", "beach", "falls", "springs", "hill"}
#: what is left of a street's or a district's name once a direction word is taken off ("West
#: Street", "East Side", "North End"): no place of that name
_STREET_WORDS = frozenset({"street", "st", "st.", "avenue", "ave", "road", "rd", "boulevard", "lane",
                           "drive", "way", "side", "end", "village", "quarter", "ward", "bank"})
US_CODE = re.compile(r"^[A-Z]{2}$")
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
    cluster_names: int = 3  # a local story: this many names at small towns ...
    cluster_town: int = 50_000  # ... of fewer people ...
    cluster_km: float = 40.0  # ... within this distance of their middle
    outlier_km: float = 1000.0  # a reading this far from a local story's towns ...
    outlier_population: int = 1_000_000  # ... of a place smaller than this is doubted
    stray_km: float = 1000.0  # an alternate-name town this far from all others stays unresolved
    hamlet_population: int = 1_000  # a village of our own rows smaller than this ...
    hamlet_km: float = 200.0  # ... this far from all other towns stays unresolved
    demonym: float = 0.5  # votes for a country whose officials the text names by its demonym
    publisher_country: float = 1.0  # votes for the country of the publisher's domain (.ca, .co.uk)
    home_vote: float = 1.0  # votes of a home place named by the publisher, shared by its readings
    home_same: float = 3.0  # a home town's local readings, for the same name in the text


class Candidate(NamedTuple):
    entry: Entry
    via: str  # name|alias|demonym|alternate|partial


def candidates(gaz: Gazetteer, surface: str) -> list[Candidate]:
    """Gazetteer entries a surface form may name, trying a few normal variants in order."""
    text = surface.strip()
    if is_particle(text):  # "Al" cut from "Al-Tanf": an article, never Ål in Norway
        return []
    state = gaz.abbreviation(text)
    if state is None and US_CODE.match(text) and text not in _NOT_STATES:
        state = gaz.state("US", text)  # a postal code as a whole toponym: "NY", "GA"
    if state is not None:
        return [Candidate(state, "alias")]
    for v in (text, _POSSESSIVE.sub("", text)):
        found = [Candidate(e, "demonym") for e in gaz.demonym(v)]
        k = key(v)
        aimed = {id(gaz.entries[i]) for i in gaz.aliases.get(k, ())}
        found += [Candidate(e, _via(e, k, id(e) in aimed)) for e in gaz.lookup(v)]
        if INITIALS.fullmatch(v):  # "U.N." is no town "Un" in India, "U.K." no "Uk" in Russia
            found = [c for c in found if c.via != "name"]
        if _OWN_S.search(v):  # "St. George's": Grenada's, not Quebec's Saint-Georges (keys drop the "'")
            found = [c for c in found if c.via != "name" or _OWN_S.search(c.entry.name)] or found
        if found:
            return _unique(_county_towns(_states_over_namesakes(
                found if k in gaz.aliases else _towns_over_areas(found)), k))
    m = _COUNTY_FIRST.match(text)
    counties = [Candidate(c.entry, "name") for c in candidates(gaz, text[m.end():])
                if c.entry.feature == "ADM2" and c.entry.country in COUNTY_FIRST_NATIONS] if m else []
    if counties:  # "County Sligo", "Co Carlow": GeoNames names the county "Sligo", "Carlow"
        return counties
    stripped = _DIRECTION.sub("", text)
    if stripped != text:  # "southern Lebanon", "Northern Gaza": the same rule as "in northern Gaza"
        if stripped.lower() in _STREET_WORDS or stripped.lower() in _GENERIC:
            return []  # "West Street", "West Metro": a street or district, not Street or Metro
        return part_of(candidates(gaz, stripped))
    m = _SUFFIX.search(text)
    if m:  # "Kherson oblast", "Homs province": the province, not its capital city
        found = candidates(gaz, text[: m.start()])
        if m.group().strip().lower() == "county":  # "Sligo County": the county, not its town
            found = [Candidate(c.entry, "name") if c.via == "alternate" and any(
                county_town(t, c.entry) for t in found) else c for c in found]
        if m.group().strip().lower() in AREA_WORDS:
            return own_areas(gaz, found, text[: m.start()], m.group().strip()) or found
        return found
    if article_joined(text):  # "Al-Tanf", "Ras al-Ain": one name, never split at its hyphen
        found = _article_readings(gaz, text)
        if found:
            return found
    if "-" in text.strip("-") and not article_joined(text, hyphen=True):
        # "U.S.-led", "Israeli-Palestinian": the first area named
        for part in text.split("-"):
            found = [c for c in candidates(gaz, part) if is_area(c.entry)] \
                if part[:1].isupper() and not is_particle(part) else []
            if found:
                return found
    return _partial(gaz, text)


def own_areas(gaz: Gazetteer, cands: list[Candidate], surface: str, word: str = "region"
              ) -> list[Candidate]:
    """The provinces or regions of ``cands`` named ``surface`` by their own name ("Donetsk" of
    "the Donetsk region"; not "Salinas Valley region" as a Puerto Rican district listing it),
    and those our tables name with an area word ("Zaporizhzhia region": ``admin1_names.tsv``),
    and, after an admin-1 unit's ``word`` (not "region": "the Chicago region" is no Illinois),
    after "province" a county-level area of that name, over its country's wider one ("Cadiz
    province", "Valencia province": Spain's ADM2), and the province of the one town the bare name reads as
    (``_named_town``: "Taiz province" -> Ta'izz; never a country's name, "Lebanon governorate"),
    in a country where no area bears the name ("Gaza governorate": the Strip's town beside
    Mozambique's Gaza province; not Maharashtra for India's Kandhar beside "Kandahar
    province"); in ``TOWN_PROVINCE_COUNTRIES`` the town itself ("Hebron governorate")."""
    k = key(surface)
    own = [c for c in cands if c.entry.feature in ("ADM1", "RGN") and key(c.entry.name) == k]
    worded = {key(f"{surface} {w}") for w in AREA_WORDS}
    own += [Candidate(e, "name") for w in worded for e in gaz.lookup(w)
            if e.feature in ("ADM1", "RGN") and key(e.name) in worded]
    if word.lower() == "province":  # "Cadiz province": Spain's ADM2, not Andalusia
        counties = [c for c in cands if c.entry.feature == "ADM2" and key(c.entry.name) == k]
        own = [o for o in own if all(o.entry.country != c.entry.country for c in counties)] + counties
    town = _named_town(cands, own) if word.lower() != "region" else None
    if town is not None and all(o.entry.country != town.entry.country for o in own):
        e = town.entry
        home = None if e.country in TOWN_PROVINCE_COUNTRIES else gaz.state(e.country, e.admin1)
        own.append(Candidate(home, "name") if home is not None else town)
    return _unique(own)


#: countries whose provinces or governorates GeoNames holds below a wider admin-1 (Spain's,
#: Italy's, Belgium's and the Philippines' provinces are ADM2) or whose admin-1 is a whole
#: territory (Palestine: West Bank, Gaza Strip): there the province a town names ("Naples
#: province", "Hebron governorate") is read as the town, never climbed to the region
#: (``data/places/town_province_countries.tsv``: one ISO2 code a row, with the reason)
TOWN_PROVINCE_COUNTRIES = frozenset(row[0] for row in data_rows("town_province_countries.tsv"))
#: the town a bare name reads as must beat every other town of that name by this much prior
#: (log10 people: ten times) for its province to be the name's ("Taiz"; not "Bethlehem", of
#: Pennsylvania and the West Bank alike)
_TOWN_MARGIN = 1.0


def _named_town(cands: list[Candidate], own: list[Candidate]) -> Candidate | None:
    """The town a bare name itself reads as when it names a province ("Taiz province" ->
    Ta'izz): the likeliest town by its prior, of ``AREA_TOWN_POPULATION`` at least, well ahead
    of every other town so named (``_TOWN_MARGIN``), neither a national capital ("Paris
    province" stays Paris) nor reached by an alternate name beside an area named so; None where
    the name is a country's ("Lebanon governorate")."""
    if any(c.entry.feature in COUNTRY_FEATURES for c in cands):
        return None
    w = Weights()
    towns = sorted((c for c in cands if c.entry.feature.startswith("PPL")
                    and c.via in ("name", "alias", "alternate")), key=lambda c: -prior(c, w))
    if not towns:
        return None
    top = towns[0]
    if top.entry.feature == "PPLC" or top.entry.population < AREA_TOWN_POPULATION or (
            top.via == "alternate" and own) or any(
            prior(top, w) - prior(c, w) < _TOWN_MARGIN for c in towns[1:]):
        return None
    return top


def part_of(cands: list[Candidate]) -> list[Candidate]:
    """The readings left to a name after a direction word, inside its entity ("Northern Gaza")
    or before it ("in central Gaza"): its wide areas (``WIDE_FEATURES``: the Strip, not the
    city or the governorate), else all of them ("eastern Aleppo": the city's east)."""
    return [c for c in cands if c.entry.feature in WIDE_FEATURES] or cands


def _article_readings(gaz: Gazetteer, text: str) -> list[Candidate]:
    """Readings of a name opening with an Arabic article that the gazetteer lacks as written:
    other spellings of the article ("Al Tanf", "At Tanf"), then the name without it, whose
    readings must bear that name ("Ar-Raqqa" -> Ar Raqqah, not a town merely listing "Raqqa"
    among its alternate names). [] when none does: unresolved, never the bare article."""
    variants = article_variants(text)
    if not leading_article(text):  # "Deir al-Balah": other spellings of its article
        for v in variants:
            found = [Candidate(e, "alternate") for e in gaz.lookup(v)]
            if found:
                return _unique(found)
        return []
    for v in variants[:-1]:
        found = [Candidate(e, _via(e, key(v))) for e in gaz.lookup(v)]
        if found:
            return _unique(found)
    if not variants:
        return []
    rest = bare_key(variants[-1])
    return _unique([Candidate(e, "alternate") for e in gaz.lookup(variants[-1])
                    if bare_key(e.name).startswith(rest) or rest.startswith(bare_key(e.name))])


def _states_over_namesakes(cands: list[Candidate]) -> list[Candidate]:
    """A bare name of a state or country is not its namesake county ("Ohio" is not Ohio County)
    nor a village of that country a hundred times smaller ("Wales" in England, "Kansas")."""
    states = {c.entry.country: c.entry.population for c in cands if c.via != "alternate" and (
        c.entry.feature == "ADM1" or c.entry.feature in COUNTRY_FEATURES)}
    return [c for c in cands if c.entry.country not in states or not (
        (c.via == "alternate" and c.entry.feature == "ADM2")
        or (c.entry.feature.startswith("PPL") and c.entry.population * 100 < states[c.entry.country]))]


#: countries whose counties bear their county towns' names alone ("Sligo", "Wexford"; GeoNames
#: names some in Irish, our aliases reach those: ``aliases.tsv``), or some of their districts do
#: (Switzerland's "Geneva", "Thun": a dateline's "GENEVA" is the city, not its district)
TOWN_NAMED_COUNTIES = frozenset({"IE", "CH"})


def county_town(town: Candidate, county: Entry) -> bool:
    """Whether ``town``, read by its own name, is the main town of the same-named ``county`` of
    a country of ``TOWN_NAMED_COUNTIES``: a third or more of the people its towns count."""
    return (_town_named(county) and town.via == "name" and town.entry.feature.startswith("PPL")
            and town.entry.country == county.country and 0 < county.population <= 3 * town.entry.population)


def _town_named(county: Entry) -> bool:
    """A county of a country of ``TOWN_NAMED_COUNTIES``."""
    return county.feature == "ADM2" and county.country in TOWN_NAMED_COUNTIES


def _county_towns(cands: list[Candidate], k: str) -> list[Candidate]:
    """A bare name of an Irish county and of its main town ("Sligo", "Kilkenny", "Wexford") is
    the town's first (with the county's people as its prior: ``priors``), the county's as an
    alternate name ("Kilkenny County Council" still reads the county, a council cue); where the
    town of that name is a village ("Louth", "Leitrim") or none ("Kerry"), the county's. The
    same town-first reading as a US county's bare name ("Lamar"). Only for the bare name ``k``:
    "Sligo County Hospital" names the county by its word."""
    return [Candidate(c.entry, "alternate") if _town_named(c.entry) and any(
        county_town(t, c.entry) and key(t.entry.name) == k for t in cands) else c for c in cands]


def _partial(gaz: Gazetteer, text: str) -> list[Candidate]:
    """A known place named inside an unknown one ("Vancouver Art Gallery", "Montreal-Pierre
    Elliott Trudeau International Airport"): the longest run of words that is a town of some
    size or an area by its own name; in a facility's name, only the town it is named for
    (``facilities.town_named``), or a large town opening it ("Limerick Maternity Hospital"; no
    "Kamal" of "Kamal Adwan Hospital")."""
    words = text.replace("-", " ").split()
    if not any(w.lower().strip(".,'’s") in _FACILITY for w in words):
        return []
    facility = is_facility(text)  # "Kamal Adwan Hospital": no Kamal, Indonesia (``facilities``)
    hyphens = [text[:m.start()].rstrip().endswith("-") for m in re.finditer(r"[^\s-]+", text)] if facility else []
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            part = " ".join(words[i:i + n])
            if i and is_particle(words[i - 1]):
                continue  # "Ain" of "Ras al-Ain hospital" is no name of its own
            if facility and not opens_name(words, hyphens, i):
                continue
            # other words before the head: a large town only ("Limerick Maternity Hospital",
            # "Odesa Sea Port"; not "Kamal" of "Kamal Adwan Hospital")
            least = AREA_TOWN_POPULATION if facility and not town_named(words, hyphens, i, n, _GENERIC) else 10_000
            if not part[0].isupper() or part.lower() in _FILLER or is_particle(part) or all(
                    w.lower() in _GENERIC for w in part.split()):  # "River Valley"
                continue
            k = key(part)
            found = [Candidate(e, "partial") for e in gaz.lookup(part)
                     if key(e.name) == k and not is_minor(e) and (is_area(e) or e.population >= least)]
            if found:
                return _unique(found)
    return []


#: a town holding this share of the people of a province it lies in is what their shared name
#: means (Basra of Basra Governorate, Jincheng of "Kinmen" in Fukien)
_SEAT_SHARE = 0.1


def _towns_over_areas(found: list[Candidate]) -> list[Candidate]:
    """A province reached by a name not its own (an alias by ``_via``: "Basra" -> Basra
    Governorate, "Kirkuk" -> Muhafazat Kirkuk) gives its alias's standing to a town of that name,
    its own or an alternate, lying in it with a ``_SEAT_SHARE`` of its people ("Basra" -> Basrah;
    "strikes hit Kirkuk": the city). The province reads as an alternate name where such a town
    was one too, else as the name's own sense (still "Kirkuk province", "Sennar state")."""
    areas = [c.entry for c in found if c.via == "alias" and c.entry.feature in ("ADM1", "ADM2")]
    if not areas:
        return found
    seats = {c.entry: c.via for c in found if c.via in ("name", "alternate") and c.entry.feature.startswith(
        "PPL") and any(inside(c.entry, a) and c.entry.population >= _SEAT_SHARE * a.population for a in areas)}
    if not seats:
        return found
    demoted = "alternate" if "alternate" in seats.values() else "name"
    return [Candidate(c.entry, "alias") if c.entry in seats else Candidate(c.entry, demoted)
            if c.entry in areas else c for c in found]


def _via(e: Entry, k: str, aimed: bool = False) -> str:
    """How a key reached an entry: its own name, a curated alias (the entry it points at: "Mayo"
    -> County Mayo; not another town it reaches by an alternate name, "Matsu" -> Matsue; or any
    alias of an area), or an alternate name."""
    if key(e.name) == k and not is_minor(e):
        return "name"
    if aimed:
        return "alias"
    if e.feature == "ADM2":  # "Lamar County" is a name; a bare "Lamar" may be a town's
        return "name" if len(k) > len(key(e.name)) else "alternate"
    return "alias" if is_area(e) else "alternate"


def _unique(cands: list[Candidate]) -> list[Candidate]:
    seen: set[tuple[int | None, str, float]] = set()
    out = []
    for c in cands:
        k = (c.entry.geonames_id, c.entry.name, c.entry.lat)
        if k not in seen:
            seen.add(k)
            out.append(c)
    return out


def is_area(e: Entry) -> bool:
    return e.feature in COUNTRY_FEATURES or e.feature in AREA_FEATURES or e.feature.startswith("ADM")


def is_minor(e: Entry) -> bool:
    """An entry of the fallback tier (``dateline.gazetteer.minor``: no GeoNames id, a US populated
    place with its state): its own name is a weak reading, as an alternate name is."""
    return e.geonames_id is None and e.feature == "PPL" and e.country == "US" and e.admin1 is not None


def is_curated(e: Entry) -> bool:
    """A town of our own tables (``regions.tsv``: "Odaisseh", "Misgav Am"), chosen for the name
    news gives it: read at any size where a town's size would vouch for a name."""
    return e.geonames_id is None and e.feature.startswith("PPL") and not is_minor(e)


def is_table_town(e: Entry) -> bool:
    """A town of our conflict tables: our own (``is_curated``), or a GeoNames town a PPL row of
    ``regions.tsv`` lists by its id ("Jenin", "Sudzha", "Kherson": GeoNames' id and point kept),
    which reads after the cues of war as ours do (``standing``) but keeps a GeoNames town's
    readings elsewhere (no stray test, no hamlet's)."""
    return is_curated(e) or e.feature == "PPL" and e.geonames_id is not None and e.geonames_id in _own_town_ids()


@lru_cache(maxsize=1)
def _own_town_ids() -> frozenset[int]:
    """The GeoNames ids of the towns ``regions.tsv`` lists (its PPL rows with an id; not the
    capitals' rows: Washington, D.C.)."""
    return frozenset(int(row[5]) for row in data_rows("regions.tsv")
                     if len(row) > 5 and row[4] == "PPL" and row[5].strip())


def is_local(e: Entry) -> bool:
    """A place with a point that other places lie near: a town or a county, not a wide area."""
    return not is_area(e) or e.feature == "ADM2"


#: people counted for a GeoNames town with no population given: a hamlet's, not a single
#: person's, so the article's country votes can draw the name there from a known village
#: abroad (Ras al-Ain, Syria over Morocco's). About 30,700 towns of cities500 have none, most
#: of them Chinese (12,600) and Indonesian (8,800); Syria, Iraq and Yemen hold some 500. Such a
#: town ranks above a known village of fewer people, which changes the likeliest reading of a
#: few dozen names only
UNKNOWN_POPULATION = 300


def prior(c: Candidate, w: Weights) -> float:
    """Context-free plausibility: log population (``UNKNOWN_POPULATION`` for a town GeoNames
    gives none) plus a bonus for the kind of feature."""
    e = c.entry
    people = e.population or (UNKNOWN_POPULATION if e.feature.startswith("PPL")
                              and e.geonames_id is not None else 1)
    score = math.log10(people)
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


#: a town of another country this many times a capital's size is what its shared name means
#: where the text gives no sign of the capital's country ("Police in San Jose": California's,
#: not Costa Rica's; "Officials in Bogota": Colombia's, its New Jersey namesake is small)
OVERSHADOWING = 2
#: the share of its country's people that makes a town one of its leading ones (Tripoli holds
#: some 3% of Lebanon's, Hyderabad some 0.9% of Pakistan's; Athens, Georgia, some 0.04% of the United
#: States')
LEADING_SHARE = 0.005


def priors(cands: list[Candidate], w: Weights, own: frozenset[str] = frozenset(),
           people: Mapping[str, int] | None = None) -> list[float]:
    """``prior`` of each reading (a county town's at least its county's: ``_county_towns``), less
    the capital's bonus where another country's town of the same name (both by their own names)
    has ``OVERSHADOWING`` times the capital's people, unless the capital's country is in
    ``own``: its officials in the name ("Costa Rican officials in San Jose":
    ``cues.officials_of``). Where the officials' country has a leading town of the name (a
    ``LEADING_SHARE`` of its ``people`` or more: "Lebanese officials in Tripoli"), that town
    gains the capital's bonus (over its own province too: "Spanish officials in Valencia") and
    another country's capital loses its; a town among hundreds of its
    country's does not ("American officials in Athens" are in Greece, not Georgia). Any other
    sign of its country is the votes' to weigh: "San Jose, Costa Rica"."""
    towns = [c.entry for c in cands if c.via == "name" and c.entry.feature.startswith("PPL")]
    leading = {t.country for t in towns if t.feature != "PPLC" and t.country in own and people
               and t.population >= LEADING_SHARE * people.get(t.country or "", 0) > 0}
    counties = [k.entry for k in cands if _town_named(k.entry)]
    out = []
    for c in cands:
        e = c.entry
        score = max([prior(c, w), *(math.log10(k.population) + w.county for k in counties if county_town(c, k))])
        capital = e.feature == "PPLC" and c.via == "name"
        if capital and e.country not in own and (leading or any(
                t.country != e.country and t.population > OVERSHADOWING * e.population for t in towns)):
            score -= w.capital
        elif e in towns and e.country in leading and e.population >= LEADING_SHARE * (people or {})[e.country]:
            score += w.capital
        out.append(score)
    return out


def inside(e: Entry, area: Entry) -> bool:
    if e is area or e.country is None:
        return False
    if area.feature in COUNTRY_FEATURES:
        return e.country == area.country and e.feature not in COUNTRY_FEATURES
    if area.feature == "ADM1":
        return (e.country, e.admin1) == (area.country, area.admin1) and e.feature != "ADM1"
    return distance_km(e.lat, e.lon, area.lat, area.lon) < 100


__all__ = ["AREA_WORDS", "COUNTY_FIRST_NATIONS", "DIRECTIONS", "INITIALS", "LEADING_SHARE", "OVERSHADOWING", "PART_ADJECTIVE", "TOWN_PROVINCE_COUNTRIES", "UNKNOWN_POPULATION", "US_CODE", "WIDE_FEATURES",
           "Candidate", "Weights", "candidates", "inside", "is_area", "is_curated", "is_local", "is_minor", "is_table_town", "own_areas",
           "part_of", "prior", "priors"]
