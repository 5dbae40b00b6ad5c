"""Session 19, round 2 (sentences of our own): a demonym of the capital's country heading the
officials in the name keeps the capital's bonus against a bigger namesake abroad; an Irish
county's bare English name reaches the county, not a town GeoNames names alike."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import gazetteer
from dateline.places.cues import officials_of


def _read(nlp: Any, text: str, name: str) -> tuple[str | None, str | None]:
    return next((p.country, p.feature) for p in nlp(text)._.places if p.text == name)


@pytest.mark.parametrize(("text", "country"), [
    ("Costa Rican officials in San Jose said the aid had arrived.", "CR"),
    ("Costa Rican health officials in San Jose said the aid had arrived.", "CR"),
    ("Costa Rican police in San Jose seized two tonnes of cocaine.", "CR"),
    ("Costa Rican Foreign Ministry officials in San Jose met the envoy.", "CR"),
    # near misses: the demonym is no official's in the town, or another country's
    ("San Jose police held a Costa Rican man on Tuesday.", "US"),
    ("Costa Rican-born engineers in San Jose founded the startup.", "US"),  # Silicon Valley's
    ("Costa Rican immigrants in San Jose marched on Sunday.", "US"),
    ("A Costa Rican man said officials in San Jose had lied.", "US"),
    ("Mexican officials in San Jose said the consulate was open.", "US"),
    ("Costa Rican officials in San Jose, California, met the mayor.", "US"),
    ("Costa Rican consular officials in San Jose helped the stranded travellers.", "US"),
    ("Costa Rican Embassy officials in San Jose met the mayor.", "US"),
])
def test_the_capitals_own_officials(nlp: Any, text: str, country: str) -> None:
    assert _read(nlp, text, "San Jose")[0] == country


def test_officials_of_reads_the_demonym() -> None:
    gaz = gazetteer.load()
    text = "The Colombian officials in Bogota"
    assert officials_of(gaz, text, text.index("Bogota")) == {"CO"}
    text = "Officials in Bogota"
    assert officials_of(gaz, text, text.index("Bogota")) == frozenset()


@pytest.mark.parametrize(("name", "target"), [
    ("Louth", "Lu"), ("Cavan", "An Cabhan"), ("Wexford", "Loch Garman"),
    ("Longford", "An Longfort"), ("Mayo", "Maigh Eo"),
])
def test_a_bare_county_alias_reaches_the_county(name: str, target: str) -> None:
    gaz = gazetteer.load()
    got = [(e.country, e.feature, e.name) for e in gaz.lookup(name) if e.name == target]
    assert got == [("IE", "ADM2", target)]  # not Lu, Italy; not the town named Loch Garman too


@pytest.mark.parametrize(("text", "name", "read"), [
    ("Gardai in Louth and Meath searched for the man.", "Louth", ("IE", "ADM2")),
    ("Flooding closed roads across Louth on Monday.", "Louth", ("IE", "ADM2")),
    # near misses: a qualified namesake, and the towns by their own names
    ("The mayor of Louth, Lincolnshire, resigned.", "Louth", ("GB", "PPL")),
    ("A man from Lu in Piedmont was held.", "Lu", ("IT", "PPL")),
    ("A bridge in Cavan was shut.", "Cavan", ("IE", "PPL")),
    ("A fire in Wexford, Pennsylvania, destroyed a home.", "Wexford", ("US", "PPL")),
])
def test_bare_irish_county_names(nlp: Any, text: str, name: str, read: tuple[str, str]) -> None:
    assert _read(nlp, text, name) == read


@pytest.mark.parametrize(("text", "name", "read"), [
    # a town's word beside the name: the town, not the county the bare name now reaches too
    ("The market town of Louth is known for its church spire.", "Louth", ("GB", "PPL")),
    ("Louth Town Council voted to close the car park.", "Louth", ("GB", "PPL")),
    ("Police said the town of Louth was quiet.", "Louth", ("GB", "PPL")),
    # near misses: the county town of a county is the county's; the bare name alone
    ("Dundalk is the county town of Louth.", "Louth", ("IE", "ADM2")),
    ("Gardai in Louth and Meath searched for the man.", "Louth", ("IE", "ADM2")),
    ("The town of Wexford, Pennsylvania, grew fast.", "Wexford", ("US", "PPL")),
    # no town of the area's country by the name: the area, not a town abroad
    ("Residents fled the town of Anbar.", "Anbar", ("IQ", "ADM1")),
    ("Police patrolled the town of Essex.", "Essex", ("GB", "ADM2")),
])
def test_a_towns_word_reads_the_town(nlp: Any, text: str, name: str, read: tuple[str, str]) -> None:
    assert _read(nlp, text, name) == read
