"""The project's spaCy components; importing this package registers their factories."""
from . import actors, entity_rules, event_linker, pos_rules, sentence_cap  # noqa: F401
