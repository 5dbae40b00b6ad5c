"""The reader: one input (HTML or scraped text) -> CleanArticle. No NLP model; deterministic.

HTML goes through trafilatura (precision-oriented, with its metadata), then the same line
classifier as plain text, which keeps furniture (captions, credits, promos, related links,
bylines, share bars...) in the record with its kind instead of in the body.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.model import CleanArticle, Furniture
from dateline.reader import dates
from dateline.reader.core import Given, ReaderOptions, build_article, classify_lines, unwrap
from dateline.reader.furniture import LineContext, classify_line
from dateline.reader.html import Figure, date_in_markup, extract
from dateline.reader.mojibake import repair
from dateline.sources.items import InputError, SourceItem
from dateline.sources.text import printable

DEFAULT_OPTIONS = ReaderOptions()


def read_item(item: SourceItem, options: ReaderOptions = DEFAULT_OPTIONS) -> CleanArticle:
    """Read one source item; raises InputError (naming ``item.origin``) when no body remains."""
    given = Given(origin=item.origin, url=item.url, published=item.published, source=item.source,
                  id=item.id)
    if item.html is not None:
        return _read_html(item.html, given, options)
    if item.text is not None:
        return _read_text(item.text, given, options)
    raise InputError(item.origin, "neither text nor HTML was given")


def read_text(text: str, *, origin: str | None = None, url: str | None = None,
              published: str | None = None, source: str | None = None,
              options: ReaderOptions = DEFAULT_OPTIONS) -> CleanArticle:
    """Read scraped plain text: every line is body or classified furniture."""
    return _read_text(text, Given(origin=origin, url=url, published=published, source=source), options)


def read_html(html: str, *, origin: str | None = None, url: str | None = None,
              published: str | None = None, source: str | None = None,
              options: ReaderOptions = DEFAULT_OPTIONS) -> CleanArticle:
    """Read an HTML page: trafilatura's main text and metadata, then the furniture filter."""
    return _read_html(html, Given(origin=origin, url=url, published=published, source=source), options)


def _read_text(text: str, given: Given, options: ReaderOptions) -> CleanArticle:
    text = printable(repair(text))
    lines = unwrap(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return build_article(classify_lines(lines, plain_text=True, options=options), given)


def _read_html(html: str, given: Given, options: ReaderOptions) -> CleanArticle:
    html = printable(repair(html))
    found = extract(html, url=given.url, fast=options.fast)
    classified = classify_lines(found.text.split("\n"), title=found.metadata.title, options=options)
    body_chars = sum(len(text) for text, kind in classified if kind is None)
    if body_chars < options.recall_fallback_chars:
        again = extract(html, url=given.url, favor_recall=True, with_metadata=False)
        retry = classify_lines(again.text.split("\n"), title=found.metadata.title, options=options)
        if sum(len(text) for text, kind in retry if kind is None) > body_chars:
            classified = retry
    classified = _figure_furniture(found.figures, classified) + classified
    meta = found.metadata
    url_date = dates.date_from_url(given.url or meta.url)
    if url_date and dates.normalize_date(meta.date) == url_date and not date_in_markup(html, url_date):
        meta = replace(meta, date=None)  # htmldate read it off the URL: say "url", not "metadata"
    return build_article(classified, given, meta=meta)


def _figure_furniture(figures: tuple[Figure, ...], classified: list[tuple[str, Furniture | None]]
                      ) -> list[tuple[str, Furniture | None]]:
    """Image slugs and captions of the page's figures, unless the text already has the line."""
    seen = {text for text, _ in classified}
    box = sum(1 for figure in figures if figure.video and figure.caption) >= 2  # a box of videos
    out: list[tuple[str, Furniture | None]] = []
    for figure in figures:
        if figure.image and figure.image not in seen:
            slug = classify_line(figure.image)
            if slug is not None and slug.kind == "image_slug":
                out.append((figure.image, slug))
        if figure.caption and figure.caption not in seen:
            out.append((figure.caption, _figure_caption(figure.caption, boxed_video=box and figure.video)))
    return out


def _figure_caption(text: str, *, boxed_video: bool) -> Furniture:
    """A figure's caption, read as a line under its image. In a box of videos (two or more on
    the page), a caption with no stop and no credit is the clip's title, a headline ("Volker says
    there was nothing unusual about hold on aid", "Day 3, Part 10: Tim Morrison's opening
    statement"): the box goes to the related links together, as a box of video headlines does in
    scraped text, not line by line as a headline's shape would have them; a described scene
    ("Smoke rises over the port on Friday.", "... Video: Reuters") stays a caption, and so does
    the story's one video's ("Firefighters battle the blaze at the quay")."""
    found = classify_line(text, LineContext(previous_kind="image_slug")) or Furniture("caption", text)
    if boxed_video and found.kind == "caption" and found.credit is None and text.rstrip("\"”’')]")[-1:] not in ".!?":
        return Furniture("related_links", text)
    return found


__all__ = ["DEFAULT_OPTIONS", "ReaderOptions", "read_html", "read_item", "read_text"]
