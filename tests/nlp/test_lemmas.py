"""The lemmatizer's slips are mended at load (``dateline.nlp.lemmas``), for every component."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("Russia hoped to take Kyiv.", "hoped", "hope"),
    ("Mediators are hoping for a deal this week.", "hoping", "hope"),
    ("Blinken hopes talks resume.", "hopes", "hope"),
    ("Their hopes of a truce faded.", "hopes", "hope"),
    ("The minister retweeted the statement.", "retweeted", "retweet"),
    # tagged a present (VBP) after a plural subject and before a comma, so the rules keep the form
    ("His friends jeered, “Goodbye!”", "jeered", "jeer"),
    # a verb spelled so keeps its own lemma
    ("The soldiers hopped over the wall.", "hopped", "hop"),
    ("Children were hopping in the square.", "hopping", "hop"),
])
def test_slips_mended(nlp: Any, text: str, word: str, lemma: str) -> None:
    assert [t.lemma_ for t in nlp(text) if t.lower_ == word] == [lemma]


def test_every_form_is_lower_case_and_mended() -> None:
    from dateline.nlp import load
    from dateline.nlp.lemmas import exceptions

    forms = exceptions()
    assert forms and all(f == f.lower() for f in forms)
    bare = load(components=[])
    for form, lemma in forms.items():
        assert [t.lemma_ for t in bare(f"They {form} it.") if t.lower_ == form] == [lemma]
