"""How a quote opens (our own sentences): after a sentence closed inside a two-character mark,
after a lone connective, after a speaker's label and a colon."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.eval.quotes import group_found
from dateline.quotes.extract import find_attributions
from tests.quotes.conftest import span_text


def _grouped(nlp: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[a.content[0]:a.content[1]], span_text(text, a.source), span_text(text, a.cue))
            for a in group_found(find_attributions(nlp(text)), text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence closed inside '' (newspaper typewriter marks) ends before the next quote, so the
    # next quote opens a sentence and goes on with the speaker before it
    ("''The vote was rigged,'' Mr. Lane said on Channel 4's ''Morning Report.'' ''Everyone "
     "in the county knows it.''",
     "''The vote was rigged,'' Mr. Lane said on Channel 4's ''Morning Report.'' ''Everyone "
     "in the county knows it.''"),
    ("''We lost the harvest,'' the farmer said. ''All of it.''",
     "''We lost the harvest,'' the farmer said. ''All of it.''"),
])
def test_a_quote_after_a_sentence_closed_in_two_marks(nlp: Any, text: str, expected: str) -> None:
    assert expected in [c for c, _, _ in _grouped(nlp, text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a lone connective opens the sentence: the quote goes on with the speaker before it
    ("“The bridge should have been closed,” the engineer said. Instead, “they sent the trucks "
     "over it.”",
     "“The bridge should have been closed,” the engineer said. Instead, “they sent the trucks "
     "over it.”"),
    ("“We waited all night,” said Ms. Okafor. Then, “the water came through the door.”",
     "“We waited all night,” said Ms. Okafor. Then, “the water came through the door.”"),
    ("“I voted for him once,” the baker said. But “I will not do it again.”",
     "“I voted for him once,” the baker said. But “I will not do it again.”"),
])
def test_a_quote_after_a_lone_connective(nlp: Any, text: str, expected: str) -> None:
    assert expected in [c for c, _, _ in _grouped(nlp, text)]


@pytest.mark.parametrize(("text", "content", "source"), [
    # a transcript: the name before the colon is the speaker, the colon the cue
    ("Sen. Maria Lopez (D-N.M.): “Who approved the contract?”\n\nThe minister did not answer.",
     "“Who approved the contract?”", "Sen. Maria Lopez (D-N.M.)"),
    ("The two rivals disagree on the tax. Okafor: \"The rate is too high for small shops.\"",
     "\"The rate is too high for small shops.\"", "Okafor"),
])
def test_a_speaker_label_before_a_colon(nlp: Any, text: str, content: str, source: str) -> None:
    assert (content, source, ":") in _grouped(nlp, text)


@pytest.mark.parametrize(("text", "content"), [
    # a label in the paragraph before, or a headline in single marks, labels nothing here
    ("Maria Lopez: ‘No More Delays’\n\n“The contract was signed in secret.”",
     "“The contract was signed in secret.”"),
    # a clause with a verb before the colon is no label
    ("The council heard one complaint: “The rate is too high.”", "“The rate is too high.”"),
])
def test_no_label_without_a_name_before_the_colon(nlp: Any, text: str, content: str) -> None:
    assert not any(c == content and cue == ":" for c, _, cue in _grouped(nlp, text))


@pytest.mark.parametrize(("text", "title"), [
    # a title or term that its sentence is about, after a framed quote: nobody said it
    ("“We start filming in May,” the producer said. “Harbor Lights,” on Channel 9, is a drama "
     "about dock workers.", "“Harbor Lights,”"),
    ("“The plan is sound,” the general said. “Iron Harbor” has been the doctrine since 1990.",
     "“Iron Harbor”"),
])
def test_a_quoted_title_that_opens_its_sentence_is_no_quote(nlp: Any, text: str,
                                                            title: str) -> None:
    assert not any(title in c for c, _, _ in _grouped(nlp, text))


@pytest.mark.parametrize(("text", "carried"), [
    # words said go on with the speaker even when the sentence runs on past the mark
    ("“The plan is sound,” the general said. “We will hold the bridge” until the rain stops.",
     "“We will hold the bridge”"),
])
def test_a_carried_quote_with_a_verb_stays(nlp: Any, text: str, carried: str) -> None:
    assert any(carried in c for c, _, _ in _grouped(nlp, text))


@pytest.mark.parametrize(("text", "content", "cue"), [
    # a partial quote whose own cue lies inside an earlier cue's complement goes with that cue:
    # one attribution, the whole reported clause
    ("The mayor said that the city would continue “to fight for every family” across the region.",
     "that the city would continue “to fight for every family” across the region", "said"),
    ("The coach also said that the team shows “real courage” and deserves a better season.",
     "that the team shows “real courage” and deserves a better season", "said"),
])
def test_a_partial_quote_goes_with_the_outermost_cue(nlp: Any, text: str, content: str,
                                                      cue: str) -> None:
    grouped = _grouped(nlp, text)
    assert any(c == content and k is not None and k.endswith(cue) for c, _, k in grouped), grouped
    assert len(grouped) == 1


@pytest.mark.parametrize(("text", "content"), [
    # a quote naming what a relative clause is about takes in the pronoun or the noun before it
    ("The mayor mocked her rival, who she dubbed “the parking-lot king.”",
     "who she dubbed “the parking-lot king.”"),
    ("The firm sells what it calls “smart fences” to farmers.",
     "what it calls “smart fences” to farmers"),
    ("The hackers reached the server, which the minister described as “a leaky bucket.”",
     "which the minister described as “a leaky bucket.”"),
])
def test_a_quote_named_by_a_relative_clause(nlp: Any, text: str, content: str) -> None:
    assert content in [c for c, _, _ in _grouped(nlp, text)]


@pytest.mark.parametrize(("text", "content", "source"), [
    # a headline: a name, a colon and the speaker's words in marks (the name may be tagged as a
    # common noun when it is a person's name, or a name elsewhere in the article; verbs in the
    # title-cased words after the quote are the headline's own)
    ("Lopez: ‘It Is Not A Tax’ To Ask For A Toll On The Bridge.\n\nMayor Ana Lopez spoke on Monday.",
     "‘It Is Not A Tax’ To Ask For A Toll On The Bridge", "Lopez"),
    ("Reid: 'Never underestimate the river.'\n\nThe senator spoke on Monday.",
     "'Never underestimate the river.'", "Reid"),
])
def test_a_headline_speaker_and_quote(nlp: Any, text: str, content: str, source: str) -> None:
    assert (content, source, ":") in _grouped(nlp, text)


@pytest.mark.parametrize(("text", "content", "source"), [
    # a signature line under a pull quote: the dash may touch the name, and a description may
    # follow it after a comma
    ("“The bridge will be open by spring.”\n\n-Mayor Ana Ruiz, speaking after the vote.",
     "“The bridge will be open by spring.”", "Mayor Ana Ruiz"),
    ("“We waited three hours in the rain.”\n\n- Tomas Berg, Duluth.",
     "“We waited three hours in the rain.”", "Tomas Berg"),
])
def test_a_signature_under_a_quote(nlp: Any, text: str, content: str, source: str) -> None:
    assert any(c == content and s == source for c, s, _ in _grouped(nlp, text)), _grouped(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a quote going on in lower case after a frame with a participle of manner or topic
    ("“These rules are fair,” said the judge, speaking of the new code, “and nobody should fear "
     "them.”",
     "“These rules are fair,” said the judge, speaking of the new code, “and nobody should fear "
     "them.”"),
])
def test_a_quote_goes_on_past_a_participle_in_its_frame(nlp: Any, text: str, expected: str) -> None:
    assert expected in [c for c, _, _ in _grouped(nlp, text)]


def test_a_frame_after_a_long_apposition(nlp: Any) -> None:
    text = ("“We will win this county,” Ana Ruiz, the party’s candidate for governor this year and "
            "a former two-term mayor of the small river town of Eastport, said on Monday.")
    assert ("“We will win this county,”", "Ana Ruiz, the party’s candidate for governor this year "
            "and a former two-term mayor of the small river town of Eastport", "said") in \
        _grouped(nlp, text)
