"""A town GeoNames gives no population counts as a hamlet (``readings.UNKNOWN_POPULATION``), so
the article's other places can draw its name there from a known village abroad. Our own
sentences."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.gazetteer import Entry
from dateline.places import resolve_spans
from dateline.places.readings import UNKNOWN_POPULATION, Candidate, Weights, prior
from tests.places.spans import spans as _spans

CASES = [  # the Syrian town (no population in GeoNames) with Syrian context, else Morocco's
    ("Kurdish fighters withdrew from Ras al-Ain near Hasakah.", ["Ras al-Ain", "Hasakah"],
     "Ras al-Ain", "SY"),
    ("Shelling hit Ras al-Ain and Qamishli in northeast Syria.",
     ["Ras al-Ain", "Qamishli", "Syria"], "Ras al-Ain", "SY"),
    ("Kurdish-led forces held Ras al-Ain on the Syrian border.", ["Ras al-Ain", "Syrian"],
     "Ras al-Ain", "SY"),
    ("Farmers in Ras al-Ain, near Settat in Morocco, lost their crops.",
     ["Ras al-Ain", "Settat", "Morocco"], "Ras al-Ain", "MA"),
]


@pytest.mark.parametrize(("text", "phrases", "target", "country"), CASES)
def test_context_draws_a_town_without_population(text: str, phrases: list[str], target: str,
                                                 country: str) -> None:
    place = resolve_spans(text, _spans(text, phrases), gazetteer.load())[phrases.index(target)]
    assert place.country == country, place


def test_unknown_population_is_a_hamlet_not_a_person() -> None:
    w = Weights()
    town = Entry(1, "Sometown", "SY", "01", 36.0, 40.0, "PPL", 0)
    minor = Entry(None, "Sometown", "US", "TX", 30.0, -97.0, "PPL", 0)  # the ZIP-code tier
    village = Entry(2, "Sometown", "MA", "06", 33.0, -7.0, "PPL", UNKNOWN_POPULATION * 10)
    assert prior(Candidate(town, "name"), w) == pytest.approx(prior(
        Candidate(Entry(1, "Sometown", "SY", "01", 36.0, 40.0, "PPL", UNKNOWN_POPULATION), "name"), w))
    assert prior(Candidate(minor, "name"), w) == 0.0
    assert prior(Candidate(town, "name"), w) < prior(Candidate(village, "name"), w)
