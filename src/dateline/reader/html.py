"""HTML -> main text lines and page metadata through trafilatura (precision-oriented settings)."""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass

LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageMetadata:
    """What trafilatura found in the page head: raw strings, None when absent."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    hostname: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Main text (trafilatura's plain-text rendering, one block a line) and metadata."""

    text: str
    metadata: PageMetadata


def extract(html: str, *, url: str | None = None, favor_recall: bool = False,
            with_metadata: bool = True) -> Extraction:
    """Run trafilatura once: main text without comments, tables kept, plus metadata."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, favor_precision=not favor_recall, favor_recall=favor_recall,
            include_comments=False, include_tables=True, include_images=False,
            with_metadata=with_metadata, deduplicate=False,
        )
    except (ValueError, TypeError, AttributeError) as err:  # malformed markup deep in lxml
        LOG.warning("trafilatura failed on %s: %s", url or "<html>", err)
        doc = None
    if doc is None or isinstance(doc, dict):
        return Extraction("", PageMetadata(url=url))
    text = unicodedata.normalize("NFC", doc.text or "")
    meta = PageMetadata(
        title=_clean(doc.title), author=_clean(doc.author), date=_clean(doc.date),
        sitename=_clean(doc.sitename), url=_clean(doc.url) or url, hostname=_clean(doc.hostname),
        language=_clean(doc.language),
    )
    return Extraction(text, meta)


def trafilatura_body(html: str, *, url: str | None = None) -> str:
    """trafilatura alone with the reader's settings: the baseline of ``dateline eval reader``."""
    return extract(html, url=url, with_metadata=False).text


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
