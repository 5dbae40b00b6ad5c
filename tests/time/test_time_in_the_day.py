""""earlier/later in the day": the scene day while it is a few sentences back, a near day named
as a noun's modifier when no scene is near, else the publication date for a reported act and
no value for a generic use. Our own sentences; (text, published, expected value or None)."""

from __future__ import annotations

from typing import Any

import pytest

FAR = ("The call took place on September 25, 2019. Officials met. Aides talked. Others left. Staff argued."
       "\n\nThe envoy testified. He answered. It was long. Lawmakers pressed him. "
       "He spoke of a plan his aide denied earlier in the day.")


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Troops entered the town on Monday. Later in the day they withdrew.", "2024-08-21", "2024-08-19"),
    ("The hearings resumed on Tuesday. Lawmakers asked about Trump's July 25 phone call. Later in the day, "
     "the envoy testified.", "2019-11-20", "2019-11-19"),
    # the scene day expires: a reported act falls back to the publication date
    (FAR, "2019-11-20", "2019-11-20"),
    # only a modifier date near: that day
    ("The Oct. 7 attack killed 1,200 people. Later in the day, Israel declared war.", "2024-08-18",
     "2023-10-07"),
    ("Earlier in the day, police fired tear gas in the square.", "2024-08-21", "2024-08-21"),
    ("Netanyahu will meet Blinken later in the day.", "2024-08-21", "2024-08-21"),
    # generic uses: no value
    ("Skipping breakfast might reduce the risk of binge eating later in the day.", "2019-11-14", None),
    ("Fasting Muslims eat later in the day during the holy month.", "2024-03-20", None),
])
def test_in_the_day(time_tag: Any, text: str, published: str, expected: str | None) -> None:
    hits = [t for t in time_tag(text, published) if t.text.lower().endswith("in the day")]
    assert [t.value for t in hits] == ([expected] if expected else [])
