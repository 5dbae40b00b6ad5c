"""A per-document memo: a function of a Doc computed once for the Doc being processed.

Components ask the same document-wide question many times while they read one Doc (its text, its
token offsets, its titled words); the answer is kept in one slot keyed on the Doc object itself (the text, wanted by every
component, in the Doc's ``user_data``: ``text_of``)
(identity, not equality), and replaced when another Doc comes. The slot is read once per call, so
another thread replacing it in between cannot hand back one Doc's answer for another.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Generic, TypeVar

from spacy.tokens import Doc

T = TypeVar("T")


class _Slot(Generic[T]):
    """The last Doc and its answer, held as one tuple so that it is read and replaced at once."""

    __slots__ = ("last",)

    def __init__(self) -> None:
        self.last: tuple[Doc, T] | None = None


#: where ``text_of`` keeps a Doc's text (``Doc.user_data``: it travels with the Doc)
TEXT_KEY = "dateline.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per Doc and kept for the later components (spaCy joins every
    token on each access; the text cannot change: retokenizing keeps it)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return str(text)


def per_doc(fn: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """Decorate ``fn(doc)`` so that it runs once per Doc object while that Doc is the last asked
    about (one slot: the previous Doc's answer is dropped, and the last Doc is held until then)."""
    slot: _Slot[T] = _Slot()

    @functools.wraps(fn)
    def memo(doc: Doc) -> T:
        last = slot.last  # one read: another thread may replace it
        if last is not None and last[0] is doc:
            return last[1]
        value = fn(doc)
        slot.last = (doc, value)
        return value

    return memo


__all__ = ["TEXT_KEY", "per_doc", "text_of"]
