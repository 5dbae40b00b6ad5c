"""Event merging decisions on hand-built EventItems: pure functions, no store."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from dateline.corpus.events import (
    EventItem,
    MergeOptions,
    candidate_pairs,
    day_gap,
    event_days,
    meets,
    merge,
    merge_score,
    sentence_bounds,
)

BASE = EventItem(key=1, id="e1", article_id="a1", root="a1", type="CONSULT",
                 sources=("per:badr-abdelatty",), targets=("per:al-thani",), day_start="2025-03-04",
                 day_end="2025-03-04", place="Cairo", published="2025-03-05",
                 evidence="Egyptian Foreign Minister Badr Abdelatty met Qatari Prime Minister Al Thani in Cairo",
                 source_countries=("EGY",), target_countries=("QAT",))


def other(**changes: object) -> EventItem:
    defaults: dict[str, object] = {"key": 2, "id": "e2", "article_id": "a2", "root": "a2"}
    defaults.update(changes)
    return replace(BASE, **defaults)  # type: ignore[arg-type]


@pytest.mark.parametrize(("b", "merged"), [
    (other(), True),  # the same report in another article
    (other(sources=("per:al-thani",), targets=("per:badr-abdelatty",),
           evidence="Qatar's prime minister held talks with Egypt's foreign minister"), True),  # symmetric type
    (other(day_start="2025-03-05", day_end="2025-03-05", place=None, evidence="the two met on Tuesday"), True),
    (other(sources=(), targets=(), source_countries=(), target_countries=(),
           evidence="The plan was discussed when Badr Abdelatty met Qatar's prime minister in Cairo"), True),
    (other(type="REJECT"), False),  # another type
    (other(day_start="2025-03-09", day_end="2025-03-09"), False),  # outside the window
    (other(day_start=None, day_end=None), False),  # undated
    (other(status="negated"), False),  # "did not meet"
    (other(sources=("per:witkoff",), targets=("per:netanyahu",), source_countries=("USA",),
           target_countries=("ISR",), place="Jerusalem", evidence="Witkoff met Netanyahu in Jerusalem"), False),
    (other(sources=(), targets=(), source_countries=(), target_countries=(), place=None,
           evidence="talks went on"), False),  # nothing but type and date in common
    (other(key=1), False),  # itself
])
def test_merge_decision(b: EventItem, merged: bool) -> None:
    assert (merge_score(BASE, b) is not None) is merged
    assert (merge_score(b, BASE) is not None) is merged  # symmetric


def test_a_country_subsumes_its_actors() -> None:
    a = replace(BASE, type="REJECT", sources=("org:hamas",), targets=(), source_countries=("PSE",),
                target_countries=(), place=None, evidence="Hamas rejected the proposal")
    b = other(type="REJECT", sources=("cty:PSE",), targets=(), source_countries=("PSE",),
              target_countries=(), place=None, evidence="The Palestinian group Hamas rejected the truce proposal")
    c = replace(b, sources=("cty:ISR",), source_countries=("ISR",))
    assert merge_score(a, b) is not None
    assert merge_score(a, c) is None


@pytest.mark.parametrize(("b", "merged"), [
    (other(article_id="a1", root="a1", sentence=(0, 90), sources=(), targets=()), True),  # same sentence
    (other(article_id="a1", root="a1", sentence=(200, 260)), False),  # another sentence of one article
    (other(article_id="a1c", root="a1", day_start="2024-01-01", day_end="2024-01-01"), True),  # a copy, misdated
    (other(article_id="a1c", root="a1", evidence="something else was said"), False),
])
def test_one_article_and_its_copies(b: EventItem, merged: bool) -> None:
    a = replace(BASE, sentence=(0, 90))
    assert (merge_score(a, b) is not None) is merged


def test_merge_is_order_independent_and_named_after_the_first_report() -> None:
    items = [BASE, other(), other(key=3, id="e3", article_id="a3", root="a3", published="2025-03-04"),
             other(key=4, id="e4", article_id="a4", root="a4", type="ASSAULT")]
    expected = merge(items)
    assert expected[1] == expected[2] == expected[3] == "e3"  # e3 was reported first
    assert expected[4] == "e4"
    for seed in range(5):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        assert merge(shuffled) == expected


@pytest.mark.parametrize(("start", "end", "published", "expected"), [
    ("2025-03-04", "2025-03-04", "2025-03-05", ("2025-03-04", "2025-03-04")),
    (None, None, "2025-03-05", ("2025-03-05", "2025-03-05")),
    ("2024-01-01", "2024-12-31", "2025-03-05", (None, None)),  # a year places nothing
    (None, None, None, (None, None)),
])
def test_event_days(start: str | None, end: str | None, published: str | None,
                    expected: tuple[str | None, str | None]) -> None:
    assert event_days(start, end, published) == expected


@pytest.mark.parametrize(("body", "span", "expected"), [
    ("One. Two strikes hit, killing nine. Three.", (9, 20), "Two strikes hit, killing nine."),
    ("Only sentence here", (5, 13), "Only sentence here"),
    ("Title\nBody line one. Next.", (6, 10), "Body line one."),
])
def test_sentence_bounds(body: str, span: tuple[int, int], expected: str) -> None:
    s, e = sentence_bounds(body, *span)
    assert body[s:e].strip() == expected


def test_options_are_checked() -> None:
    with pytest.raises(ValueError, match="MergeOptions"):
        MergeOptions(window_days=-1)


def _random_items(seed: int, n: int = 40) -> list[EventItem]:
    rng = random.Random(seed)
    words = ["airstrike", "school", "shelter", "convoy", "crossing", "hospital", "rockets", "displaced"]
    actors = [("cty:ISR", "ISR"), ("org:hamas", "PSE"), ("cty:EGY", "EGY")]
    items = []
    for k in range(1, n + 1):
        side = rng.sample(actors, rng.choice([0, 0, 1, 2]))
        day = f"2024-08-{rng.randrange(5, 12):02d}"
        items.append(EventItem(
            key=k, id=f"e{k}", article_id=f"a{k}", root=f"a{k}", type=rng.choice(["ASSAULT", "FIGHT"]),
            sources=tuple(a for a, _ in side[:1]), targets=tuple(a for a, _ in side[1:]),
            source_countries=tuple(c for _, c in side[:1]), target_countries=tuple(c for _, c in side[1:]),
            day_start=day, day_end=day, published=day, place=rng.choice([None, None, "Rafah"]),
            evidence=" ".join(rng.sample(words, 4))))
    return items


@pytest.mark.parametrize("seed", range(4))
def test_the_batch_candidates_are_the_pairs_corpus_update_looks_up(seed: int) -> None:
    """``merge`` (Python API) and ``corpus update`` (the CLI, through block and lookup keys)
    compare the same pairs, whichever of two reports came first; a word pairs two reports only
    when one of them names no actors."""
    items = _random_items(seed)
    batch = {(min(a.key, b.key), max(a.key, b.key)) for a, b in candidate_pairs(items)}
    looked_up = {(a.key, b.key) for a in items for b in items
                 if a.key < b.key and meets(a, b) and (day_gap(a, b) or 0) <= MergeOptions().window_days}
    assert batch == looked_up
    for a in items:
        for b in items:
            assert meets(a, b) == meets(b, a)
    actored = [i for i in items if i.sources or i.targets]
    bare = [i for i in items if not (i.sources or i.targets)]
    assert actored and bare  # both kinds of report are in play


NO_ACTORS = other(sources=(), targets=(), source_countries=(), target_countries=(), place=None,
                  evidence="Qatari and Egyptian mediators met in the Egyptian capital Cairo about the truce plan")


@pytest.mark.parametrize("first_bare", [True, False])
def test_a_report_without_actors_meets_one_with_actors_in_either_order(first_bare: bool) -> None:
    with_actors = replace(BASE, place=None, evidence="Egyptian and Qatari mediators met in the capital "
                                                     "Cairo about the truce plan")
    bare = replace(NO_ACTORS, key=1 if first_bare else 2)
    with_actors = replace(with_actors, key=2 if first_bare else 1)
    assert meets(bare, with_actors) and meets(with_actors, bare)
    clusters = merge([bare, with_actors])
    assert clusters[1] == clusters[2]


@pytest.mark.parametrize(("a_sides", "b_sides", "merged"), [
    ((("cty:ISR",), ()), ((), ("cty:ISR",)), False),  # "the Israeli offensive" / "the attack on Israel"
    ((("org:hamas",), ("cty:ISR",)), (("cty:ISR",), ("org:hamas",)), False),  # each side hits the other
    ((("cty:ISR",), ()), (("cty:ISR",), ("cty:LBN",)), True),  # one report names the target, one does not
    ((("cty:ISR",), ("org:hamas",)), (("cty:ISR",), ("cty:ISR", "org:hamas")), True),  # same way round
])
def test_a_directed_event_does_not_merge_with_its_reverse(
        a_sides: tuple[tuple[str, ...], tuple[str, ...]], b_sides: tuple[tuple[str, ...], tuple[str, ...]],
        merged: bool) -> None:
    def assault(key: int, sides: tuple[tuple[str, ...], tuple[str, ...]]) -> EventItem:
        return replace(BASE, key=key, id=f"e{key}", article_id=f"a{key}", root=f"a{key}", type="ASSAULT",
                       sources=sides[0], targets=sides[1], source_countries=(), target_countries=(),
                       place="Gaza", evidence="an offensive in Gaza killed dozens of people")
    a, b = assault(1, a_sides), assault(2, b_sides)
    assert (merge_score(a, b) is not None) is merged
    assert (merge_score(b, a) is not None) is merged
