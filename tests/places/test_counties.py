"""County cues: a name given as a county, in a county list, or by its English name (Ireland)."""

from __future__ import annotations

import pytest

from dateline.places import gazetteer, resolve_spans


def _resolve(text: str, phrases: list[str]) -> list[tuple[str | None, str | None]]:
    gaz = gazetteer.load()
    spans, pos = [], 0
    for phrase in phrases:
        start = text.index(phrase, pos)
        spans.append((start, start + len(phrase)))
        pos = start + 1
    return [(p.country, p.feature) for p in resolve_spans(text, spans, gaz)]


CASES = [
    # GeoNames names Irish counties in Irish; the English name reaches them
    ("Anglers on the lakes of Mayo County in the west of Ireland.", ["Mayo County", "Ireland"],
     ("IE", "ADM2")),
    ("Farmers in County Kerry, Ireland, counted the storm damage.", ["County Kerry", "Ireland"],
     ("IE", "ADM2")),
    # the last name of a county list ending in lower-case "counties" is a county
    ("Sheriffs of Lancaster, Saunders and Washington counties in Nebraska met.",
     ["Lancaster", "Saunders", "Washington", "Nebraska"], ("US", "ADM2")),
]


@pytest.mark.parametrize(("text", "phrases", "first_or_third"), CASES)
def test_county_cues(text: str, phrases: list[str], first_or_third: tuple[str, str]) -> None:
    got = _resolve(text, phrases)
    target = got[2] if len(phrases) > 3 else got[0]
    assert target == first_or_third
