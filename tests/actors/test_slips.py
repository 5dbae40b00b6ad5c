"""Known slips of the resolver, each as a general phenomenon, on our own sentences:
a country's forces, "the <demonym> group X", relative pronouns and "it" across sentences."""

from __future__ import annotations

import pytest

from dateline.model import Actor, Mention


def run(nlp, text: str) -> tuple[dict[str, Actor], list[Mention]]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.published = "2024-08-18"
    doc = nlp(doc)
    return {a.id: a for a in doc._.actors}, doc._.mentions


def actor_of(mentions: list[Mention], text: str) -> str | None:
    """The actor of the widest mention with exactly this text."""
    hits = [m.actor for m in mentions if m.text == text]
    return hits[0] if hits else None


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("US forces struck targets near the border overnight.", "US forces", "org:us-armed-forces"),
    ("American troops will stay in the region, officials said.", "American troops", "org:us-armed-forces"),
    ("The US military said two soldiers were wounded.", "US military", "org:us-armed-forces"),
    ("Israeli forces raided the camp at dawn.", "Israeli forces", "org:idf"),
    ("Israeli troops withdrew from the town.", "Israeli troops", "org:idf"),
    ("Russian troops crossed the river on Monday.", "Russian troops", "org:russian-armed-forces"),
    ("Russian forces shelled the port again.", "Russian forces", "org:russian-armed-forces"),
    ("The Pentagon said more ships were on their way.", "Pentagon", "org:pentagon"),
])
def test_a_countrys_forces_are_its_military(nlp, text, mention, expected) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text)
    assert actor_of(mentions, mention) == expected, mentions
    assert actors[expected].type == "organization"


@pytest.mark.parametrize("text", [
    "French troops left the base on Friday.",
    "French forces left the base on Friday.",
    "French soldiers left the base on Friday.",
])
def test_forces_without_a_dictionary_military_are_one_group_per_country(nlp, text) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text)
    assert "grp:fra-forces" in {m.actor for m in mentions}, mentions
    group = actors["grp:fra-forces"]
    assert (group.type, group.country, group.sector) == ("group", "FRA", "military")


@pytest.mark.parametrize(("text", "mention", "expected", "country"), [
    ("The Palestinian group Hamas said it would not attend.", "Palestinian group Hamas", "org:hamas", "PSE"),
    ("The Lebanese militant group Hezbollah fired rockets on Sunday.", "Lebanese militant group Hezbollah",
     "org:hezbollah", "LBN"),
    ("The Kenyan rights group Haki Watch said the police had lied.", "Kenyan rights group Haki Watch",
     "org:haki-watch", "KEN"),
])
def test_descriptor_before_an_organization(nlp, text, mention, expected, country) -> None:  # type: ignore[no-untyped-def]
    """'the <demonym> group X': X is the head; the demonym gives its country."""
    actors, mentions = run(nlp, text)
    assert actor_of(mentions, mention) == expected, mentions
    assert actors[expected].country == country
    widest = min(mentions, key=lambda m: (m.start, -m.end))
    assert widest.actor == expected


def test_backed_is_not_the_country_of_the_group(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, "The Iran-backed group Kataib Zayd claimed the attack.")
    org = actor_of(mentions, "Kataib Zayd")
    assert org is not None and actors[org].country is None


@pytest.mark.parametrize(("text", "pronoun", "expected"), [
    ("Hamas rejected the plan on Sunday. It said the offer was an illusion.", "It", "org:hamas"),
    ("Qatar hosted the talks. It has mediated between the two sides for months.", "It", "cty:QAT"),
    ("Hamas rejected the plan. Its leaders said the offer was an illusion.", "Its", "org:hamas"),
    ("Antony Blinken rejected the plan. It was a bad week for everyone.", "It", None),
    ("Hamas and Israel traded blame. It said the offer was an illusion.", "It", None),
    ("Hamas rejected the plan. It is unclear whether talks will resume.", "It", None),
])
def test_it_refers_to_the_subject_of_the_previous_sentence(nlp, text, pronoun, expected) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text)
    got = [m.actor for m in mentions if m.text == pronoun]
    assert got == ([expected] if expected else []), mentions


@pytest.mark.parametrize(("text", "pronoun", "expected"), [
    ("The plan was backed by Egypt, which said it would host the talks.", "which", "cty:EGY"),
    ("The offer came from Hamas, which said the Israeli demands were new.", "which", "org:hamas"),
    ("The talks were led by Antony Blinken, who said a deal was close.", "who", "per:antony-blinken"),
    ("Israel rejected the plan, which was drafted in Cairo.", "which", None),
])
def test_relative_pronouns_take_the_noun_they_modify(nlp, text, pronoun, expected) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text)
    got = [m.actor for m in mentions if m.text == pronoun]
    assert got == ([expected] if expected else []), mentions


def test_it_inside_a_relative_clause_follows_the_relative(nlp) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, "The plan was backed by Egypt, which said it would host the talks.")
    assert [m.actor for m in mentions if m.text == "it"] == ["cty:EGY"]


