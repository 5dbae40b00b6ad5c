"""'The hospital said', 'the church said', 'the patriarchate said', 'the university said': a bare
institution noun that speaks or reports is the institution of that noun the article named last
(``org:<name>``), as a bare "the ministry" is the ministry named last (``coref``); where it is a
place ("troops entered the hospital", "students gathered outside the university") it is no one.
An unnamed one set in a place that speaks ("a hospital in Rafah said") is its own actor."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.actors.dictionary import slug
from dateline.actors.forces import place_country, set_in
from dateline.actors.metonymy import speaks_for
from dateline.actors.organizations import country_in, strip_possessive, strip_the
from dateline.actors.state import ArticleState

#: institution nouns and their plurals: a name headed by the noun is what "the <noun>" takes up
NOUNS = {"hospital": "hospitals", "church": "churches", "patriarchate": "patriarchates",
         "university": "universities"}
#: words before the noun that make it another, unnamed one ("a hospital in Rafah")
_OTHER = frozenset({"a", "an", "another", "one", "each", "every", "field", "nearby", "other", "second"})


def resolve_institution_references(state: ArticleState) -> None:
    """Mentions of the last named institution for each lower-case institution noun that acts for it."""
    doc = state.doc
    for tok in doc:
        if tok.lower_ not in NOUNS or not (tok.is_lower or tok.is_sent_start) or state.covered(tok.i) or not _acts(tok):
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_ in ("a", "an"):
            _unnamed(state, tok)
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_ in _OTHER or _modified(tok) or _placed(tok):
            continue
        named = _last_named(state, tok)
        if named is not None:
            state.add(tok.i, tok.i + 1, _actor(state, named), "group")


def _unnamed(state: ArticleState, tok: Token) -> None:
    """'A hospital in Rafah said it had run out of fuel', 'doctors at a hospital in Rafah': an
    unnamed institution set in a place is one of that place's, the group ``grp:<iso3>-<place>-<plural>``
    ("hospitals in Rafah", ``grp:pse-rafah-hospitals``) of the place's country, as "police in London"
    are ``grp:gbr-police``: one id for any unnamed hospital there, in any article, which names no one
    institution; no one without a place ("a hospital said"), whose words alone name none."""
    if _modified(tok):
        return  # "a field hospital in Rafah", "a Catholic church in Kyiv": a kind of its own
    place = set_in(state, tok)
    if place is None:
        return
    home = place_country(state, place)
    iso3 = home.country if home is not None else None
    plural = NOUNS[tok.lower_]
    words = " ".join(w for w in (iso3, place, plural) if w)
    info = state.new_actor(f"grp:{slug(words)}", f"{plural} in {place}", "group", country=iso3)
    state.add(tok.i, tok.i + 1, info.id, "group")


def _acts(tok: Token) -> bool:
    """'the hospital said', 'according to the church', 'the hospital's director', 'hospital
    staff', 'doctors at the hospital', 'figures from a hospital' (not 'at hospital')."""
    if tok.dep_ == "pobj" and (tok.i == 0 or tok.doc[tok.i - 1].lower_ not in ("the", "a", "an")):
        return False
    return speaks_for(tok)


def _modified(tok: Token) -> bool:
    """'the Ukrainian church', 'the field hospital', 'the military hospital', 'the children's
    hospital': a word of its own before the noun that names a kind or a place may mean another
    institution than the one named last; not one that only describes it (``_describes``: 'the
    besieged hospital', 'the largest hospital', 'the city's main hospital')."""
    return any(c.dep_ in ("amod", "compound", "nmod", "poss") and not _describes(c) for c in tok.lefts)


#: adjectives that pick out the one institution rather than a kind
_DESCRIBING = frozenset({"same", "main"})


def _describes(word: Token) -> bool:
    """A lower-case participle or superlative ('besieged', 'overwhelmed', 'largest'), 'same',
    'main', or a place's common noun as owner ('the city's', not 'the children's')."""
    if not word.is_lower:
        return False
    if word.dep_ == "poss":
        return word.tag_ == "NN"
    return word.dep_ == "amod" and (word.lower_.endswith("ed") or word.tag_ == "JJS" or word.lower_ in _DESCRIBING)


def _placed(tok: Token) -> bool:
    """'hospital officials in Rafah', 'the church in Kyiv': an institution set in a place, which
    may be another than the one named."""
    nouns = (tok, tok.head) if tok.dep_ in ("poss", "compound") else (tok,)
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(t.ent_type_ in ("GPE", "LOC") for t in c.subtree)
               for n in nouns for c in n.children)


def _head_word(ent: Span) -> str:
    """The noun that heads a name: its last word, or the one before "of" ("Church of England",
    "Ecumenical Patriarchate of Constantinople"), lower case."""
    words = [t.lower_ for t in ent]
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _last_named(state: ArticleState, tok: Token) -> Span | None:
    """The last institution named before ``tok`` whose name ``tok``'s noun heads; None when an
    unnamed one ("a hospital in Rafah", "hospitals", "Churches across Ukraine") comes after it, or its sentence names
    another ("taken to Nasser Hospital and the European Hospital"), which the bare noun may mean."""
    noun = tok.lower_
    named = [e for e in state.ents if e.end <= tok.i and _head_word(e) == noun
             and any(t.lower_ == noun and t.is_title for t in e)]
    if not named:
        return None
    last = named[-1]
    if len({strip_the(e.text) for e in named if e.sent == last.sent}) > 1:
        return None
    doc = state.doc
    if any(t.lower_ in (noun, NOUNS[noun]) and (t.is_lower or t.is_sent_start) and (
            t.lower_ == NOUNS[noun] or t.i > 0 and doc[t.i - 1].lower_ in _OTHER) for t in doc[last.end:tok.i]):
        return None
    return last


def _actor(state: ArticleState, ent: Span) -> str:
    """The institution's actor: the one its name already has, the dictionary's, or a new organization."""
    found = state.covered(ent.start, ("name",))
    if found is not None:
        return found.actor
    name = strip_possessive(strip_the(ent.text))
    entry = state.dictionary.lookup(name)
    if entry is not None:
        return state.actor_from_entry(entry).id
    return state.new_actor(f"org:{slug(name)}", name, "organization", country=country_in(state, ent)).id
