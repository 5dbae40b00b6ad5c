"""Session 22: a word for a part of a town read in either order ("the Kensington borough of
London"). Sentences of our own, run through the whole pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _places(nlp: Language, text: str) -> dict[str, tuple[str | None, float, float]]:
    return {p.text: (p.country, round(p.lat or 0, 1), round(p.lon or 0, 1)) for p in nlp(text)._.places}


@pytest.mark.parametrize(("text", "name", "where"), [
    ("Police said the attack happened in the Kensington borough of London on Tuesday.", "Kensington",
     ("GB", 51.5, -0.2)),  # the part first: the larger town qualifies it
    ("He moved from the Hackney borough of London to Bristol.", "Hackney", ("GB", 51.5, -0.1)),
    ("The fire started in the Detroit suburb of Waterford on Sunday.", "Waterford", ("US", 42.7, -83.4)),
    ("The Kensington district of Philadelphia saw three shootings this week.", "Kensington",
     ("US", 40.0, -75.1)),
    ("She grew up in the Brooklyn borough of New York.", "New York", ("US", 40.7, -74.0)),
])
def test_part_of_a_town(nlp: Language, text: str, name: str, where: tuple[str, float, float]) -> None:
    assert _places(nlp, text).get(name) == where
