"""Shared fixtures: the real pipeline (loaded once), and the ../shared material when present."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = SHARED / "examples" / "gulf-news-2024-08-18.txt"


def need_shared(path: Path) -> Path:
    """Skip the calling test, saying why, when a file of ../shared is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside this checkout)")
    return path


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The full dateline spaCy pipeline, loaded once per test session."""
    from dateline.nlp import load

    return load()


@pytest.fixture(scope="session")
def pipeline(nlp):  # type: ignore[no-untyped-def]
    from dateline.pipeline import Pipeline

    return Pipeline(nlp)


@pytest.fixture(scope="session")
def example_text() -> str:
    return need_shared(EXAMPLE).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_gold() -> dict[str, Any]:
    path = need_shared(EXAMPLE.with_suffix(".gold.json"))
    return json.loads(path.read_text(encoding="utf-8"))
