"""The cross-article steps of a Dask ingest: duplicates and event merging on the cluster, the
result written into the SQLite store as ``dateline corpus update`` writes it (or as Parquet:
``scale.parquet``).

    >>> parts = plan_parts(out, report.ids)                 # client: row counts, repeated ids
    >>> result = cross_article(client, parts)               # Dask group-bys (scale.corpus, scale.events)
    >>> write_store(store, result, client)                  # staged, then one store.transaction()
    >>> update(store)                                       # stories, on the client

Into a store, the result is exactly ``corpus update``'s only when the store held nothing before
this run (its rows are then in input order, as ``plan_parts`` numbers them: checked row by row
before anything is written) and no article id occurs in two partitions; otherwise ``to_store``
runs ``corpus update`` on the client, which is the single-machine answer by definition. The
same happens when the store changes while the cluster works (another process ingests or runs
``corpus update``): the write checks the store again in its transaction (``StoreShape``) and
writes nothing when it is no longer as planned.
"""

from __future__ import annotations

import contextlib
import logging
import operator
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow.parquet as pq

from dateline.corpus.dedup import DedupOptions
from dateline.corpus.update import CorpusOptions, update
from dateline.scale.corpus import DedupRun, article_state, dedup_parts
from dateline.scale.events import (
    Merged,
    actor_countries,
    iter_parts,
    merge_parts,
    raw_events,
)
from dateline.scale.output import DASK_CONFIG, PartRef, empty_frame, part_path

if TYPE_CHECKING:
    import pandas as pd
    from distributed import Client

    from dateline.store import Store

log = logging.getLogger(__name__)


@dataclass
class CrossArticle:
    """What the cluster found: duplicates (with each article's state) and event clusters."""

    parts: list[PartRef]
    dedup: DedupRun
    merged: Merged
    options: CorpusOptions


def plan_parts(out: str | Path, ids: Iterable[str]) -> list[PartRef]:
    """The finished partitions ``ids`` (in input order) numbered as one ingest would store them;
    an article id seen in an earlier partition is skipped (the same article read twice). A
    partition holds each id once (``schema.unique``), so only ids in two partitions skip rows."""
    return _plan(Path(out), ids)[0]


@dataclass(frozen=True)
class StoreShape:
    """What the plan found in the store, checked again in the transaction that writes the
    cluster's rows: a store that changed meanwhile is not written (``StoreChanged``)."""

    version: int  # PRAGMA data_version: changes whenever another connection commits
    articles: tuple[int, int]  # rows, largest rowid
    events: tuple[int, int]  # rows, largest event_key
    state: tuple[str, ...]  # the cross-article tables that hold rows

    @classmethod
    def of(cls, conn: sqlite3.Connection) -> StoreShape:
        version = int(conn.execute("PRAGMA data_version").fetchone()[0])  # first: see changes()
        articles = conn.execute("SELECT COUNT(*), COALESCE(MAX(rowid), 0) FROM articles").fetchone()
        events = conn.execute("SELECT COUNT(*), COALESCE(MAX(event_key), 0) FROM events").fetchone()
        state = tuple(t for t in STATE_TABLES
                      if conn.execute(f"SELECT EXISTS (SELECT 1 FROM {t})").fetchone()[0])
        return cls(version, (int(articles[0]), int(articles[1])),
                   (int(events[0]), int(events[1])), state)

    def changes(self, now: StoreShape) -> str | None:
        """How the store ``now`` differs from this plan's, in words; None when it does not.
        ``version`` is read first, so a commit while the plan was read shows here too."""
        if now.state != self.state:
            return f"it now has cross-article state in {', '.join(now.state) or 'no table'}"
        if now.articles != self.articles:
            return (f"it now holds {now.articles[0]} articles up to row {now.articles[1]}, "
                    f"not {self.articles[0]} up to row {self.articles[1]}")
        if now.events != self.events:
            return (f"it now holds {now.events[0]} events up to key {now.events[1]}, "
                    f"not {self.events[0]} up to key {self.events[1]}")
        if now.version != self.version:
            return "another connection wrote to it"
        return None


