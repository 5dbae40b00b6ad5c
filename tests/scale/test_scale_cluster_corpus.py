"""Duplicates and event merging as Dask group-bys on a real LocalCluster of two workers: the
store they write equals, row for row, the store of ``dateline corpus update`` on the same
records, and the Parquet outputs hold the same clusters. Hand-built records (no pipeline)."""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from dateline.corpus import CorpusOptions, update
from dateline.corpus.dedup import DedupOptions
from dateline.corpus.events import MergeOptions
from dateline.model import Actor, ArticleRecord, Event, Published
from dateline.scale import parquet, steps
from dateline.scale.output import PartitionResult, read_partition, write_partition
from dateline.scale.parquet import write_parquet
from dateline.scale.steps import cross_article, plan_parts, to_store
from dateline.store import Store
from dateline.store import corpus_read as read
from tests.scale.corpus_events import events_corpus, state

pytestmark = pytest.mark.slow

def staged(records: list[ArticleRecord], out: Path, size: int = 12) -> list[str]:
    """The records as the partitions of a Dask ingest (in input order); their ids."""
    ids = []
    for n in range(0, len(records), size):
        pid = f"p{n // size:06d}-test"
        write_partition(out, pid, records[n:n + size], PartitionResult(id=pid, inputs="test"))
        ids.append(pid)
    return ids


def loaded(path: Path, records: list[ArticleRecord], size: int = 12) -> Store:
    store = Store(path)
    for n in range(0, len(records), size):  # one put per partition, as run_dask loads them
        store.put(records[n:n + size])
    return store


class Watched:
    """A Dask client that fails a computation asked for while the store holds its write lock."""

    def __init__(self, client: Any, store: Store) -> None:
        self.client, self.store, self.computed = client, store, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)

    def compute(self, *args: Any, **kwargs: Any) -> Any:
        assert not self.store.conn.in_transaction, "a cluster round-trip inside the transaction"
        self.computed += 1
        return self.client.compute(*args, **kwargs)


def test_store_equals_corpus_update(client: Any, tmp_path: Path) -> None:
    records, options = events_corpus(), CorpusOptions()
    ids = staged(records, tmp_path / "out")
    with loaded(tmp_path / "one.db", records) as one, loaded(tmp_path / "dask.db", records) as dask:
        update(one, options)
        watched = Watched(client, dask)
        assert to_store(watched, dask, tmp_path / "out", ids, options=options)
        assert watched.computed > 8  # the group-bys and every partition of the rows written
        assert not list(tmp_path.glob(".dateline-corpus-*"))  # the staging file is gone
        expected, got = state(one), state(dask)
        assert got == expected
        assert len(expected["duplicate_pairs"]) >= 5 and len(expected["event_links"]) >= 20
        assert len({r[1] for r in expected["event_clusters"]}) < len(expected["event_clusters"])
        assert read.merged_events(dask.conn) == read.merged_events(one.conn)
        assert read.stories(dask.conn) == read.stories(one.conn)
        again = update(dask, options)  # nothing left to do
        assert (again.articles, again.events, again.story_articles) == (0, 0, 0)
        assert state(dask) == expected
        more = events_corpus(12, seed=11)  # and later articles extend it incrementally
        for store in (one, dask):
            store.put(more)
            update(store, options)
        assert state(dask) == state(one)


