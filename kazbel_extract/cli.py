"""`kazbel-extract`: the command line. Each subcommand is one function decorated with `@app.command()`.

    kazbel-extract run articles.jsonl -o records.jsonl
    kazbel-extract run texts/ new.jsonl --db kazbel.sqlite --workers 2
    cat articles.jsonl | kazbel-extract run - -o - > records.jsonl
    kazbel-extract export kazbel.sqlite -o trade.csv --type trade --since 2023-01-01

Exit status: 0 when every input gave an article, 1 when some failed (see the errors file or the
store's errors table), 2 on a usage error (printed as one line).
"""
from __future__ import annotations

import json
import re
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import typer
from tqdm import tqdm
from typer.core import TyperArgument, TyperCommand, TyperGroup

try:  # Typer 0.20 and later carry their own copy of click
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover
    from click import exceptions as click_errors

from . import __version__
from .batch import BATCH_SIZE, Failure, WorkerError, extract_pairs
from .evaluate_command import evaluate
from .duplicates import POLICIES, Duplicates, Verdict
from .extras import MissingExtra, require
from .outputs import OutputError, Outputs, written_paths
from .reader import StoreError, bound_day, check_store, open_store
from .records import EVENT_TYPES, Article
from .sources import (STDIN, Fields, InputError, Reading, check_encoding, check_input, check_written, count_articles,
                      read_inputs)


class Group(TyperGroup):
    """Errors as one line (`kazbel-extract: error: ...`, exit 2), never a box or a traceback."""

    def main(self, *args, standalone_mode: bool = True, **kwargs):
        kwargs["prog_name"] = "kazbel-extract"  # also under `python -m` and in tests
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except click_errors.NoArgsIsHelpError as error:  # `kazbel-extract` alone: the help, as -h shows it
            typer.echo(error.format_message(), err=True)
            sys.exit(error.exit_code)
        except click_errors.ClickException as error:
            message = " ".join(error.format_message().split())
            context = getattr(error, "ctx", None)
            hint = f" (see {context.command_path} -h)" if context is not None else ""
            typer.echo(f"kazbel-extract: error: {message}{hint}", err=True)
            sys.exit(error.exit_code)
        except typer.Abort:
            typer.echo("kazbel-extract: interrupted", err=True)
            sys.exit(130)
        sys.exit(code if isinstance(code, int) else 0)


class Command(TyperCommand):
    """Help as a person reads it: arguments by name (`INPUT...`), without Typer's type markup
    (`<list[str]>`, `{INPUT...}...`)."""

    def collect_usage_pieces(self, ctx: typer.Context) -> list[str]:
        arguments = [_name(p) if p.required else f"[{_name(p)}]" for p in self._arguments(ctx)]
        return [self.options_metavar or "", *arguments]

    def format_help(self, ctx: typer.Context, formatter) -> None:
        self.format_usage(ctx, formatter)
        self.format_help_text(ctx, formatter)
        arguments = [(_name(p), p.help or "") for p in self._arguments(ctx)]
        options = [(_option_names(p), record[1]) for p in self.get_params(ctx)
                   if not isinstance(p, TyperArgument) and (record := p.get_help_record(ctx))]
        for title, rows in (("Arguments", arguments), ("Options", [row for row in options if row])):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)
        self.format_epilog(ctx, formatter)

    def _arguments(self, ctx: typer.Context) -> list[TyperArgument]:
        return [p for p in self.get_params(ctx) if isinstance(p, TyperArgument)]


def _option_names(option) -> str:
    """`-o, --output OUT`, `--force`, `--progress / --no-progress`: click's plain form (an option without
    a metavar takes its name in capitals)."""
    def short_first(names: list[str]) -> str:
        return ", ".join(sorted(names, key=lambda name: name.startswith("--")))

    names = short_first(option.opts) + (" / " + short_first(option.secondary_opts) if option.secondary_opts else "")
    if option.is_flag or option.count:
        return names
    return f"{names} {option.metavar or option.name.upper()}"


def _name(argument: TyperArgument) -> str:
    name = argument.metavar or argument.name.upper()
    return name if argument.nargs == 1 or name.endswith("...") else name + "..."


class App(typer.Typer):
    """The `kazbel-extract` app: every command gets the plain help of `Command`."""

    def command(self, *args, cls=None, **kwargs):
        return super().command(*args, cls=cls or Command, **kwargs)


app = App(cls=Group, add_completion=False, no_args_is_help=True, rich_markup_mode=None,
          pretty_exceptions_enable=False, context_settings={"help_option_names": ["-h", "--help"]},
          help="Structured records from news on Belarus-Kazakhstan relations.")
app.command()(evaluate)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kazbel-extract {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Structured records from news on Belarus-Kazakhstan relations."""


def plural(count: int, one: str, many: str | None = None) -> str:
    """`1 event`, `2 events`, `1 entity`, `3 entities`."""
    return f"{count} {one if count == 1 else many or one + 's'}"


@dataclass
class Summary:
    read: int = 0
    processed: int = 0
    skipped: int = 0
    duplicates: int = 0
    failed: int = 0
    entities: int = 0
    events: int = 0
    started: float = 0.0
    errors_where: str = ""

    def line(self) -> str:
        elapsed = time.perf_counter() - self.started
        rate = self.processed / elapsed if elapsed > 0 else 0.0
        skipped = f"skipped {self.skipped}" + (f" ({plural(self.duplicates, 'duplicate')})" if self.duplicates else "")
        errors = f"; errors in {self.errors_where}" if self.failed and self.errors_where else ""
        return (f"kazbel-extract: read {self.read}, processed {self.processed}, {skipped}, failed {self.failed}, "
                f"records {self.entities + self.events} ({plural(self.entities, 'entity', 'entities')}, "
                f"{plural(self.events, 'event')}), {elapsed:.1f} s, {rate:.1f} articles/s{errors}")


def _usage_error(message: str, param: str) -> typer.BadParameter:
    return typer.BadParameter(message, param_hint=param)


def _as_error(record: dict, failure: Failure) -> InputError:
    return InputError(record.get("source", "?"), record.get("line"), failure.reason, failure.id)


def _extract(records: Iterable[dict], workers: int, batch_size: int, client, models: Path | None = None
             ) -> Iterator[tuple[dict, Article | Failure]]:
    data_path = str(models) if models else None
    if client is not None:
        from .distributed import extract_pairs_on_cluster

        return extract_pairs_on_cluster(records, client, batch_size, data_path=data_path)
    return extract_pairs(records, workers, batch_size, data_path=data_path)


def _connect(scheduler: str, timeout: float):
    """A Dask client of the scheduler, or a usage error when it cannot be had within `timeout` seconds."""
    try:
        distributed = require("distributed", "dask", "--scheduler")
    except MissingExtra as error:
        raise _usage_error(str(error), "'--scheduler'") from None
    try:
        return distributed.Client(scheduler, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise _usage_error(f"cannot reach the Dask scheduler at {scheduler} within {timeout:g} s ({reason})",
                           "'--scheduler'") from None


def _progress(show: bool, total: int | None, unit: str = " articles"):
    return tqdm(total=total, unit=unit, file=sys.stderr, disable=not show, dynamic_ncols=True)


@app.command()
def run(
    inputs: list[str] = typer.Argument(..., metavar="INPUT...", help=(
        "Files (.txt, .html, .htm: one article each; .jsonl, .ndjson: one record per line; .json: a list "
        "of records; any of them .gz), folders of such files, or - to read JSON lines from standard input.")),
    output: str | None = typer.Option(None, "-o", "--output", metavar="OUT", help=(
        "OUT.jsonl: one record per article; - : the same on standard output; OUT.csv: tables "
        "OUT.articles.csv, OUT.entities.csv, OUT.events.csv; OUT.sqlite: the store. "
        "Failed inputs go to OUT.errors.jsonl.")),
    db: Path | None = typer.Option(None, "--db", metavar="STORE", help=(
        "Also keep the records in this SQLite store; articles stored from the same input are skipped.")),
    force: bool = typer.Option(False, "--force", help="Process again articles the store already has."),
    on_duplicate: str = typer.Option("error", "--on-duplicate", metavar="error|skip|replace", help=(
        "An id seen before in this run, or stored from another input: report it as an error and keep the "
        "first (error), pass over it (skip), or let it replace the first in the store (replace).")),
    encoding: str = typer.Option("utf-8", "--encoding", metavar="NAME", help=(
        "The inputs' encoding (cp1251, latin-1 ...), or auto: UTF-8, else cp1251, said per file.")),
    recursive: bool = typer.Option(False, "--recursive", "-r", help="Read folders' subfolders too."),
    text_field: str = typer.Option("text", "--text-field", metavar="NAME", help="The JSON field with the text."),
    id_field: str = typer.Option("id", "--id-field", metavar="NAME", help="The JSON field with the id."),
    published_field: str = typer.Option("published", "--published-field", metavar="NAME",
                                        help="The JSON field with the published date (a day or an ISO timestamp)."),
    errors: Path | None = typer.Option(None, "--errors", metavar="FILE", help=(
        "Where failed inputs go (default OUT.errors.jsonl; with -o -, standard error).")),
    workers: int = typer.Option(1, "--workers", min=1, metavar="N", help="Processes to run the pipeline on."),
    batch_size: int = typer.Option(BATCH_SIZE, "--batch-size", min=1, metavar="N",
                                   help="Articles per batch (and per store transaction)."),
    scheduler: str | None = typer.Option(None, "--scheduler", metavar="tcp://HOST:PORT", help=(
        "Run on this Dask cluster; needs kazbel-extract[dask].")),
    connect_timeout: float = typer.Option(10.0, "--connect-timeout", min=0.1, metavar="SECONDS",
                                          help="How long to wait for the Dask scheduler."),
    progress: bool | None = typer.Option(None, "--progress/--no-progress", show_default=False, help=(
        "Show a progress bar (default: when standard error is a terminal).")),
    models: Path | None = typer.Option(None, "--models", exists=True, file_okay=False, metavar="DIR",
                                       help="A copy of models/ to read the word lists and registry from."),
) -> None:
    """Extract the records of every article in INPUT... and write them to OUT."""
    problems = [problem for problem in (check_input(name, recursive) for name in inputs) if problem]
    if problems:
        raise _usage_error("; ".join(problems), "INPUT...")
    if check_encoding(encoding):
        raise _usage_error(check_encoding(encoding), "'--encoding'")
    if on_duplicate not in POLICIES:
        raise _usage_error(f"{on_duplicate!r} is none of {', '.join(POLICIES)}", "'--on-duplicate'")
    for target, option in written_paths(output, db, errors):
        if clash := check_written(target, inputs, recursive):
            raise _usage_error(clash, option)
    show = sys.stderr.isatty() if progress is None else progress
    summary = Summary(started=time.perf_counter())
    with ExitStack() as stack:
        client = _connect(scheduler, connect_timeout) if scheduler else None  # before any output is created
        if client is not None:
            stack.callback(client.close)
        try:
            outputs = Outputs(stack, output, db, errors)
        except OutputError as error:
            raise _usage_error(str(error), error.option) from None
        summary.errors_where = outputs.errors_where
        reading = Reading(encoding, recursive, Fields(text_field, id_field, published_field),
                          notify=lambda note: tqdm.write(f"kazbel-extract: {note}", file=sys.stderr))
        if show:
            _load_model(workers, client, models)
        bar = stack.enter_context(_progress(show, count_articles(inputs, reading) if show else None))
        duplicates = Duplicates(outputs.store, on_duplicate, force)
        pending: list[InputError] = []
        empty: list[str] = []

        def to_process() -> Iterator[dict]:
            for name in inputs:
                read_before = summary.read
                for item in read_inputs([name], reading):
                    summary.read += 1
                    verdict = item if isinstance(item, InputError) else duplicates.verdict(item)
                    if verdict is Verdict.PROCESS:
                        yield item
                        continue
                    if isinstance(verdict, InputError):
                        pending.append(verdict)
                        if len(pending) >= batch_size:  # a long run of bad lines must not pile up in memory
                            _flush(outputs, [], pending, summary)
                    else:
                        summary.skipped += 1
                        summary.duplicates += verdict is Verdict.DUPLICATE
                    bar.update()
                if summary.read == read_before:
                    empty.append(name)

        processed: list[tuple[dict, Article]] = []
        try:
            for record, result in _extract(to_process(), workers, batch_size, client, models):
                if isinstance(result, Failure):
                    pending.append(_as_error(record, result))
                else:
                    result.meta = record.get("meta") or {}
                    processed.append((record, result))
                    summary.entities += len(result.entities)
                    summary.events += len(result.events)
                bar.update()
                if len(processed) + len(pending) >= batch_size:
                    _flush(outputs, processed, pending, summary)
        except WorkerError as error:
            _flush(outputs, processed, pending, summary)
            typer.echo(f"kazbel-extract: error: {error}", err=True)
            typer.echo(summary.line(), err=True)
            raise typer.Exit(1) from None
        _flush(outputs, processed, pending, summary)
    typer.echo(summary.line(), err=True)
    if summary.read == 0:
        names = ", ".join("standard input" if name == STDIN else name for name in empty)
        typer.echo(f"kazbel-extract: error: no article read: {names} held no records "
                   f"(empty, or blank lines only)", err=True)
        raise typer.Exit(2)
    if summary.failed:
        raise typer.Exit(1)


def _load_model(workers: int, client, models: Path | None = None) -> None:
    """Say what the first seconds are spent on: loading the model (here, or in each worker)."""
    if client is not None:
        typer.echo("kazbel-extract: the Dask workers load the model ...", err=True)
    elif workers > 1:
        typer.echo(f"kazbel-extract: starting {workers} worker processes (each loads the model) ...", err=True)
    else:
        typer.echo("kazbel-extract: loading the model ...", err=True)
        from .pipeline import load

        started = time.perf_counter()
        load(str(models) if models else None)
        typer.echo(f"kazbel-extract: model loaded in {time.perf_counter() - started:.1f} s", err=True)


def _flush(outputs: Outputs, processed: list, errors: list, summary: Summary) -> None:
    """Write what is pending as one batch (one store transaction), then forget it."""
    outputs.write(processed, errors)
    summary.processed += len(processed)
    summary.failed += len(errors)
    processed.clear()
    errors.clear()


def opened_store(path: Path, param: str = "STORE") -> Path:
    """`path` if it is a store, else the usage error (one line, exit 2) saying what it is instead."""
    try:
        return check_store(path)
    except StoreError as error:
        raise _usage_error(str(error), param) from None


@app.command()
def export(
    db: Path = typer.Argument(..., metavar="STORE", help="A store written by `run --db`."),
    output: str = typer.Option(..., "-o", "--output", metavar="OUT", help=(
        "OUT.jsonl (or - for standard output): one record per article, as `run` writes them; OUT.csv: "
        "the tables OUT.articles.csv, OUT.entities.csv, OUT.events.csv.")),
    types: list[str] | None = typer.Option(None, "--type", metavar="TYPE", help=(
        "Only events of this type (meeting, trade, joint_venture, agreement; repeat for more), and only "
        "articles that have one.")),
    since: str | None = typer.Option(None, "--since", metavar="DAY", help=(
        "Articles published on or after this day (YYYY-MM-DD), or from this year (YYYY) or month (YYYY-MM).")),
    until: str | None = typer.Option(None, "--until", metavar="DAY", help=(
        "Articles published on or before this day, or up to the end of this year or month.")),
    parties: str | None = typer.Option(None, "--parties", metavar="A,B", help=(
        "Only events between all these countries (a trade figure's parties, a meeting's participants' "
        "countries), and only articles that have one.")),
) -> None:
    """Write the records of a store (or some of them) as `run` writes them: .jsonl or .csv."""
    opened_store(db)
    unknown = set(types or []) - set(EVENT_TYPES)
    if unknown:
        raise _usage_error(f"no event type {', '.join(sorted(unknown))}: say {', '.join(EVENT_TYPES)}", "'--type'")
    if output != STDIN and Path(output).suffix.lower() not in (".jsonl", ".csv"):
        raise _usage_error(f"{output}: the output must end in .jsonl or .csv (or be - for standard output)", "'-o'")
    for bound, name in ((since, "'--since'"), (until, "'--until'")):
        if bound is not None:
            try:
                bound_day(bound)
            except ValueError as error:
                raise _usage_error(str(error), name) from None
    wanted = [party.strip() for party in parties.split(",") if party.strip()] if parties else None
    articles = events = 0
    with ExitStack() as stack, open_store(db) as store:
        try:
            outputs = Outputs(stack, output, None)
        except OutputError as error:
            raise _usage_error(str(error), "'-o'") from None
        for article, source, line in store.placed_articles(type=types or None, since=since, until=until,
                                                           parties=wanted):
            outputs.write([({"source": source, "line": line}, article)], [])
            articles += 1
            events += len(article.events)
    typer.echo(f"kazbel-extract: exported {plural(articles, 'article')} ({plural(events, 'event')}) "
               f"from {db} to {'standard output' if output == STDIN else output}", err=True)


@app.command()
def show(
    inputs: list[str] = typer.Argument(..., metavar="INPUT...", help="Articles, as for `run`."),
    output: Path = typer.Option(..., "-o", "--output", help=(
        "The index page to write (OUT.html); the article pages go to the folder articles/ beside it.")),
    workers: int = typer.Option(1, "--workers", min=1, help="Processes to run the pipeline on."),
    progress: bool | None = typer.Option(None, "--progress/--no-progress", show_default=False, help=(
        "Show a progress bar (default: when standard error is a terminal).")),
) -> None:
    """Render each article with its entities coloured and its records beside it (click one to see its sentence),
    and an index page that lists and searches them; failed inputs are listed at the top of the index."""
    from .pages import ARTICLE_FOLDER
    from .show import write_show_pages

    problems = [problem for problem in map(check_input, inputs) if problem]
    if problems:
        raise _usage_error("; ".join(problems), "INPUT...")
    if output.suffix not in (".html", ".htm"):
        raise _usage_error(f"{output}: the index page must end in .html", "'-o' / '--output'")
    failures: list[dict] = []
    output.parent.mkdir(parents=True, exist_ok=True)
    shown = sys.stderr.isatty() if progress is None else progress
    with _progress(shown, count_articles(inputs) if shown else None) as bar:
        count = write_show_pages(_articles(inputs, workers, failures, bar), output, failures)
    typer.echo(f"kazbel-extract: wrote {output} and {count} article pages in {output.parent / ARTICLE_FOLDER}"
               + (f"; {len(failures)} inputs gave no article (listed in the index)" if failures else ""), err=True)
    if failures:
        raise typer.Exit(1)


def _articles(inputs: list[str], workers: int, failures: list[dict], progress: tqdm) -> Iterator[Article]:
    """The articles of INPUT..., one by one; each input that gives none is added to `failures`."""
    def readable() -> Iterator[dict]:
        for item in read_inputs(inputs):
            if isinstance(item, InputError):
                failures.append(item.to_dict())
                progress.update()
            else:
                yield item

    for record, result in extract_pairs(readable(), workers, BATCH_SIZE):
        progress.update()
        if isinstance(result, Failure):
            failures.append(_as_error(record, result).to_dict())
        else:
            yield result


def _parties(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    parties = tuple(sorted(part.strip() for part in value.split(",") if part.strip()))
    if len(parties) != 2:
        raise _usage_error(f"{value!r}: give two parties, as in --parties Belarus,Kazakhstan", "'--parties'")
    return parties


def _published_bound(value: str | None, param: str) -> str | None:
    if value is not None and not re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", value):
        raise _usage_error(f"{value!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD", param)
    return value


@app.command()
def report(
    db: Path = typer.Argument(..., exists=True, dir_okay=False, help="A store written by `run --db`."),
    output: Path = typer.Option(..., "-o", "--output", help=(
        "The report page (OUT.html); the pages of its articles go to the folder articles/ beside it.")),
    parties: str | None = typer.Option(None, "--parties", metavar="A,B", help=(
        "Only trade figures between A and B, meetings with a participant of each, and the joint ventures and "
        "agreements of those articles.")),
    since: str | None = typer.Option(None, "--since", help="Only articles published on or after this date (YYYY[-MM[-DD]])."),
    until: str | None = typer.Option(None, "--until", help="Only articles published on or before this date (YYYY[-MM[-DD]])."),
) -> None:
    """One page over a store: a summary, trade charts per pair of parties, tables of trade figures, meetings by
    actor, joint ventures and agreements, each row linking its article's page."""
    from .charts import matplotlib_missing
    from .pages import ARTICLE_FOLDER
    from .report import NotAStore, write_report

    pair = _parties(parties)
    since, until = _published_bound(since, "'--since'"), _published_bound(until, "'--until'")
    if matplotlib_missing():
        _one_line_usage_error(f"kazbel-extract report: {matplotlib_missing()}")
    try:
        written = write_report(db, output, pair, since, until)
    except NotAStore as error:
        _one_line_usage_error(f"kazbel-extract report: {error}")
    typer.echo(f"kazbel-extract: wrote {output} and {len(written) - 1} article pages in {output.parent / ARTICLE_FOLDER}",
               err=True)


def _one_line_usage_error(message: str) -> None:
    """A usage error the user fixes from one line (exit status 2), without typer's box around it."""
    typer.echo(message, err=True)
    raise typer.Exit(2)


@app.command()
def actors(
    db: Path = typer.Argument(..., metavar="STORE", help="A store written by `run --db`."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per actor instead of a table."),
) -> None:
    """The actors of a store: how often each is mentioned, in how many articles and meetings, and how it was spelled."""
    from .registry import actors_in_store

    opened_store(db)
    for count in actors_in_store(db):
        if as_json:
            typer.echo(json.dumps(count.to_dict(), ensure_ascii=False))
        else:
            typer.echo(f"{count.actor}\tmentions: {count.mentions}\tarticles: {len(count.articles)}\tmeetings: {count.meetings}\t"
                       f"{'; '.join(sorted(count.spellings))}")


@app.command("facts")
def facts_command(
    db: Path = typer.Argument(..., metavar="STORE", help="A store written by `run --db`."),
    output: Path = typer.Option(..., "-o", "--output", help="OUT.jsonl (one fact per line) or OUT.csv (one row per fact)."),
    type: str | None = typer.Option(None, "--type", help="Only facts of this type: meeting, trade, joint_venture, agreement."),
    parties: str | None = typer.Option(None, "--parties", help="Only facts with all these parties (comma-separated)."),
    disagreements: bool = typer.Option(False, "--disagreements", help="Only facts whose reports disagree."),
) -> None:
    """The facts of a store: each meeting, figure, agreement or joint venture once, with the reports that give it."""
    from .fact_store import facts, write_facts

    opened_store(db)
    if output.suffix not in (".jsonl", ".csv"):
        raise _usage_error(f"{output}: the output must end in .jsonl or .csv", "'-o' / '--output'")
    if type is not None and type not in EVENT_TYPES:
        raise _usage_error(f"no event type {type}: say {', '.join(EVENT_TYPES)}", "'--type'")
    found = facts(opened_store(db), type=type, parties=parties.split(",") if parties else None,
                  disagreements=disagreements)
    write_facts(found, output)
    typer.echo(f"kazbel-extract: wrote {len(found)} facts to {output}", err=True)


if __name__ == "__main__":
    app()
