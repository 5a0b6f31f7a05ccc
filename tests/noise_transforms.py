"""Noise transformations of wire copy, for the metamorphic noise grid (tests/test_input_noise_grid.py).

Each transformation is a complete class of the noise that scraped, translated-from-Russian agency copy carries
(spaces, dashes and quotes of other code points, glued words, HTML leftovers, line structure, Cyrillic look-alike
letters, case). It rewrites an article's text by a list of edits (clean start, clean end, new text), so that
every clean offset maps into the noisy text (`Noisy.start_of`, `Noisy.end_of`) and the records of the clean text
say what the records of the noisy one must be.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

HEADER = re.compile(r"\A\s*date \d{4}-\d{2}-\d{2} ")
CYRILLIC_LOOKALIKES = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
                       "K": "\u041a", "M": "\u041c", "T": "\u0422", "A": "\u0410", "B": "\u0412", "H": "\u041d"}
TO_LATIN = {cyr: lat for lat, cyr in CYRILLIC_LOOKALIKES.items()}


@dataclass
class Noisy:
    clean: str
    text: str
    edits: list[tuple[int, int, str]]  # (clean start, clean end, noisy text), in order, not overlapping
    renamed: dict[str, str] = field(default_factory=dict)  # a record's string on clean text -> on the noisy one
    added_entities: tuple[tuple[str, str], ...] = ()  # (label, text) the noise adds (a byline)

    def _maps(self):
        if not hasattr(self, "_start"):
            n = len(self.clean)
            start = [None] * (n + 1)
            end = [None] * (n + 1)
            shift = 0  # noisy - clean before the current edit
            at = 0
            for cs, ce, new in self.edits:
                for i in range(at, cs + 1):
                    start[i] = end[i] = i + shift
                after = shift + len(new) - (ce - cs)
                if ce == cs:  # an insertion: a span starting here starts after it, one ending here ends before it
                    start[cs] = cs + after
                else:
                    for i in range(cs + 1, ce):  # in place (same length) offsets map one to one
                        start[i] = i + shift if len(new) == ce - cs else cs + shift + len(new)
                        end[i] = i + shift if len(new) == ce - cs else cs + shift
                    start[ce] = end[ce] = ce + after
                shift = after
                at = ce + 1 if ce > cs else cs + 1
            for i in range(at, n + 1):
                start[i] = end[i] = i + shift
            self._start, self._end = start, end
        return self._start, self._end

    def start_of(self, clean_offset: int) -> int:
        return self._maps()[0][clean_offset]

    def end_of(self, clean_offset: int) -> int:
        return self._maps()[1][clean_offset]


def apply(clean: str, edits, **extra) -> Noisy:
    edits = sorted(edits)
    kept, last = [], -1
    for edit in edits:
        if edit[0] >= last and not (edit[0] == edit[1] == last and kept and kept[-1][0] == kept[-1][1]):
            kept.append(edit)
            last = edit[1]
    parts, at = [], 0
    for cs, ce, new in kept:
        parts.append(clean[at:cs])
        parts.append(new)
        at = ce
    parts.append(clean[at:])
    return Noisy(clean, "".join(parts), kept, **extra)


def body_start(text: str) -> int:
    header = HEADER.match(text)
    return header.end() if header else 0


def headline(text: str) -> tuple[int, int] | None:
    """The headline line after the header, when the article has one (a short line before a blank line)."""
    start = body_start(text)
    end = text.find("\n\n", start)
    line = text[start:end]
    if end < 0 or len(line) > 160 or line.rstrip().endswith(".") or re.search(r"\(\w+\)|KAZINFORM| - | – ", line):
        return None
    return start, end


def dateline_span(text: str) -> tuple[int, int] | None:
    from kazbel_extract.text import find_dateline

    dateline = find_dateline(text)
    return (dateline.start, dateline.end) if dateline else None


def sub(pattern: str, repl: Callable[[re.Match], str] | str, flags: int = 0, every: int = 1, from_body: bool = True):
    """A transformation: each `every`-th match of `pattern` in the body replaced by `repl`."""
    compiled = re.compile(pattern, flags)

    def transform(clean: str) -> Noisy:
        edits = []
        for n, match in enumerate(compiled.finditer(clean, body_start(clean) if from_body else 0)):
            if n % every == 0:
                edits.append((match.start(), match.end(), repl if isinstance(repl, str) else repl(match)))
        return apply(clean, edits)

    return transform


def both(first, second):
    def transform(clean: str) -> Noisy:
        one = first(clean)
        two = second(one.text)
        # compose: the edits of the second act on the first's output; map through both
        composite = Noisy(clean, two.text, [], {**one.renamed, **two.renamed}, one.added_entities + two.added_entities)
        composite._start = [two.start_of(one.start_of(i)) for i in range(len(clean) + 1)]
        composite._end = [two.end_of(one.end_of(i)) for i in range(len(clean) + 1)]
        return composite

    return transform


# -- spaces ------------------------------------------------------------------------------------------------------
nbsp = sub(r"(?<=\S) (?=\S)", "\u00a0", every=2)
thin_space = sub(r"(?<=\S) (?=\S)", "\u2009", every=3)
narrow_space = sub(r"(?<=\S) (?=\S)", "\u202f", every=3)
spaces_in_amounts = sub(r"(?<=\d) (?=(?:million|billion|mln|bln|thousand|%|tonnes|percent)\b|%)", "\u00a0")
thousands_nbsp = sub(r"(?<=\d),(?=\d{3}\b)", "\u00a0")
thousands_narrow = sub(r"(?<=\d),(?=\d{3}\b)", "\u202f")
percent_spaced = sub(r"(?<=\d)%", "\u00a0%")

# -- typography --------------------------------------------------------------------------------------------------
ranges_en_dash = sub(r"(?<=\d)-(?=\d)|(?<=[a-z])-(?=(?:January|February|March|April|May|June|July|August|September"
                     r"|October|November|December)\b)", "\u2013")
ranges_em_dash = sub(r"(?<=[a-z])-(?=(?:January|February|March|April|May|June|July|August|September|October"
                     r"|November|December)\b)", "\u2014")
dateline_dash_swap = sub(r"(?<=\)) [-\u2013\u2014]+ |(?<=[A-Z]{2}) [-\u2013\u2014] ",
                         lambda m: " - " if "-" not in m.group(0) else " \u2013 ", from_body=True)
en_dash_to_hyphen = sub(r"\u2013|\u2014", "-")


def _curly(match: re.Match) -> str:
    return {"'": "\u2019"}.get(match.group(0), "")


def curly_quotes(clean: str) -> Noisy:
    edits, opening = [], True
    for match in re.finditer(r"[\"']", clean[body_start(clean):]):
        at = match.start() + body_start(clean)
        if match.group(0) == "'":
            edits.append((at, at + 1, "\u2019"))
        else:
            edits.append((at, at + 1, "\u201c" if opening else "\u201d"))
            opening = not opening
    return apply(clean, edits)


straight_quotes = sub(r"[\u2018\u2019]|[\u201c\u201d]", lambda m: "'" if m.group(0) in "\u2018\u2019" else '"')
ellipsis = sub(r"\.\.\.|(?<=[a-z])\.(?= [A-Z]\w+ (?:said|noted|stressed))", "\u2026", every=1)

# -- punctuation spacing -----------------------------------------------------------------------------------------
no_space_after_stop = sub(r"(?<=[a-z0-9%)]\.) (?=[A-Z])", "", every=2)
no_space_after_comma = sub(r"(?<=[a-z]{2},) (?=[A-Z][a-z])", "", every=2)
doubled_spaces = sub(r"(?<=\S) (?=\S)", "  ", every=4)
space_before_comma = sub(r"(?<=\w),(?= )", " ,", every=2)
space_before_stop = sub(r"(?<=[a-z%])\.(?=\s)", " .", every=3)

# -- glued words -------------------------------------------------------------------------------------------------
glued_number = sub(r"(?<=[a-z]{2}) (?=\d)", "")
glued_currency = sub(r"(?<=[a-z]{2}) (?=[$\u20ac\u20bd]|USD\b)", "")

# -- HTML leftovers ----------------------------------------------------------------------------------------------
html_nbsp = sub(r"(?<=\S) (?=\S)", "&nbsp;", every=5)
html_amp = sub(r"&", "&amp;")
html_quot = sub(r"\"|\u2013|\u2014", lambda m: {"\"": "&quot;", "\u2013": "&#8211;", "\u2014": "&#8212;"}[m.group(0)])
html_paragraphs = sub(r"\n\n", lambda m: "</p>\n<p>", from_body=True)
html_breaks = sub(r"\n\n", "<br><br>")
html_breaks_tight = sub(r"\n\n", "<br />\n")


def html_bold_names(clean: str, persons: list[tuple[int, int]]) -> Noisy:
    edits = []
    for start, end in persons:
        edits += [(start, start, "<b>"), (end, end, "</b>")]
    return apply(clean, edits)


# -- line structure ----------------------------------------------------------------------------------------------
def hard_wraps(clean: str, width: int = 72) -> Noisy:
    edits, column = [], 0
    for at in range(body_start(clean), len(clean)):
        char = clean[at]
        column = 0 if char == "\n" else column + 1
        if char == " " and column >= width:
            edits.append((at, at + 1, "\n"))
            column = 0
    return apply(clean, edits)


crlf = sub(r"\n", "\r\n")
TRAILERS = ("\n\nPhoto: press service of the government", "\n\nRead also: Grain exports keep growing",
            "\n\nFollow us on Telegram")


def trailers(clean: str) -> Noisy:
    return apply(clean.rstrip(), [(len(clean.rstrip()), len(clean.rstrip()), "".join(TRAILERS))]) \
        if clean == clean.rstrip() else apply(clean, [(len(clean), len(clean), "".join(TRAILERS))])


def byline(clean: str) -> Noisy:
    noisy = apply(clean, [(len(clean), len(clean), "\n\nBy Aigerim Seitkali")])
    noisy.added_entities = (("PERSON", "Aigerim Seitkali"),)
    return noisy


# -- Cyrillic look-alikes ----------------------------------------------------------------------------------------
def cyrillic_letters(clean: str, every: int = 3) -> Noisy:
    """One look-alike letter in every `every`-th capitalised word of the body (names, places, sentence starts)."""
    edits = []
    for n, match in enumerate(re.finditer(r"\b[A-Z][a-z]{3,}\b", clean[body_start(clean):])):
        if n % every:
            continue
        word, at = match.group(0), match.start() + body_start(clean)
        letter = next((i for i, c in enumerate(word) if i and c in CYRILLIC_LOOKALIKES), None)
        if letter is None and word[0] in CYRILLIC_LOOKALIKES:
            letter = 0
        if letter is not None:
            edits.append((at + letter, at + letter + 1, CYRILLIC_LOOKALIKES[word[letter]]))
    return apply(clean, edits)


# -- case ---------------------------------------------------------------------------------------------------------
def caps_headline(clean: str) -> Noisy:
    span = headline(clean)
    return apply(clean, [(span[0], span[1], clean[span[0]:span[1]].upper())] if span else [])


def title_headline(clean: str) -> Noisy:
    span = headline(clean)
    if not span:
        return apply(clean, [])
    line = clean[span[0]:span[1]]
    titled = re.sub(r"\b[a-z]", lambda m: m.group(0).upper(), line)
    return apply(clean, [(span[0], span[1], titled)])


def title_case_dateline(clean: str) -> Noisy:
    """'MINSK, 18 June (BelTA) –' written 'Minsk, 18 June (BelTA) –' (a dateline with its agency or day: a city in
    small letters before a bare dash, 'Astana – ', is not read as one)."""
    from kazbel_extract.text import find_dateline

    dateline = find_dateline(clean)
    span = dateline_span(clean) if dateline and (dateline.agency or dateline.day) else None
    if not span:
        return apply(clean, [])
    city = re.match(r"[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)?(?=[,. ])", clean[span[0]:span[1]])
    if not city:
        return apply(clean, [])
    return apply(clean, [(span[0], span[0] + city.end(), city.group(0).title())])


# -- initials ----------------------------------------------------------------------------------------------------
def initials(clean: str, full_names: list[str]) -> Noisy:
    """Every 'Roman Golovchenko' of the body written 'R. Golovchenko' (two-word names of a plain given name)."""
    edits, renamed = [], {}
    for name in full_names:
        given, surname = name.split(" ")
        renamed[name] = f"{given[0]}. {surname}"
        for match in re.finditer(rf"\b{re.escape(name)}\b", clean[body_start(clean):]):
            at = match.start() + body_start(clean)
            edits.append((at, at + len(given), f"{given[0]}."))
    return apply(clean, edits, renamed=renamed)
