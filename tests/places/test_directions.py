"""One rule for a direction word before a name, inside its entity ("Northern Gaza") or before
it ("in central Gaza"), and one list of a province's own words ("region", "oblast", ...)."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.places.cues import narrow
from dateline.places.finders import AREA_NOUNS
from dateline.places.readings import AREA_WORDS, Candidate, candidates


def _readings(cands: list[Candidate]) -> set[tuple[str | None, str]]:
    return {(c.entry.country, c.entry.feature) for c in cands}


@pytest.mark.parametrize(("sentence", "name", "want"), [
    ("Tanks pushed into central Gaza on Monday.", "Gaza", {("PS", "RGN")}),  # the Strip
    ("Shelling hit eastern Aleppo overnight.", "Aleppo", {("SY", "PPL"), ("SY", "ADM1")}),
    ("Rockets fell on northern Israel.", "Israel", {("IL", "PCLI")}),
    ("Strikes hit northeastern Syria.", "Syria", {("SY", "PCLI")}),
    ("Strikes hit north-eastern Syria.", "Syria", {("SY", "PCLI")}),
])
def test_direction_before_and_inside_read_alike(sentence: str, name: str,
                                                want: set[tuple[str | None, str]]) -> None:
    gaz = gazetteer.load()
    start = sentence.index(name)
    before = narrow(gaz, sentence, start, start + len(name), candidates(gaz, name))
    word = sentence[:start].split()[-1]
    inside = candidates(gaz, f"{word.capitalize()} {name}")
    assert _readings(before) == want
    assert _readings(inside) == want


@pytest.mark.parametrize(("sentence", "name"), [
    ("Troops left the Kherson oblast last year.", "Kherson"),
    ("Fighting spread across the Kherson region.", "Kherson"),
])
def test_area_word_after_picks_the_province(sentence: str, name: str) -> None:
    gaz = gazetteer.load()
    start = sentence.index(name)
    after = narrow(gaz, sentence, start, start + len(name), candidates(gaz, name))
    assert _readings(after) == {("UA", "ADM1")}
    assert _readings(candidates(gaz, f"{name} oblast")) == {("UA", "ADM1")}


def test_a_town_word_is_no_province_word() -> None:
    gaz = gazetteer.load()
    text = "Aid reached the Kherson district."  # a word that finds names, not a province's own
    start = text.index("Kherson")
    assert ("UA", "PPL") in _readings(narrow(gaz, text, start, start + 7, candidates(gaz, "Kherson")))
    assert set(AREA_WORDS) < set(AREA_NOUNS)


@pytest.mark.parametrize(("name", "empty"), [
    ("West Street", True),  # was Street, Somerset
    ("West Metro", True),  # was Metro, Indonesia
    ("Metro Nashville", False),
    ("West Wichita", False),
    ("Northern Gaza", False),
])
def test_a_direction_before_a_street_word_is_no_place(name: str, empty: bool) -> None:
    assert (candidates(gazetteer.load(), name) == []) is empty
