"""Administrative names as GeoNames writes them, made into the names news text uses.

"Province of Laguna" -> "Laguna", "Lamar County" -> "Lamar", "Sir Powys" (Welsh "sir",
county) -> "Powys"; GeoNames admin names that are
common English words ("East" region, "Gulf" province) are flagged so they are not indexed.
"""

from __future__ import annotations

import re

PREFIX = re.compile(
    r"^(?:(?:Province|Provincia|Departamento|Departement|Partido|Municipio|Region|Canton|"
    r"District|City|County|State|Estado|Distrito|Comune|Municipality|Politischer Bezirk|"
    r"Rrethi|Muhafazat|Kabupaten|Kota|Sir)\s+(?:of\s+|de\s+la\s+|de\s+l'|de\s+|di\s+|del\s+|"
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


__all__ = ["GENERIC_NAMES", "bare"]
