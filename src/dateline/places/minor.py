"""The gazetteer's fallback tier: US places that only ZIP codes name (``us_places.tsv``).

GeoNames' cities500 leaves out hamlets, unincorporated communities and townships under 500
people ("Pleasant City", Ohio; "Ten Mile", Tennessee; "Readington", New Jersey). The ZIP-code
table of the PyPI package ``zipcodes`` names them, with a point; ``derive_us_places.py`` keeps
those cities500 lacks. Each is a weak reading (``minor_index``), so it wins only where the
article says so: its state's other places, a qualifier ("Nelson, Minn."), nearby towns, or no
other place of the name, and then with a confidence under 0.3. A name that a
country, a US state, a wide area or a big town bears as its own reaches none of them
("Canada" in Kentucky, "Georgia" in Vermont, "Atlanta" in Idaho stay what news means).

Kept out of ``Gazetteer.entries`` (which code may scan for towns of some size) in an index of
their own, which ``Gazetteer.lookup`` appends to the main tiers' entries.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from dateline.places.gazetteer import AREA_FEATURES, COUNTRY_FEATURES, Entry, key
from dateline.places.geo import distance_km
from dateline.places.names import GENERIC_NAMES

#: prior size of a place only ZIP codes name, per ZIP code naming it: its prior (log10 of it,
#: less the resolver's alternate-name penalty) stays under a 500-people cities500 town's, and
#: its confidence alone under 0.3
MINOR_POPULATION = 1_000
#: a name a town or area this big bears as its own reaches no place of the tier
MINOR_RIVAL = 1_000_000
NEAR_KM = 30.0  # a town's alternate name this close is the same place, not a namesake
_JOINED = re.compile(r"\b(Mc|Mac|De|Du|La|Le|Van) ([A-Z])")  # USPS "Mc Lean" is McLean


def rival(e: Entry) -> bool:
    """A main-tier entry whose own name no place of the fallback tier may take."""
    return (e.population >= MINOR_RIVAL or e.feature in COUNTRY_FEATURES
            or e.feature in AREA_FEATURES or (e.feature == "ADM1" and e.country == "US"))


def minor_index(rows: Iterable[list[str]], entries: list[Entry], index: dict[str, list[int]],
                states: dict[str, str]) -> dict[str, tuple[Entry, ...]]:
    """Key -> fallback places, from ``us_places.tsv`` rows (state, name, lat, lon, ZIP codes),
    given the main tiers' ``entries`` and name ``index`` and the US states' names by code: a
    name a town of the same state bears as its own, or as an alternate name within ``NEAR_KM``,
    is skipped, as is a key a rival bears as its own name. Each place is named with its state ("Pleasant City,
    Ohio"), so its bare name reaches it as an alternate name does: a weak reading, which the
    resolver leaves unresolved when it lies far from all the article's other towns."""
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
        state, name, lat, lon, zips = row[:5]
        keys = {key(name), key(_JOINED.sub(r"\1\2", name))} - GENERIC_NAMES - rivals
        y, x = float(lat), float(lon)
        if not keys or any((state, k) in known or any(
                distance_km(y, x, e.lat, e.lon) < NEAR_KM for e in alternate.get((state, k), ()))
                for k in keys):
            continue
        entry = Entry(None, f"{name}, {states.get(state, state)}", "US", state, y, x, "PPL",
                      MINOR_POPULATION * int(zips))
        for k in keys:
            out[k].append(entry)
    return {k: tuple(v) for k, v in out.items()}


__all__ = ["MINOR_POPULATION", "MINOR_RIVAL", "minor_index", "rival"]
