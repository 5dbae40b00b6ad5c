"""``dateline eval dedup DIR --json``: precision and recall of near-duplicate article pairs.

DIR holds:

- ``articles/``: one article per file (``.txt``, ``.html``, ``.htm``, ``.html.gz``), named by its
  path relative to ``articles/`` (``wire-0001.txt``, ``pages/a.html.gz``); and/or
  ``articles.jsonl``: one article per line with ``id`` and ``text`` or ``html`` (named by ``id``);
- ``pairs.json``: the gold duplicate pairs, ``{"pairs": [["a.txt", "b.html"], ...]}``, names as
  above. Pairs are closed transitively (copies of one article are all duplicates of each other);
  any pair of articles not linked that way is a non-duplicate.

Every article goes through the reader only (no spaCy: duplicates are found on bodies) into a
temporary store, then ``dateline.corpus.update`` links duplicates exactly as ``corpus update``
does. A predicted pair is two articles with the same canonical article. Scores are over pairs:
``n`` is the number of gold pairs.
"""

from __future__ import annotations

import json
import tempfile
from itertools import combinations
from pathlib import Path
from typing import Any

import click

from dateline.cli.eval import emit, eval_group, json_option
from dateline.cli.options import CliError, cli_errors
from dateline.corpus.dedup import DedupOptions
from dateline.corpus.graph import components
from dateline.corpus.update import CorpusOptions, update
from dateline.model import ArticleRecord, CleanArticle
from dateline.sources import SourceError, SourceItem, iter_sources
from dateline.store import Store
from dateline.store import corpus_read as read


def load_gold(folder: Path) -> tuple[list[Path], set[frozenset[str]]]:
    """The inputs of DIR and its gold pairs (closed transitively)."""
    pairs_file = folder / "pairs.json"
    if not pairs_file.is_file():
        raise CliError(str(folder), "no pairs.json; see `dateline eval dedup --help` for the layout")
    try:
        data = json.loads(pairs_file.read_text(encoding="utf-8"))
        raw = [(str(a), str(b)) for a, b in data["pairs"]]
    except (ValueError, KeyError, TypeError) as err:
        raise CliError(str(pairs_file), f"expected {{\"pairs\": [[name, name], ...]}} ({err})") from err
    inputs = [p for p in (folder / "articles", folder / "articles.jsonl") if p.exists()]
    if not inputs:
        raise CliError(str(folder), "no articles/ folder and no articles.jsonl")
    return inputs, closure(raw)


def closure(pairs: list[tuple[str, str]]) -> set[frozenset[str]]:
    """Every pair of names in one connected group of ``pairs``."""
    names = {n for pair in pairs for n in pair}
    first = components(names, pairs, order=str)
    groups: dict[str, list[str]] = {}
    for name, root in first.items():
        groups.setdefault(root, []).append(name)
    return {frozenset(p) for members in groups.values() for p in combinations(sorted(members), 2)}


def _name(item: SourceItem, inputs: list[Path]) -> str:
    if item.id:
        return item.id
    path = Path(item.origin)
    for base in inputs:
        if base.is_dir() and path.is_relative_to(base):
            return path.relative_to(base).as_posix()
    return path.name


def _record(name: str, article: CleanArticle) -> ArticleRecord:
    return ArticleRecord(id=name, body=article.body, paragraphs=article.paragraphs, url=article.url,
                         source=article.source, title=article.title, published=article.published,
                         dateline=article.dateline, furniture=article.furniture, origin=article.origin)


def predict(inputs: list[Path], options: DedupOptions) -> tuple[list[str], set[frozenset[str]], int]:
    """Names read, predicted duplicate pairs, and the number of unreadable inputs."""
    from dateline.reader import read_item

    records: list[ArticleRecord] = []
    failed = 0
    for item in iter_sources(inputs):
        if isinstance(item, SourceError):
            failed += 1
            continue
        try:
            records.append(_record(_name(item, inputs), read_item(item)))
        except ValueError:
            failed += 1
    with tempfile.TemporaryDirectory(prefix="dateline-dedup-") as tmp, Store(Path(tmp) / "d.db") as store:
        for i in range(0, len(records), 500):
            store.put(records[i:i + 500])
        update(store, CorpusOptions(dedup=options))
        with store.reading() as conn:
            canonical = read.duplicate_map(conn)
    groups: dict[str, list[str]] = {}
    for dup, root in canonical.items():
        groups.setdefault(root, [root]).append(dup)
    predicted = {frozenset(p) for members in groups.values() for p in combinations(sorted(members), 2)}
    return [r.id for r in records], predicted, failed


