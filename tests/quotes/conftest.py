"""Helpers of the quote tests: attributions found in a sentence of ours, and a span's text."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.quotes.extract import Found, find_attributions


@pytest.fixture(scope="module")
def found_in(nlp: Any) -> Any:
    """text -> the attributions the quotes stage finds in it."""
    def run(text: str) -> list[Found]:
        return find_attributions(nlp(text))
    return run


def span_text(text: str, span: tuple[int, int] | None) -> str | None:
    """The characters of ``span`` (None for no span)."""
    return None if span is None else text[span[0]:span[1]]
