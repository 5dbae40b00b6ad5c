"""Hand-built records with many events for the Dask cross-article tests (our own writing, no
spaCy): reports of a few dozen events over three weeks, by several outlets, with copies of
articles, events without actors (blocked by their words), vague dates and one-sentence pairs."""

from __future__ import annotations

import random
from typing import Any

from dateline.model import Actor, ArticleRecord, Event, Published
from dateline.store import Store

ACTORS = [Actor("cty:ISR", "Israel", "country", "ISR"), Actor("org:hamas", "Hamas", "organization", "PSE"),
          Actor("cty:EGY", "Egypt", "country", "EGY"), Actor("cty:QAT", "Qatar", "country", "QAT"),
          Actor("per:envoy", "the envoy", "person", None), Actor("org:idf", "the army", "organization", "ISR"),
          Actor("cty:USA", "the United States", "country", "USA")]
PLACES = ["Cairo", "Doha", "Gaza City", "Rafah", "Khan Younis", None]
TEMPLATES = [
    ("CONSULT", "{s} and {t} held talks in {p} about a truce and the release of hostages"),
    ("FIGHT", "{s} forces struck buildings near {p} overnight, killing several people"),
    ("PROTEST", "Thousands marched through {p} demanding an end to the war and new elections"),
    ("AGREE", "{s} agreed with {t} on a plan to reopen the crossing at {p} for aid trucks"),
    ("FIGHT", "Rockets were fired from {p} towards southern towns, sirens sounding for an hour"),
    ("FIGHT", "{s} fired rockets from {p} towards southern towns, sirens sounding for an hour"),
    ("ASSAULT", "Gunmen attacked a convoy of aid trucks outside {p}, looting flour and fuel"),
]
DATES = [None, "2024-08", *(f"2024-08-{d:02d}" for d in range(5, 26))]


def _event(rng: random.Random, aid: str, n: int, at: int, day: str) -> tuple[str, Event]:
    type_, text = rng.choice(TEMPLATES)
    s, t = rng.sample(ACTORS, 2)
    place = rng.choice(PLACES)
    sentence = text.format(s=s.name, t=t.name, p=place or "the area") + ". "
    named = "{s}" in text
    date = rng.choice(DATES) if rng.random() < 0.7 else day
    event = Event(f"{aid}-e{n}", type_, "struck", (at, at + len(sentence) - 2),
                  sources=(s.id,) if named else (), targets=(t.id,) if "{t}" in text else (),
                  date=date, place=place, status=rng.choice(["happened"] * 5 + ["denied"]),
                  confidence=0.8)
    return sentence, event


def events_corpus(count: int = 48, seed: int = 7) -> list[ArticleRecord]:
    """``count`` articles in input order; every fifth is a copy of an earlier one."""
    rng = random.Random(seed)
    records: list[ArticleRecord] = []
    for i in range(count):
        aid = f"{rng.randrange(16**6):06x}-{i}"
        day = f"2024-08-{rng.randrange(4, 27):02d}"
        if i % 5 == 4 and records:
            src = rng.choice(records)
            copied = tuple(Event(f"{aid}-e{n}", e.type, e.trigger, e.evidence, sources=e.sources,
                                 targets=e.targets, date=e.date, place=e.place, status=e.status,
                                 confidence=e.confidence) for n, e in enumerate(src.events))
            records.append(ArticleRecord(id=aid, body=src.body + " Copyright the wire.",
                                         paragraphs=((0, len(src.body)),), published=Published(day),
                                         actors=src.actors, events=copied))
            continue
        body, events = "", list[Event]()
        for n in range(rng.randrange(2, 6)):
            sentence, event = _event(rng, aid, n, len(body), day)
            body += sentence
            events.append(event)
        if rng.random() < 0.3:  # two events of one sentence
            first = events[0]
            events.append(Event(f"{aid}-e{len(events)}", first.type, "and", first.evidence,
                                sources=first.sources, targets=first.targets, date=first.date,
                                place=first.place, confidence=0.5))
        used = {a for e in events for a in (*e.sources, *e.targets)}
        actors = tuple(a for a in ACTORS if a.id in used)
        if rng.random() < 0.2:  # an actor's country learnt later
            actors = tuple(Actor(a.id, a.name, a.type, a.country or "EGY") for a in actors)
        records.append(ArticleRecord(id=aid, body=body.strip(), paragraphs=((0, len(body.strip())),),
                                     published=Published(day if rng.random() < 0.9 else None),
                                     actors=actors, events=tuple(events)))
    return records


#: the cross-article state of a store, every column that ``corpus update`` writes (not its clock)
STATE = {
    "corpus_articles": "SELECT article_id, signature, shingles, length, published, sortkey, "
                       "duplicate_of, similarity, story_id, story_sortkey, features FROM corpus_articles",
    "lsh_bands": "SELECT key, article_id FROM lsh_bands",
    "duplicate_pairs": "SELECT a, b, similarity FROM duplicate_pairs",
    "event_clusters": "SELECT event_key, cluster_id, sortkey, type, day_start, day_end, sent_start, "
                      "sent_end FROM event_clusters",
    "event_blocks": "SELECT key, day_start, day_end, event_key FROM event_blocks",
    "event_links": "SELECT a, b, score FROM event_links",
    "story_features": "SELECT article_id, feature, day FROM story_features",
    "story_links": "SELECT a, b, score FROM story_links",
}


def state(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {name: sorted(tuple(r) for r in store.conn.execute(sql)) for name, sql in STATE.items()}
