"""Session 23: a participle after a condition or time limit in a reported clause is the reported
clause's (or the speaker's), a demand's clause ends before a tensed verb, a verb joined after quoted
words set off as a clause of their own is the speaker's, and a source who asked not to be named is no
named person. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


def _records(found_in: Any, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(span_text(text, f.cue), span_text(text, f.source), span_text(text, f.content))
            for f in found_in(text)]


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Lavrov said talks were impossible while its troops remained in the Kursk region, dismissing calls for a "
     "ceasefire.", "dismissing", "Lavrov"),
    ("He said the army would not withdraw until the rebels disarmed, rejecting calls for a truce.", "rejecting",
     "the army"),
    ("She said the deal would collapse if Hamas rejected it, calling the terms unfair.", "calling", "She"),
    ("She said the plan would fail unless ministers acted, citing the cost of delay.", "citing", "She"),
    # near misses: an event that happened ('because', 'after'), a clause set before its head, no report
    ("She said that the talks failed because the envoys left early, citing the cost.", "citing", "the envoys"),
    ("The talks collapsed because the envoys left early, citing the cost.", "citing", "the envoys"),
    ("She told reporters that the deal collapsed after Hamas rejected it, calling the terms unfair.", "calling",
     "Hamas"),
    ("If Hamas rejected the deal, citing new demands, the talks would collapse, he said.", "citing", "Hamas"),
    ("Unless ministers acted, citing the cost of delay, the plan would fail, she said.", "citing", "ministers"),
    ("The talks stalled while the envoys waited, citing the cost.", "citing", "The talks"),
    # 'while' that sets two sides against each other: the second side's
    ("He said Israel had accepted the deal while Hamas rejected it, calling the terms unfair.", "calling",
     "Hamas"),
    ("He said Kyiv wanted talks while Moscow refused them, demanding new terms.", "demanding", "Moscow"),
])
def test_a_participle_after_a_condition_is_not_its_subjects(found_in: Any, text: str, cue: str,
                                                             source: str) -> None:
    """'while its troops remained', 'until the rebels disarmed' state a condition, not an act
    of their subject: a participle the parse hung on them is the reported clause's above."""
    assert [r[1] for r in _records(found_in, text) if r[0] == cue] == [source]


@pytest.mark.parametrize(("text", "content"), [
    ("The protester who demanded the minister resign was booed.", "the minister resign"),
    ("The protester who demanded that the minister resign was booed.", "that the minister resign"),
    # near misses: no tensed verb, a question, a verb that reports a clause
    ("The protester who demanded the minister resign.", "the minister resign"),
    ("The protester who asked whether the minister was booed.", "whether the minister was booed"),
    ("The protester who asked who was booed.", "who was booed"),
    ("The protester who said the minister was booed.", "the minister was booed"),
])
def test_a_demand_in_a_relative_clause_ends_before_a_tensed_verb(found_in: Any, text: str, content: str) -> None:
    """A demand's clause takes the bare verb: 'was booed' is the sentence's."""
    assert [r[2] for r in _records(found_in, text) if r[1] == "who"] == [content]


def test_a_demand_with_no_relative_keeps_its_clause(found_in: Any) -> None:
    text = "The protester demanded the minister resign was booed."
    assert ("demanded", "The protester", "the minister resign was booed") in _records(found_in, text)


@pytest.mark.parametrize(("text", "source"), [
    ("Blinken said Israel had accepted the proposal, “and now Hamas must accept it,” and denied that talks had "
     "stalled.", "Blinken"),
    ("Blinken said Israel had accepted the proposal, and “Hamas must accept it,” and denied that talks had "
     "stalled.", "Blinken"),
    # near misses: no quotation marks, a subject of its own, the 'and' inside the marks
    ("Blinken said Israel had accepted the proposal, and Hamas rejected it and denied that talks had stalled.",
     "Hamas"),
    ("Blinken said Israel had accepted the proposal, “and now Hamas must accept it,” and Hamas denied that talks "
     "had stalled.", "Hamas"),
])
def test_a_verb_joined_after_a_quoted_clause_of_its_own(found_in: Any, text: str, source: str) -> None:
    """Quoted words the parse joined to the cue as a clause: the verb after the closing mark
    and 'and' is the speaker's, not the quoted clause's subject's."""
    assert [r[1] for r in _records(found_in, text) if r[0] == "denied"] == [source]


def test_a_verb_joined_inside_the_marks_stays_the_quoted_subjects(found_in: Any) -> None:
    text = ("Blinken said Israel had accepted the proposal, “and now Hamas must accept it and deny the rumours,” "
            "the aide recalled.")
    assert [r[1] for r in _records(found_in, text) if r[0] == "deny"] == ["Hamas"]


