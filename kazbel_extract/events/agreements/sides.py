"""Whose a programme, roadmap or bloc document is: one between the sides gives a record; one side's own (adopted
by one body, "Kazakhstan's programme") or a bloc's founding treaty does not."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..clause import Grammar, read_clause
from ..lexicon import Lexicon


class DocumentSides:
    """Decides whether a document is between the sides, adopted by one body alone, or a bloc's."""

    def __init__(self, words: dict, grammar: Grammar, lexicon: Lexicon):
        self.words = words
        self.grammar = grammar
        forms = sorted({form.lower() for form in lexicon.bloc_of} | words["bloc_words"], key=len, reverse=True)
        self.bloc_pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")

    def bloc_document(self, title: str) -> bool:
        """Whether a title names a bloc or multilateral body, as a whole word ("the Eurasian Economic Union", "EU",
        "Eurasian"), not as letters inside one ("neurology", "precision")."""
        return self.bloc_pattern.search(title.lower()) is not None

    def bilateral(self, noun: Token, status: str) -> bool:
        """Whether a programme is one between sides: a word of cooperation in its phrase, a signing (an
        adoption alone is not one), or sides as the subject or agent of its clause ("Belarus and Kazakhstan will put
        together", "the sides will", "the intergovernmental commission approved", "the co-chairs approved")."""
        verb = read_clause(noun, self.grammar).verb
        adopted = verb is not None and verb.lower_ in self.words["adopting_words"]
        if status == "signed" and not adopted or {t.lower_ for t in noun.subtree} & self.words["bilateral_cues"]:
            return True
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
        subjects += [g for c in (verb.children if verb is not None else ()) if c.dep_ == "agent" for g in c.children]
        return any(s.lower_ in self.words["party_words"] and s.tag_ in ("NNS", "NNPS")
                   or any(c.dep_ == "conj" for c in s.children)
                   or {t.lower_ for t in s.subtree} & self.words["bilateral_cues"]
                   or adopted and s.tag_ == "NNS" and not any(c.ent_type_ in ("NORP", "GPE") for c in s.children)
                   for s in subjects if s is not noun)  # "the co-chairs approved"; not "the (Kazakh) government"

    def adopted(self, noun: Token) -> bool:
        """Whether the document is what an adopting verb acts on, with who adopts it ("the government approved a
        roadmap", "a plan adopted by the ministry"): one body can adopt a document alone, so it is between the sides
        only by a cue of its own (`bilateral`)."""
        verb = read_clause(noun, self.grammar).verb
        if verb is None or verb.lower_ not in self.words["adopting_words"]:
            return False
        acted_on = noun.dep_ in ("dobj", "nsubjpass") and noun.head == verb or verb.dep_ == "acl" and verb.head == noun
        adopters = [c for c in verb.children if c.dep_ == "nsubj"] + [
            g for c in verb.children if c.dep_ == "agent" for g in c.children if g.ent_type_ not in ("DATE", "TIME")]
        return acted_on and bool(adopters)  # who adopts is said: not "should be approved by the end of the year"

