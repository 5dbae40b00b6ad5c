"""Review 14: breaking up a crowd's act coerces it; the act stays the crowd's, and so does a strike
of the strikers an "of" names."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _events(nlp: Any, text: str) -> list[tuple[str, str, tuple[tuple[str, ...], ...]]]:
    return [(f.event.trigger, f.event.type, f.source_texts) for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "act", "crowd"), [
    ("Police broke up a strike of dockworkers in Rotterdam.", "strike", (("dockworkers",),)),
    ("Riot police broke up a march of farmers near Delhi.", "march", (("farmers",),)),
])
def test_breaking_up_a_crowds_act_coerces_it(nlp: Any, text: str, act: str, crowd: tuple[tuple[str, ...], ...]) -> None:
    found = _events(nlp, text)
    assert (act, "PROTEST", crowd) in found, found
    assert any(trigger == "broke up" and kind == "COERCE" for trigger, kind, _ in found), found
    assert not any(kind == "PROTEST" and "police" in str(src).lower() for _, kind, src in found), found


@pytest.mark.parametrize("text", [
    # near misses: with no object, "break up" is no event
    "The talks broke up without agreement.",
    "The coalition broke up in March.",
])
def test_breaking_up_with_no_object_coerces_no_one(nlp: Any, text: str) -> None:
    assert not any(kind == "COERCE" for _, kind, _ in _events(nlp, text))


def test_other_breaks_keep_their_senses(nlp: Any) -> None:
    assert ("broke ceasefire", "ASSAULT", (("Rebels",),)) in _events(nlp, "Rebels broke the ceasefire on Sunday.")


@pytest.mark.parametrize(("text", "trigger", "doers"), [
    # the strikers a strike's "of" names are who protests, as for a march
    ("A strike of the union paralysed the port.", "strike", ("union",)),
    ("Protests of journalists spread across Turkey.", "Protests", ("journalists",)),
])
def test_strikers_named_by_of_are_the_doers(nlp: Any, text: str, trigger: str, doers: tuple[str, ...]) -> None:
    found = next(f for f in extract(nlp(text)) if f.event.trigger == trigger)
    assert doers in found.source_texts and doers not in found.target_texts, found


@pytest.mark.parametrize(("text", "stopper", "act", "crowd"), [
    # ending another crowd's act by force coerces it; the act stays the crowd's
    ("The government broke the strike of dockworkers at Antwerp.", "government", "strike", "dockworkers"),
    ("Police ended the sit-in of students outside the ministry.", "Police", "sit in", "students"),
    ("Police stopped the protest of Palestinians near Hebron.", "Police", "protest", "Palestinians"),
    ("Troops crushed the march of farmers on the capital.", "Troops", "march", "farmers"),
])
def test_stopping_a_crowds_act_coerces_the_crowd(nlp: Any, text: str, stopper: str, act: str, crowd: str) -> None:
    found = [(f.event.trigger, f.event.type, f.source_texts, f.target_texts) for f in extract(nlp(text))]
    assert any(kind == "COERCE" and src == ((stopper,),) for _, kind, src, _ in found), found
    assert any(trig == act and kind == "PROTEST" and [alts[0] for alts in src] == [crowd] and (stopper,) not in tgt
               for trig, kind, src, tgt in found), found
    assert not any(kind in ("PROTEST", "SANCTION") and (stopper,) in src for _, kind, src, _ in found), found


@pytest.mark.parametrize("text", [
    # near misses: the strikers ending their own strike concede; nobody is coerced
    "The union ended its strike on Friday.",
    "Workers ended the strike after three weeks.",
    "Dockworkers ended the strike of dockworkers at dawn.",
])
def test_ending_ones_own_strike_is_no_coercion(nlp: Any, text: str) -> None:
    found = _events(nlp, text)
    assert found and not any(kind == "COERCE" for _, kind, _ in found), found


@pytest.mark.parametrize("text", ["The plant shut down in May.", "The factory shut down last year."])
def test_shutting_down_with_no_object_coerces_no_one(nlp: Any, text: str) -> None:
    assert not any(kind == "COERCE" for _, kind, _ in _events(nlp, text))


def test_shutting_down_something_still_coerces(nlp: Any) -> None:
    assert any(kind == "COERCE" for _, kind, _ in _events(nlp, "The newspaper was shut down by authorities."))


@pytest.mark.parametrize("text", ["A strike of teachers closed schools.", "The teachers strike closed schools."])
def test_a_labour_strike_that_closes_schools_is_no_assault(nlp: Any, text: str) -> None:
    found = _events(nlp, text)
    assert any(trig == "strike" and kind == "PROTEST" for trig, kind, _ in found), found
    assert not any(kind == "ASSAULT" for _, kind, _ in found), found


def test_a_strike_on_a_barrier_stays_an_attack(nlp: Any) -> None:
    assert any(kind == "ASSAULT" for _, kind, _ in _events(nlp, "The drivers struck the barrier."))
