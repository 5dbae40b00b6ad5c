"""``dateline corpus update``, ``stories``, ``story ID`` and ``export KIND``: many articles at once."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from dateline import views
from dateline.cli import main
from dateline.cli.options import (
    CliError,
    cli_errors,
    db_option,
    examples,
    format_options,
    limit_option,
    open_store,
)
from dateline.cli.output import JSON_HELP, emit_json, emit_rows
from dateline.corpus import export as exporting
from dateline.corpus.dedup import DedupOptions
from dateline.corpus.events import MergeOptions
from dateline.corpus.stories import StoryOptions
from dateline.corpus.update import CorpusOptions, update
from dateline.store import AmbiguousId, EmptyId, Store, UnknownId
from dateline.store import corpus as state_sql
from dateline.store import corpus_read as read
from dateline.store.dates import FilterError
from dateline.store.queries import SEARCH_SYNTAX

#: the widest --event-window / --story-window in days: ten years is wider than any story, and
#: a window past the calendar's end (year 9999) failed half way through a --rebuild
MAX_WINDOW = 3650


@main.group("corpus")
def corpus_group() -> None:
    """Cross-article work: duplicates, merged events, stories."""


@corpus_group.command("update")
@examples('dateline corpus update --db news.db',
          'dateline corpus update --rebuild')
@db_option
@click.option("--threshold", type=click.FloatRange(0.05, 1.0), default=DedupOptions.threshold,
              show_default=True, help="Estimated Jaccard similarity of body shingles for duplicates.")
@click.option("--containment", type=click.FloatRange(0.05, 1.0), default=DedupOptions.containment,
              show_default=True, help="Share of the shorter body inside the longer one for a trimmed copy.")
@click.option("--event-window", type=click.IntRange(0, MAX_WINDOW), default=MergeOptions.window_days,
              show_default=True, help="Days apart two reports of one event may be dated.")
@click.option("--story-window", type=click.IntRange(0, MAX_WINDOW), default=StoryOptions.window_days,
              show_default=True, help="Days apart two articles of one story may be published.")
@click.option("--rebuild", is_flag=True, help="Recompute the cross-article state from scratch, in one transaction (readers see the old state until it ends).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@cli_errors
def update_cmd(db: str, threshold: float, containment: float, event_window: int, story_window: int,
               rebuild: bool, quiet: bool) -> None:
    """Link duplicate articles, merge events across articles, group articles into stories.

    Incremental: only articles and events stored since the last update are processed (each new
    article is hashed once; its MinHash signature and LSH band keys are kept in the database).
    Duplicates are linked to a canonical article (earliest published, then longest, then id),
    never deleted. Re-running changes nothing.
    """
    candidate = min(DedupOptions.candidate_threshold, threshold)
    options = CorpusOptions(
        dedup=DedupOptions(threshold=threshold, containment=containment,
                           candidate_threshold=candidate),
        merge=MergeOptions(window_days=event_window), stories=StoryOptions(window_days=story_window))
    with open_store(db) as store:
        report = update(store, options, progress=not quiet and sys.stderr.isatty(), rebuild=rebuild)
    if not quiet:
        click.echo(f"{db}: {report.summary()}", err=True)


def _warn_if_behind(store: Store) -> None:
    with store.reading() as conn:
        todo = state_sql.count_new(conn)
    if todo["articles"] or todo["events"]:
        click.echo(f"note: {todo['articles']} articles and {todo['events']} events are not in the "
                   f"cross-article state yet; run `dateline corpus update --db {store.path}`", err=True)


# The keys of a stories row: the --csv header when nothing matches.
STORY_FIELDS = ("story_id", "articles", "distinct_articles", "first", "last", "label", "actors",
                "places", "outlets")


@main.command("stories")
@examples('dateline stories --min-articles 3',
          'dateline stories --search \'Gaza* OR "Red Sea"\' --json')
@click.option("--search", metavar="QUERY", help=f"Search the story's label: {SEARCH_SYNTAX} (as articles --search).")
@click.option("--min-articles", type=click.IntRange(1, 2**31), default=2, show_default=True,
              help="Only stories with at least this many articles.")
@db_option
@limit_option(default=50)
@format_options
@cli_errors
def stories_cmd(search: str | None, min_articles: int, db: str, limit: int, fmt: str | None) -> None:
    """Stories: articles grouped by shared actors and places over time, largest first.

    --search matches the label in the search syntax of articles and quotes --search:
    --search 'Gaza* OR "Red Sea"'.
    """
    with open_store(db) as store:
        _warn_if_behind(store)
        with store.reading() as conn:
            try:
                rows = read.stories(conn, min_articles=min_articles, search=search, limit=limit)
            except FilterError as err:  # a malformed --search: the message names it
                where, _, problem = str(err).partition(": ")
                raise CliError(where, problem) from err
    emit_rows(rows, [("story_id", "id", 16), ("first", "first", 10), ("last", "last", 10),
                     ("articles", "articles", 8), ("distinct_articles", "distinct", 8),
                     ("label", "label", 70)], fmt, limit, STORY_FIELDS)


def story_data(store: Store, story_id: str) -> dict[str, Any]:
    """Everything ``dateline story`` shows: ``dateline.views.story``, as ``GET /stories/{id}``,
    with this command's two older row fields: ``sources`` is the number of distinct articles that
    reported the row (the same as ``n_sources``; the API's ``sources`` are the source actors'
    names, which both give as ``source_names``) and ``actors`` the source actors' names, then
    each target actor's as ``→ name``."""
    data = views.story(store, story_id)
    data["timeline"] = [{**row, "sources": row["n_sources"],
                         "actors": row["sources"] + [f"→ {name}" for name in row["targets"]]}
                        for row in data["timeline"]]
    return data


