"""Role nouns: "Israel's prime minister", "the US president", "the top US diplomat" -> the office
holder on the article's date; "the prime minister" after a named holder -> that person."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc

from dateline.actors.dictionary import Entry, slug
from dateline.actors.forces import national_force
from dateline.actors.names import POSSESSIVE
from dateline.actors.state import ArticleState, Found
from dateline.nlp.memo import per_doc

LEADER_TITLES = frozenset({"leader", "political bureau chief", "secretary-general", "supreme leader"})


def resolve_roles(state: ArticleState) -> None:
    """'Israel's prime minister', 'the US president': the office holder on the article's date."""
    doc, lex = state.doc, state.lexicon
    words = state.lower
    i = 0
    while i < len(doc):
        i = _role_at(state, i, words, lex.max_title_len) + 1
    _persons_government(state)


#: nouns a person's possessive makes the government that person leads ("Netanyahu's government")
GOVERNMENT_NOUNS = frozenset({"government", "administration", "cabinet"})


def _persons_government(state: ArticleState) -> None:
    """'Netanyahu's government said', 'Biden's administration': the government of the person's
    country (the person where the country is unknown); not 'His party', 'Kim's sister'."""
    doc = state.doc
    for i, low in enumerate(state.lower):
        if low not in GOVERNMENT_NOUNS or i < 2 or doc[i - 1].text not in POSSESSIVE or state.covered(i):
            continue
        f = state.covered(i - 2)
        info = state.actors.get(f.actor) if f is not None and f.end == i - 1 and f.kind != "pronoun" else None
        if info is None or info.type != "person":
            continue
        country = state.dictionary.entries.get(f"cty:{info.country}") if info.country else None
        actor = state.actor_from_entry(country).id if country is not None else info.id
        state.add(i, i + 1, actor, "role")


def _role_at(state: ArticleState, i: int, words: list[str], longest: int) -> int:
    """Try a role phrase whose title starts at token i; the last token it used (or i)."""
    doc, lex = state.doc, state.lexicon
    if words[i] not in lex.title_starts:
        return i
    split = _split_title(state, i, words, longest)
    if split is not None:
        return split
    for n in range(min(longest, len(doc) - i), 0, -1):
        canon = lex.titles.get(" ".join(words[i:i + n]))
        if canon is None or state.covered(i) or state.covered(i + n - 1):
            continue
        nxt = doc[i + n] if i + n < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.is_title and nxt.pos_ == "PROPN"):
            continue
        last = doc[i + n - 1]
        if last.dep_ in ("amod", "compound") and last.head.i > last.i and last.head.tag_ in ("NN", "NNS"):
            return i  # "the chief nuclear negotiator", "the leader writers": the title word modifies a noun
        start, owner = _role_owner(state, i, i + n)
        if start > 0 and words[start - 1] in INDEFINITE:
            return i + n - 1  # "a State Department spokesperson": one of them, not the office holder
        end, place = _qualifier(state, i + n)
        if _named_after(state, i + n - 1, end):  # "The U.N. envoy for Sudan, Ramtane Lamamra,": the name is the holder
            person = state.covered(end + 1, ("name",))
            if person is not None and state.actors[person.actor].type == "person":
                state.add(start, end, person.actor, "role")
                return end - 1
            return i
        if owner is None:
            definite = i > 0 and (words[i - 1] == "the" or words[i - 1] == "new" and i > 1 and words[i - 2] == "the")
            if nxt is not None and nxt.lower_ == "of":
                definite = False  # "the secretary of the Navy", "the secretary of the Arab League council": another office
            earlier = _earlier_holder(state, i, canon) if definite else None
            if earlier is not None:  # "Netanyahu ... the prime minister said"
                state.add(i, i + n, earlier, "role")
                return i + n - 1
            return i  # the longest title is the one meant ("chief of the general staff", not "chief")
        holders = _holders(state, canon, owner, start)
        if place is not None:
            holders = [e for e in holders if _serves(state, e, canon, owner, place)]
        if len(holders) == 1:
            state.add(start, end, state.actor_from_entry(holders[0]).id, "role")
            return end - 1
        if not holders and place is None and _country_compound(state, start, i, owner):
            _unnamed_official(state, start, i + n, owner, canon)
            return i + n - 1
        if not holders and place is None and (named := _sole_office(state, start, i, owner, canon)) is not None:
            if named:  # "General Abdel Fattah al-Burhan ... Sudan's army chief": him
                state.add(start, i + n, named[0], "role")
            else:
                _unnamed_holder(state, start, i + n, owner, canon)
            return i + n - 1
        return i
    return i


#: articles that make a role phrase indefinite ("a spokesperson": one of several, not the holder)
INDEFINITE = frozenset({"a", "an", "another"})


def _qualifier(state: ArticleState, end: int) -> tuple[int, str | None]:
    """'envoy for Sudan': a country after "for" qualifies the title; the phrase's end and the
    country's id (or ``end`` and None)."""
    doc = state.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "for":
        return end, None
    f = state.covered(end + 1, ("name",))
    info = state.actors.get(f.actor) if f is not None and f.start == end + 1 else None
    if f is None or info is None or info.type != "country":
        return end, None
    return f.end, f.actor


def _named_after(state: ArticleState, title: int, end: int) -> bool:
    """A comma and a capitalised name in apposition to the role phrase (its title or qualifier)."""
    doc = state.doc
    if end + 1 >= len(doc) or doc[end].text != "," or doc[title].dep_ == "pobj":
        return False  # "the son of the minister, Karim Haddad": the name may be the son's
    k = end + 1
    while k < len(doc) and (doc[k].ent_type_ == "PERSON" or doc[k].is_title and doc[k].pos_ == "PROPN"):
        if doc[k].dep_ == "appos" and title <= doc[k].head.i < end:
            return True
        k += 1
    return False


def _serves(state: ArticleState, holder: Entry, canon: str, owner: str, place: str) -> bool:
    """Does the holder's office of ``owner`` name the qualifier's country ("Envoy for Yemen")?"""
    country = state.dictionary.entries.get(place)
    if country is None:
        return False
    names = [n.lower() for n in (country.name, *country.aliases, *country.demonyms) if n]
    lex = state.lexicon
    labels = [(r.label or "").lower() for r in holder.roles if r.of == owner and r.active(state.date)
              and (lex.canonical_title(r.title) or r.title) == canon]
    return any(f" {n} " in f" {label} " for n in names for label in labels)


def _country_compound(state: ArticleState, start: int, title: int, owner: str) -> bool:
    """'Sudan envoy', 'Iran negotiator': a country's bare name right before the title."""
    f = state.covered(start, ("name",))
    info = state.actors.get(owner)
    return f is not None and f.end == title and info is not None and info.type == "country" \
        and state.doc[title - 1].text not in POSSESSIVE


def _unnamed_official(state: ArticleState, start: int, end: int, owner: str, canon: str) -> None:
    """'Sudan envoy' with no holder the dictionary knows: a person (the envoy), whose
    affiliation is the country, over the whole phrase."""
    iso3 = owner.removeprefix("cty:")
    words = state.doc[start:end].text
    info = state.new_actor(f"per:{iso3.lower()}-{slug(canon)}", words, "person", affiliation=owner)
    info.add_role(words)
    state.add(start, end, info.id, "role")


#: offices a country has one holder of at a time ("Jamaica's prime minister"; not its envoys, ministers)
SOLE_OFFICES = frozenset({"president", "vice president", "prime minister", "foreign minister", "defence minister",
                          "finance minister", "interior minister", "national security adviser", "supreme leader",
                          "king", "queen", "emir", "crown prince", "chancellor", "commander-in-chief", "army chief",
                          "chief of staff", "intelligence chief", "ambassador to the un"})


def _sole_office(state: ArticleState, start: int, title: int, owner: str, canon: str) -> list[str] | None:
    """'Jamaica's prime minister', 'the Jamaican president': a country's one-holder office right
    after its name or demonym, in force ("former" or "deputy" before the phrase is another): the
    one person of the country an earlier sentence named who holds it (``[id]``), else ``[]`` where
    no person of the country or of none holds it (the holder may be named without the country);
    None for no such office or more than one holder."""
    words = state.lower
    if canon not in SOLE_OFFICES or not owner.startswith("cty:") or start == title:
        return None  # (not "the president of Malawi": the quotes take the country for the speaker)
    if start > 0 and (words[start - 1] in PAST_WORDS or words[start - 1] in LESSER_WORDS):
        return None  # "the former Jamaican prime minister"
    variants = [v for v, c in state.lexicon.titles.items() if c == canon]
    country = owner.removeprefix("cty:")
    own = f"per:{country.lower()}-{slug(canon)}"  # (the unnamed holder itself, named before)
    named = [info for info in state.actors.values() if info.type == "person" and info.country in (None, country)
             and info.id != own and any(role_holds(r, v) for r in info.roles for v in variants)]
    if not named:
        return []
    sent = state.doc[start].sent.start  # (not "Lena Okafor, Nigeria's foreign minister,": her apposition)
    before = len(named) == 1 and named[0].country == country and any(
        f.actor == named[0].id and f.end <= sent for f in state.found)
    return [named[0].id] if before else None


def _unnamed_holder(state: ArticleState, start: int, end: int, owner: str, canon: str) -> None:
    """The holder the dictionary lacks of a country's sole office: a person of the country
    (``per:jam-prime-minister``, "Jamaican Prime Minister") over the whole phrase."""
    country = state.dictionary.entries.get(owner)
    iso3 = owner.removeprefix("cty:")
    adjective = country.demonyms[0] if country is not None and country.demonyms else state.actors[owner].name
    role = f"{adjective} {canon.title()}"
    info = state.new_actor(f"per:{iso3.lower()}-{slug(canon)}", role, "person", country=iso3,
                           sector=state.lexicon.sector_of(canon.split()) or "government")
    info.add_role(role)
    state.add(start, end, info.id, "role")


def _split_title(state: ArticleState, i: int, words: list[str], longest: int) -> int | None:
    """'the top US diplomat', 'Iran's top nuclear negotiator': an owner named inside a title
    ("top" ... "diplomat") is the title's owner; the last token used, or None."""
    doc = state.doc
    f = state.covered(i + 1, ("name", "demonym")) if i + 1 < len(doc) else None
    if f is None or f.start != i + 1 or not _is_owner(state, f) or state.covered(i):
        return None
    for n in range(min(longest - 1, len(doc) - f.end), 0, -1):
        canon = state.lexicon.titles.get(" ".join([words[i], *words[f.end:f.end + n]]))
        end = f.end + n
        if canon is None or state.covered(end - 1):
            continue
        if end < len(doc) and (doc[end].ent_type_ == "PERSON" or doc[end].is_title and doc[end].pos_ == "PROPN"):
            return None  # "top US diplomat Antony Blinken": the name's descriptor
        holders = _holders(state, canon, f.actor, i)
        if len(holders) == 1:
            state.add(i, end, state.actor_from_entry(holders[0]).id, "role")
            return end - 1
    return None


def _earlier_holder(state: ArticleState, before: int, canon: str) -> str | None:
    """The person named before token ``before`` whose roles hold the title ``canon`` itself (not
    "vice president" for "the president", not a former holder): the one such person, or the
    last-named of several when named in the same or previous sentence after the others."""
    variants = [v for v, c in state.lexicon.titles.items() if c == canon]
    last: dict[str, int] = {}
    for f in state.found:
        if f.end <= before and f.kind != "pronoun" and f.actor in state.actors \
                and state.actors[f.actor].type == "person":
            last[f.actor] = max(last.get(f.actor, -1), f.start)
    holders = {a: i for a, i in last.items()
               if any(role_holds(r, v) for v in variants for r in state.actors[a].roles)}
    actor = latest_holder(state, holders, before)
    if actor is None:
        return None  # "Lammy ... Wang, the Chinese foreign minister ... the foreign minister": which one?
    end = max(f.end for f in state.found if f.actor == actor and f.end <= before and f.kind != "pronoun")
    return None if unnamed_since(state, end, before, variants) else actor


#: words that make a role one no longer (or not yet) held: "former prime minister", "ex-president"
PAST_WORDS = frozenset({"former", "ex", "late", "then", "outgoing", "acting", "incoming", "onetime", "erstwhile",
                        "retired", "designate", "elect"})
