"""Who speaks a quote and whom it is told to: the subject of the verb the quote hangs on ("'I met him,' X
said", "X said: 'we met'", or the verb right after a quote of several sentences), and that verb's object
("'Glad to see you,' X told Y", "X said to Y")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..syntax import SUBJECTS
from .people import titled_person

QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})


class QuoteSpeakers:
    """Decides the word that speaks the quote a pronoun stands in, and the people the quote is told to; the
    pronoun words a quote's speaker and addressee use (`quoted`) are never its speaker."""

    def __init__(self, quoted: set[str], persons_in: dict[int, list[Span]], title_words: set[str] = frozenset()):
        self.quoted = quoted
        self.persons_in = persons_in  # the PERSON mentions of each sentence, by sentence start
        self.title_words = title_words  # "Minister" of "told Prime Minister of Kazakhstan Y"

    def person_at(self, token: Token) -> Span | None:
        return next((p for p in self.persons_in[token.sent.start] if p.start <= token.i < p.end), None)

    def speaker_word(self, pronoun: Token) -> Token | None:
        """The subject of the verb the quote of `pronoun` hangs on; none when the sentence does not say who speaks."""
        verb = self._speech_verb(pronoun) or self._verb_after_quote(pronoun)
        if verb is None:
            return None
        return next(c for c in verb.children if c.dep_ in SUBJECTS)

    def _speech_verb(self, pronoun: Token) -> Token | None:
        """The verb a quote hangs on ("'I met him,' X said", "X said: 'we met'"): the first verb above the clause
        of the pronoun, with a subject outside the quote; none when the sentence does not say who speaks."""
        clause = next((t for t in [pronoun, *pronoun.ancestors] if t.dep_ in ("ccomp", "parataxis")), None)
        if clause is None:
            return None
        verb = clause.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        return verb if subjects and all(s.lower_ not in self.quoted for s in subjects) else None

    def _verb_after_quote(self, pronoun: Token) -> Token | None:
        """ "'... We have already held talks with the mayor. ...,' the diplomat said.": for a pronoun in a quote of
        several sentences, the verb with a subject right after the quote closes, in the same paragraph."""
        doc = pronoun.doc
        start = pronoun.i
        while start > 0 and "\n" not in doc[start - 1].text:
            start -= 1
        if sum(t.text in QUOTE_MARKS for t in doc[start : pronoun.i]) % 2 == 0:
            return None  # not inside a quote
        close = next((t for t in doc[pronoun.i :] if t.text in QUOTE_MARKS or "\n" in t.text), None)
        if close is None or "\n" in close.text:
            return None
        after = [t for t in close.sent if t.i > close.i]
        return next((t for t in after if t.pos_ == "VERB" and any(c.dep_ in SUBJECTS and c.i > close.i
                                                                  for c in t.children)), None)

    def spoken_to(self, pronoun: Token) -> list[Span]:
        """ "'Glad to see you,' X told Y", "X said to Y": the person the quote is told to; none when the quote does not
        say."""
        verb = self._speech_verb(pronoun)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")] if verb is not None else []
        objects += [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                    for g in c.children if g.dep_ == "pobj"] if verb is not None else []  # "X said to Y"
        people = [self.person_at(o) or titled_person(o, self.persons_in[o.sent.start], self.title_words)
                  for o in objects]  # "told Prime Minister of Kazakhstan Y"
        return [p for p in people if p is not None]
