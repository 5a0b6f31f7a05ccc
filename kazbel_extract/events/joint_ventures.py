"""Joint-venture records: joint ventures, joint companies and enterprises, assembly plants and lines.

A mention is a venture/plant/enterprise/company/line noun that is joint or assembles ("joint
ventures", "assembly plants", "an enterprise assembling MTZ tractors", "a plant for the assembly of
tractors", "the construction of MTZ plant"), or an assembling verb whose subject is a plant
("Kostanay Engineering Plant assembles Belarusian tractors"). Its count is the number written
("eight joint plants", "6 thousand joint enterprises"; "a plant" has none), and "N of which" inside it
is a record of its own. Its status comes from its clause (`clause.read_clause`): interest, readiness or
talk alone gives no record; a plan, a decision, a future, a modal or a construction gives planned;
a setting-up reported as done, or an operating verb, gives operating. A restatement ("the plants",
"the joint venture", the same count again) is one record with the first.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..records import JointVenture
from .clause import Clause, predicate_nouns, read_clause, read_verb
from .evidence import evidence, original_text, sources
from .lexicon import Lexicon
from .places import Places
from .syntax import count_of, ents_by_sentence, phrase


class JointVentureFinder:
    def __init__(self, doc: Doc, lexicon: Lexicon, places: Places, assembly_tokens_after: int):
        self.doc = doc
        self.assembly_tokens_after = assembly_tokens_after  # "a plant to assemble BelAZ trucks"
        self.words = {k: set(v) if isinstance(v, list) else v for k, v in lexicon.joint_ventures.items()}
        self.grammar = lexicon.grammar
        self.number_words = lexicon.number_words
        self.scales = lexicon.number_scales
        self.places = places
        self.country_forms = set(lexicon.country_of)
        self.named: set[str] = set()  # the venture nouns named so far, for "such plants"
        self.anchor_words = self.words["heads"] | self.words["assembling_words"]  # a venture noun or an assembling verb
        self.document_words = {form for forms in lexicon.agreements["nouns"].values() for form in forms}
        self.text = original_text(doc)
        self.ents_in = ents_by_sentence(doc)

    def __call__(self) -> list[JointVenture]:
        records: list[JointVenture] = []
        for sent in self.doc.sents:
            for tok in sent:
                if tok.lower_ not in self.anchor_words and not (self.named and tok.like_num):
                    continue  # the one set test per word: no other word anchors a venture
                if self._is_joint_venture(tok):
                    self.named.add(tok.lower_)
                    self._add(records, tok, read_clause(tok, self.grammar), self._count(tok), self._restates(tok))
                    for number, verb in self._partitives(tok):
                        self._add(records, number, read_verb(verb, self.grammar), count_of(number, self.number_words), False)
                elif self._plant_assembles(tok):
                    self._add(records, tok, read_verb(tok, self.grammar), None, False)
                elif self.named and self._more_of_them(tok):
                    self._add(records, tok, read_clause(tok, self.grammar), count_of(tok, self.number_words), False)
        return records

    def _add(self, records: list[JointVenture], anchor: Token, clause: Clause, count: int | None,
             restates: bool) -> None:
        status = self._status(anchor, clause)
        if status is None:
            return
        orgs = self._companies(anchor)
        new = JointVenture(
            count=count, status=status, location=self._location(anchor),
            companies=list(dict.fromkeys(self.text[e.start_char : e.end_char] for e in orgs)),
            evidence=evidence(anchor.sent, [self.doc[anchor.i : anchor.i + 1]]),
            sources=sources(orgs),
        )
        _merge(records, new, restates)

    def _is_joint_venture(self, noun: Token) -> bool:
        w = self.words
        if noun.lower_ not in w["heads"] or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ == "ORG":
            return False
        if noun.dep_ == "compound" or noun.head.lower_ == "including":
            return False  # "joint production facilities" is one mention; "30 ventures, including MTZ's": an example
        if noun.lower_ in w["activity_heads"] and not any(
                c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "compound" for c in noun.children):
            return False  # "joint production of buses", "tractor/assembly production"; not "cooperation in joint production"
        if self._field_of_cooperation(noun):
            return False  # "cooperate in trade, investment, joint ventures and tourism": a field, no venture
        modifiers = {t.lower_ for t in self.doc[noun.left_edge.i : noun.i]}
        if "such" in modifiers and noun.lower_ in self.named:
            return True  # "... Belarusian-Kazakh assembly plants. Seven such plants operate in Kazakhstan"
        if modifiers & w["joint_words"]:
            return "stock" not in modifiers  # a joint-stock company is a legal form
        if self._binational(noun) and noun.tag_ in ("NN", "NNP"):
            return True  # "the Azerbaijan-Belarus tractor plant"; "Kazakh-Belarusian companies" are of both sides
        if any(c.dep_ in ("acl", "relcl") and _assembles(c, w) for c in noun.children):
            return True  # "an enterprise assembling tractors"
        if any(c.dep_ == "prep" and any(g.lower_ in w["assembling_words"] for g in c.children) for c in noun.children):
            return True  # "a plant for the assembly of tractors"
        if any(t.lower_ in w["assembling_words"] for t in self.doc[noun.i + 1 : noun.i + 1 + self.assembly_tokens_after]):
            return True  # "a plant to assemble BelAZ trucks", however the parse attaches the infinitive
        if noun.dep_ != "pobj" or noun.head.head.lower_ not in w["construction_words"]:
            return False
        builder = read_clause(noun.head.head, self.grammar).verb  # "the construction of MTZ plant", "KIA began the construction of"
        subjects = [c for c in builder.children if c.dep_ == "nsubj"] if builder is not None else []
        return any(t.ent_type_ == "ORG" for t in (*noun.lefts, *subjects))

    def _field_of_cooperation(self, noun: Token) -> bool:
        """A bare, uncounted mention listed among fields of cooperation ("trade, investment, joint ventures and
        tourism", "investment and joint ventures are key") names a field, not ventures set up."""
        if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
            return False
        siblings = [c for c in noun.children if c.dep_ == "conj"] + ([noun.head] if noun.dep_ == "conj" else [])
        siblings += [c for s in siblings for c in s.children if c.dep_ == "conj" and c != noun]
        return any(s.lower_ in self.words["fields"] for s in siblings)

    def _binational(self, noun: Token) -> bool:
        """Whether a modifier names two countries joined by a hyphen ("Belarusian-Kazakh")."""
        pairs = re.findall(r"([\w']+)-([\w']+)", self.text[noun.left_edge.idx : noun.idx])
        return any(a in self.country_forms and b in self.country_forms for a, b in pairs)

    def _plant_assembles(self, verb: Token) -> bool:
        """ "Kostanay Engineering Plant assembles Belarusian tractors", "tractors are assembled at/by Kostanay
        Engineering Plant": an assembly told by its plant, the subject or the agent or place of a passive."""
        if verb.pos_ != "VERB" or verb.lower_ not in self.words["assembling_words"]:
            return False
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(c.dep_ == "auxpass" for c in verb.children):
            doers += [g for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "at")
                      for g in c.children if g.dep_ == "pobj"]
        return any(d.ent_type_ == "ORG" and d.lower_ in self.words["plant_words"] for d in doers)

    def _more_of_them(self, number: Token) -> bool:
        """ "Twelve plants have been opened. Four more will be commissioned": a count of more ventures, its
        noun left out, as the subject of a setting-up or operating verb after a venture was named."""
        if not (number.like_num and number.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "more" for c in number.children)):
            return False  # asked of every word once a venture is named: the clause is read only for a count
        verb = read_clause(number, self.grammar).verb
        return verb is not None and verb.lower_ in self.words["setup_words"] | self.words["operating_words"]

    def _restates(self, noun: Token) -> bool:
        """A definite or existing uncounted mention points back to one named before ("the plants")."""
        words = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "amod")}
        return bool(words & (self.words["anaphoric_determiners"] | self.words["operating_modifiers"])) and self._count(noun) is None

    def _partitives(self, noun: Token) -> list[tuple[Token, Token]]:
        """ "600 joint ventures operate in Kazakhstan, 130 of which were set up last year": each number after
        the noun in its sentence that counts "of which/them", with its verb."""
        out = []
        for number in noun.doc[noun.i + 1 : noun.sent.end]:
            if number.like_num and number.dep_ in ("nsubj", "nsubjpass") and number.head.pos_ == "VERB" and any(
                    p.lower_ == "of" and any(g.lower_ in ("which", "them") for g in p.children)
                    for p in number.children):
                out.append((number, number.head))
        return out

    def _status(self, anchor: Token, clause: Clause) -> str | None:
        """None for interest, talk or a negation alone; planned for a plan, decision, future, modal or construction;
        operating for a setting-up reported as done, an operating verb, or no word at all."""
        w = self.words
        verb = clause.verb.lower_ if clause.verb is not None else None
        subjects = {c.lower_ for t in (clause.verb, *clause.frame) if t is not None for c in t.children
                    if c.dep_ in ("nsubj", "nsubjpass")}
        if clause.negated or any(c.dep_ == "det" and c.lower_ == "no" for c in anchor.children):
            return None
        modifiers = {c.lower_ for c in anchor.lefts}
        if modifiers & w["operating_modifiers"]:
            return "operating"
        if modifiers & w["planned_modifiers"]:
            return "planned"
        planning = w["planning_words"] | self.document_words
        ahead = "planned" if self._sets_up(anchor, clause, planning) else self._existing(anchor)
        stated = predicate_nouns(clause.verb) if verb in w["be_forms"] else []  # "is under construction"
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
        if subjects & self.document_words or verb in w["planning_verbs"]:
            return "planned"  # "the agreement provides for the creation of a joint venture", "plans two plants"
        if clause.tense == "future" or clause.modal is not None:
            return ahead
        if verb in w["setup_words"] and (clause.progressive or clause.tense == "nonfinite"):
            return "planned"  # "are setting up", "is being built", "to set up"
        if self._setup_named_only(clause):
            return None  # "the creation of joint ventures is a priority", "the countries seek to establish ..."
        return "operating"

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
        if clause.verb is None or words & (w["setup_words"] | planning):
            return True
        tok = anchor
        while tok.dep_ in ("conj", "appos", "compound") and tok.head != tok:
            tok = tok.head
        return tok.dep_ in ("nsubj", "nsubjpass") and not clause.nominals

    def _companies(self, anchor: Token) -> list[Span]:
        """The companies named in the anchor's phrase, else in its clause ("... including those made by BelAZ")."""
        orgs = [e for e in self.ents_in[anchor.sent.start] if e.label_ == "ORG" and self._company(e)]
        head = next((t for t in [anchor, *anchor.ancestors] if t.pos_ in ("VERB", "AUX")), None)
        for scope in (anchor, head):
            if scope is not None:
                covered = phrase(scope)
                inside = [e for e in orgs if e.root.i in covered]
                if inside:
                    return inside
        return []

    def _count(self, noun: Token) -> int | None:
        """The number written before the noun: "eight joint plants" is 8, "More than 30 joint ventures" 30,
        "6 thousand joint enterprises" 6000; "a plant", "MTZ plant" or a bare plural have none."""
        for child in noun.lefts:
            if child.dep_ == "nummod":
                count = count_of(child, self.number_words, self.scales)
                if count is not None:
                    return count
        return None

    def _location(self, anchor: Token) -> str | None:
        """The place written after "in" in the anchor's clause ("operate in Kazakhstan", "in Hisor, Tajikistan")."""
        head = next((t for t in [anchor, *anchor.ancestors] if t.pos_ in ("VERB", "AUX")), anchor)
        scope = range(min(head.left_edge.i, anchor.left_edge.i), max(head.right_edge.i, anchor.right_edge.i) + 1)
        for place in self.places.within(anchor.sent):
            if place.start in scope and place.kind in ("city", "region", "country") and \
                    place.start > 0 and self.doc[place.start - 1].lower_ == "in":
                return place.name
        return None

    def _company(self, org: Span) -> bool:
        """An organisation that can own a plant: not a ministry, agency or union, and not a mis-tagged place."""
        words = {w.lower() for w in re.findall(r"\w+", org.text)}
        if any(p.start == org.start and p.end == org.end for p in self.places.within(org)):
            return False
        return not words & self.words["not_companies"]


