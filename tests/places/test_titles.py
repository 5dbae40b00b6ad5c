"""One list of title abbreviations (``data/titles.txt``, read by ``dateline.nlp.titles``) for
every finder telling a person's name from a place's or a holiday's (places: component,
standing, pairs; time: hijri), each finder's own extra words kept its own (sentences of our own)."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from dateline.nlp.titles import title_before, titles
from dateline.time import hijri


def test_one_list_of_title_abbreviations() -> None:
    assert {"Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Lt", "Sgt"} <= set(titles())
    assert len(titles()) == len(set(titles()))


def test_title_before_needs_a_whole_word() -> None:
    assert not title_before().search("the Amr ") and title_before().search("the Mr ")
    assert title_before(stop=True).search("met Dr. ") and not title_before(stop=True).search("met Dr ")


def test_time_reads_the_list_without_the_places() -> None:
    """The lexicon lies below the stages: the holiday finder imports no places module for it."""
    tree = ast.parse(Path(hijri.__file__).read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "dateline.nlp.titles" in imported
    assert not any((m or "").startswith("dateline.places") for m in imported)


@pytest.mark.parametrize("text", [
    "Prof. Washington said the vote would be close.",  # a title the places did not know before
    "Maj. Jordan led the patrol.",
    "Rev. Jackson spoke to the crowd.",
])
def test_a_title_makes_a_person_not_a_place(nlp: Any, text: str) -> None:
    name = text.split()[1]
    assert name not in {p.text for p in nlp(text)._.places}


@pytest.mark.parametrize("text", [
    "Lt. Ramadan said the patrol was back.",  # a title the holiday finder did not know before
    "Sheikh Ramadan said the talks would go on.",  # hijri's own word
])
def test_a_title_makes_a_person_not_the_month(nlp: Any, text: str) -> None:
    assert not any("Ramadan" in t.text for t in nlp(text)._.timexes)


def test_st_stays_a_town_before_its_state(nlp: Any) -> None:
    """"St." is pairs' own word ("St. Albans, Vermont"), no title of a person's."""
    got = {p.text: p for p in nlp("He lived in St. Albans, Vermont, for years.")._.places}
    assert got["St. Albans"].country == "US"
