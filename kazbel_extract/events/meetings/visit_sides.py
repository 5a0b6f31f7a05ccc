"""Whom "the guest", "the visitor" or "the host" of a meeting's phrase stands for: a side of the visit told before.

"X arrived in Minsk. Y held talks with the guest": the guest is the one who travelled (the subject of a travel
verb, or of a stay on a visit: "X is on a visit to Minsk") or was received ("Y received X"); the host is the one
who received, else the other person the visit's sentence names ("X arrived at the invitation of Y. The host ...").
A guest or host told by country ("the Chinese guest") where no visit is told is the last person of that country
named before it.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..syntax import SUBJECTS, sentence_before
from .people import surname
from .pronouns import NAME_LINKS


class VisitSides:
    """Decides the person a definite "the guest" or "the host" stands for, from the sentences just before it."""

    def __init__(self, words: dict, persons_in: dict[int, list[Span]], sentences_back: int, people):
        self.sides = {noun: side for side, nouns in words["visit_sides"].items() for noun in nouns}
        self.travel = set(words["travel_verbs"])
        self.visits = set(words["visit_nouns"])
        self.receiving = set(words["receiving_verbs"])
        self.persons_in = persons_in  # the PERSON mentions of each sentence, by sentence start
        self.sentences_back = sentences_back
        self.people = people  # what the text says of a person: their country

    def referent(self, noun: Token) -> list[Span]:
        """The guest or host a noun stands for, told by the nearest sentence before that tells a visit; none for
        another noun, one without "the" ("a guest of honour"), or where no sentence tells a visit."""
        side = self.sides.get(noun.lower_)
        if side is None or noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return []
        sent = sentence_before(noun.sent)
        for _ in range(self.sentences_back):
            if sent is None:
                break
            people = self.persons_in[sent.start]
            roles = [(p, self._side_of(p)) for p in people]
            guests = [p for p, role in roles if role == "guest"]
            hosts = [p for p, role in roles if role == "host"]
            if side == "guest" and guests:
                return guests[-1:]
            if side == "host" and (hosts or guests):
                others = hosts or [p for p in people if surname(p.text) not in {surname(g.text) for g in guests}]
                if others:
                    return others[-1:]
            sent = sentence_before(sent)
        return self._of_its_country(noun)

    def _of_its_country(self, noun: Token) -> list[Span]:
        """ "X met Chinese Vice Premier Y. Earlier, the Chinese guest was received by Z": the last person named before
        the noun whose country is the one its adjective names."""
        country_of = self.people.lexicon.country_of
        countries = {country_of[c.text] for c in noun.children if c.dep_ in ("amod", "compound") and c.text in country_of}
        if len(countries) != 1:
            return []
        before = [p for start in sorted(self.persons_in) if start <= noun.sent.start
                  for p in self.persons_in[start] if p.end <= noun.i]
        return next(([p] for p in reversed(before) if self.people.participant(p).country in countries), [])

    def _side_of(self, person: Span) -> str | None:
        """ "guest" for the subject of a travel verb or of a stay on a visit, or the object of a receiving verb;
        "host" for the subject of a receiving verb; else None."""
        tok = person.root
        while tok.dep_ in NAME_LINKS and tok.head is not tok:
            tok = tok.head
        verb = tok.head
        if tok.dep_ == "dobj" and verb.lower_ in self.receiving:
            return "guest"
        if tok.dep_ not in SUBJECTS:
            return None
        if verb.lower_ in self.receiving:
            return "host"
        on_a_visit = any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in self.visits for g in c.children)
                         for c in verb.children)
        return "guest" if verb.lower_ in self.travel or on_a_visit else None
