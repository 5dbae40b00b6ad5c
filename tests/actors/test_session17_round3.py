"""Session 17 actors, round 3, on sentences of our own: what befalls a one-word name (a storm hits
a place, a gunman shoots a person), a headline's verb is no name, and a surname alone that speaks
with a he/she after it is a person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text


@pytest.mark.parametrize("text, name", [
    ("Austin was hit by a winter storm on Sunday.", "Austin"),
    ("Lincoln was battered by a tornado overnight.", "Lincoln"),
])
def test_a_name_a_hazard_strikes_is_the_place(nlp: Language, text: str, name: str) -> None:
    doc = nlp(text)
    assert name not in by_text(nlp, text)
    assert [p.text for p in doc._.places] == [name]


@pytest.mark.parametrize("text, name, expected", [
    ("Austin was hit by a storm of criticism over the plan.", "Austin", "per:lloyd-austin"),
    ("Austin was hit by a car on his way home.", "Austin", "per:lloyd-austin"),
    ("Lloyd Austin flew to Texas. Austin was hit by a storm on the trip.", "Austin", "per:lloyd-austin"),
])
def test_what_is_no_hazard_leaves_the_name(nlp: Language, text: str, name: str, expected: str) -> None:
    assert by_text(nlp, text)[name] == expected


def test_a_surname_shot_is_a_person(nlp: Language) -> None:
    assert by_text(nlp, "Lincoln was shot at a theatre in 1865.")["Lincoln"].startswith("per:")


def test_a_surname_shot_in_a_city_is_the_person_not_a_place(nlp: Language) -> None:
    doc = nlp("Kennedy was shot in Dallas in 1963.")
    assert by_text(nlp, "Kennedy was shot in Dallas in 1963.")["Kennedy"].startswith("per:")
    assert [p.text for p in doc._.places] == ["Dallas"]


@pytest.mark.parametrize("text, name, prefix", [
    ("Boeing was shot down by regulators in Brussels.", "Boeing", "org:"),
    ("Exxon was hit by a lawsuit from the state.", "Exxon", "org:"),
    ("Boeing was hit by a wildfire at its plant.", "Boeing", "org:"),  # a firm the dictionary knows
])
def test_no_person_of_what_is_not_harmed_as_people_are(nlp: Language, text: str, name: str, prefix: str) -> None:
    assert by_text(nlp, text)[name].startswith(prefix)


@pytest.mark.parametrize("text, gone, kept", [
    ('"Minister Quits," the headline read.', "Minister Quits", None),
    ("John Paul Fell Blames Donors For Loss", "Blames Donors", "John Paul Fell"),
])
def test_a_headlines_verb_is_no_name(nlp: Language, text: str, gone: str, kept: str | None) -> None:
    found = by_text(nlp, text)
    assert gone not in found and not any(v.endswith(("quits", "blames-donors")) for v in found.values())
    if kept is not None:
        assert found[kept].startswith("per:")


@pytest.mark.parametrize("text, name", [
    ("Bill Powers said the plan would fail.", "Bill Powers"),
    ("Judge Sparks, a veteran, ruled against the city.", "Judge Sparks"),
    ("Sen. Hughes, a Democrat, voted no.", "Sen. Hughes"),
])
def test_a_surname_like_a_verb_stays_a_name(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text)[name].startswith("per:")


@pytest.mark.parametrize("text", [
    "Trumka said he would fight the plan.",
    "Trumka told reporters she would fight the plan.",
])
def test_a_surname_that_speaks_with_a_he_or_she_is_a_person(nlp: Language, text: str) -> None:
    assert by_text(nlp, text)["Trumka"] == "per:trumka"


@pytest.mark.parametrize("text, name", [
    ("Gazprom wrote in a statement that supplies would continue.", "Gazprom"),
    ("Gazprom wrote in a statement that it would cut supplies.", "Gazprom"),
    ("Trumka left the meeting early.", "Trumka"),
    # firms and outlets speak in a person's media too: the medium is no person cue
    ("Gazprom said in an interview with Reuters that supplies would continue.", "Gazprom"),
    ("Pfizer told investors in an email that sales rose.", "Pfizer"),
    ("Novartis wrote in a tweet that the trial was paused.", "Novartis"),
])
def test_no_person_without_a_person_cue(nlp: Language, text: str, name: str) -> None:
    assert not by_text(nlp, text).get(name, "").startswith("per:")
