"""Small helpers over the parse: entities by sentence, tree distance, clause subjects, phrases, sentence openings,
counts, paragraphs."""
from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections import defaultdict
from contextlib import contextmanager
from typing import Iterator, NamedTuple

from spacy.tokens import Doc, Span, Token

from ..text import LIST_MARKS, doc_text
from ..values import MAX_COUNT

SUBJECTS = ("nsubj", "nsubjpass")  # the dependencies of a clause's subject
OTHER_CLAUSES = frozenset({"advcl", "ccomp", "xcomp", "relcl", "parataxis"})  # clauses on a word of their own
CLAUSES = OTHER_CLAUSES | {"acl"}  # and a clause on a noun


# values read once per doc while `sentence_lookup` holds (the doc's tokens, sentences and entities stand still)
_READ_ONCE: "weakref.WeakKeyDictionary[Doc, dict]" = weakref.WeakKeyDictionary()


class _Sentence(Span):
    """A sentence whose tokens are made once: iterating it hands out the same `Token` objects each time (spaCy
    makes a new one per token per pass, and the rules pass over each sentence many times)."""

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def __getitem__(self, i):
        """`sent[k]` and `sent[a:b]` from the same tokens (a slice is such a span too), as `Span` indexes them."""
        if isinstance(i, slice):
            start, stop, _ = i.indices(len(self.tokens))
            stop = max(start, stop)
            part = _Sentence(self.doc, self.start + start, self.start + stop)
            part.tokens = self.tokens[start:stop]
            return part
        return self.tokens[i]


@contextmanager
def sentence_lookup(doc: Doc) -> Iterator[None]:
    """`doc.sents`, `span.sents`, `token.sent` and `span.sent` from the doc's sentences, read once, while the
    boundaries stand still (event linking reads them thousands of times; spaCy walks the tokens on every call):
    the same sentences spaCy gives (for `.sent` the one holding the span's first token), found by bisection,
    each made of the doc's tokens read once. spaCy's own lookup is back on exit."""
    tokens = list(doc)
    sentences = []
    for sent in doc.sents:
        sentence = _Sentence(doc, sent.start, sent.end)
        sentence.tokens = tokens[sent.start : sent.end]
        sentences.append(sentence)
    starts = [sent.start for sent in sentences]
    hooks = ((doc.user_token_hooks, "sent", lambda token: sentences[bisect_right(starts, token.i) - 1]),
             (doc.user_span_hooks, "sent", lambda span: sentences[bisect_right(starts, span.start) - 1]),
             (doc.user_hooks, "sents", lambda _: iter(sentences)))
    saved = [table.get(name) for table, name, _ in hooks]
    for table, name, lookup in hooks:
        table[name] = lookup
    _READ_ONCE[doc] = {"tokens": tokens}
    try:
        yield
    finally:
        _READ_ONCE.pop(doc, None)
        for (table, name, _), old in zip(hooks, saved):
            if old is None:
                table.pop(name, None)
            else:
                table[name] = old


def doc_tokens(doc: Doc) -> list[Token]:
    """The doc's tokens, made once per doc while `sentence_lookup` holds (a pass over `doc` makes them anew)."""
    read_once = _READ_ONCE.get(doc)
    return read_once["tokens"] if read_once is not None else list(doc)


class TokenWords(NamedTuple):
    """The doc's token texts, lowercased texts, fine tags and entity labels, one list entry per token (`text[tok.i]`
    is `tok.text`): a token's string attributes look the string up in the vocab's store on every read (about 0.3 us
    each), and the finders read the words of every sentence many times."""

    text: list[str]
    lower: list[str]  # `tok.lower_`: English's lowercase form is `str.lower` of the text
    tag: list[str]
    ent_type: list[str]


def token_words(doc: Doc) -> TokenWords:
    """The doc's `TokenWords`, read once per doc while `sentence_lookup` holds (the tokens stand still then)."""
    read_once = _READ_ONCE.get(doc)
    if read_once is not None and "words" in read_once:
        return read_once["words"]
    tokens = doc_tokens(doc)
    text = [t.text for t in tokens]
    tags, ent_types = [t.tag for t in tokens], [t.ent_type for t in tokens]  # ids are cheap to read; few distinct
    names = {key: doc.vocab.strings[key] for key in {*tags, *ent_types}}
    words = TokenWords(text, [t.lower() for t in text], [names[key] for key in tags], [names[key] for key in ent_types])
    if read_once is not None:
        read_once["words"] = words
    return words


