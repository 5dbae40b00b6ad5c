"""Read-only views over a store that both front ends show: one story (``dateline story`` and
``GET /stories/{id}``). (Articles with search hits that no text can fake are the store's own:
``store.queries.articles``.)

It lives here, beside ``dateline.store`` and ``dateline.corpus`` and below ``dateline.cli`` and
``dateline.web``, so that both import it without either importing the other (the CLI pulls in
click, the API FastAPI) and without the store depending on the corpus package.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from dateline.store import Store


class NoStory(LookupError):
    """The id names no story (or an article in no story yet); the message says what to do."""

    def __init__(self, problem: str, *, update: bool = False) -> None:
        self.problem, self.update = problem, update  # update: `corpus update` would help
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.for_db("")

    def for_db(self, db: str) -> str:
        """The message, its advice naming the database (``--db DB``) when ``db`` is given."""
        if not self.update:
            return self.problem
        return self.problem + (f"; run `dateline corpus update --db {db}`" if db else
                               "; run `dateline corpus update` on this database")


def has_stories(store: Store) -> bool:
    """``dateline corpus update`` has run on this store (its cross-article tables exist)."""
    with store.reading() as conn:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                            "name = 'corpus_articles'").fetchone() is not None


def story_of(store: Store, given: str) -> str:
    """The story id ``given`` names: a story's id, else the story of the article it names (its id
    or a unique prefix). Raises the store's UnknownId (AmbiguousId, EmptyId) when it names no
    single article, NoStory when there are no stories yet or that article is in none."""
    if not has_stories(store):
        raise NoStory("no stories yet", update=True)
    with store.reading() as conn:
        if conn.execute("SELECT 1 FROM corpus_articles WHERE story_id = ? LIMIT 1", (given,)).fetchone():
            return given
    article = store.resolve(given)
    with store.reading() as conn:
        found = conn.execute("SELECT story_id FROM corpus_articles WHERE article_id = ?", (article,)).fetchone()
    if found is None or found[0] is None:
        raise NoStory(f"article {article} is in no story yet", update=True)
    return str(found[0])


def story(store: Store, story_id: str) -> dict[str, Any]:
    """One story: ``story_id``, label, actors, places, outlets (read from the label and running
    sums ``corpus update`` stored, where current: ``corpus_read.current_summary``), its
    ``articles`` (duplicates included, with ``duplicate_of``), a ``timeline`` of merged events and statements in day
    order, and its ``negotiation`` (proposals and stances). Raises NoStory for an unknown id.

    Each timeline row: ``date``, ``day``, ``kind`` (event/statement), ``what``, ``status``,
    ``sources`` and ``targets`` (display names, not ids as in ``/timeline``), ``place``,
    ``n_sources`` (how many distinct articles reported it), ``source_names`` and
    ``target_names`` (the names again, under keys that ``dateline story --json`` shares: its
    ``sources`` is the count), ``text``, ``article_id``; an event's ``cluster_id``, ``evidence`` (the
    ``[start, end)`` of ``text`` in its article's body) and ``first_report``; a statement's
    ``seq`` and ``url``."""
    from dateline.corpus.stories import negotiation
    from dateline.store import corpus_read as read

    with store.reading() as conn:
        try:
            members = read.story_members(conn, story_id)
        except sqlite3.Error as err:  # no cross-article tables
            raise NoStory(f"no story {story_id!r}") from err
        if not members:
            raise NoStory(f"no story {story_id!r}; list them with `dateline stories` or GET /stories")
        summary = read.current_summary(conn, story_id, sum(m["duplicate_of"] is None for m in members))
        events = read.merged_events(conn, story=story_id)
        quotes = list(read.story_quotes(conn, story_id))
    timeline = [_event_row(e) for e in events] + [_statement_row(q) for q in quotes]
    timeline.sort(key=lambda r: (r["day"] is None, r["day"] or "", r["kind"]))
    records = [r for m in members if m["duplicate_of"] is None and (r := store.get(m["id"]))]
    records.sort(key=lambda r: (r.published.date or "9999", r.id))
    return {"story_id": story_id, **summary, "articles": members, "timeline": timeline,
            "negotiation": negotiation(records)}


def _event_row(e: dict[str, Any]) -> dict[str, Any]:
    first = e["evidence"][0] if e["evidence"] else {}
    return {"date": e["date"], "day": e["date_start"], "kind": "event", "what": e["type"],
            "status": e["status"], "sources": e["source_names"], "targets": e["target_names"],
            "place": e["place"], "n_sources": e["n_sources"], "source_names": e["source_names"],
            "target_names": e["target_names"], "text": first.get("text"),
            "article_id": first.get("article_id"), "cluster_id": e["cluster_id"],
            "evidence": first.get("span"), "first_report": e["first_report"]}


def _statement_row(q: dict[str, Any]) -> dict[str, Any]:
    speakers = q["speaker_names"] or ([q["speaker_text"]] if q["speaker_text"] else [])
    return {"date": q["date"] or q["published"], "day": q["day_start"], "kind": "statement",
            "what": q["kind"], "status": None, "sources": speakers, "targets": [], "place": None,
            "n_sources": 1, "source_names": speakers, "target_names": [], "text": q["text"], "article_id": q["article_id"], "seq": q["seq"],
            "url": q["url"]}


__all__ = ["NoStory", "has_stories", "story", "story_of"]
