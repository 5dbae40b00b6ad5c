"""Parquet schemas for the public record: one table per record kind, built from ``dateline.model``.

``articles`` holds one row per article (the scalar fields of ``ArticleRecord``, ``published`` and
``dateline`` as structs, ``paragraphs`` as a list of [start, end] pairs). Each other kind
(``furniture``, ``actors``, ``mentions``, ``timexes``, ``places``, ``quotes``, ``events``,
``proposals``, ``stances``) has one row per record, keyed by ``article_id`` and its position
``ord`` in the article. Columns carry the public field names; tuples are Parquet lists.

The schemas are derived from the dataclasses' type hints, so a field added to the model is a
column here without an edit; a type this module does not know is an error at import time.
``to_tables`` and ``from_tables`` are exact inverses (the tests round-trip every field).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pyarrow as pa

from dateline import model
from dateline.model import ArticleRecord

#: record kind -> its dataclass, in the order of the public record
KINDS: dict[str, type] = {
    "furniture": model.Furniture, "actors": model.Actor, "mentions": model.Mention,
    "timexes": model.Timex, "places": model.Place, "quotes": model.Quote, "events": model.Event,
    "proposals": model.Proposal, "stances": model.Stance,
}
TABLES: tuple[str, ...] = ("articles", *KINDS)
KEY_COLUMNS = (pa.field("article_id", pa.string(), nullable=False),
               pa.field("ord", pa.int32(), nullable=False))

_SCALARS: dict[Any, pa.DataType] = {str: pa.string(), int: pa.int64(), float: pa.float64(),
                                    bool: pa.bool_()}


def arrow_type(hint: Any) -> pa.DataType:
    """The Arrow type of one dataclass field's type hint."""
    if hint in _SCALARS:
        return _SCALARS[hint]
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in args if a is not type(None)]
        if len(inner) == 1:
            return arrow_type(inner[0])
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return pa.list_(arrow_type(args[0]))
        if args and len(set(args)) == 1:  # Span = tuple[int, int]
            return pa.list_(arrow_type(args[0]))
    if dataclasses.is_dataclass(hint):
        return pa.struct(_fields(hint))
    raise TypeError(f"dateline.scale.schema: no Parquet type for {hint!r}; extend arrow_type()")


def _fields(cls: Any) -> list[pa.Field]:
    hints = typing.get_type_hints(cls, vars(model))
    return [pa.field(f.name, arrow_type(hints[f.name])) for f in dataclasses.fields(cls)]


def _build_schemas() -> dict[str, pa.Schema]:
    article_fields = [f for f in _fields(ArticleRecord) if f.name not in KINDS]
    schemas = {"articles": pa.schema(article_fields)}
    for kind, cls in KINDS.items():
        schemas[kind] = pa.schema([*KEY_COLUMNS, *_fields(cls)])
    return schemas


#: table name -> its pyarrow schema
SCHEMAS: Mapping[str, pa.Schema] = types.MappingProxyType(_build_schemas())


def unique(records: Iterable[ArticleRecord]) -> list[ArticleRecord]:
    """One record per article id, the first: the rule of ``dateline ingest``, which keeps the
    first article of an id and reports a different later one (``ingest.first_of_each_id``)."""
    kept: dict[str, ArticleRecord] = {}
    for record in records:
        kept.setdefault(record.id, record)
    return list(kept.values())


def rows(records: Iterable[ArticleRecord]) -> dict[str, list[dict[str, Any]]]:
    """The rows of each table for ``records`` (public JSON field names and values), one record
    per article id, the first (``unique``), so that child rows (keyed by article id and
    position) can never be handed to the wrong copy."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for record in unique(records):
        data = record.to_json()
        data.pop("schema_version", None)
        for kind in KINDS:
            for i, item in enumerate(data.pop(kind)):
                out[kind].append({"article_id": record.id, "ord": i, **item})
        out["articles"].append(data)
    return out


def to_tables(records: Iterable[ArticleRecord]) -> dict[str, pa.Table]:
    """One Arrow table per kind (every kind present, empty when no record has one)."""
    return {name: pa.Table.from_pylist(items, schema=SCHEMAS[name])
            for name, items in rows(records).items()}


def from_tables(tables: Mapping[str, pa.Table]) -> Iterator[ArticleRecord]:
    """The records back from the tables of ``to_tables``, in the order of ``articles``.

    Child rows are consumed in order (they were written article by article).
    """
    cursors = {kind: _Cursor(tables[kind].to_pylist()) for kind in KINDS}
    for data in tables["articles"].to_pylist():
        for kind, cursor in cursors.items():
            data[kind] = cursor.take(data["id"])
        yield ArticleRecord.from_json(data)


class _Cursor:
    """The child rows of one kind, handed out article by article."""

    def __init__(self, items: list[dict[str, Any]]) -> None:
        self.items = items
        self.at = 0

    def take(self, article_id: str) -> list[dict[str, Any]]:
        taken: list[dict[str, Any]] = []
        while self.at < len(self.items):
            row = self.items[self.at]
            if row["article_id"] != article_id or (taken and row["ord"] == 0):
                break
            taken.append({k: v for k, v in row.items() if k not in ("article_id", "ord")})
            self.at += 1
        return taken


__all__ = ["KINDS", "SCHEMAS", "TABLES", "arrow_type", "from_tables", "rows", "to_tables", "unique"]
