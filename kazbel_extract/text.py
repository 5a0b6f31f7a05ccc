"""Input handling: the ` date YYYY-MM-DD` header, the dateline, and length-preserving clean-up.

Everything here keeps character offsets: what the pipeline reads is the article with the header
and dateline blanked out and control characters turned into spaces, so an offset into the
pipeline's text is an offset into the text the user gave.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

HEADER = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2})\b")
# "MINSK. KAZINFORM -", "MINSK (BelTA) -", "MINSK, 13 October (BelTA) -", "ASTANA -",
# "ASTANA, Kazakhstan, November 5.", "ASTANA:", "OREANDA-NEWS. August 31, 2009."
DATELINE = re.compile(
    r"(?m)^[ \t]*(?:date \d{4}-\d{2}-\d{2}[ \t]+)?"
    r"(?P<city>[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)?)"
    r"(?:, (?P<country>[A-Z][a-z]+))?"
    r"(?:,? (?P<date>\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?))?"
    r"(?:"
    r"\. (?P<agency1>[A-Z][A-Za-z\-]{2,})\s*[-\u2013\u2014]?"
    r"| \((?P<agency2>[A-Za-z][A-Za-z\-]+)\)\s*[-\u2013\u2014]"
    r"|\s*[-\u2013\u2014:]"
    r"|\."
    r")(?=\s)"
)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
AGENCY_WORDS = ("KAZINFORM", "BELTA", "TREND", "KABAR", "TCA", "OREANDA-NEWS", "AKIPRESS", "TASS", "XINHUA")


@dataclass(frozen=True)
class Dateline:
    """The dateline of a wire story: `MINSK. KAZINFORM -` gives city Minsk and agency KAZINFORM."""

    city: str | None
    agency: str | None
    agency_start: int | None = None
    agency_end: int | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class PreparedText:
    original: str
    for_pipeline: str
    published: str | None
    dateline: Dateline | None


def _title_case(city: str) -> str:
    return "-".join(part.capitalize() for part in city.split("-"))


def find_dateline(text: str, search_limit: int = 400) -> Dateline | None:
    """The dateline in the first lines of the article, if any."""
    match = DATELINE.search(text[:search_limit])
    if not match:
        return None
    city = match.group("city")
    group = "agency1" if match.group("agency1") else "agency2" if match.group("agency2") else None
    agency = match.group(group) if group else None
    if city.upper() in AGENCY_WORDS:  # "OREANDA-NEWS. August 31, 2009."
        end = match.end("city") + 1
        return Dateline(city=None, agency=city, agency_start=match.start("city"), agency_end=match.end("city"),
                        start=match.start("city"), end=end)
    if agency and agency.upper() not in AGENCY_WORDS and not agency.isupper():
        # "ASTANA. Kazakh President ..." is a sentence, not an agency.
        return Dateline(city=_title_case(city), agency=None, start=match.start("city"), end=match.start(group))
    return Dateline(
        city=_title_case(city),
        agency=agency,
        agency_start=match.start(group) if agency else None,
        agency_end=match.end(group) if agency else None,
        start=match.start("city"),
        end=match.end(),
    )


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def prepare(text: str, published: str | None = None) -> PreparedText:
    """Read the header and dateline and give the text the pipeline should see (same length)."""
    if not isinstance(text, str):
        raise TypeError(f"extract() takes the article text as a str, not {type(text).__name__}")
    cleaned = CONTROL.sub(" ", text)
    header = HEADER.match(cleaned)
    if header:
        published = published or header.group(1)
        cleaned = _blank(cleaned, header.start(), header.end())
    dateline = find_dateline(cleaned)
    if dateline:  # the agency's name stays, so that it can be tagged where it stands
        agency_start = dateline.agency_start if dateline.agency_start is not None else dateline.end
        agency_end = dateline.agency_end if dateline.agency_end is not None else dateline.end
        cleaned = _blank(_blank(cleaned, agency_end, dateline.end), dateline.start, agency_start)
    return PreparedText(original=text, for_pipeline=cleaned, published=published, dateline=dateline)
