"""Session 10 follow-ups: a reassurance told to an actor ("told Egypt it should not fear an
attack") asks nothing; a modal perfect reproaches a past act ("should not have attacked": it
happened; "should have / ought to have attacked": it did not); a negative question of opinion
("Don't you think Russia will attack?") puts its clause forward, asserting nothing. With the
neighbours these rules must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract_events


def _events(nlp: Any, text: str) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...], str]]:
    return [(e.type, e.trigger, e.sources, e.targets, e.status) for e in extract_events(nlp(text))]


@pytest.mark.parametrize("text", [
    "Israel told Egypt it should not fear an attack.",
    "Israel told Egypt it should not worry about an attack.",
    "Israel told Egypt it should not be concerned about an attack.",
    "Israel told Egypt it should not be afraid of an attack.",
    "Israel told Egypt not to worry about an attack.",
    "The US told Jordan not to fear an Israeli offensive.",
])
def test_a_reassurance_is_no_request(nlp: Any, text: str) -> None:
    events = _events(nlp, text)
    assert not [e for e in events if e[0] == "REQUEST"], events
    assert not [e for e in events if e[0] == "ASSAULT" and e[2] == ("cty:EGY",)], events  # Egypt attacks no one


@pytest.mark.parametrize(("text", "status"), [
    ("Israel told Egypt it should not fear an attack.", "hypothetical"),  # only feared
    ("Israel does not fear an Iranian attack.", "hypothetical"),
    ("Israel fears an attack by Egypt.", "hypothetical"),
])
def test_a_feared_attack_is_hypothetical(nlp: Any, text: str, status: str) -> None:
    attacks = [e for e in _events(nlp, text) if e[1] == "attack"]
    assert attacks and attacks[0][4] == status, _events(nlp, text)


@pytest.mark.parametrize(("text", "source", "target"), [
    # neighbours: a demand not to act is still a request
    ("Iran told Hezbollah it should not attack Israel.", "cty:IRN", "org:hezbollah"),
    ("The US told Israel it should not invade Rafah.", "cty:USA", "cty:ISR"),
    ("The US told Israel not to launch the offensive.", "cty:USA", "cty:ISR"),
    ("The US told Israel to halt the offensive.", "cty:USA", "cty:ISR"),
])
def test_a_demand_is_still_a_request(nlp: Any, text: str, source: str, target: str) -> None:
    requests = [e for e in _events(nlp, text) if e[0] == "REQUEST"]
    assert requests and requests[0][2] == (source,) and requests[0][3] == (target,), _events(nlp, text)


@pytest.mark.parametrize(("text", "trigger", "source", "status"), [
    ("Iran told Hezbollah it should not have attacked Israel.", "attacked", "org:hezbollah", "happened"),
    ("Iran said Hezbollah ought not to have attacked Israel.", "attacked", "org:hezbollah", "happened"),
    ("Hezbollah should not have attacked Israel, Iran said.", "attacked", "org:hezbollah", "happened"),
    ("The US said Israel should not have struck the convoy.", "struck", "cty:ISR", "happened"),
    ("Iran told Hezbollah it should have attacked Israel.", "attacked", "org:hezbollah", "negated"),
    ("Iran said Hezbollah ought to have attacked Israel.", "attacked", "org:hezbollah", "negated"),
    ("Critics said Israel should have negotiated with Hamas.", "negotiated", "cty:ISR", "negated"),
    # neighbours: a surmise, a possibility, a counterfactual, a demand, an obligation
    ("Israel must have struck the school.", "struck", "cty:ISR", "hypothetical"),
    ("Russia could have attacked Kyiv.", "attacked", "cty:RUS", "hypothetical"),
    ("Russia would have attacked Kyiv if it had the troops.", "attacked", "cty:RUS", "hypothetical"),
    ("Hezbollah should attack Israel.", "attack", "org:hezbollah", "hypothetical"),
])
def test_a_modal_perfect_reproaches_a_past_act(nlp: Any, text: str, trigger: str, source: str, status: str) -> None:
    events = [e for e in _events(nlp, text) if e[1] == trigger]
    assert events and events[0][2] == (source,) and events[0][4] == status, _events(nlp, text)


def test_an_expectation_by_now_is_no_reproach(nlp: Any) -> None:
    assert not [e for e in _events(nlp, "The convoy should have arrived by now.") if e[4] in ("happened", "negated")]


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Don't you think Russia will attack?", "attack", "hypothetical"),
    ("Don't you think Russia attacked the plant?", "attacked", "hypothetical"),
    ("Doesn't he believe Israel will invade Rafah?", "invade", "hypothetical"),
    ("Do you think Russia will attack?", "attack", "hypothetical"),
    # neighbours: rhetorical negative questions still assert; modal ones still ask
    ("Didn't Russia invade Ukraine in 2022?", "invade", "happened"),
    ("Didn't you know Russia invaded Ukraine?", "invaded", "happened"),
    ("Hasn't Israel struck the port?", "struck", "happened"),
    ("Won't Russia invade?", "invade", "hypothetical"),
])
def test_a_question_of_opinion_asserts_nothing(nlp: Any, text: str, trigger: str, status: str) -> None:
    events = [e for e in _events(nlp, text) if e[1] == trigger]
    assert events and events[0][4] == status, _events(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Biden told Netanyahu he should not invade Rafah.", ("REQUEST", ("per:joe-biden",), ("per:benjamin-netanyahu",))),
    ("Putin told Xi he must not delay the deal.", ("REQUEST", ("per:vladimir-putin",), ("per:xi-jinping",))),
])
def test_he_of_a_told_obligation_is_the_named_addressee(nlp: Any, text: str,
                                                       expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    events = _events(nlp, text)
    assert [(e[0], e[2], e[3]) for e in events if e[0] == "REQUEST"] == [expected], events
    assert not [e for e in events if e[0] != "REQUEST" and e[2] == expected[1]], events  # the teller does not act
