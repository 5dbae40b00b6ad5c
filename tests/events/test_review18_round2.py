"""Review of session 18, round 2: an endeavour given up ("hope", "attempt", "bid") yields to no one, only an aim held
against another side ("programme", "threat", "plan", "demand") does; a country's own advance is an attack only on its
way somewhere; an attack is the stopper's own only when the stopper itself is named for its side."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _rows(nlp: Any, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(f.event.type, f.event.mode, f.event.status, f.event.trigger) for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "rows"), [
    # an endeavour given up is no concession, whoever gives it up and whichever verb says it
    ("Rescuers abandoned hope of finding survivors.", []),
    ("Rescuers gave up hope of finding survivors.", []),
    ("The team gave up two goals in the second half.", []),
    ("The senator dropped her bid for the presidency.", []),
    ("The candidate abandoned his campaign.", []),
    # a military attempt given up: its act stays unrealised, no concession beside it
    ("The rebels abandoned their attempt to take the city.",
     [("ASSAULT", "heavy-weapons", "hypothetical", "take city")]),
    ("Russia abandoned its attempt to take Kyiv.", []),
    # near misses: an aim held against another side, given up, is still one; a country's or an armed side's bid too
    ("The rebels gave up their bid for independence.", [("CONCEDE", None, "happened", "gave up")]),
    ("Ukraine abandoned its bid to join NATO.", [("CONCEDE", None, "happened", "abandoned")]),
    ("Iran renounced its nuclear programme.", [("CONCEDE", None, "happened", "renounced")]),
    ("Israel cancelled its plans to invade Rafah.",
     [("CONCEDE", None, "happened", "cancelled"), ("ASSAULT", "heavy-weapons", "negated", "invade")]),
    ("The rebels abandoned their demand for autonomy.", [("CONCEDE", None, "happened", "abandoned")]),
])
def test_an_endeavour_given_up_is_no_concession(nlp: Any, text: str,
                                                rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # a country's own advance that goes nowhere is no attack: not a ceasefire (nor, since session 19, a SANCTION:
    # nothing between sides is halted)
    ("Germany halted its advance in the rankings.", []),
    # near misses: on its way somewhere, or an armed side's, it is
    ("Russia halted its advance on Kyiv.", [("RETREAT", "ceasefire", "happened", "halted advance")]),
    ("Russian troops halted their advance.", [("RETREAT", "ceasefire", "happened", "halted advance")]),
])
def test_a_countrys_own_advance_goes_somewhere(nlp: Any, text: str,
                                              rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # the stopper is another side though its clause names the attacker's ("backed by Russian volunteers", "Israel's
    # allies"): the attack is foiled, the attacker's ASSAULT
    ("The Russian attack was halted by Ukrainian troops backed by Russian volunteers.",
     [("ASSAULT", None, "happened", "attack")]),
    ("Israel's attack was halted by Israel's allies.", [("ASSAULT", None, "happened", "attack")]),
    # near miss: the stopper named for the attacker's side stops its own attack
    ("The Russian attack was halted by Russian commanders.", [("RETREAT", "ceasefire", "happened", "attack halted")]),
])
def test_the_stoppers_own_side_is_its_own_name(nlp: Any, text: str,
                                              rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows
