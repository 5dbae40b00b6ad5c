"""Shared option decorators (same flags, same meaning, on every command) and error handling.

Every command is wrapped in ``@cli_errors``: a bad input, a missing model or a database problem
becomes one line ``dateline: error: <file>: <problem>`` on stderr and exit status 1, never a
traceback (``-v`` logs the traceback of an unexpected error).
"""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from dateline.cli.output import JSON_HELP
from dateline.sources import InputError
from dateline.store import DEFAULT_PATH, Store, StoreError
from dateline.store.dates import FilterError

if TYPE_CHECKING:
    from dateline.pipeline import Pipeline

log = logging.getLogger("dateline.cli")

F = TypeVar("F", bound=Callable[..., Any])


#: commands that write the database in batches, each committed: Ctrl-C keeps what is done
WRITING_COMMANDS = ("ingest", "update", "demo")


class CliError(Exception):
    """An error the CLI reports as ``dateline: error: <where>: <problem>``."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


def error_line(where: str, problem: str) -> None:
    """Print one error line on stderr."""
    click.echo(f"dateline: error: {where}: {problem}", err=True)


def cli_errors(fn: F) -> F:
    """Turn every error into one line on stderr and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except CliError as err:
            error_line(err.where, err.problem)
        except FilterError as err:  # an option the command reads itself: "--published 'x'", "expected ..."
            error_line(*str(err).split(": ", 1))
        except StoreError as err:
            if isinstance(err.__cause__, FilterError):  # the option is at fault, not the file
                where, _, problem = str(err.__cause__).partition(": ")
                error_line(where, problem)
            else:
                error_line(err.origin, err.message)
        except InputError as err:
            error_line(err.origin, err.message)
        except sqlite3.Error as err:
            db = str(kwargs.get("db") or DEFAULT_PATH)
            error_line(db, read_only_problem(Path(db), err) if is_read_only(err) else f"database error ({err})")
        except BrokenPipeError:  # `dateline articles | head`: the reader left; not an error
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return None
        except OSError as err:
            error_line(str(err.filename or "dateline"), err.strerror or str(err))
        except KeyboardInterrupt:
            context = click.get_current_context(silent=True)
            if context is not None and context.info_name in WRITING_COMMANDS:
                error_line(str(kwargs.get("db") or DEFAULT_PATH), "interrupted; what was committed is "
                           "kept: run the same command again to finish")
            else:
                error_line("dateline", "interrupted")
            raise click.exceptions.Exit(130) from None
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except Exception as err:  # last resort: one line, the traceback only with -v
            log.info("unexpected error", exc_info=True)
            name = click.get_current_context(silent=True)
            where = f"dateline {name.info_name}" if name else "dateline"
            error_line(where, f"unexpected {type(err).__name__}: {err} (run with -v to see where)")
        raise click.exceptions.Exit(1)

    return wrapper  # type: ignore[return-value]


def open_store(db: str, *, create: bool = False) -> Store:
    """The database for a command; reading commands refuse a file that does not exist, writing
    ones (``create``) a location they cannot write, before any work is done. A directory, a
    missing parent directory or a read-only location is named as such."""
    if not db.strip():  # Path("") is the working directory
        raise CliError("--db", f"is empty; give a database file (e.g. --db {DEFAULT_PATH})")
    path = Path(db)
    if path.is_dir():
        raise CliError(db, f"is a directory, not a database file (e.g. --db {path / DEFAULT_PATH})")
    if create and not path.exists():
        problem = cannot_create(path)
        if problem:
            raise CliError(db, problem)
    if create and path.exists() and not os.access(path, os.W_OK):
        raise CliError(db, read_only_problem(path))
    foreign = foreign_tables(path)
    if foreign:
        shown = ", ".join(foreign[:3]) + (", ..." if len(foreign) > 3 else "")
        raise CliError(db, f"is the SQLite database of another program (tables: {shown}); dateline "
                           "keeps its records in a database of its own: give a new file")
    try:
        return Store(db, create=create)
    except StoreError as err:
        cause = err.__cause__
        if isinstance(cause, sqlite3.Error) and (is_read_only(cause) or cannot_write_beside(path, cause)):
            if not create and not writing_command():  # a read-only place can still be read
                return Store(db, create=False, read_only=True)
            raise CliError(db, read_only_problem(path, cause)) from err
        raise


def cannot_create(path: Path) -> str | None:
    """Why a new database file cannot be made at ``path`` (its directory is missing or
    read-only), or None."""
    if not path.parent.is_dir():
        return f"cannot create the database: directory {str(path.parent)!r} does not exist"
    if not os.access(path.parent, os.W_OK):
        return read_only_problem(path)
    return None


def writing_command() -> bool:
    """The running command writes the database (``WRITING_COMMANDS``, or ``serve
    --allow-ingest``, whose every POST would fail on a store opened for reading)."""
    context = click.get_current_context(silent=True)
    return context is not None and (context.info_name in WRITING_COMMANDS or (
        context.info_name == "serve" and bool(context.params.get("allow_ingest"))))


def cannot_write_beside(path: Path, err: sqlite3.Error) -> bool:
    """SQLite could not make the -wal or -shm file beside ``path``: its directory is read-only."""
    return getattr(err, "sqlite_errorname", "") == "SQLITE_CANTOPEN" and path.exists() \
        and not os.access(path.parent, os.W_OK)


