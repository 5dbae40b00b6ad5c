"""The publisher's home places from a domain (``dateline.places.homes.homes_of``): on a generic
domain, a place abroad is a home only as a country or a town; a foreign state's or region's name
in a paper's name is a word of it ("dailysabah.com": Turkish "morning"). Our own domains beside
the reported one."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.places.homes import homes_of
from dateline.places.publisher import publisher
from dateline.places.readings import Weights

HOMES = [
    ("https://www.dailysabah.com/politics/2025/01/02/story", set()),
    ("https://www.dailyperak.com/news/1", set()),  # another Malaysian state's name
    ("https://www.newarkweeklytribune.com/a/1", {"US"}),  # a North American town
    ("https://www.karachitimes.com/2025/01/02/news/1", {"PK"}),  # a town abroad
    ("https://www.japantimes.co.jp/news/1", {"JP"}),  # a country: a national paper
    ("https://www.example-press.my/sabah/news/1", {"MY"}),  # the domain's own country's state
    # a metropolis abroad beats North American towns of its name a hundred times smaller ...
    ("https://www.manilaweekly.net/2024/08/20/news/1", {"PH"}),
    ("https://www.moscowdailynews.com/news/1", {"RU"}),
    # ... but not a town of its own papers' size (Paris, Texas; London, Ontario)
    ("https://www.parisweekly.com/news/1", {"US", "CA"}),
    ("https://www.londondailynews.com/news/1", {"US", "CA"}),
]


@pytest.mark.parametrize(("url", "countries"), HOMES)
def test_home_countries(url: str, countries: set[str]) -> None:
    gaz = gazetteer.load()
    pub = publisher(gaz, url)
    homes = homes_of(gaz, pub, Weights()) if pub is not None else []
    assert {c.entry.country for h in homes for c in h.cands} == countries, homes
