"""Review of session 15's quotes changes: near misses of its new rules. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


@pytest.mark.parametrize(("text", "title", "topic"), [
    ("In his memoir, “A Long Walk,” he writes on the subject of prison.", "A Long Walk", "the subject of prison"),
    ("In her book, “Open Doors,” she wrote about the campaign.", "Open Doors", "the campaign"),
    ("In the book, “Last Train Home,” he writes of his father.", "Last Train Home", "his father"),
])
def test_a_frame_with_a_topic_of_its_own_leaves_the_title_a_title(
        found_in: Any, text: str, title: str, topic: str) -> None:
    """'he writes on/about/of X' says what was written: the words in marks before it name the work."""
    contents = [(span_text(text, h.content) or "").strip("“”.,") for h in found_in(text)]
    assert title not in contents
    assert topic in contents
