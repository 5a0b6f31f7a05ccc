"""Duplicate ids: one id, two different articles, in one run or between a run and the store.

An id is one article. A second input with an id already seen in this run, or stored from another
place with another text, is a duplicate: by default an error record ("duplicate id X, first seen
at FILE:LINE") and nothing is overwritten; `skip` passes over it, `replace` lets it replace the
first in the store (so the last one read is the one stored). The same input read again is no
duplicate (it is skipped as stored), nor is a changed input at the place it was stored from (it
is processed again).
"""
from __future__ import annotations

from enum import Enum
from typing import Any

from .sources import InputError
from .store import DUPLICATE, Store, input_hash, place_of

POLICIES = ("error", "skip", "replace")


class Verdict(Enum):
    PROCESS = "process"
    CURRENT = "current"  # stored from this very input: nothing to do
    DUPLICATE = "duplicate"  # skipped, as --on-duplicate skip asks


def place(source: str | None, line: int | None) -> str:
    return f"{source}:{line}" if line is not None else str(source)


class Duplicates:
    """Decides, record by record, whether a record is processed, already stored, or a duplicate."""

    def __init__(self, store: Store | None, policy: str = "error", force: bool = False):
        if policy not in POLICIES:
            raise ValueError(f"on_duplicate must be one of {', '.join(POLICIES)}, not {policy!r}")
        self.store, self.policy, self.force = store, policy, force
        self.seen: dict[str, tuple[str, str]] = {}  # id -> (where this run first read it, its input hash)

    def verdict(self, record: dict[str, Any]) -> Verdict | InputError:
        if not isinstance(record.get("text"), str):
            return Verdict.PROCESS  # it fails as it is, and claims no id
        id, here = str(record["id"]), place(record.get("source"), record.get("line"))
        text_hash = input_hash(record["text"], record.get("published"))
        first, first_hash = self.seen.setdefault(id, (here, text_hash))
        if first == here:
            first = self._stored_elsewhere(id, record, text_hash)
            if isinstance(first, Verdict):
                return first
        elif first_hash == text_hash:
            return Verdict.CURRENT  # the same article twice in this run
        if self.policy == "replace":
            self.seen[id] = (here, text_hash)  # the last one read is the one stored
            return Verdict.PROCESS
        if self.policy == "skip":
            return Verdict.DUPLICATE
        return InputError(record.get("source"), record.get("line"), f"{DUPLICATE}{id}, first seen at {first}", id)

    def _stored_elsewhere(self, id: str, record: dict, text_hash: str) -> Verdict | str:
        """What the store says of a record first seen in this run: process it, it is current, or the place
        another article with its id was stored from."""
        stored = self.store.stored_input(id) if self.store else None
        if stored is None:
            return Verdict.PROCESS
        if stored.text_hash == text_hash:
            return Verdict.PROCESS if self.force else Verdict.CURRENT
        if (stored.source, stored.line) == (place_of(record.get("source")), record.get("line")):
            return Verdict.PROCESS  # the input changed where it stands
        return place(stored.source, stored.line)
