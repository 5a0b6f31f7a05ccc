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

from . import vocabulary
from .data import models_path

MAX_AMOUNT = 1e16  # no trade figure is larger; anything above is a misreading
MAX_FACTOR = 1000.0  # "grew 4.8 times"; trade does not grow a thousandfold
MAX_PERCENT = 1e6  # "99999999999%" is no percentage
MAX_COUNT = 100_000  # of joint ventures or agreements: "999999999999 joint ventures" is a misreading


CURRENCY_KEYS = {"before", "after", "needs_scale", "scales"}
LOOKUP = "kazbel_values"  # the vocab lookups table holding a pipeline's currencies and calendar


def currency_table() -> dict:
    """The shipped currency markers and scale words (`models/currencies.json`)."""
    return vocabulary.check("currencies", json.loads(models_path("currencies.json").read_text(encoding="utf-8")),
                            CURRENCY_KEYS)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A number ends where its digits do: "$1,3 млрд" (a decimal comma) is no "$1".
NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?(?![.,]?\d)"
RANGE = rf"(?:\s?[-\u2013]\s?{NUMBER})?"  # "$3.5-4 billion": the lower bound is the value
GAP = r"\s{0,8}"  # "$1.3&nbsp;billion" of a scraped page reaches the pipeline as "$1.3      billion"
SCALE_GAP = rf"(?:{GAP}|-)"  # "$1.1 billion", "$1.1-billion"
# the letters other than A-Z that a case-insensitive pattern matches to one of them: "İ", "ı", "ſ", the Kelvin sign
# Scraped copy glues a sum to the lowercase word before it ("reached151 million dollars", "almost$151 million",
# "toUSD 5 billion", "up18.6%"): a number, a currency sign or a currency code in capitals right after two
# lowercase letters starts a sum as after a space.
GLUED_TO_A_WORD = "|(?<=[a-z]{2})"
FOLDS_TO_LATIN = re.compile("[\u0130\u0131\u017f\u212a]")


