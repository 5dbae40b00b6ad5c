"""Physical features and installations of our own table (data/places/features.tsv), on our own
sentences: rivers at their mouths, peaks, deserts, bays, islands, military bases."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.places import distance_km, resolve_spans
from dateline.places.readings import candidates, is_area
from tests.places.spans import spans as _spans

FEATURES = [
    ("Hikers were rescued on Mount St. Helens on Sunday.", "Mount St. Helens", (46.2, -122.2)),
    ("A barge ran aground in the Tennessee River near Paducah.", "Tennessee River", (37.07, -88.56)),
    ("Soldiers from Fort Hood left for their deployment.", "Fort Hood", (31.1, -97.8)),
    ("A sandstorm swept across the Sahara for a week.", "Sahara", (23.0, 13.0)),
    ("Oyster harvests in the Chesapeake Bay fell again.", "Chesapeake Bay", (38.2, -76.2)),
    ("Ash from Mount Etna closed the airport at Catania.", "Mount Etna", (37.75, 15.0)),
    ("Tourists on Maui were told to stay indoors.", "Maui", (20.8, -156.3)),
    ("Lava from Kilauea reached the sea.", "Kilauea", (19.4, -155.3)),
]


@pytest.mark.parametrize(("text", "phrase", "point"), FEATURES)
def test_feature_point(text: str, phrase: str, point: tuple[float, float]) -> None:
    place = resolve_spans(text, _spans(text, [phrase]), gazetteer.load())[0]
    assert place.lat is not None and place.lon is not None, place
    assert distance_km(place.lat, place.lon, *point) < 60, place


@pytest.mark.parametrize("name", ["Gobi Desert", "Bay of Bengal", "Puget Sound", "Seine"])
def test_wide_features_are_areas(name: str) -> None:
    cands = candidates(gazetteer.load(), name)
    assert cands and any(is_area(c.entry) for c in cands)


def test_a_qualified_town_still_beats_the_peak() -> None:
    text = "The mayor of Mount Rainier, Maryland, opened the library."
    place = resolve_spans(text, _spans(text, ["Mount Rainier", "Maryland"]), gazetteer.load())[0]
    assert place.lat is not None and place.lon is not None
    assert distance_km(place.lat, place.lon, 38.94, -76.96) < 30, place
