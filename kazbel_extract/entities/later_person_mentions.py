"""The later mentions of a person an article has named in full: the same words again ("Alexei Teksler noted
..."), or the surname alone ("Lukashenko said"), also for the full names the gazetteer knows."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .lexicon import Lexicon
from .words import Word


class LaterPersonMentions:
    """Decides which words stand for a person already named in full, whatever evidence stands around them: the
    full name repeated, or a capitalised surname of a name the article or the gazetteer has."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def repeated(self, doc: Doc, words: list[Word], full_names: list[Span]) -> list[Span]:
        """Each other mention of a full name the article has given ("Alexei Teksler noted ..." after "Governor of
        Chelyabinsk Region Alexei Teksler"): the same words are the same person, whatever evidence stands around them."""
        first_word, last_word = {w.start: k for k, w in enumerate(words)}, {w.end: k for k, w in enumerate(words)}
        by_first: dict[str, set[tuple[str, ...]]] = {}
        for name in full_names:
            if name.start in first_word and name.end in last_word:
                texts = tuple(w.text for w in words[first_word[name.start]:last_word[name.end] + 1])
                by_first.setdefault(texts[0], set()).add(texts)
        spans = []
        for k, word in enumerate(words):
            for texts in by_first.get(word.text, ()):
                if tuple(w.text for w in words[k:k + len(texts)]) == texts:
                    spans.append(Span(doc, word.start, words[k + len(texts) - 1].end, label="PERSON"))
        return spans

    def surnames(self, doc: Doc, words: list[Word], full_names: list[Span]) -> list[Span]:
        """A surname standing alone ("Lukashenko said") when the article or the gazetteer has the full name."""
        lex, first_word, last_word = self.lexicon, {w.start: w for w in words}, {w.end: w for w in words}
        surnames = set(lex.known_surnames)
        for name in full_names:
            if name.start in first_word and name.end in last_word:
                first, last = first_word[name.start].text, last_word[name.end].text
                surnames |= lex.surnames_of([first, last])
        return [Span(doc, w.start, w.end, label="PERSON") for w in words if w.is_cap and w.key in surnames]
