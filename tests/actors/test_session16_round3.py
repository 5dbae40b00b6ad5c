"""Session 16, third actors round, on sentences of our own: a person's gain on a deal or a name
before "shares" is no company's; a common noun opening a sentence is no person; a writer's
brackets inside a name and a headline's verb after it leave one person's name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text


@pytest.mark.parametrize("text, name", [
    ("Gautam Adani reported a profit on the port sale.", "Gautam Adani"),
    ("Lakshmi Mittal reported a profit on the steel deal.", "Lakshmi Mittal"),
    ("Recep Erdogan reported a loss of support in the cities.", "Recep Erdogan"),
    ("Mukesh Ambani shares rose on Monday.", "Mukesh Ambani"),
])
def test_a_gain_on_a_deal_or_a_name_before_shares_is_no_company(nlp: Language, text: str, name: str) -> None:
    """A profit on one sale, a loss of a thing: anyone's; "X shares" may be a holder's."""
    assert by_text(nlp, text)[name].startswith("per:")


@pytest.mark.parametrize("text, name", [
    ("Berkshire Hathaway reported a profit on higher sales.", "Berkshire Hathaway"),
    ("Berkshire Hathaway reported a loss of $2 billion for the quarter.", "Berkshire Hathaway"),
    ("Robey Warshaw reported a loss on Tuesday.", "Robey Warshaw"),
])
def test_results_on_sales_of_a_sum_or_on_a_day_stay_a_companys(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text)[name].startswith("org:")


@pytest.mark.parametrize("text", [
    "Turnout was low across the district, officials said.",
    "Attendance was low across the district, officials said.",
])
def test_a_common_noun_opening_a_sentence_is_no_person(nlp: Language, text: str) -> None:
    assert text.split()[0] not in by_text(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Baker was arrested on Monday, police said.", "Baker"),  # a common surname
    ("Dawn said the district would vote again.", "Dawn"),  # a speaker
])
def test_a_surname_or_a_speaker_opening_a_sentence_stays_a_person(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text)[name].startswith("per:")


@pytest.mark.parametrize("text, mention, actor", [
    ("[Bob] Corker said the deal was bad.", "Bob Corker", "per:bob-corker"),
    ("Newt [Gingrich] said the plan would fail.", "Newt Gingrich", "per:newt-gingrich"),
    ('"We told [Hillary] Clinton to wait," he said.', "Hillary Clinton", "per:hillary-clinton"),
    ("Yesterday Newt [Gingrich] said the plan would fail.", "Newt Gingrich", "per:newt-gingrich"),
])
def test_a_writers_brackets_inside_a_name_leave_one_name(nlp: Language, text: str, mention: str, actor: str) -> None:
    found = by_text(nlp, text)
    assert found[mention] == actor
    assert all(v == actor for k, v in found.items() if k != "he")  # no second person of a piece


def test_brackets_round_a_common_word_make_no_name(nlp: Language) -> None:
    assert "The Senate" not in by_text(nlp, '"[The] Senate will vote," he said.')  # a mention reads unbracketed


@pytest.mark.parametrize("text, name, actor", [
    ("Bernie Sanders Suffered A Defeat In Michigan", "Bernie Sanders", "per:bernie-sanders"),
    ("Bernie Sanders Wins Michigan Primary", "Bernie Sanders", "per:bernie-sanders"),
    ("Ted Cruz Blames Donors For Loss", "Ted Cruz", "per:ted-cruz"),
])
def test_a_headline_verb_after_a_full_name_is_no_part_of_it(nlp: Language, text: str, name: str, actor: str) -> None:
    assert by_text(nlp, text)[name] == actor


@pytest.mark.parametrize("text, name", [
    ("Jo Ellen Parks Wins The Race", "Jo Ellen Parks"),  # a common surname in -s
    ("John Paul Jones arrived in Paris.", "John Paul Jones"),
    ("Bob Vander Plaats Endorsed The Senator", "Bob Vander Plaats"),  # no "play" in "Plaats"
])
def test_a_surname_that_looks_like_a_verb_stays_in_the_name(nlp: Language, text: str, name: str) -> None:
    assert name in by_text(nlp, text)


def test_a_noun_the_text_capitalises_within_a_sentence_stays_a_name(nlp: Language) -> None:
    """An outlet named by a common noun ("politico") is capitalised where no sentence opens."""
    text = ("The county has picked every winner since 1960, according to Politico.\n\n"
            "Politico reveals a few telling facts: “Of its voters, most are farmers.”")
    assert "Politico" in by_text(nlp, text)


def test_a_verb_like_surname_outside_a_headline_stays_in_the_name(nlp: Language) -> None:
    text = "In 1952 the future secretary of state, John Foster Dulles, attacked the plan."
    assert "John Foster Dulles" in by_text(nlp, text)


def test_a_noun_that_acts_on_something_stays_a_name(nlp: Language) -> None:
    """'Politico interviewed ...': a subject with an object is an outlet's or a person's name."""
    text = "Democrats met in Philadelphia.\n\nPolitico interviewed nearly twenty senators over the past week."
    assert "Politico" in by_text(nlp, text)


def test_a_headline_with_small_words_still_loses_its_verb(nlp: Language) -> None:
    assert by_text(nlp, "Donald Trump Rampages to Point Lead in New Poll") == {"Donald Trump": "per:donald-trump"}
