"""Session 14: a football club named "<town> City" among a match report's words, a team's town
("the St. Louis Cardinals"), "Interstate" tagged alone before its number, and county lists read
as one state's or as England's. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest


def _places(nlp: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.text, p.country, p.feature) for p in nlp(text)._.places]


@pytest.mark.parametrize("text", [
    "Manchester City fans sang outside the ground before the match on Saturday.",
    "Leicester City beat Hull City 2-0 in the Premier League on Saturday.",
    "Leicester City manager Brendan Rodgers praised his players after the draw.",
])
def test_city_club_in_a_match_report_is_no_town(nlp: Any, text: str) -> None:
    assert not [p for p in _places(nlp, text) if p[0] in ("Manchester", "Leicester", "Hull")]


@pytest.mark.parametrize(("text", "place"), [
    ("Cardiff City Council approved the new budget on Tuesday.", "Cardiff"),  # no report
    ("Residents of Gaza City fled south on Monday as fans of the peace deal waited.", "Gaza City"),
    ("Kansas City fans filled the bars after the match.", "Kansas City"),  # the town's own name
    ("Police in Manchester City Centre closed two roads after the match.", "Manchester City Centre"),
])
def test_city_that_is_no_club_stays(nlp: Any, text: str, place: str) -> None:
    assert place in [p[0] for p in _places(nlp, text)]


def test_team_names_its_town(nlp: Any) -> None:
    places = _places(nlp, "The St. Louis Cardinals beat the visitors 5-3 on Sunday.")
    assert ("St. Louis", "US", "PPL") in places


@pytest.mark.parametrize(("text", "town"), [
    ("The St. Louis Cardinals said ticket prices would stay the same.", "St. Louis"),
    ("Texas Instruments signed a supply deal this season, the company said.", "Texas"),  # a firm
])
def test_team_word_without_a_game_report_is_no_town(nlp: Any, text: str, town: str) -> None:
    assert town not in [p[0] for p in _places(nlp, text)]


def test_interstate_tagged_alone_takes_its_number(nlp: Any) -> None:
    places = _places(nlp, "The crash closed Interstate 70 near Columbia for three hours.")
    assert ("Interstate 70", None, None) in places


@pytest.mark.parametrize("text", [
    "Traffic backed up on U.S. 95 south of Las Vegas on Friday.",
    "A truck overturned on US 23 north of Ann Arbor on Monday.",
])
def test_us_route_keeps_its_country(nlp: Any, text: str) -> None:
    assert [p for p in _places(nlp, text) if p[1] == "US" and p[2] == "PCLI"]  # LGL's reading


def test_english_county_list(nlp: Any) -> None:
    places = _places(nlp, "Flooding hit Kent, Sussex and Surrey counties on Tuesday, the "
                          "Environment Agency said.")
    assert {p for p in places if p[0] in ("Kent", "Sussex", "Surrey")} == {
        ("Kent", "GB", "ADM2"), ("Sussex", "GB", "ADM2"), ("Surrey", "GB", "ADM2")}


def test_county_pair_of_one_state(nlp: Any) -> None:
    # a pair England shares reads Delaware's where the article says so (England's: test_review14)
    text = "Farmers in Kent and Sussex counties in Delaware lost their hay to the rain."
    places = {p.text: p for p in nlp(text)._.places}
    for name in ("Kent", "Sussex"):
        assert places[name].country == "US" and places[name].feature == "ADM2"
        assert 38.3 < places[name].lat < 39.5 and -76 < places[name].lon < -75  # Delaware's


def test_county_list_of_one_state_keeps_its_state(nlp: Any) -> None:
    places = _places(nlp, "School boards in Barrow, Jackson and Madison counties met in Georgia.")
    assert [p[:2] for p in places if p[2] == "ADM2"] == [("Barrow", "US"), ("Jackson", "US"), ("Madison", "US")]
