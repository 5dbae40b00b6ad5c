"""``dateline eval quotes DIR``: attribution scored on PolNeAR-format folders (brat standoff).

The folder holds ``text/<name>.txt`` and ``attributions/<name>.ann`` or, where several annotators
worked on an article, ``attributions/<name>_<annotator>.ann``. PolNeAR's README says most articles
have one annotator and the agreement articles several, and its software picks one annotator's file
per article (at random); here the choice is deterministic: the first annotator listed for the
article in ``metadata.tsv`` (searched in DIR and its parents), else the alphabetically first file,
or the one named with ``--annotator``.

A gold attribution is an ``E`` line linking Content, Cue and Source text-bound spans; discontinuous
spans (``0 5;9 14``) count as their extent (first start, last end). Metrics:

- ``content_exact``: predicted content extent equals a gold one;
- ``content_overlap``: one-to-one matching of contents that share at least one character, greedy
  by overlap size;
- ``source`` and ``cue``: on the overlap-matched pairs, the predicted span overlaps the gold one
  (precision over pairs where we predicted one, recall over pairs where gold has one);
  ``source_exact``/``cue_exact`` require equal extents;
- ``content_exact_quoted``: exact contents restricted to quoted ones: gold contents that open with a
  quotation mark, and predictions that open with one or overlap such a gold content (a prediction
  that starts a word before the mark is a wrong quoted content, not one outside the pool) unless
  they are exactly the content of an attribution not in quotation marks (the reported speech a
  quote is nested in).

``--agreement`` gives the ceiling these figures have: on the articles several annotators read, the
same metrics for each annotator scored against each other one (``annotators``), beside dateline
(or the baseline) scored against each annotator (``--every``/``--offset`` take every k-th of those
articles; ``--predictions`` and ``--annotator`` do not apply and are refused).
"""

from __future__ import annotations

import csv
import itertools
import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click

from dateline.cli.eval import emit, eval_group, json_option

LOG = logging.getLogger(__name__)
Span = tuple[int, int]
QUOTE_OPENERS = ("“", '"', "‘", "'", "«", "`")
T = TypeVar("T")


@dataclass(frozen=True)
class Attribution:
    """One attribution as extents into the text file; source and cue may be unknown."""

    content: Span
    source: Span | None = None
    cue: Span | None = None


# ---------------------------------------------------------------- reading brat standoff

def parse_ann(text: str) -> list[Attribution]:
    """Attributions of one brat ``.ann`` file (T lines with Content/Cue/Source, E lines)."""
    spans: dict[str, Span] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0]:
            continue
        if parts[0][0] == "T":
            label_offsets = parts[1].split(" ", 1)
            if len(label_offsets) != 2:
                continue
            frags = [f.split() for f in label_offsets[1].split(";")]
            try:
                pairs = [(int(a), int(b)) for a, b in frags]
            except ValueError:
                continue
            spans[parts[0]] = (min(a for a, _ in pairs), max(b for _, b in pairs))
        elif parts[0][0] == "E":
            args = dict(a.split(":", 1) for a in parts[1].split() if ":" in a)
            events.append({role: ref for role, ref in args.items()})
    out = []
    for ev in events:
        content = spans.get(ev.get("Content", ""))
        if content is None:
            continue
        out.append(Attribution(content, spans.get(ev.get("Source", "")), spans.get(ev.get("Cue", ""))))
    return out


def _metadata_annotators(folder: Path) -> dict[str, list[str]]:
    for base in (folder, *folder.parents[:2]):
        path = base / "metadata.tsv"
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                rows = csv.DictReader(fh, delimiter="\t")
                return {r["filename"]: (r.get("annotators") or "").split("|") for r in rows
                        if r.get("filename")}
    return {}


def choose_annotation(name: str, files: list[Path], order: list[str],
                      annotator: str | None = None) -> Path:
    """One annotation file per article: ``annotator``'s, else metadata order, else sorted."""
    by_id = {f.stem[len(name) + 1:]: f for f in files if f.stem != name}
    if annotator and annotator in by_id:
        return by_id[annotator]
    for ann_id in order:
        if ann_id in by_id:
            return by_id[ann_id]
    plain = [f for f in files if f.stem == name]
    return plain[0] if plain else sorted(files)[0]


def _articles(folder: Path) -> Iterator[tuple[str, Path, list[Path]]]:
    """``(name, text file, its annotation files)`` for each article of a PolNeAR-format folder."""
    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise click.UsageError(f"{folder}: expected text/*.txt and attributions/*.ann inside")
    anns = sorted(ann_dir.glob("*.ann"))
    for txt in sorted(text_dir.glob("*.txt")):
        name = txt.stem
        files = [a for a in anns if a.stem == name or a.stem.startswith(name + "_")
                 and "_" not in a.stem[len(name) + 1:]]
        if not files:
            LOG.warning("%s: no annotation file, article skipped", txt)
            continue
        yield name, txt, files


