"""Regression floor on ``modern_news_dev.jsonl``: 391 news sentences of our own writing in the events
JSON Lines format (type of the first event, or none), used while extending the lexicon and rules.
It is a development set, not a held-out one: the floor guards against regressions only."""

from __future__ import annotations

from pathlib import Path

from dateline.eval.events import predict, read_gold, score

DEV = Path(__file__).with_name("modern_news_dev.jsonl")


def test_modern_news_floor(nlp) -> None:  # type: ignore[no-untyped-def]
    gold = list(read_gold(DEV))
    result = score(gold, list(predict((g.text for g in gold), nlp=nlp)))
    assert result["n"] == len(gold) > 300
    assert result["accuracy"] >= 0.93 and result["macro_f1"] >= 0.9, result["confusion"]