def test_speaker_which_is_resolved_for_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The proposal was welcomed by Qatar, which said the gaps had narrowed.")
    speakers = [q.speakers for q in doc._.quotes if q.speaker_text == "which"]
    assert speakers and speakers[0] == ("cty:QAT",)


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Israeli army bulldozers flattened two houses.", "Israeli army", "org:idf"),
    ("Protests against Israeli military policies went on.", "Israeli military", "org:idf"),
    ("Russian army units crossed the river.", "Russian army", "org:russian-armed-forces"),
])
def test_the_army_as_a_modifier_still_acts(nlp, text, mention, expected) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text)
    assert actor_of(mentions, mention) == expected, mentions


@pytest.mark.parametrize(("text", "expected"), [
    ("Hamas accused Israel of expanding its offensive.", "cty:ISR"),
    ("Egypt urged Hamas to accept its share of the blame.", "org:hamas"),
    ("Israel vowed to press on with its offensive.", "cty:ISR"),
])
def test_its_in_a_non_finite_clause_is_the_object_that_controls_it(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text)
    assert [m.actor for m in mentions if m.text == "its"] == [expected], mentions


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("The minister told PTI that talks would resume.", "PTI", "med:pti"),
    ("Tanjug reported heavy fighting near the border.", "Tanjug", "med:tanjug"),
])
def test_wire_agencies(nlp, text, mention, expected) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text)
    assert actor_of(mentions, mention) == expected, mentions
    assert actors[expected].type == "media"


@pytest.mark.parametrize("text", [
    "Hamas rejected the plan. The network said it would send a crew.",
    "Hamas rejected the plan. But the goal is not revenue; it is supposed to curb speculation.",
])
def test_it_after_another_subject_is_not_the_previous_sentences(nlp, text) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text)
    assert [m.actor for m in mentions if m.text == "it"] == [], mentions


@pytest.mark.parametrize(("text", "actor", "sector"), [
    ("The Kenyan rights group Haki Watch said the police had lied.", "org:haki-watch", "ngo"),
    ("The Somali militia Jeysh Barre seized the town.", "org:jeysh-barre", "rebel"),
])
def test_descriptor_gives_an_unknown_organization_its_sector(nlp, text, actor, sector) -> None:  # type: ignore[no-untyped-def]
    actors, _ = run(nlp, text)
    assert actors[actor].sector == sector


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Coalition jets struck Da\u2019esh positions overnight.", "Da\u2019esh", "org:islamic-state"),
    ("Three strikes hit ISIL fighting positions.", "ISIL", "org:islamic-state"),
    ("Bashar al-Asad met the envoy. Asad said little.", "Asad", "per:bashar-al-assad"),
])
def test_spellings_of_conflict_actors(nlp, text, mention, expected) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text)
    assert actor_of(mentions, mention) == expected, mentions


@pytest.mark.parametrize(("text", "mention", "expected", "country"), [
    ("Qatar's Foreign Ministry said the talks would resume.", "Foreign Ministry", "org:qat-foreign-ministry", "QAT"),
    ("The Egyptian Foreign Ministry said the talks would resume.", "Egyptian Foreign Ministry",
     "org:egy-foreign-ministry", "EGY"),
    ("Norway's Supreme Court ruled against the state.", "Supreme Court", "org:nor-supreme-court", "NOR"),
])
def test_a_state_institution_is_its_countrys(nlp, text, mention, expected, country) -> None:  # type: ignore[no-untyped-def]
    """"Foreign Ministry" alone names no one: one country's ministry is not another's."""
    actors, mentions = run(nlp, text)
    assert actor_of(mentions, mention) == expected, mentions
    assert (actors[expected].country, actors[expected].sector) == (country, "government")


def test_a_later_bare_institution_is_the_one_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, "Jordan's Foreign Ministry condemned the raid. The Foreign Ministry said more.")
    assert [m.actor for m in mentions if m.text.endswith("Foreign Ministry")] == ["org:jor-foreign-ministry"] * 2


def test_a_distinctive_name_keeps_its_own_id(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, _ = run(nlp, "The Sudanese Red Crescent said aid had arrived.")
    assert "org:sudanese-red-crescent" in actors


@pytest.mark.parametrize(("text", "ids", "absent"), [
    ("Voters disagree. Entrusting Donald Trump with the codes is a risk, the senator said.",
     {"per:donald-trump"}, "per:entrusting-donald-trump"),
    ("Inviting Joe Biden to Riyadh was a gamble for the prince.", {"per:joe-biden"}, "per:inviting-joe-biden"),
    ("Sterling K. Brown spoke at the gala on Monday.", {"per:sterling-k-brown"}, None),
])
def test_a_verb_run_into_a_name_is_not_part_of_it(nlp, text, ids, absent) -> None:  # type: ignore[no-untyped-def]
    actors, _ = run(nlp, text)
    assert ids <= set(actors), sorted(actors)
    assert absent not in actors


@pytest.mark.parametrize(("text", "ids", "absent"), [
    ("Biden and Harris said on Monday they had told Netanyahu that a deal was close.",
     {"per:joe-biden", "per:kamala-harris"}, "org:biden-and-harris"),
    ("Blinken and Sullivan will travel to Cairo, the State Department said.",
     {"per:antony-blinken", "per:jake-sullivan"}, None),
    ("Bosnia and Herzegovina joined the talks on Monday.", {"cty:BIH"}, None),
])
def test_two_people_joined_by_and_are_two_persons(nlp, text, ids, absent) -> None:  # type: ignore[no-untyped-def]
    actors, _ = run(nlp, text)
    assert ids <= set(actors), sorted(actors)
    assert absent not in actors
