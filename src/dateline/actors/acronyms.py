"""Acronyms that the dictionary gives a medium but the text gives something else: "Imran Khan's
party, PTI, said" (a party, not the Press Trust of India), "Pakistan Tehreek-e-Insaf (PTI)"
(the name before the brackets), "the opposition party PTI". A bare "PTI reported" stays the
agency; an acronym the text defines as another body is that body for the whole article."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.actors.dictionary import Entry, slug
from dateline.actors.state import ArticleState

#: descriptor nouns (lexicon ``org_descriptor_nouns``) that a medium can have: the others ("the
#: party, PTI", "the movement PTI") make the acronym another body
MEDIA_NOUNS = frozenset({"agency", "broadcaster", "newspaper", "daily", "channel", "website", "outlet", "network"})
#: lower-case words a name before its acronym's brackets may hold ("Party of the Regions")
_CONNECTORS = frozenset({"of", "for", "and", "the", "e", "i", "al", "el", "de", "du", "des", "la", "le", "y"})
_MAX_NAME = 8


def is_acronym(text: str) -> bool:
    """Two to six capital letters ("PTI", "AFP"; not "Reuters")."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def media_acronym_reading(state: ArticleState, ent: Span, text: str, entry: Entry) -> str | None:
    """The actor an acronym the dictionary gives a medium stands for here, when the text makes it
    another body: defined earlier in the article, defined by the name before its brackets, or in
    apposition to (or after) a party noun. None keeps the medium."""
    if entry.type != "media" or not is_acronym(text):
        return None
    local = state.local_aliases.get(text)
    if local is not None and local != entry.id:
        return local
    named = _bracketed_name(state, ent, text)
    if named is not None:
        found = named_actor(state, named, entry)
        if found is None:
            return None  # "Press Trust of India (PTI)": the medium's own name
        state.local_aliases[text] = found
        return found
    noun = _party_noun(ent, state.lexicon.org_nouns - MEDIA_NOUNS)
    if noun is None:
        return None
    info = state.new_actor(f"org:{slug(text)}", text, "organization")  # as every discovered body
    if noun.i != ent.start - 1:
        state.local_aliases[text] = info.id  # apposition defines it; "the party PTI" names one mention
    return info.id


def _party_noun(ent: Span, nouns: frozenset[str]) -> Token | None:
    """The non-media descriptor noun the acronym stands in apposition to ("Khan's party, PTI,",
    "PTI, Khan's party,") or right after ("the opposition party PTI")."""
    doc, root = ent.doc, ent.root
    if _reporting(ent):
        return None
    if root.dep_ == "appos" and root.head.lower_ in nouns and root.head.is_lower:
        return root.head
    for child in root.children:
        if child.dep_ == "appos" and child.lower_ in nouns and child.is_lower:
            return child
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in nouns and before.is_lower:
        return before
    return None


#: verbs of newsgathering whose subject is the agency ("the party AFP spoke to", "a ministry AP contacted")
NEWSGATHERING = frozenset({"speak", "talk", "interview", "contact", "reach", "see", "obtain", "learn", "review",
                           "verify", "quote", "cite", "ask", "visit", "meet", "call", "email", "approach"})


def _reporting(ent: Span) -> bool:
    """Is the acronym the subject of a relative clause after the noun ("the ministry AFP contacted
    declined", "a charity AP spoke to"): the agency's work, not the body's name?"""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or after.pos_ not in ("VERB", "AUX"):
        return False
    return after.lemma_.lower() in NEWSGATHERING or after.dep_ == "relcl" or ent.root.head.dep_ == "relcl"


def _bracketed_name(state: ArticleState, ent: Span, text: str) -> Span | None:
    """'Pakistan Tehreek-e-Insaf (PTI)': the name right before the acronym's brackets whose
    capitalised words' initials spell it; None when the acronym is not so defined."""
    doc = ent.doc
    if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return None
    end = ent.start - 1
    floor = max(doc[end - 1].sent.start, end - _MAX_NAME)
    for start in range(end - 1, floor - 1, -1):
        tok = doc[start]
        if not (tok.is_title or tok.is_upper or tok.text == "-" or tok.lower_ in _CONNECTORS):
            break
        if tok.is_title and _initials(doc[start:end]) == text:
            return doc[start:end]
    return None


def _initials(span: Span) -> str:
    """Initials of a name's capitalised parts, hyphenated ones split ("Tehreek-e-Insaf" -> "TI")."""
    parts = [p for tok in span for p in tok.text.split("-") if p]
    return "".join(p[0] for p in parts if p[:1].isupper())


def named_actor(state: ArticleState, name: Span, entry: Entry) -> str | None:
    """The actor of the name before an acronym's brackets: its dictionary actor, else an
    organization of the whole name (over the mentions of a discovered part of it, "Pakistan
    Tehreek" of "Pakistan Tehreek-e-Insaf"); None when the name is the medium's own."""
    looked = state.dictionary.lookup(name.text)
    if looked is not None and looked.id == entry.id:
        return None
    if looked is not None:
        return state.actor_from_entry(looked).id
    inside = [f for f in state.found if name.start <= f.start and f.end <= name.end and f.actor in state.actors]
    countries = [f for f in inside if state.actors[f.actor].type == "country"]
    parts = [f for f in inside if f not in countries]
    if any(f.actor in state.dictionary.entries or state.actors[f.actor].type == "person" for f in parts):
        return None  # a known body or a person inside: not one name
    state.found = [f for f in state.found if f not in parts]
    info = state.new_actor(f"org:{slug(name.text)}", name.text, "organization")
    info.country = next((state.actors[f.actor].country for f in [*parts, *countries]
                         if state.actors[f.actor].country), None)
    state.add(name.start, name.end, info.id, "name")
    return info.id
