"""Distances on the globe: one pair of points, and the co-location support of names' readings."""

from __future__ import annotations

import math

import numpy as np

EARTH_KM = 6371.0088  # mean Earth radius


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def haversine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distances in km between every point of ``a`` and of ``b`` (radians, rows of lat, lon)."""
    dlat = a[:, None, 0] - b[None, :, 0]
    dlon = a[:, None, 1] - b[None, :, 1]
    h = np.sin(dlat / 2) ** 2 + np.cos(a[:, None, 0]) * np.cos(b[None, :, 0]) * np.sin(dlon / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


def colocation(points: dict[str, list[tuple[float, float]]], km: float,
               cap: float) -> dict[str, list[float]]:
    """For each name's readings (lat, lon), the sum over every *other* name of closeness
    ``exp(-d / km)`` to that name's nearest reading, capped at ``cap``."""
    arrays = {k: np.radians(np.array(pts, dtype=float)) for k, pts in points.items() if pts}
    names = list(arrays)
    # each pair of names measured once: haversine(b, a) is haversine(a, b) transposed, to the bit
    # (the differences only change sign; sin(-x) is -sin(x) and squared alike)
    nearest: dict[tuple[str, str], np.ndarray] = {}
    for n, k in enumerate(names):
        for k2 in names[n + 1:]:
            d = haversine(arrays[k], arrays[k2])
            nearest[k, k2], nearest[k2, k] = d.min(axis=1), d.min(axis=0)
    out: dict[str, list[float]] = {}
    for k, pts in arrays.items():
        total = np.zeros(len(pts))
        for k2 in names:
            if k2 != k:
                total += np.exp(-nearest[k, k2] / km)
        out[k] = [float(x) for x in np.minimum(total, cap)]
    return out


__all__ = ["colocation", "distance_km", "haversine"]
