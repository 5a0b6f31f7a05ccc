"""Reading articles as crawlers deliver them: text and HTML files, JSON lists, JSON lines, gzipped or not.

| suffix (any case, `.gz` after any) | what it holds |
| --- | --- |
| `.txt` | one article; the id is the file name without its suffixes |
| `.html`, `.htm` | one article, a scraped page (the pipeline reads it as the text a reader sees) |
| `.jsonl`, `.ndjson` | one JSON record per line |
| `.json` | a list of JSON records (or one record) |

Folders are read in the order of their files' names (with `recursive`, subfolders too, and the id
is the path inside the folder). Each reader yields article dicts (`id`, `text`, `published`,
`meta`, plus `source` and `line` saying where the article came from) and, for input that cannot be
read, an `InputError` in its place, so that one bad file or line is reported and the rest goes on.
"""
from __future__ import annotations

import codecs
import gzip
import json
import os
import sys
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import IO, Any, BinaryIO, Callable, Iterable, Iterator

from .records import meta_of
from .text import readable

STDIN = "-"
KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "lines", ".ndjson": "lines", ".json": "list"}
SUFFIXES_TEXT = ".txt, .html, .htm, .json, .jsonl, .ndjson (or any of them .gz)"
AUTO = "auto"  # --encoding auto: UTF-8, else the Cyrillic Windows code page the region's sites use
FALLBACK_ENCODING = "cp1251"
BOM = "\ufeff"
# what json.loads gives, as a JSON user names it: "not a JSON object but a number"
JSON_KINDS = {"list": "a list", "str": "a string", "int": "a number", "float": "a number", "bool": "true or false",
              "NoneType": "null"}


@dataclass(frozen=True)
class InputError:
    """Input that is not an article: an unreadable file, undecodable bytes, a line that is not JSON..."""

    source: str
    line: int | None
    reason: str
    id: Any = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Fields:
    """The names of the input fields that hold the article's text, id and published date."""

    text: str = "text"
    id: str = "id"
    published: str = "published"


@dataclass(frozen=True)
class Reading:
    """How to read the inputs: their encoding (or `auto`), folders recursively or not, the field names,
    and where to say which encoding `auto` chose for a file that is not UTF-8."""

    encoding: str = "utf-8"
    recursive: bool = False
    fields: Fields = field(default_factory=Fields)
    notify: Callable[[str], None] | None = None


