"""Session 21: a report misread as a participle of its subject ('The paper reported on Wednesday
the ministry had been ...'), the active 'The Times quoted X as saying' (X speaks, the paper is the
medium), a request in a relative clause of a root noun ending before the sentence's verb, and a
participle after a reported clause whose subject is a thing ('..., adding that ...'). Sentences
are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


def _records(found_in: Any, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(span_text(text, f.cue), span_text(text, f.source), span_text(text, f.content))
            for f in found_in(text)]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The paper reported on Wednesday the ministry had been “deeply negligent”.", "The paper",
     "the ministry had been “deeply negligent”"),
    ("The paper reported on Wednesday the ministry had been deeply negligent.", "The paper",
     "the ministry had been deeply negligent"),
    # review: the content stops at a frame after it
    ("The paper reported on Wednesday the ministry had failed, officials said, and the minister would quit.",
     "The paper", "the ministry had failed"),
])
def test_a_report_read_as_a_participle_of_its_subject(found_in: Any, text: str, source: str,
                                                      content: str) -> None:
    """Two subjects on one verb: the participle after the first is the main verb."""
    assert ("reported", source, content) in _records(found_in, text)


@pytest.mark.parametrize("text", [
    "The figures reported on Wednesday show a sharp rise in prices.",
    "The losses reported on Monday the company blamed on the strike were large.",
    "The attack reported on Sunday by the army killed four soldiers.",
    "The paper, reported on Wednesday to be for sale, had lost readers.",
    "The attacks reported last week the Houthis carried out hit two tankers.",
])
def test_a_reduced_relative_reports_nothing(found_in: Any, text: str) -> None:
    """One subject, a relative with a verb of its own, an agent, or a comma: a real participle."""
    assert not [r for r in _records(found_in, text) if r[0] == "reported"]


def test_a_relative_before_the_sentences_verb_reports_nothing(found_in: Any) -> None:
    """Review: a tensed verb with no subject after the second subject's verb is the sentence's
    own ('... the ministry said would cut costs [was dropped]'): the plan announces nothing."""
    text = "The plan announced on Monday the ministry said would cut costs was dropped."
    assert not [r for r in _records(found_in, text) if r[0] == "announced"]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The Times quoted Rivera as saying the deal was dead.", "Rivera", "the deal was dead"),
    ("Reuters quoted the minister as saying the talks would resume.", "the minister", "the talks would resume"),
    ("Smith quoted his father as saying the farm would survive.", "his father", "the farm would survive"),
])
def test_quoted_as_saying_is_said_by_the_one_quoted(found_in: Any, text: str, source: str,
                                                    content: str) -> None:
    records = _records(found_in, text)
    assert ("saying", source, content) in records
    assert not [r for r in records if r[0] == "quoted"]


@pytest.mark.parametrize(("text", "medium"), [
    ("The Times quoted Rivera as saying the deal was dead.", "Times"),
    ("State media quoted the minister as saying the talks would resume.", "media"),
    ("Senator Ana Ruiz quoted her father as saying the farm would survive.", None),
])
def test_the_outlet_quoting_is_the_medium(quotes_of: Any, text: str, medium: str | None) -> None:
    said = [q for q in quotes_of(text) if q.cue == "saying"]
    assert said and (said[0].medium == medium if medium is None else medium in (said[0].medium or ""))


@pytest.mark.parametrize("text", [
    "The Times never quoted Rivera as saying the deal was dead.",
    "The Times did not quote Rivera as saying the deal was dead.",
])
def test_a_denied_quoting_is_the_outlets(found_in: Any, text: str) -> None:
    """Review: the outlet denies quoting him, so Rivera says nothing; the record stays the
    outlet's, as before the session."""
    records = _records(found_in, text)
    assert not [r for r in records if r[1] == "Rivera"]
    assert any(r[1] == "The Times" and "quot" in (r[0] or "") for r in records)


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("He quoted a line from Lincoln, saying the nation would endure.", "saying", "He"),
    ("The Times, quoting Rivera, said the deal was dead.", "said", "The Times"),
    ("Rivera was quoted as saying the deal was dead.", "was quoted as saying", "Rivera"),
])
def test_other_quoting_keeps_its_speaker(found_in: Any, text: str, cue: str, source: str) -> None:
    assert any(r[0] == cue and r[1] == source for r in _records(found_in, text))


@pytest.mark.parametrize(("text", "content"), [
    ("The man who called on his neighbours to stay calm left early.", "his neighbours to stay calm"),
    ("Police who called on the crowd to disperse fired tear gas.", "the crowd to disperse"),
    ("The woman who urged voters to stay home was arrested.", "voters to stay home"),
    ("The man, who called on his neighbours to stay calm, left early.", "his neighbours to stay calm"),
    ("The man who called on his neighbours to keep the doors locked.", "his neighbours to keep the doors locked"),
])
def test_a_request_in_a_relative_clause_ends_with_it(found_in: Any, text: str, content: str) -> None:
    """The parse left the sentence no main verb and hung it inside the request; a participle a
    verb of the request governs ('keep the doors locked') stays."""
    assert [r[2] for r in _records(found_in, text) if r[1] == "who"] == [content]


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("He said the talks had collapsed, adding that a deal was still possible.", "adding", "He"),
    ("He said the plan would fail, citing the cost.", "citing", "He"),
    ("She said her son had called home, adding that he was safe.", "adding", "She"),
    ("Aides said Smith would run again, noting his strong poll numbers.", "noting", "Aides"),
    ("He said that the plan, which was drafted in May, would fail, citing the cost.", "citing", "He"),
    # a frame after a quote: the participle is the frame's
    ("Grayson said Randolph “would have no chance,” the source recalled, adding that he was sure.", "adding",
     "the source"),
    # review: after the cue's own words ('on Monday that', 'told reporters in Doha'); a subordinate
    # clause's subject or one that can speak keeps it
    ("He said on Monday that the talks had collapsed, blaming Hamas.", "blaming", "He"),
    ("Officials told reporters in Doha on Friday that the talks had stalled, blaming both sides.", "blaming",
     "Officials"),
    ("The spokesman said in Geneva, where talks were held, that the plan had failed, citing the cost.", "citing",
     "The spokesman"),
    ("She said that the talks failed because the envoys left early, citing the cost.", "citing", "the envoys"),
    ("She told reporters that the deal collapsed after Hamas rejected it, calling the terms unfair.", "calling",
     "Hamas"),
    ("He told the BBC on Sunday the army had retreated, citing heavy losses.", "citing", "the army"),
    # the clause's subject can do it: the participle stays theirs
    ("Police said the crowd gathered outside the court, demanding the release of the men.", "demanding",
     "the crowd"),
    ("Witnesses said protesters marched through the town, chanting slogans against the mayor.", "chanting",
     "protesters"),
    # review: groups and people the first lists missed
    ("Witnesses said the militia stormed the village, shouting insults.", "shouting", "the militia"),
    ("Residents said the mob attacked the police station, demanding the release of a cleric.", "demanding",
     "the mob"),
    ("She said the jury returned its verdict, finding him guilty.", "finding", "the jury"),
    ("Officials said the nurses went on strike, demanding higher pay.", "demanding", "the nurses"),
])
def test_a_participle_after_a_reported_clause(found_in: Any, text: str, cue: str, source: str) -> None:
    assert any(r[0] == cue and r[1] == source for r in _records(found_in, text))
