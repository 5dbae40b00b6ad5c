"""One article given as a value (``dateline.read``, ``Pipeline.process``/``pipe``): a path or its text.

A ``Path`` is a file. A string is a file when it is one line naming an existing file; a one-line
string that can only be a path (an article file's name, a directory, a path with a root, or with
directories) or only a URL is an ``InputError``; any other string is the article's text or HTML.
"""

from __future__ import annotations

import re
from pathlib import Path

from dateline.sources.files import SUFFIXES, is_html, iter_sources
from dateline.sources.items import InputError, SourceItem

_ONE_LINE_MAX = 4096  # longer strings are text, never a path
_ROOTED = re.compile(r"^(?:/|\\\\|\.{1,2}[/\\]|~[/\\]|[A-Za-z]:[/\\])")
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def source_item(value: str | Path, *, several: str = "use dateline.Pipeline") -> SourceItem:
    """The source item ``value`` gives (a file's article, or the text itself). Raises InputError
    for a URL, a directory, a missing file, a file that is no article, or one that holds
    several articles (the message then ends with ``several``: what to use instead)."""
    if isinstance(value, str) and not _one_line(value):
        return text_item(value)
    word = str(value).strip()
    if isinstance(value, str) and _URL.match(word) and not any(c.isspace() for c in word):
        raise InputError(word, "is a URL; dateline reads nothing from the network: pass the "
                               "page's file, text or bytes (url= names it)")
    path = Path(value) if isinstance(value, Path) else Path(word)
    kind = _kind(path) if isinstance(value, Path) or _may_be_path(word) else None
    if kind == "dir":
        raise InputError(str(path), "is a directory; give one article's file (`dateline ingest` "
                                    "and `dateline.sources.iter_sources` read directories)")
    if kind == "file":
        return _file_item(path, several)
    if isinstance(value, Path) or _names_a_file(word):
        raise InputError(str(value), "no such file (a path, not article text)")
    return text_item(value)


def text_item(text: str) -> SourceItem:
    """An article's text or HTML (HTML when it has markup), given in memory."""
    html = is_html(text)
    return SourceItem(origin="<text>", html=text if html else None, text=None if html else text)


def _file_item(path: Path, several: str) -> SourceItem:
    results = list(iter_sources([path]))
    if len(results) != 1:
        raise InputError(str(path), f"holds {len(results)} articles; {several}")
    item = results[0]
    if not isinstance(item, SourceItem):
        raise InputError(item.origin, item.message)
    return item


def _one_line(text: str) -> bool:
    return "\n" not in text and len(text) < _ONE_LINE_MAX


def _may_be_path(word: str) -> bool:
    """A one-line string with no whitespace inside, a path separator or an article file's suffix."""
    return bool(word) and (not any(c.isspace() for c in word) or "/" in word or "\\" in word
                           or word.lower().endswith(SUFFIXES))


def _kind(path: Path) -> str | None:
    """"file", "dir", or None (nothing there, or no name a file system takes: too long, NUL)."""
    try:
        return "file" if path.is_file() else "dir" if path.is_dir() else None
    except (OSError, ValueError):
        return None


def _names_a_file(word: str) -> bool:
    """A one-line string that can only be a path: an article file's name, or a word (no
    whitespace) with a root ("/srv/news", "./article", "C:\\news"), with two directories or
    more ("data/2024/0818"), or whose directory exists. "N/A" and "Gaza/Israel" are text."""
    if word.lower().endswith(SUFFIXES) and not any(c.isspace() for c in word):
        return True
    if not word or any(c.isspace() for c in word) or not ("/" in word or "\\" in word):
        return False
    if _ROOTED.match(word) or len(re.findall(r"[/\\]+", word.strip("/\\"))) >= 2:
        return True
    parent = Path(word).parent
    return str(parent) not in ("", ".") and _kind(parent) == "dir"


__all__ = ["source_item", "text_item"]
