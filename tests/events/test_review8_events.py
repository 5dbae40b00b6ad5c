"""Review 8 follow-up, on sentences of our own: a dispute denies only an act whose happening is the
claim, read from the comma right after the reported clause and by actor ids; plan terms, questions and
a refusal's condition; a labour strike that will not stop."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.test_told_and_stopped import _events, _one


@pytest.mark.parametrize(("text", "word", "status"), [
    # 1. a strike or killing disputed by its target: what was hit is disputed, the strike happened
    ("The army said it struck gunmen operating from a clinic inside the camp. The group denied the claim.", "struck",
     "happened"),
    ("The army said it struck gunmen operating from a clinic inside the camp, a claim the group denied.", "struck",
     "happened"),
    ("The army said its strike killed 12 fighters who were sheltering in the mosque. The militia rejected the claim.",
     "killed", "happened"),
    ("The navy said its jets hit a militia command post in a warehouse, a claim the militia denied.", "hit",
     "happened"),
    ("The army said it targeted a rebel arms store in Goma, a claim the rebels dismissed.", "targeted", "happened"),
    ("The army said it killed a rebel commander in the raid, a claim the group denied.", "killed", "happened"),
    # ... but its own doer's denial still denies it
    ("Kyiv said Russian rockets hit a school in Sumy, a charge Moscow denied.", "hit", "denied"),
    # 2. only the comma right after the reported clause; Moscow is Russia
    ("Moscow said its troops captured Pishchane on Friday, while Kyiv said it had repelled the assault, a claim Russia "
     "rejected.", "captured", "happened"),
    ("Russian troops captured Pishchane, the ministry said, and Kyiv said its gunners shot down a Russian jet, a claim "
     "Moscow denied.", "captured", "happened"),
    ("Russian troops captured Pishchane, the ministry said, and Kyiv said its gunners shot down a Russian jet, a claim "
     "Moscow denied.", "shot", "denied"),
    ("Moscow said its troops took the village and Kyiv said it had repelled the attack, a claim Russia denied.",
     "took", "happened"),
    ("Russia said its soldiers captured the hamlet, a claim Moscow later withdrew.", "captured", "happened"),
    # 3. ", which X disputes" after a place in a phrase of its own is about the place
    ("Delhi said its troops killed two gunmen in Kashmir, which Islamabad disputes.", "killed", "happened"),
    ("Rabat said its soldiers repelled a raid in Western Sahara, which the Polisario Front disputes.", "repelled",
     "happened"),
    ("Baku said its gunners shelled enemy positions in Nagorno-Karabakh, which Yerevan contested.", "shelled",
     "happened"),
    # 4. a disputed toll does not deny the killing
    ("Medics said Israeli shelling killed 31 people in Khan Younis, a claim Israel disputes.", "killed", "happened"),
    ("Medics said Israeli shelling killed 31 people in Khan Younis, which Israel disputes.", "killed", "happened"),
    ("Medics said Israeli shelling killed dozens of people, a claim Israel has disputed.", "killed", "happened"),
    # 5. a next sentence denying a claim of its own content is another claim
    ("Moscow said its troops captured the hamlet. Kyiv rejected the claim that it had lost 300 soldiers.",
     "captured", "happened"),
    ("The rebels said they attacked a navy frigate off the coast. Rebel leaders denied the report of a truce.",
     "attacked", "happened"),
    ("Moscow said its troops captured the hamlet.\n\nKyiv rejected the claim.", "captured", "happened"),
    # what still is denied
    ("Moscow said its troops captured the hamlet. Kyiv rejected the claim.", "captured", "denied"),
    ("Moscow said its soldiers had taken the town of Pokrovsk, which Kyiv disputes.", "taken", "denied"),
    ("The militia said it shot down a drone over the lake, a claim the army denied.", "shot", "denied"),
    ("Moscow said its troops captured the hamlet, a claim Kyiv denied on Monday.", "captured", "denied"),
    ("The rebels said they captured the town. The claim was denied by the army.", "captured", "denied"),
    # session 9: a denial that names no disputer is still not the claimant's own
    ("The rebels said they captured the town. The claim was denied.", "captured", "denied"),
    ("The army said it struck a camp, a claim the militia denied on Monday.", "struck", "happened"),
    # nobody could check it
    ("The militia said it shot down a drone. Reporters were unable to verify the claim.", "shot", "hypothetical"),
    ("The rebels said they had captured the airport, a claim that was impossible to verify.", "captured",
     "hypothetical"),
])
def test_dispute_reaches_only_a_claimed_act(nlp: Any, text: str, word: str, status: str) -> None:
    assert _one(_events(nlp, text), word).status == status


@pytest.mark.parametrize(("text", "word", "type_", "status"), [
    # 6. a plan's terms and a question are no refusal
    ("Under the deal, the army would not withdraw from the border strip.", "withdraw", "RETREAT", "negated"),
    ("Under the proposal, Israeli troops would not pull out of Gaza in the first stage.", "pull", "RETREAT", "negated"),
    ("The draft says the army would not withdraw from the border strip.", "withdraw", "RETREAT", "negated"),
    ("The army would not withdraw from the strip, according to a copy of the proposal.", "withdraw", "RETREAT",
     "negated"),
    ("Why would the army not withdraw from the strip?", "withdraw", "RETREAT", "negated"),
    # ... a side's own word still is one
    ("The army will not withdraw from the strip, the defence minister said.", "withdraw", "REJECT", "happened"),
    ("The militia will not release the captives.", "release", "REJECT", "happened"),
    # 7. a refusal's condition keeps its event; "even if" concedes, it does not make the refusal hypothetical
    ("The militia would not release the captives unless the army withdrew from the town.", "withdrew", "RETREAT",
     "hypothetical"),
    ("The minister said the army would not end the war before the militia is destroyed.", "destroyed", "ASSAULT",
     "hypothetical"),
    ("Even if the militia agrees, the army will not withdraw from the strip.", "agrees", "AGREE", "hypothetical"),
    ("Even if the militia agrees, the army will not withdraw from the strip.", "withdraw", "REJECT", "happened"),
    ("If the talks fail, the militia will not accept the deal.", "accept", "REJECT", "hypothetical"),
])
def test_terms_questions_and_conditions(nlp: Any, text: str, word: str, type_: str, status: str) -> None:
    ev = _one(_events(nlp, text), word, type_)
    assert ev.status == status, ev


@pytest.mark.parametrize("text", [
    # 8. a walkout that will not stop: no refusal, no airstrike ("The union will not stop the strike until
    # pay rises" is the union's refusal to end it since the review of session 17: test_review17_events)
    "The dockers' strike will not stop.",
])
def test_a_labour_strike_that_goes_on(nlp: Any, text: str) -> None:
    events = _events(nlp, text)
    assert not any(e.type in ("REJECT", "ASSAULT") for e in events), events
    assert _one(events, "strike", "PROTEST").mode == "strike"


def test_an_air_campaign_not_stopped_is_still_refused(nlp: Any) -> None:
    events = _events(nlp, "The army will not stop the strikes on the city until the militia surrenders.")
    assert _one(events, "stop", "REJECT").status == "happened"
    assert _one(events, "strikes", "ASSAULT").status == "ongoing"


@pytest.mark.parametrize(("text", "asked"), [
    # 10. blame and a token pressure ask nothing; an onus with its "to" act does
    ("The communique put the onus for the failure of the talks on the rebels.", False),
    ("Beijing has exerted little pressure on Moscow to end the war.", False),
    ("The mediators put the onus on the rebels to accept the plan.", True),
    ("Paris exerted pressure on the junta to free the detainees.", True),
])
def test_onus_and_pressure(nlp: Any, text: str, asked: bool) -> None:
    assert any(e.type == "REQUEST" for e in _events(nlp, text)) == asked


@pytest.mark.parametrize(("text", "word", "place"), [
    # 10. a city compound of the reason after "over" is no airspace; a toponym object still is
    ("Islamabad attacked militants over the Quetta bombing.", "attacked", None),
    ("Kyiv shot down a Russian drone over Odesa.", "shot", "Odesa"),
])
def test_over_place(nlp: Any, text: str, word: str, place: str | None) -> None:
    assert _one(_events(nlp, text), word, "ASSAULT").place == place


def test_a_war_not_stopped_is_not_disputed_away(nlp: Any) -> None:
    events = _events(nlp, "The army said it would not stop the war until the militia was defeated, a claim the militia "
                          "rejected.")
    assert _one(events, "war", "ASSAULT").status == "ongoing"


@pytest.mark.parametrize(("text", "word", "type_"), [
    # what the onus is on a side to do, or is up to it, is asked of it, not done
    ("The onus is now on the junta to end the war.", "end", "RETREAT"),
    ("The onus is on the rebels to accept the deal, the envoy said.", "accept", "AGREE"),
    ("It is up to the rebels to accept the deal.", "accept", "AGREE"),
    # an until-aim of a refusal, even read as a noun, has not happened
    ("Moscow will not stop the offensive until Kyiv surrenders, the Kremlin said.", "surrenders", "RETREAT"),
])
def test_asked_and_awaited_acts_are_hypothetical(nlp: Any, text: str, word: str, type_: str) -> None:
    assert _one(_events(nlp, text), word, type_).status == "hypothetical"
