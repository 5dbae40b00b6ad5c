"""Acts their clause does not assert, on sentences of our own: unconfirmed, claimed and denied acts,
failed acts and foiled resolutions, plans, and the cessation of attacks (``events/modality.py``,
``readings.cessation``, ``filters.ceased``). Each phenomenon has cases that must change and cases
that must not."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract_events


def _events(nlp, text: str) -> list[Any]:
    doc = nlp.make_doc(text)
    doc._.published = "2024-11-13"
    return extract_events(nlp(doc))


def _by_trigger(events: list[Any], word: str, type_: str | None = None) -> Any:
    hits = [e for e in events if word in e.trigger and (type_ is None or e.type == type_)]
    assert hits, f"no {type_ or 'event'} triggered by {word!r}: {[(e.type, e.trigger) for e in events]}"
    return hits[0]


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Israel did not confirm that it carried out the strike.", "strike", "hypothetical"),
    ("The Israeli military did not confirm it had carried out the strike on the convoy.", "strike", "hypothetical"),
    ("The army declined to confirm that it bombed the hospital.", "bombed", "hypothetical"),
    ("Officials could not verify that the militia shelled the village.", "shelled", "hypothetical"),
    ("Russia has not confirmed that its forces shelled the port.", "shelled", "hypothetical"),
    ("Hezbollah neither confirmed nor denied firing the rockets.", "firing", "hypothetical"),
    ("Israel did not deny carrying out the strike.", "strike", "hypothetical"),
    ("Ukraine did not claim responsibility for the drone attack on the refinery.", "attack", "hypothetical"),
    ("Moscow claimed that Ukrainian forces shelled the power station.", "shelled", "hypothetical"),
    ("Israel has not publicly acknowledged carrying out the strike.", "strike", "hypothetical"),
    ("There was no immediate confirmation that Israel carried out the strike.", "strike", "hypothetical"),
    ("The army has yet to confirm the strike on the depot.", "strike", "hypothetical"),
    ("Reuters could not independently confirm the attack.", "attack", "hypothetical"),
    ("Ukraine's military stopped short of confirming that its drones hit the refinery.", "hit", "hypothetical"),
    ("Israel is believed to have carried out the strike.", "strike", "hypothetical"),
    ("Israel is widely suspected of carrying out the strike.", "strike", "hypothetical"),
    ("Israeli jets allegedly struck a convoy near the border.", "struck", "hypothetical"),
    ("Iran said it had not carried out the attack.", "attack", "denied"),
    ("Hezbollah denied that it had fired the rockets.", "fired", "denied"),
])
def test_unasserted_acts(nlp: Any, text: str, trigger: str, status: str) -> None:
    assert _by_trigger(_events(nlp, text), trigger, "ASSAULT").status == status


@pytest.mark.parametrize(("text", "trigger"), [
    ("Israel confirmed that it carried out the strike in Beirut.", "strike"),
    ("Hamas claimed it carried out the attack on the checkpoint.", "attack"),
    ("The Houthis claimed responsibility for the attack on the tanker.", "attack"),
    ("Officials did not say who carried out the attack on the convoy.", "attack"),
    ("The military did not comment, but residents said jets struck the town.", "struck"),
    ("The army said its forces had hit a weapons depot.", "hit"),
    ("There was no word on who carried out the attack on the convoy.", "attack"),
    ("Israel refused to comment on the strike in Damascus.", "strike"),
    ("Casualties were reported after the shelling of the town.", "shelling"),
    ("Israeli jets struck a convoy near the border, the army said.", "struck"),
])
def test_vouched_acts_happened(nlp: Any, text: str, trigger: str) -> None:
    assert _by_trigger(_events(nlp, text), trigger, "ASSAULT").status == "happened"


def test_unconfirmed_source_is_kept_but_not_asserted(nlp: Any) -> None:
    event = _by_trigger(_events(nlp, "Israel did not confirm that it carried out the strike."), "strike", "ASSAULT")
    assert event.sources == ("cty:ISR",) and event.status != "happened"


@pytest.mark.parametrize(("text", "trigger", "type_", "status"), [
    ("The Security Council failed to adopt a resolution demanding a ceasefire in Gaza.", "demanding", "REQUEST",
     "negated"),
    ("A resolution demanding a ceasefire was vetoed by Russia.", "demanding", "REQUEST", "negated"),
    ("The resolution, which demanded an immediate ceasefire, was vetoed by the United States.", "demanded",
     "REQUEST", "negated"),
    ("The council failed to pass a motion calling for sanctions on Iran.", "calling", "REQUEST", "negated"),
    ("Lawmakers failed to approve aid to Ukraine.", "aid", "AID", "negated"),
    ("The two sides were unable to reach an agreement on the border.", "agreement", "AGREE", "negated"),
    ("The government scrapped plans to impose a curfew in the capital.", "curfew", "COERCE", "negated"),
    ("The United States circulated a draft resolution demanding a ceasefire in Gaza.", "demanding", "REQUEST",
     "hypothetical"),
])
def test_failed_and_foiled(nlp: Any, text: str, trigger: str, type_: str, status: str) -> None:
    assert _by_trigger(_events(nlp, text), trigger, type_).status == status


@pytest.mark.parametrize("text", [
    "Russia vetoed a resolution demanding a ceasefire in Gaza.",
    "The Security Council failed to adopt a resolution demanding a ceasefire in Gaza.",
    "The council rejected a draft resolution calling for a truce.",
])
def test_no_demand_of_a_foiled_resolution(nlp: Any, text: str) -> None:
    events = _events(nlp, text)
    assert not [e for e in events if e.type == "REQUEST" and e.status == "happened"], events


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("The Security Council adopted a resolution demanding a ceasefire in Gaza.", "demanding", "REQUEST"),
    ("The General Assembly passed a resolution calling for a humanitarian truce.", "calling", "REQUEST"),
    ("The talks in Doha failed to produce a breakthrough.", "talks", "CONSULT"),
])
def test_adopted_and_held_happened(nlp: Any, text: str, trigger: str, type_: str) -> None:
    assert _by_trigger(_events(nlp, text), trigger, type_).status == "happened"


@pytest.mark.parametrize(("text", "trigger", "type_", "status"), [
    ("The minister is planning a visit to Cairo.", "visit", "CONSULT", "planned"),
    ("Blinken plans a trip to the Middle East next week.", "trip", "CONSULT", "planned"),
    ("Iran is planning a retaliatory strike against Israel.", "strike", "ASSAULT", "planned"),
    ("The army is preparing an offensive on Rafah.", "offensive", "ASSAULT", "planned"),
    ("Israel announced plans for a ground offensive in Rafah.", "offensive", "ASSAULT", "planned"),
    ("Israel is preparing for a ground offensive in Rafah.", "offensive", "ASSAULT", "planned"),
    ("Plans for a summit in Cairo were announced on Monday.", "summit", "CONSULT", "planned"),
    ("Egypt intends to host talks between the two sides.", "host", "CONSULT", "planned"),
    ("Israel is considering a ground offensive in Lebanon.", "offensive", "ASSAULT", "hypothetical"),
    ("Egypt is not planning a visit to Israel.", "visit", "CONSULT", "negated"),
])
def test_plans(nlp: Any, text: str, trigger: str, type_: str, status: str) -> None:
    assert _by_trigger(_events(nlp, text), trigger, type_).status == status


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("The president made a visit to Cairo on Monday.", "visit", "CONSULT"),
    ("Hamas planned the attack for two years.", "attack", "ASSAULT"),
    ("The army launched an offensive on Rafah.", "offensive", "ASSAULT"),
])
def test_acts_carried_out_happened(nlp: Any, text: str, trigger: str, type_: str) -> None:
    assert _by_trigger(_events(nlp, text), trigger, type_).status == "happened"


def test_preparing_an_attack_mobilizes(nlp: Any) -> None:
    assert "MOBILIZE" in {e.type for e in _events(nlp, "The army is preparing an offensive on Rafah.")}


@pytest.mark.parametrize(("text", "trigger", "mode"), [
    ("Russia stopped shelling the city on Sunday.", "shelling", "ceasefire"),
    ("The rebels halted attacks on shipping in the Red Sea.", "attacks", "ceasefire"),
    ("Israel suspended airstrikes on Gaza for the day.", "airstrikes", "ceasefire"),
    ("Houthi forces ceased attacks on commercial vessels.", "attacks", "ceasefire"),
    ("The army ended its offensive in the north.", "offensive", "ceasefire"),
    ("The navy stopped firing on the boats after the warning.", "firing", "ceasefire"),
    ("Israel paused its strikes on Gaza for four hours.", "strikes", "ceasefire"),
    ("Russia called off its offensive on the city.", "offensive", "ceasefire"),
    ("Hamas stopped firing rockets at Israel.", "firing", "ceasefire"),
    ("The government halted the crackdown on protesters.", "crackdown", "ease"),
])
def test_cessation_is_no_assault(nlp: Any, text: str, trigger: str, mode: str) -> None:
    events = _events(nlp, text)
    event = _by_trigger(events, trigger, "RETREAT")
    assert (event.mode, event.status) == (mode, "happened")
    assert not [e for e in events if e.type in ("ASSAULT", "COERCE")], events


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Russia resumed shelling the city on Sunday.", "shelling", "happened"),
    ("Russia continued shelling the city.", "shelling", "ongoing"),
    ("Russia would not stop shelling the city.", "shelling", "ongoing"),
])
def test_attacks_that_go_on(nlp: Any, text: str, trigger: str, status: str) -> None:
    events = _events(nlp, text)
    assert _by_trigger(events, trigger, "ASSAULT").status == status
    assert "RETREAT" not in {e.type for e in events}


@pytest.mark.parametrize(("text", "type_", "not_type"), [
    ("Workers ended their strike at the port.", "CONCEDE", "RETREAT"),
    ("Police stopped the march outside parliament.", None, "CONCEDE"),
    ("Japan halted aid to the junta.", "SANCTION", "RETREAT"),
])
def test_stopping_other_acts(nlp: Any, text: str, type_: str | None, not_type: str) -> None:
    types = {e.type for e in _events(nlp, text)}
    assert not_type not in types and (type_ is None or type_ in types)


@pytest.mark.parametrize(("text", "absent"), [
    ("The EU called for sanctions on Iran.", "SANCTION"),
    ("Egypt called for talks between the two sides.", "CONSULT"),
    ("The council failed to pass a motion calling for sanctions on Iran.", "SANCTION"),
])
def test_what_a_request_asks_for_is_no_event(nlp: Any, text: str, absent: str) -> None:
    events = _events(nlp, text)
    assert "REQUEST" in {e.type for e in events} and absent not in {e.type for e in events}, events


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("The UN denied responsibility for the attack on the convoy.", "attack", "ASSAULT"),
    ("The U.S. plan calls for the withdrawal of Israeli forces from southern Lebanon.", "withdrawal", "RETREAT"),
    ("Hamas condemned the attack on the hospital.", "attack", "ASSAULT"),
    ("Despite two days of talks in Cairo, the sides reached no deal.", "talks", "CONSULT"),
])
def test_nouns_beside_a_request_stay(nlp: Any, text: str, trigger: str, type_: str) -> None:
    assert _by_trigger(_events(nlp, text), trigger, type_)


@pytest.mark.parametrize(("text", "trigger", "targets", "place"), [
    ("Hamas stopped firing rockets at Israel.", "stopped", ("cty:ISR",), "Israel"),
    ("Russia stopped shelling Kharkiv on Sunday.", "stopped", (), "Kharkiv"),
    ("Russia stopped shelling the port on Sunday.", "stopped", (), None),
    ("The Houthis halted attacks on ships in the Red Sea on Friday.", "halted", (), "Red Sea"),
    ("Israel stopped its strikes on Gaza on Tuesday.", "stopped", (), "Gaza"),
    ("Israel suspended airstrikes on Gaza for four hours.", "suspended", (), "Gaza"),
])
def test_cessation_keeps_the_stopped_act_target_and_place(nlp: Any, text: str, trigger: str,
                                                          targets: tuple[str, ...], place: str | None) -> None:
    event = _by_trigger(_events(nlp, text), trigger, "RETREAT")
    assert tuple(a for a in event.targets if a) == targets
    assert (event.place or "").startswith(place or "") and (event.place is None) == (place is None)


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Ukraine stopped a Russian offensive near Kupiansk.", "offensive", "cty:RUS"),
    ("Ukraine stopped a Russian attack on Kupiansk on Tuesday.", "attack", "cty:RUS"),
    ("Police stopped an attack on a synagogue in Berlin.", "attack", None),
    ("The army said it had stopped an attack on the base.", "attack", None),
    ("The rebels said they had stopped an attack by government forces.", "attack", None),
    ("The government failed to stop the attack on the embassy.", "attack", None),
    ("Israeli air defences halted a drone attack from Lebanon.", "attack", None),
])
def test_stopping_another_sides_attack_is_no_ceasefire(nlp: Any, text: str, trigger: str,
                                                       source: str | None) -> None:
    events = _events(nlp, text)
    assert "RETREAT" not in {e.type for e in events}, events
    attack = _by_trigger(events, trigger, "ASSAULT")
    assert attack.status == "happened" and (source is None or attack.sources == (source,))


@pytest.mark.parametrize("text", [
    "Hamas stopped its attacks on Israel.",
    "Israel halted its offensive in Rafah.",
    "Russia halted the offensive on Kharkiv.",
    "The Houthis halted attacks on ships in the Red Sea.",
    "Police ended the siege of the school after six hours.",  # an eased siege, not a foiled attack
])
def test_stopping_ones_own_attacks_stays_a_ceasefire(nlp: Any, text: str) -> None:
    events = _events(nlp, text)
    assert "RETREAT" in {e.type for e in events} and "ASSAULT" not in {e.type for e in events}, events


@pytest.mark.parametrize(("text", "trigger", "type_", "status"), [
    ("At least 12 people were reported killed in the strike on Khan Younis.", "killed", "ASSAULT", "happened"),
    ("At least 12 people were reported killed in the strike on Khan Younis.", "strike", "ASSAULT", "happened"),
    ("Three people were reported killed in Israeli strikes on Rafah on Tuesday.", "strikes", "ASSAULT", "happened"),
    ("Two soldiers were killed and five were reported wounded in the attack.", "attack", "ASSAULT", "happened"),
    ("Two soldiers were killed and five were reported wounded in the attack.", "wounded", "ASSAULT", "happened"),
    ("Dozens of people are believed to have been killed in the bombing.", "bombing", "ASSAULT", "happened"),
    ("Dozens of people are believed to have died in the bombing.", "bombing", "ASSAULT", "happened"),
    ("Several people were said to have been injured in the blast.", "blast", "ASSAULT", "happened"),
    ("The strike is understood to have targeted a Hezbollah commander.", "targeted", "ASSAULT", "happened"),
    ("Israel failed to prevent the October 7 attack by Hamas.", "attack", "ASSAULT", "happened"),
    ("The army failed to repel the attack on the base.", "attack", "ASSAULT", "happened"),
    ("Negotiators failed to reach a deal during talks in Doha on Monday.", "talks", "CONSULT", "happened"),
    ("Negotiators failed to agree on a ceasefire after talks in Cairo.", "talks", "CONSULT", "happened"),
    # the act directly under the hedge or failure keeps it
    ("Israel is reported to have carried out the strike on the convoy.", "strike", "ASSAULT", "hypothetical"),
    ("Hamas is believed to have attacked the checkpoint.", "attacked", "ASSAULT", "hypothetical"),
    ("The United States did not confirm reports that Israel had struck Iran.", "struck", "ASSAULT", "hypothetical"),
    ("The two sides failed to hold talks in Cairo.", "talks", "CONSULT", "negated"),
    ("The army failed to capture the town.", "capture", "ASSAULT", "negated"),
])
def test_hedge_and_failure_reach_only_their_own_act(nlp: Any, text: str, trigger: str, type_: str,
                                                   status: str) -> None:
    assert _by_trigger(_events(nlp, text), trigger, type_).status == status


@pytest.mark.parametrize(("text", "trigger", "type_", "status"), [
    ("The army said it had not yet withdrawn from the town.", "withdrawn", "RETREAT", "negated"),
    ("The UN said it could not deliver aid to northern Gaza.", "aid", "AID", "negated"),
    ("Hamas said it had not received a new proposal.", "received", None, "negated"),
    ("Russia said its forces had not shelled the city.", "shelled", "ASSAULT", "denied"),
    # an own hostile act the speaker negates stays a denial
    ("Iran said it had not carried out the attack.", "attack", "ASSAULT", "denied"),
    ("Hezbollah said it did not fire the rockets.", "fire", "ASSAULT", "denied"),
])
def test_denial_is_of_an_own_hostile_act(nlp: Any, text: str, trigger: str, type_: str | None,
                                         status: str) -> None:
    assert _by_trigger(_events(nlp, text), trigger, type_).status == status


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("The Islamic State group claimed that one of its fighters carried out the bombing.", "bombing", "happened"),
    ("Russia claimed that Russian troops had captured the village of Krasnohorivka.", "captured", "happened"),
    ("Russia claimed that its troops had captured the village.", "captured", "happened"),
    ("Moscow claimed that Ukrainian forces shelled the power station.", "shelled", "hypothetical"),
    ("Russia claimed that Ukrainian troops had captured the village.", "captured", "hypothetical"),
])
def test_claim_of_ones_own_members_act(nlp: Any, text: str, trigger: str, status: str) -> None:
    assert _by_trigger(_events(nlp, text), trigger, "ASSAULT").status == status


@pytest.mark.parametrize(("text", "absent", "negated"), [
    ("Rescuers called off the search operation after three days.", "RETREAT", None),
    ("Police called off the operation to evict the protesters.", "RETREAT", "evict"),
])
def test_calling_off_an_operation_is_no_ceasefire(nlp: Any, text: str, absent: str, negated: str | None) -> None:
    events = _events(nlp, text)
    assert absent not in {e.type for e in events}, events
    if negated:
        assert _by_trigger(events, negated).status == "negated"


@pytest.mark.parametrize(("text", "trigger", "status", "date"), [
    ("Qatar arranged talks between Hamas and Israel last month.", "talks", "happened", None),
    ("Egypt arranged a prisoner swap between the two sides.", "swap", "happened", None),
    ("Hamas planned an attack on the kibbutz for months.", "attack", "happened", None),
    ("The offensive was planned for months.", "offensive", "happened", None),
    ("Israel scheduled talks with Egypt for Thursday.", "talks", "planned", "2024-11-14"),
    ("Israeli troops were preparing to withdraw from Khan Younis on Sunday.", "withdraw", "planned", "2024-11-10"),
    # plans still to come stay planned
    ("Israel is planning an offensive in Rafah.", "offensive", "planned", None),
    ("Hamas planned an attack on the kibbutz.", "attack", "planned", None),
    ("Egypt is preparing talks for next week.", "talks", "planned", None),
])
def test_past_planning_and_plans_to_come(nlp: Any, text: str, trigger: str, status: str, date: str | None) -> None:
    event = _by_trigger(_events(nlp, text), trigger)
    assert event.status == status and (date is None or event.date == date)


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("The agreement, which calls for the release of hostages, does not cover soldiers.", "calls", "hypothetical"),
    ("Plans to evacuate Rafah did not include shelters for civilians.", "evacuate", "planned"),
    ("The council did not adopt the resolution demanding a ceasefire.", "demanding", "negated"),
    ("The council did not pass a motion calling for sanctions on Iran.", "calling", "negated"),
])
def test_only_a_foiled_carrier_negates_its_content(nlp: Any, text: str, trigger: str, status: str) -> None:
    assert _by_trigger(_events(nlp, text), trigger).status == status
