"""Story labels from running sums (schema 6, ``store.labels``; outlets since schema 7): after
every round of ``corpus update`` on a real SQLite file, each stored label equals the label of a
full summary of its story (``corpus_read.story_summary``), each story's sums equal the sums of
its distinct articles counted from scratch (their outlets too), and the summary read from the
stored state equals the full one, through stories that grow, merge, lose articles that become
copies, and lose deleted or replaced articles. Records of our own (no spaCy)."""

from __future__ import annotations

import importlib
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from corpus_records import record

from dateline.corpus import update
from dateline.corpus.stories import terms
from dateline.model import Actor, ArticleRecord, Mention, Place
from dateline.store import LATEST, Store
from dateline.store import corpus_read as read
from dateline.store import labels as sums

#: few words, so that terms repeat and tie often; some are names (capitalised), some too short or
#: stop words
WORDS = ["ceasefire", "talks", "truce", "border", "crossing", "aid", "convoy", "the", "and", "of", "hostage",
         "release", "plan", "envoy", "Doha", "Rafah", "Blinken", "rain", "flood", "levee", "mayor", "port",
         "grain", "ships", "ban", "tariff", "vote", "ballot", "count"]
#: outlets: a copy comes from another one than its original, some articles name none
OUTLETS = ["Example News", "Wire Service", "Daily Ledger", "Port Gazette", "", None]
ACTORS = [Actor("cty:EGY", "Egypt", "country", "EGY"), Actor("cty:QAT", "Qatar", "country", "QAT"),
          Actor("org:hamas", "Hamas", "organization", "PSE"), Actor("per:envoy", "Envoy Talks", "person"),
          Actor("cty:ISR", "Israel", "country", "ISR"), Actor("org:un", "United Nations", "igo"),
          Actor("med:wire", "Wire Service", "media"), Actor("per:mayor", "Ana Mayor", "person")]
PLACES = [("Cairo", "PPLC"), ("Gaza Strip", "RGN"), ("Egypt", "PCLI"), ("Doha", "PPLC"), ("Rafah Crossing", "PPL"),
          ("Qatar", "PCLI"), ("Port City", "PPL")]


class Corpus:
    """A seeded stream of records of our own: a few actors and places shared widely (so that
    stories merge), copies that are longer than their original and published the same day (so
    the original becomes a copy), undated articles and titles."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.outlets = random.Random(seed + 100)  # apart: the other draws stay as they were
        self.made: list[ArticleRecord] = []
        self.earlier = 0  # articles made before this batch

    def words(self, n: int) -> str:
        picked = self.rng.choices(WORDS, k=n)
        return " ".join(w.capitalize() if self.rng.random() < 0.1 else w for w in picked)

    def article(self, rid: str) -> ArticleRecord:
        day = None if self.rng.random() < 0.05 else f"2024-08-{self.rng.randrange(1, 28):02d}"
        paragraphs = [self.words(self.rng.randrange(8, 30)) + "." for _ in range(self.rng.randrange(1, 4))]
        body = "\n\n".join(paragraphs)
        actors = tuple(self.rng.sample(ACTORS, self.rng.randrange(1, 4)))
        mentions = tuple(Mention(0, 1, body[:1], a.id) for a in actors for _ in range(self.rng.randrange(0, 3)))
        places = tuple(Place(0, 1, name, name, "XX", feature=feature)
                       for name, feature in self.rng.sample(PLACES, self.rng.randrange(1, 3)))
        title = self.words(self.rng.randrange(3, 8)) if self.rng.random() < 0.7 else None
        return record(rid, paragraphs, day, title=title, actors=actors, mentions=mentions, places=places,
                      source=self.outlets.choice(OUTLETS))

    def copy(self, rid: str) -> ArticleRecord:
        """A longer copy of an article of an earlier batch, the same day: it goes first among the
        copies, so the original (counted in its story's sums) becomes a copy."""
        original = self.rng.choice(self.made[max(0, self.earlier - 30):self.earlier])
        paragraphs = [f"CITY (Wire) - {original.body}"]
        return record(rid, paragraphs, original.published.date, title=original.title, actors=original.actors,
                      mentions=original.mentions, places=original.places, source=self.outlets.choice(OUTLETS))

    def batch(self, prefix: str, n: int) -> list[ArticleRecord]:
        out = []
        self.earlier = len(self.made)
        for i in range(n):
            rid = f"{prefix}{i:03d}"
            made = self.copy(rid) if self.earlier and self.rng.random() < 0.2 else self.article(rid)
            self.made.append(made)
            out.append(made)
        return out


def stories_of(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT DISTINCT story_id FROM corpus_articles "
                                             "WHERE story_id IS NOT NULL ORDER BY story_id")]


