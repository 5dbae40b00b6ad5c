"""The read-only JSON API: the store's queries with the CLI's filters, one page at a time.

Every list answers ``{"items", "limit", "offset", "next_offset", "truncated"}``; ``limit`` is
capped at ``MAX_PAGE`` and ``offset`` at ``MAX_OFFSET`` (``truncated``: more rows lie past it). Filters mean what the CLI's flags mean (``dateline events --help``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import PurePath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request

from dateline.store import AmbiguousId, EmptyId, UnknownId
from dateline.web import geo
from dateline.web import stories as story_views
from dateline.web.deps import StoreDep
from dateline.web.errors import DATE_PATTERN, ApiError, Search
from dateline.web.paging import MAX_OFFSET as MAX_OFFSET  # re-exported: the limits of every list
from dateline.web.paging import MAX_PAGE as MAX_PAGE
from dateline.web.paging import PagingDep
from dateline.web.schemas import (
    ActorRow,
    Article,
    ArticleRow,
    Error,
    EventRow,
    MapData,
    Network,
    Page,
    PlaceRow,
    QuoteRow,
    Stats,
    TimelineRow,
)

MAX_NETWORK_EVENTS = 5_000  # events read for one network
MAX_MAP_EVENTS = 5_000  # events read for one map
MAX_MAP_PLACES = 2_000  # places read for one map, most covered first
#: the longest article id asked for: ids are 16 hex digits unless a JSON Lines row gave its own
#: (any text, "/" included: the routes take ids as paths)
MAX_ID = 1_000

Row = dict[str, Any]
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Error, "description": "invalid_filter: a filter value is malformed (e.g. since=2024-13, "
          "since=18/08/2024, until=2024-02-30: every bad date; search=\"Gaza, a search of no words); "
          "unknown_parameter: a parameter the endpoint does not take (sinse=2024)."},
    422: {"model": Error, "description": "invalid_request: a parameter has the wrong type or is out of "
          "range (limit=0, offset=-1)."},
}

router = APIRouter()

Text = Annotated[str | None, Query(max_length=200)]
DateBound = Annotated[str | None, Query(max_length=10, pattern=DATE_PATTERN,
                                        description="YYYY, YYYY-MM or YYYY-MM-DD, month and day of one or two digits (inclusive); empty: no bound. "
                                        "Any other value is a 400 invalid_filter.")]


class EventFilters:
    """The filters of ``dateline events`` and ``dateline timeline``."""

    def __init__(
        self,
        actor: Annotated[str | None, Query(max_length=200, description="Actor id (org:hamas) or text in an actor's id or name.")] = None,
        type: Annotated[str | None, Query(max_length=200, description="PLOVER type(s), comma-separated: ACCUSE,REJECT.")] = None,
        since: DateBound = None,
        until: DateBound = None,
        place: Annotated[str | None, Query(max_length=200, description="Place name contains this text.")] = None,
        status: Annotated[str | None, Query(max_length=200, description="happened, ongoing, planned, hypothetical, negated, denied (comma-separated).")] = None,
    ) -> None:
        self.values = {"actor": actor, "type": type, "since": since, "until": until,
                       "place": place, "status": status}


EventFiltersDep = Annotated[EventFilters, Depends()]


@router.get("/articles", response_model=Page[ArticleRow], responses=ERRORS, tags=["articles"])
def list_articles(store: StoreDep, paging: PagingDep, search: Search = None, source: Text = None,
                  since: DateBound = None, until: DateBound = None) -> dict[str, Any]:
    """Articles newest first; with ``search`` (over title and body), by relevance with a snippet."""
    page = paging.page(lambda n: store.articles(search=search, source=source, since=since,
                                                until=until, limit=n))
    for row in page["items"]:
        row["origin"] = origin_name(row.get("origin"))
    return page


@router.get("/articles/{article_id:path}", response_model=Article, tags=["articles"],
            responses={404: {"model": Error, "description": "No article with this id."}, **ERRORS})
def get_article(store: StoreDep,
                article_id: Annotated[str, Path(max_length=MAX_ID, description="An article id or a unique prefix of one.")]
                ) -> dict[str, Any]:
    """One article with all its annotations (the public record, schema_version 1)."""
    try:
        full = store.resolve(article_id)
    except (AmbiguousId, EmptyId) as err:  # it names two of the articles, or says the id is empty
        raise ApiError(404, "not_found", f"no single article with id {article_id!r}: "
                       f"{err.message}") from err
    except UnknownId as err:  # unknown prefix (a failing database is a store error)
        raise ApiError(404, "not_found", f"no single article with id {article_id!r}; "
                       "list them at /articles") from err
    record = store.get(full)
    if record is None:
        raise ApiError(404, "not_found", f"no article with id {article_id!r}; list them at /articles")
    data = record.to_json()
    data["origin"] = origin_name(data.get("origin"))
    return data


def origin_name(origin: str | None) -> str | None:
    """Where an article was read from, without the server's directories (its file system is
    not the client's business): "/srv/in/a.jsonl:3" -> "a.jsonl:3"."""
    return PurePath(origin).name if origin else origin


