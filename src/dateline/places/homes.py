"""The publisher's home places in resolution (``dateline.places.publisher`` reads them from the
URL): each home name becomes a mention over its own readings, voting for its country (and for
its state where the name has one reading), and drawing the text's mentions of that name to its
local readings ("newarkweeklytribune.com": "Newark" in the text is that Newark)."""

from __future__ import annotations

from dateline.gazetteer import COUNTRY_FEATURES, Entry, Gazetteer, key
from dateline.places.mentions import HOME, Mention, softmax
from dateline.places.publisher import Publisher
from dateline.places.readings import Candidate, Weights, candidates, is_local, prior
from dateline.places.town_use import METROPOLIS

_NORTH_AMERICA = frozenset({"US", "CA"})


def homes_of(gaz: Gazetteer, pub: Publisher, w: Weights) -> list[Mention]:
    """A mention per home place the publisher names, over that name's own readings: a country
    named ("japantimes", "jamaicaobserver.com") is a national paper's; else the readings in the
    domain's country if it has one, those in North America for a generic domain (.com), if any,
    else its towns abroad: a foreign state's or region's name on a .com is a word of the paper's
    name in another language as often ("dailysabah.com": Turkish "morning", not Sabah, Malaysia).
    A city abroad of ``METROPOLIS`` people far larger than every North American town of the name
    is the paper's on a .com too (``_metropolis``: "manilatimes.net" is no paper of Manila,
    Arkansas)."""
    out = []
    for i, name in enumerate(pub.names):
        every = candidates(gaz, name)
        cands = [c for c in every if c.via in ("name", "alias")] or [
            c for c in every if c.entry.feature == "ADM2"]  # "hunterdon": the county's bare name
        if pub.country:
            cands = [c for c in cands if c.entry.country == pub.country]
        elif pub.generic:  # abroad, a town ("manilatimes.net"), never a state or region:
            cands = _metropolis(cands) or [  # "dailysabah.com" is no paper of Sabah
                c for c in cands if c.entry.country in _NORTH_AMERICA
                or c.entry.feature in COUNTRY_FEATURES] or [
                c for c in cands if c.entry.feature.startswith("PPL")]
        countries = [c for c in cands if c.entry.feature in COUNTRY_FEATURES]
        towns = frozenset(c.entry for c in cands if is_local(c.entry))
        if countries:  # a national paper ("jordantimes.com"), unless the text says otherwise
            cands = countries
        if cands:
            out.append(Mention(-1 - i, -1 - i, name, cands, [prior(c, w) for c in cands], [],
                                HOME + key(name), towns=towns))
    return out


#: a foreign metropolis is a generic domain's home over North American towns of its name this
#: many times smaller (Manila, Arkansas; not Paris, Texas or London, Ontario: their own papers)
_METRO_RATIO = 100


def _metropolis(cands: list[Candidate]) -> list[Candidate]:
    """The readings of a home name on a generic domain that are cities abroad of ``METROPOLIS``
    people, when every North American town of the name is ``_METRO_RATIO`` times smaller; []
    otherwise."""
    big = [c for c in cands if c.entry.feature.startswith("PPL")
           and c.entry.country not in _NORTH_AMERICA and c.entry.population >= METROPOLIS]
    near = max((c.entry.population for c in cands if c.entry.country in _NORTH_AMERICA
                and is_local(c.entry)), default=0)
    return big if big and max(c.entry.population for c in big) >= _METRO_RATIO * near else []


def home_votes(gaz: Gazetteer, homes: list[Mention], w: Weights) -> list[tuple[Entry, float]]:
    """What the home places vote for, as weighted country (and state) entries: each reading
    by its prior's share. A town's state is not voted for (the largest "Gainesville" is not the
    paper's) unless the name has no other reading ("hunterdon": the one Hunterdon County); a
    state named by the domain is ("mymassnews.com")."""
    out: list[tuple[Entry, float]] = []
    for h in homes:
        for c, p in zip(h.cands, softmax(h.priors), strict=True):
            e = c.entry
            target = e if e.feature == "ADM1" else gaz.country(e.country)
            if target is not None:
                out.append((target, p * w.home_vote))
            state = gaz.state(e.country, e.admin1) if len(h.cands) == 1 and is_local(e) else None
            if state is not None:
                out.append((state, w.home_vote))
    return out


def home_readings(mentions: list[Mention], homes: list[Mention], w: Weights) -> None:
    """A paper named after its town means that town by the bare name: the text's mentions of a
    home name favour the home's local readings (towns, counties) by ``home_same``; so do those
    of a paper named like a country, when the text uses the name as a town's ("jordannews.com":
    "the Jordan resident")."""
    by_key = {h.key[len(HOME):]: h.towns for h in homes}
    for m in mentions:
        local = by_key.get(m.key)
        if any(c.entry.feature in COUNTRY_FEATURES for c in m.cands):
            continue
        if not local or not any(c.entry in local for c in m.cands):
            continue
        m.priors = [p + (w.home_same if c.entry in local else 0.0)
                    for c, p in zip(m.cands, m.priors, strict=True)]


__all__ = ["home_readings", "home_votes", "homes_of"]
