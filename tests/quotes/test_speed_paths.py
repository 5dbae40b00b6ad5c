"""The quotes component's fast paths give what the plain computation gave."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.quotes import issuers

TEXTS = (
    "A senior Hamas official told Al Jazeera that the movement would study the offer.\n\n"
    "\u201cWe will give our answer soon,\u201d said the official.",
    "The Israeli minister said the talks would go on.\n\n\u201cThere is no deal yet,\u201d the minister told reporters.",
)


@pytest.mark.parametrize("text", TEXTS)
def test_same_role_with_doc_text(nlp: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = list(nlp(text)._.quotes)
    assert fast
    monkeypatch.setattr(issuers, "text_of", lambda doc: doc.text)
    assert fast == list(nlp(text)._.quotes)
