"""Inputs as crawlers deliver them: dates and timestamps, byte-order marks, encodings, HTML, JSON lists,
NDJSON, gzip, any case of suffix, folders and subfolders, other field names, and every other field kept."""
import datetime as dt
import gzip
import json
import os
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

import kazbel_extract
from conftest import read_jsonl
from kazbel_extract import extract_many
from kazbel_extract.cli import app

MEETING = ("ASTANA. KAZINFORM - Kazakh President Kassym-Jomart Tokayev met with Belarusian Prime Minister "
           "Roman Golovchenko on 12 March.")
TRADE = "MINSK (BelTA) - In 2020, trade between Belarus and Kazakhstan fell by 5.3% to $780 million."
ROADMAP = "MINSK (BelTA) - Belarus and Kazakhstan signed a roadmap on industrial cooperation."
BOM = b"\xef\xbb\xbf"


def run(*args, input=None):
    return CliRunner().invoke(app, ["run", *map(str, args)], input=input)


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def assert_offsets_slice(record: dict) -> None:
    for entity in record["entities"]:
        assert record["text"][entity["start"] : entity["end"]] == entity["text"]
    for event in record["events"]:
        evidence = event["evidence"]
        assert record["text"][evidence["start"] : evidence["end"]] == evidence["text"]


# --- published

@pytest.mark.parametrize("published", [
    "2021-03-13", "2021-03-13T10:00:00Z", "2021-03-13 23:59:59+05:00", "2021-03-13T08:30:00.250-04:00",
    dt.date(2021, 3, 13), dt.datetime(2021, 3, 13, 8, 30), pd.Timestamp("2021-03-13T10:00:00Z"),
    np.datetime64("2021-03-13T10:00:00"), np.datetime64("2021-03-13"),
])
def test_published_takes_days_iso_timestamps_and_date_objects_as_their_day(published):
    [article] = extract_many([{"id": "a", "text": MEETING, "published": published}])
    assert article.published == "2021-03-13"
    assert [event.date for event in article.events] == ["2021-03-12"]  # the year comes from the published day
    assert kazbel_extract.extract(MEETING, published=published).published == "2021-03-13"


@pytest.mark.parametrize("missing", [None, "", pd.NaT, float("nan"), np.datetime64("NaT")])
def test_a_missing_published_date_is_no_date(missing):
    [article] = extract_many([{"id": "a", "text": MEETING, "published": missing}])
    assert article.published is None
    assert [event.date for event in article.events] == ["--03-12"]