def ents_by_sentence(doc: Doc) -> dict[int, list[Span]]:
    """The entities of each sentence, keyed by the sentence's first token (`Span.ents` rescans the doc); read once
    per doc while `sentence_lookup` holds."""
    read_once = _READ_ONCE.get(doc)
    if read_once is not None and "ents_by_sentence" in read_once:
        return read_once["ents_by_sentence"]
    out: dict[int, list[Span]] = defaultdict(list)
    for ent in doc.ents:
        out[ent.sent.start].append(ent)
    if read_once is not None:
        read_once["ents_by_sentence"] = out
    return out


def path_to_root(token: Token) -> list[Token]:
    return [token] + list(token.ancestors)


def tree_distance(a: Token, b: Token) -> int:
    """Number of arcs between two tokens of the same sentence (large when they share no ancestor)."""
    up_a = {t.i: n for n, t in enumerate(path_to_root(a))}
    for n, t in enumerate(path_to_root(b)):
        if t.i in up_a:
            return up_a[t.i] + n
    return 1000


def closest(token: Token, candidates: list[Token]) -> Token | None:
    """The candidate nearest in the tree; ties go to the one before the token, then the nearer in the text."""
    if not candidates:
        return None
    return min(candidates, key=lambda c: (tree_distance(token, c), c.i > token.i, abs(c.i - token.i)))


def clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a word stands in ("exports ... sank to $500 million"), through the clauses that
    have none of their own (xcomp, advcl, conj, acl, pcomp)."""
    for ancestor in tok.ancestors:
        subjects = [c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass") and tok not in c.subtree]
        if subjects:
            return subjects[0]
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("xcomp", "advcl", "conj", "acl", "pcomp"):
            return None
    return None


def sentence_before(sent: Span) -> Span | None:
    """The sentence just before `sent`; None for the first."""
    return sent.doc[sent.start - 1].sent if sent.start > 0 else None


def phrase(head: Token, without: frozenset[str] = frozenset()) -> set[int]:
    """Token indices of a head's phrase: its subtree without the verbs conjoined to it or below it (in "the
    venture that assembles X and discussed Y", Y is another matter) nor clauses of the kinds `without`
    names (for a meeting, "met with X, who replaced Z": Z takes no part)."""
    out, stack = set(), [head]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        stack += [c for c in tok.children if c.dep_ not in without and not (c.dep_ == "conj" and c.pos_ == "VERB")]
    return out


def opens_sentence(token: Token) -> bool:
    """Whether a word is the first of its sentence, after spaces and the dateline: in "MINSK (BelTA) - Trade
    between ..." a capital "Trade" is no word of a name."""
    dateline = token.doc._.dateline
    return all(t.is_space or t.is_punct or (dateline is not None and t.idx < dateline.end)
               for t in token.doc[token.sent.start : token.i])


def count_of(token: Token, number_words: dict[str, int], scales: dict[str, int] | None = None) -> int | None:
    """The whole number a token writes ("eight", "30", "1,200"; with `scales`, "6 thousand" on "thousand");
    None for other words and for counts beyond `MAX_COUNT`, which are misreadings."""
    text = token.lower_.replace(",", "")
    if scales and text in scales:
        parts = [count_of(c, number_words) for c in token.children if c.dep_ in ("compound", "nummod")]
        count = next((p for p in parts if p is not None), 1) * scales[text]
    elif text in number_words:
        count = number_words[text]
    elif text.isdecimal() and len(text) <= len(str(MAX_COUNT)):
        count = int(text)
    else:
        return None
    return count if count <= MAX_COUNT else None


BLANK_LINE = re.compile(r"\n[ \t\r\u00a0]*\n[ \t\r\u00a0\n]*")
LINE_AFTER_A_STOP = re.compile(  # "...in 2023.\nExports rose ...", not "...in 2023.\n- exports: ..." (a list it opens)
    r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019]))[ \t\r\u00a0]*\n(?![ \t]*[" + re.escape("".join(LIST_MARKS)) + r"])[ \t\r\u00a0\n]*")


def paragraph_starts(doc: Doc) -> list[int]:
    """Character offsets where the doc's paragraphs begin: after each blank line; in a text without blank lines,
    after each line break that follows a sentence's full stop and opens no list item. A page that sets paragraphs
    apart by blank lines uses single breaks for other things (hard wraps, lists, a headline's lines); a page
    scraped with single breaks between paragraphs has no other way to show them."""
    read_once = _READ_ONCE.get(doc)
    if read_once is not None and "paragraphs" in read_once:
        return read_once["paragraphs"]
    text = doc_text(doc)
    breaks = BLANK_LINE if BLANK_LINE.search(text) else LINE_AFTER_A_STOP
    starts = [m.end() for m in breaks.finditer(text)]
    if read_once is not None:  # read once per doc while `sentence_lookup` holds, as the tokens' words are
        read_once["paragraphs"] = starts
    return starts


def paragraph_of(starts: list[int], char: int) -> int:
    """The number of the paragraph (0 for the first) that holds a character offset."""
    return bisect_right(starts, char)
