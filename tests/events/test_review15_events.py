"""Session 15 review: what a scheme is "to" do when the parser hangs the infinitive on the verb."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _found(nlp: Any, text: str, trigger: str) -> Any:
    return next(f for f in extract(nlp(text)) if f.event.trigger == trigger)


@pytest.mark.parametrize("text", [
    "Police foiled a plot to attack the embassy.",  # "to attack" parsed as an adverbial clause of "foiled"
    "Police thwarted a plot to attack the embassy.",
])
def test_a_foiled_plots_aim_is_neither_done_nor_the_foilers(nlp: Any, text: str) -> None:
    found = _found(nlp, text, "attack")
    assert found.event.status == "hypothetical", found
    assert not any("Police" in names for names in found.source_texts), found


def test_a_purpose_clause_after_an_object_keeps_its_subject(nlp: Any) -> None:
    # near miss: tear gas is no scheme; its firers disperse
    found = _found(nlp, "Police fired tear gas to disperse the protesters.", "disperse")
    assert any("Police" in names for names in found.source_texts), found


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Rebels are fighting to seize the airport.", "seize airport", "hypothetical"),
    ("Rebels fighting to seize the airport shelled the city.", "seize airport", "hypothetical"),
    ("Rebels launched an offensive to seize the airport.", "seize airport", "hypothetical"),
    # near misses: a seizure told as done, in a main or a relative clause
    ("Rebels fought and seized the airport.", "seized airport", "happened"),
    ("The rebels, who seized the airport in 2013, shelled the city.", "seized airport", "happened"),
])
def test_what_a_fight_or_an_offensive_is_to_do_is_its_aim(nlp: Any, text: str, trigger: str, status: str) -> None:
    assert _found(nlp, text, trigger).event.status == status


@pytest.mark.parametrize("text", [
    "The opposition seeks to unseat the prime minister.",
    "The rebels, who seek to topple the government, ambushed a patrol.",
])
def test_seeking_to_act_is_an_aim_not_a_request(nlp: Any, text: str) -> None:
    assert not [f for f in extract(nlp(text)) if f.event.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    # near misses: what is sought is named, a request
    "Iran sought talks with the United States.",
    "Kyiv sought help from its allies.",
])
def test_seeking_a_thing_is_a_request(nlp: Any, text: str) -> None:
    assert [f for f in extract(nlp(text)) if f.event.type == "REQUEST"]


def test_a_strike_over_a_grievance_is_a_walkout(nlp: Any) -> None:
    # the parser reads the whole sentence as a noun phrase: "Workers [at the port strike over wages]"
    found = _found(nlp, "Workers at the port strike over wages.", "port strike")
    assert (found.event.type, found.event.mode) == ("PROTEST", "strike"), found


@pytest.mark.parametrize("text", [
    # near misses: air strikes over a place or a time
    "Israel carried out a strike over the border.",
    "Jets strike over the city.",
])
def test_a_strike_over_a_place_is_an_attack(nlp: Any, text: str) -> None:
    assert {f.event.type for f in extract(nlp(text))} == {"ASSAULT"}


@pytest.mark.parametrize("text", [
    "Morocco made a bid to host the World Cup.",
    "France will host the Games.",
])
def test_hosting_a_sports_event_is_no_political_event(nlp: Any, text: str) -> None:
    assert not list(extract(nlp(text)))


@pytest.mark.parametrize("text", [
    # near misses: hosting talks or a leader is a meeting
    "Egypt hosted talks between Israel and Hamas.",
    "Jordan hosted the Iraqi prime minister.",
])
def test_hosting_talks_or_a_leader_is_a_meeting(nlp: Any, text: str) -> None:
    assert any((f.event.type, f.event.mode) == ("CONSULT", "host") for f in extract(nlp(text)))
