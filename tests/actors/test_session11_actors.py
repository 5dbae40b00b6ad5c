"""Session 11 actor and entity slips, on sentences of our own: national police forces in the
dictionary and a bare "police" under a dateline; "Johnson and Johnson" is a company; a
hospital or mosque name is a facility whatever the model's label; a list of towns the model
read as a title is the towns."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from dateline.pipeline import Pipeline
from tests.actors.test_conflict_news import run


def _actors_of(pipeline: Pipeline, text: str, word: str) -> list[str | None]:
    record = pipeline.process(text)
    return [m.actor for m in record.mentions if m.text == word]


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("JERUSALEM (Reuters) - Israeli police said they detained four men.", "Israeli police", ["org:israel-police"]),
    ("Nigerian police said gunmen kidnapped 30 pupils.", "Nigerian police", ["org:nigeria-police-force"]),
    # a country without one national force in the dictionary keeps its group; a named branch too
    ("Pakistani police arrested 12 protesters in Lahore.", "Pakistani police", ["grp:pak-police"]),
    ("Israeli border police shot a man at the checkpoint.", "Israeli border police", ["grp:isr-border-police"]),
])
def test_national_police(pipeline: Pipeline, text: str, word: str, expected: list[str]) -> None:
    assert _actors_of(pipeline, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("KYIV (Reuters) - Police said a drone hit a block of flats.", "Police", ["org:ukraine-national-police"]),
    ("JERUSALEM (Reuters) - Two men were stabbed near the Old City, the police said.", "police",
     ["org:israel-police"]),
    ("KYIV (Reuters) - Russian missiles killed three people in Odesa, police said.", "police",
     ["org:ukraine-national-police"]),
    # the dateline's capital, not another city the gazetteer also knows by its name; a country
    # without a national force in the dictionary: its group
    ("ISLAMABAD (Reuters) - Police fired tear gas at the marchers.", "Police", ["grp:pak-police"]),
    # the police named before come first, with a dateline or without
    ("KYIV (Reuters) - Polish police said debris fell near a village. Police closed the road.",
     "Police", ["grp:pol-police"]),
    ("Israeli police said a man was stabbed. Police later arrested a suspect.", "Police", ["org:israel-police"]),
    ("KYIV (Reuters) - Police said a drone hit a block of flats. Police later said two people died.",
     "Police", ["org:ukraine-national-police", "org:ukraine-national-police"]),
    # the place it is set in comes first: its country's police, no one where it has no country
    ("LONDON (Reuters) - Israeli police detained an activist. Police in London said they were aware.",
     "Police", ["grp:gbr-police"]),
    ("Police in London said a man was arrested at the station.", "Police", ["grp:gbr-police"]),
    ("KYIV (Reuters) - Polish police said debris fell near a village. Police in Kyiv closed the road.",
     "Police", ["org:ukraine-national-police"]),
    ("JERUSALEM (Reuters) - Police in the West Bank said a man was shot.", "Police", []),
    # the dateline's capital for a modified police too
    ("ISLAMABAD (Reuters) - Riot police fired tear gas at the marchers.", "Riot police", ["grp:pak-riot-police"]),
    # neighbours: no dateline, another country's police in the sentence, another country before it
    ("Police said a drone hit a block of flats.", "Police", []),
    ("KYIV (Reuters) - Police said debris fell near a village, Polish police said.", "Police", []),
    ("BEIRUT (Reuters) - In Syria, police said the road was closed.", "police", []),
    ("KYIV (Reuters) - Poland said police found debris near a village.", "police", []),
    ("KYIV (Reuters) - Warsaw said police had found debris near a village.", "police", []),
])
def test_bare_police_is_the_datelines(pipeline: Pipeline, text: str, word: str, expected: list[str]) -> None:
    assert _actors_of(pipeline, text, word) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Boris Johnson toured a vaccine plant. Johnson and Johnson said it would cut 300 jobs.", "Johnson and Johnson"),
    ("Boris Johnson spoke on Monday. Johnson & Johnson said its sales rose.", "Johnson & Johnson"),
])
def test_repeated_surname_is_a_company(nlp: Language, text: str, name: str) -> None:
    _, mentions = run(nlp, text, "2021-03-01")
    assert [m.actor for m in mentions if m.text == "Johnson"] == []
    company = [m.actor for m in mentions if m.text == name]
    assert len(company) == 1 and company[0].startswith("org:")


@pytest.mark.parametrize(("text", "person"), [
    ("Boris Johnson and Keir Starmer debated on Tuesday.", "per:boris-johnson"),
    # the first "Johnson" ends a person's full name: the person, then a namesake, no company
    ("Boris Johnson and Johnson's aides met on Monday.", "per:boris-johnson"),
    ("Magic Johnson and Johnson's teammates celebrated the title.", "per:magic-johnson"),
])
def test_people_joined_by_and_stay_people(nlp: Language, text: str, person: str) -> None:
    _, mentions = run(nlp, text, "2024-06-01")
    assert person in [m.actor for m in mentions]
    assert not [m for m in mentions if m.text == "Johnson and Johnson"]


@pytest.mark.parametrize(("text", "acting"), [
    # the hospital as the institution that runs it: it speaks, reports, has staff who speak for it
    ("Nasser Hospital said 20 bodies had arrived overnight.", True),
    ("Al-Shifa Hospital reported 30 deaths on Tuesday.", True),
    ("The director of Nasser Hospital said ten patients died.", True),
    ("Doctors at Kamal Adwan Hospital said the generators had stopped.", True),
    ("Twenty bodies arrived overnight, according to Nasser Hospital.", True),
    ("Nasser Hospital's statement said 20 bodies had arrived.", True),
    ("Figures from Al-Shifa Hospital showed 30 dead.", True),
    # the hospital as a place: raided, shelled, where patients are
    ("Israeli troops raided Nasser Hospital in Khan Younis.", False),
    ("Nasser Hospital was shelled on Monday, medics said.", False),
    ("Patients at Nasser Hospital said they had no water.", False),
    ("Twenty bodies were taken from Nasser Hospital to a mass grave.", False),
    ("The road to Nasser Hospital was blocked.", False),
])
def test_hospital_is_a_facility_or_the_body_that_runs_it(nlp: Language, text: str, acting: bool) -> None:
    doc = nlp(text)
    hospital = [e for e in doc.ents if e.text.endswith("Hospital")]
    assert [e.label_ for e in hospital] == ["FAC"]
    actors = [m.actor for m in doc._.mentions if "Hospital" in m.text]
    assert actors == ([f"org:{hospital[0].text.lower().replace(' ', '-')}"] if acting else [])


def test_speaking_hospital_is_the_quotes_speaker(pipeline: Pipeline) -> None:
    record = pipeline.process("Al-Aqsa Martyrs Hospital said it had received 15 bodies after the strike.")
    assert [q.speakers for q in record.quotes] == [("org:al-aqsa-martyrs-hospital",)]


def test_university_stays_an_organization(nlp: Language) -> None:
    _, mentions = run(nlp, "Columbia University said it would suspend the protesters.", "2024-04-30")
    assert [m.actor for m in mentions if m.text == "Columbia University"] == ["org:columbia-university"]


@pytest.mark.parametrize(("text", "towns"), [
    ("Russian forces shelled Toretsk and Marinka overnight.", ["Toretsk", "Marinka"]),
])
def test_town_list_read_as_a_title(nlp: Language, text: str, towns: list[str]) -> None:
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == towns
    assert not [e for e in doc.ents if e.label_ == "WORK_OF_ART"]


def test_town_list_split_only_where_a_place_is_expected(nlp: Language) -> None:
    doc = nlp("The band played Toretsk and Marinka at the festival.")
    span = Span(doc, 3, 6, label="WORK_OF_ART")  # the subject's object, not a move or strike
    corrector = nlp.get_pipe("dateline_actors").corrector
    assert corrector.split_towns(span) == [span]
    moved = nlp("Russian forces shelled Toretsk and Marinka overnight.")
    title = Span(moved, 3, 6, label="WORK_OF_ART")
    assert [(s.text, s.label_) for s in corrector.split_towns(title)] == [("Toretsk", "GPE"), ("Marinka", "GPE")]
    near = nlp("Fighting raged near Toretsk, Kurakhove and Marinka on Sunday.")
    listed = Span(near, 3, 8, label="WORK_OF_ART")  # commas and "and", after "near"
    assert [s.text for s in corrector.split_towns(listed)] == ["Toretsk", "Kurakhove", "Marinka"]
