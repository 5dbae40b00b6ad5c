"""The running state of story labels (schema 6), so that the label pass of ``corpus update``
costs what changed in a story, not the story's size.

A story's label (``corpus_read.story_summary``: ``corpus.stories.label`` over its distinct
articles) is made of sums over those articles: how many name each actor and place and how often,
which places are countries, the publication dates, and the counts of the words and pairs of
words of their titles and leads. ``story_terms`` keeps those sums per story, one row per
(story, kind, key):

- ``a`` actor name: ``n`` articles, ``tie`` mentions;
- ``p`` place name: ``n`` articles, ``tie`` mentions, ``pcl`` articles naming it as a country;
- ``x`` a word of a place name: ``n`` articles (words of places are no terms of a label);
- ``d`` publication date: ``n`` articles;
- ``o`` outlet (the article's ``source``, when not empty): ``n`` articles (schema 7; no term of
  a label, but the ``outlets`` of a listing and of one story);
- ``w`` content word: ``n`` texts holding it, ``seen`` and ``upper`` its occurrences after the
  first word of a text and those written with a capital, (``first``, ``pos``) its first
  occurrence: ``0`` (title) or ``1`` (lead) and the article's ``story_sortkey``, and the word's
  position in that text;
- ``q`` two adjacent content words: as ``w``, without ``seen``/``upper``.

``corpus_articles.labelled_in`` names the story whose sums count an article (a distinct one),
and ``story_label_state`` the stories whose sums are whole. ``refresh`` brings a story's sums up
to date: it adds the sums of a story merged into it, adds the articles not counted yet and
subtracts the ones that became duplicates. A story of fewer than ``SMALL`` articles keeps no
sums and is summarised in full (``story_label``): most stories stay small, and their summaries
cost less than keeping sums would. Subtracting cannot give back a first occurrence:
one that came from the article subtracted is forgotten (``first`` NULL) and found again by
reading the story's texts only when it decides between terms repeated as often at the top. A
deleted counted article (or one whose order changed) makes its story's sums start again from
its articles (triggers of migration 6).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any

from dateline.store.queries import chunks
from dateline.store.schema import current_version

#: per (kind, key): [n, tie, first, pos, seen, upper, pcl]
Sums = dict[tuple[str, str], list[Any]]

_INTO = "INSERT INTO story_terms (story_id, kind, key, n, tie, first, pos, seen, upper, pcl) "
_SUM = (
    " ON CONFLICT (story_id, kind, key) DO UPDATE SET "
    "n = n + excluded.n, tie = tie + excluded.tie, seen = seen + excluded.seen, "
    "upper = upper + excluded.upper, pcl = pcl + excluded.pcl, "
    "first = CASE WHEN first IS NULL OR excluded.first IS NULL THEN NULL "
    "WHEN (excluded.first, excluded.pos) < (first, pos) THEN excluded.first ELSE first END, "
    "pos = CASE WHEN first IS NULL OR excluded.first IS NULL THEN NULL "
    "WHEN (excluded.first, excluded.pos) < (first, pos) THEN excluded.pos ELSE pos END")
_ADD = f"{_INTO}VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?){_SUM}"
#: a story's sums added to another's (the WHERE keeps ON CONFLICT from reading as a join's ON)
_MERGE = f"{_INTO}SELECT ?, kind, key, n, tie, first, pos, seen, upper, pcl FROM story_terms WHERE story_id = ?{_SUM}"
_SUBTRACT = (
    "UPDATE story_terms SET n = n - ?, tie = tie - ?, seen = seen - ?, upper = upper - ?, "
    "pcl = pcl - ?, first = CASE WHEN kind IN ('w', 'q') AND first = ? THEN NULL ELSE first END, "
    "pos = CASE WHEN kind IN ('w', 'q') AND first = ? THEN NULL ELSE pos END "
    "WHERE story_id = ? AND kind = ? AND key = ?")
_RANK = " ORDER BY n DESC, tie DESC, first, pos"


def _stories() -> ModuleType:
    from dateline.corpus import stories

    return stories


def sums_of(conn: sqlite3.Connection, article_ids: Iterable[str]) -> Sums:
    """What the articles ``article_ids`` add to the sums of a story."""
    st = _stories()
    out: Sums = {}
    for aid in article_ids:
        row = conn.execute(
            "SELECT a.published, a.title, substr(a.body, 1, 400), c.story_sortkey, a.source FROM corpus_articles c "
            "JOIN articles a ON a.id = c.article_id WHERE c.article_id = ?", (aid,)).fetchone()
        if row is None:
            continue
        published, title, lead, sortkey, source = row
        actors = dict(conn.execute(
            "SELECT aa.name, (SELECT COUNT(*) FROM mentions x WHERE x.article_id = aa.article_id "
            "AND x.actor_id = aa.actor_id) FROM article_actors aa WHERE aa.article_id = ? AND "
            "aa.type != 'media'", (aid,)).fetchall())
        for name, mentions in actors.items():
            _put(out, "a", name, 1, mentions, name)
        places = conn.execute("SELECT name, COUNT(*), MAX(feature LIKE 'PCL%') FROM places WHERE "
                              "article_id = ? GROUP BY name", (aid,)).fetchall()
        for name, mentions, country in places:
            _put(out, "p", name, 1, mentions, name, pcl=int(country == 1))
        for word in st.name_words(name for name, _, _ in places):
            _put(out, "x", word, 1, 0, word)
        if published:
            _put(out, "d", published, 1, 0, published)
        if source:
            _put(out, "o", source, 1, 0, source)
        for which, text in (("0", title), ("1", lead)):
            found = st.text_terms(text or "")
            first = which + (sortkey or "")
            for word, pos in found.singles.items():
                seen, upper = found.words.get(word, (0, 0))
                _put(out, "w", word, 1, 0, first, pos, seen, upper)
            for pair, pos in found.pairs.items():
                _put(out, "q", pair, 1, 0, first, pos)
    return out


def _put(out: Sums, kind: str, key: str, n: int, tie: int, first: str, pos: int = 0, seen: int = 0,
         upper: int = 0, pcl: int = 0) -> None:
    have = out.get((kind, key))
    if have is None:
        out[(kind, key)] = [n, tie, first, pos, seen, upper, pcl]
        return
    have[0] += n
    have[1] += tie
    if (first, pos) < (have[2], have[3]):
        have[2], have[3] = first, pos
    have[4] += seen
    have[5] += upper
    have[6] += pcl


def _add(conn: sqlite3.Connection, story_id: str, sums: Sums) -> None:
    conn.executemany(_ADD, [(story_id, kind, key, *values) for (kind, key), values in sums.items()])


def _subtract(conn: sqlite3.Connection, story_id: str, sums: Sums) -> None:
    """Take one article's ``sums`` off a story's (a first occurrence that was its: forgotten)."""
    conn.executemany(_SUBTRACT, [(n, tie, seen, upper, pcl, first, first, story_id, kind, key)
                                 for (kind, key), (n, tie, first, _, seen, upper, pcl) in sums.items()])
    conn.executemany("DELETE FROM story_terms WHERE story_id = ? AND kind = ? AND key = ? AND n <= 0",
                     [(story_id, kind, key) for kind, key in sums])


def _forget(conn: sqlite3.Connection, story_id: str) -> None:
    """Drop a story's sums: its articles count as not counted yet."""
    conn.execute("DELETE FROM story_terms WHERE story_id = ?", (story_id,))
    conn.execute("DELETE FROM story_label_state WHERE story_id = ?", (story_id,))
    conn.execute("UPDATE corpus_articles SET labelled_in = NULL WHERE labelled_in = ?", (story_id,))


