"""The Parquet dataset a distributed ingest writes: one folder per record kind, one file per
partition, and a manifest per finished partition.

    OUT/articles/part-<id>.parquet   OUT/events/part-<id>.parquet   ...   (schemas: scale.schema)
    OUT/_manifest/<id>.json          written last: the partition is finished (its _SUCCESS marker)

Every file is written under a temporary name and renamed into place, so a worker killed while
writing leaves no half file under a final name; a partition whose manifest is missing is
simply done again (same id, same file names: nothing is ever doubled). Each kind's folder is a
Parquet dataset that pandas, DuckDB, Spark or ``pyarrow.dataset`` read as one table.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.model import ArticleRecord
from dateline.scale.schema import TABLES, from_tables, to_tables
from dateline.sources import SourceError

MANIFEST = "_manifest"


@dataclass
class PartitionResult:
    """What one partition task did; travels back to the client and is saved as the manifest."""

    id: str
    inputs: str  # first .. last input, for messages
    articles: int = 0  # records written
    text_only_ids: list[str] = field(default_factory=list)  # those written as text only: not English
    errors: list[tuple[str, str]] = field(default_factory=list)  # (origin, message) per bad input
    process_s: float = 0.0  # reader + nlp + records
    write_s: float = 0.0  # records -> Arrow -> Parquet files
    worker: str | None = None
    pid: int | None = None
    peak_rss_mb: float | None = None
    skipped: bool = False  # finished by an earlier run (read from its manifest)

    def source_errors(self) -> list[SourceError]:
        return [SourceError(origin, message) for origin, message in self.errors]


def part_path(out: Path, table: str, pid: str) -> Path:
    return out / table / f"part-{pid}.parquet"


def write_partition(out: Path, pid: str, records: Iterable[ArticleRecord],
                    result: PartitionResult) -> None:
    """Write the partition's tables, then its manifest (the marker that it is finished).
    ``result.write_s`` gets the time the tables took (records -> Arrow -> files)."""
    started = time.perf_counter()
    tables = to_tables(records)
    for name, table in tables.items():
        write_atomically(part_path(out, name, pid), lambda tmp, t=table: pq.write_table(t, tmp))
    result.write_s = round(time.perf_counter() - started, 4)
    write_manifest(out, result)


def write_manifest(out: Path, result: PartitionResult) -> None:
    text = json.dumps(asdict(result), ensure_ascii=False, indent=1)
    write_atomically(out / MANIFEST / f"{result.id}.json",
            lambda tmp: tmp.write_text(text, encoding="utf-8"))


def read_manifest(out: Path, pid: str) -> PartitionResult | None:
    """The saved result of a finished partition, or None when it is not finished."""
    path = out / MANIFEST / f"{pid}.json"
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not all(part_path(out, name, pid).exists() for name in TABLES):
        return None
    data["errors"] = [tuple(e) for e in data.get("errors", [])]
    known = set(PartitionResult.__dataclass_fields__)
    return PartitionResult(**{k: v for k, v in data.items() if k in known})


def read_partition(out: Path, pid: str) -> list[ArticleRecord]:
    """The records of one finished partition, in input order."""
    tables: dict[str, pa.Table] = {name: pq.read_table(part_path(out, name, pid)) for name in TABLES}
    return list(from_tables(tables))


@dataclass(frozen=True)
class PartRef:
    """A finished partition as the cross-article steps read it (``dateline.scale.steps``).

    ``first_article`` and ``first_event``: how many article and event rows the partitions before
    it hold, so that ``first_article + row`` orders articles and ``first_event + row + 1`` keys
    events as a single-process ``ingest`` stores them. ``skip``: article rows left out (an id
    that an earlier row already had: the same article read twice).
    """

    index: int
    out: str
    pid: str
    first_article: int = 0
    first_event: int = 0
    skip: frozenset[int] = frozenset()

    def table(self, name: str, columns: list[str] | None = None) -> pa.Table:
        return pq.read_table(part_path(Path(self.out), name, self.pid), columns=columns)


def owners(article_ids: list[str], child_ids: list[str], ords: list[int]) -> list[int]:
    """The article row of each child row (children are written article by article, ``ord``
    from 0: the rule of ``schema.from_tables``)."""
    found: list[int] = []
    at = 0
    for row, aid in enumerate(article_ids):
        taken = 0
        while at < len(child_ids) and child_ids[at] == aid and not (taken and ords[at] == 0):
            found.append(row)
            at += 1
            taken += 1
    return found


def write_atomically(dest: Path, write: Any) -> None:
    """``write(tmp)`` to a hidden file beside ``dest``, then renamed over it: never half written."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex}.tmp")
    try:
        write(tmp)
        os.replace(tmp, dest)
    finally:
        if tmp.exists():
            tmp.unlink()

#: Dask settings of the cross-article group-bys: rows hold bytes and Python objects, not Arrow
#: strings, and shuffles go through tasks (no P2P extension needed on the workers)
DASK_CONFIG = {"dataframe.convert-string": False, "dataframe.shuffle.method": "tasks"}


def empty_frame(columns: dict[str, str]) -> Any:
    """An empty pandas frame with these columns and dtypes (a Dask ``meta``)."""
    import pandas as pd

    return pd.DataFrame({name: pd.Series(dtype=kind) for name, kind in columns.items()})


__all__ = ["DASK_CONFIG", "MANIFEST", "PartRef", "PartitionResult", "empty_frame", "owners", "part_path", "read_manifest", "read_partition",
           "write_manifest", "write_partition"]
