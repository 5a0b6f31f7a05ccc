"""Scoring records against gold records with the matching of GUIDELINES.md (as the shared `score.py` does).

Entities are compared as sets of normalised texts per label (strict, and partial when one text
holds the other as whole words); events are paired one to one, first come first served: meetings
by the surnames of their participants, trade figures by metric, value, period (and change when
there is no value), joint ventures by count and status, agreements by status. Attribute figures
count, over the paired events, how often an attribute the gold record gives is right.

`score_records` gives the counts, `table` and `as_json` print them; the `kazbel_extract.*_scorer.v1`
functions give the same figures to `nlp.evaluate` from `Example`s whose reference doc carries the
gold record (`doc._.gold`, see `examples`).
"""
from __future__ import annotations

import gzip
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import spacy
from spacy.training import Example

LABELS = ("PERSON", "ORG", "MONEY", "PERCENT")
COUNTED = (*LABELS, "ENT", "ENT_PARTIAL", "meeting", "trade", "trade_value_only", "joint_venture", "agreement")
ATTRIBUTES = ("meeting.date", "meeting.participants", "meeting.location", "trade.change_pct", "trade.status",
              "trade.parties", "trade.reporter")
EVENT_TYPES = ("meeting", "trade", "joint_venture", "agreement")
VALUE_TOLERANCE = 0.005  # relative: "$419.1 million" and 419,100,000 are the same value
CHANGE_TOLERANCE = 0.01


def read_records(path: str | Path) -> dict[str, dict]:
    """Article records of a `.jsonl` or `.jsonl.gz` file, by id."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    records = {}
    with opener(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON: {error}") from error
            records[record["id"]] = record
    return records


# -- the matching ---------------------------------------------------------------------------------

def norm(text) -> str:
    """Text as compared: NFKC, case-folded, one kind of quote and dash, no edge punctuation or "the",
    "percent" as "%"."""
    t = unicodedata.normalize("NFKC", str(text)).casefold()
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    t = re.sub(r"\s+", " ", t).strip(" .,;:\"'()")
    t = re.sub(r"^the ", "", t)
    return t.replace(" percent", "%").replace(" per cent", "%").replace(" %", "%")


def holds_words(text: str, part: str) -> bool:
    """Whether `part` stands in `text` as whole words."""
    return re.search(r"(?<!\w)" + re.escape(part) + r"(?!\w)", text) is not None


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1; an empty side scores 1 when the other is empty too."""
    p = tp / predicted if predicted else (1.0 if not gold else 0.0)
    r = tp / gold if gold else (1.0 if not predicted else 0.0)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def pair(gold: list, predicted: list, matches: Callable) -> list[tuple]:
    """One-to-one pairs (g, p) with matches(g, p), each gold item taking the first free prediction."""
    used, pairs = set(), []
    for g in gold:
        for j, p in enumerate(predicted):
            if j not in used and matches(g, p):
                used.add(j)
                pairs.append((g, p))
                break
    return pairs


def entity_texts(record: dict) -> dict[str, list[str]]:
    by_label = {label: [] for label in LABELS}
    for entity in record.get("entities") or []:
        if entity.get("label") in by_label:
            text = norm(entity.get("text", ""))
            if text and text not in by_label[entity["label"]]:
                by_label[entity["label"]].append(text)
    return by_label


def surname(name: str) -> str:
    words = re.findall(r"[\w'-]+", norm(name))
    return words[-1] if words else ""


def close(a, b, tolerance: float = VALUE_TOLERANCE) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)


def events_of(record: dict, kind: str) -> list[dict]:
    return [e for e in (record.get("events") or []) if isinstance(e, dict) and e.get("type") == kind]


def _surnames(meeting: dict) -> set[str]:
    return {surname(name) for name in meeting.get("participants") or []}


def same_meeting(gold: dict, predicted: dict) -> bool:
    a, b = _surnames(gold) - {""}, _surnames(predicted) - {""}
    return bool(a | b) and len(a & b) / len(a | b) >= 0.5


def same_trade(gold: dict, predicted: dict) -> bool:
    return (gold.get("metric") == predicted.get("metric") and close(gold.get("value"), predicted.get("value"))
            and (gold.get("period") or None) == (predicted.get("period") or None)
            and (gold.get("value") is not None
                 or close(gold.get("change_pct"), predicted.get("change_pct"), CHANGE_TOLERANCE)))