def _whole(conn: sqlite3.Connection, story_id: str) -> bool:
    return conn.execute("SELECT 1 FROM story_label_state WHERE story_id = ?", (story_id,)).fetchone() is not None


#: a story of fewer articles than this keeps no sums: summarising it costs about what keeping them
#: would (and most stories stay small); it gets them when it grows to this size
SMALL = 24


def story_label(conn: sqlite3.Connection, story_id: str) -> str:
    """The label of ``story_id``, the one ``corpus_read.story_summary`` gives: summarised in
    full while the story is small, else from its sums brought up to date (``refresh``)."""
    whole = _whole(conn, story_id)
    if not whole and _small(conn, story_id):
        for other in _others(conn, story_id):  # sums of stories merged into this one: not kept
            _forget(conn, other)
        from dateline.store.corpus_read import story_summary

        return str(story_summary(conn, story_id)["label"])
    refresh(conn, story_id)
    return label(conn, story_id)


def _small(conn: sqlite3.Connection, story_id: str) -> bool:
    """Whether the story has fewer than ``SMALL`` articles (copies too: counted by the index,
    reading no more than ``SMALL`` entries)."""
    return int(conn.execute("SELECT COUNT(*) FROM (SELECT 1 FROM corpus_articles WHERE story_id = ? LIMIT ?)",
                            (story_id, SMALL)).fetchone()[0]) < SMALL


