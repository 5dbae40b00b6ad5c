"""Fixtures of the time tests: run the parser and dateline_time only on a sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from dateline.model import CleanArticle, Furniture, Timex
from dateline.time.component import TimeTagger

SYNTAX = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "dateline_paragraphs")


@pytest.fixture(scope="session")
def time_tag(nlp: Any) -> Callable[..., list[Timex]]:
    """``time_tag(text, published)``: the session pipeline's parse, then dateline_time
    (the other dateline components are not under test here)."""
    wanted = [p for p in nlp.pipe_names if p in SYNTAX]
    tagger = TimeTagger()

    def run(text: str, published: str | None, furniture: tuple[str, ...] = ()) -> list[Timex]:
        """``furniture``: the kinds of the page's furniture (``doc._.article``), e.g. ("image_slug",)."""
        doc = nlp.make_doc(text)
        doc._.published = published
        if furniture:
            doc._.article = CleanArticle(text, ((0, len(text)),), tuple(Furniture(k, "x") for k in furniture))
        with nlp.select_pipes(enable=wanted):
            doc = nlp(doc)
        return list(tagger(doc)._.timexes)

    return run
