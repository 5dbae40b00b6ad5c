"""``dateline eval events FILE --json``: PLOVER event type and actor scoring on events JSON Lines.

Format (one object a line): ``{"id", "text", "events": [{"type", "source": [..], "target": [..],
"trigger", "mode"?, "place"?}]}``; an empty ``events`` list means no event of interest.

Metrics:
- ``accuracy``: first predicted type vs first gold type, ``NONE`` where either list is empty;
- ``per_type``, ``macro_f1``: precision/recall/F1 of that first-type decision per label; the macro
  average runs over the labels in the gold plus ``NONE`` (when NONE occurs in gold or predictions);
- ``micro_f1``: over the sets of event types per snippet (every predicted and gold event);
- ``actor_f1``: sources and targets of the first predicted event against the first gold event,
  counted only where the gold lists them (null when it lists none); texts match after normalization (case, articles,
  punctuation, possessive 's) against any of the actor's name, the mention text, or its phrase;
- ``confusion``: gold first type -> predicted first type -> count.

``--split dev|test|test-a|test-b`` keeps a deterministic part of a file (sha1 of the id: 60% dev,
20% test-a, 20% test-b) so that rules tuned on some parts can be scored honestly on another.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from dateline.cli.eval import emit, eval_group, json_option

NONE = "NONE"
_ARTICLES = re.compile(r"\b(the|a|an)\b")
_PUNCT = re.compile(r"[^\w\s]")


@dataclass(frozen=True)
class GoldItem:
    id: str
    text: str
    events: tuple[dict[str, Any], ...]


@dataclass
class Predicted:
    """One predicted event: type, and each source/target as the texts that may name it."""

    type: str
    sources: list[tuple[str, ...]] = field(default_factory=list)
    targets: list[tuple[str, ...]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def read_gold(path: str | Path) -> Iterator[GoldItem]:
    """Read events JSON Lines; errors name the file and line."""
    with open(path, encoding="utf-8") as fh:
        n = 0
        try:
            for n, line in enumerate(fh, 1):  # noqa: B007 (n names the line of a decoding error)
                if not line.strip():
                    continue
                row = json.loads(line)
                yield GoldItem(str(row["id"]), str(row["text"]), tuple(row.get("events") or ()))
        except UnicodeDecodeError as err:
            raise click.ClickException(f"{path}: not UTF-8 text near line {n + 1}; "
                                       "expected events JSON Lines") from err
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise click.ClickException(
                f"{path}:{n}: not an events JSON Lines row ({err}); expected "
                '{"id", "text", "events": [...]}') from err


#: split name -> sha1(id) % 10 buckets it keeps
SPLITS: dict[str, frozenset[int]] = {
    "all": frozenset(range(10)), "dev": frozenset(range(6)), "test": frozenset(range(6, 10)),
    "test-a": frozenset({6, 7}), "test-b": frozenset({8, 9}),
}


def in_split(item_id: str, split: str) -> bool:
    """Deterministic split on the sha1 of the id: dev 60%, test 40% (test-a + test-b, 20% each)."""
    bucket = int(hashlib.sha1(item_id.encode("utf-8")).hexdigest(), 16) % 10
    return bucket in SPLITS[split]


def normalize(text: str) -> str:
    """Lowercase, drop possessive 's, punctuation and articles, collapse spaces."""
    t = text.lower().replace("\u2019", "'").replace("'s ", " ").removesuffix("'s")
    t = _ARTICLES.sub(" ", _PUNCT.sub(" ", t))
    return " ".join(t.split())


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    return [str(v) for v in value if str(v).strip()]


