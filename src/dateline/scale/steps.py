"""The cross-article steps of a Dask ingest: duplicates and event merging on the cluster, the
result written into the SQLite store as ``dateline corpus update`` writes it, or as Parquet.

    >>> parts = plan_parts(out, report.ids)                 # client: row counts, repeated ids
    >>> result = cross_article(client, parts)               # Dask group-bys (scale.corpus, scale.events)
    >>> write_store(store, result, client)                  # staged, then one store.transaction()
    >>> update(store)                                       # stories, on the client

Into a store, the result is exactly ``corpus update``'s only when the store held nothing before
this run (its rows are then in input order, as ``plan_parts`` numbers them: checked row by row
before anything is written) and no article id occurs twice; otherwise ``to_store`` runs
``corpus update`` on the client, which is the single-machine answer by definition.
"""

from __future__ import annotations

import contextlib
import logging
import operator
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.corpus.dedup import DedupOptions
from dateline.corpus.update import CorpusOptions, update
from dateline.scale.corpus import DedupRun, article_state, dedup_parts
from dateline.scale.events import Merged, actor_countries, iter_parts, merge_parts, raw_events
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
    an article id seen in an earlier row is skipped (the same article read twice)."""
    return _plan(Path(out), ids)[0]


def _plan(out: Path, ids: Iterable[str],
          conn: sqlite3.Connection | None = None) -> tuple[list[PartRef], str | None]:
    """``plan_parts``, reading each partition's ids once; with the store's ``conn``, also why
    its rows are not numbered as the partitions number them (None: they are)."""
    parts: list[PartRef] = []
    seen: set[str] = set()
    articles = events = 0
    why = None if conn is None else _has_state(conn)
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
    if conn is not None and why is None and \
            conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] != articles:
        why = "it holds other articles"
    return parts, why


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
    client) ``corpus update`` here. Stories are always formed here, by ``corpus update``.
    True when the cluster did duplicates and events."""
    options = options or CorpusOptions()
    parts, mismatch = _plan(Path(out), ids, store.conn if client is not None else None)
    why = None if client is not None else "the store held articles before this run"
    if why is None and not parts:
        why = "no partition finished"
    if why is None and any(p.skip for p in parts):
        why = "an article id occurs more than once in the inputs"
    why = why or mismatch
    if why is None:
        assert client is not None
        write_store(store, cross_article(client, parts, options), client)
    else:
        say(f"cross-article steps on this machine (dateline corpus update): {why}")
    update(store, options)  # stories (and, when the cluster did not, duplicates and events)
    return why is None


def _has_state(conn: sqlite3.Connection) -> str | None:
    state = conn.execute("SELECT (SELECT COUNT(*) FROM corpus_articles) + "
                         "(SELECT COUNT(*) FROM event_clusters)").fetchone()[0]
    return "the store already has cross-article state" if state else None


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
CORPUS_TABLES = {
    "corpus_articles": ("article_id", "signature", "shingles", "length", "published", "sortkey",
                        "duplicate_of", "similarity", "updated_at"),
    "lsh_bands": ("key", "article_id"),
    "duplicate_pairs": ("a", "b", "similarity"),
    "event_clusters": ("event_key", "cluster_id", "sortkey", "type", "day_start", "day_end",
                       "sent_start", "sent_end"),
    "event_blocks": ("key", "day_start", "day_end", "event_key"),
    "event_links": ("a", "b", "score"),
}


def write_store(store: Store, result: CrossArticle, client: Client) -> None:
    """Write duplicates and event clusters as ``corpus update`` would have: the same rows of
    ``corpus_articles``, ``lsh_bands``, ``duplicate_pairs``, ``event_clusters``,
    ``event_blocks`` and ``event_links``, in one transaction.

    The rows are first fetched from the cluster, a partition at a time, into a temporary
    SQLite file beside the store (``stage``: memory stays bounded and the store is not locked
    meanwhile); then ``copy_staged`` copies them into the store in one transaction, which holds
    the write lock only while it writes."""
    with tempfile.TemporaryDirectory(prefix=".dateline-corpus-", dir=store.path.parent) as tmp:
        staged = Path(tmp) / "rows.db"
        with contextlib.closing(open_staging(staged)) as spill:
            for table, rows in _rows(result, client):
                spill.executemany(_insert(table), rows)
            spill.commit()
        copy_staged(store, staged)


