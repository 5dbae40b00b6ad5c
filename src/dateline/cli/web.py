"""``dateline serve``: the HTTP API and dashboard over one database."""

from __future__ import annotations

import ipaddress
import secrets
import socket

import click

from dateline.cli import main
from dateline.cli.options import (
    CliError,
    cli_errors,
    db_option,
    examples,
    load_pipeline,
    open_store,
)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_listen(host: str, port: int) -> None:
    """Raise CliError when ``host:port`` cannot be listened on (an unknown host, a port in use or
    reserved): said before any work, in one line, rather than by the server as it starts."""
    where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except (socket.gaierror, UnicodeError) as err:
        raise CliError("--host", f"{host!r} cannot be resolved ({err})") from err
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does
        try:
            sock.bind(address)
        except OSError as err:
            raise CliError(where, f"cannot listen ({err.strerror or err}); choose another --port "
                                  "or --host") from err


@main.command("serve")
@examples('dateline serve --db news.db --port 8080',
          'dateline serve --allow-ingest --token SECRET')
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the API to the network.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True,
              help="Port to listen on.")
@click.option("--allow-ingest", is_flag=True,
              help="Enable POST /articles (HTML or text) for clients with the token.")
@click.option("--token", envvar="DATELINE_TOKEN", metavar="TOKEN",
              help="Bearer token for POST /articles (env DATELINE_TOKEN); generated and printed when omitted.")
@click.option("--max-body", type=click.IntRange(1_000, 100_000_000), default=2_000_000,
              show_default=True, help="Largest request body in bytes.")
@cli_errors
def serve_cmd(db: str, host: str, port: int, allow_ingest: bool, token: str | None,
              max_body: int) -> None:
    """Serve the JSON API (schema at /openapi.json) and the dashboard at / .

    Read-only unless --allow-ingest. Binds to 127.0.0.1 unless --host says otherwise.
    """
    import uvicorn

    from dateline.web import WebOptions, create_app
    from dateline.web.app import LOOPBACK_HOSTS

    if token is not None and not allow_ingest:
        source = click.get_current_context().get_parameter_source("token")
        if source != click.core.ParameterSource.ENVIRONMENT:  # a DATELINE_TOKEN set for another server
            raise CliError("--token", "is only used with --allow-ingest")
        token = None
    if allow_ingest and token is None:
        token = secrets.token_urlsafe(24)
        click.echo(f"ingest token (send as 'Authorization: Bearer TOKEN'): {token}", err=True)
    if allow_ingest and token is not None and len(token) < 16:
        raise CliError("--token", "use at least 16 characters")
    if not _loopback(host):
        click.echo(f"warning: listening on {host}: the API is reachable from the network", err=True)
    store = open_store(db)
    try:
        check_listen(host, port)
    except CliError:
        store.close()
        raise
    options = WebOptions(allow_ingest=allow_ingest, token=token, max_body=max_body,
                         pipeline=load_pipeline if allow_ingest else None,
                         hosts=LOOPBACK_HOSTS if _loopback(host) else None)
    app = create_app(store, options)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"dateline: serving {db} at http://{shown}:{port}/  (API schema: /openapi.json; "
               "Ctrl-C stops)", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
    finally:
        store.close()


__all__ = ["serve_cmd"]
