"""``dateline eval places FILE``: toponym resolution scored as acc@161 km.

Reads LGL-style XML (``<article docid><text>`` + ``<toponyms><toponym><start><end><phrase>
<gaztag geonameid><lat><lon>``: LGL, TR-News) and GeoVirus XML (``<article><source><text>
<locations><location><name><start><end><lat><lon>``), detecting the format per article.
The article's ``<url>``/``<link>``, ``<domain>`` or GeoVirus ``<source>`` (a URL), when given, is
the publisher whose place priors the resolver weighs (``dateline.places.publisher``).
Gold offsets that do not frame their phrase (TR-News has some shifted, GeoVirus counts from 1)
are repaired to the nearest occurrence of the phrase.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import click

from dateline import gazetteer
from dateline.cli.eval import emit, eval_group, json_option
from dateline.model import Place
from dateline.places.publisher import publisher as find_publisher
from dateline.places.resolve import distance_km, resolve_spans

ACC_KM = 161.0
_REPAIR_WINDOW = 60


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class GoldArticle:
    doc: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    url: str | None = None  # <url>, <link>, else <domain>, else a URL in <source>
    source: str | None = None  # the outlet's name or host, if the file gives one


def read_gold(path: Path) -> Iterator[GoldArticle]:
    """Articles of an LGL-style or GeoVirus XML file, streamed."""
    try:
        n = 0
        for _, elem in ET.iterparse(path, events=("end",)):
            if elem.tag != "article":
                continue
            n += 1
            yield _article(elem, n, path)
            elem.clear()
    except ET.ParseError as err:
        raise click.ClickException(f"{path}: not well-formed XML ({err}); expected LGL-style or "
                                   "GeoVirus <articles>") from err


def _article(elem: ET.Element, n: int, path: Path) -> GoldArticle:
    text = elem.findtext("text")
    if text is None:
        raise click.ClickException(f"{path}: article {n} has no <text>")
    doc = elem.get("docid") or str(n)
    toponyms = []
    for t in list(elem.iter("toponym")) + list(elem.iter("location")):
        phrase = t.findtext("phrase") or t.findtext("name") or ""
        try:
            start, end = int(t.findtext("start") or ""), int(t.findtext("end") or "")
        except ValueError as err:
            raise click.ClickException(f"{path}: article {doc}: toponym {phrase!r} lacks integer "
                                       "<start>/<end>") from err
        lat, lon = t.findtext(".//lat"), t.findtext(".//lon")
        start, end = _repair(text, start, end, phrase)
        toponyms.append(GoldToponym(start, end, phrase, _float(lat), _float(lon)))
    url = _child(elem, "url") or _child(elem, "link")
    domain = _child(elem, "domain")
    source = _child(elem, "source")
    if source and "://" in source:
        url, source = url or source, None
    return GoldArticle(doc, text, tuple(toponyms), url or domain, source or domain)


def _child(elem: ET.Element, tag: str) -> str | None:
    value = (elem.findtext(tag) or "").strip()
    return value or None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _repair(text: str, start: int, end: int, phrase: str) -> tuple[int, int]:
    """Offsets that frame ``phrase``: as given, else its nearest occurrence around ``start``."""
    if not phrase or text[start:end] == phrase:
        return start, end
    for delta in sorted(range(-_REPAIR_WINDOW, _REPAIR_WINDOW + 1), key=lambda d: (abs(d), d)):
        s = start + delta
        if s >= 0 and text[s:s + len(phrase)] == phrase:
            return s, s + len(phrase)
    return start, end


def _correct(place: Place | None, gold: GoldToponym) -> tuple[bool, float | None]:
    if place is None or place.lat is None or place.lon is None:
        return False, None
    assert gold.lat is not None and gold.lon is not None
    km = distance_km(place.lat, place.lon, gold.lat, gold.lon)
    return km <= ACC_KM, km


def score_gold_spans(articles: Iterable[GoldArticle], predictions: Any = None, *,
                     fallback: bool = True, publisher: bool = True) -> dict[str, Any]:
    """Resolve the gold toponym spans of each article together; acc@161 over gold with coordinates.
    ``fallback``: toponyms the gazetteer lacks take the nearest resolved town (confidence 0.05).
    ``publisher``: weigh the place priors of the article's URL or domain, where it has one."""
    gaz = gazetteer.load()
    hits = n = 0
    errors: list[float] = []
    for art in articles:
        spans = [(t.start, t.end) for t in art.toponyms]
        pub = find_publisher(gaz, art.url, art.source) if publisher else None
        places = resolve_spans(art.text, spans, gaz, fallback=fallback, publisher=pub)
        _write(predictions, art.doc, places)
        for gold, place in zip(art.toponyms, places, strict=True):
            if gold.lat is None or gold.lon is None:
                continue
            n += 1
            ok, km = _correct(place, gold)
            hits += ok
            if km is not None:
                errors.append(km)
    return {"acc161": _ratio(hits, n), "mean_error_km": _mean(errors), "n": n}


