"""A headline's verb in -s after a title and a name ends the name (session 18), on headlines of
our own; a surname in -s stays the name's, and a common surname after a given name no list
holds is the name's too: only after a title and a surname may it be the verb."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text


@pytest.mark.parametrize(("text", "name"), [
    ("President Obama Wins Second Term", "President Obama"),
    ("Senator Hollings Speaks", "Senator Hollings"),
    ("Pope Francis Blasts Critics", "Pope Francis"),
    ("Senator Hollings Speaks Out On Trade", "Senator Hollings"),
])
def test_a_headline_verb_after_a_title_and_a_name_ends_the_name(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith("per:"), by_text(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Senator Bernie Sanders", "Senator Bernie Sanders"),  # a surname in -s
    ("Governor Mike Waters Resigns", "Governor Mike Waters"),  # a surname after a given name
    ("Judge Anne Marie Sparks Rules", "Judge Anne Marie Sparks"),
    ("Senator Hollings Speaks told reporters on Friday that he would retire.", "Senator Hollings Speaks"),
])
def test_a_surname_in_s_after_a_title_stays_the_name(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith("per:"), by_text(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("The motion was denied, said Judge Kwame Sparks.", "Judge Kwame Sparks"),
    ("The bill passed, said Senator Oluwaseun Banks.", "Senator Oluwaseun Banks"),
    ("Senator Oluwaseun Banks Wins Primary", "Senator Oluwaseun Banks"),
])
def test_a_common_surname_after_an_unlisted_given_name_stays_the_name(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith("per:"), by_text(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Senator Matthews Speaks Out On Trade", "Senator Matthews"),  # a surname before: "Speaks" the verb
    ("Judge Sparks Rules Against City", "Judge Sparks"),
])
def test_after_a_title_and_a_surname_a_headline_verb_ends_the_name(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith("per:"), by_text(nlp, text)
