"""The time lexicon (``dateline/data/time/lexicon.json``) and regex alternations built from it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Lexicon:
    """Word -> meaning tables; keys of case-insensitive tables are lower case."""

    months: dict[str, int]  # "January"/"Jan" -> 1 (case kept: month names are capitalized)
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]  # lower case -> ISO weekday
    numbers: dict[str, int]
    vague_numbers: frozenset[str]
    ordinals: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    decade_words: dict[str, int]
    point_mods: dict[str, str]
    quantity_mods: dict[str, str]
    holidays: dict[str, str]
    named_days: dict[str, tuple[int, re.Pattern[str]]]  # "09-11" -> (2001, words that follow it)
    born_young: frozenset[str]  # who may be born this year, or is no person: "baby", "foals", "club"

    def number(self, text: str) -> int | None:
        """A cardinal from digits or words ("12", "twenty-five", "a couple of"); None if vague."""
        t = " ".join(text.lower().replace(",", "").split())
        if t.isdigit():
            return int(t)
        if t in self.numbers:
            return self.numbers[t]
        if "-" in t or " " in t:
            tens, _, ones = t.replace("-", " ").partition(" ")
            if tens in self.numbers and ones in self.numbers:
                return self.numbers[tens] + self.numbers[ones]
        return None

    def unit(self, text: str) -> str | None:
        """TIMEX3 unit letters for "years", "Centuries", "month" ..."""
        t = text.lower()
        if t.endswith("ies"):
            t = t[:-3] + "y"
        elif t == "millennia":
            t = "millennium"
        elif t.endswith("s"):
            t = t[:-1]
        return self.units.get(t)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged lexicon, read once."""
    raw: dict[str, Any] = json.loads(
        resources.files("dateline").joinpath("data", "time", "lexicon.json").read_text(encoding="utf-8")
    )
    low = {k: {w.lower(): v for w, v in raw[k].items()} for k in raw if isinstance(raw[k], dict)}
    return Lexicon(
        months=dict(raw["months"]),
        ambiguous_months=frozenset(raw["ambiguous_months"]),
        weekdays=low["weekdays"],
        numbers=low["numbers"],
        vague_numbers=frozenset(raw["vague_numbers"]),
        ordinals=low["ordinals"],
        units=low["units"],
        seasons=low["seasons"],
        parts_of_day=low["parts_of_day"],
        decade_words=low["decade_words"],
        point_mods=low["point_mods"],
        quantity_mods=low["quantity_mods"],
        holidays=dict(raw["holidays"]),
        named_days={k: (int(v["year"]), re.compile(r"\s*(?:" + v["after"] + r")\b", re.I))
                    for k, v in raw.get("named_days", {}).items()},
        born_young=frozenset(raw["born_young"]),
    )


def alternation(words: Any, *, case_sensitive: bool = False) -> str:
    """A regex group matching any of ``words``, longest first (then in alphabetical order, so the
    pattern is the same in every process whatever the hash seed); spaces match any whitespace."""
    parts = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"