def test_parquet_equals_corpus_update(client: Any, tmp_path: Path) -> None:
    records = events_corpus()
    out = tmp_path / "out"
    result = cross_article(client, plan_parts(out, staged(records, out)))
    written = write_parquet(out, result, client)
    with loaded(tmp_path / "one.db", records) as one:
        update(one)
        clusters = dict(one.conn.execute("SELECT e.id, c.cluster_id FROM event_clusters c JOIN events e "
                                         "ON e.event_key = c.event_key"))
        merged = {r["cluster_id"]: r for r in read.merged_events(one.conn)}
        pairs = {(a, b): s for a, b, s in one.conn.execute("SELECT a, b, similarity FROM duplicate_pairs")}
        linked = sorted(tuple(r) for r in one.conn.execute(
            "SELECT x.id, y.id, l.score FROM event_links l JOIN events x ON x.event_key = l.a "
            "JOIN events y ON y.event_key = l.b"))
    assert result.dedup.found.pairs == pairs
    members = pq.read_table(written["event_clusters"]).to_pylist()
    assert {m["event_id"]: m["cluster_id"] for m in members} == clusters
    summary = {r["cluster_id"]: r for r in pq.read_table(written["merged_events"]).to_pylist()}
    assert set(summary) == set(merged)
    for cid, row in merged.items():
        got = summary[cid]
        assert (got["reports"], got["articles"], got["sources"], got["type"]) == (
            row["n_reports"], row["n_articles"], row["n_sources"], row["type"])
        assert (got["first_article_id"], got["first_published"]) == (
            row["first_report"]["article_id"], row["first_report"]["published"])
    links = pq.read_table(written["event_links"]).to_pylist()
    assert sorted((r["a"], r["b"], r["score"]) for r in links) == linked


class Sized:
    """A Dask client that records the rows of every result it brings to the client."""

    def __init__(self, client: Any) -> None:
        self.client, self.rows = client, []  # type: list[int]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)

    def compute(self, *args: Any, **kwargs: Any) -> Any:
        futures = self.client.compute(*args, **kwargs)
        return [self.sized(f) for f in futures] if isinstance(futures, list) else self.sized(futures)

    def sized(self, future: Any) -> Any:
        rows = self.rows

        class Result:
            def result(self) -> Any:
                value = future.result()
                rows.append(len(value) if hasattr(value, "__len__") else 1)
                return value

        return Result()


#: parquet's stages as imported: ``counted`` runs these wherever it runs (a worker imports this
#: module for it), never a patched one
STAGES = {name: getattr(parquet, name)
          for name in ("member_rows", "cluster_sample", "cluster_range", "summarize_frame")}


def counted(name: str, log: Path, *args: Any, **kwargs: Any) -> Any:
    """``parquet.<name>(*args, **kwargs)``, noting the call as a line of ``log``."""
    with log.open("a", encoding="utf-8") as calls:
        calls.write(name + "\n")
    return STAGES[name](*args, **kwargs)


