"""`KazbelEnglish`: English whose docs are wire articles, so that the pipeline alone gives the records.

spaCy turns a text into a `Doc` in `Language.make_doc`. Here that step reads the wire input as its
clean text (`text.prepare`: the ` date YYYY-MM-DD` header and the dateline blanked, markup, references,
spacing and hard wraps read as a reader sees them) and keeps the text as the user gave it in
`doc.user_data["input"]`, with the map from the doc's offsets into it in `doc.user_data["offsets"]`
(none when the text was clean), so that records point into the user's text; `doc.user_data["original"]`
is the doc's text as written (before the in-place normalisation), which the rules quote their words from. `__call__` and `pipe` process a text longer than `nlp.chunk_chars` in pieces cut at
paragraph or sentence ends (the parser's memory grows with the doc) and join them into one `Doc`;
the limit is the config's `[nlp.after_creation]` `chunk_chars` (`kazbel_extract.chunking.v1`).

The published date comes, first found first: from `doc._.published` set on a doc made with
`nlp.make_doc`, from the context of `nlp.pipe(((text, {"published": "YYYY-MM-DD"}), ...),
as_tuples=True)`, or from the text's own header. A saved pipeline names this class
(`lang = "kazbel_en"`, registered in `spacy.registry.languages`), so `spacy.load` restores it.
"""
from __future__ import annotations

import warnings
from collections import deque
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

import spacy
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.api import Config

from . import extensions  # noqa: F401  (registers the Doc/Span attributes)
from .published import published_day
from .text import prepare

CHUNKING = "kazbel_extract.chunking.v1"


@spacy.registry.callbacks(CHUNKING)
def chunking(chunk_chars: int, wrap_chars: int = 40) -> Callable[[Language], Language]:
    """The `[nlp.after_creation]` callback that sets how the input is read: `nlp.chunk_chars` (the longest piece a
    text is processed in) and `nlp.wrap_chars` (a single line break after a line of at least this many characters
    of prose is a page's column width, read as a space), each checked here: a whole number of at least 1."""
    for name, value in (("chunk_chars", chunk_chars), ("wrap_chars", wrap_chars)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"nlp.after_creation: {name} must be a whole number of at least 1, not {value!r}")

    def set_chunking(nlp: Language) -> Language:
        nlp.chunk_chars, nlp.wrap_chars = chunk_chars, wrap_chars
        return nlp

    return set_chunking


# Scraped pages glue a bracket to the word before it, a full stop to a bracket, or a headline to the sentence
# after it: "Minsk(BelTA)", "on Tuesday.(Kazakh Embassy)", "(BelTA)The", "visit to BelarusThe dynamics".
# Split there, as spaCy already does at "said.The".
# Scraped copy also drops the space between a word and the number or currency after it ("reached151 million",
# "almost$151 million", "toUSD 5 billion") and after a sentence's full stop ("in 2023.The", "8.1%.Exports"):
# a lowercase word directly followed by a digit or a currency sign, and a full stop between a word, a number or
# a bracket and a capitalised word, are token boundaries.
GLUED_NUMBERS = (r"(?<=[a-z]{2})(?=[0-9]|USD|EUR|KZT|BYN|RUB)", r"(?<=[0-9])%(?=\.[A-Z])", r"(?<=[a-z]{2})[$\u20ac\u20bd\u20b8\u00a3](?=[0-9])",
                 r"(?<=[a-z0-9%)]{2})\.(?=[A-Z][a-z])")
GLUED_WORDS = (*GLUED_NUMBERS, r"(?<=[a-z])\.(?=[(\[])", r"(?<=[A-Za-z.])[(\[](?=[A-Z])", r"(?<=[A-Za-z])[)\]](?=[A-Z])",
               r"(?<=[a-z]{2})(?=(?:The|This|These|According)\b)")
# A full stop after a word ending on one capital ("GmbH.", "UzA.", "C&T.") ends the sentence, as spaCy already
# splits it after "JSC." or "BelTA."; kept in the token, it made a legal form or an agency a word of its own.
GLUED_STOPS = (r"(?<=[a-z&][A-Z])\.",)


class KazbelDefaults(English.Defaults):
    infixes = [*English.Defaults.infixes, *GLUED_WORDS]
    suffixes = [*English.Defaults.suffixes, *GLUED_STOPS]
    config = Config().from_str(f"""
[nlp]

[nlp.after_creation]
@callbacks = "{CHUNKING}"
chunk_chars = 100000
wrap_chars = 40
""")


