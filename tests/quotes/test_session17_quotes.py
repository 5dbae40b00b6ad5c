"""Session 17: a meaning's lead after quoted words ('which means “...”') gives a translation; a
source the parse cut inside a person's name ends with the name. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "said", "meaning"), [
    ("A witness said the gunman yelled “Allahu akbar,” which means “God is great,” before he opened "
     "fire.", "Allahu akbar,", "God is great,"),
    ("The crowd chanted “Basta,” meaning “enough,” as the minister left.", "Basta,", "enough,"),
    ("The guide said the villagers answered “ochi,” that is, “no,” to every offer.", "ochi,", "no,"),
])
def test_what_quoted_words_mean_is_nobodys_quote(quotes_of: Any, text: str, said: str, meaning: str) -> None:
    texts = [q.text for q in quotes_of(text)]
    assert said in texts
    assert meaning not in texts


def test_a_meaning_not_right_after_quoted_words_is_still_quoted(quotes_of: Any) -> None:
    """Only a lead right after a closing mark glosses the words before it."""
    text = "Organizers said the march would go ahead, meaning “no retreat,” a spokesman added."
    assert ("no retreat,", "Organizers") in [(q.text, q.speaker_text) for q in quotes_of(text)]


def test_there_is_no_word_for_is_no_record(quotes_of: Any) -> None:
    assert not [q for q in quotes_of("There is no word for “surrender” in their language.")]


@pytest.mark.parametrize("text", [
    "Police Chief Don Mcfeely said the road would reopen.",
    "“We will rebuild,” Police Chief Don Mcfeely said on Monday.",
])
def test_a_source_cut_inside_a_name_ends_with_the_name(quotes_of: Any, text: str) -> None:
    assert [q.speaker_text for q in quotes_of(text)] == ["Police Chief Don Mcfeely"]
