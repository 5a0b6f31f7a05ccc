"""Which document nouns name a document here, and of which kind.

"Agreement", "memoranda", "road map", "action plan" are document nouns; one names a document unless it
is used in another sense: an agreement "reached" (an understanding), a plan that is no plan of action,
the programme or protocol of a visit or session, a manner ("according to protocol", "in full
agreement"), a compound that names no document ("a contract basis"), or a document named inside
another's title ("a protocol on amendments to the agreement").
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..syntax import count_of


class DocumentNouns:
    """Decides whether a word is a document noun in a document's sense, its canonical kind and its count."""

    def __init__(self, words: dict, lexicon: Lexicon):
        self.words = words
        self.kind_of = {form: kind for kind, forms in lexicon.agreements["nouns"].items() for form in forms}
        self.forms = set(self.kind_of) | {head for heads in words["compound_nouns"].values() for head in heads}
        self.kind_words = set(self.kind_of) | {word for heads in words["compound_nouns"].values()
                                               for head, needs in heads.items() for word in (head, *needs)}
        self.heads = (self.kind_words | words["signing_words"] | words["drafting_words"]
                      | words["in_force_words"] | words["entry_words"] | words["ratifying_words"] | {"text"})
        self.document_verbs = frozenset(words["signing_words"] | words["in_force_words"])  # what acts on a document
        self.number_words = lexicon.number_words
        self.scales = lexicon.number_scales

    def kind(self, noun: Token) -> str | None:
        """The canonical kind of a document noun ("memoranda" is a memorandum, "road map" a roadmap)."""
        if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ == "ORG" and _org_head(noun) != noun:
            return None  # "Collective Security Treaty Organization"; a document tagged ORG ("MoUs") is still one
        low = noun.lower_
        for kind, heads in self.words["compound_nouns"].items():
            needs = heads.get(low)
            if needs and any(c.dep_ == "compound" and c.lower_ in needs for c in noun.lefts):
                return kind
        return self.kind_of.get(low)

    def in_sense(self, noun: Token, kind: str) -> bool:
        """Whether the noun names a document here, not an understanding, an agenda or the minutes."""
        w = self.words
        modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"]
        if kind == "plan" and not {t.lower_ for t in modifiers + objects} & w["plan_needs"] and not self._signed(noun):
            return False  # "a plan of action" is a document, "a plan to set up a plant" is not
        arrived = noun.dep_ == "pobj" and noun.head.lower_ in ("to", "at") and noun.head.head.lower_ in w["arriving_verbs"]
        reached = noun.head.lower_ in w["understanding_verbs"] or any(
            c.lower_ in w["understanding_verbs"] for c in noun.children)
        if arrived or reached and not self._reached_document(noun, kind):
            return False  # "agreements reached by the heads of state", "came to an agreement", "arrived at"
        if kind in w["understanding_kinds"] and self._agreed_by_people(noun) and not self._signed(noun):
            return False  # "the implementation of the agreements of the heads of state": what they agreed on
        unwritten = {t.lower_ for t in modifiers} | {g.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"
                                                     for g in c.children}
        if kind in w["understanding_kinds"] and unwritten & w["unwritten_modifiers"] and not self._signed(noun):
            return False  # "an agreement in principle was reached on prices", "a verbal agreement": no text
        if kind == "programme" and {t.lower_ for t in modifiers} & w["course_modifiers"] and not self._signed(noun):
            return False  # "joint degree programmes", "educational programmes": courses, not documents
        if any(t.lower_ in w["event_nouns"] and not (kind == "plan" and t.lower_ in w["plan_needs"])
               for t in modifiers + objects):  # not "a plan of joint events in culture": a plan of action
            return False  # "the program of the expo", "the meeting's protocol"
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else noun
        if kind in w["event_sense_kinds"] and modifiers and all(t.tag_ == "PRP$" for t in modifiers) and not (
                after.tag_ in ("IN", "TO") and after.lower_ not in w["title_stop_preps"]):
            return False  # after a session, "signed its protocol"; after a visit, "its programme includes"
        named = after.lower_ in w["name_preps"] and after.i > noun.i  # "a protocol on ...", however attached
        if kind in w["minutes_kinds"] and not modifiers and not objects and not named and not any(
                c.dep_ in ("prep", "acl", "relcl", "conj") for c in noun.children) and any(
                t.lower_ in w["sitting_nouns"] and t.pos_ == "NOUN" for t in noun.sent):
            return False  # "the session ended with the signing of a protocol", "after the talks, they signed the protocol"
        if {t.lower_ for t in modifiers} & w["quantity_modifiers"]:
            return False  # "a great deal of attention"
        if self._denied(noun):
            return False  # "signed no agreements", "not a single contract was signed", "none of the agreements"
        if any(c.dep_ in ("acl", "ccomp", "relcl") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               and relative_gap(c, self.document_verbs) is None for c in noun.children):
            return False  # "there is an agreement that the next session will be held in Astana", "reached an agreement
            # that trade should grow": a content clause, "that" no pronoun of a relative clause
        grouped = noun.head.lower_ == "of" and noun.head.head.lower_ in w["collectives"]  # "a number of memoranda"
        if noun.tag_ == "NN" and noun.dep_ == "pobj" and not grouped and all(c.dep_ == "amod" for c in noun.children):
            return False  # a manner, no article and no title: "according to protocol", "in full agreement"
        if kind in w["understanding_kinds"] and noun.tag_ == "NN" and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "by") \
                and not any(c.dep_ in ("det", "poss") for c in noun.children):
            return False  # agreeing: "in full agreement on security", "by agreement of the parties"
        if noun.dep_ in ("compound", "npadvmod") and noun.head.lower_ not in self.heads:
            return False  # "a contract basis", "the contract value", "the treaty-legal base"; not "the agreement draft"
        if not any(c.dep_ == "prep" for c in noun.children) and any(
                c.dep_ == "conj" and c.lower_ in w["legal_base_nouns"] for c in noun.children):
            return False  # "the treaty and legal framework of relations": the legal base
        return not self._nested(noun)

    def _denied(self, noun: Token) -> bool:
        """Whether the noun's determiner denies any document: "no agreements were signed", "neither treaty", "not a
        single contract", "not one agreement", "none of the agreements" (not "did not sign the agreement": a document
        is still named)."""
        w = self.words
        if any(c.dep_ == "det" and c.lower_ in w["negating_determiners"] for c in noun.children):
            return True
        singles = [c for c in noun.children if c.lower_ in w["negating_singles"]]
        if singles and any(c.lower_ == "not" for t in (noun, *singles) for c in t.children if c.i < noun.i):
            return True  # "not" on the noun or on its "one", however the parse attaches it
        return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in w["negating_pronouns"]

    def _reached_document(self, noun: Token, kind: str) -> bool:
        """Whether what an understanding verb reaches is a document: a kind that is one ("reached a deal", "a contract
        was struck"), one worth an amount ("agreements worth $20 million were reached"), or a single agreement, with
        an article, named for a thing ("reached an agreement on the supply of 1,000 buses", in the passive also by the
        verb's "on" phrase: "an agreement was reached on the supply of ..."); not an agreement on doing something
        ("on holding the session"), nor a bare or plural one ("reached agreement on many issues", "agreements were
        reached on"), nor a date ("an agreement was reached on Monday")."""
        if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.lower_ not in self.words["understanding_verbs"]:
            return False
        if kind in self.words["reached_documents"] or any(t.ent_type_ == "MONEY" for t in noun.subtree):
            return True  # "reached a deal", "agreements worth $20 million were reached": an understanding has no value
        articled = any(c.dep_ == "det" and c.lower_ in self.words["indefinite_determiners"] for c in noun.children)
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in self.words["name_preps"]]
        if noun.dep_ == "nsubjpass":  # "an agreement was reached on ...": the parse hangs "on" on the verb
            preps += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in self.words["topic_preps"]]
        topics = [g for c in preps for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
        return noun.tag_ == "NN" and articled and bool(topics) and all(g.pos_ in ("NOUN", "PROPN") for g in topics)

    def _agreed_by_people(self, noun: Token) -> bool:
        """Whether the agreement's only phrase names who agreed, people ("of the heads of state", "between our
        leaders", "of Tokayev and Lukashenko"), or a person's possessive does ("his agreement"), with no subject of its
        own ("on transit") and no count."""
        preps = [c for c in noun.children if c.dep_ == "prep"]
        if any(c.dep_ == "nummod" for c in noun.children) or any(c.lower_ in self.words["topic_preps"] for c in preps):
            return False
        if any(c.dep_ == "poss" and (c.lower_ in self.words["agreeing_possessives"] or c.ent_type_ == "PERSON")
               for c in noun.children):
            return True  # "the minister expressed his agreement with the proposal": consent
        people = [g for c in preps if c.lower_ in ("of", "between") for g in c.children if g.dep_ == "pobj"]
        return bool(people) and all(g.lower_ in self.words["agreeing_people"] or g.ent_type_ == "PERSON"
                                    for g in people)

    def _signed(self, noun: Token) -> bool:
        """A document noun that a signing word governs or modifies, with no infinitive of its own: "signed a
        comprehensive plan for 2024-2026", "the plan was signed by"; not "approved a plan to build a plant"."""
        signing = self.words["signing_words"] - self.words["adopting_words"]
        if any(c.dep_ == "acl" and any(g.lower_ == "to" for g in c.children) for c in noun.children):
            return False
        return noun.head.lower_ in signing or any(c.lower_ in signing for c in noun.children)

    def _nested(self, noun: Token) -> bool:
        """Whether the noun is part of another document's title ("protocol on amendments to the agreement"), also
        as the object of a verb the title names it with ("a protocol amending the agreement", "to amend", "that
        amends", "on amending"; not one that lists it: "a package of documents including the agreement")."""
        tok = noun
        if tok.dep_ == "appos" and tok.i > 0 and tok.nbor(-1).text == "(":
            tok = tok.head  # an abbreviation in brackets: "memorandums of understanding (MOU)"
        if tok.dep_ == "dobj" and tok.head.dep_ in ("acl", "relcl") and tok.head.lower_ not in self.words["including_verbs"] \
                and tok.head.lower_ not in self.words["member_preps"]:
            tok = tok.head.head
            if tok.pos_ in ("NOUN", "PROPN") and self.kind(tok) is not None:
                return True
        if tok.dep_ == "dobj" and tok.head.dep_ == "pcomp":
            tok = tok.head.head  # a gerund of the title: "a protocol on amending the agreement"
            if tok.lower_ in self.words["title_stop_preps"]:
                return False  # "signed the protocol after reviewing the agreement"
            if self._names_the_noun_before(tok):
                return True  # "signed a protocol on extending the agreement", "on" hung on the verb
        while tok.dep_ in ("pobj", "prep", "compound", "dobj", "pcomp") and tok.head != tok:
            if tok.dep_ == "dobj":  # "a protocol extending the validity of the agreement", "on introducing amendments
                verb = tok.head     # to the agreement": the object the title's verb takes has the document in it
                if verb.dep_ not in ("acl", "relcl", "pcomp") or verb.lower_ in self.words["including_verbs"] \
                        or verb.lower_ in self.words["member_preps"] or tok == noun:
                    return False
                tok = verb
            tok = tok.head
            if tok.dep_ == "prep" and tok.lower_ in self.words["title_stop_preps"]:
                return False
            if tok.pos_ in ("NOUN", "PROPN") and self.kind(tok) is not None:
                return True
            if self._names_the_noun_before(tok):
                return True  # "signed the protocol on amendments to the agreement", "a protocol to the agreement", the
                # parse hanging "on" or "to" on the verb
        return False

    def _names_the_noun_before(self, prep: Token) -> bool:
        """Whether a nesting preposition the parse hung on the verb follows a document noun, whose title it goes on."""
        before = prep.doc[prep.i - 1] if prep.i > 0 else prep
        return prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX") and prep.lower_ in self.words["nesting_preps"] \
            and before.pos_ in ("NOUN", "PROPN") and self.kind(before) is not None

    def count(self, noun: Token) -> int | None:
        """The number written on the noun, or on the group it is counted in ("three sets of agreements")."""
        counted = [c for c in noun.children if c.dep_ == "nummod"]
        if noun.head.dep_ == "prep" and noun.head.head.lower_ in self.words["collectives"]:
            counted += [c for c in noun.head.head.children if c.dep_ == "nummod"]
        counts = (count_of(tok, self.number_words, self.scales) for tok in counted
                  if not is_year(tok) and tok.ent_type_ != "MONEY")  # "a $50m contract": an amount, no count
        return next((n for n in counts if n is not None), None)


def relative_gap(clause: Token, document_verbs: frozenset[str]) -> Token | None:
    """The verb of a "that" clause, or of its chain of infinitives, that acts on a document but lacks its object:
    the gap a relative clause leaves for the noun it is on ("the agreement that the sides intended to sign"); None in
    a complete clause ("an agreement that trade should grow", "that the session will be held in Astana")."""
    verb = clause
    while True:
        if verb.lower_ in document_verbs and verb.pos_ == "VERB" and not any(
                c.dep_ in ("dobj", "auxpass", "nsubjpass", "ccomp") for c in verb.children):
            return verb
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if verb is None:
            return None


def is_year(token: Token) -> bool:
    """A year written as a number ("the 2018 agreement", "a 2025-2027 roadmap"): it names a document, not a count."""
    return re.fullmatch(r"(19|20)\d\d", token.text) is not None


def _org_head(token: Token) -> Token:
    """The head word of the ORG entity a token stands in."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].root