def _others(conn: sqlite3.Connection, story_id: str) -> list[str]:
    """The stories whose sums count articles of this one (it absorbed them since)."""
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT labelled_in FROM corpus_articles WHERE story_id = :s AND labelled_in < :s "
        "UNION SELECT DISTINCT labelled_in FROM corpus_articles WHERE story_id = :s AND labelled_in > :s",
        {"s": story_id})]


def refresh(conn: sqlite3.Connection, story_id: str) -> None:
    """Bring the sums of ``story_id`` up to date with its distinct articles (see the module)."""
    if not _whole(conn, story_id):
        _forget(conn, story_id)
        conn.execute("INSERT INTO story_label_state (story_id) VALUES (?)", (story_id,))
    for other in _others(conn, story_id):
        gone = conn.execute("SELECT 1 FROM corpus_articles WHERE story_id = ? LIMIT 1", (other,)).fetchone() is None
        if not (gone and _whole(conn, other)):  # not a whole story merged into this one: count again
            _forget(conn, other)
            continue
        conn.execute(_MERGE, (story_id, other))
        conn.execute("DELETE FROM story_terms WHERE story_id = ?", (other,))
        conn.execute("DELETE FROM story_label_state WHERE story_id = ?", (other,))
        conn.execute("UPDATE corpus_articles SET labelled_in = ? WHERE labelled_in = ?", (story_id, other))
    left = [r[0] for r in conn.execute("SELECT article_id FROM corpus_articles WHERE labelled_in = ? AND "
                                       "duplicate_of IS NOT NULL", (story_id,))]
    for aid in left:  # now a copy of another article: no longer counted
        _subtract(conn, story_id, sums_of(conn, [aid]))
    joined = [r[0] for r in conn.execute("SELECT article_id FROM corpus_articles WHERE story_id = ? AND "
                                         "labelled_in IS NULL AND duplicate_of IS NULL", (story_id,))]
    for part in chunks(joined):  # a story counted from scratch: its sums a slice at a time
        _add(conn, story_id, sums_of(conn, part))
    conn.executemany("UPDATE corpus_articles SET labelled_in = ? WHERE article_id = ?",
                     [(None, aid) for aid in left] + [(story_id, aid) for aid in joined])


