"""`kazbel_events`: links the tagged entities of a doc into event records (`doc._.events`).

Its word lists (meeting verbs, metric words, status cues, places, agreement nouns) live in
`models/events/` and are saved with the pipeline by `to_disk`.
"""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..data import models_path
from ..events import link_events
from ..events.lexicon import DEFAULT_DATA, Lexicon


class EventLinker:
    def __init__(self, nlp: Language, name: str, data_path: str | None):
        self.name = name
        self.from_disk(Path(data_path) if data_path else models_path(DEFAULT_DATA))

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = link_events(doc, self.lexicon)
        return doc

    def to_disk(self, path, exclude=tuple()):
        self.lexicon.to_disk(Path(path))

    def from_disk(self, path, exclude=tuple()):
        self.lexicon = Lexicon.from_disk(Path(path))
        return self


@Language.factory("kazbel_events", default_config={"data_path": None})
def make_event_linker(nlp: Language, name: str, data_path: str | None) -> EventLinker:
    return EventLinker(nlp, name, data_path)
