"""The ``dateline_actors`` spaCy component: ``doc._.actors`` and ``doc._.mentions``."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from dateline.actors.coref import resolve_groups
from dateline.actors.corrections import EntityCorrector, build_matcher
from dateline.actors.dictionary import ActorDictionary, load_dictionary, slug
from dateline.actors.given_names import resolve_given_names
from dateline.actors.institution_nouns import resolve_institution_references
from dateline.actors.lexicon import Lexicon, lexicon, place_names
from dateline.actors.names import resolve_names
from dateline.actors.peoples import resolve_peoples
from dateline.actors.pronouns import resolve_pronouns
from dateline.actors.role_nouns import resolve_role_nouns
from dateline.actors.roles import resolve_roles
from dateline.actors.ships import resolve_ships
from dateline.actors.state import ArticleState
from dateline.actors.us_offices import resolve_us_offices
from dateline.model import Actor, Mention
from dateline.nlp import extensions  # noqa: F401  (registers doc._.actors, doc._.mentions)
from dateline.nlp.memo import text_of


def make_corrector(nlp: Language, extra_dictionaries: Sequence[str] = ()) -> EntityCorrector:
    """The entity corrector over ``nlp``'s vocabulary with the shipped and extra dictionaries."""
    dictionary = load_dictionary(extra_dictionaries)
    matcher = build_matcher(nlp.vocab, dictionary, nlp.make_doc)
    return EntityCorrector(dictionary, matcher, place_names())


def resolve_actors(doc: Doc, corrector: EntityCorrector, *, lex: Lexicon | None = None,
                   date: str | None = None, ents: list[Span] | None = None,
                   ) -> tuple[list[Actor], list[Mention]]:
    """Actors of a parsed doc and their mentions (character offsets into ``doc.text``);
    ``ents``: the corrected entities when already computed."""
    ents = corrector(doc) if ents is None else ents
    text = text_of(doc)
    dictionary = corrector.dictionary.for_article(text)  # one reading of "Congo" per article
    state = ArticleState(doc, ents, dictionary, lex or lexicon(), date, text=text)
    resolve_names(state)
    resolve_peoples(state)
    resolve_ships(state)
    resolve_roles(state)
    resolve_us_offices(state)
    resolve_given_names(state)  # after the roles: "Ethiopia's prime minister ... Abiy said"
    resolve_role_nouns(state)
    resolve_groups(state)
    resolve_institution_references(state)
    resolve_pronouns(state)
    _publisher(state, doc)
    return state.records()


def _publisher(state: ArticleState, doc: Doc) -> None:
    """The outlet that published the article and the agencies credited in its furniture are
    actors of the record too (without mentions: they are not in the body)."""
    article = doc._.article
    if article is None:
        return
    names = [article.source, *(f.credit for f in article.furniture)]
    for name in dict.fromkeys(n for n in names if n):
        entry = state.dictionary.lookup(name)
        if entry is not None:
            state.publishers.append(state.actor_from_entry(entry).id)
        elif name == article.source and slug(name):
            state.publishers.append(state.new_actor(f"med:{slug(name)}", name, "media", sector="media").id)


class ActorResolver:
    """Resolves actors after the model's ``ner``; optionally writes the corrected entities back."""

    def __init__(self, nlp: Language, *, extra_dictionaries: Sequence[str], fix_ents: bool) -> None:
        self.corrector = make_corrector(nlp, extra_dictionaries)
        self.fix_ents = fix_ents

    @property
    def dictionary(self) -> ActorDictionary:
        return self.corrector.dictionary

    def __call__(self, doc: Doc) -> Doc:
        ents = filter_spans(self.corrector(doc))
        if self.fix_ents:
            doc.ents = ents
        actors, mentions = resolve_actors(doc, self.corrector, date=doc._.published, ents=ents)
        doc._.actors = actors
        doc._.mentions = mentions
        return doc


@Language.factory(
    "dateline_actors",
    requires=["doc.ents", "token.dep"],
    assigns=["doc._.actors", "doc._.mentions", "doc.ents"],
    default_config={"extra_dictionaries": [], "fix_ents": True},
)
def make_actor_resolver(nlp: Language, name: str, extra_dictionaries: list[str],
                        fix_ents: bool) -> ActorResolver:
    """Factory: ``extra_dictionaries`` are JSON Lines actor files (``--actors FILE``);
    ``fix_ents`` writes the corrected entities ("Khan Yunis" GPE, "AFP" ORG) to ``doc.ents``."""
    return ActorResolver(nlp, extra_dictionaries=extra_dictionaries, fix_ents=fix_ents)
