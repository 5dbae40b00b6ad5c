"""Review 8 of places: organisations and people the actors know are no standing towns
("attacked Hamas" is no Hamm, "attacked Cheney" no Cheney, WA), a ship's name is no place
("USS New York"), a long hyphenated run costs linear time in ``sites``, and the crossings'
data. Sentences of our own, run through the whole pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline import gazetteer
from dateline.gazetteer.sites import named_sites
from dateline.places.standing import strong_entry, variant


def _places(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.text: (p.country, p.feature) for p in nlp(text)._.places}


@pytest.mark.parametrize(("text", "name"), [
    ("Israeli forces attacked Hamas in Gaza on Tuesday.", "Hamas"),
    ("Israel vowed to keep up the offensive on Hamas until the hostages are freed.", "Hamas"),
    ("The army said it struck Hamas command centres overnight.", "Hamas"),
    ("Russian forces attacked Wagner positions in Rostov.", "Wagner"),
    ("The figures came from IRNA, the official news agency.", "IRNA"),
    ("Regulators attacked Google over its ad business.", "Google"),
    ("Trump attacked Meta and Google in a post.", "Meta"),
    ("Republicans attacked Cheney on Tuesday over the budget.", "Cheney"),
    ("Trump attacked Cheney again on Truth Social.", "Cheney"),
    ("Mediators carried a message from Cruz to the negotiators.", "Cruz"),
    ("The investigation into Powell widened this week.", "Powell"),
    ("Critics attacked Ortega. Ortega accused the bishops of treason.", "Ortega"),
    ("Critics attacked Blair over the Iraq war.", "Blair"),
    ("Republicans attacked Khan on Tuesday over the budget.", "Khan"),
    ("The attack on Truss's budget came from the markets.", "Truss"),
    ("Exiles in Miami attacked Castro over the crackdown.", "Castro"),
    ("Republicans attacked Tyler on Tuesday over the budget.", "Tyler"),  # ORG-tagged
    ("The attack on Hoover drew condemnation from both parties.", "Hoover"),  # untagged
])
def test_actor_or_surname_is_no_standing_town(nlp: Language, text: str, name: str) -> None:
    assert name not in _places(nlp, text), nlp(text)._.places


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Russian forces advanced on Kurakhove on Monday.", "Kurakhove", "UA"),
    ("Ukrainian troops pushed into Sudzha last week.", "Sudzha", "RU"),
    ("Settlers rampaged in Huwara overnight, residents said.", "Huwara", "PS"),
    ("Survivors recalled the attack on Be'eri in October.", "Be'eri", "IL"),
    ("Protesters gathered against evictions in Sheikh Jarrah.", "Sheikh Jarrah", "PS"),
    ("The battle for Bakhmut lasted months.", "Bakhmut", "UA"),
])
def test_conflict_town_still_stands(nlp: Language, text: str, name: str, country: str) -> None:
    assert _places(nlp, text).get(name, (None,))[0] == country, nlp(text)._.places


@pytest.mark.parametrize(("name", "other", "same"), [
    ("avdiivka", "avdiyivka", True), ("kurakhove", "kurakhovo", True), ("qalqilya", "qalqilyah", True),
    ("hamas", "hamm", False), ("khan", "haan", False), ("irna", "salerno", False), ("google", "topeka", False),
])
def test_variant(name: str, other: str, same: bool) -> None:
    assert variant(name, other) is same


@pytest.mark.parametrize("name", ["Hamas", "IRNA", "Google", "Khan"])
def test_alternate_name_must_spell_the_entry(name: str) -> None:
    assert strong_entry(gazetteer.load(), name) is None


@pytest.mark.parametrize(("text", "name"), [
    ("The USS New York sailed into the Mediterranean on Tuesday.", "New York"),
    ("The amphibious ship USS New York arrived off Lebanon.", "New York"),
    ("HMS Glasgow sailed to the Gulf on Monday.", "Glasgow"),
    ("INS Mumbai and INS Chennai escorted tankers in the Arabian Sea.", "Mumbai"),
    ("The carrier HMS Prince of Wales left Portsmouth.", "Wales"),
    ("The frigate HMS Richmond shot down two drones.", "Richmond"),
    ("China's carrier the Liaoning sailed near Taiwan.", "Liaoning"),
    ("The Liaoning carrier group sailed past Okinawa.", "Liaoning"),
    ("The frigate Admiral Essen fired at the port.", "Essen"),
])
def test_ship_name_is_no_place(nlp: Language, text: str, name: str) -> None:
    assert name not in _places(nlp, text), nlp(text)._.places


@pytest.mark.parametrize(("text", "name"), [
    ("Protesters marched in New York and Glasgow on Saturday.", "Glasgow"),
    ("The carrier HMS Prince of Wales left Portsmouth.", "Portsmouth"),
    ("The INS raided a farm in Richmond.", "Richmond"),  # the agency, not a ship's prefix
    ("The national carrier Qatar Airways resumed flights to Beirut.", "Qatar"),  # an airline
])
def test_place_beside_a_ship_stays(nlp: Language, text: str, name: str) -> None:
    assert name in _places(nlp, text), nlp(text)._.places


def test_long_hyphenated_run_is_linear() -> None:
    text = "Residents said the " + "-".join(["Aa"] * 200) + " gate was closed at the Ras Jdir crossing."
    assert [text[s:e] for s, e in named_sites(text, gazetteer.load())] == ["Ras Jdir"]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Aid entered through the Jordan River crossing.", "Jordan River crossing", None),  # generic
    ("The Allenby Bridge crossing was closed on Friday.", "Allenby Bridge", ("JO", "PSTB")),
    ("Israeli jets bombed Natanz and Fordow.", "Fordow", ("IR", "PS")),
])
def test_crossing_and_site_rows(nlp: Language, text: str, name: str,
                                expected: tuple[str, str] | None) -> None:
    assert _places(nlp, text).get(name) == expected, nlp(text)._.places


@pytest.mark.parametrize(("text", "name", "place"), [
    ("Senator Warren said the bill would fail.", "Warren", False),  # a title, a say-verb
    ("Republicans attacked Warren, who defended the plan.", "Warren", False),  # ", who"
    ("Moscow said the talks had failed.", "Moscow", True),  # a capital speaks for its government
    ("Jordan said it would close the border.", "Jordan", True),  # a country
    ("Officials in Hamilton said the roads were closed.", "Hamilton", True),  # after "in"
    ("Protesters gathered in Warren on Saturday.", "Warren", True),
])
def test_gpe_tagged_person(nlp: Language, text: str, name: str, place: bool) -> None:
    assert (name in _places(nlp, text)) is place, nlp(text)._.places


@pytest.mark.parametrize(("text", "name"), [
    ("They ate at Teppan Grill in Mission Viejo on Sunday.", "Mission Viejo"),  # "Viejo" PERSON
    ("Officials culled hogs at a farm in Pandi, Bulacan on Sunday.", "Bulacan"),  # a province
])
def test_town_name_cut_short_or_area(nlp: Language, text: str, name: str) -> None:
    assert name in _places(nlp, text), nlp(text)._.places


@pytest.mark.parametrize(("text", "name", "found"), [
    ("The Guard opened armories in Dodge City, Great Bend, Hutchinson, Kingman and Pratt.", "Kingman", True),
    ("The investigation into Powell widened this week.", "Powell", False),
])
def test_person_tagged_in_a_list_of_towns(nlp: Language, text: str, name: str, found: bool) -> None:
    assert (name in _places(nlp, text)) is found, nlp(text)._.places
