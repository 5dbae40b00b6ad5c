"""Parquet tables per record kind: every field of the model is a column, and records survive the
round trip through Arrow and Parquet files exactly."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.model import ArticleRecord, Quote
from dateline.scale.schema import KINDS, SCHEMAS, arrow_type, from_tables, to_tables
from tests.records import record_a, record_b, records


def full_quote_record() -> ArticleRecord:
    """record_a with the optional quote fields set and a second article id in the same batch."""
    base = record_a()
    quote = dataclasses.replace(base.quotes[0], speaker_span=(10, 20), cue_span=(21, 25),
                                flags=("unclosed", "speaker_carried"), setting="a briefing")
    return dataclasses.replace(base, id="full-quote", quotes=(quote, Quote(0, 5, "Cairo", "partial", "said")))


@pytest.mark.parametrize("kind", ["articles", *KINDS])
def test_every_model_field_is_a_column(kind: str) -> None:
    cls = ArticleRecord if kind == "articles" else KINDS[kind]
    expected = {f.name for f in dataclasses.fields(cls)} - (set(KINDS) if kind == "articles" else set())
    if kind != "articles":
        expected |= {"article_id", "ord"}
    assert set(SCHEMAS[kind].names) == expected


@pytest.mark.parametrize(("hint", "expected"), [
    (str, pa.string()), (int | None, pa.int64()), (tuple[str, ...], pa.list_(pa.string())),
    (tuple[int, int], pa.list_(pa.int64())),
    (tuple[tuple[int, int], ...], pa.list_(pa.list_(pa.int64()))),
])
def test_arrow_types(hint: object, expected: pa.DataType) -> None:
    assert arrow_type(hint) == expected


def _first_of_each(records: list[ArticleRecord]) -> list[ArticleRecord]:
    kept: dict[str, ArticleRecord] = {}
    for record in records:
        kept.setdefault(record.id, record)
    return list(kept.values())


def test_unknown_type_is_an_error() -> None:
    with pytest.raises(TypeError, match="no Parquet type"):
        arrow_type(dict[str, int])


@pytest.mark.parametrize("records", [
    [record_a()],
    [record_a(), record_b(), full_quote_record()],
    [ArticleRecord(id="bare", body="", paragraphs=())],
    [record_b(), record_b()],  # the same id twice in one partition: one copy, with its children
    [ArticleRecord(id="bare", body="", paragraphs=()), dataclasses.replace(record_a(), id="bare")],  # no swap
    [],
])
def test_round_trip_through_parquet_files(records: list[ArticleRecord], tmp_path: Path) -> None:
    tables = to_tables(records)
    assert set(tables) == set(SCHEMAS)
    for name, table in tables.items():
        pq.write_table(table, tmp_path / f"{name}.parquet")
    back = {name: pq.read_table(tmp_path / f"{name}.parquet") for name in tables}
    assert back["articles"].schema.equals(SCHEMAS["articles"])
    assert list(from_tables(back)) == _first_of_each(records)


def test_child_rows_are_keyed_by_article_and_position() -> None:
    tables = to_tables([record_a(), record_b()])
    actors = tables["actors"].to_pylist()
    assert [(r["article_id"], r["ord"]) for r in actors][:3] == [
        ("aaaa1111bbbb2222", 0), ("aaaa1111bbbb2222", 1), ("aaaa1111bbbb2222", 2)]
    assert tables["articles"].num_rows == 2


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(records, max_size=3))
def test_any_records_survive_parquet(batch: list[ArticleRecord]) -> None:
    """Property: whatever the records hold (any text, None, empty tuples), Parquet gives them back;
    an id met twice keeps its first record (as ``dateline ingest`` does), its children never swapped."""
    back = {}
    for name, table in to_tables(batch).items():
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink)
        back[name] = pq.read_table(pa.BufferReader(sink.getvalue()))
    assert list(from_tables(back)) == _first_of_each(batch)
