"""The day of a meeting: the date its clause states, a day said relative to the article ("yesterday",
"today"), or the day of the meeting reported before ("On the same day, ...").

A date in another clause ("X, who took office on 20 July, met Y") is not the meeting's; a date of the
gathering the meeting was held at ("on the sidelines of the summit held in Astana on 4 July") is.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from ..values import parse_date
from .meeting_places import MeetingPlaces
from .syntax import CLAUSES, tree_distance

DAY_RANGE = re.compile(r"\d\s*[-\u2013]\s*\d")


def is_day(span: Span) -> bool:
    """A DATE entity that is one day, not a range ("5-6 March")."""
    return span._.date is not None and not DAY_RANGE.search(span.text)


class MeetingDates:
    """Decides the day of a meeting mention, and takes its city from `MeetingPlaces` at the same point of the
    parse (the trigger, or the earlier date a "same day" points to)."""

    def __init__(self, doc: Doc, words: dict, dates: list[Span], dates_in: dict[int, list[Span]], words_of,
                 meeting_places: MeetingPlaces):
        self.doc = doc
        self.words = words
        self.dates = dates  # the day dates of the doc, in text order
        self.dates_in = dates_in  # and by sentence start
        self.words_of = words_of  # the lowercased words of a sentence
        self.meeting_places = meeting_places
        self._sentence_same_day: dict[int, bool] = {}

    def _says_same_day(self, sent: Span) -> bool:
        """ "On the same day, ...": the meeting takes the date of the one reported before."""
        if sent.start not in self._sentence_same_day:
            text = sent.text.lower()
            self._sentence_same_day[sent.start] = any(p in text for p in self.words["same_day_phrases"])
        return self._sentence_same_day[sent.start]

    def when_and_where(self, trigger: Token) -> tuple[str | None, str | None, list[Span]]:
        sent = trigger.sent
        same_day = self._says_same_day(sent)
        dates = self.dates_in[sent.start]
        if same_day and not dates:
            earlier = [d for d in self.dates if d.end <= sent.start]
            if earlier:
                where = self.meeting_places.city(earlier[-1].sent, earlier[-1].root)
                return earlier[-1]._.date, where[0] if where else None, [earlier[-1]]
        verb = next((t for t in [trigger, *trigger.ancestors] if t.pos_ in ("VERB", "AUX")), trigger)
        gatherings = self._gatherings(verb)
        dates = [d for d in dates if not _in_another_clause(d.root, trigger, gatherings)]
        date = min(dates, key=lambda d: (tree_distance(verb, d.root), abs(d.root.i - trigger.i))) if dates else None
        published = self.doc._.published
        shift = next((days for words, days in self.words["relative_days"].items()
                      if (words in self.words_of(sent) if " " not in words else words in sent.text.lower())), None)
        if date is None and shift == 0 and published:
            value = published
        elif date is None and shift is not None and not published:
            value = self._from_dateline_day(shift)  # "ASTANA, 14 August (BelTA) - ... met yesterday"
        elif date is not None and published and _weekday(published) in date.text.lower():
            value = published  # "on Friday" in a Friday's article is that day, not the week before
        else:
            value = date._.date if date is not None else None
        city = self.meeting_places.city(sent, trigger, gatherings)
        return value, city[0] if city else None, [date] if date is not None else []

    def _from_dateline_day(self, shift: int) -> str | None:
        """The day `shift` days from the dateline's day, for an article without a published date."""
        dateline = self.doc._.dateline
        day = parse_date(dateline.day) if dateline is not None and dateline.day else None
        return _shifted(day, shift) if day else None

    def _gatherings(self, verb: Token) -> list[Token]:
        """The gatherings a meeting was held at, in the phrases on its verb ("met on the sidelines of the summit",
        "held talks at the forum"): their day and city, also in a clause on them ("the summit held in Astana on 4
        July"), are the meeting's."""
        found = []
        if self.words_of(verb.sent).isdisjoint(self.words["gathering_nouns"]):
            return found  # read the phrases only in a sentence that names a gathering
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            chain = [g for g in prep.subtree if g.lower_ in self.words["gathering_nouns"] and g.pos_ in ("NOUN", "PROPN")]
            found += [g for g in chain if all(a.dep_ in ("prep", "pobj") for a in _path_up(g, verb))]
        return found


def _path_up(token: Token, top: Token) -> list[Token]:
    """The tokens from `token` up to `top`, `top` excluded (all its ancestors when `top` is not one)."""
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def _in_another_clause(token: Token, trigger: Token, gatherings: list[Token] = ()) -> bool:
    """Whether `token` sits in a clause that is neither the trigger's nor one on it, its verbs or (for a noun) its
    phrase: "X, who took office on 20 July, met Y", "met Y to review the deal approved on 12 January" (but "the
    session, held on 26 October, ..." and "X said as he met Y on 16 March" are the meeting's)."""
    own = {trigger.i, *(t.i for t in trigger.ancestors), *(g.i for g in gatherings)}
    if trigger.pos_ in ("NOUN", "PROPN"):  # "the talks of X and Y, which took place on 3 February": the noun's phrase
        own |= {t.i for t in trigger.subtree}
    while token.i not in own and token.head is not token:
        if token.dep_ in CLAUSES and token.head.i not in own:
            return True
        token = token.head
    return False


def _shifted(day: str, shift: int) -> str | None:
    """`day` moved by `shift` days; a year-less "--MM-DD" stays year-less, and is None when the year would tell
    ("--03-01" less a day is 28 or 29 February)."""
    if not day.startswith("--"):
        return (dt.date.fromisoformat(day) + dt.timedelta(days=shift)).isoformat()
    moved = set()
    for year in (2000, 2001):  # a leap year and a common one
        try:
            moved.add((dt.date.fromisoformat(f"{year}{day[1:]}") + dt.timedelta(days=shift)).strftime("--%m-%d"))
        except ValueError:  # 29 February of a common year
            return None
    return moved.pop() if len(moved) == 1 else None


def _weekday(iso_date: str) -> str:
    return dt.date.fromisoformat(iso_date).strftime("%A").lower()
