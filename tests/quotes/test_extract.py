"""Attribution constructions, one sentence each (our own writing), through the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import Quote


def _one(quotes: list[Quote], kind: str, contains: str) -> Quote:
    hits = [q for q in quotes if q.kind == kind and contains in q.text]
    assert hits, f"no {kind} quote containing {contains!r} in {quotes}"
    return hits[0]


@pytest.mark.parametrize(("text", "kind", "content", "speaker", "cue"), [
    # colon-introduced
    ("Hamas official Sami Abu Zuhri told Reuters: “We reject the plan.”",
     "direct", "We reject the plan.", "Sami Abu Zuhri", "told"),
    # speaker after, and inverted
    ("“We will not negotiate under fire,” Netanyahu said at a news conference.",
     "direct", "We will not negotiate under fire,", "Netanyahu", "said"),
    ("“The talks are over,” said the foreign minister.",
     "direct", "The talks are over,", "the foreign minister", "said"),
    # comma before the quote
    ("The minister said, “Talks will resume next week.”",
     "direct", "Talks will resume next week.", "The minister", "said"),
    # straight marks
    ('"We are ready," the spokesman told reporters.',
     "direct", "We are ready,", "the spokesman", "told"),
    # partial quote inside reported speech
    ("The ministry dismissed the report as “pure fabrication.”",
     "partial", "pure fabrication.", "The ministry", "dismissed"),
    # reported speech without marks
    ("Egypt accused Israel of blocking aid convoys.",
     "indirect", "Israel of blocking aid convoys", "Egypt", "accused"),
    ("The UN chief urged both sides to return to the table.",
     "indirect", "both sides to return to the table", "The UN chief", "urged"),
    ("Qatar said that a deal was close.", "indirect", "that a deal was close", "Qatar", "said"),
    ("Jordan voiced concern about the escalation.",
     "indirect", "concern about the escalation", "Jordan", "voiced"),
    ("The talks collapsed on Friday, according to Egyptian officials.",
     "indirect", "The talks collapsed on Friday", "Egyptian officials", "according to"),
    ("A ceasefire is within reach, the envoy said.",
     "indirect", "A ceasefire is within reach", "the envoy", "said"),
])
def test_constructions(quotes_of: Any, text: str, kind: str, content: str, speaker: str,
                       cue: str) -> None:
    q = _one(quotes_of(text), kind, content)
    assert q.text == content
    assert text[q.start:q.end] == content
    assert q.speaker_text is not None and speaker in q.speaker_text
    assert cue in q.cue
    assert q.cue_span is not None and text[q.cue_span[0]:q.cue_span[1]] == q.cue


def test_interrupted_quote_keeps_the_speaker(quotes_of: Any) -> None:
    text = "“We want a deal,” the spokesman said, “but not at any price.”"
    quotes = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.text for q in quotes] == ["We want a deal,", "but not at any price."]
    assert all(q.speaker_text == "the spokesman" for q in quotes)


def test_multi_paragraph_quote(quotes_of: Any) -> None:
    text = ("“We came here to talk about the hostages.\n\n"
            "“We will stay until there is a deal,” the envoy said.\n\nOther news followed.")
    (q,) = [q for q in quotes_of(text) if q.kind == "direct"]
    assert q.text.startswith("We came here") and q.text.endswith("there is a deal,")
    assert q.speaker_text == "the envoy"
    assert "continued" in q.flags


def test_coordinated_speakers(quotes_of: Any) -> None:
    text = "Egypt, Qatar and the United States have urged Israel to accept the proposal."
    q = _one(quotes_of(text), "indirect", "Israel to accept the proposal")
    assert q.speaker_text is not None
    for name in ("Egypt", "Qatar", "the United States"):
        assert name in q.speaker_text


@pytest.mark.parametrize(("text", "medium", "setting"), [
    ("The minister told CNN that the deal was dead.", "CNN", None),
    ("“No deal yet,” the premier said at a cabinet meeting.", None, "cabinet meeting"),
    ("The president said on Twitter that talks would resume.", "Twitter", None),
])
def test_medium_and_setting(quotes_of: Any, text: str, medium: str | None, setting: str | None) -> None:
    (q,) = quotes_of(text)
    assert (q.medium, q.setting) == (medium, setting)


def test_date_is_the_sentence_own_not_publication(nlp: Any, quotes_of: Any) -> None:
    if "dateline_time" not in nlp.pipe_names:
        pytest.skip("time component not in the pipeline")
    dated = _one(quotes_of("On Monday, the minister said the border would open."), "indirect", "border")
    undated = _one(quotes_of("The minister said the border would open."), "indirect", "border")
    assert dated.date == "2024-08-19"
    assert undated.date is None


@pytest.mark.parametrize("text", [
    "He said “this never ends.\n\nThe next paragraph is narration. Officials said the talks resume.",
    "The statement ended” abruptly. Officials said the talks resume.",
    "He called it “a farce\" and left. “Fine,” she said.\n\n“",
    "“\n\n”“”‘’«»\"'",
])
def test_unbalanced_marks_never_crash_nor_swallow(quotes_of: Any, text: str) -> None:
    quotes = quotes_of(text)
    paras = [p for p in text.split("\n\n")]
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        if "continued" not in q.flags:
            assert "\n\n" not in q.text, q
    if "Officials said the talks resume" in text:
        assert any(q.kind == "indirect" and q.text == "the talks resume" for q in quotes)
    assert len(paras) >= 1


def test_unclosed_quote_is_flagged(quotes_of: Any) -> None:
    text = "The envoy said: “We will not give up.\n\nThe army said the operation was over."
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert direct and direct[0].text == "We will not give up."
    assert "unclosed" in direct[0].flags


def test_pronoun_speaker_resolves_to_the_person(nlp: Any, quotes_of: Any) -> None:
    text = "Antony Blinken arrived in Cairo on Sunday. He said the ceasefire was within reach."
    q = _one(quotes_of(text), "indirect", "the ceasefire was within reach")
    assert q.speaker_text == "He"
    if "dateline_actors" in nlp.pipe_names:
        assert q.speakers and "blinken" in q.speakers[0]


def test_speakers_stay_empty_without_the_actors_component(nlp: Any) -> None:
    from dateline.quotes import extract_quotes

    text = "Egypt accused Israel of blocking aid convoys."
    doc = nlp.make_doc(text)
    with nlp.select_pipes(enable=[p for p in nlp.pipe_names if not p.startswith("dateline_")
                                  or p == "dateline_paragraphs"]):
        doc = nlp(doc)
    assert doc._.mentions is None
    (q,) = extract_quotes(doc)
    assert q.speakers == () and q.speaker_text == "Egypt"
