"""Several actors over one mention span ("negotiators from Egypt, Qatar and the United States":
one group of each country over the whole phrase) are all the event's sources or targets."""

from __future__ import annotations

from typing import Any

import pytest


def _events(nlp: Any, text: str) -> list[Any]:
    doc = nlp.make_doc(text)
    doc._.published = "2025-03-04"
    return list(nlp(doc)._.events)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Negotiators from Egypt, Qatar and the United States met Hamas officials in Doha on Monday.", "met",
     ("grp:egy-negotiators", "grp:qat-negotiators", "grp:usa-negotiators")),
    ("Mediators from Egypt and Qatar condemned the shelling of the camp.", "condemned",
     ("grp:egy-mediators", "grp:qat-mediators")),
])
def test_every_actor_of_a_shared_span_is_a_source(nlp, text: str, trigger: str, expected: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in _events(nlp, text) if e.trigger == trigger)
    assert tuple(sorted(event.sources)) == expected, event


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # negative: one actor over its span stays one source; nested mentions do not join it
    ("Egyptian negotiators met Hamas officials in Cairo on Monday.", "met", ("grp:egy-negotiators",)),
    ("Qatar's foreign ministry condemned the shelling of the camp.", "condemned", ("org:qat-foreign-ministry",)),
])
def test_one_actor_of_a_span_stays_one_source(nlp, text: str, trigger: str, expected: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in _events(nlp, text) if e.trigger == trigger)
    assert tuple(sorted(event.sources)) == expected, event
