"""Review of session 17: a meaning's lead after English quoted words is the speaker's own
paraphrase, still quoted (only words of another language are translated). Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("He said “we will fight,” meaning “we will not surrender,” and left the podium.",
     "we will not surrender,", "He"),
    ("The senator called the bill “a disgrace,” that is, “a betrayal of the voters,” in a speech on "
     "Monday.", "a betrayal of the voters,", "The senator"),
    ("The minister said the budget was “balanced,” which means “no new taxes,” her spokesman added.",
     "no new taxes,", "The minister"),
])
def test_an_english_paraphrase_after_a_meanings_lead_is_still_quoted(quotes_of: Any, text: str, words: str,
                                                                    speaker: str) -> None:
    assert (words, speaker) in [(q.text, q.speaker_text) for q in quotes_of(text)]
