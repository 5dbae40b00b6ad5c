"""Near-duplicate articles over a Parquet output, as a Dask group-by on LSH band keys.

The decisions are ``dateline.corpus``'s pure functions, so the answer is the single-machine
``dateline corpus update``'s: the same MinHash signature and band keys per article
(``dedup.signature``, ``dedup.band_keys``), the same candidates (articles sharing a band key,
but only the first ``max_band`` in input order: ``dedup.open_members``),
the same pair decision (``dedup.compare``, ``dedup.is_duplicate``) and the same canonical
article of each group (``graph.components`` ordered by ``graph.article_sortkey``).

    articles/*.parquet --map_partitions--> one row per (article, band key)
                       --groupby(key).apply--> duplicate pairs within each bucket
                       --client--> connected components -> duplicate_of

``find_duplicates`` reads a whole output folder; ``dedup_parts`` (used by ``scale.steps``) starts
from each article's state (``article_state``: signature, band keys, kept for the store) over the
partitions of one run in input order, which ``scale.steps`` reads once for this and event merging. Event merging: ``scale.events``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.corpus import dedup
from dateline.corpus.graph import article_sortkey, components
from dateline.scale.output import DASK_CONFIG, PartRef, empty_frame

if TYPE_CHECKING:
    import pandas as pd
    from distributed import Client

#: object columns stay Python objects (no Arrow strings), shuffled by tasks (P2P needs Arrow)
_SIGNED = {"article_id": "object", "key": "int64", "signature": "object", "shingles": "int64",
           "sortkey": "object", "seq": "int64"}
#: the columns of ``article_state``
STATE = {"article_id": "object", "seq": "int64", "published": "object", "length": "int64",
         "signature": "object", "shingles": "int64", "sortkey": "object", "keys": "object"}
_PAIRS = {"a": "object", "b": "object", "similarity": "float64", "a_sortkey": "object",
          "b_sortkey": "object"}


@dataclass
class Duplicates:
    """Duplicate pairs (a < b) with their estimated Jaccard similarity, and each article's
    canonical copy (absent: the article is its group's canonical, or has no copy)."""

    pairs: dict[tuple[str, str], float] = field(default_factory=dict)
    duplicate_of: dict[str, str] = field(default_factory=dict)


def sign_rows(frame: pd.DataFrame, options: dedup.DedupOptions,
              partition_info: dict[str, Any] | None = None) -> pd.DataFrame:
    """One row per (article, band key) for a partition of the articles table; ``seq`` is the
    article's place in input order (partition number, then row)."""
    import pandas as pd

    first = (partition_info or {}).get("number", 0) << 32
    rows: list[dict[str, Any]] = []
    for row, (aid, body, published) in enumerate(
            zip(frame["id"], frame["body"], frame["published"], strict=True)):
        day = published.get("date") if isinstance(published, dict) else None
        sig, n = dedup.signature(body or "", options)
        blob, sortkey = dedup.to_blob(sig), article_sortkey(day, len(body or ""), aid)
        rows.extend({"article_id": aid, "key": key, "signature": blob, "shingles": n,
                     "sortkey": sortkey, "seq": first + row} for key in dedup.band_keys(sig, options))
    return pd.DataFrame(rows, columns=list(_SIGNED)).astype(_SIGNED)


def article_state(part: PartRef, articles: list[dict[str, Any]],
                  options: dedup.DedupOptions) -> pd.DataFrame:
    """One row per article of a partition (``articles``: its rows with ``id``, ``body`` and
    ``published``; rows in ``part.skip`` left out): what ``corpus update`` stores for it
    (signature, shingle count, length, publication day, sortkey) and its band keys; ``seq`` is
    its place in input order."""
    import pandas as pd

    rows: list[dict[str, Any]] = []
    for row, a in enumerate(articles):
        if row in part.skip:
            continue
        body = a["body"] or ""
        day = (a["published"] or {}).get("date")
        sig, n = dedup.signature(body, options)
        rows.append({"article_id": a["id"], "seq": part.first_article + row, "published": day,
                     "length": len(body), "signature": dedup.to_blob(sig), "shingles": n,
                     "sortkey": article_sortkey(day, len(body), a["id"]),
                     "keys": dedup.band_keys(sig, options)})
    return pd.DataFrame(rows, columns=list(STATE)).astype(STATE)


def band_rows(state: pd.DataFrame) -> pd.DataFrame:
    """``article_state`` rows as ``sign_rows`` gives them: one row per (article, band key)."""
    import pandas as pd

    rows = [{"article_id": r.article_id, "key": key, "signature": r.signature, "shingles": r.shingles,
             "sortkey": r.sortkey, "seq": r.seq}
            for r in state.itertuples(index=False) for key in r.keys]
    return pd.DataFrame(rows, columns=list(_SIGNED)).astype(_SIGNED)


@dataclass
class DedupRun:
    """Duplicates of one run, the articles' state (a Dask dataframe persisted on the cluster,
    one partition per ``PartRef``, in input order) and the band keys held by more than
    ``max_band`` articles (the only ones that close: ``hot``)."""

    found: Duplicates
    state: Any
    hot: set[int]


def dedup_parts(client: Client, state: Any,
                options: dedup.DedupOptions | None = None) -> DedupRun:
    """Duplicates among the articles of a run as a Dask group-by on band keys; ``state`` is
    the run's ``article_state`` frame (persisted, one partition per ``PartRef``, in input order)."""
    import dask

    options = options or dedup.DedupOptions()
    with dask.config.set(DASK_CONFIG):  # signatures are bytes, not strings
        signed = state.map_partitions(band_rows, meta=empty_frame(_SIGNED))
        pairs = signed.groupby("key").apply(bucket_pairs, options, meta=empty_frame(_PAIRS))
        sizes = signed.groupby("key").size()
    found, hot = client.compute([pairs, sizes[sizes > options.max_band]])
    return DedupRun(_resolve(found.result().itertuples(index=False)), state,
                    {int(k) for k in hot.result().index})


def bucket_pairs(bucket: pd.DataFrame, options: dedup.DedupOptions) -> pd.DataFrame:
    """The duplicate pairs among the articles sharing one band key (its open members)."""
    import pandas as pd

    arrived: dict[str, tuple[str, bytes, int, str]] = {}
    for r in sorted(bucket.itertuples(index=False), key=lambda r: r.seq):
        arrived.setdefault(r.article_id, (r.article_id, r.signature, r.shingles, r.sortkey))
    members = sorted(dedup.open_members(list(arrived.values()), options))
    rows = []
    for (a, sig_a, n_a, key_a), (b, sig_b, n_b, key_b) in combinations(members, 2):
        sim = dedup.compare(dedup.from_blob(sig_a), n_a, dedup.from_blob(sig_b), n_b)
        if dedup.is_duplicate(sim, options):
            rows.append({"a": a, "b": b, "similarity": sim.jaccard, "a_sortkey": key_a,
                         "b_sortkey": key_b})
    return pd.DataFrame(rows, columns=list(_PAIRS)).astype(_PAIRS)


def find_duplicates(client: Client, out: str | Path,
                    options: dedup.DedupOptions | None = None) -> Duplicates:
    """Duplicates among every article under ``out/articles`` (a Dask group-by on the cluster
    of ``client``)."""
    import dask.dataframe as dd

    options = options or dedup.DedupOptions()
    articles = dd.read_parquet(str(Path(out) / "articles"), columns=["id", "body", "published"])
    signed = articles.map_partitions(sign_rows, options, meta=empty_frame(_SIGNED))
    pairs = signed.groupby("key").apply(bucket_pairs, options, meta=empty_frame(_PAIRS))
    found = client.compute(pairs).result()
    return _resolve(found.itertuples(index=False))


def _resolve(rows: Iterable[Any]) -> Duplicates:
    result = Duplicates()
    order: dict[str, str] = {}
    for row in rows:
        result.pairs[(row.a, row.b)] = float(row.similarity)
        order[row.a], order[row.b] = row.a_sortkey, row.b_sortkey
    first = components(order, result.pairs, order=lambda aid: order[aid])
    result.duplicate_of = {aid: root for aid, root in sorted(first.items()) if aid != root}
    return result


def write_duplicates(out: str | Path, found: Duplicates) -> Path:
    """``out/duplicates/duplicates.parquet``: one row per duplicate pair with both canonicals."""
    path = Path(out) / "duplicates" / "duplicates.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [{"a": a, "b": b, "similarity": sim, "canonical": found.duplicate_of.get(a, a)}
            for (a, b), sim in sorted(found.pairs.items())]
    schema = pa.schema([("a", pa.string()), ("b", pa.string()), ("similarity", pa.float64()),
                        ("canonical", pa.string())])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return path


__all__ = ["STATE", "DedupRun", "Duplicates", "article_state", "band_rows", "bucket_pairs",
           "dedup_parts", "find_duplicates", "sign_rows", "write_duplicates"]
