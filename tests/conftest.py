"""Shared fixtures: the real pipeline (loaded once), and the ../shared material when present."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings

# Timings are measured in benchmarks, never asserted in tests: no per-example deadline, which
# failed property tests on a loaded 2-core machine (hypothesis' default is 200 ms).
settings.register_profile("dateline", deadline=None)
settings.load_profile("dateline")

if TYPE_CHECKING:
    from spacy.language import Language

    from dateline.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = SHARED / "examples" / "gulf-news-2024-08-18.txt"


def fixture_tree(name: str) -> Path:
    """A working copy of ``tests/fixtures/<name>`` with every ``.in`` suffix dropped.

    Hand-written files in gold formats (TimeML ``.tml``, brat ``.ann``) are kept as ``*.in``
    templates, so the repository holds nothing that could pass for a copied gold data set.
    """
    out = Path(tempfile.mkdtemp(prefix="dateline-fixture-"))
    atexit.register(shutil.rmtree, out, ignore_errors=True)
    for src in (FIXTURES / name).rglob("*"):
        if src.is_file():
            dest = out / src.relative_to(FIXTURES / name)
            dest = dest.with_name(dest.name.removesuffix(".in"))
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
    return out


def need_shared(path: Path) -> Path:
    """Skip the calling test, saying why, when a file of ../shared is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside this checkout)")
    return path


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full dateline spaCy pipeline, loaded once per test session."""
    from dateline.nlp import load

    return load()


@pytest.fixture(scope="session")
def pipeline(nlp: Language) -> Pipeline:
    """The article pipeline (sources, reader, spaCy, records) around the session's ``nlp``."""
    from dateline.pipeline import Pipeline

    return Pipeline(nlp)


@pytest.fixture(scope="session")
def example_text() -> str:
    return need_shared(EXAMPLE).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_gold() -> dict[str, Any]:
    path = need_shared(EXAMPLE.with_suffix(".gold.json"))
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def unlistable(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """Make a directory unlistable (``PermissionError`` from ``os.scandir``), as a mode of 000
    does for anyone but root: tests run as root too."""

    def refuse(locked: Path) -> None:
        real = os.scandir

        def scandir(path: str | os.PathLike[str] = ".") -> os._ScandirIterator[str]:
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)

    return refuse
