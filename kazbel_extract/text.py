"""Input handling: the ` date YYYY-MM-DD` header, the dateline, and the clean-up of scraped copy.

The pipeline reads the article as its clean text: markup blanked, character references decoded, runs of spaces
collapsed, a space before a comma or full stop dropped, lines broken at a page's column width joined, CRLF read as
LF; the header and dateline are blanked and look-alike characters normalised in place. The edits that change the
text's length are kept as an offset map (`offsets.OffsetMap`), so that every record points into the text the user
gave; a clean text has no such edit and maps to itself.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, replace

from .offsets import OffsetMap, rewrite
from .published import published_day

def doc_text(doc) -> str:
    """`doc.text`, joined once per doc: spaCy joins every token on each read, and a doc's text never changes."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


DASHES = ("-", "\u2013", "\u2014")  # hyphen, en and em dash: a span of months or years, a dateline's stop
LIST_MARKS = (*DASHES, "\u2022", "\u00b7", "*")  # the marks a list item or a date line starts with ("- Published: ...")

HEADER = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2})\b")
# The day as datelines write it: "15 May", "May 15", "May 15, 2025", "15 May 2025", "15.05.2025", "2025-05-15".
DATELINE_DAY = (r"(?:\d{1,2} [A-Z][a-z]+\.?(?:,? \d{4})?|[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?"
                r"|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})")
BRACKETED_AGENCY = r"[A-Za-z][A-Za-z\-]+(?:\.[a-z]{2,3}|(?: [A-Z][A-Za-z\-]+)?)"  # "(BelTA)", "(RIA Novosti)", "(UzDaily.com)"
# "MINSK. KAZINFORM -", "MINSK (BelTA) -", "MINSK, 13 October (BelTA) -", "ASTANA. May 15. KAZINFORM -",
# "ASTANA (Kazinform), May 15 -", "MINSK, May 15. /TASS/.", "BAKU, Azerbaijan, May 15. Trend:", "ASTANA -",
# "ASTANA, Kazakhstan, November 5.", "BAKU, Azerbaijan, Jan. 30" ending its line, "ASTANA:", "OREANDA-NEWS. August 31,
# 2009.", a city written in small letters only with its country or day and a bracketed agency ("Tashkent, Uzbekistan
# (UzDaily.com) --", "Tashkent, 16 March (UzA) --"); and without a city, on a line of its own after the headline:
# "May 15. Kazpravda", "15 May (BelTA) -".
# A city written in small letters is a dateline's only before what a sentence does not write after a place: its
# country or day with a bracketed agency and a dash, a bracketed agency and a dash, "City, Country, Day." or
# "City, Day.", "City, Country, Day" ending its line, "City, Day" with a dash or ending its line ("Minsk, 15 May -"),
# or an agency in capitals ("Minsk. KAZINFORM -"); not a bare dash ("Kazakhstan - Belarus: ...").
TITLED_CITY_AFTER = (rf", (?:[A-Z][a-z]+|{DATELINE_DAY}) \({BRACKETED_AGENCY}\) *[-\u2013\u2014]"
                     rf"|(?:, [A-Z][a-z]+)? \({BRACKETED_AGENCY}\),?(?: {DATELINE_DAY})? *[-\u2013\u2014]"
                     rf"|(?:, [A-Z][a-z]+)?[,.] {DATELINE_DAY}(?:\.| \({BRACKETED_AGENCY}\) *[-\u2013\u2014])"
                     rf"|, [A-Z][a-z]+, {DATELINE_DAY}[ \t]*$"
                     rf"|, {DATELINE_DAY}(?: *[-\u2013\u2014]+ |[ \t]*$)"
                     r"|\. (?:[A-Z][A-Z\-]{2,}|Kazinform|BelTA)(?= *[-\u2013\u2014:]|[ \t]*$)")
