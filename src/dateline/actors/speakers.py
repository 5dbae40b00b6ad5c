"""'Trumka wrote in an email': one capitalised word the model left untagged, the subject of a
speech verb, is a person's surname when nothing else reads it: no English word ("Apple"), no
name the dictionary, a demonym, a capital or the place list knows, no organization's word, not
referred back to as "it"/"its", nowhere else in the text a name's part, an entity or after "the",
and only where it speaks as people do, in a person's medium ("in an email", "in an interview";
not "Gazprom wrote in a statement", "in a note to clients") or with a person cue ("said he")."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.attrs import DEP, ORTH
from spacy.tokens import Doc, Span, Token

from dateline.actors.dictionary import ActorDictionary
from dateline.actors.readings import _org_word, person_cue, readings, said_of_a_thing
from dateline.actors.state import tokens_where
from dateline.nlp.lemmas import wordnet_words

#: what people, not firms, write or speak in ("wrote in an email", "said in an interview")
PERSONAL_MEDIA = frozenset({"email", "e-mail", "interview", "memoir", "tweet", "op-ed", "essay", "column",
                            "diary", "podcast", "text"})


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


def _personal_medium(verb: Token) -> bool:
    return any(c.dep_ == "prep" and any(p.dep_ == "pobj" and p.lemma_.lower() in PERSONAL_MEDIA
                                        for p in c.children) for c in verb.children)


def speaking_surnames(doc: Doc, ents: list[Span], dictionary: ActorDictionary,
                      places: Mapping[str, int]) -> list[Span]:
    """``ents`` and a PERSON entity for each untagged word that speaks as a surname alone."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    verbs = readings().speech_verbs
    for tok in tokens_where(doc, DEP, ("nsubj",)):
        if tok.i in taken or tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or not tok.is_title \
                or not tok.is_alpha or len(tok) < 3 or tok.head.lemma_.lower() not in verbs:
            continue
        if any(c.dep_ in ("det", "compound", "amod", "poss", "appos") for c in tok.children):
            continue
        verb = tok.head
        if said_of_a_thing(verb) or not _unread(tok, dictionary, places) or _elsewhere_a_name(tok):
            continue
        span = Span(doc, tok.i, tok.i + 1, label="PERSON")
        if _personal_medium(verb) or person_cue(span, owners=False):
            ents.append(span)
    return ents


__all__ = ["PERSONAL_MEDIA", "speaking_surnames"]
