"""dateline: news coverage of conflict and diplomacy as a structured, sourced, queryable record.

    >>> import dateline
    >>> record = dateline.read("path/to/article.html")      # or the text itself
    >>> record.to_json()["events"]
"""

from __future__ import annotations

import logging
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
    path_or_text: str | Path,
    *,
    published: str | None = None,
    url: str | None = None,
    source: str | None = None,
) -> ArticleRecord:
    """Read and understand one article: a path to a .txt/.html/.html.gz file, or the text/HTML itself.

    ``published`` (YYYY-MM-DD) overrides every date found in the article.
    Raises ``dateline.sources.InputError`` for input that is not an article.
    """
    from dateline.reader import read_item
    from dateline.sources import InputError, SourceItem, iter_sources
    from dateline.sources.files import SUFFIXES, is_html

    one_line = isinstance(path_or_text, str) and "\n" not in path_or_text and len(path_or_text) < 4096
    candidate = Path(path_or_text) if isinstance(path_or_text, Path) or (
        one_line and Path(path_or_text).is_file()) else None
    if candidate is None and one_line and str(path_or_text).lower().endswith(SUFFIXES):
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


__all__ = ["ArticleRecord", "CleanArticle", "Pipeline", "__version__", "read"]
