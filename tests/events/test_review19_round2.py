"""Review of session 19, round 2: the heads of a side are a side; a withdrawn proposal or initiative is a withdrawn
offer; a firm's proposal is business, a side's merger or acquisition is its own."""

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


@pytest.mark.parametrize(("text", "rows"), [
    # a proposal or an initiative withdrawn is an offer withdrawn
    ("Hamas withdrew its ceasefire proposal.", [("SANCTION", "withdraw", "happened", "withdrew proposal")]),
    ("Egypt withdrew its peace initiative.", [("SANCTION", "withdraw", "happened", "withdrew initiative")]),
    ("Hamas has not withdrawn its ceasefire proposal.", [("SANCTION", "withdraw", "negated", "withdrawn proposal")]),
    # a side's merger is its own act, no business
    ("Hamas withdrew its merger proposal.", [("SANCTION", "withdraw", "happened", "withdrew proposal")]),
    ("Iran abandoned its acquisition plan for the fighter jets.", [("CONCEDE", None, "happened", "abandoned")]),
    # near misses: troops and envoys keep their readings; a firm's proposal or a firms' deal is business
    ("Russia withdrew its troops.", [("RETREAT", "withdraw", "happened", "withdrew")]),
    ("Russia withdrew its ambassador.", [("SANCTION", "withdraw", "happened", "withdrew ambassador")]),
    ("The company withdrew its proposal for a new plant.", []),
    ("Tesla withdrew its merger proposal.", []),
    ("Tesla withdrew its tender offer.", []),
])
def test_a_proposal_withdrawn_is_an_offer_withdrawn(nlp: Any, text: str,
                                                   rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows
