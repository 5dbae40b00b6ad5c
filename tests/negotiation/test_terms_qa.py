"""A plan's terms listed after its verb, including those the parser hangs as appositions elsewhere."""

from __future__ import annotations

import pytest

from dateline.negotiation import find_proposals


@pytest.mark.parametrize(("text", "terms"), [
    ("The U.S. plan calls for a 60-day truce, the withdrawal of Israeli forces from southern Lebanon "
     "and the deployment of the Lebanese army along the border.",
     ["60-day truce", "withdrawal of Israeli forces from southern Lebanon",
      "deployment of the Lebanese army along the border"]),
    ("The proposal would see Hamas release hostages in exchange for Palestinian prisoners held by Israel, "
     "a phased withdrawal of Israeli troops and more humanitarian aid.",
     ["release hostages in exchange for Palestinian prisoners held by Israel",
      "phased withdrawal of Israeli troops", "more humanitarian aid"]),
])
def test_listed_terms(nlp, text: str, terms: list[str]) -> None:  # type: ignore[no-untyped-def]
    (prop,) = find_proposals(nlp(text))
    assert list(prop.terms) == terms


@pytest.mark.parametrize(("text", "count"), [
    # an apposition naming a person, not an act, is no term
    ("The plan calls for talks with Nabih Berri, the parliament speaker.", 1),
    ("The plan includes freeing the hostages held by Hamas, the group that runs Gaza.", 1),
])
def test_appositions_that_are_not_terms(nlp, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    (prop,) = find_proposals(nlp(text))
    assert len(prop.terms) == count, prop.terms
