"""A span before "earlier/later than" is a length only where the other side of the comparison is
not in the text ("a year earlier than planned"). A day named right after "than" is that side, so
the span is a date counted from it ("a day earlier than Monday": the Sunday before that Monday);
a comparative of a figure just before the span owns the "than" ("Sales were higher a year earlier
than they are now"), so the span is the date of the figure compared, a year before the
publication. Our own sentences; 2024-08-21 is a Wednesday."""

from __future__ import annotations

from typing import Any

import pytest

PUB = "2024-08-21"


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales were higher a year earlier than they are now.",
     [("a year earlier", "DATE", "2023"), ("now", "DATE", "PRESENT_REF")]),
    ("Exports were stronger a month earlier than they are today.",
     [("a month earlier", "DATE", "2024-07"), ("today", "DATE", "2024-08-21")]),
    ("The vote was held a day earlier than Monday.",
     [("a day earlier", "DATE", "2024-08-18"), ("Monday", "DATE", "2024-08-19")]),
    # the weekday placed as it is itself, by a week named beside it
    ("The vote was held a day earlier than Monday last week.",
     [("a day earlier", "DATE", "2024-08-11"), ("Monday", "DATE", "2024-08-12"), ("last week", "DATE", "2024-W33")]),
    ("The vote will be held a day earlier than Monday.",
     [("a day earlier", "DATE", "2024-08-25"), ("Monday", "DATE", "2024-08-26")]),
    # near misses: a plan, a forecast, an event's clause or an election is no day the text names
    ("The plant opened more than a year earlier than planned.", [("more than a year earlier", "DURATION", "P1Y")]),
    ("The ship arrived a day later than the company had forecast.", [("a day later", "DURATION", "P1D")]),
    ("The work finished a month earlier than it did last year.",
     [("a month earlier", "DURATION", "P1M"), ("last year", "DATE", "2023")]),
    # a plan or forecast after "than" is the other side, whatever comparative comes before
    ("Costs were lower three years later than forecast.", [("three years later", "DURATION", "P3Y")]),
    ("Prices were lower a year earlier than analysts had thought.", [("a year earlier", "DURATION", "P1Y")]),
    ("Output was higher a month earlier than the ministry had expected.", [("a month earlier", "DURATION", "P1M")]),
    ("Far more people voted a year earlier than in the last election.", [("a year earlier", "DURATION", "P1Y")]),
])
def test_than_named_side(time_tag: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in time_tag(text, PUB)] == expected