def open_staging(path: Path) -> sqlite3.Connection:
    """A new SQLite file with one table per entry of ``CORPUS_TABLES`` (no constraints: those
    are checked when the rows reach the store)."""
    spill = sqlite3.connect(path)
    spill.execute("PRAGMA journal_mode = OFF")  # a scratch file: nothing to recover
    spill.execute("PRAGMA synchronous = OFF")
    for table, columns in CORPUS_TABLES.items():
        spill.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
    return spill


def copy_staged(store: Store, path: Path) -> None:
    """Copy the rows of a staging file into the store, table by table in the order they were
    staged, in one transaction: all of them or (on any error) none."""
    with contextlib.closing(sqlite3.connect(path)) as spill, store.transaction() as conn:
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


# -- Parquet ---------------------------------------------------------------------------------
EVENT_CLUSTERS = pa.schema([
    ("event_id", pa.string()), ("article_id", pa.string()), ("ord", pa.int32()),
    ("type", pa.string()), ("cluster_id", pa.string()), ("sortkey", pa.string()),
    ("day_start", pa.string()), ("day_end", pa.string()), ("root", pa.string()),
    ("published", pa.string())])
MERGED_EVENTS = pa.schema([
    ("cluster_id", pa.string()), ("type", pa.string()), ("reports", pa.int64()),
    ("articles", pa.int64()), ("sources", pa.int64()), ("first_article_id", pa.string()),
    ("first_published", pa.string()), ("day_start", pa.string()), ("day_end", pa.string())])
EVENT_LINKS = pa.schema([("a", pa.string()), ("b", pa.string()), ("score", pa.float64())])


def write_parquet(out: str | Path, result: CrossArticle, client: Client) -> dict[str, Path]:
    """``out/event_clusters`` (one row per event), ``out/merged_events`` (one row per cluster)
    and ``out/event_links`` (the pairs that joined, by event id); see docs/scaling.md."""
    merged = result.merged
    members: list[dict[str, Any]] = []
    ids: dict[int, str] = {}
    for frame in iter_parts(client, merged.items):
        for item, ord_ in zip(frame["item"], frame["ord"], strict=True):
            ids[item.key] = item.id
            members.append({"event_id": item.id, "article_id": item.article_id, "ord": int(ord_),
                            "type": item.type, "cluster_id": merged.clusters.get(item.key, item.id),
                            "sortkey": item.sortkey, "day_start": item.day_start,
                            "day_end": item.day_end, "root": item.root, "published": item.published})
    links = [{"a": ids[a], "b": ids[b], "score": s} for a, b, s in sorted(merged.links)]
    return {"event_clusters": _write(out, "event_clusters", members, EVENT_CLUSTERS),
            "merged_events": _write(out, "merged_events", summarize(members), MERGED_EVENTS),
            "event_links": _write(out, "event_links", links, EVENT_LINKS)}


def summarize(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per cluster, as ``store.corpus_read.merged_events`` counts it: reports, articles,
    sources (distinct canonical articles) and the first report (earliest published, then id)."""
    clusters: dict[str, list[dict[str, Any]]] = {}
    for m in members:
        clusters.setdefault(m["cluster_id"], []).append(m)
    rows = []
    for cid, ms in sorted(clusters.items()):
        first = min(ms, key=lambda m: m["sortkey"])
        report = min(ms, key=lambda m: (m["published"] or "9999", m["article_id"]))
        starts = [m["day_start"] for m in ms if m["day_start"]]
        ends = [m["day_end"] for m in ms if m["day_end"]]
        rows.append({"cluster_id": cid, "type": first["type"], "reports": len(ms),
                     "articles": len({m["article_id"] for m in ms}),
                     "sources": len({m["root"] for m in ms}), "first_article_id": report["article_id"],
                     "first_published": report["published"], "day_start": min(starts, default=None),
                     "day_end": max(ends, default=None)})
    return rows


def _write(out: str | Path, name: str, rows: list[dict[str, Any]], schema: pa.Schema) -> Path:
    path = Path(out) / name / f"{name}.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return path


__all__ = ["CORPUS_TABLES", "EVENT_CLUSTERS", "EVENT_LINKS", "MERGED_EVENTS", "CrossArticle",
           "copy_staged", "cross_article", "open_staging", "part_frames", "plan_parts", "summarize",
           "to_store", "write_parquet", "write_store"]
