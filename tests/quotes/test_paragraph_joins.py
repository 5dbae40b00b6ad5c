"""A long quote broken into paragraphs (our own sentences): the paragraphs that are all quote
and follow a quote framed after it go on with that statement; other paragraphs do not."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.eval.quotes import group_found
from dateline.quotes.extract import find_attributions
from tests.quotes.conftest import span_text


def _grouped(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(text[a.content[0]:a.content[1]], span_text(text, a.cue))
            for a in group_found(find_attributions(nlp(text)), text)]


@pytest.mark.parametrize(("text", "expected"), [
    # the frame after the first part ends its paragraph: the next all-quote paragraph goes on
    ("“The river is rising fast,” the mayor said.\n\n“We will open the shelters tonight.”",
     ("“The river is rising fast,” the mayor said.\n\n“We will open the shelters tonight.”",
      "said")),
    # a frame before the subject, and three paragraphs
    ("“The river is rising fast,” said Ana Ruiz, the mayor of the town.\n\n"
     "“We will open the shelters tonight.”\n\n“Bring blankets if you can.”",
     ("“The river is rising fast,” said Ana Ruiz, the mayor of the town.\n\n"
      "“We will open the shelters tonight.”\n\n“Bring blankets if you can.”", "said")),
    # a paragraph already joined inside ('“A,” X said. “B.”') goes on too
    ("“The river is rising,” the mayor said. “It is fast.”\n\n“We will open the shelters.”",
     ("“The river is rising,” the mayor said. “It is fast.”\n\n“We will open the shelters.”",
      "said")),
])
def test_a_quote_goes_on_in_the_next_paragraph(nlp: Any, text: str,
                                               expected: tuple[str, str]) -> None:
    assert expected in _grouped(nlp, text)


@pytest.mark.parametrize(("text", "alone"), [
    # another sentence after the frame: the next paragraph is a statement of its own
    ("“The river is rising fast,” the mayor said. She left the room soon after.\n\n"
     "“We will open the shelters tonight.”", "“We will open the shelters tonight.”"),
    # a paragraph in single marks is a subhead, not more of the quote
    ("“The river is rising fast,” the mayor said.\n\n‘Shelters for everyone.’\n\n"
     "The town has three schools.", "“The river is rising fast,”"),
    # the next paragraph has a frame of its own
    ("“The river is rising fast,” the mayor said.\n\n“We will open the shelters,” her deputy "
     "added.", "“We will open the shelters,”"),
])
def test_other_paragraphs_stay_apart(nlp: Any, text: str, alone: str) -> None:
    grouped = [content for content, _ in _grouped(nlp, text)]
    assert alone in grouped, grouped


@pytest.mark.parametrize(("text", "expected"), [
    # a participle inside the source after the quote does not hide the frame
    ("“The council has to act before winter,” the left-leaning weekly wrote.",
     ("“The council has to act before winter,”", "wrote")),
    # a copula before a colon is no frame: the frame after the quote is
    ("Then came the line of the night: “It is time for a change,” declared the governor.",
     ("“It is time for a change,”", "declared")),
    # 'as X put it' frames the quote after it (cue 'put it', as PolNeAR marks it)
    ("As the union leader put it, “nobody here wants a strike.”",
     ("“nobody here wants a strike.”", "put it")),
])
def test_frames_found_around_a_quote(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in _grouped(nlp, text)


def test_according_to_after_a_frame_wraps_the_whole_quote(nlp: Any) -> None:
    text = ("“We will not close the plant,” the owner said, according to the local radio. "
            "“Not this year.”")
    assert _grouped(nlp, text) == [(text, "according to")]


@pytest.mark.parametrize(("text", "expected"), [
    ("At the rally the mayor boomed, “This town will not be forgotten.”",
     ("“This town will not be forgotten.”", "boomed")),
    ("“Nobody reads those reports,” the senator scoffed.", ("“Nobody reads those reports,”", "scoffed")),
])
def test_a_verb_of_manner_frames_a_quote(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in _grouped(nlp, text)


def test_a_verb_of_manner_reports_nothing_without_a_quote(found_in: Any) -> None:
    text = "The crowd roared after the vote, and the markets cracked down on the rumours."
    assert found_in(text) == []


def test_a_closing_according_to_frames_the_sentence(nlp: Any) -> None:
    text = "Most of the farmers said that the new tariff hurts them, according to a survey by the union."
    grouped = _grouped(nlp, text)
    assert ("Most of the farmers said that the new tariff hurts them", "according to") in grouped


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("The union leader railed against the new pension rules.", "the new pension rules",
     "railed against"),
    ("The senator spoke briefly about the flooding in the valley.", "the flooding in the valley",
     "spoke briefly about"),
    ("Several mayors called for a review of the bridge contracts.", "a review of the bridge contracts",
     "called for"),
    # the person asked between verb and preposition is not part of the cue
    ("Reporters asked Prime Minister Maria Costa about the ceasefire talks in Geneva.",
     "the ceasefire talks in Geneva",
     "asked"),
    ("The students asked the dean about the new fees.", "the new fees", "asked"),
])
def test_the_cue_takes_its_preposition(found_in: Any, text: str, content: str, cue: str) -> None:
    hits = [f for f in found_in(text) if span_text(text, f.content) == content]
    assert hits, [span_text(text, f.content) for f in found_in(text)]
    assert span_text(text, hits[0].cue) == cue


@pytest.mark.parametrize(("text", "content"), [
    ("Support for the plan appears to be growing among farmers.",
     "Support for the plan appears to be growing among farmers"),
    ("The two leaders seemed eager to end the dispute.",
     "The two leaders seemed eager to end the dispute"),
    ("It seems likely that the council will approve the budget.",
     "likely that the council will approve the budget"),
])
def test_a_seeming_is_the_writers_appraisal(found_in: Any, text: str, content: str) -> None:
    hits = [f for f in found_in(text) if span_text(text, f.content) == content]
    assert hits, [span_text(text, f.content) for f in found_in(text)]
    assert hits[0].source is None


@pytest.mark.parametrize(("text", "expected"), [
    # a quote run over a paragraph break whose reopened part has a frame of its own after it,
    # its first paragraph framed already: two statements, the first ending at its paragraph end
    ("“The river is rising,” the mayor said. “We have seen nothing like it.\n\n"
     "“Bring blankets if you can,” she added. “The shelters open at six.”",
     ["“The river is rising,” the mayor said. “We have seen nothing like it.",
      "“Bring blankets if you can,” she added. “The shelters open at six.”"]),
    ("The coach said the team “has to defend better.\n\n“We lost the ball too often,” "
     "she said.",
     ["the team “has to defend better.", "“We lost the ball too often,”"]),
    # a frame leading into the first part: 'X said, “A ...' / 'X told reporters: “A ...'
    ("The mayor said, “We have seen nothing like it.\n\n“Bring blankets if you can,” she added.",
     ["“We have seen nothing like it.", "“Bring blankets if you can,”"]),
    ("The mayor told reporters: “We have seen nothing like it.\n\n“Bring blankets if you can,” "
     "she added.",
     ["“We have seen nothing like it.", "“Bring blankets if you can,”"]),
])
def test_a_reopened_paragraph_with_its_own_frame_is_a_new_statement(
        nlp: Any, text: str, expected: list[str]) -> None:
    grouped = [content for content, _ in _grouped(nlp, text)]
    assert [c for c in grouped if "“" in c] == expected, grouped


@pytest.mark.parametrize(("text", "whole"), [
    # the cue before the quote frames only a paraphrase: the quote's first part is not framed
    # there, and the run with its frame at the end stays one statement (none of it is dropped)
    ("The mayor said Tuesday that the town would rebuild. “We have lost the bridge\n\n"
     "“Nobody will be left behind,” she said.",
     "“We have lost the bridge\n\n“Nobody will be left behind,”"),
    ("The union rejected the offer, a negotiator told the radio station. “This deal cuts our pay"
     "\n\n“We will strike on Monday,” the negotiator said.",
     "“This deal cuts our pay\n\n“We will strike on Monday,”"),
    ("Officials said the ferry sank near the harbour. “Two boats went out at dawn\n\n"
     "“We could not reach the crew,” a coastguard spokesman said.",
     "“Two boats went out at dawn\n\n“We could not reach the crew,”"),
])
def test_a_reopened_quote_after_a_paraphrase_stays_one_statement(
        nlp: Any, text: str, whole: str) -> None:
    quoted = [c for c, _ in _grouped(nlp, text) if "“" in c]
    assert quoted == [whole], quoted


@pytest.mark.parametrize(("text", "whole"), [
    # negatives: a run with no frame in the last paragraph stays one quote
    ("“The river is rising,” the mayor said. “We have seen nothing like it.\n\n"
     "“Bring blankets if you can.”",
     "“The river is rising,” the mayor said. “We have seen nothing like it.\n\n"
     "“Bring blankets if you can.”"),
    # nor one whose first paragraph names nobody (a quoted statement set out in full)
    ("“The board regrets the delay.\n\n“It will report again in May,” the statement said.",
     "“The board regrets the delay.\n\n“It will report again in May,”"),
])
def test_a_quote_run_over_paragraphs_stays_whole(nlp: Any, text: str, whole: str) -> None:
    grouped = [content for content, _ in _grouped(nlp, text)]
    assert whole in grouped, grouped
