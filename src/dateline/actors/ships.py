"""Warships stand for their country's navy: "HMS Diamond", "USS Carney", "the destroyer USS
Mason", "INS Kolkata" (a navy's prefix, lexicon ``ship_prefixes``: HMS -> GBR, USS -> USA ...)
and "the Russian cruiser Moskva" (a country's word before a ship noun, ``ship_nouns``, and the
name). The ship is a mention of the country's national military where the dictionary has one
(``org:us-armed-forces``), else of its navy group ``grp:<iso3>-navy`` (as "the British navy"
is); a person or body the model made of the ship's name ("USS Carney" as a person) is dropped,
and its other mentions ("Carney") become the ship's."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc

from dateline.actors.forces import national_force
from dateline.actors.names import word_hits
from dateline.actors.organizations import POSSESSIVE
from dateline.actors.place_context import LOCATIVE
from dateline.actors.readings import org_word
from dateline.actors.state import ArticleState, Found, tokens_where

#: longest ship name after its prefix or noun ("Dwight D. Eisenhower", "Prince of Wales")
MAX_SHIP_WORDS = 4
#: entity labels no ship's name has
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
#: lower-case words that may sit between a country and its ship noun ("guided-missile", "nuclear")
_MAX_MODIFIERS = 3
#: prefixes that are also everyday acronyms ("KRI President", "FGS President", "INS Commissioner", "FS"
#: for a Foreign Secretary, "BNS Section"): a ship only with naval words in its sentence
AMBIGUOUS_PREFIXES = frozenset({"FS", "JS", "INS", "KRI", "FGS", "BNS", "PNS", "NRP"})
#: lemmas that make a sentence naval (besides the lexicon's ship nouns); "flagship" needs them too
NAVAL_WORDS = frozenset({"ship", "vessel", "navy", "naval", "fleet", "sail", "dock", "sink", "carrier", "tanker",
                         "escort", "port", "crew", "hull", "warship", "strait"})
#: lower-case particles inside a ship's name ("FS Charles de Gaulle")
_NAME_PARTICLES = frozenset({"of", "de", "da", "del", "van", "von", "der", "la", "le", "du"})
#: ship nouns with other senses ("Russia's flagship Aeroflot"): only with naval words around
_FIGURATIVE_NOUNS = frozenset({"flagship"})
#: how a ship's name hangs on its noun ("cruiser Moskva": compound/appos either way)
_NAME_DEPS = frozenset({"compound", "appos", "nmod", "npadvmod"})


def resolve_ships(state: ArticleState) -> None:
    """Mentions of ships named with a navy's prefix or a country's ship noun."""
    prefixes = state.lexicon.ship_prefixes or {}
    doc = state.doc
    for tok in tokens_where(doc, ORTH, prefixes):
        end = _name_end(doc, tok.i + 1)
        if end <= tok.i + 1 or state.covered(tok.i, ("group",)):
            continue
        start = _noun_start(state, tok.i)
        if tok.text in AMBIGUOUS_PREFIXES and (_titled(state, tok.i + 1) or start == tok.i and not _naval(state, tok.i)):
            continue  # "KRI President X", "INS Commissioner X", "FS Vikram Misri" (a Foreign Secretary), "BNS Section"
        _ship(state, start, tok.i, end, prefixes[tok.text], tok.i + 1)
    for f in list(state.found):
        info = state.actors.get(f.actor)
        if f.kind in ("name", "demonym") and info is not None and info.type == "country" and info.country:
            noun_end = _after_ship_noun(state, f.end)
            if noun_end is not None and (name_end := _name_end(doc, noun_end)) > noun_end \
                    and _ship_name(state, noun_end, name_end):
                _ship(state, f.start, noun_end, name_end, info.country, noun_end)
    state.found = [f for f in state.found if not _line_vessel(state, f)]


def _line_vessel(state: ArticleState, f: Found) -> bool:
    """Is the mention of a shipping line (a dictionary firm of trade ``shipping``) the first word of one
    of its vessels' names: the line and a capitalised word after "the" or a vessel noun ("The Maersk
    Hangzhou was attacked", "the container ship Maersk Gibraltar")? Not the line's own words ("the
    Maersk Group", "the Maersk Chief Executive"), nor the line alone ("the Maersk ship")."""
    entry = state.dictionary.entries.get(f.actor)
    if entry is None or entry.trade != "shipping" or f.kind != "name" or f.start == 0 or f.end >= len(state.doc):
        return False
    doc, lex = state.doc, state.lexicon
    after, before = doc[f.end], doc[f.start - 1]
    return after.is_title and after.is_alpha and not org_word(after) and after.lower_ not in lex.trade_words \
        and after.lemma_.lower() not in NAVAL_WORDS and after.lower_ not in lex.title_words \
        and (before.lower_ == "the" or before.lemma_.lower() in NAVAL_WORDS)


