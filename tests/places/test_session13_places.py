"""Session 13: a city the model cut before its "City" ("Gaza City Police Chief"), a capitals
dateline the tokenizer split at "ST." ("ST. JOSEPH, Mo."), one county-list test, the state of a
dateline ("SPRINGFIELD, Ill."). Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest


def _places(nlp: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.text, p.country, p.feature) for p in nlp(text)._.places]


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Gaza City Police Chief Ahmed Salem said the road was closed.", "Gaza", "PS"),  # "Gaza" tagged
    ("Kansas City Mayor Quinton Lucas said the city would rebuild.", "Kansas City", "US"),
])
def test_city_before_an_office(nlp: Any, text: str, place: str, country: str) -> None:
    places = _places(nlp, text)
    assert (place, country, "PPL") in places  # the city, not the Gaza Strip
    assert not [p for p in places if p[0] in ("Ahmed Salem", "Quinton Lucas")]


def test_city_council_keeps_its_town(nlp: Any) -> None:
    places = nlp("Dublin City Council members met on Monday in Dublin, Ohio.")._.places
    assert {(p.text, p.country) for p in places} == {("Dublin", "US"), ("Ohio", "US")}


def test_bare_name_before_no_city_stays(nlp: Any) -> None:
    places = _places(nlp, "He visited Gaza and Kansas on the same trip.")
    assert [p[0] for p in places] == ["Gaza", "Kansas"]
    assert places[0][2] == "RGN"  # the Strip


@pytest.mark.parametrize(("text", "place", "lat"), [
    ("ST. JOSEPH, Mo. (AP) — A barn burned on Tuesday.", "ST. JOSEPH", 39.8),
    ("ST. PAUL, Minn. (AP) — A barn burned on Tuesday.", "ST. PAUL", 44.9),
    ("ST. LOUIS (AP) — A barn burned on Tuesday.", "ST. LOUIS", 38.6),
])
def test_saint_dateline_in_capitals(nlp: Any, text: str, place: str, lat: float) -> None:
    got = {p.text: p for p in nlp(text)._.places}
    assert "ST" not in got
    assert got[place].lat is not None and abs(got[place].lat - lat) < 0.3


def test_one_county_list_test() -> None:
    from dateline import gazetteer
    from dateline.places.cues import county_list

    gaz = gazetteer.load()
    assert county_list(gaz, ["Barrow", "Jackson", "Madison"])
    assert county_list(gaz, ["Jefferson", "Orleans"], "Parish")
    assert not county_list(gaz, ["Texas", "Oklahoma"])  # the two states' counties
    assert not county_list(gaz, ["Trump", "Clinton"])  # the counties each candidate won


@pytest.mark.parametrize(("text", "names"), [
    ("Officials in Saunders and Washington counties closed the roads.", ["Saunders", "Washington"]),
    ("Flooding closed roads in Jefferson and Orleans parishes.", ["Jefferson", "Orleans"]),
    ("Populous Douglas and Lancaster counties gained people.", ["Douglas", "Lancaster"]),  # an adjective first
])
def test_tagged_names_of_a_county_list(nlp: Any, text: str, names: list[str]) -> None:
    assert [(p.text, p.feature, p.country) for p in nlp(text)._.places] == [
        (n, "ADM2", "US") for n in names]  # the counties, not the state of Washington


@pytest.mark.parametrize(("dateline", "area"), [
    ("SPRINGFIELD, Ill. (AP) —", "Ill."),
    ("COEUR D'ALENE, Idaho (AP) —", "Idaho"),
    ("KYIV, Ukraine, March 3 (Reuters) -", "Ukraine"),
    ("PORTLAND, Maine --", "Maine"),
    ("BAGHDAD, Iraq. --", "Iraq"),  # the stop is the dateline's
])
def test_dateline_area(dateline: str, area: str) -> None:
    from dateline import gazetteer
    from dateline.places.margins import dateline_area

    end = dateline.index(",")
    assert [dateline[s:e] for s, e in dateline_area(dateline, end, gazetteer.load())] == [area]


@pytest.mark.parametrize("dateline", ["GAZA, March 3 (AP) -", "LONDON (Reuters) -", "DUBAI:"])
def test_dateline_without_area(dateline: str) -> None:
    from dateline import gazetteer
    from dateline.places.margins import dateline_area

    end = len(dateline.split(",")[0].split(" (")[0].rstrip(":"))
    assert dateline_area(dateline, end, gazetteer.load()) == []


def test_dateline_state_is_a_place_of_the_record(pipeline: Any) -> None:
    from dateline.reader import read_text

    text = "Budget passes\n\nSPRINGFIELD, Ill. (AP) — Lawmakers passed the budget late on Tuesday.\n"
    record = pipeline.process(read_text(text, origin="s13.txt", published="2024-05-01"))
    got = {p.text: p for p in record.places if p.offsets_in == "dateline"}
    assert got["Ill."].feature == "ADM1" and got["Ill."].country == "US"
    assert got["SPRINGFIELD"].lat is not None and abs(got["SPRINGFIELD"].lat - 39.8) < 0.2


def test_county_list_after_an_adjective_reads_no_town(nlp: Any) -> None:
    places = nlp("Rural Washington and Jackson counties lost people.")._.places
    assert [p.text for p in places] == ["Washington", "Jackson"]
    assert all(p.feature in ("ADM2", None) for p in places)  # no town of Jackson (no state to choose)


def test_county_list_beats_a_standing_name(nlp: Any) -> None:
    text = "Farmers in Kent and Sussex counties in Delaware lost crops."  # "Sussex" tagged ORG
    got = [(p.text, p.feature, p.country) for p in nlp(text)._.places]
    assert ("Kent", "ADM2", "US") in got and ("Sussex", "ADM2", "US") in got


def test_capitals_dateline_over_the_models_piece(nlp: Any) -> None:
    text = "SOUTH CHARLESTON, W.Va. -- A diner reopened on Monday under a new owner."
    got = {p.text: p for p in nlp(text)._.places}
    assert "CHARLESTON" not in got
    assert got["SOUTH CHARLESTON"].lat is not None and abs(got["SOUTH CHARLESTON"].lon + 81.7) < 0.1


@pytest.mark.parametrize(("text", "country"), [
    ("Sussex Police said the driver was arrested near Brighton.", "GB"),  # England's county
    ("Farmers in Kent and Sussex counties in Delaware lost crops.", "US"),  # the text says which
    ("Beaches in Delaware's Kent and Sussex counties were closed.", "US"),
])
def test_sussex_by_the_context(nlp: Any, text: str, country: str) -> None:
    got = {p.text: p.country for p in nlp(text)._.places}
    assert got["Sussex"] == country
    assert got.get("Brighton", country) == country and got.get("Kent", country) == country


def test_sussex_town_by_its_state(nlp: Any) -> None:
    got = {p.text: (p.country, p.feature) for p in nlp("A fire in Sussex, Wisconsin, destroyed a barn.")._.places}
    assert got["Sussex"] == ("US", "PPL")
