"""Review of session 15's county qualifier ("Rye, Sussex"): the near misses it must not catch.
Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest


def _place(nlp: Any, text: str, name: str) -> tuple[str | None, float | None, float | None]:
    p = next(p for p in nlp(text)._.places if p.text == name)
    return p.country, p.lat, p.lon


@pytest.mark.parametrize(("text", "town", "lat", "lon"), [
    ("Residents of Georgetown, Sussex, lost power on Monday.", "Georgetown", 38.7, -75.4),  # Delaware
    ("The fire in Newton, Sussex, spread to two barns.", "Newton", 41.1, -74.8),  # New Jersey
    ("Officers in Goshen, Orange, found the car.", "Goshen", 41.4, -74.3),  # New York
    ("The plant in Kingston, Ulster, closed on Friday.", "Kingston", 41.9, -74.0),  # New York
])
def test_county_without_its_word_stays_the_towns_county(
        nlp: Any, text: str, town: str, lat: float, lon: float) -> None:
    """"<town>, Sussex" is England's Sussex only where a reading of the town lies in it; with no
    such town there, the "Sussex County" that holds one stays the qualifier."""
    country, plat, plon = _place(nlp, text, town)
    assert country == "US" and plat is not None and plon is not None
    assert abs(plat - lat) < 0.5 and abs(plon - lon) < 0.5


@pytest.mark.parametrize(("text", "town"), [
    ("Crews worked in Dover, Kent, on Monday.", "Dover"),
    ("Flooding hit Seaford, Sussex, on Monday.", "Seaford"),
])
def test_english_county_without_its_word_is_englands(nlp: Any, text: str, town: str) -> None:
    assert _place(nlp, text, town)[0] == "GB"

