"""Session 16, round 3: quoted words a gloss translates ('the Arabic phrase for “...”') are what
the words mean, nobody's quote; quoted words and the nouns naming them are never a source.
Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "meaning"), [
    ("Neighbors said the driver shouted “Mazel tov,” the Hebrew phrase for “good luck,” as he left.",
     "good luck,"),
    ("The Greek word for “no” is “ochi,” the guide said.", "no"),
    ("Police said the Spanish slogan for “We can” was painted on the wall.", "We can"),
])
def test_a_translation_is_nobodys_quote(quotes_of: Any, text: str, meaning: str) -> None:
    assert meaning not in [q.text for q in quotes_of(text)]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Fans raised a cry for “a new coach,” the club said.", "a new coach,", "the club"),
    ("Residents called for “an end to the violence,” the mayor said.", "an end to the violence,",
     "Residents"),
    ("The Greek word for “no” is “ochi,” the guide said.", "ochi,", "the guide"),
])
def test_words_after_a_plea_or_beside_a_gloss_are_still_quoted(quotes_of: Any, text: str, words: str,
                                                               speaker: str) -> None:
    """A 'cry for' with no language before it is a plea; the quoted word a gloss names is said."""
    assert (words, speaker) in [(q.text, q.speaker_text) for q in quotes_of(text)]


@pytest.mark.parametrize("text", [
    "The placard bore “Ya basta,” the Spanish phrase for “enough already,” urging the mayor to resign.",
    "The placard read “Ya basta,” the Spanish phrase for “enough already,” urging the mayor to resign.",
    "The flag carried the word “Freiheit,” urging the crowd to march.",
    "The poster bore the word “Resign,” urging the minister to quit.",
])
def test_quoted_words_are_no_source(quotes_of: Any, text: str) -> None:
    """Words on a placard, their gloss, or the noun naming them ('the word “Freiheit”') never
    urge anything; the source never takes in a verb and its quote."""
    for q in quotes_of(text):
        source = q.speaker_text or ""
        assert not {"“", "word", "phrase", "bore", "read", "carried"} & set(source.replace("“", " “ ").split())


@pytest.mark.parametrize(("text", "speaker"), [
    ("The mayor's word was final, aides said.", "aides"),
    ("The placard read “Ya basta,” the Spanish phrase for “enough already,” urging the mayor to "
     "resign.", "The placard"),
])
def test_the_one_who_bore_or_said_it_stays_the_source(quotes_of: Any, text: str, speaker: str) -> None:
    assert [q.speaker_text for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "The panel will vote on Rivera, who was nominated by the governor in May.",
    "The board rejected a proposal that was endorsed by the mayor.",
    "The treasurer, who was accused of fraud, denied the charges.",
])
def test_a_source_never_runs_into_its_own_cue(found_in: Any, text: str) -> None:
    """'Rivera, who was' for the cue 'was nominated': the parse's subject of a relative passive
    runs on into the cue; a source ends before its cue starts."""
    for f in found_in(text):
        assert f.source is None or f.cue is None or not f.source[0] < f.cue[0] < f.source[1]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The senator, who was named to the panel last week, said the plan would fail.", "The senator"),
    ("Do you think the plan will work?", "you"),
    ("The treasurer, who was accused of fraud, denied the charges.", "The treasurer"),
])
def test_a_source_a_cue_is_split_around_or_a_relative_clause_stays(quotes_of: Any, text: str,
                                                                    speaker: str) -> None:
    assert [q.speaker_text for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Protesters, who chanted “Basta,” a slogan from the 2011 protests, said they would return.",
     "they would return", "Protesters"),
    ("Fans, who sang “Forza,” the Italian cry for “come on,” said the team would win.",
     "the team would win", "Fans"),
    ("Marchers, who carried signs reading “Enough,” a slogan of the movement, said they would stay.",
     "they would stay", "Marchers"),
])
def test_those_who_chanted_glossed_words_still_speak(quotes_of: Any, text: str, words: str,
                                                      speaker: str) -> None:
    """Only the glossed words say nothing: the parse may hang the gloss on the chanters."""
    assert any(q.text == words and (q.speaker_text or "").startswith(speaker) for q in quotes_of(text))


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Organizers said the Palestinian cry for “freedom and dignity” rang out across the square.",
     "freedom and dignity", "Organizers"),
    ("Organizers said the American cry for “liberty and justice” rang out across the square.",
     "liberty and justice", "Organizers"),
    ("Organizers said the Kenyan slogan for “bread and work” rang out across the square.",
     "bread and work", "Organizers"),
])
def test_a_peoples_cry_for_is_a_plea(quotes_of: Any, text: str, words: str, speaker: str) -> None:
    """A cry or slogan is glossed only in a language ('the Spanish slogan for'), not a people's."""
    assert (words, speaker) in [(q.text, q.speaker_text) for q in quotes_of(text)]


def test_an_adverb_a_source_shares_with_its_cue_is_the_cues(quotes_of: Any) -> None:
    """'Mcfeely also' as source of 'also stated': the source ends before the cue, not dropped."""
    text = ("Police Chief Don Mcfeely said a letter had been opened. No one was hurt, but according to "
            "witnesses, officials wore protective suits. Mcfeely also stated that the letter \"held "
            "codes,\" but would not elaborate.")
    stated = [q for q in quotes_of(text) if q.cue == "also stated"]
    assert [q.speaker_text for q in stated] == ["Mcfeely"]
