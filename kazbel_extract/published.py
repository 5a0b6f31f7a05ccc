"""The `published` date as callers and crawlers give it, read as the `YYYY-MM-DD` day records carry.

Crawlers and pandas write timestamps (`2019-05-05T10:00:00Z`), Python code passes `date` and
`datetime` objects (pandas' Timestamp is one) or numpy's `datetime64` (a DataFrame column's `.values`): the day is their date part as written (no time-zone conversion). Anything else
is refused with its reason, so that no article is dropped without a word.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# an ISO 8601 time after the day: "T10:00", " 10:00:00.123", "T10:00:00Z", "T10:00:00+03:00"
ISO_TIME = re.compile(r"[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?")


def published_day(value: Any) -> str | None:
    """`value` as a `YYYY-MM-DD` day, or None for no date (None, a blank string, pandas' NaT or NaN).

    Raises ValueError (saying what was given) for anything that is not a real day."""
    if value is None or _is_missing(value):
        return None
    if type(value).__name__ == "datetime64":  # numpy's, without importing numpy: its text is ISO
        return published_day(str(value))
    if isinstance(value, dt.datetime):  # pandas.Timestamp is a datetime
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise ValueError(f"published must be a YYYY-MM-DD date, an ISO timestamp or a date, "
                         f"not {value!r} (of type {type(value).__name__})")
    text = value.strip()
    if not text:
        return None
    day, rest = text[:10], text[10:]
    if not ISO_DAY.fullmatch(day) or (rest and not ISO_TIME.fullmatch(rest)):
        raise ValueError(f"published must be a YYYY-MM-DD date or an ISO timestamp, not {value!r}")
    try:
        dt.date.fromisoformat(day)
        if rest:
            dt.time.fromisoformat(rest[1:].replace(",", ".").replace("Z", "+00:00"))
    except ValueError as error:
        raise ValueError(f"published {value!r} is no real day or time ({error})") from None
    return day


def _is_missing(value: Any) -> bool:
    """pandas' and numpy's missing values: NaT (a datetime that is no day) and NaN."""
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ == "NaTType" or (type(value).__name__ == "datetime64" and str(value) == "NaT")
