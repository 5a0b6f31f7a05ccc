"""Period strings: "January-September 2018" is `2018-01/2018-09`, "Q2 2019" is `2019-04/2019-06`.

`parse_period` reads a period off the text of a DATE mention: pieces without a year take the year
written after them, else a context year; relative years ("last year", "this year") resolve against
`published`. Month names, number words and ordinals are a `Calendar` of the pipeline's calendar
(`models/vocabulary/calendar.json`, or the copy its data folder holds). Which DATE a figure's period
is read from is `sentence_dates`' and `periods`' business, not this module's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import vocabulary
from ..text import DASHES

YEAR = r"(?:19|20)\d\d"
SPAN_LINKS = ("to", "till", "until", "through", *DASHES)  # the words that join the two ends of a span of time
SPAN_WORDS = "(?:" + "|".join(map(re.escape, (*SPAN_LINKS, "and"))) + ")"


class Calendar:
    """The calendar words a period is read with: months (full names and abbreviations), number words, ordinals,
    the phrases of a year counted from the published one ("last year"; those of -1 are the shifts back of "the
    same period a year earlier"), and the cues around a figure's date: back-references, cumulative and
    year-start words, deadlines."""

    def __init__(self, table: dict):
        self.relative_years = table["relative_years"]
        self.relative_months = {re.sub(r"\s+", " ", k.lower()): shift for k, shift in table["relative_months"].items()}
        self.relative_month = re.compile(rf"^\s*(?:(?:in|during|over|for)\s+)?(?:the\s+)?"
                                         rf"(?P<rel>{phrase_pattern(self.relative_months).pattern})\s*$", re.IGNORECASE)
        # "last month", "in the previous month": a month counted from the published one
        self.as_of = re.compile(rf"{phrase_pattern(table['as_of']).pattern}\s*(?P<day>\d{{1,2}})?\s*$", re.IGNORECASE)
        # "as of 1": the words before a day up to which a figure accumulated
        self.shift_back = phrase_pattern(k for k, shift in self.relative_years.items() if shift == -1)  # "a year earlier"
        self.the_year = phrase_pattern(k for k, shift in self.relative_years.items() if shift == 0 and k.startswith("the "))
        # "the year": this year, or the year under discussion when its paragraph has one
        self.back_reference = phrase_pattern(table["back_references"])  # "the same period"
        self.running_year = re.compile(rf"^\s*{phrase_pattern(table['running_years']).pattern}\s*$", re.IGNORECASE)
        # "the past year": a stretch of time up to publication, no base unless the sentence states another period
        self.narrative_year = re.compile(rf"(?:(?:a|an|the|in|in\s+the)\s+)?{phrase_pattern(table['narrative_years']).pattern}",
                                         re.IGNORECASE)  # "a year earlier": a year before the period stated last
        self.part_reference = re.compile(rf"(?:^|[,;:(\u2013\u2014-])\s*{phrase_pattern(table['part_references']).pattern}",
                                         re.IGNORECASE)  # "Of this amount, exports ...": a part of the amount before
        self.cumulative = phrase_pattern(table["cumulative"])  # "since"
        self.year_start = phrase_pattern(table["year_start"])  # "the beginning of"
        self.deadline = re.compile(rf"{phrase_pattern(table['deadlines']).pattern}(?:\s+the)?(?:\s+end\s+of)?(?:\s+the)?\s*$",
                                   re.IGNORECASE)  # "through 2026", "until the end of 2025"
        year_ref = rf"(?:{YEAR}|" + "|".join(re.escape(k) for k in sorted(self.relative_years, key=len, reverse=True)) + \
            r")(?![a-z\d])"  # not "coming years"; "the year before" is not "the year"
        self.year_only = re.compile(year_ref, re.IGNORECASE)
        self.possessive_year = re.compile(rf"\b(?P<year>{year_ref})\s*['\u2019]\s*s\s+", re.IGNORECASE)
        # "2023's first half", "last year's fourth quarter": the piece of that year
        self.shorthand = re.compile(rf"[qQ][1-4]|[hH][12]|(?:[1-4][qQ]|[12][hH])(?:{YEAR})?|\d{{1,2}}[mM]{YEAR}|FY{YEAR}")
        # "Q3", "H1", "1Q", "1H2024", "9M2023", "FY2023": a quarter, half, months count or year however the tagger read it
        self.months = {name.lower().rstrip("."): number  # "january", "jan", "sept": whole words, not "decade"
                       for name, number in {**table["months"], **table["month_abbreviations"]}.items()}
        self.numbers = table["numbers"]
        self.half = table["half"]  # "and a half": "one and a half billion"
        self.ordinals = table["ordinals"]
        month = rf"(?:{'|'.join(sorted(self.months, key=len, reverse=True))})\.?(?![a-z])"
        self.between_months = re.compile(rf"\bbetween\s+({month})\s+and\s+({month})", re.IGNORECASE)
        # "between January and June": a span of months, as "January-June"
        self.day_of_month = re.compile(rf"^\s*(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<month>{month})"
                                       rf"(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?,?\s*(?:of\s+)?(?P<year>{YEAR})?\s*$",
                                       re.IGNORECASE)  # "1 October 2023", "October 1, 2023", "October 2023"
        self.closed_count = re.compile(
            rf"\b(?P<n>\d{{1,2}}|{'|'.join(self.numbers)})(?:\s+months|-month(?:\s+period)?)\s+"
            rf"{phrase_pattern(table['closing_words']).pattern}\s+(?P<month>{month})"
            rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s*(?:of\s+)?(?P<year>{year_ref}))?", re.IGNORECASE)
        # "the three months to September", "the nine months ended September 30, 2023": the months up to that one
        quarters = "|".join(re.escape(w) for w, n in self.ordinals.items() if n <= 4)
        halves = "|".join(re.escape(w) for w, n in self.ordinals.items() if n <= 2)
        self.piece = re.compile(
            rf"(?:(?P<months>(?P<m1>{month})\s*(?:-|\u2013|\u2014|through|to|till|until)\s*(?P<m2>{month}))"
            rf"|(?P<quarter>\bq(?P<q>[1-4])\b|\b(?P<q2>[1-4])q(?![a-z])"
            rf"|\b(?P<qword>{quarters})(?:\s+(?:and|to|through)\s+(?P<qlast>{quarters}))?\s+quarters?\b)"
            # "the second and third quarters": the quarters from one to the other
            rf"|(?P<half>\bh(?P<h>[12])\b|\b(?P<h2>[12])h(?![a-z])|\b(?P<hword>{halves})\s+(?:half(?:[\s-]year)?|semester))"
            rf"|(?P<count>\b(?P<n>\d{{1,2}}|{'|'.join(self.numbers)})(?:\s+months|-month\b)|\b(?P<n2>\d{{1,2}})\s?m(?![a-z]))"
            rf"|(?P<quarters>\bfirst\s+(?P<nq>[1-4]|{'|'.join(self.numbers)})\s+quarters)"  # "the first three quarters"
            rf"|(?P<month>\b{month}(?![a-z])))"
            rf"(?:\s+period)?(?:,?\s*(?:of\s+)?(?:the\s+)?(?P<year>{year_ref}))?"  # "1H2024", "9M 2023": Trend's shorthands
            rf"|(?P<span>\b(?P<y1>{YEAR})\s*(?:(?:-|\u2013)\s*(?P<y2>{YEAR}|\d\d)|\s{SPAN_WORDS}\s+(?P<y3>{YEAR}))\b)"
            rf"|(?P<alone>{year_ref})",
            re.IGNORECASE,
        )

    def month(self, text: str) -> int:
        return self.months[text.lower().rstrip(".")]

    def year_alone(self, text: str) -> bool:
        """ "2023", "last year", "this year": a year and nothing more."""
        return bool(self.year_only.fullmatch(text.strip()))

    def yearless(self, text: str) -> bool:
        """ "January-November", "over five months", "the first quarter": months that need a year to be a period."""
        return not self.year_only.search(text) and parse_period(text, None, 2000, self) is not None


def phrase_pattern(phrases) -> re.Pattern:
    """One pattern for whole-word phrases, any run of spaces between their words."""
    alternatives = (r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def default_calendar() -> Calendar:
    """The shipped calendar, for periods read without a pipeline."""
    return Calendar(vocabulary.default("calendar"))


@dataclass(frozen=True)
class Period:
    start_year: int
    start_month: int
    end_year: int
    end_month: int

    def __str__(self) -> str:
        if self.start_year == self.end_year and (self.start_month, self.end_month) == (1, 12):
            return str(self.start_year)
        if (self.start_year, self.start_month) == (self.end_year, self.end_month):
            return f"{self.start_year}-{self.start_month:02d}"
        return f"{self.start_year}-{self.start_month:02d}/{self.end_year}-{self.end_month:02d}"


def resolve_year(text: str, published: str | None, calendar: Calendar | None = None) -> int | None:
    """`2018` is 2018; `last year` is the year before `published` (None without it)."""
    if re.fullmatch(YEAR, text):
        return int(text)
    shift = (calendar or default_calendar()).relative_years.get(re.sub(r"\s+", " ", text.lower()))
    if shift is None or not published:
        return None
    return int(published[:4]) + shift


def _is_day(text: str, match: re.Match) -> bool:
    before, after = text[: match.start()], text[match.end("month") :]
    return bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s*$", before) or re.match(r"\s*\d{1,2}\b(?!\d)", after))


def _piece(match: re.Match, year: int | None, calendar: Calendar) -> Period | None:
    if match.group("span"):
        y1, y2 = match.group("y1"), match.group("y2") or match.group("y3")
        end = int(y2) if len(y2) == 4 else int(y1[:2] + y2)
        return Period(int(y1), 1, end, 12) if end >= int(y1) else None
    if year is None:
        return None
    if match.group("months"):
        return Period(year, calendar.month(match.group("m1")), year, calendar.month(match.group("m2")))
    if match.group("quarter"):
        digit = match.group("q") or match.group("q2")
        q = int(digit) if digit else calendar.ordinals[match.group("qword").lower()]
        last = calendar.ordinals[match.group("qlast").lower()] if match.group("qlast") else q
        return Period(year, 3 * q - 2, year, 3 * last) if last >= q else None
    if match.group("half"):
        digit = match.group("h") or match.group("h2")
        h = int(digit) if digit else calendar.ordinals[match.group("hword").lower()]
        return Period(year, 6 * h - 5, year, 6 * h)
    if match.group("quarters"):
        n = match.group("nq").lower()
        quarters = int(n) if n.isdigit() else calendar.numbers[n]
        return Period(year, 1, year, 3 * quarters) if 1 <= quarters <= 4 else None
    if match.group("count"):
        n = (match.group("n") or match.group("n2")).lower()
        months = int(n) if n.isdigit() else calendar.numbers[n]
        return Period(year, 1, year, months) if 1 <= months <= 12 else None
    if match.group("month"):
        month = calendar.month(match.group("month"))
        return Period(year, month, year, month)
    return Period(year, 1, year, 12)


def _closed_count(match: re.Match, published: str | None, context_year: int | None, calendar: Calendar) -> str | None:
    """ "the three months to September" is July-September of its year; None when the count reaches back past January
    ("the 12 months to September" rolls over two years) or the year is unknown."""
    n = match.group("n").lower()
    count = int(n) if n.isdigit() else calendar.numbers[n]
    year = resolve_year(match.group("year"), published, calendar) if match.group("year") else context_year
    last = calendar.month(match.group("month"))
    if year is None or not 1 <= count <= last:
        return None
    return str(Period(year, last - count + 1, year, last))


def relative_month(text: str, published: str | None, calendar: Calendar) -> str | None:
    """ "last month" published in March 2024 is `2024-02`; None for other text or without `published`."""
    match = calendar.relative_month.match(text)
    if match is None or not published:
        return None
    shift = calendar.relative_months[re.sub(r"\s+", " ", match.group("rel").lower())]
    months = int(published[:4]) * 12 + int(published[5:7]) - 1 + shift
    return f"{months // 12}-{months % 12 + 1:02d}"


def accumulated_until(day_text: str, day: str | None, context_year: int | None, calendar: Calendar) -> str | None:
    """The months of its year a figure "as of" a day accumulated over: "1 October 2023" is `2023-01/2023-09` (the
    first day of a month closes the month before; "as of 1 January 2024" is 2023), "15 October 2023" is
    `2023-01/2023-10`; None when `day_text` names no month of a known year."""
    match = calendar.day_of_month.match(day_text)
    if match is None:
        return None
    year = int(match.group("year")) if match.group("year") else context_year
    if year is None:
        return None
    day = day or match.group("d1") or match.group("d2")
    month = calendar.month(match.group("month"))
    if day is not None and int(day) == 1:
        month -= 1
    if month == 0:
        return str(year - 1)
    return str(Period(year, 1, year, month))


def parse_period(text: str, published: str | None = None, context_year: int | None = None,
                 calendar: Calendar | None = None) -> str | None:
    """The period a DATE mention names, or None ("the past three years", a day, a year that cannot resolve)."""
    calendar = calendar or default_calendar()
    month = relative_month(text, published, calendar)
    if month is not None:
        return month
    text = calendar.between_months.sub(r"\1-\2", text)  # "between January and June 2023"
    text = re.sub(rf"\b({YEAR})\s+([qQ][1-4]|[hH][12])\b", r"\2 \1", text)  # "2024 Q1": the quarter of that year
    text = re.sub(rf"\b(?:the\s+)?year\s+({YEAR})\b", r"\1", text, flags=re.IGNORECASE)  # "the first half of the year 2023"
    closed = calendar.closed_count.search(text)
    if closed:
        return _closed_count(closed, published, context_year, calendar)
    possessive = calendar.possessive_year.search(text)
    if possessive:  # "2023's first half" is "first half of 2023"
        text = f"{text[: possessive.start()]}{text[possessive.end() :]} of {possessive.group('year')}"
    pieces = []
    matches = list(calendar.piece.finditer(text))
    for n, match in enumerate(matches):
        written = match.group("year") or match.group("alone")
        if not written and not match.group("span") and n + 1 < len(matches) and match.group("quarter") \
                and matches[n + 1].group("quarter") and matches[n + 1].group("year"):
            written = matches[n + 1].group("year")  # "Q1-Q3 2023": a quarter takes the year of the quarter it runs to
        year = resolve_year(written, published, calendar) if written else context_year
        if written and year is None:
            return None
        if match.group("month") and _is_day(text, match):
            return None  # "16 March" names a day, not a period
        if match.group("count") and not written and re.search(r"\b(?:past|last|previous|recent)\s*$", text[: match.start()],
                                                              re.IGNORECASE):
            return None  # "over the past 12 months": a rolling span, no months of a year
        piece = _piece(match, year, calendar)
        if piece is None:
            return None
        if match.group("count") and re.search(r"\b(?:last|final)\s*$", text[: match.start()], re.IGNORECASE):
            piece = Period(piece.end_year, 13 - piece.end_month, piece.end_year, 12)  # "the last two months of 2023"
        pieces.append(piece)
    if not pieces:
        return None
    first = min(pieces, key=lambda p: (p.start_year, p.start_month))
    last = max(pieces, key=lambda p: (p.end_year, p.end_month))
    return str(Period(first.start_year, first.start_month, last.end_year, last.end_month))


def years_in(text: str) -> list[int]:
    """Four-digit years written in a text, in order."""
    return [int(y) for y in re.findall(rf"\b{YEAR}\b", text)]


def as_period(text: str) -> Period | None:
    """The Period of a period string `parse_period` gave."""
    parts = [tuple(map(int, p.split("-"))) for p in text.split("/")] if text else []
    if len(parts) == 1:
        (year, *month), = parts
        return Period(year, month[0], year, month[0]) if month else Period(year, 1, year, 12)
    (y1, m1), (y2, m2) = parts
    return Period(y1, m1, y2, m2)


def moved_to(period: str, year: int) -> str:
    """`2023-01/2023-04` moved to 2022 is `2022-01/2022-04`: a period of the same months in another year."""
    p = as_period(period)
    return str(replace(p, start_year=year, end_year=year + p.end_year - p.start_year))
