"""Shared fixtures: the pipeline, and the gold corpora (the project's own and, when present, ../shared's dev set)."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = ROOT / "corpus" / "articles.jsonl"
AUTHORED_CORPUS = ROOT / "corpus" / "authored.jsonl"
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "articles.jsonl"
# input fields that are no article's meta: the article itself, and the gold records of a corpus file
NOT_META = ("id", "text", "published", "dateline", "entities", "events", "meta")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def nlp():
    import kazbel_extract

    return kazbel_extract.load()


@pytest.fixture(scope="session")
def dev_articles() -> list[dict]:
    if not DEV_CORPUS.exists():
        pytest.skip(f"the shared dev corpus is not beside this checkout ({DEV_CORPUS}); CI always has it")
    return read_jsonl(DEV_CORPUS)


def extract_all(articles: list[dict]) -> dict:
    """id -> the `Article` that `extract` gives for each gold article (given its id, text and published date only)."""
    import kazbel_extract

    return {a["id"]: kazbel_extract.extract(a["text"], published=a.get("published"), id=a["id"]) for a in articles}


@pytest.fixture(scope="session")
def dev_extracted(dev_articles) -> dict:
    """The dev articles extracted once for the whole run: the whole-corpus tests read the same records (read them,
    never change them)."""
    return extract_all(dev_articles)


@pytest.fixture(scope="session")
def sample_extracted() -> dict:
    """The sample corpus extracted once for the whole run (read it, never change it)."""
    return extract_all(read_jsonl(SAMPLE_CORPUS))


ISO_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)|--(\d\d)-(\d\d)")
PERIOD = re.compile(r"(\d{4})(?:-(\d\d))?(?:/(\d{4})(?:-(\d\d))?)?")
SANE_YEARS = range(1900, 2101)


def _sane_day(day: str) -> bool:
    match = ISO_DAY.fullmatch(day)
    if not match:
        return False
    year, month, dom = (int(match[1]), int(match[2]), int(match[3])) if match[1] else (2000, int(match[4]), int(match[5]))
    try:
        date(year, month, dom)
    except ValueError:
        return False
    return year in SANE_YEARS


def _sane_period(period: str) -> bool:
    match = PERIOD.fullmatch(period)
    return bool(match) and all(int(y) in SANE_YEARS for y in (match[1], match[3]) if y) and all(
        1 <= int(m) <= 12 for m in (match[2], match[4]) if m)


def assert_sound(text: str, article) -> dict:
    """What every extraction must satisfy, whatever the input: each record's offsets slice `text` to
    exactly its words, the record is plain JSON (no NaN or inf) that round-trips, and its numbers and
    dates are in range. Returns the article's dict."""
    from kazbel_extract.text import readable
    from kazbel_extract.values import MAX_AMOUNT, MAX_COUNT, MAX_FACTOR, MAX_PERCENT

    text = readable(text)  # lone surrogates and non-characters ("\ufffe") read as U+FFFD, in place
    assert article.text == text
    for entity in article.entities:
        assert text[entity.start : entity.end] == entity.text, entity
        if entity.label == "MONEY" and entity.value is not None:
            assert 0 <= entity.value <= MAX_AMOUNT, entity
        if entity.label == "PERCENT" and entity.value is not None:
            assert abs(entity.value) <= MAX_PERCENT, entity
    for event in article.events:
        assert event.evidence is not None, event
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text, event
        for source in event.sources:
            assert text[source.start : source.end] == source.text, (event, source)
    record = article.to_dict()
    assert json.loads(json.dumps(record, allow_nan=False)) == record
    for event in record["events"]:
        if event.get("value") is not None:
            assert 0 <= event["value"] <= MAX_AMOUNT, event
        if event.get("change_pct") is not None:
            assert -100 <= event["change_pct"] <= MAX_PERCENT, event
        if event.get("change_factor") is not None:
            assert 1 < event["change_factor"] <= MAX_FACTOR, event
        if event.get("count") is not None:
            assert 0 <= event["count"] <= MAX_COUNT, event
        if event.get("date") is not None:
            assert _sane_day(event["date"]), event
        if event.get("period") is not None:
            assert _sane_period(event["period"]), event
    return record


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """A store built by `kazbel-extract run` from the sample corpus (read it, never write it)."""
    from typer.testing import CliRunner

    from kazbel_extract.cli import app

    db = tmp_path_factory.mktemp("sample") / "kazbel.sqlite"
    result = CliRunner().invoke(app, ["run", str(SAMPLE_CORPUS), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db
