"""A small town the tagger labels otherwise ("Micanopy" as an EVENT) is kept as a place when the
text uses it as a town's ("a Micanopy resident"); without that use it still needs some size
(our own sentences and records)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.gazetteer import Entry
from dateline.model import Place
from dateline.places.component import PlacesOptions, _keep
from dateline.places.resolve import Resolution

SMALL = Resolution(Place(0, 9, "Micanopy", "Micanopy", "US", 29.5, -82.28, 1, 0.8, "PPL"),
                   Entry(1, "Micanopy", "US", "FL", 29.5, -82.28, "PPL", 600), "name")
AREA = Resolution(Place(0, 4, "Gaza", "Gaza Strip", "PS", 31.4, 34.4, 2, 0.8, "RGN"),
                  Entry(2, "Gaza Strip", "PS", None, 31.4, 34.4, "RGN", 2_000_000), "name")

KEEP = [
    ("guess", SMALL, True, True),
    ("guess", SMALL, False, False),
    ("inner", SMALL, True, True),
    ("place", SMALL, False, True),
    ("guess", AREA, False, True),
]


@pytest.mark.parametrize(("kind", "res", "town_use", "expected"), KEEP)
def test_keep(kind: str, res: Resolution, town_use: bool, expected: bool) -> None:
    assert _keep(kind, res, PlacesOptions(), town_use) is expected


def test_pipeline_keeps_a_town_used_as_such(nlp: Any) -> None:
    doc = nlp("A Micanopy resident found the lost dog on Tuesday.")
    assert any(p.text == "Micanopy" and p.country == "US" for p in doc._.places), doc._.places
