"""Event arguments: which actors a dependency subtree names.

An argument is resolved to actor ids through the actors component's mentions when present;
its texts (actor name, mention text, the compact noun phrase) travel with it so that
scorers can match by text when no actor dictionary covers it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc, Token

from dateline.events.lexicon import Lexicon
from dateline.nlp.memo import per_doc

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_LEFT_MODS = frozenset({"compound", "amod", "poss", "nmod", "nummod", "quantmod", "det", "predet"})
_DROP = frozenset({"det", "predet", "case", "punct"})
#: participles after a hyphen that make the name before it the doer ("Hamas-led", "Russian-launched");
#: "-backed", "-allied", "-sponsored", "-funded" name a supporter and are not here
LEADING = frozenset({"led", "launched", "staged", "mounted", "spearheaded", "orchestrated", "masterminded",
                     "perpetrated", "directed", "organized", "organised", "commanded", "conducted", "carried"})


@dataclass(frozen=True)
class Arg:
    """One argument: an actor id when resolved, and the texts that name it."""

    actor: str | None
    texts: tuple[str, ...]
    start: int
    end: int
    #: a group the actor's name only qualifies ("Palestinian armed groups"): not the actor itself
    group: bool = False


class ActorIndex:
    """Character offsets -> mentions and actors, from the actors component (or nothing)."""

    def __init__(self, doc: Doc) -> None:
        mentions = getattr(doc._, "mentions", None) or ()
        actors = getattr(doc._, "actors", None) or ()
        self.names = {a.id: a.name for a in actors}
        self.countries = {a.id: a.country for a in actors}
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        # the mentions' starts, in order, and the longest mention: the searches below read only the
        # stretch of mentions that can hold or lie in a span (every mention, if one ends before it starts)
        self._starts = [m.start for m in self.mentions]
        self._longest = max((m.end - m.start for m in self.mentions), default=0)
        self._ordered = all(m.start <= m.end for m in self.mentions)

    def covering(self, token: Token) -> list[Any]:
        """Mentions whose span contains the token."""
        a, b = token.idx, token.idx + len(token.text)
        lo = bisect_left(self._starts, b - self._longest) if self._ordered else 0
        return [m for m in self.mentions[lo:bisect_right(self._starts, a)] if m.start <= a and b <= m.end]

    def within(self, start: int, end: int) -> list[Any]:
        hi = bisect_right(self._starts, end) if self._ordered else len(self.mentions)
        return [m for m in self.mentions[bisect_left(self._starts, start):hi] if start <= m.start and m.end <= end]

    def arg(self, mention: Any, extra: Iterable[str] = ()) -> Arg:
        actor = mention.actor
        texts = [self.names.get(actor, ""), mention.text, *extra]
        return Arg(actor, _unique(texts), mention.start, mention.end)


def _unique(texts: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for t in texts:
        t = t.strip()
        if t and t not in out:
            out.append(t)
    return tuple(out)


def conjuncts(token: Token) -> list[Token]:
    """The token and the heads conjoined to it ("Israel and Hamas")."""
    out = [token]
    kids = list(token.children)
    listed = any(c.dep_ == "conj" for c in kids)
    for child in kids:
        if child.pos_ not in ("NOUN", "PROPN", "PRON", "ADJ"):
            continue
        misread = token.pos_ == "ADJ" and token.dep_ == "conj"  # "the army and the paramilitary [RSF]"
        if child.dep_ == "conj" or (listed or misread) and child.dep_ == "appos":
            out.extend(conjuncts(child))
    return out


def _np_words(token: Token) -> list[Token]:
    left = [t for t in token.lefts if t.dep_ in _LEFT_MODS]
    start = min([token.i] + [t.left_edge.i for t in left])
    doc = token.doc
    words = [t for t in doc[start: token.i + 1] if t.dep_ not in _DROP and not t.is_punct
             and t.like_num is False and t.ent_type_ not in ("CARDINAL", "QUANTITY")
             and not (t.head.like_num and t.head.i != token.i)]  # "over 90 prisoners", "nearly 300 troops"
    tail = [c for c in token.rights if c.dep_ in ("compound", "flat", "appos") and c.pos_ == "PROPN"]
    for c in tail:
        words.extend(t for t in c.subtree if not t.is_punct)
    return words


def compact_np(token: Token) -> str:
    """The noun phrase of ``token`` without determiners, numbers, clauses or trailing modifiers."""
    return " ".join(t.text for t in _np_words(token))


def core_np(token: Token) -> str:
    """The phrase without plain adjectives ("top U.S. official" -> "U.S. official")."""
    words = [t for t in _np_words(token)
             if t.i == token.i or t.pos_ in ("PROPN", "NOUN") or t.ent_type_ in ACTOR_LABELS]
    return " ".join(t.text for t in words)


def _of_phrase(head: Token, plain: bool = False) -> str | None:
    """"the president of Armenia" as one name, when the head is a common noun."""
    if head.pos_ != "NOUN":
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                    return f"{core_np(head) if plain else compact_np(head)} of {compact_np(pobj)}"
    return None


@per_doc
def _ents(doc: Doc) -> tuple[Any, ...]:
    """``doc.ents``, built once per Doc (spaCy builds the spans anew on each access; the
    entities are set by the actors component, before events, and not changed after)."""
    return tuple(doc.ents)


def entity_of(token: Token) -> Any:
    """The named entity covering the token, if it names an actor-like thing."""
    if token.ent_type_ in ACTOR_LABELS:
        for ent in _ents(token.doc):
            if ent.start <= token.i < ent.end:
                return ent
    return None


def actor_like(token: Token, index: ActorIndex, lexicon: Lexicon) -> bool:
    """Does this head name a political actor (mention, entity, or actor noun)?"""
    if index.covering(token) or entity_of(token) is not None:
        return True
    if token.pos_ == "PRON" and token.lower_ not in ("it", "this", "that", "which", "what"):
        return True
    if token.pos_ == "PROPN" and not token.ent_type_ and token.is_title and token.dep_ in ("dobj", "pobj", "nsubj"):
        return True  # a name the entity model missed ("blamed Kyiv")
    if token.lemma_.lower() in RELATIONAL:
        return True
    if token.lemma_.lower() in lexicon.actor_nouns:
        return not (token.lemma_.lower() == "state" and any(  # "a state of emergency"
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children))
    return any(entity_of(t) is not None for t in token.lefts if t.dep_ in ("amod", "compound", "poss"))


def resolve(token: Token, index: ActorIndex, lexicon: Lexicon) -> list[Arg]:
    """The actors a head token (with its conjuncts) names."""
    out: list[Arg] = []
    for head in conjuncts(token):
        out.extend(_resolve_one(head, index, lexicon))
    seen: set[tuple[str | None, tuple[str, ...]]] = set()
    unique = []
    for a in out:
        key = (a.actor, a.texts if a.actor is None else ())
        if key not in seen:
            seen.add(key)
            unique.append(a)
    return unique


#: what someone's is another party: "telephoned his counterpart", "attacked their rivals"
RELATIONAL = frozenset({"counterpart", "rival", "opponent", "neighbour", "neighbor", "ally", "enemy", "adversary",
                        "foe", "critic", "host", "guest", "partner", "successor", "predecessor"})
#: a leader's following: someone's coalition or camp is many others, not that person
_FOLLOWING = frozenset({"coalition", "camp", "supporter", "loyalist", "follower"})
_COLLECTIVES = frozenset({"group", "number", "dozen", "hundred", "thousand", "crowd", "band", "team", "contingent",
                          "delegation", "batch", "convoy", "unit", "some", "mission", "score"})
_LOCATIVE_PREPS = frozenset({"in", "of", "from", "at"})


def _located(head: Token) -> list[str]:
    """The phrase with its place ("police in Jericho", "Albanians of southern Serbia",
    "Red Cross operating in Iraq"): one more way the actor is named."""
    out: list[str] = []
    for prep in head.children:
        verb = prep if prep.dep_ == "acl" and prep.tag_ in ("VBG", "VBN") else None
        preps = [c for c in verb.children if c.dep_ == "prep"] if verb is not None else [prep]
        for p in preps:
            if p.dep_ != "prep" or p.lower_ not in _LOCATIVE_PREPS:
                continue
            kinds = ("GPE", "LOC", "FAC", "ORG") if p.lower_ in ("of", "from", "at") else ("GPE", "LOC", "FAC")
            for pobj in (c for c in p.children if c.dep_ == "pobj" and (
                    c.ent_type_ in kinds or _of_phrase(c) and c.pos_ == "NOUN")):
                link = f"{verb.text} {p.text}" if verb is not None else p.text
                ent = entity_of(pobj)
                places = [_of_phrase(pobj) or compact_np(pobj)] + ([ent.text.removeprefix("the ")] if ent else [])
                out.extend(f"{np} {link} {place}" for place in places for np in (compact_np(head), core_np(head)))
    return out


def _resolve_one(head: Token, index: ActorIndex, lexicon: Lexicon) -> list[Arg]:
    if head.tag_ == "VBG" and head.dep_ in ("nsubj", "nsubjpass"):  # "the Red Cross operating in Iraq said"
        for subj in (c for c in head.children if c.dep_ == "nsubj"):
            span = head.doc[subj.left_edge.i: head.right_edge.i + 1].text
            return [replace(a, texts=_unique([*a.texts, span])) for a in _resolve_one(subj, index, lexicon)]
    if head.lemma_.lower() in _COLLECTIVES:  # "a group of Chechen refugees": the refugees
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")):
                found = _resolve_one(pobj, index, lexicon)
                if found:
                    return found
    extra = [t for t in (*_located(head), _of_phrase(head, plain=True), *alternates(head, index, lexicon)) if t]
    found = _resolve_plain(head, index, lexicon)
    if extra:
        return [replace(a, texts=_unique([*a.texts, *extra])) for a in found]
    return found


#: heads that name the members, staff or gear of the body before them: "Red Cross officials",
#: "Israeli army bulldozers", "U.S. border patrol agents" are acts of that body
_MEMBER_HEADS = frozenset({"official", "officer", "agent", "bulldozer", "tank", "soldier", "troop", "member",
                           "spokesman", "spokeswoman", "spokesperson", "representative", "delegate", "delegation",
                           "fighter", "personnel", "staff", "jet", "warplane", "aircraft", "helicopter", "gunboat",
                           "unit", "commander", "chief", "envoy", "negotiator", "diplomat"})
_NAMING_LABELS = frozenset({"NORP", "GPE", "ORG"})
#: generic heads after a body's own name ("the Amal militia", "the Hizbollah group")
_SUFFIXES = frozenset({"group", "movement", "militia", "network", "organization", "organisation", "faction"})
#: heads that name an organised body, owned by a possessor ("bin Laden's al-Qaeda network")
_BODIES = frozenset({"network", "organization", "organisation", "wing", "branch", "affiliate", "cell", "arm",
                     "outfit", "franchise", "unit", "brigade", "battalion", "division", "corps", "company", "firm"})
#: participles and adjectives that tie a group to the body it acts for
_AFFILIATED = frozenset({"affiliate", "affiliated", "link", "linked", "belong", "attach", "attached"})
#: heads that speak for the body their "of" phrase names ("leaders of the coalition")
_LEADERS = frozenset({"leader", "leadership", "head", "official", "member", "representative", "delegate",
                      "spokesman", "spokeswoman", "spokesperson", "chief"})


def start_of(head: Token) -> int:
    """Where the phrase of ``head`` starts, without its determiner or number."""
    return next((t.i for t in head.doc[head.left_edge.i: head.i + 1]
                 if t.dep_ not in _DROP and not t.like_num and t.ent_type_ != "CARDINAL"), head.i)


def alternates(head: Token, index: ActorIndex, lexicon: Lexicon) -> list[str]:
    """Other ways the text names the actor a head names: its apposition ("Kenzo Oshima, the UN relief
    coordinator"), the body its members, gear or things belong to ("Red Cross officials" -> "Red Cross",
    "Israeli army bulldozers" -> "Israeli army"), the nationality or organisation modifying it ("Egyptian
    demonstrators" -> "Egyptian") and the phrase as written ("Taiwan's Vice Foreign Minister")."""
    appos = [c for c in head.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]
    if head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN"):
        appos.append(head.head)
    out = [compact_np(a) for a in appos] + _bodies(head, lexicon) + _written(head, index, lexicon)
    for mod in (t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod")):
        ent = entity_of(mod)
        if ent is not None and ent.label_ in _NAMING_LABELS and ent.end <= head.i:
            out.append(ent.text.removeprefix("the "))
    span = head.doc[head.left_edge.i: head.i + 1]
    covering = {m.actor for m in index.covering(head)}
    out += [m.text for m in index.within(span.start_char, span.end_char) if m.actor in covering]  # "Red Cross"
    return out


def _bodies(head: Token, lexicon: Lexicon) -> list[str]:
    """The body a head belongs to: its name without a member or generic head ("Israeli army bulldozers",
    "the Hizbollah (Party of God) group"), or the organisation it is affiliated with."""
    out: list[str] = []
    words = _np_words(head)
    lemma = head.lemma_.lower()
    owned = lemma in _MEMBER_HEADS or lemma in _SUFFIXES or lemma not in lexicon.actor_nouns
    if owned and len(words) > 1 and words[-1].i == head.i and entity_of(head) is None \
            and words[-2].pos_ in ("NOUN", "PROPN") and (words[-2].dep_ == "compound" or lemma in _SUFFIXES):
        out.append(" ".join(t.text for t in words[:-1]))
    for link in (c for c in head.rights if c.dep_ in ("acl", "amod") and c.lemma_.lower() in _AFFILIATED):
        for pobj in (p for prep in link.children if prep.dep_ == "prep" and prep.lower_ in ("with", "to")
                     for p in prep.children if p.dep_ == "pobj"):  # "workers affiliated with the X union"
            ent = entity_of(pobj)
            if ent is not None and ent.label_ == "ORG":  # a body, not a patron ("loyal to the president")
                out += [compact_np(pobj), ent.text.removeprefix("the ")]
    return out


def _written(head: Token, index: ActorIndex, lexicon: Lexicon) -> list[str]:
    """The phrase as written, without its determiner: up to the head ("Taiwan's Vice Foreign Minister"),
    with its right side ("Federal Minister for Interior Aftab Sherpao", "Israeli helicopters and tanks" but
    not "X and his counterpart", two parties) and with a participle ("refugees fleeing the war in Liberia")."""
    out: list[str] = []
    apart = any(c.dep_ == "conj" and actor_like(c, index, lexicon) for c in head.children)
    for end in (head.i, head.right_edge.i):
        raw = head.doc[start_of(head): end + 1]
        if 1 < len(raw) <= 10 and not any(t.text in (",", ";") or t.pos_ in ("VERB", "AUX") or
                                          t.pos_ == "CCONJ" and apart for t in raw):
            out.append(raw.text)
    for acl in (c for c in head.rights if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")):
        whole = head.doc[start_of(head): acl.right_edge.i + 1]
        if len(whole) <= 10 and not any(t.is_punct for t in whole):
            out.append(whole.text)
    return out


#: ship and craft nouns that a name after them names ("the destroyer USS Mason", "the frigate HMS Diamond")
VESSELS = frozenset({"ship", "warship", "destroyer", "frigate", "cruiser", "corvette", "carrier", "submarine",
                     "vessel", "tanker", "freighter", "boat", "patrol"})


def _ship(head: Token, index: ActorIndex) -> list[Any]:
    """The mentions of the ship a vessel noun names ("the destroyer USS Mason"), when no owner before the
    noun names a side ("the British frigate HMS Diamond": Britain's) and the name is no person's."""
    if head.lemma_.lower() not in VESSELS or any(
            index.covering(t) or entity_of(t) is not None for m in head.lefts for t in m.subtree):
        return []
    return [m for c in head.rights if c.dep_ in ("appos", "compound", "flat") for m in index.covering(c)
            if m.actor is None or not str(m.actor).startswith("per:")]


def _resolve_plain(head: Token, index: ActorIndex, lexicon: Lexicon) -> list[Arg]:
    phrase = compact_np(head)
    core = _of_phrase(head) or core_np(head)
    cover = index.covering(head)
    if not cover and head.tag_ == "NNS":  # "two ministers, Itamar Ben-Gvir and Bezalel Smotrich": each one
        named = [m for c in head.rights if c.dep_ == "appos"
                 for m in index.within(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))]
        if len({m.actor for m in named}) > 1:
            return _dedupe_spans([index.arg(m, [phrase, core]) for m in named])
    if not cover and head.pos_ == "NOUN":  # "his Ugandan counterpart Yoweri Museveni": the person named
        cover = [m for c in head.rights if c.dep_ in ("appos", "compound", "flat") and c.ent_type_ == "PERSON"
                 and head.lemma_.lower() not in VESSELS for m in index.covering(c)] or _ship(head, index)
    if cover:  # every actor of the first span ("negotiators from Egypt and Qatar": a group of each)
        first = (cover[0].start, cover[0].end)
        return [index.arg(m, [phrase, core]) for m in cover if (m.start, m.end) == first]
    ent = entity_of(head)
    if ent is not None:
        return [Arg(None, _unique([ent.text, phrase, core]), ent.start_char, ent.end_char)]
    # modifiers that name actors: "Israeli tanks", "Hamas fighters", "Israel's army"
    mods = [t for t in head.lefts if t.dep_ in ("amod", "compound", "poss", "nmod")]
    found: list[Arg] = []
    owners: list[Arg] = []
    for mod in mods:
        if mod.i + 1 < len(head.doc) and head.doc[mod.i + 1].text == "-" or "-" in mod.text:
            continue  # "Iran-backed militants" are not Iran
        into = owners if mod.dep_ == "poss" and len(mods) > 1 else found
        for t in mod.subtree:
            if t.i + 1 < len(head.doc) and head.doc[t.i + 1].text == "-" and not (
                    t.i + 2 < len(head.doc) and head.doc[t.i + 2].lower_ in LEADING):  # "Hamas-led militants"
                continue
            into.extend(index.arg(m, [phrase, core, f"{m.text} {head.text}"]) for m in index.covering(t))
            ent = entity_of(t)
            if ent is not None and not index.covering(t):  # "US and British forces": "British forces"
                texts = [ent.text, phrase, core, f"{ent.text} {head.text}"]
                into.append(Arg(None, _unique(texts), ent.start_char, ent.end_char))
    bodies = lexicon.actor_nouns | _BODIES
    if found and head.lemma_.lower() in RELATIONAL | _FOLLOWING and all(m.dep_ == "poss" for m in mods):
        return []  # "Netanyahu's critics", "members of Netanyahu's coalition": not Netanyahu
    if found and head.lemma_.lower() in RELATIONAL:  # "his Omani counterpart": Oman's, not his
        owners = []
    if found and owners and head.lemma_.lower() not in bodies:  # "Sweden's NATO membership": Sweden's
        found = []
    if found and owners:  # "Osama bin Laden's al-Qaeda network": al-Qaeda, which is bin Laden's
        owner = head.doc.char_span(min(a.start for a in owners), max(a.end for a in owners), alignment_mode="expand")
        if owner is not None:
            found = [Arg(a.actor, _unique([*a.texts, *(f"{owner.text}'s {t}" for t in a.texts[:2]
                                                        if not t.startswith(owner.text))]), a.start, a.end)
                     for a in found]
    found = found or owners
    if found and _opposition(head):  # "Venezuela's opposition", "the Venezuelan opposition parties": not Venezuela
        found = [a for a in found if not (a.actor or "").startswith("cty:")] or [
            Arg(None, _unique([phrase, core]), min(t.idx for t in head.subtree), head.idx + len(head.text))]
    if found and head.lemma_.lower() in lexicon.actor_nouns:
        found = [replace(a, group=True) for a in found]
    if found:
        return _dedupe_spans(found)
    # "officials from Israel", "the government of Sudan"
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (index.covering(pobj) or entity_of(pobj) is not None or (
                        head.lemma_.lower() in _LEADERS and prep.lower_ == "of" and pobj.pos_ == "NOUN"
                        and actor_like(pobj, index, lexicon))):  # "leaders of the opposition coalition"
                    return [replace(a, texts=_unique([*a.texts, phrase])) for a in resolve(pobj, index, lexicon)]
    if head.pos_ == "PRON" or not actor_like(head, index, lexicon):
        return []
    start = min(t.idx for t in head.subtree)
    return [Arg(None, _unique([phrase, core]), start, head.idx + len(head.text))]


def _opposition(head: Token) -> bool:
    """Does the head name a country's political opposition ("Venezuela's opposition", "opposition parties"), the
    side against its government, not a stance ("Russia's opposition to the plan")?"""
    if head.lemma_.lower() == "opposition":
        return not any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children)
    return any(c.dep_ == "compound" and c.lemma_.lower() == "opposition" for c in head.children)


def _dedupe_spans(args: Sequence[Arg]) -> list[Arg]:
    """One argument a span; a name inside a longer one is that one ("Israeli army": not Israel too)."""
    out: list[Arg] = []
    for a in args:
        if any(b.start <= a.start and a.end <= b.end and (b.start, b.end) != (a.start, a.end) for b in args):
            continue
        if not any(b.start == a.start and b.end == a.end for b in out):
            out.append(a)
    return out


__all__ = ["ACTOR_LABELS", "LEADING", "RELATIONAL", "ActorIndex", "Arg", "actor_like", "compact_np", "conjuncts", "core_np", "entity_of",
           "resolve"]
