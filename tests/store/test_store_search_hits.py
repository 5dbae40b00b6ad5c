"""Search snippets whose text has brackets of its own, timeline actors, filters that were
inconsistent (an unknown actor type, an empty date bound): the store on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.model import ArticleRecord, Published
from dateline.store import Store, StoreError
from dateline.store.queries import HIT_CLOSE, HIT_OPEN, bracketed, split_snippet
from tests.records import record_a, record_b

#: our own text: brackets as editors use them, next to the words searched for
BRACKETS = ("The minister said talks [in Doha] would resume, adding that \"they [the mediators] "
            "have a plan\" for the corridor.\n\nA spokesman [name withheld] declined to comment.")


def bracket_record() -> ArticleRecord:
    first = BRACKETS.index("\n\n")
    return ArticleRecord(id="bbbb0000cccc1111", body=BRACKETS,
                         paragraphs=((0, first), (first + 2, len(BRACKETS))),
                         title="Talks in Doha", published=Published("2024-08-20", "metadata"))


@pytest.fixture()
def filled(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "t.db") as store:
        store.put([record_a(), record_b(), bracket_record()])
        yield store


def hits_of(row: dict[str, object]) -> list[str]:
    text = str(row["snippet_text"])
    return [text[s:e] for s, e in row["snippet_hits"]]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("search", "hits"), [
    ("mediators", ["mediators"]),        # a hit inside brackets: "[the mediators]"
    ("Doha", ["Doha"]),                  # a hit right before a closing bracket: "Doha]"
    ("withheld spokesman", ["spokesman", "withheld"]),
])
def test_hits_are_offsets_and_the_texts_brackets_are_no_hits(filled: Store, search: str,
                                                              hits: list[str]) -> None:
    (row,) = [r for r in filled.articles(search=search) if r["id"] == "bbbb0000cccc1111"]
    assert hits_of(row) == hits
    text = row["snippet_text"]
    assert "[" in text and HIT_OPEN not in text and HIT_CLOSE not in text
    assert text.replace("…", "") in BRACKETS  # the plain passage, nothing added
    # the bracket form: the text's own brackets escaped, each unescaped pair a hit
    assert row["snippet"] == bracketed(text, row["snippet_hits"])
    assert "\\[" in row["snippet"] and "\\]" in row["snippet"]


#: our own text holding the store's hit markers where no word is a hit (any text may hold them)
MARKED = (f"Ministers met {HIT_OPEN} behind {HIT_CLOSE} closed doors, then {HIT_CLOSE} briefly {HIT_OPEN} "
          "spoke of a truce near Aqaba.")


def marked_record() -> ArticleRecord:
    return ArticleRecord(id="ffff0000aaaa2222", body=MARKED, paragraphs=((0, len(MARKED)),),
                         title="Markers", published=Published("2024-08-22", "metadata"))


@pytest.mark.parametrize(("search", "hits"), [
    ("truce", ["truce"]),                # the markers' own text is no hit
    ("behind", ["behind"]),              # a hit between the text's own markers
    ("Aqaba truce", ["truce", "Aqaba"]),
    ("briefly", ["briefly"]),            # between a closing and an opening marker
])
@pytest.mark.parametrize("read_only", [False, True])
def test_every_caller_of_the_store_search_gets_only_real_hits(tmp_path: Path, search: str,
                                                              hits: list[str], read_only: bool) -> None:
    """The re-taken snippet lives in the store: ``Store.articles`` (both front ends, and a store
    opened read-only) gives the FTS5 hits whatever the body holds."""
    with Store(tmp_path / "m.db") as store:
        store.put([record_a(), marked_record()])
    with Store(tmp_path / "m.db", read_only=read_only) as store:
        (row,) = [r for r in store.articles(search=search) if r["id"] == "ffff0000aaaa2222"]
    assert hits_of(row) == hits
    assert row["snippet_text"].replace("…", "") in MARKED
    assert row["snippet"] == bracketed(row["snippet_text"], row["snippet_hits"])
    assert row["snippet"].count("[") == len(hits)


@pytest.mark.parametrize(("raw", "text", "hits", "form"), [
    ("a [b] c", "a [b] c", [], "a \\[b\\] c"),
    (f"[{HIT_OPEN}x{HIT_CLOSE}] y", "[x] y", [[1, 2]], "\\[[x]\\] y"),
    (f"{HIT_OPEN}a{HIT_CLOSE}{HIT_OPEN}b{HIT_CLOSE}", "ab", [[0, 1], [1, 2]], "[a][b]"),
    ("back\\slash", "back\\slash", [], "back\\\\slash"),
    (f"é{HIT_OPEN}日本{HIT_CLOSE}", "é日本", [[1, 3]], "é[日本]"),
    (None, "", [], ""),
])
def test_split_snippet_and_its_bracket_form(raw: str | None, text: str, hits: list[list[int]],
                                            form: str) -> None:
    assert split_snippet(raw) == (text, hits)
    assert bracketed(text, hits) == form


def test_timeline_actors_are_names_and_roles_are_ids(filled: Store) -> None:
    rows = filled.timeline()
    assert rows
    for row in rows:
        assert not any(a.startswith("→") for a in row["actors"]), row
    events = [r for r in rows if r["kind"] == "event"]
    assert any(r["targets"] for r in events)
    for row in events:
        assert len(row["actors"]) == len(row["sources"]) + len(row["targets"])
    said = [r for r in rows if r["kind"] == "statement" and r["sources"]]
    assert said and all(r["targets"] == [] for r in said)


def test_an_unknown_actor_type_names_the_allowed_ones(filled: Store) -> None:
    with pytest.raises(StoreError, match=r"--type 'foo': no such value; use one of person, "):
        filled.actors(type="person,foo")
    assert filled.actors(type="Organization, country")


def test_actor_types_are_the_dictionarys() -> None:
    """store.dates keeps its own copy (importing actors would load pycountry for every query)."""
    from dateline.actors.dictionary import TYPES
    from dateline.store.dates import ACTOR_TYPES

    assert set(ACTOR_TYPES) == TYPES and len(ACTOR_TYPES) == len(TYPES)


def test_event_type_counts(filled: Store) -> None:
    counts = filled.event_type_counts()
    assert list(counts.items())[:2] == [("CONSULT", 2), ("ACCUSE", 1)]  # most first, then by name
    assert sum(counts.values()) == filled.counts()["events"]


@pytest.mark.parametrize("query", ["articles", "events", "quotes", "timeline"])
@pytest.mark.parametrize("empty", ["", "  "])
def test_an_empty_date_bound_is_no_bound(filled: Store, query: str, empty: str) -> None:
    whole = getattr(filled, query)()
    assert whole
    assert getattr(filled, query)(since=empty) == whole
    assert getattr(filled, query)(since=empty, until=empty) == whole
