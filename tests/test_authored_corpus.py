"""Whole-corpus figures on the authored corpus (corpus/authored.jsonl: 44 articles written this project's
way, with gold per GUIDELINES.md), scored by the project's own scorer so that they hold without ../shared;
where the shared scorer is beside the checkout, it must give the same counts.

Floors are what the rules reach on the normalised gold (rounded down); never lower them."""
import importlib.util
import json

import pytest

import kazbel_extract
from kazbel_extract.evaluate import ATTRIBUTES, EVENT_TYPES, LABELS, score_records

from conftest import AUTHORED_CORPUS, ROOT, read_jsonl

SCORER = ROOT.parent / "shared" / "eval" / "score.py"
EVENT_FLOORS = {"meeting": 1.0, "trade": 0.98, "joint_venture": 0.99, "agreement": 1.0}
ATTRIBUTE_FLOORS = {"meeting.date": 1.0, "meeting.participants": 1.0, "meeting.location": 1.0,
                    "trade.change_pct": 1.0, "trade.status": 1.0, "trade.parties": 1.0, "trade.reporter": 0.98}
ENTITY_FLOORS = {"PERSON": 1.0, "ORG": 0.99, "MONEY": 0.99, "PERCENT": 1.0}


@pytest.fixture(scope="module")
def gold() -> dict[str, dict]:
    return {a["id"]: a for a in read_jsonl(AUTHORED_CORPUS)}


@pytest.fixture(scope="module")
def predicted(gold) -> dict[str, dict]:
    """The records `extract` gives for each authored article, as plain JSON (as predict.py writes them)."""
    return {i: json.loads(json.dumps(kazbel_extract.extract(a["text"], published=a.get("published"), id=i).to_dict(),
                                     default=str)) for i, a in gold.items()}


@pytest.fixture(scope="module")
def scores(gold, predicted):
    return score_records(gold, predicted)


def test_the_corpus_is_whole_and_in_the_record_shape(gold):
    assert len(gold) == 44
    for article in gold.values():
        assert article["source"] == "written for kazbel_extract (authored corpus)"
        assert {e["label"] for e in article["entities"]} <= set(LABELS)
        assert {e["type"] for e in article["events"]} <= set(EVENT_TYPES)
        assert all(1 < e["change_factor"] for e in article["events"] if e.get("change_factor") is not None)


@pytest.mark.parametrize("kind", EVENT_FLOORS)
def test_event_f1_per_type(scores, kind):
    assert scores.f1(kind) >= EVENT_FLOORS[kind], scores.counts[kind]


@pytest.mark.parametrize("name", ATTRIBUTES)
def test_attribute_accuracy(scores, name):
    right, of = scores.attributes[name]
    assert of and right / of >= ATTRIBUTE_FLOORS[name], (right, of)


@pytest.mark.parametrize("label", LABELS)
def test_strict_entity_f1_per_label(scores, label):
    assert scores.f1(label) >= ENTITY_FLOORS[label], scores.counts[label]


def test_the_shared_scorer_gives_the_same_counts(gold, predicted, scores):
    if not SCORER.exists():
        pytest.skip(f"the shared scorer is not beside this checkout ({SCORER})")
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    counts, attributes, _ = shared.score(gold, predicted)
    for what in (*LABELS, *EVENT_TYPES):
        assert list(counts[what]) == scores.counts[what], what
    for name in ATTRIBUTES:
        assert list(attributes[name]) == scores.attributes[name], name
