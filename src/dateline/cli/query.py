"""``dateline quotes``, ``events``, ``timeline`` and ``actors``: what the store knows, filtered."""

from __future__ import annotations

import click

from dateline.cli import main
from dateline.cli.options import (
    cli_errors,
    date_options,
    db_option,
    event_filter_options,
    examples,
    format_options,
    limit_option,
    open_store,
)
from dateline.cli.output import emit_rows
from dateline.store.queries import SEARCH_SYNTAX

# The keys of each command's rows: the --csv header when nothing matches (a test compares them
# with the keys of rows that did match).
QUOTE_FIELDS = ("quote_id", "article_id", "seq", "date", "kind", "speaker_text", "cue", "medium",
                "setting", "text", "published", "source", "title", "url", "day_start", "day_end",
                "start", "end", "speakers", "speaker_names")
EVENT_FIELDS = ("event_key", "article_id", "id", "type", "mode", "status", "date", "date_anchor",
                "date_start", "date_end", "place", "trigger", "confidence", "evidence_start",
                "evidence_end", "evidence", "published", "source", "title", "url", "sources",
                "source_names", "targets", "target_names")
TIMELINE_FIELDS = ("date", "date_anchor", "kind", "what", "status", "actors", "place", "text",
                   "article_id", "source", "published", "sources", "targets")
ACTOR_FIELDS = ("id", "name", "type", "country", "sector", "roles", "articles", "mentions",
                "quotes", "events")
PLACE_FIELDS = ("name", "country", "geonames_id", "feature", "lat", "lon", "articles", "mentions",
                "confidence", "texts", "names")


@main.command("quotes")
@examples('dateline quotes --speaker per:benjamin-netanyahu --since 2024-08-01',
          'dateline quotes --search \'"bridging proposal"\' --csv')
@click.option("--speaker", metavar="TEXT", help="Speaker actor id, or text in the speaker's id, name or words.")
@click.option("--search", metavar="QUERY", help=f"Search the quoted words: {SEARCH_SYNTAX}.")
@date_options
@db_option
@limit_option()
@format_options
@cli_errors
def quotes_cmd(speaker: str | None, search: str | None, since: str | None, until: str | None,
               db: str, limit: int, fmt: str | None) -> None:
    """Who said what: quotes and reported statements, in date order.

    A statement without its own date counts at its article's publication date for --since/--until
    (its `date` stays empty: the text did not give one).
    """
    with open_store(db) as store:
        rows = store.quotes(speaker=speaker, since=since, until=until, search=search, limit=limit)
    for row in rows if fmt is None else ():
        row["who"] = row["speaker_names"] or ([row["speaker_text"]] if row["speaker_text"] else [])
    emit_rows(rows, [("date", "date", 10), ("published", "published", 10), ("who", "speaker", 24),
                     ("kind", "kind", 8), ("cue", "cue", 12), ("source", "source", 16),
                     ("text", "text", 80)], fmt, limit, QUOTE_FIELDS)


EVENT_COLUMNS = [("date", "date", 10), ("type", "type", 9), ("status", "status", 12),
                 ("source_names", "sources", 22), ("target_names", "targets", 22),
                 ("place", "place", 14), ("evidence", "evidence", 70)]


@main.command("events")
@examples('dateline events --type ACCUSE --actor org:hamas --status happened',
          'dateline events --place Cairo --since 2024-08 --json')
@event_filter_options
@db_option
@limit_option()
@format_options
@cli_errors
def events_cmd(actor: str | None, type_: str | None, since: str | None, until: str | None,
               place: str | None, status: str | None, db: str, limit: int, fmt: str | None) -> None:
    """Who did what to whom, when and where: events (PLOVER types), in date order.

    Dates are day ranges: an event dated 2024-07 matches --since 2024-07-15. Undated events come
    last and drop out when --since or --until is given.
    """
    with open_store(db) as store:
        rows = store.events(actor=actor, type=type_, since=since, until=until, place=place,
                            status=status, limit=limit)
    emit_rows(rows, EVENT_COLUMNS, fmt, limit, EVENT_FIELDS)


