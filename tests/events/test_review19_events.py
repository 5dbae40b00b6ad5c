"""Review of session 19: a side's discontinued act needs no second side named; the guard covers stop, suspend
and freeze; a withdrawn commitment needs a side; cancelled joint exercises are no cooperation."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _rows(nlp: Any, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(f.event.type, f.event.mode, f.event.status, f.event.trigger) for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "rows"), [
    # a side's own act discontinued, no other side named: still a SANCTION, as at the session's base
    ("Seoul halted the broadcasts along the border.", [("SANCTION", "discontinue", "happened", "halted broadcasts")]),
    ("Israel halted the operation in Rafah.", [("SANCTION", "discontinue", "happened", "halted operation")]),
    ("The junta scrapped the elections.", [("SANCTION", "discontinue", "happened", "scrapped elections")]),
    ("China cancelled the visas of American journalists.",
     [("SANCTION", "discontinue", "happened", "cancelled visas")]),
    # the doer of a passive is its agent
    ("Flights to Georgia were halted by Russia.", [("SANCTION", "discontinue", "happened", "Flights halted")]),
    # near misses: no side does it, or it is a side's own progress
    ("The concert was cancelled by the organisers.", []),
    ("The airline halted flights to Georgia.", []),
    ("Germany halted its advance in the rankings.", []),
])
def test_a_sides_act_discontinued(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # stop, suspend and freeze share the guard of cancel, scrap and halt
    ("The company stopped production.", []),
    ("The club suspended the player.", []),
    ("The bank froze the accounts of the oligarch.", []),
    # near misses: a side's, or an act between sides by its word
    ("The EU froze the assets of Russian oligarchs.", [("SANCTION", "discontinue", "happened", "froze assets")]),
    ("Russia suspended the flights to Georgia.", [("SANCTION", "discontinue", "happened", "suspended flights")]),
    ("Russia stopped gas deliveries to Europe.", [("SANCTION", "discontinue", "happened", "stopped deliveries")]),
])
def test_stop_suspend_freeze_need_a_side(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # support withdrawn by no side is no event (nor a troop withdrawal)
    ("The fans withdrew their support for the coach.", []),
    # near misses: a country, a named leader, a political body
    ("Germany withdrew its support for the resolution.", [("SANCTION", "withdraw", "happened", "withdrew support")]),
    ("Putin withdrew his support for the deal.", [("SANCTION", "withdraw", "happened", "withdrew support")]),
    ("The opposition withdrew its support for the government.",
     [("SANCTION", "withdraw", "happened", "withdrew support")]),
])
def test_withdrawn_support_needs_a_side(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # joint exercises cancelled or halted end a cooperation: no COOPERATE happened
    ("Russia cancelled the joint military exercises.", [("SANCTION", "discontinue", "happened", "cancelled exercises")]),
    ("Russia halted joint patrols with Turkey.", [("SANCTION", "discontinue", "happened", "halted patrols")]),
    # near miss: held, they are the cooperation
    ("Russia and China held joint military exercises.", [("COOPERATE", "military", "happened", "held joint exercises")]),
])
def test_cancelled_exercises_are_no_cooperation(nlp: Any, text: str,
                                               rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "status"), [
    # support not withdrawn stands: what it is for is not negated by it
    ("Moscow has not withdrawn its support for the talks.", "happened"),
    ("Moscow did not withdraw its support for the offensive.", "happened"),
    # near misses: talks not attended are; an offer's content is only offered
    ("Moscow did not attend the talks in Doha.", "negated"),
    ("Moscow has not withdrawn its offer of talks.", "hypothetical"),
])
def test_support_not_withdrawn_negates_nothing_below(nlp: Any, text: str, status: str) -> None:
    acts = [r for r in _rows(nlp, text) if r[0] in ("CONSULT", "ASSAULT")]
    assert len(acts) == 1 and acts[0][2] == status


@pytest.mark.parametrize(("text", "rows"), [
    # an aim not given up stands wherever it sits among the objects, an of-object too (as at the session's base)
    ("Iran has not given up the idea of a nuclear programme.", []),
    ("Hamas has not dropped the ceasefire demand.", []),
    # near misses: a plain thing not given up keeps its negated concession
    ("Russia has not given up its weapons.", [("RETREAT", "disarm", "negated", "given up weapons")]),  # arms given
    # up disarm (session 21)
    ("Hamas did not drop the charges.", [("CONCEDE", None, "negated", "drop charges")]),
])
def test_an_aim_not_given_up_stands_anywhere(nlp: Any, text: str,
                                            rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows
