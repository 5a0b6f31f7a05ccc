"""Where the command line writes: `-o OUT.jsonl` (or `-o -`, standard output), `OUT.csv` tables, the
store, and the errors (`OUT.errors.jsonl`, the store's errors table, or standard error)."""
from __future__ import annotations

import json
import sqlite3
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import IO

from .reader import StoreError, check_store
from .records import Article
from .sources import STDIN, InputError
from .store import Store
from .tables import CsvTables, table_paths

OUTPUT_SUFFIXES = (".jsonl", ".csv", ".sqlite")


class OutputError(ValueError):
    """An output the command line cannot write (a usage error of `option`)."""

    def __init__(self, message: str, option: str = "'-o' / '--output'"):
        super().__init__(message)
        self.option = option


def record_line(article: Article) -> str:
    """One line of a `.jsonl` output: the record as the scorer's predict.py writes it (plus its meta)."""
    return json.dumps(article.to_dict(), ensure_ascii=False, default=str) + "\n"


class JsonlOutput:
    """One record per line, to a file or (for `-o -`) to standard output."""

    def __init__(self, path: Path | str):
        self.to_stdout = str(path) == STDIN
        self.file: IO[str] = sys.stdout if self.to_stdout else Path(path).open("w", encoding="utf-8")

    def write(self, processed: list[tuple[dict, Article]]) -> None:
        self.file.writelines(record_line(article) for _, article in processed)
        self.file.flush()

    def close(self) -> None:
        if not self.to_stdout:
            self.file.close()


class ErrorLog:
    """`OUT.errors.jsonl`: one line per input that gave no article; written only if there is one."""

    def __init__(self, path: Path):
        self.path, self.file = path, None
        path.unlink(missing_ok=True)  # an errors file from an earlier run would describe other inputs

    @property
    def where(self) -> str:
        return str(self.path)

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


class StderrErrors:
    """With `-o -` and no store: each error as a line on standard error, `kazbel-extract: FILE:LINE: reason`."""

    where = "the lines above on standard error"

    def write(self, errors: list[InputError]) -> None:
        for error in errors:
            place = error.source if error.line is None else f"{error.source}:{error.line}"
            print(f"kazbel-extract: {place}: {error.reason}", file=sys.stderr)

    def close(self) -> None:
        pass


def store_to_write(db: Path, option: str = "'--db'") -> Store:
    """The store at `db`, new (a path that does not exist or an empty file) or one `run --db` wrote;
    any other file (records, another program's database, a newer store) is an OutputError, untouched."""
    if db.exists() and not (db.is_file() and db.stat().st_size == 0):
        try:
            check_store(db)
        except StoreError as error:
            raise OutputError(str(error), option) from None
    try:
        return Store(db)
    except sqlite3.Error as error:
        raise OutputError(f"cannot write the store {db}: {error}", option) from None


def errors_path(output: Path) -> Path:
    """`out.jsonl` and `out.csv` put their errors in `out.errors.jsonl`."""
    stem = output.name[: -len(output.suffix)] if output.suffix else output.name
    return output.with_name(stem + ".errors.jsonl")


def written_paths(output: str | None, db: Path | None, errors: Path | None = None) -> list[tuple[Path, str]]:
    """The files a run with these options writes, each with the option that names it: the output (or its
    CSV tables), the errors file, the store."""
    path = None if output in (None, STDIN) else Path(output)
    suffix = path.suffix.lower() if path else None
    written = [(table, "'-o'") for table in table_paths(path).values()] if suffix == ".csv" else \
        [(path, "'-o'")] if path else []
    if errors is not None:
        written.append((errors, "'--errors'"))
    elif path is not None and suffix != ".sqlite":
        written.append((errors_path(path), "'-o'"))
    return written + ([(db, "'--db'")] if db is not None else [])


class Outputs:
    """Where records and errors go: `-o` (.jsonl, .csv, .sqlite or -) and/or `--db`; writes batch by batch."""

    def __init__(self, stack: ExitStack, output: str | None, db: Path | None, errors: Path | None = None):
        if output is None and db is None:
            raise OutputError("say where the records go: -o OUT.jsonl|OUT.csv|OUT.sqlite|-, or --db PATH")
        path = None if output in (None, STDIN) else Path(output)
        if path is not None and path.suffix.lower() not in OUTPUT_SUFFIXES:
            raise OutputError(f"{output}: the output must end in .jsonl, .csv or .sqlite (or be - for standard output)")
        store_option = "'--db'"
        if path is not None and path.suffix.lower() == ".sqlite":
            if db is not None and db != path:
                raise OutputError(f"two stores given ({path} and {db}): give one")
            path, output, db, store_option = None, None, path, "'-o' / '--output'"
        try:
            self._open(stack, output, path, db, errors, store_option)
        except OSError as error:  # a folder that cannot be made, a file that cannot be written
            raise OutputError(f"cannot write {error.filename or db}: {error.strerror or error}") from None

    def _open(self, stack: ExitStack, output: str | None, path: Path | None, db: Path | None,
              errors: Path | None, store_option: str) -> None:
        for target in (path, db, errors):
            if target is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
        self.store = stack.enter_context(store_to_write(db, store_option)) if db else None
        self.files: list = []
        if output is not None:
            self.files.append(CsvTables(path) if path is not None and path.suffix.lower() == ".csv"
                              else JsonlOutput(output))
        if errors is not None:
            self.error_log = ErrorLog(errors)
        elif path is not None:
            self.error_log = ErrorLog(errors_path(path))
        elif output == STDIN and self.store is None:
            self.error_log = StderrErrors()
        else:
            self.error_log = None
        for writer in (*self.files, self.error_log):
            if writer is not None:
                stack.callback(writer.close)

    @property
    def errors_where(self) -> str:
        """Where the errors went, for the closing line."""
        places = [self.error_log.where] if self.error_log else []
        if self.store:
            places.append(f"the errors table of {self.store.path}")
        return " and ".join(places)

    def write(self, processed: list[tuple[dict, Article]], errors: list[InputError]) -> None:
        for writer in self.files:
            writer.write(processed)
        if self.error_log:
            self.error_log.write(errors)
        if self.store:
            self.store.write(processed, errors)
