"""Who did what to whom: sources and targets of events, on sentences of our own."""

from __future__ import annotations

import pytest

from dateline.events import extract


def _event(nlp, text: str, type_: str):  # type: ignore[no-untyped-def]
    found = [f for f in extract(nlp(text)) if f.event.type == type_]
    assert found, f"no {type_} event in {text!r}"
    return found[0]


def _names(groups: tuple[tuple[str, ...], ...]) -> list[set[str]]:
    return [set(texts) for texts in groups]


@pytest.mark.parametrize(("text", "type_", "target"), [
    # the recipient of a promised act, not its object
    ("Japanese ministers agreed on Monday to provide 40 million dollars of aid for Kenya.", "AGREE", "Kenya"),
    ("Spain is ready to send 300 engineers to Mozambique.", "AGREE", "Mozambique"),
    # the act a promised act serves
    ("Canada is willing to send equipment to help defend Estonia.", "AGREE", "Estonia"),
    # the actor's own troops are not the target of their withdrawal
    ("Turkey says it is willing to withdraw its troops from northern Iraq.", "AGREE", "Iraq"),
])
def test_target_of_promised_act(nlp, text: str, type_: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = _event(nlp, text, type_)
    targets = _names(found.target_texts)
    assert any(target in texts for texts in targets), targets
    assert not any(any(t.startswith("its ") for t in texts) for texts in targets)


@pytest.mark.parametrize(("text", "type_", "source"), [
    # apposition: the title names the same person
    ("Maria Lopez, the Peruvian Foreign Minister, condemned the raid on the embassy.", "ACCUSE",
     "Peruvian Foreign Minister"),
    # members and gear of a body name the body
    ("Red Cross officials suspended aid deliveries in Kabul on Monday.", "SANCTION", "Red Cross"),
    ("Israeli army bulldozers demolished three houses in Jenin.", "COERCE", "Israeli army"),
    # the nationality that modifies a group
    ("Egyptian demonstrators rioted in Cairo on Friday.", "PROTEST", "Egyptian"),
    # a possessor keeps the possessed phrase
    ("Chile's deputy foreign minister visited Bolivia on Tuesday.", "CONSULT", "Chile's deputy foreign minister"),
])
def test_source_texts(nlp, text: str, type_: str, source: str) -> None:  # type: ignore[no-untyped-def]
    sources = _names(_event(nlp, text, type_).source_texts)
    assert any(source in texts for texts in sources), sources


def test_possessor_of_an_organisation_is_not_a_second_source(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _event(nlp, "Osama bin Laden's al-Qaeda network threatened to strike Spain.", "THREATEN")
    assert len(found.source_texts) == 1
    assert "Osama bin Laden's al-Qaeda" in found.source_texts[0]


@pytest.mark.parametrize(("text", "type_", "targets"), [
    # the subject of an infinitive complement is whom the trigger acts on
    ("The court allowed opposition leader Ana Ruiz to stand in the election.", "CONCEDE", ["Ana Ruiz"]),
    ("The rebels refused to allow United Nations planes to land in Huambo.", "REJECT", ["United Nations"]),
    # relations broken off with X, not the party of the grievance
    ("Egypt threatened to break off relations with Chad over its ties with Libya.", "THREATEN", ["Chad"]),
    # a withdrawal of one's own troops acts on the place left
    ("The United States speeded up the withdrawal of its forces from Somalia.", "RETREAT", ["Somalia"]),
    ("Kenya withdrew 400 troops from Somalia on Monday.", "RETREAT", ["Somalia"]),
    # a group the country's name qualifies is not the country acting on itself
    ("Turkish police confiscated weapons from Turkish armed groups.", "COERCE", ["Turkish armed groups"]),
    # the owner of the thing a verb-object trigger hits
    ("Russian bulldozers demolished Ukrainian homes in Kherson.", "COERCE", ["Ukrainian"]),
    # the parties of a mediation that ends
    ("Qatar ended its mediation between Hamas and Fatah.", "SANCTION", ["Hamas", "Fatah"]),
    # a state of emergency is no actor; the place it is lifted in is
    ("The government lifted the state of emergency in Kashmir on Friday.", "CONCEDE", ["Kashmir"]),
    # a protest's purpose names whom it is against
    ("Protesters blocked a highway to show their anger at the government's fuel policies.", "PROTEST", ["government"]),
])
def test_targets(nlp, text: str, type_: str, targets: list[str]) -> None:  # type: ignore[no-untyped-def]
    got = _names(_event(nlp, text, type_).target_texts)
    assert len(got) == len(targets), got
    for name, texts in zip(targets, got, strict=True):
        assert name in texts, got


def test_a_name_inside_a_longer_one_is_one_source(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _event(nlp, "Israeli army bulldozers demolished three houses in Jenin.", "COERCE")
    assert len(found.source_texts) == 1 and "Israeli army" in found.source_texts[0]


@pytest.mark.parametrize(("text", "type_", "role", "name"), [
    # the leaders of a body speak for it
    ("Leaders of the Musavat opposition party agreed to postpone the rally in Baku.", "AGREE", "source",
     "Musavat opposition party"),
    # whose rally a participle's agent says
    ("Kenyan police dispersed the march staged by students at Moi University in Eldoret.", "COERCE", "target",
     "students at Moi University"),
    ("Kenyan police dispersed the march staged by students at Moi University in Eldoret.", "PROTEST", "source",
     "students"),
    # a refusal answers whoever presses
    ("The mayor declined to resign despite mounting pressure from the National Audit Office.", "REJECT", "target",
     "National Audit Office"),
    # a threat announced in a reported clause hits the place of the threatened act
    ("The general announced that he will extend the curfew in Bamako.", "THREATEN", "target", "Bamako"),
    # a participle phrase is one name of its head
    ("The United Nations will provide food to refugees fleeing the fighting in Sudan.", "AID", "target",
     "refugees fleeing the fighting in Sudan"),
])
def test_named_roles(nlp, text: str, type_: str, role: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = _event(nlp, text, type_)
    groups = _names(found.source_texts if role == "source" else found.target_texts)
    assert any(name in texts for texts in groups), groups


@pytest.mark.parametrize("text", [
    "Thousands of refugees fleeing the fighting reached the border.",
    "The ministry condemned the bombing of the market.",
])
def test_who_flees_or_condemns_an_event_did_not_do_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    for f in extract(nlp(text)):
        if f.event.type == "ASSAULT":
            assert not f.source_texts, f.source_texts


@pytest.mark.parametrize(("text", "type_", "target"), [
    # someone's counterpart, rival or neighbour is another party, unlike "its troops"
    ("The Mexican president telephoned his Brazilian counterpart on Friday.", "CONSULT", "Brazilian counterpart"),
    # a title with the person's name is that person
    ("The Kenyan president met his Ugandan counterpart Yoweri Museveni in Kampala.", "CONSULT", "Yoweri Museveni"),
])
def test_relational_objects(nlp, text: str, type_: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = _event(nlp, text, type_)
    assert found.target_texts and target in found.target_texts[0], found.target_texts


@pytest.mark.parametrize(("text", "type_", "sources", "targets"), [
    # who acts beside the subject
    ("France, along with Germany, condemned the coup in Niger.", "ACCUSE", ["France", "Germany"], []),
    ("Egypt together with Qatar mediated between Israel and Hamas.", "CONSULT", ["Egypt", "Qatar"],
     ["Israel", "Hamas"]),
    ("Britain as well as France rejected the plan.", "REJECT", ["Britain", "France"], []),
    # a sense read off a named object keeps the object as the target
    ("The African Union suspended Gabon after the military coup.", "SANCTION", ["African Union"], ["Gabon"]),
])
def test_companions_and_named_objects(nlp, text: str, type_: str, sources: list[str],  # type: ignore[no-untyped-def]
                                      targets: list[str]) -> None:
    found = _event(nlp, text, type_)
    got_s, got_t = _names(found.source_texts), _names(found.target_texts)
    assert len(got_s) == len(sources) and all(n in t for n, t in zip(sources, got_s, strict=True)), got_s
    assert len(got_t) == len(targets) and all(n in t for n, t in zip(targets, got_t, strict=True)), got_t


@pytest.mark.parametrize(("text", "type_", "source"), [
    # a relative clause's event is done by the noun it describes
    ("The president, who visited Kyiv last week, promised more weapons to Ukraine.", "CONSULT", "president"),
    ("The rebels, who attacked the town on Monday, have withdrawn.", "ASSAULT", "rebels"),
])
def test_relative_clause_subject(nlp, text: str, type_: str, source: str) -> None:  # type: ignore[no-untyped-def]
    found = _event(nlp, text, type_)
    assert found.source_texts and source in found.source_texts[0], found.source_texts


def test_blockade_of_a_country_with_help(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _event(nlp, "The alliance said it would tighten the naval blockade of Yemen with Egypt's help.", "THREATEN")
    assert [t[0] for t in found.target_texts] == ["Yemen"]  # whose help it is, is no target


@pytest.mark.parametrize(("text", "type_", "role", "name"), [
    # a passive agent that is an event: whose event it is
    ("Three Ukrainian soldiers were killed by Russian shelling in Kherson.", "ASSAULT", "source", "Russian"),
    # a name the entity model missed is still a party
    ("The Kremlin blamed Kyiv for the attack on the bridge.", "ACCUSE", "target", "Kyiv"),
    # the possessor of a thing that is no body is the party ("Sweden's membership"), not what it qualifies
    ("Turkey's parliament approved Sweden's NATO membership.", "SUPPORT", "target", "Sweden"),
])
def test_first_argument(nlp, text: str, type_: str, role: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = _event(nlp, text, type_)
    groups = found.source_texts if role == "source" else found.target_texts
    assert groups and name in groups[0][:2], groups  # the actor name or the mention text


@pytest.mark.parametrize(("text", "type_", "sources"), [
    # the subject of "guilty of", "resorted to" does the act in the complement
    ("Both the army and the rebels are guilty of violating the truce signed in May.", "ASSAULT", ["army", "rebels"]),
    ("Young protesters resorted to throwing stones at the police.", "PROTEST", ["protesters"]),
    # a passive agent the parser hung lower, after a comma
    ("The former minister has been accused of stealing public funds, by the current government.", "ACCUSE",
     ["government"]),
])
def test_sources_through_complements(nlp, text: str, type_: str, sources: list[str]) -> None:  # type: ignore[no-untyped-def]
    got = _names(_event(nlp, text, type_).source_texts)
    assert len(got) == len(sources) and all(n in t for n, t in zip(sources, got, strict=True)), got


@pytest.mark.parametrize(("text", "type_", "source"), [
    # the whole title with its name, as written
    ("The Minister for Home Affairs Rajiv Menon banned the march in Pune.", "COERCE",
     "Minister for Home Affairs Rajiv Menon"),
    # a body's own name without the generic head after it
    ("The Lebanese Amal (Hope) movement declared a truce on Monday.", "RETREAT", "Lebanese Amal (Hope)"),
])
def test_written_names(nlp, text: str, type_: str, source: str) -> None:  # type: ignore[no-untyped-def]
    sources = _names(_event(nlp, text, type_).source_texts)
    assert any(any(t.replace("(", "").replace(")", "").split() == source.replace("(", "").replace(")", "").split()
                   for t in texts) for texts in sources), sources


@pytest.mark.parametrize(("text", "target"), [
    # an opening or concession for a purpose acts on whom the purpose serves
    ("Jordan reopened the border crossing to allow the delivery of food to Syria.", "Syria"),
    ("Egypt opened the Rafah crossing to let aid trucks into Gaza.", "Gaza"),
])
def test_purpose_of_an_opening(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = extract(nlp(text))[0]
    assert found.event.type == "RETREAT"
    assert [t[0] for t in found.target_texts] == [target], found.target_texts


def test_own_thing_is_looked_into(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _event(nlp, "The militia agreed to halt its march on Kabul and return to its bases.", "AGREE")
    assert [t[0] for t in found.target_texts] == ["Kabul"], found.target_texts


@pytest.mark.parametrize(("text", "type_", "not_source"), [
    ("A Saudi-led coalition said on Friday that Houthi rebels had fired drones at Jeddah.", "ASSAULT", "Saudi"),
    ("The ministry condemned the attack on the hospital.", "ASSAULT", "ministry"),
])
def test_no_borrowed_source(nlp, text: str, type_: str, not_source: str) -> None:  # type: ignore[no-untyped-def]
    found = _event(nlp, text, type_)
    assert not any(not_source in t for texts in found.source_texts for t in texts), found.source_texts


def test_received_official_is_one_target(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _event(nlp, "The Saudi crown prince received the Iranian foreign minister in Riyadh on Wednesday.", "CONSULT")
    assert len(found.target_texts) == 1 and "Iranian foreign minister" in found.target_texts[0], found.target_texts


@pytest.mark.parametrize(("text", "type_", "sources"), [
    # someone's counterpart is the counterpart's country, and a second party beside the first
    ("Iran's foreign minister and his Omani counterpart discussed the nuclear talks by phone.", "CONSULT",
     ["Iran's foreign minister", "Omani counterpart"]),
    # "the leaders of X and Y": both
    ("The leaders of France and Germany called for a ceasefire.", "REQUEST", ["France", "Germany"]),
    # one party named by a coordinated phrase keeps the phrase
    ("Israeli helicopters and tanks pounded the town.", "ASSAULT", ["Israeli helicopters and tanks"]),
])
def test_coordinated_parties(nlp, text: str, type_: str, sources: list[str]) -> None:  # type: ignore[no-untyped-def]
    got = _names(_event(nlp, text, type_).source_texts)
    assert len(got) == len(sources) and all(n in t for n, t in zip(sources, got, strict=True)), got


@pytest.mark.parametrize(("text", "type_", "name", "absent"), [
    # members of a body are named by it
    ("Nurses belonging to the Kenya National Union of Nurses went on strike.", "PROTEST",
     "Kenya National Union of Nurses", None),
    # a patron is not the body ("loyal to the former president")
    ("Gunmen loyal to the former president attacked a police station in Bamako.", "ASSAULT", "Gunmen",
     "former president"),
])
def test_affiliation(nlp, text: str, type_: str, name: str, absent: str | None) -> None:  # type: ignore[no-untyped-def]
    texts = _event(nlp, text, type_).source_texts[0]
    assert name in texts and absent not in texts, texts
