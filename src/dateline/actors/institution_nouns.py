"""'The hospital said', 'hospital officials said': a bare hospital that speaks or reports is the
hospital the article named last (``org:<name>``), as a bare "the ministry" is the ministry named
last (``coref``); where it is a place ("troops entered the hospital") it is no one."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.actors.dictionary import slug
from dateline.actors.metonymy import speaks_for
from dateline.actors.organizations import country_in, strip_possessive, strip_the
from dateline.actors.state import ArticleState

#: words before "hospital" that make it another, unnamed hospital ("a hospital in Rafah")
_OTHER = frozenset({"a", "an", "another", "one", "each", "every", "field", "nearby", "other", "second"})


def resolve_hospital_references(state: ArticleState) -> None:
    """Mentions of the last named hospital for each lower-case "hospital" that acts for it."""
    doc = state.doc
    for tok in doc:
        if tok.lower_ != "hospital" or not (tok.is_lower or tok.is_sent_start) or state.covered(tok.i) or not _acts(tok):
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_ in _OTHER or _placed(tok):
            continue
        named = _last_named(state, tok)
        if named is not None:
            state.add(tok.i, tok.i + 1, _actor(state, named), "group")


def _acts(tok: Token) -> bool:
    """'the hospital said', 'according to the hospital', 'the hospital's director', 'hospital
    staff', 'doctors at the hospital', 'figures from the hospital' (not 'at hospital')."""
    if tok.dep_ == "pobj" and (tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the"):
        return False
    return speaks_for(tok)


def _placed(tok: Token) -> bool:
    """'hospital officials in Rafah', 'the hospital in Rafah': a hospital set in a place, which
    may be another than the one named."""
    nouns = (tok, tok.head) if tok.dep_ in ("poss", "compound") else (tok,)
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(t.ent_type_ in ("GPE", "LOC") for t in c.subtree)
               for n in nouns for c in n.children)


def _last_named(state: ArticleState, tok: Token) -> Span | None:
    """The last hospital named before ``tok``; None when an unnamed one ("a hospital in Rafah",
    "hospitals") comes after it, or its sentence names another ("taken to Nasser Hospital and the
    European Hospital"), which the bare noun may mean."""
    named = [e for e in state.ents if e.end <= tok.i and e[-1].lower_ == "hospital" and e[-1].is_title]
    if not named:
        return None
    last = named[-1]
    if len({strip_the(e.text) for e in named if e.sent == last.sent}) > 1:
        return None
    doc = state.doc
    if any(t.lower_ in ("hospital", "hospitals") and t.is_lower and (
            t.lower_ == "hospitals" or t.i > 0 and doc[t.i - 1].lower_ in _OTHER) for t in doc[last.end:tok.i]):
        return None
    return last


def _actor(state: ArticleState, ent: Span) -> str:
    """The hospital's actor: the one its name already has, the dictionary's, or a new organization."""
    found = state.covered(ent.start, ("name",))
    if found is not None:
        return found.actor
    name = strip_possessive(strip_the(ent.text))
    entry = state.dictionary.lookup(name)
    if entry is not None:
        return state.actor_from_entry(entry).id
    return state.new_actor(f"org:{slug(name)}", name, "organization", country=country_in(state, ent)).id
