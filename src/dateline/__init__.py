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

    A string is a path when it is one line that names an existing file; one line that can only be
    a path (a file name such as ``report.html``, ``./article``, ``data/2024/0818``), a directory
    or a bare URL is an ``InputError``; other strings ("N/A", "Gaza/Israel", a sentence that
    starts with a link) are the article's text.

    ``published`` (YYYY-MM-DD, or a ``datetime.date``) overrides every date found in the article.
    Raises ``dateline.sources.InputError`` for input that is not an article, ``TypeError`` for
    a value that is none of these (``None``, a number).
    """
    from dateline.reader import read_item
    from dateline.sources import SourceItem
    from dateline.sources.decode import decode
    from dateline.sources.given import source_item, text_item

    if isinstance(published, datetime):
        published = published.date().isoformat()
    elif isinstance(published, date):
        published = published.isoformat()
    elif published is not None and not isinstance(published, str):
        raise TypeError(f"dateline.read: published is a YYYY-MM-DD string or a datetime.date, not "
                        f"{type(published).__name__}")
    if isinstance(path_or_text, bytes | bytearray):
        item = text_item(decode(bytes(path_or_text), "<bytes>"))  # text, never a path
    elif isinstance(path_or_text, str | Path):
        item = source_item(path_or_text)
    else:
        raise TypeError(f"dateline.read takes a path, article text or bytes, not "
                        f"{type(path_or_text).__name__}")
    item = SourceItem(
        origin=item.origin, text=item.text, html=item.html, id=item.id,
        url=url or item.url, published=published or item.published, source=source or item.source,
    )
    return _default_pipeline().process(read_item(item))


__all__ = ["ArticleRecord", "CleanArticle", "Pipeline", "__version__", "read"]
