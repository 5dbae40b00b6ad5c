"""``dateline corpus update``: bring the cross-article state of a store up to date, incrementally.

Four passes, each over what the last update has not seen (schema 10's pending work, kept by the
store's triggers: an index read, not a scan of the store; a pass's writes clear the rows they
handle in the same transaction, so an update cut short leaves the rest pending), in batches
(written in transactions of about ``CorpusOptions.commit_seconds`` each, not one per batch: a
commit rewrites every page its batches touched, and the state's random index keys touch most
pages of their indexes in any batch):

1. duplicates: a MinHash signature per new article (only new articles are hashed), candidates
   from the stored LSH band keys (an index lookup, so the cost per article stays flat as the
   store grows), pair decisions, and the canonical article of each group of copies;
2. events: each new event is compared with stored events of its type within the date window
   (and with events of its copies), and joins or merges clusters;
3. stories: each new article is linked to articles of the time window that share its actors and
   places, and joins or merges stories;
4. labels: each story without a stored label (new, or changed since: the store's triggers drop
   the label of a story whose members change) gets its label stored, so that a search of
   stories by label filters in SQL. The label comes from running sums per story (schema 6,
   ``store.labels``) that add the articles which joined and take off those which became copies,
   so the cost is what changed, not the story's size. A store migrated to schema 5 or 6 gets
   the labels (and sums) of its existing stories here, at its first update.

Components are named after their first member, so running ``update`` again changes nothing and
new articles extend what is there. ``rebuild=True`` forgets the state and recomputes it all in
one transaction (the same result as any sequence of incremental updates, up to links whose
decision depended on which article was canonical at the time).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from tqdm import tqdm

from dateline.corpus import dedup
from dateline.corpus.events import (
    EventItem,
    MergeOptions,
    block_keys,
    event_days,
    lookup_keys,
    merge_score,
    sentence_bounds,
    within_span,
)
from dateline.corpus.graph import article_sortkey
from dateline.corpus.stories import LABELLER, StoryOptions, features, gap, link_score, story_sortkey
from dateline.store import corpus as sql
from dateline.store import labels as label_sums

if TYPE_CHECKING:
    import sqlite3

    from dateline.store import Store

log = logging.getLogger(__name__)

_STATE_TABLES = ("story_terms", "story_label_state", "story_labels", "story_links", "story_features", "event_links", "event_blocks", "event_clusters",
                 "duplicate_pairs", "lsh_bands", "corpus_articles")


@dataclass(frozen=True)
class CorpusOptions:
    """Options of the three passes; defaults in one place."""

    dedup: dedup.DedupOptions = field(default_factory=dedup.DedupOptions)
    merge: MergeOptions = field(default_factory=MergeOptions)
    stories: StoryOptions = field(default_factory=StoryOptions)
    batch_size: int = 500
    #: batches share one write transaction until it has run this long (then it commits): each
    #: commit rewrites every page its batches touched, and the random keys of the state's indexes
    #: (LSH bands, event blocks, label sums) touch most of their pages in any batch, so a commit
    #: per batch made an update's writes grow with the store; 0 commits every batch
    commit_seconds: float = 2.0


@dataclass
class UpdateReport:
    """What one update did."""

    articles: int = 0  # articles hashed
    duplicate_pairs: int = 0
    events: int = 0  # events placed in clusters
    event_links: int = 0
    story_articles: int = 0
    story_links: int = 0
    story_labels: int = 0  # stories (re)labelled

    def summary(self) -> str:
        return (f"{self.articles} new articles ({self.duplicate_pairs} duplicate pairs), "
                f"{self.events} new events ({self.event_links} merge links), "
                f"{self.story_articles} articles into stories ({self.story_links} links), "
                f"{self.story_labels} stories labelled")


def update(store: Store, options: CorpusOptions | None = None, *, progress: bool = False,
           rebuild: bool = False) -> UpdateReport:
    """Bring duplicates, event clusters and stories of ``store`` up to date.

    Batches are written in ``store.transaction()``s of about ``options.commit_seconds`` each (the
    batches that fit in it; the last one commits at the end): an update cut short keeps every
    batch it committed, and the next one goes on from there. A rebuild is one transaction from forgetting
    to the last batch, so readers see the old state until the new one is complete, and a rebuild
    cut short leaves the old state as it was. The store's other threads wait until it ends.
    """
    options = options or CorpusOptions()
    report = UpdateReport()
    with store.reading() as conn, (store.transaction() if rebuild else nullcontext(conn)) as whole:
        if rebuild:
            for table in _STATE_TABLES:
                whole.execute(f"DELETE FROM {table}")

        grouped = _Batches(store, options.commit_seconds)

        def batch() -> AbstractContextManager[sqlite3.Connection]:
            return nullcontext(whole) if rebuild else grouped.batch()

        todo = sql.count_new(conn) if progress else {"articles": 0, "events": 0}  # only the
        # progress bar's total needs it
        bar = tqdm(total=todo["articles"] * 2 + todo["events"], unit="item", file=sys.stderr,
                   disable=not progress, dynamic_ncols=True, desc="corpus")
        try:
            after = 0
            while rows := sql.new_articles(conn, options.batch_size, after):
                _dedup_batch(batch, rows, options.dedup, report)
                bar.update(len(rows))
                after = int(str(rows[-1]["rowid"]))
            after = 0
            while keys := sql.new_event_keys(conn, options.batch_size, after):
                with batch() as tx:
                    _events_batch(tx, keys, options.merge, report)
                bar.update(len(keys))
                after = keys[-1]
            while rows := sql.new_story_articles(conn, options.batch_size):
                with batch() as tx:
                    _stories_batch(tx, rows, options.stories, report)
                bar.update(len(rows))
            if progress:
                bar.total += sql.count_unlabelled(conn, LABELLER)
                bar.refresh()
            last = ""
            while stories := sql.unlabelled_stories(conn, LABELLER, options.batch_size, last):
                with batch() as tx:
                    _labels_batch(tx, stories, report)
                bar.update(len(stories))
                last = stories[-1]
            grouped.commit()
        finally:
            grouped.close()
            bar.close()
    return report


class _Batches:
    """The write transactions of an update: each batch goes into the open one, which commits
    once it has run ``seconds`` (or at ``commit``); a batch that raises rolls back the open one."""

    def __init__(self, store: Store, seconds: float) -> None:
        self.store, self.seconds = store, seconds
        self.open: AbstractContextManager[sqlite3.Connection] | None = None
        self.conn: sqlite3.Connection | None = None
        self.started = 0.0

    @contextmanager
    def batch(self) -> Iterator[sqlite3.Connection]:
        if self.open is None or self.conn is None:
            self.open = self.store.transaction()
            self.conn, self.started = self.open.__enter__(), time.perf_counter()
        try:
            yield self.conn
        except BaseException:
            self.close()
            raise
        if time.perf_counter() - self.started >= self.seconds:
            self.commit()

    def commit(self) -> None:
        """Commit the open transaction, if any."""
        if self.open is not None:
            opened, self.open, self.conn = self.open, None, None
            opened.__exit__(None, None, None)

    def close(self) -> None:
        """Roll back the open transaction, if any (an update cut short)."""
        if self.open is not None:
            opened, self.open, self.conn = self.open, None, None
            opened.__exit__(RuntimeError, RuntimeError("corpus update cut short"), None)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- 1. duplicates ---------------------------------------------------------------------------
def _dedup_batch(batch: Callable[[], AbstractContextManager[sqlite3.Connection]],
                 rows: list[dict[str, object]], options: dedup.DedupOptions,
                 report: UpdateReport) -> None:
    hashed = []
    for row in rows:  # hashing before the batch writes (in an open group of batches when one is open)
        body = str(row["body"])
        sig, n = dedup.signature(body, options)
        hashed.append((row, sig, n, dedup.band_keys(sig, options), len(body)))
    now = _now()
    with batch() as conn:
        for row, sig, n, keys, length in hashed:
            aid, published = str(row["id"]), row["published"]
            assert published is None or isinstance(published, str)
            candidates, open_keys = sql.band_candidates(conn, keys, options.max_band)
            sortkey = article_sortkey(published, length, aid)
            sql.insert_article_state(conn, aid, dedup.to_blob(sig), n, length, published, sortkey,
                                     open_keys, now)
            linked = []
            for other in sql.signatures(conn, candidates):
                sim = dedup.compare(sig, n, dedup.from_blob(other["signature"]), other["shingles"])
                if dedup.is_duplicate(sim, options):
                    sql.insert_duplicate_pair(conn, aid, other["article_id"], sim.jaccard)
                    linked.append(other)
                    report.duplicate_pairs += 1
            if linked:
                _join_duplicates(conn, aid, sortkey, linked)
        report.articles += len(hashed)


def _join_duplicates(conn: sqlite3.Connection, aid: str, sortkey: str,
                     linked: list[dict[str, object]]) -> None:
    """Merge the groups of the linked articles with the new one under the earliest canonical."""
    roots = {str(o["duplicate_of"] or o["article_id"]) for o in linked}
    keys = {str(r["article_id"]): str(r["sortkey"]) for r in sql.signatures(conn, sorted(roots))}
    keys[aid] = sortkey
    first = min(keys, key=lambda k: keys[k])
    for root in sorted(keys):
        if root == first:
            continue
        sql.rename_root(conn, "corpus_articles", "duplicate_of", "article_id", root, first)
        conn.execute("UPDATE corpus_articles SET duplicate_of = ? WHERE article_id = ?", (first, root))
    conn.execute("UPDATE corpus_articles SET duplicate_of = NULL WHERE article_id = ?", (first,))


# -- 2. events -------------------------------------------------------------------------------
def event_item(row: dict[str, object], options: MergeOptions) -> EventItem:
    """An EventItem from a row of ``store.corpus.event_rows``."""
    published = row["published"] if isinstance(row["published"], str) else None
    start, end = event_days(row["date_start"] if isinstance(row["date_start"], str) else None,
                            row["date_end"] if isinstance(row["date_end"], str) else None,
                            published, options)
    sources, targets = row["sources"], row["targets"]
    src_c, tgt_c = row["source_countries"], row["target_countries"]
    assert isinstance(sources, tuple) and isinstance(targets, tuple)
    assert isinstance(src_c, tuple) and isinstance(tgt_c, tuple)
    key, s0, s1 = row["event_key"], row["sent_start"], row["sent_end"]
    assert isinstance(key, int)
    sentence = (s0, s1) if isinstance(s0, int) and isinstance(s1, int) else None
    return EventItem(key=key, id=str(row["id"]), article_id=str(row["article_id"]),
                     root=str(row["root"]), type=str(row["type"]), status=str(row["status"]),
                     sources=sources, targets=targets, day_start=start, day_end=end,
                     place=row["place"] if isinstance(row["place"], str) else None,
                     evidence=str(row["evidence"] or ""), published=published, sentence=sentence,
                     source_countries=src_c, target_countries=tgt_c)


def _shift(day: str | None, days: int) -> str | None:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat() if day else None


def _events_batch(conn: sqlite3.Connection, keys: Sequence[int], options: MergeOptions,
                  report: UpdateReport) -> None:
    bodies: dict[str, str] = {}
    cache: dict[int, EventItem] = {}  # clustered events met in this batch (they do not change)
    for row in sql.event_rows(conn, keys):
        aid = str(row["article_id"])
        if aid not in bodies:
            bodies[aid] = str(conn.execute("SELECT body FROM articles WHERE id = ?", (aid,)).fetchone()[0])
        start, end = row["evidence_start"], row["evidence_end"]
        assert isinstance(start, int) and isinstance(end, int)
        row["sent_start"], row["sent_end"] = sentence_bounds(bodies[aid], start, end)
        item = event_item(row, options)
        blocks = block_keys(item, options) if item.day_start and item.day_end else []
        lookup = lookup_keys(item, options) if blocks else []
        found = sql.event_candidates(conn, lookup, _shift(item.day_start, -options.window_days),
                                     _shift(item.day_end, options.window_days), item.type, item.root,
                                     options.max_block)
        conn.executemany("INSERT INTO event_blocks (key, day_start, day_end, event_key) VALUES (?, ?, ?, ?)",
                         [(k, item.day_start, item.day_end, item.key) for k in blocks])
        conn.execute("INSERT INTO event_clusters (event_key, cluster_id, sortkey, type, day_start, "
                     "day_end, sent_start, sent_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (item.key, item.id, item.sortkey, item.type, item.day_start, item.day_end,
                      row["sent_start"], row["sent_end"]))
        linked = []
        missing = [k for k in found if k not in cache]
        cache.update((r["event_key"], event_item(r, options)) for r in sql.event_rows(conn, missing))
        scored = [(o, sc) for o in (cache[k] for k in found if k in cache)
                  if (sc := merge_score(item, o, options)) is not None]
        spans = sql.cluster_of(conn, [o.key for o, _ in scored]) if scored else {}
        for other, score in scored:
            if not within_span(item, other, spans[other.key][1], options):
                continue
            a, b = sorted((item.key, other.key))
            conn.execute("INSERT OR REPLACE INTO event_links (a, b, score) VALUES (?, ?, ?)",
                         (a, b, score))
            linked.append(other.key)
            report.event_links += 1
        if linked:
            clusters = sql.cluster_of(conn, [*linked, item.key])
            firsts = {cid: first for cid, first in clusters.values()}
            winner = min(firsts, key=lambda c: firsts[c])
            for cid in sorted(firsts):
                if cid != winner:
                    sql.rename_root(conn, "event_clusters", "cluster_id", "event_key", cid, winner)
        cache[item.key] = item
        report.events += 1


# -- 3. stories ------------------------------------------------------------------------------
def _stories_batch(conn: sqlite3.Connection, rows: list[dict[str, object]], options: StoryOptions,
                   report: UpdateReport) -> None:
    for row in rows:
        aid = str(row["id"])
        published = row["published"] if isinstance(row["published"], str) else None
        actors, places = sql.article_features(conn, aid)
        feats = sorted(features(actors, places))
        conn.executemany("INSERT OR IGNORE INTO story_features (article_id, feature, day) "
                         "VALUES (?, ?, ?)", [(aid, f, published) for f in feats])
        own = story_sortkey(published, aid)
        conn.execute("UPDATE corpus_articles SET features = ?, story_sortkey = ? WHERE article_id = ?",
                     (len(feats), own, aid))
        links: dict[str, float] = {}
        if published and feats:
            low, high = _shift(published, -options.window_days), _shift(published, options.window_days)
            assert low and high
            for c in sql.story_candidates(conn, aid, feats, low, high, options.min_shared):
                score = link_score(c["shared"], len(feats), c["features"],
                                   gap(published, c["published"]), options)
                if score is not None:
                    links[c["id"]] = score
        copies = [str(r[0]) for r in conn.execute(
            "SELECT article_id FROM corpus_articles WHERE duplicate_of = ? AND story_id IS NOT NULL "
            "UNION SELECT article_id FROM corpus_articles WHERE article_id = ? AND story_id IS NOT NULL",
            (aid, row["duplicate_of"]))]
        links.update({c: 1.0 for c in copies})
        conn.executemany("INSERT OR REPLACE INTO story_links (a, b, score) VALUES (?, ?, ?)",
                         [(*sorted((aid, other)), score) for other, score in sorted(links.items())])
        report.story_links += len(links)
        roots = dict(sql.story_roots(conn, sorted(links)).values())
        roots[aid] = own
        winner = min(roots, key=lambda r: roots[r])
        conn.execute("UPDATE corpus_articles SET story_id = ? WHERE article_id = ?", (winner, aid))
        for root in sorted(roots):
            if root != winner:
                sql.rename_root(conn, "corpus_articles", "story_id", "article_id", root, winner)
        report.story_articles += 1


# -- 4. labels -------------------------------------------------------------------------------
def _labels_batch(conn: sqlite3.Connection, stories: Sequence[str], report: UpdateReport) -> None:
    """Store the label of each of ``stories``: the one ``corpus_read.story_summary`` gives, from
    the story's running sums (``store.labels``: brought up to date from the articles that joined
    or left it since, so a story that grows costs its new articles, not its size). A story that
    is gone by now (another process's update merged it away since the ids were read outside this
    transaction) gets none: no trigger would ever remove its row."""
    live = sql.live_stories(conn, stories)
    labels = []
    for sid in stories:
        if sid in live:
            labels.append((sid, label_sums.story_label(conn, sid)))
    sql.put_story_labels(conn, labels, LABELLER)
    report.story_labels += len(labels)


__all__ = ["CorpusOptions", "UpdateReport", "event_item", "update"]
