"""Review 8 of roles and role nouns: "the minister / the president / the spokesman said" takes the
holder of the whole title (not a vice, deputy or former one, nor the prime minister for "the
minister"), the last-named of several when named just before; a role noun with a complement
("the president of the European Commission") is another office. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.actors.test_conflict_news import run


@pytest.mark.parametrize(("text", "pub", "words", "expected"), [
    ("Israeli PM Benjamin Netanyahu met Defence Minister Israel Katz in Jerusalem. "
     "The minister said Hezbollah would pay a heavy price.", "2024-11-20", "minister", "per:israel-katz"),
    ("President Donald Trump met Ukrainian President Volodymyr Zelenskiy at the White House. "
     "Trump said a deal was close. The president said he would call Moscow.", "2025-03-01", "president",
     "per:donald-trump"),
    ("Former Israeli prime minister Naftali Bennett criticised the plan. Prime Minister Benjamin Netanyahu "
     "rejected the criticism. The prime minister said Israel would not yield.", "2024-05-02", "prime minister",
     "per:benjamin-netanyahu"),
    ("British PM Keir Starmer spoke in London on Monday. Former prime minister Boris Johnson criticised the plan. "
     "The prime minister said the plan was fair.", "2024-09-10", "prime minister", "per:keir-starmer"),
    ("Houthi military spokesman Yahya Saree claimed the attack. Pentagon spokesman Pat Ryder said the ship "
     "was unharmed. The spokesman said no U.S. ships were damaged.", "2024-02-01", "spokesman", "per:pat-ryder"),
    ("Kremlin spokesman Dmitry Peskov said the talks were stalled. Ukrainian foreign ministry spokesman Heorhiy "
     "Tykhyi dismissed the remarks. The spokesman said Moscow was not serious.", "2024-05-02", "spokesman",
     "per:heorhiy-tykhyi"),
    ("President Barack Obama unveiled new gun measures. Vice President Joe Biden will promote them. "
     "The president accused Republicans of obstruction.", "2016-01-05", "president", "per:barack-obama"),
    ("President Joe Biden met Vice President Kamala Harris. The president accused Hamas of stalling the talks.",
     "2024-05-02", "president", "per:joe-biden"),
    ("Prime Minister Benjamin Netanyahu met Deputy Prime Minister Yariv Levin. "
     "The prime minister accused Hamas of stalling.", "2024-05-02", "prime minister", "per:benjamin-netanyahu"),
    ("Foreign Minister Sergei Lavrov met Deputy Foreign Minister Mikhail Bogdanov. "
     "The minister accused the West of lying.", "2024-05-02", "minister", "per:sergei-lavrov"),
])
def test_role_noun_takes_the_holder(nlp, text: str, pub: str, words: str,  # type: ignore[no-untyped-def]
                                    expected: str) -> None:
    _, mentions = run(nlp, text, pub)
    at = text.rindex(f"The {words}") + 4
    assert [m.actor for m in mentions if m.start == at and m.text == words] == [expected], \
        [(m.text, m.actor) for m in mentions]


@pytest.mark.parametrize(("text", "pub", "words"), [
    ("Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Beijing. "
     "The minister said ties were improving.", "2024-05-02", "minister"),  # both named together: which one?
    ("Ukrainian President Volodymyr Zelenskiy met European leaders in Brussels. The president of the European "
     "Commission said the bloc would approve the aid.", "2024-05-02", "president"),
    ("Brigade commander Colonel Ivan Petrenko said the front held. The commander of a neighbouring unit said "
     "the situation was stable.", "2024-05-02", "commander"),
])
def test_role_noun_left_open(nlp, text: str, pub: str, words: str) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text, pub)
    at = text.rindex(f"The {words}") + 4
    persons = {a.id for a in actors if a.type == "person"}
    assert not [m for m in mentions if m.start == at and m.actor in persons], [(m.text, m.actor) for m in mentions]


def test_abbreviated_title_outside_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Col. Olena Kovalenko said the brigade had pulled back. The colonel said the new line would hold.")
    _, mentions = run(nlp, text, "2024-05-02")
    at = text.rindex("colonel")
    assert [m.actor for m in mentions if m.start == at] == ["per:olena-kovalenko"], [(m.text, m.actor) for m in mentions]
