"""Session 24 actors, on sentences of our own: separatists armed only where the text speaks of
fighting, a bare "the army" of a Mali story after Wagner (Mali's, not the Russian firm's), full names
the model cut ("Mahamat Idriss Deby", "Maria Corina Machado"); the review's: "the president of
Guyana", a defence ministry's "the military", the owner of where people arrive, Myanmar's and India's armies."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import run
from tests.actors.test_session23_actors import DATE, found


@pytest.mark.parametrize(("text", "name", "sector"), [
    # separatists who win seats or march are a political movement
    ("Scottish separatists won the vote in Edinburgh.", "Scottish separatists", "party"),
    ("Kurdish separatists won seats in the Turkish parliament.", "Kurdish separatists", "party"),
    ("The Scottish separatists said they would not attack the budget.", "Scottish separatists", "party"),
    ("Scottish separatists won seats. Separatists in Cameroon attacked a school.", "Scottish separatists", "party"),
    # fighting in their sentence, or the one before, makes them an armed group
    ("Kurdish separatists attacked a police station.", "Kurdish separatists", "rebel"),
    ("Separatists in Cameroon attacked a school.", "Separatists in Cameroon", "rebel"),
    ("Armed separatists in Cameroon seized the town.", "Armed separatists in Cameroon", "rebel"),
    ("Tuareg separatists said they had ambushed a convoy.", "Tuareg separatists", "rebel"),
    ("Baloch separatists claimed responsibility for the blast at the railway station in Quetta.",
     "Baloch separatists", "rebel"),
    ("Scottish separatists won seats. Separatists in Cameroon attacked a school.", "Separatists in Cameroon",
     "rebel"),
])
def test_separatists(nlp: Language, text: str, name: str, sector: str) -> None:
    got = found(nlp, text)
    assert got.get(name, ("", None, None))[2] == sector, got


@pytest.mark.parametrize(("text", "name", "actor"), [
    # a bare "the army" of a Mali story is Mali's, not the Russian firm's fighting beside it
    ("Wagner fighters arrived in Mali last year. The army said the attack near Kidal had been repelled.", "army",
     "org:fama"),
    ("Mali's junta hired Wagner. The army said it had retaken Kidal.", "army", "org:fama"),
    ("Wagner fighters killed civilians near Moura, Mali. The military said the dead were militants.", "military",
     "org:fama"),
    ("The Malian army said it had retaken Kidal.", "Malian army", "org:fama"),
    # a national army named before still is "the army"
    ("Ukraine's army said it hit a depot. Wagner fighters were seen nearby. The army said the depot burned.",
     "army", "org:ukrainian-armed-forces"),
    ("The Sudanese army fought the RSF. The army said it had retaken the bridge.", "army", "org:saf"),
    # a force of a country the dictionary knows no national army of still is
    ("The Revolutionary Guards fired missiles at Israel. The military said the strikes were a warning.",
     "military", "org:irgc"),
    # a defence ministry's "the military" is its country's armed forces
    ("The Pentagon said it would send more jets. The military said the jets would arrive in days.", "military",
     "org:us-armed-forces"),
    ("Russian troops and Wagner fighters stormed Bakhmut. The army said the town had fallen.", "army",
     "org:russian-armed-forces"),
    # full names the model cut short
    ("Mahamat Idriss Deby won the election in Chad.", "Mahamat Idriss Deby", "per:mahamat-idriss-deby"),
    ("Chad's leader Mahamat Idriss Deby said the vote was fair. Deby thanked voters.", "Deby",
     "per:mahamat-idriss-deby"),
    ("Venezuelan opposition leader Maria Corina Machado went into hiding.",
     "Venezuelan opposition leader Maria Corina Machado", "per:maria-corina-machado"),
    ("Maria Corina Machado said the opposition had won. Machado called for protests.", "Machado",
     "per:maria-corina-machado"),
    # the father is another man
    ("Idriss Deby ruled Chad for three decades. Deby died in 2021.", "Idriss Deby", "per:idriss-deby"),
    # a person cue keeps a name of an island a person's
    ("Migrants kept arriving on Lampedusa. Mayor Lampedusa said he could take no more.", "Mayor Lampedusa",
     "per:lampedusa"),
    ("Migrants arrived on Lampedusa. Lampedusa said he could take no more.", "Lampedusa", "per:lampedusa"),
    ("The novel was written by Giuseppe Tomasi di Lampedusa. Lampedusa died in 1957.", "Lampedusa",
     "per:giuseppe-tomasi-di-lampedusa"),
    ("Alvarez arrived in Madrid on Monday. Alvarez said the talks went well.", "Alvarez", "per:alvarez"),
    # the owner of where people arrive is a person
    ("Police arrived at Miller's farm on Monday. Miller said the cattle had been stolen.", "Miller", "per:miller"),
    ("Inspectors arrived at Ortega's office in Managua. Ortega declined to comment.", "Ortega", "per:ortega"),
])
def test_the_actor(nlp: Language, text: str, name: str, actor: str) -> None:
    got = found(nlp, text)
    assert got.get(name, ("",))[0] == actor, got


@pytest.mark.parametrize(("text", "name"), [
    # Wagner is no army: with no army of the story's country known, "the army" is left open
    ("Wagner fighters seized the mine in the Central African Republic. The army said nothing.", "army"),
    ("Prigozhin's Wagner fighters marched on Moscow. The army said it would defend the capital.", "army"),
])
def test_no_firm_for_the_army(nlp: Language, text: str, name: str) -> None:
    got = found(nlp, text)
    assert got.get(name, ("",))[0] not in ("org:wagner", "org:pentagon"), got


@pytest.mark.parametrize("text", [
    # an island where migrants come ashore is a place wherever the article names it
    "Migrants kept arriving on Lampedusa. Lampedusa said it could take no more.",
    "Boats landed in Lampedusa overnight. Lampedusa said it needed help.",
    "Migrants arrived in Lampedusa. Lampedusa's mayor said the island was full.",
])
def test_no_person_of_a_landing_place(nlp: Language, text: str) -> None:
    actors, _ = run(nlp, text, DATE)
    assert not [a.id for a in actors if a.type == "person"], actors


@pytest.mark.parametrize(("text", "published", "name", "actor"), [
    # a country whose head of state is a council's chair: its chair is who the news calls its president
    ("Sudan's president said the war would end.", DATE, "Sudan's president", "per:abdel-fattah-al-burhan"),
    ("The Sudanese president said the war would end.", DATE, "Sudanese president", "per:abdel-fattah-al-burhan"),
    # not before he took the chair, nor another office, nor a country with a president of its own
    ("Sudan's president said the war would end.", "2018-05-01", "Sudan's president", "per:sdn-president"),
    ("Sudan's vice president said the war would end.", DATE, "Sudan's vice president", "per:sdn-vice-president"),
    ("Russia's president said the war would end.", DATE, "Russia's president", "per:vladimir-putin"),
    ("Malawi's president said the roads would be rebuilt.", DATE, "Malawi's president", "per:mwi-president"),
])
def test_council_chair_as_president(nlp: Language, text: str, published: str, name: str, actor: str) -> None:
    _, mentions = run(nlp, text, published)
    assert {m.text: m.actor for m in mentions}.get(name) == actor, mentions


@pytest.mark.parametrize(("text", "name", "actor"), [
    # "the <title> of <country>" is its holder, as "<country>'s <title>" is
    ("The president of Guyana said the border was settled.", "president", "per:irfaan-ali"),
    ("Guyana's president said the border was settled.", "Guyana's president", "per:irfaan-ali"),
    ("The president of France said the deal was fair.", "president", "per:emmanuel-macron"),
    # not another office or person: former, vice, deputy, or an office of a body the country owns
    ("The former president of Guyana said the border was settled.", "president", None),
    ("The vice president of Guyana said oil output would rise.", "president", None),
    ("The deputy president of Kenya said the bill would pass.", "president", None),
    ("The former prime minister of Israel said the war would go on.", "prime minister", None),
    ("The president of Guyana's senate said the bill would pass.", "president", None),
    ("The president of France's football federation resigned.", "president", None),
    ("The president of Guyana Goldfields said the mine would close.", "president", None),
    # the holder's own office after the possessive is still the holder's
    ("The prime minister of Israel's office said the talks would resume.", "prime minister",
     "per:benjamin-netanyahu"),
])
def test_of_country_holder(nlp: Language, text: str, name: str, actor: str | None) -> None:
    _, mentions = run(nlp, text, DATE)
    assert {m.text: m.actor for m in mentions}.get(name) == actor, mentions


@pytest.mark.parametrize(("text", "name", "actor"), [
    # Myanmar's and India's armies are national armies: "the army" of their stories is theirs
    ("Myanmar's ruling military said rebels had seized Lashio. Senior General Min Aung Hlaing said the army would "
     "retake the town.", "army", "org:tatmadaw"),
    ("Myanmar's military said rebels had seized Lashio. The army said it would retake the town.", "army",
     "org:tatmadaw"),
    ("The Kachin Independence Army said it had taken a jade mine. The Myanmar military denied the claim.",
     "Myanmar military", "org:tatmadaw"),
    ("The Indian army said it had killed two militants in Kashmir.", "Indian army", "org:indian-armed-forces"),
    # an armed group named "Army" stays itself, and a people's army is no bare "the army"
    ("The Kachin army said it had taken a jade mine. The Myanmar military denied the claim.", "Kachin army", None),
    ("The Arakan Army said it had seized Maungdaw.", "Arakan Army", "org:arakan-army"),
    ("Indian soldiers patrolled the Line of Control. Pakistan's army said they had fired first.", "Pakistan's army",
     "grp:pak-forces"),
])
def test_national_armies(nlp: Language, text: str, name: str, actor: str | None) -> None:
    _, mentions = run(nlp, text, DATE)
    assert {m.text: m.actor for m in mentions}.get(name) == actor, mentions
