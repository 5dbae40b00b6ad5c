"""The example article: every gold time expression comes out with its type, value and mod."""

from __future__ import annotations

from typing import Any

from dateline.model import Timex


def _occurrences(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def test_example_time_expressions(time_tag: Any, example_text: str, example_gold: dict[str, Any]) -> None:
    published = example_gold["document"]["publication_date"]
    timexes = time_tag(example_text, published)
    gold = example_gold["time_expressions"]
    seen: dict[str, int] = {}
    for entry in gold:
        # the n-th gold entry with this text is its n-th occurrence in the article
        n = seen.get(entry["text"], 0)
        seen[entry["text"]] = n + 1
        starts = _occurrences(example_text, entry["text"])
        # "Sunday" and "On Sunday" name the same two mentions: count from the first mention
        if entry["text"] == "On Sunday":
            starts = [s for s in _occurrences(example_text, "Sunday") if example_text[max(0, s - 3):s] == "On "]
        assert len(starts) > n, f"gold text {entry['text']!r} not found in the article"
        start, end = starts[n], starts[n] + len(entry["text"])
        hits: list[Timex] = [t for t in timexes if t.start < end and t.end > start]
        assert hits, f"no timex over {entry['text']!r} at {start}"
        got = hits[0]
        assert (got.type, got.value, got.mod) == (entry["type"], entry["value"], entry.get("mod")), entry
