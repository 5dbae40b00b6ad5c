"""Review of session 17, round 2: a negated stop or foil of another side's attack is no event of its own,
whatever the verb ("did not halt the drone attack", "did not repel the assault", "did not stop the drone
strikes"); the attack goes on (a stop) or happened (a foil), as the README's convention says."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _rows(nlp: Any, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(f.event.type, f.event.mode, f.event.status, f.event.trigger) for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "row"), [
    ("Air defences did not halt the drone attack.", ("ASSAULT", "airstrike", "ongoing", "drone attack")),
    ("Air defences did not stop the drone strikes.", ("ASSAULT", "airstrike", "ongoing", "strikes")),
    ("Troops did not repel the assault.", ("ASSAULT", None, "happened", "assault")),
    ("Soldiers did not repulse the attack on the base.", ("ASSAULT", None, "happened", "attack")),
])
def test_a_negated_blocking_is_no_event_of_its_own(nlp: Any, text: str, row: tuple[str, str | None, str, str]) -> None:
    assert _rows(nlp, text) == [row]


@pytest.mark.parametrize(("text", "trigger"), [
    # near miss: a combat verb's blocking that happened is the stopper's act against the attack (a stop,
    # "Air defences halted the drone attack", names no force: session 18, test_session18_events.py)
    ("Troops repelled the assault.", "repelled"),
])
def test_a_blocking_that_happened_stays(nlp: Any, text: str, trigger: str) -> None:
    assert ("ASSAULT", None, "happened", trigger) in _rows(nlp, text)


def test_a_side_not_halting_its_own_attack_is_no_negated_ceasefire(nlp: Any) -> None:
    # near miss: one's own attack not halted goes on, no event of the stop (unchanged)
    assert _rows(nlp, "Russia did not halt its offensive.") == [("ASSAULT", "heavy-weapons", "ongoing", "offensive")]


@pytest.mark.parametrize(("text", "row"), [
    # an attack not stopped, told in the passive with nothing else named, goes on as the active's does
    ("The drone strikes were not halted.", ("ASSAULT", "airstrike", "ongoing", "drone strikes")),
    ("The offensive was not halted.", ("ASSAULT", "heavy-weapons", "ongoing", "offensive")),
    ("The offensive was not called off by Moscow.", ("ASSAULT", "heavy-weapons", "ongoing", "offensive")),
])
def test_an_attack_not_stopped_in_the_passive_is_no_background(nlp: Any, text: str,
                                                               row: tuple[str, str | None, str, str]) -> None:
    assert _rows(nlp, text) == [row]


@pytest.mark.parametrize(("text", "row"), [
    # near misses: a stop that happened is the side's ceasefire; a topic verb keeps its own reading
    ("The drone strikes were halted.", ("RETREAT", "ceasefire", "happened", "strikes halted")),
    ("The offensive was halted.", ("RETREAT", "ceasefire", "happened", "offensive halted")),
    ("The offensive was not discussed.", ("CONSULT", "talks", "negated", "discussed")),
])
def test_a_passive_stop_that_happened_or_a_topic_is_unchanged(nlp: Any, text: str,
                                                              row: tuple[str, str | None, str, str]) -> None:
    assert _rows(nlp, text) == [row]


@pytest.mark.parametrize(("text", "trigger"), [
    # only an aim not given up stands; a planned event not dropped is not thereby going on
    ("The government did not shelve the talks with the rebels.", "talks"),
    ("The president has not dropped the visit to Kyiv.", "visit"),
])
def test_an_event_not_given_up_is_not_ongoing(nlp: Any, text: str, trigger: str) -> None:
    rows = [r for r in _rows(nlp, text) if r[3] == trigger]
    assert rows and all(r[2] != "ongoing" for r in rows), rows


def test_a_threat_not_withdrawn_by_a_give_up_verb_stands(nlp: Any) -> None:
    # near miss: the aim itself stands
    assert ("THREATEN", None, "ongoing", "threat") in _rows(nlp, "The army has not dropped its threat to storm the camp.")


@pytest.mark.parametrize(("text", "status"), [
    # a plan given up is foiled whatever the give-up verb (one list: strikes.gives_up)
    ("Israel gave up its plan to invade Rafah.", "negated"),
    ("Israel renounced its plans to invade Rafah.", "negated"),
    # near misses: not given up, the plan stands
    ("Israel has not given up its plans to invade Rafah.", "planned"),
    ("Israel did not renounce its plans to invade Rafah.", "planned"),
])
def test_a_plan_given_up_by_any_give_up_verb_is_foiled(nlp: Any, text: str, status: str) -> None:
    assert [r[2] for r in _rows(nlp, text) if r[3] == "invade"] == [status]


@pytest.mark.parametrize(("text", "verb"), [
    # a plan or threat not cancelled or withdrawn is no negated act of the side, as one not abandoned
    ("Israel did not cancel its plans to invade Rafah.", "cancel"),
    ("Russia did not withdraw its threat to cut gas supplies.", "withdraw"),
])
def test_an_aim_not_cancelled_or_withdrawn_is_no_negated_act(nlp: Any, text: str, verb: str) -> None:
    rows = _rows(nlp, text)
    assert not any(r[3].startswith(verb) for r in rows), rows


@pytest.mark.parametrize(("text", "row"), [
    # near misses: what is no aim keeps its reading
    ("Russia did not withdraw its troops.", ("RETREAT", "withdraw", "negated", "withdraw")),
    ("Israel cancelled its plans to invade Rafah.", ("CONCEDE", None, "happened", "cancelled")),  # given up (session 18)
])
def test_a_withdrawal_or_cancellation_that_is_no_aim_kept(nlp: Any, text: str,
                                                         row: tuple[str, str | None, str, str]) -> None:
    assert row in _rows(nlp, text)


@pytest.mark.parametrize(("text", "side"), [
    # an own attack not stopped, in the passive: the agent's, as the active's subject's ("did not halt the offensive")
    ("The offensive was not called off by Moscow.", "Moscow"),
    ("The offensive was not halted by the army.", "army"),
])
def test_a_passive_stop_not_made_leaves_the_attack_its_agents(nlp: Any, text: str, side: str) -> None:
    found = [f for f in extract(nlp(text)) if f.event.trigger == "offensive"]
    assert len(found) == 1 and any(side in names for names in found[0].source_texts), found


def test_another_sides_attack_not_stopped_stays_its_own(nlp: Any) -> None:
    # near miss: a foreign attack not stopped by troops is on them, not theirs
    found = [f for f in extract(nlp("The Russian attack was not stopped by Ukrainian troops.")) if f.event.trigger == "attack"]
    assert len(found) == 1 and not any("Ukrainian troops" in names for names in found[0].source_texts), found
    assert any("Ukrainian troops" in names for names in found[0].target_texts), found
