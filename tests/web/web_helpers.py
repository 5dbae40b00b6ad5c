"""Helpers of the web tests: the test servers and where artifacts go."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import uvicorn

from dateline.store import Store

TOKEN = "test-token-0123456789abcdef"
REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO.parent / "shared" / "examples" / "gulf-news-2024-08-18.txt"
ARTIFACTS = REPO / "test-artifacts"


@dataclass
class Server:
    url: str
    store: Store
    client: httpx.Client

    def get(self, path: str, **params: Any) -> httpx.Response:
        return self.client.get(path, params=params)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(app: Any) -> Iterator[str]:
    """Run ``app`` with uvicorn in a thread on a free loopback port; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           server_header=False))
    thread = threading.Thread(target=server.run, daemon=True, name=f"uvicorn-{port}")
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"uvicorn did not start on 127.0.0.1:{port}")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)




CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class Watched:
    """A page and everything it did that a test must not see."""

    def __init__(self, page: Any, base: str) -> None:
        self.page = page
        self.base = base
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: self.errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        page.on("request", lambda r: self.requests.append(r.url))
        page.route("**/*", self._route)

    def _route(self, route: Any) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob") or (parts.hostname in ("127.0.0.1", "localhost")
                                                and url.startswith(self.base)):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def open(self, fragment: str) -> None:
        self.page.goto(f"{self.base}/{fragment}")
        self.page.wait_for_selector("body[data-ready=true]", timeout=30_000)

    def go(self, fragment: str) -> None:
        """Navigate inside the app (hash change) and wait for the view."""
        self.page.evaluate("() => { delete document.body.dataset.ready; }")
        self.page.evaluate(f"() => {{ window.location.hash = {fragment!r}; }}")
        self.page.wait_for_selector("body[data-ready=true]", timeout=30_000)

    def shot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"dashboard-{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def clean(self) -> None:
        """No console or page errors, no request elsewhere, no 'null'/'undefined' shown."""
        assert self.errors == [], self.errors
        shown = self.page.inner_text("main")
        assert not re.search(r"\bnull\b|\bundefined\b|\bNaN\b|\[object Object\]", shown), shown[:2000]
        assert self.outside == [], f"requests left the test server: {self.outside}"
        assert all(u.startswith(self.base) or u.startswith("data:") for u in self.requests), self.requests