def _match_role(gold: Sequence[str], pred: Sequence[tuple[str, ...]]) -> tuple[int, int, int]:
    """(tp, fp, fn) of one role: each gold string matched by at most one prediction."""
    free = [{normalize(t) for t in texts} - {""} for texts in pred]
    tp = 0
    for g in gold:
        ng = normalize(g)
        for i, texts in enumerate(free):
            if ng and ng in texts:
                tp += 1
                free[i] = set()
                break
    used = tp
    return tp, len(pred) - used, len(gold) - tp


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: Sequence[GoldItem], preds: Sequence[Sequence[Predicted]]) -> dict[str, Any]:
    """All metrics for aligned gold items and predicted event lists (see module doc)."""
    pairs: list[tuple[str, str]] = []
    micro = Counter[str]()
    actors = Counter[str]()
    for item, pred in zip(gold, preds, strict=True):
        g = item.events[0]["type"] if item.events else NONE
        p = pred[0].type if pred else NONE
        pairs.append((g, p))
        gs = {e["type"] for e in item.events}
        ps = {e.type for e in pred}
        micro["tp"] += len(gs & ps)
        micro["fp"] += len(ps - gs)
        micro["fn"] += len(gs - ps)
        if item.events:
            first = item.events[0]
            for role, attr in (("source", "sources"), ("target", "targets")):
                gold_texts = _as_list(first.get(role))
                if not gold_texts:
                    continue
                got = getattr(pred[0], attr) if pred else []
                tp, fp, fn = _match_role(gold_texts, got)
                actors["tp"] += tp
                actors["fp"] += fp
                actors["fn"] += fn
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs})
    per_type: dict[str, dict[str, float]] = {}
    for label in labels:
        tp = sum(1 for g, p in pairs if g == p == label)
        fp = sum(1 for g, p in pairs if p == label and g != label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        pr, rc, f1 = _prf(tp, fp, fn)
        per_type[label] = {"precision": round(pr, 4), "recall": round(rc, 4), "f1": round(f1, 4),
                           "support": tp + fn}
    macro_labels = {g for g, _ in pairs}
    if NONE in {p for _, p in pairs}:
        macro_labels.add(NONE)
    confusion: dict[str, dict[str, int]] = defaultdict(dict)
    for (g, p), n in Counter(pairs).items():
        confusion[g][p] = n
    ap, ar, af = _prf(actors["tp"], actors["fp"], actors["fn"])
    scored = any(actors.values())  # no gold sources or targets anywhere: actor scores are unknown, not 0
    n = len(pairs)
    return {
        "n": n,
        "accuracy": round(sum(1 for g, p in pairs if g == p) / n, 4) if n else 0.0,
        "macro_f1": round(sum(per_type[lb]["f1"] for lb in macro_labels) / len(macro_labels), 4)
        if macro_labels else 0.0,
        "micro_f1": round(_prf(micro["tp"], micro["fp"], micro["fn"])[2], 4),
        "per_type": per_type,
        "confusion": {g: dict(sorted(v.items())) for g, v in sorted(confusion.items())},
        "actor_f1": round(af, 4) if scored else None,
        "actor_precision": round(ap, 4) if scored else None,
        "actor_recall": round(ar, 4) if scored else None,
    }


def predict(texts: Iterable[str], nlp: Any = None, batch_size: int = 32) -> Iterator[list[Predicted]]:
    """Run the pipeline over snippets and keep each one's events, in extraction order."""
    from dateline.events.extract import extract
    from dateline.nlp import load

    nlp = nlp if nlp is not None else load()
    for doc in nlp.pipe(texts, batch_size=batch_size):
        out = []
        for f in extract(doc):
            e = f.event
            out.append(Predicted(e.type, list(f.source_texts), list(f.target_texts), {
                "trigger": e.trigger, "mode": e.mode, "status": e.status, "place": e.place,
                "date": e.date, "confidence": e.confidence, "evidence": list(e.evidence)}))
        yield out


def prediction_row(item_id: str, events: Sequence[Predicted]) -> dict[str, Any]:
    """The JSON Lines row ``--predictions`` writes: sources/targets as their first (name) text."""
    return {"id": item_id, "events": [
        {"type": e.type, "sources": [t[0] for t in e.sources if t], "targets": [t[0] for t in e.targets if t],
         "source_texts": [list(t) for t in e.sources], "target_texts": [list(t) for t in e.targets], **e.extra}
        for e in events]}


@eval_group.command("events")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@json_option
@click.option("--predictions", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the predicted events as JSON Lines to this file.")
@click.option("--split", type=click.Choice(list(SPLITS)), default="all", show_default=True,
              help="Score a deterministic part of the file (sha1 of id: 60% dev, 40% test = test-a + test-b).")
def events_command(file: str, as_json: bool, predictions: str | None, split: str) -> None:
    """Score event types and actors against an events JSON Lines FILE."""
    gold = [g for g in read_gold(file) if in_split(g.id, split)]
    if not gold:
        raise click.ClickException(f"{file}: no rows (split {split!r}); nothing to score")
    preds = list(predict(g.text for g in gold))
    if predictions:
        with open(predictions, "w", encoding="utf-8") as fh:
            for g, p in zip(gold, preds, strict=True):
                fh.write(json.dumps(prediction_row(g.id, p), ensure_ascii=False) + "\n")
    emit(score(gold, preds), as_json)


__all__ = ["SPLITS", "GoldItem", "Predicted", "events_command", "in_split", "normalize", "predict", "prediction_row",
           "read_gold", "score"]
