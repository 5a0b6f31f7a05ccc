"""`kazbel-extract evaluate` prints the figures of the shared scorer exactly; `nlp.evaluate` reports the events part."""
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kazbel_extract.cli import app
from kazbel_extract.evaluate import examples, prf, read_records, score_records

from conftest import DEV_CORPUS, ROOT, SAMPLE_CORPUS, read_jsonl

SCORER = ROOT.parent / "shared" / "eval" / "score.py"


@pytest.fixture(scope="module")
def dev_predictions(dev_articles, dev_extracted, tmp_path_factory):
    """The records `extract` gives for the dev articles, as `predict.py` writes them."""
    path = tmp_path_factory.mktemp("eval") / "pred.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for a in dev_articles:
            record = dev_extracted[a["id"]].to_dict()
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    return path


def shared_scorer(*args):
    if not SCORER.exists():
        pytest.skip(f"the shared scorer is not beside this checkout ({SCORER})")
    return subprocess.run([sys.executable, str(SCORER), *map(str, args)], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.parametrize("options", [[], ["--per-article"], ["--json"]])
def test_the_command_prints_what_the_shared_scorer_prints(dev_predictions, options):
    expected = shared_scorer(DEV_CORPUS, dev_predictions, *options)
    result = CliRunner().invoke(app, ["evaluate", str(DEV_CORPUS), "--pred", str(dev_predictions), *options])
    assert result.exit_code == 0, result.output
    assert result.output == expected


def test_the_command_extracts_the_gold_articles_itself(dev_articles, dev_extracted, tmp_path):
    """On a part of dev (the whole corpus is extracted once, above): the command's own extraction scores as the
    shared scorer scores `extract`'s records."""
    part = dev_articles[:10]
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in part), encoding="utf-8")
    pred.write_text("".join(json.dumps(dev_extracted[a["id"]].to_dict(), ensure_ascii=False, default=str) + "\n"
                            for a in part), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == json.loads(shared_scorer(gold, pred, "--json"))


def test_nlp_evaluate_reports_the_event_figures_of_the_guidelines_matching(nlp, sample_extracted):
    gold = read_jsonl(SAMPLE_CORPUS)
    scores = nlp.evaluate(examples(nlp, gold))
    predicted = {i: article.to_dict() for i, article in sample_extracted.items()}
    counts = score_records({a["id"]: a for a in gold}, json.loads(json.dumps(predicted, default=str))).counts
    for kind in ("meeting", "trade", "joint_venture", "agreement"):
        assert scores["events_per_type"][kind]["f"] == pytest.approx(prf(*counts[kind])[2]), kind
    assert scores["ents_f"] == pytest.approx(prf(*counts["ENT"])[2])  # kazbel_entity_rules' part


def test_gold_files_may_be_gzipped(tmp_path):
    import gzip

    path = tmp_path / "gold.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"id": "a", "text": "Trade grew."}) + "\n\n")
    assert read_records(path) == {"a": {"id": "a", "text": "Trade grew."}}
