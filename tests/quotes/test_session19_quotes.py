"""Session 19: the noun of a passive or infinitival relative clause is no source; a request's
infinitive after 'calling on X' is the request's content; 'The banner bore' read as a noun gives
the source 'The banner'. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.quotes.base import source_span
from tests.quotes.conftest import span_text


def _verb(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "cue"), [
    ("The pipeline, which is widely supported by Republicans, would not be built without the permit.", "supported"),
    ("Ms. Alvarez, who was nominated by the governor, took office in May.", "nominated"),
    ("In an interview, the mayor had nothing bad to say about the council.", "say"),
])
def test_the_noun_of_a_passive_or_infinitival_relative_is_no_source(nlp: Any, text: str, cue: str) -> None:
    doc = nlp(text)
    verb = _verb(doc, cue)
    assert verb.dep_ == "relcl"  # (the parse this rule is about)
    assert source_span(verb.head, verb, doc.text) is None


@pytest.mark.parametrize(("text", "cue"), [
    ("The pipeline, which is widely supported by Republicans, would not be built without the permit.",
     "is widely supported"),
    ("In an interview, the mayor had nothing bad to say about the council.", "to say about"),
])
def test_a_relative_cue_keeps_its_record_without_a_source(found_in: Any, text: str, cue: str) -> None:
    found = [f for f in found_in(text) if span_text(text, f.cue) == cue]
    assert found and all(f.source is None and f.source_token is None for f in found)


def test_an_active_relative_still_names_its_speaker(found_in: Any) -> None:
    text = "Rivera, who said the talks had failed, left the room."
    assert [span_text(text, f.source) for f in found_in(text) if span_text(text, f.cue) == "said"] == ["who"]


def test_an_infinitive_after_calling_on_someone_is_the_requests_content(found_in: Any) -> None:
    text = "They circulated petitions calling on delegates to back the party's nominee."
    found = found_in(text)
    assert [span_text(text, f.content) for f in found] == ["delegates to back the party's nominee"]


@pytest.mark.parametrize("text", [
    "He called on Wednesday to say the deal was done.",
    "She called on Twitter to say the senator should resign.",
    "The governor called on national television to say the count was flawed.",
])
def test_a_day_or_medium_after_called_on_is_no_addressee(found_in: Any, text: str) -> None:
    """'called on Friday to say', 'called on Twitter to say' make no request of Friday or of
    Twitter: the infinitive is a statement of its own, as without 'on' ('called to say')."""
    assert [span_text(text, f.source) for f in found_in(text) if span_text(text, f.cue) == "to say"] == \
        [text.split(" called")[0]]


def test_an_irregular_past_read_as_a_noun_ends_the_source_before_it(found_in: Any) -> None:
    text = "The banner bore “Basta,” urging the government to resign."
    found = [f for f in found_in(text) if span_text(text, f.cue) == "urging"]
    assert [span_text(text, f.source) for f in found] == ["The banner"]


def test_a_name_that_is_also_a_past_form_stays_in_the_source(found_in: Any) -> None:
    """'Rose' (a form of 'rise') ends a name, not a verb read as a noun: the source keeps it."""
    text = "Lakers guard Derrick Rose “never again,” insisting he would retire."
    assert [span_text(text, f.source) for f in found_in(text) if span_text(text, f.cue) == "insisting"] == \
        ["Lakers guard Derrick Rose"]
