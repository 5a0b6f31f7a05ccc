"""The days a doc names: DATE entities of one day or of a few, and the days the tagger left untagged; the first
day of a span of days; the article's own day (published, else the dateline's).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...values import NUMERIC_DAY, RELATIVE_WORDS, parse_date
from ..syntax import token_words

_UNTIL = r"\s*(?:[-\u2013\u2014]|\b(?:to|till|until|through|and)\b)\s*"  # what joins the first and last day of a span
# "5-6 March", "5 and 6 March", "from 20 to 22 June", "June 20 through 22"
DAY_RANGE = re.compile(rf"(?<![\d-])\d{{1,2}}(?:st|nd|rd|th)?{_UNTIL}\d{{1,2}}(?![\d-])")
_DAYS_BEFORE_MONTH = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?{_UNTIL}\d{{1,2}}(?:st|nd|rd|th)?(\s+[A-Za-z]+\.?)(,?\s+\d{{4}})?")
_MONTH_BEFORE_DAYS = re.compile(rf"([A-Za-z]+\.?\s+\d{{1,2}})(?:st|nd|rd|th)?{_UNTIL}\d{{1,2}}(?:st|nd|rd|th)?(,?\s+\d{{4}})?")
_TWO_DAYS = re.compile(rf"(.*?[A-Za-z].*?){_UNTIL}(.*?[A-Za-z].*)")  # "30 June - 1 July 2023", "June 20 to June 22"
_YEAR_AT_END = re.compile(r",?\s+\d{4}$")
_MONTH_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")  # "16", "5th": a day of the month as one token
_YEAR_LINK = re.compile(r"(?:,|\s+of)?\s*$", re.IGNORECASE)  # what joins a day to its relative year
_SPAN_OPENING = re.compile(r"^(?:from|between)\s+", re.IGNORECASE)  # "between 20 and 22 June" as the tagger took it


def article_day(doc: Doc) -> str | None:
    """The day of the article: published, else the day its dateline writes ("--05-15" when without a year)."""
    dateline = doc._.dateline
    return doc._.published or (parse_date(dateline.day) if dateline is not None and dateline.day else None)


def with_year(day: str | None) -> str | None:
    return day if day and not day.startswith("--") else None


def written_year(text: str, relative_years: dict[str, int], reference: str | None) -> str:
    """ "7 May this year", "on 3 June last year": a day whose year a phrase counts from the article's year, written
    with that year ("7 May 2025"), or without a year when the article's is unknown; other text as written."""
    lower = text.lower()
    for phrase, shift in relative_years.items():
        if lower.endswith(" " + phrase) and any(c.isdigit() for c in text[: -len(phrase)]):
            day = _YEAR_LINK.sub("", text[: -len(phrase)])  # "December 12 of last year", "7 May, this year"
            return f"{day} {int(reference[:4]) + shift}" if reference else day
    return text


def day_mentions(doc: Doc, months: dict[str, int], relative_years: dict[str, int]) -> list[Span]:
    """The days a doc names, in text order: DATE entities (and TIME ones of a named day) of one day or of a few ("on 14-15 October", "on 14 and 15
    October": a meeting of several days took place from the first), read against the article's day ("on
    Wednesday" of an undated story filed on a dated dateline), and the days the tagger left untagged: numeric ("on
    12.05.2025"), a day and a capitalised month of `months` ("On 16 June Smailov was received", read as a name) or
    a day of the month alone ("on the 5th")."""
    reference = with_year(article_day(doc))
    tagged: list[Span] = []
    # a DATE, or a TIME of a named day ("On Wednesday morning", "yesterday evening")
    for entity in (e for e in doc.ents if e.label_ == "DATE" or (e.label_ == "TIME" and RELATIVE_WORDS.search(e.text))):
        date = _with_first_day(entity)
        if tagged and tagged[-1].start == date.start:
            tagged.pop()  # the "14" of "14 and 15 October" the tagger took apart
        tagged.append(date)
    words = token_words(doc)
    numeric = [Span(doc, i, i + 1, label="DATE") for i, text in enumerate(words.text)
               if not words.ent_type[i] and NUMERIC_DAY.fullmatch(text)]
    untagged = [_day_and_month(doc, i) for i, text in enumerate(words.text)
                if text[:1].isupper() and words.lower[i] in months and words.ent_type[i] != "DATE"]
    found = tagged + numeric + [d for d in untagged if d is not None] + _days_of_the_month(doc)
    found = _with_weekdays(sorted(found, key=lambda d: d.start), reference)
    return [d for d in found if parse_date(first_day(written_year(d.text, relative_years, reference)), reference) is not None]


