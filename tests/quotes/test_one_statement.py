"""One statement, one record: a quote whose sentence runs on past its closing mark into reported
speech framed after it is that statement's opening, not a second record over the same words;
statements that are really two stay two. Sentences are our own."""

from __future__ import annotations

from itertools import combinations
from typing import Any

import pytest


def _overlapping(quotes: list[Any]) -> list[tuple[str, str]]:
    return [(a.text, b.text) for a, b in combinations(quotes, 2)
            if min(a.end, b.end) > max(a.start, b.start)]


@pytest.mark.parametrize(("text", "content", "cue", "speaker"), [
    # the run-on clause has its own subject: the frame after the sentence says all of it
    ("“The deal is close,” the envoy said. “We will not accept this” and Israel must follow, "
     "he told reporters.", "“We will not accept this” and Israel must follow", "told", "he"),
    ("“The deal is close,” the envoy said. “We will not sign” because the guarantees are too weak, "
     "he told reporters on Tuesday.", "“We will not sign” because the guarantees are too weak",
     "told", "he"),
    # over a paragraph break; words completing the quote run on inside the direct quote
    ("“Talks are over,” the foreign minister said.\n\n“Moscow must stop” its strikes on the grid, "
     "he told state television.", "Moscow must stop” its strikes on the grid", "told", "he"),
    ("“Talks are over,” the foreign minister said.\n\n“Moscow must stop” and Kyiv will answer, "
     "he told state television.", "“Moscow must stop” and Kyiv will answer", "told", "he"),
    # the run-on completes the quote's own clause
    ("“The deal is close,” the envoy said. “We cannot sign until Hamas proves” that the hostages "
     "are alive, she said.", "“We cannot sign until Hamas proves” that the hostages are alive",
     "said", "she"),
])
def test_run_on_into_a_later_frame_is_one_statement(quotes_of: Any, text: str, content: str,
                                                    cue: str, speaker: str) -> None:
    quotes = quotes_of(text)
    assert not _overlapping(quotes)
    last = quotes[-1]
    assert (last.text, last.cue, last.speaker_text) == (content, cue, speaker)
    assert len(quotes) == 2


@pytest.mark.parametrize(("text", "contents"), [
    # 'adding that ...' is a second statement of the same speaker
    ("“The ceasefire must hold,” the minister said, adding that talks would resume in Cairo.",
     ["The ceasefire must hold,", "that talks would resume in Cairo"]),
    ("“The ceasefire must hold,” the minister said, adding that talks would resume in Cairo. "
     "“We are ready.”", ["The ceasefire must hold,", "that talks would resume in Cairo",
                         "We are ready."]),
    # no frame after the run-on: the quote keeps the speaker before it, the run-on stays out
    ("“The deal is close,” the envoy said. “Hamas needs to say yes” and Israel must follow.",
     ["The deal is close,", "Hamas needs to say yes"]),
    # a quote closed by a period is a sentence of its own; the next sentence has its own frame
    ("“The deal is close,” the envoy said. “We will not accept this.” Israel must follow, "
     "he told reporters.", ["The deal is close,", "We will not accept this.", "Israel must follow"]),
])
def test_separate_statements_stay_apart(quotes_of: Any, text: str, contents: list[str]) -> None:
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == contents
    assert not _overlapping(quotes)


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # a verb of stance inside the quote's clause does not quote the words a second time
    ("Lavrov met Wang Yi in Beijing on Monday. He said the two sides opposed “unilateral sanctions.”",
     "unilateral sanctions.", "He"),
    ("The minister said Israel had rejected “every proposal” so far.", "every proposal",
     "The minister"),
    ("Blinken said Washington supported “a durable ceasefire.”", "a durable ceasefire.", "Blinken"),
])
def test_quoted_words_in_a_reported_clause_are_one_record(quotes_of: Any, text: str, content: str,
                                                          speaker: str) -> None:
    quotes = quotes_of(text)
    assert [(q.text, q.speaker_text) for q in quotes] == [(content, speaker)]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # an inverted frame whose name the tagger read as an adverb or a participle
    ("The two envoys have known each other for years.\n\n“Having a channel to Tehran is valuable,” "
     "said Skelly, explaining he worked with the mission.",
     "Having a channel to Tehran is valuable,", "Skelly"),
    ("She had not.\n\n“I am not going to call it a mistake, so forget about it,” said retired "
     "diplomat Ben Carson, asked about the video.",
     "I am not going to call it a mistake, so forget about it,", "retired diplomat Ben Carson"),
])
def test_inverted_frame_with_a_trailing_participle(quotes_of: Any, text: str, content: str,
                                                   speaker: str) -> None:
    quotes = quotes_of(text)
    assert (content, "said", speaker) in [(q.text, q.cue, q.speaker_text) for q in quotes]
    # 'asked about ...' is what he was asked: no statement of his
    assert all(q.cue != "asked about" for q in quotes)
