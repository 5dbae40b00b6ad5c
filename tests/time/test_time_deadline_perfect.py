"""The readings src/dateline/time/README.md records for a deadline in a past perfect, on a
Sunday and a Monday of publication: "until"/"by" bounding a state look back, "by" after a verb
that awaits and "until" after "give" look ahead. "had demanded a reply until Thursday" reads as
past and "... by Thursday" as ahead: the known inconsistency the README keeps; a rule that
changes a row changes the README with it. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PAST, AHEAD = "2024-08-15", "2024-08-22"
ROWS = [
    ("Israel had not replied by Thursday.", PAST),
    ("Until Thursday, police had not named him.", PAST),
    ("Hamas had demanded a reply until Thursday.", PAST),
    ("Hamas had demanded a reply by Thursday.", AHEAD),
    ("Hamas had given Israel until Thursday to respond.", AHEAD),
]


@pytest.mark.parametrize("published", ["2024-08-18", "2024-08-19"])
@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_readme_rows(time_tag: Any, text: str, expected: str, published: str) -> None:
    assert [(t.text, t.value) for t in time_tag(text, published)] == [("Thursday", expected)]
