"""Stories: features, links, labels, negotiation state; pure functions."""

from __future__ import annotations

from collections import Counter

import pytest
from corpus_records import record

from dateline.corpus.stories import (
    StoryItem,
    features,
    group,
    label,
    link_score,
    month_name,
    negotiation,
    prefer_specific,
    ranked,
    terms,
)
from dateline.model import Proposal, Stance


def test_features_leave_out_media() -> None:
    got = features([("org:hamas", "organization"), ("med:afp", "media")], ["Gaza Strip", "Doha"])
    assert got == {"actor:org:hamas", "place:gaza strip", "place:doha"}


@pytest.mark.parametrize(("shared", "n_a", "n_b", "gap", "linked"), [
    (4, 6, 6, 1, True),
    (4, 6, 6, 9, False),  # too far apart in time
    (1, 2, 2, 0, False),  # one shared feature is not a story
    (2, 20, 20, 0, False),  # two of forty: too little
    (3, 5, 4, None, False),  # undated
])
def test_link_score(shared: int, n_a: int, n_b: int, gap: int | None, linked: bool) -> None:
    assert (link_score(shared, n_a, n_b, gap) is not None) is linked


def test_group_chains_articles_and_names_stories_after_the_first() -> None:
    gaza = frozenset({"actor:org:hamas", "actor:cty:ISR", "place:gaza strip", "place:cairo"})
    items = [StoryItem("b", "2024-08-19", gaza), StoryItem("a", "2024-08-16", gaza),
             StoryItem("c", "2024-08-22", gaza | {"actor:cty:QAT"}),
             StoryItem("d", "2024-08-20", frozenset({"place:dhaka", "actor:cty:BGD"})),
             StoryItem("e", None, frozenset(), root="d")]
    got = group(items)
    assert got == {"a": "a", "b": "a", "c": "a", "d": "d", "e": "d"}


@pytest.mark.parametrize(("day", "expected"), [("2024-08-18", "August 2024"), ("2024-12", "December 2024"),
                                               ("2024", None), (None, None), ("2024-13-01", None)])
def test_month_name(day: str | None, expected: str | None) -> None:
    assert month_name(day) == expected


def test_label_names_place_terms_and_month() -> None:
    texts = ["Gaza ceasefire talks resume in Doha", "Mediators push Gaza ceasefire talks forward",
             "Hamas studies the text as ceasefire talks go on"]
    places = prefer_specific(["Israel", "Gaza Strip", "Doha"], Counter({"Israel": 3, "Gaza Strip": 3, "Doha": 1}),
                             {"Israel"})
    assert places[0] == "Gaza Strip"
    assert label(["Hamas", "Israel"], places, texts, "August 2024") == "Gaza Strip ceasefire talks, August 2024"
    assert label([], [], [], None) == "Untitled story"


def test_terms_skip_names_and_ranking_is_deterministic() -> None:
    texts = ["Talks with Blinken stall", "Blinken presses on prisoner exchange", "The prisoner exchange slips"]
    assert terms(texts) == ["prisoner exchange"]
    assert ranked(Counter({"b": 2, "a": 2, "c": 3})) == ["c", "a", "b"]


def test_negotiation_keeps_latest_stance_and_merges_proposals() -> None:
    first = record("n1", ["Hamas backed the bridging proposal on Monday."], "2024-08-19",
                   proposals=(Proposal("bridging proposal", ("cty:USA",), ("cty:QAT", "org:hamas"), (), ("phased truce",)),),
                   stances=(Stance("org:hamas", "bridging proposal", (0, 12), "support"),))
    second = record("n2", ["Hamas rejected the bridging proposal on Tuesday."], "2024-08-20",
                    proposals=(Proposal("Bridging proposal", (), (), ("org:hamas",), ("hostage release",)),),
                    stances=(Stance("org:hamas", "bridging proposal", (0, 14), "reject", "cty:ISR"),))
    state = negotiation([first, second])
    (p,) = state["proposals"]  # type: ignore[misc]
    assert p["proposers"] == ["cty:USA"] and p["endorsers"] == ["cty:QAT"] and p["rejecters"] == ["org:hamas"]
    assert p["terms"] == ["phased truce", "hostage release"]
    assert (p["first_seen"], p["last_seen"]) == ("2024-08-19", "2024-08-20")
    (s,) = state["stances"]  # type: ignore[misc]
    assert s["stance"] == "reject" and s["blames"] == "cty:ISR" and s["evidence"] == "Hamas rejected"
    assert s["evidence_span"] == [0, 14] and list(s)[-1] == "evidence_span"  # carried, not searched for
