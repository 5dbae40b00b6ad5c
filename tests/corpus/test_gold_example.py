"""The gold example ingested twice, as text and wrapped in HTML: one article, one copy, no
doubled events."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pandas as pd
import pytest

from dateline.corpus import export, update
from dateline.ingest import ingest
from dateline.store import Store
from dateline.store import corpus_read as read

pytestmark = pytest.mark.slow


def as_html(text: str) -> str:
    """The example as a web page of our own making: title, nav, paragraphs, footer."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(lines[0])}</title>"
            "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
            f"<h1>{html.escape(lines[0])}</h1>{body}</article><footer>Copyright Example Mirror</footer>"
            "</body></html>")


@pytest.fixture(scope="module")
def twice(tmp_path_factory: pytest.TempPathFactory, example_text: str, pipeline) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("twice")
    (folder / "example.txt").write_text(example_text, encoding="utf-8")
    (folder / "example-page.html").write_text(as_html(example_text), encoding="utf-8")
    db = folder / "twice.db"
    with Store(db) as store:
        report = ingest([folder / "example.txt", folder / "example-page.html"], store, pipeline)
        assert report.stored == 2
        update(store)
    return db


def test_one_canonical_article_and_one_duplicate_link(twice: Path) -> None:
    with Store(twice) as store:
        dups = read.duplicate_map(store.conn)
        assert len(store) == 2
        assert len(dups) == 1
        (copy, canonical), = dups.items()
        assert copy != canonical and store.get(canonical) is not None


def test_no_doubled_events_in_the_merged_export(twice: Path) -> None:
    with Store(twice) as store:
        canonical = next(iter(read.duplicate_map(store.conn).values()))
        own = len(store.events(article=canonical))
        merged = list(export.rows(store, "events", merged=True))
        per_report = list(export.rows(store, "events"))
    assert own > 0
    assert len(merged) <= own  # the copy's events joined the original's, adding none
    assert all(m["n_sources"] == 1 for m in merged)  # a copy is never a second source
    assert all(any(not e["duplicate"] for e in m["evidence"]) for m in merged)
    assert {r["cluster_id"] for r in per_report} == {m["cluster_id"] for m in merged}


def test_exported_articles_keep_url_and_duplicate_of(twice: Path, tmp_path: Path) -> None:
    with Store(twice) as store:
        out = tmp_path / "articles.parquet"
        export.write(export.rows(store, "articles", fmt="parquet"), "parquet",
                     export.columns("articles"), None, out)
        lines = [json.loads(line) for line in _jsonl(store, "articles").splitlines()]
    frame = pd.read_parquet(out)
    assert list(frame.columns) == list(export.ARTICLE_COLUMNS)
    assert frame["duplicate_of"].notna().sum() == 1
    assert all("url" in rec and "duplicate_of" in rec and rec["schema_version"] == 1 for rec in lines)


def _jsonl(store: Store, kind: str) -> str:
    import io

    buffer = io.StringIO()
    export.write(export.rows(store, kind), "jsonl", export.columns(kind), buffer, None)
    return buffer.getvalue()
