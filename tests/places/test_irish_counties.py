"""Irish counties by their bare names (sentences of our own): the county's main town where one
bears its name ("Sligo", "Wexford"), the county where the town is a village or none ("Louth",
"Mayo"); "County <name>" and "<name> County Council" always the county. Our alias table reads
the same whatever its rows' order."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import gazetteer
from dateline.gazetteer import Entry, _Builder, chained_last


@pytest.mark.parametrize(("name", "feature"), [
    ("Sligo", "PPL"), ("Kilkenny", "PPL"), ("Carlow", "PPL"),  # GeoNames' county: the bare name
    ("Wexford", "PPL"), ("Cavan", "PPL"), ("Longford", "PPL"),  # ours: "County <name>" -> Irish
    ("Waterford", "PPL"),  # over Michigan's larger Waterford, as the county read before
    ("Louth", "ADM2"), ("Donegal", "ADM2"), ("Leitrim", "ADM2"),  # the town a village
    ("Mayo", "ADM2"), ("Meath", "ADM2"), ("Offaly", "ADM2"),  # no town: our alias, not a US Mayo
])
def test_bare_county_names(nlp: Any, name: str, feature: str) -> None:
    got = [(p.country, p.feature) for p in nlp(f"Police in {name} said the road was shut.")._.places]
    assert got == [("IE", feature)]


@pytest.mark.parametrize(("text", "got"), [
    ("Sligo County Council approved the plan.", ("IE", "ADM2")),  # the council: the county
    ("Flooding hit Sligo County on Monday.", ("IE", "ADM2")),  # the county's word after it
    ("Sligo County Hospital said the ward was full.", ("IE", "ADM2")),
    ("Kerry County Hospital said the ward was full.", ("IE", "ADM2")),  # our alias: County Kerry
    ("The storm hit County Kilkenny on Monday.", ("IE", "ADM2")),
    ("Police in Mayo, Florida, said the road was shut.", ("US", "PPL")),  # a qualifier
    ("Officials in Waterford, Michigan, said the lake was closed.", ("US", "PPL")),
])
def test_county_town_near_misses(nlp: Any, text: str, got: tuple[str, str]) -> None:
    assert [(p.country, p.feature) for p in nlp(text)._.places][0] == got


def test_alias_rows_in_any_order() -> None:
    rows = [("Louth", "County Louth"), ("County Louth", "Lu"), ("Holland", "Netherlands")]
    for order in (rows, rows[::-1]):
        got = chained_last(order)
        assert sorted(got) == sorted(rows)
        assert got.index(("County Louth", "Lu")) < got.index(("Louth", "County Louth"))
    with pytest.raises(ValueError, match="wait on each other"):
        chained_last([("A", "B"), ("B", "A")])


def test_alias_to_nothing_raises() -> None:
    b = _Builder()
    b.add(Entry(None, "Lu", "IE", "L", 53.9, -6.4, "ADM2", 100_000), ["Lu"])
    b.alias("County Louth", "Lu", b.index)
    with pytest.raises(ValueError, match="no entry named"):
        b.alias("Louth", "County Lout", b.index)


def test_the_alias_points_at_the_county() -> None:
    gaz = gazetteer.load()
    assert [gaz.entries[i].name for i in gaz.aliases["louth"]] == ["Lu"]


@pytest.mark.parametrize("text", [
    "Police in County Londonderry said the road was shut.",  # the model: "Londonderry" a person
    "A man from County Londonderry was charged on Monday.",  # the model: the whole a person
])
def test_county_londonderry_tagged_a_person(nlp: Any, text: str) -> None:
    assert [(p.country, p.feature, p.name) for p in nlp(text)._.places] == [
        ("GB", "ADM2", "County Londonderry")]


@pytest.mark.parametrize("text", [
    "Police in County Road said the road was shut.",  # no county so named
    "The County Commissioner Tyrone Smith said the road was shut.",  # a person after the office
])
def test_prefixed_county_near_misses(nlp: Any, text: str) -> None:
    assert all(p.feature != "ADM2" for p in nlp(text)._.places)
