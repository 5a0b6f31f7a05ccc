"""`kazbel-extract`: the command line. Each subcommand is one function decorated with `@app.command()`.

    kazbel-extract run articles.jsonl -o records.jsonl
    kazbel-extract run texts/ new.jsonl --db kazbel.sqlite --workers 2
    cat articles.jsonl | kazbel-extract run - -o records.csv

Exit status: 0 when every input gave an article, 1 when some failed (see the errors file or the
store's errors table), 2 on a usage error.
"""
from __future__ import annotations

import json
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import typer
from tqdm import tqdm

from .batch import BATCH_SIZE, Failure, extract_pairs
from .records import Article
from .sources import InputError, check_input, read_inputs
from .store import Store
from .tables import CsvTables

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Structured records from news on Belarus-Kazakhstan relations.")

OUTPUT_SUFFIXES = (".jsonl", ".csv", ".sqlite")


@app.callback()
def main() -> None:
    """Structured records from news on Belarus-Kazakhstan relations."""


def record_line(article: Article) -> str:
    """One line of a `.jsonl` output: the record as the scorer's predict.py writes it."""
    return json.dumps(article.to_dict(), ensure_ascii=False, default=str) + "\n"


class JsonlOutput:
    def __init__(self, path: Path):
        self.file = path.open("w", encoding="utf-8")

    def write(self, processed: list[tuple[dict, Article]]) -> None:
        self.file.writelines(record_line(article) for _, article in processed)
        self.file.flush()

    def close(self) -> None:
        self.file.close()


class ErrorLog:
    """`OUT.errors.jsonl`: one line per input that gave no article; written only if there is one."""

    def __init__(self, path: Path):
        self.path, self.file = path, None
        path.unlink(missing_ok=True)  # an errors file from an earlier run would describe other inputs

    def write(self, errors: list[InputError]) -> None:
        if errors and self.file is None:
            self.file = self.path.open("w", encoding="utf-8")
        for error in errors:
            self.file.write(json.dumps(error.to_dict(), ensure_ascii=False, default=str) + "\n")
        if self.file:
            self.file.flush()

    def close(self) -> None:
        if self.file:
            self.file.close()


@dataclass
class Summary:
    read: int = 0
    processed: int = 0
    skipped: int = 0
    failed: int = 0
    entities: int = 0
    events: int = 0
    started: float = 0.0

    def line(self) -> str:
        elapsed = time.perf_counter() - self.started
        rate = self.processed / elapsed if elapsed > 0 else 0.0
        return (f"kazbel-extract: read {self.read}, processed {self.processed}, skipped {self.skipped}, "
                f"failed {self.failed}, records {self.entities + self.events} "
                f"({self.entities} entities, {self.events} events), {elapsed:.1f} s, {rate:.1f} articles/s")


def _usage_error(message: str, param: str) -> typer.BadParameter:
    return typer.BadParameter(message, param_hint=param)


def _stem(path: Path) -> Path:
    return path.with_name(path.name[: -len(path.suffix)]) if path.suffix else path


class Outputs:
    """Where records and errors go: `-o` (.jsonl, .csv or .sqlite) and/or `--db`; writes batch by batch."""

    def __init__(self, stack: ExitStack, output: Path | None, db: Path | None):
        if output is None and db is None:
            raise _usage_error("say where the records go: -o OUT.jsonl|OUT.csv|OUT.sqlite, or --db PATH", "'-o'")
        if output is not None and output.suffix not in OUTPUT_SUFFIXES:
            raise _usage_error(f"{output}: the output must end in .jsonl, .csv or .sqlite", "'-o' / '--output'")
        if output is not None and output.suffix == ".sqlite":
            if db is not None and db != output:
                raise _usage_error(f"two stores given ({output} and {db}): give one", "'--db'")
            output, db = None, output
        for path in (output, db):
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
        self.store = stack.enter_context(Store(db)) if db else None
        self.files, self.error_log = [], None
        if output is not None:
            self.files.append(JsonlOutput(output) if output.suffix == ".jsonl" else CsvTables(output))
            self.error_log = ErrorLog(_stem(output).with_name(_stem(output).name + ".errors.jsonl"))
            for writer in (*self.files, self.error_log):
                stack.callback(writer.close)

    def write(self, processed: list[tuple[dict, Article]], errors: list[InputError]) -> None:
        for writer in self.files:
            writer.write(processed)
        if self.error_log:
            self.error_log.write(errors)
        if self.store:
            self.store.write(processed, errors)


def _as_error(record: dict, failure: Failure) -> InputError:
    return InputError(record.get("source", "?"), record.get("line"), failure.reason, failure.id)


def _extract(records: Iterable[dict], workers: int, batch_size: int, scheduler: str | None
             ) -> Iterator[tuple[dict, Article | Failure]]:
    if scheduler:
        from .distributed import extract_pairs_on_cluster

        return extract_pairs_on_cluster(records, scheduler, batch_size)
    return extract_pairs(records, workers, batch_size)


