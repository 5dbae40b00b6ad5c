"""Tokenizer rules dateline adds to the model's, set once at load (``initials_keep_their_stop``).

spaCy's suffix rules split a doubled stop after initials as an ellipsis: "flew to the U.A.E..
Talks" gave "U.A.E" and "..", so the tagger saw no country's initials ("U.A.E" tagged ORG) and
every later stage had to give the stop back. Initials keep their own stop and the sentence
gets the second: "U.A.E." and ".". Three stops or more stay an ellipsis ("the U.S... Then").
The rule pickles (``nlp.pipe(n_process=...)``) and serialises: no single pattern of Python's
``re`` says it (it asks whether the whole word is initials, which a suffix's look-behind cannot),
so spaCy's bytes hold the model's own suffix pattern and ``InitialsTokenizer.from_bytes`` (and
``from_disk``, which reads through it) sets the rule over it again. ``spacy.load`` of a saved
pipeline builds spaCy's plain tokenizer: ``dateline.nlp.load()`` sets the rule each time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from re import Match

from spacy.language import Language
from spacy.tokenizer import Tokenizer

#: initials and a doubled stop, the whole of what is left of a word: "U.A.E..", "D.C..", "W.Va..",
#: "Ph.D.." (each initial a capital, with at most one small letter; the last with at most two)
_INITIALS_STOPS = re.compile(r"(?:[A-Z][a-z]?\.)+[A-Z][a-z]{0,2}\.\.")
_LAST_STOP = re.compile(r"\.$")


class InitialsSuffix:
    """A ``suffix_search`` that gives a word of initials and two stops one stop as its suffix,
    where the model's own rules (``search``) keep the initials with one stop whole ("U.A.E.",
    not "W.Va."), and asks ``search`` about every other word."""

    def __init__(self, search: Callable[[str], Match[str] | None]) -> None:
        self.search = search

    @property
    def __self__(self) -> object:
        """The model's compiled suffix pattern: what spaCy writes for a ``suffix_search``
        (``search.__self__.pattern``)."""
        return self.search.__self__  # type: ignore[attr-defined]

    def __call__(self, text: str) -> Match[str] | None:
        if _INITIALS_STOPS.fullmatch(text) and self.search(text[:-1]) is None:
            return _LAST_STOP.search(text)
        return self.search(text)


class InitialsTokenizer(Tokenizer):
    """spaCy's tokenizer with ``InitialsSuffix`` over its suffix rules, also once loaded from
    bytes or disk."""

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> InitialsTokenizer:
        super().from_bytes(bytes_data, exclude=exclude)
        _wrap_suffix(self)
        return self


def _wrap_suffix(tokenizer: Tokenizer) -> None:
    """Set ``InitialsSuffix`` over ``tokenizer``'s suffix rules (once)."""
    search = tokenizer.suffix_search
    if search is not None and not isinstance(search, InitialsSuffix):
        tokenizer.suffix_search = InitialsSuffix(search)


def initials_keep_their_stop(nlp: Language) -> None:
    """Split "U.A.E.." as "U.A.E." and "." in ``nlp``'s tokenizer (once: a second call is a
    no-op): an ``InitialsTokenizer`` with the model's tokenizer's rules takes its place."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer) or isinstance(tokenizer, InitialsTokenizer):
        return  # a tokenizer of another kind has no suffix rules to add to
    nlp.tokenizer = InitialsTokenizer(tokenizer.vocab).from_bytes(tokenizer.to_bytes(exclude=["vocab"]),
                                                                  exclude=["vocab"])


__all__ = ["InitialsSuffix", "InitialsTokenizer", "initials_keep_their_stop"]