def _titled(state: ArticleState, i: int) -> bool:
    """A title word right after a prefix: the acronym names an office's body, not a navy."""
    low = state.lower[i]
    return low in state.lexicon.title_starts or low in state.lexicon.title_words


def _naval(state: ArticleState, i: int) -> bool:
    """Naval words (a ship noun, "navy", "sailed", "docked") in the sentence of token ``i``, or a
    hull number after the name ("(DDG 70)")."""
    sent = state.doc[i].sent
    nouns = state.lexicon.ship_nouns
    return any(t.lemma_.lower() in NAVAL_WORDS or t.lower_ in nouns or t.lemma_.lower() in nouns
               for t in sent if t.i != i)


def _ship_name(state: ArticleState, start: int, end: int) -> bool:
    """Do the words after "a Russian submarine" name the ship? Not a country, place or known body
    ("a Russian submarine Norway said had entered", "a Chinese warship Taiwan had been tracking"),
    and the name hangs on its noun (not the subject of a clause of its own); "flagship" only in
    naval copy ("Russia's flagship Aeroflot")."""
    doc = state.doc
    noun = doc[start - 1]
    for k in range(start, end):
        f = state.covered(k)
        info = state.actors.get(f.actor) if f is not None else None
        if f is not None and info is not None and (info.type != "person" and f.actor in state.dictionary.entries
                                 or info.type == "country") or doc[k].ent_type_ in ("GPE", "LOC", "NORP"):
            return False
    name = range(start, end)
    linked = noun.head.i in name and noun.dep_ in _NAME_DEPS or any(
        doc[k].head.i == noun.i and doc[k].dep_ in _NAME_DEPS for k in name)
    if not linked:
        return False
    return noun.lower_ not in _FIGURATIVE_NOUNS or _naval(state, noun.i)


def _name_end(doc: Doc, i: int) -> int:
    """End of a ship's name of capitalised words starting at token ``i`` (``i`` when none)."""
    end = i
    while end < len(doc) and end - i < MAX_SHIP_WORDS:
        tok = doc[end]
        if tok.ent_type_ in _NOT_NAMES:
            break  # "a US destroyer Monday": a date, not the ship's name
        if tok.is_title and tok.text not in POSSESSIVE and tok.is_alpha or len(tok.text) == 2 and tok.text[1] == "." \
                and tok.text[0].isupper() and end > i:
            end += 1
        elif tok.lower_ in _NAME_PARTICLES and end > i and end + 1 < len(doc) and doc[end + 1].is_title:
            end += 1  # "HMS Prince of Wales", "FS Charles de Gaulle"
        else:
            break
    return end


def _ship_noun_at(state: ArticleState, i: int) -> int | None:
    """End of a ship noun ("cruiser", "aircraft carrier") starting at token ``i``, or None."""
    nouns = state.lexicon.ship_nouns
    for n in (2, 1):
        if " ".join(state.lower[i:i + n]) in nouns and i + n <= len(state.doc):
            return i + n
    return None


def _after_ship_noun(state: ArticleState, i: int) -> int | None:
    """'Russian cruiser Moskva', "Russia's flagship Moskva": the token after the ship noun that
    follows a country at token ``i`` (past a possessive and a few lower-case modifiers), or None."""
    doc = state.doc
    if i < len(doc) and doc[i].text in POSSESSIVE:
        i += 1
    for _ in range(_MAX_MODIFIERS + 1):
        if i >= len(doc):
            return None
        end = _ship_noun_at(state, i)
        if end is not None:
            return end
        if not (doc[i].is_lower or doc[i].text == "-"):
            return None
        i += 1
    return None


def _noun_start(state: ArticleState, prefix: int) -> int:
    """Start of 'destroyer USS Mason', 'guided-missile destroyer USS Carney': the ship noun and its
    lower-case modifiers before a prefix join the mention."""
    doc, start = state.doc, prefix
    for n in (2, 1):
        if prefix - n >= 0 and _ship_noun_at(state, prefix - n) == prefix:
            start = prefix - n
            break
    if start == prefix:
        return prefix
    while start > 0 and (doc[start - 1].text == "-" or doc[start - 1].is_lower and doc[start - 1].lower_ != "the"
                         and doc[start - 1].pos_ in ("ADJ", "NOUN", "VERB")):
        start -= 1
    while doc[start].text == "-":
        start += 1
    f = state.covered(start - 1, ("name", "demonym")) if start > 0 else None
    info = state.actors.get(f.actor) if f is not None and f.end == start else None
    return f.start if f is not None and info is not None and info.type == "country" else start  # "British destroyer"


