"""Session 18 review: "born in '24" before the publication's year is a person's birth unless the
one born is young or no person (a baby, a foal, a club), whoever the person is: a common noun
of any trade or kin, a name opening the sentence, a speaker's "I" after a quotation mark. Our
own sentences."""

from __future__ import annotations

from typing import Any

import pytest

TUE = "2024-08-20"


@pytest.mark.parametrize(("text", "expected"), [
    ("My grandmother, born in '24, died on Sunday.", "1924"),
    ("A nurse born in '24 was honoured.", "1924"),
    ("Jones was born in '24 and died last week.", "1924"),
    ("The grandfather, 100, was born in '24.", "1924"),
    ("\"Born in '24, I remember the war,\" he said.", "1924"),
    # near misses: young or no person
    ("A baby born in '24 was named.", "2024"),
    ("Born in '24, the club won the cup.", "2024"),
    ("The company, born in '24, went bust.", "2024"),
])
def test_birth_year_of_anyone_but_the_young(time_tag: Any, text: str, expected: str) -> None:
    assert time_tag(text, TUE)[0].value == expected
