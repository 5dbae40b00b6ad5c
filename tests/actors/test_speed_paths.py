"""The actors component's fast paths give what the plain scans gave."""

from __future__ import annotations

from typing import Any, cast

import pytest

from dateline.actors.state import ArticleState, Found

TEXTS = (
    "Prime Minister Benjamin Netanyahu met US Secretary of State Antony Blinken in Jerusalem on Monday. "
    "The Israeli leader said Hamas had rejected the proposal; he told reporters that the group's fighters "
    "were regrouping in Rafah.",
    "A senior Hamas official told Al Jazeera the movement would study the offer. The official said "
    "Egypt and Qatar, the mediators, had urged both sides to accept it, and Egyptian officials agreed.",
)


def _old_covered(self: ArticleState, i: int, kinds: tuple[str, ...] = ()) -> Found | None:
    for f in self.found:
        if f.start <= i < f.end and (not kinds or f.kind in kinds):
            return f
    return None


def test_covered_index_follows_appends_and_new_lists(nlp: Any) -> None:
    doc = nlp.make_doc("one two three four five six seven eight nine ten")
    state = ArticleState(doc, [], cast(Any, None), cast(Any, None), None)
    kinds_cases: tuple[tuple[str, ...], ...] = ((), ("name",), ("pronoun", "role"))

    def same() -> None:
        for i in range(-1, len(doc) + 1):
            for kinds in kinds_cases:
                assert state.covered(i, kinds) == _old_covered(state, i, kinds)

    same()
    state.add(0, 3, "a", "name")
    state.add(2, 4, "b", "role")
    same()
    state.add(1, 2, "c", "pronoun")  # appended after the index was built
    same()
    state.found = [f for f in state.found if f.actor != "a"]  # replaced by a new list
    same()
    state.found = [Found(5, 9, "d", "name"), Found(6, 7, "e", "role")]
    same()
    assert state.covered(6) == Found(5, 9, "d", "name") and state.covered(6, ("role",)) == Found(6, 7, "e", "role")


@pytest.mark.parametrize("text", TEXTS)
def test_actors_as_with_linear_covered(nlp: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp(text)
    fast = (list(doc._.actors), list(doc._.mentions))
    assert fast[1]
    monkeypatch.setattr(ArticleState, "covered", _old_covered)
    slow = nlp(text)
    assert fast == (list(slow._.actors), list(slow._.mentions))
