"""Fixtures of the time tests: run the parser and dateline_time only on a sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from dateline.model import Timex
from dateline.time.component import TimeTagger

SYNTAX = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "dateline_paragraphs")


@pytest.fixture(scope="session")
def time_tag(nlp: Any) -> Callable[[str, str | None], list[Timex]]:
    """``time_tag(text, published)``: the session pipeline's parse, then dateline_time
    (the other dateline components are not under test here)."""
    wanted = [p for p in nlp.pipe_names if p in SYNTAX]
    tagger = TimeTagger()

    def run(text: str, published: str | None) -> list[Timex]:
        doc = nlp.make_doc(text)
        doc._.published = published
        with nlp.select_pipes(enable=wanted):
            doc = nlp(doc)
        return list(tagger(doc)._.timexes)

    return run
