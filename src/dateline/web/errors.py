"""One JSON error shape for every 4xx and 5xx: ``{"error": {"code", "message"}}``.

Validation errors say which parameter and why; unexpected errors are logged here with their
traceback and reach the client only as ``internal_error`` (no stack traces, no paths).
"""

from __future__ import annotations

import logging
import re
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.store import StoreError
from dateline.store.dates import DATE_FORM, DATE_SYNTAX, DateFilterError, FilterError, window
from dateline.store.queries import SEARCH_SYNTAX

log = logging.getLogger("dateline.web")

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 406: "not_acceptable", 411: "length_required",
         413: "payload_too_large", 415: "unsupported_media_type", 422: "invalid_request",
         429: "too_many_requests", 500: "internal_error", 503: "unavailable"}


class ApiError(Exception):
    """An error answered as ``{"error": {"code", "message"}}`` with ``status``."""

    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def error_response(status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status,
                        headers=headers)


def _where(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("query", "path", "body", "header")]
    return ".".join(parts) or "request"


#: a search over text: the one syntax of /articles, /quotes and /stories (and the CLI's --search)
Search = Annotated[str | None, Query(max_length=200, description=f"Search: {SEARCH_SYNTAX}. "
                                     "A malformed search is a 400 naming it and the problem.")]

#: the pattern of the API's date bounds (since, until): the CLI's dates (store.dates.DATE_SYNTAX,
#: "2024-8-1" too); empty or blank is no bound (as the store takes it)
DATE_PATTERN = rf"^({DATE_SYNTAX}|\s*)$"


#: the parameters that are date bounds (DATE_PATTERN, at most 10 characters) on every endpoint
DATE_BOUNDS = ("since", "until")


def _bad_date(error: dict[str, Any]) -> bool:
    """Whether ``error`` is a date bound not in the form (``since=bad``, ``until=2024-08-180``)."""
    loc: tuple[Any, ...] = tuple(error.get("loc") or ())
    return bool(loc) and loc[-1] in DATE_BOUNDS and error.get("type") in (
        "string_pattern_mismatch", "string_too_long")


def _problem(error: dict[str, Any]) -> str:
    """One parameter's fault, naming it (``limit: Input should be ...``). A date bound not in
    the form is worded as the store's own date error (``store.dates.bound``), so that every bad
    date, whatever is wrong with it, reads ``since '18/08/2024': expected YYYY, YYYY-MM or
    YYYY-MM-DD (a day that exists)`` here and ``--since '18/08/2024': ...`` in the CLI."""
    where = _where(error.get("loc", ()))
    if _bad_date(error):
        return f"{where} {error.get('input')!r}: {DATE_FORM}"
    return f"{where}: {error.get('msg', 'invalid')}"


#: the CLI's "--since" in the store's words, before a quoted value ("--since '2024-13'"); a
#: "--" inside the value ('cease--fire', '--') is the user's text
_OPTION = re.compile(r"(?<!\S)--(?=[a-z]+ ')")


def parameters(message: str) -> str:
    """The store's words about a filter (``--since 'x' and --until 'y': ...``) with the API's
    parameter names (``since 'x' and until 'y': ...``)."""
    return _OPTION.sub("", message)


def _bad_dates(request: Request) -> str | None:
    """The request's date bounds refused as the CLI refuses them (``store.dates.window``): both
    named when both are bad (``since 'x' and until 'y': expected ...``), or None."""
    try:
        window(request.query_params.get("since"), request.query_params.get("until"), prefix="")
    except DateFilterError as err:
        return str(err)
    return None


def known_parameters(request: Request) -> None:
    """A query parameter the endpoint does not take is a 400 ``unknown_parameter`` naming it and
    the ones it takes: a misspelt filter ("sinse=2024") would otherwise be ignored and the whole
    table answered as if filtered."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    taken = _query_names(route)
    unknown = [name for name in dict.fromkeys(request.query_params) if name not in taken]
    if unknown:
        names = ", ".join(map(repr, unknown))
        takes = f"it takes {', '.join(sorted(taken))}" if taken else "it takes none"
        raise ApiError(400, "unknown_parameter", f"{route.path} has no parameter {names}; {takes}")


def _query_names(route: APIRoute) -> frozenset[str]:
    """The query parameters of ``route`` and of its dependencies (the filters, the paging)."""
    names: set[str] = set()
    stack = [route.dependant]
    while stack:
        dependant = stack.pop()
        names.update(param.alias for param in dependant.query_params)
        stack.extend(dependant.dependencies)
    return frozenset(names)


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the one shape."""

    @app.exception_handler(ApiError)
    async def api_error(_: Request, err: ApiError) -> JSONResponse:
        return error_response(err.status, err.code, err.message, err.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError) -> JSONResponse:
        errors = err.errors()
        problems = [_problem(e) for e in errors[:5]]
        if errors and all(_bad_date(e) for e in errors):
            # A bad date is one answer whatever is wrong with it: not in the form (since=bad) or
            # no day (since=2024-02-30, the store's FilterError below) are both 400 invalid_filter.
            return error_response(400, "invalid_filter", _bad_dates(request) or "; ".join(problems))
        return error_response(422, "invalid_request", "; ".join(problems) or "invalid request")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, err: StoreError) -> JSONResponse:
        if isinstance(err.__cause__, FilterError):
            # A filter value the store refuses (since=2024-13); the message names the value (every
            # bad date bound: store.dates.window) as the CLI's does, less its options' "--".
            return error_response(400, "invalid_filter", parameters(err.message))
        # The database's fault, not the request's (a damaged record, an unreadable file): the
        # server's to fix; its log names the file, the client gets the problem without paths.
        log.error("database error on %s %s: %s", request.method, request.url.path, err)
        return error_response(500, "store_error", "the database failed on this request: "
                              + err.message.replace(str(err.origin), "the database"))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, err: StarletteHTTPException) -> JSONResponse:
        code = CODES.get(err.status_code, "error" if err.status_code < 500 else "internal_error")
        message = err.detail if isinstance(err.detail, str) else code.replace("_", " ")
        if err.status_code == 404 and message == "Not Found":
            message = "no such endpoint; the API is described at /openapi.json"
        return error_response(err.status_code, code, message, getattr(err, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, err: Exception) -> JSONResponse:
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=err)
        return error_response(500, "internal_error",
                              "the server failed on this request; the error is in the server's log")
