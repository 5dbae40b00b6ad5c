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


@pytest.mark.parametrize(("text", "place", "country"), [
    ("The ministers flew to the U.A.E.. Talks begin Monday.", "U.A.E.", "AE"),
    ("Fighting spread again in the D.R.C.. Aid groups left.", "D.R.C.", "CD"),
    ("Fans came from across the U.K.. It was a big day.", "U.K.", "GB"),
    ("The deal was signed in the U.A.E. on Monday.", "U.A.E.", "AE"),
    ("Troops left the D.R.C. on Monday.", "D.R.C.", "CD"),  # tagged ORG, held by the actors
])
def test_country_initials_at_sentence_end(nlp: Any, text: str, place: str, country: str) -> None:
    assert [(p.text, p.country) for p in nlp(text)._.places] == [(place, country)]


@pytest.mark.parametrize("text", [
    "He spoke at the U.N.. Then he left.",  # an organisation's initials, no country's
    "He spoke at the U.N. on Monday.",  # nor the town Un in India
    "She signed with A.C. Milan. It was her first club abroad.",
])
def test_other_initials_are_no_place(nlp: Any, text: str) -> None:
    assert not nlp(text)._.places
