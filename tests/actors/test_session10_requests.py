"""Session 10 requests of the events stage to the actors, on sentences of our own: a bare "the
army" is the dateline country's national army when the dictionary has one; "X told Y it should
..." binds "it" to the addressee Y; "its allies" gets no group of its own (the group convention
``grp:<iso3>-<noun>`` names a country's own people, not its allies)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.pipeline import Pipeline
from tests.actors.test_conflict_news import run


def _actors_of(pipeline: Pipeline, text: str, word: str) -> list[str | None]:
    record = pipeline.process(text)
    return [m.actor for m in record.mentions if m.text == word]


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("JERUSALEM (Reuters) - The army said it struck targets in Gaza overnight.", "army", ["org:idf"]),
    ("KYIV (Reuters) - The military said it shot down 40 drones.", "military", ["org:ukrainian-armed-forces"]),
    ("JERUSALEM (Reuters) - The army said Hezbollah fired rockets from Lebanon.", "army", ["org:idf"]),
    ("JERUSALEM (Reuters) - Palestinian medics said 20 people were killed. The army said it hit militants.",
     "army", ["org:idf"]),
    # neighbours: no dateline, a dateline country without an army in the dictionary, police
    # (the dateline country's police: tests/actors/test_session11_actors.py), another country's
    # forces or a country before it in the sentence, an article so far only about another
    # country with an army
    ("The army said it struck targets in Gaza overnight.", "army", []),
    ("GENEVA (Reuters) - The army said it would attend the talks.", "army", []),
    ("KYIV (Reuters) - Police said two people were killed.", "Police", ["org:ukraine-national-police"]),
    ("JERUSALEM (Reuters) - The army said Lebanese soldiers were nearby.", "army", []),
    ("BEIRUT (Reuters) - In Syria, the army said it had retaken the town.", "army", []),
    ("WASHINGTON (Reuters) - Sudan's warring sides met in Jeddah. The army said it would attend.", "army", []),
    # an earlier lead still wins: the military named before, an official's own army
    ("KYIV (Reuters) - Russian troops shelled Kherson. The army said it would advance.", "army",
     ["org:russian-armed-forces"]),
])
def test_bare_army_is_the_datelines(pipeline: Pipeline, text: str, word: str, expected: list[str]) -> None:
    assert _actors_of(pipeline, text, word) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Qatar told Hamas it should accept the offer.", "org:hamas"),
    ("Iran warned Hezbollah it must not attack Israel.", "org:hezbollah"),
    ("Egypt urged Israel that it must allow aid in.", "cty:ISR"),
    ("Qatar told Israeli officials they should accept the offer.", "grp:isr-officials"),
    # neighbours: no obligation (the teller's promise), the press, a plural addressee of "it",
    # a passive or copular clause (the teller's side), a person addressee (neither)
    ("Qatar told Hamas it would host the talks.", "cty:QAT"),
    ("Israel told Reuters it should stop the war.", "cty:ISR"),
    ("Iran told reporters it should be respected.", "cty:IRN"),
    ("Israel told Hamas it should not be blamed.", "cty:ISR"),
    ("The United States told Israel it should be careful.", "cty:USA"),
    ("Blinken told Netanyahu it should stop.", None),
])
def test_reported_obligation_binds_the_addressee(nlp: Language, text: str, expected: str | None) -> None:
    _, mentions = run(nlp, text, "2024-08-20")
    pronoun = next((m.text for m in mentions if m.text in ("it", "they")), None)
    assert [m.actor for m in mentions if m.text in ("it", "they")] == ([expected] if expected else []), (
        pronoun, mentions)


@pytest.mark.parametrize(("text", "expected"), [
    ("Biden told Netanyahu he should not invade Rafah.", "per:benjamin-netanyahu"),
    ("Putin told Xi he should not worry about sanctions.", "per:xi-jinping"),
    # neighbours: no obligation (the teller's own), the press, a common noun, the other gender
    ("Biden told Netanyahu he would not support an invasion.", "per:joe-biden"),
    ("Biden told reporters he should not comment.", "per:joe-biden"),
    ("Netanyahu told his cabinet he should not have trusted Hamas.", "per:benjamin-netanyahu"),
    ("Blinken told Netanyahu she must accept the deal.", None),
])
def test_reported_obligation_binds_a_named_person(nlp: Language, text: str, expected: str | None) -> None:
    _, mentions = run(nlp, text, "2024-08-20")
    assert [m.actor for m in mentions if m.text in ("he", "she")] == ([expected] if expected else []), mentions


@pytest.mark.parametrize(("text", "owner"), [
    ("Tehran told its allies not to attack.", "cty:IRN"),
    ("NATO told its members to raise spending.", "igo:nato"),
])
def test_its_allies_is_the_owner_and_no_group(nlp: Language, text: str, owner: str) -> None:
    _, mentions = run(nlp, text, "2024-08-20")
    assert [m.actor for m in mentions if m.text == "its"] == [owner]
    assert not [m for m in mentions if m.actor and m.actor.startswith("grp:")], mentions
