"""Session 15: a road or street recorded or sung is a song, no place ("Nat King Cole recorded
Route 66"), while a road driven, closed or crashed on stays; a company whose name ends in a trade
or product noun ("Dallas Semiconductors", "Texas Instruments") names no team's town among a
game's words; Sussex, our own row (GeoNames keeps East and West Sussex), is England's unless the
text is in Delaware. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest


def _places(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.country) for p in nlp(text)._.places]


@pytest.mark.parametrize("text", [
    "Nat King Cole recorded Route 66 in 1946.",
    "The band sang Route 66 at the end of the show.",
    "Chuck Berry's version of Route 66 reached the charts.",
    "The song Route 66 became a standard.",
    "She recorded “Route 66” in 1961.",
])
def test_road_as_a_song_is_no_place(nlp: Any, text: str) -> None:
    assert "Route 66" not in [p[0] for p in _places(nlp, text)]


@pytest.mark.parametrize("text", [
    "Police closed Route 66 near the bridge after the crash.",
    "Traffic on Route 66 was slow after the song festival.",
    "A record crowd drove Route 66 on Saturday.",
])
def test_road_driven_stays(nlp: Any, text: str) -> None:
    assert "Route 66" in [p[0] for p in _places(nlp, text)]


@pytest.mark.parametrize(("text", "firm"), [
    ("Fans of Dallas Semiconductors cheered as the team won the game 3-1.", "Dallas"),
    ("Dallas Semiconductors said its fans would be replaced in the new chips.", "Dallas"),
    ("Texas Instruments beat forecasts, and fans of the team cheered the 24-17 win.", "Texas"),
])
def test_company_names_no_team_town(nlp: Any, text: str, firm: str) -> None:
    assert firm not in [p[0] for p in _places(nlp, text)]


def test_team_still_names_its_town(nlp: Any) -> None:
    assert ("Dallas", "US") in _places(nlp, "The Dallas Cowboys beat the visitors 24-17 on Sunday.")


@pytest.mark.parametrize(("text", "place"), [
    ("The fire broke out in Crawley, Sussex, on Tuesday.", ("Sussex", "GB")),
    ("Heavy rain flooded roads in Sussex and Kent on Monday.", ("Sussex", "GB")),
    ("Farmers in Sussex County, Delaware, lost crops. Police in Sussex said the roads were closed.",
     ("Sussex", "US")),
])
def test_sussex_is_englands_unless_in_delaware(nlp: Any, text: str, place: tuple[str, str]) -> None:
    assert place in _places(nlp, text)


@pytest.mark.parametrize(("text", "place"), [
    ("The fire broke out in Rye, Sussex, on Tuesday.", ("Rye", "GB")),
    ("Crews worked in Milford, Kent, on Monday.", ("Milford", "GB")),
    ("Flooding closed roads in Newton, Sussex County, on Monday.", ("Newton", "US")),
])
def test_county_qualifier_without_its_word_is_the_county_of_that_name(
        nlp: Any, text: str, place: tuple[str, str]) -> None:
    assert place in _places(nlp, text)
