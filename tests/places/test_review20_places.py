"""Review of session 20's places rules (sentences of our own): the near misses they must not
catch."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("text", [
    "Thousands attended a service at St. Paul's Cathedral.",  # not Saint Paul's in St Kitts
    "She moved to St. John's Wood in London.",  # a London district, not Newfoundland's city
])
def test_no_apostrophe_s_growth_inside_a_longer_name(nlp: Any, text: str) -> None:
    assert all(not p.text.endswith("'s") for p in nlp(text)._.places)


@pytest.mark.parametrize(("rows", "error"), [
    ([("Louth", "County Lout")], r"aliases\.tsv: alias 'Louth': no entry named 'County Lout'"),
    ([("A", "B"), ("B", "A")], r"aliases\.tsv: aliases wait on each other"),
])
def test_an_alias_row_that_reads_nothing_names_its_table(
        monkeypatch: pytest.MonkeyPatch, rows: list[tuple[str, str]], error: str) -> None:
    from dateline import gazetteer
    from dateline.gazetteer import Entry

    b = gazetteer._Builder()
    b.add(Entry(None, "Lu", "IE", "L", 53.9, -6.4, "ADM2", 100_000), ["Lu"])
    monkeypatch.setattr(gazetteer, "shared_rows", lambda name, reader: rows)
    with pytest.raises(ValueError, match=error):
        gazetteer._aliases(b)


@pytest.mark.parametrize(("text", "got"), [
    ("A man from Castlebar, Co Mayo, was charged.", [("IE", "PPL"), ("IE", "ADM2")]),
    ("Flooding hit homes in Co Down and Co Antrim.", [("GB", "ADM2"), ("GB", "ADM2")]),
    ("Farmers in Co Carlow reported flooding.", [("IE", "ADM2")]),  # the model's "Co Carlow"
    ("Roads in County Sligo and County Kilkenny were closed.", [("IE", "ADM2"), ("IE", "ADM2")]),
    ("The fire began in a shed owned by Murphy & Co Down the lane, neighbours fled.", []),
    ("Shares in Acme Co Kerry Group rose.", []),  # a firm's "Co"
])
def test_a_county_named_by_its_word_first(nlp: Any, text: str, got: list[tuple[str, str]]) -> None:
    assert [(p.country, p.feature) for p in nlp(text)._.places] == got


def test_a_county_without_people_gives_its_town_no_prior() -> None:
    from dateline.gazetteer import Entry
    from dateline.places.readings import Candidate, Weights, prior, priors

    town = Candidate(Entry(1, "Carrick", "IE", "L", 53.9, -6.4, "PPL", 5_000), "name")
    county = Candidate(Entry(2, "Carrick", "IE", "L", 53.9, -6.4, "ADM2", 0), "alternate")
    w = Weights()
    assert priors([town, county], w)[0] == prior(town, w)


def test_the_gazetteer_rebuilds_when_its_distances_change(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    from dateline import gazetteer

    before = gazetteer._rules_hash()
    read = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda p: read(p) + (b"#" if p.name == "geo.py" else b""))
    assert gazetteer._rules_hash() != before  # the fallback tier's index is built by its distances


@pytest.mark.parametrize(("text", "got"), [
    ("The storm hit St. George's on Monday.", ("GD", "PPLC")),  # not Quebec's Saint-Georges
    ("Flooding hit King's Lynn on Monday.", ("GB", "PPL")),
    ("Delegates of the People's Republic of China met.", ("CN", "PCLI")),  # no name with its "'s"
])
def test_a_name_with_its_apostrophe_s_reads_the_places_so_named(
        nlp: Any, text: str, got: tuple[str, str]) -> None:
    assert [(p.country, p.feature) for p in nlp(text)._.places][0] == got


@pytest.mark.parametrize("text", [
    "Rain fell in County Kerry.",  # the model: "County Kerry" a person, which the actors let go
    "Police in County Kerry said the road was shut.",  # the model: an organisation
])
def test_a_county_the_model_tags_whole_as_a_name(nlp: Any, text: str) -> None:
    assert [(p.country, p.feature) for p in nlp(text)._.places] == [("IE", "ADM2")]
