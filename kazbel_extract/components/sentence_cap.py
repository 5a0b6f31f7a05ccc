"""`kazbel_sentence_cap`: sentence boundaries the parser must keep, set before it runs.

A blank line ends a sentence: a headline, byline or date line has no full stop, and without the
boundary the parser reads it into the lede ("Lukashenko pays visit to Kazakhstan" + "Astana has
hosted talks ..."), which gives the lede's events the headline's words. So does a single line break
after a line that ends without a stop, comma, semicolon or colon (a headline over a "Published: Monday,
24 June" line over the lede, the items of a list), unless the text is wrapped inside its sentences:
then some such line ends on a function word ("with", "the", "and") or runs on into a next line that begins in
lower case or with a number, and single breaks end nothing.

No sentence is longer than `max_tokens`, so that event linking stays linear. Wire sentences run to
some 60 tokens. A scraped list, a table or a page without full stops can hand the parser one
"sentence" of thousands of tokens, and the event rules weigh the entities of a sentence against
each other, so their time grows with its square. This component starts a new sentence wherever a
run of tokens without a full stop or line break reaches `max_tokens`: after the run's last comma
or semicolon when that is in its second half, else right there.

The parser keeps these boundaries and adds its own, except after the full stop of an abbreviated scale
before its currency ("612,300 thous. USD"), which ends no sentence.
"""
from __future__ import annotations

from typing import Callable, Iterable

import srsly
from spacy import util
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .. import values
from ..text import LIST_MARKS

SENTENCE_ENDS = frozenset(get_string_id(mark) for mark in ".!?")  # word ids: tokens are read by id, none is made
CLAUSE_ENDS = frozenset(get_string_id(mark) for mark in ",;")
RUNS_ON = SENTENCE_ENDS | CLAUSE_ENDS | {get_string_id(":")}  # a line ending so goes on in the next ("signed:\n- ...")
FULL_STOP = get_string_id(".")


class SentenceCap:
    def __init__(self, name: str, max_tokens: int, scorer: Callable | None = None):
        self.name = name
        self.scorer = scorer
        self._set_max_tokens(max_tokens)

    def _set_max_tokens(self, max_tokens: int) -> None:
        if isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or max_tokens < 2:
            raise ValueError(f"kazbel_sentence_cap: max_tokens must be a whole number of at least 2, not {max_tokens!r}")
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        run_start, last_clause_end = 0, None
        strings = doc.vocab.strings
        abbreviates = values.parser_of(doc.vocab).scale_stop_before_currency
        rows = doc.to_array([ORTH, IS_SPACE]).tolist()
        line_ends, wrapped = [], False  # lines that end without a stop; whether any runs on into the next line
        for i, (orth, is_space) in enumerate(rows):
            if i - run_start >= self.max_tokens:
                after_clause = last_clause_end + 1 if last_clause_end is not None else 0
                cut = after_clause if after_clause > run_start + self.max_tokens // 2 else i
                doc[cut].is_sent_start = True
                run_start, last_clause_end = cut, None
            line_breaks = strings[orth].count("\n") if is_space else 0
            if line_breaks >= 2 and i + 1 < len(doc):  # an empty line: the end of a paragraph, headline or byline
                doc[i + 1].is_sent_start = True
            elif line_breaks == 1 and 0 < i < len(doc) - 1 and rows[i - 1][0] not in RUNS_ON \
                    and not rows[i - 1][1]:
                first, last = strings[rows[i + 1][0]][:1], doc[i - 1]
                if last.is_lower and last.is_stop:  # "met with\nKazakh President ...": no line ends on "with"
                    wrapped = True
                elif first.isupper() or first in LIST_MARKS:
                    line_ends.append(i)
                else:  # "grew\n12% in 2023": the sentence runs on
                    wrapped = True
            if orth == FULL_STOP and 0 < i < len(doc) - 1 and abbreviates(doc[i - 1].text, doc[i + 1].text,
                                                                           doc[i + 2].text if i + 2 < len(doc) else ""):
                doc[i + 1].is_sent_start = False  # "612,300 thous. USD": the stop abbreviates the scale
            elif orth in SENTENCE_ENDS or line_breaks:
                run_start, last_clause_end = i + 1, None
            elif orth in CLAUSE_ENDS:
                last_clause_end = i
        if not wrapped:  # a headline, byline or date line over the lede, items of a list: each line its own sentence
            for i in line_ends:
                doc[i + 1].is_sent_start = True
        return doc


    def score(self, examples, **kwargs) -> dict:
        return self.scorer(examples, **kwargs) if self.scorer else {}

    # Like spaCy's sentencizer, the component saves its settings (`cfg`), so a changed limit survives.
    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        return util.to_bytes({"cfg": lambda: srsly.msgpack_dumps({"max_tokens": self.max_tokens})}, exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = tuple()) -> "SentenceCap":
        util.from_bytes(data, {"cfg": lambda b: self._set_max_tokens(srsly.msgpack_loads(b)["max_tokens"])}, exclude)
        return self

    def to_disk(self, path, *, exclude: Iterable[str] = tuple()) -> None:
        util.to_disk(path, {"cfg": lambda p: srsly.write_json(p, {"max_tokens": self.max_tokens})}, exclude)

    def from_disk(self, path, *, exclude: Iterable[str] = tuple()) -> "SentenceCap":
        util.from_disk(path, {"cfg": lambda p: self._set_max_tokens(srsly.read_json(p)["max_tokens"])}, exclude)
        return self


@Language.factory(
    "kazbel_sentence_cap",
    default_config={"max_tokens": 150, "scorer": {"@scorers": "spacy.senter_scorer.v1"}},
    assigns=["token.is_sent_start"],
)
def make_sentence_cap(nlp: Language, name: str, max_tokens: int, scorer: Callable | None) -> SentenceCap:
    """`max_tokens`: the longest run of tokens without a full stop or line break that stays one sentence."""
    return SentenceCap(name, max_tokens, scorer)
