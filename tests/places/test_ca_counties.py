"""Canada's counties and districts (``ca_admin2.tsv``): reached by full and short names, with
the short name weaker than a town's own (no spaCy)."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.gazetteer.geo import distance_km
from dateline.places import resolve_spans
from dateline.places.readings import candidates


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


@pytest.mark.parametrize(
    ("name", "admin1", "lat", "lon"),
    [
        ("District Municipality of Muskoka", "08", 45.0, -79.3),
        ("Muskoka", "08", 45.0, -79.3),
        ("United Counties of Leeds and Grenville", "08", 44.6, -75.8),
        ("Leeds and Grenville", "08", 44.6, -75.8),
        ("Cumberland County", "07", 45.7, -64.1),
        ("Westmorland County", "04", 46.1, -64.8),
    ],
)
def test_counties_and_districts(gaz: gazetteer.Gazetteer, name: str, admin1: str, lat: float,
                                lon: float) -> None:
    found = [e for e in gaz.lookup(name) if (e.country, e.admin1, e.feature) == ("CA", admin1, "ADM2")]
    assert found and min(distance_km(e.lat, e.lon, lat, lon) for e in found) < 60


@pytest.mark.parametrize("name", ["Toronto", "Victoria", "Red Deer"])
def test_a_short_name_a_bigger_town_bears_stays_the_towns(gaz: gazetteer.Gazetteer, name: str) -> None:
    assert not [e for e in gaz.lookup(name) if e.country == "CA" and e.feature == "ADM2"]


def test_short_names_are_weaker_than_a_towns_own(gaz: gazetteer.Gazetteer) -> None:
    vias = {c.entry.feature: c.via for c in candidates(gaz, "Waterloo") if c.entry.country == "CA"}
    assert vias.get("ADM2") == "alternate"
    text = "Students at the university in Waterloo, Ontario, protested on Monday."
    start = text.index("Waterloo")
    place = resolve_spans(text, [(start, start + 8), (start + 10, start + 17)], gaz)[0]
    assert place.feature == "PPL" and place.name == "Waterloo"


@pytest.mark.parametrize(
    ("name", "census"),  # 2021 census populations, rounded
    [
        ("Halifax Regional Municipality", 440_000),
        ("Regional Municipality of Waterloo", 587_000),
        ("Capital Regional District", 415_000),
        ("York County", 105_000),  # New Brunswick
    ],
)
def test_area_populations_do_not_count_a_city_twice(gaz: gazetteer.Gazetteer, name: str,
                                                    census: int) -> None:
    """An amalgamated city's GeoNames population is the whole city's: its old towns and
    neighbourhoods, listed too, are not added again (Halifax read 1.1 million before)."""
    (area,) = [e for e in gaz.lookup(name) if e.country == "CA" and e.feature == "ADM2"]
    assert 0.7 * census < area.population < 1.3 * census
