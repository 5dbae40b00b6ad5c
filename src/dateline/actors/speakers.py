"""One word that speaks is a person's surname ("Kovalenko said", "Smith wrote", "Trumka said he"):
the subject of a speech verb or of hearsay ("Kovalenko said to be weighing a run"), tagged ORG or
GPE by the model or left untagged, with no determiner or modifier, not referred back to as
"it"/"its", that no organization word, dictionary name, demonym, capital or city of ``BIG_CITY``
people is, and that is elsewhere in the text neither after "the" nor in a longer organization's name
(a company's suffix, "Gazprombank", is no bar: the he/she of "Goldbank said he" wins). Its form says
so (an ending only surnames have, "-enko"; one of the census's commonest surnames, "Smith"; a weak
ending, "-ov", with a person cue), or, for a word that speaks (hearsay is no speech: "Zelnik is said
to be weighing a bid") that no English word list or place list reads and that is nowhere else a
name, a he/she after it does ("Trumka said he"). The medium is no cue: firms, agencies and outlets
speak in interviews, emails and tweets too ("Gazprom said in an interview"); nor is a he/she where
the text names the word an organization's ("Gazprom shares fell"): a company's dealings elsewhere
win (``readings.company_words``)."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.attrs import DEP, LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from dateline.actors.census import census_surnames, first_names, frequent_surnames
from dateline.actors.dictionary import ActorDictionary
from dateline.actors.readings import (
    org_word,
    person_cue,
    readings,
    said_of_a_thing,
    said_to,
    speaks,
    spoken_of,
)
from dateline.actors.state import tokens_where
from dateline.nlp.lemmas import wordnet_words
from dateline.nlp.markets import MARKET_WORDS

#: a place this big shares its name with no speaking surname ("Nebraska said")
BIG_CITY = 100_000


def speaks_as_surname(tok: Token, dictionary: ActorDictionary, places: Mapping[str, int], tagged: bool) -> bool:
    """Whether the one word ``tok`` (``tagged``: an ORG or GPE entity; else a proper noun no
    entity takes) speaks as a surname; see the module docstring."""
    rd = readings()
    if not (tok.is_title and tok.is_alpha and len(tok) > 2) or not (tagged or tok.pos_ == "PROPN"):
        return False
    if not spoken_of(tok) or org_word(tok):
        return False  # the cheap checks first: person_cue reads the sentence after
    if any(c.dep_ in ("det", "compound", "amod", "poss") for c in tok.children) or said_of_a_thing(tok.head):
        return False
    text, low = tok.text, tok.lower_
    if dictionary.lookup(text) is not None or dictionary.demonym(text) is not None \
            or dictionary.capital(text) is not None or places.get(text, 0) >= BIG_CITY or _a_company(tok):
        return False
    span = Span(tok.doc, tok.i, tok.i + 1, label="PERSON")
    if low.endswith(rd.surname_endings) or text in frequent_surnames():
        return True
    if low.endswith(rd.weak_surname_endings) and person_cue(span):
        return True
    return not tagged and speaks(tok) and not any(c.dep_ == "appos" for c in tok.children) \
        and _unread(tok, dictionary, places) and not _elsewhere_a_name(tok) and person_cue(span, owners=False)


def _unread(tok: Token, dictionary: ActorDictionary, places: Mapping[str, int]) -> bool:
    """No English word list, place list or metonym reads the word."""
    return tok.lower_ not in wordnet_words("noun", "verb", "adj", "adv") and tok.text not in places \
        and dictionary.metonym(tok.text) is None


def _elsewhere_a_name(tok: Token) -> bool:
    """The word is elsewhere in the text a longer name's part or an entity."""
    return any(t.i != tok.i and t.ent_type_ for t in tokens_where(tok.doc, ORTH, (tok.text,)))


def _a_company(tok: Token) -> bool:
    """Elsewhere in the text the word is after "the" ("the Siemens board"), in a longer
    organization's name ("Siemens AG"), or a company's own ("Siemens shares", "Siemens's profits")."""
    words = readings().company_words
    for t in tokens_where(tok.doc, ORTH, (tok.text,)):
        if t.i == tok.i:
            continue
        if t.i > 0 and t.nbor(-1).lower_ == "the" or t.ent_type_ == "ORG" and t.ent_iob_ == "I" \
                or t.ent_type_ == "ORG" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_iob_ == "I":
            return True
        if t.i + 2 < len(t.doc) and (t.nbor(1).lower_ in words or t.nbor(1).tag_ == "POS" and t.nbor(2).lower_ in words):
            return True
    return False


def hearsay_subject(ent: Span) -> bool:
    """'Bitcoin said to rise': one word tagged PERSON, the subject of "said to" (hearsay or an
    instruction), that no name list knows (given names, the census's surnames, surname endings),
    with no person cue and nowhere else in the text as a name, is no person where the word has
    another reading: a market's (a currency, a commodity, an index: "Bitcoin", "Nikkei":
    nlp.markets) or a common noun's, the word lower-case elsewhere in the text. The model's PERSON
    is evidence of its own: an unread word keeps it ("Zelnik said to be weighing a bid")."""
    if ent.label_ != "PERSON" or len(ent) != 1:
        return False
    tok, rd = ent[0], readings()
    if tok.dep_ not in ("nsubj", "nsubjpass") or not said_to(tok.head):
        return False  # the cheap checks first
    text = tok.text
    if text in rd.given_names or text in rd.short_given_names or text in first_names() \
            or text in census_surnames() or tok.lower_.endswith(rd.surname_endings + rd.weak_surname_endings):
        return False
    if tok.lower_ not in MARKET_WORDS and not any(t.is_lower for t in tokens_where(tok.doc, LOWER, (tok.lower_,))):
        return False  # no other reading: the model's person stands
    return len(tokens_where(tok.doc, ORTH, (text,))) == 1 and not person_cue(ent)


def speaker_surname(ent: Span, dictionary: ActorDictionary, places: Mapping[str, int]) -> bool:
    """'Kovalenko said on Friday': a one-word ORG or GPE entity that speaks as a surname."""
    return len(ent) == 1 and ent.label_ in ("ORG", "GPE") and speaks_as_surname(ent[0], dictionary, places, True)


def speaking_surnames(doc: Doc, ents: list[Span], dictionary: ActorDictionary,
                      places: Mapping[str, int]) -> list[Span]:
    """``ents`` and a PERSON entity for each untagged word that speaks as a surname."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    for tok in tokens_where(doc, DEP, ("nsubj", "nsubjpass")):
        if tok.i not in taken and speaks_as_surname(tok, dictionary, places, False):
            ents.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
    return ents


__all__ = ["BIG_CITY", "hearsay_subject", "speaker_surname", "speaking_surnames", "speaks_as_surname"]
