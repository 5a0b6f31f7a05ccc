"""Offset maps: a text rewritten by edits of another length, and where each of its offsets stands in the text
it was rewritten from.

The pipeline reads a scraped article as its clean text (doubled spaces collapsed, references decoded, hard
wraps joined: `text.prepare`), while every record points into the text the user gave. A `Rewrite` is one pass of
edits, kept as run-length segments (a run copied as it was, or a replacement), so that a clean text has no map at
all and a noisy one a few segments per edit; an `OffsetMap` chains the passes back to the user's text, and is
kept in a doc's user data as plain lists of ints (`to_data`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Callable, Iterable


class Rewrite:
    """One pass of edits: segments (new start, old start, new length, old length) that cover the new text in order.
    A segment of equal lengths maps character for character; a replacement maps as a whole, so a span that
    starts inside it starts where it starts and one that ends inside it ends where it ends in the old text."""

    __slots__ = ("new_starts", "old_starts", "new_lens", "old_lens", "old_len")

    def __init__(self, new_starts: list[int], old_starts: list[int], new_lens: list[int], old_lens: list[int],
                 old_len: int):
        self.new_starts, self.old_starts, self.new_lens, self.old_lens = new_starts, old_starts, new_lens, old_lens
        self.old_len = old_len

    @classmethod
    def of(cls, segments: list[tuple[int, int, int, int]], old_len: int) -> Rewrite:
        return cls(*([segment[k] for segment in segments] for k in range(4)), old_len)

    def to_data(self) -> list:
        return [self.new_starts, self.old_starts, self.new_lens, self.old_lens, self.old_len]

    def start(self, at: int) -> int:
        """Where the character at new offset `at` starts in the old text."""
        i = bisect_right(self.new_starts, at) - 1
        if i < 0:
            return at
        if at >= self.new_starts[i] + self.new_lens[i]:  # the end of the text
            return self.old_len
        same = self.new_lens[i] == self.old_lens[i]
        return self.old_starts[i] + (at - self.new_starts[i] if same else 0)

    def end(self, at: int) -> int:
        """Where a span ending at new offset `at` ends in the old text."""
        i = bisect_left(self.new_starts, at) - 1
        if i < 0:
            return at
        if self.new_lens[i] == self.old_lens[i]:
            return self.old_starts[i] + min(at - self.new_starts[i], self.new_lens[i])
        return self.old_starts[i] + self.old_lens[i]

    def forward(self, at: int) -> int:
        """Where old offset `at` stands in the new text (inside a deleted run: where the run was)."""
        i = bisect_right(self.old_starts, at) - 1
        if i < 0:
            return at
        inside = at - self.old_starts[i]
        if self.new_lens[i] == self.old_lens[i] and inside <= self.new_lens[i]:
            return self.new_starts[i] + inside
        return self.new_starts[i] + (0 if inside == 0 else self.new_lens[i])


def rewrite(texts: tuple[str, ...], matches: Iterable[re.Match], replace: Callable[[re.Match], str]) \
        -> tuple[tuple[str, ...], Rewrite | None]:
    """`texts` (of one length, the first the one matched) with each match replaced by `replace(match)` in all of
    them, and the rewrite's map (None when every replacement kept its length: offsets are the same)."""
    parts: list[list[str]] = [[] for _ in texts]
    segments: list[tuple[int, int, int, int]] = []
    old = new = 0  # where the next copied run starts, in the old and the new text
    changed = False
    for match in matches:
        start, end = match.span()
        replacement = replace(match)
        if replacement == match.group(0):
            continue
        if start > old:
            segments.append((new, old, start - old, start - old))
            new += start - old
            for part, text in zip(parts, texts):
                part.append(text[old:start])
        if replacement:
            segments.append((new, start, len(replacement), end - start))
            new += len(replacement)
        for part in parts:
            part.append(replacement)
        changed = changed or len(replacement) != end - start
        old = end
    if not segments and old == 0:
        return texts, None
    for part, text in zip(parts, texts):
        part.append(text[old:])
    rewritten = tuple("".join(part) for part in parts)
    if not changed:
        return rewritten, None
    if len(texts[0]) > old:
        segments.append((new, old, len(texts[0]) - old, len(texts[0]) - old))
    return rewritten, Rewrite.of(segments, len(texts[0]))


class OffsetMap:
    """Offsets into the pipeline's text, in the user's text: the rewrites from the user's text on, in order."""

    __slots__ = ("rewrites",)

    def __init__(self, rewrites: Iterable[Rewrite | None] = ()):
        self.rewrites = [r for r in rewrites if r is not None]

    def __bool__(self) -> bool:
        return bool(self.rewrites)

    def then(self, rewrite: Rewrite | None) -> OffsetMap:
        return OffsetMap([*self.rewrites, rewrite])

    def to_data(self) -> list:
        """The map as lists of ints, which a doc's user data keeps through `Doc.to_bytes`."""
        return [rewrite.to_data() for rewrite in self.rewrites]

    @classmethod
    def from_data(cls, data: list) -> OffsetMap:
        return cls(Rewrite(*rewrite) for rewrite in data)

    def start(self, at: int) -> int:
        for rewrite in reversed(self.rewrites):
            at = rewrite.start(at)
        return at

    def end(self, at: int) -> int:
        for rewrite in reversed(self.rewrites):
            at = rewrite.end(at)
        return at

    def span(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) of the pipeline's text in the user's text (an empty span stays empty)."""
        user_start = self.start(start)
        return user_start, max(user_start, self.end(end)) if end > start else user_start
