"""The status of a document: signed, planned or in force, read from its own phrase or its clause.

A participle or modifier of its own ("signed in May", "to be signed", "draft agreement", "the existing
agreements") or its relative clause states it first; a document that frames its clause ("under the agreement",
"within the framework of the roadmap") is in force whatever the clause's verb does; else the clause's words
state it (`stages`), and a document that is the subject of coordinated predicates has reached the
last stage they state ("was signed and ratified").
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..clause import Clause, Grammar, read_clause, read_verb
from .nouns import DocumentNouns, relative_gap
from .restatements import in_headline
from .stages import ClauseStage


class DocumentStatus:
    """Decides a document noun's status, and whether a word of its clause stated it (else the in-force default):
    from the noun's own phrase (participle, modifier, relative clause), its frame, or its clause's predicates."""

    def __init__(self, words: dict, grammar: Grammar, nouns: DocumentNouns):
        self.words = words
        self.grammar = grammar
        self.nouns = nouns
        self.stage = ClauseStage(words, nouns)
        # the nouns of a document's stage, whose "of" objects share it ("the signing of the minutes and an agreement")
        self.stage_words = words["signing_words"] | words["drafting_words"] | words["ratifying_words"] | words["in_force_words"]

    def of(self, noun: Token, by_tense: bool = True) -> tuple[str, bool]:
        """The status the noun's clause gives, and whether a word of the clause gave it: a participle of
        its own ("signed in May", "to be signed"), a signing or drafting word in its phrase ("draft
        agreement", a headline's "ink"), else the nearest signing, drafting or implementing word between
        the noun and its predicate, or the predicate itself; a predicate put ahead gives planned, unless
        `by_tense` is off (a bare plural or "documents" is planned only by a word of the document's own)."""
        w = self.words
        first = self._first_of_stage(noun)
        if noun.dep_ == "conj" and noun.head.pos_ == "ADJ" and noun.head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            first = noun.head  # "seven intergovernmental and five interregional agreements were signed": the parse made
            # the first part's adjective the head; its role is the noun's
        if first is not None:
            return self.of(first, by_tense)  # "the signing of a treaty and a programme": the programme's is the treaty's
        main = self._past_told_aside(noun) or _predicate_of_a_verbless_root(noun)
        if main is not None:
            status, stated = self._reached(noun, read_verb(main, self.grammar), by_tense)
            if stated:
                return status, True  # "the agreement, first proposed in 2023, was signed": its main verb decides
        clause = read_clause(noun, self.grammar)
        if noun.head.lower_ == "of" and noun.head.head.lower_ in w["in_force_words"]:
            return "in_force", True  # "the implementation of the roadmap signed in October"
        if noun.head.lower_ == "of" and noun.head.head.lower_ in w["drafting_words"]:
            return "planned", True  # "the draft of the agreement", "the preparation of a roadmap"
        drafted = {c.lower_ for c in noun.lefts if c.lower_ in w["draft_words"] or c.dep_ != "compound" and c.tag_ != "VBG"}
        if drafted & w["drafting_words"]:  # "a draft agreement", "the prepared roadmap"; not "a work plan", "a
            # development programme", "a working plan": a kind of document, not its stage
            return "planned", True
        if {c.lower_ for c in noun.lefts if c.dep_ != "compound"} & w["in_force_words"]:
            return "in_force", True  # "the existing agreements"; not "an implementation plan"
        if {c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound")} & w["ahead_modifiers"]:
            return "planned", True  # "the future treaty", "the upcoming agreement", "the proposed memorandum"
        if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in w["entry_words"] for g in c.children)
               for c in noun.children):
            return "in_force", True  # "the free trade agreement, in force since 2016, ...", "the treaty in effect"
        group = noun.head.head if noun.head.lower_ == "of" and noun.head.head.lower_ in w["collectives"] else noun
        if any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and any(p.lower_ in ("into", "in") and any(
                g.lower_ in w["entry_words"] for g in p.children) for p in c.children)
               for c in (*noun.children, *group.children)):
            return "in_force", True  # "a number of agreements entered into force", the verb hung on the noun or group
        participle = next((c for c in (*title_tokens(noun, w["title_stop_preps"]), *_set_off_after(noun),
                                       *_in_postmodifier(noun))
                           if c.dep_ in ("acl", "amod", "relcl", "advcl") and c.lower_ in w["signing_words"]
                           and c.tag_ in ("VBN", "VBD", "VB")), None)
        if participle is not None:
            if not clause.nominals and self.stage.read(noun, clause) == ("in_force", True):
                return "in_force", True  # "the agreement, concluded in 2015, is being implemented": its predicate is now
            return ("planned" if self.stage.ahead(read_verb(participle, self.grammar)) else "signed"), True
        drafted = next((c for c in (*title_tokens(noun, w["title_stop_preps"]), *(group.children if group is not noun
                                                                                    else ()))
                        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in w["drafting_words"]), None)
        if drafted is not None:  # "the documents prepared for signing", "a roadmap drafted by the ministries"
            return self.stage.read(noun, read_verb(drafted, self.grammar))
        relative = next((c for c in title_tokens(noun, w["title_stop_preps"]) if c.dep_ == "relcl"
                         or c.dep_ == "acl" and relative_gap(c, self.nouns.document_verbs) is not None), None)
        if relative is not None:
            pronoun = next((t for t in relative.subtree if (t.tag_ in ("WDT", "WP") or t.lower_ == "that")
                            and t.dep_ in ("nsubj", "nsubjpass", "dobj")), None)  # what stands for the document
            subject = pronoun or next((c for c in relative.children if c.dep_ in ("nsubj", "nsubjpass")), relative)
            gap = relative_gap(relative, self.nouns.document_verbs) if pronoun is None else None
            reading = read_clause(pronoun, self.grammar) if pronoun is not None else read_verb(
                gap or relative, self.grammar)  # "that the sides intend to sign": the signing the clause plans
            status, stated = self._reached(subject, reading, by_tense=False)  # "which is to be signed", "which the
            # ministers are expected to sign"; not "that will boost trade": what the document does is not its stage
            if stated and status == "planned" and self._reached(noun, clause, by_tense) == ("signed", True):
                return "signed", True  # "the memorandum, which the sides planned to sign last year, was signed on
                # Monday": the plan realised
            if stated:
                return status, True  # "discussed the agreement, which has been in force since 2015": its own predicate
        if in_headline(noun) and any(c.lower_ in w["planning_verbs"] - w["agreeing_verbs"] and c.i > noun.sent.start
                                     for c in noun.lefts):
            return "planned", True  # a headline's "Belarus, Kazakhstan eye free trade deal", "eyes contract": its
            # planning verb parsed as a modifier of the document
        if {c.lower_ for c in noun.lefts if c.pos_ != "NOUN" or c.i > 0 and c.nbor(-1).pos_ == "PROPN"} \
                & w["signing_words"]:
            return "signed", True  # "the signed agreement", a headline's "Uzbekistan sign agreement"; not "exchange programmes"
        if self.frames_clause(noun):
            return "in_force", False  # "under the agreement, carriers will need no permits": the verb acts under it
        return self._reached(noun, clause, by_tense)

    def _past_told_aside(self, noun: Token) -> Token | None:
        """The main predicate of a document whose past a participle set off by commas tells ("the agreement, first
        proposed in 2023, was signed", "the roadmap, drafted last year, was signed"): the participle, not a signing
        one (that tells the stage itself), however the parse attaches it; None without one."""
        doc = noun.doc
        comma = next((t.i for t in doc[noun.i + 1 : noun.sent.end] if t.text == "," or noun not in t.ancestors), None)
        if comma is None or doc[comma].text != ",":
            return None  # the comma must close the document's own phrase ("the agreement on railway transit,")
        participle = next((t for t in doc[comma + 1 : min(comma + 4, noun.sent.end)]
                           if t.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in t.children)), None)
        if participle is None or participle.lower_ in self.words["signing_words"] \
                or any(t.pos_ not in ("ADV", "PART") for t in doc[comma + 1 : participle.i]):
            return None
        after = next((t.i for t in doc[participle.i + 1 : noun.sent.end] if t.text == ","
                      or participle not in t.ancestors), noun.sent.end)
        if after >= noun.sent.end or doc[after].text != ",":
            return None  # "the agreement, drafted by the ministries and ..." runs on: no aside
        if participle.dep_ == "acl" and (participle.head == noun or noun in participle.head.ancestors):
            main = read_clause(noun, self.grammar).verb
        elif participle.dep_ in ("ccomp", "advcl", "parataxis") and noun.head == participle:
            main = participle.head  # the parse made the aside the predicate of the document
        else:
            return None
        return main if main is not None and main.i > after else None

    def _first_of_stage(self, noun: Token) -> Token | None:
        """The first object of a stage noun that the parse coordinated the document with, not with that object: "the
        signing of the minutes and an agreement on ..." hangs "agreement" on "signing"; the document is a second
        object of the signing, at the first one's stage."""
        head = noun.head
        if noun.dep_ != "conj" or head.pos_ != "NOUN" or head.lower_ not in self.stage_words:
            return None
        return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < noun.i
                     for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)

    def _reached(self, noun: Token, clause: Clause, by_tense: bool = True) -> tuple[str, bool]:
        """The stage the document's predicates report: its clause's, then each coordinated predicate's that has the
        document as its subject too, the last one that states a stage winning ("was signed in 2019 and entered into
        force in 2020"). A conjunct with no auxiliary of its own shares its first's ("was signed and ratified"), and
        under a first put ahead says nothing more ("will be signed and ratified": the signing is ahead too)."""
        status = self.stage.read(noun, clause, by_tense)
        first = _first_of_shared_object(noun, clause.verb)
        if first is not None and self.stage.read(noun, read_verb(first, self.grammar), by_tense) == ("planned", True):
            return "planned", True  # "will sign and ratify an agreement", "plan to sign and implement a memorandum"
        if noun.dep_ not in ("nsubj", "nsubjpass") or clause.verb is None:
            return status
        for conjunct in shared_conjuncts(clause.verb):
            reading = read_verb(conjunct, self.grammar)
            if conjunct.tag_ in ("VBN", "VB") and not any(c.dep_ in ("aux", "auxpass") for c in conjunct.children):
                if not clause.asserted:
                    continue
                reading = replace(reading, tense=clause.tense, perfect=clause.perfect, passive=clause.passive)
            stage = self.stage.read(noun, reading, by_tense)
            if stage == ("in_force", True) and reading.prospective and clause.asserted:
                continue  # "was signed on Monday and will be implemented by the ministries": in force is still ahead
            status = stage if stage[1] else status
        return status

    def frames_clause(self, noun: Token) -> bool:
        """Whether the document is the frame of what its clause does, not what the clause acts on: the object of
        a framing preposition ("under", "according to"), or of a framing noun after one ("within the framework
        of", "in accordance with", "as part of")."""
        tok = noun
        while tok.dep_ in ("pobj", "prep") and tok.head != tok:
            tok = tok.head
            if tok.dep_ == "prep" and tok.lower_ in self.words["framing_preps"]:
                signing = {t.lower_ for t in (tok.head, *(c for c in tok.head.children if c.dep_ == "dobj"))
                           if t.pos_ == "NOUN"}  # a signing noun, not a verb acting under it ("exchange")
                return not signing & self.words["signing_words"]  # not "put their signatures under the agreement"
            if tok.pos_ in ("NOUN", "PROPN"):
                return tok.lower_ in self.words["framing_nouns"] and tok.dep_ == "pobj"
        return False


