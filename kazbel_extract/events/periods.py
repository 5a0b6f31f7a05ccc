"""Trade periods: "January-September 2018" is `2018-01/2018-09`, "Q2 2019" is `2019-04/2019-06`.

A period is read off the text of a DATE mention. Pieces without a year take the year written
after them, else the year in force at that point of the article (`context_year`); relative
years ("last year", "this year") resolve against `published`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import vocabulary

CALENDAR = vocabulary.default("calendar")  # months, number words and ordinals: the shared list
MONTHS = {name[:3].lower(): number for name, number in CALENDAR["months"].items()}
NUMBERS = CALENDAR["numbers"]
ORDINALS = CALENDAR["ordinals"]
RELATIVE_YEARS = {"last year": -1, "previous year": -1, "past year": -1, "this year": 0, "current year": 0,
                  "the year": 0, "next year": 1, "coming year": 1}

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
YEAR = r"(?:19|20)\d\d"
YEAR_REF = rf"(?:{YEAR}|" + "|".join(re.escape(k) for k in RELATIVE_YEARS) + r")(?![a-z\d])"  # not "coming years"
PIECE = re.compile(
    rf"(?:(?P<months>(?P<m1>{MONTH})\s*(?:-|\u2013|\u2014|through|to|till|until)\s*(?P<m2>{MONTH}))"
    rf"|(?P<quarter>\bq(?P<q>[1-4])\b|\b(?P<qword>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)"
    rf"|(?P<half>\bh(?P<h>[12])\b|\b(?P<hword>first|second)\s+half)"
    rf"|(?P<count>\b(?P<n>\d{{1,2}}|{'|'.join(NUMBERS)})\s+months)"
    rf"|(?P<month>\b{MONTH}(?![a-z])))"
    rf"(?:,?\s+(?:of\s+)?(?:the\s+)?(?P<year>{YEAR_REF}))?"
    rf"|(?P<span>\b(?P<y1>{YEAR})\s*(?:-|\u2013)\s*(?P<y2>{YEAR}|\d\d)\b)"
    rf"|(?P<alone>{YEAR_REF})",
    re.IGNORECASE,
)


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


def resolve_year(text: str, published: str | None) -> int | None:
    """`2018` is 2018; `last year` is the year before `published` (None without it)."""
    if re.fullmatch(YEAR, text):
        return int(text)
    shift = RELATIVE_YEARS.get(re.sub(r"\s+", " ", text.lower()))
    if shift is None or not published:
        return None
    return int(published[:4]) + shift


def _month(text: str) -> int:
    return MONTHS[text[:3].lower()]


def _is_day(text: str, match: re.Match) -> bool:
    before, after = text[: match.start()], text[match.end("month") :]
    return bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s*$", before) or re.match(r"\s*\d{1,2}\b(?!\d)", after))


def _piece(match: re.Match, year: int | None) -> Period | None:
    if match.group("span"):
        y1, y2 = match.group("y1"), match.group("y2")
        end = int(y2) if len(y2) == 4 else int(y1[:2] + y2)
        return Period(int(y1), 1, end, 12) if end >= int(y1) else None
    if year is None:
        return None
    if match.group("months"):
        return Period(year, _month(match.group("m1")), year, _month(match.group("m2")))
    if match.group("quarter"):
        q = int(match.group("q")) if match.group("q") else ORDINALS[match.group("qword").lower()]
        return Period(year, 3 * q - 2, year, 3 * q)
    if match.group("half"):
        h = int(match.group("h")) if match.group("h") else ORDINALS[match.group("hword").lower()]
        return Period(year, 6 * h - 5, year, 6 * h)
    if match.group("count"):
        n = match.group("n").lower()
        months = int(n) if n.isdigit() else NUMBERS[n]
        return Period(year, 1, year, months) if 1 <= months <= 12 else None
    if match.group("month"):
        month = _month(match.group("month"))
        return Period(year, month, year, month)
    return Period(year, 1, year, 12)


def parse_period(text: str, published: str | None = None, context_year: int | None = None) -> str | None:
    """The period a DATE mention names, or None ("the past three years", a day, a year that cannot resolve)."""
    pieces = []
    for match in PIECE.finditer(text):
        written = match.group("year") or match.group("alone")
        year = resolve_year(written, published) if written else context_year
        if written and year is None:
            return None
        if match.group("month") and _is_day(text, match):
            return None  # "16 March" names a day, not a period
        piece = _piece(match, year)
        if piece is None:
            return None
        pieces.append(piece)
    if not pieces:
        return None
    first = min(pieces, key=lambda p: (p.start_year, p.start_month))
    last = max(pieces, key=lambda p: (p.end_year, p.end_month))
    return str(Period(first.start_year, first.start_month, last.end_year, last.end_month))


def years_in(text: str) -> list[int]:
    """Four-digit years written in a text, in order."""
    return [int(y) for y in re.findall(rf"\b{YEAR}\b", text)]
