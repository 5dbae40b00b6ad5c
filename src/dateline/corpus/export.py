"""``dateline export KIND``: articles, events (per report or merged), quotes and actors as JSON
Lines, CSV or Parquet, and events as PLOVER/POLECAT-style JSON.

Columns (CSV and Parquet; JSON Lines carries the same keys, articles the whole public record):

- articles: ``ARTICLE_COLUMNS`` (every article keeps ``url`` and ``duplicate_of``: the canonical
  article's id, or null when it is canonical or ``corpus update`` has not seen it);
- events: ``EVENT_COLUMNS`` (one row per report; ``cluster_id`` names its merged event;
  ``evidence`` is the public record's ``[start, end]`` of the evidence sentence in the article's
  body (CSV: ``start; end``) and ``evidence_text`` that sentence: before this round ``evidence``
  was the text);
- events --merged: ``MERGED_COLUMNS`` (one row per cluster; ``evidence`` lists every report);
- quotes: ``QUOTE_COLUMNS``; actors: ``ACTOR_COLUMNS``; places: ``PLACE_COLUMNS`` (one row per
  gazetteer entry, as ``dateline places`` lists them);
- geojson (places, events): a FeatureCollection of Points (``corpus.geojson``);
- plover: ``PLOVER_FIELDS``: the fields of the PLOVER gold standard records (``event``, ``mode``,
  ``context``, ``source``/``target`` as ``[{actorText, code, sector}]``, ``eventText``, ``eventLoc``,
  ``date``, ``text``, ``textInfo``, ``language``, ``publication``, ``coder``, ``version``,
  ``dateCoded``) plus POLECAT's flat names (``event_id``, ``event_type``, ``event_mode``,
  ``event_date``, ``story_date``, ``source_actor``..., ``geolocation``, ``latitude``, ``longitude``).
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from dateline import __version__
from dateline.corpus import geojson
from dateline.store import Store
from dateline.store import corpus_read as read

Row = dict[str, Any]
FORMATS = ("jsonl", "csv", "parquet", "plover", "geojson")
KINDS = ("articles", "events", "quotes", "actors", "places")

ARTICLE_COLUMNS = ("id", "url", "duplicate_of", "story_id", "source", "title", "author", "language",
                   "published", "published_evidence", "dateline_place", "dateline_agency",
                   "n_paragraphs", "n_actors", "n_quotes", "n_events", "body")
EVENT_COLUMNS = ("id", "cluster_id", "article_id", "duplicate_of", "type", "mode", "status", "date",
                 "date_anchor", "date_start", "date_end", "place", "trigger", "confidence",
                 "sources", "targets", "source_names", "target_names", "evidence", "published",
                 "source", "url", "title", "evidence_text")
MERGED_COLUMNS = ("cluster_id", "type", "mode", "status", "date", "date_anchor", "date_start",
                  "date_end", "place", "sources", "targets", "source_names", "target_names",
                  "n_reports", "n_articles", "n_sources", "outlets", "first_report", "confidence",
                  "trigger", "evidence", "event_ids")
QUOTE_COLUMNS = ("quote_id", "article_id", "duplicate_of", "seq", "date", "kind", "speakers",
                 "speaker_names", "speaker_text", "cue", "medium", "setting", "text", "published",
                 "source", "title", "url")
ACTOR_COLUMNS = ("id", "name", "type", "country", "sector", "roles", "articles", "mentions",
                 "quotes", "events")
PLACE_COLUMNS = ("name", "country", "geonames_id", "feature", "lat", "lon", "articles", "mentions",
                 "confidence", "texts", "names")
PLOVER_FIELDS = ("id", "date", "event", "mode", "context", "source", "target", "eventText",
                 "eventLoc", "text", "textInfo", "language", "publication", "coder", "version",
                 "dateCoded", "event_id", "event_type", "event_mode", "event_date", "story_date",
                 "event_text", "source_actor", "source_country", "source_sector", "target_actor",
                 "target_country", "target_sector", "geolocation", "latitude", "longitude",
                 "status", "confidence", "n_sources", "urls")
PLOVER_VERSION = "PLOVER 2023 (16 POLECAT types); dateline mapping 1"


class ExportError(ValueError):
    """An export that cannot be made as asked (names the option to change)."""


def columns(kind: str, merged: bool = False, fmt: str = "jsonl") -> tuple[str, ...]:
    if fmt == "plover":
        return PLOVER_FIELDS
    return {"articles": ARTICLE_COLUMNS, "quotes": QUOTE_COLUMNS, "actors": ACTOR_COLUMNS,
            "places": PLACE_COLUMNS, "events": MERGED_COLUMNS if merged else EVENT_COLUMNS}[kind]


def rows(store: Store, kind: str, *, merged: bool = False, fmt: str = "jsonl") -> Iterator[Row]:
    """The rows of one export, streaming where the store allows; an export that cannot be made
    is refused here, before anything is written."""
    if kind not in KINDS:
        raise ExportError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")
    if fmt == "plover" and kind != "events":
        raise ExportError(f"--format plover is for events, not {kind}")
    if fmt == "geojson" and kind not in geojson.KINDS:
        raise ExportError(f"--format geojson is for places and events, not {kind}")
    return _rows(store, kind, merged, fmt)


def _rows(store: Store, kind: str, merged: bool, fmt: str) -> Iterator[Row]:
    with store.reading() as conn:
        state = read.article_state(conn)
    if kind == "articles":
        yield from _articles(store, state, full=fmt == "jsonl")
    elif kind == "events":
        with store.reading() as conn:
            found = read.merged_events(conn) if merged else store.events()
            clusters = read.cluster_map(conn)
            actors, languages = _actor_meta(conn), _languages(conn)
        reports = _reports(found, clusters, state, merged)
        if fmt not in ("geojson", "plover"):
            yield from reports
            return
        with store.reading() as conn:
            if fmt == "geojson":
                yield from geojson.event_features(reports, conn, columns(kind, merged))
                return
            for row, place in geojson.located(reports, conn):
                yield plover(row, merged, actors, place, languages)
    elif kind == "quotes":
        for row in store.quotes():
            row["duplicate_of"] = state.get(row["article_id"], (None, None))[0]
            yield row
    elif kind == "places":
        found = store.places()
        yield from geojson.place_features(found) if fmt == "geojson" else found
    else:
        yield from store.actors()


def _reports(found: Iterable[Row], clusters: dict[int, str], state: dict[str, tuple[str | None, str | None]],
             merged: bool) -> Iterator[Row]:
    """Event rows as exported: a report gets its cluster, its article's duplicate_of and the
    public record's evidence ([start, end] in the body), its text beside it."""
    for row in found:
        if not merged:
            row["cluster_id"] = clusters.get(row["event_key"])
            row["duplicate_of"] = state.get(row["article_id"], (None, None))[0]
            row["evidence_text"] = row["evidence"]
            row["evidence"] = [row["evidence_start"], row["evidence_end"]]
        yield row


