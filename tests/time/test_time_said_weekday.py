"""A day of saying keeps its own reading beside a later coordinated clause's weekday: "said Monday"
is news's most common weekday, and its latest one (session 17 had moved it back a week with the
later clause's day). The later day follows it only where that is not ahead of the publication.
Near misses: no verb of saying, or one verb of saying for both days, stay one stretch. Our own
sentences."""

from __future__ import annotations

from typing import Any

import pytest

TUE = "2024-08-20"
THU = "2024-08-22"


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the saying is yesterday; the inspection cannot be tomorrow, so it is the last Wednesday
    ("She said Monday that the bridge would reopen, and engineers inspected it Wednesday.", TUE,
     ["2024-08-19", "2024-08-14"]),
    ("He told reporters Monday that talks had failed, and the army attacked Wednesday.", TUE,
     ["2024-08-19", "2024-08-14"]),
    # published later in the week, the later clause's day follows the saying
    ("She said Monday that the bridge would reopen, and engineers inspected it Wednesday.", THU,
     ["2024-08-19", "2024-08-21"]),
    # near misses: no verb of saying, or one verb of saying for both days, stay one stretch
    ("Prices fell Monday and rose Wednesday.", TUE, ["2024-08-12", "2024-08-14"]),
    ("She told the envoy Monday and the general Wednesday.", TUE, ["2024-08-12", "2024-08-14"]),
])
def test_day_of_saying_is_not_moved_back(time_tag: Any, text: str, published: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, published)] == expected
