"""A sentence with no verb that says where a quote comes from labels it ('From the report: “…”',
'Here's X in 1992: “…”', 'More from X: “…”'): a direct quote whose source is the label's noun
phrase and whose cue is the colon. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


@pytest.mark.parametrize(("text", "content", "source"), [
    ("The envoys met again on Tuesday. From the ministry's statement: “The talks were frank and "
     "constructive.”", "The talks were frank and constructive.", "the ministry's statement"),
    ("The report was published in May - More from Jones: “The ceasefire has held for six weeks.”",
     "The ceasefire has held for six weeks.", "Jones"),
    # 'Here's' is no frame: the label's name up to its phrase of time is the source
    ("Here's Lavrov in March 2022: “We did not attack Ukraine.”", "We did not attack Ukraine.",
     "Lavrov"),
    ("The summit ended without a deal.\n\nFrom the final communique: “The parties agree to meet "
     "again in Geneva.”", "The parties agree to meet again in Geneva.", "the final communique"),
])
def test_lead_label_names_the_source(found_in: Any, text: str, content: str, source: str) -> None:
    found = found_in(text)
    quote = next(f for f in found if text[f.content[0]:f.content[1]] == content)
    assert quote.kind == "direct"
    assert span_text(text, quote.source) == source
    assert span_text(text, quote.cue) == ":"


@pytest.mark.parametrize(("text", "cue"), [
    # a verb in the words before the colon: the frame is that verb's, not a label
    ("From the start he said: “We will never sign.”", "said"),
])
def test_a_verb_before_the_colon_is_the_frame(found_in: Any, text: str, cue: str) -> None:
    assert [span_text(text, f.cue) for f in found_in(text)] == [cue]
