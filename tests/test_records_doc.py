"""docs/records.md describes every field that is written: records, errors, CSV and store columns."""
import csv
import json
import re
import sqlite3

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from kazbel_extract import Failure
from kazbel_extract.cli import app

DOC = ROOT / "docs" / "records.md"
HEADING = re.compile(r"^#{2,4} (.+)$", re.M)
FIELD_ROW = re.compile(r"^\| `([^`]+)` \|(.*)$", re.M)
COMMON_EVENT_FIELDS = {"type", "evidence", "sources"}


def documented() -> dict[str, list[str]]:
    """Heading -> the fields of the table under it, in order."""
    text = DOC.read_text(encoding="utf-8")
    headings = list(HEADING.finditer(text))
    sections = {}
    for heading, following in zip(headings, headings[1:] + [None]):
        body = text[heading.end() : following.start() if following else len(text)]
        sections[heading.group(1)] = [m.group(1) for m in FIELD_ROW.finditer(body)]
    return sections


@pytest.fixture(scope="module")
def written(sample_store, tmp_path_factory):
    """What the command line writes for the sample corpus: records, CSV headers, store columns, an error."""
    folder = tmp_path_factory.mktemp("doc")
    runner = CliRunner()
    assert runner.invoke(app, ["export", str(sample_store), "-o", str(folder / "out.jsonl")]).exit_code == 0
    assert runner.invoke(app, ["export", str(sample_store), "-o", str(folder / "out.csv")]).exit_code == 0
    (folder / "bad.jsonl").write_text('{"id": "empty", "text": ""}\n', encoding="utf-8")
    runner.invoke(app, ["run", str(folder / "bad.jsonl"), "-o", str(folder / "bad.out.jsonl")])
    records = [json.loads(line) for line in (folder / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    headers = {name: next(csv.reader((folder / f"out.{name}.csv").open(encoding="utf-8")))
               for name in ("articles", "entities", "events")}
    with sqlite3.connect(sample_store) as connection:
        columns = {name: [row[1] for row in connection.execute(f"PRAGMA table_info({name})")]
                   for name in ("articles", "entities", "events", "errors")}
    error = json.loads((folder / "bad.out.errors.jsonl").read_text(encoding="utf-8").splitlines()[0])
    return records, headers, columns, error


def keys(dicts) -> set[str]:
    return {key for d in dicts for key in d}


def test_the_article_entity_and_event_fields_documented_are_those_written(written):
    records, _, _, _ = written
    doc = documented()
    events = [e for r in records for e in r["events"]]
    assert doc["Article record"] == list(records[0])
    assert doc["dateline"] == list(records[0]["dateline"])
    assert doc["Entity record"] == list(records[0]["entities"][0])
    assert set(doc["Event records"]) == COMMON_EVENT_FIELDS
    assert doc["evidence"] == list(events[0]["evidence"])
    sources = [source for e in events for source in e["sources"]]
    assert sources and all(list(source) == doc["Entity record"] for source in sources)  # "entity records"
    for type in ("meeting", "trade", "joint_venture", "agreement"):
        of_type = [e for e in events if e["type"] == type]
        assert of_type, f"the sample corpus has {type} records"
        assert doc[type] == [k for k in of_type[0] if k not in COMMON_EVENT_FIELDS], type
        assert keys(of_type) == set(of_type[0])  # every record of a type has all its fields
    details = [d for e in events if e["type"] == "meeting" for d in e["participant_details"]]
    assert doc["participant"] == list(details[0])


def test_the_error_and_failure_fields_documented_are_those_written(written):
    *_, error = written
    doc = documented()
    assert doc["Error record"] == list(error)
    assert doc["failure"] == list(Failure("x", "why").to_dict())


def test_the_table_columns_documented_are_the_csv_headers_and_the_store_columns(written):
    _, headers, columns, _ = written
    text = DOC.read_text(encoding="utf-8")
    doc = documented()
    for name in ("articles", "entities", "events"):
        store_only = set(re.findall(r"^\| `([^`]+)` \| [^|]+ \| store only", text.split(f"### {name} table")[1]
                                    .split("\n### ")[0], re.M))
        assert doc[f"{name} table"] == columns[name], name
        assert [c for c in doc[f"{name} table"] if c not in store_only] == headers[name], name
    assert doc["errors table"] == columns["errors"]


def test_the_readme_links_the_record_contract():
    assert "(docs/records.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