def _articles(store: Store, state: dict[str, tuple[str | None, str | None]], full: bool) -> Iterator[Row]:
    for record in store.records():
        dup, story = state.get(record.id, (None, None))
        if full:
            data = record.to_json()
            data["duplicate_of"], data["story_id"] = dup, story
            yield data
            continue
        dl = record.dateline
        yield {"id": record.id, "url": record.url, "duplicate_of": dup, "story_id": story,
               "source": record.source, "title": record.title, "author": record.author,
               "language": record.language, "published": record.published.date,
               "published_evidence": record.published.evidence,
               "dateline_place": dl.place if dl else None, "dateline_agency": dl.agency if dl else None,
               "n_paragraphs": len(record.paragraphs), "n_actors": len(record.actors),
               "n_quotes": len(record.quotes), "n_events": len(record.events), "body": record.body}


def _actor_meta(conn: sqlite3.Connection) -> dict[str, Row]:
    return {r["id"]: dict(r) for r in conn.execute("SELECT id, name, type, country, sector FROM actors")}


def _languages(conn: sqlite3.Connection) -> dict[str, str]:
    """Each article's language where the store knows it (ISO 639-1: 'en-GB' is 'en')."""
    return {r["id"]: r["language"].split("-")[0].lower()
            for r in conn.execute("SELECT id, language FROM articles WHERE language > ''")}


def _plover_actor(actor_id: str, meta: dict[str, Row]) -> dict[str, Any]:
    m = meta.get(actor_id, {})
    return {"actorText": m.get("name") or actor_id, "code": m.get("country") or actor_id,
            "sector": m.get("sector"), "id": actor_id}


def plover(row: Row, merged: bool, actors: dict[str, Row], place: Row | None,
           languages: dict[str, str]) -> Row:
    """One event (a report or a merged cluster) as a PLOVER/POLECAT record; ``place`` is its
    place's gazetteer entry as its article resolved it (``geojson.resolved_place``); ``language``
    is its (first) article's, English where the article's is unknown (the stages that found it
    read English)."""
    src = [_plover_actor(a, actors) for a in row["sources"]]
    tgt = [_plover_actor(a, actors) for a in row["targets"]]
    if merged:
        text = row["evidence"][0]["text"] if row["evidence"] else ""
        story_date = row["first_report"]["published"]
        publication = row["first_report"]["source"]
        urls = sorted({e["url"] for e in row["evidence"] if e["url"]})
        ident, n_sources = row["cluster_id"], row["n_sources"]
        article = row["first_report"]["article_id"]
    else:
        text, story_date, publication = row["evidence_text"] or "", row["published"], row["source"]
        urls = [row["url"]] if row["url"] else []
        ident, n_sources = row["id"], 1
        article = row["article_id"]
    trigger = row["trigger"] or ""
    markup = text.replace(trigger, f"(EVT: {trigger})", 1) if trigger and trigger in text else text
    day = row.get("date_start") or story_date
    loc = None if not row.get("place") else {
        "name": row["place"], "country code": place["country"] if place else None,
        "lat": place["lat"] if place else None, "lon": place["lon"] if place else None,
        "geonames_id": place["geonames_id"] if place else None}
    return {
        "id": ident, "date": day, "event": row["type"], "mode": row["mode"] or "", "context": None,
        "source": src, "target": tgt, "eventText": trigger, "eventLoc": loc, "text": text,
        "textInfo": {"markup": markup}, "language": languages.get(article, "en"), "publication": publication,
        "coder": f"dateline {__version__}", "version": PLOVER_VERSION,
        "dateCoded": datetime.now(UTC).date().isoformat(),
        "event_id": ident, "event_type": row["type"], "event_mode": row["mode"], "event_date": day,
        "story_date": story_date, "event_text": text,
        "source_actor": "; ".join(a["actorText"] for a in src) or None,
        "source_country": "; ".join(sorted({a["code"] for a in src if len(a["code"]) == 3})) or None,
        "source_sector": "; ".join(sorted({a["sector"] for a in src if a["sector"]})) or None,
        "target_actor": "; ".join(a["actorText"] for a in tgt) or None,
        "target_country": "; ".join(sorted({a["code"] for a in tgt if len(a["code"]) == 3})) or None,
        "target_sector": "; ".join(sorted({a["sector"] for a in tgt if a["sector"]})) or None,
        "geolocation": row.get("place"), "latitude": loc["lat"] if loc else None,
        "longitude": loc["lon"] if loc else None, "status": row["status"],
        "confidence": row["confidence"], "n_sources": n_sources, "urls": urls,
    }


