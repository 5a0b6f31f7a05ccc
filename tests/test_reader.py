"""Reading a store back: `export`, `open_store` (records and pandas frames), `Article.from_dict`, the
README's queries, and stores of the first version."""
import csv
import json
import re
import sqlite3
import sys
from collections import Counter

import pytest
from typer.testing import CliRunner

import kazbel_extract
from conftest import ROOT, SAMPLE_CORPUS, read_jsonl
from kazbel_extract import Article
from kazbel_extract.cli import app
from kazbel_extract.extras import MissingExtra
from kazbel_extract.tables import COLUMNS


def invoke(*args):
    return CliRunner().invoke(app, [*map(str, args)])


@pytest.fixture(scope="module")
def run_folder(tmp_path_factory):
    """What `run` wrote for the sample corpus: `run.jsonl`, and the `run.csv` tables."""
    folder = tmp_path_factory.mktemp("run")
    assert invoke("run", SAMPLE_CORPUS, "-o", folder / "run.jsonl").exit_code == 0
    assert invoke("run", SAMPLE_CORPUS, "-o", folder / "run.csv").exit_code == 0
    return folder


@pytest.fixture(scope="module")
def run_records(run_folder) -> list[dict]:
    return read_jsonl(run_folder / "run.jsonl")


def chronological(records: list[dict]) -> list[dict]:
    return sorted(records, key=lambda r: (r["published"] is None, r["published"] or "", r["id"]))


def test_export_writes_the_records_run_wrote_oldest_first(sample_store, run_records, tmp_path):
    result = invoke("export", sample_store, "-o", tmp_path / "all.jsonl")
    assert result.exit_code == 0, result.output
    assert read_jsonl(tmp_path / "all.jsonl") == chronological(run_records)
    events = sum(len(r["events"]) for r in run_records)
    assert f"exported {len(run_records)} articles ({events} events)" in result.stderr
    to_stdout = invoke("export", sample_store, "-o", "-")
    assert [json.loads(line) for line in to_stdout.stdout.splitlines()] == chronological(run_records)


def test_export_filters_by_type_published_days_and_parties(sample_store, run_records, tmp_path):
    result = invoke("export", sample_store, "-o", tmp_path / "some.jsonl", "--type", "trade", "--type", "meeting",
                    "--since", "2023-01-01", "--until", "2024-03-31", "--parties", "Belarus,Kazakhstan")
    assert result.exit_code == 0, result.output

    def between(event):
        countries = set(event.get("parties") or [p["country"] for p in event.get("participant_details", [])])
        return event["type"] in ("trade", "meeting") and {"Belarus", "Kazakhstan"} <= countries

    expected = [{**r, "events": [e for e in r["events"] if between(e)]} for r in chronological(run_records)
                if r["published"] and "2023-01-01" <= r["published"] <= "2024-03-31"]
    expected = [r for r in expected if r["events"]]
    assert expected, "the sample corpus has such events"
    assert read_jsonl(tmp_path / "some.jsonl") == expected
    by_year_and_month = invoke("export", sample_store, "-o", tmp_path / "months.jsonl", "--type", "trade", "--type",
                               "meeting", "--since", "2023", "--until", "2024-02", "--parties", "Belarus,Kazakhstan")
    assert by_year_and_month.exit_code == 0, by_year_and_month.output
    assert any(r["published"].startswith("2024-02-") for r in expected)  # the month counts to its last day
    assert read_jsonl(tmp_path / "months.jsonl") == expected  # from the year's first day to the month's last


def test_export_to_csv_writes_the_tables_run_writes(sample_store, run_folder, tmp_path):
    assert invoke("export", sample_store, "-o", tmp_path / "export.csv").exit_code == 0
    for name in ("articles", "entities", "events"):
        exported = list(csv.reader((tmp_path / f"export.{name}.csv").open(encoding="utf-8")))
        written = list(csv.reader((run_folder / f"run.{name}.csv").open(encoding="utf-8")))
        assert exported[0] == written[0] == COLUMNS[name]
        assert sorted(exported[1:]) == sorted(written[1:]) and len(written) > 1, name


