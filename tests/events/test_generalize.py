"""Readings added for modern news (sentences of our own): reported wrongdoing, refusals,
diplomatic sanctions done in protest, riots, export controls, military aid, evacuation orders."""

from __future__ import annotations

import pytest

from dateline.events import extract, extract_events


def _first(nlp, text: str):  # type: ignore[no-untyped-def]
    found = extract(nlp(text))
    assert found, f"no event in {text!r}"
    return found[0]


@pytest.mark.parametrize(("text", "type_"), [
    ("A UN panel said the junta had committed crimes against humanity in the east.", "ACCUSE"),
    ("Seoul said Pyongyang was behind the hacking of its nuclear operator.", "ACCUSE"),
    ("The ministry said the militia was responsible for the blast at the market.", "ACCUSE"),
    ("The rebels said government troops had violated the truce overnight.", "ACCUSE"),
    ("The premier said his cabinet would not accept any plan that divides the island.", "REJECT"),
    ("The junta will not recognize the result of the referendum.", "REJECT"),
    ("Slovakia blocked the bloc's new aid package for Moldova.", "REJECT"),
    ("Four Latin American states withdrew their ambassadors from Managua in protest at the vote.", "SANCTION"),
    ("Rioters clashed with riot police outside the parliament.", "PROTEST"),
    ("Washington unveiled export controls on advanced chips to Beijing.", "SANCTION"),
    ("Norway will send air defence systems to Kyiv, the government said.", "AGREE"),
    ("Canada sent anti-tank missiles to Ukraine last month.", "AID"),
    ("The IMF approved a $3 billion loan to Egypt.", "AID"),
    ("The army ordered the evacuation of eleven villages near the front.", "COERCE"),
    ("Students set up encampments on three campuses.", "PROTEST"),
    ("Customs agencies from both countries worked together to seize the shipment.", "COOPERATE"),
    ("The ministers signed off on the new border arrangements.", "SUPPORT"),
    ("The government withdrew the tax bill after two weeks of demonstrations.", "CONCEDE"),
    ("Police dismantled a smuggling network in the port city.", "COERCE"),
    ("Ankara denied any involvement in the bombing of the pipeline.", "REJECT"),
    ("The coalition cabinet approved the ceasefire deal late on Friday.", "AGREE"),
    ("Britain is sending a destroyer to the Baltic to reassure its allies.", "MOBILIZE"),
    ("After the crackdown, Canada imposed travel bans on four police chiefs.", "SANCTION"),
    ("The interior minister said the government would free 30 detainees before the holiday.", "AGREE"),
    ("London slapped sanctions on three militia commanders.", "SANCTION"),
    ("Ottawa hit four Iranian officials with travel bans.", "SANCTION"),
    ("Vilnius closed its consulate in Kaliningrad.", "SANCTION"),
    ("Estonia declared a Russian diplomat persona non grata.", "SANCTION"),
    ("The coalition partners sealed a deal on the budget after all-night talks.", "AGREE"),
    ("The militia vowed revenge for the death of its founder.", "THREATEN"),
    ("The minister warned of severe consequences for anyone who attacks the dam.", "THREATEN"),
    ("The rebels retaliated with artillery fire on the garrison.", "ASSAULT"),
    ("Tax police raided the offices of two independent broadcasters.", "COERCE"),
    ("The junta barred opposition parties from the vote.", "COERCE"),
    ("Officials cut internet access in the capital ahead of the vote.", "COERCE"),
    ("Taiwan scrambled jets to shadow the Chinese bombers.", "MOBILIZE"),
    ("The new government reinstated the sacked prosecutors.", "CONCEDE"),
    ("Gulf states rallied behind the Saudi proposal.", "SUPPORT"),
    ("The supreme court threw out the election petition.", "REJECT"),
    ("Opposition deputies walked out of the chamber in protest.", "PROTEST"),
    ("Pensioners staged a sit-in outside the finance ministry.", "PROTEST"),
    ("Qatar deposited $2 billion in Egypt's central bank.", "AID"),
    ("Tokyo announced $20 million in emergency assistance for the flood victims.", "AID"),
    ("Turkey dispatched relief supplies to the quake zone.", "AID"),
    ("The mayor bowed to the strikers' demands on Friday.", "CONCEDE"),
    ("The cabinet scrapped the fuel tax after the riots.", "CONCEDE"),
    ("Italy and Japan jointly built the new fighter prototype.", "COOPERATE"),
    ("The chancellor brushed aside calls for a snap election.", "REJECT"),
    ("The generals ignored repeated calls to hand over power.", "REJECT"),
    ("Rabat summoned the Algerian envoy to protest the broadcast.", "ACCUSE"),
])
def test_generic_readings(nlp, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert _first(nlp, text).event.type == type_


@pytest.mark.parametrize(("text", "type_", "status"), [
    ("Brussels announced it would impose duties on imported steel.", "SANCTION", "planned"),
    ("Norway said it would deploy two frigates to the Arctic.", "MOBILIZE", "planned"),
    ("The militia said it would attack the base if the convoy moved.", "THREATEN", "happened"),
    ("The rebels said they would keep shelling the airport.", "THREATEN", "happened"),
])
def test_announced_acts_and_threats(nlp, text: str, type_: str, status: str) -> None:  # type: ignore[no-untyped-def]
    event = _first(nlp, text).event
    assert (event.type, event.status) == (type_, status)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("A UN panel said the junta had committed crimes against humanity in the east.", "UN", "junta"),
    ("Seoul said Pyongyang was behind the hacking of its nuclear operator.", "Seoul", "Pyongyang"),
])
def test_reported_wrongdoing_is_the_speaker_accusing_the_doer(nlp, text: str, source: str,  # type: ignore[no-untyped-def]
                                                               target: str) -> None:
    found = _first(nlp, text)
    assert any(source in texts for texts in found.source_texts), found.source_texts
    assert any(target in " ".join(texts) for texts in found.target_texts), found.target_texts


