"""Initials that end a sentence keep their stop ("South L.A..", "D-N.D."): the tokenizer gives
it to the sentence; names that end in a word keep no stop ("St. Paul.", "Mt. Joy.")."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "place"), [
    ("Two men were shot overnight in South L.A.. Police gave no motive.", "South L.A."),
    ("The bill was backed by Sen. Kent Conrad, D-N.D. The vote is Friday.", "N.D."),
    ("Fans came from across the U.S.. It was a big day.", "U.S."),
])
def test_initials_keep_their_stop(nlp: Any, text: str, place: str) -> None:
    assert place in [p.text for p in nlp(text)._.places]


@pytest.mark.parametrize(("text", "place"), [
    ("The team flew home to St. Paul. It was late.", "St. Paul"),
    ("Her family moved to Mt. Joy. They liked it.", "Mt. Joy"),
])
def test_words_keep_no_stop(nlp: Any, text: str, place: str) -> None:
    assert place in [p.text for p in nlp(text)._.places]
