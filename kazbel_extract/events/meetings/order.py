"""How a meeting mention stands in time to the meeting the article reports: an earlier meeting ("had met",
"their previous meeting"), a later one ("Later, X met Z"), or a phase of the one told before ("followed by
expanded talks").
"""
from __future__ import annotations

from spacy.tokens import Token


class MeetingOrder:
    """Decides whether a mention is a meeting before or after the one reported, or another format of the one told
    before it, from the tense of its verb and the words of time on it."""

    def __init__(self, words: dict):
        self.words = words

    def phase(self, trigger: Token) -> bool:
        """ "followed by expanded talks involving Z", "an enlarged meeting with the delegations": talks in another format
        (format_words) are a part of the meeting told before them, not another one, unless a later time is said."""
        if trigger.pos_ not in ("NOUN", "PROPN") or self.later(trigger):
            return False
        modifiers = [c for c in trigger.children if c.dep_ in ("amod", "compound")]
        modifiers += [g for c in trigger.children if c.dep_ == "prep" for f in c.children if f.lower_ == "format"
                      for g in f.children if g.dep_ in ("amod", "compound")]  # "talks in an expanded format"
        return any(m.lower_ in self.words["format_words"] for m in modifiers)

    def earlier(self, trigger: Token) -> bool:
        """ "X had met Y", "Earlier, X met Y", "their previous meeting", "X recalled their talks in 2019": a meeting
        before the one the article reports (past perfect, a word of an earlier time on the trigger or its verb, or a
        noun that a verb of recalling has for its object). It is another meeting."""
        earlier = self.words["earlier_words"]
        if any(c.dep_ == "amod" and c.lower_ in earlier for c in trigger.children):
            return True  # "since their last meeting"
        if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "conj") \
                and any(a.lower_ in self.words["recalling_verbs"] for a in trigger.ancestors if a.pos_ == "VERB"):
            return True  # "recalled their meeting in Samarkand"
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        if verb.dep_ == "prep":  # "had given an impetus to cooperation at their talks": the verb the phrase is on
            verb = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), verb)
        children = list(verb.children)
        pluperfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children)
        return pluperfect or any(c.dep_ == "advmod" and c.lower_ in earlier for c in children)

    def later(self, trigger: Token) -> bool:
        """ "Later, X met Z", "Later on the same day, X, Y and Z held a meeting": a word of a later time on the
        trigger's verb or on a phrase of it tells a meeting after the one reported."""
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        on_verb = [c for c in verb.children if c.dep_ == "advmod"]
        on_phrase = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "advmod"]
        return any(t.lower_ in self.words["later_words"] for t in on_verb + on_phrase)
