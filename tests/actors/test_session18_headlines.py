"""A headline's verb in -s after a title and a name ends the name (session 18), on headlines of
our own; a surname in -s stays the name's."""

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
