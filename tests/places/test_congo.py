"""A bare "Congo" is one country per article (``dateline.places.cues.congo``; no spaCy)."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.places import resolve_spans
from tests.places.spans import spans as _spans


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        # news means the Democratic Republic most often
        ("Rebels in eastern Congo seized Goma after a week of fighting.", ["Congo", "Goma"], "CD"),
        ("Aid agencies warned that Congo faces its worst measles outbreak in years.", ["Congo"],
         "CD"),
        ("The Democratic Republic of the Congo and Rwanda signed a deal; Congo will hold "
         "talks next month.", ["Democratic Republic of the Congo", "Rwanda", "Congo"], "CD"),
        ("The Congo's mines supply much of the world's cobalt.", ["Congo's"], "CD"),
        # the Republic of the Congo where the article names its capital, president or full name
        ("Voters in Brazzaville queued for hours as Congo elected a new parliament.",
         ["Brazzaville", "Congo"], "CG"),
        ("President Denis Sassou Nguesso said Congo would pay its debts.", ["Congo"], "CG"),
        ("The Republic of Congo exports oil. Congo's economy shrank last year.",
         ["Republic of Congo", "Congo's"], "CG"),
    ],
)
def test_bare_congo_is_one_country_per_article(gaz: gazetteer.Gazetteer, text: str,
                                               names: list[str], country: str) -> None:
    places = resolve_spans(text, _spans(text, names), gaz)
    congos = [p for p in places if p.text.startswith("Congo") or p.text.startswith("Republic")]
    assert congos and all(p.country == country for p in congos), congos


def test_the_congo_river_stays_a_river(gaz: gazetteer.Gazetteer) -> None:
    text = "Barges carried the ore down the Congo River to the coast."
    (place,) = resolve_spans(text, _spans(text, ["Congo River"]), gaz)
    assert place.feature == "STM"
