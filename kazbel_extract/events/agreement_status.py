"""The status of a document: signed, planned or in force, read from its clause (`clause.read_clause`).

A signing word reported as done is signed; a signing put ahead (future, modal, "plan to", "is expected
to", "has yet to", "the need to", "ready for", "on the agenda") or a drafting word ("is being worked out")
is planned, and so is a document a planning verb takes as its passive subject ("is envisaged");
a ratification, one side's act, done or ahead, is signed, and so is an entry into force still ahead;
entry into force done is in force;
an implementing word, or none, is in force. A document that frames its clause ("under the agreement",
"within the framework of the roadmap") is in force whatever the clause's verb does. A document that is the
subject of coordinated predicates has reached the last stage they state ("was signed and ratified").
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .agreement_nouns import DocumentNouns
from .agreement_restatements import in_headline
from .clause import Clause, Grammar, predicate_nouns, read_clause, read_verb


class DocumentStatus:
    """Decides a document noun's status, and whether a word of its clause stated it (else the in-force default)."""

    def __init__(self, words: dict, grammar: Grammar, nouns: DocumentNouns):
        self.words = words
        self.grammar = grammar
        self.nouns = nouns

    def of(self, noun: Token, by_tense: bool = True) -> tuple[str, bool]:
        """The status the noun's clause gives, and whether a word of the clause gave it: a participle of
        its own ("signed in May", "to be signed"), a signing or drafting word in its phrase ("draft
        agreement", a headline's "ink"), else the nearest signing, drafting or implementing word between
        the noun and its predicate, or the predicate itself; a predicate put ahead gives planned, unless
        `by_tense` is off (a bare plural or "documents" is planned only by a word of the document's own)."""
        w = self.words
        clause = read_clause(noun, self.grammar)
        if noun.head.lower_ == "of" and noun.head.head.lower_ in w["in_force_words"]:
            return "in_force", True  # "the implementation of the roadmap signed in October"
        if noun.head.lower_ == "of" and noun.head.head.lower_ in w["drafting_words"]:
            return "planned", True  # "the draft of the agreement", "the preparation of a roadmap"
        modifiers = {c.lower_ for c in noun.lefts}
        if modifiers & w["drafting_words"]:
            return "planned", True
        if {c.lower_ for c in noun.lefts if c.dep_ != "compound"} & w["in_force_words"]:
            return "in_force", True  # "the existing agreements"; not "an implementation plan"
        if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in w["entry_words"] for g in c.children)
               for c in noun.children):
            return "in_force", True  # "the free trade agreement, in force since 2016, ...", "the treaty in effect"
        participle = next((c for c in (*title_tokens(noun, w["title_stop_preps"]), *_set_off_after(noun))
                           if c.dep_ in ("acl", "amod", "relcl", "advcl") and c.lower_ in w["signing_words"]
                           and c.tag_ in ("VBN", "VBD", "VB")), None)
        if participle is not None:
            if not clause.nominals and self._clause_status(noun, clause) == ("in_force", True):
                return "in_force", True  # "the agreement, concluded in 2015, is being implemented": its predicate is now
            return ("planned" if self._ahead(read_verb(participle, self.grammar)) else "signed"), True
        relative = next((c for c in title_tokens(noun, w["title_stop_preps"]) if c.dep_ == "relcl"), None)
        if relative is not None:
            subject = next((c for c in relative.children if c.dep_ in ("nsubj", "nsubjpass")), relative)
            status, stated = self._reached(subject, read_verb(relative, self.grammar))
            if stated:
                return status, True  # "discussed the agreement, which has been in force since 2015": its own predicate
        if {c.lower_ for c in noun.lefts if c.pos_ != "NOUN" or c.i > 0 and c.nbor(-1).pos_ == "PROPN"} \
                & w["signing_words"]:
            return "signed", True  # "the signed agreement", a headline's "Uzbekistan sign agreement"; not "exchange programmes"
        if self.frames_clause(noun):
            return "in_force", False  # "under the agreement, carriers will need no permits": the verb acts under it
        return self._reached(noun, clause, by_tense)

    def _reached(self, noun: Token, clause: Clause, by_tense: bool = True) -> tuple[str, bool]:
        """The stage the document's predicates report: its clause's, then each coordinated predicate's that has the
        document as its subject too, the last one that states a stage winning ("was signed in 2019 and entered into
        force in 2020"). A conjunct with no auxiliary of its own shares its first's ("was signed and ratified"), and
        under a first put ahead says nothing more ("will be signed and ratified": the signing is ahead too)."""
        status = self._clause_status(noun, clause, by_tense)
        if noun.dep_ not in ("nsubj", "nsubjpass") or clause.verb is None:
            return status
        for conjunct in shared_conjuncts(clause.verb):
            reading = read_verb(conjunct, self.grammar)
            if conjunct.tag_ in ("VBN", "VB") and not any(c.dep_ in ("aux", "auxpass") for c in conjunct.children):
                if not clause.asserted:
                    continue
                reading = replace(reading, tense=clause.tense, perfect=clause.perfect, passive=clause.passive)
            stage = self._clause_status(noun, reading)
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

    def _clause_status(self, noun: Token, clause: Clause, by_tense: bool = True) -> tuple[str, bool]:
        """The status the clause's words give: the nearest signing, drafting, ratifying or implementing word
        between the noun and its predicate, or the predicate itself (an implementing or drafting verb only when the
        document is what it acts on: not "the agreement extended the cooperation", "the agreement is working well");
        a drafting noun a copula states ("is
        under consideration", "is at the stage of approval"); a predicate put ahead gives planned; none gives the in-force default."""
        w = self.words
        acting = noun.dep_ == "nsubj" and not clause.passive
        purposes = {t.lower_ for t in self._purpose_nouns(clause.verb)} if not (
            acting and clause.verb is not None and clause.verb.lower_ not in w["be_forms"]) else set()  # not "the memorandum provides for the exchange of"
        stages = self._stage_nouns(clause.verb)
        steps = {g.lower_ for n in stages for c in n.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
        if (purposes | steps | {t.lower_ for t in stages}) & (w["drafting_words"] | w["signing_words"]):
            return "planned", True  # "is under consideration", "awaits signature", "is at the final stage of approval"
        if (purposes | steps) & (w["entry_words"] | w["ratifying_words"]):
            return "signed", True  # "is submitted to parliament for ratification", "is in the process of ratification"
        if self._under_way(noun, clause):
            return "planned", True  # "work is under way on an agreement", "talks are continuing on the treaty"
        if noun.dep_ == "nsubjpass" and clause.verb.lower_ in w["planning_verbs"]:
            return "planned", True  # "an agreement on visa-free travel is planned", "a new programme is envisaged"
        if noun.dep_ == "dobj" and noun.head == clause.verb and clause.verb.lower_ in w["planning_verbs"] \
                and clause.verb.lower_ not in w["agreeing_verbs"]:
            return "planned", True  # "the Belarusian side proposed a roadmap", "the ministries plan a new programme"
        events = [t for n in clause.nominals for t in (n, *(c for c in n.children if c.dep_ in ("compound", "amod")))]
        if clause.verb is not None and noun.dep_ == "pobj" and not clause.nominals:
            events += [c for c in clause.verb.children if c.dep_ == "dobj"]  # "put their signatures to a protocol"
        words = (*events, *((clause.verb,) if clause.verb is not None else ()))
        awaited = any(t.lower_ in w["awaiting_words"] for t in words)  # "awaits signing", "pending ratification"
        for word in words:
            low = word.lower_  # "the signing of ...", "the signing ceremony of ...", the verb
            stages = {low} | ({t.lower_ for t in predicate_nouns(word)} if word is clause.verb else set())
            if stages & w["ratifying_words"]:
                return "signed", True  # "was ratified by the Mazhilis", "is to be ratified", "awaits ratification"
            if stages & w["entry_words"]:
                pending = self._ahead(clause) or awaited or self._for_entry(word)
                return ("signed" if pending else "in_force"), True  # "will enter into force" / "entered into force"
            drafts = low in w["drafting_words"] or _drafts_with_particle(word, w["phrasal_drafting_words"])
            if drafts and not (word is clause.verb and acting):
                done = clause.asserted and (clause.tense == "past" or clause.perfect) and not clause.progressive \
                    and not clause.frame and low not in w["discussing_words"]  # not "agreed to draft", "discussed"
                if done and low in w["concluding_words"]:
                    return "signed", True  # "finalised a contract": drafting done concludes it
                return ("in_force" if done else "planned"), True  # "have developed a roadmap" / "are drafting"
            acted_on = word is clause.verb and noun.head == word
            agreed = acted_on and noun.dep_ == "dobj" and low in w["agreeing_verbs"]
            agreed = agreed or acted_on and noun.dep_ in ("dobj", "nsubjpass") and low in w["understanding_verbs"]
            agreed = agreed or word is clause.verb and low in w["entering_verbs"] and noun.dep_ == "pobj" \
                and noun.head.lower_ == "into" and noun.head.head == word  # "reached a deal", "entered into a contract"
            forming = word is clause.verb and low in w["forming_words"] and any(
                n.lower_ in w["collectives"] for n in clause.nominals)  # "a portfolio of contracts was formed"
            if forming and clause.progressive:
                return "planned", True  # "a portfolio of contracts is being formed": not yet concluded
            agreed = agreed or forming
            if low in w["signing_words"] or agreed:  # "have agreed a deal on oil supplies": agreed as a document
                return ("planned" if self._ahead(clause) or awaited else "signed"), True
            if low in w["in_force_words"] and not (word is clause.verb and acting):
                return "in_force", True
        if by_tense and (clause.tense == "future" or clause.modal is not None
                         or self._framed_ahead(clause, w["signing_only_frames"])):
            return "planned", True  # "will put together a program", "is expected to cover"; not "is yet to be made"
        return "in_force", False

    def _for_entry(self, force: Token) -> bool:
        """Whether an entry into force is the purpose of what the clause does: "completed the procedures for the
        entry into force of", "the procedures required for its entry into effect" (still ahead: it was signed)."""
        tok = force
        if tok.dep_ == "pobj" and tok.head.lower_ in ("into", "in") and tok.head.head.pos_ == "NOUN":
            tok = tok.head.head  # "entry" in "entry into force"
        return tok.dep_ == "pobj" and tok.head.lower_ in self.words["purpose_preps"]

    def _under_way(self, noun: Token, clause: Clause) -> bool:
        """Whether drafting or talks are the subject of a copula or continuing verb that the document's preposition
        hangs on: "work is under way on an agreement", "work is ongoing on a roadmap", "consultations are continuing
        on the treaty", "work has started on a programme" (whatever the tense: it is the drafting that started)."""
        if clause.verb is None or noun.dep_ != "pobj" or clause.nominals:
            return False
        predicate = clause.verb.head if clause.verb.dep_ == "acomp" else clause.verb
        if predicate.lower_ not in self.words["be_forms"] | self.words["continuing_verbs"]:
            return False
        return any(c.dep_ == "nsubj" and c.lower_ in self.words["drafting_words"] for c in predicate.children)

    def _stage_nouns(self, verb: Token | None) -> list[Token]:
        """The nouns a copula or a verb of awaiting states the document's stage with: "is under consideration",
        "is in preparation", "awaits signature"."""
        if verb is None or verb.lower_ not in self.words["be_forms"] | self.words["awaiting_words"]:
            return []
        return predicate_nouns(verb)

    def _purpose_nouns(self, verb: Token | None) -> list[Token]:
        """The stage a verb or its adjective puts ahead as its purpose: "is ready for signing", "was submitted for
        ratification", "is slated for adoption"; not a noun with its own "of" phrase, which says what the document is
        for, whatever the parse attached it to ("implementing the roadmap for the development of cooperation")."""
        heads = (verb, *(c for c in verb.children if c.dep_ == "acomp")) if verb is not None else ()
        return [g for v in heads for c in v.children if c.dep_ == "prep" and c.lower_ in self.words["purpose_preps"]
                for g in c.children if g.dep_ == "pobj" and not any(o.lower_ == "of" for o in g.children)]

    def _ahead(self, clause: Clause) -> bool:
        """A signing not yet done: put in the future, under a modal or a planning frame (also the subject of the
        clause's predicate: "preparations are under way for the signing of"), or negated."""
        subjects = {c.lower_ for c in clause.verb.children if c.dep_ in ("nsubj", "nsubjpass") and self.nouns.kind(c) is None} \
            if clause.verb is not None and clause.nominals else set()
        prospective = clause.prospective and clause.verb is not None and not _headline_report(clause.verb)
        stage = {t.lower_ for t in self._stage_nouns(clause.verb)} & self.words["planning_words"]  # "is on the agenda"
        framed = self._framed_ahead(clause) or bool({t.lower_ for t in clause.frame} & self.words["ahead_auxiliaries"] or stage)
        return prospective or clause.negated or framed or bool(subjects & self.words["planning_words"])

    def _framed_ahead(self, clause: Clause, besides: set[str] = frozenset()) -> bool:
        """Whether a planning word frames the clause ("expected", "plan", "the need for"); a group noun on the way
        ("a set of documents") frames nothing."""
        groups = {t.lower_ for t in clause.nominals} & self.words["collectives"]
        return bool((clause.framing - besides - groups) & self.words["planning_words"])


def shared_conjuncts(verb: Token) -> list[Token]:
    """The predicates coordinated with a verb that have no subject of their own, in order: "entered" in "the
    treaty was signed in 2019 and entered into force in 2020"."""
    out = []
    for conjunct in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conjunct.children):
            out += [conjunct, *shared_conjuncts(conjunct)]
    return out


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


def _headline_report(verb: Token) -> bool:
    """A headline's bare verb, however the parse attaches it, reports what was done: "Tokayev, Yoon sign critical
    minerals memorandum" (no auxiliary, no "to": not "X, Y to sign memorandum"; a verbless headline has none)."""
    return verb.tag_ in ("VB", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and in_headline(verb)


def _set_off_after(noun: Token) -> list[Token]:
    """The word set off by a comma right after the noun's phrase: "the memorandum on X, Y and Z, signed in 2022"
    reports the memorandum's signing, however the parse attaches the participle."""
    doc, end = noun.doc, noun.right_edge.i
    return [doc[end + 2]] if end + 2 < noun.sent.end and doc[end + 1].text == "," else []


def _drafts_with_particle(verb: Token, phrasal: dict[str, list[str]]) -> bool:
    """A drafting verb of two words: "work out", "hammer out", "draw up", "put together"."""
    return any(verb.lower_ in phrasal.get(c.lower_, ()) for c in verb.children if c.dep_ in ("prt", "advmod"))
