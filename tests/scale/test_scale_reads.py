"""Each Parquet partition is read once by the workers (for duplicates and event merging
together) and once by the client (ids and event keys, to plan and check the store), counted on
an in-process cluster where every read happens in this process."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from dateline.scale.parquet import write_parquet
from dateline.scale.steps import cross_article, plan_parts, to_store
from tests.scale.corpus_events import events_corpus
from tests.scale.test_scale_cluster_corpus import loaded, staged

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def threads() -> Iterator[Any]:
    """A cluster of two worker threads in this process."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as c:
        yield c


@pytest.fixture()
def reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Reads of each Parquet file (folder/name), tables and footers alike."""
    counted: Counter[str] = Counter()
    for name in ("read_table", "read_metadata"):
        original = getattr(pq, name)

        def counting(path: Any, *args: Any, _original: Any = original, **kwargs: Any) -> Any:
            counted[f"{Path(path).parent.name}/{Path(path).name}"] += 1
            return _original(path, *args, **kwargs)

        monkeypatch.setattr(pq, name, counting)
    return counted


def per_kind(reads: Counter[str], ids: list[str]) -> dict[str, set[int]]:
    """How often each kind's partitions were read (one set of counts per kind)."""
    kinds: dict[str, set[int]] = {}
    for kind in ("articles", "events", "actors", "timexes"):
        kinds[kind] = {reads[f"{kind}/part-{pid}.parquet"] for pid in ids}
    return kinds


def test_store_path_reads_each_partition_once_per_side(threads: Any, reads: Counter[str],
                                                       tmp_path: Path) -> None:
    records = events_corpus(36)
    ids = staged(records, tmp_path / "out")
    with loaded(tmp_path / "dask.db", records) as store:
        reads.clear()
        assert to_store(threads, store, tmp_path / "out", ids)
    assert per_kind(reads, ids) == {"articles": {2}, "events": {2}, "actors": {1}, "timexes": {0}}


def test_parquet_path_reads_each_partition_once_per_side(threads: Any, reads: Counter[str],
                                                         tmp_path: Path) -> None:
    out = tmp_path / "out"
    ids = staged(events_corpus(36), out)
    reads.clear()
    write_parquet(out, cross_article(threads, plan_parts(out, ids)), threads)
    # the client: article ids and the events' row count (the file's footer); the workers: the rest
    assert per_kind(reads, ids) == {"articles": {2}, "events": {2}, "actors": {1}, "timexes": {0}}