#: words right before a title that make another office: "vice president", "deputy foreign minister",
#: "prime minister" (no "minister" in wire copy)
LESSER_WORDS = frozenset({"vice", "deputy", "assistant", "under", "associate", "junior", "prime", "lieutenant"})
#: words before "<title> of <country>" that make it another office or person ("the former president of
#: France", "the vice president of Kenya"), as they do after "Kenya's"
OTHER_WORDS = PAST_WORDS | LESSER_WORDS
#: nouns after "<title> of <country>'s" that are the holder's ("the prime minister of Israel's office")
HOLDERS_NOUNS = GOVERNMENT_NOUNS | {"office", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "visit"}
#: ranks a lesser word does not change ("vice admiral" is an admiral, "lieutenant general" a general)
_RANKS = frozenset({"admiral", "general", "colonel", "commander"})


@lru_cache(maxsize=4096)
def role_words(role: str) -> tuple[str, ...]:
    """A role's lower-case words, hyphens and trailing stops split off ("Ex-President" -> ex, president)."""
    return tuple(w.strip(".,") for w in role.lower().replace("-", " ").split() if w.strip(".,"))


@lru_cache(maxsize=8192)
def role_holds(role: str, title: str) -> bool:
    """``holds_title`` of a role's and a title variant's text."""
    return holds_title(role_words(role), role_words(title))


def holds_title(words: Sequence[str], title: Sequence[str]) -> bool:
    """Do a role's ``words`` hold the ``title`` words as the office itself: not after a past word
    ("former Israeli prime minister") nor a lesser one ("vice president", "deputy foreign minister")?"""
    n = len(title)
    for k in range(len(words) - n + 1):
        if tuple(words[k:k + n]) != tuple(title) or any(w in PAST_WORDS for w in words[:k]):
            continue
        if any(w in LESSER_WORDS for w in words[:k]) and title[0] not in _RANKS:
            continue
        return True
    return False


def latest_holder(state: ArticleState, holders: dict[str, int], before: int) -> str | None:
    """Of several holders (actor -> start of the last mention before ``before``), the one named
    last when that was in the same or the previous sentence and no other was named in that
    sentence or after ("Trump met Zelenskiy. Trump said ... The president said": Trump); the
    sole holder whatever its distance; None otherwise."""
    if len(holders) == 1:
        return next(iter(holders))
    if not holders:
        return None
    starts = sentence_starts(state.doc)
    ranked = sorted(holders, key=lambda a: holders[a], reverse=True)
    top = bisect_right(starts, holders[ranked[0]])
    if bisect_right(starts, before) - top > 1 or bisect_right(starts, holders[ranked[1]]) >= top:
        return None
    return ranked[0]


@per_doc
def sentence_starts(doc: Doc) -> list[int]:
    """The first token of every sentence, in order."""
    return [s.start for s in doc.sents]


def unnamed_since(state: ArticleState, start: int, before: int, variants: list[str]) -> bool:
    """'Abdulsalam, the group's spokesman ... A spokesman for the Saudi foreign ministry said ...
    "...," the spokesman said': the title given since to someone unnamed (no person over it) is the
    one "the spokesman" takes up."""
    start = state.doc[start - 1].sent.end if start > 0 else start  # (not 'X, the Houthi spokesman,')
    words = [t.lower_ for t in state.doc[start:before]]
    for k in range(len(words)):
        for v in variants:
            n = len(v.split())
            if " ".join(words[k:k + n]) != v:
                continue
            f = state.covered(start + k)
            info = state.actors.get(f.actor) if f is not None else None
            if info is None or info.type != "person":
                return True
    return False


def _role_owner(state: ArticleState, start: int, end: int) -> tuple[int, str | None]:
    """The country/organization before a title ("Israel's", "Israeli", "Hamas") or after it
    ("of Israel"), and where the role phrase starts."""
    doc = state.doc
    j = start - 1
    if j >= 0 and doc[j].lower_ == "new":  # "Ukraine's new foreign minister": the one in office
        j -= 1
    if j >= 0 and doc[j].text in POSSESSIVE:
        j -= 1
    if j >= 0:
        f = state.covered(j, ("name", "demonym"))
        if f is not None and f.end == (j + 1) and _is_owner(state, f):
            return f.start, f.actor
    if end + 1 < len(doc) and doc[end].lower_ == "of" and not (start > 0 and doc[start - 1].lower_ in OTHER_WORDS):
        f = state.covered(end + 1, ("name", "demonym"))
        if f is not None and _is_owner(state, f) and not (f.end + 1 < len(doc) and doc[f.end].text in POSSESSIVE
                                                          and doc[f.end + 1].lower_ not in HOLDERS_NOUNS):
            return start, f.actor  # (not "the president of Kenya's senate": the senate's)
    return start, None


