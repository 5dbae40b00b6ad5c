"""One surname twice joined by "and", on sentences of our own: a firm where "&", the model's ORG or
the words make it one body ("said it", "reports", "the ... vaccine"), else the people the model
found ("Smith and Smith won the contract", "said they")."""

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
])
def test_repeated_name_that_is_one_body(nlp: Language, text: str, name: str) -> None:
    found = _actors(nlp, text, name)
    assert len(found) == 1 and found[0].startswith("org:")


@pytest.mark.parametrize(("text", "name"), [
    ("Smith and Smith won the contract.", "Smith and Smith"),
    ("Smith and Smith said they would appeal.", "Smith and Smith"),
    ("Williams and Williams were both injured.", "Williams and Williams"),
])
def test_repeated_name_with_nothing_of_a_firm(nlp: Language, text: str, name: str) -> None:
    assert _actors(nlp, text, name) == []
