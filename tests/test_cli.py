"""`kazbel-extract run`: inputs, outputs, bad input, the summary and exit codes."""
import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kazbel_extract
from conftest import NOT_META, DEV_CORPUS, SAMPLE_CORPUS, read_jsonl
from kazbel_extract.cli import app

ARTICLES = read_jsonl(SAMPLE_CORPUS)[:3]
PREDICT = DEV_CORPUS.parent.parent.parent / "eval" / "predict.py"


def invoke(*args, input=None):
    return CliRunner().invoke(app, ["run", *map(str, args)], input=input)


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def expected_line(record) -> str:
    """The record of one input: extract()'s, with the input's other fields as its meta."""
    article = kazbel_extract.extract(record["text"], published=record.get("published"), id=record["id"])
    article.meta = {k: v for k, v in record.items() if k not in NOT_META}
    return json.dumps(article.to_dict(), ensure_ascii=False, default=str)


def test_jsonl_output_is_what_the_scorers_predict_py_writes_plus_the_inputs_other_fields(tmp_path):
    if not PREDICT.exists():
        pytest.skip(f"the shared eval scripts are not beside this checkout ({PREDICT}); CI always has them")
    dev = read_jsonl(DEV_CORPUS)[:4]
    gold = write_jsonl(tmp_path / "gold.jsonl", dev)
    subprocess.run([sys.executable, str(PREDICT), str(gold), str(tmp_path / "predict.jsonl")], check=True)
    result = invoke(gold, "-o", tmp_path / "cli.jsonl")
    assert result.exit_code == 0, result.output
    predicted = read_jsonl(tmp_path / "predict.jsonl")
    written = read_jsonl(tmp_path / "cli.jsonl")
    assert [{**r, "meta": {}} for r in written] == predicted
    assert [r["meta"] for r in written] == [{"source": g["source"]} for g in dev]  # gold records are not meta


@pytest.mark.parametrize("workers", [1, 2])
def test_jsonl_output_has_one_record_per_article_in_input_order(tmp_path, workers):
    source = write_jsonl(tmp_path / "in.jsonl", [{**a, "extra": "kept as meta"} for a in ARTICLES])
    result = invoke(source, "-o", tmp_path / "out.jsonl", "--workers", workers, "--batch-size", 1)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines() == [
        expected_line({**a, "extra": "kept as meta"}) for a in ARTICLES]
    assert not (tmp_path / "out.errors.jsonl").exists()


