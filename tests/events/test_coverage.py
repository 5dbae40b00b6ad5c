"""Coverage of the PLOVER categories as the CAMEO -> PLOVER table lists them (sentences of our own
writing): verbs and nouns per type, gatherings, verdicts, access granted, expulsions, violent
protest, and lists of actors that the parser splits."""

from __future__ import annotations

import pytest

from dateline.events import extract


def _first(nlp, text: str):  # type: ignore[no-untyped-def]
    found = extract(nlp(text))
    assert found, f"no event in {text!r}"
    return found[0].event


@pytest.mark.parametrize(("text", "type_"), [
    ("Police apprehended the two suspects at the airport.", "COERCE"),
    ("The donors withheld aid until the election was rerun.", "SANCTION"),
    ("The army amassed troops along the frontier.", "MOBILIZE"),
    ("The regime relaxed restrictions on foreign travel.", "CONCEDE"),
    ("The kingdom ceded the islands to its neighbour.", "RETREAT"),
    ("The minister chided the allies for their silence.", "ACCUSE"),
    ("The delegates shunned the conference organised by the junta.", "REJECT"),
    ("Gunmen slew four villagers in the night.", "ASSAULT"),
    ("The court found the former governor guilty of fraud.", "ACCUSE"),
    ("The guerrillas handed in their weapons to the monitors.", "RETREAT"),
    ("The charity distributed blankets to the displaced families.", "AID"),
    ("The two navies conducted joint patrols in the gulf.", "COOPERATE"),
    ("The ministry added six firms to its trade blacklist.", "SANCTION"),
    ("The envoy shuttled between the two capitals all week.", "CONSULT"),
    ("The league rallied support behind the bid.", "SUPPORT"),
    ("The militia used villagers as human shields.", "ASSAULT"),
    ("Troops drove hundreds of families from their homes.", "ASSAULT"),
    ("The agency sent a team of rescuers to the flooded valley.", "AID"),
    ("The council expressed its intention to broaden trade ties.", "AGREE"),
    ("Washington announced it would prohibit all aid to the militia.", "SANCTION"),
    ("The senator came to the defence of the embattled minister.", "SUPPORT"),
    ("The two states launched a joint project to clear mines along the border.", "COOPERATE"),
    ("Foreign agents are helping local police investigate the shooting.", "COOPERATE"),
    ("Rescue teams from abroad helped search for survivors.", "AID"),
    ("The border guards handed over the suspected smuggler to Polish authorities.", "COOPERATE"),
    ("Police stepped up security at railway stations.", "MOBILIZE"),
    ("The army raised its alert level after the launch.", "MOBILIZE"),
    ("Pakistan put its air force on high alert.", "MOBILIZE"),
    ("Fighting erupted between rival militias in the capital.", "ASSAULT"),
    ("Hundreds of fighters left the town under the evacuation deal.", "RETREAT"),
    ("The last foreign troops departed from the air base on Friday.", "RETREAT"),
    ("Artillery fire hit residential districts of the city.", "ASSAULT"),
    ("The inquiry found that police had beaten detainees in custody.", "ACCUSE"),
    ("Troops were holding thousands of villagers as human shields.", "COERCE"),
    ("The envoy offered concessions on the missile question.", "AGREE"),  # an offer is intent (CAMEO 03)
    ("The king offered his condolences to the families.", "SUPPORT"),
    ("The army prepared to resume shelling the rebel-held villages.", "MOBILIZE"),
    ("Taiwan scrambled fighter jets after the bombers crossed the line.", "MOBILIZE"),  # verb parsed as adjective
    ("Russian troops left Kherson on Friday.", "RETREAT"),
    ("The rebels left the talks on Friday.", "SANCTION"),  # quitting talks, not a withdrawal
    ("The minister offered her resignation on Monday.", "RETREAT"),
    ("The opposition attacked the government's handling of the crisis.", "ACCUSE"),
    ("The kingdom reduced its diplomatic representation in the capital.", "SANCTION"),
    ("The rebels pulled out of the peace talks on Friday.", "SANCTION"),
    ("The dockers' strike paralysed the port for a week.", "PROTEST"),
    ("Soldiers set up roadblocks around the town.", "COERCE"),
    ("Aircraft dropped bombs on the villages at dawn.", "ASSAULT"),
    ("The union dropped its demand for a shorter week.", "CONCEDE"),
    ("The army used tanks to crush the revolt.", "ASSAULT"),
    ("A general strike brought the capital to a halt on Monday.", "PROTEST"),
    ("The detainee died as a result of torture in custody.", "ASSAULT"),
])
def test_category_vocabulary(nlp, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert _first(nlp, text).type == type_


@pytest.mark.parametrize(("text", "type_"), [
    ("Hundreds of demonstrators gathered outside the ministry.", "PROTEST"),
    ("Foreign ministers of the region gathered in Muscat for an emergency session.", "CONSULT"),
])
def test_gatherings(nlp, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert _first(nlp, text).type == type_


def test_gathering_evidence_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    assert extract(nlp("The inspectors gathered evidence for a week.")) == []


@pytest.mark.parametrize(("text", "mode"), [
    ("The authorities allowed the aid trucks to enter the town.", "access"),
    ("The government permitted the deployment of observers in the north.", "access"),
])
def test_letting_in_aid_or_monitors_is_retreat(nlp, text: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    ev = _first(nlp, text)
    assert (ev.type, ev.mode) == ("RETREAT", mode)


@pytest.mark.parametrize(("text", "type_"), [
    ("The government ordered the UN monitors to leave the country.", "SANCTION"),
    ("The governor ordered the squatters to leave the estate.", "COERCE"),
])
def test_ordering_out(nlp, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert _first(nlp, text).type == type_


@pytest.mark.parametrize(("text", "mode"), [
    ("Rioters torched shops in the old town.", "riot"),
    ("Supporters of the jailed mayor clashed with police downtown.", "riot"),
    ("Students occupied the library in protest at the fee rise.", "obstruct"),
])
def test_violence_by_protesters_is_protest(nlp, text: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    ev = _first(nlp, text)
    assert (ev.type, ev.mode) == ("PROTEST", mode)


def test_a_name_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    found = extract(nlp("The first Warsaw Pact minister to come since 1961 will visit Tirana in June."))
    assert [f.event.type for f in found] == ["AGREE", "CONSULT"]  # the pact is no event; the visit is promised


@pytest.mark.parametrize(("text", "types"), [
    ("The foreign minister will visit Albania in June.", ["AGREE", "CONSULT"]),  # intent to meet: CAMEO 036
    ("The foreign minister is set to meet Israeli leaders on Monday.", ["CONSULT"]),  # scheduled, not promised
    ("The board will meet on Tuesday.", ["CONSULT"]),  # no counterpart: a schedule
    ("Rebel leaders said they would meet the UN envoy if he gave them guarantees.", ["AGREE", "CONSULT"]),
    ("Rebels said they would attack the city if the army advanced.", ["THREATEN"]),
    ("The rebels said they will release the hostages.", ["AGREE", "RETREAT"]),  # one AGREE, not two
])
def test_promised_meetings_and_offers(nlp, text: str, types: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [f.event.type for f in extract(nlp(text))] == types


def test_unnamed_talks_are_held_by_the_named_mediators(nlp) -> None:  # type: ignore[no-untyped-def]
    found = extract(nlp("After three days of talks in Muscat and upbeat reports from Omani and Swiss mediators, "
                        "the rebels dismissed the optimism."))
    talks = next(f for f in found if f.event.type == "CONSULT")
    rejection = next(f for f in found if f.event.type == "REJECT")
    for f in (talks, rejection):
        named = " ".join(t for texts in (f.source_texts if f is talks else f.target_texts) for t in texts)
        assert "Omani" in named and "Swiss" in named, (f.source_texts, f.target_texts)


@pytest.mark.parametrize("text", [
    "Shares in the retailer sank 4% on Tuesday.",
    "Voters gathered at polling stations early on Sunday.",
    "The central bank relaxed its inflation target.",
    "The guitarist quit the band last year.",
    "The library shelters a collection of rare maps.",
    "She has lent her name to the campaign.",
    "Neighbours gathered to watch the fireworks.",
    "The firm settled the bill in cash.",
    "The film drew criticism for its length.",
    "Critics acclaimed the novel as a masterpiece.",
    "Oil exports rose sharply in March.",
])
def test_everyday_senses_are_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(nlp(text)) == [], [(f.event.type, f.event.trigger) for f in extract(nlp(text))]
