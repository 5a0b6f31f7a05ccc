"""What a command-line user expects: --version, -h, plain help, progress with a total and the time left,
"loading the model", a closing line that names the errors file, -o - to stdout, grammar, one-line errors,
and a run that stops (saying why) when its workers or its cluster fail."""
import json
import os
import re
import socket
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kazbel_extract
from conftest import ROOT, read_jsonl
from kazbel_extract import WorkerError, batch, extract_many
from kazbel_extract.cli import app

ROADMAP = "MINSK (BelTA) - Belarus and Kazakhstan signed a roadmap on industrial cooperation."
TRADE = "MINSK (BelTA) - In 2020, trade between Belarus and Kazakhstan fell by 5.3% to $780 million."
COMMANDS = ["run", "export", "show", "report", "actors", "facts", "evaluate"]


def invoke(*args, input=None):
    return CliRunner().invoke(app, [*map(str, args)], input=input)


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def one_line_error(result) -> str:
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("kazbel-extract: error: ") and result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def test_version_prints_the_version_the_package_is_released_as():
    import tomllib

    result = invoke("--version")
    assert result.exit_code == 0
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert result.stdout == f"kazbel-extract {project['version']}\n"


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
def test_h_shows_plain_help_without_type_markup(command):
    short, long = invoke(*command, "-h"), invoke(*command, "--help")
    assert short.exit_code == long.exit_code == 0
    assert short.stdout == long.stdout
    assert short.stdout.startswith("Usage: kazbel-extract")
    assert not re.search(r"<[a-z\[\]_ ]+>|[{}]", short.stdout), short.stdout  # no <bool>, <list[str]>, {INPUT}...


def test_the_command_alone_shows_the_help_as_h_does():
    alone = invoke()
    assert alone.exit_code == 2  # as click does: no command is a usage error
    assert alone.stderr == invoke("-h").stdout


def test_run_help_names_its_argument_as_a_person_would():
    assert invoke("run", "-h").stdout.startswith("Usage: kazbel-extract run [OPTIONS] INPUT...\n")


def test_progress_shows_the_model_loading_then_a_bar_with_total_and_time_left(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"a{n}", "text": TRADE} for n in range(3)])
    result = invoke("run", source, "-o", tmp_path / "out.jsonl", "--progress")
    assert result.exit_code == 0, result.output
    assert "kazbel-extract: loading the model ..." in result.stderr
    assert re.search(r"3/3 \[\d\d:\d\d<\d\d:\d\d", result.stderr)  # done/total [elapsed<left
    quiet = invoke("run", source, "-o", tmp_path / "out.jsonl")  # not a terminal: no bar
    assert "3/3" not in quiet.stderr and "loading" not in quiet.stderr


def test_the_closing_line_names_the_errors_file_and_counts_in_good_english(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ROADMAP}, {"id": "b", "text": ""}])
    result = invoke("run", source, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 1
    [record] = read_jsonl(tmp_path / "out.jsonl")
    assert (len(record["entities"]), len(record["events"])) == (1, 1)
    line = result.stderr.splitlines()[-1]
    assert "read 2, processed 1, skipped 0, failed 1, records 2 (1 entity, 1 event)" in line
    assert line.endswith(f"; errors in {tmp_path / 'out.errors.jsonl'}")
    stored = invoke("run", source, "--db", tmp_path / "kazbel.sqlite")
    assert stored.stderr.splitlines()[-1].endswith(f"; errors in the errors table of {tmp_path / 'kazbel.sqlite'}")


def test_dash_as_output_writes_records_to_stdout_and_errors_to_stderr(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ROADMAP}, {"id": "b", "text": " "}])
    result = invoke("run", source, "-o", "-")
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a"]
    assert f"kazbel-extract: {source}:2: empty text" in result.stderr
    assert not list(tmp_path.glob("-*"))


@pytest.mark.parametrize("command", ["actors", "export", "facts"])
@pytest.mark.parametrize("make, message", [
    (lambda p: p.with_suffix(".jsonl").write_text('{"id": "a", "text": "x"}\n') and p.with_suffix(".jsonl"),
     "is not a store: not an SQLite file (records to extract from? give them to `kazbel-extract run` as INPUT)"),
    (lambda p: p.write_bytes(b"") or p, "is empty, not a store"),
    (lambda p: p.mkdir() or p, "is a folder, not a store"),
    (lambda p: p, "no such store"),
])
def test_a_path_that_is_not_a_store_is_a_one_line_usage_error(tmp_path, command, make, message):
    path = make(tmp_path / "store.sqlite")
    args = [command, path] + (["-o", tmp_path / "out.jsonl"] if command in ("export", "facts") else [])
    assert message in one_line_error(invoke(*args))


