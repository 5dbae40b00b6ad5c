"""One article the whole way: reader -> nlp -> records. Batches stream through ``nlp.pipe``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from dateline.model import ArticleRecord, CleanArticle
from dateline.nlp import load
from dateline.nlp.records import prepare, to_record


class Pipeline:
    """The understanding stage over clean articles. Loads the spaCy pipeline once."""

    def __init__(self, nlp: Language | None = None, *, batch_size: int = 16) -> None:
        self.nlp = nlp if nlp is not None else load()
        self.batch_size = batch_size

    def process(self, article: CleanArticle) -> ArticleRecord:
        """One clean article -> its record."""
        return next(self.pipe([article]))

    def pipe(self, articles: Iterable[CleanArticle]) -> Iterator[ArticleRecord]:
        """Clean articles -> records, in order, streaming."""
        docs = (prepare(self.nlp.make_doc, a) for a in articles)
        for doc in self.nlp.pipe(docs, batch_size=self.batch_size):
            yield to_record(doc)
