"""Review of session 20's places rules (sentences of our own): the near misses they must not
catch."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("text", [
    "Thousands attended a service at St. Paul's Cathedral.",  # not Saint Paul's in St Kitts
    "She moved to St. John's Wood in London.",  # a London district, not Newfoundland's city
])
def test_no_apostrophe_s_growth_inside_a_longer_name(nlp: Any, text: str) -> None:
    assert all(not p.text.endswith("'s") for p in nlp(text)._.places)