DATELINE = re.compile(
    r"(?m)^[ \t]*(?:date \d{4}-\d{2}-\d{2}[ \t]+)?"
    r"(?:(?P<city>[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)?"
    rf"|[A-Z][a-z'\-]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z'\-]+)?(?={TITLED_CITY_AFTER}))"
    # "Tashkent, Uzbekistan (UzDaily.com) --", "Tashkent, 16 March (UzA) --", "Nur-Sultan, May 17 (Kazinform) -"
    rf"(?:, (?!{DATELINE_DAY})(?P<country>[A-Z][a-z]+))?"  # "Dec. 3" is the day, not a country
    rf"(?: \((?P<agency0>{BRACKETED_AGENCY})\),?)?"
    rf"(?:[,.]? (?P<date>{DATELINE_DAY}))?"
    r"(?:"
    r"\. (?P<agency1>[A-Z][A-Za-z\-]{2,})\s*[-\u2013\u2014:]*"
    rf"| \((?P<agency2>{BRACKETED_AGENCY})\)\s*[-\u2013\u2014]+"
    r"|\.? /(?P<agency3>[A-Za-z\-]+)/\.?"
    r"|\s*[-\u2013\u2014:]+"
    r"|\."
    r"|(?(date)[ \t]*(?=\n)|(?!))"  # "BAKU, Azerbaijan, Jan. 30" on a line of its own before the story
    r")"
    rf"|(?P<day_alone>{DATELINE_DAY})"
    r"(?:"
    r"\. (?P<agency4>[A-Z][A-Za-z\-]{2,})(?:\s*[-\u2013\u2014:]+|[ \t]*$)"
    rf"| \((?P<agency5>{BRACKETED_AGENCY})\)\s*[-\u2013\u2014]+"
    r"))(?=\s)"
)
# A city in capitals on a line of its own between the headline and the first paragraph, as pages that set the
# dateline apart print it ("Talks held in Minsk\n\nMINSK\n\nThe sides ..."); a capitals line that opens the text
# or runs on into its sentence is a heading, not a place.
CITY_LINE = re.compile(r"\A[ \t]*[^\n]*[^\s][^\n]*\n(?:[ \t]*\n)*[ \t]*(?P<city>[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)?)"
                       r"[ \t]*\n[ \t]*\n")
AGENCY_GROUPS = ("agency0", "agency1", "agency2", "agency3", "agency4", "agency5")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")  # \ufeff: a byte-order mark
# Scraped pages: code and comments are not text; a block tag ends a paragraph, an inline tag is a space.
# Unclosed, a script or comment runs to the end (as in a browser); a quoted attribute holds no < or >:
# so that every match ends at the first place it can, and masking stays linear.
HIDDEN_MARKUP = re.compile(r"(?is)<(script|style)\b.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)")
TAG = re.compile(r"(?i)</?(?P<name>[a-z][a-z0-9]*)\b(?:[^<>\"']|\"[^\"<>]*\"|'[^'<>]*')*/?>|<![^<>]*>")
BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption footer form h1 h2 h3 h4 h5 h6 head header hr "
    "li main nav ol p pre section table tbody td tfoot th thead title tr ul".split()
)
CHARACTER_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# what UTF-8 cannot encode (lone surrogates, which json.loads lets through) and the non-characters
NON_CHARACTERS = "".join(chr(plane + last) for plane in range(0x10000, 0x110000, 0x10000) for last in (0xFFFE, 0xFFFF))
UNENCODABLE = re.compile(f"[\\ud800-\\udfff\\ufdd0-\\ufdef\\ufffe\\uffff{NON_CHARACTERS}]")
# Characters that stand for one another in translated, scraped copy, mapped in place (one for one) before the
# pipeline reads the text: every space of another width is a space; curly double quotes are straight.
SPACE_LIKE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# (A curly apostrophe stays: the parser reads "Tokayev\u2019s visit" as the wire writes it, and the trade and
# agreement readers were tuned on that.)
TYPOGRAPHIC = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"'})
# Cyrillic letters that look like Latin ones: in a word that mixes the two scripts they are the Latin letter
# ("Kаzakhstan" typed with a Cyrillic "а"); a word in Cyrillic alone stays as written.
LOOKALIKES = str.maketrans(dict(zip("\u0430\u0435\u043e\u0440\u0441\u0445\u0443\u0456\u0458\u0455"
                                    "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0406",
                                    "aeopcxyijsABEKMHOPCTXI")))
