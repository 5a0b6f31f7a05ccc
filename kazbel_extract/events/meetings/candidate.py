"""One mention of a meeting as the finder builds it, and how two mentions of one meeting fill each other in."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..places import Place
from .counterparts import Description
from .people import People, surname


@dataclass
class Candidate:
    """One mention of a meeting: its trigger, people, day and city, and how it stands to the meeting reported."""

    trigger: Token
    people: list[Span]
    anaphoric: bool
    earlier: bool = False  # "X had met Y", "Earlier, X met Y": a meeting before the one reported
    later: bool = False  # "Later, X, Y and Z held a trilateral meeting": a meeting after the one reported
    date: str | None = None
    location: str | None = None
    venue: Place | None = None  # the country or city of the visit the meeting was held on
    visit_only: bool = False  # told only as a visit: a meeting once the text states talks or a meeting of it
    evidence_spans: list[Span] = field(default_factory=list)
    day_told_before: str | None = None  # the day of the sentence its sides were named in: the meeting's when none is stated
    # "At the meeting with Y, the parties discussed": the people the mention names itself, when the other side is only
    # the last subject told before it (which yields to a meeting with Y already reported)
    named: list[Span] | None = None
    # "X said on meeting the President of Kazakhstan": sides told only by a title that the article names no one with
    described: list[Description] = field(default_factory=list)

    def surnames(self, people: People) -> frozenset[str]:
        return frozenset(surname(people.name(p)) for p in self.people)


def agree(a: str | None, b: str | None) -> bool:
    """Two values of a meeting do not disagree: equal, or one of them unknown."""
    return a is None or b is None or a == b


def complete(meeting: Candidate, other: Candidate) -> None:
    """Fill what a meeting lacks from another mention of it."""
    meeting.date = meeting.date or other.date
    meeting.day_told_before = meeting.day_told_before or other.day_told_before
    meeting.location = meeting.location or other.location
    meeting.venue = meeting.venue or other.venue
    known = set(meeting.evidence_spans)
    meeting.evidence_spans += [s for s in other.evidence_spans if s not in known]
