"""Session 13: what nobody said reports nothing; a negative-quantifier subject negates its act; a
stranded preposition's object."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract_events


def _events(nlp: Any, text: str) -> dict[str, tuple[str, str]]:
    return {e.trigger: (e.type, e.status) for e in extract_events(nlp(text))}


@pytest.mark.parametrize("text", [
    # nobody said it: no refusal, no commitment, and no speaker
    "Nobody said war is out of the question.",
    "None of the officials said war is out of the question.",
    "No official said Israel would withdraw.",
])
def test_words_nobody_said_make_no_speech_event(nlp: Any, text: str) -> None:
    found = _events(nlp, text)
    assert all(t not in ("REJECT", "AGREE") for t, _ in found.values()), found


@pytest.mark.parametrize(("text", "status"), [
    # near misses: a named speaker rules it out; a named speaker's denied saying is negated, not dropped
    ("Hamas said withdrawing is out of the question.", "happened"),
    ("Israel did not say war is out of the question.", "negated"),
])
def test_a_named_speakers_refusal_stays(nlp: Any, text: str, status: str) -> None:
    assert ("REJECT", status) in _events(nlp, text).values()


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Nobody attacked the convoy.", "attacked", "negated"),  # the act is denied of anyone
    ("No official said Israel would withdraw.", "withdraw", "hypothetical"),  # reported by nobody
    ("Nobody confirmed that Israel struck the school.", "struck", "hypothetical"),
    # near miss: doubted by no one, the strike is taken as done
    ("No one doubted that Israel struck Iran.", "struck", "happened"),
])
def test_negative_subject_status(nlp: Any, text: str, trigger: str, status: str) -> None:
    assert _events(nlp, text)[trigger][1] == status


def test_nobody_hurt_is_no_event(nlp: Any) -> None:
    assert extract_events(nlp("Nobody was hurt.")) == []


def _targets(nlp: Any, text: str) -> dict[str, tuple[str, ...]]:
    return {e.trigger: e.targets for e in extract_events(nlp(text))}


@pytest.mark.parametrize(("text", "trigger", "targets"), [
    # a stranded preposition before a conjunct shares the conjunct's object where that names a party
    ("Israel struck at and killed a Hamas commander in Lebanon.", "struck", ("org:hamas",)),
    # ... and the conjunct's last noun where its object is the act's own ("opened an embassy in")
    ("Iran established ties with and opened an embassy in Syria.", "established ties", ("cty:SYR",)),
    ("Russia met with and sent aid to Syria and Iran.", "met", ("cty:SYR", "cty:IRN")),
    # in a relative clause, the noun the clause describes
    ("Egypt criticized the Hamas faction that Israel fired on.", "fired on", ("org:hamas",)),
    ("Israel bombed the Hezbollah fighters who Syria sent aid to.", "sent aid", ("org:hezbollah",)),
])
def test_stranded_preposition_object(nlp: Any, text: str, trigger: str, targets: tuple[str, ...]) -> None:
    assert _targets(nlp, text)[trigger] == targets


def test_a_relative_clause_is_not_about_the_nouns_conjunct(nlp: Any) -> None:
    # near miss: Israel fired on the militia, not on the army conjoined after the clause
    assert "org:lebanese-army" not in _targets(
        nlp, "Iran praised the militia that Israel fired on and the Lebanese army.")["fired on"]


def _sources(nlp: Any, text: str) -> dict[str, tuple[str, ...]]:
    return {e.trigger: e.sources for e in extract_events(nlp(text))}


def test_a_measure_read_as_an_agent_leaves_the_subject(nlp: Any) -> None:
    # "by one hour" before the shifted object is how much, not by whom
    assert _sources(nlp, "President Omar al-Bashir on Thursday shortened by one hour the nightly curfew.")[
        "shortened curfew"] == ("per:omar-al-bashir",)


def test_an_event_nouns_doer_is_not_the_protesters(nlp: Any) -> None:
    # the parser hung "by the Turkish army" on "protested": the army shelled, the villagers protest
    assert "grp:tur-forces" not in _sources(nlp, "Villagers protested against the shelling by the Turkish army.")[
        "protested"]


@pytest.mark.parametrize("text", [
    "Villagers protested against the shelling by the Turkish army.",  # "by" parsed as the verb's agent
    "Kurdish villagers protested the shelling by the Turkish army.",  # ... or as its preposition
])
def test_a_stray_agent_is_the_event_nouns_doer(nlp: Any, text: str) -> None:
    assert _sources(nlp, text)["shelling"] == ("grp:tur-forces",)


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Kurdish villagers were attacked by the Turkish army.", "attacked", "grp:tur-forces"),
    # a headline's passive, parsed with a subject and no auxiliary: its "by" follows the verb
    ("Two Palestinians shot dead by Israeli troops near Jenin.", "shot", "org:idf"),
    ("Israel attacked by Iran with hundreds of drones.", "attacked", "cty:IRN"),
])
def test_a_passive_keeps_its_agent(nlp: Any, text: str, trigger: str, source: str) -> None:
    assert _sources(nlp, text)[trigger] == (source,)


@pytest.mark.parametrize("text", [
    # a crowd's act during (or amid) demonstrations against someone is against them too
    "Kurdish youths threw stones during demonstrations against the abuses by the Turkish army.",
    "Kurdish youths threw stones amid protests against the Turkish army.",
])
def test_a_riot_during_demonstrations_takes_their_target(nlp: Any, text: str) -> None:
    assert _targets(nlp, text)["threw stones"] == ("grp:tur-forces",)


def test_police_fire_during_demonstrations_is_not_a_protest(nlp: Any) -> None:
    # near miss: the frame is read for protests only
    assert _events(nlp, "Police fired tear gas during demonstrations against Israel.")["fired"][0] != "PROTEST"


@pytest.mark.parametrize(("text", "trigger", "status"), [
    # a negative subject denies its verb's act of anyone, not the event in its object
    ("No group has claimed responsibility for the attack on the convoy.", "attack", "happened"),
    ("No one claimed the attack on the convoy.", "attack", "happened"),
    ("None of the ministers attended the summit in Cairo.", "summit", "happened"),
    # near misses: through a light verb the event is the act denied; a named subject's refusal withholds it
    ("No one launched an attack on the convoy.", "launched attack", "negated"),
    ("Hamas did not claim responsibility for the attack.", "attack", "hypothetical"),
])
def test_a_negative_subject_leaves_the_event_in_its_object(nlp: Any, text: str, trigger: str, status: str) -> None:
    assert _events(nlp, text)[trigger][1] == status


def test_the_protesters_of_a_gathering_are_not_its_target(nlp: Any) -> None:
    # near miss: "of" after the gathering names who protests ("in protest of X" names X)
    assert _targets(nlp, "Youths threw stones amid protests of Palestinians against the settlements.")[
        "threw stones"] == ()


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    # easing a curfew or restrictions concedes (CAMEO 081x); imposing or extending one coerces
    ("Israel cut the curfew in Hebron by one hour.", "cut curfew", "CONCEDE"),
    ("Indian authorities reduced the curfew in Srinagar to six hours.", "reduced curfew", "CONCEDE"),
    ("Egypt cut restrictions on opposition parties.", "cut restrictions", "CONCEDE"),
    ("Israel eased the curfew on Palestinians in Hebron.", "eased curfew", "CONCEDE"),
    ("Israel lifted restrictions on Palestinians in Hebron.", "lifted restrictions", "CONCEDE"),
    ("Israel imposed a curfew on Palestinians in Hebron.", "imposed curfew", "COERCE"),
    ("Israel extended the curfew on Palestinians in Hebron.", "extended curfew", "COERCE"),
    # near misses: cutting supplies restricts; lifting a blockade is a retreat (CAMEO 0872)
    ("Israel cut power to Gaza.", "cut power", "COERCE"),
    ("Israel lifted the blockade on Gaza.", "lifted blockade", "RETREAT"),
])
def test_easing_a_curfew_concedes(nlp: Any, text: str, trigger: str, type_: str) -> None:
    assert _events(nlp, text)[trigger][0] == type_
