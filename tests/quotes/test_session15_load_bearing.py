"""Session 15: 'support' ('back', 'hold') said of a beam, column or cable bears a load and reports
nothing, while a participle of taking a side after a noun is a stance the gold marks, with the
noun as its source ('a super PAC supporting X', 'groups opposing the bill'). Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


@pytest.mark.parametrize("text", [
    "Beams supporting the roof gave way during the storm.",
    "Steel cables support the bridge deck.",
    "The columns that support the overpass cracked in the quake.",
    "The pillars supporting the old pier collapsed overnight.",
    "The bridge is supported by steel cables.",
])
def test_a_structure_bearing_a_load_reports_nothing(found_in: Any, text: str) -> None:
    assert found_in(text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("A super PAC backing the governor spent $2 million on ads in March.",
     "backing", "A super PAC", "the governor"),
    ("Groups opposing the bill rallied outside the statehouse on Tuesday.",
     "opposing", "Groups", "the bill"),
    ("Wall Street donors backing Clinton gave $5 million.", "backing", "Wall Street donors", "Clinton"),
    ("Engineers supporting the bridge project testified on Monday.",
     "supporting", "Engineers", "the bridge project"),
    ("The union supports the bill.", "supports", "The union", "the bill"),
    ("The mayor came out supporting the levy.", "supporting", "The mayor", "the levy"),
])
def test_a_side_taken_is_a_stance(found_in: Any, text: str, cue: str, source: str,
                                  content: str) -> None:
    hits = [h for h in found_in(text) if span_text(text, h.cue) == cue]
    assert hits and span_text(text, hits[0].source) == source
    assert span_text(text, hits[0].content) == content


def test_a_newspaper_named_post_takes_a_side(found_in: Any) -> None:
    text = "The Post supports the referendum, its editorial board said."
    assert any(span_text(text, h.cue) == "supports" and span_text(text, h.source) == "The Post"
               for h in found_in(text))
