"""Session 10 follow-ups: whom "told X (not) to" asks, warnings not to act, rhetorical negative
questions, habitual "when" clauses, a crowd verb misread as a participle."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract_events
from dateline.events.arguments import ActorIndex
from dateline.events.extract import extract
from dateline.events.lexicon import load_lexicon
from dateline.events.participants import subject


def _found(nlp: Any, text: str) -> dict[str, tuple[str, list[str | None], list[tuple[str, ...]]]]:
    """trigger -> (type, target ids, target texts); sources by id."""
    return {f.event.trigger: (f.event.type, [*f.event.sources], list(f.target_texts)) for f in extract(nlp(text))}


def _events(nlp: Any, text: str) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...], str]]:
    return [(e.type, e.trigger, e.sources, e.targets, e.status) for e in extract_events(nlp(text))]


@pytest.mark.parametrize(("text", "trigger", "addressed", "not_target"), [
    # the party asked names no actor: it is still the one asked, not the act's object
    ("Tehran told its allies not to attack Israel.", "told", "its allies", "Israel"),
    ("Tehran urged its allies not to attack Israel.", "urged", "its allies", "Israel"),
    ("Qatar asked its partners to help Gaza.", "asked", "its partners", "Gaza"),
    ("Police told protesters to disperse.", "told", "protesters", None),
])
def test_the_party_asked_is_the_target(nlp: Any, text: str, trigger: str, addressed: str,
                                       not_target: str | None) -> None:
    type_, _, texts = _found(nlp, text)[trigger]
    assert type_ == "REQUEST"
    flat = [t for names in texts for t in names]
    assert addressed in flat, texts
    assert not_target is None or not_target not in flat, texts


def test_a_possessed_addressee_is_named_by_its_owner(nlp: Any) -> None:
    _, _, texts = _found(nlp, "Tehran told its allies not to attack Israel.")["told"]
    assert "Tehran's allies" in texts[0]


@pytest.mark.parametrize(("text", "source", "target"), [
    # an actor asked keeps its id (neighbours that must not change)
    ("Iran told Hezbollah not to attack Israel.", "cty:IRN", "org:hezbollah"),
    ("Washington urged Israel not to attack Rafah.", "cty:USA", "cty:ISR"),
    # "told X it should not ...": a demand of X, whose "it" is X
    ("Iran told Hezbollah it should not attack Israel.", "cty:IRN", "org:hezbollah"),
    ("Iran told Hezbollah that it should not attack Israel.", "cty:IRN", "org:hezbollah"),
])
def test_told_requests(nlp: Any, text: str, source: str, target: str) -> None:
    requests = [e for e in _events(nlp, text) if e[0] == "REQUEST"]
    assert requests and requests[0][2] == (source,) and requests[0][3] == (target,), _events(nlp, text)


@pytest.mark.parametrize(("text", "teller"), [
    ("Iran told Hezbollah it should not attack Israel.", "cty:IRN"),
    ("Iran told Hezbollah that it must not attack Israel.", "cty:IRN"),
])
def test_the_told_obligation_is_not_the_tellers_act(nlp: Any, text: str, teller: str) -> None:
    for type_, _, sources, _, _ in _events(nlp, text):
        assert type_ != "ASSAULT" or teller not in sources, _events(nlp, text)


@pytest.mark.parametrize(("text", "trigger", "source"), [
    # the addressee acts in a reported obligation; the teller in a reported promise
    ("Iran told Hezbollah it should not attack Israel.", "attack", "org:hezbollah"),
    ("Iran said it should not attack Israel.", "attack", "cty:IRN"),
])
def test_whose_act_the_obligation_is(nlp: Any, text: str, trigger: str, source: str) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    found, _ = subject(verb, ActorIndex(doc), load_lexicon())
    assert [a.actor for a in found] == [source]


@pytest.mark.parametrize(("text", "expected"), [
    # PLOVER's THREATEN covers "coercive or forceful warnings": a warning not to act is the warner's
    # threat against the warned; the act warned against is no event of its own
    ("Iran warned Israel not to attack Lebanon.", ("THREATEN", ("cty:IRN",), ("cty:ISR",))),
    ("The United States warned Iran not to retaliate.", ("THREATEN", ("cty:USA",), ("cty:IRN",))),
    ("Russia warned Ukraine not to strike Crimea.", ("THREATEN", ("cty:RUS",), ("cty:UKR",))),
    # neighbours: a warning of what the warner will do, a plea
    ("Iran warned that it would attack Israel.", ("THREATEN", ("cty:IRN",), ())),
    ("Washington urged Israel not to attack Rafah.", ("REQUEST", ("cty:USA",), ("cty:ISR",))),
])
def test_warned_not_to(nlp: Any, text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    events = _events(nlp, text)
    assert [(t, s, g) for t, _, s, g, _ in events] == [expected], events


@pytest.mark.parametrize(("text", "source", "target"), [
    # the army's actor comes from the article's context; its addressees are named by their text
    ("Israeli troops entered Jenin on Monday. The army told residents to evacuate.", "org:idf", "residents"),
    ("The Israeli army told residents to evacuate.", "org:idf", "residents"),
])
def test_the_army_told_residents(nlp: Any, text: str, source: str, target: str) -> None:
    type_, sources, texts = _found(nlp, text)["told"]
    assert type_ == "REQUEST" and sources == [source]
    assert any(target in names for names in texts), texts


@pytest.mark.parametrize(("text", "trigger", "status"), [
    # a negative question in a past or present tense asserts its act
    ("Didn't Russia invade Ukraine in 2022?", "invade", "happened"),
    ("Hasn't Israel struck the port?", "struck", "happened"),
    ('"Didn\'t Israel bomb the hospital?" the minister asked.', "bomb", "happened"),
    # neighbours: yes/no questions (modal negative ones too) still ask; statements keep their status
    ("Did Russia invade Ukraine?", "invade", "hypothetical"),
    ("Will Russia invade Ukraine?", "invade", "hypothetical"),
    ("Won't Russia invade Ukraine?", "invade", "hypothetical"),
    ("Russia did not invade Ukraine.", "invade", "negated"),
    ("Russia invaded Ukraine in 2022, didn't it?", "invaded", "happened"),
])
def test_rhetorical_questions(nlp: Any, text: str, trigger: str, status: str) -> None:
    found = {t: s for _, t, _, _, s in _events(nlp, text)}
    assert found.get(trigger) == status, found


@pytest.mark.parametrize(("text", "trigger", "status"), [
    # a habit told in a "when" clause happens (as the main verb does), it is not dated ahead
    ("Protesters rally in Tahrir Square every Friday, when crowds gather after prayers.", "gather", "happened"),
    ("Protesters rallied in the square every Friday, when crowds gather after prayers.", "gather", "happened"),
    ("Protesters rally on Fridays, when crowds gather after prayers.", "gather", "happened"),
    ("Protesters rally on Friday, when crowds usually gather after prayers.", "gather", "happened"),
    # neighbours: a coming date's "when" clause is planned
    ("Talks resume on Thursday, when mediators meet in Cairo.", "meet", "planned"),
    ("Protesters will rally on Friday, when crowds gather after prayers.", "gather", "planned"),
])
def test_habitual_when(nlp: Any, text: str, trigger: str, status: str) -> None:
    found = {t: s for _, t, _, _, s in _events(nlp, text)}
    assert found.get(trigger) == status, found


@pytest.mark.parametrize(("text", "source"), [
    # "protested" read as a participle of the sentence's head noun: the crowd protests, it is no target
    ("Uyghur activists protested outside the Chinese embassy in Ankara.", "grp:uyghur-activists"),
    ("Uyghur activists protested outside the embassy.", "grp:uyghur-activists"),
])
def test_crowd_verb_misread_as_participle(nlp: Any, text: str, source: str) -> None:
    protests = [e for e in _events(nlp, text) if e[0] == "PROTEST"]
    assert protests and protests[0][2] == (source,) and source not in protests[0][3], _events(nlp, text)


@pytest.mark.parametrize(("text", "trigger"), [
    # neighbours: the participle names the victims (a headline), or its agent acts
    ("Three Uyghur activists arrested outside the embassy in Ankara.", "arrested"),
    ("Uyghur activists detained by police outside the embassy.", "detained"),
])
def test_victims_of_a_participle_stay_targets(nlp: Any, text: str, trigger: str) -> None:
    events = {t: (s, g) for _, t, s, g, _ in _events(nlp, text)}
    assert trigger in events and "grp:uyghur-activists" not in events[trigger][0], events