def kind_of(path: Path) -> str | None:
    """`text`, `html`, `lines` or `list` for a readable file name (`.JSONL.GZ` too), else None."""
    suffixes = [suffix.lower() for suffix in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return KINDS.get(suffixes[-1]) if suffixes else None


def _stem(path: Path) -> str:
    """The name without its format suffixes: `day1.jsonl.gz` gives `day1`."""
    name = path.name
    for _ in range(2):
        suffix = Path(name).suffix
        if suffix.lower() in KINDS or suffix.lower() == ".gz":
            name = name[: -len(suffix)]
    return name


def files_of(folder: Path, recursive: bool = False) -> list[Path]:
    """The readable files of a folder, sorted by their path inside it (hidden files left out)."""
    paths = folder.rglob("*") if recursive else folder.iterdir()
    return sorted((p for p in paths if not p.is_dir() and kind_of(p) and not _hidden(p, folder)),
                  key=lambda p: p.relative_to(folder).parts)


def shown(path: Path | str) -> str:
    """A file name as records and errors give it: bytes of the name that are not UTF-8 (which Python
    holds as lone surrogates) written as `\\xe9`, so that every record encodes as UTF-8."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _hidden(path: Path, folder: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(folder).parts)


def check_input(name: str, recursive: bool = False) -> str | None:
    """Why `name` cannot be read as input (a usage error), or None when it can."""
    if name == STDIN:
        return None
    path = Path(name)
    if not path.exists():
        return f"no such file or folder: {name}"
    if path.is_file() and kind_of(path) is None:
        return f"cannot read {name}: inputs are {SUFFIXES_TEXT} files, folders of them, or - (JSON lines on stdin)"
    if path.is_dir() and not files_of(path, recursive):
        deeper = not recursive and files_of(path, recursive=True)
        return (f"{name} holds no readable file ({SUFFIXES_TEXT})"
                + ("; its subfolders do: add --recursive" if deeper else ""))
    return None


def check_written(target: Path, names: Iterable[str], recursive: bool = False) -> str | None:
    """Why a run must not write `target` (an output, errors file or store), or None: it is one of the
    inputs `names` (writing would destroy it), or a file a folder among them would have read."""
    written = target.resolve()
    for name in names:
        if name == STDIN:
            continue
        source = Path(name).resolve()
        if written == source:
            return f"{target} is also an input: writing it would destroy it"
        if source.is_dir() and kind_of(written) and written.is_relative_to(source) and not _hidden(written, source) \
                and (recursive or written.parent == source):
            return f"{target} is in the input folder {name}: it would be read as an input; write it elsewhere"
    return None


def check_encoding(encoding: str) -> str | None:
    """Why `encoding` is no encoding (a usage error), or None."""
    if encoding == AUTO:
        return None
    try:
        codecs.lookup(encoding)
    except LookupError:
        return f"unknown encoding {encoding!r} (say utf-8, cp1251, latin-1 ... or auto)"
    return None


def read_inputs(names: Iterable[str], reading: Reading = Reading(), stdin: BinaryIO | None = None
                ) -> Iterator[dict | InputError]:
    """Articles of all inputs in order: files as named, folders' files sorted by name."""
    for name in names:
        if name == STDIN:
            yield from _records_of_lines(stdin or sys.stdin.buffer, "<stdin>", "stdin", reading)
        elif Path(name).is_dir():
            folder = Path(name)
            for path in files_of(folder, reading.recursive):
                yield from read_file(path, reading, shown(path.relative_to(folder).parent / _stem(path)))
        else:
            yield from read_file(Path(name), reading)


def read_file(path: Path, reading: Reading = Reading(), id: str | None = None) -> Iterator[dict | InputError]:
    """The articles of one file; `id` names a text or HTML file's article (default: its stem)."""
    source, kind, stem = shown(path), kind_of(path), shown(_stem(path))
    try:
        stream = gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")
    except OSError as error:
        yield InputError(source, None, f"unreadable: {error.strerror or error}", id or stem)
        return
    with stream:
        if kind == "lines":
            yield from _records_of_lines(stream, source, stem, reading)
            return
        try:
            data = stream.read()
        except (OSError, EOFError) as error:  # a truncated or corrupt .gz
            yield InputError(source, None, f"unreadable: {error}", id or stem)
            return
    decoded = _decode(data, reading, source)
    if isinstance(decoded, str) and kind == "list":
        yield from _records_of_list(decoded, source, stem, reading)
    elif isinstance(decoded, str):
        yield {"id": id or stem, "text": decoded, "published": None, "meta": {}, "source": source, "line": None}
    else:
        yield InputError(source, None, decoded[0], id or stem if kind != "list" else None)


def _decode(data: bytes, reading: Reading, source: str, line: int | None = None) -> str | tuple[str]:
    """The text of `data` without its byte-order mark, or (the reason it cannot be decoded,)."""
    encoding = reading.encoding
    if encoding == AUTO:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            encoding = FALLBACK_ENCODING
            if reading.notify:
                reading.notify(f"{source}{'' if line is None else f':{line}'}: not UTF-8, read as {FALLBACK_ENCODING}")
        else:
            return text.removeprefix(BOM)
    try:
        return data.decode(encoding).removeprefix(BOM)
    except UnicodeDecodeError as error:
        where = f"byte {error.start}" + ("" if line is None else " of the line")
        hint = "" if reading.encoding == AUTO else "; say --encoding (cp1251, latin-1 ... or auto)"
        return (f"invalid {codecs.lookup(encoding).name} at {where}{hint}",)


def _records_of_lines(stream: IO[bytes], source: str, stem: str, reading: Reading) -> Iterator[dict | InputError]:
    """One record per line; blank lines skipped. A record without an id (or a null or blank one) gets
    `<file stem>:<line>`. `auto` says the first line it reads as cp1251, not each."""
    number = 0
    if reading.notify:
        reading = replace(reading, notify=_once(reading.notify, " (and any later line that is not UTF-8)"))
    try:
        for number, raw in enumerate(stream, start=1):
            line = _decode(raw, reading, source, number)
            if isinstance(line, tuple):
                yield InputError(source, number, line[0])
            elif line.strip():
                yield _record(line, source, number, stem, reading.fields)
    except (OSError, EOFError) as error:  # a truncated or corrupt .gz
        yield InputError(source, number + 1, f"unreadable: {error}")


def _once(notify: Callable[[str], None], then: str) -> Callable[[str], None]:
    """`notify` for the first note only, with `then` saying what the later ones would have said."""
    said = False

    def first(note: str) -> None:
        nonlocal said
        if not said:
            notify(note + then)
            said = True
    return first


def _records_of_list(text: str, source: str, stem: str, reading: Reading) -> Iterator[dict | InputError]:
    """A `.json` file: a list of records (their place is their number in the list), or one record."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        yield InputError(source, error.lineno, f"not JSON: {error.msg} at line {error.lineno} column {error.colno}")
        return
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        yield InputError(source, None, f"not a list of records but {JSON_KINDS[type(value).__name__]}")
        return
    for number, item in enumerate(value, start=1):
        yield _article(item, source, number, stem, reading.fields)


def _record(line: str, source: str, number: int, stem: str, fields: Fields) -> dict | InputError:
    try:
        value = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as error:
        return InputError(source, number, f"not JSON: {error.msg} at column {error.pos + 1}")
    return _article(value, source, number, stem, fields)


def _article(value: Any, source: str, number: int, stem: str, fields: Fields) -> dict | InputError:
    if not isinstance(value, dict):
        return InputError(source, number, f"not a JSON object but {JSON_KINDS[type(value).__name__]}")
    id = value.get(fields.id)
    id = _readable(f"{stem}:{number}" if id is None or (isinstance(id, str) and not id.strip()) else id)
    if fields.text != Fields.text and fields.text not in value:
        return InputError(source, number, f"record has no {fields.text!r} field", id)
    text = value.get(fields.text)
    if isinstance(text, str):
        text = text.removeprefix(BOM)
    return {
        "id": id,
        "text": text,
        "published": value.get(fields.published),
        "meta": _readable(meta_of(value, (fields.id, fields.text, fields.published))),
        "source": source,
        "line": number,
    }


def _readable(value: Any) -> Any:
    """Strings (also inside lists and dicts) that encode as UTF-8: lone surrogates read as U+FFFD."""
    if isinstance(value, str):
        return readable(value)
    if isinstance(value, list):
        return [_readable(item) for item in value]
    if isinstance(value, dict):
        return {readable(str(key)): _readable(item) for key, item in value.items()}
    return value


def count_articles(names: Iterable[str], reading: Reading = Reading()) -> int | None:
    """How many records the inputs hold (for a progress bar's total), or None if that cannot be known
    without reading them (standard input). Counts lines and list items; reads no text."""
    total = 0
    for name in names:
        if name == STDIN:
            return None
        path = Path(name)
        for file in files_of(path, reading.recursive) if path.is_dir() else [path]:
            total += _count(file)
    return total


def _count(path: Path) -> int:
    kind = kind_of(path)
    if kind in ("text", "html"):
        return 1
    try:
        with gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb") as stream:
            if kind == "lines":
                return sum(1 for line in stream if line.strip())
            value = json.loads(stream.read())
    except (OSError, EOFError, ValueError):
        return 1  # it will be one error
    return len(value) if isinstance(value, list) else 1
