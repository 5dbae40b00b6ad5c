"""What the resolver knows about one article while it works: actors so far and their mentions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from dateline.actors.dictionary import ActorDictionary, Entry
from dateline.actors.lexicon import Lexicon
from dateline.model import Actor, Mention
from dateline.nlp.memo import text_of

#: a writer's square brackets around words of a quotation ("[Bob] Corker"): no part of a name
BRACKETS = frozenset({"[", "]"})


def unbracketed(text: str) -> str:
    """``text`` without a writer's square brackets: "[Bob] Corker" reads "Bob Corker"."""
    return text.replace("[", "").replace("]", "")


def tokens_where(doc: Doc, attr: int, values: Iterable[str]) -> list[Token]:
    """Tokens of ``doc`` whose ``attr`` (ORTH, LOWER, DEP, POS) is one of ``values``, in order;
    found over the Doc's array (a pass over a Doc builds a Token object for every word). The
    values' hashes are kept per collection of values, and a Doc's ORTH/LOWER array once per Doc
    (the resolvers ask many times; those attributes change only by retokenizing, which changes
    the length); other attributes are read anew."""
    key = values if isinstance(values, (frozenset, tuple)) else frozenset(values)
    hashes = _Hashes.sets.get(key)
    if hashes is None:
        if len(_Hashes.sets) >= 256:
            _Hashes.sets = {}
        hashes = _Hashes.sets[key] = frozenset(doc.vocab.strings[v] for v in key)
    if attr not in (ORTH, LOWER):
        keys = np.fromiter(hashes, dtype=np.uint64, count=len(hashes))
        return [doc[int(i)] for i in np.flatnonzero(np.isin(doc.to_array(attr), keys))]
    last = _Hashes.arrays  # one read: another thread may replace it
    if last is None or last[0] is not doc or last[1] != len(doc):
        last = _Hashes.arrays = (doc, len(doc), {})
    array = last[2].get(attr)
    if array is None:
        array = last[2][attr] = doc.to_array(attr).tolist()
    return [doc[i] for i, h in enumerate(array) if h in hashes]


class _Hashes:
    """``tokens_where``'s memo: the hashes of each collection of values asked about, and the last
    Doc with its token arrays by attribute."""

    sets: dict[Iterable[str], frozenset[int]] = {}
    arrays: tuple[Doc, int, dict[int, list[int]]] | None = None


@dataclass
class ActorInfo:
    """An actor being assembled from the dictionary and from descriptors in the text."""

    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    gender: str | None = None

    def add_role(self, role: str | None) -> None:
        folded = role.casefold() if role else ""
        if role and not any(r.casefold() == folded or r.casefold().endswith(f" {folded}") for r in self.roles):
            self.roles.append(role)  # not "president" beside "Russian President"

    def record(self) -> Actor:
        return Actor(id=self.id, name=self.name, type=self.type, country=self.country,
                     sector=self.sector, roles=tuple(self.roles), affiliation=self.affiliation)


@dataclass(frozen=True)
class Found:
    """A mention over tokens [start, end) of the doc."""

    start: int
    end: int
    actor: str
    kind: str  # name | descriptor | surname | demonym | group | role | pronoun | relative | metonym


@dataclass
class ArticleState:
    """Actors and mentions of one doc; ``ents`` are the corrected entities."""

    doc: Doc
    ents: list[Span]
    dictionary: ActorDictionary
    lexicon: Lexicon
    date: str | None
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    found: list[Found] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)  # actors of the page, not of the body
    local_aliases: dict[str, str] = field(default_factory=dict)  # acronyms defined in the text
    text: str = ""  # doc.text, computed once (spaCy rebuilds it on every access)
    lower: list[str] = field(default_factory=list)  # lower-case token texts
    ent_at: dict[int, Span] = field(default_factory=dict)  # token index -> corrected entity over it

    def __post_init__(self) -> None:
        self.text = self.text or text_of(self.doc)
        strings = self.doc.vocab.strings  # not [t.lower_ for t in doc]: a Token object per word
        self.lower = [strings[k] for k in self.doc.to_array(LOWER).tolist()]
        self.ent_at = {i: e for e in self.ents for i in range(e.start, e.end)}

    def actor_from_entry(self, entry: Entry) -> ActorInfo:
        """The article's actor for a dictionary entry, with the roles it held on the date."""
        info = self.actors.get(entry.id)
        if info is None:
            info = ActorInfo(entry.id, entry.name, entry.type, entry.country, entry.sector,
                             affiliation=entry.affiliation, gender=entry.gender)
            for role in entry.roles:
                if role.active(self.date):
                    info.add_role(role.label or self.role_label(role.title, role.of))
                    if info.affiliation is None and entry.type == "person":
                        info.affiliation = role.of
            self.actors[entry.id] = info
        return info

    def role_label(self, title: str, of: str | None) -> str:
        """'prime minister' of cty:ISR -> 'Israeli Prime Minister'; of org:hamas -> 'Hamas ...'."""
        words = " ".join(w if w in ("of", "the", "to") else w.upper() if w in ("un", "eu", "us") else
                         w[:1].upper() + w[1:] for w in title.split())
        owner = self.dictionary.entries.get(of) if of else None
        if owner is None:
            return words
        if owner.type == "country":
            adjective = owner.demonyms[0] if owner.demonyms and " " not in owner.demonyms[0] else None
            prefix = "US" if owner.id == "cty:USA" else (adjective or owner.name)
            return f"{prefix} {words}"
        return f"{owner.name} {words}"

    def new_actor(self, id_: str, name: str, type_: str, **kw: str | None) -> ActorInfo:
        info = self.actors.get(id_)
        if info is None:
            info = ActorInfo(id_, name, type_, **kw)  # type: ignore[arg-type]
            self.actors[id_] = info
        return info

    def add(self, start: int, end: int, actor: str, kind: str) -> None:
        self.found.append(Found(start, end, actor, kind))

    def covered(self, i: int, kinds: tuple[str, ...] = ()) -> Found | None:
        """The mention covering token i (of one of ``kinds``, or any)."""
        for f in self.found:
            if f.start <= i < f.end and (not kinds or f.kind in kinds):
                return f
        return None

    def drop_inside_descriptors(self) -> None:
        """Organizations the model found inside a person's descriptor that are not in the
        dictionary ("State" of "Secretary of State") are words of a title, not actors."""
        outer = [f for f in self.found if f.kind == "descriptor"]
        keep = []
        for f in self.found:
            inside = any(o.start <= f.start and f.end <= o.end and o.actor != f.actor for o in outer)
            if inside and f.kind == "name" and f.actor not in self.dictionary.entries:
                continue
            keep.append(f)
        self.found = keep
        used = {f.actor for f in keep}
        self.actors = {k: v for k, v in self.actors.items() if k in used or k in self.dictionary.entries}

    def records(self) -> tuple[list[Actor], list[Mention]]:
        """Actors in order of first mention, and mentions by position (outer before nested)."""
        doc = self.doc
        seen: dict[tuple[int, int, str], Found] = {}
        for f in self.found:
            seen.setdefault((f.start, f.end, f.actor), f)
        ordered = sorted(seen.values(), key=lambda f: (f.start, -f.end))
        mentions = []
        for f in ordered:
            start, end = doc[f.start].idx, doc[f.end - 1].idx + len(doc[f.end - 1])
            mentions.append(Mention(start, end, unbracketed(self.text[start:end]), f.actor))  # offsets still span them
        order = list(dict.fromkeys([*(m.actor for m in mentions), *self.publishers]))
        return [self.actors[a].record() for a in order if a in self.actors], mentions