class StoreChanged(Exception):
    """The store is no longer as the plan found it (another process wrote to it while the
    cluster worked); nothing was written. ``to_store`` then runs ``corpus update`` here."""

    def __init__(self, origin: str, what: str) -> None:
        super().__init__(f"{origin}: {what} since the cross-article steps were planned; nothing "
                         "was written: run `dateline corpus update` on it")
        self.origin = origin
        self.what = what


def _plan(out: Path, ids: Iterable[str], conn: sqlite3.Connection | None = None
          ) -> tuple[list[PartRef], str | None, StoreShape | None]:
    """``plan_parts``, reading each partition's ids once; with the store's ``conn`` (held in
    ``store.reading()``), also why its rows are not numbered as the partitions number them
    (None: they are) and the store's shape, to check again before writing."""
    parts: list[PartRef] = []
    seen: set[str] = set()
    articles = events = 0
    shape = None if conn is None else StoreShape.of(conn)
    why = "the store already has cross-article state" if shape is not None and shape.state else None
    for index, pid in enumerate(ids):
        names = pq.read_table(part_path(out, "articles", pid), columns=["id"]).column("id").to_pylist()
        skip = set()
        for row, aid in enumerate(names):
            if aid in seen:
                skip.add(row)
            seen.add(aid)
        part = PartRef(index, str(out), pid, articles, events, frozenset(skip))
        parts.append(part)
        if conn is None:
            count = pq.read_metadata(part_path(out, "events", pid)).num_rows
        else:
            keyed = part.table("events", ["article_id", "ord"]).to_pylist()
            count = len(keyed)
            if why is None and not _in_order(conn, part, names, keyed):
                why = f"its rows are not in the order of partition {pid}"
        articles += len(names)
        events += count
    if shape is not None and why is None and shape.articles[0] != articles:
        why = "it holds other articles"
    return parts, why, shape


def cross_article(client: Client, parts: list[PartRef],
                  options: CorpusOptions | None = None) -> CrossArticle:
    """Duplicates, then event clusters (which need each article's canonical copy). The workers
    read each partition once (``part_frames``) for both."""
    from dateline.scale.corpus import STATE
    from dateline.scale.events import COUNTRIES, RAW

    options = options or CorpusOptions()
    read = client.map(part_frames, parts, options=options.dedup, pure=False)  # it reads files
    frames = {name: _from_futures(client.map(operator.getitem, read, [name] * len(read)), meta)
              for name, meta in (("state", STATE), ("raw", RAW), ("countries", COUNTRIES))}
    del read  # each partition's three frames stay on its worker; the dict of them is let go
    run = dedup_parts(client, frames["state"], options.dedup)
    merged = merge_parts(client, frames["raw"], frames["countries"], run.found.duplicate_of,
                         [p.first_event for p in parts], options.merge)
    return CrossArticle(parts, run, merged, options)


def part_frames(part: PartRef, options: DedupOptions) -> dict[str, pd.DataFrame]:
    """On a worker: one partition's articles, events and actors, read once, as the frames the
    cross-article steps start from: ``state`` (``scale.corpus.article_state``), ``raw``
    (``scale.events.raw_events``) and ``countries`` (``scale.events.actor_countries``)."""
    articles = part.table("articles", ["id", "body", "published"]).to_pylist()
    actors = part.table("actors", ["article_id", "ord", "id", "country"]).to_pylist()
    return {"state": article_state(part, articles, options),
            "raw": raw_events(part, articles, part.table("events").to_pylist()),
            "countries": actor_countries(part, [a["id"] for a in articles], actors)}


def _from_futures(futures: list[Any], columns: dict[str, str]) -> Any:
    """A Dask dataframe over pandas frames already held by the workers (one per future)."""
    import dask
    import dask.dataframe as dd

    with dask.config.set(DASK_CONFIG):
        return dd.from_delayed(futures, meta=empty_frame(columns), verify_meta=False)


