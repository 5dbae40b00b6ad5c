"""Files, directories (recursive), JSON Lines and stdin -> SourceItems, streaming."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from dateline.sources.decode import BOMS, MAX_BYTES, decode, mib
from dateline.sources.items import InputError, SourceError, SourceItem
from dateline.sources.text import printable

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
TEXT_SUFFIXES = (".txt", ".txt.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
SUFFIXES = HTML_SUFFIXES + TEXT_SUFFIXES + JSONL_SUFFIXES
_LONGEST_FIRST = sorted(SUFFIXES, key=len, reverse=True)  # ".html.gz" before ".gz"

Result = SourceItem | SourceError


def iter_sources(paths: Iterable[str | Path], *, stdin: BinaryIO | None = None,
                 skipped: list[Path] | None = None) -> Iterator[Result]:
    """Every article under ``paths`` ("-" is stdin), or an error per bad input, in order; the
    .json files that directories hold (not read: see ``list_directory``) go into ``skipped``."""
    for raw in paths:
        if str(raw) == "-":
            yield from _read_stream(stdin or sys.stdin.buffer, "<stdin>")
            continue
        path = Path(raw)
        try:
            mode = path.stat().st_mode
        except OSError as err:
            yield SourceError(display(path), _missing(path, err))
            continue
        if stat.S_ISDIR(mode):
            left_out: list[Path] = []
            files, errors = list_directory(path, skipped=left_out)
            if skipped is not None:
                skipped.extend(left_out)
            yield from errors
            if not files and not errors:
                note = f"; {skipped_note(len(left_out))}" if left_out else ""
                yield SourceError(display(path), f"directory holds no .txt, .html, .htm, .html.gz or .jsonl file{note}")
            for file in files:
                yield from _read_file(file)
        else:
            yield from _read_file(path)


def list_directory(path: Path, *, skipped: list[Path] | None = None) -> tuple[list[Path], list[SourceError]]:
    """The input files under a directory, recursively and sorted (symbolic links to directories
    are not followed), and an error for each subdirectory that cannot be listed and each
    input-named link that leads nowhere. Its .json files are not inputs (an expected.json
    beside the articles it describes, as in the bundled demo); they go into ``skipped``,
    sorted, for the caller to say so."""
    files: list[Path] = []
    errors: list[SourceError] = []

    def unreadable(err: OSError) -> None:
        where = Path(err.filename) if err.filename else path
        errors.append(SourceError(display(where), f"cannot read the directory ({err.strerror or err}); "
                                                  "the files in it are not read"))

    for root, _dirs, names in os.walk(path, onerror=unreadable):
        for name in names:
            file = Path(root, name)
            suffix = _suffix(file)
            if suffix not in SUFFIXES:
                if skipped is not None and suffix == ".json":
                    skipped.append(file)
                continue
            # a regular file, or a link that leads nowhere (reported); no pipe or device
            if file.is_file() or (file.is_symlink() and not file.exists()):
                files.append(file)
    if skipped is not None:
        skipped.sort()
    return sorted(files), sorted(errors, key=lambda e: e.origin)


def skipped_note(n: int) -> str:
    """What a summary says of ``n`` .json files a directory held: 'skipped 1 .json file (not
    an article)'; '' for none."""
    if not n:
        return ""
    return f"skipped {n} .json file (not an article)" if n == 1 else f"skipped {n} .json files (not articles)"


def display(path: Path) -> str:
    """A path as text for messages and origins; bytes of a file name that are not UTF-8 are
    shown as ``\\xNN`` (a lone surrogate cannot be stored, hashed or printed)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _missing(path: Path, err: OSError) -> str:
    """Why ``path`` cannot be opened: missing, a link that leads nowhere, or ``err``'s reason."""
    if isinstance(err, FileNotFoundError):
        try:
            if path.is_symlink():
                return f"broken symbolic link (to {display(Path(os.readlink(path)))}, which does not exist)"
        except OSError:
            pass
        return "no such file or directory"
    return f"cannot read ({err.strerror or err})"


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in _LONGEST_FIRST if name.endswith(s)), path.suffix.lower())