def score_end_to_end(articles: Iterable[GoldArticle], predictions: Any = None, *,
                     demonyms: bool = False, fallback: bool = True,
                     publisher: bool = True) -> dict[str, Any]:
    """Detect and resolve with the pipeline; span P/R/F1 (exact offsets), acc@161 on matched spans.
    ``demonyms``: count "Israeli" as a place too (LGL and TR-News annotate demonyms).
    ``publisher``: each Doc carries the article's URL and domain, as the reader's would."""
    from dateline.model import CleanArticle
    from dateline.nlp import load
    from dateline.nlp.records import prepare

    config = {"dateline_places": {"demonyms": demonyms, "fallback": fallback}}
    nlp = load(components=["dateline_places"], config=config)
    if "dateline_places" not in nlp.pipe_names:
        from dateline.places import component  # noqa: F401  (registers the factory)

        nlp.add_pipe("dateline_places", config=config["dateline_places"])
    disable = [p for p in ("parser", "lemmatizer", "dateline_paragraphs") if p in nlp.pipe_names]
    tp = n_pred = n_gold = hits = n_matched = 0
    errors: list[float] = []
    with nlp.select_pipes(disable=disable):
        stream = ((prepare(nlp.make_doc, CleanArticle(
            a.text, ((0, len(a.text)),), url=a.url if publisher else None,
            source=a.source if publisher else None)), a) for a in articles)
        for doc, art in nlp.pipe(stream, as_tuples=True, batch_size=16):
            places = list(doc._.places or ())
            _write(predictions, art.doc, places)
            by_span = {(p.start, p.end): p for p in places}
            n_pred += len(by_span)
            gold_spans = {(t.start, t.end) for t in art.toponyms}
            n_gold += len(gold_spans)
            tp += len(gold_spans & by_span.keys())
            for gold in art.toponyms:
                if gold.lat is None or (gold.start, gold.end) not in by_span:
                    continue
                n_matched += 1
                ok, km = _correct(by_span[(gold.start, gold.end)], gold)
                hits += ok
                if km is not None:
                    errors.append(km)
    p, r = _ratio(tp, n_pred), _ratio(tp, n_gold)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"acc161": _ratio(hits, n_matched), "mean_error_km": _mean(errors), "n": n_matched,
            "span": {"precision": p, "recall": r, "f1": round(f1, 4)}}


def _write(out: Any, doc: str, places: list[Place]) -> None:
    if out is None:
        return
    rows = [{"start": p.start, "end": p.end, "lat": p.lat, "lon": p.lon} for p in places]
    out.write(json.dumps({"doc": doc, "places": rows}) + "\n")


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def _split(articles: Iterable[GoldArticle], split: str) -> Iterator[GoldArticle]:
    for i, art in enumerate(articles):
        if split == "all" or (split == "dev") == (i % 2 == 0):
            yield art


@eval_group.command("places")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--gold-spans", is_flag=True, help="Resolve the gold toponym spans (no detection).")
@click.option("--predictions", type=click.File("w", encoding="utf-8"),
              help="Write JSON Lines {doc, places: [{start, end, lat, lon}]}.")
@click.option("--split", type=click.Choice(["all", "dev", "test"]), default="all", show_default=True,
              help="dev: even-numbered articles, test: odd-numbered (for development discipline).")
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@click.option("--fallback/--no-fallback", default=True, show_default=True,
              help="Toponyms the gazetteer lacks take the nearest resolved town's point "
                   "(confidence 0.05) instead of staying unresolved.")
@click.option("--demonyms", is_flag=True,
              help="End to end: demonyms ('Israeli') are places too, as LGL and TR-News annotate.")
@click.option("--publisher/--no-publisher", default=True, show_default=True,
              help="Weigh the place priors of each article's URL or domain, where it has one.")
@json_option
def eval_places(file: Path, gold_spans: bool, predictions: Any, split: str, limit: int | None,
                fallback: bool, demonyms: bool, publisher: bool, as_json: bool) -> None:
    """Score toponym resolution on an LGL-style or GeoVirus XML FILE (acc@161 km)."""
    articles: Iterable[GoldArticle] = _split(read_gold(file), split)
    if limit is not None:
        articles = islice(articles, limit)
    if gold_spans:
        emit(score_gold_spans(articles, predictions, fallback=fallback, publisher=publisher),
             as_json)
    else:
        emit(score_end_to_end(articles, predictions, demonyms=demonyms, fallback=fallback,
                              publisher=publisher), as_json)


__all__ = ["GoldArticle", "GoldToponym", "read_gold", "score_end_to_end", "score_gold_spans"]
