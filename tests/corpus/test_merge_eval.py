"""Event merging scored on the hand-built multi-source sets (real pipeline, our own articles)."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_records import FIXTURES

from dateline.corpus import update
from dateline.corpus.evaluate import GoldError, load_gold, score
from dateline.ingest import ingest
from dateline.store import Store

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("folder", "min_precision", "min_recall"), [
    ("merge", 0.95, 0.9),  # the development set
    ("merge-heldout", 0.9, 0.8),  # written after the rules were set
])
def test_pairwise_precision_and_recall(tmp_path: Path, pipeline, folder: str,  # type: ignore[no-untyped-def]
                                       min_precision: float, min_recall: float) -> None:
    gold = load_gold(FIXTURES / folder / "gold.json")
    assert all(len({m["article"] for m in e["mentions"]}) >= 3 for e in gold if len(e["mentions"]) > 1)
    with Store(tmp_path / "m.db") as store:
        ingest([FIXTURES / folder / "articles.jsonl"], store, pipeline)
        update(store)
        result = score(store, gold)
        again = update(store)
        assert again.events == 0 and score(store, gold) == result  # stable
    assert result["coverage"] >= 0.8, result
    assert result["precision"] >= min_precision, result
    assert result["recall"] >= min_recall, result


def test_gold_of_the_wrong_shape_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "gold.json"
    bad.write_text('{"events": [{"id": "G1"}]}', encoding="utf-8")
    with pytest.raises(GoldError, match="gold.json"):
        load_gold(bad)
