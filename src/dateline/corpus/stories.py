"""Stories: articles grouped by shared actors and places within a time window, with a label,
a timeline and the state of a negotiation. Pure functions over plain values and records.

Two articles are linked when they were published within ``window_days`` of each other and share
at least ``min_shared`` features (actor ids and place names) with a Jaccard similarity of at least
``min_jaccard``; a duplicate article is always in its canonical article's story. Stories are the
connected components, named after their first article (earliest published, then id).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from dateline.corpus.events import _STOP
from dateline.corpus.graph import components
from dateline.model import ArticleRecord

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class StoryOptions:
    window_days: int = 5
    min_shared: int = 2
    min_jaccard: float = 0.2

    def __post_init__(self) -> None:
        if self.window_days < 0 or self.min_shared < 1 or not 0.0 <= self.min_jaccard <= 1.0:
            raise ValueError("StoryOptions: window_days >= 0, min_shared >= 1, min_jaccard in "
                             f"[0, 1] (got {self.window_days}, {self.min_shared}, {self.min_jaccard})")


@dataclass(frozen=True)
class StoryItem:
    """One article as stories see it."""

    id: str
    published: str | None
    features: frozenset[str]
    root: str | None = None  # canonical article when this one is a duplicate

    @property
    def sortkey(self) -> str:
        return story_sortkey(self.published, self.id)


def story_sortkey(published: str | None, article_id: str) -> str:
    return f"{published or '9999-99-99'}|{article_id}"


def features(actors: Iterable[tuple[str, str]], places: Iterable[str]) -> frozenset[str]:
    """An article's story features from (actor id, actor type) pairs and place names.

    Media (the outlets and agencies credited) say who wrote, not what happened: left out.
    """
    out = {f"actor:{aid}" for aid, kind in actors if kind != "media"}
    out |= {f"place:{name.casefold()}" for name in places if name}
    return frozenset(out)


def link_score(shared: int, n_a: int, n_b: int, gap_days: int | None,
               options: StoryOptions = StoryOptions()) -> float | None:
    """Jaccard similarity of two articles' features when they belong to one story, else None."""
    if gap_days is None or gap_days > options.window_days or shared < options.min_shared:
        return None
    union = n_a + n_b - shared
    score = shared / union if union else 0.0
    return round(score, 4) if score >= options.min_jaccard else None


