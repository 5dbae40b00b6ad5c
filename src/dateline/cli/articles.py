"""``dateline process``, ``ingest``, ``articles`` and ``show``: articles read and printed, read
and stored, and the store."""

from __future__ import annotations

import dataclasses
import itertools
import logging
import sys

import click
from tqdm import tqdm

from dateline.cli import main
from dateline.cli.options import (
    CliError,
    actors_option,
    cli_errors,
    date_options,
    db_option,
    error_line,
    examples,
    format_options,
    limit_option,
    load_pipeline,
    open_store,
)
from dateline.cli.output import JSON_HELP, emit_json, emit_rows, record_summary
from dateline.ingest import IngestReport, count_inputs, ingest, process_items
from dateline.scale.cli import scale_options
from dateline.sources import SourceError, SourceItem, iter_sources
from dateline.store.dates import day
from dateline.store.queries import SEARCH_SYNTAX, bracketed


@main.command("process")
@examples('dateline process article.html --json',
          'dateline process report.txt --published 2024-08-18',
          'dateline process articles/ --json',
          'curl -s URL | dateline process - --url URL --json')
@click.argument("file", metavar="FILE")
@click.option("--json", "as_json", is_flag=True,
              help=f"Each article's public record, one line each. {JSON_HELP}")
@click.option("--published", metavar="YYYY-MM-DD",
              help="Publication date, overriding what is found (of every article in FILE).")
@click.option("--url", metavar="URL",
              help="The article's URL (used for its id and date); for a FILE of one article.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar (errors still shown).")
@actors_option
@cli_errors
def process_cmd(file: str, as_json: bool, published: str | None, url: str | None, quiet: bool,
                actors: tuple[str, ...]) -> None:
    """Read and understand the articles of FILE and print them; nothing is stored.

    FILE: .txt, .html, .htm (gzipped or not), .jsonl, a directory (read recursively, as
    `dateline ingest` reads it), - for stdin. Each article is printed as it is done, in input
    order:

    \b
      (default)  a summary per article, its last line the file it came from ("from");
                 a blank line between two
      --json     JSON Lines: each article's public record (schema_version 1) on a line of
                 its own, the same record whether FILE holds one article or many

    Each bad file (or JSON Lines row) is reported on its own line, as `dateline ingest` does,
    the other articles are still read, and the exit status is 1. A progress bar goes to stderr
    when FILE holds several articles and stderr is a terminal.
    """
    from dateline.reader.dates import GIVEN_MAX, GIVEN_MIN

    # the option's fault is one line, not one per article; a day as POST /articles?published= takes it
    published = day(published, option="--published", years=(GIVEN_MIN, GIVEN_MAX))
    errors = ErrorLines(command="process")
    results = iter_sources([file])
    head: list[SourceItem | SourceError] = []  # up to the second article: are there several?
    articles = 0
    for result in results:
        head.append(result)
        articles += isinstance(result, SourceItem)
        if articles == 2:
            break
    if url and articles > 1:
        raise CliError("--url", f"names one article and {file} holds several; give each its "
                                '"url" in JSON Lines, or process them one by one')
    if not articles:  # each bad input has its line, and there is nothing else to do
        for result in head:
            if isinstance(result, SourceError):  # every one is
                errors(result)
        errors.close()
        raise click.exceptions.Exit(1)
    pipeline = load_pipeline(actors=actors)
    progress = not quiet and articles > 1 and sys.stderr.isatty()
    bar = tqdm(total=count_inputs([file]) if progress else None, unit="article",
               file=sys.stderr, disable=not progress, dynamic_ncols=True, desc="process")
    shown = 0
    try:
        for result in itertools.chain(head, results):
            records, failed = ([], [result]) if isinstance(result, SourceError) else process_items(
                [dataclasses.replace(result, published=published or result.published,
                                     url=url or result.url)], pipeline)
            with tqdm.external_write_mode(file=sys.stderr):  # the bar is cleared, then redrawn
                for error in failed:
                    errors(error)
                for record in records:
                    if as_json:
                        emit_json(record.to_json())
                    else:
                        click.echo(("\n" if shown else "") + "\n".join(
                            [*record_summary(record), f"  from       {record.origin}"]))
                    shown += 1
            bar.update(1)
    finally:
        bar.close()
    errors.close()
    if errors.count:
        raise click.exceptions.Exit(1)


@main.command("ingest")
@examples('dateline ingest corpus/ feed.jsonl --db news.db',
          'dateline ingest page.html --actors my-actors.jsonl',
          'dateline ingest corpus/ --workers 2')
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--batch-size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Articles per pipeline batch and per database transaction.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary (errors still shown).")
@actors_option
@cli_errors
@scale_options
def ingest_cmd(paths: tuple[str, ...], db: str, batch_size: int, quiet: bool,
               actors: tuple[str, ...]) -> None:
    """Read, understand and store articles: files, directories, JSON Lines, - for stdin.

    Idempotent: an article already stored is not stored twice. Each bad input is reported on
    one line (ten at most per file, then a count; `dateline -v ingest` lists all) and the rest
    are still stored; the exit status is 1 when anything failed.
    """
    report = IngestReport()
    errors = ErrorLines()
    with open_store(db, create=True) as store:
        pipeline = load_pipeline(actors=actors)
        try:
            ingest(paths, store, pipeline, batch_size=batch_size, report=report,
                   progress=not quiet and sys.stderr.isatty(), on_error=errors)
        except KeyboardInterrupt:
            errors.close()
            error_line(db, f"interrupted: {report.summary()} so far; every stored article is kept "
                           "and running the same ingest again stores the rest")
            raise click.exceptions.Exit(130) from None
    errors.close()
    if not quiet:
        click.echo(f"{db}: {report.summary()}", err=True)
    if report.failed:
        raise click.exceptions.Exit(1)


