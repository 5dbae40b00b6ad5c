"""A US state's office holder: 'Texas Governor Greg Abbott', 'Gov. Ron DeSantis of Florida',
'Sen. Maria Ortega of New Mexico'. A US-style office title with a US state's name right before it
or "of <state>" right after the name gives a person the article left without a country the US;
a state name another country's larger division has ('Punjab Governor', 'Victoria') gives nothing."""

from __future__ import annotations

from dateline.actors.state import ArticleState

#: the offices US wire copy puts before a name, spelt out and abbreviated
US_TITLES = frozenset({"Governor", "Gov.", "Gov", "Senator", "Sen.", "Rep.", "Representative", "Mayor"})


def us_state(name: str) -> bool:
    """Is ``name`` a US state's, the most populous first-order division of the name ('Florida',
    not Uruguay's department; not 'Punjab', 'Victoria')?"""
    from dateline.gazetteer import load

    adm1 = [e for e in load().lookup(name) if e.feature == "ADM1"]
    return bool(adm1) and max(adm1, key=lambda e: e.population).country == "US"


def _state_before(words: list[str]) -> bool:
    """A state's name of one or two capitalised words ends ``words`` ("New York"; not "Texas ,")."""
    return any(us_state(" ".join(words[-n:])) for n in (1, 2)
               if len(words) >= n and all(w[:1].isupper() and w[:1].isalpha() for w in words[-n:]))


def resolve_us_offices(state: ArticleState) -> None:
    """The US for a person named with a US state's office (see the module's docstring)."""
    doc = state.doc
    for f in state.found:
        info = state.actors.get(f.actor)
        if f.kind not in ("name", "descriptor") or info is None or info.type != "person" or info.country:
            continue
        lo = max(0, f.start - 2)
        titles = [i for i in range(f.start, f.end) if doc[i].text in US_TITLES]
        if not titles:
            continue
        before = [t.text for t in doc[lo:titles[0]]]
        after = [t.text for t in doc[f.end:f.end + 3]]
        of_state = len(after) > 1 and after[0] == "of" and (us_state(after[1]) or us_state(" ".join(after[1:3])))
        if _state_before(before) or of_state:
            info.country = "USA"
