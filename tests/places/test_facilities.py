"""Facilities named for what they are ("Nasser Hospital", "Kamal Adwan Hospital"): no town of a
name inside theirs unless the name is the town's, the point of the town they are said to be in
otherwise, and still a place where the hospital speaks as its institution. Sentences of our own,
through the whole pipeline, and the readings alone."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.pipeline import Pipeline
from dateline.places.facilities import TOWN_SHARE, is_facility
from dateline.places.readings import candidates


def _places(pipeline: Pipeline, text: str) -> dict[str, tuple[float | None, float | None, str | None, float]]:
    return {p.text: (p.lat, p.lon, p.feature, p.confidence) for p in pipeline.process(text).places}


@pytest.mark.parametrize(("text", "facility"), [
    ("Nasser Hospital", True), ("Al-Aqsa Martyrs Hospital", True), ("the Great Omari Mosque", True),
    ("Port Sudan", False), ("Gaza City", False), ("Hospital", False), ("the field hospital", False),
])
def test_is_facility(text: str, facility: bool) -> None:
    assert is_facility(text) is facility


@pytest.mark.parametrize(("name", "town"), [
    ("Kamal Adwan Hospital", None),  # a man's name: no Kamal, Indonesia
    ("John F. Kennedy Airport", None),
    ("Kabul International Airport", "Kabul"),  # the town's name and generic words
    ("Haifa Port", "Haifa"),
    ("Vancouver Art Gallery", "Vancouver"),  # no facility head of the actors: as before
    # a large town opening the name, before other words ("Kamal" is a small one)
    ("Odesa Sea Port", "Odesa"),
    ("the Gaza European Hospital", "Gaza"),
    ("Sarah Bush Lincoln Hospital", None),  # a town inside a person's name: none
])
def test_town_inside_a_facility_name(name: str, town: str | None) -> None:
    found = {c.entry.name for c in candidates(gazetteer.load(), name)}
    assert (town in found) if town else not found, found


def test_facility_never_a_town_of_its_name(pipeline: Pipeline) -> None:
    places = _places(pipeline, "Israeli troops stormed Kamal Adwan Hospital before dawn on Friday.")
    lat, _, feature, _ = places.get("Kamal Adwan Hospital", (None, None, None, 0.0))
    assert lat is None and feature is None, places


@pytest.mark.parametrize(("text", "facility", "town"), [
    ("The wounded were carried to Nasser Hospital in Khan Younis, medics said.", "Nasser Hospital", "Khan Younis"),
    ("Israeli forces stormed Kamal Adwan Hospital in Beit Lahia on Friday, the ministry said.",
     "Kamal Adwan Hospital", "Beit Lahia"),
    ("Al-Shifa Hospital in Gaza City ran out of fuel on Monday.", "Al-Shifa Hospital", "Gaza City"),
])
def test_facility_at_the_town_it_is_in(pipeline: Pipeline, text: str, facility: str, town: str) -> None:
    places = _places(pipeline, text)
    assert places[town][0] is not None, places
    lat, lon, feature, confidence = places[facility]
    assert (lat, lon) == places[town][:2] and feature is None, places
    assert confidence == pytest.approx(places[town][3] * TOWN_SHARE, abs=0.002)


def test_facility_in_a_town_left_unread_has_no_point(pipeline: Pipeline) -> None:
    """A town left without a point (an Arabic head noun's name the text does not back) leaves
    its facility without one."""
    places = _places(pipeline, "The bodies were brought to Al-Aqsa Martyrs Hospital in Deir al-Balah.")
    assert places["Deir al-Balah"][0] is None, places
    assert places.get("Al-Aqsa Martyrs Hospital", (None,))[0] is None, places


@pytest.mark.parametrize("text", [
    "Doctors at Nasser Hospital in Khan Younis said 12 bodies had arrived overnight.",
    "Nasser Hospital in Khan Younis said it had received 12 bodies overnight.",
])
def test_acting_facility_keeps_its_place(pipeline: Pipeline, text: str) -> None:
    record = pipeline.process(text)
    assert "org:nasser-hospital" in {m.actor for m in record.mentions}, record.mentions
    hospital = next(p for p in record.places if p.text == "Nasser Hospital")
    assert hospital.lat is not None, record.places
