"""The characters a regex's match can open with, for a cheap lookahead before a costly pattern.

The time rules (``grammar.rules``) are scanned over the whole text; at every word start the
engine tries each optional part of a rule before it fails. A lookahead ``(?=[...])`` of the
characters any match can open with rejects most word starts in one step. The class is read off
the parsed pattern and errs on the wide side: it holds every character a match can open with, so
the rule finds the same matches. Where that cannot be told (a match may be empty, or open with
``.``, a negated class, a backreference), there is no class and the rule is left as it is.
"""

from __future__ import annotations

import re
import re._constants as sre  # the parser's op codes (Python 3.11+)
import re._parser as sre_parse
from typing import Any

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


class _Unknown(Exception):
    """A part whose opening characters are not told: no class."""


def _class_items(items: Any, out: list[str]) -> None:
    """The members of a character class (``[...]``, ``\\d``) as class syntax."""
    for op, av in items:
        if op is sre.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:  # a negated class or another category
            raise _Unknown


def _opening(items: Any, out: list[str]) -> bool:
    """Add to ``out`` the characters a match of the sequence ``items`` can open with; whether
    the sequence can match the empty string (then what follows it can open the match too)."""
    for op, av in items:
        if op is sre.LITERAL:
            out.append(re.escape(chr(av)))
            return False
        if op is sre.IN:
            _class_items(av, out)
            return False
        if op is sre.SUBPATTERN:  # a group, with its own flags or none
            if not _opening(av[3], out):
                return False
        elif op is sre.BRANCH:
            empty = [_opening(branch, out) for branch in av[1]]
            if not any(empty):
                return False
        elif op in _REPEATS:
            low, _high, body = av
            if not _opening(body, out) and low > 0:
                return False
        elif op not in _ZERO_WIDTH:  # \b, lookarounds: the next part opens the match
            raise _Unknown
    return True


def opening_class(source: str, flags: int = 0) -> str | None:
    """A character class (``"[ab\\d]"``) holding every character a match of ``source`` (parsed
    with ``flags``) can open with; None where a match may be empty or its opening is not told.
    Compiled with the pattern's own flags (case folding alike), it passes every match's start."""
    out: list[str] = []
    try:
        if _opening(sre_parse.parse(source, flags), out):
            return None
    except _Unknown:
        return None
    return "[" + "".join(dict.fromkeys(out)) + "]"


__all__ = ["opening_class"]
