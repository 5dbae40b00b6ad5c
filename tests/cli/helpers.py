"""What the CLI tests share: reading ``--json`` output."""

from __future__ import annotations

import json
from typing import Any


def json_lines(out: str) -> list[Any]:
    """The documents of a ``--json`` output: one per line (JSON Lines), every line one."""
    return [json.loads(line) for line in out.splitlines()]
