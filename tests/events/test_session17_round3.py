"""Session 17, round 3: withdrawing an aim (a threat, a plan, a demand) gives it up and pulls back no
troops; a bare "to strike" planned or threatened by workers is a walkout; the air strikes a ceasefire
stops are its noun whichever place the reading gives them."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract
from dateline.events.lexicon import load_lexicon
from dateline.events.triggers import verb_sense


def _rows(nlp: Any, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(f.event.type, f.event.mode, f.event.status, f.event.trigger) for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "rows"), [
    # item 1: an aim withdrawn is given up (a CONCEDE since session 18), no military withdrawal; the aim keeps its
    # own reading
    ("Russia withdrew its threat to cut gas supplies.",
     [("CONCEDE", None, "happened", "withdrew"), ("THREATEN", None, "happened", "threat")]),
    ("Moscow withdrew its plan to annex the region.",
     [("CONCEDE", None, "happened", "withdrew"), ("COERCE", "seize", "negated", "annex")]),
    ("Russia has not withdrawn its threat to cut gas supplies.", [("THREATEN", None, "ongoing", "threat")]),
    # a demand or an objection withdrawn is a concession, as one dropped is
    ("The government withdrew its demand for reparations.", [("CONCEDE", None, "happened", "withdrew demand")]),
    ("The government withdrew its objection to the deal.", [("CONCEDE", None, "happened", "withdrew objection")]),
    # near misses: troops withdrawn, a withdrawal from a place, an envoy recalled
    ("Russia withdrew its troops.", [("RETREAT", "withdraw", "happened", "withdrew")]),
    ("The army withdrew from the town.", [("RETREAT", "withdraw", "happened", "withdrew")]),
    ("The rebels withdrew their fighters from the hills.", [("RETREAT", "withdraw", "happened", "withdrew")]),
    ("Russia withdrew its ambassador.", [("SANCTION", "withdraw", "happened", "withdrew ambassador")]),
])
def test_an_aim_withdrawn_is_given_up(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "row"), [
    # item 2: workers' bare "to strike" is a walkout, planned, foiled or in doubt as the aim is
    ("The union has not dropped its plan to strike.", ("PROTEST", "strike", "hypothetical", "strike")),
    ("The union dropped its plan to strike.", ("PROTEST", "strike", "negated", "strike")),
    ("Nurses plan to strike next week.", ("PROTEST", "strike", "planned", "strike")),
    ("The teachers did not drop their plans to strike on Monday.", ("PROTEST", "strike", "planned", "strike")),
    # near misses: a strike with a target, by an army or by fighters, stays an attack
    ("Russia has not dropped its plan to strike Kyiv.", ("ASSAULT", "airstrike", "hypothetical", "strike")),
    ("The union has not dropped its plan to strike the port.", ("ASSAULT", "airstrike", "hypothetical", "strike")),
    ("The rebels plan to strike again.", ("ASSAULT", "airstrike", "planned", "strike")),
])
def test_workers_to_strike_walk_out(nlp: Any, text: str, row: tuple[str, str | None, str, str]) -> None:
    rows = _rows(nlp, text)
    assert [r for r in rows if r[3] == "strike"] == [row]  # one reading of the strike (dropping the plan: a CONCEDE)


@pytest.mark.parametrize(("text", "verb"), [
    ("Russia halted its air strikes on Kyiv.", "halted"),
    ("Russia called off its air strikes on Kyiv.", "called"),
])
def test_a_ceasefire_carries_its_strikes_noun(nlp: Any, text: str, verb: str) -> None:
    doc = nlp(text)
    trig = verb_sense(next(t for t in doc if t.text == verb), load_lexicon())
    assert trig is not None and (trig.type, trig.mode) == ("RETREAT", "ceasefire")
    assert trig.noun is not None and trig.noun.text == "strikes"
