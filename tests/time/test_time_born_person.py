"""A two-digit year before the publication's is a person's birth ("A man born in '24" in 2024:
1924, a centenarian), whoever the person is, unless the one born is young or no person: a baby,
a foal, calves or a club born in '24 read as any '24 does (2024 in a past or future clause).
Our own sentences."""

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
    # any person, whoever: a trade, kin, a name opening the sentence, a speaker's "I"
    ("My grandmother, born in '24, died on Sunday.", "1924"),
    ("A nurse born in '24 was honoured.", "1924"),
    ("Jones was born in '24 and died last week.", "1924"),
    ("The grandfather, 100, was born in '24.", "1924"),
    ("\"Born in '24, I remember the war,\" he said.", "1924"),
    # young or no person, however told
    ("A baby born in '24 was named.", "2024"),
    ("Born in '24, the club won the cup.", "2024"),
    ("The company, born in '24, went bust.", "2024"),
])
def test_birth_year_of_a_person(time_tag: Any, text: str, expected: str) -> None:
    assert time_tag(text, TUE)[0].value == expected
