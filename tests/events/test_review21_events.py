"""Review of session 21: a body of many states reporting an offensive called off is not its side; a weapon word
that only qualifies what is given up, or one arm, is no disarming; a firm closing its stores in protest still
protests."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _rows(nlp: Any, text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(f.event.type, f.event.mode, f.event.sources) for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "rows"), [
    ("The offensive was called off, the UN said.", [("RETREAT", "ceasefire", ())]),
    ("The offensive was suspended, NATO said.", [("RETREAT", "ceasefire", ())]),
    # near misses: a state or an armed body speaking names its own offensive
    ("The offensive was called off, the Kremlin said.", [("RETREAT", "ceasefire", ("cty:RUS",))]),
    ("The offensive was called off, Hamas said.", [("RETREAT", "ceasefire", ("org:hamas",))]),
])
def test_a_body_of_many_states_reports_others_offensives(nlp: Any, text: str,
                                                          rows: list[tuple[str, str | None, tuple[str, ...]]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    ("The rebels gave up arms smuggling.", [("CONCEDE", None, ())]),
    ("The rebels gave up weapons sales to the militias.", [("CONCEDE", None, ())]),
    ("He gave up his arm of the business.", [("CONCEDE", None, ())]),
    # near misses: the arms themselves given up disarm
    ("The rebels gave up arms and ammunition.", [("RETREAT", "disarm", ())]),
    ("The fighters gave up their guns and rifles.", [("RETREAT", "disarm", ())]),
])
def test_only_the_arms_given_up_disarm(nlp: Any, text: str, rows: list[tuple[str, str | None, tuple[str, ...]]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "types"), [
    ("The chain closed its stores in Russia in protest.", ["PROTEST", "PROTEST"]),
    ("The company closed its offices in Moscow in protest at the invasion.", ["PROTEST", "PROTEST", "ASSAULT"]),
    # near misses: closed for business, or after protests, no protest of its own
    ("The chain closed 700 stores.", []),
    ("The company shut its plant after protests.", ["PROTEST"]),
])
def test_a_firm_closing_its_stores_in_protest_protests(nlp: Any, text: str, types: list[str]) -> None:
    assert [f.event.type for f in extract(nlp(text))] == types


@pytest.mark.parametrize(("text", "rows"), [
    ("The Russian offensive was suspended, the Kremlin said.", [("RETREAT", "ceasefire", ("cty:RUS",))]),
    ("The Israeli offensive was suspended, Hamas said.", [("RETREAT", "ceasefire", ("cty:ISR",))]),
    ("The Russian air strikes were suspended.", [("RETREAT", "ceasefire", ("cty:RUS",))]),
    # near misses: a halt or a stop may be the other side's defence; the attack stays
    ("The Israeli offensive was halted, Hamas said.", [("ASSAULT", "heavy-weapons", ("cty:ISR",))]),
    ("Ukraine stopped a Russian offensive.", [("ASSAULT", "heavy-weapons", ("cty:RUS",))]),
])
def test_a_named_sides_offensive_suspended_is_its_own_pause(nlp: Any, text: str,
                                                             rows: list[tuple[str, str | None, tuple[str, ...]]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "types"), [
    ("Merger talks between Labour and the Greens collapsed.", ["CONSULT"]),
    ("The takeover talks between Unilever and Greece collapsed.", ["CONSULT"]),
    # near misses: talks between firms only are business
    ("Merger talks between Honda and Nissan collapsed.", []),
    ("Merger talks between Honda, Nissan and Mitsubishi collapsed.", []),
])
def test_a_deals_talks_with_a_side_named_second_are_talks(nlp: Any, text: str, types: list[str]) -> None:
    assert [f.event.type for f in extract(nlp(text))] == types


@pytest.mark.parametrize(("text", "rows"), [
    ("Russia and Ukraine exchanged prisoners in a swap mediated by the UAE.",
     [("RETREAT", "release", ("cty:RUS", "cty:UKR")), ("CONSULT", "mediate", ("cty:ARE",)),
      ("RETREAT", "release", ())]),
    # near misses: a mediator of talks takes part in them; a doer named by "by" stays the source
    ("The talks mediated by Egypt resumed.", [("CONSULT", "mediate", ("cty:EGY",)), ("CONSULT", "talks", ("cty:EGY",))]),
    ("The talks hosted by Qatar resumed.", [("CONSULT", "talks", ("cty:QAT",))]),
])
def test_a_broker_does_not_do_the_act_it_brokers(nlp: Any, text: str,
                                                 rows: list[tuple[str, str | None, tuple[str, ...]]]) -> None:
    assert _rows(nlp, text) == rows


def _statuses(nlp: Any, text: str) -> list[tuple[str, str]]:
    return [(f.event.type, f.event.status) for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "rows"), [
    ("U.S.-led talks aimed at ending the war in Sudan opened in Switzerland.",
     [("RETREAT", "hypothetical"), ("CONSULT", "happened")]),
    ("The strikes were aimed at ending the siege.", [("RETREAT", "hypothetical")]),
    # near misses: "at" a target, or a gerund of no aim, is told as done
    ("Troops fired at protesters ending their march.", [("ASSAULT", "happened"), ("CONCEDE", "happened")]),
])
def test_what_is_aimed_at_is_not_done(nlp: Any, text: str, rows: list[tuple[str, str]]) -> None:
    assert _statuses(nlp, text) == rows
