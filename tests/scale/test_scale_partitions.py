"""Partitions: by file, in input order, deterministic ids, and exactly the items (with the same
origins and error lines) that ``iter_sources`` gives one machine."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from dateline.scale.partitions import PlanError, plan
from dateline.sources import iter_sources


def items(partitions):  # type: ignore[no-untyped-def]
    return [item for p in partitions for item in p.items()]


@pytest.mark.parametrize("size", [1, 2, 3, 5, 64])
def test_partitions_give_the_items_of_iter_sources(corpus: list[str], size: int) -> None:
    partitions = plan(corpus, size=size)
    assert items(partitions) == list(iter_sources(corpus))
    assert all(p.articles <= size or len(p.units) == 1 for p in partitions)


def test_large_jsonl_is_cut_by_lines_with_its_line_numbers(tmp_path: Path) -> None:
    feed = tmp_path / "big.jsonl"
    lines = [json.dumps({"text": f"Report number {i} from Cairo.", "id": f"r{i}"}) for i in range(7)]
    lines[4] = "[1, 2]"
    feed.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    partitions = plan([feed], size=3)
    assert [(u.start, u.stop) for p in partitions for u in p.units] == [(1, 4), (4, 7), (7, 9)]
    assert items(partitions) == list(iter_sources([feed]))
    assert f"{feed}:5" in {getattr(i, "origin", None) for i in items(partitions)}


@pytest.mark.parametrize(("paths", "expected"), [
    (["missing-folder"], "no such file"),
    (["EMPTY"], "directory holds no"),
])
def test_bad_paths_give_the_single_machine_error(paths: list[str], expected: str,
                                                 tmp_path: Path) -> None:
    (tmp_path / "EMPTY").mkdir()
    real = [str(tmp_path / p) for p in paths]
    got = items(plan(real))
    assert got == list(iter_sources(real))
    assert expected in got[0].message  # type: ignore[union-attr]


def test_ids_are_deterministic_and_follow_content(corpus: list[str], tmp_path: Path) -> None:
    first = [p.id for p in plan(corpus, size=2)]
    assert first == [p.id for p in plan(corpus, size=2)]
    assert len(set(first)) == len(first)
    assert first != [p.id for p in plan(corpus, size=2, salt="other actors")]
    folder = tmp_path / "one"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text("Cairo talks resumed on Monday.", encoding="utf-8")
    before = plan([folder])[0].id
    article.write_text("Cairo talks resumed on Tuesday, officials said.", encoding="utf-8")
    os.utime(article, ns=(1, 1))
    assert plan([folder])[0].id != before


def test_stdin_cannot_be_partitioned() -> None:
    with pytest.raises(PlanError, match="standard input"):
        plan(["-"])


def test_an_unlistable_subdirectory_is_reported_not_skipped(tmp_path: Path,
                                                           unlistable: Callable[[Path], None]) -> None:
    """A --dask run reads what one machine reads: an unreadable subdirectory is a bad input."""
    (tmp_path / "good.txt").write_text("CAIRO - Talks resumed on Monday, officials said.", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text("CAIRO - Talks resumed on Monday.", encoding="utf-8")
    unlistable(locked)
    got = items(plan([tmp_path]))
    assert sorted(map(repr, got)) == sorted(map(repr, iter_sources([tmp_path])))
    assert any("cannot read the directory" in getattr(i, "message", "") for i in got)


def test_a_directorys_json_files_are_skipped_as_on_one_machine(tmp_path: Path) -> None:
    (tmp_path / "week").mkdir()
    (tmp_path / "week" / "talks.txt").write_text("Talks resumed in Doha on Monday, mediators said.\n",
                                                 encoding="utf-8")
    (tmp_path / "week" / "expected.json").write_text("{}", encoding="utf-8")
    (tmp_path / "labels.JSON").write_text("{}", encoding="utf-8")
    planned: list[Path] = []
    one_machine: list[Path] = []
    partitions = plan([tmp_path], size=4, skipped=planned)
    assert items(partitions) == list(iter_sources([tmp_path], skipped=one_machine))
    assert planned == one_machine == [tmp_path / "labels.JSON", tmp_path / "week" / "expected.json"]
    assert [u.path for p in partitions for u in p.units] == [str(tmp_path / "week" / "talks.txt")]
