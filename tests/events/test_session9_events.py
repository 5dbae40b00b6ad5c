"""Session 9, on sentences of our own (published Wednesday 2024-11-13): an act someone is asked to do
is not done; a recalled envoy's host country and the mediators an appeal goes to; disputes after an
adverbial clause, after "according to" and with no disputer named; "take <place>" in war prose but
not in election prose; a "when" clause dated by the phrase it hangs on."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.test_told_and_stopped import _events, _one


@pytest.mark.parametrize(("text", "word"), [
    # the requested act is the request's content (as "urged X to mobilize" is): no event of its own, or one
    # only asked for
    ("The cleric called on the tribes to unite and mobilize against the invaders.", "mobilize"),
    ("The movement called on its members to gather and march on the capital.", "march"),
    ("The sheikh issued a call for the clans to unite and mobilise.", "mobilise"),
    ("The cleric told the tribes to unite and mobilize.", "mobilize"),  # "told X to" as "urged X to"
])
def test_requested_act_is_not_done(nlp: Any, text: str, word: str) -> None:
    events = _events(nlp, text)
    assert not [e for e in events if word in e.trigger and e.status == "happened"], events
    assert any(e.type == "REQUEST" for e in events), events


@pytest.mark.parametrize(("text", "word", "status"), [
    ("The general said the reservists must mobilize at once.", "mobilize", "hypothetical"),
    # neighbours: done acts stay done
    ("The tribes mobilized thousands of fighters on Sunday.", "mobilized", "happened"),
    ("The cleric said the tribes had mobilized.", "mobilized", "happened"),
])
def test_asked_or_obliged_act_is_not_done(nlp: Any, text: str, word: str, status: str) -> None:
    assert _one(_events(nlp, text), word).status == status


@pytest.mark.parametrize(("text", "word", "target"), [
    ("Poland recalled its ambassador from Minsk on Friday.", "recalled", "cty:BLR"),
    ("Slovenia recalled its envoy from Zagreb.", "recalled", "cty:HRV"),
    ("Germany recalled its ambassador from Niger.", "recalled", "cty:NER"),
])
def test_recalled_from_host(nlp: Any, text: str, word: str, target: str) -> None:
    ev = _one(_events(nlp, text), word, "SANCTION")
    assert target in ev.targets, ev


@pytest.mark.parametrize(("text", "targets"), [
    ("Talks resumed with mediators from Egypt and Qatar in Cairo. Hamas later urged the mediators to press "
     "Israel for a truce.", {"grp:egy-mediators", "grp:qat-mediators"}),
    ("Egyptian and Qatari mediators met both delegations. Israel urged the mediators to restrain Hamas.",
     {"cty:EGY", "cty:QAT"}),
    # mediators named in the sentence itself stay theirs; none named before: none
    ("Talks resumed with mediators from Egypt and Qatar. Hamas urged Turkish mediators to step in.",
     {"grp:tur-mediators"}),
    ("Hamas urged the mediators to press Israel for a truce.", set()),
])
def test_urged_mediators(nlp: Any, text: str, targets: set[str]) -> None:
    ev = _one(_events(nlp, text), "urged", "REQUEST")
    assert set(ev.targets) == targets, ev


@pytest.mark.parametrize(("text", "word", "status"), [
    # an adverbial clause inside the told act no longer hides the dispute
    ("Moscow said its troops captured the village as they advanced west, a claim Kyiv denied.", "captured", "denied"),
    ("Moscow said its troops captured the village after they surrounded it, a claim Kyiv rejected.", "captured",
     "denied"),
    ("After a night of shelling, Moscow said its troops captured the village, a claim Kyiv denied.", "captured",
     "denied"),
    # a count of downed drones is no toll
    ("The Houthis said they had shot down 3 American drones over Yemen, a claim Washington denied.", "shot",
     "denied"),
    # "according to" tells the act as "said" does
    ("Russian troops captured the village of Pishchane, according to state television, a claim Kyiv denied.",
     "captured", "denied"),
    ("Russian troops captured the village of Pishchane, according to state television. Kyiv rejected the claim.",
     "captured", "denied"),
    # a denial with no disputer named is not the claimant's own
    ("The Houthis said they sank a Greek tanker, a claim denied on Telegram.", "sank", "denied"),
    ("Moscow said it captured the town, a claim that was denied on Telegram by Ukrainian officers.", "captured",
     "denied"),
    ("The Houthis said they had shot down a drone. The claim was denied.", "shot", "denied"),
    # neighbours kept from the narrowing: a strike or toll disputed by its target, the speaker's own side, a pronoun
    ("The army said it struck gunmen in the school, a claim the group denied.", "struck", "happened"),
    ("The ministry said the strikes killed 40 people in the camp, a claim the army disputes.", "killed", "happened"),
    ("Moscow said its troops captured the village, a claim Russia repeated.", "captured", "happened"),
    ("Moscow said it had taken the town, a claim it denied.", "taken", "happened"),
])
def test_disputes(nlp: Any, text: str, word: str, status: str) -> None:
    assert _one(_events(nlp, text), word).status == status


@pytest.mark.parametrize(("text", "source"), [
    ("Russia said it had taken Avdiivka.", "cty:RUS"),
    ("Russian forces took Avdiivka after weeks of fighting.", "org:russian-armed-forces"),
    ("The RSF took El Fasher in October.", "org:rsf"),
    ("Putin took Crimea in 2014.", "per:vladimir-putin"),
])
def test_take_place_in_war(nlp: Any, text: str, source: str) -> None:
    ev = _one(_events(nlp, text), "t", "ASSAULT")
    assert source in ev.sources and ev.status == "happened", ev


@pytest.mark.parametrize("text", [
    "Trump took Iowa by a wide margin.",
    "Haley hoped to take New Hampshire in the primary.",
    "The Democrats took Virginia.",
    "The minister took Iran to task over the remarks.",
    "The senator took Washington by surprise.",
    "Zelensky took Bakhmut off the agenda.",
])
def test_take_place_elsewhere_is_no_attack(nlp: Any, text: str) -> None:
    events = _events(nlp, text)
    assert not [e for e in events if e.trigger.startswith(("took", "take"))], events


@pytest.mark.parametrize(("text", "word", "date"), [
    ("The war began with the raid on October 7, when gunmen killed 300 people.", "killed", "2024-10-07"),
    ("Anger grew after the strike on Monday, when jets hit a clinic.", "hit", "2024-11-11"),
    ("He remembered the night of August 3, when rebels attacked the village.", "attacked", "2024-08-03"),
    ("The unrest began in March, when students stormed the parliament.", "stormed", "2024-03"),
])
def test_when_clause_takes_the_phrase_date(nlp: Any, text: str, word: str, date: str) -> None:
    ev = _one(_events(nlp, text), word)
    assert (ev.date, ev.date_anchor) == (date, "text"), ev



@pytest.mark.parametrize(("text", "requests"), [
    ("When asked about the raid, the minister said the army had acted alone.", 0),
    ("Asked whether talks would resume, the envoy said no date was set.", 0),
    # neighbours: a request made stays one
    ("The minister asked the army to halt the raid.", 1),
    ("The envoy was asked by Qatar to resume the talks.", 1),
])
def test_question_put_to_the_speaker_is_no_request(nlp: Any, text: str, requests: int) -> None:
    events = _events(nlp, text)
    assert len([e for e in events if e.type == "REQUEST"]) == requests, events


@pytest.mark.parametrize(("text", "word", "source"), [
    # a "when" clause's bare agents act for the side of the dated event noun, as in an "in which" clause
    ("The war began with the Hamas attack on October 7, when gunmen killed 300 people.", "killed", "org:hamas"),
    ("The unrest began with the Hamas attack on October 7, when the army killed 300 people.", "killed", None),
])
def test_when_clause_agents_act_for_the_dated_event(nlp: Any, text: str, word: str, source: str | None) -> None:
    ev = _one(_events(nlp, text), word)
    assert (source in ev.sources) if source else ("org:hamas" not in ev.sources), ev
