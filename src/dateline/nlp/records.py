"""Doc -> ArticleRecord: the border after which nothing sees spaCy objects."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from dateline.model import ArticleRecord, CleanArticle, article_id
from dateline.nlp.extensions import records_of
from dateline.nlp.memo import TEXT_KEY


def prepare(make_doc: Callable[[str], Doc], article: CleanArticle) -> Doc:
    """A Doc over the article body, carrying the article and its publication date (and the body
    as its text: ``keep_text``)."""
    doc = make_doc(article.body)
    doc._.article = article
    doc._.published = article.published.date
    keep_text(doc, article.body)
    return doc


def keep_text(doc: Doc, text: str) -> None:
    """Hand ``text``, the string ``doc`` was made from, to ``memo.text_of``: spaCy's tokens keep
    every character, so ``doc.text`` is that string, and joining it again from the tokens
    (~0.2-0.5 ms an article) is spared. Where the tokens do not end where ``text`` does (a Doc
    made otherwise), ``text_of`` joins it as before."""
    last = doc[-1] if len(doc) else None
    if last is None and not text or last is not None and last.idx + len(last.text_with_ws) == len(text):
        doc.user_data[TEXT_KEY] = text


def identify(article: CleanArticle) -> str:
    """The article id: a caller-given id, else hash of body + URL (or file name)."""
    if article.id:
        return article.id
    name = article.url or (article.origin.rsplit("/", 1)[-1] if article.origin else None)
    return article_id(article.body, name)


def to_record(doc: Doc) -> ArticleRecord:
    """Collect what the components stored on the doc into one record."""
    article: CleanArticle = doc._.article
    return ArticleRecord(
        id=identify(article),
        body=article.body,
        paragraphs=article.paragraphs,
        url=article.url,
        source=article.source,
        title=article.title,
        author=article.author,
        published=article.published,
        dateline=article.dateline,
        furniture=article.furniture,
        language=article.language,
        origin=article.origin,
        actors=records_of(doc, "actors"),
        mentions=records_of(doc, "mentions"),
        timexes=records_of(doc, "timexes"),
        places=records_of(doc, "places"),
        quotes=records_of(doc, "quotes"),
        events=records_of(doc, "events"),
        proposals=records_of(doc, "proposals"),
        stances=records_of(doc, "stances"),
    )
