"""Namesakes read by their signs (sentences of our own): the officials' own country's leading
town ("Lebanese officials in Tripoli"), a name's own "'s" ("St. John's"), an island named for
its country ("Antigua")."""

from __future__ import annotations

from typing import Any

import pytest


def _read(nlp: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.text, p.country, p.feature) for p in nlp(text)._.places]


@pytest.mark.parametrize(("text", "country"), [
    ("Lebanese officials in Tripoli said the port would reopen.", "LB"),
    ("Lebanese officials in Tripoli, Libya, said the embassy would reopen.", "LY"),  # a qualifier
    ("Libyan officials in Tripoli said the port would reopen.", "LY"),
    ("Officials in Tripoli said the port would reopen.", "LY"),  # no sign: the capital
    ("Greek officials in Tripoli said the roads were flooded.", "LY"),  # Greece's Tripoli is small
    ("American officials in Athens said the talks went well.", "GR"),  # one of hundreds of US towns
    ("American officials in Paris said the talks went well.", "FR"),
    ("British officials in Kingston said the talks went well.", "JM"),
    ("Costa Rican officials in San Jose said the talks went well.", "CR"),
])
def test_officials_in_their_leading_town(nlp: Any, text: str, country: str) -> None:
    assert _read(nlp, text)[0][1] == country


@pytest.mark.parametrize(("text", "first"), [
    ("The ship docked in St. John's on Friday.", ("St. John's", "CA", "PPL")),
    ("Officials in St. John's, Newfoundland, said the storm had passed.", ("St. John's", "CA", "PPL")),
    ("Jordan's king met the envoy in Amman.", ("Jordan", "JO", "PCLI")),  # no place "Jordan's"
    ("Kentucky's governor declared an emergency in Frankfort.", ("Kentucky", "US", "ADM1")),
    ("Georgia's president met Ukraine's leader.", ("Georgia", "GE", "PCLI")),
])
def test_a_names_own_apostrophe_s(nlp: Any, text: str, first: tuple[str, str, str]) -> None:
    assert _read(nlp, text)[0] == first


@pytest.mark.parametrize(("text", "first"), [
    ("The hurricane passed near Antigua on Monday.", ("Antigua", "AG", "PCLI")),
    ("The storm hit Antigua, Guatemala, on Monday.", ("Antigua", "GT", "PPL")),
    ("The storm hit Antigua Guatemala on Monday.", ("Antigua Guatemala", "GT", "PPL")),
])
def test_antigua(nlp: Any, text: str, first: tuple[str, str, str]) -> None:
    assert _read(nlp, text)[0] == first