MIXED_SCRIPT_WORD = re.compile(r"\b(?=[^\W\d_]*[A-Za-z])(?=[^\W\d_]*[\u0400-\u04ff])[^\W\d_]+\b")
# A line broken at the column width of a scraped page: a single line break inside a paragraph, after a line
# of prose (no sentence end, colon or heading before it; a quote closed after a comma goes on: '...,"\nhe said')
# and before more of the sentence, reads as one space. More of the sentence: a word in small letters, a number,
# a bracket, an amount or a sign, a word in capitals ("Roman", "BelTA", "USD", "Kazakh-Kyrgyz", "T\u00fcrkiye")
# before a space or a stop, a dash before an amount ("imports\n\u2013 $90.7 million"), an opening quote before a
# word (a name in quotes); not a dash before a word (a list item) or a word glued to a bracket.
CONTINUATION = r"[a-z0-9(\[$\u20ac%,&]|[\"\u201c](?=\w)|[-\u2013\u2014] ?(?:[$\u20ac\d]|USD\b)|[^\W\d_a-z][\w'\u2019\-]*[ ,.;:]"
WRAPPED_LINE = re.compile(rf"(?m)(?=[ \t\n])(?:(?<=[^\s.!?:;\"'])|(?<=,[\"\u201d']))[ \t]*\n[ \t]*(?={CONTINUATION})")
LINE_AFTER = re.compile(r"[^\n]*(?:\n[ \t]*(?:\n|\Z)|\Z)")  # the rest of a line that ends its paragraph
# Spacing of typed or scraped copy that is not the text's: the CR of a CRLF line end, a space before a comma,
# full stop, semicolon, colon, closing bracket or per cent sign after a word ("Kazakhstan , Belarus", "5 %"), and
# a run of spaces or a tab inside a line (a line's indentation and the blank space around a break stay).
# (The lookahead first: each alternative starts at white space, and the engine skips to it.)
SPACING = re.compile(r"(?=[\r \t])(?:\r(?=\n)|(?P<before>(?<=\w)[ \t]+(?=[,.;:)%](?!\w)))"
                     r"|(?<=\S)(?: {2,}|[ \t]*\t[ \t]*)(?=\S))")
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
    day: str | None = None  # the day the dateline writes ("14 August" of "ASTANA, 14 August (BelTA) -"), as written


@dataclass(frozen=True)
class PreparedText:
    """The user's text (`original`), what the pipeline reads (`for_pipeline`), the same text as written (`written`:
    of the pipeline's length, without the in-place normalisation, for what records quote), and the offset map from
    the pipeline's text to the user's (`offsets`: empty when the text was clean)."""

    original: str
    for_pipeline: str
    written: str
    offsets: OffsetMap
    published: str | None
    dateline: Dateline | None


def _title_case(city: str) -> str:
    """ "ST PETERSBURG" is "St Petersburg", "NUR-SULTAN" "Nur-Sultan"."""
    return " ".join("-".join(part.capitalize() for part in word.split("-")) for word in city.split(" "))


def find_dateline(text: str, search_limit: int = 400) -> Dateline | None:
    """The dateline in the first lines of the article (after any leading blank space), if any."""
    head = text[: len(text) - len(text.lstrip()) + search_limit]
    match = DATELINE.search(head)
    if not match:
        alone = CITY_LINE.match(head)
        return Dateline(city=_title_case(alone.group("city")), agency=None, start=alone.start("city"),
                        end=alone.end("city")) if alone else None
    city, day = match.group("city"), match.group("date") or match.group("day_alone")
    group = next((g for g in AGENCY_GROUPS if match.group(g)), None)
    agency = match.group(group) if group else None
    if city and city.upper() in AGENCY_WORDS:  # "OREANDA-NEWS. August 31, 2009."
        return Dateline(city=None, agency=city, agency_start=match.start("city"), agency_end=match.end("city"),
                        start=match.start("city"), end=match.end("city") + 1, day=day)
    if group == "agency1" and not _names_an_agency(agency, match):
        # "ASTANA. Kazakh President ..." is a sentence, not an agency.
        return Dateline(city=_title_case(city), agency=None, start=match.start("city"), end=match.start(group), day=day)
    return Dateline(
        city=_title_case(city) if city else None,
        agency=agency,
        agency_start=match.start(group) if agency else None,
        agency_end=match.end(group) if agency else None,
        start=match.start("city") if city else match.start("day_alone"),
        end=match.end(),
        day=day,
    )


def _names_an_agency(word: str, match: re.Match) -> bool:
    """A word after "CITY." is an agency when it is one the wire knows or is written in capitals, or when a dash,
    a colon or the end of the line follows it ("ASTANA, May 15. Kazpravda"); else it begins the story."""
    after = match.string[match.end("agency1") : match.end("agency1") + 3].lstrip(" \t")
    return word.upper() in AGENCY_WORDS or word.isupper() or after[:1] in ("", "\n", ":", *DASHES)


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _blank_tag(match: re.Match) -> str:
    name = (match.group("name") or "").lower()
    return ("\n\n" if name in BLOCK_TAGS else "").ljust(len(match.group(0)))