def label(conn: sqlite3.Connection, story_id: str) -> str:
    """The label of ``story_id`` from its sums (``refresh`` first): the one ``story_summary``
    gives."""
    st = _stories()
    actors = [r[0] for r in conn.execute(
        f"SELECT key FROM story_terms WHERE story_id = ? AND kind = 'a'{_RANK} LIMIT 2", (story_id,))]
    names = st.name_words(actors)
    banned: dict[str, bool] = {}

    def ok(word: str) -> bool:
        if word in names:
            return False
        if word not in banned:
            found = conn.execute("SELECT kind, seen, upper FROM story_terms WHERE story_id = ? AND kind IN "
                                 "('w', 'x') AND key = ?", (story_id, word)).fetchall()
            banned[word] = any(kind == "x" or st.is_name(seen, upper) for kind, seen, upper in found)
        return not banned[word]

    found: dict[tuple[str, str], tuple[str, int]] = {}
    words = _top(conn, story_id, "q", 1, lambda pair: all(ok(w) for w in pair.split(" ")), found)
    if not words:
        words = _top(conn, story_id, "w", 2, ok, found)
    conn.executemany("UPDATE story_terms SET first = ?, pos = ? WHERE story_id = ? AND kind = ? AND key = ?",
                     [(first, pos, story_id, kind, key) for (kind, key), (first, pos) in found.items()])
    return str(st.compose(_place(conn, story_id), actors, words, _month(conn, story_id)))


def _place(conn: sqlite3.Connection, story_id: str) -> str | None:
    """The top place, or the first place inside a country named at least half as often
    (``stories.prefer_specific``)."""
    top: tuple[str, int] | None = None
    for key, n, pcl in conn.execute(f"SELECT key, n, pcl FROM story_terms WHERE story_id = ? AND kind = 'p'{_RANK}",
                                    (story_id,)):
        top = top or (key, n)
        if 2 * n < top[1]:
            break
        if not pcl:
            return str(key)
    return top[0] if top else None


def _month(conn: sqlite3.Connection, story_id: str) -> str | None:
    """The month of the middle publication date (the upper one of two)."""
    days = conn.execute("SELECT key, n FROM story_terms WHERE story_id = ? AND kind = 'd' ORDER BY key",
                        (story_id,)).fetchall()
    at = sum(n for _, n in days) // 2
    for day, n in days:
        if at < n:
            return _stories().month_name(day)
        at -= n
    return None


def _top(conn: sqlite3.Connection, story_id: str, kind: str, k: int, ok: Callable[[str], bool],
         found: dict[tuple[str, str], tuple[str, int]]) -> list[str]:
    """The first ``k`` terms of ``kind`` that ``ok`` takes, in at least two texts, by count and
    first occurrence (``Counter.most_common`` over the texts in order). Rows come by count,
    forgotten first occurrences first within a count, so a count's group is read only up to
    its first ``k`` known ones; the forgotten ones before them are found again (into ``found``)."""
    out: list[str] = []
    group: int | None = None
    unknown: list[str] = []
    known: list[tuple[str, str, int]] = []
    cursor = conn.execute(f"SELECT key, n, first, pos FROM story_terms WHERE story_id = ? AND kind = ? "
                          f"AND n >= 2{_RANK}", (story_id, kind))
    try:
        for key, n, first, pos in cursor:
            if n != group:
                out += _settle(conn, story_id, kind, unknown, known, found)[:k - len(out)]
                if len(out) >= k:
                    return out
                group, unknown, known = n, [], []
            elif len(known) >= k - len(out):  # the rest of the group comes after these
                continue
            if ok(key):
                if first is None:
                    unknown.append(key)
                else:
                    known.append((key, first, pos))
    finally:
        cursor.close()
    return out + _settle(conn, story_id, kind, unknown, known, found)[:k - len(out)]


def _settle(conn: sqlite3.Connection, story_id: str, kind: str, unknown: list[str],
            known: list[tuple[str, str, int]], found: dict[tuple[str, str], tuple[str, int]]) -> list[str]:
    """Terms repeated as often, in order of first occurrence (found again where forgotten)."""
    if unknown:
        for key, first in _find_first(conn, story_id, kind, unknown).items():
            found[(kind, key)] = first
    ranked = sorted([*((key, *found[(kind, key)]) for key in unknown if (kind, key) in found), *known],
                    key=lambda t: (t[1], t[2]))
    return [key for key, _, _ in ranked]


