"""Outlet names: from page metadata, from a promo line naming the outlet, or from a known URL host."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

_NAME = r"(?P<name>(?:The\s+)?[A-Z0-9][\w.&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|and|&|de|al)){0,5}?)"
_PROMO_NAMES = (
    re.compile(rf"\b(?i:with|on|join)\s+(?:the\s+)?{_NAME}(?:['’]s)?\s+(?:WhatsApp|Telegram|Google\s+News|YouTube)\s+channel\b"),
    re.compile(rf"\b(?:Subscribe\s+to|Sign\s+up\s+(?:for|to))\s+(?:the\s+)?{_NAME}(?:['’]s)?\s+(?:newsletters?|daily|briefing|alerts)\b"),
    re.compile(rf"\b(?:Download|Install|Get)\s+the\s+{_NAME}\s+app\b"),
)
_FOLLOW = re.compile(
    rf"^Follow\s+{_NAME}\s+on\s+(?:Twitter|X|Facebook|Instagram|WhatsApp|Telegram|YouTube|TikTok|LinkedIn|Threads|Google\s+News)\b"
)
_NOT_NAMES = frozenset({"us", "our", "the", "this", "free", "exclusive", "latest", "breaking", "news"})


def outlet_from_promo(line: str) -> str | None:
    """"Get exclusive content with Gulf News WhatsApp channel" -> "Gulf News"."""
    for pattern in _PROMO_NAMES:
        match = pattern.search(line)
        if match:
            name = re.sub(r"['’]s$", "", match.group("name").strip())
            if name.lower() not in _NOT_NAMES and not name.lower().startswith(("our ", "us ")):
                return name
    match = _FOLLOW.match(line)  # "Follow Jane Roe on X" names a person: known outlets only
    if match and match.group("name").lower() in {v.lower() for v in _outlets().values()}:
        return match.group("name")
    return None


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    data = resources.files("dateline.data").joinpath("reader/outlets.json").read_text(encoding="utf-8")
    return dict(json.loads(data))


def host_of(url: str | None) -> str | None:
    """The lower-cased host of a URL without ``www.``."""
    if not url:
        return None
    match = re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//([^/:?#]+)", url.strip(), re.IGNORECASE)
    if not match:
        return None
    host = match.group(1).lower()
    return host[4:] if host.startswith("www.") else host


def outlet_from_url(url: str | None) -> str | None:
    """A known outlet for the URL's host or one of its parent domains."""
    host = host_of(url)
    table = _outlets()
    while host:
        if host in table:
            return table[host]
        host = host.split(".", 1)[1] if "." in host else None
    return None


def clean_sitename(name: str | None) -> str | None:
    """trafilatura's site name, tidied: a bare domain becomes its known outlet name (or stays)."""
    if not name:
        return None
    name = name.strip().lstrip("@").strip()
    if not name:
        return None
    if re.fullmatch(r"[\w.-]+\.[a-z]{2,}", name, re.IGNORECASE):
        return outlet_from_url("//" + name) or name
    return name
