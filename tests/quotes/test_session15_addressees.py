"""Session 15: 'to X' after write or explain is whom it was told, the wh-clause or that-clause
after it what was told. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "content"), [
    ("The mayor explained to reporters how the levee failed.", "how the levee failed"),
    ("She explained to the committee why the budget had doubled.", "why the budget had doubled"),
    ("The minister explained the plan to reporters.", "the plan"),
    ("He wrote to the board that he would resign.", "that he would resign"),
    ("She complained to the council that the road was unsafe.", "that the road was unsafe"),
])
def test_whom_it_was_explained_or_written_to_is_not_what(quotes_of: Any, text: str, content: str) -> None:
    assert [q.text for q in quotes_of(text)] == [content]


@pytest.mark.parametrize("text", [
    "He writes to his readers every week.",
    "The senator wrote to her constituents on Monday.",
])
def test_writing_to_an_audience_says_nothing(quotes_of: Any, text: str) -> None:
    assert not [q for q in quotes_of(text) if "reader" in q.text or "constituent" in q.text]


def test_a_topic_after_to_whom_stays_what_was_written(quotes_of: Any) -> None:
    assert [q.text for q in quotes_of("He wrote to the governor about the delays.")] == ["the delays"]
