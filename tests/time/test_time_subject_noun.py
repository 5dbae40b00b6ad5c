"""A weekday on the noun that is the clause's subject dates that noun's event, not the verb's
(time/tense.py ``_subject_noun_tense``); our own sentences, published Tuesday 2023-07-18."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2023-07-18"


def _monday(time_tag: Any, text: str) -> str | None:
    hits = [t.value for t in time_tag(text, PUBLISHED) if t.text == "Monday"]
    assert hits, f"no 'Monday' timex in {text!r}"
    return hits[0]


@pytest.mark.parametrize(("text", "expected"), [
    # the withdrawal happened on Monday: the future verb is about its consequence
    ("Russia's withdrawal from the grain deal on Monday will raise food prices, the minister warned.", "2023-07-17"),
    ("The attack on Monday will test the truce, analysts said.", "2023-07-17"),
    # negatives: a scheduled thing keeps the verb's reading; a date on the verb is the verb's
    ("The meeting on Monday will decide the matter.", "2023-07-24"),
    ("Russia will announce its withdrawal on Monday.", "2023-07-24"),
    ("The talks will resume on Monday.", "2023-07-24"),
    ("Russia's withdrawal from the deal on Monday raised food prices.", "2023-07-17"),
])
def test_date_on_subject_noun(time_tag: Any, text: str, expected: str) -> None:
    assert _monday(time_tag, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday right after a past verb is that verb's time, whatever the clause after it
    ("The minister said Monday the border would open.", "2023-07-17"),
    ("The minister said on Monday the border would open.", "2023-07-17"),
    # negatives: a weekday in the clause after it, or after a present verb
    ("The minister said the border would open on Monday.", "2023-07-24"),
    ("The minister says Monday will be decisive.", "2023-07-24"),
])
def test_date_right_after_past_verb(time_tag: Any, text: str, expected: str) -> None:
    assert _monday(time_tag, text) == expected
