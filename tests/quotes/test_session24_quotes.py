"""Session 24: the participle test knows a thing from a person by the actors' titles and a noun's
form (a WordNet verb with '-er'), a participle after a forecast or pledge is the speaker's, an aide
who asked not to be named is not the person named beside him, a verb of saying joined after a
quotation of two clauses is the speaker's, and a request's or demand's clause ends where the
sentence's verb begins. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.quotes.base import agent_noun
from tests.quotes.conftest import span_text

PUBLISHED = "2024-08-18"


def _records(found_in: Any, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(span_text(text, f.cue), span_text(text, f.source), span_text(text, f.content))
            for f in found_in(text)]


@pytest.mark.parametrize(("lemma", "agent"), [
    ("protester", True), ("farmer", True), ("shopper", True), ("spokesman", True), ("economist", True),
    ("politician", True), ("engineer", True), ("carrier", True),
    # near misses: a noun in '-er' on no verb, '-ist' on no stem
    ("border", False), ("paper", False), ("order", False), ("list", False), ("wrist", False),
    ("barrier", False),
])
def test_an_agent_noun_by_its_form(lemma: str, agent: bool) -> None:
    assert agent_noun(lemma) is agent


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("The army said the border would stay closed until the rebels withdrew, citing security concerns.",
     "citing", "The army"),
    ("The army said the border had stayed closed, citing security concerns.", "citing", "The army"),
    ("The minister said his government would not budge, rejecting calls for a ceasefire.", "rejecting",
     "The minister"),
    ("The minister said that his government would not budge, rejecting calls for a ceasefire.", "rejecting",
     "The minister"),
    ("The minister told reporters in Doha on Friday that his government would not budge, rejecting calls for "
     "a ceasefire.", "rejecting", "The minister"),
    ("The minister said the army could attack, warning residents to leave.", "warning", "The minister"),
    # near misses: people by title or form, no forecast, the clause first, an absolute, a condition between
    ("The union said its members had filed a complaint, citing the new rules.", "citing", "its members"),
    ("The union said its lawyer had filed a complaint, citing the new rules.", "citing", "its lawyer"),
    ("The union said the protester had filed a complaint, citing the new rules.", "citing", "the protester"),
    ("The minister said his government had not budged, rejecting calls for a ceasefire.", "rejecting",
     "his government"),
    ("His government would not budge, rejecting calls for a ceasefire, the minister said.", "rejecting",
     "His government"),
    ("The minister said his government would not budge, the army rejecting calls for a ceasefire.", "rejecting",
     "the army"),
    ("He said the army would not withdraw until the rebels disarmed, rejecting calls for a truce.", "rejecting",
     "the army"),
    # review: people give their own reason for what they will do; a newspaper or a customer is no
    # thing (the old '-er' guess held them)
    ("The minister said the president would resign, citing health reasons.", "citing", "the president"),
    ("The company said its chief executive would step down, citing personal reasons.", "citing",
     "its chief executive"),
    ("The minister said the rebels would keep fighting, accusing the government of bad faith.", "accusing",
     "the rebels"),
    ("The union said the newspaper had published the story, citing the new rules.", "citing", "the newspaper"),
    ("The union said the customer had filed a complaint, citing the new rules.", "citing", "the customer"),
])
def test_a_participle_after_a_forecast_or_a_thing_is_the_speakers(found_in: Any, text: str, cue: str,
                                                                    source: str) -> None:
    """'the border would stay closed ..., citing': a border cites nothing; 'would not budge,
    rejecting': the speaker goes on to explain the pledge."""
    assert [r[1] for r in _records(found_in, text) if r[0] == cue] == [source]


@pytest.mark.parametrize(("text", "speakers"), [
    ("An aide to Hochstein, who asked not to be named, said the talks had stalled. Hochstein arrived in "
     "Beirut on Monday.", [()]),
    # near misses: no anonymity, another relative clause, the named man himself
    ("An aide to Hochstein said the talks had stalled.", [("per:amos-hochstein",)]),
    ("An aide to Hochstein, who arrived in Beirut on Monday, said the talks had stalled.",
     [("per:amos-hochstein",)]),
    ("Hochstein, who asked not to be named, said the talks had stalled.", [("per:amos-hochstein",)]),
    # review: one named in part is named
    ("A relative of the hostage, who asked to be named only as Yossi, said he was alive.", [("per:yossi",)]),
])
def test_an_unnamed_aide_is_not_the_person_named_beside_him(quotes_of: Any, text: str,
                                                             speakers: list[tuple[str, ...]]) -> None:
    assert [q.speakers for q in quotes_of(text)] == speakers


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Blinken said, “We have done our part, and now it is up to Hamas,” and urged the group to accept the "
     "deal.", "urged", ["Blinken"]),
    ('Blinken told reporters, "We have done our part, and now it is up to Hamas," and urged the group to '
     'accept the deal.', "urged", ["Blinken"]),
    ('He said, "The army fired, and the rebels fled," and accused Hamas of lying.', "accused", ["He"]),
    # near misses: the verb inside the marks, a subject of its own, no quotation marks
    ("Blinken said, “We have done our part, and now it is up to Hamas, and they urged the group to accept the "
     "deal.”", "urged", []),
    ('Blinken said, "We have done our part, and now it is up to Hamas," and the mediators urged the group to '
     'accept the deal.', "urged", ["the mediators"]),
    ("He said the rebels had fled and warned residents to stay indoors.", "warned", ["the rebels"]),
])
def test_a_verb_joined_after_two_quoted_clauses_is_the_speakers(found_in: Any, text: str, cue: str,
                                                                source: list[str]) -> None:
    assert [r[1] for r in _records(found_in, text) if r[0] == cue] == source