class ErrorLines:
    """Prints each bad input's error line, but at most ``most`` for one file's lines (a feed of
    the wrong shape fails on every line); ``close`` then says how many were left out of each
    file. ``dateline -v ingest`` prints them all."""

    def __init__(self, most: int = 10, command: str = "ingest") -> None:
        self.command = command
        self.most = most if not logging.getLogger("dateline").isEnabledFor(logging.INFO) else None
        self.seen: dict[str, int] = {}
        self.count = 0  # every error, shown or not

    def __call__(self, error: SourceError) -> None:
        self.count += 1
        name, _, line = error.origin.rpartition(":")
        file = name if name and line.isdigit() else error.origin
        self.seen[file] = self.seen.get(file, 0) + 1
        if self.most is None or self.seen[file] <= self.most:
            error_line(error.origin, error.message)

    def close(self) -> None:
        for file, count in self.seen.items():
            if self.most is not None and count > self.most:
                error_line(file, f"{count - self.most} more errors not shown ({count} in all; "
                                 f"`dateline -v {self.command} ...` shows every one)")
        self.seen.clear()


ARTICLE_COLUMNS = [("id", "id", 16), ("published", "published", 10), ("source", "source", 18),
                   ("dateline_place", "dateline", 14), ("quotes", "quotes", 6),
                   ("events", "events", 6), ("headline", "title (or first words)", 70)]


# The keys of an articles row (and, with --search, of its snippet): the --csv header when nothing
# matches.
ARTICLE_FIELDS = ("id", "published", "published_evidence", "source", "title", "dateline_place",
                  "dateline_agency", "url", "origin", "ingested_at", "lead", "quotes", "events")
SNIPPET_FIELDS = ("snippet", "snippet_text", "snippet_hits")


@main.command("articles")
@examples('dateline articles --since 2024-08-01 --until 2024-08-31',
          "dateline articles --search 'ceasefire NOT Rafah' --csv",
          'dateline articles --source Reuters --json --limit 0')
@click.option("--search", metavar="QUERY", help=f"Search titles and bodies: {SEARCH_SYNTAX}.")
@click.option("--source", metavar="TEXT", help="Source name contains TEXT.")
@date_options
@db_option
@limit_option()
@format_options
@cli_errors
def articles_cmd(search: str | None, source: str | None, since: str | None, until: str | None,
                 db: str, limit: int, fmt: str | None) -> None:
    """List stored articles, newest first (by relevance with --search).

    With --search the table's match column shows each hit in [brackets], or in ⟦...⟧ when the
    passage has brackets of its own (a quoted "[sic]"); --json and --csv give the passage as
    snippet_text and each hit's [start, end) in it as snippet_hits. The search syntax is the
    one of quotes and stories --search: --search 'Gaza* "cease fire" NOT Rafah'.
    """
    with open_store(db) as store:
        rows = store.articles(search=search, source=source, since=since, until=until, limit=limit)
    if fmt is None:
        for row in rows:
            row["headline"] = row["title"] or " ".join(row["lead"].split())
            if search:
                row["match"] = marked(row["snippet_text"], row["snippet_hits"])
    columns = ARTICLE_COLUMNS + ([("match", "match", 60)] if search else [])
    emit_rows(rows, columns, fmt, limit, ARTICLE_FIELDS + (SNIPPET_FIELDS if search else ()))


#: what marks a hit in the table, the first pair the passage does not hold itself: an article
#: quoting "[sic]" or "they [the mediators]" gets its hits in ⟦...⟧, so its brackets stay its own
HIT_MARKS = (("[", "]"), ("⟦", "⟧"), ("⟪", "⟫"), ("〚", "〛"))


def marked(text: str, hits: list[list[int]]) -> str:
    """A search snippet for the terminal, the text as written and each hit between the first
    pair of HIT_MARKS that the text does not contain, so that no mark in it can be the text's
    own; a text holding all of them gets the escaped form (``snippet``: its own ``[``, ``]`` and
    ``\\`` escaped). JSON and CSV carry ``snippet`` and the offsets."""
    pair = next(((a, b) for a, b in HIT_MARKS if a not in text and b not in text), None)
    if pair is None:
        return bracketed(text, hits)
    out: list[str] = []
    at = 0
    for start, end in hits:
        out += [text[at:start], pair[0], text[start:end], pair[1]]
        at = end
    out.append(text[at:])
    return "".join(out)


@main.command("show")
@examples('dateline show 906a52',
          'dateline show 906a524de3b1349f --json')
@click.argument("article_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True,
              help=f"The public record on one line, as process --json prints it. {JSON_HELP}")
@db_option
@cli_errors
def show_cmd(article_id: str, as_json: bool, db: str) -> None:
    """Show one stored article by its id (or a unique prefix of it)."""
    with open_store(db) as store:
        found = store.resolve(article_id)
        record = store.get(found)  # a damaged record is a StoreError naming the database and article
    if record is None:  # deleted between resolve and get
        raise CliError(db, f"no article with id {article_id!r}")
    if as_json:
        emit_json(record.to_json())
    else:
        click.echo("\n".join(record_summary(record)))
