"""Session 21 actors, on sentences of our own: the multilateral banks and their shared acronyms, a
famous surname with no trade in apposition (the trades: ``test_session20_namesakes``), a country's
adjective and a trade noun before a firm's name, and "the carmaker" after the one firm named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import actor_field, by_text, field_by_text, run


@pytest.mark.parametrize(("text", "name", "actor"), [
    ("The Asian Infrastructure Investment Bank approved a loan. The AIIB said it would lend more.", "AIIB",
     "igo:aiib"),
    ("The European Investment Bank will finance the wind farm, the EIB said.", "EIB", "igo:eib"),
    ("The European Bank for Reconstruction and Development invested in Ukraine, the EBRD said.", "EBRD",
     "igo:ebrd"),
    ("The African Development Bank said growth would slow. The AfDB cut its forecast.", "AfDB", "igo:afdb"),
    ("The IADB approved a $200 million loan to Colombia.", "IADB", "igo:iadb"),
    ("The Islamic Development Bank pledged aid to Gaza.", "Islamic Development Bank", "igo:isdb"),
])
def test_the_multilateral_banks(nlp: Language, text: str, name: str, actor: str) -> None:
    assert by_text(nlp, text).get(name) == actor, by_text(nlp, text)
    assert actor_field(nlp, text, actor, "type") == "igo"


@pytest.mark.parametrize(("text", "actor"), [
    # the article names the bank in full, or speaks of lending
    ("The Asian Development Bank cut its growth forecast. The ADB said inflation would ease.", "igo:adb"),
    ("The Inter-American Development Bank approved a loan to Brazil. The IDB said the funds would go to roads.",
     "igo:iadb"),
    ("The New Development Bank, set up by the BRICS countries, issued bonds. The NDB said demand was strong.",
     "igo:ndb"),
])
def test_a_shared_acronym_is_the_bank_the_article_names(nlp: Language, text: str, actor: str) -> None:
    found = by_text(nlp, text)
    assert found.get(text.split(". ")[1].split()[1]) == actor, found


@pytest.mark.parametrize(("text", "acronym"), [
    ("The ADB said the amplifier would ship in May.", "ADB"),
    ("The NDB party won the vote in the election.", "NDB"),
    ("Analysts at ADB said the yen would weaken.", "ADB"),
    # a finance minister is no word of lending (review)
    ("The finance minister said the NDB would not be allowed to march.", "NDB"),
    ("Egypt's Finance Ministry said the IDB had no say in the budget.", "IDB"),
])
def test_a_shared_acronym_alone_is_no_bank(nlp: Language, text: str, acronym: str) -> None:
    assert not by_text(nlp, text).get(acronym, "").startswith("igo:"), by_text(nlp, text)


@pytest.mark.parametrize(("text", "name", "actor"), [
    ("Ms. Harris, a senator from California, said the bill would pass.", "Ms. Harris", "per:kamala-harris"),
    ("Mr. Trump, a property developer from New York, announced his candidacy.", "Mr. Trump", "per:donald-trump"),
    ("Harris, a former nurse from Oakland, said she would run.", "Harris", "per:kamala-harris"),
    ("Ms. Harris, a nurse turned senator, said the bill would pass.", "Ms. Harris", "per:kamala-harris"),
    ("Mr. Biden, a carpenter's son from Scranton, spoke.", "Mr. Biden", "per:joe-biden"),
    ("Mr. Macron, a banker at Rothschild, said the deal was done.", "Mr. Macron", "per:emmanuel-macron"),
    ("Ms. Harris, a senator from California who was a prosecutor, said the bill would pass.", "Ms. Harris",
     "per:kamala-harris"),
    ("Mr. Biden, a carpenter's son from Scranton who rose to the Senate, spoke.", "Mr. Biden", "per:joe-biden"),
])
def test_the_famous_person_keeps_a_name_without_a_trade(nlp: Language, text: str, name: str, actor: str) -> None:
    assert by_text(nlp, text).get(name) == actor, by_text(nlp, text)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("German airline Skyvo said it would cut 300 flights.", "Skyvo", "DEU"),
    ("French carmaker Voltaro said sales fell.", "Voltaro", "FRA"),
    ("Dutch retailer Hemko said it would open stores.", "Hemko", "NLD"),
    ("The airline Skyvo said it would cut flights.", "Skyvo", None),
])
def test_a_trade_noun_before_a_name_makes_a_firm(nlp: Language, text: str, name: str, country: str | None) -> None:
    actors, mentions = run(nlp, text)
    found = {m.text: m.actor for m in mentions}
    info = {a.id: a for a in actors}[found[name]]
    assert (info.type, info.country) == ("organization", country), info


@pytest.mark.parametrize(("text", "name"), [
    ("German pilot Skyvo said he would retire.", "Skyvo"),
    ("German airline pilot Skyvo said he would retire.", "Skyvo"),
    ("German bank manager Kober said he would retire.", "Kober"),
    ("He sued the utility Johnson had founded.", "Johnson"),  # the subject of a clause on the noun
    ("Police said the supermarket Kober owned was robbed.", "Kober"),
])
def test_a_person_after_a_trade_word_stays_one(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith("per:"), by_text(nlp, text)


@pytest.mark.parametrize(("text", "firm"), [
    ("Volkswagen said sales fell. The carmaker added that it would cut jobs.", "org:volkswagen"),
    ("Lufthansa said it would cut flights. The airline added that fares would rise.", "org:lufthansa"),
    ("Voltaro said profits rose. The carmaker's shares rose 3%.", "org:voltaro"),
    # a name of the same trade, and a clause after a comma
    ("General Motors said sales fell. The carmaker said it would cut jobs.", "org:general-motors"),
    ("Skyvo said it would cut flights. The airline, which flies to 40 cities, said fares would rise.",
     "org:skyvo"),
])
def test_the_trade_noun_is_the_one_firm_named(nlp: Language, text: str, firm: str) -> None:
    found = by_text(nlp, text)
    assert firm in found.values() and found.get("carmaker", found.get("airline")) == firm, found


@pytest.mark.parametrize("text", [
    "Volkswagen and Toyota said sales fell. The carmaker added that it would cut jobs.",
    "Voltaro said profits rose. Police raided the bank on Monday.",
    "The Finance Ministry said taxes would rise. The lender said rates would stay.",
    "Voltaro said profits rose. The central bank said rates would stay.",
    "The EU said tariffs would rise. The carmaker said it would cut jobs.",
    "Voltaro said profits rose. A carmaker in Japan said sales fell.",
    # a firm of another trade by its name or the article's words (review)
    "Deutsche Bank said it would leave Russia. The carmaker said it would cut jobs.",
    "Emirates Airline said it would resume flights. The bank said rates would stay.",
    "The airline Skyvo said it would cut flights. Later the bank said rates would stay.",
    # a clause or phrase right after the noun makes it another one (review)
    "Volkswagen said sales fell. The bank that lends to it said nothing.",
    "Volkswagen said sales fell. The bank in Wolfsburg said it would lend more.",
])
def test_the_trade_noun_names_no_firm(nlp: Language, text: str) -> None:
    found = by_text(nlp, text)
    assert not {"carmaker", "bank", "lender"} & set(found), found


@pytest.mark.parametrize("text", [
    "The Philippine coast guard said Chinese vessels had rammed one of its ships near Sabina Shoal.",
    "Manila accused Beijing of blocking supplies to Sabina Shoal.",
])
def test_a_natural_feature_is_no_person(nlp: Language, text: str) -> None:
    actors, _ = run(nlp, text)
    assert not [a for a in actors if a.type == "person"], actors


@pytest.mark.parametrize(("text", "name"), [
    ("Jennifer Reef said she would sue.", "Jennifer Reef"),  # a person cue
    ("Country singer George Strait said he would tour again.", "George Strait"),  # no feature of the list
])
def test_a_person_with_a_feature_word_stays_one(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith("per:"), by_text(nlp, text)


def test_an_unknown_product_that_speaks_of_its_own_is_a_firm(nlp: Language) -> None:
    text = "Danish shipping giant Maersk said it would keep diverting its vessels around the Cape of Good Hope."
    actors, mentions = run(nlp, text)
    found = {m.text: m.actor for m in mentions}
    assert {a.id: a.type for a in actors}.get(found.get("Maersk")) == "organization", found


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Prime Minister Abiy Ahmed said Ethiopia sought no war with anyone.", "Prime Minister Abiy Ahmed", "ETH"),
    ("President Lai Ching-te said Taiwan would not bow to pressure.", "President Lai Ching-te", "TWN"),
])
def test_leaders_of_the_horn_and_the_strait_have_their_country(nlp: Language, text: str, name: str,
                                                                 country: str) -> None:
    assert field_by_text(nlp, text, "country").get(name) == country, field_by_text(nlp, text, "country")


@pytest.mark.parametrize(("text", "name", "actor"), [
    ("Media tycoon Jimmy Lai went on trial in Hong Kong. Lai denied the charges.", "Lai", "per:jimmy-lai"),
    ("Mr. Ahmed, a teacher, said schools had closed.", "Mr. Ahmed", "per:ahmed"),
])
def test_their_surnames_alone_stay_the_articles_people(nlp: Language, text: str, name: str, actor: str) -> None:
    assert by_text(nlp, text).get(name) == actor, by_text(nlp, text)
