"""A capital (or a capital the model tagged ORG) standing for its country's government:
"Moscow said", "talks with Beijing", "Georgetown would not negotiate"; not "visited Beijing",
"Moscow's mayor", "Georgetown beat Villanova". And a facility standing for the institution that
runs it: "Nasser Hospital said", "the director of Nasser Hospital"; not "raided Nasser Hospital".
A church's name is its building where one building is hit, entered or a location ("shells hit the
Greek Orthodox Church in Gaza"); not "the scandal damaged the Catholic Church"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.actors.lexicon import lexicon
from dateline.actors.readings import readings
from dateline.actors.state import ArticleState

#: words of a sentence that make a capital tagged ORG its government ("Georgetown would not negotiate")
_DIPLOMATIC_WORDS = frozenset({
    "negotiate", "negotiation", "talks", "treaty", "sanction", "ambassador", "embassy", "diplomat", "diplomatic",
    "minister", "ministry", "government", "ceasefire", "border", "sovereignty", "territorial", "bilaterally",
    "bilateral", "annex", "recognise", "recognize", "relations", "troops", "dispute", "summon", "envoy",
    "delegation", "summit"})


def government_voice(state: ArticleState, ent: Span) -> bool:
    """A one-word capital the model tagged ORG ("Georgetown", "Kingston") speaks for its country
    only with evidence of a government: a diplomatic word in its sentence, or its country named in
    the article; never when its sentence calls it "its" but for a government's own ("its
    delegation", not a university's "its law clinic"), or it plays a match ("Georgetown beat
    Villanova 70-65")."""
    sent = ent.sent
    lemmas = {t.lemma_.lower() for t in sent}
    if any(t.lower_ == "its" and t.head.lemma_.lower() not in _DIPLOMATIC_WORDS for t in sent) or ent.root.head.lemma_.lower() in _MATCH_VERBS \
            or any(t.like_num and "-" in t.text for t in sent):
        return False
    if lemmas & _DIPLOMATIC_WORDS:
        return True
    country = state.dictionary.capital(ent.text)
    return country is not None and any(
        e is not ent and (state.dictionary.lookup(e.text) == country or state.dictionary.demonym(e.text) == country)
        for e in state.ents if e.label_ in ("GPE", "NORP"))


#: verbs of a team's match ("Georgetown beat Villanova")
_MATCH_VERBS = frozenset({"beat", "defeat", "edge", "rout", "play", "face", "host", "lose", "win", "draw", "tie"})

#: verbs whose object is a place even when it is a capital ("visited Beijing", "shelled Kyiv")
_PLACE_OBJECT_VERBS = frozenset({
    "visit", "leave", "enter", "reach", "tour", "fly", "return", "flee", "evacuate", "strike", "hit", "attack",
    "shell", "bomb", "target", "capture", "seize", "surround", "besiege", "storm", "take", "rock", "shake",
    "call", "make", "bring", "move", "relocate", "host", "approach", "encircle", "liberate"})
#: a city's own people, offices and fabric: "Moscow's mayor", "Kyiv's residents" are the city's
_CITY_NOUNS = frozenset({
    "mayor", "governor", "resident", "residents", "citizen", "citizens", "street", "streets", "metro", "subway",
    "airport", "airports", "suburb", "suburbs", "outskirts", "centre", "center", "district", "districts", "skyline",
    "council", "city", "police", "hospital", "hospitals", "university", "zoo", "population", "neighbourhood",
    "neighborhood", "neighbourhoods", "neighborhoods", "old", "historic", "downtown", "port", "stadium"})
#: prepositions after which a capital is the government ("talks with Moscow", "sanctions against Tehran")
_ACTOR_PREPS = frozenset({"with", "against", "by", "between"})


def metonymic(ent: Span) -> bool:
    """Does a capital ("Washington", "Moscow") stand for its government here? Yes as the subject
    (or conjoined subject) of a clause, the possessor ("Moscow's offer"), the object of a verb that
    is not a movement or strike, or after "with/against/by"; no after "in/to/from/at" (a place)."""
    root = ent.root
    dep, head = root.dep_, root.head
    while dep in ("conj", "appos") and head.i != root.i:  # "Washington and Beijing said"
        root, dep, head = head, head.dep_, head.head
    if dep == "poss":
        return not ({head.lower_} | {t.lower_ for t in head.lefts if t.i > root.i}) & _CITY_NOUNS
    if dep in ("nsubj", "nsubjpass"):
        return True
    if dep in ("dobj", "dative") and head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() not in _PLACE_OBJECT_VERBS
    if dep == "pobj" and head.lower_ in _ACTOR_PREPS:
        return head.lower_ != "by" or head.dep_ == "agent" or head.head.pos_ == "NOUN"
    return False


