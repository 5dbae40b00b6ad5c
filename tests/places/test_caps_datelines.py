"""Datelines in capitals with a state and an agency's credit after them, or a dash of three
hyphens, cp1252's em dash, or an em dash touching the next word (``finders.caps_datelines``);
an acronym before a dash inside a sentence stays no place (real pipeline, session ``nlp``)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import gazetteer
from dateline.places.finders import caps_datelines


def _found(nlp: Any, text: str) -> list[str]:
    return [text[s:e] for s, e in caps_datelines(nlp(text), gazetteer.load())]


@pytest.mark.parametrize(("text", "expected"), [
    ("Levy fails. COLUMBUS, Ohio (AP) — Voters turned down the school levy.", "COLUMBUS"),
    ("Storm damage. SALINA (AP) -- High winds tipped over six trucks.", "SALINA"),
    ("Mill to shut. CARTHAGE, N.C. (Reuters) - The owner said the mill would close.", "CARTHAGE"),
    ("Budget vote. NEWARK \x97 The council met late on Tuesday.", "NEWARK"),
    ("Board meets. FALLS VILLAGE—The school board met on Monday.", "FALLS VILLAGE"),
    ("Road closed. COLUMBIA --- The bridge will stay shut until May.", "COLUMBIA"),
])
def test_dateline_found(nlp: Any, text: str, expected: str) -> None:
    assert expected in _found(nlp, text)
    assert expected in [p.text for p in nlp(text)._.places]


@pytest.mark.parametrize("text", [
    "Talks stall. NATO—the alliance—met again on Friday.",  # an acronym inside a sentence
    "It ended. WOW—what a game that was.",
    "He laughed. OK (fine) — we can go now.",
])
def test_no_dateline(nlp: Any, text: str) -> None:
    assert _found(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Talks stall. NATO—The alliance met in Brussels on Friday.",  # an alliance, not a town
    "Talks stall. NATO — The alliance met in Brussels on Friday.",
])
def test_alliance_before_dash_no_place(nlp: Any, text: str) -> None:
    assert "NATO" not in [p.text for p in nlp(text)._.places]
