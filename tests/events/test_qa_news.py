"""Adversarial QA on ordinary conflict news (sentences of our own): a strike's participles share its
day and place, the roles of a withdrawal, clauses that are not (yet) real, a charge someone denied,
a plan's terms, called-off meetings and strikes, aid convoys arriving."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract, extract_events


def _events(nlp: Any, text: str, published: str | None = None) -> list[Any]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return extract_events(nlp(doc))


def _by_trigger(events: list[Any], word: str) -> Any:
    hits = [e for e in events if word in e.trigger]
    assert hits, f"no event triggered by {word!r}: {[e.trigger for e in events]}"
    return hits[0]


@pytest.mark.parametrize(("text", "trigger", "date", "place"), [
    ("Russian missiles struck a residential block in Kharkiv on Tuesday, killing four people and wounding 19.",
     "killing", "2024-11-12", "Kharkiv"),
    ("Russian missiles struck a residential block in Kharkiv on Tuesday, killing four people and wounding 19.",
     "wounding", "2024-11-12", "Kharkiv"),
    ("Rebels shelled a market in Goma on Sunday, wounding dozens of traders.", "wounding", "2024-11-10", "Goma"),
    ("Negotiators will meet in Cairo next week to discuss the proposal.", "discuss", "2024-W47", "Cairo"),
])
def test_attendant_clause_shares_date_and_place(nlp, text: str, trigger: str, date: str, place: str) -> None:  # type: ignore[no-untyped-def]
    event = _by_trigger(_events(nlp, text, "2024-11-13"), trigger)
    assert (event.date, event.date_anchor) == (date, "text")
    assert event.place is not None and place in event.place


@pytest.mark.parametrize(("text", "trigger"), [
    ("Troops shelled the village on Monday after fighters killing a soldier were seen there.", "killing"),
    ("When the talks collapsed on Monday, the rebels, fearing reprisals, fled the town.", "fled"),
])
def test_clause_with_its_own_frame_keeps_own_date(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text, "2024-11-13")
    hits = [e for e in events if trigger in e.trigger]
    assert all(e.date_anchor != "text" for e in hits)


@pytest.mark.parametrize(("text", "sources", "targets"), [
    ("The U.S. plan calls for the withdrawal of Israeli forces from southern Lebanon.", {"org:idf"}, {"cty:LBN"}),
    ("Washington welcomed the withdrawal of Russian troops from Kherson.", {"org:russian-armed-forces"}, set()),
])
def test_withdrawal_noun_roles(nlp, text: str, sources: set[str], targets: set[str]) -> None:  # type: ignore[no-untyped-def]
    event = _by_trigger(_events(nlp, text), "withdrawal")
    assert event.type == "RETREAT"
    assert sources <= set(event.sources)
    assert targets <= set(event.targets)
    assert not set(event.sources) & targets


@pytest.mark.parametrize(("text", "trigger", "sources", "targets"), [
    ("Rights groups condemned the killing of Palestinian prisoners by the guards.", "killing", set(), {"grp:pse-prisoners"}),
    ("Protesters denounced the arrest of Russian journalists in Minsk.", "arrest", set(), {"grp:rus-journalists"}),
])
def test_of_stays_target_for_other_nouns(nlp, text: str, trigger: str, sources: set[str], targets: set[str]) -> None:  # type: ignore[no-untyped-def]
    event = _by_trigger(_events(nlp, text), trigger)
    assert targets <= set(event.targets) and not targets & set(event.sources)


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Netanyahu said Israel would not stop fighting until Hamas was destroyed.", "destroyed", "hypothetical"),
    ("Netanyahu said Israel would not stop fighting until Hamas was destroyed.", "fighting", "ongoing"),
    ("The army will keep shelling the town until the rebels surrender.", "surrender", "hypothetical"),
    ("The proposal would see Hamas release hostages in exchange for prisoners held by Israel, "
     "a phased withdrawal of Israeli troops and more aid.", "withdrawal", "hypothetical"),
    ("The United Nations accused Israel of blocking aid deliveries, a charge Israel denied.", "accused", "happened"),
    ("Israel denied that it had blocked aid deliveries.", "blocked", "denied"),
    ("The rebels fought until they were killed.", "killed", "happened"),
    ("The envoy left Cairo before the treaty is signed.", "signed", "planned"),
    ("Blinken met Netanyahu before the talks resumed in Doha.", "talks", "happened"),
    ("The army stopped shelling the town.", "shelling", "happened"),
])
def test_status(nlp, text: str, trigger: str, status: str) -> None:  # type: ignore[no-untyped-def]
    assert _by_trigger(_events(nlp, text), trigger).status == status


def test_charge_rejected_keeps_the_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    found = extract(nlp("The ministry accused Kyiv of shelling the plant, an allegation Ukraine rejected."))
    assert {"ACCUSE", "REJECT"} <= {f.event.type for f in found}


@pytest.mark.parametrize(("text", "absent"), [
    ("The U.S. plan calls for a 60-day truce.", "REQUEST"),
    ("The draft deal requires Hamas to free all hostages.", "REQUEST"),
])
def test_plan_terms_are_no_request(nlp, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    assert absent not in {e.type for e in _events(nlp, text)}


@pytest.mark.parametrize("text", [
    "The Security Council resolution calls for an immediate ceasefire.",
    "The opposition leader calls for new elections.",
])
def test_other_calls_stay_requests(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" in {e.type for e in _events(nlp, text)}


@pytest.mark.parametrize(("text", "type_", "not_type"), [
    ("A planned meeting between the defence ministers was called off in March.", "SANCTION", "CONCEDE"),
    ("Beijing called off the summit with Manila.", "SANCTION", "CONCEDE"),
    ("The unions called off the strike.", "CONCEDE", "ASSAULT"),
    ("Teachers called off their march on Friday.", "CONCEDE", "PROTEST"),
    ("A convoy of 13 trucks carrying food and medicine reached northern Gaza on Wednesday.", "AID", "CONSULT"),
    ("The aid convoy arrived in Rafah on Monday.", "AID", "CONSULT"),
])
def test_readings(nlp, text: str, type_: str, not_type: str) -> None:  # type: ignore[no-untyped-def]
    types = {e.type for e in _events(nlp, text)}
    assert type_ in types and not_type not in types, types


@pytest.mark.parametrize("text", [
    "The foreign minister arrived in Cairo for talks.",
    "Troops reached the outskirts of the city.",
])
def test_arrivals_that_are_not_aid(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "AID" not in {e.type for e in _events(nlp, text)}


@pytest.mark.parametrize(("text", "trigger", "targets", "absent"), [
    ("The two leaders discussed Taiwan, trade and artificial intelligence.", "discussed", set(), {"cty:TWN"}),
    ("Blinken discussed the ceasefire with Egypt on Monday.", "discussed", {"cty:EGY"}, set()),
    ("Hochstein met Berri to discuss a ceasefire between Israel and Hezbollah.", "discuss",
     {"cty:ISR", "org:hezbollah"}, set()),
])
def test_discussed_topic_is_no_target(nlp, text: str, trigger: str, targets: set[str], absent: set[str]) -> None:  # type: ignore[no-untyped-def]
    event = _by_trigger(_events(nlp, text), trigger)
    assert targets <= set(event.targets) and not absent & set(event.targets)


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("Blinken is expected to visit Beijing later this month.", "visit", "Beijing"),
    ("Israeli jets struck Beirut's southern suburbs on Monday, killing at least five people.", "struck", "Beirut"),
    ("Israeli jets struck Beirut's southern suburbs on Monday, killing at least five people.", "killing", "Beirut"),
    ("Rebels shelled the town of Bunia overnight.", "shelled", "Bunia"),
])
def test_object_place(nlp, text: str, trigger: str, place: str) -> None:  # type: ignore[no-untyped-def]
    event = _by_trigger(_events(nlp, text), trigger)
    assert event.place is not None and place in event.place


@pytest.mark.parametrize(("text", "trigger"), [
    ("Israeli jets struck Hezbollah positions on Monday.", "struck"),
    ("The minister welcomed the envoy.", "welcomed"),
])
def test_no_object_place_without_toponym(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in _events(nlp, text) if trigger in e.trigger]
    assert all(e.place is None for e in events)


@pytest.mark.parametrize(("text", "trigger", "status", "date", "place"), [
    ("The talks are expected to resume in Doha on Thursday.", "talks", "planned", "2024-11-14", "Doha"),
    ("The negotiations are set to begin in Geneva next week.", "negotiations", "planned", "2024-W47", "Geneva"),
    ("Talks resumed in Cairo on Monday.", "Talks", "happened", "2024-11-11", "Cairo"),
    ("Fighting erupted in Khartoum on Saturday.", "Fighting", "happened", "2024-11-09", "Khartoum"),
])
def test_scheduled_and_aspect_talks(nlp, text: str, trigger: str, status: str, date: str, place: str) -> None:  # type: ignore[no-untyped-def]
    event = _by_trigger(_events(nlp, text, "2024-11-13"), trigger)
    assert (event.status, event.date, event.date_anchor) == (status, date, "text")
    assert event.place is not None and place in event.place


def test_expected_to_be_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _events(nlp, "The talks were expected to be difficult.", "2024-11-13")


@pytest.mark.parametrize(("text", "place"), [
    ("Three soldiers were killed by a roadside bomb in Kandahar province on Friday.", "Kandah"),
    ("A Ukrainian drone attack set fire to an oil depot in Russia's Bryansk region.", "ansk"),  # Bryansk, or Brjansk as GeoNames spells it
    ("Police detained the opposition leader at his home in Istanbul on Wednesday.", "Istanbul"),
])
def test_place_of_a_site(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(nlp, text)
    assert event.place is not None and place in event.place


@pytest.mark.parametrize("text", [
    "Israel sent a letter to the mayor of Haifa.",
    "The minister spoke to reporters at a news conference.",
])
def test_no_place_from_a_recipient(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(e.place is None for e in _events(nlp, text))


@pytest.mark.parametrize(("text", "type_", "mode"), [
    ("Egypt and Qatar are expected to present a new proposal next week.", "AGREE", "propose"),
    ("France tabled a draft at the Security Council.", "AGREE", "propose"),
    ("The mediators unveiled a three-phase plan on Friday.", "AGREE", "propose"),
])
def test_presenting_a_plan_is_a_proposal(nlp, text: str, type_: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    assert (type_, mode) in {(e.type, e.mode) for e in _events(nlp, text)}


@pytest.mark.parametrize("text", [
    "The minister presented an award to the veterans.",
    "The company unveiled a new phone.",
])
def test_presenting_other_things_is_no_proposal(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in {e.type for e in _events(nlp, text)}


@pytest.mark.parametrize(("text", "type_", "not_type"), [
    ("Hundreds of protesters were arrested at Columbia University last month.", "COERCE", "PROTEST"),
    ("Protesters were beaten by police in Tbilisi.", "ASSAULT", "PROTEST"),
    ("Protesters occupied the ministry.", "PROTEST", "COERCE"),
    ("Maduro said the opposition was planning a coup.", "ACCUSE", "CONSULT"),
    ("The minister said the rebels had orchestrated the bombing.", "ACCUSE", "REQUEST"),
    ("Ukraine and Russia swapped 95 prisoners of war each on Friday.", "RETREAT", "COOPERATE"),
])
def test_round_three_readings(nlp, text: str, type_: str, not_type: str) -> None:  # type: ignore[no-untyped-def]
    types = {e.type for e in _events(nlp, text)}
    assert type_ in types and not_type not in types, types


@pytest.mark.parametrize("text", [
    "The minister said the army was planning a visit.",
    "The president said the rebels were planning to attend the talks.",
])
def test_plans_that_are_no_plot(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in {e.type for e in _events(nlp, text)}


@pytest.mark.parametrize(("text", "trigger", "sources", "status"), [
    ("Houthi rebels claimed responsibility for an attack on a ship on Sunday.", "attack", ("org:houthis",), "happened"),
    ("Islamic State claimed responsibility for the bombing in Kabul.", "bombing", ("org:islamic-state",), "happened"),
    ("The UN denied responsibility for the attack.", "attack", ("igo:un",), "denied"),
    ("Hamas condemned the attack on the mosque.", "attack", (), "happened"),
])
def test_responsibility_for_an_attack(nlp, text: str, trigger: str, sources: tuple[str, ...], status: str) -> None:  # type: ignore[no-untyped-def]
    event = _by_trigger(_events(nlp, text), trigger)
    assert (event.sources, event.status) == (sources, status)


def test_past_participle_shares_the_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ukraine and Russia swapped 95 prisoners of war each on Friday, mediated by the United Arab Emirates."
    event = _by_trigger(_events(nlp, text, "2024-11-13"), "mediated")
    assert (event.date, event.date_anchor) == ("2024-11-08", "text")


@pytest.mark.parametrize(("text", "trigger", "type_", "sources", "status"), [
    ("Hezbollah said it was not behind the rocket attack on the town.", "attack", "ASSAULT", ("org:hezbollah",), "denied"),
    ("Hezbollah said it was not behind the rocket attack on the town.", "said", "REJECT", ("org:hezbollah",), "happened"),
    ("Iran said it was not responsible for the blast.", "blast", "ASSAULT", ("cty:IRN",), "denied"),
    ("The UN said Russia was responsible for the strike on the hospital.", "strike", "ASSAULT", ("cty:RUS",), "happened"),
    ("The UN said Russia was responsible for the strike on the hospital.", "said", "ACCUSE", ("igo:un",), "happened"),
    ("The army said the blast was not an attack.", "attack", "ASSAULT", (), "negated"),
])
def test_culprits_and_denials(nlp, text: str, trigger: str, type_: str, sources: tuple[str, ...], status: str) -> None:  # type: ignore[no-untyped-def]
    event = _by_trigger(_events(nlp, text), trigger)
    assert (event.type, event.sources, event.status) == (type_, sources, status)


@pytest.mark.parametrize("text", [
    "The minister said the army was not ready.",
    "Iran said it was not behind schedule.",
])
def test_no_denial_without_a_charge(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" not in {e.type for e in _events(nlp, text)}


def test_by_agent_noun_shares_the_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A Palestinian journalist was killed by an Israeli air strike in Khan Younis on Saturday."
    event = _by_trigger(_events(nlp, text, "2024-11-13"), "air strike")
    assert (event.date, event.date_anchor) == ("2024-11-09", "text")


def test_other_pobj_nouns_keep_their_own_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "On Saturday, the minister spoke about the attack of last month."
    events = [e for e in _events(nlp, text, "2024-11-13") if "attack" in e.trigger]
    assert all(e.date != "2024-11-09" for e in events)


@pytest.mark.parametrize(("text", "trigger", "sources", "targets", "absent"), [
    ("Washington imposed sanctions on four Israeli settlers for attacks on Palestinians.", "sanctions",
     (), ("grp:isr-settlers",), "grp:palestinians"),
    ("Britain criticized Russia for its attacks on Ukraine.", "attacks", ("cty:RUS",), ("cty:UKR",), "cty:GBR"),
    ("Israel thanked Egypt for its mediation.", "mediation", ("cty:EGY",), (), "cty:ISR"),
])
def test_reasons_are_no_targets(nlp, text: str, trigger: str, sources: tuple[str, ...], targets: tuple[str, ...],  # type: ignore[no-untyped-def]
                                absent: str) -> None:
    event = _by_trigger(_events(nlp, text), trigger)
    assert set(sources) <= set(event.sources) and set(targets) <= set(event.targets)
    assert absent not in event.sources + event.targets


def test_compound_toponym_before_a_site(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _by_trigger(_events(nlp, "Israeli troops raided the Jenin refugee camp overnight, arresting 15 people."),
                        "arresting")
    assert event.place in ("Jenin", "Jan\u012bn")  # the gazetteer's spelling (places 2b307fb: "Janīn")