def chunk_spans(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) pieces of at most `limit` characters, cut at a paragraph, line or sentence end."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "))
        end = start + (cut + 1 if cut > limit // 2 else limit)
        pieces.append((start, end))
        start = end
    pieces.append((start, len(text)))
    return pieces


@spacy.registry.languages("kazbel_en")
class KazbelEnglish(English):
    lang = "kazbel_en"
    Defaults = KazbelDefaults
    # longer texts are processed in pieces of at most this many characters (set from the config by `chunking`)
    chunk_chars: int = KazbelDefaults.config["nlp"]["after_creation"]["chunk_chars"]
    wrap_chars: int = KazbelDefaults.config["nlp"]["after_creation"]["wrap_chars"]  # a page's column width

    def make_doc(self, text: str) -> Doc:
        """The doc of one article (a text longer than `max_length` needs `nlp(text)` or `nlp.pipe`)."""
        (doc,) = self._pieces(text, None, limit=None)
        return doc

    def _pieces(self, text: Any, published: str | None, limit: int | None) -> list[Doc]:
        """Docs of the read input, one per piece of at most `limit` characters, each knowing its offset."""
        if isinstance(text, Doc):
            published = published_day(published)
            if published:
                text._.published = published
            return [text]
        prepared = prepare(text, published, self.wrap_chars)
        spans = chunk_spans(prepared.for_pipeline, limit) if limit else [(0, len(prepared.for_pipeline))]
        offsets, docs = prepared.offsets.to_data(), []
        for start, end in spans:
            piece = prepared.for_pipeline[start:end]
            doc = super().make_doc(piece) if limit is None else self.tokenizer(piece)
            doc._.published = prepared.published
            doc._.dateline = prepared.dateline if start == 0 else None
            doc.user_data["offset"] = start
            doc.user_data["original"] = prepared.written[start:end]  # the rules quote their words from this
            doc.user_data["text"] = piece  # what its tokens join to (`text.doc_text`)
            _keep_input(doc, prepared.original, offsets)
            docs.append(doc)
        return docs

    def __call__(self, text, *, disable: Iterable[str] = (), component_cfg: dict | None = None) -> Doc:
        if isinstance(text, str) and len(text) > self.chunk_chars:
            (doc,) = self.pipe([text], disable=disable, component_cfg=component_cfg)
            return doc
        return super().__call__(text, disable=list(disable), component_cfg=component_cfg)

    def pipe(self, texts, *, as_tuples: bool = False, batch_size: int | None = None,
             disable: Iterable[str] = (), component_cfg: dict | None = None, n_process: int = 1) -> Iterator:
        """As `Language.pipe`; with `as_tuples`, a context dict's "published" is the text's published date."""
        items = texts if as_tuples else ((text, None) for text in texts)
        pending: deque[tuple[int, Any]] = deque()  # (pieces, context) of each input, in order

        def pieces() -> Iterator[Doc]:
            for text, context in items:
                published = context.get("published") if isinstance(context, dict) else None
                docs = self._pieces(text, published, self.chunk_chars)
                pending.append((len(docs), context))
                yield from docs

        processed = iter(super().pipe(pieces(), batch_size=batch_size, disable=list(disable),
                                      component_cfg=component_cfg, n_process=n_process))
        for first in processed:
            count, context = pending.popleft()
            doc = first if count == 1 else join_pieces([first, *islice(processed, count - 1)])
            yield (doc, context) if as_tuples else doc


def join_pieces(docs: list[Doc]) -> Doc:
    """One doc of the processed pieces of an article: tokens, annotations and `._` values, in article offsets."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # user data is carried over below, with the pieces' offsets
        doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])
    offset = 0
    for piece in docs:
        for key, value in piece.user_data.items():
            if not (isinstance(key, tuple) and len(key) == 4 and key[0] == "._."):
                continue
            _, name, start, end = key
            value = _moved(value, doc, offset)
            if start is None:  # a Doc attribute: lists and dicts are joined, a single value is the first piece's
                doc.user_data[key] = _joined(doc.user_data[key], value) if key in doc.user_data else value
            else:
                doc.user_data[("._.", name, start + offset, None if end is None else end + offset)] = value
        offset += len(piece.text)
    doc.user_data["original"] = "".join(piece.user_data["original"] for piece in docs)
    _keep_input(doc, docs[0].user_data.get("input"), docs[0].user_data.get("offsets"))
    return doc


def _keep_input(doc: Doc, text: str | None, offsets: list | None) -> None:
    """The whole article as the user gave it and, when the pipeline reads another text, the offset map into it
    (`OffsetMap.to_data`, plain lists that `Doc.to_bytes` keeps): records point into this text
    (`events.evidence.user_span`)."""
    if text is not None:
        doc.user_data["input"] = text
    if offsets:
        doc.user_data["offsets"] = offsets


def _moved(value, doc: Doc, offset: int):
    """A value of a piece with its spans moved into the joined doc."""
    if isinstance(value, Span):
        return doc.char_span(value.start_char + offset, value.end_char + offset, label=value.label)
    if isinstance(value, list):
        return [_moved(v, doc, offset) for v in value]
    if isinstance(value, dict):
        return {k: _moved(v, doc, offset) for k, v in value.items()}
    return value


def _joined(earlier, later):
    if isinstance(earlier, list) and isinstance(later, list):
        return earlier + later
    if isinstance(earlier, dict) and isinstance(later, dict):
        return {**later, **earlier}
    return earlier