def scratch(store: Store, story_id: str) -> dict[tuple[str, str], list[Any]]:
    ids = [r[0] for r in store.conn.execute("SELECT article_id FROM corpus_articles WHERE story_id = ? AND "
                                            "duplicate_of IS NULL", (story_id,))]
    return sums.sums_of(store.conn, ids)


def stored(store: Store, story_id: str) -> dict[tuple[str, str], list[Any]]:
    return {(r[0], r[1]): list(r[2:]) for r in store.conn.execute(
        "SELECT kind, key, n, tie, first, pos, seen, upper, pcl FROM story_terms WHERE story_id = ?", (story_id,))}


def check(store: Store, *, migrated: bool = False) -> dict[str, int]:
    """Every story's stored label is its full summary's, its sums its articles' (a forgotten
    first occurrence, NULL, stands for any); a story without sums is small (or, ``migrated``,
    unchanged since its label was stored at schema 5); returns what the check met."""
    met = {"stories": 0, "forgotten": 0, "summed": 0, "stored": 0, "outlets": 0}
    labels = dict(store.conn.execute("SELECT story_id, label FROM story_labels").fetchall())
    whole = {r[0] for r in store.conn.execute("SELECT story_id FROM story_label_state")}
    for sid in stories_of(store):
        full = read.story_summary(store.conn, sid)
        assert labels[sid] == full["label"], sid
        distinct = store.conn.execute("SELECT COUNT(*) FROM corpus_articles WHERE story_id = ? AND "
                                      "duplicate_of IS NULL", (sid,)).fetchone()[0]
        reading = sums.stored_summary(store.conn, sid, distinct)
        if reading is not None:  # the stored reading: label, actors, places and outlets as in full
            assert reading == full, sid
            met["stored"] += 1
            met["outlets"] += len(reading["outlets"]) > 1
        assert read.current_summary(store.conn, sid) == full, sid
        if sid not in whole:  # a small story: summarised, no sums
            assert not stored(store, sid) and (migrated or sums._small(store.conn, sid)), sid
            continue
        have, want = stored(store, sid), scratch(store, sid)
        assert have.keys() == want.keys(), sid
        for key, values in have.items():
            if values[2] is None:  # only a word's or a pair's first occurrence is ever forgotten
                assert key[0] in "wq", (sid, key)
                met["forgotten"] += 1
                values[2:4] = want[key][2:4]
            assert values == want[key], (sid, key)
        met["summed"] += 1
    met["stories"] = len(stories_of(store))
    assert not store.conn.execute("SELECT 1 FROM story_terms WHERE story_id NOT IN (SELECT story_id FROM "
                                  "corpus_articles WHERE story_id IS NOT NULL) LIMIT 1").fetchone()
    return met


@pytest.fixture(params=[0, 3], ids=["sums-always", "sums-from-3"])
def small(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """``store.labels.SMALL``: every story keeps sums, or those of three articles or more."""
    monkeypatch.setattr(sums, "SMALL", request.param)
    return int(request.param)


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "sums.db") as opened:
        yield opened