def test_parquet_is_written_a_partition_at_a_time(client: Any, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The Parquet outputs hold exactly the rows of one list of every event (the client's
    former way, kept here as the reference), in the same order, while the client only ever
    receives one partition's rows (or the linked events) at a time, whatever the corpus size.
    Each stage runs once per partition: taking the partitions of an unpersisted shuffle one at
    a time ran the split of every partition again for each (10 partitions: 100 splits)."""
    records = events_corpus(60, seed=5)
    out = tmp_path / "out"
    result = cross_article(client, plan_parts(out, staged(records, out, size=6)))
    members, ids = [], {}
    for frame in steps.iter_parts(client, result.merged.items):
        for item, ord_ in zip(frame["item"], frame["ord"], strict=True):
            ids[item.key] = item.id
            members.append({"event_id": item.id, "article_id": item.article_id, "ord": int(ord_),
                            "type": item.type, "cluster_id": result.merged.clusters.get(item.key, item.id),
                            "sortkey": item.sortkey, "day_start": item.day_start,
                            "day_end": item.day_end, "root": item.root, "published": item.published})
    expected = parquet.summarize(members)
    here: list[int] = []  # the client summarized a list of this many events (it did, of them all)
    monkeypatch.setattr(parquet, "summarize", lambda ms: here.append(len(ms)) or expected)
    log = tmp_path / "calls.log"
    for name in STAGES:
        monkeypatch.setattr(parquet, name, functools.partial(counted, name, log))
    sized = Sized(client)
    written = write_parquet(out, result, sized)
    assert here == []  # the workers summarize (this patch is not theirs)
    parts = result.merged.items.npartitions
    assert parts == 10
    assert Counter(log.read_text(encoding="utf-8").split()) == {name: parts for name in STAGES}
    assert pq.read_table(written["event_clusters"]).to_pylist() == members
    assert pq.read_table(written["merged_events"]).to_pylist() == expected
    assert pq.read_table(written["event_links"]).to_pylist() == [
        {"a": ids[a], "b": ids[b], "score": s} for a, b, s in sorted(result.merged.links)]
    clusters = [c for c, n in Counter(m["cluster_id"] for m in members).items() if n > 1]
    assert len(members) >= 60 and len(clusters) >= 5  # clusters span partitions
    linked = {k for a, b, _s in result.merged.links for k in (a, b)}
    assert sized.rows and max(sized.rows) <= max(len(members) // 4, len(linked))


def test_parquet_of_a_run_without_events(client: Any, tmp_path: Path) -> None:
    out = tmp_path / "out"
    records = [dataclasses.replace(r, events=()) for r in events_corpus(8)]
    written = write_parquet(out, cross_article(client, plan_parts(out, staged(records, out))), client)
    for name, schema in (("event_clusters", parquet.EVENT_CLUSTERS), ("merged_events", parquet.MERGED_EVENTS),
                         ("event_links", parquet.EVENT_LINKS)):
        table = pq.read_table(written[name])
        assert table.num_rows == 0 and table.schema.names == schema.names


def talks(days: list[int]) -> list[ArticleRecord]:
    """One report of talks in Cairo per day given, in that order (no two on one day)."""
    records = []
    for n, day in enumerate(days):
        body = f"Egypt and Qatar held talks in Cairo on day {day} about a truce and aid, round {n}."
        event = Event(f"talks-{n}-e0", "CONSULT", "held", (0, len(body)), sources=("cty:EGY",),
                      targets=("cty:QAT",), date=f"2024-08-{day:02d}", place="Cairo", confidence=0.9)
        records.append(ArticleRecord(id=f"talks-{n}", body=body, paragraphs=((0, len(body)),),
                                     published=Published(f"2024-08-{day:02d}"), events=(event,),
                                     actors=(Actor("cty:EGY", "Egypt", "country", "EGY"),
                                             Actor("cty:QAT", "Qatar", "country", "QAT"))))
    return records


def test_caps_as_corpus_update(client: Any, tmp_path: Path) -> None:
    """At most max_block x (lookup keys) earlier events per event, the latest first: with
    max_block 1 and three keys the report of the 12th meets only the 14th, 13th and 12th. And
    a band key shared by more than max_band articles takes only the first ones (stop bands)."""
    records = talks([10, 14, 11, 13, 12, 12])
    # no word keys (a report with actors also looks up its words, as "n:" keys, which would
    # raise the cap to six here): the three keys are the two actors and the place
    options = CorpusOptions(dedup=DedupOptions(max_band=2), merge=MergeOptions(max_block=1, block_words=0))
    ids = staged(records, tmp_path / "out", size=2)
    with loaded(tmp_path / "one.db", records, 2) as one, loaded(tmp_path / "dask.db", records, 2) as dask:
        update(one, options)
        assert to_store(client, dask, tmp_path / "out", ids, options=options)
        assert state(dask) == state(one)
        links = {(a, b) for a, b, _ in state(one)["event_links"]}
        bands = one.conn.execute("SELECT key, COUNT(*) FROM lsh_bands GROUP BY key").fetchall()
    assert max(n for _, n in bands) == 2  # closed keys
    assert (1, 5) not in links and {(2, 5), (4, 5), (5, 6)} <= links  # not 10th: over the cap


def test_a_store_in_another_order_falls_back_to_corpus_update(client: Any, tmp_path: Path) -> None:
    """Rows stored in another order than the partitions (or an earlier ingest): corpus update
    runs here instead, and says why."""
    records = events_corpus(24)
    ids = staged(records, tmp_path / "out")
    backwards = records[12:] + records[:12]
    said: list[str] = []
    with loaded(tmp_path / "one.db", backwards) as one, loaded(tmp_path / "dask.db", backwards) as dask:
        update(one)
        assert not to_store(client, dask, tmp_path / "out", ids, say=said.append)
        assert state(dask) == state(one)
    assert said == ["cross-article steps on this machine (dateline corpus update): its rows are not "
                    "in the order of partition p000000-test"]


@pytest.mark.parametrize("change", ["corpus update", "ingest"])
def test_a_store_changed_while_the_cluster_works_falls_back_to_corpus_update(
        change: str, client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process runs ``corpus update`` on the store (or ingests more articles) after the
    plan, while the cluster computes: its rows are not written (they would clash with, or
    miss, the new state), ``corpus update`` runs here instead and says why; no exception."""
    records, more = events_corpus(24), events_corpus(6, seed=11)
    ids = staged(records, tmp_path / "out")
    real = steps.cross_article

    def meanwhile(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        with Store(tmp_path / "dask.db") as other:  # its own connection, as another process
            if change == "ingest":
                other.put(more)
            else:
                update(other)
        return result

    monkeypatch.setattr(steps, "cross_article", meanwhile)
    said: list[str] = []
    with loaded(tmp_path / "one.db", records) as one, loaded(tmp_path / "dask.db", records) as dask:
        if change == "ingest":
            one.put(more)
        update(one)
        assert not to_store(client, dask, tmp_path / "out", ids, say=said.append)
        assert state(dask) == state(one)
        assert len(state(one)["event_links"]) >= 10
    what = ("it now has cross-article state in corpus_articles, lsh_bands, duplicate_pairs, "
            "event_clusters, event_blocks, event_links, story_features, story_links"
            if change == "corpus update" else "it now holds 30 articles up to row 30, not 24 up to row 24")
    assert said == ["cross-article steps on this machine (dateline corpus update): the store "
                    f"changed while the cluster worked ({what}); the cluster's rows were not written"]


def from_parts(path: Path, out: Path, ids: list[str]) -> Store:
    """A store loaded from the partitions, as ``run_dask`` loads it (one put per partition)."""
    store = Store(path)
    for pid in ids:
        store.put(read_partition(out, pid))
    return store


def test_an_id_twice_in_one_partition_is_kept_once_and_the_cluster_runs(client: Any,
                                                                       tmp_path: Path) -> None:
    """A partition holds each article id once (the first record; a different later one is an error)
    and the store is loaded from it, so no row is skipped: the cluster's answer is ``corpus
    update``'s on that store."""
    records = events_corpus(24)
    again = dataclasses.replace(records[3], title="Talks, updated")
    inputs = [*records[:8], again, *records[8:]]  # partition 0: records[3] twice
    out = tmp_path / "out"
    ids = staged(inputs, out)
    assert [p.skip for p in plan_parts(out, ids)] == [frozenset()] * 3
    assert read_partition(out, ids[0])[3] == records[3]
    with from_parts(tmp_path / "one.db", out, ids) as one, \
            from_parts(tmp_path / "dask.db", out, ids) as dask:
        update(one)
        assert to_store(client, dask, out, ids)
        assert state(dask) == state(one)
        assert len(one) == 24


def test_an_id_in_two_partitions_falls_back_to_corpus_update(client: Any, tmp_path: Path) -> None:
    records = events_corpus(20)
    inputs = [*records, records[2]]  # read again in the second partition, at row 8
    out = tmp_path / "out"
    ids = staged(inputs, out)
    assert [p.skip for p in plan_parts(out, ids)] == [frozenset(), frozenset({8})]
    said: list[str] = []
    with from_parts(tmp_path / "one.db", out, ids) as one, \
            from_parts(tmp_path / "dask.db", out, ids) as dask:
        update(one)
        assert not to_store(client, dask, out, ids, say=said.append)
        assert state(dask) == state(one)
    assert said == ["cross-article steps on this machine (dateline corpus update): an article id "
                    "occurs in more than one partition"]
