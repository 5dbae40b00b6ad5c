"""``dateline demo``: a fresh demo database from the bundled articles (and ../shared/examples)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import click

import dateline
from dateline.cli import main
from dateline.cli.options import (
    CliError,
    cannot_create,
    cli_errors,
    error_line,
    examples,
    load_pipeline,
)
from dateline.cli.output import record_summary
from dateline.ingest import ingest
from dateline.store import Store

BUNDLED = Path(dateline.__file__).resolve().parent / "data" / "demo"
REPO = Path(__file__).resolve().parents[3]  # src/dateline/cli/demo.py -> the checkout


def demo_inputs(cwd: Path | None = None) -> list[Path]:
    """The bundled demo articles, then ../shared/examples when it is beside the current
    directory or beside the checkout."""
    found: list[Path] = []
    if BUNDLED.is_dir() and any(p.is_file() and p.name.lower() != "readme.md" for p in BUNDLED.iterdir()):
        found.append(BUNDLED)
    here = (cwd or Path.cwd()).resolve()
    for candidate in (here.parent / "shared" / "examples", REPO.parent / "shared" / "examples"):
        if candidate.is_dir() and candidate.resolve() not in [p.resolve() for p in found]:
            found.append(candidate)
    return found


def _fresh(db: Path) -> None:
    """Remove the old demo database, after ``_not_a_demo`` found that it is one."""
    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        path.unlink(missing_ok=True)


def _not_a_demo(db: Path) -> str | None:
    """Why ``db`` must not be deleted to make room for the demo (None when it may): a file that
    is not a dateline database, or one holding articles read from anywhere but demo folders
    (the bundled articles or a ``shared/examples`` folder). `--db` is easily mistyped."""
    if not db.exists() or (db.is_file() and db.stat().st_size == 0):
        return None
    if not db.is_file():
        return "is not a file"
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            origins = [r[0] for r in conn.execute("SELECT origin FROM articles")]
        finally:
            conn.close()
    except sqlite3.Error as err:
        return f"is not a dateline database ({err})"
    others = [o for o in origins if not _demo_origin(o)]
    if others:
        return f"holds {len(others)} articles that are not demo articles (e.g. {others[0]})"
    return None


def _demo_origin(origin: str | None) -> bool:
    if not origin:
        return False
    parents = Path(origin).parents
    return BUNDLED in parents or any(p.name == "examples" and p.parent.name == "shared" for p in parents)


@main.command("demo")
@examples('dateline demo',
          'dateline demo --db /tmp/demo.db -q')
@click.option("--db", default="demo.db", show_default=True, metavar="FILE",
              help="Demo database to (re)build.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@cli_errors
def demo_cmd(db: str, quiet: bool) -> None:
    """Build a fresh demo database and say what dateline found in each article."""
    inputs = demo_inputs()
    if not inputs:
        raise CliError(str(BUNDLED), "no demo articles found; reinstall dateline (`make install`)")
    if not db.strip():  # Path("") is the working directory
        raise CliError("--db", "is empty; give a database file (e.g. --db demo.db)")
    db_path = Path(db)
    problem = _not_a_demo(db_path)
    if problem:
        raise CliError(db, f"{problem}; `dateline demo` replaces only a demo database: give another --db")
    problem = None if db_path.exists() else cannot_create(db_path)
    if problem:  # before the model loads
        raise CliError(db, problem)
    pipeline = load_pipeline()  # first: a missing model leaves the old demo database alone
    _fresh(db_path)
    click.echo("Reading: " + ", ".join(str(p) for p in inputs))
    with Store(db_path) as store:
        report = ingest(inputs, store, pipeline, progress=not quiet and sys.stderr.isatty(),
                        on_error=lambda e: error_line(e.origin, e.message))
        rows = store.articles(limit=0)
        rows.sort(key=lambda r: (r["published"] or "9999", r["source"] or "", r["id"]))
        for row in rows:
            record = store.get(row["id"])
            if record is not None:
                click.echo("")
                click.echo("\n".join(record_summary(record, detail=False)))
                click.echo(f"  from       {record.origin}")
        counts = store.counts()
    click.echo("")
    click.echo(f"{db}: {counts['articles']} articles, {counts['furniture']} furniture lines, "
               f"{counts['actors']} actors, {counts['mentions']} mentions, {counts['timexes']} "
               f"time expressions, {counts['places']} places, {counts['quotes']} quotes, "
               f"{counts['events']} events, {counts['proposals']} proposals, "
               f"{counts['stances']} stances ({report.summary()})")
    click.echo("")
    click.echo("Explore it:")
    for command in ("articles", "events", "quotes", "timeline", "actors"):
        click.echo(f"  dateline {command} --db {db}")
    click.echo(f"  dateline show ID --db {db}       (an id or its first characters)")
    click.echo(f"Dashboard: dateline serve --db {db}  then open http://127.0.0.1:8000/")
    if report.failed:
        raise click.exceptions.Exit(1)
