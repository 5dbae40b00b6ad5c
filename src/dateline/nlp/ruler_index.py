"""The attribute ruler's matches, found through an index instead of spaCy's Matcher.

en_core_web_sm's attribute ruler maps tags to parts of speech and morphology with 179 token
patterns. spaCy's Matcher tries every pattern at every token, which made the ruler the costliest
step of the whole pipeline after NER (2.5 s per 120 articles on this project's bench machine,
as much as the parser). ``IndexedMatcher`` finds the same matches by looking each token up in
an index on the first token's fixed values (its TAG, LOWER, DEP ...) and checking only those
candidates. ``index_attribute_ruler`` swaps it in for the ruler's Matcher when every pattern is
of the plain kind it knows (fixed-length, values exact, ``IN``, ``NOT_IN`` or ``REGEX``); the
ruler itself still sorts the matches and sets the attributes, so the tokens come out the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: Token attributes a pattern may test, as names of the Matcher; each is a column of Doc.to_array.
ATTRS = ("ORTH", "LOWER", "NORM", "LEMMA", "TAG", "DEP", "IS_SPACE")

Check = tuple[int, str, Any]  # (column, "eq" | "in" | "not_in" | "regex", value)


class Unsupported(ValueError):
    """A pattern uses a feature of the Matcher this index does not reproduce."""


class IndexedMatcher:
    """The subset of ``spacy.matcher.Matcher`` the attribute ruler uses (``add``, ``get``,
    ``len``, ``in`` and calling it on a Doc), with the same matches for the patterns it accepts.

    A token's values on the attributes the patterns test (its "signature": LOWER, TAG, DEP ...)
    decide which patterns can start at it; that answer is memoised per signature, so a common
    token ("the", DT, det) is worked out once per process rather than once per occurrence.
    """

    MEMO_SIZE = 200_000  # signatures kept before the memo starts afresh

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._patterns: dict[str, list[list[dict[str, Any]]]] = {}
        self._columns: list[str] = []  # attributes any pattern tests, in Doc.to_array order
        self._compiled: list[tuple[int, list[list[Check]]]] = []  # (match id, checks per token)
        self._index: dict[tuple[int, int], list[int]] = {}  # (column, value) -> patterns
        self._always: list[int] = []  # patterns whose first token has no fixed value
        self._memo: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[int, ...]]] = {}

    def __len__(self) -> int:
        return len(self._patterns)

    def __contains__(self, key: str) -> bool:
        return key in self._patterns

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.vocab, self._patterns))

    def get(self, key: str, default: Any = None) -> Any:
        """``(None, patterns)`` for ``key``, as the Matcher answers (callbacks are not kept)."""
        return (None, self._patterns[key]) if key in self._patterns else default

    def add(self, key: str, patterns: Sequence[list[dict[str, Any]]], *, on_match: Any = None) -> None:
        """Add ``patterns`` under ``key``; raise ``Unsupported`` before changing anything if one
        of them is not plain."""
        if on_match is not None:
            raise Unsupported("callbacks are not supported")
        self._set({**self._patterns, key: [*self._patterns.get(key, []), *patterns]})

    def _set(self, every: dict[str, list[list[dict[str, Any]]]]) -> None:
        """Compile and index ``every`` pattern by key, replacing what was there."""
        columns = sorted({_attr(name) for pats in every.values() for pattern in pats
                          for spec in pattern for name in spec}, key=ATTRS.index)
        compiled = [(self.vocab.strings.add(k), [_compile_token(spec, columns) for spec in pattern])
                    for k, pats in every.items() for pattern in pats]
        if any(not tokens for _, tokens in compiled):
            raise Unsupported("an empty pattern")
        self._patterns, self._columns, self._compiled = every, columns, compiled
        self._index, self._always = {}, []
        for cand, (_, tokens) in enumerate(compiled):
            keys = _index_keys(tokens[0], columns)
            if keys is None:
                self._always.append(cand)
            for index_key in keys or ():
                self._index.setdefault(index_key, []).append(cand)
        self._memo.clear()

    def __call__(self, doc: Doc, *, allow_missing: bool = False, as_spans: bool = False,
                 **_: Any) -> list[tuple[int, int, int]]:
        """Every ``(match_id, start, end)`` of the patterns in ``doc`` (``allow_missing`` is
        implied: a missing annotation reads as an empty value, as it does in the Matcher)."""
        if as_spans:
            raise Unsupported("as_spans is not supported")
        if not len(doc) or not self._compiled:
            return []
        rows = [tuple(row) for row in doc.to_array([IDS[name] for name in self._columns]).tolist()]
        memo, compiled, n = self._memo, self._compiled, len(rows)
        if len(memo) > self.MEMO_SIZE:
            memo.clear()
        found: list[tuple[int, int, int]] = []
        add = found.append
        for start, row in enumerate(rows):
            starts = memo.get(row)
            if starts is None:
                starts = memo[row] = self._starting_at(row)
            singles, longer = starts
            for match_id in singles:
                add((match_id, start, start + 1))
            for cand in longer:
                match_id, tokens = compiled[cand]
                end = start + len(tokens)
                if end <= n and all(self._holds(tokens[k], rows[start + k]) for k in range(1, len(tokens))):
                    add((match_id, start, end))
        return found

    def _starting_at(self, row: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The match ids of one-token patterns that hold for ``row``, and the longer patterns
        whose first token holds."""
        singles: dict[int, None] = {}
        longer = []
        candidates = set(self._always)
        for column, value in enumerate(row):
            candidates.update(self._index.get((column, value), ()))
        for cand in sorted(candidates):
            match_id, tokens = self._compiled[cand]
            if self._holds(tokens[0], row):
                if len(tokens) == 1:
                    singles[match_id] = None
                else:
                    longer.append(cand)
        return tuple(singles), tuple(longer)

    def _holds(self, checks: list[Check], row: tuple[int, ...]) -> bool:
        for column, op, value in checks:
            got = row[column]
            if op == "eq":
                ok = got == value
            elif op == "in":
                ok = got in value
            elif op == "not_in":
                ok = got not in value
            else:
                ok = bool(value.search(self.vocab.strings[got]))
            if not ok:
                return False
        return True


