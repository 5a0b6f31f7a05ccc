"""Agreement records: agreements, memorandums, protocols, roadmaps, programmes and contracts.

A document noun is a record unless it is an agreement "reached" (an understanding, not a
document) or a bare "the roadmap" that points back to one already named. Its title is its noun
phrase as written ("agreement on strategic cooperation between Tajikistan and Belarus"), its
count the number before it ("more than 60 agreements"), its value a MONEY inside it ("contracts
worth $44.1 million"), and its status comes from the verb it hangs on: signed ("signed",
"resulted in"), planned ("will put together", "plan to sign"), else in force.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..records import Agreement
from ..values import parse_money
from .evidence import evidence, original_text, sources
from .lexicon import Lexicon
from .syntax import count_of, ents_by_sentence

TITLE_STOP_PREPS = {"with", "within", "worth", "among", "during", "at", "after", "following", "including"}


class AgreementFinder:
    def __init__(self, doc: Doc, lexicon: Lexicon):
        self.doc = doc
        self.words = lexicon.agreements
        self.number_words = lexicon.number_words
        self.text = original_text(doc)
        self.ents_in = ents_by_sentence(doc)

    def __call__(self) -> list[Agreement]:
        records = []
        for sent in self.doc.sents:
            for noun in sent:
                if self._is_document(noun):
                    records.append(self._record(noun))
        return records

    def _is_document(self, noun: Token) -> bool:
        w = self.words
        low = noun.lower_
        if low not in w["nouns"] or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("ORG", "LAW"):
            return False
        if low == "plan" and noun.doc[noun.i + 1 : noun.i + 3].text.lower() not in w["plan_needs"]:
            return False  # "a plan of action" is a document, "a plan to set up a plant" is not
        if low in w["counted_only"] and self._count(noun) is None:
            return False
        if noun.head.lower_ in w["not_after"] or any(c.lower_ in w["not_after"] for c in noun.children):
            return False  # "agreements reached by the heads of state"
        if noun.dep_ == "conj" and noun.head.lower_ not in w["nouns"]:
            return False  # "infrastructure projects, programs to update the fleet"
        own = [c for c in noun.children if c.dep_ not in ("det", "punct")]
        definite = any(c.lower_ in ("the", "this", "that") for c in noun.children if c.dep_ == "det")
        return not (definite and not own)  # "The roadmap covers ...": the document named before

    def _record(self, noun: Token) -> Agreement:
        moneys = [e for e in self.ents_in[noun.sent.start] if e.label_ == "MONEY"
                  and noun.i < e.start <= noun.right_edge.i]
        value, currency = parse_money(moneys[0].text) if moneys else (None, None)
        return Agreement(
            title=self._title(noun),
            count=self._count(noun),
            value=value,
            currency=currency,
            status=self._status(noun),
            evidence=evidence(noun.sent, [self.doc[noun.i : noun.i + 1]]),
            sources=sources(moneys[:1]),
        )

    def _title(self, noun: Token) -> str | None:
        """The document's name as written, from its first modifier through its "on/of/for/to ..." phrases, on
        the noun's line; None for a counted or bare plural ("more than 60 agreements", "signed agreements")."""
        if self._count(noun) is not None:
            return None
        lefts = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "poss", "nmod") and not t.like_num
                 and t.lower_ not in self.words["signed_verbs"] and t.lower_ not in ("signed", "new", "several")]
        rights = [t for t in noun.rights if (t.dep_ == "prep" and t.lower_ not in TITLE_STOP_PREPS)
                  or (t.dep_ == "acl" and any(c.lower_ == "to" for c in t.children))]
        start = min((t.left_edge.i for t in lefts), default=noun.i)
        end = max((t.right_edge.i for t in rights), default=noun.i) + 1
        after = self.doc[noun.i + 1] if noun.i + 1 < len(self.doc) else None
        if after is not None and after.lower_ == "to" and after.head.pos_ == "VERB" and after.head.i > noun.i:
            end = max(end, after.head.right_edge.i + 1)  # "a program to guide ...", however the parse attaches it
        if noun.tag_ == "NNS" and start == noun.i and end == noun.i + 1:
            return None
        first, last = self.doc[start], self.doc[end - 1]
        title = self.text[first.idx : last.idx + len(last)]
        title = title[title.rfind("\n", 0, noun.idx - first.idx) + 1 :]  # a headline is not part of it
        title = re.split(r"\n|,? which |,? that ", title)[0]
        for article in ("the ", "a ", "an "):
            title = title[len(article):] if title.lower().startswith(article) else title
        return title.strip(" ,.;:") or None

    def _count(self, noun: Token) -> int | None:
        counted = [c for c in noun.children if c.dep_ == "nummod" and c.like_num]
        if noun.head.dep_ == "prep" and noun.head.head.lower_ in ("package", "series", "set"):
            counted += [c for c in noun.head.head.children if c.dep_ == "nummod" and c.like_num]
        return next((n for n in (count_of(tok, self.number_words) for tok in counted) if n is not None), None)

    def _status(self, noun: Token) -> str:
        """signed when the verb above reports a signing; planned when it is a future or intended drafting or
        signing; else in force ("the legal framework includes 60 agreements", "as part of an agreement")."""
        w = self.words
        if any(c.lower_ == "signed" and c.dep_ == "amod" for c in noun.children):
            return "signed"
        if noun.head.lower_ == "including" and noun.head.head.lower_ in (*w["nouns"], *w["counted_only"]):
            return self._status(noun.head.head)  # "signed 12 documents, including a socio-economic agreement"
        for tok in list(noun.ancestors)[:4]:
            if tok.pos_ not in ("VERB", "AUX", "NOUN") or tok.lower_ == "including":
                continue  # "signed 12 documents ..., including an agreement": the signing holds for the list
            cues = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass", "advmod")} | {tok.head.lower_}
            if tok.lower_ in w["planned_verbs"] and (cues & set(w["future_cues"]) or tok.tag_ in ("VB", "VBG")):
                return "planned"
            if tok.lower_ in w["signed_verbs"] and tok.dep_ != "acl":
                return "planned" if cues & {"will", "to"} else "signed"
            if any(c.dep_ == "xcomp" and c.lower_ in w["signed_verbs"] for c in tok.children):
                return "planned"  # "is expected to be signed", "are set to be signed", "is ready to be signed"
            if tok.pos_ in ("VERB", "AUX"):
                break
        return "in_force"


def find_agreements(doc: Doc, lexicon: Lexicon) -> list[Agreement]:
    return AgreementFinder(doc, lexicon)()