#: verbs whose subject a facility is as the institution that runs it ("Nasser Hospital reported
#: 20 deaths", "Al-Shifa Hospital received 30 bodies"), beside the speech verbs
_INSTITUTION_VERBS = frozenset({
    "report", "announce", "receive", "treat", "admit", "record", "register", "count", "put", "give", "release",
    "publish", "issue", "state", "declare", "warn", "appeal", "urge", "call", "update", "estimate"})
#: its people who speak for it ("the director of Nasser Hospital", "doctors at Al-Shifa Hospital");
#: not its patients or its displaced
_STAFF_NOUNS = frozenset({
    "director", "head", "chief", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
    "administration", "management", "staff", "doctor", "medic", "nurse", "surgeon", "physician", "paramedic"})
#: what it issues ("Nasser Hospital's statement", "figures from Al-Shifa Hospital")
_STATEMENT_NOUNS = frozenset({"statement", "figure", "toll", "tally", "count", "data", "record", "report", "list"})


def acting_facility(ent: Span) -> bool:
    """A facility's name ending in a facility head ("Nasser Hospital", FAC) stands for the
    institution that runs it as the active subject of a speech or reporting verb ("Nasser Hospital
    said", "Al-Aqsa Martyrs Hospital and the ministry reported"), a source ("according to Nasser
    Hospital"), a relative clause's speaker ("taken to Nasser Hospital, which said"), named for its staff ("the director of Nasser Hospital", "Nasser Hospital's
    spokesman", "doctors at Kamal Adwan Hospital") or for what it issues ("Nasser Hospital's
    statement", "figures from Al-Shifa Hospital"); as a place ("raided Nasser Hospital", "Nasser
    Hospital was shelled", "patients at Nasser Hospital") it stays a facility, no actor. Its head
    may lead the name ("the Church of the Nativity said")."""
    if ent[-1].lower_ not in lexicon().facility_heads and ent.root.lower_ not in lexicon().facility_heads:
        return False
    root = ent.root
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    if any(c.dep_ == "relcl" and _voice_verb(c) and any(
            s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children) for c in root.rights):
        return True  # "taken to Nasser Hospital, which said 20 had died"
    return speaks_for(root)


def _voice_verb(tok: Token) -> bool:
    return tok.lemma_.lower() in _INSTITUTION_VERBS or tok.lemma_.lower() in readings().speech_verbs


def speaks_for(root: Token) -> bool:
    """A facility's noun (a name's root, a bare "hospital") that stands for its institution: the
    subject of a speech or reporting verb, its staff's or statement's owner, a source
    ("according to"); shared by ``acting_facility`` and ``institution_nouns``."""
    head = root.head
    if root.dep_ == "nsubj":
        return _voice_verb(head)
    if root.dep_ in ("poss", "compound"):
        return head.lemma_.lower() in _STAFF_NOUNS or head.lemma_.lower() in _STATEMENT_NOUNS
    if root.dep_ != "pobj":
        return False
    noun = head.head.lemma_.lower()
    return head.lower_ == "to" and head.head.lower_ == "according" or head.lower_ in ("of", "at", "for") and (
        noun in _STAFF_NOUNS) or head.lower_ in ("of", "from", "by") and noun in _STATEMENT_NOUNS


#: the verbs of a shelter, not of an institution's voice: "the mosque received 200 displaced people"
_CARE_VERBS = frozenset({"receive", "treat", "admit", "give"})
#: places of worship: their name is the congregation or authority only as it speaks
_WORSHIP_HEADS = frozenset({"church", "cathedral", "mosque", "synagogue", "temple", "shrine"})


def church_institution(state: ArticleState, ent: Span) -> bool:
    """'the Catholic Church', 'the Russian Orthodox Church', 'the Church of England', 'the
    Orthodox Church of Ukraine': a church named only by its denomination (``denominations``), a
    people's adjective and a country is the institution wherever it stands but as a building
    (``church_building``); 'Holy Family Church',
    'the Church of the Nativity' (a saint's or a site's name) are buildings."""
    words = [t for t in ent if t.lower_ != "the" and t.text not in ("'s", "\u2019s")]
    church = next((i for i, t in enumerate(words) if t.lower_ == "church"), None)
    if church is None or not words[church].is_title:
        return False
    before, after = words[:church], words[church + 1:]
    lex, dic = state.lexicon, state.dictionary
    if not all(t.lower_ in lex.denominations or t.is_title and dic.demonym(t.text) is not None for t in before):
        return False
    if not after:
        return any(t.lower_ in lex.denominations for t in before)
    place = dic.lookup(" ".join(t.text for t in after[1:]))
    return after[0].lower_ == "of" and place is not None and place.type == "country"


