"""Session 14: titles of works in quotation marks are no statements; a frame's clause stops before
a second frame closing the sentence; 'as' frames that only say to whom or where; a he/she speaker
of no other gender than the person it takes up. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


@pytest.mark.parametrize(("text", "title"), [
    ("The senator told the story in his 2015 book, “Against the Current,” which sold well.",
     "Against the Current"),
    ("The senator said in his memoir, “A Long Road Home.”", "A Long Road Home"),
    ("She published “Letters From the Valley” in 2019.", "Letters From the Valley"),
    ("Obama published “A Promised Land” in 2020, and it sold millions.", "A Promised Land"),
    ("The house will publish “The Deal Maker” next month.", "The Deal Maker"),
    ("The anchor, who published her third book “Without Fear” last year, spoke first.", "her third book"),
    ("The critic wrote back after the reporter published “Portraits,” a 2005 collection of profiles.",
     "Portraits,” a 2005 collection of profiles"),
    ("The group released a documentary titled “Rising Waters” on Friday.", "Rising Waters"),
])
def test_a_title_after_a_work_or_publishing_is_no_statement(found_in: Any, text: str, title: str) -> None:
    assert not any((span_text(text, h.content) or "").strip("“”.,") == title for h in found_in(text))


@pytest.mark.parametrize(("text", "content"), [
    ("“It’s our bad luck,” he said, that both men had prayed at the little mosque.",
     "“It’s our bad luck,” he said, that both men had prayed at the little mosque"),
    ("“This deal must be enforced,” she said, and “broken promises must cost something.”",
     "“This deal must be enforced,” she said, and “broken promises must cost something.”"),
    ("“Only you, Dinesh,” she said, would take a prison term so cheerfully.",
     "“Only you, Dinesh,” she said, would take a prison term so cheerfully"),
    ("“We are worried,” the lawmakers wrote in a letter to the minister, that the agency “may already "
     "have deported families.”", "“We are worried,” the lawmakers wrote in a letter to the minister, "
     "that the agency “may already have deported families.”"),
])
def test_a_quoted_sentence_runs_on_past_its_frame(found_in: Any, text: str, content: str) -> None:
    # (the content of a direct quote starts inside its opening mark)
    assert content[1:] in [span_text(text, h.content) for h in found_in(text)]


@pytest.mark.parametrize("text", [
    # the frame's own participle, a clause of the writer's, a new sentence, a quote ending its sentence
    "“We are worried,” she said, adding that the agency had deported families.",
    "“We are worried,” she said, and then she left the room.",
    "“We are worried,” she said, and walked out.",
    "“We are worried,” she said. “The agency may already have deported families.”",
    "“We are worried.” she said, that the agency had deported families.",
])
def test_a_quote_ending_at_its_frame_stays_in_its_marks(found_in: Any, text: str) -> None:
    assert {"We are worried,", "We are worried."} & {span_text(text, h.content) for h in found_in(text)}


@pytest.mark.parametrize(("text", "content"), [
    # near misses: words quoted from a book, a title-cased quote with no work before it
    ("In his book, he wrote, “We are all in this together.”", "We are all in this together."),
    ("The senator said in his memoir, “we never stopped believing in the town.”",
     "we never stopped believing in the town."),
    ("He told the crowd, “We Will Win.”", "We Will Win."),
    # a clause of its own up to the title is reported speech
    ("She said the scandal reminds her of the 1969 book titled “The Fall of a President.”",
     "the scandal reminds her of the 1969 book titled “The Fall of a President.”"),
    # a memo's or statement's title says what it states
    ("On Monday, the campaign manager released a memo titled “The Facts on Where the Race Stands.”",
     "The Facts on Where the Race Stands."),
])
def test_words_quoted_from_a_work_stay_statements(found_in: Any, text: str, content: str) -> None:
    assert content in [span_text(text, h.content) for h in found_in(text)]


@pytest.mark.parametrize(("text", "closing"), [
    ("The talks, one aide said, were dead, officials said.", "officials"),
    ("The talks, one aide said, were dead, officials said on Monday.", "officials"),
    ("The talks, one aide said, were dead, said two officials.", "two officials"),
])
def test_a_parenthetical_frame_stops_before_a_closing_frame(found_in: Any, text: str, closing: str) -> None:
    hits = {span_text(text, h.source): span_text(text, h.content) for h in found_in(text)}
    assert hits == {"one aide": "The talks, one aide said, were dead",
                    closing: "The talks, one aide said, were dead"}


@pytest.mark.parametrize(("text", "content"), [
    # near misses: no second frame, or the clause goes on in words of its own
    ("The talks, one aide said, were dead.", "The talks, one aide said, were dead"),
    ("The talks, one aide said, were dead, and the envoys flew home.",
     "The talks, one aide said, were dead, and the envoys flew home"),
    # a report of its own after the parenthetical frame, not a frame closing the sentence
    ("Instead, one aide said, her boss told her he had booked a room for them.",
     "Instead, one aide said, her boss told her he had booked a room for them"),
])
def test_a_parenthetical_frame_without_a_second_frame_keeps_its_sentence(found_in: Any, text: str,
                                                                        content: str) -> None:
    [hit] = [h for h in found_in(text) if span_text(text, h.source) == "one aide"]
    assert span_text(text, hit.content) == content


@pytest.mark.parametrize(("text", "content", "source", "cue"), [
    ("The refugees were starving, as witnesses described to reporters.",
     "The refugees were starving", "witnesses", "described"),
    ("The refugees, as witnesses described to reporters, were starving.",
     "The refugees, as witnesses described to reporters, were starving", "witnesses", "described"),
    ("The money was spent on travel, as described in the audit.",
     "The money was spent on travel", "the audit", "described"),
    ("As described in the audit, the money was spent on travel.",
     "the money was spent on travel", "the audit", "described"),
])
def test_an_as_frame_that_only_says_to_whom_or_where(found_in: Any, text: str, content: str,
                                                      source: str, cue: str) -> None:
    [hit] = found_in(text)
    assert (span_text(text, hit.content), span_text(text, hit.source), span_text(text, hit.cue)) == \
        (content, source, cue)


def test_a_finding_in_a_report_keeps_its_preposition_cue(found_in: Any) -> None:
    text = "Turnout fell sharply in the latest survey."
    [hit] = found_in(text)
    assert (span_text(text, hit.cue), span_text(text, hit.source)) == ("in", "the latest survey")


def _speaker_of(quotes_of: Any, text: str, words: str) -> tuple[str, ...]:
    return next(q.speakers for q in quotes_of(text) if words in (q.text or ""))


def test_she_skips_a_man_to_the_woman_before_him(quotes_of: Any) -> None:
    text = ("Ms. Maria Lindqvist runs the shelter on Elm Street. Mayor Robert Haines toured the "
            "levee on Monday and Mr. Haines thanked the crews. “We are all tired,” she said.")
    assert _speaker_of(quotes_of, text, "all tired") == ("per:maria-lindqvist",)


def test_he_still_takes_the_nearest_man(quotes_of: Any) -> None:
    text = ("Ms. Maria Lindqvist runs the shelter on Elm Street. Mayor Robert Haines toured the "
            "levee on Monday and Mr. Haines thanked the crews. “We are all tired,” he said.")
    assert _speaker_of(quotes_of, text, "all tired") == ("per:robert-haines",)


def test_she_after_a_name_no_actor_holds_is_nobody_earlier(quotes_of: Any) -> None:
    text = ("Governor Robert Haines said schools would close. Volunteers stacked sandbags around "
            "the house of Edna Vorkapich. Vorkapich, whose house flooded in 1997, said she was "
            "worried. “We are nervous,” she said.")
    speakers = _speaker_of(quotes_of, text, "nervous")
    assert "per:robert-haines" not in speakers

