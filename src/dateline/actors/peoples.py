"""Peoples as actors: "Kurds said", "the Rohingya fled", "Uighurs in Xinjiang": an ethnic or
sectarian group named in the plural (lexicon ``peoples``) is a group actor ``grp:<slug>`` with
the country where the people has one (Rohingya: Myanmar; Kurds: none), and no sector, as CAMEO
codes an ethnic group by its own code, without a role. National plurals ("Palestinians",
"Israelis") are the demonyms' groups (``names``). Not a word before another noun ("Kurdish
fighters", "Rohingya refugees": the noun's group), nor inside a body's name ("Baloch Liberation
Army")."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Span

from dateline.actors.dictionary import slug
from dateline.actors.state import ArticleState, Found, tokens_where

_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def resolve_peoples(state: ArticleState) -> None:
    """Group mentions of the peoples the lexicon lists, where they stand as nouns."""
    peoples = state.lexicon.peoples
    if not peoples:
        return
    doc = state.doc
    for tok in tokens_where(doc, ORTH, {form.split()[0] for form in peoples}):
        for n in (2, 1):
            span = doc[tok.i:tok.i + n]
            name = " ".join(t.text for t in span)
            if len(span) == n and name in peoples:
                _people(state, span, *peoples[name])
                break


def _people(state: ArticleState, span: Span, name: str, country: str | None) -> None:
    """The people's group over ``span``, replacing an actor of the same words the model made of it."""
    head = span[-1]
    if head.dep_ in _MODIFIER_DEPS and head.head.i > head.i or not all(t.is_title for t in span):
        return
    over = [f for f in state.found if f.start < span.end and span.start < f.end]
    if any(not _same_words(state, f, span) for f in over):
        return  # inside a body's or a person's name
    state.found = [f for f in state.found if f not in over]
    info = state.new_actor(f"grp:{slug(name)}", name, "group", country=country)
    state.add(span.start, span.end, info.id, "group")
    _merge_same_word(state, info.id, {name, span.text})


def _merge_same_word(state: ArticleState, group: str, words: set[str]) -> None:
    """'Druze fighters clashed ... The Druze have lived': a body or person the model made of the
    people's word alone elsewhere in the article ("org:druze") is the people's group."""
    same = {a for a, info in state.actors.items() if a != group and info.name in words and info.type != "country"
            and a not in state.dictionary.entries}
    if same:
        state.found = [Found(f.start, f.end, group, f.kind) if f.actor in same and f.kind != "surname" else f
                       for f in state.found]


def _same_words(state: ArticleState, f: Found, span: Span) -> bool:
    """A mention over exactly the people's words whose actor the article made of those words alone
    ("Rohingya" tagged as a body), not one the dictionary knows, nor a person's surname ("Baloch
    said" after "Mahrang Baloch"; but "the Baloch have" is the people)."""
    info = state.actors.get(f.actor)
    return (f.start, f.end) == (span.start, span.end) and f.actor not in state.dictionary.entries \
        and info is not None and info.type != "country" \
        and (f.kind != "surname" and info.name == span.text or span.start > 0 and state.lower[span.start - 1] == "the")
