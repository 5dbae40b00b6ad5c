"""Session 15: title-cased words after the name of a work that a frame closing the sentence takes
up are what was written; a source that opens a title in marks ends at its closing mark; whom it
was told before a heavy object is not what was told. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


@pytest.mark.parametrize(("text", "content", "source"), [
    ("In the book, “We Lost the War,” he writes.", "We Lost the War,", "he"),
    ("In her memoir, “Nobody Asked Me,” she wrote in 2019.", "Nobody Asked Me,", "she"),
    ("In the essay, “Give Us Back the River,” the mayor writes.", "Give Us Back the River,", "the mayor"),
])
def test_words_a_frame_after_a_work_closes_are_what_was_written(
        found_in: Any, text: str, content: str, source: str) -> None:
    hits = [h for h in found_in(text) if span_text(text, h.content) == content]
    assert hits and span_text(text, hits[0].source) == source


@pytest.mark.parametrize(("text", "title"), [
    ("His book, “The Art of the Deal,” was a bestseller in 1987.", "The Art of the Deal"),
    ("In the book, “We Lost the War,” he writes that the generals misread the country.", "We Lost the War"),
    ("In his new book, “Nobody Won This Time,” she writes, the army had no plan.", "Nobody Won This Time"),
    ("In his memoir, “An American Son,” the senator recalls his childhood in Miami.", "An American Son"),
])
def test_a_title_that_a_frame_does_not_close_stays_a_title(found_in: Any, text: str, title: str) -> None:
    assert not any((span_text(text, h.content) or "").strip("“”.,") == title for h in found_in(text))


@pytest.mark.parametrize(("text", "source"), [
    ("According to the report “Hidden Costs,” the program lost $2 billion.", "the report “Hidden Costs,”"),
    ("The program lost $2 billion, according to the audit “Paying Twice.”", "the audit “Paying Twice.”"),
    ("The study, “Living on the Edge,” found that rents rose by a third.", "The study, “Living on the Edge,”"),
])
def test_a_source_that_opens_a_title_ends_at_its_closing_mark(quotes_of: Any, text: str, source: str) -> None:
    assert source in [q.speaker_text for q in quotes_of(text)]


def test_the_title_of_a_source_is_not_what_it_says(quotes_of: Any) -> None:
    text = "The program lost $2 billion, according to the audit “Paying Twice.”"
    assert [q.text for q in quotes_of(text)] == ["The program lost $2 billion"]


@pytest.mark.parametrize(("text", "source"), [
    ("The program lost $2 billion, according to a report by the watchdog.", "a report by the watchdog"),
    ("“We will not stop,” the minister said.", "the minister"),
    ("The rule hurts farmers, the group said “Not Again.”", "the group"),
])
def test_a_source_with_no_title_is_as_it_was(quotes_of: Any, text: str, source: str) -> None:
    assert source in [q.speaker_text for q in quotes_of(text)]


@pytest.mark.parametrize(("text", "content"), [
    ("The mayor described to reporters the chaos that followed the flood.", "the chaos that followed the flood"),
    ("He explained to the committee the reasons for the delay.", "the reasons for the delay"),
    ("The senator described to a packed hall in Des Moines a plan to cut drug prices.",
     "a plan to cut drug prices"),
    ("The minister talked to reporters about the strike.", "the strike"),
])
def test_whom_it_was_told_before_a_heavy_object_is_no_content(quotes_of: Any, text: str, content: str) -> None:
    assert content in [q.text for q in quotes_of(text)]


@pytest.mark.parametrize(("text", "content"), [
    ("He explained to the committee that the delay was unavoidable.", "that the delay was unavoidable"),
    ("The union appealed to members to reject the offer.", "members to reject the offer"),
])
def test_to_before_a_clause_or_with_no_object_is_as_it_was(quotes_of: Any, text: str, content: str) -> None:
    assert content in [q.text for q in quotes_of(text)]


@pytest.mark.parametrize("text", [
    "“We will not stop,” he said, explaining that the talks had broken down.",
    "“We will not stop,” said Ali Hassan, a spokesman for the ministry, explaining that the talks had "
    "broken down.",
])
def test_a_participle_after_a_frame_has_the_frame_s_source(quotes_of: Any, text: str) -> None:
    quotes = quotes_of(text)
    explained = [q for q in quotes if q.cue == "explaining"]
    said = [q for q in quotes if q.cue == "said"]
    assert explained and said and explained[0].speaker_text == said[0].speaker_text
    assert explained[0].text == "that the talks had broken down"
