"""A small corpus of our own writing (text, HTML, JSON Lines, bad inputs) and a two-worker
LocalCluster for the scale tests."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CITIES = ["Cairo", "Doha", "Jerusalem", "Amman", "Beirut", "Riyadh", "Ankara", "Muscat"]


def report(n: int) -> str:
    """A short wire-style report; n makes it unique."""
    city, other = CITIES[n % len(CITIES)], CITIES[(n + 3) % len(CITIES)]
    return (
        f"{city.upper()}, March {n % 27 + 1} (Reuters) - Egypt's foreign minister met envoys from "
        f"Qatar in {city} on Tuesday for round {n} of talks on a ceasefire, officials said.\n\n"
        f'"We are close to an agreement," the minister told reporters after session {n}. '
        f"Israel rejected the proposal on Wednesday, according to two people briefed on it.\n\n"
        f"A further meeting is planned in {other} next week."
    )


def write_corpus(root: Path, count: int = 12) -> list[str]:
    """``count`` articles (every third as HTML, four in one JSON Lines file with one broken line)
    plus an empty file; the paths to give ``ingest``, in order."""
    folder = root / "news"
    folder.mkdir(parents=True)
    files = count - 4
    for n in range(files):
        if n % 3 == 2:
            paras = "".join(f"<p>{p}</p>" for p in report(n).split("\n\n"))
            (folder / f"r{n:03d}.html").write_text(
                f"<html><head><title>Talks, round {n}</title></head><body><article><h1>Talks, "
                f"round {n}</h1>{paras}</article></body></html>", encoding="utf-8")
        else:
            (folder / f"r{n:03d}.txt").write_text(report(n), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    lines = [json.dumps({"text": report(files + i), "id": f"feed-{i}"}) for i in range(4)]
    lines.insert(2, '{"text": "no closing brace"')
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(folder), str(root / "feed.jsonl")]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return write_corpus(tmp_path_factory.mktemp("scale-corpus"))


@pytest.fixture(scope="session")
def baseline(corpus: list[str], pipeline):  # type: ignore[no-untyped-def]
    """The single-process records and errors for ``corpus``: what every scaled run must equal."""
    from dateline.ingest import process_items
    from dateline.sources import iter_sources

    return process_items(iter_sources(corpus), pipeline)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A real LocalCluster of two one-thread worker processes, per test module."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as c:
        yield c
