"""`kazbel_events`: links the tagged entities of a doc into event records (`doc._.events`)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..events import link_events


class EventLinker:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = link_events(doc)
        return doc


@Language.factory("kazbel_events")
def make_event_linker(nlp: Language, name: str) -> EventLinker:
    return EventLinker(nlp, name)
