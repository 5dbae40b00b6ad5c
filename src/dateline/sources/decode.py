"""Bytes -> str: UTF-8 first, then detection; binary and empty input refused with a reason."""

from __future__ import annotations

import gzip

from charset_normalizer import from_bytes

from dateline.sources.items import InputError

MAX_BYTES = 20 * 1024 * 1024  # larger than any news page; a 50 MB "article" is not one


def decode(data: bytes, origin: str, *, max_bytes: int = MAX_BYTES) -> str:
    """Decode one input, gunzipping ``.gz`` content; raise InputError naming the problem."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as err:
            raise InputError(origin, f"corrupt gzip data ({err})") from err
    if len(data) > max_bytes:
        raise InputError(
            origin, f"too large for one article ({len(data) / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB)"
        )
    if not data.strip():
        raise InputError(origin, "empty input")
    if _looks_binary(data):
        raise InputError(origin, "binary data, not text or HTML")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        match = from_bytes(data).best()
        if match is None:
            raise InputError(origin, "cannot detect the text encoding") from None
        text = str(match)
    return text.lstrip("\ufeff")


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean binary."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05
