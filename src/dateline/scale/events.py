"""Event merging over the Parquet partitions of a run, as Dask group-bys, with the result of
``dateline corpus update``.

``corpus update`` takes the events one at a time, by key (the order a single-process ingest
stores them in). Each event looks up the earlier events that share one of its lookup block keys
(``events.lookup_keys``) and whose days meet its window, the most recent ``max_block`` per key
(``store.corpus.event_candidates``), plus the earlier events of its type in its article and
its copies; it scores them (``events.merge_score``) and joins the clusters of those within the
span of their cluster's first event. The expensive part, finding and scoring candidates, is
distributed here; the joining, which depends on the order, is replayed on the client over the
scored pairs (``events.join``):

    raw_events --to_items--> one EventItem per event (its article's root, its actors' countries)
               --explode by block key, groupby(key).apply--> each event's earlier candidates
                 in that block (window, word-key rule, the most recent first, at most the cap)
               --groupby(type, root).apply--> earlier events of the same article or its copies
               --set_index(key range of the event), choose per event--> the cap over all its
                 keys; candidates that score, one partition per input partition's key range
               --client, a range at a time--> events.join in key order -> cluster ids and links

The cap: ``corpus update`` reads at most ``max_block x (lookup keys)`` candidates per event,
the latest by ``day_end``, then by key, as here.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from dateline.corpus.events import (
    EventItem,
    MergeOptions,
    block_keys,
    join,
    lookup_keys,
    merge_score,
)
from dateline.corpus.events import sentence_bounds as sentence_of
from dateline.corpus.update import event_item
from dateline.scale.output import DASK_CONFIG, PartRef, empty_frame, owners
from dateline.store.dates import interval

if TYPE_CHECKING:
    import pandas as pd
    from distributed import Client

#: object columns stay Python objects (no Arrow strings), shuffled by tasks (P2P needs Arrow)
RAW = {"key": "int64", "ord": "int64", "article_id": "object", "row": "object"}  # raw_events
ITEM_COLUMNS = {"key": "int64", "ord": "int64", "group": "object", "item": "object"}
_BLOCKS = {"block": "object", "key": "int64", "item": "object"}
_CANDS = {"x": "int64", "e": "int64", "day_end": "object", "cap": "int64", "score": "float64"}
_PAIRS = {"x": "int64", "e": "int64", "score": "float64"}
COUNTRIES = {"actor_id": "object", "country": "object"}  # actor_countries


@dataclass
class Merged:
    """The cluster id of every event that scored a pair (also when the pair lay outside the
    cluster's span and the event stayed alone; an event with no pair is left out: its cluster id
    is its own id), the links (earlier key, later key, score) and the items (a Dask dataframe
    persisted on the cluster, one partition per ``PartRef``)."""

    clusters: dict[int, str] = field(default_factory=dict)
    links: list[tuple[int, int, float]] = field(default_factory=list)
    items: Any = None


def raw_events(part: PartRef, articles: list[dict[str, Any]],
               events: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per event of a partition (``articles``: its article rows with ``id``, ``body``
    and ``published``; ``events``: its event rows), as ``store.corpus.event_rows`` reads it
    from the store (without the root and the actors' countries, which need the whole run)."""
    import pandas as pd

    rows = []
    where = owners([a["id"] for a in articles], [e["article_id"] for e in events],
                   [e["ord"] for e in events])
    for n, (e, row) in enumerate(zip(events, where, strict=True)):
        if row in part.skip:
            continue
        body, published = articles[row]["body"] or "", (articles[row]["published"] or {}).get("date")
        start, end = e["evidence"]
        days = interval(e["date"]) or (None, None)
        s0, s1 = sentence_of(body, start, end)
        rows.append({"key": part.first_event + n + 1, "ord": e["ord"], "article_id": e["article_id"], "row": {
            "event_key": part.first_event + n + 1, "id": e["id"], "article_id": e["article_id"],
            "type": e["type"], "status": e["status"], "date_start": days[0], "date_end": days[1],
            "place": e["place"], "published": published, "evidence": body[start:end],
            "sources": tuple(e["sources"] or ()), "targets": tuple(e["targets"] or ()),
            "sent_start": s0, "sent_end": s1}})
    return pd.DataFrame(rows, columns=list(RAW)).astype(RAW)


def actor_countries(part: PartRef, article_ids: list[str],
                    actors: list[dict[str, Any]]) -> pd.DataFrame:
    """Each actor's last known country in a partition (``actors``: its actor rows with
    ``article_id``, ``ord``, ``id`` and ``country``; a later row wins; an unknown country keeps
    the earlier one: the store's upsert of the global actor)."""
    import pandas as pd

    where = owners(article_ids, [a["article_id"] for a in actors], [a["ord"] for a in actors])
    last: dict[str, str] = {}
    for actor, row in zip(actors, where, strict=True):
        if row not in part.skip and actor["country"] is not None:
            last.pop(actor["id"], None)
            last[actor["id"]] = actor["country"]
    return pd.DataFrame(list(last.items()), columns=list(COUNTRIES)).astype(COUNTRIES)