def to_store(client: Client | None, store: Store, out: str | Path, ids: list[str], *,
             options: CorpusOptions | None = None, say: Callable[[str], None] = log.info) -> bool:
    """Bring the store's cross-article state up to date after a Dask ingest of ``ids``:
    duplicates and events on the cluster of ``client`` when the store holds exactly the
    partitions' articles in their order and no cross-article state yet, else (or with no
    client, or when the store changed before the cluster's rows could be written) ``corpus
    update`` here; ``say`` gets one line saying why. Stories are always formed here, by
    ``corpus update``. True when the cluster did duplicates and events."""
    options = options or CorpusOptions()
    parts: list[PartRef] = []
    shape = None
    if client is None:  # no cluster was started: nothing to plan or read
        why: str | None = "the store held articles before this run"
    else:
        with store.reading() as conn:
            parts, mismatch, shape = _plan(Path(out), ids, conn)
        why = None
        if not parts:
            why = "no partition finished"
        elif any(p.skip for p in parts):
            why = "an article id occurs in more than one partition"
        why = why or mismatch
    if why is None:
        assert client is not None
        try:
            write_store(store, cross_article(client, parts, options), client, expect=shape)
        except StoreChanged as err:
            why = f"the store changed while the cluster worked ({err.what}); the cluster's rows were not written"
    if why is not None:
        say(f"cross-article steps on this machine (dateline corpus update): {why}")
    update(store, options)  # stories (and, when the cluster did not, duplicates and events)
    return why is None


def _in_order(conn: sqlite3.Connection, part: PartRef, names: list[str],
              events: list[dict[str, Any]]) -> bool:
    """Whether the store holds the partition's articles and events at the rows and event keys
    that ``part`` numbers them with."""
    stored = [r[0] for r in conn.execute("SELECT id FROM articles WHERE rowid BETWEEN ? AND ? "
                                         "ORDER BY rowid", (part.first_article + 1, part.first_article + len(names)))]
    keyed = [tuple(r) for r in conn.execute(
        "SELECT article_id, seq FROM events WHERE event_key BETWEEN ? AND ? ORDER BY event_key",
        (part.first_event + 1, part.first_event + len(events)))]
    return stored == names and keyed == [(e["article_id"], e["ord"]) for e in events]


#: the tables ``write_store`` fills and their columns, in the order they are written
CORPUS_TABLES: dict[str, tuple[str, ...]] = {
    "corpus_articles": ("article_id", "signature", "shingles", "length", "published", "sortkey",
                        "duplicate_of", "similarity", "updated_at"),
    "lsh_bands": ("key", "article_id"),
    "duplicate_pairs": ("a", "b", "similarity"),
    "event_clusters": ("event_key", "cluster_id", "sortkey", "type", "day_start", "day_end",
                       "sent_start", "sent_end"),
    "event_blocks": ("key", "day_start", "day_end", "event_key"),
    "event_links": ("a", "b", "score"),
}
#: every table of cross-article state (``corpus update`` also fills the stories' tables)
STATE_TABLES = (*CORPUS_TABLES, "story_features", "story_links")
#: the name of a staging file beside the store (removed from its folder as soon as it is open)
STAGING_PREFIX = ".dateline-corpus-"


def write_store(store: Store, result: CrossArticle, client: Client,
                expect: StoreShape | None = None) -> None:
    """Write duplicates and event clusters as ``corpus update`` would have: the same rows of
    ``corpus_articles``, ``lsh_bands``, ``duplicate_pairs``, ``event_clusters``,
    ``event_blocks`` and ``event_links``, in one transaction.

    The rows are first fetched from the cluster, a partition at a time, into a staging SQLite
    file beside the store (``staging``: memory stays bounded and the store is not locked
    meanwhile); then ``copy_staged`` copies them into the store in one transaction, which holds
    the write lock only while it writes, and first checks that the store still has the shape
    ``expect`` (``StoreChanged`` when not)."""
    with staging(store.path.parent) as spill:
        for table, rows in _rows(result, client):
            spill.executemany(_insert(table), rows)
        spill.commit()
        copy_staged(store, spill, expect)


