"""Connected components with a deterministic representative: the shared core of dedup, event
merging and stories (each links pairs, then names every component after its first member)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def components(nodes: Iterable[K], edges: Iterable[tuple[K, K]],
               order: Callable[[K], object]) -> dict[K, K]:
    """Every node mapped to the first node (smallest ``order``) of its connected component.

    Pure and order-independent: the same nodes and edges give the same mapping however they
    are listed (the representative is chosen by ``order``, never by arrival).
    """
    parent: dict[K, K] = {}

    def find(x: K) -> K:
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    for node in nodes:
        find(node)
    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra
    groups: dict[K, list[K]] = {}
    for node in list(parent):
        groups.setdefault(find(node), []).append(node)
    out: dict[K, K] = {}
    for members in groups.values():
        first = min(members, key=lambda m: (order(m), str(m)))
        for member in members:
            out[member] = first
    return out


def article_sortkey(published: str | None, length: int, article_id: str) -> str:
    """The canonical order of articles: earliest published, then longest body, then id.

    A string so that SQLite can compare it: undated articles sort after dated ones.
    """
    return f"{published or '9999-99-99'}|{999_999_999 - min(length, 999_999_999):09d}|{article_id}"


__all__ = ["article_sortkey", "components"]