@pytest.mark.parametrize(("text", "content"), [
    ("The woman who asked police to find the man who had stolen her car was thanked.",
     "police to find the man who had stolen her car"),
    ("The woman who asked police to find the man was thanked.", "police to find the man"),
    ("The union that demanded the government acts now.", "the government acts now"),
    # near misses: no relative clause, a report of what was found, a demand in the subjunctive
    ("The woman asked police to find the man who had stolen her car.",
     "police to find the man who had stolen her car"),
    ("The protester who demanded the minister resign was booed.", "the minister resign"),
    ("The union, which demanded the government acts now, went on strike.", "the government acts now"),
    ("The lawmaker who demanded an inquiry was sacked.", "an inquiry"),
])
def test_a_request_in_a_relative_clause_ends_at_the_sentences_verb(found_in: Any, text: str,
                                                                   content: str) -> None:
    assert [r[2] for r in _records(found_in, text) if r[0] in ("asked", "demanded")] == [content]


# review: bugs of the session base found in news passages of our own


@pytest.mark.parametrize(("text", "cue", "contents"), [
    ("Hezbollah said it fired dozens of rockets at northern Israel in response and warned that its retaliation "
     "was still coming.", "said", ["it fired dozens of rockets at northern Israel in response"]),
    ("Hamas said it accepted the plan and urged Israel to do the same.", "said",
     ["it accepted the plan and urged Israel to do the same"]),
    # near misses: a run-on verb with no 'and' is the sentence's
    ("The ceasefire reported on Sunday the mediators had brokered collapsed.", "reported", []),
    ("Previous truces announced over the past weeks collapsed.", "announced", []),
])
def test_an_and_the_parse_hung_on_the_reported_clause_is_no_run_on(found_in: Any, text: str, cue: str,
                                                                   contents: list[str]) -> None:
    """'said it fired rockets ... and warned': the parse hung 'and' on 'fired', not on 'said'."""
    assert [r[2] for r in _records(found_in, text) if r[0] == cue] == contents


@pytest.mark.parametrize(("text", "cue", "sources"), [
    ("China's foreign ministry said the fighting was threatening stability along the border.", "was threatening",
     []),
    ("Floods threatened the harvest, officials said.", "threatened", []),
    ("The plan threatens thousands of jobs, the union said.", "threatens", []),
    # near misses: people, a group, a country, a firm threaten
    ("Hamas threatened retaliation.", "threatened", ["Hamas"]),
    ("The minister threatened to resign.", "threatened", ["The minister"]),
    ("The rebels threatened the town.", "threatened", ["The rebels"]),
    ("The union threatened a strike.", "threatened", ["The union"]),
    ("The workers threatened to strike.", "threatened", ["The workers"]),
])
def test_a_thing_that_threatens_says_nothing(found_in: Any, text: str, cue: str, sources: list[str]) -> None:
    assert [r[1] for r in _records(found_in, text) if r[0] == cue] == sources


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The Houthis launched attacks on shipping that the group says are in solidarity with Palestinians.", "says",
     "are in solidarity with Palestinians"),
    ("Israel struck a building that it says housed Hezbollah weapons.", "says", "housed Hezbollah weapons"),
    ("The rebels freed a man who the army says is a spy.", "says", "is a spy"),
    ("The rebels seized the town which the army says is of no value.", "says", "is of no value"),
    # near misses: the relative clause set off by commas, a reported clause before its cue
    ("The rebels seized the town, which the army says is of no value.", "says", "is of no value"),
    ("The talks, he said, had failed.", "said", "The talks, he said, had failed"),
])
def test_a_relative_pronoun_before_the_cue_is_not_the_reported_words(found_in: Any, text: str, cue: str,
                                                                      content: str) -> None:
    assert [r[2] for r in _records(found_in, text) if r[0] == cue] == [content]


@pytest.mark.parametrize(("text", "cue", "date"), [
    ("Machado said on Saturday that her movement had proof that Gonzalez won the July 28 election, and urged "
     "supporters to march again.", "urged", "2024-08-17"),
    ("Mediators said on Saturday that talks would open in Cairo next week, urging Israel and Hamas to close the "
     "gaps.", "urging", "2024-08-17"),
    ("The ministry said the talks might resume next week, adding that no date had been set.", "adding", None),
    # near misses: the statement's own date, a date of the verb's own
    ("Machado said on Saturday that her movement had proof that Gonzalez won the July 28 election, and urged "
     "supporters to march again.", "said", "2024-08-17"),
    ("The minister said the talks would resume on Thursday and added on Friday that nothing was agreed.", "added",
     "2024-08-16"),
])
def test_a_date_inside_another_statement_is_not_the_cues(quotes_of: Any, text: str, cue: str,
                                                         date: str | None) -> None:
    """'said on Saturday that Gonzalez won the July 28 election, and urged': the urging's Saturday."""
    assert [q.date for q in quotes_of(text) if q.cue == cue] == [date]
