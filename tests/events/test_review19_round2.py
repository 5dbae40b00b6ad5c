"""Review of session 19, round 2: the heads of a side are a side."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _rows(nlp: Any, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(f.event.type, f.event.mode, f.event.status, f.event.trigger) for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "rows"), [
    # the heads of a side, named by it, stop their own side's attack: a ceasefire
    ("The Hamas offensive was halted by the Hamas leadership.",
     [("RETREAT", "ceasefire", "happened", "offensive halted")]),
    ("The Russian offensive was halted by the Russian command.",
     [("RETREAT", "ceasefire", "happened", "offensive halted")]),
    ("The Russian attack was halted by Russian generals.", [("RETREAT", "ceasefire", "happened", "attack halted")]),
    # near misses: a force of circumstance or a church is no side; the attack is foiled
    ("The Russian attack was halted by Russian mud.", [("ASSAULT", None, "happened", "attack")]),
    ("The Russian attack was halted by Russian pressure.", [("ASSAULT", None, "happened", "attack")]),
    ("The Russian attack was halted by the Russian Orthodox Church.", [("ASSAULT", None, "happened", "attack")]),
])
def test_the_heads_of_a_side_are_a_side(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows
