"""Session 13: a frame between commas inside the clause it reports keeps its speaker's whole noun
phrase ('The talks, the minister said, were dead' -> 'the minister'). Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


@pytest.mark.parametrize(("text", "source"), [
    ("The talks, the minister said, were dead.", "the minister"),
    ("The talks, one aide said, were dead.", "one aide"),
    ("The plan, a senior White House official said, would fail.", "a senior White House official"),
    ("The cuts, the ministry's spokesman said, were final.", "the ministry's spokesman"),
    ("The talks, as one aide put it, were dead.", "one aide"),
    # near misses: a bare name or pronoun, and frames outside their content, are as before
    ("The talks, Smith said, were dead.", "Smith"),
    ("The talks, he said, were dead.", "he"),
    ("The talks were dead, the minister said.", "the minister"),
])
def test_a_frame_inside_its_content_keeps_the_speaker_s_words(found_in: Any, text: str, source: str) -> None:
    [hit] = found_in(text)
    assert span_text(text, hit.source) == source