def foreign_tables(path: Path) -> list[str]:
    """The tables of an SQLite file that is not a dateline database (none of its tables), read
    without writing anything: opening it as a store would add dateline's schema to it and turn
    on WAL. Empty for a dateline database, an empty or new file, or one that cannot be read."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return []
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        finally:
            conn.close()
    except (OSError, sqlite3.Error):  # not SQLite, or unreadable: the store says what is wrong
        return []
    return [] if not names or {"schema_migrations", "articles"} & set(names) else names


def is_read_only(err: sqlite3.Error) -> bool:
    """SQLite could not write: the file or its directory is read-only."""
    return str(getattr(err, "sqlite_errorname", "")).startswith("SQLITE_READONLY")


def read_only_problem(path: Path, err: sqlite3.Error | None = None) -> str:
    """Why SQLite cannot write ``path``: the file, or its directory (for the -wal/-shm files)."""
    directory = getattr(err, "sqlite_errorname", "") == "SQLITE_READONLY_DIRECTORY"
    what = "the file" if not directory and path.exists() and not os.access(path, os.W_OK) else \
        f"its directory {str(path.parent)!r}"
    return (f"cannot write the database: {what} is read-only (SQLite writes the file and, beside "
            "it, its -wal and -shm files); fix the permissions or use a copy in a writable place")


def load_pipeline(batch_size: int = 16, actors: Sequence[str] = ()) -> Pipeline:
    """The full pipeline (``actors``: extra actor dictionary files), or a CliError saying what
    to fix: the missing model, or the file and line of a malformed dictionary."""
    from dateline.actors import DictionaryError
    from dateline.nlp import ModelMissing
    from dateline.pipeline import load_pipeline as load
    from dateline.pipeline import load_problem

    for file in actors:  # the dictionary loader would stop on bytes that are not UTF-8
        try:
            Path(file).read_bytes().decode("utf-8")
        except UnicodeDecodeError as err:
            raise CliError(file, f"not UTF-8 text ({err.reason} at byte {err.start}); an actor "
                                 "dictionary is UTF-8 JSON Lines (see dateline/data/actors/README.md)") from err
        except OSError:
            pass  # missing or unreadable: the loader names the file and the reason
    try:
        return load(actors, batch_size=batch_size)
    except (ModelMissing, DictionaryError) as err:
        raise CliError(*load_problem(err)) from err


def examples(*lines: str) -> Callable[[F], F]:
    """Append an Examples block of command lines to a command's help (put it right under
    ``@main.command``, so click reads the docstring with it)."""

    def add(fn: F) -> F:
        block = "\n".join(f"      {line}" for line in lines)
        fn.__doc__ = f"{(fn.__doc__ or '').rstrip()}\n\n    \b\n    Examples:\n{block}\n"
        return fn

    return add


def actors_option(fn: F) -> F:
    return click.option(
        "--actors", "actors", multiple=True, metavar="FILE", type=click.Path(dir_okay=False),
        help="Extra actor dictionary (JSON Lines; see dateline/data/actors/README.md). Repeatable.",
    )(fn)


def db_option(fn: F) -> F:
    return click.option(
        "--db", default=DEFAULT_PATH, show_default=True, metavar="FILE",
        envvar="DATELINE_DB", help="SQLite database file (env DATELINE_DB).",
    )(fn)


def format_options(fn: F) -> F:
    """``--json`` and ``--csv`` set ``fmt``; neither means a table."""
    fn = click.option("--csv", "fmt", flag_value="csv", help="Output CSV.")(fn)
    return click.option("--json", "fmt", flag_value="json", help=JSON_HELP)(fn)


def limit_option(default: int = 100) -> Callable[[F], F]:
    def decorate(fn: F) -> F:
        return click.option(
            "--limit", type=click.IntRange(min=0, max=2**63 - 1), default=default, show_default=True,
            help="At most this many rows (0: all).",
        )(fn)

    return decorate


def date_options(fn: F) -> F:
    """``--since`` and ``--until``: dates as store.dates.DATE_SYNTAX (2024-8-1 is 2024-08-01)."""
    fn = click.option("--until", metavar="DATE", help="Up to this day: YYYY, YYYY-MM or YYYY-MM-DD (2024-8-1 too).")(fn)
    return click.option("--since", metavar="DATE", help="From this day: YYYY, YYYY-MM or YYYY-MM-DD (2024-8-1 too).")(fn)


def event_filter_options(fn: F) -> F:
    """``--actor --type --since --until --place --status`` for events and timelines."""
    fn = click.option("--status", metavar="S[,S]",
                      help="happened, ongoing, planned, hypothetical, negated, denied.")(fn)
    fn = click.option("--place", metavar="TEXT", help="Place name contains TEXT.")(fn)
    fn = date_options(fn)
    fn = click.option("--type", "type_", metavar="T[,T]", help="PLOVER type(s), e.g. ACCUSE,REJECT.")(fn)
    return click.option("--actor", metavar="TEXT",
                        help="Actor id (org:hamas) or text in an actor's id or name.")(fn)
