"""Property: any record put in the store comes back equal, and its child rows are all there."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.model import ArticleRecord
from dateline.store import Store, StoreError
from tests.records import records


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=records)
def test_record_store_record(record: ArticleRecord) -> None:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "rt.db") as store:
        assert store.put([record]).stored == [record.id]
        assert store.get(record.id) == record
        assert store.put([record]).unchanged == [record.id]
        counts = store.counts()
        for name in ("furniture", "mentions", "timexes", "places", "quotes", "events",
                     "proposals", "stances"):
            assert counts[name] == len(getattr(record, name)), name
        assert counts["actors"] == len({a.id for a in record.actors})
        speakers = store.conn.execute("SELECT COUNT(*) FROM quote_speakers").fetchone()[0]
        assert speakers == sum(len(q.speakers) for q in record.quotes)


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    with Store(tmp_path_factory.mktemp("q") / "q.db") as store:
        store.put([ArticleRecord(id="x", body="Hamas-backed talks in Doha: \"no deal\" (yet) 100%",
                                 paragraphs=((0, 49),))])
        yield store


@settings(max_examples=150, deadline=None)
@given(query=st.text(max_size=40))
def test_any_search_text_is_a_valid_query(small_store: Store, query: str) -> None:
    """Whatever a user types (quotes, operators, brackets, NUL, %, _), searching gives rows, or
    for a malformed search (an unclosed quote, a dangling operator) one line naming it."""
    for ask in (small_store.articles, lambda search: small_store.quotes(search=search, speaker=query)):
        try:
            assert isinstance(ask(search=query), list)
        except StoreError as err:
            assert err.message.startswith(f"--search {query!r}: ") and "\n" not in err.message
    assert isinstance(small_store.events(actor=query, place=query), list)
    try:  # a type is one of PLOVER's; any other is an error that names it, never an empty answer
        assert isinstance(small_store.events(type=query), list)
    except StoreError as err:
        assert err.message.startswith("--type ") and "no such value" in err.message
    assert isinstance(small_store.actors(search=query), list)
