"""Stories (``dateline corpus update`` groups articles into them): list and one story.

Reads the cross-article state through ``dateline.store.corpus_read``; a database that has none
yet (no ``corpus update`` run) simply has no stories.
"""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from dateline.store import Store
from dateline.web.errors import ApiError
from dateline.web.schemas import Error

router = APIRouter(tags=["stories"])
MAX_STORIES = 500


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


class StoryList(BaseModel):
    items: list[StoryRow]


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


@router.get("/stories", response_model=StoryList)
def list_stories(store: Annotated[Store, Depends(_store)],
                 search: Annotated[str | None, Query(max_length=200, description="Text in the story's label.")] = None,
                 min_articles: Annotated[int, Query(ge=1, le=10_000)] = 2,
                 limit: Annotated[int, Query(ge=1, le=MAX_STORIES)] = 50) -> dict[str, Any]:
    """Stories, largest first, with labels, top actors, places and outlets."""
    if not _has_state(store):
        return {"items": []}
    from dateline.store import corpus_read

    with store.reading() as conn:
        rows = corpus_read.stories(conn, min_articles=min_articles, search=search, limit=limit)
    return {"items": rows}


@router.get("/stories/{story_id:path}", response_model=Story,
            responses={404: {"model": Error, "description": "No story with this id."}})
def get_story(store: Annotated[Store, Depends(_store)],
              story_id: Annotated[str, Path(max_length=1_000)]) -> dict[str, Any]:
    """One story: its articles, timeline (merged events with their sources, statements), negotiation."""
    if not _has_state(store):
        raise ApiError(404, "not_found", "no stories yet; run `dateline corpus update` on this database")
    return story_data(store, story_id)


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
    records = [r for r in (store.get(m["id"]) for m in members if m["duplicate_of"] is None) if r]
    records.sort(key=lambda r: (r.published.date or "9999", r.id))
    spans: dict[tuple[Any, Any], list[int]] = {(r.id, ev.id): list(ev.evidence)
                                               for r in records for ev in r.events}
    timeline: list[dict[str, Any]] = []
    for e in events:
        first = e["evidence"][0] if e["evidence"] else {}
        timeline.append({"date": e["date"], "day": e["date_start"], "kind": "event", "what": e["type"],
                         "status": e["status"], "sources": e["source_names"], "targets": e["target_names"],
                         "place": e["place"], "n_sources": e["n_sources"], "text": first.get("text"),
                         "article_id": first.get("article_id"), "cluster_id": e["cluster_id"],
                         "evidence": spans.get((first.get("article_id"), first.get("event_id")))})
    for q in quotes:
        timeline.append({"date": q["date"] or q["published"], "day": q["day_start"], "kind": "statement",
                         "what": q["kind"], "status": None,
                         "sources": q["speaker_names"] or ([q["speaker_text"]] if q["speaker_text"] else []),
                         "targets": [], "place": None, "n_sources": 1, "text": q["text"],
                         "article_id": q["article_id"], "seq": q["seq"]})
    timeline.sort(key=lambda r: (r["day"] is None, r["day"] or "", r["kind"]))
    return {"story_id": story_id, **summary, "articles": members, "timeline": timeline,
            "negotiation": negotiation(records)}
