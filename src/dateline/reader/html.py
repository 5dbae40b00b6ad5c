"""HTML -> main text lines and page metadata through trafilatura (precision-oriented settings)."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lxml.html import HtmlElement

import lxml.etree
import lxml.html

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
class Figure:
    """A figure of the article: its image file name, its caption as written, and whether it
    holds a video (a ``<video>``, or "video" in its class: ``is-video``, ``wp-block-video``)."""

    image: str | None = None
    caption: str | None = None
    video: bool = False


@dataclass(frozen=True)
class Extraction:
    """Main text (trafilatura's plain-text rendering, one block a line), metadata, figures."""

    text: str
    metadata: PageMetadata
    figures: tuple[Figure, ...] = ()


def extract(html: str, *, url: str | None = None, favor_recall: bool = False,
            with_metadata: bool = True, fast: bool = False) -> Extraction:
    """Parse once; main text from trafilatura (no comments, tables kept) and the page metadata."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:  # trafilatura refuses fragments ("<p>...</p>"); lxml wraps them in a page
        try:
            tree = lxml.html.document_fromstring(html)
        except (ValueError, lxml.etree.ParserError) as err:
            LOG.debug("not parseable as HTML: %s (%s)", url or "<html>", err)
            return Extraction("", PageMetadata(url=url))
    meta = page_metadata(tree, url) if with_metadata else PageMetadata(url=url)
    found = article_figures(tree) if with_metadata else ()
    drop_hidden_inline(tree)
    try:
        doc = trafilatura.bare_extraction(
            tree, url=url, favor_precision=not favor_recall, favor_recall=favor_recall,
            include_comments=False, include_tables=True, include_images=False,
            with_metadata=False, deduplicate=False, fast=fast,
        )
    except (ValueError, TypeError, AttributeError) as err:  # malformed markup deep in lxml
        LOG.warning("trafilatura failed on %s: %s", url or "<html>", err)
        doc = None
    text = "" if doc is None or isinstance(doc, dict) else doc.text or ""
    if not text.strip() and favor_recall:  # a fragment too small for trafilatura: its blocks' text
        text = block_text(tree)
    return Extraction(unicodedata.normalize("NFC", text), meta, found)


_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt")
_SKIP = frozenset(("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template"))


def block_text(tree: HtmlElement) -> str:
    """The text of every innermost block element outside page chrome, one block a line: the last
    resort for HTML fragments ("<p>...</p>") that trafilatura judges too short to be an article."""
    lines: list[str] = []
    for element in tree.iter(*_BLOCKS):
        if any(a.tag in _SKIP for a in element.iterancestors()) or next(element.iterdescendants(*_BLOCKS), None) is not None:
            continue
        text = " ".join(element.text_content().split())
        if text:
            lines.append(text)
    return "\n".join(lines)


#: class names of boxes that a page shows only on hover or click, inside a paragraph: a person's
#: card behind a linked name ("rollover-people-block"), a tooltip, a popover
_POPUP_CLASS = re.compile(r"rollover|tooltip|popover|hovercard|popup|element-hidden", re.I)
_TOOLTIP_CLASS = re.compile(r"tooltip|popover|hovercard", re.I)
_TERM_CLASS = re.compile(r"link|term|trigger|toggle|anchor|label", re.I)
_BOXES_OF_TEXT = frozenset(("p", "li", "td"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: the elements with a style or ``hidden``, or a class inside a parent with a class (a popup's
#: box), inside a paragraph, list item or cell, in document order: no other element is removed,
#: and each one found costs a Python object. ``descendant::`` steps, not ``//p//*``: libxml2
#: reads "//" as every node's children, merging one node set per node (twice the time)
_INLINE_MARKED = lxml.etree.XPath(" | ".join(
    f"descendant::{block}/descendant::*[@style or @hidden or (@class and ../@class)]"
    for block in ("p", "li", "td")))


def drop_hidden_inline(tree: HtmlElement) -> None:
    """Remove the hidden boxes inside paragraphs, keeping the text after them: a linked name's
    hover card ("Gov. <a>Kristi Noem</a><span class=rollover-people-block>Kristi Lynn Noem ...
    MORE</span> (R) is") is not read as "Gov. Kristi NoemKristi Lynn Noem... MORE (R) is".
    A box of a popup class goes when it sits in a popup wrapper after the name or term (the
    wrapper stays), never a link; hidden elements (``hidden``, ``display: none``) go whole. Only
    elements inside a paragraph, list item or cell: a hidden ``<div>`` of the page may hold the
    rest of the story behind a "read more" button."""
    for element in _INLINE_MARKED(tree):
        style = element.get("style")
        if (element.get("hidden") is not None or (style and _HIDDEN_STYLE.search(style))
                or (_popup_class(element.get("class") or "") and _popup_box(element))):  # a call for the few
            _remove_keeping_tail(element)


def _popup(element: HtmlElement) -> bool:
    """An element of a popup class; not a link (the name that opens it: "rollover-people-link")."""
    return element.tag != "a" and _popup_class(element.get("class") or "")


@lru_cache(maxsize=4096)
def _popup_class(value: str) -> bool:
    """Whether a class attribute names a popup: asked once per distinct value (a page's menus
    repeat a few classes thousands of times, and the regex, case-blind, is the costly part)."""
    return bool(_POPUP_CLASS.search(value))


def _popup_box(element: HtmlElement) -> bool:
    """The box a popup shows: an element of a popup class inside another (the wrapper that
    holds the name or term and its box), after the wrapper's own text or first child. A popup
    element alone is the term itself ('expand <span class=tooltip>Medicaid</span> coverage'),
    or a class that only says "popup" ('the <span class=popup-store>pop-up shop</span>'). A
    tooltip's box also goes from a wrapper of another class, after the term."""
    parent = element.getparent()
    if not _popup(element) or parent is None or not ((parent.text or "").strip() or element.getprevious() is not None):
        return False
    return _popup(parent) or _tooltip_in_wrapper(element, parent)


def _tooltip_in_wrapper(element: HtmlElement, parent: HtmlElement) -> bool:
    """A tooltip's box alone after its term in a wrapper of another class, not in the paragraph
    itself ('<span class=glossary-term>Medicaid<span class=glossary-tooltip>A health programme
    ...</span></span>'): a box of three words or more glued to the term (no space: read as one
    word "MedicaidA health"), or beside it and a sentence of its own ('Medicaid <span
    class=glossary-tooltip>A health programme for poor families.</span>'); not a term or a link
    of a tooltip class ('the <span class=tooltip-link>Medicaid</span> plan', 'Read about <span
    class=tooltip-link>Medicaid for all poor families.</span>', 'Read more: <span class=tooltip>...')."""
    before, box = parent.text or "", element.text_content().split()
    sentence = len(box) >= 3 and box[0][:1].isupper() and box[-1][-1:] in ".!?"
    return (parent.tag not in _BOXES_OF_TEXT and len(parent) == 1 and not (element.tail or "").strip()
            and len(box) >= 3 and _TOOLTIP_CLASS.search(element.get("class") or "") is not None
            and (before[-1:].isalnum() or (before[-1:].isspace() and before.rstrip()[-1:].isalnum() and sentence
                                           and not _TERM_CLASS.search(element.get("class") or ""))))


def _remove_keeping_tail(element: HtmlElement) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def article_figures(tree: HtmlElement, limit: int = 6) -> tuple[Figure, ...]:
    """Image file names and captions of the ``<figure>``s inside ``<article>``/``<main>`` (the
    whole page when it has neither): trafilatura leaves them out of the text."""
    scopes = tree.xpath("//article|//main") or [tree]
    out: list[Figure] = []
    for figure in scopes[0].iter("figure"):
        img = next(figure.iter("img"), None)
        src = (img.get("src") or img.get("data-src") or "") if img is not None else ""
        name = src.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
        stem = name.rsplit(".", 1)[0] if "." in name else name
        caption = next(figure.iter("figcaption"), None)
        text = _spaced_text(caption) if caption is not None else ""
        if stem or text:
            video = "video" in (figure.get("class") or "").lower() or next(figure.iter("video"), None) is not None
            out.append(Figure(stem or None, text or None, video))
        if len(out) >= limit:
            break
    return tuple(out)


def _spaced_text(element: HtmlElement) -> str:
    """The text of ``element`` with a space between its blocks (``<h5>Headline</h5><p>2 hours
    ago</p>`` in minified HTML is "Headline 2 hours ago", not "Headline2 hours ago")."""
    if next(element.iterdescendants(*_BLOCKS, "div", "br"), None) is None:
        return " ".join(element.text_content().split())
    parts: list[str] = []
    for piece in element.xpath(".//text()"):  # a block's text, or the text after one, starts apart
        owner = piece.getparent()
        apart = owner is not None and owner is not element and (owner.tag in _BLOCKS or owner.tag in ("div", "br"))
        parts.append(f" {piece}" if apart else str(piece))
    return " ".join("".join(parts).split())


def page_metadata(tree: HtmlElement, url: str | None) -> PageMetadata:
    """Title, author, site name, canonical URL and language from meta tags and JSON-LD (through
    trafilatura's readers), the date through htmldate. Skips trafilatura's costly extras
    (categories, tags, licence, author and site-name guessing from the page body)."""
    from htmldate import find_date
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url

    meta = examine_meta(tree)
    try:
        meta = extract_meta_json(tree, meta)
    except Exception as err:  # noqa: BLE001 -- trafilatura guards this call the same way
        LOG.debug("JSON-LD metadata unreadable in %s: %s", url or "<html>", err)
    page_url = _clean(meta.url) or _clean(extract_url(tree, url)) or url
    try:
        found = find_date(tree, url=url or page_url, **_date_params())
    except (ValueError, TypeError) as err:
        LOG.debug("htmldate failed on %s: %s", url or "<html>", err)
        found = None
    author = _clean(meta.author)
    lang = _clean(tree.get("lang"))
    sitename = _clean((meta.sitename or "").lstrip("@"))
    if sitename and "." not in sitename and sitename[0].islower():
        sitename = sitename.title()  # as trafilatura does: "cleveland" -> "Cleveland"
    return PageMetadata(
        title=_clean(meta.title) or _clean(extract_title(tree)),
        author=author if author and " " in author else None,  # one word is usually a handle
        date=_clean(found), sitename=sitename, url=page_url,
        hostname=None, language=lang.split("-")[0].lower() if lang else None,
    )


def _date_params() -> dict[str, Any]:
    """htmldate: the page's own markup first, the URL only as a backup, no guessing from body text
    (the reader looks for dates in the text itself, and says so in the evidence)."""
    return {"original_date": True, "extensive_search": False, "deferred_url_extractor": True,
            "max_date": date.today().isoformat()}


def date_in_markup(html: str, iso_date: str) -> bool:
    """Whether the page spells the ISO date in its markup (meta tags, JSON-LD, ``<time>``)."""
    return iso_date in html


def trafilatura_body(html: str, *, url: str | None = None) -> str:
    """trafilatura alone with the reader's settings (favor precision, fallback extractors on, no
    comments, tables kept), without the furniture filter: the baseline of ``dateline eval reader``."""
    return extract(html, url=url, with_metadata=False, fast=False).text


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
