"""Duplicate ids, in one run and against the store: reported, never a silent overwrite, never a flip."""
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import read_jsonl
from kazbel_extract.cli import app

FIRST = "MINSK (BelTA) - In 2020, trade between Belarus and Kazakhstan fell by 5.3% to $780 million."
SECOND = "ASTANA. KAZINFORM - Belarus and Kazakhstan signed a roadmap on industrial cooperation."
OTHER = "MINSK (BelTA) - Belarus and Kazakhstan plan to set up three joint ventures in Kostanay."


def run(*args):
    return CliRunner().invoke(app, ["run", *map(str, args)])


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def stored_texts(db: Path) -> dict:
    with sqlite3.connect(db) as connection:
        return {id: json.loads(record)["text"] for id, record in connection.execute("SELECT id, record FROM articles")}


def test_a_second_article_with_an_id_seen_in_the_run_is_an_error_and_the_first_is_kept(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "n1", "text": FIRST}, {"id": "n1", "text": SECOND}, {"id": "n2", "text": OTHER}])
    result = run(source, "-o", tmp_path / "out.jsonl", "--db", tmp_path / "kazbel.sqlite")
    assert result.exit_code == 1
    assert [(r["id"], r["text"]) for r in read_jsonl(tmp_path / "out.jsonl")] == [("n1", FIRST), ("n2", OTHER)]
    assert read_jsonl(tmp_path / "out.errors.jsonl") == [
        {"source": str(source), "line": 2, "reason": f"duplicate id n1, first seen at {source}:1", "id": "n1"}]
    assert stored_texts(tmp_path / "kazbel.sqlite") == {"n1": FIRST, "n2": OTHER}


def test_the_same_article_twice_is_one_article_and_no_error(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "n1", "text": FIRST}, {"id": "n1", "text": FIRST}])
    result = run(source, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output
    assert "read 2, processed 1, skipped 1, failed 0" in result.stderr
    assert len(read_jsonl(tmp_path / "out.jsonl")) == 1


def test_an_id_stored_from_another_input_is_a_duplicate_and_reruns_do_not_flip_the_store(tmp_path):
    db = tmp_path / "kazbel.sqlite"
    day1 = write_jsonl(tmp_path / "day1.jsonl", [{"id": "n1", "text": FIRST}])
    day2 = write_jsonl(tmp_path / "day2.jsonl", [{"id": "n1", "text": SECOND}, {"id": "n2", "text": OTHER}])
    assert run(day1, "--db", db).exit_code == 0
    for _ in range(2):
        result = run(day2, "--db", db)
        assert result.exit_code == 1
        assert stored_texts(db) == {"n1": FIRST, "n2": OTHER}
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT source, line, id, reason FROM errors").fetchall() == [
            (str(day2), 1, "n1", f"duplicate id n1, first seen at {day1}:1")]
    assert run(day1, "--db", db).exit_code == 0  # the first input again: current, skipped, no error
    assert stored_texts(db) == {"n1": FIRST, "n2": OTHER}


@pytest.mark.parametrize("policy, kept, exit_code, summary", [
    ("error", FIRST, 1, "processed 1, skipped 0, failed 1"),
    ("skip", FIRST, 0, "processed 1, skipped 1 (1 duplicate), failed 0"),
    ("replace", SECOND, 0, "processed 2, skipped 0, failed 0"),
])
def test_on_duplicate_chooses_what_a_duplicate_becomes(tmp_path, policy, kept, exit_code, summary):
    db = tmp_path / "kazbel.sqlite"
    run(write_jsonl(tmp_path / "day1.jsonl", [{"id": "n1", "text": FIRST}]), "--db", db)
    day2 = write_jsonl(tmp_path / "day2.jsonl", [{"id": "n1", "text": SECOND}, {"id": "n2", "text": OTHER}])
    result = run(day2, "--db", db, "--on-duplicate", policy)
    assert result.exit_code == exit_code
    assert summary in result.stderr
    assert stored_texts(db) == {"n1": kept, "n2": OTHER}


@pytest.mark.parametrize("policy, written, stored, exit_code", [
    ("error", [FIRST], FIRST, 1),
    ("skip", [FIRST], FIRST, 0),
    ("replace", [FIRST, SECOND, FIRST], FIRST, 0),  # each replaces the one before: the last read is stored
])
def test_on_duplicate_within_one_run(tmp_path, policy, written, stored, exit_code):
    db = tmp_path / "kazbel.sqlite"
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "n1", "text": text} for text in (FIRST, SECOND, FIRST)])
    result = run(source, "-o", tmp_path / "out.jsonl", "--db", db, "--on-duplicate", policy)
    assert result.exit_code == exit_code, result.output
    assert [r["text"] for r in read_jsonl(tmp_path / "out.jsonl")] == written
    assert stored_texts(db) == {"n1": stored}


def test_an_unknown_duplicate_policy_is_a_usage_error(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "n1", "text": FIRST}])
    result = run(source, "-o", tmp_path / "out.jsonl", "--on-duplicate", "merge")
    assert result.exit_code == 2
    assert "'merge' is none of error, skip, replace" in result.stderr
