"""A toponym mention as the resolver weighs it: its readings, their priors and the cues found,
and the name it shares with other mentions (``family``: a county and its bare name are one)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dateline.gazetteer import Entry
from dateline.places.readings import Candidate

HOME = "@home:"  # key prefix of a publisher's home town (co-location with the text's names)


@dataclass
class Mention:
    """One toponym span (or a publisher's home name, at a negative offset) and its readings."""

    start: int
    end: int
    text: str
    cands: list[Candidate]
    priors: list[float]
    quals: list[Entry]
    key: str = ""
    choice: int = -1
    probs: list[float] | None = None
    pairs: list[float] | None = None
    area: Entry | None = None  # the qualifying area, when no reading of the name lies in it
    #: the name's readings as that area, likeliest first ("Georgia": the US state, the country),
    #: of which the qualifier's own mention chooses in context (``qualifies``)
    areas: tuple[Entry, ...] = ()
    #: the mention of an unknown or unplaced town this one qualifies ("Zorbleton, Georgia")
    qualifies: Mention | None = None
    #: the name of a county qualifying this town in several states at once ("Springfield,
    #: Washington County"): its readings cast no votes for the town, weighed alone
    unvoted: str | None = None
    towns: frozenset[Entry] = frozenset()  # a home name's local readings (towns, counties)
    town_use: bool = False  # the text uses the name as a town's somewhere ("a Peru man")
    #: the text speaks of the world abroad around this country's name: another foreign country
    #: named, or "war in" / "strikes on" before it (``dateline.places.town_use.abroad``)
    abroad: bool = False
    #: the other names' likeliest readings as (country, state): the state where the text names
    #: one on its own, not as a town's qualifier (``dateline.places.town_use.named_around``)
    named: frozenset[tuple[str | None, str | None]] = frozenset()
    #: the countries whose great capital the name reads as by its own name, once asked
    #: (``dateline.places.town_use.capital_namesake``; the readings do not change after)
    capitals: frozenset[str | None] | None = None
    #: some reading is a country by its own name, once asked (``town_use.lone_namesake``)
    country_named: bool | None = None
    #: the people of the largest town the name reads as by its own name, once asked (``largest``);
    #: none (0) where the text calls it a village ("San Jose village", "the village of San Jose")
    largest_town: int = -1
    #: the countries the text names whose points lie near the country of a capital the name
    #: reads as (``dateline.places.resolve._near_capitals``): a neighbour's capital ("Nicaragua
    #: and Panama ... San José": Costa Rica's)
    near: frozenset[str | None] = frozenset()
    #: the countries of which a name reading as a capital also reads as one of the first cities
    #: (``dateline.places.resolve._first_cities``: "Tripoli", Lebanon)
    first: frozenset[str | None] = frozenset()


_COUNTY_WORD = re.compile(r" (?:county|parish)$")


@lru_cache(maxsize=1 << 14)
def family(k: str) -> str:
    """One name for co-location: a county and its bare name ("DeKalb County", "DeKalb") do not
    vouch for each other's readings (the town and the county of one name lie together anywhere)."""
    return _COUNTY_WORD.sub("", k)


def likeliest(m: Mention) -> Entry:
    """The reading of a mention with the highest prior (it must have readings)."""
    return m.cands[max(range(len(m.cands)), key=m.priors.__getitem__)].entry


def largest(m: Mention) -> int:
    """The people of the largest town ``m`` reads as by its own name (0 for none), worked out once."""
    if m.largest_town < 0:
        m.largest_town = max((c.entry.population for c in m.cands
                              if c.via == "name" and c.entry.feature.startswith("PPL")), default=0)
    return m.largest_town


def softmax(scores: Sequence[float]) -> list[float]:
    """Shares of ``exp(score)``, computed stably."""
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [x / total for x in exps]


__all__ = ["HOME", "Mention", "family", "largest", "likeliest", "softmax"]
