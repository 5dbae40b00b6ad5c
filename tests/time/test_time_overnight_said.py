""""overnight" in a past clause of a sentence whose verb of saying is dated ("drones hit Kyiv
overnight, officials said Monday") is the night before that day, not before the publication.
Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUB = "2024-08-18"


@pytest.mark.parametrize(("text", "value", "anchor"), [
    ("Russian drones hit Kyiv overnight, officials said Monday.", "2024-08-11TNI", "text"),
    ("Overnight, Russian drones hit Kyiv, officials said Monday.", "2024-08-11TNI", "text"),
    ("Ukraine said on Saturday that it had downed 20 drones overnight.", "2024-08-16TNI", "text"),
    ("The army said on Aug. 12 that rebels had shelled the camp overnight.", "2024-08-11TNI", "text"),
    ("Missiles hit the grid overnight, the ninth attack since March, officials said on Monday morning.",
     "2024-08-11TNI", "text"),
    # near misses: no day of saying, the day of what was said, a saying inside a clause, a present
    # or future clause, a noun's "overnight"
    ("Kyiv was quiet overnight, officials said.", "2024-08-17TNI", "publication"),
    ("Officials said troops crossed on Monday and advanced overnight.", "2024-08-17TNI", "publication"),
    ("Drones hit Kyiv overnight, a day after officials said on Monday that defenses were ready.",
     "2024-08-17TNI", "publication"),
    ("The curfew stays in force overnight, officials said Monday.", "2024-08-17TNI", "publication"),
    ("Troops will advance overnight, officials said Monday.", "2024-08-17TNI", "publication"),
    ("Markets fell on overnight losses, traders said on Monday.", "2024-08-17TNI", "publication"),
])
def test_overnight_before_the_day_of_saying(time_tag: Any, text: str, value: str, anchor: str) -> None:
    found = [(t.value, t.anchor) for t in time_tag(text, PUB) if t.text.lower() == "overnight"]
    assert found == [(value, anchor)]