@main.command("timeline")
@examples('dateline timeline --actor org:hamas',
          'dateline timeline --since 2024-08-15 --no-statements --csv')
@event_filter_options
@click.option("--statements/--no-statements", default=None,
              help="Include quotes (default: yes, unless --type, --place or --status is given).")
@db_option
@limit_option(default=0)
@format_options
@cli_errors
def timeline_cmd(actor: str | None, type_: str | None, since: str | None, until: str | None,
                 place: str | None, status: str | None, statements: bool | None, db: str,
                 limit: int, fmt: str | None) -> None:
    """Events and statements in one chronology (date_anchor says when a date is the publication's)."""
    with open_store(db) as store:
        rows = store.timeline(actor=actor, type=type_, since=since, until=until, place=place,
                              status=status, statements=statements, limit=limit)
    for row in rows if fmt is None else ():
        row["who"] = directed(row["actors"], len(row["targets"]))
    emit_rows(rows, [("date", "date", 10), ("kind", "kind", 9), ("what", "what", 9),
                     ("status", "status", 10), ("who", "actors", 30), ("place", "place", 12),
                     ("text", "text", 70)], fmt, limit, TIMELINE_FIELDS)


def directed(actors: list[str], n_targets: int) -> list[str]:
    """A timeline row's actor names for the table, targets marked: ['Israel', '→ Hamas'].

    ``actors`` holds the source names, then the target names. The split counts the targets: a
    statement whose speaker is known only by its words has a name but no source id.
    """
    split = len(actors) - n_targets
    return actors[:split] + [f"→ {name}" for name in actors[split:]]


@main.command("actors")
@examples('dateline actors --type person,organization',
          'dateline actors --search hamas --json')
@click.option("--search", metavar="TEXT", help="Actor id or text in an actor's id or name.")
@click.option("--type", "type_", metavar="T[,T]", help="person, organization, country, group, ...")
@db_option
@limit_option()
@format_options
@cli_errors
def actors_cmd(search: str | None, type_: str | None, db: str, limit: int, fmt: str | None) -> None:
    """Actors in stored articles, most covered first, with their counts."""
    with open_store(db) as store:
        rows = store.actors(search=search, type=type_, limit=limit)
    emit_rows(rows, [("id", "id", 30), ("name", "name", 28), ("type", "type", 12),
                     ("country", "country", 7), ("articles", "articles", 8),
                     ("mentions", "mentions", 8), ("quotes", "quotes", 6), ("events", "events", 6)],
              fmt, limit, ACTOR_FIELDS)


@main.command("places")
@examples('dateline places --country PS,IL',
          'dateline places --search Rafah --csv')
@click.option("--search", metavar="TEXT", help="Text in the place's name or in the words used for it.")
@click.option("--country", metavar="CC[,CC]", help="ISO 3166 alpha-2 country code(s), e.g. PS,IL.")
@db_option
@limit_option()
@format_options
@cli_errors
def places_cmd(search: str | None, country: str | None, db: str, limit: int, fmt: str | None) -> None:
    """Places in stored articles (gazetteer entries with coordinates), most covered first."""
    with open_store(db) as store:
        rows = store.places(search=search, country=country, limit=limit)
    emit_rows(rows, [("name", "name", 28), ("country", "country", 7), ("lat", "lat", 7),
                     ("lon", "lon", 7), ("geonames_id", "geonames", 9), ("articles", "articles", 8),
                     ("mentions", "mentions", 8), ("texts", "as written", 40)], fmt, limit,
              PLACE_FIELDS)


__all__ = ["actors_cmd", "events_cmd", "places_cmd", "quotes_cmd", "timeline_cmd"]
