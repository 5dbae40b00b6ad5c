"""A worker's partition task (no cluster, no spaCy: the per-article step is replaced by records
of our own): an article id read twice in one partition is written and counted once, so the
manifest and the run's ``written`` count what the partition's Parquet files hold."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from dateline.model import ArticleRecord
from dateline.scale import worker
from dateline.scale.output import (
    MANIFEST,
    PartitionResult,
    part_path,
    read_manifest,
    read_partition,
    write_partition,
)
from dateline.scale.partitions import Partition, Unit
from dateline.scale.worker import PipelineSpec, run_partition
from tests.records import record_a, record_b

A, B = record_a(), record_b()
A2 = dataclasses.replace(A, title="Talks resume, updated")  # the same id, a later record


@pytest.mark.parametrize(("made", "expected", "errors"), [
    ([A, B], [A, B], 0),
    ([A, B, A2], [A, B], 1),  # the first record; the later, different one is an error
    ([A, A, B, A], [A, B], 0),  # the same article read three times
    ([], [], 0),
])
def test_a_partition_writes_and_counts_each_article_id_once(
        made: list[ArticleRecord], expected: list[ArticleRecord], errors: int, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def understood(items: Any, pipeline: Any) -> tuple[list[ArticleRecord], list[Any]]:
        list(items)
        return list(made), []

    monkeypatch.setattr(worker, "process_items", understood)
    monkeypatch.setattr(worker, "pipeline_for", lambda spec: None)
    (tmp_path / "a.txt").write_text("CAIRO - Talks resumed on Monday.", encoding="utf-8")
    partition = Partition("p1", (Unit(str(tmp_path / "a.txt")),))
    out = tmp_path / "out"
    result = run_partition(partition, str(out), PipelineSpec())
    assert (result.articles, len(result.errors)) == (len(expected), errors)
    assert json.loads((out / MANIFEST / "p1.json").read_text(encoding="utf-8"))["articles"] == len(expected)
    saved = read_manifest(out, "p1")
    assert saved is not None and saved.articles == len(expected)
    assert pq.read_metadata(part_path(out, "articles", "p1")).num_rows == len(expected)
    assert read_partition(out, "p1") == expected


SPANISH = ("El puente que une las dos orillas del río quedará cerrado durante tres semanas a partir "
           "del lunes, según anunció ayer el ayuntamiento, que pidió a los conductores que usen la "
           "carretera de la costa mientras duran las obras de reparación.")
S = ArticleRecord(id="puente", body=SPANISH, paragraphs=((0, len(SPANISH)),), language="es")


def test_a_partition_names_each_text_only_article_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The article ids stored as text only (not English), each once, in the result and manifest:
    the client counts their union, so an id in two partitions counts once too."""
    monkeypatch.setattr(worker, "process_items", lambda items, pipeline: ([S, A, S, B], []))
    monkeypatch.setattr(worker, "pipeline_for", lambda spec: None)
    partition = Partition("p1", (Unit(str(tmp_path / "a.txt")),))
    result = run_partition(partition, str(tmp_path / "out"), PipelineSpec())
    assert result.text_only_ids == ["puente"]
    saved = read_manifest(tmp_path / "out", "p1")
    assert saved is not None and saved.text_only_ids == ["puente"]


def test_a_manifest_written_before_text_only_was_counted_is_still_read(tmp_path: Path) -> None:
    """A partition finished by an earlier dateline stays finished: a re-run reads, not redoes, it."""
    out = tmp_path / "out"
    write_partition(out, "p1", [A], PartitionResult(id="p1", inputs="a.txt", articles=1))
    path = out / MANIFEST / "p1.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["text_only_ids"]
    path.write_text(json.dumps(data), encoding="utf-8")
    saved = read_manifest(out, "p1")
    assert saved is not None and (saved.articles, saved.text_only_ids) == (1, [])