def _predicate_of_a_verbless_root(noun: Token) -> Token | None:
    """The predicate a document parsed as its sentence's root has lost to a word of its phrase: "A protocol extending
    the agreement until 2030 was signed" hangs "was signed" on "extending", its subject a number; the first verb in
    the document's phrase with an auxiliary of its own and no subject that names something."""
    if noun.dep_ != "ROOT":
        return None
    return next((t for t in noun.subtree if t.pos_ == "VERB" and t.dep_ in ("advcl", "conj", "ccomp")
                 and any(c.dep_ in ("aux", "auxpass") for c in t.children)
                 and not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "PRON")
                             for c in t.children)), None)


def shared_conjuncts(verb: Token) -> list[Token]:
    """The predicates coordinated with a verb that have no subject of their own, in order: "entered" in "the
    treaty was signed in 2019 and entered into force in 2020"."""
    out = []
    for conjunct in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conjunct.children):
            out += [conjunct, *shared_conjuncts(conjunct)]
    return out


def _first_of_shared_object(noun: Token, verb: Token | None) -> Token | None:
    """The first of coordinated verbs whose shared object the document is: "sign" in "will sign and ratify the
    agreement" (a signing ahead keeps the document planned, whatever the later verb would make of it)."""
    if verb is None or noun.dep_ != "dobj" or noun.head != verb or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return None
    return None if any(c.dep_ == "dobj" for c in verb.head.children) else verb.head


