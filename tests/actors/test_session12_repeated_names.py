"""One surname twice joined by "and", on sentences of our own: a firm ("Johnson and Johnson
reported higher sales") unless the words make it two people ("said they", "were both injured")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import run


def _actors(nlp: Language, text: str, word: str) -> list[str]:
    _, mentions = run(nlp, text)
    return [m.actor for m in mentions if m.text == word]


@pytest.mark.parametrize(("text", "name"), [
    ("Johnson and Johnson said it would cut 300 jobs.", "Johnson and Johnson"),
    ("Johnson and Johnson reports higher sales.", "Johnson and Johnson"),
    ("Smith & Smith won the contract.", "Smith & Smith"),
    ("The Johnson and Johnson vaccine was approved.", "Johnson and Johnson"),
    ("Shares of Johnson and Johnson fell after its report.", "Johnson and Johnson"),
    # nothing makes them two people: the firm, as a contract is won by one
    ("Johnson and Johnson reported higher sales.", "Johnson and Johnson"),
    ("Johnson and Johnson will pay $700 million to settle the claims.", "Johnson and Johnson"),
    ("A jury ordered Johnson and Johnson to pay $2 billion.", "Johnson and Johnson"),
    ("Smith and Smith won the contract.", "Smith and Smith"),
    ("Johnson and Johnson and Pfizer reported higher sales.", "Johnson and Johnson"),
])
def test_repeated_name_that_is_one_body(nlp: Language, text: str, name: str) -> None:
    found = _actors(nlp, text, name)
    assert len(found) == 1 and found[0].startswith("org:")


@pytest.mark.parametrize(("text", "name"), [
    ("Smith and Smith said they would appeal.", "Smith and Smith"),
    ("Williams and Williams were both injured.", "Williams and Williams"),
    ("Williams and Williams today said they were delighted.", "Williams and Williams"),
])
def test_repeated_name_of_two_people(nlp: Language, text: str, name: str) -> None:
    assert _actors(nlp, text, name) == []
