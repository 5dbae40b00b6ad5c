"""An unknown toponym falls back to the nearest town the text names by its own name; a town
reached only by an alternate name is a weaker anchor (our own records)."""

from __future__ import annotations

import pytest

from dateline.gazetteer import Entry
from dateline.model import Place
from dateline.places.resolve import FALLBACK_CONFIDENCE, Resolution, _fallback


def _town(start: int, name: str, lat: float, lon: float, via: str) -> Resolution:
    entry = Entry(None, name, "US", "OH", lat, lon, "PPL", 2000)
    return Resolution(Place(start, start + len(name), name, name, "US", lat, lon, None, 0.5, "PPL"),
                      entry, via)


UNKNOWN = Resolution(Place(100, 110, "Lore Creek", "Lore Creek"), None, None)
NAMED = _town(10, "Byesville", 39.97, -81.54, "name")
ALTERNATE = _town(90, "Old Mill", 44.97, -85.65, "alternate")  # nearer in the text, far away

CASES = [
    ([NAMED, ALTERNATE, UNKNOWN], (39.97, -81.54)),  # the own-name town, though farther in the text
    ([ALTERNATE, UNKNOWN], (44.97, -85.65)),  # an alternate-name town when there is no other
    ([UNKNOWN], None),  # nothing resolved: stays unresolved
]


@pytest.mark.parametrize(("resolved", "point"), CASES)
def test_fallback_anchor(resolved: list[Resolution], point: tuple[float, float] | None) -> None:
    out = _fallback(UNKNOWN, resolved)
    if point is None:
        assert out.place.lat is None and out.via is None
    else:
        assert (out.place.lat, out.place.lon) == point
        assert out.via == "context" and out.place.confidence == FALLBACK_CONFIDENCE
