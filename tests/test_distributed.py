"""Dask: the same records on a cluster (here a LocalCluster of two worker processes) as on one process."""
import json

import dask.bag as db
import pytest
from distributed import Client, LocalCluster
from typer.testing import CliRunner

from conftest import SAMPLE_CORPUS, read_jsonl
from kazbel_extract import extract_many
from kazbel_extract.cli import app
from kazbel_extract.distributed import extract_bag, extract_pairs_on_cluster

RECORDS = [{"id": a["id"], "text": a["text"], "published": a["published"]} for a in read_jsonl(SAMPLE_CORPUS)[:6]]
BAD = {"id": "empty", "text": ""}


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def local_records():
    return [result.to_dict() for result in extract_many([*RECORDS, BAD])]


def test_dask_gives_the_records_of_a_local_run_in_input_order(cluster, local_records):
    with Client(cluster) as client:
        on_dask = [result.to_dict() for _, result in extract_pairs_on_cluster([*RECORDS, BAD], client, batch_size=2)]
    assert on_dask == local_records
    assert local_records[-1] == {"id": "empty", "error": "empty text"}


def test_a_bag_of_article_dicts_gives_a_bag_of_records(cluster, local_records):
    with Client(cluster):
        records = extract_bag(db.from_sequence([*RECORDS, BAD], npartitions=3)).compute()
    assert records == local_records


def test_each_worker_loads_the_pipeline_once(cluster):
    with Client(cluster) as client:
        list(extract_pairs_on_cluster(RECORDS * 2, client, batch_size=1))
        loads = client.run(lambda: __import__("kazbel_extract").load.cache_info().misses)
    assert len(loads) == 2 and set(loads.values()) <= {0, 1} and sum(loads.values()) >= 1


def test_the_command_line_runs_on_a_scheduler_address(cluster, tmp_path, local_records):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(source), "-o", str(tmp_path / "out.jsonl"),
                                      "--scheduler", cluster.scheduler_address, "--batch-size", "2"])
    assert result.exit_code == 0, result.output
    assert read_jsonl(tmp_path / "out.jsonl") == json.loads(json.dumps(local_records[:-1]))


def test_dask_workers_use_the_pipeline_they_are_given(cluster):
    from kazbel_extract.pipeline import build

    nlp = build()
    nlp.get_pipe("kazbel_events").add("places", "cities", ["Qwertygrad"])
    text = "Aleksandr Lukashenko met with Kassym-Jomart Tokayev in Qwertygrad on 16 March."
    with Client(cluster) as client:
        (( _, article),) = extract_pairs_on_cluster([{"id": "q", "text": text}], client, nlp=nlp)
    assert [e.location for e in article.events if e.type == "meeting"] == ["Qwertygrad"]