@contextlib.contextmanager
def staging(folder: Path) -> Iterator[sqlite3.Connection]:
    """A new SQLite database in ``folder`` with one table per entry of ``CORPUS_TABLES`` (no
    constraints: those are checked when the rows reach the store), for the block.

    Its file (``.dateline-corpus-*.db``) is removed from the folder as soon as it is open: the
    connection keeps using it (POSIX; with no rollback journal SQLite never reopens it by name)
    and the system frees its space when the connection closes, so a killed process leaves
    nothing behind. Where an open file cannot be removed, it is removed when the block ends."""
    fd, name = tempfile.mkstemp(prefix=STAGING_PREFIX, suffix=".db", dir=folder)
    os.close(fd)
    path, removed = Path(name), False
    try:
        with contextlib.closing(sqlite3.connect(path)) as spill:
            spill.execute("PRAGMA journal_mode = OFF")  # a scratch file: nothing to recover
            spill.execute("PRAGMA synchronous = OFF")
            with contextlib.suppress(OSError):  # Windows keeps an open file: removed below
                path.unlink()
                removed = True
            for table, columns in CORPUS_TABLES.items():
                spill.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
            yield spill
    finally:
        if not removed:
            path.unlink(missing_ok=True)


def copy_staged(store: Store, spill: sqlite3.Connection, expect: StoreShape | None = None) -> None:
    """Copy the rows of a staging database into the store, table by table in the order they
    were staged, in one transaction: all of them or (on any error) none. With ``expect``, the
    store must still have that shape when the transaction starts, else ``StoreChanged`` is
    raised before anything is written."""
    with store.transaction() as conn:
        if expect is not None and (what := expect.changes(StoreShape.of(conn))) is not None:
            raise StoreChanged(str(store.path), what)
        for table, columns in CORPUS_TABLES.items():
            rows = spill.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid")
            conn.executemany(_insert(table), rows)


def _insert(table: str) -> str:
    columns = CORPUS_TABLES[table]
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _rows(result: CrossArticle, client: Client) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """The rows to write, a partition at a time, as (table, rows)."""
    options, found, hot = result.options, result.dedup.found, result.dedup.hot
    best: dict[str, float] = {}
    for (a, b), sim in found.pairs.items():
        best[a], best[b] = max(best.get(a, 0.0), sim), max(best.get(b, 0.0), sim)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    held: dict[int, int] = {}  # articles per hot band key so far (closed at max_band)
    for part in result.dedup.state.to_delayed():
        state = list(client.compute(part).result().itertuples(index=False))
        yield "corpus_articles", [
            (r.article_id, r.signature, int(r.shingles), int(r.length), r.published, r.sortkey,
             found.duplicate_of.get(r.article_id), best.get(r.article_id), now) for r in state]
        yield "lsh_bands", [(k, r.article_id) for r in state
                            for k in _open(r.keys, hot, held, options.dedup.max_band)]
    yield "duplicate_pairs", [(a, b, s) for (a, b), s in sorted(found.pairs.items())]
    yield from _event_rows(result, client)


def _open(keys: Iterable[int], hot: set[int], held: dict[int, int], cap: int) -> list[int]:
    """An article's band keys that are still open when it arrives (``band_candidates``)."""
    keep = []
    for k in keys:
        k = int(k)
        if k in hot:
            if held.get(k, 0) >= cap:
                continue
            held[k] = held.get(k, 0) + 1
        keep.append(k)
    return keep


def _event_rows(result: CrossArticle, client: Client) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    from dateline.corpus.events import block_keys

    merged, options = result.merged, result.options.merge
    for items in iter_parts(client, merged.items):
        clusters: list[tuple[Any, ...]] = []
        blocks: list[tuple[Any, ...]] = []
        for item in items["item"]:
            sent = item.sentence or (None, None)
            clusters.append((item.key, merged.clusters.get(item.key, item.id), item.sortkey,
                             item.type, item.day_start, item.day_end, sent[0], sent[1]))
            if item.day_start and item.day_end:
                blocks.extend((k, item.day_start, item.day_end, item.key)
                              for k in block_keys(item, options))
        yield "event_clusters", clusters
        yield "event_blocks", blocks
    yield "event_links", sorted(merged.links)


__all__ = ["CORPUS_TABLES", "STAGING_PREFIX",
           "STATE_TABLES", "CrossArticle", "StoreChanged", "StoreShape", "copy_staged",
           "cross_article", "part_frames", "plan_parts", "staging", "to_store", "write_store"]