@pytest.mark.parametrize("seed", [1, 2])
def test_incremental_labels_equal_a_full_summary_round_after_round(store: Store, seed: int, small: int) -> None:
    corpus = Corpus(seed)
    merged = flipped = 0
    for n in range(5):
        before = dict(store.conn.execute("SELECT article_id, story_id FROM corpus_articles "
                                         "WHERE duplicate_of IS NULL AND labelled_in IS NOT NULL").fetchall())
        store.put(corpus.batch(f"r{n}-", 40))
        if n == 2:  # a replaced article (deleted and stored again) and a deleted one
            changed = corpus.made[5]
            store.put([record(changed.id, ["Ceasefire talks resumed in Doha today."], changed.published.date,
                              actors=changed.actors, places=changed.places)])
            store.delete(corpus.made[9].id)
        report = update(store)
        assert report.story_labels >= 1
        now = dict(store.conn.execute("SELECT article_id, story_id FROM corpus_articles").fetchall())
        copies = {r[0] for r in store.conn.execute("SELECT article_id FROM corpus_articles WHERE duplicate_of IS NOT NULL")}
        flipped += len(copies.intersection(before))
        merged += len({sid for aid, sid in before.items() if aid in now and now[aid] != sid})
        met = check(store)
        assert met["summed"] == met["stories"] if not small else 0 < met["summed"] < met["stories"]
        assert met["stored"] == met["summed"] and met["outlets"]  # the stored readings were compared
    assert merged and flipped  # the rounds did merge stories and turn counted originals into copies
    assert update(store).story_labels == 0
    again = {sid: label for sid, label in store.conn.execute("SELECT story_id, label FROM story_labels")}
    update(store, rebuild=True)  # from scratch: the same labels of the same stories
    rebuilt = dict(store.conn.execute("SELECT story_id, label FROM story_labels").fetchall())
    assert {k: v for k, v in rebuilt.items() if k in again} == {k: v for k, v in again.items() if k in rebuilt}
    check(store)


def test_a_forgotten_first_occurrence_is_found_again_when_it_breaks_a_tie(store: Store,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sums, "SMALL", 0)
    """'hostage release' and 'convoy crossing' are each in two texts; the original that named
    'hostage release' first becomes a copy of a longer article of its day, so the story's sums
    forget where that phrase came first, and find it again to order the tie."""
    actors = (ACTORS[0], ACTORS[2])
    places = (Place(0, 1, "Cairo", "Cairo", "EG", feature="PPLC"), Place(0, 1, "Gaza Strip", "Gaza Strip", "PS"))
    said = ("Envoys discussed hostage release in detail while negotiators waited outside the ministry building "
            "until late evening for word from the delegations.")
    first = record("a1", [said], "2024-08-10", actors=actors, places=places)
    second = record("a2", ["Officials weighed convoy crossing and hostage release later."], "2024-08-11",
                    actors=actors, places=places)
    third = record("a3", ["Drivers waited for convoy crossing near the border."], "2024-08-12",
                   actors=actors, places=places)
    store.put([first, second, third])
    update(store)
    check(store)
    longer = record("a0", [said + " The wire added more."], "2024-08-10",
                    actors=actors, places=places)
    store.put([longer])
    looked: list[list[str]] = []
    real = sums._find_first

    def find_first(conn: Any, story_id: str, kind: str, keys: list[str]) -> dict[str, tuple[str, int]]:
        looked.append(keys)
        return real(conn, story_id, kind, keys)

    monkeypatch.setattr(sums, "_find_first", find_first)
    update(store)
    assert store.conn.execute("SELECT duplicate_of FROM corpus_articles WHERE article_id = 'a1'").fetchone()[0] == "a0"
    assert looked == [["hostage release"]]
    met = check(store)
    label = store.conn.execute("SELECT label FROM story_labels").fetchone()[0]
    assert label == "Cairo hostage release, August 2024" and met["stories"] == met["summed"] == 1


@pytest.mark.parametrize(("texts", "expected"), [
    (["convoy crossing and hostage release", "hostage release then convoy crossing"], ["convoy crossing"]),
    (["hostage release then convoy crossing", "convoy crossing and hostage release"], ["hostage release"]),
    (["Doha talks ended", "talks in Doha ended", "Doha said talks ended"], ["talks ended"]),
    (["truce plan", "plan truce", "envoy"], ["truce", "plan"]),
])
def test_terms_of_a_tie_is_the_first_to_occur(texts: list[str], expected: list[str]) -> None:
    assert terms(texts) == expected == terms(texts)


