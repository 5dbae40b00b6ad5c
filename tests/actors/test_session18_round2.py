"""Session 18 actors, round 2, on sentences of our own: the model's PERSON stands under "said to"
unless the word has another reading; hearsay is "(is) said to be/have ..." and not an
instruction to others ("said to expect delays"); a company's suffix makes a one-word name no
person's ("Gazprombank")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.actors.dictionary import load_dictionary
from dateline.actors.readings import company_compound, hearsay, speaks
from tests.actors.test_conflict_news import by_text


@pytest.mark.parametrize(("text", "name"), [
    ("Zelnik said to be weighing a bid for the club.", "Zelnik"),  # an unread word: the model's PERSON
    ("Zelnik was said to have met the buyers in Geneva.", "Zelnik"),
    ("Okonjo said to have resigned after the vote.", "Okonjo"),
])
def test_hearsay_leaves_the_models_person(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith("per:"), by_text(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Bitcoin said to rise after the halving. Traders bought bitcoin on Friday.", "Bitcoin"),  # a market's
    ("Tether said to be weighing an audit. The horse slipped its tether.", "Tether"),  # lower-case elsewhere
])
def test_a_word_with_another_reading_is_no_person_under_said_to(nlp: Language, text: str, name: str) -> None:
    assert not by_text(nlp, text).get(name, "").startswith("per:"), by_text(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Zelnik is said to be weighing a bid.", True),
    ("Zelnik said to be weighing a bid.", True),
    ("Zelnik said to have met the buyers.", True),
    ("Zelnik said to be furious with the board.", True),
    ("Police said to expect delays on the motorway.", False),  # an instruction: the police speak
    ("Smith said to call him after lunch.", False),
    ("Police said to have your documents ready at the border.", False),  # "have", no perfect
])
def test_hearsay_is_not_an_instruction(nlp: Language, text: str, expected: bool) -> None:
    doc = nlp(text)
    subject = doc[0]
    assert hearsay(subject.head) is expected
    assert speaks(subject) is (not expected)


def test_an_instruction_makes_a_common_surname_a_speaker(nlp: Language) -> None:
    assert by_text(nlp, "Smith said to call him after lunch.")["Smith"].startswith("per:")


@pytest.mark.parametrize(("text", "name", "prefix"), [
    ("Gazprombank said on Monday it had frozen the accounts.", "Gazprombank", "org:"),
    ("Lukoil said it had paid the dividend.", "Lukoil", "org:"),
    ("Eubank said he would fight again in the spring.", "Eubank", "per:"),  # a census surname
    ("Trumka said he would fight the bill.", "Trumka", "per:"),
])
def test_a_company_suffix_makes_no_person(nlp: Language, text: str, name: str, prefix: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith(prefix), by_text(nlp, text)


@pytest.mark.parametrize(("word", "expected"), [
    ("Gazprombank", True), ("Sberbank", True), ("Gazpromneft", True), ("Gazpromexport", True),
    ("Eubank", False), ("Fairbank", False), ("Blair", False), ("Appleton", False), ("Kovalenko", False),
])
def test_company_compound(nlp: Language, word: str, expected: bool) -> None:
    doc = nlp.make_doc(f"{word} said.")
    assert company_compound(doc[0], load_dictionary()) is expected
