"""Event linking: from a tagged doc to meeting, trade, joint-venture and agreement records."""
from __future__ import annotations

from spacy.tokens import Doc

from ..records import Event
from .lexicon import Lexicon, default_lexicon
from .agreements.finder import find_agreements
from .joint_ventures.finder import find_joint_ventures
from .meetings.finder import find_meetings
from .meetings.people import People
from .places import find_places
from .settings import LinkingSettings
from .syntax import sentence_lookup
from .trade.finder import find_trade


def link_events(doc: Doc, lexicon: Lexicon | None = None, settings: LinkingSettings | None = None) -> list[Event]:
    """All event records of a doc, in text order; none for a doc without a dependency parse, since every
    link is read off the parse. `settings` holds the distance limits and windows (the `kazbel_events` config)."""
    if not doc.has_annotation("DEP"):
        return []
    lexicon = lexicon or default_lexicon()
    settings = settings or LinkingSettings()
    with sentence_lookup(doc):
        places = find_places(doc, lexicon, settings.max_place_words)
        people = People(doc, lexicon, places, settings.role_tokens_before)
        events = [
            *find_meetings(doc, lexicon, places, people, settings),
            *find_trade(doc, lexicon, places, settings),
            *find_joint_ventures(doc, lexicon, places, settings.assembly_tokens_after),
            *find_agreements(doc, lexicon),
        ]
    return sorted(events, key=lambda e: e.evidence.start)
