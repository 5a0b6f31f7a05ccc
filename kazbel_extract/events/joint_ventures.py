"""Joint-venture records: joint ventures, assembly plants and enterprises set up between the sides.

A mention is a plant/venture/enterprise noun that is joint ("joint ventures", "assembly plants")
or assembles something ("an enterprise assembling MTZ tractors", "a plant to assemble BelAZ
trucks"). Its count is its number ("eight joint plants"), its status planned when the words
above it set it up ("working to launch another six assembly plants"), its location the place
after "in", its companies the organisations its sentence names.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..records import JointVenture
from .evidence import evidence, original_text, sources
from .lexicon import Lexicon
from .places import Places
from .syntax import count_of, ents_by_sentence, phrase


class JointVentureFinder:
    def __init__(self, doc: Doc, lexicon: Lexicon, places: Places):
        self.doc = doc
        self.words = lexicon.joint_ventures
        self.number_words = lexicon.number_words
        self.places = places
        self.text = original_text(doc)
        self.ents_in = ents_by_sentence(doc)

    def __call__(self) -> list[JointVenture]:
        records: list[JointVenture] = []
        for sent in self.doc.sents:
            for noun in sent:
                if self._is_joint_venture(noun):
                    _merge(records, self._record(noun))
        return records

    def _is_joint_venture(self, noun: Token) -> bool:
        w = self.words
        if noun.lower_ not in w["heads"] or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ == "ORG":
            return False
        if noun.head.lower_ == "including":
            return False  # "30 joint ventures, including the assembly plant of MTZ": an example, not another
        modifiers = {t.lower_ for t in self.doc[noun.left_edge.i : noun.i]}
        if modifiers & set(w["joint_words"]):
            return True
        if any(c.dep_ in ("acl", "relcl") and _assembles(c, w) for c in noun.children):
            return True
        if any(t.lower_ in w["assembling_words"] for t in self.doc[noun.i + 1 : noun.i + 3]):
            return True  # "a plant to assemble BelAZ trucks", however the parse attaches the infinitive
        under_construction = noun.dep_ == "pobj" and noun.head.head.lower_ in w["construction_words"]
        return under_construction and any(t.ent_type_ == "ORG" for t in noun.lefts)

    def _record(self, noun: Token) -> JointVenture:
        sent = noun.sent
        orgs = self._companies(noun)
        location = self._location(noun)
        return JointVenture(
            count=self._count(noun),
            status=self._status(noun),
            location=location,
            companies=list(dict.fromkeys(self.text[e.start_char : e.end_char] for e in orgs)),
            evidence=evidence(sent, [self.doc[noun.i : noun.i + 1]]),
            sources=sources(orgs),
        )

    def _companies(self, noun: Token) -> list[Span]:
        """The companies named in the noun's phrase, else in its clause ("... including those made by BelAZ")."""
        orgs = [e for e in self.ents_in[noun.sent.start] if e.label_ == "ORG" and self._company(e)]
        head = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        for scope in (noun, head):
            if scope is not None:
                covered = phrase(scope)
                inside = [e for e in orgs if e.root.i in covered]
                if inside:
                    return inside
        return []

    def _count(self, noun: Token) -> int | None:
        """ "eight joint plants" is 8, "More than 30 joint ventures" 30, "MTZ plant" 1; "a plant" or a bare plural
        is None (the corpus counts only what the text counts)."""
        for child in noun.lefts:
            if child.dep_ == "nummod" or child.like_num:
                count = count_of(child, self.number_words)
                if count is not None:
                    return count
        determiners = [c for c in noun.children if c.dep_ == "det"]
        return 1 if noun.tag_ in ("NN", "NNP") and not determiners else None  # "MTZ plant"; "an enterprise" is None

    def _status(self, noun: Token) -> str:
        w = self.words
        around = [noun] + list(noun.ancestors)[:4]
        for tok in around:
            if tok.lower_ in w["operating_words"] and tok.pos_ in ("VERB", "AUX", "ADJ"):
                return "operating"
            if tok.lower_ in w["planned_words"]:
                return "planned"
            if any(c.dep_ == "aux" and c.lower_ in ("to", "will") for c in tok.children) and tok.pos_ == "VERB":
                return "planned"
        if any(t.lower_ in w["planned_words"] for t in noun.lefts):
            return "planned"
        return "operating"

    def _location(self, noun: Token) -> str | None:
        """The place written after "in" in the noun's clause ("operate in Kazakhstan", "in Hisor, Tajikistan")."""
        head = next((t for t in [noun] + list(noun.ancestors) if t.pos_ in ("VERB", "AUX")), noun)
        scope = range(min(head.left_edge.i, noun.left_edge.i), max(head.right_edge.i, noun.right_edge.i) + 1)
        for place in self.places.within(noun.sent):
            if place.start in scope and place.kind in ("city", "region", "country") and \
                    place.start > 0 and self.doc[place.start - 1].lower_ == "in":
                return place.name
        return None

    def _company(self, org: Span) -> bool:
        """An organisation that can own a plant: not a ministry, agency or union, and not a mis-tagged place."""
        words = {w.lower() for w in re.findall(r"\w+", org.text)}
        if any(p.start == org.start and p.end == org.end for p in self.places.within(org)):
            return False
        return not words & set(self.words["not_companies"])


def _assembles(verb: Token, words: dict) -> bool:
    return verb.lower_ in words["assembling_words"] or any(
        c.lower_ in words["assembling_words"] for c in verb.children if c.dep_ == "xcomp")


def _merge(records: list[JointVenture], new: JointVenture) -> None:
    """ "the joint enterprises which operate in Kazakhstan" restates "Eight joint ventures operate in Kazakhstan"."""
    for old in records:
        if (old.status, old.location) == (new.status, new.location) and None in (old.count, new.count):
            old.count = old.count or new.count
            old.companies += [c for c in new.companies if c not in old.companies]
            return
    records.append(new)


def find_joint_ventures(doc: Doc, lexicon: Lexicon, places: Places) -> list[JointVenture]:
    return JointVentureFinder(doc, lexicon, places)()