def _is_owner(state: ArticleState, f: Found) -> bool:
    info = state.actors.get(f.actor)
    return info is not None and info.type != "person"


#: what "the Armenian leader" can be: the head of state or government the article names
NATIONAL_LEADERS = ("president", "prime minister", "chancellor", "king", "emir", "supreme leader")


def _holders(state: ArticleState, title: str, owner: str, before: int = 0) -> list[Entry]:
    holders = state.dictionary.holders(title, owner, state.date)
    if not holders and title == "leader":
        for alt in LEADER_TITLES - {"leader"}:
            holders.extend(state.dictionary.holders(alt, owner, state.date))
    if not holders and title == "leader" and owner.startswith("cty:"):
        named = {f.actor for f in state.found if f.kind != "pronoun" and f.start < before}
        holders = [e for alt in NATIONAL_LEADERS for e in state.dictionary.holders(alt, owner, state.date)
                   if e.id in named]
        holders += _named_holders(state, title, owner, before)
        if len(holders) == 1 and _other_heads(state, owner, named, holders[0].id):
            return []  # "the Syrian leader" when the article also calls someone else its president
    elif not holders and title == "president" and owner.startswith("cty:"):
        holders = [e for t in COUNCIL_CHAIRS for e in state.dictionary.holders(t, owner, state.date)] \
            or _named_holders(state, title, owner, before)
    elif not holders:
        holders = _force_holders(state, title, owner) or _named_holders(state, title, owner, before)
    return list({e.id: e for e in holders}.values())


#: offices of the chair of a council that is a country's head of state, whom the news calls its
#: president where it has none ("Sudan's president": al-Burhan, Sovereignty Council chairman)
COUNCIL_CHAIRS = ("sovereign council chairman",)


#: the titles a country's top soldier holds in the dictionary, whom the news calls its "army chief"
ARMY_CHIEFS = ("army chief", "chief of staff", "commander-in-chief")


def _force_holders(state: ArticleState, title: str, owner: str) -> list[Entry]:
    """'Sudan's army chief': the dictionary's holders of the title in the country's national
    armed forces (al-Burhan, army chief of ``org:saf``), where none holds it of the country; for
    "army chief", a soldier who is the chief of staff or commander-in-chief of either ("Israel's
    army chief": Herzi Halevi, IDF chief of staff; not the White House chief of staff)."""
    country = state.dictionary.entries.get(owner) if owner.startswith("cty:") else None
    army = national_force(state, country) if country is not None else None
    if army is None:
        return []
    if title != "army chief":
        return state.dictionary.holders(title, army.id, state.date)
    return [e for t in ARMY_CHIEFS for o in (owner, army.id) for e in state.dictionary.holders(t, o, state.date)
            if e.sector == "military"]


def _other_heads(state: ArticleState, owner: str, named: set[str], holder: str) -> bool:
    """Does the article give another person of the country a head-of-state or government title?"""
    country = owner.removeprefix("cty:")
    variants = [v for v, c in state.lexicon.titles.items() if c in NATIONAL_LEADERS]
    return any(f" {v} " in f" {r.lower()} " for a in named - {holder} if a in state.actors
               and state.actors[a].type == "person" and state.actors[a].country == country
               for r in state.actors[a].roles for v in variants)


def _named_holders(state: ArticleState, title: str, owner: str, before: int) -> list[Entry]:
    """People the dictionary lacks whose descriptor earlier in this article gave them the office
    ("Congolese President X" ... "the Congolese president"); not the name the phrase follows in
    apposition ("X, Nigeria's foreign minister," is the name's descriptor)."""
    named = {f.actor for f in state.found if f.end < before - 1 and f.kind in ("name", "descriptor")}
    canon = {title, *NATIONAL_LEADERS} if title == "leader" and owner.startswith("cty:") else {title}
    variants = [v for v, c in state.lexicon.titles.items() if c in canon]
    out = []
    for info in state.actors.values():
        if info.type != "person" or info.id in state.dictionary.entries or info.affiliation != owner \
                or info.id not in named:
            continue
        roles = [f" {r.lower()} " for r in info.roles]
        if any(f" {v} " in r for v in variants for r in roles):
            out.append(Entry(info.id, info.name, "person", info.country))
    return out