def test_a_schema_5_store_is_migrated_and_its_stories_get_sums_when_they_change(tmp_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A store labelled at schema 5 (no sums) is read read-only as it is; opened for writing it
    reaches schema 6, keeps its labels, and each story gets its sums when it next changes."""
    from tests.store.older import downgrade

    monkeypatch.setattr(sums, "SMALL", 0)
    path, corpus = tmp_path / "v5.db", Corpus(3)
    with Store(path) as store:
        store.put(corpus.batch("a-", 60))
        update(store)
        expected = read.stories(store.conn, min_articles=1)
        downgrade(store.conn, 5)
    with Store(path, read_only=True) as old:
        assert old.schema_version == 5
        assert read.stories(old.conn, min_articles=1) == expected
        assert read.stories(old.conn, min_articles=1, search="august", limit=3) == \
            [r for r in expected if "august" in r["label"].casefold()][:3]
    with Store(path) as store:
        assert store.schema_version == LATEST and read.labels_complete(store.conn)
        assert not store.conn.execute("SELECT 1 FROM story_terms").fetchone()
        assert update(store).story_labels == 0
        for n in range(2):
            store.put(corpus.batch(f"b{n}-", 30))
            assert update(store).story_labels >= 1
            met = check(store, migrated=True)
            assert 0 < met["summed"] < met["stories"]


def test_searches_over_labels_from_sums_give_the_rows_of_the_old_way(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """``stories(search=...)`` (the CLI's ``stories --search`` and ``GET /stories?search=``) over
    labels that all came from sums gives what summarising every story gives."""
    from test_story_labels import PAGES, SEARCHES, corpus, old_way

    monkeypatch.setattr(sums, "SMALL", 0)
    with Store(tmp_path / "search.db") as store:
        store.put(corpus())
        update(store)
        assert read.labels_complete(store.conn)
        assert store.conn.execute("SELECT COUNT(*) FROM story_label_state").fetchone()[0] == len(stories_of(store))
        for search in SEARCHES:
            for limit, offset in PAGES:
                query: dict[str, Any] = {"min_articles": 1, "search": search, "limit": limit, "offset": offset}
                assert read.stories(store.conn, **query) == old_way(store, **query), query


def test_a_schema_6_store_gets_its_outlets_sums_recounted_by_the_migration(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Migration 7 recounts the outlets of each story with whole sums from the articles they
    count, mid-change too (an update whose label pass did not run: stories merged, counted
    originals turned copies, a counted article deleted); a read-only schema 6 store is listed by
    full summaries; after the next update every sum is its recount again."""
    from tests.store.older import downgrade

    updating = importlib.import_module("dateline.corpus.update")

    monkeypatch.setattr(sums, "SMALL", 0)
    path, corpus = tmp_path / "v6.db", Corpus(7)
    with Store(path) as store:
        store.put(corpus.batch("a-", 60))
        update(store)
        assert store.conn.execute("SELECT 1 FROM story_terms WHERE kind = 'o'").fetchone()
        store.put(corpus.batch("b-", 40))
        store.delete(corpus.made[3].id)
        with monkeypatch.context() as patched:  # the label pass left for after the migration
            patched.setattr(updating, "_labels_batch", lambda *args: None)
            update(store)
        expected = read.stories(store.conn, min_articles=1, stored=False)
        assert store.conn.execute("SELECT COUNT(*) FROM corpus_articles WHERE labelled_in IS NOT NULL AND "
                                  "(duplicate_of IS NOT NULL OR labelled_in != story_id)").fetchone()[0]  # mid-change
        downgrade(store.conn, 6)
        assert not store.conn.execute("SELECT 1 FROM story_terms WHERE kind = 'o'").fetchone()
    with Store(path, read_only=True) as old:
        assert old.schema_version == 6
        assert read.stories(old.conn, min_articles=1) == expected
    with Store(path) as store:
        assert store.schema_version == LATEST >= 7  # the latest, with migration 7 in it
        recounted = store.conn.execute("SELECT story_id, key, n FROM story_terms WHERE kind = 'o' ORDER BY 1, 2").fetchall()
        assert recounted
        for sid in {r[0] for r in recounted}:  # each is what its counted articles add
            counted = [r[0] for r in store.conn.execute("SELECT article_id FROM corpus_articles WHERE labelled_in = ?",
                                                        (sid,))]
            want = {key[1]: v[0] for key, v in sums.sums_of(store.conn, counted).items() if key[0] == "o"}
            assert {k: n for s, k, n in recounted if s == sid} == want, sid
        assert read.stories(store.conn, min_articles=1) == expected
        assert update(store).story_labels >= 1
        met = check(store)
        assert met["stored"] == met["summed"] == met["stories"] and met["outlets"]
