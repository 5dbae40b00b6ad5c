"""The fast paths of the places code give, to the bit, what the plain computations gave."""

from __future__ import annotations

import unicodedata

import numpy as np
import pytest

from dateline.gazetteer import geo, key


def _every_pair(points: dict[str, list[tuple[float, float]]], km: float, cap: float) -> dict[str, list[float]]:
    """Co-location support with every ordered pair of names measured on its own."""
    arrays = {k: np.radians(np.array(pts, dtype=float)) for k, pts in points.items() if pts}
    out = {}
    for k, pts in arrays.items():
        total = np.zeros(len(pts))
        for k2, pts2 in arrays.items():
            if k2 != k:
                total += np.exp(-geo.haversine(pts, pts2).min(axis=1) / km)
        out[k] = [float(x) for x in np.minimum(total, cap)]
    return out


@pytest.mark.parametrize("points", [
    {},
    {"springfield": [(39.80, -89.64), (37.21, -93.29), (42.10, -72.59)]},
    {"paris": [(48.85, 2.35), (33.66, -95.56)], "lamar county": [(33.67, -95.57)], "none": []},
    {"gaza": [(31.50, 34.47)], "rafah": [(31.30, 34.25), (31.28, 34.26)], "cairo": [(30.04, 31.24)],
     "tripoli": [(32.89, 13.19), (34.44, 35.85)]},
])
def test_colocation_as_every_pair(points: dict[str, list[tuple[float, float]]]) -> None:
    assert geo.colocation(points, 30.0, 2.0) == _every_pair(points, 30.0, 2.0)


@pytest.mark.parametrize("name", ["St. Louis", "the Hague", "KHARKIV", "O'Hare", "Fort-de-France",
                                  "Mount  Lebanon", "Kyiv’s"])
def test_ascii_key_as_normalized(name: str) -> None:
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", name)
                     if not unicodedata.combining(ch)).casefold()
    assert key(name) == key(folded)
    assert key(name.lower()) == key(name)


@pytest.mark.parametrize(("name", "expected"), [("São Paulo", "sao paulo"), ("Zürich", "zurich"),
                                                ("Saint-Étienne", "st etienne")])
def test_accented_key(name: str, expected: str) -> None:
    assert key(name) == expected
