"""Whole dev corpus: strict entity F1, computed the way the shared score.py does."""
import re
import unicodedata

import pytest

LABELS = ("PERSON", "ORG", "MONEY", "PERCENT")
FLOORS = {"PERSON": 0.995, "ORG": 0.983, "MONEY": 1.0, "PERCENT": 1.0}  # what the rules reach on dev; never lower them


def norm(text: str) -> str:
    """score.py's normalisation: case, quotes, dashes, spaces, outer punctuation, "the", "percent"."""
    t = unicodedata.normalize("NFKC", str(text)).casefold()
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    t = re.sub(r"\s+", " ", t).strip(" .,;:\"'()")
    t = re.sub(r"^the ", "", t)
    return t.replace(" percent", "%").replace(" per cent", "%").replace(" %", "%")


def entity_sets(entities) -> dict[str, set[str]]:
    return {label: {norm(e["text"]) for e in entities if e["label"] == label} - {""} for label in LABELS}


def f1(tp: int, predicted: int, gold: int) -> float:
    return 2 * tp / (predicted + gold) if predicted + gold else 1.0


@pytest.fixture(scope="module")
def counts(dev_articles, dev_extracted):
    """(true positives, predicted, gold) per label over the dev corpus."""
    totals = {label: [0, 0, 0] for label in LABELS}
    for gold in dev_articles:
        article = dev_extracted[gold["id"]]
        predicted = entity_sets([e.to_dict() for e in article.entities])
        expected = entity_sets(gold["entities"])
        for label in LABELS:
            totals[label][0] += len(predicted[label] & expected[label])
            totals[label][1] += len(predicted[label])
            totals[label][2] += len(expected[label])
    return totals


def test_overall_strict_f1(counts):
    tp, predicted, gold = (sum(c[i] for c in counts.values()) for i in range(3))
    assert f1(tp, predicted, gold) >= 0.99


@pytest.mark.parametrize("label", LABELS)
def test_strict_f1_per_label(counts, label):
    assert f1(*counts[label]) >= FLOORS[label], counts[label]
