"""Review 14: near misses of session 14's rules. A town's centre is no club ("fans in Leicester
City centre"); a firm's results are no game ("Texas Instruments beat estimates"); a county pair
two countries share reads the country the article names ("Kent and Sussex counties in
England"). Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest


def _places(nlp: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.text, p.country, p.feature) for p in nlp(text)._.places]


def test_city_centre_after_a_match_is_the_town(nlp: Any) -> None:
    text = "Police said fans in Leicester City centre celebrated after the match."
    assert [p for p in _places(nlp, text) if p[0].startswith("Leicester")]


@pytest.mark.parametrize(("text", "town"), [
    ("Texas Instruments beat Wall Street estimates on Tuesday.", "Texas"),
    ("Alaska Airlines beat analysts' estimates for the quarter.", "Alaska"),
])
def test_firm_beating_estimates_names_no_town(nlp: Any, text: str, town: str) -> None:
    assert town not in [p[0] for p in _places(nlp, text)]


@pytest.mark.parametrize("text", [
    "Flooding hit Kent and Sussex counties in England on Tuesday.",
    "In England, flooding hit Kent and Sussex counties on Tuesday, the Environment Agency said.",
])
def test_county_pair_in_england(nlp: Any, text: str) -> None:
    places = {p[0]: p for p in _places(nlp, text)}
    assert places["Kent"][1:] == ("GB", "ADM2") and places["Sussex"][1:] == ("GB", "ADM2")


@pytest.mark.parametrize(("text", "town"), [
    ("Passengers in coach on Alaska Airlines flights will pay more for checked bags.", "Alaska"),
    ("Texas Industries said its new stadium contract would lift profits.", "Texas"),
])
def test_firm_among_a_games_words_names_no_town(nlp: Any, text: str, town: str) -> None:
    assert town not in [p[0] for p in _places(nlp, text)]
