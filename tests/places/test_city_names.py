"""A town whose own name ends in "City" is read whole inside a longer name ("Kansas City
Chiefs": the city, not Kansas the state), and a town named in a football club's name is no
mention of the town ("Real Madrid beat ..."). Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest


def _places(nlp: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.text, p.country, p.feature) for p in nlp(text)._.places]


@pytest.mark.parametrize(("text", "place"), [
    ("The Kansas City Chiefs beat the Denver Broncos on Sunday.", "Kansas City"),  # ORG
    ("The Oklahoma City Thunder lost at home on Friday.", "Oklahoma City"),  # GPE whole
    ("Officials at the New York City Department of Health said the clinic would open.", "New York City"),
    ("The Greater Kansas City Chamber of Commerce backed the plan.", "Kansas City"),
])
def test_city_read_whole_inside_a_name(nlp: Any, text: str, place: str) -> None:
    places = _places(nlp, text)
    assert [p[0] for p in places] == [place]
    assert places[0][2] is not None and places[0][2].startswith("PPL")  # no state


@pytest.mark.parametrize(("text", "want"), [
    ("He flew to Kansas City, Missouri, on Monday.", [("Kansas City", "PPL"), ("Missouri", "ADM1")]),
    ("Protesters marched in Mexico City on Sunday.", [("Mexico City", "PPLC")]),
    ("The Mexico City Police Department said ten people were held.", [("Mexico City", "PPLC")]),
    ("Pilgrims gathered in Vatican City for the mass.", [("Vatican City", "PPLC")]),
    ("the Gaza City Police Chief said the road was closed.", [("Gaza", "PPL")]),  # the city's other name
])
def test_city_near_misses(nlp: Any, text: str, want: list[tuple[str, str]]) -> None:
    assert [(p[0], p[2]) for p in _places(nlp, text)] == want


@pytest.mark.parametrize("text", [
    "Real Madrid beat Barcelona 2-1 on Saturday.",  # "Madrid" tagged alone
    "Inter Milan and AC Milan drew in the derby.",
    "Bayern Munich won the league again.",
    "Sheffield United signed a striker on Friday.",
    "Fans filled Bayern Munich's stadium on Saturday.",  # "Bayern Munich" tagged whole
    "Supporters of Inter Miami packed the stands on Sunday.",  # "Inter Miami" tagged whole
])
def test_club_names_no_town(nlp: Any, text: str) -> None:
    assert _places(nlp, text) == []


@pytest.mark.parametrize(("text", "n"), [
    ("In Madrid, Real's fans celebrated in the streets.", 1),
    ("Fans of Real Madrid gathered in Madrid on Sunday.", 1),  # the second Madrid only
    ("The real Madrid is a city of late dinners.", 1),
])
def test_town_beside_a_club_word_stays(nlp: Any, text: str, n: int) -> None:
    places = _places(nlp, text)
    assert [p[:2] for p in places] == [("Madrid", "ES")] * n


def test_club_test() -> None:
    from dateline import gazetteer
    from dateline.places.finders import club

    gaz = gazetteer.load()
    text = "Real Madrid and Leeds United met in Madrid."
    assert club(text, 5, 11, gaz)
    assert club(text, 16, 21, gaz)
    assert not club(text, text.rindex("Madrid"), len(text) - 1, gaz)