def _assembles(verb: Token, words: dict) -> bool:
    return verb.lower_ in words["assembling_words"] or any(
        c.lower_ in words["assembling_words"] for c in verb.children if c.dep_ == "xcomp")


def _merge(records: list[JointVenture], new: JointVenture, restates: bool) -> None:
    """One record per venture: "the plants" restates the last one named; the same count and status again
    is the same fact; an uncounted mention of the same status and place (or of no place) fills in a counted
    one ("the joint enterprises which operate in Kazakhstan ... Eight joint ventures operate in Kazakhstan"), and
    a headline's venture is the lede's ("... launch joint tractor plant / A joint plant was opened in Kostanay")."""
    old = records[-1] if restates and records else next(
        (r for r in reversed(records) if r.status == new.status and (
            (r.count is not None and r.count == new.count)
            or (None in (r.count, new.count) and (r.location == new.location or None in (r.location, new.location))))),
        None)
    if old is None:
        records.append(new)
        return
    old.count = old.count if old.count is not None else new.count
    old.location = old.location or new.location
    old.companies += [c for c in new.companies if c not in old.companies]


def find_joint_ventures(doc: Doc, lexicon: Lexicon, places: Places, assembly_tokens_after: int) -> list[JointVenture]:
    return JointVentureFinder(doc, lexicon, places, assembly_tokens_after)()
