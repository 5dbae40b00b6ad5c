"""Character spans of phrases in a sentence of our own, for the resolver tests."""

from __future__ import annotations


def spans(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each phrase, in order; a repeated phrase takes its next occurrence."""
    out, pos = [], 0
    for phrase in phrases:
        start = text.index(phrase, pos)
        out.append((start, start + len(phrase)))
        pos = start + 1
    return out
