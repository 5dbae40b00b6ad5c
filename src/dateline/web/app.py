"""The FastAPI app: JSON API, dashboard (static, local assets only) and the security around them.

    >>> from dateline.web import create_app, WebOptions
    >>> app = create_app("dateline.db", WebOptions())   # serve with uvicorn

Read-only unless ``allow_ingest`` (then ``POST /articles`` with ``Authorization: Bearer TOKEN``).
Request bodies are capped at ``max_body`` bytes; every answer carries a strict
Content-Security-Policy (same origin only: the dashboard loads nothing from elsewhere).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dateline import __version__
from dateline.store import Store
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


@dataclass(frozen=True)
class WebOptions:
    """How the app behaves; defaults are the safe ones."""

    allow_ingest: bool = False  # POST /articles exists only with this and a token
    token: str | None = None  # bearer token for POST /articles
    max_body: int = 2_000_000  # bytes per request body
    pipeline: Callable[[], Pipeline] | None = None  # loads the pipeline on first ingest


def create_app(store: Store | str | Path, options: WebOptions = WebOptions()) -> FastAPI:
    """The app over ``store`` (a Store, or the path of an existing database file)."""
    if options.allow_ingest and not options.token:
        raise ValueError("allow_ingest needs a token: clients send it as 'Authorization: Bearer TOKEN'")
    if not isinstance(store, Store):
        store = Store(store, create=False)
    app = FastAPI(title="dateline", version=__version__, docs_url=None, redoc_url=None,
                  description="Who did what to whom, when, where, and who said what, from news "
                              "articles. Read-only JSON; errors are {\"error\": {\"code\", \"message\"}}.")
    app.state.store = store
    app.state.settings = options
    errors.install(app)
    app.include_router(api.router)
    if options.allow_ingest:
        from dateline.web import ingest

        app.include_router(ingest.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    app.add_middleware(Guard, max_body=options.max_body)
    return app


class Guard:
    """ASGI middleware: refuses bodies over ``max_body`` bytes (413) and adds security headers."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await _refuse(send, self.max_body)
            return
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
            await send(message)

        try:
            await self.app(scope, limited_receive, secured_send)
        except BodyTooLarge:
            if not started:
                await _refuse(send, self.max_body)


class BodyTooLarge(Exception):
    """A streamed request body went past the limit."""


async def _refuse(send: Send, limit: int) -> None:
    body = (b'{"error": {"code": "payload_too_large", "message": "request body over '
            + str(limit).encode() + b' bytes; send a smaller article"}}')
    headers: list[Any] = [(b"content-type", b"application/json"),
                          (b"content-length", str(len(body)).encode()), *SECURITY_HEADERS]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})
