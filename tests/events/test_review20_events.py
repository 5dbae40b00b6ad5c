"""Review of session 20: a firm named by a political word is no political body, nor are the unnamed parties to a
deal."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _rows(nlp: Any, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(f.event.type, f.event.mode, f.event.status, f.event.trigger) for f in extract(nlp(text))]


_WITHDRAWN = [("SANCTION", "withdraw", "happened", "withdrew proposal")]


@pytest.mark.parametrize(("text", "rows"), [
    # a firm whose name holds "Union", and the parties to a deal, are business
    ("Union Pacific withdrew its merger proposal.", []),
    ("Union Pacific abandoned its merger talks with Norfolk Southern.", []),
    ("The two companies said both parties withdrew the merger proposal.", []),
    # near misses: a party named as one, a named party, a bloc and the unions stay political sides
    ("The ruling party withdrew its merger proposal.", _WITHDRAWN),
    ("The Labour Party withdrew its merger proposal.", _WITHDRAWN),
    ("The opposition bloc withdrew its merger proposal.", _WITHDRAWN),
    ("The unions withdrew their merger proposal.", _WITHDRAWN),
])
def test_a_firms_name_and_a_deals_parties_are_no_political_side(
        nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows

