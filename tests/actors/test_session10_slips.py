"""Session 10 reviewers' actor slips, on sentences of our own and their neighbours: "its
positions" of an attack is the other party's; a name the model cut in two after a role
("Kherson Oblast governor Oleksandr" + "Prokudin") is one person and a lone given name after a
title is the article's fuller person; a PERSON entity ending in "Hospital" is a facility; "King
Abdullah" is the dictionary's king, not a namesake of the article; "Vladimir said" is a person."""

from __future__ import annotations

import pytest

from dateline.pipeline import Pipeline


def _actors_of(pipeline: Pipeline, text: str, word: str) -> list[str | None]:
    record = pipeline.process(text)
    return [m.actor for m in record.mentions if m.text == word]


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The Congolese army said M23 rebels attacked its positions near Sake.", "its", ["org:fardc"]),
    ("The Israeli military said Hezbollah fighters shelled its bases in the north.", "its", ["org:idf"]),
    ("The Ukrainian army said Russian forces hit its posts overnight.", "its", ["org:ukrainian-armed-forces"]),
    # no other party above: none rather than the attacker
    ("M23 rebels attacked its positions near Sake.", "its", []),
    # neighbours: the attacker's own fighters, its own strike, positions it holds, not attacked
    ("Hamas said its fighters attacked Israeli positions.", "its", ["org:hamas"]),
    ("Hezbollah said it struck Israeli positions.", "it", ["org:hezbollah"]),
    ("The army said M23 rebels reinforced its positions near Sake.", "its", ["org:m23"]),
    ("Russia said its forces struck Ukrainian positions.", "its", ["cty:RUS"]),
])
def test_attacked_positions_are_the_other_partys(pipeline: Pipeline, text: str, word: str,
                                                 expected: list[str]) -> None:
    assert _actors_of(pipeline, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Kherson Oblast governor Oleksandr Prokudin said Russian forces shelled the city. Oleksandr said two people died.",
     "Oleksandr", ["per:oleksandr-prokudin"]),
    ("Governor Oleksandr Prokudin visited the site on Monday. Later, the regional governor Oleksandr said two died.",
     "governor Oleksandr", ["per:oleksandr-prokudin"]),
    # neighbours: a lone given name with no fuller bearer stays its own; two bearers stay open;
    # a full name the model reads whole
    ("Kherson Oblast governor Oleksandr said two people died.", "Kherson Oblast governor Oleksandr", ["per:oleksandr"]),
    ("Mayor Vitali Klitschko said the city was calm. Vitali said he would stay.", "Vitali", ["per:vitali-klitschko"]),
    ("Antony Blinken met Benjamin Netanyahu in Jerusalem.", "Antony Blinken", ["per:antony-blinken"]),
    ("Victoria Nuland flew to Kyiv. Queen Victoria ruled for 63 years.", "Queen Victoria", ["per:victoria"]),
])
def test_role_and_cut_names(pipeline: Pipeline, text: str, word: str, expected: list[str]) -> None:
    assert _actors_of(pipeline, text, word) == expected


@pytest.mark.parametrize(("text", "word"), [
    ("Nasser Hospital said it had run out of fuel.", "Nasser Hospital"),
    ("Nasser Hospital said it had run out of fuel.", "Nasser"),
])
def test_hospital_is_no_person(pipeline: Pipeline, text: str, word: str) -> None:
    record = pipeline.process(text)
    assert not [a for a in record.actors if a.type == "person"]
    assert all(m.actor is None or not m.actor.startswith("per:") for m in record.mentions if m.text == word)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Jordan's King Abdullah met Abdullah Abdullah in Amman.", "Jordan's King Abdullah", ["per:abdullah-ii"]),
    ("Abdullah Abdullah, the Afghan leader, flew to Amman. King Abdullah received him.", "King Abdullah",
     ["per:abdullah-ii"]),
    ("King Abdullah met Antony Blinken in Amman.", "King Abdullah", ["per:abdullah-ii"]),
    # neighbours: the namesake stays himself; the numbered form
    ("Jordan's King Abdullah met Abdullah Abdullah in Amman.", "Abdullah Abdullah", ["per:abdullah-abdullah"]),
    ("King Abdullah II met Abdullah Abdullah.", "King Abdullah II", ["per:abdullah-ii"]),
])
def test_titled_form_takes_the_titled_entry(pipeline: Pipeline, text: str, word: str, expected: list[str]) -> None:
    assert _actors_of(pipeline, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Vladimir said the town was calm.", "Vladimir", ["per:vladimir"]),
    ("\"We are tired,\" Vladimir said.", "Vladimir", ["per:vladimir"]),
    ("Vladimir Putin met Xi Jinping. Vladimir said nothing.", "Vladimir", ["per:vladimir-putin"]),
    # neighbours: a place the town is; a town "it" refers back to; a capital's government
    ("Residents fled Vladimir on Monday after shelling.", "Vladimir", []),
    ("Vladimir said it would raise local taxes.", "Vladimir", []),
    ("Moscow said the talks had failed.", "Moscow", ["cty:RUS"]),
])
def test_speaking_given_name_is_a_person(pipeline: Pipeline, text: str, word: str, expected: list[str]) -> None:
    assert _actors_of(pipeline, text, word) == expected


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("Doctors at Kamal Adwan Hospital said the fuel ran out.", 2, 5, ("FAC", "Kamal Adwan Hospital")),
    ("Doctors at Kamal Adwan Hospital said the fuel ran out.", 2, 4, ("FAC", "Kamal Adwan Hospital")),
    ("Al-Shifa Hospital was raided.", 0, 4, ("FAC", "Al-Shifa Hospital")),
    # neighbours: a person before a lower-case noun, a person's name alone
    ("Ahmed Hospital-Smith said so.", 0, 1, None),
    ("Kamal Adwan said the hospital was full.", 0, 2, None),
])
def test_facility_span(nlp: object, text: str, start: int, end: int, expected: tuple[str, str] | None) -> None:
    from spacy.language import Language
    from spacy.tokens import Span

    from dateline.actors.slips import facility
    assert isinstance(nlp, Language)
    doc = nlp.make_doc(text)
    ent = Span(doc, start, end, label="PERSON")
    site = facility(ent, doc[end] if end < len(doc) else None)
    assert (None if site is None else (site.label_, site.text)) == expected


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("Kherson Oblast governor Oleksandr Prokudin said so.", [(0, 4), (4, 5)], [(3, 5)]),
    ("Kherson Oblast governor Oleksandr said so.", [(0, 4)], [(3, 4)]),
    ("Oleksandr Prokudin said so.", [(0, 1), (1, 2)], [(0, 2)]),
    # neighbours: a comma between two people; a lower-case word after the title; no title inside
    ("Oleksandr, Prokudin and Ivan said so.", [(0, 1), (2, 3)], [(0, 1), (2, 3)]),
    ("Hamas chief of staff Yahya said so.", [(0, 5)], [(4, 5)]),
    ("Kherson governor says Ivan is safe.", [(0, 4)], [(0, 4)]),
    ("Mary Ann Evans said so.", [(0, 3)], [(0, 3)]),
])
def test_role_in_name(nlp: object, text: str, spans: list[tuple[int, int]], expected: list[tuple[int, int]]) -> None:
    from spacy.language import Language
    from spacy.tokens import Span

    from dateline.actors.slips import role_in_name
    assert isinstance(nlp, Language)
    doc = nlp.make_doc(text)
    out = role_in_name([Span(doc, s, e, label="PERSON") for s, e in spans])
    assert [(s.start, s.end) for s in out] == expected
