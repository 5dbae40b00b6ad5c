"""Review of session 18's hearsay rule, on sentences of our own: hearsay ("X said to be")
withholds only the speaker's evidence, not the name's own (a surname's ending, a given name)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text


@pytest.mark.parametrize(("text", "name"), [
    ("Kovalenko said to be weighing a run.", "Kovalenko"),  # the model's ORG; a surname's ending
    ("Kovalenko is said to be weighing a run for president.", "Kovalenko"),
    ("Vladimir said to be weighing a run.", "Vladimir"),  # the model's PERSON; a given name
])
def test_hearsay_keeps_the_names_own_evidence(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith("per:"), by_text(nlp, text)


def test_a_hearsay_surname_and_its_later_speech_are_one_person(nlp: Language) -> None:
    found = by_text(nlp, "Kovalenko said to be weighing a run. Kovalenko said he had not decided.")
    assert found["Kovalenko"].startswith("per:") and found.get("he") == found["Kovalenko"], found


@pytest.mark.parametrize(("text", "name"), [
    ("Kovalenko said to be weighing its options.", "Kovalenko"),  # "its": a thing, said or hearsay
    ("Boeing said to be weighing a bid.", "Boeing"),  # no surname's form
    ("Gazprom said to be weighing a bid.", "Gazprom"),  # a known company
])
def test_hearsay_makes_no_person_of_a_thing(nlp: Language, text: str, name: str) -> None:
    found = by_text(nlp, text)
    assert name in found and not found[name].startswith("per:"), found
