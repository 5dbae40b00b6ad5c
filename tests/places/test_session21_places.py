"""Session 21: bare Irish county names in an Irish story (``places.irish``). Sentences of our
own, run through the whole pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _places(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.text: (p.country, p.feature) for p in nlp(text)._.places}


@pytest.mark.parametrize(("text", "names"), [
    ("Flooding hit Kerry and Clare overnight, Met Eireann said.", ("Kerry", "Clare")),  # a hazard, a list
    ("Gardai in Kerry said the road was shut after flooding in Clare.", ("Kerry", "Clare")),
    ("DUBLIN — Homes in Westmeath and Kildare lost power, the Taoiseach said.", ("Westmeath", "Kildare")),
    ("Storm Ashley brought winds to Cork and Kerry, and Galway was also hit, Met Eireann said.",
     ("Kerry",)),  # a list opened by a tagged place
    ("Gardaí arrested a man from Cork and a woman from Meath.", ("Meath",)),
    ("DUBLIN — The band played in Kerry on Friday.", ("Kerry",)),  # the body's dateline
    ("ENNIS, Ireland — Flooding hit Clare and Kerry, police said.", ("Clare", "Kerry")),  # Irish qualifier
    ("Officials in Cork said flooding hit Kerry overnight.", ("Kerry",)),  # a county's name, a town first
])
def test_bare_county_in_an_irish_story(nlp: Language, text: str, names: tuple[str, ...]) -> None:
    got = _places(nlp, text)
    for name in names:
        assert got.get(name) == ("IE", "ADM2"), got


@pytest.mark.parametrize(("text", "name"), [
    ("Flooding hit Kerry and Clare overnight, officials in Texas said.", "Kerry"),  # no Irish story
    ("DUBLIN — John Kerry said the talks had failed.", "Kerry"),  # a person's full name
    ("The Taoiseach met Clare Daly in Brussels.", "Clare"),
    ("The Taoiseach thanked Kerry for her work in Brussels.", "Kerry"),  # no place's cue
    ("Ms Clare told the Dáil she was in Cork.", "Clare"),  # an honorific
    ("The Taoiseach praised Kerry Group's results in Tralee.", "Kerry"),  # a firm's name
    ("Ireland's farmers met in Washington. Secretary Kerry spoke of Clare.", "Clare"),  # "of"
    ("Michigan officials said floods hit Clare on Monday.", "Clare"),  # no Irish story
    ("DUBLIN, Ohio — Flooding hit Kerry and Clare overnight, police said.", "Kerry"),  # a US dateline
    ("Police in Ennis, Texas, said flooding hit Kerry and Clare overnight.", "Clare"),  # a US qualifier
])
def test_county_name_near_misses(nlp: Language, text: str, name: str) -> None:
    assert _places(nlp, text).get(name) != ("IE", "ADM2")


def test_other_readings_stay(nlp: Language) -> None:
    text = "CLARE, Mich. — A tornado damaged a school in Clare on Sunday, Sheriff John Kerry said."
    assert [p.country for p in nlp(text)._.places if p.text == "Clare"] == ["US"]  # no Irish story
    assert _places(nlp, "Gardaí said the crash happened near Clare, Michigan.")["Clare"] == ("US", "PPL")
    assert "Kerry" not in _places(nlp, "Police in Kerry, Texas, said the road was shut. Ireland was calm.")
    assert _places(nlp, "A Garda spokesman said the Kildare Street offices were shut.")["Kildare Street"] == (
        None, None)


def test_the_actors_give_the_county_back(nlp: Language) -> None:
    doc = nlp("Gardai in Kerry said the road was shut.")
    assert not [m for m in doc._.mentions if m.text == "Kerry"]  # "in Kerry" is the county's
    assert all(a.id != "per:john-kerry" for a in doc._.actors)
    doc = nlp("Gardai in Kerry said the road was shut. John Kerry later visited Dublin.")
    assert "Kerry" not in _places(nlp, doc.text)  # the text's own John Kerry: a person's name
    assert any(m.text == "John Kerry" for m in doc._.mentions)


@pytest.mark.parametrize(("text", "country"), [
    ("Pakistani officials in Hyderabad said the flood had receded.", "PK"),  # 0.9% of Pakistan's people
    ("Pakistani police in Hyderabad arrested three men.", "PK"),
    ("Indian officials in Hyderabad said the flood had receded.", "IN"),
    ("Officials in Hyderabad said the flood had receded.", "IN"),  # no sign: the largest
    ("Pakistani officials in Hyderabad, India, said the talks went well.", "IN"),  # a qualifier
    ("A Pakistani man in Hyderabad was arrested, Indian police said.", "IN"),  # no officials
    ("Chinese officials in Hyderabad said the talks went well.", "IN"),  # no Chinese Hyderabad
    ("American officials in Birmingham said the talks went well.", "GB"),  # 0.06% of the US
])
def test_officials_in_a_leading_town_below_one_percent(nlp: Language, text: str, country: str) -> None:
    assert nlp(text)._.places[0].country == country


@pytest.mark.parametrize(("text", "name", "where"), [
    ("Police in the Detroit suburb of Waterford said the lake was closed.", "Waterford", ("US", "MI")),
    ("The Detroit suburb of Waterford voted on Tuesday.", "Waterford", ("US", "MI")),  # taken for an org
    ("The Atlanta suburb of Marietta reported a fire.", "Marietta", ("US", "GA")),
    ("Officials in Waterford said the port was busy.", "Waterford", ("IE", None)),  # no suburb's town
    ("Police in the suburb of Waterford said the lake was closed.", "Waterford", None),  # no town named
    ("The Dublin suburb of Waterford does not exist.", "Waterford", None),  # none near Dublin
])
def test_a_suburb_near_its_town(nlp: Language, text: str, name: str, where: tuple[str, str | None] | None) -> None:
    from dateline import gazetteer

    place = next((p for p in nlp(text)._.places if p.text == name), None)
    if where is None:
        assert place is None
        return
    assert place is not None and place.country == where[0]
    if where[1]:
        assert any(e.geonames_id == place.geonames_id and e.admin1 == where[1]
                   for e in gazetteer.load().lookup(name))


@pytest.mark.parametrize(("text", "first"), [
    ("She bought a house on Martha's Vineyard.", ("Martha's Vineyard", "US")),  # an owner's name
    ("He visited Martha's Vineyard and Nantucket.", ("Martha's Vineyard", "US")),
    ("Martha's house in Vineyard, California, burned.", ("Vineyard", "US")),  # the owner apart
    ("Trump's Washington is a different place.", ("Washington", "US")),  # no place so named
])
def test_an_owners_name_in_a_place(nlp: Language, text: str, first: tuple[str, str]) -> None:
    place = nlp(text)._.places[0]
    assert (place.text, place.country) == first
