"""A US state's name is not a village of the same name abroad for a foreign story's votes
(sentences of our own; the resolver on spans given)."""

from __future__ import annotations

import re

import pytest

from dateline.gazetteer import load
from dateline.places.resolve import resolve

_NAMES = ("Mexico City", "Mexico", "Texas", "Monterrey", "Chihuahua", "Oaxaca", "Puebla", "Sofia",
          "Montana", "Vratsa", "Bulgaria", "Virginia", "Cavan", "Dublin", "Florida", "Uruguay",
          "Montevideo")


def _read(text: str) -> dict[str, tuple[str | None, str]]:
    spans: list[tuple[int, int]] = []
    for n in _NAMES:
        for m in re.finditer(rf"\b{n}\b", text):
            if not any(a <= m.start() < b for a, b in spans):
                spans.append(m.span())
    out = resolve(text, sorted(spans), load())
    return {r.place.text: (r.place.country, r.place.feature or "") for r in out}


@pytest.mark.parametrize("text", [
    "Officials in Mexico City and Monterrey said the envoy from Chihuahua would visit Texas.",
    "Mexico said the envoy would visit Texas after talks in Oaxaca and Puebla.",
])
def test_a_us_state_in_a_foreign_story(text: str) -> None:
    assert _read(text)["Texas"] == ("US", "ADM1")


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Officials in Sofia said floods hit Montana and Vratsa in Bulgaria.", "Montana", "BG"),  # a town
    ("Officials in Dublin said the bus crashed near Virginia, Cavan.", "Virginia", "IE"),  # qualified
    ("Officials in Montevideo said the rains hit Florida in Uruguay.", "Florida", "UY"),
])
def test_a_namesake_town_the_text_backs(text: str, name: str, country: str) -> None:
    assert _read(text)[name] == (country, "PPL")
