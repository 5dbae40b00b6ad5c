"""Inputs cut into partitions on the client: by file, in input order, with deterministic ids.

A partition is a short list of *units*. A unit is one argument as ``dateline.sources.iter_sources``
takes it (a file; or a missing path or empty directory, which the worker turns into the same
error line as the single-machine run), or a range of lines of a large JSON Lines file. Files are
listed exactly as ``iter_sources`` lists them (a directory recursively, sorted), so every
article keeps the origin, and hence the id, it gets on one machine.

A partition's id is a hash of its units (path, line range, size and modification time of each
file) and of the pipeline settings: the same inputs give the same ids, so a re-run finds the
partitions it already finished; a changed file gives a new id and is processed again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.sources import SourceError, SourceItem, iter_sources, read_jsonl_range
from dateline.sources.files import JSONL_SUFFIXES, list_directory, open_binary

Result = SourceItem | SourceError


class PlanError(ValueError):
    """An input the cluster cannot take (stdin); names it and what to do instead."""

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.message = message


@dataclass(frozen=True)
class Unit:
    """One input of a partition: ``path`` whole, or lines [start, stop) of a JSON Lines file."""

    path: str
    start: int | None = None  # first line, counting from 1
    stop: int | None = None  # one past the last line
    articles: int = 1  # how many articles it holds, for progress (an estimate for JSON Lines)

    def items(self) -> Iterator[Result]:
        """Its source items and errors, as ``iter_sources`` would give them."""
        if self.start is None or self.stop is None:
            yield from iter_sources([self.path])
        else:
            yield from read_jsonl_range(self.path, self.start, self.stop)


@dataclass(frozen=True)
class Partition:
    """Units that one worker task reads, understands and writes as one Parquet part."""

    id: str
    units: tuple[Unit, ...]

    @property
    def articles(self) -> int:
        return sum(u.articles for u in self.units)

    def items(self) -> Iterator[Result]:
        for unit in self.units:
            yield from unit.items()

    def describe(self) -> str:
        """A short human name: its first and last input."""
        first, last = self.units[0], self.units[-1]
        name = _unit_name(first)
        return name if len(self.units) == 1 else f"{name} .. {_unit_name(last)}"


def plan(paths: Iterable[str | Path], *, size: int = 64, salt: str = "",
         skipped: list[Path] | None = None) -> list[Partition]:
    """Partitions of about ``size`` articles over ``paths``, in input order.

    ``salt`` (the pipeline settings) enters every id. The .json files that directories hold go
    into ``skipped``, as ``iter_sources`` puts them. Raises PlanError for stdin ("-").
    """
    if size < 1:
        raise ValueError(f"partition size must be at least 1, not {size}")
    partitions: list[Partition] = []
    current: list[Unit] = []
    count = 0
    for unit in _units(paths, size, skipped):
        if current and count + unit.articles > size:
            partitions.append(_partition(len(partitions), current, salt))
            current, count = [], 0
        current.append(unit)
        count += unit.articles
    if current:
        partitions.append(_partition(len(partitions), current, salt))
    return partitions


def _units(paths: Iterable[str | Path], size: int, skipped: list[Path] | None) -> Iterator[Unit]:
    for raw in paths:
        if str(raw) == "-":
            raise PlanError("<stdin>", "standard input cannot be cut into partitions for --dask; "
                                       "save it to a file (JSON Lines for many articles) and pass that")
        path = Path(raw)
        if path.is_dir():
            # the files one machine would read, in its order
            files, unreadable = list_directory(path, skipped=skipped)
            if not files and not unreadable:
                yield Unit(str(path))  # the worker reports it as iter_sources does
            for error in unreadable:
                yield Unit(error.origin)  # an unreadable subdirectory: the worker reports it, not skipped
            for file in files:
                yield from _file_units(file, size)
        elif path.exists():
            yield from _file_units(path, size)
        else:
            yield Unit(str(path))


def _file_units(path: Path, size: int) -> Iterator[Unit]:
    if not _matches(path, JSONL_SUFFIXES):
        yield Unit(str(path))
        return
    lines = _count_lines(path)
    if lines <= size:
        yield Unit(str(path), articles=max(lines, 1))
        return
    for start in range(1, lines + 1, size):
        stop = min(start + size, lines + 1)
        yield Unit(str(path), start, stop, articles=stop - start)


def _count_lines(path: Path) -> int:
    """Lines of a (possibly gzipped) JSON Lines file; 0 when it cannot be read (the worker
    then reports the file as the single-machine run does)."""
    try:
        with open_binary(path) as stream:
            count, last = 0, b"\n"
            while chunk := stream.read(1 << 20):
                count += chunk.count(b"\n")
                last = chunk[-1:]
            return count + (last != b"\n")
    except (OSError, EOFError):
        return 0


def _partition(index: int, units: list[Unit], salt: str) -> Partition:
    h = hashlib.sha256(salt.encode("utf-8"))
    for unit in units:
        h.update(json.dumps([unit.path, unit.start, unit.stop, *_stat(unit.path)]).encode("utf-8"))
    return Partition(f"p{index:06d}-{h.hexdigest()[:12]}", tuple(units))


def _stat(path: str) -> tuple[int | None, int | None]:
    try:
        st = Path(path).stat()
    except OSError:
        return None, None
    return st.st_size, st.st_mtime_ns


def _matches(path: Path, suffixes: tuple[str, ...]) -> bool:
    return path.name.lower().endswith(suffixes)


def _unit_name(unit: Unit) -> str:
    return unit.path if unit.start is None else f"{unit.path}:{unit.start}-{(unit.stop or 1) - 1}"


__all__ = ["Partition", "PlanError", "Unit", "plan"]
