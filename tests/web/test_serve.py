"""``dateline serve``: the command in a subprocess on a free loopback port, and its refusals."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from web_helpers import TOKEN, free_port

from dateline.cli import main

DATELINE = [sys.executable, "-m", "dateline.cli"]


def wait_for(url: str, proc: subprocess.Popen[bytes], seconds: float = 60) -> httpx.Response:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"dateline serve exited with {proc.returncode}: {proc.stderr.read() if proc.stderr else ''!r}")
        try:
            return httpx.get(url, timeout=2)
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer in {seconds} s")


@pytest.mark.parametrize("ingest", [False, True], ids=["read-only", "ingest"])
def test_serve_answers_on_loopback(web_db: Path, ingest: bool) -> None:
    port = free_port()
    args = [*DATELINE, "serve", "--db", str(web_db), "--port", str(port)]
    if ingest:
        args += ["--allow-ingest", "--token", TOKEN]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        stats = wait_for(f"http://127.0.0.1:{port}/stats", proc)
        assert stats.status_code == 200 and stats.json()["ingest"] is ingest
        assert stats.json()["counts"]["articles"] > 0
        post = httpx.post(f"http://127.0.0.1:{port}/articles", content="x",
                          headers={"content-type": "text/plain"})
        assert post.status_code == (401 if ingest else 405)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/" in err.decode()
    assert "Traceback" not in err.decode()


@pytest.mark.parametrize(("args", "message"), [
    (["--token", TOKEN], "--token: is only used with --allow-ingest"),
    (["--allow-ingest", "--token", "short"], "--token: use at least 16 characters"),
    (["--db", "/nonexistent/x.db"], "/nonexistent/x.db: no such database"),
])
def test_serve_refuses(web_db: Path, args: list[str], message: str) -> None:
    if "--db" not in args:
        args = ["--db", str(web_db), *args]
    result = CliRunner().invoke(main, ["serve", *args])
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output


def test_a_token_in_the_environment_does_not_stop_a_read_only_server(web_db: Path) -> None:
    port = free_port()
    env = {**os.environ, "DATELINE_TOKEN": TOKEN}  # set for another, ingesting, server
    proc = subprocess.Popen([*DATELINE, "serve", "--db", str(web_db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        stats = wait_for(f"http://127.0.0.1:{port}/stats", proc)  # exited with '--token: is only used ...'
        assert stats.status_code == 200 and stats.json()["ingest"] is False
    finally:
        proc.terminate()
        proc.communicate(timeout=20)
