"""Session 17 actors, round 2, on sentences of our own: a writer's brackets leave a name's text, and
a "his"/"her" alone makes no person of a name that opens with a surname or that company cues call a
company."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import actor, by_text, mentions_of, run


@pytest.mark.parametrize("text, name, mention, later", [
    ("[Bob] Corker said the deal was bad. Corker later left the Senate.", "Bob Corker", "Bob Corker",
     "Corker"),
    ('"[Sen. Jane] Doakes voted no," he said. Doakes left early.', "Jane Doakes", "Sen. Jane Doakes",
     "Doakes"),
    ("Aides to Newt [Gingrich] said the plan would fail. Gingrich did not comment.", "Newt Gingrich",
     "Newt Gingrich", "Gingrich"),
])
def test_a_writers_brackets_leave_the_name_and_its_mention(nlp: Language, text: str, name: str, mention: str,
                                                           later: str) -> None:
    """The actor's name and the mention's text read without brackets; the offsets still span them."""
    actors, mentions = run(nlp, text)
    person = next(m.actor for m in mentions if m.text == mention)
    assert actor(actors, person).name == name
    assert mentions_of(mentions, person)[:2] == [mention, later]
    first = next(m for m in mentions if m.text == mention)
    assert text[first.start:first.end].replace("[", "").replace("]", "") == mention
    assert "[" in text[first.start:first.end] or "]" in text[first.start:first.end]


@pytest.mark.parametrize("text, name", [
    ("Morgan Stanley doubled her salary, the filing showed.", "Morgan Stanley"),
    ("Goldman Sachs raised his pay, the filing showed.", "Goldman Sachs"),
    ("Wells Fargo closed his account last month.", "Wells Fargo"),
])
def test_a_his_alone_makes_no_person_of_a_name_opening_with_a_surname(nlp: Language, text: str,
                                                                      name: str) -> None:
    """A name that opens with a surname the census knows is as often a firm named for its founders:
    the "his"/"her" of its verb's object is an employee's or a client's."""
    found = by_text(nlp, text)
    assert found[name].startswith("org:")
    assert found.get("his", found.get("her")) != found[name]


@pytest.mark.parametrize("text, name", [
    ("Masayoshi Son raised his stake in the company on Tuesday.", "Masayoshi Son"),
    ("Mukesh Ambani raised his stake in the refiner on Monday.", "Mukesh Ambani"),
    ("Tadashi Yanai cut 300 jobs and halved his pay.", "Tadashi Yanai"),
])
def test_a_his_still_makes_a_person_of_a_given_name_the_census_lacks(nlp: Language, text: str,
                                                                     name: str) -> None:
    found = by_text(nlp, text)
    assert found[name].startswith("per:")
    assert found["his"] == found[name]


def test_company_cues_outweigh_a_possessive_alone(nlp: Language) -> None:
    """'its shares' calls the name a company; the "her" of its verb's object is an employee's."""
    found = by_text(nlp, "Sumitomo Mitsui froze her bonus, and its shares fell.")
    assert found["Sumitomo Mitsui"].startswith("org:")
    assert "her" not in found


def test_a_he_after_a_company_cue_still_makes_a_person(nlp: Language) -> None:
    """A subject pronoun is more than a possessive: 'he said' names the person."""
    found = by_text(nlp, "Tadashi Yanai cut 300 jobs on Monday. He said the cuts were painful.")
    assert found["Tadashi Yanai"].startswith("per:")


@pytest.mark.parametrize("text, person", [
    ('"[W]e urge the unions to wait," Rosa Diaz wrote to members.', "Rosa Diaz"),
    ('"[T]hey will lose," Bob Smith said.', "Bob Smith"),
])
def test_a_quotations_first_word_recased_in_brackets_is_no_name(nlp: Language, text: str, person: str) -> None:
    """'[W]e': the writer recased a pronoun, no person 'We'; the speaker stays."""
    found = by_text(nlp, text)
    assert found[person].startswith("per:")
    assert set(found) <= {person}
