"""Distances and co-location sums (pure functions)."""

from __future__ import annotations

import pytest

from dateline.gazetteer.geo import colocation


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        # the Paris 3.5 km from a Henry County reading gets support; the French one none
        ({"paris": [(36.30, -88.33), (48.85, 2.35)], "henry county": [(36.33, -88.32)]},
         {"paris": [0.89, 0.0], "henry county": [0.89]}),
        ({"alone": [(0.0, 0.0)]}, {"alone": [0.0]}),
    ],
)
def test_colocation(points: dict[str, list[tuple[float, float]]],
                    expected: dict[str, list[float]]) -> None:
    got = colocation(points, km=30.0, cap=1.5)
    assert set(got) == set(expected)
    for k, row in expected.items():
        assert got[k] == pytest.approx(row, abs=0.02)


def test_colocation_is_capped() -> None:
    near = {f"n{i}": [(10.0, 10.0)] for i in range(5)}
    assert colocation(near, km=30.0, cap=1.5)["n0"] == [1.5]
