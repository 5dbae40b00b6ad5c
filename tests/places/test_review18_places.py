"""Review of session 18 (sentences of our own): "<name> County Council" is England's, Wales' or
Ireland's county's, no other nation's."""

from __future__ import annotations

from typing import Any

import pytest


def _last(nlp: Any, text: str, name: str) -> Any:
    return [p for p in nlp(text)._.places if p.text == name][-1]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Orange County Council approved the budget.", "Orange County", "US"),  # not Orange, NSW's
    ("Kent County Council approved the budget.", "Kent County", "GB"),
    ("Cork County Council approved the plan.", "Cork", "IE"),
])
def test_a_county_council_is_a_british_or_irish_countys(nlp: Any, text: str, name: str, country: str
                                                         ) -> None:
    assert _last(nlp, text, name).country == country
