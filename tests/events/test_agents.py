"""Doers that the clause does not name plainly (events/agents.py), in sentences of our own: a
hyphenated leader before an event noun, a generic agent in a relative clause on an event noun,
and the object of an object-control verb as the doer of the infinitive and owner of "its"."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract_events


def _event(nlp: Any, text: str, word: str) -> Any:
    events = extract_events(nlp(text))
    hits = [e for e in events if word in e.trigger]
    assert hits, f"no event triggered by {word!r} in {text!r}: {[(e.type, e.trigger) for e in events]}"
    return hits[0]


@pytest.mark.parametrize(("text", "word", "source"), [
    ("Thousands fled after the Hamas-led attack on the border towns.", "attack", "org:hamas"),
    ("The Saudi-led offensive on the port city stalled in the spring.", "offensive", "cty:SAU"),
    ("Aid groups condemned the Russian-led assault on the northern villages.", "assault", "cty:RUS"),
    ("The army denied any role in the Houthi-launched strike on the tanker.", "strike", "org:houthis"),
])
def test_led_names_the_doer(nlp: Any, text: str, word: str, source: str) -> None:
    assert source in _event(nlp, text, word).sources


@pytest.mark.parametrize(("text", "word", "patron"), [
    # a patron is no doer: "-backed", "-allied", "-sponsored" give no source
    ("A US-backed offensive on the rebel town began on Monday.", "offensive", "cty:USA"),
    ("An Iran-allied offensive on the border towns began at dawn.", "offensive", "cty:IRN"),
    ("Gunfire erupted as the Russian-sponsored attack on the border post began.", "attack", "cty:RUS"),
])
def test_backing_names_no_doer(nlp: Any, text: str, word: str, patron: str) -> None:
    assert patron not in _event(nlp, text, word).sources


@pytest.mark.parametrize("text", [
    "The Hamas-led government collapsed last year.",
    "A Saudi-led coalition met in Riyadh.",
])
def test_led_body_is_no_event(nlp: Any, text: str) -> None:
    assert not [e for e in extract_events(nlp(text)) if e.type == "ASSAULT"]


def test_one_token_led_keeps_the_name_as_text(nlp: Any) -> None:
    from dateline.events.extract import extract

    doc = nlp("It was the deadliest attack since the U.S.-led invasion of Iraq.")
    hit = next(f for f in extract(doc) if f.event.trigger == "invasion")
    assert any("U.S." in texts for texts in hit.source_texts)


@pytest.mark.parametrize("text", [
    "The invasion of Iraq began in March.",
    "The offensive started in March and ended in May.",
])
def test_a_month_is_no_march(nlp: Any, text: str) -> None:
    assert not [e for e in extract_events(nlp(text)) if e.type == "PROTEST"]


@pytest.mark.parametrize(("text", "sanction"), [
    ("Kyiv recalled the Russian offensive on the city.", False),
    ("Veterans recalled the war in the north.", False),
    ("Serbia recalled its ambassador from Zagreb.", True),
    ("The government recalled its envoy in protest.", True),
])
def test_recalling_an_event_is_memory(nlp: Any, text: str, sanction: bool) -> None:
    assert any(e.type == "SANCTION" for e in extract_events(nlp(text))) is sanction


def test_one_token_led_takes_the_actor_named_elsewhere(nlp: Any) -> None:
    text = "U.S. officials spoke on Monday. The U.S.-led invasion of Iraq began in March."
    assert "cty:USA" in _event(nlp, text, "invasion").sources


@pytest.mark.parametrize(("text", "words", "source"), [
    ("The war began with the Hamas-led attack on southern towns on October 7, in which militants killed "
     "hundreds of people and took dozens of hostages.", ("killed", "took"), "org:hamas"),
    ("Residents recalled the Hamas-led raid on the village, in which gunmen killed 40 farmers.", ("killed",),
     "org:hamas"),
    ("Kyiv recalled the Russian offensive on the city, during which fighters attacked the hospital.", ("attacked",),
     "cty:RUS"),
])
def test_relative_clause_agent_takes_the_event_doer(nlp: Any, text: str, words: tuple[str, ...],
                                                    source: str) -> None:
    for word in words:
        assert source in _event(nlp, text, word).sources, word


def test_relative_clause_soldiers_take_the_raid_doer(nlp: Any) -> None:
    text = "The Israeli raid on the camp, in which soldiers killed nine people, drew wide condemnation."
    assert "cty:ISR" in _event(nlp, text, "killed").sources


@pytest.mark.parametrize(("text", "source"), [
    ("Hamas-led militants attacked the town on Sunday.", "org:hamas"),
    ("Saudi-led forces shelled the port overnight.", "cty:SAU"),
])
def test_led_group_acts_for_its_leader(nlp: Any, text: str, source: str) -> None:
    ev = next(e for e in extract_events(nlp(text)) if e.type == "ASSAULT")
    assert source in ev.sources


def test_backed_group_does_not_act_for_its_patron(nlp: Any) -> None:
    ev = next(e for e in extract_events(nlp("Iran-backed militants attacked the town on Sunday.")) if e.type == "ASSAULT")
    assert "cty:IRN" not in ev.sources


def test_named_agent_in_relative_clause_keeps_its_own_side(nlp: Any) -> None:
    text = ("Kyiv blamed the Russian offensive on the city, in which Ukrainian troops shelled a Russian depot.")
    assert "cty:RUS" not in _event(nlp, text, "shelled").sources


@pytest.mark.parametrize(("text", "word", "source", "not_source"), [
    ("A Hamas official accused Washington of giving Israel cover to press on with its offensive.", "offensive",
     "cty:ISR", "cty:USA"),
    ("Washington gave Israel a green light to expand its offensive.", "offensive", "cty:ISR", "cty:USA"),
    ("Britain helped Ukraine to strike Russian positions.", "strike", "cty:UKR", "cty:GBR"),
    ("The United States allowed Israel to continue its offensive.", "offensive", "cty:ISR", "cty:USA"),
])
def test_object_control(nlp: Any, text: str, word: str, source: str, not_source: str) -> None:
    ev = _event(nlp, text, word)
    assert source in ev.sources and not_source not in ev.sources


@pytest.mark.parametrize("text", [
    "Russia assured China that it would press on with its offensive.",  # no infinitive under the object
    "Russia promised to press on with its offensive despite pleas from China.",  # subject control
])
def test_no_object_control_keeps_the_subject(nlp: Any, text: str) -> None:
    assert "cty:CHN" not in _event(nlp, text, "offensive").sources


@pytest.mark.parametrize(("text", "word", "target"), [
    ("The Israeli raid on the camp drew wide condemnation.", "condemnation", "cty:ISR"),
    ("Iran faces new sanctions from the European Union.", "sanctions", "cty:IRN"),
    ("The Russian strike sparked protests in Kyiv.", "protests", "cty:RUS"),
])
def test_a_drawn_reaction_is_aimed_at_the_subject(nlp: Any, text: str, word: str, target: str) -> None:
    ev = _event(nlp, text, word)
    assert target in ev.targets and target not in ev.sources


def test_a_launched_attack_stays_the_subjects(nlp: Any) -> None:
    ev = _event(nlp, "Israel launched a fresh offensive on the town.", "offensive")
    assert "cty:ISR" in ev.sources
