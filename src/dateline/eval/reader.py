"""``dateline eval reader DIR``: main-text extraction scored like the article-extraction benchmark.

The folder holds ``html/<id>.html.gz`` pages and ``ground-truth.json`` (``{id: {articleBody, url}}``).
Metric: word tokens (``\\w+``, case kept) -> 4-gram shingle multisets; precision and recall per page,
then averaged; a page with an empty prediction leaves the precision average and scores recall 0;
F1 is the harmonic mean of the two averages. The scorer is pure functions over strings.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import click

from dateline.cli.eval import emit, eval_group, json_option

LOG = logging.getLogger(__name__)
TOKEN_RE = re.compile(r"\w+")
NGRAM = 4


def shingles(text: str, n: int = NGRAM) -> Counter[tuple[str, ...]]:
    """The multiset of word n-grams of ``text``; a text shorter than ``n`` words is one shingle."""
    tokens = TOKEN_RE.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class PageScore:
    """One page: precision is None when the prediction is empty; recall None when the gold is."""

    precision: float | None
    recall: float | None


def score_page(gold: str, predicted: str) -> PageScore:
    """Shingle-multiset precision and recall of one prediction against its gold text."""
    g, p = shingles(gold), shingles(predicted)
    tp = sum((g & p).values())
    precision = tp / sum(p.values()) if p else None
    recall = (tp / sum(g.values()) if p else 0.0) if g else None
    return PageScore(precision, recall)


def aggregate(scores: Iterable[PageScore]) -> dict[str, float | int]:
    """Mean precision over non-empty predictions, mean recall over non-empty golds, F1 of the means."""
    scores = list(scores)
    ps = [s.precision for s in scores if s.precision is not None]
    rs = [s.recall for s in scores if s.recall is not None]
    precision = sum(ps) / len(ps) if ps else 0.0
    recall = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "n": len(scores)}


def evaluate(gold: Mapping[str, str], predicted: Mapping[str, str]) -> dict[str, float | int]:
    """Score every gold page; a page missing from ``predicted`` counts as an empty prediction."""
    return aggregate(score_page(text, predicted.get(key, "")) for key, text in gold.items())


def load_gold(folder: Path) -> dict[str, dict[str, str]]:
    """``ground-truth.json`` of a benchmark folder: ``{id: {"articleBody", "url"}}``."""
    path = folder / "ground-truth.json"
    if not path.is_file():
        raise click.ClickException(f"{path}: missing; DIR must hold ground-truth.json and html/")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: {"articleBody": v.get("articleBody") or "", "url": v.get("url") or ""}
            for key, v in data.items()}


def iter_pages(folder: Path, ids: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """``(id, html)`` per gold id; html is None when its page is absent or unreadable."""
    from dateline.sources import InputError, decode

    for key in ids:
        for name in (f"{key}.html.gz", f"{key}.html"):
            path = folder / "html" / name
            if path.is_file():
                try:
                    yield key, decode(path.read_bytes(), str(path))
                except InputError:
                    yield key, None
                break
        else:
            yield key, None


def reader_extractor() -> Callable[[str, str], str]:
    """dateline's reader: trafilatura plus the furniture filter and fallbacks; dateline kept."""
    from dateline.reader import read_html
    from dateline.sources import InputError

    def extract(html: str, url: str) -> str:
        try:
            article = read_html(html, url=url or None)
        except InputError:
            return ""
        # The benchmark's article body keeps the dateline ("WASHINGTON (AP) —") the reader cuts.
        if article.dateline is not None and article.dateline.text:
            return f"{article.dateline.text} {article.body}"
        return article.body

    return extract


def trafilatura_extractor() -> Callable[[str, str], str]:
    """trafilatura alone, with the reader's own settings but no furniture filter or fallback."""
    from dateline.reader.html import trafilatura_body

    def extract(html: str, url: str) -> str:
        return trafilatura_body(html, url=url or None)

    return extract


EXTRACTORS: dict[str, Callable[[], Callable[[str, str], str]]] = {
    "dateline": reader_extractor, "trafilatura": trafilatura_extractor,
}


def run(folder: Path, extractor: str = "dateline") -> tuple[dict[str, float | int], dict[str, str]]:
    """Extract every page of ``folder`` and score it; returns (scores, predictions)."""
    gold = load_gold(folder)
    extract = EXTRACTORS[extractor]()
    predicted: dict[str, str] = {}
    wall = cpu = 0.0
    for key, html in iter_pages(folder, gold):
        started, started_cpu = time.perf_counter(), time.process_time()
        predicted[key] = extract(html, gold[key]["url"]) if html else ""
        wall += time.perf_counter() - started
        cpu += time.process_time() - started_cpu
    scores = evaluate({k: v["articleBody"] for k, v in gold.items()}, predicted)
    LOG.info("%s: %d pages, extraction %.1f pages/s (wall), %.1f pages/s (CPU of one core)",
             extractor, len(gold), len(gold) / max(wall, 1e-9), len(gold) / max(cpu, 1e-9))
    return scores, predicted


@eval_group.command("reader")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@json_option
@click.option("--predictions", type=click.Path(dir_okay=False, path_type=Path),
              help="Write {id: {\"articleBody\": str}} to this file.")
@click.option("--baseline", type=click.Choice(["trafilatura"]), default=None,
              help="Score trafilatura alone (same settings, no furniture filter) instead.")
def eval_reader(folder: Path, as_json: bool, predictions: Path | None, baseline: str | None) -> None:
    """Main-text extraction on an article-extraction folder (html/<id>.html.gz + ground-truth.json)."""
    scores, predicted = run(folder, baseline or "dateline")
    if predictions is not None:
        predictions.write_text(
            json.dumps({k: {"articleBody": v} for k, v in predicted.items()}, ensure_ascii=False,
                       indent=1),
            encoding="utf-8",
        )
    emit(dict(scores), as_json)
