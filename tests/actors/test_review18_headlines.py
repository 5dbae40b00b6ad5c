"""Review of session 18's headline rule, on headlines of our own: a common surname after a
given name no list holds and a title is the name's, not a headline's verb; after a title and a
surname it may be the verb."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text


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
