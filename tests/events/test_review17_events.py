"""Review of session 17: a side stopping the attacks of its own forces, named by a modifier ("Russian
forces", "Hamas fighters"), halts them (a ceasefire), as with "its fighters"."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _senses(nlp: Any, text: str) -> set[tuple[str, str | None]]:
    return {(f.event.type, f.event.mode) for f in extract(nlp(text))}


@pytest.mark.parametrize("text", [
    "Hamas stopped the attacks of Hamas fighters.",
    "Russia stopped the attacks of Russian forces.",
    "Hamas halted the attacks of its fighters.",
])
def test_a_side_stopping_its_own_forces_attacks_is_a_ceasefire(nlp: Any, text: str) -> None:
    assert ("RETREAT", "ceasefire") in _senses(nlp, text)


@pytest.mark.parametrize("text", [
    # near misses: another side's forces, named by a modifier or not, are foiled
    "Ukraine stopped the attacks of Russian forces.",
    "Government forces stopped the attacks of rebel forces.",
    "Security forces stopped the attacks of the militants.",
])
def test_another_sides_attacks_stopped_are_no_ceasefire(nlp: Any, text: str) -> None:
    assert ("RETREAT", "ceasefire") not in _senses(nlp, text)

