"""The store on a real SQLite file: schema, idempotence, atomic batches, FTS5, filters."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from pathlib import Path

import pytest

from dateline.model import ArticleRecord, Quote
from dateline.store import LATEST, EmptyId, Serialized, Store, StoreError, UnknownId
from dateline.store.dates import DATE_FORM, DateFilterError, bound, interval
from tests.records import record_a, record_b


@pytest.fixture()
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Store(tmp_path / "t.db") as s:
        yield s


@pytest.fixture()
def filled(store: Store) -> Store:
    store.put([record_a(), record_b()])
    return store


def fts_ok(store: Store) -> None:
    """The external-content FTS indexes agree with their tables."""
    for table in ("articles_fts", "quotes_fts"):
        store.conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")


def test_new_database_is_migrated_wal(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with Store(path) as store:
        assert store.schema_version == LATEST
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        versions = [r[0] for r in store.conn.execute("SELECT version FROM schema_migrations")]
        assert versions == list(range(1, LATEST + 1))
    with Store(path) as again:  # reopening applies nothing twice
        assert [r[0] for r in again.conn.execute("SELECT version FROM schema_migrations")] == versions


def test_newer_schema_and_foreign_file_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        Store(junk)
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "absent.db", create=False)


def test_put_is_idempotent_and_round_trips(store: Store) -> None:
    a, b = record_a(), record_b()
    first = store.put([a, b])
    assert sorted(first.stored) == sorted([a.id, b.id])
    again = store.put([a, b])
    assert again.stored == [] and sorted(again.unchanged) == sorted([a.id, b.id])
    assert len(store) == 2
    assert store.get(a.id) == a and store.get(b.id) == b
    assert store.get("nope") is None
    counts = store.counts()
    assert (counts["quotes"], counts["events"], counts["furniture"]) == (3, 5, 2)
    assert counts["actors"] == 4  # hamas, egypt, qatar, israel: one global row each


def test_same_article_read_from_another_path_is_unchanged(store: Store) -> None:
    store.put([record_a(origin="in/cairo.txt")])
    assert store.put([record_a(origin="/data/in/cairo.txt")]).unchanged == [record_a().id]
    assert store.get(record_a().id) == record_a(origin="in/cairo.txt")


def test_a_serialized_record_is_stored_as_a_plain_one(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """``put`` takes a ``Serialized`` record's JSON and digest as they are (no second
    serialization) and stores exactly what it stores for the plain record; either form of the
    same article is then unchanged."""
    from dateline.model import ArticleRecord

    a, b = record_a(origin="in/cairo.txt"), record_b()
    with Store(tmp_path / "plain.db") as plain:
        plain.put([a, b])
        expected = plain.conn.execute("SELECT id, record, digest, origin FROM articles ORDER BY id").fetchall()
    ready = [Serialized.of(a), Serialized.of(b)]
    calls: list[str] = []
    real = ArticleRecord.to_json

    def counted(self: ArticleRecord) -> dict[str, object]:
        calls.append(self.id)
        return real(self)

    monkeypatch.setattr(ArticleRecord, "to_json", counted)
    with Store(tmp_path / "ready.db") as store:
        assert sorted(store.put(ready).stored) == sorted([a.id, b.id])
        assert calls == []  # nothing serialized again
        stored = store.conn.execute("SELECT id, record, digest, origin FROM articles ORDER BY id").fetchall()
        assert [tuple(r) for r in stored] == [tuple(r) for r in expected]
        assert store.get(a.id) == a and store.counts()["events"] == 5
        again = store.put([record_a(origin="/data/in/cairo.txt"), Serialized.of(b)])
        assert again.stored == [] and sorted(again.unchanged) == sorted([a.id, b.id])


def test_records_stream_in_pages(store: Store) -> None:
    many = [record_b(id=f"id-{n:03d}") for n in range(7)]
    store.put(many)
    assert list(store.records(page=3)) == many


def test_changed_record_replaces_children_atomically(store: Store) -> None:
    store.put([record_a()])
    fewer = record_a(quotes=(), events=record_a().events[:1], title="Cairo talks resume again")
    result = store.put([fewer])
    assert result.replaced == [fewer.id]
    assert store.get(fewer.id) == fewer
    assert store.counts()["quotes"] == 0 and store.counts()["events"] == 1
    assert store.conn.execute("SELECT COUNT(*) FROM quote_speakers").fetchone()[0] == 0
    assert store.conn.execute("SELECT COUNT(*) FROM event_actors").fetchone()[0] == 3
    assert store.quotes(search="corridor") == []
    assert [r["id"] for r in store.articles(search="again")] == [fewer.id]
    fts_ok(store)


def test_failed_batch_commits_nothing(store: Store) -> None:
    store.put([record_b()])
    broken = record_a(quotes=(Quote(0, 5, None, "direct", "said"),))  # type: ignore[arg-type]
    with pytest.raises(sqlite3.IntegrityError):
        store.put([record_a(id="other-article-id"), broken])
    assert store.ids() == [record_b().id]
    fts_ok(store)


@pytest.mark.parametrize("blank", ["", " ", "\t\n"])
def test_a_blank_id_names_no_article(store: Store, blank: str) -> None:
    store.put([record_a()])  # one article: "" is a prefix of its id, and of no other
    with pytest.raises(EmptyId, match="empty id") as caught:
        store.resolve(blank)  # was record_a's id
    assert isinstance(caught.value, UnknownId) and str(store.path) not in caught.value.message


def test_delete_and_prefix(filled: Store) -> None:
    assert filled.resolve("aaaa") == record_a().id
    with pytest.raises(StoreError, match="no article"):
        filled.resolve("zzzz")
    filled.put([record_a(id="aaaa9999")])
    with pytest.raises(StoreError, match="ambiguous"):
        filled.resolve("aaaa")
    assert filled.delete("aaaa9999") and not filled.delete("aaaa9999")
    fts_ok(filled)


@pytest.mark.parametrize(("search", "expected"), [
    ("truce", ["aaaa1111bbbb2222"]),
    ("Doha round", ["cccc3333dddd4444"]),
    ("hamas", ["aaaa1111bbbb2222", "cccc3333dddd4444"]),
    ("Hamas-stalling", []),  # the phrase "hamas stalling" is not in either text
    ("don't", []),  # punctuation in a word is no FTS syntax error
    ("stall*", ["cccc3333dddd4444"]),
    ("truce OR stalling", ["aaaa1111bbbb2222", "cccc3333dddd4444"]),
])
def test_article_search(filled: Store, search: str, expected: list[str]) -> None:
    assert sorted(r["id"] for r in filled.articles(search=search)) == expected


def test_a_malformed_article_search_is_an_error_naming_it(filled: Store) -> None:
    with pytest.raises(StoreError) as caught:
        filled.articles(search="don't \"")
    assert caught.value.message.startswith("--search 'don\\'t \"': a double quote is not closed")


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, ["ev-end", "ev-accuse", "ev-consult", "ev-reject", "ev-pressure"]),
    ({"actor": "hamas"}, ["ev-accuse", "ev-consult", "ev-reject", "ev-pressure"]),
    ({"actor": "Qatar"}, ["ev-end", "ev-consult"]),
    ({"actor": "cty:ISR"}, ["ev-accuse", "ev-pressure"]),
    ({"type": "accuse,reject"}, ["ev-accuse", "ev-reject"]),
    ({"since": "2024-07-15"}, ["ev-end", "ev-accuse", "ev-consult", "ev-reject"]),
    ({"since": "2024-08"}, ["ev-accuse", "ev-consult", "ev-reject"]),
    ({"until": "2024-07"}, ["ev-end"]),
    ({"since": "2024-08-21", "until": "2024-08-31"}, ["ev-consult", "ev-reject"]),
    ({"place": "cai"}, ["ev-consult"]),
    ({"status": "planned"}, ["ev-pressure"]),
    ({"actor": "nobody"}, []),
])
def test_event_filters(filled: Store, filters: dict[str, str], expected: list[str]) -> None:
    assert [r["id"] for r in filled.events(**filters)] == expected


def test_event_rows_carry_actors_and_evidence(filled: Store) -> None:
    (row,) = filled.events(type="CONSULT", place="Cairo")
    assert row["source_names"] == ["Egypt", "Qatar"] and row["targets"] == ["org:hamas"]
    assert row["evidence"] == "Mediators met delegations in Cairo on Sunday"


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, ["indirect", "direct", "indirect"]),
    ({"speaker": "official"}, ["direct", "indirect"]),
    ({"speaker": "org:hamas"}, ["direct", "indirect"]),
    ({"speaker": "qatar", "since": "2024-07"}, ["indirect"]),
    ({"since": "2024-08-01"}, ["direct", "indirect"]),  # undated quotes count at publication
    ({"search": "permanent presence"}, ["direct"]),
])
def test_quote_filters(filled: Store, filters: dict[str, str], expected: list[str]) -> None:
    assert [r["kind"] for r in filled.quotes(**filters)] == expected


@pytest.mark.parametrize(("query", "filters"), [
    ("events", {"place": "\x00"}), ("events", {"actor": "\x00"}), ("quotes", {"speaker": "\x00"}),
    ("actors", {"search": "\x00"}), ("places", {"search": "\x00"}),
    ("articles", {"source": "\x00"}), ("places", {"search": "Cai\x00"}),
])
def test_a_nul_in_a_text_filter_matches_nothing(filled: Store, query: str,
                                                filters: dict[str, str]) -> None:
    unfiltered = getattr(filled, query)()
    assert unfiltered  # the filter, not an empty store, leaves nothing
    assert getattr(filled, query)(**filters) == []  # was every row: LIKE stopped at the NUL


def test_quote_rows_carry_their_offsets_in_the_body(filled: Store) -> None:
    rows = filled.quotes()
    assert rows
    for row in rows:
        record = filled.get(row["article_id"])
        assert record is not None
        assert record.body[row["start"]:row["end"]] == row["text"] == record.quotes[row["seq"]].text


def test_timeline_and_actors(filled: Store) -> None:
    rows = filled.timeline()
    assert [r["kind"] for r in rows].count("statement") == 3
    days = [r["date"] for r in rows if r["date"]]
    assert days[0] == "2024-07" and rows[-1]["date"] is None  # undated event last
    assert all(r["kind"] == "event" for r in filled.timeline(type="CONSULT"))
    actors = {r["id"]: r for r in filled.actors()}
    assert actors["org:hamas"]["articles"] == 2 and actors["org:hamas"]["quotes"] == 2
    assert actors["cty:QAT"]["roles"] == ["mediator"]
    assert [r["id"] for r in filled.actors(search="isr")] == ["cty:ISR"]


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, [("Cairo", 1, ["Cairo"])]),
    ({"search": "cai"}, [("Cairo", 1, ["Cairo"])]),
    ({"country": "eg,ps"}, [("Cairo", 1, ["Cairo"])]),
    ({"country": "IL"}, []),
])
def test_places(filled: Store, filters: dict[str, str], expected: list[tuple[object, ...]]) -> None:
    assert [(r["name"], r["articles"], r["texts"]) for r in filled.places(**filters)] == expected


def test_bad_date_filter_names_the_option(filled: Store) -> None:
    with pytest.raises(StoreError, match="--since 'last week'"):
        filled.events(since="last week")


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-08-18", ("2024-08-18", "2024-08-18")),
    ("2024-08-18T14:30", ("2024-08-18", "2024-08-18")),
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2024", ("2024-01-01", "2024-12-31")),
    ("2024-W33", ("2024-08-12", "2024-08-18")),
    ("2024-Q3", ("2024-07-01", "2024-09-30")),
    ("202", ("2020-01-01", "2029-12-31")),
    ("P6W", None),
    ("PRESENT_REF", None),
    ("XXXX-08-18", None),
    ("2024-02-31", None),
    (None, None),
])
def test_timex_interval(value: str | None, expected: tuple[str, str] | None) -> None:
    assert interval(value) == expected


def test_bounds() -> None:
    assert bound("2024-08", option="--since", upper=False) == "2024-08-01"
    assert bound("2024-08", option="--until", upper=True) == "2024-08-31"
    with pytest.raises(DateFilterError):
        bound("2024-W33", option="--since", upper=False)


@pytest.mark.parametrize("value", ["2024-08-18T00:00", "2024-08-18T", "2024-08-18Tnonsense", " 2024-08 ",
                                   "2024-08\n", "2024-8-18x", "20240818", "\u0662\u0660\u0662\u0664"])
def test_a_bound_is_a_day_month_or_year_and_nothing_more(value: str) -> None:
    """As the API takes them (web.errors.DATE_PATTERN): a time of day, spaces or a stray
    suffix is no bound the CLI takes either, and the error says the form (2024-8-18 is taken:
    tests/store/test_dates.py)."""
    with pytest.raises(DateFilterError) as err:
        bound(value, option="--since", upper=False)
    assert str(err.value) == f"--since {value!r}: {DATE_FORM}"


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2024", "2024-01-01", "2024-12-31"), ("2024-02", "2024-02-01", "2024-02-29"),
    ("2024-08-18", "2024-08-18", "2024-08-18"), ("", None, None), ("  ", None, None)])
def test_a_bound_in_the_form_is_taken(value: str, first: str | None, last: str | None) -> None:
    assert (bound(value, option="--since", upper=False), bound(value, option="--until", upper=True)) == (first, last)


def test_threads_share_one_store(filled: Store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: len(filled.events()), range(20)))
    assert results == [5] * 20
    assert dataclasses.asdict(filled.get(record_b().id) or record_a()) == dataclasses.asdict(record_b())


def test_child_lookups_of_many_rows_go_in_slices(tmp_path: Path) -> None:
    """Speakers, event actors and actor names of more rows than SQLite takes parameters in one
    statement (999 on older builds) all come back, in order."""
    n = 1200
    body = "x. " * n
    base = record_a()
    record = dataclasses.replace(
        base, id="many", body=body, paragraphs=((0, len(body)),),
        quotes=tuple(Quote(3 * i, 3 * i + 2, "x.", "indirect", "said", ("org:hamas",))
                     for i in range(n)),
        events=tuple(dataclasses.replace(base.events[1], id=f"ev-{i}", evidence=(3 * i, 3 * i + 2))
                     for i in range(n)))
    with Store(tmp_path / "many.db") as store:
        store.put([record])
        store.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)  # as older builds
        quotes = store.quotes(limit=0)
        events = store.events(limit=0)
    assert len(quotes) == len(events) == n
    assert all(q["speaker_names"] == ["Hamas"] for q in quotes)
    assert all(e["source_names"] == ["Hamas"] for e in events)


def test_places_keep_which_text_their_offsets_index(store: Store) -> None:
    """A caption's toponym is stored as a furniture span, never passed off as a body span."""
    base = record_a()
    caption = dataclasses.replace(base.places[0], start=0, end=5, offsets_in="furniture:0")
    store.put([dataclasses.replace(base, places=(*base.places, caption))])
    rows = store.conn.execute(
        "SELECT start, offsets_in FROM places WHERE article_id = ? ORDER BY seq", (base.id,)
    ).fetchall()
    assert [tuple(r) for r in rows] == [(base.places[0].start, None), (0, "furniture:0")]


