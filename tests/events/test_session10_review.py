"""Session 10 review: the neighbours of the session's rules that they must leave alone: a press or
plural addressee of "told ... it should", a passive "it should not be", copular and "yet"
negative questions, a noun subject of a rhetorical question, a "when" clause after a counted or
definite plural ("in two days", "after the holidays")."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract_events


def _events(nlp: Any, text: str) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...], str]]:
    return [(e.type, e.trigger, e.sources, e.targets, e.status) for e in extract_events(nlp(text))]


@pytest.mark.parametrize(("text", "trigger", "source"), [
    # the press hears the statement; "it" is the speaker's side, whose act it stays
    ("Iran told reporters it should not attack Israel.", "attack", "cty:IRN"),
    ("Iran told journalists that it must not attack Israel.", "attack", "cty:IRN"),
])
def test_it_should_to_the_press_is_the_speakers(nlp: Any, text: str, trigger: str, source: str) -> None:
    events = _events(nlp, text)
    assert not [e for e in events if e[0] == "REQUEST"], events
    assert any(t == trigger and s == (source,) for _, t, s, _, _ in events), events


@pytest.mark.parametrize("text", [
    "A Hamas official told Reuters it should not be blamed for the delay.",
    "The ministry told AFP it must not be drawn into the conflict.",
    "Israel told its allies it should not be pressured into a ceasefire.",
])
def test_no_request_of_the_press_nor_of_a_passive(nlp: Any, text: str) -> None:
    events = _events(nlp, text)
    assert not [e for e in events if e[0] == "REQUEST" and e[1].startswith("told")], events


@pytest.mark.parametrize(("text", "source", "target"), [
    # the obligation rule still binds an actor addressee ("it" = Hezbollah, Ukraine)
    ("Iran told Hezbollah it should not attack Israel.", "cty:IRN", "org:hezbollah"),
    ("Russia told Ukraine it must not strike Crimea.", "cty:RUS", "cty:UKR"),
])
def test_an_actor_addressee_is_still_asked(nlp: Any, text: str, source: str, target: str) -> None:
    requests = [e for e in _events(nlp, text) if e[0] == "REQUEST"]
    assert requests and requests[0][2] == (source,) and requests[0][3] == (target,), _events(nlp, text)


@pytest.mark.parametrize(("text", "trigger", "status"), [
    # asked, not asserted: a copula's question, a "yet", a cleft
    ("Isn't it time Israel stopped the war?", "stopped war", "hypothetical"),
    ("Hasn't Hamas accepted the deal yet?", "accepted deal", "hypothetical"),
    ("Why didn't Russia attack?", "attack", "negated"),
    ("Didn't anyone condemn the attack?", "condemn", "hypothetical"),
    ("Hasn't any country condemned the strikes?", "condemned", "hypothetical"),
    # asserted: a passive's "n't" hangs on its auxiliary; a noun subject of the asserted verb was held
    ("Wasn't the embassy attacked last year?", "attacked", "happened"),
    ("Didn't the talks collapse in May?", "talks", "happened"),
])
def test_negative_question_neighbours(nlp: Any, text: str, trigger: str, status: str) -> None:
    found = {t: s for _, t, _, _, s in _events(nlp, text)}
    assert found.get(trigger) == status, found


@pytest.mark.parametrize(("text", "trigger", "status"), [
    # a counted or definite plural dates the "when" clause ahead: no habit
    ("Talks resume in two days, when mediators meet in Cairo.", "meet", "planned"),
    ("Talks resume each Monday, when mediators meet in Doha.", "meet", "happened"),
    ("Each side will meet when the committee convenes next week.", "convenes", "planned"),
])
def test_counted_plural_when_is_planned(nlp: Any, text: str, trigger: str, status: str) -> None:
    found = {t: s for _, t, _, _, s in _events(nlp, text)}
    assert found.get(trigger) == status, found
