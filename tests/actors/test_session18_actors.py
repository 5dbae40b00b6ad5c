"""Session 18 actors follow-ups, on sentences of our own: one rule for a word that speaks as a
surname (tagged or not), the hearsay "said to", and a known company that a he/she does not make
a person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text


@pytest.mark.parametrize(("text", "name"), [
    ("Smith wrote in an email that the merger was off.", "Smith"),
    ("Brown told reporters the plan was dead.", "Brown"),
    ("Tkachenko said on Friday that the shelling had stopped.", "Tkachenko"),
    ("Trumka said he would fight the bill.", "Trumka"),
])
def test_a_word_that_speaks_as_a_surname_is_a_person(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text)[name].startswith("per:")


@pytest.mark.parametrize(("text", "name"), [
    ("Smith wrote in an email that the merger was off. Smith shares fell 3 percent.", "Smith"),
    ("Ford said on Tuesday that sales rose.", "Ford"),  # the dictionary's company
    ("Walker said its quarterly sales rose 4 percent.", "Walker"),  # one of the commonest, an "its"
    ("Morgan said the bank would cut jobs. Morgan Stanley shares fell.", "Morgan"),
])
def test_a_company_that_speaks_stays_no_person(nlp: Language, text: str, name: str) -> None:
    assert not by_text(nlp, text).get(name, "").startswith("per:")


def test_a_known_company_wins_over_a_he_after_it(nlp: Language) -> None:
    found = by_text(nlp, "Gazprom said he had been fired over the deal.")
    assert found["Gazprom"] == "org:gazprom"
    assert "he" not in found or found["he"] != "org:gazprom"


@pytest.mark.parametrize("text", [
    "Bitcoin said to rise after the halving.",
    "Bitcoin was said to rise after the halving.",
])
def test_the_subject_of_hearsay_is_no_speaker(nlp: Language, text: str) -> None:
    assert "Bitcoin" not in by_text(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Putin said to be furious over the leak.", "Putin"),  # a known person stays one
    ("Brown said to be weighing a run.", "Brown"),  # a census surname is no thing
])
def test_hearsay_leaves_a_known_name(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith("per:")