def read_folder(folder: Path, annotator: str | None = None) -> Iterator[tuple[str, str, list[Attribution]]]:
    """``(name, text, gold attributions)`` for each article of a PolNeAR-format folder."""
    order = _metadata_annotators(folder)
    for name, txt, files in _articles(folder):
        ann = choose_annotation(name, files, order.get(name, []), annotator)
        yield name, txt.read_text(encoding="utf-8"), parse_ann(ann.read_text(encoding="utf-8"))


def read_annotators(folder: Path) -> Iterator[tuple[str, str, dict[str, list[Attribution]]]]:
    """``(name, text, {annotator: attributions})`` for each article that several annotated."""
    for name, txt, files in _articles(folder):
        by = {f.stem[len(name) + 1:]: parse_ann(f.read_text(encoding="utf-8"))
              for f in files if f.stem != name}
        if len(by) >= 2:
            yield name, txt.read_text(encoding="utf-8"), by


# ---------------------------------------------------------------- scoring

def _prf(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> dict[str, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _overlap(a: Span | None, b: Span | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_overlap(pred: list[Attribution], gold: list[Attribution]) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs of overlapping contents, largest overlap first."""
    cands = sorted(((_overlap(p.content, g.content), i, j) for i, p in enumerate(pred)
                    for j, g in enumerate(gold) if _overlap(p.content, g.content) > 0), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


class Tally:
    """Counts over many documents; ``result()`` gives the JSON of the command."""

    def __init__(self) -> None:
        self.c: dict[str, int] = {}
        self.n = 0

    def add(self, key: str, value: int) -> None:
        self.c[key] = self.c.get(key, 0) + value

    def update(self, text: str, pred: list[Attribution], gold: list[Attribution]) -> None:
        self.n += 1
        self.add("pred", len(pred))
        self.add("gold", len(gold))
        gold_exact = [g.content for g in gold]
        for p in pred:
            if p.content in gold_exact:
                gold_exact.remove(p.content)
                self.add("exact", 1)
                if _quoted(text, p.content):
                    self.add("exact_q", 1)
        gold_q = [g.content for g in gold if _quoted(text, g.content)]
        other = {g.content for g in gold} - set(gold_q)  # the exact content of another attribution
        self.add("pred_q", sum(_quoted(text, p.content) or (
            p.content not in other and any(_overlap(p.content, g) for g in gold_q)) for p in pred))
        self.add("gold_q", len(gold_q))
        pairs = match_overlap(pred, gold)
        self.add("overlap", len(pairs))
        for i, j in pairs:
            p, g = pred[i], gold[j]
            for role in ("source", "cue"):
                ps, gs = getattr(p, role), getattr(g, role)
                self.add(f"{role}_pred", ps is not None)
                self.add(f"{role}_gold", gs is not None)
                self.add(f"{role}_tp", _overlap(ps, gs) > 0)
                self.add(f"{role}_exact", ps is not None and ps == gs)

    def result(self) -> dict[str, Any]:
        c = self.c.get
        out: dict[str, Any] = {
            "content_exact": _prf(c("exact", 0), c("pred", 0), c("exact", 0), c("gold", 0)),
            "content_overlap": _prf(c("overlap", 0), c("pred", 0), c("overlap", 0), c("gold", 0)),
            "content_exact_quoted": _prf(c("exact_q", 0), c("pred_q", 0), c("exact_q", 0),
                                         c("gold_q", 0)),
            "n": self.n, "n_gold": c("gold", 0), "n_pred": c("pred", 0),
        }
        for role in ("source", "cue"):
            out[role] = _prf(c(f"{role}_tp", 0), c(f"{role}_pred", 0), c(f"{role}_tp", 0),
                             c(f"{role}_gold", 0))
            out[f"{role}_exact"] = _prf(c(f"{role}_exact", 0), c(f"{role}_pred", 0),
                                        c(f"{role}_exact", 0), c(f"{role}_gold", 0))
        return out


def _quoted(text: str, span: Span) -> bool:
    return text[span[0]: span[0] + 1] in QUOTE_OPENERS


# ---------------------------------------------------------------- predictions

def predict_dateline(texts: Iterable[str], batch_size: int = 8) -> Iterator[list[Attribution]]:
    """dateline's attributions over raw texts (offsets into each text), grouped as PolNeAR
    groups them: the parts of a quote that share one cue are one attribution."""
    from dateline.nlp import load
    from dateline.quotes.extract import find_attributions

    nlp = load(components=())
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield group_found(find_attributions(doc), doc.text)


def group_found(found: Iterable[Any], text: str) -> list[Attribution]:
    """``Found`` items -> PolNeAR-style attributions: the parts of one paragraph that share a cue
    are one attribution whose content is the extent of the parts, and so is a quote the next
    paragraph goes on with (flag ``joined``: '“A,” X said.⏎⏎“B.”')."""
    from dateline.quotes.marks import paragraphs

    starts = [a for a, _ in paragraphs(text)]
    groups: list[list[Any]] = []
    open_group: dict[int, list[Any]] = {}
    for f in sorted(found, key=lambda f: f.outer):
        group = open_group.get(f.cue_token) if f.cue_token is not None else None
        if group is not None and ("joined" in f.flags or
                                  not any(group[-1].outer[1] <= a <= f.outer[0] for a in starts)):
            group.append(f)
            continue
        group = [f]
        groups.append(group)
        if f.cue_token is not None:
            open_group[f.cue_token] = group
    groups = _wrapped(groups)
    extents = [(min(f.outer[0] for f in g), max(f.outer[1] for f in g)) for g in groups]
    cues = [g[0].cue for g in groups]
    closing = [c is not None and text[c[0]:c[1]].lower() == "according to" and e[1] <= c[0]
               for c, e in zip(cues, extents, strict=True)]
    out = []
    for i, (parts, (start, end)) in enumerate(zip(groups, extents, strict=True)):
        cue = cues[i]
        if cue is not None and any(
                a < cue[0] and cue[1] <= b and (a, b) != (start, end) and not (
                    closing[i] and (c := cues[j]) is not None and start <= c[0] < end)
                for j, (a, b) in enumerate(extents)):
            continue  # nested inside another attribution's content: PolNeAR is univocal
        # (but '“S said that X, according to Y': the closing 'according to' frames the sentence,
        # though the parse runs S's clause on over it)
        out.append(Attribution((start, end), parts[0].source, _with_colon(cue, text)))
    return sorted(out, key=lambda a: a.content)


def _with_colon(cue: Span | None, text: str) -> Span | None:
    """A cue with the colon right after it ('said:', 'told AFP:'): PolNeAR's cues take the mark
    that introduces the content (442 of the 466 colons after a cue in train), the record's not."""
    if cue is not None and text[cue[1]:cue[1] + 1] == ":":
        return (cue[0], cue[1] + 1)
    return cue


def _wrapped(groups: list[list[Any]]) -> list[list[Any]]:
    """'“A,” X said, according to Y. “B.”': reported speech whose content is a quote with its
    frame wraps the whole of that quote's attribution (PolNeAR: one attribution, source Y), so
    the parts join it, in front of its own content."""
    out = [list(g) for g in groups]
    for wrapper in out:
        if len(wrapper) != 1 or wrapper[0].kind != "indirect" or wrapper[0].cue is None:
            continue
        w = wrapper[0]
        for g in out:
            first = g[0] if g else None
            if first is None or g is wrapper or first.kind == "indirect" or first.cue is None:
                continue
            if w.content[0] == first.outer[0] and first.outer[1] <= first.cue[0] and \
                    first.cue[1] <= w.content[1] <= g[-1].outer[0] and \
                    not any(f.outer[0] <= w.cue[0] < f.outer[1] for f in g):
                wrapper.extend(g)
                g.clear()
    return [g for g in out if g]


def predict_marks(texts: Iterable[str]) -> Iterator[list[Attribution]]:
    """Baseline: every paired quotation-mark span is a content; no source, no cue."""
    from dateline.quotes.marks import quoted_spans

    for text in texts:
        yield [Attribution((q.outer_start, q.outer_end)) for q in quoted_spans(text)
               if q.double and not q.flags]


def predict_textacy(texts: Iterable[str]) -> Iterator[list[Attribution]]:
    """Baseline: textacy's ``direct_quotations`` (speaker, cue, content spans), if installed."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as err:  # pragma: no cover - optional
        raise click.UsageError("textacy is not installed; use --baseline marks") from err
    from dateline.nlp import load

    nlp = load(components=())
    for doc in nlp.pipe(texts):
        out = []
        try:
            triples = list(direct_quotations(doc))
        except Exception as err:  # textacy fails on some inputs; count as nothing found
            LOG.warning("textacy failed on a document: %s", err)
            triples = []
        for t in triples:
            def ext(toks: Any) -> Span | None:
                toks = list(toks)
                return (toks[0].idx, toks[-1].idx + len(toks[-1].text)) if toks else None
            content = ext(t.content)
            if content is not None:  # PolNeAR counts the quotation marks in the content
                a, b = content
                if a > 0 and doc.text[a - 1] in QUOTE_OPENERS + ("”",):
                    a -= 1
                if b < len(doc.text) and doc.text[b] in "”\"’'»":
                    b += 1
                content = (a, b)
                out.append(Attribution(content, ext(t.speaker), ext(t.cue)))
        yield out


Predictor = Callable[[Iterable[str]], Iterator[list[Attribution]]]
#: what ``--baseline`` names (None: dateline itself)
PREDICTORS: dict[str | None, Predictor] = {None: predict_dateline, "marks": predict_marks,
                                           "textacy": predict_textacy}


def _predictor(baseline: str | None) -> Predictor:
    """The predictor ``--baseline`` names (None: dateline)."""
    if baseline not in PREDICTORS:
        raise click.UsageError(f"--baseline {baseline}: one of "
                               f"{', '.join(b for b in PREDICTORS if b)}, or none for dateline")
    return PREDICTORS[baseline]


def _every(items: list[T], every: int, offset: int) -> list[T]:
    """Every k-th item from ``offset`` (``--every``/``--offset``)."""
    if every < 1 or offset < 0:
        raise click.UsageError(f"--every {every} --offset {offset}: every >= 1 and offset >= 0")
    return items[offset::every]


def evaluate(folder: Path, *, baseline: str | None = None, annotator: str | None = None,
             predictions: Path | None = None, every: int = 1, offset: int = 0) -> dict[str, Any]:
    """Score dateline (or a baseline) on a PolNeAR-format folder; ``every``/``offset`` score
    every k-th article only (in name order), to tune on part of a large split."""
    items = _every(list(read_folder(folder, annotator)), every, offset)
    texts = [t for _, t, _ in items]
    predictor = _predictor(baseline)
    tally = Tally()
    started = time.perf_counter()
    out = predictions.open("w", encoding="utf-8") if predictions else None
    try:
        for (name, text, gold), pred in zip(items, predictor(texts), strict=True):
            tally.update(text, pred, gold)
            if out is not None:
                out.write(json.dumps({"doc": name, "attributions": [
                    {"content": list(p.content), "source": list(p.source) if p.source else None,
                     "cue": list(p.cue) if p.cue else None} for p in pred]}) + "\n")
    finally:
        if out is not None:
            out.close()
    result = tally.result()
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result


def agreement(folder: Path, *, baseline: str | None = None, every: int = 1,
              offset: int = 0) -> dict[str, Any]:
    """The ceiling the gold sets: on the articles several annotators read (every k-th of them
    from ``offset``), each annotator scored against each other one (``annotators``), and
    dateline (or a baseline) against each of them."""
    items = _every(list(read_annotators(folder)), every, offset)
    predictor = _predictor(baseline)
    people, system = Tally(), Tally()
    for (_, text, by), pred in zip(items, predictor([t for _, t, _ in items]), strict=True):
        for a, b in itertools.permutations(by, 2):
            people.update(text, by[a], by[b])
        for gold in by.values():
            system.update(text, pred, gold)
    return {"articles": len(items), "annotators": people.result(),
            baseline or "dateline": system.result()}


@eval_group.command("quotes")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@json_option
@click.option("--predictions", type=click.Path(dir_okay=False, path_type=Path),
              help="Write predictions as JSON Lines {doc, attributions: [{content, source, cue}]}.")
@click.option("--baseline", type=click.Choice(["marks", "textacy"]),
              help="Score a baseline instead of dateline.")
@click.option("--annotator", help="Prefer this annotator's file where an article has several.")
@click.option("--every", type=int, default=1, show_default=True,
              help="Score every k-th article only (with --offset), e.g. a tuning subset.")
@click.option("--offset", type=int, default=0, show_default=True,
              help="Index of the first article scored with --every.")
@click.option("--agreement", "ceiling", is_flag=True,
              help="On the articles several annotators read: annotator against annotator, and "
                   "dateline (or --baseline) against each annotator (with --every/--offset: "
                   "every k-th of those articles).")
def quotes_command(folder: Path, as_json: bool, predictions: Path | None, baseline: str | None,
                   annotator: str | None, every: int, offset: int, ceiling: bool) -> None:
    """Attribution (content, source, cue spans) on a PolNeAR-format FOLDER (text/, attributions/)."""
    if ceiling:
        for option, value in (("--predictions", predictions), ("--annotator", annotator)):
            if value is not None:
                raise click.UsageError(f"{option} does not go with --agreement, which scores every "
                                       f"annotator's file and writes no predictions; drop {option} "
                                       "or --agreement")
        emit(agreement(folder, baseline=baseline, every=every, offset=offset), as_json)
        return
    emit(evaluate(folder, baseline=baseline, annotator=annotator, predictions=predictions,
                  every=every, offset=offset), as_json)


__all__ = ["Attribution", "Tally", "agreement", "evaluate", "group_found", "match_overlap", "parse_ann",
           "read_annotators", "read_folder"]
