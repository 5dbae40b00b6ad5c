"""A reported clause that runs up to a colon before a quote, and a bare 'Name said.' after a
quote closed by a period (our own sentences; issue 5, quoted contents)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.eval.quotes import group_found
from dateline.quotes.extract import find_attributions
from tests.quotes.conftest import span_text


def _grouped(nlp: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[a.content[0]:a.content[1]], span_text(text, a.source), span_text(text, a.cue))
            for a in group_found(find_attributions(nlp(text)), text)]


@pytest.mark.parametrize(("text", "content"), [
    # the cue's that-clause runs up to the colon: clause and quote are one statement
    ("The harbour master adds that the fishermen have two choices: “They either sell the boats "
     "or they wait for spring.”",
     "that the fishermen have two choices: “They either sell the boats or they wait for spring.”"),
    ("The mayor said that the council has one worry: “Nobody knows who pays for the bridge.”",
     "that the council has one worry: “Nobody knows who pays for the bridge.”"),
])
def test_a_reported_clause_up_to_the_colon(nlp: Any, text: str, content: str) -> None:
    assert content in [c for c, _, _ in _grouped(nlp, text)]


@pytest.mark.parametrize(("text", "content"), [
    # negatives: the words before the colon are the frame's own (medium, addressee), or a clause
    # with no subject of its own and no 'that': the content starts at the mark
    ("The minister said in a statement: “We will rebuild the school.”",
     "“We will rebuild the school.”"),
    ("The director told the staff: “The plant closes in May.”", "“The plant closes in May.”"),
    ("A footnote in the audit makes that clear: “The accounts were never checked.”",
     "“The accounts were never checked.”"),
])
def test_no_clause_before_the_colon(nlp: Any, text: str, content: str) -> None:
    assert content in [c for c, _, _ in _grouped(nlp, text)]


@pytest.mark.parametrize(("text", "content", "source"), [
    # a period typed for the comma: a sentence of nothing but a name and a cue frames the quote
    ("The crowd cheered.\n\n“We will find every missing ballot in this county.” Okafor said.",
     "“We will find every missing ballot in this county.”", "Okafor"),
    ("“The river has never been this low.” Ms. Lane said.\n\nThe ferry stopped in June.",
     "“The river has never been this low.”", "Ms. Lane"),
])
def test_a_bare_frame_after_a_period(nlp: Any, text: str, content: str, source: str) -> None:
    assert (content, source, "said") in _grouped(nlp, text)


@pytest.mark.parametrize(("text", "quote"), [
    # negatives: the sentence after the quote goes on (its own report), so it is no frame
    ("“The river has never been this low.” Ms. Lane said the ferry would stop in June.",
     "“The river has never been this low.”"),
    ("“We will find every missing ballot.” Okafor said on Monday that the count was over.",
     "“We will find every missing ballot.”"),
])
def test_no_bare_frame_when_the_sentence_goes_on(nlp: Any, text: str, quote: str) -> None:
    assert all(not (c == quote and s is not None) for c, s, _ in _grouped(nlp, text))


@pytest.mark.parametrize(("text", "kind", "speaker", "words"), [
    ("The crowd cheered.\n\n“We will find every missing ballot in this county.” Okafor said.",
     "direct", "Okafor", "We will find every missing ballot in this county."),
    ("The harbour master adds that the fishermen have two choices: “They either sell the boats "
     "or they wait for spring.”", "direct", "The harbour master",
     "They either sell the boats or they wait for spring."),
])
def test_the_records_users_see(nlp: Any, text: str, kind: str, speaker: str, words: str) -> None:
    quotes = list(nlp(text)._.quotes)
    assert any((q.kind, q.speaker_text, q.text) == (kind, speaker, words) for q in quotes), quotes


def test_a_name_the_parse_left_without_its_verb(nlp: Any) -> None:
    # the parser reads 'tweeted' after the apposition as a participle on the name: still its verb
    text = ("The debate went on.\n\nAna Ruiz, the 2018 Green Party candidate, tweeted in response: "
            "''Important point: the mayor closes parks; our council opens them.''")
    assert ("''Important point: the mayor closes parks; our council opens them.''",
            "Ana Ruiz, the 2018 Green Party candidate", "tweeted") in _grouped(nlp, text)
    assert [(q.kind, q.speaker_text) for q in nlp(text)._.quotes] == [
        ("direct", "Ana Ruiz, the 2018 Green Party candidate")]


@pytest.mark.parametrize("text", [
    # negatives: a participle naming what someone is known as, a passive participle with its agent
    "Marta Lind, 52, known locally as \"the Baker,\" was elected in May.",
    "The stadium, the oldest in the state, closed in 1999.",
])
def test_no_speaker_from_a_participle_on_a_name(nlp: Any, text: str) -> None:
    assert _grouped(nlp, text) == []


@pytest.mark.parametrize(("text", "record_cue", "eval_cue"), [
    # PolNeAR's cue takes the colon that introduces the content; the record's cue does not
    ("The mayor said: “We will rebuild the school.”", "said", "said:"),
    ("Okafor added: “The plant closes in May.”", "added", "added:"),
    # a colon that is not right after the cue stays out
    ("The minister said in a statement: “We will rebuild the school.”", "said", "said"),
])
def test_the_eval_cue_takes_the_colon_right_after_it(nlp: Any, text: str, record_cue: str,
                                                     eval_cue: str) -> None:
    found = find_attributions(nlp(text))
    assert [text[f.cue[0]:f.cue[1]] for f in found] == [record_cue]
    assert [c for _, _, c in _grouped(nlp, text)] == [eval_cue]
