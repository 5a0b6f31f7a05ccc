"""From text to `Article`: prepare the input, run the pipeline, read entities and events off the docs."""
from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .pipeline import load
from .records import ENTITY_LABELS, Article, Entity, Event
from .text import PreparedText, prepare

CHUNK_CHARS = 100_000  # longer texts are cut at paragraph or sentence ends and processed in pieces


def chunk_spans(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces of at most `limit` characters, cut at a paragraph, line or sentence end."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "))
        end = start + (cut + 1 if cut > limit // 2 else limit)
        pieces.append((start, end))
        start = end
    pieces.append((start, len(text)))
    return pieces


def make_docs(nlp: Language, prepared: PreparedText) -> list[Doc]:
    """Docs of the prepared text (one per chunk), with the article's published date and dateline set."""
    docs = []
    for start, end in chunk_spans(prepared.for_pipeline):
        doc = nlp.make_doc(prepared.for_pipeline[start:end])
        doc._.published = prepared.published
        doc._.dateline = prepared.dateline if start == 0 else None
        doc.user_data["offset"] = start
        doc.user_data["original"] = prepared.original[start:end]  # records slice their text from this
        docs.append(doc)
    return docs


def _entities(docs: list[Doc], text: str) -> list[Entity]:
    """Each distinct (label, text) once, case-insensitively, at its first mention."""
    seen, out = set(), []
    for doc in docs:
        offset = doc.user_data.get("offset", 0)
        for span in doc.ents:
            if span.label_ not in ENTITY_LABELS:
                continue
            start, end = span.start_char + offset, span.end_char + offset
            surface = text[start:end]
            key = (span.label_, surface.casefold())
            if key in seen:
                continue
            seen.add(key)
            out.append(Entity(span.label_, surface, start, end, span._.value, span._.currency, span._.actor))
    return out


def _events(docs: list[Doc]) -> list[Event]:
    return [event for doc in docs for event in doc._.events]


def to_article(prepared: PreparedText, docs: list[Doc], id: str | None = None) -> Article:
    dateline = prepared.dateline
    return Article(
        text=prepared.original,
        id=id,
        published=prepared.published,
        dateline_city=dateline.city if dateline else None,
        agency=dateline.agency if dateline else None,
        entities=_entities(docs, prepared.original),
        events=_events(docs),
    )


def extract(text: str, published: str | None = None, id: str | None = None) -> Article:
    """Extract the entities and event records of one article.

    `published` (`YYYY-MM-DD`) anchors relative dates; without it the ` date YYYY-MM-DD` header
    that wire texts begin with is used, if there is one.
    """
    prepared = prepare(text, published)
    nlp = load()
    docs = [nlp(doc) for doc in make_docs(nlp, prepared)]
    return to_article(prepared, docs, id)
