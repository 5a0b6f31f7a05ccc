"""Normalised values of MONEY, PERCENT and DATE spans.

quantulum3 and dateparser are right on most spans and wrong on some of the wire's shapes
("tenge", "bln", "per cent", "16 March" without a year), so each parser here reads the shape
itself, asks the library only where the library is right, and checks what it gets back.
They are called on candidate spans only, and cached by text.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
import warnings
from functools import lru_cache

from .data import models_path

MAX_AMOUNT = 1e16  # no trade figure is larger; anything above is a misreading


@lru_cache(maxsize=1)
def currency_table() -> dict:
    return json.loads(models_path("currencies.json").read_text(encoding="utf-8"))


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _money_regex() -> re.Pattern:
    table = currency_table()
    return re.compile(
        rf"(?P<before>{_alternation(table['before'])})?\s?"
        r"(?P<number>\d+(?:[ ,]\d{3})*(?:\.\d+)?|a|one)"
        r"(?:\s?[-\u2013]\s?\d+(?:\.\d+)?)?"  # "$3.5-4 billion": the lower bound is the value
        rf"\s?(?P<scale>{_alternation(table['scales'])})?\.?"
        rf"(?:\s(?P<after>{_alternation(table['after'])}))?",
        re.IGNORECASE,
    )


def _number(text: str) -> float | None:
    if text.lower() in ("a", "one"):
        return 1.0
    try:
        value = float(text.replace(",", "").replace(" ", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


@lru_cache(maxsize=1)
def _quantulum_parser():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser
    return parser


def _quantulum_amount(text: str) -> float | None:
    """Amount of a spelled-out sum ("five million dollars") when quantulum3 reads it as money or a number."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantities = _quantulum_parser().parse(text)
    for q in quantities:
        if q.unit.entity.name in ("currency", "dimensionless") and math.isfinite(q.value):
            return float(q.value)
    return None


@lru_cache(maxsize=4096)
def parse_money(text: str) -> tuple[float | None, str | None]:
    """`"$419.1 million"` gives `(419100000.0, "USD")`; unreadable amounts give `(None, currency)`."""
    table = currency_table()
    match = _money_regex().search(text)
    currency = None
    amount = None
    if match and (match.group("before") or match.group("after") or match.group("scale")):
        before, after = match.group("before"), match.group("after")
        currency = table["before"].get(before.upper() if before and before.isalpha() else before) if before else None
        if after and not currency:
            currency = next((code for word, code in table["after"].items() if word.lower() == after.lower()), None)
        number = _number(match.group("number"))
        scale = match.group("scale")
        factor = next((f for word, f in table["scales"].items() if scale and word.lower() == scale.lower()), 1.0)
        if number is not None:
            amount = number * factor
    if amount is None:
        amount = _quantulum_amount(text)
    if amount is not None and not (0 <= amount <= MAX_AMOUNT):
        amount = None
    return amount, currency


PERCENT = re.compile(r"(?P<sign>[-+\u2212])?\s?(?P<number>\d+(?:[.,]\d+)?)\s?(?:%|per\s?cent|pct)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def parse_percent(text: str) -> float | None:
    """`"25 percent"` gives 25.0; `"-5.3%"` gives -5.3."""
    match = PERCENT.search(text)
    if not match:
        return None
    value = float(match.group("number").replace(",", "."))
    if not math.isfinite(value) or value > 1e6:
        return None
    return -value if match.group("sign") in ("-", "\u2212") else value


YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
RELATIVE_WORDS = re.compile(r"\b(today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser

    return dateparser


@lru_cache(maxsize=4096)
def parse_date(text: str, published: str | None = None) -> str | None:
    """ISO date of a day mention: `"16 March"` with published 2018-10-31 gives `"2018-03-16"`.

    Without a year and without a published date the result is `"--MM-DD"`; relative days
    ("on Friday", "today") need the published date and give None without it.
    """
    if len(text) > 60 or not re.search(r"\d|day|tomorrow", text, re.I):
        return None
    base = dt.date.fromisoformat(published) if published else None
    relative = RELATIVE_WORDS.search(text)
    if relative and not base:
        return None
    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": [] if relative else ["day", "month"]}
    if base:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    try:
        parsed = _dateparser().parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError, RecursionError):
        return None
    if parsed is None:
        return None
    if YEAR.search(text) or relative:
        return parsed.date().isoformat()
    if base:
        return dt.date(base.year, parsed.month, parsed.day).isoformat() if _valid(base.year, parsed) else None
    return f"--{parsed.month:02d}-{parsed.day:02d}"


def _valid(year: int, parsed: dt.datetime) -> bool:
    try:
        dt.date(year, parsed.month, parsed.day)
    except ValueError:
        return False
    return True
