"""Event extraction on sentences of our own: types, modes, status, arguments, places, dates."""

from __future__ import annotations

import pytest

from dateline.events import extract, extract_events, load_lexicon
from dateline.events.lexicon import PLOVER_TYPES, parse


def _first(nlp, text: str, published: str | None = None):  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.published = published
    found = extract(nlp(doc))
    assert found, f"no event in {text!r}"
    return found[0]


@pytest.mark.parametrize(("text", "type_", "status"), [
    ("The army did not attack the village on Tuesday.", "ASSAULT", "negated"),
    ("Iran threatened to strike Israel if the sanctions stay.", "THREATEN", "happened"),
    ("Moscow denied sending troops to the border region.", "MOBILIZE", "denied"),
    ("The envoy is expected to meet the president of Egypt in Cairo.", "CONSULT", "planned"),
    ("The foreign minister is due to visit Ankara next week.", "CONSULT", "planned"),
    ("Rebels could attack the capital within days.", "ASSAULT", "hypothetical"),
    ("Police are arresting protesters in the old city.", "COERCE", "ongoing"),
    ("Police arrested dozens of protesters in the old city.", "COERCE", "happened"),
])
def test_status(nlp, text: str, type_: str, status: str) -> None:  # type: ignore[no-untyped-def]
    event = _first(nlp, text).event
    assert (event.type, event.status) == (type_, status)


def test_threat_is_not_an_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Iran threatened to strike Israel.")
    types = [e.type for e in extract_events(doc)]
    assert types == ["THREATEN"]


@pytest.mark.parametrize(("text", "type_", "mode"), [
    ("Qatar's emir telephoned the Egyptian president on Monday.", "CONSULT", "phone"),
    ("Israeli jets carried out airstrikes on Rafah overnight.", "ASSAULT", "airstrike"),
    ("The European Union imposed sanctions on Russian banks.", "SANCTION", None),
    ("Thousands of students demonstrated in Tehran against the government.", "PROTEST", "demo"),
    ("The government declared a curfew in the northern city.", "COERCE", "curfew"),
    ("The rebels released twelve hostages on Friday.", "RETREAT", "release"),
    ("Japan will provide food aid to the refugees.", "AGREE", None),
    ("Hamas rejected the Egyptian proposal.", "REJECT", None),
    ("The minister accused Turkey of shelling Kurdish villages.", "ACCUSE", "allege"),
    ("The president urged both sides to return to the negotiating table.", "REQUEST", None),
    ("Syria said on Tuesday that Lebanon must return the helicopter.", "REQUEST", None),
    ("The two leaders signed a trade agreement in Beijing.", "SUPPORT", "sign"),
    ("The army began large-scale military exercises near the border.", "MOBILIZE", "troops"),
    ("The two navies held joint drills in the gulf.", "COOPERATE", "military"),
    ("Gunmen kidnapped forty villagers in the north.", "ASSAULT", "abduct"),
    ("Settlers set fire to a mosque in the village.", "COERCE", "destroy"),
    ("Rebel fighters captured the provincial capital after heavy fighting.", "ASSAULT", "heavy-weapons"),
    ("The teachers' union called off the strike on Friday.", "CONCEDE", None),
    ("The union went on strike over unpaid wages.", "PROTEST", "strike"),
    ("Students occupied the library in protest at the fee rise.", "PROTEST", "obstruct"),
])
def test_types_and_modes(nlp, text: str, type_: str, mode: str | None) -> None:  # type: ignore[no-untyped-def]
    event = _first(nlp, text).event
    assert (event.type, event.mode) == (type_, mode)


def test_sources_targets_and_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    active = _first(nlp, "Turkish troops attacked Kurdish fighters near the border.")
    passive = _first(nlp, "Two journalists were detained by Egyptian police in Cairo.")
    assert any("Turkish" in t for texts in active.source_texts for t in texts)
    assert any("Kurdish fighters" in t for texts in active.target_texts for t in texts)
    assert any("Egyptian police" in t for texts in passive.source_texts for t in texts)
    assert any("journalists" in t for texts in passive.target_texts for t in texts)
    assert passive.event.place == "Cairo"


