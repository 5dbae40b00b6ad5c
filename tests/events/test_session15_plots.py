"""Session 15: what a plot or bid is "to" do is only intended, not done."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _status(nlp: Any, text: str, trigger: str) -> str:
    return str(next(f for f in extract(nlp(text)) if f.event.trigger == trigger).event.status)


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("The army said it had foiled a plot to attack the embassy.", "attack", "hypothetical"),
    ("Rebels launched a bid to seize the airport.", "seize airport", "hypothetical"),
    # near miss: an attack that was carried out
    ("The army said militants had attacked the embassy.", "attacked", "happened"),
])
def test_what_a_plot_is_to_do_is_intended(nlp: Any, text: str, trigger: str, status: str) -> None:
    assert _status(nlp, text, trigger) == status