def _decode_reference(match: re.Match) -> str:
    char = html.unescape(match.group(0))
    if len(char) != 1 or char == match.group(0):
        return match.group(0)  # not a reference html knows: leave it as written
    return " " if char.isspace() else char


def blank_markup(text: str) -> str:
    """Scraped HTML as the text a reader sees, character for character in place: scripts, styles and
    comments blanked, tags turned into spaces (block tags into a paragraph break). Text without markup
    is returned as it is."""
    if "<" in text:
        text = HIDDEN_MARKUP.sub(lambda m: " " * len(m.group(0)), text)
        text = TAG.sub(_blank_tag, text)
    return text


def _spacing(match: re.Match) -> str:
    return "" if match.group(0) == "\r" or match.group("before") else " "


def read_as_clean(text: str) -> tuple[str, OffsetMap]:
    """`text` (markup blanked) with each character reference decoded (`&amp;` is `&`, `&nbsp;` a space) and its
    spacing made the text's own (`SPACING`), and the map of the new text's offsets back to `text`."""
    offsets = OffsetMap()
    if "&" in text:
        (text,), decoded = rewrite((text,), CHARACTER_REFERENCE.finditer(text), _decode_reference)
        offsets = offsets.then(decoded)
    (text,), spaced = rewrite((text,), SPACING.finditer(text), _spacing)
    return text, offsets.then(spaced)


def normalise_characters(text: str) -> str:
    """`text` with each character that stands for another in scraped copy replaced in place (same length):
    spaces of other widths, curly double quotes, Cyrillic look-alikes inside a word that mixes scripts."""
    text = SPACE_LIKE.sub(" ", text).translate(TYPOGRAPHIC)
    if re.search("[\u0400-\u04ff]", text):
        text = MIXED_SCRIPT_WORD.sub(lambda m: m.group(0).translate(LOOKALIKES), text)
    return text


PAGE_WIDTH = 200  # the widest page copy is wrapped at: terminals 80 characters, e-mail 72, PDF columns up to about 130
WORD_ROOM = 20  # characters by which a line after a wrap may outrun the wrapped line: the word that did not fit, and more


def _line_length(text: str, start: int) -> int:
    end = text.find("\n", start)
    return (len(text) if end < 0 else end) - start


def wrapped_lines(text: str, min_line: int = 40, dateline: Dateline | None = None) -> list[re.Match]:
    """The line breaks at a page's column width (with the blank space around each), which read as one space: a
    single break ending a line of at least `min_line` characters of prose (a line joined to the one before it
    counts from where that one starts). The story's first line (a headline) stays a line of its own unless the
    `dateline` stands on it (then it is the lede) or what follows it is the headline's last words ("... aim at
    USD 10 bln\ntrade": a short line in small letters that ends the paragraph); a list item ("- a roadmap on
    ...") is joined only to a line that goes on in small letters, and not after the comma that closes it."""
    if "\n" not in text:
        return []
    first = len(text) - len(text.lstrip())
    first_end = -1 if dateline is not None and dateline.start < text.find("\n", first) else text.find("\n", first)

    joined: set[int] = set()  # the breaks read as spaces so far: a line goes on over them

    def wraps(match: re.Match) -> bool:
        at, after = match.start(), match.end()
        before = text.rfind("\n", 0, at)
        while before in joined:
            before = text.rfind("\n", 0, before)
        line = text[before + 1 : at].strip()
        if at - before - 1 < min_line or not line:
            return False
        width = at - text.rfind("\n", 0, at) - 1
        if width > PAGE_WIDTH or _line_length(text, after) > width + WORD_ROOM:
            return False  # a page wraps at its width: the line after a wrap is no longer than the wrapped one and a word
        goes_on_small = text[after].islower() or text[after].isdigit()
        if line.startswith(LIST_MARKS) and (not goes_on_small or line.endswith(",")):  # "- a roadmap,\nas well as"
            return False
        if at <= first_end:
            rest = LINE_AFTER.match(text, after)
            if not (goes_on_small and rest is not None and len(rest.group(0).strip()) < min_line):
                return False
        joined.add(text.index("\n", at))
        return True

    return [match for match in WRAPPED_LINE.finditer(text) if wraps(match)]


HEADLINE_WORD = re.compile(r"[A-Za-z]+")
SENTENCE_START = re.compile(r"(?:\A|[.!?:\"\n(]\s*|\s[-\u2013\u2014]\s)\Z")


