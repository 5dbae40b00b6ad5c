"""Session 15: a crowd act stopped in the passive reads as the active ("the protest of Palestinians was
stopped by police"); a stopper is never the stopped protest's doer."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _events(nlp: Any, text: str) -> list[Any]:
    return list(extract(nlp(text)))


def _found(nlp: Any, text: str, trigger: str) -> Any:
    return next(f for f in _events(nlp, text) if f.event.trigger == trigger)


def _named(texts: tuple[tuple[str, ...], ...], word: str) -> bool:
    return any(word in names for names in texts)


@pytest.mark.parametrize(("text", "verb", "act", "stopper", "doers"), [
    ("The protest of Palestinians was stopped by police.", "stopped", "protest", "police", "Palestinians"),
    ("The strike of dockworkers was broken by the government.", "broken", "strike", "government", "dockworkers"),
    ("The sit-in of students was ended by police on Monday.", "ended", "sit in", "police", "students"),
    ("Police stopped the protest of Palestinians.", "stopped", "protest", "Police", "Palestinians"),
])
def test_a_stopped_crowd_act_is_coercion_and_the_crowds_protest(
        nlp: Any, text: str, verb: str, act: str, stopper: str, doers: str) -> None:
    coerce = _found(nlp, text, verb)
    assert coerce.event.type == "COERCE" and _named(coerce.source_texts, stopper), coerce
    protest = _found(nlp, text, act)
    assert protest.event.type == "PROTEST" and _named(protest.source_texts, doers), protest
    assert not _named(protest.source_texts, stopper), protest


@pytest.mark.parametrize(("text", "verb", "act", "stopper"), [
    ("Police shut down the protest.", "shut down", "protest", "Police"),
    ("Police ended the protest.", "ended", "protest", "Police"),
    ("Police halted the march in Nairobi.", "halted", "march", "Police"),
])
def test_a_stopper_is_no_doer_of_an_unnamed_crowds_act(nlp: Any, text: str, verb: str, act: str, stopper: str) -> None:
    coerce = _found(nlp, text, verb)
    assert coerce.event.type == "COERCE" and _named(coerce.source_texts, stopper), coerce
    protest = _found(nlp, text, act)
    assert protest.event.type == "PROTEST" and not protest.source_texts, protest


@pytest.mark.parametrize(("text", "trigger"), [
    # near misses: the strikers' own ending is a concession; an air campaign is no crowd act
    ("The union ended its strike.", "ended strike"),
    ("Workers ended the strike on Friday.", "ended strike"),
    ("The strike of dockworkers was ended by the union.", "strike ended"),
])
def test_strikers_ending_their_strike_concede(nlp: Any, text: str, trigger: str) -> None:
    found = _found(nlp, text, trigger)
    assert found.event.type == "CONCEDE", found
    assert not [f for f in _events(nlp, text) if f.event.type == "COERCE"]


def test_stopping_air_strikes_is_no_crowd_act(nlp: Any) -> None:
    types = {f.event.type for f in _events(nlp, "The army will not stop the strikes on the city.")}
    assert "COERCE" not in types and "PROTEST" not in types, types


@pytest.mark.parametrize(("text", "strikers"), [
    ("Teachers strike over pay in Kenya.", "Teachers"),
    ("Nurses strike over pay.", "Nurses"),
    ("Lecturers strike over pensions in Britain.", "Lecturers"),
    ("Junior doctors strike over working hours.", "doctors"),
    ("The union strikes over job cuts.", "union"),
])
def test_labour_striking_over_a_grievance_is_a_protest(nlp: Any, text: str, strikers: str) -> None:
    found = next(f for f in _events(nlp, text) if f.event.trigger in ("strike", "strikes"))
    assert (found.event.type, found.event.mode) == ("PROTEST", "strike"), found
    assert _named(found.source_texts, strikers), found


@pytest.mark.parametrize("text", [
    # near misses: weapons and fighters strike targets
    "Russian missiles strike Kyiv.",
    "Israeli jets strike targets in Gaza.",
    "Drones strike over Kyiv.",
    "Rebels strike an army base.",
])
def test_weapons_striking_a_target_assault(nlp: Any, text: str) -> None:
    assert {f.event.type for f in _events(nlp, text)} == {"ASSAULT"}


@pytest.mark.parametrize(("text", "strikers"), [
    ("Dockworkers began a strike over unpaid wages.", "Dockworkers"),
    ("Teachers began a strike on Monday.", "Teachers"),
    ("The union began an indefinite strike.", "union"),
])
def test_a_labour_strike_begun_is_no_hunger_strike(nlp: Any, text: str, strikers: str) -> None:
    found = _found(nlp, text, "began strike")
    assert (found.event.type, found.event.mode) == ("PROTEST", "strike") and _named(found.source_texts, strikers)


@pytest.mark.parametrize(("text", "mode"), [
    # near misses: a hunger strike begun is one; air strikes begun are attacks
    ("Prisoners began a hunger strike.", ("PROTEST", "hunger")),
    ("Israel began strikes on Gaza.", ("ASSAULT", "airstrike")),
    ("Russia began air strikes in Syria.", ("ASSAULT", "airstrike")),
])
def test_a_hunger_strike_or_air_strikes_begun(nlp: Any, text: str, mode: tuple[str, str]) -> None:
    found = next(f for f in _events(nlp, text) if f.event.trigger.startswith("began"))
    assert (found.event.type, found.event.mode) == mode, found


@pytest.mark.parametrize(("text", "verb", "stopper"), [
    ("Police ended the strike.", "ended", "Police"),
    ("The court ended the strike.", "ended", "court"),
    ("A judge halted the strike at the port.", "halted", "judge"),
])
def test_police_or_a_court_ending_a_strike_coerce(nlp: Any, text: str, verb: str, stopper: str) -> None:
    coerce = _found(nlp, text, verb)
    assert coerce.event.type == "COERCE" and _named(coerce.source_texts, stopper), coerce
    strike = _found(nlp, text, "strike")
    assert (strike.event.type, strike.event.mode) == ("PROTEST", "strike") and not strike.source_texts, strike


@pytest.mark.parametrize(("text", "trigger"), [
    # near misses: the strikers' own ending, and a government ending a strike (a walkout ended by giving
    # in) are no coercion; an army ending its own air strikes: test_session16_events
    ("Strikers ended the strike.", "ended strike"),
    ("The government ended the strike.", "ended strike"),
])
def test_others_ending_a_strike_concede(nlp: Any, text: str, trigger: str) -> None:
    assert _found(nlp, text, trigger).event.type == "CONCEDE"
    assert not [f for f in _events(nlp, text) if f.event.type == "COERCE"]


@pytest.mark.parametrize(("text", "verb"), [
    ("Police crushed the strike.", "crushed"),
    ("Security forces quelled the strike.", "quelled"),
    ("The court broke the strike.", "broke"),
])
def test_a_strike_crushed_or_broken_by_the_state_is_a_walkout(nlp: Any, text: str, verb: str) -> None:
    assert _found(nlp, text, verb).event.type == "COERCE"
    strike = _found(nlp, text, "strike")
    assert (strike.event.type, strike.event.mode) == ("PROTEST", "strike"), strike


def test_air_strikes_suppressed_stay_attacks(nlp: Any) -> None:
    # near miss: a weapon's strikes are no walkout whoever stops them
    found = _found(nlp, "The army suppressed the air strikes.", "air strikes")
    assert found.event.type == "ASSAULT", found


@pytest.mark.parametrize(("text", "verb", "act", "stopper"), [
    ("The march was halted by police.", "halted", "march", "police"),
    ("The protest was halted by police.", "halted", "protest", "police"),
    ("The strike was halted by a court.", "halted", "strike", "court"),
])
def test_a_stopped_crowd_act_in_the_passive_keeps_the_act(
        nlp: Any, text: str, verb: str, act: str, stopper: str) -> None:
    coerce = _found(nlp, text, verb)
    assert coerce.event.type == "COERCE" and _named(coerce.source_texts, stopper), coerce
    protest = _found(nlp, text, act)
    assert protest.event.type == "PROTEST" and not protest.source_texts, protest


@pytest.mark.parametrize(("text", "verb", "doers"), [
    ("The protest of Palestinians was stopped by police.", "stopped", "Palestinians"),
    ("The march of farmers was halted by police.", "halted", "farmers"),
    ("Police stopped the protest of Palestinians.", "stopped", "Palestinians"),
])
def test_stopping_a_crowds_act_targets_the_crowd_in_either_voice(nlp: Any, text: str, verb: str, doers: str) -> None:
    coerce = _found(nlp, text, verb)
    assert coerce.event.type == "COERCE" and _named(coerce.target_texts, doers), coerce


@pytest.mark.parametrize("text", [
    # near misses: other things stopped in the passive keep their own reading
    "The talks between Israel and Hamas were halted by Qatar.",
    "The shelling of Kharkiv was stopped by Russia.",
    "The convoy of aid trucks was stopped by soldiers.",
])
def test_other_passive_stops_are_no_coercion(nlp: Any, text: str) -> None:
    assert "COERCE" not in {f.event.type for f in _events(nlp, text)}


@pytest.mark.parametrize(("text", "stopper"), [
    ("The army ended the march.", "army"),
    ("Police ended the march.", "Police"),
])
def test_a_march_misread_as_the_month_is_still_stopped(nlp: Any, text: str, stopper: str) -> None:
    coerce = _found(nlp, text, "ended")
    assert coerce.event.type == "COERCE" and _named(coerce.source_texts, stopper), coerce
    assert _found(nlp, text, "march").event.type == "PROTEST"


@pytest.mark.parametrize("text", [
    # near misses: the month, with no article, is a date
    "The army ended the siege last March.",
    "The army ended the curfew March 3.",
    "Talks ended this March.",
])
def test_the_month_is_no_stopped_march(nlp: Any, text: str) -> None:
    types = {f.event.type for f in _events(nlp, text)}
    assert "COERCE" not in types and "PROTEST" not in types, types


@pytest.mark.parametrize(("text", "crowd"), [
    ("Protesters ended their march.", "Protesters"),
    ("The students ended their sit-in.", "students"),
    ("Demonstrators ended their rally.", "Demonstrators"),
    ("Activists ended their vigil outside the embassy.", "Activists"),
    ("The farmers ended the march.", "farmers"),  # the march the parser reads as the month
])
def test_a_crowd_ending_its_own_act_concedes(nlp: Any, text: str, crowd: str) -> None:
    found = _events(nlp, text)
    assert [f.event.type for f in found] == ["CONCEDE"], found
    assert _named(found[0].source_texts, crowd), found


@pytest.mark.parametrize("text", [
    # near misses: a state force or a court ending a crowd's act coerces; the crowd's act stands
    "Police ended the march.",
    "The government ended the march.",
    "The court ended the rally.",
])
def test_others_ending_a_crowds_act_coerce(nlp: Any, text: str) -> None:
    types = [f.event.type for f in _events(nlp, text)]
    assert "COERCE" in types and "CONCEDE" not in types, types


@pytest.mark.parametrize("text", [
    # near misses: a march that ends by itself, or the month, is no concession
    "The march ended peacefully in the capital.",
    "Thousands of farmers marched on the capital in March.",
    "The army ended the siege last March.",
])
def test_a_march_ending_by_itself_or_the_month_concedes_nothing(nlp: Any, text: str) -> None:
    assert "CONCEDE" not in {f.event.type for f in _events(nlp, text)}


@pytest.mark.parametrize("text", [
    "Air defences halted the drone strikes.",
    "Ukrainian air defenses halted the drone strikes on the capital.",
    "Air defence systems stopped the missile strikes on Kyiv.",
])
def test_air_defences_stopping_strikes_concede_nothing(nlp: Any, text: str) -> None:
    types = [f.event.type for f in _events(nlp, text)]
    assert types == ["ASSAULT"], types


@pytest.mark.parametrize(("text", "side"), [
    # near miss: a union halting its walkout concedes (a side halting its own air strikes: test_session16_events)
    ("The union halted its strike.", "union"),
])
def test_a_side_halting_its_own_strikes_concedes(nlp: Any, text: str, side: str) -> None:
    found = _events(nlp, text)
    assert any(f.event.type == "CONCEDE" and _named(f.source_texts, side) for f in found), found
