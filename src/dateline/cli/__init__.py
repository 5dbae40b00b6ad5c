"""The ``dateline`` command: a thin layer over the library. Only here is logging configured."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, NoReturn

import click

from dateline import __version__

#: libraries that log about pages they skip, at WARNING ("discarding data: None") and at ERROR
#: ("parsed tree length: 0", "lxml parsing failed: Document is empty"): the CLI says what went
#: wrong in its own error line, so their chatter is shown only with -v
NOISY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability")


class Main(click.Group):
    """The top group: an error that escapes a command (one not wrapped in ``cli_errors``, such
    as an eval scorer's) is still one line on stderr and exit status 1, never a traceback; a
    command's own ``ClickException`` is printed with the same ``dateline: error:`` prefix.

    A usage error anywhere (an unknown command or option, a missing argument, a bad value, in
    ``dateline`` itself or any command or subgroup) is one line naming the command and the
    problem, exit status 2, instead of click's Usage/Try/Error lines: the top group's own
    options are parsed in ``parse_args``, every command below it runs inside ``invoke``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as err:
            _usage_error(err, ctx)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as err:
            _usage_error(err, ctx)
        except click.ClickException as err:  # one prefix for every error line: "dateline: error: ..."
            click.echo(f"dateline: error: {err.format_message()}", err=True)
            raise click.exceptions.Exit(err.exit_code) from None
        except (click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as err:
            from dateline.cli.options import error_line

            logging.getLogger("dateline.cli").info("unexpected error", exc_info=True)
            leaf = _innermost_context(err) or ctx
            files = [str(v) for v in leaf.params.values() if isinstance(v, str | Path) and Path(v).exists()]
            if isinstance(err, UnicodeDecodeError) and len(files) == 1:
                error_line(files[0], f"not UTF-8 text ({err.reason} at byte {err.start}); "
                                     "save it as UTF-8")
            else:
                error_line(leaf.command_path, f"unexpected {type(err).__name__}: {err} "
                                              "(run with -v to see where)")
            raise click.exceptions.Exit(1) from None


def _usage_error(err: click.UsageError, ctx: click.Context) -> NoReturn:
    """Print ``err`` as one line, ``dateline: error: <command path>: <problem>; see `<command
    path> --help```, and exit with its status (2). A group given no arguments still shows its help."""
    if isinstance(err, click.exceptions.NoArgsIsHelpError):
        raise err
    where = err.ctx.command_path if err.ctx is not None else ctx.command_path
    message = " ".join(line.strip() for line in err.format_message().splitlines() if line.strip())
    problem, _, hint = message.rstrip(".").partition(". Did you mean ")
    problem = problem[:1].lower() + problem[1:] + (f" (did you mean {hint})" if hint else "")
    click.echo(f"dateline: error: {where}: {problem}; see `{where} --help`", err=True)
    raise click.exceptions.Exit(err.exit_code) from None


def _innermost_context(err: BaseException) -> click.Context | None:
    """The context of the (sub)command that raised ``err``: its name and its arguments."""
    found = None
    tb = err.__traceback__
    while tb is not None:
        candidate = tb.tb_frame.f_locals.get("ctx")
        if isinstance(candidate, click.Context):
            found = candidate
        tb = tb.tb_next
    return found


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def main(verbose: bool) -> None:
    """dateline: who did what to whom, when, where, and who said what, from news articles.

    \b
    A first session:
      dateline ingest corpus/ --db news.db     # read and store articles (files, dirs, JSONL)
      dateline corpus update --db news.db      # duplicates, merged events, stories
      dateline events --db news.db --since 2024-08-01
      dateline serve --db news.db              # JSON API and dashboard on 127.0.0.1:8000

    `dateline demo` builds demo.db from bundled articles; every command's --help ends with
    examples, and --db defaults to $DATELINE_DB or ./dateline.db.
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO if verbose else logging.CRITICAL)


# Command modules register themselves on `main` when imported.
from dateline.cli import commands  # noqa: E402,F401
