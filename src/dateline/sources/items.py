"""What a source yields: an input to read, or a bad input with its reason."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceItem:
    """One article as it arrived: exactly one of ``text`` and ``html`` is set."""

    origin: str  # file path, "<stdin>", or "file.jsonl:LINE"
    text: str | None = None
    html: str | None = None
    id: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class SourceError:
    """A bad input: the run goes on, the CLI prints one line and exits non-zero at the end."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


class InputError(ValueError):
    """Raised for bad content (empty, binary, undecodable); carries the origin."""

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.message = message
