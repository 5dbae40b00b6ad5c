"""A prefixed irregular past the tagger leaves as a base form ("Ukraine retook the village",
"redrew", "outsold") is a past verb: its day or month is the one before the publication.
Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUB = "2024-08-18"


@pytest.mark.parametrize(("text", "expected"), [
    ("The army retook the town on Monday.", ("Monday", "2024-08-12")),
    ("Ukraine retook the village in November.", ("November", "2023-11")),
    ("The firm outsold its rivals in December.", ("December", "2023-12")),
    ("The rebels, who retook the base on Monday, are now advancing.", ("Monday", "2024-08-12")),
    # near misses: the base form after "will" or "to", a present ending like a past ("relent"),
    # a present "retakes"
    ("Troops will retake the town on Monday.", ("Monday", "2024-08-19")),
    ("The army plans to retake the town on Monday.", ("Monday", "2024-08-19")),
    ("Farmers relent on Monday, officials hope.", ("Monday", "2024-08-19")),
    ("The army retakes the town on Monday, officials said.", ("Monday", "2024-08-19")),
])
def test_prefixed_irregular_past(time_tag: Any, text: str, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, PUB)][:1] == [expected]


def test_the_pattern_keeps_presents_out() -> None:
    """``PREFIXED_PAST`` takes "retook", "outsold"; not "resent", "relent", "refound", "retake"."""
    from dateline.time.tense import PREFIXED_PAST

    assert [w for w in ("retook", "outsold", "resent", "relent", "refound", "retake", "remade")
            if PREFIXED_PAST.fullmatch(w)] == ["retook", "outsold", "remade"]
