"""Event linking: from a tagged doc to meeting, trade, joint-venture and agreement records."""
from __future__ import annotations

from spacy.tokens import Doc

from ..records import Event


def link_events(doc: Doc) -> list[Event]:
    """All event records of a doc, in text order."""
    return []
