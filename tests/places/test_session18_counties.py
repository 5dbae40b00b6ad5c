"""Session 18, round 2 (sentences of our own): "County Cavan" and "Co. Mayo" name the Irish
county, not its town; "Kerry County Council" and "Powys County Council" name their counties,
which GeoNames names otherwise (Ciarrai, Sir Powys)."""

from __future__ import annotations

from typing import Any

import pytest


def _read(nlp: Any, text: str) -> list[tuple[str, str | None, str]]:
    return [(p.text, p.country, p.feature) for p in nlp(text)._.places]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Flooding hit County Cavan on Monday.", "Cavan", "IE"),  # untagged
    ("Rain fell in County Cavan.", "County Cavan", "IE"),  # tagged whole: not Cavan the town
    ("Rain fell in Co. Mayo and County Kerry.", "Mayo", "IE"),
    ("Rain fell in Co. Mayo and County Kerry.", "Kerry", "IE"),  # tagged as a person
    ("He farms near Castlebar, Co. Mayo.", "Mayo", "IE"),
    ("In Co. Mayo, farmers counted their losses.", "Mayo", "IE"),  # no firm before it
    ("Flooding hit County Wexford on Monday.", "Wexford", "IE"),  # not Wexford County, Michigan
    ("Kerry County Council said the roads were shut.", "Kerry County", "IE"),  # GeoNames' Ciarrai
    ("Mayo County Council met on Monday.", "Mayo County", "IE"),  # Maigh Eo
    ("Powys County Council said the roads were shut.", "Powys", "GB"),  # Sir Powys: its own name
    ("Lancashire County Council met on Monday.", "Lancashire", "GB"),
    ("Flooding hit Powys on Monday.", "Powys", "GB"),
])
def test_a_county_named_by_its_word_or_council_is_the_county(
        nlp: Any, text: str, name: str, country: str) -> None:
    assert (name, country, "ADM2") in _read(nlp, text)


@pytest.mark.parametrize("text", [
    "County Commissioner Bill Smith said the road would reopen.",  # no county so named
    "Mayo Clinic doctors said the drug worked.",
    "Kerry Washington starred in the film.",
    "The fire began in a shed owned by Murphy & Co. Down the lane, neighbours fled.",  # a firm's
])
def test_no_county_without_one_named(nlp: Any, text: str) -> None:
    assert not [r for r in _read(nlp, text) if r[2] == "ADM2"]


@pytest.mark.parametrize(("text", "name", "read"), [
    ("A bridge in Cavan was shut.", "Cavan", ("IE", "PPL")),  # the town, by its bare name
    ("Police in Harrison said Clare County Council would meet.", "Clare County", ("US", "ADM2")),
    ("Orange County Council approved the plan.", "Orange County", ("US", "ADM2")),
])
def test_a_bare_town_or_a_us_county_stays(nlp: Any, text: str, name: str, read: tuple[str, str]) -> None:
    assert [(c, f) for n, c, f in _read(nlp, text) if n == name] == [read]
