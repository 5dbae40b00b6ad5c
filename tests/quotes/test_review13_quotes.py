"""Review of session 13's quote rules: near misses of the 'as' frame inside a reported clause,
the crowd cries and the past tense read as a relative. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


@pytest.mark.parametrize(("text", "cue", "content"), [
    # an 'as' frame before a coordinator closes the clause: the verb after 'and' is a second act
    ("He criticized the plan, as one aide put it, and walked out.", "criticized", "the plan"),
    ("She announced the cuts, as the Post reported, and resigned.", "announced", "the cuts"),
])
def test_a_frame_before_and_does_not_run_the_clause_on(found_in: Any, text: str, cue: str,
                                                       content: str) -> None:
    hits = found_in(text)
    assert [span_text(text, h.content) for h in hits if span_text(text, h.cue) == cue] == [content]
    assert not any("and" in (span_text(text, h.content) or "").split() for h in hits)