@pytest.mark.parametrize(("text", "source", "not_target"), [
    ("Russian commanders vowed to continue the Russian offensive in the east.", "RUS", "cty:RUS"),
    ("Israeli leaders vowed to press on with the Israeli offensive.", "ISR", "cty:ISR"),
])
def test_no_country_acts_on_itself(nlp, text: str, source: str, not_target: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.published = "2024-08-18"
    doc = nlp(doc)
    countries = {a.id: a.country for a in doc._.actors}
    events = doc._.events
    assert events and any(countries.get(s) == source for e in events for s in e.sources)
    assert all(not_target not in e.targets for e in events)


def test_nominal_event_with_possessor_and_of_target(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _first(nlp, "The stakes rose after the killing of a senior commander by Israeli forces.")
    assert found.event.type == "ASSAULT"
    assert any("commander" in t for texts in found.target_texts for t in texts)
    assert any("Israeli" in t for texts in found.source_texts for t in texts)


def test_date_from_clause_else_publication(nlp) -> None:  # type: ignore[no-untyped-def]
    dated = _first(nlp, "On Sunday, the minister visited Amman.", published="2024-08-20").event
    undated = _first(nlp, "The minister visited Amman.", published="2024-08-20").event
    if nlp.has_pipe("dateline_time"):
        assert (dated.date, dated.date_anchor) == ("2024-08-18", "text")
    assert (undated.date, undated.date_anchor) == ("2024-08-20", "publication")


@pytest.mark.parametrize(("text", "type_", "date"), [
    ("Police imposed a curfew on the town over the weekend.", "COERCE", "2024-W32-WE"),  # a week value is kept
    ("The envoys ended the round, promising to meet again before the end of next week.", "AGREE", "2024-08-16"),
    ("Iran threatened to strike Israel on Thursday.", "THREATEN", "2024-08-15"),  # a past time dates the threat
])
def test_date_values_and_complements(nlp, text: str, type_: str, date: str) -> None:  # type: ignore[no-untyped-def]
    """A TIMEX3 week stays a week, not its year; the time of a promised act is not the promise's."""
    if not nlp.has_pipe("dateline_time"):
        pytest.skip("needs the time component")
    event = _first(nlp, text, published="2024-08-16").event
    assert (event.type, event.date) == (type_, date)


def test_place_is_where_it_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _first(nlp, "Negotiators from Egypt held talks in Doha.").event
    assert (event.type, event.place) == ("CONSULT", "Doha")


@pytest.mark.parametrize("text", [
    "The weather in the region was hot and dry.",
    "The spokesman declined to comment on the report.",
    "Analysts say the negotiations face serious obstacles.",
    "The visit comes amid rising tensions along the border.",
    "Fuel prices have doubled since the start of the year.",
])
def test_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract_events(nlp(text)) == []


def test_denied_report(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _first(nlp, "Jordan denied reports that it had agreed to host the talks.").event
    assert (event.type, event.status) == ("AGREE", "denied")


@pytest.mark.parametrize(("text", "type_"), [
    ("The militia said it would not accept the new conditions.", "REJECT"),
    ("The rebels announced that they will release the prisoners.", "AGREE"),
    ("The council may suspend aid deliveries if the attacks continue.", "THREATEN"),
    ("Thousands of farmers protested in the capital.", "PROTEST"),
    ("The foreign ministry protested the arrest of its diplomat.", "ACCUSE"),
])
def test_speech_acts_and_readings(nlp, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert _first(nlp, text).event.type == type_


def test_events_are_records_with_ids_and_evidence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The army shelled the town. The mayor condemned the shelling.")
    events = doc._.events if doc._.events is not None else extract_events(doc)
    assert [e.type for e in events][:2] == ["ASSAULT", "ACCUSE"]
    for e in events:
        assert len(e.id) == 16 and e.evidence[0] < e.evidence[1] <= len(doc.text)
        assert 0 < e.confidence < 1


def test_lexicon_is_valid_data() -> None:
    lex = load_lexicon()
    assert {t for t, _ in lex.verbs.values()} <= set(PLOVER_TYPES)
    with pytest.raises(ValueError, match="unknown PLOVER type"):
        parse({"verbs": {"x": ["NOPE", None]}, "phrasal": {}, "verb_object": {}, "nouns": {},
               "noun_modifiers": {}})


@pytest.mark.parametrize("text", [
    "Britain is pushing hard for the United States to back the debt relief plan.",
    "Britain pressed strongly for the United States to back the plan.",
])
def test_request_through_for_to(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """"pushed (hard) for X to do Y": a request aimed at X, its adverb between verb and particle."""
    event = _first(nlp, text).event
    assert (event.type, event.targets) == ("REQUEST", ("cty:USA",))