def test_an_sqlite_file_that_is_not_a_store_says_so(tmp_path):
    import sqlite3

    with sqlite3.connect(tmp_path / "other.sqlite") as connection:
        connection.execute("CREATE TABLE t (x)")
    error = one_line_error(invoke("actors", tmp_path / "other.sqlite"))
    assert "is an SQLite file but not a kazbel-extract store" in error
    with pytest.raises(kazbel_extract.StoreError, match="not a kazbel-extract store"):
        kazbel_extract.open_store(tmp_path / "other.sqlite")


def test_a_db_that_is_another_file_is_a_one_line_usage_error_and_left_untouched(tmp_path):
    import sqlite3

    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ROADMAP}])
    (tmp_path / "folder").mkdir()
    with sqlite3.connect(tmp_path / "other.sqlite") as connection:
        connection.execute("CREATE TABLE t (x)")
    records = write_jsonl(tmp_path / "records.jsonl", [{"id": "b", "text": ROADMAP}])
    for db, message in [(records, "is not a store: not an SQLite file"),
                        (tmp_path / "folder", "is a folder, not a store"),
                        (tmp_path / "other.sqlite", "is an SQLite file but not a kazbel-extract store")]:
        error = one_line_error(invoke("run", source, "--db", db))
        assert "Invalid value for '--db'" in error and message in error
    with sqlite3.connect(tmp_path / "other.sqlite") as connection:
        assert connection.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
    assert read_jsonl(records) == [{"id": "b", "text": ROADMAP}]
    (tmp_path / "new.sqlite").touch()  # an empty file is a new store
    assert invoke("run", source, "--db", tmp_path / "new.sqlite").exit_code == 0


def test_an_output_that_cannot_be_written_is_a_one_line_usage_error(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ROADMAP}])
    beneath_a_file = source / "out.jsonl"
    assert f"cannot write {source}" in one_line_error(invoke("run", source, "-o", beneath_a_file))
    (tmp_path / "folder.jsonl").mkdir()
    assert "cannot write" in one_line_error(invoke("run", source, "-o", tmp_path / "folder.jsonl"))
    assert invoke("run", source, "--db", tmp_path / "kazbel.sqlite").exit_code == 0
    assert f"cannot write {source}" in one_line_error(
        invoke("export", tmp_path / "kazbel.sqlite", "-o", beneath_a_file))


def test_a_missing_extra_is_a_usage_error_naming_the_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ROADMAP}])
    error = one_line_error(invoke("run", source, "-o", tmp_path / "out.jsonl", "--scheduler", "tcp://127.0.0.1:8786"))
    assert "--scheduler needs distributed, which is not installed: pip install 'kazbel-extract[dask]'" in error


def test_the_cluster_api_without_distributed_names_the_install(monkeypatch):
    from kazbel_extract.distributed import extract_pairs_on_cluster
    from kazbel_extract.extras import MissingExtra

    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingExtra, match=r"extract_pairs_on_cluster\(\) needs distributed, which is not "
                                           r"installed: pip install 'kazbel-extract\[dask\]'"):
        list(extract_pairs_on_cluster([{"id": "a", "text": ROADMAP}], "tcp://127.0.0.1:8786"))


def test_an_unreachable_scheduler_is_a_usage_error_after_the_connect_timeout(tmp_path):
    with socket.socket() as probe:  # a local port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ROADMAP}])
    started = time.monotonic()
    result = invoke("run", source, "-o", tmp_path / "out.jsonl", "--scheduler", f"tcp://127.0.0.1:{port}",
                    "--connect-timeout", "1")
    assert f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port} within 1 s" in one_line_error(result)
    assert time.monotonic() - started < 15
    assert not (tmp_path / "out.jsonl").exists()


def crash_on_marker(real_extract_together):
    def extract_together(inputs, pipeline):
        if any("CRASH" in item.text for item in inputs):
            os._exit(3)  # a worker process killed (out of memory, a segfault) mid-batch
        return real_extract_together(inputs, pipeline)
    return extract_together


@pytest.fixture
def crashing_workers(monkeypatch):
    """Worker processes that die on a text with CRASH in it (forked, so that they inherit the patch)."""
    monkeypatch.setattr(batch.threading, "active_count", lambda: 1)
    monkeypatch.setattr(batch, "_extract_together", crash_on_marker(batch._extract_together))


def test_a_broken_worker_pool_raises_instead_of_failing_every_article(crashing_workers):
    records = [{"id": "a", "text": TRADE}, {"id": "b", "text": "CRASH"}, {"id": "c", "text": TRADE}]
    with pytest.raises(WorkerError, match="the worker processes failed"):
        list(extract_many(records, workers=2, batch_size=1))


def test_run_stops_with_one_line_when_its_workers_fail(tmp_path, crashing_workers):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "CRASH"}, {"id": "b", "text": TRADE}])
    result = invoke("run", source, "-o", tmp_path / "out.jsonl", "--workers", "2", "--batch-size", "1")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and "the worker processes failed" in errors[0]
    assert not (tmp_path / "out.errors.jsonl").exists()  # no article is blamed for it
