"""Places: toponyms resolved to gazetteer entries (GeoNames ids, coordinates), fully offline.

``resolve_spans(text, spans, gazetteer.load())`` resolves given toponym offsets; the spaCy
component ``dateline_places`` (``dateline.places.component``) finds them in a Doc and writes
``doc._.places``.
"""

from dateline.gazetteer import Entry, Gazetteer
from dateline.gazetteer import load as load_gazetteer
from dateline.places.resolve import Weights, distance_km, resolve_spans

__all__ = ["Entry", "Gazetteer", "Weights", "distance_km", "load_gazetteer", "resolve_spans"]