def _read_file(path: Path) -> Iterator[Result]:
    origin = display(path)
    suffix = _suffix(path)
    try:
        opening = b"" if suffix in HTML_SUFFIXES + TEXT_SUFFIXES else _opening(path)
        if suffix == ".json" and opening[:1] == b"{" and (document := _json_document(path)) is not None:
            yield _jsonl_line(document, origin)  # one article object written over several lines
            return
        if suffix in JSONL_SUFFIXES or opening[:1] == b"{":  # .json, .gz, no suffix: as stdin is read
            with open_binary(path) as stream:
                yield from _read_jsonl_lines(stream, origin)
            return
        if opening[:1] == b"[" and suffix.startswith(".json"):
            yield SourceError(origin, "a JSON array, not JSON Lines: give one article object a line "
                                      "(e.g. `jq -c '.[]' FILE > FILE.jsonl`)")
            return
        if suffix == ".json" and opening:  # named JSON, holding no object: a mix-up
            yield SourceError(origin, "not JSON: a .json file holds article objects, one a line "
                                      "({\"text\": ...}); name a plain-text article .txt")
            return
        size = path.stat().st_size
        if size > MAX_BYTES and not suffix.endswith(".gz"):
            yield SourceError(origin, f"too large for one article ({mib(size)} > {mib(MAX_BYTES)}); "
                                      "split it, or give many articles as JSON Lines")
            return
        with path.open("rb") as stream:  # bounded: a pipe or a device has no size to check
            data = stream.read() if suffix.endswith(".gz") else stream.read(MAX_BYTES + 1)
    except (OSError, EOFError) as err:
        yield SourceError(origin, _missing(path, err) if isinstance(err, FileNotFoundError)
                          else f"cannot read ({getattr(err, 'strerror', None) or err})")
        return
    yield _article(data, origin, suffix)


def _article(data: bytes, origin: str, suffix: str = "") -> Result:
    """One article from a file's or stdin's bytes, decoded: HTML by its suffix, else (no suffix
    that says text) when its text is HTML; an error naming the problem when it cannot be read."""
    try:
        text = decode(data, origin)
    except InputError as err:
        return SourceError(origin, err.message)
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and is_html(text)):
        return SourceItem(origin=origin, html=text)
    return SourceItem(origin=origin, text=text)


def _json_document(path: Path) -> bytes | None:
    """A .json file that is one JSON object over several lines (pretty-printed), as one line of
    JSON Lines; None for JSON Lines (or no JSON at all), which are read line by line."""
    if not path.is_file() or path.stat().st_size > MAX_BYTES:
        return None
    data = path.read_bytes()
    if b"\n" not in data.strip():
        return None
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return json.dumps(obj, ensure_ascii=False).encode() if isinstance(obj, dict) else None


def _opening(path: Path) -> bytes:
    """The first bytes of a file (gunzipped) that are not white space: how its content opens."""
    with open_binary(path) as stream:
        return _first_byte(stream.read(4096))


def _first_byte(head: bytes) -> bytes:
    """The first byte that is not white space or a UTF-8 byte-order mark."""
    return head.lstrip().removeprefix(b"\xef\xbb\xbf").lstrip()[:1]


def open_binary(path: Path) -> BinaryIO:
    """The file, gunzipped on the fly when it is gzip data, and as UTF-8 when it is UTF-16 or
    UTF-32 with a byte-order mark (what Windows PowerShell's `>` writes): its lines are then
    split where the text's own line breaks are."""
    with path.open("rb") as probe:
        gz = probe.read(2) == b"\x1f\x8b"
    with _open(path, gz) as probe:
        head = probe.read(4)
    wide = next((name for bom, name in BOMS if head.startswith(bom)), None)
    if wide is None:
        return _open(path, gz)
    return codecs.EncodedFile(_open(path, gz), "utf-8", wide, errors="replace")


def _open(path: Path, gz: bool) -> BinaryIO:
    return gzip.open(path, "rb") if gz else path.open("rb")  # type: ignore[return-value]


def _read_stream(stream: BinaryIO, origin: str) -> Iterator[Result]:
    """stdin: JSON Lines (streamed) when it opens with a JSON object, else one article."""
    head = stream.read(MAX_BYTES + 1)
    if _first_byte(head) == b"{":
        yield from _read_jsonl_lines(_chained_lines(head, stream), origin)
        return
    if len(head) > MAX_BYTES:
        yield SourceError(origin, f"too large for one article (over {mib(MAX_BYTES)}); "
                                  "send many articles as JSON Lines")
        return
    yield _article(head, origin)


