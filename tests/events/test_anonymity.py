"""A source's request for anonymity is the reporting convention, no REQUEST of anyone; a request
whose content is a naming ("asked that the hostages be named") and real requests stay."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.test_told_and_stopped import _events, _one


@pytest.mark.parametrize("text", [
    "Two officials, who asked not to be named, said Israel would send a delegation to Cairo.",
    "A diplomat, who asked not to be identified because the talks are private, said Hamas had rejected the plan.",
    "The official spoke on condition of anonymity and asked not to be quoted.",
    "A US official, who requested anonymity, said the talks would resume.",
    "Two sources who asked for anonymity said Qatar had paused its mediation.",
])
def test_anonymity_is_no_request(nlp: Any, text: str) -> None:
    assert not [e for e in _events(nlp, text) if e.type == "REQUEST"]


@pytest.mark.parametrize(("text", "sources", "targets"), [
    ("Egypt asked Israel to withdraw its troops from the corridor.", ("cty:EGY",), ("cty:ISR",)),
    ("The families asked that the hostages be named and returned.", (), ()),
    ("Hamas demanded that the prisoners not be identified before their release.", ("org:hamas",), ()),
])
def test_requests_stay(nlp: Any, text: str, sources: tuple[str, ...], targets: tuple[str, ...]) -> None:
    event = _one(_events(nlp, text), "", "REQUEST")
    assert (event.sources, event.targets) == (sources, targets)
