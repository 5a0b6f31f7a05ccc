"""`kazbel_events`: links the tagged entities of a doc into event records (`doc._.events`).

Its word lists (meeting verbs, metric words, status cues, places, agreement nouns) are read in
`initialize` from `data_path` (by default `models/events/`), or by `from_disk` from a saved
pipeline, which then needs the folder no more. `add(table, key, entries)` extends them at
runtime; `to_disk` and `to_bytes` save what the component holds, additions included. The
distance limits of the rules are config values (`LinkingSettings`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

import srsly
from spacy import util
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from .. import evaluate  # noqa: F401  (registers the scorers)
from ..data import models_path
from ..events import link_events
from ..events.lexicon import DEFAULT_DATA, Lexicon
from ..events.settings import LinkingSettings


class EventLinker:
    def __init__(self, nlp: Language, name: str, data_path: str | None, settings: LinkingSettings,
                 scorer: Callable | None = None):
        self.name = name
        self.data_path = data_path  # read by `initialize`, never here
        self.settings = settings
        self.scorer = scorer
        self.lexicon: Lexicon | None = None

    def initialize(self, get_examples: Callable[[], Iterable[Example]] | None = None, *, nlp: Language | None = None,
                   data_path: str | None = None) -> None:
        """Read the word lists of `data_path`, else of the factory's `data_path`, else of `models/events/`."""
        path = data_path or self.data_path
        self.lexicon = Lexicon.from_disk(Path(path) if path else models_path(DEFAULT_DATA))

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            self.initialize()
        doc._.events = link_events(doc, self.lexicon, self.settings)
        return doc

    def add(self, table: str, key: str, entries: list | dict) -> None:
        """Extend one word list (`add("places", "cities", ["Aktobe"])`, a dict for a mapping)."""
        if self.lexicon is None:
            self.initialize()
        tables = {name: dict(content) for name, content in self.lexicon.tables.items()}
        if table not in tables or key not in tables[table]:
            raise KeyError(f"kazbel_events has no word list {table}.{key}")
        current = tables[table][key]
        tables[table][key] = {**current, **entries} if isinstance(current, dict) else [*current, *entries]
        self.lexicon = Lexicon(tables)

    def score(self, examples: Iterable[Example], **kwargs) -> dict:
        return self.scorer(examples, **kwargs) if self.scorer else {}

    def _tables(self) -> dict:
        if self.lexicon is None:
            self.initialize()
        return self.lexicon.tables

    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        return util.to_bytes({"lexicon": lambda: srsly.msgpack_dumps(self._tables())}, exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = tuple()) -> "EventLinker":
        util.from_bytes(data, {"lexicon": lambda b: self._set_tables(srsly.msgpack_loads(b))}, exclude)
        return self

    def to_disk(self, path, *, exclude: Iterable[str] = tuple()) -> None:
        util.to_disk(path, {"lexicon": lambda p: Lexicon(self._tables()).to_disk(p)}, exclude)

    def from_disk(self, path, *, exclude: Iterable[str] = tuple()) -> "EventLinker":
        util.from_disk(path, {"lexicon": lambda p: self._set_tables(Lexicon.from_disk(p).tables)}, exclude)
        return self

    def _set_tables(self, tables: dict) -> None:
        self.lexicon = Lexicon(tables)


DEFAULT_SETTINGS = LinkingSettings()


@Language.factory(
    "kazbel_events",
    default_config={"data_path": None, **DEFAULT_SETTINGS.to_dict(),
                    "scorer": {"@scorers": "kazbel_extract.events_scorer.v1"}},
    assigns=["doc._.events"],
    requires=["doc.ents", "doc.sents", "token.dep", "token.tag", "token.pos"],
)
def make_event_linker(nlp: Language, name: str, data_path: str | None, max_place_distance: int,
                      max_link_distance: int, max_date_distance: int, max_metric_distance: int,
                      max_place_words: int, context_sentences: int, planned_cue_heads: int,
                      city_preposition_heads: int, pronoun_sentences_back: int, role_tokens_before: int,
                      amount_owner_heads: int, qualifier_tokens_before: int, change_word_tokens: int,
                      change_word_heads: int, level_tokens_after: int, current_cue_tokens_before: int,
                      comparison_tokens_before: int, compared_amount_tokens_before: int,
                      date_preposition_tokens_before: int,
                      back_reference_tokens_before: int, since_tokens_before: int, year_shift_tokens_after: int,
                      restated_amount_tolerance: float, assembly_tokens_after: int, scorer: Callable | None) -> EventLinker:
    """Every limit is a typed argument (spaCy checks the config against this signature), validated by `LinkingSettings`."""
    limits = {key: value for key, value in locals().items() if key in DEFAULT_SETTINGS.to_dict()}
    return EventLinker(nlp, name, data_path, LinkingSettings(**limits), scorer)