@router.get("/events", response_model=Page[EventRow], responses=ERRORS, tags=["events"])
def list_events(store: StoreDep, paging: PagingDep, filters: EventFiltersDep,
                article: Annotated[str | None, Query(max_length=MAX_ID, description="Only this article's events.")] = None,
                ) -> dict[str, Any]:
    """Who did what to whom, when and where: events in date order (undated last)."""
    return paging.page(lambda n: store.events(**filters.values, article=article, limit=n))


@router.get("/timeline", response_model=Page[TimelineRow], responses=ERRORS, tags=["events"])
def timeline(store: StoreDep, paging: PagingDep, filters: EventFiltersDep,
             statements: Annotated[bool | None, Query(description="Include quotes (default: yes unless type, place or status is given).")] = None,
             ) -> dict[str, Any]:
    """Events and statements in one chronology."""
    return paging.page(lambda n: store.timeline(**filters.values, statements=statements, limit=n))


@router.get("/quotes", response_model=Page[QuoteRow], responses=ERRORS, tags=["quotes"])
def list_quotes(store: StoreDep, paging: PagingDep,
                speaker: Annotated[str | None, Query(max_length=200, description="Speaker actor id, or text in the speaker's id, name or words.")] = None,
                search: Search = None,
                since: DateBound = None, until: DateBound = None,
                article: Annotated[str | None, Query(max_length=MAX_ID, description="Only this article's quotes.")] = None,
                ) -> dict[str, Any]:
    """Who said what: quotes and reported statements in date order."""
    return paging.page(lambda n: store.quotes(speaker=speaker, search=search, since=since,
                                              until=until, article=article, limit=n))


@router.get("/actors", response_model=Page[ActorRow], responses=ERRORS, tags=["actors"])
def list_actors(store: StoreDep, paging: PagingDep,
                search: Annotated[str | None, Query(max_length=200, description="Actor id or text in an actor's id or name.")] = None,
                type: Annotated[str | None, Query(max_length=200, description="person, organization, country, group, ... (comma-separated).")] = None,
                ) -> dict[str, Any]:
    """Actors of stored articles, most covered first, with their counts."""
    return paging.page(lambda n: store.actors(search=search, type=type, limit=n))


@router.get("/places", response_model=Page[PlaceRow], responses=ERRORS, tags=["places"])
def list_places(store: StoreDep, paging: PagingDep,
                search: Annotated[str | None, Query(max_length=200, description="Text in the place's name or in the words used for it.")] = None,
                country: Annotated[str | None, Query(max_length=200, description="ISO 3166 alpha-2 code(s), comma-separated: PS,IL.")] = None,
                ) -> dict[str, Any]:
    """Places of stored articles, one row per gazetteer entry (lat and lon null where it has
    no coordinates), most covered first."""
    return paging.page(lambda n: store.places(search=search, country=country, limit=n))


@router.get("/map", response_model=MapData, responses=ERRORS, tags=["places"])
def places_map(store: StoreDep, filters: EventFiltersDep) -> dict[str, Any]:
    """Located places (of the 2,000 most covered, as ``/places`` lists them) with the filtered
    events placed at each by its own article: two places of one name count apart."""
    return geo.map_data(store, filters.values, MAX_MAP_EVENTS, MAX_MAP_PLACES)


@router.get("/network", response_model=Network, responses=ERRORS, tags=["actors"])
def network(store: StoreDep, filters: EventFiltersDep) -> dict[str, Any]:
    """The actor network: an edge from each event source to each target, weighted by events."""
    rows = store.events(**filters.values, limit=MAX_NETWORK_EVENTS)
    return build_network(rows)


def build_network(rows: list[Row]) -> dict[str, Any]:
    """Nodes and weighted, typed edges from event rows (sources x targets, self-loops dropped)."""
    names: dict[str, str] = {}
    weights: Counter[tuple[str, str]] = Counter()
    types: dict[tuple[str, str], Counter[str]] = {}
    involved: Counter[str] = Counter()
    for row in rows:
        for ids, labels in ((row["sources"], row["source_names"]), (row["targets"], row["target_names"])):
            names.update(zip(ids, labels, strict=False))
        for actor in set(row["sources"]) | set(row["targets"]):
            involved[actor] += 1
        for src in row["sources"]:
            for tgt in row["targets"]:
                if src != tgt:
                    weights[(src, tgt)] += 1
                    types.setdefault((src, tgt), Counter())[row["type"]] += 1
    linked = {a for pair in weights for a in pair}
    nodes = [{"id": a, "name": names.get(a, a), "type": a.split(":", 1)[0] if ":" in a else None,
              "events": involved[a]} for a in sorted(linked, key=lambda a: (-involved[a], a))]
    edges = [{"source": s, "target": t, "weight": w, "types": dict(types[(s, t)].most_common())}
             for (s, t), w in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"nodes": nodes, "edges": edges, "events": len(rows)}


@router.get("/stats", response_model=Stats, tags=["meta"])
def stats(store: StoreDep, request: Request) -> dict[str, Any]:
    """Rows per table; whether stories exist and ingest is enabled; events per type."""
    return {"counts": store.counts(), "stories": story_views.count(store),
            "ingest": bool(request.app.state.settings.allow_ingest),
            "event_types": store.event_type_counts()}


router.include_router(story_views.router)