@dataclass
class Scores:
    """Counts: `counts[what] = [tp, predicted, gold]`, `attributes[what] = [right, of]`, and per article."""

    counts: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0, 0] for k in COUNTED})
    attributes: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in ATTRIBUTES})
    per_article: dict[str, dict[str, tuple[int, int, int]]] = field(default_factory=dict)

    def count(self, what: str, tp: int, predicted: int, gold: int) -> None:
        for i, n in enumerate((tp, predicted, gold)):
            self.counts[what][i] += n

    def check(self, what: str, right: bool) -> None:
        self.attributes[what][0] += bool(right)
        self.attributes[what][1] += 1

    def f1(self, what: str) -> float:
        return prf(*self.counts[what])[2]


def score_records(gold: dict[str, dict], predicted: dict[str, dict]) -> Scores:
    """The counts of every gold article against its prediction (an article without one has missed all)."""
    scores = Scores()
    for article_id, g in gold.items():
        p = predicted.get(article_id, {})
        article = scores.per_article[article_id] = {}
        _score_entities(scores, article, g, p)
        _score_meetings(scores, article, events_of(g, "meeting"), events_of(p, "meeting"))
        _score_trade(scores, article, events_of(g, "trade"), events_of(p, "trade"))
        for kind, same in (("joint_venture", lambda a, b: a.get("count") == b.get("count")
                            and a.get("status") == b.get("status")),
                           ("agreement", lambda a, b: a.get("status") == b.get("status"))):
            ge, pe = events_of(g, kind), events_of(p, kind)
            scores.count(kind, len(pair(ge, pe, same)), len(pe), len(ge))
    return scores


def _score_entities(scores: Scores, article: dict, g: dict, p: dict) -> None:
    gold, predicted = entity_texts(g), entity_texts(p)
    for label in LABELS:
        tp = len(set(gold[label]) & set(predicted[label]))
        partial = len(pair(gold[label], predicted[label],
                           lambda a, b: a == b or holds_words(a, b) or holds_words(b, a)))
        for what, hits in ((label, tp), ("ENT", tp), ("ENT_PARTIAL", partial)):
            scores.count(what, hits, len(predicted[label]), len(gold[label]))
        article[label] = (tp, len(predicted[label]), len(gold[label]))


def _score_meetings(scores: Scores, article: dict, gold: list[dict], predicted: list[dict]) -> None:
    pairs = pair(gold, predicted, same_meeting)
    scores.count("meeting", len(pairs), len(predicted), len(gold))
    for a, b in pairs:
        scores.check("meeting.participants", _surnames(a) == _surnames(b))
        if a.get("date"):
            scores.check("meeting.date", a.get("date") == b.get("date"))
        if a.get("location"):
            scores.check("meeting.location", norm(a["location"]) == norm(b.get("location") or ""))
    article["meeting"] = (len(pairs), len(predicted), len(gold))


def _score_trade(scores: Scores, article: dict, gold: list[dict], predicted: list[dict]) -> None:
    pairs = pair(gold, predicted, same_trade)
    scores.count("trade", len(pairs), len(predicted), len(gold))
    gold_values = [t for t in gold if t.get("value") is not None]
    predicted_values = [t for t in predicted if t.get("value") is not None]
    value_pairs = pair(gold_values, predicted_values, lambda a, b: close(a.get("value"), b.get("value")))
    scores.count("trade_value_only", len(value_pairs), len(predicted_values), len(gold_values))
    for a, b in pairs:
        scores.check("trade.change_pct", close(a.get("change_pct"), b.get("change_pct"), CHANGE_TOLERANCE))
        scores.check("trade.status", a.get("status") == b.get("status"))
        if a.get("parties"):
            scores.check("trade.parties", sorted(map(norm, a["parties"])) == sorted(map(norm, b.get("parties") or [])))
        if a.get("reporter"):
            scores.check("trade.reporter", norm(a["reporter"]) == norm(b.get("reporter") or ""))
    article["trade"] = (len(pairs), len(predicted), len(gold))


# -- printing ---------------------------------------------------------------------------------------