def truecase_headline(text: str, start: int = 0) -> str:
    """An ALL-CAPS headline (the first line from `start`, a paragraph of its own) with each word cased as the story
    writes it inside a sentence, in place: "GOLOVCHENKO, SULTANOV DISCUSS TRADE" reads as "Golovchenko, Sultanov
    discuss trade" when the story writes "Golovchenko" and "trade"; a word the story does not write reads as a name
    ("Kyzylzhar"). A Title Case headline stays as it is: the entity rules read its names as written."""
    first = start + len(text[start:]) - len(text[start:].lstrip())
    end = text.find("\n", first)
    if end < 0 or text[end + 1 : end + 3].strip() != "":
        return text
    long_words = [w for w in HEADLINE_WORD.findall(text[first:end]) if len(w) > 3]
    if len(long_words) < 3 or not all(w.isupper() for w in long_words):
        return text
    inside: dict[str, dict[str, int]] = {}  # the forms of each word inside a sentence of the story
    anywhere: dict[str, dict[str, int]] = {}
    for match in HEADLINE_WORD.finditer(text, end):
        word = match.group(0)
        at_start = SENTENCE_START.search(text[max(end, match.start() - 4) : match.start()])
        for table in (anywhere,) if at_start else (anywhere, inside):
            forms = table.setdefault(word.casefold(), {})
            forms[word] = forms.get(word, 0) + 1

    def recase(match: re.Match) -> str:
        word = match.group(0)
        forms = inside.get(word.casefold()) or anywhere.get(word.casefold())
        cased = max(forms, key=forms.get) if forms else word.capitalize() if len(word) > 1 else word
        return cased[0].upper() + cased[1:] if match.start() == 0 else cased

    return text[:first] + HEADLINE_WORD.sub(recase, text[first:end]) + text[end:]


def readable(text: str) -> str:
    """`text` with each lone surrogate and non-character replaced by U+FFFD, in place (same length), so
    that the text and every record sliced from it encode as UTF-8."""
    return UNENCODABLE.sub("\ufffd", text)


def _is_day(iso: str) -> bool:
    try:
        dt.date.fromisoformat(iso)
    except ValueError:
        return False
    return len(iso) == 10


def prepare(text: str, published: str | None = None, wrap_chars: int = 40) -> PreparedText:
    """Read the header and dateline and give the text the pipeline should see, with its offset map.

    `published` is a `YYYY-MM-DD` day, an ISO timestamp or a date (`published.published_day`); anything
    else is refused. Lone surrogates and non-characters read as U+FFFD in place. A header whose date is not a
    real day ("date 2018-13-45") is blanked like any header but gives no published date. A single line break
    after at least `wrap_chars` characters of prose is a page's column width and reads as a space.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes the article text as a str, not {type(text).__name__}")
    published = published_day(published)
    text = readable(text)
    written, offsets = read_as_clean(blank_markup(CONTROL.sub(" ", text)))
    cleaned = normalise_characters(written)
    header = HEADER.match(cleaned)
    if header:
        published = published or (header.group(1) if _is_day(header.group(1)) else None)
        cleaned = _blank(cleaned, header.start(), header.end())
    dateline = find_dateline(cleaned)
    if dateline:  # the agency's name stays, so that it can be tagged where it stands
        agency_start = dateline.agency_start if dateline.agency_start is not None else dateline.end
        agency_end = dateline.agency_end if dateline.agency_end is not None else dateline.end
        cleaned = _blank(_blank(cleaned, agency_end, dateline.end), dateline.start, agency_start)
        if agency_end < dateline.end:  # "BelTA. Trade between ...": the parser must not read on into the story
            cleaned = cleaned[:agency_end] + "." + cleaned[agency_end + 1 :]
    cleaned = truecase_headline(cleaned, header.end() if header else 0)
    (cleaned, written), joined = rewrite((cleaned, written), wrapped_lines(cleaned, wrap_chars, dateline), lambda m: " ")
    if joined and dateline:  # its offsets in the joined text, where the rules look for it
        moved = {name: joined.forward(getattr(dateline, name)) for name in ("start", "end", "agency_start", "agency_end")
                 if getattr(dateline, name) is not None}
        dateline = replace(dateline, **moved)
    return PreparedText(original=text, for_pipeline=cleaned, published=published, dateline=dateline,
                        written=written, offsets=offsets.then(joined))
