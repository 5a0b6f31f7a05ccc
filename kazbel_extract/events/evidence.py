"""Provenance: the sentence an event came from and the entities it was built from, in the user's offsets.

The rules quote their words from the doc's text as written (`doc.user_data["original"]`, set by
`KazbelEnglish.make_doc`, of the doc's length); records point into the article as the user gave it
(`doc.user_data["input"]`), through the offset map from the doc's text (`doc.user_data["offsets"]`,
none when the text was clean) and `doc.user_data["offset"]` for a piece of a long text. A doc made
by another tokenizer is its own original.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..offsets import OffsetMap
from ..records import Entity, Evidence
from ..text import doc_text


def original_text(doc: Doc) -> str:
    if "original" not in doc.user_data:
        doc.user_data["original"] = doc_text(doc)
    return doc.user_data["original"]


def user_text(doc: Doc) -> str:
    """The article as the user gave it."""
    return doc.user_data.get("input") or original_text(doc)


def offset(doc: Doc) -> int:
    return doc.user_data.get("offset", 0)


def user_span(doc: Doc, start: int, end: int) -> tuple[str, int, int]:
    """[start, end) of the doc's text as the user's text there and its offsets in the user's text."""
    start, end = start + offset(doc), end + offset(doc)
    offsets = doc.user_data.get("offsets")
    if offsets:
        start, end = OffsetMap.from_data(offsets).span(start, end)
    return user_text(doc)[start:end], start, end


def clause_of(sent: Span, start_char: int, end_char: int) -> tuple[int, int]:
    """The sentence cut to the line that holds [start_char, end_char): headlines and datelines stay out."""
    text = original_text(sent.doc)  # same length as `doc.text`
    lines = doc_text(sent.doc)  # its line breaks: a break at a page's column width reads as a space there
    lo = lines.rfind("\n", sent.start_char, start_char)
    hi = lines.find("\n", end_char, sent.end_char)
    start = lo + 1 if lo >= 0 else sent.start_char
    end = hi if hi >= 0 else sent.end_char
    dateline = sent.doc._.dateline
    if dateline is not None and start < dateline.end - offset(sent.doc) <= start_char:
        start = dateline.end - offset(sent.doc)  # "MINSK. KAZINFORM -" is not part of the sentence
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def evidence(sent: Span, anchors: list[Span] | None = None) -> Evidence:
    """The sentence (or, when it spans lines, the line of its anchors) with article offsets."""
    doc = sent.doc
    if anchors:
        start, end = clause_of(sent, min(a.start_char for a in anchors), max(a.end_char for a in anchors))
    else:
        start, end = clause_of(sent, sent.start_char, sent.start_char)
    return Evidence(*user_span(doc, start, end))


def source(span: Span) -> Entity:
    """The Entity record of a tagged span, its text sliced from the user's article."""
    return Entity(span.label_, *user_span(span.doc, span.start_char, span.end_char), span._.value, span._.currency,
                  span._.actor)


def sources(spans) -> list[Entity]:
    seen, out = set(), []
    for span in sorted(spans, key=lambda s: s.start_char):
        if (span.start_char, span.end_char) not in seen:
            seen.add((span.start_char, span.end_char))
            out.append(source(span))
    return out
