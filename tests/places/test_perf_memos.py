"""The places memos give the plain answers (review8 perf): ``claims.overlaps``' character mask
against the plain pairwise test, ``standing.known_person``'s say-verb memo across texts, and
``claims.ship_names``' prefix gate. Sentences are our own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.actors.ships import AMBIGUOUS_PREFIXES
from dateline.places.claims import _SHIP_AFTER, overlaps, ship_names, ship_prefixes
from dateline.places.standing import known_person

_SPAN = st.tuples(st.integers(0, 40), st.integers(0, 40))


def _plain(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


@given(st.lists(_SPAN, max_size=8), st.lists(_SPAN, min_size=1, max_size=8))
def test_overlaps_matches_the_plain_test(spans: list[tuple[int, int]], queries: list[tuple[int, int]]) -> None:
    as_set = set(spans)  # asked about repeatedly, as the component does: the mask is reused
    for q in queries:
        assert overlaps(q, spans) == _plain(q, spans)
        assert overlaps(q, as_set) == _plain(q, spans)
        assert overlaps(q, iter(spans)) == _plain(q, spans)


@pytest.mark.parametrize(("spans", "query", "expected"), [
    ({(10, 15)}, (14, 20), True),
    ({(10, 15)}, (15, 20), False),  # touching is no overlap
    ({(10, 15), (30, 31)}, (0, 10), False),
    ({(10, 10)}, (5, 12), True),  # an empty span inside: the plain test's answer
    ({(10, 15)}, (12, 12), True),
    (set(), (0, 5), False),
])
def test_overlaps_cases(spans: set[tuple[int, int]], query: tuple[int, int], expected: bool) -> None:
    assert overlaps(query, spans) is expected


def test_overlaps_sees_a_new_collection() -> None:
    first = [(0, 5)]
    assert overlaps((2, 3), first)
    second = [(20, 25)]  # a new list: its own mask
    assert not overlaps((2, 3), second)
    assert overlaps((21, 22), second)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Yesterday Warren said the vote would wait.", "Warren", True),
    ("The rally was held in Warren on Sunday.", "Warren", False),
    ("Residents of Warren were told to leave, said Marsh.", "Marsh", True),
])
def test_known_person_say_verb_per_text(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    for _ in range(2):  # the second answer comes from the memo
        assert known_person(text, start, start + len(name)) is expected


def test_known_person_memo_follows_the_text() -> None:
    said = "Officials in town met. Warren said nothing."
    placed = "Officials in town met. Warren flooded again."
    for text, expected in ((said, True), (placed, False), (said, True)):
        start = text.index("Warren")
        assert known_person(text, start, start + 6) is expected


@pytest.mark.parametrize("text", [
    "The destroyer USS Mason and HMS Diamond shot down drones near the US Navy base.",
    "US President Joe Biden met UN Secretary General Guterres.",
    "INS Kolkata answered a call from a tanker, the navy said.",
])
def test_ship_names_gate_keeps_the_scan(nlp, text: str) -> None:
    doc = nlp.make_doc(text)  # no mentions: the text's own ship names
    prefixes = ship_prefixes()
    scanned = [m.span(2) for m in _SHIP_AFTER.finditer(text)
               if m.group(1) in prefixes and m.group(1) not in AMBIGUOUS_PREFIXES]
    assert [s for s in ship_names(doc, text) if s in scanned] == scanned
