"""`kazbel-extract evaluate GOLD.jsonl[.gz]`: extract every gold article and print the guidelines' score table."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from .batch import extract_pairs
from .evaluate import as_json, read_records, score_records, table
from .records import Article


def evaluate(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold article records (.jsonl or .jsonl.gz)."),
    per_article: bool = typer.Option(False, "--per-article", help="Also one line of counts per article."),
    as_json_output: bool = typer.Option(False, "--json", help="One JSON object instead of the table."),
    predictions: Path | None = typer.Option(None, "--pred", exists=True, dir_okay=False,
                                            help="Score these records (a `run -o OUT.jsonl`) instead of extracting."),
    models: Path | None = typer.Option(None, "--models", exists=True, file_okay=False,
                                       help="Extract with this copy of models/."),
) -> None:
    """Score the records of GOLD's articles (entities, each event type, attributes) as GUIDELINES.md matches them."""
    gold_records = read_records(gold)
    if predictions is not None:
        predicted = read_records(predictions)
    else:
        inputs = ({"id": r["id"], "text": r["text"], "published": r.get("published")} for r in gold_records.values())
        predicted = {record["id"]: json.loads(json.dumps(result.to_dict(), default=str))
                     for record, result in extract_pairs(inputs, data_path=str(models) if models else None)
                     if isinstance(result, Article)}
    scores = score_records(gold_records, predicted)
    typer.echo(as_json(scores, gold_records, predicted) if as_json_output
               else table(scores, gold_records, predicted, per_article))