def rows(scores: Scores) -> dict[str, dict]:
    out = {}
    for what, (tp, predicted, gold) in scores.counts.items():
        p, r, f = prf(tp, predicted, gold)
        out[what] = {"tp": tp, "pred": predicted, "gold": gold, "p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}
    return out


def accuracies(scores: Scores) -> dict[str, dict]:
    return {what: {"right": right, "of": of, "acc": round(right / of, 4) if of else None}
            for what, (right, of) in scores.attributes.items()}


def overall(scores: Scores) -> float:
    table_rows = rows(scores)
    return round((table_rows["ENT"]["f1"] + table_rows["meeting"]["f1"] + table_rows["trade"]["f1"]) / 3, 4)


def as_json(scores: Scores, gold: dict, predicted: dict) -> str:
    return json.dumps({"articles": len(gold), "missing": sorted(set(gold) - set(predicted)), "scores": rows(scores),
                       "attributes": accuracies(scores), "overall": overall(scores)}, indent=1)


def table(scores: Scores, gold: dict, predicted: dict, per_article: bool = False) -> str:
    """The score table: one line per count (P, R, F1, tp, pred, gold), one per attribute, a summary line."""
    table_rows = rows(scores)
    lines = [f"articles: {len(gold)}  without prediction: {len(set(gold) - set(predicted))}",
             f"{'what':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for what, v in table_rows.items():
        lines.append(f"{what:<18}{v['p']:>7.3f}{v['r']:>7.3f}{v['f1']:>7.3f}{v['tp']:>6}{v['pred']:>6}{v['gold']:>6}")
    for what, v in accuracies(scores).items():
        lines.append(f"{what:<22} {v['right']}/{v['of']}" + (f"  {v['acc']:.3f}" if v["of"] else ""))
    if per_article:
        for article_id, article in scores.per_article.items():
            lines.append(f"{article_id} " + " ".join(f"{k}={tp}/{n_pred}/{n_gold}"
                                                     for k, (tp, n_pred, n_gold) in article.items()))
    lines.append(f"entity_f1={table_rows['ENT']['f1']} meeting_f1={table_rows['meeting']['f1']} "
                 f"trade_f1={table_rows['trade']['f1']} overall={overall(scores)}")
    return "\n".join(lines)


# -- nlp.evaluate -------------------------------------------------------------------------------------

def examples(nlp, gold: Iterable[dict]) -> list[Example]:
    """`Example`s of gold article records: the predicted doc made from the text (with its published date),
    the reference doc carrying the gold record in `doc._.gold`."""
    out = []
    for record in gold:
        predicted = nlp.make_doc(record["text"])
        if record.get("published"):
            predicted._.published = record["published"]
        reference = predicted.copy()
        reference._.gold = record
        out.append(Example(predicted, reference))
    return out


def _scores_of(examples: Iterable[Example]) -> Scores:
    from .article import to_article

    gold, predicted = {}, {}
    for n, eg in enumerate(examples):
        if eg.reference._.gold is None:
            continue
        gold[n], predicted[n] = eg.reference._.gold, to_article(eg.predicted).to_dict()
    return score_records(gold, predicted)


def score_entities(examples: Iterable[Example], **kwargs) -> dict[str, float]:
    """`ents_p/r/f` over PERSON, ORG, MONEY and PERCENT, and `ents_per_type`, with the guidelines' matching."""
    scores = _scores_of(examples)
    p, r, f = prf(*scores.counts["ENT"])
    per_type = {label: dict(zip("prf", prf(*scores.counts[label]))) for label in LABELS}
    return {"ents_p": p, "ents_r": r, "ents_f": f, "ents_per_type": per_type}


def score_events(examples: Iterable[Example], **kwargs) -> dict[str, float]:
    """`events_p/r/f` per event type (`events_per_type`) and the attribute accuracies (`events_attributes`)."""
    scores = _scores_of(examples)
    counts = [sum(scores.counts[kind][i] for kind in EVENT_TYPES) for i in range(3)]
    p, r, f = prf(*counts)
    per_type = {kind: dict(zip("prf", prf(*scores.counts[kind]))) for kind in EVENT_TYPES}
    attributes = {what: v["acc"] for what, v in accuracies(scores).items()}
    return {"events_p": p, "events_r": r, "events_f": f, "events_per_type": per_type,
            "events_attributes": attributes}


@spacy.registry.scorers("kazbel_extract.entities_scorer.v1")
def make_entities_scorer() -> Callable:
    return score_entities


@spacy.registry.scorers("kazbel_extract.events_scorer.v1")
def make_events_scorer() -> Callable:
    return score_events
