"""Text fit to print: what a scraped article may carry that is no text at all."""

from __future__ import annotations

import re

#: terminal escape sequences (colours, cursor moves, OSC titles and clipboard writes) and the
#: control characters that are neither text nor line breaks: a scrape may carry them, and
#: printed by `dateline show` or a table they would drive the reader's terminal
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
#: the same characters in UTF-8: the C0 ones and DEL are single bytes no other character's
#: encoding holds, the C1 ones \xc2 and a byte after it (a lead byte, never a continuation)
_C0_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x84\x86-\x9f]")


def printable(text: str) -> str:
    """``text`` without terminal escape sequences and control characters (tabs, line breaks and
    form feeds stay)."""
    if not _has_controls(text):
        return text
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def _has_controls(text: str) -> bool:
    """Whether ``text`` holds one of ``_CONTROLS``, asked of its UTF-8 bytes: deleting bytes and
    finding a literal byte run take half the time of the character class's scan, which the
    reader ran over every page's whole HTML."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data.translate(None, _C0_BYTES)) != len(data) or _C1_UTF8.search(data) is not None


__all__ = ["printable"]