def _rebuild(vocab: Vocab, patterns: dict[str, list[list[dict[str, Any]]]]) -> IndexedMatcher:
    matcher = IndexedMatcher(vocab)
    matcher._set(patterns)
    return matcher


def _attr(name: str) -> str:
    attr = "ORTH" if name.upper() == "TEXT" else name.upper()
    if attr not in ATTRS:
        raise Unsupported(f"attribute {name!r}")
    return attr


def _compile_token(spec: dict[str, Any], columns: list[str]) -> list[Check]:
    checks: list[Check] = []
    for name, value in spec.items():
        column = columns.index(_attr(name))
        if isinstance(value, bool):
            checks.append((column, "eq", int(value)))
        elif isinstance(value, str):
            checks.append((column, "eq", get_string_id(value)))
        elif isinstance(value, dict) and len(value) == 1:
            (op, arg), = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                checks.append((column, op.lower(), frozenset(get_string_id(v) for v in arg)))
            elif op == "REGEX" and isinstance(arg, str):
                checks.append((column, "regex", re.compile(arg)))
            else:
                raise Unsupported(f"{name}: {op}")
        else:
            raise Unsupported(f"{name}: {value!r}")
    return checks


def _index_keys(checks: list[Check], columns: list[str]) -> list[tuple[int, int]] | None:
    """Where a first token is filed in the index: under its fixed value(s) on the most selective
    attribute it fixes (word forms before tags before dependencies), or None where it fixes none
    (such patterns are tried at every new signature)."""
    fixed = {column: (op, value) for column, op, value in checks if op in ("eq", "in")}
    for column in sorted(fixed, key=lambda c: ATTRS.index(columns[c])):
        op, value = fixed[column]
        return [(column, value)] if op == "eq" else [(column, v) for v in value]
    return None


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Give the pipe ``name`` (an AttributeRuler) an ``IndexedMatcher`` with its patterns;
    False, leaving it as it was, where there is no such pipe or a pattern is not plain."""
    if name not in nlp.pipe_names:
        return False
    ruler: Any = nlp.get_pipe(name)
    matcher = getattr(ruler, "matcher", None)
    if matcher is None or not hasattr(ruler, "attrs"):
        return False
    keys = [str(i) for i in range(len(ruler.attrs))]  # spaCy's keys: each attribute set's position
    if not all(key in matcher for key in keys):
        return False
    try:
        ruler.matcher = _rebuild(nlp.vocab, {key: matcher.get(key)[1] for key in keys})
    except Unsupported:
        return False
    return True


__all__ = ["IndexedMatcher", "Unsupported", "index_attribute_ruler"]
