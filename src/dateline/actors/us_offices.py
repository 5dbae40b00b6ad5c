"""A US state's office holder: 'Texas Governor Greg Abbott', 'Gov. Ron DeSantis of Florida',
'Sen. Maria Ortega of New Mexico', 'Sen. Ann Roe (D-Vt.)'. A US state's office title
(``state_titles`` of ``data/actors/readings.json``) with a US state's name right before it or
"of <state>" right after the name, or a party-state label right after the name ("(R-Ga.)",
"(D-TX)", "(I-Vermont)"), gives a person the article left without a country the US; a state name
another country's larger division has ('Punjab Governor', 'Victoria') gives nothing."""

from __future__ import annotations

import re

from dateline.actors.readings import readings
from dateline.actors.state import ArticleState

#: a US House member's title that is no state cue ("Georgia's representative at the talks" is the
#: country's envoy), so it is here and not in ``state_titles``
HOUSE_TITLE = "representative"
#: "(D-Vt.)", "(R-N.Y.)", "(I-Vermont)", "(R-TX)": a party's letter and a state
_PARTY_STATE = re.compile(r"\s*\((?:D|R|I)[-–]([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\)")


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


def party_state(text: str, end: int) -> bool:
    """A party-state label stands at character ``end`` of ``text`` ("Sen. Ann Roe (D-Vt.)";
    not "(I-95)", "(D-Day)")."""
    m = _PARTY_STATE.match(text, end)
    return m is not None and (m.group(1) in readings().state_abbreviations or us_state(m.group(1)))


def resolve_us_offices(state: ArticleState) -> None:
    """The US for a person named with a US state's office (see the module's docstring)."""
    doc = state.doc
    titles_of = readings().state_titles | {HOUSE_TITLE}
    for f in state.found:
        info = state.actors.get(f.actor)
        if f.kind not in ("name", "descriptor") or info is None or info.type != "person" or info.country:
            continue
        if party_state(state.text, doc[f.end - 1].idx + len(doc[f.end - 1].text)):
            info.country = "USA"
            continue
        titles = [i for i in range(f.start, f.end) if doc[i].text[:1].isupper() and doc[i].lower_ in titles_of]
        if not titles:
            continue
        lo = max(0, f.start - 2)
        before = [t.text for t in doc[lo:titles[0]]]
        after = [t.text for t in doc[f.end:f.end + 3]]
        of_state = len(after) > 1 and after[0] == "of" and (us_state(after[1]) or us_state(" ".join(after[1:3])))
        if _state_before(before) or of_state:
            info.country = "USA"
