"""Review 7 follow-up, on sentences of our own (published Wednesday 2024-11-13): the end of a
strike or of a single attack is no ceasefire, only an armed side's stopped advance is an attack,
an inability or a foreseen refusal is no rejection made, a past day in a relative clause is not
pushed onto a planned act, and a city before a convoy locates it where a country's name owns a
ship. Each phenomenon has cases that must change and neighbours that must not."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract_events

PUBLISHED = "2024-11-13"  # a Wednesday: "Monday" is 2024-11-11


def _events(nlp: Any, text: str) -> list[Any]:
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    return extract_events(nlp(doc))


def _kinds(events: list[Any]) -> set[tuple[str, str | None]]:
    return {(e.type, e.mode) for e in events}


@pytest.mark.parametrize(("text", "kept"), [
    # a labour or hunger strike that ended is still the protest, no truce
    ("The port workers' strike ended on Tuesday.", ("PROTEST", "strike")),
    ("Her hunger strike ended after three weeks.", ("PROTEST", "hunger")),
    # a single attack's end is part of the attack: the attack stays, no ceasefire
    ("The siege of the school ended when commandos shot the kidnappers.", None),
    ("The raid on the refugee camp ended after six hours.", ("ASSAULT", None)),
    ("The attack on the hotel ended when soldiers killed the gunmen.", ("ASSAULT", None)),
])
def test_a_bounded_act_that_ended_is_no_ceasefire(nlp: Any, text: str, kept: tuple[str, str | None] | None) -> None:
    kinds = _kinds(_events(nlp, text))
    assert ("RETREAT", "ceasefire") not in kinds, kinds
    if kept is not None:
        assert kept in kinds, kinds


@pytest.mark.parametrize("text", [
    "The fighting in the north ended on Monday.",
    "Clashes between the two militias stopped after the elders intervened.",
    "The airstrikes on the city stopped on Monday.",
])
def test_durative_fighting_that_ended_is_a_ceasefire(nlp: Any, text: str) -> None:
    assert ("RETREAT", "ceasefire") in _kinds(_events(nlp, text))


@pytest.mark.parametrize(("text", "status"), [
    ("The fighting in Darfur has not ended.", "ongoing"),
    ("The shelling in Kharkiv has not stopped.", "ongoing"),
])
def test_fighting_that_has_not_ended_goes_on(nlp: Any, text: str, status: str) -> None:
    events = _events(nlp, text)
    assert any(e.type == "ASSAULT" and e.status == status for e in events), events


@pytest.mark.parametrize("text", [
    "Police halted the students' advance on the ministry.",
    "Border guards slowed the refugees' advance toward the fence.",
    "The senators stalled the Democratic push for a new budget.",
    "Brussels slowed Japan's advance in solar panels.",
    "Regulators halted the airline's advance into the Asian market.",
])
def test_a_civilian_advance_stopped_is_no_attack(nlp: Any, text: str) -> None:
    events = _events(nlp, text)
    assert not any(e.type == "ASSAULT" for e in events), events


@pytest.mark.parametrize(("text", "source"), [
    ("Ukrainian forces halted the Russian advance near Vuhledar.", "cty:RUS"),
    ("Government troops repelled the rebel push toward the capital.", None),
])
def test_an_armed_advance_stopped_is_an_attack(nlp: Any, text: str, source: str | None) -> None:
    events = [e for e in _events(nlp, text) if e.type == "ASSAULT" and e.trigger in ("advance", "push")]
    assert events, _events(nlp, text)
    if source is not None:
        assert source in events[0].sources, events


@pytest.mark.parametrize(("text", "word", "type_", "status"), [
    # inability or a failure to agree is no rejection by either side
    ("Egypt and Ethiopia could not agree on the dam.", "agree", "AGREE", "negated"),
    ("The donors cannot agree on how to split the costs.", "agree", "AGREE", "negated"),
    # a foreseen refusal: a prediction or a condition
    ("Iran will not accept the offer, diplomats predicted.", "accept", "REJECT", "hypothetical"),
    ("If the vote fails, Serbia will not accept the result.", "accept", "REJECT", "hypothetical"),
    # a refusal made stays one
    ("Hamas will not accept the offer.", "accept", "REJECT", "happened"),
    ("Serbia would not recognize the vote, the president said.", "recognize", "REJECT", "happened"),
])
def test_refusal_scope(nlp: Any, text: str, word: str, type_: str, status: str) -> None:
    hits = [e for e in _events(nlp, text) if word in e.trigger]
    assert hits and (hits[0].type, hits[0].status) == (type_, status), hits


def test_a_plan_that_would_not_allow_is_no_refusal(nlp: Any) -> None:
    events = _events(nlp, "The draft would not allow the militia to keep its weapons.")
    assert not any(e.type == "REJECT" and e.status == "happened" for e in events), events


@pytest.mark.parametrize(("text", "word", "date"), [
    # a relative clause's past day is its own, not the coming week's for the planned act
    ("The inspectors will investigate the incident that took place on Monday.", "investigate", PUBLISHED),
    ("Qatar will discuss the proposal it received on Monday.", "discuss", PUBLISHED),
    ("The envoy will meet villagers whose houses were searched on Tuesday.", "meet", PUBLISHED),
    # a dated act inside the relative clause keeps its own day
    ("The envoy will visit the village that was shelled on Monday.", "shelled", "2024-11-11"),
    # a plan's own weekday still comes
    ("The envoy will visit the village on Monday.", "visit", "2024-11-18"),
])
def test_relative_clause_day_stays_with_its_clause(nlp: Any, text: str, word: str, date: str) -> None:
    hits = [e for e in _events(nlp, text) if word in e.trigger]
    assert hits and hits[0].date == date, hits


@pytest.mark.parametrize(("text", "place"), [
    ("Militias attacked a Darfur relief convoy.", "Darfur"),
    ("Drones struck a Kharkiv power company.", "Kharkiv"),
    ("The French embassy in Niamey was attacked.", "Niamey"),
    # a country's name before a ship or an embassy owns it: no place
    ("The Houthis struck a U.S. ship.", None),
    ("A drone hit the Israeli embassy.", None),
])
def test_a_city_before_a_noun_locates_it(nlp: Any, text: str, place: str | None) -> None:
    hits = [e for e in _events(nlp, text) if e.type == "ASSAULT"]
    assert hits and hits[0].place == place, hits


@pytest.mark.parametrize(("text", "status"), [
    # a motion put to a vote is not adopted by that: its demand is only proposed, or dead once vetoed
    ("Malta put a resolution demanding a truce to a vote on Monday, but Russia vetoed it.", "negated"),
    ("Malta put a resolution demanding a truce to a vote on Monday.", "hypothetical"),
    ("A resolution demanding a truce failed to pass on Monday.", "negated"),
    # an adopted one's demand is made
    ("The assembly adopted a resolution demanding a truce.", "happened"),
])
def test_a_motion_put_to_a_vote(nlp: Any, text: str, status: str) -> None:
    hits = [e for e in _events(nlp, text) if e.type == "REQUEST" and "demanding" in e.trigger]
    assert hits and hits[0].status == status, _events(nlp, text)


@pytest.mark.parametrize(("text", "word", "status", "date", "anchor"), [
    # a foreseen act is not dated by the report that foresees it
    ("The ministry said on Monday that an assault on the port was imminent.", "assault", "planned", PUBLISHED,
     "publication"),
    ("The ministry said on Monday that a strike on the port was likely.", "strike", "hypothetical", PUBLISHED,
     "publication"),
    # a running count is no act of the report's day
    ("The ministry said on Monday that 2,000 people had been killed in the war.", "killed", "happened", PUBLISHED,
     "publication"),
    ("The army said on Monday that it had carried out 500 raids since the war began.", "raids", "happened",
     PUBLISHED, "publication"),
    # one act told is dated by its telling, as before
    ("The ministry said on Monday that soldiers had shelled the port.", "shelled", "happened", "2024-11-11", "text"),
])
def test_reported_act_dating_scope(nlp: Any, text: str, word: str, status: str, date: str, anchor: str) -> None:
    hits = [e for e in _events(nlp, text) if word in e.trigger]
    assert hits and (hits[0].status, hits[0].date, hits[0].date_anchor) == (status, date, anchor), hits


@pytest.mark.parametrize(("text", "word", "status"), [
    ("Negotiations to end the war collapsed without a deal.", "end", "hypothetical"),
    ("The army said that it had no plans to attack the port.", "attack", "negated"),
    ("The army has plans to attack the port.", "attack", "planned"),
])
def test_aims_and_no_plans(nlp: Any, text: str, word: str, status: str) -> None:
    hits = [e for e in _events(nlp, text) if word in e.trigger]
    assert hits and hits[0].status == status, hits


@pytest.mark.parametrize(("text", "kind"), [
    ("The agency intercepted messages between the two generals.", None),
    ("Spies intercepted conversations among the rebel leaders.", None),
    ("The navy intercepted a drone over the gulf.", "ASSAULT"),
])
def test_intercepted_communications_are_no_seizure(nlp: Any, text: str, kind: str | None) -> None:
    hits = [e for e in _events(nlp, text) if "intercept" in e.trigger]
    assert [e.type for e in hits][:1] == ([kind] if kind else []), hits


@pytest.mark.parametrize(("text", "word", "date"), [
    # a time clause's day and a "since" start are not the act's day
    ("Officials said the blast killed four people, a day after talks resumed on Monday.", "killed", PUBLISHED),
    ("The ministry said the raid, the deadliest since June 3, killed 20 people.", "killed", PUBLISHED),
    # the act's own day still holds
    ("The blast killed four people on Monday, a day after talks resumed.", "killed", "2024-11-11"),
])
def test_time_clause_day_is_its_own(nlp: Any, text: str, word: str, date: str) -> None:
    hits = [e for e in _events(nlp, text) if word in e.trigger]
    assert hits and hits[0].date == date, hits


@pytest.mark.parametrize(("text", "kind"), [
    # forces stopping a crowd's advance or march restrict it; no attack, no ended sanction
    ("Riot police halted the students' advance on the palace.", ("COERCE", "restrict")),
    ("Soldiers stopped the march on the presidential palace.", ("COERCE", "restrict")),
    # an armed side's advance stopped in the passive: the armed stopper fights it off
    ("The militia's advance on the town was halted by government troops.", ("ASSAULT", None)),
])
def test_stopped_marches(nlp: Any, text: str, kind: tuple[str, str | None]) -> None:
    kinds = _kinds(_events(nlp, text))
    assert kind in kinds and ("SANCTION", "discontinue") not in kinds, kinds


def test_reported_adoption_is_dated_by_its_report(nlp: Any) -> None:
    text = "The envoy said on Monday that the assembly had adopted a resolution condemning the raids."
    hits = [e for e in _events(nlp, text) if "condemning" in e.trigger]
    assert hits and (hits[0].date, hits[0].date_anchor) == ("2024-11-11", "text"), hits


@pytest.mark.parametrize(("text", "word", "date"), [
    # a denial dates what it denies as a report does
    ("The army denied on Monday that its jets had bombed the clinic.", "bombed", "2024-11-11"),
    # a report of another's report inside a time clause is not dated by the outer report
    ("The navy said on Tuesday it had shot down a drone, a day after the rebels said they had attacked the port.",
     "attacked", PUBLISHED),
])
def test_denials_and_reports_of_reports(nlp: Any, text: str, word: str, date: str) -> None:
    hits = [e for e in _events(nlp, text) if word in e.trigger]
    assert hits and hits[0].date == date, hits


@pytest.mark.parametrize(("text", "happened"), [
    # a counterfactual is no threat made
    ("Turkey said on Monday that it would have struck the camps if Iraq had agreed.", False),
    ("Turkey said on Monday that it would strike the camps if the rebels attacked.", True),
])
def test_counterfactual_is_no_threat_made(nlp: Any, text: str, happened: bool) -> None:
    made = [e for e in _events(nlp, text) if e.type == "THREATEN" and e.status == "happened"]
    assert bool(made) == happened, _events(nlp, text)
