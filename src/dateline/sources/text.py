"""Text fit to print: what a scraped article may carry that is no text at all."""

from __future__ import annotations

import re

#: terminal escape sequences (colours, cursor moves, OSC titles and clipboard writes) and the
#: control characters that are neither text nor line breaks: a scrape may carry them, and
#: printed by `dateline show` or a table they would drive the reader's terminal
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def printable(text: str) -> str:
    """``text`` without terminal escape sequences and control characters (tabs, line breaks and
    form feeds stay)."""
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


__all__ = ["printable"]
