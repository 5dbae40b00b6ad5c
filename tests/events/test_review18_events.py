"""Review of session 18: one test of a passive stop's subject that stays an event (``triggers.stopped_in_passive``),
read by both the trigger finder and the background filter; a counteroffensive is an attack, as an offensive is; an
aid programme is the aid, not an aim."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract
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


def _rows(nlp: Any, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(f.event.type, f.event.mode, f.event.status, f.event.trigger) for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "row"), [
    # a counteroffensive or counterattack, spelled solid, is an attack as "counter-offensive" is: a side halting its
    # own is a ceasefire (it was "halt *": SANCTION discontinue), launching one attacks
    ("Ukraine halted its counteroffensive.", ("RETREAT", "ceasefire", "happened", "halted counteroffensive")),
    ("Ukraine halted its counterattack.", ("RETREAT", "ceasefire", "happened", "halted counterattack")),
    ("Ukraine launched its counteroffensive in June.",
     ("ASSAULT", "heavy-weapons", "happened", "launched counteroffensive")),
    ("Ukrainian forces launched a counterattack near Bakhmut.", ("ASSAULT", None, "happened", "launched counterattack")),
    # near misses: another side's counteroffensive halted is that side's attack only; one not halted goes on
    ("Russian troops halted the Ukrainian counteroffensive near Robotyne.",
     ("ASSAULT", "heavy-weapons", "happened", "counteroffensive")),
    ("Ukraine would not halt its counteroffensive, Zelensky said.",
     ("ASSAULT", "heavy-weapons", "ongoing", "counteroffensive")),
])
def test_a_counteroffensive_is_an_attack(nlp: Any, text: str, row: tuple[str, str | None, str, str]) -> None:
    rows = _rows(nlp, text)
    assert row in rows and not any(r[0] == "SANCTION" for r in rows), rows


def test_another_sides_counteroffensive_halted_is_no_ceasefire(nlp: Any) -> None:
    rows = _rows(nlp, "Russian troops halted the Ukrainian counteroffensive near Robotyne.")
    assert [r[0] for r in rows] == ["ASSAULT"], rows


@pytest.mark.parametrize(("text", "rows"), [
    # an aid programme not cancelled is a negated cut, as "did not shelve the talks" keeps its reading (session 18
    # had made every programme an aim and dropped it)
    ("The United States did not cancel its aid programme to Egypt.",
     [("SANCTION", "discontinue", "negated", "cancel programme")]),
    # near misses: a nuclear or missile programme not given up is an aim that stands; an aid programme cancelled is a cut
    ("Iran has not given up its nuclear programme.", []),
    ("North Korea did not cancel its missile program.", []),
    ("The United States cancelled its aid programme to Egypt.",
     [("SANCTION", "discontinue", "happened", "cancelled programme")]),
])
def test_a_programme_of_an_act_is_the_act(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows
