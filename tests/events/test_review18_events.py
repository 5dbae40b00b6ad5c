"""Review of session 18: one test of a passive stop's subject that stays an event (``triggers.stopped_in_passive``),
read by both the trigger finder and the background filter."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events.triggers import stopped_in_passive


@pytest.mark.parametrize(("text", "act", "kept"), [
    ("The offensive would not be called off.", "offensive", True),  # not stopped: it goes on
    ("The offensive was not halted.", "offensive", True),
    ("The protest was stopped by police.", "protest", True),  # a crowd's act ended by a force
    # near misses: a side's own offensive called off or halted is the stop's (a ceasefire), not an act of its own
    ("The offensive was called off.", "offensive", False),
    ("The offensive was halted.", "offensive", False),
])
def test_a_passive_stop_keeps_its_subject(nlp: Any, text: str, act: str, kept: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == act)
    assert token.dep_ == "nsubjpass"
    assert stopped_in_passive(token.head, token) == kept
