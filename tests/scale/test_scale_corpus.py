"""The Dask duplicate finder's per-partition and per-bucket steps, without a cluster: a band key
shared by more than ``max_band`` articles pairs only its first ``max_band``, as corpus update does."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dateline.corpus import CorpusOptions, update
from dateline.corpus.dedup import DedupOptions
from dateline.model import ArticleRecord
from dateline.scale.corpus import _resolve, bucket_pairs, sign_rows
from dateline.store import Store

BODY = ("Mediators from Egypt and Qatar met both delegations in Cairo on Sunday and said the "
        "talks on a truce and an exchange of prisoners would resume later in the week.")
ARRIVAL = ["c", "a", "d", "b"]  # input order, not id order


def pairs_by_group_by(options: DedupOptions) -> dict[tuple[str, str], float]:
    frame = pd.DataFrame({"id": ARRIVAL, "body": [BODY] * len(ARRIVAL),
                          "published": [{"date": "2024-08-18"}] * len(ARRIVAL)})
    signed = pd.concat([sign_rows(frame.iloc[:2], options, {"number": 0}),
                        sign_rows(frame.iloc[2:], options, {"number": 1})])
    found = pd.concat([bucket_pairs(bucket, options) for _, bucket in signed.groupby("key")])
    return _resolve(found.drop_duplicates().itertuples(index=False)).pairs


def pairs_by_corpus_update(options: DedupOptions, tmp_path: Path) -> dict[tuple[str, str], float]:
    with Store(tmp_path / "one.db") as store:
        store.put([ArticleRecord(id=aid, body=BODY, paragraphs=((0, len(BODY)),))
                   for aid in ARRIVAL])
        update(store, CorpusOptions(dedup=options))
        return {(a, b): s for a, b, s in store.conn.execute(
            "SELECT a, b, similarity FROM duplicate_pairs")}


@pytest.mark.parametrize(("max_band", "expected"), [
    (2, {("a", "c")}),  # the first two to arrive
    (3, {("a", "c"), ("a", "d"), ("c", "d")}),
    (1000, {("a", "b"), ("a", "c"), ("a", "d"), ("b", "c"), ("b", "d"), ("c", "d")}),
])
def test_stop_band_cap_as_corpus_update(max_band: int, expected: set[tuple[str, str]],
                                        tmp_path: Path) -> None:
    options = DedupOptions(max_band=max_band)
    pairs = pairs_by_group_by(options)
    assert set(pairs) == expected
    assert pairs == pairs_by_corpus_update(options, tmp_path)
