"""A caption's place is no site of the body (events.readings._site reads body places only)."""

import pytest

from dateline.events.locations import place_name
from dateline.events.locations import toponym as toponym_of
from dateline.events.readings import _site
from dateline.model import Place


@pytest.mark.parametrize(("offsets_in", "expected"), [
    (None, True),  # a body place at the object: a site
    ("furniture:0", False),  # a caption's "Aleppo" at the same offsets: the caption's text, not the body's
    ("dateline", False),
])
def test_site_reads_body_places_only(nlp, offsets_in: str | None, expected: bool) -> None:
    doc = nlp.make_doc("The fighters left the lorry on Monday.")
    obj = doc[4]
    assert obj.text == "lorry"
    doc._.places = [Place(start=obj.idx, end=obj.idx + 5, text="Idlib", name="Idlib", offsets_in=offsets_in)]
    assert _site(obj) is expected


@pytest.mark.parametrize(("offsets_in", "name", "toponym"), [
    (None, "Idlib", True),  # a body place at the token: its name
    ("furniture:0", "lorry", False),  # a caption's place at the same offsets: not this token's
])
def test_event_place_reads_body_places_only(nlp, offsets_in: str | None, name: str, toponym: bool) -> None:
    doc = nlp.make_doc("The fighters left the lorry on Monday.")
    tok = doc[4]
    doc._.places = [Place(start=tok.idx, end=tok.idx + 5, text="Idlib", name="Idlib", offsets_in=offsets_in)]
    assert place_name(tok) == name
    assert (toponym_of(tok) is not None) is toponym
