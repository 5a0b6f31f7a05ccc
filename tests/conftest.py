"""Shared fixtures: the pipeline, and the gold corpora (the project's own and, when present, ../shared's dev set)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = ROOT / "corpus" / "articles.jsonl"
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "articles.jsonl"


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
