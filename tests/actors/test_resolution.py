"""Actor resolution on our own sentences, through the real pipeline's ``dateline_actors``."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.model import Actor, Mention

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "actors"


def run(nlp, text: str, published: str | None = None) -> tuple[list[Actor], list[Mention]]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return doc._.actors, doc._.mentions


def mentions_of(mentions: list[Mention], actor: str) -> list[str]:
    return [m.text for m in mentions if m.actor == actor]


@pytest.mark.parametrize(("text", "actor", "expected"), [
    ("Foreign Minister Maria Kovalenko of Moldova arrived in Paris on Monday. Kovalenko met French officials.",
     "per:maria-kovalenko", ["Foreign Minister Maria Kovalenko", "Kovalenko"]),
    ("Ukrainian Foreign Minister Andrii Sybiha met Wang Yi on Monday. Sybiha said the talks were useful.",
     "per:andrii-sybiha", ["Ukrainian Foreign Minister Andrii Sybiha", "Sybiha"]),
    ("Antony Blinken landed in Doha. Blinken's aides said he was tired.",
     "per:antony-blinken", ["Antony Blinken", "Blinken", "he"]),
    ("Senior Hamas official Osama Hamdan said the group would not disarm.",
     "per:osama-hamdan", ["Senior Hamas official Osama Hamdan"]),
    ("Secretary of State Antony Blinken met Mr Netanyahu in Jerusalem. Mr Blinken later flew to Cairo.",
     "per:antony-blinken", ["Secretary of State Antony Blinken", "Mr Blinken"]),
    ("Lena Okafor, Nigeria's foreign minister, said talks would resume. Okafor added that she was hopeful.",
     "per:lena-okafor", ["Lena Okafor", "Okafor", "she"]),
    ("The Israeli military said it struck targets in Rafah. The army said the operation was over.",
     "org:idf", ["Israeli military", "it", "army"]),
    ("Houthi military spokesman Yahya Saree said the group fired drones. Hezbollah leader Naim Qassem said "
     "the group would respond.", "org:hezbollah", ["Hezbollah", "group"]),
])
def test_name_chains_and_descriptors(nlp, text, actor, expected) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2024-10-01")
    assert mentions_of(mentions, actor) == expected


@pytest.mark.parametrize(("text", "actor", "country", "affiliation", "role"), [
    ("Foreign Minister Maria Kovalenko of Moldova arrived in Paris.", "per:maria-kovalenko", "MDA", "cty:MDA",
     "Foreign Minister"),
    ("Senior Hamas official Yusuf Darwazi spoke in Beirut.", "per:yusuf-darwazi", "PSE", "org:hamas",
     "Senior Hamas official"),
    ("Kenyan army spokesman Paul Njuguna denied the report.", "per:paul-njuguna", "KEN", "cty:KEN",
     "Kenyan army spokesman"),
    ("Lena Okafor, Nigeria's foreign minister, said talks would resume.", "per:lena-okafor", "NGA", "cty:NGA",
     "Nigeria's foreign minister"),
    ("Lena Okafor, the foreign minister of Nigeria, said talks would resume.", "per:lena-okafor", "NGA",
     "cty:NGA", "foreign minister of Nigeria"),
])
def test_descriptor_gives_role_and_affiliation(nlp, text, actor, country, affiliation, role) -> None:  # type: ignore[no-untyped-def]
    actors, _ = run(nlp, text)
    found = {a.id: a for a in actors}[actor]
    assert found.type == "person"
    assert (found.country, found.affiliation) == (country, affiliation)
    assert role in found.roles


@pytest.mark.parametrize(("text", "expected"), [
    ("Qatari and Egyptian mediators met in Cairo.", {"cty:QAT": "Qatari", "cty:EGY": "Egyptian"}),
    ("American diplomats left Kabul.", {"cty:USA": "American", "grp:usa-diplomats": "American diplomats"}),
    ("An Israeli official said the army would continue.", {"grp:isr-officials": "Israeli official"}),
    ("Russian troops shelled the town overnight.", {"org:russian-armed-forces": "Russian troops"}),
    ("Hostage supporters in Israel rallied again.", {"grp:isr-hostage-supporters": "Hostage supporters in Israel"}),
    ("Jordanian leaders condemned the raid.", {"grp:jor-leaders": "Jordanian leaders", "cty:JOR": "Jordanian"}),
    ("Washington said it would send more aid.", {"cty:USA": "Washington"}),
])
def test_demonyms_groups_and_metonyms(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text)
    for actor, mention in expected.items():
        assert mention in mentions_of(mentions, actor), (actor, mentions)
    by_id = {a.id: a for a in actors}
    for actor in expected:
        if actor.startswith("grp:"):
            assert by_id[actor].type == "group" and by_id[actor].country == actor[4:7].upper()


@pytest.mark.parametrize(("text", "capital", "expected"), [
    ("Beijing criticised Washington for sending warships.", "Washington", "cty:USA"),
    ("Washington and Moscow agreed to resume talks.", "Moscow", "cty:RUS"),
    ("Moscow rejected Kyiv's peace formula.", "Kyiv", "cty:UKR"),
    ("The proposal was rejected by Tehran.", "Tehran", "cty:IRN"),
    ("Hamas held talks with Cairo on Sunday.", "Cairo", "cty:EGY"),
    ("Blinken arrived in Washington on Monday.", "Washington", None),
    ("He flew from Moscow to Beijing.", "Beijing", None),
    ("Russian missiles struck Kyiv overnight.", "Kyiv", None),
])
def test_capital_metonymy(nlp, text, capital, expected) -> None:  # type: ignore[no-untyped-def]
    """A capital is its government as an agent, possessor or addressee, a place after in/to/from."""
    _, mentions = run(nlp, text)
    got = [m.actor for m in mentions if m.text == capital]
    assert got == ([expected] if expected else []), mentions


@pytest.mark.parametrize(("text", "pronoun", "expected"), [
    ("Antony Blinken arrived in Cairo on Monday. He met Egypt's foreign minister.", "He", "per:antony-blinken"),
    ("Kaja Kallas said she would travel to Kyiv.", "she", "per:kaja-kallas"),
    ("Making his first trip abroad, Ukrainian Foreign Minister Andrii Sybiha met officials in Berlin.", "his",
     "per:andrii-sybiha"),
    ("Joe Biden and Benjamin Netanyahu spoke by phone. He said a deal was close.", "He", None),
    ("Emmanuel Macron met Keir Starmer. She said nothing.", "She", None),
    ("Hamas said it would not disarm.", "it", "org:hamas"),
    ("Israel said its forces killed three militants.", "its", "cty:ISR"),
    ("The Houthis said they fired missiles at a ship.", "they", "org:houthis"),
    ("Israel and Hamas said they were close to a deal.", "they", None),
    ("It was a bad week for Hamas.", "It", None),
])
def test_pronouns(nlp, text, pronoun, expected) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2025-02-01")
    got = [m.actor for m in mentions if m.text == pronoun]
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Israel's prime minister said the talks would go on.", "2024-08-18", "per:benjamin-netanyahu"),
    ("Israel's prime minister said the talks would go on.", "2021-08-01", "per:naftali-bennett"),
    ("The US president called it a bad deal.", "2018-05-01", "per:donald-trump"),
    ("The US president called it a bad deal.", "2023-05-01", "per:joe-biden"),
    ("Iran's foreign minister arrived in Doha.", "2024-09-01", "per:abbas-araghchi"),
    ("Iran's foreign minister arrived in Doha.", "2023-01-10", "per:hossein-amir-abdollahian"),
    ("The Hamas leader is in hiding.", "2024-09-01", "per:yahya-sinwar"),
])
def test_roles_resolve_by_article_date(nlp, text, published, expected) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text, published)
    role_mentions = [m for m in mentions if m.actor.startswith("per:")]
    assert [m.actor for m in role_mentions] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Benjamin Netanyahu met Antony Blinken. The prime minister said the talks were useful.",
     "per:benjamin-netanyahu"),
    ("Foreign Minister Maria Kovalenko met aid groups. The minister said more help was coming.",
     "per:maria-kovalenko"),
    ("Antony Blinken met aid groups. The prime minister was not there.", None),
])
def test_definite_title_refers_to_the_person_named_with_it(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2024-08-18")
    second = len(text.split(". ")[0]) + 2
    got = [m.actor for m in mentions if m.start >= second and m.actor.startswith("per:")]
    assert got == ([expected] if expected else [])


def test_role_without_known_holder_is_an_unnamed_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, _ = run(nlp, "Moldova's prime minister resigned.", "2024-08-18")
    assert [(a.id, a.country) for a in actors if a.type == "person"] == [("per:mda-prime-minister", "MDA")]


@pytest.mark.parametrize(("text", "actor"), [
    ("Hamas rejected the plan. Israel struck the Palestinian militants overnight.", "org:hamas"),
    ("Hezbollah fired rockets. The militant group said it acted in support of Gaza.", "org:hezbollah"),
])
def test_role_nouns_to_salient_armed_group(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text)
    second = text.split(". ", 1)[1]
    assert any(m.actor == actor and m.text in second and m.start > len(text) - len(second) for m in mentions)


def test_acronym_defined_in_the_text(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Sahel Liberation Front (SLF) claimed the attack. The SLF said more would follow."
    _, mentions = run(nlp, text)
    ids = {m.actor for m in mentions if m.text in ("Sahel Liberation Front", "SLF")}
    assert len(ids) == 1 and [m.text for m in mentions if m.actor in ids].count("SLF") == 2


def test_militants_without_a_named_group_are_not_guessed(nlp) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, "Police said the militants fled into the hills.")
    assert all(not m.actor.startswith("org:") for m in mentions)


@pytest.mark.parametrize(("text", "place"), [
    ("Israeli tanks moved into Khan Yunis on Sunday.", "Khan Yunis"),
    ("Palestinians fled Khan Younis after the strikes.", "Khan Younis"),
])
def test_places_are_not_people(nlp, text, place) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert not [a for a in doc._.actors if a.type == "person"]
    assert [e.label_ for e in doc.ents if e.text == place] == ["GPE"]


def test_dictionary_finds_what_the_model_misses(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, "Sami Abu Zuhri told AFP the offer was an illusion.")
    assert mentions_of(mentions, "med:afp") == ["AFP"]
    assert {a.id: a.type for a in actors}["med:afp"] == "media"


def test_offsets_point_into_the_text(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Top US diplomat Antony Blinken met Israeli leaders.\n\nHe left on Monday."
    _, mentions = run(nlp, text, "2024-08-18")
    assert mentions
    for m in mentions:
        assert text[m.start:m.end] == m.text


def test_extra_dictionary_through_the_component(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.actors.component import make_corrector, resolve_actors

    corrector = make_corrector(nlp, [str(FIXTURES / "extra_actors.jsonl")])
    doc = nlp("New Zealand's foreign minister, Lena Marsh, met Harakat al-Muqawama envoys. Marsh left.")
    actors, mentions = resolve_actors(doc, corrector, date="2031-05-01")
    assert mentions_of(mentions, "per:lena-marsh")[-1] == "Marsh"
    assert {a.id for a in actors} >= {"per:lena-marsh", "cty:NZL"}


def test_publisher_and_credited_agency_are_actors(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.model import CleanArticle, Furniture
    from dateline.nlp.records import prepare

    body = "Ministers met in Rome on Monday."
    article = CleanArticle(body=body, paragraphs=((0, len(body)),), source="Harbour Times",
                           furniture=(Furniture("caption", "Ministers. Image Credit: Reuters", credit="Reuters"),))
    doc = nlp(prepare(nlp.make_doc, article))
    types = {a.id: a.type for a in doc._.actors}
    assert types["med:harbour-times"] == "media"
    assert types["med:reuters"] == "media"
    assert not [m for m in doc._.mentions if m.actor in ("med:harbour-times", "med:reuters")]


@pytest.mark.parametrize(("fix_ents", "label"), [(True, "GPE"), (False, "PERSON")])
def test_fix_ents_writes_corrected_entities_back(nlp, fix_ents, label) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    from dateline.actors.component import ActorResolver

    resolver = ActorResolver(nlp, extra_dictionaries=[], fix_ents=fix_ents)
    doc = nlp("Israeli tanks moved into Khan Yunis on Sunday.")
    start = doc.text.index("Khan")
    khan = doc.char_span(start, start + len("Khan Yunis"))
    doc.ents = [Span(doc, khan.start, khan.end, label="PERSON")]  # the model's known slip
    resolver(doc)
    assert [e.label_ for e in doc.ents if e.text == "Khan Yunis"] == [label]
    assert not [a for a in doc._.actors if a.type == "person"]
