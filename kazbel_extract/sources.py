"""Reading articles from files: `.txt` files, folders of them, `.jsonl` files and standard input.

Each reader yields article dicts (`id`, `text`, `published`, plus `source` and `line` saying where
the article came from) and, for input that cannot be read, an `InputError` in its place, so that
one bad file or line is reported and the rest goes on.
"""
from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator

STDIN = "-"
SUFFIXES = (".txt", ".jsonl")


@dataclass(frozen=True)
class InputError:
    """Input that is not an article: an unreadable file, invalid UTF-8, a line that is not JSON..."""

    source: str
    line: int | None
    reason: str
    id: Any = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_input(name: str) -> str | None:
    """Why `name` cannot be read as input (a usage error), or None when it can."""
    if name == STDIN:
        return None
    path = Path(name)
    if not path.exists():
        return f"no such file or folder: {name}"
    if path.is_file() and path.suffix not in SUFFIXES:
        return f"cannot read {name}: inputs are .txt or .jsonl files, folders of .txt files, or - (jsonl on stdin)"
    return None


def read_inputs(names: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[dict | InputError]:
    """Articles of all inputs in order: files as named, folders' `.txt` files sorted by name."""
    for name in names:
        if name == STDIN:
            yield from read_jsonl_stream(stdin or sys.stdin.buffer, "<stdin>")
        elif Path(name).is_dir():
            for path in sorted(Path(name).glob("*.txt")):
                yield read_txt(path)
        elif name.endswith(".jsonl"):
            yield from read_jsonl(Path(name))
        else:
            yield read_txt(Path(name))


def read_txt(path: Path) -> dict | InputError:
    """One article: the file's text, its name's stem as id."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return InputError(source, None, f"unreadable: {error.strerror or error}", path.stem)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return InputError(source, None, f"invalid UTF-8 at byte {error.start}", path.stem)
    return {"id": path.stem, "text": text, "published": None, "source": source, "line": None}


def read_jsonl(path: Path) -> Iterator[dict | InputError]:
    try:
        stream = path.open("rb")
    except OSError as error:
        yield InputError(str(path), None, f"unreadable: {error.strerror or error}")
        return
    with stream:
        yield from read_jsonl_stream(stream, str(path))


def read_jsonl_stream(stream: BinaryIO, source: str) -> Iterator[dict | InputError]:
    """One article per line: `{"id", "text", "published"?}`; other fields are ignored, blank lines skipped.

    A record without an id gets `<file stem>:<line>`; the text itself is checked by `extract_many`.
    """
    stem = Path(source).stem if source != "<stdin>" else "stdin"
    for number, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as error:
            yield InputError(source, number, f"invalid UTF-8 at byte {error.start} of the line")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(source, number, f"not JSON: {error.msg} at column {error.pos + 1}")
            continue
        if not isinstance(record, dict):
            yield InputError(source, number, f"not a JSON object but a {type(record).__name__}")
            continue
        yield {
            "id": record.get("id", f"{stem}:{number}"),
            "text": record.get("text"),
            "published": record.get("published"),
            "source": source,
            "line": number,
        }