def gap(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    return abs(date.fromisoformat(a[:10]).toordinal() - date.fromisoformat(b[:10]).toordinal())


def group(items: Sequence[StoryItem], options: StoryOptions = StoryOptions()) -> dict[str, str]:
    """Every article's story id (its story's first article), by article id. Batch form of what
    ``dateline corpus update`` does incrementally."""
    by_id = {i.id: i for i in items}
    edges = [(i.id, i.root) for i in items if i.root and i.root in by_id]
    dated = sorted((i for i in items if i.published), key=lambda i: (i.published or "", i.id))
    for n, a in enumerate(dated):
        for b in dated[n + 1:]:
            g = gap(a.published, b.published)
            if g is None or g > options.window_days:
                break
            shared = len(a.features & b.features)
            if link_score(shared, len(a.features), len(b.features), g, options) is not None:
                edges.append((a.id, b.id))
    first = components(by_id, edges, order=lambda k: by_id[k].sortkey)
    return dict(first)


def month_name(day: str | None) -> str | None:
    """'2024-08-18' -> 'August 2024'."""
    if not day or len(day) < 7 or not day[:4].isdigit() or not day[5:7].isdigit():
        return None
    month = int(day[5:7])
    return f"{_MONTHS[month - 1]} {day[:4]}" if 1 <= month <= 12 else None


@dataclass(frozen=True)
class TextTerms:
    """What one text gives ``terms``, before the words of names are banned: ``words``, each
    word (casefolded) after the first with (times seen, times written with a capital);
    ``singles`` and ``pairs``, each content word (longer than two letters, no stop word) and
    each two adjacent content words, with the position of the first word of its first
    occurrence (in the order of first occurrence)."""

    words: dict[str, tuple[int, int]]
    singles: dict[str, int]
    pairs: dict[str, int]


def text_terms(text: str) -> TextTerms:
    """The ``TextTerms`` of ``text``: what ``terms`` counts over texts, one text at a time (the
    stored state of ``store.labels`` adds them up story by story)."""
    found = _WORD.findall(text)
    words: dict[str, tuple[int, int]] = {}
    for w in found[1:]:  # words mostly written with a capital inside sentences are names
        seen, upper = words.get(w.casefold(), (0, 0))
        words[w.casefold()] = (seen + 1, upper + w[:1].isupper())
    tokens = [w.casefold() for w in found]
    keep = [w if len(w) > 2 and w not in _STOP else None for w in tokens]
    singles: dict[str, int] = {}
    pairs: dict[str, int] = {}
    for i, w in enumerate(keep):
        if w:
            singles.setdefault(w, i)
            if i + 1 < len(keep) and (nxt := keep[i + 1]):
                pairs.setdefault(f"{w} {nxt}", i)
    return TextTerms(words, singles, pairs)


def name_words(names: Iterable[str]) -> set[str]:
    """The casefolded words of ``names`` (words of names are no terms of a label)."""
    return {w.casefold() for name in names for w in _WORD.findall(name)}


def is_name(seen: int, upper: int) -> bool:
    """A word written with a capital in more than half of the places it was seen (not first
    in its text) is a name."""
    return upper * 2 > seen


def terms(texts: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    """The most repeated phrase (two adjacent content words) or word across ``texts``; of
    phrases (words) repeated as often, the one that occurs first (the earliest text, then the
    earliest place in it)."""
    found = [text_terms(text) for text in texts]
    seen: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for one in found:
        for w, (n, up) in one.words.items():
            seen[w] += n
            upper[w] += up
    banned = name_words(exclude) | {w for w, n in seen.items() if is_name(n, upper[w])}
    pairs: Counter[str] = Counter()
    singles: Counter[str] = Counter()
    for one in found:  # a Counter keeps the order of first insertion: most_common breaks ties by it
        singles.update([w for w in one.singles if w not in banned])
        pairs.update([p for p in one.pairs if not banned.intersection(p.split(" "))])
    best = [p for p, n in pairs.most_common(3) if n >= 2]
    if best:
        return best[:1]
    return [w for w, n in singles.most_common(2) if n >= 2][:2]


def ranked(counts: Counter[str], weights: Counter[str] | None = None) -> list[str]:
    """Names by count, then by ``weights`` (e.g. mentions), then alphabetically: deterministic."""
    weights = weights or Counter()
    return sorted(counts, key=lambda n: (-counts[n], -weights[n], n))


def prefer_specific(places: Sequence[str], counts: Counter[str], countries: set[str]) -> list[str]:
    """Places for a label: a place inside a country (Gaza Strip, Doha) named in at least half as
    many articles as the top place goes before whole countries, which say less about a story."""
    if not places:
        return []
    top = counts[places[0]]
    specific = [p for p in places if p not in countries and 2 * counts[p] >= top]
    return specific[:1] + [p for p in places if p not in specific[:1]]


#: version of ``label`` (with what ``store.corpus_read.story_summary`` feeds it): stored labels
#: of another version are written again by the next ``corpus update``. Bump it whenever a change
#: could give a story another label.
LABELLER = 2  # 2: ties between terms broken by first occurrence within a text too (was set order)


def label(actor_names: Sequence[str], place_names: Sequence[str], texts: Sequence[str],
          month: str | None) -> str:
    """A readable story label from ranked actors and places, repeated words and the month:
    'Gaza Strip ceasefire talks, August 2024'."""
    actors = list(actor_names[:2])
    words = terms(texts, exclude=[*actors, *place_names])
    return compose(place_names[0] if place_names else None, actors, words, month)


def compose(place: str | None, actors: Sequence[str], words: Sequence[str], month: str | None) -> str:
    """The label of a story from its place for the label, its top actors, its terms and its
    month (``label`` once those are known)."""
    head = place or (actors[0] if actors else None)
    text = " ".join(p for p in (head, " ".join(words) if words else None) if p) or "Untitled story"
    text = text[0].upper() + text[1:]
    return f"{text}, {month}" if month else text


def negotiation(records: Sequence[ArticleRecord]) -> dict[str, object]:
    """Proposals (terms, proposers, backers, rejecters, first and last seen) and each actor's
    latest stance, over a story's articles (give them in publication order). A stance's
    ``evidence_span`` is ``[start, end]`` of its ``evidence`` in its article's body."""
    proposals: dict[str, dict[str, object]] = {}
    stances: dict[tuple[str, str], dict[str, object]] = {}
    for record in records:
        day = record.published.date
        for p in record.proposals:
            entry = proposals.setdefault(p.name.casefold(), {
                "name": p.name, "proposers": [], "endorsers": [], "rejecters": [], "terms": [],
                "first_seen": day, "last_seen": day, "articles": []})
            for key, values in (("proposers", p.proposers), ("endorsers", p.endorsers),
                                ("rejecters", p.rejecters), ("terms", p.terms)):
                have = entry[key]
                assert isinstance(have, list)
                have.extend(v for v in values if v not in have)
                opposite = {"endorsers": "rejecters", "rejecters": "endorsers"}.get(key)
                if opposite:  # the latest position counts: a backer who now rejects is a rejecter
                    other = entry[opposite]
                    assert isinstance(other, list)
                    other[:] = [v for v in other if v not in values]
            entry["last_seen"] = day or entry["last_seen"]
            arts = entry["articles"]
            assert isinstance(arts, list)
            arts.append(record.id)
        for s in record.stances:
            stances[(s.actor, s.on.casefold())] = {
                "actor": s.actor, "on": s.on, "stance": s.stance, "blames": s.blames, "date": day,
                "article_id": record.id, "evidence": record.body[s.evidence[0]:s.evidence[1]],
                "evidence_span": list(s.evidence)}
    return {"proposals": list(proposals.values()),
            "stances": sorted(stances.values(), key=lambda s: (str(s["actor"]), str(s["on"])))}


__all__ = ["LABELLER", "StoryItem", "StoryOptions", "TextTerms", "compose", "features", "gap", "group", "is_name",
           "label", "link_score", "month_name", "name_words", "negotiation", "prefer_specific", "ranked",
           "story_sortkey", "terms", "text_terms"]
