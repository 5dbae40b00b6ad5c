"""``state.tokens_where`` with its per-Doc arrays and cached hash sets gives the tokens a plain
pass gives, for every kind of value collection and across Docs (review8 perf). Sentences are
our own."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, LOWER, ORTH

from dateline.actors.state import tokens_where


def _plain(doc, attr: int, values) -> list[int]:  # type: ignore[no-untyped-def]
    name = {ORTH: "orth_", LOWER: "lower_", DEP: "dep_"}[attr]
    wanted = set(values)
    return [t.i for t in doc if getattr(t, name) in wanted]


@pytest.mark.parametrize(("text", "attr", "values"), [
    ("HMS Diamond and USS Carney sailed; HMS Diamond returned.", ORTH, frozenset({"HMS", "USS"})),
    ("He said she would go, and they said it was his.", LOWER, {"he", "she", "his", "they"}),
    ("The Kurds and the Yazidis met the Kurds again.", ORTH, ("Kurds", "Yazidis")),
    ("Nothing here matches at all.", LOWER, ["zebra"]),
    ("Officials said the talks failed.", DEP, ("nsubj", "nsubjpass")),
])
def test_tokens_where_matches_a_plain_pass(nlp, text: str, attr: int, values) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    for _ in range(2):  # the second call reads the cached array and hashes
        assert [t.i for t in tokens_where(doc, attr, values)] == _plain(doc, attr, values)
    assert [t.i for t in tokens_where(doc, attr, iter(list(values)))] == _plain(doc, attr, values)


def test_tokens_where_follows_the_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    first, second = nlp.make_doc("HMS Diamond sailed."), nlp.make_doc("Later HMS Kent and HMS Diamond sailed.")
    assert [t.i for t in tokens_where(first, ORTH, {"HMS"})] == [0]
    assert [t.i for t in tokens_where(second, ORTH, {"HMS"})] == [1, 4]
    assert [t.i for t in tokens_where(first, ORTH, {"HMS"})] == [0]
