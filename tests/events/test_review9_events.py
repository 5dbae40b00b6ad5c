"""Review of session 9's events change, on sentences of our own (published 2024-11-13): "take <place>"
in its other senses; a recall's home city is no target; a "must" that asks nothing of anyone; a fact
told beside a demand stays a fact."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.test_told_and_stopped import _events, _one


@pytest.mark.parametrize("text", [
    "The chancellor took Poland to task over the border checks.",
    "Egypt took Gaza's wounded to hospitals in El Arish.",
    "Ukraine took on Russia in the semi-final in Paris.",
    "Beijing took Lithuania off its list of trade partners.",
    "Modi took Warsaw on his European tour.",
    "The senator took on Hillary Clinton after the front-runner mocked him.",
])
def test_take_in_other_senses_is_no_attack(nlp: Any, text: str) -> None:
    events = _events(nlp, text)
    assert not [e for e in events if e.type == "ASSAULT" and e.trigger.startswith(("took", "take"))], events


@pytest.mark.parametrize(("text", "word", "type_", "status"), [
    ("Russian forces took over Kherson in March 2022.", "took over", "COERCE", "happened"),  # the lexicon's seizure
    ("Ukrainian troops took back Kupiansk, the army said.", "took", "ASSAULT", "happened"),
    ("\u201cRussia will take Avdiivka as it took Bakhmut,\u201d the general said.", "take", "ASSAULT", "planned"),
])
def test_take_place_neighbours(nlp: Any, text: str, word: str, type_: str, status: str) -> None:
    ev = _one(_events(nlp, text), word, type_)
    assert ev.status == status, ev


@pytest.mark.parametrize(("text", "targets"), [
    ("The diplomat was recalled to Moscow from Washington.", {"cty:USA"}),
    ("The ambassador was recalled from Paris to Algiers.", {"cty:FRA"}),
])
def test_recalled_home_is_no_target(nlp: Any, text: str, targets: set[str]) -> None:
    ev = _one(_events(nlp, text), "recalled", "SANCTION")
    assert set(ev.targets) == targets, ev


@pytest.mark.parametrize(("text", "requests"), [
    ("\u201cWe must fight on,\u201d Zelensky said.", 0),
    ("\u201cI must say that the army attacked us first,\u201d the mayor said.", 0),
    ("\u201cIsrael must have struck the hospital,\u201d a witness said.", 0),
    ("\u201cThey must have fired the rocket from Gaza,\u201d the army said.", 0),
    ("\u201cIt must be said that the army fired first,\u201d the envoy said.", 0),
    ("\u201cThis must be the worst raid in years,\u201d a resident said.", 0),
    # neighbours: a demand of another stays a REQUEST
    ("Qatar said Hamas must accept the proposal.", 1),
    ("\u201cHamas must understand that we will strike again,\u201d the minister said.", 1),
    ("\u201cIsrael must stop bombing hospitals,\u201d the UN chief said.", 1),
])
def test_must_that_asks_nothing_is_no_request(nlp: Any, text: str, requests: int) -> None:
    events = _events(nlp, text)
    assert len([e for e in events if e.type == "REQUEST"]) == requests, events


@pytest.mark.parametrize(("text", "word", "status"), [
    ("\u201cIsrael must have struck the hospital,\u201d a witness said.", "struck", "hypothetical"),
    ("\u201cEveryone must know that we attacked the base,\u201d a Houthi spokesman said.", "attacked", "happened"),
    ("\u201cI must say that the army attacked us first,\u201d the mayor said.", "attacked", "happened"),
    # a past "as" / "because" clause beside a demand or a threat is told as a fact
    ("A British minister said Libya must hand over the suspects as he embarked on a trip to North Africa.", "trip",
     "happened"),
    ("Iran said Israel would pay a price because it attacked the consulate.", "attacked", "happened"),
    # neighbours: a future-in-the-past "after" clause is not
    ("Netanyahu said Israel would withdraw after Hamas released the hostages.", "released", "planned"),
])
def test_fact_beside_a_demand_stays_a_fact(nlp: Any, text: str, word: str, status: str) -> None:
    assert _one(_events(nlp, text), word).status == status


@pytest.mark.parametrize(("text", "word", "status"), [
    # a present-tense "when" clause on a date ahead is planned, as its date says
    ("Talks will resume on Thursday, when mediators meet in Cairo.", "meet", "planned"),
    ("The vote is set for Friday, when lawmakers meet to discuss the truce.", "meet", "planned"),
    # neighbours: a past one happened
    ("The war began in 2022, when Russia invaded Ukraine.", "invaded", "happened"),
    ("The truce collapsed on March 18, when the army resumed airstrikes.", "resumed", "happened"),
])
def test_when_clause_tense(nlp: Any, text: str, word: str, status: str) -> None:
    assert _one(_events(nlp, text), word).status == status


@pytest.mark.parametrize(("text", "requests"), [
    ("Asked about the claim, the Pentagon denied it.", 0),
    ("When asked about the strike, the army declined to comment.", 0),
    ("The minister asked the army to halt the raid.", 1),
])
def test_question_put_to_a_denier_is_no_request(nlp: Any, text: str, requests: int) -> None:
    events = _events(nlp, text)
    assert len([e for e in events if e.type == "REQUEST"]) == requests, events


@pytest.mark.parametrize(("text", "word", "source", "lent"), [
    # bare irregulars in a clause on a state's operation are the other side: they do not act for the state
    ("The Israeli raid on Jenin on Monday, when gunmen opened fire on the soldiers, left three dead.", "opened",
     "cty:ISR", False),
    ("The Israeli raid on Jenin, in which gunmen opened fire on the soldiers, left three dead.", "opened", "cty:ISR",
     False),
    # neighbours: the group's own attack lends its side; troops act for a state's offensive
    ("The Hamas-led attack, in which militants killed 1,200 people, started the war.", "killed", "org:hamas", True),
    ("The Russian offensive in February, when troops stormed Avdiivka, was costly.", "stormed", "cty:RUS", True),
])
def test_clause_agents_lent_by_the_event_noun(nlp: Any, text: str, word: str, source: str, lent: bool) -> None:
    ev = _one(_events(nlp, text), word)
    assert (source in ev.sources) == lent, ev
