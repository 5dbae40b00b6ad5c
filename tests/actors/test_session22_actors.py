"""Session 22 actors, on sentences of our own: a place's own alias of a country ("Antigua") as the
owner of a state's office, a person after a trade noun's phrase, a given name after the office, a
country's own armed group, a state's coast or border guard, the labour parties' sector, the
shipping lines' countries, a dictionary firm's trade, a shared acronym called a party."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text, field_by_text


@pytest.mark.parametrize(("text", "name", "actor"), [
    # a place's alias of a country owning a state's office
    ("Antigua's prime minister said the island would seek help.", "Antigua", "cty:ATG"),
    ("Antigua's government declared an emergency. Tourists in Antigua were safe.", "Antigua", "cty:ATG"),
    ("St Vincent's prime minister Ralph Gonsalves spoke.", "St Vincent", "cty:VCT"),
    # a given and surname after a trade noun a preposition governs
    ("A lawyer for the airline Jonathan Price said the suit was baseless.", "Jonathan Price", "per:jonathan-price"),
    ("A spokesman for the bank Michael Davies said the deal was off.", "Michael Davies", "per:michael-davies"),
    # the trade noun as the name's own descriptor, a brand's first word, a trade word, results: the firm
    ("The retailer John Lewis said it would close stores.", "John Lewis", "org:john-lewis"),
    ("Shares in the retailer John Lewis fell.", "John Lewis", "org:john-lewis"),
    ("The airline Virgin Atlantic said it would add flights.", "Virgin Atlantic", "org:virgin-atlantic"),
    ("The utility Duke Energy raised prices.", "Duke Energy", "org:duke-energy"),
    ("Talks with the airline Jonathan Air broke down.", "Jonathan Air", "org:jonathan-air"),
    # a given name after the office (Ethiopia reads given names)
    ("Ethiopia's prime minister said peace was near. Abiy later met the rebels.", "Abiy", "per:abiy-ahmed"),
    ("Ethiopia's prime minister Abiy Ahmed met rebels. Abiy said peace was near.", "Abiy", "per:abiy-ahmed"),
    # a given name the text never gave the holder it reached by the office, outside those cultures: no link
    ("Israel's prime minister spoke. Benjamin said nothing.", "Benjamin", "per:benjamin"),
    # another person bears the word in full
    ("Ethiopia's prime minister spoke. Abiy Mohammed, a farmer, said he was hungry.", "Abiy Mohammed",
     "per:abiy-mohammed"),
    # a country and its own armed group before a group noun
    ("Yemen's Houthi rebels fired a missile at a ship.", "Yemen's Houthi rebels", "org:houthis"),
    ("Lebanon's Hezbollah group fired rockets.", "Lebanon's Hezbollah group", "org:hezbollah"),
    ("Sudan's Rapid Support Forces fighters seized the town.", "Sudan's Rapid Support Forces fighters", "org:rsf"),
    ("Lebanese Hezbollah fighters crossed the border.", "Lebanese Hezbollah fighters", "org:hezbollah"),
])
def test_the_actor_a_name_reads(nlp: Language, text: str, name: str, actor: str) -> None:
    assert by_text(nlp, text).get(name) == actor, by_text(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Tourists flocked to Antigua, Guatemala, for Holy Week.", "Antigua"),
    ("The colonial city of Antigua is a UNESCO site.", "Antigua"),
    ("Antigua's beaches were empty after the storm.", "Antigua"),
    ("Antigua's mayor said the festival would go on.", "Antigua"),
    ("North Korea's president visited Russia. Korea was divided in 1945.", "Korea"),
])
def test_a_place_alias_alone_is_no_country(nlp: Language, text: str, name: str) -> None:
    assert not by_text(nlp, text).get(name, "").startswith("cty:"), by_text(nlp, text)


@pytest.mark.parametrize(("text", "name", "actor"), [
    ("The Philippine coast guard said a Chinese vessel rammed its ship.", "Philippine coast guard",
     "grp:phl-coast-guard"),
    ("Japan's coast guard said it rescued the crew.", "Japan's coast guard", "grp:jpn-coast-guard"),
    ("Ukrainian border guards detained two men.", "Ukrainian border guards", "grp:ukr-border-guard"),
])
def test_a_countrys_coast_guard(nlp: Language, text: str, name: str, actor: str) -> None:
    assert by_text(nlp, text).get(name) == actor, by_text(nlp, text)
    assert field_by_text(nlp, text, "sector")[name] == "police"


@pytest.mark.parametrize("text", [
    "A security guard said the door was locked.",
    "Prison guards went on strike in France.",
    "The guard said the gate was closed.",
    "Kenya's coast guard unit was praised.",
])
def test_other_guards_are_no_state_service(nlp: Language, text: str) -> None:
    assert not any("guard" in a for a in by_text(nlp, text).values()), by_text(nlp, text)


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("Labour won the election in Britain.", "Labour", "party"),
    ("The Labour Party won the election.", "Labour Party", "party"),
    ("Israel's Labour party joined the coalition.", "Labour party", "party"),
])
def test_the_labour_parties_are_parties(nlp: Language, text: str, name: str, sector: str) -> None:
    assert field_by_text(nlp, text, "sector").get(name) == sector, field_by_text(nlp, text, "sector")


@pytest.mark.parametrize("text", [
    "Workers marched on Labour Day in Paris.",
    "The Labour Ministry said unemployment fell.",
    "Party City Holdings said it would close stores.",
])
def test_no_party_without_a_party_name(nlp: Language, text: str) -> None:
    assert "party" not in field_by_text(nlp, text, "sector").values(), field_by_text(nlp, text, "sector")


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Maersk said it would reroute ships around Africa.", "Maersk", "DNK"),
    ("A.P. Moller-Maersk reported higher profits.", "A.P. Moller-Maersk", "DNK"),
    ("Hapag-Lloyd and CMA CGM paused Red Sea transits.", "CMA CGM", "FRA"),
    ("UK Maritime Trade Operations (UKMTO) said a ship was hit.", "UKMTO", "GBR"),
    # review: the dictionary's UKMTO, named alone or in full where the model splits off "UK"
    ("UKMTO said a vessel reported an explosion near Hodeidah.", "UKMTO", "GBR"),
    ("Yemen's Houthi rebels said they had attacked the tanker Sounion.\n\nUK Maritime Trade Operations said the "
     "vessel reported being hit by three projectiles.", "UK Maritime Trade Operations", "GBR"),
])
def test_shipping_firms_have_their_country(nlp: Language, text: str, name: str, country: str) -> None:
    assert field_by_text(nlp, text, "country").get(name) == country, field_by_text(nlp, text, "country")


def test_a_person_named_maersk_stays_a_person(nlp: Language) -> None:
    assert by_text(nlp, "Peter Maersk said he would sail.").get("Peter Maersk") == "per:peter-maersk"


@pytest.mark.parametrize("text", [
    "Iran's Houthi allies fired missiles.",  # another country's
    "Israel's Hamas captives were freed.",
    "Israeli and Hezbollah fighters clashed.",
])
def test_another_countrys_group_phrase_is_not_the_group(nlp: Language, text: str) -> None:
    found = by_text(nlp, text)
    assert not any(" " in name and actor in ("org:houthis", "org:hamas", "org:hezbollah")
                   for name, actor in found.items()), found


@pytest.mark.parametrize(("text", "noun", "actor"), [
    ("Lufthansa said it would cut flights. The bank said rates would rise.", "bank", None),
    ("Ryanair said fares would fall. The lender said it would not extend credit.", "lender", None),
    ("Lufthansa said it would cut flights. The airline added that fares would rise.", "airline", "org:lufthansa"),
])
def test_a_dictionary_firms_trade(nlp: Language, text: str, noun: str, actor: str | None) -> None:
    assert by_text(nlp, text).get(noun) == actor, by_text(nlp, text)


@pytest.mark.parametrize(("text", "actor"), [
    ("The NDB, a Nepali party, called for grants.", "org:ndb"),
    ("The NDB, an opposition party, said loans were a trap.", "org:ndb"),
    # the bank named in full, or an apposition calling it a lender
    ("The New Development Bank issued bonds. The NDB said demand was strong.", "igo:ndb"),
    ("The NDB, a lender set up by the BRICS, approved a loan. The party was over.", "igo:ndb"),
])
def test_an_apposition_naming_a_party_beats_lending_words(nlp: Language, text: str, actor: str) -> None:
    assert by_text(nlp, text).get("NDB") == actor, by_text(nlp, text)


def test_the_holder_named_after_a_place_alias_owner_is_of_the_country(nlp: Language) -> None:
    text = "Antigua's prime minister Gaston Browne said the island would seek help."
    assert field_by_text(nlp, text, "country").get("Antigua's prime minister Gaston Browne") == "ATG", \
        field_by_text(nlp, text, "country")


@pytest.mark.parametrize(("text", "name", "actor"), [
    # review: a shipping line's name opening one of its vessels' names is the ship, not the line
    ("The Maersk Hangzhou was attacked in the Red Sea.", "Maersk", None),
    ("The Maersk Hangzhou's crew returned fire.", "Maersk", None),
    ("The container ship Maersk Gibraltar was hit by a drone.", "Maersk", None),
    # the line's own words, the line alone, its brand: the line
    ("The Maersk ship was hit by a missile.", "Maersk", "org:maersk"),
    ("Maersk Chief Executive Vincent Clerc said ships would sail around Africa.", "Maersk", "org:maersk"),
    ("Maersk Line said it would pause transits.", "Maersk Line", "org:maersk"),
    ("Maersk said the Maersk Hangzhou was safe.", "Maersk", "org:maersk"),
    # review: a capitalised word opening the sentence is no longer name ("North Korea's")
    ("But Antigua's prime minister said the island would seek help.", "Antigua", "cty:ATG"),
    ("Meanwhile, Antigua's government declared an emergency.", "Antigua", "cty:ATG"),
    ("North Korea's army fired two missiles.", "North Korea", "cty:PRK"),
])
def test_review_lines_vessels_and_owners(nlp: Language, text: str, name: str, actor: str | None) -> None:
    assert by_text(nlp, text).get(name) == actor, by_text(nlp, text)


def test_review_a_shipping_line_is_no_shipbuilder(nlp: Language) -> None:
    text = "Maersk said it would reroute ships around Africa. The shipbuilder said orders rose."
    assert "shipbuilder" not in by_text(nlp, text), by_text(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # review (base): a people's word the model tagged a person before the noun it modifies is no person
    ("Tuareg separatists said they had ambushed a convoy.", "Tuareg"),
    ("Tuareg separatists of the CSP alliance said they had ambushed a Malian army convoy.", "Tuareg"),
])
def test_review_a_peoples_word_before_its_noun_is_no_person(nlp: Language, text: str, name: str) -> None:
    assert not by_text(nlp, text).get(name, "").startswith("per:"), by_text(nlp, text)
