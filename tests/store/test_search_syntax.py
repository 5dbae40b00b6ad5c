"""One search syntax for every search over text: articles, quotes and story labels (FTS5's,
less NEAR and column filters), with a one-line error naming a malformed search."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.corpus import update
from dateline.store import Store, StoreError
from dateline.store import corpus_read as read
from dateline.store.queries import SearchError, search_query
from tests.corpus.corpus_records import OTHER, gaza_record, label_matches, record


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Gaza", '"Gaza"'),
        ("Gaza*", '"Gaza"*'),
        ('"Gaza City"', '"Gaza City"'),
        ('"Gaza Ci"*', '"Gaza Ci"*'),
        ("Hamas-backed talks", '"Hamas-backed" AND "talks"'),
        ("don't", '"don\'t"'),
        ("Gaza OR Rafah", '"Gaza" OR "Rafah"'),
        ("ceasefire NOT Gaza", '"ceasefire" NOT "Gaza"'),
        ("ceasefire AND Gaza", '"ceasefire" AND "Gaza"'),
        ("(Gaza OR Rafah) talks", '( "Gaza" OR "Rafah" ) AND "talks"'),
        ("gaza or rafah", '"gaza" AND "or" AND "rafah"'),  # operators are in capitals, as FTS5's
        ("title:Gaza", '"title:Gaza"'),  # no column filters: plain words
        ("Gaza\x00 talks", '"Gaza" AND "talks"'),
        ("Gaza \udcff", '"Gaza" AND ""'),  # bytes that were not UTF-8 match nothing
        ("Gaza\ufffd", '""'),
    ],
)
def test_a_search_as_fts5(text: str, query: str) -> None:
    assert search_query(text) == query


@pytest.mark.parametrize(
    ("text", "query"),
    [
        # a double quote inside a word is a character of it, not a phrase left open
        ('don"t', '"don""t"'),
        ('Gaza"s ruins', '"Gaza""s" AND "ruins"'),
        ("5'11\"", '"5\'11"""'),
        ('"Gaza City" don"t', '"Gaza City" AND "don""t"'),
        # a word of no letter or digit is no term (FTS5 makes no token of it)
        ("Israel & Hamas", '"Israel" AND "Hamas"'),
        ("Israel - Hamas", '"Israel" AND "Hamas"'),
        ("Sinwar — Haniyeh", '"Sinwar" AND "Haniyeh"'),
        ("ceasefire ... talks", '"ceasefire" AND "talks"'),
        ("Gaza — OR Rafah", '"Gaza" OR "Rafah"'),
        ("\U0001f525 Gaza", '"Gaza"'),
        # what users type: words, apostrophes, initials, numbers, other scripts
        ("al-Sinwar", '"al-Sinwar"'),
        ("Sa'ar", '"Sa\'ar"'),
        ("U.S. envoy", '"U.S." AND "envoy"'),
        ("2024", '"2024"'),
        ("غزة", '"غزة"'),
        ("hamas and israel", '"hamas" AND "and" AND "israel"'),
    ],
)
def test_searches_users_type(text: str, query: str) -> None:
    assert search_query(text) == query


@pytest.mark.parametrize("text", ["—", "...", "& -", ",", "-", '"—"', "\x00", " \x00 - "])
def test_a_search_of_no_letter_or_digit_is_no_words(text: str) -> None:
    # was '""' (no row, silently) for "—", while a blank or NUL search was this error
    with pytest.raises(SearchError, match="no words to search for"):
        search_query(text)


@pytest.mark.parametrize(("text", "query"), [('Gaza "—"', '"Gaza"'), ("Gaza - ceasefire", '"Gaza" AND "ceasefire"')])
def test_a_wordless_word_or_phrase_beside_words_is_no_term(text: str, query: str) -> None:
    assert search_query(text) == query


@pytest.mark.parametrize(("text", "problem"), [("( — )", "empty brackets"), ("Gaza OR —", "OR needs a term after it")])
def test_a_wordless_word_is_no_term_of_the_grammar(text: str, problem: str) -> None:
    with pytest.raises(SearchError, match=re.escape(problem)):
        search_query(text)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('"Gaza', "a double quote is not closed"),
        ('Gaza "City', "a double quote is not closed"),
        ("Gaza AND", "AND needs a term after it"),
        ("OR Gaza", "OR needs a term before it"),
        ("Gaza NOT OR Rafah", "NOT OR: two operators in a row"),
        ("(Gaza OR Rafah", "a '(' is not closed"),
        ("Gaza)", "a ')' without its '('"),
        ("Gaza ()", "empty brackets"),
        ("(NOT Gaza)", "NOT needs a term before it"),
        ("*", "'*' goes at the end of a word"),
        ("*Gaza", "'*' goes at the end of a word"),
        ("Ga*za", "'*' goes at the end of a word"),
        ('""', 'an empty phrase ""'),
        ('" "', 'an empty phrase ""'),
        ("NEAR(Gaza Rafah)", "NEAR is not part of the search syntax"),
        ("   ", "no words to search for"),
    ],
)
def test_a_malformed_search_names_itself_and_the_problem(text: str, problem: str) -> None:
    with pytest.raises(SearchError) as caught:
        search_query(text)
    message = str(caught.value)
    assert message.startswith(f"--search {text!r}: ") and problem in message and "\n" not in message


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store(tmp_path_factory.mktemp("search") / "search.db") as store:
        store.put([gaza_record("wire"), gaza_record("copy", published="2024-08-21"),
                   record("flood", OTHER, published="2024-08-12")])
        update(store)
        yield store


