"""Session 15: quoted words after a verb of shouting are what was shouted, never its subject, and
the gloss after them ('the Arabic phrase for “...”') never speaks. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "said"), [
    ("The gunman ranted about Syria in Turkish, and also yelled “Allahu akbar,” the Arabic phrase "
     "for “God is great,” continuing in Arabic: “This is for our brothers in Idlib.”",
     ["Allahu akbar,", "This is for our brothers in Idlib."]),
    ("The attacker spoke about Gaza in English, and also shouted “Allahu akbar,” the Arabic phrase "
     "for “God is great,” continuing in Arabic: “This is for our brothers.”",
     ["Allahu akbar,", "This is for our brothers."]),
])
def test_the_shouter_speaks_what_he_shouted_and_what_follows(quotes_of: Any, text: str, said: list[str]) -> None:
    speakers = {q.text: q.speaker_text for q in quotes_of(text)}
    for words in said:
        assert speakers.get(words) in ("The gunman", "The attacker")


@pytest.mark.parametrize("text", [
    "The driver cursed at the police in French, and also screamed “Viva la revolución,” the Spanish "
    "cry for “Long live the revolution,” continuing in English: “You cannot stop us.”",
    "“Shalom,” the Hebrew word for peace, said the sign on the door.",
    "“Shalom,” the Hebrew word for peace, was painted on the wall.",
])
def test_a_gloss_of_quoted_words_is_never_a_speaker(quotes_of: Any, text: str) -> None:
    for q in quotes_of(text):
        assert not {"word", "cry", "phrase"} & set((q.speaker_text or "").split())


def test_words_on_a_wall_have_no_speaker(quotes_of: Any) -> None:
    text = "“Shalom,” the Hebrew word for peace, was painted on the wall."
    assert not [q for q in quotes_of(text) if q.speaker_text]


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("He shouted “Fire!”, the signal for the others to run.", "Fire!", "He"),
    ("The soldier yelled “Allahu akbar,” the Arabic phrase for “God is great.”", "Allahu akbar,", "The soldier"),
    ("“We will win,” the senator said.", "We will win,", "the senator"),
])
def test_a_shout_with_its_own_subject_is_as_it_was(quotes_of: Any, text: str, said: str, speaker: str) -> None:
    assert (said, speaker) in [(q.text, q.speaker_text) for q in quotes_of(text)]