@pytest.mark.parametrize("args, message", [
    (["--type", "visit"], "no event type visit: say meeting, trade, joint_venture, agreement"),
    (["--since", "March 2023"], "a bound must be a day (YYYY-MM-DD), a year (YYYY), a month (YYYY-MM), an ISO "
                                "timestamp or a date, not 'March 2023'"),
    (["--until", "2024-02-30"], "not '2024-02-30'"),
    (["-o", "out.parquet"], "the output must end in .jsonl or .csv"),
])
def test_export_usage_errors_are_one_line(sample_store, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = invoke("export", sample_store, "-o", "out.jsonl", *args)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr


def test_open_store_reads_articles_events_and_entities_as_records(sample_store, run_records):
    by_id = {r["id"]: r for r in run_records}
    with kazbel_extract.open_store(sample_store) as store:
        assert len(store) == len(run_records)
        articles = list(store.articles())
        assert [a.to_dict() for a in articles] == chronological(run_records)
        meetings = list(store.events("meeting"))
        assert [(id, m.to_dict()) for id, m in meetings] == [
            (r["id"], e) for r in chronological(run_records) for e in r["events"] if e["type"] == "meeting"]
        assert all(isinstance(m, kazbel_extract.Meeting) for _, m in meetings)
        people = list(store.entities("PERSON", since="2024-01-01"))
        assert people and all(by_id[id]["published"] >= "2024-01-01" and e.label == "PERSON" for id, e in people)
        undated = [a for a in articles if a.published is None]
        assert undated and not [a for a in store.articles(until="2100-01-01") if a.published is None]
        with pytest.raises(ValueError, match="no entity label person: the labels are PERSON, ORG, MONEY, PERCENT"):
            list(store.entities("person"))


def test_from_dict_gives_back_the_article_of_every_record(run_records):
    for record in run_records:
        assert Article.from_dict(record).to_dict() == record


def test_to_pandas_gives_the_csv_tables_with_lists_and_sortable_dates(sample_store, run_records):
    with kazbel_extract.open_store(sample_store) as store:
        frames = store.to_pandas()
        events = store.to_pandas("events")
    assert {name: list(frame.columns) for name, frame in frames.items()} == COLUMNS
    assert len(frames["entities"]) == sum(len(r["entities"]) for r in run_records)
    meetings = events[events["type"] == "meeting"]
    assert all(isinstance(actors, list) for actors in meetings["actors"])
    assert str(meetings["year"].dtype) == "Int64"
    undated = meetings[meetings["date"].str.startswith("--")]
    assert len(undated) and undated["year"].isna().all() and undated["month"].notna().all()


def test_to_pandas_without_pandas_says_how_to_install_it(sample_store, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with kazbel_extract.open_store(sample_store) as store, pytest.raises(MissingExtra) as raised:
        store.to_pandas()
    assert str(raised.value) == ("StoreReader.to_pandas() needs pandas, which is not installed: "
                                 "pip install 'kazbel-extract[pandas]'")


def readme_queries() -> list[str]:
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## The store")[1].split("\n## ")[0]
    return re.findall(r"```sql\n(.*?)```", section, re.S)


def query(db, sql):
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


def test_the_readme_queries_give_right_answers_on_the_sample_corpus(sample_store, run_records):
    turnover, who_met, by_month, exports = readme_queries()
    events = [(r, e) for r in run_records for e in r["events"]]
    actual = [e for _, e in events if e["type"] == "trade" and e["metric"] == "turnover"
              and e["status"] == "actual" and e["parties"] == ["Belarus", "Kazakhstan"] and e["period"]]
    assert [(period, value) for period, value, *_ in query(sample_store, turnover)] == sorted(
        {p: max(e["value"] for e in actual if e["period"] == p) for p in {e["period"] for e in actual}}.items())

    rows = query(sample_store, who_met)
    lukashenko = [row for row in rows if "Lukashenko" in row[0]]
    assert [person for person, *_ in lukashenko] == ["Alexander Lukashenko"]  # one person, however spelled
    spellings = {p["name"] for _, e in events if e["type"] == "meeting" for p in e["participant_details"]
                 if p["actor"] == "Alexander Lukashenko"}
    assert {"Aleksandr Lukashenko"} <= spellings
    meetings = [e for _, e in events if e["type"] == "meeting"]
    count = Counter(p["actor"] or p["name"] for e in meetings for p in e["participant_details"])
    assert {person: n for person, n, *_ in rows} == count
    dated = [e["date"] for e in meetings if "Alexander Lukashenko" in [p["actor"] for p in e["participant_details"]]
             and not e["date"].startswith("--")]
    assert lukashenko[0][2:] == (min(dated), max(dated))
    assert not [row for row in rows if (row[2] or "").startswith("--")]  # a day without a year is no first day

    months = Counter((int(e["date"][:4]), int(e["date"][5:7])) for e in meetings if e["date"][0].isdigit())
    assert [(year, month, n) for year, month, n in query(sample_store, by_month)] == sorted(
        (y, m, n) for (y, m), n in months.items())

    export_rows = query(sample_store, exports)
    assert sorted((id, text) for id, _, _, _, text in export_rows) == sorted(
        (r["id"], e["evidence"]["text"]) for r, e in events if e["type"] == "trade" and e["metric"] == "export")
    assert export_rows


FIRST_VERSION_SCHEMA = """
CREATE TABLE articles (id TEXT PRIMARY KEY, text_hash TEXT NOT NULL, source TEXT, line INTEGER, published TEXT,
    dateline_city TEXT, agency TEXT, record TEXT NOT NULL, stored_at TEXT NOT NULL DEFAULT (datetime('now')));
CREATE TABLE entities (article_id TEXT NOT NULL, position INTEGER NOT NULL, label TEXT NOT NULL, text TEXT NOT NULL,
    start_char INTEGER, end_char INTEGER, value, currency TEXT, actor TEXT, PRIMARY KEY (article_id, position));
CREATE INDEX entities_by_actor ON entities (actor);
CREATE TABLE events (article_id TEXT NOT NULL, position INTEGER NOT NULL, type TEXT NOT NULL, metric TEXT,
    period TEXT, value REAL, currency TEXT, status TEXT, date TEXT, location TEXT, participants TEXT, parties TEXT,
    evidence_start INTEGER, evidence_end INTEGER, record TEXT NOT NULL, PRIMARY KEY (article_id, position));
CREATE INDEX events_by_type ON events (type, metric, period);
CREATE TABLE errors (source TEXT NOT NULL, line INTEGER NOT NULL, id TEXT, reason TEXT NOT NULL,
    recorded_at TEXT NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (source, line));
"""


def test_a_store_of_the_first_version_is_upgraded_from_its_records_when_opened(run_records, tmp_path):
    db = tmp_path / "old.sqlite"
    old = {**run_records[0]}
    old.pop("meta")  # the first version's records had no meta
    with sqlite3.connect(db) as connection:
        connection.executescript(FIRST_VERSION_SCHEMA)
        connection.execute("INSERT INTO articles (id, text_hash, source, line, record)"
                           " VALUES (?, 'h', 'in.jsonl', 1, ?)", (old["id"], json.dumps(old)))
        connection.execute("INSERT INTO errors (source, line, reason) VALUES ('in.jsonl', 2, 'empty text')")
    with kazbel_extract.open_store(db) as store:
        assert [a.to_dict() for a in store.articles()] == [{**old, "meta": {}}]
        assert [e.to_dict() for _, e in store.events()] == old["events"]
    assert query(db, "SELECT COUNT(*) FROM events WHERE evidence_text IS NOT NULL") == [(len(old["events"]),)]
    assert query(db, "SELECT source, line, reason FROM errors") == [("in.jsonl", 2, "empty text")]
