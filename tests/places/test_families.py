"""A county and its bare name are one name: they do not vouch for each other's readings
(our own sentences)."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.gazetteer import key
from dateline.places import resolve_spans
from dateline.places.mentions import family as _family
from tests.places.spans import spans as _spans

FAMILIES = [
    ("DeKalb County", "DeKalb", True),
    ("Rapides Parish", "Rapides", True),
    ("Orange County", "Orange", True),
    ("Orange County", "Orange City", False),
    ("Dallas", "Dallas County Line", False),
]


@pytest.mark.parametrize(("a", "b", "same"), FAMILIES)
def test_family(a: str, b: str, same: bool) -> None:
    assert (_family(key(a)) == _family(key(b))) is same


COUNTIES = [
    # the bare name's town (DeKalb, Illinois) does not pull the county away from the larger
    # DeKalb County (Georgia) when nothing else in the text points anywhere
    ("DeKalb police said a jogger was hurt on a trail in DeKalb County.", ["DeKalb", "DeKalb County"],
     "DeKalb County", "GA"),
    # another name does: Sycamore lies beside DeKalb, Illinois
    ("A jogger was hurt in DeKalb County, between Sycamore and DeKalb, police said.",
     ["DeKalb County", "Sycamore", "DeKalb"], "DeKalb County", "IL"),
]


@pytest.mark.parametrize(("text", "phrases", "target", "state"), COUNTIES)
def test_county_and_bare_name(text: str, phrases: list[str], target: str, state: str) -> None:
    gaz = gazetteer.load()
    place = resolve_spans(text, _spans(text, phrases), gaz)[phrases.index(target)]
    assert place.lat is not None and place.country == "US", place
    entries = [e for e in gaz.lookup(target) if e.admin1 == state and e.feature == "ADM2"]
    assert entries and (place.lat, place.lon) == (round(entries[0].lat, 5), round(entries[0].lon, 5)), place
