"""Given names as reference names: "Ethiopian Prime Minister Abiy Ahmed ... Abiy said". In the
naming cultures of ``given_name_countries`` (lexicon: Ethiopian and Eritrean patronymic names,
Icelandic ones, Thai and Indonesian usage) wire copy calls a person by the first word of the name,
so a later lone word equal to it names that person, when no other person of the article has the
word in a name ("Ahmed said" after two Ahmeds stays open). Elsewhere ("Antony Blinken ... Antony
said") the same holds for a given name no other person of the article bears, when the word is no
country's or body's name ("Israel Katz ... Israel") and stands where no place does ("in Antony").
A short form ("Bernie", ``readings.short_given_names``) names no one alone: left without such a
person, it is no actor."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Span, Token

from dateline.actors.corrections import ACTOR_LABELS
from dateline.actors.names import CROWNS, PARTICLES, POSSESSIVE, family_name_first, word_hits
from dateline.actors.place_context import LOCATIVE
from dateline.actors.readings import readings
from dateline.actors.slips import person_title
from dateline.actors.state import ArticleState, Found

#: entity labels a lone given name may carry (the model calls "Abiy" a place or a body at times)
_NAME_LABELS = ACTOR_LABELS | {""}


def resolve_given_names(state: ArticleState) -> None:
    """Link lone given names to the one person of a given-name culture who bears them."""
    carriers: dict[str, set[str]] = defaultdict(set)
    people = [info for info in state.actors.values() if info.type == "person"]
    for info in people:
        for word in info.name.split():
            carriers[word].add(info.id)
    countries = state.lexicon.given_name_countries
    alone: dict[str, set[str]] = defaultdict(set)  # "Antony": the persons and bodies the model made of a word
    for a, other in state.actors.items():
        if other.type in ("person", "organization") and " " not in other.name and a not in state.dictionary.entries:
            alone[other.name].add(a)
    first: dict[str, int] = {}  # actor -> the start of its first mention (read once, when asked)
    named = {f.actor for f in state.found if f.kind not in ("role", "pronoun")}
    for info in people:
        words = info.name.split()
        if len(words) < 2 or family_name_first(words):
            continue
        given = words[0]
        if not given.isalpha() or not given.istitle() or given.lower() in PARTICLES \
                or given.lower() in state.lexicon.honorifics or given.lower() in state.lexicon.common_given_names:
            continue
        culture = info.country in countries
        if not culture and info.id not in named:
            continue  # "Israel's prime minister ... Benjamin said": a name the text never gave him
        if not culture and state.dictionary.lookup(given) is not None:
            continue  # "Israel Katz ... Israel", "Jordan Bardella ... Jordan": the country
        lone = alone[given] - {info.id}
        if carriers[given] - lone != {info.id}:
            continue  # "Abiy" found alone (as a person or a body) is Abiy Ahmed; two Redwans are not one
        after = None
        if not culture:  # "Queen Victoria", "Pope Francis": another bearer; a body named before the
            # "person" ("Ascom ... Ascom North America" tagged PERSON) is the body
            if not first:
                for f in state.found:
                    if f.start < first.get(f.actor, len(state.doc)):
                        first[f.actor] = f.start
            after = first.get(info.id, 0)
            lone = {a for a in lone if not _crowned(state, a)
                    and (state.actors[a].type == "person" or first.get(a, after) >= after)}
            if carriers[given] - lone != {info.id}:
                continue
        _link(state, info.id, given, lone, after)
    _drop_short_forms(state)


def _drop_short_forms(state: ArticleState) -> None:
    """'Bernie said' with no Bernie named in full, or two ("Bernie Sanders", "Bernie Ecclestone"):
    a short form of a given name alone is a nickname of someone the text leaves unnamed, no actor
    (the model calls it a person or a body); after a title ("Mr. Ray", "Judge Ray") it is a surname."""
    short = readings().short_given_names
    drop = {a for a, info in state.actors.items() if info.name in short and a not in state.dictionary.entries
            and info.type in ("person", "organization")}
    if drop:  # a title makes the word a surname ("Mr. Ray", "Judge Ray", "Commissioner Dick")
        drop -= {f.actor for f in state.found if f.actor in drop
                 and (f.end - f.start > 1 or f.start > 0 and person_title(state.doc[f.start - 1]))}
    if drop:
        state.found = [f for f in state.found if f.actor not in drop]
        state.actors = {a: info for a, info in state.actors.items() if a not in drop}


def _link(state: ArticleState, actor: str, given: str, lone: set[str], after: int | None) -> None:
    """Mentions of ``given``: lone-name actors' mentions move to the person; untagged words
    standing as a name are added. ``after`` (a token index; None for a person of a given-name
    culture), for a person of a culture that goes by the family name ("Antony Blinken ... Antony said"):
    only words after the person's first mention, not a word the model calls a place, nor one
    after "in", nor an ordinary word (``_word``)."""
    strict, after = after is not None, after or 0
    state.found = [Found(f.start, f.end, actor, "surname") if f.actor in lone else f for f in state.found]
    doc = state.doc
    for start, end in word_hits(state.text, given):
        span = doc.char_span(start, end, alignment_mode="strict")
        if span is None or span.start < after or any(state.covered(i) for i in range(span.start, span.end)):
            continue
        if _stands_as_name(state, span) and not (strict and (_placed(state, span.start) or _word(doc[span.start]))):
            state.add(span.start, span.end, actor, "surname")


def _crowned(state: ArticleState, actor: str) -> bool:
    """A mention of ``actor`` opens with a monarch's, pope's or saint's title."""
    return any(f.actor == actor and state.lower[f.start] in CROWNS for f in state.found)


def _word(tok: Token) -> bool:
    """An ordinary word where a given name might stand: one the model gives no person's tag at a
    sentence's start ("Hope for a ceasefire faded", "Joy erupted"), or a noun's modifier ("Faith
    leaders", "Rose petals"); not the subject of a speech verb ("Grant said")."""
    if tok.dep_ == "compound":
        return tok.head.pos_ == "NOUN"
    return tok.ent_type_ != "PERSON" and bool(tok.is_sent_start) and not (
        tok.dep_ == "nsubj" and tok.head.lemma_.lower() in readings().speech_verbs)


def _placed(state: ArticleState, i: int) -> bool:
    """A place's word: tagged as one, or after a locative preposition ("in Antony")."""
    return state.doc[i].ent_type_ in ("GPE", "LOC", "FAC") or i > 0 and state.lower[i - 1] in LOCATIVE


def _stands_as_name(state: ArticleState, span: Span) -> bool:
    """A lone capitalised noun (the model takes "Isaias" for a common one at times): no other
    name word beside it ("Abiy Ahmed", "Addis Abiy"), no entity of other words over it."""
    doc, tok = state.doc, state.doc[span.start]
    if len(span) != 1 or tok.pos_ not in ("PROPN", "NOUN") or tok.ent_type_ not in _NAME_LABELS:
        return False
    if tok.ent_type_ and state.ent_at.get(tok.i) is not None and len(state.ent_at[tok.i]) > 1:
        return False
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    lex = state.lexicon
    if before is not None and before.is_title and not before.is_sent_start and before.lower_ not in lex.title_words \
            and before.lower_ not in lex.honorifics:
        return False
    return after is None or not (after.is_title and after.text not in POSSESSIVE)