def to_items(raw: pd.DataFrame, roots: Mapping[str, str], countries: Mapping[str, str],
             options: MergeOptions) -> pd.DataFrame:
    """EventItems (``corpus.update.event_item``, as ``corpus update`` builds them) with the
    article's canonical copy and the actors' countries; ``group`` is type and root."""
    import pandas as pd

    rows = []
    for key, ord_, aid, row in zip(raw["key"], raw["ord"], raw["article_id"], raw["row"], strict=True):
        row = dict(row, root=roots.get(aid, aid))
        for role in ("source", "target"):
            row[f"{role}_countries"] = tuple(c for a in row[f"{role}s"] if (c := countries.get(a)))
        item = event_item(row, options)
        rows.append({"key": key, "ord": ord_, "group": f"{item.type}\x00{item.root}", "item": item})
    return pd.DataFrame(rows, columns=list(ITEM_COLUMNS)).astype(ITEM_COLUMNS)


def block_rows(items: pd.DataFrame, options: MergeOptions) -> pd.DataFrame:
    """One row per (block key, dated event) for each key the event is stored under (the
    ``event_blocks`` rows of ``corpus update``) or looks up (``n:`` keys of reports with actors)."""
    import pandas as pd

    rows = [{"block": k, "key": item.key, "item": item} for item in items["item"]
            if item.day_start and item.day_end
            for k in sorted(set(block_keys(item, options)) | set(lookup_keys(item, options)))]
    return pd.DataFrame(rows, columns=list(_BLOCKS)).astype(_BLOCKS)


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def block_candidates(block: pd.DataFrame, options: MergeOptions) -> pd.DataFrame:
    """For each event that looks up this block key, its earlier events here whose days meet
    its window (``store.corpus.event_candidates``), latest ``day_end`` first (then latest key),
    at most its cap; each with its score (NaN: no pair)."""
    import pandas as pd

    name = _group_key(block, "block")
    everyone: list[EventItem] = sorted(block["item"], key=lambda i: (i.day_end or "", i.key))
    members = [i for i in everyone if name in block_keys(i, options)]  # stored under this key
    ends = [i.day_end or "" for i in members]
    rows: list[dict[str, Any]] = []
    for x in everyone:
        lookup = lookup_keys(x, options)
        if name not in lookup:
            continue
        low, high = _shift(x.day_start or "", -options.window_days), _shift(x.day_end or "", options.window_days)
        cap = options.max_block * len(lookup)
        taken, j = 0, bisect_right(ends, _shift(high, 32)) - 1
        while j >= 0 and ends[j] >= low and taken < cap:
            e = members[j]
            j -= 1
            if e.key < x.key and (e.day_start or "") <= high:
                rows.append(_candidate(x, e, cap, options))
                taken += 1
    return pd.DataFrame(rows, columns=list(_CANDS)).astype(_CANDS)


def copy_candidates(group: pd.DataFrame, options: MergeOptions) -> pd.DataFrame:
    """Every earlier event of the same type in the same article or its copies (no cap)."""
    import pandas as pd

    members = sorted(group["item"], key=lambda i: i.key)
    rows = [_candidate(x, e, -1, options) for n, x in enumerate(members) for e in members[:n]]
    return pd.DataFrame(rows, columns=list(_CANDS)).astype(_CANDS)


def _candidate(x: EventItem, e: EventItem, cap: int, options: MergeOptions) -> dict[str, Any]:
    score = merge_score(x, e, options)
    return {"x": x.key, "e": e.key, "day_end": e.day_end or "", "cap": cap,
            "score": math.nan if score is None else score}


def choose(group: pd.DataFrame) -> pd.DataFrame:
    """One event's candidates over all its keys: the block candidates under its cap (distinct,
    latest first) and its copies' events; those that score."""
    blocks = group[group["cap"] >= 0].drop_duplicates("e")
    if len(blocks):
        blocks = blocks.sort_values(["day_end", "e"], ascending=False).head(int(blocks["cap"].iloc[0]))
    found = set(blocks["e"]) | set(group.loc[group["cap"] < 0, "e"])
    kept = group[group["e"].isin(found) & group["score"].notna()].drop_duplicates("e")
    kept = kept.assign(x=int(_group_key(group, "x")))
    return kept[list(_PAIRS)].astype(_PAIRS)


def _group_key(group: pd.DataFrame, column: str) -> Any:
    """The key of a group in ``groupby(column).apply`` (pandas 3 leaves the column out)."""
    return group[column].iloc[0] if column in group.columns else group.name


def pick(items: pd.DataFrame, keys: set[int]) -> pd.DataFrame:
    return items[items["key"].isin(keys)]