@main.command("story")
@examples('dateline story 906a52',
          'dateline story 906a52 --json')
@click.argument("story_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help=f"The story on one line. {JSON_HELP}")
@db_option
@cli_errors
def story_cmd(story_id: str, as_json: bool, db: str) -> None:
    """One story: its articles, the timeline of merged events and statements, the negotiation.

    ID is a story id from `dateline stories`, or the id (or a unique prefix) of any of its articles.

    \b
    --json gives what GET /stories/{id} gives. In each timeline row:
      sources       the number of distinct reporting articles, copies not counted
                    (as n_sources; the API's sources are the source actors' names)
      source_names  the source actors' names (who acted), target_names the target
                    actors' (both surfaces); unrelated to the count of articles
      actors        the source actors' names, then each target actor's as "→ name"
    """
    with open_store(db) as store:
        try:
            data = story_data(store, views.story_of(store, story_id))
        except views.NoStory as err:
            raise CliError(db, err.for_db(db)) from err
        except (AmbiguousId, EmptyId) as err:  # it names several articles, or is blank
            raise CliError(db, f"no single story for {story_id!r}: {err.message}") from err
        except UnknownId as err:  # neither a story id nor an article id
            raise CliError(db, f"no story {story_id!r} and no article with id {story_id!r}; list "
                               f"stories with `dateline stories --db {db}`") from err
    if as_json:
        emit_json(data)
        return
    click.echo(f"{data['label']}  ({data['story_id']})")
    click.echo(f"  {len(data['articles'])} articles from {', '.join(data['outlets']) or 'unknown outlets'}")
    click.echo(f"  actors: {', '.join(data['actors'])}")
    click.echo(f"  places: {', '.join(data['places'])}\n")
    emit_rows(data["timeline"], [("date", "date", 10), ("kind", "kind", 9), ("what", "what", 9),
                                 ("status", "status", 10), ("actors", "actors", 28),
                                 ("sources", "src", 3), ("text", "text", 70)], None)
    neg = data["negotiation"]
    for p in neg["proposals"]:
        click.echo(f"\nproposal {p['name']}: terms {'; '.join(p['terms']) or '?'}; proposed by "
                   f"{', '.join(p['proposers']) or '?'}; backed by {', '.join(p['endorsers']) or 'nobody named'};"
                   f" rejected by {', '.join(p['rejecters']) or 'nobody named'} (last seen {p['last_seen']})")
    for s in neg["stances"]:
        click.echo(f"stance {s['actor']} on {s['on']}: {s['stance'] or '?'} ({s['date'] or 'undated'})")


@main.command("export")
@examples('dateline export articles -o articles.jsonl',
          'dateline export events --merged --format plover -o events.jsonl',
          'dateline export quotes --format csv -o -',
          'dateline export events --format geojson -o events.geojson')
@click.argument("kind", type=click.Choice(exporting.KINDS), metavar="KIND")
@click.option("--format", "fmt", type=click.Choice(exporting.FORMATS), default="jsonl", show_default=True,
              help="jsonl, csv, parquet (needs -o), plover (events as PLOVER/POLECAT JSON Lines) or "
                   "geojson (places and events as one FeatureCollection of points).")
@click.option("--merged", is_flag=True, help="Events: one row per merged event (cluster), not per report.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Write to FILE instead of stdout ('-': stdout).")
@db_option
@cli_errors
def export_cmd(kind: str, fmt: str, merged: bool, output: Path | None, db: str) -> None:
    """Export KIND (articles, events, quotes, actors, places) for analysis.

    Every article keeps its url and duplicate_of (the canonical article's id, or null). Events
    carry cluster_id, and evidence as in the public record: [start, end] of the evidence sentence
    in the article's body (CSV: "start; end"), the sentence itself in evidence_text (before
    2026-11-26 evidence held the text). With --merged, one row per event with its
    number of sources, first report and every report's {text, span}. --format plover keeps
    PLOVER's own fields (text: the sentence). --format geojson maps places and events (an event
    sits where its own article resolved its place; unresolved ones have no geometry). Columns:
    see dateline/corpus/export.py.
    """
    if output is not None and str(output) == "-":  # the usual name for stdout, not a file "-"
        output = None
    if merged and kind != "events":
        raise CliError("--merged", f"is for events, not {kind}")
    if fmt == "plover" and kind != "events":
        raise CliError(f"dateline export {kind}", f"--format plover is for events, not {kind}")
    if fmt == "parquet" and output is None:
        raise CliError(f"dateline export {kind}", "--format parquet needs -o FILE (Parquet is not "
                                                  "written to stdout)")
    if output is not None and _is_the_database(output, Path(db)):
        raise CliError(str(output), f"is the database being exported (--db {db}) or one of its files; "
                                    "writing there would destroy it: give another -o FILE")
    with open_store(db) as store:
        _warn_if_behind(store)
        total = None if merged or kind == "places" else store.counts().get(kind)  # places: entries
        bar = tqdm(total=total, unit="row", file=sys.stderr, desc=f"export {kind}", dynamic_ncols=True,
                   disable=not _show_progress(output), leave=False)
        try:
            items = exporting.rows(store, kind, merged=merged, fmt=fmt)
            n = exporting.write(_counted(items, bar), fmt, exporting.columns(kind, merged, fmt),
                                None if output else sys.stdout, output)
        except exporting.ExportError as err:
            raise CliError(f"dateline export {kind}", str(err)) from err
        except OSError as err:  # -o FILE: its directory is missing or read-only, the disk is full
            if isinstance(err, BrokenPipeError):
                raise  # `dateline export articles | head`: the reader left; not an error
            raise CliError(str(output or "<stdout>"), f"cannot write ({err.strerror or err})") from err
        finally:
            bar.close()
    if output:
        click.echo(f"{output}: {n} rows", err=True)


def _show_progress(output: Path | None) -> bool:
    """A bar on a terminal's stderr, unless the rows themselves go to that terminal."""
    return sys.stderr.isatty() and (output is not None or not sys.stdout.isatty())


def _counted(items: Iterable[dict[str, Any]], bar: tqdm[Any]) -> Iterator[dict[str, Any]]:
    for item in items:
        yield item
        bar.update(1)


def _is_the_database(output: Path, db: Path) -> bool:
    """``output`` is the database file or its -wal, -shm or -journal file (by name, through a
    link, or as a hard link)."""
    for path in (db, *(db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal"))):
        if output.resolve() == path.resolve():
            return True
        try:
            if output.exists() and path.exists() and output.samefile(path):
                return True
        except OSError:
            continue
    return False


__all__ = ["corpus_group", "export_cmd", "stories_cmd", "story_cmd", "story_data", "update_cmd"]
