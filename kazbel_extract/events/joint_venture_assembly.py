"""Assemblies told by a verb: an assembly at a plant is an assembly plant, whoever assembles.

"Kostanay Engineering Plant assembles tractors" (the plant its subject), "tractors are assembled by/at Kostanay
Engineering Plant" (the agent or place of a passive), "Chery assembles cars at the Allur plant", "tractors have
been assembled at a plant in Kostanay" (a plant the verb's "at" names), "the plant in Kostanay, where tractors
have been assembled since 2011" (the plant a "where" clause hangs on). A maker assembling with no plant named
("KAMAZ assembles trucks in its home town") tells its own production, no venture.
"""
from __future__ import annotations

from spacy.tokens import Token


class AssemblyMentions:
    """Decides whether an assembling verb tells an assembly at a plant."""

    def __init__(self, words: dict):
        self.words = words

    def at_a_plant(self, verb: Token) -> bool:
        """Whether the verb assembles at a plant: its subject, the agent or place of its passive, its "at", or the
        plant its "where" clause hangs on."""
        w = self.words
        if verb.pos_ != "VERB" or verb.lower_ not in w["assembling_words"]:
            return False
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(c.dep_ == "auxpass" for c in verb.children):
            doers += [g for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "at")
                      for g in c.children if g.dep_ == "pobj"]
        if any(d.lower_ in w["plant_words"] for d in doers):
            return True  # "Kostanay Engineering Plant assembles tractors", "the plant in Kostanay assembles"
        return any(place.lower_ in w["plant_words"] for place in self._places(verb))

    def _places(self, verb: Token) -> list[Token]:
        """The nouns an "at" of the verb's own clause names ("assembles cars at the Allur plant", however the parse
        attaches the "at"), and for a "where" clause the noun it hangs on and the noun that one is a place of ("the
        plant in Kostanay, where ...")."""
        places = [g for t in verb.subtree if t.lower_ == "at" and t.dep_ == "prep" and _clause_of(t) == verb
                  for g in t.children if g.dep_ == "pobj"]
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            places.append(verb.head)
            if verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep":
                places.append(verb.head.head.head)
        return places


def _clause_of(token: Token) -> Token:
    """The nearest verb above a token: the predicate of the clause it stands in."""
    up = token.head
    while up.pos_ not in ("VERB", "AUX") and up.head != up:
        up = up.head
    return up
