"""A date governed by a present participle giving an arrangement's term ("The ceasefire, ending
Dec. 31, was extended", "a ban expiring on March 1", "sanctions running until June") looks ahead
of publication even in a past-tense sentence; the neighbours keep their tense."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

TUE = "2024-08-20"


@pytest.mark.parametrize(("text", "expected"), [
    ("The ceasefire, ending Dec. 31, was extended.", [("Dec. 31", "2024-12-31")]),
    ("The ceasefire ending Dec. 31 was extended.", [("Dec. 31", "2024-12-31")]),
    ("The ceasefire, expiring on March 1, was extended.", [("March 1", "2025-03-01")]),
    ("The truce, running until June, was renewed.", [("June", "2025-06")]),
    ("The sanctions, expiring in June, were renewed by the EU.", [("June", "2025-06")]),
    ("The mandate, lasting until Dec. 31, was approved.", [("Dec. 31", "2024-12-31")]),
    ("The deal, running through March, was signed in July.", [("March", "2025-03"), ("July", "2024-07")]),
    # neighbours: a finite past, an event's own participle, a progressive, a lasting fight
    ("The ceasefire ended Dec. 31.", [("Dec. 31", "2023-12-31")]),
    ("The war, which ended Dec. 31, was costly.", [("Dec. 31", "2023-12-31")]),
    ("The talks, ending on March 1, produced a deal.", [("March 1", "2024-03-01")]),
    ("The summit, ending on Friday, produced a communique.", [("Friday", "2024-08-16")]),
    ("The ceasefire was ending on Aug. 10, officials said.", [("Aug. 10", "2024-08-10")]),
    ("Fighting, lasting until dawn on Aug. 12, killed 12 people.", [("Aug. 12", "2024-08-12")]),
])
def test_term_participle_looks_ahead(time_tag: Callable[..., Any], text: str, expected: list[tuple[str, str]]) -> None:
    got = [(t.text, t.value) for t in time_tag(text, TUE)]
    for pair in expected:
        assert pair in got, got
