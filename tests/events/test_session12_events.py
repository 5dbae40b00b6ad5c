"""Session 12: a verb conjoined to a passive shares the passive's subject, not its "by" agent."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract_events


def _sources(nlp: Any, text: str) -> dict[str, tuple[str, ...]]:
    return {e.trigger: e.sources for e in extract_events(nlp(text))}


@pytest.mark.parametrize(("text", "trigger", "source"), [
    # an active conjunct (modal, present, or a past form with its own object) acts for the patient
    ("Kenya's police chief was suspended by President Ruto and will resign.", "resign", "cty:KEN"),
    ("Israel's army was attacked by Hezbollah and retaliates with airstrikes.", "retaliates", "org:idf"),
    ("Hamas fighters were bombed by Israel and fired rockets at Tel Aviv.", "fired rockets", "org:hamas"),
])
def test_active_conjunct_of_a_passive_takes_its_subject(nlp: Any, text: str, trigger: str, source: str) -> None:
    assert _sources(nlp, text)[trigger] == (source,)


@pytest.mark.parametrize(("text", "trigger", "source"), [
    # near misses: a bare past form may be an elided passive, and an active first verb lends its subject
    ("Russia's ambassador was summoned by Poland and expelled.", "expelled", "cty:POL"),
    ("Israel attacked Hezbollah and bombed Lebanon.", "bombed", "cty:ISR"),
])
def test_elided_passive_and_active_clause_keep_their_doer(nlp: Any, text: str, trigger: str, source: str) -> None:
    assert _sources(nlp, text)[trigger] == (source,)


def _targets(nlp: Any, text: str) -> dict[str, tuple[str, ...]]:
    return {e.trigger: e.targets for e in extract_events(nlp(text))}


@pytest.mark.parametrize("text", [
    # the object moved behind a heavy "as" phrase: the parser makes it a second object of "as"
    "Albania on Friday denounced as an ugly crime Serbia's suppression of ethnic Albanian unrest in Montenegro.",
    "Hungary condemned as a disgrace Serbia's treatment of its students.",
])
def test_object_shifted_behind_as_is_the_target(nlp: Any, text: str) -> None:
    found = next(t for trigger, t in _targets(nlp, text).items() if trigger in ("denounced", "condemned"))
    assert found == ("cty:SRB",)


def test_the_description_after_as_is_no_target(nlp: Any) -> None:
    # near miss: with its own object, the "as" phrase only describes it
    assert _targets(nlp, "Albania condemned the vote as a victory for Serbia's nationalists.")["condemned"] == ()


@pytest.mark.parametrize(("text", "trigger"), [
    # "resort" has no passive: its participle on the clause's noun is that noun's finite verb
    ("Palestinian youths resorted to throwing stones at Israeli soldiers.", "throwing stones"),
    ("Palestinian youths resorted to throwing stones at Israeli troops, officials said on Thursday.",
     "throwing stones"),
])
def test_resorted_misread_as_a_participle_keeps_its_subject(nlp: Any, text: str, trigger: str) -> None:
    doc = nlp(text)
    sources = {e.trigger: e.sources for e in extract_events(doc)}[trigger]
    actors = {a.id: a for a in doc._.actors}
    # the youths, a group of Palestinians: not the country, nor the soldiers they threw at
    assert [(actors[s].type, actors[s].country) for s in sources] == [("group", "PSE")], sources


def test_a_real_participle_still_names_the_victims(nlp: Any) -> None:
    # near miss: a transitive participle on the clause's noun describes whom it was done to
    assert _sources(nlp, "Palestinian youths detained in Hebron were freed, officials said.")["detained"] == ()


def _events(nlp: Any, text: str) -> dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {e.trigger: (e.type, e.sources, e.targets) for e in extract_events(nlp(text))}


def test_trailing_protest_misread_as_a_participle_is_a_complaint(nlp: Any) -> None:
    # "..., NAME protested on Monday" parsed as an apposition with a participle: the name complains
    # about the sentence's subject
    found = _events(nlp, "Serbian police are harassing Albanian journalists, a human rights group protested here Monday.")
    type_, _, targets = found["protested"]
    assert (type_, targets) == ("ACCUSE", ("grp:srb-police",))


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # near misses: a crowd's protest, and a participle that is no attribution, keep their readings
    ("Thousands of Serbs protested in Belgrade on Wednesday.", "protested", ("PROTEST", ("grp:serbs",), ())),
    ("Serbian police arrested Albanian journalists, Amnesty International detained on Monday.", "arrested",
     ("COERCE", ("grp:srb-police",), ("grp:alb-journalists",))),
])
def test_crowds_and_other_participles_are_no_trailing_attribution(nlp: Any, text: str, trigger: str,
                                                                   expected: tuple[Any, ...]) -> None:
    assert _events(nlp, text)[trigger] == expected


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # a preposition stranded before "and" shares the object that ends the next conjunct
    ("Turkey held talks with and sent aid to Syria.", "held talks", "cty:SYR"),
    ("Kenya has cut ties with and expelled the ambassador of Somalia.", "cut ties", "cty:SOM"),
])
def test_stranded_preposition_shares_the_next_conjuncts_object(nlp: Any, text: str, trigger: str,
                                                              target: str) -> None:
    assert _targets(nlp, text)[trigger] == (target,)


def test_a_preposition_with_its_own_object_shares_nothing(nlp: Any) -> None:
    # near miss: "with Somalia" has its object; the ambassador expelled is not lent back
    found = _targets(nlp, "Kenya has cut ties with Somalia and expelled the ambassador of Ethiopia.")
    assert found["cut ties"] == ("cty:SOM",)


@pytest.mark.parametrize("text", [
    # an act the speaker calls out of the question, or no option, is refused, and does not happen
    "Israeli officials said that withdrawing troops from Gaza is out of the question.",
    "Israeli officials said that a visit by the Turkish minister is not an option.",
])
def test_an_act_ruled_out_is_a_refusal(nlp: Any, text: str) -> None:
    events = extract_events(nlp(text))
    assert events[0].type == "REJECT" and events[0].sources == ("grp:isr-officials",)
    assert all(e.status == "negated" for e in events[1:]), events


@pytest.mark.parametrize("text", [
    # near misses: an act that is an option, or something else "out of", is no refusal
    "Israeli officials said that withdrawing troops from Gaza is an option.",
    "Israeli officials said the raid on Jenin was out of line.",
])
def test_an_option_or_other_out_is_no_refusal(nlp: Any, text: str) -> None:
    assert all(e.type != "REJECT" for e in extract_events(nlp(text)))
