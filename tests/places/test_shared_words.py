"""Word lists the places and the actors share, kept once: the demonyms
(``data/places/demonyms.tsv``, read through ``nlp.shared_places.shared_rows`` by the gazetteer
and the actors' dictionary) and the name two countries share (``nlp.shared_places.SHARED_NAMES``:
"Congo"), below both stages."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.actors.dictionary import SHARED_NAMES, load_dictionary
from dateline.nlp.shared_places import SHARED_NAMES as PLACES_SHARED
from dateline.nlp.shared_places import shared_rows
from dateline.places.cues import congo
from dateline.places.readings import candidates


@pytest.mark.parametrize(("word", "actor", "place"), [
    ("Israelis", "cty:ISR", "IL"),  # both read it, with its plural
    ("American", "cty:USA", "US"),
    ("Gabonese", "cty:GAB", "GA"),  # the actors' list before: the places read it too now
    ("Congolese", "cty:COD", "CD"),  # the default of the shared name
    ("Gazan", "cty:PSE", "PS"),  # the Gaza Strip for the places, Palestine for the actors
    ("Texan", None, "US"),  # a state's: the places' only
    ("Persian", None, "IR"),  # the Gulf, the language: no state's actor
    ("U.S.", "cty:USA", None),  # the country's own short name: an adjective for the actors only
])
def test_one_list_of_demonyms(word: str, actor: str | None, place: str | None) -> None:
    entry = load_dictionary().demonym(word)
    assert (entry.id if entry is not None else None) == actor
    assert {e.country for e in gazetteer.load().demonym(word)} == ({place} if place else set())


def test_the_first_demonym_is_the_country_adjective() -> None:
    entries = load_dictionary().entries
    assert entries["cty:USA"].demonyms[0] == "American"
    assert entries["cty:COG"].demonyms == ("Congolese",)  # the shared name's demonym for both


def test_every_row_reads_somewhere() -> None:
    both = set(shared_rows("demonyms.tsv", "places")) | set(shared_rows("demonyms.tsv", "actors"))
    assert ("Texan", "Texas") in both and ("Gazan", "Palestine") in both
    with pytest.raises(ValueError, match="the readers"):
        shared_rows("demonyms.tsv", "events")


@pytest.mark.parametrize(("text", "country"), [
    ("Rebels in eastern Congo seized Goma.", "CD"),
    ("Congo's president spoke in Brazzaville.", "CG"),
    ("BRAZZAVILLE (Reuters) - Congo held elections.", "CG"),  # a capitals' dateline
    ("The Democratic Republic of Congo and Congo signed a deal.", "CD"),
])
def test_one_congo_rule(text: str, country: str) -> None:
    gaz = gazetteer.load()
    places = {c.entry.country for c in congo(gaz, text, "Congo", candidates(gaz, "Congo"))
              if c.entry.feature in gazetteer.COUNTRY_FEATURES}
    actor = load_dictionary().for_article(text).lookup("Congo")
    assert places == {country}
    assert actor is not None and actor.id == {"CD": "cty:COD", "CG": "cty:COG"}[country]


def test_actors_read_the_places_table() -> None:
    assert [(n, d) for n, d, *_ in SHARED_NAMES] == [(s.names, s.demonyms) for s in PLACES_SHARED]


@pytest.mark.parametrize(("alias", "actor", "place"), [
    ("UK", "cty:GBR", "GB"),  # both read it
    ("DRC", "cty:COD", "CD"),  # its place an alias itself ("Democratic Republic of the Congo")
    ("Zaire", "cty:COD", "CD"),  # the places' row before: the actors read it too now
    ("England", "cty:GBR", None),  # the actors' only: for the places a country of its own
    ("Bekaa", None, "LB"),  # a region's: the places' only
])
def test_one_list_of_aliases(alias: str, actor: str | None, place: str | None) -> None:
    entry = load_dictionary().lookup(alias)
    assert (entry.id if entry is not None else None) == actor
    own = gazetteer.key(alias) in gazetteer.load().aliases
    assert own == (place is not None)
    if place is not None:
        assert place in {e.country for e in gazetteer.load().lookup(alias)}
