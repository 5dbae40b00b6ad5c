"""The gold example: three quotes (two direct, one partial) and three reported statements, each
with the right speaker text, and actor ids wherever the actors component wrote mentions."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import Quote

#: gold speaker name -> a word its speaker_text must contain
SPEAKER_WORD = {"Sami Abu Zuhri": "Zuhri", "Benjamin Netanyahu": "Netanyahu", "Hamas": "Hamas",
                "Israel": "Israel", "Jordan": "Jordan", "hostage supporters in Israel": "hostage"}
#: gold speaker name -> a fragment of its actor id
ACTOR_FRAGMENT = {"Sami Abu Zuhri": "zuhri", "Benjamin Netanyahu": "netanyahu", "Hamas": "hamas",
                  "Israel": "ISR", "Jordan": "JOR"}


@pytest.fixture(scope="module")
def example_doc(nlp: Any, example_text: str, example_gold: dict[str, Any]) -> Any:
    doc = nlp.make_doc(example_text)
    doc._.published = example_gold["document"]["publication_date"]
    return nlp(doc)


def _match(quotes: list[Quote], gold: dict[str, Any]) -> Quote:
    if "text" in gold:
        hits = [q for q in quotes if q.kind == gold["kind"] and q.text == gold["text"]]
    else:
        hits = [q for q in quotes if q.kind == gold["kind"] and q.cue.split()[-1] == gold["cue"]]
    assert len(hits) == 1, f"{gold} -> {hits}"
    return hits[0]


def _speakers(gold: dict[str, Any]) -> list[str]:
    return gold["speaker"] if isinstance(gold["speaker"], list) else [gold["speaker"]]


def test_example_quotes(example_doc: Any, example_gold: dict[str, Any]) -> None:
    quotes: list[Quote] = list(example_doc._.quotes)
    gold_quotes = example_gold["quotes"]
    assert sum(g["kind"] == "direct" for g in gold_quotes) == 2
    for gold in gold_quotes:
        q = _match(quotes, gold)
        assert q.cue.split()[-1] == gold["cue"]
        assert q.speaker_text is not None
        for name in _speakers(gold):
            assert SPEAKER_WORD[name] in q.speaker_text, (gold, q)
        if "medium" in gold:
            assert q.medium == gold["medium"]
        if "setting" in gold:
            assert q.setting == gold["setting"]
        assert example_doc.text[q.start:q.end] == q.text


def test_example_speaker_actor_ids(example_doc: Any, example_gold: dict[str, Any]) -> None:
    if example_doc._.mentions is None:
        pytest.skip("actors component not in the pipeline: speakers are not resolved to ids")
    quotes: list[Quote] = list(example_doc._.quotes)
    for gold in example_gold["quotes"]:
        q = _match(quotes, gold)
        for name in _speakers(gold):
            fragment = ACTOR_FRAGMENT.get(name)
            if fragment is not None:
                assert any(fragment in s for s in q.speakers), (name, q.speakers)


def test_example_dates_come_from_the_text(example_doc: Any, example_gold: dict[str, Any]) -> None:
    if example_doc._.timexes is None:
        pytest.skip("time component not in the pipeline")
    quotes: list[Quote] = list(example_doc._.quotes)
    for gold in example_gold["quotes"]:
        q = _match(quotes, gold)
        assert q.date == gold.get("date"), (gold, q)  # None where the text gives no date


def test_example_has_no_dateline_speaker(example_doc: Any) -> None:
    assert not [q for q in example_doc._.quotes if q.speaker_text == "Dubai"]
