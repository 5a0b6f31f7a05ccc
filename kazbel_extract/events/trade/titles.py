"""Titles and the paragraphs they head: a headline or subheading (a block ending without a full stop) is
part of the paragraph after it, and a paragraph ending in a colon one with the list it announces."""
from __future__ import annotations

from spacy.tokens import Doc

from ...text import LIST_MARKS, doc_text
from ..syntax import paragraph_starts

SENTENCE_END = ".!?:;\"'\u201d\u2019)"  # a paragraph ending otherwise is a title: a headline, a subheading


def _blocks(doc: Doc) -> list[tuple[int, int, bool]]:
    """(start, end, ends a sentence) of each blank-line block before a paragraph start, by character."""
    text, out, previous = doc_text(doc), [], 0
    for start in paragraph_starts(doc):
        block = text[previous:start].rstrip()
        out.append((previous, previous + len(block), bool(block) and block[-1] in SENTENCE_END))
        previous = start
    return out


def headed_paragraph_starts(doc: Doc) -> list[int]:
    """Where paragraphs begin, a title (a paragraph without a full stop: a headline, a subheading) making one
    paragraph with the text it heads: "Trade up 12% in January-May 2024" carries its period into the lede; and a
    paragraph ending in a colon one with the list it announces ("In January-September the figures were as
    follows:" and the items after it, each its own paragraph, up to the first that is no list item)."""
    text, out, listing = doc_text(doc), [], False
    for (start, end, ends), next_start in zip(_blocks(doc), paragraph_starts(doc)):
        block, following = text[start:end].lstrip(), text[next_start:].lstrip()
        announces = block.endswith(":")
        listing = announces or listing and block.startswith(LIST_MARKS)
        if ends and not announces and not (listing and following.startswith(LIST_MARKS)):
            out.append(next_start)
    return out


def title_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the doc's titles: the blocks before a blank line that end without a full stop."""
    return [(start, end) for start, end, ends in _blocks(doc) if end > start and not ends]