def _chained_lines(head: bytes, rest: BinaryIO) -> Iterator[bytes]:
    """The lines of already-read bytes followed by the rest of the stream, line by line."""
    lines = head.splitlines(keepends=True)
    tail = lines.pop() if lines and not lines[-1].endswith(b"\n") else b""
    yield from lines
    for line in rest:
        yield tail + line
        tail = b""
    if tail:
        yield tail


def is_html(text: str) -> bool:
    """Whether text read from a file or given as a string is HTML (by its opening markup)."""
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head or "<p>" in head


def _read_jsonl_lines(stream: Iterable[bytes], origin: str) -> Iterator[Result]:
    """One article a line: ``text`` or ``html``; optional ``id``, ``url``, ``published``, ``source``.

    Streams: a corpus of any size is read one line at a time; each line is decoded on its own.
    """
    seen, number = False, 0
    lines = iter(stream)
    while True:
        try:
            raw = next(lines)
        except StopIteration:
            break
        except (OSError, EOFError) as err:  # a truncated .jsonl.gz: say where it stops
            yield SourceError(f"{origin}:{number + 1}", f"cannot read from this line on "
                                                        f"({getattr(err, 'strerror', None) or err})")
            return
        number += 1
        if not raw.strip():
            continue
        seen = True
        yield _jsonl_line(raw, f"{origin}:{number}")
    if not seen:
        yield SourceError(origin, "empty input")


def read_jsonl_range(path: str | Path, start: int, stop: int) -> Iterator[Result]:
    """Lines [start, stop) of a JSON Lines file (counting from 1), each an item or an error,
    numbered as ``iter_sources`` numbers them; blank lines are skipped."""
    try:
        with open_binary(Path(path)) as stream:
            for number, raw in enumerate(stream, start=1):
                if number >= stop:
                    break
                if number >= start and raw.strip():
                    yield _jsonl_line(raw, f"{display(Path(path))}:{number}")
    except (OSError, EOFError) as err:
        yield SourceError(f"{path}:{start}-{stop - 1}",
                          f"cannot read ({getattr(err, 'strerror', None) or err})")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: str) -> str:
    """A JSON string as text: JSON may escape half a surrogate pair ("\\ud800"), which cannot be
    encoded, stored or printed (it becomes U+FFFD, as undecodable bytes do), NUL ("\\u0000"),
    which SQLite's text functions take for the end of the text, and terminal escapes and other
    control characters ("\\u001b]0;...\\u0007"), which are no text (both are dropped)."""
    return printable(_LONE_SURROGATE.sub("\ufffd", value))


def _json_kind(value: object) -> str:
    """A JSON value's kind, for messages: 'a number', 'an object', ..."""
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    return "an object" if isinstance(value, dict) else "a list" if isinstance(value, list) else "not text"


def _jsonl_line(raw: bytes, where: str) -> Result:
    """One line of JSON Lines: its article, or the error that names ``where``."""
    try:
        line = decode(raw, where)
    except InputError as err:
        return SourceError(where, err.message)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        return SourceError(where, f"malformed JSON ({err.msg.removesuffix(' at')} at column {err.colno})")
    if not isinstance(obj, dict):
        return SourceError(where, "a JSON Lines article must be an object")
    obj = {k: _clean(v) if isinstance(v, str) else v for k, v in obj.items()}
    bad = [f"{k} is {_json_kind(obj[k])}" for k in ("text", "html", "id", "url", "published", "source")
           if obj.get(k) is not None and not isinstance(obj[k], str)]
    if bad:
        return SourceError(where, f"fields must be strings (or null): {', '.join(bad)}")
    body_text, html = obj.get("text"), obj.get("html")
    has_text = isinstance(body_text, str) and bool(body_text.strip())
    if not has_text and not (isinstance(html, str) and html.strip()):
        return SourceError(where, "needs a non-empty 'text' or 'html' field")
    fields = {k: obj.get(k) for k in ("id", "url", "published", "source")}
    return SourceItem(
        origin=where, text=body_text if has_text else None, html=None if has_text else html, **fields,
    )
