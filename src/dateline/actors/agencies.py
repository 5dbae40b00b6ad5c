"""A state's agencies named by common nouns: "Russia's foreign ministry", "the ministry in
Moscow", "Turkey's central bank" (as a capitalised "Foreign Ministry", "Central Bank" is named)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.actors.dictionary import Entry, slug
from dateline.actors.names import DETERMINERS
from dateline.actors.organizations import sector_of
from dateline.actors.state import ArticleState

#: words after "<X>-" that make X no owner ("Iran-backed militias")
NOT_AFFILIATION = frozenset({"backed", "allied", "aligned", "supported", "sponsored", "funded", "linked",
                             "affiliated", "inspired", "based", "led", "run", "controlled"})


#: nouns of a state's agencies and the words one of which must come right before all but "ministry"
#: ("Turkey's central bank", "Pakistan's election commission"; not "the bank", "a court")
AGENCY_HEADS = {"ministry": frozenset(), "bank": frozenset({"central"}),
                "court": frozenset({"supreme", "constitutional"}), "commission": frozenset({"election", "electoral"})}


def state_agency(state: ArticleState, head: Token) -> None:
    """'Russia's foreign ministry', 'the ministry in Moscow', 'Turkey's central bank': a state
    agency (``AGENCY_HEADS``) with a country is that country's (``org:rus-foreign-ministry``,
    ``org:tur-central-bank``, as a capitalised "Foreign Ministry" is); a bare "the ministry" is
    the ministry the article named last, if any."""
    doc, inst = state.doc, state.lexicon.institution_words
    words = [t for t in doc[max(head.left_edge.i, head.i - 4):head.i] if t.is_lower and t.is_alpha
             and t.lower_ not in DETERMINERS]
    if any(w.lower_ not in inst for w in words):
        return
    start = next((t.i for t in doc[max(head.left_edge.i, head.i - 6):head.i] if t.lower_ not in DETERMINERS), head.i)
    owners = [e for e in named_owners(state, start, head.i) if e.type == "country"]
    nxt = doc[head.i + 1: head.i + 3]
    if not owners and len(nxt) == 2 and nxt[0].lower_ == "in":  # "the ministry in Moscow"
        seat = state.dictionary.metonym(nxt[1].text) or state.dictionary.lookup(nxt[1].text)
        owners = [seat] if seat is not None and seat.type == "country" else []
    generic = " ".join(w.text.capitalize() for w in [*words, head])
    iso3 = owners[0].country if len(owners) == 1 else None
    if iso3 is not None and words:
        adjective = owners[0].demonyms[0] if owners[0].demonyms else owners[0].name
        info = state.new_actor(f"org:{iso3.lower()}-{slug(generic)}", f"{adjective} {generic}",
                               "organization", country=iso3, sector=sector_of(generic))
        state.add(start, head.i + 1, info.id, "group")
        return
    if len(owners) > 1 or start == 0 or doc[start - 1].lower_ != "the":
        return
    country = owners[0].country if owners else None
    named = [f for f in state.found if f.end <= head.i and f.actor in state.actors
             and state.actors[f.actor].name.lower().endswith(generic.lower())
             and country in (None, state.actors[f.actor].country)]
    if named:
        state.add(start, head.i + 1, max(named, key=lambda f: f.start).actor, "group")


def named_owners(state: ArticleState, start: int, head: int) -> list[Entry]:
    """Countries and organizations named before a group noun, not as '<X>-backed'."""
    owners = []
    for f in state.found:
        if not (start <= f.start and f.end <= head) or f.kind not in ("name", "demonym", "metonym"):
            continue
        nxt = state.doc[f.end: f.end + 2]
        if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ in NOT_AFFILIATION:
            continue
        entry = state.dictionary.entries.get(f.actor)
        if entry is not None:
            owners.append(entry)
        elif f.actor in state.actors and state.actors[f.actor].type == "organization":
            owners.append(Entry(f.actor, state.actors[f.actor].name, "organization"))
    return owners
