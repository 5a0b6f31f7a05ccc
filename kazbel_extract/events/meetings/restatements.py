"""Which mentions are one meeting: a headline, a lede and a later "during the talks" that restate one meeting
are joined into one record with the union of what they say.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .candidate import Candidate, agree, complete
from .counterparts import Description
from .people import People, surname

SENTENCE_ENDS = frozenset(".!?\"\u201d")


class Restatements:
    """Decides which earlier mention a new one restates (same people, or among them, or pointing back, or told in a
    clause on it, or naming its other side only by a title, with no disagreeing day or city) and joins them; a
    mention that restates none is a meeting of its own."""

    def __init__(self, people: People, distinct: Callable[[list[Span]], list[Span]],
                 may_hold: Callable[[Description, Span], bool]):
        self.people = people
        self.distinct = distinct  # one mention per person
        self.may_hold = may_hold  # whether a named person can be a side told only by title

    def merge(self, merged: list[Candidate], new: Candidate) -> None:
        """Join a mention to the meeting it restates, the latest that fits: one whose date and city do not
        disagree and whose people are the mention's, or include them, or are among them ("Lukashenko said at the
        meeting" restates "Lukashenko met Tokayev"); a mention that points back ("The meeting was attended by
        X") joins the latest that fits in date and city."""
        names = new.surnames(self.people)
        fitting = [old for old in reversed(merged) if agree(old.date, new.date) and agree(old.location, new.location)
                   and old.earlier == new.earlier]
        same = next((old for old in fitting if old.surnames(self.people) == names), None)
        if not new.earlier and not (new.later and not new.anaphoric):  # "X met Y, and attended the session"
            same = same or next((old for old in fitting if old.trigger.sent != new.trigger.sent
                                 and _restates(names, old.surnames(self.people), new.anaphoric or _title(old.trigger.sent))), None)
        if same is None:  # "The session chaired by X and Y took place": the chairing verb tells of the session
            same = next((old for old in fitting
                         if _clause_on(new.trigger, old.trigger) or _clause_on(old.trigger, new.trigger)), None)
        if same is None and new.named and not new.earlier and not new.later:
            # "X met Y on 3 July and Z on 4 July. ... At the meeting with Z, the parties discussed": the meeting with Z
            own = frozenset(surname(self.people.name(p)) for p in new.named)
            same = next((old for old in fitting if old.trigger.sent != new.trigger.sent
                         and own <= old.surnames(self.people) and not names <= old.surnames(self.people)), None)
            if same is not None:
                new.people = list(new.named)
        if same is None and new.described and not new.earlier and not new.later:
            # "Talks between X and Y ... X said on meeting the President of Kazakhstan", Y given no title: a side told
            # by a title no one is named with is someone else of the meeting of its other people told before
            same = next((old for old in fitting if names < old.surnames(self.people)
                         and self._held_by_others(new.described, old, names)), None)
            # "K meeting delegates of the two countries" over "The President met X and Y": a headline's person who
            # may hold the title of the lede's side
            same = same or next((old for old in fitting if _title(old.trigger.sent) and names.isdisjoint(
                old.surnames(self.people)) and self._held_by_others(new.described, old, names)), None)
        if same is None and new.anaphoric and not new.earlier and fitting:
            # "attended the meeting": the last meeting told, before a visit only mentioned since ("X recalled the
            # visit of Z to Astana")
            same = next((old for old in fitting if not old.visit_only), fitting[0])
        if same is None:
            merged.append(new)
            return
        complete(same, new)
        same.people = self.distinct(same.people + new.people)
        same.visit_only = same.visit_only and new.visit_only
        if _title(same.trigger.sent) and not _title(new.trigger.sent):
            same.trigger = new.trigger  # the evidence is the lede, not the headline it restates

    def _held_by_others(self, sides: list[Description], meeting: Candidate, names: frozenset[str]) -> bool:
        """Each side told by title can be one of the people of `meeting` other than those of `names`."""
        others = [p for p in meeting.people if surname(self.people.name(p)) not in names]
        return all(any(self.may_hold(side, p) for p in others) for side in sides)


def _title(sent: Span) -> bool:
    """A headline: a line of its own without a full stop."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text not in SENTENCE_ENDS and any("\n" in t.text for t in sent[-1:])


def _clause_on(trigger: Token, other: Token) -> bool:
    """A meeting verb in a clause on another mention's meeting noun ("the meeting chaired by X"), or on the body
    of its "of" ("the session of the council which was chaired by X"): one mention, however the parser shared the
    names out between the two."""
    if trigger.dep_ not in ("acl", "relcl"):
        return False
    noun = trigger.head
    body_of = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == other.i
    return noun.i == other.i or body_of


def _restates(names: frozenset[str], earlier: frozenset[str], points_back: bool) -> bool:
    """One mention's people are among the other's, and the smaller names two people or points back."""
    smaller = min(names, earlier, key=len)
    return (names <= earlier or earlier <= names) and (len(smaller) >= 2 or points_back)
