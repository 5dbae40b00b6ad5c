"""A two-digit year before the publication's is a person's birth only ("A man born in '24" in
2024: 1924, a centenarian); a foal, calves or a club born in '24 read as any '24 does (2024 in
a past or future clause). Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

TUE = "2024-08-20"


@pytest.mark.parametrize(("text", "expected"), [
    ("A man born in '24 died.", "1924"),
    ("Smith, born in '24, died.", "1924"),
    ("A veteran who was born in '24 was honoured.", "1924"),
    ("Those born in '24 will retire next year.", "1924"),
    # no person born: a foal, a club, calves
    ("Foals born in '24 will race next year.", "2024"),
    ("The club, born in '24, won the cup.", "2024"),
    ("The mare's foal, born in '24, won.", "2024"),
    ("Calves born in '24 were sold.", "2024"),
])
def test_birth_year_of_a_person(time_tag: Any, text: str, expected: str) -> None:
    assert time_tag(text, TUE)[0].value == expected