def test_a_published_that_is_no_day_is_the_records_error_with_its_reason(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": TRADE, "published": "13/03/2021"},
        {"id": "b", "text": TRADE, "published": "2021-02-30T10:00:00Z"},
        {"id": "c", "text": TRADE, "published": "2021-03-13T10:00:00Z"},
    ])
    result = run(source, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 1
    assert [(r["id"], r["published"]) for r in read_jsonl(tmp_path / "out.jsonl")] == [("c", "2021-03-13")]
    assert [(e["id"], e["reason"]) for e in read_jsonl(tmp_path / "out.errors.jsonl")] == [
        ("a", "published must be a YYYY-MM-DD date or an ISO timestamp, not '13/03/2021'"),
        ("b", "published '2021-02-30T10:00:00Z' is no real day or time (day is out of range for month)"),
    ]
    assert [f.reason for f in extract_many([{"text": TRADE, "published": 2021}])] == [
        "published must be a YYYY-MM-DD date, an ISO timestamp or a date, not 2021 (of type int)"]


# --- byte-order marks and encodings

def test_a_byte_order_mark_is_stripped_and_offsets_count_from_the_text_after_it(tmp_path):
    text = " date 2021-03-13 " + MEETING
    (tmp_path / "a.txt").write_bytes(BOM + text.encode("utf-8"))
    (tmp_path / "b.jsonl").write_bytes(BOM + json.dumps({"id": "b", "text": TRADE}).encode() + b"\n"
                                       + json.dumps({"id": "c", "text": ROADMAP}).encode() + b"\n")
    result = run(tmp_path / "a.txt", tmp_path / "b.jsonl", "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output
    records = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in records] == ["a", "b", "c"]  # the first JSON line is not lost
    assert records[0]["text"] == text
    assert records[0]["published"] == "2021-03-13"
    assert records[0]["dateline"] == {"city": "Astana", "agency": "KAZINFORM"}
    for record in records:
        assert_offsets_slice(record)


def test_a_byte_order_mark_in_a_text_given_to_extract_stays_in_place_and_reads_as_a_space():
    text = "\ufeff date 2021-03-13 " + MEETING
    article = kazbel_extract.extract(text)
    assert (article.text, article.published, article.dateline_city) == (text, "2021-03-13", "Astana")
    assert_offsets_slice(article.to_dict())


CYRILLIC = "MINSK (BelTA) - Belarus and Kazakhstan signed a roadmap (дорожная карта) on industrial cooperation."


def test_encoding_is_said_per_run_or_guessed_per_file_with_auto(tmp_path):
    (tmp_path / "cp.txt").write_bytes(CYRILLIC.encode("cp1251"))
    (tmp_path / "utf.txt").write_text(CYRILLIC, encoding="utf-8")
    refused = run(tmp_path / "cp.txt", "-o", tmp_path / "refused.jsonl")
    assert refused.exit_code == 1
    assert read_jsonl(tmp_path / "refused.errors.jsonl")[0]["reason"] == (
        f"invalid utf-8 at byte {CYRILLIC.index('д')}; say --encoding (cp1251, latin-1 ... or auto)")  # ASCII before it
    said = run(tmp_path / "cp.txt", "--encoding", "cp1251", "-o", tmp_path / "said.jsonl")
    assert said.exit_code == 0, said.output
    assert read_jsonl(tmp_path / "said.jsonl")[0]["text"] == CYRILLIC
    guessed = run(tmp_path / "cp.txt", tmp_path / "utf.txt", "--encoding", "auto", "-o", tmp_path / "auto.jsonl")
    assert guessed.exit_code == 0, guessed.output
    assert [r["text"] for r in read_jsonl(tmp_path / "auto.jsonl")] == [CYRILLIC, CYRILLIC]
    assert f"kazbel-extract: {tmp_path / 'cp.txt'}: not UTF-8, read as cp1251" in guessed.stderr
    assert "utf.txt" not in guessed.stderr
    unknown = run(tmp_path / "cp.txt", "--encoding", "klingon", "-o", tmp_path / "x.jsonl")
    assert unknown.exit_code == 2 and "unknown encoding 'klingon'" in unknown.stderr


def test_auto_reads_a_jsonl_line_by_line_and_says_where_it_fell_back(tmp_path):
    lines = [json.dumps({"id": "a", "text": TRADE}).encode(),
             *(json.dumps({"id": id, "text": CYRILLIC}, ensure_ascii=False).encode("cp1251") for id in "bc")]
    (tmp_path / "in.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    result = run(tmp_path / "in.jsonl", "--encoding", "auto", "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output
    assert [r["text"] for r in read_jsonl(tmp_path / "out.jsonl")] == [TRADE, CYRILLIC, CYRILLIC]
    said = [line for line in result.stderr.splitlines() if "cp1251" in line]  # once per file, not per line
    assert said == [f"kazbel-extract: {tmp_path / 'in.jsonl'}:2: not UTF-8, read as cp1251 "
                    "(and any later line that is not UTF-8)"]


# --- formats, suffixes and folders

PAGE = ("<html><head><title>Trade</title><script>var hero = 'Kassym-Jomart Tokayev';</script></head>"
        "<body><p>" + TRADE.replace("&", "&amp;") + "</p><!-- Aleksandr Lukashenko --></body></html>")


def test_every_kind_of_file_is_read_in_a_folder_sorted_by_name(tmp_path):
    folder = tmp_path / "crawl"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.html").write_text(PAGE, encoding="utf-8")
    (folder / "b.HTM").write_text(PAGE, encoding="utf-8")
    (folder / "c.TXT").write_text(MEETING, encoding="utf-8")
    (folder / "d.json").write_text(json.dumps([{"id": "d1", "text": TRADE}, {"id": "d2", "text": ROADMAP}]))
    (folder / "e.ndjson").write_text(json.dumps({"id": "e1", "text": MEETING}) + "\n")
    with gzip.open(folder / "f.jsonl.gz", "wt", encoding="utf-8") as file:
        file.write(json.dumps({"id": "f1", "text": ROADMAP}) + "\n" + json.dumps({"text": TRADE}) + "\n")
    with gzip.open(folder / "g.txt.gz", "wt", encoding="utf-8") as file:
        file.write(TRADE)
    (folder / "h.json").write_text(json.dumps({"id": "h1", "text": MEETING}))  # one record, not a list
    (folder / "notes.md").write_text("not an article")
    (folder / ".hidden.txt").write_text(TRADE)
    (folder / "sub" / "deep.txt").write_text(ROADMAP, encoding="utf-8")
    flat = run(folder, "-o", tmp_path / "flat.jsonl")
    assert flat.exit_code == 0, flat.output
    records = read_jsonl(tmp_path / "flat.jsonl")
    assert [r["id"] for r in records] == ["a", "b", "c", "d1", "d2", "e1", "f1", "f:2", "g", "h1"]
    assert "read 10, processed 10" in flat.stderr
    deep = run(folder, "--recursive", "-o", tmp_path / "deep.jsonl")
    assert [r["id"] for r in read_jsonl(tmp_path / "deep.jsonl")][-1] == "sub/deep"


def test_a_page_is_read_as_the_text_a_reader_sees_and_offsets_point_into_the_page(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    run(tmp_path / "page.html", "-o", tmp_path / "out.jsonl")
    [record] = read_jsonl(tmp_path / "out.jsonl")
    assert record["text"] == PAGE
    assert_offsets_slice(record)
    assert {e["text"] for e in record["entities"] if e["label"] == "PERSON"} == set()  # script and comment are no text
    assert [(e["type"], e["value"], e["period"]) for e in record["events"]] == [("trade", 780000000.0, "2020")]


@pytest.mark.parametrize("make, message", [
    (lambda folder: None, "holds no readable file"),
    (lambda folder: (folder / "sub").mkdir() or (folder / "sub" / "a.txt").write_text(TRADE),
     "holds no readable file (.txt, .html, .htm, .json, .jsonl, .ndjson (or any of them .gz)); "
     "its subfolders do: add --recursive"),
])
def test_a_folder_with_nothing_readable_is_a_usage_error_saying_why(tmp_path, make, message):
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "notes.md").write_text("not an article")
    make(folder)
    result = run(folder, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 2
    assert message in result.stderr


def test_a_run_that_reads_no_article_exits_non_zero_saying_why(tmp_path):
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    result = run(tmp_path / "empty.jsonl", "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 2
    assert f"no article read: {tmp_path / 'empty.jsonl'} held no records (empty, or blank lines only)" in result.stderr
    stdin = run("-", "-o", tmp_path / "out.jsonl", input="")
    assert stdin.exit_code == 2 and "no article read: standard input held no records" in stdin.stderr


# --- field names and meta

def test_other_field_names_are_mapped_and_every_other_field_is_kept_as_meta(tmp_path):
    crawl = {"uid": "n1", "body": MEETING, "date": "2021-03-13T09:00:00Z", "url": "https://example.org/n1",
             "title": "Tokayev meets Golovchenko", "source": "crawler-7", "tags": ["politics"]}
    source = write_jsonl(tmp_path / "crawl.jsonl", [crawl, {"uid": "n2", "text": TRADE}])
    fields = ["--text-field", "body", "--id-field", "uid", "--published-field", "date"]
    result = run(source, *fields, "-o", tmp_path / "out.jsonl", "--db", tmp_path / "kazbel.sqlite")
    assert result.exit_code == 1
    [record] = read_jsonl(tmp_path / "out.jsonl")
    meta = {"url": "https://example.org/n1", "title": "Tokayev meets Golovchenko", "source": "crawler-7",
            "tags": ["politics"]}
    assert (record["id"], record["published"], record["meta"]) == ("n1", "2021-03-13", meta)
    assert [(e["id"], e["reason"]) for e in read_jsonl(tmp_path / "out.errors.jsonl")] == [
        ("n2", "record has no 'body' field")]
    with sqlite3.connect(tmp_path / "kazbel.sqlite") as connection:
        assert [json.loads(m) for (m,) in connection.execute("SELECT meta FROM articles")] == [meta]
    assert kazbel_extract.Article.from_dict(record).meta == meta


def test_extract_many_keeps_a_dicts_other_fields_as_meta():
    [article] = extract_many([{"id": "a", "text": TRADE, "url": "https://example.org/a"}])
    assert article.meta == {"url": "https://example.org/a"}
    assert article.to_dict()["meta"] == {"url": "https://example.org/a"}


# --- text that UTF-8 cannot encode

def test_lone_surrogates_read_as_replacement_characters_in_place(tmp_path):
    text = TRADE.replace("In 2020", "In \ud800 2020")
    line = json.dumps({"id": "s\udc80", "text": text, "title": "bad \udfff title"})  # escapes: valid JSON
    (tmp_path / "in.jsonl").write_text(line + "\n", encoding="utf-8")
    result = run(tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl", "--db", tmp_path / "kazbel.sqlite")
    assert result.exit_code == 0, result.output
    [record] = read_jsonl(tmp_path / "out.jsonl")  # the file is valid UTF-8
    assert record["text"] == text.replace("\ud800", "\ufffd")
    assert (record["id"], record["meta"]) == ("s\ufffd", {"title": "bad \ufffd title"})
    assert_offsets_slice(record)
    article = kazbel_extract.extract("MINSK (BelTA) - \udc80\U0001fffe Belarus and Kazakhstan signed a roadmap.")
    assert article.text.startswith("MINSK (BelTA) - \ufffd\ufffd Belarus")
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")


def test_file_names_that_are_not_utf8_are_written_with_their_bytes_escaped(tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(ROADMAP, encoding="utf-8")  # a latin-1 name
    (folder / os.fsdecode(b"day\xff.jsonl")).write_text(
        json.dumps({"text": TRADE}) + "\n" + json.dumps({"id": "e", "text": ""}) + "\n", encoding="utf-8")
    result = run(folder, "-o", tmp_path / "out.jsonl", "--db", tmp_path / "kazbel.sqlite")
    assert result.exit_code == 1, result.output
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["caf\\xe9", "day\\xff:1"]
    [error] = read_jsonl(tmp_path / "out.errors.jsonl")
    assert (error["source"], error["reason"]) == (str(folder / "day\\xff.jsonl"), "empty text")
    with sqlite3.connect(tmp_path / "kazbel.sqlite") as connection:
        assert sorted(id for (id,) in connection.execute("SELECT id FROM articles")) == ["caf\\xe9", "day\\xff:1"]