@pytest.mark.parametrize("text", [
    "The prime minister sacked his finance minister on Friday.",
    "The court struck a balance between privacy and security.",
    "The election commission released the final results on Monday.",
])
def test_other_senses_are_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract_events(nlp(text)) == []


def test_coming_under_fire_is_being_accused(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _first(nlp, "The governor came under fire from farmers over the water cuts.")
    assert found.event.type == "ACCUSE"
    assert any("farmers" in t for texts in found.source_texts for t in texts), found.source_texts
    assert any("governor" in t for texts in found.target_texts for t in texts), found.target_texts


@pytest.mark.parametrize("text", [
    "A spokesman said the meeting had been useful but declined to give details.",
    "The ministry declined to answer questions about the shipment.",
])
def test_declining_to_comment_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in extract_events(nlp(text))] == []


@pytest.mark.parametrize("text", [
    "Since the war began with the Palestinian militants\u2019 October 7 attack, thousands have died.",
    "The crisis deepened after the separatists\u2019 dawn attack on the airport.",
])
def test_possessor_across_a_typographic_apostrophe(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = [f for f in extract(nlp(text)) if f.event.type == "ASSAULT"]
    assert found and any("militants" in t or "separatists" in t for texts in found[0].source_texts
                         for t in texts), [(f.event.trigger, f.source_texts) for f in found]


@pytest.mark.parametrize("text", [
    "The storm killed at least nine people along the coast.",
    "A strong earthquake struck eastern Turkey before dawn.",
    "A forest fire destroyed three hundred homes near the town.",
    "The bodies were taken to the district hospital by ambulance.",  # passive: no "took to the streets"
    "The California wildfire killed ten people.",  # a place before a hazard makes it no weapon
    "Amazon fires destroyed large areas of forest.",
    "A study found that storms had destroyed three hundred homes.",  # no one is accused
    "The soldiers quit smoking last year.",  # an armed subject leaving no place
    "The army abandoned the idea after criticism.",  # an armed subject leaving no place; a plan given up is a CONCEDE
    "Gunmen left the bodies on the road.",
    "Floods forced the evacuation of two villages in the valley.",
])
def test_hazards_are_not_actors(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract_events(nlp(text)) == []


def test_a_hazard_list_does_not_hide_attacks(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _first(nlp, "Militants killed nine people after the storm.").event.type == "ASSAULT"


@pytest.mark.parametrize(("text", "role", "expected"), [
    ("A group of Kurdish refugees began a hunger strike outside the embassy.", "source", "Kurdish refugees"),
    ("Police in Lahore arrested twelve opposition activists.", "source", "Police in Lahore"),
    ("The Red Crescent operating in Sudan said both armies must open the roads.", "source",
     "Red Crescent operating in Sudan"),
    ("Nurses staged a sit-in to demand the resignation of the health minister.", "target", "health minister"),
    ("Teachers went on strike to protest against the government's pay freeze.", "target", "government"),
    ("Ankara threatened to cut diplomatic relations with Vienna and Oslo.", "target", "Oslo"),
    ("The junta threatened to ban rallies in Bamako.", "target", "Bamako"),
    ("Iran threatened to leave the talks if the agency passed the resolution.", "target", "agency"),
    ("The ministry complained to the Security Council over Ethiopian incursions.", "target", "Ethiopian"),
    ("The rebels agreed to postpone the rally in Goma.", "target", "Goma"),
    ("Villagers of the Kurdish town of Afrin protested against the shelling.", "source",
     "Villagers of Kurdish town of Afrin"),
    ("Drivers of the State Transport Company of Lagos stopped work.", "source",
     "Drivers of State Transport Company of Lagos"),
])
def test_actor_spans(nlp, text: str, role: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = _first(nlp, text)
    texts = found.source_texts if role == "source" else found.target_texts
    flat = [t.lower().removeprefix("the ") for names in texts for t in names]
    assert expected.lower() in flat, (found.event.type, texts)


@pytest.mark.parametrize(("text", "expected"), [
    ("More than 2,000 people have been killed since the fighting began, the ministry says.", []),
    ("The conflict has displaced four million people.", []),
    ("Militants have killed six soldiers in the north this week.", ["ASSAULT"]),
    ("Four guards have been killed in an ambush by gunmen.", ["ASSAULT"]),
])
def test_running_tolls_are_not_events(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in extract_events(nlp(text))][:1] == expected


@pytest.mark.parametrize("text", [
    "Moscow moved tactical nuclear weapons to Belarus.",
    "The army rushed reinforcements to the northern front.",
])
def test_moving_forces_is_mobilize(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _first(nlp, text).event.type == "MOBILIZE"
