"""Session 9, late, on sentences of our own (published Wednesday 2024-11-13): an act someone is told,
urged, asked or called on to do (or not to do) is the request's content, not an event of its own: it
neither happened nor was negated. "told X to" follows "urged X to"; with no REQUEST to carry it, an act
told or obliged not to be done ("must not attack") is hypothetical. Real negations and denials stay."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.test_told_and_stopped import _events, _one


@pytest.mark.parametrize(("text", "word"), [
    # asked NOT to do it: nothing was done, nothing negated or denied
    ("Iran told Hezbollah not to attack Israel.", "attack"),
    ("Iran urged Hezbollah not to attack Israel.", "attack"),
    ("Iran asked Hezbollah not to attack Israel.", "attack"),
    ("Iran called on Hezbollah not to attack Israel.", "attack"),
    ("Washington told Israel not to invade Lebanon.", "invade"),
    ("Egypt told Hamas not to reject the proposal.", "reject"),
    # asked to do it: the same for "told" as for "urged"
    ("Iran told Hezbollah to attack Israel.", "attack"),
    ("Iran urged Hezbollah to attack Israel.", "attack"),
    ("The US told Israel to halt the offensive.", "halt"),
    ("Egypt told Hamas to accept the deal.", "accept"),
])
def test_requested_act_is_only_the_request(nlp: Any, text: str, word: str) -> None:
    events = _events(nlp, text)
    assert [e.type for e in events].count("REQUEST") == 1, events
    assert not [e for e in events if word in e.trigger], events


@pytest.mark.parametrize(("text", "word", "status"), [
    # told / obliged NOT to, with no request of our own to carry it: forbidden, so only hypothetical
    ("The commander told him not to attack the village.", "attack", "hypothetical"),
    ("The soldiers were told not to fire on protesters.", "fire", "hypothetical"),
    ("Iran advised Hezbollah not to retaliate.", "retaliate", "hypothetical"),
    ("Iran said Hezbollah must not attack Israel.", "attack", "hypothetical"),
    ("Israel must not invade Rafah, Biden said.", "invade", "hypothetical"),
    ("Iran said it should not attack Israel.", "attack", "hypothetical"),  # "told Hezbollah it should not
    # attack" is now a REQUEST that carries the act (tests/events/test_session10_events.py)
    # neighbours that must not change: real negations, denials, acts done
    ("Iran did not attack Israel.", "attack", "negated"),
    ("Hezbollah has not attacked Israel since the truce.", "attacked", "negated"),
    ("Iran said it did not attack Israel.", "attack", "denied"),
    ("Iran told reporters it did not attack Israel.", "attack", "denied"),
    ("Hezbollah attacked Israel on Monday.", "attacked", "happened"),
    ("Iran will not attack Israel.", "attack", "negated"),
    ("Iran decided not to attack Israel.", "attack", "negated"),
    ("Israel could not reach a deal.", "reach", "negated"),
    ("Israel shall not negotiate with terrorists, he said.", "negotiate", "negated"),
    ("The general said the reservists must mobilize at once.", "mobilize", "hypothetical"),
])
def test_negations_and_acts_stay(nlp: Any, text: str, word: str, status: str) -> None:
    assert _one(_events(nlp, text), word).status == status


@pytest.mark.parametrize("text", [
    "The minister told reporters to wait.",
    "The minister told him not to leave.",
])
def test_told_no_actor_is_no_request(nlp: Any, text: str) -> None:
    assert "REQUEST" not in [e.type for e in _events(nlp, text)]
