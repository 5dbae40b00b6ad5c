"""Towns of conflict news that GeoNames has but the tagger takes for a person or an organisation
("raided Jenin", "residents of Sudzha", "took back Kherson", "attacked Tulkarm" as ORG): rows of
our tables (``regions.tsv``) that keep GeoNames' ids, read after the cues of war, so the places
take the name back from the actors (``claims.released``, organisations by the mention alone
too). Persons the text makes persons stay. Sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.gazetteer import load
from dateline.model import Actor, Mention, Place
from dateline.pipeline import Pipeline
from dateline.places.claims import released
from dateline.places.readings import is_curated, is_table_town


@pytest.mark.parametrize(("text", "name", "geonames_id"), [
    ("Israeli forces raided Jenin on Monday.", "Jenin", 283506),
    ("Residents of Sudzha said the shelling continued.", "Sudzha", 486816),
    ("Israel announced the capture of Khiam and Bint Jbeil.", "Bint Jbeil", 276592),
    ("Ukraine took back Kherson in November.", "Kherson", 706448),
    ("Russian forces captured Soledar in January.", "Soledar", 706757),
    ("Residents of Toretsk said the shelling continued.", "Toretsk", 709354),
    ("Russian troops captured Marinka after months of fighting.", "Marinka", 701845),
    ("Ukrainian marines stormed Krynky in October.", "Krynky", 703861),
    ("Israeli settlers attacked Tulkarm on Sunday.", "Tulkarm", 281577),  # ORG-tagged
])
def test_town_of_war_news_is_no_actor(pipeline: Pipeline, text: str, name: str, geonames_id: int) -> None:
    record = pipeline.process(text)
    assert (name, geonames_id) in {(p.text, p.geonames_id) for p in record.places}, record.places
    assert not [m for m in record.mentions if m.text == name], record.mentions
    assert not [a for a in record.actors if a.id.startswith(("per:", "org:")) and a.name == name], record.actors


@pytest.mark.parametrize(("text", "actor"), [
    ("Kherson said the talks had failed.", "per:kherson"),
    ("Mr Jenin told reporters he was leaving.", "per:jenin"),
    ("Ahmed Huwara, 45, said he had lost his shop.", "per:ahmed-huwara"),
])
def test_person_of_the_text_stays(pipeline: Pipeline, text: str, actor: str) -> None:
    record = pipeline.process(text)
    assert actor in {m.actor for m in record.mentions}, record.mentions


@pytest.mark.parametrize(("name", "table_town"), [
    ("Jenin", True), ("Sudzha", True), ("Kherson", True), ("Huwara", True), ("Khiam", True),
    ("Kharkiv", False), ("Leeds", False), ("Washington", False),
])
def test_table_towns_keep_geonames_ids(name: str, table_town: bool) -> None:
    entries = load().lookup(name)
    assert any(is_table_town(e) for e in entries) is table_town
    # a GeoNames town of the table is one entry (no second reading to split its probability),
    # and keeps a GeoNames town's readings elsewhere (no stray or hamlet test of our own rows)
    ours = [e for e in entries if e.geonames_id is not None and is_table_town(e)]
    assert len(ours) == len({e.geonames_id for e in ours})
    assert not any(is_curated(e) for e in ours)


def _org_doc(nlp: Language, actor: Actor) -> object:
    doc = nlp.make_doc("Settlers attacked Tulkarm.")
    doc._.actors, doc._.mentions = [actor], [Mention(18, 25, "Tulkarm", actor.id)]
    return doc


@pytest.mark.parametrize(("actor", "geonames_id", "gone"), [
    (Actor("org:tulkarm", "Tulkarm", "organization"), 281577, True),  # our table's town
    (Actor("org:tulkarm", "Tulkarm", "organization"), 2644688, False),  # a GeoNames town not ours
    (Actor("org:tulkarm", "Tulkarm", "organization", country="PSE"), 281577, False),  # a dictionary body
    (Actor("org:tulkarm-club", "Tulkarm", "organization"), 281577, False),  # not by the mention alone
])
def test_released_takes_an_organisation_of_our_town(nlp: Language, actor: Actor, geonames_id: int,
                                                    gone: bool) -> None:
    place = Place(18, 25, "Tulkarm", "Tulkarm", "PS", 32.31, 35.03, geonames_id, 0.5, "PPL")
    kept = released(_org_doc(nlp, actor), [place])  # type: ignore[arg-type]
    assert (kept == ([], [])) if gone else kept is None


@pytest.mark.parametrize(("text", "name"), [
    ("The mayor of Kherson said shelling killed two people.", "Kherson"),
    ("The head of Kherson's military administration said two died.", "Kherson"),
    ("The mayor of Jenin said the raid destroyed roads.", "Jenin"),
])
def test_office_of_a_town_is_no_person_named_for_it(pipeline: Pipeline, text: str, name: str) -> None:
    """"the mayor of Kherson" (PERSON "Kherson"): the town's place, no person per:kherson."""
    record = pipeline.process(text)
    assert name in {p.text for p in record.places}, record.places
    assert not [a for a in record.actors if a.name == name], record.actors


def test_cache_key_is_the_imported_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """The index's name follows the build rules this process runs (hashed at import), not the
    files on disk at load time: a process with older code never stores its index under the
    newer rules' name."""
    from dateline import gazetteer

    before = gazetteer._fingerprint()
    monkeypatch.setattr(gazetteer, "_RULES", b"older rules")
    assert gazetteer._fingerprint() != before