@app.command()
def run(
    inputs: list[str] = typer.Argument(..., metavar="INPUT...", help=(
        "A .txt file (its name is the id), a folder of .txt files, a .jsonl file of "
        '{"id", "text", "published"} records, or - to read such records from standard input.')),
    output: Path | None = typer.Option(None, "-o", "--output", help=(
        "OUT.jsonl: one record per article; OUT.csv: tables OUT.articles.csv, OUT.entities.csv, "
        "OUT.events.csv; OUT.sqlite: the store. Failed inputs go to OUT.errors.jsonl.")),
    db: Path | None = typer.Option(None, "--db", help="Also keep the records in this SQLite store; "
                                      "articles stored from the same input are skipped."),
    force: bool = typer.Option(False, "--force", help="Process again articles the store already has."),
    workers: int = typer.Option(1, "--workers", min=1, help="Processes to run the pipeline on."),
    batch_size: int = typer.Option(BATCH_SIZE, "--batch-size", min=1,
                                   help="Articles per batch (and per store transaction)."),
    scheduler: str | None = typer.Option(None, "--scheduler", help=(
        "Run on the Dask cluster at this address (tcp://HOST:PORT); needs kazbel-extract\\[dask].")),
) -> None:
    """Extract the records of every article in INPUT... and write them to OUT."""
    problems = [problem for problem in map(check_input, inputs) if problem]
    if problems:
        raise _usage_error("; ".join(problems), "INPUT...")
    if output is not None and any(Path(name).resolve() == output.resolve() for name in inputs):
        raise _usage_error(f"{output} is also an input: writing it would destroy it", "'-o' / '--output'")
    summary = Summary(started=time.perf_counter())
    with ExitStack() as stack:
        outputs = Outputs(stack, output, db)
        progress = stack.enter_context(tqdm(unit=" articles", file=sys.stderr, disable=not sys.stderr.isatty()))
        errors: list[InputError] = []

        def to_process() -> Iterator[dict]:
            for item in read_inputs(inputs):
                summary.read += 1
                if isinstance(item, InputError):
                    errors.append(item)
                    progress.update()
                    if len(errors) >= batch_size:  # a long run of bad lines must not pile up in memory
                        _flush(outputs, [], errors, summary)
                elif outputs.store and not force and isinstance(item["text"], str) and \
                        outputs.store.is_current(item["id"], item["text"], item["published"]):
                    summary.skipped += 1
                    progress.update()
                else:
                    yield item

        processed: list[tuple[dict, Article]] = []
        for record, result in _extract(to_process(), workers, batch_size, scheduler):
            if isinstance(result, Failure):
                errors.append(_as_error(record, result))
            else:
                processed.append((record, result))
                summary.entities += len(result.entities)
                summary.events += len(result.events)
            progress.update()
            if len(processed) + len(errors) >= batch_size:
                _flush(outputs, processed, errors, summary)
        _flush(outputs, processed, errors, summary)
    typer.echo(summary.line(), err=True)
    if summary.failed:
        raise typer.Exit(1)


def _flush(outputs: Outputs, processed: list, errors: list, summary: Summary) -> None:
    """Write what is pending as one batch (one store transaction), then forget it."""
    outputs.write(processed, errors)
    summary.processed += len(processed)
    summary.failed += len(errors)
    processed.clear()
    errors.clear()


@app.command()
def show(
    inputs: list[str] = typer.Argument(..., metavar="INPUT...", help="Articles, as for `run`."),
    output: Path = typer.Option(..., "-o", "--output", help="The HTML page to write."),
) -> None:
    """Render each article with its entities coloured and its records beside it (click one to see its sentence)."""
    from .batch import extract_pairs
    from .pages import show_page

    problems = [problem for problem in map(check_input, inputs) if problem]
    if problems:
        raise _usage_error("; ".join(problems), "INPUT...")
    records = (item for item in read_inputs(inputs) if not isinstance(item, InputError))
    articles = (article for _, article in extract_pairs(records, 1, BATCH_SIZE) if isinstance(article, Article))
    output.write_text(show_page(articles), encoding="utf-8")
    typer.echo(f"kazbel-extract: wrote {output}", err=True)


@app.command()
def report(
    db: Path = typer.Argument(..., exists=True, dir_okay=False, help="A store written by `run --db`."),
    output: Path = typer.Option(..., "-o", "--output", help="The report page; article pages are written beside it."),
) -> None:
    """One page over a store: trade figures charted over time, a table of meetings, a page per article."""
    from .pages import write_report

    written = write_report(db, output)
    typer.echo(f"kazbel-extract: wrote {output} and {len(written) - 1} article pages beside it", err=True)


@app.command()
def actors(
    db: Path = typer.Argument(..., exists=True, dir_okay=False, help="A store written by `run --db`."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per actor instead of a table."),
) -> None:
    """The actors of a store: how often each is mentioned, in how many articles and meetings, and how it was spelled."""
    from .registry import actors_in_store

    for count in actors_in_store(db):
        if as_json:
            typer.echo(json.dumps(count.to_dict(), ensure_ascii=False))
        else:
            typer.echo(f"{count.actor}\tmentions: {count.mentions}\tarticles: {len(count.articles)}\tmeetings: {count.meetings}\t"
                       f"{'; '.join(sorted(count.spellings))}")


if __name__ == "__main__":
    app()
