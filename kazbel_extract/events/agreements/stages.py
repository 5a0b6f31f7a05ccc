"""The stage a document's clause states: the signing, drafting, ratifying, entry or implementing word between the
noun and its predicate, or the predicate itself, with its tense, modal and frame (`clause.read_clause`).

A signing reported as done is signed, one put ahead (future, modal, a planning frame, negated) planned; a drafting
word is planned unless the drafting is reported done; a ratification, done or ahead, is signed, and so is an entry
into force still ahead; an implementing word, or none, is in force.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..clause import Clause, predicate_nouns
from .nouns import DocumentNouns
from .restatements import in_headline


class ClauseStage:
    """Decides the stage the words of a document's clause state, and whether the clause puts a signing ahead."""

    def __init__(self, words: dict, nouns: DocumentNouns):
        self.words = words
        self.nouns = nouns

    def read(self, noun: Token, clause: Clause, by_tense: bool = True) -> tuple[str, bool]:
        """The status the clause's words give: the nearest signing, drafting, ratifying or implementing word
        between the noun and its predicate, or the predicate itself (an implementing or drafting verb only when the
        document is what it acts on: not "the agreement extended the cooperation", "the agreement is working well");
        a drafting noun a copula states ("is under consideration", "is at the stage of approval"); a predicate put
        ahead gives planned; none gives the in-force default."""
        w = self.words
        if self._the_legal_base(noun, clause):
            return "in_force", True  # "the agreement, concluded in 2000, remains the legal basis of the relations"
        acting = noun.dep_ == "nsubj" and not clause.passive
        purposes = {t.lower_ for t in self._purpose_nouns(clause.verb)} if not (
            acting and clause.verb is not None and clause.verb.lower_ not in w["be_forms"]) else set()  # not "the memorandum provides for the exchange of"
        stages = self._stage_nouns(clause.verb)
        steps = {g.lower_ for n in stages for c in n.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
        if (purposes | steps | {t.lower_ for t in stages}) & (w["drafting_words"] | w["signing_words"]):
            return "planned", True  # "is under consideration", "awaits signature", "is at the final stage of approval"
        if {t.lower_ for t in stages} & w["ahead_stage_nouns"]:
            return "planned", True  # "is on the agenda", "is in the pipeline", "is in the works"
        if (purposes | steps) & (w["entry_words"] | w["ratifying_words"]):
            return "signed", True  # "is submitted to parliament for ratification", "is in the process of ratification"
        if self._under_way(noun, clause):
            return "planned", True  # "work is under way on an agreement", "talks are continuing on the treaty"
        if self._neared(noun, clause):
            return "planned", True  # "are close to a deal", "are nearing an agreement": still being negotiated
        if noun.dep_ == "nsubjpass" and clause.verb.lower_ in w["planning_verbs"] \
                and not any(c.dep_ == "xcomp" for c in clause.verb.children):
            return "planned", True  # "an agreement on visa-free travel is planned", "a new programme is envisaged";
            # not "the agreement is expected to boost trade": what is expected is what the document does
        if noun.dep_ == "dobj" and noun.head == clause.verb and clause.verb.lower_ in w["planning_verbs"] \
                and clause.verb.lower_ not in w["agreeing_verbs"]:
            return "planned", True  # "the Belarusian side proposed a roadmap", "the ministries plan a new programme"
        events = [t for n in clause.nominals for t in (n, *(c for c in n.children if c.dep_ in ("compound", "amod")))]
        if clause.verb is not None and noun.dep_ == "pobj" and not clause.nominals:
            events += [c for c in clause.verb.children if c.dep_ == "dobj" and not any(
                o.lower_ == "of" for o in c.children)]  # "put their signatures to a protocol"; not "reviewed the
            # implementation of the roadmap under the memorandum": that object's event is the roadmap's
        words = (*events, *((clause.verb,) if clause.verb is not None else ()))
        awaited = any(t.lower_ in w["awaiting_words"] for t in words)  # "awaits signing", "pending ratification"
        for word in words:
            low = word.lower_  # "the signing of ...", "the signing ceremony of ...", the verb
            stages = {low} | ({t.lower_ for t in predicate_nouns(word) if not (
                low in w["signing_words"] and self._after_a_nested_document(noun, t))}
                              if word is clause.verb else set())  # "a protocol amending the agreement, in effect
            # since 2021, was inked": an aside after the amended document tells that one's stage
            if stages & w["ratifying_words"] or word is clause.verb and self._in_procedures(word):
                return "signed", True  # "was ratified by the Mazhilis", "is to be ratified", "awaits ratification",
                # "is undergoing internal procedures"
            if stages & w["entry_words"]:
                if low in w["remaining_verbs"]:
                    return "in_force", True  # "will remain in force": in force now, whatever the tense
                pending = self.ahead(clause) or awaited or self._for_entry(word)
                return ("signed" if pending else "in_force"), True  # "will enter into force" / "entered into force"
            drafts = low in w["drafting_words"] or _with_particle(word, w["phrasal_drafting_words"])
            if drafts and not (word is clause.verb and acting):
                done = clause.asserted and (clause.tense == "past" or clause.perfect) and not clause.progressive \
                    and not clause.frame and low not in w["discussing_words"]  # not "agreed to draft", "discussed"
                if done and low in w["concluding_words"]:
                    return "signed", True  # "finalised a contract": drafting done concludes it
                made = done and low not in w["draft_words"]  # "was drafted", "have prepared": still a draft
                return ("in_force" if made else "planned"), True  # "have developed a roadmap" / "are drafting"
            acted_on = word is clause.verb and noun.head == word
            agreed = acted_on and noun.dep_ == "dobj" and low in w["agreeing_verbs"] or word is clause.verb \
                and low in w["agreeing_verbs"] and noun.dep_ == "pobj" and noun.head.lower_ in ("on", "upon") \
                and noun.head.head == word  # "have agreed a deal", "have agreed on a roadmap"; not "on its text"
            agreed = agreed or acted_on and noun.dep_ in ("dobj", "nsubjpass") and low in w["understanding_verbs"]
            agreed = agreed or word is clause.verb and low in w["entering_verbs"] and noun.dep_ == "pobj" \
                and noun.head.lower_ == "into" and noun.head.head == word  # "reached a deal", "entered into a contract"
            forming = word is clause.verb and low in w["forming_words"] and any(
                n.lower_ in w["collectives"] for n in clause.nominals)  # "a portfolio of contracts was formed"
            if forming and clause.progressive:
                return "planned", True  # "a portfolio of contracts is being formed": not yet concluded
            agreed = agreed or forming
            if low in w["signing_words"] or agreed:  # "have agreed a deal on oil supplies": agreed as a document
                return ("planned" if self.ahead(clause) or awaited else "signed"), True
            acts = low in w["in_force_words"] or _with_particle(word, w["phrasal_in_force_words"])
            if acts and not (word is clause.verb and acting):
                return "in_force", True  # "the implementation of", "will carry out the programme", "will amend it"
        if noun.dep_ == "nsubj" and clause.verb is not None and clause.verb.lower_ in w["following_verbs"] and (
                clause.prospective or {t.lower_ for t in clause.frame} & (w["ahead_auxiliaries"] | w["planning_words"])):
            return "planned", True  # "a roadmap is to follow", "more contracts are yet to come": still to be made
        if by_tense and (clause.tense == "future" or clause.modal is not None
                         or self._framed_ahead(clause, w["signing_only_frames"])):
            return "planned", True  # "will put together a program", "is expected to cover"; not "is yet to be made"
        return "in_force", False

    def _after_a_nested_document(self, noun: Token, word: Token) -> bool:
        """Whether a word stands after another document named inside the noun's phrase, before the predicate ("a
        protocol amending the agreement on X, in effect since 2021, was inked": "effect" is the agreement's)."""
        return any(t.i < word.i and t.lower_ in self.nouns.forms and t.pos_ == "NOUN"
                   for t in noun.subtree if t != noun)

    def _the_legal_base(self, noun: Token, clause: Clause) -> bool:
        """Whether the document is the subject of a copula, or of a verb of remaining or serving, whose complement
        is a noun of the legal base ("remains the legal basis", "is the foundation of", "serves as the framework"),
        not put ahead ("will be the basis"): it governs now. The parse may make an aside the document's predicate
        ("the agreement, concluded in 2011, serves as ..."), the real one a conjunct of it or the verb over it. A
        relative pronoun's clause ("signed a memorandum that forms the basis for ...") tells what the document
        does, not its stage."""
        w, verb = self.words, clause.verb
        if noun.dep_ != "nsubj" or noun.pos_ not in ("NOUN", "PROPN") or verb is None or clause.prospective \
                or clause.modal is not None:
            return False
        predicates = [verb] if noun.head == verb or verb.dep_ == "conj" and noun.head in verb.ancestors else []
        if noun.head == verb and verb.dep_ in ("ccomp", "parataxis", "advcl") and verb.head.i > verb.i:
            predicates.append(verb.head)  # "the agreement, concluded in 2000, remains ...": the aside parsed as a clause
        bases = w["be_forms"] | w["remaining_verbs"] | w["basis_verbs"]
        return any(c.lower_ in w["legal_base_nouns"] for p in predicates if p.lower_ in bases for c in (
            *(c for c in p.children if c.dep_ in ("attr", "dobj", "acomp")),
            *(g for c in p.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj")))

    def _for_entry(self, force: Token) -> bool:
        """Whether an entry into force is the purpose of what the clause does: "completed the procedures for the
        entry into force of", "the procedures required for its entry into effect" (still ahead: it was signed)."""
        tok = force
        if tok.dep_ == "pobj" and tok.head.lower_ in ("into", "in") and tok.head.head.pos_ == "NOUN":
            tok = tok.head.head  # "entry" in "entry into force"
        return tok.dep_ == "pobj" and tok.head.lower_ in self.words["purpose_preps"]

    def _in_procedures(self, verb: Token) -> bool:
        """Whether the predicate takes the document through its sides' own procedures towards entry into force:
        "is undergoing internal procedures", "is going through domestic procedures" (ratification by another name)."""
        return any(n.lower_ in self.words["procedure_nouns"] and any(
            c.dep_ == "amod" and c.lower_ in self.words["procedure_modifiers"] for c in n.children)
            for n in predicate_nouns(verb))

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

    def _neared(self, noun: Token, clause: Clause) -> bool:
        """Whether a word of nearness has the document as what it nears: the object of the clause's verb ("are
        nearing a deal") or the "to" phrase of an adjective or adverb ("are close to an agreement", "came closer to
        a contract")."""
        near = self.words["nearing_words"]
        if noun.dep_ == "dobj":
            return noun.head == clause.verb and noun.head.lower_ in near and noun.head.pos_ == "VERB"
        return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ in near \
            and noun.head.head.pos_ in ("ADJ", "ADV")

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

    def ahead(self, clause: Clause) -> bool:
        """A signing not yet done: put in the future, under a modal or a planning frame (also the subject of the
        clause's predicate: "preparations are under way for the signing of"), negated, or framed as not done
        ("failed to sign", "were unable to conclude")."""
        subjects = {c.lower_ for c in clause.verb.children if c.dep_ in ("nsubj", "nsubjpass") and self.nouns.kind(c) is None} \
            if clause.verb is not None and clause.nominals else set()
        prospective = clause.prospective and clause.verb is not None and not _headline_report(clause.verb)
        stage = {t.lower_ for t in self._stage_nouns(clause.verb)} & self.words["planning_words"]  # "is on the agenda"
        frame = {t.lower_ for t in clause.frame}
        framed = self._framed_ahead(clause) or bool(frame & (self.words["ahead_auxiliaries"] | self.words["unfulfilled_words"])
                                                    or stage)  # "is to be signed", "failed to sign"
        framed = framed or bool(clause.framing & self.words["unfulfilled_words"]) or any(
            n.head.lower_ in self.words["unfulfilled_words"] for n in clause.nominals)  # "the signing was postponed",
        # "ended without the signing of"
        framed = framed or any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in self.words["drafting_words"]
                               for t in clause.frame for c in t.children)  # "work is being carried out to conclude"
        return prospective or clause.negated or framed or bool(subjects & self.words["planning_words"]) \
            or self._conditional(clause) or self._denied_by_subject(clause)

    def _conditional(self, clause: Clause) -> bool:
        """Whether the signing is a condition: its verb, or a predicate of its frame, opens with "if" or "unless"."""
        verbs = (clause.verb, *clause.frame) if clause.verb is not None else ()
        return any(c.dep_ == "mark" and c.lower_ in self.words["conditional_marks"] for v in verbs for c in v.children)

    def _denied_by_subject(self, clause: Clause) -> bool:
        """Whether the subject of the signing denies it: "neither side has signed", "no country has ratified", "none
        of the ministries has signed"."""
        if clause.verb is None:
            return False
        subjects = [c for c in clause.verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(s.lower_ in self.words["negating_pronouns"] or any(
            d.dep_ == "det" and d.lower_ in self.words["negating_determiners"] for d in s.children) for s in subjects)

    def _framed_ahead(self, clause: Clause, besides: set[str] = frozenset()) -> bool:
        """Whether a planning or discussing word frames the clause ("expected", "plan", "the need for"; "discussed
        signing", "considered concluding": what is discussed is still ahead); a group noun on the way ("a set of
        documents") frames nothing."""
        groups = {t.lower_ for t in clause.nominals} & self.words["collectives"]
        ahead = self.words["planning_words"] | self.words["discussing_words"]
        return bool((clause.framing - besides - groups) & ahead)


def _headline_report(verb: Token) -> bool:
    """A headline's bare verb, however the parse attaches it, reports what was done: "Tokayev, Yoon sign critical
    minerals memorandum" (no auxiliary, no "to": not "X, Y to sign memorandum"; a verbless headline has none)."""
    return verb.tag_ in ("VB", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and in_headline(verb)


def _with_particle(verb: Token, phrasal: dict[str, list[str]]) -> bool:
    """A verb of two words: drafting ("work out", "draw up", "put together") or acting on a document ("carry out")."""
    return any(verb.lower_ in phrasal.get(c.lower_, ()) for c in verb.children if c.dep_ in ("prt", "advmod"))
