"""Names on a title-case line ("Belarusian Delegation Visits Karaganda Region"), where the capitals say nothing: every
word is capitalised, verbs and nouns alike. Such a line's organisations are only those the gazetteers know or the
article's body names the same way; its people are cut to the words the body names them by ("Xi Jinping" of "Xi
Jinping Holds"). Elsewhere the capitals mark a name."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span

from .lexicon import Lexicon
from .words import Word, words_within


class HeadlineNames:
    """Decides which ORG and PERSON spans of a title-case line are names: the whole span, or its longest run of
    words that is one."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def cutter(self, doc: Doc, words: list[Word], spans: list[Span]) -> Callable[[list[Span]], list[Span]]:
        """What reads a list of the doc's spans: each name on a title-case line cut to its longest run of words that
        is a known name or a name of the same label among `spans` off those lines, written the same way; an
        organisation without one dropped, a person (the person rules found a surname in it) kept as read; the other
        spans as they are. A doc of title-case lines alone has no body to ask: its names are read as written."""
        lines = [w for w in words if w.headline]
        if not lines or len(lines) == len(words):
            return lambda found: found
        in_line = {i for w in lines for i in range(w.start, w.end)}
        body = {(s.label_, s.text) for s in spans if not any(i in in_line for i in range(s.start, s.end))}

        def cut(found: list[Span]) -> list[Span]:
            kept = []
            for span in found:
                if span.label_ not in ("ORG", "PERSON") or not all(i in in_line for i in range(span.start, span.end)):
                    kept.append(span)
                    continue
                named = self._vouched_run(doc, words_within(words, span.start, span.end), span.label_, body)
                if named:
                    kept.append(Span(doc, named[0].start, named[-1].end, label=span.label_))
                elif span.label_ == "PERSON":
                    kept.append(span)
            return kept

        return cut

    def _vouched_run(self, doc: Doc, name: list[Word], label: str, body: set[tuple[str, str]]) -> list[Word] | None:
        """The longest (then first) run of the span's words that is a known name or one of the `body`'s names of the
        `label`, as written; a run opening or ending on a function word is none."""
        known = self.lexicon.known_names
        for size in range(len(name), 0, -1):
            for first in range(len(name) - size + 1):
                run = name[first:first + size]
                if run[0].lowered or run[-1].lowered:
                    continue
                text = doc[run[0].start:run[-1].end].text
                if (label, text) in body or text.casefold() in known:
                    return run
        return None
