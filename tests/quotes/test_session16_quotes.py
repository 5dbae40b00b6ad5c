"""Session 16: words shouted on after a gloss are the shouter's; a second quote after a closed
frame keeps the first one's speaker; a title-cased name given to a thing is no quote. Sentences
are our own."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "speaker"), [
    ("The driver cursed at the police in French, and also screamed “Viva la revolución,” the Spanish "
     "cry for “Long live the revolution,” continuing in English: “You cannot stop us.”", "The driver"),
    ("The protester shouted “Basta,” the Italian word for “enough,” continuing in English: “We will "
     "be back tomorrow.”", "The protester"),
])
def test_words_shouted_on_after_a_gloss_are_the_shouters(quotes_of: Any, text: str, speaker: str) -> None:
    quotes = [q for q in quotes_of(text) if q.kind == "direct"]
    assert len(quotes) == 2
    assert {q.speaker_text for q in quotes} == {speaker}


def test_a_quote_after_a_closed_frame_keeps_its_speaker(quotes_of: Any) -> None:
    text = "“The levee held,” the county engineer said. “We were lucky this time.”"
    assert [(q.text, q.speaker_text) for q in quotes_of(text)] == [
        ("The levee held,", "the county engineer"), ("We were lucky this time.", "the county engineer")]


def test_a_title_given_to_a_thing_is_no_quote(quotes_of: Any) -> None:
    assert not [q for q in quotes_of("The author called the memoir “A Pack of Lies.”") if q.kind == "direct"]


@pytest.mark.parametrize("text", [
    "Protesters chanted “Free Palestine,” a slogan calling for an end to the occupation.",
    "They chanted “No justice, no peace,” a slogan demanding accountability for the shooting.",
    "He cited “Never again,” the slogan promising that the country would never go to war again.",
])
def test_the_glosses_own_participle_says_nothing(quotes_of: Any, text: str) -> None:
    """Review: a participle of the gloss itself ('a slogan calling for ...') tells what the words
    mean; it is no statement of the one who chanted them."""
    assert [q.kind for q in quotes_of(text)] == ["direct"]


def test_a_subject_inside_the_glossed_words_is_no_speaker(quotes_of: Any) -> None:
    """Review: the parse hangs 'adding' on the verb inside the gloss's quote ('They shall not
    pass'); the crowd that chanted goes on."""
    text = ("The crowd chanted “No pasarán,” the old slogan for “They shall not pass,” adding in "
            "English: “We are still here.”")
    assert [(q.text, q.speaker_text) for q in quotes_of(text)] == [
        ("No pasarán,", "The crowd"), ("We are still here.", "The crowd")]


def test_a_participle_after_a_french_gloss_is_the_shouters(quotes_of: Any) -> None:
    text = "The striker yelled “Allez,” the French word for “go,” continuing in English: “Keep running.”"
    assert {q.speaker_text for q in quotes_of(text)} == {"The striker"}


@pytest.mark.parametrize("text", [
    "The choir sang for hours.",
    "Protesters chanted for two days outside the embassy.",
    "Fans of the club, waving flags reading “Forza,” the Italian word for “strength,” sang for hours.",
])
def test_how_long_they_sang_is_not_what_they_said(quotes_of: Any, text: str) -> None:
    """Review: 'for hours', 'for two days' tell how long; nothing was reported."""
    assert quotes_of(text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("Residents argued over the weekend about the plan.", "the plan"),
    ("Residents argued over the plan.", "the plan"),
    ("She called for a two-week pause in the fighting.", "a two-week pause in the fighting"),
    ("She proposed $30 billion in new spending over five years.",
     "$30 billion in new spending over five years"),
])
def test_a_topic_after_for_or_over_stays_content(quotes_of: Any, text: str, content: str) -> None:
    assert [q.text for q in quotes_of(text)] == [content]
