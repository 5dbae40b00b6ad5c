"""Files, directories (recursive), JSON Lines and stdin -> SourceItems, streaming."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from dateline.sources.decode import decode
from dateline.sources.items import InputError, SourceError, SourceItem

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
TEXT_SUFFIXES = (".txt", ".txt.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
SUFFIXES = HTML_SUFFIXES + TEXT_SUFFIXES + JSONL_SUFFIXES

Result = SourceItem | SourceError


def iter_sources(paths: Iterable[str | Path], *, stdin: BinaryIO | None = None) -> Iterator[Result]:
    """Every article under ``paths`` ("-" is stdin), or an error per bad input, in order."""
    for raw in paths:
        if str(raw) == "-":
            yield from _read_stream((stdin or sys.stdin.buffer).read(), "<stdin>")
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p) in SUFFIXES)
            if not files:
                yield SourceError(str(path), "directory holds no .txt, .html, .htm, .html.gz or .jsonl file")
            for file in files:
                yield from _read_file(file)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield SourceError(str(path), "no such file or directory")


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def _read_file(path: Path) -> Iterator[Result]:
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        yield SourceError(origin, f"cannot read ({err.strerror or err})")
        return
    suffix = _suffix(path)
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(data, origin)
        return
    try:
        text = decode(data, origin)
    except InputError as err:
        yield SourceError(origin, err.message)
        return
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _is_html(text)):
        yield SourceItem(origin=origin, html=text)
    else:
        yield SourceItem(origin=origin, text=text)


def _read_stream(data: bytes, origin: str) -> Iterator[Result]:
    """stdin: JSON Lines when every line is a JSON object, else one article (HTML or text)."""
    try:
        text = decode(data, origin)
    except InputError as err:
        yield SourceError(origin, err.message)
        return
    if text.lstrip().startswith("{"):
        yield from _read_jsonl(data, origin)
    elif _is_html(text):
        yield SourceItem(origin=origin, html=text)
    else:
        yield SourceItem(origin=origin, text=text)


def _is_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head or "<p>" in head


def _read_jsonl(data: bytes, origin: str) -> Iterator[Result]:
    """One article a line: ``text`` or ``html``; optional ``id``, ``url``, ``published``, ``source``."""
    try:
        text = decode(data, origin)
    except InputError as err:
        yield SourceError(origin, err.message)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield SourceError(where, f"malformed JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(obj, dict):
            yield SourceError(where, "a JSON Lines article must be an object")
            continue
        body_text, html = obj.get("text"), obj.get("html")
        if not (isinstance(body_text, str) and body_text.strip()) and not (
            isinstance(html, str) and html.strip()
        ):
            yield SourceError(where, "needs a non-empty 'text' or 'html' field")
            continue
        fields = {k: obj.get(k) for k in ("id", "url", "published", "source")}
        bad = [k for k, v in fields.items() if v is not None and not isinstance(v, str)]
        if bad:
            yield SourceError(where, f"field(s) {', '.join(bad)} must be strings")
            continue
        yield SourceItem(
            origin=where,
            text=body_text if isinstance(body_text, str) and body_text.strip() else None,
            html=None if isinstance(body_text, str) and body_text.strip() else html,
            **fields,
        )
