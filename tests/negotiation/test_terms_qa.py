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


@pytest.mark.parametrize(("text", "on"), [
    ("Iran accused the EU of hypocrisy.", "hypocrisy"),
    ("Argentina accused the government of President Nicolas Maduro of fraud.", "fraud"),
    ("The United Nations accused Israel of blocking aid deliveries.", "blocking aid deliveries"),
    ("Iran accused the EU over the new measures.", "measures"),
    # an article about a deal blames on the negotiation
    ("Hamas accused Israel of stalling the ceasefire talks.", "negotiations"),
])
def test_blame_is_on_the_deal_or_the_charge(nlp, text: str, on: str) -> None:  # type: ignore[no-untyped-def]
    from dateline.events import extract_events
    from dateline.negotiation import find_stances

    doc = nlp(text)
    (stance,) = [s for s in find_stances(doc, extract_events(doc), find_proposals(doc)) if s.blames]
    assert on in stance.on


@pytest.mark.parametrize(("text", "terms"), [
    ("Egypt put forward a new proposal that includes a two-week truce and the release of 20 hostages.",
     ["two-week truce", "release of 20 hostages"]),
    ("The Saudi initiative offers Israel normal relations.", ["normal relations"]),
])
def test_terms_of_a_relative_or_listing_verb(nlp, text: str, terms: list[str]) -> None:  # type: ignore[no-untyped-def]
    (prop,) = find_proposals(nlp(text))
    assert list(prop.terms) == terms


@pytest.mark.parametrize("text", [
    "The deal includes three phases.",
    "The plan includes details that remain secret.",
])
def test_parts_are_no_terms(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(not p.terms for p in find_proposals(nlp(text)))


@pytest.mark.parametrize(("text", "actor", "stance"), [
    ("Qatar's prime minister said he was cautiously optimistic about the talks.",
     "per:mohammed-bin-abdulrahman-al-thani", "cautiously optimistic"),
    ("Hamas said it was pessimistic about the talks.", "org:hamas", "pessimistic"),
])
def test_stance_on_talks_through_a_pronoun(nlp, text: str, actor: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    from dateline.negotiation import find_stances

    doc = nlp(text)
    assert (actor, stance) in {(s.actor, s.stance) for s in find_stances(doc, [], [])}


@pytest.mark.parametrize("text", [
    "The minister gave a talk on optimism.",
    "Hamas said it was optimistic about the weather.",
])
def test_no_stance_without_a_deal(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from dateline.negotiation import find_stances

    assert not find_stances(nlp(text), [], [])


@pytest.mark.parametrize(("text", "terms"), [
    # the phases of a plan named before list its terms, also after another verb ("would last ... and include")
    ("Biden laid out a three-phase proposal. The first phase would last six weeks and include a full ceasefire "
     "and the release of some hostages. The third phase would involve a reconstruction plan for Gaza.",
     ["full ceasefire", "release of some hostages", "reconstruction plan for Gaza"]),
    ("The plan would last two months and include a prisoner exchange.", ["prisoner exchange"]),
])
def test_phase_terms(nlp, text: str, terms: list[str]) -> None:  # type: ignore[no-untyped-def]
    (prop,) = find_proposals(nlp(text))
    assert list(prop.terms) == terms


def test_phase_without_plan_has_no_proposal(nlp) -> None:  # type: ignore[no-untyped-def]
    assert find_proposals(nlp("The first phase would include a ceasefire.")) == []


@pytest.mark.parametrize("text", [
    # a phase of something else is not the plan's
    "Qatar presented a truce plan on Tuesday. The military said the first phase of its ground operation "
    "would include strikes on Khan Younis and the evacuation of residents.",
    "Jordan tabled a peace proposal. The first stage of the referendum would include a ballot in the north.",
    # a phase named far from the plan (two paragraphs on) is not taken to be the plan's
    "Jordan tabled a peace proposal.\n\nFighting went on in the south.\n\nThe army was shelling the town.\n\n"
    "The first phase would include strikes on the port.",
])
def test_phase_of_something_else_adds_no_terms(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    (prop,) = find_proposals(nlp(text))
    assert prop.terms == ()


@pytest.mark.parametrize(("text", "terms"), [
    # the plan's own phase, named as such, in the next paragraph
    ("Jordan tabled a peace proposal.\n\nThe first phase of the deal would include a prisoner exchange.",
     ["prisoner exchange"]),
    # phases chained paragraph by paragraph stay the plan's
    ("Jordan tabled a peace proposal.\n\nThe first phase would include a prisoner exchange.\n\n"
     "The second phase would include a withdrawal of troops.", ["prisoner exchange", "withdrawal of troops"]),
])
def test_phase_of_the_plan_adds_terms(nlp, text: str, terms: list[str]) -> None:  # type: ignore[no-untyped-def]
    (prop,) = find_proposals(nlp(text))
    assert list(prop.terms) == terms
