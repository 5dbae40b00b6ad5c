"""Stories (``dateline corpus update`` groups articles into them): list and one story.

Reads the cross-article state through ``dateline.store.corpus_read``; a database that has none
yet (no ``corpus update`` run) simply has no stories.
"""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from dateline.store import AmbiguousId, EmptyId, Store, UnknownId
from dateline.web.errors import ApiError
from dateline.web.paging import PagingDep
from dateline.web.schemas import Error, Page

router = APIRouter(tags=["stories"])


class StoryRow(BaseModel):
    model_config = ConfigDict(extra="allow")

    story_id: str
    label: str
    articles: int
    distinct_articles: int | None = None
    first: str | None = None
    last: str | None = None
    actors: list[str] = []
    places: list[str] = []
    outlets: list[str] = []


class Story(BaseModel):
    """One story: summary, member articles, timeline of merged events and statements, negotiation."""

    model_config = ConfigDict(extra="allow")

    story_id: str
    label: str
    actors: list[str] = []
    places: list[str] = []
    outlets: list[str] = []
    articles: list[dict[str, Any]]
    timeline: list[dict[str, Any]]
    negotiation: dict[str, Any] = Field(description="proposals (terms, proposers, endorsers, rejecters) and stances")


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _has_state(store: Store) -> bool:
    with store.reading() as conn:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                            "name = 'corpus_articles'").fetchone() is not None


def count(store: Store) -> int:
    """Stories of at least two articles (0 before ``corpus update``)."""
    if not _has_state(store):
        return 0
    with store.reading() as conn:
        row = conn.execute(
            "SELECT COUNT(*) FROM (SELECT story_id FROM corpus_articles WHERE story_id IS NOT NULL "
            "GROUP BY story_id HAVING COUNT(*) >= 2)").fetchone()
    return int(row[0])


@router.get("/stories", response_model=Page[StoryRow])
def list_stories(store: Annotated[Store, Depends(_store)], paging: PagingDep,
                 search: Annotated[str | None, Query(max_length=200, description="Text in the story's label.")] = None,
                 min_articles: Annotated[int, Query(ge=1, le=10_000)] = 2) -> dict[str, Any]:
    """Stories, largest first, with labels, top actors, places and outlets (a page, as every list)."""
    if not _has_state(store):
        return paging.page(lambda n: [])
    from dateline.store import corpus_read

    with store.reading() as conn:
        return paging.window(lambda skip, n: corpus_read.stories(conn, min_articles=min_articles,
                                                                 search=search, limit=n, offset=skip))


@router.get("/stories/{story_id:path}", response_model=Story,
            responses={404: {"model": Error, "description": "No story with this id."}})
def get_story(store: Annotated[Store, Depends(_store)],
              story_id: Annotated[str, Path(max_length=1_000)]) -> dict[str, Any]:
    """One story: its articles, timeline (merged events with their sources, statements),
    negotiation. The id is a story id, or the id (or a unique prefix) of any of its articles, as
    for ``dateline story``."""
    if not _has_state(store):
        raise ApiError(404, "not_found", "no stories yet; run `dateline corpus update` on this database")
    return story_data(store, _story_of(store, story_id))


def _story_of(store: Store, given: str) -> str:
    """The story id ``given`` names: a story's id, else the story of the article it names."""
    with store.reading() as conn:
        if conn.execute("SELECT 1 FROM corpus_articles WHERE story_id = ? LIMIT 1", (given,)).fetchone():
            return given
    try:
        article = store.resolve(given)
    except (AmbiguousId, EmptyId) as err:  # it names two of the articles, or says the id is empty
        raise ApiError(404, "not_found", f"no single story for {given!r}: {err.message}") from err
    except UnknownId as err:
        raise ApiError(404, "not_found", f"no story {given!r}; list them at /stories") from err
    with store.reading() as conn:
        found = conn.execute("SELECT story_id FROM corpus_articles WHERE article_id = ?", (article,)).fetchone()
    if found is None or found[0] is None:
        raise ApiError(404, "not_found", f"article {article} is in no story yet; run `dateline corpus "
                                         "update` on this database")
    return str(found[0])


def story_data(store: Store, story_id: str) -> dict[str, Any]:
    from dateline.corpus.stories import negotiation
    from dateline.store import corpus_read as read

    with store.reading() as conn:
        try:
            members = read.story_members(conn, story_id)
        except sqlite3.Error as err:
            raise ApiError(404, "not_found", f"no story {story_id!r}") from err
        if not members:
            raise ApiError(404, "not_found", f"no story {story_id!r}; list them at /stories")
        summary = read.story_summary(conn, story_id)
        events = read.merged_events(conn, story=story_id)
        quotes = list(read.story_quotes(conn, story_id))
    records = [r for m in members if m["duplicate_of"] is None and (r := store.get(m["id"]))]
    records.sort(key=lambda r: (r.published.date or "9999", r.id))
    timeline: list[dict[str, Any]] = []
    for e in events:
        first = e["evidence"][0] if e["evidence"] else {}
        timeline.append({"date": e["date"], "day": e["date_start"], "kind": "event", "what": e["type"],
                         "status": e["status"], "sources": e["source_names"], "targets": e["target_names"],
                         "place": e["place"], "n_sources": e["n_sources"], "text": first.get("text"),
                         "article_id": first.get("article_id"), "cluster_id": e["cluster_id"],
                         "evidence": first.get("span")})
    for q in quotes:
        timeline.append({"date": q["date"] or q["published"], "day": q["day_start"], "kind": "statement",
                         "what": q["kind"], "status": None,
                         "sources": q["speaker_names"] or ([q["speaker_text"]] if q["speaker_text"] else []),
                         "targets": [], "place": None, "n_sources": 1, "text": q["text"],
                         "article_id": q["article_id"], "seq": q["seq"]})
    timeline.sort(key=lambda r: (r["day"] is None, r["day"] or "", r["kind"]))
    return {"story_id": story_id, **summary, "articles": members, "timeline": timeline,
            "negotiation": negotiation(records)}