def _find_first(conn: sqlite3.Connection, story_id: str, kind: str, keys: list[str]) -> dict[str, tuple[str, int]]:
    """The first occurrences of ``keys`` in the story's texts: titles, then leads, of its
    distinct articles in order (what only the whole story can tell)."""
    st = _stories()
    want: set[str] = set(keys)
    found: dict[str, tuple[str, int]] = {}
    for which, column in (("0", "a.title"), ("1", "substr(a.body, 1, 400)")):
        cursor = conn.execute(f"SELECT c.story_sortkey, {column} FROM corpus_articles c JOIN articles a ON "
                              "a.id = c.article_id WHERE c.story_id = ? AND c.duplicate_of IS NULL "
                              "ORDER BY c.story_sortkey", (story_id,))
        try:
            for sortkey, text in cursor:
                terms = st.text_terms(text or "")
                held = terms.pairs if kind == "q" else terms.singles
                for key in want.intersection(held):
                    found[key] = (which + (sortkey or ""), held[key])
                want.difference_update(held)
                if not want:
                    break
        finally:
            cursor.close()
        if not want:
            break
    return found


# -- read side: what a listing of stories shows, from the stored state -------------------------
#: (members of the story counted in its sums, articles counted in its sums that are not copies,
#: whether a copy is counted, whether the sums are whole): by the indexes, reading no article
_CURRENT = ("SELECT (SELECT COUNT(*) FROM corpus_articles WHERE story_id = :s AND labelled_in = :s), "
            "(SELECT COUNT(*) FROM corpus_articles WHERE labelled_in = :s AND duplicate_of IS NULL), "
            "EXISTS (SELECT 1 FROM corpus_articles WHERE labelled_in = :s AND duplicate_of IS NOT NULL), "
            "EXISTS (SELECT 1 FROM story_label_state WHERE story_id = :s)")
#: the first five actors or places of a story by its sums (``stories.ranked``'s order)
_TOP = ("SELECT key FROM story_terms WHERE story_id = ? AND kind = ? AND n > 0 "
        "ORDER BY n DESC, tie DESC, key LIMIT 5")
#: the schema whose sums count outlets (kind ``o``)
OUTLETS_SCHEMA = 7


def stored_summary(conn: sqlite3.Connection, story_id: str, distinct: int) -> dict[str, Any] | None:
    """The row ``corpus_read.story_summary`` gives for ``story_id`` (of ``distinct`` distinct
    articles: label, actors, places, outlets), read from its stored label and sums where both are
    current, without reading any of its articles; None where they are not (a store of schema 6 or
    older, a label missing or of another labeller, sums not whole or not counting exactly the
    story's distinct articles: the caller summarises in full)."""
    if current_version(conn) < OUTLETS_SCHEMA:
        return None
    found = conn.execute("SELECT label FROM story_labels WHERE story_id = ? AND labeller = ?",
                         (story_id, _stories().LABELLER)).fetchone()
    if found is None:
        return None
    members, counted, copies, whole = conn.execute(_CURRENT, {"s": story_id}).fetchone()
    if not whole or copies or not members == counted == distinct:
        return None
    outlets = conn.execute("SELECT key FROM story_terms WHERE story_id = ? AND kind = 'o' AND n > 0", (story_id,))
    return {"label": str(found[0]), "actors": [r[0] for r in conn.execute(_TOP, (story_id, "a"))],
            "places": [r[0] for r in conn.execute(_TOP, (story_id, "p"))], "outlets": sorted(r[0] for r in outlets)}


__all__ = ["OUTLETS_SCHEMA", "SMALL", "Sums", "label", "refresh", "story_label", "stored_summary", "sums_of"]
