"""Helpers of the quote tests: attributions and Quote records found in a sentence of ours, and a
span's text."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import Quote
from dateline.quotes.extract import Found, find_attributions


@pytest.fixture(scope="module")
def found_in(nlp: Any) -> Any:
    """text -> the attributions the quotes stage finds in it."""
    def run(text: str) -> list[Found]:
        return find_attributions(nlp(text))
    return run


@pytest.fixture(scope="module")
def quotes_of(nlp: Any, request: pytest.FixtureRequest) -> Any:
    """text -> the Quote records of the whole pipeline, published on the test module's
    ``PUBLISHED`` (default 2024-08-20, a Tuesday)."""
    published = getattr(request.module, "PUBLISHED", "2024-08-20")

    def run(text: str) -> list[Quote]:
        doc = nlp.make_doc(text)
        doc._.published = published
        return list(nlp(doc)._.quotes)
    return run


def span_text(text: str, span: tuple[int, int] | None) -> str | None:
    """The characters of ``span`` (None for no span)."""
    return None if span is None else text[span[0]:span[1]]
