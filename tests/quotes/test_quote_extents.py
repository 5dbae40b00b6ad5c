"""Extents of quoted attributions (our own sentences): the words a parenthetical frame interrupts
belong to the statement, a label line is not a speaker."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.quotes.extract import Found, find_attributions
from tests.quotes.conftest import span_text


def _quote(found: list[Found], text: str, inside: str) -> Found:
    hits = [f for f in found if f.kind == "direct" and span_text(text, f.content) == inside]
    assert hits, f"no direct quote {inside!r}: {[span_text(text, f.content) for f in found]}"
    return hits[0]


@pytest.mark.parametrize(("text", "inside", "extent"), [
    # the quote finishes the sentence the frame interrupts: the words before it were said too
    ("While the budget is balanced, the mayor said, “the city still owes too much.”",
     "the city still owes too much.",
     "While the budget is balanced, the mayor said, “the city still owes too much.”"),
    ("If the rain keeps falling, the engineer warned, “the levee will not hold.”",
     "the levee will not hold.",
     "If the rain keeps falling, the engineer warned, “the levee will not hold.”"),
    # a lone linking word before the frame is the writer's, not the speaker's
    ("But, the coach added, “We will not give up.”", "We will not give up.",
     "“We will not give up.”"),
    ("Still, the coach added, “we will not give up.”", "we will not give up.",
     "“we will not give up.”"),
    ("However, the ministry said on Monday, “the border stays open.”", "the border stays open.",
     "“the border stays open.”"),
    # a lone sentence adverb that is no link to the sentence before was said too (the lower case
    # shows the speaker's sentence began there)
    ("Unfortunately, the minister said, “we cannot attend.”", "we cannot attend.",
     "Unfortunately, the minister said, “we cannot attend.”"),
    ("Now, the coach added, “we have to win twice.”", "we have to win twice.",
     "Now, the coach added, “we have to win twice.”"),
    ("Yesterday, the mayor said, “the shelters were full.”", "the shelters were full.",
     "Yesterday, the mayor said, “the shelters were full.”"),
    ("Meanwhile, the coach added, “we rest the captain.”", "we rest the captain.",
     "“we rest the captain.”"),
    # a capitalised quote after a scene-setting phrase is a sentence of its own
    ("Later that evening, the coach said, “We will not give up.”", "We will not give up.",
     "“We will not give up.”"),
    # no words before the frame: the quote alone
    ("The coach said, “we will not give up.”", "we will not give up.",
     "“we will not give up.”"),
])
def test_a_frame_inside_the_speakers_sentence(found_in: Any, text: str, inside: str,
                                              extent: str) -> None:
    f = _quote(found_in(text), text, inside)
    assert span_text(text, f.outer) == extent


def test_a_label_line_is_not_a_speaker(found_in: Any) -> None:
    text = ("Ballot Access: Smith, whose base includes students and retirees, said closed "
            "primaries shut out many voters.")
    found = found_in(text)
    assert not any(span_text(text, f.cue) == ":" for f in found)
    said = [f for f in found if span_text(text, f.cue) == "said"]
    assert said and span_text(text, said[0].source) == "Smith, whose base includes students and retirees,"
    assert span_text(text, said[0].content) == "closed primaries shut out many voters"


def test_a_headline_name_and_colon_still_quotes(found_in: Any) -> None:
    text = "Mayor Smith: Budget Talks Will Resume Next Week\n\nThe talks broke down on Friday."
    found = found_in(text)
    assert any(span_text(text, f.content) == "Budget Talks Will Resume Next Week" and
               span_text(text, f.source) == "Mayor Smith" for f in found)


def _grouped(nlp: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    from dateline.eval.quotes import group_found

    return [(text[a.content[0]:a.content[1]], span_text(text, a.cue), span_text(text, a.source))
            for a in group_found(find_attributions(nlp(text)), text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a no-break space inside the speaker's name does not hide the frame
    ("“Prices went up again,” Sen.\u00a0Warren said on Monday. “Families feel it.”",
     ("“Prices went up again,” Sen.\u00a0Warren said on Monday. “Families feel it.”", "said",
      "Sen.\u00a0Warren")),
    # a copula or a passive after a question is the next sentence, not the question's frame
    ("“We have a plan,” she writes. “So, who pays?” Her answer is redacted.",
     ("“We have a plan,” she writes. “So, who pays?”", "writes", "she")),
    ("“We have a plan,” she writes. “So, who pays?” The details were redacted in the copy.",
     ("“We have a plan,” she writes. “So, who pays?”", "writes", "she")),
    # a relative clause inside the source is skipped on the way to the cue
    ("“The budget is a mess,” Ms. Ruiz, who is a teacher, said of the plan.",
     ("“The budget is a mess,”", "said of", "Ms. Ruiz, who is a teacher")),
])
def test_frames_after_a_quote(nlp: Any, text: str,
                              expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _grouped(nlp, text)


def test_a_title_that_modifies_the_next_noun_is_not_a_quote(nlp: Any) -> None:
    text = "“Late Night” host Jane Roe on Friday showed that the clip was edited."
    grouped = _grouped(nlp, text)
    assert not any(content.startswith("“") for content, _, _ in grouped)
    assert ("that the clip was edited", "showed", "host Jane Roe") in grouped


@pytest.mark.parametrize(("text", "expected"), [
    # the cue's addressee between the cue and the comma: the quote is still framed by the cue
    ("After the vote, Jones wrote to her 5,000 Twitter followers, “It is time to move on,” and "
     "posted a photo.", ("“It is time to move on,”", "wrote", "Jones")),
    ("The mayor told reporters on Monday, “We will rebuild the bridge.”",
     ("“We will rebuild the bridge.”", "told", "The mayor")),
    # reported speech that is all of a quoted question is the quote, marks included
    ("In the interview, the senator was asked, “What is the hardest vote you have cast?”",
     ("“What is the hardest vote you have cast?”", "asked", None)),
])
def test_frames_before_a_quote(nlp: Any, text: str,
                               expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _grouped(nlp, text)


def test_a_verb_with_a_companion_is_no_frame(nlp: Any) -> None:
    text = "The firm works with other agencies, as well, “including the Navy and the Army.”"
    assert not any(cue == "works" for _, cue, _ in _grouped(nlp, text))


def test_a_programme_told_is_the_addressee(nlp: Any) -> None:
    text = "“We have to cut taxes,” the candidate told “Morning Report” after the debate."
    assert _grouped(nlp, text)[0] == ("“We have to cut taxes,”", "told", "the candidate")
    assert not any("Morning Report" in content for content, _, _ in _grouped(nlp, text))


def test_a_quote_nobody_frames_is_its_own_attribution(nlp: Any) -> None:
    # the verbs inside the quote ('I say') are the quoted voice, not reported speech
    text = "The old saying, “I say what I mean and mean what I say” attitude seemed gone from his face."
    grouped = _grouped(nlp, text)
    assert ("“I say what I mean and mean what I say”", None, None) in grouped
    assert not any(content.startswith("“") and content.endswith("face") for content, _, _ in grouped)


@pytest.mark.parametrize(("text", "expected"), [
    # the quote's own frame sits inside what an earlier cue reports: the earlier cue's statement
    ("Asked about the polls, the governor said he replied: “Polls do not vote.”",
     ("he replied: “Polls do not vote.”", "said", "the governor")),
    # a participle after a noun names the medium: the quote keeps its own frame
    ("The mayor issued a statement on Monday saying, “The bridge will reopen.”",
     ("“The bridge will reopen.”", "saying", "The mayor")),
    # the addressee between cue and comma does not stop the words before the frame
    ("Sooner or later, the coach told reporters, “the season is not over.”",
     ("Sooner or later, the coach told reporters, “the season is not over.”", "told", "the coach")),
])
def test_embedded_frames(nlp: Any, text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _grouped(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    # an unframed quote carries the last framed quote's speaker, not a partial quote's in between
    ("“It is hard work,” she said, describing how she sorts the “red parcels” every morning. "
     "“But the team is like family.”", ("said", "she")),
    ("“Everything is open,” the coach told the paper after hinting that “big changes” could come. "
     "“Nothing is off the table.”", ("told", "the coach")),
])
def test_a_partial_quote_does_not_take_the_next_quote(nlp: Any, text: str,
                                                      expected: tuple[str, str]) -> None:
    grouped = _grouped(nlp, text)
    assert (text, *expected) in grouped


def test_a_programme_after_a_possessive_is_no_quote(nlp: Any) -> None:
    text = "She told CBS’s “Morning Edition” on Monday the talks were cordial, with tense moments."
    assert _grouped(nlp, text) == [("the talks were cordial, with tense moments", "told", "She")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Party leaders keep repeating “Jobs First,” “Fair Trade,” and “Safe Streets.”",
     "“Jobs First,” “Fair Trade,” and “Safe Streets.”"),
    ("The senator kept telling the crowd, “We are not done,” and, “We will be back next year.”",
     "“We are not done,” and, “We will be back next year.”"),
    # two quotes joined by a bare conjunction
    ("The marchers kept chanting “Open the gates” and “Let us vote.”",
     "“Open the gates” and “Let us vote.”"),
    ("Fans on both sides kept shouting “Hold the line” or “Go home.”",
     "“Hold the line” or “Go home.”"),
])
def test_listed_quotes_are_one_attribution(nlp: Any, text: str, expected: str) -> None:
    assert any(content == expected for content, _, _ in _grouped(nlp, text))


def test_an_opening_mark_ending_its_line_closes() -> None:
    from dateline.quotes.marks import quoted_spans

    text = "“We can win this,” he said. “They know that. “\n\nThe story was updated later."
    spans = [text[q.outer_start:q.outer_end] for q in quoted_spans(text)]
    assert spans == ["“We can win this,”", "“They know that. “"]


def test_a_quote_that_finishes_a_sentence_begun_before_it(nlp: Any) -> None:
    text = "The new rules “will not fix the housing shortage,” the mayor said on Monday."
    assert any(content.startswith("The new rules “will not fix") and cue == "said"
               for content, cue, _ in _grouped(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    # a copula with the quote as its subject frames it
    ("Prices keep rising. “By 2040, we will all be speaking Mandarin,” is one common saying here.",
     ("“By 2040, we will all be speaking Mandarin,”", "is", "one common saying")),
    # a partial quote framed after it carries its speaker to the next unframed quote
    ("“We check every donor,” said Ana Ruiz, a spokeswoman. Like most campaigns, “the process is to "
     "make sure the money is clean,” Ruiz said. “If it is not, we return it.”",
     ("Like most campaigns, “the process is to make sure the money is clean,” Ruiz said. "
      "“If it is not, we return it.”", "said", "Ruiz")),
])
def test_frames_and_carries(nlp: Any, text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _grouped(nlp, text)


def test_a_frame_in_pieces_is_not_parenthetical(found_in: Any) -> None:
    # speaker and cue far apart: the words before the frame are the speaker's own clause, not
    # part of what was said
    text = ("In June, after the storm, Ortiz emailed his thanks, calling her “a rock” and telling "
            "her, “you are the best neighbor we have ever had!” She replied that it was nothing.")
    f = _quote(found_in(text), text, "you are the best neighbor we have ever had!")
    assert span_text(text, f.outer) == "“you are the best neighbor we have ever had!”"


@pytest.mark.parametrize(("text", "expected"), [
    # 'see/view X as Y' states a view: X as Y is the content, the subject its source
    ("Many voters see the senator as a safe choice.",
     ("the senator as a safe choice", "see", "Many voters")),
    ("Party leaders viewed the deal as a betrayal.",
     ("the deal as a betrayal", "viewed", "Party leaders")),
])
def test_seeing_as_states_a_view(found_in: Any, text: str,
                                 expected: tuple[str, str, str]) -> None:
    found = [(span_text(text, f.content), span_text(text, f.cue), span_text(text, f.source))
             for f in found_in(text)]
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # negatives: seeing without 'as X' is perception, and 'as' opening a clause is time
    "Reporters saw the president at the station on Monday.",
    "Reporters saw the president as he left the hall.",
    "We will see them as soon as possible.",
    "Viewed from the hill, the town looks small.",
])
def test_seeing_is_no_statement(found_in: Any, text: str) -> None:
    assert found_in(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # what was asked, not whom: the person asked before the question is the addressee
    ("The reporter asked the senator about her budget plans.",
     ("her budget plans", "The reporter")),
    ("The moderator asked the governor whether he would sign the bill.",
     ("whether he would sign the bill", "The moderator")),
    # a passive 'asked about X' or 'asked to Y' names no asker
    ("Asked about the merger, the chief executive defended the price.", ("the merger", None)),
    ("The protester was asked to leave the hall.", ("to leave the hall", None)),
])
def test_what_was_asked(found_in: Any, text: str, expected: tuple[str, str | None]) -> None:
    found = [(span_text(text, f.content), span_text(text, f.source)) for f in found_in(text)
             if span_text(text, f.cue) is not None and "ask" in (span_text(text, f.cue) or "").lower()]
    assert expected in found, found


def test_asked_without_a_question(found_in: Any) -> None:
    # negatives: 'asked' with nothing asked names no statement; a request keeps whom it asks
    text = "Asked, he said nothing at all."
    assert not any("ask" in (span_text(text, f.cue) or "").lower() for f in found_in(text))
    text = "The council asked the ministry to review the plan."
    assert any(span_text(text, f.content) == "the ministry to review the plan" for f in found_in(text))


@pytest.mark.parametrize(("text", "content"), [
    # 'reportedly': a report with no source named; the clause from its subject on is the content
    ("The ferry company is reportedly selling two of its oldest boats.",
     "The ferry company is reportedly selling two of its oldest boats"),
    ("In total, the rebels have reportedly seized four villages, but the army denies it.",
     "the rebels have reportedly seized four villages"),
])
def test_reportedly_is_a_report_without_a_source(found_in: Any, text: str, content: str) -> None:
    found = [(span_text(text, f.content), span_text(text, f.cue), f.source) for f in found_in(text)]
    assert (content, "reportedly", None) in found, found


def test_reportedly_with_a_cue_of_its_own(found_in: Any) -> None:
    # negative: the verb it modifies is a cue, which frames the statement with its subject
    text = "The minister reportedly said he would resign."
    found = [(span_text(text, f.content), span_text(text, f.cue)) for f in found_in(text)]
    assert ("he would resign", "said") in found and not any(c == "reportedly" for _, c in found)