def choose_all(frame: pd.DataFrame) -> pd.DataFrame:
    """``choose`` for every event of a frame of candidates (all of each event's rows in it)."""
    import pandas as pd

    chosen = [choose(group) for _, group in frame.groupby("x", sort=True)]
    return pd.concat(chosen, ignore_index=True) if chosen else empty_frame(_PAIRS)


def key_range(keys: pd.Series, starts: list[int]) -> pd.Series:
    """The partition of each event key: ``r`` holds the keys after ``starts[r]`` up to the next."""
    return keys.map(lambda k: bisect_right(starts, int(k) - 1) - 1).astype("int64")


class ScoredPairs(Mapping[int, list[tuple[int, float]]]):
    """Each event's scored earlier partners (``events.join``'s ``scored``), held one key range
    at a time: looking up a key of a later range loads that range (``load(r)``) and lets the
    one before go. ``join`` takes events by key, so each range is loaded once; looking up a key
    of a range already let go is an error, never a silent empty answer."""

    def __init__(self, starts: list[int], load: Callable[[int], pd.DataFrame]) -> None:
        self.starts, self.load = starts, load
        self.at = -1
        self.held: dict[int, list[tuple[int, float]]] = {}

    def __getitem__(self, key: int) -> list[tuple[int, float]]:
        r = bisect_right(self.starts, key - 1) - 1
        if r < self.at:
            raise RuntimeError(f"scored pairs of event {key} were asked for after those of later "
                               "events (events.join must take events in key order)")
        if r > self.at:
            held: dict[int, list[tuple[int, float]]] = defaultdict(list)
            self.held = {}  # the range before goes before the next one comes
            for x, e, score in self.load(r).itertuples(index=False):
                held[int(x)].append((int(e), float(score)))
            self.held, self.at = dict(held), r
        return self.held[key]

    def __iter__(self) -> Iterator[int]:
        raise TypeError("scored pairs are streamed by key range: look keys up in order")

    def __len__(self) -> int:
        raise TypeError("scored pairs are streamed by key range: look keys up in order")


def merge_parts(client: Client, raw: Any, countries: Any, duplicate_of: Mapping[str, str],
                starts: list[int], options: MergeOptions | None = None) -> Merged:
    """Event clusters of a run's events given its duplicates (``duplicate_of``: an article's
    canonical copy), as ``corpus update`` forms them from scratch. ``raw`` and ``countries``:
    the run's ``raw_events`` and ``actor_countries`` frames, one partition per ``PartRef`` (in
    input order; ``starts``: the event key before each partition's first).

    The scored pairs are gathered on the cluster by the key range of their later event and come
    to the client one range at a time, as ``events.join`` takes the events in key order."""
    import dask
    import dask.dataframe as dd

    options = options or MergeOptions()
    with dask.config.set(DASK_CONFIG):  # items are Python objects, not Arrow values
        known: dict[str, str] = {}
        for actor, country in client.compute(countries).result().itertuples(index=False):
            known[actor] = country  # partitions in input order: the last one wins
        items = raw.map_partitions(to_items, dask.delayed(dict(duplicate_of)), dask.delayed(known),
                                   options, meta=empty_frame(ITEM_COLUMNS))
        items = client.persist(items)
        blocked = items.map_partitions(block_rows, options, meta=empty_frame(_BLOCKS))
        by_block = blocked.groupby("block").apply(block_candidates, options, meta=empty_frame(_CANDS))
        by_copy = items.groupby("group").apply(copy_candidates, options, meta=empty_frame(_CANDS))
        cands = dd.concat([by_block, by_copy])
        cands = cands.assign(range=cands["x"].map_partitions(key_range, starts, meta=("range", "int64")))
        ranged = cands.set_index("range", divisions=tuple(range(len(starts) + 1)))
        pairs = client.persist(ranged.map_partitions(choose_all, meta=empty_frame(_PAIRS)))
        ends = dd.concat([pairs["x"], pairs["e"]]).unique()
        keys = set(client.compute(ends).result().tolist())
        chosen = client.compute(items.map_partitions(pick, dask.delayed(keys), meta=empty_frame(ITEM_COLUMNS))).result()
        parts = pairs.to_delayed()
        scored = ScoredPairs(starts, lambda r: client.compute(parts[r]).result())
        clusters, links = join(dict(zip(chosen["key"], chosen["item"], strict=True)), scored, options)
    return Merged(clusters, links, items)


def iter_parts(client: Client, items: Any) -> Iterator[pd.DataFrame]:
    """The partitions of a persisted frame, one at a time, in order (key order for items)."""
    for part in items.to_delayed():
        yield client.compute(part).result()


__all__ = ["COUNTRIES", "RAW", "Merged", "ScoredPairs", "actor_countries", "block_candidates",
           "block_rows", "choose", "choose_all", "copy_candidates", "iter_parts", "key_range",
           "merge_parts", "raw_events", "to_items"]