def score(gold: set[frozenset[str]], predicted: set[frozenset[str]]) -> dict[str, Any]:
    tp = len(gold & predicted)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "n": len(gold), "predicted": len(predicted), "true_positives": tp}


@eval_group.command("dedup")
@click.argument("folder", metavar="DIR", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--threshold", type=click.FloatRange(0.05, 1.0), default=DedupOptions.threshold,
              show_default=True, help="Estimated Jaccard similarity for duplicates.")
@click.option("--containment", type=click.FloatRange(0.05, 1.0), default=DedupOptions.containment,
              show_default=True, help="Share of the shorter body inside the longer one.")
@json_option
@click.option("--errors", "show_errors", is_flag=True, help="List missed and false pairs on stderr.")
@cli_errors
def dedup_cmd(folder: Path, threshold: float, containment: float, as_json: bool,
              show_errors: bool) -> None:
    """Score duplicate detection on DIR: articles/ (files) or articles.jsonl, plus pairs.json.

    pairs.json is {"pairs": [[NAME, NAME], ...]}: gold duplicate pairs, NAME being a file's path
    relative to articles/ or a JSONL line's id; copies of one article are closed transitively.
    Articles are read by the reader only (no spaCy). Prints precision, recall, f1 over pairs and
    n (gold pairs). Build such a folder from ../shared with benchmarks/dedup_corpus.py.
    """
    inputs, gold = load_gold(folder)
    options = DedupOptions(threshold=threshold, containment=containment,
                           candidate_threshold=min(DedupOptions.candidate_threshold, threshold))
    names, predicted, failed = predict(inputs, options)
    known = set(names)
    gold = {p for p in gold if p <= known}
    result = score(gold, predicted)
    result["articles"], result["unreadable"] = len(names), failed
    if show_errors:
        for pair in sorted(gold - predicted, key=sorted):
            click.echo("missed: " + " ~ ".join(sorted(pair)), err=True)
        for pair in sorted(predicted - gold, key=sorted):
            click.echo("false:  " + " ~ ".join(sorted(pair)), err=True)
    emit(result, as_json)


__all__ = ["closure", "dedup_cmd", "load_gold", "merge_cmd", "predict", "score"]


@eval_group.command("merge")
@click.argument("folder", metavar="DIR", type=click.Path(exists=True, file_okay=False, path_type=Path))
@json_option
@cli_errors
def merge_cmd(folder: Path, as_json: bool) -> None:
    """Score event merging on DIR: articles.jsonl (id, text, published, source, url) + gold.json.

    gold.json is {"events": [{"id", "type", "mentions": [{"article": ID, "text": PHRASE}]}]}: an
    extracted event of the gold type whose evidence overlaps PHRASE is that event's report.
    Prints pairwise precision, recall, f1 of merged reports, n (gold pairs) and coverage (gold
    mentions that extraction found). Runs the full pipeline (spaCy).
    """
    from dateline.cli.options import load_pipeline
    from dateline.corpus.evaluate import GoldError, load_gold, score
    from dateline.ingest import ingest

    try:
        gold = load_gold(folder / "gold.json")
    except GoldError as err:
        raise CliError(str(folder / "gold.json"), str(err).split(": ", 1)[-1]) from err
    articles = folder / "articles.jsonl"
    if not articles.is_file():
        raise CliError(str(folder), "no articles.jsonl")
    with tempfile.TemporaryDirectory(prefix="dateline-merge-") as tmp, Store(Path(tmp) / "m.db") as store:
        ingest([articles], store, load_pipeline())
        update(store)
        result = score(store, gold)
    emit(result, as_json)