def title_tokens(noun: Token, stop_preps: set[str]) -> list[Token]:
    """The words hanging on the noun and on the nouns of its "on/of ..." phrases: "the Treaty on
    Good-Neighbourliness signed in 1996" reports the treaty's signing however the parse attaches it."""
    out, stack = [], [noun]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            out.append(child)
            if child.dep_ in ("prep", "pobj", "conj") and child.lower_ not in stop_preps:
                stack.append(child)  # "the memorandum on X, Y and Z, signed in 2022": on Z's conjunct chain
    return out



def _in_postmodifier(noun: Token) -> list[Token]:
    """The participles inside an adjective phrase after the noun: "agreements worth $300 million signed at the forum"
    reports the agreements' signing, the parse hanging "signed" on the amount."""
    return [t for c in noun.rights if c.dep_ == "amod" and c.pos_ == "ADJ" for t in c.subtree if t.dep_ == "acl"]


def _set_off_after(noun: Token) -> list[Token]:
    """The word set off by a comma right after the noun's phrase: "the memorandum on X, Y and Z, signed in 2022"
    reports the memorandum's signing, however the parse attaches the participle."""
    doc, end = noun.doc, noun.right_edge.i
    return [doc[end + 2]] if end + 2 < noun.sent.end and doc[end + 1].text == "," else []


