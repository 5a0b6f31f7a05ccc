"""Days counted from a known day: a date read against the article's day ("on Friday" in a Friday's article),
"today" and "yesterday" from the article's day, "the same day" and "the day before" from the day told last.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span

from ...values import YEAR, parse_date
from .day_mentions import article_day, first_day, with_year, written_year


class ArticleDays:
    """Decides the day a date mention or a relative phrase of a sentence tells: against the article's day, or
    counted from the day the text told before the sentence."""

    def __init__(self, doc: Doc, words: dict, dates: list[Span], words_of, relative_years: dict[str, int]):
        self.doc = doc
        self.words = words
        self.dates = dates  # the day dates of the doc, in text order
        self.words_of = words_of  # the lowercased words of a sentence
        self._sentence_shift: dict[int, int | None] = {}
        self.base = article_day(doc)
        self.reference = with_year(self.base)
        self.relative_years = relative_years  # "this year", "last year": a year counted from the article's

    def day(self, date: Span) -> str | None:
        """The day a date of the meeting names, read against the article's day: "on Friday" in a Friday's article
        is that day, not the week before ("last Friday" is the week before; "Monday (June 3)" is the day written
        out); a day without a year takes the year of the article's day, or the year before when that day would
        come after the article's by more than `upcoming_days` (a held meeting is reported after it: "on 28
        December" in a story of 3 January)."""
        text = date.text.lower()
        if self.reference and _weekday(self.reference) in text and not re.search(r"\d", text) \
                and set(re.findall(r"[a-z]+", text)).isdisjoint(self.words["earlier_words"]):
            return self.reference
        written = written_year(date.text, self.relative_years, self.reference)  # "7 May last year"
        day = parse_date(first_day(written), self.reference)
        if day is None or self.reference is None or day <= self.reference or YEAR.search(written) \
                or self.upcoming(day):
            return day
        return _year_before(day)

    def upcoming(self, day: str | None) -> bool:
        """Whether a day comes after the article's, within `upcoming_days` of it: a meeting on it is not yet held
        ("a meeting of the council on 19 October" in a story of 18 October)."""
        if not day or len(day) != 10 or self.reference is None or day <= self.reference:
            return False  # none, a day without its year ("--10-19"), or one not after the article's
        return (dt.date.fromisoformat(day) - dt.date.fromisoformat(self.reference)).days <= self.words["upcoming_days"]

    def relative_day(self, sent: Span) -> int | None:
        """The days from the article's day a sentence's "today", "yesterday", "this morning" count."""
        return next((days for words, days in self.words["relative_days"].items()
                     if (words in self.words_of(sent) if " " not in words else words in sent.text.lower())), None)

    def shift_from_day_before(self, sent: Span) -> int | None:
        """The days after the day told last that a sentence's "the same day", "the day before", "the next day"
        count; not a phrase with an object of its own ("the day before the summit", "on the eve of the talks")."""
        if sent.start not in self._sentence_shift:
            text = sent.text.lower()
            self._sentence_shift[sent.start] = None
            for phrase, days in self.words["days_from_the_day_before"].items():
                at = text.find(phrase)
                last = self.doc.char_span(sent.start_char + at, sent.start_char + at + len(phrase),
                                          alignment_mode="expand") if at >= 0 else None
                if last is not None and not any(c.dep_ == "pobj" or (c.dep_ == "prep" and c.lower_ == "of")
                                                for c in last[-1].children):
                    self._sentence_shift[sent.start] = days
                    break
        return self._sentence_shift[sent.start]

    def day_told_before(self, sent: Span) -> tuple[str, Span | None] | None:
        """The day the text told last before a sentence, and the date that told it: the last day date before it,
        or the article's day when a sentence after that date says "today" or "yesterday" (None then)."""
        earlier = [d for d in self.dates if d.end <= sent.start]
        for before in reversed([s for s in self.doc.sents if s.end <= sent.start]):
            if earlier and before.start <= earlier[-1].start:
                day = self.day(earlier[-1])
                return (day, earlier[-1]) if day else None
            shift = self.relative_day(before)
            if shift is not None and self.base:
                return shifted(self.base, shift), None
        return None


def shifted(day: str, shift: int) -> str | None:
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


def _year_before(day: str) -> str | None:
    """`day` a year earlier; None for 29 February of a year before a common one."""
    try:
        return dt.date.fromisoformat(day).replace(year=int(day[:4]) - 1).isoformat()
    except ValueError:
        return None