def _with_weekdays(days: list[Span], reference: str | None) -> list[Span]:
    """ "on Friday, 12 April", "on 12 April, Friday": a day named by its weekday and by its date, the tagger's two
    mentions, is one day, the date's (not the last Friday before the article's day)."""
    joined: list[Span] = []
    for day in days:
        before = joined[-1] if joined else None
        if before is not None and day.start == before.end + 1 and day.doc[before.end].text == "," \
                and any(c.isdigit() for c in before.text) != any(c.isdigit() for c in day.text):
            both = Span(day.doc, before.start, day.end, label="DATE")
            if parse_date(both.text, reference) is not None:
                joined[-1] = both
                continue
        joined.append(day)
    return joined


def _days_of_the_month(doc: Doc) -> list[Span]:
    """ "met Y on the 5th": an ordinal the tagger did not read a date, written "on the" and with no noun after it
    (not "on the 19th session"), is a day of the month just past."""
    found = []
    for e in (e for e in doc.ents if e.label_ == "ORDINAL" and e.start >= 2):
        after = doc[e.end] if e.end < len(doc) else None
        if doc[e.start - 1].lower_ == "the" and doc[e.start - 2].lower_ == "on" \
                and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")):
            found.append(Span(doc, e.start, e.end, label="DATE"))
    return found


def _day_and_month(doc: Doc, month: int) -> Span | None:
    """ "16 June", "5th May" or "June 16" (and a year after it) around the month at token `month`, none of it a DATE
    entity (the tagger may take "5th" for an ORDINAL)."""
    def day(i: int) -> bool:
        number = _MONTH_DAY.fullmatch(doc[i].text) if 0 <= i < len(doc) else None
        return number is not None and 1 <= int(number.group(1)) <= 31 and doc[i].ent_type_ != "DATE"
    start = month - 1 if day(month - 1) else month
    if start < month and start >= 2 and doc[start - 1].text in ("-", "\u2013") and day(start - 2):
        start -= 2  # "on 5-6 May": a span of days, which `first_day` reads from its first
    end = month + 2 if start == month and day(month + 1) else month + 1
    if start == end - 1:
        return None  # a month without a day
    if end < len(doc) and len(doc[end].text) == 4 and doc[end].text.isdigit():
        end += 1
    return Span(doc, start, end, label="DATE")


def first_day(text: str) -> str:
    """The first day of a span of days, which a meeting of several days took place from: "20 to 22 June" is "20
    June", "June 20-22, 2024" "June 20, 2024", "30 June - 1 July 2023" "30 June 2023", "between 20 and 22 June" "20
    June"; one day stays as written."""
    text = _SPAN_OPENING.sub("", text.strip())
    days = _DAYS_BEFORE_MONTH.fullmatch(text)
    if days:
        return days.group(1) + days.group(2) + (days.group(3) or "")
    days = _MONTH_BEFORE_DAYS.fullmatch(text)
    if days:
        return days.group(1) + (days.group(2) or "")
    days = _TWO_DAYS.fullmatch(text)
    if days and any(c.isdigit() for c in days.group(1)):
        year = _YEAR_AT_END.search(days.group(2))
        return days.group(1) + (year.group(0) if year and not _YEAR_AT_END.search(days.group(1)) else "")
    return text


def _with_first_day(date: Span) -> Span:
    """ "14 and 15 October" when the tagger took only "15 October" (or "14" apart): the date with the day before
    its "and"."""
    doc, start = date.doc, date.start
    if start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].like_num \
            and (not doc[start - 2].ent_type_ or doc[start - 2].ent_iob_ == "B" and doc[start - 2].ent_type_ == "DATE"):
        return Span(doc, start - 2, date.end, label="DATE")
    return date
