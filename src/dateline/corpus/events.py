"""Event merging: the same event reported by several articles becomes one cluster.

Blocking: only reports of the same PLOVER type whose dates lie within ``window_days`` of each
other and that share a block key (an actor or its country, the place, or, when either of the
two names no actors, one of its longest evidence words) are compared. A pair then scores on shared actors
(sources with sources and targets with targets; either way round for symmetric types such as
CONSULT), place agreement, evidence wording and date distance. Events are taken in order (by
key); each joins the clusters of the earlier events it pairs with, if it lies within the window
of their first event (no chaining over months). Two events of one sentence are one event; an
article's copy repeats its events. A cluster is named after its first member event (earliest
date, then earliest report), so re-running changes nothing and new reports extend a cluster.

Pure functions over :class:`EventItem` rows: the store, a test or a Dask partition builds the rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

#: Types whose two sides are interchangeable ("A met B" is "B met A").
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_NEGATIVE = frozenset({"negated", "denied"})
_WORD = re.compile(r"[^\W\d_]{3,}")
_STOPWORDS = """the and for that with from this have has had was were are been will would
said says told after before about into over their they them than then there which while who whom
whose what when where also not but its his her our your said such more most some any all one two
three new last first week day days month year years monday tuesday wednesday thursday friday
saturday sunday"""
_STOP = frozenset(_STOPWORDS.split())


@dataclass(frozen=True)
class MergeOptions:
    """How close two reports must be to count as one event."""

    window_days: int = 2
    min_score: float = 0.45
    max_span_days: int = 31  # a date vaguer than this ("2024", "2024-Q3") does not place an event
    block_words: int = 3  # longest evidence words that block an event beside its actors and place
    max_block: int = 200  # most recent events read per block when ``corpus update`` looks for pairs

    def __post_init__(self) -> None:
        if self.window_days < 0 or not 0.0 <= self.min_score <= 1.0:
            raise ValueError("MergeOptions: window_days >= 0 and min_score in [0, 1] are needed "
                             f"(got {self.window_days}, {self.min_score})")


@dataclass(frozen=True)
class EventItem:
    """One reported event with what merging needs (a row of the store's events table)."""

    key: int
    id: str
    article_id: str
    root: str  # the article's canonical article (itself unless it is a duplicate)
    type: str
    status: str = "happened"
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    day_start: str | None = None
    day_end: str | None = None
    place: str | None = None
    evidence: str = ""
    published: str | None = None
    sentence: tuple[int, int] | None = None  # the evidence's sentence, offsets into the body
    source_countries: tuple[str, ...] = ()  # ISO3 of the sources (a country subsumes its actors)
    target_countries: tuple[str, ...] = ()

    @cached_property
    def words(self) -> frozenset[str]:
        return content_words(self.evidence)

    @property
    def sortkey(self) -> str:
        """First member of a cluster: earliest day, then earliest report, then ids."""
        return f"{self.day_start or '9999-99-99'}|{self.published or '9999-99-99'}|{self.article_id}|{self.id}"


def event_days(date_start: str | None, date_end: str | None, published: str | None,
               options: MergeOptions = MergeOptions()) -> tuple[str | None, str | None]:
    """The days an event can be placed on: its own date range, or the publication day when it
    has none; None when its date is too vague to tell events apart."""
    if date_start and date_end:
        if _gap(date_start, date_end) > options.max_span_days:
            return None, None
        return date_start, date_end
    if published:
        return published, published
    return None, None


def _ordinal(day: str) -> int:
    return date.fromisoformat(day[:10]).toordinal()


def _gap(a: str, b: str) -> int:
    return abs(_ordinal(b) - _ordinal(a))


def day_gap(a: EventItem, b: EventItem) -> int | None:
    """Days between two events' date ranges (0 when they overlap); None when either is undated."""
    if not (a.day_start and a.day_end and b.day_start and b.day_end):
        return None
    if a.day_end < b.day_start:
        return _gap(a.day_end, b.day_start)
    if b.day_end < a.day_start:
        return _gap(b.day_end, a.day_start)
    return 0


def content_words(text: str) -> frozenset[str]:
    """Lower-cased content words of an evidence sentence."""
    return frozenset(w for w in _WORD.findall(text.casefold()) if w not in _STOP)


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def sentence_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around ``body[start:end]``: from after the last sentence end
    before ``start`` to the first one after ``end``."""
    left = max(body.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n"))
    stops = [i for i in (body.find(mark, end) for mark in (". ", "! ", "? ", "\n")) if i >= 0]
    return (left + 1 if left >= 0 else 0), (min(stops) + 1 if stops else len(body))


def _side(ids: tuple[str, ...], countries: tuple[str, ...]) -> set[str]:
    """Actor ids with the countries they belong to: Hamas and "the Palestinians" (cty:PSE), the
    IDF and Israel (cty:ISR) are compatible, as CAMEO's actor codes nest."""
    return set(ids) | {f"cty:{c}" for c in countries if c}


def _actors_conflict(a: EventItem, b: EventItem) -> bool:
    """Both name sources (or targets) and they have none in common, or, for a directed type, one
    report's source is the other's target with no side shared the same way round ("the Israeli
    offensive" and "the attack on Israel" are two events)."""
    sa, ta = _side(a.sources, a.source_countries), _side(a.targets, a.target_countries)
    sb, tb = _side(b.sources, b.source_countries), _side(b.targets, b.target_countries)
    if a.type in SYMMETRIC:
        return bool((sa | ta) and (sb | tb) and not (sa | ta) & (sb | tb))
    reversed_roles = bool((sa & tb or ta & sb) and not (sa & sb or ta & tb))
    return reversed_roles or bool((sa and sb and not sa & sb) or (ta and tb and not ta & tb))


def merge_score(a: EventItem, b: EventItem, options: MergeOptions = MergeOptions()) -> float | None:
    """How surely two reports are one event (0..1), or None when they cannot be.

    Copies (events of an article and of its duplicate) merge on type and wording alone.
    """
    if a.key == b.key or a.type != b.type or (a.status in _NEGATIVE) != (b.status in _NEGATIVE):
        return None
    if a.article_id == b.article_id:  # one sentence telling one event twice ("struck ..., killing")
        same = bool(a.sentence and b.sentence and a.sentence[0] < b.sentence[1]
                    and b.sentence[0] < a.sentence[1])
        return 1.0 if same and not _actors_conflict(a, b) else None
    if a.root == b.root:  # an article and its copy
        copied = jaccard(a.words, b.words)
        return round(copied, 4) if copied >= 0.8 else None
    gap = day_gap(a, b)
    if gap is None or gap > options.window_days or _actors_conflict(a, b):
        return None
    words = jaccard(a.words, b.words)
    actors_a, actors_b = _actors(a), _actors(b)
    shared = actors_a & actors_b
    place = 0.0
    if a.place and b.place:
        place = 0.15 if a.place.casefold() == b.place.casefold() else -0.25
    if not shared and words < 0.3 and place <= 0:
        return None  # nothing but type and date in common
    # shared actors weigh most; a side that names none is unknown, not a mismatch
    base = 0.5 + 0.3 * jaccard(actors_a, actors_b) if shared else 0.25
    score = base + 0.5 * words + place + 0.1 * (1 - gap / (options.window_days + 1))
    score = max(0.0, min(1.0, score))
    return round(score, 4) if score >= options.min_score else None


def _actors(item: EventItem) -> set[str]:
    return _side(item.sources, item.source_countries) | _side(item.targets, item.target_countries)


def block_keys(item: EventItem, options: MergeOptions = MergeOptions()) -> list[str]:
    """The block keys an event is stored under (``corpus update``'s ``event_blocks``).

    Type x actor (with the actors' countries), type x place, and type x each of the longest
    evidence words (``w:``); a report naming no actors is also stored under its words as ``n:``.
    A word pairs two reports only when one of them names no actors, whichever came first: a report
    without actors looks up ``w:`` (every report worded like it), one with actors looks up ``n:``
    (reports without actors only), so two reports with actors meet through their actors or their
    place (``p:``), never through words alone.
    """
    t = item.type
    keys = {f"{t}|a:{x}" for x in _actors(item)}
    if item.place:
        keys.add(f"{t}|p:{item.place.casefold()}")
    words = _longest(item, options)
    keys.update(f"{t}|w:{w}" for w in words)
    if not _actors(item):
        keys.update(f"{t}|n:{w}" for w in words)
    return sorted(keys)


def lookup_keys(item: EventItem, options: MergeOptions = MergeOptions()) -> list[str]:
    """The block keys under which to look for an event's partners (see ``block_keys``): its
    actor and place keys, and its words as ``w:`` when it names no actors, else as ``n:``."""
    t = item.type
    keys = [k for k in block_keys(item, options) if "|w:" not in k and "|n:" not in k]
    prefix = "n" if _actors(item) else "w"
    keys.extend(f"{t}|{prefix}:{w}" for w in _longest(item, options))
    return sorted(keys)


def _longest(item: EventItem, options: MergeOptions) -> list[str]:
    return sorted(item.words, key=lambda w: (-len(w), w))[:options.block_words]


def meets(a: EventItem, b: EventItem, options: MergeOptions = MergeOptions()) -> bool:
    """Do two reports share a block key that one of them looks up (the relation is symmetric)?"""
    return bool(set(lookup_keys(b, options)) & set(block_keys(a, options)))


def candidate_pairs(items: Sequence[EventItem],
                    options: MergeOptions = MergeOptions()) -> Iterable[tuple[EventItem, EventItem]]:
    """Pairs worth scoring, each once: reports sharing a block key within the date window
    (a sorted sweep per block), and every two reports of one article or of its copies."""
    seen: set[tuple[int, int]] = set()

    def once(a: EventItem, b: EventItem) -> bool:
        pair = (min(a.key, b.key), max(a.key, b.key))
        if pair in seen:
            return False
        seen.add(pair)
        return True

    blocks: dict[str, list[EventItem]] = {}
    by_root: dict[tuple[str, str], list[EventItem]] = {}
    for item in items:
        by_root.setdefault((item.type, item.root), []).append(item)
        if item.day_start:
            for key in block_keys(item, options):
                if "|n:" not in key:  # the same pairs as the w: block of its words (see block_keys)
                    blocks.setdefault(key, []).append(item)
    for key in sorted(blocks):
        dated = sorted(blocks[key], key=lambda i: (i.day_start or "", i.key))
        for n, a in enumerate(dated):
            end = _ordinal(a.day_end or a.day_start or "") + options.window_days
            for b in dated[n + 1:]:
                if _ordinal(b.day_start or "") > end:
                    break
                if "|w:" in key and _actors(a) and _actors(b):
                    continue
                if once(a, b):
                    yield a, b
    for members in by_root.values():  # copies pair up even when undated or misdated
        for n, a in enumerate(members):
            for b in members[n + 1:]:
                if once(a, b):
                    yield a, b


def within_span(item: EventItem, other: EventItem, first_sortkey: str,
                options: MergeOptions = MergeOptions()) -> bool:
    """May ``item`` join the cluster of ``other`` whose first event has ``first_sortkey``?

    Only when it is dated within the window of that first event (so that daily reports of
    "Israel strikes Gaza" do not chain into one event spanning months), or when it is the same
    report again (one article, or its copy).
    """
    if item.root == other.root or not item.day_start:
        return True
    first_day = first_sortkey[:10]
    if first_day.startswith("9999"):
        return True
    return _gap(item.day_start, first_day) <= options.window_days


def merge(items: Sequence[EventItem], options: MergeOptions = MergeOptions()) -> dict[int, str]:
    """Every event's cluster id (the id of its cluster's first event), by event key.

    The batch form of what ``corpus update`` does one event at a time, in the same order (by
    key): each event joins the clusters of the earlier events it pairs with, when within their span.
    The candidate pairs are those of ``corpus update`` (``meets``: a word pairs two reports when
    either names no actors, whichever was stored first); unlike the store's search it reads no
    per-key cap, so on blocks of more than ``max_block`` events it may find pairs that
    ``corpus update`` skips.
    """
    by_key = {i.key: i for i in items}
    scored: dict[int, list[tuple[int, float]]] = {}
    for a, b in candidate_pairs(items, options):
        lo, hi = sorted((a.key, b.key))
        score = merge_score(by_key[hi], by_key[lo], options)
        if score is not None:
            scored.setdefault(hi, []).append((lo, score))
    clusters, _ = join(by_key, scored, options)
    return clusters


def join(items: Mapping[int, EventItem], scored: Mapping[int, Iterable[tuple[int, float]]],
         options: MergeOptions = MergeOptions()) -> tuple[dict[int, str], list[tuple[int, int, float]]]:
    """The ordered joining of ``corpus update`` replayed over scored pairs (pure, order-dependent).

    ``scored[k]``: the earlier events (smaller keys) that event ``k`` was compared with and whose
    ``merge_score`` was not None, with that score; ``items`` holds every event named there (events
    in no pair may be left out: each is its own cluster). Events are taken by key; each links to
    the partners that lie within the span of their cluster's first event (``within_span``, judged
    before it joins any), then joins their clusters. Returns the cluster id (the first member's
    id) of every item and the links kept, as (earlier key, later key, score).
    """
    parent: dict[int, int] = {}
    first: dict[int, EventItem] = {}  # root -> first event of the cluster
    links: list[tuple[int, int, float]] = []

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for key in sorted(items):
        item = items[key]
        parent[key], first[key] = key, item
        accepted = [(o, score) for o, score in sorted(scored.get(key, ()))
                    if within_span(item, items[o], first[find(o)].sortkey, options)]
        for o, score in accepted:
            links.append((o, key, score))
            ra, rb = find(key), find(o)
            if ra != rb:
                winner = min(first[ra], first[rb], key=lambda i: i.sortkey)
                parent[rb] = ra
                first[ra] = winner
    return {k: first[find(k)].id for k in items}, links


__all__ = ["SYMMETRIC", "EventItem", "MergeOptions", "block_keys", "candidate_pairs", "lookup_keys", "content_words",
           "day_gap", "event_days", "jaccard", "join", "meets", "merge", "merge_score", "sentence_bounds",
           "within_span"]
