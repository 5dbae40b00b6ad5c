"""Outlet names: from page metadata, from a promo line naming the outlet, or from a known URL host."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

_NAME = r"(?P<name>(?:The\s+)?[A-Z0-9][\w.&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|and|&|de|al)){0,5}?)"
_APPS = r"(?:WhatsApp|Telegram|Google\s+News|YouTube|Instagram|Facebook|X|Twitter|TikTok|Threads|LinkedIn)"
_PROMO_NAMES = (
    re.compile(rf"\b(?i:with|on|join)\s+(?:the\s+)?{_NAME}(?:['’]s)?\s+(?:WhatsApp|Telegram|Google\s+News|YouTube)\s+channel\b"),
    re.compile(rf"\b(?i:from)\s+(?:the\s+)?{_NAME}\s+on\s+(?:our\s+)?{_APPS}\b"),
    re.compile(rf"\b(?i:join)\s+(?:the\s+)?{_NAME}\s+(?:channel|community|group)\s+on\s+{_APPS}\b"),
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
    match = _FOLLOW.match(line)
    if match and _is_outlet_follow(line, match.group("name")):
        return match.group("name")
    return None


def _is_outlet_follow(line: str, name: str) -> bool:
    """"Follow Jane Roe on X @janeroe" names a person; "Follow Harbor Post on X for breaking news"
    or a known outlet names the outlet."""
    if name.lower() in {v.lower() for v in _outlets().values()}:
        return True
    return "@" not in line and bool(re.search(r"\b(?:news|updates|latest|stories|alerts|coverage)\b", line, re.I))


_COPYRIGHT_NAME = re.compile(
    rf"^(?=(?i:©|\(c\)|copyright))(?:(?i:copyright)\s*)?(?:©|\((?i:c)\))?\s*(?:(?:19|20)\d{{2}}(?:\s*[-–]\s*(?:19|20)\d{{2}})?\s*,?\s*)?"
    rf"(?:(?i:by)\s+)?{_NAME}\s*(?:[.,|]|$|(?i:all\s+rights))"
)


def outlet_from_copyright(line: str) -> str | None:
    """"© 2024 Crescent Daily" -> "Crescent Daily": the copyright holder of the page."""
    match = _COPYRIGHT_NAME.match(line.strip())
    if not match:
        return None
    name = re.sub(r"(?:\s+(?:19|20)\d{2})?[\s.,]*$", "", match.group("name").split(". ")[0])
    return name if name and name.lower() not in _NOT_NAMES and not name[:1].isdigit() else None


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
