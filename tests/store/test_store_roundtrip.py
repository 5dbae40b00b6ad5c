"""Property: any record put in the store comes back equal, and its child rows are all there."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.model import (
    Actor,
    ArticleRecord,
    Dateline,
    Event,
    Furniture,
    Mention,
    Place,
    Proposal,
    Published,
    Quote,
    Stance,
    Timex,
)
from dateline.store import Store

text = st.text(max_size=30)
maybe = st.none() | text
ids = st.text(min_size=1, max_size=12)
offset = st.integers(min_value=0, max_value=10_000)
span = st.tuples(offset, offset)
many = st.lists(ids, max_size=3).map(tuple)
number = st.floats(allow_nan=False, allow_infinity=False)
dates = st.none() | st.sampled_from(["2024-08-18", "2024-07", "2024", "2024-W33", "P6W", "bogus"])

records = st.builds(
    ArticleRecord,
    id=ids,
    body=st.text(max_size=200),
    paragraphs=st.lists(span, max_size=4).map(tuple),
    url=maybe, source=maybe, title=maybe, author=maybe, language=maybe, origin=maybe,
    published=st.builds(Published, date=dates, evidence=maybe),
    dateline=st.none() | st.builds(Dateline, place=maybe, date=maybe, agency=maybe, text=maybe),
    furniture=st.lists(st.builds(Furniture, kind=text, text=text, credit=maybe), max_size=3).map(tuple),
    actors=st.lists(st.builds(Actor, id=ids, name=text, type=text, country=maybe, sector=maybe,
                              roles=st.lists(text, max_size=2).map(tuple)), max_size=3).map(tuple),
    mentions=st.lists(st.builds(Mention, start=offset, end=offset, text=text, actor=ids),
                      max_size=3).map(tuple),
    timexes=st.lists(st.builds(Timex, start=offset, end=offset, text=text, type=text,
                               value=dates.map(lambda d: d or ""), mod=maybe, anchor=maybe),
                     max_size=3).map(tuple),
    places=st.lists(st.builds(Place, start=offset, end=offset, text=text, name=text, country=maybe,
                              lat=st.none() | number, lon=st.none() | number,
                              geonames_id=st.none() | st.integers(0, 2**40), confidence=number,
                              feature=maybe), max_size=3).map(tuple),
    quotes=st.lists(st.builds(Quote, start=offset, end=offset, text=text, kind=text, cue=text,
                              speakers=many, speaker_text=maybe, medium=maybe, date=dates,
                              setting=maybe, speaker_span=st.none() | span,
                              cue_span=st.none() | span), max_size=3).map(tuple),
    events=st.lists(st.builds(Event, id=ids, type=text, trigger=text, evidence=span, mode=maybe,
                              sources=many, targets=many, date=dates, date_anchor=maybe,
                              place=maybe, status=text, confidence=number), max_size=3).map(tuple),
    proposals=st.lists(st.builds(Proposal, name=text, proposers=many, endorsers=many,
                                 rejecters=many, terms=st.lists(text, max_size=3).map(tuple)),
                       max_size=2).map(tuple),
    stances=st.lists(st.builds(Stance, actor=ids, on=text, evidence=span, stance=maybe,
                               blames=maybe), max_size=2).map(tuple),
)


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
    """Whatever a user types (quotes, operators, brackets, NUL, %, _), searching never raises."""
    assert isinstance(small_store.articles(search=query), list)
    assert isinstance(small_store.quotes(search=query, speaker=query), list)
    assert isinstance(small_store.events(actor=query, place=query, type=query), list)
    assert isinstance(small_store.actors(search=query), list)
