"""Session 24: the day of saying that a past modal's report is seen from, in three more forms:
a participle of speaking on the subject ("The minister, speaking Monday, said"), "said on Monday"
with no "that" (the parser's "on [Monday talks]") and a participle at or after an event of that
day ("Speaking after Monday's meeting, the envoy said"), which also dates that event in the
past. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUB = "2024-08-18"  # a Sunday; the Monday before is 08-12, the Thursday after it 08-15

#: the day of saying a report's "would" is seen from
SAYING_DAYS: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The minister, speaking Monday, said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("The minister said on Monday talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("The minister said on Monday talks were going well and would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("Speaking after Monday's meeting, the envoy said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("The envoy, speaking after the meeting on Monday, said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("Speaking after a meeting Monday, the envoy said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("Speaking at Monday's rally, Trump said he would visit Ohio on Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("The spokesman, speaking Monday on Sky News, said the ceasefire would hold until Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    # an event a past participle is at or after is past, whatever the participle
    ("The minister, arriving after Monday's meeting, said the strike happened Sunday.",
     [("Monday", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-18")]),
    ("Speaking after Monday's meeting, the envoy denied talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-22")]),
    # near misses: "will" (from now), an event ahead of the speaking, "speaking of", a progressive,
    # a relative clause, a noun after "on", no participle
    ("Speaking after Monday's meeting, the envoy said talks will resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-22")]),
    ("Speaking ahead of Monday's meeting, the envoy said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-19"), ("Thursday", "DATE", "2024-08-22")]),
    ("Speaking before Monday's meeting, the envoy said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-19"), ("Thursday", "DATE", "2024-08-22")]),
    ("Speaking of Monday's meeting, the envoy said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-19"), ("Thursday", "DATE", "2024-08-22")]),
    ("Looking ahead to Monday's meeting, the envoy said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-19"), ("Thursday", "DATE", "2024-08-22")]),
    ("The minister, who was speaking Monday, said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-22")]),
    ("The minister focused on Monday talks, which would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-22")]),
    ("Speaking on Monday talks, the envoy said they would resume Thursday.",
     [("Monday", "DATE", "2024-08-19"), ("Thursday", "DATE", "2024-08-22")]),
    ("After Monday's meeting, the envoy said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-22")]),
]


@pytest.mark.parametrize(("text", "expected"), SAYING_DAYS)
def test_tags(time_tag: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in time_tag(text, PUB)] == expected
