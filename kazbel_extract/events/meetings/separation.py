"""One mention of several meetings: "X met Y on 3 July and Z on 4 July", "X met separately with Y and Z", "X held
talks with Y, and later with Z" are a meeting with each counterpart.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .candidate import Candidate
from .article_days import ArticleDays
from .dates import in_another_clause
from .places import MeetingPlaces
from ..syntax import SUBJECTS


class SeparateMeetings:
    """Decides whether the counterparts of one mention met its subject apart (own days, "separately", a later time
    between them) and splits the mention into one meeting per group of counterparts."""

    def __init__(self, doc: Doc, words: dict, dates_in: dict[int, list[Span]], days: ArticleDays,
                 places: MeetingPlaces):
        self.doc = doc
        self.places = places  # the city told right on a group's counterparts is that meeting's
        self.words = words
        self.dates_in = dates_in  # the day dates of each sentence, by sentence start
        self.days = days  # the day a date tells

    def split(self, candidate: Candidate) -> list[Candidate]:
        """One mention of several meetings: "X met Y on 3 July and Z on 4 July", "X met separately with Y and Z",
        "X held talks with Y, and later with Z". The subject meets each counterpart apart when the counterparts
        are told with days of their own, "separately" or "separate" is said of the meeting, or a word of a later
        time stands between them; each meeting keeps the subject and takes its counterparts' day."""
        trigger, w = candidate.trigger, self.words
        sent = trigger.sent
        verb = trigger if trigger.pos_ in ("VERB", "AUX") or trigger.dep_ not in ("dobj", "nsubjpass") else trigger.head
        subjects = {t.i for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree}
        side = [p for p in candidate.people if p.root.i in subjects]
        counterparts = sorted((p for p in candidate.people if p.sent == sent and p.root.i not in subjects
                               and p.start > trigger.i), key=lambda p: p.start)
        if not side or len(counterparts) < 2 or len(side) + len(counterparts) != len(candidate.people):
            return [candidate]
        apart = any(t.lower_ in w["separate_words"] and t.head.i in (verb.i, trigger.i) and t.dep_ in ("advmod", "amod")
                    for t in sent)
        days = [d for d in self.dates_in[sent.start] if d.start > counterparts[0].start
                and not in_another_clause(d.root, trigger)]  # not "Y, who took office on 1 February,"
        # "was received by Y, and on 4 July by Z": a day opening a later counterpart's own conjunct is that one's
        fronted = [None] + [next((d for d in days if join is not None and join < d.start and d.end <= person.start), None)
                            for join, person in zip(self._joins(counterparts), counterparts[1:])]
        gapped = any(d is not None for d in fronted)
        own_day = [next((d for d in days if d.start > p.end and d not in fronted and not any(
            q.start < d.start and q.start > p.end for q in counterparts)), fronted[k])
                   for k, p in enumerate(counterparts)]  # the day told right after a counterpart, before the next one
        dated = (gapped or all(d is not None for d in own_day)) and len({_start(d) for d in own_day}) > 1
        later = [any(self._later_word(self.doc[i], verb) for i in range(a.end, b.start))
                 for a, b in zip(counterparts, counterparts[1:])]
        if not (apart or dated or any(later)):
            return [candidate]
        groups: list[list[Span]] = [[counterparts[0]]]
        for k, person in enumerate(counterparts[1:]):
            if apart or later[k] or (dated and _start(own_day[k + 1]) != _start(own_day[k])):
                groups.append([person])
            else:
                groups[-1].append(person)
        own_cities = [self.places.on_people(sent, group) for group in groups]
        told_apart = {city for cities in own_cities for city in cities}
        meetings = []
        for k, group in enumerate(groups):
            first = counterparts.index(group[0])
            own = own_day[first] if dated else None
            date = self.days.day(own) if own is not None else self._clause_day(trigger, [d for d in own_day if d is not None]) if dated else candidate.date
            anchors = [own] if own is not None else []
            # "met Y in Astana, and later Z in Bishkek": each its own city; another group's city is not this one's
            location = own_cities[k][0] if own_cities[k] else None if candidate.location in told_apart else candidate.location
            meetings.append(Candidate(trigger, side + group, candidate.anaphoric, candidate.earlier,
                                      candidate.later or any(later[:first]), date, location, candidate.venue,
                                      candidate.visit_only, side + group + anchors, candidate.day_told_before))
        return meetings

    def _joins(self, counterparts: list[Span]) -> list[int | None]:
        """The "and" or comma that opens each later counterpart's conjunct: the last one between it and the one
        before."""
        return [next((i for i in range(b.start - 1, a.end - 1, -1) if self.doc[i].lower_ in ("and", ",")), None)
                for a, b in zip(counterparts, counterparts[1:])]

    def _clause_day(self, trigger: Token, own_days: list[Span]) -> str | None:
        """The day of the counterparts a gapped sentence gives no day of their own: a day stated before the
        meeting's trigger ("On 3 July, X was received by Y, and on 4 July by Z"), else none ("X was received by
        Y, and on 4 July by Z": the day is Z's)."""
        sent = trigger.sent
        before = [d for d in self.dates_in[sent.start] if d.end <= trigger.i and d not in own_days
                  and not in_another_clause(d.root, trigger)]
        return self.days.day(before[-1]) if before else None

    def _later_word(self, token: Token, verb: Token) -> bool:
        """ "and later with Z", "then Z": a word of a later time on the meeting's own verb or on a phrase of it, not
        in a clause of another verb ("Y, who later became minister")."""
        return token.lower_ in self.words["later_words"] and token.dep_ == "advmod" \
            and (token.head.i == verb.i or token.head.pos_ not in ("VERB", "AUX"))


def _start(day: Span | None) -> int | None:
    return None if day is None else day.start
