"""From text to `Article`: the pipeline reads the text (see `language.py`); this reads the records off its doc."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .pipeline import load
from .events.evidence import user_span, user_text
from .records import ENTITY_LABELS, Article, Entity, Event


def entities(doc: Doc) -> list[Entity]:
    """Each distinct (label, text) once, case-insensitively, at its first mention, sliced from the user's text."""
    seen, out = set(), []
    for span in doc.ents:
        if span.label_ not in ENTITY_LABELS:
            continue
        surface, start, end = user_span(doc, span.start_char, span.end_char)
        key = (span.label_, surface.casefold())
        if key in seen:
            continue
        seen.add(key)
        out.append(Entity(span.label_, surface, start, end, span._.value, span._.currency, span._.actor))
    return out


def events(doc: Doc) -> list[Event]:
    return list(doc._.events)


def to_article(doc: Doc, id: str | None = None) -> Article:
    """The record of a processed doc: what `nlp(text)` annotated, in the shape of GUIDELINES.md."""
    dateline = doc._.dateline
    return Article(
        text=user_text(doc),
        id=id,
        published=doc._.published,
        dateline_city=dateline.city if dateline else None,
        agency=dateline.agency if dateline else None,
        entities=entities(doc),
        events=events(doc),
    )


def extract(text: str, published: str | None = None, id: str | None = None, nlp: Language | None = None) -> Article:
    """Extract the entities and event records of one article (with `nlp`, or the process's pipeline).

    `published` (`YYYY-MM-DD`) anchors relative dates; without it the ` date YYYY-MM-DD` header
    that wire texts begin with is used, if there is one.
    """
    nlp = nlp or load()
    ((doc, _),) = nlp.pipe([(text, {"published": published})], as_tuples=True)
    return to_article(doc, id)
