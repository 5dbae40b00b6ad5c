"""Stored story labels (schema 5): ``corpus update`` writes them, a search of stories filters and
pages on them in SQL, and gives the rows the old way (summarise every story, test its label)
gives. Real SQLite files of hand-built records (no spaCy)."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from corpus_records import OTHER, gaza_record, label_matches, record

from dateline.corpus import stories as story_module
from dateline.corpus import update
from dateline.model import Actor, ArticleRecord, Place
from dateline.store import LATEST, Store
from dateline.store import corpus_read as read
from tests.scale.corpus_events import events_corpus
from tests.store.older import downgrade

SEARCHES = ["hamas", "HAMAS", "Untitled", "story, august", "august 2024", "egypt", "the", "a", "story ,",  # "," alone: no words, an error
            "no such words", "ÄUGUST", "augus"]
PAGES = [(None, 0), (1, 0), (2, 1), (3, 2), (1, 5), (50, 0), (2, 40)]


def corpus() -> list[ArticleRecord]:
    """Many stories of several sizes and labels, copies among them."""
    return [*events_corpus(80, seed=3), gaza_record("gaza-a"), gaza_record("gaza-b", published="2024-08-21"),
            record("flood", OTHER, published="2024-08-12")]


@pytest.fixture()
def updated(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "labels.db") as store:
        store.put(corpus())
        update(store)
        yield store


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """``updated`` for the tests that only read."""
    with Store(tmp_path_factory.mktemp("labels") / "shared.db") as store:
        store.put(corpus())
        update(store)
        yield store


def old_way(store: Store, *, min_articles: int = 2, search: str | None = None, limit: int | None = None,
            offset: int = 0) -> list[dict[str, Any]]:
    """What ``stories`` gave before labels were stored: every story summarised (a listing pages
    in SQL without a search), its label tested in Python, then the page cut."""
    return page_of(read.stories(store.conn, min_articles=min_articles), search, limit, offset)


def page_of(every: list[dict[str, Any]], search: str | None = None, limit: int | None = None,
            offset: int = 0) -> list[dict[str, Any]]:
    """The page of ``every`` (all stories, in order) that a search gave before labels were stored."""
    if search:
        every = [r for r in every if label_matches(r["label"], search)]
    start = max(offset, 0)
    return every[start:start + limit] if limit else every[start:]


def labels(store: Store) -> dict[str, str]:
    return {r[0]: r[1] for r in store.conn.execute("SELECT story_id, label FROM story_labels")}


def test_update_stores_the_label_each_story_is_summarised_with(updated: Store) -> None:
    every = read.stories(updated.conn, min_articles=1)
    assert len(every) >= 20 and read.labels_complete(updated.conn)
    assert labels(updated) == {r["story_id"]: r["label"] for r in every}
    folded = {r[0]: r[1] for r in updated.conn.execute("SELECT label, folded FROM story_labels")}
    assert all(f == label.casefold() for label, f in folded.items())


@pytest.mark.parametrize("search", SEARCHES)
@pytest.mark.parametrize("min_articles", [1, 2])
def test_a_search_gives_the_rows_of_the_old_way(shared: Store, search: str, min_articles: int) -> None:
    assert read.labels_complete(shared.conn)
    for limit, offset in PAGES:
        query: dict[str, Any] = {"min_articles": min_articles, "search": search, "limit": limit, "offset": offset}
        assert read.stories(shared.conn, **query) == old_way(shared, **query), query


def test_a_deep_search_page_summarises_only_its_own_stories(updated: Store,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    found = read.stories(updated.conn, min_articles=1, search="august")
    assert len(found) >= 10
    summarised: list[str] = []
    real = read.story_summary

    def counted(conn: Any, story_id: str) -> dict[str, Any]:
        summarised.append(story_id)
        return real(conn, story_id)

    monkeypatch.setattr(read, "story_summary", counted)
    deep = read.stories(updated.conn, min_articles=1, search="august", limit=2, offset=len(found) - 2)
    assert deep == found[-2:] and summarised == [r["story_id"] for r in found[-2:]]  # was every story


def test_a_changed_story_loses_its_label_until_the_next_update(updated: Store) -> None:
    before = labels(updated)
    gaza = updated.conn.execute("SELECT story_id FROM corpus_articles WHERE article_id = 'gaza-a'").fetchone()[0]
    updated.put([gaza_record("gaza-a", [*OTHER[:1], "Hamas delegates left Cairo for Doha."])])  # replaced
    assert gaza not in labels(updated) and not read.labels_complete(updated.conn)
    query: dict[str, Any] = {"min_articles": 1, "search": "cairo", "limit": 3}
    assert read.stories(updated.conn, **query) == old_way(updated, **query)  # summarised as before
    report = update(updated)
    assert report.story_labels >= 1 and read.labels_complete(updated.conn)
    every = read.stories(updated.conn, min_articles=1)
    assert labels(updated) == {r["story_id"]: r["label"] for r in every}
    assert {k: v for k, v in labels(updated).items() if k in before and k != gaza} == \
        {k: v for k, v in before.items() if k != gaza}  # the others were not written again
    updated.delete("gaza-b")  # a deleted article's story loses its label too
    assert not read.labels_complete(updated.conn)


def test_a_rerun_writes_no_label_and_a_rebuild_clears_and_writes_them_all(updated: Store) -> None:
    before = labels(updated)
    assert update(updated).story_labels == 0
    with updated.transaction() as conn:  # labels a rebuild must forget: wrong ones, a story's that is gone
        conn.execute("UPDATE story_labels SET label = 'Stale', folded = 'stale'")
        conn.execute("INSERT INTO story_labels VALUES ('gone', 'Gone', 'gone', ?)", (story_module.LABELLER,))
    assert update(updated).story_labels == 0 and set(labels(updated).values()) == {"Stale", "Gone"}
    report = update(updated, rebuild=True)
    assert report.story_labels == len(before) and labels(updated) == before


def test_labels_of_another_labeller_are_written_again(updated: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    before = labels(updated)
    monkeypatch.setattr(story_module, "LABELLER", story_module.LABELLER + 1)
    monkeypatch.setattr(importlib.import_module("dateline.corpus.update"), "LABELLER", story_module.LABELLER)
    assert not read.labels_complete(updated.conn)
    assert update(updated).story_labels == len(before)
    assert labels(updated) == before and read.labels_complete(updated.conn)


def test_a_schema_4_store_is_migrated_and_labelled_at_its_next_update(tmp_path: Path) -> None:
    path = tmp_path / "v4.db"
    with Store(path) as store:
        store.put(corpus())
        update(store)
        expected = read.stories(store.conn, min_articles=1)
        downgrade(store.conn, 4)
        state = store.conn.execute("SELECT * FROM corpus_articles ORDER BY article_id").fetchall()
    with Store(path) as store:  # migrated: nothing lost, no labels yet
        assert store.schema_version == LATEST >= 7  # the latest, with migration 7 in it
        assert store.conn.execute(f"SELECT {COLUMNS_V4} FROM corpus_articles ORDER BY article_id").fetchall() == state
        assert labels(store) == {} and not read.labels_complete(store.conn)
        assert read.stories(store.conn, min_articles=1) == expected
        assert read.stories(store.conn, min_articles=1, search="hamas", offset=1, limit=3) == \
            [r for r in expected if "hamas" in r["label"].casefold()][1:4]  # the old way
        report = update(store)
        assert report.articles == report.story_articles == 0 and report.story_labels == len(expected)
        assert read.labels_complete(store.conn) and read.stories(store.conn, min_articles=1) == expected
        assert labels(store) == {r["story_id"]: r["label"] for r in expected}


COLUMNS_V4 = ("article_id, signature, shingles, length, published, sortkey, duplicate_of, similarity, story_id, "
              "story_sortkey, features, updated_at")


def drop_labels(store: Store, story_ids: list[str]) -> None:
    with store.transaction() as conn:
        conn.executemany("DELETE FROM story_labels WHERE story_id = ?", [(s,) for s in story_ids])


@pytest.mark.parametrize("every", [3, 7])
def test_a_search_with_some_labels_missing_gives_the_rows_of_the_old_way(updated: Store, every: int) -> None:
    """Stories without a stored label are tested in their place among the labelled ones."""
    all_of = {n: read.stories(updated.conn, min_articles=n) for n in (1, 2)}
    drop_labels(updated, [r["story_id"] for r in all_of[1]][1::every])
    assert not read.labels_complete(updated.conn)
    for search in SEARCHES:
        for n, rows in all_of.items():
            for limit, offset in PAGES:
                assert read.stories(updated.conn, min_articles=n, search=search, limit=limit, offset=offset) == \
                    page_of(rows, search, limit, offset), (search, n, limit, offset)


def test_a_missing_label_costs_only_its_own_summary(updated: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    found = read.stories(updated.conn, min_articles=1, search="august")
    assert len(found) >= 10
    missing = found[4]["story_id"]
    drop_labels(updated, [missing])
    summarised: list[str] = []
    real = read.story_summary

    def counted(conn: Any, story_id: str) -> dict[str, Any]:
        summarised.append(story_id)
        return real(conn, story_id)

    monkeypatch.setattr(read, "story_summary", counted)
    # every story summarised in full (stored=False), so that each summary is counted
    assert read.stories(updated.conn, min_articles=1, search="august", limit=3, stored=False) == found[:3]
    assert summarised == [r["story_id"] for r in found[:3]]  # it lies past the page: not read
    summarised.clear()
    deep = read.stories(updated.conn, min_articles=1, search="august", limit=2, offset=len(found) - 2,
                        stored=False)
    assert deep == found[-2:] and summarised == [missing, *(r["story_id"] for r in found[-2:])]
    summarised.clear()
    assert read.stories(updated.conn, min_articles=1, search="august", limit=2, offset=3, stored=False) == found[3:5]
    assert summarised == [found[3]["story_id"], missing]  # summarised once, on its page


SURROGATES = ["\udcff", "gaza \udcff", "\ud800", "\udfff august"]


@pytest.mark.parametrize("search", SURROGATES)
def test_a_search_holding_a_lone_surrogate_finds_nothing(updated: Store, search: str) -> None:
    """The command line passes bytes that are not UTF-8 as lone surrogates: no label holds one."""
    assert read.stories(updated.conn, min_articles=1, search=search) == [] == old_way(updated, min_articles=1,
                                                                                    search=search)
    drop_labels(updated, [r["story_id"] for r in read.stories(updated.conn, min_articles=1)][:5])
    assert read.stories(updated.conn, min_articles=1, search=search, limit=2, offset=1) == []


def story_of(store: Store, article: str) -> str:
    return str(store.conn.execute("SELECT story_id FROM corpus_articles WHERE article_id = ?",
                                  (article,)).fetchone()[0])


def test_a_change_that_leaves_a_story_as_it_was_keeps_its_label(updated: Store) -> None:
    before = labels(updated)
    with updated.transaction() as conn:  # what _join_duplicates does to a canonical article
        conn.execute("UPDATE corpus_articles SET duplicate_of = duplicate_of, story_id = story_id, "
                     "story_sortkey = story_sortkey")
    assert labels(updated) == before
    gaza, flood = story_of(updated, "gaza-a"), story_of(updated, "flood")
    with updated.transaction() as conn:  # a real change drops both stories' labels, only theirs
        conn.execute("UPDATE corpus_articles SET story_id = ? WHERE article_id = 'flood'", (gaza,))
    assert labels(updated) == {k: v for k, v in before.items() if k not in (gaza, flood)}


def test_an_article_inserted_into_a_story_drops_its_label(updated: Store) -> None:
    before = labels(updated)
    gaza = story_of(updated, "gaza-a")
    updated.put([record("late-1", OTHER[1:]), record("late-2", OTHER[2:])])
    columns = "article_id, signature, shingles, length, sortkey, story_id, updated_at"
    with updated.transaction() as conn:
        conn.execute(f"INSERT INTO corpus_articles ({columns}) VALUES ('late-1', x'00', 1, 1, 'k', NULL, 'now')")
        assert labels(updated) == before  # in no story: no label to drop
        conn.execute(f"INSERT INTO corpus_articles ({columns}) VALUES ('late-2', x'00', 1, 1, 'k', ?, 'now')",
                     (gaza,))
    assert labels(updated) == {k: v for k, v in before.items() if k != gaza}


def test_the_label_pass_reads_on_from_its_last_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each batch of the pass starts after the last story of the one before (a cursor), and a
    story merged away before its batch (by another process) gets no label row."""
    from dateline.corpus.update import CorpusOptions
    from dateline.store import corpus as sql

    real = sql.unlabelled_stories
    calls: list[tuple[str, list[str]]] = []

    def recorded(conn: Any, labeller: int, limit: int, after: str = "") -> list[str]:
        ids = real(conn, labeller, limit, after)
        calls.append((after, ids))
        return ["0-gone", *ids] if not calls[:-1] else ids

    monkeypatch.setattr(sql, "unlabelled_stories", recorded)
    with Store(tmp_path / "cursor.db") as store:
        store.put(corpus())
        report = update(store, CorpusOptions(batch_size=4))
        every = read.stories(store.conn, min_articles=1)
        assert report.story_labels == len(every) and read.labels_complete(store.conn)
        assert labels(store) == {r["story_id"]: r["label"] for r in every}  # none for "0-gone"
    assert len(calls) == -(-len(every) // 4) + 1
    assert [after for after, _ in calls] == ["", *(ids[-1] for _, ids in calls[:-1])]
    assert calls[-1][1] == [] and sorted(i for _, ids in calls for i in ids) == sorted(labels_of(every))


def labels_of(rows: list[dict[str, Any]]) -> list[str]:
    return [r["story_id"] for r in rows]


def placed(rid: str, name: str, country: str, text: str, published: str) -> ArticleRecord:
    """A report of our own about the place ``name``, which heads its story's label."""
    at = text.find(name)
    return record(rid, [text], published, places=(Place(at, at + len(name), name, name, country, feature="PPLA"),))


def lettered() -> list[ArticleRecord]:
    """Stories whose labels hold letters that case folding changes: ã, ï, İ (its fold is i and a
    combining dot), ß (folds to ss), ǅ (a title-case digraph)."""
    return [
        placed("sp-1", "São Paulo", "BR", "Floods in São Paulo closed roads; São Paulo officials said the "
                                          "floods may return.", "2024-08-14"),
        placed("sp-2", "São Paulo", "BR", "SÃO PAULO floods: the São Paulo mayor said the floods had eased.",
               "2024-08-15"),
        placed("ky-1", "Kyïv", "UA", "Talks in Kyïv on grain exports; grain ships waited outside Kyïv.",
               "2024-07-02"),
        placed("is-1", "İstanbul", "TR", "Ministers met in İstanbul about grain corridors; the corridors "
                                         "reopened.", "2024-07-03"),
        placed("dz-1", "ǅakovica", "XK", "Voters in ǅakovica chose a mayor; the mayor of ǅakovica thanked "
                                         "voters.", "2024-05-03"),
        record("gr-1", ["Großmann spoke about Straße repairs in the city; Straße repairs will start soon."],
               "2024-06-03", title="Straße repairs to start",
               actors=(Actor("per:gross", "Großmann", "person", "DEU"),)),
    ]


#: (search, how many of ``lettered``'s stories hold it, at least): folded as the articles' search
#: folds (FTS5's unicode61, accents removed): any case, with or without accents ("sao paulo"), but
#: ß is not ss and ǅ not dž; a whole word ("ǅ" alone is none)
FOLDED = [("são paulo", 1), ("SÃO PAULO", 1), ("São Paulo", 1), ("sao paulo", 1), ("kyïv", 1), ("KYÏV", 1),
          ("kyiv", 1), ("İstanbul", 1), ("İSTANBUL", 1), ("istanbul", 1), ("i\u0307stanbul", 1), ("GROSSMANN", 0),
          ("großmann", 1), ("GROẞMANN", 1), ("grossmann", 0), ("ǆakovica", 1), ("ǄAKOVICA", 1), ("ǅ", 0),
          ("dzakovica", 0)]


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store(tmp_path_factory.mktemp("letters") / "letters.db") as store:
        store.put([*lettered(), *corpus()[:20]])
        update(store)
        yield store


@pytest.mark.parametrize(("search", "least"), FOLDED)
def test_a_search_folds_letters_beyond_ascii_as_the_articles_search_does(letters: Store, search: str,
                                                                         least: int) -> None:
    assert read.labels_complete(letters.conn)
    assert any(r["label"].startswith("İstanbul") for r in read.stories(letters.conn, min_articles=1))
    found = read.stories(letters.conn, min_articles=1, search=search)
    assert found == read.stories(letters.conn, min_articles=1, search=search, stored=False)
    assert len(found) >= least and (least or not found)
    assert bool(found) == bool(letters.articles(search=search))  # the words are in the bodies too


def test_stories_without_labels_are_folded_alike(tmp_path: Path) -> None:
    with Store(tmp_path / "letters.db") as store:
        store.put([*lettered(), *corpus()[:20]])
        update(store)
        expected = {search: read.stories(store.conn, min_articles=1, search=search) for search, _ in FOLDED}
        drop_labels(store, [r["story_id"] for r in read.stories(store.conn, min_articles=1)][::2])
        for search, _ in FOLDED:  # half of the stories tested in Python, in their place
            assert read.stories(store.conn, min_articles=1, search=search) == expected[search], search
            assert read.stories(store.conn, min_articles=1, search=search, limit=1, offset=1) == \
                expected[search][1:2], search
