"""Doc -> ArticleRecord: the border after which nothing sees spaCy objects."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from dateline.model import ArticleRecord, CleanArticle, article_id
from dateline.nlp.extensions import records_of


def prepare(make_doc: Callable[[str], Doc], article: CleanArticle) -> Doc:
    """A Doc over the article body, carrying the article and its publication date."""
    doc = make_doc(article.body)
    doc._.article = article
    doc._.published = article.published.date
    return doc


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
