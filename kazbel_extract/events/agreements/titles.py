"""A document's title: its noun phrase as written, on the noun's line, without the signing told around it."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .nouns import DocumentNouns


class DocumentTitles:
    """Decides where a document's name starts and ends in the text, and which phrases are no part of it."""

    def __init__(self, doc: Doc, text: str, words: dict, nouns: DocumentNouns, cities: frozenset[str] = frozenset()):
        self.doc = doc
        self.text = text
        self.words = words
        self.nouns = nouns
        self.cities = cities  # "signed in Astana": where, no part of a name (a region may be: "zones in Gomel Oblast")
        self.acts = (words["signing_words"] | words["ratifying_words"] | words["in_force_words"] | words["entering_verbs"]
                     | words["drafting_words"])  # "... signed in 2022", "... entered into force": no part of a name

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
        if end == noun.i + 1 and after is not None and after.dep_ == "prep" and after.head.i < noun.i and (
                after.lower_ in self.words["topic_preps"] and noun.is_title or after.lower_ in self.words["name_preps"]):
            end = self._attached_elsewhere(after)  # "the importance of the Treaty on the EAEU", "signed a deal on grain
            # supplies", however the parse attaches the phrase
        elif end > noun.i + 1 and end < noun.sent.end and self.doc[end].dep_ == "prep" and self.doc[end].head.i < noun.i:
            end = self._attached_elsewhere(self.doc[end], end)  # "a treaty on legal assistance in civil cases"
        end = self._circumstance_start(noun, end)
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


    def _attached_elsewhere(self, first: Token, start: int | None = None) -> int:
        """The end of a document's name told by phrases the parse hung on an earlier word: the subject phrase right
        after the noun, and each phrase after it that continues the name ("signed a treaty on legal assistance in
        civil cases"; not "... in Minsk", cut as a circumstance)."""
        end, head = first.right_edge.i + 1 if start is None else start, first.head
        while end < first.sent.end and self.doc[end].dep_ == "prep" and self.doc[end].head == head \
                and self.doc[end].lower_ in self.words["name_continuing_preps"] and not self._circumstance(self.doc[end]):
            end = self.doc[end].right_edge.i + 1
        return end

    def _circumstance_start(self, noun: Token, end: int) -> int:
        """Where the circumstances of a signing start inside the words a name was read from: a phrase of when or
        where ("on Monday", "in May", "in Astana", "at the talks", "during the visit"), a time told without a
        preposition ("next week", "this year"), or a finite verb (no part of a name: "... entered into force")."""
        for tok in self.doc[noun.i + 1 : end]:
            objects = [g for g in tok.children if g.dep_ == "pobj"] if tok.dep_ == "prep" else []
            when = any(g.ent_type_ in ("DATE", "TIME") for g in objects) and tok.lower_ in self.words["circumstance_preps"]
            where = any(g.ent_type_ == "GPE" and g.text in self.cities for g in objects) and tok.lower_ in ("in", "at")
            told = tok.dep_ == "prep" and tok.lower_ in self.words["circumstance_preps"] and self._circumstance(tok)
            nested_stop = tok.dep_ == "prep" and tok.lower_ in self.words["circumstance_stop_preps"] and not any(
                g.pos_ == "PROPN" for g in objects)  # "after the talks"; not "a university named after Ahmet ..."
            time = tok.dep_ == "npadvmod" and tok.ent_type_ in ("DATE", "TIME")
            relative = tok.ent_type_ in ("DATE", "TIME") and tok.lower_ in self.words["relative_time_words"]  # "next week"
            reduced = tok.dep_ in ("acl", "amod")  # a participle however tagged: "a university named after ..."
            verb = tok.tag_ in ("VBD", "VBZ", "VBP", "MD") and not reduced or tok.dep_ in ("acl", "relcl") \
                and tok.tag_ in ("VBN", "VBD") and tok.lower_ in self.acts
            if when or where or told or nested_stop or time or relative or verb:
                end = tok.left_edge.i if time else tok.i
                while end > noun.i + 1 and (self.doc[end - 1].dep_ in ("cc", "punct")
                                            or self.doc[end - 1].tag_ in ("WDT", "WP", "WRB")):
                    end -= 1  # "..., which entered into force"
                return end
        return end

    def _circumstance(self, prep: Token) -> bool:
        """A prepositional phrase of where or when a document was signed ("on the sidelines of the forum", "on the
        eve of the visit"): no part of its name."""
        return any(g.dep_ == "pobj" and g.lower_ in self.words["circumstance_nouns"] for g in prep.children)

