"""Token look-ups over a Doc's arrays: tokens by lower-case word, by part of speech, by
character offset, and the tokens that may be cue verbs, read in C once per Doc (iterating a Doc
builds a Token object for every token); the Doc's entities, built once per Doc."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc, Span, Token

from dateline.nlp.memo import per_doc


def tokens_lower(doc: Doc, words: Iterable[str]) -> list[Token]:
    """Tokens of ``doc`` whose lower-case text is one of ``words``, in order (found in C: a pass
    over every token builds a Token object each)."""
    return [doc[i] for i in token_indices(doc, words)]


def token_indices(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indices of the tokens of ``doc`` whose lower-case text is one of ``words``, in order."""
    strings = doc.vocab.strings
    if isinstance(words, tuple | frozenset):
        keys = _WORD_KEYS.get(words)
        if keys is None:
            keys = _WORD_KEYS[words] = np.fromiter((strings[w] for w in words), dtype=np.uint64)
    else:
        keys = np.fromiter((strings[w] for w in words), dtype=np.uint64)
    return np.flatnonzero(np.isin(_lower_array(doc), keys)).tolist()


#: the string keys of the word lists asked about (a string's key is its hash, the same in every vocabulary)
_WORD_KEYS: dict[tuple[str, ...] | frozenset[str], np.ndarray] = {}


@per_doc
def _lower_array(doc: Doc) -> np.ndarray:
    """The Doc's lower-case string keys, one per token (read once per Doc)."""
    return doc.to_array(LOWER)


@per_doc
def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per Doc (each access builds every entity's Span anew)."""
    return tuple(doc.ents)


@per_doc
def token_words(doc: Doc) -> list[str]:
    """The text of every token, read from the Doc's arrays once per Doc."""
    strings = doc.vocab.strings
    return [strings[key] for key in doc.to_array(ORTH).tolist()]


def tokens_pos(doc: Doc, pos: str) -> list[Token]:
    """Tokens of ``doc`` with the coarse part of speech ``pos`` ("NOUN"), in order."""
    key = doc.vocab.strings[pos]
    return [doc[int(i)] for i in np.flatnonzero(doc.to_array(POS) == key)]


def tokens_pos_lemma(doc: Doc, pos: str, keep: Callable[[str], bool]) -> list[Token]:
    """Tokens of ``doc`` with the part of speech ``pos`` whose lemma ``keep`` accepts, in order
    (``keep`` is asked once per distinct lemma; only the kept tokens are built)."""
    strings = doc.vocab.strings
    arr = doc.to_array([POS, LEMMA])
    idx = np.flatnonzero(arr[:, 0] == strings[pos])
    lemmas = arr[idx, 1].tolist()
    kept = {key: keep(strings[key]) for key in set(lemmas)}
    return [doc[i] for i, key in zip(idx.tolist(), lemmas, strict=True) if kept[key]]


VERB_TAGS = ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB")


def verb_or_clause_heads(doc: Doc) -> list[Token]:
    """Tokens that may be cue verbs (is_cue) or take a that-clause: verbs and auxiliaries by part
    of speech or tag, and heads of a ccomp to their right; in order."""
    strings = doc.vocab.strings
    pos, tag, dep = doc.to_array(POS), doc.to_array(TAG), doc.to_array(DEP)
    head = doc.to_array(HEAD).astype(np.int64)  # offset of the head from the token
    mask = np.isin(pos, np.array([strings["VERB"], strings["AUX"]], dtype=np.uint64))
    mask |= np.isin(tag, np.array([strings[t] for t in VERB_TAGS], dtype=np.uint64))
    ccomp = np.flatnonzero(dep == strings["ccomp"])
    heads = ccomp + head[ccomp]
    mask[heads[heads < ccomp]] = True
    return [doc[int(i)] for i in np.flatnonzero(mask)]


@per_doc
def _bounds(doc: Doc) -> tuple[np.ndarray, np.ndarray]:
    """Start and end characters of every token, read in C (iterating a Doc builds Token objects)."""
    arr = doc.to_array([IDX, LENGTH]).astype(np.int64).reshape(-1, 2)
    return arr[:, 0], arr[:, 0] + arr[:, 1]


def token_starts(doc: Doc) -> np.ndarray:
    """The first character of every token (read once per Doc)."""
    return _bounds(doc)[0]


def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens whose first character lies in [start, end)."""
    starts, _ = _bounds(doc)
    i, j = np.searchsorted(starts, [start, end], side="left")
    return list(doc[int(i):int(j)])


def token_at(doc: Doc, char: int) -> Token | None:
    """The token covering character ``char`` (or the next one after whitespace)."""
    _, ends = _bounds(doc)
    i = int(np.searchsorted(ends, char, side="right"))
    return doc[i] if i < len(doc) else None