def worship_site(name: str) -> bool:
    """'Church of the Nativity', 'Church of the Holy Sepulchre', 'the Greek Orthodox Church of
    Saint Porphyrius': a place of worship named for what it houses or for its saint is a building."""
    words = name.lower().split()
    return any(w in _WORSHIP_HEADS and words[i + 1:i + 2] == ["of"] and words[i + 2:i + 3] in (
        ["the"], ["saint"], ["st."], ["st"]) for i, w in enumerate(words))


def speaking_worship_place(ent: Span) -> bool:
    """'The Al-Azhar Mosque issued a statement', 'the Grand Mosque said': a place of worship that
    speaks stands for those who run it (``acting_facility``), not where it shelters or is hit
    ("the mosque received 200 displaced people"), also one named for what it houses ("the Church of
    the Nativity said")."""
    if ent.root.lower_ not in _WORSHIP_HEADS or not acting_facility(ent):
        return False
    root = ent.root
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    return not (root.dep_ == "nsubj" and root.head.lemma_.lower() in _CARE_VERBS)


#: verbs whose object (or passive subject) is only ever a building ("settlers vandalised the
#: Armenian Church"), and those whose may be the institution too ("the scandal damaged the Catholic
#: Church", "the law targets the Ukrainian Orthodox Church", "he entered the Catholic Church")
_BUILDING_VERBS = frozenset({"shell", "bomb", "loot", "vandalise", "vandalize", "desecrate", "torch"})
_EITHER_VERBS = frozenset({
    "hit", "strike", "target", "damage", "destroy", "burn", "raid", "storm", "enter", "evacuate", "besiege",
    "surround", "seize", "reopen", "rebuild", "restore"})
#: prepositions that make a church where something happens ("gathered at the Armenian Church")
_LOCATION_PREPS = frozenset({"at", "inside", "outside", "near", "into", "beside"})


def church_building(state: ArticleState, ent: Span) -> bool:
    """'Settlers vandalised the Armenian Church', 'shells hit the Greek Orthodox Church in Gaza',
    'the Roman Catholic Church of St. Mary was damaged', 'worshippers gathered at the Armenian
    Church in Jerusalem': a church's name, its institution's where it speaks or owns ("the
    Armenian Church said", "Patriarch Kirill of the Russian Orthodox Church"), is its building as
    the object or passive subject of a verb that only a building takes; of one that an
    institution takes too ("hit", "damaged", "entered", "restored"), or after "at", "inside",
    "near" ... on a verb, only where it is one building (``_one_building``): not "the scandal
    damaged the Catholic Church", "he worked at the Catholic Church"; not its staff's ("officials
    at the Catholic Church"), nor after a noun ("a crisis at the Catholic Church")."""
    if ent.root.lower_ != "church" or not ent.root.is_title:
        return False
    root = ent.root
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    head = root.head
    if root.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        verb = head.lemma_.lower()
        return verb in _BUILDING_VERBS or verb in _EITHER_VERBS and _one_building(state, ent)
    return root.dep_ == "pobj" and head.lower_ in _LOCATION_PREPS and head.head.pos_ == "VERB" \
        and not speaks_for(root) and _one_building(state, ent)


def _one_building(state: ArticleState, ent: Span) -> bool:
    """A church's name the model took for a building (FAC), or set in a town or named for a
    saint right after it ("the Greek Orthodox Church in Gaza", "the Roman Catholic Church of St.
    Mary"); not set in a country, where it is the national church ("the Catholic Church in
    Ireland was hit by lawsuits")."""
    return ent.label_ == "FAC" or any(
        c.dep_ == "prep" and c.lower_ in ("in", "of") and any(
            t.dep_ == "pobj" and t.pos_ == "PROPN" and not (c.lower_ == "in" and _country(state, t)) for t in c.children)
        for c in ent.root.children)


def _country(state: ArticleState, tok: Token) -> bool:
    """The noun phrase of ``tok`` names a country ("Ireland", "the United States")."""
    entry = state.dictionary.lookup(" ".join(t.text for t in tok.subtree if t.lower_ != "the"))
    return entry is not None and entry.type == "country"
