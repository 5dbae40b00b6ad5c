"""Session 9 follow-ups: direct questions, the lemmatizer's "hoped" -> "hop" slip, "told X to"."""

from __future__ import annotations

import pytest

from dateline.events import extract_events


def _events(nlp, text: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(e.type, e.trigger, e.status) for e in extract_events(nlp(text))]


@pytest.mark.parametrize(("text", "trigger", "status"), [
    # a yes/no question asks whether its act took place: not asserted, not denied
    ("Did Russia attack the plant?", "attack", "hypothetical"),
    ("Did Israel strike the school in Rafah on Tuesday?", "strike", "hypothetical"),
    ("Will Israel invade Rafah?", "invade", "hypothetical"),
    ("Are Israeli troops withdrawing from Khan Younis?", "withdrawing", "hypothetical"),
    ("And did Hamas release the hostages?", "release", "hypothetical"),
    ('"Did Russia attack the plant?" the minister asked.', "attack", "hypothetical"),
    ("Israel struck Gaza; did it hit the hospital?", "hit", "hypothetical"),
    ("Israel struck Gaza; did it hit the hospital?", "struck", "happened"),
    # a wh-question presupposes its act and asks about a part of it
    ("When did Israel strike the school?", "strike", "happened"),
    ("Which army took Rafah?", "took", "happened"),
    ("Why did Russia shell Kharkiv on Monday?", "shell", "happened"),
    # no inversion, no wh-word: left as it was
    ("Russia attacked the plant, didn't it?", "attacked", "happened"),
    ("Israeli jets struck the school in Gaza on Tuesday, killing 20 people.", "struck", "happened"),
    # a noun in an adjunct of the question is taken as known
    ("Had Israel warned residents before the strike?", "strike", "happened"),
])
def test_questions(nlp, text: str, trigger: str, status: str) -> None:  # type: ignore[no-untyped-def]
    found = {t: s for _, t, s in _events(nlp, text)}
    assert found.get(trigger) == status, found


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Russia hoped to take Kyiv.", "take", "hypothetical"),
    ("Ukraine hoped to recapture Bakhmut by summer.", "recapture", "hypothetical"),
    ("Ukraine is hoping to recapture Bakhmut.", "recapture", "hypothetical"),
    ("The rebels were hoping to seize the airport.", "seize airport", "hypothetical"),
    # neighbours that must not change
    ("Russia tried to take Kyiv.", "take", "hypothetical"),
    ("Russia took Kyiv.", "took", "happened"),
    ("Russia planned to take Kyiv.", "take", "planned"),
])
def test_hoped(nlp, text: str, trigger: str, status: str) -> None:  # type: ignore[no-untyped-def]
    found = {t: s for _, t, s in _events(nlp, text)}
    assert found.get(trigger) == status, found


def test_hopped_stays_hop(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The soldiers hopped over the wall and attacked the post.")
    extract_events(doc)
    assert [t.lemma_ for t in doc if t.lower_ == "hopped"] == ["hop"]


@pytest.mark.parametrize(("text", "sources", "targets"), [
    ("The US told Israel to halt the offensive.", ("cty:USA",), ("cty:ISR",)),
    ("Egypt told Hamas to accept the deal.", ("cty:EGY",), ("org:hamas",)),
    ("Russia told Ukraine to surrender.", ("cty:RUS",), ("cty:UKR",)),
    ("The US urged Israel to halt the offensive.", ("cty:USA",), ("cty:ISR",)),
])
def test_told_to_requests(nlp, text: str, sources: tuple[str, ...],  # type: ignore[no-untyped-def]
                          targets: tuple[str, ...]) -> None:
    events = extract_events(nlp(text))
    requests = [(e.sources, e.targets, e.status) for e in events if e.type == "REQUEST"]
    assert requests == [(sources, targets, "happened")], events
    assert all(e.status == "hypothetical" for e in events if e.type != "REQUEST"), events  # the act asked for


@pytest.mark.parametrize(("text", "status"), [
    ("The US did not tell Israel to halt the offensive.", "negated"),
    ("The US will tell Israel to halt the offensive.", "planned"),
])
def test_told_to_status(nlp, text: str, status: str) -> None:  # type: ignore[no-untyped-def]
    assert [(t, s) for t, _, s in _events(nlp, text) if t == "REQUEST"] == [("REQUEST", status)]


@pytest.mark.parametrize("text", [
    "The minister told reporters to wait.",
    "He told journalists to leave the room.",
    "The spokesman told the press to wait for a statement.",
    "The minister told him to leave.",
])
def test_told_to_no_request(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in [t for t, _, _ in _events(nlp, text)]


@pytest.mark.parametrize(("text", "type_"), [
    ("The US told Israel that it would halt arms shipments.", "REQUEST"),
    ("Hamas told mediators it would not accept the deal.", "REQUEST"),
])
def test_told_that_is_no_order(nlp, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert ("told", type_) not in [(tr, t) for t, tr, _ in _events(nlp, text)]