class ValueParser:
    """Sums in text, read with one data set: its currency markers and scale words (`currencies.json`) and its
    cardinal words (the calendar's `numbers`, `number_scales`, `half`). A pipeline keeps its own (see
    `parser_of`), so a currency added to a copy of `models/` is read by every component and `Span._.amount`."""

    def __init__(self, currencies: dict, calendar: dict):
        self.currencies = vocabulary.check("currencies", currencies, CURRENCY_KEYS)
        self.numbers = calendar
        self.symbol_first, self.word_after = self._money_shapes()
        self.needs_scale = {marker.lower() for marker in self.currencies["needs_scale"]}
        self.markers_after: dict[str, list[list[str]]] = {}  # first word -> the words of each marker it begins
        for marker in self.currencies["after"]:
            words = marker.lower().split()
            self.markers_after.setdefault(words[0], []).append(words)
        after = [word.lower() for word in self.currencies["after"]]
        self._after_words = after if all(word.isascii() for word in after) else None
        self.parse_money = lru_cache(maxsize=4096)(self._parse_money)

    def scale_stop_before_currency(self, before: str, after: str, then: str = "") -> bool:
        """ "612,300 thous. USD", "12.3 mln. US dollars": the full stop between an abbreviated scale (`before`) and the
        currency written after it (`after`, its first word, and `then`, the word after that, for a marker of two
        words: "Korean won", not "Korean investment") abbreviates; it ends no sentence."""
        then = then.lower()
        marked = any(len(words) == 1 or words[1] == then for words in self.markers_after.get(after.lower(), ()))
        return marked and _lookup(self.currencies["scales"], before) is not None  # not "$6.5 billion. Korean investment"

    def _spelled_number(self) -> str:
        """A cardinal in words, up to the hundreds: "two", "twenty-five", "three hundred and fifty", "one and a half"."""
        table = self.numbers
        words = {w: n for w, n in table["numbers"].items() if " " not in w and n < 100}
        tens = _alternation(w for w, n in words.items() if n >= 20 and n % 10 == 0)
        units = _alternation(w for w, n in words.items() if n < 10)
        below_hundred = rf"(?:(?:{tens})(?:[-\s](?:{units}))?|{_alternation(words)})"
        hundred, half = self._hundred(), table["half"]
        return (rf"(?:(?:{units})\s{hundred}(?:\s(?:and\s)?{below_hundred})?|{below_hundred})"
                rf"(?:\s{re.escape(half)})?(?![\w-])")

    def _half_a(self) -> str:
        """ "half a billion dollars", "half a million tenge": the word of a half (the last of "and a half") before "a"."""
        return rf"{re.escape(self.numbers['half'].split()[-1])}\san?"

    def _hundred(self) -> str:
        return next(word for word, scale in self.numbers["number_scales"].items() if scale == 100)

    def spelled_value(self, text: str) -> float | None:
        """The value of a cardinal in words ("three hundred and fifty" is 350.0), None for other text."""
        table = self.numbers
        words = table["numbers"]
        text = text.lower()
        half = text.endswith(" " + table["half"])
        if half:
            text = text[: -len(table["half"]) - 1]
        total, current = 0, 0
        for word in re.split(r"[-\s]+", text):
            if word == self._hundred():
                current *= 100
            elif word in words:
                current += words[word]
            elif word != "and":
                return None
        total += current
        return total + 0.5 if half else float(total)

    def _money_shapes(self) -> tuple[re.Pattern, re.Pattern]:
        """The two ways the news writes a sum: "$419.1 million", "US$5 million", "$1bn"; "5 billion tenge", "a billion dollars",
        "612,300 thous. USD" (a scale before the currency may be abbreviated with a full stop); either with a remainder in
        a smaller scale, in digits or words ("$1 billion 290 million", "one billion three hundred million dollars")."""
        table = self.currencies
        scales = _alternation(table['scales'])
        rest = rf"\d{{1,3}}|(?i:{self._spelled_number()})"  # "$1 billion 290 million", "one billion three hundred million"
        scale = rf"(?P<scale>(?i:{scales}))(?:\s(?i:and\s)?(?P<rest>{rest})\s(?P<rest_scale>(?i:{scales})))?"
        symbol_first = re.compile(
            rf"(?:(?<![\w$]){GLUED_TO_A_WORD}(?=[^\w\s]|[A-Z]{{3}}))(?P<before>{_alternation(table['before'])})\s?(?P<number>{NUMBER}){RANGE}(?:{SCALE_GAP}{scale})?(?![\w])"
        )
        word_after = re.compile(
            rf"(?:(?<![\w$.]){GLUED_TO_A_WORD}(?=\d))(?P<number>{NUMBER}|(?i:an?|{self._half_a()}|{self._spelled_number()})){RANGE}(?:{SCALE_GAP}{scale}\.?)?"
            rf"\s(?P<after>(?i:{_alternation(table['after'])}))(?![\w])"
        )
        return symbol_first, word_after

    def _money_matches(self, text: str) -> list[re.Match]:
        """Non-overlapping sums in `text`, in order. A marker that is also another word ("US", "won") or a spelled
        number needs a scale ("US2 billion", "6.7 trillion won", "two billion dollars")."""
        found = []
        shapes = (self.symbol_first, self.word_after) if self._may_name_after(text) else (self.symbol_first,)
        for shape in shapes:
            for match in shape.finditer(text):
                marker = match.groupdict().get("before") or match.groupdict().get("after")
                needs_scale = marker.lower() in self.needs_scale or not match.group("number")[0].isdigit()
                if not (needs_scale and not match.group("scale")):
                    found.append(match)
        found.sort(key=lambda m: (m.start(), -m.end()))
        kept: list[re.Match] = []
        for match in found:
            if not kept or match.start() >= kept[-1].end():
                kept.append(match)
        return kept

    def _may_name_after(self, text: str) -> bool:
        """Whether `text` may hold a sum with its currency after it ("5 billion tenge"): it names such a currency,
        in any case. A test on the lowercased text, much quicker than the shape's search at every position."""
        if self._after_words is None or FOLDS_TO_LATIN.search(text):
            return True
        lowered = text.lower()
        return any(word in lowered for word in self._after_words)

    def money_mentions(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each sum in `text`, without its qualifier: "almost $419.1 million" gives "$419.1 million"."""
        return [m.span() for m in self._money_matches(text)]

    def _number(self, text: str) -> float | None:
        if text.lower() in ("a", "an"):
            return 1.0
        if re.fullmatch(self._half_a(), text, re.I):
            return 0.5
        if not text[0].isdigit():
            return self.spelled_value(text)
        try:
            value = float(text.replace(",", ""))
        except ValueError:
            return None
        return value if math.isfinite(value) else None

    def _parse_money(self, text: str) -> tuple[float | None, str | None]:
        """`"$419.1 million"` gives `(419100000.0, "USD")`; unreadable amounts give `(None, currency)`."""
        table = self.currencies
        matches = self._money_matches(text)
        if matches:
            match = matches[0]
            groups = match.groupdict()
            currency = _lookup(table["before"], groups.get("before")) or _lookup(table["after"], groups.get("after"))
            number = self._number(match.group("number"))
            factor = _lookup(table["scales"], match.group("scale")) or 1.0
            rest_number = self._number(match.group("rest")) if match.group("rest") else 0.0
            rest = rest_number * _lookup(table["scales"], match.group("rest_scale")) if rest_number else 0.0
            if number is None or rest_number is None or rest >= factor:
                return None, currency  # "$1 billion 2 billion" is no sum
            return _sane(number * factor + rest), currency
        if any(c.isdigit() for c in text):
            return None, None  # digits in a shape we do not know ("$1e308 billion"): better none than wrong
        after = re.search(rf"(?i:{_alternation(table['after'])})(?![\w])", text)
        return _sane(_quantulum_amount(text)), _lookup(table["after"], after.group(0)) if after else None


@lru_cache(maxsize=1)
def default_parser() -> ValueParser:
    """The parser of the shipped data, for text read without a pipeline."""
    return ValueParser(currency_table(), vocabulary.default("calendar"))


_PARSERS: dict[int, tuple[object, ValueParser]] = {}  # id of a lookups table -> (the table, its parser)


def use_values(vocab, currencies: dict, calendar: dict) -> None:
    """Make `currencies` and `calendar` the value data of the pipeline that owns `vocab` (saved with its vocab)."""
    if vocab.lookups.has_table(LOOKUP):
        vocab.lookups.remove_table(LOOKUP)
    vocab.lookups.add_table(LOOKUP, {"currencies": currencies, "calendar": calendar})


def parser_of(vocab) -> ValueParser:
    """The parser of a pipeline's own value data (`use_values`), else the shipped one."""
    if not vocab.lookups.has_table(LOOKUP):
        return default_parser()
    table = vocab.lookups.get_table(LOOKUP)
    cached = _PARSERS.get(id(table))
    if cached is None or cached[0] is not table:
        cached = _PARSERS[id(table)] = (table, ValueParser(table["currencies"], table["calendar"]))
    return cached[1]


def spelled_value(text: str) -> float | None:
    """The value of a cardinal in words, with the shipped number words."""
    return default_parser().spelled_value(text)


def money_mentions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sum in `text`, with the shipped currencies."""
    return default_parser().money_mentions(text)


def parse_money(text: str) -> tuple[float | None, str | None]:
    """`"$419.1 million"` gives `(419100000.0, "USD")`, with the shipped currencies."""
    return default_parser().parse_money(text)


def _lookup(table: dict, word: str | None) -> str | float | None:
    """Case-insensitive lookup of a currency marker or a scale word."""
    if not word:
        return None
    return table.get(word, next((v for k, v in table.items() if k.lower() == word.lower()), None))


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
        try:
            quantities = _quantulum_parser().parse(text)
        except Exception:  # quantulum3 raises assorted errors on odd input; a sum it cannot read is unknown
            return None
    for q in quantities:
        if q.unit.entity.name in ("currency", "dimensionless") and math.isfinite(q.value):
            return float(q.value)
    return None


def _sane(amount: float | None) -> float | None:
    return amount if amount is not None and math.isfinite(amount) and 0 <= amount <= MAX_AMOUNT else None


# "(+ 18%)": a plus may stand spaced from its number; a spaced "-" may be a dash ("in 2023 - 7%"), no sign
PERCENT = re.compile(
    rf"(?:(?<![\w.]){GLUED_TO_A_WORD}(?=\d))(?:(?P<sign>[-+\u2212])|\+\s)?(?P<number>\d+(?:[.,]\d+)?)(?:\s?[-\u2013]\s?\d+(?:[.,]\d+)?)?"
    r"(?:\s?%|[\s-]?(?i:per\s?cent|pct)(?![\w]))"  # "15%", "15 percent", "a 15-percent growth"
)


def percent_mentions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each percentage, sign included: "almost 30%" gives "30%"."""
    return [m.span() for m in PERCENT.finditer(text)]


@lru_cache(maxsize=4096)
def parse_percent(text: str) -> float | None:
    """`"25 percent"` gives 25.0; `"-5.3%"` gives -5.3."""
    match = PERCENT.search(text)
    if not match:
        return None
    value = float(match.group("number").replace(",", "."))
    if not math.isfinite(value) or value > MAX_PERCENT:
        return None
    return -value if match.group("sign") in ("-", "\u2212") else value


YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
NUMERIC_DAY = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")  # "12.05.2025", "12/05/2025", "2025-05-12"
MONTH_OR_NUMERIC_DAY = re.compile(rf"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])|{NUMERIC_DAY.pattern}", re.I)
ORDINAL_DAY = re.compile(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)", re.I)  # "the 12th": a day of the month just past
RELATIVE_WORDS = re.compile(r"\b(today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "Thursday last week", "on Thursday of last week", "last week on Thursday", "this Wednesday": a weekday of a week named
WEEKDAY_OF_A_WEEK = re.compile(rf"(?:on\s+)?(?:(?P<before>this|last)\s+week(?:\s*,)?\s+on\s+|(?P<this>this)\s+)?"
                               rf"(?P<day>{'|'.join(WEEKDAYS)})(?:\s*,?\s*(?:of\s+)?(?P<after>this|last)\s+week)?", re.I)


LEAP_YEAR_END = dt.date(2000, 12, 31)


@lru_cache(maxsize=1)
def _dateparser():
    """dateparser, imported by the first date that needs it: its import and first call (regexes of every time
    zone and of its English data) take 0.3-0.5 s, which no pipeline load should pay for."""
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
    base = _iso_date(published)
    ordinal = ORDINAL_DAY.fullmatch(text.strip())
    if ordinal:
        return _last_day_numbered(int(ordinal.group(1)), base) if base else None
    week_day = WEEKDAY_OF_A_WEEK.fullmatch(text.strip())
    if week_day and (week_day.group("before") or week_day.group("this") or week_day.group("after")):
        return _weekday_of_a_week(week_day, base) if base else None
    relative = RELATIVE_WORDS.search(text)
    if (relative and not base) or not (relative or MONTH_OR_NUMERIC_DAY.search(text)):
        return None  # "25 years" names no day
    written = None if relative else _day_and_month(text.strip())
    if written is not None:  # "16 March", "March 16, 2018": the common forms, read without dateparser's cost
        year, month, day = written
        try:
            return dt.date(year or (base or LEAP_YEAR_END).year, month, day).isoformat() if year or base \
                else dt.date(LEAP_YEAR_END.year, month, day) and f"--{month:02d}-{day:02d}"
        except ValueError:
            return None
    # dateparser reads a year-less day against "now" unless told otherwise: anchor it on the
    # published day, or on the last day of a leap year so that "29 February" stays readable.
    anchor = base or LEAP_YEAR_END
    settings = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY", "REQUIRE_PARTS": [] if relative else ["day", "month"],
                "RELATIVE_BASE": dt.datetime(anchor.year, anchor.month, anchor.day)}
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


def _month_numbers() -> dict[str, int]:
    calendar = vocabulary.default("calendar")
    return {name.casefold().rstrip("."): number
            for name, number in {**calendar["months"], **calendar["month_abbreviations"]}.items()}


MONTH_NUMBERS = _month_numbers()
DAY_MONTH = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\.?(?:,?\s+(1[89]\d\d|20\d\d))?")  # "16 March", "16 March 2018"
MONTH_DAY = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:,?\s+(1[89]\d\d|20\d\d))?")  # "March 16", "Nov. 29, 2010"


