"""Named mentions (actors/names.py) on our own sentences: a title fronted in apposition, and ids
of names with no Latin letters."""

from __future__ import annotations

import pytest

from dateline.actors.dictionary import slug
from tests.actors.test_conflict_news import run


@pytest.mark.parametrize(("text", "actor_id", "roles", "role_mention"), [
    # "N of the TITLE, Name": the name may be N's, not the title's
    ("Police arrested the driver of the ambassador, Ahmed Khalil, on Monday.", "per:ahmed-khalil", [], None),
    ("The son of the minister, Karim Haddad, was released.", "per:karim-haddad", [], None),
    # positives: the title phrase itself is in apposition
    ("The former ambassador, Ahmed Khalil, said talks would resume.", "per:ahmed-khalil",
     ["former ambassador"], "former ambassador"),
    ("The chief of the general staff, Valery Gerasimov, visited the front.", "per:valery-gerasimov",
     None, "chief of the general staff"),
])
def test_fronted_apposition_title(nlp, text, actor_id, roles, role_mention) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text, "2025-03-01")
    by_id = {a.id: a for a in actors}
    if roles is not None:
        assert list(by_id[actor_id].roles) == roles
    titles = [m.text for m in mentions if m.actor == actor_id and m.text[:1].islower()]
    assert titles == ([role_mention] if role_mention else [])


@pytest.mark.parametrize(("a", "b"), [("ПУТИН", "ХАМАС"), ("حماس", "حزب الله"), ("—", "")])
def test_slug_is_never_empty_and_keeps_names_apart(a, b) -> None:  # type: ignore[no-untyped-def]
    assert slug(a) and slug(b) and slug(a) != slug(b)
    assert slug(a.lower()) == slug(a)  # the same name in another case is the same actor


@pytest.mark.parametrize(("text", "expected"), [
    ("Sami Abu Zuhri", "sami-abu-zuhri"),
    ("Félix Tshisekedi", "felix-tshisekedi"),
])
def test_slug_of_latin_names_is_unchanged(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert slug(text) == expected


def test_non_latin_organization_gets_its_own_id(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, _ = run(nlp, "ПУТИН met Xi in Beijing. ХАМАС said it would talk.", "2025-03-01")
    ids = [a.id for a in actors]
    assert all(i.split(":", 1)[1] for i in ids)
    assert len(ids) == len(set(ids))
