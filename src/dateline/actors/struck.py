"""What befalls a one-word name says what it names, read on the parse:

- "Austin was hit by a winter storm": the passive subject of a verb of striking whose agent is a
  natural hazard ("a storm", "floods"; not "a storm of criticism") is the place, whatever the
  model or the dictionary's surname said (``hazard_struck``);
- "Lincoln was shot at a theatre": the passive subject of a verb of killing or wounding a person
  ("shot", "stabbed", "assassinated"; not "shot down") that the census finds a common surname is
  a person, not the organization the model took it for (``shot_person``)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from dateline.actors.census import common_surnames

#: nouns of natural hazards (lemmas) that hit a place, not a person
HAZARDS = frozenset({"flood", "flooding", "floodwater", "storm", "rain", "rainfall", "snow", "snowfall",
                     "snowstorm", "earthquake", "quake", "hurricane", "typhoon", "cyclone", "tornado",
                     "wildfire", "bushfire", "drought", "heatwave", "gale", "blizzard", "landslide",
                     "tsunami", "downpour"})
#: verbs of striking (lemmas) a hazard does to a place
STRIKES = frozenset({"hit", "strike", "batter", "lash", "ravage", "pound", "sweep", "engulf", "inundate",
                     "devastate", "paralyse", "paralyze"})
#: verbs (lemmas) whose passive subject is a person harmed
HARMS = frozenset({"shoot", "stab", "assassinate", "murder", "wound", "behead", "strangle", "poison"})


def _passive_head(ent: Span, lemmas: Collection[str]) -> Token | None:
    """The verb of ``lemmas`` whose passive subject is one-word ``ent``, itself unmodified."""
    if len(ent) != 1:
        return None
    tok = ent[0]
    if tok.dep_ != "nsubjpass" or tok.head.lemma_.lower() not in lemmas or not tok.is_title:
        return None
    if any(c.dep_ in ("det", "compound", "amod", "poss") for c in tok.children):
        return None
    return tok.head


def hazard_struck(ent: Span, surnames: Collection[str] = ()) -> bool:
    """'Austin was hit by a winter storm': a name struck by a natural hazard is the place; not the
    last word of a person the text names in full (``surnames``), nor "a storm of criticism"."""
    verb = _passive_head(ent, STRIKES)
    if verb is None or ent.text in surnames:
        return False
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for noun in (c for c in agent.children if c.dep_ == "pobj"):
            if noun.lemma_.lower() in HAZARDS and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                           for c in noun.children):
                return True
    return False


def shot_person(ent: Span) -> bool:
    """'Lincoln was shot at a theatre', 'Kennedy was shot in Dallas': one word tagged a person, an
    organization or a place, harmed as people are (not "shot down"), that the census finds a common
    surname, is a person, whatever the place list holds of it."""
    verb = _passive_head(ent, HARMS)
    return verb is not None and ent.label_ in ("PERSON", "ORG", "GPE") and ent.text in common_surnames() \
        and not any(c.dep_ == "prt" for c in verb.children)


__all__ = ["HARMS", "HAZARDS", "STRIKES", "hazard_struck", "shot_person"]
