"""A real database (the bundled demo articles and ../shared/examples when present, through the
real pipeline) served by real uvicorn servers on loopback ports, in threads of this process."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from web_helpers import ARGS, CHROMIUM, EXAMPLE, TOKEN, Server, serve  # noqa: E402

from dateline.cli.demo import BUNDLED  # noqa: E402
from dateline.ingest import ingest  # noqa: E402
from dateline.store import Store  # noqa: E402
from dateline.web import WebOptions, create_app  # noqa: E402

if TYPE_CHECKING:
    from dateline.pipeline import Pipeline

GOLD_PAGES = EXAMPLE.parents[1] / "data" / "article-extraction" / "html"
GOLD_SAMPLE = 8


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    """The demo articles, the example and a few pages of the extraction gold set (when ../shared
    is present), ingested once; tests that write copy it."""
    path = tmp_path_factory.mktemp("web") / "web.db"
    inputs: list[Path] = [BUNDLED]
    if EXAMPLE.exists():
        inputs.append(EXAMPLE)
    with Store(path) as store:
        report = ingest(inputs, store, pipeline)
        assert report.failed == 0, [e.message for e in report.errors]
        if GOLD_PAGES.is_dir():  # real news pages: whatever the reader makes of them
            ingest(sorted(GOLD_PAGES.iterdir())[:GOLD_SAMPLE], store, pipeline)
    return path


@pytest.fixture(scope="session")
def server(web_db: Path) -> Iterator[Server]:
    """The read-only app (the default) over the shared database."""
    store = Store(web_db, create=False)
    for url in serve(create_app(store)):
        with httpx.Client(base_url=url, timeout=30) as client:
            yield Server(url, store, client)
    store.close()


@pytest.fixture(scope="session")
def ingest_server(web_db: Path, tmp_path_factory: pytest.TempPathFactory,
                  pipeline: Pipeline) -> Iterator[Server]:
    """An app with ingest on (token TOKEN, 50 kB bodies) over a copy of the database."""
    copy = tmp_path_factory.mktemp("ingest") / "ingest.db"
    shutil.copy(web_db, copy)
    store = Store(copy, create=False)
    options = WebOptions(allow_ingest=True, token=TOKEN, max_body=50_000, pipeline=lambda: pipeline)
    for url in serve(create_app(store, options)):
        with httpx.Client(base_url=url, timeout=60) as client:
            yield Server(url, store, client)
    store.close()


@pytest.fixture(scope="session")
def example_id(server: Server) -> str:
    """The id of the ../shared example article in the database (skips when it is absent)."""
    if not EXAMPLE.exists():
        pytest.skip(f"{EXAMPLE} is absent (../shared is not beside this checkout)")
    for row in server.store.articles(limit=0):
        if (row["origin"] or "").endswith(EXAMPLE.name):
            return str(row["id"])
    raise AssertionError(f"{EXAMPLE.name} was not ingested")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's chromium, headless, driven by Playwright (one per test module)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: `make browser` installs Debian's chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield instance
        instance.close()
