"""`kazbel_entity_rules`: fixes the base model's entities on Belarus-Kazakhstan wire news.

Runs after the statistical `ner`. Its data (gazetteers and token patterns) lives in
`models/entity_rules/` and is saved with the pipeline by `to_disk`.
"""
from __future__ import annotations

from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..data import models_path

DEFAULT_DATA = "entity_rules"


class EntityRules:
    def __init__(self, nlp: Language, name: str, data_path: str | None):
        self.nlp = nlp
        self.name = name
        self.data: dict = {}
        self.from_disk(Path(data_path) if data_path else models_path(DEFAULT_DATA))

    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.ents)
        dateline = doc._.dateline
        if dateline is not None and dateline.agency_start is not None:
            agency = doc.char_span(dateline.agency_start, dateline.agency_end, label="ORG", alignment_mode="expand")
            if agency is not None:
                spans = [s for s in spans if s.end <= agency.start or s.start >= agency.end] + [agency]
        doc.ents = filter_spans(spans)
        return doc

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name, content in self.data.items():
            srsly.write_json(path / f"{name}.json", content)

    def from_disk(self, path, exclude=tuple()):
        path = Path(path)
        self.data = {p.stem: srsly.read_json(p) for p in sorted(path.glob("*.json"))}
        return self


@Language.factory("kazbel_entity_rules", default_config={"data_path": None})
def make_entity_rules(nlp: Language, name: str, data_path: str | None) -> EntityRules:
    return EntityRules(nlp, name, data_path)
