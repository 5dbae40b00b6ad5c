"""``POST /articles``: one article (HTML or plain text) through reader, pipeline and store.

Exists only when the app is made with ``allow_ingest``; every request needs
``Authorization: Bearer TOKEN``. The spaCy pipeline loads on the first accepted request.
"""

from __future__ import annotations

import codecs
import hmac
import logging
import threading
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Header, Query, Request

from dateline.reader.language import foreign
from dateline.sources import InputError
from dateline.sources.decode import binary_decoded, file_kind, iso2022
from dateline.store.dates import DateFilterError, day
from dateline.web.errors import ApiError
from dateline.web.schemas import Error, Ingested

if TYPE_CHECKING:
    from dateline.pipeline import Pipeline

log = logging.getLogger("dateline.web")
router = APIRouter(tags=["ingest"])
_LOCK = threading.Lock()  # one pipeline load and one article at a time

TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}


def check_token(request: Request, authorization: str | None) -> None:
    expected = request.app.state.settings.token or ""
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not expected or not hmac.compare_digest(
            given.strip().encode(), expected.encode()):
        raise ApiError(401, "unauthorized", "send the server's token as 'Authorization: Bearer TOKEN'",
                       headers={"WWW-Authenticate": "Bearer"})


def pipeline_of(request: Request) -> Pipeline:
    """The app's pipeline, loaded once on first use (several seconds)."""
    state = request.app.state
    with _LOCK:
        if getattr(state, "pipeline", None) is None:
            factory = state.settings.pipeline
            if factory is None:
                from dateline.pipeline import Pipeline

                factory = Pipeline
            try:
                state.pipeline = factory()
            except Exception as err:  # a missing model or a bad dictionary: the server's to fix
                log.error("cannot load the pipeline for POST /articles", exc_info=err)
                raise ApiError(503, "unavailable", "the language pipeline could not be loaded; "
                               "the reason is in the server's log") from err
        pipeline: Pipeline = state.pipeline
        return pipeline


@router.post("/articles", response_model=Ingested, status_code=201, responses={
    400: {"model": Error, "description": "bad_request: no article could be read from the body, or "
          "published is not one day (published '2024-02-30': expected YYYY-MM-DD (a day that exists))."},
    401: {"model": Error, "description": "Missing or wrong bearer token."},
    413: {"model": Error, "description": "Body over the size limit."},
    415: {"model": Error, "description": "Not text/html or text/plain."},
})
async def post_article(
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
    url: Annotated[str | None, Query(max_length=2000, description="Where the article was published.")] = None,
    published: Annotated[str | None, Query(max_length=200, description="Publication date, when known: "
                                           "YYYY-MM-DD (2024-8-18 too), as the CLI's --published; "
                                           "empty: none. Any other value is a 400 bad_request.")] = None,
    source: Annotated[str | None, Query(max_length=200, description="The outlet's name, when known.")] = None,
) -> dict[str, Any]:
    """Read, understand and store one article sent as ``text/html`` or ``text/plain`` (UTF-8
    unless Content-Type names another charset; ISO-2022-JP or -KR, 7-bit and so valid UTF-8 too,
    told by its escapes as a file's is)."""
    check_token(request, authorization)
    published = given_day(published)
    media = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    kind = TYPES.get(media)
    if kind is None:
        raise ApiError(415, "unsupported_media_type",
                       f"send the article as text/html or text/plain, not {media or 'no content type'}")
    coding = (request.headers.get("content-encoding") or "identity").strip().lower()
    if coding != "identity":
        raise ApiError(415, "unsupported_media_type", f"the body is {coding}-encoded; send it "
                       "uncompressed (Content-Encoding is not read)")
    encoding = charset(request.headers.get("content-type") or "")
    raw = await request.body()
    shifted = iso2022(raw) if encoding == "utf-8" else None  # 7-bit: as a file, not read as UTF-8
    if shifted is not None:
        text, encoding = shifted
    else:
        try:
            text = raw.decode(encoding).lstrip("\ufeff")
        except UnicodeDecodeError as err:
            raise ApiError(400, "bad_request", f"the body is not {encoding} text ({err.reason} at byte "
                           f"{err.start}); re-encode it, or name its charset in Content-Type") from err
    binary = binary_kind(raw, text, encoding)
    if binary:  # a file sent by mistake decodes too (a SQLite file is valid UTF-8): the CLI refuses it
        raise ApiError(400, "bad_request", f"the body is {binary}, not text or HTML; send the article")
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_ingest, request, kind, text, url, published, source)


def given_day(published: str | None) -> str | None:
    """``published`` as YYYY-MM-DD by the CLI's ``--published`` rule (``store.dates.day``: one day,
    2024-8-18 too, in the years a reader takes as given), None when empty; else a 400 in its words."""
    from dateline.reader.dates import GIVEN_MAX, GIVEN_MIN

    try:
        return day(published, option="published", years=(GIVEN_MIN, GIVEN_MAX))
    except DateFilterError as err:
        raise ApiError(400, "bad_request", str(err)) from err


def binary_kind(raw: bytes, text: str, encoding: str) -> str | None:
    """What binary data the body (``text`` decoded from ``encoding``) holds ("binary data (a PDF
    file)"), or None for text, by ``dateline.sources``' rules for a file: a known file format
    by its opening bytes, else ``decode.binary_decoded``, so a body and the same text as a file
    get one verdict."""
    kind = file_kind(raw)
    if kind is not None:
        return f"binary data ({kind})"
    return "binary data" if binary_decoded(raw, text, encoding) else None


def charset(content_type: str) -> str:
    """The text encoding a Content-Type names ('text/plain; charset=ISO-8859-1'), UTF-8 when
    it names none; an encoding Python does not know is a 415 naming it."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip().strip('"'):
            name = value.strip().strip('"')
            try:
                info = codecs.lookup(name)
                if not info._is_text_encoding:  # rot13, base64: codecs, not charsets
                    raise LookupError(name)
                return info.name
            except LookupError as err:
                raise ApiError(415, "unsupported_media_type", f"unknown charset {name!r}; send "
                               "UTF-8 or name a standard encoding (ISO-8859-1, windows-1252, ...)") from err
    return "utf-8"


def _ingest(request: Request, kind: str, text: str, url: str | None, published: str | None,
            source: str | None) -> dict[str, Any]:
    from dateline.reader import read_html, read_text

    origin = url or "<http>"
    reader = read_html if kind == "html" else read_text
    try:
        article = reader(text, origin=origin, url=url, published=published, source=source)
    except InputError as err:
        raise ApiError(400, "bad_request", f"no article in the body: {err.message}") from err
    pipeline = pipeline_of(request)
    with _LOCK:
        record = pipeline.process(article)
        result = request.app.state.store.put([record])
    status = "stored" if result.stored else "replaced" if result.replaced else "unchanged"
    return {"id": record.id, "status": status, "events": len(record.events), "quotes": len(record.quotes),
            "language": record.language, "text_only": foreign(record.body)}
