"""The shared clause tests: an "if"/"unless" clause and a to-infinitive."""

from __future__ import annotations

import pytest

from dateline.events.clauses import conditional, to_infinitive


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Hamas will fight if Israel attacks Rafah.", "attacks", True),
    ("The talks will collapse unless Egypt steps in.", "steps", True),
    ("The talks collapsed because Egypt stepped back.", "stepped", False),
    ("Israel attacked Rafah after the talks failed.", "failed", False),
])
def test_conditional(nlp, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    (tok,) = [t for t in nlp(text) if t.text == word]
    assert conditional(tok) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Egypt plans to host the talks.", "host", True),
    ("Qatar urged Hamas to accept the offer.", "accept", True),
    ("Egypt hosted the talks on Sunday.", "hosted", False),
    ("The envoy will travel to Cairo.", "travel", False),
])
def test_to_infinitive(nlp, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    (tok,) = [t for t in nlp(text) if t.text == word]
    assert to_infinitive(tok) is expected
