"""A real LocalCluster of two worker processes: the same records as one process, record for
record; bad inputs reported once each; finished partitions skipped; a killed worker costs no
article and doubles none; a partition that keeps failing is reported, never dropped."""

from __future__ import annotations

import os
import re
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.ingest import ingest
from dateline.scale.cluster import ClusterOptions, run_dask
from dateline.scale.output import PartitionResult, read_partition
from dateline.scale.partitions import plan
from dateline.scale.worker import PipelineSpec
from dateline.store import Store

pytestmark = pytest.mark.slow


def written(out: Path, corpus: list[str], size: int) -> list:  # type: ignore[type-arg]
    """Every record in the Parquet output, partition by partition in input order."""
    salt = PipelineSpec().salt()
    return [r for p in plan(corpus, size=size, salt=salt) for r in read_partition(out, p.id)]


def test_cluster_equals_one_process(client, corpus, baseline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    records, errors = baseline
    report = run_dask(corpus, tmp_path / "out", client=client,
                      options=ClusterOptions(partition_size=3))
    assert written(tmp_path / "out", corpus, 3) == records
    assert sorted(map(str, report.errors)) == sorted(map(str, errors))
    assert len(errors) == 2 and report.failed == 2  # empty.txt, the broken JSON line
    assert report.written == len(records) and not report.failed_partitions
    assert len({r.worker for r in report.results}) == 2  # both workers took partitions


def test_store_equals_single_machine_ingest(client, corpus, pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "dask.db") as many:
        ingest(corpus, one, pipeline)
        report = run_dask(corpus, tmp_path / "out", client=client, store=many,
                          options=ClusterOptions(partition_size=4))
        ids = [row[0] for row in one.conn.execute("SELECT id FROM articles ORDER BY id")]
        assert ids == [row[0] for row in many.conn.execute("SELECT id FROM articles ORDER BY id")]
        assert all(one.get(i) == many.get(i) for i in ids)
        assert report.stored == len(ids)
        again = run_dask(corpus, tmp_path / "out", client=client, store=many,
                         options=ClusterOptions(partition_size=4))
    assert again.skipped == again.partitions == report.partitions
    assert again.unchanged == len(ids) and again.stored == 0
    assert again.failed == 2  # the bad inputs are reported again, from the manifests


def test_cli_against_a_scheduler_address(client, corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "cli.db"
    address = client.scheduler.address  # type: ignore[attr-defined]
    result = CliRunner().invoke(main, ["ingest", *corpus, "--db", str(db), "--dask", address,
                                       "--partition-size", "5"])
    assert result.exit_code == 1, result.output  # two bad inputs
    assert result.output.count("dateline: error:") == 2
    assert "stored 12" in result.output
    assert not Path(f"{db}.parts").exists()  # the staging Parquet is removed once loaded


def test_cli_counts_articles_stored_as_text_only(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """As ``dateline ingest`` on one machine: the summary says how many articles were not in
    English, loaded into a store or left in Parquet, and again from the manifests of a re-run;
    an article given twice counts once, also when the copies fall in two partitions."""
    from tests.scale.conftest import report

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "talks.txt").write_text(report(1), encoding="utf-8")
    (folder / "puente.txt").write_text(
        "El puente que une las dos orillas del río quedará cerrado durante tres semanas a partir "
        "del lunes, según anunció ayer el ayuntamiento, que pidió a los conductores que usen la "
        "carretera de la costa mientras duran las obras de reparación.\n", encoding="utf-8")
    address = client.scheduler.address  # type: ignore[attr-defined]
    twice = [str(folder), str(folder / "puente.txt")]
    stored = CliRunner().invoke(main, ["ingest", *twice, "--db", str(tmp_path / "x.db"),
                                       "--dask", address, "--partition-size", "1"])
    assert stored.exit_code == 0, stored.output
    assert "stored 2, replaced 0, unchanged 1, failed 0 (1 text only: not English)" in stored.output
    args = ["ingest", *twice, "--dask", address, "--out", str(tmp_path / "parts")]
    for run in (CliRunner().invoke(main, args), CliRunner().invoke(main, args)):
        assert run.exit_code == 0 and "failed 0 (1 text only: not English)" in run.output


def test_cli_counts_the_json_files_a_directory_holds(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """As ``dateline ingest`` on one machine: the summary counts a directory's .json files (not
    read), each once, loaded into a store or left in Parquet."""
    from tests.scale.conftest import report

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "talks.txt").write_text(report(1), encoding="utf-8")
    (folder / "expected.json").write_text('{"talks.txt": {"events": 1}}', encoding="utf-8")
    address = client.scheduler.address  # type: ignore[attr-defined]
    twice = [str(folder), str(folder)]
    stored = CliRunner().invoke(main, ["ingest", *twice, "--db", str(tmp_path / "j.db"), "--dask", address])
    assert stored.exit_code == 0, stored.output
    assert "failed 0; skipped 1 .json file (not an article)" in stored.output
    parts = CliRunner().invoke(main, ["ingest", *twice, "--dask", address, "--out", str(tmp_path / "parts")])
    assert parts.exit_code == 0 and "failed 0; skipped 1 .json file (not an article)" in parts.output


def test_cli_out_leaves_parquet_and_duplicates(client, corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pyarrow.dataset as ds

    out = tmp_path / "parts"
    args = ["ingest", *corpus, "--dask", client.scheduler.address, "--out", str(out)]  # type: ignore[attr-defined]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1 and result.output.count("dateline: error:") == 2
    assert ds.dataset(out / "articles").count_rows() == 12
    assert not (tmp_path / "dateline.db").exists()
    pairs = ds.dataset(out / "duplicates").to_table().to_pylist()
    assert all(p["a"] < p["b"] and 0 < p["similarity"] <= 1 for p in pairs)
    again = CliRunner().invoke(main, args)
    assert re.search(r"(\d+) partitions \(\1 done before, 0 failed\)", again.output), again.output


def test_failing_cross_article_steps_give_one_line_and_keep_the_records(  # type: ignore[no-untyped-def]
        client, corpus, tmp_path: Path, monkeypatch) -> None:
    import pyarrow.dataset as ds

    import dateline.scale.steps as steps

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("part-x.parquet: truncated file")

    monkeypatch.setattr(steps, "cross_article", broken)
    out = tmp_path / "parts"
    args = ["ingest", *corpus, "--dask", client.scheduler.address, "--out", str(out)]  # type: ignore[attr-defined]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"dateline: error: {out}: duplicates and event merging failed (OSError: part-x.parquet" \
           in result.output
    assert ds.dataset(out / "articles").count_rows() == 12


def test_workers_that_cannot_load_the_pipeline_say_so(client, corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    args = ["ingest", *corpus, "--dask", client.scheduler.address, "--out", str(tmp_path / "p"),  # type: ignore[attr-defined]
            "--actors", str(tmp_path / "no-such-dictionary.jsonl")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "dateline: error: dask workers: cannot load the dateline pipeline" in result.output
    assert "no-such-dictionary.jsonl" in result.output


def test_failing_partition_is_reported_not_dropped(client, corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocked = tmp_path / "out"
    blocked.write_text("a file where the output folder should be", encoding="utf-8")
    report = run_dask(corpus[1:], blocked, client=client,
                      options=ClusterOptions(partition_size=10, retries=1))
    assert report.failed_partitions and report.written == 0
    assert any("failed after 1 retries" in e.message for e in report.errors)
    assert report.failed >= 4


def test_killed_worker_loses_nothing_and_doubles_nothing(client, corpus, baseline,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    records, _ = baseline
    killed: list[str] = []

    def kill_one(result: PartitionResult) -> None:
        if killed:
            return
        busy = [w for w, keys in client.processing().items() if keys]
        if busy:
            killed.append(busy[0])
            pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
            os.kill(pid, signal.SIGKILL)  # mid-task: no goodbye to the scheduler

    out = tmp_path / "out"
    report = run_dask(corpus, out, client=client, on_result=kill_one,
                      options=ClusterOptions(partition_size=1))
    assert killed, "no worker was busy when the first partition finished"
    got = written(out, corpus, 1)
    assert [r.id for r in got] == [r.id for r in records]  # none missing, none doubled
    assert got == records
    assert not report.failed_partitions and report.written == len(records)
    assert len(list((out / "articles").glob("*.parquet"))) == report.partitions


LEAD = ("Egypt and Qatar presented a new ceasefire proposal to Israeli and Hamas negotiators in "
        "Cairo on Sunday, officials familiar with the talks said, after weeks of stalled efforts. ")
MIDDLE = ("The plan calls for a six-week pause in fighting, the release of hostages held in Gaza "
          "in exchange for Palestinian prisoners, and a surge of aid trucks through the Rafah "
          "crossing, according to a copy seen by reporters. ")
TAIL = ("Israel's delegation said it would study the text. Hamas said it had not received the "
        "document and repeated its demand for a permanent end to the war before any deal.")
OTHER = ("Flooding in northern Pakistan destroyed dozens of homes and cut a highway to China on "
         "Tuesday, provincial disaster officials said, as rescue teams searched for people "
         "missing after a glacial lake burst its banks high in the mountains. ")


def dedup_records():  # type: ignore[no-untyped-def]
    """Copies of our own writing: exact, trimmed, lightly edited, and unrelated articles."""
    from dateline.model import ArticleRecord, Published

    bodies = {
        "full": (LEAD + MIDDLE + TAIL, "2024-08-18"),
        "exact-copy": (LEAD + MIDDLE + TAIL, "2024-08-17"),
        "trimmed": (LEAD + MIDDLE, "2024-08-19"),
        "edited": (LEAD.replace("Sunday", "Saturday") + MIDDLE + TAIL.replace("study", "review"), None),
        "other": (OTHER, "2024-08-20"),
        "other-copy": (OTHER + "Roads were closed.", "2024-08-20"),
        "alone": ("A short notice with nothing in common.", None),
    }
    return [ArticleRecord(id=aid, body=body, paragraphs=((0, len(body)),), published=Published(day))
            for aid, (body, day) in bodies.items()]


def test_duplicates_group_by_equals_corpus_update(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dateline.corpus import update
    from dateline.scale.corpus import find_duplicates
    from dateline.scale.output import write_partition

    records = dedup_records()
    out = tmp_path / "out"
    for n, part in enumerate((records[:3], records[3:])):
        write_partition(out, f"p{n}", part, PartitionResult(id=f"p{n}", inputs="test"))
    with Store(tmp_path / "one.db") as store:
        store.put(records)
        update(store)
        pairs = {(a, b): s for a, b, s in store.conn.execute("SELECT a, b, similarity FROM duplicate_pairs")}
        canonical = dict(store.conn.execute(
            "SELECT article_id, duplicate_of FROM corpus_articles WHERE duplicate_of IS NOT NULL"))
    found = find_duplicates(client, out)
    assert found.pairs == pairs
    assert found.duplicate_of == canonical
    # earliest published first, then the longest body
    assert canonical == {"full": "exact-copy", "trimmed": "exact-copy", "edited": "exact-copy",
                         "other": "other-copy"}


def test_cli_store_equals_ingest_and_corpus_update(client, pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """``ingest --dask`` (no --out) leaves the store of a single-process ingest followed by
    ``corpus update``: duplicates, event clusters and stories row for row; with --out the
    Parquet event clusters are the same clusters."""
    import shutil

    import pyarrow.parquet as pq

    from dateline.corpus import update
    from tests.scale.conftest import write_corpus
    from tests.scale.corpus_events import state

    paths = write_corpus(tmp_path / "in", count=14)
    news = Path(paths[0])
    for name in ("r000.txt", "r004.txt"):  # copies under other names: near-duplicates
        shutil.copy(news / name, news / f"{name[:-4]}-copy.txt")
        with (news / f"{name[:-4]}-copy.txt").open("a", encoding="utf-8") as f:
            f.write("\n\nThe talks resume on Monday.")
    address = client.scheduler.address  # type: ignore[attr-defined]
    db = tmp_path / "dask.db"
    result = CliRunner().invoke(main, ["ingest", *paths, "--db", str(db), "--dask", address,
                                       "--partition-size", "4"])
    assert result.exit_code == 1 and result.output.count("dateline: error:") == 2, result.output
    assert "duplicates and events on the cluster" in result.output
    with Store(tmp_path / "one.db") as one, Store(db) as many:
        ingest(paths, one, pipeline)
        update(one)
        expected = state(one)
        assert state(many) == expected
        assert len(expected["duplicate_pairs"]) >= 2 and expected["event_clusters"]
        clusters = dict(one.conn.execute("SELECT e.id, c.cluster_id FROM event_clusters c "
                                         "JOIN events e ON e.event_key = c.event_key"))
    out = tmp_path / "parts"
    CliRunner().invoke(main, ["ingest", *paths, "--dask", address, "--out", str(out)])
    members = pq.read_table(out / "event_clusters").to_pylist()
    assert {m["event_id"]: m["cluster_id"] for m in members} == clusters