HOCHSTEIN = "Amos Hochstein met Lebanese leaders on Monday. "


@pytest.mark.parametrize(("text", "speakers"), [
    ("The U.S. envoy, who asked not to be named, said the talks were going well.", ("cty:USA",)),
    ("The U.S. envoy, who declined to be identified, said the talks were going well.", ("cty:USA",)),
    ("“The talks are going well,” the U.S. envoy, who asked not to be named, told reporters.", ("cty:USA",)),
    # near misses: no anonymity, an active 'identify', a body named beside the source
    ("The U.S. envoy said the talks were going well.", ("per:amos-hochstein",)),
    ("The U.S. envoy, who arrived on Sunday, said the talks were going well.", ("per:amos-hochstein",)),
    ("The U.S. envoy, who declined to identify the aides, said the talks were going well.",
     ("per:amos-hochstein",)),
    ("A senior Hamas official, who asked not to be named, said the talks were going well.", ("org:hamas",)),
])
def test_a_source_who_asked_not_to_be_named_is_no_named_person(quotes_of: Any, text: str,
                                                              speakers: tuple[str, ...]) -> None:
    """The actors stage takes 'The U.S. envoy' for the envoy named before; one who asked not to
    be named is not him."""
    assert [q.speakers for q in quotes_of(HOCHSTEIN + text) if q.cue in ("said", "told")] == [speakers]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The lawyer who requested the hearing be delayed was fined.", "requested", "the hearing be delayed"),
    ("The senator who urged the talks continue was criticised.", "urged", "the talks continue"),
    ("The panel that recommended the plan be dropped was disbanded.", "recommended", "the plan be dropped"),
    ("The group that urged the government rethink its plan welcomed the decision.", "urged",
     "the government rethink its plan"),
    ("The lawyer, who requested the hearing be delayed, was fined.", "requested", "the hearing be delayed"),
    # near misses: the bare verb is the sentence's (nothing tensed after it, a comma or a relative
    # first), a 'to' clause, no verb after the object, a tensed verb right after it
    ("Those who requested refunds receive them within a week.", "requested", "refunds"),
    ("Those who requested refunds get them, officials said.", "requested", "refunds"),
    ("The senator who urged the talks to continue was criticised.", "urged", "the talks to continue"),
    ("The lawyer who requested the hearing was fined.", "requested", "the hearing"),
    ("The group that urged reform welcomed the decision.", "urged", "reform"),
    ("The lawyer, who requested the files, said the hearing be moved.", "requested", "the files"),
])
def test_a_demands_bare_clause_runs_to_the_sentences_verb(found_in: Any, text: str, cue: str, content: str) -> None:
    """'who requested the hearing be delayed was fined', parsed with 'be delayed' the sentence's
    verb: the demanded clause is 'the hearing be delayed', not its subject alone."""
    assert [r[2] for r in _records(found_in, text) if r[0] == cue] == [content]


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Hamas said the new terms reflected Netanyahu's demands and accused the United States of bias.", "accused",
     "Hamas"),
    ("The ministry said the drones struck the base and warned of more attacks.", "warned of", "The ministry"),
    ("The ministry said some of the aircraft had crossed the line and accused Beijing of provocation.", "accused",
     "The ministry"),
    ("The ministry said some of the aircraft had crossed the median line, accusing Beijing of provocation.",
     "accusing", "The ministry"),
    # near misses: a clause's subject who speaks, one of its own, a writing, a perfect frame
    ("Hamas said the militants fired rockets and accused Israel of lying.", "accused", "the militants"),
    ("Hamas said the talks collapsed and the mediators accused Israel of lying.", "accused", "the mediators"),
    ("Hamas said Israel rejected the plan and accused Egypt of bias.", "accused", "Israel"),
    ("Hamas said the report blamed Israel and denied any role in the attack.", "denied", "the report"),
    ("Hamas has said the talks collapsed and accused Israel of lying.", "accused", "the talks"),
    ("The ministry said some of the protesters had crossed the line, accusing police of brutality.", "accusing",
     "some of the protesters"),
])
def test_a_thing_that_says_nothing_hands_the_verb_to_the_speaker(found_in: Any, text: str, cue: str,
                                                                 source: str) -> None:
    """'said the new terms reflected ... and accused', 'said some of the aircraft had crossed ...,
    accusing': terms and aircraft accuse no one; the speaker does."""
    assert [r[1] for r in _records(found_in, text) if r[0] == cue] == [source]
