"""Partners joined by "and" to a known or shaped organisation ("KTZ and TCDD Tasimacilik"): a company too, when its
words are proper names of no place, title, person or generic body."""
from __future__ import annotations

from spacy.tokens import Doc

from .shapes import NameShapes
from .words import Word


class CoordinatedPartners(NameShapes):
    """Decides the token ranges of the names the parse joins by "and" to an organisation already found."""

    def find(self, doc: Doc, words: list[Word], known: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The name the parse joins by "and" to an organisation found by name or shape ("KTZ and [TCDD Tasimacilik]",
        "[Orano Mining] and Kazatomprom", "X Holding, Y Works and [Pavlodar Petrochemical]"): a company as its partner
        is, when all its words are proper names of no place, title, person or generic body (the conjunct is read from
        the parse, no window)."""
        ends = {w.end - 1: k for k, w in enumerate(words)}
        spans = []
        for start, end in known:
            for token in doc[start:end]:
                partners = [c for c in token.children if c.dep_ == "conj" and not start <= c.i < end]
                if token.dep_ == "conj" and not start <= token.head.i < end:
                    partners.append(token.head)
                for partner in partners:
                    k = ends.get(partner.i)
                    if k is None:
                        continue
                    first, compounds = k, {c.i for c in partner.lefts if c.dep_ == "compound"}
                    while first > 0 and words[first - 1].end - 1 in compounds:
                        first -= 1  # "TCDD" of "TCDD Tasimacilik"
                    if (words[first].start < end and words[k].end > start) or not self._unknown_partner(doc, words, first, k + 1):
                        continue  # a partner overlapping the name is the parse's misreading of its own words
                    spans.append((words[first].start, words[k].end))
        return spans

    def _unknown_partner(self, doc: Doc, words: list[Word], first: int, stop: int) -> bool:
        """Are words `first:stop` a name of their own beside "and": proper name words not ending on a place or a region
        word, not in a headline, no generic body or personal name, and joined by "and" to the other side?"""
        lex, name = self.lexicon, words[first:stop]
        joined = (first > 0 and words[first - 1].key == "and") or (stop < len(words) and words[stop].key == "and")
        return (joined and all(self.is_proper_name_word(doc, w) and not w.headline and w.key not in lex.not_org for w in name)
                and not lex.is_place(name[-1]) and name[-1].key not in lex.region_words  # "Pavlodar Petrochemical"; not "Belarus"
                and not all(w.key in lex.institution_words for w in name)  # "the Senate and [Mazhilis]": a generic body
                and not lex.is_place_phrase(name) and not self.looks_personal(name) and not self.person_at(words, first))
