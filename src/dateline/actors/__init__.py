"""Actors: who is named in an article, resolved to canonical actors with type, country, sector and roles.

The ``dateline_actors`` spaCy component (``dateline.actors.component``) runs after the model's
``ner`` and stores ``doc._.actors`` (``Actor``) and ``doc._.mentions`` (``Mention``, character
offsets into ``doc.text``); ``resolve_actors(doc, corrector)`` is the same as a plain function.

1. ``corrections``: the model's entities, corrected with the dictionary and GeoNames place names
   (a PERSON that is a place, names the model missed, surnames of people named in full, towns in
   results lines, capitals in datelines, towns of the places gazetteer tagged PERSON or ORG,
   "Riot police" whose first word the model took for a name, a name in apposition to a title
   that the model took for a place: "The Conservative leader, Kemi Badenoch,"; ``works``: a work's
   title after its noun, "book Clinton Cash,", is no name wherever the article writes it). With
   ``fix_ents`` (default) they replace ``doc.ents``.
2. ``names``: each entity becomes a dictionary actor (``cty:ISR``, ``org:hamas``,
   ``per:benjamin-netanyahu``), a country through its demonym ("Qatari"), a discovered person or
   organization (``per:<slug>``); a capital acting ("Kyiv said", "Moscow rejected") is its
   country, for every national capital of the places gazetteer, not in "Moscow's mayor"; a
   person's descriptor ("Hamas political bureau member") widens the mention and gives roles,
   affiliation, country and sector; surnames join their full name.
3. ``roles``, ``coref``, ``agencies`` and ``pronouns``: office titles resolve by the article's date
   ("Israel's prime minister"; a country's sole office with no known holder is an unnamed person
   of the country, ``per:jam-prime-minister``), a state agency's noun after its country is its
   organization ("Turkey's central bank" -> ``org:tur-central-bank``), a bare "the army" is the
   story's country's army, group nouns
   become groups ("hostage supporters in Israel" -> ``grp:isr-hostage-supporters``; "negotiators
   from Egypt and Qatar" -> one group of each country over the phrase; "Riot police" -> the
   police of the article's country, ``grp:ken-riot-police``) or the
   country's forces ("Israeli tanks" -> ``org:idf``), "the Palestinian militants" / "the group"
   the armed group the article names, and pronouns the person or body a rule can decide on
   ("he", "its", "it" opening a sentence after an organization's, relative "which"/"who"; "its"
   in a "for"/"over" phrase after an object is the object's: "criticized Russia for its attacks").
   ``role_nouns``: "the general said" is the one person named earlier with that role.
4. ``acronyms``, ``given_names``, ``peoples``, ``ships``: a medium's acronym the text makes a party
   ("Imran Khan's party, PTI,"), first names as reference names ("Abiy Ahmed ... Abiy said"),
   peoples as groups ("Kurds said", ``grp:kurds``), warships as their navy ("HMS Diamond").

The dictionary (``load_dictionary``) is package data plus the user's JSON Lines files
(``extra_dictionaries`` in the component config); see ``dateline/data/actors/README.md``.
"""

from __future__ import annotations

import logging

from dateline.actors.dictionary import (
    ActorDictionary,
    DictionaryError,
    Entry,
    Role,
    load_dictionary,
)

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["ActorDictionary", "DictionaryError", "Entry", "Role", "load_dictionary"]
