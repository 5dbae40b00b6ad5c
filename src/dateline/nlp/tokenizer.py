"""Tokenizer rules dateline adds to the model's, set once at load (``initials_keep_their_stop``).

spaCy's suffix rules split a doubled stop after initials as an ellipsis: "flew to the U.A.E..
Talks" gave "U.A.E" and "..", so the tagger saw no country's initials ("U.A.E" tagged ORG) and
every later stage had to give the stop back. Initials keep their own stop and the sentence
gets the second: "U.A.E." and ".". Three stops or more stay an ellipsis ("the U.S... Then").
The rule pickles (``nlp.pipe(n_process=...)``) but is no compiled pattern, so spaCy's
``Tokenizer.to_bytes``/``to_disk`` cannot write it: dateline never saves the model, ``load()``
sets the rule each time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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

    def __call__(self, text: str) -> Match[str] | None:
        if _INITIALS_STOPS.fullmatch(text) and self.search(text[:-1]) is None:
            return _LAST_STOP.search(text)
        return self.search(text)


def initials_keep_their_stop(nlp: Language) -> None:
    """Split "U.A.E.." as "U.A.E." and "." in ``nlp``'s tokenizer (once: a second call is a no-op)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a tokenizer of another kind has no suffix rules to add to
    search = tokenizer.suffix_search
    if search is not None and not isinstance(search, InitialsSuffix):
        tokenizer.suffix_search = InitialsSuffix(search)


__all__ = ["InitialsSuffix", "initials_keep_their_stop"]
