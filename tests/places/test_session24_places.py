"""Session 24: a great capital's namesake that is one of its country's first cities takes any
vote for its country ("Lebanese officials said strikes hit Tripoli": Lebanon's), not where the
text calls the name a capital or flies to it; a city that shares its province's name is the city
unless an area word follows ("strikes hit Kirkuk"; "Kirkuk and Nineveh provinces"); "the" before
a water of our table tagged a person ("through the Bosporus"); towns of war news (Tinzaouaten,
Barsalogho; Nabatieh by its news spelling).
Sentences of our own, run through the whole pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _places(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.text: (p.country, p.feature) for p in nlp(text)._.places}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Lebanese officials said strikes hit Tripoli.", "Tripoli", "LB"),
    ("Lebanon's army said strikes hit Tripoli.", "Tripoli", "LB"),
    ("Strikes hit Tripoli in Lebanon, the army said.", "Tripoli", "LB"),
    # near misses: the capital's country named, the text calls it a capital or flies there,
    # a town under 2% of its country's people, no sign of the country
    ("Libya's government said militias clashed in Tripoli.", "Tripoli", "LY"),
    ("Lebanon's foreign minister flew to Tripoli for talks with Libyan leaders.", "Tripoli", "LY"),
    ("Lebanon's foreign minister flew to Tripoli.", "Tripoli", "LY"),
    ("Lebanese officials said their embassy in Tripoli, the Libyan capital, was closed.", "Tripoli", "LY"),
    ("Lebanese officials said strikes hit Tripoli. Libya's prime minister condemned them.", "Tripoli", "LY"),
    ("Lebanese officials said the ship sailed from Tripoli to Benghazi.", "Tripoli", "LY"),
    # review: a seat of government abroad (an embassy, an ambassador, a counterpart, a government in it)
    ("Lebanon condemned the attack on its embassy in Tripoli.", "Tripoli", "LY"),
    ("Lebanon's ambassador in Tripoli was summoned on Monday.", "Tripoli", "LY"),
    ("Lebanese Foreign Minister Abdallah Bou Habib said he had called his counterpart in Tripoli.", "Tripoli", "LY"),
    ("Lebanese officials said they had asked the government in Tripoli to release Hannibal Gaddafi.",
     "Tripoli", "LY"),
    ("Lebanese officials said Beirut and Tripoli were hit.", "Tripoli", "LB"),
    ("A Lebanese man was kidnapped in Tripoli.", "Tripoli", "LY"),
    ("Militias clashed in Tripoli on Saturday.", "Tripoli", "LY"),
    ("Canadian officials said floods hit London on Sunday.", "London", "GB"),
    ("Canada's prime minister said the talks in London collapsed.", "London", "GB"),
    ("American officials said riots hit Athens.", "Athens", "GR"),
    ("American officials said drones hit Moscow.", "Moscow", "RU"),
])
def test_first_city(nlp: Language, text: str, name: str, country: str) -> None:
    assert _places(nlp, text)[name][0] == country


@pytest.mark.parametrize(("text", "name", "feature"), [
    ("Officials said strikes hit Kirkuk on Sunday.", "Kirkuk", "PPL"),
    ("Pilgrims gathered in Karbala on Sunday.", "Karbala", "PPL"),
    ("Fighting reached Sennar on Saturday.", "Sennar", "PPL"),
    ("Oil output rose in the Basra and Maysan provinces.", "Basra", "ADM1"),
    ("Fighting spread across Kirkuk and Nineveh provinces.", "Kirkuk", "ADM1"),
    ("Fighting raged in the Donetsk and Luhansk regions.", "Luhansk", "ADM1"),
    # near misses: an area word or office after or before the name
    ("Strikes hit Kirkuk province on Sunday.", "Kirkuk", "ADM1"),
    ("The governor of Kirkuk resigned.", "Kirkuk", "ADM1"),
    ("Kirkuk's governor resigned on Monday.", "Kirkuk", "ADM1"),
    ("Voters in Kirkuk governorate went to the polls.", "Kirkuk", "ADM1"),
    ("The army retook Sennar state on Saturday.", "Sennar", "ADM1"),
    ("Strikes hit Kirkuk, the capital of the province, on Sunday.", "Kirkuk", "PPL"),
    ("Strikes hit Basra on Sunday.", "Basra", "PPL"),
])
def test_city_of_its_province(nlp: Language, text: str, name: str, feature: str) -> None:
    assert _places(nlp, text)[name][1] == feature


@pytest.mark.parametrize(("text", "name", "place"), [
    ("A tanker passed through the Bosporus on Monday.", "Bosporus", ("TR", "STRT")),
    ("Turkey closed the Bosporus to warships.", "Bosporus", ("TR", "STRT")),
    ("The Dardanelles were closed after the collision.", "Dardanelles", ("TR", "STRT")),
    ("Militants attacked an army post in Tinzaouaten, Mali.", "Tinzaouaten", ("ML", "PPL")),
    ("The attack on Barsalogho killed hundreds.", "Barsalogho", ("BF", "PPL")),
    ("Residents of Nabatieh fled north.", "Nabatieh", ("LB", "PPL")),
    ("Houthi fighters seized Mocha in 2015.", "Mocha", ("YE", "PPL")),
    ("Mocha, Ecuador, lies in the Andes.", "Mocha", ("EC", "PPL")),
    ("Nabatieh said he would not run again.", "Nabatieh", None),
    ("Mocha Chen said the company would expand.", "Mocha", None),
    # near misses: no "the", a longer name
    ("Bosporus said he would run for mayor.", "Bosporus", None),
    ("The Bosporus Bridge was lit in red.", "Bosporus", None),
])
def test_waters_and_war_towns(nlp: Language, text: str, name: str, place: tuple[str, str] | None) -> None:
    assert _places(nlp, text).get(name) == place


@pytest.mark.parametrize(("furniture", "where", "span"), [
    # review: a byline's place given as the dateline (no text of its own) points into the byline
    ((("headline", "Kyiv vows to hold Kursk"), ("byline", "By Jane Roe in Kyiv")), "furniture:1", (15, 19)),
    ((("byline", "By Jane Roe"),), "dateline", (0, 4)),  # no line holds it: the name alone, as before
])
def test_byline_place_offsets(nlp: Language, furniture: tuple[tuple[str, str], ...], where: str,
                              span: tuple[int, int]) -> None:
    from dateline.model import CleanArticle, Dateline, Furniture
    from dateline.nlp.records import prepare

    body = "Ukrainian forces pressed deeper into Russia on Sunday, the army said."
    article = CleanArticle(body=body, paragraphs=((0, len(body)),), dateline=Dateline(place="Kyiv"),
                           furniture=tuple(Furniture(kind, text) for kind, text in furniture))
    (place,) = [p for p in nlp(prepare(nlp.make_doc, article))._.places if p.text == "Kyiv"]
    assert (place.offsets_in, (place.start, place.end), place.country) == (where, span, "UA")