# -- writers ---------------------------------------------------------------------------------
def _flat(value: Any) -> Any:
    """A CSV cell: lists of plain values joined with '; ', structures as JSON."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        if all(not isinstance(v, dict | list | tuple) for v in value):
            return "; ".join("" if v is None else str(v) for v in value)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write(items: Iterable[Row], fmt: str, cols: tuple[str, ...], out: IO[str] | None,
          path: Path | None) -> int:
    """Write rows as ``fmt`` to ``path`` (or the text stream ``out``); the number written."""
    if fmt == "parquet" and path is None:
        raise ExportError("--format parquet needs -o FILE (Parquet is not written to stdout)")
    if path is not None:
        with _replacing(path) as target:
            if fmt == "parquet":
                return _parquet(items, cols, target)
            with target.open("w", encoding="utf-8", newline="") as fh:
                return write(items, fmt, cols, fh, None)
    assert out is not None
    if fmt == "geojson":
        return geojson.write(items, out)
    n = 0
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(cols)
        for row in items:
            writer.writerow([_flat(row.get(c)) for c in cols])
            n += 1
        return n
    for row in items:
        data = row if fmt == "jsonl" and "schema_version" in row else {c: row.get(c) for c in cols}
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
        n += 1
    return n


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """Where to write ``path``: a temporary file beside it that replaces it only once the
    export is complete, so a failed export (a damaged record, a full disk, Ctrl-C) leaves
    neither half a file nor an old export overwritten. A device or a pipe (/dev/stdout) is
    written directly."""
    path = path.resolve() if path.is_symlink() else path  # a link: write where it leads
    if (path.exists() and not path.is_file()) or not os.access(path.parent, os.W_OK):
        yield path  # a device, a pipe, or a writable file in a directory that is not
        return
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        yield temp
        if path.exists():  # the export keeps the permissions its file had (0600 stays private)
            os.chmod(temp, stat.S_IMODE(path.stat().st_mode))
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def _parquet(items: Iterable[Row], cols: tuple[str, ...], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    n = 0
    writer: pq.ParquetWriter | None = None
    batch: list[Row] = []

    def flush() -> None:
        nonlocal writer
        rows = [{c: _parquet_value(r.get(c)) for c in cols} for r in batch]
        # no rows at all: the file still has the export's columns (from_pylist([]) has none)
        table = pa.Table.from_pylist(rows) if rows else pa.table({c: pa.nulls(0) for c in cols})
        if writer is None:  # a column that is all null (or empty lists) so far holds text
            fields = [pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else
                      pa.field(f.name, pa.list_(pa.string())) if pa.types.is_list(f.type)
                      and pa.types.is_null(f.type.value_type) else f for f in table.schema]
            writer = pq.ParquetWriter(path, pa.schema(fields))
        writer.write_table(table.cast(writer.schema))

    try:
        for row in items:
            batch.append(row)
            n += 1
            if len(batch) >= 5000:
                flush()
                batch = []
        if batch or writer is None:
            flush()
    finally:
        if writer is not None:
            writer.close()
    return n


def _parquet_value(value: Any) -> Any:
    """Nested structures as JSON text (one column type whatever they hold); lists of text kept."""
    if isinstance(value, dict) or (isinstance(value, list | tuple)
                                   and any(isinstance(v, dict | list | tuple) for v in value)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, tuple):
        return list(value)
    return value


__all__ = ["ACTOR_COLUMNS", "ARTICLE_COLUMNS", "EVENT_COLUMNS", "FORMATS", "KINDS",
           "MERGED_COLUMNS", "PLACE_COLUMNS", "PLOVER_FIELDS", "QUOTE_COLUMNS", "ExportError", "columns", "plover",
           "rows", "write"]
