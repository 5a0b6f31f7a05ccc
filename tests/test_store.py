"""The SQLite store: what it holds, runs that only do new work, atomic batches, and a killed run started again."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kazbel_extract
from conftest import NOT_META, SAMPLE_CORPUS, read_jsonl
from kazbel_extract.cli import app
from kazbel_extract.sources import InputError
from kazbel_extract.store import Store

ARTICLES = read_jsonl(SAMPLE_CORPUS)


def run(*args):
    return CliRunner().invoke(app, ["run", *map(str, args)])


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def rows(db: Path, sql: str, *params):
    with sqlite3.connect(db) as connection:
        return connection.execute(sql, params).fetchall()


def record(article) -> dict:
    """The record `run` stores for an input: extract()'s, with the input's other fields as meta."""
    result = kazbel_extract.extract(article["text"], published=article.get("published"), id=article["id"])
    result.meta = {k: v for k, v in article.items() if k not in NOT_META}
    return result.to_dict()


def test_the_store_holds_each_article_its_entities_and_events(tmp_path):
    db = tmp_path / "kazbel.sqlite"
    result = run(write_jsonl(tmp_path / "in.jsonl", ARTICLES[:3]), "-o", db)
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        for article in ARTICLES[:3]:
            assert store.article(article["id"]) == json.loads(json.dumps(record(article), default=str))
    expected = [record(a) for a in ARTICLES[:3]]
    assert rows(db, "SELECT article_id, label, text, start, end, actor FROM entities"
                    " ORDER BY article_id, position") == [
        (r["id"], e["label"], e["text"], e["start"], e["end"], e["actor"]) for r in expected for e in r["entities"]]
    assert rows(db, "SELECT article_id, type, period, value, participants, parties, record FROM events"
                    " ORDER BY article_id, position") == [
        (r["id"], e["type"], e.get("period"), e.get("value"),
         json.dumps(e["participants"], ensure_ascii=False) if "participants" in e else None,
         json.dumps(e["parties"], ensure_ascii=False) if "parties" in e else None,
         json.dumps(e, ensure_ascii=False, default=str))
        for r in expected for e in r["events"]]


def test_a_second_run_processes_only_new_and_changed_articles(tmp_path):
    db = tmp_path / "kazbel.sqlite"
    day1 = write_jsonl(tmp_path / "day1.jsonl", ARTICLES[:3])
    run(day1, "--db", db, "-o", tmp_path / "day1.out.jsonl")
    changed = {**ARTICLES[1], "text": ARTICLES[1]["text"] + "\n\nBelarus and Kazakhstan signed a roadmap."}
    write_jsonl(day1, [ARTICLES[0], changed, ARTICLES[2]])  # the crawler corrected the article in place
    day2 = write_jsonl(tmp_path / "day2.jsonl", [ARTICLES[0], ARTICLES[3]])  # and brings one again, one new
    result = run(day1, day2, "--db", db, "-o", tmp_path / "day2.out.jsonl")
    assert "read 5, processed 2, skipped 3, failed 0" in result.stderr
    assert [r["id"] for r in read_jsonl(tmp_path / "day2.out.jsonl")] == [ARTICLES[1]["id"], ARTICLES[3]["id"]]
    assert rows(db, "SELECT id FROM articles ORDER BY id") == sorted((a["id"],) for a in ARTICLES[:4])
    with Store(db) as store:
        assert store.article(ARTICLES[1]["id"])["text"] == changed["text"]
    forced = run(day1, "--db", db, "--force")
    assert "read 3, processed 3, skipped 0" in forced.stderr


def test_a_new_published_date_is_a_changed_input(tmp_path):
    db = tmp_path / "kazbel.sqlite"
    run(write_jsonl(tmp_path / "in.jsonl", ARTICLES[:1]), "--db", db)
    result = run(write_jsonl(tmp_path / "in.jsonl", [{**ARTICLES[0], "published": "2020-01-01"}]), "--db", db)
    assert "processed 1, skipped 0" in result.stderr
    assert rows(db, "SELECT published FROM articles") == [("2020-01-01",)]


def test_errors_go_to_the_errors_table_and_leave_when_the_input_is_fixed(tmp_path):
    db = tmp_path / "kazbel.sqlite"
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "x", "text": ""}, ARTICLES[0]])
    assert run(source, "--db", db).exit_code == 1
    assert run(source, "--db", db).exit_code == 1  # a failed input is tried again, and reported once
    assert rows(db, "SELECT source, line, id, reason FROM errors") == [(str(source), 1, "x", "empty text")]
    write_jsonl(source, [{"id": "x", "text": ARTICLES[1]["text"]}, ARTICLES[0]])
    assert run(source, "--db", db).exit_code == 0
    assert rows(db, "SELECT * FROM errors") == []
    assert rows(db, "SELECT COUNT(*) FROM articles") == [(2,)]


def test_a_batch_that_cannot_be_written_leaves_nothing_of_itself(tmp_path):
    articles = [kazbel_extract.extract(a["text"], id=a["id"]) for a in ARTICLES[:2]]
    unstorable = kazbel_extract.Entity("ORG", "BelTA", 0, 5, value=object())  # SQLite cannot bind it
    articles[1].entities.append(unstorable)
    with Store(tmp_path / "kazbel.sqlite") as store:
        with pytest.raises(sqlite3.Error):
            store.write([(a, b) for a, b in zip(ARTICLES[:2], articles)], [InputError("f", 1, "bad")])
        counts = [store.connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "entities", "events", "errors")]
    assert counts == [0, 0, 0, 0]


def test_a_run_killed_mid_way_and_started_again_stores_every_article_exactly_once(tmp_path):
    records = [{**article, "id": f"{article['id']}-{n}"} for n in range(8) for article in ARTICLES]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    db = tmp_path / "kazbel.sqlite"
    command = [str(Path(sys.executable).with_name("kazbel-extract")), "run", str(source), "--db", str(db),
               "--batch-size", "2"]
    first = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not (db.exists() and _count(db) >= 4):
            assert first.poll() is None and time.monotonic() < deadline, "the first run ended before it was killed"
            time.sleep(0.05)
    finally:
        os.kill(first.pid, signal.SIGKILL)
        first.wait()
    stored_before = _count(db)
    assert 4 <= stored_before < len(records)
    second = subprocess.run(command, stderr=subprocess.PIPE, text=True)
    assert second.returncode == 0, second.stderr
    assert f"read {len(records)}, processed {len(records) - stored_before}, skipped {stored_before}" in second.stderr
    assert rows(db, "SELECT id, COUNT(*) FROM articles GROUP BY id ORDER BY id") == sorted(
        (r["id"], 1) for r in records)
    by_text = {a["text"]: len(record(a)["entities"]) for a in ARTICLES}
    stored = dict(rows(db, "SELECT article_id, COUNT(*) FROM entities GROUP BY article_id"))
    assert all(stored.get(r["id"], 0) == by_text[r["text"]] for r in records)


def _count(db: Path) -> int:
    try:
        return rows(db, "SELECT COUNT(*) FROM articles")[0][0]
    except sqlite3.OperationalError:  # the first run has not created the tables yet
        return 0
