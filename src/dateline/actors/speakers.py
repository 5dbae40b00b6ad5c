"""'Trumka said he would fight': one capitalised word the model left untagged, the subject of a
speech verb, is a person's surname when nothing else reads it: no English word ("Apple"), no
name the dictionary, a demonym, a capital or the place list knows, no organization's word, not
referred back to as "it"/"its", nowhere else in the text a name's part, an entity or after "the",
and only with a person cue after it ("said he"). The medium is no cue: firms, agencies and
outlets speak in interviews, emails and tweets too ("Gazprom said in an interview")."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.attrs import DEP, ORTH
from spacy.tokens import Doc, Span, Token

from dateline.actors.dictionary import ActorDictionary
from dateline.actors.readings import _org_word, person_cue, readings, said_of_a_thing
from dateline.actors.state import tokens_where
from dateline.nlp.lemmas import wordnet_words


def _unread(tok: Token, dictionary: ActorDictionary, places: Mapping[str, int]) -> bool:
    """No word list, dictionary or place list reads the word."""
    text = tok.text
    return tok.lower_ not in wordnet_words("noun", "verb", "adj", "adv") and text not in places \
        and dictionary.lookup(text) is None and dictionary.demonym(text) is None \
        and dictionary.capital(text) is None and dictionary.metonym(text) is None and not _org_word(tok)


def _elsewhere_a_name(tok: Token) -> bool:
    """The word is elsewhere in the text a longer name's part, an entity, or after "the"."""
    return any(t.i != tok.i and (t.ent_type_ or t.i > 0 and t.nbor(-1).lower_ == "the")
               for t in tokens_where(tok.doc, ORTH, (tok.text,)))


def speaking_surnames(doc: Doc, ents: list[Span], dictionary: ActorDictionary,
                      places: Mapping[str, int]) -> list[Span]:
    """``ents`` and a PERSON entity for each untagged word that speaks as a surname alone."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    verbs = readings().speech_verbs
    for tok in tokens_where(doc, DEP, ("nsubj",)):
        if tok.i in taken or tok.pos_ != "PROPN" or not tok.is_title \
                or not tok.is_alpha or len(tok) < 3 or tok.head.lemma_.lower() not in verbs:
            continue
        if any(c.dep_ in ("det", "compound", "amod", "poss", "appos") for c in tok.children):
            continue
        if said_of_a_thing(tok.head) or not _unread(tok, dictionary, places) or _elsewhere_a_name(tok):
            continue
        span = Span(doc, tok.i, tok.i + 1, label="PERSON")
        if person_cue(span, owners=False):
            ents.append(span)
    return ents


__all__ = ["speaking_surnames"]
