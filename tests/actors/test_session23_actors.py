"""Session 23 actors, on sentences of our own: a country's sole office with no holder the
dictionary knows, a state agency's common noun after its country, a bare "the army" of the story's
country rather than a foreign speaker's, leaders the news calls by one word ("Lula"; not "Ahmed"
after "Ahmed al-Sharaa"), separatists, the coast guard a spokesman speaks for, a town offshore."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import run

DATE = "2024-08-18"


def found(nlp: Language, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """Each mention's text and its actor's id, country and sector."""
    actors, mentions = run(nlp, text, DATE)
    by_id = {a.id: a for a in actors}
    return {m.text: (m.actor, by_id[m.actor].country, by_id[m.actor].sector) for m in mentions}


@pytest.mark.parametrize(("text", "name", "actor", "country"), [
    # a country's one-holder office, no holder in the dictionary: an unnamed person of the country
    ("Jamaica's prime minister said the island would rebuild.", "Jamaica's prime minister",
     "per:jam-prime-minister", "JAM"),
    ("The Jamaican prime minister said the island would rebuild. Jamaica's prime minister later toured Kingston.",
     "Jamaica's prime minister", "per:jam-prime-minister", "JAM"),
    ("Malawi's vice president died in a plane crash.", "Malawi's vice president", "per:mwi-vice-president", "MWI"),
    # a state agency's lower-case noun after its country or demonym
    ("Turkey's central bank raised rates again.", "Turkey's central bank", "org:tur-central-bank", "TUR"),
    ("The Turkish central bank raised rates again.", "Turkish central bank", "org:tur-central-bank", "TUR"),
    ("Pakistan's election commission delayed the vote.", "Pakistan's election commission",
     "org:pak-election-commission", "PAK"),
    ("Japan's supreme court ruled on the case.", "Japan's supreme court", "org:jpn-supreme-court", "JPN"),
    ("Turkey's central bank raised rates. The central bank said inflation would fall.", "central bank",
     "org:tur-central-bank", "TUR"),
    # a bare "the army" is the story's country's, not a foreign speaker's, nor a default
    ("Fighting raged in Sudan. Blinken said the army must stop bombing civilians.", "army", "org:saf", "SDN"),
    ("Fighting raged across Sudan. US envoy Tom Perriello said the army and the RSF must return to talks.",
     "army", "org:saf", "SDN"),
    ("The war in Sudan entered its second year. The army said it had retaken the bridge.", "army", "org:saf", "SDN"),
    ("Sudan's war has displaced millions. In Khartoum, the military said it had retaken the bridge.", "military",
     "org:saf", "SDN"),
    # the speaker's own army where the article names the speaker's country, or no other
    ("Sudan's war dragged on. Ukraine's war dragged on. Sudan's crisis worsened. Zelenskiy said the army had "
     "retaken a village.", "army", "org:ukrainian-armed-forces", "UKR"),
    ("Biden said the army would help with the floods in Texas.", "army", "org:us-armed-forces", "USA"),
    ("Israel's prime minister said the army would press on in Gaza.", "army", "org:idf", "ISR"),
    # the country across a border is not the story's
    ("Fighting raged in Sudan near the border with Chad. The army said it had retaken the town.", "army",
     "org:saf", "SDN"),
    # leaders called by one word
    ("Lula said Brazil would host the summit.", "Lula", "per:luiz-inacio-lula-da-silva", "BRA"),
    ("Srettha said the economy would grow.", "Srettha", "per:srettha-thavisin", "THA"),
    ("Jokowi said the new capital would open next year.", "Jokowi", "per:joko-widodo", "IDN"),
    ("Prabowo said Indonesia would stay neutral.", "Prabowo", "per:prabowo-subianto", "IDN"),
    ("Thailand's prime minister said the economy would grow.", "Thailand's prime minister",
     "per:paetongtarn-shinawatra", "THA"),
    # separatists are an armed group of their people or country
    ("Turkish forces shelled positions held by Kurdish separatists.", "Kurdish separatists",
     "grp:kurdish-separatists", None),
    ("Separatists in Cameroon attacked a school.", "Separatists in Cameroon", "grp:cmr-separatists", "CMR"),
    # the coast guard a spokesman speaks for: the story's country's
    ("The Greek coast guard spokesman said 40 migrants were rescued.", "coast guard", "grp:grc-coast-guard", "GRC"),
    ("Greece's coast guard spokesman said 40 migrants were rescued.", "coast guard", "grp:grc-coast-guard", "GRC"),
    ("Kenya's coast guard official said the boat sank.", "Kenya's coast guard official",
     "grp:ken-coast-guard-officials", "KEN"),
])
def test_the_actor_and_its_country(nlp: Language, text: str, name: str, actor: str, country: str | None) -> None:
    got = found(nlp, text)
    assert got.get(name, (None, None, None))[:2] == (actor, country), got


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("Jamaica's prime minister said the island would rebuild.", "Jamaica's prime minister", "government"),
    ("Turkey's central bank raised rates again.", "Turkey's central bank", "government"),
])
def test_the_sector(nlp: Language, text: str, name: str, sector: str) -> None:
    assert found(nlp, text)[name][2] == sector


@pytest.mark.parametrize(("text", "absent"), [
    # no unnamed holder: a former or lesser office, a named holder, an office of many
    ("Jamaica's former prime minister said the vote was fair.", "per:jam-"),
    ("The former Jamaican prime minister said the vote was fair.", "per:jam-"),
    ("Jamaica's deputy prime minister said the vote was fair.", "per:jam-"),
    ("Jamaica's envoy said the island would rebuild.", "per:jam-"),
    ("The prime minister of Jamaica said the island would rebuild.", "per:jam-"),
    ("A Jamaican minister said the island would rebuild.", "per:jam-"),
    ("Prime Minister Andrew Holness spoke on Monday. Jamaica's prime minister said the island would rebuild.",
     "per:jam-"),
    ("Jamaica's prime minister, Andrew Holness, said the island would rebuild.", "per:jam-"),
    # no agency: another bank, court or commission
    ("Turkey's largest bank raised its fees.", "org:tur-"),
    ("He deposited the cash at a Turkish bank in central Istanbul.", "org:tur-"),
    ("A Turkish court jailed the journalist.", "org:tur-"),
    ("Pakistan's human rights commission criticised the vote.", "org:pak-"),
    # no army: two countries lead, another country's place, none named
    ("Sudan and Chad met. The army said the border was closed.", "org:saf"),
    ("Fighting in Sudan continued. In Lebanon, the army said it had deployed troops.", "org:saf"),
    ("The army said it had retaken the bridge.", "org:"),
    ("The army evacuated villagers from the border with Lebanon.", "org:lebanese-army"),
    ("A security guard spokesman said the doors were locked.", "grp:"),
    # a small town off which a boat sinks is no person; one seen off is no town
    ("Italy's coast guard said a boat capsized off Lampedusa.", "per:lampedusa"),
    ("Forty migrants were rescued off Lampedusa on Sunday.", "per:lampedusa"),
])
def test_no_such_actor(nlp: Language, text: str, absent: str) -> None:
    got = found(nlp, text)
    assert not any(actor.startswith(absent) for actor, _, _ in got.values()), got


@pytest.mark.parametrize(("text", "name", "actor"), [
    # a common given name alone is someone else, as "Ahmed" after "Ahmed Khan" (test_given_names)
    ("Syria's leader Ahmed al-Sharaa met envoys. Ahmed said the talks went well.", "Ahmed", "per:ahmed"),
    # a town seen off, a writer's name: still people
    ("The coach said he would see off Smith at the gate.", "Smith", "per:smith"),
    ("The novel was written by Giuseppe Tomasi di Lampedusa. Lampedusa died in 1957.", "Lampedusa",
     "per:giuseppe-tomasi-di-lampedusa"),
])
def test_the_person(nlp: Language, text: str, name: str, actor: str) -> None:
    assert found(nlp, text).get(name, ("",))[0] == actor


@pytest.mark.parametrize(("text", "name", "actor"), [
    # review: a sole office named after its holder in an earlier sentence is that holder
    ("General Abdel Fattah al-Burhan vowed to fight on. Sudan's army chief told troops that victory was near.",
     "Sudan's army chief", "per:abdel-fattah-al-burhan"),
    ("Jamaican Prime Minister Andrew Holness toured Kingston. Jamaica's prime minister said the island would rebuild.",
     "Jamaica's prime minister", "per:andrew-holness"),
    # the army chief the dictionary knows by the army's title or as chief of staff, commander-in-chief
    ("Sudan's army chief said the government would only negotiate once the RSF withdrew.", "Sudan's army chief",
     "per:abdel-fattah-al-burhan"),
    ("Israel's army chief said the army would press on in Gaza.", "Israel's army chief", "per:herzi-halevi"),
    ("Ukraine's army chief said the front was holding.", "Ukraine's army chief", "per:oleksandr-syrskyi"),
    ("America's army chief said recruiting had improved.", "America's army chief", "per:usa-army-chief"),
    # another country's office stays its own unnamed holder
    ("General Abdel Fattah al-Burhan vowed to fight on. Egypt's army chief said Cairo would mediate.",
     "Egypt's army chief", "per:egy-army-chief"),
    # review: a one-word name a singer or teacher bears is a local namesake, not the leader
    ("Lula, a singer from Memphis, released a new album on Friday.", "Lula", "per:lula"),
    ("Macron, a musician from Lyon, played in Paris.", "Macron", "per:macron"),
    ("Lula met Biden in Washington and said the deal was fair.", "Lula", "per:luiz-inacio-lula-da-silva"),
])
def test_review_the_actor(nlp: Language, text: str, name: str, actor: str) -> None:
    assert found(nlp, text).get(name, ("",))[0] == actor


@pytest.mark.parametrize(("text", "name"), [
    # review: an oil or gas field named like a person is no one
    ("Petrobras said output at the Lula oil field rose in July.", "Lula"),
    ("The Lula field in the Santos basin produced more oil than expected.", "Lula"),
    # an appositive office is the name's own phrase, no mention of its own
    ("Lena Okafor, Nigeria's foreign minister, said talks would resume.", "Nigeria's foreign minister"),
    # review: the story's army only where one country leads clearly (Russia twice, Ukraine once: no one)
    ("Ukraine and Russia traded strikes. Russian drones hit Kyiv. The army said it had shot down most of them.",
     "army"),
])
def test_review_no_mention(nlp: Language, text: str, name: str) -> None:
    assert name not in found(nlp, text)
