"""Documents a mention with no name of its own points back at: a definite plural over the documents named one by
one just before it ("both documents", "the two agreements", "these documents"), and the sides' own document ("their
roadmap", "a roadmap of our relations"), which is the one of its kind named before."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .restatements import Mention


def determiners_of(noun: Token) -> set[str]:
    """The determiners of the noun's phrase; of its head's for a compound ("the agreement draft")."""
    head = noun.head if noun.dep_ == "compound" else noun
    return {t.lower_ for t in noun.doc[head.left_edge.i : noun.i] if t.dep_ == "det"}


class PointingBack:
    """Decides which earlier documents a nameless definite plural or the sides' own document stands for."""

    def __init__(self, words: dict):
        self.generic = words["generic"]
        self.definite = words["definite_determiners"]
        self.both = words["both_determiners"]
        self.sides_possessives = words["sides_possessives"]

    def named_ones_again(self, mentions: list[Mention], new: Mention) -> list[Mention]:
        """The documents a definite plural with no name of its own points back to as a whole: those named one by one
        in the last sentence that named any, this one or the one before, as many as its count says ("the two
        agreements", "both documents", "these documents"), of its kind unless it is a generic one."""
        noun = new.noun
        if noun.tag_ not in ("NNS", "NNPS") or new.words or not mentions:
            return []
        determiners = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet")} | determiners_of(noun)
        if not determiners & (self.definite | self.both):
            return []
        last = mentions[-1].noun.sent
        if not (last == noun.sent or last.end <= noun.sent.start and all(
                t.is_space for t in noun.doc[last.end : noun.sent.start])):
            return []  # named in this sentence or the one just before
        named = [m for m in mentions if m.noun.sent == last and m.is_record]
        wanted = new.record.count or (2 if determiners & self.both else None)
        if len(named) < 2 or wanted not in (None, len(named)):
            return []
        if any(m.record.count is not None or m.noun.tag_ not in ("NN", "NNP") for m in named):
            return []  # one by one, not a group of its own
        if new.kind not in self.generic and any(m.kind != new.kind for m in named):
            return []
        return named

    def sides_own(self, new: Mention) -> frozenset[str] | None:
        """For a single uncounted document named as the sides' own, by "our" or "their" on it or on its "of" phrase
        ("their roadmap", "a roadmap of our relations"), the words of its title that say what it is about (not the
        relations its "of" phrase names); None for any other. Such a document is the one of its kind named before,
        however determined, unless its subject is another's ("their agreement on customs" after one on transit)."""
        noun = new.noun
        if noun.tag_ not in ("NN", "NNP") or new.record.count is not None:
            return None
        relations = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and any(p.dep_ == "poss" and p.lower_ in self.sides_possessives for p in g.children)]
        if not relations and not any(c.dep_ == "poss" and c.lower_ in self.sides_possessives for c in noun.children):
            return None
        return new.words - {t.lower_ for g in relations for t in g.subtree}
