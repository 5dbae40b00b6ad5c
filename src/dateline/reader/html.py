"""HTML -> main text lines and page metadata through trafilatura (precision-oriented settings)."""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from datetime import date

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
            with_metadata: bool = True, fast: bool = False) -> Extraction:
    """Run trafilatura once: main text without comments, tables kept, plus metadata."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, favor_precision=not favor_recall, favor_recall=favor_recall,
            include_comments=False, include_tables=True, include_images=False,
            with_metadata=with_metadata, deduplicate=False, fast=fast,
            date_extraction_params=_date_params() if with_metadata else None,
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


def _date_params() -> dict[str, object]:
    """htmldate: the page's own markup first, the URL only as a backup, no guessing from body text
    (the reader looks for dates in the text itself, and says so in the evidence)."""
    return {"original_date": True, "extensive_search": False, "deferred_url_extractor": True,
            "max_date": date.today().isoformat()}


def date_in_markup(html: str, iso_date: str) -> bool:
    """Whether the page spells the ISO date in its markup (meta tags, JSON-LD, ``<time>``)."""
    return iso_date in html


def trafilatura_body(html: str, *, url: str | None = None) -> str:
    """trafilatura alone, favoring precision with its fallback extractors on (its strongest
    precision setting, stronger than the reader's first pass): the baseline of ``dateline eval reader``."""
    return extract(html, url=url, with_metadata=False, fast=False).text


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