def links(path: Path) -> list[tuple[str, str, float]]:
    """The duplicate pairs as another connection to the file sees them (what is on disk)."""
    with sqlite3.connect(path) as other:
        return sorted(other.execute("SELECT a, b, similarity FROM duplicate_pairs"))


class Stop(Exception):
    pass


PAIR = (record_a().id, record_b().id)


@pytest.mark.parametrize(("writes", "failure"), [
    (0, Stop("before any write")),
    (1, Stop("after one write")),
    (2, sqlite3.IntegrityError("a bad row")),
    (2, KeyboardInterrupt()),  # not an Exception: still rolled back
])
def test_transaction_that_raises_leaves_the_store_as_it_was(filled: Store, writes: int,
                                                            failure: BaseException) -> None:
    with filled.transaction() as conn:
        conn.execute("INSERT INTO duplicate_pairs (a, b, similarity) VALUES (?, ?, 0.5)", PAIR)
    before = links(filled.path)
    assert before == [(*PAIR, 0.5)]
    with pytest.raises(type(failure)), filled.transaction() as conn:
        if writes >= 1:
            conn.execute("UPDATE duplicate_pairs SET similarity = 0.9")
        if writes >= 2:
            conn.execute("INSERT INTO duplicate_pairs (a, b, similarity) VALUES (?, ?, 0.7)",
                         PAIR[::-1])
            conn.execute("DELETE FROM articles WHERE id = ?", (record_a().id,))  # and children
        raise failure
    assert links(filled.path) == before
    assert not filled.conn.in_transaction
    assert filled.ids() == sorted(PAIR)
    filled.put([record_a(id="after")])  # the store still writes
    assert "after" in filled.ids()


