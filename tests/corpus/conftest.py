"""Corpus fixtures: a store for hand-built records (see corpus_records.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:  # corpus_records importable under any pytest import mode
    sys.path.insert(0, HERE)


@pytest.fixture()
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    from dateline.store import Store

    with Store(tmp_path / "corpus.db") as s:
        yield s