def test_txt_files_and_folders_take_the_file_name_as_id(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    for article in ARTICLES[:2]:
        (folder / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    (folder / "notes.md").write_text("not an article")
    single = tmp_path / "single.txt"
    single.write_text(ARTICLES[2]["text"], encoding="utf-8")
    result = invoke(folder, single, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output
    records = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in records] == [ARTICLES[0]["id"], ARTICLES[1]["id"], "single"]
    assert records[2]["text"] == ARTICLES[2]["text"]


def test_dash_reads_jsonl_records_from_standard_input(tmp_path):
    stdin = "".join(json.dumps(a) + "\n" for a in ARTICLES[:2])
    result = invoke("-", "-o", tmp_path / "out.jsonl", input=stdin)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines() == [expected_line(a) for a in ARTICLES[:2]]


def test_a_jsonl_record_without_id_is_named_by_file_and_line(tmp_path):
    texts = [a["text"] for a in ARTICLES] + [ARTICLES[0]["text"]]
    source = write_jsonl(tmp_path / "batch.jsonl", [{"text": texts[0]}, {"id": None, "text": texts[1]},
                                                    {"id": "", "text": texts[2]}, {"id": " ", "text": texts[3]}])
    result = invoke(source, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output  # null and blank ids are no id: not one id "None" twice
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["batch:1", "batch:2", "batch:3", "batch:4"]


def test_csv_output_is_three_tables_joined_on_article_id(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    result = invoke(source, "-o", tmp_path / "out.csv")
    assert result.exit_code == 0, result.output
    tables = {name: list(csv.DictReader((tmp_path / f"out.{name}.csv").open(encoding="utf-8")))
              for name in ("articles", "entities", "events")}
    records = [json.loads(expected_line(a)) for a in ARTICLES]
    assert [row["id"] for row in tables["articles"]] == [a["id"] for a in ARTICLES]
    assert [(row["article_id"], row["label"], row["text"], int(row["start"])) for row in tables["entities"]] == [
        (r["id"], e["label"], e["text"], e["start"]) for r in records for e in r["entities"]]
    assert [(row["article_id"], row["type"], row["evidence_text"]) for row in tables["events"]] == [
        (r["id"], e["type"], e["evidence"]["text"]) for r in records for e in r["events"]]


def test_the_summary_line_counts_what_happened(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [*ARTICLES[:2], {"id": "empty", "text": ""}])
    result = invoke(source, "-o", tmp_path / "out.jsonl")
    records = read_jsonl(tmp_path / "out.jsonl")
    entities, events = sum(len(r["entities"]) for r in records), sum(len(r["events"]) for r in records)
    assert (f"read 3, processed 2, skipped 0, failed 1, records {entities + events} "
            f"({entities} entities, {events} events)") in result.stderr
    assert "articles/s" in result.stderr


def test_every_kind_of_bad_input_is_reported_with_its_place_and_the_rest_goes_on(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLES[0]["text"], encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Minsk caf\xe9".encode("latin-1"))
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    lines = [
        json.dumps(ARTICLES[1]).encode(),
        b'{"id": "broken", "text": ',
        b'["a", "list"]',
        b'2024',
        b'{"id": "bytes", "text": "caf\xff"}',
        json.dumps({"id": "no-text"}).encode(),
        json.dumps({"id": "empty", "text": "  "}).encode(),
        json.dumps(ARTICLES[2]).encode(),
    ]
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    result = invoke(folder, source, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 1, result.output
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["good", ARTICLES[1]["id"], ARTICLES[2]["id"]]
    errors = {(Path(e["source"]).name, e["line"]): e["reason"] for e in read_jsonl(tmp_path / "out.errors.jsonl")}
    assert errors == {
        ("gone.txt", None): "unreadable: No such file or directory",
        ("latin1.txt", None): "invalid utf-8 at byte 9; say --encoding (cp1251, latin-1 ... or auto)",
        ("in.jsonl", 2): "not JSON: Expecting value at column 26",
        ("in.jsonl", 3): "not a JSON object but a list",
        ("in.jsonl", 4): "not a JSON object but a number",
        ("in.jsonl", 5): "invalid utf-8 at byte 28 of the line; say --encoding (cp1251, latin-1 ... or auto)",
        ("in.jsonl", 6): "record has no text",
        ("in.jsonl", 7): "empty text",
    }
    assert "read 11, processed 3, skipped 0, failed 8" in result.stderr


def test_an_errors_file_from_an_earlier_run_does_not_survive_a_clean_run(tmp_path):
    (tmp_path / "out.errors.jsonl").write_text('{"reason": "old"}\n')
    invoke(write_jsonl(tmp_path / "in.jsonl", ARTICLES[:1]), "-o", tmp_path / "out.jsonl")
    assert not (tmp_path / "out.errors.jsonl").exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.jsonl", "-o", "out.jsonl"], "no such file or folder: missing.jsonl"),
        (["in.jsonl", "-o", "out.parquet"], "must end in .jsonl, .csv or .sqlite"),
        (["in.jsonl"], "say where the records go"),
        (["notes.md", "-o", "out.jsonl"], "inputs are .txt, .html, .htm, .json, .jsonl, .ndjson (or any of them .gz)"),
        (["in.jsonl", "-o", "out.jsonl", "--workers", "0"], "--workers"),
        (["in.jsonl", "-o", "in.jsonl"], "in.jsonl is also an input"),
        (["in.jsonl", "-o", "x.jsonl", "--errors", "in.jsonl"], "'--errors': in.jsonl is also an input"),
        (["in.jsonl", "--db", "in.jsonl"], "'--db': in.jsonl is also an input"),
        ([".", "-o", "out.jsonl"], "out.jsonl is in the input folder .: it would be read as an input"),
        ([".", "-o", "out.csv"], "out.errors.jsonl is in the input folder .: it would be read as an input"),
    ],
)
def test_usage_errors_exit_2_with_a_clear_message(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    write_jsonl(tmp_path / "in.jsonl", ARTICLES[:1])
    (tmp_path / "notes.md").write_text("text")
    result = invoke(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("kazbel-extract: error: ") and result.stderr.count("\n") == 1  # one line
    assert message in result.stderr
    assert not (tmp_path / "out.jsonl").exists()
    assert read_jsonl(tmp_path / "in.jsonl") == ARTICLES[:1]


def test_a_flood_of_bad_lines_is_written_out_as_it_comes(tmp_path, monkeypatch):
    source = tmp_path / "in.jsonl"
    source.write_text("not json\n" * 10, encoding="utf-8")
    written = []
    monkeypatch.setattr("kazbel_extract.outputs.ErrorLog.write", lambda self, errors: written.append(len(errors)))
    result = invoke(source, "-o", tmp_path / "out.jsonl", "--batch-size", 4)
    assert result.exit_code == 1
    assert written == [4, 4, 2]

