"""The cross-article steps of a Dask ingest written as Parquet beside the records (``--out``):

    OUT/event_clusters/event_clusters.parquet   one row per event, with its cluster id
    OUT/merged_events/merged_events.parquet     one row per cluster, in cluster id order
    OUT/event_links/event_links.parquet         the pairs that joined, by event id

(columns: docs/scaling.md). The workers make the rows; the client writes each file a partition
at a time, so its memory does not grow with the number of events.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.scale.events import ITEM_COLUMNS, iter_parts, pick
from dateline.scale.output import DASK_CONFIG, empty_frame, write_atomically

if TYPE_CHECKING:
    import pandas as pd
    from distributed import Client

    from dateline.scale.steps import CrossArticle

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


#: the rows of ``event_clusters`` as the workers build them (``member_rows``), with the event
#: key that orders them (not written)
MEMBERS = {"key": "int64", "event_id": "object", "article_id": "object", "ord": "int64",
           "type": "object", "cluster_id": "object", "sortkey": "object", "day_start": "object",
           "day_end": "object", "root": "object", "published": "object"}
SUMMARY = {name: "int64" if name in ("reports", "articles", "sources") else "object"
           for name in MERGED_EVENTS.names}


def write_parquet(out: str | Path, result: CrossArticle, client: Client) -> dict[str, Path]:
    """``out/event_clusters`` (one row per event), ``out/merged_events`` (one row per cluster)
    and ``out/event_links`` (the pairs that joined, by event id); see docs/scaling.md.

    The rows are made on the workers, a partition at a time, and each file is written from
    them one partition (one row group) at a time: the client holds one partition's rows, the
    clusters and links that ``merge_parts`` gave it, and the ids of the linked events, whatever
    the number of events. ``merged_events`` is grouped by cluster on the cluster (a sort by
    cluster id, so the file is in cluster id order); the shuffle runs once, its summaries
    persisted on the workers (one row per cluster) while the client takes them a partition at
    a time."""
    import dask

    merged = result.merged
    with dask.config.set(DASK_CONFIG):
        members = client.persist(merged.items.map_partitions(
            member_rows, dask.delayed(merged.clusters), meta=empty_frame(MEMBERS)))
        clusters_path = Path(out) / "event_clusters" / "event_clusters.parquet"
        rows = _stream(clusters_path, EVENT_CLUSTERS, iter_parts(client, members))
        summaries: Iterable[pd.DataFrame] = ()
        if rows:  # persisted: each partition computed alone would run the whole shuffle again
            summaries = iter_parts(client, client.persist(_by_cluster(
                client, members).map_partitions(summarize_frame, meta=empty_frame(SUMMARY))))
        merged_path = Path(out) / "merged_events" / "merged_events.parquet"
        _stream(merged_path, MERGED_EVENTS, summaries)
        linked = {k for a, b, _s in merged.links for k in (a, b)}
        ends = client.compute(merged.items.map_partitions(pick, dask.delayed(linked),
                                                          meta=empty_frame(ITEM_COLUMNS))).result()
    ids = {item.key: item.id for item in ends["item"]}
    links = [{"a": ids[a], "b": ids[b], "score": s} for a, b, s in sorted(merged.links)]
    return {"event_clusters": clusters_path, "merged_events": merged_path,
            "event_links": _write(out, "event_links", links, EVENT_LINKS)}


def _by_cluster(client: Client, members: Any) -> Any:
    """``members`` moved so that each cluster is in one partition and the partitions are in
    cluster id order: ranges of cluster ids cut at a sample of them that the workers take
    (one partition's worth of ids at most from each), then a shuffle by range."""
    import dask

    samples = client.compute([dask.delayed(cluster_sample)(part) for part in members.to_delayed()])
    sample = sorted(cid for part in samples for cid in part.result())
    n = members.npartitions
    bounds = [sample[len(sample) * i // n] for i in range(1, n)]
    ranged = members.assign(range=members["cluster_id"].map_partitions(
        cluster_range, bounds, meta=("range", "int64")))
    return ranged.set_index("range", divisions=tuple(range(n + 1)))


def cluster_sample(members: pd.DataFrame, size: int = 64) -> list[str]:
    """Up to ``size`` of a partition's cluster ids, evenly spaced in their sorted order."""
    ids = sorted(set(members["cluster_id"]))
    return ids[::max(1, len(ids) // size)]


def cluster_range(cluster_ids: pd.Series, bounds: list[str]) -> pd.Series:
    """The range of each cluster id: ``r`` holds the ids from ``bounds[r - 1]`` up to the next."""
    return cluster_ids.map(lambda cid: bisect_right(bounds, cid)).astype("int64")


def member_rows(items: pd.DataFrame, clusters: Mapping[int, str]) -> pd.DataFrame:
    """On a worker: the ``event_clusters`` rows of a partition of ``merge_parts``'s items, in
    key order, with each event's cluster id (its own id when it scored no pair)."""
    import pandas as pd

    rows = [{"key": int(item.key), "event_id": item.id, "article_id": item.article_id,
             "ord": int(ord_), "type": item.type, "cluster_id": clusters.get(item.key, item.id),
             "sortkey": item.sortkey, "day_start": item.day_start, "day_end": item.day_end,
             "root": item.root, "published": item.published}
            for item, ord_ in zip(items["item"], items["ord"], strict=True)]
    return pd.DataFrame(rows, columns=list(MEMBERS)).astype(MEMBERS)


def summarize_frame(members: pd.DataFrame) -> pd.DataFrame:
    """On a worker: ``summarize`` over a partition of ``member_rows`` that holds every member
    of its clusters, each cluster's members in key order (as one list of them all gives)."""
    import pandas as pd

    ordered = members.reset_index(drop=True).sort_values(["cluster_id", "key"], kind="stable")
    ordered = ordered.astype(object).where(ordered.notna(), None)
    return pd.DataFrame(summarize(ordered.to_dict("records")), columns=list(SUMMARY)).astype(SUMMARY)


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


def _stream(path: Path, schema: pa.Schema, frames: Iterable[pd.DataFrame]) -> int:
    """Write ``frames`` (one row group each; none: a file of no rows) to ``path`` under a
    temporary name, renamed into place when complete; the number of rows written."""
    rows = 0

    def write(tmp: Path) -> None:
        nonlocal rows
        with pq.ParquetWriter(tmp, schema) as writer:
            for frame in frames:
                if len(frame):
                    table = pa.Table.from_pandas(frame[schema.names], schema=schema, preserve_index=False)
                    writer.write_table(table)
                    rows += len(frame)

    write_atomically(path, write)
    return rows


def _write(out: str | Path, name: str, rows: list[dict[str, Any]], schema: pa.Schema) -> Path:
    path = Path(out) / name / f"{name}.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return path


__all__ = ["EVENT_CLUSTERS", "EVENT_LINKS", "MEMBERS", "MERGED_EVENTS", "SUMMARY", "cluster_range",
           "cluster_sample", "member_rows", "summarize", "summarize_frame", "write_parquet"]
