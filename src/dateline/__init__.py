"""dateline: news coverage of conflict and diplomacy as a structured, sourced, queryable record.

    >>> import dateline
    >>> record = dateline.read("path/to/article.html")      # or the text itself
    >>> record.to_json()["events"]
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.model import ArticleRecord, CleanArticle

if TYPE_CHECKING:
    from dateline.pipeline import Pipeline

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """``dateline.Pipeline`` imports spaCy only when asked for (keeps the CLI quick to start)."""
    if name == "Pipeline":
        from dateline.pipeline import Pipeline

        return Pipeline
    raise AttributeError(name)


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    from dateline.pipeline import Pipeline

    return Pipeline()


def read(
    path_or_text: str | Path | bytes,
    *,
    published: str | date | None = None,
    url: str | None = None,
    source: str | None = None,
) -> ArticleRecord:
    """Read and understand one article: a path to a .txt/.html/.html.gz file, the text/HTML
    itself, or its bytes (a page as downloaded: decoded as the file sources decode).

    ``published`` (YYYY-MM-DD, or a ``datetime.date``) overrides every date found in the article.
    Raises ``dateline.sources.InputError`` for input that is not an article, ``TypeError`` for
    a value that is none of these (``None``, a number).
    """
    from dateline.reader import read_item
    from dateline.sources import InputError, SourceItem, iter_sources
    from dateline.sources.decode import decode
    from dateline.sources.files import SUFFIXES, is_html

    if isinstance(published, datetime):
        published = published.date().isoformat()
    elif isinstance(published, date):
        published = published.isoformat()
    elif published is not None and not isinstance(published, str):
        raise TypeError(f"dateline.read: published is a YYYY-MM-DD string or a datetime.date, not "
                        f"{type(published).__name__}")
    given_bytes = isinstance(path_or_text, bytes | bytearray)
    if isinstance(path_or_text, bytes | bytearray):
        path_or_text = decode(bytes(path_or_text), "<bytes>")  # text, never a path
    elif not isinstance(path_or_text, str | Path):
        raise TypeError(f"dateline.read takes a path, article text or bytes, not "
                        f"{type(path_or_text).__name__}")
    one_line = (isinstance(path_or_text, str) and not given_bytes and "\n" not in path_or_text
                and len(path_or_text) < 4096)
    if one_line and str(path_or_text).strip().lower().startswith(("http://", "https://")):
        raise InputError(str(path_or_text), "is a URL; dateline reads nothing from the network: "
                                            "pass the page's file, text or bytes (url= names it)")
    candidate = Path(path_or_text) if isinstance(path_or_text, Path) or (
        one_line and Path(path_or_text).is_file()) else None
    if candidate is None and one_line and _names_a_file(str(path_or_text), SUFFIXES):
        raise InputError(str(path_or_text), "no such file (a path, not article text)")
    if candidate is not None:
        results = list(iter_sources([candidate]))
        if len(results) != 1:
            raise InputError(str(candidate), f"holds {len(results)} articles; use dateline.Pipeline")
        item = results[0]
        if not isinstance(item, SourceItem):
            raise InputError(item.origin, item.message)
    else:
        text = str(path_or_text)
        html = is_html(text)
        item = SourceItem(origin="<text>", html=text if html else None, text=None if html else text)
    item = SourceItem(
        origin=item.origin, text=item.text, html=item.html, id=item.id,
        url=url or item.url, published=published or item.published, source=source or item.source,
    )
    return _default_pipeline().process(read_item(item))


def _names_a_file(text: str, suffixes: tuple[str, ...]) -> bool:
    """A one-line string that can only be a path: an article file's name, or a path with a
    directory and no spaces ("data/2024/0818", "./article")."""
    word = text.strip()
    return word.lower().endswith(suffixes) or (
        bool(word) and not any(c.isspace() for c in word) and ("/" in word or "\\" in word))


__all__ = ["ArticleRecord", "CleanArticle", "Pipeline", "__version__", "read"]
