"""The FastAPI app: JSON API, dashboard (static, local assets only) and the security around them.

    >>> from dateline.web import create_app, WebOptions
    >>> app = create_app("dateline.db", WebOptions())   # serve with uvicorn

Read-only unless ``allow_ingest`` (then ``POST /articles`` with ``Authorization: Bearer TOKEN``).
Request bodies are capped at ``max_body`` bytes; every answer carries a strict
Content-Security-Policy (same origin only: the dashboard loads nothing from elsewhere).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import Depends, FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dateline import __version__
from dateline.store import Store, StoreError
from dateline.web import api, errors

if TYPE_CHECKING:
    from dateline.pipeline import Pipeline

STATIC = Path(__file__).resolve().parent / "static"

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


# A server on loopback answers only requests addressed to loopback names: a web page elsewhere
# cannot read the API through a DNS name rebound to 127.0.0.1.
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")


@dataclass(frozen=True)
class WebOptions:
    """How the app behaves; defaults are the safe ones."""

    allow_ingest: bool = False  # POST /articles exists only with this and a token
    token: str | None = None  # bearer token for POST /articles
    max_body: int = 2_000_000  # bytes per request body
    hosts: tuple[str, ...] | None = LOOPBACK_HOSTS  # Host headers answered (None: any)
    pipeline: Callable[[], Pipeline] | None = None  # loads the pipeline on first ingest


def _open(path: Path, *, writable: bool) -> Store:
    """The store at ``path``; a read-only one when only reading and SQLite cannot write there.
    When that fails too, its error is the one raised: it says why the file cannot be read as it
    is (a schema too old to read unmigrated, a -wal it cannot see), where the first only says
    that SQLite could not write."""
    try:
        return Store(path, create=False)
    except StoreError as err:
        if writable or not isinstance(err.__cause__, sqlite3.Error):
            raise
        try:
            return Store(path, create=False, read_only=True)
        except StoreError as reading:
            raise reading from err


def create_app(store: Store | str | Path, options: WebOptions = WebOptions()) -> FastAPI:
    """The app over ``store`` (a Store, or the path of an existing database file; without
    ``allow_ingest`` one where nothing can be written is opened for reading only)."""
    if options.allow_ingest and not options.token:
        raise ValueError("allow_ingest needs a token: clients send it as 'Authorization: Bearer TOKEN'")
    if not isinstance(store, Store):
        store = _open(Path(store), writable=options.allow_ingest)
    app = FastAPI(title="dateline", version=__version__, docs_url=None, redoc_url=None,
                  description="Who did what to whom, when, where, and who said what, from news "
                              "articles. Read-only JSON; errors are {\"error\": {\"code\", \"message\"}}.")
    app.state.store = store
    app.state.settings = options
    errors.install(app)
    known = [Depends(errors.known_parameters)]  # the API's, not the dashboard's (?utm_source=...)
    app.include_router(api.router, dependencies=known)
    if options.allow_ingest:
        from dateline.web import ingest

        app.include_router(ingest.router, dependencies=known)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    app.add_middleware(Guard, max_body=options.max_body, hosts=options.hosts)
    return app


class Guard:
    """ASGI middleware: refuses other Host names (400) and bodies over ``max_body`` bytes (413);
    answers HEAD as GET without the body; adds the security headers to every answer."""

    def __init__(self, app: ASGIApp, max_body: int, hosts: tuple[str, ...] | None = None) -> None:
        self.app = app
        self.max_body = max_body
        self.hosts = None if hosts is None else frozenset(h.lower() for h in hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if self.hosts is not None and _host(headers.get(b"host", b"")) not in self.hosts:
            await _refuse(send, 400, "bad_host", "this server answers only requests to "
                          + ", ".join(sorted(self.hosts)))
            return
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await _refuse_size(send, self.max_body)
            return
        head = scope.get("method") == "HEAD"
        if head:  # HEAD is GET without the body (RFC 9110): every GET route answers it
            scope = {**scope, "method": "GET"}
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge
            return message

        async def secured_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        try:
            await self.app(scope, limited_receive, secured_send)
        except BodyTooLarge:
            if not started:
                await _refuse_size(send, self.max_body)


class BodyTooLarge(Exception):
    """A streamed request body went past the limit."""


def _host(value: bytes) -> str:
    """The name in a Host header, without its port ('[::1]:8000' -> '[::1]')."""
    host = value.decode("latin-1").strip().lower()
    if host.startswith("["):
        return host.partition("]")[0] + "]"
    return host.rpartition(":")[0] if host.count(":") == 1 else host


async def _refuse_size(send: Send, limit: int) -> None:
    await _refuse(send, 413, "payload_too_large", f"request body over {limit} bytes; send a smaller article")


async def _refuse(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    headers: list[Any] = [(b"content-type", b"application/json"),
                          (b"content-length", str(len(body)).encode()), *SECURITY_HEADERS]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
