"""Owners that make a company or a production joint: two companies or both sides.

"A company with the participation of KTZ and Belarusian Railways", "with Kazakh and Belarusian participation"
(a share of both), "a plant of Gomselmash and Zoomlion" (one venture of two), "Amkodor and Uzavtosanoat agreed to set up the production of loaders", "the parties decided
to launch the assembly of elevators", "will set up the production jointly with a partner" (both setting it up).
One side's capital or participation, or one maker's own production, makes nothing joint.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..clause import read_clause
from ..lexicon import Lexicon


class JointOwners:
    """Decides whether the owners of a company, or those setting up a production, are both sides."""

    def __init__(self, words: dict, lexicon: Lexicon):
        self.words = words
        self.grammar = lexicon.grammar
        self.country_of = lexicon.country_of  # "Belarusian" -> "Belarus"
        self.side_words = set(lexicon.agreements["party_words"])  # "the parties", "the two countries"

    def share(self, noun: Token) -> bool:
        """ "With the participation of KTZ and Belarusian Railways" (two owners named) or "with Kazakh and Belarusian
        participation" (both sides): a joint company; one side's capital or participation makes none."""
        doc, end = noun.doc, noun.right_edge.i + 1
        withs = [c for c in noun.children if c.lower_ == "with"]
        if end < len(doc) and doc[end].lower_ == "with" and doc[end].dep_ == "prep" and doc[end] not in withs:
            withs.append(doc[end])  # right after the noun's phrase, however the parse attaches it (on the verb)
        shares = [g for c in withs for g in c.children
                  if g.dep_ == "pobj" and g.lower_ in self.words["participation_words"]]
        for share in shares:
            part = [t for t in share.subtree if not any(a.lower_ == "in" and a.dep_ == "prep" for a in t.ancestors
                                                        if a.i > share.i)]  # not where it works: "... in Kazakhstan"
            owners = {t.i for t in part if t.ent_iob_ == "B" and t.ent_type_ in ("ORG", "GPE")}
            sides = {self.country_of[t.text] for t in part if t.text in self.country_of}
            if len(owners) >= 2 or len(sides) >= 2:
                return True
        return False

    def of_two(self, noun: Token) -> bool:
        """ "A plant of Gomselmash and Zoomlion", "a tyre factory of X and Y": one venture (a singular noun) whose "of"
        names two or more companies is theirs together; "the plants of MAZ and BelAZ" are each one's own."""
        if noun.tag_ != "NN":
            return False
        owners = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree
                  if t.ent_iob_ == "B" and t.ent_type_ == "ORG"
                  and not any(a.lower_ == "in" and a.dep_ == "prep" for a in t.ancestors if a.i > c.i)}
        return len(owners) >= 2

    def set_up_together(self, noun: Token) -> bool:
        """Whether the production a verb of setting up sets up is joint: two or more companies or countries, or "the
        parties/sides/two countries", are its subjects, or it is done "jointly" or "together" with a partner."""
        clause = read_clause(noun, self.grammar)
        if clause.verb is None or clause.verb.lower_ not in self.words["setup_words"]:
            return False
        verbs = [clause.verb, *(t for t in clause.frame if t.pos_ in ("VERB", "AUX"))]
        if any(c.lower_ in self.words["together_words"] for v in verbs for c in v.children):
            return True
        subjects = [s for v in verbs for s in v.children if s.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lower_ in self.side_words and s.tag_ == "NNS" for s in subjects):
            return True  # "the parties agreed to launch the assembly of ..."
        sides = {t.i for s in subjects for t in s.subtree if t.ent_iob_ == "B" and t.ent_type_ in ("ORG", "GPE")}
        return len(sides) >= 2
