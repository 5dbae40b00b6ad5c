"""The gazetteer: keys, lookups, package data (no spaCy)."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.gazetteer import cache


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Khān Yūnis", "khan yunis"),
        ("St. Louis", "Saint Louis"),
        ("the Gaza Strip", "Gaza Strip"),
        ("U.S.", "US"),
        ("Mount Hood", "Mt. Hood"),
        ("Winston-Salem", "winston salem"),
    ],
)
def test_key_folds_variants(a: str, b: str) -> None:
    assert gazetteer.key(a) == gazetteer.key(b)


@pytest.mark.parametrize("name", ["Khan Yunis", "Khan Younis", "Khān Yūnis"])
def test_alternate_spellings_reach_the_same_city(gaz: gazetteer.Gazetteer, name: str) -> None:
    ids = {e.geonames_id for e in gaz.lookup(name)}
    assert 281124 in ids  # Khān Yūnis, GeoNames


@pytest.mark.parametrize(
    ("name", "country", "feature"),
    [
        ("Qatar", "QA", "PCLI"),
        ("U.S.", "US", "PCLI"),
        ("Gaza Strip", "PS", "RGN"),
        ("West Bank", "PS", "RGN"),
        ("Golan Heights", "SY", "RGN"),
        ("Philadelphi corridor", "PS", "RGN"),
        ("Texas", "US", "ADM1"),
        ("Ontario", "CA", "ADM1"),
        ("Rapides Parish", "US", "ADM2"),
        ("Middle East", None, "RGN"),
        ("Guerrero", "MX", "ADM1"),  # every admin-1 area by its GeoNames name
        ("Fife", "GB", "ADM2"),
        ("Pangasinan", "PH", "ADM2"),  # "Province of Pangasinan" without its admin word
        ("Lamar County", "US", "ADM2"),
        ("French Guiana", "GF", "PCLD"),
        ("Danube", None, "STM"),
    ],
)
def test_areas_beyond_cities(gaz: gazetteer.Gazetteer, name: str, country: str | None,
                             feature: str) -> None:
    assert any(e.country == country and e.feature == feature for e in gaz.lookup(name))


@pytest.mark.parametrize(("demonym", "iso2"), [("Qatari", "QA"), ("Israelis", "IL"),
                                                ("Egyptian", "EG"), ("Czechs", "CZ")])
def test_demonyms_point_to_countries(gaz: gazetteer.Gazetteer, demonym: str, iso2: str) -> None:
    assert [e.country for e in gaz.demonym(demonym)] == [iso2]


def test_country_and_state_accessors(gaz: gazetteer.Gazetteer) -> None:
    qa = gaz.country("qa")
    tx = gaz.state("US", "TX")
    assert qa is not None and qa.name == "Qatar" and qa.geonames_id == 289688
    assert tx is not None and tx.name == "Texas" and 25 < tx.lat < 37
    assert gaz.country("ZZ") is None


def test_load_is_cached_in_memory() -> None:
    assert gazetteer.load() is gazetteer.load()


@pytest.mark.parametrize(("text", "state"), [("Pa.", "Pennsylvania"), ("W. Va.", "West Virginia"),
                                             ("Calif.", "California"), ("L.A.", None), ("PA", None)])
def test_state_abbreviations_match_as_written(gaz: gazetteer.Gazetteer, text: str,
                                              state: str | None) -> None:
    entry = gaz.abbreviation(text)
    assert (entry.name if entry else None) == state


def test_los_angeles_is_not_louisiana(gaz: gazetteer.Gazetteer) -> None:
    best = max(gaz.lookup("L.A."), key=lambda e: e.population)
    assert best.name == "Los Angeles"


def test_cache_key_follows_the_package_data(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Editing a data file (or the build rules) gives a new index file, so the cache is rebuilt."""
    data = tmp_path / "data"
    data.mkdir()
    for item in gazetteer._DATA().iterdir():
        if item.name.endswith(".tsv"):
            (data / item.name).write_bytes(item.read_bytes())
    monkeypatch.setattr(gazetteer, "_DATA", lambda: data)
    before = gazetteer._fingerprint()
    with (data / "aliases.tsv").open("a", encoding="utf-8") as fh:
        fh.write("Gotham\tNew York City\n")
    assert gazetteer._fingerprint() != before
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path / "cache"))
    assert gazetteer.cache_dir() == tmp_path / "cache"


def test_stale_indexes_are_pruned(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os

    for i in range(5):
        f = tmp_path / f"gazetteer-{i}.pickle"
        f.write_bytes(b"x")
        os.utime(f, (1000 + i, 1000 + i))
    cache.prune(tmp_path)
    left = sorted(f.name for f in tmp_path.iterdir())
    assert left == ["gazetteer-2.pickle", "gazetteer-3.pickle", "gazetteer-4.pickle"]


@pytest.mark.parametrize("content", [b"", b"not a pickle", None])
def test_an_unreadable_or_missing_cache_reads_as_none(tmp_path, content: bytes | None) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "gazetteer-x.pickle"
    if content is not None:
        path.write_bytes(content)
    assert cache.read(path) is None


def test_a_stored_index_reads_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "sub" / "gazetteer-y.pickle"
    cache.store({"k": (1, 2)}, path)
    assert cache.read(path) == {"k": (1, 2)}
