"""Administrative names as GeoNames writes them, made into the names news text uses.

"Province of Laguna" -> "Laguna", "Lamar County" -> "Lamar"; GeoNames admin names that are
common English words ("East" region, "Gulf" province) are flagged so they are not indexed; and
initials the tokenizer cut from their last stop at a sentence's end ("in the U.A.E.. Talks":
"U.A.E" and "..") read with it again.
"""

from __future__ import annotations

import re

PREFIX = re.compile(
    r"^(?:(?:Province|Provincia|Departamento|Departement|Partido|Municipio|Region|Canton|"
    r"District|City|County|State|Estado|Distrito|Comune|Municipality|Politischer Bezirk|"
    r"Rrethi|Muhafazat|Kabupaten|Kota)\s+(?:of\s+|de\s+la\s+|de\s+l'|de\s+|di\s+|del\s+|"
    r"du\s+|des\s+|d'|i\s+|al\s+|la\s+)?)", re.IGNORECASE)
TRAIL = re.compile(r"\s+(?:County Borough|County|District|Province|Region|Governorate|Oblast|"
                   r"Shi|Prefecture|State|Division|Municipality|Borough|Parish|Area|Voivodeship|"
                   r"Okrug|Krai|Kray)$", re.IGNORECASE)

#: admin names that are common words in English text ("East" region, "Gulf" province, "Rivers"
#: state): not indexed from the GeoNames tables (our curated files may still name them)
GENERIC_NAMES = frozenset(
    f"{a}{b}" for a in ("", "north ", "south ", "far ") for b in (
        "north", "south", "east", "west", "central", "northern", "southern", "eastern",
        "western", "northeast", "northwest", "southeast", "southwest", "north east",
        "north west", "south east", "south west", "centre", "center", "middle", "upper",
        "lower", "interior", "coast", "coastal", "capital", "gulf", "lakes", "rivers",
        "islands", "island", "mountain", "mountains", "highlands", "lowlands", "plateau",
        "valley", "littoral", "border", "national capital", "federal capital", "mon"))


def bare(name: str) -> list[str]:
    """A GeoNames admin name without its administrative word ("Province of Laguna" -> "Laguna",
    "Lamar County" -> "Lamar"), if it has one and what is left is a name."""
    short = TRAIL.sub("", PREFIX.sub("", name)).strip()
    return [short] if short != name and len(short) >= 3 and short[0].isupper() else []


#: initials whose last stop the tokenizer gave to the sentence ("L.A", "N.D", "U.A.E", "W.Va")
_CUT_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z][a-z]?\.)+[A-Z][a-z]{0,2}$")


def initials_end(text: str, start: int, end: int) -> int:
    """The end of the name ``text[start:end]`` with its initials' last stop, where the tokenizer
    left it outside ("shot in South L.A..", "flew to the U.A.E.. Talks": the name ends one
    character later); else ``end``. A name ending in a word keeps none ("St. Paul.")."""
    return end + 1 if text[end:end + 1] == "." and _CUT_INITIALS.search(text, start, end) else end


__all__ = ["GENERIC_NAMES", "bare", "initials_end"]
