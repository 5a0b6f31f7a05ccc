"""The status of a joint venture: operating or planned, or no record, read from its clause (`clause.read_clause`).

Interest, readiness or talk alone gives no record, nor does a setting-up named but not reported, nor a
bare plural ("joint ventures") that its clause names as a kind rather than reports; a plan, a decision,
a future, a modal or a construction gives planned; a setting-up reported as done, or an operating verb,
gives operating.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..clause import Clause, predicate_nouns


class VentureStatus:
    """Decides the status of a venture mention from its clause: "operating", "planned" or None (no record)."""

    def __init__(self, words: dict, document_words: frozenset[str]):
        self.words = words
        self.document_words = document_words  # a document over the venture plans it ("a memorandum on the creation of")

    def of(self, anchor: Token, clause: Clause, counted: bool) -> str | None:
        """None for interest, talk or a negation alone, or ventures named as a kind; planned for a plan, decision,
        future, modal or construction; operating for a setting-up reported as done, an operating verb, or no word
        at all for a venture pointed at or counted."""
        w = self.words
        verb = clause.verb.lower_ if clause.verb is not None else None
        subjects = {(t.head if c.tag_ == "WDT" and t.dep_ == "relcl" else c).lower_  # "a memorandum that paves the way"
                    for t in (clause.verb, *clause.frame) if t is not None for c in t.children
                    if c.dep_ in ("nsubj", "nsubjpass")}
        if clause.negated or any(c.dep_ == "det" and c.lower_ == "no" for c in anchor.children):
            return None
        modifiers = {c.lower_ for c in anchor.lefts}
        if modifiers & w["operating_modifiers"] or _names_a_company(anchor):
            return "operating"
        if modifiers & w["planned_modifiers"]:
            return "planned"
        if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in w["setup_words"] and not any(
                a.dep_ in ("aux", "auxpass") for a in c.children) for c in anchor.children):
            return "operating"  # "discussed the joint company set up by the two funds": its own participle's stage
        planning = w["planning_words"] | self.document_words
        ahead = "planned" if self._sets_up(anchor, clause, planning) else self._existing(anchor)
        stated = predicate_nouns(clause.verb) if verb in w["be_forms"] else []  # "is under construction"
        if clause.verb is None and anchor.dep_ == "ROOT":  # "A plant of X and Y to make harvesters is under
            # construction": the parse made the venture its sentence's root and hung the copula in its phrase
            stated += [n for t in anchor.subtree if t.lower_ in w["be_forms"] for n in predicate_nouns(t)]
        if clause.verb is not None and anchor.dep_ == "pobj" and not clause.nominals:
            stated += [c for c in clause.verb.children if c.dep_ == "dobj"]  # "sees potential in", "pays attention to"
        framing = [(t.lower_, True) for t in (*clause.nominals, *stated)] + [(verb, False)] + [(t.lower_, True) for t in clause.frame]
        for low, frames in framing:  # the nearest framing word decides; the verb itself can only be talk
            if low in w["interest_words"]:
                return None  # "discussed the possibility of creating", "is interested in setting up"
            if frames and low in planning:
                return ahead  # "discussed a plan to set up", "a memorandum on the creation of"
        if subjects & w["interest_words"]:
            return None  # "discussions covered the establishment of"
        if subjects & self.document_words or verb in w["planning_verbs"] and not _subject_of(anchor, clause.verb):
            return "planned"  # "the agreement provides for the creation of a joint venture", "plans two plants";
            # not "the joint venture plans to double its output": a venture with plans of its own exists
        if clause.tense == "future" or clause.modal is not None:
            return ahead
        if verb in w["setup_words"] and clause.progressive or verb in w["setup_words"] | w["assembling_words"] \
                | w["making_words"] and clause.tense == "nonfinite":
            return "planned"  # "are setting up", "is being built", "to set up", "to assemble X in Y"
        if self._setup_named_only(clause):
            return None  # "the creation of joint ventures is a priority", "the countries seek to establish ..."
        if not counted and self._kind_only(anchor, clause):
            return None  # "the development of joint ventures is a priority", "to expand trade and joint ventures"
        return "operating"

    def states_stage(self, anchor: Token, clause: Clause) -> bool:
        """Whether the mention's clause has a word of its own for the venture's stage: a verb or noun of setting up,
        operating, assembling or having, "there are", a modifier ("existing", "planned"), a future or modal; not a
        clause about something else ("marking its first investment in a joint venture")."""
        w = self.words
        stage = w["setup_words"] | w["operating_words"] | w["assembling_words"] | w["having_verbs"] | w["be_forms"]
        words = {t.lower_ for t in (*clause.nominals, *clause.frame, *((clause.verb,) if clause.verb is not None else ()))}
        modifiers = {c.lower_ for c in anchor.lefts} & (w["operating_modifiers"] | w["planned_modifiers"])
        return bool(words & stage or modifiers) or clause.tense == "future" or clause.modal is not None

    def _kind_only(self, anchor: Token, clause: Clause) -> bool:
        """A bare plural ("joint ventures": no determiner, possessive or count) names ventures as a kind, a field or a
        topic, unless its clause reports them: the subject of an operating verb ("joint ventures operate in ..."),
        the object or subject of a verb of setting up ("have set up assembly plants"), an existential "there
        are" or the object of "has"; not "supplies kits to joint ventures", "to develop trade and joint ventures"."""
        if anchor.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("det", "poss", "nummod") for c in anchor.children):
            return False
        verb = clause.verb
        role = anchor
        while role.dep_ in ("conj", "appos") and role.head != role:
            role = role.head  # "joint ventures and assembly plants operate": the conjuncts share the role
        if role.dep_ == "pobj" and role.head.lower_ == "of" and role.head.head.lower_ in self.words["quantity_nouns"]:
            role = role.head.head  # "hundreds of joint ventures operate", "a number of joint ventures were set up"
        if verb is None or [n for n in clause.nominals if n != role]:
            return True
        low = verb.lower_
        existential = low in self.words["be_forms"] and any(c.dep_ == "expl" for c in verb.children) \
            or low in self.words["having_verbs"] and role.dep_ == "dobj"  # "there are", "Kazakhstan has joint ventures"
        set_up = low in self.words["setup_words"] and role.dep_ in ("nsubj", "nsubjpass", "dobj")
        operate = low in self.words["operating_words"] and role.dep_ == "nsubj"
        return not (existential or set_up or operate)

    def _setup_named_only(self, clause: Clause) -> bool:
        """A setting-up named but not reported, where no plan, future or modal frames it: a noun of setting up
        in a clause not in the past ("the creation of joint ventures is one of the areas"; not "the opening of
        the plant took place"), or a setting-up verb in the infinitive or gerund under a finite verb that
        plans nothing ("seek to establish", "spoke in favour of creating")."""
        w = self.words
        if any(t.lower_ in w["setup_words"] for t in clause.nominals):
            return clause.tense != "past"
        verb = clause.verb
        return verb is not None and verb.lower_ in w["setup_words"] and verb.tag_ in ("VB", "VBG") \
            and bool(clause.frame) and not clause.progressive

    def _existing(self, anchor: Token) -> str | None:
        """A plan about something else than setting a venture up is about ventures that exist ("agreed to raise the
        localisation at the joint plant": operating) only when the mention points at some: a determiner, a
        possessive or a count; "develop cooperation, including through joint ventures" names none (no record)."""
        pointing = self.words["anaphoric_determiners"] | self.words["operating_modifiers"]
        if any(c.dep_ in ("det", "poss", "nummod") and (c.lower_ in pointing or c.dep_ != "det") for c in anchor.children):
            return "operating"
        return None

    def _sets_up(self, anchor: Token, clause: Clause, planning: set[str]) -> bool:
        """Whether a plan or future of the clause is about the venture itself: its predicate or a noun on the
        way to it sets up or plans ("agreed to set up", "the creation of"), or the venture is its subject ("the
        plant will produce"); not an act on a venture that exists ("agreed to raise the localisation at the
        plant", "will continue to develop the joint venture")."""
        w = self.words
        words = {t.lower_ for t in (*clause.nominals, *((clause.verb,) if clause.verb is not None else ()))}
        if clause.verb is None or clause.verb == anchor or words & (w["setup_words"] | planning):
            return True  # the anchor its own predicate: "MAZ will assemble buses at a plant"
        return _role(anchor).dep_ in ("nsubj", "nsubjpass") and not clause.nominals


def _names_a_company(anchor: Token) -> bool:
    """ "MAZ Asia JSC, a Belarusian-Vietnamese joint venture, will start assembling buses": a venture noun in
    apposition to a company's name describes that company, which exists whatever its clause puts ahead."""
    name = anchor.head
    return anchor.dep_ == "appos" and (name.ent_type_ == "ORG" or name.pos_ == "PROPN" and not name.ent_type_)


def _role(anchor: Token) -> Token:
    """The token whose role in the clause is the venture's: the head of the conjuncts, appositions or compounds it
    stands in ("the venture and the plant", "the BelGee plant")."""
    tok = anchor
    while tok.dep_ in ("conj", "appos", "compound") and tok.head != tok:
        tok = tok.head
    return tok


def _subject_of(anchor: Token, verb: Token) -> bool:
    """Whether the venture is the active subject of the verb itself."""
    role = _role(anchor)
    return role.dep_ == "nsubj" and role.head == verb
