"""A document's title: its noun phrase as written, on the noun's line, without the signing told around it."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .agreement_nouns import DocumentNouns


class DocumentTitles:
    """Decides where a document's name starts and ends in the text, and which phrases are no part of it."""

    def __init__(self, doc: Doc, text: str, words: dict, nouns: DocumentNouns):
        self.doc = doc
        self.text = text
        self.words = words
        self.nouns = nouns

    def of(self, noun: Token) -> str | None:
        """The document's name as written, from its first modifier through its "on/of/for/to ..." phrases, on
        the noun's line; None for a counted or bare plural ("more than 60 agreements", "signed agreements")."""
        if self.nouns.count(noun) is not None:
            return None
        acts = self.words["signing_words"] | self.words["ratifying_words"]  # a headline's "sign", "ink", "ratify"
        skip = acts | self.words["title_skip_modifiers"]
        lefts = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "poss", "nmod") and not t.like_num
                 and t.lower_ not in skip]
        signing = [t.i for t in noun.lefts if t.lower_ in acts]
        lefts = [t for t in lefts if not signing or t.i > max(signing)]  # headline "X and Y ink agreement on Z"
        stages = self.words["signing_words"] | self.words["drafting_words"]  # "documents to be signed" names no document
        rights = [t for t in noun.rights if (t.dep_ == "prep" and t.lower_ not in self.words["title_stop_preps"]
                                             and not self._circumstance(t))
                  or (t.dep_ == "acl" and any(c.lower_ == "to" for c in t.children) and t.lower_ not in stages)]
        start = min((t.left_edge.i for t in lefts), default=noun.i)
        end = max((t.right_edge.i for t in rights), default=noun.i) + 1
        after = self.doc[noun.i + 1] if noun.i + 1 < len(self.doc) else None
        if after is not None and after.lower_ == "to" and after.head.pos_ == "VERB" and after.head.i > noun.i \
                and after.head.lower_ not in stages:
            end = max(end, after.head.right_edge.i + 1)  # "a program to guide ...", however the parse attaches it
        if end == noun.i + 1 and after is not None and after.lower_ in self.words["topic_preps"] and after.dep_ == "prep" \
                and noun.is_title and after.head.i < noun.i:
            end = after.right_edge.i + 1  # "the importance of the Treaty on the EAEU", however the parse attaches "on"
        listed = next((t for t in self.doc[noun.i + 1 : end] if t.dep_ == "conj" and self.nouns.kind(t) is not None
                       and (t.left_edge != t or any(u.dep_ not in ("cc", "punct") for u in self.doc[noun.i + 1 : t.i]))),
                      None)  # not "an agreement and programme of cooperation": one title
        if listed is not None:  # "an agreement on X and a memorandum on Y": the next document listed is its own
            end = listed.left_edge.i
            while end > noun.i + 1 and self.doc[end - 1].dep_ in ("cc", "punct"):
                end -= 1
        if noun.tag_ in ("NNS", "NNPS") and start == noun.i and end == noun.i + 1:
            return None
        first, last = self.doc[start], self.doc[end - 1]
        title = self.text[first.idx : last.idx + len(last)]
        title = title[title.rfind("\n", 0, noun.idx - first.idx) + 1 :]  # a headline is not part of it
        title = re.split(r"\n|,? which |,? that ", title)[0]
        title = next((title[: m.start()] for m in re.finditer(r",\s+(\w+)", title)
                      if m.group(1).lower() in self.words["signing_words"]), title)  # "..., signed in 2022"
        for article in ("the ", "a ", "an "):
            title = title[len(article):] if title.lower().startswith(article) else title
        return title.strip(" ,.;:") or None


    def _circumstance(self, prep: Token) -> bool:
        """A prepositional phrase of where or when a document was signed ("on the sidelines of the forum", "on the
        eve of the visit"): no part of its name."""
        return any(g.dep_ == "pobj" and g.lower_ in self.words["circumstance_nouns"] for g in prep.children)

