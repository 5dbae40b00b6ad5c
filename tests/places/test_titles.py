"""One list of title abbreviations (``data/titles.txt``) that every finder telling a person's
name from a place's or a holiday's reads (places: component, standing, pairs; time: hijri),
each finder's own extra words kept its own (sentences of our own)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from dateline.places import component, pairs, standing
from dateline.places.titles import title_before, titles
from dateline.time import hijri


def test_one_list_of_title_abbreviations() -> None:
    assert {"Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Lt", "Sgt"} <= set(titles())
    assert len(titles()) == len(set(titles()))


@pytest.mark.parametrize("pattern", [component._HONORIFIC, standing._TITLE_BEFORE, hijri.HONORIFICS])
@pytest.mark.parametrize("title", titles())
def test_every_finder_reads_every_title(pattern: re.Pattern[str], title: str) -> None:
    assert pattern.search(f"spoke to {title}. ") and pattern.search(f"spoke to {title} ")


@pytest.mark.parametrize("title", titles())
def test_pairs_reads_every_title_with_its_stop(title: str) -> None:
    assert pairs._TITLE_BEFORE.search(f"spoke to {title}. ")


@pytest.mark.parametrize(("pattern", "extra", "other"), [
    (standing._TITLE_BEFORE, "Mayor", component._HONORIFIC),  # a full title: standing's own
    (hijri.HONORIFICS, "Sheikh", component._HONORIFIC),  # "Sheikh Jarrah" is a place
    (pairs._TITLE_BEFORE, "St", component._HONORIFIC),  # "St. Albans": a saint's town
])
def test_finder_extras_stay_their_own(pattern: re.Pattern[str], extra: str, other: re.Pattern[str]) -> None:
    assert pattern.search(f"met {extra}. ") and not other.search(f"met {extra}. ")


def test_title_before_needs_a_whole_word() -> None:
    assert not title_before().search("the Amr ") and title_before().search("the Mr ")


@pytest.mark.parametrize("text", [
    "Prof. Washington said the vote would be close.",  # a title the places did not know before
    "Maj. Jordan led the patrol.",
])
def test_a_title_makes_a_person_not_a_place(nlp: Any, text: str) -> None:
    name = text.split()[1]
    assert name not in {p.text for p in nlp(text)._.places}
