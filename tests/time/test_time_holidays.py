"""Islamic holidays: a bare "Eid" (either Eid, by the clause), the days Saudi Arabia observed
(``hijri_observed.json``) against the tabular calendar outside the table, and a past clause "ahead
of" a holiday. Our own sentences; (text, published, timex text, expected value)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dateline.time import hijri

CASES = [
    # a bare Eid: the past clause's last Eid, the future clause's next, the present's nearest
    ("Families visited relatives during the Eid holiday.", "2024-06-20", "Eid", "2024-06-16"),
    ("Families visited relatives during the Eid holiday.", "2024-05-20", "Eid", "2024-04-10"),
    ("Families will visit relatives during the Eid holiday.", "2024-05-01", "Eid", "2024-06-16"),
    ("Mediators want a truce before Eid.", "2024-03-20", "Eid", "2024-04-10"),
    ("Mediators want a truce before Eid.", "2024-05-01", "Eid", "2024-06-16"),
    ("Eid Mubarak to all our readers.", "2024-04-12", "Eid", "2024-04-10"),
    # an Eid lasts some days: a future clause during it means the one under way
    ("Shops will stay shut over Eid.", "2024-04-11", "Eid", "2024-04-10"),
    # a past clause "ahead of" a holiday a few days off means the coming one
    ("Markets were crowded ahead of Eid.", "2024-06-12", "Eid", "2024-06-16"),
    ("Markets were crowded ahead of Eid.", "2024-06-25", "Eid", "2024-06-16"),
    ("Prices of sheep soared before Eid al-Adha.", "2024-06-12", "Eid al-Adha", "2024-06-16"),
    ("Shoppers crowded the malls ahead of Christmas.", "2025-12-20", "Christmas", "2025-12-25"),
    ("He was arrested before Christmas.", "2025-08-01", "Christmas", "2024-12-25"),
    # the observed day where it differs from the tabular one, spellings of the Gulf press
    ("Eid Al Adha prayers were held in Riyadh.", "2016-09-20", "Eid Al Adha", "2016-09-12"),
    ("Pilgrims stood on Mount Arafat on Arafat Day.", "2016-09-20", "Arafat Day", "2016-09-11"),
    ("Eid-ul-Fitr was celebrated with fireworks.", "2016-07-10", "Eid-ul-Fitr", "2016-07-06"),
    ("The ministry will announce the Eid Al-Fitr break.", "2026-03-01", "Eid Al-Fitr", "2026-03-20"),
    ("Ramadan 2018 began with a heat wave.", "2024-06-20", "Ramadan 2018", "2018-05"),
    # outside the table: the tabular calendar
    ("Eid al-Adha 2027 falls in May.", "2024-06-20", "Eid al-Adha 2027", "2027-05-17"),
]


@pytest.mark.parametrize(("text", "published", "span", "expected"), CASES)
def test_holiday_value(time_tag: Any, text: str, published: str, span: str, expected: str) -> None:
    found = time_tag(text, published)
    hits = [t for t in found if t.text == span]
    assert hits, f"no timex {span!r} in {text!r}: {[t.text for t in found]}"
    assert hits[0].value == expected


@pytest.mark.parametrize("text", [
    "Human rights activist Bassem Eid said the talks had stalled.",
    "Mr. Eid declined to comment.",
    "Shiite pilgrims marked Eid al-Ghadir in Najaf.",
    "Eid Ramadan, a shopkeeper in Rafah, said prices had doubled.",
])
def test_eid_not_the_feast(time_tag: Any, text: str) -> None:
    assert all(not t.text.startswith("Eid") for t in time_tag(text, "2024-07-20"))


@pytest.mark.parametrize(("rule", "year", "first"), [
    ("hijri-12-10", 2015, date(2015, 9, 24)),  # Saudi Arabia; tabular 24 September too
    ("hijri-12-10", 2016, date(2016, 9, 12)),  # tabular 13 September
    ("hijri-09", 2018, date(2018, 5, 17)),  # tabular 16 May
    ("hijri-10-01", 2025, date(2025, 3, 30)),  # tabular 31 March
    ("hijri-10-01", 2027, hijri.to_gregorian(1448, 10, 1)),  # beyond the table
])
def test_observed_before_tabular(rule: str, year: int, first: date) -> None:
    assert hijri.occurrences(rule, range(year, year + 1))[0][0] == first


def test_ramadan_length_from_the_table() -> None:
    # Ramadan AH 1437 was kept 30 days (6 June - 5 July 2016): its last day is Eid's eve
    assert hijri.occurrences("hijri-09", range(2016, 2017))[0] == (date(2016, 6, 6), date(2016, 7, 5))


def test_bare_eid_is_either_feast() -> None:
    found = [o[0] for o in hijri.occurrences("hijri-eid", range(2024, 2025))]
    assert found == [date(2024, 4, 10), date(2024, 6, 16)]
