"""Whole-corpus event figures, computed by the shared scorer: the dev-set targets of issue 3, and the
same targets on the project's own sample corpus (always present)."""
import importlib.util
import json

import pytest

from conftest import ROOT, SAMPLE_CORPUS, read_jsonl

SCORER = ROOT.parent / "shared" / "eval" / "score.py"
# meeting and trade: the targets; joint ventures and agreements: floors a little under today's figures
TARGETS = {"meeting": 0.96, "trade": 0.90, "joint_venture": 0.87, "agreement": 0.92}
ATTRIBUTE_TARGETS = {"meeting.date": 0.94, "meeting.location": 0.92, "trade.change_pct": 1.0, "trade.status": 0.98}
# the dev set's regression floors where it is above the shared targets (the sample corpus is not yet)
DEV_TARGETS = {**TARGETS, "meeting": 0.97, "trade": 0.995, "joint_venture": 0.949, "agreement": 0.94}
DEV_ATTRIBUTE_TARGETS = {**ATTRIBUTE_TARGETS, "meeting.date": 1.0, "meeting.location": 1.0, "meeting.participants": 0.97,
                         "trade.parties": 1.0, "trade.reporter": 0.9, "trade.status": 1.0}


@pytest.fixture(scope="module")
def scorer():
    if not SCORER.exists():
        pytest.skip(f"the shared scorer is not beside this checkout ({SCORER}); CI always has it")
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def figures(scorer, gold_articles, extracted):
    """F1 per event type and attribute accuracies, as score.py reports them, of the `extracted` articles."""
    gold = {a["id"]: a for a in gold_articles}
    pred = {i: json.loads(json.dumps(article.to_dict(), default=str)) for i, article in extracted.items()}
    counts, attributes, _ = scorer.score(gold, pred)
    f1 = {kind: scorer.prf(*counts[kind])[2] for kind in TARGETS}
    accuracy = {name: right / total for name, (right, total) in attributes.items() if total}
    return f1, accuracy


@pytest.fixture(scope="module")
def dev_figures(scorer, dev_articles, dev_extracted):
    return figures(scorer, dev_articles, dev_extracted)


@pytest.fixture(scope="module")
def sample_figures(scorer, sample_extracted):
    return figures(scorer, read_jsonl(SAMPLE_CORPUS), sample_extracted)


@pytest.mark.parametrize("kind", DEV_TARGETS)
def test_dev_event_f1_meets_the_target(dev_figures, kind):
    assert dev_figures[0][kind] >= DEV_TARGETS[kind]


@pytest.mark.parametrize("name", DEV_ATTRIBUTE_TARGETS)
def test_dev_attribute_accuracy_meets_the_target(dev_figures, name):
    assert dev_figures[1][name] >= DEV_ATTRIBUTE_TARGETS[name]


@pytest.mark.parametrize("kind", TARGETS)
def test_sample_event_f1_meets_the_target(sample_figures, kind):
    assert sample_figures[0][kind] >= TARGETS[kind]


@pytest.mark.parametrize("name", ATTRIBUTE_TARGETS)
def test_sample_attribute_accuracy_meets_the_target(sample_figures, name):
    assert sample_figures[1][name] >= ATTRIBUTE_TARGETS[name]