def _ship(state: ArticleState, start: int, name: int, end: int, iso3: str, bare: int) -> None:
    """The ship over tokens start..end, named from token ``name`` on (its prefix or first word), is
    its country's navy: mentions of the name and, with words before it, of the whole phrase. What
    the model made of its name goes ("Wales" of "HMS Prince of Wales" too; not "Russian" before it).
    Its name without the prefix (from token ``bare``) after "the" later on is the ship too."""
    country = state.dictionary.entries.get(f"cty:{iso3}")
    if country is None:
        return
    army = national_force(state, country)
    named = _named_navy(state, iso3, country.name, country.demonyms)
    if army is not None:
        navy = state.actor_from_entry(army).id
    elif named is not None:
        navy = named  # "HMS Diamond ... The Royal Navy said": one actor
    else:
        adjective = country.demonyms[0] if country.demonyms else country.name
        navy = state.new_actor(f"grp:{iso3.lower()}-navy", f"{adjective} navy", "group", country=iso3,
                               sector="military").id
    inside = [f for f in state.found if start <= f.start and f.end <= end and f.actor in state.actors
              and (f.start >= name or state.actors[f.actor].type != "country")]
    gone = {f.actor for f in inside if f.actor not in state.dictionary.entries}
    state.found = [f for f in state.found if f not in inside and not (f.actor in gone and _placed(state, f))]
    state.found = [Found(f.start, f.end, navy, f.kind) if f.actor in gone else f for f in state.found]
    state.add(name, end, navy, "name")  # "USS Mason", "Moskva"
    if start < name:
        state.add(start, end, navy, "descriptor")  # "destroyer USS Mason", "Russian cruiser Moskva"
    _the_ship(state, state.doc[bare:end].text, end, navy)


def _the_ship(state: ArticleState, name: str, after: int, navy: str) -> None:
    """'the destroyer USS Carney ... the Carney', 'the Russian cruiser Moskva ... the Moskva': the
    ship's bare name after "the", no capitalised word after it ("the Carney Institute"), is the
    ship's; what the model made of it goes ("Moskva" read as Moscow, Russia). Not a noun's modifier
    ("the Mason family", "the Carney government", "the Moskva river"), a person's surname ("Mark
    Carney ... the Carney"), nor a royal's style ("HMS Prince of Wales ... the Prince of Wales")."""
    doc = state.doc
    if " of " in name and name.split()[0].lower() in state.lexicon.title_words or any(
            info.type == "person" and info.name.endswith(f" {name}") for info in state.actors.values()):
        return
    for start, end in word_hits(state.text, name):
        span = doc.char_span(start, end, alignment_mode="strict")
        if span is None or span.start < after or span.start == 0 or state.lower[span.start - 1] != "the" \
                or span.end < len(doc) and (doc[span.end].is_title and not doc[span.end].is_sent_start
                                            or doc[span.end].pos_ in ("NOUN", "PROPN")):
            continue
        over = [f for f in state.found if f.start < span.end and span.start < f.end]
        if any(f.start < span.start or f.end > span.end for f in over):
            continue  # inside a longer name
        state.found = [f for f in state.found if f not in over]
        state.add(span.start, span.end, navy, "name")


def _placed(state: ArticleState, f: Found) -> bool:
    """A mention of the ship's name that stands as a place ("In Kolkata" of "INS Kolkata"): dropped,
    not the navy's."""
    doc = state.doc
    return doc[f.start].ent_type_ in ("GPE", "LOC") or f.start > 0 and doc[f.start - 1].lower_ in LOCATIVE


def _named_navy(state: ArticleState, iso3: str, name: str, demonyms: tuple[str, ...]) -> str | None:
    """The article's own actor for the country's navy ("the Royal Navy", "the Indian Navy"), or None."""
    names = {f"{w} navy".lower() for w in (name, *demonyms)} | {f"royal {w} navy".lower() for w in demonyms}
    if iso3 == "GBR":
        names.add("royal navy")
    for f in state.found:
        info = state.actors.get(f.actor)
        if info is not None and info.type != "person" and info.name.lower().removeprefix("the ") in names:
            return info.id
    return None
