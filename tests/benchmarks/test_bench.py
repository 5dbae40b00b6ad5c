"""The benchmark's corpus builder and its refusal without shared data (no model loaded)."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_corpus  # noqa: E402

TML = """<?xml version="1.0" ?>
<TimeML><DOCID>X1</DOCID>
<TEXT>
RAFAH (AP) _ Talks <EVENT eid="e1">resumed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-08-15">Thursday</TIMEX3> &amp; went on.
</TEXT></TimeML>
"""


def _fake_shared(root: Path, pages: int, docs: int) -> Path:
    """A tiny tree in the layout of ../shared, written with our own sentences."""
    html = root / "data/article-extraction/html"
    html.mkdir(parents=True)
    for i in range(pages):
        page = f"<html><body><p>Page {i} says the envoys met in Doha.</p></body></html>"
        (html / f"{i:02d}.html.gz").write_bytes(gzip.compress(page.encode()))
    (root / "examples").mkdir()
    (root / "examples/sample.txt").write_text("Dubai: Envoys met.\n", encoding="utf-8")
    lgl = root / "data/places/lgl"
    lgl.mkdir(parents=True)
    items = "".join(f"<article><text>Story {i} from Cairo.</text></article>" for i in range(docs))
    (lgl / "lgl.xml").write_text(f"<articles>{items}</articles>", encoding="utf-8")
    tml = root / "data/tempeval3/TBAQ-cleaned/AQUAINT"
    tml.mkdir(parents=True)
    for i in range(docs):
        (tml / f"doc{i}.tml").write_text(TML, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("tml", "expected"),
    [
        (TML, "RAFAH (AP) _ Talks resumed Thursday & went on."),
        ("<TimeML><TEXT>Broken <EVENT>markup</TEXT></TimeML>", "Broken markup"),
        ("<TimeML><DOCID>no text</DOCID></TimeML>", ""),
    ],
)
def test_tml_text(tml: str, expected: str) -> None:
    assert bench_corpus.tml_text(tml) == expected


def test_select_keeps_every_page_and_fills_in_turn(tmp_path: Path) -> None:
    shared = _fake_shared(tmp_path / "shared", pages=3, docs=5)
    entries = bench_corpus.select(shared, size=8)
    sets = [e.set for e in entries]
    assert sets.count("article-extraction") == 3 and sets.count("example") == 1
    assert sets.count("lgl") == 2 and sets.count("tempeval3") == 2
    assert sets[:4] == ["article-extraction", "example", "lgl", "tempeval3"]  # interleaved
    assert bench_corpus.missing_sets(shared) == ["geovirus", "tr-news", "polnear"]


def test_write_gives_readable_files(tmp_path: Path) -> None:
    shared = _fake_shared(tmp_path / "shared", pages=1, docs=1)
    paths = bench_corpus.write(bench_corpus.select(shared, size=10), tmp_path / "corpus")
    names = sorted(p.name for p in paths)
    assert names == ["ae-00.html.gz", "example-sample.txt", "lgl-0000.txt", "tempeval3-doc0.txt"]
    assert (tmp_path / "corpus/lgl-0000.txt").read_text(encoding="utf-8") == "Story 0 from Cairo.\n"


def test_select_refuses_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(bench_corpus.SharedMissing):
        bench_corpus.select(tmp_path / "nowhere", size=10)
    (tmp_path / "empty").mkdir()
    with pytest.raises(bench_corpus.SharedMissing):
        bench_corpus.select(tmp_path / "empty", size=10)


def test_run_without_shared_exits_non_zero_saying_why(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--shared", str(tmp_path / "nowhere"),
         "--out", str(tmp_path / "out")],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode != 0
    assert "no benchmark data" in proc.stderr and "--shared" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_reader_measure_reports_trafilatura_reference(tmp_path: Path) -> None:
    import bench_measure

    paragraph = "<p>The envoys met in Doha on Sunday to discuss a ceasefire and the release of hostages.</p>"
    (tmp_path / "page.html").write_text(f"<html><body><article>{paragraph * 6}</article></body></html>")
    (tmp_path / "brief.txt").write_text("CAIRO - Mediators said talks would resume next week.\n")
    result = bench_measure.measure_reader(tmp_path, repeat=2)
    assert result["by_format"]["html"]["articles"] == 1
    reference = result["html_reference"]
    assert reference["trafilatura_articles_per_s"] > 0 and reference["reader_articles_per_s"] > 0
    assert 0 < reference["reader_share"] < 10
    assert len(reference["reader_shares"]) == 3  # interleaved passes: three at least
    assert sorted(reference["reader_shares"])[1] == reference["reader_share"]  # the median pass


def test_corpus_flatness_of_three_steps_is_steadier_than_of_one() -> None:
    """One first or last step the machine slowed moves last/first, not the median of three."""
    import corpus_bench

    steps = [{"cpu": v} for v in (4.7, 5.2, 5.0, 5.4, 5.1, 4.9, 5.0, 7.9)]
    assert corpus_bench.flatness(steps, "cpu") == 1.681
    assert corpus_bench.steady_flatness(steps, "cpu") == 1.0  # median 5.0 over 5.0
    assert corpus_bench.steady_flatness(steps[:2], "cpu") == round(5.2 / 4.7, 3)  # one step each
    assert corpus_bench.steady_flatness(steps[:1], "cpu") is None


def test_the_listings_bench_writes_each_listing_of_a_store_it_builds(tmp_path: Path) -> None:
    """A small synthetic store: every listing timed, its rows counted, the build timed."""
    import json

    import store_listings

    assert store_listings.main(["--out", str(tmp_path), "--articles", "30", "--repeat", "1"]) == 0
    result = json.loads((tmp_path / "store-listings.json").read_text(encoding="utf-8"))
    assert result["counts"]["articles"] == 30 and result["build_cpu_seconds"] is not None
    assert result["listings"]["places all"]["rows"] > 0 and result["listings"]["events page 51"]["rows"] == 51
    assert set(result["listings"]) >= {"places page 51", "actors page 51", "articles page 51"}
