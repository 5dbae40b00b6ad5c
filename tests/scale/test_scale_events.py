"""The scored pairs of event merging reach the client one key range at a time (no cluster
needed): ``events.join`` over the stream gives what it gives over all pairs at once, while the
client holds one range's pairs."""

from __future__ import annotations

import pandas as pd
import pytest

from dateline.corpus.events import EventItem, join
from dateline.scale.events import ScoredPairs, key_range

STARTS = [0, 3, 3, 7]  # four partitions: keys 1-3, none, 4-7, 8 on


def item(key: int, day: str) -> EventItem:
    return EventItem(key=key, id=f"e{key}", article_id=f"a{key}", root=f"a{key}", type="FIGHT",
                     day_start=day, day_end=day, published=day)


ITEMS = {k: item(k, f"2024-08-{d:02d}") for k, d in
         [(1, 5), (2, 6), (3, 6), (4, 7), (5, 20), (6, 8), (8, 9), (9, 30)]}
PAIRS = [(2, 1, 0.9), (3, 1, 0.7), (3, 2, 0.8), (4, 3, 0.6), (5, 4, 0.9), (6, 1, 0.5),
         (8, 6, 0.7), (9, 8, 0.6)]


@pytest.mark.parametrize(("keys", "expected"), [
    ([1, 3], [0, 0]), ([4, 7], [2, 2]), ([8, 1000], [3, 3]),
])
def test_key_range(keys: list[int], expected: list[int]) -> None:
    assert key_range(pd.Series(keys), STARTS).tolist() == expected


def stream(loads: list[int]) -> ScoredPairs:
    frame = pd.DataFrame(PAIRS, columns=["x", "e", "score"])
    ranges = key_range(frame["x"], STARTS)

    def load(r: int) -> pd.DataFrame:
        loads.append(r)
        return frame[ranges == r]

    return ScoredPairs(STARTS, load)


def test_join_over_the_stream_equals_join_over_all_pairs() -> None:
    every: dict[int, list[tuple[int, float]]] = {}
    for x, e, score in PAIRS:
        every.setdefault(x, []).append((e, score))
    loads: list[int] = []
    clusters, links = join(ITEMS, stream(loads))
    assert (clusters, links) == join(ITEMS, every)
    assert links and len(set(clusters.values())) > 1  # some joined, some not (outside the span)
    assert loads == [0, 2, 3]  # each range once, in order; the empty one never


def test_the_stream_holds_one_range_and_refuses_to_go_back() -> None:
    loads: list[int] = []
    scored = stream(loads)
    assert scored.get(3) == [(1, 0.7), (2, 0.8)]
    assert scored.get(1, ()) == ()  # no pairs: the default
    assert sorted(scored.get(6) or []) == [(1, 0.5)]
    assert set(scored.held) == {4, 5, 6}  # range 2 only
    with pytest.raises(RuntimeError, match="key order"):
        scored.get(2)
