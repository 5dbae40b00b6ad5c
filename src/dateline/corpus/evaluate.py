"""Scoring event merging against hand-built multi-source sets (``dateline eval merge DIR``).

DIR holds ``articles.jsonl`` (one article a line: ``id``, ``text``, ``published``, ``source``,
``url``) and ``gold.json``::

    {"events": [{"id": "G1", "type": "CONSULT",
                 "mentions": [{"article": "<article id>", "text": "<phrase of the reporting sentence>"}]}]}

An extracted event of the gold type whose evidence span overlaps a gold phrase of its article is
that gold event's report. Over the extracted events that match a gold mention, a predicted pair is
two of them in one cluster and a gold pair two of them with one gold event: pairwise precision,
recall and F1, plus ``coverage``, the share of gold mentions some extracted event matched (what
extraction, not merging, left out).
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path
from typing import Any

from dateline.store import Store
from dateline.store import corpus_read as read


class GoldError(ValueError):
    """A gold.json that does not have the documented shape."""


def load_gold(path: Path) -> list[dict[str, Any]]:
    try:
        events = json.loads(path.read_text(encoding="utf-8"))["events"]
        for event in events:
            _ = event["id"], event["type"], [(m["article"], m["text"]) for m in event["mentions"]]
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise GoldError(f"{path}: expected {{\"events\": [{{\"id\", \"type\", \"mentions\": "
                        f"[{{\"article\", \"text\"}}]}}]}} ({err})") from err
    return list(events)


def match(store: Store, gold: list[dict[str, Any]]) -> tuple[dict[int, str], int, int]:
    """Extracted event key -> gold event id; and (gold mentions, mentions matched)."""
    matched: dict[int, str] = {}
    total = found = 0
    for event in gold:
        for mention in event["mentions"]:
            total += 1
            record = store.get(mention["article"])
            start = record.body.find(mention["text"]) if record else -1
            if start < 0:
                continue
            end = start + len(mention["text"])
            hit = False
            for row in store.events(article=mention["article"], type=event["type"]):
                if row["evidence_start"] < end and start < row["evidence_end"]:
                    matched.setdefault(row["event_key"], event["id"])
                    hit = True
            found += hit
    return matched, total, found


def score(store: Store, gold: list[dict[str, Any]]) -> dict[str, Any]:
    """Pairwise precision and recall of the store's event clusters against ``gold``."""
    matched, total, found = match(store, gold)
    with store.reading() as conn:
        clusters = read.cluster_map(conn)
    keys = sorted(matched)
    gold_pairs = {(a, b) for a, b in combinations(keys, 2) if matched[a] == matched[b]}
    predicted = {(a, b) for a, b in combinations(keys, 2)
                 if clusters.get(a) is not None and clusters.get(a) == clusters.get(b)}
    tp = len(gold_pairs & predicted)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "n": len(gold_pairs), "predicted": len(predicted), "events_matched": len(keys),
            "coverage": round(found / total, 4) if total else 1.0}


__all__ = ["GoldError", "load_gold", "match", "score"]
