"""Response models of the HTTP API: they document the JSON in ``/openapi.json``.

Rows are the store's query rows (``dateline.store.queries``) as they are; an article is the
public record of DESIGN.md (``schema_version`` 1) with the model's dataclasses as its parts.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from dateline.model import (
    Actor,
    Dateline,
    Event,
    Furniture,
    Mention,
    Place,
    Proposal,
    Published,
    Quote,
    Stance,
    Timex,
)

T = TypeVar("T")


class ErrorBody(BaseModel):
    code: str = Field(description="Machine-readable: not_found, invalid_request, unauthorized, ...")
    message: str = Field(description="What went wrong and what to do about it.")


class Error(BaseModel):
    """The one error shape of every 4xx and 5xx answer."""

    error: ErrorBody


class Page(BaseModel, Generic[T]):
    """One page of a list; ask again with ``offset=next_offset`` while it is not null."""

    items: list[T]
    limit: int
    offset: int
    next_offset: int | None = Field(description="Offset of the next page, or null on the last one "
                                                "(and past the deepest offset served: see truncated).")
    truncated: bool = Field(False, description="Rows remain past the deepest offset the API serves "
                                               "(offset <= 100000): narrow the filters to reach them.")


class ArticleRow(BaseModel):
    id: str
    published: str | None
    published_evidence: str | None
    source: str | None
    title: str | None
    dateline_place: str | None
    dateline_agency: str | None
    url: str | None
    origin: str | None
    ingested_at: str | None
    lead: str | None = Field(description="The first 160 characters of the body.")
    quotes: int
    events: int
    snippet: str | None = Field(None, description="With search: the matching passage, hits in [brackets]; "
                                "the passage's own \\, [ and ] escaped as \\\\, \\[ and \\].")
    snippet_text: str | None = Field(None, description="With search: the matching passage as plain text.")
    snippet_hits: list[tuple[int, int]] | None = Field(
        None, description="With search: [start, end) of each hit in snippet_text, in characters "
                          "(Unicode code points).")


class EventRow(BaseModel):
    event_key: int
    article_id: str
    id: str
    type: str = Field(description="PLOVER event type, e.g. ACCUSE, CONSULT, REQUEST.")
    mode: str | None
    status: str
    date: str | None = Field(description="TIMEX3 value (2024-08-18, 2024-07, 2024-W33), or null.")
    date_anchor: str | None
    date_start: str | None
    date_end: str | None
    place: str | None
    trigger: str
    confidence: float
    evidence_start: int
    evidence_end: int
    evidence: str = Field(description="The evidence sentence, body[evidence_start:evidence_end].")
    published: str | None
    source: str | None
    title: str | None
    url: str | None
    sources: list[str]
    source_names: list[str]
    targets: list[str]
    target_names: list[str]


class QuoteRow(BaseModel):
    quote_id: int
    article_id: str
    seq: int = Field(description="Index of the quote in its article's record.quotes.")
    date: str | None
    kind: str
    speaker_text: str | None
    cue: str | None
    medium: str | None
    setting: str | None
    text: str
    published: str | None
    source: str | None
    title: str | None
    url: str | None
    day_start: str | None
    day_end: str | None
    start: int = Field(description="Offset of the quote's first character in its article's body.")
    end: int = Field(description="Offset just past the quote's last character in that body.")
    speakers: list[str]
    speaker_names: list[str]


class TimelineRow(BaseModel):
    date: str | None
    date_anchor: str | None
    kind: str = Field(description="event or statement")
    what: str = Field(description="The event type, or the quote kind.")
    status: str | None
    actors: list[str] = Field(description="Display names: an event's sources then its targets "
                                          "(see sources, targets), a statement's speakers.")
    place: str | None
    text: str
    article_id: str
    source: str | None
    published: str | None
    sources: list[str] = Field(default_factory=list,
                               description="Actor ids: an event's sources, a statement's speakers.")
    targets: list[str] = Field(default_factory=list, description="Actor ids: an event's targets.")


class ActorRow(BaseModel):
    id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    roles: list[str]
    articles: int
    mentions: int
    quotes: int
    events: int


class PlaceRow(BaseModel):
    name: str
    country: str | None
    geonames_id: int | None
    feature: str | None
    lat: float | None
    lon: float | None
    articles: int
    mentions: int
    confidence: float | None
    texts: list[str]
    names: list[str] = Field(description="The names stored for this gazetteer entry, the commonest "
                                         "(its name) first: \"Gaza\" and \"Gaza City\" of one GeoNames id.")


class MapPlace(PlaceRow):
    key: str = Field(description="The gazetteer entry: its GeoNames id, else name|country.")
    articles: int = Field(description="Articles that named this entry, each once under any of its names.")
    mentions: int = Field(description="Times the articles named this entry, under any of its names.")
    texts: list[str] = Field(description="The words the articles used for this entry, under any of its names.")
    events: int = Field(description="Events (of those read) that their own article placed here.")


class MapData(BaseModel):
    """Located places, each with the events its articles placed there (``corpus.geojson``'s rule)."""

    places: list[MapPlace]
    events: int = Field(description="Events read (those the filters pass, at most 5000).")
    located: int = Field(description="Events read that sit at one of the places.")
    truncated: bool = Field(description="More events pass the filters than were read.")
    places_truncated: bool = Field(description="More places than the 2000 most covered that were read.")


class NetworkNode(BaseModel):
    id: str
    name: str
    type: str | None
    events: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    weight: int = Field(description="Events with this source and target.")
    types: dict[str, int] = Field(description="Events by PLOVER type.")


class Network(BaseModel):
    """Who does what to whom: actors joined by the events they are source and target of."""

    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    events: int = Field(description="Events read to build the network.")


class Article(BaseModel):
    """One article with all its annotations: the public record (schema_version 1)."""

    model_config = ConfigDict(extra="allow")

    schema_version: int
    id: str
    url: str | None
    source: str | None
    title: str | None
    published: Published
    dateline: Dateline | None
    body: str
    paragraphs: list[tuple[int, int]]
    furniture: list[Furniture]
    actors: list[Actor]
    mentions: list[Mention]
    timexes: list[Timex]
    places: list[Place]
    quotes: list[Quote]
    events: list[Event]
    proposals: list[Proposal]
    stances: list[Stance]
    author: str | None = None
    language: str | None = None
    origin: str | None = None


class Stats(BaseModel):
    """Rows per table, the number of stories, whether ingest is on, events per type."""

    counts: dict[str, int]
    stories: int
    ingest: bool = Field(description="Whether POST /articles is enabled.")
    event_types: dict[str, int] = Field(default_factory=dict,
                                        description="Events per type (PLOVER), most first.")


class Ingested(BaseModel):
    id: str
    status: str = Field(description="stored, replaced or unchanged")
    events: int
    quotes: int
    language: str | None = Field(None, description="The body's language (ISO 639-1), told by its text, "
                                 "else the page's declaration; null when neither tells.")
    text_only: bool = Field(False, description="The body is in another language than English: "
                            "stored with its text and metadata, without actors, places, quotes or events.")
