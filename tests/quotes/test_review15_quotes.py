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


@pytest.mark.parametrize("text", [
    "In an interview, “We will win this war,” he said.",
    "In a statement, “The company regrets the error,” the spokesman said on Monday.",
    "Asked about the deal, “It is dead,” the senator said.",
    "In the book, “We Lost the War,” he writes.",
    "On Twitter, “The vote was rigged,” the senator wrote.",
])
def test_a_quote_after_the_occasion_of_saying_is_direct(quotes_of: Any, text: str) -> None:
    """A framed quote after only a phrase naming where or how it was said is all that was said."""
    assert [q.kind for q in quotes_of(text)] == ["direct"]


@pytest.mark.parametrize("text", [
    "In his view, the plan is “a disaster,” he said.",
    "Trump, “the worst candidate in history,” she said, would lose.",
    "Last week, “We will fight,” the union said.",
    "In past years, “We could reach every voter by email,” she said.",
])
def test_a_quote_after_a_phrase_of_its_own_stays_partial(quotes_of: Any, text: str) -> None:
    """A phrase fronted before the quote that belongs to the statement (its time, its ground) is
    part of what was said, as PolNeAR marks it: the quote is part of a larger statement."""
    assert [q.kind for q in quotes_of(text)] == ["partial"]


def test_a_participle_after_the_frame_leaves_what_was_written(found_in: Any) -> None:
    """', adding that ...' after the frame reports more; the words in marks are still what was written."""
    text = "In the book, “We Lost the War,” he writes, adding that the generals never listened."
    contents = [span_text(text, h.content) for h in found_in(text)]
    assert "We Lost the War," in contents
    assert "that the generals never listened" in contents