def labels_of(rows: list[dict[str, object]]) -> list[object]:
    return [r["label"] for r in rows]


def test_the_stories_search_takes_the_articles_syntax(updated: Store) -> None:
    every = read.stories(updated.conn, min_articles=1)
    assert len(every) >= 2
    word = every[0]["label"].replace(",", " ").split()[0]
    found = read.stories(updated.conn, min_articles=1, search=word)
    assert found and found == [r for r in every if label_matches(r["label"], word)]
    assert read.stories(updated.conn, min_articles=1, search=word[:3] + "*") == \
        [r for r in every if any(w.casefold().startswith(word[:3].casefold())
                                 for w in r["label"].replace(",", " ").split())]
    assert read.stories(updated.conn, min_articles=1, search=word[:3]) == [] or word[:3] == word
    assert read.stories(updated.conn, min_articles=1, search=f"{word} NOT {word}") == []
    other = every[-1]["label"].replace(",", " ").split()[0]
    either = read.stories(updated.conn, min_articles=1, search=f"{word} OR {other}")
    assert either == [r for r in every if label_matches(r["label"], word) or label_matches(r["label"], other)]
    phrase = " ".join(every[0]["label"].replace(",", " ").split()[:2])
    assert every[0] in read.stories(updated.conn, min_articles=1, search=f'"{phrase}"')


@pytest.mark.parametrize("text", ['"Gaza', "Gaza AND", "(Gaza", "*"])
def test_every_search_refuses_the_same_malformed_text(updated: Store, text: str) -> None:
    problem = str(pytest.raises(SearchError, search_query, text).value)
    for ask in (updated.articles, updated.quotes):
        with pytest.raises(StoreError) as caught:
            ask(search=text)
        assert str(caught.value.__cause__) == problem
    with pytest.raises(SearchError) as direct:
        read.stories(updated.conn, min_articles=1, search=text)
    assert str(direct.value) == problem


@pytest.mark.parametrize("text", ["Egypt & Qatar", "Egypt - Qatar", 'Israel"s prime'])
def test_a_lone_dash_or_a_quote_inside_a_word_finds_the_articles(updated: Store, text: str) -> None:
    """``&`` and ``-`` are no terms; ``Israel"s`` is the phrase "israel s" (as FTS5 reads the
    wire's "Israel's"), no phrase left open."""
    found = {r["id"] for r in updated.articles(search=text)}
    assert {"wire", "copy"} <= found and "flood" not in found


def test_articles_and_stories_agree_on_a_prefix(updated: Store, tmp_path: Path) -> None:
    """``Gaz*`` finds the Gaza articles and the stories labelled with Gaza alike."""
    articles = {r["id"] for r in updated.articles(search="Gaz*")}
    assert {"wire", "copy"} <= articles and "flood" not in articles
    stories = read.stories(updated.conn, min_articles=1, search="Gaz*")
    assert all("gaza" in str(r["label"]).casefold() for r in stories)


@pytest.mark.parametrize("text", ["Gaza", "Gaza AND"])
def test_a_stories_search_frees_its_table_in_memory(updated: Store, monkeypatch: pytest.MonkeyPatch,
                                                    text: str) -> None:
    """The label table of each search is closed when the search ends, well or with an error (left
    to the garbage collector, a server kept one per search in memory: 240 searches of a 40k store
    grew it by 50 MB)."""
    made: list[read.LabelSearch] = []
    real = read.LabelSearch.__init__

    def recorded(self: read.LabelSearch, search: str) -> None:
        made.append(self)
        real(self, search)

    monkeypatch.setattr(read.LabelSearch, "__init__", recorded)
    with contextlib.suppress(SearchError):
        read.stories(updated.conn, min_articles=1, search=text)
    assert len(made) == 1
    with pytest.raises(sqlite3.ProgrammingError):
        made[0].db.execute("SELECT 1")