def _day_and_month(text: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a day written as day and month name, in either order, with an optional year."""
    if match := DAY_MONTH.fullmatch(text):
        day, month, year = match.groups()
    elif match := MONTH_DAY.fullmatch(text):
        month, day, year = match.groups()
    else:
        return None
    number = MONTH_NUMBERS.get(month.casefold())
    return (int(year) if year else None, number, int(day)) if number else None


def _weekday_of_a_week(match: re.Match, base: dt.date) -> str:
    """ "Thursday last week" is the Thursday of the week (Monday to Sunday) before `base`'s; "this Wednesday" and
    "Wednesday this week" the last Wednesday on or before `base` (a day told of a meeting held)."""
    day = WEEKDAYS.index(match.group("day").lower())
    if (match.group("before") or match.group("after") or "").lower() == "last":
        monday = base - dt.timedelta(days=base.weekday() + 7)
        return (monday + dt.timedelta(days=day)).isoformat()
    return (base - dt.timedelta(days=(base.weekday() - day) % 7)).isoformat()


def _last_day_numbered(day: int, base: dt.date) -> str | None:
    """The last day numbered `day` on or before `base`: "the 12th" in an article of 14 May is 12 May, in one of
    10 May it is 12 April."""
    year, month = base.year, base.month
    for _ in range(3):  # "the 31st" on 2 March goes back past February
        try:
            found = dt.date(year, month, day)
        except ValueError:
            found = None
        if found is not None and found <= base:
            return found.isoformat()
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _iso_date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return None


def _valid(year: int, parsed: dt.datetime) -> bool:
    try:
        dt.date(year, parsed.month, parsed.day)
    except ValueError:
        return False
    return True

