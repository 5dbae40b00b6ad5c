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


def _value(time_tag: Any, text: str, word: str) -> str | None:
    hits = [t.value for t in time_tag(text, PUBLISHED) if t.text == word]
    assert hits, f"no {word!r} timex in {text!r}"
    return hits[0]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a modal, a future head or an occurring event: the date on the subject noun lies ahead
    ("A truce in September would let aid reach the north.", "September", "2023-09"),
    ("A ceasefire in September would allow aid into the city.", "September", "2023-09"),
    ("Imports in November are expected to rise.", "November", "2023-11"),
    ("Negotiations in October could restart the process.", "October", "2023-10"),
    ("The strike on Friday will go ahead, the union said.", "Friday", "2023-07-21"),
    ("The rally on Saturday will start at noon.", "Saturday", "2023-07-22"),
    ("The march on Saturday is expected to draw thousands.", "Saturday", "2023-07-22"),
    ("The march on Saturday was expected to draw thousands.", "Saturday", "2023-07-15"),
    ("The march on Saturday will be the largest in years.", "Saturday", "2023-07-22"),
    ("An offensive on Monday would be a disaster, the minister said.", "Monday", "2023-07-24"),
    ("An attack on Monday will draw a response, the army warned.", "Monday", "2023-07-24"),
    # the same nouns with a past or present verb, or a particular event's consequence: behind
    ("The strike on Friday killed ten people.", "Friday", "2023-07-14"),
    ("The rally on Saturday drew thousands.", "Saturday", "2023-07-15"),
    ("Imports in March fell sharply.", "March", "2023-03"),
    ("The attack on Friday raises questions about the truce.", "Friday", "2023-07-14"),
    ("Hamas's raid on Friday will harden Israel's position, analysts said.", "Friday", "2023-07-14"),
])
def test_subject_noun_respects_the_verb(time_tag: Any, text: str, word: str, expected: str) -> None:
    assert _value(time_tag, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a bare weekday right after the past verb is the verb's adjunct: the time of the saying
    ("The envoy said Friday the crossing would reopen.", "Friday", "2023-07-14"),
    ("The envoy said on Friday the crossing would reopen.", "Friday", "2023-07-14"),
    ("The cabinet decided Friday the crossing would reopen.", "Friday", "2023-07-14"),
    ("The cabinet approved Friday a plan to reopen the crossing.", "Friday", "2023-07-14"),
    # not a month, not a possessive, not a date that is the reported clause's subject
    ("The minister said September would bring new talks.", "September", "2023-09"),
    ("Officials said Friday's deadline would not be extended.", "Friday", "2023-07-21"),
    ("The envoy said Thursday's session would go on as planned.", "Thursday", "2023-07-20"),
    ("The envoy said Friday will be decisive.", "Friday", "2023-07-21"),
    ("The envoy said the crossing would reopen on Friday.", "Friday", "2023-07-21"),
])
def test_weekday_after_past_verb(time_tag: Any, text: str, word: str, expected: str) -> None:
    assert _value(time_tag, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # photo captions in the present keep looking back; a timetable looks ahead
    ("Smoke rises over the city after a strike on Sunday.", "Sunday", "2023-07-16"),
    ("A woman walks past a building hit in a strike on Monday.", "Monday", "2023-07-17"),
    ("The talks resume on Friday in Doha.", "Friday", "2023-07-21"),
])
def test_captions_and_timetables(time_tag: Any, text: str, word: str, expected: str) -> None:
    assert _value(time_tag, text, word) == expected
