"""Stories (``dateline corpus update`` groups articles into them): list and one story.

Reads the cross-article state through ``dateline.store.corpus_read``; a database that has none
yet (no ``corpus update`` run) simply has no stories.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, ConfigDict, Field

from dateline import views
from dateline.store import AmbiguousId, EmptyId, Store, UnknownId
from dateline.store.dates import FilterError
from dateline.views import has_stories
from dateline.web.deps import StoreDep
from dateline.web.errors import ApiError, Search, parameters
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
    timeline: list[dict[str, Any]] = Field(description=(
        "events and statements by day: date, day, kind, what, status, sources and targets (the "
        "display names of the source and target actors: who acted, and on whom), place, n_sources "
        "(how many distinct articles reported the row, copies not counted; unrelated to the number "
        "of source actors), source_names and target_names (the actors' names again: `dateline story "
        "--json` has them under these keys, its sources being the count of reporting articles), "
        "text, article_id; an event's cluster_id, evidence ([start, end) of text in the article "
        "body), first_report; a statement's seq and url"))
    negotiation: dict[str, Any] = Field(description="proposals (terms, proposers, endorsers, rejecters) and stances")


def count(store: Store) -> int:
    """Stories of at least two articles (0 before ``corpus update``)."""
    if not has_stories(store):
        return 0
    with store.reading() as conn:
        row = conn.execute(
            "SELECT COUNT(*) FROM (SELECT story_id FROM corpus_articles WHERE story_id IS NOT NULL "
            "GROUP BY story_id HAVING COUNT(*) >= 2)").fetchone()
    return int(row[0])


@router.get("/stories", response_model=Page[StoryRow],
            responses={400: {"model": Error, "description": "A malformed search (e.g. search=\"Gaza)."}})
def list_stories(store: StoreDep, paging: PagingDep,
                 search: Search = None,
                 min_articles: Annotated[int, Query(ge=1, le=10_000)] = 2) -> dict[str, Any]:
    """Stories, largest first, with labels, top actors, places and outlets (a page, as every
    list); ``search`` matches the label, in the search syntax of /articles and /quotes."""
    from dateline.store import corpus_read

    if search:
        try:  # the syntax is checked first, on a store with stories or without
            corpus_read.LabelSearch(search).close()
        except FilterError as err:  # as the store's own filter errors (web.errors)
            raise ApiError(400, "invalid_filter", parameters(str(err))) from err
    if not has_stories(store):
        return paging.page(lambda n: [])
    with store.reading() as conn:
        return paging.window(lambda skip, n: corpus_read.stories(conn, min_articles=min_articles,
                                                                 search=search, limit=n, offset=skip))


@router.get("/stories/{story_id:path}", response_model=Story,
            responses={404: {"model": Error, "description": "No story with this id."}})
def get_story(store: StoreDep,
              story_id: Annotated[str, Path(max_length=1_000)]) -> dict[str, Any]:
    """One story: its articles, timeline (merged events with their sources, statements),
    negotiation. The id is a story id, or the id (or a unique prefix) of any of its articles, as
    for ``dateline story``."""
    try:
        return views.story(store, _story_of(store, story_id))
    except views.NoStory as err:
        raise ApiError(404, "not_found", err.message) from err


def _story_of(store: Store, given: str) -> str:
    """The story id ``given`` names (views.story_of), the store's id errors as a 404."""
    try:
        return views.story_of(store, given)
    except (AmbiguousId, EmptyId) as err:  # it names two of the articles, or says the id is empty
        raise ApiError(404, "not_found", f"no single story for {given!r}: {err.message}") from err
    except UnknownId as err:
        raise ApiError(404, "not_found", f"no story {given!r}; list them at /stories") from err
