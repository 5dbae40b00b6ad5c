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
