"""A town qualified by an area that none of its known readings lies in takes a point there."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.places import distance_km
from dateline.places.resolve import resolve
from tests.places.spans import spans as _spans


def test_unknown_reading_in_the_named_state_takes_the_state() -> None:
    # Our gazetteer knows no Millbrook in Pennsylvania, only others: not another state's town
    text = "She grew up in Millbrook, Pennsylvania, and later taught school in Millbrook."
    res = resolve(text, _spans(text, ["Millbrook", "Pennsylvania", "Millbrook"]),
                  gazetteer.load())
    for r in (res[0], res[2]):
        assert r.via == "qualifier" and r.entry is None
        assert r.place.country == "US" and r.place.confidence == pytest.approx(0.1)
        assert r.place.lat is not None and r.place.lon is not None
        assert distance_km(r.place.lat, r.place.lon, 40.9, -77.8) < 300  # in Pennsylvania


@pytest.mark.parametrize(("text", "phrases", "country"), [
    # the state, not the country of the same name, contains the town: ordinary resolution
    ("Offices in Atlanta, Georgia, will close.", ["Atlanta", "Georgia"], "US"),
    # list items are not qualifiers of each other
    ("Cases rose in Russia, Romania, and Macedonia.", ["Russia", "Romania", "Macedonia"], "RU"),
    # a person's name after a comma is no qualifier, even one starting like a region
    ("Reported by Ann Lee in Beirut, Vladimir Petrov in Moscow.", ["Beirut", "Moscow"], "LB"),
])
def test_ordinary_resolution_is_kept(text: str, phrases: list[str], country: str) -> None:
    first = resolve(text, _spans(text, phrases), gazetteer.load())[0]
    assert first.via != "qualifier"
    assert first.place.country == country


def test_unknown_qualified_town_only_with_fallback() -> None:
    text = "The outbreak began in Zqxwville, Kenya, last month."
    spans = _spans(text, ["Zqxwville", "Kenya"])
    gaz = gazetteer.load()
    assert resolve(text, spans, gaz)[0].place.lat is None
    placed = resolve(text, spans, gaz, fallback=True)[0]
    assert (placed.via, placed.place.country) == ("qualifier", "KE")


def test_possessive_town_places_what_it_holds() -> None:
    # a Mirpur is known in India, none near Dhaka: "Dhaka's Mirpur" lies at Dhaka
    text = "Floods reached Dhaka's Mirpur district overnight."
    res = resolve(text, _spans(text, ["Dhaka", "Mirpur"]), gazetteer.load())
    mirpur = res[1].place
    assert mirpur.country == "BD" and mirpur.lat is not None and mirpur.lon is not None
    assert distance_km(mirpur.lat, mirpur.lon, 23.8, 90.4) < 50


def test_possessive_name_favours_the_reading_it_holds() -> None:
    text = "Crowds filled Texas' Paris for the county fair."
    res = resolve(text, _spans(text, ["Texas", "Paris"]), gazetteer.load())
    assert res[1].place.country == "US" and res[1].via == "name"


@pytest.mark.parametrize(("text", "phrases", "country"), [
    # no town resolved: the nearest county, else the nearest state, places the unknown name
    ("Deputies searched Zqxw Creek in Henry County, Tennessee.", ["Zqxw Creek", "Henry County"],
     "US"),
    ("Hikers left Qzxv Trail after rain across Montana.", ["Qzxv Trail", "Montana"], "US"),
])
def test_fallback_without_towns_uses_areas(text: str, phrases: list[str], country: str) -> None:
    res = resolve(text, _spans(text, phrases), gazetteer.load(), fallback=True)
    unknown, area = res[0], res[1]
    assert unknown.via == "context" and unknown.place.country == country
    assert (unknown.place.lat, unknown.place.lon) == (area.place.lat, area.place.lon)


@pytest.mark.parametrize(("far", "moved"), [("Salisbury", True), ("London", False)])
def test_local_story_doubts_a_far_small_namesake(far: str, moved: bool) -> None:
    # three small Oregon towns side by side: a local story; a Salisbury we know only far away
    # is more likely a local place the gazetteer lacks; London is big enough to be meant
    text = f"Crews from Joseph, Enterprise and Wallowa met near {far} on Sunday."
    res = resolve(text, _spans(text, ["Joseph", "Enterprise", "Wallowa", far]), gazetteer.load(),
                  fallback=True)
    assert [r.place.country for r in res[:3]] == ["US", "US", "US"]
    assert (res[3].via == "context") is moved
    assert (res[3].place.country == "US") is moved


@pytest.mark.parametrize(("text", "phrase", "country", "qualified"), [
    # the possessive need not be a toponym span: a capital or big city by its own name
    ("Floods reached Dhaka's Mirpur district overnight.", "Mirpur", "BD", True),
    # a surname in the possessive is not taken for its namesake city
    ("Jackson's Millbrook farm was sold.", "Millbrook", "US", False),
])
def test_possessive_outside_the_spans(text: str, phrase: str, country: str,
                                      qualified: bool) -> None:
    (res,) = resolve(text, _spans(text, [phrase]), gazetteer.load())
    assert res.place.country == country
    assert (res.via == "qualifier") is qualified