def test_transaction_commits_to_the_file(filled: Store) -> None:
    with filled.transaction() as conn:
        conn.execute("INSERT INTO duplicate_pairs (a, b, similarity) VALUES (?, ?, 0.5)", PAIR)
        assert links(filled.path) == []  # not before the block ends
    assert links(filled.path) == [(*PAIR, 0.5)]


def test_transactions_do_not_nest(filled: Store) -> None:
    """A transaction opened inside another (here by ``put``) is refused, and the outer one,
    left by that error, is rolled back whole."""
    with pytest.raises(StoreError, match="already open"), filled.transaction() as conn:
        conn.execute("DELETE FROM articles")
        filled.put([record_a(id="inner")])
    assert filled.ids() == sorted(PAIR)


def test_reading_keeps_the_stores_other_threads_from_writing(filled: Store) -> None:
    done = threading.Event()

    def write() -> None:
        filled.put([record_a(id="late")])
        done.set()

    writer = threading.Thread(target=write)
    with filled.reading() as conn:
        writer.start()
        assert not done.wait(0.2)  # the writer waits for the block to end
        assert [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")] == sorted(PAIR)
    writer.join()
    assert "late" in filled.ids()


def test_transactions_inside_reading_commit_each_on_its_own(filled: Store) -> None:
    with filled.reading() as conn:
        with filled.transaction() as tx:
            assert tx is conn
            tx.execute("INSERT INTO duplicate_pairs (a, b, similarity) VALUES (?, ?, 0.5)", PAIR)
        assert links(filled.path) == [(*PAIR, 0.5)]  # on disk, the lock still held
        with pytest.raises(Stop), filled.transaction() as tx:
            tx.execute("DELETE FROM duplicate_pairs")
            raise Stop("mid-way")
        assert not conn.in_transaction
    assert links(filled.path) == [(*PAIR, 0.5)]


def test_a_limited_timeline_is_the_start_of_the_whole_one(filled: Store) -> None:
    """The timeline asks each query for ``limit`` rows only (a page reads a page), and gives
    what sorting everything and cutting gave."""
    whole = filled.timeline()
    assert {r["kind"] for r in whole} == {"event", "statement"} and len(whole) >= 4
    for n in range(1, len(whole) + 2):
        assert filled.timeline(limit=n) == whole[:n]
    assert filled.timeline(limit=-1) == filled.timeline(limit=0) == whole  # -1 dropped the last row


@pytest.mark.parametrize("query", ["articles", "events", "quotes", "actors", "places", "timeline"])
def test_a_limit_past_sqlite_integers_means_every_row(filled: Store, query: str) -> None:
    method = getattr(filled, query)
    assert method(limit=10**30) == method()  # was OverflowError: Python int too large for SQLite


def test_a_page_of_events_lists_the_dated_first_then_the_undated(filled: Store) -> None:
    every = filled.events()
    dated = [r for r in every if r["date_start"] is not None]
    assert 0 < len(dated) < len(every) and every[:len(dated)] == dated
    assert all(r["date_start"] is None for r in every[len(dated):])
    for n in (1, len(dated), len(dated) + 1, len(every) + 5):  # a page across the boundary
        assert filled.events(limit=n) == every[:n]


def test_a_first_page_of_events_does_not_sort_every_event(tmp_path: Path) -> None:
    """A page of the earliest events reads about as much of a store of 60 articles as of 6."""

    def on(day: int) -> ArticleRecord:  # each article's events on a day of their own
        a = record_a(id=f"a{day}")
        when = f"2024-{1 + day // 28:02d}-{1 + day % 28:02d}"
        return record_a(id=a.id, events=tuple(dataclasses.replace(e, date=when) for e in a.events))

    def steps(articles: int) -> int:
        with Store(tmp_path / f"{articles}.db") as store:
            store.put([on(day) for day in range(articles)])
            done = [0]

            def count() -> int:
                done[0] += 1
                return 0

            store.conn.set_progress_handler(count, 1)
            assert len(store.events(limit=2)) == 2
            return done[0]

    assert steps(60) < 2 * steps(6)
