"""CLI fixtures: a database of hand-built records, and the session pipeline for commands that read."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.store import Store
from tests.records import record_a, record_b


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables laid out for the 120 columns a pipe gets (pytest-xdist's workers export COLUMNS=80)."""
    monkeypatch.setenv("COLUMNS", "120")


@pytest.fixture()
def db(tmp_path: Path) -> str:
    """A store holding the two hand-built records of tests/records.py."""
    path = tmp_path / "cli.db"
    with Store(path) as store:
        store.put([record_a(), record_b()])
    return str(path)


@pytest.fixture()
def use_pipeline(pipeline, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Commands that need the pipeline get the session one instead of loading another."""
    for module in ("dateline.cli.articles", "dateline.cli.demo"):
        monkeypatch.setattr(f"{module}.load_pipeline", lambda *a, **k: pipeline)
    return pipeline
