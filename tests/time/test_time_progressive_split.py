"""A progressive split by its day ("Officials are on Friday planning to reopen the border"): the
parse may hang the day on "planning" as a noun, its "are" left as the main verb; the clause is
still a present progressive, a plan for the coming Friday (published on a Wednesday). Our own
sentences."""

from __future__ import annotations

from typing import Any

import pytest

WED = "2024-08-21"


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials are on Friday planning to reopen the border.", ["2024-08-23"]),
    # near misses: a past progressive, an unsplit one, a past plan
    ("Officials were on Friday planning to reopen the border.", ["2024-08-16"]),
    ("Officials are planning to reopen the border on Friday.", ["2024-08-23"]),
    ("Officials on Friday planned to reopen the border.", ["2024-08-16"]),
])
def test_split_progressive(time_tag: Any, text: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, WED)] == expected
